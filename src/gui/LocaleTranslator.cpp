#include "LocaleTranslator.h"

#include <QRegularExpression>

LocaleTranslator::LocaleTranslator(std::unique_ptr<QTranslator> translation, QObject* parent)
    : QTranslator(parent)
    , m_translation(std::move(translation))
{
}

LocaleTranslator::~LocaleTranslator() = default;

QString LocaleTranslator::translate(const char* context, const char* sourceText,
                                    const char* disambiguation, int n) const
{
    const QString text = m_translation->translate(context, sourceText, disambiguation, n);
    // An empty text means "not translated here": the next translator or the source is used.
    return text.isEmpty() ? text : polished(text);
}

bool LocaleTranslator::isEmpty() const
{
    return m_translation->isEmpty();
}

QString LocaleTranslator::polished(const QString& text)
{
    static const QRegularExpression entity(QStringLiteral("\\G&(#[0-9]+|[A-Za-z]+);"));
    static const QRegularExpression placeholder(QStringLiteral("%(n|[1-9][0-9]?)"));

    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&') || entity.match(text, i).hasMatch()) {
            plain += c;
        } else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
            plain += QLatin1String("&&");
            ++i;
        }
    }
    return plain.replace(placeholder, QStringLiteral("%L\\1"));
}
