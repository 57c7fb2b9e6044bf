// Reading .waymark.json: syntax errors get a line and column, content errors a JSON pointer
// to the offending value, and no half-read journey ever escapes. What is accepted here is
// exactly what docs/waymark-journey.schema.json describes (keep them in step), plus the
// checks a schema cannot express: unique ids and references that resolve.
#include "format/businessjson.h"
#include "format/datasetjson.h"
#include "format/journeyjson.h"
#include "format/picturejson.h"
#include "format/workshopjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include "format/boundeddombuilder.h"
#include "format/jsonvalues.h"
#include "inputlimits.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cfloat>
#include <cmath>
#include <limits>

namespace waymark {

namespace {

using JsonValues::fromUtf8;
using JsonValues::numberText;
using JsonValues::quoted;
using JsonValues::typeName;

using nlohmann::json;

struct JsonText {
    Q_DECLARE_TR_FUNCTIONS(JourneyJson)
};

struct ContentError {
    QString path;
    QString message;
};

// 15 significant digits survive text -> double -> text (DBL_DIG); beyond that, cents
// written by one program could come back different.
constexpr double maxAmount = double(Money::maxHundredths) / 100.0;

// Line and column (1-based, column in characters) of a 0-based byte offset.
void locate(const QByteArray &bytes, qsizetype offset, int *line, int *column)
{
    offset = qBound(qsizetype(0), offset, bytes.size());
    *line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes[i] == '\n') {
            ++*line;
            lineStart = i + 1;
        }
    }
    *column = int(QString::fromUtf8(bytes.mid(lineStart, offset - lineStart)).size()) + 1;
}

// JSON (and JSON Schema) treat 5 and 5.0 alike; so do we.
std::optional<qint64> wholeNumber(const json &value)
{
    if (value.is_number_unsigned())
        return value.get<quint64>() > quint64(std::numeric_limits<qint64>::max()) ? std::nullopt
                                                                                   : std::optional(value.get<qint64>());
    if (value.is_number_integer())
        return value.get<qint64>();
    if (value.is_number_float()) {
        const double number = value.get<double>();
        if (std::isfinite(number) && std::floor(number) == number && std::abs(number) < 9.2e18)
            return qint64(number);
    }
    return std::nullopt;
}

// An id exactly as written by QUuid::WithoutBraces (either case), not the nil UUID.
QUuid parseId(const QString &text)
{
    return text.size() == 36 ? QUuid::fromString(text) : QUuid();
}

// "#rrggbb" or "#aarrggbb", nothing else QColor might accept ("red", "#rgb", ...).
QColor parseColour(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("\\A#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})\\z"));
    return pattern.match(text).hasMatch() ? QColor::fromString(text) : QColor();
}

// ---- The version ladder ----
// Older documents are brought up to the current version one step at a time before they are
// read, so the reader only ever knows the newest layout and a file written years ago still
// opens. upgradeSteps[n - 1] takes a document from version n to n + 1; a change to the layout
// raises JourneyJson::formatVersion and adds a step here (and to docs/file-formats.md).

// 1 -> 2: the business case. "opportunities" and "scenarios" are required lists since
// version 2; a version-1 document has none. Its lanes and cards need no change: the
// "systems" lane kind and a card's "system" object are new, not different.
void upgradeOneToTwo(json &root)
{
    for (const char *key : {"opportunities", "scenarios"})
        if (!root.contains(key))
            root[key] = json::array();
}

// 2 -> 3: datasets of purchases (kind "transactions"). Nothing in a version-2 document
// changes; the version does, so an older Waymark says the file is newer instead of
// refusing the kind.
void upgradeTwoToThree(json &)
{
}

// 3 -> 4: what a card rests on (its optional "evidence": assumption, workshop, research,
// measured). A version-3 card has none, which reads as unstated; the version changes so an
// older Waymark says the file is newer instead of dropping what the cards state.
void upgradeThreeToFour(json &)
{
}

// 4 -> 5: pictures on cards (a card's optional "images") and a persona's optional "photo".
// Nothing in a version-4 document changes; the version does, so an older Waymark says the
// file is newer instead of dropping the pictures.
void upgradeFourToFive(json &)
{
}

using UpgradeStep = void (*)(json &root);
constexpr std::array<UpgradeStep, 4> upgradeSteps{upgradeOneToTwo, upgradeTwoToThree, upgradeThreeToFour,
                                                  upgradeFourToFive};
static_assert(upgradeSteps.size() + 1 == JourneyJson::formatVersion, "one upgrade step per format version");

void upgrade(json &root, int fromVersion)
{
    for (int version = fromVersion; version < JourneyJson::formatVersion; ++version)
        upgradeSteps[std::size_t(version - 1)](root);
}

// Walks the document, keeping the JSON pointer of the value being read.
class Reader
{
public:
    // Checks the format and version, upgrades an older document in place, then reads it.
    Journey read(json &root)
    {
        if (!root.is_object())
            fail({}, JsonText::tr("expected a JSON object holding a journey, got %1").arg(typeName(root)));
        const auto format = root.find("format");
        if (format == root.end() || !format->is_string() || format->get<std::string>() != JourneyJson::formatName)
            fail(QStringLiteral("/format"), JsonText::tr("this is not a Waymark journey (\"format\" should be \"%1\")")
                                                .arg(QLatin1String(JourneyJson::formatName)));
        const std::optional<qint64> version = wholeNumber(require(root, "version", {}));
        if (!version)
            fail(QStringLiteral("/version"), JsonText::tr("the format version must be a whole number"));
        if (*version > JourneyJson::formatVersion)
            fail(QStringLiteral("/version"), JsonText::tr("made by a newer Waymark (format version %1); this Waymark reads "
                                                          "version %2 and older")
                                                 .arg(*version)
                                                 .arg(JourneyJson::formatVersion));
        if (*version < 1)
            fail(QStringLiteral("/version"), JsonText::tr("the format version must be 1 or more, got %1").arg(*version));
        if (root.contains("generator") && !root["generator"].is_string())
            fail(QStringLiteral("/generator"), expected(JsonText::tr("a string"), root["generator"]));
        upgrade(root, int(*version));

        Journey journey;
        journey.id = uuid(root, "id", {});
        journey.title = string(root, "title", {});
        journey.description = string(root, "description", {});
        journey.currency = currency(root, "currency", {});
        forEach(root, "personas", {}, [&](const json &item, const QString &path) {
            const QUuid id = claim(item, path);
            journey.personas.push_back({id, string(item, "name", path), string(item, "description", path),
                                        string(item, "goals", path),
                                        item.contains("frustrations") ? string(item, "frustrations", path) : QString()});
            if (item.contains("photo"))
                picture(item.at("photo"), at(path, "photo"), journey.personas.back().photo);
            mPersonas.insert(id);
        });
        forEach(root, "departments", {}, [&](const json &item, const QString &path) {
            const QUuid id = claim(item, path);
            const QString name = string(item, "name", path);
            const QString colourText = string(item, "colour", path);
            const QColor colour = parseColour(colourText);
            if (!colour.isValid())
                fail(at(path, "colour"), JsonText::tr("%1 is not a colour like \"#1f77b4\" or \"#801f77b4\"").arg(quoted(colourText)));
            journey.departments.push_back({id, name, colour});
            mDepartments.insert(id);
        });
        forEach(root, "lanes", {}, [&](const json &item, const QString &path) {
            Lane lane;
            lane.id = claim(item, path);
            lane.name = string(item, "name", path);
            lane.kind = choice(item, "kind", JsonText::tr("lane kind"), path, laneKindFromKey, allLaneKinds);
            lane.zone = choice(item, "zone", JsonText::tr("zone"), path, officeZoneFromKey, allOfficeZones);
            // Other lane kinds have no department; a stray "department" key on them is ignored.
            if (lane.kind == LaneKind::Department)
                lane.departmentId = reference(item, "department", path, mDepartments, JsonText::tr("department"));
            journey.lanes.push_back(lane);
            mLanes.insert(lane.id);
        });
        forEach(root, "stages", {}, [&](const json &item, const QString &path) {
            Stage stage;
            stage.id = claim(item, path);
            stage.name = string(item, "name", path);
            stage.description = string(item, "description", path);
            journey.stages.push_back(stage);
            forEach(item, "touchpoints", path, [&](const json &cardJson, const QString &cardPath) {
                if (qint64(journey.touchpoints.size()) >= InputLimits::maxCards)
                    fail(cardPath, JsonText::tr("more than %1 cards; Waymark reads at most that many").arg(InputLimits::maxCards));
                Touchpoint card = touchpoint(cardJson, cardPath);
                card.stageId = stage.id;
                journey.touchpoints.push_back(std::move(card));
            });
        });
        forEach(root, "connections", {}, [&](const json &item, const QString &path) {
            Connection connection;
            connection.id = claim(item, path);
            connection.fromId = reference(item, "from", path, mCards, JsonText::tr("card"));
            connection.toId = reference(item, "to", path, mCards, JsonText::tr("card"));
            connection.label = string(item, "label", path);
            journey.connections.push_back(connection);
        });
        journey.settings = settings(root);
        if (const auto it = root.find("datasets"); it != root.end()) {
            if (!it->is_array())
                fail(QStringLiteral("/datasets"), expected(JsonText::tr("a list"), *it));
            for (size_t i = 0; i < it->size(); ++i) {
                DatasetJson::Problem problem;
                auto dataset = DatasetJson::fromJson((*it)[i], &problem);
                if (!dataset)
                    fail(QStringLiteral("/datasets/%1").arg(i) + problem.path, problem.message);
                journey.datasets.emplace_back(std::move(*dataset));
            }
        }
        WorkshopJson::Problem problem;
        if (!WorkshopJson::readInto(root, journey, &problem))
            fail(problem.path, problem.message);
        BusinessJson::Problem businessProblem;
        if (!BusinessJson::readInto(root, journey, &businessProblem))
            fail(businessProblem.path, businessProblem.message);
        return journey;
    }

private:
    [[noreturn]] static void fail(const QString &path, const QString &message) { throw ContentError{path, message}; }

    static QString at(const QString &path, const char *key) { return path + QLatin1Char('/') + QLatin1String(key); }

    static void picture(const json &value, const QString &path, CardImage &picture)
    {
        PictureJson::Problem problem;
        if (!PictureJson::read(value, path, picture, &problem))
            fail(problem.path, problem.message);
    }

    static QString expected(const QString &what, const json &value)
    {
        return JsonText::tr("expected %1, got %2").arg(what, typeName(value));
    }

    static const json &require(const json &object, const char *key, const QString &path)
    {
        if (!object.is_object())
            fail(path, expected(JsonText::tr("an object"), object));
        const auto it = object.find(key);
        if (it == object.end())
            fail(path, JsonText::tr("missing required key \"%1\"").arg(QLatin1String(key)));
        return *it;
    }

    static QString string(const json &object, const char *key, const QString &path)
    {
        const json &value = require(object, key, path);
        if (!value.is_string())
            fail(at(path, key), expected(JsonText::tr("a string"), value));
        return fromUtf8(value.get_ref<const std::string &>());
    }

    static double number(const json &object, const char *key, const QString &path)
    {
        const json &value = require(object, key, path);
        if (!value.is_number())
            fail(at(path, key), expected(JsonText::tr("a number"), value));
        return value.get<double>();
    }

    static bool boolean(const json &object, const char *key, const QString &path)
    {
        const json &value = require(object, key, path);
        if (!value.is_boolean())
            fail(at(path, key), expected(JsonText::tr("true or false"), value));
        return value.get<bool>();
    }

    static QUuid uuid(const json &object, const char *key, const QString &path)
    {
        const QString text = string(object, key, path);
        const QUuid id = parseId(text);
        if (id.isNull())
            fail(at(path, key), JsonText::tr("%1 is not a valid id (a UUID like \"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b\")")
                                    .arg(quoted(text)));
        return id;
    }

    // An entity's own id, which must be unique in the whole document.
    QUuid claim(const json &object, const QString &path)
    {
        const QUuid id = uuid(object, "id", path);
        const auto first = mIds.constFind(id);
        if (first != mIds.constEnd())
            fail(at(path, "id"), JsonText::tr("duplicate id %1 (also used at %2)").arg(id.toString(QUuid::WithoutBraces), *first));
        mIds.insert(id, path);
        return id;
    }

    static QUuid reference(const json &object, const char *key, const QString &path, const UuidSet &known,
                           const QString &what)
    {
        const QUuid id = uuid(object, key, path);
        if (!known.contains(id))
            fail(at(path, key), JsonText::tr("no %1 has the id %2").arg(what, id.toString(QUuid::WithoutBraces)));
        return id;
    }

    static QString currency(const json &object, const char *key, const QString &path)
    {
        const QString code = string(object, key, path);
        if (!isValidCurrencyCode(code))
            fail(at(path, key), JsonText::tr("%1 is not an ISO 4217 currency code (three capital letters, e.g. EUR)").arg(quoted(code)));
        return code;
    }

    template <typename Parse, typename All>
    static typename All::value_type choice(const json &object, const char *key, const QString &what, const QString &path,
                                           Parse parse, const All &all)
    {
        const QString text = string(object, key, path);
        const auto value = parse(text);
        if (!value) {
            QStringList allowed;
            for (const auto option : all)
                allowed << toKey(option);
            fail(at(path, key), JsonText::tr("unknown %1 %2; expected one of: %3")
                                    .arg(what, quoted(text), allowed.join(QStringLiteral(", "))));
        }
        return *value;
    }

    template <typename Visit>
    static void forEach(const json &object, const char *key, const QString &path, Visit visit)
    {
        const json &list = require(object, key, path);
        if (!list.is_array())
            fail(at(path, key), expected(JsonText::tr("a list"), list));
        if (qint64(list.size()) > InputLimits::maxListItems)
            fail(at(path, key), JsonText::tr("a list of %1 items; Waymark reads at most %2").arg(list.size()).arg(InputLimits::maxListItems));
        for (size_t i = 0; i < list.size(); ++i)
            visit(list[i], at(path, key) + QLatin1Char('/') + QString::number(i));
    }

    // Optional: an object of string values (view options that travel with the journey).
    static QMap<QString, QString> settings(const json &root)
    {
        QMap<QString, QString> result;
        const auto it = root.find("settings");
        if (it == root.end())
            return result;
        const QString path = QStringLiteral("/settings");
        if (!it->is_object())
            fail(path, expected(JsonText::tr("an object"), *it));
        for (const auto &[key, value] : it->items()) {
            const QString name = fromUtf8(key);
            if (!value.is_string())
                fail(path + QLatin1Char('/') + pointerToken(name),
                     JsonText::tr("the setting %1 must be text: expected %2, got %3")
                         .arg(quoted(name), JsonText::tr("a string"), typeName(value)));
            result.insert(name, fromUtf8(value.get_ref<const std::string &>()));
        }
        return result;
    }

    // A key as one JSON pointer token (RFC 6901): "~" and "/" are escaped.
    static QString pointerToken(QString key)
    {
        return key.replace(QLatin1Char('~'), QStringLiteral("~0")).replace(QLatin1Char('/'), QStringLiteral("~1"));
    }

    Touchpoint touchpoint(const json &item, const QString &path)
    {
        Touchpoint card;
        card.id = claim(item, path);
        mCards.insert(card.id);
        card.laneId = reference(item, "lane", path, mLanes, JsonText::tr("lane"));
        card.title = string(item, "title", path);
        card.description = string(item, "description", path);
        card.channel = choice(item, "channel", JsonText::tr("channel"), path, channelFromKey, allChannels);
        const json &department = require(item, "department", path);
        if (!department.is_null() && !department.is_string())
            fail(at(path, "department"), expected(JsonText::tr("a department id or null"), department));
        if (!department.is_null())
            card.departmentId = reference(item, "department", path, mDepartments, JsonText::tr("department"));
        card.effort = effort(require(item, "effort", path), at(path, "effort"));
        card.painPoint = boolean(item, "painPoint", path);
        card.momentOfTruth = boolean(item, "momentOfTruth", path);
        card.dataKey = string(item, "dataKey", path);
        card.notes = string(item, "notes", path);
        if (const auto author = item.find("author"); author != item.end() && !author->is_null())
            card.authorId = uuid(item, "author", path);
        if (item.contains("linkedJourney"))
            card.linkedJourney = string(item, "linkedJourney", path);
        if (item.contains("evidence"))
            card.evidence = choice(item, "evidence", JsonText::tr("evidence"), path, evidenceFromKey, allEvidence);
        if (item.contains("personas"))
            forEach(item, "personas", path, [&](const json &value, const QString &where) {
                if (!value.is_string())
                    fail(where, expected(JsonText::tr("a persona id"), value));
                const QUuid id = parseId(fromUtf8(value.get_ref<const std::string &>()));
                if (!mPersonas.contains(id))
                    fail(where, JsonText::tr("no persona has the id %1").arg(quoted(fromUtf8(value.get_ref<const std::string &>()))));
                card.personaIds.push_back(id);
            });
        if (item.contains("personaEmotions"))
            forEach(item, "personaEmotions", path, [&](const json &value, const QString &where) {
                if (!value.is_object())
                    fail(where, expected(JsonText::tr("an object"), value));
                PersonaEmotion own;
                own.personaId = reference(value, "persona", where, mPersonas, JsonText::tr("persona"));
                const json &emotion = require(value, "emotion", where);
                const std::optional<qint64> level = wholeNumber(emotion);
                if (!level || *level < minEmotion || *level > maxEmotion)
                    fail(at(where, "emotion"), JsonText::tr("emotion must be an integer from %1 to %2, got %3")
                                                                       .arg(minEmotion)
                                                                       .arg(maxEmotion)
                                                                       .arg(emotion.is_number() ? fromUtf8(emotion.dump()) : typeName(emotion)));
                own.emotion = int(*level);
                card.personaEmotions.push_back(own);
            });
        if (item.contains("images"))
            forEach(item, "images", path, [&](const json &value, const QString &where) {
                if (qsizetype(card.images.size()) >= InputLimits::maxCardImages)
                    fail(where, JsonText::tr("more than %1 pictures on one card").arg(InputLimits::maxCardImages));
                picture(value, where, card.images.emplace_back());
            });
        BusinessJson::Problem problem;
        if (item.contains("system") && !BusinessJson::readSystem(item, path, card.system, &problem))
            fail(problem.path, problem.message);
        return card;
    }

    static Effort effort(const json &item, const QString &path)
    {
        Effort result;
        result.minutes = number(item, "minutes", path);
        if (!std::isfinite(result.minutes) || result.minutes < 0)
            fail(at(path, "minutes"), JsonText::tr("time must be 0 minutes or more, got %1").arg(numberText(result.minutes)));

        const QString moneyPath = at(path, "money");
        const json &money = require(item, "money", path);
        const double amount = number(money, "amount", moneyPath);
        if (!std::isfinite(amount) || amount < 0)
            fail(at(moneyPath, "amount"), JsonText::tr("money must be 0 or more, got %1").arg(numberText(amount)));
        if (amount > maxAmount)
            fail(at(moneyPath, "amount"), JsonText::tr("money must be at most %1, got %2").arg(maxAmount, 0, 'f', 2).arg(numberText(amount)));
        // Other programs may write 0.1 + 0.2 as 0.30000000000000004: tolerate that float noise,
        // but not a real third decimal.
        const double scaled = amount * 100.0;
        const qint64 hundredths = Money::hundredthsFromAmount(amount);
        if (std::abs(scaled - double(hundredths)) > std::max(1e-6, scaled * 4 * DBL_EPSILON))
            fail(at(moneyPath, "amount"), JsonText::tr("money can have at most two decimals, got %1").arg(numberText(amount)));
        result.money = {hundredths, currency(money, "currency", moneyPath)};

        const json &emotion = require(item, "emotion", path);
        const std::optional<qint64> level = wholeNumber(emotion);
        if (!level || *level < minEmotion || *level > maxEmotion)
            fail(at(path, "emotion"), JsonText::tr("emotion must be an integer from %1 to %2, got %3")
                                          .arg(minEmotion)
                                          .arg(maxEmotion)
                                          .arg(emotion.is_number() ? fromUtf8(emotion.dump()) : typeName(emotion)));
        result.emotion = int(*level);
        return result;
    }

    UuidHash<QString> mIds; // id -> where it was first used
    UuidSet mDepartments;
    UuidSet mPersonas;
    UuidSet mLanes;
    UuidSet mCards;
};

QString fileTooLarge(qint64 bytes)
{
    return JsonText::tr("The file is %1 MiB; a .waymark.json may be at most %2 MiB. Larger journeys are kept as .waymark files.")
        .arg(double(bytes) / (1 << 20), 0, 'f', 0)
        .arg(InputLimits::maxJsonFileBytes >> 20);
}

} // namespace

std::optional<Journey> JourneyJson::fromJson(const QByteArray &utf8, FormatError *error)
{
    FormatError ignored;
    FormatError &err = error ? *error : ignored;
    const QString file = err.file; // read() names the file before calling us
    json root;
    DomBuilder builder(root);
    if (utf8.size() > InputLimits::maxJsonFileBytes) {
        err = {file, 0, 0, {}, fileTooLarge(utf8.size())};
        return std::nullopt;
    }
    if (!json::sax_parse(utf8.begin(), utf8.end(), &builder)) {
        if (builder.mRefusedAt) {
            err = {file, 0, 0, *builder.mRefusedAt, builder.mMessage};
            return std::nullopt;
        }
        err = {file, 0, 0, {}, {}};
        locate(utf8, builder.mOffset, &err.line, &err.column);
        err.message = JsonText::tr("not valid JSON: %1").arg(builder.mMessage);
        return std::nullopt;
    }
    Journey journey;
    try {
        journey = Reader().read(root);
    } catch (const ContentError &e) {
        err = {file, 0, 0, e.path, e.message};
        return std::nullopt;
    }
    // The reader checks each value where it stands; this catches anything it missed.
    const auto problems = journey.problems();
    if (!problems.empty()) {
        err = {file, 0, 0, problems.front().path, problems.front().message};
        return std::nullopt;
    }
    return journey;
}

std::optional<Journey> JourneyJson::read(const QString &path, FormatError *error)
{
    FormatError ignored;
    FormatError &err = error ? *error : ignored;
    err = {path, 0, 0, {}, {}};
    const QFileInfo info(path);
    if (!info.exists()) {
        err.message = JsonText::tr("File not found.");
        return std::nullopt;
    }
    if (info.isDir()) {
        err.message = JsonText::tr("This is a folder, not a journey file.");
        return std::nullopt;
    }
    if (info.size() > InputLimits::maxJsonFileBytes) {
        err.message = fileTooLarge(info.size()); // refused before reading a byte
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err.message = JsonText::tr("Could not open the file: %1").arg(file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        err.message = JsonText::tr("Could not read the file: %1").arg(file.errorString());
        return std::nullopt;
    }
    if (bytes.trimmed().isEmpty()) {
        err.message = JsonText::tr("The file is empty.");
        return std::nullopt;
    }
    return fromJson(bytes, &err);
}

} // namespace waymark
