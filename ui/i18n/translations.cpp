#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace waymark::Translations {

namespace {
const QString settingsKey = QStringLiteral("language");

std::unique_ptr<QTranslator> &own()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qt()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

QLocale localeOf(const QString &language)
{
    if (language == QLatin1String("sr_Latn"))
        return QLocale(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia);
    if (language == QLatin1String("sr"))
        return QLocale(QLocale::Serbian, QLocale::CyrillicScript, QLocale::Serbia);
    return QLocale(language);
}
} // namespace

QLocale systemLocale()
{
    const QLocale system = QLocale::system();
    if (system.language() != QLocale::Serbian)
        return system;
    // Qt drops the "@latin" of glibc's Serbian Latin locale (sr_RS.UTF-8@latin) and answers
    // Cyrillic, so look at the variables as the C library does: the first one set decides.
    for (const char *variable : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(variable).split(':').value(0);
        if (value.isEmpty())
            continue;
        if (value.contains("@latin") || value.contains("Latn"))
            return QLocale(QLocale::Serbian, QLocale::LatinScript, system.territory());
        break;
    }
    return system;
}

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk"), QStringLiteral("sr"), QStringLiteral("sr_Latn"), QStringLiteral("ko")};
}

QString nativeName(const QString &language)
{
    if (language == QLatin1String("sr"))
        return QStringLiteral("српски (ћирилица)");
    if (language == QLatin1String("sr_Latn"))
        return QStringLiteral("srpski (latinica)");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return localeOf(language).nativeLanguageName();
}

QString chosen()
{
    return QSettings().value(settingsKey).toString();
}

void setChosen(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, language);
}

QLocale install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? systemLocale() : localeOf(language);
    for (auto *translator : {&own(), &qt()}) {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }
    auto waymark = std::make_unique<QTranslator>();
    // Tries waymark_sr_Latn_RS, waymark_sr_Latn, waymark_sr, … down to the best match.
    // A language Waymark does not speak (or the C locale of a bare session) reads English, so
    // it gets English plurals too ("2 opportunities", not "2 opportunity(s)").
    if (waymark->load(locale, QStringLiteral("waymark"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || waymark->load(QStringLiteral("waymark_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(waymark.get());
        own() = std::move(waymark);
    }
    auto base = std::make_unique<QTranslator>();
    // Qt has no Serbian qtbase; Waymark carries the standard buttons and edit menus itself.
    if (base->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || base->load(locale, QStringLiteral("qtbase-extra"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(base.get());
        qt() = std::move(base);
    }
    QLocale::setDefault(locale);
    return locale;
}

} // namespace waymark::Translations
