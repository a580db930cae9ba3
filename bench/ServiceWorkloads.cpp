#include "ServiceWorkloads.h"

#include "BenchDatabase.h"
#include "EmployeeService.h"
#include "MealRequestService.h"
#include "OriginService.h"
#include "TokenService.h"
#include "WorkloadRunner.h"

#include <QByteArray>
#include <QDateTime>

#include <stdexcept>

namespace {

// The services refuse wrong input themselves; this catches a result that is not what the
// workload asked for, so that a figure never counts work that was not done.
void expect(bool condition, const char* what)
{
    if (!condition)
        throw Failure(Failure::Kind::Internal,
                      QStringLiteral("bench check failed: %1").arg(QLatin1String(what)));
}

template <typename T> QFuture<void> voidOf(const QFuture<T>& future)
{
    return QFuture<void>(future);
}

QString prefilledJti(int i)
{
    return QStringLiteral("prefilled-%1").arg(i, 8, 10, QLatin1Char('0'));
}

} // namespace

ServiceWorkloads::ServiceWorkloads(BenchDatabase& database, const BenchSizes& sizes, int inFlight)
    : m_database(database)
    , m_sizes(sizes)
    , m_inFlight(inFlight)
{
}

void ServiceWorkloads::runAll(const Sink& sink)
{
    const std::pair<const char*, WorkloadResult (ServiceWorkloads::*)()> workloads[] = {
        {"W1_seed", &ServiceWorkloads::seed},
        {"W2_read", &ServiceWorkloads::read},
        {"W3_token_check", &ServiceWorkloads::checkTokens},
        {"W4_revoke", &ServiceWorkloads::revoke},
        {"W5_meal_request", &ServiceWorkloads::mealRequests},
        {"W6_origins", &ServiceWorkloads::origins},
        {"W7_bulk_decisions", &ServiceWorkloads::bulkDecisions},
    };
    for (const auto& [name, run] : workloads) {
        if (run == &ServiceWorkloads::read)
            analyze();
        WorkloadFigure figure;
        figure.bench = QLatin1String(name);
        figure.backend = m_database.backend();
        figure.pool = m_database.poolSize();
        figure.inFlight = m_inFlight;
        figure.result = (this->*run)();
        if (figure.result.failures > 0)
            throw std::runtime_error(QStringLiteral("%1 on %2: %3 of %4 operations failed: %5")
                                         .arg(figure.bench, figure.backend)
                                         .arg(figure.result.failures)
                                         .arg(figure.result.ops)
                                         .arg(figure.result.firstError)
                                         .toStdString());
        sink(figure);
    }
}

void ServiceWorkloads::analyze()
{
    if (m_database.settings().dialect() != Dialect::PostgreSQL)
        return;
    m_database.db()
        .exclusive([](Connection& c) { c.execDirect(QStringLiteral("ANALYZE employee")); })
        .waitForFinished();
}

void ServiceWorkloads::insertRows(const QString& table, const QStringList& columns,
                                  const std::function<QVariantList(const Connection&, int)>& row,
                                  int count)
{
    constexpr int rowsPerStatement = 500;
    m_database.db()
        .write([=](Connection& c) {
            QStringList marks;
            marks.fill(QStringLiteral("?"), columns.size());
            const QString tuple =
                QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
            for (int start = 0; start < count; start += rowsPerStatement) {
                const int rows = std::min(rowsPerStatement, count - start);
                QStringList tuples;
                tuples.fill(tuple, rows);
                QVariantList values;
                for (int i = start; i < start + rows; ++i)
                    values << row(c, i);
                c.exec(
                    QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                        .arg(table, columns.join(QLatin1Char(',')), tuples.join(QLatin1Char(','))),
                    values);
            }
        })
        .waitForFinished();
}

WorkloadResult ServiceWorkloads::measure(int total, const WorkloadRunner::Operation& operation)
{
    const qint64 before = m_database.db().statementsSent();
    WorkloadResult result = WorkloadRunner::run(total, m_inFlight, operation);
    if (result.ops > 0)
        result.statementsPerOp =
            double(m_database.db().statementsSent() - before) / double(result.ops);
    return result;
}

// W1: employees in batches through the CSV import, one transaction (and one audit row per
// employee) per batch.
WorkloadResult ServiceWorkloads::seed()
{
    EmployeeService service(m_database.db(), m_database.feed());
    const Actor actor = m_database.admin();
    const int batches = m_sizes.seedEmployees / m_sizes.seedBatch;
    QList<QByteArray> files;
    for (int b = 0; b < batches; ++b) {
        QByteArray csv = "id,code,name_en,name_ar,title,is_active\r\n";
        for (int k = 0; k < m_sizes.seedBatch; ++k) {
            const int id = b * m_sizes.seedBatch + k + 1;
            csv += QStringLiteral("%1,%2,Employee %1,موظف %1,Cook,1\r\n")
                       .arg(id)
                       .arg(500000000 + id)
                       .toUtf8();
        }
        files << csv;
    }
    const int batch = m_sizes.seedBatch;
    return measure(batches, [&, batch](int i) {
        return voidOf(
            service.importCsv(actor, files.at(i)).then([batch](const EmployeeImportReport& r) {
                expect(r.applied && r.countOf(EmployeeImportReport::Outcome::Created) == batch,
                       "every row of a batch created");
            }));
    });
}

// W2: every employee by id, in keyset pages; page p continues after the last row of page p - 1
// (ids are 1..N), so with k in flight this is k readers paging through the table.
WorkloadResult ServiceWorkloads::read()
{
    EmployeeService service(m_database.db(), m_database.feed());
    const Actor actor = m_database.admin();
    const int pageSize = m_sizes.readPage;
    const int pages = m_sizes.seedEmployees / pageSize;
    return measure(pages, [&, pageSize](int p) {
        PageRequest request;
        request.sortKey = QStringLiteral("id");
        request.limit = pageSize;
        if (p > 0) {
            request.hasCursor = true;
            request.afterValue = QString::number(qint64(p) * pageSize);
            request.afterId = qint64(p) * pageSize;
        }
        return voidOf(
            service.list(actor, {}, request).then([p, pageSize](const Page<EmployeeRecord>& page) {
                expect(page.rows.size() == pageSize && page.lastId == qint64(p + 1) * pageSize,
                       "a full page after the cursor");
            }));
    });
}

// W3: is-revoked lookups by jti, every other one a hit, against pre-filled revoked tokens.
WorkloadResult ServiceWorkloads::checkTokens()
{
    insertRows(
        QStringLiteral("revoked_tokens"),
        {QStringLiteral("jti"), QStringLiteral("token_type"), QStringLiteral("revoked_at"),
         QStringLiteral("reason")},
        [](const Connection& c, int i) -> QVariantList {
            return {prefilledJti(i), QStringLiteral("access"),
                    c.toDb(QDateTime::currentDateTimeUtc()), QStringLiteral("bench")};
        },
        m_sizes.prefilledTokens);
    TokenService service(m_database.db(), m_database.feed());
    const Actor actor = m_database.admin();
    const int prefilled = m_sizes.prefilledTokens;
    return measure(m_sizes.tokenChecks, [&, prefilled](int i) {
        const bool hit = i % 2 == 0;
        const QString jti = hit ? prefilledJti((i / 2 * 7919) % prefilled)
                                : QStringLiteral("absent-%1").arg(i, 8, 10, QLatin1Char('0'));
        return voidOf(service.check(actor, jti).then([hit](const TokenCheck& check) {
            expect(check.isRevoked() == hit, "a hit for every pre-filled jti, else a miss");
        }));
    });
}

// W4: revocations of bare jtis, each its own transaction with its audit row.
WorkloadResult ServiceWorkloads::revoke()
{
    TokenService service(m_database.db(), m_database.feed());
    const Actor actor = m_database.admin();
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(3600);
    return measure(m_sizes.revocations, [&](int i) {
        RevokeInput input;
        input.text = QStringLiteral("revoked-%1").arg(i, 8, 10, QLatin1Char('0'));
        input.explicitJti = true;
        input.expiresAt = expires;
        input.reason = QStringLiteral("bench");
        return voidOf(service.revoke(actor, input).then([](const RevokeResult& r) {
            expect(!r.alreadyRevoked, "a new revocation");
        }));
    });
}

// W5: meal requests of distinct employees (the duplicate rule holds), over the three meal types.
WorkloadResult ServiceWorkloads::mealRequests()
{
    MealRequestService service(m_database.db(), m_database.feed());
    const Actor actor = m_database.admin();
    const int lines = m_sizes.linesPerRequest;
    return measure(m_sizes.mealRequests, [&, lines](int i) {
        MealRequestInput input;
        input.mealTypeId = 1 + i % 3;
        input.notes = QStringLiteral("bench");
        for (int k = 0; k < lines; ++k) {
            MealLineInput line;
            line.employeeId = qint64(i) * lines + k + 1;
            input.lines << line;
        }
        return voidOf(service.create(actor, input).then([lines](const MealRequestRecord& r) {
            expect(r.lineCount == lines, "every line on the request");
        }));
    });
}

// W6: add -> deactivate -> list the active ones -> delete, each step its own transaction.
WorkloadResult ServiceWorkloads::origins()
{
    insertRows(
        QStringLiteral("allowed_origins"),
        {QStringLiteral("origin"), QStringLiteral("note"), QStringLiteral("is_active")},
        [](const Connection&, int i) -> QVariantList {
            return {QStringLiteral("https://prefilled-%1.example.com").arg(i),
                    QStringLiteral("bench"), true};
        },
        m_sizes.prefilledOrigins);
    OriginService service(m_database.db(), m_database.feed());
    const Actor actor = m_database.admin();
    const int prefilled = m_sizes.prefilledOrigins;
    return measure(m_sizes.originCycles, [&, prefilled](int i) {
        OriginService* s = &service;
        return s
            ->add(actor, QStringLiteral("https://cycle-%1.example.com").arg(i),
                  QStringLiteral("bench"))
            .then([s, actor](const OriginRecord& added) {
                return s->setActive(actor, added.id, added.version, false);
            })
            .unwrap()
            .then([s, actor, prefilled](const OriginRecord& inactive) {
                OriginFilter filter;
                filter.active = true;
                PageRequest page;
                page.limit = 1000;
                return s->list(actor, filter, page)
                    .then([prefilled, id = inactive.id](const Page<OriginRecord>& active) {
                        expect(active.rows.size() >= prefilled, "the pre-filled origins listed");
                        return id;
                    });
            })
            .unwrap()
            .then([s, actor](qint64 id) { return s->remove(actor, id); })
            .unwrap();
    });
}

// W7: W5's requests (Pending, of linesPerRequest lines each; ids 1..mealRequests, W5 being the
// first to write any) approved in calls of bulkDecision requests: one transaction per call,
// with an audit row per request and one announcement.
WorkloadResult ServiceWorkloads::bulkDecisions()
{
    MealRequestService service(m_database.db(), m_database.feed());
    const Actor actor = m_database.admin();
    const int size = m_sizes.bulkDecision;
    return measure(m_sizes.mealRequests / size, [&, size](int call) {
        QList<MealRequestSeen> seen;
        for (int k = 0; k < size; ++k)
            seen.append({qint64(call) * size + k + 1, MealRequestStatus::Pending});
        return voidOf(service.changeStatuses(actor, seen, MealRequestStatus::Approved)
                          .then([size](const BulkResult& r) {
                              expect(r.done.size() == size && r.refused.isEmpty(),
                                     "every request of the call approved");
                          }));
    });
}
