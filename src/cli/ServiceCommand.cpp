#include "ServiceCommand.h"

#include "InputLimits.h"
#include "ServiceHost.h"

#include "StandardInput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {

const QString userOption = QStringLiteral("user");
const char* const userVariable = "MEALDESK_USER";
const char* const passwordVariable = "MEALDESK_PASSWORD";

// Text broken into lines of at most `width` characters, each after `indent` spaces.
QString wrapped(const QString& text, int indent, int width = 79)
{
    const QString margin(indent, QLatin1Char(' '));
    QString result;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
            result += margin + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return result + margin + line + QLatin1Char('\n');
}

} // namespace

QList<QCommandLineOption> ServiceCommand::options() const
{
    return QList<QCommandLineOption>{QCommandLineOption(
               userOption,
               QStringLiteral("Sign in as NAME (default: $%1); the password "
                              "comes from $%2 or the first line of standard "
                              "input.")
                   .arg(QLatin1String(userVariable), QLatin1String(passwordVariable)),
               QStringLiteral("NAME"))} +
           groupOptions();
}

QString ServiceCommand::helpDetails() const
{
    QString text = QStringLiteral("Actions:\n");
    for (const Action& a : actions())
        text += wrapped(usageOf(a), 2) + wrapped(a.description, 6);
    return text + QLatin1Char('\n') +
           wrapped(QStringLiteral("Every action signs in first: --user NAME (or $%1), and the "
                                  "password from $%2 or, when that is unset, the first line of "
                                  "standard input. Data read from standard input (-) follows "
                                  "that line.")
                       .arg(QLatin1String(userVariable), QLatin1String(passwordVariable)),
                   0);
}

void ServiceCommand::prepare(const QCommandLineParser& parser)
{
    const QList<Action> all = actions();
    QStringList names;
    for (const Action& a : all)
        names << a.name;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        throw invalid(QStringLiteral("%1 needs an action: %2 (see %1 --help)")
                          .arg(name(), names.join(QStringLiteral(", "))),
                      QStringLiteral("action"));
    m_action = positional.at(1);
    const auto chosen = std::find_if(all.cbegin(), all.cend(),
                                     [this](const Action& a) { return a.name == m_action; });
    if (chosen == all.cend())
        throw invalid(QStringLiteral("unknown action '%1 %2' (actions: %3)")
                          .arg(name(), m_action, names.join(QStringLiteral(", "))),
                      QStringLiteral("action"));
    const QString command = name() + QLatin1Char(' ') + m_action;
    const QStringList arguments = positional.mid(2);
    if (arguments.size() < chosen->minArguments || arguments.size() > chosen->maxArguments)
        throw invalid(QStringLiteral("%1 %2 (usage: %3)")
                          .arg(command,
                               arguments.size() < chosen->minArguments
                                   ? QStringLiteral("is missing an argument")
                                   : QStringLiteral("got an unexpected argument '%1'")
                                         .arg(arguments.at(chosen->maxArguments)),
                               usageOf(*chosen)),
                      QStringLiteral("arguments"));
    for (const QCommandLineOption& option : groupOptions()) {
        const QString optionName = option.names().constFirst();
        if (parser.isSet(optionName) && !chosen->options.contains(optionName))
            throw invalid(QStringLiteral("--%1 does not apply to %2").arg(optionName, command),
                          optionName);
    }

    m_username =
        parser.isSet(userOption) ? parser.value(userOption) : qEnvironmentVariable(userVariable);
    if (m_username.isEmpty())
        throw invalid(QStringLiteral("%1 needs --user NAME (or $%2) to sign in")
                          .arg(command, QLatin1String(userVariable)),
                      userOption);
    prepareAction(parser, arguments);

    m_password =
        qEnvironmentVariableIsSet(passwordVariable)
            ? qEnvironmentVariable(passwordVariable)
            : StandardInput::readSecret(QStringLiteral("Password for %1: ").arg(m_username), false);
    if (m_password.isNull())
        throw invalid(QStringLiteral("no password to sign in as '%1': set $%2 or give it as the "
                                     "first line of standard input")
                          .arg(m_username, QLatin1String(passwordVariable)),
                      QStringLiteral("password"));
    readInput();
}

QFuture<CliCommand::Output> ServiceCommand::start(ServiceHost& host)
{
    const QString username = m_username;
    return host.services()
        .auth()
        .signIn(m_username, m_password)
        .onFailed([username](const Failure& e) -> Actor {
            throw Failure(e.kind(),
                          QStringLiteral("cannot sign in as '%1': %2").arg(username, e.message()),
                          e.field());
        })
        .then(QCoreApplication::instance(),
              [this, &host](const Actor& actor) { return startAction(host.services(), actor); })
        .unwrap();
}

QString ServiceCommand::usageOf(const Action& action) const
{
    const QString usage = name() + QLatin1Char(' ') + action.name;
    return action.synopsis.isEmpty() ? usage : usage + QLatin1Char(' ') + action.synopsis;
}

std::optional<bool> ServiceCommand::eitherFlag(const QCommandLineParser& parser, const QString& yes,
                                               const QString& no)
{
    if (parser.isSet(yes) && parser.isSet(no))
        throw invalid(QStringLiteral("--%1 and --%2 exclude each other").arg(yes, no), no);
    if (parser.isSet(yes))
        return true;
    if (parser.isSet(no))
        return false;
    return std::nullopt;
}

QDateTime ServiceCommand::timeValue(const QCommandLineParser& parser, const QString& option)
{
    if (!parser.isSet(option))
        return {};
    const QString text = parser.value(option);
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        throw invalid(QStringLiteral("--%1: '%2' is not an ISO 8601 time such as "
                                     "2030-01-31T12:00:00Z")
                          .arg(option, text),
                      option);
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    return time.toUTC();
}

QString ServiceCommand::argumentOrInput(const QString& argument)
{
    if (argument != QLatin1String("-"))
        return argument;
    // The longest value read this way is an ALLOWED_ORIGINS value; a UTF-16 code unit takes
    // at most 3 bytes of UTF-8.
    constexpr qsizetype maxBytes = 3 * InputLimits::maxOriginsValueLength;
    const QByteArray input = StandardInput::readAll(maxBytes);
    if (input.size() > maxBytes)
        throw invalid(QStringLiteral("the standard input has more than %1 MiB; that is not a "
                                     "value this command takes.")
                          .arg(maxBytes / (qsizetype{1024} * 1024)),
                      QStringLiteral("input"));
    return QString::fromUtf8(input).trimmed();
}

Failure ServiceCommand::invalid(const QString& message, const QString& field)
{
    return Failure(Failure::Kind::Validation, message, field);
}

QList<qint64> ServiceCommand::idArguments(const QStringList& arguments, const QString& what)
{
    QList<qint64> ids;
    for (const QString& argument : arguments) {
        bool ok = false;
        const qint64 id = argument.toLongLong(&ok);
        if (!ok || id <= 0)
            throw invalid(QStringLiteral("%1: '%2' is not an id (a whole number above 0)")
                              .arg(what, argument),
                          QStringLiteral("id"));
        ids.append(id);
    }
    return ids;
}

CliCommand::Output ServiceCommand::bulkOutput(const BulkResult& result)
{
    QJsonArray refused;
    for (const BulkResult::Refusal& r : result.refused)
        refused.append(QJsonObject{{QStringLiteral("key"), r.key},
                                   {QStringLiteral("kind"), Failure::kindName(r.kind)},
                                   {QStringLiteral("message"), r.message}});
    Output output(result.summary(),
                  QJsonObject{{QStringLiteral("done"), QJsonArray::fromStringList(result.done)},
                              {QStringLiteral("refused"), refused}});
    if (!result.refused.isEmpty())
        output.error = QStringLiteral("%1 of %2 refused")
                           .arg(result.refused.size())
                           .arg(result.refused.size() + result.done.size());
    return output;
}
