#include "OriginsCommand.h"

#include "OutputFormat.h"
#include "PageCollector.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {

const QString noteOption = QStringLiteral("note");
const QString activeOption = QStringLiteral("active");
const QString inactiveOption = QStringLiteral("inactive");
const QString skipInvalidOption = QStringLiteral("skip-invalid");

QJsonObject originJson(const OriginRecord& o)
{
    return {{QStringLiteral("id"), o.id},
            {QStringLiteral("origin"), o.origin},
            {QStringLiteral("note"), OutputFormat::textJson(o.note)},
            {QStringLiteral("is_active"), o.active},
            {QStringLiteral("created_by"), OutputFormat::textJson(o.createdByName)},
            {QStringLiteral("created_at"), OutputFormat::timeJson(o.createdAt)},
            {QStringLiteral("updated_at"), OutputFormat::timeJson(o.updatedAt)},
            {QStringLiteral("version"), o.version}};
}

// The outcome as the report names it; "accepted" for a good entry of an import that stopped.
QString outcomeName(OriginImportReport::Outcome outcome, bool applied)
{
    switch (outcome) {
    case OriginImportReport::Outcome::Added:
        return applied ? QStringLiteral("added") : QStringLiteral("accepted");
    case OriginImportReport::Outcome::AlreadyPresent:
        return QStringLiteral("already present");
    case OriginImportReport::Outcome::Duplicate:
        return QStringLiteral("duplicate");
    case OriginImportReport::Outcome::Refused:
        break;
    }
    return QStringLiteral("refused");
}

CliCommand::Output importOutput(const OriginImportReport& report)
{
    using Outcome = OriginImportReport::Outcome;
    TextTable table(
        {QStringLiteral("ENTRY"), QStringLiteral("RESULT"), QStringLiteral("ORIGIN OR REASON")});
    QJsonArray entries;
    for (const OriginImportReport::Entry& e : report.entries) {
        const QString result = outcomeName(e.outcome, report.applied);
        table.addRow({e.text, result, e.outcome == Outcome::Refused ? e.reason : e.origin});
        entries.append(QJsonObject{{QStringLiteral("entry"), e.text},
                                   {QStringLiteral("result"), result},
                                   {QStringLiteral("origin"), OutputFormat::textJson(e.origin)},
                                   {QStringLiteral("reason"), OutputFormat::textJson(e.reason)}});
    }
    const int added = report.applied ? report.countOf(Outcome::Added) : 0;
    const int refused = report.countOf(Outcome::Refused);
    const int present = report.countOf(Outcome::AlreadyPresent);
    const int duplicates = report.countOf(Outcome::Duplicate);
    CliCommand::Output output(
        table.toString() +
            QStringLiteral("%1 added, %2 already present, %3 duplicate(s), %4 refused.")
                .arg(added)
                .arg(present)
                .arg(duplicates)
                .arg(refused),
        QJsonObject{{QStringLiteral("applied"), report.applied},
                    {QStringLiteral("added"), added},
                    {QStringLiteral("already_present"), present},
                    {QStringLiteral("duplicates"), duplicates},
                    {QStringLiteral("refused"), refused},
                    {QStringLiteral("entries"), entries}});
    if (refused > 0 && added == 0)
        output.error =
            report.applied
                ? QStringLiteral("nothing imported: %1 of %2 entries refused and no new origin "
                                 "among the others")
                      .arg(refused)
                      .arg(report.entries.size())
                : QStringLiteral("nothing imported: %1 of %2 entries refused (--skip-invalid "
                                 "imports the others)")
                      .arg(refused)
                      .arg(report.entries.size());
    return output;
}

} // namespace

QString OriginsCommand::description() const
{
    return QStringLiteral("Manage the CORS origins the backend allows (ALLOWED_ORIGINS).");
}

QList<ServiceCommand::Action> OriginsCommand::actions() const
{
    return {
        {QStringLiteral("add"),
         QStringLiteral("ORIGIN [--note TEXT]"),
         QStringLiteral("Allow an origin; prints it normalised as a browser sends it."),
         1,
         1,
         {noteOption}},
        {QStringLiteral("list"),
         QStringLiteral("[--active|--inactive]"),
         QStringLiteral("The origins, sorted."),
         0,
         0,
         {activeOption, inactiveOption}},
        {QStringLiteral("remove"),
         QStringLiteral("ORIGIN|ID..."),
         QStringLiteral("Delete origins, each given by its id or in any form that normalises to "
                        "it. Prints each one refused with why; exit 1 when any was (the others "
                        "are removed all the same)."),
         1,
         anyNumber,
         {}},
        {QStringLiteral("enable"),
         QStringLiteral("ORIGIN|ID..."),
         QStringLiteral("Allow disabled origins again; as remove, exit 1 when any was refused."),
         1,
         anyNumber,
         {}},
        {QStringLiteral("disable"),
         QStringLiteral("ORIGIN|ID..."),
         QStringLiteral("Stop allowing origins but keep them in the list; as remove, exit 1 "
                        "when any was refused."),
         1,
         anyNumber,
         {}},
        {QStringLiteral("test"),
         QStringLiteral("ORIGIN"),
         QStringLiteral("Would the backend accept this Origin header? Exit 0 when allowed, exit "
                        "3 (with a hint) when not."),
         1,
         1,
         {}},
        {QStringLiteral("import"),
         QStringLiteral("VALUE|- [--skip-invalid]"),
         QStringLiteral("Add the origins of an ALLOWED_ORIGINS value (a,b,c; - reads it from "
                        "standard input). All or nothing: one refused entry and nothing is "
                        "imported, unless --skip-invalid. Prints a report per entry; exit 1 "
                        "when entries were refused and nothing was imported."),
         1,
         1,
         {skipInvalidOption}},
        {QStringLiteral("export"),
         QString(),
         QStringLiteral("The active origins as an ALLOWED_ORIGINS value: a,b,c, sorted."),
         0,
         0,
         {}},
    };
}

QList<QCommandLineOption> OriginsCommand::groupOptions() const
{
    return {
        QCommandLineOption(noteOption, QStringLiteral("add: a note (at most 256 characters)."),
                           QStringLiteral("TEXT")),
        QCommandLineOption(activeOption, QStringLiteral("list: only active ones.")),
        QCommandLineOption(inactiveOption, QStringLiteral("list: only inactive ones.")),
        QCommandLineOption(skipInvalidOption,
                           QStringLiteral("import: import the good entries when some are "
                                          "refused.")),
    };
}

void OriginsCommand::prepareAction(const QCommandLineParser& parser, const QStringList& arguments)
{
    m_argument = arguments.value(0);
    m_note = parser.value(noteOption);
    m_active = eitherFlag(parser, activeOption, inactiveOption);
    m_skipInvalid = parser.isSet(skipInvalidOption);
    if (action() == QLatin1String("remove") || action() == QLatin1String("enable") ||
        action() == QLatin1String("disable")) {
        for (const QString& argument : arguments) {
            bool number = false;
            argument.toLongLong(&number);
            if (number) {
                m_targets << QString::number(
                    idArguments({argument}, QStringLiteral("ID")).constFirst());
                continue;
            }
            // Found by its stored form: the argument may be written as the user likes.
            const OriginCheck check = OriginNormalizer::normalize(argument);
            if (!check.isOk())
                throw invalid(QStringLiteral("ORIGIN: ") + check.error(), QStringLiteral("origin"));
            m_targets << check.origin();
        }
    }
}

void OriginsCommand::readInput()
{
    if (action() == QLatin1String("import"))
        m_argument = argumentOrInput(m_argument);
}

QFuture<CliCommand::Output> OriginsCommand::startAction(ServiceRegistry& services,
                                                        const Actor& actor)
{
    m_origins = &services.origins();
    if (action() == QLatin1String("add"))
        return add(actor);
    if (action() == QLatin1String("list"))
        return list(actor);
    if (action() == QLatin1String("remove") || action() == QLatin1String("enable") ||
        action() == QLatin1String("disable"))
        return changeAll(actor);
    if (action() == QLatin1String("test"))
        return test(actor);
    if (action() == QLatin1String("import"))
        return importValue(actor);
    return exportValue(actor);
}

QFuture<CliCommand::Output> OriginsCommand::add(const Actor& actor)
{
    return m_origins->add(actor, m_argument, m_note).then([](const OriginRecord& added) {
        return Output{QStringLiteral("Added %1").arg(added.origin), originJson(added)};
    });
}

QFuture<CliCommand::Output> OriginsCommand::list(const Actor& actor)
{
    OriginFilter filter;
    filter.active = m_active;
    return PageCollector<OriginRecord>::collect(
               [this, actor, filter](const PageRequest& page) {
                   return m_origins->list(actor, filter, page);
               },
               0)
        .then([](const QList<OriginRecord>& origins) {
            TextTable table({QStringLiteral("ORIGIN"), QStringLiteral("ACTIVE"),
                             QStringLiteral("NOTE"), QStringLiteral("CREATED BY"),
                             QStringLiteral("CREATED AT")});
            QJsonArray json;
            for (const OriginRecord& o : origins) {
                table.addRow({o.origin, OutputFormat::yesNo(o.active), o.note, o.createdByName,
                              OutputFormat::time(o.createdAt)});
                json.append(originJson(o));
            }
            return Output{table.toString(), json};
        });
}

QFuture<std::pair<QList<qint64>, BulkResult>> OriginsCommand::find(const Actor& actor)
{
    const QStringList targets = m_targets;
    return PageCollector<OriginRecord>::collect(
               [this, actor](const PageRequest& page) {
                   return m_origins->list(actor, OriginFilter(), page);
               },
               0)
        .then([targets](const QList<OriginRecord>& all) {
            QList<qint64> ids;
            BulkResult unknown;
            for (const QString& target : targets) {
                bool isId = false;
                const qint64 id = target.toLongLong(&isId);
                if (isId) {
                    ids.append(id);
                    continue;
                }
                const auto found =
                    std::find_if(all.cbegin(), all.cend(),
                                 [&](const OriginRecord& o) { return o.origin == target; });
                if (found != all.cend())
                    ids.append(found->id);
                else
                    unknown.refuse(
                        target,
                        Failure(Failure::Kind::NotFound,
                                QStringLiteral("%1 is not in the allowed origins").arg(target),
                                QStringLiteral("origin")));
            }
            return std::pair{ids, unknown};
        });
}

QFuture<CliCommand::Output> OriginsCommand::changeAll(const Actor& actor)
{
    const bool remove = action() == QLatin1String("remove");
    const bool active = action() == QLatin1String("enable");
    return find(actor)
        .then(QCoreApplication::instance(),
              [this, actor, remove, active](const std::pair<QList<qint64>, BulkResult>& found) {
                  // One call for all that were found; those not found are refused beside.
                  const QList<qint64>& ids = found.first;
                  return (remove ? m_origins->removeAll(actor, ids)
                                 : m_origins->setActiveAll(actor, ids, active))
                      .then([unknown = found.second](BulkResult result) {
                          result.refused += unknown.refused;
                          return bulkOutput(result);
                      });
              })
        .unwrap();
}

QFuture<CliCommand::Output> OriginsCommand::test(const Actor& actor)
{
    const QString header = m_argument;
    return m_origins->test(actor, header).then([header](const OriginNormalizer::Match& match) {
        QString text = match.allowed ? QStringLiteral("allowed: %1").arg(header)
                                     : QStringLiteral("not allowed: %1").arg(header);
        if (!match.hint.isEmpty())
            text += QStringLiteral("\nhint: ") + match.hint;
        Output output(text,
                      QJsonObject{{QStringLiteral("origin"), header},
                                  {QStringLiteral("allowed"), match.allowed},
                                  {QStringLiteral("hint"), OutputFormat::textJson(match.hint)}});
        output.exitCode = match.allowed ? 0 : exitNo;
        return output;
    });
}

QFuture<CliCommand::Output> OriginsCommand::importValue(const Actor& actor)
{
    return m_origins->importValue(actor, m_argument, m_skipInvalid).then(importOutput);
}

QFuture<CliCommand::Output> OriginsCommand::exportValue(const Actor& actor)
{
    return m_origins->exportValue(actor).then([](const QString& value) {
        return Output{value, QJsonObject{{QStringLiteral("value"), value}}};
    });
}
