#include "JobsIndicator.h"

#include "JobTracker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

JobsIndicator::JobsIndicator(QWidget* parent)
    : QWidget(parent)
    , m_busy(new QProgressBar(this))
    , m_text(new QLabel(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("jobsIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(80);
    m_text->setObjectName(QStringLiteral("jobsText"));
    m_cancel->setObjectName(QStringLiteral("jobsCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop what is loading"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busy);
    layout->addWidget(m_text);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_jobs)
            m_jobs->cancelAll();
    });
    hide();
}

void JobsIndicator::setTracker(JobTracker* jobs)
{
    if (m_jobs)
        disconnect(m_jobs, nullptr, this, nullptr);
    m_jobs = jobs;
    if (m_jobs) {
        connect(m_jobs, &JobTracker::changed, this, &JobsIndicator::update);
        connect(m_jobs, &QObject::destroyed, this, &QWidget::hide);
    }
    update();
}

void JobsIndicator::update()
{
    const QStringList jobs = m_jobs ? m_jobs->descriptions() : QStringList();
    if (jobs.isEmpty()) {
        hide();
        return;
    }
    m_text->setText(jobs.size() == 1
                        ? jobs.first()
                        : tr("%1 (and %n more)", nullptr, int(jobs.size() - 1)).arg(jobs.first()));
    m_text->setToolTip(jobs.join(QLatin1Char('\n')));
    // Service calls that have begun are not offered (a write may have committed already).
    m_cancel->setEnabled(m_jobs->isCancelable());
    show();
}
