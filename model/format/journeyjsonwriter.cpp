// Writing .waymark.json (layout in docs/file-formats.md).
#include "format/businessjson.h"
#include "format/datasetjson.h"
#include "format/journeyjson.h"
#include "format/picturejson.h"
#include "format/workshopjson.h"

#include <QCoreApplication>
#include <QSaveFile>

#include "format/jsonvalues.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace waymark {

namespace {

using JsonValues::utf8;
using JsonValues::idJson;

using nlohmann::ordered_json; // keeps keys in the documented order, for people reading diffs

ordered_json touchpointJson(const Touchpoint &card)
{
    return {{"id", idJson(card.id)},
            {"lane", idJson(card.laneId)},
            {"title", utf8(card.title)},
            {"description", utf8(card.description)},
            {"channel", utf8(toKey(card.channel))},
            {"department", idJson(card.departmentId)},
            {"effort", JsonValues::effortJson(card.effort)},
            {"painPoint", card.painPoint},
            {"momentOfTruth", card.momentOfTruth},
            {"dataKey", utf8(card.dataKey)},
            {"notes", utf8(card.notes)}};
}

ordered_json touchpointWithAuthorJson(const Touchpoint &card)
{
    ordered_json cardObject = touchpointJson(card);
    if (!card.authorId.isNull()) // optional: cards from before workshops have none
        cardObject["author"] = idJson(card.authorId);
    if (!(card.system == SystemInfo{})) // optional: only system cards say anything here
        cardObject["system"] = BusinessJson::systemJson(card.system);
    if (!card.linkedJourney.isEmpty()) // optional: most cards detail nothing further
        cardObject["linkedJourney"] = utf8(card.linkedJourney);
    if (card.evidence != Evidence::Unstated) // optional: unstated until someone says
        cardObject["evidence"] = utf8(toKey(card.evidence));
    if (!card.personaIds.empty()) { // optional: most steps happen to every persona
        ordered_json personas = ordered_json::array();
        for (const QUuid &persona : card.personaIds)
            personas.push_back(idJson(persona));
        cardObject["personas"] = std::move(personas);
    }
    if (!card.personaEmotions.empty()) {
        ordered_json emotions = ordered_json::array();
        for (const PersonaEmotion &own : card.personaEmotions)
            emotions.push_back({{"persona", idJson(own.personaId)}, {"emotion", own.emotion}});
        cardObject["personaEmotions"] = std::move(emotions);
    }
    if (!card.images.empty()) { // optional (version 5)
        ordered_json images = ordered_json::array();
        for (const CardImage &picture : card.images)
            images.push_back(PictureJson::toJson(picture));
        cardObject["images"] = std::move(images);
    }
    return cardObject;
}

} // namespace

QByteArray JourneyJson::toJson(const Journey &input)
{
    const Journey journey = input.canonical();
    ordered_json root = {{"format", formatName},
                         {"version", formatVersion},
                         {"generator", "Waymark " WAYMARK_VERSION},
                         {"id", idJson(journey.id)},
                         {"title", utf8(journey.title)},
                         {"description", utf8(journey.description)},
                         {"currency", utf8(journey.currency)}};
    ordered_json personas = ordered_json::array();
    for (const Persona &p : journey.personas) {
        ordered_json persona = {{"id", idJson(p.id)}, {"name", utf8(p.name)}, {"description", utf8(p.description)}, {"goals", utf8(p.goals)}};
        if (!p.frustrations.isEmpty()) // optional (version 4)
            persona["frustrations"] = utf8(p.frustrations);
        if (!p.photo.isNull()) // optional (version 5)
            persona["photo"] = PictureJson::toJson(p.photo);
        personas.push_back(std::move(persona));
    }
    root["personas"] = std::move(personas);

    ordered_json departments = ordered_json::array();
    for (const Department &d : journey.departments)
        departments.push_back({{"id", idJson(d.id)}, {"name", utf8(d.name)},
                               {"colour", utf8(d.colour.name(d.colour.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb))}});
    root["departments"] = std::move(departments);

    ordered_json lanes = ordered_json::array();
    for (const Lane &l : journey.lanes) {
        ordered_json lane = {{"id", idJson(l.id)}, {"name", utf8(l.name)}, {"kind", utf8(toKey(l.kind))}, {"zone", utf8(toKey(l.zone))}};
        if (l.kind == LaneKind::Department)
            lane["department"] = idJson(l.departmentId);
        lanes.push_back(std::move(lane));
    }
    root["lanes"] = std::move(lanes);

    ordered_json stages = ordered_json::array();
    for (const Stage &s : journey.stages) {
        ordered_json cards = ordered_json::array();
        for (const Touchpoint &card : journey.touchpoints) {
            if (card.stageId == s.id)
                cards.push_back(touchpointWithAuthorJson(card));
        }
        stages.push_back({{"id", idJson(s.id)}, {"name", utf8(s.name)}, {"description", utf8(s.description)}, {"touchpoints", std::move(cards)}});
    }
    root["stages"] = std::move(stages);

    ordered_json connections = ordered_json::array();
    for (const Connection &c : journey.connections)
        connections.push_back({{"id", idJson(c.id)}, {"from", idJson(c.fromId)}, {"to", idJson(c.toId)}, {"label", utf8(c.label)}});
    root["connections"] = std::move(connections);
    BusinessJson::addTo(root, journey); // required since version 2, so written even when empty

    // Optional, so journeys without settings (the bundled sample) export exactly as before.
    // QMap iterates in key order: the output stays a pure function of the content.
    if (!journey.settings.isEmpty()) {
        ordered_json settings = ordered_json::object();
        for (auto it = journey.settings.cbegin(); it != journey.settings.cend(); ++it)
            settings[utf8(it.key())] = utf8(it.value());
        root["settings"] = std::move(settings);
    }
    // Optional too: imported NPS/CLV data, column by column.
    if (!journey.datasets.empty()) {
        ordered_json datasets = ordered_json::array();
        for (const DatasetRef &dataset : journey.datasets)
            datasets.push_back(DatasetJson::toJson(*dataset));
        root["datasets"] = std::move(datasets);
    }

    WorkshopJson::addTo(root, journey);

    const std::string text = root.dump(2) + '\n';
    return QByteArray(text.data(), qsizetype(text.size()));
}

bool JourneyJson::write(const Journey &journey, const QString &path, FormatError *error)
{
    for (const DatasetRef &dataset : journey.datasets) {
        if (const QString why = dataset->rowsError(); !why.isEmpty()) {
            if (error)
                *error = {path, 0, 0, {}, QCoreApplication::translate("JourneyJson", "Could not write the file: %1").arg(why)};
            return false;
        }
    }
    QSaveFile file(path); // writes a temporary file and renames it on commit: atomic
    const QByteArray bytes = toJson(journey);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = {path, 0, 0, {}, QCoreApplication::translate("JourneyJson", "Could not write the file: %1").arg(file.errorString())};
        return false;
    }
    return true;
}

} // namespace waymark
