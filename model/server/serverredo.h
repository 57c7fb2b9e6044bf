#pragma once

#include "server/serversession.h"

#include <optional>

namespace waymark {

// Redo while shared of the kinds beyond cards, structure and locks (docs/server.md, "Redo"):
// a dot taken back, a comment changed or deleted, a vote started, changed, closed or deleted
// (serverredoworkshop.cpp); an arrow, persona, participant, agenda step, opportunity or
// scenario, a journey field or setting (serverredolists.cpp); a dataset added, replaced or
// removed (serverredodatasets.cpp). Each is made again through the kind's own live writer,
// so it is a new change everybody receives and an undo step of its own; refused, naming who
// and which change, when someone else changed the thing after the undo.
//
// A friend of ServerSession rather than more of its members: the session's header is long
// enough, and these read only what undo keeps (the newest change on each thing) and call
// the writers every live edit calls.
class ServerRedo
{
public:
    using RedoStep = ServerSession::RedoStep;

    // Whether redo of `kind` lives here (the others: serversessionredo.cpp).
    static bool handles(const QString &kind);
    // Why the step may not be redone now (translated, "cannot redo: …"), or nothing.
    static std::optional<QString> refusal(const ServerSession &session, const RedoStep &redo);
    // Makes the step again; a refusal by the writer (the server's rule, another vote open, a
    // reply written meanwhile) comes back as "cannot redo: …".
    static std::optional<qint64> reapply(ServerSession &session, const RedoStep &redo, QString *error);
    // Keeps a dot change as the newest one in its vote and, taken back, as the newest take-back
    // of that participant's dot from that card in that vote (which redo's refusals ask about).
    static void noteDot(ServerSession &session, const ServerChange &dot);
    // The version of a dataset an undo is about to take away (and its place), for its redo.
    static std::optional<std::pair<DatasetRef, qint64>> datasetVersion(const ServerSession &session, const QUuid &dataset);
    // The field under which the newest take-back of that participant's dot from that card in
    // that vote is kept (entity: the card), for undo's and redo's refusals.
    static QString dotTakenBackKey(const QJsonValue &dot);

private:
    static std::optional<QString> workshopRefusal(const ServerSession &session, const RedoStep &redo);
    static std::optional<qint64> reapplyWorkshop(ServerSession &session, const RedoStep &redo, QString *error);
    static std::optional<QString> listRefusal(const ServerSession &session, const RedoStep &redo);
    static std::optional<qint64> reapplyList(ServerSession &session, const RedoStep &redo, QString *error);
    static std::optional<QString> journeyRefusal(const ServerSession &session, const RedoStep &redo);
    static std::optional<QString> datasetRefusal(const ServerSession &session, const RedoStep &redo);
    static std::optional<qint64> reapplyDataset(ServerSession &session, const RedoStep &redo, QString *error);
    // The change someone else made on (entity, field) after change `since`, or nothing (our
    // own later changes are redos: undo and redo alternate newest first).
    static const ServerChange *othersAfter(const ServerSession &session, const QUuid &entity, const QString &field, qint64 since);
    static const ServerChange *othersOnAfter(const ServerSession &session, const QUuid &entity, qint64 since);
};

} // namespace waymark
