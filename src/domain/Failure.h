#pragma once

#include <QByteArray>
#include <QException>
#include <QString>

// The one error type carried through every future: of the data layer, the services, and the
// parsers of URLs and command lines. The kind tells the caller what it can do about it.
class Failure : public QException {
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

    // What the database driver said, for failures that come from it (see SqlFailure).
    struct Cause {
        QString nativeCode;
        // Serialization failure, deadlock or SQLite busy: the transaction may simply run again.
        bool transient = false;
        // The connection is gone (server restart, network): reopen it before the next use.
        bool connectionLost = false;
    };

    Failure(Kind kind, QString message, QString field = {});
    Failure(Kind kind, QString message, Cause cause);

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }
    const QString& field() const { return m_field; }
    const QString& nativeCode() const { return m_cause.nativeCode; }
    bool isTransient() const { return m_cause.transient; }
    bool isConnectionLost() const { return m_cause.connectionLost; }

    static QString kindName(Kind kind);

    const char* what() const noexcept override { return m_utf8.constData(); }
    void raise() const override { throw *this; }
    Failure* clone() const override { return new Failure(*this); }

private:
    Kind m_kind;
    QString m_message;
    QString m_field;
    Cause m_cause;
    QByteArray m_utf8;
};
