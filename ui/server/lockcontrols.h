#pragma once

#include "server/serverlock.h"

#include <QGraphicsObject>
#include <QObject>
#include <QPointer>

#include <vector>

class QAction;
class QWidget;

namespace waymark {

class JourneyScene;
class ServerSession;

// Greys what a facilitator locked on the canvas (docs/server.md, "Locks and the frozen
// board"): a veil over each locked lane or stage with who locked it and why, and a light one
// over the whole map while the board is frozen. It takes no clicks (the database decides what
// may change); its tooltip says who may still change the cards there.
class LockVeil : public QGraphicsObject
{
    Q_OBJECT

public:
    explicit LockVeil(JourneyScene *scene);

    void setLocks(std::vector<ServerLock> locks, const QString &youMayText);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // The regions drawn now with their labels, for tests.
    struct Region {
        QRectF rect;
        QRectF labelArea; // inside the cells: the lane's or stage's own name stays readable
        QString label;
        ServerLock lock;
    };
    std::vector<Region> regions() const;
    void refresh();

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    JourneyScene *mScene;
    std::vector<ServerLock> mLocks;
    QString mYouMay;
    QRectF mBounds;
};

// The facilitator's locks in the window: Edit → Lock Lane (Ctrl+Alt+L) and Lock Stage
// (Ctrl+Alt+K) for the current cell's lane and stage, Freeze the Board (Ctrl+Alt+F), each a
// toggle that asks for a reason everyone sees; greyed with the reason for the other roles.
// Each lock or unlock is also a step of Edit → Undo My Last Change (ServerSession::undo), which
// brings the lock back as it was unless someone changed it since.
class LockControls : public QObject
{
    Q_OBJECT
public:
    LockControls(ServerSession *session, JourneyScene *scene, QWidget *window);
    ~LockControls() override;

    QList<QAction *> actions() const;
    QAction *lockLane() const { return mLockLane; }
    QAction *lockStage() const { return mLockStage; }
    QAction *freeze() const { return mFreeze; }
    LockVeil *veil() const { return mVeil; }

    LockVeil *ensureVeil();
    // "fay locked the lane “Support”." for the status bar, from a lock change.
    static QString notice(const QString &author, const QString &kind, bool locked, const QString &name);

signals:
    // A lock was refused or failed (translated), for the status bar.
    void failed(const QString &why);

private:
    void toggle(const QString &kind);
    void update();
    QUuid targetOf(const QString &kind) const;
    QString nameOf(const QString &kind, const QUuid &target) const;

    QPointer<ServerSession> mSession;
    JourneyScene *mScene;
    QWidget *mWindow;
    QAction *mLockLane;
    QAction *mLockStage;
    QAction *mFreeze;
    // Made again when the scene rebuilds its items (a new document clears the scene).
    QPointer<LockVeil> mVeil;
};

} // namespace waymark
