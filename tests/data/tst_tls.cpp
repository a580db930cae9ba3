#include "Await.h"
#include "Database.h"
#include "PrivatePgServer.h"

#include <QObject>
#include <QProcess>
#include <QTest>

// A connection is as secure as its URL asks: with sslmode=verify-full it is encrypted to a
// server whose certificate names the host and comes from the authority in sslrootcert, and
// anything else is refused with a message a person can act on. The server is this test's own,
// with a certificate authority made here, so turning TLS on disturbs no other test.
class tst_Tls : public QObject {
    Q_OBJECT

private:
    // Distinctive: finding it in a message cannot be chance. The server trusts local
    // connections, so the password is sent nowhere, but it is part of the settings.
    const QString m_secret = QStringLiteral("Zebra-Quokka-8472");
    PrivatePgServer m_server;

    // Runs the openssl command; false, after saying why, when it failed.
    static bool openssl(const QStringList& args)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"), args);
        const bool ok = process.waitForFinished(60000) &&
                        process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        if (!ok)
            qWarning("openssl %s failed (%s): %s", qPrintable(args.join(QLatin1Char(' '))),
                     qPrintable(process.errorString()), process.readAll().constData());
        return ok;
    }

    // A fresh P-256 key in NAME.key and a request or certificate per `args` in NAME.crt/.csr.
    bool request(const QString& name, const QString& out, const QStringList& args)
    {
        return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-newkey"),
                                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                   QStringLiteral("ec_paramgen_curve:prime256v1"),
                                   QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                                   file(name + QStringLiteral(".key")), QStringLiteral("-out"),
                                   file(name + out)} +
                       args);
    }

    bool makeAuthority(const QString& name, const QString& commonName)
    {
        return request(name, QStringLiteral(".crt"),
                       {QStringLiteral("-x509"), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName});
    }

    QString file(const QString& name) const { return m_server.path() + QLatin1Char('/') + name; }

    // The server's URL with the password and the given query parameters; `host` replaces
    // 127.0.0.1 in the URL (where libpq connects is then the URL's hostaddr).
    ConnectionSettings settings(const QString& query,
                                const QString& host = QStringLiteral("127.0.0.1")) const
    {
        QString url = m_server.url();
        url.replace(QStringLiteral("postgresql://postgres@127.0.0.1:"),
                    QStringLiteral("postgresql://postgres:%1@%2:").arg(m_secret, host));
        return ConnectionSettings::parse(url + QStringLiteral("?connect_timeout=5&") + query);
    }

    // Whether the server says the session that runs the query is encrypted.
    static QFuture<bool> sessionIsEncrypted(Database& db)
    {
        return db.read([](Connection& c) {
            Statement q =
                c.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
            if (!q.next())
                throw Failure(Failure::Kind::Internal, QStringLiteral("no pg_stat_ssl row"));
            const bool ssl = q.value(0).toBool();
            return ssl;
        });
    }

    // Columns of the cases: the URL's host and query.
    static void addConnectionColumns()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("query");
    }

    ConnectionSettings fetchedSettings() const
    {
        QFETCH(QString, host);
        QFETCH(QString, query);
        return settings(query, host);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Database::setMainThreadGuard(Database::GuardPolicy::Fatal);
        QVERIFY(m_server.start());
        QVERIFY(m_server.url().startsWith(QLatin1String("postgresql://postgres@127.0.0.1:")));

        QVERIFY(makeAuthority(QStringLiteral("ca"), QStringLiteral("MealDesk test CA")));
        QVERIFY(makeAuthority(QStringLiteral("other-ca"), QStringLiteral("Unrelated test CA")));
        QVERIFY(request(QStringLiteral("server"), QStringLiteral(".csr"),
                        {QStringLiteral("-subj"), QStringLiteral("/CN=MealDesk test server"),
                         QStringLiteral("-addext"),
                         QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")}));
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                         file(QStringLiteral("server.csr")), QStringLiteral("-CA"),
                         file(QStringLiteral("ca.crt")), QStringLiteral("-CAkey"),
                         file(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"),
                         QStringLiteral("-copy_extensions"), QStringLiteral("copyall"),
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-out"),
                         file(QStringLiteral("server.crt"))}));
        QVERIFY(m_server.run({QStringLiteral("tls"), file(QStringLiteral("server.crt")),
                              file(QStringLiteral("server.key"))}));
    }

    void cleanupTestCase() { m_server.stop(); }

    void verifiedConnectionIsEncrypted_data()
    {
        addConnectionColumns();
        QTest::addColumn<bool>("encrypted");
        const QString loopback = QStringLiteral("127.0.0.1");
        QTest::newRow("verify-full, address")
            << loopback
            << QStringLiteral("sslmode=verify-full&sslrootcert=") + file(QStringLiteral("ca.crt"))
            << true;
        QTest::newRow("verify-full, name")
            << QStringLiteral("localhost")
            << QStringLiteral("hostaddr=127.0.0.1&sslmode=verify-full&sslrootcert=") +
                   file(QStringLiteral("ca.crt"))
            << true;
        // The certificate is not for this name, but verify-ca does not check names.
        QTest::newRow("verify-ca, other name")
            << QStringLiteral("mealdesk-db.invalid")
            << QStringLiteral("hostaddr=127.0.0.1&sslmode=verify-ca&sslrootcert=") +
                   file(QStringLiteral("ca.crt"))
            << true;
        // The server's answer can tell: without TLS it says false.
        QTest::newRow("disable") << loopback << QStringLiteral("sslmode=disable") << false;
    }
    void verifiedConnectionIsEncrypted()
    {
        QFETCH(bool, encrypted);
        Database db(fetchedSettings(), 1);
        auto session = sessionIsEncrypted(db);
        AWAIT_OK(session);
        QCOMPARE(session.result(), encrypted);
    }

    void unverifiableServerIsRefused_data()
    {
        addConnectionColumns();
        // What the message must say besides the URL.
        QTest::addColumn<QStringList>("says");
        const QString loopback = QStringLiteral("127.0.0.1");
        const QStringList untrusted{loopback,
                                    QStringLiteral("the server's certificate is not trusted"),
                                    QStringLiteral("sslrootcert")};
        QTest::newRow("verify-full, other authority")
            << loopback
            << QStringLiteral("sslmode=verify-full&sslrootcert=") +
                   file(QStringLiteral("other-ca.crt"))
            << untrusted;
        QTest::newRow("verify-ca, other authority")
            << loopback
            << QStringLiteral("sslmode=verify-ca&sslrootcert=") +
                   file(QStringLiteral("other-ca.crt"))
            << untrusted;
        QTest::newRow("verify-full, other name")
            << QStringLiteral("mealdesk-db.invalid")
            << QStringLiteral("hostaddr=127.0.0.1&sslmode=verify-full&sslrootcert=") +
                   file(QStringLiteral("ca.crt"))
            << QStringList{QStringLiteral("does not match host name \"mealdesk-db.invalid\"")};
        const QString missing = file(QStringLiteral("none/ca.crt"));
        QTest::newRow("missing sslrootcert")
            << loopback << QStringLiteral("sslmode=verify-full&sslrootcert=") + missing
            << QStringList{QStringLiteral("\"%1\" does not exist").arg(missing)};
    }
    void unverifiableServerIsRefused()
    {
        QFETCH(QStringList, says);
        Database db(fetchedSettings(), 1);
        auto session = sessionIsEncrypted(db);
        AWAIT(session);
        const std::optional<Failure> error = errorOf(session);
        QVERIFY2(error, "connected");
        QCOMPARE(error->kind(), Failure::Kind::Unavailable);
        const QString message = error->message();
        for (const QString& part : says)
            QVERIFY2(message.contains(part), qPrintable(message));
        QVERIFY2(!message.contains(m_secret), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
