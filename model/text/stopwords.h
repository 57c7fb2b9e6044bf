#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace waymark {

// The stop-word lists shipped as data files (model/text/stopwords/*.txt, compiled in with
// model/text/stopwords.qrc; each file names its source and licence in its header).
struct StopWords {
    // English, Russian, Ukrainian and Korean words together: a word of one is rarely a content
    // word of another. Serbian apart, in Cyrillic: its "код" (at) is Russian "code", so it
    // applies only to comments that read as Serbian.
    QSet<QString> all;
    QSet<QString> serbian;
    // Every list in one table, the lists a word is on as bits: the tokenizer's one lookup per word.
    enum List : quint8 { English = 1, SerbianLatin = 2, AnyButSerbian = 4, Serbian = 8 };
    QHash<QString, quint8> lists;
    quint8 listsOf(const QString &word) const { return lists.value(word, 0); }
    QSet<QString> english;      // to tell English from Serbian Latin comments
    QSet<QString> serbianLatin;

    // Loaded once, then shared (read-only, so threads may use it together).
    static const StopWords &shared();
    // One list, "en", "ru", "uk", "sr", "ko": the words of :/waymark/stopwords/LANG.txt.
    static QSet<QString> load(const QString &language);
};

} // namespace waymark
