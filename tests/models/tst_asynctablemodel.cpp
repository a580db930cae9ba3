#include "Await.h"
#include "ModelTesting.h"
#include "ServiceFixture.h"
#include "TokenService.h"
#include "TokensModel.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QPromise>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace ModelTesting;
using State = AsyncTableModelBase::State;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// A TokensModel that writes down its service calls and can hold its count back.
class ObservedTokensModel : public TokensModel {
public:
    using TokensModel::TokensModel;

    QList<PageRequest> requests;
    QStringList searches; // the filter's search of each page request
    QList<QFuture<Page<RevokedTokenRecord>>> pages;
    int counts = 0;
    bool holdCount = false;

    bool isCountHeld() const { return m_heldCount && !m_heldCount->future().isFinished(); }

    // Sends the held count to the service now.
    void releaseCount()
    {
        auto promise = m_heldCount;
        whenFinished(
            this, TokensModel::fetchCount(m_heldFilter),
            [promise](qint64 n) {
                promise->addResult(n);
                promise->finish();
            },
            [promise](const Failure& e) {
                promise->setException(e);
                promise->finish();
            });
    }

protected:
    QFuture<Page<RevokedTokenRecord>> fetchPage(const TokenFilter& filter,
                                                const PageRequest& request) override
    {
        requests << request;
        searches << filter.search;
        pages << TokensModel::fetchPage(filter, request);
        return pages.last();
    }

    QFuture<qint64> fetchCount(const TokenFilter& filter) override
    {
        ++counts;
        if (!holdCount)
            return TokensModel::fetchCount(filter);
        m_heldCount = std::make_shared<QPromise<qint64>>();
        m_heldCount->start();
        m_heldFilter = filter;
        return m_heldCount->future();
    }

private:
    std::shared_ptr<QPromise<qint64>> m_heldCount;
    TokenFilter m_heldFilter;
};

const QString t = QStringLiteral("t");

} // namespace

class tst_AsyncTableModel : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;

    bool setSuperAdmin(qint64 accountId, bool superAdmin)
    {
        auto done = m_fx.db().write([=](Connection& c) {
            c.exec(QStringLiteral("UPDATE account SET is_super_admin = ? WHERE id = ?"),
                   {superAdmin, accountId});
        });
        return QTest::qWaitFor([&] { return done.isFinished(); }, 60000) && !errorOf(done);
    }

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void firstPagesComeBeforeTheCount_data() { TestBackend::addColumns(); }
    void firstPagesComeBeforeTheCount()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(insertTokens(m_fx.db(), t, 120));
        TokenService tokens(m_fx.db(), m_fx.feed());
        ObservedTokensModel model(tokens, m_fx.admin, m_fx.feed());
        model.holdCount = true;
        model.setPaging(50, 4);
        QAbstractItemModelTester tester(&model, fatal);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        // The first page shows while the count is still held back.
        QTRY_VERIFY(model.rowCount() > 0);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 49);
        QVERIFY(model.isCountHeld());
        QCOMPARE(model.state(), State::Loading);
        QCOMPARE(cell(model, 0, TokensModel::JtiColumn), tokenJti(t, 119)); // newest first

        // The next pages come as a view fetches more (the tester does), each right after the
        // previous one's last row; the last one tells where the table ends.
        QTRY_COMPARE(model.rowCount(), 120);
        QVERIFY(model.isCountKnown());
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QVERIFY(model.isCountHeld());
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(model.requests.size(), 3);
        QVERIFY(!model.requests.at(0).hasCursor);
        for (int i = 1; i < 3; ++i) {
            QVERIFY(model.requests.at(i).hasCursor);
            QCOMPARE(model.requests.at(i).skip, 0);
        }
        QCOMPARE(cell(model, 119, TokensModel::JtiColumn), tokenJti(t, 0));
        QCOMPARE(model.loadedRowCount(), 120);

        // The count agrees when it comes at last.
        model.releaseCount();
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 120);
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(model.counts, 1);
    }

    void scrollingKeepsMemoryBounded_data() { TestBackend::addColumns(); }
    void scrollingKeepsMemoryBounded()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        const int rows = 2000;
        QVERIFY(insertTokens(m_fx.db(), t, rows));
        TokenService tokens(m_fx.db(), m_fx.feed());
        ObservedTokensModel model(tokens, m_fx.admin, m_fx.feed());
        model.setPaging(50, 4);
        QAbstractItemModelTester tester(&model, fatal);
        int most = 0;
        const auto sample = [&] { most = qMax(most, model.loadedRowCount()); };
        connect(&model, &QAbstractItemModel::dataChanged, this, sample);
        connect(&model, &QAbstractItemModel::rowsInserted, this, sample);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), rows);

        model.requests.clear();
        for (int row = 0; row < rows; ++row) {
            QVERIFY2(loadRow(model, row), qPrintable(QString::number(row)));
            QCOMPARE(cell(model, row, TokensModel::JtiColumn), tokenJti(t, rows - 1 - row));
            sample();
        }
        // Ordinary paging: each page once, right after the previous page's last row.
        QVERIFY(model.requests.size() <= rows / 50 - 1);
        for (const PageRequest& r : std::as_const(model.requests)) {
            QVERIFY(r.hasCursor);
            QCOMPARE(r.skip, 0);
        }

        // Back up: the positions kept let each page start after the one before it again.
        model.requests.clear();
        for (int row = rows - 1; row >= 0; --row) {
            QVERIFY2(loadRow(model, row), qPrintable(QString::number(row)));
            QCOMPARE(cell(model, row, TokensModel::JtiColumn), tokenJti(t, rows - 1 - row));
            sample();
        }
        QVERIFY(!model.requests.isEmpty());
        QVERIFY(model.requests.size() <= rows / 50 - 1);
        for (const PageRequest& r : std::as_const(model.requests))
            QCOMPARE(r.skip, 0);

        QVERIFY2(most <= 4 * 50, qPrintable(QString::number(most)));
        QVERIFY2(most > 3 * 50, qPrintable(QString::number(most))); // the cache was used
    }

    void jumpReadsOnlyThePageAsked_data() { TestBackend::addColumns(); }
    void jumpReadsOnlyThePageAsked()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        const int rows = 2000;
        QVERIFY(insertTokens(m_fx.db(), t, rows));
        TokenService tokens(m_fx.db(), m_fx.feed());
        ObservedTokensModel model(tokens, m_fx.admin, m_fx.feed());
        model.setPaging(50, 4);
        QAbstractItemModelTester tester(&model, fatal);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), rows);

        // The scrollbar dragged to the end: one page, skipping from the end of the pages loaded
        // so far (the first ones: how many depends on when the count arrived).
        const int loaded = model.loadedRowCount();
        QVERIFY(loaded >= 50 && loaded <= 150);
        model.requests.clear();
        QVERIFY(loadRow(model, rows - 1));
        QCOMPARE(cell(model, rows - 1, TokensModel::JtiColumn), tokenJti(t, 0));
        QCOMPARE(model.requests.size(), 1);
        QVERIFY(model.requests.first().hasCursor);
        // From a known position among the first pages, never page by page.
        const int skip = model.requests.first().skip;
        QVERIFY2(skip % 50 == 0 && skip >= rows - 50 - loaded && skip <= rows - 100,
                 qPrintable(QString::number(skip)));
        QCOMPARE(model.loadedRowCount(), loaded + 50);

        // Back to the middle: again one page, from the nearest position before it.
        model.requests.clear();
        QVERIFY(loadRow(model, 1010));
        QCOMPARE(cell(model, 1010, TokensModel::JtiColumn), tokenJti(t, rows - 1 - 1010));
        QCOMPARE(model.requests.size(), 1);
        const int middleSkip = model.requests.first().skip;
        QVERIFY2(middleSkip % 50 == 0 && middleSkip >= 1000 - 50 - loaded && middleSkip <= 950,
                 qPrintable(QString::number(middleSkip)));

        // And on from there: ordinary paging again.
        model.requests.clear();
        QVERIFY(loadRow(model, 1050));
        QCOMPARE(cell(model, 1050, TokensModel::JtiColumn), tokenJti(t, rows - 1 - 1050));
        QCOMPARE(model.requests.size(), 1);
        QVERIFY(model.requests.first().hasCursor);
        QCOMPARE(model.requests.first().skip, 0);
        QCOMPARE(cell(model, 1049, TokensModel::JtiColumn), tokenJti(t, rows - 1 - 1049));
    }

    void sortingGoesToTheService_data() { TestBackend::addColumns(); }
    void sortingGoesToTheService()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(insertTokens(m_fx.db(), t, 120));
        TokenService tokens(m_fx.db(), m_fx.feed());
        ObservedTokensModel model(tokens, m_fx.admin, m_fx.feed());
        model.setPaging(50, 4);
        QAbstractItemModelTester tester(&model, fatal);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.sortColumn(), int(TokensModel::RevokedAtColumn));
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
        QCOMPARE(model.requests.last().sortKey, QStringLiteral("revoked_at"));
        QVERIFY(model.requests.last().descending);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // A column the service cannot sort by is ignored.
        const int asked = model.requests.size();
        model.sort(TokensModel::ReasonColumn, Qt::AscendingOrder);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.sortColumn(), int(TokensModel::RevokedAtColumn));
        QCOMPARE(model.requests.size(), asked);

        model.sort(TokensModel::JtiColumn, Qt::AscendingOrder);
        QCOMPARE(resets.size(), 1);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.requests.last().sortKey, QStringLiteral("jti"));
        QVERIFY(!model.requests.last().descending);
        QCOMPARE(model.rowCount(), 120);
        QCOMPARE(cell(model, 0, TokensModel::JtiColumn), tokenJti(t, 0));
        QVERIFY(loadRow(model, 119));
        QCOMPARE(cell(model, 119, TokensModel::JtiColumn), tokenJti(t, 119));

        model.sort(TokensModel::JtiColumn, Qt::DescendingOrder);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(cell(model, 0, TokensModel::JtiColumn), tokenJti(t, 119));
        QVERIFY(loadRow(model, 70));
        QCOMPARE(cell(model, 70, TokensModel::JtiColumn), tokenJti(t, 49));
    }

    void newFilterDropsTheOldLoad_data() { TestBackend::addColumns(); }
    void newFilterDropsTheOldLoad()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(insertTokens(m_fx.db(), QStringLiteral("alpha-"), 80));
        QVERIFY(insertTokens(m_fx.db(), QStringLiteral("beta-"), 30));
        TokenService tokens(m_fx.db(), m_fx.feed());
        ObservedTokensModel model(tokens, m_fx.admin, m_fx.feed());
        model.setPaging(50, 4);
        QAbstractItemModelTester tester(&model, fatal);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 110);

        // Once B is asked for, no row of A may ever show, whenever A's results arrive.
        bool filteringB = false;
        QStringList stale;
        const auto check = [&] {
            for (int row = 0; filteringB && row < model.rowCount(); ++row) {
                const RevokedTokenRecord* r = model.record(row);
                if (r && !r->jti.startsWith(QLatin1String("beta-")))
                    stale << r->jti;
            }
        };
        connect(&model, &QAbstractItemModel::dataChanged, this, check);
        connect(&model, &QAbstractItemModel::rowsInserted, this, check);
        TokenFilter a;
        a.search = QStringLiteral("alpha-");
        TokenFilter b;
        b.search = QStringLiteral("beta-");
        model.setFilter(a);
        // A's page is read, but the model has not heard of it yet (no event was processed):
        // its result is on its way when B is asked for, too late to cancel.
        const QFuture<Page<RevokedTokenRecord>> pageOfA = model.pages.last();
        QDeadlineTimer deadline(30000);
        while (!pageOfA.isFinished() && !deadline.hasExpired())
            QThread::msleep(1);
        QVERIFY(pageOfA.isFinished());
        filteringB = true;
        model.setFilter(b);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 30);
        for (int row = 0; row < 30; ++row) {
            QVERIFY(loadRow(model, row));
            QCOMPARE(cell(model, row, TokensModel::JtiColumn),
                     tokenJti(QStringLiteral("beta-"), 29 - row));
        }
        QVERIFY2(stale.isEmpty(), qPrintable(stale.join(QLatin1Char(' '))));
        QVERIFY(model.searches.contains(a.search)); // A was sent, and dropped
        QCOMPARE(model.filter().search, b.search);
    }

    void errorsShowInStateAndRows_data() { TestBackend::addColumns(); }
    void errorsShowInStateAndRows()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(insertTokens(m_fx.db(), t, 200));
        TokenService tokens(m_fx.db(), m_fx.feed());
        auto direct = tokens.count(m_fx.requester, {});
        AWAIT(direct);
        QCOMPARE(errorOf(direct)->kind(), Failure::Kind::Permission);

        {
            // Not a super admin: the service refuses, the model says so.
            TokensModel refused(tokens, m_fx.requester, m_fx.feed());
            QAbstractItemModelTester tester(&refused, fatal);
            QSignalSpy errors(&refused, &AsyncTableModelBase::errorOccurred);
            QSignalSpy states(&refused, &AsyncTableModelBase::stateChanged);
            QVERIFY(waitForState(refused, State::Error));
            QCOMPARE(refused.rowCount(), 0);
            QCOMPARE(refused.error(), errorOf(direct)->message());
            QCOMPARE(errors.size(), 1); // the page and the count fail alike: one message
            QCOMPARE(errors.first().at(0).toString(), refused.error());
            QCOMPARE(states.last().at(0).value<State>(), State::Error);
        }

        // Loaded rows stay when a later page fails; the rows that cannot come say why.
        ObservedTokensModel model(tokens, m_fx.admin, m_fx.feed());
        model.setPaging(50, 4);
        QAbstractItemModelTester tester(&model, fatal);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(setSuperAdmin(m_fx.admin.accountId, false));
        auto demoted = tokens.count(m_fx.admin, {});
        AWAIT(demoted);
        QCOMPARE(errorOf(demoted)->kind(), Failure::Kind::Permission);
        QVERIFY(!loadRow(model, 150));
        QCOMPARE(model.state(), State::Error);
        QCOMPARE(model.error(), errorOf(demoted)->message());
        const QModelIndex missing = model.index(150, 0);
        QCOMPARE(model.data(missing, AsyncTableModelBase::ErrorRole).toString(), model.error());
        QVERIFY(!model.data(missing, AsyncTableModelBase::LoadingRole).toBool());
        QVERIFY(model.data(missing).toString().isEmpty());
        QVERIFY(loadRow(model, 10));
        QCOMPARE(cell(model, 10, TokensModel::JtiColumn), tokenJti(t, 189));
        QVERIFY(!model.data(model.index(10, 0), AsyncTableModelBase::ErrorRole).isValid());

        // Nothing more is asked for until the person reloads.
        const int asked = model.requests.size();
        model.data(model.index(120, 0));
        QCoreApplication::processEvents();
        QCOMPARE(model.requests.size(), asked);
        QVERIFY(setSuperAdmin(m_fx.admin.accountId, true));
        model.reload();
        QVERIFY(waitForState(model, State::Idle));
        QVERIFY(model.error().isEmpty());
        QVERIFY(loadRow(model, 150));
        QCOMPARE(cell(model, 150, TokensModel::JtiColumn), tokenJti(t, 49));
    }

    void changesArriveWithoutReset_data() { TestBackend::addColumns(); }
    void changesArriveWithoutReset()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(insertTokens(m_fx.db(), t, 120, 3));
        TokenService tokens(m_fx.db(), m_fx.feed());
        TokensModel model(tokens, m_fx.admin, m_fx.feed());
        model.setPaging(50, 4);
        QAbstractItemModelTester tester(&model, fatal);
        QVERIFY(waitForState(model, State::Idle));
        for (int row = 0; row < 120; ++row)
            QVERIFY(loadRow(model, row));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // A new token (the newest: first row) comes in; the rows shown are read again.
        RevokeInput in;
        in.text = QStringLiteral("fresh-token");
        auto revoked = tokens.revoke(m_fx.admin, in);
        AWAIT_OK(revoked);
        QTRY_COMPARE(model.rowCount(), 121);
        QCOMPARE(inserted.size(), 1);
        QVERIFY(loadRow(model, 0));
        QCOMPARE(cell(model, 0, TokensModel::JtiColumn), QStringLiteral("fresh-token"));
        QCOMPARE(cell(model, 0, TokensModel::RevokedByColumn), m_fx.admin.username);
        QCOMPARE(cell(model, 0, TokensModel::ExpiresAtColumn), QStringLiteral("Never (active)"));
        QVERIFY(loadRow(model, 120));
        QCOMPARE(cell(model, 120, TokensModel::JtiColumn), tokenJti(t, 0));
        QCOMPARE(cell(model, 120, TokensModel::RevokedByColumn), QStringLiteral("backend"));

        // Purging announces no ids (any row): everything is read again, still no reset.
        auto purged = tokens.purgeExpired(m_fx.admin);
        AWAIT_OK(purged);
        QCOMPARE(purged.result(), 3);
        QTRY_COMPARE(model.rowCount(), 118);
        QCOMPARE(removed.size(), 1);
        QVERIFY(loadRow(model, 117));
        QCOMPARE(cell(model, 117, TokensModel::JtiColumn), tokenJti(t, 3));
        QCOMPARE(resets.size(), 0);
        QVERIFY(waitForState(model, State::Idle));
    }

    void skipSeeksLikePaging_data() { TestBackend::addColumns(); }
    void skipSeeksLikePaging()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(insertTokens(m_fx.db(), t, 130));
        TokenService tokens(m_fx.db(), m_fx.feed());
        const auto jtis = [](const Page<RevokedTokenRecord>& page) {
            QStringList out;
            for (const RevokedTokenRecord& r : page.rows)
                out << r.jti;
            return out;
        };
        const auto expected = [](int from, int to) {
            QStringList out;
            for (int i = from; from <= to ? i <= to : i >= to; i += from <= to ? 1 : -1)
                out << tokenJti(t, i);
            return out;
        };

        PageRequest request;
        request.sortKey = QStringLiteral("jti");
        request.limit = 20;
        request.skip = 45;
        auto jumped = tokens.list(m_fx.admin, {}, request);
        AWAIT_OK(jumped);
        QCOMPARE(jtis(jumped.result()), expected(45, 64));
        QVERIFY(jumped.result().hasMore);

        // From a cursor: the rows after it, skipping as many.
        request.hasCursor = true;
        request.afterValue = jumped.result().lastValue;
        request.afterId = jumped.result().lastId;
        auto further = tokens.list(m_fx.admin, {}, request);
        AWAIT_OK(further);
        QCOMPARE(jtis(further.result()), expected(110, 129));
        QVERIFY(!further.result().hasMore);

        // Descending, by the default key (revoked_at, the same order here).
        PageRequest down;
        down.descending = true;
        down.limit = 5;
        down.skip = 10;
        auto downward = tokens.list(m_fx.admin, {}, down);
        AWAIT_OK(downward);
        QCOMPARE(jtis(downward.result()), expected(119, 115));

        // Past the end: nothing, and no more.
        down.skip = 500;
        auto past = tokens.list(m_fx.admin, {}, down);
        AWAIT_OK(past);
        QVERIFY(past.result().rows.isEmpty());
        QVERIFY(!past.result().hasMore);

        down.skip = -1;
        auto negative = tokens.list(m_fx.admin, {}, down);
        AWAIT(negative);
        QCOMPARE(errorOf(negative)->kind(), Failure::Kind::Validation);
        QCOMPARE(errorOf(negative)->field(), QStringLiteral("skip"));
    }
};

QTEST_GUILESS_MAIN(tst_AsyncTableModel)
#include "tst_asynctablemodel.moc"
