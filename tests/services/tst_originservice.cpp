#include "Await.h"
#include "OriginService.h"
#include "ServiceFixture.h"

#include <QSignalSpy>
#include <QTest>

class tst_OriginService : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;

    QStringList stored()
    {
        auto f = m_fx.db().read([](Connection& c) {
            QStringList out;
            Statement q =
                c.exec(QStringLiteral("SELECT origin FROM allowed_origins ORDER BY origin"));
            while (q.next())
                out << q.value(0).toString();
            return out;
        });
        if (!QTest::qWaitFor([&] { return f.isFinished(); }, 60000))
            return {QStringLiteral("timed out")};
        return f.result();
    }

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void addStoresTheNormalisedForm_data() { TestBackend::addColumns(); }
    void addStoresTheNormalisedForm()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        OriginService origins(m_fx.db(), m_fx.feed());
        auto f = origins.add(m_fx.admin, QStringLiteral("  HTTPS://Example.COM:443/ "),
                             QStringLiteral("main site"));
        AWAIT_OK(f);
        QCOMPARE(f.result().origin, QStringLiteral("https://example.com"));
        QCOMPARE(f.result().note, QStringLiteral("main site"));
        QVERIFY(f.result().active);
        QCOMPARE(f.result().createdById, m_fx.admin.accountId);
        auto idn = origins.add(m_fx.admin, QStringLiteral("http://faß.de:8080"), QString());
        AWAIT_OK(idn);
        QCOMPARE(idn.result().origin, QStringLiteral("http://xn--fa-hia.de:8080"));

        // The same origin written differently is a duplicate.
        auto dup = origins.add(m_fx.admin, QStringLiteral("https://EXAMPLE.com"), QString());
        AWAIT(dup);
        QCOMPARE(errorOf(dup)->kind(), Failure::Kind::Constraint);
        QCOMPARE(stored(), (QStringList{QStringLiteral("http://xn--fa-hia.de:8080"),
                                        QStringLiteral("https://example.com")}));
    }

    void refusalsNameThePartAndChangeNothing_data() { TestBackend::addColumns(); }
    void refusalsNameThePartAndChangeNothing()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        OriginService origins(m_fx.db(), m_fx.feed());
        const QList<std::pair<QString, QString>> bad = {
            {QStringLiteral("https://example.com/app"), QStringLiteral("path")},
            {QStringLiteral("https://*.example.com"), QStringLiteral("*")},
            {QStringLiteral("ftp://example.com"), QStringLiteral("ftp")},
            {QStringLiteral("https://user@example.com"), QStringLiteral("user")},
            {QStringLiteral("https://example.com:0"), QStringLiteral("port")},
        };
        for (const auto& [input, mention] : bad) {
            auto f = origins.add(m_fx.admin, input, QString());
            AWAIT(f);
            const auto e = errorOf(f);
            QVERIFY2(e, qPrintable(input));
            QCOMPARE(e->kind(), Failure::Kind::Validation);
            QCOMPARE(e->field(), QStringLiteral("origin"));
            QVERIFY2(e->message().contains(mention, Qt::CaseInsensitive), qPrintable(e->message()));
        }
        auto note = origins.add(m_fx.admin, QStringLiteral("https://ok.example"),
                                QString(257, QLatin1Char('n')));
        AWAIT(note);
        QCOMPARE(errorOf(note)->field(), QStringLiteral("note"));
        QVERIFY(stored().isEmpty());
    }

    void editToggleRemoveWithVersions_data() { TestBackend::addColumns(); }
    void editToggleRemoveWithVersions()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        OriginService origins(m_fx.db(), m_fx.feed());
        auto added = origins.add(m_fx.admin, QStringLiteral("https://app.example.com"), QString());
        AWAIT_OK(added);
        const qint64 id = added.result().id;
        auto noted = origins.setNote(m_fx.admin, id, 1, QStringLiteral("ملاحظة — the SPA"));
        AWAIT_OK(noted);
        QCOMPARE(noted.result().note, QStringLiteral("ملاحظة — the SPA"));
        QCOMPARE(noted.result().version, 2);
        auto stale = origins.setActive(m_fx.admin, id, 1, false);
        AWAIT(stale);
        QCOMPARE(errorOf(stale)->kind(), Failure::Kind::Conflict);
        auto off = origins.setActive(m_fx.admin, id, 2, false);
        AWAIT_OK(off);
        QVERIFY(!off.result().active);

        auto exported = origins.exportValue(m_fx.admin);
        AWAIT_OK(exported);
        QCOMPARE(exported.result(), QString());

        QSignalSpy changed(&m_fx.feed(), &ChangeFeed::changed);
        auto removed = origins.remove(m_fx.admin, id);
        AWAIT_OK(removed);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toString(), QStringLiteral("allowed_origin"));
        auto gone = origins.get(m_fx.admin, id);
        AWAIT(gone);
        QCOMPARE(errorOf(gone)->kind(), Failure::Kind::NotFound);
    }

    void testerComparesExactly_data() { TestBackend::addColumns(); }
    void testerComparesExactly()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        OriginService origins(m_fx.db(), m_fx.feed());
        auto added = origins.add(m_fx.admin, QStringLiteral("https://x.example"), QString());
        AWAIT_OK(added);
        auto yes = origins.test(m_fx.admin, QStringLiteral("https://x.example"));
        AWAIT_OK(yes);
        QVERIFY(yes.result().allowed);
        auto upper = origins.test(m_fx.admin, QStringLiteral("HTTPS://X.EXAMPLE"));
        AWAIT_OK(upper);
        QVERIFY(!upper.result().allowed);
        QVERIFY(!upper.result().hint.isEmpty());
        auto no = origins.test(m_fx.admin, QStringLiteral("https://y.example"));
        AWAIT_OK(no);
        QVERIFY(!no.result().allowed);
    }

    void importIsAllOrNothing_data() { TestBackend::addColumns(); }
    void importIsAllOrNothing()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        OriginService origins(m_fx.db(), m_fx.feed());
        auto present = origins.add(m_fx.admin, QStringLiteral("https://a.example"), QString());
        AWAIT_OK(present);
        const QString value =
            QStringLiteral("https://a.example, HTTPS://B.example/,http://c.example:80,"
                           "https://b.example,,https://bad.example/path");
        auto refused = origins.importValue(m_fx.admin, value, false);
        AWAIT_OK(refused);
        QVERIFY(!refused.result().applied);
        QCOMPARE(refused.result().countOf(OriginImportReport::Outcome::Refused), 1);
        QCOMPARE(refused.result().countOf(OriginImportReport::Outcome::AlreadyPresent), 1);
        QCOMPARE(refused.result().countOf(OriginImportReport::Outcome::Duplicate), 1);
        QCOMPARE(stored(), QStringList{QStringLiteral("https://a.example")});

        auto skipped = origins.importValue(m_fx.admin, value, true);
        AWAIT_OK(skipped);
        QVERIFY(skipped.result().applied);
        QCOMPARE(skipped.result().countOf(OriginImportReport::Outcome::Added), 2);
        QCOMPARE(stored(), (QStringList{QStringLiteral("http://c.example"),
                                        QStringLiteral("https://a.example"),
                                        QStringLiteral("https://b.example")}));
        auto exported = origins.exportValue(m_fx.admin);
        AWAIT_OK(exported);
        QCOMPARE(exported.result(),
                 QStringLiteral("http://c.example,https://a.example,https://b.example"));
    }

    void oversizedValuesAreRefused_data() { TestBackend::addColumns(); }
    void oversizedValuesAreRefused()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        OriginService origins(m_fx.db(), m_fx.feed());
        QStringList many;
        for (int i = 0; i <= 10000; ++i)
            many << QStringLiteral("https://h%1.example").arg(i);
        const QList<std::pair<QString, QString>> cases = {
            {many.join(u','), QStringLiteral("10001 entries; at most 10000")},
            {QStringLiteral("https://a.example,") +
                 QString(qsizetype{1024} * 1024, QLatin1Char(' ')),
             QStringLiteral("at most 1048576")},
        };
        for (const auto& [value, mention] : cases) {
            auto f = origins.importValue(m_fx.admin, value, true);
            AWAIT(f);
            const auto e = errorOf(f);
            QVERIFY2(e, qPrintable(mention));
            QCOMPARE(e->kind(), Failure::Kind::Validation);
            QCOMPARE(e->field(), QStringLiteral("value"));
            QVERIFY2(e->message().contains(mention), qPrintable(e->message()));
        }
        QCOMPARE(stored(), QStringList());
    }

    void onlySuperAdminsManageOrigins_data() { TestBackend::addColumns(); }
    void onlySuperAdminsManageOrigins()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        OriginService origins(m_fx.db(), m_fx.feed());
        for (const Actor& a : {m_fx.requester, m_fx.taker, m_fx.captain, m_fx.stock}) {
            auto f = origins.add(a, QStringLiteral("https://evil.example"), QString());
            AWAIT(f);
            QCOMPARE(errorOf(f)->kind(), Failure::Kind::Permission);
        }
        QVERIFY(stored().isEmpty());
    }

    // Search finds the text literally in origins and notes: % and _ are characters.
    void searchTakesWildcardsLiterally_data() { TestBackend::addColumns(); }
    void searchTakesWildcardsLiterally()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        OriginService origins(m_fx.db(), m_fx.feed());
        const QList<std::pair<const char*, const char*>> rows = {
            {"https://one.example", "50% of traffic"},
            {"https://two.example", "500 users"},
            {"https://three.example", "old_site"},
            {"https://four.example", "oldXsite"}};
        for (const auto& [origin, note] : rows) {
            auto f = origins.add(m_fx.admin, QLatin1String(origin), QLatin1String(note));
            AWAIT_OK(f);
        }
        const auto found = [&](const QString& search) {
            OriginFilter filter;
            filter.search = search;
            auto page = origins.list(m_fx.admin, filter, {});
            QStringList list;
            if (!QTest::qWaitFor([&] { return page.isFinished(); }, 60000) || errorOf(page))
                return QStringList{QStringLiteral("failed")};
            for (const OriginRecord& r : page.result().rows)
                list << r.origin;
            return list;
        };
        QCOMPARE(found(QStringLiteral("%")), QStringList{QStringLiteral("https://one.example")});
        QCOMPARE(found(QStringLiteral("_")), QStringList{QStringLiteral("https://three.example")});
        QCOMPARE(found(QStringLiteral("D_S")),
                 QStringList{QStringLiteral("https://three.example")});
    }
};

QTEST_GUILESS_MAIN(tst_OriginService)
#include "tst_originservice.moc"
