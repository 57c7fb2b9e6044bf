// Redo while shared of arrows, personas, participants, the journey's own fields and settings,
// the agenda and the business case (docs/server.md, "Redo"): each undone, redone (the other
// session sees it again), undone once more; refused, naming who and which change, when someone
// else changed that thing after the undo. Offline, a step undone on the server waits for the
// connection to be redone, as its undo did.
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include "server/serverlists.h"

#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;
using test::journeyText;

namespace {

constexpr int settleMs = 10000; // generous: notifications on one machine take milliseconds

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

const Connection *arrowIn(const Journey &journey, const QUuid &id)
{
    for (const Connection &arrow : journey.connections) {
        if (arrow.id == id)
            return &arrow;
    }
    return nullptr;
}

const AgendaItem *stepIn(const Journey &journey, const QUuid &id)
{
    for (const AgendaItem &step : journey.agenda) {
        if (step.id == id)
            return &step;
    }
    return nullptr;
}

} // namespace

class TestServerRedoLists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WAYMARK_START_POSTGRES(mServer); }

    void init()
    {
        static int next = 0;
        mDatabase = QStringLiteral("redolists%1").arg(++next);
        QVERIFY(mServer.createDatabase(mDatabase));
        mJourney = test::workshopJourney();
        Opportunity queue;
        queue.id = QUuid::createUuid();
        queue.title = QStringLiteral("Очередь без очереди");
        queue.monthsToDeliver = 4;
        mJourney.opportunities = {queue};
        mJourney.agenda = {{QUuid::createUuid(), QStringLiteral("Знакомство"), true}, {QUuid::createUuid(), QStringLiteral("Голосование"), false}};
        test::TestConnection connection(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerJourneys::publish(connection.db(), mJourney, &error), qPrintable(error));
    }

    // An arrow drawn, labelled and removed: each undone, redone for everyone, undone again.
    void arrowsAreRedone()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        QString error;
        const Connection arrow{QUuid::createUuid(), mJourney.touchpoints[0].id, mJourney.touchpoints[3].id, QStringLiteral("ведёт к")};
        QVERIFY2(a->addArrow(arrow, &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!arrowIn(b->journey(), arrow.id));
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(arrowIn(b->journey(), arrow.id));
        QCOMPARE(arrowIn(b->journey(), arrow.id)->label, arrow.label);

        QVERIFY2(a->setListItemField(ServerChangeKind::arrow, arrow.id, QStringLiteral("label"), QStringLiteral("мешает · 방해"), &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(arrowIn(b->journey(), arrow.id)->label, arrow.label);
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(arrowIn(b->journey(), arrow.id)->label, QStringLiteral("мешает · 방해"));

        QVERIFY2(a->removeListItem(ServerChangeKind::arrow, arrow.id, &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(arrowIn(b->journey(), arrow.id));
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!arrowIn(b->journey(), arrow.id));
        QVERIFY2(a->undo(&error), qPrintable(error)); // the redo is a step of its own
        settle({a.get(), b.get()});
        QVERIFY(arrowIn(b->journey(), arrow.id));
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
        QCOMPARE(journeyText(b->journey()), journeyText(opened()));
    }

    // A label someone changed after the undo, and an arrow whose card someone deleted: refused.
    void anArrowSomeoneChangedIsNotRedone()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        QString error;
        const Connection arrow{QUuid::createUuid(), mJourney.touchpoints[0].id, mJourney.touchpoints[3].id, QStringLiteral("моё")};
        QVERIFY2(a->addArrow(arrow, &error), qPrintable(error));
        QVERIFY2(a->setListItemField(ServerChangeKind::arrow, arrow.id, QStringLiteral("label"), QStringLiteral("моё новое"), &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        const auto relabel = b->setListItemField(ServerChangeKind::arrow, arrow.id, QStringLiteral("label"), QStringLiteral("Богдана"), &error);
        QVERIFY2(relabel, qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->redo(&error));
        QCOMPARE(error, QStringLiteral("cannot redo: Богдан changed the arrow “Богдана” since (change %1)").arg(*relabel));
        QCOMPARE(arrowIn(opened(), arrow.id)->label, QStringLiteral("Богдана"));

        // Drawn anew, undone, its card deleted: the server names who deleted it.
        const Connection second{QUuid::createUuid(), mJourney.touchpoints[1].id, mJourney.touchpoints[4].id, QStringLiteral("второе")};
        QVERIFY2(a->addArrow(second, &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        const auto deleted = b->deleteCard(second.toId, &error);
        QVERIFY2(deleted, qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->redo(&error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot redo: ")) && error.contains(QStringLiteral("Богдан")) && error.contains(QString::number(*deleted)),
                 qPrintable(error));
        QVERIFY(!arrowIn(opened(), second.id));
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
    }

    // A persona renamed and one added, a participant renamed: undone, redone, undone again;
    // a rename someone replaced after the undo is refused.
    void personasAndParticipantsAreRedone()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        QString error;
        QVERIFY(!mJourney.personas.empty());
        const Persona persona = mJourney.personas[0];
        QVERIFY2(a->setListItemField(ServerChangeKind::persona, persona.id, QStringLiteral("name"), QStringLiteral("Вера · 베라"), &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(b->journey().personas[0].name, persona.name);
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(b->journey().personas[0].name, QStringLiteral("Вера · 베라"));

        const QJsonObject added{{QStringLiteral("id"), idText(QUuid::createUuid())}, {QStringLiteral("name"), QStringLiteral("Гость")},
                                {QStringLiteral("description"), QStringLiteral("Пришёл впервые")}, {QStringLiteral("goals"), QString()},
                                {QStringLiteral("frustrations"), QString()}};
        QVERIFY2(a->addListItem(ServerChangeKind::persona, added, persona.id, &error), qPrintable(error));
        const QString withAdded = journeyText(a->journey());
        QVERIFY2(a->undo(&error), qPrintable(error));
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(journeyText(b->journey()), withAdded); // back after the same neighbour
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(b->journey().personas.size(), mJourney.personas.size());

        const Participant participant = mJourney.participants[1];
        QVERIFY2(a->setListItemField(ServerChangeKind::participant, participant.id, QStringLiteral("name"), QStringLiteral("Богдан-2"), &error),
                 qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(b->journey().participant(participant.id)->name, QStringLiteral("Богдан-2"));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(b->journey().participant(participant.id)->name, participant.name);

        // Someone renamed the persona after the undo: theirs stays.
        QVERIFY2(a->undo(&error), qPrintable(error)); // the persona's redone rename
        settle({a.get(), b.get()});
        const auto theirs = b->setListItemField(ServerChangeKind::persona, persona.id, QStringLiteral("name"), QStringLiteral("Вера Богдана"), &error);
        QVERIFY2(theirs, qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->redo(&error));
        QCOMPARE(error, QStringLiteral("cannot redo: Богдан changed the persona “Вера Богдана” since (change %1)").arg(*theirs));
        QCOMPARE(opened().personas[0].name, QStringLiteral("Вера Богдана"));
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
    }

    // The journey's title and a setting, an agenda step ticked off and one added, an
    // opportunity's figure: undone, redone, undone again; a title and an agenda step someone
    // changed after the undo are not redone.
    void journeyAgendaAndBusinessCaseAreRedone()
    {
        auto a = session(QStringLiteral("Фая"));
        auto b = session(QStringLiteral("Флора"));
        QVERIFY(a && b);
        QString error;
        QVERIFY2(a->setJourneyField(QStringLiteral("title"), QStringLiteral("Открытие счёта · 계좌"), &error), qPrintable(error));
        QVERIFY2(a->setJourneyField(QStringLiteral("settings/business/discountRate"), QStringLiteral("0.12"), &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(b->journey().title, mJourney.title);
        QVERIFY(!b->journey().settings.contains(QStringLiteral("business/discountRate")));
        QVERIFY2(a->redo(&error), qPrintable(error));
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(b->journey().title, QStringLiteral("Открытие счёта · 계좌"));
        QCOMPARE(b->journey().settings.value(QStringLiteral("business/discountRate")), QStringLiteral("0.12"));
        QCOMPARE(opened().title, QStringLiteral("Открытие счёта · 계좌"));

        const QUuid step = mJourney.agenda[1].id;
        QVERIFY2(a->setListItemField(ServerChangeKind::agenda, step, QStringLiteral("done"), true, &error), qPrintable(error));
        const QJsonObject added{{QStringLiteral("id"), idText(QUuid::createUuid())}, {QStringLiteral("title"), QStringLiteral("Перерыв")},
                                {QStringLiteral("done"), false}};
        QVERIFY2(a->addListItem(ServerChangeKind::agenda, added, step, &error), qPrintable(error));
        const QUuid opportunity = mJourney.opportunities[0].id;
        QVERIFY2(a->setListItemField(ServerChangeKind::opportunity, opportunity, QStringLiteral("monthsToDeliver"), 9, &error), qPrintable(error));
        const QString done = journeyText(a->journey());
        for (int i = 0; i < 3; ++i)
            QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!stepIn(b->journey(), step)->done);
        QCOMPARE(b->journey().agenda.size(), mJourney.agenda.size());
        QCOMPARE(b->journey().opportunities[0].monthsToDeliver, 4);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(journeyText(b->journey()), done);
        QVERIFY2(a->undo(&error), qPrintable(error)); // the figure, redone, undone again
        settle({a.get(), b.get()});
        QCOMPARE(b->journey().opportunities[0].monthsToDeliver, 4);

        // Флора changes the step and the journey's title after Фая's undos: refused, naming her.
        QVERIFY2(a->undo(&error), qPrintable(error)); // the added step
        QVERIFY2(a->undo(&error), qPrintable(error)); // the step's tick
        settle({a.get(), b.get()});
        const auto unticked = b->setListItemField(ServerChangeKind::agenda, step, QStringLiteral("done"), false, &error);
        QVERIFY2(unticked, qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->redo(&error)); // the tick, undone last
        QCOMPARE(error, QStringLiteral("cannot redo: Флора changed the agenda step “Голосование” since (change %1)").arg(*unticked));
        QVERIFY2(a->redo(&error), qPrintable(error)); // the added step, which nobody touched
        QVERIFY(stepIn(opened(), QUuid::fromString(added[QLatin1String("id")].toString())));
        QVERIFY2(a->undo(&error), qPrintable(error)); // the added step again
        QVERIFY2(a->undo(&error), qPrintable(error)); // the setting
        QVERIFY2(a->undo(&error), qPrintable(error)); // the title
        settle({a.get(), b.get()});
        const auto title = b->setJourneyField(QStringLiteral("title"), QStringLiteral("Флорин"), &error);
        QVERIFY2(title, qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->redo(&error)); // the title, undone last
        QCOMPARE(error, QStringLiteral("cannot redo: Флора changed the journey's title since (change %1)").arg(*title));
        QVERIFY2(a->redo(&error), qPrintable(error)); // the setting, which nobody touched
        settle({a.get(), b.get()});
        QCOMPARE(opened().settings.value(QStringLiteral("business/discountRate")), QStringLiteral("0.12"));
        QCOMPARE(opened().title, QStringLiteral("Флорин"));
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
        QCOMPARE(journeyText(b->journey()), journeyText(opened()));
    }

    // The title set twice, undone twice, redone twice: the first redo is one's own change of
    // the title after the second undo, not someone else's, so the second redo goes through too.
    void oneFieldUndoneTwiceIsRedoneTwice()
    {
        auto a = session(QStringLiteral("Фая"));
        QVERIFY(a);
        QString error;
        QVERIFY2(a->setJourneyField(QStringLiteral("title"), QStringLiteral("Первый"), &error), qPrintable(error));
        QVERIFY2(a->setJourneyField(QStringLiteral("title"), QStringLiteral("Второй"), &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        QCOMPARE(opened().title, mJourney.title);
        QVERIFY2(a->redo(&error), qPrintable(error));
        QCOMPARE(opened().title, QStringLiteral("Первый"));
        QVERIFY2(a->redo(&error), qPrintable(error));
        QCOMPARE(opened().title, QStringLiteral("Второй"));
    }

    // Offline: a journey field and an arrow undone on the server are redone only when the
    // connection is back, as their undo would be (this session keeps no queue).
    void offlineRedoWaitsForTheConnection()
    {
        auto a = session(QStringLiteral("Ана"));
        QVERIFY(a);
        QString error;
        const Connection arrow{QUuid::createUuid(), mJourney.touchpoints[0].id, mJourney.touchpoints[2].id, QStringLiteral("офлайн")};
        QVERIFY2(a->addArrow(arrow, &error), qPrintable(error));
        QVERIFY2(a->setJourneyField(QStringLiteral("description"), QStringLiteral("Офлайн"), &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        a->disconnectFromServer();
        QVERIFY(a->canRedo());
        QVERIFY(!a->redo(&error));
        QVERIFY2(error.contains(QStringLiteral("redo works again when the connection is back")), qPrintable(error));
        QVERIFY(a->canRedo()); // kept for when the connection is back
        QVERIFY2(a->connectToServer(&error), qPrintable(error));
        QVERIFY2(a->redo(&error), qPrintable(error)); // the arrow
        QVERIFY2(a->redo(&error), qPrintable(error)); // the description
        const Journey server = opened();
        QVERIFY(arrowIn(server, arrow.id));
        QCOMPARE(server.description, QStringLiteral("Офлайн"));
        QCOMPARE(journeyText(a->journey()), journeyText(server));
    }

private:
    std::unique_ptr<ServerSession> session(const QString &author)
    {
        return test::authorSession(mServer, mDatabase, mJourney.id, author);
    }

    // Until every session has applied the newest change in the database.
    void settle(std::initializer_list<ServerSession *> sessions)
    {
        test::settleSessions(mServer, mDatabase, sessions, settleMs);
    }

    Journey opened() { return test::journeyOnServer(mServer, mDatabase, mJourney.id); }

    PostgresServer mServer;
    QString mDatabase;
    Journey mJourney;
};

QTEST_GUILESS_MAIN(TestServerRedoLists)
#include "tst_serverredolists.moc"
