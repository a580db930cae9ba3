#include "ConnectionSettings.h"

#include "Failure.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QStringList>
#include <QUrl>

#include <libpq-fe.h>

#include <algorithm>

namespace {

[[noreturn]] void refuse(const QString& why)
{
    throw Failure(Failure::Kind::Validation,
                  ConnectionSettings::tr("Invalid database URL: %1").arg(why),
                  QStringLiteral("url"));
}

const QStringList sslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                              QStringLiteral("prefer"),    QStringLiteral("require"),
                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
const QStringList sessionAttrs = {QStringLiteral("any"),       QStringLiteral("read-write"),
                                  QStringLiteral("read-only"), QStringLiteral("primary"),
                                  QStringLiteral("standby"),   QStringLiteral("prefer-standby")};
// Parameters whose values are secrets: passed to libpq, never shown nor remembered.
const QStringList secretKeys = {QStringLiteral("sslpassword")};
constexpr int defaultConnectTimeout = 5;
const std::pair<QString, QString> keepaliveDefaults[] = {
    {QStringLiteral("keepalives_idle"), QStringLiteral("30")},
    {QStringLiteral("keepalives_interval"), QStringLiteral("10")},
    {QStringLiteral("keepalives_count"), QStringLiteral("3")}};

QString decode(const QString& part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString percentEncoded(uchar byte)
{
    return QLatin1Char('%') +
           QString::number(byte, 16).rightJustified(2, QLatin1Char('0')).toUpper();
}

// Percent-encodes '%', control characters and `special`, and nothing else, so that the URL stays
// readable (non-ASCII letters and spaces as they are) and parses back to the same values.
QString escape(const QString& text, QLatin1String special)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c.unicode() < 0x20 || c.unicode() == 0x7f ||
            (c.unicode() < 0x80 && special.contains(QLatin1Char(c.toLatin1()))))
            out += percentEncoded(static_cast<uchar>(c.unicode()));
        else
            out += c;
    }
    return out;
}

// parse() trims the URL: whitespace that ends it (a database name, value or path ending in a
// space) is percent-encoded so that it is kept.
QString withTrailingSpaceEscaped(QString url)
{
    qsizetype end = url.size();
    while (end > 0 && url.at(end - 1).isSpace())
        --end;
    const QByteArray tail = url.sliced(end).toUtf8();
    url.truncate(end);
    for (const char byte : tail)
        url += percentEncoded(static_cast<uchar>(byte));
    return url;
}

// Every connection parameter libpq knows, from libpq itself (so a newer libpq's parameters are
// accepted without a change here).
const QSet<QString>& libpqKeywords()
{
    static const QSet<QString> keywords = [] {
        QSet<QString> out;
        char* error = nullptr;
        PQconninfoOption* options = PQconninfoParse("", &error);
        for (PQconninfoOption* o = options; o && o->keyword; ++o)
            out.insert(QString::fromLatin1(o->keyword));
        PQconninfoFree(options);
        PQfreemem(error);
        return out;
    }();
    return keywords;
}

// QPSQL joins the connect options with spaces after turning every ';' into one, and libpq reads
// whitespace as the end of a value: a value with ';' or a control character (tab, newline) could
// end early and smuggle in other parameters, so it is refused. Spaces, quotes and backslashes
// are quoted by optionText().
void checkValue(const QString& key, const QString& value)
{
    for (const QChar c : value) {
        if (c == QLatin1Char(';'))
            refuse(ConnectionSettings::tr("the value of %1 contains ';', which libpq's "
                                          "connection string cannot carry")
                       .arg(key));
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            refuse(ConnectionSettings::tr("the value of %1 contains a control character "
                                          "(U+%2), which libpq's connection string cannot carry")
                       .arg(key, QString::number(c.unicode(), 16)
                                     .rightJustified(4, QLatin1Char('0'))
                                     .toUpper()));
    }
}

QString optionText(const QString& key, const QString& value)
{
    static const QRegularExpression needsQuotes(QStringLiteral("[ '\\\\]"));
    if (!value.isEmpty() && !value.contains(needsQuotes))
        return key + QLatin1Char('=') + value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QStringLiteral("%1='%2'").arg(key, quoted);
}

bool isSocketDirectory(const QString& host)
{
    return host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@'));
}

void checkHostName(const QString& name)
{
    if (isSocketDirectory(name)) {
        if (name.contains(QLatin1Char(',')))
            refuse(ConnectionSettings::tr("the socket directory '%1' contains ','").arg(name));
        checkValue(QStringLiteral("host"), name);
        return;
    }
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') ||
              c == QLatin1Char('_') || c == QLatin1Char(':')))
            refuse(ConnectionSettings::tr("host '%1' contains '%2'").arg(name, c));
    }
}

int parsePort(const QString& text, const QString& host)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        refuse(ConnectionSettings::tr("port '%1' of host '%2' is not a number from 1 to 65535")
                   .arg(text, host));
    return port;
}

// One entry of the URL's host list, as written (a socket directory percent-encoded).
ConnectionSettings::Host parseHost(const QString& text, bool alone)
{
    ConnectionSettings::Host host;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            refuse(ConnectionSettings::tr("host '%1' has no closing ']'").arg(text));
        host.name = text.mid(1, close - 1);
        const QString after = text.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                refuse(ConnectionSettings::tr("unexpected text after host '%1'").arg(text));
            portText = after.mid(1);
        }
        if (host.name.isEmpty())
            refuse(ConnectionSettings::tr("a host name is missing"));
    } else {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        host.name = decode(colon < 0 ? text : text.left(colon));
        if (colon >= 0)
            portText = text.mid(colon + 1);
    }
    // Alone, an empty host is libpq's default Unix socket (postgresql:///db); in a list, a slip.
    if (host.name.isEmpty() && !alone)
        refuse(ConnectionSettings::tr("a host name is missing"));
    checkHostName(host.name);
    if (!portText.isNull())
        host.port = parsePort(portText, host.name);
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

bool isLoopback(const QString& host)
{
    static const QRegularExpression ipv4Loopback(QStringLiteral("^127\\.\\d+\\.\\d+\\.\\d+$"));
    const QString name = host.toLower();
    return name.isEmpty() || isSocketDirectory(name) || name == QLatin1String("localhost") ||
           name.endsWith(QLatin1String(".localhost")) || name == QLatin1String("::1") ||
           name == QLatin1String("0:0:0:0:0:0:0:1") || ipv4Loopback.match(name).hasMatch();
}

} // namespace

ConnectionSettings ConnectionSettings::sqliteFile(const QString& path)
{
    if (path.trimmed().isEmpty())
        refuse(tr("the SQLite file path is empty"));
    if (path.contains(QChar(0)))
        refuse(tr("the SQLite file path contains U+0000, which no file name can hold"));
    ConnectionSettings s;
    s.m_dialect = Dialect::SQLite;
    // Not QFileInfo: it takes ":/x" for a Qt resource, and this is always a file.
    s.m_sqlitePath = QDir::cleanPath(
        path.startsWith(QLatin1Char('/')) ? path : QDir::currentPath() + QLatin1Char('/') + path);
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
        refuse(tr("it is empty"));

    if (url.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        QString path = url.mid(7);
        if (path.startsWith(QLatin1String("//"))) {
            path = path.mid(2);
            if (!path.startsWith(QLatin1Char('/')))
                refuse(tr("sqlite:// must be followed by an absolute path "
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
        refuse(tr("unknown scheme '%1' (use sqlite: or postgresql://)")
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
            refuse(tr("the user name before '@' is empty"));
    }

    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash < 0)
        refuse(tr("the database name is missing (…/dbname)"));
    const QString authority = rest.left(slash);
    s.m_databaseName = decode(rest.mid(slash + 1));

    const QStringList hostTexts = authority.split(QLatin1Char(','));
    for (const QString& hostText : hostTexts)
        s.m_hosts.append(parseHost(hostText, hostTexts.size() == 1));

    QStringList queryHosts;
    QStringList queryPorts;
    for (const QString& pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        QString key = decode(eq < 0 ? pair : pair.left(eq));
        // Given without '=', a parameter is given empty (not null: parameter() tells them apart).
        QString value = eq < 0 ? QStringLiteral("") : decode(pair.mid(eq + 1));
        if (key == QLatin1String("ssl") && value == QLatin1String("true")) {
            // libpq's URI alias
            key = QStringLiteral("sslmode");
            value = QStringLiteral("require");
        }
        if (key == QLatin1String("password")) {
            s.m_password = value;
            continue;
        }
        if (!libpqKeywords().contains(key))
            refuse(
                tr("unknown parameter '%1' (libpq knows no such connection parameter)").arg(key));
        if (key == QLatin1String("user")) {
            s.m_user = value;
        } else if (key == QLatin1String("dbname")) {
            s.m_databaseName = value;
        } else if (key == QLatin1String("host")) {
            queryHosts = value.split(QLatin1Char(','));
        } else if (key == QLatin1String("port")) {
            queryPorts = value.split(QLatin1Char(','));
        } else {
            if (key == QLatin1String("sslmode") && !sslModes.contains(value))
                refuse(tr("sslmode '%1' is not one of %2")
                           .arg(value, sslModes.join(QStringLiteral(", "))));
            if (key == QLatin1String("target_session_attrs") && !sessionAttrs.contains(value))
                refuse(tr("target_session_attrs '%1' is not one of %2")
                           .arg(value, sessionAttrs.join(QStringLiteral(", "))));
            if (key == QLatin1String("connect_timeout")) {
                bool ok = false;
                const int seconds = value.toInt(&ok);
                if (!ok || seconds < 1 || seconds > 600)
                    refuse(tr("connect_timeout '%1' is not a number of seconds from 1 to 600")
                               .arg(value));
            }
            checkValue(key, value);
            s.m_parameters.removeIf([&key](const Parameter& p) { return p.key == key; });
            s.m_parameters.append({key, value});
        }
    }

    if (!queryHosts.isEmpty()) {
        s.m_hosts.clear();
        for (const QString& name : queryHosts) {
            if (name.isEmpty() && queryHosts.size() > 1)
                refuse(tr("a host name is missing"));
            checkHostName(name);
            s.m_hosts.append({name});
        }
    }
    if (!queryPorts.isEmpty()) {
        if (queryPorts.size() != 1 && queryPorts.size() != s.m_hosts.size())
            refuse(tr("%1 ports given for %2 host(s): give one port, or one for each host")
                       .arg(queryPorts.size())
                       .arg(s.m_hosts.size()));
        for (qsizetype i = 0; i < s.m_hosts.size(); ++i)
            s.m_hosts[i].port =
                parsePort(queryPorts.at(queryPorts.size() == 1 ? 0 : i), s.m_hosts.at(i).name);
    }
    if (s.m_databaseName.isEmpty())
        refuse(tr("the database name is missing (…/dbname)"));
    if (s.m_databaseName.contains(QLatin1Char('/')))
        refuse(tr("the database name '%1' contains '/'").arg(s.m_databaseName));
    return s;
}

QString ConnectionSettings::parameter(const QString& key) const
{
    for (const Parameter& p : m_parameters) {
        if (p.key == key)
            return p.value;
    }
    return {};
}

int ConnectionSettings::connectTimeoutSeconds() const
{
    const QString given = parameter(QStringLiteral("connect_timeout"));
    return given.isNull() ? defaultConnectTimeout : given.toInt();
}

QString ConnectionSettings::libpqParameter(const QString& key, const char* variable) const
{
    const QString given = parameter(key);
    return given.isNull() && qEnvironmentVariableIsSet(variable) ? qEnvironmentVariable(variable)
                                                                 : given;
}

bool ConnectionSettings::isUnverifiedRemote() const
{
    if (m_dialect != Dialect::PostgreSQL)
        return false;
    const QString mode = libpqParameter(QStringLiteral("sslmode"), "PGSSLMODE");
    if (mode == QLatin1String("verify-ca") || mode == QLatin1String("verify-full"))
        return false;
    // hostaddr, when given, is where libpq connects, whatever the host names say.
    const QString addresses = libpqParameter(QStringLiteral("hostaddr"), "PGHOSTADDR");
    if (!addresses.isEmpty()) {
        const QStringList list = addresses.split(QLatin1Char(','));
        return !std::all_of(list.cbegin(), list.cend(), isLoopback);
    }
    QStringList hostNames;
    for (const Host& h : m_hosts)
        hostNames << h.name;
    if (hostNames == QStringList{QString()}) {
        // A service names its hosts in a file the URL does not show (libpq reads it before
        // the environment).
        if (!libpqParameter(QStringLiteral("service"), "PGSERVICE").isEmpty())
            return true;
        // Otherwise libpq's default: $PGHOST, else the local socket.
        hostNames = qEnvironmentVariable("PGHOST").split(QLatin1Char(','));
    }
    return !std::all_of(hostNames.cbegin(), hostNames.cend(), isLoopback);
}

QString ConnectionSettings::unverifiedRemoteWarning() const
{
    if (!isUnverifiedRemote())
        return {};
    const QString mode = libpqParameter(QStringLiteral("sslmode"), "PGSSLMODE");
    return tr("The connection to %1 is not verified (sslmode is %2): the database password and "
              "data could be read or changed on the way. Add sslmode=verify-full to the URL.")
        .arg(displayUrl(), mode.isEmpty() ? tr("not set, so libpq may not even encrypt") : mode);
}

QString ConnectionSettings::postgresConnectOptions() const
{
    QStringList hostNames;
    QStringList ports;
    for (const Host& h : m_hosts) {
        hostNames << h.name;
        ports << QString::number(h.port);
    }
    QStringList options;
    // Without a host (postgresql:///db) libpq takes its default socket.
    if (!(hostNames.size() == 1 && hostNames.first().isEmpty()))
        options << optionText(QStringLiteral("host"), hostNames.join(QLatin1Char(',')));
    options << QStringLiteral("port=") + ports.join(QLatin1Char(','))
            << QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds());
    for (const Parameter& p : m_parameters) {
        if (p.key != QLatin1String("connect_timeout"))
            options << optionText(p.key, p.value);
    }
    if (parameter(QStringLiteral("application_name")).isNull())
        options << QStringLiteral("application_name=mealdesk");
    // A server gone without a word (host down, cable out) is noticed on an idle connection
    // within a minute, not after the system's two hours. A service file's own keepalives win.
    for (const auto& [key, value] : keepaliveDefaults) {
        if (parameter(key).isNull() && parameter(QStringLiteral("service")).isNull())
            options << key + QLatin1Char('=') + value;
    }
    return options.join(QLatin1Char(';'));
}

QString ConnectionSettings::displayUrl() const
{
    if (m_dialect == Dialect::SQLite)
        return withTrailingSpaceEscaped(QStringLiteral("sqlite://") +
                                        escape(m_sqlitePath, QLatin1String()));
    QStringList hostTexts;
    for (const Host& h : m_hosts) {
        if (h.name.isEmpty())
            hostTexts << (h.port == 5432 ? QString() : QStringLiteral(":%1").arg(h.port));
        else if (!isSocketDirectory(h.name) && h.name.contains(QLatin1Char(':')))
            hostTexts << QStringLiteral("[%1]:%2").arg(h.name).arg(h.port);
        else
            hostTexts << QStringLiteral("%1:%2").arg(escape(h.name, QLatin1String("/:,?#@[]")),
                                                     QString::number(h.port));
    }
    const QString user =
        m_user.isEmpty() ? QString() : escape(m_user, QLatin1String("@:/?#")) + QLatin1Char('@');
    QStringList query;
    for (const Parameter& p : m_parameters) {
        if (!secretKeys.contains(p.key))
            // '@' too: one before a later '/' would read back as the end of a user name.
            query << p.key + QLatin1Char('=') + escape(p.value, QLatin1String(" &#=+@"));
    }
    return withTrailingSpaceEscaped(
        QStringLiteral("postgresql://%1%2/%3%4")
            .arg(user, hostTexts.join(QLatin1Char(',')),
                 escape(m_databaseName, QLatin1String("/?#@")),
                 query.isEmpty() ? QString() : QLatin1Char('?') + query.join(QLatin1Char('&'))));
}
