#include "StartupController.h"

#include "Database.h"
#include "Failure.h"
#include "WhenFinished.h"

StartupController::StartupController(const ConnectionSettings& settings, Source source,
                                     const Seeder::DemoSizes& demoSizes, QObject* parent)
    : QObject(parent)
    , m_host(std::make_unique<ServiceHost>(std::make_unique<Database>(settings)))
    , m_source(source)
    , m_demoSizes(demoSizes)
{
}

StartupController::~StartupController() = default;

const ConnectionSettings& StartupController::settings() const
{
    return m_host->settings();
}

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
    Q_EMIT stepStarted(tr("Opening the database and bringing its schema up to date…"));
    continueWith(m_host->database().migrate(), tr("Opening the database and updating its schema"),
                 [this](int version) {
                     m_schemaVersion = version;
                     checkAccounts();
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
