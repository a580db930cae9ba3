#pragma once

#include <QString>

// Text that reads left to right whatever surrounds it (a URL, a path, an origin), for placing
// inside a sentence of the interface. In a right-to-left interface (Arabic) it is isolated
// (U+2066 ... U+2069), so the sentence's direction cannot move its slashes, dots and brackets;
// otherwise it comes back as it is, so the command line and English texts stay plain.
class LeftToRight {
public:
    static QString isolated(const QString& text);
};
