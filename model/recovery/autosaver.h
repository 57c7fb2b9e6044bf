#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace waymark {

class JourneyDocument;

// Keeps a recovery copy of a document's unsaved changes: every `intervalMs` (60 s by
// default) while the document has changes not yet in a recovery copy, and on demand
// (SIGTERM, closing without saving). Saving the document or closing it cleanly discards the
// copy. The copy is a normal .waymark file whose meta table remembers the original path; a
// lock file next to it tells other running Waymarks that this session is alive. The timer
// waits for rows still being read (Dataset::pendingRows); writeNow() does not.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    Autosaver(JourneyDocument *document, const QString &recoveryDirectory, int intervalMs = 60 * 1000,
              QObject *parent = nullptr);
    ~Autosaver() override; // keeps the copy: only discard() removes it

    QString recoveryFilePath() const { return mPath; }
    // Writes the copy now if the document has changes the copy lacks; true when the copy is
    // current (or nothing needs keeping).
    bool writeNow();
    // Removes the copy (after a save, or a close where the user chose to discard changes).
    void discard();

signals:
    void failed(const QString &message);

private:
    void documentChanged();
    // The timer's write: put off while a large dataset's rows are still read behind the
    // window (writing them waits for them, seconds on the window's thread at ten million
    // answers); made as soon as they are there.
    void writeWhenRowsAreRead();

    JourneyDocument *mDocument;
    QString mPath;
    std::unique_ptr<QLockFile> mLock;
    QTimer mTimer;
    bool mCopyIsCurrent = false;
    bool mWaitingForRows = false;
};

} // namespace waymark
