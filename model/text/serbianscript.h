#pragma once

#include <QString>

namespace waymark {

// Serbian is written in two scripts that map letter for letter (Vuk's alphabet and Gaj's
// Latin alphabet). Comments count together only if both reach one form: Waymark folds to
// Cyrillic, because Latin is shared with English and Cyrillic letters never need guessing back.

// "čekanje" -> "чекање"; "ljubazno" -> "љубазно"; "džep" -> "џеп". Expects case-folded text
// (lower case); characters that are not Serbian Latin letters are kept as they are.
// Limit: a few words where "nj"/"lj"/"dž" are two letters (injekcija, nadživeti) become one
// Cyrillic letter; both scripts of such a word still meet only if the Cyrillic is written the
// same way, which is rare enough for counting terms.
QString serbianLatinToCyrillic(const QString &folded);

// Whether case-folded Latin text reads as Serbian rather than English: it carries č ć ž š đ
// (or the digraph letters ǆ ǉ ǌ), or more of its words are Serbian stop words than English ones.
bool looksSerbianLatin(const QString &folded, int serbianStopWords, int englishStopWords);

// True for a Serbian Latin diacritic letter (lower case).
bool isSerbianLatinMark(QChar c);

} // namespace waymark
