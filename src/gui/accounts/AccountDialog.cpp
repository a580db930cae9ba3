#include "AccountDialog.h"

#include "ui_AccountDialog.h"

#include "AccountsModel.h"
#include "DepartmentOutline.h"
#include "Failure.h"
#include "PasswordDialog.h"
#include "Session.h"
#include "WhenFinished.h"

#include <QHash>
#include <QPushButton>

namespace {

constexpr int idRole = Qt::UserRole;

// The checked departments under `parent`, depth first.
void collectChecked(const QTreeWidgetItem* parent, QList<qint64>* ids)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        const QTreeWidgetItem* item = parent->child(i);
        if (item->checkState(0) == Qt::Checked)
            ids->append(item->data(0, idRole).toLongLong());
        collectChecked(item, ids);
    }
}

void checkDepartments(QTreeWidgetItem* parent, const QList<qint64>& ids)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        QTreeWidgetItem* item = parent->child(i);
        item->setCheckState(0, ids.contains(item->data(0, idRole).toLongLong()) ? Qt::Checked
                                                                                : Qt::Unchecked);
        checkDepartments(item, ids);
    }
}

} // namespace

AccountDialog::AccountDialog(Session& session, std::optional<AccountRecord> account,
                             QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::AccountDialog>())
    , m_account(std::move(account))
{
    m_ui->setupUi(this);
    m_fields = {
        {QStringLiteral("username"), m_ui->usernameError, m_ui->usernameEdit},
        {QStringLiteral("full_name"), m_ui->fullNameError, m_ui->fullNameEdit},
        {QStringLiteral("title"), m_ui->titleError, m_ui->titleEdit},
        {QStringLiteral("is_super_admin"), m_ui->superAdminError, m_ui->superAdminCheck},
        {QStringLiteral("departments"), m_ui->departmentsError, m_ui->departmentsTree},
        {QStringLiteral("password"), m_ui->passwordError, m_ui->passwordEdit},
    };
    FieldMessage::clear(m_fields, m_ui->formError);
    for (const FieldMessage::Field& field : std::as_const(m_fields))
        FieldMessage::clearWhenEdited(field.label, field.input);

    for (const Role role : {Role::Requester, Role::RequestTaker, Role::Captain, Role::StockControl})
        m_ui->roleCombo->addItem(AccountsModel::roleTitle(role), static_cast<int>(role));

    if (m_account) {
        setWindowTitle(tr("Edit account %1").arg(m_account->username));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
        // A password is changed with "Reset password", never here.
        for (QWidget* row : std::initializer_list<QWidget*>{m_ui->passwordEdit, m_ui->passwordError,
                                                            m_ui->confirmEdit, m_ui->confirmError})
            m_ui->formLayout->setRowVisible(row, false);
        showAccount(*m_account);
    } else {
        setWindowTitle(tr("New account"));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    }

    connect(m_ui->usernameEdit, &QLineEdit::textChanged, this, &AccountDialog::updateAcceptable);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &AccountDialog::updateAcceptable);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &AccountDialog::updateAcceptable);
    setBusy(false);
    loadDepartments();
}

AccountDialog::~AccountDialog() = default;

void AccountDialog::loadDepartments()
{
    m_ui->departmentsTree->clear();
    m_ui->departmentsTree->addTopLevelItem(
        new QTreeWidgetItem(QStringList{tr("Loading the departments…")}));
    whenFinished(
        this, m_session.services().departments().list(m_session.actor()),
        [this](const QList<DepartmentRecord>& departments) { showDepartments(departments); },
        [this](const Failure& e) {
            m_ui->departmentsTree->clear();
            FieldMessage::show(
                m_ui->departmentsError,
                tr("The departments could not be read, so the account cannot be saved: %1")
                    .arg(e.message()));
        });
}

void AccountDialog::showDepartments(const QList<DepartmentRecord>& departments)
{
    QTreeWidget* tree = m_ui->departmentsTree;
    tree->clear();
    QHash<qint64, QTreeWidgetItem*> items;
    for (const DepartmentRecord& d : departments) {
        auto* item = new QTreeWidgetItem(QStringList{DepartmentOutline::displayName(d)});
        item->setData(0, idRole, d.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        items.insert(d.id, item);
    }
    // The list is ordered by name; the tree keeps that order among siblings.
    for (const DepartmentRecord& d : departments) {
        QTreeWidgetItem* parent = items.value(d.parentId);
        if (parent)
            parent->addChild(items.value(d.id));
        else
            tree->addTopLevelItem(items.value(d.id));
    }
    checkDepartments(tree->invisibleRootItem(),
                     m_account ? m_account->departmentIds : QList<qint64>());
    tree->expandAll();
    m_departmentsLoaded = true;
    updateAcceptable();
}

void AccountDialog::showAccount(const AccountRecord& account)
{
    m_ui->usernameEdit->setText(account.username);
    m_ui->fullNameEdit->setText(account.fullName);
    m_ui->titleEdit->setText(account.title);
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(static_cast<int>(account.role)));
    m_ui->superAdminCheck->setChecked(account.superAdmin);
    checkDepartments(m_ui->departmentsTree->invisibleRootItem(), account.departmentIds);
}

AccountInput AccountDialog::input() const
{
    AccountInput in;
    in.username = m_ui->usernameEdit->text().trimmed();
    in.fullName = m_ui->fullNameEdit->text().trimmed();
    in.title = m_ui->titleEdit->text().trimmed();
    // Not on this form: kept as it is.
    in.employeeId = m_account ? m_account->employeeId : 0;
    in.role = static_cast<Role>(m_ui->roleCombo->currentData().toInt());
    in.superAdmin = m_ui->superAdminCheck->isChecked();
    collectChecked(m_ui->departmentsTree->invisibleRootItem(), &in.departmentIds);
    if (!m_account)
        in.password = m_ui->passwordEdit->text();
    return in;
}

void AccountDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    FieldMessage::clear(m_fields, m_ui->formError);
    setBusy(true);
    const AccountInput in = input();
    AccountService& accounts = m_session.services().accounts();
    const QFuture<AccountRecord> saving =
        m_account ? m_session.jobs().track(
                        tr("Saving account %1").arg(in.username),
                        accounts.update(m_session.actor(), m_account->id, m_account->version, in))
                  : m_session.jobs().track(tr("Creating account %1").arg(in.username),
                                           accounts.create(m_session.actor(), in));
    whenFinished(
        this, saving,
        [this](const AccountRecord& account) {
            m_busy = false;
            Q_EMIT saved(account);
            QDialog::accept();
        },
        [this](const Failure& e) { saveFailed(e); });
}

void AccountDialog::saveFailed(const Failure& error)
{
    if (error.kind() == Failure::Kind::Conflict && m_account) {
        reloadAfterConflict();
        return;
    }
    setBusy(false);
    if (auto* edit = qobject_cast<QLineEdit*>(
            FieldMessage::showRefusal(error.field(), error.message(), m_fields, m_ui->formError)))
        edit->selectAll();
}

void AccountDialog::reloadAfterConflict()
{
    whenFinished(
        this, m_session.services().accounts().get(m_session.actor(), m_account->id),
        [this](const AccountRecord& current) {
            m_account = current;
            showAccount(current);
            setBusy(false);
            FieldMessage::show(
                m_ui->formError,
                tr("Someone else changed this account while you were editing it. Its current "
                   "values are shown now: make your changes again and save."));
        },
        [this](const Failure& e) {
            setBusy(false);
            FieldMessage::show(
                m_ui->formError,
                tr("Someone else changed this account, and it could not be read again: %1")
                    .arg(e.message()));
        });
}

void AccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* input : std::initializer_list<QWidget*>{
             m_ui->usernameEdit, m_ui->fullNameEdit, m_ui->titleEdit, m_ui->roleCombo,
             m_ui->superAdminCheck, m_ui->departmentsTree, m_ui->passwordEdit, m_ui->confirmEdit})
        input->setEnabled(!busy);
    m_ui->progressLabel->setVisible(busy);
    updateAcceptable();
}

void AccountDialog::updateAcceptable()
{
    // An edit sets no password ("Reset password" does).
    const bool confirmed =
        m_account || PasswordDialog::checkConfirmation(m_ui->passwordEdit, m_ui->confirmEdit,
                                                       m_ui->confirmError);
    const bool passwordReady = m_account || !m_ui->passwordEdit->text().isEmpty();
    // The strength of the password is the service's to judge: it names the field when it refuses.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && m_departmentsLoaded &&
                     !m_ui->usernameEdit->text().trimmed().isEmpty() && passwordReady && confirmed);
}
