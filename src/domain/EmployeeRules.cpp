#include "EmployeeRules.h"

#include <algorithm>

QString EmployeeRules::checkText(const QString& text, const QString& what, int max)
{
    const auto characters =
        std::count_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isLowSurrogate(); });
    if (characters > max)
        return tr("%1 has %2 characters; at most %3 are allowed.")
            .arg(what)
            .arg(characters)
            .arg(max);
    const bool control = std::any_of(text.cbegin(), text.cend(),
                                     [](QChar c) { return c.category() == QChar::Other_Control; });
    if (control)
        return tr("%1 must not contain line breaks, tabs or other control characters.").arg(what);
    return {};
}

QString EmployeeRules::checkId(qint64 id)
{
    if (id <= 0)
        return tr("The employee id (the HR system's number) must be a positive whole number.");
    return {};
}

QString EmployeeRules::checkCode(qint64 code)
{
    if (code <= 0 || code > maxCode)
        return tr("The code must be a whole number from 1 to %1.").arg(maxCode);
    return {};
}

QString EmployeeRules::checkNameEn(const QString& name)
{
    return checkText(name, tr("The English name"), maxName);
}

QString EmployeeRules::checkNameAr(const QString& name)
{
    return checkText(name, tr("The Arabic name"), maxName);
}

QString EmployeeRules::checkHasName(const QString& nameEn, const QString& nameAr)
{
    if (nameEn.trimmed().isEmpty() && nameAr.trimmed().isEmpty())
        return tr("An employee needs an English or an Arabic name.");
    return {};
}

QString EmployeeRules::checkTitle(const QString& title)
{
    return checkText(title, tr("The title"), maxTitle);
}

EmployeeRules::Problem EmployeeRules::check(qint64 id, qint64 code, const QString& nameEn,
                                            const QString& nameAr, const QString& title)
{
    const Problem problems[] = {
        {QStringLiteral("id"), checkId(id)},
        {QStringLiteral("code"), checkCode(code)},
        {QStringLiteral("name_en"), checkNameEn(nameEn)},
        {QStringLiteral("name_ar"), checkNameAr(nameAr)},
        {QStringLiteral("name_en"), checkHasName(nameEn, nameAr)},
        {QStringLiteral("title"), checkTitle(title)},
    };
    for (const Problem& p : problems) {
        if (!p.isNull())
            return p;
    }
    return {};
}
