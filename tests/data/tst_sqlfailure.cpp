#include "Connection.h"
#include "Failure.h"
#include "SqlFailure.h"
#include "SqlMessages.h"
#include "TestBackend.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Logged {
    QString category;
    QString message;
};

QList<Logged> logged;

void capture(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    logged.append({QString::fromLatin1(context.category ? context.category : "default"), message});
}

} // namespace

// What a person reads when the database fails: one message naming what is wrong, without the
// driver's own warnings around it.
class tst_SqlFailure : public QObject {
    Q_OBJECT

private:
    TestBackend m_backend;

private Q_SLOTS:
    void initTestCase()
    {
        // Capture is the handler SqlMessages passes everything else to.
        qInstallMessageHandler(capture);
        SqlMessages::install();
    }

    void init()
    {
        logged.clear();
        QLoggingCategory::setFilterRules(QString());
    }

    // QPSQL appends "(SQLSTATE)" to the server's text: "()" when the connection is gone. A session
    // the server ended says so, with the server's reason.
    void postgresTextEndsWithoutTheCode_data()
    {
        QTest::addColumn<QString>("databaseText");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lost") << QStringLiteral("server closed the connection unexpectedly\n\tThis "
                                                "probably means the server terminated abnormally\n"
                                                "()")
                              << QString()
                              << QStringLiteral("Test: the database server closed the connection");
        QTest::newRow("terminated")
            << QStringLiteral("FATAL:  terminating connection due to administrator command\n"
                              "(57P01)")
            << QStringLiteral("57P01")
            << QStringLiteral("Test: the database server ended the connection (terminating "
                              "connection due to administrator command)");
        // As QPSQL reports a statement being prepared when its session was ended.
        QTest::newRow("terminated while preparing")
            << QStringLiteral("FATAL:  terminating connection due to administrator command\n"
                              "LINE 1: SELECT o.id FROM allowed_origins o\n"
                              "                         ^\n"
                              "server closed the connection unexpectedly\n"
                              "\tThis probably means the server terminated abnormally\n"
                              "\tbefore or while processing the request.\n()")
            << QString()
            << QStringLiteral("Test: the database server ended the connection (terminating "
                              "connection due to administrator command)");
        QTest::newRow("nothing") << QStringLiteral("()") << QString()
                                 << QStringLiteral("Test: QPSQL: Unable to create query");
    }
    void postgresTextEndsWithoutTheCode()
    {
        QFETCH(QString, databaseText);
        QFETCH(QString, code);
        QFETCH(QString, expected);
        const Failure f =
            SqlFailure::from(QSqlError(QStringLiteral("QPSQL: Unable to create query"),
                                       databaseText, QSqlError::StatementError, code),
                             Dialect::PostgreSQL, QStringLiteral("Test"));
        QCOMPARE(f.message(), expected);
        QCOMPARE(f.nativeCode(), code);
        QCOMPARE(f.kind(), Failure::Kind::Unavailable);
    }

    // A connection that failed for want of the right password is told from one that failed for
    // anything else (libpq's texts as QPSQL passes them on, with no SQLSTATE).
    void refusedPasswordIsToldApart_data()
    {
        QTest::addColumn<QString>("databaseText");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("refused");
        const QString at = QStringLiteral("connection to server at \"127.0.0.1\", port 5432 "
                                          "failed: ");
        QTest::newRow("none given")
            << at + QStringLiteral("fe_sendauth: no password supplied\n") << QString() << true;
        QTest::newRow("wrong") << at + QStringLiteral("FATAL:  password authentication failed "
                                                      "for user \"alice\"\n")
                               << QString() << true;
        QTest::newRow("code only") << QStringLiteral("FATAL:  Passwort-Authentifizierung") // de
                                   << QStringLiteral("28P01") << true;
        QTest::newRow("down") << at + QStringLiteral("Connection refused\n\tIs the server running "
                                                     "on that host and accepting TCP/IP "
                                                     "connections?\n")
                              << QString() << false;
        QTest::newRow("no database")
            << at + QStringLiteral("FATAL:  database \"office\" does not exist\n") << QString()
            << false;
        QTest::newRow("not in pg_hba")
            << at + QStringLiteral("FATAL:  no pg_hba.conf entry for host \"10.0.0.9\", user "
                                   "\"alice\", database \"office\", no encryption\n")
            << QString() << false;
    }
    void refusedPasswordIsToldApart()
    {
        QFETCH(QString, databaseText);
        QFETCH(QString, code);
        QFETCH(bool, refused);
        QCOMPARE(SqlFailure::isPasswordRefused(QSqlError(QStringLiteral("QPSQL: Unable to connect"),
                                                         databaseText, QSqlError::ConnectionError,
                                                         code)),
                 refused);
    }

    // Still busy after the busy timeout: the message says why and what to do.
    void sqliteBusySaysAnotherWriterHoldsIt()
    {
        const Failure f =
            SqlFailure::from(QSqlError(QString(), QStringLiteral("database is locked"),
                                       QSqlError::StatementError, QStringLiteral("5")),
                             Dialect::SQLite, QStringLiteral("Test"));
        QCOMPARE(f.kind(), Failure::Kind::Unavailable);
        QVERIFY(f.isTransient());
        QVERIFY2(f.message().contains(QStringLiteral("busy with another program's change")) &&
                     f.message().contains(QStringLiteral("try again")),
                 qPrintable(f.message()));
    }

    // A database SQLite cannot write (here opened read-only, which root cannot bypass as it
    // bypasses a read-only folder): the message names the file's and the folder's permissions.
    void sqliteReadOnlySaysWhatIsWrong()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.db"));
        {
            Connection setup(ConnectionSettings::sqliteFile(path), QStringLiteral("tst-ro-setup"));
            setup.ensureOpen();
            setup.execDirect(QStringLiteral("CREATE TABLE t (x integer)"));
        }
        QSqlError error;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-ro"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(db.open());
            QSqlQuery insert(db);
            QVERIFY(!insert.exec(QStringLiteral("INSERT INTO t (x) VALUES (1)")));
            error = insert.lastError();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tst-ro"));
        QCOMPARE(error.nativeErrorCode().toInt() & 0xff, 8); // SQLITE_READONLY
        const Failure f = SqlFailure::from(error, Dialect::SQLite, QStringLiteral("Test"));
        QCOMPARE(f.kind(), Failure::Kind::Permission);
        QVERIFY2(f.message().contains(QStringLiteral("cannot be written")) &&
                     f.message().contains(QStringLiteral("folder")) &&
                     !f.message().contains(QStringLiteral("attempt to write")),
                 qPrintable(f.message()));
    }

    // Qt's own SQL warnings leave the default output for mealdesk.sql, off unless enabled.
    void qtSqlWarningsGoToTheLogCategory()
    {
        QSqlDatabase closed =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-closed"));
        {
            QSqlQuery query(closed);
            QVERIFY(!query.exec(QStringLiteral("SELECT 1")));
            QVERIFY2(logged.isEmpty(), qPrintable(logged.value(0).message));

            QLoggingCategory::setFilterRules(QStringLiteral("mealdesk.sql.warning=true"));
            QVERIFY(!query.exec(QStringLiteral("SELECT 1")));
            QCOMPARE(logged.size(), 1);
            QCOMPARE(logged.at(0).category, QStringLiteral("mealdesk.sql"));
            QCOMPARE(logged.at(0).message, QStringLiteral("QSqlQuery::exec: database not open"));
        }
        closed = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("tst-closed"));

        // The application's own messages stay where they were.
        qWarning("MealDesk's own warning");
        QCOMPARE(logged.size(), 2);
        QCOMPARE(logged.at(1).category, QStringLiteral("default"));
    }

    // The server's WARNING reaches mealdesk.sql, not libpq's standard error.
    void postgresNoticesGoToTheLogCategory()
    {
        const ConnectionSettings settings = m_backend.fresh(QStringLiteral("postgresql"));
        QVERIFY(!QTest::currentTestFailed());
        QLoggingCategory::setFilterRules(QStringLiteral("mealdesk.sql.warning=true"));
        Connection c(settings, QStringLiteral("tst-notices"));
        c.ensureOpen();
        c.execDirect(QStringLiteral("DO $$ BEGIN RAISE WARNING 'mealdesk test warning'; END $$"));
        // Every message came through mealdesk.sql (also QPSQL's own on opening, if any).
        int notices = 0;
        for (const Logged& l : std::as_const(logged)) {
            QCOMPARE(l.category, QStringLiteral("mealdesk.sql"));
            notices += l.message.contains(QStringLiteral("mealdesk test warning")) ? 1 : 0;
        }
        QCOMPARE(notices, 1);
    }
};

QTEST_GUILESS_MAIN(tst_SqlFailure)
#include "tst_sqlfailure.moc"
