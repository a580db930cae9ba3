#pragma once

#include <QByteArray>
#include <QCommandLineOption>
#include <QFuture>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

class ConnectionSettings;
class ServiceHost;
class QCommandLineParser;

// One subcommand of mealdesk-cli (or a group of them). Cli does what every command shares:
// parsing, opening and migrating the database, printing the result or the one-line error, and
// the exit code; a command only checks its options and starts its work.
class CliCommand {
public:
    // The answer "no" of a question command (a revoked token, an origin not allowed): not an
    // error, so it comes without an error line.
    static constexpr int exitNo = 3;

    // What a command did: a line or a few for people, an object or an array for --json.
    struct Output {
        Output() = default;
        Output(QString forPeople, QJsonValue forJson)
            : text(std::move(forPeople))
            , json(std::move(forJson))
        {
        }

        QString text;
        QJsonValue json;
        // When not empty, written to standard output as it is, whatever --json says (CSV).
        QByteArray data;
        int exitCode = 0;
        // When not empty: the one error line, printed after the output (a refused import
        // still prints its report), and the exit code is 1.
        QString error;
    };

    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    // One line for the command list of --help.
    virtual QString description() const = 0;
    // The command's own options, added to the common ones (--database, --json, --help).
    virtual QList<QCommandLineOption> options() const = 0;
    // False: Cli refuses arguments after the command name. True: prepare() reads them.
    virtual bool takesArguments() const { return false; }
    // More text for the command's --help, after the options.
    virtual QString helpDetails() const { return {}; }
    // Reads and checks the options before the database is opened; throws Failure (Validation).
    virtual void prepare(const QCommandLineParser& parser) = 0;
    // Checks that the command may run on this database, before it is opened; throws Failure.
    virtual void checkDatabase(const ConnectionSettings&) const {}
    // True: Cli migrates the database before start(). False: start() gets it as it is.
    virtual bool migratesFirst() const { return true; }
    // Starts the work on the (migrated) database. Called on the main thread: must not block.
    virtual QFuture<Output> start(ServiceHost& host) = 0;

protected:
    // The whole number given for `option`, from `min` to `max`; `fallback` when it is absent.
    static int intValue(const QCommandLineParser& parser, const QString& option, int min, int max,
                        int fallback);
};
