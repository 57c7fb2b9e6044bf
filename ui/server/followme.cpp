#include "server/followme.h"

#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QScrollBar>
#include <QStatusBar>
#include <QToolButton>

namespace waymark {

namespace {

// Moves are sent at most this often: a drag-scroll makes dozens of steps a second, and the
// followers need only where it ends up (and a smooth enough trail on the way).
constexpr int sendEveryMs = 80;

} // namespace

FollowMe::FollowMe(ServerSession *session, JourneyView *view, JourneyScene *scene, QWidget *window)
    : mSession(session)
    , mView(view)
    , mScene(scene)
    , mSeparator(new QAction(window))
    , mPresent(new QAction(tr("&Present (Everyone Follows Me)"), window))
    , mFollowAgain(new QToolButton(window))
    , mFollowing_(new QLabel(window))
{
    mSeparator->setSeparator(true);
    mPresent->setObjectName(QStringLiteral("presentFollowMe"));
    mPresent->setCheckable(true);
    mPresent->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    window->addAction(mPresent);
    const bool facilitator = session->role() == ServerRole::Facilitator;
    mPresent->setEnabled(facilitator);
    const QString tip = facilitator ? tr("Everyone's canvas follows yours — where you scroll, how far you zoom, the card you select — until you stop")
                                    : tr("Only the facilitator presents");
    mPresent->setToolTip(tip);
    mPresent->setStatusTip(tip);
    connect(mPresent, &QAction::toggled, this, &FollowMe::setPresenting);

    mFollowAgain->setObjectName(QStringLiteral("followAgain"));
    mFollowAgain->setAutoRaise(true);
    connect(mFollowAgain, &QToolButton::clicked, this, &FollowMe::followAgain);
    mFollowing_->setObjectName(QStringLiteral("followingState"));
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        main->statusBar()->addPermanentWidget(mFollowing_);
        main->statusBar()->addPermanentWidget(mFollowAgain);
    }

    mSendTimer.setSingleShot(true);
    connect(&mSendTimer, &QTimer::timeout, this, &FollowMe::send);
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, &FollowMe::sendSoon);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &FollowMe::sendSoon);
    connect(view, &JourneyView::zoomChanged, this, &FollowMe::sendSoon);
    connect(scene, &JourneyScene::touchpointSelectionChanged, this, &FollowMe::sendSoon);
    connect(session, &ServerSession::presented, this, &FollowMe::onPresented);
    // One's own scrolling, zooming or clicking leaves the presentation.
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    updateState();
}

FollowMe::~FollowMe()
{
    if (mPresent->isChecked() && mSession)
        mSession->present(std::nullopt, nullptr);
    delete mSeparator;
    delete mPresent;
    delete mFollowAgain;
    delete mFollowing_;
}

QList<QAction *> FollowMe::actions() const
{
    return {mSeparator, mPresent};
}

FollowView FollowMe::currentView() const
{
    const QPointF centre = mView->mapToScene(mView->viewport()->rect().center());
    const QList<QUuid> selected = mScene->selectedTouchpoints();
    return FollowView{centre.x(), centre.y(), mView->zoom(), selected.isEmpty() ? QUuid() : selected.front()};
}

void FollowMe::setPresenting(bool on)
{
    if (!mSession)
        return;
    if (on)
        send();
    else
        mSession->present(std::nullopt, nullptr);
    updateState();
}

void FollowMe::sendSoon()
{
    if (mPresent->isChecked() && !mSendTimer.isActive())
        mSendTimer.start(sendEveryMs);
}

void FollowMe::send()
{
    if (mSession && mPresent->isChecked())
        mSession->present(currentView(), nullptr); // a lost connection is said elsewhere; the next move tries again
}

void FollowMe::onPresented(const QString &session, const QString &author, const std::optional<FollowView> &view)
{
    if (!view) {
        if (session == mPresenterSession) {
            mPresenterSession.clear();
            mPresenterView.reset();
            mFollowing = true; // the next presentation is followed again
        }
        updateState();
        return;
    }
    if (session != mPresenterSession) {
        // Someone starts presenting: follow them (one presenter at a time; the newest wins).
        mPresenterSession = session;
        mPresenterName = author;
        mFollowing = true;
        if (mPresent->isChecked())
            mPresent->setChecked(false);
    }
    mPresenterView = view;
    if (mFollowing)
        apply(*view);
    updateState();
}

void FollowMe::apply(const FollowView &view)
{
    mApplying = true;
    if (view.zoom > 0)
        mView->setZoom(view.zoom);
    mView->centerOn(view.x, view.y);
    if (!view.card.isNull() && mScene->cardItem(view.card))
        mScene->selectTouchpoints({view.card});
    mApplying = false;
}

void FollowMe::followAgain()
{
    mFollowing = true;
    if (mPresenterView)
        apply(*mPresenterView);
    updateState();
}

bool FollowMe::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Wheel:
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
        if (isFollowing() && !mApplying) {
            mFollowing = false; // they went to look at something themselves
            updateState();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void FollowMe::updateState()
{
    const bool presenting = mPresenterView.has_value();
    mFollowing_->setVisible(presenting && mFollowing);
    mFollowing_->setText(tr("▶ Following %1").arg(mPresenterName));
    mFollowAgain->setVisible(presenting && !mFollowing);
    mFollowAgain->setText(tr("Follow %1 again").arg(mPresenterName));
    mFollowAgain->setToolTip(tr("%1 is presenting; you scrolled away. Back to where they look.").arg(mPresenterName));
}

} // namespace waymark
