#pragma once

#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace waymark {

// A table for printed pages that never cuts a figure: numeric columns are as wide as their
// widest cell, text columns share the rest and wrap, rows grow to their tallest cell. When
// the numbers alone are wider than the area, type shrinks until they fit.
struct WrappingTable {
    QStringList headers;
    QList<QStringList> rows;
    QList<bool> numeric;        // per column: right-aligned and never wrapped
    QList<double> textWeights;  // per text column: its share of the width left over (0 for numeric)
    QList<bool> boldRows;       // per row: a total line
    double points = 8;          // body type size

    // Paints at the top of `area` and returns the height used (at most area.height(): rows
    // that do not fit are left out and counted in a last line).
    double paint(QPainter &painter, const QRectF &area) const;
};

} // namespace waymark
