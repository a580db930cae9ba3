#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_CliOrigins : public QObject {
    Q_OBJECT

private:
    CliRunner m_cli;

    CliRunner::Result origins(const QStringList& arguments, const QByteArray& input = {}) const
    {
        return m_cli.asAdmin(QStringList{QStringLiteral("origins")} + arguments, input);
    }

    // The stored origins, sorted, read by `origins list --json`.
    QStringList listed(const QStringList& filter = {})
    {
        const CliRunner::Result list =
            origins(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + filter);
        if (list.exitCode != 0)
            return {QStringLiteral("failed: ") + list.err};
        QStringList result;
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        for (const auto& row : rows)
            result << row.toObject().value(QStringLiteral("origin")).toString();
        return result;
    }

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void addDisableEnableTestRemove_data() { TestBackend::addColumns(); }
    void addDisableEnableTestRemove()
    {
        QFETCH(QString, backend);
        QVERIFY(m_cli.prepareDemo(backend));
        const QString origin = QStringLiteral("https://example.com");

        const CliRunner::Result added =
            origins({QStringLiteral("add"), QStringLiteral("HTTPS://Example.COM:443/"),
                     QStringLiteral("--note"), QStringLiteral("the shop")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(added.out, QStringLiteral("Added https://example.com\n"));
        QCOMPARE(m_cli.scalar(QStringLiteral("SELECT origin FROM allowed_origins")).toString(),
                 origin);

        const CliRunner::Result twice = origins({QStringLiteral("add"), origin});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(twice.err), qPrintable(twice.err));
        QVERIFY2(twice.err.contains(QStringLiteral("already in the list")), qPrintable(twice.err));
        const CliRunner::Result path =
            origins({QStringLiteral("add"), QStringLiteral("https://example.org/app")});
        QCOMPARE(path.exitCode, 1);
        QVERIFY2(path.err.contains(QStringLiteral("path")), qPrintable(path.err));
        QCOMPARE(m_cli.count(QStringLiteral("allowed_origins")), 1);

        const CliRunner::Result text = origins({QStringLiteral("list")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("ORIGIN ")), qPrintable(text.out));
        QVERIFY2(lines.at(1).startsWith(origin + QLatin1Char(' ')), qPrintable(text.out));
        QVERIFY2(lines.at(1).contains(QStringLiteral("the shop")), qPrintable(text.out));
        QCOMPARE(listed(), QStringList{origin});

        // Found by any form that normalises to it.
        const CliRunner::Result disabled =
            origins({QStringLiteral("disable"), QStringLiteral("https://EXAMPLE.com:443")});
        QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.err));
        QCOMPARE(listed({QStringLiteral("--inactive")}), QStringList{origin});
        QCOMPARE(listed({QStringLiteral("--active")}), QStringList());
        const CliRunner::Result refused = origins({QStringLiteral("test"), origin});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(refused.err.isEmpty());
        QVERIFY2(refused.out.startsWith(QStringLiteral("not allowed: https://example.com")),
                 qPrintable(refused.out));

        const CliRunner::Result enabled = origins({QStringLiteral("enable"), origin});
        QVERIFY2(enabled.exitCode == 0, qPrintable(enabled.err));
        const CliRunner::Result allowed = origins({QStringLiteral("test"), origin});
        QCOMPARE(allowed.exitCode, 0);
        QCOMPARE(allowed.out, QStringLiteral("allowed: https://example.com\n"));
        // Not what a browser sends: refused, with the hint.
        const CliRunner::Result typed =
            origins({QStringLiteral("test"), QStringLiteral("HTTPS://example.com"),
                     QStringLiteral("--json")});
        QCOMPARE(typed.exitCode, 3);
        const QJsonObject verdict = QJsonDocument::fromJson(typed.out.toUtf8()).object();
        QCOMPARE(verdict.value(QStringLiteral("allowed")).toBool(true), false);
        QVERIFY2(verdict.value(QStringLiteral("hint"))
                     .toString()
                     .contains(QStringLiteral("browsers send https://example.com, which is "
                                              "allowed")),
                 qPrintable(typed.out));
        QCOMPARE(m_cli.count(QStringLiteral("audit_log"), QStringLiteral("action IN (?, ?, ?)"),
                             {QStringLiteral("origin.add"), QStringLiteral("origin.disable"),
                              QStringLiteral("origin.enable")}),
                 3);

        const CliRunner::Result removed = origins({QStringLiteral("remove"), origin});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(m_cli.count(QStringLiteral("allowed_origins")), 0);
        const CliRunner::Result gone = origins({QStringLiteral("remove"), origin});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(gone.err), qPrintable(gone.err));
        QVERIFY2(gone.err.contains(QStringLiteral("1 of 1 refused")), qPrintable(gone.err));
        QCOMPARE(gone.out, QStringLiteral("0 done, 1 refused:\n- https://example.com is not in "
                                          "the allowed origins\n"));
    }

    // Several origins, by id or in any form, in one call: one audit row each; those refused are
    // printed with why and make the exit code 1, the others are changed all the same.
    void severalInOneCall_data() { TestBackend::addColumns(); }
    void severalInOneCall()
    {
        QFETCH(QString, backend);
        QVERIFY(m_cli.prepareDemo(backend));
        const QStringList all = listed();
        const QStringList added = {QStringLiteral("https://a.example"),
                                   QStringLiteral("https://b.example"),
                                   QStringLiteral("https://c.example")};
        for (const QString& origin : added)
            QVERIFY(origins({QStringLiteral("add"), origin}).exitCode == 0);
        const QString bId =
            m_cli
                .scalar(QStringLiteral("SELECT id FROM allowed_origins WHERE origin = ?"),
                        {QStringLiteral("https://b.example")})
                .toString();

        const CliRunner::Result disabled =
            origins({QStringLiteral("disable"), QStringLiteral("HTTPS://A.example:443"), bId,
                     QStringLiteral("https://c.example"), QStringLiteral("--json")});
        QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.err));
        const QJsonObject result = QJsonDocument::fromJson(disabled.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("done")).toArray().size(), 3);
        QCOMPARE(result.value(QStringLiteral("refused")).toArray(), QJsonArray());
        QStringList inactive = listed({QStringLiteral("--inactive")});
        for (const QString& origin : added)
            QVERIFY2(inactive.contains(origin), qPrintable(inactive.join(u' ')));
        QCOMPARE(m_cli.count(QStringLiteral("audit_log"), QStringLiteral("action = ?"),
                             {QStringLiteral("origin.disable")}),
                 3);

        // An origin not in the list and an id that is none: refused, the others enabled.
        const CliRunner::Result mixed =
            origins({QStringLiteral("enable"), QStringLiteral("https://a.example"),
                     QStringLiteral("https://missing.example"), QStringLiteral("999999"), bId});
        QCOMPARE(mixed.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(mixed.err), qPrintable(mixed.err));
        QVERIFY2(mixed.err.contains(QStringLiteral("2 of 4 refused")), qPrintable(mixed.err));
        QVERIFY2(mixed.out.startsWith(QStringLiteral("2 done, 2 refused:\n")),
                 qPrintable(mixed.out));
        QVERIFY2(mixed.out.contains(QStringLiteral("- https://missing.example is not in the "
                                                   "allowed origins")),
                 qPrintable(mixed.out));
        QVERIFY2(mixed.out.contains(QStringLiteral("999999")), qPrintable(mixed.out));
        inactive = listed({QStringLiteral("--inactive")});
        QVERIFY(!inactive.contains(added.at(0)) && !inactive.contains(added.at(1)));
        QVERIFY(inactive.contains(added.at(2)));

        const CliRunner::Result removed =
            origins({QStringLiteral("remove"), QStringLiteral("https://a.example"), bId,
                     QStringLiteral("https://c.example")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(removed.out, QStringLiteral("3 done.\n"));
        QCOMPARE(listed(), all);

        // A bad argument is refused before anything changes, naming what is wrong.
        const CliRunner::Result bad = origins({QStringLiteral("remove"), QStringLiteral("0")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("ID: '0' is not an id")), qPrintable(bad.err));
    }

    void importIsAllOrNothingAndExports_data() { TestBackend::addColumns(); }
    void importIsAllOrNothingAndExports()
    {
        QFETCH(QString, backend);
        QVERIFY(m_cli.prepareDemo(backend));
        const QString value = QStringLiteral("https://a.example, ftp://bad.example, "
                                             "http://b.example:80");

        const CliRunner::Result refused = origins({QStringLiteral("import"), value});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(refused.err), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("nothing imported: 1 of 3 entries refused")),
                 qPrintable(refused.err));
        // The report names every entry, the refused one with its reason.
        const QStringList report = refused.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(report.size(), 5); // header, three entries, counts
        QVERIFY2(report.at(2).startsWith(QStringLiteral("ftp://bad.example")) &&
                     report.at(2).contains(QStringLiteral("refused")) &&
                     report.at(2).contains(QStringLiteral("scheme")),
                 qPrintable(refused.out));
        QCOMPARE(m_cli.count(QStringLiteral("allowed_origins")), 0);

        const CliRunner::Result skipped =
            origins({QStringLiteral("import"), value, QStringLiteral("--skip-invalid")});
        QVERIFY2(skipped.exitCode == 0, qPrintable(skipped.err));
        QVERIFY2(skipped.out.contains(QStringLiteral("2 added, 0 already present, 0 duplicate(s), "
                                                     "1 refused.")),
                 qPrintable(skipped.out));
        QCOMPARE(listed(), (QStringList{QStringLiteral("http://b.example"),
                                        QStringLiteral("https://a.example")}));

        // From standard input after the password line, as JSON.
        const CliRunner::Result piped = m_cli.withInput(
            {QStringLiteral("origins"), QStringLiteral("import"), QStringLiteral("-"),
             QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("admin")},
            CliRunner::demoPassword(QStringLiteral("admin")).toUtf8() +
                "\nhttps://c.example,https://A.example\n");
        QVERIFY2(piped.exitCode == 0, qPrintable(piped.err));
        const QJsonObject json = QJsonDocument::fromJson(piped.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("applied")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("added")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("already_present")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("entries")).toArray().size(), 2);

        // Everything refused or present: nothing imported even with --skip-invalid.
        const CliRunner::Result nothing =
            origins({QStringLiteral("import"), QStringLiteral("https://c.example,*"),
                     QStringLiteral("--skip-invalid")});
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY2(nothing.err.contains(QStringLiteral("nothing imported")), qPrintable(nothing.err));

        QVERIFY2(
            origins({QStringLiteral("disable"), QStringLiteral("https://c.example")}).exitCode == 0,
            "disable");
        const CliRunner::Result exported = origins({QStringLiteral("export")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(exported.out, QStringLiteral("http://b.example,https://a.example\n"));
    }

    // Control characters in the entries are escaped in the text report (nothing raw reaches the
    // terminal), a NUL does not cut it short; JSON keeps the exact text.
    void controlCharactersAreEscaped_data() { TestBackend::addColumns(); }
    void controlCharactersAreEscaped()
    {
        QFETCH(QString, backend);
        QVERIFY(m_cli.prepareDemo(backend));
        const QByteArray value = QByteArray("https://a.example,https://b\x1b[31m.example,"
                                            "https://c\x07.example,https://d") +
                                 QByteArray(1, '\0') + ".example,https://e.example\n";
        const QStringList arguments{QStringLiteral("origins"), QStringLiteral("import"),
                                    QStringLiteral("-"), QStringLiteral("--user"),
                                    QStringLiteral("admin")};
        const QByteArray password = CliRunner::demoPassword(QStringLiteral("admin")).toUtf8();
        const CliRunner::Result text = m_cli.withInput(arguments, password + '\n' + value);
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(text.err), qPrintable(text.err));
        for (const char c : text.rawOut)
            QVERIFY2(uchar(c) >= 0x20 || c == '\n', qPrintable(text.out));
        const QStringList report = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(report.size(), 7); // header, five entries, counts
        QVERIFY2(report.at(2).startsWith(QStringLiteral("https://b\\x1b[31m.example ")),
                 qPrintable(text.out));
        QVERIFY2(report.at(3).startsWith(QStringLiteral("https://c\\x07.example ")),
                 qPrintable(text.out));
        QVERIFY2(report.at(4).startsWith(QStringLiteral("https://d\\x00.example ")),
                 qPrintable(text.out));
        QVERIFY2(report.at(5).startsWith(QStringLiteral("https://e.example ")),
                 qPrintable(text.out));
        QCOMPARE(m_cli.count(QStringLiteral("allowed_origins")), 0);

        const CliRunner::Result json = m_cli.withInput(
            arguments + QStringList{QStringLiteral("--json")}, password + '\n' + value);
        const QJsonArray entries = QJsonDocument::fromJson(json.rawOut)
                                       .object()
                                       .value(QStringLiteral("entries"))
                                       .toArray();
        QCOMPARE(entries.size(), 5);
        QCOMPARE(entries.at(3).toObject().value(QStringLiteral("entry")).toString(),
                 QStringLiteral("https://d") + QChar(0) + QStringLiteral(".example"));
    }

    // Standard input is read up to a bound, then refused: a runaway pipe cannot fill memory.
    void oversizedInputIsRefused_data() { TestBackend::addColumns(); }
    void oversizedInputIsRefused()
    {
        QFETCH(QString, backend);
        QVERIFY(m_cli.prepareDemo(backend));
        const CliRunner::Result refused = m_cli.withInput(
            {QStringLiteral("origins"), QStringLiteral("import"), QStringLiteral("-"),
             QStringLiteral("--user"), QStringLiteral("admin")},
            CliRunner::demoPassword(QStringLiteral("admin")).toUtf8() + "\nhttps://a.example," +
                QByteArray(qsizetype{3} * 1024 * 1024, ' ') + "https://b.example\n");
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(CliRunner::isOneErrorLine(refused.err), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("more than 3 MiB")), qPrintable(refused.err));
        QCOMPARE(m_cli.count(QStringLiteral("allowed_origins")), 0);
    }
};

QTEST_GUILESS_MAIN(tst_CliOrigins)
#include "tst_cliorigins.moc"
