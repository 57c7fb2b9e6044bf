#include "workshopcanvas.h"

#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/workshopmarks.h"
#include "commands/changedot.h"
#include "journeydocument.h"
#include "votepanel.h"
#include "workshop/voting.h"

#include <QGraphicsSceneMouseEvent>
#include <QTimer>

namespace waymark {

namespace {

CardItem *cardAt(JourneyScene *scene, const QPointF &pos)
{
    for (QGraphicsItem *item : scene->items(pos)) {
        for (QGraphicsItem *walk = item; walk; walk = walk->parentItem()) {
            if (auto *card = qgraphicsitem_cast<CardItem *>(walk))
                return card;
        }
    }
    return nullptr;
}

} // namespace

WorkshopCanvas::WorkshopCanvas(JourneyScene *scene, QObject *parent)
    : QObject(parent)
    , mScene(scene)
{
    mScene->installEventFilter(this);
}

void WorkshopCanvas::setDocument(JourneyDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (document) {
        // Anything that can change a mark: who wrote what, dots, comments, cards coming and going.
        for (auto signal : {&JourneyDocument::participantInserted, &JourneyDocument::participantRemoved,
                            &JourneyDocument::participantChanged, &JourneyDocument::voteInserted, &JourneyDocument::voteRemoved,
                            &JourneyDocument::voteChanged, &JourneyDocument::commentInserted, &JourneyDocument::commentRemoved,
                            &JourneyDocument::commentChanged, &JourneyDocument::touchpointInserted,
                            &JourneyDocument::touchpointChanged, &JourneyDocument::departmentChanged})
            connect(document, signal, this, &WorkshopCanvas::scheduleRefresh);
        connect(document, &JourneyDocument::journeyReset, this, &WorkshopCanvas::scheduleRefresh);
    }
    scheduleRefresh();
}

void WorkshopCanvas::scheduleRefresh()
{
    // One refresh for a burst of signals (a paste, an undo of a macro).
    if (mRefreshPending)
        return;
    mRefreshPending = true;
    QTimer::singleShot(0, this, &WorkshopCanvas::refresh);
}

void WorkshopCanvas::refresh()
{
    mRefreshPending = false;
    mScene->setWorkshopMarks(mDocument ? workshopMarks(mDocument->journey()) : WorkshopMarks{});
}

bool WorkshopCanvas::castDot(const QUuid &card, QString *why)
{
    return changeDot(mDocument, card, DotChange::Place, why);
}

bool WorkshopCanvas::takeBackDot(const QUuid &card, QString *why)
{
    return changeDot(mDocument, card, DotChange::TakeBack, why);
}

bool WorkshopCanvas::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != mScene || event->type() != QEvent::GraphicsSceneMousePress || !mDocument)
        return false;
    const VoteRound *round = Voting::openRound(mDocument->journey());
    if (!round || mDocument->isReviewOnly())
        return false;
    auto *mouse = static_cast<QGraphicsSceneMouseEvent *>(event);
    CardItem *card = cardAt(mScene, mouse->scenePos());
    if (!card || (mouse->button() != Qt::LeftButton && mouse->button() != Qt::RightButton))
        return false;
    if (const auto &people = mDocument->journey().participants;
        mDocument->activeParticipant().isNull() && people.size() == 1 && people.front().name == VotePanel::roomName()) {
        // The room votes as one (and the file was reopened, which forgets who had the floor):
        // there is nobody else to choose.
        mDocument->setActiveParticipant(people.front().id);
    }
    if (mDocument->activeParticipant().isNull()) {
        // The click still selects; the facilitator learns why no dot appeared.
        emit message(tr("A vote is open: choose who is voting (Workshop dock, or keys 1–9), then click cards."));
        return false;
    }
    QString why;
    const bool cast = mouse->button() == Qt::LeftButton;
    const bool done = cast ? castDot(card->id(), &why) : takeBackDot(card->id(), &why);
    if (done) {
        const Participant *voter = mDocument->journey().participant(mDocument->activeParticipant());
        const VoteRound *now = Voting::openRound(mDocument->journey());
        if (voter && now)
            emit message(tr("%1: %2 of %3 dots left").arg(voter->name).arg(Voting::dotsLeft(*now, voter->id)).arg(now->budget));
    } else {
        emit message(why);
    }
    return true; // a vote click never starts a drag or a selection
}

} // namespace waymark
