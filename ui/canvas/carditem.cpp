#include "carditem.h"

#include "cardsymbols.h"
#include "efforttotals.h"
#include "heatmapcolours.h"
#include "journeyscene.h"
#include "media/imagemimedata.h"
#include "pictures/picturecache.h"

#include <QCoreApplication>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneHoverEvent>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

#include <cmath>

namespace waymark {

namespace {
struct CardText {
    Q_DECLARE_TR_FUNCTIONS(CardItem)
};

constexpr qreal radius = 6;
constexpr qreal stripeWidth = 5;
constexpr qreal cardItemPadding = 6;
constexpr qreal badgeHeight = 16;

QFont titleFont()
{
    QFont font;
    font.setPointSizeF(9);
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont cardBadgeFont()
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
    setAcceptDrops(true);
    setZValue(2);
}

void CardItem::setCard(const Touchpoint &card, const Department *owner)
{
    mTitle = card.title.isEmpty() ? QCoreApplication::translate("CardItem", "(untitled)") : card.title;
    mOwnerColour = owner ? owner->colour : QColor();
    mOwnerName = owner ? owner->name : QString();
    mTimeText = card.effort.minutes > 0 ? formatMinutes(card.effort.minutes) : QString();
    mMoneyText = card.effort.money.hundredths > 0
        ? formatMoneyTotals({{card.effort.money.currency, card.effort.money.hundredths}})
        : QString();
    mEmotion = card.effort.emotion;
    mPainPoint = card.painPoint;
    mMomentOfTruth = card.momentOfTruth;
    mPictures = card.images;
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

void CardItem::setDataRows(int rows, qreal rowHeight)
{
    if (rows == mDataRows && rowHeight == mDataRowHeight)
        return;
    mDataRows = rows;
    mDataRowHeight = rowHeight;
    update();
}

QRectF CardItem::effortRowRect() const
{
    return QRectF(stripeWidth + cardItemPadding, mSize.height() - cardItemPadding - badgeHeight, mSize.width() - stripeWidth - 2 * cardItemPadding, badgeHeight);
}

QRectF CardItem::dataRowRect(int row) const
{
    const QRectF effort = effortRowRect();
    const qreal top = effort.top() - qreal(mDataRows - row) * mDataRowHeight;
    return QRectF(effort.left(), top, effort.width(), mDataRowHeight - 2);
}

QRectF CardItem::marksRect() const
{
    const qreal size = 14;
    const int marks = (mPainPoint ? 1 : 0) + (mMomentOfTruth ? 1 : 0);
    const qreal width = marks == 0 ? 0 : marks * size + (marks - 1) * 3;
    return QRectF(mSize.width() - cardItemPadding - width, cardItemPadding, width, size);
}

QRectF CardItem::titleRect() const
{
    const qreal marksWidth = (mPainPoint || mMomentOfTruth) ? 34 : 0;
    return QRectF(stripeWidth + cardItemPadding, cardItemPadding, mSize.width() - stripeWidth - 2 * cardItemPadding - marksWidth,
                  mSize.height() - badgeHeight - 2 * cardItemPadding - mDataRows * mDataRowHeight);
}

void CardItem::setHeat(std::optional<QColor> colour, bool smallSample)
{
    if (colour == mHeat && smallSample == mHeatHatched)
        return;
    mHeat = colour;
    mHeatHatched = smallSample;
    update();
}

void CardItem::setEvidence(std::optional<Evidence> level, const QString &description)
{
    if (level == mEvidence && description == mEvidenceText)
        return;
    mEvidence = level;
    mEvidenceText = description;
    update();
}

QRectF CardItem::evidenceRect() const
{
    if (!mEvidence)
        return {};
    const QRectF row = effortRowRect();
    const qreal disc = row.height() + 2;
    const qreal size = row.height();
    return QRectF(row.right() - disc - 4 - size, row.top(), size, size);
}

QRectF CardItem::pictureRect() const
{
    if (mPictures.empty() || !mEffortShown)
        return {};
    const QRectF row = effortRowRect();
    const qreal disc = row.height() + 2;
    const qreal right = mEvidence ? evidenceRect().left() - 4 : row.right() - disc - 4;
    const qreal width = row.height() * 1.4; // landscape, like most photos
    return QRectF(right - width, row.top() - 1, width, row.height() + 2);
}

bool CardItem::isOnPictureMark(const QPointF &pos) const
{
    const QRectF mark = pictureRect();
    return !mark.isEmpty() && mark.adjusted(-2, -4, 2, 2).contains(pos);
}

void CardItem::paintPictureMark(QPainter *painter, const QRectF &mark, qreal scale) const
{
    painter->save();
    QPainterPath frame;
    frame.addRoundedRect(mark, 2.5, 2.5);
    // Zoomed in, the mark is large enough on screen to show the picture itself.
    const QImage thumbnail = scale >= 1.6 ? PictureCache::thumbnail(mPictures.front()) : QImage();
    if (!thumbnail.isNull()) {
        painter->setClipPath(frame);
        const QSizeF covered = QSizeF(thumbnail.size()).scaled(mark.size(), Qt::KeepAspectRatioByExpanding);
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(QRectF(mark.center() - QPointF(covered.width() / 2, covered.height() / 2), covered), thumbnail);
        painter->setClipping(false);
        painter->setPen(QPen(QColor(0x6b, 0x72, 0x80), 0.8));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(frame);
    } else {
        paintPictureGlyph(painter, mark);
    }
    if (mPictures.size() > 1) {
        // How many, in a small dark tab on the corner.
        QFont font = cardBadgeFont();
        font.setPointSizeF(6);
        font.setBold(true);
        const QString count = QString::number(mPictures.size());
        const QFontMetricsF metrics(font);
        const qreal width = std::max(metrics.horizontalAdvance(count) + 4, metrics.height() * 0.9);
        const QRectF tab(mark.right() - width + 2, mark.top() - 3, width, metrics.height() * 0.9);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x37, 0x41, 0x51));
        painter->drawRoundedRect(tab, tab.height() / 2, tab.height() / 2);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(tab, Qt::AlignCenter, count);
    }
    painter->restore();
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

QString CardItem::baseToolTip() const
{
    // The tag may be shortened on the card; the tooltip says it whole.
    return mComparison == Comparison::Changed ? mTip + u'\n' + QCoreApplication::translate("CardItem", "today: %1").arg(mToday) : mTip;
}

void CardItem::applyToolTip()
{
    setToolTip(baseToolTip());
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
    QFont font = cardBadgeFont();
    font.setBold(true);
    const QFontMetricsF metrics(font);
    // Bottom left: the survey badges take the top edge and the CLV-at-risk badge the bottom
    // right; a long "today" text is shortened here and whole in the card's tooltip.
    const qreal width = std::min(metrics.horizontalAdvance(tag) + 12, card.width() * 0.52);
    const QRectF box(card.left() + stripeWidth + cardItemPadding, card.bottom() - comparisonTagHeight / 2, width, comparisonTagHeight);
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
    return emotionDiscColour(emotion);
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

    const QRectF titleArea = titleRect();
    // Dark or white, whichever reads better on the heat colour (WCAG AA on every step).
    painter->setPen(mHeat ? readableInk(*mHeat) : cardInk());
    drawTitle(painter, mTitle, titleArea);
    paintMarks(painter, card);
    if (mEffortShown)
        paintBadges(painter, effortRowRect());
    else if (mEvidence) // a PDF of evidence without effort badges still shows the marks
        paintEvidenceMark(painter, evidenceRect(), *mEvidence);
    paintComparison(painter, card);
}

QString CardItem::toolTipAt(const QPointF &pos) const
{
    const qreal size = 14;
    const qreal markRight = mSize.width() - cardItemPadding;
    const QRectF markRow(markRight - 2 * size - 3, cardItemPadding - 2, 2 * size + 5, size + 4);
    if (markRow.contains(pos) && (mPainPoint || mMomentOfTruth)) {
        const bool onRightmost = pos.x() >= markRight - size - 1.5;
        if (mPainPoint && onRightmost)
            return CardText::tr("Pain point (red triangle): the step hurts the customer; the team wants it fixed.");
        if (mMomentOfTruth && (!mPainPoint || !onRightmost))
            return CardText::tr("Moment of truth (star): the customer decides here whether to stay.");
    }
    if (mOwnerColour.isValid() && pos.x() >= 0 && pos.x() <= stripeWidth + 2)
        return CardText::tr("Coloured bar: the department that owns this step — %1.").arg(mOwnerName);
    if (const QRectF mark = evidenceRect(); !mark.isEmpty() && mark.adjusted(-2, -2, 2, 2).contains(pos))
        return CardText::tr("What the card rests on (bars: one for an assumption, two for workshop knowledge, three for "
                            "research, four for measured data): %1.")
            .arg(mEvidenceText.isEmpty() ? displayName(*mEvidence) : mEvidenceText);
    if (isOnPictureMark(pos)) {
        QStringList names;
        for (const CardImage &picture : mPictures)
            names << (picture.caption.isEmpty() ? picture.originalName : picture.caption);
        names.removeAll(QString());
        const QString list = names.isEmpty() ? QString() : QStringLiteral("\n") + QLocale().createSeparatedList(names.mid(0, 5));
        return CardText::tr("%n picture(s) on this card: double-click to see them large.", nullptr, int(mPictures.size())) + list;
    }
    const QRectF badgeRow(stripeWidth + cardItemPadding, mSize.height() - cardItemPadding - badgeHeight - 1,
                          mSize.width() - stripeWidth - 2 * cardItemPadding, badgeHeight + 2);
    if (mEffortShown && badgeRow.contains(pos)) {
        if (pos.x() >= badgeRow.right() - badgeHeight - 2)
            return CardText::tr("Negative emotion %1 of 10 (numbered circle): green calm, amber uneasy, red upset.").arg(mEmotion);
        if (!mTimeText.isEmpty() || !mMoneyText.isEmpty())
            return CardText::tr("Effort: the time (blue) and money (green) this step costs the customer.");
    }
    return baseToolTip();
}

void CardItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    setHovered(true);
    hoverMoveEvent(event);
}

void CardItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    // The scene shows the tooltip of the item under the pointer; the card's names the mark there.
    const QString tip = toolTipAt(event->pos());
    setToolTip(tip);
    QGraphicsItem::hoverMoveEvent(event);
}

void CardItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    setHovered(false);
    applyToolTip();
    QGraphicsItem::hoverLeaveEvent(event);
}

void CardItem::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    const auto *journey = qobject_cast<JourneyScene *>(scene());
    const bool taken = journey && journey->canAddPictures(mId) && mimeDataMayHoldImages(*event->mimeData());
    event->setAccepted(taken);
    setHovered(taken);
}

void CardItem::dragLeaveEvent(QGraphicsSceneDragDropEvent *)
{
    setHovered(false);
}

void CardItem::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    setHovered(false);
    if (auto *journey = qobject_cast<JourneyScene *>(scene()); journey && journey->addPictures(mId, *event->mimeData()))
        event->acceptProposedAction();
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
    const QFont font = cardBadgeFont();
    const QFontMetricsF metrics(font);
    painter->setFont(font);
    // Negative emotion: a coloured disc with the number at the right end, so it reads at a
    // glance down a column even when time and money badges vary in width.
    const qreal disc = area.height() + 2;
    const QRectF emotion(area.right() - disc, area.top() - 1, disc, disc);
    paintEmotionDisc(painter, emotion, mEmotion, font);
    painter->setFont(font);

    qreal right = emotion.left() - 4;
    if (const QRectF mark = evidenceRect(); !mark.isEmpty()) {
        paintEvidenceMark(painter, mark, *mEvidence);
        painter->setFont(font);
        right = mark.left() - 4;
    }
    if (const QRectF mark = pictureRect(); !mark.isEmpty()) {
        paintPictureMark(painter, mark, painter->worldTransform().m11() * (mFullDetail ? 4 : 1));
        painter->setFont(font);
        right = mark.left() - 4;
    }
    qreal x = area.left();
    const auto badge = [&](const QString &text, const QColor &fill, const QColor &ink) {
        const qreal width = std::min(metrics.horizontalAdvance(text) + 10, right - x);
        if (width < 24)
            return;
        paintEffortPill(painter, QRectF(x, area.top(), width, area.height()), text, fill, ink, font);
        x += width + 4;
    };
    if (!mTimeText.isEmpty())
        badge(mTimeText, timePillFill(), timePillInk());
    if (!mMoneyText.isEmpty())
        badge(mMoneyText, moneyPillFill(), moneyPillInk());
    // Compare view: today's values of what changed, struck through, in the room left; the
    // tooltip says it whole when it does not fit.
    if (mComparison == Comparison::Changed && right - x > 24) {
        QFont struck = font;
        struck.setStrikeOut(true);
        painter->setFont(struck);
        painter->setPen(mHeat ? readableInk(*mHeat) : QColor(0x6b, 0x72, 0x80));
        painter->drawText(QRectF(x, area.top(), right - x, area.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(struck).elidedText(mToday, Qt::ElideRight, right - x));
    }
}

void CardItem::paintMarks(QPainter *painter, const QRectF &card) const
{
    qreal right = card.right() - cardItemPadding;
    const qreal size = 14;
    if (mPainPoint) {
        paintPainPointMark(painter, QRectF(right - size, cardItemPadding, size, size));
        right -= size + 3;
    }
    if (mMomentOfTruth)
        paintMomentOfTruthMark(painter, QRectF(right - size, cardItemPadding, size, size));
}

} // namespace waymark
