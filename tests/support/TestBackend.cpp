#include "TestBackend.h"

#include "Database.h"
#include "SqlScript.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

void TestBackend::addColumns()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

QString TestBackend::postgresAdminUrl()
{
    QFile file(qEnvironmentVariable("MEALDESK_TEST_PG_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail("The test PostgreSQL server is not running: run the tests through ctest "
                     "(its pg_start fixture starts one)",
                     __FILE__, __LINE__);
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

ConnectionSettings TestBackend::fresh(const QString& backend)
{
    if (backend == QLatin1String("sqlite")) {
        m_dir = std::make_unique<QTemporaryDir>();
        return ConnectionSettings::sqliteFile(m_dir->filePath(QStringLiteral("test.db")));
    }
    const QString adminUrl = postgresAdminUrl();
    if (adminUrl.isEmpty())
        return ConnectionSettings::sqliteFile(QStringLiteral("/nonexistent/test-setup-failed.db"));
    // A generated identifier, not input: safe to splice.
    const QString name =
        QStringLiteral("mdtest_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    {
        Database admin(ConnectionSettings::parse(adminUrl), 1);
        auto created = admin.read(
            [name](Connection& c) { c.execDirect(QStringLiteral("CREATE DATABASE ") + name); });
        if (!QTest::qWaitFor([&] { return created.isFinished(); }, 60000)) {
            QTest::qFail("CREATE DATABASE timed out", __FILE__, __LINE__);
        } else {
            try {
                created.waitForFinished();
            } catch (const Failure& e) {
                QTest::qFail(qPrintable(e.message()), __FILE__, __LINE__);
            }
        }
    }
    QString url = adminUrl;
    url.replace(QRegularExpression(QStringLiteral("/postgres$")), QLatin1Char('/') + name);
    return ConnectionSettings::parse(url);
}

ConnectionSettings TestBackend::withFixture(const QString& backend, const QString& fixture)
{
    ConnectionSettings settings = fresh(backend);
    if (QTest::currentTestFailed())
        return settings;
    const QString path = QStringLiteral(MEALDESK_FIXTURES_DIR "/%1-%2.sql").arg(fixture, backend);
    Database db(settings, 1);
    auto loaded = db.write([path](Connection& c) { SqlScript::run(c, path); });
    if (!QTest::qWaitFor([&] { return loaded.isFinished(); }, 60000)) {
        QTest::qFail("loading the fixture timed out", __FILE__, __LINE__);
    } else {
        try {
            loaded.waitForFinished();
        } catch (const Failure& e) {
            QTest::qFail(qPrintable(path + QStringLiteral(": ") + e.message()), __FILE__, __LINE__);
        }
    }
    return settings;
}
