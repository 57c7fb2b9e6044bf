#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace waymark {

// Which column of an imported survey or CRM export feeds which field, guessed from the
// header names in English, Russian, Ukrainian, Serbian (Cyrillic and Latin) and Korean.
// The words live in one table in headerwords.cpp.

// Folds a header for matching: case-folded, Unicode compatibility-decomposed with combining
// marks removed (é→e, č→c, й→и→i), Cyrillic transliterated to Latin with the Serbian letter
// map (so "Тачка контакта" and "Tačka kontakta" both fold to "tackakontakta"; љ→lj, њ→nj,
// џ→dž→dz, ђ and đ→dj), Hangul recomposed, and everything that is not a letter or a digit
// removed (whitespace, _ - . : / ( ) # [ ] ? , ' " %, …).
QString foldHeader(const QString &header);

// Guesses header -> field key for the given field keys, for a dataset of metric `metric`
// ("nps", "csat", "ces", "audit", "enps", "mean" or "clv").
// Field keys: "score", "respondent", "customer", "date", "segment", "touchpoint", "stage",
// "channel", "department", "location", "comment"; aggregated tables: "count", "promoters",
// "passives", "detractors", "satisfied", "mean", "sd", "met", "checked"; CLV: "customer",
// "value", "currency", "segment", "acquired". Unknown keys are never guessed.
// Headers in `takenHeaders` and fields in `takenFields` were mapped by the user (--map) and
// are skipped; guessing goes on for the rest. Each field goes to at most one column and each
// column to at most one field. A column goes only to the field its header matches best, so a
// header that matches a field not asked for ("Customer since" in a survey, "NPS" in a CSAT
// file), a field the user mapped elsewhere, or survey-tool metadata ("Location Latitude",
// "Distribution Channel") is left alone rather than given to a weaker match.
// Ranking: generic fallback words ("score", "rating", "customer", "value", …) lose to any
// specific word; then exact matches (after folding, ignoring numbers such as "(0–10)" and,
// for id-like fields, a qualifier such as "ID", "No.", "name", "код", "šifra", "번호") win over
// containment; then a longer word wins; ties go to the field listed first in `fields`, then
// to the column listed first in `headers`.
QHash<QString, QString> guessFields(const QString &metric, const QStringList &headers, const QStringList &fields,
                                    const QSet<QString> &takenHeaders = {}, const QSet<QString> &takenFields = {});

} // namespace waymark
