#include "Await.h"
#include "Cli.h"
#include "CliRunner.h"
#include "Database.h"
#include "PasswordHasher.h"
#include "TestBackend.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

class tst_Cli : public QObject {
    Q_OBJECT

private:
    QString demoDatabasePath() const
    {
        return m_cli->dataHome() + QStringLiteral("/MealDesk/mealdesk/mealdesk-demo.db");
    }

    QString freshSqliteUrl()
    {
        m_files = std::make_unique<QTemporaryDir>();
        return QStringLiteral("sqlite://") + m_files->filePath(QStringLiteral("cli.db"));
    }

    TestBackend m_backend;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<CliRunner> m_cli;

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    // A command's result can arrive before its continuation is attached (a quick worker, a
    // busy main thread): the continuation then runs before the event loop does, and its exit
    // must still end the loop (a mealdesk-cli once waited forever there).
    void anExitBeforeTheEventLoopRunsStillEndsIt()
    {
        QtFuture::makeReadyFuture(7).then(qApp, [](int code) { Cli::exit(code); });
        QTimer hang;
        hang.setSingleShot(true);
        connect(&hang, &QTimer::timeout, qApp, [] { QCoreApplication::exit(-1); });
        hang.start(3000);
        QCOMPARE(QCoreApplication::exec(), 7);
    }
    void init() { m_cli = std::make_unique<CliRunner>(); }

    void initCreatesTheFirstAdminOnce()
    {
        const QString url = freshSqliteUrl();
        const QString password = QStringLiteral("correct horse battery");
        const CliRunner::Result created =
            m_cli->run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("root"),
                        QStringLiteral("--database"), url},
                       password.toUtf8() + '\n');
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QVERIFY2(created.err.isEmpty(), qPrintable(created.err));
        QCOMPARE(created.out.count(QLatin1Char('\n')), 1);
        QVERIFY2(created.out.contains(QStringLiteral("'root'")), qPrintable(created.out));
        QVERIFY(!created.out.contains(password));

        Database db(ConnectionSettings::parse(url));
        auto account = db.read([password](Connection& c) {
            Statement q = c.exec(QStringLiteral("SELECT username, is_super_admin, password_hash "
                                                "FROM account"));
            QStringList out;
            while (q.next())
                out << q.value(0).toString() << QString::number(q.value(1).toBool())
                    << QString::number(PasswordHasher::verify(password, q.value(2).toByteArray()));
            return out;
        });
        AWAIT_OK(account);
        QCOMPARE(account.result(),
                 (QStringList{QStringLiteral("root"), QStringLiteral("1"), QStringLiteral("1")}));

        const CliRunner::Result again =
            m_cli->run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("second"),
                        QStringLiteral("--database"), url},
                       "another password\n");
        QVERIFY(again.exitCode != 0);
        QVERIFY2(CliRunner::isOneErrorLine(again.err), qPrintable(again.err));
        QVERIFY2(again.err.contains(QStringLiteral("already has accounts")), qPrintable(again.err));
        QVERIFY(!again.err.contains(QStringLiteral("another password")));
        QVERIFY(again.out.isEmpty());
    }

    void initPrintsJson()
    {
        const QString url = freshSqliteUrl();
        const CliRunner::Result created =
            m_cli->run({QStringLiteral("init"), QStringLiteral("--admin=boss"),
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
        const CliRunner::Result refused =
            m_cli->run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("root"),
                        QStringLiteral("--database"), url},
                       input);
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(CliRunner::isOneErrorLine(refused.err), qPrintable(refused.err));
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
        const QStringList arguments = {
            QStringLiteral("demo"),       QStringLiteral("--employees"),
            QStringLiteral("500"),        QStringLiteral("--departments"),
            QStringLiteral("8"),          QStringLiteral("--requests"),
            QStringLiteral("50"),         QStringLiteral("--lines"),
            QStringLiteral("4"),          QStringLiteral("--tokens"),
            QStringLiteral("20"),         QStringLiteral("--origins"),
            QStringLiteral("6"),          QStringLiteral("--allow-published-passwords"),
            QStringLiteral("--database"), url};
        const CliRunner::Result filled = m_cli->run(arguments);
        QVERIFY2(filled.exitCode == 0, qPrintable(filled.err));
        QVERIFY2(filled.err.isEmpty(), qPrintable(filled.err));
        for (const char* part :
             {"8 departments", "500 employees", "5 accounts", "50 meal requests with 200 lines",
              "20 revoked tokens", "6 origins"})
            QVERIFY2(filled.out.contains(QLatin1String(part)), qPrintable(filled.out));
        QVERIFY2(filled.out.contains(QStringLiteral(" s:")), qPrintable(filled.out));

        Database db(settings);
        auto employees = db.read([](Connection& c) {
            Statement q = c.exec(QStringLiteral("SELECT count(*), count(DISTINCT department_id) "
                                                "FROM employee"));
            q.next();
            const auto counts = std::make_pair(q.value(0).toInt(), q.value(1).toInt());
            return counts;
        });
        AWAIT_OK(employees);
        QCOMPARE(employees.result().first, 500);
        QCOMPARE(employees.result().second, 8);

        const CliRunner::Result again = m_cli->run(arguments);
        QVERIFY(again.exitCode != 0);
        QVERIFY2(CliRunner::isOneErrorLine(again.err), qPrintable(again.err));
        QVERIFY2(again.err.contains(QStringLiteral("already has accounts")), qPrintable(again.err));
    }

    void demoPrintsJsonAndUsesTheDemoDatabaseByDefault()
    {
        const CliRunner::Result filled = m_cli->run(
            {QStringLiteral("demo"), QStringLiteral("--employees"), QStringLiteral("30"),
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

    // --database, else $MEALDESK_DATABASE, else the demo database, which is then named on
    // standard error (one line).
    void databaseComesFromTheOptionOrTheEnvironment()
    {
        const QStringList small = {QStringLiteral("demo"), QStringLiteral("--employees"),
                                   QStringLiteral("3"),    QStringLiteral("--departments"),
                                   QStringLiteral("1"),    QStringLiteral("--requests"),
                                   QStringLiteral("0"),    QStringLiteral("--tokens"),
                                   QStringLiteral("0"),    QStringLiteral("--origins"),
                                   QStringLiteral("0"),    QStringLiteral("--json")};
        const QString fromEnvironment = freshSqliteUrl();
        QProcessEnvironment env;
        env.insert(QStringLiteral("MEALDESK_DATABASE"), fromEnvironment);
        const CliRunner::Result viaEnvironment = m_cli->run(small, {}, env);
        QVERIFY2(viaEnvironment.exitCode == 0, qPrintable(viaEnvironment.err));
        QVERIFY2(viaEnvironment.err.isEmpty(), qPrintable(viaEnvironment.err));
        QCOMPARE(QJsonDocument::fromJson(viaEnvironment.out.toUtf8())
                     .object()
                     .value(QStringLiteral("database"))
                     .toString(),
                 fromEnvironment);
        QVERIFY(!QFileInfo::exists(demoDatabasePath()));

        // The option wins over the environment.
        const QString fromOption =
            QStringLiteral("sqlite://") + m_files->filePath(QStringLiteral("option.db"));
        const CliRunner::Result viaOption =
            m_cli->run(small + QStringList{QStringLiteral("--database"), fromOption}, {}, env);
        QVERIFY2(viaOption.exitCode == 0, qPrintable(viaOption.err));
        QVERIFY2(viaOption.err.isEmpty(), qPrintable(viaOption.err));
        QVERIFY(QFileInfo::exists(m_files->filePath(QStringLiteral("option.db"))));

        // An empty --database (a script's unset variable) is refused, not taken for the demo.
        const CliRunner::Result empty =
            m_cli->run(small + QStringList{QStringLiteral("--database"), QString()}, {}, env);
        QCOMPARE(empty.exitCode, 1);
        QCOMPARE(empty.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(empty.err.startsWith(QStringLiteral("mealdesk-cli: ")), qPrintable(empty.err));
        QVERIFY(!QFileInfo::exists(demoDatabasePath()));

        const CliRunner::Result demo = m_cli->run(small);
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QCOMPARE(demo.err, QStringLiteral("mealdesk-cli: using the demo database sqlite://%1 (no "
                                          "--database or $MEALDESK_DATABASE given)\n")
                               .arg(QDir::cleanPath(demoDatabasePath())));
        QVERIFY(QFileInfo::exists(demoDatabasePath()));
    }

    // A remote server without a verified certificate is warned about on standard error before
    // connecting (this one does not exist: the connection then fails).
    void unverifiedRemoteServerIsWarnedBeforeConnecting()
    {
        const auto run = [this](const QString& url) {
            return m_cli->run({QStringLiteral("demo"),
                               QStringLiteral("--allow-published-passwords"),
                               QStringLiteral("--database"), url});
        };
        const QString url =
            QStringLiteral("postgresql://postgres@nowhere.invalid/none?connect_timeout=2");
        const CliRunner::Result warned = run(url + QStringLiteral("&sslmode=require"));
        QCOMPARE(warned.exitCode, 1);
        const QStringList lines = warned.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(
            lines.first().startsWith(QStringLiteral(
                "mealdesk-cli: warning: The connection to postgresql://postgres@"
                "nowhere.invalid:5432/none?connect_timeout=2&sslmode=require is not verified")),
            qPrintable(lines.first()));
        QVERIFY2(lines.first().contains(QStringLiteral("sslmode=verify-full")),
                 qPrintable(lines.first()));
        QVERIFY2(CliRunner::isOneErrorLine(lines.last() + QLatin1Char('\n')),
                 qPrintable(lines.last()));

        const CliRunner::Result verified = run(url + QStringLiteral("&sslmode=verify-full"));
        QCOMPARE(verified.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(verified.err), qPrintable(verified.err));
        QVERIFY2(!verified.err.contains(QStringLiteral("warning")), qPrintable(verified.err));
    }

    // The demo accounts' passwords are published: demo writes them into a PostgreSQL database
    // only when told so explicitly, and changes nothing otherwise.
    void demoRefusesPostgresWithoutExplicitConsent()
    {
        const ConnectionSettings settings = m_backend.fresh(QStringLiteral("postgresql"));
        QVERIFY(!QTest::currentTestFailed());
        const CliRunner::Result refused = m_cli->run(
            {QStringLiteral("demo"), QStringLiteral("--database"), settings.displayUrl()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(refused.err), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("passwords are published")),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("--allow-published-passwords")),
                 qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());

        Database db(settings, 1);
        auto tables = db.read([](Connection& c) {
            Statement q = c.exec(QStringLiteral(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"));
            q.next();
            const int count = q.value(0).toInt();
            return count;
        });
        AWAIT_OK(tables);
        QCOMPARE(tables.result(), 0);

        // A SQLite file stays on this desktop: no flag needed.
        const CliRunner::Result sqlite = m_cli->run(
            {QStringLiteral("demo"), QStringLiteral("--employees"), QStringLiteral("3"),
             QStringLiteral("--departments"), QStringLiteral("1"), QStringLiteral("--requests"),
             QStringLiteral("0"), QStringLiteral("--database"), freshSqliteUrl()});
        QVERIFY2(sqlite.exitCode == 0, qPrintable(sqlite.err));
    }

    void badInputIsOneClearLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const QStringList& arguments, const char* expected) {
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
        const auto signedRow = [&row](const char* name, const QStringList& arguments,
                                      const char* expected) {
            row(name, arguments + QStringList{QStringLiteral("--user"), QStringLiteral("admin")},
                expected);
        };
        row("group without action", {QStringLiteral("tokens")},
            "tokens needs an action: revoke, revoke-list, check, list, purge");
        row("unknown action", {QStringLiteral("origins"), QStringLiteral("frobnicate")},
            "unknown action 'origins frobnicate'");
        row("missing argument", {QStringLiteral("origins"), QStringLiteral("add")},
            "origins add is missing an argument (usage: origins add ORIGIN");
        row("argument too many",
            {QStringLiteral("tokens"), QStringLiteral("purge"), QStringLiteral("x")},
            "tokens purge got an unexpected argument 'x'");
        row("option of another action",
            {QStringLiteral("tokens"), QStringLiteral("purge"), QStringLiteral("--type"),
             QStringLiteral("access")},
            "--type does not apply to tokens purge");
        row("option of another group",
            {QStringLiteral("tokens"), QStringLiteral("list"), QStringLiteral("--note"),
             QStringLiteral("x")},
            "note");
        row("no user", {QStringLiteral("tokens"), QStringLiteral("purge")},
            "tokens purge needs --user NAME (or $MEALDESK_USER) to sign in");
        signedRow("bad token type",
                  {QStringLiteral("tokens"), QStringLiteral("list"), QStringLiteral("--type"),
                   QStringLiteral("id")},
                  "--type: 'id' is neither access nor refresh");
        signedRow("active and expired",
                  {QStringLiteral("tokens"), QStringLiteral("list"), QStringLiteral("--active"),
                   QStringLiteral("--expired")},
                  "--expired and --active exclude each other");
        signedRow("bad expiry",
                  {QStringLiteral("tokens"), QStringLiteral("revoke"), QStringLiteral("--jti"),
                   QStringLiteral("x"), QStringLiteral("--expires"), QStringLiteral("soon")},
                  "--expires: 'soon' is not an ISO 8601 time");
        signedRow("token and jti",
                  {QStringLiteral("tokens"), QStringLiteral("revoke"), QStringLiteral("abc"),
                   QStringLiteral("--jti"), QStringLiteral("x")},
                  "needs either a TOKEN");
        signedRow("neither token nor jti", {QStringLiteral("tokens"), QStringLiteral("revoke")},
                  "needs either a TOKEN");
        signedRow("secret variable unset",
                  {QStringLiteral("tokens"), QStringLiteral("revoke"), QStringLiteral("--jti"),
                   QStringLiteral("x"), QStringLiteral("--secret-env"),
                   QStringLiteral("MEALDESK_TEST_NO_SUCH_VARIABLE")},
                  "the environment variable 'MEALDESK_TEST_NO_SUCH_VARIABLE' is not set");
        signedRow("origin with a path",
                  {QStringLiteral("origins"), QStringLiteral("disable"),
                   QStringLiteral("https://example.com/app")},
                  "ORIGIN: The origin has a path");
        signedRow("unknown role",
                  {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("bob"),
                   QStringLiteral("--role"), QStringLiteral("Boss")},
                  "--role: 'Boss' is not a role (roles: Requester, RequestTaker, Captain, "
                  "StockControl)");
        signedRow("account without role",
                  {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("bob")},
                  "accounts add needs --role ROLE");
        signedRow("CSV export as JSON",
                  {QStringLiteral("employees"), QStringLiteral("export"), QStringLiteral("--json")},
                  "employees export writes CSV");
        signedRow("zero limit",
                  {QStringLiteral("employees"), QStringLiteral("list"), QStringLiteral("--limit"),
                   QStringLiteral("0")},
                  "--limit: '0' is not a whole number from 1");
        signedRow("audit list in another format",
                  {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--format"),
                   QStringLiteral("xml")},
                  "--format: 'xml' is none of table, json, csv");
        signedRow("audit list as JSON and CSV",
                  {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                   QStringLiteral("--format"), QStringLiteral("csv")},
                  "--json and --format csv exclude each other");
        signedRow("audit since no time",
                  {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"),
                   QStringLiteral("yesterday")},
                  "--since: 'yesterday' is not an ISO 8601 time");
        signedRow("audit until before since",
                  {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"),
                   QStringLiteral("2030-01-02T00:00:00Z"), QStringLiteral("--until"),
                   QStringLiteral("2030-01-01")},
                  "--since (2030-01-02T00:00:00Z) must be before --until (2030-01-01)");
        signedRow("audit export without a file",
                  {QStringLiteral("audit"), QStringLiteral("export")},
                  "audit export needs --output FILE");
        signedRow("audit export as JSON",
                  {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--output"),
                   QStringLiteral("-"), QStringLiteral("--json")},
                  "audit export writes CSV");
        signedRow("audit export limited",
                  {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--output"),
                   QStringLiteral("-"), QStringLiteral("--limit"), QStringLiteral("3")},
                  "--limit does not apply to audit export");
    }
    void badInputIsOneClearLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const CliRunner::Result refused = m_cli->run(arguments, "a fine password\n");
        QVERIFY(refused.exitCode > 0);
        QVERIFY2(CliRunner::isOneErrorLine(refused.err), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(expected), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        // Refused before anything was opened or created.
        QVERIFY(!QFileInfo::exists(demoDatabasePath()));
    }

    void serviceCommandsNeedAPassword()
    {
        const CliRunner::Result refused =
            m_cli->run({QStringLiteral("origins"), QStringLiteral("list"), QStringLiteral("--user"),
                        QStringLiteral("admin")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(refused.err), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("no password to sign in as 'admin': set "
                                                     "$MEALDESK_PASSWORD")),
                 qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(demoDatabasePath()));
    }

    void unreachableServerIsOneLine()
    {
        const CliRunner::Result refused =
            m_cli->run({QStringLiteral("demo"), QStringLiteral("--allow-published-passwords"),
                        QStringLiteral("--database"),
                        QStringLiteral("postgresql://postgres@127.0.0.1:1/none?"
                                       "connect_timeout=2")});
        QVERIFY(refused.exitCode > 0);
        QVERIFY2(CliRunner::isOneErrorLine(refused.err), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("127.0.0.1:1")), qPrintable(refused.err));
    }

    void helpAndVersion()
    {
        const CliRunner::Result general = m_cli->run({QStringLiteral("--help")});
        QCOMPARE(general.exitCode, 0);
        for (const char* part : {"init", "demo", "tokens", "origins", "accounts", "employees",
                                 "audit", "Exit codes: 0 done; 1 error"})
            QVERIFY2(general.out.contains(QLatin1String(part)), part);

        const CliRunner::Result tokens =
            m_cli->run({QStringLiteral("tokens"), QStringLiteral("--help")});
        QCOMPARE(tokens.exitCode, 0);
        for (const char* part :
             {"tokens revoke [TOKEN|-]", "tokens check TOKEN|-", "tokens list", "tokens purge",
              "--secret-env", "--user", "$MEALDESK_PASSWORD", "exit 3"})
            QVERIFY2(tokens.out.contains(QLatin1String(part)), part);

        const CliRunner::Result demo =
            m_cli->run({QStringLiteral("demo"), QStringLiteral("--help")});
        QCOMPARE(demo.exitCode, 0);
        for (const char* option : {"--employees", "--departments", "--requests", "--lines",
                                   "--tokens", "--origins", "--database", "--json"})
            QVERIFY2(demo.out.contains(QLatin1String(option)), option);

        const CliRunner::Result init =
            m_cli->run({QStringLiteral("init"), QStringLiteral("--help")});
        QCOMPARE(init.exitCode, 0);
        QVERIFY2(init.out.contains(QStringLiteral("--admin")), qPrintable(init.out));
        QVERIFY(!QFileInfo::exists(demoDatabasePath()));

        const CliRunner::Result version = m_cli->run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QStringLiteral("mealdesk-cli ")), qPrintable(version.out));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
