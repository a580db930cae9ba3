#include "OverviewScreen.h"

#include "ui_OverviewScreen.h"

#include "Database.h"
#include "DbError.h"
#include "OverviewCounts.h"
#include "Session.h"
#include "WhenFinished.h"

#include <QLocale>

OverviewScreen::OverviewScreen(Session& session, QWidget* parent)
    : Screen(session, parent)
    , m_ui(std::make_unique<Ui::OverviewScreen>())
{
    m_ui->setupUi(this);
    m_ui->countsError->hide();
    const ConnectionSettings& settings = session.database().settings();
    m_ui->databaseLabel->setText(
        tr("Signed in as %1 on the %2 database %3.")
            .arg(session.actor().username,
                 settings.dialect() == Dialect::PostgreSQL ? tr("PostgreSQL") : tr("SQLite"),
                 settings.displayUrl()));
    // Any change may move a count; one reload covers them all.
    connect(&session.feed(), &ChangeFeed::changed, this, &OverviewScreen::reload);
    reload();
}

OverviewScreen::~OverviewScreen() = default;

void OverviewScreen::setCountTexts(const QString& text)
{
    for (QLabel* label : {m_ui->employeesCount, m_ui->departmentsCount, m_ui->pendingRequestsCount,
                          m_ui->revokedTokensCount, m_ui->allowedOriginsCount})
        label->setText(text);
}

void OverviewScreen::reload()
{
    const quint64 generation = ++m_generation;
    m_ui->countsError->hide();
    whenFinished(
        this, session().jobs().track(tr("Counting"), OverviewCounts::load(session().database())),
        [this, generation](const OverviewCounts& counts) {
            if (generation != m_generation)
                return;
            const QLocale locale;
            m_ui->employeesCount->setText(locale.toString(counts.employees));
            m_ui->departmentsCount->setText(locale.toString(counts.departments));
            m_ui->pendingRequestsCount->setText(locale.toString(counts.pendingRequests));
            m_ui->revokedTokensCount->setText(locale.toString(counts.revokedTokens));
            m_ui->allowedOriginsCount->setText(locale.toString(counts.activeOrigins));
        },
        [this, generation](const DbError& e) {
            if (generation != m_generation)
                return;
            setCountTexts(tr("—"));
            m_ui->countsError->setText(
                tr("The counts could not be read (F5 tries again): %1").arg(e.message()));
            m_ui->countsError->show();
        });
}
