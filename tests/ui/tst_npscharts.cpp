// The data dock's charts: what they plot and that they draw.
#include "charts/npscharts.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QTest>

using namespace waymark;

namespace {
int distinctColours(QWidget &widget)
{
    widget.resize(640, 420);
    const QImage image = widget.grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}
} // namespace

class TestNpsCharts : public QObject
{
    Q_OBJECT

private slots:
    void trendHasLinesErrorBarsGoalAndBenchmark()
    {
        const std::vector<TrendSeries> series{
            {QStringLiteral("Retail"), {{QStringLiteral("2024-Q1"), 10, 8, 150}, {QStringLiteral("2024-Q2"), 14, 7, 170}}},
            {QStringLiteral("SME"), {{QStringLiteral("2024-Q2"), -5, 20, 25}}}};
        const std::vector<GoalLine> goals{{QStringLiteral("Retail goal"), QStringLiteral("Retail"), {{QStringLiteral("2024-Q1"), 10}, {QStringLiteral("2024-Q2"), 13}}}};
        QChart *chart = npsTrendChart(series, goals, 12.0, QStringLiteral("Banks average"));
        QChartView view(chart);
        // 2 lines + 2 dot series + 3 error bars + 1 goal + 1 benchmark.
        QCOMPARE(chart->series().size(), 9);
        // The error bar of Retail 2024-Q2 spans 14 ± 7.
        bool found = false;
        for (QAbstractSeries *s : chart->series()) {
            auto *line = qobject_cast<QLineSeries *>(s);
            if (line && line->count() == 2 && line->at(0).y() == 7 && line->at(1).y() == 21)
                found = true;
        }
        QVERIFY(found);
        QVERIFY(distinctColours(view) > 20);
    }

    void stageMixAndClvBars()
    {
        QChart *mix = stageMixChart({{QUuid::createUuid(), QStringLiteral("Apply"), 40, 35, 25, 200},
                                     {QUuid::createUuid(), QStringLiteral("Verify"), 20, 30, 50, 90}});
        QChartView mixView(mix);
        auto *bars = qobject_cast<QAbstractBarSeries *>(mix->series().constFirst());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 3);
        QCOMPARE(bars->barSets().at(0)->at(0), 50.0); // detractors of Verify: the last stage is the bottom bar
        QVERIFY(distinctColours(mixView) > 10);

        QChart *clv = clvByCategoryChart({{QStringLiteral("Promoters"), 2400, 50}, {QStringLiteral("Detractors"), 900, 30}},
                                         QStringLiteral("EUR"));
        QChartView clvView(clv);
        auto *clvBars = qobject_cast<QAbstractBarSeries *>(clv->series().constFirst());
        QCOMPARE(clvBars->barSets().at(0)->at(0), 2400.0);
        QVERIFY(distinctColours(clvView) > 10);
    }
};

QTEST_MAIN(TestNpsCharts)
#include "tst_npscharts.moc"
