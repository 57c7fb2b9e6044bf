#include "statscommand.h"

#include "data/metrics/metric.h"
#include "statsrequest.h"
#include "texttable.h"
#include "commandlinetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace waymark {

namespace {


double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QString twoDecimals(double value)
{
    return QString::number(rounded(value), 'f', 2);
}

} // namespace

QString statsCommandUsage()
{
    return CommandLineText::tr("  waymark stats FILE --metric M [--value COLUMN] [--by DIM,...] [--sheet NAME|N]\n"
                    "              [--map COLUMN=FIELD ...] [--format table|csv|json]\n"
                    "                                a metric per group with n and its 95 % interval; M: nps csat\n"
                    "                                ces audit enps mean; FILE: answers (CSV, TSV, JSON, xlsx; one per\n"
                    "                                row or aggregated counts) or a journey with such a dataset. DIM:\n"
                    "                                journey stage touchpoint segment channel department location\n"
                    "                                month quarter year\n"
                    "  waymark stats postgresql://[USER@]HOST[:PORT]/DB --table T | --query SQL --metric M [--by DIM,...]\n"
                    "              [--map COLUMN=FIELD ...] [--timeout SECONDS] [--format table|csv|json]\n"
                    "                                the same from answers kept in PostgreSQL: the server counts per\n"
                    "                                group, no answer is copied; the password comes from ~/.pgpass\n");
}

int runStatsCommand(const QStringList &args)
{
    StatsRequest request;
    if (const auto status = parseStatsRequest(args, true, request))
        return *status;
    StatsInput input;
    if (const auto status = loadStatsInput(request, input))
        return *status;
    const Metric &metric = *input.dataset->metric();
    const std::vector<MetricGroup> groups = input.groups(metric, request.by);
    const QStringList bandKeys = metric.bandKeys();
    const bool means = std::any_of(groups.begin(), groups.end(), [](const MetricGroup &g) { return g.summary.hasMean; });

    QTextStream out(stdout);
    if (request.format == QLatin1String("json")) {
        QJsonArray array;
        for (const MetricGroup &group : groups) {
            QJsonObject key;
            for (const auto &[dimension, label] : group.key)
                key.insert(dimensionKey(dimension), label);
            const MetricSummary &s = group.summary;
            QJsonObject item{{QStringLiteral("group"), key}, {QStringLiteral("n"), s.n}};
            item.insert(QStringLiteral("value"), s.hasValue ? QJsonValue(rounded(s.value)) : QJsonValue());
            item.insert(QStringLiteral("low95"), s.hasValue ? QJsonValue(rounded(s.low95)) : QJsonValue());
            item.insert(QStringLiteral("high95"), s.hasValue ? QJsonValue(rounded(s.high95)) : QJsonValue());
            for (qsizetype b = 0; b < bandKeys.size(); ++b)
                item.insert(bandKeys[b], group.tally.bands[std::size_t(b)]);
            if (s.hasMean) {
                item.insert(QStringLiteral("mean"), rounded(s.mean));
                item.insert(QStringLiteral("sd"), rounded(s.sd));
            }
            item.insert(QStringLiteral("smallSample"), s.smallSample);
            array.append(item);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    QStringList header;
    for (Dimension dimension : request.by)
        header << dimensionKey(dimension);
    header << QStringLiteral("n") << metric.key() << QStringLiteral("low95") << QStringLiteral("high95") << bandKeys;
    if (means)
        header << QStringLiteral("mean") << QStringLiteral("sd");
    QList<QStringList> rows;
    for (const MetricGroup &group : groups) {
        QStringList row;
        for (const auto &part : group.key)
            row << part.second;
        const MetricSummary &s = group.summary;
        row << QString::number(s.n, 'f', 0);
        if (s.hasValue)
            row << twoDecimals(s.value) << twoDecimals(s.low95) << (s.smallSample ? twoDecimals(s.high95) + u'*' : twoDecimals(s.high95));
        else
            row << QString() << QString() << QString();
        for (qsizetype b = 0; b < bandKeys.size(); ++b)
            row << QString::number(group.tally.bands[std::size_t(b)], 'f', 0);
        if (means)
            row << (s.hasMean ? twoDecimals(s.mean) : QString()) << (s.hasMean ? twoDecimals(s.sd) : QString());
        rows << row;
    }
    if (request.format == QLatin1String("csv")) {
        out << header.join(u',') << '\n';
        for (QStringList row : std::as_const(rows)) {
            for (QString &field : row)
                field = csvField(field.remove(u'*'));
            out << row.join(u',') << '\n';
        }
        return 0;
    }
    printTable(out, header, rows, qsizetype(request.by.size()));
    if (std::any_of(groups.begin(), groups.end(), [](const MetricGroup &g) { return g.summary.smallSample; }))
        out << CommandLineText::tr("* fewer than %1 answers: a weak signal").arg(metric.trustedSample()) << '\n';
    return 0;
}

} // namespace waymark
