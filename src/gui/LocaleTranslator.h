#pragma once

#include <QTranslator>

#include <memory>

// A loaded translation, delivered the way the interface language wants it. Arabic letters join
// inside a word: a mnemonic's underline breaks the joining, so translations come without them
// (ours and Qt's own: "&Yes" in Qt's Arabic). Counts and numbers passed to a translation use
// the default locale's digits (%n as %Ln, %1 as %L1), as the tables do, so that one screen never
// mixes two digit styles.
class LocaleTranslator : public QTranslator {
    Q_OBJECT

public:
    explicit LocaleTranslator(std::unique_ptr<QTranslator> translation, QObject* parent = nullptr);
    ~LocaleTranslator() override;

    QString translate(const char* context, const char* sourceText,
                      const char* disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override;

    // `text` without mnemonics ("&&", a literal ampersand, and HTML entities stay) and with
    // every %n and %1..%99 asking for the locale's digits.
    static QString polished(const QString& text);

private:
    std::unique_ptr<QTranslator> m_translation;
};
