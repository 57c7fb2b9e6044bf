#include "npscommand.h"

#include "data/importjob.h"
#include "datasetinput.h"
#include "texttable.h"
#include "data/npsstatistics.h"
#include "format/journeyfiles.h"

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

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

QString npsCommandUsage()
{
    return Text::tr("  waymark nps FILE [--by DIM,...] [--format table|csv|json] [--map COLUMN=FIELD ...]\n"
                    "              [--encoding NAME] [--delimiter C]\n"
                    "                                NPS with n, shares and ±95 %% margin per group; FILE is a\n"
                    "                                responses file (CSV, TSV, JSON, NDJSON) or a journey with an\n"
                    "                                NPS dataset. DIM: journey stage touchpoint segment channel\n"
                    "                                month quarter year\n");
}

int runNpsCommand(const QStringList &args)
{
    QString file;
    QString format = QStringLiteral("table");
    std::vector<NpsDimension> by{NpsDimension::Journey};
    FileImportOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        QString error;
        if (takeImportOption(args, i, DatasetKind::Nps, options, &error)) {
            if (!error.isEmpty())
                return commandProblem(error, 2);
            continue;
        }
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size())
                return std::nullopt;
            return args[++i];
        };
        if (arg == QLatin1String("--by")) {
            const auto list = value();
            if (!list)
                return commandProblem(Text::tr("--by needs a list such as touchpoint,quarter"), 2);
            by.clear();
            for (const QString &key : list->split(u',', Qt::SkipEmptyParts)) {
                const auto dimension = dimensionFromKey(key);
                if (!dimension)
                    return commandProblem(Text::tr("unknown dimension “%1” (journey, stage, touchpoint, segment, channel, month, quarter, year)").arg(key), 2);
                by.push_back(*dimension);
            }
        } else if (arg == QLatin1String("--format")) {
            const auto f = value();
            if (!f || !QStringList{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")}.contains(*f))
                return commandProblem(Text::tr("--format takes table, csv or json"), 2);
            format = *f;
        } else if (arg.startsWith(QLatin1String("--")) || !file.isEmpty()) {
            return commandProblem(Text::tr("unexpected argument “%1”").arg(arg), 2);
        } else {
            file = arg;
        }
    }
    if (file.isEmpty())
        return commandProblem(Text::tr("nps needs a file: waymark nps FILE"), 2);

    options.choices.statisticsOnly = true;
    std::optional<Journey> journey;
    QString error;
    const std::optional<DatasetRef> dataset = datasetFromFile(file, DatasetKind::Nps, options, &journey, &error);
    if (!dataset)
        return commandProblem(error, 1);
    const NpsTable &table = (*dataset)->nps;

    const std::vector<NpsGroup> groups = groupNps(table, by, journey ? &*journey : nullptr);
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
                                     {QStringLiteral("detractors"), s.detractors}, {QStringLiteral("nps"), rounded(s.nps)},
                                     {QStringLiteral("moe95"), rounded(s.moe95)}, {QStringLiteral("lowConfidence"), s.lowConfidence}});
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    QStringList header;
    for (NpsDimension dimension : by)
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
            << QString::number(s.detractors) << QString::number(rounded(s.nps), 'f', 2)
            << (s.lowConfidence ? QString::number(rounded(s.moe95), 'f', 2) + u'*' : QString::number(rounded(s.moe95), 'f', 2));
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
        out << Text::tr("* fewer than 30 answers: a weak signal") << '\n';
    return 0;
}

} // namespace waymark
