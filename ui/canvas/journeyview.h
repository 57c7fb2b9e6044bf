#pragma once

#include <QGraphicsView>
#include <QPointer>
#include <QUuid>

class QLineEdit;

namespace waymark {

class HeaderItem;
class JourneyScene;

// The canvas viewport: zoom (Ctrl+wheel, Ctrl +/-, fit, 100%), pan (middle button,
// Space+drag, scroll bars), rubber-band selection, arrow keys between cards, the in-place
// editors for card titles and stage/lane names (Enter commits, Escape cancels), and lane and
// stage names that stay in view when the map is scrolled past them.
class JourneyView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit JourneyView(JourneyScene *scene, QWidget *parent = nullptr);
    ~JourneyView() override;

    JourneyScene *journeyScene() const { return mScene; }

    qreal zoom() const;
    void setZoom(qreal factor);
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    // The selected cards fill the view, at most at twice their size; nothing selected: no change.
    void zoomToSelection();
    void resetZoom();

    // Opens the in-place title editor on a card (F2, double-click, a new card).
    void editCardTitle(const QUuid &id);
    // Opens the in-place name editor on a stage or lane header, scrolled into view.
    void editHeader(HeaderItem *header);
    // The same for a stage or lane just added (Add Stage/Add Lane): the typed name is pushed as
    // a mergeable edit, which the AddEntity waiting for it (awaitName) absorbs into its step.
    void nameNewHeader(HeaderItem *header);
    // The in-place editor, when one is open (tests type into it).
    QLineEdit *inPlaceEditor() const { return mEditor; }
    // Commits what the in-place editor holds (before a save, so typed text is not lost).
    void commitEditor() { closeEditor(true); }

    // Moves the selection to the nearest card in a direction (arrow keys).
    void moveSelection(Qt::Key direction);
    // The current cell one step that way (clamped to the map), no card selected.
    void stepCurrentCell(Qt::Key direction);
    // Whether `card` is no more than one cell away from the current cell along `direction`.
    bool nextToCurrentCell(const QUuid &card, Qt::Key direction) const;
    void centerOnCard(const QUuid &id);

signals:
    void zoomChanged(qreal factor);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    // Frozen headers (frozenheaders.h): lane and stage names along the edges when scrolled.
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    // Shows a line edit over a scene rectangle; `commit` receives the text on Enter or
    // when focus leaves, nothing happens on Escape.
    void openHeaderEditor(HeaderItem *header, bool joinsAdd);
    void openEditor(const QRectF &sceneRect, const QString &text, std::function<void(const QString &)> commit);
    void closeEditor(bool commit);
    void placeEditor();

    JourneyScene *mScene;
    QLineEdit *mEditor = nullptr;
    QRectF mEditorSceneRect;
    std::function<void(const QString &)> mCommit;
    bool mSpaceHeld = false;
    bool mPanning = false;
    QPoint mPanStart;
};

} // namespace waymark
