// ConnectionSettings::parse on any URL text: it accepts or throws a Failure naming the URL. An
// accepted URL's displayUrl() parses back to the same settings less the secrets, and the libpq
// options handed to QPSQL, read the way QPSQL and libpq read them, carry exactly the parsed
// hosts, ports and parameters (nothing smuggled in, nothing cut short).
#include "ConnectionSettings.h"
#include "Failure.h"
#include "FuzzCheck.h"

#include <QHash>

#include <libpq-fe.h>

#include <optional>

namespace {

std::optional<ConnectionSettings> parsed(const QString& url)
{
    try {
        return ConnectionSettings::parse(url);
    } catch (const Failure& failure) {
        FUZZ_CHECK(failure.kind() == Failure::Kind::Validation);
        FUZZ_CHECK(failure.field() == u"url");
        FUZZ_CHECK(!failure.message().isEmpty());
        return std::nullopt;
    }
}

bool sameHosts(const QList<ConnectionSettings::Host>& a, const QList<ConnectionSettings::Host>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].name != b[i].name || a[i].port != b[i].port)
            return false;
    }
    return true;
}

QList<ConnectionSettings::Parameter> shown(const ConnectionSettings& s)
{
    QList<ConnectionSettings::Parameter> out = s.parameters();
    out.removeIf([](const ConnectionSettings::Parameter& p) { return p.key == u"sslpassword"; });
    return out;
}

bool sameParameters(const QList<ConnectionSettings::Parameter>& a,
                    const QList<ConnectionSettings::Parameter>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].key != b[i].key || a[i].value != b[i].value)
            return false;
    }
    return true;
}

// What libpq reads from the options, after QPSQL has turned every ';' into a space.
void checkConnectOptions(const ConnectionSettings& s)
{
    QHash<QString, QString> expected;
    expected.insert(QStringLiteral("application_name"), QStringLiteral("mealdesk"));
    // Keepalive defaults, unless the URL gives them or names a service (whose file may).
    if (s.parameter(QStringLiteral("service")).isNull()) {
        expected.insert(QStringLiteral("keepalives_idle"), QStringLiteral("30"));
        expected.insert(QStringLiteral("keepalives_interval"), QStringLiteral("10"));
        expected.insert(QStringLiteral("keepalives_count"), QStringLiteral("3"));
    }
    for (const ConnectionSettings::Parameter& p : s.parameters())
        expected.insert(p.key, p.value);
    QStringList hosts;
    QStringList ports;
    for (const ConnectionSettings::Host& h : s.hosts()) {
        hosts << h.name;
        ports << QString::number(h.port);
    }
    if (!(hosts.size() == 1 && hosts.first().isEmpty()))
        expected.insert(QStringLiteral("host"), hosts.join(u','));
    expected.insert(QStringLiteral("port"), ports.join(u','));
    expected.insert(QStringLiteral("connect_timeout"), QString::number(s.connectTimeoutSeconds()));

    const QByteArray conninfo = s.postgresConnectOptions().replace(u';', u' ').toUtf8();
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.constData(), &error);
    if (!options)
        std::fprintf(stderr, "libpq refuses \"%s\": %s\n", conninfo.constData(), error);
    FUZZ_CHECK(options);
    QHash<QString, QString> actual;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        if (o->val)
            actual.insert(QString::fromLatin1(o->keyword), QString::fromUtf8(o->val));
    }
    PQconninfoFree(options);
    PQfreemem(error);
    FUZZ_CHECK(actual == expected);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto settings = parsed(fuzzText(data, size));
    if (!settings)
        return 0;
    const QString display = settings->displayUrl();
    const auto again = parsed(display);
    if (!again)
        std::fprintf(stderr, "displayUrl() is refused: %s\n", qPrintable(display));
    FUZZ_CHECK(again);
    FUZZ_CHECK(again->dialect() == settings->dialect());
    FUZZ_CHECK(again->sqlitePath() == settings->sqlitePath());
    FUZZ_CHECK(sameHosts(again->hosts(), settings->hosts()));
    FUZZ_CHECK(again->user() == settings->user());
    FUZZ_CHECK(again->password().isEmpty());
    FUZZ_CHECK(again->databaseName() == settings->databaseName());
    FUZZ_CHECK(sameParameters(again->parameters(), shown(*settings)));
    FUZZ_CHECK(again->displayUrl() == display);
    if (settings->dialect() == Dialect::PostgreSQL)
        checkConnectOptions(*settings);
    return 0;
}
