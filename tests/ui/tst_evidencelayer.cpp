// Issue 19, evidence on every card: the Properties dock states what a card rests on (one undo
// step), the View menu's evidence layer puts a mark on every card that names its level in a
// tooltip, the legend explains the bars with the share of pain points on measured data, and a
// PDF can carry the layer.
#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/maplegend.h"
#include "docks/propertiesdock.h"
#include "evidence/cardevidence.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "windowtest.h"
#include "print/exportoptions.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace waymark;

namespace {

const QString sample = QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json");

const Touchpoint *cardWithKey(const Journey &journey, const QString &key)
{
    for (const Touchpoint &card : journey.touchpoints)
        if (card.dataKey == key)
            return &card;
    return nullptr;
}

} // namespace

class TestEvidenceLayer : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

private slots:
    void initTestCase()
    {
        test::isolateSettings(mDir, QStringLiteral("WaymarkEvidenceTest"));
    }

    void theLayerMarksEveryCard()
    {
        MainWindow window;
        QVERIFY(test::showJourney(window, sample));
        const Journey &journey = window.document()->journey();
        const Touchpoint *script = cardWithKey(journey, QStringLiteral("agent-script")); // the sample says: research
        const Touchpoint *ad = cardWithKey(journey, QStringLiteral("social-ad"));        // states nothing
        QVERIFY(script && ad);
        QCOMPARE(script->evidence, Evidence::Research);
        CardItem *scriptItem = window.journeyScene()->cardItem(script->id);
        QVERIFY(!scriptItem->evidence()); // the layer starts off
        QVERIFY(scriptItem->evidenceRect().isEmpty());

        auto *layer = window.findChild<QAction *>(QStringLiteral("evidenceLayer"));
        QVERIFY(layer && !layer->isChecked());
        layer->trigger();
        QCOMPARE(scriptItem->evidence(), std::optional(Evidence::Research));
        QCOMPARE(window.journeyScene()->cardItem(ad->id)->evidence(), std::optional(Evidence::Unstated));
        for (const Touchpoint &card : journey.touchpoints)
            QVERIFY2(window.journeyScene()->cardItem(card.id)->evidence(), qPrintable(card.title));

        // The mark sits in the effort row, left of the emotion disc, and names its level.
        const QRectF mark = scriptItem->evidenceRect();
        QVERIFY(!mark.isEmpty());
        QVERIFY(scriptItem->effortRowRect().contains(mark));
        const QString tip = scriptItem->toolTipAt(mark.center());
        QVERIFY2(tip.contains(QStringLiteral("Research")), qPrintable(tip));

        // The legend explains the bars; without answers (the JSON sample has none) no pain point
        // rests on measured data.
        QTRY_VERIFY(window.mapLegend()->content().evidence);
        QCOMPARE(window.mapLegend()->content().measuredPainPointPercent, 0);
        const QStringList rows = window.mapLegend()->rowTexts();
        QVERIFY2(std::any_of(rows.begin(), rows.end(), [](const QString &row) { return row.contains(QStringLiteral("0 % of pain points")); }),
                 qPrintable(rows.join(u'|')));

        layer->trigger();
        QVERIFY(!scriptItem->evidence());
        QTRY_VERIFY(!window.mapLegend()->content().evidence);
    }

    void statedInThePropertiesDockAsOneUndoStep()
    {
        MainWindow window;
        QVERIFY(test::showJourney(window, sample));
        window.findChild<QAction *>(QStringLiteral("evidenceLayer"))->trigger();
        JourneyDocument *document = window.document();
        const QUuid id = cardWithKey(document->journey(), QStringLiteral("social-ad"))->id;
        window.journeyScene()->selectTouchpoints({id});
        PropertiesDock *dock = window.propertiesDock();
        auto *combo = dock->findChild<QComboBox *>(QStringLiteral("evidenceCombo"));
        QVERIFY(combo && combo->isEnabled());
        QCOMPARE(combo->currentText(), QStringLiteral("Not stated"));

        // A person picks "Research" with the keyboard: two steps down from "Not stated".
        const int steps = document->undoStack()->count();
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentText(), QStringLiteral("Research"));
        QCOMPARE(document->journey().touchpoint(id)->evidence, Evidence::Research);
        // Each key press is a choice of its own (as with the channel): three steps, and the
        // undo text says what changed.
        QCOMPARE(document->undoStack()->count(), steps + 3);
        QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Change what the card rests on"));
        QCOMPARE(window.journeyScene()->cardItem(id)->evidence(), std::optional(Evidence::Research));

        document->undoStack()->undo();
        QCOMPARE(document->journey().touchpoint(id)->evidence, Evidence::Workshop);
        QCOMPARE(combo->currentText(), QStringLiteral("Workshop knowledge"));
        QCOMPARE(window.journeyScene()->cardItem(id)->evidence(), std::optional(Evidence::Workshop));
    }

    void aPdfCanCarryTheLayer()
    {
        QString error;
        const auto layers = layersFromList(QStringLiteral("effort,evidence"), &error);
        QVERIFY2(layers, qPrintable(error));
        QVERIFY(layers->evidence && layers->effort && !layers->nps);
        QVERIFY(describeLayers(*layers).contains(QStringLiteral("evidence")));
        QVERIFY(!layersFromList(QStringLiteral("evidnce"), &error));
        QVERIFY2(error.contains(QStringLiteral("evidence)")), qPrintable(error)); // the list of layers names it
    }
};

QTEST_MAIN(TestEvidenceLayer)
#include "tst_evidencelayer.moc"
