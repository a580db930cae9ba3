#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // The same names as the GUI's, so both find the same demo database.
    QCoreApplication::setOrganizationName(QStringLiteral("MealDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("mealdesk"));
    Cli cli;
    return cli.run(app);
}
