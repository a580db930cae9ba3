#include "Await.h"
#include "OriginDialog.h"
#include "OriginService.h"
#include "OriginsExportDialog.h"
#include "OriginsImportDialog.h"
#include "OriginsModel.h"
#include "OriginsScreen.h"
#include "ScreenTest.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using GuiTest::dropOnto;
using GuiTest::okButton;
using GuiTest::screenshot;

class tst_OriginsScreen : public ScreenTest<OriginsScreen> {
    Q_OBJECT

private:
    OriginService& origins() { return m_session->services().origins(); }

    QTableView* table() { return find<QTableView>("table"); }

    const OriginsModel& model() { return *static_cast<const OriginsModel*>(table()->model()); }

    // Everything stored, in the service's order.
    QList<OriginRecord> stored()
    {
        auto page = origins().list(m_fx->admin, OriginFilter(), PageRequest());
        if (!QTest::qWaitFor([&] { return page.isFinished(); }, 60000) || errorOf(page))
            return {{}}; // one empty record: never what a test expects
        return page.result().rows;
    }

    bool add(const QString& origin)
    {
        auto added = origins().add(m_fx->admin, origin, QString());
        return QTest::qWaitFor([&] { return added.isFinished(); }, 60000) && !errorOf(added);
    }

    template <typename Dialog> Dialog* openedDialog()
    {
        Dialog* dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = m_screen->findChild<Dialog*>()); }, 60000) ||
            !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

    QString testAnswer(const QString& header)
    {
        auto* edit = find<QLineEdit>("testEdit");
        auto* answer = find<QLabel>("testAnswer");
        edit->clear();
        QTest::keyClicks(edit, header);
        QTest::keyClick(edit, Qt::Key_Return);
        if (!QTest::qWaitFor([&] { return answer->text() != QStringLiteral("Asking…"); }, 60000))
            return QStringLiteral("(no answer in time)");
        return answer->text();
    }

private Q_SLOTS:
    void initTestCase() { GuiTest::initProcess(QStringLiteral("mealdesk-tests-origins")); }

    void init()
    {
        QSettings().clear();
        CHECKED(openSession());
        CHECKED(openScreen());
    }

    void cleanup() { closeScreen(); }

    void typedOriginIsShownAndStoredNormalised()
    {
        QSignalSpy notified(m_screen.get(), &Screen::notified);
        QTest::mouseClick(find<QPushButton>("addButton"), Qt::LeftButton);
        QPointer<OriginDialog> dialog = openedDialog<OriginDialog>();
        QVERIFY(dialog);
        auto* preview = find<QLabel>(dialog, "originPreview");
        auto* error = find<QLabel>(dialog, "originError");
        QVERIFY(!okButton(dialog)->isEnabled());

        QTest::keyClicks(find<QLineEdit>(dialog, "originEdit"),
                         QStringLiteral("HTTPS://Example.COM:443/"));
        QVERIFY(preview->isVisible());
        QCOMPARE(preview->text(), QStringLiteral("Stored as https://example.com"));
        QVERIFY(error->isHidden());
        QTest::keyClicks(find<QLineEdit>(dialog, "noteEdit"), QStringLiteral("Production app"));
        QVERIFY(stored().isEmpty());
        screenshot(dialog, QStringLiteral("origins-add"));

        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 60000);
        const QList<OriginRecord> all = stored();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.constFirst().origin, QStringLiteral("https://example.com"));
        QCOMPARE(all.constFirst().note, QStringLiteral("Production app"));
        QVERIFY(all.constFirst().active);
        QCOMPARE(notified.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(model().rowCount(), 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(model().index(0, OriginsModel::OriginColumn).data().toString(),
                                  QStringLiteral("https://example.com"), 60000);
    }

    void refusedInputShowsWhyAndStoresNothing()
    {
        QVERIFY(add(QStringLiteral("https://taken.example")));
        m_screen->createItem();
        QPointer<OriginDialog> dialog = openedDialog<OriginDialog>();
        QVERIFY(dialog);
        auto* edit = find<QLineEdit>(dialog, "originEdit");
        auto* preview = find<QLabel>(dialog, "originPreview");
        auto* error = find<QLabel>(dialog, "originError");

        QTest::keyClicks(edit, QStringLiteral("https://user@example.com"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"user info"), qPrintable(error->text()));
        QVERIFY(preview->isHidden());
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(dialog->isVisible());

        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("https://example.com:0"));
        QVERIFY2(error->text().contains(u"port"), qPrintable(error->text()));

        // Refused by the service (already present): said at the field, the text kept.
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("HTTPS://TAKEN.example"));
        QVERIFY(preview->isVisible());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 60000);
        QVERIFY2(error->text().contains(u"already in the list"), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(edit->text(), QStringLiteral("HTTPS://TAKEN.example"));

        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        const QList<OriginRecord> all = stored();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.constFirst().origin, QStringLiteral("https://taken.example"));
    }

    void toggleActive()
    {
        QVERIFY(add(QStringLiteral("https://toggle.example")));
        QTRY_COMPARE_WITH_TIMEOUT(model().rowCount(), 1, 60000);
        auto* toggle = find<QPushButton>("toggleButton");
        QVERIFY(!toggle->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(model().record(0), 60000);
        table()->selectRow(0);
        QVERIFY(toggle->isEnabled());
        QCOMPARE(toggle->text(), QStringLiteral("&Disable"));

        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!stored().constFirst().active, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(toggle->text(), QStringLiteral("E&nable"), 60000);
        QCOMPARE(model().index(0, OriginsModel::ActiveColumn).data().toString(),
                 QStringLiteral("No"));

        QTRY_VERIFY(toggle->isEnabled());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(stored().constFirst().active, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(toggle->text(), QStringLiteral("&Disable"), 60000);

        // Another desktop changes it first: reported as a conflict, nothing overwritten.
        ChangeFeed elsewhere;
        OriginService otherDesktop(m_fx->db(), elsewhere);
        const OriginRecord current = stored().constFirst();
        auto noted = otherDesktop.setNote(m_fx->admin, current.id, current.version,
                                          QStringLiteral("theirs"));
        AWAIT_OK(noted);
        QSignalSpy failed(m_screen.get(), &Screen::failed);
        QTRY_VERIFY(toggle->isEnabled());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
        QVERIFY2(failed.constFirst().constFirst().toString().contains(u"someone else"),
                 qPrintable(failed.constFirst().constFirst().toString()));
        QVERIFY(stored().constFirst().active);
        QCOMPARE(stored().constFirst().note, QStringLiteral("theirs"));
    }

    void severalSelectedChangeInOneCall()
    {
        for (const char* origin : {"https://a.example", "https://b.example", "https://c.example"})
            QVERIFY(add(QString::fromLatin1(origin)));
        QTRY_COMPARE_WITH_TIMEOUT(model().rowCount(), 3, 60000);
        for (int row = 0; row < 3; ++row)
            QTRY_VERIFY_WITH_TIMEOUT(model().record(row), 60000);
        auto* toggle = find<QPushButton>("toggleButton");
        auto* remove = find<QPushButton>("removeButton");
        table()->setFocus();
        table()->selectAll();
        QVERIFY(toggle->isEnabled());
        QVERIFY(remove->isEnabled());
        QCOMPARE(toggle->text(), QStringLiteral("&Disable"));
        // Editing is of one origin.
        QVERIFY(!find<QPushButton>("editButton")->isEnabled());
        QVERIFY(!m_screen->commands().testFlag(Screen::Command::Edit));
        QVERIFY(m_screen->commands().testFlag(Screen::Command::Delete));

        // Another desktop removes b first: it is refused, a and c are disabled all the same.
        ChangeFeed elsewhere;
        OriginService otherDesktop(m_fx->db(), elsewhere);
        auto removed = otherDesktop.remove(m_fx->admin, model().record(1)->id);
        AWAIT_OK(removed);
        QSignalSpy informed(m_screen.get(), &Screen::informed);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(informed.size(), 1, 60000);
        QVERIFY2(informed.at(0).at(0).toString().startsWith(
                     QStringLiteral("Disabling 3 origin(s): 2 done, 1 refused:\n- ")),
                 qPrintable(informed.at(0).at(0).toString()));
        QList<OriginRecord> all = stored();
        QCOMPARE(all.size(), 2);
        QVERIFY(!all.at(0).active && !all.at(1).active);
        QTRY_COMPARE_WITH_TIMEOUT(model().rowCount(), 2, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(model().index(1, OriginsModel::ActiveColumn).data().toString(),
                                  QStringLiteral("No"), 60000);

        // All selected are disabled: the same button (and its menu entry) enables them.
        QSignalSpy notified(m_screen.get(), &Screen::notified);
        table()->selectAll();
        QTRY_COMPARE(toggle->text(), QStringLiteral("E&nable"));
        QAction* enable = GuiTest::contextMenuEntry(table(), toggle->text());
        QVERIFY(enable);
        QVERIFY(enable->isEnabled());
        enable->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 60000);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Enabling 2 origin(s): 2 done."));
        all = stored();
        QVERIFY(all.at(0).active && all.at(1).active);
        screenshot(m_screen.get(), QStringLiteral("origins-several"));

        // Removing asks once, with the count; d stays.
        QVERIFY(add(QStringLiteral("https://d.example")));
        QTRY_COMPARE_WITH_TIMEOUT(model().rowCount(), 3, 60000);
        table()->selectRow(0);
        QTest::keyClick(table(), Qt::Key_Down, Qt::ShiftModifier);
        QTRY_VERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_screen->findChild<QMessageBox*>(QStringLiteral("confirmationBox"))) &&
                    box->isVisible());
        QVERIFY2(box->text().startsWith(
                     QStringLiteral("Remove the 2 selected origin(s) from the allowed origins?")),
                 qPrintable(box->text()));
        QAbstractButton* confirm = GuiTest::confirmButton(box);
        QCOMPARE(confirm->text(), QStringLiteral("&Remove 2 origin(s)"));
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 2, 60000);
        QCOMPARE(notified.at(1).at(0).toString(), QStringLiteral("Removing 2 origin(s): 2 done."));
        all = stored();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.constFirst().origin, QStringLiteral("https://d.example"));
        // The row left standing is not selected in their place.
        QTRY_COMPARE_WITH_TIMEOUT(model().rowCount(), 1, 60000);
        QVERIFY(!table()->selectionModel()->hasSelection());
    }

    void testerAnswers()
    {
        QVERIFY(add(QStringLiteral("https://app.example.com")));
        QVERIFY(add(QStringLiteral("http://localhost:5173")));
        QString answer = testAnswer(QStringLiteral("https://app.example.com"));
        QVERIFY2(answer.startsWith(u"Allowed"), qPrintable(answer));
        answer = testAnswer(QStringLiteral("https://x.example"));
        QVERIFY2(answer.startsWith(u"Not allowed"), qPrintable(answer));
        // What a browser never sends is not allowed, with a hint.
        answer = testAnswer(QStringLiteral("HTTPS://App.Example.com:443"));
        QVERIFY2(answer.startsWith(u"Not allowed"), qPrintable(answer));
        QVERIFY2(answer.contains(u"https://app.example.com, which is allowed"), qPrintable(answer));
        QTRY_COMPARE_WITH_TIMEOUT(model().rowCount(), 2, 60000);
        table()->selectRow(0);
        screenshot(m_screen.get(), QStringLiteral("origins"));
    }

    void importReportsEachEntryAndExportGivesTheValue()
    {
        QVERIFY(add(QStringLiteral("https://present.example")));
        QTest::mouseClick(find<QPushButton>("importButton"), Qt::LeftButton);
        QPointer<OriginsImportDialog> dialog = openedDialog<OriginsImportDialog>();
        QVERIFY(dialog);
        auto* report = find<QTableWidget>(dialog, "reportTable");
        auto* summary = find<QLabel>(dialog, "summaryLabel");
        find<QPlainTextEdit>(dialog, "valueEdit")
            ->setPlainText(QStringLiteral("https://a.example, HTTPS://B.example:443,"
                                          "ftp://c.example,https://present.example"));
        QCOMPARE(report->rowCount(), 4);
        QCOMPARE(report->item(1, 2)->text(), QStringLiteral("https://b.example"));
        QCOMPARE(report->item(2, 1)->text(), QStringLiteral("refused"));

        // All or nothing: one refused entry and nothing is imported.
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(u"Nothing imported"), 60000);
        QCOMPARE(stored().size(), 1);
        QCOMPARE(report->item(3, 1)->text(), QStringLiteral("already present"));

        find<QCheckBox>(dialog, "skipInvalidCheck")->setChecked(true);
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(u"Imported"), 60000);
        QCOMPARE(summary->text(),
                 QStringLiteral("Imported: 2 added, 1 already present, 0 duplicate(s), 1 "
                                "refused."));
        QCOMPARE(report->item(0, 1)->text(), QStringLiteral("added"));
        QCOMPARE(report->item(2, 1)->text(), QStringLiteral("refused"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(stored().size(), 3);
        screenshot(dialog, QStringLiteral("origins-import"));
        dialog->close();
        QTRY_VERIFY(!dialog);

        QTest::mouseClick(find<QPushButton>("exportButton"), Qt::LeftButton);
        QPointer<OriginsExportDialog> exported = openedDialog<OriginsExportDialog>();
        QVERIFY(exported);
        QCOMPARE(find<QPlainTextEdit>(exported, "valueEdit")->toPlainText(),
                 QStringLiteral("https://a.example,https://b.example,https://present.example"));
    }

    // An ALLOWED_ORIGINS file dropped onto the screen opens the import with its value.
    void droppedFileOpensTheImport()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("allowed-origins.env"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("https://dropped.example,https://other.example\n");
        }
        QVERIFY(dropOnto(m_screen.get(), {QUrl::fromLocalFile(path)}));
        QPointer<OriginsImportDialog> dialog = openedDialog<OriginsImportDialog>();
        QVERIFY(dialog);
        QCOMPARE(find<QPlainTextEdit>(dialog, "valueEdit")->toPlainText(),
                 QStringLiteral("https://dropped.example,https://other.example"));
        QTRY_COMPARE(find<QTableWidget>(dialog, "reportTable")->rowCount(), 2);
        dialog->close();
        QTRY_VERIFY(!dialog);
    }
};

QTEST_MAIN(tst_OriginsScreen)
#include "tst_originsscreen.moc"
