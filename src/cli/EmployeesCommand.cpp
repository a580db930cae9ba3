#include "EmployeesCommand.h"

#include "InputLimits.h"
#include "OutputFormat.h"
#include "PageCollector.h"
#include "StandardInput.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace {

const QString departmentOption = QStringLiteral("department");
const QString activeOption = QStringLiteral("active");
const QString inactiveOption = QStringLiteral("inactive");
const QString searchOption = QStringLiteral("search");
const QString limitOption = QStringLiteral("limit");
const QString jsonOption = QStringLiteral("json");

QJsonObject employeeJson(const EmployeeRecord& e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("code"), e.code},
            {QStringLiteral("name_en"), OutputFormat::textJson(e.nameEn)},
            {QStringLiteral("name_ar"), OutputFormat::textJson(e.nameAr)},
            {QStringLiteral("title"), OutputFormat::textJson(e.title)},
            {QStringLiteral("department_id"), OutputFormat::idJson(e.departmentId)},
            {QStringLiteral("department"), OutputFormat::textJson(e.departmentNameEn)},
            {QStringLiteral("is_active"), e.active},
            {QStringLiteral("version"), e.version},
            {QStringLiteral("updated_at"), OutputFormat::timeJson(e.updatedAt)}};
}

// A file has thousands of rows: the counts, and every refused row with its reason.
CliCommand::Output importOutput(const EmployeeImportReport& report)
{
    using Outcome = EmployeeImportReport::Outcome;
    const int refused = report.countOf(Outcome::Refused);
    const auto applied = [&report](Outcome outcome) {
        return report.applied ? report.countOf(outcome) : 0;
    };
    QString text = QStringLiteral("%1 created, %2 updated, %3 unchanged, %4 refused.\n")
                       .arg(applied(Outcome::Created))
                       .arg(applied(Outcome::Updated))
                       .arg(applied(Outcome::Unchanged))
                       .arg(refused);
    QJsonArray refusedRows;
    if (refused > 0) {
        TextTable table({QStringLiteral("ROW"), QStringLiteral("LINE"), QStringLiteral("ID"),
                         QStringLiteral("FIELD"), QStringLiteral("REASON")});
        for (qsizetype i = 0; i < report.size(); ++i) {
            if (report.outcome(i) != Outcome::Refused)
                continue;
            const EmployeeImportReport::Row r = report.row(i);
            table.addRow({QString::number(r.row), QString::number(r.line),
                          r.id ? QString::number(r.id) : QString(), r.field, r.reason});
            refusedRows.append(
                QJsonObject{{QStringLiteral("row"), r.row},
                            {QStringLiteral("line"), r.line},
                            {QStringLiteral("id"), OutputFormat::idJson(r.id)},
                            {QStringLiteral("field"), OutputFormat::textJson(r.field)},
                            {QStringLiteral("reason"), r.reason}});
        }
        text += table.toString();
    }
    CliCommand::Output output(
        text, QJsonObject{{QStringLiteral("applied"), report.applied},
                          {QStringLiteral("created"), applied(Outcome::Created)},
                          {QStringLiteral("updated"), applied(Outcome::Updated)},
                          {QStringLiteral("unchanged"), applied(Outcome::Unchanged)},
                          {QStringLiteral("refused"), refused},
                          {QStringLiteral("refused_rows"), refusedRows}});
    if (!report.applied)
        output.error = QStringLiteral("nothing imported: %1 of %2 rows refused")
                           .arg(refused)
                           .arg(report.size());
    return output;
}

} // namespace

QString EmployeesCommand::description() const
{
    return QStringLiteral("Import and export the employees as CSV, and list them.");
}

QList<ServiceCommand::Action> EmployeesCommand::actions() const
{
    const QStringList filters = {departmentOption, activeOption, inactiveOption, searchOption};
    return {
        {QStringLiteral("deactivate"),
         QStringLiteral("ID..."),
         QStringLiteral("Deactivate employees in one go: each refused one is printed with why; "
                        "exit 1 when any was (the others are deactivated all the same)."),
         1,
         anyNumber,
         {}},
        {QStringLiteral("import"),
         QStringLiteral("FILE.csv|-"),
         QStringLiteral("Create or update employees from a CSV file (- reads it from standard "
                        "input, after the sign-in password when $MEALDESK_PASSWORD is unset). "
                        "Columns: id, code, name_en, name_ar, title, department_id, is_active. "
                        "All or nothing: one refused row and nothing is imported (exit 1); the "
                        "refused rows are listed."),
         1,
         1,
         {}},
        {QStringLiteral("export"),
         QStringLiteral("[--department ID] [--active|--inactive] [--search TEXT] [> FILE.csv]"),
         QStringLiteral("Write the employees as CSV (UTF-8 with a byte order mark, the import "
                        "format) to standard output."),
         0, 0, filters},
        {QStringLiteral("list"),
         QStringLiteral("[--department ID] [--active|--inactive] [--search TEXT] [--limit N]"),
         QStringLiteral("The employees by id: all of them unless --limit."), 0, 0,
         filters + QStringList{limitOption}},
    };
}

QList<QCommandLineOption> EmployeesCommand::groupOptions() const
{
    return {
        QCommandLineOption(departmentOption,
                           QStringLiteral("export, list: this department and those under it."),
                           QStringLiteral("ID")),
        QCommandLineOption(activeOption, QStringLiteral("export, list: only active ones.")),
        QCommandLineOption(inactiveOption, QStringLiteral("export, list: only inactive ones.")),
        QCommandLineOption(searchOption,
                           QStringLiteral("export, list: the code (digits), or part of a name."),
                           QStringLiteral("TEXT")),
        QCommandLineOption(limitOption, QStringLiteral("list: at most N rows (default: all)."),
                           QStringLiteral("N")),
    };
}

void EmployeesCommand::prepareAction(const QCommandLineParser& parser, const QStringList& arguments)
{
    if (action() == QLatin1String("export") && parser.isSet(jsonOption))
        throw invalid(QStringLiteral("employees export writes CSV; employees list --json writes "
                                     "JSON"),
                      jsonOption);
    m_file = arguments.value(0);
    if (action() == QLatin1String("deactivate"))
        m_ids = idArguments(arguments, QStringLiteral("ID"));
    m_filter.departmentId =
        intValue(parser, departmentOption, 1, std::numeric_limits<int>::max(), 0);
    m_filter.active = eitherFlag(parser, activeOption, inactiveOption);
    m_filter.search = parser.value(searchOption);
    m_limit = intValue(parser, limitOption, 1, std::numeric_limits<int>::max(), 0);
}

void EmployeesCommand::readInput()
{
    if (action() != QLatin1String("import"))
        return;
    if (m_file == QLatin1String("-")) {
        // One byte over the limit is enough for the import to refuse the file by its size.
        m_csv = StandardInput::readAll(InputLimits::maxCsvBytes);
        return;
    }
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        throw invalid(QStringLiteral("cannot read %1: %2").arg(m_file, file.errorString()),
                      QStringLiteral("file"));
    m_csv = file.read(InputLimits::maxCsvBytes + 1);
}

QFuture<CliCommand::Output> EmployeesCommand::startAction(ServiceRegistry& services,
                                                          const Actor& actor)
{
    m_employees = &services.employees();
    if (action() == QLatin1String("import"))
        return importCsv(actor);
    if (action() == QLatin1String("export"))
        return exportCsv(actor);
    if (action() == QLatin1String("deactivate"))
        return m_employees->deactivateAll(actor, m_ids).then(bulkOutput);
    return list(actor);
}

QFuture<CliCommand::Output> EmployeesCommand::importCsv(const Actor& actor)
{
    return m_employees->importCsv(actor, m_csv).then(importOutput);
}

QFuture<CliCommand::Output> EmployeesCommand::exportCsv(const Actor& actor)
{
    return m_employees->exportCsv(actor, m_filter).then([](const QByteArray& csv) {
        Output output;
        output.data = csv;
        return output;
    });
}

QFuture<CliCommand::Output> EmployeesCommand::list(const Actor& actor)
{
    return PageCollector<EmployeeRecord>::collect(
               [this, actor, filter = m_filter](const PageRequest& page) {
                   return m_employees->list(actor, filter, page);
               },
               m_limit)
        .then([](const QList<EmployeeRecord>& employees) {
            TextTable table({QStringLiteral("ID"), QStringLiteral("CODE"),
                             QStringLiteral("NAME (EN)"), QStringLiteral("NAME (AR)"),
                             QStringLiteral("TITLE"), QStringLiteral("DEPARTMENT"),
                             QStringLiteral("ACTIVE")});
            QJsonArray json;
            for (const EmployeeRecord& e : employees) {
                table.addRow({QString::number(e.id), QString::number(e.code), e.nameEn, e.nameAr,
                              e.title, e.departmentNameEn, OutputFormat::yesNo(e.active)});
                json.append(employeeJson(e));
            }
            return Output{table.toString(), json};
        });
}
