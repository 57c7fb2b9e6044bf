#include "server/serversession.h"

#include "server/serverredo.h"
#include "server/serversql.h"
#include "server/serverjourneys.h"
#include "server/serverroles.h"
#include "warehouse/postgresconnection.h"
#include "server/serversessiontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace waymark {

namespace {


constexpr int connectTimeoutSeconds = 10;
// Changes read per statement while catching up: bounded memory after a long absence.
constexpr int catchUpBatch = 1000;

using ServerSql::idText;
using ServerSql::jsonText;

} // namespace

ServerSession::ServerSession(const PostgresAddress &address, const QUuid &journeyId, const QString &author, QObject *parent)
    : QObject(parent)
    , mAddress(address)
    , mJourneyId(journeyId)
    , mAuthor(author)
{
    const QString session = QUuid::createUuid().toString(QUuid::Id128).left(12);
    mConnectionName = QStringLiteral("waymark-session-") + session;
    mApplicationName = QStringLiteral("waymark-") + session;
}

ServerSession::~ServerSession()
{
    if (mTransfers) {
        // A dataset being written is rolled back on the server: nothing half of it stays.
        QSqlDatabase db = QSqlDatabase::database(mConnectionName, false);
        mTransfers->cancel(mConnected ? &db : nullptr);
    }
    disconnectFromServer();
}

bool ServerSession::isConnected() const
{
    return mConnected;
}

bool ServerSession::connectToServer(QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    disconnectFromServer();
    QSqlDatabase db = openPostgres(mAddress, mConnectionName, connectTimeoutSeconds, mApplicationName);
    mUnreachable = !db.isOpen();
    if (!db.isOpen()) {
        message = ServerSessionText::tr("could not connect to %1: %2").arg(mAddress.display(), db.lastError().text().trimmed());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(mConnectionName);
        return false;
    }
    // Listen before reading: a change committed in between is then both notified and read.
    if (!db.driver()->subscribeToNotification(QString::fromLatin1(notifyChannel))) {
        message = ServerSessionText::tr("could not listen for changes on %1: %2").arg(mAddress.display(), db.driver()->lastError().text().trimmed());
        db = QSqlDatabase();
        disconnectFromServer();
        return false;
    }
    if (!db.driver()->subscribeToNotification(QString::fromLatin1(presenceChannel))
        || !db.driver()->subscribeToNotification(QString::fromLatin1(followChannel))
        || !db.driver()->subscribeToNotification(QString::fromLatin1(membersChannel))) {
        message = ServerSessionText::tr("could not listen for changes on %1: %2").arg(mAddress.display(), db.driver()->lastError().text().trimmed());
        db = QSqlDatabase();
        disconnectFromServer();
        return false;
    }
    connect(db.driver(), &QSqlDriver::notification, this, &ServerSession::onNotification);
    mConnected = true;
    const auto role = ServerRoles::roleOf(db, &message);
    if (!role) {
        db = QSqlDatabase();
        disconnectFromServer();
        return false;
    }
    mRole = *role;
    measureServerClock(db);
    if (!mLoaded) {
        const auto snapshot = ServerJourneys::readSnapshot(db, mJourneyId, &message);
        if (!snapshot) {
            db = QSqlDatabase();
            disconnectFromServer();
            return false;
        }
        mParts = snapshot->parts;
        mLastSeen = snapshot->lastChange;
        mJourneyStale = true;
        mLoaded = true;
        FormatError problem;
        const auto whole = assembleJourney(mParts, &problem);
        if (!whole) {
            message = ServerSessionText::tr("journey %1 on %2 is damaged: %3").arg(idText(mJourneyId), mAddress.display(), problem.toString());
            db = QSqlDatabase();
            disconnectFromServer();
            mLoaded = false;
            return false;
        }
        // Imported survey and purchase data (up to millions of rows) is kept apart: checking it
        // again on every keystroke would take seconds. A change of kind dataset reads one anew.
        mDatasets = whole->datasets;
        for (const auto &[id, row] : snapshot->datasets) {
            mDatasetSeq[id] = row.seq;
            mDatasetVersion[id] = row.change;
        }
        mDatasetsJson = mParts.base.value(QStringLiteral("datasets"));
        mCopyDatasetsSaved = false;
        mParts.base.remove(QStringLiteral("datasets"));
    }
    if (!loadLocks(db, &message)) {
        db = QSqlDatabase();
        disconnectFromServer();
        return false;
    }
    // Edits queued while away go on top of what the server holds now, not of what it held.
    dropQueuedView();
    if (!catchUp(&message)) {
        showQueuedEdits();
        return false;
    }
    mOfflineRedo.clear(); // the queue is sent now: its undone edits are gone for good
    replay();
    mOpenedFromCopy = QDateTime();
    saveLocalCopy();
    scheduleVoteClose(); // a vote whose time ran out while nobody could close it closes now
    return true;
}

void ServerSession::disconnectFromServer()
{
    if (mConnected) {
        announce(PresenceNote::Bye, nullptr); // best effort: the others also notice silence
        saveLocalCopy();
    }
    mConnected = false;
    if (!QSqlDatabase::contains(mConnectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(mConnectionName, false);
        if (db.driver())
            disconnect(db.driver(), nullptr, this, nullptr);
        db.close();
    }
    QSqlDatabase::removeDatabase(mConnectionName);
}

void ServerSession::lose(const QString &why)
{
    // The broken connection itself goes at the next connectToServer() (or with the session):
    // statements of the failed write may still hold it right now.
    mConnected = false;
    saveLocalCopy(); // the journey as the server held it, for opening it while offline
    emit connectionLost(why);
}

bool ServerSession::validate(const ServerChange &change, QString *error) const
{
    if (change.kind == ServerChangeKind::lock)
        return true; // not part of the journey's document
    FormatError problem;
    // A card's field or place needs only that card read (with what it refers to); an added or
    // deleted card, and every other kind, the whole journey.
    if (change.kind == ServerChangeKind::card && change.field != ServerChangeField::added && change.field != ServerChangeField::deleted) {
        const auto card = mParts.cards.find(change.entity);
        if (card == mParts.cards.end()) {
            *error = ServerSessionText::tr("card “%1” is not in the journey any more").arg(ServerSql::cardTitle(mParts, change.entity));
            return false;
        }
        CardRow changed = card->second;
        applyCardChange(changed, change);
        if (!assembleCard(mParts.base, change.entity, changed, &problem)) {
            *error = ServerSessionText::tr("the change was not saved: %1: %2").arg(problem.path, problem.message);
            return false;
        }
        return true;
    }
    JourneyParts candidate = mParts;
    if (!applyChange(candidate, change)) {
        *error = ServerSessionText::tr("card “%1” is not in the journey any more").arg(ServerSql::cardTitle(mParts, change.entity));
        return false;
    }
    if (!assembleJourney(candidate, &problem)) {
        *error = ServerSessionText::tr("the change was not saved: %1: %2").arg(problem.path, problem.message);
        return false;
    }
    return true;
}

std::optional<qint64> ServerSession::write(ServerChange change, const EntityWrite &entityWrite, QString *error, const QueuedEdit &offline)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    // Cards say how they are queued (the cell's neighbour, not an order key); the other kinds
    // are queued as the change itself.
    const QueuedEdit queued = offline.kind.isEmpty() ? queuedOf(change) : offline;
    const bool mayQueue = mQueue && !queued.kind.isEmpty() && !mReplaying;
    if (!mConnected) {
        if (mayQueue)
            return enqueue(queued, error);
        message = ServerSessionText::tr("not connected to %1").arg(mAddress.display());
        return std::nullopt;
    }
    if (!validate(change, &message))
        return std::nullopt;
    mTriedId = 0;
    QSqlDatabase db = QSqlDatabase::database(mConnectionName, false);
    const auto fail = [&](const QSqlQuery *query) -> std::optional<qint64> {
        const QSqlError sqlError = query ? query->lastError() : db.lastError();
        if (query)
            message = ServerSessionText::tr("the change was not saved on %1: %2").arg(mAddress.display(), sqlError.databaseText().trimmed());
        message = ServerRoles::explainRefusal(message);
        if (db.isOpen())
            db.rollback();
        if (sqlError.type() == QSqlError::ConnectionError || !db.isOpen()) {
            lose(message);
            if (mayQueue) {
                // Broken off, perhaps at the commit: the replay looks for this id first.
                QueuedEdit edit = queued;
                edit.tried = change.id;
                return enqueue(edit, error);
            }
        }
        return std::nullopt;
    };
    if (!db.transaction()) {
        message = ServerSessionText::tr("the change was not saved on %1: %2").arg(mAddress.display(), db.lastError().text().trimmed());
        return fail(nullptr);
    }
    // Writers of one journey take turns on its row, and take the change id while holding it:
    // ids then grow in commit order, so a reader that has seen id N has seen everything before.
    QSqlQuery query(db);
    // NO KEY UPDATE: writers still take turns, while a dataset's write, whose foreign key
    // shares the row for the seconds its body takes, holds nobody up (serverdatasettransfers.cpp).
    query.prepare(QStringLiteral("SELECT last_change FROM journeys WHERE id = ? FOR NO KEY UPDATE"));
    query.addBindValue(idText(mJourneyId));
    if (!query.exec())
        return fail(&query);
    if (!query.next()) {
        message = ServerSessionText::tr("%1 no longer holds journey %2").arg(mAddress.display(), idText(mJourneyId));
        db.rollback();
        return std::nullopt;
    }
    if (!query.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('changes', 'id'))")) || !query.next())
        return fail(&query);
    change.id = query.value(0).toLongLong();
    mTriedId = change.id;
    change.author = mAuthor;
    change.seen = mReplaySeen >= 0 ? mReplaySeen : mLastSeen;
    // What a card change replaces, as the server has it (our copy may be behind), for undo.
    UndoStep step{change.id, change.kind, change.entity, change.field, {}, {}};
    mStructureBefore = QJsonValue(QJsonValue::Undefined);
    if (change.kind == ServerChangeKind::card && !mUndoing) {
        query.prepare(QStringLiteral("SELECT jsonb_build_object('stage', stage, 'lane', lane, 'key', sort_key, 'fields', fields)::text "
                                     "FROM cards WHERE journey = ? AND id = ?"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(change.entity));
        if (!query.exec())
            return fail(&query);
        if (query.next()) {
            const QJsonObject row = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
            if (change.field == ServerChangeField::deleted)
                step.before = row;
            else if (change.field == ServerChangeField::position)
                step.before = QJsonObject{{QStringLiteral("stage"), row[QLatin1String("stage")]},
                                          {QStringLiteral("lane"), row[QLatin1String("lane")]},
                                          {QStringLiteral("key"), row[QLatin1String("key")]}};
            else if (change.field != ServerChangeField::added)
                step.before = row[QLatin1String("fields")].toObject().value(change.field);
        }
    } else if (change.kind == ServerChangeKind::lock && !mUndoing) {
        query.prepare(QStringLiteral("SELECT reason FROM locks WHERE journey = ? AND kind = ? AND target = ?"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(change.field);
        query.addBindValue(idText(change.entity));
        if (!query.exec())
            return fail(&query);
        const bool wasLocked = query.next();
        step.before = QJsonObject{{QStringLiteral("locked"), wasLocked},
                                  {QStringLiteral("reason"), wasLocked ? query.value(0).toString() : QString()}};
    }
    if (!entityWrite(db, query, change, &message)) {
        message = ServerRoles::explainRefusal(message);
        db.rollback();
        return std::nullopt;
    }
    if (ServerChangeKind::isStructure(change.kind) || change.kind == ServerChangeKind::vote || change.kind == ServerChangeKind::dot
        || change.kind == ServerChangeKind::comment || ServerChangeKind::isListItem(change.kind) || change.kind == ServerChangeKind::journey
        || change.kind == ServerChangeKind::dataset)
        step.before = mStructureBefore;
    step.after = change.value;
    query.prepare(QStringLiteral("INSERT INTO changes (id, journey, author, seen, kind, entity, field, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)"));
    query.addBindValue(change.id);
    query.addBindValue(idText(mJourneyId));
    query.addBindValue(change.author);
    query.addBindValue(change.seen);
    query.addBindValue(change.kind);
    query.addBindValue(idText(change.entity));
    query.addBindValue(change.field);
    query.addBindValue(jsonText(change.value));
    if (!query.exec())
        return fail(&query);
    query.prepare(QStringLiteral("UPDATE journeys SET last_change = ?, last_changed = now() WHERE id = ?"));
    query.addBindValue(change.id);
    query.addBindValue(idText(mJourneyId));
    if (!query.exec())
        return fail(&query);
    // Delivered at commit, to every session listening (this one too).
    query.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    query.addBindValue(QString::fromLatin1(notifyChannel));
    query.addBindValue(idText(mJourneyId) + u':' + QString::number(change.id));
    if (!query.exec())
        return fail(&query);
    query.finish();
    if (!db.commit()) {
        message = ServerSessionText::tr("the change was not saved on %1: %2").arg(mAddress.display(), db.lastError().text().trimmed());
        return fail(nullptr);
    }
    mMine.insert(change.id);
    if (isUndoable(change) && !mUndoing) {
        mUndo.push_back(step);
        if (!mRedoing && !mReplaying)
            endRedo();
    }
    QString catchUpError;
    if (!catchUp(&catchUpError) && mConnected)
        emit connectionLost(catchUpError);
    return change.id;
}

bool ServerSession::catchUp(QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (!mConnected) {
        message = ServerSessionText::tr("not connected to %1").arg(mAddress.display());
        return false;
    }
    if (!mDatasetsUnread.empty())
        readUnreadDatasets();
    QSqlDatabase db = QSqlDatabase::database(mConnectionName, false);
    for (;;) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id, author, seen, kind, entity, field, jsonb_build_array(value)::text, time FROM changes "
                                     "WHERE journey = ? AND id > ? ORDER BY id LIMIT %1")
                          .arg(catchUpBatch));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(mLastSeen);
        if (!query.exec()) {
            message = ServerSessionText::tr("reading the changes on %1 failed: %2").arg(mAddress.display(), query.lastError().text().trimmed());
            if (query.lastError().type() == QSqlError::ConnectionError || !db.isOpen())
                lose(message);
            return false;
        }
        std::vector<ServerChange> changes;
        while (query.next()) {
            ServerChange change;
            change.id = query.value(0).toLongLong();
            change.author = query.value(1).toString();
            change.seen = query.value(2).toLongLong();
            change.kind = query.value(3).toString();
            change.entity = QUuid::fromString(query.value(4).toString());
            change.field = query.value(5).toString();
            change.value = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array().at(0);
            change.time = query.value(7).toDateTime().toUTC();
            changes.push_back(std::move(change));
        }
        query.finish();
        for (const ServerChange &change : changes) {
            // A slot may have written (and so caught up) while we emitted.
            if (change.id > mLastSeen)
                apply(change);
        }
        if (changes.size() < std::size_t(catchUpBatch))
            return true;
    }
}

void ServerSession::apply(const ServerChange &change)
{
    // The arrows a deleted card takes along (alone, or with its stage or lane), for undo's
    // refusals (serversessionlists.cpp) and to tell their authors.
    std::vector<QUuid> arrowsGone;
    if (change.field == ServerChangeField::deleted
        && (change.kind == ServerChangeKind::card || change.kind == ServerChangeKind::stage || change.kind == ServerChangeKind::lane)) {
        QSet<QString> cards;
        if (change.kind == ServerChangeKind::card)
            cards.insert(idText(change.entity));
        for (const QJsonValue &card : change.value.toObject()[QLatin1String("cards")].toArray())
            cards.insert(card.toString());
        for (const QJsonValue &arrow : mParts.base[QLatin1String("connections")].toArray()) {
            if (cards.contains(arrow[QLatin1String("from")].toString()) || cards.contains(arrow[QLatin1String("to")].toString()))
                arrowsGone.push_back(QUuid::fromString(arrow[QLatin1String("id")].toString()));
        }
    }
    applyChange(mParts, change);
    for (const QUuid &arrow : arrowsGone)
        mNewestOn[{arrow, ServerChangeField::deleted}] = change;
    mLastSeen = change.id;
    markStale(change);
    if (change.kind == ServerChangeKind::dataset && !mMine.count(change.id) && mTransfers) {
        // Our worker's write, whose NOTIFY came before its outcome: ours, with what we sent.
        DatasetOutcome outcome;
        if (DatasetJob *job = mTransfers->committing(change.id, &outcome)) {
            job->applied = true;
            outcome.dataset = job->data;
            mDatasetOwn[change.id] = outcome;
            mMine.insert(change.id);
        }
    }
    const bool own = mMine.count(change.id) > 0;
    if (change.kind == ServerChangeKind::lock) {
        const auto before = mNewestLock.find({change.field, change.entity});
        mLockBefore[change.id] = before == mNewestLock.end() ? ServerChange{} : before->second;
        mNewestLock[{change.field, change.entity}] = change;
        applyLock(change);
    }
    // A dataset someone else changed is read by the worker; `changed` comes when it is in.
    const bool announce = change.kind != ServerChangeKind::dataset || applyDataset(change, own);
    const bool entityChange = change.kind == ServerChangeKind::card || ServerChangeKind::isStructure(change.kind)
        || change.kind == ServerChangeKind::vote || change.kind == ServerChangeKind::comment || ServerChangeKind::isListItem(change.kind)
        || change.kind == ServerChangeKind::journey || change.kind == ServerChangeKind::dataset;
    if (entityChange) {
        mNewestOn[{change.entity, change.field}] = change;
        mNewestOnCard[change.entity] = change;
    }
    if (change.kind == ServerChangeKind::dot) // the newest dot placed or taken back in its vote (and card), for undo's and redo's refusals
        ServerRedo::noteDot(*this, change);
    std::vector<LostChange> lost;
    // Our edits of a thing someone deleted without having seen them are lost with it.
    const auto loseEditsOf = [&](const QUuid &entity, bool arrowWithCard) {
        auto it = mOurFields.lower_bound({entity, QString()});
        while (it != mOurFields.end() && it->first.first == entity) {
            if (!own && change.concurrentWith(it->second))
                lost.push_back({it->second, change, arrowWithCard});
            it = mOurFields.erase(it);
        }
    };
    for (const QUuid &arrow : arrowsGone)
        loseEditsOf(arrow, true);
    if (entityChange && change.field == ServerChangeField::deleted) {
        loseEditsOf(change.entity, false);
        // A stage's or lane's cards went with it (a department's only lost it).
        const bool cardsGone = change.kind == ServerChangeKind::stage || change.kind == ServerChangeKind::lane;
        for (const QJsonValue &item : change.value.toObject()[QLatin1String("cards")].toArray()) {
            const QUuid card = QUuid::fromString(item.toString());
            const QString field = cardsGone ? ServerChangeField::deleted : QStringLiteral("department");
            mNewestOn[{card, field}] = change;
            mNewestOnCard[card] = change;
            if (cardsGone)
                loseEditsOf(card, false);
        }
    } else if (entityChange) {
        const std::pair key{change.entity, change.field};
        if (own) {
            mOurFields[key] = change.id;
        } else if (const auto it = mOurFields.find(key); it != mOurFields.end()) {
            if (change.concurrentWith(it->second))
                lost.push_back({it->second, change});
            mOurFields.erase(it);
        }
    }
    if (change.kind == ServerChangeKind::vote)
        scheduleVoteClose(); // a vote with a time limit started, closed or changed
    if (announce)
        emit changed(change, own);
    for (const LostChange &item : lost) {
        mLost.push_back(item);
        emit overwritten(item);
    }
}

bool ServerSession::announce(PresenceNote note, QString *error)
{
    if (!mConnected) {
        if (error)
            *error = ServerSessionText::tr("not connected to %1").arg(mAddress.display());
        return false;
    }
    static const char *const words[] = {"hello", "here", "bye"};
    // journey|note|session|author: the author last, since a name may hold any character.
    const QString payload = idText(mJourneyId) + u'|' + QLatin1String(words[int(note)]) + u'|' + mApplicationName + u'|' + mAuthor;
    QSqlQuery query(QSqlDatabase::database(mConnectionName, false));
    query.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    query.addBindValue(QString::fromLatin1(presenceChannel));
    query.addBindValue(payload);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text().trimmed();
        return false;
    }
    return true;
}

void ServerSession::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name == QLatin1String(presenceChannel)) {
        const QStringList parts = payload.toString().split(u'|');
        if (parts.size() < 4 || QUuid::fromString(parts[0]) != mJourneyId || parts[2] == mApplicationName)
            return;
        static const QStringList words{QStringLiteral("hello"), QStringLiteral("here"), QStringLiteral("bye")};
        const qsizetype word = words.indexOf(parts[1]);
        if (word >= 0)
            emit presenceNoted(parts[2], parts.mid(3).join(u'|'), PresenceNote(word));
        return;
    }
    if (name == QLatin1String(followChannel)) {
        onFollowNotification(payload.toString());
        return;
    }
    if (name == QLatin1String(membersChannel)) {
        onMembersNotification(payload.toString());
        return;
    }
    if (name != QLatin1String(notifyChannel))
        return;
    const QString text = payload.toString();
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0 || QUuid::fromString(QStringView(text).left(colon)) != mJourneyId)
        return;
    if (text.mid(colon + 1).toLongLong() <= mLastSeen)
        return; // our own, or read already
    QString error;
    if (!catchUp(&error) && mConnected)
        emit connectionLost(error);
}

} // namespace waymark
