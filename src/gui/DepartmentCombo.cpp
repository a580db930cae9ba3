#include "DepartmentCombo.h"

#include "DepartmentOutline.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace DepartmentCombo {

void fill(QComboBox* combo, const QList<DepartmentRecord>& departments, const QString& anyText)
{
    const QVariant selected = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!anyText.isEmpty())
        combo->addItem(anyText, qint64(0));
    for (const DepartmentOutline::Entry& entry : DepartmentOutline::of(departments))
        combo->addItem(QString(qsizetype{entry.depth} * 3, QLatin1Char(' ')) +
                           DepartmentOutline::displayName(entry.department),
                       entry.department.id);
    const int index = combo->findData(selected);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace DepartmentCombo
