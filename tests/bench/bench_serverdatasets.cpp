// Survey data shared live (issue 21, server schema 8): how long a facilitator's import of N
// answers takes in their window (the step: the dataset written as JSON, sent, committed) and
// until another window's document holds it (that session reads the row, parses and checks it,
// the bridge mirrors it), what the row weighs on the server, and a card edit's arrival while
// the journey carries the dataset (base and the changes stay small). Two documents with their
// sessions and bridges in this process (what two windows do), one throwaway server. It also
// records the longest time the windows' thread went without handling events (a 2 ms timer that
// ticks late by that much: what a person sees as a frozen window) while the import was sent
// and while the other window received it.
//
//   waymark_bench_serverdatasets [--answers N[,N…]]   (default 100000,1000000)

#include "manyanswers.h"
#include "postgresserver.h"
#include "testjourneys.h"

#include "commands/datasetcommands.h"
#include "commands/editentity.h"
#include "journeydocument.h"
#include "server/serverjourneys.h"
#include "server/serversession.h"
#include "server/sharedjourney.h"
#include "warehouse/postgresconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <utility>

using namespace waymark;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Window {
    std::unique_ptr<ServerSession> session;
    std::unique_ptr<JourneyDocument> document;
    std::unique_ptr<SharedJourney> bridge;
};

Window open(const PostgresAddress &address, const QUuid &journey, const QString &name)
{
    Window window;
    window.session = std::make_unique<ServerSession>(address, journey, name);
    QString error;
    if (!window.session->connectToServer(&error))
        qFatal("%s", qPrintable(error));
    window.document = std::make_unique<JourneyDocument>(window.session->journey());
    window.bridge = std::make_unique<SharedJourney>(window.document.get(), window.session.get());
    QObject::connect(window.bridge.get(), &SharedJourney::refused, [](const QString &why) { qFatal("refused: %s", qPrintable(why)); });
    return window;
}

// The longest gap between two ticks of a 2 ms timer on this thread since the last take(): how
// long the windows' thread was busy without handling events (input, painting, notifications).
class StallWatch
{
public:
    StallWatch()
    {
        mTimer.setInterval(2);
        QObject::connect(&mTimer, &QTimer::timeout, [this] { tick(); });
        mSince.start();
        mTimer.start();
    }
    // Counts a stretch the caller measured itself (a blocking call between two ticks).
    void busy(double ms) { mLongest = std::max(mLongest, ms); }
    double take()
    {
        tick();
        return std::exchange(mLongest, 0.0);
    }

private:
    void tick()
    {
        mLongest = std::max(mLongest, double(mSince.nsecsElapsed()) / 1e6);
        mSince.restart();
    }
    QTimer mTimer;
    QElapsedTimer mSince;
    double mLongest = 0;
};

// Until `done`, processing the notifications that bring it.
template <typename Done>
void waitFor(Done done)
{
    QElapsedTimer limit;
    limit.start();
    while (!done()) {
        if (limit.elapsed() > 600000)
            qFatal("nothing arrived in 10 minutes");
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
}

void importOnce(test::PostgresServer &server, const PostgresAddress &address, const QUuid &journey, int answers)
{
    Window facilitator = open(address, journey, QStringLiteral("Фасилитатор"));
    Window other = open(address, journey, QStringLiteral("Pat"));
    Dataset dataset = test::manyAnswers(answers, 21);
    const QUuid id = dataset.id;
    bool arrived = false;
    bool committed = false; // the importing session applied its own change: the dataset is on the server
    QElapsedTimer clock;
    QObject::connect(other.document.get(), &JourneyDocument::datasetInserted, [&](const QUuid &inserted) { arrived = arrived || inserted == id; });
    QObject::connect(facilitator.session.get(), &ServerSession::changed, [&](const ServerChange &change, bool own) {
        committed = committed || (own && change.entity == id);
    });
    StallWatch stalls;
    stalls.take();
    clock.start();
    facilitator.document->push(new AddDataset(facilitator.document.get(), std::move(dataset)));
    const double pushMs = double(clock.nsecsElapsed()) / 1e6;
    stalls.busy(pushMs);
    waitFor([&] { return committed; });
    const double stepMs = double(clock.nsecsElapsed()) / 1e6;
    const double importStallMs = stalls.take();
    waitFor([&] { return arrived; });
    const double arrivalMs = double(clock.nsecsElapsed()) / 1e6;
    const double arrivalStallMs = stalls.take();
    const QString bytes = server.psql(QStringLiteral("workshop"), QStringLiteral("SELECT bytes FROM datasets WHERE id = '%1'")
                                                                      .arg(id.toString(QUuid::WithoutBraces)))
                              .value_or(QString())
                              .trimmed();
    const QString stored = server.psql(QStringLiteral("workshop"), QStringLiteral("SELECT pg_column_size(body) FROM datasets WHERE id = '%1'")
                                                                       .arg(id.toString(QUuid::WithoutBraces)))
                               .value_or(QString())
                               .trimmed();

    // A card's title while the journey carries the dataset: what every other edit costs now.
    Touchpoint card = facilitator.document->journey().touchpoints.front();
    bool titled = false;
    QObject::connect(other.document.get(), &JourneyDocument::touchpointChanged, [&](const QUuid &changed) { titled = titled || changed == card.id; });
    card.title = QStringLiteral("Очередь %1").arg(answers);
    clock.restart();
    facilitator.document->push(new EditEntity<Touchpoint>(facilitator.document.get(), card));
    waitFor([&] { return titled; });
    const double cardMs = double(clock.nsecsElapsed()) / 1e6;
    out() << QStringLiteral("| %L1 | %L2 MB | %L3 MB | %4 ms | %5 ms | %6 ms | %7 ms | %8 ms |\n")
                 .arg(answers)
                 .arg(bytes.toDouble() / 1048576.0, 0, 'f', 1)
                 .arg(stored.toDouble() / 1048576.0, 0, 'f', 1)
                 .arg(stepMs, 0, 'f', 0)
                 .arg(arrivalMs, 0, 'f', 0)
                 .arg(importStallMs, 0, 'f', 0)
                 .arg(arrivalStallMs, 0, 'f', 0)
                 .arg(cardMs, 0, 'f', 1);
    out().flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes{100000, 1000000};
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--answers")); at > 0 && at + 1 < args.size()) {
        sizes.clear();
        for (const QString &size : args[at + 1].split(u','))
            sizes << size.toInt();
    }
    test::PostgresServer server;
    if (!server.start())
        qFatal("%s", qPrintable(server.error()));
    if (!server.createDatabase(QStringLiteral("workshop")))
        qFatal("%s", qPrintable(server.error()));
    QString error;
    const PostgresAddress address = *parsePostgresUrl(server.url(QStringLiteral("workshop")), &error);
    out() << "| answers | JSON on the server | stored (TOAST-compressed) | until the importing session has it on the server | "
             "until the other window holds it | longest block of the windows' thread while sending | … while receiving | "
             "a card's title after it, window to window |\n"
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
    for (const int answers : sizes) {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        {
            const QString name = QStringLiteral("publish");
            QSqlDatabase db = openPostgres(address, name, 10);
            if (!ServerJourneys::publish(db, journey, &error))
                qFatal("%s", qPrintable(error));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("publish"));
        importOnce(server, address, journey.id, answers);
    }
    return 0;
}
