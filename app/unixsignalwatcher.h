#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <chrono>
#include <memory>

namespace waymark {

// Turns SIGTERM / SIGHUP / SIGINT into a Qt signal delivered on the event loop. A signal
// handler may only do async-signal-safe work, so it writes a byte to a socket pair and the
// notifier picks it up (the pattern from Qt's "Calling Qt Functions From Unix Signal
// Handlers").
//
// With a deadline, the first termination signal also arms alarm(): should the event loop
// not end the process within that time (blocked by a long save, say), SIGALRM ends it with
// status 128 + the termination signal. A save is atomic, so that is as safe as a kill.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    // 0 (the default): no deadline.
    void setDeadline(std::chrono::seconds deadline);

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    std::unique_ptr<QSocketNotifier> mNotifier;
};

} // namespace waymark
