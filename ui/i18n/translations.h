#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace waymark::Translations {

// Waymark's languages: English (the source), Russian, Ukrainian, Serbian Cyrillic and
// Latin, Korean. The .qm files are built from translations/*.ts and embedded in the binary.
QStringList languages();             // "en", "ru", "uk", "sr", "sr_Latn", "ko"
QString nativeName(const QString &language); // "русский", "srpski (latinica)", "한국어", …

// The system's locale, with Serbian Latin told apart from Cyrillic (LANG=sr_RS.UTF-8@latin).
QLocale systemLocale();

// The language chosen under View → Language (QSettings), or empty for the system's.
QString chosen();
void setChosen(const QString &language);

// Installs Waymark's and Qt's own (qtbase: standard dialogs) translations for `language`,
// or for the system locale when empty, replacing earlier ones, and makes that locale the
// default for numbers and dates. Returns the locale in use. Needs a QCoreApplication.
QLocale install(const QString &language);

} // namespace waymark::Translations
