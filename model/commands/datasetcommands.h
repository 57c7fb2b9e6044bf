#pragma once

#include "commands/journeycommand.h"

namespace waymark {

// Adds an imported dataset (an import is one undo step; the file changes only on save).
class AddDataset : public JourneyCommand
{
public:
    AddDataset(JourneyDocument *document, Dataset dataset, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    DatasetRef mDataset;
    int mIndex;
};

// Removes a dataset; undo puts it back where it was.
class RemoveDataset : public JourneyCommand
{
public:
    RemoveDataset(JourneyDocument *document, const QUuid &id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    DatasetRef mDataset;
    int mIndex = -1;
};

// Replaces a dataset by a new version with the same id: a rename, or new rows from a newer
// file (the name stays unless the caller changes it).
class ReplaceDataset : public JourneyCommand
{
public:
    ReplaceDataset(JourneyDocument *document, Dataset replacement, const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    DatasetRef mOld;
    DatasetRef mNew;
    int mIndex = -1;
};

} // namespace waymark
