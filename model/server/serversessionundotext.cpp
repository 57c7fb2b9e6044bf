// What the shared Undo and Redo actions name: the step undo() or redo() would take now, in the
// same order they take it (queued edits first while offline), worded by ServerUndoText.
#include "server/serversession.h"

#include "server/serverundotext.h"

namespace waymark {

namespace {

ServerUndoText::Subject subjectOf(const QueuedEdit &edit)
{
    return {edit.kind, edit.entity, edit.field, QJsonValue(QJsonValue::Undefined), edit.value, {}};
}

} // namespace

QString ServerSession::knownDatasetName(const QUuid &id) const
{
    // datasetName() falls back to the id; a removed dataset's change value has its name.
    const QString name = datasetName(id);
    return name == id.toString(QUuid::WithoutBraces) ? QString() : name;
}

QString ServerSession::undoText() const
{
    // The journey before the queued edits names what an edit deleted offline.
    const JourneyParts *earlier = mServerParts ? &*mServerParts : nullptr;
    if (!mConnected && queuedEdits() > 0)
        return ServerUndoText::undoAction(ServerUndoText::describe(subjectOf(mQueue->edits().back()), mParts, earlier));
    if (mUndo.empty())
        return ServerUndoText::undoAction({});
    const UndoStep &step = mUndo.back();
    ServerUndoText::Subject subject{step.kind, step.entity, step.field, step.before, step.after, {}};
    if (step.kind == ServerChangeKind::dataset)
        subject.name = knownDatasetName(step.entity);
    return ServerUndoText::undoAction(ServerUndoText::describe(subject, mParts, earlier));
}

QString ServerSession::redoText() const
{
    const JourneyParts *earlier = mServerParts ? &*mServerParts : nullptr;
    // As redo(): offline, an edit undo took off the queue; otherwise the server's step.
    if (!mOfflineRedo.empty() && (!mConnected || mRedo.empty()))
        return ServerUndoText::redoAction(ServerUndoText::describe(subjectOf(mOfflineRedo.back()), mParts, earlier));
    if (mRedo.empty())
        return ServerUndoText::redoAction({});
    const RedoStep &redo = mRedo.back();
    const UndoStep &step = redo.step;
    // What redo writes again holds the name of a thing the undo took away (an added card's row).
    ServerUndoText::Subject subject{step.kind, step.entity, step.field, redo.again, step.after, {}};
    if (step.kind == ServerChangeKind::dataset)
        subject.name = redo.dataset ? redo.dataset->first->name : knownDatasetName(step.entity);
    return ServerUndoText::redoAction(ServerUndoText::describe(subject, mParts, earlier));
}

} // namespace waymark
