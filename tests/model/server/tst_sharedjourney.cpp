// The live bridge (issue 21, the window half): two "windows" — each a JourneyDocument edited
// through commands, as the window does, with its own session and SharedJourney — on one
// journey published on a throwaway PostgreSQL server.
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include "commands/addentity.h"
#include "commands/addtouchpoint.h"
#include "commands/changedot.h"
#include "commands/datasetcommands.h"
#include "commands/editentity.h"
#include "commands/movetouchpoints.h"
#include "commands/removetouchpoints.h"
#include "journeydocument.h"
#include "server/serverpresence.h"
#include "server/sharedjourney.h"

#include <QSignalSpy>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;

namespace {

constexpr int settleMs = 10000; // generous: notifications on one machine take milliseconds

// One person's window without widgets: the document the views would show, its session and
// the bridge between them.
struct Window {
    std::unique_ptr<ServerSession> session;
    std::unique_ptr<JourneyDocument> document;
    std::unique_ptr<SharedJourney> shared;
    QStringList refusals;
};

QString cardsText(const Journey &journey)
{
    Journey cards;
    cards.touchpoints = journey.touchpoints;
    cards.connections = journey.connections;
    cards.comments = journey.comments;
    cards.votes = journey.votes;
    return test::journeyText(cards);
}

QList<QUuid> cell(const Journey &journey, const QUuid &stage, const QUuid &lane)
{
    QList<QUuid> ids;
    for (const Touchpoint &card : journey.touchpoints) {
        if (card.stageId == stage && card.laneId == lane)
            ids.append(card.id);
    }
    return ids;
}

} // namespace

class TestSharedJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WAYMARK_START_POSTGRES(mServer); }

    void init()
    {
        static int next = 0;
        mDatabase = QStringLiteral("shared%1").arg(++next);
        QVERIFY(mServer.createDatabase(mDatabase));
        mJourney = test::workshopJourney();
        test::TestConnection connection(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerJourneys::publish(connection.db(), mJourney, &error), qPrintable(error));
    }

    // Every kind of card edit made through one window's document reaches the other window's
    // document through the model's ordinary signals.
    void editsReachTheOtherWindow()
    {
        auto a = open(QStringLiteral("Ана"));
        auto b = open(QStringLiteral("민지"));
        QVERIFY(a && b);
        QSignalSpy changedInB(b->document.get(), &JourneyDocument::touchpointFieldsChanged);
        QSignalSpy insertedInB(b->document.get(), &JourneyDocument::touchpointInserted);
        QSignalSpy movedInB(b->document.get(), &JourneyDocument::touchpointsMoved);
        QSignalSpy removedInB(b->document.get(), &JourneyDocument::touchpointRemoved);
        JourneyDocument *doc = a->document.get();

        // A field.
        Touchpoint card = doc->journey().touchpoints[0];
        card.title = QStringLiteral("Очередь в отделении · 대기");
        card.effort.emotion = 8;
        doc->push(new EditTouchpoint(doc, card));
        QTRY_COMPARE_WITH_TIMEOUT(b->document->journey().touchpoint(card.id)->title, card.title, settleMs);
        QTRY_COMPARE_WITH_TIMEOUT(b->document->journey().touchpoint(card.id)->effort.emotion, 8, settleMs);
        QVERIFY(!changedInB.isEmpty());
        QCOMPARE(changedInB.front().at(0).value<QUuid>(), card.id);

        // A new card, first in its cell.
        const Touchpoint first = doc->journey().touchpoints[0];
        Touchpoint added;
        added.id = QUuid::createUuid();
        added.stageId = first.stageId;
        added.laneId = first.laneId;
        added.title = QStringLiteral("Нова картица");
        doc->push(new AddTouchpoint(doc, added, 0));
        QTRY_VERIFY_WITH_TIMEOUT(b->document->journey().touchpoint(added.id), settleMs);
        QCOMPARE(insertedInB.size(), 1);
        QCOMPARE(cell(b->document->journey(), first.stageId, first.laneId), cell(doc->journey(), first.stageId, first.laneId));

        // A move to another cell, at its end.
        const Touchpoint last = doc->journey().touchpoints.back(); // a copy: the move reorders the list
        doc->push(new MoveTouchpoints(doc, {added.id}, last.stageId, last.laneId, -1));
        QTRY_COMPARE_WITH_TIMEOUT(cell(b->document->journey(), last.stageId, last.laneId), cell(doc->journey(), last.stageId, last.laneId), settleMs);
        QVERIFY(!movedInB.isEmpty());

        // A comment and a dot.
        Comment comment;
        comment.id = QUuid::createUuid();
        comment.target = CommentTarget::Card;
        comment.targetId = added.id;
        comment.author = QStringLiteral("Ана");
        comment.time = QDateTime(QDate(2026, 12, 4), QTime(11, 0), Qt::UTC);
        comment.text = QStringLiteral("Зачем здесь?");
        doc->push(new AddEntity<Comment>(doc, comment));
        doc->setActiveParticipant(doc->journey().participants[2].id);
        QString why;
        QVERIFY2(changeDot(doc, added.id, DotChange::Place, &why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(b->document->journey().comments.size(), doc->journey().comments.size(), settleMs);
        QTRY_COMPARE_WITH_TIMEOUT(b->document->journey().votes[0].dots.size(), doc->journey().votes[0].dots.size(), settleMs);

        // A deletion.
        doc->push(new RemoveTouchpoints(doc, {card.id}));
        QTRY_VERIFY_WITH_TIMEOUT(!b->document->journey().touchpoint(card.id), settleMs);
        QVERIFY(!removedInB.isEmpty());

        QVERIFY2(a->refusals.isEmpty(), qPrintable(a->refusals.join(QLatin1Char('\n'))));
        QCOMPARE(cardsText(b->document->journey()), cardsText(doc->journey()));
        QCOMPARE(cardsText(opened()), cardsText(doc->journey()));
        // The server holds the journey: nothing for the window to ask about on closing.
        QVERIFY(!doc->isModified());
    }

    // A drag within a cell sends the dragged card only, so someone else's concurrent move of
    // a neighbour is not overwritten.
    void aMoveInACellSendsOnlyTheMovedCard()
    {
        auto a = open(QStringLiteral("a"));
        QVERIFY(a);
        JourneyDocument *doc = a->document.get();
        // The fullest cell.
        QList<QUuid> ids;
        Touchpoint where;
        for (const Touchpoint &card : doc->journey().touchpoints) {
            const QList<QUuid> here = cell(doc->journey(), card.stageId, card.laneId);
            if (here.size() > ids.size()) {
                ids = here;
                where = card;
            }
        }
        QVERIFY2(ids.size() >= 3, "the test journey needs a cell with three cards");
        QSignalSpy changes(a->session.get(), &ServerSession::changed);
        doc->push(new MoveTouchpoints(doc, {ids.back()}, where.stageId, where.laneId, 0));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.front().at(0).value<ServerChange>().entity, ids.back());
        QCOMPARE(cell(a->session->journey(), where.stageId, where.laneId), cell(doc->journey(), where.stageId, where.laneId));
    }

    void undoTakesBackOnlyOwnChanges()
    {
        auto a = open(QStringLiteral("Ана"));
        auto b = open(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        const Touchpoint before = a->document->journey().touchpoints[1];
        Touchpoint mine = before;
        mine.title = QStringLiteral("Мой заголовок");
        a->document->push(new EditTouchpoint(a->document.get(), mine));
        QTRY_COMPARE_WITH_TIMEOUT(b->document->journey().touchpoint(before.id)->title, mine.title, settleMs);
        // Богдан changes another field of the same card after seeing Ана's title.
        Touchpoint theirs = *b->document->journey().touchpoint(before.id);
        theirs.notes = QStringLiteral("Примітка Богдана");
        b->document->push(new EditTouchpoint(b->document.get(), theirs));
        QTRY_COMPARE_WITH_TIMEOUT(a->document->journey().touchpoint(before.id)->notes, theirs.notes, settleMs);

        QVERIFY(a->shared->canUndo());
        QString error;
        QVERIFY2(a->shared->undo(&error), qPrintable(error));
        QCOMPARE(a->document->journey().touchpoint(before.id)->title, before.title);
        QCOMPARE(a->document->journey().touchpoint(before.id)->notes, theirs.notes); // not Ана's to undo
        QTRY_COMPARE_WITH_TIMEOUT(b->document->journey().touchpoint(before.id)->title, before.title, settleMs);
        QCOMPARE(b->document->journey().touchpoint(before.id)->notes, theirs.notes);
        QVERIFY(!a->shared->canUndo());
    }

    void undoRefusesWhenSomeoneChangedItSince()
    {
        auto a = open(QStringLiteral("Ана"));
        auto b = open(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        const QUuid id = a->document->journey().touchpoints[1].id;
        Touchpoint mine = *a->document->journey().touchpoint(id);
        mine.title = QStringLiteral("Ана была здесь");
        a->document->push(new EditTouchpoint(a->document.get(), mine));
        QTRY_COMPARE_WITH_TIMEOUT(b->document->journey().touchpoint(id)->title, mine.title, settleMs);
        Touchpoint theirs = *b->document->journey().touchpoint(id);
        theirs.title = QStringLiteral("Богдан был позже");
        b->document->push(new EditTouchpoint(b->document.get(), theirs));
        QTRY_COMPARE_WITH_TIMEOUT(a->document->journey().touchpoint(id)->title, theirs.title, settleMs);

        QString error;
        QVERIFY(!a->shared->undo(&error));
        QVERIFY2(error.contains(QStringLiteral("Богдан")), qPrintable(error));
        QCOMPARE(a->document->journey().touchpoint(id)->title, theirs.title);
    }

    // A step the session cannot share — any step while it is disconnected and keeps nothing
    // offline (the command line's sessions) — is taken back with the reason, never kept on one
    // laptop only. (Survey and purchase data is shared since schema 8: tst_serverdatasets; the
    // agenda since schema 7: tst_serverjourneylive; stages, lanes and departments:
    // tst_serverstructure; arrows, personas and participants: tst_serverarrows.)
    void whatCannotBeSharedIsTakenBack()
    {
        auto a = open(QStringLiteral("a"));
        QVERIFY(a);
        const std::size_t datasets = a->document->journey().datasets.size();
        a->session->disconnectFromServer();
        Dataset survey;
        survey.id = QUuid::createUuid();
        survey.name = QStringLiteral("Опрос");
        a->document->push(new AddDataset(a->document.get(), survey));
        QCOMPARE(a->document->journey().datasets.size(), datasets);
        QCOMPARE(a->refusals.size(), 1);
        QVERIFY2(a->refusals.front().contains(QStringLiteral("Not connected to the server")), qPrintable(a->refusals.front()));
        QCOMPARE(cardsText(a->document->journey()), cardsText(opened()));
        QCOMPARE(opened().datasets.size(), datasets);
    }

    // An edit of a card someone deleted meanwhile: the server refuses it, the window shows
    // the card gone and says who deleted it.
    void anEditTheServerRefusesIsTakenBack()
    {
        auto a = open(QStringLiteral("Ана"));
        auto b = open(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        const QUuid id = a->document->journey().touchpoints[2].id;
        b->document->push(new RemoveTouchpoints(b->document.get(), {id}));
        // Ана has not seen it yet (no events processed): her edit goes to a deleted card.
        Touchpoint mine = *a->document->journey().touchpoint(id);
        mine.title = QStringLiteral("Правка");
        a->document->push(new EditTouchpoint(a->document.get(), mine));
        QCOMPARE(a->refusals.size(), 1);
        QVERIFY2(a->refusals.front().contains(QStringLiteral("Богдан")), qPrintable(a->refusals.front()));
        QTRY_VERIFY_WITH_TIMEOUT(!a->document->journey().touchpoint(id), settleMs);
        QCOMPARE(cardsText(a->document->journey()), cardsText(opened()));
    }

    // Who has the journey open: everyone learns of a newcomer and of one who leaves.
    void whoIsConnected()
    {
        auto a = open(QStringLiteral("Ана"));
        auto b = open(QStringLiteral("민지"));
        QVERIFY(a && b);
        ServerPresence inA(a->session.get());
        QCOMPARE(inA.people(), QStringList{QStringLiteral("Ана")});
        ServerPresence inB(b->session.get());
        const QStringList both{QStringLiteral("Ана"), QStringLiteral("민지")};
        QTRY_COMPARE_WITH_TIMEOUT(inA.people(), both, settleMs);
        QTRY_COMPARE_WITH_TIMEOUT(inB.people(), both, settleMs);
        QSignalSpy changed(&inA, &ServerPresence::changed);
        b->session->disconnectFromServer(); // says bye
        QTRY_COMPARE_WITH_TIMEOUT(inA.people(), QStringList{QStringLiteral("Ана")}, settleMs);
        QCOMPARE(changed.size(), 1);
    }

private:
    std::unique_ptr<Window> open(const QString &author)
    {
        auto window = std::make_unique<Window>();
        window->session = std::make_unique<ServerSession>(test::addressOf(mServer, mDatabase), mJourney.id, author);
        QString error;
        if (!window->session->connectToServer(&error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        window->document = std::make_unique<JourneyDocument>(window->session->journey());
        window->shared = std::make_unique<SharedJourney>(window->document.get(), window->session.get());
        QObject::connect(window->shared.get(), &SharedJourney::refused, window->shared.get(),
                         [w = window.get()](const QString &why) { w->refusals << why; });
        return window;
    }

    Journey opened() { return test::journeyOnServer(mServer, mDatabase, mJourney.id); }

    PostgresServer mServer;
    QString mDatabase;
    Journey mJourney;
};

QTEST_GUILESS_MAIN(TestSharedJourney)
#include "tst_sharedjourney.moc"
