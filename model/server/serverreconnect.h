#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace waymark {

class ServerSession;

// Reconnects a shared journey's session after its connection broke (the server restarted,
// the laptop left the Wi-Fi), trying again after 1, 2, 4 … up to 60 seconds, so a server
// that is down for long is not hammered. The journey stays open meanwhile; the session
// catches up on everything it missed when it is back. While connected it reads the changes
// every `checkIntervalMs` as well: a connection that died quietly (no write failed, no
// notification came) is noticed within that time, and a notification lost on the way
// costs no more than that.
class ServerReconnect : public QObject
{
    Q_OBJECT
public:
    explicit ServerReconnect(ServerSession *session, QObject *parent = nullptr);

    static constexpr int firstDelayMs = 1000;
    static constexpr int longestDelayMs = 60000;
    static constexpr int checkIntervalMs = 10000;

    bool isWaiting() const { return mTimer.isActive(); }
    // Milliseconds until the next try (0 when none is planned).
    int nextDelayMs() const { return mTimer.isActive() ? mTimer.remainingTime() : 0; }
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

    QPointer<ServerSession> mSession;
    QTimer mTimer;
    QTimer mCheck;
    int mDelayMs = firstDelayMs;
};

} // namespace waymark
