#include "Launcher.h"

#include <QApplication>
#include <QDir>
#include <QIcon>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // Every window's icon, in each size rendered from packaging/mealdesk.svg; the desktop entry's
    // name lets a Wayland compositor match the windows to it.
    QIcon icon;
    const QDir icons(QStringLiteral(":/icons"));
    for (const QString& file : icons.entryList(QDir::Files))
        icon.addFile(icons.filePath(file));
    QApplication::setWindowIcon(icon);
    QGuiApplication::setDesktopFileName(QStringLiteral("org.example.mealdesk"));
    return Launcher::run(app);
}
