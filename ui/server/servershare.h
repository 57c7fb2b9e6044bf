#pragma once

#include "server/followme.h"
#include "server/lockcontrols.h"
#include "server/serverpresence.h"
#include "server/serverreconnect.h"
#include "server/serversession.h"
#include "server/sharedjourney.h"

#include <QDateTime>

#include <memory>

namespace waymark {

// What the window holds while its journey is shared on a server: the session, the live
// bridge to the document, and the reconnection. Destroyed in the reverse order, the session
// last.
struct ServerShare {
    std::unique_ptr<ServerSession> session;
    std::unique_ptr<SharedJourney> bridge;
    std::unique_ptr<ServerReconnect> reconnect;
    std::unique_ptr<ServerPresence> presence;
    std::unique_ptr<LockControls> locks;
    std::unique_ptr<FollowMe> follow;
    QString where; // the server as people read it: postgresql://host/db
    QString problem; // what the status bar's server label says is wrong (empty: connected)
    QString details;
    QDateTime offlineCopy; // opened from this laptop's copy written then, until the server answers
    bool replayShown = false; // the reconnection's status line is the replay's summary
};

} // namespace waymark
