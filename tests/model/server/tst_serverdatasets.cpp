// Imported survey and purchase data shared live (issue 21; server schema 8): a dataset
// imported, replaced or removed in one window reaches another window and session row by row,
// with the same statistics; the dataset lives in its own row (not in `base`, a change or a
// NOTIFY); undo takes back one's own import, replacement and removal unless someone changed
// the dataset since (naming who); a replacement made without having seen another is refused
// naming its author; the database refuses datasets to a participant through Waymark and by hand,
// naming the rule; a dataset over the server's limit is refused with its name and the limit; a
// change of data while offline is refused, not queued; datasets published by schema 7 inside
// `base` move to the table.
#include "manyanswers.h"
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include "commands/datasetcommands.h"
#include "data/npsstatistics.h"
#include "journeydocument.h"
#include "server/serverschema.h"
#include "server/sharedjourney.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;

namespace {

constexpr int settleMs = 10000; // generous: notifications on one machine take milliseconds

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

using Window = test::SharedWindow;

const Dataset *datasetIn(const Journey &journey, const QUuid &id)
{
    for (const DatasetRef &dataset : journey.datasets) {
        if (dataset->id == id)
            return &*dataset;
    }
    return nullptr;
}

// NPS per stage as the data dock and the badges count it: the stage of the card whose data key
// each answer names.
QStringList npsPerStage(const Journey &journey, const QUuid &dataset)
{
    QStringList lines;
    const Dataset *data = datasetIn(journey, dataset);
    if (!data)
        return lines;
    for (const NpsGroup &group : groupNps(data->answerRows(), {Dimension::Stage}, &journey))
        lines << QStringLiteral("%1: n=%2 nps=%3").arg(group.key.value(0).second).arg(group.summary.n).arg(group.summary.nps, 0, 'f', 6);
    return lines;
}

} // namespace

class TestServerDatasets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WAYMARK_START_POSTGRES_WITH_LOGINS(mServer, QStringLiteral("CREATE ROLE fay LOGIN IN ROLE waymark_facilitator; "
                                                                   "CREATE ROLE flo LOGIN IN ROLE waymark_facilitator; "
                                                                   "CREATE ROLE sam LOGIN IN ROLE waymark_participant"));
    }

    void init()
    {
        static int next = 0;
        mDatabase = QStringLiteral("datasets%1").arg(++next);
        QVERIFY(mServer.createDatabase(mDatabase));
        mJourney = test::workshopJourney();
        mPublished = test::manyAnswers(300, 7);
        mPublished.name = QStringLiteral("NPS Q2");
        mJourney.datasets = {DatasetRef(mPublished)};
        test::TestConnection connection(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerJourneys::publish(connection.db(), mJourney, &error), qPrintable(error));
    }

    // Fay's window imports this quarter's answers: Flo's window and Sam's session get the same
    // rows and the same NPS per stage; the server keeps the dataset in a row of its own, while
    // the change and `base` stay small.
    void anImportReachesEveryone()
    {
        auto fay = open(QStringLiteral("fay"));
        auto flo = open(QStringLiteral("flo"));
        auto sam = session(QStringLiteral("sam"));
        QVERIFY(fay && flo && sam);
        QCOMPARE(flo->doc()->journey().datasets.size(), std::size_t(1)); // published with the journey
        QSignalSpy arrived(flo->doc(), &JourneyDocument::datasetInserted);

        Dataset quarter = test::manyAnswers(5000, 42);
        quarter.name = QStringLiteral("NPS Q3 · 3분기");
        fay->doc()->push(new AddDataset(fay->doc(), quarter));
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, settleMs);
        QVERIFY2(fay->refusals.isEmpty(), qPrintable(fay->refusals.join(u'\n')));
        const Dataset *inFlo = datasetIn(flo->doc()->journey(), quarter.id);
        QVERIFY(inFlo);
        QCOMPARE(inFlo->name, quarter.name);
        QVERIFY(*inFlo == quarter); // row by row
        QCOMPARE(flo->doc()->journey().datasets.back()->id, quarter.id); // the newest: what the badges show
        QTRY_VERIFY_WITH_TIMEOUT(datasetIn(sam->journey(), quarter.id), settleMs);
        QVERIFY(*datasetIn(sam->journey(), quarter.id) == quarter);
        const QStringList expected = npsPerStage(fay->doc()->journey(), quarter.id);
        QVERIFY(expected.size() > 1);
        QCOMPARE(npsPerStage(flo->doc()->journey(), quarter.id), expected);
        QCOMPARE(npsPerStage(sam->journey(), quarter.id), expected);

        // On the server: a row per dataset; nothing of them in base; the change is a few bytes.
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM datasets WHERE journey = '%1'").arg(idText(mJourney.id))), QStringLiteral("2"));
        QCOMPARE(sql(QStringLiteral("SELECT base ? 'datasets' FROM journeys WHERE id = '%1'").arg(idText(mJourney.id))), QStringLiteral("f"));
        const int changeBytes = sql(QStringLiteral("SELECT octet_length(value::text) FROM changes WHERE kind = 'dataset'")).toInt();
        QVERIFY2(changeBytes > 0 && changeBytes < 200, qPrintable(QString::number(changeBytes)));
        QCOMPARE(sql(QStringLiteral("SELECT name || ' ' || kind || ' ' || db_user FROM datasets WHERE id = '%1'").arg(idText(quarter.id))),
                 QStringLiteral("NPS Q3 · 3분기 nps fay"));
        // A session opening now reads the same journey, datasets in their order.
        QCOMPARE(test::journeyText(opened()), test::journeyText(sam->journey()));
    }

    // A re-import (same id, new rows), a rename and a removal each reach the other window.
    void replacedAndRemoved()
    {
        auto fay = open(QStringLiteral("fay"));
        auto flo = open(QStringLiteral("flo"));
        QVERIFY(fay && flo);
        Dataset refreshed = test::manyAnswers(800, 99);
        refreshed.id = mPublished.id;
        refreshed.name = mPublished.name;
        fay->doc()->push(new ReplaceDataset(fay->doc(), refreshed, QStringLiteral("Refresh")));
        QTRY_COMPARE_WITH_TIMEOUT(flo->doc()->journey().datasets.front()->rows(), std::size_t(800), settleMs);
        QVERIFY(*flo->doc()->journey().datasets.front() == refreshed);
        QCOMPARE(npsPerStage(flo->doc()->journey(), refreshed.id), npsPerStage(fay->doc()->journey(), refreshed.id));

        Dataset renamed = refreshed;
        renamed.name = QStringLiteral("NPS Q2 (повторно)");
        fay->doc()->push(new ReplaceDataset(fay->doc(), renamed, QStringLiteral("Rename dataset")));
        QTRY_COMPARE_WITH_TIMEOUT(flo->doc()->journey().datasets.front()->name, renamed.name, settleMs);

        fay->doc()->push(new RemoveDataset(fay->doc(), renamed.id));
        QTRY_VERIFY_WITH_TIMEOUT(flo->doc()->journey().datasets.empty(), settleMs);
        QVERIFY2(fay->refusals.isEmpty(), qPrintable(fay->refusals.join(u'\n')));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM datasets")), QStringLiteral("0"));
        QVERIFY(opened().datasets.empty());
    }

    // Undo of one's own import removes it again, of a replacement brings the replaced version
    // back, of a removal brings it back in its place; everybody sees each.
    void undoOfOnesOwn()
    {
        auto fay = open(QStringLiteral("fay"));
        auto flo = open(QStringLiteral("flo"));
        QVERIFY(fay && flo);
        QString error;
        Dataset quarter = test::manyAnswers(400, 3);
        fay->doc()->push(new AddDataset(fay->doc(), quarter));
        QTRY_VERIFY_WITH_TIMEOUT(datasetIn(flo->doc()->journey(), quarter.id), settleMs);
        QTRY_VERIFY_WITH_TIMEOUT(!fay->session->transferringDatasets(), settleMs); // its undo step comes with the worker's outcome
        QVERIFY2(fay->shared->undo(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!datasetIn(flo->doc()->journey(), quarter.id), settleMs);
        QVERIFY(!datasetIn(fay->doc()->journey(), quarter.id));

        Dataset refreshed = test::manyAnswers(900, 5);
        refreshed.id = mPublished.id;
        refreshed.name = QStringLiteral("NPS Q2 refreshed");
        fay->doc()->push(new ReplaceDataset(fay->doc(), refreshed, QStringLiteral("Refresh")));
        QTRY_COMPARE_WITH_TIMEOUT(flo->doc()->journey().datasets.front()->name, refreshed.name, settleMs);
        QTRY_VERIFY_WITH_TIMEOUT(!fay->session->transferringDatasets(), settleMs); // its undo step comes with the worker's outcome
        QVERIFY2(fay->shared->undo(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(flo->doc()->journey().datasets.front()->name, mPublished.name, settleMs);
        QVERIFY(*flo->doc()->journey().datasets.front() == mPublished);

        // A removal's undo puts it back before a dataset imported after it.
        Dataset later = test::manyAnswers(50, 11);
        fay->doc()->push(new AddDataset(fay->doc(), later));
        QTRY_COMPARE_WITH_TIMEOUT(flo->doc()->journey().datasets.size(), std::size_t(2), settleMs);
        fay->doc()->push(new RemoveDataset(fay->doc(), mPublished.id));
        QTRY_COMPARE_WITH_TIMEOUT(flo->doc()->journey().datasets.size(), std::size_t(1), settleMs);
        QTRY_VERIFY_WITH_TIMEOUT(!fay->session->transferringDatasets(), settleMs); // its undo step comes with the worker's outcome
        QVERIFY2(fay->shared->undo(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(flo->doc()->journey().datasets.size(), std::size_t(2), settleMs);
        QCOMPARE(flo->doc()->journey().datasets.front()->id, mPublished.id);
        QVERIFY(*flo->doc()->journey().datasets.front() == mPublished);
        QCOMPARE(test::journeyText(opened()), test::journeyText(flo->doc()->journey()));
        QVERIFY2(fay->refusals.isEmpty() && flo->refusals.isEmpty(), qPrintable((fay->refusals + flo->refusals).join(u'\n')));
    }

    // Fay's undo after Flo replaced the dataset is refused naming Flo; Fay replacing it without
    // having seen Flo's version is refused naming Flo too: neither silently undoes the other.
    void someoneElsesChangeIsKept()
    {
        auto fay = session(QStringLiteral("fay"));
        auto flo = session(QStringLiteral("flo"));
        QVERIFY(fay && flo);
        QString error;
        Dataset floVersion = test::manyAnswers(120, 8);
        floVersion.id = mPublished.id;
        floVersion.name = QStringLiteral("Flo's");
        Dataset fayVersion = floVersion;
        fayVersion.name = QStringLiteral("Fay's");
        // Fay has not read Flo's change yet (no event loop between the two).
        QVERIFY2(flo->replaceDataset(DatasetRef(floVersion), &error), qPrintable(error));
        QVERIFY(!fay->replaceDataset(DatasetRef(fayVersion), &error));
        QVERIFY2(error.contains(QStringLiteral("flo replaced the dataset “NPS Q2”")) && error.contains(QStringLiteral("meanwhile")), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(fay->journey().datasets.front()->name, floVersion.name, settleMs);

        Dataset mine = test::manyAnswers(60, 9);
        QVERIFY2(fay->addDataset(DatasetRef(mine), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(datasetIn(flo->journey(), mine.id), settleMs);
        Dataset theirs = mine;
        theirs.name = QStringLiteral("Flo renamed it");
        QVERIFY2(flo->replaceDataset(DatasetRef(theirs), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(datasetIn(fay->journey(), mine.id)->name, theirs.name, settleMs);
        QVERIFY(!fay->undo(&error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot undo: flo replaced the dataset")), qPrintable(error));
        QVERIFY(datasetIn(opened(), mine.id));
    }

    // A row that could not be read when its change arrived (here: the participant's grant
    // taken away meanwhile; in a workshop: the connection broke) is read at the next catch-up.
    void aRowThatCouldNotBeReadIsReadLater()
    {
        auto fay = session(QStringLiteral("fay"));
        auto sam = session(QStringLiteral("sam"));
        QVERIFY(fay && sam);
        QVERIFY(mServer.psql(mDatabase, QStringLiteral("REVOKE SELECT ON datasets FROM waymark_participant")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("reading the dataset .* failed")));
        QString error;
        const Dataset quarter = test::manyAnswers(200, 6);
        const auto id = fay->addDataset(DatasetRef(quarter), &error);
        QVERIFY2(id, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(sam->lastSeenChange(), *id, settleMs);
        sam->waitForDatasets(); // the worker's read, refused
        QVERIFY(!datasetIn(sam->journey(), quarter.id));
        QVERIFY(mServer.psql(mDatabase, QStringLiteral("GRANT SELECT ON datasets TO waymark_participant")));
        QVERIFY2(sam->catchUp(&error), qPrintable(error));
        sam->waitForDatasets();
        QVERIFY(datasetIn(sam->journey(), quarter.id));
        QVERIFY(*datasetIn(sam->journey(), quarter.id) == quarter);
    }

    // A participant: the window takes the import back naming the rule, the session is refused,
    // and SQL typed by hand with the participant's login is refused by the database itself.
    void aParticipantIsRefusedByTheDatabase()
    {
        auto sam = open(QStringLiteral("sam"));
        QVERIFY(sam);
        Dataset mine = test::manyAnswers(30, 1);
        sam->doc()->push(new AddDataset(sam->doc(), mine));
        QCOMPARE(sam->refusals.size(), 1);
        QVERIFY2(sam->refusals[0].contains(QStringLiteral("facilitators-data")), qPrintable(sam->refusals[0]));
        QVERIFY(!datasetIn(sam->doc()->journey(), mine.id));
        sam->doc()->push(new RemoveDataset(sam->doc(), mPublished.id));
        QCOMPARE(sam->refusals.size(), 2);
        QVERIFY(datasetIn(sam->doc()->journey(), mPublished.id));

        test::TestConnection byHand(mServer, mDatabase, QStringLiteral("sam"));
        QSqlQuery query(byHand.db());
        const QString journey = idText(mJourney.id);
        const QString dataset = idText(mPublished.id);
        for (const QString &statement :
             {QStringLiteral("INSERT INTO datasets (journey, id, seq, name, kind, bytes, body) VALUES ('%1', gen_random_uuid(), 1, '', '', 0, "
                             "'{\"name\": \"x\", \"kind\": \"nps\"}')"),
              QStringLiteral("UPDATE datasets SET body = jsonb_set(body, '{name}', '\"x\"') WHERE journey = '%1' AND id = '%2'"),
              QStringLiteral("DELETE FROM datasets WHERE journey = '%1' AND id = '%2'"),
              QStringLiteral("INSERT INTO changes (journey, author, seen, kind, entity, field, value) VALUES ('%1', 'sam', 0, 'dataset', '%2', "
                             "'deleted', 'null')")}) {
            QVERIFY2(!query.exec(QString(statement).replace(QStringLiteral("%1"), journey).replace(QStringLiteral("%2"), dataset)), qPrintable(statement));
            QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("waymark rule facilitators-data")), qPrintable(query.lastError().databaseText()));
        }
        QVERIFY(*datasetIn(opened(), mPublished.id) == mPublished);
    }

    // Over the server's limit (lowered here by the administrator: 64 MiB of test data would
    // only make the test slow): refused before anything is sent, naming the dataset, its size
    // and the limit; SQL by hand is refused by the database naming the rule and the dataset.
    void aTooLargeDatasetIsRefusedWithItsLimit()
    {
        QVERIFY(mServer.psql(mDatabase, QStringLiteral("CREATE OR REPLACE FUNCTION waymark_dataset_limit() RETURNS bigint LANGUAGE sql STABLE "
                                                       "AS 'SELECT 65536::bigint'")));
        auto fay = open(QStringLiteral("fay"));
        QVERIFY(fay);
        Dataset big = test::manyAnswers(20000, 4);
        big.name = QStringLiteral("Все ответы 2026");
        fay->doc()->push(new AddDataset(fay->doc(), big));
        // Known once the session's worker has written it out: a moment later, the window going on meanwhile.
        QTRY_COMPARE_WITH_TIMEOUT(fay->refusals.size(), 1, settleMs);
        const QString why = fay->refusals[0];
        QVERIFY2(why.contains(QStringLiteral("“Все ответы 2026”")) && why.contains(QStringLiteral("0.1 MB")) && why.contains(QStringLiteral("up to")),
                 qPrintable(why));
        QVERIFY(!datasetIn(fay->doc()->journey(), big.id));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM datasets")), QStringLiteral("1"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM changes")), QStringLiteral("0"));

        test::TestConnection byHand(mServer, mDatabase, QStringLiteral("fay"));
        QSqlQuery query(byHand.db());
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO datasets (journey, id, seq, name, kind, bytes, body) VALUES ('%1', gen_random_uuid(), 1, "
                                           "'', '', 0, jsonb_build_object('name', 'Гигант', 'kind', 'nps', 'pad', repeat('x', 70000)))")
                                .arg(idText(mJourney.id))));
        const QString refusal = query.lastError().databaseText();
        QVERIFY2(refusal.contains(QStringLiteral("waymark rule dataset-too-large")) && refusal.contains(QStringLiteral("Гигант"))
                     && refusal.contains(QStringLiteral("0.1 MB")),
                 qPrintable(refusal));
    }

    // Offline: a change of data is refused with the reason, not queued (an import can be tens
    // of MB); the window takes it back; once connected it goes through.
    void offlineItIsRefusedNotQueued()
    {
        QTemporaryDir queueDir;
        auto fay = open(QStringLiteral("fay"));
        QVERIFY(fay);
        fay->session->keepOfflineEdits(queueDir.path());
        fay->session->disconnectFromServer();
        Dataset quarter = test::manyAnswers(100, 2);
        quarter.name = QStringLiteral("Q4");
        fay->doc()->push(new AddDataset(fay->doc(), quarter));
        QCOMPARE(fay->refusals.size(), 1);
        QVERIFY2(fay->refusals[0].contains(QStringLiteral("not kept offline")) && fay->refusals[0].contains(QStringLiteral("“Q4”")),
                 qPrintable(fay->refusals[0]));
        QCOMPARE(fay->session->queuedEdits(), 0);
        QVERIFY(!datasetIn(fay->doc()->journey(), quarter.id));
        QString error;
        QVERIFY(!fay->session->removeDataset(mPublished.id, &error));
        QVERIFY2(error.contains(QStringLiteral("not kept offline")), qPrintable(error));

        QVERIFY2(fay->session->connectToServer(&error), qPrintable(error));
        fay->doc()->push(new AddDataset(fay->doc(), quarter));
        QTRY_VERIFY_WITH_TIMEOUT(!fay->session->transferringDatasets(), settleMs); // written by the session's worker
        QCOMPARE(fay->refusals.size(), 1);
        QVERIFY(datasetIn(opened(), quarter.id));
    }

    // A database of schema 7 kept its datasets inside `base`: migration 8 moves them to their
    // table, in order, and the journey reads the same.
    void schema7DatasetsMoveToTheirTable()
    {
        const Journey before = opened();
        Dataset second = test::manyAnswers(70, 12);
        second.name = QStringLiteral("second");
        // Back to how schema 7 stored them: in base, no table.
        QVERIFY(mServer.psql(mDatabase, QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{datasets}', "
                                                       "(SELECT jsonb_agg(body ORDER BY seq) FROM datasets)); "
                                                       "DROP TABLE datasets; UPDATE waymark_schema SET version = 7")));
        test::TestConnection owner(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerSchema::migrate(owner.db(), &error), qPrintable(error));
        QCOMPARE(sql(QStringLiteral("SELECT base ? 'datasets' FROM journeys")), QStringLiteral("f"));
        QCOMPARE(sql(QStringLiteral("SELECT name || ' ' || seq FROM datasets")), QStringLiteral("NPS Q2 -1"));
        QCOMPARE(test::journeyText(opened()), test::journeyText(before));
        auto fay = session(QStringLiteral("fay"));
        QVERIFY(fay);
        QVERIFY2(fay->addDataset(DatasetRef(second), &error), qPrintable(error));
        QCOMPARE(opened().datasets.back()->name, second.name);
    }

private:
    std::unique_ptr<ServerSession> session(const QString &user) { return test::connectedSession(mServer, mDatabase, mJourney.id, user); }
    std::unique_ptr<Window> open(const QString &user) { return test::openShared(mServer, mDatabase, mJourney.id, user); }
    Journey opened() { return test::journeyOnServer(mServer, mDatabase, mJourney.id); }
    QString sql(const QString &statement) { return mServer.psql(mDatabase, statement).value_or(QString()).trimmed(); }

    PostgresServer mServer;
    QString mDatabase;
    Journey mJourney;
    Dataset mPublished;
};

QTEST_GUILESS_MAIN(TestServerDatasets)
#include "tst_serverdatasets.moc"
