// Redo of one's own undone dataset import, replacement (a re-import, a refresh, a rename) or
// removal (docs/server.md, "Redo"): the version the undo took away is kept with the redo step
// (in memory, as undo keeps the earlier one; it goes when redo is no longer possible) and
// written again through the session's dataset writer, which also refuses a change of someone
// else the session has not applied yet.
#include "server/serverredo.h"

#include "server/serversql.h"
#include "server/serversessiontext.h"

#include <QCoreApplication>

#include <algorithm>

namespace waymark {

std::optional<std::pair<DatasetRef, qint64>> ServerRedo::datasetVersion(const ServerSession &session, const QUuid &dataset)
{
    const auto it = std::find_if(session.mDatasets.begin(), session.mDatasets.end(), [&](const DatasetRef &item) { return item->id == dataset; });
    if (it == session.mDatasets.end())
        return std::nullopt;
    const auto seq = session.mDatasetSeq.find(dataset);
    return std::pair{*it, seq == session.mDatasetSeq.end() ? qint64(0) : seq->second};
}

std::optional<QString> ServerRedo::datasetRefusal(const ServerSession &session, const RedoStep &redo)
{
    const ServerSession::UndoStep &step = redo.step;
    // Named as the window shows it now, or as it was when it is gone.
    const bool shown = datasetVersion(session, step.entity).has_value();
    const QString name = shown || !redo.dataset ? session.datasetName(step.entity) : redo.dataset->first->name;
    if (const ServerChange *by = othersOnAfter(session, step.entity, redo.undoneBy)) {
        if (by->field == ServerChangeField::deleted)
            return ServerSessionText::tr("cannot redo: %1 removed the dataset “%2” since (change %3)").arg(by->author, name).arg(by->id);
        if (by->field == ServerChangeField::added)
            return ServerSessionText::tr("cannot redo: %1 added the dataset “%2” again since (change %3)").arg(by->author, name).arg(by->id);
        return ServerSessionText::tr("cannot redo: %1 replaced the dataset “%2” since (change %3)").arg(by->author, name).arg(by->id);
    }
    if (step.field != ServerChangeField::deleted && !redo.dataset)
        return ServerSessionText::tr("cannot redo: the dataset “%1” is not on this laptop any more").arg(name);
    return std::nullopt;
}

std::optional<qint64> ServerRedo::reapplyDataset(ServerSession &session, const RedoStep &redo, QString *error)
{
    const ServerSession::UndoStep &step = redo.step;
    if (step.field == ServerChangeField::deleted)
        return session.removeDataset(step.entity, error);
    const DatasetRef &version = redo.dataset->first;
    if (step.field == ServerChangeField::added) // back at its place
        return session.writeDataset(ServerChangeField::added, step.entity, &version, redo.dataset->second, error);
    return session.replaceDataset(version, error);
}

} // namespace waymark
