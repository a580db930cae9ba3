#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "DbError.h"
#include "ElidedLabel.h"
#include "FirstRunDialog.h"
#include "OverviewCounts.h"
#include "StartupController.h"
#include "WhenFinished.h"

#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");

} // namespace

MainWindow::MainWindow(StartupController& startup, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_startup(startup)
    , m_busyIndicator(new QProgressBar(this))
    , m_stepLabel(new QLabel(this))
    , m_databaseStatus(new ElidedLabel(this))
    , m_schemaStatus(new QLabel(this))
{
    m_ui->setupUi(this);

    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumWidth(120);
    m_busyIndicator->hide();
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_stepLabel->setObjectName(QStringLiteral("stepStatus"));
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    m_databaseStatus->setText(databaseDescription());
    m_schemaStatus->setObjectName(QStringLiteral("schemaStatus"));
    m_schemaStatus->hide();
    statusBar()->addWidget(m_busyIndicator);
    statusBar()->addWidget(m_stepLabel, 1);
    statusBar()->addPermanentWidget(m_databaseStatus);
    statusBar()->addPermanentWidget(m_schemaStatus);

    m_ui->countsError->hide();
    m_ui->actionRefresh->setEnabled(false);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refreshCounts);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->retryButton, &QPushButton::clicked, &m_startup, &StartupController::start);
    connect(m_ui->quitButton, &QPushButton::clicked, this, &QWidget::close);

    connect(&m_startup, &StartupController::stepStarted, this, &MainWindow::showStep);
    connect(&m_startup, &StartupController::firstAdminNeeded, this, &MainWindow::askForFirstAdmin);
    connect(&m_startup, &StartupController::firstAdminRejected, this,
            [this](const QString& message, const QString& field) {
                showWaitingForFirstAdmin();
                if (m_firstRun)
                    m_firstRun->showError(message, field);
            });
    connect(&m_startup, &StartupController::failed, this, &MainWindow::showFailure);
    connect(&m_startup, &StartupController::ready, this, &MainWindow::showOverview);

    restoreGeometry(QSettings().value(geometryKey).toByteArray());
}

MainWindow::~MainWindow() = default;

FirstRunDialog* MainWindow::firstRunDialog() const
{
    return m_firstRun;
}

QString MainWindow::databaseDescription() const
{
    const QString dialect =
        m_startup.settings().dialect() == Dialect::PostgreSQL ? tr("PostgreSQL") : tr("SQLite");
    const QString url = m_startup.settings().displayUrl();
    return m_startup.source() == StartupController::Source::Demo
               ? tr("%1 demo database %2").arg(dialect, url)
               : tr("%1 database %2").arg(dialect, url);
}

void MainWindow::showStep(const QString& description)
{
    m_ui->busyLabel->setText(description);
    m_ui->busyProgress->show();
    m_ui->pages->setCurrentWidget(m_ui->busyPage);
    m_busyIndicator->show();
    m_stepLabel->setText(description);
}

void MainWindow::showWaitingForFirstAdmin()
{
    m_ui->busyLabel->setText(tr("This database has no accounts yet: create the first "
                                "administrator to continue."));
    m_ui->busyProgress->hide();
    m_ui->pages->setCurrentWidget(m_ui->busyPage);
    m_busyIndicator->hide();
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

void MainWindow::showFailure(const QString& step, const QString& message)
{
    m_ui->errorLabel->setText(tr("%1 failed for the database %2.\n\n%3")
                                  .arg(step, m_startup.settings().displayUrl(), message));
    m_ui->pages->setCurrentWidget(m_ui->errorPage);
    m_busyIndicator->hide();
    m_stepLabel->setText(tr("Could not open the database"));
    m_ui->retryButton->setFocus();
}

void MainWindow::showOverview()
{
    if (m_firstRun) {
        m_firstRun->done(QDialog::Accepted);
        m_firstRun->deleteLater();
    }
    m_ui->databaseLabel->setText(tr("Connected to the %1.").arg(databaseDescription()));
    m_ui->pages->setCurrentWidget(m_ui->overviewPage);
    m_busyIndicator->hide();
    m_stepLabel->setText(tr("Ready"));
    m_schemaStatus->setText(tr("Schema version %1").arg(m_startup.schemaVersion()));
    m_schemaStatus->show();
    m_ui->actionRefresh->setEnabled(true);
    refreshCounts();
}

void MainWindow::setCountTexts(const QString& text)
{
    for (QLabel* label : {m_ui->employeesCount, m_ui->departmentsCount, m_ui->pendingRequestsCount,
                          m_ui->revokedTokensCount, m_ui->allowedOriginsCount})
        label->setText(text);
}

void MainWindow::refreshCounts()
{
    const quint64 generation = ++m_countsGeneration;
    setCountTexts(tr("…"));
    m_ui->countsError->hide();
    whenFinished(
        this, OverviewCounts::load(m_startup.database()),
        [this, generation](const OverviewCounts& counts) {
            if (generation != m_countsGeneration)
                return;
            const QLocale locale;
            m_ui->employeesCount->setText(locale.toString(counts.employees));
            m_ui->departmentsCount->setText(locale.toString(counts.departments));
            m_ui->pendingRequestsCount->setText(locale.toString(counts.pendingRequests));
            m_ui->revokedTokensCount->setText(locale.toString(counts.revokedTokens));
            m_ui->allowedOriginsCount->setText(locale.toString(counts.activeOrigins));
        },
        [this, generation](const DbError& e) {
            if (generation != m_countsGeneration)
                return;
            setCountTexts(tr("—"));
            m_ui->countsError->setText(
                tr("The counts could not be read (View ▸ Refresh tries again): %1")
                    .arg(e.message()));
            m_ui->countsError->show();
        });
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
    QSettings().setValue(geometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}
