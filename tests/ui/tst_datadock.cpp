// The data dock lists the journey's datasets and renames and deletes them through commands;
// its charts follow the data, lead to the canvas, and draw the NPS goals and benchmark.
#include "statisticssettled.h"
#include "charts/chartdata.h"
#include "commands/datasetcommands.h"
#include "commands/editjourneysettings.h"
#include "data/importjob.h"
#include "data/answerstatistics.h"
#include "data/metrictargets.h"
#include "data/statisticscache.h"
#include "dialogs/npstargetsdialog.h"
#include "docks/datachartspanel.h"
#include "docks/datadock.h"
#include "docks/touchpointnpslist.h"
#include "format/journeyfiles.h"
#include "journeydocument.h"
#include "testjourneys.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace waymark;

namespace {
using test::sampleJourney;

Dataset importSample(const char *name, DatasetKind kind)
{
    QFile file(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    const auto mapping = guessImportMapping(kind, previewImport(bytes, QLatin1String(name), {}, 5).headers);
    ImportOutcome outcome = runImport(bytes, QLatin1String(name), kind, {}, mapping, {}, nullptr);
    return outcome.dataset ? *outcome.dataset : Dataset();
}
} // namespace

class TestDataDock : public QObject
{
    Q_OBJECT

private slots:
    void listsRenamesAndDeletes()
    {
        JourneyDocument document(test::smallJourney());
        DataDock dock(&document);
        QCOMPARE(dock.list()->topLevelItemCount(), 0);

        Dataset data;
        data.id = QUuid::createUuid();
        data.name = QStringLiteral("Anketa 2024");
        data.kind = DatasetKind::Clv;
        data.currency = QStringLiteral("RSD");
        data.source.fileName = QStringLiteral("kupci.csv");
        data.clv.edit().customer = {data.clv.edit().strings.add(QStringLiteral("K-1"))};
        data.clv.edit().value = {12.5};
        data.clv.edit().currency = {0};
        data.clv.edit().segment = {0};
        data.clv.edit().acquired = {noDate};
        document.push(new AddDataset(&document, data));
        QCOMPARE(dock.list()->topLevelItemCount(), 1);
        QTreeWidgetItem *item = dock.list()->topLevelItem(0);
        QCOMPARE(item->text(0), QStringLiteral("Anketa 2024"));
        QCOMPARE(item->text(3), QStringLiteral("kupci.csv"));

        // Renaming in the list is a command; an empty name is refused.
        item->setText(0, QStringLiteral("Анкета 2024"));
        QCOMPARE(document.journey().datasets[0]->name, QStringLiteral("Анкета 2024"));
        dock.list()->topLevelItem(0)->setText(0, QStringLiteral("  "));
        QCOMPARE(document.journey().datasets[0]->name, QStringLiteral("Анкета 2024"));
        QCOMPARE(dock.list()->topLevelItem(0)->text(0), QStringLiteral("Анкета 2024"));

        // Delete asks; no keeps it, yes removes it; undo brings it back.
        bool answer = false;
        int asked = 0;
        dock.setConfirm([&](const QString &) { ++asked; return answer; });
        dock.deleteDataset(0);
        QCOMPARE(asked, 1);
        QCOMPARE(document.journey().datasets.size(), std::size_t(1));
        answer = true;
        dock.deleteDataset(0);
        QVERIFY(document.journey().datasets.empty());
        QCOMPARE(dock.list()->topLevelItemCount(), 0);
        document.undoStack()->undo();
        QCOMPARE(dock.list()->topLevelItemCount(), 1);
        document.undoStack()->undo();
        QCOMPARE(dock.list()->topLevelItem(0)->text(0), QStringLiteral("Anketa 2024"));
    }

    void chartsFollowTheDataAndLeadToTheCanvas()
    {
        JourneyDocument document(sampleJourney());
        DataDock dock(&document);
        dock.resize(460, 900);
        document.push(new AddDataset(&document, importSample("retail-bank-nps.csv", DatasetKind::Answers)));
        dock.refreshCharts();
        const ChartData &data = dock.charts()->data();
        QVERIFY(data.hasNps);
        QVERIFY(!data.hasClv);

        // Trend: all responses and the three segments over the sample's eight quarters.
        QCOMPARE(data.trend.size(), std::size_t(4));
        QCOMPARE(data.trend[0].points.size(), std::size_t(8));
        QCOMPARE(data.trend[0].points.front().quarter, QStringLiteral("2023-Q1"));
        qint64 answers = 0;
        for (const TrendPoint &point : data.trend[0].points)
            answers += point.n;
        QCOMPARE(answers, qint64(3000)); // every dated answer in one quarter

        // Touchpoints lowest first, each as the statistics count it for the card's data key.
        const AnswerTable &table = document.journey().datasets[0]->answers;
        QHash<QString, double> byKey;
        for (const MetricGroup &group : groupAnswers(table, *metricByKey(QStringLiteral("nps")), {Dimension::Touchpoint}))
            byKey.insert(group.key[0].second, group.summary.value);
        QVERIFY(data.touchpoints.size() >= 30);
        for (std::size_t i = 0; i < data.touchpoints.size(); ++i) {
            const Touchpoint *card = document.journey().touchpoint(data.touchpoints[i].cardId);
            QVERIFY(card);
            QCOMPARE(data.touchpoints[i].value, byKey.value(card->dataKey));
            if (i > 0)
                QVERIFY(data.touchpoints[i - 1].value <= data.touchpoints[i].value);
        }
        QCOMPARE(dock.charts()->touchpointList()->topLevelItemCount(), int(data.touchpoints.size()));

        // Clicking a row or a stage's bar asks for that card or stage.
        QSignalSpy cards(&dock, &DataDock::touchpointActivated);
        QSignalSpy stages(&dock, &DataDock::stageActivated);
        QTreeWidget *list = dock.charts()->touchpointList();
        emit list->itemClicked(list->topLevelItem(0), 0);
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards[0][0].toUuid(), data.touchpoints[0].cardId);
        dock.charts()->activateStageBar(int(data.stages.size()) - 1); // the top bar
        QCOMPARE(stages.size(), 1);
        QCOMPARE(stages[0][0].toUuid(), data.stages[0].stageId);
        QCOMPARE(data.stages[0].stageId, document.journey().stages[0].id); // the journey's first stage on top

        // Every answer's key belongs to a card: no unmatched keys shown.
        QVERIFY(dock.unmatchedLabel()->isHidden());
        dock.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("datadock.png")));
        dock.charts()->setCurrentIndex(2);
        dock.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("datadock-stages.png")));
    }

    void clvAtRiskListsCardsAndUnmatchedKeysAreNamed()
    {
        JourneyDocument document(sampleJourney());
        DataDock dock(&document);
        document.push(new AddDataset(&document, importSample("retail-bank-nps.csv", DatasetKind::Answers)));
        document.push(new AddDataset(&document, importSample("retail-bank-clv.csv", DatasetKind::Clv)));
        QVERIFY(test::settleStatistics(document, [&] { dock.refreshCharts(); })); // the join runs behind the window
        const ChartData &data = dock.charts()->data();
        QVERIFY(data.hasClv);
        QCOMPARE(data.clvCurrency, QStringLiteral("EUR"));
        QCOMPARE(data.clvJoined, qint64(1451));
        QCOMPARE(data.clv.size(), std::size_t(3));
        QCOMPARE(data.clv[0].customers, qint64(437)); // promoters, as tst_cli checks against Python
        QVERIFY(std::abs(data.clv[0].mean - 1146694.90 / 437) < 1e-6);
        QTreeWidget *risk = dock.charts()->atRiskList();
        QCOMPARE(risk->topLevelItemCount(), int(data.atRisk.size()));
        QCOMPARE(risk->topLevelItem(0)->text(0), data.cardTitles.value(QStringLiteral("no-status"))); // titles, not keys
        QSignalSpy keys(&dock, &DataDock::touchpointKeyActivated);
        emit risk->itemClicked(risk->topLevelItem(0), 0);
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys[0][0].toString(), QStringLiteral("no-status"));

        // Answers for a touchpoint no card has are named, not dropped in silence.
        Dataset extra = importSample("retail-bank-nps.csv", DatasetKind::Answers);
        extra.answers.edit().touchpoint[0] = extra.answers.edit().strings.add(QStringLiteral("old-kiosk"));
        extra.answers.edit().touchpoint[1] = extra.answers->touchpoint[0];
        document.push(new AddDataset(&document, extra));
        dock.refreshCharts();
        QVERIFY(!dock.unmatchedLabel()->isHidden());
        QVERIFY2(dock.unmatchedLabel()->text().contains(QStringLiteral("old-kiosk (2)")), qPrintable(dock.unmatchedLabel()->text()));
    }

    void goalsAndBenchmarkAreOneUndoStepAndDrawn()
    {
        Journey journey = sampleJourney();
        QVERIFY(NpsTargets::fromSettings(journey.settings).benchmark); // the sample comes with targets…
        journey.settings.clear();                                     // …this test starts without
        JourneyDocument document(journey);
        DataDock dock(&document);
        document.push(new AddDataset(&document, importSample("retail-bank-nps.csv", DatasetKind::Answers)));
        NpsTargetsDialog dialog(NpsTargets(), {QStringLiteral("Students")}, nullptr);
        dialog.benchmarkCheck()->setChecked(true);
        dialog.benchmarkValue()->setValue(-5);
        dialog.benchmarkName()->setText(QStringLiteral("Банки, среднее"));
        dialog.addGoal({QStringLiteral("Students"), QStringLiteral("2023-Q1"), -20, 3});
        const NpsTargets targets = dialog.targets();
        QCOMPARE(targets.goals.size(), std::size_t(1));
        QCOMPARE(targets.goals[0].segment, QStringLiteral("Students"));
        document.push(new EditJourneySettings(&document, targets.toSettings(), QStringLiteral("Edit NPS goals")));
        dock.refreshCharts();
        const ChartData &data = dock.charts()->data();
        QCOMPARE(data.benchmark, std::optional<double>(-5));
        QCOMPARE(data.benchmarkName, QStringLiteral("Банки, среднее"));
        QCOMPARE(data.goals.size(), std::size_t(1));
        // From 2023-Q1 at −20, +3 a quarter, to the data's last quarter 2024-Q4: −20 + 7 × 3 = 1.
        QCOMPARE(data.goals[0].points.size(), std::size_t(8));
        QCOMPARE(data.goals[0].points.back().first, QStringLiteral("2024-Q4"));
        QCOMPARE(data.goals[0].points.back().second, 1.0);
        QCOMPARE(NpsTargets::fromSettings(document.journey().settings), targets); // survives the settings map
        document.undoStack()->undo();
        dock.refreshCharts();
        QVERIFY(dock.charts()->data().goals.empty());
        QVERIFY(!dock.charts()->data().benchmark);
    }
};

QTEST_MAIN(TestDataDock)
#include "tst_datadock.moc"
