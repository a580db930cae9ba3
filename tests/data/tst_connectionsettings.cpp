#include "Await.h"
#include "ConnectionSettings.h"
#include "Database.h"
#include "Failure.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QStringList>
#include <QTest>
#include <QUrl>

// Distinctive, so that finding it anywhere in a message or a display string cannot be chance.
static const QString secret = QStringLiteral("Zebra-Quokka-8472");

class tst_ConnectionSettings : public QObject {
    Q_OBJECT

private:
    static QString hostList(const ConnectionSettings& s)
    {
        QStringList out;
        for (const ConnectionSettings::Host& h : s.hosts())
            out << QStringLiteral("%1:%2").arg(h.name).arg(h.port);
        return out.join(QLatin1Char(','));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Database::setMainThreadGuard(Database::GuardPolicy::Fatal);
        // The URLs here say everything: libpq's environment of the machine must not fill in.
        for (const char* variable : {"PGHOST", "PGHOSTADDR", "PGSSLMODE", "PGSERVICE"})
            qunsetenv(variable);
    }

    void sqliteUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("path");
        QTest::newRow("absolute") << QStringLiteral("sqlite:///var/lib/mealdesk/app.db")
                                  << QStringLiteral("/var/lib/mealdesk/app.db");
        QTest::newRow("absolute, cleaned")
            << QStringLiteral("sqlite:///var/lib/x/../app.db") << QStringLiteral("/var/lib/app.db");
        QTest::newRow("relative, resolved")
            << QStringLiteral("sqlite:relative.db")
            << QDir::current().absoluteFilePath(QStringLiteral("relative.db"));
        QTest::newRow("surrounding whitespace")
            << QStringLiteral("  sqlite:///tmp/a.db\n") << QStringLiteral("/tmp/a.db");
        QTest::newRow("percent-encoded")
            << QStringLiteral("sqlite:///tmp/my%20data.db") << QStringLiteral("/tmp/my data.db");
        // Found by fuzzing: QFileInfo takes ":/x" for a Qt resource, never a file.
        QTest::newRow("relative, starting with ':/'")
            << QStringLiteral("sqlite::/x.db") << QDir::currentPath() + QStringLiteral("/:/x.db");
    }
    void sqliteUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, path);
        const ConnectionSettings s = ConnectionSettings::parse(url);
        QCOMPARE(s.dialect(), Dialect::SQLite);
        QCOMPARE(s.sqlitePath(), path);
        QVERIFY(QDir::isAbsolutePath(s.sqlitePath()));
        QCOMPARE(s.displayUrl(), QStringLiteral("sqlite://") + path);
        QVERIFY(s.hosts().isEmpty());
    }

    void postgresUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("hosts");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("display");

        const QString defaults =
            QStringLiteral("connect_timeout=5;application_name=mealdesk;keepalives_idle=30;"
                           "keepalives_interval=10;keepalives_count=3");
        QTest::newRow("user@host")
            << QStringLiteral("postgresql://alice@db.example.com/mealdesk")
            << QStringLiteral("db.example.com:5432") << QStringLiteral("alice") << QString()
            << QStringLiteral("mealdesk") << QString() << 5
            << QStringLiteral("host=db.example.com;port=5432;") + defaults
            << QStringLiteral("postgresql://alice@db.example.com:5432/mealdesk");
        QTest::newRow("password")
            << QStringLiteral("postgresql://alice:%1@db.example.com/mealdesk").arg(secret)
            << QStringLiteral("db.example.com:5432") << QStringLiteral("alice") << secret
            << QStringLiteral("mealdesk") << QString() << 5
            << QStringLiteral("host=db.example.com;port=5432;") + defaults
            << QStringLiteral("postgresql://alice@db.example.com:5432/mealdesk");
        QTest::newRow("password and port")
            << QStringLiteral("postgresql://alice:%1@db.example.com:6543/mealdesk").arg(secret)
            << QStringLiteral("db.example.com:6543") << QStringLiteral("alice") << secret
            << QStringLiteral("mealdesk") << QString() << 5
            << QStringLiteral("host=db.example.com;port=6543;") + defaults
            << QStringLiteral("postgresql://alice@db.example.com:6543/mealdesk");
        QTest::newRow("no user") << QStringLiteral("postgresql://localhost/mealdesk")
                                 << QStringLiteral("localhost:5432") << QString() << QString()
                                 << QStringLiteral("mealdesk") << QString() << 5
                                 << QStringLiteral("host=localhost;port=5432;") + defaults
                                 << QStringLiteral("postgresql://localhost:5432/mealdesk");
        QTest::newRow("several hosts")
            << QStringLiteral("postgresql://alice:%1@host1:5432,host2:5433/mealdesk").arg(secret)
            << QStringLiteral("host1:5432,host2:5433") << QStringLiteral("alice") << secret
            << QStringLiteral("mealdesk") << QString() << 5
            << QStringLiteral("host=host1,host2;port=5432,5433;") + defaults
            << QStringLiteral("postgresql://alice@host1:5432,host2:5433/mealdesk");
        QTest::newRow("several hosts, default port")
            << QStringLiteral("postgresql://alice@host1,host2:5433/mealdesk")
            << QStringLiteral("host1:5432,host2:5433") << QStringLiteral("alice") << QString()
            << QStringLiteral("mealdesk") << QString() << 5
            << QStringLiteral("host=host1,host2;port=5432,5433;") + defaults
            << QStringLiteral("postgresql://alice@host1:5432,host2:5433/mealdesk");
        QTest::newRow("ipv6 with port")
            << QStringLiteral("postgresql://alice:%1@[::1]:5432/mealdesk").arg(secret)
            << QStringLiteral("::1:5432") << QStringLiteral("alice") << secret
            << QStringLiteral("mealdesk") << QString() << 5
            << QStringLiteral("host=::1;port=5432;") + defaults
            << QStringLiteral("postgresql://alice@[::1]:5432/mealdesk");
        QTest::newRow("ipv6 without port")
            << QStringLiteral("postgresql://alice@[2001:db8::7]/mealdesk")
            << QStringLiteral("2001:db8::7:5432") << QStringLiteral("alice") << QString()
            << QStringLiteral("mealdesk") << QString() << 5
            << QStringLiteral("host=2001:db8::7;port=5432;") + defaults
            << QStringLiteral("postgresql://alice@[2001:db8::7]:5432/mealdesk");
        QTest::newRow("sslmode and connect_timeout")
            << QStringLiteral("postgresql://alice:%1@db/mealdesk?sslmode=require&connect_timeout=3")
                   .arg(secret)
            << QStringLiteral("db:5432") << QStringLiteral("alice") << secret
            << QStringLiteral("mealdesk") << QStringLiteral("require") << 3
            << QStringLiteral("host=db;port=5432;connect_timeout=3;sslmode=require;"
                              "application_name=mealdesk;keepalives_idle=30;keepalives_interval=10;"
                              "keepalives_count=3")
            << QStringLiteral("postgresql://alice@db:5432/mealdesk?sslmode=require"
                              "&connect_timeout=3");
        QTest::newRow("target_session_attrs and application_name")
            << QStringLiteral("postgresql://alice@h1,h2/mealdesk?target_session_attrs=read-write"
                              "&application_name=kitchen")
            << QStringLiteral("h1:5432,h2:5432") << QStringLiteral("alice") << QString()
            << QStringLiteral("mealdesk") << QString() << 5
            << QStringLiteral("host=h1,h2;port=5432,5432;connect_timeout=5;"
                              "target_session_attrs=read-write;application_name=kitchen;"
                              "keepalives_idle=30;keepalives_interval=10;keepalives_count=3")
            << QStringLiteral("postgresql://alice@h1:5432,h2:5432/mealdesk"
                              "?target_session_attrs=read-write&application_name=kitchen");
        QTest::newRow("postgres:// alias")
            << QStringLiteral("postgres://alice:%1@db:5433/mealdesk").arg(secret)
            << QStringLiteral("db:5433") << QStringLiteral("alice") << secret
            << QStringLiteral("mealdesk") << QString() << 5
            << QStringLiteral("host=db;port=5433;") + defaults
            << QStringLiteral("postgresql://alice@db:5433/mealdesk");
        QTest::newRow("scheme in capitals")
            << QStringLiteral("PostgreSQL://alice@db/mealdesk") << QStringLiteral("db:5432")
            << QStringLiteral("alice") << QString() << QStringLiteral("mealdesk") << QString() << 5
            << QStringLiteral("host=db;port=5432;") + defaults
            << QStringLiteral("postgresql://alice@db:5432/mealdesk");
        QTest::newRow("percent-encoded password")
            << QStringLiteral("postgresql://alice:Zebra%40Quokka%3A84%2F72%3F%25@db/mealdesk")
            << QStringLiteral("db:5432") << QStringLiteral("alice")
            << QStringLiteral("Zebra@Quokka:84/72?%") << QStringLiteral("mealdesk") << QString()
            << 5 << QStringLiteral("host=db;port=5432;") + defaults
            << QStringLiteral("postgresql://alice@db:5432/mealdesk");
        // SQLAlchemy, which the web backend uses, takes such passwords unencoded.
        QTest::newRow("unencoded '/', '?' and '@' in the password")
            << QStringLiteral("postgresql://alice:Zebra/Quokka?84@72@db/mealdesk?sslmode=prefer")
            << QStringLiteral("db:5432") << QStringLiteral("alice")
            << QStringLiteral("Zebra/Quokka?84@72") << QStringLiteral("mealdesk")
            << QStringLiteral("prefer") << 5
            << QStringLiteral("host=db;port=5432;connect_timeout=5;sslmode=prefer;"
                              "application_name=mealdesk;keepalives_idle=30;"
                              "keepalives_interval=10;keepalives_count=3")
            << QStringLiteral("postgresql://alice@db:5432/mealdesk?sslmode=prefer");
        QTest::newRow("percent-encoded user and database")
            << QStringLiteral("postgresql://kitchen%20staff@db/meal%20desk")
            << QStringLiteral("db:5432") << QStringLiteral("kitchen staff") << QString()
            << QStringLiteral("meal desk") << QString() << 5
            << QStringLiteral("host=db;port=5432;") + defaults
            << QStringLiteral("postgresql://kitchen staff@db:5432/meal desk");
    }
    void postgresUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, hosts);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, database);
        QFETCH(QString, sslMode);
        QFETCH(int, timeout);
        QFETCH(QString, options);
        QFETCH(QString, display);

        const ConnectionSettings s = ConnectionSettings::parse(url);
        QCOMPARE(s.dialect(), Dialect::PostgreSQL);
        QCOMPARE(hostList(s), hosts);
        QCOMPARE(s.user(), user);
        QCOMPARE(s.password(), password);
        QCOMPARE(s.databaseName(), database);
        QCOMPARE(s.sslMode(), sslMode);
        QCOMPARE(s.connectTimeoutSeconds(), timeout);
        QCOMPARE(s.postgresConnectOptions(), options);
        QCOMPARE(s.displayUrl(), display);
        if (!password.isEmpty()) {
            QVERIFY(!s.displayUrl().contains(password));
            QVERIFY(!s.postgresConnectOptions().contains(password));
        }
    }

    void passwordSetLaterIsNeverShown()
    {
        ConnectionSettings s =
            ConnectionSettings::parse(QStringLiteral("postgresql://alice@db/md"));
        s.setPassword(secret);
        QCOMPARE(s.password(), secret);
        QCOMPARE(s.displayUrl(), QStringLiteral("postgresql://alice@db:5432/md"));
        QVERIFY(!s.postgresConnectOptions().contains(secret));
    }

    void badUrls_data()
    {
        QTest::addColumn<QString>("url");
        // A piece of the message that names what is wrong.
        QTest::addColumn<QString>("names");

        const QString pw = QStringLiteral("alice:") + secret;
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
        QTest::newRow("unknown scheme")
            << QStringLiteral("mysql://%1@db/mealdesk").arg(pw) << QStringLiteral("'mysql'");
        QTest::newRow("no scheme")
            << QStringLiteral("%1@db/mealdesk").arg(pw) << QStringLiteral("unknown scheme");
        QTest::newRow("no database name")
            << QStringLiteral("postgresql://%1@db").arg(pw) << QStringLiteral("database name");
        QTest::newRow("empty database name")
            << QStringLiteral("postgresql://%1@db/").arg(pw) << QStringLiteral("database name");
        QTest::newRow("no database name, parameters")
            << QStringLiteral("postgresql://%1@db?sslmode=require").arg(pw)
            << QStringLiteral("database name");
        QTest::newRow("database name with '/'")
            << QStringLiteral("postgresql://%1@db/meal/desk").arg(pw)
            << QStringLiteral("'meal/desk'");
        QTest::newRow("port 0") << QStringLiteral("postgresql://%1@db:0/mealdesk").arg(pw)
                                << QStringLiteral("port '0'");
        QTest::newRow("port 65536") << QStringLiteral("postgresql://%1@db:65536/mealdesk").arg(pw)
                                    << QStringLiteral("port '65536'");
        QTest::newRow("port abc") << QStringLiteral("postgresql://%1@db:abc/mealdesk").arg(pw)
                                  << QStringLiteral("port 'abc'");
        QTest::newRow("empty port")
            << QStringLiteral("postgresql://%1@db:/mealdesk").arg(pw) << QStringLiteral("port ''");
        QTest::newRow("bad port of second host")
            << QStringLiteral("postgresql://%1@h1:5432,h2:-1/mealdesk").arg(pw)
            << QStringLiteral("port '-1' of host 'h2'");
        QTest::newRow("empty host in a list")
            << QStringLiteral("postgresql://%1@h1,,h2/mealdesk").arg(pw)
            << QStringLiteral("host name is missing");
        QTest::newRow("host with a space")
            << QStringLiteral("postgresql://%1@d b/mealdesk").arg(pw) << QStringLiteral("'d b'");
        QTest::newRow("empty user") << QStringLiteral("postgresql://:%1@db/mealdesk").arg(secret)
                                    << QStringLiteral("user name");
        QTest::newRow("unknown parameter")
            << QStringLiteral("postgresql://%1@db/mealdesk?sslmod=require").arg(pw)
            << QStringLiteral("'sslmod'");
        QTest::newRow("unknown parameter after known ones")
            << QStringLiteral("postgresql://%1@db/mealdesk?keepalives=1&keepalive_idle=5").arg(pw)
            << QStringLiteral("'keepalive_idle'");
        // QPSQL turns ';' into a space and libpq ends a value at whitespace: either would let
        // a value smuggle in another parameter (here sslmode=disable).
        QTest::newRow("application_name with a tab")
            << QStringLiteral("postgresql://") + pw +
                   QStringLiteral("@db/mealdesk?application_name=x%09sslmode=disable")
            << QStringLiteral("application_name");
        QTest::newRow("application_name with ';'")
            << QStringLiteral("postgresql://%1@db/mealdesk?application_name=x;sslmode=disable")
                   .arg(pw)
            << QStringLiteral("application_name contains ';'");
        QTest::newRow("options with a newline")
            << QStringLiteral("postgresql://") + pw +
                   QStringLiteral("@db/mealdesk?options=-cx%0Asslmode=disable")
            << QStringLiteral("options contains a control character");
        QTest::newRow("socket directory with ';'")
            << QStringLiteral("postgresql://") + pw +
                   QStringLiteral("@%2Ftmp%3Bsslmode%3Ddisable/mealdesk")
            << QStringLiteral("host contains ';'");
        QTest::newRow("three ports for two hosts")
            << QStringLiteral("postgresql://%1@/mealdesk?host=h1,h2&port=1,2,3").arg(pw)
            << QStringLiteral("3 ports given for 2 host");
        QTest::newRow("bad sslmode")
            << QStringLiteral("postgresql://%1@db/mealdesk?sslmode=always").arg(pw)
            << QStringLiteral("sslmode 'always'");
        QTest::newRow("empty sslmode")
            << QStringLiteral("postgresql://%1@db/mealdesk?sslmode=").arg(pw)
            << QStringLiteral("sslmode ''");
        QTest::newRow("connect_timeout abc")
            << QStringLiteral("postgresql://%1@db/mealdesk?connect_timeout=abc").arg(pw)
            << QStringLiteral("connect_timeout 'abc'");
        QTest::newRow("connect_timeout 0")
            << QStringLiteral("postgresql://%1@db/mealdesk?connect_timeout=0").arg(pw)
            << QStringLiteral("connect_timeout '0'");
        QTest::newRow("connect_timeout -5")
            << QStringLiteral("postgresql://%1@db/mealdesk?sslmode=disable&connect_timeout=-5")
                   .arg(pw)
            << QStringLiteral("connect_timeout '-5'");
        QTest::newRow("bad target_session_attrs")
            << QStringLiteral("postgresql://%1@db/mealdesk?target_session_attrs=rw").arg(pw)
            << QStringLiteral("target_session_attrs 'rw'");
        QTest::newRow("unclosed ipv6")
            << QStringLiteral("postgresql://%1@[::1:5432/mealdesk").arg(pw)
            << QStringLiteral("closing ']'");
        QTest::newRow("text after ipv6")
            << QStringLiteral("postgresql://%1@[::1]x/mealdesk").arg(pw)
            << QStringLiteral("after host '[::1]x'");
        QTest::newRow("unencoded '/' in the password, bad port")
            << QStringLiteral("postgresql://alice:Zebra/Quokka-8472@db:99999/mealdesk")
            << QStringLiteral("port '99999'");
        QTest::newRow("sqlite:// with a relative path")
            << QStringLiteral("sqlite://relative.db") << QStringLiteral("absolute path");
        QTest::newRow("sqlite without a path")
            << QStringLiteral("sqlite:") << QStringLiteral("path is empty");
    }
    void badUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, names);
        try {
            ConnectionSettings::parse(url);
            QFAIL("the URL was accepted");
        } catch (const Failure& e) {
            QCOMPARE(e.kind(), Failure::Kind::Validation);
            QCOMPARE(e.field(), QStringLiteral("url"));
            QVERIFY2(e.message().contains(names), qPrintable(e.message()));
            QVERIFY2(!e.message().contains(QStringLiteral("Quokka")), qPrintable(e.message()));
            QVERIFY2(!QString::fromUtf8(e.what()).contains(QStringLiteral("Quokka")), e.what());
        }
    }

    // Every parameter libpq knows is accepted, kept, handed to libpq and shown (but secrets).
    void libpqParameters_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("hosts");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("display");
        // Added unless the URL gives them (as the keepalives row does).
        const QString keepalives =
            QStringLiteral(";keepalives_idle=30;keepalives_interval=10;keepalives_count=3");

        QTest::newRow("certificates")
            << QStringLiteral("postgresql://alice@db/md?sslmode=verify-full&sslrootcert=/etc/ca.pem"
                              "&sslcert=/home/a/c.crt&sslkey=/home/a/c.key&sslcrl=/etc/crl.pem")
            << QStringLiteral("db:5432")
            << QStringLiteral("host=db;port=5432;connect_timeout=5;sslmode=verify-full;"
                              "sslrootcert=/etc/ca.pem;sslcert=/home/a/c.crt;sslkey=/home/a/c.key;"
                              "sslcrl=/etc/crl.pem;application_name=mealdesk") +
                   keepalives
            << QStringLiteral("postgresql://alice@db:5432/md?sslmode=verify-full&sslrootcert=/etc/"
                              "ca.pem&sslcert=/home/a/c.crt&sslkey=/home/a/c.key&sslcrl=/etc/"
                              "crl.pem");
        QTest::newRow("passfile, service, keepalives")
            << QStringLiteral("postgresql://alice@db/md?passfile=/home/a/.pgpass&service=kitchen"
                              "&keepalives=1&keepalives_idle=30&keepalives_interval=10"
                              "&keepalives_count=3")
            << QStringLiteral("db:5432")
            << QStringLiteral("host=db;port=5432;connect_timeout=5;passfile=/home/a/.pgpass;"
                              "service=kitchen;keepalives=1;keepalives_idle=30;"
                              "keepalives_interval=10;keepalives_count=3;application_name=mealdesk")
            << QStringLiteral("postgresql://alice@db:5432/md?passfile=/home/a/.pgpass&service="
                              "kitchen&keepalives=1&keepalives_idle=30&keepalives_interval=10&"
                              "keepalives_count=3");
        QTest::newRow("options with spaces, quoted for libpq")
            << QStringLiteral("postgresql://alice@db/md?options=-c%20search_path%3Dkitchen")
            << QStringLiteral("db:5432")
            << QStringLiteral("host=db;port=5432;connect_timeout=5;"
                              "options='-c search_path=kitchen';application_name=mealdesk") +
                   keepalives
            << QStringLiteral("postgresql://alice@db:5432/md?options=-c%20search_path%3Dkitchen");
        QTest::newRow("quote and backslash, escaped for libpq")
            << QStringLiteral("postgresql://alice@db/md?application_name=Bob's%5Cdesk")
            << QStringLiteral("db:5432")
            << QStringLiteral("host=db;port=5432;connect_timeout=5;"
                              "application_name='Bob\\'s\\\\desk'") +
                   keepalives
            << QStringLiteral("postgresql://alice@db:5432/md?application_name=Bob's\\desk");
        QTest::newRow("socket directory, percent-encoded")
            << QStringLiteral("postgresql://alice@%2Fvar%2Frun%2Fpostgresql/md")
            << QStringLiteral("/var/run/postgresql:5432")
            << QStringLiteral("host=/var/run/postgresql;port=5432;connect_timeout=5;"
                              "application_name=mealdesk") +
                   keepalives
            << QStringLiteral("postgresql://alice@%2Fvar%2Frun%2Fpostgresql:5432/md");
        QTest::newRow("socket directory as host=")
            << QStringLiteral("postgresql:///md?host=/var/run/postgresql&port=5433")
            << QStringLiteral("/var/run/postgresql:5433")
            << QStringLiteral("host=/var/run/postgresql;port=5433;connect_timeout=5;"
                              "application_name=mealdesk") +
                   keepalives
            << QStringLiteral("postgresql://%2Fvar%2Frun%2Fpostgresql:5433/md");
        QTest::newRow("libpq's default socket")
            << QStringLiteral("postgresql:///md") << QStringLiteral(":5432")
            << QStringLiteral("port=5432;connect_timeout=5;application_name=mealdesk") + keepalives
            << QStringLiteral("postgresql:///md");
        QTest::newRow("default socket with a user and a port")
            << QStringLiteral("postgresql://alice@:5433/md") << QStringLiteral(":5433")
            << QStringLiteral("port=5433;connect_timeout=5;application_name=mealdesk") + keepalives
            << QStringLiteral("postgresql://alice@:5433/md");
        QTest::newRow("user and dbname as parameters, ssl=true")
            << QStringLiteral("postgresql://db/?user=alice&dbname=md&ssl=true")
            << QStringLiteral("db:5432")
            << QStringLiteral("host=db;port=5432;connect_timeout=5;sslmode=require;"
                              "application_name=mealdesk") +
                   keepalives
            << QStringLiteral("postgresql://alice@db:5432/md?sslmode=require");
        QTest::newRow("secrets are passed, never shown")
            << QStringLiteral("postgresql://alice@db/md?password=%1&sslpassword=%1&sslmode=require")
                   .arg(secret)
            << QStringLiteral("db:5432")
            << QStringLiteral("host=db;port=5432;connect_timeout=5;sslpassword=%1;"
                              "sslmode=require;application_name=mealdesk")
                       .arg(secret) +
                   keepalives
            << QStringLiteral("postgresql://alice@db:5432/md?sslmode=require");
    }
    void libpqParameters()
    {
        QFETCH(QString, url);
        QFETCH(QString, hosts);
        QFETCH(QString, options);
        QFETCH(QString, display);

        const ConnectionSettings s = ConnectionSettings::parse(url);
        QCOMPARE(hostList(s), hosts);
        QCOMPARE(s.postgresConnectOptions(), options);
        QCOMPARE(s.displayUrl(), display);
        QVERIFY(!display.contains(secret));
        // What is shown (and remembered) is a URL that gives the same settings back.
        const ConnectionSettings again = ConnectionSettings::parse(display);
        QCOMPARE(hostList(again), hosts);
        QCOMPARE(again.displayUrl(), display);
        QCOMPARE(again.postgresConnectOptions(),
                 QString(options).remove(QStringLiteral("sslpassword=%1;").arg(secret)));
    }

    // The connection remembered between runs is displayUrl(): every parameter but the password.
    void displayUrlKeepsEveryParameterButThePassword()
    {
        ConnectionSettings s = ConnectionSettings::parse(
            QStringLiteral("postgresql://alice:%1@h1,h2:5433/mealdesk?sslmode=verify-full"
                           "&target_session_attrs=read-write&application_name=x")
                .arg(secret));
        QCOMPARE(s.displayUrl(),
                 QStringLiteral("postgresql://alice@h1:5432,h2:5433/mealdesk?sslmode=verify-full"
                                "&target_session_attrs=read-write&application_name=x"));
        const ConnectionSettings back = ConnectionSettings::parse(s.displayUrl());
        QCOMPARE(back.sslMode(), QStringLiteral("verify-full"));
        QCOMPARE(back.parameter(QStringLiteral("target_session_attrs")),
                 QStringLiteral("read-write"));
        QCOMPARE(back.parameter(QStringLiteral("application_name")), QStringLiteral("x"));
        QCOMPARE(back.password(), QString());
        QCOMPARE(back.postgresConnectOptions(), s.postgresConnectOptions());
    }

    // Found by fuzzing: a parameter given without a value is given, empty; libpq was handed
    // application_name='' and then MealDesk's own name after it.
    void parameterWithoutValueIsEmpty_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("no '='") << QStringLiteral("application_name");
        QTest::newRow("nothing after '='") << QStringLiteral("application_name=");
    }
    void parameterWithoutValueIsEmpty()
    {
        QFETCH(QString, query);
        const ConnectionSettings s =
            ConnectionSettings::parse(QStringLiteral("postgresql://u@h/db?") + query);
        QCOMPARE(s.parameter(QStringLiteral("application_name")), QString());
        QVERIFY(!s.parameter(QStringLiteral("application_name")).isNull());
        QCOMPARE(s.postgresConnectOptions(),
                 QStringLiteral("host=h;port=5432;connect_timeout=5;application_name='';"
                                "keepalives_idle=30;keepalives_interval=10;keepalives_count=3"));
    }

    void unverifiedRemote_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("warned");
        QTest::newRow("sqlite") << QStringLiteral("sqlite:///tmp/a.db") << false;
        QTest::newRow("loopback") << QStringLiteral("postgresql://a@127.0.0.1/md") << false;
        QTest::newRow("loopback 127/8") << QStringLiteral("postgresql://a@127.1.2.3/md") << false;
        QTest::newRow("localhost") << QStringLiteral("postgresql://a@LocalHost/md") << false;
        QTest::newRow("ipv6 loopback") << QStringLiteral("postgresql://a@[::1]/md") << false;
        QTest::newRow("socket") << QStringLiteral("postgresql://a@%2Ftmp/md") << false;
        QTest::newRow("default socket") << QStringLiteral("postgresql:///md") << false;
        QTest::newRow("remote") << QStringLiteral("postgresql://a@db.example.org/md") << true;
        QTest::newRow("remote, require")
            << QStringLiteral("postgresql://a@db.example.org/md?sslmode=require") << true;
        QTest::newRow("remote, verify-ca")
            << QStringLiteral("postgresql://a@db.example.org/md?sslmode=verify-ca") << false;
        QTest::newRow("remote, verify-full")
            << QStringLiteral("postgresql://a@10.0.0.5/md?sslmode=verify-full") << false;
        QTest::newRow("one remote host of two")
            << QStringLiteral("postgresql://a@localhost,10.0.0.5/md") << true;
        QTest::newRow("remote hostaddr behind a local name")
            << QStringLiteral("postgresql://a@localhost/md?hostaddr=10.0.0.5") << true;
        QTest::newRow("loopback hostaddr")
            << QStringLiteral("postgresql://a@db.example.org/md?hostaddr=127.0.0.1") << false;
        QTest::newRow("a service's hosts are unknown")
            << QStringLiteral("postgresql:///md?service=kitchen") << true;
    }
    void unverifiedRemote()
    {
        QFETCH(QString, url);
        QFETCH(bool, warned);
        const ConnectionSettings s = ConnectionSettings::parse(url);
        QCOMPARE(s.isUnverifiedRemote(), warned);
        QCOMPARE(!s.unverifiedRemoteWarning().isEmpty(), warned);
        if (warned)
            QVERIFY2(s.unverifiedRemoteWarning().contains(QStringLiteral("verify-full")),
                     qPrintable(s.unverifiedRemoteWarning()));
    }

    // What the URL leaves out, libpq takes from its environment: the warning judges what libpq
    // will use, and the URL's own values come first.
    void unverifiedRemoteReadsLibpqsEnvironment_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("warned");
        const QString noHost = QStringLiteral("postgresql:///md");
        const QString remote = QStringLiteral("postgresql://a@db.example.org/md");
        QTest::newRow("remote PGHOST")
            << noHost << QByteArray("PGHOST") << QStringLiteral("db.example.org") << true;
        QTest::newRow("one remote PGHOST of two")
            << noHost << QByteArray("PGHOST") << QStringLiteral("/run/postgresql,10.0.0.5") << true;
        QTest::newRow("socket PGHOST")
            << noHost << QByteArray("PGHOST") << QStringLiteral("/run/postgresql") << false;
        QTest::newRow("the URL's host over PGHOST")
            << QStringLiteral("postgresql://a@localhost/md") << QByteArray("PGHOST")
            << QStringLiteral("db.example.org") << false;
        QTest::newRow("remote PGHOSTADDR")
            << QStringLiteral("postgresql://a@localhost/md") << QByteArray("PGHOSTADDR")
            << QStringLiteral("10.0.0.5") << true;
        QTest::newRow("PGSSLMODE verify-full")
            << remote << QByteArray("PGSSLMODE") << QStringLiteral("verify-full") << false;
        QTest::newRow("the URL's sslmode over PGSSLMODE")
            << remote + QStringLiteral("?sslmode=require") << QByteArray("PGSSLMODE")
            << QStringLiteral("verify-full") << true;
        QTest::newRow("PGSERVICE")
            << noHost << QByteArray("PGSERVICE") << QStringLiteral("kitchen") << true;
    }
    void unverifiedRemoteReadsLibpqsEnvironment()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, variable);
        QFETCH(QString, value);
        QFETCH(bool, warned);
        const ConnectionSettings s = ConnectionSettings::parse(url);
        qputenv(variable.constData(), value.toUtf8());
        const bool unverified = s.isUnverifiedRemote();
        const QString warning = s.unverifiedRemoteWarning();
        qunsetenv(variable.constData());
        QCOMPARE(unverified, warned);
        QCOMPARE(!warning.isEmpty(), warned);
    }

    // Through the test server's Unix socket, with libpq parameters this parser once refused:
    // they reach the server as given (a space and a quote included).
    void libpqParametersReachTheServer()
    {
        const QString urlFile = qEnvironmentVariable("MEALDESK_TEST_PG_URL_FILE");
        QFile rootFile(QFileInfo(urlFile).dir().filePath(QStringLiteral("datadir")));
        QFile portFile(QFileInfo(urlFile).dir().filePath(QStringLiteral("port")));
        QVERIFY2(rootFile.open(QIODevice::ReadOnly) && portFile.open(QIODevice::ReadOnly),
                 "the test PostgreSQL server is not running: run the test through ctest");
        const QString socketDir =
            QString::fromUtf8(rootFile.readAll()).trimmed() + QStringLiteral("/sock");
        const QString port = QString::fromUtf8(portFile.readAll()).trimmed();
        const ConnectionSettings settings = ConnectionSettings::parse(
            QStringLiteral("postgresql://postgres@%1:%2/postgres?keepalives=1&keepalives_idle=30"
                           "&application_name=mealdesk%20test's&options=-c%20work_mem%3D7MB")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(socketDir)), port));
        Database db(settings, 1);
        auto seen = db.read([](Connection& c) {
            Statement q = c.exec(QStringLiteral(
                "SELECT current_setting('application_name'), current_setting('work_mem'), "
                "inet_server_addr() IS NULL"));
            QStringList out;
            if (q.next())
                out << q.value(0).toString() << q.value(1).toString() << q.value(2).toString();
            return out;
        });
        AWAIT_OK(seen);
        // inet_server_addr() is null over a Unix socket.
        QCOMPARE(seen.result(), (QStringList{QStringLiteral("mealdesk test's"),
                                             QStringLiteral("7MB"), QStringLiteral("true")}));
    }

    void sqliteFileRefusesAnEmptyPath()
    {
        QVERIFY_THROWS_EXCEPTION(Failure, ConnectionSettings::sqliteFile(QStringLiteral(" ")));
    }

    // Found by fuzzing: no file name holds U+0000; QFileInfo cut the path there and made a
    // relative path absolute elsewhere.
    void sqlitePathWithNulIsRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("encoded") << QStringLiteral("sqlite:///tmp/a%00b.db");
        QTest::newRow("raw") << QStringLiteral("sqlite:data") + QChar(0) + QStringLiteral("x.db");
    }
    void sqlitePathWithNulIsRefused()
    {
        QFETCH(QString, url);
        try {
            ConnectionSettings::parse(url);
            QFAIL("the URL was accepted");
        } catch (const Failure& e) {
            QCOMPARE(e.kind(), Failure::Kind::Validation);
            QVERIFY2(e.message().contains(QStringLiteral("U+0000")), qPrintable(e.message()));
        }
    }

    // Found by fuzzing: the remembered connection is displayUrl(), so a '%' in a file name must
    // not read back as an escape (50%41.db would become 50A.db).
    void sqliteDisplayUrlParsesBackToTheSamePath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("percent") << QStringLiteral("/tmp/50%41.db");
        QTest::newRow("lone percent") << QStringLiteral("/tmp/100%.db");
        QTest::newRow("tab") << QStringLiteral("/tmp/a\tb.db");
        QTest::newRow("space") << QStringLiteral("/tmp/my data.db");
    }
    void sqliteDisplayUrlParsesBackToTheSamePath()
    {
        QFETCH(QString, path);
        const ConnectionSettings s = ConnectionSettings::sqliteFile(path);
        QCOMPARE(s.sqlitePath(), path);
        QCOMPARE(ConnectionSettings::parse(s.displayUrl()).sqlitePath(), path);
    }

    // Found by fuzzing: parse() trims the URL, so whitespace that ends displayUrl() (a database
    // name, a parameter value or a path ending in a space) must be escaped to be kept.
    // Found by fuzzing: an '@' in a value or the database name, and a '/' later in the URL,
    // made the shown URL read back as a user name running up to that '@'.
    void displayUrlKeepsAnAtSignInValues()
    {
        const ConnectionSettings s = ConnectionSettings::parse(
            QStringLiteral("postgresql://u@h/d%40b?application_name=kitchen%40floor2"
                           "&sslrootcert=/etc/ca.pem"));
        const ConnectionSettings again = ConnectionSettings::parse(s.displayUrl());
        QCOMPARE(again.user(), QStringLiteral("u"));
        QCOMPARE(again.databaseName(), QStringLiteral("d@b"));
        QCOMPARE(again.parameter(QStringLiteral("application_name")),
                 QStringLiteral("kitchen@floor2"));
        QCOMPARE(again.parameter(QStringLiteral("sslrootcert")), QStringLiteral("/etc/ca.pem"));
        QCOMPARE(again.displayUrl(), s.displayUrl());
    }

    void displayUrlKeepsTrailingWhitespace_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("database name") << QStringLiteral("postgresql://u@h/db%20");
        QTest::newRow("parameter value")
            << QStringLiteral("postgresql://u@h/db?application_name=x%C2%A0");
        QTest::newRow("sqlite path") << QStringLiteral("sqlite:///tmp/a.db%E3%80%80");
    }
    void displayUrlKeepsTrailingWhitespace()
    {
        QFETCH(QString, url);
        const ConnectionSettings s = ConnectionSettings::parse(url);
        const ConnectionSettings back = ConnectionSettings::parse(s.displayUrl());
        QCOMPARE(back.databaseName(), s.databaseName());
        QCOMPARE(back.parameter(QStringLiteral("application_name")),
                 s.parameter(QStringLiteral("application_name")));
        QCOMPARE(back.sqlitePath(), s.sqlitePath());
        QCOMPARE(back.displayUrl(), s.displayUrl());
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionSettings)
#include "tst_connectionsettings.moc"
