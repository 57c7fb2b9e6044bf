#include "npscommand.h"

#include "data/importjob.h"
#include "statsrequest.h"
#include "texttable.h"
#include "data/npsstatistics.h"
#include "format/journeyfiles.h"
#include "commandlinetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace waymark {

namespace {


double roundedToHundredths(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

QString npsCommandUsage()
{
    return CommandLineText::tr("  waymark nps FILE [--by DIM,...] [--format table|csv|json] [--map COLUMN=FIELD ...]\n"
                    "              [--encoding NAME] [--delimiter C]\n"
                    "                                NPS with n, shares and ±95 % margin per group; FILE is a\n"
                    "                                responses file (CSV, TSV, JSON, NDJSON) or a journey with an\n"
                    "                                NPS dataset. DIM: journey stage touchpoint segment channel\n"
                    "                                department location month quarter year\n");
}

int runNpsCommand(const QStringList &args)
{
    StatsRequest request;
    if (const auto status = parseStatsRequest(args, false, request))
        return *status;
    StatsInput input;
    if (const auto status = loadStatsInput(request, input))
        return *status;
    const AnswerTable &table = input.dataset->answers;
    const std::vector<Dimension> &by = request.by;
    const QString &format = request.format;
    const std::optional<Journey> &journey = input.journey;

    const std::vector<NpsGroup> groups = input.counted ? npsGroups(input.counted->groups) : groupNps(table, by, journey ? &*journey : nullptr);
    QTextStream out(stdout);
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const NpsGroup &group : groups) {
            QJsonObject key;
            for (const auto &[dimension, label] : group.key)
                key.insert(dimensionKey(dimension), label);
            const NpsSummary &s = group.summary;
            array.append(QJsonObject{{QStringLiteral("group"), key}, {QStringLiteral("n"), s.n},
                                     {QStringLiteral("promoters"), s.promoters}, {QStringLiteral("passives"), s.passives},
                                     {QStringLiteral("detractors"), s.detractors}, {QStringLiteral("nps"), roundedToHundredths(s.nps)},
                                     {QStringLiteral("moe95"), roundedToHundredths(s.moe95)}, {QStringLiteral("lowConfidence"), s.lowConfidence}});
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    QStringList header;
    for (Dimension dimension : by)
        header << dimensionKey(dimension);
    header << QStringLiteral("n") << QStringLiteral("promoters") << QStringLiteral("passives") << QStringLiteral("detractors")
           << QStringLiteral("nps") << QStringLiteral("moe95");
    QList<QStringList> rows;
    for (const NpsGroup &group : groups) {
        QStringList row;
        for (const auto &part : group.key)
            row << part.second;
        const NpsSummary &s = group.summary;
        row << QString::number(s.n) << QString::number(s.promoters) << QString::number(s.passives)
            << QString::number(s.detractors) << QString::number(roundedToHundredths(s.nps), 'f', 2)
            << (s.lowConfidence ? QString::number(roundedToHundredths(s.moe95), 'f', 2) + u'*' : QString::number(roundedToHundredths(s.moe95), 'f', 2));
        rows << row;
    }
    if (format == QLatin1String("csv")) {
        out << header.join(u',') << '\n';
        for (QStringList row : std::as_const(rows)) {
            row.last().remove(u'*');
            for (QString &field : row)
                field = csvField(field);
            out << row.join(u',') << '\n';
        }
        return 0;
    }
    printTable(out, header, rows, qsizetype(by.size()));
    if (std::any_of(groups.begin(), groups.end(), [](const NpsGroup &g) { return g.summary.lowConfidence; }))
        out << CommandLineText::tr("* fewer than 30 answers: a weak signal") << '\n';
    return 0;
}

} // namespace waymark
