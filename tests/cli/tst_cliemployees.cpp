#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class tst_CliEmployees : public QObject {
    Q_OBJECT

private:
    CliRunner m_cli;
    QTemporaryDir m_files;

    CliRunner::Result employees(const QStringList& arguments) const
    {
        return m_cli.asAdmin(QStringList{QStringLiteral("employees")} + arguments);
    }

    QString write(const QString& name, const QByteArray& data)
    {
        QFile file(m_files.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            QTest::qFail("cannot write the CSV file", __FILE__, __LINE__);
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void exportImportRoundTrip_data() { TestBackend::addColumns(); }
    void exportImportRoundTrip()
    {
        QFETCH(QString, backend);
        QVERIFY(m_cli.prepareDemo(backend));
        const qint64 total = m_cli.count(QStringLiteral("employee"));
        QCOMPARE(total, 12);

        // The bytes as they are: UTF-8 with a byte order mark, CRLF, the import's columns.
        const CliRunner::Result exported = employees({QStringLiteral("export")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QByteArray csv = exported.rawOut;
        QVERIFY2(csv.startsWith("\xEF\xBB\xBF"
                                "id,code,name_en,name_ar,title,department_id,"
                                "department_name_en,department_name_ar,is_active\r\n"),
                 csv.left(80).constData());
        QCOMPARE(csv.count("\r\n"), total + 1);

        const QString file = write(QStringLiteral("all.csv"), csv);
        const CliRunner::Result same = employees({QStringLiteral("import"), file});
        QVERIFY2(same.exitCode == 0, qPrintable(same.err));
        QCOMPARE(same.out,
                 QStringLiteral("0 created, 0 updated, %1 unchanged, 0 refused.\n").arg(total));

        // One changed title and one new employee, on standard input after the password line.
        QList<QByteArray> lines = csv.split('\n');
        const QByteArray firstId = lines.at(1).left(lines.at(1).indexOf(','));
        QList<QByteArray> cells = lines.at(1).split(',');
        cells[4] = "Head Chef";
        lines[1] = cells.join(',');
        lines.insert(lines.size() - 1, "990001,990001,New Person,,Porter,,,,1\r");
        const QByteArray edited = lines.join('\n');
        const CliRunner::Result changed = m_cli.withInput(
            {QStringLiteral("employees"), QStringLiteral("import"), QStringLiteral("-"),
             QStringLiteral("--user"), QStringLiteral("admin")},
            CliRunner::demoPassword(QStringLiteral("admin")).toUtf8() + '\n' + edited);
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        QCOMPARE(changed.out,
                 QStringLiteral("1 created, 1 updated, %1 unchanged, 0 refused.\n").arg(total - 1));
        QCOMPARE(m_cli
                     .scalar(QStringLiteral("SELECT title FROM employee WHERE id = ?"),
                             {firstId.toLongLong()})
                     .toString(),
                 QStringLiteral("Head Chef"));
        QCOMPARE(m_cli.count(QStringLiteral("employee")), total + 1);

        // Exported again, the file is what was imported.
        const CliRunner::Result again = employees({QStringLiteral("export")});
        QCOMPARE(again.rawOut, edited);

        // A refused row: nothing changes, the report names its line and field.
        const QByteArray bad = edited + "990002,not-a-code,Someone,,,,,,1\r\n";
        const CliRunner::Result refused =
            employees({QStringLiteral("import"), write(QStringLiteral("bad.csv"), bad)});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(refused.err), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(
                     QStringLiteral("nothing imported: 1 of %1 rows refused").arg(total + 2)),
                 qPrintable(refused.err));
        const QStringList report = refused.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(report.size(), 3); // counts, header, the refused row
        QCOMPARE(report.at(0), QStringLiteral("0 created, 0 updated, 0 unchanged, 1 refused."));
        QVERIFY2(report.at(2).contains(QStringLiteral("990002")) &&
                     report.at(2).contains(QStringLiteral("code")),
                 qPrintable(refused.out));
        QCOMPARE(m_cli.count(QStringLiteral("employee")), total + 1);

        const CliRunner::Result missing =
            employees({QStringLiteral("import"), m_files.filePath(QStringLiteral("none.csv"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("cannot read")), qPrintable(missing.err));

        // A Requester may read employees but not import them.
        const CliRunner::Result requester = m_cli.as(
            QStringLiteral("requester"), CliRunner::demoPassword(QStringLiteral("requester")),
            {QStringLiteral("employees"), QStringLiteral("import"), file});
        QVERIFY(requester.exitCode != 0);
        QVERIFY2(requester.err.contains(QStringLiteral("Your role (Requester) may not do this")),
                 qPrintable(requester.err));
    }

    void listAndExportFilter_data() { TestBackend::addColumns(); }
    void listAndExportFilter()
    {
        QFETCH(QString, backend);
        QVERIFY(m_cli.prepareDemo(backend));
        const qint64 inactive =
            m_cli.count(QStringLiteral("employee"), QStringLiteral("is_active = ?"), {false});
        const qint64 active = m_cli.count(QStringLiteral("employee")) - inactive;

        const CliRunner::Result listed = employees(
            {QStringLiteral("list"), QStringLiteral("--active"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(rows.size(), active);
        for (const auto& row : rows)
            QCOMPARE(row.toObject().value(QStringLiteral("is_active")).toBool(), true);

        const CliRunner::Result exported =
            employees({QStringLiteral("export"), QStringLiteral("--inactive")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(exported.rawOut.count("\r\n"), inactive + 1);

        const qint64 department =
            m_cli.scalar(QStringLiteral("SELECT min(department_id) FROM employee")).toLongLong();
        const qint64 inDepartment = m_cli.count(QStringLiteral("employee"),
                                                QStringLiteral("department_id = ?"), {department});
        const CliRunner::Result byDepartment =
            employees({QStringLiteral("list"), QStringLiteral("--department"),
                       QString::number(department), QStringLiteral("--json")});
        QVERIFY2(byDepartment.exitCode == 0, qPrintable(byDepartment.err));
        QVERIFY(QJsonDocument::fromJson(byDepartment.out.toUtf8()).array().size() >= inDepartment);

        const CliRunner::Result limited =
            employees({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5")});
        QVERIFY2(limited.exitCode == 0, qPrintable(limited.err));
        const QStringList lines = limited.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QVERIFY2(lines.first().startsWith(QStringLiteral("ID ")), qPrintable(lines.first()));
    }

    // More rows than one page of the CLI's collector (500): every row once, in id order, and a
    // limit that ends inside a page stops exactly there.
    void listReadsEveryPage_data() { TestBackend::addColumns(); }
    void listReadsEveryPage()
    {
        QFETCH(QString, backend);
        QVERIFY(
            m_cli.prepareDemo(backend, {QStringLiteral("--employees"), QStringLiteral("1234")}));
        const qint64 total = m_cli.count(QStringLiteral("employee"));
        QCOMPARE(total, 1234);

        const CliRunner::Result all = employees({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        const QJsonArray rows = QJsonDocument::fromJson(all.out.toUtf8()).array();
        QCOMPARE(rows.size(), total);
        qint64 previous = 0;
        for (const auto& row : rows) {
            const qint64 id = row.toObject().value(QStringLiteral("id")).toInteger();
            QVERIFY2(id > previous,
                     qPrintable(QStringLiteral("id %1 after %2").arg(id).arg(previous)));
            previous = id;
        }

        const CliRunner::Result limited =
            employees({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("700"),
                       QStringLiteral("--json")});
        QVERIFY2(limited.exitCode == 0, qPrintable(limited.err));
        const QJsonArray first = QJsonDocument::fromJson(limited.out.toUtf8()).array();
        QCOMPARE(first.size(), 700);
        QCOMPARE(first.last().toObject().value(QStringLiteral("id")).toInteger(),
                 rows.at(699).toObject().value(QStringLiteral("id")).toInteger());
    }

    void deactivateSeveral_data() { TestBackend::addColumns(); }
    void deactivateSeveral()
    {
        QFETCH(QString, backend);
        QVERIFY(m_cli.prepareDemo(backend));
        const QString first =
            m_cli.scalar(QStringLiteral("SELECT min(id) FROM employee WHERE is_active = ?"), {true})
                .toString();
        const QString last =
            m_cli.scalar(QStringLiteral("SELECT max(id) FROM employee WHERE is_active = ?"), {true})
                .toString();
        QVERIFY(!first.isEmpty() && first != last);
        const CliRunner::Result result =
            m_cli.asAdmin({QStringLiteral("employees"), QStringLiteral("deactivate"), first, last,
                           QStringLiteral("987654321"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(result.err), qPrintable(result.err));
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("done")).toArray(), (QJsonArray{first, last}));
        const QJsonArray refused = json.value(QStringLiteral("refused")).toArray();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("987654321"));
        QCOMPARE(m_cli
                     .scalar(QStringLiteral("SELECT count(*) FROM employee WHERE id IN (?, ?) AND "
                                            "is_active = ?"),
                             {first, last, false})
                     .toInt(),
                 2);
    }
};

QTEST_GUILESS_MAIN(tst_CliEmployees)
#include "tst_cliemployees.moc"
