#include "RequestsCommand.h"

#include <QCommandLineParser>

namespace {

const QString reasonOption = QStringLiteral("reason");

} // namespace

QString RequestsCommand::description() const
{
    return QStringLiteral("Approve or reject Pending meal requests and their lines.");
}

QList<ServiceCommand::Action> RequestsCommand::actions() const
{
    return {
        {QStringLiteral("approve"),
         QStringLiteral("ID..."),
         QStringLiteral("Approve Pending requests, keeping their line decisions."),
         1,
         anyNumber,
         {}},
        {QStringLiteral("reject"),
         QStringLiteral("ID... [--reason TEXT]"),
         QStringLiteral("Reject Pending requests and every line of them."),
         1,
         anyNumber,
         {reasonOption}},
        {QStringLiteral("accept-lines"),
         QStringLiteral("LINE_ID..."),
         QStringLiteral("Accept lines of Pending requests."),
         1,
         anyNumber,
         {}},
        {QStringLiteral("reject-lines"),
         QStringLiteral("LINE_ID..."),
         QStringLiteral("Turn down lines of Pending requests."),
         1,
         anyNumber,
         {}},
    };
}

QList<QCommandLineOption> RequestsCommand::groupOptions() const
{
    return {QCommandLineOption(reasonOption,
                               QStringLiteral("reject: why, kept in each request's notes."),
                               QStringLiteral("TEXT"))};
}

void RequestsCommand::prepareAction(const QCommandLineParser& parser, const QStringList& arguments)
{
    m_reason = parser.value(reasonOption);
    m_ids = idArguments(arguments, action().endsWith(QLatin1String("-lines"))
                                       ? QStringLiteral("LINE_ID")
                                       : QStringLiteral("ID"));
}

QFuture<CliCommand::Output> RequestsCommand::startAction(ServiceRegistry& services,
                                                         const Actor& actor)
{
    MealRequestService& meals = services.mealRequests();
    if (action().endsWith(QLatin1String("-lines")))
        return meals.setLinesAccepted(actor, m_ids, action() == QLatin1String("accept-lines"))
            .then(bulkOutput);
    // What the command line says it saw: Pending, the one status a decision starts from.
    QList<MealRequestSeen> seen;
    for (const qint64 id : m_ids)
        seen.append({id, MealRequestStatus::Pending});
    return meals
        .changeStatuses(actor, seen,
                        action() == QLatin1String("approve") ? MealRequestStatus::Approved
                                                             : MealRequestStatus::Rejected,
                        m_reason)
        .then(bulkOutput);
}
