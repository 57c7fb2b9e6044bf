#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <chrono>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace waymark {

// A thin RAII layer over the SQLite C API: a connection and prepared statements with
// typed bind/column helpers. Values always travel through bind parameters, never through
// SQL text.
class SqliteStatement;

class SqliteDatabase
{
public:
    enum class Mode { ReadOnly, ReadWriteCreate };

    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Every connection is opened as for a file from a stranger (SQLite's "defensive" settings:
    // no triggers, no views, no functions with side effects from the schema, values capped at
    // InputLimits::maxStoredValueBytes); Waymark's own schema uses none of them.
    bool open(const QString &path, Mode mode);
    void close();
    bool isOpen() const { return mDb != nullptr; }

    // Runs SQL without parameters (schema, pragmas, transactions).
    bool exec(const char *sql);
    SqliteStatement prepare(const char *sql);
    // Stops any statement still running `limit` from now with an error saying so, so a file
    // built to make queries run forever cannot hang the program. Zero lifts the limit.
    void setTimeLimit(std::chrono::milliseconds limit);
    bool timedOut() const { return mTimedOut; }

    // First column of the first row of a parameterless query, or `fallback`.
    qint64 queryInt(const char *sql, qint64 fallback = -1);

    QString lastError() const { return mError; }
    sqlite3 *handle() const { return mDb; } // for the few C API calls not wrapped here (backup)
    int lastErrorCode() const { return mErrorCode; }

private:
    friend class SqliteStatement;
    void recordError();
    void harden();
    static int checkDeadline(void *database);

    sqlite3 *mDb = nullptr;
    std::chrono::steady_clock::time_point mDeadline{};
    bool mTimedOut = false;
    QString mError;
    int mErrorCode = 0;
};

class SqliteStatement
{
public:
    SqliteStatement(SqliteDatabase *db, sqlite3_stmt *statement);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement &operator=(SqliteStatement &&) = delete;

    bool isValid() const { return mStatement != nullptr; }

    // Parameters are 1-based, as in SQLite.
    void bind(int index, const QString &value);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, bool value) { bind(index, qint64(value ? 1 : 0)); }
    void bind(int index, double value);
    // The bytes are not copied: they must stay alive until exec() or next().
    void bindBlob(int index, QByteArrayView value);

    // Steps once: true while a row is available. After the last row (or an error) false;
    // check ok() to tell them apart.
    bool next();
    // Runs a statement that returns no rows, then resets it for the next bind/exec.
    bool exec();
    bool ok() const { return mOk; }
    void reset();

    // Columns are 0-based, as in SQLite.
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    // Valid until the next step; empty for a NULL or zero-length value.
    QByteArrayView blob(int column) const;
    bool isBlob(int column) const;
    bool isNull(int column) const;
    // The value's storage class: SQLite keeps whatever a row was given, so a file from
    // elsewhere may hold text where a number belongs.
    bool isInteger(int column) const;
    bool isNumber(int column) const; // integer or real
    int columnCount() const;

private:
    SqliteDatabase *mDb;
    sqlite3_stmt *mStatement;
    bool mOk = true;
};

} // namespace waymark
