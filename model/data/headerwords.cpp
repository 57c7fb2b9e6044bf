#include "data/headerwords.h"

#include "data/headerwordlist.h"

#include <QList>
#include <QStringView>

#include <algorithm>
#include <compare>
#include <optional>

namespace waymark {

namespace {

using namespace headerwordlist;


// ---------------------------------------------------------------------------------------
// Folding
// ---------------------------------------------------------------------------------------

// Cyrillic (after case folding) to Latin: the Serbian letter map, plus the Russian and
// Ukrainian letters Serbian lacks. Marks left by the map (č, ć, ž, š) go with the others.
const char16_t *latinFor(char16_t c)
{
    switch (c) {
    case u'а': return u"a";
    case u'б': return u"b";
    case u'в': return u"v";
    case u'г': return u"g";
    case u'ґ': return u"g";
    case u'д': return u"d";
    case u'ђ': return u"đ";
    case u'е': return u"e";
    case u'ё': return u"e";
    case u'є': return u"je";
    case u'ж': return u"ž";
    case u'з': return u"z";
    case u'ѕ': return u"dz";
    case u'и': return u"i";
    case u'і': return u"i";
    case u'ї': return u"i";
    case u'й': return u"i";
    case u'ј': return u"j";
    case u'к': return u"k";
    case u'л': return u"l";
    case u'љ': return u"lj";
    case u'м': return u"m";
    case u'н': return u"n";
    case u'њ': return u"nj";
    case u'о': return u"o";
    case u'п': return u"p";
    case u'р': return u"r";
    case u'с': return u"s";
    case u'т': return u"t";
    case u'ћ': return u"ć";
    case u'у': return u"u";
    case u'ў': return u"u";
    case u'ф': return u"f";
    case u'х': return u"h";
    case u'ц': return u"c";
    case u'ч': return u"č";
    case u'џ': return u"dž";
    case u'ш': return u"š";
    case u'щ': return u"šč";
    case u'ъ': return u"";
    case u'ы': return u"y";
    case u'ь': return u"";
    case u'э': return u"e";
    case u'ю': return u"ju";
    case u'я': return u"ja";
    default: return nullptr;
    }
}

// Latin letters that compatibility decomposition leaves alone.
const char16_t *plainLatinFor(char16_t c)
{
    switch (c) {
    case u'đ': return u"dj";
    case u'ł': return u"l";
    case u'ø': return u"o";
    case u'ß': return u"ss";
    case u'æ': return u"ae";
    case u'œ': return u"oe";
    case u'ı': return u"i";
    default: return nullptr;
    }
}

enum class Kind { None, Latin, Cyrillic, Hangul, OtherLetter, Digit };

Kind kindOf(QChar c)
{
    if (c.isNumber())
        return Kind::Digit;
    if (!c.isLetter() || c.category() == QChar::Letter_Modifier)
        return Kind::None;
    switch (c.script()) {
    case QChar::Script_Latin: return Kind::Latin;
    case QChar::Script_Cyrillic: return Kind::Cyrillic;
    case QChar::Script_Hangul: return Kind::Hangul;
    default: return Kind::OtherLetter;
    }
}

struct RawToken {
    QString text;
    Kind kind = Kind::None;
};

// Splits at separators, at changes of script or between letters and digits, and at camel
// case ("ResponseId", "IPAddress", "eNPS"; "IDs" stays one token).
QList<RawToken> rawTokens(const QString &header)
{
    const QString s = header.normalized(QString::NormalizationForm_KD);
    const qsizetype n = s.size();
    QList<RawToken> tokens;
    QString current;
    Kind currentKind = Kind::None;
    QChar lastLetter;
    const auto flush = [&] {
        if (!current.isEmpty())
            tokens.append({current, currentKind});
        current.clear();
        currentKind = Kind::None;
        lastLetter = QChar();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s.at(i);
        if (c.isMark()) {
            if (!current.isEmpty())
                current.append(c);
            continue;
        }
        const Kind kind = kindOf(c);
        if (kind == Kind::None) {
            flush();
            continue;
        }
        bool split = !current.isEmpty() && kind != currentKind;
        if (!split && !current.isEmpty() && kind != Kind::Digit && c.isUpper()) {
            if (lastLetter.isLower()) {
                split = true;
            } else if (lastLetter.isUpper()) {
                qsizetype next = i + 1;
                while (next < n && s.at(next).isMark())
                    ++next;
                if (next < n && s.at(next).isLower()) {
                    qsizetype end = next;
                    while (end < n && (s.at(end).isLower() || s.at(end).isMark()))
                        ++end;
                    const bool pluralS = end - next == 1 && s.at(next) == u's' && (end == n || kindOf(s.at(end)) == Kind::None);
                    split = !pluralS;
                }
            }
        }
        if (split)
            flush();
        current.append(c);
        currentKind = kind;
        if (kind != Kind::Digit)
            lastLetter = c;
    }
    flush();
    return tokens;
}

QString foldToken(const QString &token)
{
    const QString folded = token.toCaseFolded();
    QString latin;
    latin.reserve(folded.size() + 4);
    for (const QChar c : folded) {
        if (const char16_t *l = latinFor(c.unicode()))
            latin.append(QStringView(l));
        else
            latin.append(c);
    }
    const QString decomposed = latin.normalized(QString::NormalizationForm_KD);
    QString kept;
    kept.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isMark() || !c.isLetterOrNumber() || c.category() == QChar::Letter_Modifier)
            continue;
        if (const char16_t *p = plainLatinFor(c.unicode()))
            kept.append(QStringView(p));
        else
            kept.append(c.toCaseFolded());
    }
    // Hangul was split into jamo by the decomposition: put the syllables back.
    return kept.normalized(QString::NormalizationForm_C);
}

// A header or a word, folded, with its token boundaries.
struct Folded {
    QString text;              // every token
    QString core;              // without number tokens ("Score (0–10)" -> "score")
    QList<qsizetype> starts;   // token offsets in `text`
    QList<qsizetype> ends;
    QList<bool> textCyrillic;  // per character of `text`: from a Cyrillic token
    QList<bool> coreCyrillic;  // per character of `core`
    QList<bool> digits;        // per token
    QStringList tokens;
    bool hangul = false;       // the first letter token is Hangul
};

Folded fold(const QString &text)
{
    Folded f;
    bool sawLetter = false;
    for (const RawToken &raw : rawTokens(text)) {
        const QString token = foldToken(raw.text);
        if (token.isEmpty())
            continue;
        f.starts.append(f.text.size());
        f.text.append(token);
        f.ends.append(f.text.size());
        const bool cyrillic = raw.kind == Kind::Cyrillic;
        f.textCyrillic.insert(f.textCyrillic.size(), token.size(), cyrillic);
        f.digits.append(raw.kind == Kind::Digit);
        f.tokens.append(token);
        if (raw.kind != Kind::Digit) {
            f.core.append(token);
            f.coreCyrillic.insert(f.coreCyrillic.size(), token.size(), cyrillic);
            if (!sawLetter)
                f.hangul = raw.kind == Kind::Hangul;
            sawLetter = true;
        }
    }
    return f;
}

// ---------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------

enum class Mode { Exact, Token, Prefix, Anywhere };

struct Word {
    QString text;
    QString core;
    Mode mode = Mode::Prefix;
    Tier tier = Normal;
    // Russian and Ukrainian words: their Cyrillic letters match Cyrillic letters only.
    bool cyrillicOnly = false;
    QList<bool> textCyrillic;
    QList<bool> coreCyrillic;
};

// Whether the header's letters from `at` on were Cyrillic wherever the word's were.
bool scriptFits(const QList<bool> &header, qsizetype at, const QList<bool> &word)
{
    for (qsizetype i = 0; i < word.size(); ++i)
        if (word[i] && !header[at + i])
            return false;
    return true;
}

QList<Word> wordsOf(QStringView list, Tier tier, bool cyrillicOnlyLanguage)
{
    QList<Word> words;
    for (QStringView entry : list.split(u'|', Qt::SkipEmptyParts)) {
        std::optional<Mode> mode;
        if (entry.startsWith(u'='))
            mode = Mode::Exact;
        else if (entry.startsWith(u'^'))
            mode = Mode::Token;
        else if (entry.startsWith(u'*'))
            mode = Mode::Anywhere;
        if (mode)
            entry = entry.mid(1);
        const QString source = entry.toString();
        const Folded f = fold(source);
        if (f.core.isEmpty())
            continue;
        Word w;
        w.text = f.text;
        w.core = f.core;
        w.tier = tier;
        w.cyrillicOnly = cyrillicOnlyLanguage && f.coreCyrillic.contains(true);
        w.textCyrillic = f.textCyrillic;
        w.coreCyrillic = f.coreCyrillic;
        if (mode)
            w.mode = *mode;
        else if (f.hangul)
            w.mode = f.text.size() >= 2 ? Mode::Anywhere : Mode::Token;
        else
            w.mode = f.text.size() <= 3 ? Mode::Token : Mode::Prefix;
        words.append(w);
    }
    return words;
}

QList<Word> wordsOf(const Row &row)
{
    QList<Word> words;
    words += wordsOf(QStringView(row.en), row.tier, false);
    words += wordsOf(QStringView(row.ru), row.tier, true);
    words += wordsOf(QStringView(row.uk), row.tier, true);
    words += wordsOf(QStringView(row.sr), row.tier, false);
    words += wordsOf(QStringView(row.ko), row.tier, false);
    return words;
}

struct Table {
    QHash<QString, QList<Word>> fields;        // field key -> words (not "score")
    QStringList fieldOrder;                    // table order, for deterministic claims
    QHash<QString, QList<Word>> metricScores;  // metric -> its own score words
    QStringList metrics;
    QList<Word> genericScore;
    QHash<QString, QList<Word>> veto;          // field key -> veto words
    QSet<QString> qualifiers;                  // folded
    QStringList hangulQualifiers;              // folded, may end a Hangul token
    QSet<QString> idLike;
};

const Table &table()
{
    static const Table t = [] {
        Table b;
        for (const Row &row : wordRows()) {
            const QString field = QString::fromUtf16(row.field);
            const QList<Word> words = wordsOf(row);
            if (field != u"score") {
                if (!b.fields.contains(field))
                    b.fieldOrder.append(field);
                b.fields[field] += words;
                continue;
            }
            const QStringView metrics(row.metrics);
            if (metrics.isEmpty()) {
                b.genericScore += words;
                continue;
            }
            for (QStringView metric : metrics.split(u'|', Qt::SkipEmptyParts)) {
                const QString key = metric.toString();
                if (!b.metrics.contains(key))
                    b.metrics.append(key);
                b.metricScores[key] += words;
            }
        }
        for (const Row &row : vetoRows())
            b.veto[QString::fromUtf16(row.field)] += wordsOf(row);
        for (const Word &w : wordsOf(qualifierRow())) {
            if (w.text.front().script() == QChar::Script_Hangul)
                b.hangulQualifiers.append(w.text);
            else
                b.qualifiers.insert(w.text);
        }
        for (const char16_t *field : idLikeFields())
            b.idLike.insert(QString::fromUtf16(field));
        return b;
    }();
    return t;
}

// ---------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------

// How well a word matches a header; greater is better, compared member by member.
struct Rank {
    int tier = 0;
    int exact = 0;
    qsizetype length = 0;
    int aligned = 0; // 2: whole tokens, 1: starts a token, 0: inside a token
    auto operator<=>(const Rank &) const = default;
};

struct Header {
    Folded f;
    // Cores with a qualifier removed ("Customer ID" -> "customer"), with their characters'
    // scripts.
    QList<std::pair<QString, QList<bool>>> qualified;
};

Header headerOf(const QString &text, const Table &t)
{
    Header h;
    h.f = fold(text);
    QList<qsizetype> letterTokens;
    for (qsizetype i = 0; i < h.f.tokens.size(); ++i)
        if (!h.f.digits[i])
            letterTokens.append(i);
    const auto coreWithout = [&](qsizetype skip) {
        QString core;
        QList<bool> cyrillic;
        for (qsizetype i : letterTokens) {
            if (i == skip)
                continue;
            core += h.f.tokens[i];
            cyrillic.insert(cyrillic.size(), h.f.tokens[i].size(), h.f.textCyrillic[h.f.starts[i]]);
        }
        return std::pair<QString, QList<bool>>(core, cyrillic);
    };
    if (letterTokens.size() >= 2) {
        if (t.qualifiers.contains(h.f.tokens[letterTokens.front()]))
            h.qualified.append(coreWithout(letterTokens.front()));
        if (t.qualifiers.contains(h.f.tokens[letterTokens.back()]))
            h.qualified.append(coreWithout(letterTokens.back()));
    }
    if (!letterTokens.isEmpty()) {
        const QString &last = h.f.tokens[letterTokens.back()];
        if (last.front().script() == QChar::Script_Hangul) {
            for (const QString &q : t.hangulQualifiers) {
                if (last.size() > q.size() && last.endsWith(q)) {
                    auto [core, cyrillic] = coreWithout(letterTokens.back());
                    const qsizetype kept = last.size() - q.size();
                    core += last.first(kept);
                    cyrillic.insert(cyrillic.size(), kept, false);
                    h.qualified.append({core, cyrillic});
                }
            }
        }
    }
    return h;
}

std::optional<Rank> match(const Header &h, const Word &w, bool idLike)
{
    const qsizetype length = w.text.size();
    if (h.f.core == w.core && (!w.cyrillicOnly || scriptFits(h.f.coreCyrillic, 0, w.coreCyrillic)))
        return Rank{w.tier, 1, length, 2};
    if (idLike) {
        for (const auto &[core, cyrillic] : h.qualified)
            if (core == w.core && (!w.cyrillicOnly || scriptFits(cyrillic, 0, w.coreCyrillic)))
                return Rank{w.tier, 1, length, 2};
    }
    if (w.mode == Mode::Exact)
        return std::nullopt;
    std::optional<Rank> best;
    for (qsizetype at = h.f.text.indexOf(w.text); at >= 0; at = h.f.text.indexOf(w.text, at + 1)) {
        const qsizetype end = at + length;
        const bool startsToken = h.f.starts.contains(at);
        bool endsToken = h.f.ends.contains(end);
        if (w.mode == Mode::Token && !endsToken && end < h.f.text.size() && h.f.text.at(end) == u's'
            && h.f.ends.contains(end + 1))
            endsToken = true; // an English plural: "counts", "critics"
        if ((w.mode == Mode::Prefix || w.mode == Mode::Token) && !startsToken)
            continue;
        if (w.mode == Mode::Token && !endsToken)
            continue;
        if (w.cyrillicOnly && !scriptFits(h.f.textCyrillic, at, w.textCyrillic))
            continue;
        const Rank r{w.tier, 0, length, startsToken ? (endsToken ? 2 : 1) : 0};
        if (!best || *best < r)
            best = r;
    }
    return best;
}

struct Key {
    QString name;
    QList<Word> words;
    QList<Word> veto;
    bool idLike = false;
    int fieldIndex = -1; // in `fields` when the key may still be guessed
};

std::optional<Rank> bestRank(const Header &h, const Key &key)
{
    for (const Word &v : key.veto)
        if (match(h, v, false))
            return std::nullopt;
    std::optional<Rank> best;
    for (const Word &w : key.words) {
        const std::optional<Rank> r = match(h, w, key.idLike);
        if (r && (!best || *best < *r))
            best = r;
    }
    return best;
}

QList<Key> keysFor(const QString &metric, const QStringList &fields, const QSet<QString> &takenFields)
{
    const Table &t = table();
    const auto openIndex = [&](const QString &key) {
        const int index = int(fields.indexOf(key));
        return index >= 0 && !takenFields.contains(key) && !key.startsWith(u'~') ? index : -1;
    };
    QList<Key> keys;
    for (const QString &field : t.fieldOrder)
        keys.append({field, t.fields.value(field), t.veto.value(field), t.idLike.contains(field), openIndex(field)});

    Key score{QStringLiteral("score"), t.genericScore, t.veto.value(QStringLiteral("score")), false, openIndex(QStringLiteral("score"))};
    score.words += t.metricScores.value(metric);
    for (const QString &other : t.metrics) {
        if (other == metric)
            continue;
        if (metric == u"mean") {
            // A plain mean of any measure: other metrics' words are fallbacks for its value.
            for (Word w : t.metricScores.value(other)) {
                w.tier = Weak;
                score.words.append(w);
            }
        } else {
            // Another metric's score column ("NPS" in a CSAT file) is claimed, not taken.
            keys.append({QStringLiteral("~score:") + other, t.metricScores.value(other), score.veto, false, -1});
        }
    }
    keys.prepend(score);
    return keys;
}

} // namespace

QString foldHeader(const QString &header)
{
    return fold(header).text;
}

QHash<QString, QString> guessFields(const QString &metric, const QStringList &headers, const QStringList &fields,
                                    const QSet<QString> &takenHeaders, const QSet<QString> &takenFields)
{
    const Table &t = table();
    const QList<Key> keys = keysFor(metric, fields, takenFields);

    struct Candidate {
        Rank rank;
        int field;
        int header;
    };
    QList<Candidate> candidates;
    QSet<QString> seen;
    for (int hi = 0; hi < headers.size(); ++hi) {
        const QString &name = headers[hi];
        if (takenHeaders.contains(name) || seen.contains(name))
            continue;
        seen.insert(name);
        const Header h = headerOf(name, t);
        if (h.f.core.isEmpty())
            continue;
        QList<std::pair<const Key *, Rank>> ranks;
        std::optional<Rank> best;
        for (const Key &key : keys) {
            if (const std::optional<Rank> r = bestRank(h, key)) {
                ranks.append({&key, *r});
                if (!best || *best < *r)
                    best = r;
            }
        }
        // The column belongs to the field its header matches best; if that is a field not
        // asked for, a taken one, or metadata, no weaker field gets it either.
        for (const auto &[key, rank] : ranks)
            if (key->fieldIndex >= 0 && rank == *best)
                candidates.append({rank, key->fieldIndex, hi});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.rank != b.rank)
            return a.rank > b.rank;
        if (a.field != b.field)
            return a.field < b.field;
        return a.header < b.header;
    });
    QHash<QString, QString> mapping;
    QSet<int> usedFields;
    QSet<int> usedHeaders;
    for (const Candidate &c : candidates) {
        if (usedFields.contains(c.field) || usedHeaders.contains(c.header))
            continue;
        usedFields.insert(c.field);
        usedHeaders.insert(c.header);
        mapping.insert(headers[c.header], fields[c.field]);
    }
    return mapping;
}

} // namespace waymark
