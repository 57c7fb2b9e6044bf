#include "warehouse/livedataset.h"

#include "commands/datasetcommands.h"
#include "commands/editjourneysettings.h"
#include "data/importmapping.h"
#include "journeydocument.h"
#include "warehouse/livesourcetrust.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace waymark {

namespace {

struct LiveDatasetText {
    Q_DECLARE_TR_FUNCTIONS(LiveDataset)
};

const QString prefix = QStringLiteral("data/live/");

// The dimensions a journey's views group by; months give quarters and years too.
const std::vector<Dimension> journeyDimensions{Dimension::Touchpoint, Dimension::Stage,      Dimension::Segment, Dimension::Channel,
                                               Dimension::Department, Dimension::Location, Dimension::Month};

} // namespace

QString liveSourceKey(const QUuid &datasetId)
{
    return prefix + datasetId.toString(QUuid::WithoutBraces);
}

QString encodeLiveSource(const PostgresAnswerSource &source)
{
    QJsonObject object{{QStringLiteral("url"), source.address.display()}, {QStringLiteral("metric"), source.metric}};
    if (!source.table.isEmpty())
        object.insert(QStringLiteral("table"), source.table);
    else
        object.insert(QStringLiteral("query"), source.query);
    const ImportTarget target = ImportTarget::fromKey(source.metric);
    const QStringList fields = importFieldKeys(target);
    QJsonObject mapping;
    for (auto it = source.mapping.cbegin(); it != source.mapping.cend(); ++it)
        mapping.insert(it.key(), fields.value(it.value()));
    if (!mapping.isEmpty())
        object.insert(QStringLiteral("mapping"), mapping);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<PostgresAnswerSource> decodeLiveSource(const QString &text, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parse);
    if (!document.isObject()) {
        *error = LiveDatasetText::tr("the source is not a JSON object (%1)").arg(parse.errorString());
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    PostgresAnswerSource source;
    const auto address = parsePostgresUrl(object.value(QStringLiteral("url")).toString(), error);
    if (!address)
        return std::nullopt;
    source.address = *address;
    source.table = object.value(QStringLiteral("table")).toString();
    source.query = object.value(QStringLiteral("query")).toString();
    source.metric = object.value(QStringLiteral("metric")).toString(QStringLiteral("nps"));
    if (source.table.isEmpty() == source.query.isEmpty()) {
        *error = LiveDatasetText::tr("the source names neither a table nor a query, or both");
        return std::nullopt;
    }
    const QStringList fields = importFieldKeys(ImportTarget::fromKey(source.metric));
    const QJsonObject mapping = object.value(QStringLiteral("mapping")).toObject();
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
        const int field = int(fields.indexOf(it.value().toString()));
        if (field < 0) {
            *error = LiveDatasetText::tr("column “%1” is mapped to “%2”, which is no field of %3").arg(it.key(), it.value().toString(), source.metric);
            return std::nullopt;
        }
        source.mapping.insert(it.key(), field);
    }
    return source;
}

QList<QUuid> liveDatasets(const Journey &journey)
{
    QList<QUuid> ids;
    for (const DatasetRef &dataset : journey.datasets)
        if (journey.settings.contains(liveSourceKey(dataset->id)))
            ids << dataset->id;
    return ids;
}

std::optional<PostgresAnswers> readLiveDataset(const PostgresAnswerSource &source, const PostgresLimits &limits, QString *error)
{
    return readPostgresAnswers(source, journeyDimensions, limits, error, MissingDimension::Skip);
}

void addLiveDataset(JourneyDocument *document, Dataset dataset, const PostgresAnswerSource &source)
{
    const UndoMacro step(document, LiveDatasetText::tr("Add data from a server"));
    const QUuid id = dataset.id;
    document->push(new AddDataset(document, std::move(dataset)));
    document->push(new EditJourneySettings(document, {{liveSourceKey(id), encodeLiveSource(source)}}, QString()));
    trustLiveSource(source); // the user named it: refreshing it later asks nothing
}

LiveRefresh refreshLiveDataset(const Journey &journey, const QUuid &datasetId, const PostgresLimits &limits)
{
    LiveRefresh refresh;
    const auto dataset = std::find_if(journey.datasets.begin(), journey.datasets.end(),
                                      [&](const DatasetRef &each) { return each->id == datasetId; });
    if (dataset == journey.datasets.end()) {
        refresh.error = LiveDatasetText::tr("the journey has no such dataset");
        return refresh;
    }
    const QString name = (*dataset)->name;
    QString why;
    const auto source = decodeLiveSource(journey.settings.value(liveSourceKey(datasetId)), &why);
    if (!source) {
        refresh.error = LiveDatasetText::tr("“%1”: %2").arg(name, why);
        return refresh;
    }
    auto answers = readLiveDataset(*source, limits, &why);
    if (!answers) {
        refresh.error = LiveDatasetText::tr("“%1” kept its last figures: %2").arg(name, why);
        return refresh;
    }
    answers->dataset.id = datasetId;
    answers->dataset.name = name;
    refresh.dataset = std::move(answers->dataset);
    refresh.warnings = answers->warnings;
    return refresh;
}

} // namespace waymark
