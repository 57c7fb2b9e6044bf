#include "portfoliocarddelegate.h"

#include "efforttotals.h"
#include "portfoliomodel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace waymark {

namespace {

QColor npsColour(double nps)
{
    // The map's badge colours: red below −20, amber to +20, green above.
    if (nps < -20)
        return {0xc6, 0x3c, 0x2b};
    if (nps < 20)
        return {0xd9, 0x8a, 0x1c};
    return {0x3a, 0x8f, 0x3e};
}

} // namespace

QSize PortfolioCardDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return {cardWidth, cardHeight};
}

void PortfolioCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Through any proxy: the model hands out the entry itself.
    const auto *entry = static_cast<const PortfolioEntry *>(index.data(PortfolioModel::EntryRole).value<const void *>());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(6, 6, -6, -6);
    const bool selected = option.state & QStyle::State_Selected;
    QPainterPath outline;
    outline.addRoundedRect(card, 6, 6);
    painter->fillPath(outline, selected ? option.palette.highlight().color().lighter(185) : option.palette.base().color());
    painter->setPen(QPen(selected ? option.palette.highlight().color() : QColor(0xc8, 0xcf, 0xd8), selected ? 2 : 1));
    painter->drawPath(outline);

    const QRectF inner = card.adjusted(10, 8, -10, -8);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setPen(option.palette.text().color());
    painter->setFont(bold);
    const QFontMetrics boldMetrics(bold);
    const QString title = entry && entry->headline ? entry->headline->title : index.data(PortfolioModel::PathRole).toString().section(u'/', -1);
    painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(title, Qt::ElideMiddle, int(inner.width())));
    painter->setFont(option.font);
    const QFontMetrics metrics(option.font);
    double y = inner.top() + boldMetrics.height() + 2;
    const auto line = [&](const QString &text, const QColor &colour) {
        painter->setPen(colour);
        painter->drawText(QRectF(inner.left(), y, inner.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(text, Qt::ElideRight, int(inner.width())));
        y += metrics.height() + 1;
    };
    const QColor quiet(0x5f, 0x6b, 0x7a);
    if (!entry || !entry->headline) { // the file's name above, why it cannot be read below
        painter->setPen(QColor(0xb0, 0x1e, 0x1e));
        painter->drawText(QRectF(inner.left(), y, inner.width(), inner.bottom() - y), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          entry ? PortfolioModel::tr("Cannot be read: %1").arg(entry->problem) : QString());
        painter->restore();
        return;
    }
    const JourneyHeadline &h = *entry->headline;
    line(h.owner.isEmpty() ? PortfolioModel::tr("No owner named") : h.owner, quiet);
    // The NPS pill, then the money.
    const QString npsText = h.hasNps ? QStringLiteral("NPS %1%2 ± %3").arg(h.nps > 0 ? QStringLiteral("+") : QString(),
                                                                           QLocale().toString(h.nps, 'f', 0),
                                                                           QLocale().toString(h.npsMargin, 'f', 0))
                                     : PortfolioModel::tr("No NPS data");
    const QRectF pill(inner.left(), y + 2, metrics.horizontalAdvance(npsText) + 14, metrics.height() + 4);
    QPainterPath pillPath;
    pillPath.addRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter->fillPath(pillPath, h.hasNps ? npsColour(h.nps) : QColor(0xb8, 0xbf, 0xc8));
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, npsText);
    if (h.clvAtRisk > 0) {
        painter->setPen(QColor(0x7b, 0x2c, 0x8f));
        painter->drawText(QRectF(pill.right() + 8, pill.top(), inner.right() - pill.right() - 8, pill.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(PortfolioModel::tr("%1 %2 at risk").arg(h.currency, QLocale().toString(h.clvAtRisk, 'f', 0)),
                                             Qt::ElideRight, int(inner.right() - pill.right() - 8)));
    }
    y = pill.bottom() + 4;
    line(PortfolioModel::tr("%1 stages, %2 cards").arg(h.stages).arg(h.cards), quiet);
    line(PortfolioModel::tr("Customer time: %1").arg(formatMinutes(h.effortMinutes)), quiet);
    const QString progress = opportunityProgress(h);
    line(progress.isEmpty() ? PortfolioModel::tr("No opportunities yet") : progress, option.palette.text().color());
    painter->restore();
}

} // namespace waymark
