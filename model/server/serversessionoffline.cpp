// Off the network (docs/server.md, "Off the network"): edits made while the connection is
// down are queued on disk and shown on the journey at once; when the connection is back they
// are sent oldest first, each checked against what others changed meanwhile.
#include "server/serversession.h"

#include "server/localcopy.h"
#include "server/orderkey.h"
#include "server/serversql.h"
#include "server/serversessiontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace waymark {

namespace {


using ServerSql::cardTitle;
using ServerSql::idText;

// Restores a session field for the length of one replayed write.
template <typename T>
struct Setting {
    Setting(T &slot, T value)
        : mSlot(slot)
        , mOld(slot)
    {
        mSlot = std::move(value);
    }
    ~Setting() { mSlot = mOld; }
    Setting(const Setting &) = delete;
    Setting &operator=(const Setting &) = delete;
    T &mSlot;
    T mOld;
};

} // namespace

void ServerSession::keepOfflineEdits(const QString &directory)
{
    // Servers told apart by where they are, not by who logs in or how.
    const QString server = QStringLiteral("%1:%2/%3").arg(mAddress.host).arg(mAddress.port).arg(mAddress.database);
    mQueue = std::make_unique<OfflineQueue>(directory, server, mJourneyId);
    mCopyPath = LocalCopy::pathFor(directory, server, mJourneyId);
}

QString ServerSession::localKeyAfter(const QUuid &stage, const QUuid &lane, const QUuid &after, const QUuid &moving) const
{
    QString before;
    if (const auto it = mParts.cards.find(after); it != mParts.cards.end() && it->second.stage == stage && it->second.lane == lane)
        before = it->second.key;
    QString next;
    for (const auto &[id, row] : mParts.cards) {
        if (id != moving && row.stage == stage && row.lane == lane && row.key > before && (next.isEmpty() || row.key < next))
            next = row.key;
    }
    return OrderKey::between(before, next);
}

ServerChange ServerSession::localChange(const QueuedEdit &edit) const
{
    ServerChange change = changeOf(edit.kind, edit.entity, edit.field, edit.value);
    change.author = mAuthor;
    change.seen = edit.seen;
    change.time = edit.madeAt;
    if (edit.kind == ServerChangeKind::card && (edit.field == ServerChangeField::added || edit.field == ServerChangeField::position)) {
        QJsonObject value = edit.value.toObject();
        value.insert(QStringLiteral("key"), localKeyAfter(uuidOf(value[QLatin1String("stage")]), uuidOf(value[QLatin1String("lane")]), edit.after, edit.entity));
        change.value = value;
    }
    return change;
}

std::optional<qint64> ServerSession::enqueue(QueuedEdit edit, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (edit.id.isNull())
        edit.id = edit.kind == ServerChangeKind::dot ? edit.entity : QUuid::createUuid();
    edit.seen = mLastSeen;
    edit.madeAt = QDateTime::currentDateTimeUtc();
    ServerChange change = localChange(edit);
    if (!validate(change, &message))
        return std::nullopt;
    if (!mQueue->append(edit, &message))
        return std::nullopt;
    if (!mRedoing)
        endRedo();
    if (!mServerParts)
        mServerParts = mParts;
    applyChange(mParts, change);
    mJourneyStale = true;
    change.id = -qint64(mQueue->edits().size());
    emit changed(change, true);
    emit queueChanged(queuedEdits());
    return change.id;
}

void ServerSession::dropQueuedView()
{
    if (mServerParts) {
        mShownOffline = std::move(mParts);
        mParts = std::move(*mServerParts);
        mServerParts.reset();
        mJourneyStale = true;
    }
}

void ServerSession::showQueuedEdits()
{
    if (!mQueue || mQueue->isEmpty() || mServerParts)
        return;
    mServerParts = mParts;
    for (const QueuedEdit &edit : mQueue->edits())
        applyChange(mParts, localChange(edit));
    mJourneyStale = true;
}

void ServerSession::replay()
{
    if (!mQueue)
        return;
    QStringList problems;
    mQueue->adoptOrphans(&problems);
    for (const QString &problem : std::as_const(problems))
        qWarning("waymark: an offline queue was left alone: %s", qPrintable(problem));
    if (mQueue->isEmpty()) {
        mShownOffline = {};
        return;
    }
    ReplayReport report;
    mReplaying = true;
    while (!mQueue->isEmpty() && mConnected) {
        const QueuedEdit edit = mQueue->edits().front();
        if (replayOne(edit, report) == ReplayStep::Broke) {
            if (mTriedId) {
                // It may have reached the server at the commit: the next replay looks first.
                QueuedEdit tried = edit;
                tried.tried = mTriedId;
                mQueue->replaceFirst(tried, nullptr);
            }
            break;
        }
        QString error;
        if (!mQueue->removeFirst(&error))
            qWarning("waymark: %s", qPrintable(error)); // sent; only a crash now would send it twice
    }
    mReplaying = false;
    mShownOffline = {};
    report.remaining = queuedEdits();
    showQueuedEdits(); // what could not be sent stays on the map
    emit queueChanged(queuedEdits());
    emit replayed(report);
}

ServerSession::ReplayStep ServerSession::replayOne(const QueuedEdit &edit, ReplayReport &report)
{
    QSqlDatabase db = QSqlDatabase::database(mConnectionName, false);
    if (edit.tried) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT 1 FROM changes WHERE journey = ? AND id = ?"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(edit.tried);
        if (!query.exec())
            return mConnected ? ReplayStep::Done : ReplayStep::Broke;
        if (query.next()) {
            mMine.insert(edit.tried); // it did reach the server before the connection broke
            ++report.sent;
            return ReplayStep::Done;
        }
    }
    Setting<qint64> seen(mReplaySeen, edit.seen);
    const bool added = edit.field == ServerChangeField::added;
    if (edit.kind != ServerChangeKind::card && !(added && (edit.kind == ServerChangeKind::comment || edit.kind == ServerChangeKind::dot)))
        return replayItem(edit, report); // serversessionofflinekinds.cpp
    Setting<QUuid> dotId(mReplayDotId, edit.kind == ServerChangeKind::dot ? edit.entity : QUuid());
    ReplayConflict conflict;
    conflict.kind = edit.kind;
    conflict.card = edit.entity;
    conflict.title = replayTitle(edit);
    conflict.field = edit.kind == ServerChangeKind::card ? edit.field : edit.kind;
    conflict.yours = edit.value;
    const QJsonObject value = edit.value.toObject();
    const bool onExistingCard = edit.kind == ServerChangeKind::card && edit.field != ServerChangeField::added;
    if (onExistingCard && !mParts.cards.count(edit.entity)) {
        if (edit.field == ServerChangeField::deleted)
            return ReplayStep::Done; // gone already: what was meant happened
        auto deletion = newestOtherChange(ServerChangeKind::card, edit.entity, ServerChangeField::deleted, 0);
        if (const auto gone = mNewestOn.find({edit.entity, ServerChangeField::deleted}); !deletion && gone != mNewestOn.end())
            deletion = gone->second; // removed with its stage or lane
        conflict.by = deletion ? deletion->author : QString();
        conflict.byChange = deletion ? deletion->id : 0;
        conflict.field = edit.field;
        conflict.why = deletion ? ServerSessionText::tr("%1 deleted the card meanwhile (change %2)").arg(deletion->author).arg(deletion->id)
                                : ServerSessionText::tr("the card is not in the journey any more");
        report.conflicts.push_back(conflict);
        return ReplayStep::Done;
    }
    if (onExistingCard && edit.field != ServerChangeField::deleted) {
        if (const auto theirs = newestOtherChange(ServerChangeKind::card, edit.entity, edit.field, edit.seen)) {
            conflict.by = theirs->author;
            conflict.byChange = theirs->id;
            conflict.theirs = theirs->value;
            // The edit made later stays, as when two people edit at once online; the times
            // come from two clocks (this laptop's, the server's), so a few seconds may blur it.
            if (theirs->time > edit.madeAt) {
                conflict.kept = ReplayConflict::Kept::Theirs;
                report.conflicts.push_back(conflict);
                return ReplayStep::Done;
            }
            conflict.kept = ReplayConflict::Kept::Yours;
        }
    }
    if (edit.kind == ServerChangeKind::card && edit.field == ServerChangeField::added && mParts.cards.count(edit.entity))
        return ReplayStep::Done; // there already
    if (edit.kind == ServerChangeKind::comment
        && std::any_of(mParts.comments.begin(), mParts.comments.end(),
                       [&](const QJsonObject &comment) { return uuidOf(comment[QLatin1String("id")]) == edit.entity; }))
        return ReplayStep::Done;

    QString error;
    std::optional<qint64> id;
    const QUuid stage = uuidOf(value[QLatin1String("stage")]);
    const QUuid lane = uuidOf(value[QLatin1String("lane")]);
    // The card it went after may have moved away meanwhile: then the end of the cell.
    const auto after = [&] {
        const auto it = mParts.cards.find(edit.after);
        if (edit.after.isNull() || (it != mParts.cards.end() && it->second.stage == stage && it->second.lane == lane))
            return edit.after;
        return cellEnd(stage, lane, edit.entity);
    };
    if (edit.kind == ServerChangeKind::comment)
        id = addCommentBody(edit.entity, value, &error);
    else if (edit.kind == ServerChangeKind::dot)
        id = addDot(uuidOf(value[QLatin1String("vote")]), uuidOf(value[QLatin1String("participant")]), uuidOf(value[QLatin1String("card")]), &error);
    else if (edit.field == ServerChangeField::added)
        id = addCardRow(edit.entity, stage, lane, value[QLatin1String("fields")].toObject(), after(), &error);
    else if (edit.field == ServerChangeField::position)
        id = moveCard(edit.entity, stage, lane, after(), &error);
    else if (edit.field == ServerChangeField::deleted)
        id = deleteCard(edit.entity, &error);
    else
        id = setCardField(edit.entity, edit.field, edit.value, &error);
    if (!id && !mConnected)
        return ReplayStep::Broke;
    if (id) {
        ++report.sent;
        if (conflict.kept == ReplayConflict::Kept::Yours)
            report.conflicts.push_back(conflict);
        return ReplayStep::Done;
    }
    // Refused (a closed vote, a used-up budget, a rule): said, not silently dropped.
    conflict.kept = ReplayConflict::Kept::Neither;
    conflict.why = error;
    if (edit.kind == ServerChangeKind::dot) {
        conflict.card = uuidOf(value[QLatin1String("card")]);
        conflict.title = cardTitle(mParts.cards.count(conflict.card) ? mParts : mShownOffline, conflict.card);
    }
    report.conflicts.push_back(conflict);
    return ReplayStep::Done;
}

std::optional<ServerChange> ServerSession::newestOtherChange(const QString &kind, const QUuid &entity, const QString &field, qint64 after)
{
    QSqlQuery query(QSqlDatabase::database(mConnectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, author, jsonb_build_array(value)::text, time FROM changes "
                                 "WHERE journey = ? AND entity = ? AND kind = ? AND field = ? AND id > ? ORDER BY id DESC"));
    query.addBindValue(idText(mJourneyId));
    query.addBindValue(idText(entity));
    query.addBindValue(kind);
    query.addBindValue(field);
    query.addBindValue(after);
    if (!query.exec())
        return std::nullopt;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (mMine.count(id))
            continue; // sent earlier in this replay
        ServerChange change;
        change.id = id;
        change.author = query.value(1).toString();
        change.kind = kind;
        change.entity = entity;
        change.field = field;
        change.value = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array().at(0);
        change.time = query.value(3).toDateTime().toUTC();
        return change;
    }
    return std::nullopt;
}

QUuid ServerSession::cellEnd(const QUuid &stage, const QUuid &lane, const QUuid &moving) const
{
    QUuid last;
    QString lastKey;
    for (const auto &[id, row] : mParts.cards) {
        if (id != moving && row.stage == stage && row.lane == lane && (last.isNull() || row.key > lastKey)) {
            last = id;
            lastKey = row.key;
        }
    }
    return last;
}

} // namespace waymark
