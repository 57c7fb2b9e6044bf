#include "format/workshopjson.h"

#include "format/jsonvalues.h"
#include "format/datasetjsontext.h"

#include <QCoreApplication>

namespace waymark::WorkshopJson {

namespace {

using JsonValues::utf8;
using JsonValues::idJson;

using json = nlohmann::json;
using ordered_json = nlohmann::ordered_json;

// The wording of dataset problems is shared (same context, one translation).

struct Failure {
    QString path;
    QString message;
};

ordered_json timeJson(const QDateTime &time)
{
    return time.isValid() ? ordered_json(utf8(time.toUTC().toString(Qt::ISODate))) : ordered_json(nullptr);
}

// ---- Reading: each helper names the value it could not use by its JSON pointer. ----

QString at(const QString &path, const char *key)
{
    return path + QLatin1Char('/') + QLatin1String(key);
}

const json &field(const json &object, const char *key, const QString &path)
{
    if (!object.is_object())
        throw Failure{path, DatasetJsonText::tr("expected an object")};
    const auto it = object.find(key);
    if (it == object.end())
        throw Failure{at(path, key), DatasetJsonText::tr("missing")};
    return *it;
}

QString text(const json &object, const char *key, const QString &path)
{
    const json &value = field(object, key, path);
    if (!value.is_string())
        throw Failure{at(path, key), DatasetJsonText::tr("expected text")};
    return QString::fromStdString(value.get<std::string>());
}

bool flag(const json &object, const char *key, const QString &path)
{
    const json &value = field(object, key, path);
    if (!value.is_boolean())
        throw Failure{at(path, key), DatasetJsonText::tr("expected true or false")};
    return value.get<bool>();
}

int count(const json &object, const char *key, const QString &path)
{
    const json &value = field(object, key, path);
    if (!value.is_number_integer() || value.get<qint64>() < 0 || value.get<qint64>() > 1'000'000)
        throw Failure{at(path, key), DatasetJsonText::tr("expected a whole number of 0 or more")};
    return int(value.get<qint64>());
}

// An id, or null where `nullable`.
QUuid id(const json &object, const char *key, const QString &path, bool nullable = false)
{
    const json &value = field(object, key, path);
    if (nullable && value.is_null())
        return {};
    const QUuid parsed = value.is_string() ? QUuid::fromString(QString::fromStdString(value.get<std::string>())) : QUuid();
    if (parsed.isNull())
        throw Failure{at(path, key), DatasetJsonText::tr("expected an id")};
    return parsed;
}

QDateTime time(const json &object, const char *key, const QString &path, bool nullable = false)
{
    const json &value = field(object, key, path);
    if (nullable && value.is_null())
        return {};
    const QDateTime parsed = value.is_string() ? QDateTime::fromString(QString::fromStdString(value.get<std::string>()), Qt::ISODate)
                                               : QDateTime();
    if (!parsed.isValid())
        throw Failure{at(path, key), DatasetJsonText::tr("expected a date and time like 2026-11-23T10:00:00Z")};
    return parsed.toUTC();
}

template <typename Visit>
void forEach(const json &root, const char *key, Visit visit)
{
    const auto it = root.find(key);
    if (it == root.end())
        return;
    const QString path = QLatin1Char('/') + QLatin1String(key);
    if (!it->is_array())
        throw Failure{path, DatasetJsonText::tr("expected a list")};
    for (std::size_t i = 0; i < it->size(); ++i)
        visit((*it)[i], path + QLatin1Char('/') + QString::number(i));
}

template <typename Enum>
Enum choice(const json &object, const char *key, const QString &path, std::optional<Enum> (*parse)(const QString &),
            const QStringList &allowed)
{
    const QString name = text(object, key, path);
    const std::optional<Enum> value = parse(name);
    if (!value)
        throw Failure{at(path, key), DatasetJsonText::tr("unknown value “%1”; expected one of: %2").arg(name, allowed.join(QStringLiteral(", ")))};
    return *value;
}

} // namespace

void addTo(ordered_json &root, const Journey &journey)
{
    if (!journey.participants.empty()) {
        ordered_json list = ordered_json::array();
        for (const Participant &p : journey.participants)
            list.push_back({{"id", idJson(p.id)}, {"name", utf8(p.name)}, {"department", idJson(p.departmentId)},
                            {"colour", utf8(p.colour.name(QColor::HexRgb))}});
        root["participants"] = std::move(list);
    }
    if (!journey.votes.empty()) {
        ordered_json list = ordered_json::array();
        for (const VoteRound &round : journey.votes) {
            ordered_json dots = ordered_json::array();
            for (const Dot &dot : round.dots)
                dots.push_back({{"participant", idJson(dot.participantId)}, {"card", idJson(dot.touchpointId)}});
            list.push_back({{"id", idJson(round.id)}, {"title", utf8(round.title)}, {"scope", utf8(voteScopeName(round.scope))},
                            {"budget", round.budget}, {"minutes", round.minutes}, {"hidden", round.hidden},
                            {"closed", round.closed}, {"started", timeJson(round.startedAt)}, {"dots", std::move(dots)}});
        }
        root["votes"] = std::move(list);
    }
    if (!journey.agenda.empty()) {
        ordered_json list = ordered_json::array();
        for (const AgendaItem &item : journey.agenda)
            list.push_back({{"id", idJson(item.id)}, {"title", utf8(item.title)}, {"done", item.done}});
        root["agenda"] = std::move(list);
    }
    if (!journey.comments.empty()) {
        ordered_json list = ordered_json::array();
        for (const Comment &c : journey.comments)
            list.push_back({{"id", idJson(c.id)}, {"replyTo", idJson(c.parentId)}, {"on", utf8(commentTargetName(c.target))},
                            {"target", idJson(c.targetId)}, {"author", utf8(c.author)}, {"department", idJson(c.departmentId)},
                            {"time", timeJson(c.time)}, {"text", utf8(c.text)}, {"resolved", c.resolved}});
        root["comments"] = std::move(list);
    }
}

bool readInto(const json &root, Journey &journey, Problem *problem)
{
    try {
        forEach(root, "participants", [&](const json &item, const QString &path) {
            Participant p;
            p.id = id(item, "id", path);
            p.name = text(item, "name", path);
            p.departmentId = id(item, "department", path, true);
            p.colour = QColor::fromString(text(item, "colour", path));
            if (!p.colour.isValid())
                throw Failure{at(path, "colour"), DatasetJsonText::tr("expected a colour like \"#1f77b4\"")};
            journey.participants.push_back(std::move(p));
        });
        forEach(root, "votes", [&](const json &item, const QString &path) {
            VoteRound round;
            round.id = id(item, "id", path);
            round.title = text(item, "title", path);
            round.scope = choice<VoteScope>(item, "scope", path, voteScopeFromName,
                                            {QStringLiteral("pain-points"), QStringLiteral("opportunities"), QStringLiteral("all")});
            round.budget = count(item, "budget", path);
            round.minutes = count(item, "minutes", path);
            round.hidden = flag(item, "hidden", path);
            round.closed = flag(item, "closed", path);
            round.startedAt = time(item, "started", path, true);
            const json &dots = field(item, "dots", path);
            if (!dots.is_array())
                throw Failure{at(path, "dots"), DatasetJsonText::tr("expected a list")};
            for (std::size_t d = 0; d < dots.size(); ++d) {
                const QString dotPath = at(path, "dots") + QLatin1Char('/') + QString::number(d);
                round.dots.push_back({id(dots[d], "participant", dotPath), id(dots[d], "card", dotPath)});
            }
            journey.votes.push_back(std::move(round));
        });
        forEach(root, "agenda", [&](const json &item, const QString &path) {
            journey.agenda.push_back({id(item, "id", path), text(item, "title", path), flag(item, "done", path)});
        });
        forEach(root, "comments", [&](const json &item, const QString &path) {
            Comment c;
            c.id = id(item, "id", path);
            c.parentId = id(item, "replyTo", path, true);
            c.target = choice<CommentTarget>(item, "on", path, commentTargetFromName,
                                             {QStringLiteral("journey"), QStringLiteral("stage"), QStringLiteral("card")});
            c.targetId = id(item, "target", path, true);
            c.author = text(item, "author", path);
            c.departmentId = id(item, "department", path, true);
            c.time = time(item, "time", path);
            c.text = text(item, "text", path);
            c.resolved = flag(item, "resolved", path);
            journey.comments.push_back(std::move(c));
        });
    } catch (const Failure &failure) {
        if (problem)
            *problem = {failure.path, failure.message};
        return false;
    }
    return true;
}

} // namespace waymark::WorkshopJson
