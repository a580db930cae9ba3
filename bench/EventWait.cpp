#include "EventWait.h"

#include <QAbstractItemModel>
#include <QEventLoop>
#include <QTimer>

bool EventWait::until(QAbstractItemModel* model, const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    const auto check = [&] {
        if (done())
            loop.quit();
    };
    QList<QMetaObject::Connection> connections;
    if (model) {
        connections << QObject::connect(model, &QAbstractItemModel::dataChanged, &loop, check)
                    << QObject::connect(model, &QAbstractItemModel::rowsInserted, &loop, check)
                    << QObject::connect(model, &QAbstractItemModel::rowsRemoved, &loop, check)
                    << QObject::connect(model, &QAbstractItemModel::modelReset, &loop, check);
    }
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, check);
    poll.start(10);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    for (const QMetaObject::Connection& c : std::as_const(connections))
        QObject::disconnect(c);
    return done();
}

void EventWait::settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
