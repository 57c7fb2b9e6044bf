// Personas on the map (issue 19): the tool bar's Persona filter dims the steps that do not
// happen to the chosen persona and shows the emotion they feel (on the card, in the totals and
// the curve); the Properties dock says who a step happens to, and with a persona chosen its
// emotion field edits what that persona feels — each one undo step.
#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "docks/propertiesdock.h"
#include "format/journeyfiles.h"
#include "journeydocument.h"
#include "mainwindow/canvastoolbar.h"
#include "mainwindow/mainwindow.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QPushButton>
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

void choosePersona(MainWindow &window, int index)
{
    QComboBox *combo = window.canvasToolBar()->personaCombo();
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), index);
}

} // namespace

class TestPersonaFilter : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

private slots:
    void initTestCase()
    {
        test::isolateSettings(mDir, QStringLiteral("WaymarkPersonaTest"));
    }

    void theMapAsOnePersonaLivesIt()
    {
        MainWindow window;
        QVERIFY(test::showJourney(window, sample));
        const Journey &journey = window.document()->journey();
        QCOMPARE(journey.personas.size(), std::size_t(2)); // Lena and Marco
        QComboBox *combo = window.canvasToolBar()->personaCombo();
        QVERIFY(combo->isVisibleTo(&window));
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemText(0), QStringLiteral("All personas"));

        JourneyScene *scene = window.journeyScene();
        const Touchpoint *app = cardWithKey(journey, QStringLiteral("app-onboarding-start"));   // Lena's
        const Touchpoint *branch = cardWithKey(journey, QStringLiteral("branch-appointment")); // Marco's
        const Touchpoint *wait = cardWithKey(journey, QStringLiteral("kyc-wait"));             // Lena feels 10, others 8
        QVERIFY(app && branch && wait);
        QVERIFY(!scene->cardItem(app->id)->isDimmed());
        QVERIFY(!scene->cardItem(branch->id)->isDimmed());

        choosePersona(window, 1); // Lena
        QCOMPARE(scene->personaFilter(), journey.personas[0].id);
        QVERIFY(!scene->cardItem(app->id)->isDimmed());
        QVERIFY(scene->cardItem(branch->id)->isDimmed());
        QVERIFY(!scene->cardItem(wait->id)->isDimmed()); // names nobody: everyone's step
        // Her emotion on the card: the disc's tooltip says the number it shows.
        CardItem *waitItem = scene->cardItem(wait->id);
        const QRectF row = waitItem->effortRowRect();
        const QString tip = waitItem->toolTipAt(QPointF(row.right() - 3, row.center().y()));
        QVERIFY2(tip.contains(QStringLiteral("10 of 10")), qPrintable(tip));

        choosePersona(window, 2); // Marco
        QVERIFY(scene->cardItem(app->id)->isDimmed());
        QVERIFY(!scene->cardItem(branch->id)->isDimmed());
        const QString marco = waitItem->toolTipAt(QPointF(row.right() - 3, row.center().y()));
        QVERIFY2(marco.contains(QStringLiteral("8 of 10")), qPrintable(marco));

        choosePersona(window, 0);
        QVERIFY(scene->personaFilter().isNull());
        QVERIFY(!scene->cardItem(app->id)->isDimmed());
    }

    void thePropertiesSayWhoAndEditWhatTheyFeel()
    {
        MainWindow window;
        QVERIFY(test::showJourney(window, sample));
        JourneyDocument *document = window.document();
        const QUuid lena = document->journey().personas[0].id;
        const QUuid fee = cardWithKey(document->journey(), QStringLiteral("monthly-fee"))->id; // everyone's, emotion as stated
        const int ownEmotion = document->journey().touchpoint(fee)->effort.emotion;
        window.journeyScene()->selectTouchpoints({fee});
        PropertiesDock *dock = window.propertiesDock();
        auto *who = dock->findChild<QPushButton *>(QStringLiteral("personasButton"));
        QVERIFY(who && who->isVisibleTo(dock));
        QCOMPARE(who->text(), QStringLiteral("All personas"));

        // Tick Lena: the step is hers alone, one undo step.
        const int steps = document->undoStack()->count();
        QAction *tickLena = who->menu()->actions().at(0);
        QVERIFY(tickLena->isCheckable() && !tickLena->isChecked());
        tickLena->trigger();
        QCOMPARE(document->journey().touchpoint(fee)->personaIds, std::vector<QUuid>{lena});
        QCOMPARE(document->undoStack()->count(), steps + 1);
        QVERIFY(who->text().startsWith(QStringLiteral("Lena")));
        document->undoStack()->undo();
        QVERIFY(document->journey().touchpoint(fee)->personaIds.empty());

        // With Lena chosen on the map, the emotion field is hers.
        choosePersona(window, 1);
        auto *note = dock->findChild<QLabel *>(QStringLiteral("personaEmotionNote"));
        QVERIFY(note->isVisibleTo(dock));
        QVERIFY2(note->toolTip().startsWith(QStringLiteral("What Lena")), qPrintable(note->toolTip()));
        auto *spin = dock->findChild<QSpinBox *>(QStringLiteral("emotionSpin"));
        QCOMPARE(spin->value(), ownEmotion);
        spin->setValue(ownEmotion == 10 ? 9 : ownEmotion + 1);
        const Touchpoint *edited = document->journey().touchpoint(fee);
        QCOMPARE(edited->effort.emotion, ownEmotion); // everyone else's is unchanged
        QCOMPARE(edited->emotionFor(lena), spin->value());
        QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Change a persona's negative emotion"));
        // Back to the card's own value: no separate emotion kept for her.
        spin->setValue(ownEmotion);
        QVERIFY(document->journey().touchpoint(fee)->personaEmotions.empty());
    }

    void noPersonasNoFilter()
    {
        FormatError error;
        std::optional<Journey> journey = readJourneyFile(sample, &error);
        QVERIFY2(journey, qPrintable(error.toString()));
        for (Touchpoint &card : journey->touchpoints) {
            card.personaIds.clear();
            card.personaEmotions.clear();
        }
        journey->personas.clear();
        const QString file = mDir.filePath(QStringLiteral("nobody.waymark.json"));
        QVERIFY2(writeJourneyFile(*journey, file, &error), qPrintable(error.toString()));
        MainWindow window;
        QVERIFY(test::showJourney(window, file));
        QVERIFY(!window.canvasToolBar()->personaCombo()->isVisibleTo(&window));
        window.journeyScene()->selectTouchpoints({journey->touchpoints.front().id});
        QVERIFY(!window.propertiesDock()->findChild<QPushButton *>(QStringLiteral("personasButton"))->isVisibleTo(window.propertiesDock()));
    }
};

QTEST_MAIN(TestPersonaFilter)
#include "tst_personafilter.moc"
