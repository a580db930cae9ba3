#pragma once

#include "AccountService.h"
#include "RevokeInput.h"
#include "ServiceCommand.h"
#include "TokenFilter.h"
#include "TokenService.h"

#include <QByteArray>

#include <optional>

// mealdesk-cli tokens revoke|check|list|purge: the backend's revoked JWTs (super admins).
class TokensCommand : public ServiceCommand {
public:
    QString name() const override { return QStringLiteral("tokens"); }
    QString description() const override;

protected:
    QList<Action> actions() const override;
    QList<QCommandLineOption> groupOptions() const override;
    void prepareAction(const QCommandLineParser& parser, const QStringList& arguments) override;
    void readInput() override;
    QFuture<Output> startAction(ServiceRegistry& services, const Actor& actor) override;

private:
    QFuture<Output> revoke(const Actor& actor);
    QFuture<Output> check(const Actor& actor);
    QFuture<Output> list(const Actor& actor);
    QFuture<Output> purge(const Actor& actor);

    TokenService* m_tokens = nullptr;
    AccountService* m_accounts = nullptr;
    QString m_argument;      // TOKEN as given: the text, or "-" for standard input
    QStringList m_arguments; // revoke-list
    RevokeInput m_input;
    bool m_checkSignature = false;
    QByteArray m_secret;
    QString m_account; // list --account
    TokenFilter m_filter;
    int m_limit = 0;
};
