#include "OriginCheck.h"

#include <utility>

OriginCheck::OriginCheck(QString origin, Part part, QString error)
    : m_origin(std::move(origin))
    , m_part(part)
    , m_error(std::move(error))
{
}

OriginCheck OriginCheck::accepted(QString origin)
{
    return OriginCheck(std::move(origin), Part::None, {});
}

OriginCheck OriginCheck::refused(Part part, QString error)
{
    Q_ASSERT(part != Part::None && !error.isEmpty());
    return OriginCheck({}, part, std::move(error));
}

QString OriginCheck::partName(Part part)
{
    switch (part) {
    case Part::None:
        return {};
    case Part::Empty:
        return QStringLiteral("empty");
    case Part::Length:
        return QStringLiteral("length");
    case Part::Whitespace:
        return QStringLiteral("whitespace");
    case Part::Character:
        return QStringLiteral("character");
    case Part::Wildcard:
        return QStringLiteral("wildcard");
    case Part::Scheme:
        return QStringLiteral("scheme");
    case Part::UserInfo:
        return QStringLiteral("user info");
    case Part::Host:
        return QStringLiteral("host");
    case Part::Port:
        return QStringLiteral("port");
    case Part::Path:
        return QStringLiteral("path");
    case Part::Query:
        return QStringLiteral("query");
    case Part::Fragment:
        return QStringLiteral("fragment");
    }
    Q_UNREACHABLE();
}
