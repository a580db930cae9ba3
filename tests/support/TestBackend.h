#pragma once

#include "ConnectionSettings.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// Fresh databases for data-driven tests: every test row runs on SQLite and on PostgreSQL.
class TestBackend {
public:
    // Adds the "backend" column with one row per database: "sqlite" and "postgresql".
    static void addColumns();
    // The test server's administrative URL (from the pg_start fixture); fails the test if absent.
    static QString postgresAdminUrl();
    // A new empty database of the given backend; the QTest failure state says if it failed.
    ConnectionSettings fresh(const QString& backend);
    // A new database of the given backend made by tests/fixtures/<fixture>-<backend>.sql (the
    // web backend's own tables and rows); the QTest failure state says if it failed.
    ConnectionSettings withFixture(const QString& backend, const QString& fixture);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};
