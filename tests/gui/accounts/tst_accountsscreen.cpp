#include "AccountDialog.h"
#include "AccountsModel.h"
#include "AccountsScreen.h"
#include "AuthService.h"
#include "Await.h"
#include "PasswordDialog.h"
#include "PasswordHasher.h"
#include "ScreenTest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using GuiTest::okButton;
using GuiTest::screenshot;
using GuiTest::serviceTimeout;

class tst_AccountsScreen : public ScreenTest<AccountsScreen> {
    Q_OBJECT

private:
    qint64 m_kitchen = 0;

    QTableView* table() const { return find<QTableView>("table"); }
    AccountService& accounts() const { return m_session->services().accounts(); }

    // The fixture's five accounts and a department "Kitchen", the screen showing them.
    void showScreen()
    {
        CHECKED(openSession());
        DepartmentInput kitchen;
        kitchen.nameEn = QStringLiteral("Kitchen");
        kitchen.nameAr = QStringLiteral("المطبخ");
        auto created = m_session->services().departments().create(m_fx->admin, kitchen);
        AWAIT_OK(created);
        m_kitchen = created.result().id;
        CHECKED(openScreen());
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 5, serviceTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("countLabel")->text(), QStringLiteral("Accounts: 5"),
                                  serviceTimeout);
    }

    int rowOf(const QString& username) const
    {
        const QAbstractItemModel* model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, AccountsModel::UsernameColumn).data().toString() == username)
                return row;
        }
        return -1;
    }

    void clickRow(const QString& username)
    {
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row = rowOf(username)) >= 0, serviceTimeout);
        const QRect cell = table()->visualRect(table()->model()->index(row, 0));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(table()->currentIndex().row(), row);
    }

    enum class Answer { Cancel, Confirm };

    // Clicks `button`, then `answer` in the question it opens.
    void confirm(QPushButton* button, Answer answer)
    {
        QTest::mouseClick(button, Qt::LeftButton);
        QPointer<QMessageBox> box;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = m_screen->findChild<QMessageBox*>(QStringLiteral("confirmationBox"))),
            serviceTimeout);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::mouseClick(answer == Answer::Confirm ? GuiTest::confirmButton(box)
                                                    : box->button(QMessageBox::Cancel),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!box, serviceTimeout);
    }

    AccountRecord stored(qint64 id)
    {
        auto read = accounts().get(m_fx->admin, id);
        [&] { AWAIT_OK(read); }();
        return read.isFinished() && !errorOf(read) ? read.result() : AccountRecord{};
    }

    template <typename D> D* openedDialog()
    {
        D* dialog = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT((dialog = m_screen->findChild<D*>()) && dialog->isVisible(),
                                     serviceTimeout);
        }();
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() { GuiTest::initProcess(QStringLiteral("mealdesk-tests-accounts")); }
    void init() { QSettings().clear(); }
    void cleanup() { closeScreen(); }

    void createsAnAccountAndShowsARefusedPasswordAtItsField()
    {
        CHECKED(showScreen());
        QSignalSpy notes(m_screen.get(), &Screen::notified);
        QVERIFY(m_screen->commands().testFlag(Screen::Command::New));
        QTest::mouseClick(find<QPushButton>("newButton"), Qt::LeftButton);
        AccountDialog* dialog = openedDialog<AccountDialog>();
        QVERIFY(dialog);
        const QPointer<AccountDialog> open(dialog);
        auto* tree = find<QTreeWidget>(dialog, "departmentsTree");
        QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() == 1 &&
                                     tree->topLevelItem(0)->text(0) == QStringLiteral("Kitchen"),
                                 serviceTimeout);
        QVERIFY(!okButton(dialog)->isEnabled());

        QTest::keyClicks(find<QLineEdit>(dialog, "usernameEdit"), QStringLiteral("omar"));
        QTest::keyClicks(find<QLineEdit>(dialog, "fullNameEdit"), QStringLiteral("Omar K"));
        QTest::keyClicks(find<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Head chef"));
        auto* role = find<QComboBox>(dialog, "roleCombo");
        role->setCurrentIndex(role->findText(QStringLiteral("Captain")));
        tree->topLevelItem(0)->setCheckState(0, Qt::Checked);
        auto* password = find<QLineEdit>(dialog, "passwordEdit");
        auto* confirmation = find<QLineEdit>(dialog, "confirmEdit");
        QTest::keyClicks(password, QStringLiteral("short"));
        QTest::keyClicks(confirmation, QStringLiteral("shor"));
        QVERIFY(find<QLabel>(dialog, "confirmError")->isVisible());
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(confirmation, QStringLiteral("t"));
        QVERIFY(find<QLabel>(dialog, "confirmError")->isHidden());
        QVERIFY(okButton(dialog)->isEnabled());

        // Too short: the service refuses at the password; the dialog keeps everything typed.
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        auto* passwordError = find<QLabel>(dialog, "passwordError");
        QTRY_VERIFY_WITH_TIMEOUT(passwordError->isVisible(), serviceTimeout);
        QCOMPARE(passwordError->text(), PasswordHasher::checkStrength(QStringLiteral("short")));
        QVERIFY(dialog->isVisible());
        QVERIFY(password->hasFocus());
        QCOMPARE(find<QLineEdit>(dialog, "usernameEdit")->text(), QStringLiteral("omar"));
        QCOMPARE(role->currentText(), QStringLiteral("Captain"));
        QCOMPARE(tree->topLevelItem(0)->checkState(0), Qt::Checked);
        screenshot(dialog, QStringLiteral("accounts-refused-password"));
        auto missing = accounts().findByUsername(m_fx->admin, QStringLiteral("omar"));
        AWAIT(missing);
        QVERIFY(errorOf(missing));
        QCOMPARE(errorOf(missing)->kind(), Failure::Kind::NotFound);

        // Editing the password answers the refusal; a good one is stored.
        password->clear();
        QTest::keyClicks(password, QStringLiteral("kitchen-ledger-42"));
        QVERIFY(passwordError->isHidden());
        confirmation->clear();
        QTest::keyClicks(confirmation, QStringLiteral("kitchen-ledger-42"));
        QTest::keyClick(confirmation, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!open, serviceTimeout);

        auto found = accounts().findByUsername(m_fx->admin, QStringLiteral("omar"));
        AWAIT_OK(found);
        const AccountRecord omar = found.result();
        QCOMPARE(omar.fullName, QStringLiteral("Omar K"));
        QCOMPARE(omar.title, QStringLiteral("Head chef"));
        QCOMPARE(omar.role, Role::Captain);
        QVERIFY(!omar.superAdmin);
        QCOMPARE(omar.departmentIds, QList<qint64>{m_kitchen});
        auto signedIn = m_session->services().auth().signIn(QStringLiteral("omar"),
                                                            QStringLiteral("kitchen-ledger-42"));
        AWAIT_OK(signedIn);

        // The new account is listed and made current.
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 6, serviceTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(table()->currentIndex().data().toString(), QStringLiteral("omar"),
                                  serviceTimeout);
        QCOMPARE(table()
                     ->model()
                     ->index(table()->currentIndex().row(), AccountsModel::DepartmentsColumn)
                     .data()
                     .toString(),
                 QStringLiteral("1 department(s)"));
        QVERIFY(find<QPushButton>("blockButton")->isEnabled());
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).at(0).toString(), QStringLiteral("Account omar created"));
        screenshot(m_screen.get(), QStringLiteral("accounts"));
    }

    void blocksAndUnblocksButNeverItself()
    {
        CHECKED(showScreen());
        QSignalSpy failures(m_screen.get(), &Screen::failed);
        auto* block = find<QPushButton>("blockButton");
        QVERIFY(!block->isEnabled());
        CHECKED(clickRow(QStringLiteral("taker")));
        QCOMPARE(block->text(), QStringLiteral("&Block…"));

        // Cancel changes nothing.
        CHECKED(confirm(block, Answer::Cancel));
        QVERIFY(!stored(m_fx->taker.accountId).blocked);

        CHECKED(confirm(block, Answer::Confirm));
        QTRY_COMPARE_WITH_TIMEOUT(block->text(), QStringLiteral("Un&block"), serviceTimeout);
        const int row = table()->currentIndex().row();
        QCOMPARE(table()->model()->index(row, AccountsModel::BlockedColumn).data().toString(),
                 QStringLiteral("Yes"));
        const AccountRecord blocked = stored(m_fx->taker.accountId);
        QVERIFY(blocked.blocked);
        QVERIFY(blocked.tokensValidAfter.isValid()); // signed out everywhere too

        // Unblocking asks nothing.
        QTest::mouseClick(block, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(block->text(), QStringLiteral("&Block…"), serviceTimeout);
        QCOMPARE(table()->model()->index(row, AccountsModel::BlockedColumn).data().toString(),
                 QStringLiteral("No"));
        QVERIFY(!stored(m_fx->taker.accountId).blocked);
        QCOMPARE(failures.size(), 0);

        // The service refuses to block the signed-in account; the refusal is reported.
        CHECKED(clickRow(QStringLiteral("admin")));
        CHECKED(confirm(block, Answer::Confirm));
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, serviceTimeout);
        QCOMPARE(failures.at(0).at(0).toString(),
                 QStringLiteral("Blocking admin: You cannot block or unblock yourself."));
        QVERIFY(!stored(m_fx->admin.accountId).blocked);
        QCOMPARE(block->text(), QStringLiteral("&Block…"));
    }

    void editsRoleAndDepartmentsAndReportsAConflict()
    {
        CHECKED(showScreen());
        CHECKED(clickRow(QStringLiteral("requester")));
        QVERIFY(m_screen->commands().testFlag(Screen::Command::Edit));
        // Enter on the row edits it.
        QTest::keyClick(table(), Qt::Key_Return);
        AccountDialog* dialog = openedDialog<AccountDialog>();
        QVERIFY(dialog);
        const QPointer<AccountDialog> open(dialog);
        QVERIFY(find<QLineEdit>(dialog, "passwordEdit")->isHidden());
        QCOMPARE(find<QLineEdit>(dialog, "usernameEdit")->text(), QStringLiteral("requester"));
        auto* tree = find<QTreeWidget>(dialog, "departmentsTree");
        QTRY_VERIFY_WITH_TIMEOUT(
            tree->topLevelItemCount() == 1 &&
                tree->topLevelItem(0)->flags().testFlag(Qt::ItemIsUserCheckable),
            serviceTimeout);
        QCOMPARE(tree->topLevelItem(0)->checkState(0), Qt::Unchecked);
        auto* role = find<QComboBox>(dialog, "roleCombo");
        QCOMPARE(role->currentText(), QStringLiteral("Requester"));
        role->setCurrentIndex(role->findText(QStringLiteral("Request taker")));
        tree->topLevelItem(0)->setCheckState(0, Qt::Checked);

        // Meanwhile the account changes elsewhere: saving is refused, the current values come.
        AccountInput elsewhere;
        elsewhere.username = QStringLiteral("requester");
        elsewhere.fullName = QStringLiteral("Changed Elsewhere");
        elsewhere.role = Role::StockControl;
        auto changed = accounts().update(m_fx->admin, m_fx->requester.accountId,
                                         stored(m_fx->requester.accountId).version, elsewhere);
        AWAIT_OK(changed);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        auto* formError = find<QLabel>(dialog, "formError");
        QTRY_VERIFY_WITH_TIMEOUT(formError->isVisible(), serviceTimeout);
        QVERIFY(formError->text().contains(QStringLiteral("Someone else changed this account")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(find<QLineEdit>(dialog, "fullNameEdit")->text(),
                 QStringLiteral("Changed Elsewhere"));
        QCOMPARE(role->currentText(), QStringLiteral("Stock control"));
        QCOMPARE(tree->topLevelItem(0)->checkState(0), Qt::Unchecked);

        role->setCurrentIndex(role->findText(QStringLiteral("Request taker")));
        tree->topLevelItem(0)->setCheckState(0, Qt::Checked);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!open, serviceTimeout);
        const AccountRecord saved = stored(m_fx->requester.accountId);
        QCOMPARE(saved.role, Role::RequestTaker);
        QCOMPARE(saved.fullName, QStringLiteral("Changed Elsewhere"));
        QCOMPARE(saved.departmentIds, QList<qint64>{m_kitchen});
        const int row = rowOf(QStringLiteral("requester"));
        QTRY_COMPARE_WITH_TIMEOUT(
            table()->model()->index(row, AccountsModel::RoleColumn).data().toString(),
            QStringLiteral("Request taker"), serviceTimeout);

        // Taking away one's own super admin rights is refused at that field.
        CHECKED(clickRow(QStringLiteral("admin")));
        QTest::mouseClick(find<QPushButton>("editButton"), Qt::LeftButton);
        const QPointer<AccountDialog> self = openedDialog<AccountDialog>();
        QVERIFY(self);
        QTRY_VERIFY_WITH_TIMEOUT(okButton(self)->isEnabled(), serviceTimeout);
        auto* superAdmin = find<QCheckBox>(self, "superAdminCheck");
        QVERIFY(superAdmin->isChecked());
        QTest::keyClick(superAdmin, Qt::Key_Space);
        QVERIFY(!superAdmin->isChecked());
        QTest::mouseClick(okButton(self), Qt::LeftButton);
        auto* superAdminError = find<QLabel>(self, "superAdminError");
        QTRY_VERIFY_WITH_TIMEOUT(superAdminError->isVisible(), serviceTimeout);
        QCOMPARE(superAdminError->text(),
                 QStringLiteral("You cannot take away your own super admin rights."));
        QVERIFY(self);
        QVERIFY(stored(m_fx->admin.accountId).superAdmin);
        self->reject();
    }

    void resetsPasswordsDeactivatesAndSignsOut()
    {
        CHECKED(showScreen());
        CHECKED(clickRow(QStringLiteral("stock")));
        QTest::mouseClick(find<QPushButton>("passwordButton"), Qt::LeftButton);
        PasswordDialog* dialog = openedDialog<PasswordDialog>();
        QVERIFY(dialog);
        const QPointer<PasswordDialog> open(dialog);
        auto* password = find<QLineEdit>(dialog, "passwordEdit");
        auto* confirmation = find<QLineEdit>(dialog, "confirmEdit");
        const QString tooLong(73, QLatin1Char('x'));
        QTest::keyClicks(password, tooLong);
        QTest::keyClicks(confirmation, tooLong);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        auto* passwordError = find<QLabel>(dialog, "passwordError");
        QTRY_VERIFY_WITH_TIMEOUT(passwordError->isVisible(), serviceTimeout);
        QCOMPARE(passwordError->text(), PasswordHasher::checkStrength(tooLong));
        QVERIFY(dialog->isVisible());
        password->clear();
        confirmation->clear();
        QTest::keyClicks(password, QStringLiteral("stock-room-7"));
        QTest::keyClicks(confirmation, QStringLiteral("stock-room-7"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!open, serviceTimeout);
        auto signedIn = m_session->services().auth().signIn(QStringLiteral("stock"),
                                                            QStringLiteral("stock-room-7"));
        AWAIT_OK(signedIn);

        auto* active = find<QPushButton>("activeButton");
        QCOMPARE(active->text(), QStringLiteral("&Deactivate…"));
        CHECKED(confirm(active, Answer::Confirm));
        QTRY_COMPARE_WITH_TIMEOUT(active->text(), QStringLiteral("&Activate"), serviceTimeout);
        QVERIFY(!stored(m_fx->stock.accountId).active);
        QTest::mouseClick(active, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(active->text(), QStringLiteral("&Deactivate…"), serviceTimeout);
        QVERIFY(stored(m_fx->stock.accountId).active);

        // The new password and the deactivation signed it out already; signing out moves on.
        const QDateTime signedOut = stored(m_fx->stock.accountId).tokensValidAfter;
        QVERIFY(signedOut.isValid());
        CHECKED(confirm(find<QPushButton>("signOutButton"), Answer::Confirm));
        QTRY_VERIFY_WITH_TIMEOUT(stored(m_fx->stock.accountId).tokensValidAfter > signedOut,
                                 serviceTimeout);
    }

    void unlocksALockedAccount()
    {
        CHECKED(showScreen());
        QSignalSpy notes(m_screen.get(), &Screen::notified);
        auto* unlock = find<QPushButton>("unlockButton");
        CHECKED(clickRow(QStringLiteral("taker")));
        QVERIFY(!unlock->isEnabled());
        for (int i = 0; i < AuthService::maxFailedLogins; ++i) {
            auto f = m_session->services().auth().signIn(QStringLiteral("taker"),
                                                         QStringLiteral("wrong-password"));
            AWAIT(f);
            QVERIFY(errorOf(f));
        }
        // The failed sign-ins are announced: the row comes again, locked.
        QTRY_VERIFY_WITH_TIMEOUT(unlock->isEnabled(), serviceTimeout);
        QTest::mouseClick(unlock, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!unlock->isEnabled(), serviceTimeout);
        const AccountRecord unlocked = stored(m_fx->taker.accountId);
        QVERIFY(!unlocked.lockedUntil.isValid());
        QCOMPARE(unlocked.failedLogins, 0);
        QTRY_COMPARE_WITH_TIMEOUT(notes.size(), 1, serviceTimeout);
        QCOMPARE(notes.at(0).at(0).toString(), QStringLiteral("taker unlocked"));
        auto signedIn = m_session->services().auth().signIn(
            QStringLiteral("taker"), ServiceFixture::passwordOf(m_fx->taker));
        AWAIT_OK(signedIn);
    }

    void filtersByTextAndState()
    {
        CHECKED(showScreen());
        m_screen->focusFilter();
        auto* search = find<QLineEdit>("searchEdit");
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("AKE"));
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 1, serviceTimeout);
        // The count can come before the page of rows it counts.
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(QStringLiteral("taker")), 0, serviceTimeout);
        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 5, serviceTimeout);

        auto block = accounts().setBlocked(m_fx->admin, m_fx->captain.accountId, true);
        AWAIT_OK(block);
        auto* state = find<QComboBox>("stateCombo");
        state->setCurrentIndex(state->findText(QStringLiteral("Blocked")));
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 1, serviceTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(QStringLiteral("captain")), 0, serviceTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("countLabel")->text(), QStringLiteral("Accounts: 1"),
                                  serviceTimeout);
    }
};

QTEST_MAIN(tst_AccountsScreen)
#include "tst_accountsscreen.moc"
