// A journey opened with datasets as their summaries (format/waymarkdatasets.h): telling the
// views when the rows behind them have been read.
#include "journeydocument.h"

#include "data/pendinganswers.h"

namespace waymark {

void JourneyDocument::watchPendingRows()
{
    for (const DatasetRef &dataset : mJourney.datasets) {
        const std::shared_ptr<PendingAnswers> pending = dataset->pendingRows;
        if (!pending)
            continue;
        const QUuid id = dataset->id;
        // A weak pointer: a journey closed before its rows arrive must not be kept waiting.
        pending->whenReady(this, [this, id, weak = std::weak_ptr<PendingAnswers>(pending)] {
            if (const auto still = weak.lock())
                rowsRead(id, still);
        });
    }
}

void JourneyDocument::rowsRead(const QUuid &datasetId, const std::shared_ptr<PendingAnswers> &pending)
{
    const auto at = std::find_if(mJourney.datasets.begin(), mJourney.datasets.end(),
                                 [&](const DatasetRef &d) { return d->id == datasetId && d->pendingRows == pending; });
    if (at == mJourney.datasets.end())
        return; // removed or replaced meanwhile; an undo that brings it back brings its rows too
    const PendingAnswers::Outcome &read = pending->outcome();
    if (read.summary) {
        // The file's summary was not its rows': the views count from the rows' own from now on.
        // Not an edit (nothing to undo, nothing unsaved): what the file should have said.
        Dataset corrected = **at;
        corrected.answers = {};
        corrected.answers.edit() = *read.summary;
        *at = DatasetRef(std::move(corrected));
        mStatistics.clear();
    }
    emit datasetChanged(datasetId);
    emit datasetRowsRead(datasetId, read.rows ? read.warning : read.error);
}

} // namespace waymark
