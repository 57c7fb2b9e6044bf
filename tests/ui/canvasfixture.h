#pragma once

// A journey on a canvas in a shown view, as the main window has it, and the mouse and
// keyboard input the canvas tests give it (tst_journeyscene: editing; tst_canvasview: what
// the canvas shows and how it is viewed).

#include "canvas/canvasactions.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "journeydocument.h"
#include "testjourneys.h"

#include <QApplication>
#include <QMouseEvent>
#include <QTest>

namespace waymark::canvastest {

// A document on a canvas in a shown view, as the main window has it.
struct Canvas {
    explicit Canvas(Journey journey = test::smallJourney())
        : document(std::move(journey))
        , view(&scene)
        , actions(&scene, &view)
    {
        scene.setDocument(&document);
        actions.setConfirm([this](const QString &, const QString &) { ++confirmations; return confirmAnswer; });
        view.resize(1500, 1000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        scene.ensureLayout();
    }
    QPoint viewPos(const QPointF &scenePos) const { return view.mapFromScene(scenePos); }
    QRectF cardRect(const QUuid &id) { return scene.canvasLayout().cardRect(id); }
    const Journey &journey() const { return document.journey(); }

    JourneyDocument document;
    JourneyScene scene;
    JourneyView view;
    CanvasActions actions;
    int confirmations = 0;
    bool confirmAnswer = true;
};

inline void mouse(QWidget *widget, QEvent::Type type, const QPoint &pos, Qt::MouseButton button, Qt::MouseButtons buttons,
           Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, QPointF(pos), widget->mapToGlobal(QPointF(pos)), button, buttons, modifiers);
    QApplication::sendEvent(widget, &event);
}

// A real drag: press, several moves (past the drag distance), release.
inline void drag(Canvas &canvas, const QPointF &fromScene, const QPointF &toScene, Qt::KeyboardModifiers modifiers = {})
{
    QWidget *viewport = canvas.view.viewport();
    const QPoint from = canvas.viewPos(fromScene);
    const QPoint to = canvas.viewPos(toScene);
    mouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    for (int i = 1; i <= 6; ++i)
        mouse(viewport, QEvent::MouseMove, from + (to - from) * i / 6, Qt::NoButton, Qt::LeftButton, modifiers);
    mouse(viewport, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}

inline void click(Canvas &canvas, const QPointF &scenePos, Qt::KeyboardModifiers modifiers = {})
{
    const QPoint pos = canvas.viewPos(scenePos);
    mouse(canvas.view.viewport(), QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton, modifiers);
    mouse(canvas.view.viewport(), QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton, modifiers);
}

inline void doubleClick(Canvas &canvas, const QPointF &scenePos)
{
    const QPoint pos = canvas.viewPos(scenePos);
    QWidget *viewport = canvas.view.viewport();
    mouse(viewport, QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton);
    mouse(viewport, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
    mouse(viewport, QEvent::MouseButtonDblClick, pos, Qt::LeftButton, Qt::LeftButton);
    mouse(viewport, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
}

// QTest::keyClicks only knows ASCII; users type Cyrillic and Hangul.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

inline QList<QUuid> cellIds(const Journey &journey, int stage, int lane)
{
    QList<QUuid> ids;
    for (const Touchpoint *card : journey.cell(journey.stages[std::size_t(stage)].id, journey.lanes[std::size_t(lane)].id))
        ids.append(card->id);
    return ids;
}

// The first empty cell, scanning stages then lanes.
inline CellIndex emptyCell(const Journey &journey)
{
    for (int s = 0; s < int(journey.stages.size()); ++s)
        for (int l = 0; l < int(journey.lanes.size()); ++l)
            if (journey.lanes[std::size_t(l)].kind != LaneKind::Emotion && cellIds(journey, s, l).isEmpty())
                return {s, l};
    return {};
}

// A cell holding at least `count` cards.
inline CellIndex cellWith(const Journey &journey, int count)
{
    for (int s = 0; s < int(journey.stages.size()); ++s)
        for (int l = 0; l < int(journey.lanes.size()); ++l)
            if (cellIds(journey, s, l).size() >= count)
                return {s, l};
    return {};
}

inline double luminance(const QColor &colour)
{
    return 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF();
}

} // namespace waymark::canvastest
