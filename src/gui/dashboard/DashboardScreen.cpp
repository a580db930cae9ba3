#include "DashboardScreen.h"

#include "ui_DashboardScreen.h"

#include "Failure.h"
#include "LocalizedName.h"
#include "Session.h"
#include "WhenFinished.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <map>

namespace {

constexpr int reloadDelayMs = 300;
// Beyond this many days the day labels stand upright to fit.
constexpr int uprightLabelsFrom = 21;

} // namespace

DashboardScreen::DashboardScreen(Session& session, QWidget* parent)
    : Screen(session, parent)
    , m_ui(std::make_unique<Ui::DashboardScreen>())
    , m_chartView(new QChartView(this))
{
    m_ui->setupUi(this);
    m_ui->rangeError->hide();
    m_chartView->setObjectName(QStringLiteral("mealsChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    m_ui->dashboardLayout->addWidget(m_chartView, 1);
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    m_ui->fromEdit->setDisplayFormat(format);
    m_ui->toEdit->setDisplayFormat(format);
    m_ui->lastDaysButton->setText(tr("&Last %n days", nullptr, defaultDays));
    m_ui->lastDaysButton->setToolTip(
        tr("Show the %n office day(s) up to today", nullptr, defaultDays));

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(reloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &DashboardScreen::reload);
    for (QDateEdit* edit : {m_ui->fromEdit, m_ui->toEdit})
        connect(edit, &QDateEdit::dateChanged, &m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_ui->lastDaysButton, &QToolButton::clicked, this, &DashboardScreen::showLastDays);
    connect(&session.feed(), &ChangeFeed::changed, this, [this](const QString& entity) {
        if (entity == QLatin1String("meal_request") || entity == QLatin1String("meal_request_line"))
            m_reloadTimer.start();
    });
    showLastDays();
    reload();
}

DashboardScreen::~DashboardScreen() = default;

void DashboardScreen::showLastDays()
{
    const QTimeZone& office = session().services().mealRequests().officeZone();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(office).date();
    m_ui->fromEdit->setDate(today.addDays(1 - defaultDays));
    m_ui->toEdit->setDate(today);
}

void DashboardScreen::reload()
{
    m_reloadTimer.stop();
    const quint64 generation = ++m_generation;
    const QDate from = m_ui->fromEdit->date();
    const QDate to = m_ui->toEdit->date();
    m_ui->totalLabel->setText(tr("Loading…"));
    whenFinished(
        this,
        session().jobs().track(
            tr("Loading meals per day"),
            session().services().mealRequests().mealsPerDay(session().actor(), from, to)),
        [this, generation, from, to](const QList<MealsPerDay>& meals) {
            if (generation != m_generation)
                return;
            m_ui->rangeError->hide();
            showChart(from, to, meals);
        },
        [this, generation, from](const Failure& e) {
            if (generation != m_generation)
                return;
            m_ui->totalLabel->clear();
            if (e.kind() == Failure::Kind::Validation) {
                // A range the chart cannot show: said at the date fields, the old chart gone.
                m_ui->rangeError->setText(e.message());
                m_ui->rangeError->show();
                showChart(from, from.addDays(-1), {});
                return;
            }
            reportFailure(tr("Loading meals per day"), e, [this] { reload(); });
        });
}

void DashboardScreen::showChart(const QDate& from, const QDate& to, const QList<MealsPerDay>& meals)
{
    const QLocale locale;
    const int days = std::max(0, int(from.daysTo(to)) + 1);
    // Right to left, time runs from the right too: the bar of day i stands at slot(i).
    const bool mirrored = layoutDirection() == Qt::RightToLeft;
    const auto slot = [days, mirrored](int day) { return mirrored ? days - 1 - day : day; };
    // One bar set per meal type, in the order of their ids (breakfast, lunch, dinner as seeded:
    // the order of the day, bottom up); each holds a value for every day of the range.
    std::map<qint64, QBarSet*> sets;
    QList<qint64> dayTotals(days, 0);
    qint64 total = 0;
    for (const MealsPerDay& m : meals) {
        QBarSet*& set = sets[m.mealTypeId];
        if (!set) {
            set = new QBarSet(LocalizedName::pick(m.mealTypeNameEn, m.mealTypeNameAr));
            for (int i = 0; i < days; ++i)
                set->append(0);
        }
        const int day = int(from.daysTo(m.day));
        if (day < 0 || day >= days)
            continue;
        set->replace(slot(day), double(m.meals));
        dayTotals[day] += m.meals;
        total += m.meals;
    }

    auto* series = new QStackedBarSeries;
    for (const auto& [id, set] : sets)
        series->append(set);
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale);
    chart->addSeries(series);
    chart->setTitle(days ? tr("Meals per day, %1 to %2")
                               .arg(locale.toString(from, QLocale::ShortFormat),
                                    locale.toString(to, QLocale::ShortFormat))
                         : QString());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(!sets.empty());

    QStringList categories(days);
    for (int day = 0; day < days; ++day)
        categories[slot(day)] =
            locale.toString(from.addDays(day), tr("d MMM", "day and month on the chart"));
    auto* dayAxis = new QBarCategoryAxis;
    dayAxis->append(categories);
    if (days >= uprightLabelsFrom)
        dayAxis->setLabelsAngle(-90);
    chart->addAxis(dayAxis, Qt::AlignBottom);
    series->attachAxis(dayAxis);

    auto* mealsAxis = new QValueAxis;
    const qint64 busiest =
        dayTotals.isEmpty() ? 0 : *std::max_element(dayTotals.cbegin(), dayTotals.cend());
    mealsAxis->setRange(0, double(std::max<qint64>(busiest, 4)));
    mealsAxis->applyNiceNumbers();
    // Whole meals: at least 4 on the axis keeps every tick whole. ("%d" shows no labels at all
    // when numbers are localized, in Qt 6.4.)
    mealsAxis->setLabelFormat(QStringLiteral("%.0f"));
    mealsAxis->setTitleText(tr("Meals"));
    chart->addAxis(mealsAxis, mirrored ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(mealsAxis);

    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;

    m_ui->totalLabel->setText(days ? tr("%n meal(s) in all", nullptr, int(total)) : QString());
}
