#include "elidedtextdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QStyle>
#include <QToolTip>

namespace waymark {

namespace {

// The part of a cell QStyledItemDelegate draws text in: the style's text rectangle less the
// margin QCommonStyle keeps on either side (PM_FocusFrameHMargin + 1).
int textRoom(const QStyleOptionViewItem &option)
{
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    return style->subElementRect(QStyle::SE_ItemViewItemText, &option, widget).width() - 2 * margin;
}

// What the view would hand a delegate for `index` (QAbstractItemView::initViewItemOption
// is protected).
QStyleOptionViewItem optionFor(const QAbstractItemView *view, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.widget = view;
    option.rect = view->visualRect(index);
    option.textElideMode = view->textElideMode();
    option.features |= QStyleOptionViewItem::HasDisplay;
    return option;
}

} // namespace

void ElidedTextDelegate::install(QAbstractItemView *view)
{
    view->setTextElideMode(Qt::ElideMiddle);
    view->setItemDelegate(new ElidedTextDelegate(view));
}

bool ElidedTextDelegate::isCut(const QAbstractItemView *view, const QModelIndex &index)
{
    return index.isValid() && textIsCut(optionFor(view, index), index);
}

bool ElidedTextDelegate::textIsCut(QStyleOptionViewItem option, const QModelIndex &index)
{
    ElidedTextDelegate measure; // initStyleOption() is a member; any instance fills the option alike
    measure.initStyleOption(&option, index);
    return !option.text.isEmpty() && option.fontMetrics.horizontalAdvance(option.text) > textRoom(option);
}

bool ElidedTextDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                   const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = index.data(Qt::DisplayRole).toString();
    const QString tip = index.data(Qt::ToolTipRole).toString();
    const bool cut = textIsCut(option, index);
    if (tip.isEmpty() || tip == text) {
        // The tooltip would only repeat the cell: worth it only where the cell cuts the text.
        if (cut)
            QToolTip::showText(event->globalPos(), text, view->viewport(), view->visualRect(index));
        else
            QToolTip::hideText();
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace waymark
