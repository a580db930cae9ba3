#pragma once

#include "ConnectionSettings.h"
#include "Screen.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QString>

#include <memory>

class DatabaseDialog;
class ElidedLabel;
class ErrorBanner;
class FirstRunDialog;
class JobsIndicator;
class QAction;
class QLabel;
class Session;
class SignInDialog;
class StartupController;

namespace Ui {
class MainWindow;
}

// The application window. Shows the startup's progress or its failure (Retry, another
// database, Quit), asks for the database password the server refused (in the Open Database
// dialog), asks for the first admin of an empty database, signs in, and then hosts the
// screens the signed-in role may use, with the shared menus, shortcuts, banner (failures, results
// to read) and status bar (jobs in progress, account, database). The title names the database.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(StartupController& startup, QWidget* parent = nullptr);
    ~MainWindow() override;

    FirstRunDialog* firstRunDialog() const;
    SignInDialog* signInDialog() const;
    // Once signed in; nullptr before.
    Session* session() const { return m_session.get(); }
    // The screen shown now (nullptr before sign-in), and the one with `key`, creating it.
    Screen* currentScreen() const;
    Screen* openScreen(const QString& key);
    ErrorBanner* errorBanner() const { return m_banner; }

Q_SIGNALS:
    // The user chose another database; the owner opens it in a new window.
    void databaseChosen(const ConnectionSettings& settings, bool demo);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showStep(const QString& description);
    void showWaitingForFirstAdmin();
    void askForFirstAdmin();
    void askToAdopt(const QStringList& changes);
    void showFailure(const QString& step, const QString& message);
    void askForPassword(const QString& why);
    // The error page: the database could not be opened, and why; Retry starts again.
    void showStopped(const QString& why);
    void startSession();
    void askToSignIn();
    void signedIn();
    void signOut();
    void chooseDatabase();
    void showScreen(int row);
    // The menu actions that run a command of the current screen.
    struct ScreenAction {
        QAction* action;
        Screen::Command command;
        void (Screen::*run)();
    };
    QList<ScreenAction> screenActions() const;
    void updateCommands();
    void addLanguageMenu();
    void showAbout();
    void setStandardKeysAndIcons();
    QString databaseDescription() const;
    // For the title: the SQLite file's name, or the PostgreSQL hosts and database.
    QString databaseName() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    StartupController& m_startup;
    std::unique_ptr<Session> m_session;
    QPointer<FirstRunDialog> m_firstRun;
    QPointer<SignInDialog> m_signIn;
    QPointer<DatabaseDialog> m_databaseDialog;
    ErrorBanner* m_banner;
    JobsIndicator* m_jobs;
    QLabel* m_stepLabel;
    QLabel* m_accountStatus;
    ElidedLabel* m_databaseStatus;
    // Shown while the connection leaves this machine without a verified certificate.
    QLabel* m_connectionWarning;
    QLabel* m_schemaStatus;
    // Screens created so far, by key; created when first shown.
    QHash<QString, Screen*> m_screens;
    QPointer<Screen> m_current;
};
