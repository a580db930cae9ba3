#include "AuditModel.h"

#include "AuditService.h"

#include <QCoreApplication>
#include <QLocale>

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
        {QCoreApplication::translate("AuditModel", "Action"), [](const R& r) { return r.action; }},
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

} // namespace

AuditModel::AuditModel(AuditService& service, const Actor& actor, ChangeFeed& feed, QObject* parent)
    : ServiceTableModel(service, actor, feed, QString(), columns(), AtColumn, Qt::DescendingOrder,
                        parent)
{
}

QStringList AuditModel::knownEntities()
{
    QStringList entities;
    for (const auto& [entity, title] : entityTitles)
        entities << entity;
    return entities;
}

QString AuditModel::entityTitle(const QString& entity)
{
    for (const auto& [known, title] : entityTitles) {
        if (entity == known)
            return tr(title);
    }
    return entity;
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
