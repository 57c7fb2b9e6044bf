// Copy, paste and duplicate of cards: what goes on the clipboard, where pasted cards land,
// how owners map between journeys, and that every paste and duplicate is one exact undo step.
#include "commands/pastecards.h"
#include "format/cardtransfer.h"
#include "format/journeyjson.h"
#include "journeydocument.h"
#include "testjourneys.h"

#include <QTest>

using namespace waymark;

namespace {

// smallJourney's cards, by their place in Journey::touchpoints.
enum Card { Ad, Site, Form, Upload, Wait, Check, Pay, IssueCard };

QUuid id(const Journey &journey, Card card)
{
    return journey.touchpoints[std::size_t(card)].id;
}

QList<QUuid> cellIds(const Journey &journey, int stage, int lane)
{
    QList<QUuid> ids;
    for (const Touchpoint *card : journey.cell(journey.stages[std::size_t(stage)].id, journey.lanes[std::size_t(lane)].id))
        ids.append(card->id);
    return ids;
}

QStringList cellTitles(const Journey &journey, int stage, int lane)
{
    QStringList titles;
    for (const Touchpoint *card : journey.cell(journey.stages[std::size_t(stage)].id, journey.lanes[std::size_t(lane)].id))
        titles.append(card->title);
    return titles;
}

// A second journey: two stages, two lanes, a department named like one of smallJourney's
// (different case and id), none like the other.
Journey otherJourney()
{
    Journey journey;
    journey.id = QUuid::createUuid();
    journey.title = QStringLiteral("Other");
    journey.currency = QStringLiteral("KRW");
    journey.departments = {{QUuid::createUuid(), QStringLiteral("СЛУЖБА ПОДРШКЕ"), QColor(Qt::darkGreen)}};
    journey.stages = {{QUuid::createUuid(), QStringLiteral("A"), {}}, {QUuid::createUuid(), QStringLiteral("B"), {}}};
    journey.lanes = {{QUuid::createUuid(), QStringLiteral("Customer"), LaneKind::CustomerActions, OfficeZone::Customer, {}},
                     {QUuid::createUuid(), QStringLiteral("Office"), LaneKind::Touchpoints, OfficeZone::Back, {}}};
    return journey;
}

} // namespace

class TestCardTransfer : public QObject
{
    Q_OBJECT

private slots:
    void copyKeepsShapeOwnersAndInnerConnections()
    {
        const Journey journey = test::smallJourney();
        // Ids in a scrambled order; the copy is in stage, lane, cell order.
        const Journey copy = copyCards(journey, {id(journey, Check), id(journey, Wait), id(journey, Pay), id(journey, Form)});
        QCOMPARE(copy.touchpoints.size(), std::size_t(4));
        QStringList titles;
        for (const Touchpoint &card : copy.touchpoints)
            titles << card.title;
        // Stage 2 lane 1 in cell order (form, then wait), stage 2 lane 4 (check), stage 3 (pay).
        QCOMPARE(titles, (QStringList{journey.touchpoints[Form].title, journey.touchpoints[Wait].title,
                                      journey.touchpoints[Check].title, journey.touchpoints[Pay].title}));
        // One stage per column spanned (stages 2..3), one lane per row spanned (lanes 1..4).
        QCOMPARE(copy.stages.size(), std::size_t(2));
        QCOMPARE(copy.stages[0].name, journey.stages[1].name);
        QCOMPARE(copy.lanes.size(), std::size_t(4));
        QCOMPARE(copy.lanes[3].name, journey.lanes[3].name);
        QCOMPARE(*copy.stageIndex(copy.touchpoint(id(journey, Pay))->stageId), 1);
        QCOMPARE(*copy.laneIndex(copy.touchpoint(id(journey, Check))->laneId), 3);
        // Owners travel (billing owns wait, support owns check; support's lane is in the span).
        QCOMPARE(copy.departments.size(), std::size_t(2));
        // Only wait -> pay has both ends copied.
        QCOMPARE(copy.connections.size(), std::size_t(1));
        QCOMPARE(copy.connections[0].fromId, id(journey, Wait));
        // It is a sound journey, so the JSON reader takes it back unchanged.
        QVERIFY(copy.problems().empty());
        FormatError error;
        const auto back = JourneyJson::fromJson(JourneyJson::toJson(copy), &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QVERIFY(*back == copy);

        QVERIFY(copyCards(journey, {QUuid::createUuid()}).touchpoints.empty());
    }

    void pasteIntoTheSameJourney()
    {
        JourneyDocument document(test::smallJourney());
        const Journey before = document.journey();
        const Journey copy = copyCards(before, {id(before, Form), id(before, Upload)});
        // Paste at the top of stage 3, lane 1 (which holds "pay").
        auto *paste = new PasteCards(&document, copy, before.stages[2].id, before.lanes[0].id, 0);
        document.push(paste);
        const Journey &after = document.journey();
        QCOMPARE(after.touchpoints.size(), before.touchpoints.size() + 2);
        const QList<QUuid> pasted = paste->pastedIds();
        QCOMPARE(pasted.size(), 2);
        for (const QUuid &card : pasted)
            QVERIFY(!before.touchpoint(card)); // new ids
        QCOMPARE(cellTitles(after, 2, 0), (QStringList{before.touchpoints[Form].title, before.touchpoints[Upload].title,
                                                        before.touchpoints[Pay].title}));
        QCOMPARE(cellIds(after, 1, 0), cellIds(before, 1, 0)); // the originals stay
        QVERIFY(after.problems().empty());
        QCOMPARE(document.undoStack()->count(), 1);

        document.undoStack()->undo();
        QVERIFY(document.journey() == before);
        document.undoStack()->redo();
        QCOMPARE(cellIds(document.journey(), 2, 0).mid(0, 2), pasted); // same ids after redo
    }

    void pasteIntoAnotherJourneyMapsOwnersAndClamps()
    {
        const Journey source = test::smallJourney();
        // wait (billing, stage 2 lane 1) and check (support, stage 2 lane 4): a 1 x 4 block.
        const Journey copy = copyCards(source, {id(source, Wait), id(source, Check), id(source, Pay)});
        JourneyDocument document(otherJourney());
        const Journey before = document.journey();
        auto *paste = new PasteCards(&document, copy, before.stages[1].id, before.lanes[0].id);
        document.push(paste);
        const Journey &after = document.journey();
        QCOMPARE(after.touchpoints.size(), std::size_t(3));

        // Support maps by name (ignoring case) to the existing department; billing is added.
        QCOMPARE(after.departments.size(), std::size_t(2));
        const Department &billing = after.departments[1];
        QCOMPARE(billing.name, source.departments[1].name);
        QVERIFY(billing.id != source.departments[1].id);
        const Touchpoint *wait = after.touchpoint(paste->pastedIds()[0]);
        const Touchpoint *check = after.touchpoint(paste->pastedIds()[1]);
        const Touchpoint *pay = after.touchpoint(paste->pastedIds()[2]);
        QCOMPARE(wait->departmentId, billing.id);
        QCOMPARE(check->departmentId, before.departments[0].id);
        // Columns and rows beyond the grid clamp to the last stage and lane.
        QCOMPARE(wait->stageId, before.stages[1].id);
        QCOMPARE(pay->stageId, before.stages[1].id);
        QCOMPARE(check->laneId, before.lanes[1].id);
        // Money keeps its own currency (the journey's is KRW).
        QCOMPARE(pay->effort.money.currency, QStringLiteral("RSD"));
        // The wait -> pay arrow came along.
        QCOMPARE(after.connections.size(), std::size_t(1));
        QCOMPARE(after.connections[0].fromId, wait->id);
        QCOMPARE(after.connections[0].toId, pay->id);
        QVERIFY(after.problems().empty());

        document.undoStack()->undo(); // the added department goes too
        QVERIFY(document.journey() == before);
    }

    void duplicatePutsCopiesAfterOriginals()
    {
        JourneyDocument document(test::smallJourney());
        const Journey before = document.journey();
        // form and wait share a cell with upload between them: form, upload, wait.
        const QList<QUuid> cell = cellIds(before, 1, 0);
        QCOMPARE(cell.size(), 3);
        auto *duplicate = new DuplicateCards(&document, {cell[2], cell[0], id(before, Pay)});
        document.push(duplicate);
        const QList<QUuid> copies = duplicate->duplicateIds();
        QCOMPARE(copies.size(), 3);
        const QList<QUuid> after = cellIds(document.journey(), 1, 0);
        QCOMPARE(after.size(), 5);
        QCOMPARE(after[0], cell[0]);
        QCOMPARE(after[2], cell[1]);
        QCOMPARE(after[3], cell[2]);
        QCOMPARE(document.journey().touchpoint(after[1])->title, document.journey().touchpoint(cell[0])->title);
        QCOMPARE(document.journey().touchpoint(after[4])->title, document.journey().touchpoint(cell[2])->title);
        // wait -> pay is duplicated between the copies.
        QCOMPARE(document.journey().connections.size(), before.connections.size() + 1);
        QVERIFY(document.journey().problems().empty());
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QVERIFY(document.journey() == before);
        document.undoStack()->redo();
        QCOMPARE(cellIds(document.journey(), 1, 0), after);
    }
};

QTEST_GUILESS_MAIN(TestCardTransfer)
#include "tst_cardtransfer.moc"
