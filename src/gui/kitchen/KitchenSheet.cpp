#include "KitchenSheet.h"

#include "LocalizedName.h"

#include <QCollator>
#include <QLocale>
#include <QPrinter>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString number(qsizetype n)
{
    return QLocale().toString(qint64(n));
}

} // namespace

KitchenSheet::KitchenSheet(DailySummary summary)
    : m_summary(std::move(summary))
{
    for (const DailySummaryRow& row : m_summary.rows) {
        const auto sameMealType = [&](const Heading& h) { return h.id == row.mealTypeId; };
        if (std::none_of(m_mealTypes.cbegin(), m_mealTypes.cend(), sameMealType))
            m_mealTypes.append({row.mealTypeId, mealTypeName(row)});
        const auto sameDepartment = [&](const Heading& h) { return h.id == row.departmentId; };
        if (std::none_of(m_departments.cbegin(), m_departments.cend(), sameDepartment))
            m_departments.append({row.departmentId, departmentName(row)});
    }
    // The summary orders departments by English name within each meal type; across meal types
    // (and in Arabic) the sheet's rows need one order of their own.
    const QCollator collator{QLocale()};
    std::stable_sort(m_departments.begin(), m_departments.end(),
                     [&collator](const Heading& a, const Heading& b) {
                         // Lines without a department last.
                         if ((a.id == 0) != (b.id == 0))
                             return b.id == 0;
                         return collator.compare(a.name, b.name) < 0;
                     });
}

qsizetype KitchenSheet::mealTypeTotal(qint64 mealTypeId) const
{
    qsizetype n = 0;
    for (const DailySummaryRow& row : m_summary.rows)
        n += row.mealTypeId == mealTypeId ? row.count() : 0;
    return n;
}

qsizetype KitchenSheet::departmentTotal(qint64 departmentId) const
{
    qsizetype n = 0;
    for (const DailySummaryRow& row : m_summary.rows)
        n += row.departmentId == departmentId ? row.count() : 0;
    return n;
}

QString KitchenSheet::mealTypeName(const DailySummaryRow& row)
{
    return LocalizedName::pick(row.mealTypeNameEn, row.mealTypeNameAr);
}

QString KitchenSheet::departmentName(const DailySummaryRow& row)
{
    if (row.departmentId == 0)
        return tr("No department");
    return LocalizedName::pick(row.departmentNameEn, row.departmentNameAr);
}

QString KitchenSheet::employeeName(const DailySummaryEmployee& employee)
{
    return LocalizedName::pick(employee.nameEn, employee.nameAr);
}

QString KitchenSheet::dayText() const
{
    return QLocale().toString(m_summary.day, QLocale::LongFormat);
}

QString KitchenSheet::html(Qt::LayoutDirection direction) const
{
    const bool rtl = direction == Qt::RightToLeft;
    // Every block names its direction: Qt's HTML import does not inherit `dir` from the body.
    const QString dir = rtl ? QStringLiteral(" dir=\"rtl\"") : QStringLiteral(" dir=\"ltr\"");
    // Qt lays a table's columns out from the left in either direction: a right-to-left row
    // lists its cells in reverse, and its table stands at the right.
    const QString table = QStringLiteral("<table%1 align=\"%2\" cellspacing=\"0\" ")
                              .arg(dir, rtl ? QStringLiteral("right") : QStringLiteral("left"));
    const auto cell = [&dir](const QString& tag, const QString& html, bool number = false) {
        return QStringLiteral("<%1%2%3>%4</%1>")
            .arg(tag, number ? QStringLiteral(" class=\"n\"") : QString(), dir, html);
    };
    const auto row = [rtl](QStringList cells) {
        if (rtl)
            std::reverse(cells.begin(), cells.end());
        return QStringLiteral("<tr>") + cells.join(QString()) + QStringLiteral("</tr>");
    };
    const QString th = QStringLiteral("th");
    const QString td = QStringLiteral("td");

    QString h = QStringLiteral("<html><head><style>th { background-color: #e6e6e6; } "
                               "td.n, th.n { text-align: center; }</style></head><body%1>")
                    .arg(dir);
    h += QStringLiteral("<h2%1>%2</h2>").arg(dir, escaped(tr("Kitchen sheet: %1").arg(dayText())));
    if (m_summary.rows.isEmpty())
        return h + QStringLiteral("<p%1>%2</p></body></html>").arg(dir, escaped(tr("No meals.")));
    h += QStringLiteral("<p%1>%2</p>")
             .arg(dir, escaped(tr("%n meal(s) in all.", nullptr, int(total()))));

    // The counts: departments down, meal types across, totals last.
    h += table + QStringLiteral("border=\"1\" cellpadding=\"4\" width=\"100%\">");
    QStringList cells{cell(th, escaped(tr("Department")))};
    for (const Heading& mealType : m_mealTypes)
        cells << cell(th, escaped(mealType.name), true);
    cells << cell(th, escaped(tr("Total")), true);
    h += QStringLiteral("<thead>") + row(cells) + QStringLiteral("</thead>");
    for (const Heading& department : m_departments) {
        cells = QStringList{cell(td, escaped(department.name))};
        for (const Heading& mealType : m_mealTypes) {
            const qsizetype n = count(mealType.id, department.id);
            cells << cell(td, n ? number(n) : QStringLiteral("–"), true);
        }
        cells << cell(td, QStringLiteral("<b>%1</b>").arg(number(departmentTotal(department.id))),
                      true);
        h += row(cells);
    }
    cells = QStringList{cell(th, escaped(tr("Total")))};
    for (const Heading& mealType : m_mealTypes)
        cells << cell(th, number(mealTypeTotal(mealType.id)), true);
    cells << cell(th, number(total()), true);
    h += row(cells) + QStringLiteral("</table>");

    // The names: per meal type, per department, by code.
    qint64 mealTypeId = -1;
    for (const DailySummaryRow& r : m_summary.rows) {
        if (r.mealTypeId != mealTypeId) {
            mealTypeId = r.mealTypeId;
            h += QStringLiteral("<h3%1>%2</h3>")
                     .arg(dir, escaped(tr("%1: %n meal(s)", nullptr, int(mealTypeTotal(mealTypeId)))
                                           .arg(mealTypeName(r))));
        }
        h += QStringLiteral("<p%1><b>%2</b></p>")
                 .arg(dir, escaped(tr("%1 (%2)").arg(departmentName(r), number(r.count()))));
        h += table + QStringLiteral("cellpadding=\"2\">");
        for (const DailySummaryEmployee& e : r.employees)
            h += row({cell(td, QString::number(e.code)), cell(td, escaped(employeeName(e)))});
        h += QStringLiteral("</table>");
    }
    return h + QStringLiteral("</body></html>");
}

std::unique_ptr<QTextDocument> KitchenSheet::document(Qt::LayoutDirection direction) const
{
    auto document = std::make_unique<QTextDocument>();
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(direction);
    document->setDefaultTextOption(option);
    document->setHtml(html(direction));
    return document;
}

void KitchenSheet::print(QPrinter& printer, Qt::LayoutDirection direction) const
{
    document(direction)->print(&printer);
}
