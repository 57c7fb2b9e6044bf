#include "timebox.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark {

namespace {
constexpr int maxMinutes = 240; // four hours; anything longer is a session, not a timebox
constexpr int flashToggles = 8; // four red/white blinks: noticeable, not annoying
constexpr int flashIntervalMs = 300;
const QColor alarmBackground(0xf6, 0xc4, 0xc4);
const QColor alarmText(0x8b, 0x10, 0x10);
const QColor clockBackground(Qt::white);
const QColor clockText(0x20, 0x24, 0x2a);
} // namespace

Timebox::Timebox(QObject *parent)
    : QObject(parent)
    , mTick(new QTimer(this))
{
    mClock.start();
    // Single-shot and re-armed for the next whole second of the countdown, so the display
    // changes when the second does, not up to a second late after a pause.
    mTick->setSingleShot(true);
    mTick->setTimerType(Qt::PreciseTimer);
    connect(mTick, &QTimer::timeout, this, &Timebox::checkTime);
}

Timebox::~Timebox() = default;

void Timebox::setDuration(int seconds)
{
    const qint64 durationMs = qint64(std::max(seconds, 1)) * 1000;
    if (durationMs == mDurationMs)
        return;
    mDurationMs = durationMs;
    if (mRunning) {
        checkTime(); // a shorter duration may already be used up
        return;
    }
    // A new duration while stopped means a new timebox: forget the time of the last one.
    mSpentMs = 0;
    mFinished = false;
    emit changed();
}

void Timebox::start()
{
    if (mRunning)
        return;
    if (mFinished) {
        mSpentMs = 0;
        mFinished = false;
    }
    mRunStartMs = now();
    mRunning = true;
    scheduleTick();
    emit changed();
}

void Timebox::pause()
{
    if (!mRunning)
        return;
    if (remainingMs() == 0) {
        checkTime(); // ran out before the tick noticed: finish rather than pause at zero
        return;
    }
    mSpentMs += now() - mRunStartMs;
    mRunning = false;
    mTick->stop();
    emit changed();
}

void Timebox::reset()
{
    mRunning = false;
    mFinished = false;
    mSpentMs = 0;
    mTick->stop();
    emit changed();
}

int Timebox::remainingSeconds() const
{
    return int((remainingMs() + 999) / 1000);
}

QString Timebox::text() const
{
    // Digits and a colon read the same in every language Waymark speaks: nothing to translate.
    const int seconds = remainingSeconds();
    return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void Timebox::setClockForTesting(std::function<qint64()> clock)
{
    mTestClock = std::move(clock);
    // The readings of two clocks cannot be mixed: a run in progress restarts on the new one.
    if (mRunning)
        mRunStartMs = now();
}

void Timebox::checkTime()
{
    if (mRunning && remainingMs() == 0) {
        mRunning = false;
        mFinished = true;
        mSpentMs = mDurationMs;
        mTick->stop();
        emit changed();
        emit finished();
        return;
    }
    if (mRunning)
        scheduleTick();
    emit changed();
}

qint64 Timebox::now() const
{
    return mTestClock ? mTestClock() : mClock.elapsed();
}

qint64 Timebox::elapsedMs() const
{
    return mSpentMs + (mRunning ? now() - mRunStartMs : 0);
}

qint64 Timebox::remainingMs() const
{
    return std::clamp(mDurationMs - elapsedMs(), qint64(0), mDurationMs);
}

void Timebox::scheduleTick()
{
    // Until the remaining time next crosses a whole second (that is when text() changes).
    const qint64 toNextSecond = remainingMs() % 1000;
    mTick->start(int(toNextSecond == 0 ? 1000 : toNextSecond));
}

TimeboxWidget::TimeboxWidget(Timebox *timebox, QWidget *parent)
    : QWidget(parent)
    , mTimebox(timebox)
    , mTime(new QLabel(this))
    , mMinutes(new QSpinBox(this))
    , mStartPause(new QToolButton(this))
    , mReset(new QToolButton(this))
    , mFlash(new QTimer(this))
{
    setObjectName(QStringLiteral("timeboxWidget"));

    // Large enough to read from the back of a workshop room.
    QFont big = mTime->font();
    big.setPointSizeF(big.pointSizeF() * 3);
    big.setBold(true);
    mTime->setFont(big);
    mTime->setAlignment(Qt::AlignCenter);
    mTime->setAutoFillBackground(true);
    mTime->setMargin(6);
    mTime->setAccessibleName(tr("Time left"));

    mMinutes->setRange(1, maxMinutes);
    mMinutes->setSuffix(tr(" min"));
    mMinutes->setAccessibleName(tr("Minutes"));
    mMinutes->setToolTip(tr("Length of the timebox in minutes"));

    mStartPause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mReset->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mReset->setText(tr("Reset"));
    mReset->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    mReset->setToolTip(tr("Stop and put the full time back"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(mMinutes);
    controls->addWidget(mStartPause);
    controls->addWidget(mReset);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTime);
    layout->addLayout(controls);
    layout->addStretch(1);

    mFlash->setInterval(flashIntervalMs);
    connect(mFlash, &QTimer::timeout, this, &TimeboxWidget::flash);

    if (mTimebox) {
        connect(mTimebox, &Timebox::changed, this, &TimeboxWidget::refresh);
        connect(mTimebox, &Timebox::finished, this, &TimeboxWidget::onFinished);
        connect(mMinutes, &QSpinBox::valueChanged, mTimebox, [this](int minutes) { mTimebox->setDuration(minutes * 60); });
        connect(mStartPause, &QToolButton::clicked, mTimebox, [this] {
            if (mTimebox->isRunning())
                mTimebox->pause();
            else
                mTimebox->start();
        });
        connect(mReset, &QToolButton::clicked, mTimebox, &Timebox::reset);
    }
    setAlarm(mTimebox && mTimebox->isFinished());
    refresh();
}

TimeboxWidget::~TimeboxWidget() = default;

void TimeboxWidget::setCompact(bool compact)
{
    mCompact = compact;
    mMinutes->setVisible(!compact);
    mStartPause->setVisible(!compact);
    mReset->setVisible(!compact);
}

void TimeboxWidget::refresh()
{
    const bool present = mTimebox;
    mMinutes->setEnabled(present);
    mStartPause->setEnabled(present);
    mReset->setEnabled(present);
    if (!present) {
        mTime->setText(QString());
        return;
    }
    mTime->setText(mTimebox->text());
    {
        // Showing the timebox's duration must not set it again (that would restart a paused one).
        const QSignalBlocker blocker(mMinutes);
        mMinutes->setValue(std::max(1, mTimebox->duration() / 60));
    }
    // Changing the length mid-run would be confusing: pause or reset first.
    mMinutes->setEnabled(!mTimebox->isRunning());

    const bool running = mTimebox->isRunning();
    const bool paused = !running && !mTimebox->isFinished() && mTimebox->remainingSeconds() < mTimebox->duration();
    mStartPause->setText(running ? tr("Pause") : paused ? tr("Resume") : tr("Start"));
    mStartPause->setIcon(style()->standardIcon(running ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));

    // Reset or a restart ends the alarm.
    if (!mTimebox->isFinished()) {
        mFlash->stop();
        setAlarm(false);
    }
}

void TimeboxWidget::onFinished()
{
    QApplication::beep();
    mFlashesLeft = flashToggles;
    setAlarm(true);
    mFlash->start();
}

void TimeboxWidget::flash()
{
    if (--mFlashesLeft <= 0) {
        mFlash->stop();
        setAlarm(true); // stays red until someone resets: the room should notice the time is up
        return;
    }
    setAlarm(mFlashesLeft % 2 == 0);
}

void TimeboxWidget::setAlarm(bool red)
{
    // Explicit colours for both states so the clock stays legible under a dark theme too.
    QPalette palette = mTime->palette();
    palette.setColor(QPalette::Window, red ? alarmBackground : clockBackground);
    palette.setColor(QPalette::WindowText, red ? alarmText : clockText);
    mTime->setPalette(palette);
}

} // namespace waymark
