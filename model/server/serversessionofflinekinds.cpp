// Off the network, every kind (docs/server.md, "Off the network"): stages, lanes, departments,
// votes (deleted with their dots too), dots taken back, comments changed or deleted, arrows,
// personas, participants, the journey's title, description, currency and settings, the agenda
// and the business case are queued as the change itself and replayed through the very writers
// the live path uses, so the database's rules (roles, locks, the frozen board, a closed vote)
// decide at replay as they would have decided online. What met someone else's change, or was
// refused, goes into the replay report with who and why; nothing is dropped unsaid. Cards,
// comments added and dots placed keep their own queueing (serversessionoffline.cpp).
#include "server/serversession.h"

#include "server/serverlists.h"
#include "server/serversql.h"
#include "server/serverstructure.h"
#include "server/serverworkshop.h"
#include "server/serversessiontext.h"
#include "server/changevaluekeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace waymark {

namespace {

using ChangeValueKeys::itemKey;
using ChangeValueKeys::afterKey;

using ServerSql::cardTitle;
using ServerSql::idText;

const QJsonObject *commentIn(const JourneyParts &parts, const QUuid &id)
{
    const auto it = std::find_if(parts.comments.begin(), parts.comments.end(),
                                 [&](const QJsonObject &comment) { return uuidOf(comment[QLatin1String("id")]) == id; });
    return it == parts.comments.end() ? nullptr : &*it;
}

// Whether a queued edit of this kind is a new thing (its value holds the thing itself).
bool adds(const QueuedEdit &edit)
{
    return edit.field == ServerChangeField::added;
}

} // namespace

QueuedEdit ServerSession::queuedOf(const ServerChange &change)
{
    const bool kept = ServerChangeKind::isStructure(change.kind) || ServerChangeKind::isListItem(change.kind)
        || change.kind == ServerChangeKind::journey || change.kind == ServerChangeKind::vote
        || (change.kind == ServerChangeKind::dot && change.field == ServerChangeField::deleted)
        || (change.kind == ServerChangeKind::comment && change.field != ServerChangeField::added);
    // Locks are about the moment (a lane locked during a talk); sent an hour later they would
    // lock out people who never saw why: they wait for the connection (docs/server.md).
    if (!kept)
        return {};
    QueuedEdit edit;
    edit.kind = change.kind;
    edit.entity = change.entity;
    edit.field = change.field;
    edit.value = change.value;
    return edit;
}

bool ServerSession::itemThere(const QString &kind, const QUuid &id) const
{
    if (ServerChangeKind::isStructure(kind))
        return ServerStructure::indexOf(mParts.base[ServerStructure::listKey(kind)].toArray(), id) >= 0;
    if (ServerChangeKind::isListItem(kind))
        return !ServerLists::itemIn(mParts.base, kind, id).isEmpty();
    if (kind == ServerChangeKind::vote)
        return !ServerWorkshop::voteIn(mParts.base, id).isEmpty();
    if (kind == ServerChangeKind::comment)
        return commentIn(mParts, id) != nullptr;
    return true; // the journey; a dot taken back names its vote, participant and card, not itself
}

QString ServerSession::itemTitle(const QueuedEdit &edit, const JourneyParts &parts) const
{
    const QJsonObject value = edit.value.toObject();
    if (edit.kind == ServerChangeKind::card)
        return parts.cards.count(edit.entity) ? cardTitle(parts, edit.entity) : QString();
    if (edit.kind == ServerChangeKind::dot)
        return parts.cards.count(uuidOf(value[QLatin1String("card")])) ? cardTitle(parts, uuidOf(value[QLatin1String("card")])) : QString();
    if (edit.kind == ServerChangeKind::comment) {
        const QJsonObject *comment = commentIn(parts, edit.entity);
        return comment ? (*comment)[QLatin1String("text")].toString() : QString();
    }
    if (edit.kind == ServerChangeKind::journey)
        return parts.base[QLatin1String("title")].toString();
    QJsonObject item;
    if (adds(edit))
        item = edit.kind == ServerChangeKind::vote ? value : value[itemKey].toObject();
    else if (ServerChangeKind::isStructure(edit.kind)) {
        const QJsonArray list = parts.base[ServerStructure::listKey(edit.kind)].toArray();
        const int at = ServerStructure::indexOf(list, edit.entity);
        item = at < 0 ? QJsonObject() : list[at].toObject();
    } else if (edit.kind == ServerChangeKind::vote)
        item = ServerWorkshop::voteIn(parts.base, edit.entity);
    else
        item = ServerLists::itemIn(parts.base, edit.kind, edit.entity);
    if (item.isEmpty())
        return {};
    if (edit.kind == ServerChangeKind::vote || edit.kind == ServerChangeKind::agenda || edit.kind == ServerChangeKind::opportunity)
        return item[QLatin1String("title")].toString();
    if (edit.kind != ServerChangeKind::arrow)
        return item[QLatin1String("name")].toString();
    const QString label = item[QLatin1String("label")].toString();
    const auto end = [&](const char *key) {
        const QUuid card = uuidOf(item[QLatin1String(key)]);
        return cardTitle(parts.cards.count(card) ? parts : mShownOffline, card);
    };
    return !label.isEmpty() ? label : ServerSessionText::tr("%1 → %2").arg(end("from"), end("to"));
}

QString ServerSession::replayTitle(const QueuedEdit &edit) const
{
    QString title = itemTitle(edit, mParts);
    if (title.isEmpty())
        title = itemTitle(edit, mShownOffline);
    return title.isEmpty() ? idText(edit.kind == ServerChangeKind::dot ? uuidOf(edit.value[QLatin1String("card")]) : edit.entity) : title;
}

std::optional<ServerChange> ServerSession::changedSinceBy(const QueuedEdit &edit)
{
    // The thing itself, and for a stage or lane the cards in it now (someone's new card there
    // would go with it).
    QJsonArray entities{idText(edit.entity)};
    if (edit.kind == ServerChangeKind::stage || edit.kind == ServerChangeKind::lane) {
        for (const auto &[id, row] : mParts.cards) {
            if ((edit.kind == ServerChangeKind::stage ? row.stage : row.lane) == edit.entity)
                entities.append(idText(id));
        }
    }
    // For a vote, also the dots placed in it (their changes name the vote in their value):
    // deleting it would take someone's dot along unseen. A dot taken back loses nobody anything.
    const QString dotsOfVote = edit.kind == ServerChangeKind::vote ? idText(edit.entity) : QString();
    QSqlQuery query(QSqlDatabase::database(mConnectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, author, kind, entity::text FROM changes WHERE journey = ? AND id > ? "
                                 "AND (entity::text IN (SELECT jsonb_array_elements_text(?::jsonb)) OR (kind = 'dot' AND field = 'added' AND value->>'vote' = ?)) "
                                 "ORDER BY id DESC"));
    query.addBindValue(idText(mJourneyId));
    query.addBindValue(edit.seen);
    query.addBindValue(QString::fromUtf8(QJsonDocument(entities).toJson(QJsonDocument::Compact)));
    query.addBindValue(dotsOfVote);
    if (!query.exec())
        return std::nullopt; // the write itself finds out whether the connection is there
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (mMine.count(id))
            continue;
        ServerChange change;
        change.id = id;
        change.author = query.value(1).toString();
        change.kind = query.value(2).toString();
        change.entity = QUuid::fromString(query.value(3).toString());
        return change;
    }
    return std::nullopt;
}

ServerSession::ReplayStep ServerSession::replayItem(const QueuedEdit &edit, ReplayReport &report)
{
    const QJsonObject value = edit.value.toObject();
    ReplayConflict conflict;
    conflict.kind = edit.kind;
    conflict.field = edit.field;
    conflict.yours = edit.value;
    conflict.title = replayTitle(edit);
    if (edit.kind == ServerChangeKind::dot) {
        conflict.card = uuidOf(value[QLatin1String("card")]);
    } else if (edit.kind == ServerChangeKind::comment) {
        const QJsonObject *comment = commentIn(mParts, edit.entity);
        if (comment && (*comment)[QLatin1String("on")].toString() == QLatin1String("card"))
            conflict.card = uuidOf((*comment)[QLatin1String("target")]);
    }
    const bool removes = edit.field == ServerChangeField::deleted && edit.kind != ServerChangeKind::dot;
    const bool changesKey = !adds(edit) && edit.field != ServerChangeField::deleted;

    if (!adds(edit) && !itemThere(edit.kind, edit.entity)) {
        if (removes)
            return ReplayStep::Done; // gone already: what was meant happened
        auto deletion = newestOtherChange(edit.kind, edit.entity, ServerChangeField::deleted, 0);
        if (const auto gone = mNewestOn.find({edit.entity, ServerChangeField::deleted}); !deletion && gone != mNewestOn.end())
            deletion = gone->second; // an arrow gone with its card
        conflict.by = deletion ? deletion->author : QString();
        conflict.byChange = deletion ? deletion->id : 0;
        if (deletion && deletion->kind == ServerChangeKind::card)
            conflict.why = ServerSessionText::tr("%1 deleted card “%2” meanwhile, and it went with the card (change %3)")
                               .arg(deletion->author, cardTitle(mShownOffline.cards.count(deletion->entity) ? mShownOffline : mParts, deletion->entity))
                               .arg(deletion->id);
        else if (deletion)
            conflict.why = ServerSessionText::tr("%1 removed it meanwhile (change %2)").arg(deletion->author).arg(deletion->id);
        else
            conflict.why = ServerSessionText::tr("it is not in the journey any more");
        report.conflicts.push_back(conflict);
        return ReplayStep::Done;
    }
    if (adds(edit) && itemThere(edit.kind, edit.entity))
        return ReplayStep::Done; // there already
    if (removes) {
        // Removing what someone changed meanwhile would take their work along unseen (a lane
        // with the cards they put in it, a persona they renamed): it stays, and is reported.
        if (const auto by = changedSinceBy(edit)) {
            conflict.by = by->author;
            conflict.byChange = by->id;
            if (by->kind == ServerChangeKind::dot)
                conflict.why = ServerSessionText::tr("%1 placed a dot in it meanwhile (change %2); the vote was not deleted, nor its dots").arg(by->author).arg(by->id);
            else
                conflict.why = by->entity == edit.entity
                    ? ServerSessionText::tr("%1 changed it meanwhile (change %2); it was not removed").arg(by->author).arg(by->id)
                    : ServerSessionText::tr("%1 changed card “%2” in it meanwhile (change %3); it was not removed, nor the cards in it")
                          .arg(by->author, cardTitle(mParts, by->entity))
                          .arg(by->id);
            report.conflicts.push_back(conflict);
            return ReplayStep::Done;
        }
    }
    if (changesKey) {
        if (const auto theirs = newestOtherChange(edit.kind, edit.entity, edit.field, edit.seen)) {
            conflict.by = theirs->author;
            conflict.byChange = theirs->id;
            conflict.theirs = theirs->value;
            // The edit made later stays, as for a card's field (clocks of two machines).
            if (theirs->time > edit.madeAt) {
                conflict.kept = ReplayConflict::Kept::Theirs;
                report.conflicts.push_back(conflict);
                return ReplayStep::Done;
            }
            conflict.kept = ReplayConflict::Kept::Yours;
        }
    }

    QString error;
    std::optional<qint64> id;
    if (ServerChangeKind::isStructure(edit.kind)) {
        // Where it went after: that neighbour, or first when the neighbour went meanwhile (as redo).
        QUuid after = uuidOf(value[afterKey]);
        if (!after.isNull() && !itemThere(edit.kind, after))
            after = QUuid();
        if (adds(edit))
            id = addStructure(edit.kind, value[itemKey].toObject(), after, &error);
        else if (edit.field == ServerChangeField::position)
            id = moveStructure(edit.kind, edit.entity, after, &error);
        else if (removes)
            id = removeStructure(edit.kind, edit.entity, &error);
        else
            id = setStructureField(edit.kind, edit.entity, edit.field, edit.value, &error);
    } else if (ServerChangeKind::isListItem(edit.kind)) {
        // (An `after` gone meanwhile puts the item last: ServerLists::apply.)
        if (adds(edit))
            id = addListItem(edit.kind, value[itemKey].toObject(), uuidOf(value[afterKey]), &error);
        else if (removes)
            id = removeListItem(edit.kind, edit.entity, &error);
        else if (edit.field == ServerChangeField::position)
            id = moveListItem(edit.kind, edit.entity, uuidOf(value[afterKey]), &error);
        else
            id = setListItemField(edit.kind, edit.entity, edit.field, edit.value, &error);
    } else if (edit.kind == ServerChangeKind::vote) {
        if (adds(edit))
            id = addVoteObject(value, &error);
        else if (removes && value[ServerWorkshop::withDotsKey].toBool())
            id = deleteVote(edit.entity, &error);
        else if (removes)
            id = removeVote(edit.entity, &error);
        else
            id = setVoteField(edit.entity, edit.field, edit.value, &error);
    } else if (edit.kind == ServerChangeKind::dot) {
        id = takeBackDot(uuidOf(value[QLatin1String("vote")]), uuidOf(value[QLatin1String("participant")]), conflict.card, &error);
    } else if (edit.kind == ServerChangeKind::comment) {
        id = removes ? deleteComment(edit.entity, &error) : setCommentField(edit.entity, edit.field, edit.value, &error);
    } else if (edit.kind == ServerChangeKind::journey) {
        id = setJourneyField(edit.field, edit.value, &error);
    } else {
        error = ServerSessionText::tr("“%1” changes are not kept offline").arg(edit.kind); // a queue from a newer Waymark
    }
    if (!id && !mConnected)
        return ReplayStep::Broke;
    if (id) {
        ++report.sent;
        if (conflict.kept == ReplayConflict::Kept::Yours)
            report.conflicts.push_back(conflict);
        return ReplayStep::Done;
    }
    // Refused (a role's rule, a lock, the frozen board, a closed vote): said, not dropped.
    conflict.kept = ReplayConflict::Kept::Neither;
    conflict.why = error;
    // Who, when it was someone: the one who closed the vote, or deleted a card of the arrow.
    if (edit.kind == ServerChangeKind::dot) {
        const QUuid vote = uuidOf(value[QLatin1String("vote")]);
        if (const auto closed = newestOtherChange(ServerChangeKind::vote, vote, QStringLiteral("closed"), edit.seen)) {
            conflict.by = closed->author;
            conflict.byChange = closed->id;
        }
    } else if (edit.kind == ServerChangeKind::arrow && adds(edit)) {
        for (const char *end : {"from", "to"}) {
            const QUuid card = uuidOf(value[itemKey][QLatin1String(end)]);
            const auto deletion = mNewestOn.find({card, ServerChangeField::deleted});
            if (!mParts.cards.count(card) && deletion != mNewestOn.end()) {
                conflict.by = deletion->second.author;
                conflict.byChange = deletion->second.id;
                // The writer can only name the card by its id (gone here); the offline view has its title.
                conflict.why = ServerSessionText::tr("%1 deleted card “%2” meanwhile (change %3); the arrow was not drawn")
                                   .arg(deletion->second.author, cardTitle(mShownOffline.cards.count(card) ? mShownOffline : mParts, card))
                                   .arg(deletion->second.id);
            }
        }
    }
    report.conflicts.push_back(conflict);
    return ReplayStep::Done;
}

} // namespace waymark
