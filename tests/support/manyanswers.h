#pragma once

#include "data/dataset.h"

#include <QDate>

namespace waymark::test {

// An NPS dataset of `rows` answers (two touchpoint keys and none, two segments, days over
// thirteen months, a comment now and then), the same for the same seed: large enough for a
// window to open it as its summary (format/waymarkdatasets.h, RowsBehind::fromRows).
inline Dataset manyAnswers(int rows, quint32 seed)
{
    Dataset data;
    data.id = QUuid::createUuid();
    data.name = QStringLiteral("Опрос 설문 %1").arg(rows);
    data.kind = DatasetKind::Answers;
    data.source.fileName = QStringLiteral("answers.csv");
    data.source.rowsRead = data.source.rowsImported = rows;
    AnswerTable &t = data.answers.edit();
    const quint32 keys[] = {t.strings.add(QStringLiteral("kyc-wait")), t.strings.add(QStringLiteral("card-delivery")), 0};
    const quint32 segments[] = {t.strings.add(QStringLiteral("Премиум")), 0};
    const quint32 comment = t.strings.add(QStringLiteral("Čekao sam dva dana"));
    quint32 state = seed;
    for (int i = 0; i < rows; ++i) {
        state = state * 1664525u + 1013904223u; // a small LCG: the same answers on every machine
        t.score.push_back(double((state >> 8) % 11));
        t.day.push_back(dayNumber(QDate(2024, 1, 1).addDays(int((state >> 4) % 400))));
        t.respondent.push_back(t.strings.add(QStringLiteral("R-%1").arg(i)));
        t.customer.push_back(0);
        t.segment.push_back(segments[(state >> 12) % 2]);
        t.touchpoint.push_back(keys[(state >> 16) % 3]);
        t.stage.push_back(0);
        t.channel.push_back(0);
        t.department.push_back(0);
        t.location.push_back(0);
        t.comment.push_back((state >> 20) % 7 == 0 ? comment : 0);
    }
    return data;
}

} // namespace waymark::test
