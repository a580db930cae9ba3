#include "PgChangeListener.h"

#include "PgListenerWorker.h"

PgChangeListener::PgChangeListener(const ConnectionSettings& settings, QObject* parent)
    : QObject(parent)
    , m_watch(ServerWatch::forSettings(settings))
    , m_worker(new PgListenerWorker(settings, m_watch.get()))
{
    m_thread.setObjectName(QStringLiteral("mealdesk-listener"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &PgListenerWorker::start);
    connect(m_worker, &PgListenerWorker::notified, this, &PgChangeListener::notified);
    connect(m_worker, &PgListenerWorker::listening, this, &PgChangeListener::listening);
    m_thread.start();
}

PgChangeListener::~PgChangeListener()
{
    m_worker->requestStop();
    if (m_watch)
        m_watch->hurry();
    // The connection is closed in the thread that opened it.
    QMetaObject::invokeMethod(m_worker, &PgListenerWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}
