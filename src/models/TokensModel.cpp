#include "TokensModel.h"

#include "CellText.h"
#include "TokenService.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TokensModel", text);
}

QList<TableColumn<RevokedTokenRecord>> columns()
{
    using R = RevokedTokenRecord;
    // In the order of TokensModel::Column.
    return {
        {tr("JTI"), [](const R& r) { return r.jti; }, Qt::AlignLeading | Qt::AlignVCenter,
         QStringLiteral("jti")},
        {tr("Type"),
         [](const R& r) { return r.type == TokenType::Refresh ? tr("Refresh") : tr("Access"); }},
        {tr("Account"), [](const R& r) { return r.accountName; }},
        {tr("Revoked at"), [](const R& r) { return CellText::dateTime(r.revokedAt); },
         Qt::AlignLeading | Qt::AlignVCenter, QStringLiteral("revoked_at")},
        {tr("Expires at"),
         [](const R& r) {
             return r.expiresAt.isValid() ? CellText::dateTime(r.expiresAt) : tr("Never");
         }},
        {tr("Reason"), [](const R& r) { return r.reason; }},
        // The backend's own rows (logout) name no administrator.
        {tr("Revoked by"),
         [](const R& r) { return r.revokedById ? r.revokedByName : tr("backend"); }},
    };
}

} // namespace

TokensModel::TokensModel(TokenService& service, const Actor& actor, ChangeFeed& feed,
                         QObject* parent)
    : AsyncTableModel(feed, QStringLiteral("revoked_token"), columns(), RevokedAtColumn,
                      Qt::DescendingOrder, parent)
    , m_service(service)
    , m_actor(actor)
{
}

QFuture<Page<RevokedTokenRecord>> TokensModel::fetchPage(const TokenFilter& filter,
                                                         const PageRequest& request)
{
    return m_service.list(m_actor, filter, request);
}

QFuture<qint64> TokensModel::fetchCount(const TokenFilter& filter)
{
    return m_service.count(m_actor, filter);
}
