#pragma once

#include <QGraphicsItem>
#include <QStringList>

namespace waymark {

// What a badge says about one card or stage: a metric's figure (NPS by default).
struct NpsBadge {
    double nps = 0;      // the figure: −100..100 for NPS, 0..100 % for CSAT, …
    double moe95 = 0;    // ± half the 95 % interval, in the figure's units
    qint64 n = 0;
    bool lowConfidence = false; // a small sample: drawn hatched and grey
    QString metric = QStringLiteral("nps"); // data/metrics key
    double position = -1; // 0 worst .. 1 best on the colour scale; < 0: from the NPS
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
    QString shownText() const { return mShown; } // text(), shortened when fitWidth() had to
    // Shortens the text until the pill is at most `width` wide; the tooltip keeps the whole
    // text. A survey figure drops its count, its margin and its name, in that order, and is
    // never cut itself; other texts lose their middle.
    void fitWidth(qreal width);
    // Places the pill so its right end is at `right` and its middle at `y` (parent coordinates).
    void placeAt(qreal right, qreal y);

    static QColor npsColour(double nps);
    // Red (0, worst) through amber to green (1, best).
    static QColor scaleColour(double position);

    QRectF boundingRect() const override { return mRect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void resize();

    QString mText;
    QStringList mShorter; // a survey figure's shorter forms, longest first
    QString mShown;       // mText, or a shorter form, when the pill has less room than it needs
    QColor mFill;
    bool mHatched = false;
    QRectF mRect;
};

} // namespace waymark
