#include "Session.h"

Session::Session(ServiceHost& host, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_listened(host.isListening())
{
    connect(&m_host, &ServiceHost::listening, this, [this] {
        if (m_listened)
            Q_EMIT reconnected();
        m_listened = true;
    });
    m_host.listen();
}
