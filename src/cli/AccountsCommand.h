#pragma once

#include "AccountInput.h"
#include "AccountService.h"
#include "ServiceCommand.h"

#include <optional>

// mealdesk-cli accounts add|passwd|block|unblock|unlock|signout|list (super admins).
class AccountsCommand : public ServiceCommand {
public:
    QString name() const override { return QStringLiteral("accounts"); }
    QString description() const override;

protected:
    QList<Action> actions() const override;
    QList<QCommandLineOption> groupOptions() const override;
    void prepareAction(const QCommandLineParser& parser, const QStringList& arguments) override;
    void readInput() override;
    QFuture<Output> startAction(ServiceRegistry& services, const Actor& actor) override;

private:
    QFuture<Output> add(const Actor& actor);
    QFuture<Output> list(const Actor& actor);
    // passwd, block, unblock, unlock, signout: the account named by the argument, then the change.
    QFuture<Output> changeNamed(const Actor& actor);

    AccountService* m_accounts = nullptr;
    AccountInput m_input; // add: the new account; passwd: only the password
    QString m_search;
    int m_limit = 0;
};
