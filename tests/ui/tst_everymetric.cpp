// The metrics issue's "done when": a journey carrying NPS, CSAT, CES and an audit on its
// cards and an eNPS per department, the audit imported from an .xlsx workbook; a department
// head opens it for review and switches the map between them.
#include "canvas/journeyscene.h"
#include "commands/datasetcommands.h"
#include "data/importjob.h"
#include "data/metrics/metric.h"
#include "format/journeyfiles.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "testjourneys.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {

Dataset imported(const QByteArray &bytes, const QString &fileName, const QString &metric, const ImportChoices &choices = {})
{
    const ImportTarget target = ImportTarget::fromKey(metric);
    const ImportPreview preview = previewImport(bytes, fileName, choices, 5);
    ImportOutcome outcome = runImport(bytes, fileName, target, choices, guessImportMapping(target, preview.headers), {}, nullptr);
    if (!outcome.dataset)
        qFatal("import of %s failed: %s", qPrintable(fileName), qPrintable(outcome.error));
    return std::move(*outcome.dataset);
}

// Answers for every card with a data key; card i's answers lean from bad to good.
QByteArray answersFor(const Journey &journey, const QString &header, int lowest, int highest)
{
    QByteArray csv = "touchpoint," + header.toUtf8() + "\n";
    QRandomGenerator random(3);
    int card = 0;
    for (const Touchpoint &touchpoint : journey.touchpoints) {
        if (touchpoint.dataKey.isEmpty())
            continue;
        ++card;
        for (int i = 0; i < 40; ++i)
            csv += touchpoint.dataKey.toUtf8() + ',' + QByteArray::number(std::clamp(lowest + random.bounded(highest - lowest + 1) + card % 3 - 1, lowest, highest)) + '\n';
    }
    return csv;
}

QAction *figuresAction(MainWindow &window, const QString &metricName)
{
    for (QAction *top : window.menuBar()->actions())
        if (top->menu())
            for (QAction *item : top->menu()->actions())
                if (item->menu())
                    for (QAction *choice : item->menu()->actions())
                        if (choice->text() == metricName && choice->isCheckable() && choice->data().toString().size() > 1)
                            return choice;
    return nullptr;
}

} // namespace

class TestEveryMetric : public QObject
{
    Q_OBJECT
private slots:
    void departmentHeadSwitchesTheMapBetweenMetrics()
    {
        Journey journey = test::sampleJourney();
        JourneyDocument document(journey);
        document.push(new AddDataset(&document, imported(answersFor(journey, QStringLiteral("NPS"), 0, 10), QStringLiteral("nps.csv"), QStringLiteral("nps"))));
        document.push(new AddDataset(&document, imported(answersFor(journey, QStringLiteral("CSAT"), 1, 5), QStringLiteral("csat.csv"), QStringLiteral("csat"))));
        document.push(new AddDataset(&document, imported(answersFor(journey, QStringLiteral("Customer effort"), 1, 7), QStringLiteral("ces.csv"), QStringLiteral("ces"))));
        QFile workbook(QStringLiteral(WAYMARK_TEST_DATA_DIR "/xlsx/branch-audit.xlsx"));
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        const Dataset audit = imported(workbook.readAll(), QStringLiteral("branch-audit.xlsx"), QStringLiteral("audit"));
        QCOMPARE(audit.rows(), std::size_t(7));
        document.push(new AddDataset(&document, audit));
        const QByteArray enps = "Отдел,eNPS\nRetail network,10\nRetail network,9\nRetail network,6\nOperations,3\nOperations,2\nOperations,9\n";
        document.push(new AddDataset(&document, imported(enps, QStringLiteral("enps.csv"), QStringLiteral("enps"))));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("every-metric.waymark"));
        FormatError error;
        QVERIFY2(writeJourneyFile(document.journey(), path, &error), qPrintable(error.toString()));

        MainWindow window;
        window.resize(1400, 900);
        QVERIFY(window.openFile(path));
        window.document()->setReviewOnly(true); // as File → Open for Review does
        const Journey &open = window.document()->journey();
        const auto cardWith = [&](const QString &key) {
            for (const Touchpoint &card : open.touchpoints)
                if (card.dataKey == key)
                    return card.id;
            return QUuid();
        };
        const QUuid branch = cardWith(QStringLiteral("branch-appointment"));
        QVERIFY(!branch.isNull());

        // NPS first, as the journey has it.
        QCOMPARE(window.journeyScene()->dataOverlay().cards.value(branch).metric, QStringLiteral("nps"));
        for (const Metric *metric : allMetrics()) {
            if (metric->key() == QLatin1String("mean"))
                continue; // no dataset of it: its entry is greyed
            QAction *choice = figuresAction(window, metric->name());
            QVERIFY2(choice && choice->isEnabled(), qPrintable(metric->name()));
            choice->trigger();
            const auto &overlay = window.journeyScene()->dataOverlay();
            if (metric->aboutEmployees()) {
                // eNPS sits on the cards of the department it was measured in.
                const Department *retail = nullptr;
                for (const Department &department : open.departments)
                    if (department.name == QLatin1String("Retail network"))
                        retail = &department;
                QVERIFY(retail);
                int retailCards = 0;
                for (const Touchpoint &card : open.touchpoints) {
                    if (card.departmentId != retail->id)
                        continue;
                    ++retailCards;
                    QCOMPARE(overlay.cards.value(card.id).metric, QStringLiteral("enps"));
                    QVERIFY(std::abs(overlay.cards.value(card.id).nps - 100.0 / 3.0) < 1e-9); // 10, 9 vs 6
                }
                QVERIFY(retailCards > 0);
                QVERIFY(overlay.stages.isEmpty());
                continue;
            }
            QVERIFY2(overlay.cards.contains(branch), qPrintable(metric->name()));
            QCOMPARE(overlay.cards.value(branch).metric, metric->key());
            QVERIFY(!overlay.stages.isEmpty());
        }
        // The audit figure on the branch card: visits 9/12, 11/12, 6/12 → mean 72.2 %.
        figuresAction(window, metricByKey(QStringLiteral("audit"))->name())->trigger();
        QVERIFY(std::abs(window.journeyScene()->dataOverlay().cards.value(branch).nps - 100.0 * 26.0 / 36.0) < 1e-9);
        QVERIFY(!figuresAction(window, metricByKey(QStringLiteral("mean"))->name())->isEnabled());
        // Looking is not editing: nothing on the undo stack, the file unchanged.
        QCOMPARE(window.document()->undoStack()->count(), 0);
        QVERIFY(!window.document()->isModified());
    }
};

QTEST_MAIN(TestEveryMetric)
#include "tst_everymetric.moc"
