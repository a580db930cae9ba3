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

    // A new database of `backend` with MealDesk's schema; null (the test failed) if it could not
    // be made.
    std::unique_ptr<Database> migratedDatabase(const QString& backend)
    {
        auto db = std::make_unique<Database>(m_backend.fresh(backend));
        return succeeded(db->migrate()) ? std::move(db) : nullptr;
    }

    TestBackend m_backend;

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
        const std::unique_ptr<Database> migrated = migratedDatabase(backend);
        QVERIFY(migrated);
        Database& db = *migrated;
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

    // A row written by insertRows is stored as the same row written by one INSERT through
    // QtSql: the same values, and on SQLite the same storage class for each (an integer stays an
    // integer, a boolean is stored as 1, empty text is text, a null QString is NULL).
    void insertRowsStoresValuesAsOneInsertDoes_data() { TestBackend::addColumns(); }
    void insertRowsStoresValuesAsOneInsertDoes()
    {
        QFETCH(QString, backend);
        const std::unique_ptr<Database> migrated = migratedDatabase(backend);
        QVERIFY(migrated);
        Database& db = *migrated;
        const QDateTime at(QDate(2026, 3, 4), QTime(5, 6, 7, 89), QTimeZone::utc());
        auto written = db.write([at](Connection& c) {
            const auto row = [&c, at](qint64 id) {
                return QVariantList{id,
                                    qint64(900000000) + id,
                                    QStringLiteral("Nadia 🍲"),
                                    QString(),
                                    QString(QLatin1String("")),
                                    QVariant(),
                                    true,
                                    c.toDb(at)};
            };
            const QList<Connection::Column> columns{
                {QStringLiteral("id"), QStringLiteral("bigint")},
                {QStringLiteral("code"), QStringLiteral("bigint")},
                {QStringLiteral("name_en"), QStringLiteral("text")},
                {QStringLiteral("name_ar"), QStringLiteral("text")},
                {QStringLiteral("title"), QStringLiteral("text")},
                {QStringLiteral("department_id"), QStringLiteral("bigint")},
                {QStringLiteral("is_active"), QStringLiteral("boolean")},
                {QStringLiteral("updated_at"), QStringLiteral("timestamptz")}};
            c.exec(QStringLiteral("INSERT INTO employee (id, code, name_en, name_ar, title, "
                                  "department_id, is_active, updated_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   row(1));
            c.insertRows(QStringLiteral("employee"), columns, {row(2)});
            QStringList fields;
            for (const auto& [name, type] : columns) {
                if (name == QLatin1String("id") || name == QLatin1String("code"))
                    continue;
                fields << (c.isPostgres() ? QStringLiteral("CAST(%1 AS text)").arg(name)
                                          : QStringLiteral("typeof(%1) || ':' || %1").arg(name));
            }
            QList<QVariantList> stored;
            Statement q = c.exec(QStringLiteral("SELECT code - id, %1 FROM employee ORDER BY id")
                                     .arg(fields.join(QStringLiteral(", "))));
            while (q.next()) {
                QVariantList values;
                for (int i = 0; i < q.columnCount(); ++i)
                    values << q.value(i);
                stored << values;
            }
            return stored;
        });
        AWAIT_OK(written);
        const QList<QVariantList> stored = written.result();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(1), stored.at(0));
        QCOMPARE(stored.at(0).at(0).toLongLong(), qint64(900000000));
        if (backend == QLatin1String("sqlite")) {
            const QVariant null(QMetaType::fromType<QString>()); // NULL text as QSQLITE reads it
            QCOMPARE(stored.at(0).mid(1, 5),
                     (QVariantList{QStringLiteral("text:Nadia 🍲"), null, QStringLiteral("text:"),
                                   null, QStringLiteral("integer:1")}));
        }
    }

    // A row the database refuses fails the call as a constraint, and the transaction leaves
    // nothing of it.
    void insertRowsRefusedLeavesNothing_data() { TestBackend::addColumns(); }
    void insertRowsRefusedLeavesNothing()
    {
        QFETCH(QString, backend);
        const std::unique_ptr<Database> migrated = migratedDatabase(backend);
        QVERIFY(migrated);
        Database& db = *migrated;
        auto refused = db.write([](Connection& c) {
            QList<QVariantList> rows;
            // Row 100 repeats row 1's id: refused in the last statement, after three written.
            for (int i = 1; i <= 100; ++i)
                rows.append({i == 100 ? 1 : i, QStringLiteral("Department %1").arg(i),
                             QStringLiteral("قسم %1").arg(i)});
            c.insertRows(QStringLiteral("department"),
                         {{QStringLiteral("id"), QStringLiteral("bigint")},
                          {QStringLiteral("name_en"), QStringLiteral("text")},
                          {QStringLiteral("name_ar"), QStringLiteral("text")}},
                         rows);
        });
        AWAIT(refused);
        const std::optional<Failure> error = errorOf(refused);
        QVERIFY(error);
        QCOMPARE(error->kind(), Failure::Kind::Constraint);
        // The repeated primary key, not some other constraint.
        QCOMPARE(error->nativeCode(), backend == QLatin1String("sqlite") ? QStringLiteral("1555")
                                                                         : QStringLiteral("23505"));
        auto left = db.read([](Connection& c) {
            Statement q = c.exec(QStringLiteral("SELECT count(*) FROM department"));
            return q.next() ? q.value(0).toLongLong() : qint64(-1);
        });
        AWAIT_OK(left);
        QCOMPARE(left.result(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_Connection)
#include "tst_connection.moc"
