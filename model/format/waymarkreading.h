#pragma once

// Helpers shared by the parts of the .waymark reader (journey, datasets). Internal to
// model/format: a failure is thrown as ReadFailure and turned into a FormatError by
// readWaymarkFile, so a half-read journey is left behind in one place.
#include "format/sqlitedb.h"
#include "format/waymarktext.h"

#include <QCoreApplication>
#include <QUuid>

#include <limits>
#include <optional>

namespace waymark {

// Thrown only inside the reader.
struct ReadFailure {
    QString message;
};

inline QUuid uuidOf(const SqliteStatement &row, int column, const QString &what, bool nullable = false)
{
    const QString text = row.text(column);
    if (nullable && text.isEmpty())
        return {};
    const QUuid id = QUuid::fromString(text);
    if (id.isNull())
        throw ReadFailure{WaymarkText::tr("%1 has an invalid id \"%2\"").arg(what, text)};
    return id;
}

template <typename Enum>
Enum enumOf(std::optional<Enum> value, const QString &what, const QString &field, const QString &key)
{
    if (!value)
        throw ReadFailure{WaymarkText::tr("%1 has an unknown %2 \"%3\"").arg(what, field, key)};
    return *value;
}

// Numbers must be stored as numbers: SQLite would quietly turn text into 0, and a real
// into a truncated integer.
inline qint64 integerOf(const SqliteStatement &row, int column, const QString &what, const QString &field)
{
    if (!row.isInteger(column))
        throw ReadFailure{WaymarkText::tr("%1 has a %2 that is not a whole number (\"%3\")").arg(what, field, row.text(column))};
    return row.integer(column);
}

inline double numberOf(const SqliteStatement &row, int column, const QString &what, const QString &field)
{
    if (!row.isNumber(column))
        throw ReadFailure{WaymarkText::tr("%1 has a %2 that is not a number (\"%3\")").arg(what, field, row.text(column))};
    return row.real(column);
}

// Runs a query and calls `readRow` for every row; any SQL error becomes a ReadFailure.
template <typename ReadRow>
void forEachRow(SqliteDatabase &db, const char *sql, ReadRow readRow)
{
    SqliteStatement statement = db.prepare(sql);
    if (!statement.isValid())
        throw ReadFailure{WaymarkText::tr("The file is damaged or incomplete (%1).").arg(db.lastError())};
    int row = 0;
    while (statement.next())
        readRow(statement, row++);
    if (!statement.ok())
        throw ReadFailure{db.timedOut() ? db.lastError() : WaymarkText::tr("The file is damaged (%1).").arg(db.lastError())};
}

// An integer column narrowed to an index or score: checked first, so a wild value cannot wrap
// into range.
inline quint32 indexOf(const SqliteStatement &row, int column, const QString &what)
{
    const qint64 value = integerOf(row, column, what, WaymarkText::tr("text reference"));
    if (value < 0 || value > qint64(std::numeric_limits<quint32>::max()))
        throw ReadFailure{WaymarkText::tr("%1 refers to text %2 that does not exist").arg(what).arg(value)};
    return quint32(value);
}

} // namespace waymark
