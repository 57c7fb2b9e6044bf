#pragma once

#include "server/serversession.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <map>

namespace waymark {

// Who has a shared journey open right now, for the workshop dock. Nothing is stored on the
// server: sessions say hello on the presence channel when they come (everyone answers
// "here"), say "here" again every announceMs, and bye when they leave; a session not heard
// of for goneAfterMs (a laptop that crashed or lost the network) is taken off the list.
class ServerPresence : public QObject
{
    Q_OBJECT
public:
    static constexpr int announceMs = 15000;
    static constexpr int goneAfterMs = 40000;

    explicit ServerPresence(ServerSession *session, QObject *parent = nullptr);

    // Everyone connected, oneself included, each name once, sorted.
    QStringList people() const;
    // Says hello again (after a reconnection): everyone answers, so the list is whole again.
    void hello();

signals:
    void changed(const QStringList &people);

private:
    void noted(const QString &session, const QString &author, PresenceNote note);
    void tick();
    void publish();

    QPointer<ServerSession> mSession;
    struct Seen {
        QString author;
        qint64 at = 0;
    };
    std::map<QString, Seen> mOthers; // by session
    QElapsedTimer mClock;
    QTimer mTimer;
    QStringList mLast;
};

} // namespace waymark
