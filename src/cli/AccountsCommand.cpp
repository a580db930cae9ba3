#include "AccountsCommand.h"

#include "OutputFormat.h"
#include "PageCollector.h"
#include "StandardInput.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <iterator>
#include <limits>

namespace {

const QString roleOption = QStringLiteral("role");
const QString superAdminOption = QStringLiteral("super-admin");
const QString fullNameOption = QStringLiteral("full-name");
const QString titleOption = QStringLiteral("title");
const QString searchOption = QStringLiteral("search");
const QString limitOption = QStringLiteral("limit");

const Role roles[] = {Role::Requester, Role::RequestTaker, Role::Captain, Role::StockControl};

QString roleNames()
{
    QStringList names;
    for (const Role role : roles)
        names << roleName(role);
    return names.join(QStringLiteral(", "));
}

QJsonObject accountJson(const AccountRecord& a)
{
    QJsonArray departments;
    for (const qint64 id : a.departmentIds)
        departments.append(id);
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("username"), a.username},
            {QStringLiteral("full_name"), OutputFormat::textJson(a.fullName)},
            {QStringLiteral("title"), OutputFormat::textJson(a.title)},
            {QStringLiteral("employee_id"), OutputFormat::idJson(a.employeeId)},
            {QStringLiteral("role"), roleName(a.role)},
            {QStringLiteral("is_super_admin"), a.superAdmin},
            {QStringLiteral("is_active"), a.active},
            {QStringLiteral("is_blocked"), a.blocked},
            {QStringLiteral("failed_logins"), a.failedLogins},
            {QStringLiteral("locked_until"), OutputFormat::timeJson(a.lockedUntil)},
            {QStringLiteral("tokens_valid_after"), OutputFormat::timeJson(a.tokensValidAfter)},
            {QStringLiteral("department_ids"), departments},
            {QStringLiteral("created_at"), OutputFormat::timeJson(a.createdAt)},
            {QStringLiteral("updated_at"), OutputFormat::timeJson(a.updatedAt)},
            {QStringLiteral("version"), a.version}};
}

QString roleText(const AccountRecord& a)
{
    return a.superAdmin ? roleName(a.role) + QStringLiteral(", super admin") : roleName(a.role);
}

} // namespace

QString AccountsCommand::description() const
{
    return QStringLiteral("Add accounts, set passwords, block, unlock and sign them out.");
}

QList<ServiceCommand::Action> AccountsCommand::actions() const
{
    return {
        {QStringLiteral("add"),
         QStringLiteral("USERNAME --role ROLE [--super-admin] [--full-name TEXT] [--title TEXT]"),
         QStringLiteral("Create an account; its password is read from standard input (after the "
                        "sign-in password when $MEALDESK_PASSWORD is unset). Roles: %1.")
             .arg(roleNames()),
         1,
         1,
         {roleOption, superAdminOption, fullNameOption, titleOption}},
        {QStringLiteral("passwd"),
         QStringLiteral("USERNAME"),
         QStringLiteral("Set an account's password, read like add's; also ends a lock."),
         1,
         1,
         {}},
        {QStringLiteral("block"),
         QStringLiteral("USERNAME"),
         QStringLiteral("Block an account; this also signs it out everywhere."),
         1,
         1,
         {}},
        {QStringLiteral("unblock"),
         QStringLiteral("USERNAME"),
         QStringLiteral("Unblock an account."),
         1,
         1,
         {}},
        {QStringLiteral("unlock"),
         QStringLiteral("USERNAME"),
         QStringLiteral("Lift the lock that failed sign-ins put on an account."),
         1,
         1,
         {}},
        {QStringLiteral("signout"),
         QStringLiteral("USERNAME"),
         QStringLiteral("Sign an account out everywhere: its tokens issued until now stop "
                        "working."),
         1,
         1,
         {}},
        {QStringLiteral("list"),
         QStringLiteral("[--search TEXT] [--limit N]"),
         QStringLiteral("The accounts by username."),
         0,
         0,
         {searchOption, limitOption}},
    };
}

QList<QCommandLineOption> AccountsCommand::groupOptions() const
{
    return {
        QCommandLineOption(roleOption, QStringLiteral("add: the role (%1).").arg(roleNames()),
                           QStringLiteral("ROLE")),
        QCommandLineOption(superAdminOption, QStringLiteral("add: make it a super admin.")),
        QCommandLineOption(fullNameOption, QStringLiteral("add: the full name."),
                           QStringLiteral("TEXT")),
        QCommandLineOption(titleOption, QStringLiteral("add: the title."), QStringLiteral("TEXT")),
        QCommandLineOption(searchOption, QStringLiteral("list: part of the username or full name."),
                           QStringLiteral("TEXT")),
        QCommandLineOption(limitOption, QStringLiteral("list: at most N rows (default: all)."),
                           QStringLiteral("N")),
    };
}

void AccountsCommand::prepareAction(const QCommandLineParser& parser, const QStringList& arguments)
{
    m_input.username = arguments.value(0);
    if (action() == QLatin1String("add")) {
        if (!parser.isSet(roleOption))
            throw invalid(QStringLiteral("accounts add needs --role ROLE (%1)").arg(roleNames()),
                          roleOption);
        const QString role = parser.value(roleOption);
        const auto match = std::find_if(std::cbegin(roles), std::cend(roles), [&role](Role r) {
            return roleName(r).compare(role, Qt::CaseInsensitive) == 0;
        });
        if (match == std::cend(roles))
            throw invalid(
                QStringLiteral("--role: '%1' is not a role (roles: %2)").arg(role, roleNames()),
                roleOption);
        m_input.role = *match;
        m_input.superAdmin = parser.isSet(superAdminOption);
        m_input.fullName = parser.value(fullNameOption);
        m_input.title = parser.value(titleOption);
    }
    m_search = parser.value(searchOption);
    m_limit = intValue(parser, limitOption, 1, std::numeric_limits<int>::max(), 0);
}

void AccountsCommand::readInput()
{
    if (action() != QLatin1String("add") && action() != QLatin1String("passwd"))
        return;
    m_input.password = StandardInput::readSecret(
        QStringLiteral("New password for %1: ").arg(m_input.username), true);
    if (m_input.password.isNull())
        throw invalid(
            QStringLiteral("no new password for '%1' on standard input").arg(m_input.username),
            QStringLiteral("password"));
}

QFuture<CliCommand::Output> AccountsCommand::startAction(ServiceRegistry& services,
                                                         const Actor& actor)
{
    m_accounts = &services.accounts();
    if (action() == QLatin1String("add"))
        return add(actor);
    if (action() == QLatin1String("list"))
        return list(actor);
    return changeNamed(actor);
}

QFuture<CliCommand::Output> AccountsCommand::add(const Actor& actor)
{
    return m_accounts->create(actor, m_input).then([](const AccountRecord& created) {
        return Output{QStringLiteral("Created the account '%1' (id %2, %3).")
                          .arg(created.username, QString::number(created.id), roleText(created)),
                      accountJson(created)};
    });
}

QFuture<CliCommand::Output> AccountsCommand::list(const Actor& actor)
{
    AccountFilter filter;
    filter.search = m_search;
    return PageCollector<AccountRecord>::collect(
               [this, actor, filter](const PageRequest& page) {
                   return m_accounts->list(actor, filter, page);
               },
               m_limit)
        .then([](const QList<AccountRecord>& accounts) {
            TextTable table({QStringLiteral("USERNAME"), QStringLiteral("FULL NAME"),
                             QStringLiteral("ROLE"), QStringLiteral("ACTIVE"),
                             QStringLiteral("BLOCKED"), QStringLiteral("LOCKED UNTIL"),
                             QStringLiteral("SIGNED OUT AT")});
            QJsonArray json;
            for (const AccountRecord& a : accounts) {
                table.addRow({a.username, a.fullName, roleText(a), OutputFormat::yesNo(a.active),
                              OutputFormat::yesNo(a.blocked), OutputFormat::time(a.lockedUntil),
                              OutputFormat::time(a.tokensValidAfter)});
                json.append(accountJson(a));
            }
            return Output{table.toString(), json};
        });
}

QFuture<CliCommand::Output> AccountsCommand::changeNamed(const Actor& actor)
{
    const QString what = action();
    const QString password = m_input.password;
    return m_accounts->findByUsername(actor, m_input.username)
        .then(QCoreApplication::instance(),
              [this, actor, what, password](const AccountRecord& found) -> QFuture<Output> {
                  const auto report = [](auto describe) {
                      return [describe](const AccountRecord& changed) {
                          return Output{describe(changed), accountJson(changed)};
                      };
                  };
                  const auto signedOut = [](const QString& text) {
                      return [text](const AccountRecord& a) {
                          return text.arg(a.username, OutputFormat::time(a.tokensValidAfter));
                      };
                  };
                  if (what == QLatin1String("passwd"))
                      return m_accounts->setPassword(actor, found.id, password).then([found] {
                          return Output{
                              QStringLiteral("Changed the password of '%1'.").arg(found.username),
                              QJsonObject{{QStringLiteral("id"), found.id},
                                          {QStringLiteral("username"), found.username},
                                          {QStringLiteral("password_changed"), true}}};
                      });
                  if (what == QLatin1String("block"))
                      return m_accounts->setBlocked(actor, found.id, true)
                          .then(report(signedOut(QStringLiteral(
                              "Blocked '%1'; its tokens issued before %2 stop working."))));
                  if (what == QLatin1String("unblock"))
                      return m_accounts->setBlocked(actor, found.id, false)
                          .then(report([](const AccountRecord& a) {
                              return QStringLiteral("Unblocked '%1'.").arg(a.username);
                          }));
                  if (what == QLatin1String("unlock"))
                      return m_accounts->unlock(actor, found.id)
                          .then(report([](const AccountRecord& a) {
                              return QStringLiteral("Unlocked '%1'.").arg(a.username);
                          }));
                  return m_accounts->signOutEverywhere(actor, found.id)
                      .then(report(signedOut(QStringLiteral(
                          "Signed '%1' out everywhere: its tokens issued before %2 stop "
                          "working."))));
              })
        .unwrap();
}
