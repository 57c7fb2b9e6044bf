#include "server/serverreconnect.h"

#include "server/serversession.h"

#include <algorithm>

namespace waymark {

ServerReconnect::ServerReconnect(ServerSession *session, QObject *parent)
    : QObject(parent)
    , mSession(session)
{
    mTimer.setSingleShot(true);
    connect(&mTimer, &QTimer::timeout, this, &ServerReconnect::attempt);
    connect(session, &ServerSession::connectionLost, this, &ServerReconnect::onLost);
    connect(&mCheck, &QTimer::timeout, this, &ServerReconnect::checkNow);
    mCheck.start(checkIntervalMs);
}

void ServerReconnect::checkNow()
{
    if (!mSession || mTimer.isActive() || !mSession->isConnected())
        return;
    QString error;
    if (mSession->catchUp(&error))
        return;
    // A read that fails on an open connection (the server went away while we were idle):
    // start afresh rather than keep a connection that only looks open.
    mSession->disconnectFromServer();
    onLost(error);
}

void ServerReconnect::onLost(const QString &why)
{
    if (mTimer.isActive())
        return;
    mDelayMs = firstDelayMs;
    mTimer.start(mDelayMs);
    emit lost(why, mDelayMs);
}

void ServerReconnect::tryNow()
{
    mTimer.stop();
    attempt();
}

void ServerReconnect::attempt()
{
    if (!mSession)
        return;
    QString error;
    if (mSession->connectToServer(&error)) {
        mDelayMs = firstDelayMs;
        emit reconnected();
        return;
    }
    mDelayMs = std::min(mDelayMs * 2, longestDelayMs);
    mTimer.start(mDelayMs);
    emit retrying(error, mDelayMs);
}

} // namespace waymark
