#include "SignInDialog.h"

#include "ui_SignInDialog.h"

#include "Failure.h"
#include "Session.h"
#include "WhenFinished.h"

#include <QPushButton>
#include <QSettings>

namespace {

const QString usernameKey = QStringLiteral("signIn/username");

} // namespace

SignInDialog::SignInDialog(Session& session, const QString& databaseDescription, bool demo,
                           QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->databaseLabel->setText(databaseDescription);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    m_ui->hintLabel->setText(
        tr("Demo accounts: admin / admin-pass (administrator), requester / requester-pass, "
           "taker / taker-pass, captain / captain-pass, stock / stock-pass."));
    m_ui->hintLabel->setVisible(demo);
    m_ui->errorLabel->hide();
    m_ui->busyBar->hide();

    const QString lastUser = QSettings().value(usernameKey).toString();
    m_ui->usernameEdit->setText(lastUser);
    (lastUser.isEmpty() ? m_ui->usernameEdit : m_ui->passwordEdit)->setFocus();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->changeDatabaseButton, &QPushButton::clicked, this,
            &SignInDialog::changeDatabaseRequested);
    connect(m_ui->usernameEdit, &QLineEdit::textChanged, this, &SignInDialog::updateOk);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &SignInDialog::updateOk);
    updateOk();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && !m_ui->usernameEdit->text().trimmed().isEmpty() &&
                     !m_ui->passwordEdit->text().isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyBar->setVisible(busy);
    m_ui->usernameEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->changeDatabaseButton->setEnabled(!busy);
    updateOk();
}

void SignInDialog::accept()
{
    if (m_busy || !m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const QString username = m_ui->usernameEdit->text().trimmed();
    m_ui->errorLabel->hide();
    setBusy(true);
    whenFinished(
        this, m_session.services().auth().signIn(username, m_ui->passwordEdit->text()),
        [this, username](const Actor& actor) {
            setBusy(false);
            QSettings().setValue(usernameKey, username);
            m_ui->passwordEdit->clear();
            Q_EMIT signedIn(actor);
            QDialog::accept();
        },
        [this](const Failure& e) {
            setBusy(false);
            m_ui->errorLabel->setText(e.message());
            m_ui->errorLabel->show();
            m_ui->passwordEdit->selectAll();
            m_ui->passwordEdit->setFocus();
        });
}
