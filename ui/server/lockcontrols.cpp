#include "server/lockcontrols.h"

#include "canvas/canvaslayout.h"
#include "canvas/journeyscene.h"
#include "journeydocument.h"
#include "server/serversession.h"

#include <QAction>
#include <QGraphicsSceneHoverEvent>
#include <QInputDialog>
#include <QPainter>
#include <QWidget>

namespace waymark {

namespace {

constexpr qreal veilZ = 6; // over the cards (2) and arrows (3), under a drag's marks (8)

template <typename T>
int indexOf(const std::vector<T> &items, const QUuid &id)
{
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].id == id)
            return int(i);
    }
    return -1;
}

} // namespace

LockVeil::LockVeil(JourneyScene *scene)
    : mScene(scene)
{
    setZValue(veilZ);
    setAcceptedMouseButtons(Qt::NoButton); // clicks reach the cards under it
    setAcceptHoverEvents(true);
    scene->addItem(this);
}

void LockVeil::setLocks(std::vector<ServerLock> locks, const QString &youMayText)
{
    mLocks = std::move(locks);
    mYouMay = youMayText;
    refresh();
}

void LockVeil::refresh()
{
    prepareGeometryChange();
    mBounds = QRectF();
    for (const Region &region : regions())
        mBounds |= region.rect;
    update();
}

QRectF LockVeil::boundingRect() const
{
    return mBounds;
}

std::vector<LockVeil::Region> LockVeil::regions() const
{
    std::vector<Region> found;
    if (!mScene->document() || mLocks.empty())
        return found;
    const Journey &journey = mScene->document()->journey();
    const CanvasLayout &layout = mScene->canvasLayout();
    if (layout.stageCount() == 0 || layout.laneCount() == 0)
        return found;
    const QRectF cells = layout.cellRect(0, 0).united(layout.cellRect(layout.stageCount() - 1, layout.laneCount() - 1));
    for (const ServerLock &lock : mLocks) {
        const QString reason = lock.reason.isEmpty() ? QString() : QStringLiteral(": ") + lock.reason;
        if (lock.kind == ServerLockKind::board) {
            found.push_back({cells.united(layout.stageHeaderRect(0)).united(layout.laneHeaderRect(0)), cells,
                             tr("Frozen by %1%2").arg(lock.author, reason), lock});
        } else if (lock.kind == ServerLockKind::lane) {
            const int lane = indexOf(journey.lanes, lock.target);
            if (lane >= 0) {
                const QRectF row(cells.left(), layout.rowY(lane), cells.width(), layout.rowHeight(lane));
                found.push_back({layout.laneHeaderRect(lane).united(row), row, tr("Locked by %1%2").arg(lock.author, reason), lock});
            }
        } else if (lock.kind == ServerLockKind::stage) {
            const int stage = indexOf(journey.stages, lock.target);
            if (stage >= 0) {
                const QRectF column(layout.columnX(stage), cells.top(), layout.columnWidth(), cells.height());
                found.push_back({layout.stageHeaderRect(stage).united(column), column, tr("Locked by %1%2").arg(lock.author, reason), lock});
            }
        }
    }
    return found;
}

void LockVeil::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    QFont font = painter->font();
    font.setBold(true);
    painter->setFont(font);
    for (const Region &region : regions()) {
        const bool board = region.lock.kind == ServerLockKind::board;
        painter->setPen(QPen(QColor(90, 90, 90), 1.5, Qt::DashLine));
        painter->setBrush(QColor(120, 120, 120, board ? 40 : 70));
        painter->drawRect(region.rect.adjusted(1, 1, -1, -1));
        // The label in a pale box at the region's top left, readable over cards.
        const QString text = QStringLiteral("\U0001F512 ") + region.label;
        QRectF box = painter->boundingRect(region.labelArea.adjusted(6, 4, -6, -4), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        box.adjust(-4, -2, 4, 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 225));
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(QColor(60, 60, 60));
        painter->drawText(box, Qt::AlignCenter | Qt::TextWordWrap, text);
    }
    painter->restore();
}

void LockVeil::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    for (const Region &region : regions()) {
        if (region.rect.contains(event->pos())) {
            const QString who = region.lock.kind == ServerLockKind::board
                ? tr("Only facilitators may change the board while it is frozen.")
                : tr("Only facilitators and the lane's department may change the cards here.");
            setToolTip(region.label + u'\n' + who + (mYouMay.isEmpty() ? QString() : u'\n' + mYouMay));
            return;
        }
    }
    setToolTip({});
}

LockControls::LockControls(ServerSession *session, JourneyScene *scene, QWidget *window)
    : mSession(session)
    , mScene(scene)
    , mWindow(window)
    // The window's children (found by name, shortcuts wherever the focus is), removed with us.
    , mLockLane(new QAction(tr("Lock &Lane"), window))
    , mLockStage(new QAction(tr("Lock &Stage"), window))
    , mFreeze(new QAction(tr("&Freeze the Board"), window))
{
    mLockLane->setObjectName(QStringLiteral("lockLane"));
    mLockStage->setObjectName(QStringLiteral("lockStage"));
    mFreeze->setObjectName(QStringLiteral("freezeBoard"));
    mLockLane->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    mLockStage->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
    mFreeze->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    for (QAction *action : actions()) {
        action->setCheckable(true);
        window->addAction(action); // the shortcuts work wherever the focus is
    }
    connect(mLockLane, &QAction::triggered, this, [this] { toggle(ServerLockKind::lane); });
    connect(mLockStage, &QAction::triggered, this, [this] { toggle(ServerLockKind::stage); });
    connect(mFreeze, &QAction::triggered, this, [this] { toggle(ServerLockKind::board); });
    connect(session, &ServerSession::locksChanged, this, &LockControls::update);
    connect(scene, &JourneyScene::currentCellChanged, this, &LockControls::update);
    // A new layout moves the lanes and stages (and a rebuild takes the veil with the items).
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] { ensureVeil()->refresh(); });
    update();
}

LockControls::~LockControls()
{
    delete mVeil;
    qDeleteAll(actions());
}

QList<QAction *> LockControls::actions() const
{
    return {mLockLane, mLockStage, mFreeze};
}

QUuid LockControls::targetOf(const QString &kind) const
{
    const auto cell = mScene->currentCell();
    if (kind == ServerLockKind::board)
        return mSession ? mSession->journeyId() : QUuid();
    if (!cell || !mScene->document())
        return {};
    const Journey &journey = mScene->document()->journey();
    if (kind == ServerLockKind::lane)
        return cell->lane >= 0 && cell->lane < int(journey.lanes.size()) ? journey.lanes[std::size_t(cell->lane)].id : QUuid();
    return cell->stage >= 0 && cell->stage < int(journey.stages.size()) ? journey.stages[std::size_t(cell->stage)].id : QUuid();
}

QString LockControls::nameOf(const QString &kind, const QUuid &target) const
{
    const Journey &journey = mScene->document()->journey();
    if (kind == ServerLockKind::lane) {
        const int lane = indexOf(journey.lanes, target);
        return lane >= 0 ? journey.lanes[std::size_t(lane)].name : QString();
    }
    const int stage = indexOf(journey.stages, target);
    return stage >= 0 ? journey.stages[std::size_t(stage)].name : QString();
}

LockVeil *LockControls::ensureVeil()
{
    if (!mVeil)
        mVeil = new LockVeil(mScene);
    return mVeil;
}

void LockControls::update()
{
    if (!mSession)
        return;
    const bool facilitator = mSession->role() == ServerRole::Facilitator;
    const QString onlyFacilitators = tr("Only the facilitator locks lanes and stages and freezes the board");
    for (const auto &[kind, action] : {std::pair{ServerLockKind::lane, mLockLane}, std::pair{ServerLockKind::stage, mLockStage},
                                       std::pair{ServerLockKind::board, mFreeze}}) {
        const QUuid target = targetOf(kind);
        action->setChecked(!target.isNull() && mSession->locks().count({kind, target}) > 0);
        action->setEnabled(facilitator && !target.isNull());
        QString tip = facilitator ? (target.isNull() ? tr("Click a cell first: the lock is for its lane or stage") : QString()) : onlyFacilitators;
        if (facilitator && !target.isNull() && kind != ServerLockKind::board)
            tip = (action->isChecked() ? tr("Unlock “%1”") : tr("Only the facilitators and the lane's department may change the cards in “%1”"))
                      .arg(nameOf(kind, target));
        action->setToolTip(tip);
        action->setStatusTip(tip);
    }
    std::vector<ServerLock> locks;
    for (const auto &[key, lock] : mSession->locks())
        locks.push_back(lock);
    ensureVeil()->setLocks(locks, facilitator ? tr("You are a facilitator: you may change them.") : QString());
}

void LockControls::toggle(const QString &kind)
{
    if (!mSession)
        return;
    const QUuid target = targetOf(kind);
    if (target.isNull())
        return;
    const bool locked = mSession->locks().count({kind, target}) > 0;
    QString reason;
    if (!locked) {
        bool ok = false;
        const QString title = kind == ServerLockKind::board ? tr("Freeze the Board") : kind == ServerLockKind::lane ? tr("Lock Lane") : tr("Lock Stage");
        reason = QInputDialog::getText(mWindow, title, tr("Why? Everyone sees it (you may leave it empty):"), QLineEdit::Normal, {}, &ok).trimmed();
        if (!ok) {
            update();
            return;
        }
    }
    QString error;
    if (!mSession->setLock(kind, target, !locked, reason, &error))
        emit failed(tr("Not locked: %1").arg(error));
    update();
}

QString LockControls::notice(const QString &author, const QString &kind, bool locked, const QString &name)
{
    if (kind == ServerLockKind::board)
        return locked ? tr("%1 froze the board.").arg(author) : tr("%1 unfroze the board.").arg(author);
    if (kind == ServerLockKind::lane)
        return locked ? tr("%1 locked the lane “%2”.").arg(author, name) : tr("%1 unlocked the lane “%2”.").arg(author, name);
    return locked ? tr("%1 locked the stage “%2”.").arg(author, name) : tr("%1 unlocked the stage “%2”.").arg(author, name);
}

} // namespace waymark
