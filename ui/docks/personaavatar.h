#pragma once

#include <QColor>
#include <QImage>
#include <QPixmap>
#include <QRectF>
#include <QString>

class QPainter;

namespace waymark {

struct Persona;

// A persona's face, as the Journey dock's persona cards and the persona PDF page show it: the
// photo cropped to a circle, or the persona's initials on a colour of its own when there is
// no photo (or the stored one cannot be read).
namespace PersonaAvatar {

// "Lena, the relocating young professional" → "L", "Ана Петровић" → "АП", "김민지" → "김":
// the first letter of at most two words of the name before its first comma.
QString initials(const QString &name);
// The same name always gets the same colour, dark enough for white initials.
QColor colour(const QString &name);
// The photo's thumbnail, decoded with the checks of a stored picture; null when none or broken.
QImage photo(const Persona &persona);
// Paints the circle into `circle` (its largest centred square); `photo` may be null.
void paint(QPainter &painter, const QRectF &circle, const QString &name, const QImage &photo);
// A `side` × `side` (device-independent pixels) picture of the avatar for `devicePixelRatio`.
QPixmap pixmap(const Persona &persona, int side, qreal devicePixelRatio);

} // namespace PersonaAvatar

} // namespace waymark
