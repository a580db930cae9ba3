#pragma once

#include "ElidedLabel.h"
#include "MainWindow.h"
#include "StartupController.h"

#include <QLabel>
#include <QStackedWidget>

#include <memory>

// The real window over a real startup, started at once; destroyed window first, as in
// Launcher::run. For the tests that link the whole GUI (mealdesk_gui); header-only, as the
// support library itself has no widgets.
struct LaunchedApp {
    std::unique_ptr<StartupController> startup;
    std::unique_ptr<MainWindow> window;

    explicit LaunchedApp(const ConnectionSettings& settings,
                         StartupController::Source source = StartupController::Source::Configured,
                         const Seeder::DemoSizes& demoSizes = {})
        : startup(std::make_unique<StartupController>(settings, source, demoSizes))
        , window(std::make_unique<MainWindow>(*startup))
    {
        window->show();
        startup->start();
    }

    template <typename T> T* find(const char* name) const
    {
        return window->findChild<T*>(QString::fromLatin1(name));
    }
    // The text of the window's label `name` (a QLabel or an ElidedLabel).
    QString text(const char* name) const
    {
        if (const auto* label = find<QLabel>(name))
            return label->text();
        return find<ElidedLabel>(name)->text();
    }
    // busyPage, errorPage or workPage.
    QString page() const { return find<QStackedWidget>("pages")->currentWidget()->objectName(); }
};
