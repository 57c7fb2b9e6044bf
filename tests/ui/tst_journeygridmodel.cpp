// The read-only grid follows the document: shape, cell contents in cell order, totals from
// the model's calculator, and updates after commands and undo.
#include "commands/addtouchpoint.h"
#include "commands/editentity.h"
#include "commands/removestage.h"
#include "efforttotals.h"
#include "grid/journeygridmodel.h"
#include "journeydocument.h"
#include "testjourneys.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace waymark;

class TestJourneyGridModel : public QObject
{
    Q_OBJECT

private slots:
    void shapeFollowsTheJourney()
    {
        JourneyDocument doc(test::smallJourney());
        JourneyGridModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(doc.journey().lanes.size()) + 1);
        QCOMPARE(model.columnCount(), int(doc.journey().stages.size()) + 1);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), doc.journey().stages[0].name);
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), doc.journey().lanes[1].name);
        QVERIFY(model.isTotalsRow(model.rowCount() - 1));
        QVERIFY(model.isTotalsColumn(model.columnCount() - 1));
    }

    void cellsListCardsInCellOrder()
    {
        const Journey journey = test::smallJourney();
        JourneyDocument doc(journey);
        JourneyGridModel model(&doc);
        for (size_t lane = 0; lane < journey.lanes.size(); ++lane) {
            for (size_t stage = 0; stage < journey.stages.size(); ++stage) {
                const QString text = model.index(int(lane), int(stage)).data().toString();
                qsizetype last = -1;
                for (const Touchpoint *card : journey.cell(journey.stages[stage].id, journey.lanes[lane].id)) {
                    const qsizetype at = text.indexOf(card->title);
                    QVERIFY2(at > last, qPrintable(card->title));
                    last = at;
                }
            }
        }
    }

    void totalsComeFromTheCalculator()
    {
        JourneyDocument doc(test::smallJourney());
        JourneyGridModel model(&doc);
        const Journey &j = doc.journey();
        const int totalsRow = model.rowCount() - 1;
        const EffortTotals stage0 = EffortCalculator::forStage(j, j.stages[0].id);
        QVERIFY(model.index(totalsRow, 0).data().toString().startsWith(formatMinutes(stage0.minutes)));
        const EffortTotals all = EffortCalculator::forJourney(j);
        const QString corner = model.index(totalsRow, model.columnCount() - 1).data().toString();
        QVERIFY2(corner.contains(formatMinutes(all.minutes)), qPrintable(corner));
        QVERIFY2(corner.contains(QStringLiteral("max %1").arg(all.emotionMax)), qPrintable(corner));
    }

    void lineOfVisibilityIsMarked()
    {
        JourneyDocument doc(test::smallJourney());
        JourneyGridModel model(&doc);
        const int line = doc.journey().lineOfVisibilityIndex();
        QVERIFY(line > 0 && line < int(doc.journey().lanes.size()));
        QVERIFY(model.index(line, 0).data(JourneyGridModel::BelowLineOfVisibilityRole).toBool());
        QVERIFY(!model.index(line - 1, 0).data(JourneyGridModel::BelowLineOfVisibilityRole).toBool());
    }

    void departmentLanesAreTinted()
    {
        JourneyDocument doc(test::smallJourney());
        JourneyGridModel model(&doc);
        const Journey &j = doc.journey();
        int tinted = 0;
        for (size_t lane = 0; lane < j.lanes.size(); ++lane) {
            const bool department = j.department(j.lanes[lane].departmentId) != nullptr;
            tinted += department;
            const QVariant cell = model.index(int(lane), 0).data(Qt::BackgroundRole);
            // The lane name carries the same tint as its cells.
            QCOMPARE(model.headerData(int(lane), Qt::Vertical, Qt::BackgroundRole), cell);
            QCOMPARE(cell.isValid(), department);
        }
        QVERIFY(tinted > 0);
    }

    void followsCommandsAndUndo()
    {
        JourneyDocument doc(test::smallJourney());
        JourneyGridModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Journey &j = doc.journey();
        Touchpoint card;
        card.stageId = j.stages[1].id;
        card.laneId = j.lanes[0].id;
        card.title = QStringLiteral("Новая карточка");
        doc.push(new AddTouchpoint(&doc, card));
        QVERIFY(model.index(0, 1).data().toString().contains(QStringLiteral("Новая карточка")));

        Touchpoint edited = *j.cell(j.stages[1].id, j.lanes[0].id).back();
        edited.title = QStringLiteral("고친 카드");
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        doc.push(new EditTouchpoint(&doc, edited));
        QVERIFY(changed.count() >= 1);
        QVERIFY(model.index(0, 1).data().toString().contains(QStringLiteral("고친 카드")));

        const int columns = model.columnCount();
        doc.push(new RemoveStage(&doc, j.stages[0].id));
        QCOMPARE(model.columnCount(), columns - 1);
        doc.undoStack()->undo();
        QCOMPARE(model.columnCount(), columns);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(!model.index(0, 1).data().toString().contains(QStringLiteral("Новая карточка")));
    }
};

QTEST_MAIN(TestJourneyGridModel)
#include "tst_journeygridmodel.moc"
