#include "server/servermirror.h"

#include "commands/entityops.h"
#include "uuidhash.h"

#include <QCoreApplication>

#include <algorithm>

namespace waymark {

namespace {

template <typename T>
int indexOf(const std::vector<T> &items, const QUuid &id)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const T &item) { return item.id == id; });
    return it == items.end() ? -1 : int(it - items.begin());
}

template <typename T>
UuidHash<const T *> byId(const std::vector<T> &items)
{
    UuidHash<const T *> result;
    result.reserve(qsizetype(items.size()));
    for (const T &item : items)
        result.insert(item.id, &item);
    return result;
}

using Cell = QPair<QUuid, QUuid>;

// Each cell's cards in order: what the map shows (the order of cells among each other in the
// journey's list means nothing).
QHash<Cell, QList<QUuid>> cellOrders(const std::vector<Touchpoint> &cards)
{
    QHash<Cell, QList<QUuid>> cells;
    for (const Touchpoint &card : cards)
        cells[qMakePair(card.stageId, card.laneId)].append(card.id);
    return cells;
}

} // namespace

bool cardFieldsDiffer(const Touchpoint &a, const Touchpoint &b)
{
    Touchpoint placed = b;
    placed.stageId = a.stageId;
    placed.laneId = a.laneId;
    return !(a == placed);
}

MirrorServerJourney::MirrorServerJourney(JourneyDocument *document, const Journey &server)
    : JourneyCommand(document, QCoreApplication::translate("UndoCommands", "Changes by others"))
    , mServer(server)
{
}

bool MirrorServerJourney::apply()
{
    mChanged = false;
    mirrorAddedAndChanged<Department>();
    mirrorAddedAndChanged<Stage>();
    mirrorAddedAndChanged<Lane>();
    // Personas and participants (server schema 6) before the cards and dots that name them,
    // gone ones after the cards and dots that let go of them.
    mirrorAddedAndChanged<Persona>();
    mirrorAddedAndChanged<Participant>();
    mirrorCards();
    mirrorPlacements();
    mirrorConnections();
    mirrorComments();
    mirrorVotes();
    mirrorRemoved<Participant>();
    mirrorRemoved<Persona>();
    // The journey's own fields, the agenda and the business case (server schema 7).
    mirrorInfo();
    mirrorList<AgendaItem>();
    mirrorList<Opportunity>();
    mirrorList<Scenario>();
    mirrorDatasets(); // server schema 8
    mirrorRemoved<Lane>();
    mirrorRemoved<Stage>();
    mirrorRemoved<Department>();
    JourneyDocument *doc = document();
    mirrorOrder<Stage>([doc](int from, int to) { doc->moveStage(key(), from, to); });
    mirrorOrder<Lane>([doc](int from, int to) { doc->moveLane(key(), from, to); });
    // These lists have no move of their own: an item out of place goes and comes back at its place.
    mirrorOrder<Persona>([doc](int from, int to) {
        const Persona persona = doc->journey().personas[std::size_t(from)];
        doc->removePersona(key(), from);
        doc->insertPersona(key(), to, persona);
    });
    mirrorOrder<Participant>([doc](int from, int to) {
        const Participant participant = doc->journey().participants[std::size_t(from)];
        doc->removeParticipant(key(), from);
        doc->insertParticipant(key(), to, participant);
    });
    return mChanged;
}

template <typename T>
void MirrorServerJourney::mirrorAddedAndChanged()
{
    JourneyDocument *doc = document();
    const std::vector<T> &server = EntityOps<T>::items(mServer);
    for (std::size_t i = 0; i < server.size(); ++i) {
        const int at = indexOf(EntityOps<T>::items(doc->journey()), server[i].id);
        if (at < 0) {
            EntityOps<T>::insert(doc, key(), std::min(int(i), int(EntityOps<T>::items(doc->journey()).size())), server[i]);
            mChanged = true;
        } else if (!(EntityOps<T>::items(doc->journey())[std::size_t(at)] == server[i])) {
            EntityOps<T>::replace(doc, key(), server[i]);
            mChanged = true;
        }
    }
}

template <typename T>
void MirrorServerJourney::mirrorList()
{
    mirrorAddedAndChanged<T>();
    mirrorRemoved<T>();
    JourneyDocument *doc = document();
    // No move of their own: an item out of place goes and comes back at its place.
    mirrorOrder<T>([doc](int from, int to) {
        const T item = EntityOps<T>::items(doc->journey())[std::size_t(from)];
        EntityOps<T>::remove(doc, key(), from);
        EntityOps<T>::insert(doc, key(), to, item);
    });
}

void MirrorServerJourney::mirrorInfo()
{
    JourneyDocument *doc = document();
    const Journey &mine = doc->journey();
    if (mine.title != mServer.title || mine.description != mServer.description || mine.currency != mServer.currency) {
        doc->setInfo(key(), mServer.title, mServer.description, mServer.currency);
        mChanged = true;
    }
    QStringList keys = mine.settings.keys() + mServer.settings.keys();
    keys.removeDuplicates();
    for (const QString &setting : std::as_const(keys)) {
        if (doc->journey().settings.value(setting) != mServer.settings.value(setting)) {
            doc->setSetting(key(), setting, mServer.settings.value(setting)); // empty: removed
            mChanged = true;
        }
    }
}

template <typename T>
void MirrorServerJourney::mirrorRemoved()
{
    JourneyDocument *doc = document();
    const auto server = byId(EntityOps<T>::items(mServer));
    for (int i = int(EntityOps<T>::items(doc->journey()).size()) - 1; i >= 0; --i) {
        if (!server.contains(EntityOps<T>::items(doc->journey())[std::size_t(i)].id)) {
            EntityOps<T>::remove(doc, key(), i);
            mChanged = true;
        }
    }
}

template <typename T, typename Move>
void MirrorServerJourney::mirrorOrder(Move move)
{
    // Both lists hold the same items now; one move per item out of place.
    const std::vector<T> &server = EntityOps<T>::items(mServer);
    for (std::size_t i = 0; i < server.size(); ++i) {
        const int at = indexOf(EntityOps<T>::items(document()->journey()), server[i].id);
        if (at >= 0 && at != int(i)) {
            move(at, int(i));
            mChanged = true;
        }
    }
}

void MirrorServerJourney::mirrorCards()
{
    JourneyDocument *doc = document();
    const auto server = byId(mServer.touchpoints);
    const auto serverConnections = byId(mServer.connections);
    // Connections first: a card goes only after the arrows at it (as RemoveTouchpoints does).
    for (int i = int(doc->journey().connections.size()) - 1; i >= 0; --i) {
        if (!serverConnections.contains(doc->journey().connections[std::size_t(i)].id)) {
            doc->removeConnection(key(), i);
            mChanged = true;
        }
    }
    for (int i = int(doc->journey().touchpoints.size()) - 1; i >= 0; --i) {
        if (!server.contains(doc->journey().touchpoints[std::size_t(i)].id)) {
            doc->removeTouchpoint(key(), i);
            mChanged = true;
        }
    }
    for (const Touchpoint &card : mServer.touchpoints) {
        const Touchpoint *mine = doc->journey().touchpoint(card.id);
        if (!mine) {
            // At the end for now; mirrorPlacements() puts it in its place in the cell.
            doc->insertTouchpoint(key(), int(doc->journey().touchpoints.size()), card);
            mChanged = true;
        } else if (cardFieldsDiffer(*mine, card)) {
            Touchpoint updated = card;
            updated.stageId = mine->stageId; // cells change only through setPlacements()
            updated.laneId = mine->laneId;
            doc->replaceTouchpoint(key(), updated);
            mChanged = true;
        }
    }
}

void MirrorServerJourney::mirrorPlacements()
{
    JourneyDocument *doc = document();
    if (cellOrders(doc->journey().touchpoints) == cellOrders(mServer.touchpoints))
        return;
    std::vector<JourneyDocument::Placement> placements;
    placements.reserve(mServer.touchpoints.size());
    for (const Touchpoint &card : mServer.touchpoints)
        placements.push_back({card.id, card.stageId, card.laneId});
    doc->setPlacements(key(), placements);
    mChanged = true;
}

void MirrorServerJourney::mirrorConnections()
{
    JourneyDocument *doc = document();
    for (std::size_t i = 0; i < mServer.connections.size(); ++i) {
        const Connection &connection = mServer.connections[i];
        const int at = indexOf(doc->journey().connections, connection.id);
        if (at < 0) {
            doc->insertConnection(key(), std::min(int(i), int(doc->journey().connections.size())), connection);
            mChanged = true;
        } else if (!(doc->journey().connections[std::size_t(at)] == connection)) {
            doc->replaceConnection(key(), connection);
            mChanged = true;
        }
    }
}

void MirrorServerJourney::mirrorComments()
{
    JourneyDocument *doc = document();
    const auto server = byId(mServer.comments);
    for (int i = int(doc->journey().comments.size()) - 1; i >= 0; --i) {
        if (!server.contains(doc->journey().comments[std::size_t(i)].id)) {
            doc->removeComment(key(), i);
            mChanged = true;
        }
    }
    for (std::size_t i = 0; i < mServer.comments.size(); ++i) {
        const Comment &comment = mServer.comments[i];
        const int at = indexOf(doc->journey().comments, comment.id);
        if (at < 0) {
            doc->insertComment(key(), std::min(int(i), int(doc->journey().comments.size())), comment);
            mChanged = true;
        } else if (!(doc->journey().comments[std::size_t(at)] == comment)) {
            doc->replaceComment(key(), comment);
            mChanged = true;
        }
    }
}

void MirrorServerJourney::mirrorVotes()
{
    // Started, closed and changed live (server schema 5), dots and all.
    JourneyDocument *doc = document();
    const auto server = byId(mServer.votes);
    for (int i = int(doc->journey().votes.size()) - 1; i >= 0; --i) {
        if (!server.contains(doc->journey().votes[std::size_t(i)].id)) {
            doc->removeVote(key(), i);
            mChanged = true;
        }
    }
    for (std::size_t i = 0; i < mServer.votes.size(); ++i) {
        const VoteRound &vote = mServer.votes[i];
        const int at = indexOf(doc->journey().votes, vote.id);
        if (at < 0) {
            doc->insertVote(key(), std::min(int(i), int(doc->journey().votes.size())), vote);
            mChanged = true;
        } else if (!(doc->journey().votes[std::size_t(at)] == vote)) {
            doc->replaceVote(key(), vote);
            mChanged = true;
        }
    }
}

void MirrorServerJourney::mirrorDatasets()
{
    // A dataset is never changed in place: another pointer is another version, replaced whole
    // (its views count it anew); the same pointer is left alone, a million rows uncompared.
    JourneyDocument *doc = document();
    const std::vector<DatasetRef> &server = mServer.datasets;
    const auto indexIn = [](const std::vector<DatasetRef> &list, const QUuid &id) {
        const auto it = std::find_if(list.begin(), list.end(), [&](const DatasetRef &item) { return item->id == id; });
        return it == list.end() ? -1 : int(it - list.begin());
    };
    for (int i = int(doc->journey().datasets.size()) - 1; i >= 0; --i) {
        if (indexIn(server, doc->journey().datasets[std::size_t(i)]->id) < 0) {
            doc->removeDataset(key(), i);
            mChanged = true;
        }
    }
    for (int i = 0; i < int(server.size()); ++i) {
        const DatasetRef &wanted = server[std::size_t(i)];
        const int at = indexIn(doc->journey().datasets, wanted->id);
        if (at == i && doc->journey().datasets[std::size_t(i)].shared() == wanted.shared())
            continue;
        if (at == i) {
            doc->replaceDataset(key(), i, wanted);
        } else {
            if (at >= 0)
                doc->removeDataset(key(), at);
            doc->insertDataset(key(), i, wanted);
        }
        mChanged = true;
    }
}

} // namespace waymark
