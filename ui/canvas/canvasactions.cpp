#include "canvasactions.h"

#include "carditem.h"
#include "cardmime.h"
#include "commands/pastecards.h"
#include "format/cardtransfer.h"
#include "media/imagemimedata.h"
#include "commands/addentity.h"
#include "dialogs/departmentsdialog.h"
#include "dialogs/lanedialog.h"
#include "dialogs/stagedialog.h"
#include "commands/journeycommand.h"
#include "commands/removeentity.h"
#include "commands/removelane.h"
#include "commands/removestage.h"
#include "commands/removetouchpoints.h"
#include "headeritems.h"
#include "journeydocument.h"
#include "journeyscene.h"
#include "journeyview.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QMessageBox>
#include <QMimeData>

namespace waymark {

CanvasActions::CanvasActions(JourneyScene *scene, JourneyView *view, QObject *parent)
    : QObject(parent)
    , mScene(scene)
    , mView(view)
{
    mNewCard = make(tr("&New Card"), Qt::Key_N, &CanvasActions::doNewCard);
    mNewCard->setStatusTip(tr("Add a card to the current cell and type its title"));
    mRenameCard = make(tr("&Rename Card"), Qt::Key_F2, &CanvasActions::doRenameCard);
    mDelete = make(tr("&Delete"), QKeySequence::Delete, &CanvasActions::doDelete);
    mDuplicate = make(tr("D&uplicate"), Qt::CTRL | Qt::Key_D, &CanvasActions::doDuplicate);
    mCut = make(tr("Cu&t"), QKeySequence::Cut, &CanvasActions::doCut);
    mCopy = make(tr("&Copy"), QKeySequence::Copy, &CanvasActions::doCopy);
    mPaste = make(tr("&Paste"), QKeySequence::Paste, &CanvasActions::doPaste);
    mSelectAll = make(tr("Select &All"), QKeySequence::SelectAll, &CanvasActions::doSelectAll);
    mAddStage = make(tr("Add &Stage"), {}, &CanvasActions::doAddStage);
    mAddLane = make(tr("Add &Lane"), {}, &CanvasActions::doAddLane);
    mRenameStage = make(tr("Rename Stage"), {}, &CanvasActions::doRenameStage);
    mRenameLane = make(tr("Rename Lane"), {}, &CanvasActions::doRenameLane);
    mDeleteStage = make(tr("Delete Stage"), {}, &CanvasActions::doDeleteStage);
    mDeleteLane = make(tr("Delete Lane"), {}, &CanvasActions::doDeleteLane);
    mLaneProperties = make(tr("Lane &Properties…"), {}, &CanvasActions::doLaneProperties);
    mLaneProperties->setStatusTip(tr("Kind of lane, side of the line of visibility, department"));
    mStageProperties = make(tr("Stage P&roperties…"), {}, &CanvasActions::doStageProperties);
    mDepartments = make(tr("&Departments…"), {}, &CanvasActions::doDepartments);
    mCreateOpportunity = new QAction(tr("Create &Opportunity from This Card…"), this);
    mCreateOpportunity->setStatusTip(tr("An improvement for the business case, linked to the selected cards"));
    connect(mCreateOpportunity, &QAction::triggered, this, [this] {
        if (!mScene->selectedTouchpoints().isEmpty())
            emit createOpportunityRequested(mScene->selectedTouchpoints());
    });

    mConnectTool = new QAction(tr("C&onnect Cards"), this);
    mConnectTool->setCheckable(true);
    mConnectTool->setShortcut(Qt::Key_C);
    mConnectTool->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    mConnectTool->setStatusTip(tr("Drag from one card to another to draw an arrow (Alt-drag works any time)"));
    connect(mConnectTool, &QAction::toggled, mScene, &JourneyScene::setConnectMode);
    mView->addAction(mConnectTool);

    mZoomIn = new QAction(tr("Zoom &In"), this);
    mZoomIn->setShortcuts({QKeySequence::ZoomIn, Qt::CTRL | Qt::Key_Equal});
    connect(mZoomIn, &QAction::triggered, mView, &JourneyView::zoomIn);
    mZoomOut = new QAction(tr("Zoom &Out"), this);
    mZoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(mZoomOut, &QAction::triggered, mView, &JourneyView::zoomOut);
    mZoomFit = new QAction(tr("&Fit to Window"), this);
    mZoomFit->setShortcut(Qt::CTRL | Qt::Key_9);
    connect(mZoomFit, &QAction::triggered, mView, &JourneyView::zoomToFit);
    mZoomSelection = new QAction(tr("Zoom to Se&lection"), this);
    mZoomSelection->setObjectName(QStringLiteral("zoomToSelection"));
    mZoomSelection->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_9);
    mZoomSelection->setStatusTip(tr("Fill the view with the selected cards"));
    connect(mZoomSelection, &QAction::triggered, mView, &JourneyView::zoomToSelection);
    mZoomReset = new QAction(tr("Actual &Size (100%)"), this);
    mZoomReset->setShortcut(Qt::CTRL | Qt::Key_0);
    connect(mZoomReset, &QAction::triggered, mView, &JourneyView::resetZoom);

    mView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(mView, &QWidget::customContextMenuRequested, this, &CanvasActions::contextMenu);
    connect(mScene, &QGraphicsScene::selectionChanged, this, &CanvasActions::updateEnabled);
    connect(mScene, &JourneyScene::currentCellChanged, this, &CanvasActions::updateEnabled);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &CanvasActions::updateEnabled);
    mConfirm = [view](const QString &title, const QString &text) {
        return QMessageBox::question(view, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    updateEnabled();
}

QAction *CanvasActions::make(const QString &text, const QKeySequence &shortcut, void (CanvasActions::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    // Canvas keys act on the canvas: typing N or Delete in a dock's text field stays there.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    mView->addAction(action);
    return action;
}

void CanvasActions::fillEditMenu(QMenu *menu) const
{
    menu->addActions({mCut, mCopy, mPaste, mDuplicate, mDelete});
    menu->addSeparator();
    menu->addAction(mSelectAll);
}

void CanvasActions::fillJourneyMenu(QMenu *menu) const
{
    menu->addActions({mNewCard, mRenameCard, mConnectTool});
    menu->addSeparator();
    menu->addActions({mAddStage, mRenameStage, mStageProperties, mDeleteStage});
    menu->addSeparator();
    menu->addActions({mAddLane, mRenameLane, mLaneProperties, mDeleteLane});
    menu->addSeparator();
    menu->addAction(mDepartments);
    // A shared journey greys some of these with the reason (setSharedLimits): show it on hover.
    menu->setToolTipsVisible(true);
}

void CanvasActions::fillViewMenu(QMenu *menu) const
{
    menu->addActions({mZoomIn, mZoomOut, mZoomFit, mZoomSelection, mZoomReset});
}

namespace {
// The stage or lane an action is about: a selected header, else the current cell's.
int targetIndex(JourneyScene *scene, HeaderItem::Orientation orientation)
{
    const Journey &journey = scene->document()->journey();
    for (QGraphicsItem *item : scene->selectedItems()) {
        if (item->type() != HeaderItem::Type)
            continue;
        auto *header = static_cast<HeaderItem *>(item);
        if (header->orientation() != orientation)
            continue;
        const auto index = orientation == HeaderItem::Orientation::Stage ? journey.stageIndex(header->id())
                                                                          : journey.laneIndex(header->id());
        if (index)
            return *index;
    }
    if (const auto cell = scene->currentCell()) {
        const int index = orientation == HeaderItem::Orientation::Stage ? cell->stage : cell->lane;
        const int count = int(orientation == HeaderItem::Orientation::Stage ? journey.stages.size() : journey.lanes.size());
        if (index < count)
            return index;
    }
    return -1;
}
} // namespace

void CanvasActions::updateEnabled()
{
    JourneyDocument *document = mScene->document();
    // Review mode reads the map: only copying and selecting stay (the document would refuse
    // the rest anyway, but a greyed action says so before the click).
    const bool editable = document && !document->isReviewOnly();
    const bool cards = document && !mScene->selectedTouchpoints().isEmpty();
    const bool anything = cards || !mScene->selectedConnections().isEmpty() || !mScene->selectedItems().isEmpty();
    const bool hasStages = document && !document->journey().stages.empty() && !document->journey().lanes.empty();
    mNewCard->setEnabled(editable && hasStages);
    mRenameCard->setEnabled(editable && mScene->selectedTouchpoints().size() == 1);
    mZoomSelection->setEnabled(cards);
    mDelete->setEnabled(editable && anything);
    mDuplicate->setEnabled(editable && cards);
    if (!editable)
        mConnectTool->setChecked(false);
    mConnectTool->setEnabled(editable);
    mCreateOpportunity->setEnabled(editable && cards);
    mCreateOpportunity->setText(document && mScene->selectedTouchpoints().size() > 1 ? tr("Create &Opportunity from These Cards…")
                                                                                    : tr("Create &Opportunity from This Card…"));
    mCut->setEnabled(editable && cards);
    mCopy->setEnabled(cards);
    const QMimeData *clipboard = QGuiApplication::clipboard()->mimeData();
    const bool pictures = clipboard && mScene->selectedTouchpoints().size() == 1 && mimeDataMayHoldImages(*clipboard);
    mPaste->setEnabled(editable && hasStages && (mimeDataHasCards(clipboard) || pictures));
    mSelectAll->setEnabled(document && !document->journey().touchpoints.empty());
    const bool stage = editable && targetIndex(mScene, HeaderItem::Orientation::Stage) >= 0;
    const bool lane = editable && targetIndex(mScene, HeaderItem::Orientation::Lane) >= 0;
    mAddStage->setEnabled(editable);
    mAddLane->setEnabled(editable);
    mRenameStage->setEnabled(stage);
    mDeleteStage->setEnabled(stage);
    mRenameLane->setEnabled(lane);
    mDeleteLane->setEnabled(lane);
    mLaneProperties->setEnabled(lane);
    mStageProperties->setEnabled(stage);
    mDepartments->setEnabled(editable);
    if (!mSharedLimits.isEmpty())
        mCreateOpportunity->setEnabled(false); // the business case is the facilitators' while shared (server schema 7)
    if (!mStructureLimits.isEmpty()) {
        for (QAction *action : structureActions())
            action->setEnabled(false);
    }
}

QList<QAction *> CanvasActions::structureActions() const
{
    return {mAddStage, mAddLane, mRenameStage, mRenameLane, mDeleteStage, mDeleteLane, mLaneProperties, mStageProperties, mDepartments};
}

void CanvasActions::setSharedLimits(const QString &why, const QString &structureWhy)
{
    mSharedLimits = why;
    mStructureLimits = why.isEmpty() ? QString() : structureWhy;
    mCreateOpportunity->setToolTip(why); // empty: the action's text again
    for (QAction *action : structureActions())
        action->setToolTip(mStructureLimits);
    updateEnabled();
}

void CanvasActions::doNewCard()
{
    const Journey &journey = mScene->document()->journey();
    if (journey.stages.empty() || journey.lanes.empty())
        return;
    const CellIndex cell = mScene->currentCell().value_or(CellIndex{0, 0});
    // Right after the selected card when there is one in this cell, else at the end.
    int index = -1;
    const QList<QUuid> selected = mScene->selectedTouchpoints();
    if (!selected.isEmpty()) {
        const auto cards = journey.cell(journey.stages[std::size_t(cell.stage)].id, journey.lanes[std::size_t(cell.lane)].id);
        for (std::size_t i = 0; i < cards.size(); ++i) {
            if (cards[i]->id == selected.constLast())
                index = int(i) + 1;
        }
    }
    mScene->addCardInCell(cell, index);
}

void CanvasActions::doRenameCard()
{
    const QList<QUuid> selected = mScene->selectedTouchpoints();
    if (selected.size() == 1)
        mView->editCardTitle(selected.constFirst());
}

void CanvasActions::doDelete()
{
    JourneyDocument *document = mScene->document();
    const QList<QUuid> cards = mScene->selectedTouchpoints();
    const QList<QUuid> connections = mScene->selectedConnections();
    if (cards.isEmpty() && connections.isEmpty()) {
        // A selected header: delete that stage or lane (with the usual confirmation).
        for (QGraphicsItem *item : mScene->selectedItems()) {
            if (item->type() == HeaderItem::Type) {
                if (static_cast<HeaderItem *>(item)->orientation() == HeaderItem::Orientation::Stage)
                    doDeleteStage();
                else
                    doDeleteLane();
                return;
            }
        }
        return;
    }
    UndoMacro macro(document, cards.isEmpty() ? tr("Delete connections") : tr("Delete %n card(s)", nullptr, int(cards.size())));
    for (const QUuid &id : connections) {
        if (document->journey().connectionIndex(id))
            document->push(new RemoveConnection(document, id));
    }
    if (!cards.isEmpty())
        document->push(new RemoveTouchpoints(document, cards));
}

void CanvasActions::doDuplicate()
{
    const QList<QUuid> cards = mScene->selectedTouchpoints();
    if (cards.isEmpty())
        return;
    auto *command = new DuplicateCards(mScene->document(), cards);
    mScene->document()->push(command);
    mScene->ensureLayout();
    mScene->selectTouchpoints(command->duplicateIds());
}

void CanvasActions::doCopy()
{
    const QList<QUuid> cards = mScene->selectedTouchpoints();
    if (cards.isEmpty())
        return;
    QGuiApplication::clipboard()->setMimeData(cardsToMimeData(copyCards(mScene->document()->journey(), cards)));
}

void CanvasActions::doCut()
{
    const QList<QUuid> cards = mScene->selectedTouchpoints();
    if (cards.isEmpty())
        return;
    doCopy();
    mScene->document()->push(new RemoveTouchpoints(mScene->document(), cards));
}

void CanvasActions::doPaste()
{
    JourneyDocument *document = mScene->document();
    const Journey &journey = document->journey();
    if (journey.stages.empty() || journey.lanes.empty())
        return;
    // Pictures (a screenshot, a copied photo file) go onto the one selected card.
    const QMimeData *clipboard = QGuiApplication::clipboard()->mimeData();
    if (clipboard && !mimeDataHasCards(clipboard) && mimeDataMayHoldImages(*clipboard)
        && mScene->selectedTouchpoints().size() == 1) {
        mScene->addPictures(mScene->selectedTouchpoints().constFirst(), *clipboard);
        return;
    }
    QString error;
    const auto cards = cardsFromMimeData(clipboard, &error);
    if (!cards) {
        if (mNotify)
            mNotify(error);
        return;
    }
    const CellIndex cell = mScene->currentCell().value_or(CellIndex{0, 0});
    auto *command = new PasteCards(document, *cards, journey.stages[std::size_t(cell.stage)].id,
                                         journey.lanes[std::size_t(cell.lane)].id);
    document->push(command);
    mScene->ensureLayout();
    mScene->selectTouchpoints(command->pastedIds());
}

void CanvasActions::doSelectAll()
{
    QSignalBlocker blocker(mScene);
    for (const Touchpoint &card : mScene->document()->journey().touchpoints) {
        if (CardItem *item = mScene->cardItem(card.id))
            item->setSelected(true);
    }
    blocker.unblock();
    emit mScene->selectionChanged();
}

void CanvasActions::doAddStage()
{
    JourneyDocument *document = mScene->document();
    // Right after the selected header's stage or the current cell's (a selected card sets it).
    const int after = targetIndex(mScene, HeaderItem::Orientation::Stage);
    Stage stage;
    stage.id = QUuid::createUuid();
    stage.name = tr("New stage");
    const int at = after >= 0 ? after + 1 : int(document->journey().stages.size());
    auto *add = new AddStage(document, at, stage);
    if (!document->push(add))
        return; // refused (review mode): nothing to name
    add->awaitName();
    const auto cell = mScene->currentCell();
    focusNewHeader(HeaderItem::Orientation::Stage, CellIndex{at, cell ? cell->lane : 0});
}

void CanvasActions::doAddLane()
{
    JourneyDocument *document = mScene->document();
    const Journey &journey = document->journey();
    const int after = targetIndex(mScene, HeaderItem::Orientation::Lane);
    Lane lane;
    lane.id = QUuid::createUuid();
    lane.name = tr("New lane");
    lane.kind = LaneKind::Touchpoints;
    // The new lane stays on the same side of the line of visibility as the lane it follows
    // (the selected one, else the last): a lane appended below the back office is back office.
    const int neighbour = after >= 0 ? after : int(journey.lanes.size()) - 1;
    if (neighbour >= 0)
        lane.zone = journey.lanes[std::size_t(neighbour)].zone;
    const int at = after >= 0 ? after + 1 : int(journey.lanes.size());
    auto *add = new AddLane(document, at, lane);
    if (!document->push(add))
        return;
    add->awaitName();
    const auto cell = mScene->currentCell();
    focusNewHeader(HeaderItem::Orientation::Lane, CellIndex{cell ? cell->stage : 0, at});
}

void CanvasActions::focusNewHeader(HeaderItem::Orientation orientation, const CellIndex &cell)
{
    mScene->ensureLayout(); // the headers are rebuilt lazily: only now does the new one exist
    HeaderItem *header = orientation == HeaderItem::Orientation::Stage ? mScene->stageHeader(cell.stage)
                                                                       : mScene->laneHeader(cell.lane);
    if (!header)
        return;
    // The new stage or lane becomes the target of what comes next: Add Stage again goes after
    // it (not back before it), N puts a card in it, Rename/Delete act on it.
    mScene->clearSelection();
    header->setSelected(true);
    const Journey &journey = mScene->document()->journey();
    if (!journey.stages.empty() && !journey.lanes.empty())
        mScene->setCurrentCell(cell);
    mView->nameNewHeader(header);
}

void CanvasActions::doRenameStage()
{
    mView->editHeader(mScene->stageHeader(targetIndex(mScene, HeaderItem::Orientation::Stage)));
}

void CanvasActions::doRenameLane()
{
    mView->editHeader(mScene->laneHeader(targetIndex(mScene, HeaderItem::Orientation::Lane)));
}

void CanvasActions::doDeleteStage()
{
    JourneyDocument *document = mScene->document();
    const int index = targetIndex(mScene, HeaderItem::Orientation::Stage);
    if (index < 0)
        return;
    const Stage stage = document->journey().stages[std::size_t(index)];
    const int cards = int(document->journey().touchpointsInStage(stage.id).size());
    if (cards > 0
        && !mConfirm(tr("Delete Stage"),
                     tr("Delete the stage “%1” and its %n card(s)? You can undo this.", nullptr, cards).arg(stage.name)))
        return;
    mScene->setCurrentCell(std::nullopt);
    document->push(new RemoveStage(document, stage.id));
}

void CanvasActions::doDeleteLane()
{
    JourneyDocument *document = mScene->document();
    const int index = targetIndex(mScene, HeaderItem::Orientation::Lane);
    if (index < 0)
        return;
    const Lane lane = document->journey().lanes[std::size_t(index)];
    int cards = 0;
    for (const Touchpoint &card : document->journey().touchpoints)
        cards += card.laneId == lane.id ? 1 : 0;
    if (cards > 0
        && !mConfirm(tr("Delete Lane"),
                     tr("Delete the lane “%1” and its %n card(s)? You can undo this.", nullptr, cards).arg(lane.name)))
        return;
    mScene->setCurrentCell(std::nullopt);
    document->push(new RemoveLane(document, lane.id));
}

void CanvasActions::doLaneProperties()
{
    const int index = targetIndex(mScene, HeaderItem::Orientation::Lane);
    if (index >= 0)
        LaneDialog::edit(mView, mScene->document(), mScene->document()->journey().lanes[std::size_t(index)].id);
}

void CanvasActions::doStageProperties()
{
    const int index = targetIndex(mScene, HeaderItem::Orientation::Stage);
    if (index >= 0)
        StageDialog::edit(mView, mScene->document(), mScene->document()->journey().stages[std::size_t(index)].id);
}

void CanvasActions::doDepartments()
{
    DepartmentsDialog dialog(mScene->document(), mView);
    dialog.exec();
}

void CanvasActions::contextMenu(const QPoint &viewPos)
{
    if (!mScene->document())
        return;
    const QPointF scenePos = mView->mapToScene(viewPos);
    if (const auto cell = mScene->canvasLayout().cellAt(scenePos))
        mScene->setCurrentCell(cell);
    // Right-clicking an unselected card selects it, like every file manager.
    for (QGraphicsItem *item : mScene->items(scenePos)) {
        if (item->type() == CardItem::Type || item->type() == HeaderItem::Type) {
            if (!item->isSelected()) {
                mScene->clearSelection();
                item->setSelected(true);
            }
            break;
        }
    }
    updateEnabled();
    QMenu menu(mView);
    menu.addActions({mNewCard, mRenameCard, mDuplicate});
    menu.addSeparator();
    menu.addAction(mCreateOpportunity);
    for (QAction *action : mCardActions) // for reading too, so also in review mode
        action->setEnabled(!mScene->selectedTouchpoints().isEmpty());
    menu.addActions(mCardActions);
    menu.addSeparator();
    menu.addActions({mCut, mCopy, mPaste, mDelete});
    menu.addSeparator();
    menu.addActions({mAddStage, mRenameStage, mStageProperties, mDeleteStage});
    menu.addSeparator();
    menu.addActions({mAddLane, mRenameLane, mLaneProperties, mDeleteLane});
    menu.exec(mView->viewport()->mapToGlobal(viewPos));
}

} // namespace waymark
