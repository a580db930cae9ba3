#pragma once

#include "Actor.h"
#include "BulkResult.h"
#include "CliCommand.h"
#include "Failure.h"
#include "ServiceRegistry.h"

#include <QDateTime>
#include <QStringList>

#include <limits>
#include <optional>

class QCommandLineParser;

// A group of actions over the services (`mealdesk-cli tokens revoke ...`). What they share is
// here: choosing the action and checking its arguments and options, signing in, the order in
// which standard input is read.
//
// Signing in: --user NAME (or MEALDESK_USER) and the password from MEALDESK_PASSWORD or, when
// that is unset, the first line of standard input. Data an action reads from standard input
// (a token, origins, CSV, a new password) comes after that line.
class ServiceCommand : public CliCommand {
public:
    QList<QCommandLineOption> options() const final;
    bool takesArguments() const final { return true; }
    QString helpDetails() const final;
    void prepare(const QCommandLineParser& parser) final;
    QFuture<Output> start(ServiceHost& host) final;

protected:
    struct Action {
        QString name;
        QString synopsis; // the arguments and options after the action's name, for --help
        QString description;
        int minArguments = 0;
        int maxArguments = 0;
        QStringList options; // the group's options this action takes
    };

    // maxArguments of an action taking any number of them (ids, tokens).
    static constexpr int anyNumber = std::numeric_limits<int>::max();

    virtual QList<Action> actions() const = 0;
    virtual QList<QCommandLineOption> groupOptions() const = 0;
    // The chosen action's options and arguments, before anything is read from standard input;
    // throws Failure (Validation).
    virtual void prepareAction(const QCommandLineParser& parser, const QStringList& arguments) = 0;
    // After the sign-in password: the action's data from standard input or a file, if any.
    virtual void readInput() {}
    // Signed in, on the main thread.
    virtual QFuture<Output> startAction(ServiceRegistry& services, const Actor& actor) = 0;

    const QString& action() const { return m_action; }

    // True for `yes`, false for `no`, nullopt for neither; Validation for both.
    static std::optional<bool> eitherFlag(const QCommandLineParser& parser, const QString& yes,
                                          const QString& no);
    // The ISO 8601 time given for `option`, in UTC (a time without a zone is UTC); invalid
    // when the option is absent, Validation when it is not such a time.
    static QDateTime timeValue(const QCommandLineParser& parser, const QString& option);
    // `argument`, or the rest of standard input (trimmed) when it is "-".
    static QString argumentOrInput(const QString& argument);
    static Failure invalid(const QString& message, const QString& field);
    // The arguments as positive ids; Validation naming the first that is not one (`what`: "ID").
    static QList<qint64> idArguments(const QStringList& arguments, const QString& what);
    // A bulk action's outcome: the summary, each refusal on its own line; exit 1 when any was
    // refused (the others are done all the same).
    static Output bulkOutput(const BulkResult& result);

private:
    // "tokens list [--account USER] ...".
    QString usageOf(const Action& action) const;

    QString m_action;
    QString m_username;
    QString m_password;
    ChangeFeed m_feed;
};
