#pragma once

#include <QString>
#include <QVariantList>

// One WHERE condition with a ? for each of its bound values.
struct SqlCondition {
    QString sql;
    QVariantList values;
};
