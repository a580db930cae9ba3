#pragma once

#include "JobTracker.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

// The status bar's view of the jobs in progress: a busy bar, what is loading, and Cancel.
class JobsIndicator : public QWidget {
    Q_OBJECT

public:
    explicit JobsIndicator(QWidget* parent = nullptr);

    // Follows `jobs` (nullptr: none) from now on.
    void setTracker(JobTracker* jobs);

private:
    void update();

    QPointer<JobTracker> m_jobs;
    QProgressBar* m_busy;
    QLabel* m_text;
    QToolButton* m_cancel;
};
