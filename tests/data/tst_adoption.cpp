#include "AccountService.h"
#include "AuthService.h"
#include "Await.h"
#include "ChangeFeed.h"
#include "Database.h"
#include "EmployeeService.h"
#include "Migrator.h"
#include "OriginService.h"
#include "TestBackend.h"
#include "TestSql.h"
#include "TokenService.h"

#include <QTest>

#include <optional>

// MealDesk adopting a database whose tables the web backend created (tests/fixtures): what it
// checks, what it refuses, what it changes only after confirmation, and that the backend's rows
// and queries come through untouched.
class tst_Adoption : public QObject {
    Q_OBJECT

private:
    using Rows = QList<QStringList>;

    // The columns the backend itself reads and writes, per table, with the key to order by.
    struct BackendTable {
        const char* name;
        const char* columns;
        const char* orderBy;
    };
    static QList<BackendTable> backendTables()
    {
        return {
            {"department", "id, name_en, name_ar, parent_id", "id"},
            {"employee", "id, code, name_en, name_ar, title, is_active, department_id", "id"},
            {"account",
             "id, username, password_hash, full_name, title, employee_id, role, is_super_admin, "
             "is_active, is_blocked, tokens_valid_after, created_at",
             "id"},
            {"account_department", "account_id, department_id", "account_id, department_id"},
            {"meal_type", "id, name_en, name_ar, priority, is_active", "id"},
            {"meal_request_status", "id, name_en, name_ar", "id"},
            {"meal_request",
             "id, requester_id, status_id, meal_type_id, request_time, closed_by_id, closed_time, "
             "notes",
             "id"},
            {"meal_request_line",
             "id, meal_request_id, employee_id, employee_code, department_id, attendance_time, "
             "shift_hours, notes, is_accepted",
             "id"},
            {"revoked_tokens", "id, jti, token_type, account_id, revoked_at, expires_at", "id"},
            {"allowed_origins", "id, origin, is_active, created_at", "id"},
            {"alembic_version", "version_num", "version_num"},
        };
    }

    // The columns MealDesk adds to the backend's minimal tables (tests/fixtures/backend-*.sql).
    static QStringList ownColumns()
    {
        return {QStringLiteral("department.version"),
                QStringLiteral("department.updated_at"),
                QStringLiteral("employee.version"),
                QStringLiteral("employee.updated_at"),
                QStringLiteral("account.failed_logins"),
                QStringLiteral("account.locked_until"),
                QStringLiteral("account.version"),
                QStringLiteral("account.updated_at"),
                QStringLiteral("meal_request.original_request_id"),
                QStringLiteral("meal_request.is_deleted"),
                QStringLiteral("meal_request.version"),
                QStringLiteral("meal_request_line.is_deleted"),
                QStringLiteral("revoked_tokens.reason"),
                QStringLiteral("revoked_tokens.revoked_by_id"),
                QStringLiteral("allowed_origins.note"),
                QStringLiteral("allowed_origins.created_by_id"),
                QStringLiteral("allowed_origins.updated_at"),
                QStringLiteral("allowed_origins.version")};
    }

    // Every row of the backend's columns, as text (full precision), in key order: what a
    // SQLAlchemy query of the backend's models selects.
    static QFuture<QMap<QString, Rows>> backendRows(Database& db)
    {
        return db.read([](Connection& c) {
            QMap<QString, Rows> all;
            for (const BackendTable& t : backendTables()) {
                QStringList casts;
                for (const QString& column :
                     QString::fromLatin1(t.columns).split(QStringLiteral(", ")))
                    casts << QStringLiteral("CAST(%1 AS TEXT)").arg(column);
                // Names from backendTables() only.
                Statement q = c.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                         .arg(casts.join(QStringLiteral(", ")),
                                              QLatin1String(t.name), QLatin1String(t.orderBy)));
                Rows rows;
                while (q.next()) {
                    QStringList row;
                    for (int i = 0; i < casts.size(); ++i)
                        row << (q.value(i).isNull() ? QStringLiteral("<null>")
                                                    : q.value(i).toString());
                    rows << row;
                }
                all.insert(QLatin1String(t.name), rows);
            }
            return all;
        });
    }

    // "table.column" of every column of every table but MealDesk's bookkeeping.
    static QFuture<QStringList> columnsOf(Database& db)
    {
        return db.read([](Connection& c) {
            Statement q =
                c.exec(c.isPostgres()
                           ? QStringLiteral("SELECT table_name || '.' || column_name FROM "
                                            "information_schema.columns WHERE table_schema = "
                                            "current_schema()")
                           : QStringLiteral("SELECT m.name || '.' || p.name FROM sqlite_master m, "
                                            "pragma_table_info(m.name) p WHERE m.type = 'table'"));
            QStringList columns;
            while (q.next())
                columns << q.value(0).toString();
            columns.sort();
            return columns;
        });
    }

    static QFuture<bool> hasTable(Database& db, const QString& table)
    {
        return db.read([table](Connection& c) {
            Statement q = c.exec(
                c.isPostgres() ? QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                                "WHERE table_schema = current_schema() AND "
                                                "table_name = ?")
                               : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                "type = 'table' AND name = ?"),
                {table});
            const bool found = q.next() && q.value(0).toInt() > 0;
            return found;
        });
    }

    // Signs in with the backend's bcrypt account and works through the services; afterwards
    // the backend's own statements still work on the adopted tables.
    void useThroughServices(Database& db)
    {
        ChangeFeed feed;
        AuthService auth(db, feed);
        const auto admin =
            settle(auth.signIn(QStringLiteral("Admin"), QStringLiteral("backend-admin-pw")));
        QVERIFY(admin);
        QVERIFY(admin->superAdmin);
        QCOMPARE(admin->username, QStringLiteral("admin"));

        EmployeeService employees(db, feed);
        PageRequest byName;
        byName.sortKey = QStringLiteral("name_en");
        const auto listed = settle(employees.list(*admin, {}, byName));
        QVERIFY(listed);
        QCOMPARE(listed->rows.size(), 4);
        for (const EmployeeRecord& e : listed->rows) {
            QCOMPARE(e.version, 1);
            QVERIFY(e.updatedAt.isValid());
        }

        TokenService tokens(db, feed);
        RevokeInput fresh;
        fresh.text = QStringLiteral("mealdesk-revoked-1");
        fresh.reason = QStringLiteral("adoption test");
        const auto revoked = settle(tokens.revoke(*admin, fresh));
        QVERIFY(revoked);
        QVERIFY(!revoked->alreadyRevoked);
        // The backend's own row is found through its unique key, and kept as it was.
        RevokeInput again;
        again.text = QStringLiteral("backend-logout-1");
        const auto known = settle(tokens.revoke(*admin, again));
        QVERIFY(known);
        QVERIFY(known->alreadyRevoked);

        OriginService origins(db, feed);
        const auto added =
            settle(origins.add(*admin, QStringLiteral(" HTTPS://Desk.Example.com:443/ "),
                               QStringLiteral("from MealDesk")));
        QVERIFY(added);
        QCOMPARE(added->origin, QStringLiteral("https://desk.example.com"));

        const QByteArray csv = "id,code,name_en,name_ar,title,department_id,is_active\n"
                               "2001,601,New Cook,طباخ جديد,Cook,2,1\n"
                               "2002,602,New Driver,سائق جديد,,3,1\n";
        const auto imported = settle(employees.importCsv(*admin, csv));
        QVERIFY(imported);
        QVERIFY(imported->applied);
        QCOMPARE(imported->countOf(EmployeeImportReport::Outcome::Created), 2);

        AccountService accounts(db, feed);
        AccountInput newcomer;
        newcomer.username = QStringLiteral("newcomer");
        newcomer.fullName = QStringLiteral("New Comer");
        newcomer.role = Role::Requester;
        newcomer.password = QStringLiteral("newcomer-password");
        QVERIFY(settle(accounts.create(*admin, newcomer)));

        // The backend's requester signs in too, and sees the imported employees.
        const auto requester = settle(
            auth.signIn(QStringLiteral("requester"), QStringLiteral("backend-requester-pw")));
        QVERIFY(requester);
        const auto seen = settle(employees.list(*requester, {}, {}));
        QVERIFY(seen);
        QList<qint64> ids;
        for (const EmployeeRecord& e : seen->rows)
            ids << e.id;
        for (const qint64 id : {1002, 1003, 2001})
            QVERIFY2(ids.contains(id), qPrintable(QString::number(id)));

        // The backend inserts with its own columns only: MealDesk's get their defaults.
        const auto backendInsert = settle(db.write([](Connection& c) {
            c.exec(QStringLiteral("INSERT INTO revoked_tokens (jti, token_type, account_id, "
                                  "revoked_at, expires_at) VALUES (?, ?, ?, ?, ?)"),
                   {QStringLiteral("backend-logout-2"), QStringLiteral("access"), 2,
                    c.toDb(QDateTime::currentDateTimeUtc()), QVariant()});
            c.exec(QStringLiteral("INSERT INTO department (name_en, name_ar) VALUES (?, ?)"),
                   {QStringLiteral("Backend Made"), QStringLiteral("من الخلفية")});
            Statement q = c.exec(QStringLiteral(
                "SELECT version, updated_at FROM department WHERE name_en = 'Backend Made'"));
            q.next();
            return q.value(0).toString() + QLatin1Char('/') + QString::number(!q.value(1).isNull());
        }));
        QVERIFY(backendInsert);
        QCOMPARE(*backendInsert, QStringLiteral("1/1"));
    }

    // Fails the test unless every row `before` is in `after`, column by column.
    static void verifyKept(const QMap<QString, Rows>& before, const QMap<QString, Rows>& after)
    {
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
            for (const QStringList& row : it.value())
                QVERIFY2(after.value(it.key()).contains(row),
                         qPrintable(it.key() + QStringLiteral(": ") + row.join(QLatin1Char('|'))));
        }
    }

    TestBackend m_backend;

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void reportNamesTheStateOfEachDatabase_data() { TestBackend::addColumns(); }
    void reportNamesTheStateOfEachDatabase()
    {
        QFETCH(QString, backend);
        {
            Database empty(m_backend.fresh(backend), 1);
            const auto report = settle(empty.inspectSchema());
            QVERIFY(report);
            QCOMPARE(report->state, SchemaReport::State::Empty);
            QVERIFY(report->usableAsIs());
            QVERIFY(settle(empty.migrate()));
            const auto migrated = settle(empty.inspectSchema());
            QVERIFY(migrated);
            QCOMPARE(migrated->state, SchemaReport::State::MealDesk);
            QCOMPARE(migrated->version, Migrator::latestVersion());
        }
        {
            Database complete(m_backend.withFixture(backend, QStringLiteral("backend-complete")),
                              1);
            const auto report = settle(complete.inspectSchema());
            QVERIFY(report);
            QCOMPARE(report->state, SchemaReport::State::Backend);
            QVERIFY2(report->problems.isEmpty(), qPrintable(report->text()));
            QVERIFY2(report->changes.isEmpty(), qPrintable(report->text()));
            QVERIFY(report->adoptable());
            QVERIFY(report->usableAsIs());
        }
        Database minimal(m_backend.withFixture(backend, QStringLiteral("backend")), 1);
        const auto report = settle(minimal.inspectSchema());
        QVERIFY(report);
        QCOMPARE(report->state, SchemaReport::State::Backend);
        QVERIFY2(report->problems.isEmpty(), qPrintable(report->text()));
        QStringList changed;
        for (const SchemaReport::Change& change : report->changes)
            changed << change.table + QLatin1Char('.') + change.column;
        QCOMPARE(changed, ownColumns());
        QVERIFY(report->adoptable());
        QVERIFY(!report->usableAsIs());
    }

    void ownSchemaFitsTheContract_data() { TestBackend::addColumns(); }
    void ownSchemaFitsTheContract()
    {
        // MealDesk's own tables without their record look like a backend that has everything:
        // the inspector's contract and the migrations agree.
        QFETCH(QString, backend);
        Database db(m_backend.fresh(backend), 1);
        QVERIFY(settle(db.migrate()));
        QVERIFY(settle(db.write([](Connection& c) {
            c.exec(QStringLiteral("DELETE FROM schema_migrations"));
            return true;
        })));
        const auto report = settle(db.inspectSchema());
        QVERIFY(report);
        QCOMPARE(report->state, SchemaReport::State::Backend);
        QVERIFY2(report->problems.isEmpty() && report->changes.isEmpty(),
                 qPrintable(report->text()));
    }

    void compatibleBackendIsAdoptedWithoutConfirmation_data() { TestBackend::addColumns(); }
    void compatibleBackendIsAdoptedWithoutConfirmation()
    {
        QFETCH(QString, backend);
        Database db(m_backend.withFixture(backend, QStringLiteral("backend-complete")));
        const auto before = settle(backendRows(db));
        const auto columnsBefore = settle(columnsOf(db));
        QVERIFY(before && columnsBefore);

        const auto version = settle(db.migrate());
        QVERIFY(version);
        QCOMPARE(*version, Migrator::latestVersion());
        // Only MealDesk's own table and bookkeeping are new; no backend table got a column.
        const auto columnsAfter = settle(columnsOf(db));
        QVERIFY(columnsAfter);
        QStringList added;
        for (const QString& column : *columnsAfter) {
            if (!columnsBefore->contains(column))
                added << column.section(QLatin1Char('.'), 0, 0);
        }
        added.removeDuplicates();
        QCOMPARE(added,
                 (QStringList{QStringLiteral("audit_log"), QStringLiteral("schema_migrations")}));
        QCOMPARE(TestSql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action "
                                                    "= 'schema.adopt'"))
                     .toInt(),
                 1);

        useThroughServices(db);
        if (QTest::currentTestFailed())
            return;
        const auto after = settle(backendRows(db));
        QVERIFY(after);
        verifyKept(*before, *after);
        // Opening it again changes nothing more.
        QCOMPARE(settle(db.migrate()).value_or(-1), Migrator::latestVersion());
    }

    // Usernames are unique under ASCII case folding only: a backend holding ZOË beside zoë is
    // adopted on both dialects (PostgreSQL's lower() would make them twins).
    void usernamesDifferingOutsideAsciiAreAdopted_data() { TestBackend::addColumns(); }
    void usernamesDifferingOutsideAsciiAreAdopted()
    {
        QFETCH(QString, backend);
        Database db(m_backend.withFixture(backend, QStringLiteral("backend-complete")));
        QVERIFY(settle(db.write([](Connection& c) {
            for (const QString& name : {QStringLiteral("ZOË"), QStringLiteral("zoë")})
                c.exec(QStringLiteral("INSERT INTO account (username, password_hash, role, "
                                      "is_super_admin, is_active, is_blocked, created_at, "
                                      "updated_at) SELECT ?, password_hash, role, "
                                      "is_super_admin, is_active, is_blocked, created_at, "
                                      "updated_at FROM account WHERE username = 'requester'"),
                       {name});
            return true;
        })));
        const auto report = settle(db.inspectSchema());
        QVERIFY(report);
        QVERIFY2(report->problems.isEmpty(), qPrintable(report->text()));
        QCOMPARE(settle(db.migrate()).value_or(-1), Migrator::latestVersion());
    }

    void missingOwnColumnsWaitForConfirmation_data() { TestBackend::addColumns(); }
    void missingOwnColumnsWaitForConfirmation()
    {
        QFETCH(QString, backend);
        Database db(m_backend.withFixture(backend, QStringLiteral("backend")));
        const auto before = settle(backendRows(db));
        const auto columnsBefore = settle(columnsOf(db));
        QVERIFY(before && columnsBefore);

        auto refused = db.migrate();
        AWAIT(refused);
        const auto error = errorOf(refused);
        QVERIFY(error);
        QCOMPARE(error->kind(), Failure::Kind::Conflict);
        for (const QString& column : ownColumns())
            QVERIFY2(error->message().contains(column), qPrintable(error->message()));
        // Nothing changed: no column, no table, no record.
        QCOMPARE(settle(columnsOf(db)), columnsBefore);
        QCOMPARE(settle(hasTable(db, QStringLiteral("schema_migrations"))), false);
        QCOMPARE(settle(hasTable(db, QStringLiteral("audit_log"))), false);

        const auto version = settle(db.migrate(Migrator::AdoptionChanges::Apply));
        QVERIFY(version);
        QCOMPARE(*version, Migrator::latestVersion());
        const auto columnsAfter = settle(columnsOf(db));
        QVERIFY(columnsAfter);
        for (const QString& column : ownColumns())
            QVERIFY2(columnsAfter->contains(column), qPrintable(column));
        const QString details =
            TestSql::scalar(
                db, QStringLiteral("SELECT details FROM audit_log WHERE action = 'schema.adopt'"))
                .toString();
        QVERIFY2(details.contains(QStringLiteral("account.failed_logins")), qPrintable(details));

        useThroughServices(db);
        if (QTest::currentTestFailed())
            return;
        const auto after = settle(backendRows(db));
        QVERIFY(after);
        verifyKept(*before, *after);
    }

    void incompatibleBackendIsRefusedWithEveryProblem_data() { TestBackend::addColumns(); }
    void incompatibleBackendIsRefusedWithEveryProblem()
    {
        QFETCH(QString, backend);
        Database db(m_backend.withFixture(backend, QStringLiteral("backend-broken")));
        const auto columnsBefore = settle(columnsOf(db));
        QVERIFY(columnsBefore);

        const QStringList expected = {
            QStringLiteral("table account_department is missing"),
            QStringLiteral("column account.is_blocked is missing"),
            QStringLiteral("employee.is_active is "),
            QStringLiteral("revoked_tokens.jti has no unique key"),
            QStringLiteral("allowed_origins.origin allows NULL"),
            QStringLiteral("names several accounts that differ only in letter case"),
            QStringLiteral("meal_request_status has no row 4 (On Progress)")};
        const auto report = settle(db.inspectSchema());
        QVERIFY(report);
        QCOMPARE(report->state, SchemaReport::State::Backend);
        QVERIFY(!report->adoptable());
        QCOMPARE(report->problems.size(), expected.size());
        for (const QString& problem : expected) {
            QVERIFY2(report->problems.join(QLatin1Char('\n')).contains(problem),
                     qPrintable(report->text()));
        }
        QVERIFY2(report->text().contains(QStringLiteral("not a boolean")),
                 qPrintable(report->text()));

        // Refused even with the changes confirmed, and nothing changed.
        auto refused = db.migrate(Migrator::AdoptionChanges::Apply);
        AWAIT(refused);
        const auto error = errorOf(refused);
        QVERIFY(error);
        QCOMPARE(error->kind(), Failure::Kind::Validation);
        for (const QString& problem : expected)
            QVERIFY2(error->message().contains(problem), qPrintable(error->message()));
        QCOMPARE(settle(columnsOf(db)), columnsBefore);
        QCOMPARE(settle(hasTable(db, QStringLiteral("schema_migrations"))), false);
    }

    void postgresTypesAreCheckedClosely()
    {
        // What SQLite cannot tell: a shorter varchar, a timestamp without its zone, an id the
        // database does not generate.
        Database db(m_backend.withFixture(QStringLiteral("postgresql"), QStringLiteral("backend")),
                    1);
        QVERIFY(settle(db.write([](Connection& c) {
            c.execDirect(QStringLiteral("ALTER TABLE account ALTER COLUMN username TYPE "
                                        "varchar(32)"));
            c.execDirect(QStringLiteral("ALTER TABLE revoked_tokens ALTER COLUMN revoked_at TYPE "
                                        "timestamp without time zone"));
            c.execDirect(QStringLiteral("ALTER TABLE department ALTER COLUMN id DROP DEFAULT"));
            return true;
        })));
        const auto report = settle(db.inspectSchema());
        QVERIFY(report);
        QCOMPARE(report->problems,
                 (QStringList{QStringLiteral("department.id is not generated by the database; "
                                             "MealDesk inserts rows without an id"),
                              QStringLiteral("account.username holds at most 32 characters; "
                                             "MealDesk stores up to 64"),
                              QStringLiteral("revoked_tokens.revoked_at is timestamp without time "
                                             "zone, not a timestamp with time zone")}));
    }

    void twoDesktopsAdoptAtOnce_data() { TestBackend::addColumns(); }
    void twoDesktopsAdoptAtOnce()
    {
        QFETCH(QString, backend);
        const ConnectionSettings settings =
            m_backend.withFixture(backend, QStringLiteral("backend"));
        Database first(settings);
        Database second(settings);
        auto a = first.migrate(Migrator::AdoptionChanges::Apply);
        auto b = second.migrate(Migrator::AdoptionChanges::Apply);
        AWAIT_OK(a);
        AWAIT_OK(b);
        QCOMPARE(a.result(), Migrator::latestVersion());
        QCOMPARE(b.result(), Migrator::latestVersion());
        QCOMPARE(TestSql::scalar(first, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                       "action = 'schema.adopt'"))
                     .toInt(),
                 1);
        // The adopted version 1, then one record for each version after it.
        QCOMPARE(TestSql::scalar(first, QStringLiteral("SELECT count(*) FROM schema_migrations"))
                     .toInt(),
                 Migrator::latestVersion());
    }
};

QTEST_GUILESS_MAIN(tst_Adoption)
#include "tst_adoption.moc"
