#include "text/serbianscript.h"

namespace waymark {

namespace {

// One Latin letter -> its Cyrillic letter; 0 where the letter is not Serbian Latin.
char16_t cyrillicOf(char16_t latin)
{
    switch (latin) {
    case u'a': return u'а';
    case u'b': return u'б';
    case u'c': return u'ц';
    case u'č': return u'ч';
    case u'ć': return u'ћ';
    case u'd': return u'д';
    case u'đ': return u'ђ';
    case u'e': return u'е';
    case u'f': return u'ф';
    case u'g': return u'г';
    case u'h': return u'х';
    case u'i': return u'и';
    case u'j': return u'ј';
    case u'k': return u'к';
    case u'l': return u'л';
    case u'm': return u'м';
    case u'n': return u'н';
    case u'o': return u'о';
    case u'p': return u'п';
    case u'r': return u'р';
    case u's': return u'с';
    case u'š': return u'ш';
    case u't': return u'т';
    case u'u': return u'у';
    case u'v': return u'в';
    case u'z': return u'з';
    case u'ž': return u'ж';
    case u'\u01C6': return u'џ'; // ǆ
    case u'\u01C9': return u'љ'; // ǉ
    case u'\u01CC': return u'њ'; // ǌ
    default: return 0;
    }
}

} // namespace

bool isSerbianLatinMark(QChar c)
{
    switch (c.unicode()) {
    case u'č': case u'ć': case u'ž': case u'š': case u'đ': case u'\u01C6': case u'\u01C9': case u'\u01CC':
        return true;
    default:
        return false;
    }
}

QString serbianLatinToCyrillic(const QString &folded)
{
    QString result;
    result.reserve(folded.size());
    const qsizetype size = folded.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = folded[i].unicode();
        const char16_t next = i + 1 < size ? folded[i + 1].unicode() : 0;
        // The digraphs first: lj, nj and dž are single letters of the alphabet.
        if (c == u'l' && next == u'j') {
            result += QChar(u'љ');
            ++i;
        } else if (c == u'n' && next == u'j') {
            result += QChar(u'њ');
            ++i;
        } else if (c == u'd' && next == u'ž') {
            result += QChar(u'џ');
            ++i;
        } else if (const char16_t cyrillic = cyrillicOf(c)) {
            result += QChar(cyrillic);
        } else {
            result += QChar(c);
        }
    }
    return result;
}

bool looksSerbianLatin(const QString &folded, int serbianStopWords, int englishStopWords)
{
    for (QChar c : folded)
        if (isSerbianLatinMark(c))
            return true;
    return serbianStopWords > englishStopWords;
}

} // namespace waymark
