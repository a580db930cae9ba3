#include "PasswordDialog.h"

#include "ui_PasswordDialog.h"

#include "Failure.h"
#include "FieldMessage.h"
#include "Session.h"
#include "WhenFinished.h"

#include <QPushButton>

PasswordDialog::PasswordDialog(Session& session, const AccountRecord& account, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::PasswordDialog>())
    , m_account(account)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Reset the password of %1").arg(account.username));
    m_ui->introLabel->setText(
        tr("Choose a new password for %1. The old one stops working at once; tokens already "
           "issued stay valid until you sign the account out everywhere.")
            .arg(account.username));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Set password"));
    m_fields = {{QStringLiteral("password"), m_ui->passwordError, m_ui->passwordEdit}};
    FieldMessage::clear(m_fields, m_ui->formError);
    FieldMessage::clearWhenEdited(m_ui->passwordError, m_ui->passwordEdit);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &PasswordDialog::updateAcceptable);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &PasswordDialog::updateAcceptable);
    setBusy(false);
}

PasswordDialog::~PasswordDialog() = default;

void PasswordDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    FieldMessage::clear(m_fields, m_ui->formError);
    setBusy(true);
    whenFinished(
        this,
        m_session.jobs().track(tr("Setting the password of %1").arg(m_account.username),
                               m_session.services().accounts().setPassword(
                                   m_session.actor(), m_account.id, m_ui->passwordEdit->text())),
        [this] {
            m_busy = false;
            QDialog::accept();
        },
        [this](const Failure& e) {
            setBusy(false);
            if (auto* edit = qobject_cast<QLineEdit*>(
                    FieldMessage::showRefusal(e.field(), e.message(), m_fields, m_ui->formError)))
                edit->selectAll();
        });
}

void PasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->confirmEdit->setEnabled(!busy);
    m_ui->progressLabel->setVisible(busy);
    updateAcceptable();
}

bool PasswordDialog::checkConfirmation(const QLineEdit* password, const QLineEdit* confirm,
                                       QLabel* error)
{
    const bool agree = confirm->text() == password->text();
    FieldMessage::show(
        error, agree || confirm->text().isEmpty() ? QString() : tr("The passwords do not match."));
    return agree;
}

void PasswordDialog::updateAcceptable()
{
    const bool confirmed =
        checkConfirmation(m_ui->passwordEdit, m_ui->confirmEdit, m_ui->confirmError);
    // The strength of the password is the service's to judge: it names the field when it refuses.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && !m_ui->passwordEdit->text().isEmpty() && confirmed);
}
