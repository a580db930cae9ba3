#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QString>

#include <memory>

class ElidedLabel;
class FirstRunDialog;
class QLabel;
class QProgressBar;
class StartupController;

namespace Ui {
class MainWindow;
}

// The application window. Shows the startup's progress, its failure (with Retry and Quit) or the
// overview of the database; asks for the first admin when the startup needs one.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(StartupController& startup, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The open first-run dialog, if any.
    FirstRunDialog* firstRunDialog() const;

public Q_SLOTS:
    // Reloads the overview's counts.
    void refreshCounts();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showStep(const QString& description);
    void showWaitingForFirstAdmin();
    void askForFirstAdmin();
    void showFailure(const QString& step, const QString& message);
    void showOverview();
    void showAbout();
    void setCountTexts(const QString& text);
    QString databaseDescription() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    StartupController& m_startup;
    QPointer<FirstRunDialog> m_firstRun;
    QProgressBar* m_busyIndicator;
    QLabel* m_stepLabel;
    ElidedLabel* m_databaseStatus;
    QLabel* m_schemaStatus;
    // Drops counts that a newer refresh has overtaken.
    quint64 m_countsGeneration = 0;
};
