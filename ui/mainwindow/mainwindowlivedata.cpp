// Data → Refresh from Server: the journey's datasets whose answers stay in PostgreSQL
// (warehouse/livedataset.h) read anew in the background, replaced in one undo step; one that
// cannot be read keeps its last figures and is named. A server and query this user has not
// read from before (a journey someone sent) is shown and confirmed first
// (warehouse/livesourcetrust.h). Split from mainwindowdata.cpp.
#include "mainwindow/mainwindow.h"

#include "commands/datasetcommands.h"
#include "journeydocument.h"
#include "warehouse/livedataset.h"
#include "warehouse/livesourcetrust.h"

#include <QAction>
#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QtConcurrent>

namespace waymark {

namespace {

struct Untrusted {
    QString dataset;
    PostgresAnswerSource source;
};

// The live sources of `ids` this user has not chosen to read yet. A source the journey cannot
// decode is left to the refresh, which names what is wrong with it.
std::vector<Untrusted> untrustedSources(const Journey &journey, const QList<QUuid> &ids)
{
    std::vector<Untrusted> found;
    for (const DatasetRef &dataset : journey.datasets) {
        if (!ids.contains(dataset->id))
            continue;
        QString ignored;
        const auto source = decodeLiveSource(journey.settings.value(liveSourceKey(dataset->id)), &ignored);
        if (source && !isTrustedLiveSource(*source))
            found.push_back({dataset->name, *source});
    }
    return found;
}

// Asks before connecting where a journey from someone else points; Cancel is the default.
bool confirmSources(QWidget *parent, const std::vector<Untrusted> &sources)
{
    QStringList lines, queries;
    for (const Untrusted &each : sources) {
        const PostgresAddress &address = each.source.address;
        QString server = address.host;
        if (address.host.isEmpty())
            server = MainWindow::tr("this computer");
        else if (address.host.startsWith(u'/')) // a Unix socket's folder
            server = MainWindow::tr("this computer (%1)").arg(address.host);
        else if (address.port > 0)
            server += u':' + QString::number(address.port);
        const QString user = address.user.isEmpty() ? MainWindow::tr("your login name") : address.user;
        const QString what = each.source.table.isEmpty()
                                 ? MainWindow::tr("a query (Show Details)")
                                 : MainWindow::tr("table %1").arg(each.source.table);
        lines << MainWindow::tr("• “%1”: %2\n   server %3, database %4, as %5")
                     .arg(each.dataset, what, server, address.database, user);
        if (!each.source.table.isEmpty())
            continue;
        queries << MainWindow::tr("“%1”:").arg(each.dataset) + u'\n' + each.source.query.trimmed();
    }
    QMessageBox box(QMessageBox::Question, MainWindow::tr("Refresh from Server"),
                    MainWindow::tr("Read data from a server this journey names?"), QMessageBox::NoButton, parent);
    box.setInformativeText(
        MainWindow::tr("Waymark connects as you, with your password from ~/.pgpass, reads only, and keeps the "
                       "counts in this journey. Connect only if you know where this file comes from.")
        + QStringLiteral("\n\n") + lines.join(u'\n'));
    if (!queries.isEmpty())
        box.setDetailedText(queries.join(QStringLiteral("\n\n")));
    QPushButton *connectButton = box.addButton(MainWindow::tr("&Connect"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == connectButton;
}

} // namespace

void MainWindow::addLiveDataAction(QMenu *menu)
{
    QAction *refresh = menu->addAction(tr("&Refresh from Server"), this, &MainWindow::refreshLiveData);
    refresh->setObjectName(QStringLiteral("refreshLiveData"));
    // Not F5 (QKeySequence::Refresh): that is View → Present, as in slide software.
    refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    refresh->setStatusTip(tr("Count the answers of the datasets that stay in PostgreSQL anew (waymark import … postgresql://…)"));
    connect(menu, &QMenu::aboutToShow, refresh, [this, refresh] {
        refresh->setEnabled(mDocument && !mDocument->isReviewOnly() && mDataLimit.isEmpty() && !liveDatasets(mDocument->journey()).isEmpty());
        refresh->setToolTip(mDataLimit.isEmpty() ? refresh->text().remove(u'&') : mDataLimit);
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
    const std::vector<Untrusted> untrusted = untrustedSources(journey, ids);
    if (!untrusted.empty()) {
        if (!confirmSources(this, untrusted))
            return;
        for (const Untrusted &each : untrusted)
            trustLiveSource(each.source);
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
