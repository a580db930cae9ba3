#pragma once

#include <QException>
#include <QString>

class QSqlError;
enum class Dialect;

// The one error type carried through every future of the data layer and the services.
class DbError : public QException {
public:
    enum class Kind {
        Validation,
        NotFound,
        Conflict,
        Constraint,
        Permission,
        Unavailable,
        Internal
    };

    DbError(Kind kind, QString message, QString field = {});

    // Maps a driver error of either dialect; `what` names the operation for the message.
    static DbError fromSql(const QSqlError& error, Dialect dialect, const QString& what);

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }
    const QString& field() const { return m_field; }
    const QString& nativeCode() const { return m_nativeCode; }
    // Serialization failure, deadlock or SQLite busy: the whole transaction may simply run again.
    bool isTransient() const { return m_transient; }
    // The connection is gone (server restart, network): it must be reopened before the next use.
    bool isConnectionLost() const { return m_connectionLost; }

    static QString kindName(Kind kind);

    const char* what() const noexcept override { return m_utf8.constData(); }
    void raise() const override { throw *this; }
    DbError* clone() const override { return new DbError(*this); }

private:
    Kind m_kind;
    QString m_message;
    QString m_field;
    QString m_nativeCode;
    bool m_transient = false;
    bool m_connectionLost = false;
    QByteArray m_utf8;
};
