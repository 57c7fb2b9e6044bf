// Opening a shared journey while the server does not answer (docs/server.md, "Off the
// network"): from the last copy this laptop held (kept beside the offline queue), edits
// queued on it, everything caught up and sent when the server is back; a clear refusal when
// there is no copy or it is damaged. Each test stops and starts the throwaway server.
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include "server/localcopy.h"
#include "server/offlinequeue.h"

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

class TestServerOfflineOpen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WAYMARK_START_POSTGRES(mServer); }

    void init()
    {
        static int next = 0;
        mDatabase = QStringLiteral("offlineopen%1").arg(++next);
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

    // The server does not answer when the journey is opened: the last copy this laptop held
    // (written when the earlier session left), edits queued on it; someone else changes the
    // journey meanwhile; when the server is back the session catches up from the copy's
    // newest change and sends the edits, ending equal to the database.
    void aJourneyOpensFromTheLocalCopyWhileTheServerIsDown()
    {
        {
            auto earlier = session(QStringLiteral("Ана"));
            QVERIFY(earlier);
            QString error;
            QVERIFY2(earlier->setCardField(mJourney.touchpoints[0].id, QStringLiteral("title"), QStringLiteral("До отключения"), &error),
                     qPrintable(error));
        } // closed: the copy is written as it leaves
        QCOMPARE(filesLike(mDir->path(), QStringLiteral("server-copy-*.json")).size(), 2); // the parts and the datasets
        const Journey before = opened();
        mServer.stop();

        ServerSession a(test::addressOf(mServer, mDatabase), mJourney.id, QStringLiteral("Ана"));
        a.keepOfflineEdits(mDir->path());
        QString error;
        QVERIFY(!a.connectToServer(&error));
        QVERIFY(a.serverUnreachable());
        QVERIFY2(a.openLocalCopy(&error), qPrintable(error));
        QVERIFY(a.openedFromCopy().isValid());
        QVERIFY(!a.isConnected());
        QCOMPARE(journeyText(a.journey()), journeyText(before));
        QCOMPARE(a.journey().touchpoint(mJourney.touchpoints[0].id)->title, QStringLiteral("До отключения"));
        const QUuid card = mJourney.touchpoints[2].id;
        QVERIFY2(a.setCardField(card, QStringLiteral("title"), QStringLiteral("Сделано офлайн"), &error), qPrintable(error));
        QCOMPARE(a.queuedEdits(), 1);

        QVERIFY2(mServer.start(), qPrintable(mServer.error()));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(b);
        QVERIFY2(b->setCardField(mJourney.touchpoints[1].id, QStringLiteral("notes"), QStringLiteral("Богдан был тут"), &error), qPrintable(error));
        QSignalSpy replayed(&a, &ServerSession::replayed);
        QVERIFY2(a.connectToServer(&error), qPrintable(error));
        QVERIFY(!a.openedFromCopy().isValid());
        QCOMPARE(replayed.size(), 1);
        QCOMPARE(replayed.front().at(0).value<ReplayReport>().sent, 1);
        const Journey now = opened();
        QCOMPARE(now.touchpoint(card)->title, QStringLiteral("Сделано офлайн"));
        QCOMPARE(now.touchpoint(mJourney.touchpoints[1].id)->notes, QStringLiteral("Богдан был тут"));
        QCOMPARE(journeyText(a.journey()), journeyText(now));
    }

    // A queue a crashed Waymark left is taken in when the journey opens from the copy, and
    // shown; its edit whose write broke off at the commit (it may be on the server) is not
    // undone offline, saying why; when the server is back it is sent (it was not there).
    void aLeftQueueIsShownAndItsBrokenOffEditNotUndone()
    {
        {
            auto earlier = session(QStringLiteral("Ана"));
            QVERIFY(earlier);
        }
        const PostgresAddress address = test::addressOf(mServer, mDatabase);
        const QString server = QStringLiteral("%1:%2/%3").arg(address.host).arg(address.port).arg(address.database);
        const QUuid card = mJourney.touchpoints[1].id;
        {
            OfflineQueue left(mDir->path(), server, mJourney.id);
            QueuedEdit edit;
            edit.id = QUuid::createUuid();
            edit.kind = ServerChangeKind::card;
            edit.entity = card;
            edit.field = QStringLiteral("title");
            edit.value = QStringLiteral("Оборвалось на коммите");
            edit.seen = 0;
            edit.tried = 999; // a change id the server never committed
            edit.madeAt = QDateTime::currentDateTimeUtc();
            QString error;
            QVERIFY2(left.append(edit, &error), qPrintable(error));
        } // its Waymark is gone: the lock is free, the file stays
        mServer.stop();
        ServerSession a(address, mJourney.id, QStringLiteral("Ана"));
        a.keepOfflineEdits(mDir->path());
        QString error;
        QVERIFY(!a.connectToServer(&error));
        QVERIFY2(a.openLocalCopy(&error), qPrintable(error));
        QCOMPARE(a.queuedEdits(), 1);
        QCOMPARE(a.journey().touchpoint(card)->title, QStringLiteral("Оборвалось на коммите"));
        QVERIFY(a.canUndo());
        QVERIFY(!a.undo(&error));
        QVERIFY2(error.contains(QStringLiteral("may have reached")), qPrintable(error));
        QCOMPARE(a.queuedEdits(), 1);

        QVERIFY2(mServer.start(), qPrintable(mServer.error()));
        QVERIFY2(a.connectToServer(&error), qPrintable(error));
        QCOMPARE(a.queuedEdits(), 0);
        QCOMPARE(opened().touchpoint(card)->title, QStringLiteral("Оборвалось на коммите"));
        QCOMPARE(journeyText(a.journey()), journeyText(opened()));
    }

    // No copy on this laptop: a refusal saying so, nothing opened.
    void withoutACopyItSaysSo()
    {
        mServer.stop();
        ServerSession a(test::addressOf(mServer, mDatabase), mJourney.id, QStringLiteral("Ана"));
        a.keepOfflineEdits(mDir->path());
        QString error;
        QVERIFY(!a.connectToServer(&error));
        QVERIFY(a.serverUnreachable());
        QVERIFY(!a.openLocalCopy(&error));
        QVERIFY2(error.contains(QStringLiteral("no copy of the journey")), qPrintable(error));
        // A damaged copy is named, not opened.
        const PostgresAddress address = test::addressOf(mServer, mDatabase);
        const QString path = LocalCopy::pathFor(mDir->path(), QStringLiteral("%1:%2/%3").arg(address.host).arg(address.port).arg(address.database),
                                                mJourney.id);
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"format\": \"waymark-server-copy\", \"version\": 1, \"cards\": [");
        damaged.close();
        QVERIFY(!a.openLocalCopy(&error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)) && error.contains(QStringLiteral("damaged")), qPrintable(error));
        QVERIFY(!a.openedFromCopy().isValid());
    }

private:
    std::unique_ptr<ServerSession> session(const QString &author)
    {
        return test::authorSession(mServer, mDatabase, mJourney.id, author, mDir->path());
    }

    Journey opened() { return test::journeyOnServer(mServer, mDatabase, mJourney.id); }

    PostgresServer mServer;
    QString mDatabase;
    Journey mJourney;
    std::unique_ptr<QTemporaryDir> mDir;
};

QTEST_GUILESS_MAIN(TestServerOfflineOpen)
#include "tst_serverofflineopen.moc"
