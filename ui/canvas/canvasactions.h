#pragma once

#include "headeritems.h"

#include <QList>
#include <QObject>
#include <QUuid>

#include <functional>

class QAction;
class QMenu;
class QToolBar;

namespace waymark {

class JourneyScene;
class JourneyView;
struct CellIndex;

// The canvas's commands as actions with shortcuts, shared by the menus, the tool bar and
// the context menu: cards (new, rename, delete, duplicate, cut/copy/paste), stages and
// lanes (add, rename, delete), the connect tool and zoom. Each edit pushes one command.
class CanvasActions : public QObject
{
    Q_OBJECT
public:
    CanvasActions(JourneyScene *scene, JourneyView *view, QObject *parent = nullptr);

    QAction *newCard() const { return mNewCard; }
    QAction *renameCard() const { return mRenameCard; }
    QAction *deleteSelection() const { return mDelete; }
    QAction *duplicate() const { return mDuplicate; }
    QAction *cut() const { return mCut; }
    QAction *copy() const { return mCopy; }
    QAction *paste() const { return mPaste; }
    QAction *selectAll() const { return mSelectAll; }
    QAction *addStage() const { return mAddStage; }
    QAction *addLane() const { return mAddLane; }
    QAction *renameStage() const { return mRenameStage; }
    QAction *renameLane() const { return mRenameLane; }
    QAction *deleteStage() const { return mDeleteStage; }
    QAction *deleteLane() const { return mDeleteLane; }
    QAction *laneProperties() const { return mLaneProperties; }
    QAction *stageProperties() const { return mStageProperties; }
    QAction *departments() const { return mDepartments; }
    // "Create Opportunity from This Card…": asks the window (createOpportunityRequested).
    QAction *createOpportunity() const { return mCreateOpportunity; }
    QAction *connectTool() const { return mConnectTool; }
    QAction *zoomIn() const { return mZoomIn; }
    QAction *zoomOut() const { return mZoomOut; }
    QAction *zoomFit() const { return mZoomFit; }
    QAction *zoomSelection() const { return mZoomSelection; }
    QAction *zoomReset() const { return mZoomReset; }

    void fillEditMenu(QMenu *menu) const;
    void fillJourneyMenu(QMenu *menu) const;
    void fillViewMenu(QMenu *menu) const;

    // Asked before deleting a stage or lane that holds cards; a message box by default,
    // tests answer it themselves.
    using Confirm = std::function<bool(const QString &title, const QString &text)>;
    void setConfirm(Confirm confirm) { mConfirm = std::move(confirm); }
    // Where clipboard errors go (a status message by default).
    using Notify = std::function<void(const QString &text)>;
    void setNotify(Notify notify) { mNotify = std::move(notify); }

    void updateEnabled();
    // While a journey is shared on a server, the business case changes live for facilitators
    // only (server schema 7): for the others (`why` not empty) Create Opportunity is greyed with
    // `why` as its tooltip. Stages, lanes and departments likewise: for the others
    // (`structureWhy` not empty) their actions are greyed with that reason. Empty: everything
    // as usual.
    void setSharedLimits(const QString &why, const QString &structureWhy = {});
    // An action for the selected card shown in the card's context menu (e.g. Show Comments).
    void addCardAction(QAction *action) { mCardActions << action; }

signals:
    // The selected cards should become an opportunity (the window opens its dialog).
    void createOpportunityRequested(const QList<QUuid> &cardIds);

private:
    QAction *make(const QString &text, const QKeySequence &shortcut, void (CanvasActions::*slot)());
    void doNewCard();
    void doRenameCard();
    void doDelete();
    void doDuplicate();
    void doCut();
    void doCopy();
    void doPaste();
    void doSelectAll();
    void doAddStage();
    void doAddLane();
    // Selects the header of the stage or lane just added at `cell`, makes that cell current and
    // opens the name editor on it.
    void focusNewHeader(HeaderItem::Orientation orientation, const CellIndex &cell);
    void doRenameStage();
    void doRenameLane();
    void doDeleteStage();
    void doDeleteLane();
    void doLaneProperties();
    void doStageProperties();
    void doDepartments();
    void contextMenu(const QPoint &viewPos);

    JourneyScene *mScene;
    JourneyView *mView;
    Confirm mConfirm;
    Notify mNotify;
    QAction *mNewCard, *mRenameCard, *mDelete, *mDuplicate, *mCut, *mCopy, *mPaste, *mSelectAll;
    QAction *mAddStage, *mAddLane, *mRenameStage, *mRenameLane, *mDeleteStage, *mDeleteLane;
    QAction *mLaneProperties, *mStageProperties, *mDepartments;
    QAction *mCreateOpportunity;
    QList<QAction *> mCardActions;
    QString mSharedLimits;
    QString mStructureLimits;
    QList<QAction *> structureActions() const;
    QAction *mConnectTool, *mZoomIn, *mZoomOut, *mZoomFit, *mZoomSelection, *mZoomReset;
};

} // namespace waymark
