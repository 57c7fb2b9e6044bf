#include "text/stopwords.h"

#include "text/serbianscript.h"

#include <QFile>

// The resources live in the static model library; a program links them only when asked.
static void initStopWordResources()
{
    Q_INIT_RESOURCE(stopwords);
}

namespace waymark {

QSet<QString> StopWords::load(const QString &language)
{
    initStopWordResources();
    QSet<QString> words;
    QFile file(QStringLiteral(":/waymark/stopwords/%1.txt").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return words; // a build without the list: the analysis still runs, only noisier
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const QString word = line.trimmed().toCaseFolded();
        if (!word.isEmpty() && !word.startsWith(u'#'))
            words.insert(word);
    }
    return words;
}

const StopWords &StopWords::shared()
{
    static const StopWords words = [] {
        StopWords w;
        w.english = load(QStringLiteral("en"));
        w.serbianLatin = load(QStringLiteral("sr"));
        w.all = w.english;
        for (const QString &language : {QStringLiteral("ru"), QStringLiteral("uk"), QStringLiteral("ko")})
            w.all.unite(load(language));
        for (const QString &word : std::as_const(w.serbianLatin))
            w.serbian.insert(serbianLatinToCyrillic(word));
        const auto mark = [&w](const QSet<QString> &list, List bit) {
            for (const QString &word : list)
                w.lists[word] |= bit;
        };
        mark(w.english, English);
        mark(w.serbianLatin, SerbianLatin);
        mark(w.all, AnyButSerbian);
        mark(w.serbian, Serbian);
        return w;
    }();
    return words;
}

} // namespace waymark
