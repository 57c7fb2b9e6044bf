#include "journeyscene.h"

#include "personaview.h"

#include "arrowroute.h"
#include "canvasdraghandler.h"
#include "carditem.h"
#include "commands/addtouchpoint.h"
#include "connectionitem.h"
#include "efforttotals.h"
#include "emotioncurveitem.h"
#include "griditem.h"
#include "headeritems.h"
#include "journeydocument.h"

#include <QCoreApplication>
#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QTimer>

namespace waymark {

JourneyScene::JourneyScene(QObject *parent)
    : QGraphicsScene(parent)
    , mDrag(std::make_unique<CanvasDragHandler>(this))
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, &JourneyScene::onSelectionChanged);
}

JourneyScene::~JourneyScene()
{
    // Items go before the drag handler that may point at them; forget them first, since
    // deleting a selected item emits selectionChanged.
    clearItems();
}

void JourneyScene::setDocument(JourneyDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mCurrentCell.reset();
    rebuild();
    emit documentChanged();
    if (!document)
        return;

    const auto structure = [this] {
        mStructurePending = true;
        scheduleLayout();
    };
    connect(document, &JourneyDocument::journeyReset, this, &JourneyScene::rebuild);
    connect(document, &JourneyDocument::stageInserted, this, structure);
    connect(document, &JourneyDocument::stageRemoved, this, structure);
    connect(document, &JourneyDocument::stagesReordered, this, structure);
    connect(document, &JourneyDocument::stageChanged, this, &JourneyScene::refreshHeaders);
    connect(document, &JourneyDocument::laneInserted, this, structure);
    connect(document, &JourneyDocument::laneRemoved, this, structure);
    connect(document, &JourneyDocument::lanesReordered, this, structure);
    connect(document, &JourneyDocument::laneChanged, this, structure); // kind or zone may change the rows
    const auto departments = [this] {
        for (auto it = mCards.cbegin(); it != mCards.cend(); ++it)
            refreshCard(it.key());
        refreshHeaders();
        refreshDimming();
        refreshHeat(); // eNPS colours cards by their department's name
    };
    connect(document, &JourneyDocument::departmentInserted, this, departments);
    connect(document, &JourneyDocument::departmentRemoved, this, departments);
    connect(document, &JourneyDocument::departmentChanged, this, departments);
    connect(document, &JourneyDocument::touchpointInserted, this, [this](const QUuid &id) {
        addCardItem(id);
        scheduleLayout();
    });
    connect(document, &JourneyDocument::touchpointRemoved, this, [this](const QUuid &id) {
        removeCardItem(id);
        scheduleLayout();
    });
    connect(document, &JourneyDocument::touchpointFieldsChanged, this, [this](const QUuid &id, TouchpointFields fields) {
        // Contents only: the card keeps its place, so no layout. Words on a card change
        // nothing in the totals, curves, heat or dimming drawn across the map.
        refreshCard(id);
        if (!(fields & ~TouchpointFields(TouchpointField::Title | TouchpointField::Description | TouchpointField::Notes)))
            return;
        refreshTotals();
        refreshEmotionCurves();
        refreshHeat();
        refreshDimming();
    });
    connect(document, &JourneyDocument::touchpointsMoved, this, &JourneyScene::scheduleLayout);
    connect(document, &JourneyDocument::connectionInserted, this, &JourneyScene::addConnectionItem);
    connect(document, &JourneyDocument::connectionRemoved, this, &JourneyScene::removeConnectionItem);
    connect(document, &JourneyDocument::connectionChanged, this, &JourneyScene::refreshConnections);
    connect(document, &JourneyDocument::settingsChanged, this, &JourneyScene::refreshHeat);
    for (auto signal : {&JourneyDocument::datasetInserted, &JourneyDocument::datasetRemoved, &JourneyDocument::datasetChanged})
        connect(document, signal, this, &JourneyScene::refreshHeat);
}

void JourneyScene::clearItems()
{
    mDrag->cancel();
    mGrid = nullptr;
    mCurrentCellMark = nullptr;
    mCards.clear();
    mConnections.clear();
    mStageHeaders.clear();
    mLaneHeaders.clear();
    mStageTotals.clear();
    mLaneTotals.clear();
    mEmotionCurves.clear();
    clear();
}

void JourneyScene::rebuild()
{
    clearItems();
    if (!mDocument)
        return;
    mGrid = new GridItem;
    addItem(mGrid);
    mCurrentCellMark = new QGraphicsRectItem;
    mCurrentCellMark->setPen(QPen(QColor(0x1f, 0x6f, 0xd1, 150), 1.5, Qt::DashLine));
    mCurrentCellMark->setBrush(QColor(0x1f, 0x6f, 0xd1, 14));
    mCurrentCellMark->setZValue(-5);
    mCurrentCellMark->setAcceptedMouseButtons(Qt::NoButton);
    addItem(mCurrentCellMark);
    for (const Touchpoint &card : mDocument->journey().touchpoints)
        addCardItem(card.id);
    for (const Connection &connection : mDocument->journey().connections)
        addConnectionItem(connection.id);
    mStructurePending = true;
    mLayoutPending = true;
    applyLayout();
}

void JourneyScene::scheduleLayout()
{
    if (mLayoutPending)
        return;
    mLayoutPending = true;
    QTimer::singleShot(0, this, &JourneyScene::ensureLayout);
}

void JourneyScene::ensureLayout()
{
    if (mLayoutPending)
        applyLayout();
}

const CanvasLayout &JourneyScene::canvasLayout()
{
    ensureLayout();
    return mLayout;
}

void JourneyScene::applyLayout()
{
    mLayoutPending = false;
    if (!mDocument)
        return;
    const Journey &journey = mDocument->journey();
    mLayout = CanvasLayout(journey, canvasMetricsFor(mOverlay));

    if (mStructurePending) {
        // Headers, totals and curves are a few dozen items: recreating them is simpler than
        // patching them, and it only happens when stages or lanes change.
        mStructurePending = false;
        for (auto *items : {&mStageHeaders, &mLaneHeaders})
            for (HeaderItem *item : std::exchange(*items, {}))
                delete item;
        for (auto *items : {&mStageTotals, &mLaneTotals})
            for (TotalsItem *item : std::exchange(*items, {}))
                delete item;
        qDeleteAll(std::exchange(mEmotionCurves, {}));
        for (const Stage &stage : journey.stages) {
            mStageHeaders.push_back(new HeaderItem(HeaderItem::Orientation::Stage, stage.id));
            addItem(mStageHeaders.back());
            mStageTotals.push_back(new TotalsItem);
            addItem(mStageTotals.back());
        }
        for (std::size_t l = 0; l < journey.lanes.size(); ++l) {
            mLaneHeaders.push_back(new HeaderItem(HeaderItem::Orientation::Lane, journey.lanes[l].id));
            addItem(mLaneHeaders.back());
            mLaneTotals.push_back(new TotalsItem);
            addItem(mLaneTotals.back());
            if (journey.lanes[l].kind == LaneKind::Emotion) {
                auto *curve = new EmotionCurveItem;
                addItem(curve);
                mEmotionCurves.insert(int(l), curve);
            }
        }
    }

    std::vector<OfficeZone> zones;
    for (const Lane &lane : journey.lanes)
        zones.push_back(lane.zone);
    mGrid->setGrid(mLayout, std::move(zones));
    const qreal dataRow = mLayout.metrics().dataRowHeight;
    for (std::size_t s = 0; s < mStageHeaders.size(); ++s) {
        mStageHeaders[s]->setRect(mLayout.stageHeaderRect(int(s)));
        mStageHeaders[s]->setBadgeStrip(stageDataRow(mOverlay) ? dataRow : 0);
        const QRectF row = mLayout.totalsRowRect();
        mStageTotals[s]->setRect(QRectF(mLayout.columnX(int(s)), row.top(), mLayout.columnWidth(), row.height()));
    }
    for (std::size_t l = 0; l < mLaneHeaders.size(); ++l) {
        mLaneHeaders[l]->setRect(mLayout.laneHeaderRect(int(l)));
        const QRectF column = mLayout.totalsColumnRect();
        mLaneTotals[l]->setRect(QRectF(column.left(), mLayout.rowY(int(l)), column.width(), mLayout.rowHeight(int(l))));
    }

    // Only cards whose place changed move: setPos on an unchanged position is free, and the
    // BSP index is touched only for the ones that move.
    for (auto it = mCards.cbegin(); it != mCards.cend(); ++it) {
        const QRectF rect = mLayout.cardRect(it.key());
        if (it.value()->pos() != rect.topLeft())
            it.value()->setPos(rect.topLeft());
        it.value()->setSize(rect.size());
        it.value()->setDataRows(cardDataRows(mOverlay), dataRow);
    }
    setSceneRect(mLayout.sceneRect().adjusted(-24, -24, 24, 24));
    refreshHeaders();
    refreshTotals();
    refreshEmotionCurves();
    refreshConnections();
    refreshHeat();
    refreshDimming();
    showCurrentCell();
    applyDataOverlay(*this, mOverlay);
    applyWorkshopMarks(*this, mWorkshopMarks);
    mDrag->layoutChanged();
}

void JourneyScene::setDataOverlay(const DataOverlay &overlay)
{
    const bool sameRows = cardDataRows(overlay) == cardDataRows(mOverlay) && stageDataRow(overlay) == stageDataRow(mOverlay);
    mOverlay = overlay;
    if (sameRows) {
        ensureLayout();
        applyDataOverlay(*this, mOverlay);
    } else {
        applyLayout(); // the cards and headers make room for the pills, or give it back
    }
    emit dataOverlayChanged();
}

void JourneyScene::setWorkshopMarks(const WorkshopMarks &marks)
{
    if (marks == mWorkshopMarks)
        return;
    mWorkshopMarks = marks;
    ensureLayout();
    applyWorkshopMarks(*this, mWorkshopMarks);
}

void JourneyScene::showCurrentCell()
{
    if (!mCurrentCellMark)
        return;
    const bool valid = mCurrentCell && mCurrentCell->stage < mLayout.stageCount() && mCurrentCell->lane < mLayout.laneCount();
    mCurrentCellMark->setVisible(valid);
    if (valid)
        mCurrentCellMark->setRect(mLayout.cellRect(mCurrentCell->stage, mCurrentCell->lane).adjusted(2, 2, -2, -2));
}

void JourneyScene::addCardItem(const QUuid &id)
{
    if (mCards.contains(id))
        return;
    auto *item = new CardItem(id);
    mCards.insert(id, item);
    addItem(item);
    refreshCard(id);
    if (!mLayoutPending) {
        // Keep the new card out of sight until the layout places it.
        item->setPos(mLayout.sceneRect().bottomRight() + QPointF(1000, 1000));
    }
}

void JourneyScene::removeCardItem(const QUuid &id)
{
    mDrag->cancel();
    delete mCards.take(id);
}

void JourneyScene::refreshCard(const QUuid &id)
{
    CardItem *item = mCards.value(id);
    const Touchpoint *card = mDocument ? mDocument->journey().touchpoint(id) : nullptr;
    if (!item || !card)
        return;
    if (mPersonaFilter.isNull()) {
        item->setCard(*card, mDocument->journey().department(card->departmentId));
    } else {
        Touchpoint felt = *card; // the emotion disc says what the chosen persona feels
        felt.effort.emotion = card->emotionFor(mPersonaFilter);
        item->setCard(felt, mDocument->journey().department(card->departmentId));
    }
    item->setComparison(mComparison.value(id, CardComparison::None), mComparisonToday.value(id));
}

void JourneyScene::setComparison(const UuidHash<CardComparison> &comparison, const UuidHash<QString> &today,
                                 std::optional<UuidHash<EffortTotals>> todayPerStage)
{
    mComparison = comparison;
    mComparisonToday = today;
    mTodayTotals = std::move(todayPerStage);
    for (auto it = mCards.cbegin(); it != mCards.cend(); ++it)
        it.value()->setComparison(mComparison.value(it.key(), CardComparison::None), mComparisonToday.value(it.key()));
    refreshTotals();
    refreshEmotionCurves();
}

void JourneyScene::refreshHeaders()
{
    if (!mDocument)
        return;
    const Journey &journey = mDocument->journey();
    for (std::size_t s = 0; s < mStageHeaders.size() && s < journey.stages.size(); ++s)
        mStageHeaders[s]->setText(journey.stages[s].name, journey.stages[s].description);
    for (std::size_t l = 0; l < mLaneHeaders.size() && l < journey.lanes.size(); ++l) {
        const Lane &lane = journey.lanes[l];
        const Department *department = journey.department(lane.departmentId);
        // The department that owns the lane by name, then its side of the line of visibility:
        // "front office" is a side, never a department (the filter and legend list departments).
        mLaneHeaders[l]->setText(lane.name, department ? QCoreApplication::translate("JourneyScene", "%1 · %2").arg(department->name, displayName(lane.zone))
                                                       : displayName(lane.zone));
        mLaneHeaders[l]->setAccent(department ? department->colour : QColor());
    }
}

namespace {
QStringList totalsLines(const EffortTotals &totals)
{
    if (totals.cards == 0)
        return {QCoreApplication::translate("JourneyScene", "no cards")};
    QStringList lines;
    lines << QCoreApplication::translate("JourneyScene", "Time: %1").arg(formatMinutes(totals.minutes));
    if (!totals.hundredthsByCurrency.empty())
        lines << QCoreApplication::translate("JourneyScene", "Money: %1").arg(formatMoneyTotals(totals.hundredthsByCurrency));
    lines << QCoreApplication::translate("JourneyScene", "Emotion: mean %1, max %2")
                 .arg(QLocale().toString(totals.meanEmotion(), 'f', 1))
                 .arg(totals.emotionMax);
    return lines;
}

// Compare view: today's figure, then the future's.
QStringList comparedLines(const EffortTotals &today, const EffortTotals &future)
{
    QStringList lines;
    lines << QCoreApplication::translate("JourneyScene", "Time: %1 → %2").arg(formatMinutes(today.minutes), formatMinutes(future.minutes));
    if (!today.hundredthsByCurrency.empty() || !future.hundredthsByCurrency.empty())
        lines << QCoreApplication::translate("JourneyScene", "Money: %1 → %2")
                     .arg(formatMoneyTotals(today.hundredthsByCurrency), formatMoneyTotals(future.hundredthsByCurrency));
    lines << QCoreApplication::translate("JourneyScene", "Emotion: mean %1 → %2")
                 .arg(QLocale().toString(today.meanEmotion(), 'f', 1), QLocale().toString(future.meanEmotion(), 'f', 1));
    return lines;
}
} // namespace

const Journey &JourneyScene::countedJourney(Journey &storage) const
{
    // Compare view: removed steps stay on the map to be seen, not to be counted. A persona's
    // view counts only their steps, with their emotions.
    if (mComparison.isEmpty() && mPersonaFilter.isNull())
        return mDocument->journey();
    storage = personaView(mDocument->journey(), mPersonaFilter);
    std::erase_if(storage.touchpoints, [&](const Touchpoint &card) { return mComparison.value(card.id) == CardComparison::Removed; });
    return storage;
}

void JourneyScene::refreshTotals()
{
    if (!mDocument)
        return;
    Journey storage;
    const Journey &journey = countedJourney(storage);
    const auto perStage = EffortCalculator::perStage(journey);
    const auto perLane = EffortCalculator::perLane(journey);
    for (std::size_t s = 0; s < mStageTotals.size() && s < journey.stages.size(); ++s) {
        const QUuid &stage = journey.stages[s].id;
        mStageTotals[s]->setLines(mTodayTotals ? comparedLines(mTodayTotals->value(stage), perStage.value(stage))
                                               : totalsLines(perStage.value(stage)));
    }
    for (std::size_t l = 0; l < mLaneTotals.size() && l < journey.lanes.size(); ++l)
        mLaneTotals[l]->setLines(totalsLines(perLane.value(journey.lanes[l].id)));
}

void JourneyScene::refreshEmotionCurves()
{
    if (!mDocument || mEmotionCurves.isEmpty())
        return;
    Journey storage;
    const auto emotions = emotionsPerStage(countedJourney(storage));
    const qreal left = mLayout.headerColumnWidth();
    for (auto it = mEmotionCurves.cbegin(); it != mEmotionCurves.cend(); ++it) {
        const QRectF row(left, mLayout.rowY(it.key()), mLayout.columnWidth() * mLayout.stageCount(),
                         mLayout.rowHeight(it.key()));
        it.value()->setCurve(row, left, mLayout.columnWidth(), emotions);
    }
}

void JourneyScene::refreshHeat()
{
    if (!mDocument)
        return;
    if (mHeat.apply(mDocument, mCards))
        emit heatScaleChanged();
}

void JourneyScene::refreshDimming()
{
    if (!mDocument)
        return;
    const Journey &journey = mDocument->journey();
    const bool filtering = !mDepartmentFilter.isNull();
    for (auto it = mCards.cbegin(); it != mCards.cend(); ++it) {
        const Touchpoint *card = journey.touchpoint(it.key());
        const bool otherDepartment = filtering && card && card->departmentId != mDepartmentFilter;
        const bool otherPersona = card && !card->appliesTo(mPersonaFilter);
        it.value()->setDimmed(otherDepartment || otherPersona);
    }
    for (const Connection &connection : journey.connections) {
        const CardItem *from = mCards.value(connection.fromId);
        const CardItem *to = mCards.value(connection.toId);
        if (ConnectionItem *item = mConnections.value(connection.id))
            item->setOpacity(from && to && from->isDimmed() && to->isDimmed() ? 0.25 : 1.0);
    }
    for (std::size_t l = 0; l < mLaneHeaders.size() && l < journey.lanes.size(); ++l) {
        const Lane &lane = journey.lanes[l];
        mLaneHeaders[l]->setDimmed(filtering && lane.kind == LaneKind::Department
                                   && lane.departmentId != mDepartmentFilter);
    }
}

void JourneyScene::addConnectionItem(const QUuid &id)
{
    if (mConnections.contains(id))
        return;
    auto *item = new ConnectionItem(id);
    mConnections.insert(id, item);
    addItem(item);
    scheduleLayout(); // routes need the cards' final places
}

void JourneyScene::removeConnectionItem(const QUuid &id)
{
    delete mConnections.take(id);
}

void JourneyScene::refreshConnections()
{
    if (!mDocument)
        return;
    const Journey &journey = mDocument->journey();
    for (const Connection &connection : journey.connections) {
        ConnectionItem *item = mConnections.value(connection.id);
        const QRectF from = mLayout.cardRect(connection.fromId);
        const QRectF to = mLayout.cardRect(connection.toId);
        if (item && !from.isNull() && !to.isNull()) {
            item->setRoute(ArrowRoute::corners(mLayout, from, to));
            item->setToolTip(connection.label);
        }
    }
}

HeaderItem *JourneyScene::stageHeader(int index) const
{
    return index >= 0 && index < int(mStageHeaders.size()) ? mStageHeaders[std::size_t(index)] : nullptr;
}

HeaderItem *JourneyScene::laneHeader(int index) const
{
    return index >= 0 && index < int(mLaneHeaders.size()) ? mLaneHeaders[std::size_t(index)] : nullptr;
}

TotalsItem *JourneyScene::stageTotals(int index) const
{
    return index >= 0 && index < int(mStageTotals.size()) ? mStageTotals[std::size_t(index)] : nullptr;
}

TotalsItem *JourneyScene::laneTotals(int index) const
{
    return index >= 0 && index < int(mLaneTotals.size()) ? mLaneTotals[std::size_t(index)] : nullptr;
}

EmotionCurveItem *JourneyScene::emotionCurve(int laneIndex) const
{
    return mEmotionCurves.value(laneIndex);
}

QList<QUuid> JourneyScene::selectedTouchpoints() const
{
    QList<QUuid> ids;
    if (!mDocument)
        return ids;
    // In journey order, so commands and the clipboard see a stable order.
    for (const Touchpoint &card : mDocument->journey().touchpoints) {
        const CardItem *item = mCards.value(card.id);
        if (item && item->isSelected())
            ids.append(card.id);
    }
    return ids;
}

QList<QUuid> JourneyScene::selectedConnections() const
{
    QList<QUuid> ids;
    for (auto it = mConnections.cbegin(); it != mConnections.cend(); ++it) {
        if (it.value()->isSelected())
            ids.append(it.key());
    }
    return ids;
}

void JourneyScene::selectTouchpoints(const QList<QUuid> &ids)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (const QUuid &id : ids) {
        if (CardItem *item = mCards.value(id))
            item->setSelected(true);
    }
    blocker.unblock();
    onSelectionChanged();
}

void JourneyScene::setCurrentCell(std::optional<CellIndex> cell)
{
    if (cell == mCurrentCell)
        return;
    mCurrentCell = cell;
    showCurrentCell();
    emit currentCellChanged();
}

void JourneyScene::onSelectionChanged()
{
    const QList<QUuid> ids = selectedTouchpoints();
    if (!ids.isEmpty() && mDocument) {
        if (const Touchpoint *card = mDocument->journey().touchpoint(ids.constLast())) {
            const auto stage = mDocument->journey().stageIndex(card->stageId);
            const auto lane = mDocument->journey().laneIndex(card->laneId);
            if (stage && lane)
                setCurrentCell(CellIndex{*stage, *lane});
        }
    }
    emit touchpointSelectionChanged(ids);
}

void JourneyScene::setHeatmap(const HeatmapChoice &choice)
{
    if (choice == mHeat.choice())
        return;
    mHeat.setChoice(choice);
    refreshHeat();
    emit heatmapChanged(choice);
}

void JourneyScene::setDepartmentFilter(const QUuid &departmentId)
{
    mDepartmentFilter = departmentId;
    refreshDimming();
}

void JourneyScene::setPersonaFilter(const QUuid &personaId)
{
    if (personaId == mPersonaFilter)
        return;
    mPersonaFilter = personaId;
    if (!mDocument)
        return;
    for (auto it = mCards.cbegin(); it != mCards.cend(); ++it)
        refreshCard(it.key());
    refreshDimming();
    refreshTotals();
    refreshEmotionCurves();
}

QUuid JourneyScene::addCardInCell(const CellIndex &cell, int indexInCell)
{
    if (!mDocument)
        return {};
    const Journey &journey = mDocument->journey();
    if (cell.stage < 0 || cell.stage >= int(journey.stages.size()) || cell.lane < 0
        || cell.lane >= int(journey.lanes.size()))
        return {};
    Touchpoint card;
    card.id = QUuid::createUuid();
    card.stageId = journey.stages[std::size_t(cell.stage)].id;
    card.laneId = journey.lanes[std::size_t(cell.lane)].id;
    card.title = tr("New card");
    card.effort.money.currency = journey.currency;
    // A card in a department lane belongs to that department from the start.
    card.departmentId = journey.lanes[std::size_t(cell.lane)].departmentId;
    auto *add = new AddTouchpoint(mDocument, card, indexInCell);
    if (!mDocument->push(add))
        return {}; // refused (review mode)
    add->awaitName(); // adding and titling are one undo step
    ensureLayout();
    selectTouchpoints({card.id});
    setCurrentCell(cell);
    emit editCardTitleRequested(card.id);
    return card.id;
}

void JourneyScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    ensureLayout();
    if (event->button() == Qt::LeftButton) {
        if (const auto cell = mLayout.cellAt(event->scenePos()))
            setCurrentCell(cell);
        // Shift-click extends the selection like Ctrl-click.
        if (event->modifiers() & Qt::ShiftModifier)
            event->setModifiers(event->modifiers() | Qt::ControlModifier);
    }
    // Review mode: no drags to refuse on drop; a click only selects.
    const bool reviewOnly = mDocument && mDocument->isReviewOnly();
    if (!reviewOnly && mDrag->press(event))
        return;
    QGraphicsScene::mousePressEvent(event);
}

void JourneyScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (mDrag->move(event))
        return;
    QGraphicsScene::mouseMoveEvent(event);
}

void JourneyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    // The base handler still runs: it ends the mouse grab, and it leaves the selection alone
    // after a drag because the pointer moved since the press.
    mDrag->release(event);
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier))
        event->setModifiers(event->modifiers() | Qt::ControlModifier); // as on press
    QGraphicsScene::mouseReleaseEvent(event);
}

void JourneyScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    ensureLayout();
    if (event->button() == Qt::LeftButton && openPicturesAt(event->scenePos()))
        return;
    // Review mode opens no in-place editor whose text would be refused.
    if (event->button() != Qt::LeftButton || !mDocument || mDocument->isReviewOnly()) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    const QList<QGraphicsItem *> hits = items(event->scenePos());
    for (QGraphicsItem *item : hits) {
        if (item->type() == CardItem::Type) {
            emit editCardTitleRequested(static_cast<CardItem *>(item)->id());
            return;
        }
        if (item->type() == HeaderItem::Type) {
            emit editHeaderRequested(static_cast<HeaderItem *>(item));
            return;
        }
    }
    if (const auto cell = mLayout.cellAt(event->scenePos())) {
        const Journey &journey = mDocument->journey();
        const int count = int(journey.cell(journey.stages[std::size_t(cell->stage)].id,
                                           journey.lanes[std::size_t(cell->lane)].id).size());
        addCardInCell(*cell, mLayout.insertionIndexAt(event->scenePos().y(), cell->lane, count));
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void JourneyScene::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && mDrag->isActive()) {
        mDrag->cancel();
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

} // namespace waymark
