#include "picturespage.h"

#include "journey.h"
#include "pagedecor.h"
#include "printtext.h"
#include "print/printpagestext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace waymark::PicturesPage {

namespace {


using namespace PrintText;

// A grid cell at least this large: a photo of a wall stays readable on A4, and A3 takes eight.
constexpr double cellWidthMm = 90;
constexpr double cellHeightMm = 72;
constexpr double gapMm = 5;

QSize grid(QSizeF area)
{
    const double gap = PageDecor::mm(gapMm);
    const int columns = std::max(1, int((area.width() + gap) / (PageDecor::mm(cellWidthMm) + gap)));
    const int rows = std::max(1, int((area.height() + gap) / (PageDecor::mm(cellHeightMm) + gap)));
    return {columns, rows};
}

// Cards in map order: stage by stage, then lane by lane, then as stacked in the cell.
std::vector<int> cardsInMapOrder(const Journey &journey)
{
    std::vector<int> order;
    for (const Stage &stage : journey.stages)
        for (const Touchpoint *card : journey.touchpointsInStage(stage.id))
            if (!card->images.empty())
                order.push_back(*journey.touchpointIndex(card->id));
    return order;
}

QString elided(const QString &text, const QFont &font, double width)
{
    return QFontMetricsF(font).elidedText(text, Qt::ElideRight, width);
}

} // namespace

int pictureCount(const Journey &journey)
{
    int count = 0;
    for (const Touchpoint &card : journey.touchpoints)
        count += int(card.images.size());
    return count;
}

std::vector<std::vector<Placed>> paginate(const Journey &journey, QSizeF area)
{
    const QSize cells = grid(area);
    const std::size_t perPage = std::size_t(cells.width() * cells.height());
    std::vector<std::vector<Placed>> pages;
    for (int card : cardsInMapOrder(journey)) {
        const std::size_t count = journey.touchpoints[std::size_t(card)].images.size();
        for (std::size_t picture = 0; picture < count; ++picture) {
            if (pages.empty() || pages.back().size() == perPage)
                pages.emplace_back();
            pages.back().push_back({card, int(picture)});
        }
    }
    return pages;
}

void paint(QPainter &painter, const QRectF &area, const Journey &journey, const std::vector<Placed> &pictures)
{
    const QSize cells = grid(area.size());
    const double gap = PageDecor::mm(gapMm);
    const double width = (area.width() - gap * (cells.width() - 1)) / cells.width();
    const double height = (area.height() - gap * (cells.height() - 1)) / cells.height();
    const QFont title = font(9, true);
    const QFont small = font(7.5);
    const QFont caption = font(8.5);
    const double titleHeight = QFontMetricsF(title).lineSpacing();
    const double smallHeight = QFontMetricsF(small).lineSpacing();
    const double captionHeight = 2 * QFontMetricsF(caption).lineSpacing();
    for (std::size_t i = 0; i < pictures.size(); ++i) {
        const int column = int(i) % cells.width();
        const int row = int(i) / cells.width();
        const QRectF cell(area.left() + column * (width + gap), area.top() + row * (height + gap), width, height);
        const Touchpoint &card = journey.touchpoints[std::size_t(pictures[i].card)];
        const CardImage &picture = card.images[std::size_t(pictures[i].picture)];

        // The card it belongs to, above the picture: what the reader looks for first.
        painter.setFont(title);
        painter.setPen(ink);
        painter.drawText(QRectF(cell.left(), cell.top(), cell.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         elided(card.title, title, cell.width()));
        const Stage *stage = journey.stage(card.stageId);
        const Lane *lane = journey.lane(card.laneId);
        QString where = stage ? stage->name : QString();
        if (lane)
            where += QStringLiteral(" · ") + lane->name;
        if (card.images.size() > 1)
            where += QStringLiteral(" · ") + PrintPagesText::tr("picture %1 of %2").arg(pictures[i].picture + 1).arg(card.images.size());
        painter.setFont(small);
        painter.setPen(quiet);
        painter.drawText(QRectF(cell.left(), cell.top() + titleHeight, cell.width(), smallHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         elided(where, small, cell.width()));

        const double top = cell.top() + titleHeight + smallHeight + 3;
        const QRectF frame(cell.left(), top, cell.width(), cell.bottom() - captionHeight - 3 - top);
        const DecodedCardImage decoded = decodeCardImage(picture.bytes, picture.format);
        double captionTop = frame.bottom() + 3;
        if (decoded.image.isNull()) {
            painter.fillRect(frame, QColor(0xee, 0xf0, 0xf3));
            painter.setFont(small);
            painter.drawText(frame.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, decoded.error);
        } else {
            // Left-aligned, with the caption right under it, as in a report.
            const QSizeF fitted = QSizeF(decoded.image.size()).scaled(frame.size(), Qt::KeepAspectRatio);
            const QRectF target(frame.topLeft(), fitted);
            captionTop = target.bottom() + 3;
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(target, decoded.image);
            painter.setPen(QPen(rule, 0.8));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(target);
        }
        if (!picture.caption.isEmpty()) { // two lines at most: the rest is cut at the cell's edge
            painter.setFont(caption);
            painter.setPen(ink);
            painter.drawText(QRectF(cell.left(), captionTop, cell.width(), captionHeight),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, picture.caption);
        }
    }
}

} // namespace waymark::PicturesPage
