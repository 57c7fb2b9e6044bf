// The canvas issue's acceptance scenario, end to end through the real main window: build a
// journey from the starter skeleton with the canvas and the properties dock only, undo every
// step back to the start, redo, save, and reopen it unchanged.
#include "canvas/canvasactions.h"
#include "canvas/canvaslayout.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "dialogs/departmentsdialog.h"
#include "docks/propertiesdock.h"
#include "format/journeyfiles.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {

void mouse(QWidget *widget, QEvent::Type type, const QPoint &pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), widget->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

void doubleClick(JourneyView *view, const QPointF &scenePos)
{
    const QPoint pos = view->mapFromScene(scenePos);
    mouse(view->viewport(), QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton);
    mouse(view->viewport(), QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
    mouse(view->viewport(), QEvent::MouseButtonDblClick, pos, Qt::LeftButton, Qt::LeftButton);
    mouse(view->viewport(), QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
}

void drag(JourneyView *view, const QPointF &fromScene, const QPointF &toScene)
{
    const QPoint from = view->mapFromScene(fromScene);
    const QPoint to = view->mapFromScene(toScene);
    mouse(view->viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= 5; ++i)
        mouse(view->viewport(), QEvent::MouseMove, from + (to - from) * i / 5, Qt::NoButton, Qt::LeftButton);
    mouse(view->viewport(), QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

void typeAndEnter(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class TestWorkshopFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(mDir.filePath(QStringLiteral("config"))));
        qputenv("WAYMARK_RECOVERY_DIR", QFile::encodeName(mDir.filePath(QStringLiteral("recovery"))));
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("WaymarkTest"));
    }

    void buildUndoRedoSaveReopen()
    {
        MainWindow window;
        window.setMessageSink([](const QString &title, const QString &text) { QFAIL(qPrintable(title + text)); });
        window.resize(1500, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        JourneyDocument *document = window.document();
        JourneyScene *scene = window.journeyScene();
        JourneyView *view = window.journeyView();
        CanvasActions *actions = window.canvasActions();
        const Journey start = document->journey();

        // A new stage after the first, named in place.
        scene->setCurrentCell(CellIndex{0, 0});
        actions->addStage()->trigger();
        QVERIFY(view->inPlaceEditor());
        typeAndEnter(view->inPlaceEditor(), QStringLiteral("Compare offers"));
        QCOMPARE(document->journey().stages[1].name, QStringLiteral("Compare offers"));

        // A department for the cards.
        DepartmentsDialog departments(document, &window);
        departments.addDepartment(QStringLiteral("Branch network"));
        const QUuid branch = document->journey().departments.back().id;

        // A card by double-click in the new stage, its title typed in place.
        scene->ensureLayout();
        doubleClick(view, scene->canvasLayout().cellRect(1, 1).center());
        QVERIFY(view->inPlaceEditor());
        typeAndEnter(view->inPlaceEditor(), QStringLiteral("Reads the fee table"));
        const QList<QUuid> selected = scene->selectedTouchpoints();
        QCOMPARE(selected.size(), 1);
        const QUuid card = selected.first();
        QCOMPARE(document->journey().touchpoint(card)->title, QStringLiteral("Reads the fee table"));

        // Effort and marks in the properties dock.
        PropertiesDock *properties = window.propertiesDock();
        QCOMPARE(properties->touchpointId(), card);
        typeAndEnter(properties->findChild<QLineEdit *>(QStringLiteral("timeEdit")), QStringLiteral("1h 30m"));
        typeAndEnter(properties->findChild<QLineEdit *>(QStringLiteral("amountEdit")), QStringLiteral("12.50"));
        auto *owner = properties->findChild<QComboBox *>(QStringLiteral("departmentCombo"));
        owner->setCurrentIndex(owner->findData(branch));
        emit owner->activated(owner->currentIndex()); // what picking it from the list does
        properties->findChild<QSlider *>(QStringLiteral("emotionSlider"))->setValue(7);
        properties->findChild<QCheckBox *>(QStringLiteral("painPointCheck"))->click();
        const Touchpoint *edited = document->journey().touchpoint(card);
        QCOMPARE(edited->effort.minutes, 90.0);
        QCOMPARE(edited->effort.money.hundredths, qint64(1250));
        QCOMPARE(edited->departmentId, branch);
        QCOMPARE(edited->effort.emotion, 7);
        QVERIFY(edited->painPoint);

        // Drag it one stage on.
        scene->ensureLayout();
        drag(view, scene->canvasLayout().cardRect(card).center(), scene->canvasLayout().cellRect(2, 1).center());
        QCOMPARE(document->journey().touchpoint(card)->stageId, document->journey().stages[2].id);

        const Journey built = document->journey();
        QVERIFY(built.problems().empty());
        const int steps = document->undoStack()->count();
        QVERIFY2(steps >= 9, qPrintable(QString::number(steps)));

        // Undo every step: back to the starter journey; the canvas follows.
        while (document->undoStack()->canUndo())
            document->undoStack()->undo();
        QVERIFY(document->journey() == start);
        scene->ensureLayout();
        QCOMPARE(scene->cardCount(), 0);
        QVERIFY(!scene->stageHeader(int(start.stages.size())));
        // Redo every step: the built journey again.
        while (document->undoStack()->canRedo())
            document->undoStack()->redo();
        QVERIFY(document->journey() == built);
        scene->ensureLayout();
        QCOMPARE(scene->cardCount(), 1);

        // Save, reopen in a second window, same journey.
        const QString path = mDir.filePath(QStringLiteral("workshop.waymark"));
        QVERIFY(window.saveAs(path));
        MainWindow reopened;
        QVERIFY(reopened.openFile(path));
        QVERIFY(reopened.document()->journey().sameContent(built));
        reopened.journeyScene()->ensureLayout();
        QCOMPARE(reopened.journeyScene()->cardCount(), 1);
    }

private:
    QTemporaryDir mDir;
};

QTEST_MAIN(TestWorkshopFlow)
#include "tst_workshopflow.moc"
