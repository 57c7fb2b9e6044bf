#include "grid/journeygridview.h"

#include "grid/journeygridmodel.h"
#include "journeydocument.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace waymark {

namespace {

const QColor lineOfVisibilityColour(0x55, 0x55, 0x55);

// Draws the line of visibility as a dashed line along the top of the first lane the
// customer does not see.
class GridDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // Nothing is selectable, so the focus frame would only look like a highlighted card.
        QStyleOptionViewItem plain(option);
        plain.state &= ~QStyle::State_HasFocus;
        QStyledItemDelegate::paint(painter, plain, index);
        if (!index.data(JourneyGridModel::BelowLineOfVisibilityRole).toBool())
            return;
        painter->save();
        painter->setPen(QPen(lineOfVisibilityColour, 2, Qt::DashLine));
        painter->drawLine(option.rect.topLeft() + QPoint(0, 1), option.rect.topRight() + QPoint(0, 1));
        painter->restore();
    }
};

// The lane names: continues the line of visibility across the header, so it reads as one
// line from the lane names to the last stage.
class LaneHeader : public QHeaderView
{
public:
    explicit LaneHeader(QWidget *parent)
        : QHeaderView(Qt::Vertical, parent)
    {
    }

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override
    {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        if (!model() || !model()->index(logicalIndex, 0).data(JourneyGridModel::BelowLineOfVisibilityRole).toBool())
            return;
        painter->save();
        // The base class leaves an empty clip behind: draw inside this section again.
        painter->setClipRect(rect);
        painter->setPen(QPen(lineOfVisibilityColour, 2, Qt::DashLine));
        painter->drawLine(rect.topLeft() + QPoint(0, 1), rect.topRight() + QPoint(0, 1));
        painter->restore();
    }
};

} // namespace

JourneyGridView::JourneyGridView(QWidget *parent)
    : QTableView(parent)
{
    setVerticalHeader(new LaneHeader(this));
    setItemDelegate(new GridDelegate(this));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Nothing to act on yet: a selected cell would only look like a highlighted card.
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    horizontalHeader()->setDefaultSectionSize(230);
    horizontalHeader()->setMinimumSectionSize(120);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);
    verticalHeader()->setMinimumWidth(170);
    setAlternatingRowColors(false);
    setShowGrid(true);
}

void JourneyGridView::setDocument(JourneyDocument *document)
{
    QAbstractItemModel *old = model();
    mModel = document ? new JourneyGridModel(document, this) : nullptr;
    setModel(mModel);
    delete old;
    if (mModel) {
        connect(mModel, &QAbstractItemModel::modelReset, this, &JourneyGridView::fitRows);
        connect(mModel, &QAbstractItemModel::dataChanged, this, &JourneyGridView::fitRows);
        fitRows();
    }
}

void JourneyGridView::fitRows()
{
    resizeRowsToContents();
}

} // namespace waymark
