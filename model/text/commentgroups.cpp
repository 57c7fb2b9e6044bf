#include "text/commentgroups.h"

#include "journey.h"

#include <QCoreApplication>
#include <QHash>

namespace waymark {

namespace {

QString datePeriodLabel(Dimension by, const QDate &date)
{
    if (!date.isValid())
        return noValueLabel();
    switch (by) {
    case Dimension::Month: return QStringLiteral("%1-%2").arg(date.year()).arg(date.month(), 2, 10, QLatin1Char('0'));
    case Dimension::Quarter: return QStringLiteral("%1-Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1);
    default: return QString::number(date.year());
    }
}

const std::vector<quint32> *textColumnOrNull(const AnswerTable &table, Dimension by)
{
    switch (by) {
    case Dimension::Touchpoint: return &table.touchpoint;
    case Dimension::Stage: return &table.stage;
    case Dimension::Segment: return &table.segment;
    case Dimension::Channel: return &table.channel;
    case Dimension::Department: return &table.department;
    case Dimension::Location: return &table.location;
    default: return nullptr;
    }
}

} // namespace

RowGroups groupRows(const AnswerTable &table, Dimension by, const Journey *journey)
{
    RowGroups groups;
    groups.by = by;
    const std::size_t rows = table.size();
    groups.groupOfRow.resize(rows, 0);
    QHash<QString, qint32> groupOfLabel;
    const auto group = [&](const QString &label) {
        const auto it = groupOfLabel.constFind(label);
        if (it != groupOfLabel.constEnd())
            return *it;
        const qint32 index = qint32(groups.labels.size());
        groups.labels.push_back(label);
        groupOfLabel.insert(label, index);
        return index;
    };
    if (by == Dimension::Journey) {
        groups.labels.push_back(QCoreApplication::translate("NpsStatistics", "All responses"));
        return groups;
    }
    if (const std::vector<quint32> *column = textColumnOrNull(table, by)) {
        // Per string index once, not per row.
        QHash<QString, QString> stageOfDataKey;
        if (by == Dimension::Stage && journey) {
            for (const Touchpoint &card : journey->touchpoints)
                if (const Stage *stage = journey->stage(card.stageId); stage && !card.dataKey.isEmpty())
                    stageOfDataKey.insert(card.dataKey, stage->name);
        }
        std::vector<qint32> groupOfText(table.strings.size(), -1);
        std::vector<qint32> stageOfTouchpoint(stageOfDataKey.isEmpty() ? 0 : table.strings.size(), -2); // -2 not looked up, -1 no card
        for (std::size_t row = 0; row < rows; ++row) {
            const quint32 text = (*column)[row];
            qint32 &known = groupOfText[text];
            if (!stageOfTouchpoint.empty()) {
                qint32 &stage = stageOfTouchpoint[table.touchpoint[row]];
                if (stage == -2) {
                    const auto it = stageOfDataKey.constFind(table.strings.at(table.touchpoint[row]));
                    stage = it == stageOfDataKey.constEnd() ? -1 : group(*it);
                }
                if (stage >= 0) {
                    groups.groupOfRow[row] = stage;
                    continue;
                }
            }
            if (known < 0)
                known = group(text == 0 ? noValueLabel() : table.strings.at(text));
            groups.groupOfRow[row] = known;
        }
        return groups;
    }
    QHash<qint64, qint32> groupOfDay;
    for (std::size_t row = 0; row < rows; ++row) {
        const qint64 day = table.day[row];
        const auto it = groupOfDay.constFind(day);
        if (it != groupOfDay.constEnd()) {
            groups.groupOfRow[row] = *it;
            continue;
        }
        const qint32 index = group(datePeriodLabel(by, dateOf(day)));
        groupOfDay.insert(day, index);
        groups.groupOfRow[row] = index;
    }
    return groups;
}

} // namespace waymark
