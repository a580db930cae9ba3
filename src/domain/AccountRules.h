#pragma once

#include <QCoreApplication>
#include <QString>

// DOMAIN.md's account field rules; each check returns an empty string or the reason.
class AccountRules {
    Q_DECLARE_TR_FUNCTIONS(AccountRules)

public:
    static constexpr int maxUsername = 64;
    static constexpr int maxFullName = 128;
    static constexpr int maxTitle = 64;

    static QString checkUsername(const QString& username);
    static QString checkFullName(const QString& fullName);
    static QString checkTitle(const QString& title);
};
