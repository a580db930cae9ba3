#pragma once

#include <QtGlobal>

// Sizes beyond which input from files and pasted values is refused before it is read: a
// hostile or mistaken input must not exhaust memory or freeze the window.
namespace InputLimits {

// A CSV file: about 200 times the largest real employee list.
inline constexpr qsizetype maxCsvBytes = qsizetype{64} * 1024 * 1024;
// One CSV field, in UTF-16 code units; the longest column (a name) allows 128 characters.
inline constexpr qsizetype maxCsvFieldLength = qsizetype{4} * 1024;
// An ALLOWED_ORIGINS value, in UTF-16 code units.
inline constexpr qsizetype maxOriginsValueLength = qsizetype{1024} * 1024;
// The origins in one ALLOWED_ORIGINS value.
inline constexpr qsizetype maxOriginEntries = 10000;

} // namespace InputLimits
