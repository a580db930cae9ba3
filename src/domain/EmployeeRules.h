#pragma once

#include <QCoreApplication>
#include <QString>

// DOMAIN.md's employee field rules. Each check returns an empty string or the reason.
class EmployeeRules {
    Q_DECLARE_TR_FUNCTIONS(EmployeeRules)

public:
    static constexpr int maxName = 128;
    static constexpr int maxTitle = 128;
    // Codes are PostgreSQL integers.
    static constexpr qint64 maxCode = 2147483647;

    // The first problem of an employee's own fields (no lookups): the column and the reason.
    struct Problem {
        QString field;
        QString message;
        bool isNull() const { return message.isEmpty(); }
    };

    // Surrounding whitespace is not part of a name or a title.
    static QString normalized(const QString& text) { return text.trimmed(); }

    static QString checkId(qint64 id);
    static QString checkCode(qint64 code);
    static QString checkNameEn(const QString& name);
    static QString checkNameAr(const QString& name);
    // At least one of the two names is present.
    static QString checkHasName(const QString& nameEn, const QString& nameAr);
    static QString checkTitle(const QString& title);
    static Problem check(qint64 id, qint64 code, const QString& nameEn, const QString& nameAr,
                         const QString& title);

    // At most `max` characters, counted as PostgreSQL counts them (code points, so an emoji is
    // one), and no line breaks or other control characters. `what` names the field.
    static QString checkText(const QString& text, const QString& what, int max);
};
