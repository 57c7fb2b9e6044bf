#include "printtext.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>

namespace waymark::PrintText {

QFont font(double points, bool bold)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

double paragraph(QPainter &painter, const QRectF &area, const QString &text, const QFont &f, const QColor &colour)
{
    painter.setFont(f);
    painter.setPen(colour);
    const QRectF box = QFontMetricsF(f, painter.device()).boundingRect(QRectF(0, 0, area.width(), 1e6), Qt::TextWordWrap, text);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), box.height()), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    return box.height();
}

// A chart is a graphics item: put it in a scene of its own size and paint that scene.
void paintChart(QPainter &painter, QChart *chart, const QRectF &area)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns it now
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setGeometry(QRectF(QPointF(0, 0), area.size()));
    scene.setSceneRect(QRectF(QPointF(0, 0), area.size()));
    scene.render(&painter, area, scene.sceneRect());
}

QString money(double value, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(currency, QLocale().toString(value, 'f', 0));
}

} // namespace waymark::PrintText
