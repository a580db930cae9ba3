#pragma once

#include "Actor.h"

#include <QDialog>

#include <memory>

class Session;

namespace Ui {
class SignInDialog;
}

// Username and password for the open database, checked off the GUI thread (bcrypt takes a
// moment) with a busy bar. The database in use is shown; "Change…" asks for another one.
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

private:
    void setBusy(bool busy);
    void updateOk();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    Session& m_session;
    bool m_busy = false;
};
