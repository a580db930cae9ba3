#pragma once

#include "ConnectionSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DatabaseDialog;
}

// Chooses the database to open: the demo database, a SQLite file or a PostgreSQL URL with its
// password (kept in memory for this session, never saved). The choice is checked as typed.
class DatabaseDialog : public QDialog {
    Q_OBJECT

public:
    // Starts from the database in use.
    DatabaseDialog(const ConnectionSettings& current, bool demo, QWidget* parent = nullptr);
    ~DatabaseDialog() override;

    // The chosen database; valid once accepted.
    const ConnectionSettings& settings() const { return m_settings; }
    bool isDemo() const;

    void accept() override;

private:
    // Parses the input into m_settings; the message of what is wrong, else empty.
    QString check();
    void update();

    std::unique_ptr<Ui::DatabaseDialog> m_ui;
    ConnectionSettings m_settings;
};
