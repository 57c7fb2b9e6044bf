#pragma once

#include "journey.h"
#include "server/serverjourneys.h"
#include "warehouse/postgresurl.h"

#include <QFuture>
#include <QString>
#include <QUuid>

#include <vector>

class QWidget;

namespace waymark {

// What a job on the server brought back. Publishing and listing run in a worker thread with
// a connection of their own, so the window stays responsive while a server far away (or not
// there at all) takes its time: up to connectTimeoutSeconds.
struct ServerReply {
    bool ok = false;
    bool needsPassword = false; // the server asked for a password that ~/.pgpass did not give
    QString error;              // translated, naming the server
    QUuid id;                                // publish: the journey's id on the server
    std::vector<ServerJourneyInfo> journeys; // list
};

namespace ServerJobs {

constexpr int connectTimeoutSeconds = 10;

QFuture<ServerReply> publish(const PostgresAddress &address, const Journey &journey);
QFuture<ServerReply> list(const PostgresAddress &address);

// Whether the server's refusal to connect is about a missing or wrong password.
bool isPasswordRefusal(const QString &message);
// Asks for the password of `address` and hands it to libpq for this run of Waymark only
// (PGPASSWORD in the process's environment, never a file); false when the person cancels.
bool askPassword(QWidget *parent, const PostgresAddress &address);

} // namespace ServerJobs

} // namespace waymark
