#include "TokensModel.h"

#include "CellText.h"
#include "StateColors.h"
#include "TokenService.h"

#include <QCoreApplication>

namespace {

// A token past its own expiry: dead anyway, its row may be purged.
bool isExpired(const RevokedTokenRecord& r)
{
    return r.expiresAt.isValid() && r.expiresAt <= QDateTime::currentDateTimeUtc();
}

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
             // The token's state in words, not left to comparing dates or to the colour.
             if (!r.expiresAt.isValid())
                 return QCoreApplication::translate("TokensModel", "Never (active)");
             return (isExpired(r) ? QCoreApplication::translate("TokensModel", "%1 (expired)")
                                  : QCoreApplication::translate("TokensModel", "%1 (active)"))
                 .arg(CellText::dateTime(r.expiresAt));
         },
         Qt::AlignLeading | Qt::AlignVCenter, QString(),
         [](const R& r, int role) {
             return StateColors::data(
                 isExpired(r) ? StateColors::Hue::Grey : StateColors::Hue::Blue, role);
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
