#pragma once

#include "effortscore.h"

#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace waymark {

// What a printed or exported map shows, as on screen.
struct MapLayers {
    bool effort = true;     // time and money badges, emotion discs on the cards
    bool heatmap = false;   // cards coloured by `heat`
    EffortDimension heat = EffortDimension::Composite;
    bool emotion = true;    // the emotion curve
    bool nps = true;        // NPS badges on cards and stages (with NPS data)
    bool clv = true;        // CLV at risk on cards (with NPS and CLV data)
    bool operator==(const MapLayers &) const = default;
};

// One PDF / print job: page, fit or tile, layers, summary, and who it is for.
struct ExportOptions {
    QPageSize::PageSizeId page = QPageSize::A3;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    bool tile = false;          // false: the whole map on one page
    double overlapMm = 10;      // tiles overlap by this much, for gluing a poster
    bool summary = false;       // executive summary pages in front of the map
    MapLayers layers;
    QUuid department;           // null: every department; else a PDF for one department head
    QString fileName;           // shown in the page header
    bool operator==(const ExportOptions &) const = default;
};

// "A4", "A3", "A2", "A1", "Letter", "Tabloid" (case-insensitive).
std::optional<QPageSize::PageSizeId> pageSizeFromName(const QString &name);
QString pageSizeName(QPageSize::PageSizeId id);
QList<QPageSize::PageSizeId> exportPageSizes();

// "effort,heatmap,emotion,nps,clv" (any subset; empty: none). nullopt with `error` naming an
// unknown layer.
std::optional<MapLayers> layersFromList(const QString &list, QString *error);
// The layers as a reader sees them, translated: "effort, emotion curve, NPS".
QString describeLayers(const MapLayers &layers);

} // namespace waymark
