#include "touchpointnpslist.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>

namespace waymark {

namespace {

enum Column { TitleColumn, NpsColumn, MarginColumn, CountColumn };
enum Role { CardRole = Qt::UserRole, NpsRole, WeakRole };

class NpsBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem plain = option;
        initStyleOption(&plain, index);
        plain.text.clear(); // the number is drawn beside the bar below
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &plain, painter, widget);
        const double nps = index.data(NpsRole).toDouble();
        const bool weak = index.data(WeakRole).toBool();
        const QRectF area = QRectF(option.rect).adjusted(4, 4, -4, -4);
        const qreal zero = area.center().x();
        const qreal end = zero + area.width() / 2 * std::clamp(nps, -100.0, 100.0) / 100.0;
        const QColor colour = weak ? QColor(0xbd, 0xbd, 0xbd) : nps < 0 ? QColor(0xd6, 0x33, 0x2f) : QColor(0x2e, 0x9e, 0x44);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillRect(QRectF(std::min(zero, end), area.top(), std::abs(end - zero), area.height()), colour);
        painter->setPen(QPen(option.palette.color(QPalette::Mid), 1));
        painter->drawLine(QPointF(zero, option.rect.top()), QPointF(zero, option.rect.bottom()));
        // The number sits on the side away from the bar, so it never covers it.
        painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        const QString text = index.data(Qt::DisplayRole).toString();
        const QRectF textArea = nps < 0 ? QRectF(zero + 3, area.top(), area.right() - zero - 3, area.height())
                                        : QRectF(area.left(), area.top(), zero - area.left() - 3, area.height());
        painter->drawText(textArea, Qt::AlignVCenter | (nps < 0 ? Qt::AlignLeft : Qt::AlignRight), text);
        painter->restore();
    }
};

} // namespace

TouchpointNpsList::TouchpointNpsList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("touchpointNpsList"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setHeaderLabels({tr("Touchpoint"), tr("NPS"), tr("±"), tr("n")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(NpsColumn, QHeaderView::Fixed);
    header()->resizeSection(NpsColumn, 96);
    header()->setSectionResizeMode(MarginColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    headerItem()->setToolTip(MarginColumn, tr("95 % margin of error in NPS points"));
    setItemDelegateForColumn(NpsColumn, new NpsBarDelegate(this));
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { emit touchpointActivated(item->data(TitleColumn, CardRole).toUuid()); });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { emit touchpointActivated(item->data(TitleColumn, CardRole).toUuid()); });
}

void TouchpointNpsList::setTouchpoints(const std::vector<TouchpointNps> &touchpoints)
{
    clear();
    const QLocale locale;
    for (const TouchpointNps &t : touchpoints) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(TitleColumn, t.title);
        item->setToolTip(TitleColumn, t.title);
        item->setData(TitleColumn, CardRole, t.cardId);
        item->setText(NpsColumn, locale.toString(t.nps, 'f', 0));
        item->setData(NpsColumn, NpsRole, t.nps);
        item->setData(NpsColumn, WeakRole, t.n < 30);
        item->setText(MarginColumn, locale.toString(t.moe95, 'f', 0));
        item->setText(CountColumn, locale.toString(t.n));
        item->setTextAlignment(MarginColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (t.n < 30)
            item->setToolTip(NpsColumn, tr("Fewer than 30 answers: a weak signal"));
    }
}

} // namespace waymark
