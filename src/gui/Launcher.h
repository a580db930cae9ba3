#pragma once

#include "ConnectionSettings.h"
#include "StartupController.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QApplication;

// What `mealdesk` does with its command line: which database, then the window and its startup.
class Launcher {
    Q_DECLARE_TR_FUNCTIONS(Launcher)

public:
    struct Target {
        ConnectionSettings settings;
        StartupController::Source source;
    };

    // The database for a --database value: the demo database when it is empty. Throws Failure
    // (Validation, field "url") naming the bad part of the URL.
    static Target targetFor(const QString& url);
    // Parses the arguments, shows the window and runs the event loop; the exit code.
    static int run(QApplication& app);

    // The database opened last time (a profile, or a URL opened without saving it; not one given
    // with --database), if any and still valid.
    static std::optional<Target> remembered();
    // Remembers the URL with every connection parameter but the password (QSettings is a plain
    // file): the password is asked again, or comes from ~/.pgpass.
    static void remember(const Target& target);
};
