#pragma once

#include "Await.h"
#include "MealRequestInput.h"
#include "MealRequestStatus.h"
#include "ServiceFixture.h"

#include <QDateTime>
#include <QTest>

#include <optional>

// Departments, employees and row tweaks for the meal request tests, written straight into the
// fixture's database with SQL (the tests do not depend on the employee services).
class MealRequestTestData {
public:
    // The meal types 0001_initial.sql seeds, in its order.
    static constexpr qint64 breakfast = 1;
    static constexpr qint64 lunch = 2;
    static constexpr qint64 dinner = 3;

    explicit MealRequestTestData(ServiceFixture& fx)
        : m_fx(fx)
    {
    }

    // Departments Kitchen, Workshop and Pastry (under Kitchen) with these employees:
    // Kitchen 1 (1001 Ahmed Ali), 2 (1002 Sara Khan), 3 (1003 Omar Said), 4 (1004, inactive);
    // Workshop 11 (2001 Huda Nasser), 12 (2002 Karim Aziz); Pastry 21 (3001 Mona Fathi).
    bool seed()
    {
        kitchen = department(QStringLiteral("Kitchen"));
        workshop = department(QStringLiteral("Workshop"));
        pastry = department(QStringLiteral("Pastry"), kitchen);
        return kitchen > 0 && workshop > 0 && pastry > 0 &&
               employee(1, 1001, QStringLiteral("Ahmed Ali"), kitchen) &&
               employee(2, 1002, QStringLiteral("Sara Khan"), kitchen) &&
               employee(3, 1003, QStringLiteral("Omar Said"), kitchen) &&
               employee(4, 1004, QStringLiteral("Old Timer"), kitchen, false) &&
               employee(11, 2001, QStringLiteral("Huda Nasser"), workshop) &&
               employee(12, 2002, QStringLiteral("Karim Aziz"), workshop) &&
               employee(21, 3001, QStringLiteral("Mona Fathi"), pastry);
    }

    // Employees firstId .. firstId + count - 1 with codes 5000 + id, all in one department.
    bool employees(qint64 firstId, int count, qint64 departmentId)
    {
        for (qint64 id = firstId; id < firstId + count; ++id) {
            if (!employee(id, static_cast<int>(5000 + id), QStringLiteral("Worker %1").arg(id),
                          departmentId))
                return false;
        }
        return true;
    }

    qint64 department(const QString& name, qint64 parentId = 0)
    {
        return settle(m_fx.db().write([name, parentId](Connection& c) {
                   return c.insert(QStringLiteral("INSERT INTO department (name_en, "
                                                  "name_ar, parent_id) VALUES (?, ?, ?)"),
                                   {name, name + QStringLiteral(" (ar)"),
                                    parentId ? QVariant(parentId) : QVariant()});
               }))
            .value_or(-1);
    }

    bool employee(qint64 id, int code, const QString& name, qint64 departmentId, bool active = true)
    {
        return exec(QStringLiteral("INSERT INTO employee (id, code, name_en, name_ar, "
                                   "department_id, is_active) VALUES (?, ?, ?, ?, ?, ?)"),
                    {id, code, name, name + QStringLiteral(" (ar)"), departmentId, active});
    }

    bool assignDepartments(const Actor& account, const QList<qint64>& departmentIds)
    {
        for (const qint64 d : departmentIds) {
            if (!exec(QStringLiteral("INSERT INTO account_department (account_id, department_id) "
                                     "VALUES (?, ?)"),
                      {account.accountId, d}))
                return false;
        }
        return true;
    }

    // Moves a request to another moment (tests of other days).
    bool setRequestTime(qint64 requestId, const QDateTime& time)
    {
        return m_fx.write([requestId, time](Connection& c) {
            c.exec(QStringLiteral("UPDATE meal_request SET request_time = ? WHERE id = ?"),
                   {c.toDb(time), requestId});
        });
    }

    bool setStatus(qint64 requestId, MealRequestStatus status)
    {
        return exec(QStringLiteral("UPDATE meal_request SET status_id = ? WHERE id = ?"),
                    {static_cast<int>(status), requestId});
    }

    // One statement in its own transaction; false (and the test failed) when it fails.
    bool exec(const QString& sql, const QVariantList& values = {})
    {
        return m_fx.write([sql, values](Connection& c) { c.exec(sql, values); });
    }

    // The error a future ends with; nullopt when it succeeded (or timed out: the test failed).
    template <typename T> static std::optional<Failure> failureOf(QFuture<T> future)
    {
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 60000)) {
            QTest::qFail("a database call timed out", __FILE__, __LINE__);
            return std::nullopt;
        }
        return errorOf(future);
    }

    static MealRequestInput request(qint64 mealTypeId, const QList<qint64>& employeeIds,
                                    const QList<qint64>& departmentIds = {})
    {
        MealRequestInput in;
        in.mealTypeId = mealTypeId;
        for (const qint64 id : employeeIds)
            in.lines.append({id, {}, {}, std::nullopt});
        in.departmentIds = departmentIds;
        return in;
    }

    qint64 kitchen = 0;
    qint64 workshop = 0;
    qint64 pastry = 0;

private:
    ServiceFixture& m_fx;
};
