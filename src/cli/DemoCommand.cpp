#include "DemoCommand.h"

#include "ConnectionSettings.h"
#include "Failure.h"
#include "ServiceHost.h"

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

const QString allowOption = QStringLiteral("allow-published-passwords");

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
    result << QCommandLineOption(
        allowOption, QStringLiteral("Fill a PostgreSQL database although the demo accounts' "
                                    "passwords are published (refused without it)."));
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
    m_allowPublishedPasswords = parser.isSet(allowOption);
}

void DemoCommand::checkDatabase(const ConnectionSettings& settings) const
{
    // A SQLite file stays on this desktop; a server is shared, and anyone who has read the demo
    // passwords could sign in to it.
    if (settings.dialect() == Dialect::PostgreSQL && !m_allowPublishedPasswords)
        throw Failure(Failure::Kind::Validation,
                      QStringLiteral("demo refuses to fill %1: its accounts' passwords are "
                                     "published (README, mealdesk-cli), so anyone who can reach "
                                     "the server could sign in with them. For a throwaway "
                                     "database, add --%2")
                          .arg(settings.displayUrl(), allowOption),
                      allowOption);
}

QFuture<CliCommand::Output> DemoCommand::start(ServiceHost& host)
{
    QElapsedTimer timer;
    timer.start();
    const QString url = host.settings().displayUrl();
    Seeder& seeder = host.services().seeder();
    return seeder.fillDemo(m_sizes)
        .then([&seeder, timer] {
            const double seconds = double(timer.elapsed()) / 1000.0;
            return seeder.tableCounts().then([seconds](const Seeder::TableCounts& counts) {
                return std::pair{seconds, counts};
            });
        })
        .unwrap()
        .then([url](const std::pair<double, Seeder::TableCounts>& filled) {
            const auto& [seconds, counts] = filled;
            const QString text =
                QStringLiteral("Filled %1 in %2 s: %3 departments, %4 employees, %5 accounts, %6 "
                               "meal requests with %7 lines, %8 revoked tokens, %9 origins.")
                    .arg(url, QString::number(seconds, 'f', 2), QString::number(counts.departments),
                         QString::number(counts.employees), QString::number(counts.accounts),
                         QString::number(counts.mealRequests),
                         QString::number(counts.mealRequestLines),
                         QString::number(counts.revokedTokens), QString::number(counts.origins));
            const QJsonObject json{{QStringLiteral("departments"), counts.departments},
                                   {QStringLiteral("employees"), counts.employees},
                                   {QStringLiteral("accounts"), counts.accounts},
                                   {QStringLiteral("meal_requests"), counts.mealRequests},
                                   {QStringLiteral("meal_request_lines"), counts.mealRequestLines},
                                   {QStringLiteral("revoked_tokens"), counts.revokedTokens},
                                   {QStringLiteral("origins"), counts.origins},
                                   {QStringLiteral("seconds"), seconds},
                                   {QStringLiteral("database"), url}};
            return Output{text, json};
        });
}
