#include "format/waymarkworkshop.h"

#include "format/waymarkids.h"
#include "format/waymarkreading.h"
#include "journey.h"

#include <QDateTime>

namespace waymark {

namespace {

using WaymarkIds::nullableIdText;

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime timeOf(const SqliteStatement &row, int column, const QString &what, bool nullable = false)
{
    const QString text = row.text(column);
    if (nullable && text.isEmpty())
        return {};
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        throw ReadFailure{WaymarkText::tr("%1 has a time that is not a date and time (\"%2\")").arg(what, text)};
    return time.toUTC();
}

} // namespace

void readWorkshop(SqliteDatabase &db, Journey &journey)
{
    forEachRow(db, "SELECT id, name, department_id, colour FROM participants ORDER BY position", [&](const SqliteStatement &row, int n) {
        const QString what = WaymarkText::tr("Participant %1 (\"%2\")").arg(n + 1).arg(row.text(1));
        const QColor colour = QColor::fromString(row.text(3));
        if (!colour.isValid())
            throw ReadFailure{WaymarkText::tr("%1 has an invalid colour \"%2\"").arg(what, row.text(3))};
        journey.participants.push_back({uuidOf(row, 0, what), row.text(1), uuidOf(row, 2, what, true), colour});
    });
    forEachRow(db, "SELECT id, title, scope, budget, minutes, hidden, closed, started_at FROM votes ORDER BY position",
               [&](const SqliteStatement &row, int n) {
                   const QString what = WaymarkText::tr("Vote %1 (\"%2\")").arg(n + 1).arg(row.text(1));
                   VoteRound round;
                   round.id = uuidOf(row, 0, what);
                   round.title = row.text(1);
                   round.scope = enumOf(voteScopeFromName(row.text(2)), what, WaymarkText::tr("scope"), row.text(2));
                   const qint64 budget = integerOf(row, 3, what, WaymarkText::tr("budget"));
                   const qint64 minutes = integerOf(row, 4, what, WaymarkText::tr("time limit"));
                   // Narrowed to int only once in range; Journey::problems() says what the range is.
                   round.budget = int(std::clamp<qint64>(budget, -1, 1000));
                   round.minutes = int(std::clamp<qint64>(minutes, -1, 100000));
                   round.hidden = integerOf(row, 5, what, WaymarkText::tr("hidden flag")) != 0;
                   round.closed = integerOf(row, 6, what, WaymarkText::tr("closed flag")) != 0;
                   round.startedAt = timeOf(row, 7, what, true);
                   journey.votes.push_back(std::move(round));
               });
    forEachRow(db, "SELECT vote, participant_id, touchpoint_id FROM vote_dots ORDER BY vote, position", [&](const SqliteStatement &row, int n) {
        const QString what = WaymarkText::tr("Dot %1").arg(n + 1);
        const qint64 vote = integerOf(row, 0, what, WaymarkText::tr("vote"));
        if (vote < 0 || vote >= qint64(journey.votes.size()))
            throw ReadFailure{WaymarkText::tr("%1 belongs to a vote that does not exist").arg(what)};
        journey.votes[std::size_t(vote)].dots.push_back({uuidOf(row, 1, what), uuidOf(row, 2, what)});
    });
    forEachRow(db, "SELECT id, title, done FROM agenda ORDER BY position", [&](const SqliteStatement &row, int n) {
        const QString what = WaymarkText::tr("Agenda step %1 (\"%2\")").arg(n + 1).arg(row.text(1));
        journey.agenda.push_back({uuidOf(row, 0, what), row.text(1), integerOf(row, 2, what, WaymarkText::tr("done flag")) != 0});
    });
    forEachRow(db,
               "SELECT id, reply_to, target_kind, target_id, author, department_id, time, text, resolved FROM comments ORDER BY position",
               [&](const SqliteStatement &row, int n) {
                   const QString what = WaymarkText::tr("Comment %1").arg(n + 1);
                   Comment comment;
                   comment.id = uuidOf(row, 0, what);
                   comment.parentId = uuidOf(row, 1, what, true);
                   comment.target = enumOf(commentTargetFromName(row.text(2)), what, WaymarkText::tr("target"), row.text(2));
                   comment.targetId = uuidOf(row, 3, what, true);
                   comment.author = row.text(4);
                   comment.departmentId = uuidOf(row, 5, what, true);
                   comment.time = timeOf(row, 6, what);
                   comment.text = row.text(7);
                   comment.resolved = integerOf(row, 8, what, WaymarkText::tr("resolved flag")) != 0;
                   journey.comments.push_back(std::move(comment));
               });
}

bool writeWorkshop(SqliteDatabase &db, const Journey &journey)
{
    bool ok = true;
    SqliteStatement participant = db.prepare("INSERT INTO participants VALUES (?1, ?2, ?3, ?4, ?5)");
    for (std::size_t i = 0; ok && i < journey.participants.size(); ++i) {
        const Participant &p = journey.participants[i];
        participant.bind(1, qint64(i));
        participant.bind(2, nullableIdText(p.id));
        participant.bind(3, p.name);
        participant.bind(4, nullableIdText(p.departmentId));
        participant.bind(5, p.colour.name(QColor::HexRgb));
        ok = participant.exec();
    }
    SqliteStatement vote = db.prepare("INSERT INTO votes VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    SqliteStatement dot = db.prepare("INSERT INTO vote_dots VALUES (?1, ?2, ?3, ?4)");
    for (std::size_t i = 0; ok && i < journey.votes.size(); ++i) {
        const VoteRound &round = journey.votes[i];
        vote.bind(1, qint64(i));
        vote.bind(2, nullableIdText(round.id));
        vote.bind(3, round.title);
        vote.bind(4, voteScopeName(round.scope));
        vote.bind(5, qint64(round.budget));
        vote.bind(6, qint64(round.minutes));
        vote.bind(7, round.hidden);
        vote.bind(8, round.closed);
        vote.bind(9, timeText(round.startedAt));
        ok = vote.exec();
        for (std::size_t d = 0; ok && d < round.dots.size(); ++d) {
            dot.bind(1, qint64(i));
            dot.bind(2, qint64(d));
            dot.bind(3, nullableIdText(round.dots[d].participantId));
            dot.bind(4, nullableIdText(round.dots[d].touchpointId));
            ok = dot.exec();
        }
    }
    SqliteStatement step = db.prepare("INSERT INTO agenda VALUES (?1, ?2, ?3, ?4)");
    for (std::size_t i = 0; ok && i < journey.agenda.size(); ++i) {
        step.bind(1, qint64(i));
        step.bind(2, nullableIdText(journey.agenda[i].id));
        step.bind(3, journey.agenda[i].title);
        step.bind(4, journey.agenda[i].done);
        ok = step.exec();
    }
    SqliteStatement comment = db.prepare("INSERT INTO comments VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    for (std::size_t i = 0; ok && i < journey.comments.size(); ++i) {
        const Comment &c = journey.comments[i];
        comment.bind(1, qint64(i));
        comment.bind(2, nullableIdText(c.id));
        comment.bind(3, nullableIdText(c.parentId));
        comment.bind(4, commentTargetName(c.target));
        comment.bind(5, nullableIdText(c.targetId));
        comment.bind(6, c.author);
        comment.bind(7, nullableIdText(c.departmentId));
        comment.bind(8, timeText(c.time));
        comment.bind(9, c.text);
        comment.bind(10, c.resolved);
        ok = comment.exec();
    }
    return ok;
}

} // namespace waymark
