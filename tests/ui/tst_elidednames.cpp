// Names in the Effort hotspots and Data docks are cut in the middle, never at the end only,
// and the full name is one hover away: the model's tooltip role has it, and the view shows
// it where the cell cuts the name (and does not repeat a name that fits).
#include "commands/datasetcommands.h"
#include "data/importjob.h"
#include "docks/datachartspanel.h"
#include "docks/datadock.h"
#include "docks/elidedtextdelegate.h"
#include "docks/hotspotsdock.h"
#include "docks/hotspotsmodel.h"
#include "docks/touchpointnpslist.h"
#include "journeydocument.h"
#include "testjourneys.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>
#include <QTreeView>
#include <QTreeWidget>

using namespace waymark;

namespace {

const QString longStage = QStringLiteral("Сравнение тарифов и условий обслуживания на сайте банка");
const QString longLane = QStringLiteral("Отдел сопровождения клиентов малого и среднего бизнеса");

// The small journey with a long stage and lane name, as workshops write them.
Journey journeyWithLongNames()
{
    Journey journey = test::smallJourney();
    journey.stages.front().name = longStage;
    journey.lanes.front().name = longLane;
    return journey;
}

// Hovers `index` as a person would (a tooltip event on the viewport) and returns the
// tooltip's text.
QString hover(QAbstractItemView *view, const QModelIndex &index)
{
    const QPoint at = view->visualRect(index).center();
    QHelpEvent event(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    return QToolTip::text();
}

Dataset sampleAnswers()
{
    QFile file(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-nps.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    const QString name = QStringLiteral("retail-bank-nps.csv");
    const auto mapping = guessImportMapping(DatasetKind::Answers, previewImport(bytes, name, {}, 5).headers);
    ImportOutcome outcome = runImport(bytes, name, DatasetKind::Answers, {}, mapping, {}, nullptr);
    return outcome.dataset ? *outcome.dataset : Dataset();
}

} // namespace

class TestElidedNames : public QObject
{
    Q_OBJECT

private slots:
    void hotspotsToolTipRoleHasEveryFullName()
    {
        JourneyDocument document(journeyWithLongNames());
        HotspotsDock dock(&document);
        const HotspotsModel *model = dock.model();
        QVERIFY(model->rowCount() > 0);
        bool sawLongStage = false, sawLongLane = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column : {int(HotspotsModel::CardColumn), int(HotspotsModel::StageColumn), int(HotspotsModel::LaneColumn)}) {
                const QModelIndex index = model->index(row, column);
                QCOMPARE(index.data(Qt::ToolTipRole).toString(), index.data().toString());
            }
            sawLongStage |= model->index(row, HotspotsModel::StageColumn).data(Qt::ToolTipRole).toString() == longStage;
            sawLongLane |= model->index(row, HotspotsModel::LaneColumn).data(Qt::ToolTipRole).toString() == longLane;
        }
        QVERIFY(sawLongStage);
        QVERIFY(sawLongLane);
    }

    void hotspotsCutInTheMiddleAndShowTheWholeNameOnHover()
    {
        JourneyDocument document(journeyWithLongNames());
        HotspotsDock dock(&document);
        dock.resize(360, 400); // a dock beside the canvas at 1366×768
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QTreeView *view = dock.view();
        QCOMPARE(view->textElideMode(), Qt::ElideMiddle);

        int row = -1;
        for (int r = 0; r < dock.model()->rowCount() && row < 0; ++r)
            if (dock.model()->index(r, HotspotsModel::StageColumn).data().toString() == longStage)
                row = r;
        QVERIFY(row >= 0);
        const QModelIndex stage = dock.model()->index(row, HotspotsModel::StageColumn);
        const QModelIndex rank = dock.model()->index(row, HotspotsModel::RankColumn);
        QVERIFY(ElidedTextDelegate::isCut(view, stage));
        QVERIFY(!ElidedTextDelegate::isCut(view, rank));
        QCOMPARE(hover(view, stage), longStage);
        // A cell that shows all of its text gets no tooltip repeating it (the model has one).
        QModelIndex shortStage;
        for (int r = 0; r < dock.model()->rowCount() && !shortStage.isValid(); ++r) {
            const QModelIndex other = dock.model()->index(r, HotspotsModel::StageColumn);
            if (!ElidedTextDelegate::isCut(view, other))
                shortStage = other;
        }
        QVERIFY(shortStage.isValid());
        QCOMPARE(shortStage.data(Qt::ToolTipRole).toString(), shortStage.data().toString());
        QVERIFY(hover(view, shortStage) != shortStage.data().toString());

        // Room enough: nothing is cut.
        view->header()->resizeSection(HotspotsModel::StageColumn, view->fontMetrics().horizontalAdvance(longStage) + 40);
        QVERIFY(!ElidedTextDelegate::isCut(view, stage));
    }

    void dataDockListsCutInTheMiddle()
    {
        Dataset answers = sampleAnswers();
        if (answers.id.isNull())
            QFAIL("the sample survey (resources/samples/retail-bank-nps.csv) did not import");
        const QString longFile = QStringLiteral("опрос-клиентов-розничного-банка-четвёртый-квартал-2024-итог.csv");
        answers.source.fileName = longFile;
        JourneyDocument document(test::sampleJourney());
        DataDock dock(&document);
        document.push(new AddDataset(&document, answers));
        dock.resize(360, 700);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));

        QTreeWidget *list = dock.list();
        QCOMPARE(list->textElideMode(), Qt::ElideMiddle);
        QCOMPARE(list->topLevelItemCount(), 1);
        const QModelIndex source = list->model()->index(0, 3);
        QCOMPARE(source.data().toString(), longFile);
        list->scrollTo(source);
        QVERIFY(ElidedTextDelegate::isCut(list, source));
        QCOMPARE(hover(list, source), longFile);

        // The value per touchpoint: card titles cut in the middle too.
        dock.refreshCharts();
        TouchpointNpsList *touchpoints = dock.charts()->touchpointList();
        QCOMPARE(touchpoints->textElideMode(), Qt::ElideMiddle);
        QCOMPARE(dock.charts()->atRiskList()->textElideMode(), Qt::ElideMiddle);
    }
};

QTEST_MAIN(TestElidedNames)
#include "tst_elidednames.moc"
