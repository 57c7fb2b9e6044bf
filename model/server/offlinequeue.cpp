#include "server/offlinequeue.h"

#include "server/serverchange.h"
#include "server/serversql.h"
#include "server/serverworkshop.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace waymark {

namespace {

using ServerSql::idText;

struct OfflineQueueText {
    Q_DECLARE_TR_FUNCTIONS(OfflineQueue)
};

constexpr const char *queueFormatName = "waymark-server-queue";
// 1: cards, comments added and dots placed; 2: every other kind as well (stages, votes, arrows,
// …, and the agenda and the business case, which a version-2 Waymark replays through the same
// list writer); 3: the journey's own fields and a vote deleted with its dots, which a
// version-2 Waymark would refuse at replay and drop. A queue is written with the lowest
// version that knows all it holds, so a Waymark from before reads it; one with more it refuses
// ("written by a newer Waymark") and leaves alone, rather than sending a stage's edit as a card's.
constexpr int queueFormatVersion = 3;

int queuedVersionOf(const QueuedEdit &edit)
{
    if (edit.kind == ServerChangeKind::card
        || ((edit.kind == ServerChangeKind::comment || edit.kind == ServerChangeKind::dot) && edit.field == ServerChangeField::added))
        return 1;
    if (edit.kind == ServerChangeKind::journey
        || (edit.kind == ServerChangeKind::vote && edit.field == ServerChangeField::deleted && edit.value.toObject().contains(ServerWorkshop::withDotsKey)))
        return 3;
    return 2;
}

int versionFor(const std::vector<QueuedEdit> &edits)
{
    int version = 1;
    for (const QueuedEdit &edit : edits)
        version = std::max(version, queuedVersionOf(edit));
    return version;
}

QJsonObject toJson(const QueuedEdit &edit)
{
    QJsonObject object{{QStringLiteral("id"), idText(edit.id)},
                       {QStringLiteral("kind"), edit.kind},
                       {QStringLiteral("entity"), idText(edit.entity)},
                       {QStringLiteral("field"), edit.field},
                       {QStringLiteral("value"), edit.value},
                       {QStringLiteral("seen"), QString::number(edit.seen)},
                       {QStringLiteral("madeAt"), edit.madeAt.toUTC().toString(Qt::ISODateWithMs)}};
    if (!edit.after.isNull())
        object.insert(QStringLiteral("after"), idText(edit.after));
    if (edit.tried)
        object.insert(QStringLiteral("tried"), QString::number(edit.tried));
    return object;
}

std::optional<QueuedEdit> fromJson(const QJsonObject &object)
{
    QueuedEdit edit;
    edit.id = QUuid::fromString(object[QLatin1String("id")].toString());
    edit.kind = object[QLatin1String("kind")].toString();
    edit.entity = QUuid::fromString(object[QLatin1String("entity")].toString());
    edit.field = object[QLatin1String("field")].toString();
    edit.value = object[QLatin1String("value")];
    edit.after = QUuid::fromString(object[QLatin1String("after")].toString());
    bool seenOk = false;
    edit.seen = object[QLatin1String("seen")].toString().toLongLong(&seenOk);
    edit.tried = object[QLatin1String("tried")].toString().toLongLong();
    edit.madeAt = QDateTime::fromString(object[QLatin1String("madeAt")].toString(), Qt::ISODateWithMs);
    if (edit.id.isNull() || edit.kind.isEmpty() || edit.entity.isNull() || !seenOk || !edit.madeAt.isValid())
        return std::nullopt;
    return edit;
}

} // namespace

OfflineQueue::OfflineQueue(const QString &directory, const QString &server, const QUuid &journey)
    : mDirectory(directory)
    , mServer(server)
    , mJourney(journey)
    , mPath(QDir(directory).filePath(QStringLiteral("server-queue-%1.json").arg(idText(QUuid::createUuid()))))
{
}

OfflineQueue::~OfflineQueue() = default;

bool OfflineQueue::append(const QueuedEdit &edit, QString *error)
{
    mEdits.push_back(edit);
    if (save(error))
        return true;
    mEdits.pop_back();
    return false;
}

bool OfflineQueue::removeFirst(QString *error)
{
    if (mEdits.empty())
        return true;
    mEdits.erase(mEdits.begin());
    return save(error);
}

bool OfflineQueue::removeLast(QString *error)
{
    if (mEdits.empty())
        return true;
    const QueuedEdit last = mEdits.back();
    mEdits.pop_back();
    if (save(error))
        return true;
    mEdits.push_back(last); // still on disk, so still queued
    return false;
}

bool OfflineQueue::replaceFirst(const QueuedEdit &edit, QString *error)
{
    if (mEdits.empty())
        return false;
    mEdits.front() = edit;
    return save(error);
}

bool OfflineQueue::save(QString *error)
{
    if (mEdits.empty()) {
        QFile::remove(mPath);
        return true;
    }
    if (!mLock) {
        QDir().mkpath(mDirectory);
        mLock = std::make_unique<QLockFile>(mPath + QStringLiteral(".lock"));
        mLock->setStaleLockTime(0); // held while the session lives, however long
        mLock->tryLock(0);
    }
    QJsonArray edits;
    for (const QueuedEdit &edit : mEdits)
        edits.append(toJson(edit));
    const QJsonObject document{{QStringLiteral("format"), QLatin1String(queueFormatName)},
                               {QStringLiteral("version"), versionFor(mEdits)},
                               {QStringLiteral("server"), mServer},
                               {QStringLiteral("journey"), idText(mJourney)},
                               {QStringLiteral("edits"), edits}};
    // QSaveFile writes a temporary file, syncs it and renames it over the old one: a crash
    // leaves either the old queue or the new one, never half of one.
    QSaveFile file(mPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(document).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        if (error)
            *error = OfflineQueueText::tr("could not keep the change for later in %1: %2").arg(QDir::toNativeSeparators(mPath), file.errorString());
        return false;
    }
    return true;
}

bool OfflineQueue::read(const QString &path, QString *server, QUuid *journey, std::vector<QueuedEdit> *edits, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = OfflineQueueText::tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (document.isNull() || root[QLatin1String("format")].toString() != QLatin1String(queueFormatName)) {
        *error = OfflineQueueText::tr("%1 is not a queue of offline changes (%2)")
                     .arg(QDir::toNativeSeparators(path), parseError.error == QJsonParseError::NoError ? OfflineQueueText::tr("no format name") : parseError.errorString());
        return false;
    }
    if (root[QLatin1String("version")].toInt() > queueFormatVersion) {
        *error = OfflineQueueText::tr("%1 was written by a newer Waymark (queue version %2)").arg(QDir::toNativeSeparators(path)).arg(root[QLatin1String("version")].toInt());
        return false;
    }
    *server = root[QLatin1String("server")].toString();
    *journey = QUuid::fromString(root[QLatin1String("journey")].toString());
    const QJsonArray items = root[QLatin1String("edits")].toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto edit = fromJson(items[i].toObject());
        if (!edit) {
            *error = OfflineQueueText::tr("%1: change %2 of the queue is damaged (/edits/%3)").arg(QDir::toNativeSeparators(path)).arg(i + 1).arg(i);
            return false;
        }
        edits->push_back(*edit);
    }
    return true;
}

int OfflineQueue::adoptOrphans(QStringList *problems)
{
    const QDir dir(mDirectory);
    struct Orphan {
        QString path;
        std::vector<QueuedEdit> edits;
    };
    std::vector<Orphan> orphans;
    const QStringList files = dir.entryList({QStringLiteral("server-queue-*.json")}, QDir::Files);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        if (path == mPath)
            continue;
        // A lock we cannot take belongs to a Waymark still running (its session sends them).
        QLockFile lock(path + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        QString server;
        QUuid journey;
        Orphan orphan{path, {}};
        QString error;
        if (!read(path, &server, &journey, &orphan.edits, &error)) {
            if (problems)
                problems->append(error);
            continue;
        }
        if (server != mServer || journey != mJourney || orphan.edits.empty())
            continue;
        orphans.push_back(std::move(orphan));
    }
    std::sort(orphans.begin(), orphans.end(), [](const Orphan &a, const Orphan &b) { return a.edits.front().madeAt < b.edits.front().madeAt; });
    std::vector<QueuedEdit> adopted;
    for (const Orphan &orphan : orphans)
        adopted.insert(adopted.end(), orphan.edits.begin(), orphan.edits.end());
    if (adopted.empty())
        return 0;
    const std::vector<QueuedEdit> own = mEdits;
    mEdits = adopted;
    mEdits.insert(mEdits.end(), own.begin(), own.end());
    QString error;
    if (!save(&error)) {
        mEdits = own; // the orphans' files stay; the next session tries again
        if (problems)
            problems->append(error);
        return 0;
    }
    // Only now that this queue holds them on disk.
    for (const Orphan &orphan : orphans)
        QFile::remove(orphan.path);
    return int(adopted.size());
}

} // namespace waymark
