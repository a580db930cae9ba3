#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class AsyncTableModelBase;

// What the application is waiting for, for the status bar's jobs indicator: each job has a
// description and a way to cancel it. Screens report their service calls (track) and their
// tables' loading (watch); nothing here waits.
class JobTracker : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // A job that runs until end(id); `cancel` stops it (may be empty: not cancelable).
    int begin(const QString& description, std::function<void()> cancel = {});
    void end(int id);

    // A service call, ended when the future finishes. Cancel is offered until its database task
    // has begun: a task canceled while queued never runs, and one that has begun reports how it
    // ended (a write may have committed, whatever the caller wished).
    template <typename T> QFuture<T> track(const QString& description, const QFuture<T>& future)
    {
        auto* watcher = new QFutureWatcher<T>(this);
        const int id = begin(description, [watcher] {
            // Checked again here: the task may have begun before started() arrived.
            if (!watcher->isStarted())
                watcher->cancel();
        });
        connect(watcher, &QFutureWatcherBase::started, this, [this, id] { forbidCancel(id); });
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
            end(id);
            watcher->deleteLater();
        });
        watcher->setFuture(future);
        return future;
    }

    // A table's loading, as a job for as long as the model is in State::Loading; Cancel stops
    // the model's loads.
    void watch(AsyncTableModelBase* model, const QString& description);

    // The descriptions of the running jobs, oldest first.
    QStringList descriptions() const;
    bool isEmpty() const { return m_jobs.isEmpty(); }
    // Whether cancelAll() would cancel anything.
    bool isCancelable() const;

public Q_SLOTS:
    void cancelAll();

Q_SIGNALS:
    void changed();

private:
    // The job goes on to its end; Cancel no longer reaches it.
    void forbidCancel(int id);

    struct Job {
        QString description;
        std::function<void()> cancel;
    };
    QMap<int, Job> m_jobs;
    int m_lastId = 0;
};
