#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace waymark {

// Turns SIGTERM / SIGHUP / SIGINT into a Qt signal delivered on the event loop. A signal
// handler may only do async-signal-safe work, so it writes a byte to a socket pair and the
// notifier picks it up (the pattern from Qt's "Calling Qt Functions From Unix Signal
// Handlers").
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    std::unique_ptr<QSocketNotifier> mNotifier;
};

} // namespace waymark
