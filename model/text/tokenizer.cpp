#include "text/tokenizer.h"

#include "text/koreanparticles.h"
#include "text/personaldata.h"
#include "text/serbianscript.h"
#include "text/stopwords.h"

#include <QTextBoundaryFinder>
#include <QVarLengthArray>

#include <algorithm>

namespace waymark {

namespace {

enum class Segment { Word, Drop, Space, Break };

Segment classify(QStringView segment)
{
    bool letter = false;
    bool space = true;
    for (QChar c : segment) {
        if (c.isDigit())
            return Segment::Drop;
        if (c.isLetter())
            letter = true;
        if (!c.isSpace() || c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            space = false;
    }
    if (letter)
        return Segment::Word;
    return space ? Segment::Space : Segment::Break;
}

// Letters only Serbian Cyrillic has (Russian and Ukrainian have none of them).
bool isSerbianCyrillicLetter(QChar c)
{
    switch (c.unicode()) {
    case u'ђ': case u'ј': case u'љ': case u'њ': case u'ћ': case u'џ':
        return true;
    default:
        return false;
    }
}

// Latin letters of the blocks comments use (Basic Latin to Latin Extended-B, and Extended
// Additional for Vietnamese-style marks), without a script lookup per character.
bool isLatinLetter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u | 0x20) >= u'a' && (u | 0x20) <= u'z';
    return ((u >= 0xC0 && u < 0x250) || (u >= 0x1E00 && u < 0x1F00)) && c.isLetter();
}

// Case folding (simple, letter by letter, as QString::toCaseFolded), ё read as е and the
// typographic apostrophes as ', into `word`'s own buffer.
void foldInto(QStringView segment, QString &word)
{
    word.resize(segment.size());
    QChar *out = word.data();
    for (qsizetype i = 0; i < segment.size(); ++i) {
        const QChar c = segment[i];
        char16_t folded = c.isSurrogate() ? c.unicode() : char16_t(QChar::toCaseFolded(char32_t(c.unicode())));
        if (folded == u'ё')
            folded = u'е';
        else if (folded == u'\u2019' || folded == u'\u02BC')
            folded = u'\'';
        out[i] = QChar(folded);
    }
}

} // namespace

Tokenizer::Tokenizer() : mStopWords(StopWords::shared()) {}

std::size_t Tokenizer::splitInto(const QString &text, std::vector<QString> &words) const
{
    std::size_t count = 0;
    // The stop lists each word is on, looked up once (again only if Serbian folding changes it).
    QVarLengthArray<quint8, 64> lists;
    // Strings of earlier comments are written over: no allocation per word once warm.
    const auto next = [&]() -> QString & {
        if (count == words.size())
            words.emplace_back();
        return words[count++];
    };
    const auto addBreak = [&] {
        if (count > 0 && !words[count - 1].isEmpty()) {
            next().resize(0);
            lists.append(0);
        }
    };
    // Addresses and phone numbers: their parts must not be counted as words.
    QList<PersonalDataSpan> hidden;
    if (text.contains(u'@'))
        hidden = findPersonalData(text);
    int serbianHits = 0, englishHits = 0;
    bool latin = false, serbianMarks = false, serbianCyrillic = false;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    qsizetype hiddenAt = 0;
    for (qsizetype end = finder.toNextBoundary(); end != -1; start = end, end = finder.toNextBoundary()) {
        const QStringView segment = QStringView(text).mid(start, end - start);
        while (hiddenAt < hidden.size() && hidden[hiddenAt].start + hidden[hiddenAt].length <= start)
            ++hiddenAt;
        if (hiddenAt < hidden.size() && hidden[hiddenAt].start < end) {
            addBreak();
            continue;
        }
        switch (classify(segment)) {
        case Segment::Space:
            continue;
        case Segment::Drop:
        case Segment::Break:
            addBreak();
            continue;
        case Segment::Word:
            break;
        }
        QString &word = next();
        foldInto(segment, word);
        if (std::any_of(word.cbegin(), word.cend(), isLatinLetter)) {
            latin = true;
            serbianMarks = serbianMarks || std::any_of(word.cbegin(), word.cend(), isSerbianLatinMark);
        } else if (isHangulSyllable(word.back())) {
            word.truncate(word.size() - koreanParticleLength(word));
        } else if (!serbianCyrillic) {
            serbianCyrillic = std::any_of(word.cbegin(), word.cend(), isSerbianCyrillicLetter);
        }
        const quint8 on = mStopWords.listsOf(word);
        serbianHits += (on & StopWords::SerbianLatin) ? 1 : 0;
        englishHits += (on & StopWords::English) ? 1 : 0;
        lists.append(on);
    }
    // Serbian Latin is recognised on the whole comment, then folded word by word.
    const bool serbianLatin = latin && (serbianMarks || serbianHits > englishHits);
    const bool serbian = serbianLatin || serbianCyrillic;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < count; ++i) {
        QString &word = words[i];
        if (!word.isEmpty()) {
            quint8 on = lists[qsizetype(i)];
            if (serbianLatin && std::any_of(word.cbegin(), word.cend(), isLatinLetter)) {
                word = serbianLatinToCyrillic(word);
                on = mStopWords.listsOf(word);
            }
            if ((on & StopWords::AnyButSerbian) || (serbian && (on & StopWords::Serbian)))
                word.resize(0);
        }
        // Breaks in a row, and at either end, say nothing more than none.
        if (word.isEmpty() && (kept == 0 || words[kept - 1].isEmpty()))
            continue;
        if (i != kept)
            std::swap(words[kept], word);
        ++kept;
    }
    if (kept > 0 && words[kept - 1].isEmpty())
        --kept;
    return kept;
}

void Tokenizer::split(const QString &text, std::vector<QString> &out) const
{
    std::vector<QString> buffer;
    const std::size_t count = splitInto(text, buffer);
    for (std::size_t i = 0; i < count; ++i)
        out.push_back(std::move(buffer[i]));
}

QStringList Tokenizer::words(const QString &text) const
{
    std::vector<QString> parts;
    split(text, parts);
    QStringList result;
    for (QString &word : parts)
        if (!word.isEmpty())
            result << std::move(word);
    return result;
}

QStringList Tokenizer::terms(const QString &text) const
{
    std::vector<QString> parts;
    split(text, parts);
    QStringList result;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (parts[i].isEmpty())
            continue;
        result << parts[i];
        if (i + 1 < parts.size() && !parts[i + 1].isEmpty())
            result << parts[i] + u' ' + parts[i + 1];
    }
    return result;
}

QString Tokenizer::canonicalWord(const QString &word) const
{
    const QStringList found = words(word);
    return found.size() == 1 ? found.front() : QString();
}

} // namespace waymark
