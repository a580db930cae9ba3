#include "SignOutEverywhereDialog.h"

#include "ui_SignOutEverywhereDialog.h"

#include "AccountCompleter.h"
#include "FieldMessage.h"
#include "Session.h"
#include "WhenFinished.h"

#include <QPushButton>

SignOutEverywhereDialog::SignOutEverywhereDialog(Session& session, const QString& username,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignOutEverywhereDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign &out everywhere"));
    m_ui->accountEdit->setText(username);
    new AccountCompleter(session, m_ui->accountEdit);
    FieldMessage::show(m_ui->accountError, {});
    FieldMessage::show(m_ui->formError, {});
    FieldMessage::clearWhenEdited(m_ui->accountError, m_ui->accountEdit);
    connect(m_ui->accountEdit, &QLineEdit::textChanged, this, &SignOutEverywhereDialog::updateOk);
    setBusy(false);
}

SignOutEverywhereDialog::~SignOutEverywhereDialog() = default;

void SignOutEverywhereDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && !m_ui->accountEdit->text().trimmed().isEmpty());
}

void SignOutEverywhereDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->accountEdit->setEnabled(!busy);
    m_ui->progressLabel->setVisible(busy);
    updateOk();
}

void SignOutEverywhereDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    FieldMessage::show(m_ui->formError, {});
    setBusy(true);
    AccountService& accounts = m_session.services().accounts();
    whenFinished(
        this, accounts.findByUsername(m_session.actor(), m_ui->accountEdit->text().trimmed()),
        [this, &accounts](const AccountRecord& account) {
            whenFinished(
                this,
                m_session.jobs().track(tr("Signing %1 out everywhere").arg(account.username),
                                       accounts.signOutEverywhere(m_session.actor(), account.id)),
                [this](const AccountRecord& signedOutAccount) {
                    Q_EMIT signedOut(signedOutAccount);
                    QDialog::accept();
                },
                [this](const Failure& error) {
                    setBusy(false);
                    showRefusal(error);
                });
        },
        [this](const Failure& error) {
            setBusy(false);
            showRefusal(error);
        });
}

void SignOutEverywhereDialog::showRefusal(const Failure& error)
{
    const QString username = QStringLiteral("username");
    // Not finding the account (also when it was deleted meanwhile) is about the name typed.
    const QString field = error.kind() == Failure::Kind::NotFound ? username : error.field();
    if (FieldMessage::showRefusal(field, error.message(),
                                  {{username, m_ui->accountError, m_ui->accountEdit}},
                                  m_ui->formError))
        m_ui->accountEdit->selectAll();
}
