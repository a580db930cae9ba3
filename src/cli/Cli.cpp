#include "Cli.h"

#include "AccountsCommand.h"
#include "AuditCommand.h"
#include "ConnectionSettings.h"
#include "Database.h"
#include "DbCommand.h"
#include "DemoCommand.h"
#include "EmployeesCommand.h"
#include "Failure.h"
#include "InitCommand.h"
#include "OriginsCommand.h"
#include "PrintableText.h"
#include "RequestsCommand.h"
#include "ServiceHost.h"
#include "SqlMessages.h"
#include "TokensCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cstdio>

namespace {

const QString programName = QStringLiteral("mealdesk-cli");

void printOut(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printData(const QByteArray& data)
{
    std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
    std::fflush(stdout);
}

QString jsonText(const QJsonValue& json)
{
    return QString::fromUtf8(json.isArray() ? QJsonDocument(json.toArray()).toJson()
                                            : QJsonDocument(json.toObject()).toJson());
}

// A line on standard error that does not stop the command.
void printNote(const QString& message)
{
    std::fprintf(stderr, "%s: %s\n", qUtf8Printable(programName),
                 qUtf8Printable(PrintableText::escaped(message.simplified())));
    std::fflush(stderr);
}

// Errors are one line, so scripts can show or log them as they are.
int printError(const QString& message)
{
    printNote(message);
    return 1;
}

constexpr char databaseVariable[] = "MEALDESK_DATABASE";
const QCommandLineOption databaseOption(
    QStringLiteral("database"),
    QStringLiteral("The database: sqlite:///path/file.db or postgresql://user@host[:port]/name "
                   "(default: $MEALDESK_DATABASE, else the demo database)."),
    QStringLiteral("URL"));
const QCommandLineOption jsonOption(QStringLiteral("json"),
                                    QStringLiteral("Print the result as JSON."));

void addCommonOptions(QCommandLineParser& parser)
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(databaseOption);
    parser.addOption(jsonOption);
}

} // namespace

Cli::Cli()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<TokensCommand>());
    m_commands.push_back(std::make_unique<OriginsCommand>());
    m_commands.push_back(std::make_unique<RequestsCommand>());
    m_commands.push_back(std::make_unique<AccountsCommand>());
    m_commands.push_back(std::make_unique<EmployeesCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<DbCommand>());
}

Cli::~Cli() = default;

CliCommand* Cli::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString Cli::usage() const
{
    QString text = QStringLiteral("Usage: %1 <command> [options]\n\nCommands:\n").arg(programName);
    for (const auto& command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -10).arg(command->description());
    return text +
           QStringLiteral("\n%1 <command> --help describes a command's actions and options.\n"
                          "Exit codes: 0 done; 1 error (one line on standard error); 3 the "
                          "answer is no (tokens check: revoked; origins test: not allowed).\n")
               .arg(programName);
}

QString Cli::commandList() const
{
    QStringList names;
    for (const auto& command : m_commands)
        names << command->name();
    return names.join(QStringLiteral(", "));
}

int Cli::run(QCoreApplication& app)
{
    QCoreApplication::setApplicationVersion(QStringLiteral(MEALDESK_VERSION));
    SqlMessages::install();
    const QStringList arguments = QCoreApplication::arguments();

    // First pass: the command name. Every command's options are known here, so an option's
    // value placed before the command is not mistaken for it. Commands share some options
    // (--user, --limit, ...): each name is added once.
    QCommandLineParser scout;
    addCommonOptions(scout);
    QSet<QString> known;
    for (const auto& command : m_commands) {
        for (const QCommandLineOption& option : command->options()) {
            const QStringList names = option.names();
            if (std::none_of(names.cbegin(), names.cend(),
                             [&known](const QString& n) { return known.contains(n); })) {
                scout.addOption(option);
                known.unite(QSet<QString>(names.cbegin(), names.cend()));
            }
        }
    }
    scout.parse(arguments);
    const QStringList positional = scout.positionalArguments();
    if (positional.isEmpty()) {
        if (scout.isSet(QStringLiteral("help"))) {
            printOut(usage());
            return 0;
        }
        if (scout.isSet(QStringLiteral("version"))) {
            printOut(programName + QLatin1Char(' ') + QCoreApplication::applicationVersion());
            return 0;
        }
        return printError(
            QStringLiteral("no command given (commands: %1; see --help)").arg(commandList()));
    }
    CliCommand* command = find(positional.first());
    if (!command)
        return printError(QStringLiteral("unknown command '%1' (commands: %2)")
                              .arg(positional.first(), commandList()));

    QCommandLineParser parser;
    parser.setApplicationDescription(command->description());
    addCommonOptions(parser);
    parser.addOptions(command->options());
    parser.addPositionalArgument(command->name(), command->description());
    if (!parser.parse(arguments))
        return printError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        const QString details = command->helpDetails();
        printOut(parser.helpText() + (details.isEmpty() ? QString() : QLatin1Char('\n') + details) +
                 QStringLiteral("\nThe demo database is %1\n")
                     .arg(ConnectionSettings::demoDatabase().displayUrl()));
        return 0;
    }
    if (!command->takesArguments() && parser.positionalArguments().size() > 1)
        return printError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));

    ConnectionSettings settings;
    // An empty --database is a mistake (say, an unset variable in a script), not the demo.
    const bool given = parser.isSet(databaseOption);
    const QString url =
        given ? parser.value(databaseOption) : qEnvironmentVariable(databaseVariable);
    try {
        settings = url.isEmpty() && !given ? ConnectionSettings::demoDatabase()
                                           : ConnectionSettings::parse(url);
        command->prepare(parser);
        command->checkDatabase(settings);
    } catch (const Failure& e) {
        return printError(e.message());
    }
    if (url.isEmpty())
        printNote(QStringLiteral("using the demo database %1 (no --database or $%2 given)")
                      .arg(settings.displayUrl(), QLatin1String(databaseVariable)));
    // Before connecting: a connection that fails or hangs has already been warned about.
    if (const QString warning = settings.unverifiedRemoteWarning(); !warning.isEmpty())
        printNote(QStringLiteral("warning: ") + warning);

    m_host = std::make_unique<ServiceHost>(std::make_unique<Database>(settings, 2));
    const bool json = parser.isSet(jsonOption);
    QFuture<CliCommand::Output> started =
        command->migratesFirst()
            ? m_host->database()
                  .migrate()
                  .then(&app, [this, command](int) { return command->start(*m_host); })
                  .unwrap()
            : command->start(*m_host);
    started
        .then(&app,
              [json](const CliCommand::Output& output) {
                  if (!output.data.isEmpty())
                      printData(output.data);
                  else
                      printOut(json ? jsonText(output.json)
                                    : PrintableText::escaped(output.text,
                                                             PrintableText::LineBreaks::Keep));
                  exit(output.error.isEmpty() ? output.exitCode : printError(output.error));
              })
        .onFailed(&app, [](const Failure& e) { exit(printError(e.message())); })
        .onFailed(&app, [] { exit(printError(QStringLiteral("unexpected internal error"))); });
    return QCoreApplication::exec();
}

void Cli::exit(int code)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [code] { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
}
