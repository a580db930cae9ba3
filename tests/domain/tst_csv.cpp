#include "CsvReader.h"
#include "CsvWriter.h"
#include "InputLimits.h"

#include <QTest>

using Records = QList<QStringList>;
using Lines = QList<int>;

// A record written as UTF-8 C strings.
QStringList f(std::initializer_list<const char*> fields)
{
    QStringList list;
    for (const char* field : fields)
        list << QString::fromUtf8(field);
    return list;
}

class tst_Csv : public QObject {
    Q_OBJECT

private:
    // Every record, or stops at the reader's error.
    static std::pair<Records, Lines> readAll(CsvReader& reader)
    {
        Records records;
        Lines lines;
        CsvRecord record;
        while (reader.next(&record)) {
            records << record.fields;
            lines << record.line;
        }
        return {records, lines};
    }

private Q_SLOTS:
    void read_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Records>("records");
        QTest::addColumn<Lines>("lines");
        const QString ar = QStringLiteral("أحمد");
        const QString emoji = QStringLiteral("😀 Ali");
        QTest::newRow("LF") << QByteArray("a,b,c\n1,2,3\n")
                            << Records{f({"a", "b", "c"}), f({"1", "2", "3"})} << Lines{1, 2};
        QTest::newRow("no final line break")
            << QByteArray("a,b\n1,2") << Records{f({"a", "b"}), f({"1", "2"})} << Lines{1, 2};
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n")
                              << Records{f({"a", "b"}), f({"1", "2"})} << Lines{1, 2};
        QTest::newRow("lone CR ends a record")
            << QByteArray("a,b\r1,2\r") << Records{f({"a", "b"}), f({"1", "2"})} << Lines{1, 2};
        QTest::newRow("quoted comma")
            << QByteArray("\"a,b\",c\n") << Records{f({"a,b", "c"})} << Lines{1};
        QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n")
                                        << Records{f({"say \"hi\"", "\""})} << Lines{1};
        QTest::newRow("embedded LF")
            << QByteArray("\"line1\nline2\",x\ny,z\n")
            << Records{f({"line1\nline2", "x"}), f({"y", "z"})} << Lines{1, 3};
        QTest::newRow("embedded CRLF kept as written")
            << QByteArray("\"one\r\ntwo\r\nthree\",x\r\ny,z\r\n")
            << Records{f({"one\r\ntwo\r\nthree", "x"}), f({"y", "z"})} << Lines{1, 4};
        QTest::newRow("empty fields") << QByteArray(",,\n") << Records{f({"", "", ""})} << Lines{1};
        QTest::newRow("trailing comma")
            << QByteArray("a,\nb,\r\n") << Records{f({"a", ""}), f({"b", ""})} << Lines{1, 2};
        QTest::newRow("empty quoted field")
            << QByteArray("\"\",x,\"\"") << Records{f({"", "x", ""})} << Lines{1};
        QTest::newRow("spaces are data")
            << QByteArray(" a , b \n") << Records{f({" a ", " b "})} << Lines{1};
        QTest::newRow("quoted commas, quotes and SQL")
            << QByteArray("\"x'); DROP TABLE employee; --\",\"a \"\"b\"\", c\"\n")
            << Records{f({"x'); DROP TABLE employee; --", "a \"b\", c"})} << Lines{1};
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFid,name\r\n1,x\r\n")
                             << Records{f({"id", "name"}), f({"1", "x"})} << Lines{1, 2};
        QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << Records{} << Lines{};
        QTest::newRow("empty") << QByteArray() << Records{} << Lines{};
        QTest::newRow("blank lines skipped")
            << QByteArray("a\n\n\r\nb\n\n") << Records{f({"a"}), f({"b"})} << Lines{1, 4};
        // A leading quote that guards a formula character (see CsvWriter) is taken off; any
        // other leading quote is data.
        QTest::newRow("guarded formulas")
            << QByteArray("'=SUM(A1),'+1,'-5,'@x,'\tx,\"'=1,2\",\"'\rx\"\n")
            << Records{f({"=SUM(A1)", "+1", "-5", "@x", "\tx", "=1,2", "\rx"})} << Lines{1};
        QTest::newRow("guarded quotes")
            << QByteArray("''=y,'''-z\n") << Records{f({"'=y", "''-z"})} << Lines{1};
        QTest::newRow("other quotes are data")
            << QByteArray("'abc,',x'=,'' ,=bare,-1\n")
            << Records{f({"'abc", "'", "x'=", "'' ", "=bare", "-1"})} << Lines{1};
        QTest::newRow("Arabic and emoji")
            << QString(ar + QLatin1Char(',') + emoji + QStringLiteral("\n\"") + emoji +
                       QStringLiteral(", ") + ar + QStringLiteral("\"\n"))
                   .toUtf8()
            << Records{{ar, emoji}, {emoji + QStringLiteral(", ") + ar}} << Lines{1, 2};
    }
    void read()
    {
        QFETCH(QByteArray, input);
        QFETCH(Records, records);
        QFETCH(Lines, lines);
        CsvReader reader(input);
        const auto [read, readLines] = readAll(reader);
        QCOMPARE(reader.error(), QString());
        QCOMPARE(reader.errorLine(), 0);
        QCOMPARE(read, records);
        QCOMPARE(readLines, lines);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("recordsBefore");
        QTest::addColumn<QString>("mention");
        QTest::newRow("unterminated quote")
            << QByteArray("a,b\r\nc,d\r\ne,\"never closed\r\nmore\r\nand more\r\n") << 3 << 2
            << QStringLiteral("not closed");
        QTest::newRow("unterminated after an embedded line break")
            << QByteArray("\"two\nlines\",x\n\"open") << 3 << 1 << QStringLiteral("not closed");
        QTest::newRow("text after the closing quote")
            << QByteArray("a\n\"abc\"def\n") << 2 << 1 << QStringLiteral("closing quote");
        QTest::newRow("quote inside an unquoted field")
            << QByteArray("a\nb\n5'11\",x\n") << 3 << 2 << QStringLiteral("enclosed in quotes");
        QTest::newRow("invalid UTF-8")
            << QByteArray("ok,1\n\xff\xfe,2\nok,3\n") << 2 << 1 << QStringLiteral("UTF-8");
        QTest::newRow("field too long")
            << (QByteArray("a\nb,") + QByteArray(InputLimits::maxCsvFieldLength + 1, 'x')) << 2 << 1
            << QStringLiteral("field 2 has 4097 characters; at most 4096");
        QTest::newRow("quoted field too long")
            << (QByteArray("a\n\"") + QByteArray(InputLimits::maxCsvFieldLength, '\n') +
                QByteArray("x\""))
            << 2 << 1 << QStringLiteral("at most 4096");
        QTest::newRow("truncated UTF-8 at the end")
            << QByteArray("ok\nok\n\xd8") << 3 << 2 << QStringLiteral("UTF-8");
    }
    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(int, recordsBefore);
        QFETCH(QString, mention);
        CsvReader reader(input);
        const auto [read, readLines] = readAll(reader);
        QCOMPARE(read.size(), recordsBefore);
        QCOMPARE(reader.errorLine(), line);
        QVERIFY2(reader.error().contains(QStringLiteral("Line %1").arg(line)),
                 qPrintable(reader.error()));
        QVERIFY2(reader.error().contains(mention), qPrintable(reader.error()));
        // Once failed, it stays failed.
        CsvRecord record;
        QVERIFY(!reader.next(&record));
    }

    void fieldAtTheLimitIsRead()
    {
        const QString longest(InputLimits::maxCsvFieldLength, QChar(0x0639));
        CsvReader reader(QStringLiteral("a,%1\n").arg(longest).toUtf8());
        const auto [read, lines] = readAll(reader);
        QCOMPARE(reader.error(), QString());
        QCOMPARE(read, (Records{{QStringLiteral("a"), longest}}));
    }

    void fileTooLargeIsNotRead()
    {
        QByteArray file("a,b\n");
        file.append(InputLimits::maxCsvBytes + 1 - file.size(), 'x');
        CsvReader reader(file);
        const auto [read, lines] = readAll(reader);
        QVERIFY(read.isEmpty());
        QVERIFY2(reader.error().contains(QStringLiteral("larger than 64 MiB")),
                 qPrintable(reader.error()));
        QCOMPARE(reader.errorLine(), 0);
    }

    void encodeField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("plain") << QStringLiteral("Ali") << QStringLiteral("Ali");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces kept bare") << QStringLiteral(" a b ") << QStringLiteral(" a b ");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("5'11\"") << QStringLiteral("\"5'11\"\"\"");
        QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("CR") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("Arabic") << QStringLiteral("محمد") << QStringLiteral("محمد");
        // Spreadsheet programs run a cell starting with one of = + - @ TAB CR as a formula; a
        // leading quote makes it text. A value already written that way gets one more quote,
        // so that reading always takes exactly one off.
        QTest::newRow("=") << QStringLiteral("=SUM(A1)") << QStringLiteral("'=SUM(A1)");
        QTest::newRow("+") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("-") << QStringLiteral("-5") << QStringLiteral("'-5");
        QTest::newRow("@") << QStringLiteral("@x") << QStringLiteral("'@x");
        QTest::newRow("TAB") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("leading CR") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
        QTest::newRow("formula with commas")
            << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
            << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("quote and =") << QStringLiteral("'=y") << QStringLiteral("''=y");
        QTest::newRow("quotes and -") << QStringLiteral("''-z") << QStringLiteral("'''-z");
        QTest::newRow("quote alone") << QStringLiteral("'") << QStringLiteral("'");
        QTest::newRow("quote and text") << QStringLiteral("'abc") << QStringLiteral("'abc");
        QTest::newRow("= inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("space first") << QStringLiteral(" =x") << QStringLiteral(" =x");
    }
    void encodeField()
    {
        QFETCH(QString, value);
        QFETCH(QString, encoded);
        QCOMPARE(CsvWriter::encodeField(value), encoded);
    }

    void writerWritesCrlfAndOptionalBom()
    {
        CsvWriter plain;
        plain.writeRecord({QStringLiteral("id"), QStringLiteral("name")});
        plain.writeRecord({QStringLiteral("1"), QStringLiteral("علي, \"Ali\"")});
        QCOMPARE(plain.data(), QStringLiteral("id,name\r\n1,\"علي, \"\"Ali\"\"\"\r\n").toUtf8());
        CsvWriter bom(CsvWriter::ByteOrderMark::With);
        QCOMPARE(bom.data(), QByteArray("\xEF\xBB\xBF"));
        bom.writeRecord({QStringLiteral("x")});
        QCOMPARE(bom.data(), QByteArray("\xEF\xBB\xBFx\r\n"));
    }

    void writtenRecordsReadBackUnchanged()
    {
        const Records records = {
            {QStringLiteral("id"), QStringLiteral("name_en"), QStringLiteral("name_ar")},
            {QStringLiteral("1"), QStringLiteral("O'Brien, \"Pat\""), QStringLiteral("بات")},
            {QStringLiteral("2"), QStringLiteral("two\nlines\r\nand CRLF"), QString()},
            {QStringLiteral("3"), QStringLiteral("🎉 emoji 👩‍💻"),
             QStringLiteral(" ,\",")},
            {QString(), QString(), QString()},
            {QStringLiteral("=SUM(A1)"), QStringLiteral("-5"), QStringLiteral("@x")},
            {QStringLiteral("'=y"), QStringLiteral("+1,2"), QStringLiteral("\tz")},
            {QStringLiteral("''-z"), QStringLiteral("'"), QStringLiteral("'abc")},
        };
        CsvWriter writer(CsvWriter::ByteOrderMark::With);
        for (const QStringList& r : records)
            writer.writeRecord(r);
        CsvReader reader(writer.data());
        const auto [read, lines] = readAll(reader);
        QCOMPARE(reader.error(), QString());
        QCOMPARE(read, records);
        QCOMPARE(lines, (Lines{1, 2, 3, 6, 7, 8, 9, 10}));
    }

    // Found by fuzzing: a written record must not read back as a blank line (skipped) or lose
    // a leading U+FEFF to the byte order mark check.
    void edgeRecordsReadBackUnchanged_data()
    {
        QTest::addColumn<Records>("records");
        QTest::addColumn<CsvWriter::ByteOrderMark>("bom");
        const QString feff(QChar(0xFEFF));
        const QList<std::pair<const char*, Records>> cases = {
            {"a lone empty field", Records{{QString()}}},
            {"a lone empty field between others",
             Records{{QStringLiteral("a")}, {QString()}, {QStringLiteral("b")}}},
            {"U+FEFF starts the first field", Records{{feff + QStringLiteral("a"), feff}}},
            {"U+FEFF alone", Records{{feff}, {feff}}},
        };
        for (const auto& [name, records] : cases) {
            QTest::addRow("%s, without BOM", name) << records << CsvWriter::ByteOrderMark::Without;
            QTest::addRow("%s, with BOM", name) << records << CsvWriter::ByteOrderMark::With;
        }
    }
    void edgeRecordsReadBackUnchanged()
    {
        QFETCH(Records, records);
        QFETCH(CsvWriter::ByteOrderMark, bom);
        CsvWriter writer(bom);
        for (const QStringList& r : records)
            writer.writeRecord(r);
        CsvReader reader(writer.data());
        const auto [read, lines] = readAll(reader);
        QCOMPARE(reader.error(), QString());
        QCOMPARE(read, records);
    }
};

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_csv.moc"
