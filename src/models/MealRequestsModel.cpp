#include "MealRequestsModel.h"

#include "CellText.h"
#include "MealRequestService.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MealRequestsModel", text);
}

QList<TableColumn<MealRequestRecord>> columns()
{
    using R = MealRequestRecord;
    const Qt::Alignment number = Qt::AlignTrailing | Qt::AlignVCenter;
    // In the order of MealRequestsModel::Column.
    return {
        {tr("ID"), [](const R& r) { return r.id; }, number, QStringLiteral("id")},
        {tr("Requested"), [](const R& r) { return CellText::dateTime(r.requestTime); },
         Qt::AlignLeading | Qt::AlignVCenter, QStringLiteral("request_time")},
        {tr("Meal"), &MealRequestsModel::mealTypeText},
        {tr("Requester"), [](const R& r) { return r.requesterName; }},
        {tr("Status"), [](const R& r) { return MealRequestsModel::statusText(r.status); }},
        {tr("Lines"), [](const R& r) { return r.lineCount; }, number},
        {tr("Closed by"), [](const R& r) { return r.closedByName; }},
        {tr("Notes"), [](const R& r) { return r.notes; }},
    };
}

} // namespace

MealRequestsModel::MealRequestsModel(MealRequestService& service, const Actor& actor,
                                     ChangeFeed& feed, QObject* parent)
    : AsyncTableModel(feed, QStringLiteral("meal_request"), columns(), RequestTimeColumn,
                      Qt::DescendingOrder, parent)
    , m_service(service)
    , m_actor(actor)
{
}

QString MealRequestsModel::statusText(MealRequestStatus status)
{
    switch (status) {
    case MealRequestStatus::Pending:
        return tr("Pending");
    case MealRequestStatus::Approved:
        return tr("Approved");
    case MealRequestStatus::Rejected:
        return tr("Rejected");
    case MealRequestStatus::OnProgress:
        return tr("On Progress");
    }
    return {};
}

QString MealRequestsModel::mealTypeText(const MealRequestRecord& record)
{
    return QLocale().language() == QLocale::Arabic ? record.mealTypeNameAr : record.mealTypeNameEn;
}

QFuture<Page<MealRequestRecord>> MealRequestsModel::fetchPage(const MealRequestFilter& filter,
                                                              const PageRequest& request)
{
    return m_service.list(m_actor, filter, request);
}

QFuture<qint64> MealRequestsModel::fetchCount(const MealRequestFilter& filter)
{
    return m_service.count(m_actor, filter);
}
