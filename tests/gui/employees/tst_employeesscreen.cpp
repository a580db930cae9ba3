#include "Await.h"
#include "ChangeFeed.h"
#include "EmployeeDialog.h"
#include "EmployeeImportDialog.h"
#include "EmployeeService.h"
#include "EmployeesModel.h"
#include "EmployeesScreen.h"
#include "ScreenTest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using GuiTest::confirmButton;
using GuiTest::dropOnto;
using GuiTest::okButton;
using GuiTest::screenshot;

class tst_EmployeesScreen : public ScreenTest<EmployeesScreen> {
    Q_OBJECT

private:
    qint64 m_kitchen = 0;
    qint64 m_bakery = 0;
    qint64 m_office = 0;

    EmployeesModel& model() const
    {
        return *static_cast<EmployeesModel*>(find<QTableView>("table")->model());
    }
    EmployeeService& employees() const { return m_session->services().employees(); }

    // Kitchen (with Bakery under it) and Office; Zaid 100 (Kitchen), Yara 101 (Bakery),
    // Omar 102 (Office), Huda 103 (no department), Karim 104 (Kitchen, inactive).
    void seed()
    {
        CHECKED(openSession());
        m_kitchen = department(QStringLiteral("Kitchen"), QStringLiteral("المطبخ"));
        m_bakery = department(QStringLiteral("Bakery"), QStringLiteral("المخبز"), m_kitchen);
        m_office = department(QStringLiteral("Office"), QStringLiteral("المكتب"));
        CHECKED(employee(100, 5000, QStringLiteral("Zaid Haddad"), QStringLiteral("زيد حداد"),
                         m_kitchen));
        CHECKED(employee(101, 5001, QStringLiteral("Yara Salem"), QStringLiteral("يارا سالم"),
                         m_bakery));
        CHECKED(employee(102, 5002, QStringLiteral("Omar Farouk"), QStringLiteral("عمر فاروق"),
                         m_office));
        CHECKED(employee(103, 5003, QStringLiteral("Huda Nasser"), QStringLiteral("هدى ناصر"), 0));
        CHECKED(employee(104, 5004, QStringLiteral("Karim Aziz"), QStringLiteral("كريم عزيز"),
                         m_kitchen, false));
    }

    qint64 department(const QString& nameEn, const QString& nameAr, qint64 parentId = 0)
    {
        auto created =
            m_session->services().departments().create(m_fx->admin, {nameEn, nameAr, parentId});
        if (!QTest::qWaitFor([&] { return created.isFinished(); }, 60000) || errorOf(created)) {
            QTest::qFail("creating a department failed", __FILE__, __LINE__);
            return 0;
        }
        return created.result().id;
    }

    void employee(qint64 id, qint64 code, const QString& nameEn, const QString& nameAr,
                  qint64 departmentId, bool active = true)
    {
        EmployeeInput in;
        in.id = id;
        in.code = code;
        in.nameEn = nameEn;
        in.nameAr = nameAr;
        in.title = QStringLiteral("Staff");
        in.departmentId = departmentId;
        in.active = active;
        auto created = employees().create(m_fx->admin, in);
        AWAIT_OK(created);
    }

    // Shows the screen at the size of a main window's screen area and waits for the table.
    void showScreen(int rows)
    {
        CHECKED(openScreen(QStringLiteral("employees")));
        waitForRows(rows);
    }

    void waitForRows(int rows)
    {
        QTRY_COMPARE_WITH_TIMEOUT(model().rowCount(), rows, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(model().state(), AsyncTableModelBase::State::Idle, 30000);
    }

    // The rows' ids in table order (all rows are loaded: the tables here are small).
    QList<qint64> shownIds() const
    {
        QList<qint64> ids;
        for (int row = 0; row < model().rowCount(); ++row)
            ids << model().data(model().index(row, 0), AsyncTableModelBase::IdRole).toLongLong();
        return ids;
    }

    void selectEmployee(qint64 id)
    {
        QTRY_VERIFY2(shownIds().contains(id), "the employee is not in the table");
        find<QTableView>("table")->selectRow(static_cast<int>(shownIds().indexOf(id)));
        QTRY_VERIFY(m_screen->commands().testFlag(Screen::Command::Edit));
    }

    // The employee as stored, read through the service; id 0 when there is none.
    EmployeeRecord stored(qint64 id)
    {
        auto read = employees().get(m_fx->admin, id);
        if (!QTest::qWaitFor([&] { return read.isFinished(); }, 60000)) {
            QTest::qFail("reading an employee timed out", __FILE__, __LINE__);
            return {};
        }
        if (const auto error = errorOf(read)) {
            if (error->kind() != Failure::Kind::NotFound)
                QTest::qFail(qPrintable(error->message()), __FILE__, __LINE__);
            return {};
        }
        return read.result();
    }

    void clickDepartment(const QString& name)
    {
        auto* tree = find<QTreeWidget>("departmentTree");
        const QList<QTreeWidgetItem*> items =
            tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(items.size(), 1);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualItemRect(items.constFirst()).center());
        QCOMPARE(tree->currentItem(), items.constFirst());
    }

    void writeFile(const QString& path, const QByteArray& content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(content), content.size());
    }

private Q_SLOTS:
    void initTestCase() { GuiTest::initProcess(QStringLiteral("mealdesk-tests-employees")); }
    void init() { QSettings().clear(); }
    void cleanup() { closeScreen(); }

    void searchNarrowsTheTableAsYouType()
    {
        CHECKED(seed());
        CHECKED(showScreen(4)); // active only: Karim is not shown
        QCOMPARE(find<QLabel>("statusLabel")->text(), QStringLiteral("Employees: 4"));

        auto* search = find<QLineEdit>("searchEdit");
        m_screen->focusFilter();
        QVERIFY(search->hasFocus());
        QVERIFY(m_screen->commands().testFlag(Screen::Command::Filter));

        QTest::keyClicks(search, QStringLiteral("AR"));
        // Debounced: nothing is asked of the database while the person types.
        QCOMPARE(model().filter().search, QString());
        CHECKED(waitForRows(2));
        QCOMPARE(model().filter().search, QStringLiteral("AR"));
        QTRY_COMPARE(shownIds(), (QList<qint64>{101, 102})); // Yara, Omar Farouk

        auto* active = find<QComboBox>("activeCombo");
        active->setCurrentIndex(active->findText(QStringLiteral("All employees")));
        CHECKED(waitForRows(3));
        QTRY_COMPARE(shownIds(), (QList<qint64>{101, 102, 104}));

        // Digits find the code.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("5002"));
        CHECKED(waitForRows(1));
        QTRY_COMPARE(shownIds(), (QList<qint64>{102}));

        QTest::keyClicks(search, QStringLiteral("9"));
        CHECKED(waitForRows(0));
        QCOMPARE(find<QLabel>("statusLabel")->text(),
                 QStringLiteral("No employees match this filter."));
    }

    void headersSortInTheService()
    {
        CHECKED(seed());
        CHECKED(showScreen(4));
        QHeaderView* header = find<QTableView>("table")->horizontalHeader();
        const auto clickColumn = [header](int column) {
            QTest::mouseClick(
                header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(column) + 10, header->height() / 2));
        };

        clickColumn(EmployeesModel::NameEnColumn);
        CHECKED(waitForRows(4));
        QCOMPARE(model().sortColumn(), int(EmployeesModel::NameEnColumn));
        QTRY_COMPARE(shownIds(), (QList<qint64>{103, 102, 101, 100})); // Huda, Omar, Yara, Zaid
        clickColumn(EmployeesModel::NameEnColumn);
        CHECKED(waitForRows(4));
        QCOMPARE(model().sortOrder(), Qt::DescendingOrder);
        QTRY_COMPARE(shownIds(), (QList<qint64>{100, 101, 102, 103}));

        // The service cannot sort by title: the header keeps showing the sort in force.
        clickColumn(EmployeesModel::TitleColumn);
        QCOMPARE(header->sortIndicatorSection(), int(EmployeesModel::NameEnColumn));
        QCOMPARE(model().sortColumn(), int(EmployeesModel::NameEnColumn));
    }

    void departmentTreeFilters()
    {
        CHECKED(seed());
        CHECKED(showScreen(4));
        auto* tree = find<QTreeWidget>("departmentTree");
        QTRY_COMPARE(tree->topLevelItem(0)->childCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("All departments"));

        // A department shows its sub-departments' employees too.
        CHECKED(clickDepartment(QStringLiteral("Kitchen")));
        CHECKED(waitForRows(2));
        QTRY_COMPARE(shownIds(), (QList<qint64>{100, 101}));
        screenshot(m_screen.get(), QStringLiteral("employees"));

        CHECKED(clickDepartment(QStringLiteral("Bakery")));
        CHECKED(waitForRows(1));
        QTRY_COMPARE(shownIds(), (QList<qint64>{101}));

        CHECKED(clickDepartment(QStringLiteral("Office")));
        CHECKED(waitForRows(1));
        QTRY_COMPARE(shownIds(), (QList<qint64>{102}));

        // A department added elsewhere appears; the selection stays.
        department(QStringLiteral("Laundry"), QStringLiteral("المغسلة"));
        QTRY_COMPARE(tree->topLevelItem(0)->childCount(), 3);
        QCOMPARE(tree->currentItem()->text(0), QStringLiteral("Office"));
        QCOMPARE(model().filter().departmentId, m_office);

        CHECKED(clickDepartment(QStringLiteral("All departments")));
        CHECKED(waitForRows(4));
    }

    void addEmployeeThroughTheDialog()
    {
        CHECKED(seed());
        CHECKED(showScreen(4));
        auto* tree = find<QTreeWidget>("departmentTree");
        QTRY_COMPARE(tree->topLevelItem(0)->childCount(), 2);
        CHECKED(clickDepartment(QStringLiteral("Kitchen")));
        CHECKED(waitForRows(2));
        QSignalSpy notes(m_screen.get(), &Screen::notified);

        QTest::mouseClick(find<QPushButton>("addButton"), Qt::LeftButton);
        QPointer<EmployeeDialog> dialog = m_screen->findChild<EmployeeDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const auto field = [&](const char* name) {
            return dialog->findChild<QLineEdit*>(QLatin1String(name));
        };
        const auto error = [&](const char* name) {
            return dialog->findChild<QLabel*>(QLatin1String(name));
        };
        QPushButton* save = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                                ->button(QDialogButtonBox::Save);
        // A new employee goes to the department selected in the tree.
        QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("departmentCombo"))->currentText(),
                 QStringLiteral("Kitchen"));
        QTRY_VERIFY(field("idEdit")->hasFocus());
        // The next free id is proposed (after Karim's 104); this time HR's number is another.
        QTRY_COMPARE(field("idEdit")->text(), QStringLiteral("105"));
        field("idEdit")->clear();

        // Saving the empty form says what is missing, at each field, and sends nothing.
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(error("idError")->isVisible());
        QVERIFY(error("codeError")->isVisible());
        QCOMPARE(error("nameEnError")->text(),
                 QStringLiteral("An employee needs an English or an Arabic name."));
        QVERIFY(dialog->isVisible());

        QTest::keyClicks(field("idEdit"), QStringLiteral("200"));
        QVERIFY(error("idError")->isHidden());
        QTest::keyClicks(field("codeEdit"), QStringLiteral("12a"));
        QCOMPARE(error("codeError")->text(), QStringLiteral("The code must be a whole number."));
        field("codeEdit")->clear();
        // Zaid's code: only the database knows it is taken.
        QTest::keyClicks(field("codeEdit"), QStringLiteral("5000"));
        QVERIFY(error("codeError")->isHidden());
        QTest::keyClicks(field("nameEnEdit"), QStringLiteral("  Nadia Karam "));
        QTest::keyClicks(field("titleEdit"), QStringLiteral("Pastry cook"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(error("codeError")->isVisible());
        QCOMPARE(error("codeError")->text(),
                 QStringLiteral("The code 5000 already belongs to employee 100."));
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY(field("codeEdit")->hasFocus());
        QCOMPARE(field("nameEnEdit")->text(), QStringLiteral("  Nadia Karam "));
        QVERIFY(save->isEnabled());
        CHECKED(QCOMPARE(stored(200).id, qint64(0)));
        screenshot(dialog, QStringLiteral("employees-dialog"));

        // Editing another field leaves the refusal; editing the code answers it.
        QTest::keyClicks(field("titleEdit"), QStringLiteral("!"));
        QVERIFY(error("codeError")->isVisible());
        field("codeEdit")->clear();
        QTest::keyClicks(field("codeEdit"), QStringLiteral("5200"));
        QVERIFY(error("codeError")->isHidden());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!dialog);

        const EmployeeRecord nadia = stored(200);
        QCOMPARE(nadia.id, qint64(200));
        QCOMPARE(nadia.code, qint64(5200));
        QCOMPARE(nadia.nameEn, QStringLiteral("Nadia Karam"));
        QCOMPARE(nadia.nameAr, QString());
        QCOMPARE(nadia.title, QStringLiteral("Pastry cook!"));
        QCOMPARE(nadia.departmentId, m_kitchen);
        QVERIFY(nadia.active);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).at(0).toString(), QStringLiteral("Employee 200 saved."));
        CHECKED(waitForRows(3));
        QTRY_COMPARE(shownIds(), (QList<qint64>{100, 101, 200}));
        // The saved employee is the one selected.
        QTRY_VERIFY(m_screen->commands().testFlag(Screen::Command::Edit));
        QCOMPARE(find<QTableView>("table")->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(find<QTableView>("table")->selectionModel()->selectedRows().at(0).row(), 2);
    }

    void newEmployeeGetsTheNextFreeIdAndIsSelected()
    {
        CHECKED(seed());
        CHECKED(showScreen(4));
        CHECKED(selectEmployee(100));
        QTest::mouseClick(find<QPushButton>("addButton"), Qt::LeftButton);
        QPointer<EmployeeDialog> dialog = m_screen->findChild<EmployeeDialog*>();
        QVERIFY(dialog);
        auto* id = dialog->findChild<QLineEdit*>(QStringLiteral("idEdit"));
        QTRY_COMPARE(id->text(), QStringLiteral("105"));
        QCOMPARE(id->selectedText(), QStringLiteral("105")); // typing replaces it
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("codeEdit")),
                         QStringLiteral("5105"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEnEdit")),
                         QStringLiteral("Aaron Bell"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                              ->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QCOMPARE(stored(105).code, qint64(5105));
        // Selected in place of Zaid, once its row has arrived.
        CHECKED(waitForRows(5));
        const auto selectedIds = [this] {
            QList<qint64> ids;
            for (const QModelIndex& row :
                 find<QTableView>("table")->selectionModel()->selectedRows())
                ids << model().data(row, AsyncTableModelBase::IdRole).toLongLong();
            return ids;
        };
        QTRY_COMPARE(selectedIds(), QList<qint64>{105});
    }

    void deactivatingAsksFirst()
    {
        CHECKED(seed());
        CHECKED(showScreen(4));
        CHECKED(selectEmployee(101));
        auto* toggle = find<QPushButton>("activeButton");
        QCOMPARE(toggle->text(), QStringLiteral("&Deactivate"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        auto* confirm = m_screen->findChild<QMessageBox*>(QStringLiteral("confirmationBox"));
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->isVisible());
        QVERIFY(confirm->text().contains(QStringLiteral("Yara Salem")));
        // Cancel leaves the employee active.
        QTest::keyClick(confirm, Qt::Key_Escape);
        QTRY_VERIFY(!m_screen->findChild<QMessageBox*>(QStringLiteral("confirmationBox")));
        QVERIFY(stored(101).active);

        QTest::mouseClick(toggle, Qt::LeftButton);
        confirm = m_screen->findChild<QMessageBox*>(QStringLiteral("confirmationBox"));
        QTRY_VERIFY(confirm && confirm->isVisible());
        QTest::mouseClick(confirmButton(confirm), Qt::LeftButton);
        QTRY_VERIFY(!stored(101).active);
        CHECKED(waitForRows(3)); // active only
    }

    void severalSelectedAreDeactivatedInOneCall()
    {
        CHECKED(seed());
        CHECKED(showScreen(4));
        auto* table = find<QTableView>("table");
        auto* toggle = find<QPushButton>("activeButton");
        for (int row = 0; row < 4; ++row)
            QTRY_VERIFY(model().record(row));
        // Zaid, Yara and Omar; Huda stays.
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(shownIds(), (QList<qint64>{100, 101, 102, 103}));
        QTRY_VERIFY(toggle->isEnabled());
        QCOMPARE(toggle->text(), QStringLiteral("&Deactivate"));
        // Editing and deleting are of one employee.
        QVERIFY(!find<QPushButton>("editButton")->isEnabled());
        QVERIFY(!find<QPushButton>("deleteButton")->isEnabled());
        QVERIFY(!m_screen->commands().testFlag(Screen::Command::Edit));

        // Another desktop (this screen is not told) deletes Omar first.
        ChangeFeed elsewhereFeed;
        EmployeeService elsewhere(m_fx->db(), elsewhereFeed);
        auto removed = elsewhere.remove(m_fx->admin, 102);
        AWAIT_OK(removed);

        // From the table's context menu: the same Deactivate, asked once for the three.
        QAction* entry = GuiTest::contextMenuEntry(table, toggle->text());
        QVERIFY(entry);
        QVERIFY(entry->isEnabled());
        QSignalSpy informed(m_screen.get(), &Screen::informed);
        entry->trigger();
        QMessageBox* confirm = nullptr;
        QTRY_VERIFY(
            (confirm = m_screen->findChild<QMessageBox*>(QStringLiteral("confirmationBox"))) &&
            confirm->isVisible());
        QCOMPARE(confirm->text(), QStringLiteral("Deactivate the 3 active employee(s) selected?"));
        QCOMPARE(confirmButton(confirm)->text(), QStringLiteral("&Deactivate 3 employee(s)"));
        screenshot(m_screen.get(), QStringLiteral("employees-several"));
        QTest::mouseClick(confirmButton(confirm), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(informed.size(), 1, GuiTest::serviceTimeout);
        const QString outcome = informed.at(0).at(0).toString();
        QVERIFY2(outcome.startsWith(
                     QStringLiteral("Deactivating 3 employee(s): 2 done, 1 refused:\n- ")),
                 qPrintable(outcome));
        for (const qint64 id : {100, 101})
            QVERIFY(!stored(id).active);
        QCOMPARE(stored(102).id, qint64(0));
        QVERIFY(stored(103).active);
        // The list shows active employees only: Huda is left, and not selected in their place.
        CHECKED(waitForRows(1));
        QVERIFY(!table->selectionModel()->hasSelection());
        QVERIFY(!toggle->isEnabled());
    }

    void editConflictIsShownAndResolved()
    {
        CHECKED(seed());
        CHECKED(showScreen(4));
        CHECKED(selectEmployee(100));
        // Enter on the table edits the selected row.
        QTest::keyClick(find<QTableView>("table"), Qt::Key_Return);
        QPointer<EmployeeDialog> dialog = m_screen->findChild<EmployeeDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* id = dialog->findChild<QLineEdit*>(QStringLiteral("idEdit"));
        auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        auto* formError = dialog->findChild<QLabel*>(QStringLiteral("formError"));
        QCOMPARE(id->text(), QStringLiteral("100"));
        QVERIFY(id->isReadOnly());
        QCOMPARE(title->text(), QStringLiteral("Staff"));

        // Someone else changes Zaid meanwhile.
        const EmployeeRecord before = stored(100);
        QCOMPARE(before.id, qint64(100));
        EmployeeInput theirs = before.input();
        theirs.title = QStringLiteral("Head cook");
        auto other = employees().update(m_fx->captain, 100, before.version, theirs);
        AWAIT_OK(other);

        title->clear();
        QTest::keyClicks(title, QStringLiteral("Chef"));
        QPushButton* save = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                                ->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(formError->isVisible());
        QVERIFY2(formError->text().contains(QStringLiteral("Someone else changed this employee")),
                 qPrintable(formError->text()));
        QVERIFY(formError->text().contains(QStringLiteral("Head cook")));
        QCOMPARE(title->text(), QStringLiteral("Chef"));
        QCOMPARE(stored(100).title, QStringLiteral("Head cook"));

        // Saving again is a deliberate choice, made knowing theirs.
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        const EmployeeRecord after = stored(100);
        QCOMPARE(after.title, QStringLiteral("Chef"));
        QCOMPARE(after.version, before.version + 2);
    }

    void deleteDeactivateAndActivate()
    {
        CHECKED(seed());
        MealRequestInput request;
        request.mealTypeId = 2;
        request.lines = {MealLineInput{102, {}, {}, {}}};
        auto created = m_session->services().mealRequests().create(m_fx->admin, request);
        AWAIT_OK(created);
        CHECKED(showScreen(4));
        QSignalSpy notes(m_screen.get(), &Screen::notified);

        // Zaid is on no request: deleted, after the confirmation.
        CHECKED(selectEmployee(100));
        QVERIFY(m_screen->commands().testFlag(Screen::Command::Delete));
        m_screen->deleteItem();
        auto* confirm = m_screen->findChild<QMessageBox*>(QStringLiteral("confirmationBox"));
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->isVisible());
        QVERIFY(confirm->text().contains(QStringLiteral("Zaid Haddad")));
        QTest::mouseClick(confirmButton(confirm), Qt::LeftButton);
        CHECKED(waitForRows(3));
        QCOMPARE(stored(100).id, qint64(0));
        QTRY_COMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).at(0).toString(), QStringLiteral("Employee 100 deleted."));

        // Omar is on a request line: kept, deactivated, and the screen says so.
        CHECKED(selectEmployee(102));
        QTest::mouseClick(find<QPushButton>("deleteButton"), Qt::LeftButton);
        confirm = m_screen->findChild<QMessageBox*>(QStringLiteral("confirmationBox"));
        QTRY_VERIFY(confirm && confirm->isVisible());
        QTest::mouseClick(confirmButton(confirm), Qt::LeftButton);
        QMessageBox* notice = nullptr;
        QTRY_VERIFY(
            (notice = m_screen->findChild<QMessageBox*>(QStringLiteral("deactivatedNotice"))));
        QVERIFY(notice->text().contains(QStringLiteral("deactivated instead of deleted")));
        notice->button(QMessageBox::Close)->click();
        QCOMPARE(stored(102).id, qint64(102));
        QVERIFY(!stored(102).active);
        CHECKED(waitForRows(2)); // active only

        // Cancel leaves everything as it was.
        CHECKED(selectEmployee(101));
        m_screen->deleteItem();
        confirm = m_screen->findChild<QMessageBox*>(QStringLiteral("confirmationBox"));
        QTRY_VERIFY(confirm && confirm->isVisible());
        QTest::keyClick(confirm, Qt::Key_Escape);
        QTRY_VERIFY(!m_screen->findChild<QMessageBox*>(QStringLiteral("confirmationBox")));
        QCOMPARE(stored(101).id, qint64(101));

        // Among all employees, Omar can be activated again.
        auto* active = find<QComboBox>("activeCombo");
        active->setCurrentIndex(active->findText(QStringLiteral("All employees")));
        CHECKED(waitForRows(4));
        CHECKED(selectEmployee(102));
        auto* toggle = find<QPushButton>("activeButton");
        QCOMPARE(toggle->text(), QStringLiteral("&Activate"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_VERIFY(stored(102).active);
        QTRY_COMPARE(toggle->text(), QStringLiteral("&Deactivate"));
    }

    // A CSV file dropped onto the screen opens the import with its preview; anything but one
    // local file is not taken.
    void droppedFileOpensTheImport()
    {
        CHECKED(seed());
        CHECKED(showScreen(4));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("dropped.csv"));
        CHECKED(writeFile(path, "id,code,name_en\r\n300,5300,Samir Adel\r\n"));
        const QUrl file = QUrl::fromLocalFile(path);
        QVERIFY(!dropOnto(m_screen.get(), {file, file}));
        QVERIFY(!dropOnto(m_screen.get(), {QUrl(QStringLiteral("https://example.org/a.csv"))}));
        QVERIFY(!m_screen->findChild<EmployeeImportDialog*>());

        QVERIFY(dropOnto(m_screen.get(), {file}));
        QPointer<EmployeeImportDialog> dialog = m_screen->findChild<EmployeeImportDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("fileLabel"))->text(),
                 QDir::toNativeSeparators(path));
        auto* preview = dialog->findChild<QTableView*>(QStringLiteral("previewTable"));
        QTRY_COMPARE(preview->model()->rowCount(), 1);
        QTRY_VERIFY(okButton(dialog)->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void importPreviewsAndReportsEachRow()
    {
        CHECKED(seed());
        CHECKED(showScreen(4));
        QSignalSpy notes(m_screen.get(), &Screen::notified);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("staff.csv"));
        const QByteArray header = "id,code,name_en,name_ar,title,department_id,is_active\r\n";
        const QByteArray zaid =
            "100,5000,Zaid Haddad,زيد حداد,Head cook," + QByteArray::number(m_kitchen) + ",1\r\n";
        CHECKED(writeFile(path, header + "300,5300,Samir Adel,سمير عادل,Driver,,1\r\n" +
                                    "301,abc,Lina Fawzi,,Cashier,,1\r\n" + zaid));

        QTest::mouseClick(find<QPushButton>("importButton"), Qt::LeftButton);
        QPointer<EmployeeImportDialog> dialog = m_screen->findChild<EmployeeImportDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QPushButton* import = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                                  ->button(QDialogButtonBox::Ok);
        QVERIFY(!import->isEnabled());

        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseButton")),
                          Qt::LeftButton);
        CHECKED(answerFileDialog(dialog, path));
        auto* preview = dialog->findChild<QTableView*>(QStringLiteral("previewTable"));
        QTRY_COMPARE(preview->model()->rowCount(), 3);
        QCOMPARE(preview->model()->columnCount(), 8); // the line, then the file's columns
        QCOMPARE(preview->model()->headerData(3, Qt::Horizontal).toString(),
                 QStringLiteral("name_en"));
        QCOMPARE(preview->model()->index(1, 2).data().toString(), QStringLiteral("abc"));
        QCOMPARE(preview->model()->index(2, 0).data().toInt(), 4); // line 4 of the file

        // One bad row: the check lists it before anything is imported, and Import stays off.
        auto* pages = dialog->findChild<QStackedWidget*>(QStringLiteral("pages"));
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("reportPage"));
        auto* errorLabel = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
        QCOMPARE(errorLabel->text(),
                 QStringLiteral("Nothing can be imported, because the import refuses rows: 1 of 3 "
                                "(shown below). Correct the file and choose it again."));
        auto* refusedOnly = dialog->findChild<QCheckBox*>(QStringLiteral("refusedOnlyCheck"));
        QVERIFY(refusedOnly->isChecked());
        const QAbstractItemModel* report =
            dialog->findChild<QTableView*>(QStringLiteral("reportTable"))->model();
        QCOMPARE(report->rowCount(), 1);
        QCOMPARE(report->index(0, 0).data().toInt(), 2); // the second row
        QCOMPARE(report->index(0, 1).data().toInt(), 3); // on line 3
        QCOMPARE(report->index(0, 2).data().toLongLong(), 301);
        QCOMPARE(report->index(0, 3).data().toString(), QStringLiteral("Refused"));
        QCOMPARE(report->index(0, 4).data().toString(), QStringLiteral("code"));
        QCOMPARE(report->index(0, 5).data().toString(),
                 QStringLiteral("The code 'abc' is not a whole number."));
        refusedOnly->click();
        QCOMPARE(report->rowCount(), 3);
        QCOMPARE(report->index(0, 3).data().toString(), QStringLiteral("Would be added"));
        QCOMPARE(report->index(2, 3).data().toString(), QStringLiteral("Would be updated"));

        // The report, every row, saved for whoever corrects the file.
        const QString reportPath = dir.filePath(QStringLiteral("report.csv"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveReportButton")),
                          Qt::LeftButton);
        CHECKED(answerFileDialog(dialog, reportPath));
        auto* saved = dialog->findChild<QLabel*>(QStringLiteral("reportSavedLabel"));
        QTRY_VERIFY(saved->isVisible());
        QCOMPARE(saved->text(),
                 QStringLiteral("Report saved as %1.").arg(QDir::toNativeSeparators(reportPath)));
        QFile reportFile(reportPath);
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QByteArray reportBytes = reportFile.readAll();
        QVERIFY(reportBytes.startsWith("\xEF\xBB\xBF")); // spreadsheets then read UTF-8
        QCOMPARE(QString::fromUtf8(reportBytes.mid(3)),
                 QStringLiteral("Row,Line,Employee ID,Result,Column,Reason\r\n"
                                "1,2,300,Would be added,,\r\n"
                                "2,3,301,Refused,code,The code 'abc' is not a whole number.\r\n"
                                "3,4,100,Would be updated,,\r\n"));
        QVERIFY(!import->isEnabled());
        screenshot(dialog, QStringLiteral("employees-import"));
        QCOMPARE(stored(300).id, qint64(0));
        QCOMPARE(stored(100).title, QStringLiteral("Staff"));

        // The corrected file, chosen again, goes in whole.
        CHECKED(writeFile(path, header + "300,5300,Samir Adel,سمير عادل,Driver,,1\r\n" +
                                    "301,5301,Lina Fawzi,,Cashier,,1\r\n" + zaid));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseButton")),
                          Qt::LeftButton);
        CHECKED(answerFileDialog(dialog, path));
        QTRY_VERIFY(import->isEnabled());
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("previewPage"));
        QVERIFY(errorLabel->isHidden());
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text(),
                 QStringLiteral("Rows to import: 3 (2 new, 1 changed, 0 unchanged). Check them, "
                                "then choose Import."));
        screenshot(dialog, QStringLiteral("employees-import-preview"));
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("reportPage"));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text(),
                 QStringLiteral("Imported: 2 added, 1 updated, 0 unchanged."));
        QVERIFY(!refusedOnly->isChecked());
        QCOMPARE(report->rowCount(), 3);
        QCOMPARE(report->index(0, 3).data().toString(), QStringLiteral("Added"));
        QCOMPARE(report->index(2, 3).data().toString(), QStringLiteral("Updated"));
        QCOMPARE(stored(301).code, qint64(5301));
        QCOMPARE(stored(300).nameAr, QStringLiteral("سمير عادل"));
        QCOMPARE(stored(100).title, QStringLiteral("Head cook"));
        QTRY_COMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).at(0).toString(),
                 QStringLiteral("Employees imported: 2 added, 1 updated."));
        CHECKED(waitForRows(6));

        dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Close)
            ->click();
        QTRY_VERIFY(!dialog);
    }

    void exportWritesWhatTheFilterShows()
    {
        CHECKED(seed());
        CHECKED(showScreen(4));
        QTest::keyClicks(find<QLineEdit>("searchEdit"), QStringLiteral("ar"));
        CHECKED(waitForRows(2));
        QSignalSpy notes(m_screen.get(), &Screen::informed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("export.csv"));

        QTest::mouseClick(find<QPushButton>("exportButton"), Qt::LeftButton);
        CHECKED(answerFileDialog(m_screen.get(), path));
        QTRY_COMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).at(0).toString(),
                 QStringLiteral("Employees exported to %1.").arg(QDir::toNativeSeparators(path)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // header, Yara, Omar, and the end after the last CRLF
        QVERIFY(lines.at(0).endsWith("id,code,name_en,name_ar,title,department_id,"
                                     "department_name_en,department_name_ar,is_active\r"));
        QVERIFY(lines.at(1).startsWith("101,5001,Yara Salem,"));
        QVERIFY(lines.at(1).endsWith(",Bakery,المخبز,1\r"));
        QVERIFY(lines.at(2).startsWith("102,5002,Omar Farouk,"));
    }

    void viewersGetNoEditing()
    {
        CHECKED(seed());
        m_session->setActor(m_fx->requester);
        CHECKED(showScreen(4));
        for (const char* name :
             {"addButton", "editButton", "activeButton", "deleteButton", "importButton"})
            QVERIFY2(find<QPushButton>(name)->isHidden(), name);
        QVERIFY(find<QPushButton>("exportButton")->isVisible());
        find<QTableView>("table")->selectRow(0);
        const Screen::Commands commands = m_screen->commands();
        QCOMPARE(commands, Screen::Command::Filter | Screen::Command::Reload);
        m_screen->createItem();
        m_screen->editItem();
        QTest::keyClick(find<QTableView>("table"), Qt::Key_Return);
        QVERIFY(!m_screen->findChild<QDialog*>());
    }
};

QTEST_MAIN(tst_EmployeesScreen)
#include "tst_employeesscreen.moc"
