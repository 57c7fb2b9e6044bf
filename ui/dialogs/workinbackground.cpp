#include "dialogs/workinbackground.h"
#include "dialogs/backgroundworktext.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

namespace waymark {

void runInBackground(QWidget *parent, const BackgroundWork &how, const std::function<void()> &work)
{
    std::unique_ptr<QThread> worker(QThread::create(work));
    QProgressDialog bar(how.label, how.cancel ? BackgroundWorkText::tr("Cancel") : QString(), 0, how.progress ? 1000 : 0, parent);
    bar.setWindowModality(Qt::WindowModal);
    bar.setMinimumDuration(how.showAfterMs);
    if (!how.cancel)
        bar.setCancelButton(nullptr); // nothing to stop half-way: a half-written file helps nobody
    bar.setAutoClose(false);
    bar.setAutoReset(false);
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer ticker;
    int shown = 0;
    QObject::connect(&ticker, &QTimer::timeout, &bar, [&] {
        // Only a new value: setValue(minimum) starts the dialog's clock over, and past
        // showAfterMs setValue shows it.
        const int value = how.progress ? int(*how.progress * 1000) : 0;
        if (value != shown)
            bar.setValue(shown = value);
        if (how.cancel && bar.wasCanceled())
            *how.cancel = true;
    });
    ticker.start(50);
    bar.setValue(0); // starts the clock: the dialog shows itself after showAfterMs
    worker->start();
    loop.exec(); // the dialog is window-modal: the window takes no input meanwhile
    worker->wait();
    ticker.stop();
    bar.reset();
}

} // namespace waymark
