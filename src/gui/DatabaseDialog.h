#pragma once

#include "ConnectionSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DatabaseDialog;
}

// Chooses the database to open: the demo database, a SQLite file or a PostgreSQL URL with its
// password (kept in memory for this session, or, ticked "Remember password", in the desktop's
// keyring once it opened the database; never in the settings). The choice is checked as typed.
// Opening saves it as a connection profile under the name given (host/database unless the user
// names it; an existing name is updated); a saved profile can be picked to fill the form, or
// deleted.
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
    // The server refused the password, or the keyring could not give it: says `why` and waits
    // in the password field.
    void askForPassword(const QString& why);

private:
    // Parses the input into m_settings; the message of what is wrong, else empty.
    QString check();
    void update();
    // "Remember password" is for a PostgreSQL server saved under a name.
    void updateRemember();
    void fillProfiles();
    void pickProfile(int index);
    void deleteProfile();

    std::unique_ptr<Ui::DatabaseDialog> m_ui;
    ConnectionSettings m_settings;
    // The name follows the URL until the user types one or picks a saved profile.
    bool m_nameChosen = false;
};
