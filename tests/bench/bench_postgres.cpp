// Survey answers that stay in PostgreSQL (issue 20): N answers generated inside a throwaway
// server (tests/support/postgresserver.h), then `waymark stats postgresql://… --by
// touchpoint,quarter` against psql running the same aggregate statement, alternately, as
// whole processes. The counts are checked equal before any ratio is printed.
//
//   waymark_bench_postgres WAYMARK [--answers N] [--runs R] [--serve]
//
// --serve loads the answers, prints both commands and keeps the server until standard input
// closes, for timing them with another tool.

#include "postgresserver.h"
#include "warehouse/postgressource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <iostream>

using namespace waymark;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

struct Timed {
    double seconds = 0;
    QByteArray output;
    bool ok = false;
};

Timed timed(const QStringList &command)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(command.first(), command.mid(1));
    process.waitForFinished(-1);
    Timed result;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.output = process.readAllStandardOutput();
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!result.ok)
        std::cerr << process.readAllStandardError().constData();
    return result;
}

QString quarterOf(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? QStringLiteral("%1-Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1) : QString();
}

// "touchpoint|quarter start|score|count" rows -> "touchpoint,quarter" -> detractors, passives, promoters.
QMap<QString, std::array<qint64, 3>> countsFromPsql(const QByteArray &output)
{
    QMap<QString, std::array<qint64, 3>> counts;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> fields = line.split('|');
        if (fields.size() != 4 || fields[2].isEmpty())
            continue;
        const int score = fields[2].toInt();
        auto &bands = counts[QString::fromUtf8(fields[0]) + u',' + quarterOf(QString::fromUtf8(fields[1]))];
        bands[score >= 9 ? 2 : score >= 7 ? 1 : 0] += fields[3].toLongLong();
    }
    return counts;
}

// Waymark's --format csv: touchpoint,quarter,n,nps,low95,high95,detractors,passives,promoters,mean,sd.
QMap<QString, std::array<qint64, 3>> countsFromWaymark(const QByteArray &output)
{
    QMap<QString, std::array<qint64, 3>> counts;
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].split(',');
        if (fields.size() < 9)
            continue;
        counts[QString::fromUtf8(fields[0] + ',' + fields[1])] = {fields[6].toLongLong(), fields[7].toLongLong(), fields[8].toLongLong()};
    }
    return counts;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::cerr << "usage: waymark_bench_postgres WAYMARK [--answers N] [--runs R] [--serve]\n";
        return 2;
    }
    const QString waymarkBinary = args.takeFirst();
    qint64 answers = 10'000'000;
    int runs = 5;
    bool serve = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--answers") && i + 1 < args.size())
            answers = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--serve"))
            serve = true;
    }
    if (!test::PostgresServer::installed()) {
        std::cerr << qPrintable(test::PostgresServer::notInstalledMessage()) << '\n';
        return 1;
    }
    test::PostgresServer server;
    // A modest server: the warehouse does the work on the machine's cores either way.
    server.setSetting(QStringLiteral("shared_buffers"), QStringLiteral("'512MB'"));
    server.setSetting(QStringLiteral("work_mem"), QStringLiteral("'64MB'"));
    if (!server.start() || !server.createDatabase(QStringLiteral("bench"))) {
        std::cerr << qPrintable(server.error()) << '\n';
        return 1;
    }
    QElapsedTimer loading;
    loading.start();
    // 40 touchpoints, three years of days, three segments; scores spread over 0–10. A bigint
    // series: i * 37 passes the integer range past 58 million answers.
    const auto loaded = server.psql(QStringLiteral("bench"),
                                    QStringLiteral("CREATE TABLE answers AS SELECT "
                                                   "CAST((i * 7 + i / 13) % 11 AS smallint) AS score, "
                                                   "'tp-' || lpad(CAST(i % 40 AS text), 2, '0') AS touchpoint, "
                                                   "DATE '2023-01-01' + CAST((i * 37) % 1096 AS integer) AS date, "
                                                   "(ARRAY['mass', 'affluent', 'sme'])[1 + CAST((i / 5) % 3 AS integer)] AS segment "
                                                   "FROM generate_series(CAST(1 AS bigint), %1) AS i")
                                        .arg(answers));
    if (!loaded || !server.psql(QStringLiteral("bench"), QStringLiteral("VACUUM ANALYZE answers"))) {
        std::cerr << qPrintable(server.error()) << '\n';
        return 1;
    }
    const QString size = server.psql(QStringLiteral("bench"), QStringLiteral("SELECT pg_size_pretty(pg_total_relation_size('answers'))"))->trimmed();
    out() << QStringLiteral("%1 answers generated in the server in %2 s (table %3)").arg(answers).arg(double(loading.elapsed()) / 1000, 0, 'f', 1).arg(size)
          << Qt::endl;

    // The statement Waymark sends, for psql to run as it is.
    QString error;
    PostgresAnswerSource source;
    source.address = *parsePostgresUrl(server.url(QStringLiteral("bench")), &error);
    source.table = QStringLiteral("answers");
    const auto fetched = readPostgresAnswers(source, {Dimension::Touchpoint, Dimension::Quarter}, {}, &error);
    if (!fetched) {
        std::cerr << qPrintable(error) << '\n';
        return 1;
    }
    const QStringList waymark{waymarkBinary, QStringLiteral("stats"), server.url(QStringLiteral("bench")), QStringLiteral("--table"),
                              QStringLiteral("answers"), QStringLiteral("--metric"), QStringLiteral("nps"), QStringLiteral("--by"),
                              QStringLiteral("touchpoint,quarter"), QStringLiteral("--format"), QStringLiteral("csv")};
    const QStringList psql = server.psqlCommand(QStringLiteral("bench"))
        + QStringList{QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-c"), fetched->sql};
    out() << QStringLiteral("statement: %1").arg(fetched->sql) << Qt::endl;
    out() << QStringLiteral("groups × scores that crossed the connection: %1").arg(fetched->dataset.answers->size()) << Qt::endl;

    if (serve) {
        const auto shell = [](const QStringList &command) {
            QStringList words;
            for (QString word : command)
                words << u'\'' + word.replace(u'\'', QLatin1String("'\\''")) + u'\'';
            return words.join(u' ');
        };
        out() << QStringLiteral("waymark: %1").arg(shell(waymark)) << Qt::endl;
        out() << QStringLiteral("psql: %1").arg(shell(psql)) << Qt::endl;
        out() << QStringLiteral("serving until standard input closes") << Qt::endl;
        std::string line;
        while (std::getline(std::cin, line)) {
        }
        return 0;
    }

    // Counts first: no ratio without equal figures.
    const Timed first = timed(waymark), reference = timed(psql);
    if (!first.ok || !reference.ok)
        return 1;
    const auto ours = countsFromWaymark(first.output), theirs = countsFromPsql(reference.output);
    if (ours.isEmpty() || ours != theirs) {
        std::cerr << "the counts differ between waymark and psql\n";
        return 1;
    }
    qint64 total = 0;
    for (const auto &bands : ours)
        total += bands[0] + bands[1] + bands[2];
    out() << QStringLiteral("counts equal: %1 groups, %2 answers").arg(ours.size()).arg(total) << Qt::endl;

    std::vector<double> a, b, ratios;
    for (int run = 0; run < runs; ++run) {
        const Timed x = timed(waymark), y = timed(psql);
        a.push_back(x.seconds);
        b.push_back(y.seconds);
        ratios.push_back(x.seconds / y.seconds);
    }
    out() << QStringLiteral("waymark stats postgresql://… median %1 s; psql -c (same statement) median %2 s; ratio median %3 (%4 runs each)")
                 .arg(median(a), 0, 'f', 3)
                 .arg(median(b), 0, 'f', 3)
                 .arg(median(ratios), 0, 'f', 3)
                 .arg(runs)
          << Qt::endl;
    return 0;
}
