// The workshop side of the main window: review mode, "what changed", the card marks and
// vote clicks, presentation mode, and the workshop and comments docks.
#include "mainwindow.h"

#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "format/journeyfiles.h"
#include "journeydocument.h"
#include "recovery/recoverystore.h"
#include "review/journeydiff.h"
#include "canvas/canvasactions.h"
#include "canvas/headeritems.h"
#include "docks/datadock.h"
#include "docks/hotspotsdock.h"
#include "docks/journeyinfodock.h"
#include "docks/propertiesdock.h"
#include "workshop/changesdialog.h"
#include "workshop/commentsdock.h"
#include "workshop/participantspanel.h"
#include "workshop/presentationmode.h"
#include "workshop/workshopdock.h"
#include "workshop/votebanner.h"
#include "workshop/workshopcanvas.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QShortcut>
#include <QStatusBar>
#include <QVBoxLayout>

namespace waymark {

void MainWindow::createWorkshop()
{
    mWorkshopCanvas = new WorkshopCanvas(mScene, this);
    mVoteBanner = new VoteBanner(mView); // who is voting, in large type over the map
    connect(mWorkshopCanvas, &WorkshopCanvas::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    // Says plainly why the map does not move in review mode.
    mReviewBanner = new QLabel(tr("Review mode: the map is read-only; add comments in the Comments dock. "
                                  "Open the file normally to change the map."),
                               this);
    mReviewBanner->setObjectName(QStringLiteral("reviewBanner"));
    mReviewBanner->setWordWrap(true);
    mReviewBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4500; border: 1px solid #e0c060;"
                                                " border-radius: 4px; padding: 6px 10px; }"));
    mReviewBanner->hide();
    if (auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout()))
        layout->insertWidget(0, mReviewBanner);

    mWorkshop = new WorkshopDock(nullptr, this);
    mWorkshop->setMessageSink([this](const QString &title, const QString &text) { showError(title, text); });
    addDockWidget(Qt::RightDockWidgetArea, mWorkshop);
    tabifyDockWidget(mProperties, mWorkshop);
    mProperties->raise();
    // Keys 1–9 on the canvas give the floor to participant n; 0 takes it back.
    for (int n = 0; n <= 9; ++n) {
        auto *key = new QShortcut(QKeySequence(Qt::Key_0 + n), mView, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, this, [this, n] {
            if (n == 0)
                mDocument->setActiveParticipant({});
            else if (!mWorkshop->participants()->activateByNumber(n))
                statusBar()->showMessage(tr("There is no participant %1: add people in the Workshop dock.").arg(n), 5000);
        });
    }

    mPresentation = new PresentationMode(this, mView, mScene, mWorkshop->timebox());
    connect(mPresentation, &PresentationMode::entered, this, [this] {
        mHeader->hide(); // only the map on the projector
        mReviewBanner->hide();
    });
    connect(mPresentation, &PresentationMode::left, this, [this] {
        mHeader->show();
        mReviewBanner->setVisible(mDocument->isReviewOnly());
    });

    mComments = new CommentsDock(nullptr, this);
    addDockWidget(Qt::RightDockWidgetArea, mComments);
    // With the workshop, above the hotspots: each gets half the height, not a third.
    tabifyDockWidget(mWorkshop, mComments);
    mProperties->raise(); // properties stay in front; review mode raises the comments

    // Comments go on what is selected: one card, else the journey.
    // No `this` in here: the scene still signals while the window is being torn down.
    connect(mScene, &JourneyScene::touchpointSelectionChanged, mComments, [comments = mComments](const QList<QUuid> &ids) {
        if (ids.size() == 1)
            comments->setTarget(CommentTarget::Card, ids.first());
        else
            comments->setTarget(CommentTarget::Journey, {});
    });
    connect(mComments, &CommentsDock::targetActivated, this, [this](CommentTarget target, const QUuid &id) {
        if (target == CommentTarget::Card && mDocument->journey().touchpoint(id)) {
            mScene->selectTouchpoints({id});
            mView->centerOnCard(id);
        } else if (target == CommentTarget::Stage) {
            if (const auto index = mDocument->journey().stageIndex(id); index && mScene->stageHeader(*index))
                mView->centerOn(mScene->stageHeader(*index));
        }
    });
}

void MainWindow::addWorkshopFileActions(QMenu *file)
{
    QAction *review = file->addAction(tr("Open for Re&view…"), this, [this] {
        if (!maybeSave())
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open journey for review"), {}, tr("Waymark journeys (*.waymark *.waymark.json)"));
        if (!path.isEmpty())
            openForReview(path);
    });
    review->setToolTip(tr("Read a workshop's result and comment on it without changing the map"));
    file->addAction(tr("Compare with &Earlier Version…"), this, &MainWindow::compareWithEarlier);
}

void MainWindow::addWorkshopViewActions(QMenu *view)
{
    QAction *present = view->addAction(tr("&Present"), mPresentation, &PresentationMode::toggle);
    present->setShortcut(Qt::Key_F5);
    present->setToolTip(tr("Full screen, stage by stage (Page Down / Page Up), for the projector; Esc leaves"));
    addAction(present); // F5 works with the menu bar hidden too
    view->addSeparator();
}

void MainWindow::leavePresentation()
{
    if (mPresentation->isActive())
        mPresentation->leave();
}

void MainWindow::setWorkshopDocument(JourneyDocument *document)
{
    mWorkshopCanvas->setDocument(document);
    mVoteBanner->setDocument(document);
    mComments->setDocument(document);
    mWorkshop->setDocument(document);
    if (!document) {
        mPresentation->setParticipant({}, {});
        return;
    }
    connect(document, &JourneyDocument::activeParticipantChanged, this, [this](const QUuid &id) {
        const Participant *speaker = mDocument->journey().participant(id);
        mPresentation->setParticipant(speaker ? speaker->name : QString(), speaker ? speaker->colour : QColor());
    });
    connect(document, &JourneyDocument::editRefused, this, [this](const QString &what) {
        statusBar()->showMessage(tr("Review mode: “%1” was not done; the map is read-only. Comments are welcome.").arg(what), 8000);
    });
    connect(document, &JourneyDocument::reviewOnlyChanged, this, [this](bool reviewOnly) {
        applyReviewMode(reviewOnly);
        updateTitle();
    });
    applyReviewMode(document->isReviewOnly());
}

void MainWindow::applyReviewMode(bool reviewOnly)
{
    mReviewBanner->setVisible(reviewOnly);
    mCanvasActions->updateEnabled();
    // The card fields stay readable but take no typing the document would refuse. The Journey
    // dock turns itself read-only: a reviewer still scrolls through the personas and reads them.
    mProperties->setEnabled(!reviewOnly);
}

bool MainWindow::openForReview(const QString &path)
{
    if (!readFile(path))
        return false;
    mDocument->setReviewOnly(true);
    mComments->show();
    mComments->raise(); // what a reviewer came for
    // Only this file's copies (a reviewer's unsaved comments), in review mode already.
    offerRecoveryOf(RecoveryStore::findFor(RecoveryStore::defaultDirectory(), mDocument->filePath()));
    return true;
}

void MainWindow::compareWithEarlier()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare with an earlier version"), QFileInfo(mDocument->filePath()).absolutePath(),
                                                      tr("Waymark journeys (*.waymark *.waymark.json)"));
    if (!path.isEmpty())
        showChangesSince(path);
}

bool MainWindow::showChangesSince(const QString &earlierPath)
{
    FormatError error;
    const std::optional<Journey> earlier = readJourneyFile(earlierPath, &error);
    if (!earlier) {
        showError(tr("Could not read the earlier version"), error.toString());
        return false;
    }
    if (earlier->id != mDocument->journey().id)
        statusBar()->showMessage(tr("%1 holds a different journey: every card shows as added or removed.").arg(QFileInfo(earlierPath).fileName()), 10000);
    auto *dialog = new ChangesDialog(diffJourneys(*earlier, mDocument->journey()), QFileInfo(earlierPath).fileName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangesDialog::cardActivated, this, [this](const QUuid &id) {
        if (!mDocument->journey().touchpoint(id))
            return;
        mScene->selectTouchpoints({id});
        mView->centerOnCard(id);
    });
    connect(dialog, &ChangesDialog::selectCardsRequested, this, [this](const QList<QUuid> &ids) {
        QList<QUuid> present;
        for (const QUuid &id : ids) {
            if (mDocument->journey().touchpoint(id))
                present << id;
        }
        mScene->selectTouchpoints(present);
    });
    dialog->show();
    return true;
}

} // namespace waymark
