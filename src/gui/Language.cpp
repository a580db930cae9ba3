#include "Language.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

const QString settingsKey = QStringLiteral("language");
const QString option = QStringLiteral("--language");

} // namespace

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("ar")};
}

QString Language::nativeName(const QString& code)
{
    return QLocale(code).nativeLanguageName();
}

QString Language::chosen(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(option + QLatin1Char('=')))
            return a.mid(option.size() + 1);
    }
    QString saved = QSettings().value(settingsKey).toString();
    if (available().contains(saved))
        return saved;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return available().contains(system) ? system : QStringLiteral("en");
}

void Language::remember(const QString& code)
{
    QSettings().setValue(settingsKey, code);
}

void Language::apply(const QString& code)
{
    const QLocale locale(code);
    QLocale::setDefault(locale);
    if (code == QLatin1String("en"))
        return;
    // Owned by the application: they stay installed for its lifetime.
    auto* own = new QTranslator(qApp);
    if (own->load(locale, QStringLiteral("mealdesk"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(qApp);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QGuiApplication::setLayoutDirection(locale.textDirection());
}
