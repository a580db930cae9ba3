#include "Launcher.h"

#include "ConnectionProfiles.h"
#include "Failure.h"
#include "Language.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <QSettings>

#include <functional>
#include <memory>
#include <optional>

namespace {

const QString databaseKey = QStringLiteral("database/url");

} // namespace

Launcher::Target Launcher::targetFor(const QString& url)
{
    if (url.isEmpty())
        return {ConnectionSettings::demoDatabase(), StartupController::Source::Demo};
    return {ConnectionSettings::parse(url), StartupController::Source::Configured};
}

int Launcher::run(QApplication& app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("MealDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("mealdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MEALDESK_VERSION));
    // Before the first tr(): the command line's own help is translated too.
    const QString language = Language::chosen(QCoreApplication::arguments());
    Language::apply(language);
    QGuiApplication::setApplicationDisplayName(tr("MealDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("MealDesk: administration of the meal-request system."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        {QStringLiteral("d"), QStringLiteral("database")},
        tr("The database: sqlite:///path/to/file.db or postgresql://user@host[:port]/dbname. "
           "Without it, the demo database."),
        tr("URL"));
    parser.addOption(database);
    parser.addOption(QCommandLineOption(QStringLiteral("language"),
                                        tr("The language of the interface: %1.")
                                            .arg(Language::available().join(QStringLiteral(", "))),
                                        tr("CODE")));
    parser.process(app);

    std::optional<Target> target;
    try {
        target = targetFor(parser.value(database));
    } catch (const Failure& e) {
        // Before the event loop there is nothing else to show: a blocking box is right here.
        QMessageBox box(QMessageBox::Critical, tr("MealDesk"),
                        tr("MealDesk cannot start: the database URL is not valid."),
                        QMessageBox::Close);
        box.setInformativeText(tr("%1\n\nExamples:\nsqlite:///home/me/mealdesk.db\n"
                                  "postgresql://mealdesk@db.example.org:5432/mealdesk")
                                   .arg(e.message()));
        box.exec();
        return 2;
    }

    // Before the remembered URL changes: an older version's one URL becomes the first profile.
    ConnectionProfiles::load();
    if (!parser.isSet(database))
        target = remembered().value_or(*target);
    // The window and its database are replaced when the user opens another database.
    std::unique_ptr<StartupController> startup;
    std::unique_ptr<MainWindow> window;
    std::function<void(const Target&)> open = [&](const Target& t) {
        window.reset();
        startup = std::make_unique<StartupController>(t.settings, t.source);
        window = std::make_unique<MainWindow>(*startup);
        QObject::connect(
            window.get(), &MainWindow::databaseChosen, window.get(),
            [&](const ConnectionSettings& settings, bool demo) {
                const Target chosen{settings, demo ? StartupController::Source::Demo
                                                   : StartupController::Source::Configured};
                remember(chosen);
                // Not from inside the window's own signal: it is about to be deleted.
                QMetaObject::invokeMethod(
                    &app, [&open, chosen] { open(chosen); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
        window->show();
        startup->start();
    };
    open(*target);
    const int code = QApplication::exec();
    window.reset();
    return code;
}

std::optional<Launcher::Target> Launcher::remembered()
{
    const QString url = QSettings().value(databaseKey).toString();
    if (url.isEmpty())
        return std::nullopt;
    try {
        return targetFor(url);
    } catch (const Failure&) {
        return std::nullopt; // a stale setting: the demo database
    }
}

void Launcher::remember(const Target& target)
{
    QSettings().setValue(databaseKey, target.source == StartupController::Source::Demo
                                          ? QString()
                                          : target.settings.displayUrl());
}
