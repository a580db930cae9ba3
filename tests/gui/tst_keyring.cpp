#include "Await.h"
#include "ConnectionProfiles.h"
#include "DatabaseDialog.h"
#include "FirstRunDialog.h"
#include "GuiTestSupport.h"
#include "LaunchedApp.h"
#include "PasswordKeyring.h"
#include "PrivatePgServer.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProcess>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

namespace {

// Set (to the server's URL) in the child process that runs without a keyring.
constexpr char noKeyringVariable[] = "MEALDESK_TEST_NO_KEYRING";

// Every message logged while the tests run, of every category: a password must never be in one.
QStringList logged;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    logged << message;
    previousHandler(type, context, message);
}

// The keyring's entry for `url` as another program finds it (libsecret's secret-tool, by the
// attributes QtKeychain gives it); empty when there is none.
QString secretOf(const QString& url)
{
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("lookup"), QStringLiteral("user"), url, QStringLiteral("server"),
                  QStringLiteral("MealDesk"), QStringLiteral("type"), QStringLiteral("plaintext")});
    if (!lookup.waitForFinished(30000))
        return QStringLiteral("<secret-tool did not answer>");
    return QString::fromUtf8(lookup.readAllStandardOutput());
}

// The settings file as written: what anyone reading the disk finds in it.
QByteArray storedText()
{
    QSettings().sync();
    QFile file(QSettings().fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Waits until the window opened the database: a fresh database asks for its first
// administrator.
bool opened(const LaunchedApp& app)
{
    return QTest::qWaitFor(
        [&] { return app.window->firstRunDialog() && app.window->firstRunDialog()->isVisible(); },
        60000);
}

// The Open Database dialog the window opened to ask for the password, once it is shown;
// nullptr when it was not.
DatabaseDialog* askedDialog(const LaunchedApp& app)
{
    DatabaseDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = app.window->findChild<DatabaseDialog*>();
            return dialog && dialog->isVisible();
        },
        60000);
    return shown ? dialog : nullptr;
}

} // namespace

// The database password remembered in the desktop's keyring, on a PostgreSQL server of the
// test's own that asks for it (scram-sha-256), in a keyring of the test's own
// (tests/gui/keyring-session.sh).
class tst_Keyring : public QObject {
    Q_OBJECT

private:
    PrivatePgServer m_server;
    const QString m_password = QStringLiteral("Heron-Quartz-6158");
    const QString m_wrongPassword = QStringLiteral("Stale-Lantern-0042");
    // The server's URL, without a password.
    QString m_url;

    ConnectionSettings withPassword(const QString& password) const
    {
        ConnectionSettings settings = ConnectionSettings::parse(m_url);
        settings.setPassword(password);
        return settings;
    }

    // A profile that remembers its password, with `stored` in the keyring.
    void rememberedProfile(const QString& stored)
    {
        ConnectionProfiles::save(QStringLiteral("Office"), ConnectionSettings::parse(m_url), true);
        auto written = PasswordKeyring::write(m_url, stored);
        AWAIT_OK(written);
        QCOMPARE(secretOf(m_url), stored);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("MEALDESK_TEST_KEYRING_SESSION"),
                 "run through ctest: the test needs the keyring of its own that "
                 "tests/gui/keyring-session.sh starts, never the person's");
        QLoggingCategory::setFilterRules(QStringLiteral("mealdesk.*=true"));
        previousHandler = qInstallMessageHandler(capture);
        if (qEnvironmentVariableIsSet(noKeyringVariable)) {
            // Settings apart from the parent's, on the parent's server.
            GuiTest::initProcess(QStringLiteral("mealdesk-tests-keyring-none"));
            m_url = qEnvironmentVariable(noKeyringVariable);
            return;
        }
        GuiTest::initProcess(QStringLiteral("mealdesk-tests-keyring"));
        QVERIFY2(m_server.start(), "the test's PostgreSQL server did not start");
        QVERIFY2(m_server.run({QStringLiteral("password"), m_password}),
                 "the test's PostgreSQL server did not take a password");
        m_url = m_server.url();

        // The keyring works, or the test fails saying why.
        auto probe = PasswordKeyring::write(QStringLiteral("probe"), QStringLiteral("x"));
        AWAIT(probe);
        if (const auto e = errorOf(probe))
            QFAIL(qPrintable(QStringLiteral("the test's keyring does not work: ") + e->message()));
        auto back = PasswordKeyring::read(QStringLiteral("probe"));
        AWAIT_OK(back);
        QCOMPARE(back.result(), QStringLiteral("x"));
        auto forgotten = PasswordKeyring::forget(QStringLiteral("probe"));
        AWAIT_OK(forgotten);
        auto gone = PasswordKeyring::read(QStringLiteral("probe"));
        AWAIT(gone);
        QCOMPARE(errorOf(gone)->kind(), Failure::Kind::NotFound);
    }

    void init() { QSettings().clear(); }

    void cleanup()
    {
        auto forgotten = PasswordKeyring::forget(m_url);
        AWAIT(forgotten);
        QFile::remove(QDir::home().filePath(QStringLiteral(".pgpass")));
        for (const QString& secret : {m_password, m_wrongPassword})
            QVERIFY2(!logged.join(QLatin1Char('\n')).contains(secret), "a password was logged");
    }

    // Ticked, the password goes to the keyring once it opened the database, and nowhere else;
    // the next start, with the URL alone (as the remembered connection or the sign-in
    // dialog's connection list give it), opens the database without asking.
    void rememberedPasswordOpensWithoutAsking()
    {
        DatabaseDialog dialog(ConnectionSettings::demoDatabase(), true);
        dialog.show();
        auto* remember = GuiTest::find<QCheckBox>(&dialog, "rememberCheck");
        auto* password = GuiTest::find<QLineEdit>(&dialog, "dbPasswordEdit");
        QVERIFY(!remember->isEnabled());
        GuiTest::find<QRadioButton>(&dialog, "sqliteRadio")->setChecked(true);
        GuiTest::find<QLineEdit>(&dialog, "sqlitePathEdit")->setText(QStringLiteral("/tmp/k.db"));
        QVERIFY(!remember->isEnabled());
        GuiTest::find<QRadioButton>(&dialog, "postgresRadio")->setChecked(true);
        GuiTest::find<QLineEdit>(&dialog, "urlEdit")->setText(m_url);
        QVERIFY(remember->isEnabled());
        QVERIFY(!remember->isChecked());
        // A connection that is not saved has nothing to remember the password by.
        auto* name = GuiTest::find<QLineEdit>(&dialog, "nameEdit");
        name->clear();
        QVERIFY(!remember->isEnabled());
        QTest::keyClicks(name, QStringLiteral("Office"));
        QVERIFY(remember->isEnabled());
        QTest::keyClicks(password, m_password);
        remember->click();
        QVERIFY(remember->isChecked());
        QCOMPARE(password->placeholderText(),
                 QStringLiteral("Remembered in the desktop's keyring"));
        GuiTest::screenshot(&dialog, QStringLiteral("database-dialog-remember"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const std::optional<ConnectionProfiles::Profile> profile =
            ConnectionProfiles::find(dialog.settings());
        QVERIFY(profile && profile->rememberPassword);
        // Not before it opened the database.
        QCOMPARE(secretOf(m_url), QString());

        {
            LaunchedApp app(dialog.settings());
            QSignalSpy remembered(app.startup.get(), &StartupController::passwordRemembered);
            QVERIFY(opened(app));
            QTRY_COMPARE(remembered.count(), 1);
        }
        QCOMPARE(secretOf(m_url), m_password);
        auto back = PasswordKeyring::read(profile->url);
        AWAIT_OK(back);
        QCOMPARE(back.result(), m_password);
        const QByteArray settingsText = storedText();
        QVERIFY(settingsText.contains("rememberPassword=true"));
        QVERIFY(!settingsText.contains(m_password.toUtf8()));

        LaunchedApp again(ConnectionSettings::parse(profile->url));
        QSignalSpy asked(again.startup.get(), &StartupController::passwordNeeded);
        QVERIFY(opened(again));
        QCOMPARE(asked.count(), 0);
        QVERIFY(!again.window->findChild<DatabaseDialog*>());
    }

    // Unticked, the remembered password is deleted, and the next start asks for it: the Open
    // Database dialog waits in its password field.
    void untickedForgetsAndTheNextStartAsks()
    {
        CHECKED(rememberedProfile(m_password));
        DatabaseDialog dialog(ConnectionSettings::parse(m_url), false);
        auto* remember = GuiTest::find<QCheckBox>(&dialog, "rememberCheck");
        QVERIFY(remember->isChecked());
        remember->click();
        QCOMPARE(GuiTest::find<QLineEdit>(&dialog, "dbPasswordEdit")->placeholderText(),
                 QStringLiteral("Used for this session only, never saved"));
        dialog.accept();
        QVERIFY(!ConnectionProfiles::find(dialog.settings())->rememberPassword);
        QTRY_COMPARE(secretOf(m_url), QString());

        LaunchedApp app(ConnectionSettings::parse(m_url));
        DatabaseDialog* asked = askedDialog(app);
        QVERIFY(asked);
        QCOMPARE(asked->focusWidget(), GuiTest::find<QLineEdit>(asked, "dbPasswordEdit"));
        const QString why = GuiTest::find<QLabel>(asked, "errorLabel")->text();
        QVERIFY2(why.contains(QStringLiteral("no password supplied")), qPrintable(why));
        QVERIFY(!GuiTest::find<QCheckBox>(asked, "rememberCheck")->isChecked());
        // Behind it, why the database is not open, with Retry.
        QCOMPARE(app.page(), QStringLiteral("errorPage"));
        QVERIFY(app.text("errorLabel").contains(why));
    }

    // A stored password the server refuses: asked again, and the one typed then replaces it.
    void wrongStoredPasswordIsAskedAgain()
    {
        CHECKED(rememberedProfile(m_wrongPassword));
        LaunchedApp app(ConnectionSettings::parse(m_url));
        DatabaseDialog* asked = askedDialog(app);
        QVERIFY(asked);
        auto* password = GuiTest::find<QLineEdit>(asked, "dbPasswordEdit");
        QCOMPARE(asked->focusWidget(), password);
        QVERIFY(password->text().isEmpty());
        const QString why = GuiTest::find<QLabel>(asked, "errorLabel")->text();
        QVERIFY2(why.contains(QStringLiteral("password authentication failed")), qPrintable(why));
        QVERIFY2(!why.contains(m_wrongPassword), qPrintable(why));
        QVERIFY(GuiTest::find<QCheckBox>(asked, "rememberCheck")->isChecked());

        QSignalSpy chosen(app.window.get(), &MainWindow::databaseChosen);
        QTest::keyClicks(password, m_password);
        GuiTest::find<QDialogButtonBox>(asked, "buttonBox")
            ->button(QDialogButtonBox::Open)
            ->click();
        QTRY_COMPARE(chosen.count(), 1);
        // What the launcher does with it: the new window on that database.
        const auto settings = chosen.at(0).at(0).value<ConnectionSettings>();
        QCOMPARE(settings.password(), m_password);
        app.window.reset();
        app.startup.reset();
        LaunchedApp retried(settings);
        QSignalSpy remembered(retried.startup.get(), &StartupController::passwordRemembered);
        QVERIFY(opened(retried));
        QTRY_COMPARE(remembered.count(), 1);
        QCOMPARE(secretOf(m_url), m_password);
    }

    // Remembered, but the keyring has nothing for it: asked, saying so.
    void unreadablePasswordIsAsked()
    {
        ConnectionProfiles::save(QStringLiteral("Office"), ConnectionSettings::parse(m_url), true);
        LaunchedApp app(ConnectionSettings::parse(m_url));
        DatabaseDialog* asked = askedDialog(app);
        QVERIFY(asked);
        QCOMPARE(asked->focusWidget(), GuiTest::find<QLineEdit>(asked, "dbPasswordEdit"));
        QCOMPARE(GuiTest::find<QLabel>(asked, "errorLabel")->text(),
                 QStringLiteral("The password could not be read from the keyring: no password "
                                "is remembered for this connection"));
    }

    // Nothing remembered: ~/.pgpass gives the password, as before.
    void pgpassStillWorks()
    {
        ConnectionProfiles::save(QStringLiteral("Office"), ConnectionSettings::parse(m_url));
        QFile pgpass(QDir::home().filePath(QStringLiteral(".pgpass")));
        QVERIFY(pgpass.open(QIODevice::WriteOnly));
        QVERIFY(pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        pgpass.write(QStringLiteral("127.0.0.1:%1:*:postgres:%2\n")
                         .arg(ConnectionSettings::parse(m_url).hosts().first().port)
                         .arg(m_password)
                         .toUtf8());
        pgpass.close();
        LaunchedApp app(ConnectionSettings::parse(m_url));
        QSignalSpy asked(app.startup.get(), &StartupController::passwordNeeded);
        QVERIFY(opened(app));
        QCOMPARE(asked.count(), 0);
        QCOMPARE(secretOf(m_url), QString());
    }

    // Deleting the profile deletes its password from the keyring.
    void deletedProfileForgetsItsPassword()
    {
        CHECKED(rememberedProfile(m_password));
        DatabaseDialog dialog(ConnectionSettings::parse(m_url), false);
        dialog.show();
        GuiTest::find<QPushButton>(&dialog, "deleteProfileButton")->click();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox*>(QStringLiteral("confirmationBox"))) &&
                    box->isVisible());
        GuiTest::confirmButton(box)->click();
        QVERIFY(ConnectionProfiles::load().isEmpty());
        QTRY_COMPARE(secretOf(m_url), QString());
    }

    // Without a keyring (nothing answers on the session bus), the window says why the password
    // was not remembered and goes on; the next start asks for it, saying why. In a child
    // process of this test: QtKeychain finds its keyring once per process.
    void withoutAKeyringTheUserIsTold()
    {
        if (qEnvironmentVariableIsSet(noKeyringVariable))
            return withoutAKeyring();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(noKeyringVariable), m_url);
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=") +
                               QDir::home().filePath(QStringLiteral("no-bus")));
        QProcess child;
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("withoutAKeyringTheUserIsTold")});
        QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 120000);
        const QString output = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 qPrintable(output));
        QVERIFY2(
            output.contains(QStringLiteral("PASS   : tst_Keyring::withoutAKeyringTheUserIsTold")),
            qPrintable(output));
    }

private:
    void withoutAKeyring()
    {
        ConnectionProfiles::save(QStringLiteral("Office"), ConnectionSettings::parse(m_url), true);
        const QString notRemembered = QStringLiteral("The password was not remembered: ");
        {
            LaunchedApp app(withPassword(m_password));
            QSignalSpy failed(app.startup.get(), &StartupController::passwordNotRemembered);
            QVERIFY(opened(app));
            QTRY_COMPARE(failed.count(), 1);
            const QString message = app.window->statusBar()->currentMessage();
            QVERIFY2(message.startsWith(notRemembered) && message.size() > notRemembered.size(),
                     qPrintable(message));
            QVERIFY(!message.contains(m_password));
        }
        LaunchedApp again(ConnectionSettings::parse(m_url));
        DatabaseDialog* asked = askedDialog(again);
        QVERIFY(asked);
        const QString why = GuiTest::find<QLabel>(asked, "errorLabel")->text();
        QVERIFY2(
            why.startsWith(QStringLiteral("The password could not be read from the keyring: ")),
            qPrintable(why));
    }
};

QTEST_MAIN(tst_Keyring)
#include "tst_keyring.moc"
