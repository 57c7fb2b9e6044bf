#pragma once

#include <chrono>

namespace waymark {

class UnixSignalWatcher;

// What the editor does on SIGTERM / SIGINT / SIGHUP (logout, shutdown, `kill`, `timeout`,
// Ctrl+C): every window's unsaved work is written as a recovery copy, then the process
// ends at once with status 128 + the signal, whatever dialog is open.
//
// Why not QCoreApplication::exit(): it only asks the running event loops to return. A
// modal message box shown before QApplication::exec() (a file that would not open, the
// recovery offer) runs its own loop; exit() ended that loop, and exec() then cleared the
// request and ran on for good. Inside exec(), the code after a dialog's exec() goes on as
// if the user had answered. Nothing is left to do after the copies are on disk: a save is
// atomic, and the lock files of a dead process are taken over by the next Waymark.
void endOnTerminationSignals(UnixSignalWatcher *watcher);

// The whole of it must be over within this time (UnixSignalWatcher::setDeadline), even
// when the event loop is busy. Writing the recovery copy of an ordinary journey takes
// milliseconds; a journey so large that it takes longer keeps its last periodic copy.
inline constexpr std::chrono::seconds terminationDeadline{2};

} // namespace waymark
