#include "SignInDialog.h"

#include "ui_SignInDialog.h"

#include "ConnectionProfiles.h"
#include "Failure.h"
#include "Session.h"
#include "WhenFinished.h"

#include <QPushButton>

namespace {

// The combo's data: the profile's URL, empty for the demo database.
constexpr int urlRole = Qt::UserRole;

} // namespace

SignInDialog::SignInDialog(Session& session, const QString& databaseDescription, bool demo,
                           QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_session(session)
    , m_demo(demo)
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

    fillConnections();

    const QString lastUser = ConnectionProfiles::lastUsername(m_session.settings(), demo);
    m_ui->usernameEdit->setText(lastUser);
    (lastUser.isEmpty() ? m_ui->usernameEdit : m_ui->passwordEdit)->setFocus();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->changeDatabaseButton, &QPushButton::clicked, this,
            &SignInDialog::changeDatabaseRequested);
    m_switchDelay.setSingleShot(true);
    m_switchDelay.setInterval(400);
    connect(&m_switchDelay, &QTimer::timeout, this,
            [this] { chooseConnection(m_ui->connectionCombo->currentIndex()); });
    connect(m_ui->connectionCombo, &QComboBox::activated, &m_switchDelay,
            qOverload<>(&QTimer::start));
    connect(m_ui->usernameEdit, &QLineEdit::textChanged, this, &SignInDialog::updateOk);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &SignInDialog::updateOk);
    updateOk();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::fillConnections()
{
    QComboBox* combo = m_ui->connectionCombo;
    combo->addItem(tr("Demo database"), QString());
    const QString open = m_demo ? QString() : m_session.settings().displayUrl();
    for (const ConnectionProfiles::Profile& profile : ConnectionProfiles::load()) {
        combo->addItem(profile.name, profile.url);
        combo->setItemData(combo->count() - 1, profile.url, Qt::ToolTipRole);
    }
    int current = combo->findData(open, urlRole, Qt::MatchExactly);
    if (current < 0) {
        // Opened by URL (--database, or not saved): shown, but saved only when asked to.
        combo->addItem(
            tr("%1 (not saved)").arg(ConnectionProfiles::defaultName(m_session.settings())), open);
        current = combo->count() - 1;
        combo->setItemData(current, open, Qt::ToolTipRole);
    }
    combo->setCurrentIndex(current);
}

void SignInDialog::chooseConnection(int index)
{
    const QString url = m_ui->connectionCombo->itemData(index, urlRole).toString();
    if (url == (m_demo ? QString() : m_session.settings().displayUrl()))
        return;
    try {
        Q_EMIT databaseChosen(url.isEmpty() ? ConnectionSettings::demoDatabase()
                                            : ConnectionSettings::parse(url),
                              url.isEmpty());
    } catch (const Failure& e) {
        // A profile saved by another version that no longer parses: say why, stay here.
        m_ui->errorLabel->setText(e.message());
        m_ui->errorLabel->show();
    }
}

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
    m_ui->connectionCombo->setEnabled(!busy);
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
            ConnectionProfiles::recordSignIn(m_session.settings(), m_demo, username);
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
