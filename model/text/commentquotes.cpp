// Quotes and search over the comments of a group (declared in text/commentanalysis.h).
#include "text/commentanalysis.h"

#include "text/commentcorpus.h"
#include "text/personaldata.h"
#include "text/tokenizer.h"

#include <QSet>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace waymark {

namespace {

// Comments are short; looking at the twenty shortest that contain a term finds its
// shortest sentences in practice, without splitting thousands of comments per term.
constexpr std::size_t commentsLookedAt = 20;

QStringList sentences(const QString &text)
{
    QStringList result;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end != -1; start = end, end = finder.toNextBoundary()) {
        const QString sentence = text.mid(start, end - start).trimmed();
        if (!sentence.isEmpty())
            result << sentence;
    }
    return result;
}

} // namespace

std::vector<std::vector<Quote>> representativeQuotes(const AnswerTable &table, const CommentCorpus &corpus,
                                                     const std::vector<quint32> &terms, const std::vector<qint64> &rows, int count)
{
    std::vector<std::vector<Quote>> result(terms.size());
    if (count <= 0 || terms.empty())
        return result;
    // Answers whose comment holds each term, one per distinct comment: one pass over the rows.
    std::vector<qint32> slotOfTerm(corpus.termCount(), -1);
    for (std::size_t t = 0; t < terms.size(); ++t)
        slotOfTerm[terms[t]] = qint32(t);
    std::vector<std::vector<qint64>> candidates(terms.size());
    QSet<quint32> seenComments;
    for (qint64 row : rows) {
        const quint32 comment = table.comment[std::size_t(row)];
        if (seenComments.contains(comment))
            continue;
        seenComments.insert(comment);
        qint64 lastSlot = -1;
        for (quint32 id : corpus.termsOf(comment)) {
            const qint32 slot = slotOfTerm[id];
            if (slot < 0 || slot == lastSlot)
                continue;
            std::vector<qint64> &list = candidates[std::size_t(slot)];
            if (list.empty() || list.back() != row)
                list.push_back(row);
            lastSlot = slot;
        }
    }
    const Tokenizer tokenizer;
    const auto length = [&](qint64 row) { return table.strings.at(table.comment[std::size_t(row)]).size(); };
    for (std::size_t t = 0; t < terms.size(); ++t) {
        std::vector<qint64> &list = candidates[t];
        std::stable_sort(list.begin(), list.end(), [&](qint64 a, qint64 b) { return length(a) < length(b); });
        if (list.size() > commentsLookedAt)
            list.resize(commentsLookedAt);
        const QString termText = corpus.termText(terms[t]);
        // Masked before sorting: a quote is as long as it reads.
        std::vector<Quote> found;
        for (qint64 row : list) {
            const std::size_t r = std::size_t(row);
            const QString &comment = table.strings.at(table.comment[r]);
            bool matched = false;
            for (const QString &sentence : sentences(comment)) {
                if (tokenizer.terms(sentence).contains(termText)) {
                    found.push_back({maskPersonalData(sentence), table.score[r], dateOf(table.day[r]), r});
                    matched = true;
                }
            }
            // A term that only the whole comment yields (a phrase across a sentence the finder
            // split, Serbian Latin recognised on the whole comment only): the comment is the quote.
            if (!matched)
                found.push_back({maskPersonalData(comment.trimmed()), table.score[r], dateOf(table.day[r]), r});
        }
        std::stable_sort(found.begin(), found.end(), [](const Quote &a, const Quote &b) { return a.text.size() < b.text.size(); });
        QSet<QString> seen;
        for (Quote &quote : found) {
            if (result[t].size() >= std::size_t(count))
                break;
            if (seen.contains(quote.text))
                continue;
            seen.insert(quote.text);
            result[t].push_back(std::move(quote));
        }
    }
    return result;
}

std::vector<Quote> representativeQuotes(const AnswerTable &table, const CommentCorpus &corpus, quint32 term,
                                        const std::vector<qint64> &rows, int count)
{
    return std::move(representativeQuotes(table, corpus, std::vector<quint32>{term}, rows, count).front());
}

std::vector<qint64> searchComments(const AnswerTable &table, const CommentCorpus &corpus, const QString &query,
                                   const std::vector<qint64> &rows)
{
    const QStringList words = Tokenizer().words(query);
    if (words.isEmpty())
        return rows;
    std::vector<quint32> wanted;
    for (const QString &word : words) {
        const auto id = corpus.findTerm(word);
        if (!id)
            return {}; // a word no comment has
        wanted.push_back(*id);
    }
    std::vector<qint64> result;
    for (qint64 row : rows) {
        const auto ids = corpus.termsOf(table.comment[std::size_t(row)]);
        if (std::all_of(wanted.begin(), wanted.end(), [&](quint32 id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }))
            result.push_back(row);
    }
    return result;
}

} // namespace waymark
