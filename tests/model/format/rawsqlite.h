#pragma once

#include <QFile>
#include <QString>

#include <sqlite3.h>

namespace waymark::test {

// Direct SQLite access for tests that build old files or break good ones. Deliberately
// independent of the SqliteDatabase wrapper under test. SQL here is fixed test text.
// Takes a current file back to format 6: drops what format 7 added (the business case).
inline constexpr const char *dropFormatSeven =
    // Format 10 (pictures), 9 (evidence, personas on cards) and 8 (card links) first, then 7.
    "DROP TABLE card_images; DROP TABLE persona_photos;"
    "ALTER TABLE touchpoints DROP COLUMN evidence; ALTER TABLE personas DROP COLUMN frustrations;"
    "DROP TABLE touchpoint_personas; DROP TABLE touchpoint_persona_emotions; DROP TABLE touchpoint_links;"
    "ALTER TABLE touchpoints DROP COLUMN system_age_years; ALTER TABLE touchpoints DROP COLUMN system_limitations;"
    "DROP TABLE system_supports; DROP TABLE opportunities; DROP TABLE opportunity_changes;"
    "DROP TABLE opportunity_added_cards; DROP TABLE opportunity_systems; DROP TABLE scenarios;"
    "DROP TABLE scenario_opportunities; PRAGMA user_version = 6;";

class RawSqlite
{
public:
    explicit RawSqlite(const QString &path, int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &mDb, flags, nullptr) != SQLITE_OK)
            mError = QString::fromUtf8(sqlite3_errmsg(mDb));
    }
    ~RawSqlite() { sqlite3_close(mDb); }
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    bool exec(const QByteArray &sql)
    {
        char *message = nullptr;
        const bool ok = sqlite3_exec(mDb, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK;
        if (!ok)
            mError = QString::fromUtf8(message ? message : sqlite3_errmsg(mDb));
        sqlite3_free(message);
        return ok;
    }

    // First column of the first row; `fallback` when there is no row.
    qint64 integer(const QByteArray &sql, qint64 fallback = -1) const
    {
        sqlite3_stmt *statement = nullptr;
        qint64 value = fallback;
        if (sqlite3_prepare_v2(mDb, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return value;
    }

    QString text(const QByteArray &sql) const
    {
        sqlite3_stmt *statement = nullptr;
        QString value;
        if (sqlite3_prepare_v2(mDb, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)),
                                      sqlite3_column_bytes(statement, 0));
        sqlite3_finalize(statement);
        return value;
    }

    QString error() const { return mError; }

private:
    sqlite3 *mDb = nullptr;
    QString mError;
};

// A copy of the file `good` at `copy`, broken with `sql`; empty when that fails (the SQL's
// error is printed, so a typo in a test says so).
inline QString brokenCopy(const QString &good, const QString &copy, const QByteArray &sql)
{
    QFile::remove(copy);
    if (!QFile::copy(good, copy))
        return {};
    RawSqlite db(copy);
    if (!db.exec(sql)) {
        qWarning("%s", qPrintable(db.error()));
        return {};
    }
    return copy;
}

} // namespace waymark::test
