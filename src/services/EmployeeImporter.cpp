#include "EmployeeImporter.h"

#include "AccessPolicy.h"
#include "ChangeSet.h"
#include "Connection.h"
#include "CsvReader.h"
#include "DepartmentScope.h"
#include "EmployeeRules.h"
#include "EmployeeStore.h"
#include "Failure.h"
#include "IdRows.h"

#include <algorithm>

namespace {

using Outcome = EmployeeImportReport::Outcome;

// Runs `sql`, whose %1 stands for a table `v` of the values (column v.id), once for all of
// them: they travel as one bound value. A join, not IN (?, ?, ...): PostgreSQL's generic plan
// for a long IN list of parameters compares every row with every value.
template <typename RowFn>
void forEachOf(Connection& c, const QString& sql, const QList<qint64>& values, RowFn row)
{
    Statement q = c.exec(sql.arg(IdRows::from(c, QStringLiteral("v"))), {IdRows::value(values)});
    while (q.next())
        row(q);
}

bool parseWhole(const QString& text, qint64* value)
{
    bool ok = false;
    *value = text.trimmed().toLongLong(&ok);
    return ok;
}

std::optional<bool> parseActive(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes"))
        return true;
    if (t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no"))
        return false;
    return std::nullopt;
}

} // namespace

const QStringList& EmployeeImporter::columns()
{
    static const QStringList list = {QStringLiteral("id"),
                                     QStringLiteral("code"),
                                     QStringLiteral("name_en"),
                                     QStringLiteral("name_ar"),
                                     QStringLiteral("title"),
                                     QStringLiteral("department_id"),
                                     QStringLiteral("department_name_en"),
                                     QStringLiteral("department_name_ar"),
                                     QStringLiteral("is_active")};
    return list;
}

QString EmployeeImporter::formatActive(bool active)
{
    return active ? QStringLiteral("1") : QStringLiteral("0");
}

EmployeeImporter::EmployeeImporter(Connection& connection, ChangeSet& changes, Mode mode)
    : m_c(connection)
    , m_changes(changes)
    , m_mode(mode)
{
}

EmployeeImportReport EmployeeImporter::run(const QByteArray& csv)
{
    CsvReader reader(csv);
    CsvRecord record;
    if (!reader.next(&record)) {
        if (!reader.error().isEmpty())
            throw Failure(Failure::Kind::Validation, reader.error(), QStringLiteral("file"));
        throw Failure(Failure::Kind::Validation,
                      tr("The file is empty; its first line must name the columns (%1).")
                          .arg(columns().join(QStringLiteral(","))),
                      QStringLiteral("header"));
    }
    readHeader(record.fields);
    {
        Statement q = m_c.exec(QStringLiteral("SELECT id FROM department"));
        while (q.next())
            m_departments.insert(q.value(0).toLongLong());
    }

    // What to announce is put back as it was when the written rows are rolled back.
    const ChangeSet before = m_changes;
    QList<Plan> chunk;
    bool more = reader.next(&record);
    while (more) {
        Plan plan;
        plan.reportIndex = m_report.append(record.line);
        if (parse(record.fields, &plan))
            chunk.append(plan);
        more = reader.next(&record);
        if (more && chunk.size() >= chunkRows) {
            importChunk(chunk, false);
            chunk.clear();
        }
    }
    if (!reader.error().isEmpty())
        throw Failure(Failure::Kind::Validation, reader.error(), QStringLiteral("file"));
    importChunk(chunk, true);

    m_report.applied = m_mode == Mode::Import && m_report.refusedCount() == 0;
    if (m_savepoint) {
        if (!m_report.applied) {
            m_c.execDirect(QStringLiteral("ROLLBACK TO SAVEPOINT employee_import"));
            m_changes = before;
        }
        m_c.execDirect(QStringLiteral("RELEASE SAVEPOINT employee_import"));
    }
    const int created = m_report.countOf(Outcome::Created);
    const int updated = m_report.countOf(Outcome::Updated);
    if (m_report.applied && created + updated > 0)
        m_changes.recordBulk(m_c, QStringLiteral("employee.import"), QStringLiteral("employee"),
                             {{QStringLiteral("created"), created},
                              {QStringLiteral("updated"), updated},
                              {QStringLiteral("unchanged"), m_report.countOf(Outcome::Unchanged)}});
    return m_report;
}

void EmployeeImporter::importChunk(QList<Plan>& chunk, bool last)
{
    planEachTime(true);
    const QHash<qint64, EmployeeRecord> existing = loadExisting(chunk);
    for (Plan& plan : chunk)
        merge(plan, existing);
    checkCodes(chunk);
    if (last)
        checkTakenCodes();
    planEachTime(false);
    if (m_report.refusedCount() > 0 || m_mode == Mode::Check)
        return;
    if (!last && !m_savepoint) {
        m_c.execDirect(QStringLiteral("SAVEPOINT employee_import"));
        m_savepoint = true;
    }
    write(chunk);
}

void EmployeeImporter::planEachTime(bool each)
{
    // The rows are looked up chunk by chunk in a table that grows with them: PostgreSQL would
    // keep the plan it chose for the first chunks (a scan of the then small table) and read the
    // whole table again for each later chunk. The writes keep the usual plans: planned with
    // their values (hundreds of rows' arrays), each would cost more than it saves.
    if (m_c.isPostgres())
        m_c.execDirect(each ? QStringLiteral("SET LOCAL plan_cache_mode = force_custom_plan")
                            : QStringLiteral("SET LOCAL plan_cache_mode = DEFAULT"));
}

void EmployeeImporter::readHeader(const QStringList& fields)
{
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).trimmed().toLower();
        if (!columns().contains(name))
            throw Failure(Failure::Kind::Validation,
                          tr("The header names an unknown column '%1'; the columns are %2.")
                              .arg(fields.at(i).trimmed(), columns().join(QStringLiteral(", "))),
                          QStringLiteral("header"));
        if (m_header.contains(name))
            throw Failure(Failure::Kind::Validation,
                          tr("The header names the column '%1' twice.").arg(name),
                          QStringLiteral("header"));
        m_header.insert(name, i);
    }
    if (!m_header.contains(QStringLiteral("id")))
        throw Failure(Failure::Kind::Validation,
                      tr("The header has no id column; the first line must name the columns (%1).")
                          .arg(columns().join(QStringLiteral(","))),
                      QStringLiteral("header"));
}

bool EmployeeImporter::parse(const QStringList& fields, Plan* plan)
{
    const qsizetype index = plan->reportIndex;
    if (fields.size() != m_header.size()) {
        m_report.refuse(index, {},
                        tr("The row has %1 fields; the header has %2.")
                            .arg(fields.size())
                            .arg(m_header.size()));
        return false;
    }
    const auto cell = [&](const char* column) -> std::optional<QString> {
        const auto it = m_header.constFind(QLatin1String(column));
        if (it == m_header.constEnd())
            return std::nullopt;
        return fields.at(it.value());
    };

    const QString idText = *cell("id");
    if (!parseWhole(idText, &plan->id) || plan->id <= 0) {
        m_report.refuse(index, QStringLiteral("id"),
                        tr("'%1' is not an employee id; it must be a positive whole number.")
                            .arg(idText.trimmed()));
        return false;
    }
    m_report.setId(index, plan->id);
    const int rowNumber = static_cast<int>(index + 1);
    const auto earlier = m_rowOfId.constFind(plan->id);
    if (earlier != m_rowOfId.constEnd()) {
        m_report.refuse(index, QStringLiteral("id"),
                        tr("Employee %1 is also on row %2.").arg(plan->id).arg(earlier.value()));
        return false;
    }
    m_rowOfId.insert(plan->id, rowNumber);

    if (const auto code = cell("code"); code && !code->trimmed().isEmpty()) {
        qint64 value = 0;
        if (!parseWhole(*code, &value)) {
            m_report.refuse(index, QStringLiteral("code"),
                            tr("The code '%1' is not a whole number.").arg(code->trimmed()));
            return false;
        }
        plan->code = value;
    }
    if (const auto text = cell("name_en"))
        plan->nameEn = EmployeeRules::normalized(*text);
    if (const auto text = cell("name_ar"))
        plan->nameAr = EmployeeRules::normalized(*text);
    if (const auto text = cell("title"))
        plan->title = EmployeeRules::normalized(*text);
    if (const auto department = cell("department_id")) {
        qint64 value = 0;
        if (!department->trimmed().isEmpty() && (!parseWhole(*department, &value) || value <= 0)) {
            m_report.refuse(index, QStringLiteral("department_id"),
                            tr("'%1' is not a department id.").arg(department->trimmed()));
            return false;
        }
        plan->departmentId = value;
    }
    if (const auto active = cell("is_active"); active && !active->trimmed().isEmpty()) {
        plan->active = parseActive(*active);
        if (!plan->active) {
            m_report.refuse(
                index, QStringLiteral("is_active"),
                tr("'%1' is not a value for is_active; write 1 or 0 (or true/false, yes/no).")
                    .arg(active->trimmed()));
            return false;
        }
    }
    return true;
}

bool EmployeeImporter::refused(const Plan& plan) const
{
    return m_report.outcome(plan.reportIndex) == Outcome::Refused;
}

QHash<qint64, EmployeeRecord> EmployeeImporter::loadExisting(const QList<Plan>& chunk)
{
    QList<qint64> ids;
    ids.reserve(chunk.size());
    for (const Plan& plan : chunk)
        ids.append(plan.id);
    // The rows stay locked until commit on PostgreSQL, so that another desktop's edit cannot
    // come between reading a row here and writing it in write() (SQLite's single writer holds
    // the whole database for the import already).
    QString sql = QStringLiteral("SELECT %1 FROM %2 JOIN %3 ON e.id = v.id")
                      .arg(EmployeeStore::columns().join(QStringLiteral(", ")),
                           EmployeeStore::from(), QStringLiteral("%1"));
    if (m_c.isPostgres() && m_mode == Mode::Import)
        sql += QStringLiteral(" FOR NO KEY UPDATE OF e");
    QHash<qint64, EmployeeRecord> existing;
    forEachOf(m_c, sql, ids, [this, &existing](const Statement& q) {
        EmployeeRecord r = EmployeeStore::readRow(q);
        // An employee parked for an earlier chunk is read with the code it had.
        r.code = m_parked.value(r.id, r.code);
        existing.insert(r.id, r);
    });
    return existing;
}

void EmployeeImporter::merge(Plan& plan, const QHash<qint64, EmployeeRecord>& existing)
{
    const auto found = existing.constFind(plan.id);
    if (found != existing.constEnd())
        plan.existing = found.value();
    else if (!plan.code)
        return m_report.refuse(plan.reportIndex, QStringLiteral("code"),
                               tr("A new employee needs a code."));

    EmployeeInput r;
    if (plan.existing)
        r = plan.existing->input();
    else
        r.id = plan.id;
    r.code = plan.code.value_or(r.code);
    r.nameEn = plan.nameEn.value_or(r.nameEn);
    r.nameAr = plan.nameAr.value_or(r.nameAr);
    r.title = plan.title.value_or(r.title);
    r.departmentId = plan.departmentId.value_or(r.departmentId);
    r.active = plan.active.value_or(r.active);

    const EmployeeRules::Problem problem =
        EmployeeRules::check(r.id, r.code, r.nameEn, r.nameAr, r.title);
    if (!problem.isNull())
        return m_report.refuse(plan.reportIndex, problem.field, problem.message);
    if (r.departmentId && !m_departments.contains(r.departmentId))
        return m_report.refuse(plan.reportIndex, QStringLiteral("department_id"),
                               tr("Department %1 does not exist.").arg(r.departmentId));
    const Actor& actor = m_changes.actor();
    if (plan.existing && !AccessPolicy::coversDepartment(actor, plan.existing->departmentId))
        return m_report.refuse(plan.reportIndex, QStringLiteral("id"),
                               tr("Employee %1 is not in one of your departments.").arg(r.id));
    if (const QString refusal = DepartmentScope::placementRefusal(actor, r.departmentId);
        !refusal.isEmpty())
        return m_report.refuse(plan.reportIndex, QStringLiteral("department_id"), refusal);
    plan.result = r;
    m_report.setOutcome(plan.reportIndex, !plan.existing
                                              ? Outcome::Created
                                              : (r == plan.existing->input() ? Outcome::Unchanged
                                                                             : Outcome::Updated));
}

void EmployeeImporter::checkCodes(const QList<Plan>& chunk)
{
    // Codes as they will be after the import: each held once across the file...
    QList<qint64> wanted;
    for (const Plan& plan : chunk) {
        if (refused(plan))
            continue;
        const auto other = m_codes.constFind(plan.result.code);
        if (other == m_codes.constEnd()) {
            m_codes.insert(plan.result.code, plan.reportIndex);
            wanted.append(plan.result.code);
            continue;
        }
        m_report.refuse(plan.reportIndex, QStringLiteral("code"),
                        tr("Code %1 is also given to employee %2 on row %3.")
                            .arg(plan.result.code)
                            .arg(m_report.id(*other))
                            .arg(*other + 1));
    }
    // ... and not held by an employee the file leaves as it is: one the file names gets the
    // code the file gives it; one not read so far must give its code up on a later row.
    forEachOf(m_c, QStringLiteral("SELECT e.id, e.code FROM employee e JOIN %1 ON e.code = v.id"),
              wanted, [&](const Statement& q) {
                  const qint64 id = q.value(0).toLongLong();
                  const qint64 code = q.value(1).toLongLong();
                  if (!m_rowOfId.contains(id))
                      m_taken.insert(code, {id, m_codes.value(code)});
              });
}

void EmployeeImporter::checkTakenCodes()
{
    for (auto it = m_taken.cbegin(); it != m_taken.cend(); ++it) {
        if (!m_rowOfId.contains(it->holderId))
            m_report.refuse(it->reportIndex, QStringLiteral("code"),
                            tr("Code %1 belongs to employee %2.").arg(it.key()).arg(it->holderId));
    }
}

void EmployeeImporter::park(qint64 id, qint64 code)
{
    if (!m_lowestCode) {
        Statement q = m_c.exec(QStringLiteral("SELECT min(code) FROM employee"));
        m_lowestCode = std::min<qint64>(q.next() ? q.value(0).toLongLong() : 0, 0);
    }
    m_c.exec(QStringLiteral("UPDATE employee SET code = ? WHERE id = ?"), {--*m_lowestCode, id});
    m_parked.insert(id, code);
}

void EmployeeImporter::write(const QList<Plan>& chunk)
{
    // A code moving from one employee of the file to another would collide halfway: the codes
    // that change, and those taken from employees of later rows, are parked first.
    for (const Plan& plan : chunk) {
        if (plan.existing && plan.result.code != plan.existing->code && !m_parked.contains(plan.id))
            park(plan.id, plan.existing->code);
    }
    for (auto it = m_taken.cbegin(); it != m_taken.cend(); ++it) {
        if (!m_parked.contains(it->holderId))
            park(it->holderId, it.key());
    }

    const QString entity = QStringLiteral("employee");
    // One transaction, one moment: every row gets the same updated_at.
    const QVariant now = m_c.toDb(QDateTime::currentDateTimeUtc());
    // New employees and their audit rows go out together, in multi-row INSERTs.
    QList<EmployeeInput> created;
    QList<ChangeSet::Entry> createdAudit;
    for (const Plan& plan : chunk) {
        switch (m_report.outcome(plan.reportIndex)) {
        case Outcome::Created:
            created.append(plan.result);
            createdAudit.append({plan.id, {}, plan.result.toJson()});
            break;
        case Outcome::Updated:
            EmployeeStore::update(
                m_c, plan.result, plan.existing->version, now,
                tr("Employee %1 (row %2) was changed by someone else during the import; nothing "
                   "was imported.")
                    .arg(plan.id)
                    .arg(plan.reportIndex + 1));
            m_changes.record(m_c, QStringLiteral("employee.update"), entity, plan.id,
                             plan.existing->toJson(), plan.result.toJson());
            break;
        case Outcome::Unchanged:
        case Outcome::Refused:
            break;
        }
    }
    EmployeeStore::insertAll(m_c, created, now);
    m_changes.recordAll(m_c, QStringLiteral("employee.create"), entity, createdAudit);
}
