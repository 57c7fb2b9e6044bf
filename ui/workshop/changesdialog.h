#pragma once

#include "review/journeydiff.h"

#include <QDialog>

class QTreeWidget;

namespace waymark {

// "What changed since the earlier version": the journey diff as a list grouped by kind.
// Clicking a card that still exists asks to show it on the canvas.
class ChangesDialog : public QDialog
{
    Q_OBJECT
public:
    ChangesDialog(const JourneyDiff &diff, const QString &earlierName, QWidget *parent = nullptr);

    // Cards added, moved or edited (the ones on the map now).
    QList<QUuid> changedCards() const { return mChangedCards; }
    QTreeWidget *list() const { return mList; }

signals:
    void cardActivated(const QUuid &id);
    void selectCardsRequested(const QList<QUuid> &ids);

private:
    QTreeWidget *mList;
    QList<QUuid> mChangedCards;
};

} // namespace waymark
