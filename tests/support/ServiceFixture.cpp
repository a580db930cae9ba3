#include "ServiceFixture.h"

#include "PasswordHasher.h"

#include <QTest>

bool ServiceFixture::open(const QString& backend)
{
    const ConnectionSettings settings = m_backend.fresh(backend);
    return !QTest::currentTestFailed() && openAt(settings);
}

bool ServiceFixture::openAt(const ConnectionSettings& settings)
{
    m_host = std::make_unique<ServiceHost>(std::make_unique<Database>(settings));
    struct Seed {
        Actor* actor;
        const char* username;
        Role role;
        bool superAdmin;
    };
    const QList<Seed> seeds = {{&admin, "admin", Role::RequestTaker, true},
                               {&requester, "requester", Role::Requester, false},
                               {&taker, "taker", Role::RequestTaker, false},
                               {&captain, "captain", Role::Captain, false},
                               {&stock, "stock", Role::StockControl, false}};
    auto ready =
        db().migrate()
            .then([db = &db(), seeds](int) {
                return db->write([seeds](Connection& c) {
                    QList<qint64> ids;
                    for (const Seed& s : seeds) {
                        const QString name = QLatin1String(s.username);
                        ids << c.insert(
                            QStringLiteral("INSERT INTO account (username, password_hash, "
                                           "full_name, role, is_super_admin) VALUES (?, ?, ?, "
                                           "?, ?)"),
                            {name,
                             QString::fromLatin1(
                                 PasswordHasher::hash(name + QStringLiteral("-password"), 4)),
                             name.toUpper(), roleName(s.role), s.superAdmin});
                    }
                    return ids;
                });
            })
            .unwrap();
    if (!QTest::qWaitFor([&] { return ready.isFinished(); }, 60000)) {
        QTest::qFail("preparing the service fixture timed out", __FILE__, __LINE__);
        return false;
    }
    try {
        const QList<qint64> ids = ready.result();
        for (int i = 0; i < seeds.size(); ++i) {
            Actor& a = *seeds[i].actor;
            a = Actor{
                ids[i], QLatin1String(seeds[i].username), seeds[i].role, seeds[i].superAdmin, {}};
        }
    } catch (const Failure& e) {
        QTest::qFail(qPrintable(e.message()), __FILE__, __LINE__);
        return false;
    }
    return true;
}
