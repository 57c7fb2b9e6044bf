// Every CX measure in the data dock and the PDF summary: the metric choice, the value per
// touchpoint and per stage in the metric's own scale, goals and a benchmark per metric, and
// the summary's key figures (the journey's choice, in the export dialog too).
#include "charts/chartdata.h"
#include "commands/datasetcommands.h"
#include "data/answerstatistics.h"
#include "data/importjob.h"
#include "data/metrictargets.h"
#include "data/statisticscache.h"
#include "dialogs/exportdialog.h"
#include "dialogs/npstargetsdialog.h"
#include "docks/datachartspanel.h"
#include "docks/datadock.h"
#include "docks/touchpointnpslist.h"
#include "journeydocument.h"
#include "print/exportoptions.h"
#include "print/journeyprint.h"
#include "testjourneys.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QValueAxis>

#include <cmath>

using namespace waymark;

namespace {

Dataset importText(const QByteArray &csv, const QString &metric)
{
    const ImportTarget target = ImportTarget::fromKey(metric);
    const QString name = QStringLiteral("retail-bank-%1.csv").arg(metric);
    const ImportPreview preview = previewImport(csv, name, {}, 10);
    ImportOutcome outcome = runImport(csv, name, target, {}, guessImportMapping(target, preview.headers), {}, nullptr);
    if (!outcome.dataset)
        qWarning() << metric << outcome.error;
    return outcome.dataset ? *outcome.dataset : Dataset();
}

// The bundled NPS sample, and CSAT, CES and audit answers derived from it (the same
// respondents, touchpoints and dates; scores moved to each metric's scale; an audit visit
// for one answer in eight), so every metric has a shape across the sample's cards.
QHash<QString, QByteArray> sampleData()
{
    QFile file(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-nps.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.readAll().split('\n');
    QByteArray csat = "respondent,date,segment,touchpoint,satisfaction\n";
    QByteArray ces = "respondent,date,segment,touchpoint,effort score\n";
    QByteArray audit = "visit,date,touchpoint,score\n";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].split(',');
        if (f.size() < 8)
            continue;
        const int score = f[7].toInt();
        const QByteArray common = f[0] + ',' + f[2] + ',' + f[3] + ',' + f[4] + ',';
        csat += common + QByteArray::number(1 + std::lround(score * 0.4 - 0.1 * (i % 3))) + '\n';
        ces += common + QByteArray::number(1 + std::lround(score * 0.6 - 0.2 * (i % 2))) + '\n';
        if (i % 8 == 0)
            audit += f[0] + ',' + f[2] + ',' + f[4] + ',' + QByteArray::number(std::min(100, 40 + score * 6 + int(i % 5))) + '\n';
    }
    file.seek(0);
    return {{QStringLiteral("nps"), file.readAll()}, {QStringLiteral("csat"), csat}, {QStringLiteral("ces"), ces}, {QStringLiteral("audit"), audit}};
}

// The sample journey with NPS, CSAT, CES and audit data.
Journey journeyWithFourMetrics()
{
    Journey journey = test::sampleJourney();
    journey.settings.clear(); // the sample's NPS targets are not this test's
    const auto data = sampleData();
    for (const char *metric : {"nps", "csat", "ces", "audit"})
        journey.datasets.push_back(DatasetRef(importText(data.value(QLatin1String(metric)), QLatin1String(metric))));
    return journey;
}

QString outputPath(const QString &name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

} // namespace

class TestMetricDock : public QObject
{
    Q_OBJECT

private slots:
    void comboListsTheMetricsWithData()
    {
        JourneyDocument document(journeyWithFourMetrics());
        QCOMPARE(document.journey().datasets.size(), std::size_t(4));
        for (const DatasetRef &dataset : document.journey().datasets)
            QVERIFY2(dataset->rows() > 300, qPrintable(dataset->metricKey));
        DataDock dock(&document);
        QComboBox *combo = dock.metricCombo();
        QStringList keys;
        for (int i = 0; i < combo->count(); ++i)
            keys << combo->itemData(i).toString();
        QCOMPARE(keys, (QStringList{QStringLiteral("nps"), QStringLiteral("csat"), QStringLiteral("ces"), QStringLiteral("audit")}));
        QCOMPARE(dock.metricKey(), QStringLiteral("nps")); // NPS first
        QCOMPARE(combo->currentData().toString(), QStringLiteral("nps"));
        QCOMPARE(dock.charts()->data().metricKey, QStringLiteral("nps"));
        dock.resize(460, 900);
        dock.charts()->setCurrentIndex(1);
        dock.grab().save(outputPath(QStringLiteral("metricdock-nps.png")));

        // Without NPS data the first metric with data is shown; the choice is no edit.
        document.push(new RemoveDataset(&document, document.journey().datasets[0]->id));
        QCOMPARE(dock.metricKey(), QStringLiteral("csat"));
        QCOMPARE(combo->count(), 3);
        document.undoStack()->undo();
        QCOMPARE(dock.metricKey(), QStringLiteral("nps"));
        const int steps = document.undoStack()->count();
        dock.setMetricKey(QStringLiteral("ces"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("ces"));
        QCOMPARE(document.undoStack()->count(), steps);
    }

    void csatPerTouchpointWorstFirstInItsScale()
    {
        JourneyDocument document(journeyWithFourMetrics());
        DataDock dock(&document);
        dock.resize(460, 900);
        const int csatIndex = dock.metricCombo()->findData(QStringLiteral("csat"));
        dock.metricCombo()->setCurrentIndex(csatIndex);
        emit dock.metricCombo()->activated(csatIndex); // as a click on the item does
        const ChartData &data = dock.charts()->data();
        QCOMPARE(data.metricKey, QStringLiteral("csat"));
        QCOMPARE(data.scale.low, 0.0);
        QCOMPARE(data.scale.high, 100.0);

        const DatasetRef &csat = *document.journey().newestDataset(QStringLiteral("csat"));
        QHash<QString, MetricSummary> byKey;
        for (const MetricGroup &group : groupAnswers(csat->answers, *metricByKey(QStringLiteral("csat")), {Dimension::Touchpoint}))
            byKey.insert(group.key[0].second, group.summary);
        QVERIFY(data.touchpoints.size() >= 30);
        for (std::size_t i = 0; i < data.touchpoints.size(); ++i) {
            const TouchpointFigure &row = data.touchpoints[i];
            const Touchpoint *card = document.journey().touchpoint(row.cardId);
            QVERIFY(card);
            const MetricSummary expected = byKey.value(card->dataKey);
            QCOMPARE(row.value, expected.value);
            QCOMPARE(row.low95, expected.low95);
            QCOMPARE(row.high95, expected.high95);
            QCOMPARE(row.n, qint64(std::llround(expected.n)));
            QVERIFY(row.value >= 0 && row.value <= 100);
            if (i > 0)
                QVERIFY(data.touchpoints[i - 1].value <= row.value); // worst first
        }
        // The list says which metric, and writes Wilson intervals by their ends.
        TouchpointNpsList *list = dock.charts()->touchpointList();
        QCOMPARE(list->topLevelItemCount(), int(data.touchpoints.size()));
        QCOMPARE(list->headerItem()->text(1), metricByKey(QStringLiteral("csat"))->name());
        QVERIFY2(list->topLevelItem(0)->text(2).contains(QStringLiteral("–")), qPrintable(list->topLevelItem(0)->text(2)));

        // The trend has the CSAT scale and the stages show the satisfied / neutral / dissatisfied mix.
        auto *axis = qobject_cast<QValueAxis *>(dock.charts()->trendView()->chart()->axes(Qt::Vertical).constFirst());
        QVERIFY(axis);
        QCOMPARE(axis->min(), 0.0);
        QCOMPARE(axis->max(), 100.0);
        QVERIFY(data.stagesAsMix);
        QCOMPARE(data.stages.size(), document.journey().stages.size());

        dock.charts()->setCurrentIndex(1);
        dock.grab().save(outputPath(QStringLiteral("metricdock-csat.png")));
        dock.charts()->setCurrentIndex(0);
        dock.grab().save(outputPath(QStringLiteral("metricdock-csat-trend.png")));
        dock.charts()->setCurrentIndex(2);
        dock.grab().save(outputPath(QStringLiteral("metricdock-csat-stages.png")));
    }

    void auditStagesShowValuesAndCesKeepsItsScale()
    {
        JourneyDocument document(journeyWithFourMetrics());
        DataDock dock(&document);
        dock.resize(460, 900);
        dock.setMetricKey(QStringLiteral("audit"));
        const ChartData &data = dock.charts()->data();
        QCOMPARE(data.metricKey, QStringLiteral("audit"));
        QVERIFY(!data.stagesAsMix); // audits have no bands: a value per stage
        QVERIFY(!data.stages.empty());
        QCOMPARE(data.scale.high, 100.0);
        QChart *chart = dock.charts()->stageView()->chart();
        QHorizontalBarSeries *bars = nullptr;
        for (QAbstractSeries *series : chart->series())
            if (auto *found = qobject_cast<QHorizontalBarSeries *>(series))
                bars = found;
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 1);
        QBarSet *values = bars->barSets().constFirst();
        QCOMPARE(values->count(), int(data.stages.size()));
        for (std::size_t i = 0; i < data.stages.size(); ++i) {
            QVERIFY(data.stages[i].hasValue);
            // Bottom-up: the journey's first stage is the last bar.
            QVERIFY(std::abs(values->at(int(data.stages.size() - 1 - i)) - data.stages[i].value) <= 0.5);
        }
        // Clicking a value bar asks for that stage, as the mix's bars do.
        QSignalSpy stages(&dock, &DataDock::stageActivated);
        emit bars->clicked(int(data.stages.size()) - 1, values);
        QCOMPARE(stages.size(), 1);
        QCOMPARE(stages[0][0].toUuid(), data.stages[0].stageId);
        dock.charts()->setCurrentIndex(2);
        dock.grab().save(outputPath(QStringLiteral("metricdock-audit-stages.png")));

        dock.setMetricKey(QStringLiteral("ces"));
        QCOMPARE(dock.charts()->data().scale.low, 1.0);
        QCOMPARE(dock.charts()->data().scale.high, 7.0);
        QVERIFY(dock.charts()->data().stagesAsMix); // hard / neutral / easy
    }

    void enpsIsPerDepartment()
    {
        Journey journey = test::sampleJourney();
        QByteArray csv = "respondent,department,date,score\n";
        for (int i = 0; i < 90; ++i)
            csv += "E" + QByteArray::number(i) + ',' + (i % 3 == 0 ? "Retail network" : i % 3 == 1 ? "Operations" : "Digital & IT") + ",2024-0"
                + QByteArray::number(1 + i % 6) + "-15," + QByteArray::number((i * 7) % 11) + '\n';
        journey.datasets.push_back(DatasetRef(importText(csv, QStringLiteral("enps"))));
        JourneyDocument document(journey);
        DataDock dock(&document);
        QCOMPARE(dock.metricKey(), QStringLiteral("enps"));
        const ChartData &data = dock.charts()->data();
        QVERIFY(data.byDepartment);
        QCOMPARE(data.touchpoints.size(), std::size_t(3));
        for (const TouchpointFigure &row : data.touchpoints)
            QVERIFY(row.cardId.isNull());
        QCOMPARE(dock.charts()->tabText(1), QStringLiteral("Departments"));
        QSignalSpy cards(&dock, &DataDock::touchpointActivated);
        emit dock.charts()->touchpointList()->itemClicked(dock.charts()->touchpointList()->topLevelItem(0), 0);
        QCOMPARE(cards.size(), 0); // a department has no card to show
        dock.resize(460, 700);
        dock.charts()->setCurrentIndex(1);
        dock.grab().save(outputPath(QStringLiteral("metricdock-enps.png")));
        dock.charts()->setCurrentIndex(2);
        dock.grab().save(outputPath(QStringLiteral("metricdock-enps-mix.png")));
    }

    void anyNumberIsDrawnOnTheDataRange()
    {
        Journey journey = test::sampleJourney();
        QByteArray csv = "touchpoint,date,score\n";
        for (int i = 0; i < 120; ++i)
            csv += QByteArray(i % 2 ? "kyc-upload" : "branch-appointment") + ",2024-0" + QByteArray::number(1 + i % 6) + "-10,"
                + QByteArray::number(1200 + (i * 37) % 300) + '\n';
        journey.datasets.push_back(DatasetRef(importText(csv, QStringLiteral("mean"))));
        StatisticsCache cache;
        const ChartData data = chartData(cache, journey, QStringLiteral("mean"));
        QVERIFY(data.hasAnswers);
        QVERIFY(!data.trend.empty());
        QVERIFY(std::isfinite(data.scale.low) && std::isfinite(data.scale.high));
        // Means of 1,200…1,499 near 1,350: the axis hugs them (not from 0, not to the largest answer).
        QVERIFY2(data.scale.low > 1200 && data.scale.high < 1500 && data.scale.low < data.scale.high,
                 qPrintable(QStringLiteral("%1 … %2").arg(data.scale.low).arg(data.scale.high)));
        for (const TrendSeries &series : data.trend)
            for (const TrendPoint &point : series.points)
                QVERIFY(point.low() >= data.scale.low && point.high() <= data.scale.high);
        QVERIFY(!data.stagesAsMix);
    }

    void csatGoalsRoundTripThroughSettingsAndUndo()
    {
        JourneyDocument document(journeyWithFourMetrics());
        Journey withNpsTargets = document.journey();
        DataDock dock(&document);
        dock.setMetricKey(QStringLiteral("csat"));
        // The dialog the Goals… button opens, for CSAT: values on its 0–100 % scale.
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<NpsTargetsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            asked = true;
            QCOMPARE(dialog->benchmarkValue()->minimum(), 0.0);
            QCOMPARE(dialog->benchmarkValue()->maximum(), 100.0);
            dialog->benchmarkCheck()->setChecked(true);
            dialog->benchmarkValue()->setValue(140); // beyond the scale: kept at 100 %
            QCOMPARE(dialog->benchmarkValue()->value(), 100.0);
            dialog->benchmarkValue()->setValue(78.5);
            dialog->benchmarkName()->setText(QStringLiteral("Banke, prosek"));
            dialog->addGoal({QStringLiteral("Students"), QStringLiteral("2023-Q3"), 60, 2.5});
            dialog->grab().save(outputPath(QStringLiteral("metricdock-csat-goals.png")));
            dialog->accept();
        });
        const int steps = document.undoStack()->count();
        dock.editTargets();
        QVERIFY(asked);
        QCOMPARE(document.undoStack()->count(), steps + 1); // one undo step
        const QMap<QString, QString> &settings = document.journey().settings;
        QCOMPARE(settings.value(QStringLiteral("csat/benchmark")), QStringLiteral("78.5"));
        QVERIFY(!settings.contains(QStringLiteral("nps/benchmark"))); // NPS's targets untouched
        const MetricTargets read = MetricTargets::fromSettings(settings, QStringLiteral("csat"));
        QCOMPARE(read.metric, QStringLiteral("csat"));
        QCOMPARE(read.benchmark, std::optional<double>(78.5));
        QCOMPARE(read.benchmarkName, QStringLiteral("Banke, prosek"));
        QCOMPARE(read.goals.size(), std::size_t(1));
        QCOMPARE(MetricTargets::fromSettings(read.toSettings(), QStringLiteral("csat")), read);

        dock.refreshCharts();
        const ChartData &data = dock.charts()->data();
        QCOMPARE(data.benchmark, std::optional<double>(78.5));
        QCOMPARE(data.goals.size(), std::size_t(1));
        // From 2023-Q3 at 60 %, +2.5 a quarter, to the data's last quarter 2024-Q4: 60 + 5 × 2.5.
        QCOMPARE(data.goals[0].points.back().first, QStringLiteral("2024-Q4"));
        QCOMPARE(data.goals[0].points.back().second, 72.5);
        // NPS's chart knows nothing of CSAT's targets.
        dock.setMetricKey(QStringLiteral("nps"));
        QVERIFY(!dock.charts()->data().benchmark);

        document.undoStack()->undo();
        QVERIFY(!document.journey().settings.contains(QStringLiteral("csat/benchmark")));
        QCOMPARE(document.journey().settings, withNpsTargets.settings);

        // A file's benchmark outside the scale is not read; an open scale takes any number.
        QMap<QString, QString> file{{QStringLiteral("csat/benchmark"), QStringLiteral("140")}, {QStringLiteral("ces/benchmark"), QStringLiteral("6.1")},
                                    {QStringLiteral("ces/goals"), QStringLiteral("[{\"from\":\"2024-Q1\",\"start\":9,\"perQuarter\":0.1}]")},
                                    {QStringLiteral("mean/benchmark"), QStringLiteral("1234.5")}};
        QVERIFY(!MetricTargets::fromSettings(file, QStringLiteral("csat")).benchmark);
        QCOMPARE(MetricTargets::fromSettings(file, QStringLiteral("ces")).benchmark, std::optional<double>(6.1));
        QVERIFY(MetricTargets::fromSettings(file, QStringLiteral("ces")).goals.empty()); // 9 is beyond 1–7
        QCOMPARE(MetricTargets::fromSettings(file, QStringLiteral("mean")).benchmark, std::optional<double>(1234.5));
    }

    void summaryKeyFiguresFollowTheJourney()
    {
        Journey journey = journeyWithFourMetrics();
        QCOMPARE(defaultSummaryKpis(journey), (QStringList{QStringLiteral("nps"), QStringLiteral("csat")}));
        QCOMPARE(summaryKpis(journey), defaultSummaryKpis(journey));
        journey.settings.insert(summaryKpisSetting, QStringLiteral("ces, audit,banana,ces,enps"));
        QCOMPARE(summaryKpis(journey), (QStringList{QStringLiteral("ces"), QStringLiteral("audit")})); // no data, unknown, repeated: left out
        journey.settings.insert(summaryKpisSetting, QStringLiteral("banana"));
        QCOMPARE(summaryKpis(journey), defaultSummaryKpis(journey));
        Journey npsOnly = test::sampleJourney();
        QVERIFY(defaultSummaryKpis(npsOnly).isEmpty());
        npsOnly.datasets.push_back(journey.datasets[0]);
        npsOnly.datasets.push_back(journey.datasets[2]);
        QCOMPARE(defaultSummaryKpis(npsOnly), (QStringList{QStringLiteral("nps"), QStringLiteral("ces")})); // whatever there is, NPS first

        // The summary page paints; a picture of it for a person to look at.
        journey.settings.remove(summaryKpisSetting);
        journey.settings.insert(QStringLiteral("csat/benchmark"), QStringLiteral("80"));
        journey.settings.insert(QStringLiteral("csat/benchmarkName"), QStringLiteral("Retail banking average"));
        ExportOptions options;
        options.summary = true;
        options.page = QPageSize::A4;
        const JourneyPrint print(journey, options);
        QImage page(print.pageSize().toSize(), QImage::Format_ARGB32);
        page.fill(Qt::white);
        {
            QPainter painter(&page);
            print.paintPage(painter, print.pages().front(), 0, int(print.pages().size()));
        }
        QVERIFY(page.save(outputPath(QStringLiteral("summary-kpis-a4.png"))));
    }

    void exportDialogChoosesTheKeyFigures()
    {
        JourneyDocument document(journeyWithFourMetrics());
        ExportOptions options;
        options.summary = true;
        ExportDialog dialog(document.journey(), options);
        dialog.setDocument(&document);
        QCOMPARE(dialog.summaryKpis(), (QStringList{QStringLiteral("nps"), QStringLiteral("csat")}));
        QCOMPARE(dialog.summaryKpiList()->count(), 4); // every metric with data, the chosen ones ticked
        dialog.grab().save(outputPath(QStringLiteral("metricdock-export.png")));
        QVERIFY(dialog.journeySettingChanges().isEmpty());
        dialog.keepSettingChanges();
        QVERIFY(!document.undoStack()->canUndo()); // nothing changed, nothing pushed

        // Tick CES, make CSAT the charted one.
        dialog.setSummaryKpis({QStringLiteral("csat"), QStringLiteral("nps"), QStringLiteral("ces")});
        QCOMPARE(dialog.summaryKpis(), (QStringList{QStringLiteral("csat"), QStringLiteral("nps"), QStringLiteral("ces")}));
        QCOMPARE(dialog.summaryKpiList()->item(0)->data(Qt::UserRole).toString(), QStringLiteral("csat"));
        dialog.summaryKpiList()->item(2)->setCheckState(Qt::Unchecked); // and CES off again by hand
        QCOMPARE(dialog.summaryKpis(), (QStringList{QStringLiteral("csat"), QStringLiteral("nps")}));
        QCOMPARE(dialog.journeySettingChanges().value(summaryKpisSetting), QStringLiteral("csat,nps"));
        // Still the business case, two summary pages, what customers say (the sample's answers
        // carry comments) and the map.
        QCOMPARE(dialog.previewPageCount(), 8);
        // Dragging NPS to the top (as the list's internal move does).
        QVERIFY(dialog.summaryKpiList()->model()->moveRow(QModelIndex(), 1, QModelIndex(), 0));
        QApplication::processEvents();
        QCOMPARE(dialog.summaryKpis(), (QStringList{QStringLiteral("nps"), QStringLiteral("csat")}));
        QVERIFY(dialog.journeySettingChanges().isEmpty()); // the journey's own choice again
        QVERIFY(dialog.summaryKpiList()->model()->moveRow(QModelIndex(), 1, QModelIndex(), 0));
        dialog.keepSettingChanges();
        QCOMPARE(document.journey().settings.value(summaryKpisSetting), QStringLiteral("csat,nps"));
        QCOMPARE(summaryKpis(document.journey()), (QStringList{QStringLiteral("csat"), QStringLiteral("nps")}));
        document.undoStack()->undo();
        QVERIFY(!document.journey().settings.contains(summaryKpisSetting));
    }
};

QTEST_MAIN(TestMetricDock)
#include "tst_metricdock.moc"
