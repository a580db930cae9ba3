#include "Await.h"
#include "DepartmentService.h"
#include "Language.h"
#include "LeftToRight.h"
#include "LocaleTranslator.h"
#include "MealRequestService.h"
#include "OriginService.h"
#include "ServiceFixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
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
        QCOMPARE(messageOf(orphan), QStringLiteral("القسم الرئيسي ٤٬٢٤٢ غير موجود."));
        auto missing = requests.get(m_fx.admin, 999);
        AWAIT(missing);
        QCOMPARE(messageOf(missing), QStringLiteral("طلب الوجبة ٩٩٩ غير موجود."));
    }

    // A mnemonic's underline breaks the joining of Arabic letters: none in ours or Qt's texts.
    // The Accounts screen's department count is in the catalog (lupdate missed it while its
    // count was a cast inside ?:, and Arabic showed "department(s) 3").
    void departmentCountIsArabic()
    {
        const QString three =
            QCoreApplication::translate("AccountsModel", "%n department(s)", nullptr, 3);
        QVERIFY2(!three.contains(QLatin1String("department")), qPrintable(three));
        QVERIFY2(three.contains(QStringLiteral("أقسام")), qPrintable(three));
    }

    void arabicTextsHaveNoMnemonics()
    {
        QCOMPARE(QCoreApplication::translate("AccountDialog", "&Username:"),
                 QStringLiteral("اسم المستخدم:"));
        QCOMPARE(QCoreApplication::translate("AccountDialog", "&Full name:"),
                 QStringLiteral("الاسم الكامل:"));
        QMessageBox box(QMessageBox::Question, QString(), QString(),
                        QMessageBox::Yes | QMessageBox::No | QMessageBox::YesToAll);
        for (QAbstractButton* button : box.buttons()) {
            QVERIFY2(!button->text().isEmpty(), "a standard button without a text");
            QVERIFY2(!button->text().contains(QLatin1Char('&')), qPrintable(button->text()));
            QVERIFY2(button->text().front().script() == QChar::Script_Arabic,
                     qPrintable(button->text()));
        }
    }

    // A URL inside an Arabic sentence keeps its order: it is isolated as left-to-right text.
    void urlsReadLeftToRight_data() { TestBackend::addColumns(); }
    void urlsReadLeftToRight()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        const QString origin = QStringLiteral("https://app.example:8443");
        const QString isolated = QChar(0x2066) + origin + QChar(0x2069);
        QCOMPARE(LeftToRight::isolated(origin), isolated);
        OriginService origins(m_fx.db(), m_fx.feed());
        auto first = origins.add(m_fx.admin, origin, QString());
        AWAIT_OK(first);
        auto again = origins.add(m_fx.admin, origin, QString());
        AWAIT(again);
        QVERIFY2(messageOf(again).contains(isolated), qPrintable(messageOf(again)));

        // In a left-to-right interface the text stays plain (the command line, English).
        QLocale::setDefault(QLocale(QLocale::English));
        const QString plain = LeftToRight::isolated(origin);
        QLocale::setDefault(QLocale(QLocale::Arabic));
        QCOMPARE(plain, origin);
    }

    void polishedKeepsWhatIsNotAMnemonic()
    {
        QCOMPARE(LocaleTranslator::polished(QStringLiteral("ح&فظ && إغلاق")),
                 QStringLiteral("حفظ && إغلاق"));
        QCOMPARE(LocaleTranslator::polished(QStringLiteral("&lt;b&gt;&#169;&nbsp;&ع")),
                 QStringLiteral("&lt;b&gt;&#169;&nbsp;ع"));
        QCOMPARE(LocaleTranslator::polished(QStringLiteral("%1 من %n، %L2 و %12 و 100%")),
                 QStringLiteral("%L1 من %Ln، %L2 و %L12 و 100%"));
    }

    // Tables show numbers in the locale's digits; counts and numbers in messages do the same.
    void numbersUseTheLocaleDigits()
    {
        QCOMPARE(QCoreApplication::translate(
                     "RequestsScreen", "Meal request %1 created with %n line(s).", nullptr, 12)
                     .arg(1234),
                 QStringLiteral("أُنشئ طلب الوجبة ١٬٢٣٤ بـ ١٢ بندًا."));
        QCOMPARE(QCoreApplication::translate("OriginsScreen", "%n origin(s)", nullptr, 3),
                 QStringLiteral("٣ أصول"));
    }
};

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
