// Fuzzes a whole survey or CLV import as the command line and the import dialog run it:
// the preview, the guessed mapping and the import of every row (CSV, TSV, JSON, NDJSON;
// decoding, delimiter, dates, duplicates, aggregated rows). An import either gives a
// dataset or says why not.
//   byte 0, bits 0-1: the file's extension (.csv, .tsv, .json, .ndjson)
//   byte 0, bit 2:    a one-off statistic (statisticsOnly)
//   byte 0, bits 3-5: the metric (nps, csat, ces, audit, enps, mean, clv)
//   byte 0, bits 6-7: the date order (detect, day first, month first)
//   the rest:         the file's bytes
#include "data/importjob.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

using namespace waymark;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QString names[] = {QStringLiteral("answers.csv"), QStringLiteral("answers.tsv"),
                                    QStringLiteral("answers.json"), QStringLiteral("answers.ndjson")};
    static const QString metrics[] = {QStringLiteral("nps"),  QStringLiteral("csat"), QStringLiteral("ces"),
                                      QStringLiteral("audit"), QStringLiteral("enps"), QStringLiteral("mean"),
                                      QStringLiteral("clv")};
    const uint8_t options = data[0];
    const QString &name = names[options & 3];
    ImportChoices choices;
    choices.statisticsOnly = options & 4;
    choices.dateOrder = (options >> 6) % 3;
    const ImportTarget target = ImportTarget::fromKey(metrics[((options >> 3) & 7) % 7]);
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const ImportPreview preview = previewImport(bytes, name, choices, 20);
    const QHash<QString, int> mapping = guessImportMapping(target, preview.headers);
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        FUZZ_CHECK(preview.headers.contains(it.key()), "the mapping names columns of the file");
    const ImportOutcome outcome = runImport(bytes, name, target, choices, mapping, {}, nullptr);
    FUZZ_CHECK(outcome.dataset.has_value() != !outcome.error.isEmpty(), "an import gives a dataset or says why not");
    for (const ImportIssue &issue : outcome.issues)
        FUZZ_CHECK(!issue.reason.isEmpty(), "a refused row says why");
    return 0;
}
