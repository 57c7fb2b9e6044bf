// Off the network, continued (docs/server.md, "Off the network"): Undo while the connection is
// down takes the newest queued edit off the queue — off its file first, so a crash right after
// the undo never sends it — and off the journey and the window's document; Redo queues it
// again. Each test stops and starts the throwaway server (a few seconds on the 2-core CI machine).
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include "commands/editentity.h"
#include "journeydocument.h"
#include "server/offlinequeue.h"
#include "server/sharedjourney.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;
using test::journeyText;

namespace {

QStringList filesLike(const QString &directory, const QString &pattern)
{
    return QDir(directory).entryList({pattern}, QDir::Files);
}

} // namespace

class TestServerOfflineUndo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WAYMARK_START_POSTGRES(mServer); }

    void init()
    {
        static int next = 0;
        mDatabase = QStringLiteral("offlineundo%1").arg(++next);
        QVERIFY(mServer.createDatabase(mDatabase));
        mJourney = test::workshopJourney();
        test::TestConnection connection(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerJourneys::publish(connection.db(), mJourney, &error), qPrintable(error));
        mDir = std::make_unique<QTemporaryDir>();
        QVERIFY(mDir->isValid());
    }

    void cleanup()
    {
        if (!mServer.running())
            QVERIFY2(mServer.start(), qPrintable(mServer.error()));
    }

    // Three edits queued, two undone newest first (the queue file shrinks with each), one
    // redone; then the laptop "crashes" (the session goes without sending) and the next
    // session sends exactly what the file holds: the undone edit never reaches the server.
    void undoTakesQueuedEditsOffTheQueueAndItsFile()
    {
        auto a = session(QStringLiteral("Ана"));
        QVERIFY(a);
        mServer.stop();
        QString error;
        const Touchpoint card = mJourney.touchpoints[0];
        QVERIFY2(a->setCardField(card.id, QStringLiteral("title"), QStringLiteral("Без связи"), &error), qPrintable(error));
        QVERIFY2(a->setCardField(card.id, QStringLiteral("notes"), QStringLiteral("передумаю"), &error), qPrintable(error));
        Touchpoint added = card;
        added.id = QUuid::createUuid();
        added.title = QStringLiteral("Лишняя");
        QVERIFY2(a->addCard(added, card.id, &error), qPrintable(error));
        QCOMPARE(a->queuedEdits(), 3);
        QCOMPARE(queued().size(), std::size_t(3));

        QVERIFY2(a->undo(&error), qPrintable(error)); // the added card
        QVERIFY(!a->journey().touchpoint(added.id));
        QCOMPARE(queued().size(), std::size_t(2));
        QVERIFY2(a->undo(&error), qPrintable(error)); // the notes
        QCOMPARE(a->journey().touchpoint(card.id)->notes, card.notes);
        QCOMPARE(a->journey().touchpoint(card.id)->title, QStringLiteral("Без связи"));
        QCOMPARE(queued().size(), std::size_t(1));
        QVERIFY(a->canRedo());
        QVERIFY2(a->redo(&error), qPrintable(error)); // the notes again
        QCOMPARE(a->journey().touchpoint(card.id)->notes, QStringLiteral("передумаю"));
        const std::vector<QueuedEdit> onDisk = queued();
        QCOMPARE(onDisk.size(), std::size_t(2));
        QCOMPARE(onDisk[0].field, QStringLiteral("title"));
        QCOMPARE(onDisk[1].field, QStringLiteral("notes"));
        QVERIFY2(a->undo(&error), qPrintable(error)); // the notes once more, and then the crash
        QCOMPARE(queued().size(), std::size_t(1));
        a.reset();

        QVERIFY2(mServer.start(), qPrintable(mServer.error()));
        auto again = session(QStringLiteral("Ана"));
        QVERIFY(again);
        const Journey onServer = opened();
        QCOMPARE(onServer.touchpoint(card.id)->title, QStringLiteral("Без связи"));
        QCOMPARE(onServer.touchpoint(card.id)->notes, card.notes);
        QVERIFY(!onServer.touchpoint(added.id));
        QCOMPARE(mServer.psql(mDatabase, QStringLiteral("SELECT string_agg(field, ',' ORDER BY id) FROM changes")).value_or(QString()).trimmed(),
                 QStringLiteral("title"));
        QVERIFY(filesLike(mDir->path(), QStringLiteral("server-queue-*.json")).isEmpty());
    }

    // The window's half: Undo in a document whose connection is down takes the step off the
    // map and the queue; the server never sees it; the edit before it arrives.
    void theDocumentUndoesAQueuedStep()
    {
        auto a = session(QStringLiteral("Ана"));
        QVERIFY(a);
        JourneyDocument document(a->journey());
        SharedJourney shared(&document, a.get());
        QSignalSpy canUndo(&shared, &SharedJourney::canUndoChanged);
        mServer.stop();
        QString error;
        const QUuid id = mJourney.touchpoints[1].id;
        Touchpoint card = *document.journey().touchpoint(id);
        card.title = QStringLiteral("Оставить");
        document.push(new EditTouchpoint(&document, card));
        card.notes = QStringLiteral("Убрать");
        document.push(new EditTouchpoint(&document, card));
        QCOMPARE(a->queuedEdits(), 2);
        QVERIFY(shared.canUndo());
        QVERIFY2(shared.undo(&error), qPrintable(error));
        QCOMPARE(document.journey().touchpoint(id)->notes, mJourney.touchpoints[1].notes);
        QCOMPARE(document.journey().touchpoint(id)->title, QStringLiteral("Оставить"));
        QVERIFY(shared.canRedo());

        QVERIFY2(mServer.start(), qPrintable(mServer.error()));
        QVERIFY2(a->connectToServer(&error), qPrintable(error));
        QVERIFY(!shared.canRedo()); // the queue is sent: what was undone offline is gone for good
        QCOMPARE(opened().touchpoint(id)->title, QStringLiteral("Оставить"));
        QCOMPARE(opened().touchpoint(id)->notes, mJourney.touchpoints[1].notes);
        QCOMPARE(journeyText(document.journey()), journeyText(opened()));
    }

private:
    std::unique_ptr<ServerSession> session(const QString &author)
    {
        return test::authorSession(mServer, mDatabase, mJourney.id, author, mDir->path());
    }

    // What the queue's file holds now (one file: one session's queue).
    std::vector<QueuedEdit> queued()
    {
        const QStringList files = filesLike(mDir->path(), QStringLiteral("server-queue-*.json"));
        if (files.size() != 1)
            return {};
        QString server;
        QUuid journey;
        std::vector<QueuedEdit> edits;
        QString error;
        if (!OfflineQueue::read(QDir(mDir->path()).filePath(files.front()), &server, &journey, &edits, &error))
            qWarning("%s", qPrintable(error));
        return edits;
    }

    Journey opened() { return test::journeyOnServer(mServer, mDatabase, mJourney.id); }

    PostgresServer mServer;
    QString mDatabase;
    Journey mJourney;
    std::unique_ptr<QTemporaryDir> mDir;
};

QTEST_GUILESS_MAIN(TestServerOfflineUndo)
#include "tst_serverofflineundo.moc"
