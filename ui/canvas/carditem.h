#pragma once

#include "business/journeystate.h"
#include "journey.h"

#include <QGraphicsItem>

#include <optional>

namespace waymark {

// A touchpoint card on the canvas: title, department stripe, effort badges (time, money,
// negative emotion) and marks for pain points and moments of truth. A view of one card:
// the scene copies what it shows from the model whenever the card changes.
class CardItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit CardItem(const QUuid &id);

    const QUuid &id() const { return mId; }
    int type() const override { return Type; }

    void setCard(const Touchpoint &card, const Department *owner);
    void setSize(const QSizeF &size);
    // Rows kept free between the title and the effort pills for a data layer's pills (the
    // layout makes the card that much taller); 0: none.
    void setDataRows(int rows, qreal rowHeight);
    // Where things go on the card (item coordinates): the title, data row `row`, the effort
    // pills and the pain/moment-of-truth marks.
    QRectF titleRect() const;
    QRectF dataRowRect(int row) const;
    QRectF effortRowRect() const;
    QRectF marksRect() const;
    // The heatmap colour, or nullopt for the normal white card; `smallSample` hatches it (a
    // survey figure from too few answers to trust, as its badge is hatched).
    void setHeat(std::optional<QColor> colour, bool smallSample = false);
    std::optional<QColor> heat() const { return mHeat; }
    bool heatHatched() const { return mHeat && mHeatHatched; }
    // The evidence layer: what the card rests on, as a mark beside the emotion disc; nullopt hides it.
    void setEvidence(std::optional<Evidence> level, const QString &description = {});
    std::optional<Evidence> evidence() const { return mEvidence; }
    QRectF evidenceRect() const;
    // The pictures mark in the effort row (empty when the card has none): a picture glyph with
    // the count, or the first picture's thumbnail when zoomed in far enough to see it.
    QRectF pictureRect() const;
    // Whether `pos` (item coordinates) is on the pictures mark, with a little room around it.
    bool isOnPictureMark(const QPointF &pos) const;
    int pictureCount() const { return int(mPictures.size()); }
    // Cards another department owns fade when the department filter is on.
    void setDimmed(bool dimmed);
    bool isDimmed() const { return mDimmed; }
    void setHovered(bool hovered);
    // Printing: effort badges may be left out, and titles are drawn however small the page
    // makes them (a PDF is zoomed in by its reader; the screen's level of detail does not apply).
    void setEffortShown(bool shown);
    void setFullDetail(bool full);
    // Compare view (today against a scenario's future): a changed card shows today's values of what
    // changed, struck through beside its badges; a removed step is struck through; an added one is tagged new.
    using Comparison = CardComparison;
    void setComparison(Comparison comparison, const QString &today = {});
    Comparison comparison() const { return mComparison; }

    // What the mark under `pos` (item coordinates) means — the pain triangle, the star, the
    // department bar, the emotion disc, the effort pills — or the card's own tooltip elsewhere.
    QString toolTipAt(const QPointF &pos) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Colour of the emotion badge: calm green through amber to red.
    static QColor emotionColour(int emotion);

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    // Picture files or picture data dropped on the card are added to it (JourneyScene::addPictures).
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void paintBadges(QPainter *painter, const QRectF &area) const;
    void paintMarks(QPainter *painter, const QRectF &card) const;

    QUuid mId;
    QSizeF mSize{200, 64};
    int mDataRows = 0;
    qreal mDataRowHeight = 0;
    QString mTitle;
    QColor mOwnerColour;
    QString mOwnerName;
    QString mTimeText;
    QString mMoneyText;
    int mEmotion = 0;
    bool mPainPoint = false;
    bool mMomentOfTruth = false;
    std::optional<QColor> mHeat;
    bool mHeatHatched = false;
    std::optional<Evidence> mEvidence;
    QString mEvidenceText;
    std::vector<CardImage> mPictures; // shared bytes: a cheap copy
    void paintPictureMark(QPainter *painter, const QRectF &mark, qreal scale) const;
    bool mDimmed = false;
    bool mHovered = false;
    bool mEffortShown = true;
    bool mFullDetail = false;
    Comparison mComparison = Comparison::None;
    QString mToday;
    void paintComparison(QPainter *painter, const QRectF &card) const;
    QString baseToolTip() const;
    void applyToolTip();
    QString mTip; // what the card says of itself; Compare adds its effort today
};

} // namespace waymark
