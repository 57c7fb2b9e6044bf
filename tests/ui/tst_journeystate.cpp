// The canvas's journey states on the sample: Future shows the chosen opportunities applied
// (a removed step gone, an added one there, a halved wait), Compare marks what changed, an
// edit of today's journey reaches the future view, the preview refuses edits, and Today
// brings back the live map.
#include "commands/addentity.h"
#include "commands/editentity.h"
#include "commands/editjourneysettings.h"
#include "commands/removeopportunity.h"
#include "canvas/carditem.h"
#include "canvas/headeritems.h"
#include "canvas/journeyscene.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QTest>

using namespace waymark;

class TestJourneyState : public QObject
{
    Q_OBJECT

private slots:
    void futureAndCompareFollowTheScenario()
    {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json")));
        JourneyDocument *document = window.document();
        // Only this test's opportunity: the sample's own business case would change the map too.
        for (const Opportunity &own : std::vector<Opportunity>(document->journey().opportunities))
            QVERIFY(document->push(new RemoveOpportunity(document, own.id)));
        QVERIFY(document->push(new EditJourneySettings(document, {{QStringLiteral("business/scenario"), QString()}}, QStringLiteral("No scenario"))));
        const Journey &today = document->journey();
        QVERIFY(today.touchpoints.size() >= 3);
        const Touchpoint gone = today.touchpoints[0];
        Touchpoint halved = today.touchpoints[1];
        if (halved.effort.minutes <= 0) { // make sure there is a wait to halve
            halved.effort.minutes = 40;
            QVERIFY(document->push(new EditEntity<Touchpoint>(document, halved)));
        }
        const Touchpoint host = today.touchpoints[2];

        Opportunity opportunity;
        opportunity.id = QUuid::createUuid();
        opportunity.title = QStringLiteral("Instant identity check");
        CardImprovement removal;
        removal.touchpointId = gone.id;
        removal.removesCard = true;
        CardImprovement faster;
        faster.touchpointId = halved.id;
        faster.minutes = {EffortTarget::Kind::Percent, 50};
        opportunity.changes = {removal, faster};
        AddedCard added;
        added.id = QUuid::createUuid();
        added.stageId = host.stageId;
        added.laneId = host.laneId;
        added.title = QStringLiteral("Status message");
        added.effort.minutes = 1;
        added.effort.money.currency = today.currency;
        opportunity.addedCards = {added};
        QVERIFY(document->push(new AddOpportunity(document, opportunity)));

        auto *scene = window.findChild<JourneyScene *>();
        QVERIFY(scene);
        const int cardsToday = scene->cardCount();
        auto *future = window.findChild<QAction *>(QStringLiteral("journeyStateFuture"));
        auto *compare = window.findChild<QAction *>(QStringLiteral("journeyStateCompare"));
        auto *todayAction = window.findChild<QAction *>(QStringLiteral("journeyStateToday"));
        QVERIFY(future && compare && todayAction);

        future->trigger();
        QVERIFY(scene->document() != document);
        QCOMPARE(scene->cardCount(), cardsToday); // one step removed, one added
        QVERIFY(!scene->cardItem(gone.id));
        QVERIFY(scene->cardItem(added.id));
        QCOMPARE(scene->document()->journey().touchpoint(halved.id)->effort.minutes, halved.effort.minutes / 2);
        // The preview is read-only: an edit of its map is refused, today's journey is untouched.
        Touchpoint renamed = *scene->document()->journey().touchpoint(halved.id);
        renamed.title = QStringLiteral("Renamed in the preview");
        QVERIFY(!scene->document()->push(new EditEntity<Touchpoint>(scene->document(), renamed)));
        QCOMPARE(document->journey().touchpoint(halved.id)->title, halved.title);

        compare->trigger();
        QCOMPARE(scene->cardCount(), cardsToday + 1); // the removed step stays in view, marked
        QVERIFY(scene->cardItem(gone.id));
        QCOMPARE(scene->cardItem(gone.id)->comparison(), CardComparison::Removed);
        QCOMPARE(scene->cardItem(halved.id)->comparison(), CardComparison::Changed);
        QCOMPARE(scene->cardItem(added.id)->comparison(), CardComparison::Added);
        QCOMPARE(scene->cardItem(host.id)->comparison(), CardComparison::None);
        // The halved card's stage shows today's time beside the future's; the removed step counts nothing.
        const int stage = *today.stageIndex(halved.stageId);
        const QString time = scene->stageTotals(stage)->lines().value(0);
        QVERIFY2(time.contains(QStringLiteral("→")), qPrintable(time));
        const int goneStage = *today.stageIndex(gone.stageId);
        EffortTotals expected;
        for (const Touchpoint *card : scene->document()->journey().touchpointsInStage(gone.stageId))
            if (card->id != gone.id)
                expected.add(card->effort, today.currency);
        QVERIFY2(scene->stageTotals(goneStage)->lines().value(0).endsWith(formatMinutes(expected.minutes)),
                 qPrintable(scene->stageTotals(goneStage)->lines().value(0)));

        // Dropping the faster wait from today's opportunity reaches the compare view.
        Opportunity lighter = opportunity;
        lighter.changes = {removal};
        QVERIFY(document->push(new EditEntity<Opportunity>(document, lighter)));
        QTRY_COMPARE(scene->cardItem(halved.id)->comparison(), CardComparison::None);

        todayAction->trigger();
        QCOMPARE(scene->document(), document);
        QCOMPARE(scene->cardCount(), cardsToday);
        QVERIFY(scene->cardItem(gone.id));
        QCOMPARE(scene->cardItem(gone.id)->comparison(), CardComparison::None);
    }
};

QTEST_MAIN(TestJourneyState)
#include "tst_journeystate.moc"
