#pragma once

#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace waymark {

// Runs `work` on a thread of its own and returns when it is done, while the window keeps
// painting and a window-modal progress dialog says what is happening — shown only when the
// work takes longer than `showAfterMs`. For steps the caller must wait for that can take
// seconds: reading or writing a journey with ten million answers, an import.
// `progress` (0..1), when given, moves the bar; otherwise it is a busy bar. `cancel`, when
// given, is set by the dialog's Cancel button: the work must look at it and stop early.
struct BackgroundWork {
    QString label;
    int showAfterMs = 500;
    const std::atomic<double> *progress = nullptr;
    std::atomic_bool *cancel = nullptr;
};
void runInBackground(QWidget *parent, const BackgroundWork &how, const std::function<void()> &work);

} // namespace waymark
