#include "../../services/MealRequestTestData.h"
#include "Await.h"
#include "KitchenScreen.h"
#include "MealRequestService.h"
#include "ScreenTest.h"
#include "ServiceFixture.h"
#include "Session.h"

#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using Data = MealRequestTestData;
using GuiTest::screenshot;

namespace {

// Copies a written file there too.
void keepForReview(const QString& path)
{
    const QString dir = qEnvironmentVariable("MEALDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QString copy = dir + QLatin1Char('/') + QFileInfo(path).fileName();
    QFile::remove(copy);
    QVERIFY(QFile::copy(path, copy));
}

// Every cell of a table, row by row, cells joined with " | ".
QStringList cells(const QTableWidget* table)
{
    QStringList rows;
    QStringList header;
    for (int c = 0; c < table->columnCount(); ++c)
        header << table->horizontalHeaderItem(c)->text();
    rows << header.join(QStringLiteral(" | "));
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < table->columnCount(); ++c)
            row << table->item(r, c)->text();
        rows << row.join(QStringLiteral(" | "));
    }
    return rows;
}

// The tree as indented lines: "Lunch 3", "  Kitchen 2", "    Ahmed Ali 1001".
QStringList outline(const QTreeWidgetItem* item, int depth = 0)
{
    QStringList lines;
    for (int i = 0; i < item->childCount(); ++i) {
        const QTreeWidgetItem* child = item->child(i);
        QStringList texts{child->text(0)};
        for (int c = 1; c < child->columnCount(); ++c)
            if (!child->text(c).isEmpty())
                texts << child->text(c);
        lines << QString(qsizetype{depth} * 2, QLatin1Char(' ')) + texts.join(QLatin1Char(' '));
        lines << outline(child, depth + 1);
    }
    return lines;
}

bool isPdf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.size() > 1000 && file.read(5) == "%PDF-";
}

} // namespace

class tst_KitchenScreen : public ScreenTest<KitchenScreen> {
    Q_OBJECT

private:
    std::unique_ptr<MealRequestTestData> m_data;

    MealRequestService& meals() const { return m_session->services().mealRequests(); }
    QDate today() const
    {
        return QDateTime::currentDateTimeUtc().toTimeZone(meals().officeZone()).date();
    }

    // Kitchen: 1001 Ahmed Ali (1), 1002 Sara Khan (2), 1003 Omar Said (3);
    // Workshop: 2001 Huda Nasser (11), 2002 Karim Aziz (12); Pastry: 3001 Mona Fathi (21).
    void open()
    {
        CHECKED(openSession());
        m_data = std::make_unique<MealRequestTestData>(*m_fx);
        QVERIFY(m_data->seed());
        CHECKED(openScreen(QStringLiteral("kitchen")));
        QTRY_VERIFY(m_screen->isLoaded());
    }

    MealRequestRecord create(const MealRequestInput& in)
    {
        return settle(meals().create(m_fx->admin, in)).value_or(MealRequestRecord());
    }

    // Today: Lunch for Kitchen 1, 2 and Workshop 11; Breakfast for Kitchen 3 (approved);
    // Dinner for Pastry 21, rejected (not on the sheet).
    void requestToday()
    {
        QVERIFY(create(Data::request(Data::lunch, {1, 2, 11})).id);
        const MealRequestRecord breakfast = create(Data::request(Data::breakfast, {3}));
        QVERIFY(breakfast.id);
        QVERIFY(succeeded(meals().approve(m_fx->admin, breakfast.id)));
        const MealRequestRecord dinner = create(Data::request(Data::dinner, {21}));
        QVERIFY(dinner.id);
        QVERIFY(succeeded(meals().reject(m_fx->admin, dinner.id)));
    }

private Q_SLOTS:
    void initTestCase() { GuiTest::initProcess(QStringLiteral("mealdesk-tests-kitchen")); }

    void init()
    {
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void cleanup()
    {
        closeScreen();
        m_data.reset();
    }

    void showsTheDaysCountsAndNames()
    {
        CHECKED(open());
        QCOMPARE(find<QDateEdit>("dateEdit")->date(), today());
        QCOMPARE(find<QTableWidget>("countsTable")->rowCount(), 0);
        QCOMPARE(find<QLabel>("totalLabel")->text(), QStringLiteral("No meals on this day"));

        // Requests made through the service reach the open screen through the change feed.
        requestToday();
        QTRY_COMPARE(m_screen->sheet().total(), qsizetype(4));
        QCOMPARE(find<QLabel>("totalLabel")->text(), QStringLiteral("4 meal(s)"));
        // Meal types in the order of the day (Breakfast, Lunch, Dinner) with meals only;
        // departments by name.
        QCOMPARE(cells(find<QTableWidget>("countsTable")),
                 (QStringList{QStringLiteral("Department | Breakfast | Lunch | Total"),
                              QStringLiteral("Kitchen | 1 | 2 | 3"),
                              QStringLiteral("Workshop | – | 1 | 1"),
                              QStringLiteral("Total | 1 | 3 | 4")}));
        QCOMPARE(outline(find<QTreeWidget>("namesTree")->invisibleRootItem()),
                 (QStringList{QStringLiteral("Breakfast 1"), QStringLiteral("  Kitchen 1"),
                              QStringLiteral("    Omar Said 1003"), QStringLiteral("Lunch 3"),
                              QStringLiteral("  Kitchen 2"), QStringLiteral("    Ahmed Ali 1001"),
                              QStringLiteral("    Sara Khan 1002"), QStringLiteral("  Workshop 1"),
                              QStringLiteral("    Huda Nasser 2001")}));
        QVERIFY(find<QPushButton>("printButton")->isEnabled());
        screenshot(m_screen.get(), QStringLiteral("kitchen"));

        // Another day: yesterday's request only, and nothing printable until it has arrived.
        const MealRequestRecord yesterday = create(Data::request(Data::dinner, {12, 21}));
        QVERIFY(yesterday.id);
        QVERIFY(m_data->setRequestTime(
            yesterday.id, QDateTime(today().addDays(-1), QTime(20, 0), meals().officeZone())));
        QDateEdit* date = find<QDateEdit>("dateEdit");
        date->setDate(today().addDays(-1));
        QVERIFY(!find<QPushButton>("exportButton")->isEnabled());
        QTRY_VERIFY(m_screen->isLoaded());
        QCOMPARE(m_screen->sheet().day(), today().addDays(-1));
        QCOMPARE(cells(find<QTableWidget>("countsTable")),
                 (QStringList{QStringLiteral("Department | Dinner | Total"),
                              QStringLiteral("Pastry | 1 | 1"), QStringLiteral("Workshop | 1 | 1"),
                              QStringLiteral("Total | 2 | 2")}));

        QTest::mouseClick(find<QToolButton>("todayButton"), Qt::LeftButton);
        QTRY_VERIFY(m_screen->isLoaded());
        QCOMPARE(m_screen->sheet().day(), today());
        QCOMPARE(m_screen->sheet().total(), qsizetype(4));
    }

    void exportsAPdf()
    {
        CHECKED(open());
        requestToday();
        QTRY_COMPARE(m_screen->sheet().total(), qsizetype(4));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSignalSpy informed(m_screen.get(), &Screen::informed);
        QSignalSpy failed(m_screen.get(), &Screen::failed);

        // Through the file dialog: it opens without blocking, and the file chosen is written.
        QTest::mouseClick(find<QPushButton>("exportButton"), Qt::LeftButton);
        QFileDialog* dialog = m_screen->findChild<QFileDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        QVERIFY2(dialog->selectedFiles().value(0).endsWith(
                     QStringLiteral("kitchen-sheet-%1.pdf").arg(today().toString(Qt::ISODate))),
                 qPrintable(dialog->selectedFiles().value(0)));
        const QString chosen = dir.filePath(QStringLiteral("today.pdf"));
        dialog->selectFile(chosen);
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(isPdf(chosen));
        // The whole path, above the screen: the status bar would cut it off.
        QCOMPARE(informed.size(), 1);
        QVERIFY(informed.at(0).at(0).toString().contains(QStringLiteral("today.pdf")));

        // Directly, and into a folder that does not exist: refused with the path named.
        const QString direct = dir.filePath(QStringLiteral("direct.pdf"));
        QVERIFY(m_screen->exportPdf(direct));
        QVERIFY(isPdf(direct));
        keepForReview(direct);
        const QString nowhere = dir.filePath(QStringLiteral("missing/sheet.pdf"));
        QTest::ignoreMessage(QtWarningMsg, "QPainter::begin(): Returned false");
        QVERIFY(!m_screen->exportPdf(nowhere));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("missing")));
        QVERIFY(!QFileInfo::exists(nowhere));
    }

    void printsThroughThePrintDialog()
    {
        CHECKED(open());
        requestToday();
        QTRY_COMPARE(m_screen->sheet().total(), qsizetype(4));
        QTest::mouseClick(find<QPushButton>("printButton"), Qt::LeftButton);
        QPrintDialog* dialog = m_screen->findChild<QPrintDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // The screen goes on while the dialog is open (open(), not exec()).
        QVERIFY(m_screen->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!m_screen->findChild<QPrintDialog*>());
    }

    // In Arabic: Arabic names where there are some, and the sheet laid out right to left.
    void inArabicRightToLeft()
    {
        QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
        CHECKED(open());
        m_screen->setLayoutDirection(Qt::RightToLeft);
        requestToday();
        QTRY_COMPARE(m_screen->sheet().total(), qsizetype(4));
        // Breakfast first, as in English.
        QCOMPARE(find<QTableWidget>("countsTable")->horizontalHeaderItem(1)->text(),
                 QStringLiteral("فطور"));
        const auto document = m_screen->sheet().document(Qt::RightToLeft);
        QVERIFY(document->toPlainText().contains(QStringLiteral("Huda Nasser (ar)")));
        QVERIFY(document->toPlainText().contains(QStringLiteral("غداء")));
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
            QCOMPARE(block.textDirection(), Qt::RightToLeft);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("kitchen-rtl.pdf"));
        QVERIFY(m_screen->exportPdf(pdf));
        QVERIFY(isPdf(pdf));
        screenshot(m_screen.get(), QStringLiteral("kitchen-rtl"));
        keepForReview(pdf);
    }
};

QTEST_MAIN(tst_KitchenScreen)
#include "tst_kitchenscreen.moc"
