#pragma once

#include "CliCommand.h"

// mealdesk-cli init --admin NAME: the first super admin of a new database. The password comes
// from standard input (asked for twice, without echo, when that is a terminal).
class InitCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("init"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    void prepare(const QCommandLineParser& parser) override;
    QFuture<Output> start(ServiceHost& host) override;

private:
    QString m_username;
    QString m_password;
};
