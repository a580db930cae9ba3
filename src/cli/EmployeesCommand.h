#pragma once

#include "EmployeeFilter.h"
#include "EmployeeService.h"
#include "ServiceCommand.h"

#include <QByteArray>

#include <optional>

// mealdesk-cli employees import|export|list|deactivate: the HR employee list as CSV, a look at
// it, and employees deactivated in one go.
class EmployeesCommand : public ServiceCommand {
public:
    QString name() const override { return QStringLiteral("employees"); }
    QString description() const override;

protected:
    QList<Action> actions() const override;
    QList<QCommandLineOption> groupOptions() const override;
    void prepareAction(const QCommandLineParser& parser, const QStringList& arguments) override;
    void readInput() override;
    QFuture<Output> startAction(ServiceRegistry& services, const Actor& actor) override;

private:
    QFuture<Output> importCsv(const Actor& actor);
    QFuture<Output> exportCsv(const Actor& actor);
    QFuture<Output> list(const Actor& actor);

    EmployeeService* m_employees = nullptr;
    QString m_file;      // import: a path, or "-" for standard input
    QList<qint64> m_ids; // deactivate
    QByteArray m_csv;
    EmployeeFilter m_filter;
    int m_limit = 0;
};
