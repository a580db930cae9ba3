#include "Session.h"

Session::Session(ServiceHost& host, QObject* parent)
    : QObject(parent)
    , m_host(host)
{
    m_host.listen();
}
