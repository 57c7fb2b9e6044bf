#pragma once

#include "data/answerchunks.h"
#include "data/dataset.h"
#include "data/groupcounter.h"
#include "data/importfields.h"
#include "data/importjob.h"
#include "data/respondentrepeats.h"
#include "data/metrics/metric.h"
#include "data/utf8interner.h"
#include "effort.h"
#include "inputlimits.h"
#include "quotedtext.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace waymark {

struct RowImporterText {
    Q_DECLARE_TR_FUNCTIONS(ImportJob)
};

// Checks one row of an answers or CLV file and appends it to the dataset's columns, or
// records why not: runImport()'s inner loop. With a GroupCounter a checked answer is counted
// in its group instead of kept (countAnswers(), which keeps nothing per row); the checks and
// their order are the same, so both refuse the same rows with the same messages.
// Inline, in a header, because it is the inner loop of two callers.
class RowImporter
{
public:
    // With `chunks`, answers given one by one go there a chunk at a time (data/answerchunks.h).
    RowImporter(Dataset &dataset, std::vector<ImportIssue> &issues, const QStringList &headers, const QHash<int, qsizetype> &columnOf,
                bool dayFirst, QByteArrayView stable, bool statisticsOnly, GroupCounter *counter = nullptr, AnswerChunkSink *chunks = nullptr)
        : mDataset(dataset)
        , mIssues(issues)
        , mHeaders(headers)
        , mDayFirst(dayFirst)
        , mStatisticsOnly(statisticsOnly)
        // Streaming keeps memory flat: texts that repeat are copied (so the file's pages stay
        // given back), and respondent ids — one each, millions — are not kept here at all: their
        // texts go out with each chunk, and repeats are found on its way out (RespondentRepeats).
        , mStrings(dataset.kind == DatasetKind::Answers ? &dataset.answers.edit().strings : &dataset.clv.edit().strings, stable,
                   chunks ? 1024 : std::size_t(stable.size() / 64), chunks != nullptr)
        , mRespondents(nullptr, stable, statisticsOnly ? std::size_t(stable.size() / 64) : 0)
        , mCounter(counter)
    {
        mColumn.fill(-1);
        for (auto it = columnOf.cbegin(); it != columnOf.cend(); ++it)
            if (it.key() >= 0 && it.key() < int(mColumn.size()))
                mColumn[std::size_t(it.key())] = it.value();
        for (qsizetype column : mColumn)
            mWidest = std::max(mWidest, column);
        mMetric = dataset.metric();
        for (int field : {AnswerCount, AnswerLow, AnswerMiddle, AnswerHigh, AnswerMean, AnswerSd})
            mAggregated = mAggregated || (dataset.kind == DatasetKind::Answers && mColumn[std::size_t(field)] >= 0);
        mChunks = mAggregated || statisticsOnly || dataset.kind != DatasetKind::Answers ? nullptr : chunks;
        mStable = stable;
        if (mChunks)
            mStrings.decodeLater(&mToDecode); // decoded by the chunk's check, on the sink's thread
        if (mChunks)
            mRepeats = std::make_shared<RespondentRepeats>(stable, mHeaders.value(mColumn[AnswerRespondent]), mRepeatedRespondent,
                                                           std::size_t(stable.size() / 128));
    }

    // Answers given one by one go to `sink` a chunk at a time (data/answerchunks.h).
    bool streaming() const { return mChunks != nullptr; }
    // Hands the rows not yet handed over to the sink and waits until it has kept them all;
    // false when it could not. The repeats found on the way out join the issues, in line order.
    bool finishChunks()
    {
        if (!mChunks)
            return true;
        if ((mDataset.answers->size() > 0 && !handOver()) || !mChunks->flush())
            return false;
        const std::vector<ImportIssue> late = mRepeats->takeIssues();
        if (!late.empty()) {
            std::vector<ImportIssue> all;
            all.reserve(mIssues.size() + late.size());
            std::merge(std::make_move_iterator(mIssues.begin()), std::make_move_iterator(mIssues.end()), late.begin(), late.end(),
                       std::back_inserter(all), [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
            mIssues = std::move(all);
        }
        return true;
    }
    bool sinkRefused() const { return mSinkRefused; }
    // Rows the sink kept (after finishChunks(): repeated respondents taken out).
    std::size_t rowsHandedOver() const { return mHandedOver - (mRepeats ? mRepeats->refused() : 0); }

    void take(std::span<const QByteArrayView> row, qint64 line)
    {
        if (qsizetype(row.size()) <= mWidest) {
            mIssues.push_back({line, {}, {}, RowImporterText::tr("the row has %1 fields, the header %2").arg(row.size()).arg(mHeaders.size())});
            return;
        }
        if (!cellsShortEnough(row, line))
            return;
        if (mDataset.kind == DatasetKind::Answers)
            takeAnswer(row, line);
        else
            takeClv(row, line);
    }

    // Some rows ahead of take(): the ids' table slots are asked for early (Utf8Interner::prefetch),
    // since ids that are all different each miss every cache.
    // `stored`: the second step, some rows later: the texts the slots point to.
    void prefetch(std::span<const QByteArrayView> row, bool stored) const
    {
        if (qsizetype(row.size()) <= mWidest || mDataset.kind != DatasetKind::Answers || mCounter)
            return;
        const auto ask = [stored](const Utf8Interner &interner, QByteArrayView text) {
            stored ? interner.prefetchStored(text) : interner.prefetch(text);
        };
        if (!mChunks) // streaming: repeats are looked for on the chunk's way out
            ask(mStatisticsOnly ? mRespondents : mStrings, cell(row, AnswerRespondent));
        if (!mStatisticsOnly) {
            ask(mStrings, cell(row, AnswerCustomer));
            ask(mStrings, cell(row, AnswerComment));
        }
    }

private:
    QByteArrayView cell(std::span<const QByteArrayView> row, int field) const
    {
        const qsizetype column = mColumn[std::size_t(field)];
        return column < 0 ? QByteArrayView() : trimmedCell(row[std::size_t(column)]);
    }
    void refuse(qint64 line, int field, QByteArrayView value, const QString &reason)
    {
        // The report shows the start of the value: a 64 MiB cell must not be copied whole.
        const QString shown = QString::fromUtf8(value.first(std::min<qsizetype>(value.size(), 200)));
        mIssues.push_back({line, mHeaders.value(mColumn[std::size_t(field)]), shown, reason});
    }

    // Every cell the dataset keeps is bounded (InputLimits::maxImportCellBytes): a file is
    // refused row by row, never by running out of memory.
    bool cellsShortEnough(std::span<const QByteArrayView> row, qint64 line)
    {
        for (int field = 0; field < int(mColumn.size()); ++field) {
            // Trimming only shortens: a cell within the limit as it is needs no trimming here.
            const qsizetype column = mColumn[std::size_t(field)];
            if (column < 0 || row[std::size_t(column)].size() <= InputLimits::maxImportCellBytes)
                continue;
            const QByteArrayView text = cell(row, field);
            if (text.size() > InputLimits::maxImportCellBytes) {
                refuse(line, field, text, RowImporterText::tr("the value is %1 KiB long; a cell may hold at most %2 KiB")
                                              .arg(text.size() >> 10)
                                              .arg(InputLimits::maxImportCellBytes >> 10));
                return false;
            }
        }
        return true;
    }

    // parseDay() of a date cell, remembered: a million answers carry a thousand dates or so.
    std::optional<qint64> dayOf(QByteArrayView text)
    {
        // An empty cell may have no data pointer at all, which memcmp and memcpy must not see.
        if (text.isEmpty() || text.size() > qsizetype(sizeof(DateSlot::bytes)))
            return parseDay(text, mDayFirst);
        quint32 quick = 2166136261u;
        for (char c : text)
            quick = (quick ^ uchar(c)) * 16777619u;
        DateSlot &slot = mDates[quick % mDates.size()];
        if (slot.size != text.size() || !Utf8Interner::sameBytes(slot.bytes, text.data(), std::size_t(text.size()))) {
            const std::optional<qint64> day = parseDay(text, mDayFirst);
            slot.size = qint32(text.size());
            std::memcpy(slot.bytes, text.data(), std::size_t(text.size()));
            slot.valid = day.has_value();
            slot.day = day.value_or(0);
        }
        return slot.valid ? std::optional<qint64>(slot.day) : std::nullopt;
    }

    // An id (respondent, or CLV customer) seen for the first time; else the row is refused.
    bool firstTime(quint32 id, qint64 line, int field, QByteArrayView text, const QString &repeated)
    {
        if (id >= mFirstLine.size())
            mFirstLine.resize(std::max<std::size_t>(id + 1, mFirstLine.size() * 2), 0);
        if (const qint64 first = qint64(mFirstLine[id]); first != 0) {
            refuse(line, field, text, repeated.arg(first));
            return false;
        }
        mFirstLine[id] = quint32(std::min<qint64>(line, std::numeric_limits<quint32>::max()));
        return true;
    }

    // A number in the metric's scale (whole where the metric's answers are).
    std::optional<double> answerIn(std::span<const QByteArrayView> row, int field, qint64 line)
    {
        const QByteArrayView text = cell(row, field);
        const auto value = parseNumber(text);
        if (value && *value >= mMetric->lowestAnswer() && *value <= mMetric->highestAnswer()
            && !(field == AnswerScore && mMetric->wholeAnswers() && *value != std::floor(*value)))
            return value; // the usual case: no text made for a message
        const QString shown = QString::fromUtf8(text);
        if (!value) {
            refuse(line, field, text, text.isEmpty() ? RowImporterText::tr("no value") : RowImporterText::tr("“%1” is not a number").arg(shown));
            return std::nullopt;
        }
        if (*value < mMetric->lowestAnswer() || *value > mMetric->highestAnswer()
            || (field == AnswerScore && mMetric->wholeAnswers() && *value != std::floor(*value))) {
            refuse(line, field, text,
                   mMetric->wholeAnswers() && field == AnswerScore
                       ? RowImporterText::tr("score %1 is not a whole number from %2 to %3").arg(shown).arg(mMetric->lowestAnswer()).arg(mMetric->highestAnswer())
                       : RowImporterText::tr("%1 is outside %2–%3").arg(shown).arg(mMetric->lowestAnswer()).arg(mMetric->highestAnswer()));
            return std::nullopt;
        }
        return value;
    }

    // A count of answers: a whole number of 0 or more; NaN when the column is not chosen.
    std::optional<double> countIn(std::span<const QByteArrayView> row, int field, qint64 line)
    {
        if (mColumn[std::size_t(field)] < 0)
            return std::numeric_limits<double>::quiet_NaN();
        const QByteArrayView text = cell(row, field);
        const auto value = parseNumber(text);
        if (!value || *value < 0 || *value != std::floor(*value)) {
            refuse(line, field, text, RowImporterText::tr("“%1” is not a count of answers").arg(QString::fromUtf8(text)));
            return std::nullopt;
        }
        return value;
    }

    // The answer of a row (score, or an audit's items met of items checked as a percentage).
    std::optional<double> rawAnswer(std::span<const QByteArrayView> row, qint64 line)
    {
        if (mColumn[AnswerScore] >= 0)
            return answerIn(row, AnswerScore, line);
        const auto met = countIn(row, AnswerMet, line);
        const auto checked = met ? countIn(row, AnswerChecked, line) : std::nullopt;
        if (!met || !checked)
            return std::nullopt;
        if (*checked <= 0 || *met > *checked) {
            refuse(line, AnswerMet, cell(row, AnswerMet),
                   RowImporterText::tr("%1 items met of %2 checked").arg(*met).arg(*checked));
            return std::nullopt;
        }
        return 100.0 * *met / *checked;
    }

    // An aggregated row: its count (or band counts that add up to it), mean and sd.
    bool takeAggregate(std::span<const QByteArrayView> row, qint64 line)
    {
        const auto count = countIn(row, AnswerCount, line);
        const auto low = count ? countIn(row, AnswerLow, line) : std::nullopt;
        const auto middle = low ? countIn(row, AnswerMiddle, line) : std::nullopt;
        const auto high = middle ? countIn(row, AnswerHigh, line) : std::nullopt;
        if (!high)
            return false;
        double n = *count, l = *low, m = *middle, h = *high;
        const int bandsGiven = int(!std::isnan(l)) + int(!std::isnan(m)) + int(!std::isnan(h));
        if (bandsGiven == 3) {
            if (std::isnan(n))
                n = l + m + h;
            else if (l + m + h != n) {
                refuse(line, AnswerCount, cell(row, AnswerCount),
                       RowImporterText::tr("the answers per band add up to %1, not %2").arg(l + m + h).arg(n));
                return false;
            }
        } else if (bandsGiven > 0 && !std::isnan(n)) {
            // "satisfied of total": the bands not given are what is left, put in the lowest
            // missing band so the share of the given ones stays exact.
            const double given = (std::isnan(l) ? 0 : l) + (std::isnan(m) ? 0 : m) + (std::isnan(h) ? 0 : h);
            if (given > n) {
                refuse(line, AnswerCount, cell(row, AnswerCount), RowImporterText::tr("more answers in the bands (%1) than in all (%2)").arg(given).arg(n));
                return false;
            }
            double *rest = std::isnan(l) ? &l : std::isnan(m) ? &m : &h;
            *rest = n - given;
            for (double *band : {&l, &m, &h})
                if (std::isnan(*band))
                    *band = 0;
        }
        if (std::isnan(n)) {
            refuse(line, AnswerCount, {}, RowImporterText::tr("no number of answers"));
            return false;
        }
        double mean = std::numeric_limits<double>::quiet_NaN();
        double sd = mean;
        if (mColumn[AnswerMean] >= 0 && !cell(row, AnswerMean).isEmpty()) {
            const auto value = answerIn(row, AnswerMean, line);
            if (!value)
                return false;
            mean = *value;
        }
        if (mColumn[AnswerSd] >= 0 && !cell(row, AnswerSd).isEmpty()) {
            const auto value = parseNumber(cell(row, AnswerSd));
            if (!value || *value < 0) {
                refuse(line, AnswerSd, cell(row, AnswerSd), RowImporterText::tr("“%1” is not a standard deviation").arg(QString::fromUtf8(cell(row, AnswerSd))));
                return false;
            }
            sd = *value;
        }
        AggregateColumns &a = mDataset.answers.edit().aggregate;
        a.count.push_back(n);
        a.low.push_back(l);
        a.middle.push_back(m);
        a.high.push_back(h);
        a.sd.push_back(sd);
        mDataset.answers.edit().score.push_back(mean);
        return true;
    }

    void takeAnswer(std::span<const QByteArrayView> row, qint64 line)
    {
        std::optional<double> answer;
        if (!mAggregated) {
            answer = rawAnswer(row, line);
            if (!answer)
                return;
        }
        const auto day = dayOf(cell(row, AnswerDate));
        if (!day) {
            refuse(line, AnswerDate, cell(row, AnswerDate), RowImporterText::tr("unreadable date"));
            return;
        }
        const QByteArrayView respondentText = cell(row, AnswerRespondent);
        if (mCounter) {
            countAnswer(*answer, *day, respondentText, row);
            return;
        }
        // Statistics only: ids are interned apart (never decoded into the dataset) just to find repeats.
        const QString &repeated = mRepeatedRespondent;
        quint32 respondent = 0;
        if (mChunks) { // repeats are found on the chunk's way out (RespondentRepeats)
            respondent = respondentText.isEmpty() ? 0 : 1; // not 0: the text goes out with the chunk below
            mIds.add(respondentText, line, mStable);
        } else {
            respondent = mStatisticsOnly ? mRespondents.add(0, respondentText) : mStrings.add(AnswerRespondent, respondentText);
            if (respondent != 0 && !firstTime(respondent, line, AnswerRespondent, respondentText, repeated))
                return;
        }
        if (mAggregated ? !takeAggregate(row, line) : (mDataset.answers.edit().score.push_back(*answer), false))
            return;
        AnswerTable &t = mDataset.answers.edit();
        t.day.push_back(*day);
        t.respondent.push_back(mStatisticsOnly || respondent == 0 ? 0
                               : mChunks                      ? t.strings.append(QString()) // decoded from mIds by the check
                                                              : respondent);
        t.customer.push_back(mStatisticsOnly ? 0 : mStrings.add(AnswerCustomer, cell(row, AnswerCustomer)));
        t.segment.push_back(mStrings.add(AnswerSegment, cell(row, AnswerSegment)));
        t.touchpoint.push_back(mStrings.add(AnswerTouchpoint, cell(row, AnswerTouchpoint)));
        t.stage.push_back(mStrings.add(AnswerStage, cell(row, AnswerStage)));
        t.channel.push_back(mStrings.add(AnswerChannel, cell(row, AnswerChannel)));
        t.department.push_back(mStrings.add(AnswerDepartment, cell(row, AnswerDepartment)));
        t.location.push_back(mStrings.add(AnswerLocation, cell(row, AnswerLocation)));
        t.comment.push_back(mStatisticsOnly ? 0 : mStrings.add(AnswerComment, cell(row, AnswerComment)));
        if (mChunks && t.size() >= mChunks->rowsPerChunk)
            handOver();
    }

    bool handOver()
    {
        AnswerTable &t = mDataset.answers.edit();
        const std::size_t handed = t.size();
        // The chunk's new texts are decoded there, too: a QString for each of a million ids was
        // a tenth of the reading thread's time (docs/benchmarks.md, "Decoded behind").
        AnswerChunkSink::Check check = [repeats = mRepeats, ids = std::move(mIds), texts = std::move(mToDecode)](AnswerTable &rows) {
            texts.decodeInto(rows.strings);
            ids.decodeInto(rows);
            repeats->refuse(rows, ids);
        };
        mIds = {};
        mToDecode.texts.clear();
        if (mSinkRefused || !mChunks->take(t, std::move(check))) {
            mSinkRefused = true;
            return false;
        }
        mHandedOver += handed;
        for (auto *column : {&t.respondent, &t.customer, &t.segment, &t.touchpoint, &t.stage, &t.channel, &t.department, &t.location, &t.comment})
            column->clear();
        t.score.clear();
        t.day.clear();
        t.strings.forgetHeld();
        if (handed == mChunks->rowsPerChunk) { // a full chunk: more follow (finishChunks() hands over the short last one)
            t.reserve(mChunks->rowsPerChunk); // the sink may have taken the columns' memory with the rows
            mIds.reserve(mChunks->rowsPerChunk);
        }
        return true;
    }

    // Counting instead of keeping (countAnswers() runs only on answers given one by one).
    void countAnswer(double answer, qint64 day, QByteArrayView respondentText, std::span<const QByteArrayView> row)
    {
        if (!respondentText.isEmpty() && !mCounter->firstTime(respondentText))
            return; // maybe a repeat: the counter is now unsure and the exact path runs instead
        std::array<QByteArrayView, 16> texts; // only the dimensions' entries are read
        for (std::size_t d = 0; d < mCounter->dimensions(); ++d)
            if (const int field = mCounter->textField(d); field >= 0)
                texts[d] = cell(row, field);
        mCounter->add(answer, day, texts);
    }

    void takeClv(std::span<const QByteArrayView> row, qint64 line)
    {
        const QByteArrayView customer = cell(row, ClvCustomer);
        if (customer.isEmpty()) {
            refuse(line, ClvCustomer, customer, RowImporterText::tr("no customer id"));
            return;
        }
        const auto value = parseNumber(cell(row, ClvValue));
        if (!value) {
            refuse(line, ClvValue, cell(row, ClvValue), RowImporterText::tr("“%1” is not a number").arg(QString::fromUtf8(cell(row, ClvValue))));
            return;
        }
        const auto acquired = parseDay(cell(row, ClvAcquired), mDayFirst);
        if (!acquired) {
            refuse(line, ClvAcquired, cell(row, ClvAcquired), RowImporterText::tr("unreadable date"));
            return;
        }
        // Like the journey's currency: an ISO 4217 code ("eur" is read as EUR), or empty for
        // the dataset's own.
        const QByteArray currency = cell(row, ClvCurrency).toByteArray().toUpper();
        if (!currency.isEmpty() && !isValidCurrencyCode(QString::fromLatin1(currency))) {
            refuse(line, ClvCurrency, cell(row, ClvCurrency),
                   RowImporterText::tr("%1 is not an ISO 4217 currency code (three letters, e.g. EUR)").arg(quotedText(QString::fromUtf8(cell(row, ClvCurrency)))));
            return;
        }
        const quint32 customerIndex = mStrings.add(ClvCustomer, customer);
        if (!firstTime(customerIndex, line, ClvCustomer, customer, mRepeatedCustomer))
            return;
        ClvTable &t = mDataset.clv.edit();
        t.customer.push_back(customerIndex);
        t.value.push_back(*value);
        t.currency.push_back(mStrings.add(ClvCurrency, currency));
        t.segment.push_back(mStrings.add(ClvSegment, cell(row, ClvSegment)));
        t.acquired.push_back(*acquired);
    }

    Dataset &mDataset;
    std::vector<ImportIssue> &mIssues;
    const QStringList &mHeaders;
    bool mDayFirst;
    bool mStatisticsOnly;
    Utf8Interner mStrings;
    Utf8Interner mRespondents;
    std::array<qsizetype, AnswerFieldCount> mColumn{};
    const Metric *mMetric = nullptr;
    bool mAggregated = false; // counts per group rather than one answer per row
    qsizetype mWidest = -1;
    std::vector<quint32> mFirstLine; // by id: the line a respondent (or CLV customer) was first seen on
    struct DateSlot {
        char bytes[16];
        qint32 size = -1; // nothing yet
        bool valid = false;
        qint64 day = 0;
    };
    std::vector<DateSlot> mDates = std::vector<DateSlot>(2048); // a few years of days, 64 KiB
    GroupCounter *mCounter = nullptr;
    // Made once: a translated text per row cost a lookup for every one of ten million rows.
    const QString mRepeatedRespondent = RowImporterText::tr("duplicate respondent id (first on line %1)");
    const QString mRepeatedCustomer = RowImporterText::tr("duplicate customer id (first on line %1)");
    AnswerChunkSink *mChunks = nullptr;
    std::shared_ptr<RespondentRepeats> mRepeats; // used by the sink's thread while this reads on
    ChunkRespondents mIds;                       // the chunk being filled: its ids and lines
    TextsToDecode mToDecode;                     // the chunk's other new texts, numbered but not decoded yet
    QByteArrayView mStable;                      // the file's text
    std::size_t mHandedOver = 0;
    bool mSinkRefused = false;
};

} // namespace waymark
