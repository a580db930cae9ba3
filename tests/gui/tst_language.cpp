#include "Await.h"
#include "DepartmentService.h"
#include "Language.h"
#include "MealRequestService.h"
#include "ServiceFixture.h"

#include <QApplication>
#include <QTest>

// The Arabic interface gets the services' and the rules' messages in Arabic too: they are
// shown as they come, in banners and beside fields.
class tst_Language : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;

    template <typename T> static QString messageOf(const QFuture<T>& future)
    {
        const auto e = errorOf(future);
        return e ? e->message() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Database::setMainThreadGuard(Database::GuardPolicy::Fatal);
        Language::apply(QStringLiteral("ar"));
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    }

    void serviceMessagesAreArabic_data() { TestBackend::addColumns(); }
    void serviceMessagesAreArabic()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        DepartmentService departments(m_fx.db(), m_fx.feed());
        MealRequestService requests(m_fx.db(), m_fx.feed());

        // A rule of the domain layer, checked by the service.
        auto unnamed = departments.create(m_fx.admin, {QString(), QStringLiteral("قسم"), 0});
        AWAIT(unnamed);
        QCOMPARE(messageOf(unnamed), QStringLiteral("الاسم الإنجليزي للقسم مطلوب."));
        // Messages written by helper functions of the services, outside their classes.
        auto orphan = departments.create(
            m_fx.admin, {QStringLiteral("Stores"), QStringLiteral("المخازن"), 4242});
        AWAIT(orphan);
        QCOMPARE(messageOf(orphan), QStringLiteral("القسم الرئيسي 4242 غير موجود."));
        auto missing = requests.get(m_fx.admin, 999);
        AWAIT(missing);
        QCOMPARE(messageOf(missing), QStringLiteral("طلب الوجبة 999 غير موجود."));
    }
};

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
