#pragma once

#include <QString>
#include <QStringList>

// The language of the interface: English (the source strings) or a shipped translation, with
// Qt's own strings and the layout direction (right-to-left for Arabic) to match.
class Language {
public:
    // "en", "ar".
    static QStringList available();
    // The name of a language in itself ("English", "العربية").
    static QString nativeName(const QString& code);
    // --language CODE (or --language=CODE) in `arguments`, else the saved choice, else the
    // system's language when available, else English.
    static QString chosen(const QStringList& arguments);
    // Saved for the next start.
    static void remember(const QString& code);
    // Installs the translators for `code` into the application and sets the layout direction
    // and default locale. Call before any window exists. The translations come through
    // LocaleTranslator (no mnemonics, the locale's digits).
    static void apply(const QString& code);
};
