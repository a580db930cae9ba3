#pragma once

#include "ConnectionSettings.h"

#include <QSqlDatabase>
#include <QString>

// A plain QSqlDatabase connection made the way the data layer makes its own (same driver
// options), for the baselines: no pool, no services. Used only on the thread that made it.
class RawConnection {
public:
    // Throws std::runtime_error when the connection cannot be opened.
    RawConnection(const ConnectionSettings& settings, const QString& name);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    QSqlDatabase& db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};
