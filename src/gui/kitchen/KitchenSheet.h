#pragma once

#include "DailySummary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QPrinter;
class QTextDocument;

// The kitchen's sheet of one day as people read it: a table of meals by department (rows) and
// meal type (columns) with totals, then the names per meal type and department. Names are the
// Arabic ones when the application runs in Arabic, else the English ones (each falls back to
// the other when empty). The screen shows the same figures that print() and the PDF hold.
class KitchenSheet {
    Q_DECLARE_TR_FUNCTIONS(KitchenSheet)

public:
    struct Heading {
        qint64 id = 0;
        QString name;
    };

    KitchenSheet() = default;
    explicit KitchenSheet(DailySummary summary);

    const DailySummary& summary() const { return m_summary; }
    QDate day() const { return m_summary.day; }
    // In the summary's order: meal types by priority, departments by name.
    const QList<Heading>& mealTypes() const { return m_mealTypes; }
    const QList<Heading>& departments() const { return m_departments; }
    qsizetype count(qint64 mealTypeId, qint64 departmentId) const
    {
        return m_summary.count(mealTypeId, departmentId);
    }
    qsizetype mealTypeTotal(qint64 mealTypeId) const;
    qsizetype departmentTotal(qint64 departmentId) const;
    qsizetype total() const { return m_summary.total(); }

    // Localized names of a row's meal type, department and employee.
    static QString mealTypeName(const DailySummaryRow& row);
    static QString departmentName(const DailySummaryRow& row);
    static QString employeeName(const DailySummaryEmployee& employee);
    // "Wednesday, 1 May 2024" in the application's language.
    QString dayText() const;

    // The printable sheet, laid out in `direction`.
    std::unique_ptr<QTextDocument> document(Qt::LayoutDirection direction) const;
    void print(QPrinter& printer, Qt::LayoutDirection direction) const;

private:
    QString html(Qt::LayoutDirection direction) const;

    DailySummary m_summary;
    QList<Heading> m_mealTypes;
    QList<Heading> m_departments;
};
