#pragma once

#include "DepartmentRecord.h"

#include <QList>
#include <QString>

// The department tree in reading order, for the screens' trees and lists: each department
// after its parent, children in the order the service gives (by English name).
class DepartmentOutline {
public:
    struct Entry {
        DepartmentRecord department;
        int depth = 0; // 0: top level
    };

    // A department whose parent is missing, or that a cycle written around MealDesk cuts off,
    // is shown at the top level rather than lost.
    static QList<Entry> of(const QList<DepartmentRecord>& departments);
    // The department's name in the language of the interface (the other one when it is empty).
    static QString displayName(const DepartmentRecord& department);
};
