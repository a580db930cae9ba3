#include "CliRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// mealdesk-cli killed (SIGKILL: no clean-up of its own) in the middle of importing 200,000
// employees: the import is one transaction, so none of them or all of them are there, the
// database stays sound, and the next import runs.
class tst_KilledImport : public QObject {
    Q_OBJECT

private:
    static constexpr int rows = 200000;
    CliRunner m_cli;
    QTemporaryDir m_files;

    // Whether the import is writing: its transaction holds a lock on the employee table
    // (PostgreSQL), or the write-ahead log has grown past a megabyte (SQLite).
    bool importWrites(const QString& backend)
    {
        if (backend == QLatin1String("postgresql"))
            return m_cli
                       .scalar(QStringLiteral(
                           "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = "
                           "l.relation WHERE c.relname = 'employee' AND l.mode = "
                           "'RowExclusiveLock' AND l.pid <> pg_backend_pid()"))
                       .toLongLong() > 0;
        return QFileInfo(m_cli.settings().sqlitePath() + QStringLiteral("-wal")).size() >
               qint64{1024} * 1024;
    }

    // `count` new employees in a CSV file named after `name`; its path.
    QString writeCsv(const QString& name, int count)
    {
        QByteArray csv = "id,code,name_en,name_ar,title,department_id,is_active\r\n";
        csv.reserve(qsizetype{count} * 40);
        for (int i = 1; i <= count; ++i) {
            const QByteArray id = QByteArray::number(5000000 + i);
            csv += id + ',' + id + ",Imported " + id + ",,Clerk,,1\r\n";
        }
        QFile file(m_files.filePath(name + QStringLiteral(".csv")));
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
            QTest::qFail("cannot write the CSV file", __FILE__, __LINE__);
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void noneOrAll_data() { TestBackend::addColumns(); }
    void noneOrAll()
    {
        QFETCH(QString, backend);
        QVERIFY(m_cli.prepareDemo(backend));
        const qint64 before = m_cli.count(QStringLiteral("employee"));

        const QString path = writeCsv(backend, rows);
        const QStringList import = {QStringLiteral("employees"), QStringLiteral("import"), path};

        QProcess process;
        QProcessEnvironment env;
        env.insert(QStringLiteral("MEALDESK_USER"), QStringLiteral("admin"));
        env.insert(QStringLiteral("MEALDESK_PASSWORD"),
                   CliRunner::demoPassword(QStringLiteral("admin")));
        m_cli.start(
            process,
            import + QStringList{QStringLiteral("--database"), m_cli.settings().displayUrl()}, env);
        QVERIFY(process.waitForStarted(30000));
        QTRY_VERIFY_WITH_TIMEOUT(importWrites(backend) || process.state() == QProcess::NotRunning,
                                 300000);
        const bool killed = process.state() != QProcess::NotRunning;
        ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
        QVERIFY2(killed, "the import ended before it was seen writing");
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        const qint64 after = m_cli.count(QStringLiteral("employee"));
        qInfo("killed while writing: %lld of %d imported", after - before, rows);
        QVERIFY2(after == before || after == before + rows, qPrintable(QString::number(after)));
        if (backend == QLatin1String("sqlite"))
            QCOMPARE(m_cli.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                     QStringLiteral("ok"));

        // The database takes the next import (the first thousand of the same rows).
        const CliRunner::Result again =
            m_cli.asAdmin({QStringLiteral("employees"), QStringLiteral("import"),
                           writeCsv(backend + QStringLiteral("-again"), 1000)});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(m_cli.count(QStringLiteral("employee")),
                 after == before ? before + 1000 : before + rows);
    }
};

QTEST_GUILESS_MAIN(tst_KilledImport)
#include "tst_killedimport.moc"
