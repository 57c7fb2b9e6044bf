#include "journeydocument.h"

#include "commands/journeycommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace waymark {

namespace {

template <typename T>
T &itemWithId(std::vector<T> &items, const QUuid &id)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const T &item) { return item.id == id; });
    Q_ASSERT_X(it != items.end(), "JourneyDocument", "command refers to an item that does not exist");
    return *it;
}

template <typename T>
void insertAt(std::vector<T> &items, int index, const T &item)
{
    Q_ASSERT(index >= 0 && size_t(index) <= items.size());
    items.insert(items.begin() + index, item);
}

template <typename T>
void moveItem(std::vector<T> &items, int from, int to)
{
    Q_ASSERT(from >= 0 && size_t(from) < items.size() && to >= 0 && size_t(to) < items.size());
    T item = std::move(items[size_t(from)]);
    items.erase(items.begin() + from);
    items.insert(items.begin() + to, std::move(item));
}

} // namespace

JourneyDocument::JourneyDocument(QObject *parent)
    : JourneyDocument(Journey{}, parent)
{
}

JourneyDocument::JourneyDocument(Journey journey, QObject *parent)
    : QObject(parent)
    , mJourney(std::move(journey))
{
    if (mJourney.id.isNull())
        mJourney.id = QUuid::createUuid();
    connect(&mUndoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    // A long workshop makes thousands of edits; some commands hold copies of datasets or of
    // whole blocks of cards, so the history keeps the last 500 steps.
    mUndoStack.setUndoLimit(500);
    watchPendingRows();
    // The window asks this cache: the CLV join and the lifetime-value fit run behind it.
    mStatistics.computeBehind();
}

JourneyDocument::~JourneyDocument() = default;

bool JourneyDocument::push(QUndoCommand *command)
{
    if (mReviewOnly) {
        const auto *journeyCommand = dynamic_cast<const JourneyCommand *>(command);
        if (!journeyCommand || !journeyCommand->allowedInReview()) {
            const QString what = command->text();
            delete command;
            emit editRefused(what);
            return false;
        }
    }
    mUndoStack.push(command);
    return true;
}

void JourneyDocument::setActiveParticipant(const QUuid &participantId)
{
    if (participantId == mActiveParticipant)
        return;
    mActiveParticipant = participantId;
    emit activeParticipantChanged(participantId);
}

void JourneyDocument::setReviewOnly(bool reviewOnly)
{
    if (reviewOnly == mReviewOnly)
        return;
    mReviewOnly = reviewOnly;
    emit reviewOnlyChanged(reviewOnly);
}

void JourneyDocument::setFilePath(const QString &path)
{
    if (path == mFilePath)
        return;
    mFilePath = path;
    emit filePathChanged(path);
}

QString JourneyDocument::displayName() const
{
    if (mFilePath.isEmpty())
        return QCoreApplication::translate("JourneyDocument", "Untitled");
    return QFileInfo(mFilePath).fileName();
}

bool JourneyDocument::isModified() const
{
    return !mUndoStack.isClean();
}

void JourneyDocument::markSaved()
{
    mUndoStack.setClean();
}

void JourneyDocument::markUnsaved()
{
    mUndoStack.resetClean();
}

void JourneyDocument::resetJourney(Journey journey)
{
    const bool wasModified = isModified();
    mUndoStack.clear();
    mJourney = std::move(journey);
    if (mJourney.id.isNull())
        mJourney.id = QUuid::createUuid();
    watchPendingRows();
    emit journeyReset();
    if (wasModified)
        emit modifiedChanged(false);
}

void JourneyDocument::setInfo(CommandKey, const QString &title, const QString &description, const QString &currency)
{
    mJourney.title = title;
    mJourney.description = description;
    mJourney.currency = currency;
    emit infoChanged();
}

void JourneyDocument::setSetting(CommandKey, const QString &key, const QString &value)
{
    if (mJourney.settings.value(key) == value)
        return;
    if (value.isEmpty())
        mJourney.settings.remove(key);
    else
        mJourney.settings.insert(key, value);
    emit settingsChanged(key);
}

template <typename T>
void JourneyDocument::insertEntity(std::vector<T> &items, int index, const T &item, IdSignal inserted)
{
    insertAt(items, index, item);
    emit (this->*inserted)(item.id);
}

template <typename T>
void JourneyDocument::removeEntity(std::vector<T> &items, int index, IdSignal aboutToRemove, IdSignal removed)
{
    const QUuid id = items.at(size_t(index)).id;
    if (aboutToRemove)
        emit (this->*aboutToRemove)(id);
    items.erase(items.begin() + index);
    emit (this->*removed)(id);
}

template <typename T>
void JourneyDocument::replaceEntity(std::vector<T> &items, const T &item, IdSignal changed)
{
    itemWithId(items, item.id) = item;
    emit (this->*changed)(item.id);
}

// ---- Stages and lanes ----

void JourneyDocument::insertStage(CommandKey, int index, const Stage &stage)
{
    insertEntity(mJourney.stages, index, stage, &JourneyDocument::stageInserted);
}

void JourneyDocument::removeStage(CommandKey, int index)
{
    removeEntity(mJourney.stages, index, &JourneyDocument::stageAboutToBeRemoved, &JourneyDocument::stageRemoved);
}

void JourneyDocument::moveStage(CommandKey, int from, int to)
{
    moveItem(mJourney.stages, from, to);
    emit stagesReordered();
}

void JourneyDocument::replaceStage(CommandKey, const Stage &stage)
{
    replaceEntity(mJourney.stages, stage, &JourneyDocument::stageChanged);
}

void JourneyDocument::insertLane(CommandKey, int index, const Lane &lane)
{
    insertEntity(mJourney.lanes, index, lane, &JourneyDocument::laneInserted);
}

void JourneyDocument::removeLane(CommandKey, int index)
{
    removeEntity(mJourney.lanes, index, &JourneyDocument::laneAboutToBeRemoved, &JourneyDocument::laneRemoved);
}

void JourneyDocument::moveLane(CommandKey, int from, int to)
{
    moveItem(mJourney.lanes, from, to);
    emit lanesReordered();
}

void JourneyDocument::replaceLane(CommandKey, const Lane &lane)
{
    replaceEntity(mJourney.lanes, lane, &JourneyDocument::laneChanged);
}

// ---- Departments and personas ----

void JourneyDocument::insertDepartment(CommandKey, int index, const Department &department)
{
    insertEntity(mJourney.departments, index, department, &JourneyDocument::departmentInserted);
}

void JourneyDocument::removeDepartment(CommandKey, int index)
{
    removeEntity(mJourney.departments, index, nullptr, &JourneyDocument::departmentRemoved);
}

void JourneyDocument::replaceDepartment(CommandKey, const Department &department)
{
    replaceEntity(mJourney.departments, department, &JourneyDocument::departmentChanged);
}

void JourneyDocument::insertPersona(CommandKey, int index, const Persona &persona)
{
    insertEntity(mJourney.personas, index, persona, &JourneyDocument::personaInserted);
}

void JourneyDocument::removePersona(CommandKey, int index)
{
    removeEntity(mJourney.personas, index, nullptr, &JourneyDocument::personaRemoved);
}

void JourneyDocument::replacePersona(CommandKey, const Persona &persona)
{
    replaceEntity(mJourney.personas, persona, &JourneyDocument::personaChanged);
}

// ---- Touchpoints ----

void JourneyDocument::insertTouchpoint(CommandKey, int index, const Touchpoint &touchpoint)
{
    insertEntity(mJourney.touchpoints, index, touchpoint, &JourneyDocument::touchpointInserted);
}

void JourneyDocument::removeTouchpoint(CommandKey, int index)
{
    removeEntity(mJourney.touchpoints, index, &JourneyDocument::touchpointAboutToBeRemoved, &JourneyDocument::touchpointRemoved);
}

void JourneyDocument::replaceTouchpoint(CommandKey, const Touchpoint &touchpoint)
{
    Touchpoint &card = itemWithId(mJourney.touchpoints, touchpoint.id);
    // Cell and order change only through setPlacements(), so moves are always signalled as moves.
    Q_ASSERT(card.stageId == touchpoint.stageId && card.laneId == touchpoint.laneId);
    const TouchpointFields fields = changedFields(card, touchpoint);
    card = touchpoint;
    emit touchpointChanged(touchpoint.id);
    emit touchpointFieldsChanged(touchpoint.id, fields);
}

void JourneyDocument::setPlacements(CommandKey, const std::vector<Placement> &placements)
{
    Q_ASSERT(placements.size() == mJourney.touchpoints.size());
    UuidHash<Touchpoint *> byId;
    byId.reserve(qsizetype(mJourney.touchpoints.size()));
    for (Touchpoint &card : mJourney.touchpoints)
        byId.insert(card.id, &card);

    // A card "moved" when its cell changed or its rank inside the cell changed.
    const auto cellRanks = [](const auto &cards, const auto &idOf, const auto &cellOf) {
        UuidHash<int> ranks;
        QHash<QPair<QUuid, QUuid>, int> next;
        for (const auto &card : cards)
            ranks.insert(idOf(card), next[cellOf(card)]++);
        return ranks;
    };
    const UuidHash<int> oldRanks = cellRanks(
        mJourney.touchpoints, [](const Touchpoint &c) { return c.id; },
        [](const Touchpoint &c) { return qMakePair(c.stageId, c.laneId); });
    const UuidHash<int> newRanks = cellRanks(
        placements, [](const Placement &p) { return p.id; }, [](const Placement &p) { return qMakePair(p.stageId, p.laneId); });

    std::vector<Touchpoint> reordered;
    reordered.reserve(placements.size());
    QList<QUuid> moved;
    for (const Placement &placement : placements) {
        Touchpoint *card = byId.value(placement.id);
        Q_ASSERT_X(card, "JourneyDocument::setPlacements", "unknown card");
        if (card->stageId != placement.stageId || card->laneId != placement.laneId
            || oldRanks.value(placement.id) != newRanks.value(placement.id))
            moved.append(placement.id);
        Touchpoint updated = std::move(*card);
        updated.stageId = placement.stageId;
        updated.laneId = placement.laneId;
        reordered.push_back(std::move(updated));
    }
    mJourney.touchpoints = std::move(reordered);
    if (!moved.isEmpty())
        emit touchpointsMoved(moved);
}

// ---- Connections ----

void JourneyDocument::insertDataset(CommandKey, int index, const DatasetRef &dataset)
{
    mJourney.datasets.insert(mJourney.datasets.begin() + index, dataset);
    emit datasetInserted(dataset->id);
}

void JourneyDocument::removeDataset(CommandKey, int index)
{
    const QUuid id = mJourney.datasets[std::size_t(index)]->id;
    mJourney.datasets.erase(mJourney.datasets.begin() + index);
    emit datasetRemoved(id);
}

void JourneyDocument::replaceDataset(CommandKey, int index, const DatasetRef &dataset)
{
    mJourney.datasets[std::size_t(index)] = dataset;
    emit datasetChanged(dataset->id);
}

void JourneyDocument::insertConnection(CommandKey, int index, const Connection &connection)
{
    insertEntity(mJourney.connections, index, connection, &JourneyDocument::connectionInserted);
}

void JourneyDocument::removeConnection(CommandKey, int index)
{
    removeEntity(mJourney.connections, index, nullptr, &JourneyDocument::connectionRemoved);
}

void JourneyDocument::replaceConnection(CommandKey, const Connection &connection)
{
    replaceEntity(mJourney.connections, connection, &JourneyDocument::connectionChanged);
}

// ---- The workshop ----

void JourneyDocument::insertParticipant(CommandKey, int index, const Participant &item)
{
    insertEntity(mJourney.participants, index, item, &JourneyDocument::participantInserted);
}

void JourneyDocument::removeParticipant(CommandKey, int index)
{
    if (mJourney.participants.at(std::size_t(index)).id == mActiveParticipant)
        setActiveParticipant({});
    removeEntity(mJourney.participants, index, nullptr, &JourneyDocument::participantRemoved);
}

void JourneyDocument::replaceParticipant(CommandKey, const Participant &item)
{
    replaceEntity(mJourney.participants, item, &JourneyDocument::participantChanged);
}

void JourneyDocument::insertVote(CommandKey, int index, const VoteRound &item)
{
    insertEntity(mJourney.votes, index, item, &JourneyDocument::voteInserted);
}

void JourneyDocument::removeVote(CommandKey, int index)
{
    removeEntity(mJourney.votes, index, nullptr, &JourneyDocument::voteRemoved);
}

void JourneyDocument::replaceVote(CommandKey, const VoteRound &item)
{
    replaceEntity(mJourney.votes, item, &JourneyDocument::voteChanged);
}

void JourneyDocument::insertAgendaItem(CommandKey, int index, const AgendaItem &item)
{
    insertEntity(mJourney.agenda, index, item, &JourneyDocument::agendaItemInserted);
}

void JourneyDocument::removeAgendaItem(CommandKey, int index)
{
    removeEntity(mJourney.agenda, index, nullptr, &JourneyDocument::agendaItemRemoved);
}

void JourneyDocument::replaceAgendaItem(CommandKey, const AgendaItem &item)
{
    replaceEntity(mJourney.agenda, item, &JourneyDocument::agendaItemChanged);
}

void JourneyDocument::insertComment(CommandKey, int index, const Comment &item)
{
    insertEntity(mJourney.comments, index, item, &JourneyDocument::commentInserted);
}

void JourneyDocument::removeComment(CommandKey, int index)
{
    removeEntity(mJourney.comments, index, nullptr, &JourneyDocument::commentRemoved);
}

void JourneyDocument::replaceComment(CommandKey, const Comment &item)
{
    replaceEntity(mJourney.comments, item, &JourneyDocument::commentChanged);
}

void JourneyDocument::insertOpportunity(CommandKey, int index, const Opportunity &item)
{
    insertEntity(mJourney.opportunities, index, item, &JourneyDocument::opportunityInserted);
}

void JourneyDocument::removeOpportunity(CommandKey, int index)
{
    removeEntity(mJourney.opportunities, index, nullptr, &JourneyDocument::opportunityRemoved);
}

void JourneyDocument::replaceOpportunity(CommandKey, const Opportunity &item)
{
    replaceEntity(mJourney.opportunities, item, &JourneyDocument::opportunityChanged);
}

void JourneyDocument::insertScenario(CommandKey, int index, const Scenario &item)
{
    insertEntity(mJourney.scenarios, index, item, &JourneyDocument::scenarioInserted);
}

void JourneyDocument::removeScenario(CommandKey, int index)
{
    removeEntity(mJourney.scenarios, index, nullptr, &JourneyDocument::scenarioRemoved);
}

void JourneyDocument::replaceScenario(CommandKey, const Scenario &item)
{
    replaceEntity(mJourney.scenarios, item, &JourneyDocument::scenarioChanged);
}

} // namespace waymark
