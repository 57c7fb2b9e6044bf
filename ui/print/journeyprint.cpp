#include "journeyprint.h"

#include "lifetimevaluepage.h"
#include "voicepage.h"
#include "picturespage.h"
#include "pagedecor.h"
#include "printablemap.h"
#include "opportunitypage.h"
#include "personapage.h"
#include "prioritiespage.h"
#include "summarypages.h"

#include "business/businesscase.h"
#include "business/futurestate.h"
#include "business/journeystate.h"
#include "data/statisticscache.h"
#include "print/printpagestext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace waymark {

namespace {
constexpr double marginMm = 10;
} // namespace

JourneyPrint::JourneyPrint(const Journey &journey, ExportOptions options)
    : mJourney(journey)
    , mOptions(std::move(options))
    , mMap(std::make_unique<PrintableMap>(journey, mOptions.layers, mOptions.department))
    , mData(chartData(journey))
{
    if (mOptions.summary && PrioritiesPage::applies(journey)) {
        const BusinessSettings settings = BusinessSettings::fromSettings(journey.settings);
        mBusinessCase = std::make_unique<BusinessCase>(computeBusinessCase(journey, settings, journey.scenario(settings.chosenScenario)));
    }
    if (mOptions.future && !journey.opportunities.empty()) {
        const std::vector<QUuid> ids = chosenOpportunities(journey, &mFutureName);
        mFutureMap = std::make_unique<PrintableMap>(applyOpportunities(journey, ids).journey, mOptions.layers, mOptions.department);
    }
}

JourneyPrint::~JourneyPrint() = default;

QPageLayout JourneyPrint::pageLayout() const
{
    return QPageLayout(QPageSize(mOptions.page), mOptions.orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

QSizeF JourneyPrint::pageSize() const
{
    return pageLayout().fullRectPixels(dpi).size();
}

QRectF JourneyPrint::mapBounds() const
{
    return mMap->bounds();
}

QRectF JourneyPrint::mapArea() const
{
    const double margin = PageDecor::mm(marginMm);
    const QRectF page = QRectF(QPointF(0, 0), pageSize()).adjusted(margin, margin, -margin, -margin);
    return page.adjusted(0, PageDecor::headerHeight() + 6, 0, -(PageDecor::footerHeight() + PageDecor::legendHeight() + 8));
}

QSize JourneyPrint::tiles() const
{
    if (!mOptions.tile)
        return {1, 1};
    // Tiles print the map at 100 %, as on screen; neighbours share `overlap` for gluing.
    const QRectF area = mapArea();
    const double overlap = PageDecor::mm(mOptions.overlapMm);
    const QRectF bounds = mapBounds();
    const auto count = [&](double total, double page) {
        return std::max(1, int(std::ceil((total - overlap) / std::max(1.0, page - overlap) - 1e-9)));
    };
    return {count(bounds.width(), area.width()), count(bounds.height(), area.height())};
}

std::vector<JourneyPrint::Page> JourneyPrint::pages() const
{
    std::vector<Page> pages;
    if (mBusinessCase) { // what to fix first comes before the figures behind it
        pages.push_back({Page::Priorities, 0, 0});
        const std::vector<int> ranked = rankOpportunities(*mBusinessCase, RankBy::Npv);
        for (std::size_t i = 0; i < ranked.size() && i < std::size_t(OpportunityPage::topCount); ++i)
            pages.push_back({Page::OpportunityCase, int(i) + 1, ranked[i]});
    }
    if (mOptions.summary) {
        pages.push_back({Page::SummaryFigures, 0, 0});
        pages.push_back({Page::SummaryTables, 0, 0});
        if (LifetimeValuePage::applies(mJourney))
            pages.push_back({Page::LifetimeValue, 0, 0});
        if (VoicePage::applies(mJourney))
            pages.push_back({Page::Voice, 0, 0});
    }
    // Who goes through the journey, just before the map they go through.
    if (mOptions.personas && PersonaPage::applies(mJourney))
        for (int i = 0, count = PersonaPage::pageCount(mJourney, mapArea().width()); i < count; ++i)
            pages.push_back({Page::Personas, i, 0});
    const QSize grid = tiles();
    for (int row = 0; row < grid.height(); ++row)
        for (int column = 0; column < grid.width(); ++column)
            pages.push_back({Page::Map, row, column});
    if (mFutureMap)
        pages.push_back({Page::FutureMap, 0, 0});
    if (mOptions.pictures) {
        const int count = int(PicturesPage::paginate(mJourney, mapArea().size()).size());
        for (int page = 0; page < count; ++page)
            pages.push_back({Page::Pictures, page, count});
    }
    return pages;
}

void JourneyPrint::paintPage(QPainter &painter, const Page &page, int index, int count) const
{
    const double margin = PageDecor::mm(marginMm);
    const QRectF full(QPointF(0, 0), pageSize());
    painter.fillRect(full, Qt::white);
    const QRectF inner = full.adjusted(margin, margin, -margin, -margin);
    QString subtitle;
    const QSize grid = tiles();
    switch (page.kind) {
    case Page::Priorities:
        subtitle = PrintPagesText::tr("Findings and priorities");
        break;
    case Page::OpportunityCase:
        subtitle = PrintPagesText::tr("Business case of a top opportunity");
        break;
    case Page::FutureMap:
        subtitle = mFutureName.isEmpty() ? PrintPagesText::tr("Future state: the journey with every opportunity applied")
                                         : PrintPagesText::tr("Future state: the journey after “%1”").arg(mFutureName);
        break;
    case Page::SummaryFigures:
        subtitle = PrintPagesText::tr("Executive summary");
        break;
    case Page::SummaryTables:
        subtitle = PrintPagesText::tr("Executive summary: where the effort is");
        break;
    case Page::LifetimeValue:
        subtitle = PrintPagesText::tr("Executive summary: lifetime value and churn");
        break;
    case Page::Voice:
        subtitle = PrintPagesText::tr("Executive summary: what customers say");
        break;
    case Page::Pictures:
        subtitle = page.column > 1 ? PrintPagesText::tr("Pictures on the cards (%1 of %2)").arg(page.row + 1).arg(page.column)
                                   : PrintPagesText::tr("Pictures on the cards");
        break;
    case Page::Personas: {
        const int personaPages = PersonaPage::pageCount(mJourney, mapArea().width());
        subtitle = personaPages > 1 ? PrintPagesText::tr("Personas (%1 of %2)").arg(page.row + 1).arg(personaPages) : PrintPagesText::tr("Personas");
        break;
    }
    case Page::Map:
        subtitle = grid == QSize(1, 1) ? PrintPagesText::tr("Journey map") : PrintPagesText::tr("Journey map — row %1, column %2 (of %3 × %4)")
                                                                 .arg(page.row + 1).arg(page.column + 1).arg(grid.height()).arg(grid.width());
        if (!mOptions.department.isNull())
            if (const Department *department = mJourney.department(mOptions.department))
                subtitle += QStringLiteral("  ·  ") + PrintPagesText::tr("%1's touchpoints highlighted").arg(department->name);
        if (!mJourney.description.isEmpty())
            subtitle += QStringLiteral("  ·  ") + mJourney.description.section(u'\n', 0, 0).left(160);
        break;
    }
    PageDecor::paintHeader(painter, inner, mJourney, mOptions.fileName, subtitle);
    PageDecor::paintFooter(painter, inner, index + 1, count);
    const QRectF area = mapArea();
    const PageDecor::HeatLegend heat = mMap->heatLegend(); // the map's own scale, counted once
    PageDecor::paintLegend(painter, QRectF(area.left(), area.bottom() + 4, area.width(), PageDecor::legendHeight()), mJourney, mOptions, &heat);
    const QRectF content(area.left(), area.top(), area.width(), area.height()); // every page keeps the same frame

    if (page.kind == Page::Priorities) {
        PrioritiesPage::paint(painter, content, mJourney, *mBusinessCase);
        return;
    }
    if (page.kind == Page::OpportunityCase) {
        OpportunityPage::paint(painter, content, mJourney, *mBusinessCase, mBusinessCase->opportunities[std::size_t(page.column)], page.row);
        return;
    }
    if (page.kind == Page::SummaryFigures) {
        SummaryPages::paintFigures(painter, content, mJourney, mData);
        return;
    }
    if (page.kind == Page::SummaryTables) {
        SummaryPages::paintTables(painter, content, mJourney, mData);
        return;
    }
    if (page.kind == Page::LifetimeValue) {
        StatisticsCache cache; // one page, one fit
        LifetimeValuePage::paint(painter, content, mJourney, cache);
        return;
    }
    if (page.kind == Page::Voice) {
        VoicePage::paint(painter, content, mJourney);
        return;
    }
    if (page.kind == Page::Pictures) {
        const auto pictures = PicturesPage::paginate(mJourney, content.size());
        if (page.row < int(pictures.size()))
            PicturesPage::paint(painter, content, mJourney, pictures[std::size_t(page.row)]);
        return;
    }
    if (page.kind == Page::Personas) {
        PersonaPage::paint(painter, content, mJourney, page.row);
        return;
    }
    if (page.kind == Page::FutureMap) { // always fitted: it is read beside today's map, not glued
        const QRectF future = mFutureMap->bounds();
        const double scale = std::min(area.width() / future.width(), area.height() / future.height());
        const QSizeF size = future.size() * scale;
        mFutureMap->render(&painter, QRectF(area.left() + (area.width() - size.width()) / 2, area.top(), size.width(), size.height()), future);
        return;
    }
    const QRectF bounds = mapBounds();
    if (grid == QSize(1, 1) && !mOptions.tile) {
        // Fit: the whole map, as large as the page allows, centred.
        const double scale = std::min(area.width() / bounds.width(), area.height() / bounds.height());
        const QSizeF size = bounds.size() * scale;
        const QRectF target(area.left() + (area.width() - size.width()) / 2, area.top(), size.width(), size.height());
        mMap->render(&painter, target, bounds);
        return;
    }
    // Tile: 100 % scale; this page shows its share of the map, overlapping its neighbours.
    const double overlap = PageDecor::mm(mOptions.overlapMm);
    const QRectF source(bounds.left() + page.column * (area.width() - overlap), bounds.top() + page.row * (area.height() - overlap),
                        area.width(), area.height());
    painter.save();
    painter.setClipRect(area);
    mMap->render(&painter, area, source);
    painter.restore();
    // Assembly marks: where the previous pages' edges fall (glue here), and corner marks.
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x9a, 0xa5, 0xb1), 0.8, Qt::DashLine));
    QFont small;
    small.setPointSizeF(6.5);
    painter.setFont(small);
    if (page.column > 0) {
        painter.drawLine(QPointF(area.left() + overlap, area.top()), QPointF(area.left() + overlap, area.bottom()));
        painter.drawText(QRectF(area.left() + 2, area.top() + 2, overlap - 4, 60), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         PrintPagesText::tr("glue column %1 here").arg(page.column));
    }
    if (page.row > 0) {
        painter.drawLine(QPointF(area.left(), area.top() + overlap), QPointF(area.right(), area.top() + overlap));
        painter.drawText(QRectF(area.left() + overlap + 4, area.top() + 2, 200, overlap - 4), Qt::AlignLeft | Qt::AlignVCenter,
                         PrintPagesText::tr("glue row %1 here").arg(page.row));
    }
    painter.setPen(QPen(QColor(0x5f, 0x6b, 0x7a), 0.8));
    const double tick = 10;
    for (const QPointF &corner : {area.topLeft(), area.topRight(), area.bottomLeft(), area.bottomRight()}) {
        const double dx = corner.x() == area.left() ? -1 : 1;
        const double dy = corner.y() == area.top() ? -1 : 1;
        painter.drawLine(corner, corner + QPointF(dx * tick, 0));
        painter.drawLine(corner, corner + QPointF(0, dy * tick));
    }
    painter.drawText(QRectF(area.right() - 160, area.bottom() - 14, 156, 12), Qt::AlignRight | Qt::AlignVCenter,
                     PrintPagesText::tr("row %1, column %2").arg(page.row + 1).arg(page.column + 1));
    painter.restore();
}

void JourneyPrint::paint(QPagedPaintDevice *device) const
{
    const std::vector<Page> all = pages();
    QPainter painter(device);
    // Lay out in 96-dpi units whatever the device: most devices are set to 96 dpi already.
    const double scale = device->logicalDpiX() / double(dpi);
    if (std::abs(scale - 1.0) > 1e-6)
        painter.scale(scale, scale);
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (i > 0)
            device->newPage();
        paintPage(painter, all[i], int(i), int(all.size()));
    }
}

bool JourneyPrint::writePdf(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = PrintPagesText::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(dpi);
        writer.setPageLayout(pageLayout());
        writer.setTitle(mJourney.title);
        writer.setCreator(QStringLiteral("Waymark ") + QStringLiteral(WAYMARK_VERSION));
        paint(&writer);
    }
    if (!file.commit()) {
        *error = PrintPagesText::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

double JourneyPrint::largestPngScale() const
{
    const QRectF bounds = mapBounds();
    return 12000.0 / std::max({bounds.width(), bounds.height(), 1.0});
}

bool JourneyPrint::writePng(const QString &path, double scale, QString *error) const
{
    const QRectF bounds = mapBounds();
    if (scale <= 0 || scale > largestPngScale() + 1e-9) {
        *error = PrintPagesText::tr("A PNG of this map can be at most %1× (12,000 pixels a side).").arg(QLocale().toString(largestPngScale(), 'f', 2));
        return false;
    }
    QImage image((bounds.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *error = PrintPagesText::tr("Not enough memory for a %1 × %2 image.").arg(image.width()).arg(image.height());
        return false;
    }
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        mMap->render(&painter, QRectF(QPointF(0, 0), bounds.size() * scale), bounds);
    }
    // The file says how large to print it: 96 dpi times the scale keeps the map's size.
    image.setDotsPerMeterX(int(std::lround(dpi * scale / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi * scale / 0.0254)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        *error = PrintPagesText::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool JourneyPrint::writeSvg(const QString &path, QString *error) const
{
    const QRectF bounds = mapBounds();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = PrintPagesText::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setResolution(dpi);
        svg.setSize(bounds.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), bounds.size()));
        svg.setTitle(mJourney.title);
        svg.setDescription(PrintPagesText::tr("Customer journey map made with Waymark"));
        QPainter painter(&svg);
        mMap->render(&painter, QRectF(QPointF(0, 0), bounds.size()), bounds);
    }
    if (!file.commit()) {
        *error = PrintPagesText::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace waymark
