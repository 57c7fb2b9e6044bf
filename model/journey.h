#pragma once

#include "business/opportunity.h"
#include "data/dataset.h"
#include "effort.h"
#include "enums.h"
#include "media/cardimage.h"
#include "uuidhash.h"
#include "workshop/workshop.h"

#include <QColor>
#include <QMap>
#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

namespace waymark {

// Plain value types: the journey is copyable and comparable, so file round trips,
// undo snapshots and diffs are simple. Only JourneyDocument's command API mutates a
// live journey; everything else reads it.

struct Persona {
    QUuid id;
    QString name;
    QString description;
    QString goals;
    QString frustrations;
    CardImage photo{}; // null: none
    bool operator==(const Persona &) const = default;
};

struct Department {
    QUuid id;
    QString name;
    QColor colour;
    bool operator==(const Department &) const = default;
};

struct Stage {
    QUuid id;
    QString name;
    QString description;
    bool operator==(const Stage &) const = default;
};

struct Lane {
    QUuid id;
    QString name;
    LaneKind kind = LaneKind::Touchpoints;
    // Which side of the line of visibility the lane sits on. Meaningful for every lane
    // (customer lanes are Customer), required for department lanes.
    OfficeZone zone = OfficeZone::Customer;
    QUuid departmentId; // only for LaneKind::Department; null otherwise
    bool operator==(const Lane &) const = default;
};

// What a card in a Systems lane says about the system it stands for (CRM, core banking, app).
struct SystemInfo {
    double ageYears = 0;               // 0: not known
    QString limitations;               // what it cannot do
    std::vector<QUuid> supports;       // the touchpoints it supports
    bool operator==(const SystemInfo &) const = default;
};

// How one persona feels a step, where it differs from the card's own negative emotion.
struct PersonaEmotion {
    QUuid personaId;
    int emotion = 0;
    bool operator==(const PersonaEmotion &) const = default;
};

struct Touchpoint {
    QUuid id;
    QUuid stageId;
    QUuid laneId;
    QString title;
    QString description;
    Channel channel = Channel::Other;
    QUuid departmentId; // owning department, may be null
    Effort effort;
    bool painPoint = false;
    bool momentOfTruth = false;
    QString dataKey; // imported NPS rows attach to the card through this key
    QString notes;
    QUuid authorId; // the participant who wrote the card in the workshop; may be null
    SystemInfo system; // cards in a Systems lane only; empty elsewhere
    // Another journey file that details this step (a sub-journey), relative to this journey's
    // folder with '/' separators, so moving the folder keeps the link; empty: none.
    QString linkedJourney;
    // What the card says it rests on; measured data is also derived from the answers
    // (evidence/cardevidence.h), so this is what people stated.
    Evidence evidence = Evidence::Unstated;
    // The personas the step happens to; empty: every persona.
    std::vector<QUuid> personaIds{};
    // Personas who feel the step differently (one entry each); the others feel `effort.emotion`.
    std::vector<PersonaEmotion> personaEmotions{};
    // Pictures attached to the card (a photo of the wall, a screenshot, a letter), in order.
    std::vector<CardImage> images{};
    bool appliesTo(const QUuid &persona) const;   // a null persona: everyone, always true
    int emotionFor(const QUuid &persona) const;   // a null persona: the card's own
    bool operator==(const Touchpoint &) const = default;
};

// Which fields of a card an edit changed, so views redo only what depends on them (a title
// edit must not recount a million survey answers).
enum class TouchpointField : quint32 {
    Title = 1 << 0,
    Description = 1 << 1,
    Channel = 1 << 2,
    Department = 1 << 3,
    Effort = 1 << 4,
    Marks = 1 << 5,    // pain point, moment of truth
    DataKey = 1 << 6,
    Notes = 1 << 7,
    Author = 1 << 8,
    System = 1 << 9,
    Link = 1 << 10,    // the linked journey
    Evidence = 1 << 11,
    Personas = 1 << 12, // who the step happens to and how each feels it
    Images = 1 << 13,
};
Q_DECLARE_FLAGS(TouchpointFields, TouchpointField)
// The fields in which two versions of a card differ.
TouchpointFields changedFields(const Touchpoint &before, const Touchpoint &after);

struct Connection {
    QUuid id;
    QUuid fromId;
    QUuid toId;
    QString label;
    bool operator==(const Connection &) const = default;
};

// One problem found when checking a journey's invariants. `path` is a JSON-pointer-like
// location in the JSON layout (e.g. "/stages/2/touchpoints/5/effort/emotion") so the
// same message serves the file formats and the UI.
struct JourneyProblem {
    QString path;
    QString message;
};

class Journey
{
public:
    QUuid id;
    QString title;
    QString description;
    QString currency = QStringLiteral("EUR"); // the journey's default ISO 4217 currency
    std::vector<Persona> personas;
    std::vector<Department> departments;
    std::vector<Stage> stages;
    std::vector<Lane> lanes;
    // All cards. Order inside a (stage, lane) cell is the order of appearance here.
    std::vector<Touchpoint> touchpoints;
    std::vector<Connection> connections;
    // Per-journey options that travel with the file (heatmap weights, ...): "group/name" keys,
    // text values. Sorted, so files write them in a stable order.
    QMap<QString, QString> settings;
    // Imported NPS and CLV data (see data/dataset.h).
    std::vector<DatasetRef> datasets;
    // The newest dataset of a kind ("nps", "csat", …, "clv"), or nullptr.
    const DatasetRef *newestDataset(const QString &kindKey) const;
    // The metrics this journey has answers of, in the registry's order.
    std::vector<const Metric *> metricsWithData() const;
    // The workshop around the map (see workshop/workshop.h).
    std::vector<Participant> participants;
    std::vector<VoteRound> votes;
    std::vector<AgendaItem> agenda;
    std::vector<Comment> comments;
    // The business case (business/opportunity.h): what to fix, grouped into scenarios.
    std::vector<Opportunity> opportunities;
    std::vector<Scenario> scenarios;

    // Exact equality, including the order of cards across cells.
    bool operator==(const Journey &) const = default;
    // Equality of what a person sees: like ==, but only the order of cards inside each
    // cell matters, not how cells interleave in `touchpoints`. File round trips use this.
    bool sameContent(const Journey &other) const;
    // A copy whose `touchpoints` are grouped by stage order, then lane order, keeping cell
    // order. Writers emit this order.
    Journey canonical() const;

    std::optional<int> stageIndex(const QUuid &wanted) const;
    std::optional<int> laneIndex(const QUuid &wanted) const;
    std::optional<int> departmentIndex(const QUuid &wanted) const;
    std::optional<int> personaIndex(const QUuid &wanted) const;
    std::optional<int> touchpointIndex(const QUuid &wanted) const;
    std::optional<int> connectionIndex(const QUuid &wanted) const;

    const Stage *stage(const QUuid &wanted) const;
    const Lane *lane(const QUuid &wanted) const;
    const Department *department(const QUuid &wanted) const;
    const Touchpoint *touchpoint(const QUuid &wanted) const;
    const Participant *participant(const QUuid &wanted) const;
    const VoteRound *vote(const QUuid &wanted) const;
    const Opportunity *opportunity(const QUuid &wanted) const;
    const Scenario *scenario(const QUuid &wanted) const;

    // Cards of one cell, in cell order.
    std::vector<const Touchpoint *> cell(const QUuid &stageId, const QUuid &laneId) const;
    // Cards of one stage, in stage-then-cell order (lane order, then cell order).
    std::vector<const Touchpoint *> touchpointsInStage(const QUuid &stageId) const;

    // Index of the first lane below the line of visibility (the first lane in the middle or
    // back office), or lanes.size() when there is none.
    int lineOfVisibilityIndex() const;

    // Every broken invariant: dangling references, duplicate ids, negative or non-finite
    // effort, emotion outside 0..10, bad currency codes. Empty means the journey is sound.
    std::vector<JourneyProblem> problems() const;
};

} // namespace waymark

// Outside the namespace: declared inside it, these operators would hide Qt's own for keys
// and modifiers (Qt::CTRL | Qt::Key_D) in every file that includes this one.
Q_DECLARE_OPERATORS_FOR_FLAGS(waymark::TouchpointFields)
