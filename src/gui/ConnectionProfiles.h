#pragma once

#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The connections the user saved under a name (QSettings), each with the account that signed
// in last through it. A profile keeps the URL without its password (QSettings is a plain file):
// the password is asked again, comes from ~/.pgpass, or, when the user chose to remember it,
// from the desktop's keyring (PasswordKeyring, keyed by the URL). The demo database is no
// profile: it is always there and has only its last account stored.
class ConnectionProfiles {
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfiles)

public:
    struct Profile {
        QString name;
        // ConnectionSettings::displayUrl(): every parameter but the password.
        QString url;
        // The account that signed in last through this profile; empty before.
        QString username;
        // The password is remembered in the keyring (written once it opened the database).
        bool rememberPassword = false;
    };

    // The saved profiles by name. The first call after an update from a version that kept one
    // remembered URL makes that URL (and the last account) the first profile.
    static QList<Profile> load();
    // Saves `settings` as the profile `name`: a profile of that name is updated, and one with
    // the same URL under another name is renamed, keeping its last account. Throws Failure
    // (Validation, field "name") for an empty name. A password remembered for a URL that is no
    // longer saved as remembered is deleted from the keyring.
    static void save(const QString& name, const ConnectionSettings& settings,
                     bool rememberPassword = false);
    // Deletes the profile, and its password from the keyring.
    static void remove(const QString& name);
    // The saved profile of the database `settings`, if any.
    static std::optional<Profile> find(const ConnectionSettings& settings);
    // The name offered for a new profile: host/database, or the SQLite file's name.
    static QString defaultName(const ConnectionSettings& settings);

    // The account to offer on signing in: the last one of this database's profile (or of the
    // demo database), else the last one signed in anywhere.
    static QString lastUsername(const ConnectionSettings& settings, bool demo);
    static void recordSignIn(const ConnectionSettings& settings, bool demo,
                             const QString& username);

private:
    static void store(const QList<Profile>& profiles);
};
