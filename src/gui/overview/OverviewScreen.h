#pragma once

#include "Screen.h"

#include <QFuture>
#include <QTimer>

#include <memory>

class QLabel;

namespace Ui {
class OverviewScreen;
}

// The first screen after sign-in: which database this is and a few live counts, each read
// through its service and shown only to the roles that may see it.
class OverviewScreen : public Screen {
    Q_OBJECT

public:
    explicit OverviewScreen(Session& session, QWidget* parent = nullptr);
    ~OverviewScreen() override;

    void reload() override;

private:
    // `count` into `label` once it arrives, unless a newer reload overtook it.
    void showCount(QLabel* label, const QFuture<qint64>& count);

    std::unique_ptr<Ui::OverviewScreen> m_ui;
    // Drops counts that a newer reload has overtaken.
    quint64 m_generation = 0;
    // A burst of changes (an import, another desktop's work) reloads the counts once.
    QTimer m_reloadSoon;
};
