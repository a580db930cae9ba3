#pragma once

#include "Actor.h"
#include "ConnectionSettings.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class Session;

namespace Ui {
class SignInDialog;
}

// Username and password for the open database, checked off the GUI thread (bcrypt takes a
// moment) with a busy bar. The connection combo lists the demo database and the saved
// profiles, the open one selected; choosing another one asks for it, and "Change…" for any
// database. The last account of the open database is offered, and a sign-in records it.
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    // `demo`: the embedded demo database, whose accounts the dialog lists.
    SignInDialog(Session& session, const QString& databaseDescription, bool demo,
                 QWidget* parent = nullptr);
    ~SignInDialog() override;

public Q_SLOTS:
    // Starts the sign-in; the dialog closes (accepted) when it succeeds.
    void accept() override;

Q_SIGNALS:
    void signedIn(const Actor& actor);
    void changeDatabaseRequested();
    // Another connection was chosen in the combo; the owner opens it.
    void databaseChosen(const ConnectionSettings& settings, bool demo);

private:
    void setBusy(bool busy);
    void updateOk();
    void fillConnections();
    void chooseConnection(int index);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    Session& m_session;
    const bool m_demo;
    // Arrow keys on the closed list step through its entries: the window switches to the one
    // they rest on, not to each on the way.
    QTimer m_switchDelay;
    bool m_busy = false;
};
