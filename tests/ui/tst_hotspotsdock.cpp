// The Effort hotspots dock (ranking, live re-ranking, activation), the heatmap's colour
// scale and the heatmap weights dialog.
#include "canvas/heatmapcolours.h"
#include "commands/editentity.h"
#include "commands/editjourneysettings.h"
#include "dialogs/heatmapweightsdialog.h"
#include "docks/hotspotsdock.h"
#include "docks/hotspotsmodel.h"
#include "journeydocument.h"
#include "testjourneys.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <cmath>
#include <functional>
#include <limits>

using namespace waymark;

namespace {

// The small journey's card ids: "9a1e0005-0000-4000-8000-0000000000NN".
QUuid card(int number)
{
    return QUuid::fromString(QStringLiteral("9a1e0005-0000-4000-8000-%1").arg(number, 12, 10, QLatin1Char('0')));
}

QList<QUuid> rowIds(const HotspotsModel &model)
{
    QList<QUuid> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.touchpointAt(row);
    return ids;
}

QString cellText(const HotspotsModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

// WCAG relative luminance of an sRGB colour.
double luminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

// Runs `act` on the dialog once it is shown modally.
void whenDialogShows(const std::function<void(HeatmapWeightsDialog *)> &act)
{
    QTimer::singleShot(0, [act] {
        auto *dialog = qobject_cast<HeatmapWeightsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        act(dialog);
    });
}

void setSpin(QWidget *dialog, const char *name, double value)
{
    auto *box = dialog->findChild<QDoubleSpinBox *>(QString::fromLatin1(name));
    QVERIFY2(box, name);
    box->setValue(value);
}

} // namespace

Q_DECLARE_METATYPE(EffortDimension)

class TestHotspotsDock : public QObject
{
    Q_OBJECT

private slots:
    void rankingMatchesScores_data()
    {
        QTest::addColumn<EffortDimension>("dimension");
        for (const EffortDimension dimension : allEffortDimensions)
            QTest::newRow(qPrintable(effortDimensionName(dimension))) << dimension;
    }

    void rankingMatchesScores()
    {
        QFETCH(EffortDimension, dimension);
        JourneyDocument doc(test::smallJourney());
        HotspotsDock dock(&doc);
        QCOMPARE(dock.objectName(), QStringLiteral("hotspotsDock"));
        QCOMPARE(dock.windowTitle(), QStringLiteral("Effort hotspots"));
        dock.setDimension(dimension);
        const HotspotsModel &model = *dock.model();
        const Journey &journey = doc.journey();
        const auto ranked = rankTouchpoints(journey, dimension, EffortWeights());
        QList<QUuid> expected;
        for (const RankedTouchpoint &entry : ranked)
            expected << entry.id;
        QCOMPARE(rowIds(model), expected);
        QVERIFY(model.rowCount() > 0);
        double previous = std::numeric_limits<double>::infinity();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QUuid id = model.touchpointAt(row);
            QCOMPARE(id, ranked[size_t(row)].id);
            const double score = effortScore(*journey.touchpoint(id), dimension, EffortWeights(), journey.currency);
            QVERIFY(score > 0);
            QVERIFY(score <= previous);
            previous = score;
            QCOMPARE(model.index(row, 0).data(HotspotsModel::ScoreRole).toDouble(), score);
            QCOMPARE(model.index(row, 0).data(HotspotsModel::TouchpointIdRole).toUuid(), id);
            QCOMPARE(cellText(model, row, HotspotsModel::RankColumn), QString::number(row + 1));
            QCOMPARE(cellText(model, row, HotspotsModel::CardColumn), journey.touchpoint(id)->title);
        }
        QCOMPARE(model.headerData(HotspotsModel::ScoreColumn, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' ')),
                 effortDimensionName(dimension));
    }

    // Hand-checked rows of the small journey: the worst card of each dimension, formatted.
    void scoresAreFormattedPerDimension()
    {
        JourneyDocument doc(test::smallJourney());
        HotspotsDock dock(&doc);
        const HotspotsModel &model = *dock.model();
        const auto top = [&](EffortDimension dimension) {
            dock.setDimension(dimension);
            return std::pair(model.touchpointAt(0), cellText(model, 0, HotspotsModel::ScoreColumn));
        };
        QCOMPARE(top(EffortDimension::Time), std::pair(card(4), QStringLiteral("48 h")));            // 2,880 min
        QCOMPARE(top(EffortDimension::Money), std::pair(card(8), QStringLiteral("EUR\u00a019.99")));
        QCOMPARE(top(EffortDimension::Emotion), std::pair(card(4), QStringLiteral("8/10")));
        QCOMPARE(top(EffortDimension::Composite), std::pair(card(4), QStringLiteral("EUR\u00a0") + QLocale().toString(1000.0, 'f', 2))); // 960 + 40
        // The card's stage and lane by name.
        QCOMPARE(cellText(model, 0, HotspotsModel::StageColumn), doc.journey().stage(doc.journey().touchpoint(card(4))->stageId)->name);
        QCOMPARE(cellText(model, 0, HotspotsModel::LaneColumn), doc.journey().lane(doc.journey().touchpoint(card(4))->laneId)->name);
        dock.setDimension(EffortDimension::Money);
        QCOMPARE(model.rowCount(), 2); // the RSD payment does not count as money
        QCOMPARE(cellText(model, 1, HotspotsModel::ScoreColumn), QStringLiteral("EUR\u00a05.00"));
    }

    void dimensionComboAndSignal()
    {
        JourneyDocument doc(test::smallJourney());
        HotspotsDock dock(&doc);
        QSignalSpy changed(&dock, &HotspotsDock::dimensionChanged);
        auto *combo = dock.findChild<QComboBox *>(QStringLiteral("hotspotsDimension"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 4);
        combo->setCurrentIndex(combo->findData(int(EffortDimension::Emotion)));
        QCOMPARE(dock.dimension(), EffortDimension::Emotion);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<EffortDimension>(), EffortDimension::Emotion);
        dock.setDimension(EffortDimension::Time);
        QCOMPARE(combo->currentData().toInt(), int(EffortDimension::Time));
        QCOMPARE(changed.count(), 2);
        dock.setDimension(EffortDimension::Time); // no change, no signal
        QCOMPARE(changed.count(), 2);
    }

    void editsReRankOncePerBurst()
    {
        JourneyDocument doc(test::smallJourney());
        HotspotsDock dock(&doc);
        dock.setDimension(EffortDimension::Time);
        const HotspotsModel &model = *dock.model();
        QCOMPARE(model.touchpointAt(0), card(4));
        QCOMPARE(model.rowOf(card(8)), -1); // takes no time yet
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        Touchpoint issue = *doc.journey().touchpoint(card(8));
        issue.effort.minutes = 5000;
        doc.push(new EditTouchpoint(&doc, issue));
        Touchpoint site = *doc.journey().touchpoint(card(2));
        site.effort.minutes = 60;
        doc.push(new EditTouchpoint(&doc, site));
        QCOMPARE(resets.count(), 0); // coalesced: nothing until the event loop runs
        QTRY_COMPARE(resets.count(), 1);
        QCOMPARE(model.touchpointAt(0), card(8));
        QCOMPARE(model.touchpointAt(1), card(4));
        QCOMPARE(model.touchpointAt(2), card(2)); // 60 min now above 45
        QCOMPARE(model.touchpointAt(3), card(6));

        // Undo re-ranks too.
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QTRY_COMPARE(resets.count(), 2);
        QCOMPARE(model.touchpointAt(0), card(4));
        QCOMPARE(model.rowOf(card(8)), -1);

        // Changed weights re-rank the weighted cost: money now counts a hundred times.
        dock.setDimension(EffortDimension::Composite);
        EffortWeights weights;
        weights.money = 100;
        doc.push(new EditJourneySettings(&doc, weights.toSettings(), QStringLiteral("Change heatmap weights")));
        QTRY_COMPARE(model.touchpointAt(0), card(8)); // 1,999 beats 1,000
        QCOMPARE(cellText(model, 0, HotspotsModel::ScoreColumn), QStringLiteral("EUR\u00a0") + QLocale().toString(1999.0, 'f', 2));

        // A new journey replaces the list.
        Journey calm = test::smallJourney();
        for (Touchpoint &t : calm.touchpoints)
            t.effort = {0.0, {0, QStringLiteral("EUR")}, 0};
        doc.resetJourney(calm);
        QTRY_COMPARE(model.rowCount(), 0);
        QVERIFY(dock.findChild<QLabel *>(QStringLiteral("hotspotsEmpty"))->isVisibleTo(&dock));
    }

    void switchesDocuments()
    {
        JourneyDocument first(test::smallJourney());
        JourneyDocument second(test::generateJourney({.stages = 4, .lanes = 4, .touchpoints = 40, .connections = 0}));
        HotspotsDock dock(&first);
        dock.setDocument(&second);
        QCOMPARE(dock.model()->rowCount(), int(rankTouchpoints(second.journey(), dock.dimension(), EffortWeights()).size()));
        // The old document no longer drives the list.
        QSignalSpy resets(dock.model(), &QAbstractItemModel::modelReset);
        Touchpoint wait = *first.journey().touchpoint(card(4));
        wait.effort.minutes = 1;
        first.push(new EditTouchpoint(&first, wait));
        QTest::qWait(20);
        QCOMPARE(resets.count(), 0);
        dock.setDocument(nullptr);
        QCOMPARE(dock.model()->rowCount(), 0);
    }

    void clickAndEnterActivateACard()
    {
        JourneyDocument doc(test::smallJourney());
        HotspotsDock dock(&doc);
        dock.setDimension(EffortDimension::Emotion); // 4, 3, 6, 5, 2, 1
        dock.resize(480, 320);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QSignalSpy activated(&dock, &HotspotsDock::touchpointActivated);
        QTreeView *view = dock.view();

        const QModelIndex third = dock.model()->index(2, HotspotsModel::CardColumn);
        const QRect rect = view->visualRect(third);
        QVERIFY(rect.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toUuid(), card(6));

        view->setFocus();
        view->setCurrentIndex(dock.model()->index(1, HotspotsModel::ScoreColumn));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(1).at(0).toUuid(), card(3));

        // The selection follows its card when the ranking changes.
        Touchpoint upload = *doc.journey().touchpoint(card(3));
        upload.effort.emotion = 10;
        doc.push(new EditTouchpoint(&doc, upload));
        QTRY_COMPARE(dock.model()->touchpointAt(0), card(3));
        QCOMPARE(view->currentIndex().row(), 0);
    }

    void heatScale()
    {
        const QColor cold = heatColour(0.0);
        const QColor hot = heatColour(1.0);
        // Pale yellow at 0; a strong red at 1.
        QVERIFY2(cold.lightness() > 220 && cold.red() == 255 && cold.green() > 240 && cold.blue() < cold.green(),
                 qPrintable(cold.name()));
        QVERIFY2(hot.red() > 200 && hot.green() < 60 && hot.blue() < 60, qPrintable(hot.name()));
        QVERIFY(hot.lightness() < cold.lightness() - 80);
        const QColor middle = heatColour(0.5);
        QVERIFY2(middle.red() > 240 && middle.green() > 120 && middle.green() < 200 && middle.blue() < 100,
                 qPrintable(middle.name())); // orange
        // Darkening step by step (7 steps), and every step readable with black or white text.
        double previous = 2.0;
        QSet<QRgb> steps;
        for (int i = 0; i <= 100; ++i) {
            const QColor colour = heatColour(i / 100.0);
            const double l = luminance(colour);
            QVERIFY2(l <= previous, qPrintable(QStringLiteral("%1 at %2").arg(colour.name()).arg(i)));
            previous = l;
            QVERIFY2(std::max((l + 0.05) / 0.05, 1.05 / (l + 0.05)) >= 4.5, qPrintable(colour.name()));
            steps.insert(colour.rgb());
        }
        QCOMPARE(steps.size(), qsizetype(heatStepCount()));
        QCOMPARE(heatColour(-1.0), cold);
        QCOMPARE(heatColour(7.0), hot);
        QCOMPARE(heatColour(std::nan("")), cold);

        const QLinearGradient legend = heatLegendGradient(QRectF(10, 20, 200, 16));
        QCOMPARE(legend.start(), QPointF(10, 20));
        QCOMPARE(legend.finalStop(), QPointF(210, 20));
        QVERIFY(legend.stops().size() >= 5);
        QCOMPARE(legend.stops().first().second, cold);
        QCOMPARE(legend.stops().last().second, hot);
        for (const QGradientStop &stop : legend.stops())
            QCOMPARE(stop.second, heatColour(stop.first));
    }

    void weightsDialogReturnsEnteredValues()
    {
        EffortWeights current;
        current.emotion = 2;
        whenDialogShows([](HeatmapWeightsDialog *dialog) {
            auto *hour = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("hourValue"));
            QCOMPARE(hour->suffix(), QStringLiteral(" RSD"));
            QCOMPARE(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("weightEmotion"))->value(), 2.0);
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("formula"))->text().contains(QStringLiteral("RSD")));
            // Restore defaults, then type new values.
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
            QCOMPARE(dialog->weights(), EffortWeights());
            setSpin(dialog, "weightTime", 0.5);
            setSpin(dialog, "weightMoney", 0);
            auto *emotion = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("weightEmotion"));
            emotion->selectAll();
            QTest::keyClicks(emotion, QStringLiteral("3.25"));
            setSpin(dialog, "hourValue", 1200);
            setSpin(dialog, "emotionPointValue", 150);
            dialog->accept();
        });
        const auto chosen = HeatmapWeightsDialog::edit(nullptr, current, QStringLiteral("RSD"));
        QVERIFY(chosen);
        QCOMPARE(chosen->time, 0.5);
        QCOMPARE(chosen->money, 0.0);
        QCOMPARE(chosen->emotion, 3.25);
        QCOMPARE(chosen->hourValue, 1200.0);
        QCOMPARE(chosen->emotionPointValue, 150.0);

        whenDialogShows([](HeatmapWeightsDialog *dialog) {
            setSpin(dialog, "weightTime", 9);
            dialog->reject();
        });
        QVERIFY(!HeatmapWeightsDialog::edit(nullptr, current, QStringLiteral("RSD")));
    }

    void weightsDialogPushesOneUndoStep()
    {
        JourneyDocument doc(test::smallJourney());
        whenDialogShows([](HeatmapWeightsDialog *dialog) {
            setSpin(dialog, "hourValue", 30);
            setSpin(dialog, "weightEmotion", 2);
            dialog->accept();
        });
        QVERIFY(editHeatmapWeights(nullptr, &doc));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Change heatmap weights"));
        const EffortWeights saved = EffortWeights::fromSettings(doc.journey().settings);
        QCOMPARE(saved.hourValue, 30.0);
        QCOMPARE(saved.emotion, 2.0);
        QCOMPARE(saved.time, 1.0);

        // OK without a change adds nothing to undo.
        whenDialogShows([](HeatmapWeightsDialog *dialog) { dialog->accept(); });
        QVERIFY(!editHeatmapWeights(nullptr, &doc));
        QCOMPARE(doc.undoStack()->count(), 1);
    }
};

QTEST_MAIN(TestHotspotsDock)
#include "tst_hotspotsdock.moc"
