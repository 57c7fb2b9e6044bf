// Issue 20: while a large journey's survey answers are still read behind the window, no view
// waits for them on the window's thread. Each shows what the summary gives and says what is
// still coming where a figure needs every answer (CLV at risk, CLV per NPS category, the
// comments); each follows the document by itself when the rows arrive, and then shows what a
// journey read whole shows. The read is one the test holds back (test::HeldRows): "still
// pending after the view updated" proves the view did not wait. Printing and saving wait, with
// a dialog the user can cancel.
#include "business/opportunitiesdock.h"
#include "canvas/dataoverlay.h"
#include "charts/chartdata.h"
#include "clv/transactiondataset.h"
#include "clv/transactionsource.h"
#include "data/statisticsbehind.h"
#include "data/statisticscache.h"
#include "dialogs/waitforanswers.h"
#include "heldanswers.h"
#include "journeydocument.h"
#include "lifetimevalue/lifetimevaluedialog.h"
#include "testjourneys.h"
#include "voice/voicedock.h"

#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace waymark;

namespace {

const QString samples = QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/");

Dataset survey()
{
    return test::importedDataset(samples + QStringLiteral("retail-bank-nps.csv"), QStringLiteral("nps"));
}

Dataset purchases()
{
    QFile file(samples + QStringLiteral("retail-bank-purchases.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample purchases");
    const QByteArray bytes = file.readAll();
    return clv::transactionDataset(clv::readTransactionSource(bytes, QStringLiteral("retail-bank-purchases.csv")), bytes,
                                   QStringLiteral("retail-bank-purchases.csv"));
}

// The sample bank with its survey (`nps`: held or read whole) and imported lifetime values.
Journey bank(const Dataset &nps)
{
    Journey journey = test::sampleJourney();
    journey.datasets.emplace_back(nps);
    journey.datasets.emplace_back(test::importedDataset(samples + QStringLiteral("retail-bank-clv.csv"), QStringLiteral("clv")));
    return journey;
}

QString answersText(qint64 answers)
{
    return QLocale().toString(answers);
}

bool hasRow(QTreeWidget *tree, const QString &part)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0).contains(part))
            return true;
    return false;
}

} // namespace

class TestRowsBehindViews : public QObject
{
    Q_OBJECT

private slots:
    void overlayAndChartsShowTheSummaryThenTheClvFigures()
    {
        test::HeldRows held(survey());
        const qint64 answers = qint64(held.dataset().rows());
        JourneyDocument document(bank(held.dataset()));
        QSignalSpy read(&document, &JourneyDocument::datasetRowsRead);

        const DataOverlay early = dataOverlay(document.journey(), document.statistics(), QStringLiteral("nps"), true, true);
        const ChartData charts = chartData(document.statistics(), document.journey(), QStringLiteral("nps"));
        QVERIFY2(document.journey().datasets.front()->rowsPending(), "the views did not wait for the rows");
        QVERIFY(!early.cards.isEmpty()); // the badges come from the summary
        QVERIFY(early.clvAtRisk.isEmpty());
        QVERIFY(!early.clvReading.isEmpty()); // placeholders where the amounts will be
        QCOMPARE(early.clvAnswersBeingRead, answers);
        QVERIFY(!charts.touchpoints.empty());
        QCOMPARE(charts.clvAnswersBeingRead, answers);
        QVERIFY(charts.clv.empty() && charts.atRisk.empty());

        held.release();
        QVERIFY(read.wait(20'000) || read.size() == 1);
        // Read: the join runs behind the window (placeholders meanwhile), then the amounts.
        QSignalSpy joined(document.statistics().behind(), &StatisticsBehind::ready);
        const DataOverlay matching = dataOverlay(document.journey(), document.statistics(), QStringLiteral("nps"), true, true);
        QCOMPARE(matching.clvAnswersBeingMatched, answers);
        QCOMPARE(matching.clvReading, early.clvReading);
        QVERIFY(matching.clvAtRisk.isEmpty());
        QVERIFY(joined.wait(60'000));
        const DataOverlay late = dataOverlay(document.journey(), document.statistics(), QStringLiteral("nps"), true, true);
        const ChartData full = chartData(document.statistics(), document.journey(), QStringLiteral("nps"));
        // The same as the journey read whole: no join made without the rows was kept.
        const Journey whole = bank(survey());
        StatisticsCache fresh;
        const DataOverlay expected = dataOverlay(whole, fresh, QStringLiteral("nps"), true, true);
        QVERIFY(!expected.clvAtRisk.isEmpty());
        QVERIFY(late.clvReading.isEmpty());
        QCOMPARE(late.clvAtRisk, expected.clvAtRisk);
        for (auto it = early.clvReading.cbegin(); it != early.clvReading.cend(); ++it)
            QVERIFY2(late.clvAtRisk.contains(*it), "a placeholder stood where no amount came");
        const ChartData expectedCharts = chartData(fresh, whole, QStringLiteral("nps"));
        QVERIFY(expectedCharts.clvJoined > 0);
        QCOMPARE(full.clvJoined, expectedCharts.clvJoined);
        QCOMPARE(full.clvAnswersBeingRead, qint64(0));
        QCOMPARE(full.atRisk, expectedCharts.atRisk);
    }

    void businessCaseDockSaysRetentionFollows()
    {
        test::HeldRows held(survey());
        JourneyDocument document(bank(held.dataset()));
        OpportunitiesDock dock(&document);
        auto *summary = dock.findChild<QLabel *>(QStringLiteral("opportunitiesSummary"));
        QVERIFY(summary);
        QVERIFY(document.journey().datasets.front()->rowsPending());
        const QString reading = QStringLiteral("Reading the %1 survey answers").arg(answersText(qint64(held.dataset().rows())));
        QVERIFY2(summary->text().contains(reading), qPrintable(summary->text()));

        held.release();
        QTRY_VERIFY_WITH_TIMEOUT(!summary->text().contains(reading), 20'000); // refreshed by itself
        QVERIFY(!summary->text().isEmpty());
    }

    void lifetimeValueDialogShowsTheCategoriesWhenRead()
    {
        test::HeldRows held(survey());
        Journey journey = bank(held.dataset());
        journey.datasets.emplace_back(purchases());
        JourneyDocument document(std::move(journey));
        QSignalSpy read(&document, &JourneyDocument::datasetRowsRead);
        LifetimeValueDialog dialog(&document);
        QVERIFY(document.journey().datasets.front()->rowsPending());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.currentPage() != dialog.busyPage(), 60'000); // the fit, behind the window
        const QString reading = QStringLiteral("Reading the %1 survey answers").arg(answersText(qint64(held.dataset().rows())));
        QVERIFY(hasRow(dialog.groups(), reading));
        QVERIFY(hasRow(dialog.leaving(), reading));
        QVERIFY(!hasRow(dialog.groups(), QStringLiteral("Detractors")));
        QVERIFY(hasRow(dialog.groups(), QStringLiteral("All customers"))); // the model needs no answers
        QCOMPARE(dialog.groups()->topLevelItemCount(), 2 + int(dialog.groups()->findItems(QStringLiteral("Segment:"), Qt::MatchStartsWith).size()));

        held.release();
        QVERIFY(read.wait(20'000) || read.size() == 1);
        QTRY_VERIFY_WITH_TIMEOUT(!hasRow(dialog.groups(), reading), 20'000);
        QVERIFY(hasRow(dialog.groups(), QStringLiteral("Detractors")));
        QVERIFY(hasRow(dialog.groups(), QStringLiteral("No NPS answer")));
        QVERIFY(!hasRow(dialog.leaving(), reading));
    }

    void voiceDockSaysTheCommentsFollow()
    {
        test::HeldRows held(survey());
        JourneyDocument document(bank(held.dataset()));
        VoiceDock dock(&document);
        dock.show();
        auto *status = dock.findChild<QLabel *>(QStringLiteral("voiceStatus"));
        QVERIFY(status);
        QVERIFY(document.journey().datasets.front()->rowsPending());
        const QString reading = QStringLiteral("Reading the %1 survey answers").arg(answersText(qint64(held.dataset().rows())));
        QVERIFY2(status->text().contains(reading), qPrintable(status->text()));

        QSignalSpy comments(&dock, &VoiceDock::commentsRead);
        held.release();
        QVERIFY(comments.wait(20'000) || comments.size() == 1); // read by itself, the dock being shown
        QTRY_VERIFY_WITH_TIMEOUT(!dock.isBuilding(), 20'000);
        QVERIFY2(!status->text().contains(reading), qPrintable(status->text()));
    }

    void printingWaitsWithADialog()
    {
        test::HeldRows held(survey());
        const Journey journey = bank(held.dataset());
        QWidget window;
        window.show();
        // Released from the dialog's own event loop: the wait ends when the rows are there.
        QString shown;
        QTimer::singleShot(0, this, [&] {
            if (auto *bar = window.findChild<QProgressDialog *>(); bar && bar->isVisible())
                shown = bar->labelText();
            held.release();
        });
        QVERIFY(waitForAnswerRows(&window, journey, QStringLiteral("Reading %L1 answers…")));
        QCOMPARE(shown, QStringLiteral("Reading %1 answers…").arg(answersText(qint64(held.dataset().rows()))));
        QVERIFY(!journey.datasets.front()->rowsPending());
        QVERIFY(waitForAnswerRows(&window, journey, QStringLiteral("nothing to wait for"))); // read: returns at once
    }

    void printingCanBeCancelled()
    {
        test::HeldRows held(survey());
        const Journey journey = bank(held.dataset());
        QWidget window;
        window.show();
        // The user's Cancel: the dialog's button (QProgressDialog::cancel() alone only resets it).
        QTimer::singleShot(0, this, [&] {
            auto *bar = window.findChild<QProgressDialog *>();
            if (QPushButton *cancel = bar ? bar->findChild<QPushButton *>() : nullptr)
                cancel->click();
            else
                held.release(); // no dialog or button: fail below rather than wait for ever
        });
        QVERIFY(!waitForAnswerRows(&window, journey, QStringLiteral("Reading %L1 answers…")));
        QVERIFY(journey.datasets.front()->rowsPending()); // cancelled: nothing waited, nothing lost
    }
};

QTEST_MAIN(TestRowsBehindViews)
#include "tst_rowsbehindviews.moc"
