#include "BenchRunner.h"
#include "ImportBench.h"
#include "MemoryBench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char* argv[])
{
    // The GUI figures need widgets, not a screen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mealdesk-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Measures MealDesk's data layer on SQLite and PostgreSQL against the obvious "
                "alternatives; prints one JSON line per figure, then tables."));
    parser.addHelpOption();
    const QCommandLineOption quick(
        QStringLiteral("quick"),
        QCoreApplication::translate("main", "Small sizes (a tenth): a run of about two minutes."));
    const QCommandLineOption backend(
        QStringLiteral("backend"),
        QCoreApplication::translate("main", "Only this backend: sqlite or postgresql."),
        QStringLiteral("name"));
    const QCommandLineOption only(
        QStringLiteral("only"),
        QCoreApplication::translate("main",
                                    "Only these figures (comma-separated): workloads, scan, gui, "
                                    "memory, import."),
        QStringLiteral("list"));
    QCommandLineOption child(QLatin1String(MemoryBench::childOption), QStringLiteral("internal"),
                             QStringLiteral("url"));
    QCommandLineOption importChild(QLatin1String(ImportBench::childOption),
                                   QStringLiteral("internal"), QStringLiteral("url"));
    QCommandLineOption importFile(QLatin1String(ImportBench::fileOption),
                                  QStringLiteral("internal"), QStringLiteral("path"));
    for (QCommandLineOption* internal : {&child, &importChild, &importFile})
        internal->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({quick, backend, only, child, importChild, importFile});
    parser.process(app);

    if (parser.isSet(child))
        return MemoryBench::child(parser.value(child));
    if (parser.isSet(importChild))
        return ImportBench::child(parser.value(importChild), parser.value(importFile));

    BenchRunner::Options options;
    options.quick = parser.isSet(quick);
    const QStringList backends = {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
    const QStringList parts = {QStringLiteral("workloads"), QStringLiteral("scan"),
                               QStringLiteral("gui"), QStringLiteral("memory"),
                               QStringLiteral("import")};
    options.backends = parser.isSet(backend) ? QStringList{parser.value(backend)} : backends;
    options.parts = parser.isSet(only) ? parser.value(only).split(QLatin1Char(',')) : parts;
    for (const QString& b : std::as_const(options.backends)) {
        if (!backends.contains(b)) {
            QTextStream(stderr) << QCoreApplication::translate("main",
                                                               "Unknown backend '%1': sqlite or "
                                                               "postgresql.")
                                       .arg(b)
                                << Qt::endl;
            return 2;
        }
    }
    for (const QString& p : std::as_const(options.parts)) {
        if (!parts.contains(p)) {
            QTextStream(stderr) << QCoreApplication::translate(
                                       "main", "Unknown figure '%1': workloads, scan, gui, memory.")
                                       .arg(p)
                                << Qt::endl;
            return 2;
        }
    }
    return BenchRunner(options).run();
}
