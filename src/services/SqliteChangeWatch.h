#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

class ChangeFeed;
class Database;

// SQLite has no NOTIFY: another process's commits (mealdesk-cli, a second window on the same
// file) are noticed by the file's data_version, read every second on the writer's connection
// (whose own commits never change it, so this process's changes are not seen twice). A change
// announces every entity as changed (no ids: any row), and the screens reload what they show.
class SqliteChangeWatch : public QObject {
    Q_OBJECT

public:
    static constexpr int intervalMs = 1000;
    // What a change of another process may have touched.
    static const QStringList& entities();

    SqliteChangeWatch(Database& db, ChangeFeed& feed, QObject* parent = nullptr);

Q_SIGNALS:
    // A check ended; `changed` when another process had committed since the one before.
    void checked(bool changed);

private:
    void check();
    void onChecked();

    Database& m_db;
    ChangeFeed& m_feed;
    QTimer m_timer;
    QFutureWatcher<qint64> m_reading;
    std::optional<qint64> m_version;
};
