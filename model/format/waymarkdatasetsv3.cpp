#include "format/waymarkdatasetsv3.h"

#include "format/sqlitedb.h"
#include "format/waymarkreading.h"

namespace waymark {

void readStringRows(SqliteDatabase &db, qint64 dataset, StringPool &strings, const QString &what)
{
    SqliteStatement statement = db.prepare("SELECT idx, text FROM dataset_strings WHERE dataset = ?1 ORDER BY idx");
    statement.bind(1, dataset);
    strings.clearForReading();
    while (statement.next()) {
        if (statement.integer(0) != qint64(strings.size()))
            throw ReadFailure{WaymarkText::tr("%1: its text table has a gap").arg(what)};
        strings.append(statement.text(1));
    }
    if (!statement.ok())
        throw ReadFailure{WaymarkText::tr("The file is damaged (%1).").arg(db.lastError())};
    if (strings.size() == 0 || !strings.at(0).isEmpty())
        throw ReadFailure{WaymarkText::tr("%1: its text table does not start with the empty text").arg(what)};
}

void readNpsRowsV3(SqliteDatabase &db, qint64 dataset, AnswerTable &table, const QString &what)
{
    SqliteStatement statement = db.prepare("SELECT score, day, respondent, customer, segment, touchpoint, stage, channel,"
                                           " comment FROM nps_rows WHERE dataset = ?1 ORDER BY rowid");
    statement.bind(1, dataset);
    while (statement.next()) {
        const QString where = what; // row numbers are added below only when something is wrong
        const qint64 score = integerOf(statement, 0, where, WaymarkText::tr("score"));
        if (score < 0 || score > 10)
            throw ReadFailure{WaymarkText::tr("%1: score %2 is outside 0–10").arg(where).arg(score)};
        table.score.push_back(quint8(score));
        table.day.push_back(integerOf(statement, 1, where, WaymarkText::tr("date")));
        table.respondent.push_back(indexOf(statement, 2, where));
        table.customer.push_back(indexOf(statement, 3, where));
        table.segment.push_back(indexOf(statement, 4, where));
        table.touchpoint.push_back(indexOf(statement, 5, where));
        table.stage.push_back(indexOf(statement, 6, where));
        table.channel.push_back(indexOf(statement, 7, where));
        table.comment.push_back(indexOf(statement, 8, where));
    }
    table.department.assign(table.size(), 0); // format 6 added departments and locations
    table.location.assign(table.size(), 0);
    if (!statement.ok())
        throw ReadFailure{WaymarkText::tr("The file is damaged (%1).").arg(db.lastError())};
}

void readClvRowsV3(SqliteDatabase &db, qint64 dataset, ClvTable &table, const QString &what)
{
    SqliteStatement statement = db.prepare("SELECT customer, value, currency, segment, acquired FROM clv_rows"
                                           " WHERE dataset = ?1 ORDER BY rowid");
    statement.bind(1, dataset);
    while (statement.next()) {
        const QString where = what;
        table.customer.push_back(indexOf(statement, 0, where));
        table.value.push_back(numberOf(statement, 1, where, WaymarkText::tr("value")));
        table.currency.push_back(indexOf(statement, 2, where));
        table.segment.push_back(indexOf(statement, 3, where));
        table.acquired.push_back(integerOf(statement, 4, where, WaymarkText::tr("acquisition date")));
    }
    if (!statement.ok())
        throw ReadFailure{WaymarkText::tr("The file is damaged (%1).").arg(db.lastError())};
}

} // namespace waymark
