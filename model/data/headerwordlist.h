#pragma once

// The header words of every import field in English, Russian, Ukrainian, Serbian and Korean,
// as data for headerwords.cpp (which folds headers and matches them against these).

#include <span>

namespace waymark::headerwordlist {

// ---------------------------------------------------------------------------------------
// The words. One row per field (and, for "score", per metric) and tier, one column per
// language, words separated by '|'. Words are folded exactly like headers (foldHeader), so
// case, accents, separators and Serbian script do not matter: Serbian is written once, in
// Cyrillic, and matches Latin headers too. The Cyrillic letters of Russian and Ukrainian words
// match only Cyrillic letters of the header (so "дата" cannot hit the English "Data source",
// nor "балл" "Ball"); English, Serbian and Korean words match any script.
//
// How a word may sit in a header (the default follows from the word):
//   '=' prefix: the whole header only ("n", "broj");
//   '^' prefix: whole tokens only, an English plural 's' allowed ("count" not in "country");
//   '*' prefix: anywhere;
//   no prefix: Latin and Cyrillic words of up to 3 letters are whole tokens, longer ones must
//   start a token ("unit" in "business unit", not "ease" in "please"; word stems such as
//   "оценк" and plural/case endings then match); Hangul words of two or more syllables match
//   anywhere (Korean writes compounds without spaces), one syllable only as a whole token.
// Tiers: Weak words are fallbacks that lose to any Normal word (generic "score", "customer",
// CLV "value"); Strong words mark survey-tool metadata that must never be taken for a field.
// Fields starting with '~' are never returned; they only claim headers so that a weaker
// field cannot take them ("Location Latitude", "Store manager"). Fields not asked for claim
// headers the same way ("Dissatisfied" is not "satisfied" even when only "satisfied" is asked).
// ---------------------------------------------------------------------------------------

enum Tier { Weak = 0, Normal = 1, Strong = 2 };

struct Row {
    const char16_t *field;
    const char16_t *metrics; // "score" rows: the metrics they serve, '|'-separated; empty: all
    Tier tier;
    const char16_t *en;
    const char16_t *ru;
    const char16_t *uk;
    const char16_t *sr;
    const char16_t *ko;
};

// The rows of words per field; the words that veto the score column; the qualifiers that
// turn "Customer ID" into an exact match; the fields whose values are names or ids.
std::span<const Row> wordRows();
std::span<const Row> vetoRows();
const Row &qualifierRow();
std::span<const char16_t *const> idLikeFields();

} // namespace waymark::headerwordlist
