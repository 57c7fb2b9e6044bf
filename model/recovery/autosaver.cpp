#include "recovery/autosaver.h"

#include "data/pendinganswers.h"
#include "format/waymarkfile.h"
#include "journeydocument.h"
#include "recovery/recoverystore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <utility>

namespace waymark {

Autosaver::Autosaver(JourneyDocument *document, const QString &recoveryDirectory, int intervalMs, QObject *parent)
    : QObject(parent)
    , mDocument(document)
    // A document that starts modified (an import, a recovered copy) has work no copy holds yet.
    , mCopyIsCurrent(!document->isModified())
{
    QDir().mkpath(recoveryDirectory);
    // One copy per editing session; the random name keeps two windows (or two Waymarks)
    // on the same file from overwriting each other's copies.
    const QString name = QStringLiteral("session-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    mPath = QDir(recoveryDirectory).filePath(name + QStringLiteral(".waymark"));
    mLock = std::make_unique<QLockFile>(mPath + QStringLiteral(".lock"));
    mLock->setStaleLockTime(0); // held for the whole session, however long
    mLock->tryLock(0);

    mTimer.setInterval(intervalMs);
    connect(&mTimer, &QTimer::timeout, this, &Autosaver::writeWhenRowsAreRead);
    connect(document, &JourneyDocument::datasetRowsRead, this, [this] {
        if (std::exchange(mWaitingForRows, false))
            writeWhenRowsAreRead(); // another dataset's rows may still be coming
    });
    mTimer.start();

    // Any change (undo and redo included) makes the copy stale.
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &Autosaver::documentChanged);
    connect(document, &JourneyDocument::journeyReset, this, &Autosaver::documentChanged);
    connect(document, &JourneyDocument::filePathChanged, this, &Autosaver::documentChanged);
}

Autosaver::~Autosaver() = default;

void Autosaver::documentChanged()
{
    mCopyIsCurrent = false;
}

void Autosaver::writeWhenRowsAreRead()
{
    for (const DatasetRef &dataset : mDocument->journey().datasets)
        if (dataset->pendingRows && !dataset->pendingRows->ready()) {
            mWaitingForRows = true;
            return;
        }
    writeNow();
}

bool Autosaver::writeNow()
{
    if (!mDocument->isModified()) {
        // Nothing unsaved: an older copy would only offer stale changes after a crash.
        discard();
        return true;
    }
    if (mCopyIsCurrent)
        return true;
    const QHash<QString, QString> meta{
        {QString::fromLatin1(RecoveryStore::originalPathKey), mDocument->filePath()},
        {QString::fromLatin1(RecoveryStore::writtenAtKey), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    FormatError error;
    if (!WaymarkFile::write(mDocument->journey(), mPath, &error, meta)) {
        emit failed(QCoreApplication::translate("Autosaver", "Could not write the recovery copy: %1").arg(error.toString()));
        return false;
    }
    mCopyIsCurrent = true;
    return true;
}

void Autosaver::discard()
{
    QFile::remove(mPath);
    mCopyIsCurrent = !mDocument->isModified();
}

} // namespace waymark
