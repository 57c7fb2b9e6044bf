// Fuzzes a whole survey or CLV import as the command line and the import dialog run it:
// the preview, the guessed mapping and the import of every row (CSV, TSV, JSON, NDJSON;
// decoding, delimiter, dates, duplicates, aggregated rows). An import either gives a
// dataset or says why not; answers given one by one and streamed in small chunks (the
// command line's import into a journey, repeats found on the chunks' way out) are the same
// answers with the same refusals as answers kept whole.
//   byte 0, bits 0-1: the file's extension (.csv, .tsv, .json, .ndjson)
//   byte 0, bit 2:    a one-off statistic (statisticsOnly)
//   byte 0, bits 3-5: the metric (nps, csat, ces, audit, enps, mean, clv)
//   byte 0, bits 6-7: the date order (detect, day first, month first)
//   the rest:         the file's bytes
#include "data/answerchunks.h"
#include "data/importjob.h"
#include "fuzzcheck.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

using namespace waymark;

namespace {

// Keeps what a chunk's rows say once its check has run: each answer's respondent, score and day.
class KeptInMemory : public AnswerChunkSink
{
public:
    KeptInMemory() { rowsPerChunk = 3; }
    bool take(AnswerTable &chunk, Check check) override
    {
        AnswerTable rows = chunk.takeRows();
        if (check)
            check(rows);
        for (std::size_t row = 0; row < rows.size(); ++row)
            answers.push_back({rows.respondent[row] == 0 ? QString() : rows.strings.at(rows.respondent[row]), rows.score[row], rows.day[row]});
        return true;
    }
    bool flush() override { return true; }
    QString error() const override { return {}; }

    struct Answer {
        QString respondent;
        double score;
        qint64 day;
        bool operator==(const Answer &) const = default;
    };
    std::vector<Answer> answers;
};

} // namespace

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

    if (!outcome.dataset || outcome.dataset->kind != DatasetKind::Answers || outcome.dataset->answers->isAggregated() || choices.statisticsOnly)
        return 0;
    KeptInMemory sink;
    ImportChoices streaming = choices;
    streaming.chunks = &sink;
    const ImportOutcome streamed = runImport(bytes, name, target, streaming, mapping, {}, nullptr);
    FUZZ_CHECK(streamed.error.isEmpty(), "what imports whole imports streamed");
    const AnswerTable &whole = *outcome.dataset->answers;
    FUZZ_CHECK(sink.answers.size() == whole.size(), "streamed, the same number of answers");
    FUZZ_CHECK(streamed.dataset && streamed.dataset->source.rowsImported == qint64(whole.size()), "streamed, the same count imported");
    for (std::size_t row = 0; row < whole.size() && row < sink.answers.size(); ++row) {
        const KeptInMemory::Answer kept{whole.respondent[row] == 0 ? QString() : whole.strings.at(whole.respondent[row]), whole.score[row],
                                        whole.day[row]};
        FUZZ_CHECK(sink.answers[row] == kept || (std::isnan(kept.score) && std::isnan(sink.answers[row].score)), "streamed, the same answers in order");
    }
    FUZZ_CHECK(streamed.issues.size() == outcome.issues.size(), "streamed, the same rows refused");
    for (std::size_t i = 0; i < outcome.issues.size() && i < streamed.issues.size(); ++i)
        FUZZ_CHECK(streamed.issues[i].line == outcome.issues[i].line && streamed.issues[i].reason == outcome.issues[i].reason,
                   "streamed, the same refusals in the same order");
    return 0;
}
