#pragma once

#include <QString>

// Text from the database or from input, made safe to show to a person: every control character
// (C0 including NUL, DEL, C1) is written as a \xHH escape, so an ESC or BEL in a value cannot
// drive the terminal and a NUL cannot cut the output short. Other text, backslashes included,
// stays as it is. For text outputs only: JSON and CSV have their own escaping.
class PrintableText {
public:
    enum class LineBreaks { Escape, Keep };

    static QString escaped(const QString& text, LineBreaks lineBreaks = LineBreaks::Escape);
};
