#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace waymark {

// For the docks' lists, where names rarely fit: text is cut in the middle ("Open … online
// account" keeps both ends, which is what tells similar cards and stages apart), and the
// tooltip shows the full text when, and only when, the cell cuts it. A tooltip that says
// something else (provenance, answer counts) is shown as always.
class ElidedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Elides `view`'s text in the middle and gives it this delegate (columns with a delegate
    // of their own keep it).
    static void install(QAbstractItemView *view);
    // True when the view draws the cell's text cut (the text is wider than its cell).
    static bool isCut(const QAbstractItemView *view, const QModelIndex &index);

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    static bool textIsCut(QStyleOptionViewItem option, const QModelIndex &index);
};

} // namespace waymark
