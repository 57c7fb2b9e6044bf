#pragma once

#include "server/serversession.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QLabel;
class QToolButton;
class QWidget;

namespace waymark {

class JourneyScene;
class JourneyView;

// Follow-me while a journey is shared (docs/server.md, "Follow-me"): View → Present (Everyone
// Follows Me) (Ctrl+Alt+P, facilitators) sends where this window looks — the canvas's centre,
// zoom and selected card — over the server's follow channel as it changes; every other
// window on the journey follows until the presenter stops, or until its person scrolls,
// zooms or clicks on their own, which leaves a "Follow again" button in the status bar.
class FollowMe : public QObject
{
    Q_OBJECT
public:
    FollowMe(ServerSession *session, JourneyView *view, JourneyScene *scene, QWidget *window);
    ~FollowMe() override;

    // The View menu's entries (a separator first); owned by the window, removed with us.
    QList<QAction *> actions() const;
    QAction *presentAction() const { return mPresent; }
    QToolButton *followAgainButton() const { return mFollowAgain; }
    bool isFollowing() const { return mFollowing && mPresenterView.has_value(); }
    QString presenter() const { return mPresenterName; }

    // Where this window looks now, as a presenter would send it.
    FollowView currentView() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setPresenting(bool on);
    void sendSoon();
    void send();
    void onPresented(const QString &session, const QString &author, const std::optional<FollowView> &view);
    void apply(const FollowView &view);
    void followAgain();
    void updateState();

    QPointer<ServerSession> mSession;
    JourneyView *mView;
    JourneyScene *mScene;
    QAction *mSeparator;
    QAction *mPresent;
    QToolButton *mFollowAgain;
    QLabel *mFollowing_;
    QTimer mSendTimer;
    bool mApplying = false;
    bool mFollowing = true;
    QString mPresenterSession;
    QString mPresenterName;
    std::optional<FollowView> mPresenterView;
};

} // namespace waymark
