#include "AuditCommand.h"

#include "Failure.h"
#include "OutputFormat.h"
#include "PageCollector.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThreadPool>

#include <limits>

namespace {

const QString sinceOption = QStringLiteral("since");
const QString untilOption = QStringLiteral("until");
const QString actorOption = QStringLiteral("actor");
const QString actionOption = QStringLiteral("action");
const QString entityOption = QStringLiteral("entity");
const QString limitOption = QStringLiteral("limit");
const QString formatOption = QStringLiteral("format");
const QString outputOption = QStringLiteral("output");
const QString jsonOption = QStringLiteral("json");

// As the Audit screen lists them.
PageRequest newestFirst()
{
    PageRequest order;
    order.sortKey = QStringLiteral("at");
    order.descending = true;
    return order;
}

QJsonObject entryJson(const AuditRecord& e)
{
    // The details are JSON written by the services; text from elsewhere stays text.
    QJsonParseError error;
    const QJsonDocument details = QJsonDocument::fromJson(e.details.toUtf8(), &error);
    QJsonValue detailsJson = OutputFormat::textJson(e.details);
    if (error.error == QJsonParseError::NoError)
        detailsJson = details.isArray() ? QJsonValue(details.array()) : details.object();
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), OutputFormat::timeJson(e.at)},
            {QStringLiteral("account_id"), OutputFormat::idJson(e.accountId)},
            {QStringLiteral("account"), OutputFormat::textJson(e.accountName)},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("entity"), e.entity},
            {QStringLiteral("entity_id"), OutputFormat::textJson(e.entityId)},
            {QStringLiteral("details"), detailsJson}};
}

} // namespace

QString AuditCommand::description() const
{
    return QStringLiteral("List and export the audit log.");
}

QList<ServiceCommand::Action> AuditCommand::actions() const
{
    const QStringList filters = {sinceOption, untilOption, actorOption, actionOption, entityOption};
    const QString filterSynopsis =
        QStringLiteral("[--since ISO8601] [--until ISO8601] [--actor USER] [--action ACTION] "
                       "[--entity ENTITY]");
    return {
        {QStringLiteral("list"),
         filterSynopsis + QStringLiteral(" [--limit N] [--format table|json|csv]"),
         QStringLiteral("The entries, newest first: all of them unless --limit. CSV as "
                        "export writes it."),
         0, 0, filters + QStringList{limitOption, formatOption}},
        {QStringLiteral("export"), filterSynopsis + QStringLiteral(" --output FILE|-"),
         QStringLiteral("Write every entry the filters select, newest first, as CSV (UTF-8 with "
                        "a byte order mark; time in ISO 8601 UTC, actor, action, entity, entity "
                        "id, details as JSON) to FILE, or to standard output for -."),
         0, 0, filters + QStringList{outputOption}},
    };
}

QList<QCommandLineOption> AuditCommand::groupOptions() const
{
    return {
        QCommandLineOption(sinceOption,
                           QStringLiteral("Only entries at or after this time (ISO 8601; UTC "
                                          "unless it names a zone)."),
                           QStringLiteral("ISO8601")),
        QCommandLineOption(untilOption, QStringLiteral("Only entries before this time."),
                           QStringLiteral("ISO8601")),
        QCommandLineOption(actorOption, QStringLiteral("Only what this account did."),
                           QStringLiteral("USER")),
        QCommandLineOption(actionOption,
                           QStringLiteral("Only this action, exactly (for example "
                                          "account.block)."),
                           QStringLiteral("ACTION")),
        QCommandLineOption(entityOption,
                           QStringLiteral("Only changes of this kind of record, exactly (for "
                                          "example employee)."),
                           QStringLiteral("ENTITY")),
        QCommandLineOption(limitOption, QStringLiteral("list: at most N entries (default: all)."),
                           QStringLiteral("N")),
        QCommandLineOption(formatOption,
                           QStringLiteral("list: table (default), json (the same as --json) or "
                                          "csv."),
                           QStringLiteral("table|json|csv")),
        QCommandLineOption(outputOption,
                           QStringLiteral("export: the file to write, or - for standard output."),
                           QStringLiteral("FILE|-")),
    };
}

void AuditCommand::prepareAction(const QCommandLineParser& parser, const QStringList&)
{
    m_filter.from = timeValue(parser, sinceOption);
    m_filter.to = timeValue(parser, untilOption);
    if (m_filter.from.isValid() && m_filter.to.isValid() && m_filter.from >= m_filter.to)
        throw invalid(QStringLiteral("--since (%1) must be before --until (%2)")
                          .arg(parser.value(sinceOption), parser.value(untilOption)),
                      untilOption);
    m_actor = parser.value(actorOption);
    m_filter.action = parser.value(actionOption);
    m_filter.entity = parser.value(entityOption);
    m_limit = intValue(parser, limitOption, 1, std::numeric_limits<int>::max(), 0);

    const bool json = parser.isSet(jsonOption);
    if (action() == QLatin1String("export")) {
        if (json)
            throw invalid(QStringLiteral("audit export writes CSV; audit list --format json "
                                         "writes JSON"),
                          jsonOption);
        m_output = parser.value(outputOption);
        if (m_output.isEmpty())
            throw invalid(QStringLiteral("audit export needs --output FILE (or - for standard "
                                         "output)"),
                          outputOption);
        return;
    }
    const QString format = parser.value(formatOption);
    if (format.isEmpty() || format == QLatin1String("table"))
        m_format = Format::Table;
    else if (format == QLatin1String("json"))
        m_format = Format::Json;
    else if (format == QLatin1String("csv"))
        m_format = Format::Csv;
    else
        throw invalid(QStringLiteral("--format: '%1' is none of table, json, csv").arg(format),
                      formatOption);
    if (json && parser.isSet(formatOption) && m_format != Format::Json)
        throw invalid(QStringLiteral("--json and --format %1 exclude each other").arg(format),
                      formatOption);
    if (json)
        m_format = Format::Json;
}

QFuture<CliCommand::Output> AuditCommand::startAction(ServiceRegistry& services, const Actor& actor)
{
    m_audit = &services.audit();
    m_accounts = &services.accounts();
    return resolvedFilter(actor)
        .then(QCoreApplication::instance(),
              [this, actor](const AuditFilter& filter) {
                  return action() == QLatin1String("export") ? exportCsv(actor, filter)
                                                             : list(actor, filter);
              })
        .unwrap();
}

QFuture<AuditFilter> AuditCommand::resolvedFilter(const Actor& actor) const
{
    if (m_actor.isEmpty())
        return QtFuture::makeReadyFuture(m_filter);
    return m_accounts->findByUsername(actor, m_actor)
        .then([filter = m_filter](const AccountRecord& account) mutable {
            filter.accountId = account.id;
            return filter;
        });
}

QFuture<CliCommand::Output> AuditCommand::list(const Actor& actor, const AuditFilter& filter) const
{
    if (m_format == Format::Csv)
        return m_audit->exportCsv(actor, filter, newestFirst(), m_limit)
            .then([](const QByteArray& csv) {
                Output output;
                output.data = csv;
                return output;
            });
    AuditService* audit = m_audit;
    const bool json = m_format == Format::Json;
    return PageCollector<AuditRecord>::collect(
               [audit, actor, filter](const PageRequest& page) {
                   PageRequest next = page;
                   next.sortKey = newestFirst().sortKey;
                   next.descending = true;
                   return audit->list(actor, filter, next);
               },
               m_limit)
        .then([json](const QList<AuditRecord>& entries) {
            TextTable table({QStringLiteral("TIME"), QStringLiteral("ACTOR"),
                             QStringLiteral("ACTION"), QStringLiteral("ENTITY"),
                             QStringLiteral("ID")});
            QJsonArray array;
            for (const AuditRecord& e : entries) {
                table.addRow({OutputFormat::time(e.at),
                              e.accountId ? e.accountName : QStringLiteral("(system)"), e.action,
                              e.entity, e.entityId.isEmpty() ? QStringLiteral("-") : e.entityId});
                array.append(entryJson(e));
            }
            Output output{table.toString(), array};
            // --format json without --json: the same document.
            if (json)
                output.data = QJsonDocument(array).toJson();
            return output;
        });
}

QFuture<CliCommand::Output> AuditCommand::exportCsv(const Actor& actor,
                                                    const AuditFilter& filter) const
{
    const QString path = m_output;
    return m_audit->exportCsv(actor, filter, newestFirst())
        .then(QThreadPool::globalInstance(), [path](const QByteArray& csv) {
            Output output;
            if (path == QLatin1String("-")) {
                output.data = csv;
                return output;
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
                throw Failure(Failure::Kind::Unavailable,
                              QStringLiteral("cannot write %1: %2").arg(path, file.errorString()),
                              outputOption);
            output.text = QStringLiteral("Audit log written to %1.").arg(path);
            return output;
        });
}
