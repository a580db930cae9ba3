#include "Await.h"
#include "CliRunner.h"
#include "Database.h"
#include "Migrator.h"
#include "TestBackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

// mealdesk-cli db check | upgrade | adopt on databases the web backend made
// (tests/fixtures/backend-*.sql).
class tst_CliDb : public QObject {
    Q_OBJECT

private:
    // A database made by the fixture; its URL for --database.
    QString fromFixture(const QString& backend, const QString& fixture)
    {
        m_settings = m_backend.withFixture(backend, fixture);
        return m_settings.displayUrl();
    }

    // The tables of the database, sorted: what a refusal must leave as it was.
    QStringList tables() { return tables(m_settings); }
    QStringList tables(const ConnectionSettings& settings)
    {
        Database db(settings, 1);
        auto read = db.read([](Connection& c) {
            Statement q = c.exec(
                c.isPostgres() ? QStringLiteral("SELECT table_name || ':' || count(*) FROM "
                                                "information_schema.columns WHERE table_schema = "
                                                "current_schema() GROUP BY table_name")
                               : QStringLiteral("SELECT m.name || ':' || count(*) FROM "
                                                "sqlite_master m, pragma_table_info(m.name) p "
                                                "WHERE m.type = 'table' GROUP BY m.name"));
            QStringList names;
            while (q.next())
                names << q.value(0).toString();
            names.sort();
            return names;
        });
        if (!QTest::qWaitFor([&] { return read.isFinished(); }, 60000) || errorOf(read)) {
            QTest::qFail("reading the tables failed", __FILE__, __LINE__);
            return {};
        }
        return read.result();
    }

    CliRunner::Result db(const QStringList& arguments, const QString& url,
                         const QProcessEnvironment& env = {})
    {
        return m_cli.run(QStringList{QStringLiteral("db")} + arguments +
                             QStringList{QStringLiteral("--database"), url},
                         {}, env);
    }

    CliRunner::Result asBackendAdmin(const QStringList& arguments, const QString& url)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("MEALDESK_USER"), QStringLiteral("admin"));
        env.insert(QStringLiteral("MEALDESK_PASSWORD"), QStringLiteral("backend-admin-pw"));
        return m_cli.run(arguments + QStringList{QStringLiteral("--database"), url}, {}, env);
    }

    TestBackend m_backend;
    ConnectionSettings m_settings;
    CliRunner m_cli;

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void checkListsTheChangesAndChangesNothing_data() { TestBackend::addColumns(); }
    void checkListsTheChangesAndChangesNothing()
    {
        QFETCH(QString, backend);
        const QString url = fromFixture(backend, QStringLiteral("backend"));
        const QStringList before = tables();
        QVERIFY(!before.isEmpty());

        const CliRunner::Result checked = db({QStringLiteral("check")}, url);
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(checked.err), qPrintable(checked.err));
        QVERIFY2(checked.err.contains(QStringLiteral("db adopt --yes")), qPrintable(checked.err));
        for (const char* column : {"account.failed_logins", "allowed_origins.note",
                                   "meal_request.is_deleted", "revoked_tokens.revoked_by_id"})
            QVERIFY2(checked.out.contains(QLatin1String(column)), qPrintable(checked.out));

        const CliRunner::Result json = db({QStringLiteral("check"), QStringLiteral("--json")}, url);
        QCOMPARE(json.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("state")).toString(), QStringLiteral("backend"));
        QVERIFY(report.value(QStringLiteral("adoptable")).toBool());
        QCOMPARE(report.value(QStringLiteral("problems")).toArray().size(), 0);
        QCOMPARE(report.value(QStringLiteral("changes")).toArray().size(), 18);

        // Every other command migrates first, and so is refused with the list.
        const CliRunner::Result listed =
            asBackendAdmin({QStringLiteral("tokens"), QStringLiteral("list")}, url);
        QCOMPARE(listed.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(listed.err), qPrintable(listed.err));
        QVERIFY2(listed.err.contains(QStringLiteral("account.failed_logins")),
                 qPrintable(listed.err));

        const CliRunner::Result unconfirmed = db({QStringLiteral("adopt")}, url);
        QCOMPARE(unconfirmed.exitCode, 1);
        QVERIFY2(unconfirmed.out.contains(QStringLiteral("account.failed_logins")),
                 qPrintable(unconfirmed.out));
        QVERIFY2(unconfirmed.err.contains(QStringLiteral("--yes")), qPrintable(unconfirmed.err));
        QCOMPARE(tables(), before);
    }

    void adoptWithYesAddsTheColumnsOnce_data() { TestBackend::addColumns(); }
    void adoptWithYesAddsTheColumnsOnce()
    {
        QFETCH(QString, backend);
        const QString url = fromFixture(backend, QStringLiteral("backend"));
        const CliRunner::Result adopted =
            db({QStringLiteral("adopt"), QStringLiteral("--yes")}, url);
        QVERIFY2(adopted.exitCode == 0, qPrintable(adopted.err));
        QVERIFY2(adopted.err.isEmpty(), qPrintable(adopted.err));
        QVERIFY2(adopted.out.contains(QStringLiteral("18 column(s) added")),
                 qPrintable(adopted.out));
        QVERIFY2(adopted.out.contains(QStringLiteral("added account.failed_logins")),
                 qPrintable(adopted.out));

        // The backend's account signs in; its revoked token is listed.
        const CliRunner::Result listed =
            asBackendAdmin({QStringLiteral("tokens"), QStringLiteral("list")}, url);
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY2(listed.out.contains(QStringLiteral("backend-logout-1")), qPrintable(listed.out));

        const CliRunner::Result checked = db({QStringLiteral("check")}, url);
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
        QVERIFY2(
            checked.out.contains(
                QStringLiteral("MealDesk's schema, version %1").arg(Migrator::latestVersion())),
            qPrintable(checked.out));
        const CliRunner::Result again = db({QStringLiteral("adopt"), QStringLiteral("--yes")}, url);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QStringLiteral("Nothing to adopt")), qPrintable(again.out));
    }

    void compatibleBackendNeedsNoConfirmation_data() { TestBackend::addColumns(); }
    void compatibleBackendNeedsNoConfirmation()
    {
        QFETCH(QString, backend);
        const QString url = fromFixture(backend, QStringLiteral("backend-complete"));
        const CliRunner::Result checked = db({QStringLiteral("check")}, url);
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
        QVERIFY2(checked.out.contains(QStringLiteral("Every table and column fits")),
                 qPrintable(checked.out));
        const CliRunner::Result adopted = db({QStringLiteral("adopt")}, url);
        QVERIFY2(adopted.exitCode == 0, qPrintable(adopted.err));
        QVERIFY2(adopted.out.contains(QStringLiteral("0 column(s) added")),
                 qPrintable(adopted.out));
    }

    void incompatibleBackendIsRefused_data() { TestBackend::addColumns(); }
    void incompatibleBackendIsRefused()
    {
        QFETCH(QString, backend);
        const QString url = fromFixture(backend, QStringLiteral("backend-broken"));
        const QStringList before = tables();
        const CliRunner::Result checked = db({QStringLiteral("check")}, url);
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.err.contains(QStringLiteral("7 problem(s)")), qPrintable(checked.err));
        for (const char* problem :
             {"table account_department is missing", "column account.is_blocked is missing",
              "revoked_tokens.jti has no unique key", "allowed_origins.origin allows NULL"})
            QVERIFY2(checked.out.contains(QLatin1String(problem)), qPrintable(checked.out));

        const CliRunner::Result adopted =
            db({QStringLiteral("adopt"), QStringLiteral("--yes")}, url);
        QCOMPARE(adopted.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(adopted.err), qPrintable(adopted.err));
        QVERIFY2(adopted.err.contains(QStringLiteral("nothing was changed")),
                 qPrintable(adopted.err));
        const CliRunner::Result upgraded = db({QStringLiteral("upgrade")}, url);
        QCOMPARE(upgraded.exitCode, 1);
        QVERIFY2(upgraded.err.contains(QStringLiteral("jti has no unique key")),
                 qPrintable(upgraded.err));
        QCOMPARE(tables(), before);
    }

    void upgradeCreatesAndActionsAreChecked()
    {
        const QString url =
            QStringLiteral("sqlite://") + m_cli.dataHome() + QStringLiteral("/upgrade.db");
        const CliRunner::Result upgraded = db({QStringLiteral("upgrade")}, url);
        QVERIFY2(upgraded.exitCode == 0, qPrintable(upgraded.err));
        QCOMPARE(upgraded.out,
                 QStringLiteral("The schema is at version %1.\n").arg(Migrator::latestVersion()));
        const CliRunner::Result none = db({}, url);
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(none.err), qPrintable(none.err));
        QVERIFY2(none.err.contains(QStringLiteral("check, upgrade, adopt")), qPrintable(none.err));
        const CliRunner::Result misplaced =
            db({QStringLiteral("check"), QStringLiteral("--yes")}, url);
        QCOMPARE(misplaced.exitCode, 1);
        QVERIFY2(misplaced.err.contains(QStringLiteral("--yes does not apply")),
                 qPrintable(misplaced.err));
    }

    // Two programs migrating one new SQLite file at the same moment: the second waits for the
    // first or finds its work done; neither fails, and the schema is the one a single run makes.
    void twoProgramsMigrateOneNewFile()
    {
        const QString dir = m_cli.dataHome();
        const ConnectionSettings alone =
            ConnectionSettings::sqliteFile(dir + QStringLiteral("/alone.db"));
        const CliRunner::Result single = db({QStringLiteral("upgrade")}, alone.displayUrl());
        QVERIFY2(single.exitCode == 0, qPrintable(single.err));
        const QStringList expected = tables(alone);
        QVERIFY(!expected.isEmpty());

        for (int round = 0; round < 10; ++round) {
            const ConnectionSettings both =
                ConnectionSettings::sqliteFile(dir + QStringLiteral("/both-%1.db").arg(round));
            const QStringList arguments{QStringLiteral("db"), QStringLiteral("upgrade"),
                                        QStringLiteral("--database"), both.displayUrl()};
            QProcess first;
            QProcess second;
            m_cli.start(first, arguments);
            m_cli.start(second, arguments);
            for (QProcess* process : {&first, &second}) {
                QVERIFY(process->waitForFinished(120000));
                const QString err = QString::fromUtf8(process->readAllStandardError());
                QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                         qPrintable(QStringLiteral("round %1: %2").arg(round).arg(err)));
                QCOMPARE(QString::fromUtf8(process->readAllStandardOutput()),
                         QStringLiteral("The schema is at version %1.\n")
                             .arg(Migrator::latestVersion()));
            }
            QCOMPARE(tables(both), expected);
        }
    }
};

QTEST_GUILESS_MAIN(tst_CliDb)
#include "tst_clidb.moc"
