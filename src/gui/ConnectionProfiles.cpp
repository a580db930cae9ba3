#include "ConnectionProfiles.h"

#include "Failure.h"
#include "PasswordKeyring.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>
#include <iterator>

namespace {

const QString profilesKey = QStringLiteral("connections/profiles");
// Set once the profiles were written: a deleted last profile is not migrated again.
const QString savedKey = QStringLiteral("connections/saved");
const QString demoUsernameKey = QStringLiteral("connections/demoUsername");
// Older versions' one remembered connection (still the one opened last, see Launcher) and the
// last account signed in anywhere.
const QString rememberedUrlKey = QStringLiteral("database/url");
const QString lastUsernameKey = QStringLiteral("signIn/username");

// Removes the profiles `matches` picks from `profiles`, and returns them.
template <typename Matches>
QList<ConnectionProfiles::Profile> takeIf(QList<ConnectionProfiles::Profile>& profiles,
                                          Matches matches)
{
    QList<ConnectionProfiles::Profile> taken;
    std::copy_if(profiles.cbegin(), profiles.cend(), std::back_inserter(taken), matches);
    profiles.removeIf(matches);
    return taken;
}

// Deletes from the keyring the passwords `dropped` remembered, but for `rememberedUrl`'s. Only
// a profile that remembered one touches the keyring.
void forgetPasswords(const QList<ConnectionProfiles::Profile>& dropped,
                     const QString& rememberedUrl)
{
    for (const ConnectionProfiles::Profile& old : dropped)
        if (old.rememberPassword && old.url != rememberedUrl)
            PasswordKeyring::forget(old.url);
}

QList<ConnectionProfiles::Profile> read(QSettings& settings)
{
    QList<ConnectionProfiles::Profile> profiles;
    const int size = settings.beginReadArray(profilesKey);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        profiles.append({settings.value(QStringLiteral("name")).toString(),
                         settings.value(QStringLiteral("url")).toString(),
                         settings.value(QStringLiteral("username")).toString(),
                         settings.value(QStringLiteral("rememberPassword")).toBool()});
    }
    settings.endArray();
    return profiles;
}

} // namespace

QList<ConnectionProfiles::Profile> ConnectionProfiles::load()
{
    QSettings settings;
    if (settings.value(savedKey).toBool())
        return read(settings);
    // The single remembered URL of older versions becomes the first profile.
    QList<Profile> profiles;
    const QString url = settings.value(rememberedUrlKey).toString();
    if (!url.isEmpty()) {
        try {
            const ConnectionSettings remembered = ConnectionSettings::parse(url);
            profiles.append({defaultName(remembered), remembered.displayUrl(),
                             settings.value(lastUsernameKey).toString()});
        } catch (const Failure&) {
            // A stale setting: Launcher opens the demo database instead, nothing to keep.
        }
    }
    store(profiles);
    return profiles;
}

void ConnectionProfiles::store(const QList<Profile>& profiles)
{
    QList<Profile> sorted = profiles;
    std::sort(sorted.begin(), sorted.end(), [](const Profile& a, const Profile& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    QSettings settings;
    settings.remove(profilesKey);
    settings.beginWriteArray(profilesKey, int(sorted.size()));
    for (int i = 0; i < sorted.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), sorted.at(i).name);
        settings.setValue(QStringLiteral("url"), sorted.at(i).url);
        settings.setValue(QStringLiteral("username"), sorted.at(i).username);
        settings.setValue(QStringLiteral("rememberPassword"), sorted.at(i).rememberPassword);
    }
    settings.endArray();
    settings.setValue(savedKey, true);
}

void ConnectionProfiles::save(const QString& name, const ConnectionSettings& settings,
                              bool rememberPassword)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw Failure(Failure::Kind::Validation, tr("Name the connection to save it."),
                      QStringLiteral("name"));
    const QString url = settings.displayUrl();
    QList<Profile> profiles = load();
    const auto sameUrl = std::find_if(profiles.cbegin(), profiles.cend(),
                                      [&](const Profile& p) { return p.url == url; });
    const auto sameName = std::find_if(profiles.cbegin(), profiles.cend(),
                                       [&](const Profile& p) { return p.name == trimmed; });
    // The last account of this database, else of the profile whose URL is being changed.
    const QString username = sameUrl != profiles.cend()    ? sameUrl->username
                             : sameName != profiles.cend() ? sameName->username
                                                           : QString();
    const QList<Profile> dropped =
        takeIf(profiles, [&](const Profile& p) { return p.name == trimmed || p.url == url; });
    profiles.append({trimmed, url, username, rememberPassword});
    store(profiles);
    forgetPasswords(dropped, rememberPassword ? url : QString());
}

void ConnectionProfiles::remove(const QString& name)
{
    QList<Profile> profiles = load();
    const QList<Profile> dropped =
        takeIf(profiles, [&](const Profile& p) { return p.name == name; });
    store(profiles);
    forgetPasswords(dropped, QString());
}

std::optional<ConnectionProfiles::Profile>
ConnectionProfiles::find(const ConnectionSettings& settings)
{
    const QString url = settings.displayUrl();
    for (const Profile& p : load())
        if (p.url == url)
            return p;
    return std::nullopt;
}

QString ConnectionProfiles::defaultName(const ConnectionSettings& settings)
{
    if (settings.dialect() == Dialect::SQLite)
        return QFileInfo(settings.sqlitePath()).fileName();
    const QString host = settings.hosts().isEmpty() ? QString() : settings.hosts().first().name;
    // A Unix socket (empty or a directory) is this machine.
    const QString where = host.isEmpty() || host.startsWith(QLatin1Char('/')) ? tr("local") : host;
    return where + QLatin1Char('/') + settings.databaseName();
}

QString ConnectionProfiles::lastUsername(const ConnectionSettings& settings, bool demo)
{
    QSettings stored;
    QString username;
    if (demo)
        username = stored.value(demoUsernameKey).toString();
    else if (const std::optional<Profile> profile = find(settings))
        username = profile->username;
    return username.isEmpty() ? stored.value(lastUsernameKey).toString() : username;
}

void ConnectionProfiles::recordSignIn(const ConnectionSettings& settings, bool demo,
                                      const QString& username)
{
    QSettings().setValue(lastUsernameKey, username);
    if (demo)
        return QSettings().setValue(demoUsernameKey, username);
    QList<Profile> profiles = load();
    const QString url = settings.displayUrl();
    for (Profile& p : profiles)
        if (p.url == url)
            p.username = username;
    store(profiles);
}
