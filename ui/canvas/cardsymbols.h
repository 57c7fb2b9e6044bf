#pragma once

#include "enums.h"

#include <QColor>
#include <QRectF>

class QFont;
class QPainter;

namespace waymark {

// The marks a card carries, drawn by the card and by the legend that explains them (one
// drawing, so the legend can never show a mark the canvas does not).

// A red warning triangle with an exclamation mark, in `box`; a white rim keeps it visible on
// the heatmap's reds.
void paintPainPointMark(QPainter *painter, const QRectF &box);
// A gold five-pointed star filling `box`'s width, centred in it.
void paintMomentOfTruthMark(QPainter *painter, const QRectF &box);
// The negative-emotion disc: calm green through amber to red, with the number (0–10).
void paintEmotionDisc(QPainter *painter, const QRectF &disc, int emotion, const QFont &font);
// Colour of the emotion disc for 0..10.
QColor emotionDiscColour(int emotion);
// An effort badge (a pill with text), as the card draws time and money.
void paintEffortPill(QPainter *painter, const QRectF &box, const QString &text, const QColor &fill, const QColor &ink,
                     const QFont &font);
// What a card rests on, as signal bars: one bar for an assumption up to four for measured
// data, filled in blue on a white tile; an unstated level is an empty dashed tile. Bars read
// the same in every language, and grow with the strength of the evidence.
void paintEvidenceMark(QPainter *painter, const QRectF &box, Evidence level);
// A small landscape (frame, hill, sun): "pictures" on a card and on buttons that add them.
void paintPictureGlyph(QPainter *painter, const QRectF &box);
QColor timePillFill();
QColor timePillInk();
QColor moneyPillFill();
QColor moneyPillInk();

} // namespace waymark
