#include "server/serverreconnect.h"

#include "server/serversession.h"
#include "warehouse/postgresconnection.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace waymark {

ServerReconnect::ServerReconnect(ServerSession *session, const PostgresAddress &address, QObject *parent)
    : QObject(parent)
    , mSession(session)
    , mAddress(address)
{
    mTimer.setSingleShot(true);
    connect(&mTimer, &QTimer::timeout, this, &ServerReconnect::attempt);
    connect(session, &ServerSession::connectionLost, this, &ServerReconnect::onLost);
    connect(&mCheck, &QTimer::timeout, this, &ServerReconnect::checkNow);
    mCheck.start(checkIntervalMs);
}

ServerReconnect::~ServerReconnect()
{
    if (mProbe) {
        // At most probeTimeoutSeconds: the probe's connection times out by itself.
        disconnect(mProbe, nullptr, this, nullptr);
        mProbe->wait();
        delete mProbe;
    }
}

PostgresAddress ServerReconnect::withLiveTimeouts(PostgresAddress address)
{
    const auto set = [&](const QString &key, const QString &value) {
        for (const auto &option : std::as_const(address.options)) {
            if (option.first == key)
                return; // the URL's own choice stays
        }
        address.options.append({key, value});
    };
    // Every check sends a query, so unacknowledged data is what a dead server leaves: the
    // user timeout alone ends the wait (keepalives would only matter for a silent socket).
    set(QStringLiteral("tcp_user_timeout"), QStringLiteral("20000"));
    return address;
}

void ServerReconnect::checkNow()
{
    if (!mSession || isWaiting() || !mSession->isConnected())
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
    if (isWaiting())
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
    if (!mSession || mProbe)
        return;
    auto result = std::make_shared<std::pair<bool, QString>>(false, QString());
    mProbe = QThread::create([address = mAddress, result] {
        const QString name = QStringLiteral("waymark-probe-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            QSqlDatabase db = openPostgres(address, name, probeTimeoutSeconds);
            result->first = db.isOpen();
            result->second = db.lastError().text().trimmed();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    connect(mProbe, &QThread::finished, this, [this, result] {
        mProbe->deleteLater();
        mProbe = nullptr;
        probed(result->first, result->second);
    });
    mProbe->start();
}

void ServerReconnect::probed(bool reachable, const QString &why)
{
    QString error = why;
    if (reachable && mSession && mSession->connectToServer(&error)) {
        mDelayMs = firstDelayMs;
        emit reconnected();
        return;
    }
    mDelayMs = std::min(mDelayMs * 2, longestDelayMs);
    mTimer.start(mDelayMs);
    emit retrying(error, mDelayMs);
}

} // namespace waymark
