#include "Language.h"

#include "LocaleTranslator.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <utility>

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
    // Ours and Qt's own (its dialogs and standard buttons); owned by the application: they
    // stay installed for its lifetime.
    const std::pair<QString, QString> translations[] = {
        {QStringLiteral("mealdesk"), QStringLiteral(":/i18n")},
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
    };
    for (const auto& [name, folder] : translations) {
        auto translation = std::make_unique<QTranslator>();
        if (translation->load(locale, name, QStringLiteral("_"), folder))
            QCoreApplication::installTranslator(new LocaleTranslator(std::move(translation), qApp));
    }
    QGuiApplication::setLayoutDirection(locale.textDirection());
}
