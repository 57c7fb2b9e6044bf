// The sample workshop in each language: the right file for the UI language, and only the
// words differ from the English original (same cards, cells, effort, data keys, arrows).
#include "format/formaterror.h"
#include "i18n/samplejourney.h"
#include "journey.h"

#include <QtTest>

using namespace waymark;

namespace {

// The journey with every text a workshop writes blanked out: what must not change in translation.
Journey withoutWords(Journey journey)
{
    journey.title.clear();
    journey.description.clear();
    journey.settings.remove(QStringLiteral("nps/benchmarkName"));
    for (Persona &persona : journey.personas)
        persona.name.clear(), persona.description.clear(), persona.goals.clear(), persona.frustrations.clear();
    for (Department &department : journey.departments)
        department.name.clear();
    for (Stage &stage : journey.stages)
        stage.name.clear(), stage.description.clear();
    for (Lane &lane : journey.lanes)
        lane.name.clear();
    for (Touchpoint &card : journey.touchpoints)
        card.title.clear(), card.description.clear(), card.notes.clear();
    for (Connection &connection : journey.connections)
        connection.label.clear();
    for (Opportunity &opportunity : journey.opportunities) {
        opportunity.title.clear(), opportunity.description.clear(), opportunity.evidence.clear();
        for (AddedCard &card : opportunity.addedCards)
            card.title.clear();
    }
    for (Scenario &scenario : journey.scenarios)
        scenario.name.clear();
    return journey;
}

// Every text of the journey, for script checks.
QStringList words(const Journey &journey)
{
    QStringList all{journey.title, journey.description};
    for (const Stage &stage : journey.stages)
        all << stage.name << stage.description;
    for (const Lane &lane : journey.lanes)
        all << lane.name;
    for (const Department &department : journey.departments)
        all << department.name;
    for (const Touchpoint &card : journey.touchpoints)
        all << card.title << card.description << card.notes;
    return all;
}

bool hasScript(const QString &text, QChar::Script script)
{
    return std::any_of(text.begin(), text.end(), [script](QChar c) { return c.script() == script; });
}

Journey readIn(const QLocale &locale)
{
    QLocale::setDefault(locale);
    FormatError error;
    std::optional<Journey> journey = SampleJourney::read(&error);
    [&] { QVERIFY2(journey, qPrintable(error.toString())); }();
    return journey ? *journey : Journey{};
}

} // namespace

class TestSampleJourney : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void fileFollowsTheLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("file");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedKingdom) << "retail-bank-account.waymark.json";
        QTest::newRow("de falls back to English") << QLocale(QLocale::German) << "retail-bank-account.waymark.json";
        QTest::newRow("ru") << QLocale(QLocale::Russian) << "retail-bank-account.ru.waymark.json";
        QTest::newRow("uk") << QLocale(QLocale::Ukrainian) << "retail-bank-account.uk.waymark.json";
        QTest::newRow("sr") << QLocale(QLocale::Serbian, QLocale::CyrillicScript, QLocale::Serbia) << "retail-bank-account.sr.waymark.json";
        QTest::newRow("sr_Latn") << QLocale(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia) << "retail-bank-account.sr_Latn.waymark.json";
        QTest::newRow("ko") << QLocale(QLocale::Korean) << "retail-bank-account.ko.waymark.json";
    }
    void fileFollowsTheLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, file);
        const QString path = SampleJourney::resourceFor(locale);
        QCOMPARE(QFileInfo(path).fileName(), file);
        QVERIFY2(QFile::exists(path), qPrintable(path));
    }

    void onlyTheWordsChange_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("script");
        QTest::newRow("ru") << QLocale(QLocale::Russian) << int(QChar::Script_Cyrillic);
        QTest::newRow("uk") << QLocale(QLocale::Ukrainian) << int(QChar::Script_Cyrillic);
        QTest::newRow("sr") << QLocale(QLocale::Serbian, QLocale::CyrillicScript, QLocale::Serbia) << int(QChar::Script_Cyrillic);
        QTest::newRow("sr_Latn") << QLocale(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia) << int(QChar::Script_Latin);
        QTest::newRow("ko") << QLocale(QLocale::Korean) << int(QChar::Script_Hangul);
    }
    void onlyTheWordsChange()
    {
        QFETCH(QLocale, locale);
        QFETCH(int, script);
        const Journey english = readIn(QLocale(QLocale::English));
        const Journey translated = readIn(locale);
        QVERIFY(!english.touchpoints.empty());
        QVERIFY(translated.problems().empty());
        QVERIFY(withoutWords(translated) == withoutWords(english));

        // Every stage, lane and card is named in the language, none left in English.
        for (std::size_t i = 0; i < english.stages.size(); ++i)
            QVERIFY2(translated.stages[i].name != english.stages[i].name, qPrintable(english.stages[i].name));
        for (std::size_t i = 0; i < english.lanes.size(); ++i)
            QVERIFY2(translated.lanes[i].name != english.lanes[i].name, qPrintable(english.lanes[i].name));
        for (std::size_t i = 0; i < english.touchpoints.size(); ++i) {
            const QString &title = translated.touchpoints[i].title;
            QVERIFY2(title != english.touchpoints[i].title, qPrintable(title));
            QVERIFY2(hasScript(title, QChar::Script(script)), qPrintable(title));
        }
        // Serbian Latin is wholly transliterated: no Cyrillic letter is left anywhere.
        if (script == QChar::Script_Latin) {
            for (const QString &text : words(translated))
                QVERIFY2(!hasScript(text, QChar::Script_Cyrillic), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestSampleJourney)
#include "tst_samplejourney.moc"
