#include "Await.h"
#include "ConnectionProfiles.h"
#include "Database.h"
#include "DatabaseDialog.h"
#include "FirstRunDialog.h"
#include "GuiTestSupport.h"
#include "LaunchedApp.h"
#include "Launcher.h"
#include "MainWindow.h"
#include "Migrator.h"
#include "PasswordHasher.h"
#include "Screen.h"
#include "Session.h"
#include "SignInDialog.h"
#include "StartupController.h"
#include "TestBackend.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Runs fn on a migrated database of its own, closed again before the app under test opens it.
template <typename Fn> void prepare(const ConnectionSettings& settings, Fn fn)
{
    Database db(settings, 1);
    succeeded(db.migrate());
    if (!QTest::currentTestFailed())
        succeeded(db.write(fn));
}

const QString strongPassword = QStringLiteral("kitchen-ledger-42");

// Signs in through the real dialog and waits for the overview screen; false (with the test
// failed) when it does not come.
bool signIn(const LaunchedApp& app, const QString& username, const QString& password)
{
    if (!QTest::qWaitFor(
            [&] { return app.window->signInDialog() && app.window->signInDialog()->isVisible(); },
            60000)) {
        QTest::qFail("the sign-in dialog did not open", __FILE__, __LINE__);
        return false;
    }
    SignInDialog* dialog = app.window->signInDialog();
    dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->setText(username);
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(password);
    dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
        ->button(QDialogButtonBox::Ok)
        ->click();
    if (!QTest::qWaitFor([&] { return app.page() == QStringLiteral("workPage"); }, 30000)) {
        QTest::qFail("signing in did not open the screens", __FILE__, __LINE__);
        return false;
    }
    return true;
}

// A migrated SQLite database of its own whose only accounts are `usernames` (password
// strongPassword).
ConnectionSettings databaseWith(const QTemporaryDir& dir, const QString& file,
                                const QStringList& usernames)
{
    ConnectionSettings settings = ConnectionSettings::sqliteFile(dir.filePath(file));
    prepare(settings, [usernames](Connection& c) {
        for (const QString& username : usernames)
            c.exec(QStringLiteral("INSERT INTO account (username, password_hash, is_super_admin) "
                                  "VALUES (?, ?, ?)"),
                   {username, QString::fromLatin1(PasswordHasher::hash(strongPassword, 4)), true});
    });
    return settings;
}

} // namespace

class tst_Startup : public QObject {
    Q_OBJECT

private:
    TestBackend m_backend;

private Q_SLOTS:
    void initTestCase() { GuiTest::initProcess(QStringLiteral("mealdesk-tests")); }

    void firstRunCreatesTheAdminThenShowsTheOverview_data() { TestBackend::addColumns(); }
    void firstRunCreatesTheAdminThenShowsTheOverview()
    {
        QFETCH(QString, backend);
        const ConnectionSettings settings = m_backend.fresh(backend);
        LaunchedApp app(settings);

        QTRY_VERIFY_WITH_TIMEOUT(
            app.window->firstRunDialog() && app.window->firstRunDialog()->isVisible(), 30000);
        QPointer<FirstRunDialog> dialog = app.window->firstRunDialog();
        auto* username = dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit"));
        auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        auto* confirm = dialog->findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
        auto* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                       ->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(app.page(), QStringLiteral("busyPage"));

        // Invalid input: messages at the fields, OK stays disabled.
        username->setText(QStringLiteral("admin"));
        username->clear();
        password->setText(QStringLiteral("short"));
        confirm->setText(QStringLiteral("other"));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("usernameError"))->text(),
                 QStringLiteral("Enter a username."));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("passwordError"))->text(),
                 PasswordHasher::checkStrength(QStringLiteral("short")));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("confirmError"))->text(),
                 QStringLiteral("The passwords do not match."));
        QVERIFY(!ok->isEnabled());

        username->setText(QStringLiteral("admin"));
        password->setText(strongPassword);
        confirm->setText(strongPassword);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);

        QVERIFY(signIn(app, QStringLiteral("admin"), strongPassword));
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(app.window->currentScreen()->objectName(), QStringLiteral("overview"));

        struct Admin {
            QString username;
            bool superAdmin = false;
            bool passwordMatches = false;
            int accounts = 0;
        };
        auto admin = app.startup->database().read([](Connection& c) {
            Statement q = c.exec(QStringLiteral(
                "SELECT username, is_super_admin, password_hash, (SELECT count(*) FROM account) "
                "FROM account"));
            Admin a;
            if (q.next()) {
                a.username = q.value(0).toString();
                a.superAdmin = q.value(1).toBool();
                a.passwordMatches =
                    PasswordHasher::verify(strongPassword, q.value(2).toByteArray());
                a.accounts = q.value(3).toInt();
            }
            return a;
        });
        AWAIT_OK(admin);
        QCOMPARE(admin.result().accounts, 1);
        QCOMPARE(admin.result().username, QStringLiteral("admin"));
        QVERIFY(admin.result().superAdmin);
        QVERIFY(admin.result().passwordMatches);

        QVERIFY(app.window->isVisible());
        QVERIFY(app.text("databaseStatus").contains(settings.displayUrl()));
        if (backend == QLatin1String("sqlite"))
            QVERIFY(app.text("databaseStatus").contains(settings.sqlitePath()));
        QCOMPARE(app.text("schemaStatus"),
                 QStringLiteral("Schema version %1").arg(Migrator::latestVersion()));
        for (const char* count : {"employeesCount", "departmentsCount", "pendingRequestsCount",
                                  "revokedTokensCount", "allowedOriginsCount"})
            QTRY_COMPARE(app.text(count), QStringLiteral("0"));
    }

    void existingDatabaseOpensTheOverviewDirectly_data() { TestBackend::addColumns(); }
    void existingDatabaseOpensTheOverviewDirectly()
    {
        QFETCH(QString, backend);
        ConnectionSettings settings = m_backend.fresh(backend);
        prepare(settings, [](Connection& c) {
            const qint64 boss = c.insert(
                QStringLiteral("INSERT INTO account (username, password_hash, is_super_admin) "
                               "VALUES (?, ?, ?) "),
                {QStringLiteral("boss"),
                 QString::fromLatin1(PasswordHasher::hash(strongPassword, 4)), true});
            for (int i = 1; i <= 3; ++i)
                c.exec(QStringLiteral("INSERT INTO department (id, name_en, name_ar) VALUES "
                                      "(?, ?, ?)"),
                       {i, QStringLiteral("Dept %1").arg(i), QStringLiteral("قسم %1").arg(i)});
            for (int i = 1; i <= 5; ++i)
                c.exec(QStringLiteral("INSERT INTO employee (id, code, name_en, department_id) "
                                      "VALUES (?, ?, ?, ?)"),
                       {i, 1000 + i, QStringLiteral("Employee %1").arg(i), 1 + i % 3});
            const QString request = QStringLiteral(
                "INSERT INTO meal_request (requester_id, status_id, meal_type_id, is_deleted) "
                "VALUES (?, ?, 1, ?)");
            c.exec(request, {boss, 1, false}); // pending
            c.exec(request, {boss, 2, false}); // approved
            c.exec(request, {boss, 1, true});  // pending but deleted
            for (const auto jti : {"jti-1", "jti-2"})
                c.exec(QStringLiteral("INSERT INTO revoked_tokens (jti) VALUES (?)"),
                       {QString::fromLatin1(jti)});
            const QString origin =
                QStringLiteral("INSERT INTO allowed_origins (origin, is_active) VALUES (?, ?)");
            c.exec(origin, {QStringLiteral("https://a.example"), true});
            c.exec(origin, {QStringLiteral("https://b.example"), true});
            c.exec(origin, {QStringLiteral("https://old.example"), false});
        });
        QVERIFY(!QTest::currentTestFailed());
        // A password is never shown, wherever the URL is.
        const QString secret = QStringLiteral("never-shown-pw");
        settings.setPassword(secret);

        LaunchedApp app(settings);
        QSignalSpy firstAdmin(app.startup.get(), &StartupController::firstAdminNeeded);
        QVERIFY(signIn(app, QStringLiteral("boss"), strongPassword));
        QCOMPARE(firstAdmin.count(), 0);
        QVERIFY(!app.window->firstRunDialog());
        // The title names the database (the platform adds the application's name), never the
        // password.
        const QString title = app.window->windowTitle();
        QVERIFY2(settings.dialect() == Dialect::SQLite
                     ? title == QFileInfo(settings.sqlitePath()).fileName()
                     : title.endsWith(QLatin1Char('/') + settings.databaseName()),
                 qPrintable(title));
        QVERIFY(!title.contains(secret));

        QTRY_COMPARE(app.text("employeesCount"), QStringLiteral("5"));
        QTRY_COMPARE(app.text("departmentsCount"), QStringLiteral("3"));
        QTRY_COMPARE(app.text("pendingRequestsCount"), QStringLiteral("1"));
        QTRY_COMPARE(app.text("revokedTokensCount"), QStringLiteral("2"));
        QTRY_COMPARE(app.text("allowedOriginsCount"), QStringLiteral("2"));
        QTRY_VERIFY(app.window->session()->jobs().isEmpty());
        QVERIFY(app.find<QLabel>("countsError")->isHidden());

        QVERIFY(app.text("databaseStatus").contains(settings.displayUrl()));
        QVERIFY(app.text("databaseLabel").contains(settings.displayUrl()));
        for (const char* label : {"databaseStatus", "databaseLabel", "stepStatus"})
            QVERIFY(!app.text(label).contains(secret));
    }

    void newerSchemaShowsTheErrorAndRetryRecovers_data() { TestBackend::addColumns(); }
    void newerSchemaShowsTheErrorAndRetryRecovers()
    {
        QFETCH(QString, backend);
        const ConnectionSettings settings = m_backend.fresh(backend);
        const int newer = Migrator::latestVersion() + 1;
        prepare(settings, [newer](Connection& c) {
            c.exec(QStringLiteral("INSERT INTO schema_migrations (version) VALUES (?)"), {newer});
        });
        QVERIFY(!QTest::currentTestFailed());

        LaunchedApp app(settings);
        QSignalSpy failed(app.startup.get(), &StartupController::failed);
        QTRY_COMPARE_WITH_TIMEOUT(app.page(), QStringLiteral("errorPage"), 30000);
        const QString error = app.text("errorLabel");
        QVERIFY2(error.contains(settings.displayUrl()), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("version %1, newer").arg(newer)), qPrintable(error));
        QVERIFY(!app.window->firstRunDialog());
        QVERIFY(!app.startup->isRunning());

        QCOMPARE(failed.count(), 1);

        // Retry while nothing changed: the same error again.
        app.find<QPushButton>("retryButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 30000);
        QCOMPARE(app.page(), QStringLiteral("errorPage"));

        // Once the schema is one this program knows, Retry goes on (to the first admin).
        auto fixed = app.startup->database().write([newer](Connection& c) {
            c.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = ?"), {newer});
        });
        AWAIT_OK(fixed);
        QTest::mouseClick(app.find<QPushButton>("retryButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            app.window->firstRunDialog() && app.window->firstRunDialog()->isVisible(), 30000);
        QCOMPARE(failed.count(), 2);
    }

    void unreachableServerShowsTheErrorWithoutThePassword()
    {
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        const ConnectionSettings settings = ConnectionSettings::parse(
            QStringLiteral("postgresql://mealdesk:hunter2-secret@127.0.0.1:1/mealdesk"
                           "?connect_timeout=2"));
        LaunchedApp app(settings);
        QSignalSpy failed(app.startup.get(), &StartupController::failed);
        QTRY_COMPARE_WITH_TIMEOUT(app.page(), QStringLiteral("errorPage"), 30000);
        const QString error = app.text("errorLabel");
        QVERIFY2(error.contains(QStringLiteral("postgresql://mealdesk@127.0.0.1:1/mealdesk")),
                 qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("hunter2")), qPrintable(error));
        QVERIFY(!app.text("databaseStatus").contains(QStringLiteral("hunter2")));
        QVERIFY(app.find<QPushButton>("retryButton")->isVisible());
        QVERIFY(app.find<QPushButton>("quitButton")->isVisible());

        QCOMPARE(failed.count(), 1);
        app.find<QPushButton>("retryButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 30000);
        QCOMPARE(app.page(), QStringLiteral("errorPage"));

        // Quit closes the window.
        app.find<QPushButton>("quitButton")->click();
        QVERIFY(!app.window->isVisible());
    }

    void refusedFirstAdminKeepsTheDialogAndItsInput()
    {
        const ConnectionSettings settings = m_backend.fresh(QStringLiteral("sqlite"));
        LaunchedApp app(settings);
        QTRY_VERIFY_WITH_TIMEOUT(
            app.window->firstRunDialog() && app.window->firstRunDialog()->isVisible(), 30000);
        // Someone else creates an account while the dialog is open.
        auto other = app.startup->database().write([](Connection& c) {
            c.exec(QStringLiteral("INSERT INTO account (username, password_hash, is_super_admin) "
                                  "VALUES (?, ?, ?)"),
                   {QStringLiteral("early-bird"), QStringLiteral("$2b$12$notarealhash"), true});
        });
        AWAIT_OK(other);

        FirstRunDialog* dialog = app.window->firstRunDialog();
        QSignalSpy rejected(app.startup.get(), &StartupController::firstAdminRejected);
        dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))
            ->setText(QStringLiteral("admin"));
        dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(strongPassword);
        dialog->findChild<QLineEdit*>(QStringLiteral("confirmEdit"))->setText(strongPassword);
        auto* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                       ->button(QDialogButtonBox::Ok);
        ok->click();
        QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 30000);

        QVERIFY(dialog->isVisible());
        // Behind it, the window waits again rather than showing the step as still running.
        QCOMPARE(app.page(), QStringLiteral("busyPage"));
        QVERIFY(app.find<QProgressBar>("busyProgress")->isHidden());
        QCOMPARE(app.text("stepStatus"), QStringLiteral("Waiting for the first administrator…"));
        auto* formError = dialog->findChild<QLabel*>(QStringLiteral("formError"));
        QVERIFY(formError->isVisible());
        QCOMPARE(formError->text(), rejected.at(0).at(0).toString());
        QVERIFY(!formError->text().isEmpty());
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->text(),
                 QStringLiteral("admin"));
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->text(),
                 strongPassword);
        QVERIFY(ok->isEnabled());
    }

    void demoDatabaseIsFilledOnceWithoutAskingForAnAdmin()
    {
        QTemporaryDir dir;
        const ConnectionSettings settings =
            ConnectionSettings::sqliteFile(dir.filePath(QStringLiteral("mealdesk-demo.db")));
        Seeder::DemoSizes sizes;
        sizes.departments = 4;
        sizes.employees = 30;
        sizes.mealRequests = 6;
        sizes.linesPerRequest = 2;
        sizes.revokedTokens = 5;
        sizes.origins = 3;

        QStringList filled;
        for (int run = 1; run <= 2; ++run) {
            LaunchedApp app(settings, StartupController::Source::Demo, sizes);
            QSignalSpy steps(app.startup.get(), &StartupController::stepStarted);
            QSignalSpy firstAdmin(app.startup.get(), &StartupController::firstAdminNeeded);
            QVERIFY(signIn(app, QStringLiteral("admin"), QStringLiteral("admin-pass")));
            QCOMPARE(firstAdmin.count(), 0);
            QVERIFY(app.text("databaseStatus").contains(QStringLiteral("demo")));
            QVERIFY(app.text("databaseStatus").contains(settings.sqlitePath()));

            struct Expected {
                qint64 accounts = 0, pending = 0, origins = 0;
            };
            auto expected = app.startup->database().read([](Connection& c) {
                Statement q = c.exec(QStringLiteral(
                    "SELECT (SELECT count(*) FROM account),"
                    " (SELECT count(*) FROM meal_request WHERE status_id = 1 AND is_deleted = 0),"
                    " (SELECT count(*) FROM allowed_origins WHERE is_active = 1)"));
                Expected e;
                if (q.next())
                    e = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
                return e;
            });
            AWAIT_OK(expected);
            QCOMPARE(expected.result().accounts, Seeder::demoAccounts().size());
            QTRY_COMPARE(app.text("employeesCount"), QString::number(sizes.employees));
            QTRY_COMPARE(app.text("departmentsCount"), QString::number(sizes.departments));
            QTRY_COMPARE(app.text("revokedTokensCount"), QString::number(sizes.revokedTokens));
            QTRY_COMPARE(app.text("pendingRequestsCount"),
                         QString::number(expected.result().pending));
            QTRY_COMPARE(app.text("allowedOriginsCount"),
                         QString::number(expected.result().origins));

            for (const QList<QVariant>& step : steps)
                filled << QStringLiteral("%1:%2").arg(run).arg(step.at(0).toString());
        }
        QVERIFY2(filled.contains(QStringLiteral("1:Preparing demo data…")),
                 qPrintable(filled.join(QLatin1Char('|'))));
        QVERIFY2(!filled.contains(QStringLiteral("2:Preparing demo data…")),
                 qPrintable(filled.join(QLatin1Char('|'))));
    }

    void closingWhileAStepRunsIsSafe()
    {
        QTemporaryDir dir;
        const ConnectionSettings settings =
            ConnectionSettings::sqliteFile(dir.filePath(QStringLiteral("mealdesk-demo.db")));
        Seeder::DemoSizes sizes;
        sizes.employees = 50;
        {
            LaunchedApp app(settings, StartupController::Source::Demo, sizes);
            QSignalSpy steps(app.startup.get(), &StartupController::stepStarted);
            QTRY_VERIFY_WITH_TIMEOUT(std::any_of(steps.cbegin(), steps.cend(),
                                                 [](const QList<QVariant>& step) {
                                                     return step.at(0).toString() ==
                                                            QStringLiteral("Preparing demo data…");
                                                 }),
                                     30000);
            // Hashing the demo accounts alone takes seconds: the step is still running.
            QVERIFY(app.startup->isRunning());
            app.window->close();
        } // Window and startup go while the fill runs: its result is dropped, nothing crashes.

        // Closing waited for the fill to commit: the next start finds the demo data.
        LaunchedApp again(settings, StartupController::Source::Demo, sizes);
        QSignalSpy steps(again.startup.get(), &StartupController::stepStarted);
        QVERIFY(signIn(again, QStringLiteral("admin"), QStringLiteral("admin-pass")));
        QTRY_COMPARE(again.text("employeesCount"), QStringLiteral("50"));
        for (const QList<QVariant>& step : steps)
            QVERIFY(step.at(0).toString() != QStringLiteral("Preparing demo data…"));
        // And a window closed while its counts are being read.
        again.window->currentScreen()->reload();
    }

    // The window goes, and its database is switched for another, while an import writes: the
    // import's continuation must not reach a change feed that went with the window (ASan), and
    // the import stays as committed.
    void closingOrSwitchingDuringAnImportKeepsWhatItCommitted_data() { TestBackend::addColumns(); }
    void closingOrSwitchingDuringAnImportKeepsWhatItCommitted()
    {
        QFETCH(QString, backend);
        const ConnectionSettings settings = m_backend.fresh(backend);
        prepare(settings, [](Connection& c) {
            c.exec(QStringLiteral("INSERT INTO account (username, password_hash, is_super_admin) "
                                  "VALUES (?, ?, ?)"),
                   {QStringLiteral("boss"),
                    QString::fromLatin1(PasswordHasher::hash(strongPassword, 4)), true});
            c.exec(QStringLiteral("INSERT INTO department (id, name_en, name_ar) VALUES (1, ?, ?)"),
                   {QStringLiteral("Kitchen"), QStringLiteral("مطبخ")});
        });
        QVERIFY(!QTest::currentTestFailed());
        constexpr int rows = 20000;
        QByteArray csv = "id,code,name_en,department_id\n";
        for (int i = 1; i <= rows; ++i)
            csv += QByteArray::number(i) + ',' + QByteArray::number(100000 + i) + ",Imported " +
                   QByteArray::number(i) + ",1\n";

        for (const bool switchDatabase : {false, true}) {
            QTemporaryDir other;
            LaunchedApp app(settings);
            QVERIFY(signIn(app, QStringLiteral("boss"), strongPassword));
            Session* session = app.window->session();
            auto import = session->services().employees().importCsv(session->actor(), csv);
            QVERIFY(!import.isFinished());
            if (switchDatabase) {
                // As the launcher opens another database: the window first, then its startup.
                app.window.reset();
                app.startup = std::make_unique<StartupController>(
                    ConnectionSettings::sqliteFile(other.filePath(QStringLiteral("other.db"))),
                    StartupController::Source::Configured);
            } else {
                app.window->close();
                app.window.reset();
                app.startup.reset();
            }
            // Going waited for the import: it has finished, as committed.
            QVERIFY(import.isFinished());
            if (const auto e = errorOf(import))
                QFAIL(qPrintable(e->message()));
            QCOMPARE(import.result().countOf(EmployeeImportReport::Outcome::Created),
                     switchDatabase ? 0 : rows);
            if (!switchDatabase)
                csv.replace(",Imported ", ",Again "); // the second round updates every row
        }

        Database db(settings, 1);
        auto names = db.read([](Connection& c) {
            Statement q = c.exec(QStringLiteral(
                "SELECT count(*), sum(CASE WHEN name_en LIKE 'Again %' THEN 1 ELSE 0 END) "
                "FROM employee"));
            q.next();
            const QPair<int, int> counts{q.value(0).toInt(), q.value(1).toInt()};
            return counts;
        });
        succeeded(names);
        QCOMPARE(names.result(), (QPair<int, int>{rows, rows}));
    }

    // A database the web backend created, without MealDesk's own columns: the window names
    // every column it would add and adds them only once confirmed; Cancel changes nothing.
    void backendDatabaseIsAdoptedAfterConfirmation_data() { TestBackend::addColumns(); }
    void backendDatabaseIsAdoptedAfterConfirmation()
    {
        QFETCH(QString, backend);
        const ConnectionSettings settings =
            m_backend.withFixture(backend, QStringLiteral("backend"));
        QVERIFY(!QTest::currentTestFailed());
        const auto askedBox = [](const LaunchedApp& app) {
            QMessageBox* box = nullptr;
            if (!QTest::qWaitFor(
                    [&] {
                        box =
                            app.window->findChild<QMessageBox*>(QStringLiteral("confirmationBox"));
                        return box && box->isVisible();
                    },
                    60000))
                QTest::qFail("the adoption was not asked", __FILE__, __LINE__);
            return box;
        };

        {
            LaunchedApp app(settings);
            QMessageBox* box = askedBox(app);
            QVERIFY(box);
            for (const char* column : {"employee.version", "account.failed_logins",
                                       "meal_request.is_deleted", "allowed_origins.note"})
                QVERIFY2(box->text().contains(QLatin1String(column)), qPrintable(box->text()));
            QCOMPARE(app.page(), QStringLiteral("errorPage"));
            box->button(QMessageBox::Cancel)->click();
            QVERIFY(app.find<QLabel>("errorLabel")
                        ->text()
                        .contains(QStringLiteral("employee.version")));
        }
        Database db(settings, 1);
        auto untouched = db.inspectSchema();
        succeeded(untouched);
        QVERIFY(!untouched.result().changes.isEmpty());

        LaunchedApp app(settings);
        QMessageBox* box = askedBox(app);
        QVERIFY(box);
        const QList<QAbstractButton*> buttons = box->buttons();
        const auto add = std::find_if(buttons.cbegin(), buttons.cend(), [box](auto* b) {
            return box->buttonRole(b) == QMessageBox::AcceptRole;
        });
        QVERIFY(add != buttons.cend());
        (*add)->click();
        QVERIFY(signIn(app, QStringLiteral("admin"), QStringLiteral("backend-admin-pw")));
        QTRY_COMPARE(app.text("employeesCount"), QStringLiteral("4"));
        auto adopted = db.inspectSchema();
        succeeded(adopted);
        QCOMPARE(adopted.result().state, SchemaReport::State::MealDesk);
    }

    void geometryIsRemembered()
    {
        QTemporaryDir dir;
        StartupController startup(
            ConnectionSettings::sqliteFile(dir.filePath(QStringLiteral("g.db"))),
            StartupController::Source::Configured);
        {
            MainWindow window(startup);
            window.show();
            window.resize(701, 503);
            QTRY_COMPARE(window.size(), QSize(701, 503));
            window.close();
        }
        MainWindow again(startup);
        QCOMPARE(again.size(), QSize(701, 503));
    }

    // The remembered connection keeps its TLS and failover parameters across a restart, and
    // the Open Database dialog shows them; the password is stored nowhere in the settings.
    void rememberedConnectionKeepsEveryParameterButThePassword()
    {
        const QString password = QStringLiteral("Walrus-Pelican-5521");
        const QString shown =
            QStringLiteral("postgresql://alice@db1:5432,db2:5433/mealdesk?sslmode=verify-full"
                           "&sslrootcert=/etc/ssl/db-ca.pem&target_session_attrs=read-write"
                           "&application_name=x");
        Launcher::Target target{
            ConnectionSettings::parse(QStringLiteral("postgresql://alice:%1@db1,db2:5433/mealdesk"
                                                     "?sslmode=verify-full&sslrootcert=/etc/ssl/"
                                                     "db-ca.pem&target_session_attrs=read-write"
                                                     "&application_name=x")
                                          .arg(password)),
            StartupController::Source::Configured};
        QCOMPARE(target.settings.password(), password);
        Launcher::remember(target);
        ConnectionProfiles::save(QStringLiteral("Two servers"), target.settings);

        // A restart reads the settings file afresh.
        QSettings().sync();
        const QSettings stored(QSettings().fileName(), QSettings::IniFormat);
        for (const QString& key : stored.allKeys())
            QVERIFY2(!stored.value(key).toString().contains(password), qPrintable(key));
        QFile file(stored.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(password.toUtf8()));

        const std::optional<Launcher::Target> back = Launcher::remembered();
        const std::optional<ConnectionProfiles::Profile> profile =
            ConnectionProfiles::find(back->settings);
        QVERIFY(profile);
        QCOMPARE(profile->name, QStringLiteral("Two servers"));
        QCOMPARE(profile->url, shown);
        QVERIFY(back);
        QCOMPARE(back->source, StartupController::Source::Configured);
        QCOMPARE(back->settings.displayUrl(), shown);
        QCOMPARE(back->settings.sslMode(), QStringLiteral("verify-full"));
        QCOMPARE(back->settings.parameter(QStringLiteral("sslrootcert")),
                 QStringLiteral("/etc/ssl/db-ca.pem"));
        QCOMPARE(back->settings.parameter(QStringLiteral("target_session_attrs")),
                 QStringLiteral("read-write"));
        QCOMPARE(back->settings.parameter(QStringLiteral("application_name")), QStringLiteral("x"));
        QCOMPARE(back->settings.password(), QString());

        DatabaseDialog dialog(back->settings, false);
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"))->text(), shown);

        Launcher::remember({ConnectionSettings::demoDatabase(), StartupController::Source::Demo});
        QVERIFY(!Launcher::remembered());
    }

    // A remote server without a verified certificate is named in the status bar; a verified
    // one and a local one are not.
    void unverifiedRemoteConnectionIsWarned()
    {
        const auto warningOf = [](const QString& url) {
            StartupController startup(ConnectionSettings::parse(url),
                                      StartupController::Source::Configured);
            MainWindow window(startup); // not started: nothing connects
            window.show();
            const auto* label = window.findChild<QLabel*>(QStringLiteral("connectionWarning"));
            return label->isVisible() ? label->text() + QLatin1Char('|') + label->toolTip()
                                      : QString();
        };
        const QString warned =
            warningOf(QStringLiteral("postgresql://alice@192.0.2.10/mealdesk?sslmode=require"));
        QVERIFY2(warned.contains(QStringLiteral("verify-full")), qPrintable(warned));
        QVERIFY2(warned.contains(QStringLiteral("192.0.2.10")), qPrintable(warned));
        QCOMPARE(warningOf(QStringLiteral("postgresql://alice@192.0.2.10/mealdesk"
                                          "?sslmode=verify-full")),
                 QString());
        QCOMPARE(warningOf(QStringLiteral("postgresql://alice@127.0.0.1/mealdesk")), QString());
    }

    // The sign-in dialog lists the demo database and the saved profiles, the open one chosen
    // with its last account; choosing another asks the launcher for it, whose window offers
    // that profile's last account; a sign-in records the account in the profile.
    void signInDialogSwitchesBetweenProfiles()
    {
        QSettings().clear();
        QTemporaryDir dir;
        const ConnectionSettings kitchen =
            databaseWith(dir, QStringLiteral("kitchen.db"), {QStringLiteral("alice")});
        const ConnectionSettings office = databaseWith(
            dir, QStringLiteral("office.db"), {QStringLiteral("bob"), QStringLiteral("carol")});
        QVERIFY(!QTest::currentTestFailed());
        ConnectionProfiles::save(QStringLiteral("Kitchen"), kitchen);
        ConnectionProfiles::save(QStringLiteral("Office"), office);
        ConnectionProfiles::recordSignIn(kitchen, false, QStringLiteral("alice"));
        ConnectionProfiles::recordSignIn(office, false, QStringLiteral("bob"));

        LaunchedApp app(kitchen);
        QTRY_VERIFY_WITH_TIMEOUT(
            app.window->signInDialog() && app.window->signInDialog()->isVisible(), 30000);
        SignInDialog* dialog = app.window->signInDialog();
        auto* combo = GuiTest::find<QComboBox>(dialog, "connectionCombo");
        QCOMPARE(GuiTest::find<QLabel>(dialog, "connectionLabel")->buddy(), combo);
        QStringList names;
        for (int i = 0; i < combo->count(); ++i)
            names << combo->itemText(i);
        QCOMPARE(names, (QStringList{QStringLiteral("Demo database"), QStringLiteral("Kitchen"),
                                     QStringLiteral("Office")}));
        QCOMPARE(combo->currentText(), QStringLiteral("Kitchen"));
        QCOMPARE(GuiTest::find<QLineEdit>(dialog, "usernameEdit")->text(), QStringLiteral("alice"));
        GuiTest::screenshot(dialog, QStringLiteral("signin-profiles"));

        // By keyboard, as a person would: up to the demo database, then down past Kitchen to
        // Office; the window switches once, to where the keys came to rest.
        QSignalSpy chosen(app.window.get(), &MainWindow::databaseChosen);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Up);
        QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClick(combo, Qt::Key_Down);
        QTRY_COMPARE(chosen.count(), 1);
        const auto settings = chosen.at(0).at(0).value<ConnectionSettings>();
        QCOMPARE(settings.displayUrl(), office.displayUrl());
        QCOMPARE(chosen.at(0).at(1).toBool(), false);

        // What the launcher does with it: the new window on that database.
        Launcher::remember({settings, StartupController::Source::Configured});
        app.window.reset();
        LaunchedApp other(Launcher::remembered()->settings);
        QTRY_VERIFY_WITH_TIMEOUT(
            other.window->signInDialog() && other.window->signInDialog()->isVisible(), 30000);
        dialog = other.window->signInDialog();
        QCOMPARE(GuiTest::find<QComboBox>(dialog, "connectionCombo")->currentText(),
                 QStringLiteral("Office"));
        QCOMPARE(GuiTest::find<QLineEdit>(dialog, "usernameEdit")->text(), QStringLiteral("bob"));
        // carol has an account in the office database only.
        QVERIFY(signIn(other, QStringLiteral("carol"), strongPassword));
        QCOMPARE(ConnectionProfiles::find(office)->username, QStringLiteral("carol"));
        QCOMPARE(ConnectionProfiles::find(kitchen)->username, QStringLiteral("alice"));
    }

    // A database opened by URL that is no profile is shown as such, and not saved.
    void unsavedDatabaseIsShownButNotSaved()
    {
        QSettings().clear();
        QTemporaryDir dir;
        const ConnectionSettings loose =
            databaseWith(dir, QStringLiteral("loose.db"), {QStringLiteral("dan")});
        QVERIFY(!QTest::currentTestFailed());
        LaunchedApp app(loose);
        QTRY_VERIFY_WITH_TIMEOUT(
            app.window->signInDialog() && app.window->signInDialog()->isVisible(), 30000);
        auto* combo = GuiTest::find<QComboBox>(app.window->signInDialog(), "connectionCombo");
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->currentText(), QStringLiteral("loose.db (not saved)"));
        QVERIFY(signIn(app, QStringLiteral("dan"), strongPassword));
        QVERIFY(ConnectionProfiles::load().isEmpty());
    }

    void launcherChoosesTheDatabase()
    {
        const Launcher::Target demo = Launcher::targetFor(QString());
        QCOMPARE(demo.source, StartupController::Source::Demo);
        QCOMPARE(demo.settings.sqlitePath(), ConnectionSettings::demoDatabase().sqlitePath());

        const Launcher::Target given = Launcher::targetFor(QStringLiteral("sqlite:///tmp/md/a.db"));
        QCOMPARE(given.source, StartupController::Source::Configured);
        QCOMPARE(given.settings.sqlitePath(), QStringLiteral("/tmp/md/a.db"));

        try {
            Launcher::targetFor(QStringLiteral("mysql://db/mealdesk"));
            QFAIL("a bad URL was accepted");
        } catch (const Failure& e) {
            QCOMPARE(e.kind(), Failure::Kind::Validation);
            QCOMPARE(e.field(), QStringLiteral("url"));
            QVERIFY2(e.message().contains(QStringLiteral("'mysql'")), qPrintable(e.message()));
        }
    }
};

QTEST_MAIN(tst_Startup)
#include "tst_startup.moc"
