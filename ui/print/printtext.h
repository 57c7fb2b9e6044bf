#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QChart;
class QPainter;

namespace waymark::PrintText {

// The ink of the printed pages: body text, quiet text (captions, notes), rules.
inline const QColor ink(0x1d, 0x23, 0x2b);
inline const QColor quiet(0x5f, 0x6b, 0x7a);
inline const QColor rule(0xd5, 0xda, 0xe1);

QFont font(double points, bool bold = false);
// Text wrapped into `area`'s width at its top; returns the height used (the area's height is
// not a limit: callers keep what follows below).
double paragraph(QPainter &painter, const QRectF &area, const QString &text, const QFont &font, const QColor &colour);
// "EUR 12,345" in the current locale, whole units.
QString money(double value, const QString &currency);
// Paints a chart into `area` and deletes it.
void paintChart(QPainter &painter, QChart *chart, const QRectF &area);

} // namespace waymark::PrintText
