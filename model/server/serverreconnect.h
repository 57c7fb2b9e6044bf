#pragma once

#include "warehouse/postgresurl.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QThread;

namespace waymark {

class ServerSession;

// Reconnects a shared journey's session after its connection broke (the server restarted,
// the laptop left the Wi-Fi), trying again after 1, 2, 4 … up to 60 seconds, so a server
// that is down for long is not hammered. Each try first reaches for the server from a worker
// thread, so a server that does not answer never freezes the window for the connection
// timeout; only then does the session (which lives in the window's thread, where its
// notifications arrive) connect and catch up on everything it missed. While connected it
// reads the changes every `checkIntervalMs` as well: a connection that died quietly (no write
// failed, no notification came) is noticed within that time, and a notification lost on the
// way costs no more than that.
class ServerReconnect : public QObject
{
    Q_OBJECT
public:
    ServerReconnect(ServerSession *session, const PostgresAddress &address, QObject *parent = nullptr);
    ~ServerReconnect() override;

    static constexpr int firstDelayMs = 1000;
    static constexpr int longestDelayMs = 60000;
    static constexpr int checkIntervalMs = 10000;
    static constexpr int probeTimeoutSeconds = 5;

    // `address` with a TCP user timeout of 20 s unless the URL sets one: a query on a
    // connection whose server vanished (a pulled cable sends no reset) then fails within
    // seconds instead of hanging the window for the operating system's minutes.
    static PostgresAddress withLiveTimeouts(PostgresAddress address);

    bool isWaiting() const { return mTimer.isActive() || mProbe; }
    // Tries now instead of waiting (the person clicked "Reconnect").
    void tryNow();
    // Checks the connection now (after a write failed: was it the connection?).
    void checkNow();

signals:
    // The connection broke; the next try is in `delayMs`.
    void lost(const QString &why, int delayMs);
    // A try failed; the next one is in `delayMs`.
    void retrying(const QString &why, int delayMs);
    void reconnected();

private:
    void onLost(const QString &why);
    void attempt();
    void probed(bool reachable, const QString &why);

    QPointer<ServerSession> mSession;
    PostgresAddress mAddress;
    QTimer mTimer;
    QTimer mCheck;
    QThread *mProbe = nullptr;
    int mDelayMs = firstDelayMs;
};

} // namespace waymark
