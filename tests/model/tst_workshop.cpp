// The workshop around the map: dot-vote rules and ranking, who wrote a card, comments in
// both file formats, and review mode letting only comments through.
#include "commands/addentity.h"
#include "commands/addtouchpoint.h"
#include "commands/editentity.h"
#include "commands/removeentity.h"
#include "format/journeyfiles.h"
#include "journeydocument.h"
#include "workshop/voting.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace waymark;

namespace {

QUuid fixed(int n)
{
    return QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

// One stage, one lane; cards 11–13 are pain points, 14 is not. Three participants.
Journey workshopJourney()
{
    Journey j;
    j.id = fixed(1);
    j.title = QStringLiteral("Открыть счёт");
    j.departments = {{fixed(2), QStringLiteral("Filijala"), QColor(0x1f, 0x77, 0xb4)}};
    j.stages = {{fixed(3), QStringLiteral("Apply"), {}}};
    j.lanes = {{fixed(4), QStringLiteral("Touchpoints"), LaneKind::Touchpoints, OfficeZone::Customer, {}}};
    for (int n = 11; n <= 14; ++n) {
        Touchpoint card;
        card.id = fixed(n);
        card.stageId = fixed(3);
        card.laneId = fixed(4);
        card.title = QStringLiteral("Card %1").arg(n);
        card.effort.money.currency = QStringLiteral("EUR");
        card.painPoint = n != 14;
        j.touchpoints.push_back(card);
    }
    j.participants = {{fixed(21), QStringLiteral("Ана"), fixed(2), QColor(Qt::red)},
                      {fixed(22), QStringLiteral("Ben"), {}, QColor(Qt::blue)},
                      {fixed(23), QStringLiteral("지수"), fixed(2), QColor(Qt::darkGreen)}};
    return j;
}

VoteRound round3(bool hidden = false)
{
    VoteRound round;
    round.id = fixed(31);
    round.title = QStringLiteral("Worst pain");
    round.budget = 3;
    round.hidden = hidden;
    round.startedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    return round;
}

} // namespace

class TestWorkshop : public QObject
{
    Q_OBJECT
private slots:
    void budgetIsEnforced()
    {
        const Journey journey = workshopJourney();
        VoteRound round = round3();
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!Voting::whyNotCast(journey, round, fixed(21), fixed(11 + i)));
            round = Voting::withDot(round, fixed(21), fixed(11 + i));
        }
        QCOMPARE(Voting::dotsLeft(round, fixed(21)), 0);
        const auto refused = Voting::whyNotCast(journey, round, fixed(21), fixed(12));
        QVERIFY(refused);
        QVERIFY2(refused->contains(QStringLiteral("Ана")) && refused->contains(QStringLiteral("3")), qPrintable(*refused));
        // Others still have their own budget; two dots on one card are allowed.
        QVERIFY(!Voting::whyNotCast(journey, round, fixed(22), fixed(11)));
        round = Voting::withDot(Voting::withDot(round, fixed(22), fixed(11)), fixed(22), fixed(11));
        QCOMPARE(Voting::dotsOn(round, fixed(11)), 3);
        QCOMPARE(Voting::dotsLeft(round, fixed(22)), 1);

        // Taking a dot back frees it; only one's own dots come back.
        QVERIFY(Voting::whyNotTakeBack(round, fixed(23), fixed(11)));
        QVERIFY(!Voting::whyNotTakeBack(round, fixed(21), fixed(11)));
        round = Voting::withoutDot(round, fixed(21), fixed(11));
        QCOMPARE(Voting::dotsLeft(round, fixed(21)), 1);
        QCOMPARE(Voting::dotsOn(round, fixed(11)), 2);

        // Not a pain point, nobody voting, a closed vote: each refused with a reason.
        QVERIFY(Voting::whyNotCast(journey, round, fixed(22), fixed(14)));
        QVERIFY(Voting::whyNotCast(journey, round, QUuid(), fixed(11)));
        round.scope = VoteScope::AllCards;
        QVERIFY(!Voting::whyNotCast(journey, round, fixed(22), fixed(14)));
        round.closed = true;
        QVERIFY(Voting::whyNotCast(journey, round, fixed(22), fixed(14)));
        QVERIFY(Voting::whyNotTakeBack(round, fixed(22), fixed(11)));
    }

    void hiddenUntilClosed()
    {
        VoteRound round = round3(true);
        QVERIFY(!Voting::dotsVisible(round));
        round.closed = true;
        QVERIFY(Voting::dotsVisible(round));
        QVERIFY(Voting::dotsVisible(round3(false)));
    }

    void rankingWithTies()
    {
        const Journey journey = workshopJourney();
        VoteRound round = round3();
        round.scope = VoteScope::AllCards;
        // Card 12: 3 dots, card 13: 3 dots, card 11: 1 dot, card 14: 2 dots.
        const std::vector<std::pair<int, int>> dots{{21, 12}, {21, 13}, {21, 14}, {22, 12}, {22, 13},
                                                    {22, 11}, {23, 12}, {23, 13}, {23, 14}};
        for (const auto &[who, card] : dots)
            round = Voting::withDot(round, fixed(who), fixed(card));
        const auto ranked = Voting::ranking(journey, round);
        QCOMPARE(ranked.size(), std::size_t(4));
        // Ties keep map order (12 before 13) and share rank 1; next is rank 3 (competition ranking).
        QCOMPARE(ranked[0].touchpointId, fixed(12));
        QCOMPARE(ranked[1].touchpointId, fixed(13));
        QCOMPARE(ranked[0].rank, 1);
        QCOMPARE(ranked[1].rank, 1);
        QVERIFY(ranked[0].tied && ranked[1].tied);
        QCOMPARE(ranked[2].touchpointId, fixed(14));
        QCOMPARE(ranked[2].rank, 3);
        QCOMPARE(ranked[2].dots, 2);
        QVERIFY(!ranked[2].tied);
        QCOMPARE(ranked[3].rank, 4);

        // A pain-point vote leaves card 14 out; a deleted card's dots do not rank.
        round.scope = VoteScope::PainPoints;
        QCOMPARE(Voting::ranking(journey, round).size(), std::size_t(3));
        Journey without = journey;
        without.touchpoints.erase(without.touchpoints.begin() + 1); // card 12
        const auto afterDelete = Voting::ranking(without, round);
        QCOMPARE(afterDelete.front().touchpointId, fixed(13));
        QCOMPARE(afterDelete.front().rank, 1);
        QVERIFY(!afterDelete.front().tied);

        // CSV: BOM, header with every participant, one line per ranked card.
        const QByteArray csv = Voting::rankingCsv(journey, round);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csv.mid(3).split('\n');
        QCOMPARE(lines[0].trimmed(), QStringLiteral("Rank,Dots,Card,Stage,Lane,Ана,Ben,지수").toUtf8());
        QCOMPARE(lines[1].trimmed(), QByteArray("1,3,Card 12,Apply,Touchpoints,1,1,1"));
        QCOMPARE(lines[3].trimmed(), QByteArray("3,1,Card 11,Apply,Touchpoints,0,1,0"));
    }

    void problemsInVotes()
    {
        Journey journey = workshopJourney();
        VoteRound round = round3();
        for (int i = 0; i < 4; ++i)
            round.dots.push_back({fixed(21), fixed(11)});
        round.dots.push_back({fixed(99), fixed(11)});
        journey.votes = {round};
        const auto problems = journey.problems();
        QCOMPARE(problems.size(), std::size_t(2));
        QCOMPARE(problems[0].path, QStringLiteral("/votes/0/dots/3"));
        QCOMPARE(problems[1].path, QStringLiteral("/votes/0/dots/4"));
    }

    void newCardsRecordTheirAuthor()
    {
        JourneyDocument document(workshopJourney());
        Touchpoint before;
        before.stageId = fixed(3);
        before.laneId = fixed(4);
        auto *first = new AddTouchpoint(&document, before);
        document.push(first);
        QVERIFY(document.journey().touchpoint(first->cardId())->authorId.isNull());

        QSignalSpy spy(&document, &JourneyDocument::activeParticipantChanged);
        document.setActiveParticipant(fixed(23));
        QCOMPARE(spy.count(), 1);
        auto *second = new AddTouchpoint(&document, before);
        document.push(second);
        const Touchpoint *card = document.journey().touchpoint(second->cardId());
        QCOMPARE(card->authorId, fixed(23));
        // Their department comes with them.
        QCOMPARE(document.journey().participant(card->authorId)->departmentId, fixed(2));
        // Undo and redo keep the author.
        document.undoStack()->undo();
        document.undoStack()->redo();
        QCOMPARE(document.journey().touchpoint(second->cardId())->authorId, fixed(23));

        // Removing the participant who has the floor hands it back to nobody.
        document.push(new RemoveEntity<Participant>(&document, fixed(23)));
        QVERIFY(document.activeParticipant().isNull());
    }

    void commentsAndVotesRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("native") << "workshop.waymark";
        QTest::newRow("json") << "workshop.waymark.json";
    }
    void commentsAndVotesRoundTrip()
    {
        QFETCH(QString, name);
        Journey journey = workshopJourney();
        journey.touchpoints[0].authorId = fixed(22);
        VoteRound round = round3(true);
        round.minutes = 5;
        round.dots = {{fixed(21), fixed(11)}, {fixed(22), fixed(11)}, {fixed(23), fixed(13)}};
        VoteRound closed = round3();
        closed.id = fixed(32);
        closed.scope = VoteScope::Opportunities;
        closed.closed = true;
        closed.startedAt = {};
        journey.votes = {round, closed};
        journey.agenda = {{fixed(41), QStringLiteral("Map the stages"), true}, {fixed(42), QStringLiteral("Vote"), false}};
        Comment first;
        first.id = fixed(51);
        first.target = CommentTarget::Card;
        first.targetId = fixed(12);
        first.author = QStringLiteral("Јелена");
        first.departmentId = fixed(2);
        first.time = QDateTime(QDate(2026, 11, 24), QTime(9, 30, 15), Qt::UTC);
        first.text = QStringLiteral("Who owns this wait?\nLine two, \"quoted\" 📌");
        Comment reply = first;
        reply.id = fixed(52);
        reply.parentId = fixed(51);
        reply.author = QStringLiteral("민준");
        reply.departmentId = {};
        reply.text = QStringLiteral("We do — fixed next sprint.");
        reply.resolved = true;
        Comment onStage = first;
        onStage.id = fixed(53);
        onStage.target = CommentTarget::Stage;
        onStage.targetId = fixed(3);
        Comment onJourney = first;
        onJourney.id = fixed(54);
        onJourney.target = CommentTarget::Journey;
        onJourney.targetId = {};
        journey.comments = {first, reply, onStage, onJourney};
        QVERIFY(journey.problems().empty());

        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        FormatError error;
        QVERIFY2(writeJourneyFile(journey, path, &error), qPrintable(error.toString()));
        const auto back = readJourneyFile(path, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QVERIFY(back->participants == journey.participants);
        QVERIFY(back->votes == journey.votes);
        QVERIFY(back->agenda == journey.agenda);
        QVERIFY(back->comments == journey.comments);
        QVERIFY(back->sameContent(journey));
    }

    void brokenWorkshopJsonSaysWhere()
    {
        Journey journey = workshopJourney();
        journey.votes = {round3()};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.waymark.json"));
        FormatError error;
        QVERIFY(writeJourneyFile(journey, path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        text.replace("\"scope\": \"pain-points\"", "\"scope\": \"everything\"");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();
        QVERIFY(!readJourneyFile(path, &error));
        QCOMPARE(error.path, QStringLiteral("/votes/0/scope"));
        QVERIFY2(error.message.contains(QStringLiteral("everything")), qPrintable(error.message));
    }

    void reviewModeAcceptsOnlyComments()
    {
        JourneyDocument document(workshopJourney());
        document.setReviewOnly(true);
        QSignalSpy refused(&document, &JourneyDocument::editRefused);
        const Journey before = document.journey();

        QVERIFY(!document.push(new AddEntity<Stage>(&document, Stage{{}, QStringLiteral("New"), {}})));
        Touchpoint edited = before.touchpoints[0];
        edited.title = QStringLiteral("Changed in review");
        QVERIFY(!document.push(new EditEntity<Touchpoint>(&document, edited)));
        QVERIFY(!document.push(new RemoveEntity<Participant>(&document, fixed(21))));
        QCOMPARE(refused.count(), 3);
        QCOMPARE(refused.at(0).at(0).toString(), QStringLiteral("Add stage"));
        QVERIFY(document.journey() == before);
        QCOMPARE(document.undoStack()->count(), 0);

        Comment comment;
        comment.target = CommentTarget::Card;
        comment.targetId = fixed(11);
        comment.author = QStringLiteral("Head of Operations");
        comment.time = QDateTime::currentDateTimeUtc();
        comment.text = QStringLiteral("Ours — we will look at it.");
        QVERIFY(document.push(new AddEntity<Comment>(&document, comment)));
        QCOMPARE(document.journey().comments.size(), std::size_t(1));
        Comment resolved = document.journey().comments[0];
        resolved.resolved = true;
        QVERIFY(document.push(new EditEntity<Comment>(&document, resolved)));
        QVERIFY(document.journey().comments[0].resolved);
        document.undoStack()->undo();
        document.undoStack()->undo();
        QVERIFY(document.journey() == before);
        QCOMPARE(refused.count(), 3);
    }
};

QTEST_GUILESS_MAIN(TestWorkshop)
#include "tst_workshop.moc"
