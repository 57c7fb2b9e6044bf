// Reading and writing large journeys off the window's thread (dialogs/workinbackground.h):
// the work runs on another thread, the window goes on handling events, a progress dialog
// appears only for work that takes longer than the threshold, Cancel reaches the work.
#include "dialogs/workinbackground.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMainWindow>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <atomic>

using namespace waymark;

class TestWorkInBackground : public QObject
{
    Q_OBJECT

private slots:
    void quickWorkShowsNoDialog()
    {
        QMainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QThread *ranOn = nullptr;
        bool dialogSeen = false;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] { dialogSeen |= QApplication::activeModalWidget() != nullptr; });
        watch.start(5);
        runInBackground(&window, {QStringLiteral("Quick"), 60'000}, [&] {
            ranOn = QThread::currentThread();
            QThread::msleep(50);
        });
        QVERIFY(ranOn && ranOn != QThread::currentThread());
        QVERIFY(!dialogSeen);
    }

    void slowWorkShowsProgressWhileTheWindowLives()
    {
        QMainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        std::atomic_bool release = false;
        QString label;
        bool cancelOffered = true;
        int ticks = 0;
        QTimer watch; // runs only if the window's thread goes on handling events
        connect(&watch, &QTimer::timeout, this, [&] {
            ++ticks;
            if (auto *bar = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget())) {
                label = bar->labelText();
                cancelOffered = !bar->findChildren<QAbstractButton *>().isEmpty();
                release = true;
            }
        });
        watch.start(10);
        runInBackground(&window, {QStringLiteral("Opening big.waymark…"), 100}, [&] {
            while (!release)
                QThread::msleep(5);
        });
        QCOMPARE(label, QStringLiteral("Opening big.waymark…"));
        QVERIFY(!cancelOffered); // nothing to stop half-way when no cancel flag is given
        QVERIFY(ticks > 5);
        QTRY_VERIFY(!QApplication::activeModalWidget()); // gone with the work
    }

    void cancelReachesTheWork()
    {
        QMainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        std::atomic_bool cancel = false;
        std::atomic<double> progress = 0.0;
        int lastValue = -1;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] {
            if (auto *bar = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget())) {
                lastValue = bar->value();
                if (lastValue >= 400)
                    bar->cancel();
            }
        });
        watch.start(10);
        bool stoppedEarly = false;
        runInBackground(&window, {QStringLiteral("Importing…"), 0, &progress, &cancel}, [&] {
            for (int step = 1; step <= 1000 && !cancel; ++step) {
                progress = step / 1000.0;
                QThread::msleep(2);
            }
            stoppedEarly = cancel;
        });
        QVERIFY(cancel);
        QVERIFY(stoppedEarly);
        QVERIFY2(lastValue >= 400, qPrintable(QString::number(lastValue))); // the bar followed the work
    }
};

QTEST_MAIN(TestWorkInBackground)
#include "tst_workinbackground.moc"
