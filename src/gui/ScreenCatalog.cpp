#include "ScreenCatalog.h"

#include "AccountsScreen.h"
#include "AuditScreen.h"
#include "DashboardScreen.h"
#include "EmployeesScreen.h"
#include "KitchenScreen.h"
#include "OriginsScreen.h"
#include "OverviewScreen.h"
#include "RequestsScreen.h"
#include "TokensScreen.h"

namespace {

template <typename T> std::function<Screen*(Session&, QWidget*)> factory()
{
    return [](Session& session, QWidget* parent) -> Screen* { return new T(session, parent); };
}

} // namespace

QList<ScreenCatalog::Entry> ScreenCatalog::entries()
{
    return {
        {QStringLiteral("overview"), tr("Overview"), QStringLiteral("go-home"), std::nullopt,
         factory<OverviewScreen>()},
        {QStringLiteral("requests"), tr("Meal Requests"), QStringLiteral("x-office-document"),
         Operation::ViewMealRequests, factory<RequestsScreen>()},
        {QStringLiteral("kitchen"), tr("Kitchen Sheet"), QStringLiteral("x-office-spreadsheet"),
         Operation::ViewReports, factory<KitchenScreen>()},
        {QStringLiteral("dashboard"), tr("Dashboard"), QStringLiteral("utilities-system-monitor"),
         Operation::ViewReports, factory<DashboardScreen>()},
        {QStringLiteral("employees"), tr("Employees"), QStringLiteral("x-office-address-book"),
         Operation::ViewEmployees, factory<EmployeesScreen>()},
        {QStringLiteral("tokens"), tr("Revoked Tokens"), QStringLiteral("security-high"),
         Operation::ManageTokens, factory<TokensScreen>()},
        {QStringLiteral("origins"), tr("Allowed Origins"), QStringLiteral("network-server"),
         Operation::ManageOrigins, factory<OriginsScreen>()},
        {QStringLiteral("accounts"), tr("Accounts"), QStringLiteral("system-users"),
         Operation::ManageAccounts, factory<AccountsScreen>()},
        {QStringLiteral("audit"), tr("Audit Log"), QStringLiteral("text-x-generic"),
         Operation::ViewAuditLog, factory<AuditScreen>()},
    };
}
