#include "Await.h"
#include "ModelTesting.h"
#include "OriginService.h"
#include "OriginsModel.h"
#include "ServiceFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ModelTesting;
using State = AsyncTableModelBase::State;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QString origin(int i)
{
    return QStringLiteral("https://o%1.example").arg(i, 3, 10, QLatin1Char('0'));
}

// Whether one of the dataChanged signals in `spy` covered `row`.
bool covered(const QSignalSpy& spy, int row)
{
    for (const QList<QVariant>& signal : spy) {
        if (signal.at(0).toModelIndex().row() <= row && row <= signal.at(1).toModelIndex().row())
            return true;
    }
    return false;
}

} // namespace

class tst_OriginsModel : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;

    // Origins origin(0..count-1), added in one import.
    bool addOrigins(OriginService& origins, int count)
    {
        QStringList all;
        for (int i = 0; i < count; ++i)
            all << origin(i);
        auto imported = origins.importValue(m_fx.admin, all.join(QLatin1Char(',')), false);
        return QTest::qWaitFor([&] { return imported.isFinished(); }, 60000) &&
               !errorOf(imported) && imported.result().applied;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Database::setMainThreadGuard(Database::GuardPolicy::Fatal);
        qRegisterMetaType<QList<qint64>>();
    }

    void changedRowsUpdateInPlace_data() { TestBackend::addColumns(); }
    void changedRowsUpdateInPlace()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        OriginService origins(m_fx.db(), m_fx.feed());
        QVERIFY(addOrigins(origins, 120));
        OriginsModel model(origins, m_fx.admin, m_fx.feed());
        model.setPaging(50, 4);
        QAbstractItemModelTester tester(&model, fatal);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 120);
        QCOMPARE(model.headerData(OriginsModel::OriginColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Origin"));
        for (int row = 0; row < 120; ++row) {
            QVERIFY(loadRow(model, row));
            QCOMPARE(cell(model, row, OriginsModel::OriginColumn), origin(row));
        }
        QCOMPARE(cell(model, 70, OriginsModel::ActiveColumn), QStringLiteral("Yes"));
        QCOMPARE(cell(model, 70, OriginsModel::CreatedByColumn), m_fx.admin.username);
        QVERIFY(!cell(model, 70, OriginsModel::CreatedAtColumn).isEmpty());
        QCOMPARE(model.data(model.index(70, OriginsModel::ActiveColumn), Qt::TextAlignmentRole)
                     .value<Qt::Alignment>(),
                 Qt::AlignCenter);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // Disabled through the service: the row changes where it is, nothing else moves.
        const OriginRecord before = *model.record(70);
        auto off = origins.setActive(m_fx.admin, before.id, before.version, false);
        AWAIT_OK(off);
        QTRY_COMPARE(cell(model, 70, OriginsModel::ActiveColumn), QStringLiteral("No"));
        QVERIFY(covered(changed, 70));
        QCOMPARE(model.record(70)->version, before.version + 1);
        QCOMPARE(cell(model, 69, OriginsModel::OriginColumn), origin(69));

        // Only the page holding the row was read again: the others stayed loaded.
        QVERIFY(!model.data(model.index(10, 0), AsyncTableModelBase::LoadingRole).toBool());
        QVERIFY(!model.data(model.index(110, 0), AsyncTableModelBase::LoadingRole).toBool());
        QVERIFY(waitForState(model, State::Idle));

        auto noted =
            origins.setNote(m_fx.admin, before.id, before.version + 1, QStringLiteral("the SPA"));
        AWAIT_OK(noted);
        QTRY_COMPARE(cell(model, 70, OriginsModel::NoteColumn), QStringLiteral("the SPA"));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(layouts.size(), 0);

        // Removed: the rows after it move up, without a reset.
        auto gone = origins.remove(m_fx.admin, model.record(5)->id);
        AWAIT_OK(gone);
        QTRY_COMPARE(model.rowCount(), 119);
        QCOMPARE(removed.size(), 1);
        QVERIFY(loadRow(model, 5));
        QCOMPARE(cell(model, 5, OriginsModel::OriginColumn), origin(6));

        // Added: a new row; it sorts first.
        auto added = origins.add(m_fx.admin, QStringLiteral("https://a.example"), QString());
        AWAIT_OK(added);
        QTRY_COMPARE(model.rowCount(), 120);
        QVERIFY(loadRow(model, 0));
        QCOMPARE(cell(model, 0, OriginsModel::OriginColumn), QStringLiteral("https://a.example"));
        QCOMPARE(resets.size(), 0);
        QVERIFY(waitForState(model, State::Idle));
    }

    void filterAndSortGoToTheService_data() { TestBackend::addColumns(); }
    void filterAndSortGoToTheService()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        OriginService origins(m_fx.db(), m_fx.feed());
        QVERIFY(addOrigins(origins, 30));
        OriginsModel model(origins, m_fx.admin, m_fx.feed());
        QAbstractItemModelTester tester(&model, fatal);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 30);

        OriginFilter search;
        search.search = QStringLiteral("O01"); // any case
        model.setFilter(search);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 10);
        for (int row = 0; row < 10; ++row)
            QCOMPARE(cell(model, row, OriginsModel::OriginColumn), origin(10 + row));

        model.sort(OriginsModel::OriginColumn, Qt::DescendingOrder);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(cell(model, 0, OriginsModel::OriginColumn), origin(19));

        // A change to a row the filter now leaves out takes it away.
        auto off =
            origins.setActive(m_fx.admin, model.record(0)->id, model.record(0)->version, false);
        AWAIT_OK(off);
        OriginFilter inactive;
        inactive.active = false;
        model.setFilter(inactive);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, OriginsModel::OriginColumn), origin(19));
        auto on =
            origins.setActive(m_fx.admin, model.record(0)->id, model.record(0)->version, true);
        AWAIT_OK(on);
        QTRY_COMPARE(model.rowCount(), 0);
        QVERIFY(waitForState(model, State::Idle));
    }

    void otherDesktopsChangesShow()
    {
        ServiceFixture fx;
        QVERIFY(fx.open(QStringLiteral("postgresql")));
        OriginService origins(fx.db(), fx.feed());
        auto first = origins.importValue(fx.admin, origin(0) + QLatin1Char(',') + origin(1), false);
        AWAIT_OK(first);
        QSignalSpy listening(&fx.host(), &ServiceHost::listening);
        fx.host().listen();
        QTRY_VERIFY_WITH_TIMEOUT(!listening.isEmpty(), 30000);
        OriginsModel model(origins, fx.admin, fx.feed());
        QAbstractItemModelTester tester(&model, fatal);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // Another desktop: its own pool, feed and service on the same database.
        Database otherDb(fx.db().settings());
        ChangeFeed otherFeed;
        OriginService otherOrigins(otherDb, otherFeed);
        const OriginRecord row1 = *model.record(1);
        auto off = otherOrigins.setActive(fx.admin, row1.id, row1.version, false);
        AWAIT_OK(off);
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, 1, OriginsModel::ActiveColumn), QStringLiteral("No"),
                                  30000);
        QVERIFY(covered(changed, 1));

        auto added = otherOrigins.add(fx.admin, QStringLiteral("https://a.example"), QString());
        AWAIT_OK(added);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 30000);
        QVERIFY(loadRow(model, 0));
        QCOMPARE(cell(model, 0, OriginsModel::OriginColumn), QStringLiteral("https://a.example"));
        QCOMPARE(resets.size(), 0);
        QVERIFY(waitForState(model, State::Idle));
    }
};

QTEST_GUILESS_MAIN(tst_OriginsModel)
#include "tst_originsmodel.moc"
