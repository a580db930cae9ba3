#include "Failure.h"

Failure::Failure(Kind kind, QString message, QString field)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_field(std::move(field))
    , m_utf8(m_message.toUtf8())
{
}

Failure::Failure(Kind kind, QString message, Cause cause)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_cause(std::move(cause))
    , m_utf8(m_message.toUtf8())
{
}

QString Failure::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Validation:
        return QStringLiteral("Validation");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::Conflict:
        return QStringLiteral("Conflict");
    case Kind::Constraint:
        return QStringLiteral("Constraint");
    case Kind::Permission:
        return QStringLiteral("Permission");
    case Kind::Unavailable:
        return QStringLiteral("Unavailable");
    case Kind::Internal:
        return QStringLiteral("Internal");
    }
    return QStringLiteral("Internal");
}
