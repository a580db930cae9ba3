#include "DepartmentOutline.h"

#include "LocalizedName.h"

#include <QHash>
#include <QSet>

#include <functional>

QList<DepartmentOutline::Entry> DepartmentOutline::of(const QList<DepartmentRecord>& departments)
{
    QHash<qint64, QList<const DepartmentRecord*>> children;
    QSet<qint64> ids;
    for (const DepartmentRecord& d : departments)
        ids.insert(d.id);
    QList<const DepartmentRecord*> roots;
    for (const DepartmentRecord& d : departments) {
        if (d.parentId && ids.contains(d.parentId) && d.parentId != d.id)
            children[d.parentId].append(&d);
        else
            roots.append(&d);
    }

    QList<Entry> result;
    result.reserve(departments.size());
    QSet<qint64> placed;
    const std::function<void(const DepartmentRecord*, int)> place = [&](const DepartmentRecord* d,
                                                                        int depth) {
        if (placed.contains(d->id))
            return;
        placed.insert(d->id);
        result.append({*d, depth});
        for (const DepartmentRecord* child : children.value(d->id))
            place(child, depth + 1);
    };
    for (const DepartmentRecord* root : std::as_const(roots))
        place(root, 0);
    // Only departments on a cycle are left: each cycle is entered at its first member.
    for (const DepartmentRecord& d : departments)
        place(&d, 0);
    return result;
}

QString DepartmentOutline::displayName(const DepartmentRecord& department)
{
    return LocalizedName::pick(department.nameEn, department.nameAr);
}
