#include "PrintableText.h"

#include <algorithm>

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

} // namespace

QString PrintableText::escaped(const QString& text, LineBreaks lineBreaks)
{
    const auto needsEscape = [lineBreaks](QChar c) {
        return isControl(c.unicode()) &&
               !(lineBreaks == LineBreaks::Keep && c == QLatin1Char('\n'));
    };
    if (std::none_of(text.cbegin(), text.cend(), needsEscape))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (needsEscape(c))
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}
