#include "DbCommand.h"

#include "Failure.h"
#include "ServiceHost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

const QString yesOption = QStringLiteral("yes");

QJsonArray changeList(const SchemaReport& report)
{
    QJsonArray list;
    for (const SchemaReport::Change& change : report.changes)
        list.append(change.text());
    return list;
}

} // namespace

QString DbCommand::description() const
{
    return QStringLiteral("Check, upgrade or adopt the database's schema (before any other "
                          "command migrates it).");
}

QList<QCommandLineOption> DbCommand::options() const
{
    return {QCommandLineOption(yesOption,
                               QStringLiteral("db adopt: add the listed columns of MealDesk's "
                                              "own to the web backend's tables."))};
}

QString DbCommand::helpDetails() const
{
    return QStringLiteral(
        "Actions:\n"
        "  db check        What the database holds and what MealDesk would change or refuse;\n"
        "                  changes nothing. Exit 0 when MealDesk can use it as it is, else 1.\n"
        "  db upgrade      Apply MealDesk's pending migrations (what every command does first).\n"
        "  db adopt [--yes]\n"
        "                  Adopt the tables the web backend created: without --yes only when\n"
        "                  no column must be added (else the list is printed, exit 1, nothing\n"
        "                  changed); with --yes the listed columns are added first, in one\n"
        "                  transaction. The backend's rows are never changed.\n");
}

void DbCommand::prepare(const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    if (action == QLatin1String("check"))
        m_action = Action::Check;
    else if (action == QLatin1String("upgrade"))
        m_action = Action::Upgrade;
    else if (action == QLatin1String("adopt"))
        m_action = Action::Adopt;
    else
        throw Failure(Failure::Kind::Validation,
                      action.isEmpty()
                          ? QStringLiteral("db needs an action: check, upgrade, adopt")
                          : QStringLiteral("unknown action 'db %1' (actions: check, upgrade, "
                                           "adopt)")
                                .arg(action),
                      QStringLiteral("action"));
    if (positional.size() > 2)
        throw Failure(Failure::Kind::Validation,
                      QStringLiteral("unexpected argument '%1'").arg(positional.at(2)),
                      QStringLiteral("arguments"));
    m_confirmed = parser.isSet(yesOption);
    if (m_confirmed && m_action != Action::Adopt)
        throw Failure(Failure::Kind::Validation,
                      QStringLiteral("--yes does not apply to db %1").arg(action), yesOption);
}

QFuture<CliCommand::Output> DbCommand::start(ServiceHost& host)
{
    SchemaService& schema = host.services().schema();
    switch (m_action) {
    case Action::Check:
        return schema.inspect().then([](const SchemaReport& report) {
            Output out(report.text(), report.toJson());
            if (report.state == SchemaReport::State::MealDesk &&
                report.version > SchemaService::latestVersion())
                out.error = QStringLiteral("the schema is newer than this MealDesk knows "
                                           "(version %1): update MealDesk")
                                .arg(SchemaService::latestVersion());
            else if (!report.problems.isEmpty())
                out.error = QStringLiteral("MealDesk cannot adopt this database: %1 problem(s)")
                                .arg(report.problems.size());
            else if (!report.usableAsIs())
                out.error = QStringLiteral("MealDesk must add %1 column(s) first: run db adopt "
                                           "--yes to add them")
                                .arg(report.changes.size());
            return out;
        });
    case Action::Upgrade:
        return schema.migrate().then([](int version) {
            return Output(QStringLiteral("The schema is at version %1.").arg(version),
                          QJsonObject{{QStringLiteral("version"), version}});
        });
    case Action::Adopt:
        break;
    }
    return adopt(schema);
}

QFuture<CliCommand::Output> DbCommand::adopt(SchemaService& schema) const
{
    const bool confirmed = m_confirmed;
    // The report first: it says what the adoption is about to do, or why it will not.
    return schema.inspect()
        .then(QCoreApplication::instance(),
              [&schema, confirmed](const SchemaReport& report) {
                  if (report.state == SchemaReport::State::Backend &&
                      (!report.problems.isEmpty() || (!report.changes.isEmpty() && !confirmed))) {
                      Output out(report.text(), report.toJson());
                      out.error = report.problems.isEmpty()
                                      ? QStringLiteral("nothing was changed: run db adopt --yes "
                                                       "to add the %1 column(s) listed")
                                            .arg(report.changes.size())
                                      : QStringLiteral("MealDesk cannot adopt this database: "
                                                       "%1 problem(s); nothing was changed")
                                            .arg(report.problems.size());
                      return QtFuture::makeReadyFuture(out);
                  }
                  const auto changes = confirmed ? Migrator::AdoptionChanges::Apply
                                                 : Migrator::AdoptionChanges::Refuse;
                  return schema.migrate(changes).then([report](int version) {
                      QString text;
                      switch (report.state) {
                      case SchemaReport::State::Backend:
                          text = QStringLiteral("Adopted the web backend's tables: schema "
                                                "version %1, %2 column(s) added.")
                                     .arg(version)
                                     .arg(report.changes.size());
                          for (const SchemaReport::Change& change : report.changes)
                              text += QStringLiteral("\n  - added ") + change.text();
                          break;
                      case SchemaReport::State::MealDesk:
                          text = QStringLiteral("Nothing to adopt: the database has MealDesk's "
                                                "schema, now version %1.")
                                     .arg(version);
                          break;
                      case SchemaReport::State::Empty:
                          text = QStringLiteral("Nothing to adopt: the database held none of "
                                                "the shared tables; MealDesk created its schema "
                                                "(version %1).")
                                     .arg(version);
                          break;
                      }
                      return Output(
                          text, QJsonObject{{QStringLiteral("adopted"),
                                             report.state == SchemaReport::State::Backend},
                                            {QStringLiteral("version"), version},
                                            {QStringLiteral("added_columns"), changeList(report)}});
                  });
              })
        .unwrap();
}
