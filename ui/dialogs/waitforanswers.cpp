#include "dialogs/waitforanswers.h"

#include "data/pendinganswers.h"
#include "journey.h"
#include "dialogs/backgroundworktext.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>

#include <algorithm>
#include <memory>
#include <vector>

namespace waymark {

bool waitForAnswerRows(QWidget *parent, const Journey &journey, const QString &label)
{
    std::vector<std::shared_ptr<PendingAnswers>> pending;
    qint64 answers = 0;
    for (const DatasetRef &dataset : journey.datasets)
        if (dataset->rowsPending()) {
            pending.push_back(dataset->pendingRows);
            answers += qint64(dataset->rows());
        }
    if (pending.empty())
        return true;
    // A busy bar: the reader says when it is done, not how far it is.
    QProgressDialog bar(label.arg(answers), BackgroundWorkText::tr("Cancel"), 0, 0, parent);
    bar.setWindowModality(Qt::WindowModal);
    bar.setAutoClose(false);
    bar.setAutoReset(false);
    bar.setMinimumDuration(0);
    bar.show(); // at once: the window must take no input while its journey is waited on
    QEventLoop loop;
    const auto allRead = [&pending] {
        return std::all_of(pending.begin(), pending.end(), [](const auto &p) { return p->ready(); });
    };
    // Called on this thread once each read ends; not at all once `bar` is gone (a cancel).
    for (const auto &rows : pending)
        rows->whenReady(&bar, [&] {
            if (allRead())
                loop.quit();
        });
    QObject::connect(&bar, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    if (!allRead())
        loop.exec();
    const bool read = allRead();
    bar.reset();
    return read;
}

} // namespace waymark
