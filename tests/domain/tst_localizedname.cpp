#include "LocalizedName.h"

#include <QLocale>
#include <QTest>

class tst_LocalizedName : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pick_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("arabic");
        QTest::addColumn<QString>("shown");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale arabic(QLocale::Arabic, QLocale::Egypt);
        const QString lunch = QStringLiteral("Lunch");
        const QString lunchAr = QStringLiteral("غداء");
        QTest::newRow("English") << english << lunch << lunchAr << lunch;
        QTest::newRow("Arabic") << arabic << lunch << lunchAr << lunchAr;
        // Any Arabic-speaking country's locale is the Arabic interface.
        QTest::newRow("Arabic (Saudi Arabia)")
            << QLocale(QLocale::Arabic, QLocale::SaudiArabia) << lunch << lunchAr << lunchAr;
        QTest::newRow("English, no English name") << english << QString() << lunchAr << lunchAr;
        QTest::newRow("Arabic, no Arabic name") << arabic << lunch << QString() << lunch;
        QTest::newRow("neither") << arabic << QString() << QString() << QString();
        // Neither English nor Arabic: the source language, English.
        QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << lunch << lunchAr
                                << lunch;
    }

    void pick()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, english);
        QFETCH(QString, arabic);
        QFETCH(QString, shown);
        QLocale::setDefault(locale);
        QCOMPARE(LocalizedName::pick(english, arabic), shown);
    }
};

QTEST_GUILESS_MAIN(tst_LocalizedName)
#include "tst_localizedname.moc"
