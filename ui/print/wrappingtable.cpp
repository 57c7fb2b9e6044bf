#include "wrappingtable.h"

#include "printtext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace waymark {

namespace {

using namespace PrintText;
constexpr double padX = 4, padY = 3;

} // namespace

double WrappingTable::paint(QPainter &painter, const QRectF &area) const
{
    const int columns = int(headers.size());
    if (columns == 0)
        return 0;
    // Numeric columns: their widest cell (header words may wrap, numbers never do).
    double size = points;
    QList<double> widths(columns, 0.0);
    double numericWidth = 0;
    for (;;) {
        numericWidth = 0;
        const QFontMetricsF body(font(size, false), painter.device()), bold(font(size, true), painter.device());
        for (int c = 0; c < columns; ++c) {
            if (!numeric.value(c))
                continue;
            double widest = 0;
            for (int r = 0; r < rows.size(); ++r)
                widest = std::max(widest, (boldRows.value(r) ? bold : body).horizontalAdvance(rows[r].value(c)));
            // A header is allowed to wrap at spaces: its longest word must fit.
            for (const QString &word : headers[c].split(u' '))
                widest = std::max(widest, bold.horizontalAdvance(word));
            widths[c] = widest + 2 * padX + 1;
            numericWidth += widths[c];
        }
        if (numericWidth <= area.width() * 0.75 || size <= 5)
            break;
        size -= 0.5;
    }
    double weights = 0;
    for (int c = 0; c < columns; ++c)
        if (!numeric.value(c))
            weights += std::max(0.0, textWeights.value(c, 1.0));
    const double left = std::max(0.0, area.width() - numericWidth);
    for (int c = 0; c < columns; ++c)
        if (!numeric.value(c))
            widths[c] = weights > 0 ? left * std::max(0.0, textWeights.value(c, 1.0)) / weights : 0;

    const auto rowHeight = [&](const QStringList &cells, const QFont &f) {
        const QFontMetricsF metrics(f, painter.device());
        double height = metrics.height();
        for (int c = 0; c < columns; ++c) {
            const int flags = numeric.value(c) && !cells.isEmpty() ? 0 : Qt::TextWordWrap;
            height = std::max(height, metrics.boundingRect(QRectF(0, 0, std::max(1.0, widths[c] - 2 * padX), 1e6), flags, cells.value(c)).height());
        }
        return height + 2 * padY;
    };
    const auto paintRow = [&](const QStringList &cells, const QFont &f, const QColor &colour, double y, double height) {
        painter.setFont(f);
        painter.setPen(colour);
        double x = area.left();
        for (int c = 0; c < columns; ++c) {
            const QRectF cell(x + padX, y + padY, std::max(1.0, widths[c] - 2 * padX), height - 2 * padY);
            painter.drawText(cell, (numeric.value(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop | Qt::TextWordWrap, cells.value(c));
            x += widths[c];
        }
    };

    double y = area.top();
    const QFont headerFont = font(size, true);
    const double headerHeight = [&] {
        // Headers wrap in every column (numeric ones at their spaces).
        const QFontMetricsF metrics(headerFont, painter.device());
        double height = metrics.height();
        for (int c = 0; c < columns; ++c)
            height = std::max(height, metrics.boundingRect(QRectF(0, 0, std::max(1.0, widths[c] - 2 * padX), 1e6), Qt::TextWordWrap, headers[c]).height());
        return height + 2 * padY;
    }();
    paintRow(headers, headerFont, quiet, y, headerHeight);
    y += headerHeight;
    painter.setPen(QPen(rule, 1));
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    const double lastLine = QFontMetricsF(font(size, false), painter.device()).height() + 2 * padY;
    for (int r = 0; r < rows.size(); ++r) {
        const QFont f = font(size, boldRows.value(r));
        const double height = rowHeight(rows[r], f);
        const bool last = r == rows.size() - 1;
        if (y + height + (last ? 0 : lastLine) > area.bottom()) {
            painter.setFont(font(size, false));
            painter.setPen(quiet);
            painter.drawText(QRectF(area.left() + padX, y + padY, area.width(), lastLine), Qt::AlignLeft | Qt::AlignTop,
                             QCoreApplication::translate("PrintPages", "… and %n more row(s) not shown on this page", nullptr,
                                                         int(rows.size() - r)));
            return y + lastLine - area.top();
        }
        paintRow(rows[r], f, ink, y, height);
        y += height;
        painter.setPen(QPen(rule, boldRows.value(r) ? 1 : 0.5));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    return y - area.top();
}

} // namespace waymark
