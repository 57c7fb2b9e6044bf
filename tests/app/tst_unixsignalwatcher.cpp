// A termination signal sent to the process arrives as a Qt signal on the event loop, where
// it is safe to write the recovery copy; the default handlers come back afterwards.
#include "unixsignalwatcher.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace waymark;

class TestUnixSignalWatcher : public QObject
{
    Q_OBJECT

private slots:
    void terminationSignalsArriveOnTheEventLoop_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGHUP") << int(SIGHUP);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void terminationSignalsArriveOnTheEventLoop()
    {
        QFETCH(int, signalNumber);
        UnixSignalWatcher watcher;
        QSignalSpy spy(&watcher, &UnixSignalWatcher::terminationRequested);
        QCOMPARE(::raise(signalNumber), 0); // the process survives: the watcher handles it
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toInt(), signalNumber);
    }

    void defaultHandlersAreRestored()
    {
        {
            UnixSignalWatcher watcher;
        }
        struct sigaction current = {};
        QCOMPARE(::sigaction(SIGTERM, nullptr, &current), 0);
        QVERIFY(current.sa_handler == SIG_DFL);
    }
};

QTEST_GUILESS_MAIN(TestUnixSignalWatcher)
#include "tst_unixsignalwatcher.moc"
