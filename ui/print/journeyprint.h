#pragma once

#include "charts/chartdata.h"
#include "exportoptions.h"
#include "journey.h"

#include <QPageLayout>

#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace waymark {

class PrintableMap;
struct BusinessCase;

// A journey on paper: the pages of one export (summary pages, persona cards, then the map fitted to one page
// or tiled across several with overlaps and assembly marks), each with a header, a footer and
// (map pages) a legend. One renderer for PDF, the printer, the print preview and the command
// line. Everything is laid out in 96-dpi page units; devices are set to 96 dpi so the
// canvas's point-sized fonts keep their size relative to the map.
class JourneyPrint
{
public:
    struct Page {
        enum Kind { Priorities, OpportunityCase, SummaryFigures, SummaryTables, LifetimeValue, Voice, Personas, Map, FutureMap, Pictures } kind = Map;
        // Tile position on map pages; OpportunityCase: its rank (row) and index (column); Personas: which of their pages (row);
        // Pictures: page (row) of pages (column).
        int row = 0, column = 0;
    };

    JourneyPrint(const Journey &journey, ExportOptions options);
    ~JourneyPrint();

    static constexpr int dpi = 96;
    const ExportOptions &options() const { return mOptions; }
    QPageLayout pageLayout() const;        // the chosen size and orientation, no margins (we draw our own)
    QSizeF pageSize() const;               // in page units
    QRectF mapBounds() const;              // the whole map, in scene units
    std::vector<Page> pages() const;
    QSize tiles() const;                   // columns × rows of map pages (1 × 1 when fitted)

    // Paints every page, starting on the device's current page; the device must be set to
    // pageLayout() and 96 dpi (writePdf and the print dialogs do so).
    void paint(QPagedPaintDevice *device) const;
    void paintPage(QPainter &painter, const Page &page, int index, int count) const;

    // Files are written next to their target and renamed into place: never half written.
    bool writePdf(const QString &path, QString *error) const;
    bool writePng(const QString &path, double scale, QString *error) const;
    bool writeSvg(const QString &path, QString *error) const;
    // The largest scale a PNG of this map may have (memory): at most 12,000 px a side.
    double largestPngScale() const;

private:
    QRectF mapArea() const; // where the map goes on a map page, in page units

    Journey mJourney;
    ExportOptions mOptions;
    std::unique_ptr<PrintableMap> mMap;
    ChartData mData;
    std::unique_ptr<BusinessCase> mBusinessCase; // with the summary, when the journey has opportunities
    std::unique_ptr<PrintableMap> mFutureMap;    // with `future`, when the journey has opportunities
    QString mFutureName;                         // the scenario the future map applies
};

} // namespace waymark
