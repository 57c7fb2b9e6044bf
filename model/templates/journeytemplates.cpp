#include "journeytemplates.h"

#include "format/journeyjson.h"
#include "templatecopy.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

// The resources live in the static model library; a program links them only when asked.
static void initTemplateResources()
{
    Q_INIT_RESOURCE(journeytemplates);
}

namespace waymark {

namespace {

struct TemplateText {
    Q_DECLARE_TR_FUNCTIONS(JourneyTemplates)
};

constexpr QLatin1String suffix(".waymark.json");

JourneyTemplate entryFor(const Journey &journey, const QString &path, bool builtIn)
{
    JourneyTemplate entry;
    entry.path = path;
    entry.builtIn = builtIn;
    entry.title = journey.title;
    entry.description = journey.description;
    for (const Stage &stage : journey.stages)
        entry.stageNames << stage.name;
    entry.cardCount = int(journey.touchpoints.size());
    return entry;
}

JourneyTemplate brokenEntry(const QString &path, const QString &problem)
{
    JourneyTemplate entry;
    entry.path = path;
    entry.title = QFileInfo(path).fileName().chopped(suffix.size());
    entry.problem = problem;
    return entry;
}

// A name as a file name on every system: no separators or characters Windows refuses, no
// leading or trailing dots or spaces, at most 100 characters.
QString fileNameFor(const QString &name)
{
    QString result;
    for (const QChar c : name)
        result += (c.unicode() < 0x20 || QStringLiteral("/\\:*?\"<>|").contains(c)) ? QLatin1Char('-') : c;
    result = result.left(100).trimmed();
    while (result.startsWith(QLatin1Char('.')) || result.endsWith(QLatin1Char('.')))
        result = result.startsWith(QLatin1Char('.')) ? result.mid(1).trimmed() : result.chopped(1).trimmed();
    return result.isEmpty() ? TemplateText::tr("Template") : result;
}

} // namespace

JourneyTemplates::JourneyTemplates(const QString &language, const QString &userFolder)
    : mLanguage(language)
    , mUserFolder(userFolder)
{
    reload();
}

QString JourneyTemplates::userTemplatesFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/templates");
}

QStringList JourneyTemplates::builtInIds()
{
    return {QStringLiteral("retail-bank"), QStringLiteral("mobile-telecom"), QStringLiteral("insurance-claim"),
            QStringLiteral("ecommerce-order"), QStringLiteral("public-service"), QStringLiteral("b2b-onboarding")};
}

QString JourneyTemplates::languageOf(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Russian:
        return QStringLiteral("ru");
    case QLocale::Ukrainian:
        return QStringLiteral("uk");
    case QLocale::Korean:
        return QStringLiteral("ko");
    case QLocale::Serbian:
        return locale.script() == QLocale::LatinScript ? QStringLiteral("sr_Latn") : QStringLiteral("sr");
    default:
        return QStringLiteral("en");
    }
}

QString JourneyTemplates::builtInPath(const QString &id, const QString &language)
{
    initTemplateResources();
    const QString path = QStringLiteral(":/templates/%1/%2.waymark.json").arg(id, language);
    return QFile::exists(path) ? path : QStringLiteral(":/templates/%1/en.waymark.json").arg(id);
}

void JourneyTemplates::reload()
{
    mTemplates.clear();
    for (const QString &id : builtInIds()) {
        const QString path = builtInPath(id, mLanguage);
        FormatError error;
        if (const std::optional<Journey> journey = JourneyJson::read(path, &error))
            mTemplates.push_back(entryFor(*journey, path, true));
        else // only a broken build gets here; say so rather than hide the template
            mTemplates.push_back(brokenEntry(path, error.toString()));
    }

    const QDir folder(mUserFolder);
    const QStringList files = folder.entryList({QStringLiteral("*") + suffix}, QDir::Files | QDir::Readable, QDir::Name);
    std::vector<JourneyTemplate> own;
    for (const QString &file : files.mid(0, maxUserTemplates)) {
        const QString path = folder.filePath(file);
        const qint64 bytes = QFileInfo(path).size();
        if (bytes > maxUserTemplateBytes) {
            own.push_back(brokenEntry(path, TemplateText::tr("%1: %2 MiB; a template may be at most %3 MiB (it holds no survey data)")
                                                .arg(QDir::toNativeSeparators(path))
                                                .arg(double(bytes) / (1 << 20), 0, 'f', 1)
                                                .arg(maxUserTemplateBytes >> 20)));
            continue;
        }
        FormatError error;
        if (const std::optional<Journey> journey = JourneyJson::read(path, &error))
            own.push_back(entryFor(*journey, path, false));
        else
            own.push_back(brokenEntry(path, error.toString()));
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(own.begin(), own.end(),
                     [&](const JourneyTemplate &a, const JourneyTemplate &b) { return collator.compare(a.title, b.title) < 0; });
    mTemplates.insert(mTemplates.end(), own.begin(), own.end());
}

std::optional<Journey> JourneyTemplates::newJourney(const JourneyTemplate &entry, FormatError *error)
{
    std::optional<Journey> journey = JourneyJson::read(entry.path, error);
    if (!journey)
        return std::nullopt;
    return withFreshIds(strippedForTemplate(std::move(*journey)));
}

std::optional<QString> JourneyTemplates::saveAsTemplate(const Journey &journey, const QString &name, FormatError *error)
{
    if (!QDir().mkpath(mUserFolder)) {
        if (error)
            *error = {mUserFolder, 0, 0, {}, TemplateText::tr("Could not create the templates folder.")};
        return std::nullopt;
    }
    Journey copy = withFreshIds(strippedForTemplate(journey));
    copy.title = name.trimmed().isEmpty() ? journey.title : name.trimmed();
    const QString base = fileNameFor(copy.title);
    QString path = QDir(mUserFolder).filePath(base + suffix);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(mUserFolder).filePath(QStringLiteral("%1 (%2)").arg(base).arg(n) + suffix);
    if (!JourneyJson::write(copy, path, error))
        return std::nullopt;
    reload();
    return path;
}

} // namespace waymark
