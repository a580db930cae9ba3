#include "OverviewScreen.h"

#include "ui_OverviewScreen.h"

#include "AccessPolicy.h"
#include "Failure.h"
#include "LeftToRight.h"
#include "Session.h"
#include "WhenFinished.h"

#include <QLocale>

OverviewScreen::OverviewScreen(Session& session, QWidget* parent)
    : Screen(session, parent)
    , m_ui(std::make_unique<Ui::OverviewScreen>())
{
    m_ui->setupUi(this);
    m_ui->countsError->hide();
    const ConnectionSettings& settings = session.settings();
    m_ui->databaseLabel->setText(
        tr("Signed in as %1 on the %2 database %3.")
            .arg(session.actor().username,
                 settings.dialect() == Dialect::PostgreSQL ? tr("PostgreSQL") : tr("SQLite"),
                 LeftToRight::isolated(settings.displayUrl())));
    // Any change may move a count; one reload covers them all.
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(100);
    connect(&m_reloadSoon, &QTimer::timeout, this, &OverviewScreen::reload);
    connect(&session.feed(), &ChangeFeed::changed, &m_reloadSoon, qOverload<>(&QTimer::start));
    reload();
}

OverviewScreen::~OverviewScreen() = default;

void OverviewScreen::showCount(QLabel* label, const QFuture<qint64>& count)
{
    whenFinished(
        this, session().jobs().track(tr("Counting"), count),
        [this, label, generation = m_generation](qint64 n) {
            if (generation == m_generation)
                label->setText(QLocale().toString(n));
        },
        [this, label, generation = m_generation](const Failure& e) {
            if (generation != m_generation)
                return;
            label->setText(tr("—"));
            m_ui->countsError->setText(
                tr("The counts could not be read (F5 tries again): %1").arg(e.message()));
            m_ui->countsError->show();
        });
}

void OverviewScreen::reload()
{
    ++m_generation;
    m_ui->countsError->hide();
    ServiceRegistry& services = session().services();
    const Actor& actor = session().actor();
    showCount(m_ui->employeesCount, services.employees().count(actor, {}));
    showCount(m_ui->departmentsCount, services.departments().list(actor).then(
                                          [](const QList<DepartmentRecord>& departments) {
                                              return static_cast<qint64>(departments.size());
                                          }));
    MealRequestFilter pending;
    pending.status = MealRequestStatus::Pending;
    // The requests this account may see: with departments assigned, those of its departments.
    showCount(m_ui->pendingRequestsCount, services.mealRequests().count(actor, pending));

    const bool tokens = AccessPolicy::allows(actor, Operation::ManageTokens);
    m_ui->revokedTokensLabel->setVisible(tokens);
    m_ui->revokedTokensCount->setVisible(tokens);
    if (tokens)
        showCount(m_ui->revokedTokensCount, services.tokens().count(actor, {}));
    const bool origins = AccessPolicy::allows(actor, Operation::ManageOrigins);
    m_ui->allowedOriginsLabel->setVisible(origins);
    m_ui->allowedOriginsCount->setVisible(origins);
    if (origins) {
        OriginFilter active;
        active.active = true;
        showCount(m_ui->allowedOriginsCount, services.origins().count(actor, active));
    }
}
