#include "OriginsModel.h"

#include "CellText.h"
#include "OriginService.h"

#include <QCoreApplication>

namespace {

QList<TableColumn<OriginRecord>> columns()
{
    using R = OriginRecord;
    const Qt::Alignment leading = Qt::AlignLeading | Qt::AlignVCenter;
    // In the order of OriginsModel::Column.
    return {
        {QCoreApplication::translate("OriginsModel", "Origin"), [](const R& r) { return r.origin; },
         leading, QStringLiteral("origin")},
        {QCoreApplication::translate("OriginsModel", "Note"), [](const R& r) { return r.note; }},
        {QCoreApplication::translate("OriginsModel", "Active"),
         [](const R& r) { return CellText::yesNo(r.active); }, Qt::AlignCenter},
        {QCoreApplication::translate("OriginsModel", "Added by"),
         [](const R& r) { return r.createdByName; }},
        {QCoreApplication::translate("OriginsModel", "Added at"),
         [](const R& r) { return CellText::dateTime(r.createdAt); }, leading,
         QStringLiteral("created_at")},
        {QCoreApplication::translate("OriginsModel", "Changed at"),
         [](const R& r) { return CellText::dateTime(r.updatedAt); }, leading,
         QStringLiteral("updated_at")},
    };
}

} // namespace

OriginsModel::OriginsModel(OriginService& service, const Actor& actor, ChangeFeed& feed,
                           QObject* parent)
    : ServiceTableModel(service, actor, feed, QStringLiteral("allowed_origin"), columns(),
                        OriginColumn, Qt::AscendingOrder, parent)
{
}
