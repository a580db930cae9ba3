#include "MealRequestsModel.h"

#include "CellText.h"
#include "LocalizedName.h"
#include "MealRequestService.h"

#include <QCoreApplication>

namespace {

QList<TableColumn<MealRequestRecord>> columns()
{
    using R = MealRequestRecord;
    const Qt::Alignment number = Qt::AlignTrailing | Qt::AlignVCenter;
    // In the order of MealRequestsModel::Column.
    return {
        {QCoreApplication::translate("MealRequestsModel", "ID"), [](const R& r) { return r.id; },
         number, QStringLiteral("id")},
        {QCoreApplication::translate("MealRequestsModel", "Requested"),
         [](const R& r) { return CellText::dateTime(r.requestTime); },
         Qt::AlignLeading | Qt::AlignVCenter, QStringLiteral("request_time")},
        {QCoreApplication::translate("MealRequestsModel", "Meal"),
         &MealRequestsModel::mealTypeText},
        {QCoreApplication::translate("MealRequestsModel", "Requester"),
         [](const R& r) { return r.requesterName; }},
        {QCoreApplication::translate("MealRequestsModel", "Status"),
         [](const R& r) { return MealRequestsModel::statusText(r.status); },
         Qt::AlignLeading | Qt::AlignVCenter, QString(),
         [](const R& r, int role) {
             return StateColors::data(MealRequestsModel::statusHue(r.status), role);
         }},
        {QCoreApplication::translate("MealRequestsModel", "Lines"),
         [](const R& r) { return r.lineCount; }, number},
        {QCoreApplication::translate("MealRequestsModel", "Closed by"),
         [](const R& r) { return r.closedByName; }},
        {QCoreApplication::translate("MealRequestsModel", "Notes"),
         [](const R& r) { return r.notes; }},
    };
}

} // namespace

MealRequestsModel::MealRequestsModel(MealRequestService& service, const Actor& actor,
                                     ChangeFeed& feed, QObject* parent)
    : ServiceTableModel(service, actor, feed, QStringLiteral("meal_request"), columns(),
                        RequestTimeColumn, Qt::DescendingOrder, parent)
{
}

QString MealRequestsModel::statusText(MealRequestStatus status)
{
    switch (status) {
    case MealRequestStatus::Pending:
        return QCoreApplication::translate("MealRequestsModel", "Pending");
    case MealRequestStatus::Approved:
        return QCoreApplication::translate("MealRequestsModel", "Approved");
    case MealRequestStatus::Rejected:
        return QCoreApplication::translate("MealRequestsModel", "Rejected");
    case MealRequestStatus::OnProgress:
        return QCoreApplication::translate("MealRequestsModel", "On Progress");
    }
    return {};
}

StateColors::Hue MealRequestsModel::statusHue(MealRequestStatus status)
{
    switch (status) {
    case MealRequestStatus::Pending:
        return StateColors::Hue::Amber;
    case MealRequestStatus::Approved:
        return StateColors::Hue::Green;
    case MealRequestStatus::Rejected:
        return StateColors::Hue::Red;
    case MealRequestStatus::OnProgress:
        break;
    }
    return StateColors::Hue::Blue;
}

QString MealRequestsModel::mealTypeText(const MealRequestRecord& record)
{
    return LocalizedName::pick(record.mealTypeNameEn, record.mealTypeNameAr);
}
