#include "carditem.h"

#include "efforttotals.h"
#include "heatmapcolours.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

#include <cmath>

namespace waymark {

namespace {
constexpr qreal radius = 6;
constexpr qreal stripeWidth = 5;
constexpr qreal padding = 6;
constexpr qreal badgeHeight = 16;

QFont titleFont()
{
    QFont font;
    font.setPointSizeF(9);
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont badgeFont()
{
    QFont font;
    font.setPointSizeF(7.5);
    return font;
}

// Lays out up to two lines of the title, eliding the second.
void drawTitle(QPainter *painter, const QString &title, const QRectF &area)
{
    const QFont font = titleFont();
    const QFontMetricsF metrics(font);
    painter->setFont(font);
    QTextLayout layout(title, font);
    layout.beginLayout();
    qreal y = area.top();
    int lines = 0;
    while (lines < 2) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(area.width());
        const bool last = lines == 1 && line.textStart() + line.textLength() < title.size();
        const QString text = last ? metrics.elidedText(title.mid(line.textStart()), Qt::ElideRight, area.width())
                                  : title.mid(line.textStart(), line.textLength()).trimmed();
        painter->drawText(QPointF(area.left(), y + metrics.ascent()), text);
        y += metrics.lineSpacing();
        ++lines;
    }
    layout.endLayout();
}
} // namespace

CardItem::CardItem(const QUuid &id)
    : mId(id)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(2);
}

void CardItem::setCard(const Touchpoint &card, const Department *owner)
{
    mTitle = card.title.isEmpty() ? QCoreApplication::translate("CardItem", "(untitled)") : card.title;
    mOwnerColour = owner ? owner->colour : QColor();
    mTimeText = card.effort.minutes > 0 ? formatMinutes(card.effort.minutes) : QString();
    mMoneyText = card.effort.money.hundredths > 0
        ? formatMoneyTotals({{card.effort.money.currency, card.effort.money.hundredths}})
        : QString();
    mEmotion = card.effort.emotion;
    mPainPoint = card.painPoint;
    mMomentOfTruth = card.momentOfTruth;
    QStringList tip{card.title};
    if (!card.description.isEmpty())
        tip << card.description;
    tip << QCoreApplication::translate("CardItem", "Time: %1 · Money: %2 · Negative emotion: %3/10")
               .arg(formatMinutes(card.effort.minutes),
                    formatMoneyTotals({{card.effort.money.currency, card.effort.money.hundredths}}))
               .arg(card.effort.emotion);
    if (card.painPoint)
        tip << QCoreApplication::translate("CardItem", "Pain point");
    if (card.momentOfTruth)
        tip << QCoreApplication::translate("CardItem", "Moment of truth");
    mTip = tip.join(u'\n');
    applyToolTip();
    update();
}

void CardItem::setSize(const QSizeF &size)
{
    if (size == mSize)
        return;
    prepareGeometryChange();
    mSize = size;
}

void CardItem::setHeat(std::optional<QColor> colour, bool smallSample)
{
    if (colour == mHeat && smallSample == mHeatHatched)
        return;
    mHeat = colour;
    mHeatHatched = smallSample;
    update();
}

void CardItem::setDimmed(bool dimmed)
{
    if (dimmed == mDimmed)
        return;
    mDimmed = dimmed;
    setOpacity(dimmed ? 0.25 : 1.0);
}

void CardItem::setHovered(bool hovered)
{
    if (hovered == mHovered)
        return;
    mHovered = hovered;
    update();
}

namespace {
constexpr qreal comparisonTagHeight = 15;
}

QRectF CardItem::boundingRect() const
{
    const qreal below = mComparison == Comparison::None ? 2 : comparisonTagHeight / 2 + 2; // the tag straddles the bottom edge
    return QRectF(QPointF(-2, -2), QSizeF(mSize.width() + 4, mSize.height() + 2 + below));
}

void CardItem::applyToolTip()
{
    // The tag may be shortened on the card; the tooltip says it whole.
    setToolTip(mComparison == Comparison::Changed ? mTip + u'\n' + QCoreApplication::translate("CardItem", "today: %1").arg(mToday) : mTip);
}

void CardItem::setComparison(Comparison comparison, const QString &today)
{
    if (comparison == mComparison && today == mToday)
        return;
    prepareGeometryChange();
    mComparison = comparison;
    mToday = today;
    applyToolTip();
    update();
}

void CardItem::paintComparison(QPainter *painter, const QRectF &card) const
{
    const QColor green(0x2e, 0x9e, 0x44), red(0xd6, 0x33, 0x2f);
    QString tag;
    QColor colour = green;
    switch (mComparison) {
    case Comparison::None:
        return;
    case Comparison::Changed:
        painter->setPen(QPen(green, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card, radius, radius);
        return; // what it was today stands beside the effort badges (paintBadges)
    case Comparison::Removed:
        // Washed out and struck through: the step disappears, but the room sees where it was.
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 170));
        painter->drawRoundedRect(card, radius, radius);
        painter->setPen(QPen(red, 1.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card, radius, radius);
        painter->setPen(QPen(red, 1.5));
        painter->drawLine(card.bottomLeft() + QPointF(6, -6), card.topRight() + QPointF(-6, 6));
        tag = QCoreApplication::translate("CardItem", "removed");
        colour = red;
        break;
    case Comparison::Added:
        painter->setPen(QPen(green, 2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card, radius, radius);
        tag = QCoreApplication::translate("CardItem", "new");
        break;
    }
    QFont font = badgeFont();
    font.setBold(true);
    const QFontMetricsF metrics(font);
    // Bottom left: the survey badges take the top edge and the CLV-at-risk badge the bottom
    // right; a long "today" text is shortened here and whole in the card's tooltip.
    const qreal width = std::min(metrics.horizontalAdvance(tag) + 12, card.width() * 0.52);
    const QRectF box(card.left() + stripeWidth + padding, card.bottom() - comparisonTagHeight / 2, width, comparisonTagHeight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(box, comparisonTagHeight / 2, comparisonTagHeight / 2);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(box.adjusted(6, 0, -6, 0), Qt::AlignCenter, metrics.elidedText(tag, Qt::ElideRight, box.width() - 12));
}

QPainterPath CardItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(QRectF(QPointF(0, 0), mSize), radius, radius);
    return path;
}

QColor CardItem::emotionColour(int emotion)
{
    // 0 calm green, 5 amber, 10 red: hue 120 -> 0.
    const int hue = int(std::lround(120.0 * (1.0 - std::clamp(emotion, 0, 10) / 10.0)));
    return QColor::fromHsv(hue, 190, 215);
}

void CardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF card(QPointF(0, 0), mSize);
    const bool selected = option->state & QStyle::State_Selected;
    painter->setRenderHint(QPainter::Antialiasing);

    painter->setPen(QPen(selected ? QColor(0x1f, 0x6f, 0xd1) : mHovered ? QColor(0x8a, 0x94, 0xa3)
                                                                          : QColor(0xc8, 0xcd, 0xd4),
                         selected ? 2.5 : 1));
    painter->setBrush(mHeat.value_or(QColor(Qt::white)));
    painter->drawRoundedRect(card, radius, radius);
    if (mHeat && mHeatHatched) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(smallSampleHatch());
        painter->drawRoundedRect(card, radius, radius);
    }

    if (mOwnerColour.isValid()) {
        QPainterPath stripe;
        stripe.addRoundedRect(QRectF(card.topLeft(), QSizeF(stripeWidth * 2, card.height())), radius, radius);
        QPainterPath clip;
        clip.addRect(QRectF(card.topLeft(), QSizeF(stripeWidth, card.height())));
        painter->fillPath(stripe.intersected(clip), mOwnerColour);
    }

    // Level of detail: when zoomed far out only the coloured card shapes are worth drawing.
    const qreal scale = option->levelOfDetailFromTransform(painter->worldTransform());
    if (scale < 0.35 && !mFullDetail)
        return;

    const qreal marksWidth = (mPainPoint || mMomentOfTruth) ? 34 : 0;
    const QRectF titleArea(stripeWidth + padding, padding, mSize.width() - stripeWidth - 2 * padding - marksWidth,
                           mSize.height() - badgeHeight - 2 * padding);
    painter->setPen(QColor(0x1d, 0x23, 0x2b));
    drawTitle(painter, mTitle, titleArea);
    paintMarks(painter, card);
    if (mEffortShown)
        paintBadges(painter, QRectF(stripeWidth + padding, mSize.height() - padding - badgeHeight,
                                mSize.width() - stripeWidth - 2 * padding, badgeHeight));
    paintComparison(painter, card);
}

void CardItem::setEffortShown(bool shown)
{
    mEffortShown = shown;
    update();
}

void CardItem::setFullDetail(bool full)
{
    mFullDetail = full;
    update();
}

void CardItem::paintBadges(QPainter *painter, const QRectF &area) const
{
    const QFont font = badgeFont();
    const QFontMetricsF metrics(font);
    painter->setFont(font);
    // Negative emotion: a coloured disc with the number at the right end, so it reads at a
    // glance down a column even when time and money badges vary in width.
    const qreal disc = area.height() + 2;
    const QRectF emotion(area.right() - disc, area.top() - 1, disc, disc);
    painter->setPen(Qt::NoPen);
    painter->setBrush(emotionColour(mEmotion));
    painter->drawEllipse(emotion);
    painter->setPen(mEmotion >= 3 && mEmotion <= 7 ? Qt::black : Qt::white);
    QFont bold = font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(emotion, Qt::AlignCenter, QString::number(mEmotion));
    painter->setFont(font);

    const qreal right = emotion.left() - 4;
    qreal x = area.left();
    const auto badge = [&](const QString &text, const QColor &fill, const QColor &ink) {
        const qreal width = std::min(metrics.horizontalAdvance(text) + 10, right - x);
        if (width < 24)
            return;
        const QRectF box(x, area.top(), width, area.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(box, area.height() / 2, area.height() / 2);
        painter->setPen(ink);
        painter->drawText(box.adjusted(5, 0, -5, 0), Qt::AlignCenter,
                          metrics.elidedText(text, Qt::ElideRight, box.width() - 10));
        x += width + 4;
    };
    if (!mTimeText.isEmpty())
        badge(mTimeText, QColor(0xe4, 0xec, 0xf7), QColor(0x1d, 0x3b, 0x63));
    if (!mMoneyText.isEmpty())
        badge(mMoneyText, QColor(0xe6, 0xf2, 0xe6), QColor(0x1f, 0x4d, 0x24));
    // Compare view: today's values of what changed, struck through, in the room left; the
    // tooltip says it whole when it does not fit.
    if (mComparison == Comparison::Changed && right - x > 24) {
        QFont struck = font;
        struck.setStrikeOut(true);
        painter->setFont(struck);
        painter->setPen(QColor(0x6b, 0x72, 0x80));
        painter->drawText(QRectF(x, area.top(), right - x, area.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(struck).elidedText(mToday, Qt::ElideRight, right - x));
    }
}

void CardItem::paintMarks(QPainter *painter, const QRectF &card) const
{
    qreal right = card.right() - padding;
    const qreal size = 14;
    if (mPainPoint) {
        // A red warning triangle with an exclamation mark.
        const QRectF box(right - size, padding, size, size);
        QPolygonF triangle{QPointF(box.center().x(), box.top()), box.bottomRight(), box.bottomLeft()};
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xd6, 0x33, 0x2f));
        painter->drawPolygon(triangle);
        painter->setPen(QPen(Qt::white, 1.6, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(box.center().x(), box.top() + 5), QPointF(box.center().x(), box.bottom() - 5));
        painter->drawPoint(QPointF(box.center().x(), box.bottom() - 2.5));
        right -= size + 3;
    }
    if (mMomentOfTruth) {
        // A gold five-pointed star.
        const QPointF centre(right - size / 2, padding + size / 2);
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const qreal r = i % 2 ? size * 0.22 : size * 0.5;
            const qreal angle = -M_PI / 2 + i * M_PI / 5;
            star << centre + QPointF(r * std::cos(angle), r * std::sin(angle));
        }
        painter->setPen(QPen(QColor(0xa8, 0x72, 0x00), 0.8));
        painter->setBrush(QColor(0xf2, 0xb7, 0x05));
        painter->drawPolygon(star);
    }
}

} // namespace waymark
