#include "text/commentcorpus.h"

#include "text/tokenizer.h"

#include <algorithm>
#include <thread>

namespace waymark {

namespace {

quint64 pairKey(quint32 first, quint32 second)
{
    return (quint64(first) << 32) | second;
}

} // namespace

// What one thread makes of its comments, in ids of its own; merged into the corpus after.
struct CommentCorpus::Piece {
    std::vector<quint32> comments;   // string-pool indices
    std::vector<quint32> offsets{0}; // per comment, into termIds
    std::vector<quint32> termIds;
    std::vector<QString> words;
    std::vector<std::pair<quint32, quint32>> terms;
    WordIds wordIds;
    std::vector<quint32> termOfWord;
    PairIds termOfPair;

    quint32 wordTerm(quint32 word)
    {
        if (termOfWord[word] == noWord) {
            termOfWord[word] = quint32(terms.size());
            terms.emplace_back(word, noWord);
        }
        return termOfWord[word];
    }
    quint32 phraseTerm(quint32 first, quint32 second)
    {
        bool added = false;
        const quint32 id = termOfPair.intern(pairKey(first, second), quint32(terms.size()), added);
        if (added)
            terms.emplace_back(first, second);
        return id;
    }

    void tokenise(const AnswerTable &table, const Tokenizer &tokenizer)
    {
        std::vector<QString> parts;
        std::vector<quint32> ids;
        for (quint32 comment : comments) {
            const std::size_t count = tokenizer.splitInto(table.strings.at(comment), parts);
            ids.clear();
            for (std::size_t p = 0; p < count; ++p) {
                QString &part = parts[p];
                if (part.isEmpty()) {
                    ids.push_back(noWord);
                    continue;
                }
                // A new word takes the buffer's string; a known one leaves it for reuse.
                bool added = false;
                const std::optional<quint32> known = wordIds.find(part, words);
                const quint32 id = known ? *known : wordIds.intern(std::move(part), words, added);
                if (added)
                    termOfWord.push_back(noWord);
                ids.push_back(id);
            }
            for (std::size_t i = 0; i < ids.size(); ++i) {
                if (ids[i] == noWord)
                    continue;
                termIds.push_back(wordTerm(ids[i]));
                if (i + 1 < ids.size() && ids[i + 1] != noWord)
                    termIds.push_back(phraseTerm(ids[i], ids[i + 1]));
            }
            offsets.push_back(quint32(termIds.size()));
        }
    }
};

CommentCorpus CommentCorpus::build(const AnswerTable &table, int threads)
{
    CommentCorpus corpus;
    const std::size_t poolSize = table.strings.size();
    std::vector<bool> isComment(poolSize, false);
    for (quint32 comment : table.comment)
        if (comment != 0)
            isComment[comment] = true;
    std::vector<quint32> comments;
    for (std::size_t i = 1; i < poolSize; ++i)
        if (isComment[i])
            comments.push_back(quint32(i));
    corpus.mCommentCount = comments.size();

    if (threads <= 0)
        threads = int(std::clamp(std::thread::hardware_concurrency(), 1u, 4u));
    // Small tables are not worth a thread.
    threads = int(std::min<std::size_t>(std::size_t(threads), std::max<std::size_t>(1, comments.size() / 2000)));
    std::vector<Piece> pieces(static_cast<std::size_t>(threads));
    // Interleaved shares: comments imported in file order often come in runs of one language.
    for (std::size_t i = 0; i < comments.size(); ++i)
        pieces[i % pieces.size()].comments.push_back(comments[i]);
    const Tokenizer tokenizer; // loads the stop words once, before the threads read them
    {
        std::vector<std::thread> workers;
        for (std::size_t p = 1; p < pieces.size(); ++p)
            workers.emplace_back([&, p] { pieces[p].tokenise(table, tokenizer); });
        pieces[0].tokenise(table, tokenizer);
        for (std::thread &worker : workers)
            worker.join();
    }

    // Merge: the first piece's tables become the corpus's as they are; the others' ids are
    // translated into them.
    std::size_t totalIds = 0;
    for (const Piece &piece : pieces)
        totalIds += piece.termIds.size();
    Piece &first = pieces[0];
    corpus.mWords = std::move(first.words);
    corpus.mWordIds = std::move(first.wordIds);
    corpus.mTermOfWord = std::move(first.termOfWord);
    corpus.mTerms = std::move(first.terms);
    corpus.mTermOfPair = std::move(first.termOfPair);
    corpus.mTermIds = std::move(first.termIds);
    corpus.mTermIds.reserve(totalIds);
    corpus.mSpans.assign(poolSize, {0, 0});
    for (std::size_t c = 0; c < first.comments.size(); ++c)
        corpus.mSpans[first.comments[c]] = {first.offsets[c], first.offsets[c + 1]};
    for (std::size_t p = 1; p < pieces.size(); ++p) {
        Piece &piece = pieces[p];
        std::vector<quint32> wordMap(piece.words.size());
        for (std::size_t w = 0; w < piece.words.size(); ++w) {
            bool added = false;
            wordMap[w] = corpus.mWordIds.intern(std::move(piece.words[w]), corpus.mWords, added);
            if (added)
                corpus.mTermOfWord.push_back(noWord);
        }
        std::vector<quint32> termMap(piece.terms.size());
        for (std::size_t t = 0; t < piece.terms.size(); ++t) {
            const auto [firstWord, second] = piece.terms[t];
            const quint32 globalFirst = wordMap[firstWord];
            if (second == noWord) {
                quint32 &id = corpus.mTermOfWord[globalFirst];
                if (id == noWord) {
                    id = quint32(corpus.mTerms.size());
                    corpus.mTerms.emplace_back(globalFirst, noWord);
                }
                termMap[t] = id;
                continue;
            }
            const quint32 globalSecond = wordMap[second];
            bool added = false;
            termMap[t] = corpus.mTermOfPair.intern(pairKey(globalFirst, globalSecond), quint32(corpus.mTerms.size()), added);
            if (added)
                corpus.mTerms.emplace_back(globalFirst, globalSecond);
        }
        for (std::size_t c = 0; c < piece.comments.size(); ++c) {
            const quint32 start = quint32(corpus.mTermIds.size());
            for (quint32 i = piece.offsets[c]; i < piece.offsets[c + 1]; ++i)
                corpus.mTermIds.push_back(termMap[piece.termIds[i]]);
            corpus.mSpans[piece.comments[c]] = {start, quint32(corpus.mTermIds.size())};
        }
        piece = Piece(); // frees its memory before the next is merged
    }
    return corpus;
}

std::span<const quint32> CommentCorpus::termsOf(quint32 comment) const
{
    if (std::size_t(comment) >= mSpans.size())
        return {};
    const auto [start, end] = mSpans[comment];
    return std::span<const quint32>(mTermIds.data() + start, end - start);
}

QString CommentCorpus::termText(quint32 term) const
{
    const auto [first, second] = mTerms[term];
    return second == noWord ? mWords[first] : mWords[first] + u' ' + mWords[second];
}

std::optional<quint32> CommentCorpus::findTerm(const QString &term) const
{
    const qsizetype space = term.indexOf(u' ');
    const auto first = mWordIds.find(space < 0 ? QStringView(term) : QStringView(term).left(space), mWords);
    if (!first)
        return std::nullopt;
    if (space < 0)
        return mTermOfWord[*first] == noWord ? std::nullopt : std::optional<quint32>(mTermOfWord[*first]);
    const auto second = mWordIds.find(QStringView(term).mid(space + 1), mWords);
    if (!second)
        return std::nullopt;
    return mTermOfPair.find(pairKey(*first, *second));
}

} // namespace waymark
