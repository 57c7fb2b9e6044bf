#include "presentationcaption.h"

#include <QFontMetrics>
#include <QPainter>
#include <QRegion>

#include <algorithm>
#include <cmath>

namespace waymark {

PresentationCaption::PresentationCaption(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("presentationOverlay"));
    // Clicks and the wheel reach the canvas underneath.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
}

void PresentationCaption::setLines(std::vector<Line> lines, int viewportHeight, int width)
{
    mLines = std::move(lines);
    // Legible on a laptop and on a projector alike, yet a thin bar.
    const int pixels = std::clamp(viewportHeight / 40, 14, 34);
    mFont = font();
    mFont.setPixelSize(pixels);
    mTitleFont = mFont;
    mTitleFont.setPixelSize(pixels * 4 / 3);
    mTitleFont.setBold(true);
    mPadding = pixels / 2;
    const int height = std::max(QFontMetrics(mTitleFont).height(), QFontMetrics(mFont).height()) + 2 * mPadding;
    resize(std::max(width, 1), height);
    setVisible(!mLines.empty());
    update();
}

int PresentationCaption::lineWidth(const Line &line) const
{
    const QFontMetricsF metrics(fontOf(line));
    // Rounded up, with a pixel to spare: elidedText() measures in fractions too.
    const int text = int(std::ceil(metrics.horizontalAdvance(line.text))) + 1;
    const int dot = line.dot.isValid() ? int(metrics.ascent() * 0.8 + metrics.averageCharWidth()) : 0;
    return dot + text;
}

void PresentationCaption::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), QColor(18, 22, 28));

    // The right-hand lines keep their full width (a timer must not be cut); the stage name
    // and its subtitle share what is left, the name first.
    int rightWidth = 0;
    for (const Line &line : mLines)
        if (line.place == Place::Right)
            rightWidth += lineWidth(line) + gap();
    int x = mPadding;
    const int leftEnd = std::max(x, width() - mPadding - rightWidth);
    const auto drawLine = [&](const Line &line, int left, int room) {
        const QFontMetrics metrics(fontOf(line));
        if (line.dot.isValid()) {
            const qreal diameter = metrics.ascent() * 0.8;
            painter.setPen(QPen(Qt::white, 1.5));
            painter.setBrush(line.dot);
            painter.drawEllipse(QRectF(left, (height() - diameter) / 2, diameter, diameter));
            const int dot = int(diameter) + metrics.averageCharWidth();
            left += dot;
            room -= dot;
        }
        painter.setFont(fontOf(line));
        painter.setPen(line.colour);
        painter.drawText(QRect(left, 0, std::max(room, 0), height()), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(line.text, Qt::ElideRight, std::max(room, 0)));
    };
    for (const Line &line : mLines) {
        if (line.place == Place::Right || x >= leftEnd)
            continue;
        const int room = std::min(lineWidth(line), leftEnd - x);
        drawLine(line, x, room);
        x += room + gap();
    }
    x = width() - mPadding - rightWidth + gap();
    for (const Line &line : mLines) {
        if (line.place != Place::Right)
            continue;
        drawLine(line, x, lineWidth(line));
        x += lineWidth(line) + gap();
    }
}

} // namespace waymark

namespace waymark {

PresentationSpotlight::PresentationSpotlight(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("presentationSpotlight"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    hide();
}

void PresentationSpotlight::setSpots(const QList<QRect> &spots)
{
    mSpots = spots;
    setVisible(!mSpots.isEmpty());
    update();
}

void PresentationSpotlight::paintEvent(QPaintEvent *)
{
    QRegion veil(rect());
    for (const QRect &spot : std::as_const(mSpots))
        veil -= spot;
    QPainter painter(this);
    painter.setClipRegion(veil);
    painter.fillRect(rect(), QColor(30, 36, 46, 120)); // the cards behind stay legible, just quieter
}

} // namespace waymark
