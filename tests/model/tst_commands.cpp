// Every undo command: redo changes the journey as intended, undo restores it exactly,
// redo again gives the same result; merging and signals are checked where they matter.
#include "commands/addentity.h"
#include "commands/addtouchpoint.h"
#include "commands/editentity.h"
#include "commands/editjourneyinfo.h"
#include "commands/movetouchpoints.h"
#include "commands/removedepartment.h"
#include "commands/removeentity.h"
#include "commands/removelane.h"
#include "commands/removestage.h"
#include "commands/removetouchpoints.h"
#include "commands/reorderentity.h"
#include "journeydocument.h"
#include "testjourneys.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace waymark;

namespace {

QList<QUuid> cellIds(const Journey &j, const QUuid &stage, const QUuid &lane)
{
    QList<QUuid> ids;
    for (const Touchpoint *t : j.cell(stage, lane))
        ids << t->id;
    return ids;
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

    // Pushes the command, checks `expect` on the result, then undo == before and redo == after.
    void roundTrip(JourneyDocument &doc, QUndoCommand *command, const std::function<void(const Journey &)> &expect)
    {
        const Journey before = doc.journey();
        doc.push(command);
        const Journey after = doc.journey();
        QVERIFY2(!(after == before), "the command changed nothing");
        expect(after);
        QVERIFY(doc.journey().problems().empty());
        doc.undoStack()->undo();
        QVERIFY2(doc.journey() == before, "undo did not restore the journey exactly");
        doc.undoStack()->redo();
        QVERIFY2(doc.journey() == after, "redo did not give the same journey");
    }

private slots:
    void fixtureIsSound() { QVERIFY(test::smallJourney().problems().empty()); }

    void editJourneyInfoMergesTyping()
    {
        JourneyDocument doc(test::smallJourney());
        QSignalSpy changed(&doc, &JourneyDocument::infoChanged);
        roundTrip(doc, new EditJourneyInfo(&doc, {QStringLiteral("Новое имя"), QStringLiteral("d"), QStringLiteral("USD")}),
                  [](const Journey &j) {
                      QCOMPARE(j.title, QStringLiteral("Новое имя"));
                      QCOMPARE(j.currency, QStringLiteral("USD"));
                  });
        QCOMPARE(changed.count(), 3);
        doc.push(new EditJourneyInfo(&doc, {QStringLiteral("Новое имя!"), QStringLiteral("d"), QStringLiteral("USD")}));
        QCOMPARE(doc.undoStack()->count(), 1); // merged into the previous edit
        QCOMPARE(doc.journey().title, QStringLiteral("Новое имя!"));
    }

    void addAndRemoveEachEntityKind()
    {
        JourneyDocument doc(test::smallJourney());
        roundTrip(doc, new AddStage(&doc, 1, Stage{{}, QStringLiteral("Onboarding"), {}}), [](const Journey &j) {
            QCOMPARE(j.stages[1].name, QStringLiteral("Onboarding"));
            QVERIFY(!j.stages[1].id.isNull());
        });
        roundTrip(doc, new AddLane(&doc, Lane{{}, QStringLiteral("Ideas"), LaneKind::Opportunities, OfficeZone::Customer, {}}),
                  [](const Journey &j) { QCOMPARE(j.lanes.back().kind, LaneKind::Opportunities); });
        roundTrip(doc, new AddDepartment(&doc, Department{{}, QStringLiteral("Risk"), QColor(Qt::darkGreen)}),
                  [](const Journey &j) { QCOMPARE(j.departments.back().name, QStringLiteral("Risk")); });
        roundTrip(doc, new AddPersona(&doc, Persona{{}, QStringLiteral("Ана"), {}, QStringLiteral("Брзо"), {}}),
                  [](const Journey &j) { QCOMPARE(j.personas.back().name, QStringLiteral("Ана")); });
        const QUuid personaId = doc.journey().personas.back().id;
        roundTrip(doc, new RemovePersona(&doc, personaId), [&](const Journey &j) { QVERIFY(!j.personaIndex(personaId)); });

        const Journey &j = doc.journey();
        const QUuid from = j.touchpoints[0].id;
        const QUuid to = j.touchpoints[3].id;
        auto *add = new AddConnection(&doc, Connection{{}, from, to, QStringLiteral("then")});
        const QUuid connectionId = add->itemId();
        roundTrip(doc, add, [&](const Journey &after) { QVERIFY(after.connectionIndex(connectionId)); });
        roundTrip(doc, new RemoveConnection(&doc, connectionId),
                  [&](const Journey &after) { QVERIFY(!after.connectionIndex(connectionId)); });
    }

    void addTouchpointAtPositionInCell()
    {
        JourneyDocument doc(test::smallJourney());
        const Touchpoint &first = doc.journey().touchpoints.front();
        const QUuid stage = first.stageId;
        const QUuid lane = first.laneId;
        const QList<QUuid> before = cellIds(doc.journey(), stage, lane);
        Touchpoint card;
        card.stageId = stage;
        card.laneId = lane;
        card.title = QStringLiteral("새 카드");
        auto *add = new AddTouchpoint(&doc, card, 1);
        const QUuid id = add->cardId();
        QSignalSpy inserted(&doc, &JourneyDocument::touchpointInserted);
        roundTrip(doc, add, [&](const Journey &j) {
            QList<QUuid> expected = before;
            expected.insert(1, id);
            QCOMPARE(cellIds(j, stage, lane), expected);
            QCOMPARE(j.touchpoint(id)->effort.money.currency, j.currency); // new cards take the journey currency
        });
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.first().first().value<QUuid>(), id);

        // At the end of an empty cell.
        Touchpoint lone;
        lone.stageId = doc.journey().stages.back().id;
        lone.laneId = doc.journey().lanes.back().id;
        const bool empty = doc.journey().cell(lone.stageId, lone.laneId).empty();
        auto *addLone = new AddTouchpoint(&doc, lone);
        const QUuid loneId = addLone->cardId();
        roundTrip(doc, addLone, [&](const Journey &j) {
            const auto cell = cellIds(j, lone.stageId, lone.laneId);
            QCOMPARE(cell.back(), loneId);
            if (empty)
                QCOMPARE(cell.size(), 1);
        });
    }

    void editTouchpointMergesOnlyWhenAsked()
    {
        JourneyDocument doc(test::smallJourney());
        Touchpoint card = doc.journey().touchpoints[2];
        card.effort.emotion = 9;
        card.effort.minutes = 42.5;
        card.painPoint = !card.painPoint;
        const QUuid id = card.id;
        QSignalSpy changed(&doc, &JourneyDocument::touchpointChanged);
        roundTrip(doc, new EditTouchpoint(&doc, card), [&](const Journey &j) {
            QCOMPARE(j.touchpoint(id)->effort.emotion, 9);
            QCOMPARE(j.touchpoint(id)->effort.minutes, 42.5);
        });
        QCOMPARE(changed.count(), 3);

        doc.undoStack()->clear();
        for (int emotion : {1, 2, 3}) {
            card.effort.emotion = emotion;
            doc.push(new EditTouchpoint(&doc, card, QStringLiteral("Change emotion"), true));
        }
        QCOMPARE(doc.undoStack()->count(), 1); // a slider drag is one step
        card.title = QStringLiteral("other");
        doc.push(new EditTouchpoint(&doc, card, QStringLiteral("Rename card"), true));
        QCOMPARE(doc.undoStack()->count(), 2); // a different edit is its own step

        // An edit that changes nothing leaves no undo step.
        doc.push(new EditTouchpoint(&doc, doc.journey().touchpoints[0]));
        QCOMPARE(doc.undoStack()->count(), 2);
    }

    // Add Stage then typing its name in place is one undo step; nothing else joins it.
    void addedItemAbsorbsOnlyItsNamingEdit()
    {
        JourneyDocument doc(test::smallJourney());
        const Journey before = doc.journey();
        Stage stage;
        stage.name = QStringLiteral("New stage");
        auto *add = new AddStage(&doc, 1, stage);
        QVERIFY(doc.push(add));
        add->awaitName();
        Stage other = doc.journey().stages[0];
        other.name = QStringLiteral("Another stage");
        doc.push(new EditStage(&doc, other, QStringLiteral("Rename stage"), true));
        QCOMPARE(doc.undoStack()->count(), 2); // a different stage's edit is its own step
        doc.undoStack()->undo();

        Stage named = doc.journey().stages[1];
        named.name = QStringLiteral("Compare offers");
        doc.push(new EditStage(&doc, named, QStringLiteral("Rename stage"), true));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.journey().stages[1].name, QStringLiteral("Compare offers"));
        doc.undoStack()->undo();
        QCOMPARE(doc.journey().stages, before.stages);
        doc.undoStack()->redo();
        QCOMPARE(doc.journey().stages[1].name, QStringLiteral("Compare offers"));

        // Only the one naming edit: a second rename is a step of its own.
        named.name = QStringLiteral("Compare fees");
        doc.push(new EditStage(&doc, named, QStringLiteral("Rename stage"), true));
        QCOMPARE(doc.undoStack()->count(), 2);
    }

    void editStageLaneDepartmentPersonaConnection()
    {
        JourneyDocument doc(test::smallJourney());
        Stage stage = doc.journey().stages[0];
        stage.name = QStringLiteral("Осознание");
        roundTrip(doc, new EditStage(&doc, stage), [](const Journey &j) { QCOMPARE(j.stages[0].name, QStringLiteral("Осознание")); });
        Lane lane = doc.journey().lanes[0];
        lane.name = QStringLiteral("고객");
        roundTrip(doc, new EditLane(&doc, lane), [](const Journey &j) { QCOMPARE(j.lanes[0].name, QStringLiteral("고객")); });
        Department department = doc.journey().departments[0];
        department.colour = QColor(0x12, 0x34, 0x56);
        roundTrip(doc, new EditDepartment(&doc, department),
                  [](const Journey &j) { QCOMPARE(j.departments[0].colour, QColor(0x12, 0x34, 0x56)); });
        Persona persona = doc.journey().personas[0];
        persona.goals = QStringLiteral("😀 fast");
        roundTrip(doc, new EditPersona(&doc, persona), [](const Journey &j) { QCOMPARE(j.personas[0].goals, QStringLiteral("😀 fast")); });
        QVERIFY(!doc.journey().connections.empty());
        Connection connection = doc.journey().connections[0];
        connection.label = QStringLiteral("next");
        roundTrip(doc, new EditConnection(&doc, connection),
                  [](const Journey &j) { QCOMPARE(j.connections[0].label, QStringLiteral("next")); });
    }

    void reorderStagesAndLanes()
    {
        JourneyDocument doc(test::smallJourney());
        const QUuid firstStage = doc.journey().stages[0].id;
        QSignalSpy reordered(&doc, &JourneyDocument::stagesReordered);
        roundTrip(doc, new MoveStage(&doc, 0, 2), [&](const Journey &j) { QCOMPARE(j.stages[2].id, firstStage); });
        QCOMPARE(reordered.count(), 3);
        const QUuid lastLane = doc.journey().lanes.back().id;
        const int lanes = int(doc.journey().lanes.size());
        roundTrip(doc, new MoveLane(&doc, lanes - 1, 0), [&](const Journey &j) { QCOMPARE(j.lanes[0].id, lastLane); });
    }

    void moveCardsBetweenCellsAndWithinCell()
    {
        JourneyDocument doc(test::smallJourney());
        // Find the cell that holds three cards.
        QUuid stage, lane;
        for (const Touchpoint &t : doc.journey().touchpoints) {
            if (doc.journey().cell(t.stageId, t.laneId).size() >= 3) {
                stage = t.stageId;
                lane = t.laneId;
                break;
            }
        }
        QVERIFY2(!stage.isNull(), "the fixture needs a cell with three cards");
        const QList<QUuid> cell = cellIds(doc.journey(), stage, lane);

        // Reorder inside the cell: the last card to the top.
        QSignalSpy moved(&doc, &JourneyDocument::touchpointsMoved);
        roundTrip(doc, new MoveTouchpoints(&doc, {cell[2]}, stage, lane, 0), [&](const Journey &j) {
            QCOMPARE(cellIds(j, stage, lane), (QList<QUuid>{cell[2], cell[0], cell[1]}));
        });
        QVERIFY(moved.count() == 3);
        QVERIFY(moved.first().first().value<QList<QUuid>>().contains(cell[2]));

        // Two cards to another cell, keeping their order, between its cards.
        doc.undoStack()->undo();
        const QUuid otherStage = doc.journey().stages.back().id == stage ? doc.journey().stages.front().id
                                                                         : doc.journey().stages.back().id;
        const QList<QUuid> target = cellIds(doc.journey(), otherStage, lane);
        roundTrip(doc, new MoveTouchpoints(&doc, {cell[2], cell[0]}, otherStage, lane, 1), [&](const Journey &j) {
            // The moving cards keep their relative order (cell[0] above cell[2]) as one block.
            QList<QUuid> expected = target;
            const int at = qMin(1, int(target.size()));
            expected.insert(at, cell[2]);
            expected.insert(at, cell[0]);
            QCOMPARE(cellIds(j, otherStage, lane), expected);
            QCOMPARE(cellIds(j, stage, lane), (QList<QUuid>{cell[1]}));
        });
    }

    void aWholeDragIsOneUndoStep()
    {
        JourneyDocument doc(test::smallJourney());
        const Journey before = doc.journey();
        const Touchpoint card = before.touchpoints[0];
        for (const Stage &stage : before.stages)
            doc.push(new MoveTouchpoints(&doc, {card.id}, stage.id, card.laneId, -1, true));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.journey().touchpoint(card.id)->stageId, before.stages.back().id);
        doc.undoStack()->undo();
        QVERIFY(doc.journey() == before);

        // A drag that ends where it started leaves no undo step.
        doc.undoStack()->clear();
        doc.push(new MoveTouchpoints(&doc, {card.id}, before.stages.back().id, card.laneId, -1, true));
        doc.push(new MoveTouchpoints(&doc, {card.id}, card.stageId, card.laneId, 0, true));
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(doc.journey().sameContent(before));

        // Two separate gestures are two steps, even for the same card.
        doc.push(new MoveTouchpoints(&doc, {card.id}, before.stages[1].id, card.laneId));
        doc.push(new MoveTouchpoints(&doc, {card.id}, before.stages[2].id, card.laneId));
        QCOMPARE(doc.undoStack()->count(), 2);
    }

    void removeCardsTakesTheirConnections()
    {
        JourneyDocument doc(test::smallJourney());
        QVERIFY(!doc.journey().connections.empty());
        const Connection connection = doc.journey().connections[0];
        const QUuid other = doc.journey().touchpoints.back().id;
        roundTrip(doc, new RemoveTouchpoints(&doc, {connection.fromId, other}), [&](const Journey &j) {
            QVERIFY(!j.touchpoint(connection.fromId));
            QVERIFY(!j.touchpoint(other));
            QVERIFY(!j.connectionIndex(connection.id));
        });
    }

    void removeStageAndLaneWithTheirCards()
    {
        JourneyDocument doc(test::smallJourney());
        const QUuid stage = doc.journey().touchpoints[0].stageId;
        const int stageCards = int(doc.journey().touchpointsInStage(stage).size());
        QVERIFY(stageCards > 0);
        const int total = int(doc.journey().touchpoints.size());
        roundTrip(doc, new RemoveStage(&doc, stage), [&](const Journey &j) {
            QVERIFY(!j.stageIndex(stage));
            QCOMPARE(int(j.touchpoints.size()), total - stageCards);
        });
        QCOMPARE(doc.undoStack()->count(), 1);

        const QUuid lane = doc.journey().touchpoints[0].laneId;
        roundTrip(doc, new RemoveLane(&doc, lane), [&](const Journey &j) {
            QVERIFY(!j.laneIndex(lane));
            for (const Touchpoint &t : j.touchpoints)
                QVERIFY(t.laneId != lane);
        });
    }

    void removeDepartmentKeepsCardsAndLanes()
    {
        JourneyDocument doc(test::smallJourney());
        QUuid department;
        for (const Lane &lane : doc.journey().lanes) {
            if (lane.kind == LaneKind::Department) {
                department = lane.departmentId;
                break;
            }
        }
        QVERIFY2(!department.isNull(), "the fixture needs a department lane");
        const int cards = int(doc.journey().touchpoints.size());
        roundTrip(doc, new RemoveDepartment(&doc, department), [&](const Journey &j) {
            QVERIFY(!j.departmentIndex(department));
            QCOMPARE(int(j.touchpoints.size()), cards);
            for (const Touchpoint &t : j.touchpoints)
                QVERIFY(t.departmentId != department);
            for (const Lane &l : j.lanes)
                QVERIFY(l.departmentId != department);
        });
    }

    void modifiedStateFollowsTheUndoStack()
    {
        JourneyDocument doc(test::smallJourney());
        QSignalSpy modified(&doc, &JourneyDocument::modifiedChanged);
        QVERIFY(!doc.isModified());
        Stage stage = doc.journey().stages[0];
        stage.name = QStringLiteral("x");
        doc.push(new EditStage(&doc, stage));
        QVERIFY(doc.isModified());
        doc.markSaved();
        QVERIFY(!doc.isModified());
        doc.undoStack()->undo();
        QVERIFY(doc.isModified()); // undoing past the save point is a change too
        QCOMPARE(modified.count(), 3);
        doc.resetJourney(test::smallJourney());
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void displayNameAndPath()
    {
        JourneyDocument doc;
        QVERIFY(!doc.journey().id.isNull());
        QCOMPARE(doc.displayName(), QStringLiteral("Untitled"));
        QSignalSpy spy(&doc, &JourneyDocument::filePathChanged);
        doc.setFilePath(QStringLiteral("/tmp/банк.waymark"));
        QCOMPARE(doc.displayName(), QStringLiteral("банк.waymark"));
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
