#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QString>

// The database passwords the user chose to remember, in the desktop's keyring (the Secret
// Service of GNOME and others, or KWallet, through QtKeychain) under the service "MealDesk";
// never in a file of MealDesk's own: without a keyring nothing is remembered.
//
// The key is the connection's URL without its password (ConnectionSettings::displayUrl(), a
// profile's url): a password is given back only to the very server, port, database and user
// it was typed for. Keyed by the profile's name instead, editing the profile's host would send
// the password to the new host; renaming a profile keeps its URL, and so its password.
//
// Every call is asynchronous (the keyring may ask the person to unlock it) and runs on the GUI
// thread; its future fails with a Failure whose message says why, never with the password.
class PasswordKeyring {
    Q_DECLARE_TR_FUNCTIONS(PasswordKeyring)

public:
    // The password remembered for `url`; fails NotFound when there is none.
    static QFuture<QString> read(const QString& url);
    static QFuture<void> write(const QString& url, const QString& password);
    // Deletes what is remembered for `url` (done when nothing was). A failure is only logged
    // (mealdesk.keyring): the callers are going on without the password anyway.
    static QFuture<void> forget(const QString& url);
};
