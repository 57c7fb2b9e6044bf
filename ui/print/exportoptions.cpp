#include "exportoptions.h"

#include "charts/chartdata.h"
#include "journey.h"

#include <QCoreApplication>

namespace waymark {

namespace {
struct ExportOptionsText {
    Q_DECLARE_TR_FUNCTIONS(ExportOptions)
};
} // namespace

QList<QPageSize::PageSizeId> exportPageSizes()
{
    return {QPageSize::A4, QPageSize::A3, QPageSize::A2, QPageSize::A1, QPageSize::Letter, QPageSize::Tabloid};
}

std::optional<QPageSize::PageSizeId> pageSizeFromName(const QString &name)
{
    for (QPageSize::PageSizeId id : exportPageSizes())
        if (pageSizeName(id).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return id;
    return std::nullopt;
}

QString pageSizeName(QPageSize::PageSizeId id)
{
    switch (id) {
    case QPageSize::Letter: return QStringLiteral("Letter");
    case QPageSize::Tabloid: return QStringLiteral("Tabloid");
    default: return QPageSize::key(id); // "A4", …
    }
}

std::optional<MapLayers> layersFromList(const QString &list, QString *error)
{
    MapLayers layers;
    layers.effort = layers.heatmap = layers.emotion = layers.nps = layers.clv = layers.evidence = false;
    for (const QString &raw : list.split(u',', Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed().toLower();
        if (name == QLatin1String("effort"))
            layers.effort = true;
        else if (name == QLatin1String("heatmap"))
            layers.heatmap = true;
        else if (name == QLatin1String("emotion"))
            layers.emotion = true;
        else if (name == QLatin1String("nps"))
            layers.nps = true;
        else if (name == QLatin1String("clv"))
            layers.clv = true;
        else if (name == QLatin1String("evidence"))
            layers.evidence = true;
        else {
            *error = ExportOptionsText::tr("unknown layer “%1” (effort, heatmap, emotion, nps, clv, evidence)").arg(raw);
            return std::nullopt;
        }
    }
    return layers;
}

QString describeLayers(const MapLayers &layers)
{
    QStringList names;
    if (layers.effort)
        names << ExportOptionsText::tr("effort badges");
    if (layers.heatmap)
        names << ExportOptionsText::tr("heatmap (%1)").arg(layers.heatChoice().name());
    if (layers.emotion)
        names << ExportOptionsText::tr("emotion curve");
    if (layers.nps)
        names << ExportOptionsText::tr("NPS");
    if (layers.clv)
        names << ExportOptionsText::tr("CLV at risk");
    if (layers.evidence)
        names << ExportOptionsText::tr("evidence");
    return names.isEmpty() ? ExportOptionsText::tr("cards only") : names.join(QStringLiteral(", "));
}

QStringList defaultSummaryKpis(const Journey &journey)
{
    QStringList present;
    for (const Metric *metric : journey.metricsWithData())
        present << metric->key();
    const QString nps = QStringLiteral("nps"), csat = QStringLiteral("csat");
    if (present.contains(nps) && present.contains(csat))
        return {nps, csat};
    return present; // the registry's order: NPS first
}

QStringList summaryKpis(const Journey &journey)
{
    QStringList kpis;
    for (const QString &raw : journey.settings.value(summaryKpisSetting).split(u',', Qt::SkipEmptyParts)) {
        const QString key = raw.trimmed().toLower();
        if (!kpis.contains(key) && metricByKey(key) && journey.newestDataset(key))
            kpis << key;
    }
    return kpis.isEmpty() ? defaultSummaryKpis(journey) : kpis;
}

} // namespace waymark
