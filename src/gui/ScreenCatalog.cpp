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
        {QStringLiteral("overview"), tr("Overview"), std::nullopt, factory<OverviewScreen>()},
        {QStringLiteral("requests"), tr("Meal Requests"), Operation::ViewMealRequests,
         factory<RequestsScreen>()},
        {QStringLiteral("kitchen"), tr("Kitchen Sheet"), Operation::ViewReports,
         factory<KitchenScreen>()},
        {QStringLiteral("dashboard"), tr("Dashboard"), Operation::ViewReports,
         factory<DashboardScreen>()},
        {QStringLiteral("employees"), tr("Employees"), Operation::ViewEmployees,
         factory<EmployeesScreen>()},
        {QStringLiteral("tokens"), tr("Revoked Tokens"), Operation::ManageTokens,
         factory<TokensScreen>()},
        {QStringLiteral("origins"), tr("Allowed Origins"), Operation::ManageOrigins,
         factory<OriginsScreen>()},
        {QStringLiteral("accounts"), tr("Accounts"), Operation::ManageAccounts,
         factory<AccountsScreen>()},
        {QStringLiteral("audit"), tr("Audit Log"), Operation::ViewAuditLog, factory<AuditScreen>()},
    };
}
