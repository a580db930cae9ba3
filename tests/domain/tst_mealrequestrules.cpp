#include "MealRequestRules.h"

#include <QTest>

// How a rejection's reason joins the request's notes (≤ 256 characters), and when it does not fit.
class tst_MealRequestRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reasonJoinsTheNotes_data()
    {
        QTest::addColumn<QString>("notes");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("joined");
        QTest::newRow("no reason")
            << QStringLiteral("Site visit") << QString() << QStringLiteral("Site visit");
        QTest::newRow("only spaces") << QStringLiteral("Site visit") << QStringLiteral(" \t ")
                                     << QStringLiteral("Site visit");
        QTest::newRow("no notes") << QString() << QStringLiteral("Closed")
                                  << QStringLiteral("Rejected: Closed");
        QTest::newRow("after the notes") << QStringLiteral("Site visit") << QStringLiteral("Closed")
                                         << QStringLiteral("Site visit\nRejected: Closed");
        // One line, whatever was typed or pasted.
        QTest::newRow("line breaks") << QStringLiteral("a\nb") << QStringLiteral(" On\r\nleave  ")
                                     << QStringLiteral("a\nb\nRejected: On leave");
    }
    void reasonJoinsTheNotes()
    {
        QFETCH(QString, notes);
        QFETCH(QString, reason);
        QFETCH(QString, joined);
        QCOMPARE(MealRequestRules::notesWithRejection(notes, reason), joined);
        QCOMPARE(MealRequestRules::checkRejectionReason(notes, reason), QString());
    }

    void reasonMustFit_data()
    {
        QTest::addColumn<QString>("notes");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("problem");
        const QString emoji = QStringLiteral("🍲"); // one character, two UTF-16 units
        QTest::newRow("246 without notes")
            << QString() << QString(246, QLatin1Char('r')) << QString();
        QTest::newRow("emoji count once") << QString() << emoji.repeated(246) << QString();
        QTest::newRow("247 without notes")
            << QString() << QString(247, QLatin1Char('r'))
            << QStringLiteral("The reason has 247 characters; at most 246 are allowed.");
        QTest::newRow("beside notes")
            << QString(200, QLatin1Char('n')) << QString(46, QLatin1Char('r'))
            << QStringLiteral("The reason has 46 characters; beside the request's notes at most "
                              "45 fit.");
        QTest::newRow("spaces do not count")
            << QString(200, QLatin1Char('n'))
            << QStringLiteral("  ") + QString(45, QLatin1Char('r')) << QString();
        QTest::newRow("notes full")
            << QString(250, QLatin1Char('n')) << QStringLiteral("x")
            << QStringLiteral("The request's notes leave no room for a reason (notes hold at most "
                              "256 characters).");
        QTest::newRow("notes full, no reason")
            << QString(256, QLatin1Char('n')) << QString() << QString();
    }
    void reasonMustFit()
    {
        QFETCH(QString, notes);
        QFETCH(QString, reason);
        QFETCH(QString, problem);
        QCOMPARE(MealRequestRules::checkRejectionReason(notes, reason), problem);
        if (problem.isEmpty())
            QVERIFY(MealRequestRules::characters(MealRequestRules::notesWithRejection(
                        notes, reason)) <= MealRequestRules::maxNotes);
    }
};

QTEST_GUILESS_MAIN(tst_MealRequestRules)
#include "tst_mealrequestrules.moc"
