#pragma once

#include "uuidhash.h"
#include "business/journeystate.h"
#include "canvaslayout.h"
#include "dataoverlay.h"
#include "efforttotals.h"
#include "effortscore.h"
#include "journeydocument.h"
#include "sceneheat.h"
#include "workshopmarks.h"

#include <QGraphicsScene>
#include <QPointer>

#include <optional>

class QMimeData;

namespace waymark {

class CanvasDragHandler;
class CardItem;
class ConnectionItem;
class EmotionCurveItem;
class GridItem;
class HeaderItem;
class JourneyDocument;
class TotalsItem;

// The journey as a canvas: stage columns, lane rows, cards stacked in cells, connections,
// totals, emotion curve. Every item is a view of the document: the scene listens to the
// document's signals and never changes the journey itself; gestures (drags, double-clicks)
// become commands pushed on the document's undo stack.
//
// A change to a card's contents repaints that card and the totals; a change that moves
// cards recomputes the layout (one pass over the cards) and repositions only the items
// whose place changed. Structural changes are coalesced until the event loop runs (or
// ensureLayout() is called), so a 40-card paste lays out once.
class JourneyScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit JourneyScene(QObject *parent = nullptr);
    ~JourneyScene() override;

    void setDocument(JourneyDocument *document);
    JourneyDocument *document() const { return mDocument; }

    // Applies pending layout work now.
    void ensureLayout();
    const CanvasLayout &canvasLayout();

    CardItem *cardItem(const QUuid &id) const { return mCards.value(id); }
    int cardCount() const { return int(mCards.size()); }
    HeaderItem *stageHeader(int index) const;
    HeaderItem *laneHeader(int index) const;
    ConnectionItem *connectionItem(const QUuid &id) const { return mConnections.value(id); }
    TotalsItem *stageTotals(int index) const;
    TotalsItem *laneTotals(int index) const;
    EmotionCurveItem *emotionCurve(int laneIndex) const;

    // Selection in journey terms.
    QList<QUuid> selectedTouchpoints() const;
    QList<QUuid> selectedConnections() const;
    void selectTouchpoints(const QList<QUuid> &ids);
    // The cell the user last clicked or selected a card in: where "New card" and Paste go.
    std::optional<CellIndex> currentCell() const { return mCurrentCell; }
    void setCurrentCell(std::optional<CellIndex> cell);

    // Heatmap: colours cards by one effort dimension or one survey metric (sceneheat.h);
    // std::nullopt or an empty choice turns it off.
    void setHeatmap(const HeatmapChoice &choice);
    const HeatmapChoice &heatmap() const { return mHeat.choice(); }
    // The scale of a metric heatmap, for legends (not valid for effort or without data), and
    // whether some coloured cards are hatched as small samples.
    const MetricScale &heatScale() const { return mHeat.scale(); }
    bool heatHasSmallSamples() const { return mHeat.hasSmallSamples(); }
    // The scale of an effort heatmap (empty when off or a metric is chosen).
    const EffortHeatScale &heatEffortScale() const { return mHeat.effortScale(); }
    // Department filter: dims what the department does not own; null shows everything.
    void setDepartmentFilter(const QUuid &departmentId);
    QUuid departmentFilter() const { return mDepartmentFilter; }
    // Persona filter: dims the cards that do not happen to the persona, shows the emotion they
    // feel on the cards, and draws totals and the emotion curve of their journey; null: everyone.
    void setPersonaFilter(const QUuid &personaId);
    QUuid personaFilter() const { return mPersonaFilter; }

    // The NPS / CLV layers (empty: hidden). Kept across edits and re-layouts.
    void setDataOverlay(const DataOverlay &overlay);
    // Compare view: how each card differs from today (journeystate.h), for changed cards their
    // effort today as a short text, and today's totals per stage, shown beside the future's.
    // Empty: no marks.
    void setComparison(const UuidHash<CardComparison> &comparison, const UuidHash<QString> &today,
                       std::optional<UuidHash<EffortTotals>> todayPerStage = std::nullopt);
    // Authors, vote dots and comment counts on the cards (workshopmarks.h).
    void setWorkshopMarks(const WorkshopMarks &marks);
    const WorkshopMarks &workshopMarks() const { return mWorkshopMarks; }
    const DataOverlay &dataOverlay() const { return mOverlay; }

    // Adds a "New card" in the cell and asks the view to edit its title.
    QUuid addCardInCell(const CellIndex &cell, int indexInCell = -1);
    // The connect tool: when on, a plain drag from a card draws a connection (Alt-drag always does).
    void setConnectMode(bool on) { mConnectMode = on; }
    bool connectMode() const { return mConnectMode; }

    // Pictures for a card from a drop or a paste (pictures/pictureimporter.h): whether the card
    // takes them (it exists, the journey is not open for review), and starting their import;
    // false when the data offers no picture.
    bool canAddPictures(const QUuid &cardId) const;
    bool addPictures(const QUuid &cardId, const QMimeData &data);

signals:
    void touchpointSelectionChanged(const QList<QUuid> &ids);
    void editCardTitleRequested(const QUuid &id);
    // The card's pictures mark was double-clicked: show them large (in review mode too).
    void picturesRequested(const QUuid &cardId);
    void editHeaderRequested(HeaderItem *header);
    void currentCellChanged();
    void heatmapChanged(const waymark::HeatmapChoice &choice);
    // The metric heatmap's scale or its small samples changed (data, data keys, a choice).
    void heatScaleChanged();
    // Another document is shown (or none), or the NPS/CLV layers changed (the legend follows).
    void documentChanged();
    void dataOverlayChanged();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    void clearItems();
    // A double-click on a card's pictures mark opens them (journeyscenepictures.cpp).
    bool openPicturesAt(const QPointF &scenePos);
    // The journey the totals and emotion curves count: without the Compare view's removed steps.
    const Journey &countedJourney(Journey &storage) const;
    void scheduleLayout();
    void applyLayout();
    void refreshCard(const QUuid &id);
    void refreshHeaders();
    void refreshTotals();
    void refreshEmotionCurves();
    void refreshHeat();
    void refreshDimming();
    void refreshConnections();
    void addCardItem(const QUuid &id);
    void removeCardItem(const QUuid &id);
    void addConnectionItem(const QUuid &id);
    void removeConnectionItem(const QUuid &id);
    void onSelectionChanged();
    void showCurrentCell();

    QPointer<JourneyDocument> mDocument;
    CanvasLayout mLayout;
    bool mLayoutPending = false;
    bool mStructurePending = false;

    GridItem *mGrid = nullptr;
    QGraphicsRectItem *mCurrentCellMark = nullptr; // where N and Paste put cards
    UuidHash<CardItem *> mCards;
    UuidHash<ConnectionItem *> mConnections;
    std::vector<HeaderItem *> mStageHeaders;
    std::vector<HeaderItem *> mLaneHeaders;
    std::vector<TotalsItem *> mStageTotals;
    std::vector<TotalsItem *> mLaneTotals;
    QHash<int, EmotionCurveItem *> mEmotionCurves; // by lane index

    SceneHeat mHeat;
    QUuid mDepartmentFilter;
    QUuid mPersonaFilter;
    DataOverlay mOverlay;
    WorkshopMarks mWorkshopMarks;
    std::optional<CellIndex> mCurrentCell;
    bool mConnectMode = false;
    UuidHash<CardComparison> mComparison;
    UuidHash<QString> mComparisonToday;
    std::optional<UuidHash<EffortTotals>> mTodayTotals;
    std::unique_ptr<CanvasDragHandler> mDrag;
};

} // namespace waymark
