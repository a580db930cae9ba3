#pragma once

#include "Database.h"

#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>

// What the tests read and write straight in SQL, beside the services. The Database forms wait
// the way the GUI does (the event loop runs; nothing blocks on an unfinished future) and fail
// the current test (QTest state) on an error or after a minute.
class TestSql {
public:
    // The first column of the first row; null when there is no row.
    static QVariant scalar(Connection& c, const QString& sql, const QVariantList& values = {});
    // The same as a read on `db`; null (and the test failed) when it fails.
    static QVariant scalar(Database& db, const QString& sql, const QVariantList& values = {});
    // The rows of `table` (the test's own name, never input); -1 when the read fails.
    static qint64 rowCount(Database& db, const QString& table);
    // The audit rows with this action; -1 when the read fails.
    static qint64 auditCount(Database& db, const QString& action);
    // fn in one write transaction; false (and the test failed) when it fails.
    static bool write(Database& db, const std::function<void(Connection&)>& fn);
};
