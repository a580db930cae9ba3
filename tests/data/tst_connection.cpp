#include "Await.h"
#include "Connection.h"
#include "Database.h"
#include "TestBackend.h"

#include <QTest>
#include <QTimeZone>

#include <memory>

// Connection's own helpers: reading SQLite's stored timestamps, and multi-row inserts.
class tst_Connection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void storedTimestampsAreReadAsUtc_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const auto utc = [](int ms) {
            return QDateTime(QDate(2031, 12, 30), QTime(23, 58, 7, ms), QTimeZone::utc());
        };
        QTest::newRow("six digits") << QStringLiteral("2031-12-30 23:58:07.123456") << utc(123);
        QTest::newRow("three digits") << QStringLiteral("2031-12-30 23:58:07.120") << utc(120);
        QTest::newRow("one digit") << QStringLiteral("2031-12-30 23:58:07.4") << utc(400);
        QTest::newRow("no fraction") << QStringLiteral("2031-12-30 23:58:07") << utc(0);
        QTest::newRow("no day") << QStringLiteral("2031-02-30 23:58:07") << QDateTime();
        QTest::newRow("T") << QStringLiteral("2031-12-30T23:58:07.123456") << QDateTime();
        QTest::newRow("zone") << QStringLiteral("2031-12-30 23:58:07.123+00") << QDateTime();
        QTest::newRow("empty fraction") << QStringLiteral("2031-12-30 23:58:07.") << QDateTime();
        QTest::newRow("letters") << QStringLiteral("2031-12-3x 23:58:07") << QDateTime();
        QTest::newRow("short") << QStringLiteral("2031-12-30") << QDateTime();
    }
    void storedTimestampsAreReadAsUtc()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime read = Connection::fromDb(text);
        QCOMPARE(read.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(read, expected);
            QCOMPARE(read.offsetFromUtc(), 0);
        }
    }

    void timestampsSurviveTheRoundTrip()
    {
        const Connection sqlite(ConnectionSettings::sqliteFile(QStringLiteral("unused.db")),
                                QStringLiteral("tst-connection-roundtrip"));
        const QDateTime at(QDate(1999, 1, 2), QTime(3, 4, 5, 6), QTimeZone::utc());
        QCOMPARE(Connection::fromDb(sqlite.toDb(at)), at);
        QCOMPARE(Connection::fromDb(sqlite.toDb(at.toOffsetFromUtc(3600))), at);
    }

    // Every row with its values as they were (quotes, backslashes, NULLs beside the text "NULL",
    // timestamps to the millisecond): on PostgreSQL in slices of 500 rows (1,001 = 2 *
    // 500 + 1), on SQLite in chunks of 64, 16, 4 and 1 rows (1,001 = 15 * 64 + 2 * 16 + 2 * 4 + 1).
    void insertRowsWritesEveryRowInFewStatements_data() { TestBackend::addColumns(); }
    void insertRowsWritesEveryRowInFewStatements()
    {
        QFETCH(QString, backend);
        TestBackend fresh;
        Database db(fresh.fresh(backend));
        auto migrated = db.migrate();
        AWAIT_OK(migrated);
        constexpr int rows = 1001;
        const QString tricky = QStringLiteral("O'Brien \"x\" \\ ؟ 🍲");
        const QDateTime at(QDate(2026, 3, 4), QTime(5, 6, 7, 89), QTimeZone::utc());
        auto written = db.write([&db, tricky, at](Connection& c) {
            QList<QVariantList> values;
            for (int i = 1; i <= rows; ++i)
                values.append({i, i == 7 ? tricky : QStringLiteral("Department %1").arg(i),
                               i == 9  ? QStringLiteral("NULL")
                               : i % 2 ? QStringLiteral("قسم")
                                       : QStringLiteral("ب"),
                               i > 1 ? QVariant(1) : QVariant(), c.toDb(at.addSecs(i))});
            const qint64 before = db.statementsSent();
            c.insertRows(QStringLiteral("department"),
                         {{QStringLiteral("id"), QStringLiteral("bigint")},
                          {QStringLiteral("name_en"), QStringLiteral("text")},
                          {QStringLiteral("name_ar"), QStringLiteral("text")},
                          {QStringLiteral("parent_id"), QStringLiteral("bigint")},
                          {QStringLiteral("updated_at"), QStringLiteral("timestamptz")}},
                         values);
            const qint64 sent = db.statementsSent() - before;
            Statement q = c.exec(QStringLiteral(
                "SELECT count(*), count(DISTINCT id), min(id), max(id), count(DISTINCT name_ar), "
                "count(parent_id), (SELECT name_en FROM department WHERE id = 7), "
                "(SELECT updated_at FROM department WHERE id = 7) FROM department"));
            q.next();
            return QVariantList{sent,
                                q.value(0).toLongLong(),
                                q.value(1).toLongLong(),
                                q.value(2).toLongLong(),
                                q.value(3).toLongLong(),
                                q.value(4).toLongLong(),
                                q.value(5).toLongLong(),
                                q.value(6).toString(),
                                Connection::fromDb(q.value(7))};
        });
        AWAIT_OK(written);
        QCOMPARE(written.result(),
                 (QVariantList{qint64(backend == QLatin1String("postgresql") ? 3 : 20),
                               qint64(rows), qint64(rows), qint64(1), qint64(rows), qint64(3),
                               qint64(rows - 1), tricky, at.addSecs(7)}));
    }
};

QTEST_GUILESS_MAIN(tst_Connection)
#include "tst_connection.moc"
