#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;
using test::journeyText;

namespace {

constexpr int settleMs = 10000; // generous: notifications on one machine take milliseconds

} // namespace

class TestServerSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WAYMARK_START_POSTGRES(mServer); }

    // Each test gets its own database holding a freshly published workshop journey.
    void init()
    {
        static int next = 0;
        mDatabase = QStringLiteral("session%1").arg(++next);
        QVERIFY(mServer.createDatabase(mDatabase));
        mJourney = test::workshopJourney();
        test::TestConnection connection(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerJourneys::publish(connection.db(), mJourney, &error), qPrintable(error));
    }

    void editsReachTheOtherSession()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("민지"));
        QVERIFY(a && b);
        QCOMPARE(journeyText(a->journey()), journeyText(mJourney));
        QSignalSpy changed(b.get(), &ServerSession::changed);
        const QUuid card = mJourney.touchpoints[2].id;
        QString error;
        const auto id = a->setCardField(card, QStringLiteral("title"), QStringLiteral("Чекање у реду · 대기"), &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(a->journey().touchpoint(card)->title, QStringLiteral("Чекање у реду · 대기"));
        QTRY_COMPARE_WITH_TIMEOUT(b->lastSeenChange(), *id, settleMs);
        QCOMPARE(b->journey().touchpoint(card)->title, QStringLiteral("Чекање у реду · 대기"));
        QCOMPARE(changed.size(), 1);
        const auto change = changed.front().at(0).value<ServerChange>();
        QCOMPARE(change.entity, card);
        QCOMPARE(change.field, QStringLiteral("title"));
        QCOMPARE(change.author, QStringLiteral("Ана"));
        QCOMPARE(changed.front().at(1).toBool(), false);
        QCOMPARE(journeyText(b->journey()), journeyText(opened()));
    }

    void differentFieldsMerge()
    {
        auto a = session(QStringLiteral("a"));
        auto b = session(QStringLiteral("b"));
        QVERIFY(a && b);
        const Touchpoint card = mJourney.touchpoints[0];
        // Neither has seen the other's change when making its own: edits at once.
        Touchpoint byA = card;
        byA.title = QStringLiteral("Новый заголовок");
        byA.effort.emotion = 9;
        Touchpoint byB = card;
        byB.notes = QStringLiteral("메모");
        QString error;
        const auto idsA = a->editCard(byA, &error);
        QVERIFY2(idsA && idsA->size() == 2, qPrintable(error));
        const auto idsB = b->editCard(byB, &error);
        QVERIFY2(idsB && idsB->size() == 1, qPrintable(error));
        settle({a.get(), b.get()});
        Touchpoint merged = card;
        merged.title = byA.title;
        merged.effort.emotion = 9;
        merged.notes = byB.notes;
        QCOMPARE(*a->journey().touchpoint(card.id), merged);
        QCOMPARE(*b->journey().touchpoint(card.id), merged);
        QVERIFY(a->lostChanges().empty());
        QVERIFY(b->lostChanges().empty());
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
    }

    void sameFieldKeepsTheLaterAndTellsTheOther()
    {
        auto a = session(QStringLiteral("a"));
        auto b = session(QStringLiteral("b"));
        QVERIFY(a && b);
        const QUuid card = mJourney.touchpoints[0].id;
        QSignalSpy overwritten(a.get(), &ServerSession::overwritten);
        QString error;
        const auto first = a->setCardField(card, QStringLiteral("title"), QStringLiteral("from a"), &error);
        const auto second = b->setCardField(card, QStringLiteral("title"), QStringLiteral("from b"), &error);
        QVERIFY2(first && second, qPrintable(error));
        QVERIFY(*second > *first);
        settle({a.get(), b.get()});
        QCOMPARE(a->journey().touchpoint(card)->title, QStringLiteral("from b"));
        QCOMPARE(b->journey().touchpoint(card)->title, QStringLiteral("from b"));
        QCOMPARE(a->lostChanges().size(), std::size_t(1));
        QCOMPARE(a->lostChanges().front().mine, *first);
        QCOMPARE(a->lostChanges().front().by.id, *second);
        QCOMPARE(a->lostChanges().front().by.author, QStringLiteral("b"));
        QCOMPARE(overwritten.size(), 1);
        QVERIFY(b->lostChanges().empty());

        // Made after seeing the other's change: an ordinary edit, nobody is told.
        QVERIFY(a->setCardField(card, QStringLiteral("title"), QStringLiteral("a again"), &error));
        settle({a.get(), b.get()});
        QVERIFY(b->setCardField(card, QStringLiteral("title"), QStringLiteral("b again"), &error));
        settle({a.get(), b.get()});
        QCOMPARE(a->lostChanges().size(), std::size_t(1));
        QVERIFY(b->lostChanges().empty());
    }

    void deletingAnEditedCardIsReported()
    {
        auto a = session(QStringLiteral("a"));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        const QUuid card = mJourney.touchpoints[1].id;
        QString error;
        // a edits, b deletes without having seen the edit: a is told its edit went with the card.
        const auto edit = a->setCardField(card, QStringLiteral("notes"), QStringLiteral("важно"), &error);
        QVERIFY2(edit, qPrintable(error));
        QVERIFY2(b->deleteCard(card, &error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->journey().touchpoint(card));
        QCOMPARE(a->lostChanges().size(), std::size_t(1));
        QCOMPARE(a->lostChanges().front().mine, *edit);
        QCOMPARE(a->lostChanges().front().by.field, ServerChangeField::deleted);

        // The other way round: b deletes first, a (not having seen it) edits: refused, naming b.
        const QUuid other = mJourney.touchpoints[3].id;
        QVERIFY2(b->deleteCard(other, &error), qPrintable(error));
        QVERIFY(!a->setCardField(other, QStringLiteral("notes"), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QStringLiteral("Богдан")) && error.contains(QStringLiteral("deleted")), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
    }

    void deletingTakesItsConnections()
    {
        auto a = session(QStringLiteral("a"));
        QVERIFY(a);
        QVERIFY(!mJourney.connections.empty());
        const QUuid card = mJourney.connections.front().fromId;
        QString error;
        QVERIFY2(a->deleteCard(card, &error), qPrintable(error));
        for (const Connection &connection : a->journey().connections)
            QVERIFY(connection.fromId != card && connection.toId != card);
        QVERIFY(a->journey().connections.size() < mJourney.connections.size());
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
    }

    void insertsAtOneSpotKeepOneOrder()
    {
        auto a = session(QStringLiteral("a"));
        auto b = session(QStringLiteral("b"));
        QVERIFY(a && b);
        const Touchpoint anchor = mJourney.touchpoints[0];
        QString error;
        // Both add right after the same card without seeing each other: both stay, one order.
        for (int i = 0; i < 5; ++i) {
            for (ServerSession *s : {a.get(), b.get()}) {
                Touchpoint card = anchor;
                card.id = QUuid::createUuid();
                card.title = s->author() + QString::number(i);
                QVERIFY2(s->addCard(card, anchor.id, &error), qPrintable(error));
            }
        }
        settle({a.get(), b.get()});
        const auto cell = a->journey().cell(anchor.stageId, anchor.laneId);
        QCOMPARE(cell.front()->id, anchor.id);
        QCOMPARE(b->journey().cell(anchor.stageId, anchor.laneId).size(), cell.size());
        int added = 0;
        for (const Touchpoint *card : cell)
            added += card->title.size() == 2 ? 1 : 0;
        QCOMPARE(added, 10);
        QCOMPARE(journeyText(a->journey()), journeyText(b->journey()));
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));

        // A move to the top of another cell, and one right after the anchor.
        // The ids, not the cell: its pointers go stale as soon as a's journey changes.
        const Touchpoint target = mJourney.touchpoints.back();
        const QUuid last = cell.back()->id;
        const QUuid second = cell[1]->id;
        QVERIFY2(a->moveCard(last, target.stageId, target.laneId, {}, &error), qPrintable(error));
        QVERIFY2(b->moveCard(second, anchor.stageId, anchor.laneId, anchor.id, &error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(a->journey().cell(target.stageId, target.laneId).front()->id, last);
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
        QCOMPARE(journeyText(b->journey()), journeyText(opened()));
    }

    void dotsFollowTheVoteRules()
    {
        auto a = session(QStringLiteral("a"));
        auto b = session(QStringLiteral("b"));
        QVERIFY(a && b);
        const VoteRound &open = mJourney.votes.front();
        const QUuid person = mJourney.participants[0].id; // has one dot already
        QString error;
        // Two laptops of one participant place dots at once: the budget holds on the server.
        QVERIFY2(a->addDot(open.id, person, mJourney.touchpoints[2].id, &error), qPrintable(error));
        QVERIFY2(b->addDot(open.id, person, mJourney.touchpoints[3].id, &error), qPrintable(error));
        QVERIFY(!a->addDot(open.id, person, mJourney.touchpoints[4].id, &error));
        QVERIFY2(error.contains(open.title), qPrintable(error));
        QVERIFY(!b->addDot(mJourney.votes.back().id, person, mJourney.touchpoints[4].id, &error));
        QVERIFY2(error.contains(QStringLiteral("closed")), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(a->journey().votes.front().dots.size(), open.dots.size() + 2);
        QCOMPARE(journeyText(b->journey()), journeyText(opened()));
    }

    void commentsArrive()
    {
        auto a = session(QStringLiteral("a"));
        auto b = session(QStringLiteral("b"));
        QVERIFY(a && b);
        Comment comment;
        comment.id = QUuid::createUuid();
        comment.parentId = mJourney.comments.front().id;
        comment.target = CommentTarget::Card;
        comment.targetId = mJourney.touchpoints[0].id;
        comment.author = QStringLiteral("b");
        comment.time = QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);
        comment.text = QStringLiteral("Согласна — 동의");
        QString error;
        QVERIFY2(b->addComment(comment, &error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(a->journey().comments.back(), comment);
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
    }

    void brokenChangesAreRefusedBeforeWriting()
    {
        auto a = session(QStringLiteral("a"));
        QVERIFY(a);
        const QUuid card = mJourney.touchpoints[0].id;
        QString error;
        QJsonObject effort = a->parts().cards.at(card).fields[QStringLiteral("effort")].toObject();
        effort[QStringLiteral("emotion")] = 42;
        QVERIFY(!a->setCardField(card, QStringLiteral("effort"), effort, &error));
        QVERIFY2(error.contains(QStringLiteral("effort")), qPrintable(error));
        QVERIFY(!a->setCardField(card, QStringLiteral("colour"), QStringLiteral("red"), &error));
        QVERIFY2(error.contains(QStringLiteral("colour")), qPrintable(error));
        QVERIFY(!a->addDot(mJourney.votes.front().id, QUuid::createUuid(), card, &error));
        QVERIFY2(error.contains(QStringLiteral("participant")), qPrintable(error));
        QCOMPARE(mServer.psql(mDatabase, QStringLiteral("SELECT count(*) FROM changes")).value_or(QString()).trimmed(), QStringLiteral("0"));
        QCOMPARE(a->lastSeenChange(), 0);
    }

    void aSessionAwayCatchesUpByChangeId()
    {
        auto a = session(QStringLiteral("a"));
        auto b = session(QStringLiteral("b"));
        QVERIFY(a && b);
        a->disconnectFromServer();
        QString error;
        QVERIFY(!a->setCardField(mJourney.touchpoints[0].id, QStringLiteral("notes"), QStringLiteral("offline"), &error));
        qint64 last = 0;
        for (int i = 0; i < 5; ++i) {
            const auto id = b->setCardField(mJourney.touchpoints[i].id, QStringLiteral("notes"), QStringLiteral("пока тебя не было %1").arg(i), &error);
            QVERIFY2(id, qPrintable(error));
            last = *id;
        }
        QVERIFY(a->lastSeenChange() < last);
        QVERIFY2(a->connectToServer(&error), qPrintable(error));
        QCOMPARE(a->lastSeenChange(), last);
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));

        // Dropped by the server (not by us): the next write notices, and a reconnect catches up.
        QSignalSpy lost(a.get(), &ServerSession::connectionLost);
        QVERIFY(mServer.psql(mDatabase, QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '%1'")
                                            .arg(a->applicationName())));
        QVERIFY2(b->setCardField(mJourney.touchpoints[0].id, QStringLiteral("title"), QStringLiteral("while a was dropped"), &error), qPrintable(error));
        QVERIFY(!a->setCardField(mJourney.touchpoints[1].id, QStringLiteral("title"), QStringLiteral("lost line"), &error));
        QVERIFY(!a->isConnected());
        QCOMPARE(lost.size(), 1);
        QVERIFY2(a->connectToServer(&error), qPrintable(error));
        QCOMPARE(a->journey().touchpoint(mJourney.touchpoints[0].id)->title, QStringLiteral("while a was dropped"));
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
    }

    void undoRevertsOnlyOwnChanges()
    {
        auto a = session(QStringLiteral("a"));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        const Touchpoint card = mJourney.touchpoints[0];
        QString error;
        QVERIFY(!a->canUndo());

        // A field: back to what it was, for everyone.
        QVERIFY2(a->setCardField(card.id, QStringLiteral("title"), QStringLiteral("оопс"), &error), qPrintable(error));
        QVERIFY(a->canUndo());
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(b->journey().touchpoint(card.id)->title, card.title);
        QVERIFY(!a->canUndo()); // an undo is not itself undone

        // Someone changed the field since: refused, naming them; their value stays.
        QVERIFY2(a->setCardField(card.id, QStringLiteral("notes"), QStringLiteral("a's"), &error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY2(b->setCardField(card.id, QStringLiteral("notes"), QStringLiteral("Bogdan's"), &error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->undo(&error));
        QVERIFY2(error.contains(QStringLiteral("Богдан")) && error.contains(QStringLiteral("notes")), qPrintable(error));
        QCOMPARE(a->journey().touchpoint(card.id)->notes, QStringLiteral("Bogdan's"));

        // A move, while someone else edits another field of the card: the move is undone,
        // their edit stays (per field, not the whole card).
        const Touchpoint target = mJourney.touchpoints.back();
        QVERIFY(target.stageId != card.stageId || target.laneId != card.laneId);
        const auto cellBefore = a->journey().cell(card.stageId, card.laneId);
        QVERIFY2(a->moveCard(card.id, target.stageId, target.laneId, {}, &error), qPrintable(error));
        QVERIFY2(b->setCardField(card.id, QStringLiteral("description"), QStringLiteral("설명"), &error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        const auto cellAfter = b->journey().cell(card.stageId, card.laneId);
        QCOMPARE(cellAfter.size(), cellBefore.size());
        for (std::size_t i = 0; i < cellAfter.size(); ++i)
            QCOMPARE(cellAfter[i]->id, cellBefore[i]->id);
        QCOMPARE(b->journey().touchpoint(card.id)->description, QStringLiteral("설명"));

        // A deletion: the card comes back to its place.
        const Touchpoint second = mJourney.touchpoints[1];
        const auto secondCell = a->journey().cell(second.stageId, second.laneId);
        QVERIFY2(a->deleteCard(second.id, &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(*b->journey().touchpoint(second.id), *a->journey().touchpoint(second.id));
        QCOMPARE(b->journey().touchpoint(second.id)->title, second.title);
        QCOMPARE(b->journey().cell(second.stageId, second.laneId).size(), secondCell.size());

        // A card of ours someone has edited since is not taken away from them.
        Touchpoint added = card;
        added.id = QUuid::createUuid();
        QVERIFY2(a->addCard(added, {}, &error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY2(b->setCardField(added.id, QStringLiteral("title"), QStringLiteral("mine now"), &error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->undo(&error));
        QVERIFY2(error.contains(QStringLiteral("Богдан")), qPrintable(error));
        QVERIFY(a->journey().touchpoint(added.id));
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
    }

    // Imported data is read once and stays with the journey through live edits.
    void datasetsStayThroughLiveEdits()
    {
        Journey journey = test::workshopJourney();
        journey.datasets.push_back(DatasetRef(test::importedDataset(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-nps.csv"),
                                                                    QStringLiteral("nps"))));
        {
            test::TestConnection connection(mServer, mDatabase);
            QString error;
            QVERIFY2(ServerJourneys::publish(connection.db(), journey, &error), qPrintable(error));
        }
        mJourney = journey; // what session() and opened() use
        auto a = session(QStringLiteral("a"));
        auto b = session(QStringLiteral("b"));
        QVERIFY(a && b);
        QCOMPARE(a->journey().datasets.size(), std::size_t(1));
        QString error;
        QVERIFY2(a->setCardField(journey.touchpoints[0].id, QStringLiteral("dataKey"), QStringLiteral("open-app"), &error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(b->journey().datasets, journey.datasets);
        QCOMPARE(journeyText(b->journey()), journeyText(opened()));
    }

    void clearMessagesWhenThereIsNothingToOpen()
    {
        QString error;
        const QUuid unknown = QUuid::createUuid();
        ServerSession missingJourney(test::addressOf(mServer, mDatabase), unknown, QStringLiteral("a"));
        QVERIFY(!missingJourney.connectToServer(&error));
        QVERIFY2(error.contains(unknown.toString(QUuid::WithoutBraces)), qPrintable(error));
        QVERIFY(!missingJourney.isConnected());
        ServerSession missingDatabase(test::addressOf(mServer, QStringLiteral("nosuchdb")), mJourney.id, QStringLiteral("a"));
        QVERIFY(!missingDatabase.connectToServer(&error));
        QVERIFY2(error.contains(QStringLiteral("nosuchdb")), qPrintable(error));
        QVERIFY(!missingDatabase.setCardField(mJourney.touchpoints[0].id, QStringLiteral("title"), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QStringLiteral("not connected")), qPrintable(error));
    }

    void serverRestartMidWorkshop()
    {
        auto a = session(QStringLiteral("a"));
        auto b = session(QStringLiteral("b"));
        QVERIFY(a && b);
        QString error;
        const auto before = a->setCardField(mJourney.touchpoints[0].id, QStringLiteral("title"), QStringLiteral("до перезапуска"), &error);
        QVERIFY2(before, qPrintable(error));
        mServer.stop();
        QVERIFY2(mServer.start(), qPrintable(mServer.error()));
        // The next write finds the connection gone and says so; nothing half-written stays.
        QSignalSpy lost(b.get(), &ServerSession::connectionLost);
        QVERIFY(!b->setCardField(mJourney.touchpoints[1].id, QStringLiteral("title"), QStringLiteral("lost"), &error));
        QCOMPARE(lost.size(), 1);
        QVERIFY(!b->isConnected());
        QVERIFY2(b->connectToServer(&error), qPrintable(error));
        QCOMPARE(b->journey().touchpoint(mJourney.touchpoints[0].id)->title, QStringLiteral("до перезапуска"));
        const auto after = b->setCardField(mJourney.touchpoints[1].id, QStringLiteral("title"), QStringLiteral("после"), &error);
        QVERIFY2(after, qPrintable(error));
        QVERIFY2(a->catchUp(&error) || (a->connectToServer(&error)), qPrintable(error));
        QCOMPARE(a->lastSeenChange(), *after);
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
        QCOMPARE(journeyText(b->journey()), journeyText(opened()));
    }

private:
    std::unique_ptr<ServerSession> session(const QString &author)
    {
        return test::authorSession(mServer, mDatabase, mJourney.id, author);
    }

    // Until every session has applied the newest change in the database.
    void settle(std::initializer_list<ServerSession *> sessions)
    {
        test::settleSessions(mServer, mDatabase, sessions, settleMs);
    }

    Journey opened() { return test::journeyOnServer(mServer, mDatabase, mJourney.id); }

    PostgresServer mServer;
    QString mDatabase;
    Journey mJourney;
};

QTEST_GUILESS_MAIN(TestServerSession)
#include "tst_serversession.moc"
