#include "DemoCommand.h"

#include "Connection.h"
#include "Database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QStringList>

#include <utility>

namespace {

// Option name, what it sets, its help text.
struct SizeOption {
    const char* name;
    int Seeder::DemoSizes::*size;
    const char* help;
};

constexpr SizeOption sizeOptions[] = {
    {"departments", &Seeder::DemoSizes::departments, "Departments (a tree)."},
    {"employees", &Seeder::DemoSizes::employees, "Employees, spread over the departments."},
    {"requests", &Seeder::DemoSizes::mealRequests, "Meal requests over the last 60 days."},
    {"lines", &Seeder::DemoSizes::linesPerRequest, "Lines (employees) per meal request."},
    {"tokens", &Seeder::DemoSizes::revokedTokens, "Revoked tokens."},
    {"origins", &Seeder::DemoSizes::origins, "Allowed origins."},
};

// JSON key and table, in the order they are reported.
const std::pair<QString, QString> countedTables[] = {
    {QStringLiteral("departments"), QStringLiteral("department")},
    {QStringLiteral("employees"), QStringLiteral("employee")},
    {QStringLiteral("accounts"), QStringLiteral("account")},
    {QStringLiteral("meal_requests"), QStringLiteral("meal_request")},
    {QStringLiteral("meal_request_lines"), QStringLiteral("meal_request_line")},
    {QStringLiteral("revoked_tokens"), QStringLiteral("revoked_tokens")},
    {QStringLiteral("origins"), QStringLiteral("allowed_origins")},
};

} // namespace

QString DemoCommand::description() const
{
    return QStringLiteral("Fill a new, empty database with demo data.");
}

QList<QCommandLineOption> DemoCommand::options() const
{
    const Seeder::DemoSizes defaults;
    QList<QCommandLineOption> result;
    for (const SizeOption& option : sizeOptions) {
        result << QCommandLineOption(
            QLatin1String(option.name),
            QStringLiteral("%1 Default: %2.")
                .arg(QLatin1String(option.help), QString::number(defaults.*option.size)),
            QStringLiteral("N"));
    }
    return result;
}

void DemoCommand::prepare(const QCommandLineParser& parser)
{
    const Seeder::DemoSizes defaults;
    for (const SizeOption& option : sizeOptions) {
        const int max = option.size == &Seeder::DemoSizes::linesPerRequest
                            ? Seeder::maxLinesPerRequest
                            : Seeder::maxDemoSize;
        m_sizes.*option.size =
            intValue(parser, QLatin1String(option.name), 0, max, defaults.*option.size);
    }
}

QFuture<CliCommand::Output> DemoCommand::start(Database& db)
{
    QElapsedTimer timer;
    timer.start();
    const QString url = db.settings().displayUrl();
    return Seeder::fillDemo(db, m_sizes)
        .then([&db, timer] {
            const double seconds = double(timer.elapsed()) / 1000.0;
            return db.read([seconds](Connection& c) {
                QJsonObject counts;
                for (const auto& [key, table] : countedTables) {
                    // `table` comes from the fixed list above.
                    QSqlQuery& q = c.exec(QStringLiteral("SELECT count(*) FROM ") + table);
                    q.next();
                    counts.insert(key, q.value(0).toLongLong());
                    q.finish();
                }
                counts.insert(QStringLiteral("seconds"), seconds);
                return counts;
            });
        })
        .unwrap()
        .then([url](QJsonObject counts) {
            const auto n = [&counts](const QString& key) {
                return QString::number(counts.value(key).toInteger());
            };
            const QString text =
                QStringLiteral("Filled %1 in %2 s: %3 departments, %4 employees, %5 accounts, %6 "
                               "meal requests with %7 lines, %8 revoked tokens, %9 origins.")
                    .arg(
                        url,
                        QString::number(counts.value(QStringLiteral("seconds")).toDouble(), 'f', 2),
                        n(QStringLiteral("departments")), n(QStringLiteral("employees")),
                        n(QStringLiteral("accounts")), n(QStringLiteral("meal_requests")),
                        n(QStringLiteral("meal_request_lines")),
                        n(QStringLiteral("revoked_tokens")), n(QStringLiteral("origins")));
            counts.insert(QStringLiteral("database"), url);
            return Output{text, counts};
        });
}
