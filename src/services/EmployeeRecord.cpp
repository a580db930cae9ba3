#include "EmployeeRecord.h"

EmployeeInput EmployeeRecord::input() const
{
    return {id, code, nameEn, nameAr, title, departmentId, active};
}
