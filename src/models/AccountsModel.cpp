#include "AccountsModel.h"

#include "AccountService.h"
#include "CellText.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("AccountsModel", text, disambiguation, n);
}

QList<TableColumn<AccountRecord>> columns()
{
    using R = AccountRecord;
    const Qt::Alignment leading = Qt::AlignLeading | Qt::AlignVCenter;
    // In the order of AccountsModel::Column.
    return {
        {tr("Username"), [](const R& r) { return r.username; }, leading,
         QStringLiteral("username")},
        {tr("Full name"), [](const R& r) { return r.fullName; }, leading,
         QStringLiteral("full_name")},
        {tr("Title"), [](const R& r) { return r.title; }},
        {tr("Role"), [](const R& r) { return AccountsModel::roleTitle(r.role); }},
        {tr("Super admin"), [](const R& r) { return CellText::yesNo(r.superAdmin); },
         Qt::AlignCenter},
        // No departments: the account sees all of them.
        {tr("Departments"),
         [](const R& r) {
             return r.departmentIds.isEmpty()
                        ? tr("All")
                        : tr("%n department(s)", nullptr, static_cast<int>(r.departmentIds.size()));
         }},
        {tr("Active"), [](const R& r) { return CellText::yesNo(r.active); }, Qt::AlignCenter},
        {tr("Blocked"), [](const R& r) { return CellText::yesNo(r.blocked); }, Qt::AlignCenter},
        {tr("Created"), [](const R& r) { return CellText::dateTime(r.createdAt); }, leading,
         QStringLiteral("created_at")},
    };
}

} // namespace

AccountsModel::AccountsModel(AccountService& service, const Actor& actor, ChangeFeed& feed,
                             QObject* parent)
    : AsyncTableModel(feed, QStringLiteral("account"), columns(), UsernameColumn,
                      Qt::AscendingOrder, parent)
    , m_service(service)
    , m_actor(actor)
{
}

QString AccountsModel::roleTitle(Role role)
{
    switch (role) {
    case Role::Requester:
        return tr("Requester");
    case Role::RequestTaker:
        return tr("Request taker");
    case Role::Captain:
        return tr("Captain");
    case Role::StockControl:
        return tr("Stock control");
    }
    return roleName(role);
}

QFuture<Page<AccountRecord>> AccountsModel::fetchPage(const AccountFilter& filter,
                                                      const PageRequest& request)
{
    return m_service.list(m_actor, filter, request);
}

QFuture<qint64> AccountsModel::fetchCount(const AccountFilter& filter)
{
    return m_service.count(m_actor, filter);
}
