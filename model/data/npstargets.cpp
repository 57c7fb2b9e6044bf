#include "data/npstargets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace waymark {

namespace {
const QString benchmarkKey = QStringLiteral("nps/benchmark");
const QString benchmarkNameKey = QStringLiteral("nps/benchmarkName");
const QString goalsKey = QStringLiteral("nps/goals");
} // namespace

std::optional<int> quarterNumber(const QString &quarter)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    const auto match = pattern.match(quarter.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt() * 4 + match.captured(2).toInt() - 1;
}

QString quarterName(int number)
{
    return QStringLiteral("%1-Q%2").arg(number / 4).arg(number % 4 + 1);
}

std::optional<double> NpsGoal::at(const QString &quarter) const
{
    const auto from = quarterNumber(startQuarter);
    const auto to = quarterNumber(quarter);
    if (!from || !to || *to < *from)
        return std::nullopt;
    return std::clamp(start + perQuarter * double(*to - *from), -100.0, 100.0);
}

NpsTargets NpsTargets::fromSettings(const QMap<QString, QString> &settings)
{
    NpsTargets targets;
    bool ok = false;
    const double benchmark = settings.value(benchmarkKey).toDouble(&ok);
    if (ok && benchmark >= -100 && benchmark <= 100)
        targets.benchmark = benchmark;
    targets.benchmarkName = settings.value(benchmarkNameKey);
    // Settings come from files: anything malformed is skipped, never trusted.
    const QJsonArray goals = QJsonDocument::fromJson(settings.value(goalsKey).toUtf8()).array();
    for (const QJsonValue &value : goals) {
        const QJsonObject object = value.toObject();
        NpsGoal goal{object.value(QStringLiteral("segment")).toString(), object.value(QStringLiteral("from")).toString(),
                     object.value(QStringLiteral("start")).toDouble(), object.value(QStringLiteral("perQuarter")).toDouble()};
        if (quarterNumber(goal.startQuarter) && goal.start >= -100 && goal.start <= 100)
            targets.goals.push_back(goal);
    }
    return targets;
}

QMap<QString, QString> NpsTargets::toSettings() const
{
    QMap<QString, QString> settings;
    settings.insert(benchmarkKey, benchmark ? QString::number(*benchmark, 'g', 10) : QString());
    settings.insert(benchmarkNameKey, benchmark ? benchmarkName : QString());
    QJsonArray array;
    for (const NpsGoal &goal : goals)
        array.append(QJsonObject{{QStringLiteral("segment"), goal.segment}, {QStringLiteral("from"), goal.startQuarter},
                                 {QStringLiteral("start"), goal.start}, {QStringLiteral("perQuarter"), goal.perQuarter}});
    settings.insert(goalsKey, array.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    return settings;
}

} // namespace waymark
