#include "unixsignalwatcher.h"

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace waymark {

namespace {

int signalSockets[2] = {-1, -1};
volatile sig_atomic_t deadlineSeconds = 0;
volatile sig_atomic_t firstSignal = 0;

void handleSignal(int signalNumber)
{
    if (firstSignal == 0) {
        firstSignal = signalNumber;
        if (deadlineSeconds > 0)
            ::alarm(unsigned(deadlineSeconds));
    }
    const char byte = char(signalNumber);
    // Nothing to do if the write fails: the process is going away either way.
    [[maybe_unused]] const ssize_t written = ::write(signalSockets[0], &byte, 1);
}

// The deadline passed and the event loop never got to end the process.
void handleDeadline(int)
{
    ::_exit(128 + firstSignal);
}

} // namespace

UnixSignalWatcher::UnixSignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0)
        return;
    mNotifier = std::make_unique<QSocketNotifier>(signalSockets[1], QSocketNotifier::Read);
    connect(mNotifier.get(), &QSocketNotifier::activated, this, &UnixSignalWatcher::readSignal);

    struct sigaction action = {};
    action.sa_handler = handleSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signalNumber : {SIGTERM, SIGHUP, SIGINT})
        ::sigaction(signalNumber, &action, nullptr);
}

void UnixSignalWatcher::setDeadline(std::chrono::seconds deadline)
{
    struct sigaction action = {};
    action.sa_handler = deadline.count() > 0 ? handleDeadline : SIG_DFL;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGALRM, &action, nullptr);
    deadlineSeconds = sig_atomic_t(deadline.count());
}

UnixSignalWatcher::~UnixSignalWatcher()
{
    if (deadlineSeconds > 0) {
        ::alarm(0);
        setDeadline(std::chrono::seconds(0));
    }
    firstSignal = 0;
    for (int signalNumber : {SIGTERM, SIGHUP, SIGINT})
        ::signal(signalNumber, SIG_DFL);
    mNotifier.reset();
    for (int &socket : signalSockets) {
        if (socket >= 0)
            ::close(socket);
        socket = -1;
    }
}

void UnixSignalWatcher::readSignal()
{
    char byte = 0;
    if (::read(signalSockets[1], &byte, 1) == 1)
        emit terminationRequested(int(byte));
}

} // namespace waymark
