#include "commentdelegate.h"
#include "journeydocument.h"

#include "commentsdock.h"

#include <QApplication>
#include <QPainter>
#include <QStyledItemDelegate>

namespace waymark {

namespace {

QColor blend(const QColor &a, const QColor &b, double weightOfA)
{
    return QColor::fromRgbF(float(a.redF() * weightOfA + b.redF() * (1 - weightOfA)),
                            float(a.greenF() * weightOfA + b.greenF() * (1 - weightOfA)),
                            float(a.blueF() * weightOfA + b.blueF() * (1 - weightOfA)));
}

// Draws a comment as two or three short lines instead of five cramped columns, so the dock
// stays readable at the width of a side panel:
//   Card “Waits for approval”                ✓ resolved     (threads only)
//   Ana Petrović  ● Back office           12/03/2024 14:05
//   The form asks for the ID twice.
class CommentDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int padding = 4;
    // Threads get extra room above and a rule, so one thread's replies do not run into the next.
    static constexpr int threadSpace = 4;
    static constexpr int gap = 1;

    static bool isThread(const QModelIndex &index) { return !index.parent().isValid(); }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFontMetrics metrics(option.font);
        const int lines = isThread(index) ? 3 : 2;
        return {200, 2 * padding + (isThread(index) ? threadSpace : 0) + lines * metrics.lineSpacing() + (lines - 1) * gap};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        // The style draws the background, selection and focus; the text is drawn below.
        opt.text.clear();
        opt.features &= ~QStyleOptionViewItem::HasDisplay;
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                           : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                                 : QPalette::Inactive;
        const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor ground = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
        const bool resolved = index.data(CommentsDock::ResolvedRole).toBool();
        // Resolved threads step back: they are history, the open ones need attention.
        const QColor main = resolved ? blend(text, ground, 0.5) : text;
        const QColor secondary = blend(text, ground, resolved ? 0.45 : 0.65);

        const QFontMetrics metrics(opt.font);
        const int line = metrics.lineSpacing();
        const QRect area = opt.rect.adjusted(4, padding + (isThread(index) ? threadSpace : 0), -6, -padding);
        int y = area.top();

        painter->save();
        if (isThread(index) && index.row() > 0) {
            painter->setPen(opt.palette.color(QPalette::Midlight));
            painter->drawLine(0, opt.rect.top(), opt.rect.right(), opt.rect.top()); // across the branch column too
        }
        if (isThread(index)) {
            int statusWidth = 0;
            if (resolved) {
                //: Status of a comment thread, after a check mark
                const QString status = QStringLiteral("✓ ") + CommentsDock::tr("resolved");
                statusWidth = metrics.horizontalAdvance(status) + 8;
                painter->setPen(secondary);
                painter->drawText(QRect(area.left(), y, area.width(), line), Qt::AlignRight | Qt::AlignVCenter, status);
            }
            QFont bold = opt.font;
            bold.setBold(true);
            const QFontMetrics boldMetrics(bold);
            const int width = area.width() - statusWidth;
            painter->setFont(bold);
            painter->setPen(main);
            painter->drawText(QRect(area.left(), y, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                              boldMetrics.elidedText(index.data(CommentsDock::TargetTextRole).toString(), Qt::ElideRight, width));
            painter->setFont(opt.font);
            y += line + gap;
        }

        // Who and when: the time keeps its place at the right, names give way first.
        const QString time = index.data(CommentsDock::TimeTextRole).toString();
        const int timeWidth = time.isEmpty() ? 0 : metrics.horizontalAdvance(time) + 10;
        painter->setPen(secondary);
        painter->drawText(QRect(area.left(), y, area.width(), line), Qt::AlignRight | Qt::AlignVCenter, time);
        const int right = area.right() - timeWidth;
        int x = area.left();
        const QString departmentName = index.data(CommentsDock::DepartmentNameRole).toString();
        const QString author = metrics.elidedText(index.data(CommentsDock::AuthorRole).toString(), Qt::ElideRight,
                                                  departmentName.isEmpty() ? right - x : (right - x) / 2);
        painter->setPen(main);
        painter->drawText(QRect(x, y, right - x, line), Qt::AlignLeft | Qt::AlignVCenter, author);
        x += metrics.horizontalAdvance(author) + metrics.horizontalAdvance(QLatin1Char(' ')) * 2;
        if (!departmentName.isEmpty() && x < right) {
            const QColor colour = index.data(CommentsDock::DepartmentColourRole).value<QColor>();
            const int dot = std::max(6, metrics.height() * 3 / 5);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(QPen(resolved ? blend(colour, ground, 0.5) : colour.darker(130), 1));
            painter->setBrush(resolved ? blend(colour, ground, 0.5) : colour);
            painter->drawEllipse(QRectF(x + 0.5, y + (line - dot) / 2.0 + 0.5, dot, dot));
            x += dot + 4;
            painter->setPen(secondary);
            painter->drawText(QRect(x, y, std::max(0, right - x), line), Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(departmentName, Qt::ElideRight, std::max(0, right - x)));
        }
        y += line + gap;

        painter->setPen(main);
        painter->drawText(QRect(area.left(), y, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(index.data(CommentsDock::FirstLineRole).toString(), Qt::ElideRight, area.width()));
        painter->restore();
    }
};

} // namespace

QStyledItemDelegate *createCommentDelegate(QObject *parent)
{
    return new CommentDelegate(parent);
}

} // namespace waymark
