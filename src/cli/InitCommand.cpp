#include "InitCommand.h"

#include "AccountRules.h"
#include "Database.h"
#include "DbError.h"
#include "PasswordHasher.h"
#include "Seeder.h"

#include <QCommandLineParser>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace {

const QString adminOption = QStringLiteral("admin");

// One line of standard input without its line end; null at end of input.
QString readLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

// At a terminal the password is typed without echo, and twice to catch a typo.
QString readPassword(const QString& username)
{
    if (!isatty(STDIN_FILENO))
        return readLine();
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    const auto ask = [](const QString& prompt) {
        std::fputs(prompt.toUtf8().constData(), stderr);
        std::fflush(stderr);
        const QString answer = readLine();
        std::fputc('\n', stderr);
        return answer;
    };
    const QString first = ask(QStringLiteral("Password for %1: ").arg(username));
    const QString second = ask(QStringLiteral("Repeat the password: "));
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (first != second)
        throw DbError(DbError::Kind::Validation, QStringLiteral("the passwords do not match"),
                      QStringLiteral("password"));
    return first;
}

} // namespace

QString InitCommand::description() const
{
    return QStringLiteral("Create the first super admin of a new database (password on standard "
                          "input).");
}

QList<QCommandLineOption> InitCommand::options() const
{
    return {QCommandLineOption(adminOption, QStringLiteral("The first super admin's username."),
                               QStringLiteral("NAME"))};
}

void InitCommand::prepare(const QCommandLineParser& parser)
{
    if (!parser.isSet(adminOption))
        throw DbError(DbError::Kind::Validation, QStringLiteral("init needs --admin NAME"),
                      adminOption);
    m_username = parser.value(adminOption);
    if (const QString problem = AccountRules::checkUsername(m_username); !problem.isEmpty())
        throw DbError(DbError::Kind::Validation, QStringLiteral("--admin: ") + problem,
                      adminOption);
    m_password = readPassword(m_username);
    if (m_password.isNull())
        throw DbError(DbError::Kind::Validation,
                      QStringLiteral("no password on standard input (the first line is the "
                                     "password)"),
                      QStringLiteral("password"));
    if (const QString problem = PasswordHasher::checkStrength(m_password); !problem.isEmpty())
        throw DbError(DbError::Kind::Validation, problem, QStringLiteral("password"));
}

QFuture<CliCommand::Output> InitCommand::start(Database& db)
{
    const QString url = db.settings().displayUrl();
    return Seeder::createFirstAdmin(db, m_username, m_password)
        .then([username = m_username, url](qint64 id) {
            const QString role = Seeder::firstAdminRole();
            return Output{
                QStringLiteral("Created the super admin '%1' (account %2, role %3) in %4.")
                    .arg(username, QString::number(id), role, url),
                QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("username"), username},
                            {QStringLiteral("role"), role},
                            {QStringLiteral("is_super_admin"), true},
                            {QStringLiteral("database"), url}}};
        });
}
