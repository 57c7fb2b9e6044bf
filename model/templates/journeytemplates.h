#pragma once

#include "format/formaterror.h"
#include "journey.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace waymark {

// One entry of the template gallery: what it shows before anything is created.
struct JourneyTemplate {
    QString path;        // ":/templates/<id>/<language>.waymark.json" or the user's file
    bool builtIn = false;
    QString title;       // the journey's title; a broken user template: its file name
    QString description; // the journey's description
    QStringList stageNames;
    int cardCount = 0;
    // A user template that cannot be read: why, naming the file and the place in it
    // (FormatError::toString()). Empty when the template is usable.
    QString problem;
};

// The templates File → New from Template… offers: the built-in ones (resources/templates,
// compiled in as Qt resources) in the UI language, English when a language has none, then
// the user's own *.waymark.json files in their templates folder. A user template that cannot
// be read is listed with its problem, never fatal.
class JourneyTemplates
{
public:
    // `language` is one of Waymark's ("en", "ru", "uk", "sr", "sr_Latn", "ko"); `userFolder`
    // defaults to userTemplatesFolder() (tests pass a temporary one).
    explicit JourneyTemplates(const QString &language, const QString &userFolder = userTemplatesFolder());

    // QStandardPaths::AppDataLocation + "/templates".
    static QString userTemplatesFolder();
    // The built-in templates' ids (their folders), in gallery order.
    static QStringList builtInIds();
    // Waymark's language code for a locale ("sr_Latn" for Serbian in Latin script); "en" for
    // languages Waymark does not speak.
    static QString languageOf(const QLocale &locale);
    // The resource of a built-in template in `language`, or in English when there is none.
    static QString builtInPath(const QString &id, const QString &language);

    // Reads the list again (after a template was saved, or files changed in the folder).
    void reload();
    const std::vector<JourneyTemplate> &templates() const { return mTemplates; }

    // A new journey from `entry`: read and checked like any journey file, stripped of
    // workshop data and given fresh ids (templatecopy.h).
    static std::optional<Journey> newJourney(const JourneyTemplate &entry, FormatError *error);

    // Saves `journey` as a user template called `name` (its title in the gallery): stripped,
    // fresh ids, written as <name>.waymark.json in the user folder (" (2)", " (3)", … when the
    // name is taken). Returns the file written, or nullopt with `error` set.
    std::optional<QString> saveAsTemplate(const Journey &journey, const QString &name, FormatError *error);

    // User template files larger than this are listed as broken without being parsed: a
    // template holds no survey data, so even a large map stays far below (the sample, with
    // 42 cards and every note, is 40 KiB).
    static constexpr qint64 maxUserTemplateBytes = qint64(8) << 20;
    // User templates listed at most: a folder of thousands is a mistake, and each is read.
    static constexpr int maxUserTemplates = 500;

private:
    QString mLanguage;
    QString mUserFolder;
    std::vector<JourneyTemplate> mTemplates;
};

} // namespace waymark
