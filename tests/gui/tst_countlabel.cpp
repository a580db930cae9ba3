#include "AsyncTableModel.h"
#include "ChangeFeed.h"
#include "CountLabel.h"
#include "Failure.h"

#include <QLabel>
#include <QPromise>
#include <QTest>

#include <memory>

namespace {

struct Row {
    qint64 id = 0;
};
struct NoFilter {};

// A table whose pages and counts come when the test answers them.
class HeldModel : public AsyncTableModel<Row, NoFilter> {
public:
    explicit HeldModel(ChangeFeed& feed)
        : AsyncTableModel(feed, QStringLiteral("row"),
                          {{QStringLiteral("ID"), [](const Row& r) { return r.id; }}}, 0,
                          Qt::AscendingOrder, nullptr)
    {
    }

    bool pagePending() const { return m_page && !m_page->future().isFinished(); }
    bool countPending() const { return m_count && !m_count->future().isFinished(); }

    void answerPage(int rows, bool hasMore)
    {
        Page<Row> page;
        for (int i = 1; i <= rows; ++i)
            page.rows.append(Row{i});
        page.hasMore = hasMore;
        page.lastId = rows;
        m_page->addResult(page);
        m_page->finish();
    }
    void answerCount(qint64 count)
    {
        m_count->addResult(count);
        m_count->finish();
    }
    void failPage()
    {
        m_page->setException(Failure(Failure::Kind::Unavailable, QStringLiteral("gone")));
        m_page->finish();
    }

protected:
    QFuture<Page<Row>> fetchPage(const NoFilter&, const PageRequest&) override
    {
        return hold(m_page);
    }
    QFuture<qint64> fetchCount(const NoFilter&) override { return hold(m_count); }

private:
    template <typename T> static QFuture<T> hold(std::shared_ptr<QPromise<T>>& promise)
    {
        promise = std::make_shared<QPromise<T>>();
        promise->start();
        return promise->future();
    }

    std::shared_ptr<QPromise<Page<Row>>> m_page;
    std::shared_ptr<QPromise<qint64>> m_count;
};

} // namespace

class tst_CountLabel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void followsTheModel()
    {
        ChangeFeed feed;
        HeldModel model(feed);
        QLabel label;
        CountLabel::follow(&label, &model,
                           [](int rows) { return QStringLiteral("Rows: %1").arg(rows); });
        // The first load starts from the event loop.
        QCOMPARE(label.text(), QStringLiteral("Counting…"));
        QTRY_VERIFY(model.pagePending() && model.countPending());

        // The first page alone: more rows may come.
        model.answerPage(2, true);
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(label.text(), QStringLiteral("Counting…"));
        model.answerCount(1234);
        QTRY_COMPARE(label.text(), QStringLiteral("Rows: 1234"));

        // Reloading forgets the count; a failed load says not everything came.
        model.reload();
        QCOMPARE(label.text(), QStringLiteral("Counting…"));
        QTRY_VERIFY(model.pagePending() && model.countPending());
        model.failPage();
        QTRY_COMPARE(label.text(),
                     QStringLiteral("Not all rows could be loaded (F5 tries again)."));

        // Tried again: a last page counts its rows itself.
        model.reload();
        QTRY_VERIFY(model.pagePending());
        model.answerPage(3, false);
        QTRY_COMPARE(label.text(), QStringLiteral("Rows: 3"));
    }
};

QTEST_MAIN(tst_CountLabel)
#include "tst_countlabel.moc"
