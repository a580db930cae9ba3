#include "CliRunner.h"
#include "TestCsv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonArray parsedArray(const QString& out)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isArray())
        QTest::qFail(qPrintable(QStringLiteral("not a JSON array: ") + out), __FILE__, __LINE__);
    return json.array();
}

QStringList audit(const QStringList& arguments)
{
    return QStringList{QStringLiteral("audit")} + arguments;
}

} // namespace

class tst_CliAudit : public QObject {
    Q_OBJECT

private:
    CliRunner m_cli;

    // The demo's own entry (demo.fill, no account), then two revocations by the admin.
    void prepare(const QString& backend)
    {
        QVERIFY(m_cli.prepareDemo(backend));
        for (const char* jti : {"cli-audit-1", "cli-audit-2"}) {
            const CliRunner::Result revoked =
                m_cli.asAdmin({QStringLiteral("tokens"), QStringLiteral("revoke"),
                               QStringLiteral("--jti"), QString::fromLatin1(jti)});
            QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        }
    }

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void listFiltersInEveryFormat_data() { TestBackend::addColumns(); }
    void listFiltersInEveryFormat()
    {
        QFETCH(QString, backend);
        prepare(backend);
        if (QTest::currentTestFailed())
            return;
        const CliRunner::Result table = m_cli.asAdmin(audit({QStringLiteral("list")}));
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        // Signing in writes an entry too: the list's own is in it.
        const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), m_cli.count(QStringLiteral("audit_log")) + 1);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("TIME ")), qPrintable(lines.at(0)));
        // Newest first: that sign-in; the demo's entry names no account.
        QVERIFY2(lines.at(1).contains(QStringLiteral(" admin ")) &&
                     lines.at(1).contains(QStringLiteral(" account.sign_in ")),
                 qPrintable(lines.at(1)));
        QVERIFY2(
            table.out.contains(QRegularExpression(QStringLiteral("\\(system\\) +demo\\.fill"))),
            qPrintable(table.out));

        const QStringList revocations = {QStringLiteral("list"), QStringLiteral("--action"),
                                         QStringLiteral("token.revoke")};
        for (const QStringList& asJson :
             {QStringList{QStringLiteral("--json")},
              QStringList{QStringLiteral("--format"), QStringLiteral("json")}}) {
            const CliRunner::Result json = m_cli.asAdmin(audit(revocations + asJson));
            QVERIFY2(json.exitCode == 0, qPrintable(json.err));
            const QJsonArray rows = parsedArray(json.out);
            QCOMPARE(rows.size(), 2);
            const QJsonObject newest = rows.at(0).toObject();
            QCOMPARE(newest.value(QStringLiteral("account")).toString(), QStringLiteral("admin"));
            QCOMPARE(newest.value(QStringLiteral("entity")).toString(),
                     QStringLiteral("revoked_token"));
            QCOMPARE(newest.value(QStringLiteral("details"))
                         .toObject()
                         .value(QStringLiteral("new"))
                         .toObject()
                         .value(QStringLiteral("jti"))
                         .toString(),
                     QStringLiteral("cli-audit-2"));
            QVERIFY(rows.at(0).toObject().value(QStringLiteral("id")).toInteger() >
                    rows.at(1).toObject().value(QStringLiteral("id")).toInteger());
        }

        // By account, and by time.
        const CliRunner::Result byAdmin =
            m_cli.asAdmin(audit({QStringLiteral("list"), QStringLiteral("--actor"),
                                 QStringLiteral("ADMIN"), QStringLiteral("--entity"),
                                 QStringLiteral("revoked_token"), QStringLiteral("--json")}));
        QVERIFY2(byAdmin.exitCode == 0, qPrintable(byAdmin.err));
        QCOMPARE(parsedArray(byAdmin.out).size(), 2);
        const QString future = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
        const CliRunner::Result none = m_cli.asAdmin(audit(
            {QStringLiteral("list"), QStringLiteral("--since"), future, QStringLiteral("--json")}));
        QVERIFY2(none.exitCode == 0, qPrintable(none.err));
        QCOMPARE(parsedArray(none.out).size(), 0);
        const CliRunner::Result untilThen = m_cli.asAdmin(audit(
            {QStringLiteral("list"), QStringLiteral("--until"), future, QStringLiteral("--json")}));
        // Every entry, this call's sign-in too.
        QCOMPARE(parsedArray(untilThen.out).size(), m_cli.count(QStringLiteral("audit_log")));
        const CliRunner::Result nobody = m_cli.asAdmin(
            audit({QStringLiteral("list"), QStringLiteral("--actor"), QStringLiteral("nobody")}));
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY2(nobody.err.contains(QStringLiteral("There is no account 'nobody'")),
                 qPrintable(nobody.err));

        const CliRunner::Result csv = m_cli.asAdmin(
            audit(revocations + QStringList{QStringLiteral("--limit"), QStringLiteral("1"),
                                            QStringLiteral("--format"), QStringLiteral("csv")}));
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        const QList<QStringList> records = TestCsv::records(csv.rawOut);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).join(QLatin1Char(',')),
                 QStringLiteral("Time (UTC),Actor,Action,Entity,Entity id,Details"));
        QCOMPARE(records.at(1).mid(1, 3).join(QLatin1Char(',')),
                 QStringLiteral("admin,token.revoke,revoked_token"));
        QVERIFY(records.at(1).at(5).contains(QStringLiteral("cli-audit-2")));
    }

    void exportWritesTheFileOrStandardOutput_data() { TestBackend::addColumns(); }
    void exportWritesTheFileOrStandardOutput()
    {
        QFETCH(QString, backend);
        prepare(backend);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        const QStringList filter = {QStringLiteral("--entity"), QStringLiteral("revoked_token")};

        const CliRunner::Result toFile = m_cli.asAdmin(audit(
            QStringList{QStringLiteral("export"), QStringLiteral("--output"), path} + filter));
        QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
        QCOMPARE(toFile.out, QStringLiteral("Audit log written to %1.\n").arg(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> records = TestCsv::records(written);
        QCOMPARE(records.size(), 3);
        QVERIFY(records.at(1).at(5).contains(QStringLiteral("cli-audit-2")));
        QVERIFY(records.at(2).at(5).contains(QStringLiteral("cli-audit-1")));

        // The same bytes on standard output, and from list --format csv.
        const CliRunner::Result toOutput = m_cli.asAdmin(audit(
            QStringList{QStringLiteral("export"), QStringLiteral("--output"), QStringLiteral("-")} +
            filter));
        QVERIFY2(toOutput.exitCode == 0, qPrintable(toOutput.err));
        QCOMPARE(toOutput.rawOut, written);
        const CliRunner::Result listed = m_cli.asAdmin(audit(
            QStringList{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")} +
            filter));
        QCOMPARE(listed.rawOut, written);

        const CliRunner::Result unwritable =
            m_cli.asAdmin(audit({QStringLiteral("export"), QStringLiteral("--output"),
                                 dir.filePath(QStringLiteral("missing/audit.csv"))}));
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(unwritable.err), qPrintable(unwritable.err));
        QVERIFY2(unwritable.err.contains(QStringLiteral("cannot write ")),
                 qPrintable(unwritable.err));
    }

    void onlySuperAdminsReadIt_data() { TestBackend::addColumns(); }
    void onlySuperAdminsReadIt()
    {
        QFETCH(QString, backend);
        QVERIFY(m_cli.prepareDemo(backend));
        const QStringList refusedCalls[] = {
            {QStringLiteral("list")},
            {QStringLiteral("export"), QStringLiteral("--output"), QStringLiteral("-")}};
        for (const QStringList& call : refusedCalls) {
            const CliRunner::Result refused =
                m_cli.as(QStringLiteral("captain"),
                         CliRunner::demoPassword(QStringLiteral("captain")), audit(call));
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(CliRunner::isOneErrorLine(refused.err), qPrintable(refused.err));
            QVERIFY2(refused.err.contains(QStringLiteral("may not do this")),
                     qPrintable(refused.err));
            QVERIFY(refused.out.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(tst_CliAudit)
#include "tst_cliaudit.moc"
