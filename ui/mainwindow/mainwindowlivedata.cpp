// Data → Refresh from Server: the journey's datasets whose answers stay in PostgreSQL
// (warehouse/livedataset.h) read anew in the background, replaced in one undo step; one that
// cannot be read keeps its last figures and is named. Split from mainwindowdata.cpp.
#include "mainwindow/mainwindow.h"

#include "commands/datasetcommands.h"
#include "journeydocument.h"
#include "warehouse/livedataset.h"

#include <QAction>
#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QtConcurrent>

namespace waymark {

void MainWindow::addLiveDataAction(QMenu *menu)
{
    QAction *refresh = menu->addAction(tr("&Refresh from Server"), this, &MainWindow::refreshLiveData);
    refresh->setObjectName(QStringLiteral("refreshLiveData"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setStatusTip(tr("Count the answers of the datasets that stay in PostgreSQL anew (waymark import … postgresql://…)"));
    connect(menu, &QMenu::aboutToShow, refresh, [this, refresh] {
        refresh->setEnabled(mDocument && !mDocument->isReviewOnly() && !liveDatasets(mDocument->journey()).isEmpty());
    });
}

void MainWindow::refreshLiveData()
{
    if (!mDocument || mDocument->isReviewOnly())
        return;
    const Journey journey = mDocument->journey();
    const QList<QUuid> ids = liveDatasets(journey);
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("This journey has no data from a server to refresh."), 8000);
        return;
    }
    statusBar()->showMessage(tr("Counting %n dataset(s) on the server…", nullptr, int(ids.size())));
    auto *watcher = new QFutureWatcher<std::vector<LiveRefresh>>(this);
    QPointer<JourneyDocument> document(mDocument.get());
    connect(watcher, &QFutureWatcher<std::vector<LiveRefresh>>::finished, this, [this, watcher, document] {
        watcher->deleteLater();
        const std::vector<LiveRefresh> results = watcher->result();
        if (!document || document != mDocument.get())
            return; // another journey was opened meanwhile
        QStringList problems;
        std::vector<Dataset> fresh;
        for (const LiveRefresh &result : results) {
            problems << result.warnings;
            if (result.dataset)
                fresh.push_back(*result.dataset);
            else
                problems << result.error;
        }
        const int refreshed = int(fresh.size());
        if (refreshed > 0) { // no empty step when nothing could be read
            const UndoMacro step(document, tr("Refresh data from the server"));
            for (Dataset &dataset : fresh)
                document->push(new ReplaceDataset(document, std::move(dataset), QString()));
        }
        statusBar()->showMessage(tr("%n dataset(s) refreshed from the server.", nullptr, refreshed), 8000);
        if (!problems.isEmpty())
            QMessageBox::warning(this, tr("Refresh from Server"), problems.join(QStringLiteral("\n\n")));
    });
    // Off the window's thread: the server may take a while to count a hundred million answers.
    watcher->setFuture(QtConcurrent::run([journey, ids] {
        std::vector<LiveRefresh> results;
        for (const QUuid &id : ids)
            results.push_back(refreshLiveDataset(journey, id, PostgresLimits()));
        return results;
    }));
}

} // namespace waymark
