#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// An export read back as the project's own CsvReader reads it, for tests to compare fields.
class TestCsv {
public:
    // Every record's fields, the header first; fails the current test (QTest state) and
    // returns what was read so far when the input is malformed.
    static QList<QStringList> records(const QByteArray& csv);
};
