#pragma once

#include <QRectF>

#include <vector>

class QPainter;

namespace waymark {

class Journey;

// The cards' pictures after the map, for readers who were not at the wall: each picture as
// large as a grid cell allows, with the card it belongs to (title, stage and lane) and its
// caption, in map order (stage by stage, lane by lane).
namespace PicturesPage {

// One picture on a page: the card's index in journey.touchpoints and the picture's on the card.
struct Placed {
    int card = 0;
    int picture = 0;
};

int pictureCount(const Journey &journey);
// The pictures page by page for pages whose content area is `area` large.
std::vector<std::vector<Placed>> paginate(const Journey &journey, QSizeF area);
void paint(QPainter &painter, const QRectF &area, const Journey &journey, const std::vector<Placed> &pictures);

} // namespace PicturesPage

} // namespace waymark
