#pragma once

#include <QGraphicsItem>

namespace waymark {

// What a badge says about one card or stage.
struct NpsBadge {
    double nps = 0;      // -100..100
    double moe95 = 0;    // ± in NPS points
    qint64 n = 0;
    bool lowConfidence = false; // n < 30: drawn hatched and grey
    bool operator==(const NpsBadge &) const = default;
};

// A small pill on the edge of a card or stage header: "NPS +23 ±8 · n 140", coloured red
// (−100) through amber (0) to green (+100); hatched grey when there are too few answers to
// trust. Or, for CLV, a plain text pill ("EUR 12,300 at risk").
class NpsBadgeItem : public QGraphicsItem
{
public:
    explicit NpsBadgeItem(QGraphicsItem *parent = nullptr);

    void setNps(const NpsBadge &badge);
    void setText(const QString &text, const QColor &fill);
    QString text() const { return mText; }
    // Places the pill so its right end is at `right` and its middle at `y` (parent coordinates).
    void placeAt(qreal right, qreal y);

    static QColor npsColour(double nps);

    QRectF boundingRect() const override { return mRect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void resize();

    QString mText;
    QColor mFill;
    bool mHatched = false;
    QRectF mRect;
};

} // namespace waymark
