#pragma once

#include "maplegendcontent.h"

#include <QFrame>
#include <QPointer>
#include <QTimer>

class QAction;
class QGridLayout;
class QToolButton;

namespace waymark {

class JourneyDocument;
class JourneyScene;
class JourneyView;

// The legend on the canvas: what the star, the red triangle, the coloured left bar, the
// numbered circle, the NPS and CLV pills and the heat colours mean — only the marks the map
// shows now. It stays in the bottom-right corner of the viewport whatever is scrolled or
// zoomed, is translucent, and collapses to its title with a click, so it never hides cards
// for good. Shown or hidden with toggleAction() (View menu, Ctrl+L), remembered in QSettings;
// new windows show it unless it was turned off.
class MapLegend : public QFrame
{
    Q_OBJECT
public:
    MapLegend(JourneyView *view, JourneyScene *scene);

    QAction *toggleAction() const { return mToggle; }
    bool isCollapsed() const { return mCollapsed; }
    void setCollapsed(bool collapsed);
    QToolButton *titleButton() const { return mTitle; }
    const MapLegendContent &content() const { return mContent; }
    // The explanations shown, one per row (tests read them).
    QStringList rowTexts() const;

    // QSettings keys.
    static QString shownKey();
    static QString collapsedKey();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void scheduleRefresh() { mRefresh.start(); }
    void refresh();
    void followDocument();
    void createBody();
    void rebuild();
    void showCollapsed(); // as mCollapsed says, without remembering it
    void showFold();      // the body and the arrow only (place() calls it)
    void place();
    void addRow(const QPixmap &symbol, const QString &text);
    void addWideRow(const QPixmap &picture, const QString &text);

    JourneyView *mView;
    // Kept apart from mView: while the view is being destroyed its viewport still sends events
    // here, and calling into the half-destroyed view is undefined.
    QWidget *mViewport;
    JourneyScene *mScene;
    QPointer<JourneyDocument> mDocument;
    QAction *mToggle;
    QToolButton *mTitle;
    QWidget *mBody;
    QGridLayout *mRows;
    QTimer mRefresh;
    MapLegendContent mContent;
    bool mCollapsed = false;
    bool mBuilt = false;
};

} // namespace waymark
