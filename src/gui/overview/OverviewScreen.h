#pragma once

#include "Screen.h"

#include <memory>

namespace Ui {
class OverviewScreen;
}

// The first screen after sign-in: which database this is and a few live counts.
class OverviewScreen : public Screen {
    Q_OBJECT

public:
    explicit OverviewScreen(Session& session, QWidget* parent = nullptr);
    ~OverviewScreen() override;

    void reload() override;

private:
    void setCountTexts(const QString& text);

    std::unique_ptr<Ui::OverviewScreen> m_ui;
    // Drops counts that a newer reload has overtaken.
    quint64 m_generation = 0;
};
