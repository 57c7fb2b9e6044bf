#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QSpinBox;
class QTimer;
class QToolButton;

namespace waymark {

// A workshop timebox: counts down from a duration (10 minutes unless set), can be paused and
// resumed without losing or gaining time, and says once when the time is up.
//
// The time is read from a monotonic clock rather than counted in ticks, so a late or skipped
// tick (a busy event loop, a laptop waking up) never makes the timebox drift; the 1 s timer
// only tells listeners to repaint.
class Timebox : public QObject
{
    Q_OBJECT
public:
    explicit Timebox(QObject *parent = nullptr);
    ~Timebox() override;

    // Seconds, at least 1. Running: keeps the time already spent. Otherwise starts afresh.
    void setDuration(int seconds);
    int duration() const { return int(mDurationMs / 1000); }

    // Starts or resumes; a timebox that has run out starts again from its full duration.
    void start();
    void pause();
    // Stops and puts the full duration back.
    void reset();

    bool isRunning() const { return mRunning; }
    bool isFinished() const { return mFinished; }
    // Rounded up, so the display reads 00:00 only when the time is really up.
    int remainingSeconds() const;
    // "mm:ss" (minutes may exceed 59), never negative.
    QString text() const;

    // Replaces the monotonic clock (milliseconds) so tests control time instead of sleeping.
    void setClockForTesting(std::function<qint64()> clock);
    // Re-reads the clock now: emits changed(), and finished() when the time has run out.
    // The internal timer calls it on every second; tests call it after moving their clock.
    void checkTime();

signals:
    void changed();
    // Once per run, when the time reaches zero.
    void finished();

private:
    qint64 now() const;
    qint64 elapsedMs() const;
    qint64 remainingMs() const;
    void scheduleTick();

    QElapsedTimer mClock;
    std::function<qint64()> mTestClock;
    QTimer *mTick;
    qint64 mDurationMs = 10 * 60 * 1000;
    qint64 mSpentMs = 0;    // time of the runs before the current one
    qint64 mRunStartMs = 0; // clock reading when the current run started
    bool mRunning = false;
    bool mFinished = false;
};

// The timebox for a dock: the time in large digits, the minutes, Start/Pause and Reset.
// When the time is up it beeps and the time flashes red, then stays red until reset.
// Does not own the timebox.
class TimeboxWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimeboxWidget(Timebox *timebox, QWidget *parent = nullptr);
    ~TimeboxWidget() override;

    Timebox *timebox() const { return mTimebox; }
    // Only the time, no controls (for the presentation overlay or a small corner).
    void setCompact(bool compact);
    bool isCompact() const { return mCompact; }

private:
    void refresh();
    void onFinished();
    void flash();
    void setAlarm(bool red);

    QPointer<Timebox> mTimebox; // not owned: the main window and the overlay share it
    QLabel *mTime;
    QSpinBox *mMinutes;
    QToolButton *mStartPause;
    QToolButton *mReset;
    QTimer *mFlash;
    int mFlashesLeft = 0;
    bool mCompact = false;
};

} // namespace waymark
