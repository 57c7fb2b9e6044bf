#include "format/sqlitedb.h"

#include "inputlimits.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <utility>

namespace waymark {

namespace {

struct SqliteText {
    Q_DECLARE_TR_FUNCTIONS(WaymarkFile)
};

} // namespace

SqliteDatabase::~SqliteDatabase()
{
    close();
}

bool SqliteDatabase::open(const QString &path, Mode mode)
{
    close();
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &mDb, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        recordError();
        if (!mDb)
            mErrorCode = rc;
        close();
        return false;
    }
    sqlite3_extended_result_codes(mDb, 1);
    harden();
    return true;
}

void SqliteDatabase::harden()
{
    // A .waymark file may come from anyone: its schema must not run code of its own while we
    // read it (triggers, views over recursive queries, functions with side effects), and no
    // value may be larger than a journey could need (a view returning 900 MB strings aborted
    // the reader). See https://sqlite.org/security.html.
    sqlite3_db_config(mDb, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(mDb, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(mDb, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(mDb, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(mDb, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(mDb, SQLITE_LIMIT_LENGTH, InputLimits::maxStoredValueBytes);
    sqlite3_limit(mDb, SQLITE_LIMIT_SQL_LENGTH, 1 << 20);
    sqlite3_limit(mDb, SQLITE_LIMIT_ATTACHED, 0);
}

void SqliteDatabase::setTimeLimit(std::chrono::milliseconds limit)
{
    mTimedOut = false;
    if (limit.count() <= 0) {
        sqlite3_progress_handler(mDb, 0, nullptr, nullptr);
        return;
    }
    mDeadline = std::chrono::steady_clock::now() + limit;
    // Every 10,000 virtual-machine steps: a few microseconds apart, too rare to cost anything.
    sqlite3_progress_handler(mDb, 10000, &SqliteDatabase::checkDeadline, this);
}

int SqliteDatabase::checkDeadline(void *database)
{
    auto *self = static_cast<SqliteDatabase *>(database);
    if (std::chrono::steady_clock::now() < self->mDeadline)
        return 0;
    self->mTimedOut = true;
    return 1; // SQLite stops the statement with SQLITE_INTERRUPT
}

void SqliteDatabase::close()
{
    if (mDb) {
        sqlite3_close_v2(mDb);
        mDb = nullptr;
    }
}

void SqliteDatabase::recordError()
{
    mErrorCode = mDb ? sqlite3_errcode(mDb) : SQLITE_CANTOPEN;
    mError = mDb ? QString::fromUtf8(sqlite3_errmsg(mDb)) : QString::fromUtf8(sqlite3_errstr(mErrorCode));
    if (mTimedOut)
        mError = SqliteText::tr("reading took longer than %n second(s); the file asks for far more work than any journey needs",
                                nullptr, int(InputLimits::maxReadTime.count()));
}

bool SqliteDatabase::exec(const char *sql)
{
    if (sqlite3_exec(mDb, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        recordError();
        return false;
    }
    return true;
}

SqliteStatement SqliteDatabase::prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(mDb, sql, -1, &statement, nullptr) != SQLITE_OK) {
        recordError();
        sqlite3_finalize(statement);
        statement = nullptr;
    }
    return SqliteStatement(this, statement);
}

qint64 SqliteDatabase::queryInt(const char *sql, qint64 fallback)
{
    SqliteStatement statement = prepare(sql);
    if (statement.isValid() && statement.next())
        return statement.integer(0);
    return fallback;
}

SqliteStatement::SqliteStatement(SqliteDatabase *db, sqlite3_stmt *statement)
    : mDb(db)
    , mStatement(statement)
    , mOk(statement != nullptr)
{
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : mDb(other.mDb)
    , mStatement(std::exchange(other.mStatement, nullptr))
    , mOk(other.mOk)
{
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(mStatement);
}

void SqliteStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(mStatement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(mStatement, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(mStatement, index, value);
}

void SqliteStatement::bindBlob(int index, QByteArrayView value)
{
    sqlite3_bind_blob64(mStatement, index, value.data(), sqlite3_uint64(value.size()), SQLITE_STATIC);
}

bool SqliteStatement::next()
{
    if (!mStatement)
        return false;
    const int rc = sqlite3_step(mStatement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        mOk = false;
        mDb->recordError();
    }
    return false;
}

bool SqliteStatement::exec()
{
    next();
    reset();
    return mOk;
}

void SqliteStatement::reset()
{
    sqlite3_reset(mStatement);
    sqlite3_clear_bindings(mStatement);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(mStatement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(mStatement, column)) : QString();
}

QByteArrayView SqliteStatement::blob(int column) const
{
    const void *data = sqlite3_column_blob(mStatement, column);
    return data ? QByteArrayView(static_cast<const char *>(data), sqlite3_column_bytes(mStatement, column)) : QByteArrayView();
}

bool SqliteStatement::isBlob(int column) const
{
    return sqlite3_column_type(mStatement, column) == SQLITE_BLOB;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(mStatement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(mStatement, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(mStatement, column) == SQLITE_NULL;
}

bool SqliteStatement::isInteger(int column) const
{
    return sqlite3_column_type(mStatement, column) == SQLITE_INTEGER;
}

bool SqliteStatement::isNumber(int column) const
{
    const int type = sqlite3_column_type(mStatement, column);
    return type == SQLITE_INTEGER || type == SQLITE_FLOAT;
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(mStatement);
}

} // namespace waymark
