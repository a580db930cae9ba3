#include "AuditModel.h"

#include "AuditService.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstddef>
#include <utility>

namespace {

QList<TableColumn<AuditRecord>> columns()
{
    using R = AuditRecord;
    const Qt::Alignment leading = Qt::AlignLeading | Qt::AlignVCenter;
    // In the order of AuditModel::Column.
    return {
        {QCoreApplication::translate("AuditModel", "Time"),
         [](const R& r) { return AuditModel::timeText(r.at); }, leading, QStringLiteral("at")},
        {QCoreApplication::translate("AuditModel", "Account"), AuditModel::accountText},
        {QCoreApplication::translate("AuditModel", "Action"),
         [](const R& r) { return AuditModel::actionTitle(r.action); }},
        {QCoreApplication::translate("AuditModel", "Entity"),
         [](const R& r) { return AuditModel::entityTitle(r.entity); }},
        // Bulk changes (an import, a purge) name no single row.
        {QCoreApplication::translate("AuditModel", "Entity ID"),
         [](const R& r) { return r.entityId; }, Qt::AlignTrailing | Qt::AlignVCenter},
    };
}

// Every entity audit rows name, by its English title.
const std::pair<QLatin1String, const char*> entityTitles[] = {
    {QLatin1String("account"), QT_TRANSLATE_NOOP("AuditModel", "Account")},
    {QLatin1String("allowed_origin"), QT_TRANSLATE_NOOP("AuditModel", "Allowed origin")},
    {QLatin1String("database"), QT_TRANSLATE_NOOP("AuditModel", "Database")},
    {QLatin1String("department"), QT_TRANSLATE_NOOP("AuditModel", "Department")},
    {QLatin1String("employee"), QT_TRANSLATE_NOOP("AuditModel", "Employee")},
    {QLatin1String("meal_request"), QT_TRANSLATE_NOOP("AuditModel", "Meal request")},
    {QLatin1String("meal_request_line"), QT_TRANSLATE_NOOP("AuditModel", "Meal request line")},
    {QLatin1String("revoked_token"), QT_TRANSLATE_NOOP("AuditModel", "Revoked token")},
};

// Every action the services write (audit_log.action), by its English title.
const std::pair<QLatin1String, const char*> actionTitles[] = {
    {QLatin1String("account.activate"), QT_TRANSLATE_NOOP("AuditModel", "Account activated")},
    {QLatin1String("account.block"), QT_TRANSLATE_NOOP("AuditModel", "Account blocked")},
    {QLatin1String("account.create"), QT_TRANSLATE_NOOP("AuditModel", "Account created")},
    {QLatin1String("account.deactivate"), QT_TRANSLATE_NOOP("AuditModel", "Account deactivated")},
    {QLatin1String("account.set_password"), QT_TRANSLATE_NOOP("AuditModel", "Password set")},
    {QLatin1String("account.sign_in"), QT_TRANSLATE_NOOP("AuditModel", "Signed in")},
    {QLatin1String("account.sign_in_failed"), QT_TRANSLATE_NOOP("AuditModel", "Sign-in failed")},
    {QLatin1String("account.sign_out_everywhere"),
     QT_TRANSLATE_NOOP("AuditModel", "Signed out everywhere")},
    {QLatin1String("account.unblock"), QT_TRANSLATE_NOOP("AuditModel", "Account unblocked")},
    {QLatin1String("account.unlock"), QT_TRANSLATE_NOOP("AuditModel", "Account unlocked")},
    {QLatin1String("account.update"), QT_TRANSLATE_NOOP("AuditModel", "Account updated")},
    {QLatin1String("demo.fill"), QT_TRANSLATE_NOOP("AuditModel", "Demo data added")},
    {QLatin1String("department.create"), QT_TRANSLATE_NOOP("AuditModel", "Department created")},
    {QLatin1String("department.delete"), QT_TRANSLATE_NOOP("AuditModel", "Department deleted")},
    {QLatin1String("department.update"), QT_TRANSLATE_NOOP("AuditModel", "Department updated")},
    {QLatin1String("employee.activate"), QT_TRANSLATE_NOOP("AuditModel", "Employee activated")},
    {QLatin1String("employee.create"), QT_TRANSLATE_NOOP("AuditModel", "Employee created")},
    {QLatin1String("employee.deactivate"), QT_TRANSLATE_NOOP("AuditModel", "Employee deactivated")},
    {QLatin1String("employee.delete"), QT_TRANSLATE_NOOP("AuditModel", "Employee deleted")},
    {QLatin1String("employee.import"), QT_TRANSLATE_NOOP("AuditModel", "Employees imported")},
    {QLatin1String("employee.update"), QT_TRANSLATE_NOOP("AuditModel", "Employee updated")},
    {QLatin1String("meal_request.approve"),
     QT_TRANSLATE_NOOP("AuditModel", "Meal request approved")},
    {QLatin1String("meal_request.copy"), QT_TRANSLATE_NOOP("AuditModel", "Meal request copied")},
    {QLatin1String("meal_request.create"), QT_TRANSLATE_NOOP("AuditModel", "Meal request created")},
    {QLatin1String("meal_request.delete"), QT_TRANSLATE_NOOP("AuditModel", "Meal request deleted")},
    {QLatin1String("meal_request.reject"),
     QT_TRANSLATE_NOOP("AuditModel", "Meal request rejected")},
    {QLatin1String("meal_request.submit"),
     QT_TRANSLATE_NOOP("AuditModel", "Meal request submitted")},
    {QLatin1String("meal_request_line.accept"), QT_TRANSLATE_NOOP("AuditModel", "Line accepted")},
    {QLatin1String("meal_request_line.notes"),
     QT_TRANSLATE_NOOP("AuditModel", "Line notes changed")},
    {QLatin1String("meal_request_line.reject"), QT_TRANSLATE_NOOP("AuditModel", "Line rejected")},
    {QLatin1String("origin.add"), QT_TRANSLATE_NOOP("AuditModel", "Origin added")},
    {QLatin1String("origin.disable"), QT_TRANSLATE_NOOP("AuditModel", "Origin disabled")},
    {QLatin1String("origin.edit"), QT_TRANSLATE_NOOP("AuditModel", "Origin edited")},
    {QLatin1String("origin.enable"), QT_TRANSLATE_NOOP("AuditModel", "Origin enabled")},
    {QLatin1String("origin.remove"), QT_TRANSLATE_NOOP("AuditModel", "Origin removed")},
    {QLatin1String("schema.adopt"), QT_TRANSLATE_NOOP("AuditModel", "Database adopted")},
    {QLatin1String("token.purge_expired"),
     QT_TRANSLATE_NOOP("AuditModel", "Expired tokens purged")},
    {QLatin1String("token.revoke"), QT_TRANSLATE_NOOP("AuditModel", "Token revoked")},
};

template <std::size_t size>
QStringList keysOf(const std::pair<QLatin1String, const char*> (&titles)[size])
{
    QStringList keys;
    for (const auto& [key, title] : titles)
        keys << key;
    return keys;
}

// The translated title of `key`; the key itself when it has none (written by another program).
template <std::size_t size>
QString titleOf(const std::pair<QLatin1String, const char*> (&titles)[size], const QString& key)
{
    for (const auto& [known, title] : titles) {
        if (key == known)
            return QCoreApplication::translate("AuditModel", title);
    }
    return key;
}

} // namespace

AuditModel::AuditModel(AuditService& service, const Actor& actor, ChangeFeed& feed, QObject* parent)
    : ServiceTableModel(service, actor, feed, QString(), columns(), AtColumn, Qt::DescendingOrder,
                        parent)
{
}

QStringList AuditModel::knownEntities()
{
    return keysOf(entityTitles);
}

QString AuditModel::entityTitle(const QString& entity)
{
    return titleOf(entityTitles, entity);
}

QStringList AuditModel::knownActions()
{
    return keysOf(actionTitles);
}

QString AuditModel::actionTitle(const QString& action)
{
    return titleOf(actionTitles, action);
}

QString AuditModel::accountText(const AuditRecord& entry)
{
    return entry.accountId ? entry.accountName
                           : QCoreApplication::translate("AuditModel", "(system)");
}

QString AuditModel::timeText(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(local.time(), QLocale::LongFormat);
}
