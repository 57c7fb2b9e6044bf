#pragma once

#include "data/datatables.h"
#include "text/termtables.h"

#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace waymark {

class Tokenizer;

// Every distinct comment of an answer table tokenised once (text/tokenizer.h), its words and
// two-word phrases interned to integer term ids and kept in one flat array. Comments are
// string-pool indices in the table, so a comment given by many answers is split once, and
// counting per group is then integer work only.
class CommentCorpus
{
public:
    // `threads` 0: one per core (at most 4); the comments are split between them.
    static CommentCorpus build(const AnswerTable &table, int threads = 0);

    // The term ids of the comment with this string-pool index, in order (a word, then the
    // phrase it starts when there is one). Empty for an index that is no comment.
    std::span<const quint32> termsOf(quint32 comment) const;
    std::size_t termCount() const { return mTerms.size(); }
    QString termText(quint32 term) const;
    bool isPhrase(quint32 term) const { return mTerms[term].second != noWord; }
    // The id of a term spelled as the analysis spells it ("чекање", "long wait").
    std::optional<quint32> findTerm(const QString &term) const;
    // Distinct comments tokenised.
    std::size_t comments() const { return mCommentCount; }

private:
    static constexpr quint32 noWord = 0xFFFF'FFFFu;
    struct Piece; // one thread's share, merged by build()

    std::vector<std::pair<quint32, quint32>> mSpans; // per string-pool index: its terms' [start, end) in mTermIds
    std::vector<quint32> mTermIds;
    std::vector<QString> mWords;
    std::vector<std::pair<quint32, quint32>> mTerms; // word ids; second = noWord for a single word
    WordIds mWordIds;
    std::vector<quint32> mTermOfWord; // word id -> its single-word term
    PairIds mTermOfPair;              // (first << 32 | second) -> phrase term
    std::size_t mCommentCount = 0;
};

} // namespace waymark
