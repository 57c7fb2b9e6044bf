#pragma once

#include "warehouse/postgressource.h"

#include <QStringList>

#include <optional>

// A dataset of a journey whose answers stay in PostgreSQL (issue 20). The journey keeps the
// aggregates only — answers per score and group, grouped by every dimension a journey's views
// use that the source has a column for (touchpoint, stage, segment, channel, department,
// location, month) — and, in its settings, where they come from: the server's URL without any
// password, the table or the query, the metric and the column mapping. Anyone who can reach
// the server refreshes them; a refresh that fails leaves the last good aggregates in place.
namespace waymark {

class Journey;
class JourneyDocument;

// The journey setting that holds a live dataset's source: "data/live/<dataset id>".
QString liveSourceKey(const QUuid &datasetId);
// The source as the setting keeps it (compact JSON: url, table or query, metric, mapping).
QString encodeLiveSource(const PostgresAnswerSource &source);
// nullopt with `error` saying what is wrong in the setting's text.
std::optional<PostgresAnswerSource> decodeLiveSource(const QString &text, QString *error);
// The ids of the journey's datasets that have a source on a server, in the journey's order.
QList<QUuid> liveDatasets(const Journey &journey);

// The source's answers grouped for a journey (above); nullopt with `error`.
std::optional<PostgresAnswers> readLiveDataset(const PostgresAnswerSource &source, const PostgresLimits &limits, QString *error);

// Adds a dataset read from `source` and its source, as one undo step ("Add data from a server").
void addLiveDataset(JourneyDocument *document, Dataset dataset, const PostgresAnswerSource &source);

struct LiveRefresh {
    std::optional<Dataset> dataset; // the new aggregates, with the dataset's id and name; nullopt: failed
    QStringList warnings;           // rows left out (NULL or off-scale scores), translated
    QString error;                  // why it failed, naming the dataset and the server
};
// Reads the dataset `datasetId` of the journey anew from its source (off the GUI thread if
// the caller likes: it touches only its arguments).
LiveRefresh refreshLiveDataset(const Journey &journey, const QUuid &datasetId, const PostgresLimits &limits);

} // namespace waymark
