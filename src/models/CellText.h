#pragma once

#include <QDateTime>
#include <QString>

// How the tables show common values, the same on every screen.
namespace CellText {

// Local time in the locale's short format; empty for an invalid (absent) time.
QString dateTime(const QDateTime& value);
QString yesNo(bool value);

} // namespace CellText
