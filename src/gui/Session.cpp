#include "Session.h"

#include "Database.h"
#include "PgChangeListener.h"

Session::Session(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_services(db, m_feed)
{
    if (db.dialect() == Dialect::PostgreSQL) {
        m_listener = std::make_unique<PgChangeListener>(db.settings(), m_feed);
        connect(m_listener.get(), &PgChangeListener::listening, this, [this] {
            m_listening = true;
            Q_EMIT listening();
        });
    }
}

// Out of line: PgChangeListener is only forward-declared in the header.
Session::~Session() = default;
