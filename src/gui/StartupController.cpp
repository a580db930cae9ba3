#include "StartupController.h"

#include "Database.h"
#include "Failure.h"
#include "SqlMessages.h"
#include "WhenFinished.h"

StartupController::StartupController(const ConnectionSettings& settings, Source source,
                                     const Seeder::DemoSizes& demoSizes, QObject* parent)
    : QObject(parent)
    , m_host(std::make_unique<ServiceHost>(std::make_unique<Database>(settings)))
    , m_source(source)
    , m_demoSizes(demoSizes)
{
    // The window shows failures in its banner; the drivers' own warnings go to a log category.
    SqlMessages::install();
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
    migrate(Migrator::AdoptionChanges::Refuse);
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
            checkAccounts();
        },
        [this, step](const Failure& e) {
            if (e.kind() != Failure::Kind::Conflict)
                return fail(step, e.message());
            // Perhaps the web backend's tables, which need columns of MealDesk's own: the
            // schema report says which, and the window asks before anything is added.
            whenFinished(
                this, m_host->services().schema().inspect(),
                [this, step, e](const SchemaReport& report) {
                    if (!report.adoptable() || report.changes.isEmpty())
                        return fail(step, e.message());
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
