#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace waymark {

struct StopWords;

// Splits a comment into the words that are counted, in all six languages Waymark speaks:
// - word boundaries from QTextBoundaryFinder (Unicode UAX #29; Hangul words are separated by
//   spaces, so Korean needs nothing more), case folding, ё read as е, ’ as ';
// - numbers, e-mail addresses and phone numbers dropped (any word with a digit; spans that
//   text/personaldata.h finds);
// - Serbian Latin folded to Cyrillic (text/serbianscript.h) when the comment reads as Serbian;
// - one common trailing Korean particle stripped (text/koreanparticles.h);
// - stop words (text/stopwords.h) dropped; Serbian ones only in comments that read as Serbian
//   (Latin as above, or Cyrillic with ђ ј љ њ ћ џ).
// No stemming: docs/comment-analysis.md says why libstemmer is not used.
class Tokenizer
{
public:
    Tokenizer();

    // The comment's words in order; an empty string marks a break that a two-word phrase must
    // not cross (punctuation, a line end, a stop word, a dropped number or address).
    void split(const QString &text, std::vector<QString> &out) const;
    // The same into `words[0, n)`, returning n: the strings already in `words` are reused, so
    // a caller splitting many comments allocates only for new, longer words.
    std::size_t splitInto(const QString &text, std::vector<QString> &words) const;

    // The counted words, breaks left out.
    QStringList words(const QString &text) const;
    // Words and two-word phrases ("long wait"), as the analysis counts them.
    QStringList terms(const QString &text) const;

    // A single word as the analysis spells it ("Čekanje" -> "чекање"), or empty if it is not
    // counted (a stop word, a number). For search boxes: the term a user types.
    QString canonicalWord(const QString &word) const;

private:
    const StopWords &mStopWords;
};

} // namespace waymark
