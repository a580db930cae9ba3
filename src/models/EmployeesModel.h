#pragma once

#include "Actor.h"
#include "AsyncTableModel.h"
#include "EmployeeFilter.h"
#include "EmployeeRecord.h"

class EmployeeService;

// The employees (everyone signed in may read them), by id.
class EmployeesModel : public AsyncTableModel<EmployeeRecord, EmployeeFilter> {
public:
    enum Column {
        IdColumn,
        CodeColumn,
        NameEnColumn,
        NameArColumn,
        TitleColumn,
        DepartmentColumn,
        ActiveColumn,
    };

    EmployeesModel(EmployeeService& service, const Actor& actor, ChangeFeed& feed,
                   QObject* parent = nullptr);

protected:
    QFuture<Page<EmployeeRecord>> fetchPage(const EmployeeFilter& filter,
                                            const PageRequest& request) override;
    QFuture<qint64> fetchCount(const EmployeeFilter& filter) override;

private:
    EmployeeService& m_service;
    const Actor m_actor;
};
