#pragma once

#include <QHash>
#include <QList>
#include <QString>

// What importing an employee CSV file did (or, when a row was refused, would have done), row by
// row. A file of 200,000 rows makes 200,000 rows here, nearly all without a reason: each row
// keeps its id, line and outcome in a few bytes, and the refusals' texts are kept apart.
class EmployeeImportReport {
public:
    enum class Outcome : quint8 { Created, Updated, Unchanged, Refused };
    // One row, as readers see it.
    struct Row {
        int row = 0;   // 1: the first record after the header
        int line = 0;  // the line of the file where the record starts
        qint64 id = 0; // 0 when the id could not be read
        Outcome outcome = Outcome::Refused;
        QString field;  // the column at fault, when refused
        QString reason; // why it was refused
    };

    qsizetype size() const { return m_entries.size(); }
    // The row at `index` (0 for row 1).
    Row row(qsizetype index) const;
    qint64 id(qsizetype index) const { return m_entries.at(index).id; }
    Outcome outcome(qsizetype index) const { return m_entries.at(index).outcome; }
    int countOf(Outcome outcome) const;
    int refusedCount() const { return static_cast<int>(m_refusals.size()); }

    // Adds the next row, starting at `line` of the file: Created until it is known otherwise.
    qsizetype append(int line);
    void setId(qsizetype index, qint64 id) { m_entries[index].id = id; }
    void setOutcome(qsizetype index, Outcome outcome) { m_entries[index].outcome = outcome; }
    // The row is refused; a later reason replaces an earlier one.
    void refuse(qsizetype index, const QString& field, const QString& reason);

    // False when refused rows stopped the whole import: nothing changed.
    bool applied = false;

private:
    struct Entry {
        qint64 id = 0;
        int line = 0;
        Outcome outcome = Outcome::Created;
    };
    struct Refusal {
        QString field;
        QString reason;
    };
    QList<Entry> m_entries;
    QHash<qsizetype, Refusal> m_refusals; // by index
};
