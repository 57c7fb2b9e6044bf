#include "grid/journeygridview.h"

#include "grid/journeygridmodel.h"
#include "journeydocument.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace waymark {

namespace {

// Draws the line of visibility as a dashed line along the top of the first lane the
// customer does not see.
class GridDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (!index.data(JourneyGridModel::BelowLineOfVisibilityRole).toBool())
            return;
        painter->save();
        QPen pen(QColor(0x55, 0x55, 0x55), 2, Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(option.rect.topLeft() + QPoint(0, 1), option.rect.topRight() + QPoint(0, 1));
        painter->restore();
    }
};

} // namespace

JourneyGridView::JourneyGridView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new GridDelegate(this));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
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
