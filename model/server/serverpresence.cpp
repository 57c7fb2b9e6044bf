#include "server/serverpresence.h"

namespace waymark {

ServerPresence::ServerPresence(ServerSession *session, QObject *parent)
    : QObject(parent)
    , mSession(session)
{
    mClock.start();
    connect(session, &ServerSession::presenceNoted, this, &ServerPresence::noted);
    connect(&mTimer, &QTimer::timeout, this, &ServerPresence::tick);
    mTimer.start(announceMs);
    mLast = people();
    hello();
}

QStringList ServerPresence::people() const
{
    QStringList names;
    if (mSession)
        names << mSession->author();
    for (const auto &[session, seen] : mOthers)
        names << seen.author;
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    return names;
}

void ServerPresence::hello()
{
    if (mSession)
        mSession->announce(PresenceNote::Hello, nullptr);
}

void ServerPresence::noted(const QString &session, const QString &author, PresenceNote note)
{
    if (note == PresenceNote::Bye) {
        mOthers.erase(session);
    } else {
        const bool known = mOthers.count(session) > 0;
        mOthers[session] = {author, mClock.elapsed()};
        // A newcomer learns who is here from the answers (once per newcomer).
        if (note == PresenceNote::Hello && mSession)
            mSession->announce(PresenceNote::Here, nullptr);
        if (known && note == PresenceNote::Here)
            return; // nothing new to show
    }
    publish();
}

void ServerPresence::tick()
{
    if (mSession && mSession->isConnected())
        mSession->announce(PresenceNote::Here, nullptr);
    const qint64 now = mClock.elapsed();
    for (auto it = mOthers.begin(); it != mOthers.end();) {
        if (now - it->second.at > goneAfterMs)
            it = mOthers.erase(it);
        else
            ++it;
    }
    publish();
}

void ServerPresence::publish()
{
    const QStringList now = people();
    if (now == mLast)
        return;
    mLast = now;
    emit changed(now);
}

} // namespace waymark
