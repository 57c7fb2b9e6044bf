#include "warehouse/aggregatesql.h"

#include <QStringList>

namespace waymark {

QString quotedIdentifier(const QString &name)
{
    QString text = name;
    text.replace(u'"', QLatin1String("\"\""));
    return u'"' + text + u'"';
}

QString aggregateSql(const AggregatePlan &plan)
{
    QStringList outputs;
    for (const QString &column : plan.textColumns)
        outputs << QStringLiteral("NULLIF(btrim(CAST(%1 AS text), chr(32) || chr(9)), '')").arg(quotedIdentifier(column));
    // Through timestamp (without time zone): a timestamptz falls in the period of the
    // session's time zone, a date in its own.
    if (!plan.dateColumn.isEmpty())
        outputs << QStringLiteral("CAST(date_trunc('%1', CAST(%2 AS timestamp)) AS date)").arg(plan.period, quotedIdentifier(plan.dateColumn));
    outputs << QStringLiteral("CAST(%1 AS double precision)").arg(quotedIdentifier(plan.scoreColumn));
    QStringList groups;
    for (qsizetype i = 1; i <= outputs.size(); ++i)
        groups << QString::number(i);
    return QStringLiteral("SELECT %1, count(*) FROM %2 GROUP BY %3 LIMIT %4")
        .arg(outputs.join(QStringLiteral(", ")), plan.from, groups.join(QStringLiteral(", ")))
        .arg(plan.limit);
}

} // namespace waymark
