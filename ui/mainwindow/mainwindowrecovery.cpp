// Crash recovery in the window: a recovery copy is offered with the journey it recovers,
// when that file is opened (for editing or for review), never over another journey; copies
// that no file would bring up are offered at start-up.
#include "mainwindow.h"

#include "journeydocument.h"
#include "mainwindow/journeyfilewatch.h"
#include "recovery/recoverystore.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace waymark {

void MainWindow::offerRecovery()
{
    offerRecoveryOf(RecoveryStore::findWithoutFile(RecoveryStore::defaultDirectory()));
}

void MainWindow::offerRecoveryOf(const QList<RecoverableSession> &sessions)
{
    for (const RecoverableSession &session : sessions) {
        const QString title = session.title.isEmpty() ? tr("Untitled journey") : session.title;
        const QString when = QLocale().toString(session.writtenAt.toLocalTime(), QLocale::ShortFormat);
        // Whole sentences, so translators can order the parts as their language needs.
        const QString text = session.originalPath.isEmpty()
            ? tr("Waymark closed without saving changes to the journey “%1”, which had never been saved to a "
                 "file.\nThe changes were kept at %2.\n\nRecover them?")
                  .arg(title, when)
            : tr("Waymark closed without saving changes to the journey “%1” in %2.\nThe changes were kept at "
                 "%3.\n\nRecover them?")
                  .arg(title, QDir::toNativeSeparators(session.originalPath), when);
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes?"), text, QMessageBox::NoButton, this);
        QPushButton *recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("Later"), QMessageBox::RejectRole);
        box.setDefaultButton(recover);
        box.exec();
        if (box.clickedButton() == discard) {
            RecoveryStore::discard(session);
        } else if (box.clickedButton() == recover) {
            if (!maybeSave())
                return;
            FormatError error;
            std::optional<Journey> journey = RecoveryStore::load(session, &error);
            if (!journey) {
                showError(tr("Could not recover the journey"), error.toString());
                continue;
            }
            // The copy replaces the file just read: keep watching that file, so Save still
            // asks before overwriting what another program wrote to it since.
            const bool sameFileOpen = RecoveryStore::sameFile(mFileWatch->path(), session.originalPath);
            const QString watchedPath = mFileWatch->path();
            const FileFingerprint readFingerprint = mFileWatch->fingerprint();
            const bool review = mDocument->isReviewOnly();
            // Recovered work is unsaved work: the document starts modified, and Save writes
            // to the original file.
            installUnsaved(std::move(*journey), session.originalPath);
            if (sameFileOpen)
                mFileWatch->track(watchedPath, readFingerprint);
            if (review)
                mDocument->setReviewOnly(true); // a reviewer's comments come back in review
            RecoveryStore::discard(session);
            return; // one document per window
        }
    }
}

} // namespace waymark
