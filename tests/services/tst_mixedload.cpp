#include "AccountService.h"
#include "Await.h"
#include "EmployeeService.h"
#include "OriginService.h"
#include "ServiceFixture.h"
#include "TestSql.h"
#include "TokenService.h"

#include <QTest>

// Many services' futures in flight at once over one pool: every one completes, correctly.
class tst_MixedLoad : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void twoHundredMixedOperationsInFlight_data() { TestBackend::addColumns(); }
    void twoHundredMixedOperationsInFlight()
    {
        QFETCH(QString, backend);
        ServiceFixture fx;
        QVERIFY(fx.open(backend));
        TokenService tokens(fx.db(), fx.feed());
        OriginService origins(fx.db(), fx.feed());
        EmployeeService employees(fx.db(), fx.feed());
        AccountService accounts(fx.db(), fx.feed());

        QList<QFuture<void>> all;
        const auto add = [&all](auto future) { all << future.then([](auto...) {}); };
        for (int i = 0; i < 50; ++i) {
            RevokeInput revoke;
            revoke.text = QStringLiteral("mixed-%1").arg(i);
            add(tokens.revoke(fx.admin, revoke));
            add(origins.add(fx.admin, QStringLiteral("https://host%1.example").arg(i), QString()));
            EmployeeInput e;
            e.id = 1000 + i;
            e.code = 5000 + i;
            e.nameEn = QStringLiteral("Employee %1").arg(i);
            e.nameAr = QStringLiteral("موظف %1").arg(i);
            add(employees.create(fx.captain, e));
            add(accounts.list(fx.admin, {}, {}));
        }
        QCOMPARE(all.size(), 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(all.cbegin(), all.cend(), [](const auto& f) { return f.isFinished(); }),
            240000);
        for (const auto& f : all) {
            const auto e = errorOf(f);
            QVERIFY2(!e, e ? qPrintable(e->message()) : "");
        }
        auto counts = fx.db().read([](Connection& c) {
            QList<qint64> out;
            for (const char* table :
                 {"revoked_tokens", "allowed_origins", "employee", "audit_log"}) {
                out << TestSql::scalar(c, QStringLiteral("SELECT count(*) FROM ") +
                                              QLatin1String(table))
                           .toLongLong();
            }
            return out;
        });
        AWAIT_OK(counts);
        QCOMPARE(counts.result(), (QList<qint64>{50, 50, 50, 150}));
    }
};

QTEST_GUILESS_MAIN(tst_MixedLoad)
#include "tst_mixedload.moc"
