#pragma once

#include "MealsPerDay.h"
#include "Screen.h"

#include <QTimer>

#include <memory>

class QChartView;

namespace Ui {
class DashboardScreen;
}

// The kitchen's meals per office day by meal type over a range of days (the last 14 by
// default), as stacked bars; follows changes of meal requests as they come.
class DashboardScreen : public Screen {
    Q_OBJECT

public:
    static constexpr int defaultDays = 14;

    explicit DashboardScreen(Session& session, QWidget* parent = nullptr);
    ~DashboardScreen() override;

    void reload() override;

    QChartView* chartView() const { return m_chartView; }

private:
    void showChart(const QDate& from, const QDate& to, const QList<MealsPerDay>& meals);
    void showLastDays();

    std::unique_ptr<Ui::DashboardScreen> m_ui;
    QChartView* m_chartView;
    // Drops charts that a newer reload has overtaken.
    quint64 m_generation = 0;
    // Date changes and bursts of changes reload once.
    QTimer m_reloadTimer;
};
