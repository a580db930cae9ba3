#include "CliCommand.h"

#include "Failure.h"

#include <QCommandLineParser>

int CliCommand::intValue(const QCommandLineParser& parser, const QString& option, int min, int max,
                         int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const QString text = parser.value(option);
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        throw Failure(Failure::Kind::Validation,
                      QStringLiteral("--%1: '%2' is not a whole number from %3 to %4")
                          .arg(option, text, QString::number(min), QString::number(max)),
                      option);
    return value;
}
