#include "AccountService.h"
#include "Await.h"
#include "RevokeListDialog.h"
#include "RevokeTokenDialog.h"
#include "ScreenTest.h"
#include "SignOutEverywhereDialog.h"
#include "StateColors.h"
#include "TestTokens.h"
#include "TokenService.h"
#include "TokensModel.h"
#include "TokensScreen.h"

#include <QBrush>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using GuiTest::okButton;
using GuiTest::screenshot;

namespace {

const QByteArray secret = TestTokens::backendSecret();

qint64 secondsFromNow(qint64 seconds)
{
    return QDateTime::currentSecsSinceEpoch() + seconds;
}

// The row of the list that shows `jti`, or -1.
int rowOf(const TokensModel& model, const QString& jti)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, TokensModel::JtiColumn).data().toString() == jti)
            return row;
    return -1;
}

} // namespace

class tst_TokensScreen : public ScreenTest<TokensScreen> {
    Q_OBJECT

private:
    // The open revoke dialog, after Ins.
    RevokeTokenDialog* openRevokeDialog()
    {
        m_screen->createItem();
        auto* dialog = m_screen->findChild<RevokeTokenDialog*>();
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

    QList<RevokedTokenRecord> storedTokens(const QString& jti)
    {
        TokenFilter filter;
        filter.search = jti;
        auto page = m_session->services().tokens().list(m_fx->admin, filter, PageRequest());
        if (!QTest::qWaitFor([&] { return page.isFinished(); }, 60000) || errorOf(page))
            return {};
        return page.result().rows;
    }

    const TokensModel& model() const
    {
        return *static_cast<TokensModel*>(
            m_screen->findChild<QTableView*>(QStringLiteral("table"))->model());
    }

private Q_SLOTS:
    void initTestCase() { GuiTest::initProcess(QStringLiteral("mealdesk-tests-tokens")); }

    void init()
    {
        QSettings().clear();
        CHECKED(openSession());
        CHECKED(openScreen());
    }

    void cleanup() { closeScreen(); }

    void revokePastedJwtShowsItsClaimsFirst()
    {
        QSignalSpy notified(m_screen.get(), &Screen::notified);
        QSignalSpy informed(m_screen.get(), &Screen::informed);
        QPointer<RevokeTokenDialog> dialog = openRevokeDialog();
        QVERIFY(dialog);
        auto* tokenEdit = find<QPlainTextEdit>(dialog, "tokenEdit");
        auto* jti = find<QLabel>(dialog, "jtiValue");
        auto* ok = okButton(dialog);
        QVERIFY(tokenEdit && jti && ok);
        QVERIFY(!ok->isEnabled());

        const QString token = TestTokens::jwt({{QStringLiteral("jti"), QStringLiteral("gui-jti-1")},
                                               {QStringLiteral("sub"), QStringLiteral("Requester")},
                                               {QStringLiteral("type"), QStringLiteral("refresh")},
                                               {QStringLiteral("iat"), secondsFromNow(-60)},
                                               {QStringLiteral("exp"), secondsFromNow(3600)}});
        tokenEdit->setFocus();
        QTest::keyClicks(tokenEdit, QStringLiteral("Bearer ") + token);

        // Decoded before anything is stored.
        QCOMPARE(jti->text(), QStringLiteral("gui-jti-1"));
        QCOMPARE(find<QLabel>(dialog, "subjectValue")->text(), QStringLiteral("Requester"));
        QCOMPARE(find<QLabel>(dialog, "typeValue")->text(), QStringLiteral("Refresh"));
        QVERIFY(find<QLabel>(dialog, "tokenError")->isHidden());
        QVERIFY(!find<QLabel>(dialog, "expiresValue")->text().isEmpty());
        QVERIFY(!find<QLabel>(dialog, "issuedValue")->text().isEmpty());
        QVERIFY(find<QLabel>(dialog, "signatureValue")->text().startsWith(u"Not checked"));
        QTest::keyClicks(find<QLineEdit>(dialog, "secretEdit"), QString::fromLatin1(secret));
        QVERIFY(find<QLabel>(dialog, "signatureValue")->text().startsWith(u"Valid"));
        QTest::keyClicks(find<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("laptop stolen"));
        QVERIFY(storedTokens(QStringLiteral("gui-jti-1")).isEmpty());
        screenshot(dialog, QStringLiteral("tokens-revoke"));

        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 60000);

        const QList<RevokedTokenRecord> stored = storedTokens(QStringLiteral("gui-jti-1"));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().type, TokenType::Refresh);
        QCOMPARE(stored.constFirst().accountId, m_fx->requester.accountId);
        QCOMPARE(stored.constFirst().reason, QStringLiteral("laptop stolen"));
        QVERIFY(stored.constFirst().expiresAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.constFirst().constFirst().toString(),
                 QStringLiteral("Revoked the token gui-jti-1."));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(model(), QStringLiteral("gui-jti-1")) >= 0, 60000);
        QCOMPARE(model()
                     .index(rowOf(model(), QStringLiteral("gui-jti-1")), TokensModel::AccountColumn)
                     .data()
                     .toString(),
                 QStringLiteral("requester"));

        // The same token again: no error, one row, and said so.
        dialog = openRevokeDialog();
        QVERIFY(dialog);
        find<QPlainTextEdit>(dialog, "tokenEdit")->setPlainText(token);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 60000);
        // Said where it is read whole, not in the status bar.
        QCOMPARE(notified.size(), 1);
        QCOMPARE(informed.size(), 1);
        QVERIFY2(informed.last().constFirst().toString().contains(u"already revoked"),
                 qPrintable(informed.last().constFirst().toString()));
        QCOMPARE(storedTokens(QStringLiteral("gui-jti-1")).size(), 1);
        QCOMPARE(storedTokens(QStringLiteral("gui-jti-1")).constFirst().reason,
                 QStringLiteral("laptop stolen"));
        screenshot(m_screen.get(), QStringLiteral("tokens"));
    }

    void refusedTextIsExplainedAtTheField()
    {
        QPointer<RevokeTokenDialog> dialog = openRevokeDialog();
        QVERIFY(dialog);
        auto* tokenEdit = find<QPlainTextEdit>(dialog, "tokenEdit");
        auto* error = find<QLabel>(dialog, "tokenError");
        auto* ok = okButton(dialog);
        QTest::keyClicks(tokenEdit, QStringLiteral("abc.def"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"three segments"), qPrintable(error->text()));
        QCOMPARE(find<QLabel>(dialog, "jtiValue")->text(), QStringLiteral("—"));
        QVERIFY(!ok->isEnabled());
        // Enter with the refused text changes nothing.
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(dialog->isVisible());

        // The explicit jti entry takes the same text as a jti, dots included.
        find<QCheckBox>(dialog, "explicitJtiCheck")->setChecked(true);
        QVERIFY(error->isHidden());
        QCOMPARE(find<QLabel>(dialog, "jtiValue")->text(), QStringLiteral("abc.def"));
        auto* type = find<QComboBox>(dialog, "typeCombo");
        QVERIFY(type->isVisible());
        type->setCurrentIndex(type->findText(QStringLiteral("Refresh")));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 60000);
        const QList<RevokedTokenRecord> stored = storedTokens(QStringLiteral("abc.def"));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().type, TokenType::Refresh);
        QVERIFY(!stored.constFirst().expiresAt.isValid());
    }

    void purgeExpiredNamesTheCountAndReportsIt()
    {
        TokenService& tokens = m_session->services().tokens();
        const QList<qint64> expiries = {secondsFromNow(-7200), secondsFromNow(-600),
                                        secondsFromNow(7200)};
        for (int i = 0; i < expiries.size(); ++i) {
            RevokeInput input;
            input.text =
                TestTokens::jwt({{QStringLiteral("jti"), QStringLiteral("purge-%1").arg(i)},
                                 {QStringLiteral("exp"), expiries.at(i)}});
            auto revoked = tokens.revoke(m_fx->admin, input);
            AWAIT_OK(revoked);
        }
        QTRY_COMPARE_WITH_TIMEOUT(model().rowCount(), 3, 60000);
        // The token's state in a word and in colours beside it.
        for (int i = 0; i < expiries.size(); ++i) {
            // Rows are named once their page has loaded.
            int row = -1;
            QTRY_VERIFY_WITH_TIMEOUT((row = rowOf(model(), QStringLiteral("purge-%1").arg(i))) >= 0,
                                     60000);
            const QModelIndex expiresAt = model().index(row, TokensModel::ExpiresAtColumn);
            const QString expires = expiresAt.data().toString();
            QVERIFY2(expires.endsWith(i < 2 ? u" (expired)" : u" (active)"), qPrintable(expires));
            const StateColors::Hue hue = i < 2 ? StateColors::Hue::Grey : StateColors::Hue::Blue;
            QCOMPARE(qvariant_cast<QBrush>(expiresAt.data(Qt::ForegroundRole)).color(),
                     StateColors::text(hue));
            QCOMPARE(qvariant_cast<QBrush>(expiresAt.data(Qt::BackgroundRole)).color(),
                     StateColors::background(hue));
        }
        QSignalSpy notified(m_screen.get(), &Screen::notified);

        QTest::mouseClick(find<QPushButton>("purgeButton"), Qt::LeftButton);
        QPointer<QMessageBox> box;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = m_screen->findChild<QMessageBox*>(QStringLiteral("confirmationBox"))), 60000);
        QVERIFY2(box->text().contains(u"2 expired token"), qPrintable(box->text()));
        QAbstractButton* purge = nullptr;
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                purge = b;
        QVERIFY(purge);
        QTest::mouseClick(purge, Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 60000);
        QCOMPARE(notified.constFirst().constFirst().toString(),
                 QStringLiteral("Purged 2 expired token(s)."));
        auto left = tokens.count(m_fx->admin, TokenFilter());
        AWAIT_OK(left);
        QCOMPARE(left.result(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(model().rowCount(), 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(model().index(0, TokensModel::JtiColumn).data().toString(),
                                  QStringLiteral("purge-2"), 60000);
    }
    void accountFilterAndSignOutEverywhere()
    {
        TokenService& tokens = m_session->services().tokens();
        for (const Actor* owner : {&m_fx->requester, &m_fx->taker}) {
            RevokeInput input;
            input.text =
                TestTokens::jwt({{QStringLiteral("jti"), owner->username + QStringLiteral("-jti")},
                                 {QStringLiteral("sub"), owner->username}});
            auto revoked = tokens.revoke(m_fx->admin, input);
            AWAIT_OK(revoked);
        }
        QTRY_COMPARE_WITH_TIMEOUT(model().rowCount(), 2, 60000);

        auto* account = find<QLineEdit>("accountEdit");
        auto* accountError = find<QLabel>("accountError");
        QTest::keyClicks(account, QStringLiteral("Taker"));
        QTRY_COMPARE_WITH_TIMEOUT(model().rowCount(), 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(model().index(0, TokensModel::JtiColumn).data().toString(),
                                  QStringLiteral("taker-jti"), 60000);
        account->clear();
        QTest::keyClicks(account, QStringLiteral("nobody"));
        QTRY_VERIFY_WITH_TIMEOUT(accountError->isVisible(), 60000);
        QVERIFY2(accountError->text().contains(u"nobody"), qPrintable(accountError->text()));
        QTRY_COMPARE_WITH_TIMEOUT(model().rowCount(), 0, 60000);
        account->clear();
        QTRY_COMPARE_WITH_TIMEOUT(model().rowCount(), 2, 60000);
        QVERIFY(accountError->isHidden());

        // Proposed from the selected token's account.
        const int row = rowOf(model(), QStringLiteral("requester-jti"));
        QVERIFY(row >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(model().record(row), 60000);
        find<QTableView>("table")->selectRow(row);
        QSignalSpy informed(m_screen.get(), &Screen::informed);
        QTest::mouseClick(find<QPushButton>("signOutButton"), Qt::LeftButton);
        QPointer<SignOutEverywhereDialog> dialog = m_screen->findChild<SignOutEverywhereDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(find<QLineEdit>(dialog, "accountEdit")->text(), QStringLiteral("requester"));
        screenshot(dialog, QStringLiteral("tokens-signout"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 60000);
        QCOMPARE(informed.size(), 1);
        QVERIFY2(informed.constFirst().constFirst().toString().startsWith(
                     u"requester is signed out everywhere"),
                 qPrintable(informed.constFirst().constFirst().toString()));
        auto requester =
            m_session->services().accounts().get(m_fx->admin, m_fx->requester.accountId);
        AWAIT_OK(requester);
        QVERIFY(requester.result().tokensValidAfter.isValid());
        auto taker = m_session->services().accounts().get(m_fx->admin, m_fx->taker.accountId);
        AWAIT_OK(taker);
        QVERIFY(!taker.result().tokensValidAfter.isValid());
    }

    void revokeAPastedListInOneCall()
    {
        QTest::mouseClick(find<QPushButton>("revokeListButton"), Qt::LeftButton);
        RevokeListDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_screen->findChild<RevokeListDialog*>()) && dialog->isVisible());
        const QPointer<RevokeListDialog> open(dialog);
        auto* ok = okButton(dialog);
        QVERIFY(!ok->isEnabled()); // nothing pasted yet

        // A JWT, a bare jti (blank lines and spaces around do not count) and a broken token.
        const QString token =
            TestTokens::jwt({{QStringLiteral("jti"), QStringLiteral("listed-jwt")},
                             {QStringLiteral("sub"), m_fx->taker.username},
                             {QStringLiteral("exp"), secondsFromNow(3600)}});
        find<QPlainTextEdit>(dialog, "tokensEdit")
            ->setPlainText(QStringLiteral("Bearer %1\n\n  listed-jti  \nabc.def.ghi\n").arg(token));
        QCOMPARE(find<QLabel>(dialog, "countLabel")->text(),
                 QStringLiteral("3 line(s) to revoke."));
        QTest::keyClicks(find<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("offboarding"));
        screenshot(dialog, QStringLiteral("tokens-revoke-list"));

        QSignalSpy informed(m_screen.get(), &Screen::informed);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!open, 60000);
        QCOMPARE(informed.size(), 1);
        const QString outcome = informed.at(0).at(0).toString();
        // The refused line is named: its message alone ("The header is not JSON") would not say
        // which line it was.
        QVERIFY2(outcome.startsWith(
                     QStringLiteral("Revoking 3 token(s): 2 done, 1 refused:\n- abc.def.ghi: ")),
                 qPrintable(outcome));
        for (const QString& jti : {QStringLiteral("listed-jwt"), QStringLiteral("listed-jti")}) {
            const QList<RevokedTokenRecord> stored = storedTokens(jti);
            QCOMPARE(stored.size(), 1);
            QCOMPARE(stored.constFirst().reason, QStringLiteral("offboarding"));
        }
        QCOMPARE(storedTokens(QStringLiteral("listed-jwt")).constFirst().accountId,
                 m_fx->taker.accountId);
        QTRY_COMPARE_WITH_TIMEOUT(model().rowCount(), 2, 60000);
    }

    void exportWritesEveryTokenTheFilterSelects()
    {
        TokenService& tokens = m_session->services().tokens();
        for (const QString& jti : {QStringLiteral("requester-1"), QStringLiteral("taker-1"),
                                   QStringLiteral("requester-2")}) {
            RevokeInput input;
            input.text = TestTokens::jwt(
                {{QStringLiteral("jti"), jti}, {QStringLiteral("sub"), jti.section(u'-', 0, 0)}});
            input.reason = QStringLiteral("left, for good");
            auto revoked = tokens.revoke(m_fx->admin, input);
            AWAIT_OK(revoked);
        }
        // Pages of one row: the export must not stop at the rows the table has loaded.
        auto* table = find<QTableView>("table");
        static_cast<TokensModel*>(table->model())->setPaging(1, 2);
        QTest::keyClicks(find<QLineEdit>("accountEdit"), QStringLiteral("Requester"));
        QTRY_COMPARE_WITH_TIMEOUT(model().rowCount(), 2, 60000);

        QList<QStringList> records;
        CHECKED(exportThrough("exportButton", QStringLiteral("tokens.csv"),
                              QStringLiteral("Revoked tokens exported to %1."), &records));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).join(u','), QStringLiteral("JTI,Type,Account,Revoked at (UTC),"
                                                          "Expires at (UTC),Reason,Revoked by"));
        // Newest first, as the table lists them.
        QCOMPARE(records.at(1).at(0), QStringLiteral("requester-2"));
        QCOMPARE(records.at(2).at(0), QStringLiteral("requester-1"));
        for (int row = 1; row < 3; ++row) {
            QCOMPARE(records.at(row).at(1), QStringLiteral("access"));
            QCOMPARE(records.at(row).at(2), QStringLiteral("requester"));
            QCOMPARE(records.at(row).at(5), QStringLiteral("left, for good"));
            QCOMPARE(records.at(row).at(6), QStringLiteral("admin"));
        }
    }

    void contextMenuOffersTheScreensActionsAndCopies()
    {
        TokenService& tokens = m_session->services().tokens();
        for (const Actor* owner : {&m_fx->requester, &m_fx->taker, &m_fx->admin}) {
            RevokeInput input;
            input.text =
                TestTokens::jwt({{QStringLiteral("jti"), owner->username + QStringLiteral("-jti")},
                                 {QStringLiteral("sub"), owner->username}});
            input.reason = QStringLiteral("left\tthe company");
            auto revoked = tokens.revoke(m_fx->admin, input);
            AWAIT_OK(revoked);
        }
        QTRY_COMPARE_WITH_TIMEOUT(model().rowCount(), 3, 60000);
        for (int row = 0; row < 3; ++row)
            QTRY_VERIFY_WITH_TIMEOUT(model().record(row), 60000);

        auto* table = find<QTableView>("table");
        QHeaderView* header = table->horizontalHeader();
        // Copy follows what the header shows: its order, without hidden columns.
        header->moveSection(header->visualIndex(TokensModel::AccountColumn), 0);
        header->hideSection(TokensModel::RevokedAtColumn);
        QItemSelectionModel* selection = table->selectionModel();
        selection->select(model().index(0, 0),
                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selection->select(model().index(2, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);

        Q_EMIT table->customContextMenuRequested(table->visualRect(model().index(0, 0)).center());
        auto* menu = m_screen->findChild<QMenu*>(QStringLiteral("tableMenu"));
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        QStringList texts;
        QAction* copy = nullptr;
        QAction* signOut = nullptr;
        for (QAction* action : menu->actions()) {
            texts << action->text();
            if (action->shortcut() == QKeySequence(QKeySequence::Copy))
                copy = action;
            if (action->text() == find<QPushButton>("signOutButton")->text())
                signOut = action;
        }
        QVERIFY2(copy && signOut, qPrintable(texts.join(u'|')));
        menu->close();

        const auto line = [this](int row) {
            QStringList cells;
            for (int column : {TokensModel::AccountColumn, TokensModel::JtiColumn,
                               TokensModel::TypeColumn, TokensModel::ExpiresAtColumn,
                               TokensModel::ReasonColumn, TokensModel::RevokedByColumn})
                cells << model().index(row, column).data().toString().replace(u'\t', u' ');
            return cells.join(u'\t');
        };
        QGuiApplication::clipboard()->clear();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), line(0) + u'\n' + line(2));
        QVERIFY(QGuiApplication::clipboard()->text().contains(u"left the company"));

        // The menu's entry does what the button does: here, for the selected token's account.
        signOut->trigger();
        QPointer<SignOutEverywhereDialog> dialog = m_screen->findChild<SignOutEverywhereDialog*>();
        QVERIFY(dialog);
        QCOMPARE(find<QLineEdit>(dialog, "accountEdit")->text(),
                 model().index(0, TokensModel::AccountColumn).data().toString());
        dialog->reject();
    }
};

QTEST_MAIN(tst_TokensScreen)
#include "tst_tokensscreen.moc"
