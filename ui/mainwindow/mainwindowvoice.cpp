// "What customers say" in the main window: the dock, its View and Data menu entries, the
// card's "Show Comments", and the optional badge with each card's top detractor term. Split
// from mainwindow.cpp to keep each file about one thing.
#include "mainwindow/mainwindow.h"

#include "canvas/canvasactions.h"
#include "canvas/dataoverlay.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "docks/datadock.h"
#include "docks/hotspotsdock.h"
#include "journeydocument.h"
#include "text/commentcorpuscache.h"
#include "text/touchpointcomplaints.h"
#include "voice/voicedock.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace waymark {

void MainWindow::createVoice()
{
    mVoice = new VoiceDock(nullptr, this);
    addDockWidget(Qt::RightDockWidgetArea, mVoice);
    tabifyDockWidget(mData, mVoice); // beside the figures the comments explain
    mVoice->hide();                   // opened from the Data menu or a card; reads comments only then
    mHotspots->raise();
    connect(mScene, &JourneyScene::touchpointSelectionChanged, mVoice, &VoiceDock::setSelectedCards);
    connect(mVoice, &VoiceDock::cardsRequested, this, [this](const QList<QUuid> &ids) {
        mScene->selectTouchpoints(ids);
        if (!ids.isEmpty())
            mView->centerOnCard(ids.first());
        statusBar()->showMessage(ids.isEmpty() ? tr("No card's comments use this term distinctly often.")
                                               : tr("%n card(s) selected where customers use this term distinctly often.", nullptr, int(ids.size())),
                                 8000);
    });

    auto *showComments = new QAction(tr("Show Co&mments"), this);
    showComments->setObjectName(QStringLiteral("showCommentsAction"));
    showComments->setStatusTip(tr("What the customers who answered at this card wrote, and the words that set it apart"));
    connect(showComments, &QAction::triggered, this, [this] {
        const QList<QUuid> cards = mScene->selectedTouchpoints();
        if (!cards.isEmpty())
            mVoice->showCard(cards.first());
    });
    mCanvasActions->addCardAction(showComments);

    mVoiceBadges = new QAction(tr("Show Top &Complaint on Cards"), this);
    mVoiceBadges->setObjectName(QStringLiteral("voiceBadgesAction"));
    mVoiceBadges->setCheckable(true);
    mVoiceBadges->setChecked(false); // off by default: a word on every card is a lot to take in
    mVoiceBadges->setStatusTip(tr("On each card, the word its detractors' comments use most distinctly"));
    connect(mVoiceBadges, &QAction::toggled, this, [this](bool on) {
        if (on && mDocument)
            if (const DatasetRef *dataset = commentDataset(mDocument->journey());
                dataset && !CommentCorpusCache::find((*dataset)->sharedAnswerRows()))
                mVoice->readComments(); // in the background; the badges follow when it is done
        updateDataOverlay();
    });
    connect(mVoice, &VoiceDock::commentsRead, this, [this] {
        if (mVoiceBadges->isChecked())
            updateDataOverlay();
    });
}

void MainWindow::addVoiceActions(QMenu *view, QMenu *dataMenu)
{
    view->addAction(mVoiceBadges);
    QAction *dock = mVoice->toggleViewAction();
    view->addAction(dock);
    dock->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    dock->setStatusTip(tr("The words that set a card's, stage's or segment's comments apart, and the sentences behind them"));
    dataMenu->addAction(dock);
    // Tabbed behind the data dock: shown is not enough, it must come to the front.
    connect(dock, &QAction::triggered, mVoice, [this](bool shown) {
        if (shown)
            mVoice->raise();
    });
}

void MainWindow::addComplaintBadges(DataOverlay &overlay) const
{
    if (!mVoiceBadges || !mVoiceBadges->isChecked() || !mDocument)
        return;
    const Journey &journey = mDocument->journey();
    const DatasetRef *dataset = commentDataset(journey);
    // Only a corpus already read: the overlay is redrawn on every data change and must not wait.
    const auto corpus = dataset ? CommentCorpusCache::find((*dataset)->sharedAnswerRows()) : nullptr;
    if (!corpus)
        return;
    const auto topTerm = topComplaintTerms(**dataset, corpus);
    for (const Touchpoint &card : journey.touchpoints)
        if (const auto it = topTerm->constFind(card.dataKey); !card.dataKey.isEmpty() && it != topTerm->constEnd())
            overlay.complaints.insert(card.id, *it);
}

} // namespace waymark
