#include "AccessPolicy.h"
#include "AsyncTableModelBase.h"
#include "Await.h"
#include "ErrorBanner.h"
#include "FieldMessage.h"
#include "GuiTestSupport.h"
#include "JobTracker.h"
#include "JobsIndicator.h"
#include "LaunchedApp.h"
#include "MainWindow.h"
#include "OriginsModel.h"
#include "PrivatePgServer.h"
#include "Screen.h"
#include "ScreenCatalog.h"
#include "ServiceFixture.h"
#include "Session.h"
#include "SignInDialog.h"
#include "StartupController.h"
#include "TestTokens.h"
#include "TokenService.h"
#include "TokensModel.h"
#include "WhenFinished.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

namespace {

// The keys of the screens the navigation offers.
QStringList navigationOf(const LaunchedApp& app)
{
    QStringList keys;
    const auto* list = app.find<QListWidget>("navigation");
    for (int i = 0; i < list->count(); ++i)
        keys << list->item(i)->data(Qt::UserRole).toString();
    return keys;
}

// Types into the open sign-in dialog and presses Sign In.
void submitSignIn(const LaunchedApp& app, const QString& username, const QString& password)
{
    SignInDialog* dialog = app.window->signInDialog();
    auto* user = dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit"));
    user->clear();
    QTest::keyClicks(user, username);
    auto* pass = dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    pass->clear();
    QTest::keyClicks(pass, password);
    QTest::keyClick(pass, Qt::Key_Return);
}

// Waits for the sign-in dialog, signs in as `actor` and waits for the work page (for CHECKED).
void signIn(const LaunchedApp& app, const Actor& actor)
{
    QTRY_VERIFY_WITH_TIMEOUT(app.window->signInDialog() && app.window->signInDialog()->isVisible(),
                             GuiTest::serviceTimeout);
    submitSignIn(app, actor.username, ServiceFixture::passwordOf(actor));
    QTRY_COMPARE_WITH_TIMEOUT(app.page(), QStringLiteral("workPage"), GuiTest::serviceTimeout);
}

// The screen of navigation key `key`, shown as a click in the navigation shows it.
Screen* showScreen(const LaunchedApp& app, const QString& key)
{
    app.find<QListWidget>("navigation")->setCurrentRow(int(navigationOf(app).indexOf(key)));
    return app.window->currentScreen();
}

} // namespace

class tst_Shell : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::initProcess(QStringLiteral("mealdesk-shell-tests")); }

    void init() { QSettings().clear(); }

    void refusedSignInKeepsTheUsernameAndSaysWhy()
    {
        ServiceFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("sqlite")));
        LaunchedApp app(fixture.db().settings());
        QTRY_VERIFY_WITH_TIMEOUT(
            app.window->signInDialog() && app.window->signInDialog()->isVisible(), 30000);
        QPointer<SignInDialog> dialog = app.window->signInDialog();
        auto* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                       ->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing typed yet

        submitSignIn(app, QStringLiteral("captain"), QStringLiteral("wrong-password"));
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
        QVERIFY2(!error->text().isEmpty(), "no reason given");
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->text(),
                 QStringLiteral("captain"));
        QCOMPARE(app.page(), QStringLiteral("busyPage"));
        QVERIFY(dialog->isVisible());

        submitSignIn(app, QStringLiteral("captain"), ServiceFixture::passwordOf(fixture.captain));
        QTRY_COMPARE_WITH_TIMEOUT(app.page(), QStringLiteral("workPage"), 30000);
        QTRY_VERIFY(!dialog);
        QCOMPARE(app.window->session()->actor().accountId, fixture.captain.accountId);
        QVERIFY(app.find<QLabel>("accountStatus")->text().contains(QStringLiteral("captain")));
        // The username is offered again next time.
        QCOMPARE(QSettings().value(QStringLiteral("signIn/username")).toString(),
                 QStringLiteral("captain"));
    }

    void navigationOffersWhatTheRoleMayUse()
    {
        ServiceFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("sqlite")));
        LaunchedApp app(fixture.db().settings());
        for (const Actor* actor : {&fixture.requester, &fixture.admin, &fixture.stock}) {
            CHECKED(signIn(app, *actor));

            QStringList expected;
            for (const ScreenCatalog::Entry& entry : ScreenCatalog::entries())
                if (!entry.operation || AccessPolicy::allows(*actor, *entry.operation))
                    expected << entry.key;
            QCOMPARE(navigationOf(app), expected);
            const auto* list = app.find<QListWidget>("navigation");
            for (int i = 0; i < list->count(); ++i)
                QVERIFY2(!list->item(i)->icon().isNull(), qPrintable(list->item(i)->text()));
            // Every offered screen opens.
            for (const QString& key : expected)
                QVERIFY2(app.window->openScreen(key), qPrintable(key));

            app.find<QAction>("actionSignOut")->trigger();
            QCOMPARE(app.page(), QStringLiteral("busyPage"));
            QVERIFY(navigationOf(app).isEmpty());
            QVERIFY(!app.window->currentScreen());
        }
    }

    void shortcutsReachTheCurrentScreenAndItsLayoutIsRemembered()
    {
        ServiceFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("sqlite")));
        QByteArray splitterState;
        {
            LaunchedApp app(fixture.db().settings());
            CHECKED(signIn(app, fixture.admin));
            Screen* overview = app.window->currentScreen();
            QCOMPARE(overview->objectName(), QStringLiteral("overview"));
            // F5 reloads the current screen: the overview counts again.
            auto* employees = overview->findChild<QLabel*>(QStringLiteral("employeesCount"));
            QTRY_COMPARE(employees->text(), QStringLiteral("0"));
            auto added = fixture.db().write([](Connection& c) {
                c.exec(QStringLiteral("INSERT INTO employee (code, name_en) VALUES (?, ?)"),
                       {7, QStringLiteral("Seven")});
            });
            AWAIT_OK(added);
            QVERIFY(app.find<QAction>("actionRefresh")->isEnabled());
            app.window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
            QTest::keyClick(app.window.get(), Qt::Key_F5);
            QTRY_COMPARE(employees->text(), QStringLiteral("1"));
            // The overview has nothing to create or delete.
            QVERIFY(!app.find<QAction>("actionNew")->isEnabled());
            QVERIFY(!app.find<QAction>("actionDelete")->isEnabled());

            auto* splitter = app.find<QSplitter>("navigationSplitter");
            splitter->setSizes({150, 600});
            splitterState = splitter->saveState();
            app.window->close();
        }
        LaunchedApp again(fixture.db().settings());
        QCOMPARE(again.find<QSplitter>("navigationSplitter")->saveState(), splitterState);
    }

    void titleNamesTheDatabaseAndActionsUseStandardKeys()
    {
        ServiceFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("sqlite")));
        LaunchedApp app(fixture.db().settings());
        QCOMPARE(app.window->windowTitle(),
                 QFileInfo(fixture.db().settings().sqlitePath()).fileName());

        const std::pair<const char*, QKeySequence::StandardKey> keys[] = {
            {"actionNew", QKeySequence::New},           {"actionDelete", QKeySequence::Delete},
            {"actionRefresh", QKeySequence::Refresh},   {"actionFind", QKeySequence::Find},
            {"actionOpenDatabase", QKeySequence::Open}, {"actionQuit", QKeySequence::Quit},
        };
        for (const auto& [name, key] : keys) {
            const auto* action = app.find<QAction>(name);
            QVERIFY2(action, name);
            // Quit has no key in every scheme (Windows': Alt+F4 closes the window).
            QVERIFY2(key == QKeySequence::Quit || !QKeySequence::keyBindings(key).isEmpty(), name);
            QCOMPARE(action->shortcuts(), QKeySequence::keyBindings(key));
        }
        for (const char* name :
             {"actionNew", "actionEdit", "actionDelete", "actionRefresh", "actionFind",
              "actionOpenDatabase", "actionSignOut", "actionQuit", "actionAbout"})
            QVERIFY2(!app.find<QAction>(name)->icon().isNull(), name);

        // Help ▸ About Qt opens Qt's own box. The sign-in dialog first: opening while the box is
        // up, it would stand above the box.
        QTRY_VERIFY_WITH_TIMEOUT(app.window->signInDialog() &&
                                     app.window->signInDialog()->isVisible(),
                                 GuiTest::serviceTimeout);
        auto* aboutQt = app.find<QAction>("actionAboutQt");
        QVERIFY(aboutQt);
        QVERIFY(app.find<QMenu>("menuHelp")->actions().contains(aboutQt));
        QString shown;
        QTimer closer;
        closer.setInterval(20);
        connect(&closer, &QTimer::timeout, this, [&shown] {
            const QWidgetList windows = QApplication::topLevelWidgets();
            for (QWidget* window : windows) {
                auto* box = qobject_cast<QMessageBox*>(window);
                if (box && box->isVisible()) {
                    shown = box->windowTitle();
                    box->close();
                }
            }
        });
        closer.start();
        aboutQt->trigger();
        closer.stop();
        QCOMPARE(shown, QStringLiteral("About Qt"));
    }

    void alreadyRevokedIsShownAboveTheScreen()
    {
        ServiceFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("sqlite")));
        const QString token = TestTokens::jwt({{QStringLiteral("jti"), QStringLiteral("twice")}});
        RevokeInput input;
        input.text = token;
        ServiceRegistry services(fixture.db(), fixture.feed());
        auto revoked = services.tokens().revoke(fixture.admin, input);
        AWAIT_OK(revoked);

        LaunchedApp app(fixture.db().settings());
        CHECKED(signIn(app, fixture.admin));
        Screen* tokens = showScreen(app, QStringLiteral("tokens"));
        QCOMPARE(tokens->objectName(), QStringLiteral("tokens"));

        tokens->createItem();
        QPointer<QDialog> dialog = tokens->findChild<QDialog*>();
        QVERIFY(dialog);
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("tokenEdit"))->setPlainText(token);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                              ->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000);
        // In the banner above the screen, whole: not in the status bar, where it is cut off.
        auto* text = app.find<QLabel>("errorBannerText");
        QTRY_VERIFY(text->isVisible());
        QVERIFY2(text->text().startsWith(u"The token twice was already revoked"),
                 qPrintable(text->text()));
        QCOMPARE(text->wordWrap(), true);
    }

    void anotherDesktopsChangeShowsWithoutReloading()
    {
        ServiceFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("postgresql")));
        LaunchedApp app(fixture.db().settings());
        CHECKED(signIn(app, fixture.admin));
        auto* origins =
            app.window->currentScreen()->findChild<QLabel*>(QStringLiteral("allowedOriginsCount"));
        QTRY_COMPARE(origins->text(), QStringLiteral("0"));
        QTRY_VERIFY_WITH_TIMEOUT(app.window->session()->isListening(), 30000);

        // The other desktop: its own connections and change feed, the same server.
        ServiceRegistry other(fixture.db(), fixture.feed());
        auto added = other.origins().add(fixture.admin, QStringLiteral("https://elsewhere.example"),
                                         QString());
        AWAIT_OK(added);
        QTRY_COMPARE_WITH_TIMEOUT(origins->text(), QStringLiteral("1"), 30000);
    }

    // A screen loaded before the server went away, shown again: the outage in the banner with
    // Retry, not its old rows without a word; once the server is back, the rows come by
    // themselves.
    void aScreenShownAgainAfterAnOutageSaysSo()
    {
        PrivatePgServer server;
        QVERIFY(server.start());
        ServiceFixture fixture;
        QVERIFY(fixture.openAt(
            ConnectionSettings::parse(server.url() + QStringLiteral("?connect_timeout=2"))));
        ServiceRegistry services(fixture.db(), fixture.feed());
        auto added = services.origins().add(fixture.admin, QStringLiteral("https://kept.example"),
                                            QString());
        AWAIT_OK(added);

        LaunchedApp app(fixture.db().settings());
        CHECKED(signIn(app, fixture.admin));
        Screen* origins = showScreen(app, QStringLiteral("origins"));
        QCOMPARE(origins->objectName(), QStringLiteral("origins"));
        QAbstractItemModel* rows =
            origins->findChild<QTableView*>(QStringLiteral("table"))->model();
        QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 1, 30000);
        showScreen(app, QStringLiteral("tokens"));
        QTRY_VERIFY_WITH_TIMEOUT(app.window->session()->jobs().isEmpty(), 30000);

        QVERIFY(server.run({QStringLiteral("pause")}));
        QCOMPARE(showScreen(app, QStringLiteral("origins")), origins);
        auto* banner = app.find<QLabel>("errorBannerText");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
        QVERIFY2(banner->text().contains(QStringLiteral("127.0.0.1")), qPrintable(banner->text()));
        // The row keeps its place, not its old values: it says why it cannot be read.
        QCOMPARE(rows->rowCount(), 1);
        const QModelIndex kept = rows->index(0, OriginsModel::OriginColumn);
        QCOMPARE(kept.data().toString(), QString());
        QVERIFY(!kept.data(AsyncTableModelBase::ErrorRole).toString().isEmpty());
        auto* retry = app.find<QPushButton>("errorBannerRetry");
        QVERIFY(retry->isVisible());
        GuiTest::screenshot(app.window.get(), QStringLiteral("outage-on-reopening"));

        QVERIFY(server.run({QStringLiteral("resume")}));
        QTRY_COMPARE_WITH_TIMEOUT(rows->index(0, OriginsModel::OriginColumn).data().toString(),
                                  QStringLiteral("https://kept.example"), 30000);
        QVERIFY(!banner->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(app.window->session()->jobs().isEmpty(), 30000);
    }

    // Going to another screen and back reads the rows again but keeps the reader's place: the
    // selected row stays selected and current, with what it holds now. F5 does the same.
    void aScreenShownAgainOrRefreshedKeepsItsSelection()
    {
        ServiceFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("sqlite")));
        ServiceRegistry services(fixture.db(), fixture.feed());
        for (const char* origin : {"https://a.example", "https://b.example", "https://c.example"}) {
            auto added = services.origins().add(fixture.admin, QLatin1String(origin), QString());
            AWAIT_OK(added);
        }

        LaunchedApp app(fixture.db().settings());
        CHECKED(signIn(app, fixture.admin));
        auto* table = showScreen(app, QStringLiteral("origins"))
                          ->findChild<QTableView*>(QStringLiteral("table"));
        QAbstractItemModel* rows = table->model();
        QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 3, 30000);
        table->selectRow(1);
        QTRY_VERIFY_WITH_TIMEOUT(app.window->session()->jobs().isEmpty(), 30000);

        showScreen(app, QStringLiteral("tokens"));
        QTRY_VERIFY_WITH_TIMEOUT(app.window->session()->jobs().isEmpty(), 30000);
        auto added =
            services.origins().add(fixture.admin, QStringLiteral("https://d.example"), QString());
        AWAIT_OK(added);
        showScreen(app, QStringLiteral("origins"));
        QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 4, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(app.window->session()->jobs().isEmpty(), 30000);
        QCOMPARE(table->currentIndex().row(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QVERIFY(table->selectionModel()->isRowSelected(1, QModelIndex()));
        QTRY_COMPARE_WITH_TIMEOUT(rows->index(1, OriginsModel::OriginColumn).data().toString(),
                                  QStringLiteral("https://b.example"), 30000);

        // So does F5 (Refresh).
        auto another =
            services.origins().add(fixture.admin, QStringLiteral("https://e.example"), QString());
        AWAIT_OK(another);
        app.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        QTest::keyClick(app.window.get(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 5, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(app.window->session()->jobs().isEmpty(), 30000);
        QCOMPARE(table->currentIndex().row(), 1);
        QVERIFY(table->selectionModel()->isRowSelected(1, QModelIndex()));
    }

    void bannerShowsTheFailureAndRetries()
    {
        ErrorBanner banner;
        QVERIFY(banner.isHidden());
        int retries = 0;
        banner.showError(QStringLiteral("Loading employees: the server went away"),
                         [&retries] { ++retries; });
        QVERIFY(banner.isVisible());
        QCOMPARE(banner.message(), QStringLiteral("Loading employees: the server went away"));
        auto* retry = banner.findChild<QPushButton*>(QStringLiteral("errorBannerRetry"));
        QVERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(retries, 1);
        QVERIFY(banner.isHidden());

        // Without a retry there is only Dismiss.
        banner.showError(QStringLiteral("Your account may not do this"));
        QVERIFY(!retry->isVisible());
        QTest::mouseClick(banner.findChild<QPushButton*>(QStringLiteral("errorBannerDismiss")),
                          Qt::LeftButton);
        QVERIFY(banner.isHidden());
        QCOMPARE(retries, 1);

        // A result to read: shown the same way, with nothing to retry.
        banner.showInformation(QStringLiteral("Kitchen sheet saved as /tmp/a.pdf."));
        QCOMPARE(banner.message(), QStringLiteral("Kitchen sheet saved as /tmp/a.pdf."));
        QVERIFY(!retry->isVisible());
    }

    // A message can carry text from the database (a name typed on the web): a QLabel in its
    // default AutoText format would render it as HTML, fetch images and show links.
    void messagesAreShownAsPlainText()
    {
        const QString html = QStringLiteral(
            "<b>x</b><img src=\"http://attacker.example/t.png\"><a href=\"http://x\">y</a>");
        ErrorBanner banner;
        banner.showError(html);
        auto* text = banner.findChild<QLabel*>(QStringLiteral("errorBannerText"));
        QVERIFY(text);
        QCOMPARE(text->textFormat(), Qt::PlainText);
        QCOMPARE(text->text(), html);
        QCOMPARE(banner.message(), html);

        QLabel field;
        FieldMessage::show(&field, html);
        QCOMPARE(field.textFormat(), Qt::PlainText);
        QCOMPARE(field.text(), html);
    }

    void jobsIndicatorShowsAndCancelsWhatRuns()
    {
        JobTracker jobs;
        JobsIndicator indicator;
        indicator.setTracker(&jobs);
        QVERIFY(indicator.isHidden());

        // A task still queued: not started.
        QPromise<int> promise;
        jobs.track(QStringLiteral("Saving the employee"), promise.future());
        QVERIFY(indicator.isVisible());
        auto* text = indicator.findChild<QLabel*>(QStringLiteral("jobsText"));
        QCOMPARE(text->text(), QStringLiteral("Saving the employee"));

        const int other = jobs.begin(QStringLiteral("Counting"));
        QCOMPARE(text->text(), QStringLiteral("Saving the employee (and 1 more)"));
        jobs.end(other);

        auto* cancel = indicator.findChild<QToolButton*>(QStringLiteral("jobsCancel"));
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(promise.isCanceled());
        promise.finish();
        QTRY_VERIFY(indicator.isHidden());
        QVERIFY(jobs.isEmpty());
    }

    void aCanceledCallWithoutResultIsNotReportedDone()
    {
        QObject receiver;
        QPromise<void> removing;
        bool done = false;
        QString error;
        whenFinished(
            &receiver, removing.future(), [&done] { done = true; },
            [&error](const Failure& e) { error = e.message(); });
        removing.future().cancel();
        removing.finish();
        QTRY_VERIFY(!error.isEmpty());
        QVERIFY(!done);
        QCOMPARE(error, QStringLiteral("The task was canceled."));
    }

    void cancelIsNotOfferedOnceAWriteHasBegun()
    {
        JobTracker jobs;
        JobsIndicator indicator;
        indicator.setTracker(&jobs);
        auto* cancel = indicator.findChild<QToolButton*>(QStringLiteral("jobsCancel"));
        QPromise<int> saving;
        jobs.track(QStringLiteral("Saving the employee"), saving.future());
        QVERIFY(jobs.isCancelable());
        QVERIFY(cancel->isEnabled());

        // Begun on its worker: it may commit, so it runs to its end and reports how it ended.
        saving.start();
        QTRY_VERIFY(!cancel->isEnabled());
        QVERIFY(!jobs.isCancelable());
        jobs.cancelAll();
        QVERIFY(!saving.isCanceled());

        // Begun before started() reached the tracker: Cancel still leaves it alone.
        QPromise<int> importing;
        jobs.track(QStringLiteral("Importing employees"), importing.future());
        importing.start();
        jobs.cancelAll();
        QVERIFY(!importing.isCanceled());

        // A table's loading stays cancelable while it runs.
        bool stopped = false;
        const int loading =
            jobs.begin(QStringLiteral("Loading employees"), [&stopped] { stopped = true; });
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(stopped);
        jobs.end(loading);
        QTRY_VERIFY(!cancel->isEnabled());

        saving.addResult(1);
        saving.finish();
        importing.addResult(2);
        importing.finish();
        QTRY_VERIFY(indicator.isHidden());
        QVERIFY(jobs.isEmpty());
    }

    void cancelingATableStopsItsLoading()
    {
        ServiceFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("sqlite")));
        Session session(fixture.host());
        session.setActor(fixture.admin);
        TokensModel model(session.services().tokens(), fixture.admin, session.feed());
        session.jobs().watch(&model, QStringLiteral("Loading tokens"));
        QTRY_COMPARE(model.state(), AsyncTableModelBase::State::Idle);
        QVERIFY(session.jobs().isEmpty());

        model.reload();
        QCOMPARE(session.jobs().descriptions(), QStringList{QStringLiteral("Loading tokens")});
        session.jobs().cancelAll();
        QCOMPARE(model.state(), AsyncTableModelBase::State::Error);
        QVERIFY(session.jobs().isEmpty());
        // Reload is the way back.
        model.reload();
        QTRY_COMPARE(model.state(), AsyncTableModelBase::State::Idle);
    }
};

QTEST_MAIN(tst_Shell)
#include "tst_shell.moc"
