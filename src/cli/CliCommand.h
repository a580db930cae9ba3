#pragma once

#include <QCommandLineOption>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;
class QCommandLineParser;

// One subcommand of mealdesk-cli (or a group of them). Cli does what every command shares:
// parsing, opening and migrating the database, printing the result or the one-line error, and
// the exit code; a command only checks its options and starts its work.
class CliCommand {
public:
    // What a command did: a line or a few for people, an object for --json.
    struct Output {
        QString text;
        QJsonObject json;
    };

    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    // One line for the command list of --help.
    virtual QString description() const = 0;
    // The command's own options, added to the common ones (--database, --json, --help).
    virtual QList<QCommandLineOption> options() const = 0;
    // Reads and checks the options before the database is opened; throws DbError (Validation).
    virtual void prepare(const QCommandLineParser& parser) = 0;
    // Starts the work on the migrated database. Called on the main thread: must not block.
    virtual QFuture<Output> start(Database& db) = 0;

protected:
    // The whole number given for `option`, from `min` to `max`; `fallback` when it is absent.
    static int intValue(const QCommandLineParser& parser, const QString& option, int min, int max,
                        int fallback);
};
