// Per-journey settings through the document: EditJourneySettings sets several keys in one
// undo step, removes keys given an empty value, signals each changed key, and undo restores
// exactly what was there (including absent keys).
#include "commands/editjourneysettings.h"
#include "effortscore.h"
#include "journeydocument.h"
#include "testjourneys.h"

#include <QSignalSpy>
#include <QTest>

using namespace waymark;

namespace {

QMap<QString, QString> map(std::initializer_list<std::pair<const char *, const char *>> entries)
{
    QMap<QString, QString> result;
    for (const auto &[key, value] : entries)
        result.insert(QString::fromUtf8(key), QString::fromUtf8(value));
    return result;
}

QStringList keysOf(const QSignalSpy &spy)
{
    QStringList keys;
    for (const QList<QVariant> &arguments : spy)
        keys << arguments.at(0).toString();
    keys.sort();
    return keys;
}

} // namespace

class TestJourneySettings : public QObject
{
    Q_OBJECT

private slots:
    void setsSeveralKeysInOneStep()
    {
        Journey journey = test::smallJourney();
        journey.settings = map({{"b", "old"}, {"c", "keep"}, {"d", "gone"}});
        JourneyDocument doc(journey);
        QSignalSpy changed(&doc, &JourneyDocument::settingsChanged);
        const Journey before = doc.journey();

        doc.push(new EditJourneySettings(&doc, map({{"a", "1"}, {"b", "2"}, {"d", ""}, {"c", "keep"}}),
                                         QStringLiteral("Change heatmap weights")));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Change heatmap weights"));
        QCOMPARE(doc.journey().settings, map({{"a", "1"}, {"b", "2"}, {"c", "keep"}}));
        QVERIFY(doc.isModified());
        // "c" did not change: no signal for it.
        QCOMPARE(keysOf(changed), QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d")}));
        const Journey after = doc.journey();
        // Only the settings changed.
        Journey expected = before;
        expected.settings = after.settings;
        QVERIFY(after == expected);

        changed.clear();
        doc.undoStack()->undo();
        QVERIFY(doc.journey() == before);
        QVERIFY(!doc.journey().settings.contains(QStringLiteral("a"))); // removed, not left empty
        QCOMPARE(keysOf(changed), QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d")}));
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QVERIFY(doc.journey() == after);
    }

    void unchangedValuesMakeNoUndoStep()
    {
        Journey journey = test::smallJourney();
        journey.settings = map({{"a", "1"}});
        JourneyDocument doc(journey);
        QSignalSpy changed(&doc, &JourneyDocument::settingsChanged);
        doc.push(new EditJourneySettings(&doc, map({{"a", "1"}, {"missing", ""}}), QStringLiteral("Nothing")));
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(changed.count(), 0);
        QVERIFY(!doc.isModified());
    }

    void weightsTravelThroughTheDocument()
    {
        JourneyDocument doc(test::smallJourney());
        EffortWeights weights;
        weights.emotion = 2.5;
        weights.hourValue = 42;
        doc.push(new EditJourneySettings(&doc, weights.toSettings(), QStringLiteral("Change heatmap weights")));
        QVERIFY(EffortWeights::fromSettings(doc.journey().settings) == weights);
        QCOMPARE(doc.journey().settings.value(QStringLiteral("heatmap/hourValue")), QStringLiteral("42"));
        doc.undoStack()->undo();
        QVERIFY(doc.journey().settings.isEmpty());
        QVERIFY(EffortWeights::fromSettings(doc.journey().settings) == EffortWeights());
    }

    // Settings take part in equality, so undo snapshots and file round trips see them.
    void settingsAreContent()
    {
        Journey a = test::smallJourney();
        Journey b = a;
        b.settings.insert(QStringLiteral("heatmap/weightTime"), QStringLiteral("2"));
        QVERIFY(!(a == b));
        QVERIFY(!a.sameContent(b));
        QCOMPARE(b.canonical().settings, b.settings);
        a.settings = b.settings;
        QVERIFY(a == b);
    }
};

QTEST_GUILESS_MAIN(TestJourneySettings)
#include "tst_journeysettings.moc"
