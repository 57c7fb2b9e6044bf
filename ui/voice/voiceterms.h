#pragma once

#include "text/commentanalysis.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>

#include <vector>

namespace waymark {

// The distinctive terms of one group of comments, ranked by z (text/commentanalysis.h), as
// rows for the "What customers say" dock: the term as display text, with its count, z and
// quotes behind roles. The longest bar is the largest |z| in the list.
class VoiceTermsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { CountRole = Qt::UserRole + 1, ZRole, BarShareRole, TermIdRole };
    using QAbstractListModel::QAbstractListModel;

    void setTerms(std::vector<DistinctiveTerm> terms);
    const std::vector<DistinctiveTerm> &terms() const { return mTerms; }
    const DistinctiveTerm *term(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    std::vector<DistinctiveTerm> mTerms;
    double mLargestZ = 0;
};

// A ranked bar row: the term, a bar as long as its z is against the largest (red for a group's
// own words, grey for words it uses less than everyone else), and "count · z" as text so the
// figure is readable without the bar.
class VoiceTermDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace waymark
