#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "ConfirmationBox.h"
#include "DatabaseDialog.h"
#include "ElidedLabel.h"
#include "ErrorBanner.h"
#include "FirstRunDialog.h"
#include "Icons.h"
#include "JobsIndicator.h"
#include "Language.h"
#include "LeftToRight.h"
#include "ScreenCatalog.h"
#include "Session.h"
#include "SignInDialog.h"
#include "StartupController.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString splitterKey = QStringLiteral("mainWindow/navigation");
const QString screenKey = QStringLiteral("mainWindow/screen");
constexpr int keyRole = Qt::UserRole;

QString roleText(const Actor& actor)
{
    return actor.superAdmin ? MainWindow::tr("administrator") : roleName(actor.role);
}

} // namespace

MainWindow::MainWindow(StartupController& startup, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_startup(startup)
    , m_banner(new ErrorBanner(this))
    , m_jobs(new JobsIndicator(this))
    , m_stepLabel(new QLabel(this))
    , m_accountStatus(new QLabel(this))
    , m_databaseStatus(new ElidedLabel(this))
    , m_connectionWarning(new QLabel(this))
    , m_schemaStatus(new QLabel(this))
{
    m_ui->setupUi(this);
    m_ui->screenAreaLayout->insertWidget(0, m_banner);
    m_ui->navigationSplitter->setStretchFactor(1, 1);
    m_ui->navigationSplitter->setSizes({170, 1030});
    // The platform adds the application's name: "mealdesk-demo.db — MealDesk".
    setWindowTitle(databaseName());
    setStandardKeysAndIcons();

    m_stepLabel->setObjectName(QStringLiteral("stepStatus"));
    m_accountStatus->setObjectName(QStringLiteral("accountStatus"));
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    m_databaseStatus->setText(databaseDescription());
    m_connectionWarning->setObjectName(QStringLiteral("connectionWarning"));
    const QString warning = m_startup.settings().unverifiedRemoteWarning();
    m_connectionWarning->setText(tr("Connection not verified: use sslmode=verify-full"));
    m_connectionWarning->setToolTip(warning);
    m_connectionWarning->setAccessibleDescription(warning);
    m_connectionWarning->setStyleSheet(
        QStringLiteral("QLabel { color: #a40000; font-weight: bold; }"));
    m_connectionWarning->setVisible(!warning.isEmpty());
    m_schemaStatus->setObjectName(QStringLiteral("schemaStatus"));
    m_schemaStatus->hide();
    m_accountStatus->hide();
    statusBar()->addWidget(m_jobs);
    statusBar()->addWidget(m_stepLabel, 1);
    statusBar()->addPermanentWidget(m_accountStatus);
    statusBar()->addPermanentWidget(m_connectionWarning);
    statusBar()->addPermanentWidget(m_databaseStatus);
    statusBar()->addPermanentWidget(m_schemaStatus);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_ui->actionOpenDatabase, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->otherDatabaseButton, &QPushButton::clicked, this, &MainWindow::chooseDatabase);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    // Qt's own box runs a nested event loop, but nothing of ours waits behind it.
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    for (const ScreenAction& a : screenActions())
        connect(a.action, &QAction::triggered, this, [this, run = a.run] {
            if (m_current)
                (m_current->*run)();
        });
    connect(m_ui->retryButton, &QPushButton::clicked, &m_startup, &StartupController::start);
    connect(m_ui->quitButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, &MainWindow::showScreen);

    connect(&m_startup, &StartupController::stepStarted, this, &MainWindow::showStep);
    connect(&m_startup, &StartupController::firstAdminNeeded, this, &MainWindow::askForFirstAdmin);
    connect(&m_startup, &StartupController::adoptionChangesNeeded, this, &MainWindow::askToAdopt);
    connect(&m_startup, &StartupController::firstAdminRejected, this,
            [this](const QString& message, const QString& field) {
                showWaitingForFirstAdmin();
                if (m_firstRun)
                    m_firstRun->showError(message, field);
            });
    connect(&m_startup, &StartupController::failed, this, &MainWindow::showFailure);
    connect(&m_startup, &StartupController::passwordNeeded, this, &MainWindow::askForPassword);
    connect(&m_startup, &StartupController::passwordNotRemembered, this,
            [this](const QString& reason) { statusBar()->showMessage(reason, 30000); });
    connect(&m_startup, &StartupController::ready, this, &MainWindow::startSession);

    addLanguageMenu();
    updateCommands();
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    m_ui->navigationSplitter->restoreState(settings.value(splitterKey).toByteArray());
}

MainWindow::~MainWindow()
{
    // Screens hold models that use the session: they go first.
    qDeleteAll(m_screens);
}

FirstRunDialog* MainWindow::firstRunDialog() const
{
    return m_firstRun;
}

SignInDialog* MainWindow::signInDialog() const
{
    return m_signIn;
}

Screen* MainWindow::currentScreen() const
{
    return m_current;
}

QString MainWindow::databaseName() const
{
    const ConnectionSettings& settings = m_startup.settings();
    if (settings.dialect() == Dialect::SQLite)
        return QFileInfo(settings.sqlitePath()).fileName();
    QStringList hosts;
    // libpq's default socket, or a socket directory: this machine.
    for (const ConnectionSettings::Host& host : settings.hosts())
        hosts << (host.name.isEmpty() || host.name.startsWith(QLatin1Char('/'))
                      ? QStringLiteral("localhost")
                      : host.name);
    return hosts.join(QLatin1Char(',')) + QLatin1Char('/') + settings.databaseName();
}

void MainWindow::setStandardKeysAndIcons()
{
    const struct {
        QAction* action;
        QKeySequence::StandardKey key;
        const char* icon;
    } actions[] = {
        {m_ui->actionNew, QKeySequence::New, "document-new"},
        {m_ui->actionEdit, QKeySequence::UnknownKey, "document-edit"},
        {m_ui->actionDelete, QKeySequence::Delete, "edit-delete"},
        {m_ui->actionRefresh, QKeySequence::Refresh, "view-refresh"},
        {m_ui->actionFind, QKeySequence::Find, "edit-find"},
        {m_ui->actionOpenDatabase, QKeySequence::Open, "document-open"},
        {m_ui->actionSignOut, QKeySequence::UnknownKey, "system-log-out"},
        {m_ui->actionQuit, QKeySequence::Quit, "application-exit"},
        {m_ui->actionAbout, QKeySequence::UnknownKey, "help-about"},
    };
    for (const auto& a : actions) {
        if (a.key != QKeySequence::UnknownKey)
            a.action->setShortcuts(a.key);
        a.action->setIcon(Icons::themed(QString::fromLatin1(a.icon)));
    }
}

QString MainWindow::databaseDescription() const
{
    const QString dialect =
        m_startup.settings().dialect() == Dialect::PostgreSQL ? tr("PostgreSQL") : tr("SQLite");
    const QString url = LeftToRight::isolated(m_startup.settings().displayUrl());
    return m_startup.source() == StartupController::Source::Demo
               ? tr("%1 demo database %2").arg(dialect, url)
               : tr("%1 database %2").arg(dialect, url);
}

void MainWindow::showStep(const QString& description)
{
    m_ui->busyLabel->setText(description);
    m_ui->busyProgress->show();
    m_ui->pages->setCurrentWidget(m_ui->busyPage);
    m_stepLabel->setText(description);
}

void MainWindow::showWaitingForFirstAdmin()
{
    m_ui->busyLabel->setText(tr("This database has no accounts yet: create the first "
                                "administrator to continue."));
    m_ui->busyProgress->hide();
    m_ui->pages->setCurrentWidget(m_ui->busyPage);
    m_stepLabel->setText(tr("Waiting for the first administrator…"));
}

void MainWindow::askForFirstAdmin()
{
    showWaitingForFirstAdmin();
    if (!m_firstRun) {
        m_firstRun = new FirstRunDialog(m_startup.settings().displayUrl(), this);
        connect(m_firstRun, &FirstRunDialog::submitted, &m_startup,
                &StartupController::createFirstAdmin);
        // Without an administrator there is nothing to do: declining quits.
        connect(m_firstRun, &QDialog::rejected, this, &QWidget::close);
    }
    m_firstRun->open();
}

void MainWindow::askToAdopt(const QStringList& changes)
{
    // Behind the question, and after Cancel: why the database is not open, with Retry.
    const QString list = QStringLiteral("• ") + changes.join(QStringLiteral("\n• "));
    showStopped(tr("The database %1 was created by the web backend. MealDesk opens it once it "
                   "has added %n column(s) of its own; nothing was changed:\n%2",
                   nullptr, int(changes.size()))
                    .arg(LeftToRight::isolated(m_startup.settings().displayUrl()), list));
    ConfirmationBox::ask(
        this, tr("Adopt the Web Backend's Tables"),
        tr("This database was created by the web backend. To work with it, MealDesk adds %n "
           "column(s) of its own, in one transaction; none of the backend's columns or rows are "
           "changed:\n\n%1\n\nThe backend keeps working as before.",
           nullptr, int(changes.size()))
            .arg(list),
        tr("Add Columns"), [this] { m_startup.adoptWithChanges(); });
}

void MainWindow::showFailure(const QString& step, const QString& message)
{
    showStopped(tr("%1 failed for the database %2.\n\n%3")
                    .arg(step, LeftToRight::isolated(m_startup.settings().displayUrl()), message));
}

void MainWindow::askForPassword(const QString& why)
{
    // Behind the dialog, and after Cancel: why the database is not open, with Retry.
    showStopped(tr("The database %1 needs its password to open.\n\n%2")
                    .arg(LeftToRight::isolated(m_startup.settings().displayUrl()), why));
    chooseDatabase();
    m_databaseDialog->askForPassword(why);
}

void MainWindow::showStopped(const QString& why)
{
    m_ui->errorLabel->setText(why);
    m_ui->pages->setCurrentWidget(m_ui->errorPage);
    m_stepLabel->setText(tr("Could not open the database"));
    m_ui->retryButton->setFocus();
}

void MainWindow::startSession()
{
    if (m_firstRun) {
        m_firstRun->done(QDialog::Accepted);
        m_firstRun->deleteLater();
    }
    m_session = std::make_unique<Session>(m_startup.host());
    // The database is back: what failed meanwhile is tried again, as Retry would.
    connect(m_session.get(), &Session::reconnected, m_banner, &ErrorBanner::retry);
    m_jobs->setTracker(&m_session->jobs());
    m_schemaStatus->setText(tr("Schema version %1").arg(m_startup.schemaVersion()));
    m_schemaStatus->show();
    askToSignIn();
}

void MainWindow::askToSignIn()
{
    m_ui->busyLabel->setText(tr("Sign in to continue."));
    m_ui->busyProgress->hide();
    m_ui->pages->setCurrentWidget(m_ui->busyPage);
    m_stepLabel->setText(tr("Not signed in"));
    if (!m_signIn) {
        m_signIn = new SignInDialog(*m_session, databaseDescription(),
                                    m_startup.source() == StartupController::Source::Demo, this);
        connect(m_signIn, &SignInDialog::signedIn, this, [this](const Actor& actor) {
            m_session->setActor(actor);
            signedIn();
        });
        connect(m_signIn, &SignInDialog::changeDatabaseRequested, this,
                &MainWindow::chooseDatabase);
        connect(m_signIn, &SignInDialog::databaseChosen, this, &MainWindow::databaseChosen);
        connect(m_signIn, &QDialog::rejected, this, &QWidget::close);
        connect(m_signIn, &QDialog::finished, m_signIn, &QObject::deleteLater);
    }
    m_signIn->open();
}

void MainWindow::signedIn()
{
    const Actor& actor = m_session->actor();
    m_accountStatus->setText(tr("%1 (%2)").arg(actor.username, roleText(actor)));
    m_accountStatus->show();
    m_stepLabel->setText(tr("Ready"));

    const QString last = QSettings().value(screenKey).toString();
    int select = 0;
    const QSignalBlocker blocker(m_ui->navigation);
    m_ui->navigation->clear();
    for (const ScreenCatalog::Entry& entry : ScreenCatalog::entries()) {
        if (entry.operation && !m_session->may(*entry.operation))
            continue;
        auto* item = new QListWidgetItem(Icons::themed(entry.icon), entry.title, m_ui->navigation);
        item->setData(keyRole, entry.key);
        if (entry.key == last)
            select = m_ui->navigation->count() - 1;
    }
    m_ui->pages->setCurrentWidget(m_ui->workPage);
    m_ui->navigation->setCurrentRow(select);
    showScreen(select);
}

void MainWindow::signOut()
{
    if (!m_session || m_session->actor().accountId == 0)
        return;
    m_session->jobs().cancelAll();
    m_current = nullptr;
    qDeleteAll(m_screens);
    m_screens.clear();
    m_ui->navigation->clear();
    m_banner->hide();
    m_session->setActor({});
    m_accountStatus->hide();
    updateCommands();
    askToSignIn();
}

void MainWindow::chooseDatabase()
{
    if (m_databaseDialog)
        return m_databaseDialog->raise();
    m_databaseDialog = new DatabaseDialog(
        m_startup.settings(), m_startup.source() == StartupController::Source::Demo, this);
    m_databaseDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_databaseDialog, &QDialog::accepted, this, [this] {
        Q_EMIT databaseChosen(m_databaseDialog->settings(), m_databaseDialog->isDemo());
    });
    m_databaseDialog->open();
}

Screen* MainWindow::openScreen(const QString& key)
{
    if (Screen* screen = m_screens.value(key))
        return screen;
    if (!m_session)
        return nullptr;
    for (const ScreenCatalog::Entry& entry : ScreenCatalog::entries()) {
        if (entry.key != key || (entry.operation && !m_session->may(*entry.operation)))
            continue;
        Screen* screen = entry.create(*m_session, m_ui->screens);
        screen->setObjectName(key);
        m_ui->screens->addWidget(screen);
        m_screens.insert(key, screen);
        connect(screen, &Screen::commandsChanged, this, &MainWindow::updateCommands);
        connect(screen, &Screen::failed, m_banner, &ErrorBanner::showError);
        connect(screen, &Screen::notified, this,
                [this](const QString& message) { statusBar()->showMessage(message, 5000); });
        connect(screen, &Screen::informed, m_banner, &ErrorBanner::showInformation);
        return screen;
    }
    return nullptr;
}

void MainWindow::showScreen(int row)
{
    const QListWidgetItem* item = m_ui->navigation->item(row);
    if (!item)
        return;
    const QString key = item->data(keyRole).toString();
    const bool shownBefore = m_screens.contains(key);
    Screen* screen = openScreen(key);
    if (!screen)
        return;
    m_banner->hide();
    m_current = screen;
    m_ui->screens->setCurrentWidget(screen);
    // What it showed was read when it was last shown: the database may have gone since. Read
    // again, so that an outage shows in the banner (with Retry), not old rows without a word;
    // where the reader was (selection, scroll) stays.
    if (shownBefore)
        screen->refresh();
    QSettings().setValue(screenKey, key);
    updateCommands();
}

QList<MainWindow::ScreenAction> MainWindow::screenActions() const
{
    using C = Screen::Command;
    return {{m_ui->actionRefresh, C::Reload, &Screen::refresh},
            {m_ui->actionFind, C::Filter, &Screen::focusFilter},
            {m_ui->actionNew, C::New, &Screen::createItem},
            {m_ui->actionEdit, C::Edit, &Screen::editItem},
            {m_ui->actionDelete, C::Delete, &Screen::deleteItem}};
}

void MainWindow::updateCommands()
{
    const Screen::Commands commands = m_current ? m_current->commands() : Screen::Commands();
    for (const ScreenAction& a : screenActions())
        a.action->setEnabled(commands.testFlag(a.command));
}

void MainWindow::addLanguageMenu()
{
    QMenu* menu = m_ui->menuView->addMenu(tr("&Language"));
    auto* group = new QActionGroup(menu);
    const QString current = QLocale().name().section(QLatin1Char('_'), 0, 0);
    for (const QString& code : Language::available()) {
        QAction* action = menu->addAction(Language::nativeName(code));
        action->setObjectName(QStringLiteral("language_") + code);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            Language::remember(code);
            statusBar()->showMessage(
                tr("MealDesk will use %1 the next time it starts.").arg(Language::nativeName(code)),
                8000);
        });
    }
}

void MainWindow::showAbout()
{
    // Not QMessageBox::about(): its exec() would spin a nested event loop.
    auto* box = new QMessageBox(QMessageBox::Information, tr("About MealDesk"),
                                tr("<h3>MealDesk %1</h3><p>The desktop administration tool of "
                                   "the MealDesk meal-request system, on SQLite or PostgreSQL."
                                   "</p><p>Built with Qt %2.</p>")
                                    .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                                         QString::fromLatin1(qVersion())),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(splitterKey, m_ui->navigationSplitter->saveState());
    QMainWindow::closeEvent(event);
}
