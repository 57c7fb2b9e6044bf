#include "journey.h"

#include "data/metrics/metric.h"

#include <algorithm>
#include <climits>

namespace waymark {

const DatasetRef *Journey::newestDataset(const QString &kindKey) const
{
    const DatasetRef *newest = nullptr;
    for (const DatasetRef &dataset : datasets)
        if (dataset->kindKey() == kindKey)
            newest = &dataset;
    return newest;
}

std::vector<const Metric *> Journey::metricsWithData() const
{
    std::vector<const Metric *> metrics;
    for (const Metric *metric : allMetrics())
        if (newestDataset(metric->key()))
            metrics.push_back(metric);
    return metrics;
}

bool Touchpoint::appliesTo(const QUuid &persona) const
{
    return persona.isNull() || personaIds.empty() || std::find(personaIds.begin(), personaIds.end(), persona) != personaIds.end();
}

int Touchpoint::emotionFor(const QUuid &persona) const
{
    for (const PersonaEmotion &own : personaEmotions)
        if (!persona.isNull() && own.personaId == persona)
            return own.emotion;
    return effort.emotion;
}

TouchpointFields changedFields(const Touchpoint &before, const Touchpoint &after)
{
    TouchpointFields fields;
    fields.setFlag(TouchpointField::Title, before.title != after.title);
    fields.setFlag(TouchpointField::Description, before.description != after.description);
    fields.setFlag(TouchpointField::Channel, before.channel != after.channel);
    fields.setFlag(TouchpointField::Department, before.departmentId != after.departmentId);
    fields.setFlag(TouchpointField::Effort, !(before.effort == after.effort));
    fields.setFlag(TouchpointField::Marks, before.painPoint != after.painPoint || before.momentOfTruth != after.momentOfTruth);
    fields.setFlag(TouchpointField::DataKey, before.dataKey != after.dataKey);
    fields.setFlag(TouchpointField::Notes, before.notes != after.notes);
    fields.setFlag(TouchpointField::Author, before.authorId != after.authorId);
    fields.setFlag(TouchpointField::System, !(before.system == after.system));
    fields.setFlag(TouchpointField::Link, before.linkedJourney != after.linkedJourney);
    fields.setFlag(TouchpointField::Evidence, before.evidence != after.evidence);
    fields.setFlag(TouchpointField::Personas, before.personaIds != after.personaIds || before.personaEmotions != after.personaEmotions);
    fields.setFlag(TouchpointField::Images, before.images != after.images);
    return fields;
}

namespace {

template <typename T>
std::optional<int> findIndex(const std::vector<T> &items, const QUuid &id)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const T &item) { return item.id == id; });
    if (it == items.end())
        return std::nullopt;
    return int(it - items.begin());
}

template <typename T>
const T *find(const std::vector<T> &items, const QUuid &id)
{
    const auto index = findIndex(items, id);
    return index ? &items[size_t(*index)] : nullptr;
}

} // namespace

std::optional<int> Journey::stageIndex(const QUuid &wanted) const { return findIndex(stages, wanted); }
std::optional<int> Journey::laneIndex(const QUuid &wanted) const { return findIndex(lanes, wanted); }
std::optional<int> Journey::departmentIndex(const QUuid &wanted) const { return findIndex(departments, wanted); }
std::optional<int> Journey::personaIndex(const QUuid &wanted) const { return findIndex(personas, wanted); }
std::optional<int> Journey::touchpointIndex(const QUuid &wanted) const { return findIndex(touchpoints, wanted); }
std::optional<int> Journey::connectionIndex(const QUuid &wanted) const { return findIndex(connections, wanted); }

const Stage *Journey::stage(const QUuid &wanted) const { return find(stages, wanted); }
const Lane *Journey::lane(const QUuid &wanted) const { return find(lanes, wanted); }
const Department *Journey::department(const QUuid &wanted) const { return find(departments, wanted); }
const Touchpoint *Journey::touchpoint(const QUuid &wanted) const { return find(touchpoints, wanted); }

const Participant *Journey::participant(const QUuid &wanted) const
{
    return find(participants, wanted);
}

const VoteRound *Journey::vote(const QUuid &wanted) const
{
    return find(votes, wanted);
}

const Opportunity *Journey::opportunity(const QUuid &wanted) const
{
    return find(opportunities, wanted);
}

const Scenario *Journey::scenario(const QUuid &wanted) const
{
    return find(scenarios, wanted);
}

std::vector<const Touchpoint *> Journey::cell(const QUuid &stageId, const QUuid &laneId) const
{
    std::vector<const Touchpoint *> result;
    for (const Touchpoint &card : touchpoints) {
        if (card.stageId == stageId && card.laneId == laneId)
            result.push_back(&card);
    }
    return result;
}

std::vector<const Touchpoint *> Journey::touchpointsInStage(const QUuid &stageId) const
{
    std::vector<const Touchpoint *> result;
    for (const Lane &row : lanes) {
        for (const Touchpoint *card : cell(stageId, row.id))
            result.push_back(card);
    }
    return result;
}

int Journey::lineOfVisibilityIndex() const
{
    for (size_t i = 0; i < lanes.size(); ++i) {
        if (lanes[i].zone == OfficeZone::Middle || lanes[i].zone == OfficeZone::Back)
            return int(i);
    }
    return int(lanes.size());
}

Journey Journey::canonical() const
{
    Journey copy = *this;
    UuidHash<int> stageRank;
    UuidHash<int> laneRank;
    for (size_t i = 0; i < stages.size(); ++i)
        stageRank.insert(stages[i].id, int(i));
    for (size_t i = 0; i < lanes.size(); ++i)
        laneRank.insert(lanes[i].id, int(i));
    // Unknown stages/lanes sort last; stable sort keeps the order inside each cell.
    const auto rank = [](const UuidHash<int> &ranks, const QUuid &key) { return ranks.value(key, INT_MAX); };
    std::stable_sort(copy.touchpoints.begin(), copy.touchpoints.end(), [&](const Touchpoint &a, const Touchpoint &b) {
        const int sa = rank(stageRank, a.stageId);
        const int sb = rank(stageRank, b.stageId);
        if (sa != sb)
            return sa < sb;
        return rank(laneRank, a.laneId) < rank(laneRank, b.laneId);
    });
    return copy;
}

bool Journey::sameContent(const Journey &other) const
{
    return canonical() == other.canonical();
}

} // namespace waymark
