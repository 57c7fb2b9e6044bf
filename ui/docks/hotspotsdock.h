#pragma once

#include "effortscore.h"
#include "journeydocument.h"

#include <QDockWidget>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QLabel;
class QTreeView;

namespace waymark {

class HotspotsModel;

// "Effort hotspots": the journey's cards ranked by what they cost the customer on one
// dimension (time, money, emotion or the weighted cost). Clicking a row, or Enter on it,
// asks the window to show that card.
class HotspotsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit HotspotsDock(JourneyDocument *document, QWidget *parent = nullptr);

    void setDocument(JourneyDocument *document);
    JourneyDocument *document() const { return mDocument; }

    EffortDimension dimension() const { return mDimension; }
    void setDimension(EffortDimension dimension);

    QTreeView *view() const { return mView; }
    HotspotsModel *model() const { return mModel; }

signals:
    void dimensionChanged(EffortDimension dimension);
    void touchpointActivated(const QUuid &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A slot so it can be connected to every document signal through QMetaMethod.
    Q_SLOT void scheduleRefresh();
    void refresh();
    void activateRow(int row);

    QPointer<JourneyDocument> mDocument;
    QList<QMetaObject::Connection> mConnections;
    EffortDimension mDimension = EffortDimension::Composite;
    QComboBox *mDimensionBox;
    QTreeView *mView;
    QLabel *mEmpty;
    HotspotsModel *mModel;
    QTimer mRefreshTimer;
};

} // namespace waymark
