#include "TokensCommand.h"

#include "OutputFormat.h"
#include "PageCollector.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace {

const QString jtiOption = QStringLiteral("jti");
const QString typeOption = QStringLiteral("type");
const QString expiresOption = QStringLiteral("expires");
const QString reasonOption = QStringLiteral("reason");
const QString secretEnvOption = QStringLiteral("secret-env");
const QString accountOption = QStringLiteral("account");
const QString activeOption = QStringLiteral("active");
const QString expiredOption = QStringLiteral("expired");
const QString limitOption = QStringLiteral("limit");

QString signatureName(TokenInspection::Signature signature)
{
    switch (signature) {
    case TokenInspection::Signature::Valid:
        return QStringLiteral("valid");
    case TokenInspection::Signature::Invalid:
        return QStringLiteral("invalid");
    case TokenInspection::Signature::NotChecked:
        break;
    }
    return QStringLiteral("not checked");
}

QJsonObject tokenJson(const RevokedTokenRecord& t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("jti"), t.jti},
            {QStringLiteral("token_type"), tokenTypeName(t.type)},
            {QStringLiteral("account_id"), OutputFormat::idJson(t.accountId)},
            {QStringLiteral("account"), OutputFormat::textJson(t.accountName)},
            {QStringLiteral("revoked_at"), OutputFormat::timeJson(t.revokedAt)},
            {QStringLiteral("expires_at"), OutputFormat::timeJson(t.expiresAt)},
            {QStringLiteral("reason"), OutputFormat::textJson(t.reason)},
            {QStringLiteral("revoked_by_id"), OutputFormat::idJson(t.revokedById)},
            {QStringLiteral("revoked_by"), OutputFormat::textJson(t.revokedByName)}};
}

// Rows the backend inserted itself at logout have no revoker.
QString revokerOf(const RevokedTokenRecord& t)
{
    return t.revokedById ? t.revokedByName : QStringLiteral("backend");
}

} // namespace

QString TokensCommand::description() const
{
    return QStringLiteral("Revoke, check, list and purge the backend's revoked tokens.");
}

QList<ServiceCommand::Action> TokensCommand::actions() const
{
    return {
        {QStringLiteral("revoke"),
         QStringLiteral("[TOKEN|-] [--jti JTI] [--type access|refresh] [--expires ISO8601] "
                        "[--reason TEXT] [--secret-env VAR]"),
         QStringLiteral("Revoke a pasted JWT (or a bare jti; - reads it from standard input), or "
                        "the text of --jti taken as a jti as it is. --type and --expires are for "
                        "a bare jti (a JWT carries its own; a time without a zone is UTC). "
                        "--secret-env names the environment variable holding the HS256 secret "
                        "to check the signature with (never required)."),
         0,
         1,
         {jtiOption, typeOption, expiresOption, reasonOption, secretEnvOption}},
        {QStringLiteral("revoke-list"),
         QStringLiteral("TOKEN...|- [--reason TEXT]"),
         QStringLiteral("Revoke several JWTs or bare jtis in one go (- reads them from standard "
                        "input, one per line). Prints each one refused with why; exit 1 when "
                        "any was refused (the others are revoked all the same)."),
         1,
         anyNumber,
         {reasonOption}},
        {QStringLiteral("check"),
         QStringLiteral("TOKEN|-"),
         QStringLiteral("Exit 0 and \"not revoked\", or exit 3 and \"revoked: ...\" when the "
                        "backend refuses the token (its jti is revoked, or its account signed "
                        "out everywhere after it was issued)."),
         1,
         1,
         {}},
        {QStringLiteral("list"),
         QStringLiteral("[--account USER] [--type access|refresh] [--active|--expired] "
                        "[--limit N]"),
         QStringLiteral("The revoked tokens, newest first: all of them unless --limit."),
         0,
         0,
         {accountOption, typeOption, activeOption, expiredOption, limitOption}},
        {QStringLiteral("purge"),
         QString(),
         QStringLiteral("Delete the rows of tokens that have expired; prints how many."),
         0,
         0,
         {}},
    };
}

QList<QCommandLineOption> TokensCommand::groupOptions() const
{
    return {
        QCommandLineOption(jtiOption, QStringLiteral("revoke: the jti, taken as it is."),
                           QStringLiteral("JTI")),
        QCommandLineOption(typeOption,
                           QStringLiteral("revoke: a bare jti's type (default access); list: "
                                          "only this type."),
                           QStringLiteral("access|refresh")),
        QCommandLineOption(expiresOption,
                           QStringLiteral("revoke: a bare jti's expiry (ISO 8601; UTC unless "
                                          "it names a zone)."),
                           QStringLiteral("ISO8601")),
        QCommandLineOption(reasonOption,
                           QStringLiteral("revoke, revoke-list: why (at most 256 characters)."),
                           QStringLiteral("TEXT")),
        QCommandLineOption(secretEnvOption,
                           QStringLiteral("revoke: the environment variable holding the HS256 "
                                          "secret to check the signature with."),
                           QStringLiteral("VAR")),
        QCommandLineOption(accountOption, QStringLiteral("list: only this account's tokens."),
                           QStringLiteral("USER")),
        QCommandLineOption(activeOption, QStringLiteral("list: only tokens not expired yet.")),
        QCommandLineOption(expiredOption, QStringLiteral("list: only expired tokens.")),
        QCommandLineOption(limitOption, QStringLiteral("list: at most N rows (default: all)."),
                           QStringLiteral("N")),
    };
}

void TokensCommand::prepareAction(const QCommandLineParser& parser, const QStringList& arguments)
{
    if (parser.isSet(typeOption)) {
        const std::optional<TokenType> type = tokenTypeFromName(parser.value(typeOption));
        if (!type)
            throw invalid(QStringLiteral("--type: '%1' is neither access nor refresh")
                              .arg(parser.value(typeOption)),
                          typeOption);
        m_input.type = *type;
        m_filter.type = type;
    }
    if (action() == QLatin1String("revoke")) {
        const bool hasToken = !arguments.isEmpty();
        if (hasToken == parser.isSet(jtiOption))
            throw invalid(QStringLiteral("tokens revoke needs either a TOKEN (or - for standard "
                                         "input) or --jti JTI"),
                          jtiOption);
        m_argument = arguments.value(0);
        if (parser.isSet(jtiOption)) {
            m_input.text = parser.value(jtiOption);
            m_input.explicitJti = true;
        }
        if (parser.isSet(expiresOption))
            m_input.expiresAt = timeValue(parser, expiresOption);
        m_input.reason = parser.value(reasonOption);
        if (parser.isSet(secretEnvOption)) {
            const QString variable = parser.value(secretEnvOption);
            m_secret = qgetenv(variable.toLocal8Bit().constData());
            if (m_secret.isEmpty())
                throw invalid(QStringLiteral("--secret-env: the environment variable '%1' is not "
                                             "set or empty")
                                  .arg(variable),
                              secretEnvOption);
            m_checkSignature = true;
        }
    } else if (action() == QLatin1String("revoke-list")) {
        m_arguments = arguments;
        m_input.reason = parser.value(reasonOption);
    } else if (action() == QLatin1String("check")) {
        m_argument = arguments.constFirst();
    } else if (action() == QLatin1String("list")) {
        m_account = parser.value(accountOption);
        m_filter.expired = eitherFlag(parser, expiredOption, activeOption);
        m_limit = intValue(parser, limitOption, 1, std::numeric_limits<int>::max(), 0);
    }
}

void TokensCommand::readInput()
{
    if (action() == QLatin1String("revoke-list"))
        m_input.text = m_arguments == QStringList{QStringLiteral("-")}
                           ? argumentOrInput(m_arguments.constFirst())
                           : m_arguments.join(QLatin1Char('\n'));
    else if (!m_argument.isEmpty())
        m_input.text = argumentOrInput(m_argument);
}

QFuture<CliCommand::Output> TokensCommand::startAction(ServiceRegistry& services,
                                                       const Actor& actor)
{
    m_tokens = &services.tokens();
    m_accounts = &services.accounts();
    if (action() == QLatin1String("revoke"))
        return revoke(actor);
    if (action() == QLatin1String("revoke-list"))
        return m_tokens->revokeAll(actor, m_input.text, m_input.reason).then(bulkOutput);
    if (action() == QLatin1String("check"))
        return check(actor);
    if (action() == QLatin1String("list"))
        return list(actor);
    return purge(actor);
}

QFuture<CliCommand::Output> TokensCommand::revoke(const Actor& actor)
{
    const bool checkSignature = m_checkSignature;
    return m_tokens->revoke(actor, m_input, m_secret).then([checkSignature](const RevokeResult& r) {
        const RevokedTokenRecord& t = r.token;
        TextTable table;
        table.addRow({QStringLiteral("jti"), t.jti});
        table.addRow({QStringLiteral("type"), tokenTypeName(t.type)});
        table.addRow({QStringLiteral("account"), t.accountName});
        table.addRow(
            {QStringLiteral("expires"), OutputFormat::time(t.expiresAt, QStringLiteral("never"))});
        table.addRow({QStringLiteral("status"),
                      r.alreadyRevoked
                          ? QStringLiteral("already revoked (at %1 by %2; the row is kept as it "
                                           "was)")
                                .arg(OutputFormat::time(t.revokedAt), revokerOf(t))
                          : QStringLiteral("revoked")});
        QJsonObject json = tokenJson(t);
        json.insert(QStringLiteral("already_revoked"), r.alreadyRevoked);
        if (checkSignature) {
            table.addRow({QStringLiteral("signature"), signatureName(r.signature)});
            json.insert(QStringLiteral("signature"), signatureName(r.signature));
        }
        return Output{table.toString(), json};
    });
}

QFuture<CliCommand::Output> TokensCommand::check(const Actor& actor)
{
    return m_tokens->check(actor, m_input.text).then([](const TokenCheck& result) {
        QString text;
        QJsonValue reason;
        switch (result.verdict) {
        case TokenCheck::Verdict::NotRevoked:
            text = QStringLiteral("not revoked (jti %1)").arg(result.jti);
            break;
        case TokenCheck::Verdict::JtiRevoked:
            text = QStringLiteral("revoked: the jti %1 is in the revoked tokens").arg(result.jti);
            reason = QStringLiteral("jti");
            break;
        case TokenCheck::Verdict::SignedOutEverywhere:
            text = QStringLiteral("revoked: issued before its account signed out everywhere "
                                  "(jti %1)")
                       .arg(result.jti);
            reason = QStringLiteral("signed_out_everywhere");
            break;
        }
        Output output{text, QJsonObject{{QStringLiteral("jti"), result.jti},
                                        {QStringLiteral("revoked"), result.isRevoked()},
                                        {QStringLiteral("reason"), reason}}};
        output.exitCode = result.isRevoked() ? exitNo : 0;
        return output;
    });
}

QFuture<CliCommand::Output> TokensCommand::list(const Actor& actor)
{
    const auto fetchAll = [this, actor](const TokenFilter& filter) {
        return PageCollector<RevokedTokenRecord>::collect(
            [this, actor, filter](const PageRequest& page) {
                PageRequest newestFirst = page;
                newestFirst.descending = true;
                return m_tokens->list(actor, filter, newestFirst);
            },
            m_limit);
    };
    QFuture<QList<RevokedTokenRecord>> rows;
    if (m_account.isEmpty()) {
        rows = fetchAll(m_filter);
    } else {
        rows = m_accounts->findByUsername(actor, m_account)
                   .then(QCoreApplication::instance(),
                         [fetchAll, filter = m_filter](const AccountRecord& account) mutable {
                             filter.accountId = account.id;
                             return fetchAll(filter);
                         })
                   .unwrap();
    }
    return rows.then([](const QList<RevokedTokenRecord>& tokens) {
        TextTable table({QStringLiteral("JTI"), QStringLiteral("TYPE"), QStringLiteral("ACCOUNT"),
                         QStringLiteral("REVOKED AT"), QStringLiteral("EXPIRES AT"),
                         QStringLiteral("REVOKED BY"), QStringLiteral("REASON")});
        QJsonArray json;
        for (const RevokedTokenRecord& t : tokens) {
            table.addRow(
                {t.jti, tokenTypeName(t.type), t.accountName, OutputFormat::time(t.revokedAt),
                 OutputFormat::time(t.expiresAt, QStringLiteral("never")), revokerOf(t), t.reason});
            json.append(tokenJson(t));
        }
        return Output{table.toString(), json};
    });
}

QFuture<CliCommand::Output> TokensCommand::purge(const Actor& actor)
{
    return m_tokens->purgeExpired(actor).then([](int purged) {
        return Output{QStringLiteral("Purged %1 expired token(s).").arg(purged),
                      QJsonObject{{QStringLiteral("purged"), purged}}};
    });
}
