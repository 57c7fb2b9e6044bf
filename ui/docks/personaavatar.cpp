#include "personaavatar.h"

#include "journey.h"
#include "media/cardimage.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>

namespace waymark::PersonaAvatar {

QString initials(const QString &name)
{
    const QString before = name.section(u',', 0, 0).trimmed();
    QString letters;
    int words = 0;
    for (const QString &word : before.split(u' ', Qt::SkipEmptyParts)) {
        const auto first = std::find_if(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber() || c.isHighSurrogate(); });
        if (first == word.end())
            continue;
        // A letter outside the basic plane (rare in names) takes its surrogate pair along.
        letters += first->isHighSurrogate() && first + 1 != word.end() ? QString(first, 2) : QString(*first);
        if (++words == 2)
            break;
    }
    return letters.isEmpty() ? QStringLiteral("?") : letters.toUpper();
}

QColor colour(const QString &name)
{
    // Muted, distinct, all dark enough for white text (contrast ≥ 4.5:1).
    static const std::array<QColor, 6> palette{QColor(0x2f, 0x5d, 0x8a), QColor(0x7a, 0x3e, 0x6e), QColor(0x2e, 0x6b, 0x4f),
                                               QColor(0x8a, 0x4b, 0x1f), QColor(0x4a, 0x4f, 0x8f), QColor(0x6b, 0x5a, 0x2a)};
    return palette[qHash(name.trimmed()) % palette.size()];
}

QImage photo(const Persona &persona)
{
    return persona.photo.isNull() ? QImage() : cardImageThumbnail(persona.photo);
}

void paint(QPainter &painter, const QRectF &area, const QString &name, const QImage &photo)
{
    const double side = std::min(area.width(), area.height());
    const QRectF circle(area.center().x() - side / 2, area.center().y() - side / 2, side, side);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath round;
    round.addEllipse(circle);
    if (!photo.isNull()) {
        // Cover the circle: the middle of a landscape photo, the top of a portrait one (faces).
        const double scale = side / std::min(photo.width(), photo.height());
        const QSizeF shown(photo.width() * scale, photo.height() * scale);
        const double top = shown.height() > shown.width() ? circle.top() - (shown.height() - side) * 0.15
                                                          : circle.top() - (shown.height() - side) / 2;
        painter.setClipPath(round, Qt::IntersectClip);
        painter.drawImage(QRectF(circle.center().x() - shown.width() / 2, top, shown.width(), shown.height()), photo);
    } else {
        painter.fillPath(round, colour(name));
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(6, int(side * 0.4)));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(circle, Qt::AlignCenter, initials(name));
    }
    painter.restore();
}

QPixmap pixmap(const Persona &persona, int side, qreal devicePixelRatio)
{
    QPixmap picture(QSize(side, side) * devicePixelRatio);
    picture.setDevicePixelRatio(devicePixelRatio);
    picture.fill(Qt::transparent);
    QPainter painter(&picture);
    paint(painter, QRectF(0, 0, side, side), persona.name, photo(persona));
    return picture;
}

} // namespace waymark::PersonaAvatar
