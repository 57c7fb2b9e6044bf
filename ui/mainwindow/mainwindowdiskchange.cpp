// The open journey's file changed on disk (another Waymark, `waymark import`, a sync
// client): a banner says so at once, and Save asks before overwriting the other work.
#include "mainwindow/mainwindow.h"

#include "dialogs/waitforanswers.h"
#include "dialogs/waitforlifetimevalues.h"
#include "dialogs/workinbackground.h"
#include "format/journeyfiles.h"
#include "portfolio/journeyheadline.h"
#include "journeydocument.h"
#include "mainwindow/journeyfilewatch.h"
#include "mainwindow/recentfiles.h"
#include "recovery/autosaver.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace waymark {

void MainWindow::createDiskChangeWatch()
{
    mFileWatch = new JourneyFileWatch(this);
    connect(mFileWatch, &JourneyFileWatch::changedElsewhere, this, &MainWindow::showDiskChange);

    mDiskChangeBanner = new QLabel(this);
    mDiskChangeBanner->setObjectName(QStringLiteral("diskChangeBanner"));
    mDiskChangeBanner->setWordWrap(true);
    mDiskChangeBanner->setTextFormat(Qt::RichText);
    mDiskChangeBanner->setStyleSheet(QStringLiteral("QLabel { background: #fde2e1; color: #6b1111; border: 1px solid #e3a0a0;"
                                                    " border-radius: 4px; padding: 6px 10px; }"));
    mDiskChangeBanner->hide();
    connect(mDiskChangeBanner, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link != QLatin1String("reload")) {
            mDiskChangeBanner->hide();
            return;
        }
        if (!mDocument->isModified()
            || QMessageBox::question(this, tr("Reload the journey?"),
                                     tr("Reload “%1” from disk? Your changes since the last save are lost.")
                                         .arg(QFileInfo(mDocument->filePath()).fileName()))
                == QMessageBox::Yes)
            reloadFromDisk();
    });
    if (auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout()))
        layout->insertWidget(0, mDiskChangeBanner);
}

void MainWindow::showDiskChange(bool removed)
{
    const QString name = QFileInfo(mDocument->filePath()).fileName().toHtmlEscaped();
    mDiskChangeBanner->setText(
        removed ? tr("“%1” was removed or renamed on disk by another program. Save writes it again. "
                     "<a href=\"hide\">Hide</a>")
                      .arg(name)
                : tr("“%1” was changed on disk by another program. <a href=\"reload\">Reload it</a> to see those "
                     "changes (your changes since the last save are lost), or keep working: Save asks before "
                     "overwriting them. <a href=\"hide\">Hide</a>")
                      .arg(name));
    mDiskChangeBanner->show();
    statusBar()->showMessage(removed ? tr("The journey's file was removed on disk.") : tr("The journey's file changed on disk."),
                             10000);
}

bool MainWindow::saveTo(const QString &path, const FileFingerprint *expected)
{
    FormatError error;
    FileFingerprint written;
    // The headline kept in the file reuses what the badges computed, here on the window's
    // thread (the statistics cache is the window's); the writing runs on another, on a copy.
    // Its CLV at risk and the file need every answer: rows still being read are waited for
    // first, with a dialog (Cancel saves nothing and loses nothing).
    if (!waitForAnswerRows(this, mDocument->journey(), tr("Reading the %L1 survey answers before saving…")) || !waitForLifetimeValues(this, *mDocument))
        return false;
    const JourneyHeadline headline = journeyHeadline(mDocument->journey(), mDocument->statistics());
    const Journey journey = mDocument->journey();
    const std::optional<FileFingerprint> expectedCopy = expected ? std::optional(*expected) : std::nullopt;
    SaveResult result = SaveResult::Failed;
    runInBackground(this, {tr("Saving %1…").arg(QFileInfo(path).fileName())}, [&] {
        result = saveJourneyFile(journey, path, expectedCopy ? &*expectedCopy : nullptr, &written, &error, nullptr, &headline);
    });
    switch (result) {
    case SaveResult::ChangedOnDisk:
        return resolveDiskConflict(path, error.message);
    case SaveResult::Failed:
        showError(tr("Could not save the journey"), tr("%1\n\n%2").arg(QDir::toNativeSeparators(path), error.toString()));
        return false;
    case SaveResult::Saved:
        break;
    }
    mDocument->setFilePath(QFileInfo(path).absoluteFilePath());
    mDocument->markSaved();
    mAutosaver->discard();
    mFileWatch->track(path, written);
    mDiskChangeBanner->hide();
    mRecent->add(path);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::resolveDiskConflict(const QString &path, const QString &why)
{
    QMessageBox box(QMessageBox::Warning, tr("The file changed on disk"),
                    tr("%1\n\nIt may hold an import or another person's edits. What should happen?").arg(why),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Reload: open the file as it is now; your changes since the last save are lost.\n"
                              "Save As: keep both, yours in a new file.\n"
                              "Overwrite: replace the file with yours; the other changes are lost."));
    QPushButton *reload = box.addButton(tr("Reload (Lose My Changes)"), QMessageBox::DestructiveRole);
    QPushButton *saveElsewhere = box.addButton(tr("Save As…"), QMessageBox::AcceptRole);
    QPushButton *overwrite = box.addButton(tr("Overwrite"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(saveElsewhere); // the choice that loses nothing
    box.exec();
    if (box.clickedButton() == reload) {
        reloadFromDisk();
        return false; // nothing was saved
    }
    if (box.clickedButton() == saveElsewhere)
        return saveAsWithDialog();
    if (box.clickedButton() == overwrite)
        return saveTo(path, nullptr);
    return false;
}

void MainWindow::reloadFromDisk()
{
    const QString path = mDocument->filePath(); // a copy: the document is replaced below
    const bool review = mDocument->isReviewOnly();
    if (path.isEmpty())
        return;
    mAutosaver->discard(); // the user chose the file on disk over the changes
    if (review)
        openForReview(path);
    else
        openFile(path);
}

} // namespace waymark
