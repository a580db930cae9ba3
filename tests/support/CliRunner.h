#pragma once

#include "Database.h"
#include "Seeder.h"
#include "TestBackend.h"
#include "TestSql.h"

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <memory>

// Runs the real mealdesk-cli for the CLI tests. Its data folder is a fresh temporary one, so the
// default demo database never touches the user's; MEALDESK_USER and MEALDESK_PASSWORD of the
// test's own environment are dropped, so only what a test gives signs in.
class CliRunner {
public:
    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
        // Standard output as written (QString::fromUtf8 drops a byte order mark).
        QByteArray rawOut;
    };

    // Errors are exactly one line: "mealdesk-cli: <message>".
    static bool isOneErrorLine(const QString& err)
    {
        return err.startsWith(QLatin1String("mealdesk-cli: ")) && err.endsWith(QLatin1Char('\n')) &&
               err.count(QLatin1Char('\n')) == 1;
    }

    static QString demoPassword(const QString& username)
    {
        for (const Seeder::DemoAccount& account : Seeder::demoAccounts()) {
            if (account.username == username)
                return account.password;
        }
        return {};
    }

    QString dataHome() const { return m_dataHome.path(); }
    const ConnectionSettings& settings() const { return m_settings; }

    // Starts the program in `process` without waiting: for tests that run several at once.
    void start(QProcess& process, const QStringList& arguments,
               const QProcessEnvironment& environment = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("MEALDESK_USER"));
        env.remove(QStringLiteral("MEALDESK_PASSWORD"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome.path());
        env.insert(environment);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MEALDESK_CLI_PATH), arguments);
    }

    // `input` is the program's standard input; `environment` is added to the test's.
    Result run(const QStringList& arguments, const QByteArray& input = {},
               const QProcessEnvironment& environment = {}) const
    {
        QProcess process;
        start(process, arguments, environment);
        Result result;
        if (!process.waitForStarted(30000)) {
            result.err = QStringLiteral("did not start: ") + process.errorString();
            return result;
        }
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(600000)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("timed out");
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.rawOut = process.readAllStandardOutput();
        result.out = QString::fromUtf8(result.rawOut);
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // A fresh database of `backend` filled by `mealdesk-cli demo` with small sizes (`extra`
    // overrides them); `as` and `scalar` use it afterwards. False (the test failed) when not.
    bool prepareDemo(const QString& backend, const QStringList& extra = {})
    {
        m_db.reset();
        m_settings = m_backend.fresh(backend);
        if (QTest::currentTestFailed())
            return false;
        // The test server trusts local connections: the URL needs no password.
        m_url = m_settings.displayUrl();
        const Result filled =
            run(QStringList{QStringLiteral("demo"), QStringLiteral("--departments"),
                            QStringLiteral("3"), QStringLiteral("--employees"),
                            QStringLiteral("12"), QStringLiteral("--requests"), QStringLiteral("0"),
                            QStringLiteral("--tokens"), QStringLiteral("0"),
                            QStringLiteral("--origins"), QStringLiteral("0"),
                            QStringLiteral("--allow-published-passwords"),
                            QStringLiteral("--database"), m_url} +
                extra);
        if (filled.exitCode != 0) {
            QTest::qFail(qPrintable(QStringLiteral("demo failed: ") + filled.err), __FILE__,
                         __LINE__);
            return false;
        }
        m_db = std::make_unique<Database>(m_settings, 1);
        return true;
    }

    // Signed in through MEALDESK_USER and MEALDESK_PASSWORD, on the demo database.
    Result as(const QString& user, const QString& password, const QStringList& arguments,
              const QByteArray& input = {}, QProcessEnvironment env = {}) const
    {
        env.insert(QStringLiteral("MEALDESK_USER"), user);
        env.insert(QStringLiteral("MEALDESK_PASSWORD"), password);
        return run(arguments + QStringList{QStringLiteral("--database"), m_url}, input, env);
    }

    Result asAdmin(const QStringList& arguments, const QByteArray& input = {}) const
    {
        return as(QStringLiteral("admin"), demoPassword(QStringLiteral("admin")), arguments, input);
    }

    // Without a password in the environment: the first line of `input` is the password.
    Result withInput(const QStringList& arguments, const QByteArray& input) const
    {
        return run(arguments + QStringList{QStringLiteral("--database"), m_url}, input);
    }

    // The first column of the first row of `sql` on the demo database: what the CLI stored.
    // Null (and the test failed) on an error.
    QVariant scalar(const QString& sql, const QVariantList& values = {})
    {
        return TestSql::scalar(*m_db, sql, values);
    }

    qint64 count(const QString& table, const QString& where = QStringLiteral("1 = 1"),
                 const QVariantList& values = {})
    {
        // `table` and `where` are the tests' own text.
        return scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where), values)
            .toLongLong();
    }

private:
    QTemporaryDir m_dataHome;
    TestBackend m_backend;
    ConnectionSettings m_settings;
    QString m_url;
    std::unique_ptr<Database> m_db;
};
