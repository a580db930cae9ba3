#include "AuditDetailsTree.h"
#include "AuditModel.h"
#include "AuditScreen.h"
#include "Await.h"
#include "ScreenTest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>

using GuiTest::screenshot;
using GuiTest::serviceTimeout;

class tst_AuditScreen : public ScreenTest<AuditScreen> {
    Q_OBJECT

private:
    qint64 m_originId = 0;

    QTableView* table() const { return find<QTableView>("table"); }
    QString cell(int row, int column) const
    {
        return table()->model()->index(row, column).data().toString();
    }
    QStringList shownActions() const
    {
        QStringList actions;
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            actions << cell(row, AuditModel::ActionColumn);
        return actions;
    }

    // Through the services, by the admin: origin.add, origin.edit, account.block; then the
    // screen showing them.
    void showScreen()
    {
        CHECKED(openSession());
        OriginService& origins = m_session->services().origins();
        auto added = origins.add(m_fx->admin, QStringLiteral("https://audit.example"),
                                 QStringLiteral("first"));
        AWAIT_OK(added);
        m_originId = added.result().id;
        auto edited = origins.setNote(m_fx->admin, m_originId, added.result().version,
                                      QStringLiteral("second"));
        AWAIT_OK(edited);
        auto blocked =
            m_session->services().accounts().setBlocked(m_fx->admin, m_fx->stock.accountId, true);
        AWAIT_OK(blocked);
        CHECKED(openScreen());
        QTRY_COMPARE_WITH_TIMEOUT(
            shownActions(),
            (QStringList{QStringLiteral("Account blocked"), QStringLiteral("Origin edited"),
                         QStringLiteral("Origin added")}),
            serviceTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("countLabel")->text(), QStringLiteral("Entries: 3"),
                                  serviceTimeout);
    }

    void clickRow(int row)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!cell(row, AuditModel::ActionColumn).isEmpty(), serviceTimeout);
        const QRect rect = table()->visualRect(table()->model()->index(row, 0));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(table()->currentIndex().row(), row);
    }

    // The row of the details tree for `field` (top level), or nullptr.
    QTreeWidgetItem* detailsRow(const QString& field) const
    {
        const auto items = find<AuditDetailsTree>("changesTree")
                               ->findItems(field, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return items.isEmpty() ? nullptr : items.first();
    }

    void hireCook()
    {
        EmployeeInput cook;
        cook.id = 7;
        cook.code = 7007;
        cook.nameEn = QStringLiteral("Cook");
        auto hired = m_session->services().employees().create(m_fx->captain, cook);
        AWAIT_OK(hired);
    }

private Q_SLOTS:
    void initTestCase() { GuiTest::initProcess(QStringLiteral("mealdesk-tests-audit")); }
    void init() { QSettings().clear(); }
    void cleanup() { closeScreen(); }

    void detailsShowOldAndNewValues()
    {
        CHECKED(showScreen());
        auto* heading = find<QLabel>("detailsHeading");
        auto* tree = find<AuditDetailsTree>("changesTree");
        QCOMPARE(heading->text(), QStringLiteral("Select an entry to see its details."));

        CHECKED(clickRow(1)); // origin.edit
        QCOMPARE(find<QLabel>("actionValue")->text(), QStringLiteral("Origin edited"));
        QCOMPARE(find<QLabel>("accountValue")->text(), QStringLiteral("admin"));
        QCOMPARE(find<QLabel>("entityValue")->text(),
                 QStringLiteral("Allowed origin %1").arg(m_originId));
        QCOMPARE(tree->headerItem()->text(1), QStringLiteral("Before"));
        QCOMPARE(tree->headerItem()->text(2), QStringLiteral("After"));
        QVERIFY(!tree->isColumnHidden(1));
        QVERIFY(!tree->isColumnHidden(2));
        QTreeWidgetItem* note = detailsRow(QStringLiteral("note"));
        QVERIFY(note);
        QCOMPARE(note->text(1), QStringLiteral("first"));
        QCOMPARE(note->text(2), QStringLiteral("second"));
        QVERIFY(note->font(0).bold()); // changed
        QTreeWidgetItem* origin = detailsRow(QStringLiteral("origin"));
        QVERIFY(origin);
        QCOMPARE(origin->text(1), QStringLiteral("https://audit.example"));
        QVERIFY(!origin->font(0).bold()); // unchanged
        screenshot(m_screen.get(), QStringLiteral("audit"));

        // A creation has no Before.
        CHECKED(clickRow(2));
        QVERIFY(tree->isColumnHidden(1));
        QVERIFY(!tree->isColumnHidden(2));
        QCOMPARE(detailsRow(QStringLiteral("note"))->text(2), QStringLiteral("first"));

        CHECKED(clickRow(0));
        QTreeWidgetItem* isBlocked = detailsRow(QStringLiteral("is_blocked"));
        QVERIFY(isBlocked);
        QCOMPARE(isBlocked->text(1), QStringLiteral("No"));
        QCOMPARE(isBlocked->text(2), QStringLiteral("Yes"));
        QCOMPARE(detailsRow(QStringLiteral("departments"))->text(1),
                 QStringLiteral("(empty list)"));

        // An entry written now moves the one shown down a row: the selection follows it.
        CHECKED(hireCook());
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 4, serviceTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(table()->currentIndex().row(), 1, serviceTimeout);
        QCOMPARE(cell(0, AuditModel::ActionColumn), QStringLiteral("Employee created"));
        QCOMPARE(find<QLabel>("actionValue")->text(), QStringLiteral("Account blocked"));
        QCOMPARE(detailsRow(QStringLiteral("is_blocked"))->text(2), QStringLiteral("Yes"));
    }

    void actionsThroughServicesAppearAndFiltersNarrow()
    {
        CHECKED(showScreen());
        CHECKED(hireCook());
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 4, serviceTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(cell(0, AuditModel::ActionColumn),
                                  QStringLiteral("Employee created"), serviceTimeout);
        QCOMPARE(cell(0, AuditModel::AccountColumn), QStringLiteral("captain"));
        QCOMPARE(cell(0, AuditModel::EntityColumn), QStringLiteral("Employee"));
        QCOMPARE(cell(0, AuditModel::EntityIdColumn), QStringLiteral("7"));

        auto* entity = find<QComboBox>("entityCombo");
        entity->setCurrentIndex(entity->findText(QStringLiteral("Allowed origin")));
        QTRY_COMPARE_WITH_TIMEOUT(
            shownActions(),
            (QStringList{QStringLiteral("Origin edited"), QStringLiteral("Origin added")}),
            serviceTimeout);

        // Typed, the action narrows further once the typing pauses.
        m_screen->focusFilter();
        auto* action = find<QComboBox>("actionCombo");
        QVERIFY(action->lineEdit()->hasFocus());
        QTest::keyClicks(action->lineEdit(), QStringLiteral("Origin edited"));
        QTRY_COMPARE_WITH_TIMEOUT(shownActions(), QStringList{QStringLiteral("Origin edited")},
                                  serviceTimeout);
        // An action as the database holds it filters too (one written by another program).
        action->lineEdit()->clear();
        QTest::keyClicks(action->lineEdit(), QStringLiteral("origin.add"));
        QTRY_COMPARE_WITH_TIMEOUT(shownActions(), QStringList{QStringLiteral("Origin added")},
                                  serviceTimeout);

        QTest::mouseClick(find<QPushButton>("clearButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 4, serviceTimeout);
        QCOMPARE(action->currentText(), QString());
        QCOMPARE(entity->currentIndex(), 0);

        auto* account = find<QComboBox>("accountCombo");
        QTRY_VERIFY_WITH_TIMEOUT(account->findText(QStringLiteral("captain")) > 0, serviceTimeout);
        account->setCurrentIndex(account->findText(QStringLiteral("captain")));
        QTRY_COMPARE_WITH_TIMEOUT(shownActions(), QStringList{QStringLiteral("Employee created")},
                                  serviceTimeout);
        account->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 4, serviceTimeout);

        // Days: from tomorrow there is nothing; until today everything.
        auto* fromEdit = find<QDateEdit>("fromEdit");
        QVERIFY(!fromEdit->isEnabled());
        QTest::mouseClick(find<QCheckBox>("fromCheck"), Qt::LeftButton);
        QVERIFY(fromEdit->isEnabled());
        fromEdit->setDate(QDate::currentDate().addDays(1));
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 0, serviceTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("countLabel")->text(), QStringLiteral("Entries: 0"),
                                  serviceTimeout);
        fromEdit->setDate(QDate::currentDate());
        QTest::mouseClick(find<QCheckBox>("toCheck"), Qt::LeftButton);
        find<QDateEdit>("toEdit")->setDate(QDate::currentDate());
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 4, serviceTimeout);
        find<QDateEdit>("toEdit")->setDate(QDate::currentDate().addDays(-1));
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 0, serviceTimeout);
    }

    void detailsTreeOpensNestedValues()
    {
        AuditDetailsTree tree;
        tree.resize(500, 300);
        tree.setDetails(QStringLiteral(
            R"({"old": {"ids": [1, 2], "lines": [{"employee_id": 7, "notes": "a"}], "note": null},
                "new": {"ids": [1, 2], "lines": [{"employee_id": 7, "notes": "b"},
                                                 {"employee_id": 8, "notes": ""}], "note": ""},
                "reason": "copied"})"));
        const auto row = [&tree](const QString& field) {
            const auto items = tree.findItems(field, Qt::MatchExactly | Qt::MatchRecursive, 0);
            return items.isEmpty() ? nullptr : items.first();
        };
        QCOMPARE(tree.columnCount(), 3);
        QTreeWidgetItem* ids = row(QStringLiteral("ids"));
        QVERIFY(ids);
        QCOMPARE(ids->text(1), QStringLiteral("1, 2"));
        QCOMPARE(ids->childCount(), 0);
        QVERIFY(!ids->font(0).bold());
        QTreeWidgetItem* lines = row(QStringLiteral("lines"));
        QVERIFY(lines);
        QCOMPARE(lines->text(1), QStringLiteral("1 item(s)"));
        QCOMPARE(lines->text(2), QStringLiteral("2 item(s)"));
        QVERIFY(lines->isExpanded());
        QCOMPARE(lines->childCount(), 2);
        QTreeWidgetItem* first = lines->child(0);
        QCOMPARE(first->text(0), QStringLiteral("1"));
        QCOMPARE(first->child(1)->text(0), QStringLiteral("notes"));
        QCOMPARE(first->child(1)->text(1), QStringLiteral("a"));
        QCOMPARE(first->child(1)->text(2), QStringLiteral("b"));
        QVERIFY(first->child(1)->font(0).bold());
        QVERIFY(!first->child(0)->font(0).bold()); // employee_id 7 on both sides
        QTreeWidgetItem* added = lines->child(1);
        QCOMPARE(added->child(0)->text(1), QString()); // not on the old side
        QCOMPARE(added->child(0)->text(2), QStringLiteral("8"));
        QCOMPARE(added->child(1)->text(2), QStringLiteral("(empty)"));
        QCOMPARE(row(QStringLiteral("note"))->text(1), QStringLiteral("(none)"));
        QTreeWidgetItem* reason = tree.topLevelItem(tree.topLevelItemCount() - 1);
        QCOMPARE(reason->text(0), QStringLiteral("reason: copied"));
        QVERIFY(reason->isFirstColumnSpanned());
        screenshot(&tree, QStringLiteral("audit-nested-details"));

        // Details without old and new values: field and value.
        tree.setDetails(QStringLiteral(R"({"created": 3, "updated": 0})"));
        QCOMPARE(tree.columnCount(), 2);
        QCOMPARE(tree.headerItem()->text(1), QStringLiteral("Value"));
        QVERIFY(!tree.isColumnHidden(1));
        QCOMPARE(row(QStringLiteral("created"))->text(1), QStringLiteral("3"));

        // Not JSON: shown as it is.
        tree.setDetails(QStringLiteral("not json"));
        QCOMPARE(tree.topLevelItem(0)->text(1), QStringLiteral("not json"));
    }

    void onlyTheTimeColumnSorts()
    {
        CHECKED(showScreen());
        QHeaderView* header = table()->horizontalHeader();
        const auto clickColumn = [header](int column) {
            QTest::mouseClick(
                header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(column) + 10, header->height() / 2));
        };
        clickColumn(AuditModel::AtColumn);
        QTRY_COMPARE_WITH_TIMEOUT(
            shownActions(),
            (QStringList{QStringLiteral("Origin added"), QStringLiteral("Origin edited"),
                         QStringLiteral("Account blocked")}),
            serviceTimeout);
        clickColumn(AuditModel::ActionColumn);
        QCOMPARE(header->sortIndicatorSection(), int(AuditModel::AtColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    }

    void exportWritesEveryEntryTheFilterSelects()
    {
        CHECKED(showScreen());
        // Pages of one row: the export must not stop at the rows the table has loaded.
        auto* model = qobject_cast<AsyncTableModelBase*>(table()->model());
        QVERIFY(model);
        model->setPaging(1, 2);
        auto* entity = find<QComboBox>("entityCombo");
        entity->setCurrentIndex(entity->findData(QStringLiteral("allowed_origin")));
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("countLabel")->text(), QStringLiteral("Entries: 2"),
                                  serviceTimeout);

        // The name offered carries today's date.
        QTest::mouseClick(find<QPushButton>("exportButton"), Qt::LeftButton);
        QFileDialog* files = nullptr;
        QTRY_VERIFY((files = m_screen->findChild<QFileDialog*>()) && files->isVisible());
        QCOMPARE(QFileInfo(files->selectedFiles().value(0)).fileName(),
                 QStringLiteral("audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
        files->close();
        QTRY_VERIFY(!m_screen->findChild<QFileDialog*>());

        QList<QStringList> records;
        CHECKED(exportThrough("exportButton", QStringLiteral("audit.csv"),
                              QStringLiteral("Audit log exported to %1."), &records));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).join(QLatin1Char(',')),
                 QStringLiteral("Time (UTC),Actor,Action,Entity,Entity id,Details"));
        // Newest first, as the table shows them; the blocked account is not an origin.
        const QString id = QString::number(m_originId);
        QCOMPARE(records.at(1).mid(1, 4).join(QLatin1Char(',')),
                 QStringLiteral("admin,origin.edit,allowed_origin,") + id);
        QCOMPARE(records.at(2).mid(1, 4).join(QLatin1Char(',')),
                 QStringLiteral("admin,origin.add,allowed_origin,") + id);
        QVERIFY(records.at(1).at(5).contains(QStringLiteral("second")));
    }
};

QTEST_MAIN(tst_AuditScreen)
#include "tst_auditscreen.moc"
