#include "data/answercounting.h"

#include "data/csvrecords.h"
#include "data/groupcounter.h"
#include "data/importplan.h"
#include "data/mappedpages.h"
#include "data/rowimporter.h"
#include "data/textdecoding.h"

#include <QThread>

#include <algorithm>
#include <future>
#include <memory>

namespace waymark {

namespace {

// One part of the text, counted on its own thread with lines numbered from 1.
struct Part {
    qsizetype start = 0;
    qsizetype limit = 0;
    CsvRecords::Stop stop;
    std::unique_ptr<GroupCounter> counter;
    std::vector<ImportIssue> issues;
    qint64 rows = 0;
    bool badUtf8 = false;
};

struct Reading {
    QByteArrayView text;
    const ImportPlan *plan = nullptr;
    const ImportTarget *target = nullptr;
    const Metric *metric = nullptr;
    const std::vector<Dimension> *by = nullptr;
    bool checkUtf8 = false;
    bool dropPages = false;
};

// Valid UTF-8 from `from` up to at least `to`, ending before a character's next lead byte.
qsizetype checkedUpTo(QByteArrayView text, qsizetype from, qsizetype to, bool *bad)
{
    to = std::min(to, text.size());
    while (to < text.size() && (uchar(text[to]) & 0xC0) == 0x80)
        ++to;
    if (to > from && firstInvalidUtf8(text.sliced(from, to - from)) >= 0)
        *bad = true;
    return to;
}

void countPart(Part &part, const Reading &reading)
{
    const QByteArrayView text = reading.text;
    Dataset scratch; // takes nothing: the counter keeps what is needed
    scratch.kind = DatasetKind::Answers;
    scratch.metricKey = reading.target->metric;
    part.counter = std::make_unique<GroupCounter>(*reading.by, *reading.metric, text);
    RowImporter importer(scratch, part.issues, reading.plan->headers, reading.plan->columnOf, reading.plan->dayFirst, {}, true,
                         part.counter.get());
    constexpr qsizetype checkStep = 1 << 20;  // UTF-8 checked a little ahead, while the bytes are in cache
    constexpr qsizetype dropStep = 16 << 20;  // pages given back every 16 MiB
    qsizetype checked = part.start;
    qsizetype dropped = part.start;
    const bool withIds = reading.plan->columnOf.contains(AnswerRespondent);
    part.stop = CsvRecords::read(
        text, reading.plan->delimiter,
        [&](const CsvRecords::Record &record) {
            importer.take(record.fields, record.line);
            // The first records tell how long a row is, hence how many ids the part holds.
            if (++part.rows == 1024 && withIds && part.limit > record.end)
                part.counter->expectRespondents(std::size_t(double(part.limit - record.end) / double(record.end - part.start) * 1024 * 1.1));
            if (reading.checkUtf8 && record.end > checked)
                checked = checkedUpTo(text, checked, record.end + checkStep, &part.badUtf8);
            if (reading.dropPages && record.end - dropped >= dropStep) {
                // Pages between what was given back and this record's end: read, and the
                // counter keeps only texts it can read again from the file.
                releaseMappedPages(text.data() + dropped, text.data() + record.end);
                dropped = record.end;
            }
            // Once unsure, the exact path runs anyway: no use reading on.
            return !part.counter->unsure() && !part.badUtf8;
        },
        part.start, part.limit, 1);
    part.counter->finishRespondents();
    if (reading.checkUtf8 && part.stop.at > checked)
        checkedUpTo(text, checked, part.stop.at, &part.badUtf8);
}

} // namespace

std::optional<CountedAnswers> countAnswers(const QByteArray &bytes, const QString &fileName, const ImportTarget &target,
                                           const ImportChoices &choices, const QHash<QString, int> &mapping,
                                           const std::vector<Dimension> &by, const CountingOptions &options)
{
    const Metric *metric = target.answerMetric();
    if (target.kind != DatasetKind::Answers || !metric || !metric->wholeAnswers()
        || metric->highestAnswer() - metric->lowestAnswer() > 1000 || by.empty() || by.size() > 16)
        return std::nullopt;

    // The encoding as toUtf8() decides it. UTF-8 is read where it lies (checked part by part,
    // on the parts' threads); other encodings are decoded whole first.
    QString encoding = choices.encoding.toLower();
    if (encoding.isEmpty())
        encoding = bytes.startsWith("\xFF\xFE") ? QStringLiteral("utf-16le")
                 : bytes.startsWith("\xFE\xFF") ? QStringLiteral("utf-16be")
                                                : QStringLiteral("utf-8");
    const bool decoded = encoding.startsWith(QLatin1String("utf-16")) || encoding == QLatin1String("windows-1251")
                      || encoding == QLatin1String("cp1251") || encoding == QLatin1String("windows-1252")
                      || encoding == QLatin1String("cp1252");
    QByteArray decodedText;
    QByteArrayView text(bytes);
    if (decoded) {
        Utf8Text utf8 = toUtf8(bytes, choices.encoding);
        if (!utf8.problem.isEmpty())
            return std::nullopt;
        decodedText = std::move(utf8.utf8);
        text = decodedText;
    } else if (text.startsWith("\xEF\xBB\xBF")) {
        text = text.sliced(3);
    }
    if (!isCsvImport(bytes, text, fileName))
        return std::nullopt;
    // The plan reads the header and the first dates: checked first, they are all it looks at.
    const qsizetype headStart = std::min<qsizetype>(text.size(), 64 * 1024);
    bool badStart = false;
    const qsizetype headChecked = checkedUpTo(text, 0, headStart, &badStart);
    if (!decoded && badStart)
        return std::nullopt;
    const ImportPlan plan = planCsvImport(text, target, choices, mapping);
    if (!plan.error.isEmpty() || !plan.columnOf.contains(AnswerScore))
        return std::nullopt;
    for (int field : {AnswerCount, AnswerLow, AnswerMiddle, AnswerHigh, AnswerMean, AnswerSd})
        if (plan.columnOf.contains(field))
            return std::nullopt; // aggregated counts: the exact path

    // The rows start after the header record.
    const CsvRecords::Stop header = CsvRecords::read(text, plan.delimiter, [](const CsvRecords::Record &) { return false; });
    const qsizetype rowsStart = header.at;
    if (!decoded && rowsStart > headChecked) {
        checkedUpTo(text, headChecked, rowsStart, &badStart);
        if (badStart)
            return std::nullopt;
    }
    const qsizetype size = text.size();

    // Where the parts start: guesses, confirmed below.
    std::vector<qsizetype> starts{rowsStart};
    if (!options.splitAt.empty()) {
        for (qsizetype at : options.splitAt)
            if (at > starts.back() && at < size)
                starts.push_back(at);
    } else {
        const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
        // A small file is not worth a thread.
        const int parts = size - rowsStart < (4 << 20) ? 1 : threads;
        for (int k = 1; k < parts; ++k) {
            const qsizetype guess = CsvRecords::likelyRecordStart(text, plan.delimiter, rowsStart + (size - rowsStart) * k / parts,
                                                                  plan.headers.size());
            if (guess > starts.back() && guess < size)
                starts.push_back(guess);
        }
    }
    std::vector<Part> parts(starts.size());
    for (std::size_t k = 0; k < parts.size(); ++k) {
        parts[k].start = starts[k];
        parts[k].limit = k + 1 < starts.size() ? starts[k + 1] : size;
    }
    Reading reading{text, &plan, &target, metric, &by, !decoded, options.dropPagesBehind && !decoded};
    {
        std::vector<std::future<void>> others;
        for (std::size_t k = 1; k < parts.size(); ++k)
            others.push_back(std::async(std::launch::async, [&parts, &reading, k] { countPart(parts[k], reading); }));
        countPart(parts[0], reading);
        for (std::future<void> &other : others)
            other.get();
    }

    // Each part must start where the one before really ended; where not, its guess fell inside
    // a record (a quoted field with line breaks) and that stretch is counted again from there.
    CountedAnswers result;
    result.parts = int(parts.size());
    qsizetype at = rowsStart;
    qint64 line = header.line;
    for (Part &part : parts) {
        if (part.start != at) {
            Part again;
            again.start = at;
            again.limit = std::max(at, part.limit);
            countPart(again, reading);
            part = std::move(again);
            ++result.partsRecounted;
        }
        if (part.counter->unsure() || part.badUtf8)
            return std::nullopt;
        for (ImportIssue &issue : part.issues) {
            issue.line += line - 1;
            result.issues.push_back(std::move(issue));
        }
        result.rowsRead += part.rows;
        at = part.stop.at;
        line += part.stop.line - 1;
    }
    // A respondent in two parts: the exact path names both lines.
    std::vector<const GroupCounter *> counters;
    for (const Part &part : parts) {
        for (const GroupCounter *earlier : counters)
            if (part.counter->sharesRespondentWith(*earlier))
                return std::nullopt;
        counters.push_back(part.counter.get());
        result.answers += part.counter->answers();
    }
    if (result.answers == 0)
        return std::nullopt; // "no valid rows" is the exact path's message
    result.groups = countedGroups(counters, *metric);
    for (std::size_t d = 0; d < by.size(); ++d)
        result.carries.push_back(std::any_of(counters.begin(), counters.end(), [d](const GroupCounter *c) { return c->carries(d); }));
    return result;
}

} // namespace waymark
