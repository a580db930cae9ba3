#include "EmployeeDialog.h"

#include "ui_EmployeeDialog.h"

#include "DepartmentCombo.h"
#include "EmployeeRules.h"
#include "EmployeeService.h"
#include "Failure.h"
#include "FieldMessage.h"
#include "Session.h"
#include "WhenFinished.h"

#include <QHash>
#include <QLocale>
#include <QPushButton>

namespace {

// A whole number typed in the interface's digits (Arabic-Indic in Arabic) or Western ones.
std::optional<qint64> parseNumber(const QString& text)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    qint64 value = locale.toLongLong(text.trimmed(), &ok);
    if (!ok)
        value = QLocale::c().toLongLong(text.trimmed(), &ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

// What is wrong with the whole number typed as `text`: `missing` when nothing is typed,
// `notNumber` when it is no number, else what `check` says of it.
QString numberProblem(const QString& text, const QString& missing, const QString& notNumber,
                      QString (*check)(qint64))
{
    if (text.trimmed().isEmpty())
        return missing;
    const std::optional<qint64> value = parseNumber(text);
    return value ? check(*value) : notNumber;
}

} // namespace

bool EmployeeDialog::Problems::isEmpty() const
{
    return id.isEmpty() && code.isEmpty() && nameEn.isEmpty() && nameAr.isEmpty() &&
           title.isEmpty();
}

EmployeeDialog::EmployeeDialog(Session& session, const QList<DepartmentRecord>& departments,
                               const std::optional<EmployeeRecord>& employee, qint64 departmentId,
                               QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EmployeeDialog>())
    , m_session(session)
    , m_original(employee)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    if (employee) {
        setWindowTitle(tr("Edit employee %1").arg(employee->id));
        m_ui->idEdit->setText(QString::number(employee->id));
        // The id is the HR system's: fixed once the employee exists.
        m_ui->idEdit->setReadOnly(true);
        m_ui->codeEdit->setText(QString::number(employee->code));
        m_ui->nameEnEdit->setText(employee->nameEn);
        m_ui->nameArEdit->setText(employee->nameAr);
        m_ui->titleEdit->setText(employee->title);
        m_ui->activeCheck->setChecked(employee->active);
        fillDepartments(departments, employee->departmentId);
    } else {
        setWindowTitle(tr("New employee"));
        m_ui->activeCheck->setChecked(true);
        fillDepartments(departments, departmentId);
        proposeId();
    }
    connect(m_ui->idEdit, &QLineEdit::textEdited, this, [this] { edited(Id); });
    connect(m_ui->codeEdit, &QLineEdit::textEdited, this, [this] { edited(Code); });
    connect(m_ui->nameEnEdit, &QLineEdit::textEdited, this, [this] { edited(NameEn); });
    connect(m_ui->nameArEdit, &QLineEdit::textEdited, this, [this] { edited(NameAr); });
    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, [this] { edited(Title); });
    connect(m_ui->departmentCombo, &QComboBox::activated, this, [this] { edited(Department); });
    setBusy(false);
    (employee ? m_ui->codeEdit : m_ui->idEdit)->setFocus();
}

EmployeeDialog::~EmployeeDialog() = default;

void EmployeeDialog::fillDepartments(const QList<DepartmentRecord>& departments, qint64 selected)
{
    QComboBox* combo = m_ui->departmentCombo;
    DepartmentCombo::fill(combo, departments, tr("(No department)"));
    int index = combo->findData(selected);
    if (index < 0) {
        // Not in the list read before (created meanwhile): kept, under its number.
        combo->addItem(tr("Department %1").arg(selected), selected);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void EmployeeDialog::proposeId()
{
    whenFinished(
        this, m_session.services().employees().nextFreeId(m_session.actor()),
        [this](qint64 id) {
            if ((m_edited & Id) || !m_ui->idEdit->text().isEmpty())
                return;
            m_ui->idEdit->setText(QString::number(id));
            // Typing replaces it: the HR system's number may be another.
            m_ui->idEdit->selectAll();
        },
        // Without a proposal the id is typed, as it can always be.
        [](const Failure&) {});
}

QString EmployeeDialog::departmentName(qint64 id) const
{
    if (id == 0)
        return tr("none");
    const int index = m_ui->departmentCombo->findData(id);
    return index < 0 ? tr("Department %1").arg(id)
                     : m_ui->departmentCombo->itemText(index).trimmed();
}

QWidget* EmployeeDialog::editorOf(Field field) const
{
    switch (field) {
    case Id:
        return m_ui->idEdit;
    case Code:
        return m_ui->codeEdit;
    case NameEn:
        return m_ui->nameEnEdit;
    case NameAr:
        return m_ui->nameArEdit;
    case Title:
        return m_ui->titleEdit;
    case Department:
        return m_ui->departmentCombo;
    case Form:
        break;
    }
    return nullptr;
}

void EmployeeDialog::edited(Field field)
{
    m_edited |= field;
    // A refusal is about what was sent: changing the field it named answers it.
    if (m_refusedField == Form || m_refusedField == field) {
        m_refusal.clear();
        m_refusedField = Form;
    }
    validate();
}

EmployeeDialog::Problems EmployeeDialog::problems() const
{
    Problems p;
    p.id =
        numberProblem(m_ui->idEdit->text(), tr("Enter the employee id (the HR system's number)."),
                      tr("The employee id must be a whole number."), EmployeeRules::checkId);
    p.code = numberProblem(m_ui->codeEdit->text(), tr("Enter the code."),
                           tr("The code must be a whole number."), EmployeeRules::checkCode);

    const QString nameEn = EmployeeRules::normalized(m_ui->nameEnEdit->text());
    const QString nameAr = EmployeeRules::normalized(m_ui->nameArEdit->text());
    p.nameEn = EmployeeRules::checkNameEn(nameEn);
    p.nameAr = EmployeeRules::checkNameAr(nameAr);
    if (p.nameEn.isEmpty() && p.nameAr.isEmpty())
        p.nameEn = EmployeeRules::checkHasName(nameEn, nameAr);
    p.title = EmployeeRules::checkTitle(EmployeeRules::normalized(m_ui->titleEdit->text()));
    return p;
}

void EmployeeDialog::validate()
{
    const Problems p = problems();
    // A problem shows once one of `fields` was edited; else the service's refusal of `field`.
    const auto shown = [this](int fields, const QString& problem, Field field) {
        if (!problem.isEmpty() && (m_edited & fields))
            return problem;
        return m_refusedField == field ? m_refusal : QString();
    };
    FieldMessage::show(m_ui->idError, shown(Id, p.id, Id));
    FieldMessage::show(m_ui->codeError, shown(Code, p.code, Code));
    // A missing name concerns both name fields: it shows once either was edited.
    FieldMessage::show(m_ui->nameEnError, shown(NameEn | NameAr, p.nameEn, NameEn));
    FieldMessage::show(m_ui->nameArError, shown(NameAr, p.nameAr, NameAr));
    FieldMessage::show(m_ui->titleError, shown(Title, p.title, Title));
    FieldMessage::show(m_ui->departmentError, shown(Department, {}, Department));
    FieldMessage::show(m_ui->formError, m_refusedField == Form ? m_refusal : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!m_busy);
}

void EmployeeDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (const Field field : {Id, Code, NameEn, NameAr, Title, Department})
        editorOf(field)->setEnabled(!busy);
    m_ui->activeCheck->setEnabled(!busy);
    // A save in flight cannot be called back: it is stored or refused, and the dialog says which.
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_ui->progressLabel->setVisible(busy);
    validate();
}

EmployeeInput EmployeeDialog::input() const
{
    EmployeeInput in;
    in.id = parseNumber(m_ui->idEdit->text()).value_or(0);
    in.code = parseNumber(m_ui->codeEdit->text()).value_or(0);
    in.nameEn = EmployeeRules::normalized(m_ui->nameEnEdit->text());
    in.nameAr = EmployeeRules::normalized(m_ui->nameArEdit->text());
    in.title = EmployeeRules::normalized(m_ui->titleEdit->text());
    in.departmentId = m_ui->departmentCombo->currentData().toLongLong();
    in.active = m_ui->activeCheck->isChecked();
    return in;
}

void EmployeeDialog::accept()
{
    if (m_busy)
        return;
    // Save shows every problem, also of fields not touched yet.
    m_edited = Id | Code | NameEn | NameAr | Title | Department;
    m_refusal.clear();
    m_refusedField = Form;
    const Problems p = problems();
    if (!p.isEmpty()) {
        validate();
        const Field first = !p.id.isEmpty()       ? Id
                            : !p.code.isEmpty()   ? Code
                            : !p.nameEn.isEmpty() ? NameEn
                            : !p.nameAr.isEmpty() ? NameAr
                                                  : Title;
        editorOf(first)->setFocus();
        return;
    }
    const EmployeeInput in = input();
    EmployeeService& service = m_session.services().employees();
    const QFuture<EmployeeRecord> future =
        m_original ? service.update(m_session.actor(), m_original->id, m_original->version, in)
                   : service.create(m_session.actor(), in);
    setBusy(true);
    whenFinished(
        this, m_session.jobs().track(tr("Saving employee %1").arg(in.id), future),
        [this](const EmployeeRecord& stored) {
            setBusy(false);
            Q_EMIT saved(stored);
            QDialog::accept();
        },
        [this](const Failure& error) { failed(error); });
}

void EmployeeDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void EmployeeDialog::failed(const Failure& error)
{
    if (error.kind() == Failure::Kind::Conflict && m_original) {
        reread();
        return;
    }
    static const QHash<QString, Field> fields = {
        {QStringLiteral("id"), Id},          {QStringLiteral("code"), Code},
        {QStringLiteral("name_en"), NameEn}, {QStringLiteral("name_ar"), NameAr},
        {QStringLiteral("title"), Title},    {QStringLiteral("department_id"), Department},
    };
    m_refusal = error.message();
    m_refusedField = fields.value(error.field(), Form);
    setBusy(false);
    if (QWidget* editor = editorOf(m_refusedField))
        editor->setFocus();
}

void EmployeeDialog::reread()
{
    const qint64 id = m_original->id;
    whenFinished(
        this,
        m_session.jobs().track(tr("Reading employee %1").arg(id),
                               m_session.services().employees().get(m_session.actor(), id)),
        [this](const EmployeeRecord& current) {
            QStringList changed;
            const EmployeeRecord& before = *m_original;
            if (current.code != before.code)
                changed << tr("code %1").arg(current.code);
            if (current.nameEn != before.nameEn)
                changed << tr("English name \"%1\"").arg(current.nameEn);
            if (current.nameAr != before.nameAr)
                changed << tr("Arabic name \"%1\"").arg(current.nameAr);
            if (current.title != before.title)
                changed << tr("title \"%1\"").arg(current.title);
            if (current.departmentId != before.departmentId)
                changed << tr("department \"%1\"").arg(departmentName(current.departmentId));
            if (current.active != before.active)
                changed << (current.active ? tr("active") : tr("inactive"));
            m_refusal = changed.isEmpty()
                            ? tr("Someone else saved this employee while you were editing it. "
                                 "What you typed is kept: Save again to store it.")
                            : tr("Someone else changed this employee while you were editing it; "
                                 "it now has: %1. What you typed is kept: Save again to replace "
                                 "their change, or Cancel to keep it.")
                                  .arg(changed.join(tr(", ")));
            m_refusedField = Form;
            m_original = current;
            setBusy(false);
        },
        [this](const Failure& error) {
            m_original.reset();
            m_refusal = error.kind() == Failure::Kind::NotFound
                            ? tr("Someone else deleted this employee while you were editing it. "
                                 "Save adds it again with what you typed.")
                            : error.message();
            m_refusedField = Form;
            setBusy(false);
        });
}
