#include "server/serverdatasets.h"

#include "format/journeyjson.h"
#include "journey.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace waymark::ServerDatasets {

namespace {

struct ServerDatasetsText {
    Q_DECLARE_TR_FUNCTIONS(ServerDatasets)
};

const QString datasetsKey = QStringLiteral("datasets");

// A journey holding nothing but `datasets`: the format's writer and reader are the one place
// that knows a dataset's JSON, so a dataset alone travels as such a journey's item.
QJsonObject frameOf(std::vector<DatasetRef> datasets)
{
    Journey alone;
    alone.id = QUuid(QStringLiteral("{00000000-0000-4000-8000-000000000008}")); // any fixed id: only the datasets are read back
    alone.title = QStringLiteral("dataset");
    alone.datasets = std::move(datasets);
    return QJsonDocument::fromJson(JourneyJson::toJson(alone)).object();
}

} // namespace

QJsonObject toJson(const Dataset &dataset)
{
    return frameOf({DatasetRef(dataset)})[datasetsKey].toArray().at(0).toObject();
}

QByteArray toText(const Dataset &dataset)
{
    return QJsonDocument(toJson(dataset)).toJson(QJsonDocument::Compact);
}

std::optional<DatasetRef> fromText(const QByteArray &body, FormatError *error)
{
    // The frame without datasets, then the body spliced in as its one dataset.
    QJsonObject frame = frameOf({});
    frame.remove(datasetsKey);
    QByteArray document = QJsonDocument(frame).toJson(QJsonDocument::Compact);
    document.chop(1); // its closing brace (the frame has keys: id, title, …)
    document += ",\"datasets\":[" + body + "]}";
    FormatError problem;
    auto journey = JourneyJson::fromJson(document, &problem);
    if (!journey || journey->datasets.size() != 1) {
        if (error) {
            *error = problem;
            // The path inside the dataset, not inside the frame it was read in.
            const QString prefix = QStringLiteral("/datasets/0");
            if (error->path.startsWith(prefix))
                error->path = error->path.mid(prefix.size());
            if (journey)
                error->message = ServerDatasetsText::tr("not one dataset");
        }
        return std::nullopt;
    }
    return journey->datasets.front();
}

QString megabytes(qint64 bytes)
{
    return ServerDatasetsText::tr("%1 MB").arg(QLocale().toString(double(bytes) / double(1 << 20), 'f', 1));
}

} // namespace waymark::ServerDatasets
