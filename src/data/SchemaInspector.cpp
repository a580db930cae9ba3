#include "SchemaInspector.h"

#include "Connection.h"
#include "MealRequestStatus.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace {

enum class Family { Integer, Text, Boolean, Timestamp, Number };

// A column of a shared table as MealDesk uses it. MealDesk's own columns (the backend has no use
// for them) carry the definition adoption adds them with; in SQLite's, %1 stands for the
// adoption instant, since SQLite's ADD COLUMN takes only a constant default.
struct ColumnSpec {
    const char* name;
    Family family;
    bool notNull = false;
    int length = 0; // text: the most characters MealDesk stores; 0 for no limit
    const char* postgresAdd = nullptr;
    const char* sqliteAdd = nullptr;

    bool isOwn() const { return postgresAdd != nullptr; }
};

struct TableSpec {
    const char* name;
    QList<ColumnSpec> columns;
    QList<QSet<QString>> uniqueKeys;
    // MealDesk inserts rows without an id: the database must make it.
    bool generatedId = false;
    // MealDesk's own table (audit_log): created with its objects when absent.
    bool isOwn = false;
};

ColumnSpec column(const char* name, Family family, bool notNull = false, int length = 0)
{
    return ColumnSpec{name, family, notNull, length};
}

ColumnSpec own(const char* name, Family family, bool notNull, const char* postgres,
               const char* sqlite)
{
    return ColumnSpec{name, family, notNull, 0, postgres, sqlite};
}

QSet<QString> key(std::initializer_list<const char*> columns)
{
    QSet<QString> result;
    for (const char* c : columns)
        result.insert(QLatin1String(c));
    return result;
}

const ColumnSpec version = own("version", Family::Integer, true, "integer NOT NULL DEFAULT 1",
                               "integer NOT NULL DEFAULT 1");
const ColumnSpec updatedAt = own("updated_at", Family::Timestamp, true,
                                 "timestamptz NOT NULL DEFAULT now()", "text NOT NULL DEFAULT %1");
const ColumnSpec isDeleted =
    own("is_deleted", Family::Boolean, true, "boolean NOT NULL DEFAULT false",
        "integer NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1))");
const ColumnSpec idSpec = column("id", Family::Integer, true);

// The shared tables of schema version 1 (resources/migrations/*/0001_initial.sql), and the
// audit log. Lengths and NULLs as there.
const QList<TableSpec>& contract()
{
    using F = Family;
    static const QList<TableSpec> tables = {
        {"department",
         {idSpec, column("name_en", F::Text, true, 128), column("name_ar", F::Text, true, 128),
          column("parent_id", F::Integer), version, updatedAt},
         {key({"id"})},
         true},
        {"employee",
         {idSpec, column("code", F::Integer, true), column("name_en", F::Text, false, 128),
          column("name_ar", F::Text, false, 128), column("title", F::Text, false, 128),
          column("is_active", F::Boolean, true), column("department_id", F::Integer), version,
          updatedAt},
         {key({"id"}), key({"code"})}},
        {"account",
         {idSpec, column("username", F::Text, true, 64),
          column("password_hash", F::Text, true, 128), column("full_name", F::Text, false, 128),
          column("title", F::Text, false, 64), column("employee_id", F::Integer),
          column("role", F::Text, true, 32), column("is_super_admin", F::Boolean, true),
          column("is_active", F::Boolean, true), column("is_blocked", F::Boolean, true),
          own("failed_logins", F::Integer, true, "integer NOT NULL DEFAULT 0",
              "integer NOT NULL DEFAULT 0"),
          own("locked_until", F::Timestamp, false, "timestamptz", "text"),
          column("tokens_valid_after", F::Timestamp), version,
          column("created_at", F::Timestamp, true), updatedAt},
         {key({"id"}), key({"employee_id"})},
         true},
        {"account_department",
         {column("account_id", F::Integer, true), column("department_id", F::Integer, true)},
         {key({"account_id", "department_id"})}},
        {"meal_type",
         {idSpec, column("name_en", F::Text, true, 64), column("name_ar", F::Text, true, 64),
          column("priority", F::Integer, true), column("is_active", F::Boolean, true)},
         {key({"id"})}},
        {"meal_request_status",
         {idSpec, column("name_en", F::Text, true, 64), column("name_ar", F::Text, true, 64)},
         {key({"id"})}},
        {"meal_request",
         {idSpec, column("requester_id", F::Integer, true), column("status_id", F::Integer, true),
          column("meal_type_id", F::Integer, true), column("request_time", F::Timestamp, true),
          column("closed_by_id", F::Integer), column("closed_time", F::Timestamp),
          column("notes", F::Text, false, 256),
          own("original_request_id", F::Integer, false, "bigint REFERENCES meal_request (id)",
              "integer REFERENCES meal_request (id)"),
          isDeleted, version},
         {key({"id"})},
         true},
        {"meal_request_line",
         {idSpec, column("meal_request_id", F::Integer, true),
          column("employee_id", F::Integer, true), column("employee_code", F::Integer, true),
          column("department_id", F::Integer), column("attendance_time", F::Timestamp),
          column("shift_hours", F::Number), column("notes", F::Text, false, 256),
          column("is_accepted", F::Boolean, true), isDeleted},
         {key({"id"})},
         true},
        {"revoked_tokens",
         {idSpec, column("jti", F::Text, true, 64), column("token_type", F::Text, true, 16),
          column("account_id", F::Integer), column("revoked_at", F::Timestamp, true),
          column("expires_at", F::Timestamp),
          own("reason", F::Text, false, "varchar(256)", "varchar(256)"),
          own("revoked_by_id", F::Integer, false,
              "bigint REFERENCES account (id) ON DELETE SET NULL",
              "integer REFERENCES account (id) ON DELETE SET NULL")},
         {key({"id"}), key({"jti"})},
         true},
        {"allowed_origins",
         {idSpec, column("origin", F::Text, true, 255),
          own("note", F::Text, false, "varchar(256)", "varchar(256)"),
          column("is_active", F::Boolean, true),
          own("created_by_id", F::Integer, false,
              "bigint REFERENCES account (id) ON DELETE SET NULL",
              "integer REFERENCES account (id) ON DELETE SET NULL"),
          column("created_at", F::Timestamp, true), updatedAt, version},
         {key({"id"}), key({"origin"})},
         true},
        {"audit_log",
         {idSpec, column("at", F::Timestamp, true), column("account_id", F::Integer),
          column("action", F::Text, true, 64), column("entity", F::Text, true, 64),
          column("entity_id", F::Text, false, 64), column("details", F::Text)},
         {key({"id"})},
         true,
         true},
    };
    return tables;
}

// A column as the database has it.
struct Column {
    QString type;   // PostgreSQL's data_type, SQLite's declared type
    int length = 0; // PostgreSQL's character_maximum_length; 0 for none
    bool notNull = false;
    bool hasDefault = false;
    bool generated = false; // the database makes its value (sequence, identity, rowid)
};

struct Table {
    QMap<QString, Column> columns;
    QList<QSet<QString>> uniqueKeys;
};

using Schema = QMap<QString, Table>;

Schema readPostgres(Connection& c)
{
    Schema schema;
    Statement q = c.exec(QStringLiteral(
        "SELECT c.table_name, c.column_name, c.data_type, c.character_maximum_length, "
        "c.is_nullable, c.column_default, c.is_identity FROM information_schema.columns c "
        "JOIN information_schema.tables t ON t.table_schema = c.table_schema AND "
        "t.table_name = c.table_name WHERE c.table_schema = current_schema() AND "
        "t.table_type = 'BASE TABLE'"));
    while (q.next()) {
        Column column;
        column.type = q.value(2).toString();
        column.length = q.value(3).toInt();
        column.notNull = q.value(4).toString() == QLatin1String("NO");
        const QString defaultValue = q.value(5).toString();
        const bool identity = q.value(6).toString() == QLatin1String("YES");
        column.hasDefault = !defaultValue.isEmpty() || identity;
        column.generated = identity || defaultValue.startsWith(QLatin1String("nextval("));
        schema[q.value(0).toString()].columns.insert(q.value(1).toString(), column);
    }
    // Unique indexes (constraints have one too) on plain columns, without a WHERE: the keys an
    // ON CONFLICT can name.
    Statement keys = c.exec(QStringLiteral(
        "SELECT t.relname, string_agg(a.attname::text, ',') FROM pg_index x "
        "JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
        "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY (x.indkey) "
        "WHERE n.nspname = current_schema() AND x.indisunique AND x.indpred IS NULL AND "
        "x.indexprs IS NULL GROUP BY t.relname, x.indexrelid"));
    while (keys.next()) {
        const QStringList columns = keys.value(1).toString().split(QLatin1Char(','));
        schema[keys.value(0).toString()].uniqueKeys.append(
            QSet<QString>(columns.cbegin(), columns.cend()));
    }
    return schema;
}

// The first column of every row, as text.
QStringList firstColumn(Connection& c, const QString& sql, const QVariantList& values = {})
{
    QStringList names;
    Statement q = c.exec(sql, values);
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QStringList tableNames(Connection& c)
{
    return firstColumn(
        c, c.isPostgres()
               ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                "table_schema = current_schema() AND table_type = 'BASE TABLE'")
               : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                "NOT LIKE 'sqlite_%'"));
}

Schema readSqlite(Connection& c, const QStringList& tables)
{
    Schema schema;
    for (const QString& name : tables) {
        Table& table = schema[name];
        QStringList primaryKey;
        Statement q = c.exec(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk "
                                            "FROM pragma_table_info(?) ORDER BY pk"),
                             {name});
        while (q.next()) {
            Column column;
            column.type = q.value(1).toString();
            column.notNull = q.value(2).toInt() != 0 || q.value(4).toInt() > 0;
            column.hasDefault = !q.value(3).isNull();
            if (q.value(4).toInt() > 0)
                primaryKey << q.value(0).toString();
            table.columns.insert(q.value(0).toString(), column);
        }
        if (!primaryKey.isEmpty())
            table.uniqueKeys.append(QSet<QString>(primaryKey.cbegin(), primaryKey.cend()));
        // A primary key of one column declared exactly INTEGER is the rowid: SQLite makes it.
        if (primaryKey.size() == 1 && table.columns[primaryKey.first()].type.compare(
                                          QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
            table.columns[primaryKey.first()].generated = true;
        const QStringList indexes = firstColumn(
            c,
            QStringLiteral("SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1 AND "
                           "partial = 0"),
            {name});
        for (const QString& index : indexes) {
            // An expression's column has no name (NULL): such an index is no key of columns.
            Statement info = c.exec(
                QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"), {index});
            QSet<QString> columns;
            bool plain = true;
            while (info.next()) {
                plain = plain && !info.value(0).isNull();
                columns.insert(info.value(0).toString());
            }
            if (plain)
                table.uniqueKeys.append(columns);
        }
    }
    return schema;
}

bool fits(Family family, const QString& type, Dialect dialect)
{
    if (dialect == Dialect::PostgreSQL) {
        static const QStringList integers = {QStringLiteral("smallint"), QStringLiteral("integer"),
                                             QStringLiteral("bigint")};
        switch (family) {
        case Family::Integer:
            return integers.contains(type);
        case Family::Text:
            return type == QLatin1String("character varying") || type == QLatin1String("text") ||
                   type == QLatin1String("character");
        case Family::Boolean:
            return type == QLatin1String("boolean");
        case Family::Timestamp:
            return type == QLatin1String("timestamp with time zone");
        case Family::Number:
            return integers.contains(type) || type == QLatin1String("numeric") ||
                   type == QLatin1String("real") || type == QLatin1String("double precision");
        }
        return false;
    }
    // SQLite: the declared type's affinity, as SQLite derives it, and the names SQLAlchemy uses.
    const QString t = type.toUpper();
    const bool integer = t.contains(QLatin1String("INT"));
    const bool text = t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB")) ||
                      t.contains(QLatin1String("TEXT"));
    switch (family) {
    case Family::Integer:
        return integer;
    case Family::Text:
        return text;
    case Family::Boolean:
        return integer || t == QLatin1String("BOOLEAN");
    case Family::Timestamp:
        // SQLAlchemy declares DATETIME; MealDesk declares text. Both hold the UTC text form.
        return text || t.startsWith(QLatin1String("DATETIME")) ||
               t.startsWith(QLatin1String("TIMESTAMP"));
    case Family::Number:
        return integer || t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) ||
               t.contains(QLatin1String("DOUB")) || t.contains(QLatin1String("NUMERIC")) ||
               t.contains(QLatin1String("DECIMAL"));
    }
    return false;
}

QString familyName(Family family, Dialect dialect)
{
    switch (family) {
    case Family::Integer:
        return QStringLiteral("an integer");
    case Family::Text:
        return QStringLiteral("text");
    case Family::Boolean:
        return QStringLiteral("a boolean");
    case Family::Timestamp:
        return dialect == Dialect::PostgreSQL ? QStringLiteral("a timestamp with time zone")
                                              : QStringLiteral("a timestamp");
    case Family::Number:
        break;
    }
    return QStringLiteral("a number");
}

QString typeText(const Column& column)
{
    return column.length > 0 ? QStringLiteral("%1(%2)").arg(column.type).arg(column.length)
                             : column.type;
}

// The problems one present column has.
void checkColumn(const QString& table, const ColumnSpec& spec, const Column& actual,
                 Dialect dialect, QStringList& problems)
{
    const QString name = table + QLatin1Char('.') + QLatin1String(spec.name);
    if (!fits(spec.family, actual.type, dialect)) {
        problems << QStringLiteral("%1 is %2, not %3")
                        .arg(name, typeText(actual), familyName(spec.family, dialect));
        return;
    }
    if (spec.notNull && !actual.notNull)
        problems << QStringLiteral("%1 allows NULL; MealDesk needs a value in every row").arg(name);
    else if (!spec.notNull && actual.notNull && !actual.hasDefault)
        problems << QStringLiteral("%1 is NOT NULL; MealDesk leaves it empty at times").arg(name);
    else if (spec.isOwn() && spec.notNull && !actual.hasDefault)
        problems << QStringLiteral("%1 is NOT NULL without a default; the backend inserts rows "
                                   "without it")
                        .arg(name);
    if (spec.family == Family::Text && spec.length > 0 && actual.length > 0 &&
        actual.length < spec.length)
        problems << QStringLiteral("%1 holds at most %2 characters; MealDesk stores up to %3")
                        .arg(name)
                        .arg(actual.length)
                        .arg(spec.length);
}

QString keyText(const QString& table, const QSet<QString>& key)
{
    QStringList columns(key.cbegin(), key.cend());
    columns.sort();
    return columns.size() == 1
               ? table + QLatin1Char('.') + columns.first()
               : QStringLiteral("%1 (%2)").arg(table, columns.join(QLatin1String(", ")));
}

// Rows that break what MealDesk adds or relies on; only where the columns are there to read.
void checkRows(Connection& c, const Schema& schema, QStringList& problems)
{
    if (schema.value(QStringLiteral("account")).columns.contains(QStringLiteral("username"))) {
        // MealDesk's unique index on the folded username would refuse them.
        const QStringList twins =
            firstColumn(c, QStringLiteral("SELECT min(username) FROM account GROUP BY %1 "
                                          "HAVING count(*) > 1 ORDER BY 1")
                               .arg(c.asciiFolded(QStringLiteral("username"))));
        for (const QString& username : twins)
            problems << QStringLiteral("account.username: '%1' names several accounts that "
                                       "differ only in letter case; MealDesk needs usernames "
                                       "unique under case folding")
                            .arg(username);
    }
    if (schema.value(QStringLiteral("meal_request_status"))
            .columns.contains(QStringLiteral("id"))) {
        const QStringList present =
            firstColumn(c, QStringLiteral("SELECT id FROM meal_request_status"));
        for (const MealRequestStatus status :
             {MealRequestStatus::Pending, MealRequestStatus::Approved, MealRequestStatus::Rejected,
              MealRequestStatus::OnProgress}) {
            const QString id = QString::number(static_cast<int>(status));
            if (!present.contains(id))
                problems << QStringLiteral("meal_request_status has no row %1 (%2)")
                                .arg(id, mealRequestStatusName(status));
        }
    }
}

} // namespace

int SchemaInspector::recordedVersion(Connection& c)
{
    Statement q = c.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    return q.next() ? q.value(0).toInt() : 0;
}

SchemaReport SchemaInspector::inspect(Connection& c)
{
    // The table names first: every start of MealDesk comes here, and most find their record.
    const QStringList names = tableNames(c);
    SchemaReport report;
    if (names.contains(QStringLiteral("schema_migrations"))) {
        report.version = recordedVersion(c);
        if (report.version > 0) {
            report.state = SchemaReport::State::MealDesk;
            return report;
        }
    }
    const auto& tables = contract();
    const bool shared = std::any_of(tables.cbegin(), tables.cend(), [&names](const TableSpec& t) {
        return !t.isOwn && names.contains(QLatin1String(t.name));
    });
    if (!shared)
        return report;
    report.state = SchemaReport::State::Backend;
    const Schema schema = c.isPostgres() ? readPostgres(c) : readSqlite(c, names);
    const QString now =
        QLatin1Char('\'') + c.toDb(QDateTime::currentDateTimeUtc()).toString() + QLatin1Char('\'');
    for (const TableSpec& spec : tables) {
        const QString name = QLatin1String(spec.name);
        if (!schema.contains(name)) {
            if (!spec.isOwn)
                report.problems << QStringLiteral("table %1 is missing").arg(name);
            continue;
        }
        const Table& table = schema[name];
        for (const ColumnSpec& column : spec.columns) {
            const QString columnName = QLatin1String(column.name);
            if (table.columns.contains(columnName)) {
                checkColumn(name, column, table.columns[columnName], c.dialect(), report.problems);
            } else if (column.isOwn()) {
                const char* definition = c.isPostgres() ? column.postgresAdd : column.sqliteAdd;
                report.changes.append(
                    {name, columnName,
                     QString::fromLatin1(definition).replace(QLatin1String("%1"), now)});
            } else {
                report.problems << QStringLiteral("column %1.%2 is missing").arg(name, columnName);
            }
        }
        for (const QSet<QString>& key : spec.uniqueKeys) {
            const bool columnsPresent =
                std::all_of(key.cbegin(), key.cend(),
                            [&table](const QString& column) { return table.columns.contains(column); });
            if (columnsPresent && !table.uniqueKeys.contains(key))
                report.problems << QStringLiteral("%1 has no unique key; MealDesk and the backend "
                                                  "need each value once")
                                       .arg(keyText(name, key));
        }
        const auto idColumn = table.columns.constFind(QStringLiteral("id"));
        if (spec.generatedId && idColumn != table.columns.constEnd() && !idColumn->generated)
            report.problems << QStringLiteral("%1.id is not generated by the database; MealDesk "
                                              "inserts rows without an id")
                                   .arg(name);
    }
    checkRows(c, schema, report.problems);
    return report;
}
