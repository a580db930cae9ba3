#pragma once

#include <QString>

// A name kept in English and in Arabic (departments, employees, meal types), shown in the
// language of the interface: the default QLocale, which the window sets for the language it
// runs in. Either name may be empty (an employee needs only one, a meal type's name_ar may be
// ''): the other one is shown then rather than a blank.
class LocalizedName {
public:
    static QString pick(const QString& english, const QString& arabic);
};
