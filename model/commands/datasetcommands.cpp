#include "datasetcommands.h"

#include <QCoreApplication>

namespace waymark {

namespace {
int datasetIndexOf(const Journey &journey, const QUuid &id)
{
    for (std::size_t i = 0; i < journey.datasets.size(); ++i) {
        if (journey.datasets[i]->id == id)
            return int(i);
    }
    return -1;
}
} // namespace

AddDataset::AddDataset(JourneyDocument *document, Dataset dataset, QUndoCommand *parent)
    : JourneyCommand(document, QCoreApplication::translate("UndoCommands", "Import “%1”").arg(dataset.name), parent)
    , mIndex(int(document->journey().datasets.size()))
{
    if (dataset.id.isNull())
        dataset.id = QUuid::createUuid();
    mDataset = DatasetRef(std::move(dataset));
}

void AddDataset::redo()
{
    document()->insertDataset(key(), mIndex, mDataset);
}

void AddDataset::undo()
{
    document()->removeDataset(key(), mIndex);
}

RemoveDataset::RemoveDataset(JourneyDocument *document, const QUuid &id, QUndoCommand *parent)
    : JourneyCommand(document, QCoreApplication::translate("UndoCommands", "Delete dataset"), parent)
    , mIndex(datasetIndexOf(document->journey(), id))
{
    if (mIndex < 0) {
        setObsolete(true);
        return;
    }
    mDataset = document->journey().datasets[std::size_t(mIndex)];
    setText(QCoreApplication::translate("UndoCommands", "Delete dataset “%1”").arg(mDataset->name));
}

void RemoveDataset::redo()
{
    if (mIndex >= 0)
        document()->removeDataset(key(), mIndex);
}

void RemoveDataset::undo()
{
    if (mIndex >= 0)
        document()->insertDataset(key(), mIndex, mDataset);
}

ReplaceDataset::ReplaceDataset(JourneyDocument *document, Dataset replacement, const QString &text, QUndoCommand *parent)
    : JourneyCommand(document, text, parent)
    , mIndex(datasetIndexOf(document->journey(), replacement.id))
{
    if (mIndex < 0) {
        setObsolete(true);
        return;
    }
    mOld = document->journey().datasets[std::size_t(mIndex)];
    mNew = DatasetRef(std::move(replacement));
    setObsolete(mOld == mNew);
}

void ReplaceDataset::redo()
{
    if (mIndex >= 0)
        document()->replaceDataset(key(), mIndex, mNew);
}

void ReplaceDataset::undo()
{
    if (mIndex >= 0)
        document()->replaceDataset(key(), mIndex, mOld);
}

} // namespace waymark
