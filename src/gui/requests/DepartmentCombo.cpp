#include "DepartmentCombo.h"

#include <QComboBox>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSignalBlocker>

#include <functional>

namespace DepartmentCombo {

void fill(QComboBox* combo, const QList<DepartmentRecord>& departments, const QString& anyText)
{
    const QVariant selected = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!anyText.isEmpty())
        combo->addItem(anyText, qint64(0));
    // The list comes sorted by name, so the children of each parent stay sorted too.
    QHash<qint64, QList<const DepartmentRecord*>> children;
    QSet<qint64> known;
    for (const DepartmentRecord& d : departments)
        known.insert(d.id);
    for (const DepartmentRecord& d : departments)
        children[known.contains(d.parentId) ? d.parentId : 0].append(&d);
    const bool arabic = QLocale().language() == QLocale::Arabic;
    const std::function<void(qint64, int)> add = [&](qint64 parentId, int depth) {
        for (const DepartmentRecord* d : children.value(parentId)) {
            const QString name = arabic ? d->nameAr : d->nameEn;
            combo->addItem(QString(depth * 3, QLatin1Char(' ')) + name, d->id);
            add(d->id, depth + 1);
        }
    };
    add(0, 0);
    const int index = combo->findData(selected);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace DepartmentCombo
