// File → Publish to Server…, Open from Server…, and the window while its journey is shared
// live on a PostgreSQL server (docs/server.md): the title and the status bar say where, the
// edits go through the live bridge (model/server/sharedjourney.h), Undo is the server's, a
// lost connection keeps the journey open and is retried, Save As keeps a copy.
#include "mainwindow/mainwindow.h"

#include "business/opportunitiesdock.h"
#include "canvas/canvasactions.h"
#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "docks/journeyinfodock.h"
#include "dialogs/workinbackground.h"
#include "format/journeyfiles.h"
#include "journeydocument.h"
#include "workshop/agendapanel.h"
#include "workshop/participantspanel.h"
#include "workshop/votepanel.h"
#include "workshop/workshopdock.h"
#include "mainwindow/recentfiles.h"
#include "recovery/recoverystore.h"
#include "server/changemark.h"
#include "server/membersdialog.h"
#include "server/openfromserverdialog.h"
#include "server/publishdialog.h"
#include "server/replayreportdialog.h"
#include "server/serverjobs.h"
#include "server/servershare.h"
#include "server/datasettransfernotice.h"
#include "server/sharednotices.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>

namespace waymark {

namespace {

constexpr int noticeMs = 10000;

QString authorFromSettings()
{
    const QString name = QSettings().value(QStringLiteral("server/author")).toString().trimmed();
    return name.isEmpty() ? qEnvironmentVariable("USER") : name;
}

} // namespace

void MainWindow::addServerActions(QMenu *file)
{
    QAction *publish = file->addAction(tr("P&ublish to Server…"), this, &MainWindow::publishToServer);
    publish->setObjectName(QStringLiteral("publishToServer"));
    publish->setStatusTip(tr("Put this journey on your company's PostgreSQL server so that everyone edits it live"));
    QAction *open = file->addAction(tr("Open from Ser&ver…"), this, &MainWindow::openFromServer);
    open->setObjectName(QStringLiteral("openFromServer"));
    open->setStatusTip(tr("Open a journey shared on a PostgreSQL server and edit it live with the others"));
    mMembersAction = file->addAction(tr("Mem&bers…"), this, &MainWindow::showMembers);
    mMembersAction->setObjectName(QStringLiteral("serverMembers"));
    mMembersAction->setEnabled(false);
    mMembersAction->setStatusTip(tr("Who belongs to which department of the shared journey: they may still change their lanes while locked"));
    mMembersAction->setToolTip(tr("Only for a journey shared on a server"));
    mServerLabel = new QLabel(this);
    mServerLabel->setObjectName(QStringLiteral("serverState"));
    mServerLabel->hide();
    statusBar()->addPermanentWidget(mServerLabel);
}

void MainWindow::publishToServer()
{
    mView->commitEditor(); // a title being typed belongs in what is published
    PublishDialog dialog(mDocument->journey(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (openShared(dialog.address(), dialog.journeyId(), dialog.author()))
        statusBar()->showMessage(tr("Published to %1: this window now shows the shared journey, and every change goes to the "
                                    "server. Others open it with File → Open from Server….")
                                     .arg(dialog.address().display()),
                                 noticeMs * 2);
}

void MainWindow::openFromServer()
{
    if (!maybeSave())
        return;
    OpenFromServerDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || dialog.journeyId().isNull())
        return;
    if (openShared(dialog.address(), dialog.journeyId(), dialog.author()))
        statusBar()->showMessage(tr("Opened “%1” from %2.").arg(mDocument->journey().title, dialog.address().display()), noticeMs);
}

void MainWindow::showMembers()
{
    if (!mShare)
        return;
    MembersDialog dialog(mShare->session.get(), mDocument->journey(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.isReadOnly())
        statusBar()->showMessage(tr("The members are saved on %1.").arg(mShare->where), noticeMs);
}

bool MainWindow::openServerJourney(const QString &url, const QString &journeyId)
{
    QString error;
    const auto address = parsePostgresUrl(url, &error);
    if (!address) {
        showError(tr("Could not open the shared journey"),
                  tr("“%1” is not a PostgreSQL URL: %2\nWrite it as postgresql://HOST[:PORT]/DATABASE.").arg(url, error));
        return false;
    }
    const QUuid id = QUuid::fromString(journeyId);
    if (id.isNull()) {
        showError(tr("Could not open the shared journey"),
                  tr("“%1” is not a journey id. `waymark server list %2` shows the journeys there and their ids.").arg(journeyId, url));
        return false;
    }
    return openShared(*address, id, authorFromSettings());
}

bool MainWindow::openShared(const PostgresAddress &address, const QUuid &id, const QString &author)
{
    const PostgresAddress live = ServerReconnect::withLiveTimeouts(address);
    auto session = std::make_unique<ServerSession>(live, id, author);
    // Edits made while the connection is down wait in the recovery store; what a crashed or
    // closed Waymark left there for this journey is sent as the session connects.
    session->keepOfflineEdits(RecoveryStore::defaultDirectory());
    auto sentAtOpening = std::make_shared<std::optional<ReplayReport>>();
    connect(session.get(), &ServerSession::replayed, this, [sentAtOpening](const ReplayReport &report) { *sentAtOpening = report; });
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool connected = session->connectToServer(&error);
    QApplication::restoreOverrideCursor();
    if (!connected && ServerJobs::isPasswordRefusal(error) && ServerJobs::askPassword(this, address)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        connected = session->connectToServer(&error);
        QApplication::restoreOverrideCursor();
    }
    if (!connected) {
        // A server that does not answer: the last copy this laptop held, marked as offline;
        // edits queue as after a lost connection and everything syncs when it answers.
        QString copyError;
        if (!session->serverUnreachable() || !session->openLocalCopy(&copyError)) {
            showError(tr("Could not open the shared journey"),
                      copyError.isEmpty() ? error : tr("%1\n\nIt cannot be opened offline either: %2").arg(error, copyError));
            return false;
        }
    }
    disconnect(session.get(), &ServerSession::replayed, this, nullptr);
    setDocument(std::make_unique<JourneyDocument>(session->journey())); // leaves any earlier share

    auto share = std::make_unique<ServerShare>();
    share->where = address.display();
    share->offlineCopy = session->openedFromCopy();
    share->session = std::move(session);
    share->bridge = std::make_unique<SharedJourney>(mDocument.get(), share->session.get());
    share->reconnect = std::make_unique<ServerReconnect>(share->session.get(), live);
    share->presence = std::make_unique<ServerPresence>(share->session.get());
    share->locks = std::make_unique<LockControls>(share->session.get(), mScene, this);
    share->follow = std::make_unique<FollowMe>(share->session.get(), mView, mScene, this);
    mViewMenu->addActions(share->follow->actions());
    ServerSession *liveSession = share->session.get();
    SharedJourney *bridge = share->bridge.get();
    mShare = std::move(share);

    connect(bridge, &SharedJourney::refused, this, [this](const QString &why) {
        statusBar()->showMessage(why, noticeMs);
        mShare->reconnect->checkNow(); // a write that failed on a dead connection: say so and reconnect
    });
    connect(bridge, &SharedJourney::canUndoChanged, this, [this](bool canUndo) {
        if (mSharedUndo)
            mSharedUndo->setEnabled(canUndo);
    });
    connect(bridge, &SharedJourney::canRedoChanged, this, [this](bool canRedo) {
        if (mSharedRedo)
            mSharedRedo->setEnabled(canRedo);
    });
    // The actions name what they take back or make again, worded by the model (ServerUndoText).
    connect(bridge, &SharedJourney::undoTextChanged, this, [this](const QString &text) {
        if (mSharedUndo)
            mSharedUndo->setText(text);
    });
    connect(bridge, &SharedJourney::redoTextChanged, this, [this](const QString &text) {
        if (mSharedRedo)
            mSharedRedo->setText(text);
    });
    connect(mShare->locks.get(), &LockControls::failed, this, [this](const QString &why) { statusBar()->showMessage(why, noticeMs); });
    // A shared window's title is the journey's, which a facilitator may rename live (schema 7).
    connect(mDocument.get(), &JourneyDocument::infoChanged, bridge, [this] { updateTitle(); });
    connect(bridge, &SharedJourney::remoteChange, this, [this](const ServerChange &change) {
        if (change.kind == ServerChangeKind::lock) {
            statusBar()->showMessage(lockNotice(change), noticeMs);
            return;
        }
        statusBar()->showMessage(SharedNotices::remoteChange(change, mDocument->journey()), 4000);
        markChange(change);
    });
    // A dataset going to or coming from the server on the session's worker: said while it runs.
    new DatasetTransferNotice(liveSession, statusBar());
    connect(liveSession, &ServerSession::membersChanged, this, [this](const QString &who, bool own) {
        if (!own)
            statusBar()->showMessage(tr("%1 changed who belongs to which department.").arg(who), noticeMs);
    });
    connect(liveSession, &ServerSession::overwritten, this, [this](const LostChange &lost) {
        statusBar()->showMessage(SharedNotices::overwritten(lost, mDocument->journey()), noticeMs * 2);
    });
    // Opened from this laptop's copy: said as such until the server answers.
    const auto problem = [this](int delayMs) {
        if (mShare->offlineCopy.isValid())
            return tr("Offline: this laptop's copy of %1 — trying the server again in %n s", nullptr, delayMs / 1000)
                .arg(QLocale().toString(mShare->offlineCopy.toLocalTime(), QLocale::ShortFormat));
        return tr("Connection to %1 lost — trying again in %n s", nullptr, delayMs / 1000).arg(mShare->where);
    };
    connect(mShare->reconnect.get(), &ServerReconnect::lost, this, [this, problem](const QString &why, int delayMs) {
        showServerState(problem(delayMs), why);
        statusBar()->showMessage(tr("The connection to the server was lost. Keep working: your changes are kept on this laptop "
                                    "and sent when the connection is back."),
                                 noticeMs);
    });
    connect(liveSession, &ServerSession::queueChanged, this, [this] { showServerState(mShare->problem, mShare->details); });
    connect(liveSession, &ServerSession::replayed, this, &MainWindow::showReplayReport);
    connect(mShare->reconnect.get(), &ServerReconnect::retrying, this, [this, problem](const QString &why, int delayMs) {
        showServerState(problem(delayMs), why);
    });
    connect(mShare->presence.get(), &ServerPresence::changed, mWorkshop, &WorkshopDock::setConnectedPeople);
    mWorkshop->setConnectedPeople(mShare->presence->people());
    connect(mShare->reconnect.get(), &ServerReconnect::reconnected, this, [this] {
        mShare->offlineCopy = QDateTime();
        updateTitle();
        mShare->presence->hello(); // the list again, from everyone's answers
        mShare->bridge->mirror(); // what the others did meanwhile
        showServerState();
        if (!mShare->replayShown)
            statusBar()->showMessage(tr("Connected to %1 again; the changes made meanwhile are on the map.").arg(mShare->where), noticeMs);
        mShare->replayShown = false;
    });

    // Reviewers comment, viewers look: the map takes no edit the database would refuse.
    const ServerRole role = liveSession->role();
    mDocument->setReviewOnly(role == ServerRole::Reviewer || role == ServerRole::Viewer);
    // Stages, lanes and departments, and the business case: facilitators only (the database
    // refuses the others anyway).
    const bool facilitator = role == ServerRole::Facilitator;
    mCanvasActions->setSharedLimits(facilitator ? QString() : SharedJourney::journeyForFacilitators(),
                                    facilitator ? QString() : SharedJourney::structureForFacilitators());
    // Votes too (server schema 5); everyone places and takes back dots and sees a vote's
    // countdown on the server's clock (schema 7).
    mWorkshop->votes()->setSharedLimits(facilitator ? QString() : SharedJourney::votesForFacilitators());
    mWorkshop->votes()->setSharedClock([session = QPointer<ServerSession>(liveSession)] {
        return session ? session->serverNow() : QDateTime::currentDateTimeUtc();
    });
    // The journey's own fields, the agenda and the business case (schema 7) and personas
    // (schema 6), for facilitators.
    mWorkshop->agenda()->setSharedLimit(facilitator ? QString() : SharedJourney::journeyForFacilitators());
    mOpportunities->setSharedLimit(facilitator ? QString() : SharedJourney::journeyForFacilitators());
    mJourneyInfo->setSharedLimits(facilitator ? QString() : SharedJourney::journeyForFacilitators(),
                                  facilitator ? QString() : SharedJourney::peopleForFacilitators());
    mWorkshop->participants()->setSharedLimit(role == ServerRole::Facilitator ? QString() : SharedJourney::peopleForFacilitators());
    // Survey and purchase data (schema 8): everybody's figures come from it.
    setDataLimit(facilitator ? QString() : SharedJourney::datasetsForFacilitators());
    mMembersAction->setEnabled(true);
    mMembersAction->setToolTip(role == ServerRole::Facilitator ? QString() : tr("Read-only: only facilitators change the members"));
    rebuildEditMenu();
    updateTitle();
    if (mShare->offlineCopy.isValid()) {
        showServerState(problem(ServerReconnect::firstDelayMs), error);
        statusBar()->showMessage(tr("%1 does not answer: this is the copy of the journey this laptop held. Keep working: your "
                                    "changes are kept here and sent when the server answers.")
                                     .arg(mShare->where),
                                 noticeMs * 2);
        mShare->reconnect->tryNow();
        return true;
    }
    showServerState();
    if (*sentAtOpening)
        showReplayReport(**sentAtOpening);
    return true;
}

void MainWindow::showReplayReport(const ReplayReport &report)
{
    mShare->replayShown = true;
    statusBar()->showMessage(ReplayReportDialog::summary(report), noticeMs * 2);
    if (report.conflicts.empty())
        return;
    // Not modal: the workshop goes on while one reads it.
    auto *dialog = new ReplayReportDialog(report, mDocument->journey(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::leaveServer()
{
    if (!mShare)
        return;
    mShare.reset();
    mSharedUndo = nullptr;
    mSharedRedo = nullptr;
    mWorkshop->setConnectedPeople({});
    mCanvasActions->setSharedLimits({});
    mWorkshop->votes()->setSharedLimits({});
    mWorkshop->votes()->setSharedClock({});
    mWorkshop->agenda()->setSharedLimit({});
    mOpportunities->setSharedLimit({});
    mJourneyInfo->setSharedLimits({}, {});
    mWorkshop->participants()->setSharedLimit({});
    setDataLimit({});
    mMembersAction->setEnabled(false);
    mMembersAction->setToolTip(tr("Only for a journey shared on a server"));
    mServerLabel->hide();
}

void MainWindow::showServerState(const QString &problem, const QString &details)
{
    if (!mShare) {
        mServerLabel->hide();
        return;
    }
    mShare->problem = problem;
    mShare->details = details;
    const int queued = mShare->session->queuedEdits();
    if (problem.isEmpty() && queued > 0) {
        // Connected, but some edits are still waiting (the connection broke again while sending).
        mServerLabel->setText(tr("● %n change(s) waiting to be sent", nullptr, queued));
        mServerLabel->setStyleSheet(QStringLiteral("color: #9a6700; padding: 0 6px;"));
        mServerLabel->setToolTip(tr("Kept on this laptop until the server takes them."));
    } else if (problem.isEmpty()) {
        mServerLabel->setText(tr("● Shared on %1").arg(mShare->where));
        mServerLabel->setStyleSheet(QStringLiteral("color: #1a7f37; padding: 0 6px;"));
        mServerLabel->setToolTip(tr("Every change goes to the server and reaches everyone who has the journey open.\nYou: %1 — %2")
                                     .arg(mShare->session->author(), ServerRoles::describe(mShare->session->role())));
    } else {
        QString text = QStringLiteral("● ") + problem;
        if (queued > 0)
            text = tr("%1 — %n change(s) kept on this laptop", nullptr, queued).arg(text);
        mServerLabel->setText(text);
        mServerLabel->setStyleSheet(QStringLiteral("color: #a40000; padding: 0 6px;"));
        mServerLabel->setToolTip(details);
    }
    mServerLabel->show();
}

void MainWindow::fillSharedUndo(QMenu *edit)
{
    // Only one's own changes, refused with the reason when someone changed that thing since.
    mSharedUndo = edit->addAction(mShare->bridge->undoText(), this, [this] {
        QString error;
        if (!mShare->bridge->undo(&error))
            statusBar()->showMessage(tr("Not undone: %1").arg(error), noticeMs);
    });
    mSharedUndo->setObjectName(QStringLiteral("sharedUndo"));
    mSharedUndo->setShortcuts(QKeySequence::Undo);
    mSharedUndo->setEnabled(mShare->bridge->canUndo());
    mSharedUndo->setStatusTip(tr("Takes back your own newest change on the server (a card, a lock, a vote, a comment, a dot placed or taken back), "
                                 "or while offline the newest one still waiting to be sent; others' changes stay"));
    // Makes one's own undone change again, for everyone; refused like undo when someone
    // changed that thing since.
    mSharedRedo = edit->addAction(mShare->bridge->redoText(), this, [this] {
        QString error;
        if (!mShare->bridge->redo(&error))
            statusBar()->showMessage(tr("Not redone: %1").arg(error), noticeMs);
    });
    mSharedRedo->setObjectName(QStringLiteral("sharedRedo"));
    mSharedRedo->setShortcuts(redoKeys());
    mSharedRedo->setEnabled(mShare->bridge->canRedo());
    mSharedRedo->setStatusTip(tr("Makes your newest undone change again on the server, unless someone changed that thing since"));
    edit->setToolTipsVisible(true);
    // The facilitator's locks (greyed with the reason for the other roles).
    edit->addSeparator();
    edit->addActions(mShare->locks->actions());
}

QString MainWindow::lockNotice(const ServerChange &change) const
{
    const Journey &journey = mDocument->journey();
    QString name;
    for (const Lane &lane : journey.lanes) {
        if (lane.id == change.entity)
            name = lane.name;
    }
    for (const Stage &stage : journey.stages) {
        if (stage.id == change.entity)
            name = stage.name;
    }
    return LockControls::notice(change.author, change.field, change.value.toObject().value(QLatin1String("locked")).toBool(), name);
}

bool MainWindow::saveSharedCopy()
{
    mView->commitEditor();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the shared journey"),
                                                      mDocument->journey().title + QStringLiteral(".waymark"),
                                                      tr("Waymark journeys (*.waymark);;Waymark JSON (*.waymark.json *.json)"));
    return !path.isEmpty() && saveSharedCopyTo(path);
}

bool MainWindow::saveSharedCopyTo(const QString &path)
{
    FormatError error;
    SaveResult result = SaveResult::Failed;
    const Journey journey = mDocument->journey(); // a copy the writer's thread owns; live changes go on meanwhile
    runInBackground(this, {tr("Saving %1…").arg(QFileInfo(path).fileName())},
                    [&] { result = saveJourneyFile(journey, path, nullptr, nullptr, &error); });
    if (result != SaveResult::Saved) {
        showError(tr("Could not save the journey"), tr("%1\n\n%2").arg(QDir::toNativeSeparators(path), error.toString()));
        return false;
    }
    mRecent->add(path);
    statusBar()->showMessage(tr("Saved a copy to %1; the journey stays shared on %2.").arg(QFileInfo(path).fileName(), mShare->where),
                             noticeMs);
    return true;
}

void MainWindow::markChange(const ServerChange &change)
{
    if (change.kind != ServerChangeKind::card || change.field == ServerChangeField::deleted)
        return;
    QGraphicsItem *card = mScene->cardItem(change.entity);
    if (!card)
        return;
    for (QGraphicsItem *child : card->childItems()) {
        if (auto *earlier = dynamic_cast<ChangeMark *>(child))
            delete earlier; // one mark per card: the newest author's
    }
    new ChangeMark(card, change.author, ChangeMark::colourOf(change.author, mDocument->journey()));
}

SharedJourney *MainWindow::sharedJourney() const
{
    return mShare ? mShare->bridge.get() : nullptr;
}

} // namespace waymark
