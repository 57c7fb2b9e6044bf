#pragma once

#include "data/metricheat.h"

#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace waymark {

class Journey;

// What a printed or exported map shows, as on screen.
struct MapLayers {
    bool effort = true;     // time and money badges, emotion discs on the cards
    bool heatmap = false;   // cards coloured by `heat`, or by `heatMetric` when it is set
    EffortDimension heat = EffortDimension::Composite;
    QString heatMetric;     // a survey metric's key ("csat"): cards coloured by how bad its figure is
    bool emotion = true;    // the emotion curve
    bool nps = true;        // survey badges on cards and stages, of `badgeMetric` (NPS by default)
    QString badgeMetric = QStringLiteral("nps");
    bool clv = true;        // CLV at risk on cards (with NPS and CLV data)
    bool evidence = false;  // what each card rests on (evidence/cardevidence.h)
    bool operator==(const MapLayers &) const = default;
    // The heatmap these layers ask for (off without `heatmap`).
    HeatmapChoice heatChoice() const
    {
        return !heatmap ? HeatmapChoice() : heatMetric.isEmpty() ? HeatmapChoice(heat) : HeatmapChoice::metric(heatMetric);
    }
};

// One PDF / print job: page, fit or tile, layers, summary, and who it is for.
struct ExportOptions {
    QPageSize::PageSizeId page = QPageSize::A3;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    bool tile = false;          // false: the whole map on one page
    double overlapMm = 10;      // tiles overlap by this much, for gluing a poster
    bool summary = false;       // executive summary pages in front of the map
    bool future = false;        // a page with the future-state map (the chosen scenario applied) after the map
    bool pictures = false;      // the cards' pictures, with their cards and captions, after the map
    bool personas = false;      // persona cards before the map (when a persona has more than a name: PersonaPage::applies)
    MapLayers layers;
    QUuid department;           // null: every department; else a PDF for one department head
    QString fileName;           // shown in the page header
    bool operator==(const ExportOptions &) const = default;
};

// "A4", "A3", "A2", "A1", "Letter", "Tabloid" (case-insensitive).
std::optional<QPageSize::PageSizeId> pageSizeFromName(const QString &name);
QString pageSizeName(QPageSize::PageSizeId id);
QList<QPageSize::PageSizeId> exportPageSizes();

// "effort,heatmap,emotion,nps,clv,evidence" (any subset; empty: none). nullopt with `error` naming an
// unknown layer.
std::optional<MapLayers> layersFromList(const QString &list, QString *error);
// The layers as a reader sees them, translated: "effort, emotion curve, NPS".
QString describeLayers(const MapLayers &layers);

// The key figures of the executive summary (one tile each; the first one's trend and stages
// are charted) are the journey's choice, kept in its settings so they travel with the file:
// "summary/kpis" = comma-separated metric keys ("nps,csat").
inline const QString summaryKpisSetting = QStringLiteral("summary/kpis");
// Without a choice: NPS and CSAT when the journey has both, else every metric it has data
// for (NPS first).
QStringList defaultSummaryKpis(const Journey &journey);
// The setting's metrics that have data, in its order, without repeats; the default when none.
QStringList summaryKpis(const Journey &journey);

} // namespace waymark
