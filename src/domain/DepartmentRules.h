#pragma once

#include <QCoreApplication>
#include <QString>

// DOMAIN.md's department field rules. Each check returns an empty string or the reason.
class DepartmentRules {
    Q_DECLARE_TR_FUNCTIONS(DepartmentRules)

public:
    static constexpr int maxName = 128;

    // Both names are required.
    static QString checkNameEn(const QString& name);
    static QString checkNameAr(const QString& name);
};
