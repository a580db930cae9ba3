#pragma once

#include <QString>
#include <QStringList>

class Connection;

// A file of SQL statements, each ending with ";" at the end of a line; whole-line "--" comments
// are dropped. The migrations are such files, and so are the tests' database fixtures.
class SqlScript {
public:
    static QStringList statements(const QString& text);
    // The statements of a file (a resource path too); Failure Internal when it cannot be read.
    static QStringList fromFile(const QString& path);
    // Runs every statement of the file on `connection`, in the caller's transaction if any.
    static void run(Connection& connection, const QString& path);
};
