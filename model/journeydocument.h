#pragma once

#include "data/statisticscache.h"
#include "journey.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace waymark {

class PendingAnswers;

class JourneyCommand;

// Only commands can build one of these, so only commands can call the document's
// mutators: views and dialogs must go through push().
class CommandKey
{
    friend class JourneyCommand;
    CommandKey() = default;
};

// Owns a journey, its undo stack, its file path and its modified state. Every change to
// the journey is a QUndoCommand pushed here; the document emits a typed signal for each
// change so views update exactly what changed.
class JourneyDocument : public QObject
{
    Q_OBJECT
public:
    explicit JourneyDocument(QObject *parent = nullptr);
    explicit JourneyDocument(Journey journey, QObject *parent = nullptr);
    ~JourneyDocument() override;

    const Journey &journey() const { return mJourney; }
    QUndoStack *undoStack() { return &mUndoStack; }
    // Statistics over the datasets, kept between calls (data/statisticscache.h).
    StatisticsCache &statistics() const { return mStatistics; }
    const QUndoStack *undoStack() const { return &mUndoStack; }
    // Runs the command and puts it on the undo stack. In review mode only comments pass:
    // anything else is deleted unrun, editRefused() says so, and this returns false.
    bool push(QUndoCommand *command);

    // Review mode (a department head reading a workshop's result): the map cannot change,
    // comments can.
    bool isReviewOnly() const { return mReviewOnly; }
    void setReviewOnly(bool reviewOnly);

    // Who has the floor in the workshop (a participant id, or null): new cards record them
    // as their author. Session state, not part of the journey and not undoable.
    QUuid activeParticipant() const { return mActiveParticipant; }
    void setActiveParticipant(const QUuid &participantId);

    QString filePath() const { return mFilePath; }
    void setFilePath(const QString &path);
    // A name for titles: file name, or "Untitled" for a new document.
    QString displayName() const;

    bool isModified() const;
    // Marks the current state as saved (the undo stack's clean state).
    void markSaved();
    // Marks the document as holding unsaved work that no undo step explains (an import, a
    // recovered copy): it stays modified until saved.
    void markUnsaved();

    // Replaces the whole journey and clears the undo history (open, revert, recover).
    void resetJourney(Journey journey);

    // ---- Mutators: callable by commands only. Each emits the matching signal. ----
    void setInfo(CommandKey, const QString &title, const QString &description, const QString &currency);
    // An empty value removes the key.
    void setSetting(CommandKey, const QString &key, const QString &value);

    void insertStage(CommandKey, int index, const Stage &stage);
    void removeStage(CommandKey, int index);
    void moveStage(CommandKey, int from, int to);
    void replaceStage(CommandKey, const Stage &stage);

    void insertLane(CommandKey, int index, const Lane &lane);
    void removeLane(CommandKey, int index);
    void moveLane(CommandKey, int from, int to);
    void replaceLane(CommandKey, const Lane &lane);

    void insertDepartment(CommandKey, int index, const Department &department);
    void removeDepartment(CommandKey, int index);
    void replaceDepartment(CommandKey, const Department &department);

    void insertPersona(CommandKey, int index, const Persona &persona);
    void removePersona(CommandKey, int index);
    void replacePersona(CommandKey, const Persona &persona);

    void insertTouchpoint(CommandKey, int index, const Touchpoint &touchpoint);
    void removeTouchpoint(CommandKey, int index);
    void replaceTouchpoint(CommandKey, const Touchpoint &touchpoint);
    // Puts the cards in exactly this order and these cells (ids must be a permutation of
    // the current cards). Used by moves and their undo.
    struct Placement {
        QUuid id;
        QUuid stageId;
        QUuid laneId;
        bool operator==(const Placement &) const = default;
    };
    void setPlacements(CommandKey, const std::vector<Placement> &placements);

    // Datasets are replaced whole (rename, replace from a new file): they are immutable.
    void insertDataset(CommandKey, int index, const DatasetRef &dataset);
    void removeDataset(CommandKey, int index);
    void replaceDataset(CommandKey, int index, const DatasetRef &dataset);

    void insertConnection(CommandKey, int index, const Connection &connection);
    void removeConnection(CommandKey, int index);
    void replaceConnection(CommandKey, const Connection &connection);

    // ---- The workshop around the map (workshop/workshop.h) ----
    void insertParticipant(CommandKey, int index, const Participant &participant);
    void removeParticipant(CommandKey, int index);
    void replaceParticipant(CommandKey, const Participant &participant);
    void insertVote(CommandKey, int index, const VoteRound &vote);
    void removeVote(CommandKey, int index);
    void replaceVote(CommandKey, const VoteRound &vote);
    void insertAgendaItem(CommandKey, int index, const AgendaItem &item);
    void removeAgendaItem(CommandKey, int index);
    void replaceAgendaItem(CommandKey, const AgendaItem &item);
    void insertComment(CommandKey, int index, const Comment &comment);
    void removeComment(CommandKey, int index);
    void replaceComment(CommandKey, const Comment &comment);

    // ---- The business case (business/opportunity.h) ----
    void insertOpportunity(CommandKey, int index, const Opportunity &opportunity);
    void removeOpportunity(CommandKey, int index);
    void replaceOpportunity(CommandKey, const Opportunity &opportunity);
    void insertScenario(CommandKey, int index, const Scenario &scenario);
    void removeScenario(CommandKey, int index);
    void replaceScenario(CommandKey, const Scenario &scenario);

signals:
    void infoChanged();
    // One per-journey setting changed (added, changed or removed).
    void settingsChanged(const QString &key);
    // The whole journey was replaced: views rebuild.
    void journeyReset();

    void stageInserted(const QUuid &id);
    void stageAboutToBeRemoved(const QUuid &id);
    void stageRemoved(const QUuid &id);
    void stageChanged(const QUuid &id);
    void stagesReordered();

    void laneInserted(const QUuid &id);
    void laneAboutToBeRemoved(const QUuid &id);
    void laneRemoved(const QUuid &id);
    void laneChanged(const QUuid &id);
    void lanesReordered();

    void departmentInserted(const QUuid &id);
    void departmentRemoved(const QUuid &id);
    void departmentChanged(const QUuid &id);

    void personaInserted(const QUuid &id);
    void personaRemoved(const QUuid &id);
    void personaChanged(const QUuid &id);

    void touchpointInserted(const QUuid &id);
    void touchpointAboutToBeRemoved(const QUuid &id);
    void touchpointRemoved(const QUuid &id);
    void touchpointChanged(const QUuid &id);
    // Emitted with touchpointChanged: which fields changed (journey.h), so views skip work
    // that does not depend on them.
    void touchpointFieldsChanged(const QUuid &id, waymark::TouchpointFields fields);
    // Cards changed cell or order; `ids` are the cards whose cell or in-cell order changed.
    void touchpointsMoved(const QList<QUuid> &ids);

    void connectionInserted(const QUuid &id);
    void connectionRemoved(const QUuid &id);
    void connectionChanged(const QUuid &id);

    void datasetInserted(const QUuid &id);
    void datasetRemoved(const QUuid &id);
    void datasetChanged(const QUuid &id);
    // The rows of a dataset opened as its summary have been read (journeydocumentrows.cpp),
    // after datasetChanged; `problem` (translated) says why they could not be, or that the
    // file's summary was not theirs — empty when all is well.
    void datasetRowsRead(const QUuid &id, const QString &problem);

    void participantInserted(const QUuid &id);
    void participantRemoved(const QUuid &id);
    void participantChanged(const QUuid &id);
    void voteInserted(const QUuid &id);
    void voteRemoved(const QUuid &id);
    void voteChanged(const QUuid &id);
    void agendaItemInserted(const QUuid &id);
    void agendaItemRemoved(const QUuid &id);
    void agendaItemChanged(const QUuid &id);
    void commentInserted(const QUuid &id);
    void commentRemoved(const QUuid &id);
    void commentChanged(const QUuid &id);
    void opportunityInserted(const QUuid &id);
    void opportunityRemoved(const QUuid &id);
    void opportunityChanged(const QUuid &id);
    void scenarioInserted(const QUuid &id);
    void scenarioRemoved(const QUuid &id);
    void scenarioChanged(const QUuid &id);

    void reviewOnlyChanged(bool reviewOnly);
    void activeParticipantChanged(const QUuid &participantId);
    // A command was refused in review mode; `what` is its undo text ("Move card").
    void editRefused(const QString &what);

    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    // Asks every dataset still reading its rows to say when it is done (journeydocumentrows.cpp).
    void watchPendingRows();
    void rowsRead(const QUuid &datasetId, const std::shared_ptr<PendingAnswers> &pending);

    using IdSignal = void (JourneyDocument::*)(const QUuid &);
    // The shared bodies of the per-kind mutators: change the list, then signal.
    template <typename T>
    void insertEntity(std::vector<T> &items, int index, const T &item, IdSignal inserted);
    template <typename T>
    void removeEntity(std::vector<T> &items, int index, IdSignal aboutToRemove, IdSignal removed);
    template <typename T>
    void replaceEntity(std::vector<T> &items, const T &item, IdSignal changed);

    Journey mJourney;
    QUndoStack mUndoStack;
    mutable StatisticsCache mStatistics;
    QString mFilePath;
    bool mReviewOnly = false;
    QUuid mActiveParticipant;
};

} // namespace waymark
