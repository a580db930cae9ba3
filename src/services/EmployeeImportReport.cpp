#include "EmployeeImportReport.h"

#include <algorithm>

EmployeeImportReport::Row EmployeeImportReport::row(qsizetype index) const
{
    const Entry& e = m_entries.at(index);
    const Refusal refusal = m_refusals.value(index);
    return {static_cast<int>(index + 1), e.line, e.id, e.outcome, refusal.field, refusal.reason};
}

int EmployeeImportReport::countOf(Outcome outcome) const
{
    return static_cast<int>(
        std::count_if(m_entries.cbegin(), m_entries.cend(),
                      [outcome](const Entry& e) { return e.outcome == outcome; }));
}

qsizetype EmployeeImportReport::append(int line)
{
    m_entries.append({0, line, Outcome::Created});
    return m_entries.size() - 1;
}

void EmployeeImportReport::refuse(qsizetype index, const QString& field, const QString& reason)
{
    m_entries[index].outcome = Outcome::Refused;
    m_refusals.insert(index, {field, reason});
}
