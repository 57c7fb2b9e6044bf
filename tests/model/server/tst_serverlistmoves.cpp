// Moving an agenda step, an opportunity or a scenario while the journey is shared
// (docs/server.md, "The journey, the agenda and the business case"): a move in the window is
// one `position` change, not a removal and an addition, so the other window gets it in order,
// someone's edit of the step's text at the same moment stays, two people moving different
// steps both keep their moves, undo and redo of a move work and are refused when someone
// moved it since, and a move made offline is queued and replayed.
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include "commands/editentity.h"
#include "commands/reorderentity.h"
#include "server/serverchange.h"
#include "server/serverlists.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace waymark;
using waymark::test::PostgresServer;
using test::journeyText;

namespace {

constexpr int settleMs = 10000; // generous: notifications on one machine take milliseconds

std::vector<QUuid> agendaIds(const Journey &journey)
{
    std::vector<QUuid> ids;
    for (const AgendaItem &step : journey.agenda)
        ids.push_back(step.id);
    return ids;
}

int indexOf(const Journey &journey, const QUuid &step)
{
    for (std::size_t i = 0; i < journey.agenda.size(); ++i) {
        if (journey.agenda[i].id == step)
            return int(i);
    }
    return -1;
}

// A window without widgets: the session, the document the window shows and the bridge.
struct Window {
    std::unique_ptr<ServerSession> session;
    std::unique_ptr<JourneyDocument> document;
    std::unique_ptr<SharedJourney> shared;
    QStringList refusals;
    JourneyDocument *doc() const { return document.get(); }
};

} // namespace

class TestServerListMoves : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ReplayReport>();
        WAYMARK_START_POSTGRES(mServer);
    }

    void init()
    {
        static int next = 0;
        mDatabase = QStringLiteral("listmoves%1").arg(++next);
        QVERIFY(mServer.createDatabase(mDatabase));
        mJourney = test::workshopJourney();
        mJourney.agenda = {{QUuid::createUuid(), QStringLiteral("Знакомство"), true},
                           {QUuid::createUuid(), QStringLiteral("Голосование"), false},
                           {QUuid::createUuid(), QStringLiteral("Attach effort"), false},
                           {QUuid::createUuid(), QStringLiteral("마무리"), false}};
        Opportunity kiosk;
        kiosk.id = QUuid::createUuid();
        kiosk.title = QStringLiteral("Киоск");
        Opportunity app;
        app.id = QUuid::createUuid();
        app.title = QStringLiteral("앱 예약");
        mJourney.opportunities = {kiosk, app};
        mJourney.scenarios = {{QUuid::createUuid(), QStringLiteral("Quick wins"), {app.id}}, {QUuid::createUuid(), QStringLiteral("Всё"), {kiosk.id, app.id}}};
        test::TestConnection connection(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerJourneys::publish(connection.db(), mJourney, &error), qPrintable(error));
        mQueueDir = std::make_unique<QTemporaryDir>();
        QVERIFY(mQueueDir->isValid());
    }

    // "Голосование" was added before "Attach effort": the facilitator drags it below. One
    // change of kind agenda, field position, reaches the other window, which shows the new order.
    void aMoveReachesTheOtherWindowAsOneChange()
    {
        auto fay = window(QStringLiteral("Фэй"));
        auto flo = window(QStringLiteral("Flo"));
        QVERIFY(fay && flo);
        const qint64 before = newestChange();
        QVERIFY(fay->doc()->push(new MoveAgendaStep(fay->doc(), 1, 2)));
        QVERIFY2(fay->refusals.isEmpty(), qPrintable(fay->refusals.join(QLatin1Char('\n'))));
        QCOMPARE(changesSince(before), QStringLiteral("agenda:position"));
        settle({fay->session.get(), flo->session.get()});
        const std::vector<QUuid> moved{mJourney.agenda[0].id, mJourney.agenda[2].id, mJourney.agenda[1].id, mJourney.agenda[3].id};
        QCOMPARE(agendaIds(opened()), moved);
        QCOMPARE(agendaIds(flo->doc()->journey()), moved);
        QCOMPARE(flo->doc()->journey().agenda, fay->doc()->journey().agenda);
        QCOMPARE(journeyText(flo->session->journey()), journeyText(opened()));

        // To the top, and an opportunity and a scenario: one change each.
        const qint64 more = newestChange();
        QVERIFY(fay->doc()->push(new MoveAgendaStep(fay->doc(), 3, 0)));
        QVERIFY(fay->doc()->push(new MoveOpportunity(fay->doc(), 1, 0)));
        QVERIFY(fay->doc()->push(new MoveScenario(fay->doc(), 0, 1)));
        QCOMPARE(changesSince(more), QStringLiteral("agenda:position,opportunity:position,scenario:position"));
        settle({fay->session.get(), flo->session.get()});
        QCOMPARE(agendaIds(flo->doc()->journey()).front(), mJourney.agenda[3].id);
        QCOMPARE(flo->doc()->journey().opportunities.front().id, mJourney.opportunities[1].id);
        QCOMPARE(flo->doc()->journey().scenarios.back().id, mJourney.scenarios[0].id);
        QCOMPARE(journeyText(flo->doc()->journey()), journeyText(opened()));
        QCOMPARE(journeyText(fay->doc()->journey()), journeyText(opened()));
    }

    // Flo renames the step Фэй moves, neither having seen the other's change; then each moves
    // a different step at the same moment. Everything stays, in one order everybody sees.
    void aConcurrentRenameAndAnotherMoveBothStay()
    {
        auto fay = window(QStringLiteral("Фэй"));
        auto flo = window(QStringLiteral("Flo"));
        QVERIFY(fay && flo);
        const QUuid voting = mJourney.agenda[1].id;
        QVERIFY(fay->doc()->push(new MoveAgendaStep(fay->doc(), 1, 3)));
        // Flo's window still shows the old order and title: her rename was made without the move.
        AgendaItem renamed = flo->doc()->journey().agenda[1];
        renamed.title = QStringLiteral("Голосование точками · 점 투표");
        QVERIFY(flo->doc()->push(new EditEntity<AgendaItem>(flo->doc(), renamed, QStringLiteral("Rename agenda step"))));
        settle({fay->session.get(), flo->session.get()});
        QVERIFY2(fay->refusals.isEmpty() && flo->refusals.isEmpty(), qPrintable((fay->refusals + flo->refusals).join(QLatin1Char('\n'))));
        Journey server = opened();
        QCOMPARE(indexOf(server, voting), 3);
        QCOMPARE(server.agenda[3].title, renamed.title);
        QCOMPARE(journeyText(fay->doc()->journey()), journeyText(server));
        QCOMPARE(journeyText(flo->doc()->journey()), journeyText(server));

        // Now: Знакомство, Attach effort, 마무리, Голосование. Фэй moves Знакомство to the end while
        // Flo moves 마무리 to the top, before either sees the other's.
        const QUuid intro = mJourney.agenda[0].id;
        const QUuid wrapUp = mJourney.agenda[3].id;
        QVERIFY(fay->doc()->push(new MoveAgendaStep(fay->doc(), 0, 3)));
        QVERIFY(flo->doc()->push(new MoveAgendaStep(flo->doc(), 2, 0)));
        settle({fay->session.get(), flo->session.get()});
        server = opened();
        QCOMPARE(indexOf(server, wrapUp), 0);
        QCOMPARE(indexOf(server, intro), 3);
        QCOMPARE(agendaIds(server), (std::vector<QUuid>{wrapUp, mJourney.agenda[2].id, voting, intro}));
        QCOMPARE(journeyText(fay->doc()->journey()), journeyText(server));
        QCOMPARE(journeyText(flo->doc()->journey()), journeyText(server));
    }

    // Undo of one's own move puts the step back after its old neighbour for everyone; redo
    // moves it again. When someone moved it since, both are refused naming who and which change.
    void aMoveIsUndoneAndRedone()
    {
        auto fay = window(QStringLiteral("Фэй"));
        auto flo = window(QStringLiteral("Flo"));
        QVERIFY(fay && flo);
        const std::vector<QUuid> published = agendaIds(mJourney);
        QVERIFY(fay->doc()->push(new MoveAgendaStep(fay->doc(), 1, 2)));
        const std::vector<QUuid> moved = agendaIds(fay->doc()->journey());
        // The Edit menu names the move (ServerUndoText), not an edit of the step.
        QCOMPARE(fay->shared->undoText(), QStringLiteral("&Undo Move Agenda Step “%1”").arg(mJourney.agenda[1].title));
        QString error;
        QVERIFY2(fay->shared->undo(&error), qPrintable(error));
        QCOMPARE(fay->shared->redoText(), QStringLiteral("&Redo Move Agenda Step “%1”").arg(mJourney.agenda[1].title));
        settle({fay->session.get(), flo->session.get()});
        QCOMPARE(agendaIds(opened()), published);
        QCOMPARE(agendaIds(flo->doc()->journey()), published);
        QCOMPARE(agendaIds(fay->doc()->journey()), published);
        QVERIFY2(fay->shared->redo(&error), qPrintable(error));
        settle({fay->session.get(), flo->session.get()});
        QCOMPARE(agendaIds(opened()), moved);
        QCOMPARE(agendaIds(flo->doc()->journey()), moved);

        // Flo moves the same step again: Фэй's undo would take her move back, so it is refused.
        const int at = indexOf(flo->doc()->journey(), mJourney.agenda[1].id);
        QVERIFY(flo->doc()->push(new MoveAgendaStep(flo->doc(), at, 0)));
        settle({fay->session.get(), flo->session.get()});
        const qint64 floMove = newestChange();
        QVERIFY(!fay->shared->undo(&error));
        QCOMPARE(error, QStringLiteral("cannot undo: Flo moved the agenda step “Голосование” since (change %1)").arg(floMove));
        QCOMPARE(agendaIds(opened()).front(), mJourney.agenda[1].id);

        // Фэй moves another step and undoes it; Flo moves that one too: the redo is refused.
        QVERIFY(fay->doc()->push(new MoveAgendaStep(fay->doc(), 3, 1)));
        QVERIFY2(fay->shared->undo(&error), qPrintable(error));
        settle({fay->session.get(), flo->session.get()});
        QVERIFY(flo->doc()->push(new MoveAgendaStep(flo->doc(), 3, 2)));
        settle({fay->session.get(), flo->session.get()});
        QVERIFY(!fay->shared->redo(&error));
        QCOMPARE(error, QStringLiteral("cannot redo: Flo moved the agenda step “마무리” since (change %1)").arg(newestChange()));
        QCOMPARE(journeyText(fay->doc()->journey()), journeyText(opened()));
        QCOMPARE(journeyText(flo->doc()->journey()), journeyText(opened()));
    }

    // On a train: the move is queued (one edit), shown at once, and sent as one position change
    // when the connection is back; Flo's rename of the same step meanwhile stays.
    void aMoveMadeOfflineIsReplayed()
    {
        auto fay = window(QStringLiteral("Фэй"), true);
        auto flo = window(QStringLiteral("Flo"));
        QVERIFY(fay && flo);
        fay->session->disconnectFromServer();
        QVERIFY(fay->doc()->push(new MoveAgendaStep(fay->doc(), 0, 2)));
        QVERIFY2(fay->refusals.isEmpty(), qPrintable(fay->refusals.join(QLatin1Char('\n'))));
        QCOMPARE(fay->session->queuedEdits(), 1);
        const std::vector<QUuid> moved = agendaIds(fay->doc()->journey());
        QCOMPARE(moved[2], mJourney.agenda[0].id);
        QCOMPARE(agendaIds(opened()), agendaIds(mJourney)); // nothing on the server yet

        QString error;
        QVERIFY2(flo->session->setListItemField(ServerChangeKind::agenda, mJourney.agenda[0].id, QStringLiteral("title"),
                                                QStringLiteral("Знакомство, 10 мин"), &error),
                 qPrintable(error));
        const qint64 before = newestChange();
        QSignalSpy replayed(fay->session.get(), &ServerSession::replayed);
        QVERIFY2(fay->session->connectToServer(&error), qPrintable(error));
        QCOMPARE(replayed.size(), 1);
        const auto report = replayed.front().at(0).value<ReplayReport>();
        QVERIFY(report.conflicts.empty());
        QCOMPARE(report.sent, 1);
        QCOMPARE(fay->session->queuedEdits(), 0);
        QCOMPARE(changesSince(before), QStringLiteral("agenda:position"));
        settle({fay->session.get(), flo->session.get()});
        const Journey server = opened();
        QCOMPARE(agendaIds(server), moved);
        QCOMPARE(server.agenda[2].title, QStringLiteral("Знакомство, 10 мин"));
        QCOMPARE(journeyText(flo->doc()->journey()), journeyText(server));
        QCOMPARE(journeyText(fay->doc()->journey()), journeyText(server));
    }

    // Flo moves the same step after Фэй's offline move of it: the later move stays, reported.
    void aLaterMoveOfTheSameStepWinsAtReplay()
    {
        auto fay = window(QStringLiteral("Фэй"), true);
        auto flo = window(QStringLiteral("Flo"));
        QVERIFY(fay && flo);
        fay->session->disconnectFromServer();
        QVERIFY(fay->doc()->push(new MoveAgendaStep(fay->doc(), 0, 3)));
        QCOMPARE(fay->session->queuedEdits(), 1);
        QTest::qWait(50); // two edits one after the other carry different times (not a timing: a clock's resolution)
        QVERIFY(flo->doc()->push(new MoveAgendaStep(flo->doc(), 0, 1)));
        const std::vector<QUuid> flos = agendaIds(opened());
        QCOMPARE(flos[1], mJourney.agenda[0].id);

        QSignalSpy replayed(fay->session.get(), &ServerSession::replayed);
        QString error;
        QVERIFY2(fay->session->connectToServer(&error), qPrintable(error));
        QCOMPARE(replayed.size(), 1);
        const auto report = replayed.front().at(0).value<ReplayReport>();
        QCOMPARE(report.conflicts.size(), std::size_t(1));
        QCOMPARE(report.conflicts[0].kind, ServerChangeKind::agenda);
        QCOMPARE(report.conflicts[0].field, ServerChangeField::position);
        QCOMPARE(report.conflicts[0].by, QStringLiteral("Flo"));
        QVERIFY(report.conflicts[0].kept == ReplayConflict::Kept::Theirs);
        settle({fay->session.get(), flo->session.get()});
        QCOMPARE(agendaIds(opened()), flos);
        QCOMPARE(journeyText(fay->doc()->journey()), journeyText(opened()));
    }

    // The list's own rules, as every session applies them: a move after a neighbour someone
    // removed meanwhile puts the item last, the same everywhere; the window's edits send only
    // what was moved, not the neighbours it passed.
    void theListsOwnRules()
    {
        JourneyParts parts;
        parts.base = ServerLists::listsOf(mJourney);
        ServerChange move = changeOf(ServerChangeKind::agenda, mJourney.agenda[0].id, ServerChangeField::position,
                                     QJsonObject{{QStringLiteral("after"), QUuid::createUuid().toString(QUuid::WithoutBraces)}});
        QVERIFY(ServerLists::apply(parts, move));
        QCOMPARE(parts.base[QStringLiteral("agenda")].toArray().last()[QLatin1String("id")].toString(), mJourney.agenda[0].id.toString(QUuid::WithoutBraces));
        move.value = QJsonObject{{QStringLiteral("after"), QJsonValue()}};
        QVERIFY(ServerLists::apply(parts, move));
        QCOMPARE(parts.base[QStringLiteral("agenda")].toArray().first()[QLatin1String("id")].toString(), mJourney.agenda[0].id.toString(QUuid::WithoutBraces));
        move.entity = QUuid::createUuid();
        QVERIFY(!ServerLists::apply(parts, move)); // not there: changes nothing

        // The first step dragged to the end: one move (after the last), not three.
        Journey mine = mJourney;
        std::rotate(mine.agenda.begin(), mine.agenda.begin() + 1, mine.agenda.end());
        const QString key = ServerLists::listKey(ServerChangeKind::agenda);
        const QJsonArray server = ServerLists::listsOf(mJourney)[key].toArray();
        const auto edits = ServerLists::edits(ServerChangeKind::agenda, server, server, ServerLists::listsOf(mine)[key].toArray());
        QCOMPARE(edits.size(), std::size_t(1));
        QCOMPARE(int(edits[0].op), int(ServerLists::Edit::Op::Move));
        QCOMPARE(edits[0].id, mJourney.agenda[0].id);
        QCOMPARE(edits[0].after, mJourney.agenda[3].id);

        // Two neighbours swapped: either could have moved; the step says which one it put back.
        mine = mJourney;
        std::swap(mine.agenda[1], mine.agenda[2]);
        const QJsonArray swapped = ServerLists::listsOf(mine)[key].toArray();
        for (const QUuid &dragged : {mJourney.agenda[1].id, mJourney.agenda[2].id}) {
            const auto swap = ServerLists::edits(ServerChangeKind::agenda, server, server, swapped, {dragged});
            QCOMPARE(swap.size(), std::size_t(1));
            QCOMPARE(swap[0].id, dragged);
        }
        // A hint about an item that did not move sends nothing.
        QVERIFY(ServerLists::edits(ServerChangeKind::agenda, server, server, server, {mJourney.agenda[0].id}).empty());
    }

private:
    std::unique_ptr<Window> window(const QString &author, bool keepOffline = false)
    {
        auto w = std::make_unique<Window>();
        w->session = std::make_unique<ServerSession>(test::addressOf(mServer, mDatabase), mJourney.id, author);
        if (keepOffline)
            w->session->keepOfflineEdits(mQueueDir->path());
        QString error;
        if (!w->session->connectToServer(&error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        w->document = std::make_unique<JourneyDocument>(w->session->journey());
        w->shared = std::make_unique<SharedJourney>(w->document.get(), w->session.get());
        connect(w->shared.get(), &SharedJourney::refused, w->shared.get(), [raw = w.get()](const QString &why) { raw->refusals << why; });
        return w;
    }

    qint64 newestChange()
    {
        return test::newestChange(mServer, mDatabase);
    }

    QString changesSince(qint64 id)
    {
        return mServer.psql(mDatabase, QStringLiteral("SELECT string_agg(kind || ':' || field, ',' ORDER BY id) FROM changes WHERE id > %1").arg(id))
            .value_or(QString())
            .trimmed();
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
    std::unique_ptr<QTemporaryDir> mQueueDir;
};

QTEST_GUILESS_MAIN(TestServerListMoves)
#include "tst_serverlistmoves.moc"
