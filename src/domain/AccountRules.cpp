#include "AccountRules.h"

#include <QList>

QString AccountRules::checkUsername(const QString& username)
{
    if (username.isEmpty())
        return tr("The username is empty.");
    if (username.size() > maxUsername)
        return tr("The username has %1 characters; at most %2 are allowed.")
            .arg(username.size())
            .arg(maxUsername);
    // By code point: some format characters are outside the BMP (U+E0001 LANGUAGE TAG).
    const QList<uint> codePoints = username.toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints.at(i);
        if (QChar::isSpace(c) || QChar::category(c) == QChar::Other_Control)
            return tr("The username must not contain spaces or control characters.");
        // Zero width, bidirectional and other format characters: two names that look the same
        // would be different accounts, and U+202E shows a name reversed.
        if (QChar::category(c) == QChar::Other_Format)
            return tr("The username must not contain invisible characters; character %1 is "
                      "U+%2.")
                .arg(i + 1)
                .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    return {};
}

QString AccountRules::checkFullName(const QString& fullName)
{
    if (fullName.size() > maxFullName)
        return tr("The full name has %1 characters; at most %2 are allowed.")
            .arg(fullName.size())
            .arg(maxFullName);
    return {};
}

QString AccountRules::checkTitle(const QString& title)
{
    if (title.size() > maxTitle)
        return tr("The title has %1 characters; at most %2 are allowed.")
            .arg(title.size())
            .arg(maxTitle);
    return {};
}
