#include "Await.h"
#include "Database.h"
#include "PasswordHasher.h"
#include "TestBackend.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Errors are exactly one line: "mealdesk-cli: <message>".
bool isOneErrorLine(const QString& err)
{
    return err.startsWith(QLatin1String("mealdesk-cli: ")) && err.endsWith(QLatin1Char('\n')) &&
           err.count(QLatin1Char('\n')) == 1;
}

} // namespace

class tst_Cli : public QObject {
    Q_OBJECT

private:
    // Runs the real program; `input` is its standard input. Its data folder is a fresh
    // temporary one, so the default demo database never touches the user's.
    Run cli(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome->path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MEALDESK_CLI_PATH), arguments);
        Run run;
        if (!process.waitForStarted(30000)) {
            run.err = QStringLiteral("did not start: ") + process.errorString();
            return run;
        }
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(600000)) {
            process.kill();
            process.waitForFinished();
            run.err = QStringLiteral("timed out");
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString demoDatabasePath() const
    {
        return m_dataHome->filePath(QStringLiteral("MealDesk/mealdesk/mealdesk-demo.db"));
    }

    QString freshSqliteUrl()
    {
        m_files = std::make_unique<QTemporaryDir>();
        return QStringLiteral("sqlite://") + m_files->filePath(QStringLiteral("cli.db"));
    }

    TestBackend m_backend;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<QTemporaryDir> m_dataHome;

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }
    void init() { m_dataHome = std::make_unique<QTemporaryDir>(); }

    void initCreatesTheFirstAdminOnce()
    {
        const QString url = freshSqliteUrl();
        const QString password = QStringLiteral("correct horse battery");
        const Run created = cli({QStringLiteral("init"), QStringLiteral("--admin"),
                                 QStringLiteral("root"), QStringLiteral("--database"), url},
                                password.toUtf8() + '\n');
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QVERIFY2(created.err.isEmpty(), qPrintable(created.err));
        QCOMPARE(created.out.count(QLatin1Char('\n')), 1);
        QVERIFY2(created.out.contains(QStringLiteral("'root'")), qPrintable(created.out));
        QVERIFY(!created.out.contains(password));

        Database db(ConnectionSettings::parse(url));
        auto account = db.read([password](Connection& c) {
            QSqlQuery& q = c.exec(QStringLiteral("SELECT username, is_super_admin, password_hash "
                                                 "FROM account"));
            QStringList out;
            while (q.next())
                out << q.value(0).toString() << QString::number(q.value(1).toBool())
                    << QString::number(PasswordHasher::verify(password, q.value(2).toByteArray()));
            q.finish();
            return out;
        });
        AWAIT_OK(account);
        QCOMPARE(account.result(),
                 (QStringList{QStringLiteral("root"), QStringLiteral("1"), QStringLiteral("1")}));

        const Run again = cli({QStringLiteral("init"), QStringLiteral("--admin"),
                               QStringLiteral("second"), QStringLiteral("--database"), url},
                              "another password\n");
        QVERIFY(again.exitCode != 0);
        QVERIFY2(isOneErrorLine(again.err), qPrintable(again.err));
        QVERIFY2(again.err.contains(QStringLiteral("already has accounts")), qPrintable(again.err));
        QVERIFY(!again.err.contains(QStringLiteral("another password")));
        QVERIFY(again.out.isEmpty());
    }

    void initPrintsJson()
    {
        const QString url = freshSqliteUrl();
        const Run created = cli({QStringLiteral("init"), QStringLiteral("--admin=boss"),
                                 QStringLiteral("--json"), QStringLiteral("--database"), url},
                                "boss password\r\n");
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(created.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(created.out));
        QCOMPARE(json.value(QStringLiteral("username")).toString(), QStringLiteral("boss"));
        QCOMPARE(json.value(QStringLiteral("id")).toInteger(), 1);
        QCOMPARE(json.value(QStringLiteral("is_super_admin")).toBool(), true);
        QVERIFY(!created.out.contains(QStringLiteral("boss password")));
    }

    void initRefusesABadPasswordBeforeTouchingTheDatabase_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short") << QByteArray("short\n") << QStringLiteral("at least 8");
        QTest::newRow("73 bytes") << QByteArray(73, 'x') + '\n' << QStringLiteral("72 bytes");
        QTest::newRow("no input") << QByteArray() << QStringLiteral("no password");
    }
    void initRefusesABadPasswordBeforeTouchingTheDatabase()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const QString url = freshSqliteUrl();
        const Run refused = cli({QStringLiteral("init"), QStringLiteral("--admin"),
                                 QStringLiteral("root"), QStringLiteral("--database"), url},
                                input);
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(isOneErrorLine(refused.err), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(expected), qPrintable(refused.err));
        if (!input.trimmed().isEmpty())
            QVERIFY(!refused.err.contains(QString::fromUtf8(input.trimmed())));
        QVERIFY(!QFileInfo::exists(url.mid(QStringLiteral("sqlite://").size())));
    }

    void demoFillsAnEmptyDatabaseOnce_data() { TestBackend::addColumns(); }
    void demoFillsAnEmptyDatabaseOnce()
    {
        QFETCH(QString, backend);
        const ConnectionSettings settings = m_backend.fresh(backend);
        QVERIFY(!QTest::currentTestFailed());
        // The test server trusts local connections: the URL needs no password.
        const QString url = settings.displayUrl();
        const QStringList arguments = {QStringLiteral("demo"),
                                       QStringLiteral("--employees"),
                                       QStringLiteral("500"),
                                       QStringLiteral("--departments"),
                                       QStringLiteral("8"),
                                       QStringLiteral("--requests"),
                                       QStringLiteral("50"),
                                       QStringLiteral("--lines"),
                                       QStringLiteral("4"),
                                       QStringLiteral("--tokens"),
                                       QStringLiteral("20"),
                                       QStringLiteral("--origins"),
                                       QStringLiteral("6"),
                                       QStringLiteral("--database"),
                                       url};
        const Run filled = cli(arguments);
        QVERIFY2(filled.exitCode == 0, qPrintable(filled.err));
        QVERIFY2(filled.err.isEmpty(), qPrintable(filled.err));
        for (const char* part :
             {"8 departments", "500 employees", "5 accounts", "50 meal requests with 200 lines",
              "20 revoked tokens", "6 origins"})
            QVERIFY2(filled.out.contains(QLatin1String(part)), qPrintable(filled.out));
        QVERIFY2(filled.out.contains(QStringLiteral(" s:")), qPrintable(filled.out));

        Database db(settings);
        auto employees = db.read([](Connection& c) {
            QSqlQuery& q = c.exec(QStringLiteral("SELECT count(*), count(DISTINCT department_id) "
                                                 "FROM employee"));
            q.next();
            const auto counts = std::make_pair(q.value(0).toInt(), q.value(1).toInt());
            q.finish();
            return counts;
        });
        AWAIT_OK(employees);
        QCOMPARE(employees.result().first, 500);
        QCOMPARE(employees.result().second, 8);

        const Run again = cli(arguments);
        QVERIFY(again.exitCode != 0);
        QVERIFY2(isOneErrorLine(again.err), qPrintable(again.err));
        QVERIFY2(again.err.contains(QStringLiteral("already has accounts")), qPrintable(again.err));
    }

    void demoPrintsJsonAndUsesTheDemoDatabaseByDefault()
    {
        const Run filled =
            cli({QStringLiteral("demo"), QStringLiteral("--employees"), QStringLiteral("30"),
                 QStringLiteral("--departments"), QStringLiteral("3"), QStringLiteral("--requests"),
                 QStringLiteral("6"), QStringLiteral("--tokens"), QStringLiteral("3"),
                 QStringLiteral("--origins"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(filled.exitCode == 0, qPrintable(filled.err));
        const QJsonObject json = QJsonDocument::fromJson(filled.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("employees")).toInteger(), 30);
        QCOMPARE(json.value(QStringLiteral("departments")).toInteger(), 3);
        QCOMPARE(json.value(QStringLiteral("accounts")).toInteger(), 5);
        QCOMPARE(json.value(QStringLiteral("origins")).toInteger(), 2);
        QVERIFY(json.value(QStringLiteral("seconds")).toDouble() > 0);
        // The GUI's demo database: same organisation and application names.
        QVERIFY2(QFileInfo::exists(demoDatabasePath()), qPrintable(demoDatabasePath()));
        QCOMPARE(json.value(QStringLiteral("database")).toString(),
                 QStringLiteral("sqlite://") + QDir::cleanPath(demoDatabasePath()));
    }

    void badInputIsOneClearLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, QStringList arguments, const char* expected) {
            QTest::newRow(name) << arguments << QString::fromUtf8(expected);
        };
        row("no command", {}, "no command given");
        row("unknown command", {QStringLiteral("frobnicate")}, "unknown command 'frobnicate'");
        row("unknown option", {QStringLiteral("demo"), QStringLiteral("--bogus")}, "bogus");
        row("option of another command",
            {QStringLiteral("demo"), QStringLiteral("--admin"), QStringLiteral("x")}, "admin");
        row("extra argument", {QStringLiteral("demo"), QStringLiteral("extra")},
            "unexpected argument 'extra'");
        row("bad number",
            {QStringLiteral("demo"), QStringLiteral("--employees"), QStringLiteral("abc")},
            "--employees: 'abc' is not a whole number");
        row("negative number",
            {QStringLiteral("demo"), QStringLiteral("--tokens"), QStringLiteral("-3")},
            "--tokens: '-3' is not a whole number from 0");
        row("too many lines",
            {QStringLiteral("demo"), QStringLiteral("--lines"), QStringLiteral("5000")},
            "from 0 to 1000");
        row("bad scheme",
            {QStringLiteral("demo"), QStringLiteral("--database"),
             QStringLiteral("ftp://example.com/x")},
            "unknown scheme 'ftp'");
        row("bad port",
            {QStringLiteral("demo"), QStringLiteral("--database"),
             QStringLiteral("postgresql://u@localhost:99999/db")},
            "port '99999'");
        row("init without admin", {QStringLiteral("init")}, "--admin");
        row("username with a space",
            {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("two words")},
            "username");
    }
    void badInputIsOneClearLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run refused = cli(arguments, "a fine password\n");
        QVERIFY(refused.exitCode > 0);
        QVERIFY2(isOneErrorLine(refused.err), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(expected), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        // Refused before anything was opened or created.
        QVERIFY(!QFileInfo::exists(demoDatabasePath()));
    }

    void unreachableServerIsOneLine()
    {
        const Run refused = cli({QStringLiteral("demo"), QStringLiteral("--database"),
                                 QStringLiteral("postgresql://postgres@127.0.0.1:1/none?"
                                                "connect_timeout=2")});
        QVERIFY(refused.exitCode > 0);
        QVERIFY2(isOneErrorLine(refused.err), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("127.0.0.1:1")), qPrintable(refused.err));
    }

    void helpAndVersion()
    {
        const Run general = cli({QStringLiteral("--help")});
        QCOMPARE(general.exitCode, 0);
        QVERIFY2(general.out.contains(QStringLiteral("init")) &&
                     general.out.contains(QStringLiteral("demo")),
                 qPrintable(general.out));

        const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--help")});
        QCOMPARE(demo.exitCode, 0);
        for (const char* option : {"--employees", "--departments", "--requests", "--lines",
                                   "--tokens", "--origins", "--database", "--json"})
            QVERIFY2(demo.out.contains(QLatin1String(option)), option);

        const Run init = cli({QStringLiteral("init"), QStringLiteral("--help")});
        QCOMPARE(init.exitCode, 0);
        QVERIFY2(init.out.contains(QStringLiteral("--admin")), qPrintable(init.out));
        QVERIFY(!QFileInfo::exists(demoDatabasePath()));

        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QStringLiteral("mealdesk-cli ")), qPrintable(version.out));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
