#pragma once

#include "EmployeeFilter.h"
#include "EmployeeRecord.h"
#include "ServiceTableModel.h"

class EmployeeService;

// The employees (everyone signed in may read them), by id.
class EmployeesModel : public ServiceTableModel<EmployeeService, EmployeeRecord, EmployeeFilter> {
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
};
