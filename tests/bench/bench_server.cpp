// A journey shared live through PostgreSQL (issue 21): how fast a change reaches the other
// sessions, and how many edits per second the server takes. One throwaway server
// (tests/support/postgresserver.h), a generated workshop-sized journey.
//
//   waymark_bench_server [--edits N] [--cards N] [--arrows] [--journey] [--bridge]
//
// Propagation: one writer and 10 or 50 listening sessions, all in this process and on its
// main thread, so the listeners' catch-ups run one after the other: the figures are an upper
// bound for sessions on separate laptops, where each pays only for its own. Window to window:
// two documents with their bridges (what two windows do), one editing cards, then renaming
// stages. Dots: one session places dots and takes them back (server schema 5) while another
// listens, against a card's title in the same run; arrows drawn and removed (schema 6) the same
// way (--arrows: only those); the journey's title, a setting and an opportunity's figure
// (schema 7) the same way (--journey: only those). Throughput:
// 1, 4 or 10 writer threads, each its own session and connection, editing at once.

#include "postgresserver.h"
#include "testjourneys.h"

#include "commands/editentity.h"
#include "journeydocument.h"
#include "server/serverjourneys.h"
#include "server/serversession.h"
#include "server/sharedjourney.h"
#include "warehouse/postgresconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

using namespace waymark;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size())))];
}

void propagation(const PostgresAddress &address, const Journey &journey, int listeners, int edits)
{
    QElapsedTimer clock;
    clock.start();
    ServerSession writer(address, journey.id, QStringLiteral("writer"));
    QString error;
    if (!writer.connectToServer(&error))
        qFatal("%s", qPrintable(error));
    std::vector<std::unique_ptr<ServerSession>> sessions;
    std::vector<double> arrivals; // ms from the start of the write to a listener applying it
    qint64 sentAt = 0;
    qint64 waitingFor = 0;
    int arrived = 0;
    for (int i = 0; i < listeners; ++i) {
        sessions.push_back(std::make_unique<ServerSession>(address, journey.id, QStringLiteral("listener %1").arg(i)));
        if (!sessions.back()->connectToServer(&error))
            qFatal("%s", qPrintable(error));
        QObject::connect(sessions.back().get(), &ServerSession::changed, [&](const ServerChange &change, bool) {
            if (change.id == waitingFor) {
                arrivals.push_back(double(clock.nsecsElapsed() - sentAt) / 1e6);
                ++arrived;
            }
        });
    }
    std::vector<double> writes;
    for (int e = 0; e < edits; ++e) {
        arrived = 0;
        sentAt = clock.nsecsElapsed();
        const QUuid card = journey.touchpoints[std::size_t(e) % journey.touchpoints.size()].id;
        waitingFor = writer.setCardField(card, QStringLiteral("title"), QStringLiteral("правка %1 · 편집").arg(e), &error).value_or(-1);
        if (waitingFor < 0)
            qFatal("%s", qPrintable(error));
        writes.push_back(double(clock.nsecsElapsed() - sentAt) / 1e6);
        while (arrived < listeners)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    out() << QStringLiteral("| %1 listeners | %2 | %3 ms | %4 ms | %5 ms |\n")
                 .arg(listeners)
                 .arg(edits)
                 .arg(percentile(writes, 0.5), 0, 'f', 1)
                 .arg(percentile(arrivals, 0.5), 0, 'f', 1)
                 .arg(percentile(arrivals, 0.99), 0, 'f', 1);
    out().flush();
}

void throughput(const PostgresAddress &address, const Journey &journey, int writers, int editsEach)
{
    std::atomic<int> failures{0};
    std::vector<QThread *> threads;
    for (int w = 0; w < writers; ++w) {
        threads.push_back(QThread::create([&, w] {
            ServerSession session(address, journey.id, QStringLiteral("writer %1").arg(w));
            QString error;
            if (!session.connectToServer(&error)) {
                ++failures;
                return;
            }
            for (int e = 0; e < editsEach; ++e) {
                const QUuid card = journey.touchpoints[std::size_t(w * editsEach + e) % journey.touchpoints.size()].id;
                if (!session.setCardField(card, QStringLiteral("notes"), QStringLiteral("%1/%2").arg(w).arg(e), &error))
                    ++failures;
            }
        }));
    }
    QElapsedTimer timer;
    timer.start();
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    out() << QStringLiteral("| %1 writers | %2 | %3 | %4 |\n").arg(writers).arg(writers * editsEach).arg(double(writers * editsEach) / seconds, 0, 'f', 0).arg(failures.load());
    out().flush();
}

// Window to window (the bridge, model/server/sharedjourney.h): an edit pushed on one
// document as the window pushes it, until the other document emits touchpointChanged for the
// card, as the views see it. "step" is the pushing window's own cost: the command, comparing
// the document with the session's journey, the write, and mirroring back. With `stages`, a
// facilitator renames stages instead (EditStage; server schema 4), until stageChanged.
void bridgePropagation(const PostgresAddress &address, const Journey &journey, int edits, bool stages)
{
    struct Window {
        std::unique_ptr<ServerSession> session;
        std::unique_ptr<JourneyDocument> document;
        std::unique_ptr<SharedJourney> bridge;
    };
    const auto open = [&](const QString &author) {
        Window window;
        window.session = std::make_unique<ServerSession>(address, journey.id, author);
        QString error;
        if (!window.session->connectToServer(&error))
            qFatal("%s", qPrintable(error));
        window.document = std::make_unique<JourneyDocument>(window.session->journey());
        window.bridge = std::make_unique<SharedJourney>(window.document.get(), window.session.get());
        return window;
    };
    Window writer = open(QStringLiteral("writer"));
    Window reader = open(QStringLiteral("reader"));
    QElapsedTimer clock;
    clock.start();
    qint64 sentAt = 0;
    QUuid waitingFor;
    bool arrived = false;
    std::vector<double> steps, arrivals;
    const auto arrival = [&](const QUuid &id) {
        if (id == waitingFor && !arrived) {
            arrivals.push_back(double(clock.nsecsElapsed() - sentAt) / 1e6);
            arrived = true;
        }
    };
    QObject::connect(reader.document.get(), stages ? &JourneyDocument::stageChanged : &JourneyDocument::touchpointChanged, arrival);
    JourneyDocument *doc = writer.document.get();
    for (int e = 0; e < edits; ++e) {
        arrived = false;
        sentAt = clock.nsecsElapsed();
        if (stages) {
            Stage stage = doc->journey().stages[std::size_t(e) % journey.stages.size()];
            stage.name = QStringLiteral("этап %1 · 단계").arg(e);
            waitingFor = stage.id;
            doc->push(new EditStage(doc, stage));
        } else {
            Touchpoint card = doc->journey().touchpoints[std::size_t(e) % journey.touchpoints.size()];
            card.title = QStringLiteral("окно %1 · 창").arg(e);
            waitingFor = card.id;
            doc->push(new EditTouchpoint(doc, card));
        }
        steps.push_back(double(clock.nsecsElapsed() - sentAt) / 1e6);
        while (!arrived)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    out() << QStringLiteral("| window to window%1 | %2 | %3 ms | %4 ms | %5 ms |\n")
                 .arg(stages ? QStringLiteral(", stage renamed") : QString())
                 .arg(edits)
                 .arg(percentile(steps, 0.5), 0, 'f', 1)
                 .arg(percentile(arrivals, 0.5), 0, 'f', 1)
                 .arg(percentile(arrivals, 0.99), 0, 'f', 1);
    out().flush();
}

// One writer and one listener: a card's title, a dot placed and a dot taken back in turn
// (server schema 5: the dot's trigger reads the vote from `base` again, and taking a dot back
// finds which one on the server), each from the write until the listener has applied it.
void dotWrites(const PostgresAddress &address, const Journey &journey, int edits)
{
    ServerSession writer(address, journey.id, QStringLiteral("writer"));
    ServerSession listener(address, journey.id, QStringLiteral("listener"));
    QString error;
    if (!writer.connectToServer(&error) || !listener.connectToServer(&error))
        qFatal("%s", qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    qint64 waitingFor = 0;
    qint64 sentAt = 0;
    bool arrived = false;
    std::vector<double> writes[3], arrivals[3];
    QObject::connect(&listener, &ServerSession::changed, [&](const ServerChange &change, bool) {
        if (change.id == waitingFor && !arrived) {
            arrived = true;
            waitingFor = -1;
        }
    });
    const QUuid vote = journey.votes.front().id;
    const QUuid voter = journey.participants.front().id;
    for (int e = 0; e < edits * 3; ++e) {
        const int kind = e % 3;
        const Touchpoint &card = journey.touchpoints[std::size_t(e / 3) % journey.touchpoints.size()];
        arrived = false;
        waitingFor = 0;
        sentAt = clock.nsecsElapsed();
        std::optional<qint64> id;
        if (kind == 0)
            id = writer.setCardField(card.id, QStringLiteral("title"), QStringLiteral("точка %1 · 도트").arg(e), &error);
        else if (kind == 1)
            id = writer.addDot(vote, voter, card.id, &error);
        else
            id = writer.takeBackDot(vote, voter, card.id, &error);
        if (!id)
            qFatal("%s", qPrintable(error));
        writes[kind].push_back(double(clock.nsecsElapsed() - sentAt) / 1e6);
        waitingFor = *id;
        while (listener.lastSeenChange() < *id)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        arrivals[kind].push_back(double(clock.nsecsElapsed() - sentAt) / 1e6);
    }
    const QString names[3]{QStringLiteral("a card's title"), QStringLiteral("a dot placed"), QStringLiteral("a dot taken back")};
    for (int kind = 0; kind < 3; ++kind)
        out() << QStringLiteral("| 1 listener, %1 | %2 | %3 ms | %4 ms | %5 ms |\n")
                     .arg(names[kind])
                     .arg(edits)
                     .arg(percentile(writes[kind], 0.5), 0, 'f', 1)
                     .arg(percentile(arrivals[kind], 0.5), 0, 'f', 1)
                     .arg(percentile(arrivals[kind], 0.99), 0, 'f', 1);
    out().flush();
}

// One writer and one listener: a card's title, an arrow drawn and that arrow removed in turn
// (server schema 6: the arrow's trigger compares the journey's arrows and checks both cards'
// cells), each from the write until the listener has applied it.
void arrowWrites(const PostgresAddress &address, const Journey &journey, int edits)
{
    ServerSession writer(address, journey.id, QStringLiteral("writer"));
    ServerSession listener(address, journey.id, QStringLiteral("listener"));
    QString error;
    if (!writer.connectToServer(&error) || !listener.connectToServer(&error))
        qFatal("%s", qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    std::vector<double> writes[3], arrivals[3];
    QUuid drawn;
    for (int e = 0; e < edits * 3; ++e) {
        const int kind = e % 3;
        const std::size_t at = std::size_t(e / 3) % journey.touchpoints.size();
        const Touchpoint &card = journey.touchpoints[at];
        const qint64 sentAt = clock.nsecsElapsed();
        std::optional<qint64> id;
        if (kind == 0) {
            id = writer.setCardField(card.id, QStringLiteral("title"), QStringLiteral("стрелка %1 · 화살표").arg(e), &error);
        } else if (kind == 1) {
            drawn = QUuid::createUuid();
            id = writer.addArrow({drawn, card.id, journey.touchpoints[(at + 1) % journey.touchpoints.size()].id, QStringLiteral("→")}, &error);
        } else {
            id = writer.removeListItem(ServerChangeKind::arrow, drawn, &error);
        }
        if (!id)
            qFatal("%s", qPrintable(error));
        writes[kind].push_back(double(clock.nsecsElapsed() - sentAt) / 1e6);
        while (listener.lastSeenChange() < *id)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        arrivals[kind].push_back(double(clock.nsecsElapsed() - sentAt) / 1e6);
    }
    const QString names[3]{QStringLiteral("a card's title"), QStringLiteral("an arrow drawn"), QStringLiteral("an arrow removed")};
    for (int kind = 0; kind < 3; ++kind)
        out() << QStringLiteral("| 1 listener, %1 | %2 | %3 ms | %4 ms | %5 ms |\n")
                     .arg(names[kind])
                     .arg(edits)
                     .arg(percentile(writes[kind], 0.5), 0, 'f', 1)
                     .arg(percentile(arrivals[kind], 0.5), 0, 'f', 1)
                     .arg(percentile(arrivals[kind], 0.99), 0, 'f', 1);
    out().flush();
}

// One writer and one listener: a card's title, the journey's title, a setting and an
// opportunity's figure in turn (server schema 7: each rewrites one key of the journey's base,
// and the trigger waymark_guard_journey compares the base's keys), each from the write until the
// listener has applied it.
void journeyWrites(const PostgresAddress &address, const Journey &journey, int edits)
{
    ServerSession writer(address, journey.id, QStringLiteral("writer"));
    ServerSession listener(address, journey.id, QStringLiteral("listener"));
    QString error;
    if (!writer.connectToServer(&error) || !listener.connectToServer(&error))
        qFatal("%s", qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    constexpr int kinds = 4;
    std::vector<double> writes[kinds], arrivals[kinds];
    for (int e = 0; e < edits * kinds; ++e) {
        const int kind = e % kinds;
        const Touchpoint &card = journey.touchpoints[std::size_t(e / kinds) % journey.touchpoints.size()];
        const qint64 sentAt = clock.nsecsElapsed();
        std::optional<qint64> id;
        if (kind == 0)
            id = writer.setCardField(card.id, QStringLiteral("title"), QStringLiteral("путь %1 · 여정").arg(e), &error);
        else if (kind == 1)
            id = writer.setJourneyField(QStringLiteral("title"), QStringLiteral("Путь %1 · 여정").arg(e), &error);
        else if (kind == 2)
            id = writer.setJourneyField(QStringLiteral("settings/business/discountRate"), QString::number(e % 20 / 100.0 + 0.01), &error);
        else
            id = writer.setListItemField(ServerChangeKind::opportunity, journey.opportunities.front().id, QStringLiteral("monthsToDeliver"), e % 24 + 1,
                                         &error);
        if (!id)
            qFatal("%s", qPrintable(error));
        writes[kind].push_back(double(clock.nsecsElapsed() - sentAt) / 1e6);
        while (listener.lastSeenChange() < *id)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        arrivals[kind].push_back(double(clock.nsecsElapsed() - sentAt) / 1e6);
    }
    const QString names[kinds]{QStringLiteral("a card's title"), QStringLiteral("the journey's title"), QStringLiteral("a setting"),
                               QStringLiteral("an opportunity's figure")};
    for (int kind = 0; kind < kinds; ++kind)
        out() << QStringLiteral("| 1 listener, %1 | %2 | %3 ms | %4 ms | %5 ms |\n")
                     .arg(names[kind])
                     .arg(edits)
                     .arg(percentile(writes[kind], 0.5), 0, 'f', 1)
                     .arg(percentile(arrivals[kind], 0.5), 0, 'f', 1)
                     .arg(percentile(arrivals[kind], 0.99), 0, 'f', 1);
    out().flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int edits = 200;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--edits")); at > 0 && at + 1 < args.size())
        edits = args[at + 1].toInt();
    int cards = 150;
    if (const qsizetype at = args.indexOf(QStringLiteral("--cards")); at > 0 && at + 1 < args.size())
        cards = args[at + 1].toInt();

    test::PostgresServer server;
    server.setSetting(QStringLiteral("max_connections"), QStringLiteral("200"));
    if (!server.start())
        qFatal("%s", qPrintable(server.error()));
    if (!server.createDatabase(QStringLiteral("workshop")))
        qFatal("%s", qPrintable(server.error()));
    QString error;
    const PostgresAddress address = *parsePostgresUrl(server.url(QStringLiteral("workshop")), &error);
    test::GeneratorOptions options;
    options.stages = 8;
    options.lanes = 6;
    options.touchpoints = cards;
    options.connections = 30;
    Journey journey = test::generateJourney(options);
    // Someone to vote and an open vote (dotWrites).
    journey.participants.push_back({QUuid::createUuid(), QStringLiteral("Ана"), {}, QColor(0x1f, 0x77, 0xb4)});
    VoteRound vote;
    vote.id = QUuid::createUuid();
    vote.title = QStringLiteral("Где больнее всего?");
    vote.scope = VoteScope::AllCards;
    vote.budget = 99; // each dot placed is taken back right after
    vote.startedAt = QDateTime::currentDateTimeUtc();
    journey.votes.push_back(vote);
    // An opportunity whose figures change (journeyWrites).
    Opportunity opportunity;
    opportunity.id = QUuid::createUuid();
    opportunity.title = QStringLiteral("Запись онлайн");
    opportunity.oneOffCost = Money{4000000, journey.currency};
    opportunity.runningCostPerYear = Money{600000, journey.currency};
    journey.opportunities.push_back(opportunity);
    {
        QSqlDatabase db = openPostgres(address, QStringLiteral("publish"), 10);
        if (!ServerJourneys::publish(db, journey, &error))
            qFatal("%s", qPrintable(error));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("publish"));

    out() << "Journey: " << options.stages << " stages x " << options.lanes << " lanes, " << journey.touchpoints.size() << " cards\n\n";
    out() << "| sessions | edits | write (commit + own catch-up) p50 | arrival p50 | arrival p99 |\n| --- | ---: | ---: | ---: | ---: |\n";
    if (args.contains(QStringLiteral("--arrows"))) { // schema 6's arrows against a card's title only
        arrowWrites(address, journey, edits);
        return 0;
    }
    if (args.contains(QStringLiteral("--bridge"))) { // window to window only (a card's title, a stage's name)
        bridgePropagation(address, journey, edits, false);
        bridgePropagation(address, journey, edits, true);
        return 0;
    }
    if (args.contains(QStringLiteral("--journey"))) { // schema 7's journey fields against a card's title only
        journeyWrites(address, journey, edits);
        return 0;
    }
    for (const int listeners : {10, 50})
        propagation(address, journey, listeners, edits);
    bridgePropagation(address, journey, edits, false);
    bridgePropagation(address, journey, edits, true);
    dotWrites(address, journey, edits);
    arrowWrites(address, journey, edits);
    journeyWrites(address, journey, edits);
    out() << "\n| threads | edits | edits/s | failed |\n| --- | ---: | ---: | ---: |\n";
    for (const int writers : {1, 4, 10})
        throughput(address, journey, writers, edits);
    return 0;
}
