#pragma once

// Datasets for tests, imported from CSV text the way a user's file is (guessed mapping), so a
// test states its answers in a few lines and checks figures by hand.
#include "data/importjob.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <initializer_list>
#include <tuple>

namespace waymark::test {

// `csv` imported as the metric or kind `key` ("nps", "csat", "clv", …); a refused import or
// any refused line stops the test, since the fixture itself would be wrong.
inline Dataset importText(const QByteArray &csv, const QString &key)
{
    const ImportTarget target = ImportTarget::fromKey(key);
    const ImportPreview preview = previewImport(csv, QStringLiteral("t.csv"), {}, 10);
    const ImportOutcome outcome = runImport(csv, QStringLiteral("t.csv"), target, {}, guessImportMapping(target, preview.headers), {}, nullptr);
    if (!outcome.dataset)
        qFatal("import failed: %s", qPrintable(outcome.error));
    if (!outcome.issues.empty())
        qFatal("import refused line %lld: %s", outcome.issues[0].line, qPrintable(outcome.issues[0].reason));
    return *outcome.dataset;
}

// Answers "touchpoint,score": `count` answers of `score` for `key`, line by line.
inline QByteArray answers(std::initializer_list<std::tuple<const char *, int, int>> rows)
{
    QByteArray csv = "touchpoint,score\n";
    for (const auto &[key, score, count] : rows)
        for (int i = 0; i < count; ++i)
            csv += QByteArray(key) + ',' + QByteArray::number(score) + '\n';
    return csv;
}

} // namespace waymark::test
