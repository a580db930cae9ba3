#include "EmployeesModel.h"

#include "CellText.h"
#include "EmployeeService.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("EmployeesModel", text);
}

// The department in the language of the interface.
QString departmentName(const EmployeeRecord& r)
{
    return QLocale().language() == QLocale::Arabic ? r.departmentNameAr : r.departmentNameEn;
}

QList<TableColumn<EmployeeRecord>> columns()
{
    using R = EmployeeRecord;
    const Qt::Alignment number = Qt::AlignTrailing | Qt::AlignVCenter;
    const Qt::Alignment leading = Qt::AlignLeading | Qt::AlignVCenter;
    // In the order of EmployeesModel::Column.
    return {
        {tr("ID"), [](const R& r) { return r.id; }, number, QStringLiteral("id")},
        {tr("Code"), [](const R& r) { return r.code; }, number, QStringLiteral("code")},
        {tr("Name (English)"), [](const R& r) { return r.nameEn; }, leading,
         QStringLiteral("name_en")},
        {tr("Name (Arabic)"), [](const R& r) { return r.nameAr; }, leading,
         QStringLiteral("name_ar")},
        {tr("Title"), [](const R& r) { return r.title; }},
        {tr("Department"), departmentName},
        {tr("Active"), [](const R& r) { return CellText::yesNo(r.active); }, Qt::AlignCenter},
    };
}

} // namespace

EmployeesModel::EmployeesModel(EmployeeService& service, const Actor& actor, ChangeFeed& feed,
                               QObject* parent)
    : AsyncTableModel(feed, QStringLiteral("employee"), columns(), IdColumn, Qt::AscendingOrder,
                      parent)
    , m_service(service)
    , m_actor(actor)
{
}

QFuture<Page<EmployeeRecord>> EmployeesModel::fetchPage(const EmployeeFilter& filter,
                                                        const PageRequest& request)
{
    return m_service.list(m_actor, filter, request);
}

QFuture<qint64> EmployeesModel::fetchCount(const EmployeeFilter& filter)
{
    return m_service.count(m_actor, filter);
}
