#include "data/metrictargets.h"

#include "data/metrics/metric.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {
QString key(const QString &metric, const char *name)
{
    return metric + u'/' + QLatin1String(name);
}
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

std::optional<double> MetricGoal::at(const QString &quarter, double lowest, double highest) const
{
    const auto from = quarterNumber(startQuarter);
    const auto to = quarterNumber(quarter);
    if (!from || !to || *to < *from)
        return std::nullopt;
    double value = start + perQuarter * double(*to - *from);
    if (!std::isnan(lowest))
        value = std::max(value, lowest);
    if (!std::isnan(highest))
        value = std::min(value, highest);
    return value;
}

std::optional<double> MetricGoal::at(const QString &quarter, const Metric &metric) const
{
    return at(quarter, metric.lowestValue(), metric.highestValue());
}

bool MetricTargets::inScale(const QString &metricKey, double value)
{
    const Metric *metric = metricByKey(metricKey);
    if (!metric || !std::isfinite(value))
        return false;
    // An open scale ("mean") takes any number.
    return (std::isnan(metric->lowestValue()) || value >= metric->lowestValue())
        && (std::isnan(metric->highestValue()) || value <= metric->highestValue());
}

MetricTargets MetricTargets::fromSettings(const QMap<QString, QString> &settings, const QString &metricKey)
{
    MetricTargets targets;
    targets.metric = metricKey;
    bool ok = false;
    const double benchmark = settings.value(key(metricKey, "benchmark")).toDouble(&ok);
    if (ok && inScale(metricKey, benchmark))
        targets.benchmark = benchmark;
    targets.benchmarkName = settings.value(key(metricKey, "benchmarkName"));
    // Settings come from files: anything malformed is skipped, never trusted.
    const QJsonArray goals = QJsonDocument::fromJson(settings.value(key(metricKey, "goals")).toUtf8()).array();
    for (const QJsonValue &value : goals) {
        const QJsonObject object = value.toObject();
        MetricGoal goal{object.value(QStringLiteral("segment")).toString(), object.value(QStringLiteral("from")).toString(),
                        object.value(QStringLiteral("start")).toDouble(), object.value(QStringLiteral("perQuarter")).toDouble()};
        if (quarterNumber(goal.startQuarter) && inScale(metricKey, goal.start) && std::isfinite(goal.perQuarter))
            targets.goals.push_back(goal);
    }
    return targets;
}

QMap<QString, QString> MetricTargets::toSettings() const
{
    QMap<QString, QString> settings;
    settings.insert(key(metric, "benchmark"), benchmark ? QString::number(*benchmark, 'g', 10) : QString());
    settings.insert(key(metric, "benchmarkName"), benchmark ? benchmarkName : QString());
    QJsonArray array;
    for (const MetricGoal &goal : goals)
        array.append(QJsonObject{{QStringLiteral("segment"), goal.segment}, {QStringLiteral("from"), goal.startQuarter},
                                 {QStringLiteral("start"), goal.start}, {QStringLiteral("perQuarter"), goal.perQuarter}});
    settings.insert(key(metric, "goals"), array.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    return settings;
}

} // namespace waymark
