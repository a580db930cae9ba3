#include "Icons.h"
#include "Launcher.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // Every window's icon, in each size rendered from packaging/mealdesk.svg; the desktop entry's
    // name lets a Wayland compositor match the windows to it.
    QApplication::setWindowIcon(Icons::bundled(QStringLiteral("mealdesk")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.example.mealdesk"));
    return Launcher::run(app);
}
