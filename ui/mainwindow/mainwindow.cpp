#include "mainwindow/mainwindow.h"

#include "lifetimevalue/lifetimevaluedialog.h"

#include "dialogs/workinbackground.h"
#include "format/journeyfiles.h"
#include "business/opportunitiesdock.h"
#include "canvas/findbar.h"
#include "canvas/canvasactions.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "canvas/maplegend.h"
#include "commands/datasetcommands.h"
#include "docks/datadock.h"
#include "docks/dockscroll.h"
#include "docks/hotspotsdock.h"
#include "voice/voicedock.h"
#include "docks/journeyinfodock.h"
#include "docks/propertiesdock.h"
#include "mainwindow/canvastoolbar.h"
#include "mainwindow/journeyfilewatch.h"
#include "mainwindow/languagemenu.h"
#include "data/statisticsbehind.h"
#include "journeydocument.h"
#include "mainwindow/recentfiles.h"
#include "workshop/commentsdock.h"
#include "workshop/workshopdock.h"
#include "recovery/autosaver.h"
#include "recovery/recoverystore.h"
#include "server/servershare.h"
#include "server/datasettransfernotice.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

namespace waymark {

namespace {

QString nativeFilter()
{
    return MainWindow::tr("Waymark journeys (*.waymark)");
}

QString jsonFilter()
{
    return MainWindow::tr("Waymark JSON (*.waymark.json *.json)");
}

// A new journey starts with a usable skeleton rather than an empty page.
Journey starterJourney()
{
    Journey journey;
    journey.id = QUuid::createUuid();
    journey.title = MainWindow::tr("New journey");
    for (const QString &name : {MainWindow::tr("Aware"), MainWindow::tr("Join"), MainWindow::tr("Use"), MainWindow::tr("Leave")})
        journey.stages.push_back({QUuid::createUuid(), name, {}});
    journey.lanes.push_back({QUuid::createUuid(), MainWindow::tr("Customer actions"), LaneKind::CustomerActions, OfficeZone::Customer, {}});
    journey.lanes.push_back({QUuid::createUuid(), MainWindow::tr("Touchpoints"), LaneKind::Touchpoints, OfficeZone::Front, {}});
    journey.lanes.push_back({QUuid::createUuid(), MainWindow::tr("Back office"), LaneKind::Touchpoints, OfficeZone::Back, {}});
    return journey;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , mRecent(new RecentFiles(this))
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 8);
    mHeader = new QLabel(central);
    mHeader->setTextFormat(Qt::RichText);
    mHeader->setWordWrap(true);
    mHeader->setToolTip(tr("Double-click to edit the title, scenario and persona"));
    mHeader->installEventFilter(this);
    mScene = new JourneyScene(this);
    mView = new JourneyView(mScene, central);
    layout->addWidget(mHeader);
    layout->addWidget(mView, 1);
    setCentralWidget(central);

    createCanvas();
    createWorkshop(); // mainwindowworkshop.cpp
    createBusiness(); // mainwindowbusiness.cpp
    createVoice(); // mainwindowvoice.cpp
    createPictureActions();
    createDiskChangeWatch(); // mainwindowdiskchange.cpp
    createActions();
    createStartAndDrops(); // mainwindowstart.cpp
    // Queued: the list changes from inside the menu's own actions, which a rebuild deletes.
    connect(mRecent, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu, Qt::QueuedConnection);
    rebuildRecentMenu();
    setDocument(std::make_unique<JourneyDocument>(starterJourney()));

    for (QDockWidget *dock : findChildren<QDockWidget *>())
        scrollWhenTooShort(dock);

    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // First start: most of the screen, since a journey map is wide.
        const QRect available = screen()->availableGeometry();
        resize(available.size() * 0.9);
    }
    if (!restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray())) {
        // First start: room for charts and card titles, and the card's properties taller than
        // the lists below them, so a card is edited without scrolling on a 1366×768 screen.
        resizeDocks({mProperties, mHotspots}, {430, 430}, Qt::Horizontal);
        resizeDocks({mProperties, mHotspots}, {5, 2}, Qt::Vertical);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, &MainWindow::newJourney);
    file->addAction(tr("New &Window"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, [this] {
        // A second journey side by side, e.g. to copy cards from an earlier workshop.
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->move(pos() + QPoint(40, 40));
        window->show();
    });
    // Ctrl+Shift+N is New Window: Ctrl+Alt+N, next to it.
    file->addAction(tr("New from &Template…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N), this, &MainWindow::newFromTemplate)
        ->setObjectName(QStringLiteral("newFromTemplate"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openWithDialog);
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    QAction *folder = file->addAction(tr("Open &Folder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, &MainWindow::openFolder);
    folder->setStatusTip(tr("Every journey of a folder at a glance: owner, NPS, CLV at risk, opportunities"));
    mRecentMenu->setObjectName(QStringLiteral("recentFilesMenu"));
    addServerActions(file); // mainwindowserver.cpp
    addWorkshopFileActions(file);
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAsWithDialog);
    file->addAction(tr("Save as Te&mplate…"), this, &MainWindow::saveAsTemplate)->setObjectName(QStringLiteral("saveAsTemplate"));
    file->addSeparator();
    file->addAction(tr("&Import JSON…"), this, &MainWindow::importJson);
    file->addAction(tr("&Export JSON…"), this, &MainWindow::exportJson);
    file->addSeparator();
    addPrintActions(file); // mainwindowprint.cpp
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    // Undo/redo actions belong to the document's stack; setDocument() fills this menu.
    mEditMenu = menuBar()->addMenu(tr("&Edit"));
    QMenu *journeyMenu = menuBar()->addMenu(tr("&Journey"));
    mCanvasActions->fillJourneyMenu(journeyMenu);
    addBusinessActions(journeyMenu); // mainwindowbusiness.cpp
    mViewMenu = menuBar()->addMenu(tr("&View"));
    mCanvasActions->fillViewMenu(mViewMenu);
    addWorkshopViewActions(mViewMenu); // mainwindowworkshop.cpp
    mViewMenu->addAction(mNpsLayer);
    mViewMenu->addMenu(mBadgeMetricMenu);
    mViewMenu->addAction(mClvLayer);
    mViewMenu->addAction(mEvidenceLayer);
    mViewMenu->addAction(mLegend->toggleAction());
    addJourneyStateActions(mViewMenu); // mainwindowfuture.cpp
    mViewMenu->addSeparator();
    for (QDockWidget *dock : std::initializer_list<QDockWidget *>{mProperties, mJourneyInfo, mWorkshop, mHotspots, mComments, mOpportunities})
        mViewMenu->addAction(dock->toggleViewAction());
    mViewMenu->addAction(mCanvasToolBar->toggleViewAction());
    mViewMenu->addSeparator();
    auto *language = new LanguageMenu(mViewMenu);
    mViewMenu->addMenu(language);
    connect(language, &LanguageMenu::chosen, this, [this] {
        statusBar()->showMessage(tr("The new language applies when you start Waymark again."), 10000);
    });

    QMenu *dataMenu = menuBar()->addMenu(tr("&Data"));
    addDataMenu(dataMenu); // mainwindowdata.cpp
    addVoiceActions(mViewMenu, dataMenu); // mainwindowvoice.cpp

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open the &Sample Workshop"), this, &MainWindow::openSampleWorkshop);
    help->addSeparator();
    help->addAction(tr("&About Waymark"), this, &MainWindow::about);
}

void MainWindow::createCanvas()
{
    mCanvasActions = new CanvasActions(mScene, mView, this);
    mCanvasActions->setNotify([this](const QString &text) { statusBar()->showMessage(text, 8000); });
    mCanvasToolBar = new CanvasToolBar(mScene, mView, mCanvasActions, this);
    mLegend = new MapLegend(mView, mScene);
    mFindBar = new FindBar(mView, mScene); // Edit → Find Card… (Ctrl+F), in rebuildEditMenu()
    addAction(mLegend->toggleAction()); // Ctrl+L wherever the focus is
    addToolBar(mCanvasToolBar);

    mProperties = new PropertiesDock(nullptr, this);
    // The map's persona is the one whose emotion the card's field edits.
    connect(mCanvasToolBar, &CanvasToolBar::personaChosen, mProperties, &PropertiesDock::setPersona);
    connect(mProperties, &PropertiesDock::openJourneyRequested, this, &MainWindow::openLinkedJourney);
    mJourneyInfo = new JourneyInfoDock(nullptr, this);
    mHotspots = new HotspotsDock(nullptr, this);
    addDockWidget(Qt::RightDockWidgetArea, mProperties);
    addDockWidget(Qt::RightDockWidgetArea, mJourneyInfo);
    tabifyDockWidget(mJourneyInfo, mProperties); // properties in front
    addDockWidget(Qt::RightDockWidgetArea, mHotspots);
    mData = new DataDock(nullptr, this);
    addDockWidget(Qt::RightDockWidgetArea, mData);
    tabifyDockWidget(mHotspots, mData);
    mHotspots->raise();
    createDataLayers();
    connect(mScene, &JourneyScene::touchpointSelectionChanged, mProperties, &PropertiesDock::setTouchpoints);
    // From the map to the selected card's fields and back without the mouse.
    mCardProperties = new QAction(tr("Card Pr&operties"), this);
    mCardProperties->setObjectName(QStringLiteral("cardProperties"));
    mCardProperties->setShortcut(Qt::ALT | Qt::Key_Return);
    mCardProperties->setStatusTip(tr("Edit the selected card's effort, department and notes; Escape goes back to the map"));
    mCardProperties->setEnabled(false);
    connect(mCardProperties, &QAction::triggered, mProperties, &PropertiesDock::focusForm);
    // Not through `this`: the scene still reports its selection while the window is destroyed.
    connect(mScene, &JourneyScene::touchpointSelectionChanged, mCardProperties,
            [action = mCardProperties](const QList<QUuid> &cards) { action->setEnabled(cards.size() == 1); });
    connect(mProperties, &PropertiesDock::canvasRequested, mView, [view = mView] { view->setFocus(Qt::ShortcutFocusReason); });
    // The hotspots follow the heatmap's effort dimension or survey metric, so the list explains the colours.
    connect(mScene, &JourneyScene::heatmapChanged, mHotspots, &HotspotsDock::setRanking);
    connect(mHotspots, &HotspotsDock::touchpointActivated, this, [this](const QUuid &id) {
        mScene->selectTouchpoints({id});
        mView->centerOnCard(id);
    });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The header at the top of the canvas edits in the Journey dock.
    if (watched == mHeader && event->type() == QEvent::MouseButtonDblClick) {
        mJourneyInfo->show();
        mJourneyInfo->raise();
        if (auto *title = mJourneyInfo->findChild<QWidget *>(QStringLiteral("journeyTitleEdit")))
            title->setFocus();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

QList<QKeySequence> MainWindow::redoKeys()
{
    // Ctrl+Shift+Z everywhere, besides the platform's own redo keys (Ctrl+Y on some).
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!keys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        keys.append(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    return keys;
}

void MainWindow::rebuildEditMenu()
{
    mEditMenu->clear();
    if (mShare) {
        fillSharedUndo(mEditMenu); // the server's undo: one's own changes only
    } else {
        QAction *undo = mDocument->undoStack()->createUndoAction(mEditMenu, tr("&Undo"));
        undo->setShortcuts(QKeySequence::Undo);
        QAction *redo = mDocument->undoStack()->createRedoAction(mEditMenu, tr("&Redo"));
        redo->setShortcuts(redoKeys());
        mEditMenu->addAction(undo);
        mEditMenu->addAction(redo);
    }
    mEditMenu->addSeparator();
    mCanvasActions->fillEditMenu(mEditMenu);
    mEditMenu->addAction(mCardProperties);
    mEditMenu->addSeparator();
    mEditMenu->addActions({mFindBar->findAction(), mFindBar->findNextAction(), mFindBar->findPreviousAction()});
}

void MainWindow::setDocument(std::unique_ptr<JourneyDocument> document)
{
    leaveServer(); // the share belongs to the document going away
    setWorkshopDocument(nullptr);
    dropJourneyState();
    mScene->setDocument(nullptr);
    mProperties->setDocument(nullptr);
    mJourneyInfo->setDocument(nullptr);
    mHotspots->setDocument(nullptr);
    mOpportunities->setDocument(nullptr);
    mData->setDocument(nullptr);
    mCanvasToolBar->setDocument(nullptr);
    mAutosaver.reset();
    mFileWatch->stop(); // openFile() tracks the file it read
    mDiskChangeBanner->hide();
    mDocument = std::move(document);
    mAutosaver = std::make_unique<Autosaver>(mDocument.get(), RecoveryStore::defaultDirectory());
    connect(mAutosaver.get(), &Autosaver::failed, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    mScene->setDocument(mDocument.get());
    watchJourneyState(mDocument.get());
    mProperties->setDocument(mDocument.get());
    mProperties->setTouchpoints({});
    mJourneyInfo->setDocument(mDocument.get());
    mHotspots->setDocument(mDocument.get());
    mOpportunities->setDocument(mDocument.get());
    mData->setDocument(mDocument.get());
    mVoice->setDocument(mDocument.get());
    mCanvasToolBar->setDocument(mDocument.get());
    if (mLifetimeValue) // it shows the journey that was open
        mLifetimeValue->close();
    for (auto signal : {&JourneyDocument::datasetInserted, &JourneyDocument::datasetRemoved, &JourneyDocument::datasetChanged,
                        &JourneyDocument::touchpointInserted, &JourneyDocument::stageChanged})
        connect(mDocument.get(), signal, this, &MainWindow::updateDataOverlay);
    // CLV at risk shows placeholders while the model is fitted and joined behind the window.
    if (StatisticsBehind *behind = mDocument->statistics().behind())
        connect(behind, &StatisticsBehind::ready, this, &MainWindow::updateDataOverlay);
    // Badges follow a card's data key (and for eNPS its department); its title, effort or
    // notes change nothing in them. The evidence marks follow what a card states, and the
    // legend's share of pain points its pain-point mark.
    connect(mDocument.get(), &JourneyDocument::touchpointFieldsChanged, this, [this](const QUuid &, TouchpointFields fields) {
        TouchpointFields shown = TouchpointField::DataKey | TouchpointField::Department;
        if (mEvidenceLayer->isChecked())
            shown |= TouchpointField::Evidence | TouchpointField::Marks;
        if (fields & shown)
            updateDataOverlay();
    });
    connect(mDocument.get(), &JourneyDocument::journeyReset, this, &MainWindow::updateDataOverlay);
    // The lifetime value model's settings change the modelled CLV, and so CLV at risk.
    connect(mDocument.get(), &JourneyDocument::settingsChanged, this, [this](const QString &key) {
        if (key.startsWith(QLatin1String("clv/")))
            updateDataOverlay();
    });
    updateDataOverlay();
    mCanvasActions->updateEnabled();
    rebuildEditMenu();

    connect(mDocument.get(), &JourneyDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(mDocument.get(), &JourneyDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(mDocument.get(), &JourneyDocument::infoChanged, this, &MainWindow::updateHeader);
    connect(mDocument.get(), &JourneyDocument::journeyReset, this, &MainWindow::updateHeader);
    for (auto signal : {&JourneyDocument::personaChanged, &JourneyDocument::personaInserted, &JourneyDocument::personaRemoved})
        connect(mDocument.get(), signal, this, &MainWindow::updateHeader);
    setWorkshopDocument(mDocument.get());
    updateTitle();
    updateHeader();
}

void MainWindow::installUnsaved(Journey journey, const QString &filePath)
{
    // Install first, then load: the new autosaver sees the load as a change, so a crash
    // right after an import or a recovery still leaves a recovery copy.
    setDocument(std::make_unique<JourneyDocument>());
    mDocument->setFilePath(filePath);
    mDocument->resetJourney(std::move(journey));
    mDocument->markUnsaved();
}

void MainWindow::updateTitle()
{
    if (mShare) {
        setWindowTitle(mShare->offlineCopy.isValid()
                           ? tr("%1[*] — offline copy of the journey shared on %2 — Waymark").arg(mDocument->journey().title, mShare->where)
                           : tr("%1[*] — shared on %2 — Waymark").arg(mDocument->journey().title, mShare->where));
        setWindowModified(false); // every change is on the server already
        return;
    }
    setWindowTitle(mDocument->isReviewOnly() ? tr("%1[*] (review) — Waymark").arg(mDocument->displayName())
                                             : tr("%1[*] — Waymark").arg(mDocument->displayName()));
    setWindowModified(mDocument->isModified());
}

void MainWindow::updateHeader()
{
    const Journey &journey = mDocument->journey();
    QStringList personas;
    for (const Persona &persona : journey.personas)
        personas << persona.name.toHtmlEscaped();
    QString html = QStringLiteral("<span style='font-size:15pt; font-weight:600'>%1</span>").arg(journey.title.toHtmlEscaped());
    if (!personas.isEmpty())
        html += QStringLiteral("&nbsp;&nbsp;<span style='color:#555'>%1</span>").arg(tr("Personas: %1").arg(personas.join(QStringLiteral(", "))));
    if (!journey.description.isEmpty())
        html += QStringLiteral("<br><span style='color:#444'>%1</span>").arg(journey.description.toHtmlEscaped());
    mHeader->setText(html);
}

void MainWindow::showError(const QString &title, const QString &text)
{
    if (mMessageSink)
        mMessageSink(title, text);
    else
        QMessageBox::warning(this, title, text);
}

bool MainWindow::openFile(const QString &path)
{
    if (!readFile(path))
        return false;
    offerRecoveryOf(RecoveryStore::findFor(RecoveryStore::defaultDirectory(), mDocument->filePath()));
    return true;
}

bool MainWindow::readFile(const QString &path)
{
    FormatError error;
    FileFingerprint fingerprint;
    std::optional<Journey> journey;
    // Ten million answers take seconds to read: the window keeps painting meanwhile.
    runInBackground(this, {tr("Opening %1…").arg(QFileInfo(path).fileName())},
                    [&] { journey = openJourneyFile(path, &fingerprint, &error, nullptr, DatasetRows::Behind); });
    if (!journey) {
        showError(tr("Could not open the journey"), tr("%1\n\n%2").arg(QDir::toNativeSeparators(path), error.toString()));
        if (!QFileInfo::exists(path))
            mRecent->remove(QFileInfo(path).absoluteFilePath());
        return false;
    }
    auto document = std::make_unique<JourneyDocument>(std::move(*journey));
    document->setFilePath(QFileInfo(path).absoluteFilePath());
    setDocument(std::move(document));
    mFileWatch->track(path, fingerprint);
    mRecent->add(path);
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    watchRowsRead(); // after: it says what is still being read
    return true;
}

bool MainWindow::save()
{
    mView->commitEditor(); // a title being typed belongs in the file
    if (mDocument->filePath().isEmpty())
        return saveAsWithDialog();
    return saveAs(mDocument->filePath());
}

bool MainWindow::saveAs(const QString &path)
{
    mView->commitEditor();
    if (mShare)
        return saveSharedCopyTo(path); // the journey stays shared; the file is a copy
    // Over the file this journey was read from: only if no other program changed it since.
    if (mFileWatch->isTracking(path)) {
        const FileFingerprint expected = mFileWatch->fingerprint();
        return saveTo(path, &expected);
    }
    return saveTo(path, nullptr);
}

void MainWindow::newJourney()
{
    if (maybeSave())
        setDocument(std::make_unique<JourneyDocument>(starterJourney()));
}

void MainWindow::openWithDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open journey"), {},
                                                      nativeFilter() + QStringLiteral(";;") + jsonFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::saveAsWithDialog()
{
    if (mShare)
        return saveSharedCopy(); // the journey stays shared; the file is a copy
    QString suggested = mDocument->filePath();
    if (suggested.isEmpty() || journeyFileKind(suggested) != JourneyFileKind::Native)
        suggested = mDocument->journey().title + QStringLiteral(".waymark");
    QString path = QFileDialog::getSaveFileName(this, tr("Save journey as"), suggested, nativeFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".waymark")))
        path += QStringLiteral(".waymark");
    return saveAs(path);
}

void MainWindow::importJson()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import JSON"), {}, jsonFilter());
    if (path.isEmpty())
        return;
    FormatError error;
    std::optional<Journey> journey = readJourneyFile(path, &error);
    if (!journey) {
        showError(tr("Could not import the journey"), error.toString());
        return;
    }
    // An import is a new, unsaved document: Save asks where to put the .waymark file.
    installUnsaved(std::move(*journey), {});
}

void MainWindow::exportJson()
{
    const QString base = QFileInfo(mDocument->filePath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(this, tr("Export JSON"),
                                                (base.isEmpty() ? mDocument->journey().title : base) + QStringLiteral(".waymark.json"),
                                                jsonFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".json")))
        path += QStringLiteral(".waymark.json");
    FormatError error;
    bool written = false;
    const Journey journey = mDocument->journey(); // a copy the writer's thread owns (datasets are shared, not copied)
    runInBackground(this, {tr("Exporting %1…").arg(QFileInfo(path).fileName())},
                    [&] { written = writeJourneyFile(journey, path, &error); });
    if (!written)
        showError(tr("Could not export the journey"), error.toString());
    else
        statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), 5000);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Waymark"),
                       tr("<h3>Waymark %1</h3><p>Customer journey maps for workshops: map the journey together, "
                          "see where it hurts the customer, and put numbers on it.</p><p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(WAYMARK_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::rebuildRecentMenu()
{
    mRecentMenu->clear();
    const QStringList files = mRecent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *action = mRecentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            // Say so before asking about unsaved changes for a file that is not there.
            if (!QFileInfo::exists(path)) {
                mRecent->remove(path);
                showError(tr("File not found"),
                          tr("%1 no longer exists. It was removed from the recent files.").arg(QDir::toNativeSeparators(path)));
                return;
            }
            if (maybeSave())
                openFile(path);
        });
    }
    if (!files.isEmpty())
        mRecentMenu->addSeparator();
    QAction *clear = mRecentMenu->addAction(tr("Clear list"), mRecent, &RecentFiles::clear);
    clear->setEnabled(!files.isEmpty());
}

QStringList MainWindow::recentFiles() const
{
    return mRecent->files();
}

bool MainWindow::maybeSave()
{
    if (!mDocument->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("“%1” has changes that are not saved. Save them?").arg(mDocument->displayName()),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    mAutosaver->discard(); // the user chose to drop the changes: nothing to recover later
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A dataset of ours still on its way to the server: closing drops it (nothing half stays there).
    if (mShare) {
        const auto *notice = mShare->session->findChild<DatasetTransferNotice *>();
        if (notice && !notice->mayClose(this)) {
            event->ignore();
            return;
        }
    }
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    mAutosaver->discard();
    leavePresentation(); // save the docks as the user left them, not hidden for the projector
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace waymark
