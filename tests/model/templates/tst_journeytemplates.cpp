// Issue 19, templates: every built-in template in every language reads cleanly, matches its
// English version card for card, and has no English left in it; saving a journey as a user
// template strips the workshop and renumbers it; a broken user template is listed, named.
#include "effortscore.h"
#include "format/journeyjson.h"
#include "templates/journeytemplates.h"
#include "templates/templatecopy.h"
#include "testjourneys.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {

const QStringList languages = {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk"),
                               QStringLiteral("sr"), QStringLiteral("sr_Latn"), QStringLiteral("ko")};

Journey readBuiltIn(const QString &id, const QString &language)
{
    const QString path = JourneyTemplates::builtInPath(id, language);
    if (path != QStringLiteral(":/templates/%1/%2.waymark.json").arg(id, language))
        qWarning().noquote() << id << language << "is not compiled in";
    FormatError error;
    std::optional<Journey> journey = JourneyJson::read(path, &error);
    if (!journey)
        qWarning().noquote() << error.toString();
    return journey.value_or(Journey());
}

// Every name a person reads on the map: title, stages, lanes, departments, cards.
QStringList visibleTexts(const Journey &journey)
{
    QStringList texts{journey.title, journey.description};
    for (const Stage &stage : journey.stages)
        texts << stage.name << stage.description;
    for (const Lane &lane : journey.lanes)
        texts << lane.name;
    for (const Department &department : journey.departments)
        texts << department.name;
    for (const Touchpoint &card : journey.touchpoints)
        texts << card.title << card.description;
    return texts;
}

QSet<QUuid> allIds(const Journey &journey)
{
    QSet<QUuid> ids{journey.id};
    for (const Persona &persona : journey.personas)
        ids << persona.id;
    for (const Department &department : journey.departments)
        ids << department.id;
    for (const Stage &stage : journey.stages)
        ids << stage.id;
    for (const Lane &lane : journey.lanes)
        ids << lane.id;
    for (const Touchpoint &card : journey.touchpoints)
        ids << card.id;
    for (const Connection &connection : journey.connections)
        ids << connection.id;
    return ids;
}

// The sample workshop with a workshop's worth of data on it: answers, a participant who
// wrote a card, a vote, a comment, a ticked agenda item.
Journey workshopJourney()
{
    Journey journey = test::sampleJourney();
    journey.datasets.push_back(DatasetRef(test::importedDataset(
        QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-nps.csv"), QStringLiteral("nps"))));
    const Participant ana{QUuid::createUuid(), QStringLiteral("Ana"), journey.departments.front().id, QColor(Qt::red)};
    journey.participants.push_back(ana);
    journey.touchpoints.front().authorId = ana.id;
    VoteRound round;
    round.id = QUuid::createUuid();
    round.title = QStringLiteral("Worst pain");
    round.dots.push_back({ana.id, journey.touchpoints.front().id});
    journey.votes.push_back(round);
    Comment comment;
    comment.id = QUuid::createUuid();
    comment.author = QStringLiteral("Ana");
    comment.text = QStringLiteral("Check this with the KYC team");
    comment.time = QDateTime::currentDateTimeUtc();
    journey.comments.push_back(comment);
    journey.agenda.push_back({QUuid::createUuid(), QStringLiteral("Warm-up"), true});
    return journey;
}

} // namespace

class TestJourneyTemplates : public QObject
{
    Q_OBJECT
private slots:
    void builtInTemplates_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("language");
        for (const QString &id : JourneyTemplates::builtInIds())
            for (const QString &language : languages)
                QTest::addRow("%s/%s", qPrintable(id), qPrintable(language)) << id << language;
    }

    // Read and checked, without problems(), the size the brief asks of a template, and the
    // same shape (stages, lanes, cards per stage and lane, effort) as the English one.
    void builtInTemplates()
    {
        QFETCH(QString, id);
        QFETCH(QString, language);
        const Journey journey = readBuiltIn(id, language);
        QVERIFY2(!journey.title.isEmpty(), qPrintable(id + QLatin1Char('/') + language + QStringLiteral(" does not read")));
        const auto problems = journey.problems();
        QVERIFY2(problems.empty(), problems.empty() ? "" : qPrintable(problems.front().path + QStringLiteral(": ") + problems.front().message));
        QVERIFY(journey.stages.size() >= 5 && journey.stages.size() <= 7);
        QVERIFY(journey.touchpoints.size() >= 12 && journey.touchpoints.size() <= 25);
        QVERIFY(journey.datasets.empty());
        // The weighted cost values the customer's hour in the template's own currency.
        if (journey.currency != QLatin1String("EUR"))
            QVERIFY(EffortWeights::fromSettings(journey.settings).hourValue > 20.0 * 40);
        QVERIFY(journey.lanes.size() >= 6);
        QVERIFY(std::any_of(journey.lanes.begin(), journey.lanes.end(), [](const Lane &lane) { return lane.zone == OfficeZone::Back; }));
        for (const Touchpoint &card : journey.touchpoints)
            QVERIFY2(!card.title.isEmpty() && !card.description.isEmpty(), qPrintable(card.title));

        const Journey english = readBuiltIn(id, QStringLiteral("en"));
        QCOMPARE(journey.stages.size(), english.stages.size());
        QCOMPARE(journey.lanes.size(), english.lanes.size());
        QCOMPARE(journey.departments.size(), english.departments.size());
        QCOMPARE(journey.touchpoints.size(), english.touchpoints.size());
        for (std::size_t i = 0; i < journey.touchpoints.size(); ++i) {
            const Touchpoint &card = journey.touchpoints[i];
            const Touchpoint &original = english.touchpoints[i];
            QCOMPARE(card.id, original.id);
            QCOMPARE(card.stageId, original.stageId);
            QCOMPARE(card.laneId, original.laneId);
            QCOMPARE(card.effort.minutes, original.effort.minutes);
            QCOMPARE(card.effort.emotion, original.effort.emotion);
            QCOMPARE(card.effort.money.hundredths == 0, original.effort.money.hundredths == 0);
            QCOMPARE(card.painPoint, original.painPoint);
        }
    }

    // No English left: every text differs from the English template's text in the same
    // place, and in Cyrillic and Hangul every text has letters of its own script.
    void noEnglishLeft_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("script");
        const QString cyrillic = QStringLiteral("[\\x{0400}-\\x{04FF}]");
        for (const QString &id : JourneyTemplates::builtInIds()) {
            for (const QString &language : {QStringLiteral("ru"), QStringLiteral("uk"), QStringLiteral("sr")})
                QTest::addRow("%s/%s", qPrintable(id), qPrintable(language)) << id << language << cyrillic;
            QTest::addRow("%s/ko", qPrintable(id)) << id << QStringLiteral("ko") << QStringLiteral("[\\x{AC00}-\\x{D7A3}]");
            QTest::addRow("%s/sr_Latn", qPrintable(id)) << id << QStringLiteral("sr_Latn") << QStringLiteral("[čćšžđČĆŠŽĐ]|[a-z]");
        }
    }

    void noEnglishLeft()
    {
        QFETCH(QString, id);
        QFETCH(QString, language);
        QFETCH(QString, script);
        const QStringList english = visibleTexts(readBuiltIn(id, QStringLiteral("en")));
        const QStringList translated = visibleTexts(readBuiltIn(id, language));
        QCOMPARE(translated.size(), english.size());
        const QRegularExpression ownScript(script);
        for (qsizetype i = 0; i < english.size(); ++i) {
            QVERIFY2(translated[i] != english[i], qPrintable(QStringLiteral("still English: ") + english[i]));
            QVERIFY2(translated[i].contains(ownScript), qPrintable(QStringLiteral("no %1 letters: ").arg(language) + translated[i]));
        }
        // Serbian Latin is the Cyrillic transliterated: no Cyrillic letter survives.
        if (language == QLatin1String("sr_Latn"))
            for (const QString &text : translated)
                QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("[\\x{0400}-\\x{04FF}]"))), qPrintable(text));
    }

    // A template added to resources/templates but not to the catalogue (or the resource
    // list) would never be offered.
    void everyTemplateFolderIsOffered()
    {
        QDir folder(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/templates"));
        QStringList folders = folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        folders.removeOne(QStringLiteral("source"));
        QStringList ids = JourneyTemplates::builtInIds();
        folders.sort();
        ids.sort();
        QCOMPARE(folders, ids);
        for (const QString &id : ids)
            for (const QString &language : languages)
                QCOMPARE(JourneyTemplates::builtInPath(id, language), QStringLiteral(":/templates/%1/%2.waymark.json").arg(id, language));
    }

    void catalogueFollowsTheLanguage()
    {
        QTemporaryDir folder;
        const JourneyTemplates russian(QStringLiteral("ru"), folder.path());
        QCOMPARE(russian.templates().size(), std::size_t(JourneyTemplates::builtInIds().size()));
        QCOMPARE(russian.templates().front().title, readBuiltIn(QStringLiteral("retail-bank"), QStringLiteral("ru")).title);
        QCOMPARE(russian.templates()[1].stageNames.size(), readBuiltIn(QStringLiteral("mobile-telecom"), QStringLiteral("ru")).stages.size());
        for (const JourneyTemplate &entry : russian.templates()) {
            QVERIFY(entry.builtIn);
            QVERIFY2(entry.problem.isEmpty(), qPrintable(entry.problem));
            QVERIFY(entry.cardCount >= 12);
        }
        // A language Waymark does not speak falls back to English.
        const JourneyTemplates german(JourneyTemplates::languageOf(QLocale(QLocale::German)), folder.path());
        QCOMPARE(german.templates().front().title, readBuiltIn(QStringLiteral("retail-bank"), QStringLiteral("en")).title);
        QCOMPARE(JourneyTemplates::builtInPath(QStringLiteral("retail-bank"), QStringLiteral("de")),
                 QStringLiteral(":/templates/retail-bank/en.waymark.json"));
        QCOMPARE(JourneyTemplates::languageOf(QLocale(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia)), QStringLiteral("sr_Latn"));
        QCOMPARE(JourneyTemplates::languageOf(QLocale(QLocale::Serbian, QLocale::CyrillicScript, QLocale::Serbia)), QStringLiteral("sr"));
    }

    // A journey made from a template is the template with new ids, not the template itself.
    void newJourneyHasFreshIds()
    {
        QTemporaryDir folder;
        const JourneyTemplates catalogue(QStringLiteral("uk"), folder.path());
        const JourneyTemplate &entry = catalogue.templates()[2];
        FormatError error;
        const std::optional<Journey> first = JourneyTemplates::newJourney(entry, &error);
        QVERIFY2(first, qPrintable(error.toString()));
        const std::optional<Journey> second = JourneyTemplates::newJourney(entry, &error);
        QVERIFY(second);
        QVERIFY(first->problems().empty());
        QCOMPARE(first->title, entry.title);
        QCOMPARE(int(first->touchpoints.size()), entry.cardCount);
        QVERIFY(!allIds(*first).intersects(allIds(*second)));
        const Journey original = readBuiltIn(QStringLiteral("insurance-claim"), QStringLiteral("uk"));
        QVERIFY(!allIds(*first).intersects(allIds(original)));
        QCOMPARE(first->touchpoints.size(), original.touchpoints.size());
        QCOMPARE(first->touchpoints[3].title, original.touchpoints[3].title);
    }

    // Save as template, then make a journey from it: the map survives, the workshop does not.
    void userTemplateRoundTrip()
    {
        QTemporaryDir folder;
        JourneyTemplates catalogue(QStringLiteral("en"), folder.path() + QStringLiteral("/not/yet/there"));
        const Journey journey = workshopJourney();
        QVERIFY(!journey.datasets.empty());
        FormatError error;
        const std::optional<QString> path = catalogue.saveAsTemplate(journey, QStringLiteral("Our bank: account opening / v2"), &error);
        QVERIFY2(path, qPrintable(error.toString()));
        QVERIFY(QFile::exists(*path));
        QCOMPARE(QFileInfo(*path).fileName(), QStringLiteral("Our bank- account opening - v2.waymark.json"));

        const std::vector<JourneyTemplate> &entries = catalogue.templates();
        QCOMPARE(entries.size(), std::size_t(JourneyTemplates::builtInIds().size() + 1));
        const JourneyTemplate &own = entries.back();
        QVERIFY(!own.builtIn);
        QVERIFY(own.problem.isEmpty());
        QCOMPARE(own.title, QStringLiteral("Our bank: account opening / v2"));
        QCOMPARE(own.cardCount, int(journey.touchpoints.size()));

        const std::optional<Journey> made = JourneyTemplates::newJourney(own, &error);
        QVERIFY2(made, qPrintable(error.toString()));
        QVERIFY(made->problems().empty());
        QVERIFY(made->datasets.empty());
        QVERIFY(made->votes.empty());
        QVERIFY(made->comments.empty());
        QVERIFY(made->participants.empty());
        QVERIFY(made->opportunities.empty());
        QVERIFY(made->scenarios.empty());
        QVERIFY(!made->settings.contains(QStringLiteral("business/scenario")));
        QCOMPARE(made->agenda.size(), std::size_t(1));
        QVERIFY(!made->agenda.front().done);
        QVERIFY(made->touchpoints.front().authorId.isNull());
        QVERIFY(!allIds(*made).intersects(allIds(journey)));
        // The map itself: every card, in its stage and lane, with its effort and text.
        QCOMPARE(made->touchpoints.size(), journey.touchpoints.size());
        QCOMPARE(made->connections.size(), journey.connections.size());
        const Journey canonical = journey.canonical();
        const Journey madeCanonical = made->canonical();
        for (std::size_t i = 0; i < canonical.touchpoints.size(); ++i) {
            const Touchpoint &a = canonical.touchpoints[i];
            const Touchpoint &b = madeCanonical.touchpoints[i];
            QCOMPARE(b.title, a.title);
            QCOMPARE(b.effort, a.effort);
            QCOMPARE(made->stage(b.stageId)->name, journey.stage(a.stageId)->name);
            QCOMPARE(made->lane(b.laneId)->name, journey.lane(a.laneId)->name);
        }

        // The same name again does not overwrite the first.
        const std::optional<QString> again = catalogue.saveAsTemplate(journey, QStringLiteral("Our bank: account opening / v2"), &error);
        QVERIFY(again);
        QVERIFY(*again != *path);
        QVERIFY(QFile::exists(*path));
        QCOMPARE(catalogue.templates().size(), std::size_t(JourneyTemplates::builtInIds().size() + 2));
    }

    // A broken file in the templates folder is listed with the file and the place named;
    // the good ones around it still load.
    void brokenUserTemplateIsReported()
    {
        QTemporaryDir folder;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(QStringLiteral("broken.waymark.json"), "{\n  \"format\": \"waymark-journey\",\n  \"version\": 3,\n  oops\n}\n");
        write(QStringLiteral("empty.waymark.json"), "");
        write(QStringLiteral("notes.txt"), "not a template");
        QVERIFY(JourneyJson::write(test::smallJourney(), folder.filePath(QStringLiteral("good.waymark.json")), nullptr));

        const JourneyTemplates catalogue(QStringLiteral("en"), folder.path());
        std::vector<JourneyTemplate> own;
        std::copy_if(catalogue.templates().begin(), catalogue.templates().end(), std::back_inserter(own),
                     [](const JourneyTemplate &entry) { return !entry.builtIn; });
        QCOMPARE(own.size(), std::size_t(3));
        const auto find = [&](const QString &title) {
            return *std::find_if(own.begin(), own.end(), [&](const JourneyTemplate &entry) { return entry.title == title; });
        };
        const JourneyTemplate broken = find(QStringLiteral("broken"));
        QVERIFY(broken.problem.contains(QStringLiteral("broken.waymark.json:4:")));
        QVERIFY(broken.problem.contains(QStringLiteral("not valid JSON")));
        QVERIFY(find(QStringLiteral("empty")).problem.contains(QStringLiteral("empty")));
        QVERIFY(find(test::smallJourney().title).problem.isEmpty());
        FormatError error;
        QVERIFY(!JourneyTemplates::newJourney(broken, &error));
        QVERIFY(error.toString().contains(QStringLiteral("broken.waymark.json")));
    }
};

QTEST_GUILESS_MAIN(TestJourneyTemplates)
#include "tst_journeytemplates.moc"
