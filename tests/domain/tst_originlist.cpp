#include "InputLimits.h"
#include "OriginList.h"

#include <QTest>

class tst_OriginList : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseReportsEveryEntry()
    {
        const OriginList list = OriginList::parse(
            QStringLiteral(" https://a.example, http://b.example:8080 ,HTTPS://A.EXAMPLE:443/,,  "
                           ",ftp://c.example,https://d.example/app"));
        const QList<OriginList::Entry>& entries = list.entries();
        QCOMPARE(entries.size(), 5);

        QCOMPARE(entries[0].text, QStringLiteral("https://a.example"));
        QCOMPARE(entries[0].check.origin(), QStringLiteral("https://a.example"));
        QCOMPARE(entries[0].duplicateOf, -1);

        QCOMPARE(entries[1].text, QStringLiteral("http://b.example:8080"));
        QCOMPARE(entries[1].check.origin(), QStringLiteral("http://b.example:8080"));
        QCOMPARE(entries[1].duplicateOf, -1);

        QCOMPARE(entries[2].text, QStringLiteral("HTTPS://A.EXAMPLE:443/"));
        QCOMPARE(entries[2].check.origin(), QStringLiteral("https://a.example"));
        QCOMPARE(entries[2].duplicateOf, 0);

        QCOMPARE(entries[3].text, QStringLiteral("ftp://c.example"));
        QVERIFY(!entries[3].check.isOk());
        QCOMPARE(entries[3].check.part(), OriginCheck::Part::Scheme);
        QVERIFY(entries[3].check.error().contains(QStringLiteral("\"ftp\"")));
        QCOMPARE(entries[3].duplicateOf, -1);

        QCOMPARE(entries[4].check.part(), OriginCheck::Part::Path);
        QVERIFY(entries[4].check.error().contains(QStringLiteral("\"/app\"")));

        QVERIFY(list.hasRefused());
        QCOMPARE(list.origins(), (QStringList{QStringLiteral("https://a.example"),
                                              QStringLiteral("http://b.example:8080")}));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("origins");
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("refused");
        QTest::addColumn<int>("duplicates");
        const auto row = [](const char* name, const char* value, const QStringList& origins,
                            int entries, int refused, int duplicates) {
            QTest::newRow(name) << QString::fromUtf8(value) << origins << entries << refused
                                << duplicates;
        };
        const QString a = QStringLiteral("https://a.example");
        const QString b = QStringLiteral("http://b.example:8080");
        row("empty", "", {}, 0, 0, 0);
        row("only separators and spaces", " , ,,\t, ", {}, 0, 0, 0);
        row("one", "https://a.example", {a}, 1, 0, 0);
        row("two", "https://a.example,http://b.example:8080", {a, b}, 2, 0, 0);
        row("spaces and newlines around entries",
            "\n https://a.example ,\r\n http://b.example:8080\n", {a, b}, 2, 0, 0);
        row("trailing comma", "https://a.example,", {a}, 1, 0, 0);
        row("leading comma", ",https://a.example", {a}, 1, 0, 0);
        row("exact duplicate", "https://a.example,https://a.example", {a}, 2, 0, 1);
        row("duplicate after normalising",
            "https://a.example,HTTPS://a.example/,https://a.example:443", {a}, 3, 0, 2);
        row("idn duplicate", "https://faß.de,https://xn--fa-hia.de",
            {QStringLiteral("https://xn--fa-hia.de")}, 2, 0, 1);
        row("wildcard refused", "https://a.example,*", {a}, 2, 1, 0);
        row("space instead of comma", "https://a.example http://b.example:8080", {}, 1, 1, 0);
        row("semicolon instead of comma", "https://a.example;http://b.example", {}, 1, 1, 0);
        row("refused twice", "ftp://x,ftp://x", {}, 2, 2, 0);
        row("all refused", "example.com,https://a.example/app", {}, 2, 2, 0);
    }
    void parse()
    {
        QFETCH(QString, value);
        QFETCH(QStringList, origins);
        QFETCH(int, entries);
        QFETCH(int, refused);
        QFETCH(int, duplicates);
        const OriginList list = OriginList::parse(value);
        QCOMPARE(list.origins(), origins);
        QCOMPARE(list.entries().size(), entries);
        const auto count = [&](auto predicate) {
            return int(std::count_if(list.entries().cbegin(), list.entries().cend(), predicate));
        };
        QCOMPARE(count([](const OriginList::Entry& e) { return !e.check.isOk(); }), refused);
        QCOMPARE(count([](const OriginList::Entry& e) { return e.duplicateOf >= 0; }), duplicates);
        QCOMPARE(list.hasRefused(), refused > 0);
        for (qsizetype i = 0; i < list.entries().size(); ++i) {
            const OriginList::Entry& e = list.entries()[i];
            QVERIFY(!e.text.isEmpty());
            QCOMPARE(e.text, e.text.trimmed());
            if (e.duplicateOf >= 0) {
                QVERIFY(e.duplicateOf < i);
                QCOMPARE(list.entries()[e.duplicateOf].check.origin(), e.check.origin());
            }
        }
    }

    void format_data()
    {
        QTest::addColumn<QStringList>("origins");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QStringList() << QString();
        QTest::newRow("one") << QStringList{QStringLiteral("https://a.example")}
                             << QStringLiteral("https://a.example");
        QTest::newRow("sorted") << QStringList{QStringLiteral("https://b.example"),
                                               QStringLiteral("http://z.example"),
                                               QStringLiteral("https://a.example:8443"),
                                               QStringLiteral("https://a.example")}
                                << QStringLiteral("http://z.example,https://a.example,"
                                                  "https://a.example:8443,https://b.example");
    }
    void format()
    {
        QFETCH(QStringList, origins);
        QFETCH(QString, expected);
        QCOMPARE(OriginList::format(origins), expected);
    }

    // Correctness at size: every duplicate points at the first entry of its origin, however far
    // back (the dialog parses the whole value on every keystroke, so parse must stay linear;
    // the benchmark measures it).
    void hundredThousandEntries()
    {
        constexpr int distinct = 50000;
        QStringList parts;
        for (int i = 0; i < distinct; ++i)
            parts << QStringLiteral("https://h%1.example").arg(i);
        // The same origins again, written differently, in reverse, then a refused entry.
        for (int i = distinct - 1; i >= 0; --i)
            parts << QStringLiteral(" HTTPS://H%1.EXAMPLE:443/ ").arg(i);
        parts << QStringLiteral("ftp://x.example");
        const OriginList list = OriginList::parse(parts.join(u','));
        const QList<OriginList::Entry>& entries = list.entries();
        QCOMPARE(entries.size(), 2 * distinct + 1);
        for (int i = 0; i < distinct; ++i) {
            if (entries[i].duplicateOf != -1)
                QFAIL(qPrintable(QStringLiteral("entry %1 is not a duplicate").arg(i)));
            const OriginList::Entry& again = entries[2 * distinct - 1 - i];
            if (again.duplicateOf != i || again.check.origin() != entries[i].check.origin())
                QFAIL(qPrintable(QStringLiteral("entry %1 duplicates %2, not %3")
                                     .arg(2 * distinct - 1 - i)
                                     .arg(again.duplicateOf)
                                     .arg(i)));
        }
        QVERIFY(list.hasRefused());
        QCOMPARE(entries.last().duplicateOf, -1);
        const QStringList origins = list.origins();
        QCOMPARE(origins.size(), distinct);
        QCOMPARE(origins.first(), QStringLiteral("https://h0.example"));
        QCOMPARE(origins.last(), QStringLiteral("https://h49999.example"));
    }

    void checkSizeNamesTheLimit()
    {
        QStringList entries(InputLimits::maxOriginEntries, QStringLiteral("https://a.example"));
        QCOMPARE(OriginList::checkSize(entries.join(u',') + QStringLiteral(",, ,")), QString());
        entries << QStringLiteral("https://b.example");
        QCOMPARE(OriginList::checkSize(entries.join(u',')),
                 QStringLiteral("The value has 10001 entries; at most 10000 are taken."));
        const QString longest(InputLimits::maxOriginsValueLength, QLatin1Char(','));
        QCOMPARE(OriginList::checkSize(longest), QString());
        QCOMPARE(OriginList::checkSize(longest + QLatin1Char(' ')),
                 QStringLiteral("The value has 1048577 characters; at most 1048576 are taken."));
    }

    void formatThenParseRoundTrips()
    {
        const QStringList stored{QStringLiteral("https://xn--fa-hia.de"),
                                 QStringLiteral("http://[::1]:3000"),
                                 QStringLiteral("https://a.example")};
        const QString value = OriginList::format(stored);
        const OriginList list = OriginList::parse(value);
        QVERIFY(!list.hasRefused());
        QStringList sorted = stored;
        sorted.sort();
        QCOMPARE(list.origins(), sorted);
        QCOMPARE(OriginList::format(list.origins()), value);
    }
};

QTEST_GUILESS_MAIN(tst_OriginList)
#include "tst_originlist.moc"
