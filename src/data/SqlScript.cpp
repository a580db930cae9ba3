#include "SqlScript.h"

#include "Connection.h"
#include "Failure.h"

#include <QFile>
#include <QRegularExpression>

QStringList SqlScript::statements(const QString& text)
{
    QString code = text;
    code.remove(
        QRegularExpression(QStringLiteral("^\\s*--[^\\n]*$"), QRegularExpression::MultilineOption));
    QStringList result;
    for (const QString& part : code.split(QRegularExpression(QStringLiteral(";\\s*(\\n|$)")))) {
        if (!part.trimmed().isEmpty())
            result << part.trimmed();
    }
    return result;
}

QStringList SqlScript::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Failure(Failure::Kind::Internal, QStringLiteral("Cannot read %1").arg(path));
    return statements(QString::fromUtf8(file.readAll()));
}

void SqlScript::run(Connection& connection, const QString& path)
{
    for (const QString& sql : fromFile(path))
        connection.execDirect(sql);
}
