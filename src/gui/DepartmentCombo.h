#pragma once

#include "DepartmentRecord.h"

#include <QList>
#include <QString>

class QComboBox;

// The department tree in a combo box (DepartmentOutline's order and names), for the screens'
// choices of a department.
namespace DepartmentCombo {

// Replaces the items: `anyText` first (id 0; none when empty), then the departments in tree
// order, each indented under its parent, with the id as item data. The department selected
// before stays selected when it is still there; no signals are emitted.
void fill(QComboBox* combo, const QList<DepartmentRecord>& departments,
          const QString& anyText = {});

} // namespace DepartmentCombo
