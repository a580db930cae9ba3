#include "EmployeeStore.h"

#include "ColumnList.h"
#include "Connection.h"
#include "Failure.h"
#include "SearchPattern.h"
#include "VersionedRow.h"

namespace {

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

// Digits in any script (an Arabic keyboard types Arabic-Indic digits) as a number; false when the
// text is not all digits or too long to be a code.
bool parseDigits(const QString& text, qint64* value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    qint64 n = 0;
    for (const QChar ch : text) {
        const int digit = ch.digitValue();
        if (!ch.isDigit() || digit < 0)
            return false;
        n = n * 10 + digit;
    }
    *value = n;
    return true;
}

} // namespace

const QStringList& EmployeeStore::columns()
{
    static const QStringList list = ColumnList::of<Column, ColumnCount>({
        {Id, QStringLiteral("e.id")},
        {Code, QStringLiteral("e.code")},
        {NameEn, QStringLiteral("e.name_en")},
        {NameAr, QStringLiteral("e.name_ar")},
        {Title, QStringLiteral("e.title")},
        {DepartmentId, QStringLiteral("e.department_id")},
        {DepartmentNameEn, QStringLiteral("d.name_en")},
        {DepartmentNameAr, QStringLiteral("d.name_ar")},
        {Active, QStringLiteral("e.is_active")},
        {Version, QStringLiteral("e.version")},
        {UpdatedAt, QStringLiteral("e.updated_at")},
    });
    return list;
}

const QString& EmployeeStore::from()
{
    static const QString text =
        QStringLiteral("employee e LEFT JOIN department d ON d.id = e.department_id");
    return text;
}

EmployeeRecord EmployeeStore::readRow(const Statement& q)
{
    EmployeeRecord r;
    r.id = q.value(Id).toLongLong();
    r.code = q.value(Code).toLongLong();
    r.nameEn = q.value(NameEn).toString();
    r.nameAr = q.value(NameAr).toString();
    r.title = q.value(Title).toString();
    r.departmentId = q.value(DepartmentId).toLongLong();
    r.departmentNameEn = q.value(DepartmentNameEn).toString();
    r.departmentNameAr = q.value(DepartmentNameAr).toString();
    r.active = q.value(Active).toBool();
    r.version = q.value(Version).toInt();
    r.updatedAt = Connection::fromDb(q.value(UpdatedAt));
    return r;
}

EmployeeRecord EmployeeStore::load(Connection& c, qint64 id)
{
    Statement q = c.exec(QStringLiteral("SELECT %1 FROM %2 WHERE e.id = ?")
                             .arg(columns().join(QStringLiteral(", ")), from()),
                         {id});
    if (!q.next())
        throw Failure(Failure::Kind::NotFound, tr("Employee %1 does not exist.").arg(id));
    return readRow(q);
}

QList<SqlCondition> EmployeeStore::conditions(Dialect dialect, const EmployeeFilter& filter)
{
    QList<SqlCondition> list;
    const QString search = filter.search.trimmed();
    qint64 code = 0;
    if (parseDigits(search, &code)) {
        list.append({QStringLiteral("e.code = ?"), {code}});
    } else if (!search.isEmpty()) {
        const SearchPattern pattern(
            dialect, search,
            {QStringLiteral("coalesce(e.name_en, '')"), QStringLiteral("coalesce(e.name_ar, '')")});
        list.append({pattern.sql(), pattern.values()});
    }
    if (filter.departmentId && filter.includeSubDepartments) {
        // The department's subtree, found by the database in the same statement. UNION ends
        // the walk even on a cycle written around MealDesk.
        list.append({QStringLiteral("e.department_id IN (WITH RECURSIVE sub(id) AS (SELECT id FROM "
                                    "department WHERE id = ? UNION SELECT s.id FROM department s "
                                    "JOIN sub ON s.parent_id = sub.id) SELECT id FROM sub)"),
                     {filter.departmentId}});
    } else if (filter.departmentId) {
        list.append({QStringLiteral("e.department_id = ?"), {filter.departmentId}});
    }
    if (filter.active)
        list.append({QStringLiteral("e.is_active = ?"), {*filter.active}});
    return list;
}

qint64 EmployeeStore::holderOfCode(Connection& c, qint64 code, qint64 exceptId)
{
    Statement q = c.exec(QStringLiteral("SELECT id FROM employee WHERE code = ? AND id <> ?"),
                         {code, exceptId});
    return q.next() ? q.value(0).toLongLong() : 0;
}

void EmployeeStore::insert(Connection& c, const EmployeeInput& in, const QVariant& now)
{
    insertAll(c, {in}, now);
}

void EmployeeStore::insertAll(Connection& c, const QList<EmployeeInput>& inputs,
                              const QVariant& now)
{
    QList<QVariantList> rows;
    rows.reserve(inputs.size());
    for (const EmployeeInput& in : inputs)
        rows.append({in.id, in.code, textOrNull(in.nameEn), textOrNull(in.nameAr),
                     textOrNull(in.title), idOrNull(in.departmentId), in.active, now});
    c.insertRows(QStringLiteral("employee"),
                 {{QStringLiteral("id"), QStringLiteral("bigint")},
                  {QStringLiteral("code"), QStringLiteral("bigint")},
                  {QStringLiteral("name_en"), QStringLiteral("text")},
                  {QStringLiteral("name_ar"), QStringLiteral("text")},
                  {QStringLiteral("title"), QStringLiteral("text")},
                  {QStringLiteral("department_id"), QStringLiteral("bigint")},
                  {QStringLiteral("is_active"), QStringLiteral("boolean")},
                  {QStringLiteral("updated_at"), QStringLiteral("timestamptz")}},
                 rows);
}

void EmployeeStore::update(Connection& c, const EmployeeInput& in, int version, const QVariant& now,
                           const QString& conflict)
{
    VersionedRow::update(c, QStringLiteral("employee"), in.id, version,
                         QStringLiteral("code = ?, name_en = ?, name_ar = ?, title = ?, "
                                        "department_id = ?, is_active = ?"),
                         {in.code, textOrNull(in.nameEn), textOrNull(in.nameAr),
                          textOrNull(in.title), idOrNull(in.departmentId), in.active},
                         now, conflict);
}
