#include "InitCommand.h"

#include "AccountRules.h"
#include "Failure.h"
#include "PasswordHasher.h"
#include "Seeder.h"
#include "ServiceHost.h"
#include "StandardInput.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace {

const QString adminOption = QStringLiteral("admin");

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
        throw Failure(Failure::Kind::Validation, QStringLiteral("init needs --admin NAME"),
                      adminOption);
    m_username = parser.value(adminOption);
    if (const QString problem = AccountRules::checkUsername(m_username); !problem.isEmpty())
        throw Failure(Failure::Kind::Validation, QStringLiteral("--admin: ") + problem,
                      adminOption);
    m_password =
        StandardInput::readSecret(QStringLiteral("Password for %1: ").arg(m_username), true);
    if (m_password.isNull())
        throw Failure(Failure::Kind::Validation,
                      QStringLiteral("no password on standard input (the first line is the "
                                     "password)"),
                      QStringLiteral("password"));
    if (const QString problem = PasswordHasher::checkStrength(m_password); !problem.isEmpty())
        throw Failure(Failure::Kind::Validation, problem, QStringLiteral("password"));
}

QFuture<CliCommand::Output> InitCommand::start(ServiceHost& host)
{
    const QString url = host.settings().displayUrl();
    return host.services()
        .seeder()
        .createFirstAdmin(m_username, m_password)
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
