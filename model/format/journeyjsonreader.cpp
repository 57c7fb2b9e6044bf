// Reading .waymark.json: syntax errors get a line and column, content errors a JSON pointer
// to the offending value, and no half-read journey ever escapes.
#include "format/journeyjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <cmath>

namespace waymark {

namespace {

using nlohmann::json;

struct JsonText {
    Q_DECLARE_TR_FUNCTIONS(JourneyJson)
};

struct ContentError {
    QString path;
    QString message;
};

QString fromUtf8(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Line and column (1-based, column in characters) of a byte offset.
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

// Walks the document, keeping the JSON pointer of the value being read.
class Reader
{
public:
    Journey read(const json &root)
    {
        if (!root.is_object())
            fail({}, JsonText::tr("expected a JSON object holding a journey"));
        const QString format = root.contains("format") && root["format"].is_string() ? fromUtf8(root["format"].get<std::string>()) : QString();
        if (format != QLatin1String(JourneyJson::formatName))
            fail(QStringLiteral("/format"), JsonText::tr("this is not a Waymark journey (\"format\" should be \"%1\")")
                                                .arg(QLatin1String(JourneyJson::formatName)));
        const qint64 version = integer(root, "version", {});
        if (version > JourneyJson::formatVersion)
            fail(QStringLiteral("/version"), JsonText::tr("made by a newer Waymark (format version %1); this Waymark reads "
                                                          "version %2 and older")
                                                 .arg(version)
                                                 .arg(JourneyJson::formatVersion));
        if (version < 1)
            fail(QStringLiteral("/version"), JsonText::tr("the format version must be 1 or more, got %1").arg(version));

        Journey journey;
        journey.id = uuid(root, "id", {});
        journey.title = string(root, "title", {});
        journey.description = string(root, "description", {});
        journey.currency = currency(root, "currency", {});
        forEach(root, "personas", {}, [&](const json &item, const QString &path) {
            journey.personas.push_back({claim(item, path), string(item, "name", path), string(item, "description", path),
                                        string(item, "goals", path)});
        });
        forEach(root, "departments", {}, [&](const json &item, const QString &path) {
            const QUuid id = claim(item, path);
            const QString colourText = string(item, "colour", path);
            const QColor colour = QColor::fromString(colourText);
            if (!colour.isValid() || !colourText.startsWith(QLatin1Char('#')))
                fail(path + QStringLiteral("/colour"), JsonText::tr("\"%1\" is not a colour like \"#1f77b4\"").arg(colourText));
            journey.departments.push_back({id, string(item, "name", path), colour});
            mDepartments.insert(id);
        });
        forEach(root, "lanes", {}, [&](const json &item, const QString &path) {
            Lane lane;
            lane.id = claim(item, path);
            lane.name = string(item, "name", path);
            lane.kind = choice(item, "kind", path, laneKindFromKey, allLaneKinds);
            lane.zone = choice(item, "zone", path, officeZoneFromKey, allOfficeZones);
            if (lane.kind == LaneKind::Department)
                lane.departmentId = reference(item, "department", path, mDepartments, JsonText::tr("department"));
            journey.lanes.push_back(lane);
            mLanes.insert(lane.id);
        });
        forEach(root, "stages", {}, [&](const json &item, const QString &path) {
            Stage stage{claim(item, path), string(item, "name", path), string(item, "description", path)};
            journey.stages.push_back(stage);
            forEach(item, "touchpoints", path, [&](const json &cardJson, const QString &cardPath) {
                Touchpoint card = touchpoint(cardJson, cardPath);
                card.stageId = stage.id;
                journey.touchpoints.push_back(card);
            });
        });
        forEach(root, "connections", {}, [&](const json &item, const QString &path) {
            journey.connections.push_back({claim(item, path), reference(item, "from", path, mCards, JsonText::tr("card")),
                                           reference(item, "to", path, mCards, JsonText::tr("card")), string(item, "label", path)});
        });
        return journey;
    }

private:
    [[noreturn]] static void fail(const QString &path, const QString &message) { throw ContentError{path, message}; }

    static QString at(const QString &path, const char *key) { return path + QLatin1Char('/') + QLatin1String(key); }

    const json &require(const json &object, const char *key, const QString &path)
    {
        if (!object.is_object())
            fail(path, JsonText::tr("expected an object"));
        const auto it = object.find(key);
        if (it == object.end())
            fail(path, JsonText::tr("missing required key \"%1\"").arg(QLatin1String(key)));
        return *it;
    }

    QString string(const json &object, const char *key, const QString &path)
    {
        const json &value = require(object, key, path);
        if (!value.is_string())
            fail(at(path, key), JsonText::tr("expected a string"));
        return fromUtf8(value.get<std::string>());
    }

    qint64 integer(const json &object, const char *key, const QString &path)
    {
        const json &value = require(object, key, path);
        if (!value.is_number_integer())
            fail(at(path, key), JsonText::tr("expected a whole number"));
        return value.get<qint64>();
    }

    double number(const json &object, const char *key, const QString &path)
    {
        const json &value = require(object, key, path);
        if (!value.is_number())
            fail(at(path, key), JsonText::tr("expected a number"));
        return value.get<double>();
    }

    bool boolean(const json &object, const char *key, const QString &path)
    {
        const json &value = require(object, key, path);
        if (!value.is_boolean())
            fail(at(path, key), JsonText::tr("expected true or false"));
        return value.get<bool>();
    }

    QUuid uuid(const json &object, const char *key, const QString &path)
    {
        const QString text = string(object, key, path);
        const QUuid id = QUuid::fromString(text);
        if (id.isNull())
            fail(at(path, key), JsonText::tr("\"%1\" is not a valid id (a UUID)").arg(text));
        return id;
    }

    // An entity's own id, which must be unique in the whole document.
    QUuid claim(const json &object, const QString &path)
    {
        const QUuid id = uuid(object, "id", path);
        if (mIds.contains(id))
            fail(at(path, "id"), JsonText::tr("duplicate id %1").arg(id.toString(QUuid::WithoutBraces)));
        mIds.insert(id);
        return id;
    }

    QUuid reference(const json &object, const char *key, const QString &path, const QSet<QUuid> &known, const QString &what)
    {
        const QUuid id = uuid(object, key, path);
        if (!known.contains(id))
            fail(at(path, key), JsonText::tr("no %1 has the id %2").arg(what, id.toString(QUuid::WithoutBraces)));
        return id;
    }

    QString currency(const json &object, const char *key, const QString &path)
    {
        const QString code = string(object, key, path);
        if (!isValidCurrencyCode(code))
            fail(at(path, key), JsonText::tr("\"%1\" is not an ISO 4217 currency code (three capital letters, e.g. EUR)").arg(code));
        return code;
    }

    template <typename Parse, typename All>
    typename All::value_type choice(const json &object, const char *key, const QString &path, Parse parse, const All &all)
    {
        const QString text = string(object, key, path);
        const auto value = parse(text);
        if (!value) {
            QStringList allowed;
            for (const auto option : all)
                allowed << toKey(option);
            fail(at(path, key), JsonText::tr("unknown %1 \"%2\"; expected one of: %3")
                                    .arg(QLatin1String(key), text, allowed.join(QStringLiteral(", "))));
        }
        return *value;
    }

    template <typename Visit>
    void forEach(const json &object, const char *key, const QString &path, Visit visit)
    {
        const json &list = require(object, key, path);
        if (!list.is_array())
            fail(at(path, key), JsonText::tr("expected a list"));
        for (size_t i = 0; i < list.size(); ++i)
            visit(list[i], at(path, key) + QLatin1Char('/') + QString::number(i));
    }

    Touchpoint touchpoint(const json &item, const QString &path)
    {
        Touchpoint card;
        card.id = claim(item, path);
        mCards.insert(card.id);
        card.laneId = reference(item, "lane", path, mLanes, JsonText::tr("lane"));
        card.title = string(item, "title", path);
        card.description = string(item, "description", path);
        card.channel = choice(item, "channel", path, channelFromKey, allChannels);
        if (!require(item, "department", path).is_null())
            card.departmentId = reference(item, "department", path, mDepartments, JsonText::tr("department"));
        const QString effortPath = at(path, "effort");
        const json &effort = require(item, "effort", path);
        card.effort.minutes = number(effort, "minutes", effortPath);
        if (!std::isfinite(card.effort.minutes) || card.effort.minutes < 0)
            fail(at(effortPath, "minutes"), JsonText::tr("time must be 0 minutes or more, got %1").arg(card.effort.minutes));
        const QString moneyPath = at(effortPath, "money");
        const json &money = require(effort, "money", effortPath);
        const double amount = number(money, "amount", moneyPath);
        const qint64 hundredths = Money::hundredthsFromAmount(amount);
        if (!(amount >= 0) || std::abs(amount * 100.0 - double(hundredths)) > 1e-6 * std::max(1.0, std::abs(amount * 100.0)))
            fail(at(moneyPath, "amount"), JsonText::tr("money must be 0 or more with at most two decimals, got %1").arg(amount));
        card.effort.money = {hundredths, currency(money, "currency", moneyPath)};
        const json &emotion = require(effort, "emotion", effortPath);
        if (!emotion.is_number_integer() || emotion.get<qint64>() < minEmotion || emotion.get<qint64>() > maxEmotion)
            fail(at(effortPath, "emotion"), JsonText::tr("emotion must be an integer from 0 to 10, got %1").arg(fromUtf8(emotion.dump())));
        card.effort.emotion = emotion.get<int>();
        card.painPoint = boolean(item, "painPoint", path);
        card.momentOfTruth = boolean(item, "momentOfTruth", path);
        card.dataKey = string(item, "dataKey", path);
        card.notes = string(item, "notes", path);
        return card;
    }

    QSet<QUuid> mIds;
    QSet<QUuid> mDepartments;
    QSet<QUuid> mLanes;
    QSet<QUuid> mCards;
};

} // namespace

std::optional<Journey> JourneyJson::fromJson(const QByteArray &utf8, FormatError *error)
{
    FormatError ignored;
    FormatError &err = error ? *error : ignored;
    const QString file = err.file;
    json root;
    try {
        root = json::parse(utf8.begin(), utf8.end());
    } catch (const json::parse_error &e) {
        err = {file, 0, 0, {}, {}};
        // nlohmann reports the byte where it stopped, 1-based.
        locate(utf8, qsizetype(e.byte) - 1, &err.line, &err.column);
        QString what = fromUtf8(e.what());
        what.remove(QRegularExpression(QStringLiteral("^\\[json\\.exception\\.parse_error\\.\\d+\\] ")));
        err.message = JsonText::tr("not valid JSON: %1").arg(what);
        return std::nullopt;
    }
    Journey journey;
    try {
        journey = Reader().read(root);
    } catch (const ContentError &e) {
        err = {file, 0, 0, e.path, e.message};
        return std::nullopt;
    } catch (const json::exception &e) {
        err = {file, 0, 0, {}, fromUtf8(e.what())};
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
    QFile file(path);
    if (!file.exists()) {
        err = {path, 0, 0, {}, JsonText::tr("File not found.")};
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        err = {path, 0, 0, {}, JsonText::tr("Could not open the file: %1").arg(file.errorString())};
        return std::nullopt;
    }
    err = {path, 0, 0, {}, {}};
    return fromJson(file.readAll(), &err);
}

} // namespace waymark
