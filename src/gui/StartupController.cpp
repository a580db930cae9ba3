#include "StartupController.h"

#include "ConnectionProfiles.h"
#include "Database.h"
#include "Failure.h"
#include "PasswordKeyring.h"
#include "SqlMessages.h"
#include "WhenFinished.h"

#include <optional>

StartupController::StartupController(const ConnectionSettings& settings, Source source,
                                     const Seeder::DemoSizes& demoSizes, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_source(source)
    , m_demoSizes(demoSizes)
{
    // The window shows failures in its banner; the drivers' own warnings go to a log category.
    SqlMessages::install();
}

StartupController::~StartupController() = default;

template <typename T, typename Next>
void StartupController::continueWith(const QFuture<T>& future, const QString& step, Next next)
{
    whenFinished(this, future, std::move(next),
                 [this, step](const Failure& e) { fail(step, e.message()); });
}

void StartupController::start()
{
    if (m_running)
        return;
    m_running = true;
    if (m_host || !wantsKeyringPassword())
        return open();
    Q_EMIT stepStarted(tr("Reading the database password from the keyring…"));
    whenFinished(
        this, PasswordKeyring::read(m_settings.displayUrl()),
        [this](const QString& password) {
            m_settings.setPassword(password);
            m_passwordInKeyring = true;
            open();
        },
        [this](const Failure& e) {
            askForPassword(
                tr("The password could not be read from the keyring: %1").arg(e.message()));
        });
}

bool StartupController::wantsKeyringPassword() const
{
    if (m_settings.dialect() != Dialect::PostgreSQL || !m_settings.password().isEmpty())
        return false;
    const std::optional<ConnectionProfiles::Profile> profile = ConnectionProfiles::find(m_settings);
    return profile && profile->rememberPassword;
}

void StartupController::open()
{
    // Nothing connects before the first task: made here, the database has the password.
    if (!m_host)
        m_host = std::make_unique<ServiceHost>(std::make_unique<Database>(m_settings));
    Q_EMIT stepStarted(tr("Opening the database and bringing its schema up to date…"));
    migrate(Migrator::AdoptionChanges::Refuse);
}

void StartupController::rememberPassword()
{
    if (m_passwordInKeyring || m_settings.password().isEmpty())
        return;
    const std::optional<ConnectionProfiles::Profile> profile = ConnectionProfiles::find(m_settings);
    if (!profile || !profile->rememberPassword)
        return;
    m_passwordInKeyring = true;
    whenFinished(
        this, PasswordKeyring::write(profile->url, m_settings.password()),
        [this] { Q_EMIT passwordRemembered(); },
        [this](const Failure& e) {
            Q_EMIT passwordNotRemembered(
                tr("The password was not remembered: %1").arg(e.message()));
        });
}

void StartupController::adoptWithChanges()
{
    if (m_running)
        return;
    m_running = true;
    Q_EMIT stepStarted(tr("Adopting the web backend's tables…"));
    migrate(Migrator::AdoptionChanges::Apply);
}

void StartupController::migrate(Migrator::AdoptionChanges changes)
{
    const QString step = tr("Opening the database and updating its schema");
    whenFinished(
        this, m_host->services().schema().migrate(changes),
        [this](int version) {
            m_schemaVersion = version;
            rememberPassword();
            checkAccounts();
        },
        [this, step](const Failure& e) {
            if (e.kind() == Failure::Kind::Permission && e.field() == QLatin1String("password"))
                return askForPassword(e.message());
            if (e.kind() != Failure::Kind::Conflict)
                return fail(step, e.message());
            // Perhaps the web backend's tables, which need columns of MealDesk's own: the
            // schema report says which, and the window asks before anything is added.
            whenFinished(
                this, m_host->services().schema().inspect(),
                [this, step, e](const SchemaReport& report) {
                    if (!report.adoptable() || report.changes.isEmpty())
                        return fail(step, e.message());
                    rememberPassword(); // it opened the database
                    m_running = false;
                    QStringList shown;
                    for (const SchemaReport::Change& change : report.changes)
                        shown << change.text();
                    Q_EMIT adoptionChangesNeeded(shown);
                },
                [this, step, e](const Failure&) { fail(step, e.message()); });
        });
}

void StartupController::checkAccounts()
{
    Q_EMIT stepStarted(tr("Checking for accounts…"));
    continueWith(m_host->services().seeder().hasAccounts(), tr("Checking for accounts"),
                 [this](bool any) {
                     if (any)
                         finish();
                     else if (m_source == Source::Demo)
                         fillDemo();
                     else
                         Q_EMIT firstAdminNeeded();
                 });
}

void StartupController::fillDemo()
{
    Q_EMIT stepStarted(tr("Preparing demo data…"));
    continueWith(m_host->services().seeder().fillDemo(m_demoSizes), tr("Preparing demo data"),
                 [this] { finish(); });
}

void StartupController::createFirstAdmin(const QString& username, const QString& password)
{
    Q_EMIT stepStarted(tr("Creating the administrator account…"));
    whenFinished(
        this, m_host->services().seeder().createFirstAdmin(username, password),
        [this](qint64) { finish(); },
        [this](const Failure& e) { Q_EMIT firstAdminRejected(e.message(), e.field()); });
}

void StartupController::finish()
{
    m_running = false;
    Q_EMIT ready();
}

void StartupController::fail(const QString& step, const QString& message)
{
    m_running = false;
    Q_EMIT failed(step, message);
}

void StartupController::askForPassword(const QString& message)
{
    m_running = false;
    Q_EMIT passwordNeeded(message);
}
