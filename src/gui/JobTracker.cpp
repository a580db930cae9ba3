#include "JobTracker.h"

#include "AsyncTableModelBase.h"

#include <QPointer>

#include <algorithm>

int JobTracker::begin(const QString& description, std::function<void()> cancel)
{
    const int id = ++m_lastId;
    m_jobs.insert(id, {description, std::move(cancel)});
    Q_EMIT changed();
    return id;
}

void JobTracker::end(int id)
{
    if (m_jobs.remove(id) > 0)
        Q_EMIT changed();
}

void JobTracker::forbidCancel(int id)
{
    const auto job = m_jobs.find(id);
    if (job == m_jobs.end() || !job->cancel)
        return;
    job->cancel = {};
    Q_EMIT changed();
}

void JobTracker::watch(AsyncTableModelBase* model, const QString& description)
{
    // The job's id lives as long as the model; 0 while the model is not loading.
    auto job = std::make_shared<int>(0);
    const QPointer<AsyncTableModelBase> guarded(model);
    const auto update = [this, job, guarded, description](AsyncTableModelBase::State state) {
        if (state == AsyncTableModelBase::State::Loading && *job == 0) {
            *job = begin(description, [guarded] {
                if (guarded)
                    guarded->cancel();
            });
        } else if (state != AsyncTableModelBase::State::Loading && *job != 0) {
            end(std::exchange(*job, 0));
        }
    };
    connect(model, &AsyncTableModelBase::stateChanged, this, update);
    connect(model, &QObject::destroyed, this, [this, job] {
        if (*job != 0)
            end(std::exchange(*job, 0));
    });
    update(model->state());
}

QStringList JobTracker::descriptions() const
{
    QStringList result;
    for (const Job& job : m_jobs)
        result << job.description;
    return result;
}

bool JobTracker::isCancelable() const
{
    return std::any_of(m_jobs.cbegin(), m_jobs.cend(),
                       [](const Job& job) { return bool(job.cancel); });
}

void JobTracker::cancelAll()
{
    // Cancel functions may end jobs (and so change m_jobs) as they run.
    const QList<Job> jobs = m_jobs.values();
    for (const Job& job : jobs)
        if (job.cancel)
            job.cancel();
}
