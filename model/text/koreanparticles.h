#pragma once

#include <QString>

namespace waymark {

// Korean writes particles (josa) onto the word they mark: 고객센터에서, 직원이, 앱을. Without a
// morphological analyser (Debian has none packaged for C++ that fits: MeCab-ko is not in
// Debian), Waymark strips one common trailing particle from a Hangul token so "직원이" and
// "직원은" count as "직원".
//
// The limit, by design: only the particles in the list (case markers, topic, "also", "only",
// "and/with", location and direction), one per token, longest first. A one-syllable particle
// is stripped only when two syllables remain, so 평가 ("evaluation") is not cut to 평, at the
// price of keeping 앱이 apart from 앱. Verb endings (-요, -습니다) are not touched: 느려요 and
// 느립니다 stay two terms.
QString stripKoreanParticle(const QString &token);
// How many characters at the end of `token` are the particle stripKoreanParticle() removes.
qsizetype koreanParticleLength(QStringView token);

bool isHangulSyllable(QChar c);

} // namespace waymark
