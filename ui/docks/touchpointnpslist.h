#pragma once

#include "charts/npscharts.h"

#include <QTreeWidget>

namespace waymark {

// A metric per touchpoint (eNPS: per department), worst first (where it hurts): the card's
// title, a bar with the value (NPS from 0, red below and green above; other metrics from the
// scale's bottom, coloured along it as the map's badges are; grey for small samples), the
// 95 % interval and n. Rows instead of a bar chart because a dock is narrow and card titles
// are long.
class TouchpointNpsList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit TouchpointNpsList(QWidget *parent = nullptr);
    void setTouchpoints(const std::vector<TouchpointFigure> &touchpoints, const ValueScale &scale = {}, bool departments = false);

signals:
    void touchpointActivated(const QUuid &cardId);
};

} // namespace waymark
