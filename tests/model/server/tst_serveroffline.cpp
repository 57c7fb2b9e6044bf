// Off the network (issue 21, "unplugging the server for a minute loses nothing"): edits made
// while the connection is down are queued in the recovery store's folder, stay on the journey,
// survive the session (a crash or a closed window), and replay in order when the connection
// is back; an edit whose field someone changed meanwhile is reported, never silently lost.
// Each test stops and starts the throwaway server or drops one session's connection;
// together about 10 s on the 2-core CI machine, mostly the server's restarts.
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include "commands/editentity.h"
#include "journeydocument.h"
#include "server/offlinequeue.h"
#include "server/sharedjourney.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;
using test::journeyText;

namespace {

constexpr int settleMs = 10000; // generous: notifications on one machine take milliseconds

QStringList queueFiles(const QString &directory)
{
    return QDir(directory).entryList({QStringLiteral("server-queue-*.json")}, QDir::Files);
}

// Two edits made one after the other must carry different times (the later one wins a
// conflict); the clock's resolution is a millisecond, this is a safe margin, not a timing.
void tick()
{
    QTest::qWait(50);
}

} // namespace

class TestServerOffline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ReplayReport>();
        WAYMARK_START_POSTGRES(mServer);
    }

    void init()
    {
        static int next = 0;
        mDatabase = QStringLiteral("offline%1").arg(++next);
        QVERIFY(mServer.createDatabase(mDatabase));
        mJourney = test::workshopJourney();
        test::TestConnection connection(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerJourneys::publish(connection.db(), mJourney, &error), qPrintable(error));
        mQueueDir = std::make_unique<QTemporaryDir>();
        QVERIFY(mQueueDir->isValid());
    }

    // A test that failed with the server stopped leaves it running for the next.
    void cleanup()
    {
        if (!mServer.running())
            QVERIFY2(mServer.start(), qPrintable(mServer.error()));
    }

    // The server goes away: every kind of edit is kept, shown, written to disk, and sent in
    // order when the server is back; the database then holds exactly what the session shows.
    void editsWhileTheServerIsDownReplayInOrder()
    {
        auto a = session(QStringLiteral("Ана"));
        QVERIFY(a);
        QSignalSpy replayed(a.get(), &ServerSession::replayed);
        const Touchpoint &first = mJourney.touchpoints[0];
        const Touchpoint &second = mJourney.touchpoints[1];
        QString error;
        QVERIFY2(a->setCardField(first.id, QStringLiteral("notes"), QStringLiteral("online"), &error), qPrintable(error));
        mServer.stop();

        const auto title = a->setCardField(first.id, QStringLiteral("title"), QStringLiteral("Без сервера · 오프라인"), &error);
        QVERIFY2(title, qPrintable(error));
        QVERIFY(*title < 0); // queued, not a server change
        QVERIFY(!a->isConnected());
        Touchpoint added = second;
        added.id = QUuid::createUuid();
        added.title = QStringLiteral("Added offline");
        QVERIFY2(a->addCard(added, second.id, &error), qPrintable(error));
        // Edits of a card added offline come after it.
        QVERIFY2(a->setCardField(added.id, QStringLiteral("notes"), QStringLiteral("заметка"), &error), qPrintable(error));
        QVERIFY2(a->moveCard(first.id, second.stageId, second.laneId, added.id, &error), qPrintable(error));
        Comment comment;
        comment.id = QUuid::createUuid();
        comment.target = CommentTarget::Card;
        comment.targetId = second.id;
        comment.author = QStringLiteral("Ана");
        comment.time = QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
        comment.text = QStringLiteral("Написано без связи");
        QVERIFY2(a->addComment(comment, &error), qPrintable(error));
        QVERIFY2(a->addDot(mJourney.votes[0].id, mJourney.participants[2].id, second.id, &error), qPrintable(error));
        const QUuid deleted = mJourney.touchpoints[3].id;
        QVERIFY2(a->deleteCard(deleted, &error), qPrintable(error));
        QCOMPARE(a->queuedEdits(), 7);

        // On the journey at once, in the order made: the moved card after the added one.
        const Journey offline = a->journey();
        QCOMPARE(offline.touchpoint(first.id)->title, QStringLiteral("Без сервера · 오프라인"));
        QCOMPARE(offline.touchpoint(added.id)->notes, QStringLiteral("заметка"));
        QVERIFY(!offline.touchpoint(deleted));
        QCOMPARE(cellOf(offline, second.stageId, second.laneId).mid(cellOf(offline, second.stageId, second.laneId).indexOf(second.id), 3),
                 (QList<QUuid>{second.id, added.id, first.id}));
        // And on disk, in the recovery store's folder.
        QCOMPARE(queueFiles(mQueueDir->path()).size(), 1);
        // Undo takes the newest queued edit back (tst_serverofflineundo has more); redo queues it again.
        QVERIFY(a->canUndo());
        QVERIFY2(a->undo(&error), qPrintable(error));
        QCOMPARE(a->queuedEdits(), 6);
        QVERIFY(a->journey().touchpoint(deleted));
        QVERIFY2(a->redo(&error), qPrintable(error));
        QCOMPARE(a->queuedEdits(), 7);
        QVERIFY(!a->journey().touchpoint(deleted));

        QVERIFY2(mServer.start(), qPrintable(mServer.error()));
        QVERIFY2(a->connectToServer(&error), qPrintable(error));
        QCOMPARE(replayed.size(), 1);
        const auto report = replayed.front().at(0).value<ReplayReport>();
        QCOMPARE(report.sent, 7);
        QCOMPARE(report.remaining, 0);
        QVERIFY(report.conflicts.empty());
        QCOMPARE(a->queuedEdits(), 0);
        QVERIFY(queueFiles(mQueueDir->path()).isEmpty());

        const Journey onServer = opened();
        QCOMPARE(journeyText(a->journey()), journeyText(onServer));
        QCOMPARE(journeyText(a->journey()), journeyText(offline));
        QCOMPARE(onServer.votes[0].dots.size(), mJourney.votes[0].dots.size() + 1);
        // In the order made: the changes table lists them so.
        QCOMPARE(mServer.psql(mDatabase, QStringLiteral("SELECT string_agg(field, ',' ORDER BY id) FROM changes")).value_or(QString()).trimmed(),
                 QStringLiteral("notes,title,added,notes,position,added,added,deleted"));
    }

    // A crash (or a closed window) while offline: the queue stays on disk; the next session
    // on the journey takes it in and sends it.
    void aQueueOutlivesItsSession()
    {
        auto a = session(QStringLiteral("Ана"));
        QVERIFY(a);
        mServer.stop();
        QString error;
        const QUuid card = mJourney.touchpoints[2].id;
        QVERIFY2(a->setCardField(card, QStringLiteral("title"), QStringLiteral("до сбоя"), &error), qPrintable(error));
        QVERIFY2(a->setCardField(card, QStringLiteral("notes"), QStringLiteral("перед падением"), &error), qPrintable(error));
        QVERIFY2(a->setCardField(card, QStringLiteral("title"), QStringLiteral("после второй мысли"), &error), qPrintable(error));
        a.reset(); // gone with the laptop

        const QStringList files = queueFiles(mQueueDir->path());
        QCOMPARE(files.size(), 1);
        QString server;
        QUuid journey;
        std::vector<QueuedEdit> kept;
        QVERIFY2(OfflineQueue::read(QDir(mQueueDir->path()).filePath(files.front()), &server, &journey, &kept, &error), qPrintable(error));
        QCOMPARE(journey, mJourney.id);
        QCOMPARE(kept.size(), std::size_t(3));
        QCOMPARE(kept[2].value.toString(), QStringLiteral("после второй мысли"));
        // Cards only: still the first version of the format, which a Waymark from before reads.
        QFile file(QDir(mQueueDir->path()).filePath(files.front()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object()[QLatin1String("version")].toInt(), 1);

        QVERIFY2(mServer.start(), qPrintable(mServer.error()));
        // Another journey's session leaves the queue alone.
        Journey other = test::workshopJourney();
        {
            test::TestConnection connection(mServer, mDatabase);
            QVERIFY2(ServerJourneys::publish(connection.db(), other, &error), qPrintable(error));
        }
        ServerSession elsewhere(test::addressOf(mServer, mDatabase), other.id, QStringLiteral("x"));
        elsewhere.keepOfflineEdits(mQueueDir->path());
        QVERIFY2(elsewhere.connectToServer(&error), qPrintable(error));
        QCOMPARE(queueFiles(mQueueDir->path()).size(), 1);

        auto again = session(QStringLiteral("Ана"));
        QVERIFY(again);
        QCOMPARE(again->journey().touchpoint(card)->title, QStringLiteral("после второй мысли"));
        QCOMPARE(again->journey().touchpoint(card)->notes, QStringLiteral("перед падением"));
        QCOMPARE(journeyText(again->journey()), journeyText(opened()));
        QVERIFY(queueFiles(mQueueDir->path()).isEmpty());
        QCOMPARE(mServer.psql(mDatabase, QStringLiteral("SELECT count(*) FROM changes")).value_or(QString()).trimmed(), QStringLiteral("3"));
    }

    // Only this session's connection drops (its Wi-Fi); the others go on. What someone else
    // changed meanwhile on the same field is reported with who and what was kept: the edit
    // made later stays. An edit of a card deleted meanwhile is reported too.
    void conflictsAreReported()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        QSignalSpy replayed(a.get(), &ServerSession::replayed);
        dropConnection(*a);
        const QUuid early = mJourney.touchpoints[0].id;
        const QUuid late = mJourney.touchpoints[1].id;
        const QUuid gone = mJourney.touchpoints[4].id;
        QString error;
        QVERIFY2(b->setCardField(early, QStringLiteral("title"), QStringLiteral("Богдан first"), &error), qPrintable(error));
        tick();
        QVERIFY2(a->setCardField(early, QStringLiteral("title"), QStringLiteral("Ана after"), &error), qPrintable(error));
        QVERIFY(!a->isConnected()); // the write found the connection gone and queued the edit
        QVERIFY2(a->setCardField(late, QStringLiteral("title"), QStringLiteral("Ана before"), &error), qPrintable(error));
        QVERIFY2(a->setCardField(gone, QStringLiteral("notes"), QStringLiteral("на удалённой"), &error), qPrintable(error));
        QVERIFY2(a->setCardField(late, QStringLiteral("notes"), QStringLiteral("никто не трогал"), &error), qPrintable(error));
        tick();
        QVERIFY2(b->setCardField(late, QStringLiteral("title"), QStringLiteral("Богдан later"), &error), qPrintable(error));
        QVERIFY2(b->deleteCard(gone, &error), qPrintable(error));

        QVERIFY2(a->connectToServer(&error), qPrintable(error));
        QCOMPARE(replayed.size(), 1);
        const auto report = replayed.front().at(0).value<ReplayReport>();
        QCOMPARE(report.sent, 2); // early's title and late's notes
        QCOMPARE(report.conflicts.size(), std::size_t(3));
        const ReplayConflict &mineKept = report.conflicts[0];
        QCOMPARE(mineKept.card, early);
        QCOMPARE(mineKept.field, QStringLiteral("title"));
        QCOMPARE(mineKept.by, QStringLiteral("Богдан"));
        QCOMPARE(mineKept.kept, ReplayConflict::Kept::Yours);
        QCOMPARE(mineKept.theirs.toString(), QStringLiteral("Богдан first"));
        const ReplayConflict &theirsKept = report.conflicts[1];
        QCOMPARE(theirsKept.card, late);
        QCOMPARE(theirsKept.kept, ReplayConflict::Kept::Theirs);
        QCOMPARE(theirsKept.yours.toString(), QStringLiteral("Ана before"));
        QCOMPARE(theirsKept.theirs.toString(), QStringLiteral("Богдан later"));
        const ReplayConflict &deleted = report.conflicts[2];
        QCOMPARE(deleted.card, gone);
        QCOMPARE(deleted.kept, ReplayConflict::Kept::Neither);
        QCOMPARE(deleted.by, QStringLiteral("Богдан"));
        QVERIFY2(deleted.why.contains(QStringLiteral("Богдан")), qPrintable(deleted.why));

        settle({a.get(), b.get()});
        const Journey onServer = opened();
        QCOMPARE(onServer.touchpoint(early)->title, QStringLiteral("Ана after"));
        QCOMPARE(onServer.touchpoint(late)->title, QStringLiteral("Богдан later"));
        QCOMPARE(onServer.touchpoint(late)->notes, QStringLiteral("никто не трогал"));
        QCOMPARE(journeyText(a->journey()), journeyText(onServer));
        QCOMPARE(journeyText(b->journey()), journeyText(onServer));
        // Богдан is told that Ана's replayed title replaced his: it was made without seeing his.
        QCOMPARE(b->lostChanges().size(), std::size_t(1));
        QCOMPARE(b->lostChanges().front().by.author, QStringLiteral("Ана"));
    }

    // Without keepOfflineEdits() (the command line) nothing is queued: refused as before.
    void withoutAQueueOfflineEditsAreRefused()
    {
        ServerSession a(test::addressOf(mServer, mDatabase), mJourney.id, QStringLiteral("a"));
        QString error;
        QVERIFY2(a.connectToServer(&error), qPrintable(error));
        a.disconnectFromServer();
        QVERIFY(!a.setCardField(mJourney.touchpoints[0].id, QStringLiteral("title"), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QStringLiteral("not connected")), qPrintable(error));
        QVERIFY(queueFiles(mQueueDir->path()).isEmpty());
    }

    // The window's half: a step made while the connection is down stays on the document (it
    // is not taken back) and reaches the server when the session is connected again.
    void theDocumentKeepsOfflineSteps()
    {
        auto a = session(QStringLiteral("Ана"));
        QVERIFY(a);
        JourneyDocument document(a->journey());
        SharedJourney shared(&document, a.get());
        QSignalSpy refused(&shared, &SharedJourney::refused);
        dropConnection(*a);
        Touchpoint card = *document.journey().touchpoint(mJourney.touchpoints[0].id);
        card.title = QStringLiteral("В самолёте");
        card.effort.emotion = 2;
        document.push(new EditTouchpoint(&document, card));
        QVERIFY(!a->isConnected());
        QVERIFY2(refused.isEmpty(), qPrintable(refused.isEmpty() ? QString() : refused.front().at(0).toString()));
        QCOMPARE(document.journey().touchpoint(card.id)->title, card.title);
        QCOMPARE(a->queuedEdits(), 2);
        QString error;
        QVERIFY2(a->connectToServer(&error), qPrintable(error));
        QCOMPARE(opened().touchpoint(card.id)->title, card.title);
        QCOMPARE(opened().touchpoint(card.id)->effort.emotion, 2);
        QCOMPARE(journeyText(document.journey()), journeyText(opened()));
    }

private:
    std::unique_ptr<ServerSession> session(const QString &author)
    {
        return test::authorSession(mServer, mDatabase, mJourney.id, author, mQueueDir->path());
    }

    // The server ends this session's connection (as when a laptop leaves the network, the
    // session learns of it only at its next write).
    void dropConnection(const ServerSession &s)
    {
        QVERIFY(mServer.psql(mDatabase, QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '%1'")
                                            .arg(s.applicationName())));
    }

    void settle(std::initializer_list<ServerSession *> sessions)
    {
        test::settleSessions(mServer, mDatabase, sessions, settleMs);
    }

    static QList<QUuid> cellOf(const Journey &journey, const QUuid &stage, const QUuid &lane)
    {
        QList<QUuid> ids;
        for (const Touchpoint &card : journey.touchpoints) {
            if (card.stageId == stage && card.laneId == lane)
                ids.append(card.id);
        }
        return ids;
    }

    Journey opened() { return test::journeyOnServer(mServer, mDatabase, mJourney.id); }

    PostgresServer mServer;
    QString mDatabase;
    Journey mJourney;
    std::unique_ptr<QTemporaryDir> mQueueDir;
};

QTEST_GUILESS_MAIN(TestServerOffline)
#include "tst_serveroffline.moc"
