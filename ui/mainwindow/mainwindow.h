#pragma once

#include "print/exportoptions.h"

#include <QKeySequence>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QActionGroup;
class QLabel;
class QMenu;
class QTimer;

namespace waymark {

class Autosaver;
class CanvasActions;
class CanvasToolBar;
class DataDock;
class HotspotsDock;
enum class DatasetKind;
class Journey;
class JourneyDocument;
class JourneyFileWatch;
struct FileFingerprint;
class JourneyInfoDock;
class LifetimeValueDialog;
class JourneyScene;
class JourneyView;
class MapLegend;
class VoteBanner;
class VoiceDock;
struct DataOverlay;
class OpportunitiesDock;
class PropertiesDock;
class RecentFiles;
class StartPage;
class FindBar;
struct RecoverableSession;
class WorkshopCanvas;
class CommentsDock;
class PresentationMode;
class WorkshopDock;
enum class JourneyState;
struct PostgresAddress;
struct ServerShare;
struct ReplayReport;
struct ServerChange;
class SharedJourney;

// The main window: one journey document at a time on the canvas, with the properties,
// journey and hotspots docks, File / Edit / Journey / View / Help menus, recent files, the
// unsaved-changes prompt and crash recovery.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a .waymark or .waymark.json file, then offers the recovery copies of that file
    // (and only those). On failure says why (message box) and keeps the current document.
    bool openFile(const QString &path);
    // Saves to the document's file, or asks where when it has none.
    bool save();
    bool saveAs(const QString &path);

    JourneyDocument *document() const { return mDocument.get(); }
    Autosaver *autosaver() const { return mAutosaver.get(); }
    JourneyView *journeyView() const { return mView; }
    JourneyScene *journeyScene() const { return mScene; }
    CanvasActions *canvasActions() const { return mCanvasActions; }
    CanvasToolBar *canvasToolBar() const { return mCanvasToolBar; }
    MapLegend *mapLegend() const { return mLegend; }
    PropertiesDock *propertiesDock() const { return mProperties; }
    HotspotsDock *hotspotsDock() const { return mHotspots; }
    DataDock *dataDock() const { return mData; }
    VoiceDock *voiceDock() const { return mVoice; }
    CommentsDock *commentsDock() const { return mComments; }
    WorkshopDock *workshopDock() const { return mWorkshop; }
    OpportunitiesDock *opportunitiesDock() const { return mOpportunities; }
    PresentationMode *presentation() const { return mPresentation; }
    QStringList recentFiles() const;

    // `waymark --server URL JOURNEY-ID`: opens a journey shared on a PostgreSQL server, live
    // (mainwindowserver.cpp). On failure says why and keeps the current document.
    bool openServerJourney(const QString &url, const QString &journeyId);
    // The live bridge while the journey is shared on a server, else null.
    SharedJourney *sharedJourney() const;

    // Opens a journey read-only but for comments (department heads reviewing a workshop).
    bool openForReview(const QString &path);
    // Lists what changed on the map since the journey in `earlierPath` (a dialog).
    bool showChangesSince(const QString &earlierPath);

    // At start-up with no file open: offers the recovery copies no opened file would bring
    // up (journeys never saved, files that are gone). Copies of a file are offered when that
    // file is opened (mainwindowrecovery.cpp).
    void offerRecovery();
    // At start-up with no file open: the welcome page over the canvas (mainwindowstart.cpp).
    void showStartPage();
    StartPage *startPage() const { return mStartPage; }
    FindBar *findBar() const { return mFindBar; }

    // Where error messages go: a warning box by default; tests capture them instead.
    using MessageSink = std::function<void(const QString &title, const QString &text)>;
    void setMessageSink(MessageSink sink) { mMessageSink = std::move(sink); }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createCanvas();
    void createDataLayers(); // mainwindowdata.cpp
    void addLiveDataAction(QMenu *menu); // mainwindowlivedata.cpp
    void refreshLiveData();
    void addJourneyStateActions(QMenu *view); // mainwindowfuture.cpp
    void watchJourneyState(JourneyDocument *document);
    void dropJourneyState();
    void setJourneyState(JourneyState state);
    void refreshJourneyState();
    // File → Export PDF…, Export Image…, Print…, Print Preview… (mainwindowprint.cpp)
    void addPrintActions(QMenu *file);
    ExportOptions currentExportOptions() const;
    void rememberExportOptions(const ExportOptions &options) const;
    void exportPdf();
    void exportImage();
    void printJourney();
    void printPreview();
    void rebuildEditMenu();
    static QList<QKeySequence> redoKeys();
    void updateDataOverlay();
    // Which metric the badges show: the one picked if the journey has it, else NPS, else the
    // first metric the journey has data for.
    QString badgeMetric() const;
    void updateBadgeMetricMenu();
    void importData(DatasetKind kind);
    void importDataFile(DatasetKind kind, const QString &path);
    // Says in the status bar which datasets still read their answers behind the open map,
    // and what went wrong if one could not (mainwindowdata.cpp).
    void watchRowsRead();
    void createStartAndDrops(); // mainwindowstart.cpp
    void importPurchases();   // mainwindowclv.cpp
    void showLifetimeValue(); // mainwindowclv.cpp
    void addDataMenu(QMenu *menu); // import, goals and the data dock (the README's Data menu)
    // What customers say: the dock, Show Comments, the complaint badges (mainwindowvoice.cpp)
    void createVoice();
    void createPictureActions(); // mainwindowpictures.cpp
    void addVoiceActions(QMenu *view, QMenu *dataMenu);
    void addComplaintBadges(DataOverlay &overlay) const;
    void newJourney();
    // File → New from Template…, Save as Template… (mainwindowtemplates.cpp)
    void newFromTemplate();
    void saveAsTemplate();
    void openWithDialog();
    void openFolder(); // mainwindowportfolio.cpp
    void openLinkedJourney(const QString &path); // mainwindowportfolio.cpp
    bool saveAsWithDialog();
    void importJson();
    void openSampleWorkshop(); // mainwindowsample.cpp
    // Review, what changed, card marks and votes, presentation (mainwindowworkshop.cpp)
    void createWorkshop();
    void addWorkshopFileActions(QMenu *file);
    void addWorkshopViewActions(QMenu *view);
    void setWorkshopDocument(JourneyDocument *document);
    // Opportunities and business settings (mainwindowbusiness.cpp)
    void createBusiness();
    void addBusinessActions(QMenu *journey);
    void createOpportunityFromCards(const QList<QUuid> &cardIds);
    void leavePresentation();
    // Journeys shared on a PostgreSQL server (mainwindowserver.cpp)
    void addServerActions(QMenu *file);
    void publishToServer();
    void openFromServer();
    void showMembers();
    bool openShared(const PostgresAddress &address, const QUuid &id, const QString &author);
    void leaveServer();
    // Greys importing, refreshing and removing survey and purchase data with `why` (empty:
    // offered again); mainwindowdata.cpp.
    void setDataLimit(const QString &why);
    // Where the journey is shared, or `problem` (a lost connection) with `details` as tooltip.
    void showServerState(const QString &problem = {}, const QString &details = {});
    void showReplayReport(const ReplayReport &report);
    QString lockNotice(const ServerChange &change) const;
    void fillSharedUndo(QMenu *edit);
    bool saveSharedCopy();
    bool saveSharedCopyTo(const QString &path);
    // The author's colour for a moment on a card someone else changed.
    void markChange(const ServerChange &change);
    void applyReviewMode(bool reviewOnly);
    void compareWithEarlier();
    void exportJson();
    void about();
    void rebuildRecentMenu();

    // The open file changed by another program: tell the user, ask before overwriting it
    // (mainwindowdiskchange.cpp).
    void createDiskChangeWatch();
    void showDiskChange(bool removed);
    // Writes the document to `path`; with `expected`, only over that very file, else asks.
    bool saveTo(const QString &path, const FileFingerprint *expected);
    bool resolveDiskConflict(const QString &path, const QString &why);
    void reloadFromDisk();

    // Reads a journey file into the window, without any recovery offer.
    bool readFile(const QString &path);
    // Offers `sessions` one by one until one is recovered (mainwindowrecovery.cpp).
    void offerRecoveryOf(const QList<RecoverableSession> &sessions);
    // Installs a new document (after New, Open, Import or Recover).
    void setDocument(std::unique_ptr<JourneyDocument> document);
    // Installs a journey that is unsaved work (an import, a recovered copy): it stays
    // modified until saved, to `filePath` when given, else through Save As.
    void installUnsaved(Journey journey, const QString &filePath);
    // Asks what to do with unsaved changes; false when the user cancels.
    bool maybeSave();
    void updateTitle();
    void updateHeader();
    void showError(const QString &title, const QString &text);

    std::unique_ptr<JourneyDocument> mDocument;
    std::unique_ptr<Autosaver> mAutosaver;
    QPointer<LifetimeValueDialog> mLifetimeValue; // open while the user keeps it open
    JourneyScene *mScene = nullptr;
    JourneyView *mView = nullptr;
    CanvasActions *mCanvasActions = nullptr;
    CanvasToolBar *mCanvasToolBar = nullptr;
    MapLegend *mLegend = nullptr;
    VoteBanner *mVoteBanner = nullptr;
    PropertiesDock *mProperties = nullptr;
    JourneyInfoDock *mJourneyInfo = nullptr;
    HotspotsDock *mHotspots = nullptr;
    DataDock *mData = nullptr;
    VoiceDock *mVoice = nullptr;
    QAction *mVoiceBadges = nullptr;
    QAction *mClvLayer = nullptr;
    QAction *mNpsLayer = nullptr;
    QAction *mEvidenceLayer = nullptr;
    QMenu *mBadgeMetricMenu = nullptr;
    QString mBadgeMetric = QStringLiteral("nps");
    QMenu *mViewMenu = nullptr;
    QLabel *mHeader = nullptr;
    QMenu *mRecentMenu = nullptr;
    QMenu *mEditMenu = nullptr;
    QAction *mCardProperties = nullptr; // Edit → Card Properties (Alt+Return)
    RecentFiles *mRecent = nullptr;
    StartPage *mStartPage = nullptr;
    FindBar *mFindBar = nullptr; // Ctrl+F over the canvas
    WorkshopCanvas *mWorkshopCanvas = nullptr;
    CommentsDock *mComments = nullptr;
    WorkshopDock *mWorkshop = nullptr;
    PresentationMode *mPresentation = nullptr;
    OpportunitiesDock *mOpportunities = nullptr;
    QLabel *mReviewBanner = nullptr;
    JourneyFileWatch *mFileWatch = nullptr;
    QLabel *mDiskChangeBanner = nullptr;
    MessageSink mMessageSink;
    JourneyState mJourneyState{};               // Today
    std::unique_ptr<JourneyDocument> mStateDocument; // Future / Compare: the read-only copy the canvas shows
    QActionGroup *mStateActions = nullptr;
    QTimer *mStateTimer = nullptr;
    QLabel *mStateLabel = nullptr;
    std::unique_ptr<ServerShare> mShare; // while the journey is shared on a server
    QLabel *mServerLabel = nullptr;
    QAction *mSharedUndo = nullptr;
    QAction *mSharedRedo = nullptr;
    QAction *mMembersAction = nullptr; // File → Members…, while shared
    QList<QAction *> mDataImports;     // Data → Import …: greyed while shared for a non-facilitator
    QString mDataLimit;                // why, then
};

} // namespace waymark
