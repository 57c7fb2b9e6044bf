#include "npsbadgeitem.h"

#include "data/metrics/metric.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {
QFont npsBadgeFont()
{
    QFont font;
    font.setPointSizeF(7.5);
    font.setBold(true);
    return font;
}
} // namespace

NpsBadgeItem::NpsBadgeItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setZValue(5);
    setAcceptedMouseButtons(Qt::NoButton);
}

QColor NpsBadgeItem::npsColour(double nps)
{
    return scaleColour((nps + 100.0) / 200.0);
}

QColor NpsBadgeItem::scaleColour(double position)
{
    // Red (hue 0) through amber (hue 45 in the middle) to green (hue 120).
    const double t = std::clamp(position, 0.0, 1.0);
    const int hue = int(std::lround(t < 0.5 ? t * 2 * 45 : 45 + (t - 0.5) * 2 * 75));
    return QColor::fromHsv(hue, 200, 200);
}

void NpsBadgeItem::setNps(const NpsBadge &badge)
{
    const QLocale locale;
    const Metric *metric = metricByKey(badge.metric);
    // Shorter forms for a narrow card, dropping what matters least first: the count, then the
    // margin, then the measure's name; the figure itself is never cut.
    if (!metric || badge.metric == QLatin1String("nps")) {
        const QString sign = badge.nps > 0 ? QStringLiteral("+") : QString();
        const QString figure = sign + locale.toString(badge.nps, 'f', 0);
        const QString margin = locale.toString(badge.moe95, 'f', 0);
        mText = QCoreApplication::translate("NpsBadgeItem", "NPS %1%2 ±%3 · n %4")
                    .arg(sign, locale.toString(badge.nps, 'f', 0), margin, locale.toString(badge.n));
        mShorter = {QCoreApplication::translate("NpsBadgeItem", "NPS %1 ±%2").arg(figure, margin),
                    QCoreApplication::translate("NpsBadgeItem", "NPS %1").arg(figure), figure};
    } else {
        // A mean on a 1–7 scale needs a decimal; shares and NPS-like figures do not.
        const int decimals = metric->highestValue() - metric->lowestValue() <= 10 || std::isnan(metric->highestValue()) ? 1 : 0;
        const QString figure = metric->formatValue(badge.nps);
        const QString margin = locale.toString(badge.moe95, 'f', decimals);
        mText = QCoreApplication::translate("NpsBadgeItem", "%1 %2 ±%3 · n %4").arg(metric->name(), figure, margin, locale.toString(badge.n));
        mShorter = {QCoreApplication::translate("NpsBadgeItem", "%1 %2 ±%3").arg(metric->name(), figure, margin),
                    QCoreApplication::translate("NpsBadgeItem", "%1 %2").arg(metric->name(), figure), figure};
    }
    mFill = badge.lowConfidence ? QColor(0xb0, 0xb4, 0xba) : badge.position >= 0 ? scaleColour(badge.position) : npsColour(badge.nps);
    mHatched = badge.lowConfidence;
    setToolTip(badge.lowConfidence
                   ? QCoreApplication::translate("NpsBadgeItem", "Only %1 answers: too few to trust, so this figure is a weak signal.")
                         .arg(badge.n)
                   : QCoreApplication::translate("NpsBadgeItem", "%1: the survey figure here, ± its 95 % margin, from n answers. "
                                                                  "Red is the worst end of the scale, green the best.")
                         .arg(mText));
    resize();
}

void NpsBadgeItem::setText(const QString &text, const QColor &fill)
{
    mText = text;
    mShorter.clear();
    mFill = fill;
    mHatched = false;
    resize();
}

void NpsBadgeItem::resize()
{
    mShown = mText;
    const QFontMetricsF metrics(npsBadgeFont());
    prepareGeometryChange();
    mRect = QRectF(-metrics.horizontalAdvance(mShown) - 12, -8, metrics.horizontalAdvance(mShown) + 12, 16);
    update();
}

void NpsBadgeItem::fitWidth(qreal width)
{
    if (mRect.width() <= width)
        return;
    const QFontMetricsF metrics(npsBadgeFont());
    const auto shorter = std::find_if(mShorter.cbegin(), mShorter.cend(),
                                      [&](const QString &form) { return metrics.horizontalAdvance(form) + 12 <= width; });
    mShown = shorter != mShorter.cend() ? *shorter
           : mShorter.isEmpty()        ? metrics.elidedText(mText, Qt::ElideMiddle, std::max(0.0, width - 12))
                                       : mShorter.back(); // the figure alone, even a little wider than the room
    if (toolTip().isEmpty())
        setToolTip(mText);
    prepareGeometryChange();
    const qreal natural = metrics.horizontalAdvance(mShown) + 12;
    mRect = QRectF(-natural, -8, mShorter.isEmpty() ? std::min(width, natural) : natural, 16);
    update();
}

void NpsBadgeItem::placeAt(qreal right, qreal y)
{
    setPos(right, y);
}

void NpsBadgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(mFill);
    painter->drawRoundedRect(mRect, 8, 8);
    if (mHatched) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QBrush(QColor(255, 255, 255, 120), Qt::BDiagPattern));
        painter->drawRoundedRect(mRect, 8, 8);
    }
    painter->setFont(npsBadgeFont());
    painter->setPen(mFill.lightnessF() > 0.55 ? Qt::black : Qt::white);
    painter->drawText(mRect, Qt::AlignCenter, mShown);
}

} // namespace waymark
