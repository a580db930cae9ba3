#include "../../services/MealRequestTestData.h"
#include "Await.h"
#include "ChangeFeed.h"
#include "MealRequestService.h"
#include "MealRequestsModel.h"
#include "NewRequestDialog.h"
#include "RejectRequestDialog.h"
#include "RequestLinesModel.h"
#include "RequestsScreen.h"
#include "ScreenTest.h"
#include "StateColors.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

using GuiTest::screenshot;

class tst_RequestsScreen : public ScreenTest<RequestsScreen> {
    Q_OBJECT

private:
    std::unique_ptr<QAbstractItemModelTester> m_linesTester;

    QString text(const char* label) const { return find<QLabel>(label)->text(); }
    MealRequestsModel& model() const
    {
        return *static_cast<MealRequestsModel*>(find<QTableView>("requestsView")->model());
    }
    RequestLinesModel& lines() const
    {
        return *static_cast<RequestLinesModel*>(find<QTableView>("linesView")->model());
    }
    MealRequestService& meals() const { return m_session->services().mealRequests(); }

    // Kitchen: 1001 Ahmed Ali (1), 1002 Sara Khan (2), 1003 Omar Said (3);
    // Workshop: 2001 Huda Nasser (11).
    void seed()
    {
        CHECKED(openSession());
        const qint64 kitchen = department(QStringLiteral("Kitchen"));
        const qint64 workshop = department(QStringLiteral("Workshop"));
        CHECKED(employee(1, 1001, QStringLiteral("Ahmed Ali"), kitchen));
        CHECKED(employee(2, 1002, QStringLiteral("Sara Khan"), kitchen));
        CHECKED(employee(3, 1003, QStringLiteral("Omar Said"), kitchen));
        CHECKED(employee(11, 2001, QStringLiteral("Huda Nasser"), workshop));
    }

    qint64 department(const QString& name)
    {
        auto created = m_session->services().departments().create(
            m_fx->admin, {name, name + QStringLiteral(" (ar)"), 0});
        if (!QTest::qWaitFor([&] { return created.isFinished(); }, 60000) || errorOf(created)) {
            QTest::qFail("creating a department failed", __FILE__, __LINE__);
            return 0;
        }
        return created.result().id;
    }

    void employee(qint64 id, qint64 code, const QString& name, qint64 departmentId)
    {
        EmployeeInput in;
        in.id = id;
        in.code = code;
        in.nameEn = name;
        in.departmentId = departmentId;
        auto created = m_session->services().employees().create(m_fx->admin, in);
        AWAIT_OK(created);
    }

    // A request made through the session's services (the screen hears of it).
    qint64 created(const Actor& actor, const QList<qint64>& employeeIds)
    {
        auto made = meals().create(
            actor, MealRequestTestData::request(MealRequestTestData::lunch, employeeIds));
        if (!QTest::qWaitFor([&] { return made.isFinished(); }, 60000) || errorOf(made)) {
            QTest::qFail("creating a meal request failed", __FILE__, __LINE__);
            return 0;
        }
        return made.result().id;
    }

    // The request as stored, read through the service.
    MealRequestRecord stored(qint64 id)
    {
        auto read = meals().get(m_fx->admin, id);
        if (!QTest::qWaitFor([&] { return read.isFinished(); }, 60000) || errorOf(read)) {
            QTest::qFail("reading a meal request failed", __FILE__, __LINE__);
            return {};
        }
        return read.result();
    }

    void showScreen(int rows)
    {
        CHECKED(openScreen(QStringLiteral("requests")));
        m_linesTester = std::make_unique<QAbstractItemModelTester>(
            &lines(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTRY_COMPARE_WITH_TIMEOUT(model().rowCount(), rows, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(model().state(), AsyncTableModelBase::State::Idle, 30000);
    }

    void selectRequest(qint64 id)
    {
        auto* view = find<QTableView>("requestsView");
        int row = -1;
        QTRY_VERIFY((row = rowOf(id)) >= 0);
        view->setFocus();
        view->selectRow(row);
        QTRY_VERIFY(text("detailTitle").startsWith(QStringLiteral("Meal request %1 ").arg(id)));
        QTRY_COMPARE(lines().rowCount(), stored(id).lineCount);
    }

    int rowOf(qint64 id) const
    {
        for (int row = 0; row < model().rowCount(); ++row)
            if (model().data(model().index(row, 0), AsyncTableModelBase::IdRole).toLongLong() == id)
                return row;
        return -1;
    }

    int lineRowOf(qint64 employeeId) const
    {
        for (int row = 0; row < lines().rowCount(); ++row)
            if (lines().line(row).employeeId == employeeId)
                return row;
        return -1;
    }

    // The confirmation the screen asks, once it shows.
    QMessageBox* confirmation()
    {
        QMessageBox* box = nullptr;
        if (!QTest::qWaitFor([&] {
                box = m_screen->findChild<QMessageBox*>(QStringLiteral("confirmationBox"));
                return box && box->isVisible();
            })) {
            QTest::qFail("no confirmation was asked", __FILE__, __LINE__);
            return nullptr;
        }
        return box;
    }

    // Clicks the action button of the confirmation the screen asks.
    void confirm()
    {
        QMessageBox* box = nullptr;
        CHECKED(box = confirmation());
        QAbstractButton* action = GuiTest::confirmButton(box);
        QVERIFY2(action, "the confirmation has no action button");
        QTest::mouseClick(action, Qt::LeftButton);
    }

    // Types into the cell's editor and commits it with Enter, as a person does.
    void typeInto(QTableView* view, const QModelIndex& index, const QString& text)
    {
        view->setFocus();
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_F2);
        auto* editor = qobject_cast<QLineEdit*>(view->indexWidget(index));
        QVERIFY2(editor, "no editor opened");
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The view commits and closes the editor from the event loop.
        QTRY_VERIFY(!view->indexWidget(index));
    }

    NewRequestDialog* openDialog(int departments = 2)
    {
        m_screen->createItem();
        NewRequestDialog* dialog = m_screen->findChild<NewRequestDialog*>();
        if (!dialog || !dialog->isVisible()) {
            QTest::qFail("the new request dialog did not open", __FILE__, __LINE__);
            return nullptr;
        }
        // The meals and departments have come.
        if (!QTest::qWaitFor([&] {
                return find<QComboBox>(dialog, "mealType")->count() == 3 &&
                       find<QComboBox>(dialog, "departmentChoice")->count() == departments;
            })) {
            QTest::qFail("the dialog's choices did not load", __FILE__, __LINE__);
            return nullptr;
        }
        return dialog;
    }

    // Searches the dialog for `text` and adds the one employee found, with Enter.
    void addEmployee(NewRequestDialog* dialog, const QString& text)
    {
        auto* search = find<QLineEdit>(dialog, "employeeSearch");
        auto* results = find<QListWidget>(dialog, "employeeResults");
        search->clear();
        QTest::keyClicks(search, text);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(results->count(), 1);
        QTRY_VERIFY(results->item(0)->text().startsWith(text) ||
                    results->item(0)->text().contains(text));
        QVERIFY(results->hasFocus());
        results->setCurrentRow(0);
        QTest::keyClick(results, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase() { GuiTest::initProcess(QStringLiteral("mealdesk-tests-requests")); }
    void init() { QSettings().clear(); }

    void cleanup()
    {
        m_linesTester.reset();
        closeScreen();
    }

    void createDecideLinesAndApprove()
    {
        CHECKED(seed());
        CHECKED(showScreen(0));
        QTRY_COMPARE(find<QToolButton>("pendingCount")->text(), QStringLiteral("Pending: 0"));

        NewRequestDialog* dialog = nullptr;
        CHECKED(dialog = openDialog());
        const QPointer<NewRequestDialog> open(dialog);
        auto* mealType = find<QComboBox>(dialog, "mealType");
        QCOMPARE(mealType->currentText(), QStringLiteral("Lunch")); // the highest priority
        find<QLineEdit>(dialog, "notes")->setText(QStringLiteral("Site visit"));
        CHECKED(addEmployee(dialog, QStringLiteral("Ahmed")));
        CHECKED(addEmployee(dialog, QStringLiteral("2001"))); // Huda, by code
        auto* dialogLines = find<QTableView>(dialog, "linesView");
        QCOMPARE(dialogLines->model()->rowCount(), 2);
        CHECKED(
            typeInto(dialogLines, dialogLines->model()->index(0, 2), QStringLiteral("No onions")));
        // The whole Kitchen: Sara and Omar too (Ahmed is listed already).
        auto* departments = find<QComboBox>(dialog, "departmentChoice");
        departments->setCurrentIndex(departments->findText(QStringLiteral("Kitchen")));
        QTest::mouseClick(find<QPushButton>(dialog, "addDepartmentButton"), Qt::LeftButton);
        QCOMPARE(dialogLines->model()->rowCount(), 3);
        QTest::mouseClick(find<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY(!open);

        // The new request is shown below, and the queue and counters have it.
        QTRY_VERIFY(text("detailTitle").endsWith(QStringLiteral("Lunch · Pending")));
        QTRY_COMPARE(lines().rowCount(), 4);
        const qint64 id = lines().line(0).requestId;
        QTRY_COMPARE(model().rowCount(), 1);
        QTRY_COMPARE(find<QToolButton>("pendingCount")->text(), QStringLiteral("Pending: 1"));
        QCOMPARE(find<QToolButton>("totalCount")->text(), QStringLiteral("All: 1"));
        MealRequestRecord r = stored(id);
        QCOMPARE(r.status, MealRequestStatus::Pending);
        QCOMPARE(r.notes, QStringLiteral("Site visit"));
        QCOMPARE(r.lines.size(), 4);
        QCOMPARE(r.lines.at(0).employeeId, qint64(1));
        QCOMPARE(r.lines.at(0).notes, QStringLiteral("No onions"));
        QCOMPARE(r.lines.at(1).employeeId, qint64(11));

        // Reject Sara's line with the button, annotate Omar's, then accept Sara's with Space.
        auto* linesView = find<QTableView>("linesView");
        linesView->setFocus();
        linesView->selectRow(lineRowOf(2));
        QTRY_VERIFY(find<QPushButton>("rejectLinesButton")->isEnabled());
        QTest::mouseClick(find<QPushButton>("rejectLinesButton"), Qt::LeftButton);
        QTRY_COMPARE(
            lines().data(lines().index(lineRowOf(2), RequestLinesModel::AcceptedColumn)).toString(),
            QStringLiteral("Rejected"));
        QVERIFY(!stored(id).lines.at(2).accepted);
        QVERIFY(text("detailInfo").contains(QStringLiteral("3 of 4 line(s) accepted.")));

        // The rejection's own announcement reloads the request: let it land before choosing the
        // cell to edit (it replaces the lines, and with them the current cell).
        QTRY_VERIFY_WITH_TIMEOUT(m_session->jobs().isEmpty(), GuiTest::serviceTimeout);
        CHECKED(typeInto(linesView, lines().index(lineRowOf(3), RequestLinesModel::NotesColumn),
                         QStringLiteral("Late shift")));
        QTRY_COMPARE(lines().line(lineRowOf(3)).notes, QStringLiteral("Late shift"));
        QCOMPARE(stored(id).lines.at(3).notes, QStringLiteral("Late shift"));

        linesView->setCurrentIndex(lines().index(lineRowOf(2), RequestLinesModel::AcceptedColumn));
        QTest::keyClick(linesView, Qt::Key_Space);
        QTRY_VERIFY(lines().line(lineRowOf(2)).accepted);
        QVERIFY(stored(id).lines.at(2).accepted);
        linesView->selectRow(lineRowOf(2));
        QTest::mouseClick(find<QPushButton>("rejectLinesButton"), Qt::LeftButton);
        QTRY_VERIFY(!lines().line(lineRowOf(2)).accepted);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->jobs().isEmpty(), GuiTest::serviceTimeout);

        // Several lines selected (Ahmed's and Huda's): turned down, then accepted again, each time
        // in one call.
        for (const bool accepted : {false, true}) {
            const qint64 before =
                m_fx->auditCount(accepted ? QStringLiteral("meal_request_line.accept")
                                          : QStringLiteral("meal_request_line.reject"));
            QSignalSpy changed(&m_fx->feed(), &ChangeFeed::changed);
            linesView->selectRow(lineRowOf(1));
            linesView->selectionModel()->select(lines().index(lineRowOf(11), 0),
                                                QItemSelectionModel::Select |
                                                    QItemSelectionModel::Rows);
            QTRY_VERIFY(find<QPushButton>("rejectLinesButton")->isEnabled());
            QTest::mouseClick(
                find<QPushButton>(accepted ? "acceptLinesButton" : "rejectLinesButton"),
                Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(m_session->jobs().isEmpty(), GuiTest::serviceTimeout);
            QTRY_COMPARE(lines().line(lineRowOf(1)).accepted, accepted);
            QTRY_COMPARE(lines().line(lineRowOf(11)).accepted, accepted);
            QCOMPARE(stored(id).lines.at(0).accepted, accepted);
            QCOMPARE(stored(id).lines.at(1).accepted, accepted);
            QCOMPARE(m_fx->auditCount(accepted ? QStringLiteral("meal_request_line.accept")
                                               : QStringLiteral("meal_request_line.reject")),
                     before + 2);
            // One call, one announcement (a call per line would announce each).
            QCOMPARE(std::count_if(changed.cbegin(), changed.cend(),
                                   [](const QList<QVariant>& signal) {
                                       return signal.at(0).toString() ==
                                              QLatin1String("meal_request_line");
                                   }),
                     1);
        }
        screenshot(m_screen.get(), QStringLiteral("requests"));

        // Approve, confirmed: the request is closed, Sara's line stays rejected.
        QTest::mouseClick(find<QPushButton>("approveButton"), Qt::LeftButton);
        CHECKED(confirm());
        QTRY_VERIFY(text("detailTitle").endsWith(QStringLiteral("Lunch · Approved")));
        // The status in the title is in its colours too.
        QVERIFY2(find<QLabel>("detailTitle")
                     ->styleSheet()
                     .contains(StateColors::background(StateColors::Hue::Green).name()),
                 qPrintable(find<QLabel>("detailTitle")->styleSheet()));
        r = stored(id);
        QCOMPARE(r.status, MealRequestStatus::Approved);
        QCOMPARE(r.closedById, m_fx->admin.accountId);
        for (const MealLineRecord& line : r.lines)
            QCOMPARE(line.accepted, line.employeeId != 2);
        QVERIFY(!find<QPushButton>("approveButton")->isEnabled());
        QVERIFY(!find<QPushButton>("rejectLinesButton")->isEnabled());
        QVERIFY(!(lines().flags(lines().index(0, RequestLinesModel::NotesColumn)) &
                  Qt::ItemIsEditable));
        QTRY_COMPARE(find<QToolButton>("pendingCount")->text(), QStringLiteral("Pending: 0"));
        QCOMPARE(find<QToolButton>("approvedCount")->text(), QStringLiteral("Approved: 1"));
        QTRY_COMPARE(model().data(model().index(0, MealRequestsModel::StatusColumn)).toString(),
                     QStringLiteral("Approved"));

        // A counter is a filter: the Pending queue is empty now, every status shows it again.
        QTest::mouseClick(find<QToolButton>("pendingCount"), Qt::LeftButton);
        QCOMPARE(find<QComboBox>("statusFilter")->currentText(), QStringLiteral("Pending"));
        QTRY_COMPARE(model().rowCount(), 0);
        QTRY_COMPARE(model().state(), AsyncTableModelBase::State::Idle);
        QCOMPARE(find<QToolButton>("approvedCount")->text(), QStringLiteral("Approved: 1"));
        QTest::mouseClick(find<QToolButton>("totalCount"), Qt::LeftButton);
        QTRY_COMPARE(model().rowCount(), 1);

        // The other filters narrow the queue and the counters alike.
        auto* from = find<QDateEdit>("fromDate");
        from->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(model().filter().from, QDate()); // not in use until checked
        QTest::mouseClick(find<QCheckBox>("fromCheck"), Qt::LeftButton);
        QTRY_COMPARE(model().rowCount(), 0);
        QTRY_COMPARE(find<QToolButton>("totalCount")->text(), QStringLiteral("All: 0"));
        QTest::mouseClick(find<QCheckBox>("fromCheck"), Qt::LeftButton);
        QTRY_COMPARE(model().rowCount(), 1);
        auto* requester = find<QComboBox>("requesterFilter");
        QTRY_VERIFY(requester->findText(QStringLiteral("admin")) > 0);
        requester->setCurrentIndex(requester->findText(QStringLiteral("admin")));
        QCOMPARE(model().filter().requesterId, m_fx->admin.accountId);
        auto* meal = find<QComboBox>("mealTypeFilter");
        meal->setCurrentIndex(meal->findText(QStringLiteral("Breakfast")));
        QTRY_COMPARE(model().rowCount(), 0);
        QTRY_COMPARE(find<QToolButton>("approvedCount")->text(), QStringLiteral("Approved: 0"));
    }

    void approveKeepsARejectedLine()
    {
        CHECKED(seed());
        const qint64 pastry = department(QStringLiteral("Pastry"));
        for (qint64 id = 21; id <= 24; ++id)
            CHECKED(employee(id, 3000 + id, QStringLiteral("Cook %1").arg(id), pastry));
        qint64 id = 0;
        CHECKED(id = created(m_fx->taker, {1, 2, 3, 11, 21, 22, 23, 24}));
        CHECKED(showScreen(1));
        CHECKED(selectRequest(id));

        // Omar is on leave: his line rejected, with a note.
        auto* linesView = find<QTableView>("linesView");
        linesView->setFocus();
        linesView->selectRow(lineRowOf(3));
        QTest::mouseClick(find<QPushButton>("rejectLinesButton"), Qt::LeftButton);
        QTRY_VERIFY(!lines().line(lineRowOf(3)).accepted);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->jobs().isEmpty(), GuiTest::serviceTimeout);
        CHECKED(typeInto(linesView, lines().index(lineRowOf(3), RequestLinesModel::NotesColumn),
                         QStringLiteral("On leave today")));
        QTRY_COMPARE(lines().line(lineRowOf(3)).notes, QStringLiteral("On leave today"));
        QVERIFY(text("detailInfo").contains(QStringLiteral("7 of 8 line(s) accepted.")));

        // The confirmation counts the lines as they are decided.
        QTest::mouseClick(find<QPushButton>("approveButton"), Qt::LeftButton);
        QMessageBox* box = nullptr;
        CHECKED(box = confirmation());
        QVERIFY2(box->text().contains(QStringLiteral("7 of 8 line(s) accepted")),
                 qPrintable(box->text()));
        CHECKED(confirm());
        QTRY_VERIFY(text("detailTitle").endsWith(QStringLiteral("Lunch · Approved")));
        QVERIFY(text("detailInfo").contains(QStringLiteral("7 of 8 line(s) accepted.")));
        QCOMPARE(
            lines().data(lines().index(lineRowOf(3), RequestLinesModel::AcceptedColumn)).toString(),
            QStringLiteral("Rejected"));
        const MealRequestRecord r = stored(id);
        QCOMPARE(r.status, MealRequestStatus::Approved);
        QCOMPARE(r.closedById, m_fx->admin.accountId);
        for (const MealLineRecord& line : r.lines) {
            QCOMPARE(line.accepted, line.employeeId != 3);
            QCOMPARE(line.notes,
                     line.employeeId == 3 ? QStringLiteral("On leave today") : QString());
        }
    }

    void rejectAsksForAReason()
    {
        CHECKED(seed());
        MealRequestInput in = MealRequestTestData::request(MealRequestTestData::lunch, {1, 2});
        in.notes = QStringLiteral("Site visit");
        auto made = meals().create(m_fx->taker, in);
        AWAIT_OK(made);
        const qint64 id = made.result().id;
        CHECKED(showScreen(1));
        CHECKED(selectRequest(id));

        QTest::mouseClick(find<QPushButton>("rejectButton"), Qt::LeftButton);
        RejectRequestDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_screen->findChild<RejectRequestDialog*>()) && dialog->isVisible());
        const QPointer<RejectRequestDialog> open(dialog);
        QVERIFY(find<QLabel>(dialog, "questionLabel")
                    ->text()
                    .startsWith(QStringLiteral("Reject meal request %1 (Lunch)? Its 2 line(s) are "
                                               "all rejected")
                                    .arg(id)));
        auto* reason = find<QLineEdit>(dialog, "reasonEdit");
        auto* error = find<QLabel>(dialog, "reasonError");
        QPushButton* reject =
            find<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(reject->isEnabled()); // the reason is optional

        // Beside "Site visit" 235 characters fit: a longer reason is refused as it is typed, and
        // Enter does nothing then.
        reason->setText(QString(236, QLatin1Char('x')));
        QVERIFY(!reject->isEnabled());
        QVERIFY(!error->isHidden());
        QCOMPARE(error->text(), QStringLiteral("The reason has 236 characters; beside the "
                                               "request's notes at most 235 fit."));
        QTest::keyClick(reason, Qt::Key_Return);
        QVERIFY(open && dialog->isVisible());
        QCOMPARE(stored(id).status, MealRequestStatus::Pending);
        reason->clear();
        QTest::keyClicks(reason, QStringLiteral("Kitchen closed"));
        QVERIFY(reject->isEnabled());
        QVERIFY(error->isHidden());
        screenshot(dialog, QStringLiteral("requests-reject"));
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_VERIFY(!open);
        QTRY_VERIFY(text("detailTitle").endsWith(QStringLiteral("Lunch · Rejected")));
        QVERIFY(find<QLabel>("detailTitle")
                    ->styleSheet()
                    .contains(StateColors::background(StateColors::Hue::Red).name()));
        const QString notes = QStringLiteral("Site visit\nRejected: Kitchen closed");
        QVERIFY2(text("detailInfo").contains(QStringLiteral("Notes: ") + notes),
                 qPrintable(text("detailInfo")));
        const MealRequestRecord r = stored(id);
        QCOMPARE(r.status, MealRequestStatus::Rejected);
        QCOMPARE(r.notes, notes);
        QCOMPARE(r.closedById, m_fx->admin.accountId);
        QCOMPARE(r.acceptedLines(), 0);
        QVERIFY(!find<QPushButton>("rejectButton")->isEnabled());
    }

    void approvingWhatSomeoneElseDecidedReloads()
    {
        CHECKED(seed());
        qint64 id = 0;
        CHECKED(id = created(m_fx->taker, {1, 2}));
        CHECKED(showScreen(1));
        CHECKED(selectRequest(id));
        QVERIFY(find<QPushButton>("approveButton")->isEnabled());

        // Another desktop (its own change feed: this screen is not told) rejects it first.
        ChangeFeed elsewhereFeed;
        MealRequestService elsewhere(m_fx->db(), elsewhereFeed);
        auto rejected = elsewhere.reject(m_fx->taker, id);
        AWAIT_OK(rejected);
        QVERIFY(text("detailTitle").endsWith(QStringLiteral("Pending")));

        QTest::mouseClick(find<QPushButton>("approveButton"), Qt::LeftButton);
        CHECKED(confirm());
        QTRY_COMPARE(text("detailMessage"),
                     QStringLiteral("Meal request %1 was changed by taker, reloaded: it is "
                                    "Rejected now.")
                         .arg(id));
        QVERIFY(find<QLabel>("detailMessage")->isVisible());
        QVERIFY(text("detailTitle").endsWith(QStringLiteral("Lunch · Rejected")));
        QVERIFY(!find<QPushButton>("approveButton")->isEnabled());
        QCOMPARE(lines().data(lines().index(0, RequestLinesModel::AcceptedColumn)).toString(),
                 QStringLiteral("Rejected"));
        QCOMPARE(stored(id).status, MealRequestStatus::Rejected);
        QCOMPARE(stored(id).closedById, m_fx->taker.accountId);
    }

    void aChangeWhileTypingKeepsTheEditor()
    {
        CHECKED(seed());
        qint64 id = 0;
        CHECKED(id = created(m_fx->taker, {1, 2}));
        CHECKED(showScreen(1));
        CHECKED(selectRequest(id));
        auto* linesView = find<QTableView>("linesView");
        linesView->setFocus();
        const QModelIndex notes = lines().index(lineRowOf(1), RequestLinesModel::NotesColumn);
        linesView->setCurrentIndex(notes);
        QTest::keyClick(linesView, Qt::Key_F2);
        auto* editor = qobject_cast<QLineEdit*>(linesView->indexWidget(notes));
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("Extra bread"));

        // Meanwhile someone rejects Sara's line, and this desktop hears of it.
        ChangeFeed elsewhereFeed;
        MealRequestService elsewhere(m_fx->db(), elsewhereFeed);
        const qint64 saraLine = lines().line(lineRowOf(2)).id;
        auto rejected = elsewhere.setLineAccepted(m_fx->taker, saraLine, false);
        AWAIT_OK(rejected);
        m_session->feed().announce(QStringLiteral("meal_request_line"), {saraLine});
        QTRY_VERIFY_WITH_TIMEOUT(m_session->jobs().isEmpty(), GuiTest::serviceTimeout);
        // The request was read again, but the lines wait: the editor and its text stay.
        QCOMPARE(linesView->indexWidget(notes), editor);
        QCOMPARE(editor->text(), QStringLiteral("Extra bread"));

        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(stored(id).lines.at(0).notes, QStringLiteral("Extra bread"));
        // Once the editor closed, the lines show the other change too.
        QTRY_COMPARE(
            lines().data(lines().index(lineRowOf(2), RequestLinesModel::AcceptedColumn)).toString(),
            QStringLiteral("Rejected"));
        QTRY_COMPARE(lines().line(lineRowOf(1)).notes, QStringLiteral("Extra bread"));
    }

    void refusedLinesAreMarkedAndNothingIsLost()
    {
        CHECKED(seed());
        CHECKED(created(m_fx->taker, {1})); // Ahmed has lunch today already
        CHECKED(showScreen(1));

        NewRequestDialog* dialog = nullptr;
        CHECKED(dialog = openDialog());
        const QPointer<NewRequestDialog> open(dialog);
        auto* ok = find<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
        // Nothing to request yet: said at the lines, nothing asked of the database.
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(find<QLabel>(dialog, "linesError")->text(),
                 QStringLiteral("Add at least one employee or a whole department."));

        CHECKED(addEmployee(dialog, QStringLiteral("Ahmed")));
        CHECKED(addEmployee(dialog, QStringLiteral("Sara")));
        auto* dialogLines = find<QTableView>(dialog, "linesView");
        CHECKED(
            typeInto(dialogLines, dialogLines->model()->index(1, 2), QStringLiteral("Vegetarian")));
        QTest::mouseClick(ok, Qt::LeftButton);
        auto* linesError = find<QLabel>(dialog, "linesError");
        QTRY_VERIFY(linesError->isVisible() &&
                    linesError->text().startsWith(QStringLiteral("Already requested for Lunch")));
        QVERIFY(open && dialog->isVisible());
        QVERIFY(ok->isEnabled());
        // Ahmed's line is the one marked; what was typed is still there.
        QAbstractItemModel* typed = dialogLines->model();
        QVERIFY(typed->data(typed->index(0, 0), Qt::DecorationRole).isValid());
        QVERIFY(!typed->data(typed->index(1, 0), Qt::DecorationRole).isValid());
        QCOMPARE(typed->data(typed->index(1, 2)).toString(), QStringLiteral("Vegetarian"));
        QCOMPARE(find<QComboBox>(dialog, "mealType")->currentText(), QStringLiteral("Lunch"));
        screenshot(dialog, QStringLiteral("requests-new-refused"));

        // Without Ahmed it goes through.
        dialogLines->selectRow(0);
        QTest::mouseClick(find<QPushButton>(dialog, "removeLineButton"), Qt::LeftButton);
        QCOMPARE(typed->rowCount(), 1);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!open);
        QTRY_COMPARE(model().rowCount(), 2);
        QTRY_COMPARE(lines().rowCount(), 1);
        const MealRequestRecord r = stored(lines().line(0).requestId);
        QCOMPARE(r.lines.size(), 1);
        QCOMPARE(r.lines.at(0).employeeId, qint64(2));
        QCOMPARE(r.lines.at(0).notes, QStringLiteral("Vegetarian"));
    }

    void wholeDepartmentsShowTheHeadCountAndManyLinesAsk()
    {
        CHECKED(seed());
        const qint64 depot = department(QStringLiteral("Depot"));
        // 301 active employees in the Depot, one more who left.
        auto staffed = m_fx->db().write([depot](Connection& c) {
            for (int i = 0; i <= 301; ++i)
                c.exec(QStringLiteral("INSERT INTO employee (id, code, name_en, department_id, "
                                      "is_active) VALUES (?, ?, ?, ?, ?)"),
                       {5000 + i, 50000 + i, QStringLiteral("Depot %1").arg(i), depot, i < 301});
        });
        AWAIT_OK(staffed);
        CHECKED(showScreen(0));

        NewRequestDialog* dialog = nullptr;
        CHECKED(dialog = openDialog(3));
        const QPointer<NewRequestDialog> open(dialog);
        auto* headCount = find<QLabel>(dialog, "headCount");
        auto* departments = find<QComboBox>(dialog, "departmentChoice");
        auto* addDepartment = find<QPushButton>(dialog, "addDepartmentButton");
        // Employees on their own: the lines say how many.
        CHECKED(addEmployee(dialog, QStringLiteral("Huda")));
        QVERIFY(headCount->text().isEmpty());
        // The Kitchen's three, and Huda.
        departments->setCurrentIndex(departments->findText(QStringLiteral("Kitchen")));
        QTest::mouseClick(addDepartment, Qt::LeftButton);
        QTRY_COMPARE(headCount->text(), QStringLiteral("4 employee(s) will get a line."));
        // Ahmed is one of the Kitchen's: still one line for him.
        CHECKED(addEmployee(dialog, QStringLiteral("Ahmed")));
        QTRY_COMPARE(headCount->text(), QStringLiteral("4 employee(s) will get a line."));
        departments->setCurrentIndex(departments->findText(QStringLiteral("Depot")));
        QTest::mouseClick(addDepartment, Qt::LeftButton);
        QTRY_COMPARE(headCount->text(), QStringLiteral("305 employee(s) will get a line."));
        screenshot(dialog, QStringLiteral("new-request-head-count"));

        // More than 300 lines: asked first, naming the count; Cancel creates nothing.
        auto* ok = find<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = dialog->findChild<QMessageBox*>(QStringLiteral("confirmationBox"))) &&
                    box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("305 line(s)")), qPrintable(box->text()));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!dialog->findChild<QMessageBox*>(QStringLiteral("confirmationBox")));
        QVERIFY(open && dialog->isVisible());
        QCOMPARE(m_fx->rowCount(QStringLiteral("meal_request")), qint64(0));

        // Confirmed: created with as many lines as the dialog said.
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY((box = dialog->findChild<QMessageBox*>(QStringLiteral("confirmationBox"))) &&
                    box->isVisible());
        QTest::mouseClick(GuiTest::confirmButton(box), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!open, 30000);
        QTRY_COMPARE(model().rowCount(), 1);
        QCOMPARE(stored(lines().line(0).requestId).lineCount, 305);

        // Up to 300 lines nothing is asked.
        CHECKED(dialog = openDialog(3));
        const QPointer<NewRequestDialog> second(dialog);
        departments = find<QComboBox>(dialog, "departmentChoice");
        departments->setCurrentIndex(departments->findText(QStringLiteral("Workshop")));
        QTest::mouseClick(find<QPushButton>(dialog, "addDepartmentButton"), Qt::LeftButton);
        QTRY_COMPARE(find<QLabel>(dialog, "headCount")->text(),
                     QStringLiteral("1 employee(s) will get a line."));
        find<QComboBox>(dialog, "mealType")
            ->setCurrentIndex(
                find<QComboBox>(dialog, "mealType")->findText(QStringLiteral("Dinner")));
        QTest::mouseClick(find<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!second, 30000);
        QVERIFY(!m_screen->findChild<QMessageBox*>(QStringLiteral("confirmationBox")));
        QTRY_COMPARE(model().rowCount(), 2);
    }

    void severalSelectedAreApprovedInOneCall()
    {
        CHECKED(seed());
        QList<qint64> ids;
        for (const qint64 employee : {1, 2, 3}) {
            qint64 id = 0;
            CHECKED(id = created(m_fx->taker, {employee}));
            ids << id;
        }
        CHECKED(showScreen(3));
        for (int row = 0; row < 3; ++row)
            QTRY_VERIFY(model().record(row));
        auto* view = find<QTableView>("requestsView");
        auto* approve = find<QPushButton>("approveButton");
        view->setFocus();
        view->selectRow(0);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 3);
        QTRY_VERIFY(approve->isEnabled());
        // Copy and Delete act on one request: not on a selection of several.
        QVERIFY(!find<QPushButton>("deleteButton")->isEnabled());
        QVERIFY(!m_screen->commands().testFlag(Screen::Command::Delete));

        // Another desktop (this screen is not told) rejects the middle one first.
        ChangeFeed elsewhereFeed;
        MealRequestService elsewhere(m_fx->db(), elsewhereFeed);
        const qint64 changed = model().record(1)->id;
        auto rejected = elsewhere.reject(m_fx->taker, changed);
        AWAIT_OK(rejected);
        QCOMPARE(model().index(1, MealRequestsModel::StatusColumn).data().toString(),
                 QStringLiteral("Pending"));

        // The list's context menu offers the same Approve, for all three.
        QAction* entry = GuiTest::contextMenuEntry(view, approve->text());
        QVERIFY(entry);
        QVERIFY(entry->isEnabled());
        QSignalSpy informed(m_screen.get(), &Screen::informed);
        entry->trigger();
        QMessageBox* box = nullptr;
        CHECKED(box = confirmation());
        QVERIFY2(box->text().startsWith(
                     QStringLiteral("Approve the 3 Pending meal request(s) selected?")),
                 qPrintable(box->text()));
        CHECKED(confirm());
        QTRY_COMPARE_WITH_TIMEOUT(informed.size(), 1, GuiTest::serviceTimeout);
        const QString outcome = informed.at(0).at(0).toString();
        QVERIFY2(outcome.startsWith(
                     QStringLiteral("Approving 3 meal request(s): 2 done, 1 refused:\n- Meal "
                                    "request %1 was changed by someone else")
                         .arg(changed)),
                 qPrintable(outcome));
        for (const qint64 id : std::as_const(ids))
            QCOMPARE(stored(id).status,
                     id == changed ? MealRequestStatus::Rejected : MealRequestStatus::Approved);
        QCOMPARE(stored(changed).closedById, m_fx->taker.accountId);
        // The list shows each as it is now; none of the selected is open any more.
        for (int row = 0; row < 3; ++row)
            QTRY_COMPARE(model().index(row, MealRequestsModel::StatusColumn).data().toString(),
                         row == 1 ? QStringLiteral("Rejected") : QStringLiteral("Approved"));
        QTRY_VERIFY(!approve->isEnabled());
        QVERIFY(!find<QPushButton>("rejectButton")->isEnabled());
    }

    void severalSelectedAreRejectedWithOneReason()
    {
        CHECKED(seed());
        qint64 kept = 0;
        qint64 first = 0;
        qint64 second = 0;
        CHECKED(kept = created(m_fx->taker, {3}));
        CHECKED(first = created(m_fx->taker, {1}));
        CHECKED(second = created(m_fx->taker, {2}));
        CHECKED(showScreen(3));
        // Only the Pending ones shown: the two rejected leave the list.
        auto* status = find<QComboBox>("statusFilter");
        status->setCurrentIndex(status->findData(static_cast<int>(MealRequestStatus::Pending)));
        auto* view = find<QTableView>("requestsView");
        QTRY_VERIFY(model().record(0) && model().record(1) && model().record(2));
        QCOMPARE(model().record(2)->id, kept); // newest first
        view->setFocus();
        view->selectRow(0);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QTRY_VERIFY(find<QPushButton>("rejectButton")->isEnabled());

        QSignalSpy notified(m_screen.get(), &Screen::notified);
        QTest::mouseClick(find<QPushButton>("rejectButton"), Qt::LeftButton);
        RejectRequestDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_screen->findChild<RejectRequestDialog*>()) && dialog->isVisible());
        const QPointer<RejectRequestDialog> open(dialog);
        QVERIFY2(find<QLabel>(dialog, "questionLabel")
                     ->text()
                     .startsWith(QStringLiteral("Reject the 2 Pending meal request(s) selected?")),
                 qPrintable(find<QLabel>(dialog, "questionLabel")->text()));
        auto* reason = find<QLineEdit>(dialog, "reasonEdit");
        QTest::keyClicks(reason, QStringLiteral("Kitchen closed"));
        screenshot(dialog, QStringLiteral("requests-reject-several"));
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_VERIFY(!open);
        QTRY_VERIFY_WITH_TIMEOUT(notified.size() == 1, GuiTest::serviceTimeout);
        QCOMPARE(notified.at(0).at(0).toString(),
                 QStringLiteral("Rejecting 2 meal request(s): 2 done."));
        for (const qint64 id : {first, second}) {
            const MealRequestRecord r = stored(id);
            QCOMPARE(r.status, MealRequestStatus::Rejected);
            QCOMPARE(r.notes, QStringLiteral("Rejected: Kitchen closed"));
            QCOMPARE(r.acceptedLines(), 0);
        }
        // The row left standing is not selected in their place.
        QTRY_COMPARE(model().rowCount(), 1);
        // The count comes before the row's values.
        QTRY_COMPARE(model().index(0, 0).data(AsyncTableModelBase::IdRole).toLongLong(), kept);
        QVERIFY(!view->selectionModel()->hasSelection());
        QCOMPARE(stored(kept).status, MealRequestStatus::Pending);
    }

    void copyAndDelete()
    {
        CHECKED(seed());
        qint64 decided = 0;
        CHECKED(decided = created(m_fx->admin, {1, 2}));
        // Rejected (an Approved one could not be copied today: its employees have lunch).
        auto rejected = meals().reject(m_fx->admin, decided);
        AWAIT_OK(rejected);
        CHECKED(showScreen(1));
        CHECKED(selectRequest(decided));
        // Decided: copied, not deleted.
        QVERIFY(find<QPushButton>("copyButton")->isEnabled());
        QVERIFY(!find<QPushButton>("deleteButton")->isEnabled());
        QVERIFY(!m_screen->commands().testFlag(Screen::Command::Delete));

        QTest::mouseClick(find<QPushButton>("copyButton"), Qt::LeftButton);
        QTRY_VERIFY(
            text("detailInfo").contains(QStringLiteral("A copy of request %1.").arg(decided)));
        const qint64 copy = lines().line(0).requestId;
        QVERIFY(copy != decided);
        QCOMPARE(stored(copy).status, MealRequestStatus::Pending);
        QCOMPARE(stored(copy).originalRequestId, decided);
        QTRY_COMPARE(model().rowCount(), 2);

        // The copy is Pending: deleted (after confirming), not copied.
        QVERIFY(!find<QPushButton>("copyButton")->isEnabled());
        QVERIFY(m_screen->commands().testFlag(Screen::Command::Delete));
        m_screen->deleteItem();
        CHECKED(confirm());
        QTRY_COMPARE(text("detailTitle"), QStringLiteral("No request selected"));
        QVERIFY(stored(copy).deleted);
        QTRY_COMPARE(model().rowCount(), 1);
    }

    void exportWritesEveryRequestTheFilterSelects()
    {
        CHECKED(seed());
        qint64 decided = 0, first = 0, second = 0;
        CHECKED(decided = created(m_fx->admin, {1}));
        auto rejected = meals().reject(m_fx->admin, decided);
        AWAIT_OK(rejected);
        CHECKED(first = created(m_fx->taker, {2, 3}));
        CHECKED(second = created(m_fx->admin, {11}));
        CHECKED(showScreen(3));
        // Pages of one row: the export must not stop at the rows the table has loaded.
        model().setPaging(1, 2);
        QTest::mouseClick(find<QToolButton>("pendingCount"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model().rowCount(), 2, 30000);

        QList<QStringList> records;
        CHECKED(exportThrough("exportButton", QStringLiteral("requests.csv"),
                              QStringLiteral("Meal requests exported to %1."), &records));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).join(u','),
                 QStringLiteral("ID,Requested at (UTC),Meal type,Meal type (Arabic),Requester,"
                                "Status,Lines,Closed by,Closed at (UTC),Notes,Copy of"));
        // Newest first, as the table lists them; the rejected one is not Pending.
        QCOMPARE(records.at(1).at(0), QString::number(second));
        QCOMPARE(records.at(1).mid(4, 3).join(u','), QStringLiteral("admin,Pending,1"));
        QCOMPARE(records.at(2).at(0), QString::number(first));
        QCOMPARE(records.at(2).mid(4, 3).join(u','), QStringLiteral("taker,Pending,2"));
    }

    void aLimitedRequesterPicksOnlyFromItsDepartments()
    {
        CHECKED(seed());
        const qint64 requester = m_fx->requester.accountId;
        auto limited = m_fx->db().write([requester](Connection& c) {
            c.exec(QStringLiteral("INSERT INTO account_department (account_id, department_id) "
                                  "SELECT ?, id FROM department WHERE name_en = ?"),
                   {requester, QStringLiteral("Kitchen")});
        });
        AWAIT_OK(limited);
        m_session->setActor(m_fx->requester);
        CHECKED(showScreen(0));
        NewRequestDialog* dialog = nullptr;
        CHECKED(dialog = openDialog(1));
        const QPointer<NewRequestDialog> open(dialog);
        QCOMPARE(find<QComboBox>(dialog, "departmentChoice")->itemText(0),
                 QStringLiteral("Kitchen"));
        auto* results = find<QListWidget>(dialog, "employeeResults");
        QTRY_COMPARE(results->count(), 3);
        for (int row = 0; row < results->count(); ++row)
            QVERIFY2(results->item(row)->text().startsWith(QStringLiteral("100")),
                     qPrintable(results->item(row)->text()));
        screenshot(dialog, QStringLiteral("new-request-limited"));
        auto* search = find<QLineEdit>(dialog, "employeeSearch");
        QTest::keyClicks(search, QStringLiteral("Huda"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(find<QLabel>(dialog, "searchStatus")->text(),
                     QStringLiteral("No active employee matches."));
        QCOMPARE(results->count(), 0);
        dialog->reject();
        QTRY_VERIFY(!open);
    }

    void buttonsFollowTheRoleMap()
    {
        // A Requester creates but does not decide.
        CHECKED(seed());
        m_session->setActor(m_fx->requester);
        qint64 id = 0;
        CHECKED(id = created(m_fx->requester, {11}));
        CHECKED(showScreen(1));
        CHECKED(selectRequest(id));
        QVERIFY(find<QPushButton>("newButton")->isEnabled());
        QVERIFY(find<QPushButton>("deleteButton")->isEnabled());
        QVERIFY(!find<QPushButton>("approveButton")->isEnabled());
        QVERIFY(!find<QPushButton>("rejectButton")->isEnabled());
        QVERIFY(!(lines().flags(lines().index(0, RequestLinesModel::AcceptedColumn)) &
                  Qt::ItemIsUserCheckable));

        // StockControl only looks.
        m_session->setActor(m_fx->stock);
        m_linesTester.reset();
        m_screen.reset();
        CHECKED(showScreen(1));
        CHECKED(selectRequest(id));
        QVERIFY(!find<QPushButton>("newButton")->isEnabled());
        QVERIFY(!find<QPushButton>("deleteButton")->isEnabled());
        QVERIFY(!find<QPushButton>("approveButton")->isEnabled());
        QVERIFY(!m_screen->commands().testFlag(Screen::Command::New));
    }
};

QTEST_MAIN(tst_RequestsScreen)
#include "tst_requestsscreen.moc"
