#include "TokensModel.h"

#include "CellText.h"
#include "TokenService.h"

#include <QCoreApplication>

namespace {

QList<TableColumn<RevokedTokenRecord>> columns()
{
    using R = RevokedTokenRecord;
    // In the order of TokensModel::Column.
    return {
        {QCoreApplication::translate("TokensModel", "JTI"), [](const R& r) { return r.jti; },
         Qt::AlignLeading | Qt::AlignVCenter, QStringLiteral("jti")},
        {QCoreApplication::translate("TokensModel", "Type"),
         [](const R& r) {
             return r.type == TokenType::Refresh
                        ? QCoreApplication::translate("TokensModel", "Refresh")
                        : QCoreApplication::translate("TokensModel", "Access");
         }},
        {QCoreApplication::translate("TokensModel", "Account"),
         [](const R& r) { return r.accountName; }},
        {QCoreApplication::translate("TokensModel", "Revoked at"),
         [](const R& r) { return CellText::dateTime(r.revokedAt); },
         Qt::AlignLeading | Qt::AlignVCenter, QStringLiteral("revoked_at")},
        {QCoreApplication::translate("TokensModel", "Expires at"),
         [](const R& r) {
             if (!r.expiresAt.isValid())
                 return QCoreApplication::translate("TokensModel", "Never");
             // The token's state in words, not left to comparing dates.
             return r.expiresAt <= QDateTime::currentDateTimeUtc()
                        ? QCoreApplication::translate("TokensModel", "%1 (expired)")
                              .arg(CellText::dateTime(r.expiresAt))
                        : CellText::dateTime(r.expiresAt);
         }},
        {QCoreApplication::translate("TokensModel", "Reason"), [](const R& r) { return r.reason; }},
        // The backend's own rows (logout) name no administrator.
        {QCoreApplication::translate("TokensModel", "Revoked by"),
         [](const R& r) {
             return r.revokedById ? r.revokedByName
                                  : QCoreApplication::translate("TokensModel", "backend");
         }},
    };
}

} // namespace

TokensModel::TokensModel(TokenService& service, const Actor& actor, ChangeFeed& feed,
                         QObject* parent)
    : ServiceTableModel(service, actor, feed, QStringLiteral("revoked_token"), columns(),
                        RevokedAtColumn, Qt::DescendingOrder, parent)
{
}
