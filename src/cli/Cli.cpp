#include "Cli.h"

#include "ConnectionSettings.h"
#include "Database.h"
#include "DbError.h"
#include "DemoCommand.h"
#include "InitCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>

#include <cstdio>

namespace {

const QString programName = QStringLiteral("mealdesk-cli");

void printOut(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Errors are one line, so scripts can show or log them as they are.
int printError(const QString& message)
{
    std::fprintf(stderr, "%s: %s\n", qUtf8Printable(programName),
                 qUtf8Printable(message.simplified()));
    std::fflush(stderr);
    return 1;
}

const QCommandLineOption databaseOption(
    QStringLiteral("database"),
    QStringLiteral("The database: sqlite:///path/file.db or postgresql://user@host[:port]/name "
                   "(default: the demo database)."),
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
    return text + QStringLiteral("\n%1 <command> --help describes a command's options.\n")
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
    const QStringList arguments = QCoreApplication::arguments();

    // First pass: the command name. Every command's options are known here, so an option's
    // value placed before the command is not mistaken for it.
    QCommandLineParser scout;
    addCommonOptions(scout);
    for (const auto& command : m_commands)
        scout.addOptions(command->options());
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
        printOut(parser.helpText() + QStringLiteral("\nThe demo database is %1\n")
                                         .arg(ConnectionSettings::demoDatabase().displayUrl()));
        return 0;
    }
    if (parser.positionalArguments().size() > 1)
        return printError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));

    ConnectionSettings settings;
    try {
        settings = parser.isSet(databaseOption)
                       ? ConnectionSettings::parse(parser.value(databaseOption))
                       : ConnectionSettings::demoDatabase();
        command->prepare(parser);
    } catch (const DbError& e) {
        return printError(e.message());
    }

    m_db = std::make_unique<Database>(settings, 2);
    const bool json = parser.isSet(jsonOption);
    m_db->migrate()
        .then(&app, [this, command](int) { return command->start(*m_db); })
        .unwrap()
        .then(&app,
              [json](const CliCommand::Output& output) {
                  printOut(json ? QString::fromUtf8(QJsonDocument(output.json).toJson())
                                : output.text);
                  QCoreApplication::exit(0);
              })
        .onFailed(&app, [](const DbError& e) { QCoreApplication::exit(printError(e.message())); })
        .onFailed(&app, [] {
            QCoreApplication::exit(printError(QStringLiteral("unexpected internal error")));
        });
    return app.exec();
}
