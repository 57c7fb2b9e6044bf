#pragma once

#include <QStyledItemDelegate>

namespace waymark {

// One journey as a card in the portfolio's grid: title, owner, NPS ± margin (coloured as the
// map's badges), CLV at risk, customer time and what is being done about it.
class PortfolioCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int cardWidth = 290, cardHeight = 152;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace waymark
