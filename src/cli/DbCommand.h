#pragma once

#include "CliCommand.h"

class SchemaService;

// mealdesk-cli db check | upgrade | adopt [--yes]: the database's schema. Unlike every other
// command it runs before any migration, so that `check` and an unconfirmed `adopt` change
// nothing.
class DbCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("db"); }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    bool takesArguments() const override { return true; }
    QString helpDetails() const override;
    bool migratesFirst() const override { return false; }
    void prepare(const QCommandLineParser& parser) override;
    QFuture<Output> start(ServiceHost& host) override;

private:
    enum class Action { Check, Upgrade, Adopt };

    QFuture<Output> adopt(SchemaService& schema) const;

    Action m_action = Action::Check;
    bool m_confirmed = false;
};
