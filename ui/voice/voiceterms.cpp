#include "voice/voiceterms.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace waymark {

void VoiceTermsModel::setTerms(std::vector<DistinctiveTerm> terms)
{
    beginResetModel();
    mTerms = std::move(terms);
    mLargestZ = 0;
    for (const DistinctiveTerm &t : mTerms)
        mLargestZ = std::max(mLargestZ, std::abs(t.z));
    endResetModel();
}

const DistinctiveTerm *VoiceTermsModel::term(int row) const
{
    return row >= 0 && std::size_t(row) < mTerms.size() ? &mTerms[std::size_t(row)] : nullptr;
}

int VoiceTermsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mTerms.size());
}

QVariant VoiceTermsModel::data(const QModelIndex &index, int role) const
{
    const DistinctiveTerm *t = term(index.row());
    if (!t)
        return {};
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        return t->term;
    case Qt::ToolTipRole:
        return tr("“%1”: %n time(s) in these comments, %2 in all others; log-odds %3, z = %4", nullptr, int(t->count))
            .arg(t->term, locale.toString(qint64(t->othersCount)), locale.toString(t->logOdds, 'f', 2), locale.toString(t->z, 'f', 2));
    case CountRole:
        return t->count;
    case ZRole:
        return t->z;
    case BarShareRole:
        return mLargestZ > 0 ? std::abs(t->z) / mLargestZ : 0.0;
    case TermIdRole:
        return t->id;
    default:
        return {};
    }
}

void VoiceTermDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString term = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QLocale locale;
    const double z = index.data(VoiceTermsModel::ZRole).toDouble();
    const QString figures = tr("%1 · z %2").arg(locale.toString(qint64(index.data(VoiceTermsModel::CountRole).toDouble())),
                                                 locale.toString(z, 'f', 1));
    const QRect r = opt.rect.adjusted(6, 3, -6, -3);
    const QFontMetrics fm(opt.font);
    // Term on the left third, bar in the middle, figures on the right: the bars line up.
    const int termWidth = std::max(r.width() * 2 / 5, 60);
    const int figuresWidth = fm.horizontalAdvance(tr("%1 · z %2").arg(QStringLiteral("0000"), QStringLiteral("-00.0"))) + 4;
    const QRect termRect(r.left(), r.top(), termWidth - 6, r.height());
    const QRect figuresRect(r.right() - figuresWidth, r.top(), figuresWidth, r.height());
    const QRect barSpace(termRect.right() + 6, r.top() + 2, std::max(0, figuresRect.left() - termRect.right() - 12), r.height() - 4);
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Text);

    painter->save();
    painter->setPen(text);
    painter->drawText(termRect, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(term, Qt::ElideRight, termRect.width()));
    const double share = index.data(VoiceTermsModel::BarShareRole).toDouble();
    const QRect bar(barSpace.left(), barSpace.top(), int(std::round(barSpace.width() * share)), barSpace.height());
    painter->fillRect(bar, z > 0 ? QColor(0xc6, 0x3d, 0x3d) : QColor(0x9a, 0xa3, 0xad));
    painter->drawText(figuresRect, Qt::AlignVCenter | Qt::AlignRight, figures);
    painter->restore();
}

QSize VoiceTermDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), QFontMetrics(option.font).height() + 8));
    return size;
}

} // namespace waymark
