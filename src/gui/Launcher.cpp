#include "Launcher.h"

#include "DbError.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <optional>

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
    parser.process(app);

    std::optional<Target> target;
    try {
        target = targetFor(parser.value(database));
    } catch (const DbError& e) {
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

    StartupController startup(target->settings, target->source);
    MainWindow window(startup);
    window.show();
    startup.start();
    return app.exec();
}
