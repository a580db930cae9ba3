#include "NewRequestDialog.h"

#include "ui_NewRequestDialog.h"

#include "ConfirmationBox.h"
#include "DepartmentCombo.h"
#include "Failure.h"
#include "FieldMessage.h"
#include "LocalizedName.h"
#include "Session.h"
#include "TableContextMenu.h"
#include "WhenFinished.h"

#include <QKeyEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>

namespace {

enum LineColumn { EmployeeColumn, DepartmentColumn, NotesColumn, LineColumnCount };

// Search results shown at once; typing more narrows them.
constexpr int maxResults = 50;
constexpr int searchDelayMs = 250;
// A request of more lines than this is created only once confirmed: a department chosen by
// mistake would otherwise order hundreds of meals.
constexpr qint64 linesWithoutAsking = 300;

// Fields of MealRequestService's refusals that concern the lines rather than one field.
bool isLinesField(const QString& field)
{
    static const QStringList fields = {QStringLiteral("lines"), QStringLiteral("employee_id"),
                                       QStringLiteral("line_notes"), QStringLiteral("shift_hours"),
                                       QStringLiteral("department_id")};
    return fields.contains(field);
}

QString notesTip()
{
    return QCoreApplication::translate(
        "NewRequestDialog", "Notes for the kitchen about this employee's meal (F2 edits)");
}

// Whether the message names the employee `label` ("1001 Ahmed Ali", not "11001 Ahmed Alim").
bool names(const QString& message, const QString& label)
{
    const QRegularExpression pattern(QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])")
                                         .arg(QRegularExpression::escape(label)));
    return message.contains(pattern);
}

} // namespace

NewRequestDialog::NewRequestDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::NewRequestDialog>())
    , m_lines(new QStandardItemModel(0, LineColumnCount, this))
    , m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_lines->setHorizontalHeaderLabels({tr("Employee"), tr("Department"), tr("Notes")});
    m_ui->linesView->setModel(m_lines);
    TableContextMenu::install(m_ui->linesView, {m_ui->removeLineButton});
    m_ui->linesView->setColumnWidth(EmployeeColumn, 240);
    m_ui->linesView->setColumnWidth(DepartmentColumn, 160);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create request"));
    m_fields = {{QStringLiteral("meal_type_id"), m_ui->mealTypeError, m_ui->mealType},
                {QStringLiteral("notes"), m_ui->notesError, m_ui->notes},
                {QStringLiteral("lines"), m_ui->linesError, m_ui->linesView}};
    clearErrors();

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &NewRequestDialog::search);
    connect(m_ui->employeeSearch, &QLineEdit::textEdited, m_searchTimer,
            qOverload<>(&QTimer::start));
    connect(m_ui->employeeSearch, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        search();
        m_ui->employeeResults->setFocus();
    });
    connect(m_ui->employeeResults, &QListWidget::itemActivated, this,
            &NewRequestDialog::addSelectedEmployees);
    connect(m_ui->employeeResults, &QListWidget::itemSelectionChanged, this,
            &NewRequestDialog::updateButtons);
    connect(m_ui->addEmployeeButton, &QPushButton::clicked, this,
            &NewRequestDialog::addSelectedEmployees);
    connect(m_ui->addDepartmentButton, &QPushButton::clicked, this,
            &NewRequestDialog::addDepartment);
    connect(m_ui->removeLineButton, &QPushButton::clicked, this,
            &NewRequestDialog::removeSelectedLines);
    connect(m_ui->linesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NewRequestDialog::updateButtons);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &NewRequestDialog::accept);

    loadChoices();
    search();
    updateButtons();
}

NewRequestDialog::~NewRequestDialog() = default;

void NewRequestDialog::loadChoices()
{
    whenFinished(
        this, m_session.services().mealRequests().choices(m_session.actor()),
        [this](const MealRequestChoices& choices) {
            for (const MealRequestChoices::MealType& type : choices.mealTypes)
                if (type.active)
                    m_ui->mealType->addItem(type.name(), type.id);
            m_ui->mealType->setCurrentIndex(
                qMax(0, m_ui->mealType->findData(choices.defaultMealTypeId)));
            updateButtons();
        },
        [this](const Failure& e) {
            FieldMessage::show(m_ui->mealTypeError,
                               tr("The meals could not be read: %1").arg(e.message()));
        });
    whenFinished(
        this, m_session.services().departments().list(m_session.actor()),
        [this](const QList<DepartmentRecord>& departments) {
            DepartmentCombo::fill(m_ui->departmentChoice, departments);
            updateButtons();
        },
        [this](const Failure& e) {
            FieldMessage::show(m_ui->formError,
                               tr("The departments could not be read: %1").arg(e.message()));
        });
}

void NewRequestDialog::search()
{
    const quint64 ticket = ++m_searchTicket;
    EmployeeFilter filter;
    filter.search = m_ui->employeeSearch->text().trimmed();
    filter.active = true;
    PageRequest page;
    page.limit = maxResults;
    m_ui->searchStatus->setText(tr("Searching…"));
    whenFinished(
        this, m_session.services().employees().list(m_session.actor(), filter, page),
        [this, ticket](const Page<EmployeeRecord>& found) {
            if (ticket != m_searchTicket)
                return;
            m_ui->employeeResults->clear();
            for (const EmployeeRecord& e : found.rows) {
                const QString name = QStringLiteral("%1 %2").arg(e.code).arg(
                    LocalizedName::pick(e.nameEn, e.nameAr));
                const QString department =
                    LocalizedName::pick(e.departmentNameEn, e.departmentNameAr);
                auto* item = new QListWidgetItem(
                    department.isEmpty() ? name : tr("%1 (%2)").arg(name, department),
                    m_ui->employeeResults);
                MealLineRecord asLine;
                asLine.employeeCode = static_cast<int>(e.code);
                asLine.employeeNameEn = e.nameEn;
                asLine.employeeNameAr = e.nameAr;
                item->setData(EmployeeIdRole, e.id);
                item->setData(LabelRole, asLine.employeeLabel());
                item->setData(NameRole, name);
                item->setData(DepartmentNameRole, department);
            }
            if (found.rows.isEmpty())
                m_ui->searchStatus->setText(tr("No active employee matches."));
            else if (found.hasMore)
                m_ui->searchStatus->setText(
                    tr("The first %1 matches; type more to narrow them.").arg(found.rows.size()));
            else
                m_ui->searchStatus->clear();
            updateButtons();
        },
        [this, ticket](const Failure& e) {
            if (ticket == m_searchTicket)
                m_ui->searchStatus->setText(tr("The search failed: %1").arg(e.message()));
        });
}

void NewRequestDialog::addSelectedEmployees()
{
    int last = -1;
    for (const QListWidgetItem* found : m_ui->employeeResults->selectedItems()) {
        const qint64 id = found->data(EmployeeIdRole).toLongLong();
        last = rowOf(EmployeeIdRole, id);
        if (last >= 0)
            continue;
        auto* employee = new QStandardItem(found->data(NameRole).toString());
        employee->setData(id, EmployeeIdRole);
        employee->setData(found->data(LabelRole), LabelRole);
        employee->setEditable(false);
        auto* department = new QStandardItem(found->data(DepartmentNameRole).toString());
        department->setEditable(false);
        auto* notes = new QStandardItem();
        notes->setToolTip(notesTip());
        m_lines->appendRow({employee, department, notes});
        last = m_lines->rowCount() - 1;
    }
    if (last >= 0) {
        m_ui->linesView->selectRow(last);
        m_ui->linesView->scrollTo(m_lines->index(last, 0));
    }
    countLines();
    updateButtons();
}

void NewRequestDialog::addDepartment()
{
    const qint64 id = m_ui->departmentChoice->currentData().toLongLong();
    if (id <= 0)
        return;
    int row = rowOf(DepartmentIdRole, id);
    if (row < 0) {
        auto* what = new QStandardItem(tr("All active employees"));
        what->setData(id, DepartmentIdRole);
        what->setEditable(false);
        auto* department = new QStandardItem(m_ui->departmentChoice->currentText().trimmed());
        department->setEditable(false);
        auto* notes = new QStandardItem();
        notes->setEditable(false);
        m_lines->appendRow({what, department, notes});
        row = m_lines->rowCount() - 1;
    }
    m_ui->linesView->selectRow(row);
    countLines();
    updateButtons();
}

void NewRequestDialog::removeSelectedLines()
{
    QList<int> rows;
    for (const QModelIndex& index : m_ui->linesView->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.rbegin(), rows.rend());
    for (const int row : rows)
        m_lines->removeRow(row);
    countLines();
    updateButtons();
}

int NewRequestDialog::rowOf(int role, qint64 id) const
{
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const QVariant value = m_lines->item(row, EmployeeColumn)->data(role);
        if (value.isValid() && value.toLongLong() == id)
            return row;
    }
    return -1;
}

MealRequestInput NewRequestDialog::input() const
{
    MealRequestInput in;
    in.mealTypeId = m_ui->mealType->currentData().toLongLong();
    in.notes = m_ui->notes->text();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const QStandardItem* first = m_lines->item(row, EmployeeColumn);
        if (first->data(EmployeeIdRole).isValid())
            in.lines.append({first->data(EmployeeIdRole).toLongLong(),
                             m_lines->item(row, NotesColumn)->text(),
                             {},
                             std::nullopt});
        else
            in.departmentIds.append(first->data(DepartmentIdRole).toLongLong());
    }
    return in;
}

void NewRequestDialog::accept()
{
    if (m_busy)
        return;
    clearErrors();
    const MealRequestInput in = input();
    if (in.mealTypeId <= 0) {
        FieldMessage::show(m_ui->mealTypeError, tr("Choose the meal."));
        m_ui->mealType->setFocus();
        return;
    }
    if (in.lines.isEmpty() && in.departmentIds.isEmpty()) {
        FieldMessage::show(m_ui->linesError,
                           tr("Add at least one employee or a whole department."));
        m_ui->employeeSearch->setFocus();
        return;
    }
    setBusy(true);
    whenFinished(
        this, lineCount(in),
        [this, in](qint64 lines) {
            setBusy(false);
            if (lines <= linesWithoutAsking)
                return create(in);
            ConfirmationBox::ask(this, tr("Create Meal Request"),
                                 tr("The request will have %n line(s), one for each employee. "
                                    "Create it?",
                                    nullptr, int(lines)),
                                 tr("&Create request"), [this, in] { create(in); });
        },
        [this](const Failure& e) {
            setBusy(false);
            showError(e);
        });
}

QFuture<qint64> NewRequestDialog::lineCount(const MealRequestInput& in) const
{
    const qint64 listed = in.lines.size();
    if (in.departmentIds.isEmpty())
        return QtFuture::makeReadyFuture(listed);
    QList<qint64> employees;
    employees.reserve(in.lines.size());
    for (const MealLineInput& line : in.lines)
        employees.append(line.employeeId);
    return m_session.services()
        .employees()
        .countActiveIn(m_session.actor(), in.departmentIds, employees)
        .then([listed](qint64 added) { return listed + added; });
}

void NewRequestDialog::countLines()
{
    const quint64 ticket = ++m_countTicket;
    const MealRequestInput in = input();
    if (in.departmentIds.isEmpty()) {
        m_ui->headCount->clear();
        return;
    }
    m_ui->headCount->setText(tr("Counting the employees…"));
    whenFinished(
        this, lineCount(in),
        [this, ticket](qint64 lines) {
            if (ticket == m_countTicket)
                m_ui->headCount->setText(
                    tr("%n employee(s) will get a line.", nullptr, int(lines)));
        },
        [this, ticket](const Failure& e) {
            if (ticket == m_countTicket)
                m_ui->headCount->setText(
                    tr("The employees could not be counted: %1").arg(e.message()));
        });
}

void NewRequestDialog::create(const MealRequestInput& in)
{
    setBusy(true);
    whenFinished(
        this,
        m_session.jobs().track(tr("Creating a meal request"),
                               m_session.services().mealRequests().create(m_session.actor(), in)),
        [this](const MealRequestRecord& request) {
            setBusy(false);
            Q_EMIT created(request);
            QDialog::accept();
        },
        [this](const Failure& e) {
            setBusy(false);
            showError(e);
        });
}

void NewRequestDialog::keyPressEvent(QKeyEvent* event)
{
    // Enter that ends a search, picks the employees found or ends a line's notes has done its
    // work there: it must not also press the default button and create the request.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const QWidget* focus = focusWidget();
    const auto within = [focus](const QWidget* area) {
        return focus && (focus == area || area->isAncestorOf(focus));
    };
    if (enter && (within(m_ui->employeeSearch) || within(m_ui->employeeResults) ||
                  within(m_ui->linesView))) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void NewRequestDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->form->setEnabled(!busy);
    QPushButton* ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!busy);
    ok->setText(busy ? tr("Creating…") : tr("&Create request"));
}

void NewRequestDialog::clearErrors()
{
    FieldMessage::clear(m_fields, m_ui->formError);
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        for (int column = 0; column < LineColumnCount; ++column) {
            QStandardItem* item = m_lines->item(row, column);
            item->setData(QVariant(), Qt::DecorationRole);
            item->setToolTip(column == NotesColumn && item->isEditable() ? notesTip() : QString());
        }
    }
}

void NewRequestDialog::showError(const Failure& error)
{
    QString field = error.field();
    // Any other refusal concerns the lines when it is about them or names some of their
    // employees.
    if (field != QLatin1String("meal_type_id") && field != QLatin1String("notes") &&
        (markLines(error.message()) || isLinesField(field)))
        field = QStringLiteral("lines");
    FieldMessage::showRefusal(field, error.message(), m_fields, m_ui->formError);
}

bool NewRequestDialog::markLines(const QString& message)
{
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    int first = -1;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const QString label = m_lines->item(row, EmployeeColumn)->data(LabelRole).toString();
        if (label.isEmpty() || !names(message, label))
            continue;
        m_lines->item(row, EmployeeColumn)->setIcon(warning);
        for (int column = 0; column < LineColumnCount; ++column)
            m_lines->item(row, column)->setToolTip(message);
        if (first < 0)
            first = row;
    }
    if (first >= 0)
        m_ui->linesView->selectRow(first);
    return first >= 0;
}

void NewRequestDialog::updateButtons()
{
    m_ui->addEmployeeButton->setEnabled(!m_ui->employeeResults->selectedItems().isEmpty());
    m_ui->addDepartmentButton->setEnabled(m_ui->departmentChoice->count() > 0);
    m_ui->removeLineButton->setEnabled(m_ui->linesView->selectionModel()->hasSelection());
}
