// Arrows between cards, personas and participants edited live (issue 21; server schema 6):
// each reaches every session and window; the database refuses them to the wrong role (personas
// and participants: facilitators only; arrows: whoever may change both cards) through Waymark,
// through the window and through SQL typed by hand; an arrow drawn to a card someone deletes at
// the same moment ends the same for everybody; undo takes back one's own change unless someone
// changed that thing since, naming who.
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include "commands/addentity.h"
#include "commands/editentity.h"
#include "commands/removedepartment.h"
#include "commands/removeentity.h"
#include "journeydocument.h"
#include "media/cardimageimport.h"
#include "server/serverlists.h"
#include "server/serverschema.h"
#include "server/sharedjourney.h"

#include <QBuffer>
#include <QImage>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;

namespace {

constexpr int settleMs = 10000; // generous: notifications on one machine take milliseconds

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// One person's window without widgets: the document the views would show, its session and
// the bridge between them (as tst_sharedjourney).
using Window = test::SharedWindow;

Connection newArrow(const QUuid &from, const QUuid &to, const QString &label = {})
{
    return {QUuid::createUuid(), from, to, label};
}

const Connection *arrowIn(const Journey &journey, const QUuid &id)
{
    for (const Connection &connection : journey.connections) {
        if (connection.id == id)
            return &connection;
    }
    return nullptr;
}

const Persona *personaIn(const Journey &journey, const QUuid &id)
{
    const auto at = journey.personaIndex(id);
    return at ? &journey.personas[std::size_t(*at)] : nullptr;
}

// A real imported photo, as the persona editor takes one.
CardImage photo()
{
    QImage image(48, 48, QImage::Format_RGB32);
    for (int y = 0; y < 48; ++y)
        for (int x = 0; x < 48; ++x)
            image.setPixel(x, y, qRgb(x * 5, y * 5, 120));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return importCardImage(png, QStringLiteral("ана.png")).image;
}

QString databaseError(const QSqlQuery &query)
{
    return query.lastError().databaseText();
}

} // namespace

class TestServerArrows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WAYMARK_START_POSTGRES_WITH_LOGINS(mServer, QStringLiteral("CREATE ROLE fay LOGIN IN ROLE waymark_facilitator; "
                                               "CREATE ROLE flo LOGIN IN ROLE waymark_facilitator; "
                                               "CREATE ROLE sam LOGIN IN ROLE waymark_participant; "
                                               "CREATE ROLE pia LOGIN IN ROLE waymark_participant; "
                                               "CREATE ROLE rita LOGIN IN ROLE waymark_reviewer"));
    }

    void init()
    {
        static int next = 0;
        mDatabase = QStringLiteral("arrows%1").arg(++next);
        QVERIFY(mServer.createDatabase(mDatabase));
        mJourney = test::workshopJourney();
        test::TestConnection connection(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerJourneys::publish(connection.db(), mJourney, &error), qPrintable(error));
    }

    // A participant draws an arrow in his window, labels it; the facilitator's window shows
    // both and deletes it; a third session ends with what the database holds.
    void arrowsReachEveryone()
    {
        auto sam = open(QStringLiteral("sam"));
        auto fay = open(QStringLiteral("fay"));
        auto watcher = session(QStringLiteral("flo"));
        QVERIFY(sam && fay && watcher);
        QSignalSpy arrowsInFay(fay->doc(), &JourneyDocument::connectionInserted);
        JourneyDocument *doc = sam->doc();
        Connection arrow = newArrow(mJourney.touchpoints[1].id, mJourney.touchpoints[6].id);
        doc->push(new AddEntity<Connection>(doc, arrow));
        QTRY_VERIFY_WITH_TIMEOUT(arrowIn(fay->doc()->journey(), arrow.id), settleMs);
        QCOMPARE(arrowsInFay.size(), 1);
        QCOMPARE(*arrowIn(fay->doc()->journey(), arrow.id), arrow);

        arrow.label = QStringLiteral("через неделю · 일주일 후");
        doc->push(new EditEntity<Connection>(doc, arrow));
        QTRY_COMPARE_WITH_TIMEOUT(arrowIn(fay->doc()->journey(), arrow.id)->label, arrow.label, settleMs);

        fay->doc()->push(new RemoveEntity<Connection>(fay->doc(), arrow.id));
        QTRY_VERIFY_WITH_TIMEOUT(!arrowIn(sam->doc()->journey(), arrow.id), settleMs);
        QVERIFY2(fay->refusals.isEmpty() && sam->refusals.isEmpty(), qPrintable((fay->refusals + sam->refusals).join(u'\n')));

        QString error;
        QVERIFY2(watcher->catchUp(&error), qPrintable(error));
        const Journey server = opened();
        QCOMPARE(test::journeyText(watcher->journey()), test::journeyText(server));
        QCOMPARE(sam->doc()->journey().connections, server.connections);
        QCOMPARE(fay->doc()->journey().connections, server.connections);
    }

    // The facilitator adds a persona with a photo, renames it, gives it to a card and deletes
    // it again with the window's command (the card lets go of it first); adds, renames and
    // removes a participant. The participant's window follows every step.
    void personasAndParticipantsReachEveryone()
    {
        auto fay = open(QStringLiteral("fay"));
        auto sam = open(QStringLiteral("sam"));
        QVERIFY(fay && sam);
        JourneyDocument *doc = fay->doc();
        Persona persona{QUuid::createUuid(), QStringLiteral("Богдан"), QStringLiteral("Пенсионер"), QStringLiteral("Без очередей"), {}, {}};
        doc->push(new AddEntity<Persona>(doc, persona));
        QTRY_VERIFY_WITH_TIMEOUT(personaIn(sam->doc()->journey(), persona.id), settleMs);
        persona.name = QStringLiteral("Богдан Іванович · 보그단");
        persona.photo = photo();
        QVERIFY(!persona.photo.isNull());
        doc->push(new EditEntity<Persona>(doc, persona));
        QTRY_VERIFY_WITH_TIMEOUT(personaIn(sam->doc()->journey(), persona.id)->name == persona.name, settleMs);
        QCOMPARE(*personaIn(sam->doc()->journey(), persona.id), persona);
        QCOMPARE(sam->doc()->journey().personas.back().id, persona.id); // at its place in the list

        Touchpoint card = *doc->journey().touchpoint(mJourney.touchpoints[6].id);
        card.personaIds = {persona.id};
        card.personaEmotions = {{persona.id, 7}};
        doc->push(new EditTouchpoint(doc, card));
        QTRY_COMPARE_WITH_TIMEOUT(sam->doc()->journey().touchpoint(card.id)->personaEmotions, card.personaEmotions, settleMs);
        doc->push(new RemovePersona(doc, persona.id));
        QTRY_VERIFY_WITH_TIMEOUT(!personaIn(sam->doc()->journey(), persona.id), settleMs);
        QVERIFY(sam->doc()->journey().touchpoint(card.id)->personaEmotions.empty());

        Participant guest{QUuid::createUuid(), QStringLiteral("Гость"), mJourney.departments[0].id, QColor(0x2c, 0xa0, 0x2c)};
        doc->push(new AddEntity<Participant>(doc, guest));
        QTRY_VERIFY_WITH_TIMEOUT(sam->doc()->journey().participant(guest.id), settleMs);
        guest.name = QStringLiteral("민준");
        doc->push(new EditEntity<Participant>(doc, guest));
        QTRY_COMPARE_WITH_TIMEOUT(sam->doc()->journey().participant(guest.id)->name, guest.name, settleMs);
        doc->push(new RemoveEntity<Participant>(doc, guest.id));
        QTRY_VERIFY_WITH_TIMEOUT(!sam->doc()->journey().participant(guest.id), settleMs);
        QVERIFY2(fay->refusals.isEmpty() && sam->refusals.isEmpty(), qPrintable((fay->refusals + sam->refusals).join(u'\n')));

        const Journey server = opened();
        QCOMPARE(sam->doc()->journey().personas, server.personas);
        QCOMPARE(sam->doc()->journey().participants, server.participants);
        QCOMPARE(test::journeyText(sam->session->journey()), test::journeyText(server));
    }

    // Personas and participants are the facilitators': the database refuses a participant
    // through Waymark, through the window (taken back, naming the rule) and by hand. A reviewer
    // draws no arrow; a participant draws none to a card in another department's locked lane.
    void wrongRolesAreRefusedByTheDatabase()
    {
        auto sam = open(QStringLiteral("sam"));
        auto rita = session(QStringLiteral("rita"));
        auto fay = session(QStringLiteral("fay"));
        QVERIFY(sam && rita && fay);
        QString error;
        const Persona ana = mJourney.personas[0];
        QVERIFY(!sam->session->setListItemField(ServerChangeKind::persona, ana.id, QStringLiteral("name"), QStringLiteral("Чужая"), &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-personas")), qPrintable(error));
        const QJsonObject guest{{QStringLiteral("id"), idText(QUuid::createUuid())}, {QStringLiteral("name"), QStringLiteral("Гость")},
                                {QStringLiteral("department"), QJsonValue()}, {QStringLiteral("colour"), QStringLiteral("#2ca02c")}};
        QVERIFY(!sam->session->addListItem(ServerChangeKind::participant, guest, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-participants")), qPrintable(error));

        Persona renamed = ana;
        renamed.name = QStringLiteral("Переименовал");
        sam->doc()->push(new EditEntity<Persona>(sam->doc(), renamed));
        QCOMPARE(sam->doc()->journey().personas[0].name, ana.name);
        QCOMPARE(sam->refusals.size(), 1);
        QVERIFY2(sam->refusals.front().contains(QStringLiteral("facilitators-personas")), qPrintable(sam->refusals.front()));

        test::TestConnection byHand(mServer, mDatabase, QStringLiteral("sam"));
        QSqlQuery query(byHand.db());
        QVERIFY(!query.exec(QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{personas,0,name}', '\"x\"') WHERE id = '%1'")
                                .arg(idText(mJourney.id))));
        QVERIFY2(databaseError(query).contains(QStringLiteral("waymark rule facilitators-personas")), qPrintable(databaseError(query)));
        QVERIFY(!query.exec(QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{participants}', '[]') WHERE id = '%1'")
                                .arg(idText(mJourney.id))));
        QVERIFY2(databaseError(query).contains(QStringLiteral("waymark rule facilitators-participants")), qPrintable(databaseError(query)));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO changes (journey, author, seen, kind, entity, field, value) "
                                           "VALUES ('%1', 'sam', 0, 'persona', '%2', 'name', '\"x\"')")
                                .arg(idText(mJourney.id), idText(ana.id))));
        QVERIFY2(databaseError(query).contains(QStringLiteral("waymark rule facilitators-personas")), qPrintable(databaseError(query)));

        // Arrows: not for a reviewer; a participant's need both cards open to him.
        QVERIFY(!rita->addArrow(newArrow(mJourney.touchpoints[0].id, mJourney.touchpoints[1].id), &error));
        QVERIFY2(error.contains(QStringLiteral("reviewers-comment-only")), qPrintable(error));
        const Lane support = mJourney.lanes[3]; // "Šalter", the support department's; the check card is there
        QVERIFY2(fay->setLock(ServerLockKind::lane, support.id, true, QStringLiteral("поддержка правит сама"), &error), qPrintable(error));
        QVERIFY2(sam->session->catchUp(&error), qPrintable(error));
        QVERIFY(!sam->session->addArrow(newArrow(mJourney.touchpoints[0].id, mJourney.touchpoints[5].id), &error));
        QVERIFY2(error.contains(QStringLiteral("locked-lane")), qPrintable(error));
        QVERIFY(!query.exec(QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{connections}', base->'connections' || "
                                           "jsonb_build_array(jsonb_build_object('id', '%1', 'from', '%2', 'to', '%3', 'label', ''))) WHERE id = '%4'")
                                .arg(idText(QUuid::createUuid()), idText(mJourney.touchpoints[0].id), idText(mJourney.touchpoints[5].id),
                                     idText(mJourney.id))));
        QVERIFY2(databaseError(query).contains(QStringLiteral("waymark rule locked-lane")), qPrintable(databaseError(query)));
        // Between open cards it is his to draw; the facilitator's lock does not stop her.
        QVERIFY2(sam->session->addArrow(newArrow(mJourney.touchpoints[0].id, mJourney.touchpoints[1].id), &error), qPrintable(error));
        QVERIFY2(fay->addArrow(newArrow(mJourney.touchpoints[0].id, mJourney.touchpoints[5].id), &error), qPrintable(error));
        // An arrow to a card the journey does not have, by hand.
        QVERIFY(!query.exec(QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{connections}', base->'connections' || "
                                           "jsonb_build_array(jsonb_build_object('id', '%1', 'from', '%2', 'to', '%3', 'label', ''))) WHERE id = '%4'")
                                .arg(idText(QUuid::createUuid()), idText(mJourney.touchpoints[0].id), idText(QUuid::createUuid()),
                                     idText(mJourney.id))));
        QVERIFY2(databaseError(query).contains(QStringLiteral("waymark rule arrow-card-gone")), qPrintable(databaseError(query)));

        // Deleting his own card takes its arrows along, even one to the locked lane's card.
        const QUuid ad = mJourney.touchpoints[0].id;
        QVERIFY2(sam->session->catchUp(&error), qPrintable(error));
        QVERIFY2(sam->session->deleteCard(ad, &error), qPrintable(error));
        const Journey server = opened();
        QVERIFY(std::none_of(server.connections.begin(), server.connections.end(),
                             [&](const Connection &arrow) { return arrow.fromId == ad || arrow.toId == ad; }));
        QCOMPARE(server.personas, mJourney.personas);
        QCOMPARE(server.participants, mJourney.participants);
    }

    // Deleting a card and drawing an arrow to it at the same moment end the same for
    // everybody, in both orders: the writers take turns on the journey's row.
    void deleteCardAndAddArrowTakeTurns()
    {
        auto sam = session(QStringLiteral("sam"));
        auto pia = session(QStringLiteral("pia"));
        QVERIFY(sam && pia);
        QString error;
        // Pia deletes first; Sam, who has not heard of it, is refused naming her.
        const QUuid form = mJourney.touchpoints[2].id;
        QVERIFY2(pia->deleteCard(form, &error), qPrintable(error));
        QVERIFY(sam->journey().touchpoint(form)); // not heard of it yet
        QVERIFY(!sam->addArrow(newArrow(mJourney.touchpoints[1].id, form), &error));
        QVERIFY2(error.contains(QStringLiteral("deleted by pia")), qPrintable(error));

        // Sam draws first; Pia, who has not heard of it, deletes the card: the arrow goes with it.
        const QUuid wait = mJourney.touchpoints[4].id;
        const Connection late = newArrow(wait, mJourney.touchpoints[7].id, QStringLiteral("не дождался"));
        const auto drawn = sam->addArrow(late, &error);
        QVERIFY2(drawn, qPrintable(error));
        QVERIFY(!arrowIn(pia->journey(), late.id));
        const auto deleted = pia->deleteCard(wait, &error);
        QVERIFY2(deleted, qPrintable(error));

        QVERIFY2(sam->catchUp(&error) && pia->catchUp(&error), qPrintable(error));
        const Journey server = opened();
        QVERIFY(!arrowIn(server, late.id));
        QVERIFY(!server.touchpoint(wait) && !server.touchpoint(form));
        QCOMPARE(test::journeyText(sam->journey()), test::journeyText(server));
        QCOMPARE(test::journeyText(pia->journey()), test::journeyText(server));
        // Sam is told his arrow went with Pia's card; Pia lost nothing.
        QCOMPARE(sam->lostChanges().size(), std::size_t(1));
        QCOMPARE(sam->lostChanges().front().mine, *drawn);
        QCOMPARE(sam->lostChanges().front().by.id, *deleted);
        QVERIFY(sam->lostChanges().front().arrowWithCard);
        QVERIFY(pia->lostChanges().empty());
    }

    // An arrow drawn while the facilitator removes the stage of one of its cards goes with the
    // stage's cards, and its author is told; one drawn after its author saw the removal is refused.
    void anArrowGoneWithAStageIsReported()
    {
        auto sam = session(QStringLiteral("sam"));
        auto fay = session(QStringLiteral("fay"));
        QVERIFY(sam && fay);
        QString error;
        const Touchpoint &from = mJourney.touchpoints[1];
        const auto inOtherStage = std::find_if(mJourney.touchpoints.cbegin(), mJourney.touchpoints.cend(),
                                               [&](const Touchpoint &card) { return card.stageId != from.stageId; });
        QVERIFY(inOtherStage != mJourney.touchpoints.cend());
        const Connection arrow = newArrow(from.id, inOtherStage->id, QStringLiteral("потом"));
        const auto drawn = sam->addArrow(arrow, &error);
        QVERIFY2(drawn, qPrintable(error));
        const auto removed = fay->removeStructure(ServerChangeKind::stage, inOtherStage->stageId, &error);
        QVERIFY2(removed, qPrintable(error));
        QVERIFY2(sam->catchUp(&error) && fay->catchUp(&error), qPrintable(error));
        QVERIFY(!arrowIn(opened(), arrow.id));
        QCOMPARE(sam->lostChanges().size(), std::size_t(1));
        QCOMPARE(sam->lostChanges().front().mine, *drawn);
        QCOMPARE(sam->lostChanges().front().by.id, *removed);
        QCOMPARE(sam->lostChanges().front().by.kind, ServerChangeKind::stage);
        QVERIFY(sam->lostChanges().front().arrowWithCard);
        // Seen first, then drawn: refused, nothing more reported.
        QVERIFY(!sam->addArrow(newArrow(from.id, inOtherStage->id), &error));
        QCOMPARE(sam->lostChanges().size(), std::size_t(1));
    }

    // A persona removed while someone gives it to a card, and a participant removed while
    // someone places a dot for them: one order, the journey stays readable for everyone.
    void peopleRemovedMeanwhile()
    {
        auto fay = session(QStringLiteral("fay"));
        auto sam = session(QStringLiteral("sam"));
        QVERIFY(fay && sam);
        QString error;
        const QJsonObject persona{{QStringLiteral("id"), idText(QUuid::createUuid())}, {QStringLiteral("name"), QStringLiteral("Вера")},
                                  {QStringLiteral("description"), QString()}, {QStringLiteral("goals"), QString()}};
        const QUuid personaId = QUuid::fromString(persona[QLatin1String("id")].toString());
        QVERIFY2(fay->addListItem(ServerChangeKind::persona, persona, mJourney.personas[0].id, &error), qPrintable(error));
        QVERIFY2(sam->catchUp(&error), qPrintable(error));
        QVERIFY2(fay->removeListItem(ServerChangeKind::persona, personaId, &error), qPrintable(error));
        QVERIFY(!sam->setCardField(mJourney.touchpoints[1].id, QStringLiteral("personas"), QJsonArray{idText(personaId)}, &error));
        QVERIFY2(error.contains(QStringLiteral("fay removed the persona “Вера”")), qPrintable(error));

        // A persona a card names stays (the window takes it off its cards first), also when the
        // card was given it by someone whose change the remover had not seen.
        QVERIFY(!fay->removeListItem(ServerChangeKind::persona, mJourney.personas[0].id, &error));
        QVERIFY2(error.contains(QStringLiteral("names the persona “Ана Петровић”")), qPrintable(error));
        QJsonObject other = persona;
        other[QStringLiteral("id")] = idText(QUuid::createUuid());
        other[QStringLiteral("name")] = QStringLiteral("Надія");
        const QUuid otherId = QUuid::fromString(other[QLatin1String("id")].toString());
        QVERIFY2(fay->addListItem(ServerChangeKind::persona, other, {}, &error), qPrintable(error));
        QVERIFY2(sam->catchUp(&error), qPrintable(error));
        QVERIFY2(sam->setCardField(mJourney.touchpoints[1].id, QStringLiteral("personas"), QJsonArray{idText(otherId)}, &error), qPrintable(error));
        QVERIFY(!fay->removeListItem(ServerChangeKind::persona, otherId, &error)); // fay has not heard of Sam's edit
        QVERIFY2(error.contains(QStringLiteral("names the persona “Надія”")), qPrintable(error));

        const QUuid last = mJourney.participants.back().id;
        QVERIFY2(fay->removeListItem(ServerChangeKind::participant, last, &error), qPrintable(error));
        QVERIFY(!sam->addDot(mJourney.votes[0].id, last, mJourney.touchpoints[1].id, &error));
        QVERIFY2(error.contains(QStringLiteral("fay removed the participant")), qPrintable(error));
        // A participant with dots stays on the list.
        QVERIFY(!fay->removeListItem(ServerChangeKind::participant, mJourney.participants[0].id, &error));
        QVERIFY2(error.contains(QStringLiteral("has placed dots")), qPrintable(error));

        QVERIFY2(sam->catchUp(&error) && fay->catchUp(&error), qPrintable(error));
        const Journey server = opened();
        QVERIFY(!server.participant(last) && !personaIn(server, personaId) && personaIn(server, otherId));
        QCOMPARE(test::journeyText(sam->journey()), test::journeyText(server));
    }

    // Undo My Last Change: a label, an arrow, a persona's name and a removed persona come back;
    // refused when someone changed the arrow or the participant since, or deleted the arrow's card.
    void undoAndItsRefusals()
    {
        auto sam = session(QStringLiteral("sam"));
        auto pia = session(QStringLiteral("pia"));
        auto fay = session(QStringLiteral("fay"));
        auto flo = session(QStringLiteral("flo"));
        QVERIFY(sam && pia && fay && flo);
        QString error;
        const Connection mine = newArrow(mJourney.touchpoints[0].id, mJourney.touchpoints[6].id);
        QVERIFY2(sam->addArrow(mine, &error), qPrintable(error));
        QVERIFY2(sam->setListItemField(ServerChangeKind::arrow, mine.id, QStringLiteral("label"), QStringLiteral("сразу"), &error), qPrintable(error));
        QVERIFY2(sam->undo(&error), qPrintable(error));
        QCOMPARE(arrowIn(opened(), mine.id)->label, QString());
        QVERIFY2(sam->undo(&error), qPrintable(error));
        QVERIFY(!arrowIn(opened(), mine.id));

        // Someone relabels Sam's arrow: his undo of drawing it is refused, naming her.
        const Connection shared = newArrow(mJourney.touchpoints[1].id, mJourney.touchpoints[6].id);
        QVERIFY2(sam->addArrow(shared, &error), qPrintable(error));
        QVERIFY2(pia->catchUp(&error), qPrintable(error));
        QVERIFY2(pia->setListItemField(ServerChangeKind::arrow, shared.id, QStringLiteral("label"), QStringLiteral("моё"), &error), qPrintable(error));
        QVERIFY2(sam->catchUp(&error), qPrintable(error));
        QVERIFY(!sam->undo(&error));
        QVERIFY2(error.contains(QStringLiteral("cannot undo: pia changed the arrow “моё” since")), qPrintable(error));

        // Someone deletes the card of Sam's next arrow: refused, naming who deleted it.
        const Connection doomed = newArrow(mJourney.touchpoints[3].id, mJourney.touchpoints[6].id);
        QVERIFY2(sam->addArrow(doomed, &error), qPrintable(error));
        QVERIFY2(pia->catchUp(&error), qPrintable(error));
        QVERIFY2(pia->deleteCard(mJourney.touchpoints[3].id, &error), qPrintable(error));
        QVERIFY2(sam->catchUp(&error), qPrintable(error));
        QVERIFY(!sam->undo(&error));
        QVERIFY2(error.contains(QStringLiteral("cannot undo: pia deleted card")), qPrintable(error));

        // The facilitator's persona: a rename undone, a removal undone at its place.
        const Persona ana = mJourney.personas[0];
        QVERIFY2(fay->catchUp(&error), qPrintable(error));
        QVERIFY2(fay->setListItemField(ServerChangeKind::persona, ana.id, QStringLiteral("name"), QStringLiteral("Ана П."), &error), qPrintable(error));
        QVERIFY2(fay->undo(&error), qPrintable(error));
        QCOMPARE(opened().personas[0].name, ana.name);
        const QJsonObject spare{{QStringLiteral("id"), idText(QUuid::createUuid())}, {QStringLiteral("name"), QStringLiteral("Запасная")},
                                {QStringLiteral("description"), QString()}, {QStringLiteral("goals"), QString()}};
        QVERIFY2(fay->addListItem(ServerChangeKind::persona, spare, {}, &error), qPrintable(error)); // first in the list
        QVERIFY2(fay->removeListItem(ServerChangeKind::persona, QUuid::fromString(spare[QLatin1String("id")].toString()), &error), qPrintable(error));
        QVERIFY2(fay->undo(&error), qPrintable(error));
        QCOMPARE(opened().personas.size(), std::size_t(2));
        QCOMPARE(opened().personas[0].name, QStringLiteral("Запасная"));

        // A participant renamed by another facilitator since: refused, naming him.
        const QUuid guest = mJourney.participants[4].id;
        QVERIFY2(fay->setListItemField(ServerChangeKind::participant, guest, QStringLiteral("name"), QStringLiteral("Олена К."), &error), qPrintable(error));
        QVERIFY2(flo->catchUp(&error), qPrintable(error));
        QVERIFY2(flo->setListItemField(ServerChangeKind::participant, guest, QStringLiteral("name"), QStringLiteral("Олена Коваль"), &error), qPrintable(error));
        QVERIFY2(fay->catchUp(&error), qPrintable(error));
        QVERIFY(!fay->undo(&error));
        QVERIFY2(error.contains(QStringLiteral("cannot undo: flo changed the participant “Олена Коваль” since")), qPrintable(error));
        QCOMPARE(opened().participant(guest)->name, QStringLiteral("Олена Коваль"));

        for (ServerSession *each : {sam.get(), pia.get(), fay.get(), flo.get()})
            QVERIFY2(each->catchUp(&error), qPrintable(error));
        const Journey server = opened();
        for (ServerSession *each : {sam.get(), pia.get(), fay.get(), flo.get()})
            QCOMPARE(test::journeyText(each->journey()), test::journeyText(server));
    }

    // Schema 6 over a version 5 database: run twice, the rules hold.
    void theMigrationIsIdempotent()
    {
        QVERIFY(mServer.psql(mDatabase, QStringLiteral("UPDATE waymark_schema SET version = 5")));
        test::TestConnection owner(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerSchema::migrate(owner.db(), &error), qPrintable(error));
        QCOMPARE(ServerSchema::versionOf(owner.db(), &error), std::optional<int>(ServerSchema::version));
        auto sam = session(QStringLiteral("sam"));
        QVERIFY(sam);
        QVERIFY(!sam->removeListItem(ServerChangeKind::participant, mJourney.participants[4].id, &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-participants")), qPrintable(error));
        QVERIFY2(sam->addArrow(newArrow(mJourney.touchpoints[1].id, mJourney.touchpoints[2].id), &error), qPrintable(error));
    }

    // Offline these kinds are queued like cards (tst_serverofflinekinds replays them); a
    // session that keeps nothing offline (the command line) refuses them, saying so.
    void offlineTheyAreQueued()
    {
        auto fay = session(QStringLiteral("fay"));
        QVERIFY(fay);
        fay->disconnectFromServer();
        QString error;
        QVERIFY(!fay->addArrow(newArrow(mJourney.touchpoints[1].id, mJourney.touchpoints[2].id), &error));
        QVERIFY2(error.contains(QStringLiteral("not connected")), qPrintable(error));
        QTemporaryDir recovery;
        fay->keepOfflineEdits(recovery.path());
        QVERIFY2(fay->addArrow(newArrow(mJourney.touchpoints[1].id, mJourney.touchpoints[2].id), &error), qPrintable(error));
        QCOMPARE(fay->queuedEdits(), 1);
    }

private:
    std::unique_ptr<ServerSession> session(const QString &user) { return test::connectedSession(mServer, mDatabase, mJourney.id, user); }

    std::unique_ptr<Window> open(const QString &user) { return test::openShared(mServer, mDatabase, mJourney.id, user); }

    Journey opened() { return test::journeyOnServer(mServer, mDatabase, mJourney.id); }

    PostgresServer mServer;
    QString mDatabase;
    Journey mJourney;
};

QTEST_GUILESS_MAIN(TestServerArrows)
#include "tst_serverarrows.moc"
