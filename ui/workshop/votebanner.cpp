#include "votebanner.h"

#include "journeydocument.h"
#include "workshop/voting.h"

#include <QEvent>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace waymark {

namespace {
constexpr int edgeMargin = 10;
constexpr double largePoints = 20; // reads from the back of a meeting room on a projector
constexpr double promptPoints = 14;
} // namespace

VoteBanner::VoteBanner(QGraphicsView *view)
    : QFrame(view)
    , mView(view)
    , mViewport(view->viewport())
{
    setObjectName(QStringLiteral("voteBanner"));
    setAttribute(Qt::WA_TransparentForMouseEvents); // clicks go on to the cards under it
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 6, 16, 6);
    mLabel = new QLabel(this);
    mLabel->setObjectName(QStringLiteral("voteBannerText"));
    mLabel->setTextFormat(Qt::RichText);
    QPalette colours = mLabel->palette();
    colours.setColor(QPalette::WindowText, QColor(0x1d, 0x23, 0x2b));
    mLabel->setPalette(colours);
    layout->addWidget(mLabel);
    view->viewport()->installEventFilter(this);
    hide();
}

void VoteBanner::setDocument(JourneyDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (document) {
        for (auto signal : {&JourneyDocument::voteInserted, &JourneyDocument::voteRemoved, &JourneyDocument::voteChanged,
                            &JourneyDocument::participantInserted, &JourneyDocument::participantRemoved,
                            &JourneyDocument::participantChanged})
            connect(document, signal, this, &VoteBanner::refresh);
        connect(document, &JourneyDocument::activeParticipantChanged, this, &VoteBanner::refresh);
        connect(document, &JourneyDocument::journeyReset, this, &VoteBanner::refresh);
        connect(document, &JourneyDocument::reviewOnlyChanged, this, &VoteBanner::refresh);
    }
    refresh();
}

void VoteBanner::refresh()
{
    const VoteRound *round = mDocument ? Voting::openRound(mDocument->journey()) : nullptr;
    if (!round || mDocument->isReviewOnly()) {
        hide();
        return;
    }
    QFont font = mLabel->font();
    font.setBold(true);
    const Participant *voter = mDocument->journey().participant(mDocument->activeParticipant());
    if (voter) {
        font.setPointSizeF(largePoints);
        const QString dot = QStringLiteral("<span style=\"color:%1\">●</span> ").arg(voter->colour.name());
        mLabel->setText(dot + tr("%1 is voting — %2 of %3 dots left")
                                  .arg(voter->name.toHtmlEscaped())
                                  .arg(Voting::dotsLeft(*round, voter->id))
                                  .arg(round->budget));
    } else {
        font.setPointSizeF(promptPoints);
        mLabel->setText(mDocument->journey().participants.empty()
                            ? tr("Vote open, but nobody can vote: add people in the Workshop dock.")
                            : tr("Vote open — who is voting? Press 1–9 or click a name in the Workshop dock."));
    }
    mLabel->setFont(font);
    show();
    place();
}

bool VoteBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == mViewport)
        place();
    return QFrame::eventFilter(watched, event);
}

void VoteBanner::place()
{
    const QRect viewport = mView->viewport()->geometry();
    mLabel->setMaximumWidth(std::max(200, viewport.width() - 60)); // a long name is cut at the edge, never spills
    adjustSize();
    // At the bottom: the stage names along the top stay readable while the room votes. Left
    // of the legend (bottom right) when they would meet.
    int x = viewport.left() + std::max(0, (viewport.width() - width()) / 2);
    if (const QWidget *legend = mView->findChild<QWidget *>(QStringLiteral("mapLegend")); legend && legend->isVisible())
        x = std::max(viewport.left() + edgeMargin, std::min(x, legend->x() - width() - edgeMargin));
    move(x, viewport.bottom() - height() - edgeMargin + 1);
    raise();
}

void VoteBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x7c, 0x4d, 0xff), 2)); // the colour of the rings around the cards to vote on
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 10, 10);
}

} // namespace waymark
