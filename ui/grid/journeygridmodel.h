#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace waymark {

class JourneyDocument;

// The journey as a table for the read-only grid: one row per lane, one column per stage,
// plus a totals row and a totals column. It reads the document and follows its signals;
// it never changes the journey.
class JourneyGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Extra roles for the view's delegate.
    enum Role {
        // True on the first row below the line of visibility.
        BelowLineOfVisibilityRole = Qt::UserRole + 1,
        IsTotalsRole,
    };

    explicit JourneyGridModel(JourneyDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isTotalsRow(int row) const;
    bool isTotalsColumn(int column) const;

private:
    QString cellText(int row, int column) const;
    QString cellToolTip(int row, int column) const;
    QString totalsText(int row, int column) const;
    QVariant laneBackground(int row) const;
    void resetAll();
    void cardChanged(const QUuid &id);

    QPointer<JourneyDocument> mDocument;
};

} // namespace waymark
