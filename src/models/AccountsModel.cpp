#include "AccountsModel.h"

#include "AccountService.h"
#include "CellText.h"

#include <QCoreApplication>

namespace {

QList<TableColumn<AccountRecord>> columns()
{
    using R = AccountRecord;
    const Qt::Alignment leading = Qt::AlignLeading | Qt::AlignVCenter;
    // In the order of AccountsModel::Column.
    return {
        {QCoreApplication::translate("AccountsModel", "Username"),
         [](const R& r) { return r.username; }, leading, QStringLiteral("username")},
        {QCoreApplication::translate("AccountsModel", "Full name"),
         [](const R& r) { return r.fullName; }, leading, QStringLiteral("full_name")},
        {QCoreApplication::translate("AccountsModel", "Title"), [](const R& r) { return r.title; }},
        {QCoreApplication::translate("AccountsModel", "Role"),
         [](const R& r) { return AccountsModel::roleTitle(r.role); }},
        {QCoreApplication::translate("AccountsModel", "Super admin"),
         [](const R& r) { return CellText::yesNo(r.superAdmin); }, Qt::AlignCenter},
        // No departments: the account sees all of them.
        {QCoreApplication::translate("AccountsModel", "Departments"),
         [](const R& r) {
             // A count of its own: lupdate misses a plural whose count is a cast inside ?:.
             const int count = static_cast<int>(r.departmentIds.size());
             return count == 0 ? QCoreApplication::translate("AccountsModel", "All")
                               : QCoreApplication::translate("AccountsModel", "%n department(s)",
                                                             nullptr, count);
         }},
        {QCoreApplication::translate("AccountsModel", "Active"),
         [](const R& r) { return CellText::yesNo(r.active); }, Qt::AlignCenter},
        {QCoreApplication::translate("AccountsModel", "Blocked"),
         [](const R& r) { return CellText::yesNo(r.blocked); }, Qt::AlignCenter},
        {QCoreApplication::translate("AccountsModel", "Created"),
         [](const R& r) { return CellText::dateTime(r.createdAt); }, leading,
         QStringLiteral("created_at")},
    };
}

} // namespace

AccountsModel::AccountsModel(AccountService& service, const Actor& actor, ChangeFeed& feed,
                             QObject* parent)
    : ServiceTableModel(service, actor, feed, QStringLiteral("account"), columns(), UsernameColumn,
                        Qt::AscendingOrder, parent)
{
}

QString AccountsModel::roleTitle(Role role)
{
    switch (role) {
    case Role::Requester:
        return QCoreApplication::translate("AccountsModel", "Requester");
    case Role::RequestTaker:
        return QCoreApplication::translate("AccountsModel", "Request taker");
    case Role::Captain:
        return QCoreApplication::translate("AccountsModel", "Captain");
    case Role::StockControl:
        return QCoreApplication::translate("AccountsModel", "Stock control");
    }
    return roleName(role);
}
