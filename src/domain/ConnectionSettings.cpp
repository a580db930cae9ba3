#include "ConnectionSettings.h"

#include "Failure.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>
#include <QUrl>

namespace {

[[noreturn]] void refuse(const QString& why)
{
    throw Failure(Failure::Kind::Validation, QStringLiteral("Invalid database URL: %1").arg(why),
                  QStringLiteral("url"));
}

const QStringList sslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                              QStringLiteral("prefer"),    QStringLiteral("require"),
                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
const QStringList sessionAttrs = {QStringLiteral("any"),       QStringLiteral("read-write"),
                                  QStringLiteral("read-only"), QStringLiteral("primary"),
                                  QStringLiteral("standby"),   QStringLiteral("prefer-standby")};

QString decode(const QString& part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

ConnectionSettings::Host parseHost(const QString& text)
{
    ConnectionSettings::Host host;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            refuse(QStringLiteral("host '%1' has no closing ']'").arg(text));
        host.name = text.mid(1, close - 1);
        const QString after = text.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                refuse(QStringLiteral("unexpected text after host '%1'").arg(text));
            portText = after.mid(1);
        }
    } else {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        host.name = colon < 0 ? text : text.left(colon);
        if (colon >= 0)
            portText = text.mid(colon + 1);
    }
    if (host.name.isEmpty())
        refuse(QStringLiteral("a host name is missing"));
    for (const QChar c : host.name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') ||
              c == QLatin1Char('_') || c == QLatin1Char(':') || c == QLatin1Char('/')))
            refuse(QStringLiteral("host '%1' contains '%2'").arg(host.name, c));
    }
    if (!portText.isNull()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            refuse(QStringLiteral("port '%1' of host '%2' is not a number from 1 to 65535")
                       .arg(portText, host.name));
        host.port = port;
    }
    return host;
}

// Where the user info of a URL's text after the scheme ends: at the last '@' that a host list
// and a '/' follow, -1 if there is none. So a password may hold '/', '?' or '@' unencoded (as
// SQLAlchemy, which the web backend uses, accepts), and is never taken for a host or path.
qsizetype userInfoEnd(const QString& rest)
{
    for (qsizetype at = rest.lastIndexOf(QLatin1Char('@')); at >= 0;
         at = at == 0 ? -1 : rest.lastIndexOf(QLatin1Char('@'), at - 1)) {
        const qsizetype slash = rest.indexOf(QLatin1Char('/'), at + 1);
        if (slash >= 0 &&
            !QStringView(rest).sliced(at + 1, slash - at - 1).contains(QLatin1Char('?')))
            return at;
    }
    return -1;
}

} // namespace

ConnectionSettings ConnectionSettings::sqliteFile(const QString& path)
{
    if (path.trimmed().isEmpty())
        refuse(QStringLiteral("the SQLite file path is empty"));
    ConnectionSettings s;
    s.m_dialect = Dialect::SQLite;
    s.m_sqlitePath = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return s;
}

ConnectionSettings ConnectionSettings::demoDatabase()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    return sqliteFile(QDir(dir).filePath(QStringLiteral("mealdesk-demo.db")));
}

ConnectionSettings ConnectionSettings::parse(const QString& input)
{
    const QString url = input.trimmed();
    if (url.isEmpty())
        refuse(QStringLiteral("it is empty"));

    if (url.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        QString path = url.mid(7);
        if (path.startsWith(QLatin1String("//"))) {
            path = path.mid(2);
            if (!path.startsWith(QLatin1Char('/')))
                refuse(QStringLiteral("sqlite:// must be followed by an absolute path "
                                      "(sqlite:///path/to/file.db)"));
        }
        return sqliteFile(decode(path));
    }

    QString rest;
    for (const auto scheme : {QLatin1String("postgresql://"), QLatin1String("postgres://")}) {
        if (url.startsWith(scheme, Qt::CaseInsensitive))
            rest = url.mid(scheme.size());
    }
    if (rest.isNull()) {
        const qsizetype colon = url.indexOf(QLatin1Char(':'));
        refuse(QStringLiteral("unknown scheme '%1' (use sqlite: or postgresql://)")
                   .arg(colon < 0 ? url.left(32) : url.left(colon)));
    }

    ConnectionSettings s;
    s.m_dialect = Dialect::PostgreSQL;

    // The user info goes first: what follows may be echoed in messages, the password never.
    if (const qsizetype at = userInfoEnd(rest); at >= 0) {
        const QString userInfo = rest.left(at);
        rest = rest.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        s.m_user = decode(colon < 0 ? userInfo : userInfo.left(colon));
        if (colon >= 0)
            s.m_password = decode(userInfo.mid(colon + 1));
        if (s.m_user.isEmpty())
            refuse(QStringLiteral("the user name before '@' is empty"));
    }

    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash < 0)
        refuse(QStringLiteral("the database name is missing (…/dbname)"));
    const QString authority = rest.left(slash);
    s.m_databaseName = decode(rest.mid(slash + 1));
    if (s.m_databaseName.isEmpty())
        refuse(QStringLiteral("the database name is missing (…/dbname)"));
    if (s.m_databaseName.contains(QLatin1Char('/')))
        refuse(QStringLiteral("the database name '%1' contains '/'").arg(s.m_databaseName));

    if (authority.isEmpty())
        refuse(QStringLiteral("the host is missing"));
    for (const QString& hostText : authority.split(QLatin1Char(',')))
        s.m_hosts.append(parseHost(hostText));

    if (!query.isEmpty()) {
        for (const QString& pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString key = decode(eq < 0 ? pair : pair.left(eq));
            const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
            if (key == QLatin1String("sslmode")) {
                if (!sslModes.contains(value))
                    refuse(QStringLiteral("sslmode '%1' is not one of %2")
                               .arg(value, sslModes.join(QStringLiteral(", "))));
                s.m_sslMode = value;
            } else if (key == QLatin1String("connect_timeout")) {
                bool ok = false;
                const int seconds = value.toInt(&ok);
                if (!ok || seconds < 1 || seconds > 600)
                    refuse(QStringLiteral("connect_timeout '%1' is not a number of seconds from "
                                          "1 to 600")
                               .arg(value));
                s.m_connectTimeout = seconds;
            } else if (key == QLatin1String("application_name")) {
                s.m_applicationName = value;
            } else if (key == QLatin1String("target_session_attrs")) {
                if (!sessionAttrs.contains(value))
                    refuse(QStringLiteral("target_session_attrs '%1' is not one of %2")
                               .arg(value, sessionAttrs.join(QStringLiteral(", "))));
                s.m_targetSessionAttrs = value;
            } else {
                refuse(QStringLiteral("unknown parameter '%1' (known: sslmode, connect_timeout, "
                                      "application_name, target_session_attrs)")
                           .arg(key));
            }
        }
    }
    return s;
}

QString ConnectionSettings::postgresConnectOptions() const
{
    QStringList hostNames;
    QStringList ports;
    for (const Host& h : m_hosts) {
        hostNames << h.name;
        ports << QString::number(h.port);
    }
    QStringList options = {QStringLiteral("host=") + hostNames.join(QLatin1Char(',')),
                           QStringLiteral("port=") + ports.join(QLatin1Char(',')),
                           QStringLiteral("connect_timeout=%1").arg(m_connectTimeout)};
    if (!m_sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + m_sslMode;
    if (!m_targetSessionAttrs.isEmpty())
        options << QStringLiteral("target_session_attrs=") + m_targetSessionAttrs;
    if (!m_applicationName.isEmpty() && !m_applicationName.contains(QLatin1Char(' ')) &&
        !m_applicationName.contains(QLatin1Char(';')))
        options << QStringLiteral("application_name=") + m_applicationName;
    return options.join(QLatin1Char(';'));
}

QString ConnectionSettings::displayUrl() const
{
    if (m_dialect == Dialect::SQLite)
        return QStringLiteral("sqlite://") + m_sqlitePath;
    QStringList hostTexts;
    for (const Host& h : m_hosts) {
        const QString name =
            h.name.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(h.name) : h.name;
        hostTexts << QStringLiteral("%1:%2").arg(name).arg(h.port);
    }
    QString user = m_user.isEmpty() ? QString() : m_user + QLatin1Char('@');
    return QStringLiteral("postgresql://%1%2/%3")
        .arg(user, hostTexts.join(QLatin1Char(',')), m_databaseName);
}
