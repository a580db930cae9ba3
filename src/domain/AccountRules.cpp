#include "AccountRules.h"

QString AccountRules::checkUsername(const QString& username)
{
    if (username.isEmpty())
        return tr("The username is empty.");
    if (username.size() > maxUsername)
        return tr("The username has %1 characters; at most %2 are allowed.")
            .arg(username.size())
            .arg(maxUsername);
    for (const QChar c : username) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return tr("The username must not contain spaces or control characters.");
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
