#pragma once

#include "ConnectionSettings.h"
#include "Migrator.h"
#include "Seeder.h"
#include "ServiceHost.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class Database;

// Takes a named database to the point where the main window can use it: the password from the
// keyring when its profile remembers it, migrate, fill the demo database on its first use, ask
// for the first super admin of an empty database. Every step is a future continued on this
// object's thread; the controller only announces what happens and the windows decide how to
// show it, so it holds no widgets.
class StartupController : public QObject {
    Q_OBJECT

public:
    // The demo database is filled with demo data; a configured one asks for its first admin.
    enum class Source { Demo, Configured };

    StartupController(const ConnectionSettings& settings, Source source,
                      const Seeder::DemoSizes& demoSizes = {}, QObject* parent = nullptr);
    ~StartupController() override;

    // Made by the first start(), once the password is known.
    ServiceHost& host() { return *m_host; }
    Database& database() { return m_host->database(); }
    const ConnectionSettings& settings() const { return m_settings; }
    Source source() const { return m_source; }
    // The schema version once migrated, else 0.
    int schemaVersion() const { return m_schemaVersion; }
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    // Runs the steps from the beginning; after a failure this is the retry. Ignored while running.
    void start();
    // The answer to firstAdminNeeded().
    void createFirstAdmin(const QString& username, const QString& password);
    // The answer to adoptionChangesNeeded(): adds the columns, then goes on. Ignored while
    // running.
    void adoptWithChanges();

Q_SIGNALS:
    // A step began; `description` says what is happening, for a person.
    void stepStarted(const QString& description);
    // The database has no account: createFirstAdmin() continues.
    void firstAdminNeeded();
    // The web backend's tables can be adopted once MealDesk adds columns of its own, one line
    // each in `changes` ("employee.version integer NOT NULL DEFAULT 1"); nothing was changed.
    // adoptWithChanges() adds them; start() asks again.
    void adoptionChangesNeeded(const QStringList& changes);
    // createFirstAdmin() was refused; `field` names the input at fault ("username", "password")
    // or is empty. Calling it again is the retry.
    void firstAdminRejected(const QString& message, const QString& field);
    void ready();
    // `step` says what failed, `message` why; start() retries.
    void failed(const QString& step, const QString& message);
    // PostgreSQL wants a password it does not have: the server refused the one given (or had
    // none), or the keyring could not give the remembered one; `message` says which. Nothing
    // else happens until start() tries again (with the same settings).
    void passwordNeeded(const QString& message);
    // The password opened the database and its profile remembers it: it is in the keyring now,
    // or, with `reason`, it could not be put there (MealDesk goes on; it will be asked again).
    void passwordRemembered();
    void passwordNotRemembered(const QString& reason);

private:
    template <typename T, typename Next>
    void continueWith(const QFuture<T>& future, const QString& step, Next next);
    // The profile remembers the password, and none was given: it is read from the keyring.
    bool wantsKeyringPassword() const;
    void open();
    void rememberPassword();
    void migrate(Migrator::AdoptionChanges changes);
    void checkAccounts();
    void fillDemo();
    void finish();
    void fail(const QString& step, const QString& message);
    void askForPassword(const QString& message);

    ConnectionSettings m_settings;
    std::unique_ptr<ServiceHost> m_host;
    const Source m_source;
    const Seeder::DemoSizes m_demoSizes;
    int m_schemaVersion = 0;
    bool m_running = false;
    // The keyring has this password (read from it, or being written): nothing to write.
    bool m_passwordInKeyring = false;
};
