#pragma once

#include "charts/npscharts.h"

#include <QTreeWidget>

namespace waymark {

// NPS per touchpoint, lowest first (where it hurts): the card's title, a bar from 0 to its
// NPS (red below, green above, grey under 30 answers) with the value, ±margin and n. Rows
// instead of a bar chart because a dock is narrow and card titles are long.
class TouchpointNpsList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit TouchpointNpsList(QWidget *parent = nullptr);
    void setTouchpoints(const std::vector<TouchpointNps> &touchpoints);

signals:
    void touchpointActivated(const QUuid &cardId);
};

} // namespace waymark
