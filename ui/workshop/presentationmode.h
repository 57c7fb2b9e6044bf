#pragma once

#include <QByteArray>
#include <QColor>
#include <QFrame>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QRectF>
#include <QSize>

class QKeyEvent;
class QMainWindow;
class QWidget;

namespace waymark {

class JourneyScene;
class JourneyView;
class PresentationCaption;
class PresentationSpotlight;
class Timebox;

// Presenting the map on a projector: the window goes full screen with nothing but the canvas,
// and the view walks the journey one stage column at a time (fitted so the cards are large),
// then shows the whole journey. A caption bar across the top names the stage, the time left in
// the timebox and who is speaking; the map is fitted below it, so it covers no card. leave() puts the window and the view back exactly
// as they were, so the facilitator continues editing where they stopped.
//
// Keys while active: Page Down, Right, Space next; Page Up, Left, Shift+Space previous;
// Home first stage; End overview; Escape or F5 leave. They win over the window's shortcuts.
class PresentationMode : public QObject
{
    Q_OBJECT
public:
    // A child of `window`. The timebox may be null (no time in the overlay).
    PresentationMode(QMainWindow *window, JourneyView *view, JourneyScene *scene, Timebox *timebox);
    ~PresentationMode() override;

    void enter();
    void leave();
    void toggle();
    bool isActive() const { return mActive; }

    // The stage shown (the last one shown after leave()), or -1 for the overview.
    int currentStage() const { return mStage; }
    bool isOverview() const { return mActive && mStage < 0; }
    int stageCount() const;

    // Only while active. After the last stage, next shows the overview; previous from the
    // overview returns to the last stage. Both stop at the ends.
    void nextStage();
    void previousStage();
    // Clamped to the existing stages.
    void showStage(int stage);
    void showOverview();

    // Who has the floor; an empty name hides the line.
    void setParticipant(const QString &name, const QColor &colour);
    QString participant() const { return mParticipant; }

    // The caption bar (a child of the view's viewport); its accessible name holds its text.
    QWidget *overlay() const;
    // The veil over the stages not shown (a child of the viewport).
    PresentationSpotlight *spotlight() const;

signals:
    void entered();
    void left();
    // -1 for the overview.
    void stageChanged(int stage);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Step { None, Next, Previous, First, Overview, Leave };
    Step stepFor(const QKeyEvent *event) const;
    void perform(Step step);
    void setStage(int stage); // -1: overview
    void fitCurrent();
    void fitTo(const QRectF &sceneRect);
    void placeSpotlight(const QRectF &shown);
    QRectF stageRect(int stage) const;
    void refreshOverlay();
    void placeOverlay();
    void journeyChanged();
    void restoreView();

    QPointer<QMainWindow> mWindow;
    QPointer<JourneyView> mView;
    QPointer<QWidget> mViewport; // what the resize filter watches
    QPointer<JourneyScene> mScene;
    QPointer<Timebox> mTimebox;
    QPointer<PresentationCaption> mOverlay;
    QPointer<PresentationSpotlight> mSpotlight;

    bool mActive = false;
    // leave() could not put the view's scroll position back yet: the window is still
    // leaving full screen (asynchronous on real window systems); done on the next resize.
    bool mRestoreViewOnResize = false;
    int mStage = 0;
    QString mParticipant;
    QColor mParticipantColour;
    QList<QMetaObject::Connection> mWhileActive; // dropped by leave()

    // What enter() changed, for leave() to put back.
    struct Saved {
        QByteArray state;    // docks and tool bars
        QByteArray geometry; // normal geometry, maximised
        Qt::WindowStates windowState;
        QList<QPointer<QWidget>> hidden; // docks, tool bars, menu bar, status bar that were shown
        qreal zoom = 1;
        QPointF centre; // scene point in the middle of the viewport
        QSize viewportSize;
        Qt::ScrollBarPolicy horizontalScrollBar = Qt::ScrollBarAsNeeded;
        Qt::ScrollBarPolicy verticalScrollBar = Qt::ScrollBarAsNeeded;
        QFrame::Shape frameShape = QFrame::StyledPanel;
    };
    Saved mSaved;
};

} // namespace waymark
