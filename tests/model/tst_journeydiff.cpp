// "What changed" between two versions of a journey: added, removed, moved and edited cards,
// changed effort, and added, removed or renamed stages and lanes; in memory and through files.
#include "efforttotals.h"
#include "format/journeyfiles.h"
#include "review/journeydiff.h"
#include "testjourneys.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <utility>

using namespace waymark;

namespace {

// smallJourney's cards, by their place in Journey::touchpoints.
enum Card { Ad, Site, Form, Upload, Wait, Check, Pay, IssueCard };

Touchpoint &at(Journey &journey, Card card)
{
    return journey.touchpoints[std::size_t(card)];
}

const CardChange *changeOf(const JourneyDiff &diff, const QUuid &id, CardChange::Kind kind)
{
    for (const CardChange &change : diff.cards) {
        if (change.id == id && change.kind == kind)
            return &change;
    }
    return nullptr;
}

// One line per entry, for comparisons that print what differs.
QStringList describe(const JourneyDiff &diff)
{
    QStringList lines;
    for (const CardChange &change : diff.cards)
        lines << QStringLiteral("%1 %2 [%3/%4 -> %5/%6] {%7} %8")
                     .arg(int(change.kind))
                     .arg(change.id.toString(QUuid::WithoutBraces), change.fromStage, change.fromLane, change.toStage,
                          change.toLane, change.fields.join(QLatin1Char(',')), change.summary);
    lines << QStringLiteral("stages +%1 -%2 ~%3")
                 .arg(diff.stagesAdded.join(QLatin1Char('|')), diff.stagesRemoved.join(QLatin1Char('|')),
                      diff.stagesRenamed.join(QLatin1Char('|')));
    lines << QStringLiteral("lanes +%1 -%2 ~%3")
                 .arg(diff.lanesAdded.join(QLatin1Char('|')), diff.lanesRemoved.join(QLatin1Char('|')),
                      diff.lanesRenamed.join(QLatin1Char('|')));
    return lines;
}

// The workshop result: a pair of journeys with one of each kind of change.
struct Workshop {
    Journey before;
    Journey after;
    QUuid addedId;
};

Workshop workshop()
{
    Workshop w;
    w.before = test::smallJourney();
    at(w.before, Wait).effort.minutes = 30;

    Journey after = w.before;
    // Renamed stage, added lane (customer side, so the lane order stays sound).
    after.stages[0].name = QStringLiteral("Awareness");
    Lane digital{QUuid::createUuid(), QStringLiteral("Digital channels"), LaneKind::Touchpoints, OfficeZone::Customer, {}};
    after.lanes.insert(after.lanes.begin() + 2, digital);
    // Time 30 min -> 48 h.
    at(after, Wait).effort.minutes = 2880;
    // Title and emotion.
    at(after, Pay).title = QStringLiteral("First card payment");
    at(after, Pay).effort.emotion = 3;
    // Moved to another stage (same lane).
    at(after, Check).stageId = after.stages[2].id;
    // Moved inside its cell only: upload now comes before the form.
    std::swap(at(after, Form), at(after, Upload));
    // Added, in the new lane of stage 3.
    Touchpoint reminder;
    reminder.id = QUuid::createUuid();
    reminder.stageId = after.stages[2].id;
    reminder.laneId = digital.id;
    reminder.title = QStringLiteral("Gets a reminder");
    reminder.effort.money.currency = QStringLiteral("EUR");
    w.addedId = reminder.id;
    // Removed (the site visit of stage 1); the connections do not involve it.
    after.touchpoints.erase(after.touchpoints.begin() + Site);
    after.touchpoints.push_back(reminder);
    w.after = after;
    return w;
}

} // namespace

class TestJourneyDiff : public QObject
{
    Q_OBJECT

private slots:
    void identicalJourneysHaveNoChanges()
    {
        const Journey journey = test::smallJourney();
        const JourneyDiff diff = diffJourneys(journey, journey);
        QVERIFY(diff.empty());
        QVERIFY(diff.cards.empty());
    }

    void orderInsideACellIsNoChange()
    {
        const Journey before = test::smallJourney();
        Journey after = before;
        std::swap(at(after, Form), at(after, Wait)); // same cell (stage 2, customer actions)
        std::rotate(after.touchpoints.begin(), after.touchpoints.begin() + 3, after.touchpoints.end()); // cells interleave
        QVERIFY(after != before);
        QVERIFY(diffJourneys(before, after).empty());
    }

    void workshopChanges()
    {
        const Workshop w = workshop();
        const JourneyDiff diff = diffJourneys(w.before, w.after);
        QVERIFY(!diff.empty());

        // Added, Removed, Moved, then Edited in the later journey's stage order (wait: stage 2,
        // payment: stage 3); the card moved within its cell appears nowhere.
        QCOMPARE(diff.cards.size(), std::size_t(5));
        QCOMPARE(diff.cards[0].kind, CardChange::Kind::Added);
        QCOMPARE(diff.cards[0].id, w.addedId);
        QCOMPARE(diff.cards[1].kind, CardChange::Kind::Removed);
        QCOMPARE(diff.cards[1].id, w.before.touchpoints[Site].id);
        QCOMPARE(diff.cards[2].kind, CardChange::Kind::Moved);
        QCOMPARE(diff.cards[3].kind, CardChange::Kind::Edited);
        QCOMPARE(diff.cards[3].id, w.before.touchpoints[Wait].id);
        QCOMPARE(diff.cards[4].kind, CardChange::Kind::Edited);
        QCOMPARE(diff.cards[4].id, w.before.touchpoints[Pay].id);
        for (const Card unchanged : {Ad, Form, Upload, IssueCard})
            QVERIFY(!changeOf(diff, w.before.touchpoints[unchanged].id, CardChange::Kind::Moved)
                    && !changeOf(diff, w.before.touchpoints[unchanged].id, CardChange::Kind::Edited));

        const CardChange &added = diff.cards[0];
        QCOMPARE(added.title, QStringLiteral("Gets a reminder"));
        QCOMPARE(added.toStage, QStringLiteral("Korišćenje 💳"));
        QCOMPARE(added.toLane, QStringLiteral("Digital channels"));
        QVERIFY(added.fromStage.isEmpty() && added.fromLane.isEmpty());
        QVERIFY(added.summary.contains(QStringLiteral("“Gets a reminder”")));

        const CardChange &removed = diff.cards[1];
        QCOMPARE(removed.title, QStringLiteral("Сайт банку"));
        QCOMPARE(removed.fromStage, QStringLiteral("Знакомство")); // the old stage name
        QCOMPARE(removed.fromLane, QStringLiteral("Точки контакта"));
        QVERIFY(removed.toStage.isEmpty() && removed.toLane.isEmpty());
        QVERIFY(removed.summary.contains(QStringLiteral("“Сайт банку”")));

        const CardChange &moved = diff.cards[2];
        QCOMPARE(moved.id, w.before.touchpoints[Check].id);
        QCOMPARE(moved.fromStage, QStringLiteral("신청"));
        QCOMPARE(moved.toStage, QStringLiteral("Korišćenje 💳"));
        QCOMPARE(moved.fromLane, QStringLiteral("Šalter"));
        QCOMPARE(moved.toLane, QStringLiteral("Šalter"));
        QVERIFY(moved.fields.isEmpty());
        QVERIFY(moved.summary.contains(QStringLiteral("신청")) && moved.summary.contains(QStringLiteral("Korišćenje")));

        const CardChange &wait = diff.cards[3];
        QCOMPARE(wait.fields, QStringList{QStringLiteral("time")});
        QCOMPARE(formatMinutes(30), QStringLiteral("30 min"));
        QCOMPARE(formatMinutes(2880), QStringLiteral("48 h"));
        QVERIFY2(wait.summary.contains(QStringLiteral("30 min")) && wait.summary.contains(QStringLiteral("48 h")),
                 qPrintable(wait.summary));
        QVERIFY2(wait.summary.indexOf(QStringLiteral("30 min")) < wait.summary.indexOf(QStringLiteral("48 h")),
                 qPrintable(wait.summary));
        QVERIFY(wait.summary.startsWith(QStringLiteral("“Čeka odobrenje ⏳”")));

        const CardChange &pay = diff.cards[4];
        QCOMPARE(pay.title, QStringLiteral("First card payment"));
        QCOMPARE(pay.fields, (QStringList{QStringLiteral("title"), QStringLiteral("emotion")}));
        QVERIFY2(pay.summary.contains(QStringLiteral("Prvo plaćanje karticom")), qPrintable(pay.summary)); // the old title
        QVERIFY2(pay.summary.contains(QStringLiteral("0 → 3")), qPrintable(pay.summary));

        QCOMPARE(diff.stagesRenamed, QStringList{QStringLiteral("“Знакомство” → “Awareness”")});
        QVERIFY(diff.stagesAdded.isEmpty() && diff.stagesRemoved.isEmpty());
        QCOMPARE(diff.lanesAdded, QStringList{QStringLiteral("Digital channels")});
        QVERIFY(diff.lanesRemoved.isEmpty() && diff.lanesRenamed.isEmpty());
    }

    void movedAndEditedGivesTwoEntries()
    {
        const Journey before = test::smallJourney();
        Journey after = before;
        at(after, Ad).laneId = after.lanes[1].id;
        at(after, Ad).effort.money.hundredths = 1250;
        at(after, Ad).painPoint = true;
        const JourneyDiff diff = diffJourneys(before, after);
        QCOMPARE(diff.cards.size(), std::size_t(2));
        QCOMPARE(diff.cards[0].kind, CardChange::Kind::Moved);
        QCOMPARE(diff.cards[1].kind, CardChange::Kind::Edited);
        QCOMPARE(diff.cards[0].id, diff.cards[1].id);
        QCOMPARE(diff.cards[1].fields, (QStringList{QStringLiteral("money"), QStringLiteral("pain point")}));
        QVERIFY2(diff.cards[1].summary.contains(formatMoneyTotals({{QStringLiteral("EUR"), 0}}))
                     && diff.cards[1].summary.contains(formatMoneyTotals({{QStringLiteral("EUR"), 1250}})),
                 qPrintable(diff.cards[1].summary));
    }

    void everyFieldIsCompared()
    {
        const Journey before = test::smallJourney();
        Journey after = before;
        Touchpoint &card = at(after, Site);
        card.title = QStringLiteral("Bank website");
        card.description.clear();
        card.channel = Channel::Chat;
        card.departmentId = after.departments[0].id;
        card.effort.minutes = 11;
        card.effort.money.currency = QStringLiteral("USD");
        card.effort.emotion = 9;
        card.painPoint = true;
        card.momentOfTruth = true;
        card.dataKey = QStringLiteral("site");
        card.notes.clear();
        const JourneyDiff diff = diffJourneys(before, after);
        QCOMPARE(diff.cards.size(), std::size_t(1));
        QCOMPARE(diff.cards[0].fields,
                 (QStringList{QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("channel"),
                              QStringLiteral("department"), QStringLiteral("time"), QStringLiteral("money"),
                              QStringLiteral("emotion"), QStringLiteral("pain point"), QStringLiteral("moment of truth"),
                              QStringLiteral("data key"), QStringLiteral("notes")}));
    }

    void removedStageAndItsCards()
    {
        const Journey before = test::smallJourney();
        Journey after = before;
        const QUuid gone = after.stages[0].id;
        after.stages.erase(after.stages.begin());
        std::erase_if(after.touchpoints, [&](const Touchpoint &card) { return card.stageId == gone; });
        after.connections.erase(after.connections.begin()); // it started at the ad
        after.lanes[0].name = QStringLiteral("Customer");
        const JourneyDiff diff = diffJourneys(before, after);
        QCOMPARE(diff.stagesRemoved, QStringList{QStringLiteral("Знакомство")});
        QCOMPARE(diff.lanesRenamed, QStringList{QStringLiteral("“Действия клиента” → “Customer”")});
        QCOMPARE(diff.cards.size(), std::size_t(2));
        QCOMPARE(diff.cards[0].kind, CardChange::Kind::Removed);
        QCOMPARE(diff.cards[0].id, before.touchpoints[Ad].id);
        QCOMPARE(diff.cards[1].id, before.touchpoints[Site].id);
        QCOMPARE(diff.cards[0].fromLane, QStringLiteral("Действия клиента")); // the old lane name
    }

    void sameResultThroughFiles()
    {
        const Workshop w = workshop();
        QVERIFY(w.before.problems().empty());
        QVERIFY(w.after.problems().empty());

        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString beforePath = folder.filePath(QStringLiteral("before.waymark"));
        const QString afterPath = folder.filePath(QStringLiteral("after.waymark"));
        FormatError error;
        QVERIFY2(writeJourneyFile(w.before, beforePath, &error), qPrintable(error.message));
        QVERIFY2(writeJourneyFile(w.after, afterPath, &error), qPrintable(error.message));
        const std::optional<Journey> before = readJourneyFile(beforePath, &error);
        QVERIFY2(before, qPrintable(error.message));
        const std::optional<Journey> after = readJourneyFile(afterPath, &error);
        QVERIFY2(after, qPrintable(error.message));

        const JourneyDiff inMemory = diffJourneys(w.before, w.after);
        const JourneyDiff fromFiles = diffJourneys(*before, *after);
        QCOMPARE(describe(fromFiles), describe(inMemory));
        QVERIFY(fromFiles == inMemory);
        QVERIFY(diffJourneys(*before, w.before).empty());
        QVERIFY(diffJourneys(*after, w.after).empty());
    }
};

QTEST_GUILESS_MAIN(TestJourneyDiff)
#include "tst_journeydiff.moc"
