#pragma once

#include <QIcon>
#include <QString>

// The icons of the windows, the navigation and the main actions. Each is asked from the desktop's
// icon theme by its freedesktop name; the pictures drawn for MealDesk (resources/icons/<name>.svg,
// rendered into the program) stand in where the theme has none.
class Icons {
public:
    // The theme's icon `name`, else the bundled one.
    static QIcon themed(const QString& name);
    // Only the bundled pictures of `name`, in every size rendered (the application's own icon).
    static QIcon bundled(const QString& name);
};
