// Moving an agenda step, an opportunity or a scenario: one undo step per move, undo and redo
// restore the order exactly, the item itself is untouched, and nothing merges into a move.
#include "commands/editentity.h"
#include "commands/reorderentity.h"
#include "journeydocument.h"

#include <QSignalSpy>
#include <QtTest>

using namespace waymark;

namespace {

QUuid fixed(int n)
{
    return QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

Journey agendaJourney()
{
    Journey j;
    j.title = QStringLiteral("Открыть счёт");
    j.agenda = {{fixed(1), QStringLiteral("Map the stages"), true},
                {fixed(2), QStringLiteral("Vote"), false},
                {fixed(3), QStringLiteral("Attach effort"), false},
                {fixed(4), QStringLiteral("Wrap up"), false}};
    Opportunity first;
    first.id = fixed(11);
    first.title = QStringLiteral("Self-service");
    Opportunity second;
    second.id = fixed(12);
    second.title = QStringLiteral("Callback");
    j.opportunities = {first, second};
    j.scenarios = {{fixed(21), QStringLiteral("Quick wins"), {fixed(12)}}, {fixed(22), QStringLiteral("Full"), {fixed(11), fixed(12)}}};
    return j;
}

template <typename T>
QList<QUuid> idsOf(const std::vector<T> &items)
{
    QList<QUuid> ids;
    for (const T &item : items)
        ids.append(item.id);
    return ids;
}

} // namespace

class TestReorderList : public QObject
{
    Q_OBJECT

private slots:
    void anAgendaStepMovesAndComesBack()
    {
        JourneyDocument doc(agendaJourney());
        const std::vector<AgendaItem> before = doc.journey().agenda;
        QSignalSpy inserted(&doc, &JourneyDocument::agendaItemInserted);
        // "Vote" was added before "Attach effort": it goes after it.
        QVERIFY(doc.push(new MoveAgendaStep(&doc, 1, 2)));
        QCOMPARE(idsOf(doc.journey().agenda), (QList<QUuid>{fixed(1), fixed(3), fixed(2), fixed(4)}));
        QCOMPARE(inserted.size(), 1); // views hear of it through the ordinary signals
        QCOMPARE(inserted.first().first().toUuid(), fixed(2));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Move agenda step"));

        doc.undoStack()->undo();
        QCOMPARE(doc.journey().agenda, before); // order and the steps themselves (ticked, titles)
        doc.undoStack()->redo();
        QCOMPARE(idsOf(doc.journey().agenda), (QList<QUuid>{fixed(1), fixed(3), fixed(2), fixed(4)}));
        QVERIFY(doc.journey().agenda[0].done);
        QCOMPARE(doc.journey().agenda[2].title, QStringLiteral("Vote"));
    }

    void toTheEndAndToTheTop()
    {
        JourneyDocument doc(agendaJourney());
        QVERIFY(doc.push(new MoveAgendaStep(&doc, 0, 3)));
        QCOMPARE(idsOf(doc.journey().agenda), (QList<QUuid>{fixed(2), fixed(3), fixed(4), fixed(1)}));
        QVERIFY(doc.push(new MoveAgendaStep(&doc, 2, 0)));
        QCOMPARE(idsOf(doc.journey().agenda), (QList<QUuid>{fixed(4), fixed(2), fixed(3), fixed(1)}));
        doc.undoStack()->undo();
        QCOMPARE(idsOf(doc.journey().agenda), (QList<QUuid>{fixed(2), fixed(3), fixed(4), fixed(1)}));
        doc.undoStack()->undo();
        QCOMPARE(idsOf(doc.journey().agenda), (QList<QUuid>{fixed(1), fixed(2), fixed(3), fixed(4)}));
    }

    void movesNeverMerge()
    {
        // Two moves of the same step, and a rename after a move, stay separate undo steps:
        // Ctrl+Z takes back exactly the last thing done.
        JourneyDocument doc(agendaJourney());
        QVERIFY(doc.push(new MoveAgendaStep(&doc, 1, 2)));
        QVERIFY(doc.push(new MoveAgendaStep(&doc, 2, 3)));
        AgendaItem renamed = doc.journey().agenda[3];
        renamed.title = QStringLiteral("Голосование");
        QVERIFY(doc.push(new EditEntity<AgendaItem>(&doc, renamed, QStringLiteral("Rename agenda step"))));
        QCOMPARE(doc.undoStack()->count(), 3);
        doc.undoStack()->undo();
        QCOMPARE(doc.journey().agenda[3].title, QStringLiteral("Vote"));
        QCOMPARE(idsOf(doc.journey().agenda), (QList<QUuid>{fixed(1), fixed(3), fixed(4), fixed(2)}));
        doc.undoStack()->undo();
        QCOMPARE(idsOf(doc.journey().agenda), (QList<QUuid>{fixed(1), fixed(3), fixed(2), fixed(4)}));
    }

    void aMoveToItsOwnPlaceIsNoStep()
    {
        JourneyDocument doc(agendaJourney());
        doc.push(new MoveAgendaStep(&doc, 2, 2));
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(idsOf(doc.journey().agenda), (QList<QUuid>{fixed(1), fixed(2), fixed(3), fixed(4)}));
    }

    void refusedInReview()
    {
        JourneyDocument doc(agendaJourney());
        doc.setReviewOnly(true);
        QVERIFY(!doc.push(new MoveAgendaStep(&doc, 0, 1)));
        QCOMPARE(idsOf(doc.journey().agenda), (QList<QUuid>{fixed(1), fixed(2), fixed(3), fixed(4)}));
    }

    void opportunitiesAndScenariosMoveToo()
    {
        JourneyDocument doc(agendaJourney());
        const Journey before = doc.journey();
        QVERIFY(doc.push(new MoveOpportunity(&doc, 0, 1)));
        QCOMPARE(idsOf(doc.journey().opportunities), (QList<QUuid>{fixed(12), fixed(11)}));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Move opportunity"));
        // The scenarios still name the same opportunities.
        QCOMPARE(doc.journey().scenarios, before.scenarios);
        QVERIFY(doc.push(new MoveScenario(&doc, 1, 0)));
        QCOMPARE(idsOf(doc.journey().scenarios), (QList<QUuid>{fixed(22), fixed(21)}));
        QCOMPARE(doc.journey().scenarios[0].opportunityIds, (std::vector<QUuid>{fixed(11), fixed(12)}));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.journey().opportunities, before.opportunities);
        QCOMPARE(doc.journey().scenarios, before.scenarios);
    }
};

QTEST_GUILESS_MAIN(TestReorderList)
#include "tst_reorderlist.moc"
