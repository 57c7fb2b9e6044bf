#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace waymark {

// Where a PostgreSQL database is, read from a connection URL as libpq writes them:
// postgresql://[user@]host[:port]/database[?host=/socket/folder&port=…&sslmode=…]. The host
// may be a socket folder (percent-encoded in the host part, or in ?host=). A password is
// refused: it would end up in shell histories and journey files; libpq reads it from
// ~/.pgpass (or PGPASSWORD) instead.
struct PostgresAddress {
    QString host;       // name, address or socket folder; empty: libpq's default socket
    int port = -1;      // -1: libpq's default (5432)
    QString user;       // empty: libpq's default (the login name)
    QString database;
    // libpq connection options passed on as they are (sslmode, connect_timeout, …).
    QList<QPair<QString, QString>> options;

    // The address as a URL again, without any secret: what messages and journeys show.
    QString display() const;
    bool operator==(const PostgresAddress &) const = default;
};

bool isPostgresUrl(const QString &text);
// nullopt with `error` saying what is wrong in the URL.
std::optional<PostgresAddress> parsePostgresUrl(const QString &url, QString *error);

} // namespace waymark
