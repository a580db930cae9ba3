#pragma once

#include <QString>

// What OriginNormalizer made of one input: the origin as a browser sends it, or why not.
class OriginCheck {
public:
    // The part of the input a refusal is about, so a form can point at it.
    enum class Part {
        None,
        Empty,
        Length,
        Whitespace,
        Character,
        Wildcard,
        Scheme,
        UserInfo,
        Host,
        Port,
        Path,
        Query,
        Fragment
    };

    static OriginCheck accepted(QString origin);
    static OriginCheck refused(Part part, QString error);

    bool isOk() const { return m_part == Part::None; }
    // The normalised origin; empty when refused.
    const QString& origin() const { return m_origin; }
    // Why the input was refused, naming the wrong part; empty when accepted.
    const QString& error() const { return m_error; }
    Part part() const { return m_part; }

    // A lower-case English name for the part ("port", "user info"): for logs, tests and the CLI.
    static QString partName(Part part);

private:
    OriginCheck(QString origin, Part part, QString error);

    QString m_origin;
    Part m_part;
    QString m_error;
};
