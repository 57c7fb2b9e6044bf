#include "touchpointnpslist.h"

#include "canvas/npsbadgeitem.h"
#include "data/metrics/metric.h"
#include "elidedtextdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>

#include <cmath>

namespace waymark {

namespace {

enum NpsColumn { TitleColumn, ValueColumn, MarginColumn, CountColumn };
enum NpsRole { CardRole = Qt::UserRole, ValueRole, WeakRole, LowRole, HighRole, BaseRole, NpsColoursRole };

class ValueBarDelegate : public QStyledItemDelegate
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
        const double value = index.data(ValueRole).toDouble();
        const double low = index.data(LowRole).toDouble(), high = index.data(HighRole).toDouble();
        const double base = index.data(BaseRole).toDouble();
        const bool weak = index.data(WeakRole).toBool();
        const auto position = [&](double v) { return high > low ? std::clamp((v - low) / (high - low), 0.0, 1.0) : 0.5; };
        const QString text = index.data(Qt::DisplayRole).toString();
        const qreal textWidth = option.fontMetrics.horizontalAdvance(text) + 3;
        const QRectF area = QRectF(option.rect).adjusted(4, 4, -4, -4);
        // Bars from the scale's bottom leave room for a number after the longest bar.
        const bool fromLeft = position(base) <= 0;
        const qreal barWidth = fromLeft ? area.width() - option.fontMetrics.horizontalAdvance(QStringLiteral("000")) - 3 : area.width();
        const qreal zero = area.left() + barWidth * position(base);
        const qreal end = area.left() + barWidth * position(value);
        const QColor colour = weak ? QColor(0xbd, 0xbd, 0xbd)
            : index.data(NpsColoursRole).toBool() ? (value < 0 ? QColor(0xd6, 0x33, 0x2f) : QColor(0x2e, 0x9e, 0x44))
                                                   : NpsBadgeItem::scaleColour(position(value));
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillRect(QRectF(std::min(zero, end), area.top(), std::abs(end - zero), area.height()), colour);
        painter->setPen(QPen(option.palette.color(QPalette::Mid), 1));
        painter->drawLine(QPointF(zero, option.rect.top()), QPointF(zero, option.rect.bottom()));
        // The number sits beside the bar: on the other side of 0 when bars grow both ways
        // (NPS), else just past the bar's end, or inside it where a full bar leaves no room.
        painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        QRectF textArea;
        Qt::Alignment align = Qt::AlignVCenter;
        if (!fromLeft && end < zero) {
            textArea = QRectF(zero + 3, area.top(), area.right() - zero - 3, area.height());
            align |= Qt::AlignLeft;
        } else if (!fromLeft) {
            textArea = QRectF(area.left(), area.top(), zero - area.left() - 3, area.height());
            align |= Qt::AlignRight;
        } else if (end + textWidth <= area.right()) {
            textArea = QRectF(end + 3, area.top(), area.right() - end - 3, area.height());
            align |= Qt::AlignLeft;
        } else {
            textArea = QRectF(area.left(), area.top(), end - area.left() - 3, area.height());
            align |= Qt::AlignRight;
        }
        painter->drawText(textArea, align, text);
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
    header()->setSectionResizeMode(ValueColumn, QHeaderView::Fixed);
    header()->resizeSection(ValueColumn, 96);
    header()->setSectionResizeMode(MarginColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    ElidedTextDelegate::install(this); // card titles: both ends stay, the tooltip has the whole
    setItemDelegateForColumn(ValueColumn, new ValueBarDelegate(this));
    const auto activate = [this](QTreeWidgetItem *item) {
        const QUuid card = item->data(TitleColumn, CardRole).toUuid();
        if (!card.isNull()) // departments (eNPS) have no card to show
            emit touchpointActivated(card);
    };
    connect(this, &QTreeWidget::itemClicked, this, activate);
    connect(this, &QTreeWidget::itemActivated, this, activate);
}

void TouchpointNpsList::setTouchpoints(const std::vector<TouchpointFigure> &touchpoints, const ValueScale &scale, bool departments)
{
    // Rows are updated in place: a renamed card repaints one cell instead of relaying out
    // the whole list (setText() of an unchanged value changes nothing).
    while (topLevelItemCount() > int(touchpoints.size()))
        delete takeTopLevelItem(topLevelItemCount() - 1);
    const QLocale locale;
    const bool nps = scale.base() == 0 && scale.low < 0; // bars both ways from 0, red and green
    // NPS's margin is the same both ways: "±10". Wilson intervals (CSAT) are not: "81–86".
    const bool symmetric = std::all_of(touchpoints.begin(), touchpoints.end(), [](const TouchpointFigure &t) {
        return std::abs((t.value - t.low95) - (t.high95 - t.value)) < 1e-6;
    });
    const int decimals = scale.high - scale.low <= 10 ? 1 : 0;
    const double trusted = scale.metric().trustedSample();
    const QStringList headers{departments ? tr("Department") : tr("Touchpoint"), scale.name(), symmetric ? tr("±") : tr("95 %"), tr("n")};
    for (int column = 0; column < headers.size(); ++column)
        headerItem()->setText(column, headers[column]);
    headerItem()->setToolTip(MarginColumn, symmetric ? tr("95 % margin of error, in the figure's points") : tr("95 % interval of the figure"));
    for (std::size_t row = 0; row < touchpoints.size(); ++row) {
        const TouchpointFigure &t = touchpoints[row];
        QTreeWidgetItem *item = int(row) < topLevelItemCount() ? topLevelItem(int(row)) : new QTreeWidgetItem(this);
        item->setText(TitleColumn, t.title);
        item->setToolTip(TitleColumn, t.title);
        item->setData(TitleColumn, CardRole, t.cardId);
        item->setText(ValueColumn, decimals > 0 ? locale.toString(t.value, 'f', decimals) : locale.toString(t.value, 'f', 0));
        item->setData(ValueColumn, ValueRole, t.value);
        item->setData(ValueColumn, LowRole, scale.low);
        item->setData(ValueColumn, HighRole, scale.high);
        item->setData(ValueColumn, BaseRole, scale.base());
        item->setData(ValueColumn, NpsColoursRole, nps);
        item->setData(ValueColumn, WeakRole, t.smallSample);
        item->setText(MarginColumn, symmetric ? locale.toString((t.high95 - t.low95) / 2, 'f', decimals)
                                              : QStringLiteral("%1–%2").arg(locale.toString(t.low95, 'f', decimals), locale.toString(t.high95, 'f', decimals)));
        item->setText(CountColumn, locale.toString(t.n));
        item->setTextAlignment(MarginColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (t.smallSample)
            item->setToolTip(ValueColumn, tr("Fewer than %1 answers: a weak signal").arg(trusted));
        else
            item->setToolTip(ValueColumn, scale.format(t.value));
    }
}

} // namespace waymark
