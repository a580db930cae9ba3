#pragma once

#include "AccountService.h"
#include "AuditService.h"
#include "AuthService.h"
#include "DepartmentService.h"
#include "EmployeeService.h"
#include "MealRequestService.h"
#include "OriginService.h"
#include "SchemaService.h"
#include "Seeder.h"
#include "TokenService.h"

// Every service over one database and change feed, for the programs that use them all (the
// desktop application, the command-line tool, the benchmark).
class ServiceRegistry {
public:
    ServiceRegistry(Database& db, ChangeFeed& feed)
        : m_auth(db, feed)
        , m_accounts(db, feed)
        , m_audit(db, feed)
        , m_departments(db, feed)
        , m_employees(db, feed)
        , m_mealRequests(db, feed)
        , m_origins(db, feed)
        , m_tokens(db, feed)
        , m_seeder(db)
        , m_schema(db)
    {
    }

    AuthService& auth() { return m_auth; }
    AccountService& accounts() { return m_accounts; }
    AuditService& audit() { return m_audit; }
    DepartmentService& departments() { return m_departments; }
    EmployeeService& employees() { return m_employees; }
    MealRequestService& mealRequests() { return m_mealRequests; }
    OriginService& origins() { return m_origins; }
    TokenService& tokens() { return m_tokens; }
    Seeder& seeder() { return m_seeder; }
    SchemaService& schema() { return m_schema; }

private:
    AuthService m_auth;
    AccountService m_accounts;
    AuditService m_audit;
    DepartmentService m_departments;
    EmployeeService m_employees;
    MealRequestService m_mealRequests;
    OriginService m_origins;
    TokenService m_tokens;
    Seeder m_seeder;
    SchemaService m_schema;
};
