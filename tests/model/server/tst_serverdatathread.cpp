// Survey and purchase data written and read off the window's thread (issue 21, docs/server.md
// "Survey and purchase data"): while a facilitator's import is being written, or another
// window's read of it is under way (each held by the test at a point of the worker's job,
// tests/support/heldtransfer.h — nothing is timed), card edits from both sides keep arriving,
// in order, and undo still takes the newest step first; a newer version that comes while an
// older one is being read wins, the older one is never shown; the worker's connection dropped
// mid-write and the session closed mid-write leave no half dataset: the server, the importing
// window and the other window agree.
#include "heldtransfer.h"
#include "manyanswers.h"
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include "commands/datasetcommands.h"
#include "commands/editentity.h"
#include "journeydocument.h"
#include "server/sharedjourney.h"

#include <QSignalSpy>
#include <QtTest>

using namespace waymark;
using waymark::test::HeldTransfer;
using waymark::test::PostgresServer;
using HoldAt = ServerDatasetTransfers::Stage;

namespace {

constexpr int settleMs = 15000; // generous: notifications on one machine take milliseconds

using Window = test::SharedWindow;

const Dataset *datasetIn(const Journey &journey, const QUuid &id)
{
    for (const DatasetRef &dataset : journey.datasets) {
        if (dataset->id == id)
            return &*dataset;
    }
    return nullptr;
}

// Renames a card through the window's own command, as typing its title does.
void retitle(Window &window, int card, const QString &title)
{
    Touchpoint edited = window.doc()->journey().touchpoints[std::size_t(card)];
    edited.title = title;
    window.doc()->push(new EditEntity<Touchpoint>(window.doc(), edited));
}

QString titleOf(const Window &window, int card)
{
    return window.doc()->journey().touchpoints[std::size_t(card)].title;
}

} // namespace

class TestServerDataThread : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WAYMARK_START_POSTGRES_WITH_LOGINS(mServer, QStringLiteral("CREATE ROLE fay LOGIN IN ROLE waymark_facilitator; "
                                                                   "CREATE ROLE flo LOGIN IN ROLE waymark_facilitator"));
    }

    void init()
    {
        static int next = 0;
        mDatabase = QStringLiteral("datathread%1").arg(++next);
        QVERIFY(mServer.createDatabase(mDatabase));
        mJourney = test::workshopJourney();
        Dataset published = test::manyAnswers(200, 7);
        published.name = QStringLiteral("NPS Q2");
        mJourney.datasets = {DatasetRef(published)};
        test::TestConnection connection(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerJourneys::publish(connection.db(), mJourney, &error), qPrintable(error));
    }

    // Fay's import is held with its body written, before it takes the journey's row: Fay's
    // window shows it and says it is being sent; Flo's card edit reaches Fay and Fay's reaches
    // Flo meanwhile (neither waits for the import); Flo has nothing of it yet. Released, it
    // reaches Flo after both edits, and Fay's undo takes back the import first (the newest).
    void cardEditsArriveWhileADatasetIsWritten()
    {
        auto fay = open(QStringLiteral("fay"));
        auto flo = open(QStringLiteral("flo"));
        QVERIFY(fay && flo);
        QSignalSpy sending(fay->session.get(), &ServerSession::datasetTransferStarted);
        HeldTransfer held(HoldAt::BodyWritten, QStringLiteral("fay"));
        Dataset quarter = test::manyAnswers(4000, 42);
        quarter.name = QStringLiteral("Survey 2026");
        fay->doc()->push(new AddDataset(fay->doc(), quarter));
        QTRY_VERIFY_WITH_TIMEOUT(held.reached(), settleMs);
        QVERIFY(datasetIn(fay->doc()->journey(), quarter.id)); // shown at once, badges and all
        QVERIFY(fay->session->transferringDatasets());
        QCOMPARE(sending.size(), 1);
        QCOMPARE(sending[0][0].value<DatasetTransfer>().name, quarter.name);

        retitle(*flo, 0, QStringLiteral("Flo's title"));
        QTRY_COMPARE_WITH_TIMEOUT(titleOf(*fay, 0), QStringLiteral("Flo's title"), settleMs);
        retitle(*fay, 1, QStringLiteral("Fay's title"));
        QTRY_COMPARE_WITH_TIMEOUT(titleOf(*flo, 1), QStringLiteral("Fay's title"), settleMs);
        QVERIFY(fay->session->transferringDatasets());
        QVERIFY(!datasetIn(flo->doc()->journey(), quarter.id));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM datasets")), QStringLiteral("1"));

        held.release();
        QTRY_VERIFY_WITH_TIMEOUT(datasetIn(flo->doc()->journey(), quarter.id), settleMs);
        QVERIFY(*datasetIn(flo->doc()->journey(), quarter.id) == quarter);
        QTRY_VERIFY_WITH_TIMEOUT(!fay->session->transferringDatasets(), settleMs);
        QVERIFY2(fay->refusals.isEmpty() && flo->refusals.isEmpty(), qPrintable((fay->refusals + flo->refusals).join(u'\n')));
        // In the log after both edits: it took its change id at its end.
        QCOMPARE(sql(QStringLiteral("SELECT string_agg(kind, ' ' ORDER BY id) FROM changes")), QStringLiteral("card card dataset"));

        QString error;
        QVERIFY2(fay->shared->undo(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!datasetIn(flo->doc()->journey(), quarter.id), settleMs);
        QCOMPARE(titleOf(*flo, 1), QStringLiteral("Fay's title"));
        QVERIFY2(fay->shared->undo(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(titleOf(*flo, 1), mJourney.touchpoints[1].title, settleMs);
        QCOMPARE(test::journeyText(opened()), test::journeyText(flo->doc()->journey()));
    }

    // Flo's read of Fay's import is held with the row read: Flo's window says what it receives
    // and from whom, Fay's card edit reaches Flo meanwhile, in order after the import's change;
    // released, the dataset is in with the same rows.
    void cardEditsArriveWhileADatasetIsRead()
    {
        auto fay = session(QStringLiteral("fay"));
        auto flo = open(QStringLiteral("flo"));
        QVERIFY(fay && flo);
        QSignalSpy receiving(flo->session.get(), &ServerSession::datasetTransferStarted);
        QSignalSpy received(flo->session.get(), &ServerSession::datasetTransferEnded);
        HeldTransfer held(HoldAt::RowRead, QStringLiteral("flo"));
        Dataset quarter = test::manyAnswers(3000, 5);
        quarter.name = QStringLiteral("Survey 2026");
        QString error;
        const auto imported = fay->addDataset(DatasetRef(quarter), &error);
        QVERIFY2(imported, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(held.reached(), settleMs);
        QCOMPARE(receiving.size(), 1);
        const auto transfer = receiving[0][0].value<DatasetTransfer>();
        QVERIFY(transfer.way == DatasetTransfer::Way::Receiving);
        QCOMPARE(transfer.name, quarter.name);
        QCOMPARE(transfer.from, QStringLiteral("fay"));

        Touchpoint card = fay->journey().touchpoints[2];
        const auto edited = fay->setCardField(card.id, QStringLiteral("title"), QStringLiteral("Edited meanwhile"), &error);
        QVERIFY2(edited, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(flo->doc()->journey().touchpoint(card.id)->title, QStringLiteral("Edited meanwhile"), settleMs);
        QCOMPARE(flo->session->lastSeenChange(), *edited);
        QVERIFY(*imported < *edited);
        QVERIFY(!datasetIn(flo->doc()->journey(), quarter.id));
        QVERIFY(received.isEmpty());

        held.release();
        QTRY_VERIFY_WITH_TIMEOUT(datasetIn(flo->doc()->journey(), quarter.id), settleMs);
        QVERIFY(*datasetIn(flo->doc()->journey(), quarter.id) == quarter);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, settleMs);
        QCOMPARE(received[0][1].toString(), QString());
        QCOMPARE(test::journeyText(opened()), test::journeyText(flo->doc()->journey()));
    }

    // A second version arrives while the first is still being read: the newer wins, and the
    // older is never shown, not even for a moment.
    void aNewerVersionWinsOverAReadUnderWay()
    {
        auto fay = session(QStringLiteral("fay"));
        auto flo = open(QStringLiteral("flo"));
        QVERIFY(fay && flo);
        QStringList shown; // the dataset's name each time Flo's document showed a version of it
        Dataset first = test::manyAnswers(500, 1);
        first.name = QStringLiteral("first");
        const auto showing = [&](const QUuid &id) {
            if (const Dataset *dataset = datasetIn(flo->doc()->journey(), id))
                shown << dataset->name;
        };
        connect(flo->doc(), &JourneyDocument::datasetInserted, this, showing);
        connect(flo->doc(), &JourneyDocument::datasetChanged, this, showing);
        HeldTransfer held(HoldAt::RowRead, QStringLiteral("flo"));
        QString error;
        QVERIFY2(fay->addDataset(DatasetRef(first), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(held.reached(), settleMs);
        Dataset second = test::manyAnswers(700, 2);
        second.id = first.id;
        second.name = QStringLiteral("second");
        const auto replaced = fay->replaceDataset(DatasetRef(second), &error);
        QVERIFY2(replaced, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(flo->session->lastSeenChange(), *replaced, settleMs);
        QVERIFY(shown.isEmpty());

        held.release();
        QTRY_VERIFY_WITH_TIMEOUT(datasetIn(flo->doc()->journey(), first.id), settleMs);
        QTRY_VERIFY_WITH_TIMEOUT(!flo->session->transferringDatasets(), settleMs);
        QCOMPARE(shown, QStringList{QStringLiteral("second")});
        QVERIFY(*datasetIn(flo->doc()->journey(), first.id) == second);
    }

    // The worker's connection dropped by the server while Fay's import waits with its body
    // written: nothing of it is on the server, Fay's window takes it back saying the connection
    // broke, Flo never gets it, and the next import goes through on a new connection.
    void aDroppedConnectionLeavesNoHalfDataset()
    {
        auto fay = open(QStringLiteral("fay"));
        auto flo = open(QStringLiteral("flo"));
        QVERIFY(fay && flo);
        auto held = std::make_unique<HeldTransfer>(HoldAt::BodyWritten, QStringLiteral("fay"));
        Dataset quarter = test::manyAnswers(3000, 9);
        quarter.name = QStringLiteral("Survey 2026");
        fay->doc()->push(new AddDataset(fay->doc(), quarter));
        QTRY_VERIFY_WITH_TIMEOUT(held->reached(), settleMs);
        QCOMPARE(sql(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name LIKE '%-data'")),
                 QStringLiteral("1"));
        held->release();
        QTRY_COMPARE_WITH_TIMEOUT(fay->refusals.size(), 1, settleMs);
        QVERIFY2(fay->refusals[0].contains(QStringLiteral("broke")) && fay->refusals[0].contains(QStringLiteral("“Survey 2026”"))
                     && fay->refusals[0].contains(QStringLiteral("nothing of it is on the server")),
                 qPrintable(fay->refusals[0]));
        QVERIFY(!datasetIn(fay->doc()->journey(), quarter.id));
        QVERIFY(!datasetIn(fay->session->journey(), quarter.id));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM datasets")), QStringLiteral("1"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM changes")), QStringLiteral("0"));
        QCOMPARE(test::journeyText(opened()), test::journeyText(fay->doc()->journey()));
        QCOMPARE(test::journeyText(opened()), test::journeyText(flo->doc()->journey()));
        QVERIFY(fay->session->isConnected()); // the session's own connection was not the one dropped

        held.reset();
        fay->doc()->push(new AddDataset(fay->doc(), quarter));
        QTRY_VERIFY_WITH_TIMEOUT(datasetIn(flo->doc()->journey(), quarter.id), settleMs);
        QCOMPARE(fay->refusals.size(), 1);
    }

    // Fay's session closed (the window closed) while its import waits: the write is rolled back,
    // nothing of it stays on the server, and Flo's session still has the journey as it was.
    void closingMidWriteLeavesNothing()
    {
        auto fay = open(QStringLiteral("fay"));
        auto flo = open(QStringLiteral("flo"));
        QVERIFY(fay && flo);
        HeldTransfer held(HoldAt::BodyWritten, QStringLiteral("fay"));
        Dataset quarter = test::manyAnswers(2000, 3);
        fay->doc()->push(new AddDataset(fay->doc(), quarter));
        QTRY_VERIFY_WITH_TIMEOUT(held.reached(), settleMs);
        fay.reset();
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM datasets")), QStringLiteral("1"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM changes")), QStringLiteral("0"));
        QTRY_COMPARE_WITH_TIMEOUT(sql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE '%-data'")),
                                  QStringLiteral("0"), settleMs);
        QString error;
        QVERIFY2(flo->session->catchUp(&error), qPrintable(error));
        QCOMPARE(test::journeyText(opened()), test::journeyText(flo->doc()->journey()));
    }

private:
    std::unique_ptr<ServerSession> session(const QString &user) { return test::connectedSession(mServer, mDatabase, mJourney.id, user); }
    std::unique_ptr<Window> open(const QString &user) { return test::openShared(mServer, mDatabase, mJourney.id, user); }
    Journey opened() { return test::journeyOnServer(mServer, mDatabase, mJourney.id); }
    QString sql(const QString &statement) { return mServer.psql(mDatabase, statement).value_or(QString()).trimmed(); }

    PostgresServer mServer;
    QString mDatabase;
    Journey mJourney;
};

QTEST_GUILESS_MAIN(TestServerDataThread)
#include "tst_serverdatathread.moc"
