#pragma once

#include "Operation.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QWidget;
class Screen;
class Session;

// The screens of the main window, in navigation order, with who may open them.
class ScreenCatalog {
    Q_DECLARE_TR_FUNCTIONS(ScreenCatalog)

public:
    struct Entry {
        QString key; // objectName of the screen: settings group and tests
        QString title;
        // The freedesktop name of its icon in the navigation (Icons::themed()).
        QString icon;
        // The role map's operation the screen needs; none: everyone signed in.
        std::optional<Operation> operation;
        std::function<Screen*(Session&, QWidget*)> create;
    };

    static QList<Entry> entries();
};
