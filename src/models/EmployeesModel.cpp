#include "EmployeesModel.h"

#include "CellText.h"
#include "EmployeeService.h"
#include "LocalizedName.h"

#include <QCoreApplication>

namespace {

QList<TableColumn<EmployeeRecord>> columns()
{
    using R = EmployeeRecord;
    const Qt::Alignment number = Qt::AlignTrailing | Qt::AlignVCenter;
    const Qt::Alignment leading = Qt::AlignLeading | Qt::AlignVCenter;
    // In the order of EmployeesModel::Column.
    return {
        {QCoreApplication::translate("EmployeesModel", "ID"), [](const R& r) { return r.id; },
         number, QStringLiteral("id")},
        {QCoreApplication::translate("EmployeesModel", "Code"), [](const R& r) { return r.code; },
         number, QStringLiteral("code")},
        {QCoreApplication::translate("EmployeesModel", "Name (English)"),
         [](const R& r) { return r.nameEn; }, leading, QStringLiteral("name_en")},
        {QCoreApplication::translate("EmployeesModel", "Name (Arabic)"),
         [](const R& r) { return r.nameAr; }, leading, QStringLiteral("name_ar")},
        {QCoreApplication::translate("EmployeesModel", "Title"),
         [](const R& r) { return r.title; }},
        {QCoreApplication::translate("EmployeesModel", "Department"),
         [](const R& r) { return LocalizedName::pick(r.departmentNameEn, r.departmentNameAr); }},
        {QCoreApplication::translate("EmployeesModel", "Active"),
         [](const R& r) { return CellText::yesNo(r.active); }, Qt::AlignCenter},
    };
}

} // namespace

EmployeesModel::EmployeesModel(EmployeeService& service, const Actor& actor, ChangeFeed& feed,
                               QObject* parent)
    : ServiceTableModel(service, actor, feed, QStringLiteral("employee"), columns(), IdColumn,
                        Qt::AscendingOrder, parent)
{
}
