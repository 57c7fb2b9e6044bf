// Redo while shared of imported survey data (docs/server.md, "Redo"): an import, a re-import
// under a new name and a removal, each undone, redone (the other session reads the same rows
// again), undone once more; a redo refused, naming who and which change, when someone else
// replaced the dataset after the undo (their version stays).
#include "manyanswers.h"
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;
using test::journeyText;

namespace {

constexpr int settleMs = 10000; // generous: notifications on one machine take milliseconds

const Dataset *datasetIn(const Journey &journey, const QUuid &id)
{
    for (const DatasetRef &dataset : journey.datasets) {
        if (dataset->id == id)
            return &*dataset;
    }
    return nullptr;
}

} // namespace

class TestServerRedoDatasets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WAYMARK_START_POSTGRES(mServer); }

    void init()
    {
        static int next = 0;
        mDatabase = QStringLiteral("redodatasets%1").arg(++next);
        QVERIFY(mServer.createDatabase(mDatabase));
        mJourney = test::workshopJourney();
        Dataset published = test::manyAnswers(150, 3);
        published.name = QStringLiteral("NPS Q2");
        mJourney.datasets = {DatasetRef(published)};
        test::TestConnection connection(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerJourneys::publish(connection.db(), mJourney, &error), qPrintable(error));
    }

    void importReimportAndRemovalAreRedone()
    {
        auto a = session(QStringLiteral("Фая"));
        auto b = session(QStringLiteral("Флора"));
        QVERIFY(a && b);
        QString error;
        Dataset quarter = test::manyAnswers(240, 5);
        quarter.name = QStringLiteral("NPS Q3 · 3분기");
        QVERIFY2(a->addDataset(DatasetRef(quarter), &error), qPrintable(error));
        const QString imported = journeyText(a->journey());
        QVERIFY2(a->undo(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!a->transferringDatasets(), settleMs); // a dataset's undo is written by the session's worker
        settle({a.get(), b.get()});
        QTRY_VERIFY_WITH_TIMEOUT(!a->transferringDatasets() && !b->transferringDatasets(), settleMs); // reads on the workers
        settle({a.get(), b.get()});
        QVERIFY(!datasetIn(b->journey(), quarter.id));
        QVERIFY2(a->redo(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!a->transferringDatasets(), settleMs); // a dataset's undo is written by the session's worker
        settle({a.get(), b.get()});
        QTRY_VERIFY_WITH_TIMEOUT(!a->transferringDatasets() && !b->transferringDatasets(), settleMs); // reads on the workers
        settle({a.get(), b.get()});
        QCOMPARE(journeyText(b->journey()), imported); // the same rows, last in the order again
        QVERIFY2(a->undo(&error), qPrintable(error)); // the redo is a step of its own
        QTRY_VERIFY_WITH_TIMEOUT(!a->transferringDatasets(), settleMs); // a dataset's undo is written by the session's worker
        settle({a.get(), b.get()});
        QTRY_VERIFY_WITH_TIMEOUT(!a->transferringDatasets() && !b->transferringDatasets(), settleMs); // reads on the workers
        settle({a.get(), b.get()});
        QVERIFY(!datasetIn(b->journey(), quarter.id));
        QVERIFY2(a->redo(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!a->transferringDatasets(), settleMs); // a dataset's undo is written by the session's worker
        settle({a.get(), b.get()});
        QTRY_VERIFY_WITH_TIMEOUT(!a->transferringDatasets() && !b->transferringDatasets(), settleMs); // reads on the workers
        settle({a.get(), b.get()});

        Dataset renamed = quarter;
        renamed.name = QStringLiteral("NPS Q3, все ответы");
        QVERIFY2(a->replaceDataset(DatasetRef(renamed), &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!a->transferringDatasets(), settleMs); // a dataset's undo is written by the session's worker
        settle({a.get(), b.get()});
        QTRY_VERIFY_WITH_TIMEOUT(!a->transferringDatasets() && !b->transferringDatasets(), settleMs); // reads on the workers
        settle({a.get(), b.get()});
        QCOMPARE(datasetIn(b->journey(), quarter.id)->name, quarter.name);
        QVERIFY2(a->redo(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!a->transferringDatasets(), settleMs); // a dataset's undo is written by the session's worker
        settle({a.get(), b.get()});
        QTRY_VERIFY_WITH_TIMEOUT(!a->transferringDatasets() && !b->transferringDatasets(), settleMs); // reads on the workers
        settle({a.get(), b.get()});
        QCOMPARE(datasetIn(b->journey(), quarter.id)->name, renamed.name);
        QCOMPARE(datasetIn(opened(), quarter.id)->name, renamed.name);

        const QUuid first = mJourney.datasets[0]->id;
        QVERIFY2(a->removeDataset(first, &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!a->transferringDatasets(), settleMs); // a dataset's undo is written by the session's worker
        settle({a.get(), b.get()});
        QTRY_VERIFY_WITH_TIMEOUT(!a->transferringDatasets() && !b->transferringDatasets(), settleMs); // reads on the workers
        settle({a.get(), b.get()});
        QCOMPARE(b->journey().datasets.front()->id, first); // back at its place
        QVERIFY2(a->redo(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!a->transferringDatasets(), settleMs); // a dataset's undo is written by the session's worker
        settle({a.get(), b.get()});
        QTRY_VERIFY_WITH_TIMEOUT(!a->transferringDatasets() && !b->transferringDatasets(), settleMs); // reads on the workers
        settle({a.get(), b.get()});
        QVERIFY(!datasetIn(b->journey(), first));
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
        QCOMPARE(journeyText(b->journey()), journeyText(opened()));
    }

    void aDatasetSomeoneReplacedIsNotRedone()
    {
        auto a = session(QStringLiteral("Фая"));
        auto b = session(QStringLiteral("Флора"));
        QVERIFY(a && b);
        QString error;
        Dataset mine = *mJourney.datasets[0];
        mine.name = QStringLiteral("NPS Q2 Фаи");
        QVERIFY2(a->replaceDataset(DatasetRef(mine), &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!a->transferringDatasets(), settleMs); // a dataset's undo is written by the session's worker
        settle({a.get(), b.get()});
        QTRY_VERIFY_WITH_TIMEOUT(!a->transferringDatasets() && !b->transferringDatasets(), settleMs); // reads on the workers
        settle({a.get(), b.get()});
        Dataset theirs = *mJourney.datasets[0];
        theirs.name = QStringLiteral("NPS Q2 Флоры");
        const auto replaced = b->replaceDataset(DatasetRef(theirs), &error);
        QVERIFY2(replaced, qPrintable(error));
        settle({a.get(), b.get()});
        QTRY_VERIFY_WITH_TIMEOUT(!a->transferringDatasets() && !b->transferringDatasets(), settleMs); // reads on the workers
        settle({a.get(), b.get()});
        QVERIFY(!a->redo(&error));
        QCOMPARE(error, QStringLiteral("cannot redo: Флора replaced the dataset “NPS Q2 Флоры” since (change %1)").arg(*replaced));
        QVERIFY(!a->canRedo());
        QCOMPARE(datasetIn(opened(), mine.id)->name, theirs.name);
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
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

QTEST_GUILESS_MAIN(TestServerRedoDatasets)
#include "tst_serverredodatasets.moc"
