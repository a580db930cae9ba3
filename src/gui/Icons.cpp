#include "Icons.h"

#include <QDir>

QIcon Icons::themed(const QString& name)
{
    return QIcon::fromTheme(name, bundled(name));
}

QIcon Icons::bundled(const QString& name)
{
    QIcon icon;
    const QDir dir(QStringLiteral(":/icons"));
    // <name>-<size>.png: the digit keeps "edit" from matching "edit-copy-16.png".
    for (const QString& file : dir.entryList({name + QStringLiteral("-[0-9]*.png")}, QDir::Files))
        icon.addFile(dir.filePath(file));
    return icon;
}
