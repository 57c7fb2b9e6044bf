// Personas on the map (issue 19): a card happens to some personas or to all, and a persona may
// feel a step differently; both kept by both file formats, checked as journey rules, carried by
// copy and paste between journeys and by templates, and taken off the cards with their persona.
#include "commands/pastecards.h"
#include "commands/removedepartment.h"
#include "format/cardtransfer.h"
#include "format/journeyfiles.h"
#include "format/journeyjson.h"
#include "journeydocument.h"
#include "personaview.h"
#include "templates/templatecopy.h"
#include "testjourneys.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace waymark;
using waymark::test::firstProblem;
using waymark::test::hasProblem;

namespace {

QUuid cardId(int number)
{
    return QUuid::fromString(QStringLiteral("9a1e0005-0000-4000-8000-%1").arg(number, 12, 10, QLatin1Char('0')));
}
const QUuid uploadCard = cardId(3); // happens to Ana only
const QUuid waitCard = cardId(4);   // Ana feels it as 10, everyone else 8

} // namespace

class TestCardPersonas : public QObject
{
    Q_OBJECT
private slots:
    void whoAStepHappensToAndHowTheyFeelIt()
    {
        const Journey journey = test::smallJourney();
        const QUuid ana = journey.personas.at(0).id;
        const QUuid someoneElse = QUuid::createUuid();
        const Touchpoint *upload = journey.touchpoint(uploadCard);
        const Touchpoint *wait = journey.touchpoint(waitCard);
        QVERIFY(upload && wait);
        QVERIFY(upload->appliesTo(ana));
        QVERIFY(!upload->appliesTo(someoneElse));
        QVERIFY(upload->appliesTo({})); // no persona chosen: every card
        QVERIFY(wait->appliesTo(someoneElse)); // names nobody: happens to everyone
        QCOMPARE(wait->emotionFor(ana), 10);
        QCOMPARE(wait->emotionFor(someoneElse), 8);
        QCOMPARE(wait->emotionFor({}), 8);
        QVERIFY(journey.problems().empty());
    }

    void theJourneyAsOnePersonaLivesIt()
    {
        Journey journey = test::smallJourney();
        const QUuid ana = journey.personas.at(0).id;
        Persona marko{QUuid::createUuid(), QStringLiteral("Марко"), {}, {}, {}};
        journey.personas.push_back(marko);
        const Journey asAna = personaView(journey, ana);
        QCOMPARE(asAna.touchpoints.size(), journey.touchpoints.size()); // every card happens to her
        QCOMPARE(asAna.touchpoint(waitCard)->effort.emotion, 10);
        const Journey asMarko = personaView(journey, marko.id);
        QCOMPARE(asMarko.touchpoints.size(), journey.touchpoints.size() - 1); // not the upload, which is Ana's
        QVERIFY(!asMarko.touchpoint(uploadCard));
        QCOMPARE(asMarko.touchpoint(waitCard)->effort.emotion, 8);
        QVERIFY(personaView(journey, {}) == journey);
    }

    void keptByBothFileFormats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("native") << QStringLiteral("j.waymark");
        QTest::newRow("json") << QStringLiteral("j.waymark.json");
    }

    void keptByBothFileFormats()
    {
        QFETCH(QString, name);
        const Journey journey = test::smallJourney();
        QVERIFY(!journey.personas[0].frustrations.isEmpty());
        QTemporaryDir dir;
        FormatError error;
        QVERIFY2(writeJourneyFile(journey, dir.filePath(name), &error), qPrintable(error.toString()));
        const auto back = readJourneyFile(dir.filePath(name), &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QVERIFY(back->sameContent(journey));
        QCOMPARE(back->personas[0].frustrations, journey.personas[0].frustrations);
        QCOMPARE(back->touchpoint(waitCard)->personaEmotions, journey.touchpoint(waitCard)->personaEmotions);
        QCOMPARE(back->touchpoint(uploadCard)->personaIds, journey.touchpoint(uploadCard)->personaIds);
    }

    void brokenReferencesAreNamed()
    {
        Journey journey = test::smallJourney();
        Touchpoint &wait = journey.touchpoints[std::size_t(*journey.touchpointIndex(waitCard))];
        wait.personaIds = {QUuid::createUuid()};
        QVERIFY(hasProblem(journey, QStringLiteral("names an unknown persona")));
        wait.personaIds = {journey.personas[0].id, journey.personas[0].id};
        QVERIFY(hasProblem(journey, QStringLiteral("names a persona twice")));
        wait.personaIds.clear();
        wait.personaEmotions = {{journey.personas[0].id, 11}};
        QVERIFY(hasProblem(journey, QStringLiteral("must be from 0 to 10, got 11")));

        // In JSON the pointer says where.
        Journey good = test::smallJourney();
        QByteArray json = JourneyJson::toJson(good);
        const QByteArray ana = good.personas[0].id.toString(QUuid::WithoutBraces).toLatin1();
        QByteArray unknown = json;
        unknown.replace("\"personas\": [\n            \"" + ana, "\"personas\": [\n            \"0bad0000-0000-4000-8000-000000000001");
        QVERIFY(unknown != json);
        FormatError error;
        QVERIFY(!JourneyJson::fromJson(unknown, &error));
        QVERIFY2(error.message.contains(QStringLiteral("no persona has the id")), qPrintable(error.toString()));
        QVERIFY2(error.path.endsWith(QStringLiteral("/personas/0")), qPrintable(error.path));
        QByteArray tooSad = json;
        tooSad.replace("\"emotion\": 10", "\"emotion\": 12");
        QVERIFY(tooSad != json);
        QVERIFY(!JourneyJson::fromJson(tooSad, &error));
        QVERIFY2(error.path.endsWith(QStringLiteral("/personaEmotions/0/emotion")), qPrintable(error.path));
    }

    void deletingAPersonaTakesItOffTheCards()
    {
        JourneyDocument document(test::smallJourney());
        const Journey before = document.journey();
        const QUuid ana = before.personas[0].id;
        document.push(new RemovePersona(&document, ana));
        QVERIFY(document.journey().personas.empty());
        QVERIFY(document.journey().touchpoint(uploadCard)->personaIds.empty()); // now happens to everyone
        QVERIFY(document.journey().touchpoint(waitCard)->personaEmotions.empty());
        QVERIFY(document.journey().problems().empty());
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QVERIFY(document.journey() == before);
    }

    void copyAndPasteKeepWhoTheCardsAreFor()
    {
        const Journey source = test::smallJourney();
        const Journey copied = copyCards(source, {uploadCard, waitCard});
        QCOMPARE(copied.personas.size(), std::size_t(1));
        QVERIFY(copied.problems().empty());

        // Into a journey with a persona of the same name: the cards name that one.
        Journey other = test::smallJourney();
        other.id = QUuid::createUuid();
        other.personas[0].id = QUuid::createUuid();
        for (Touchpoint &card : other.touchpoints) {
            card.personaIds.clear();
            card.personaEmotions.clear();
        }
        JourneyDocument named(other);
        named.push(new PasteCards(&named, copied, other.stages[0].id, other.lanes[0].id, -1));
        QCOMPARE(named.journey().personas.size(), std::size_t(1));
        QVERIFY(named.journey().problems().empty());
        const QUuid otherAna = other.personas[0].id;
        int namingAna = 0;
        for (const Touchpoint &card : named.journey().touchpoints)
            namingAna += int(card.personaIds == std::vector<QUuid>{otherAna}) + int(!card.personaEmotions.empty() && card.personaEmotions[0].personaId == otherAna);
        QCOMPARE(namingAna, 2);

        // Into a journey without her: she comes along, in the same undo step.
        Journey empty = other;
        empty.personas.clear();
        JourneyDocument without(empty);
        without.push(new PasteCards(&without, copied, empty.stages[0].id, empty.lanes[0].id, -1));
        QCOMPARE(without.journey().personas.size(), std::size_t(1));
        QCOMPARE(without.journey().personas[0].name, source.personas[0].name);
        QVERIFY(without.journey().problems().empty());
        without.undoStack()->undo();
        QVERIFY(without.journey().personas.empty());
    }

    void templatesRenameThePersonasTheCardsName()
    {
        const Journey fresh = withFreshIds(test::smallJourney());
        QVERIFY(fresh.personas[0].id != test::smallJourney().personas[0].id);
        QVERIFY(fresh.problems().empty()); // the cards name the persona's new id
        bool named = false;
        for (const Touchpoint &card : fresh.touchpoints)
            named = named || card.personaIds == std::vector<QUuid>{fresh.personas[0].id};
        QVERIFY(named);
    }
};

QTEST_GUILESS_MAIN(TestCardPersonas)
#include "tst_cardpersonas.moc"
