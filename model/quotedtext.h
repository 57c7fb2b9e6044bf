#pragma once

#include <QChar>
#include <QString>

namespace waymark {

// A value from a file, quoted for a one-line message: control characters escaped, long text
// cut, so a stray newline, a pasted essay or a 64 MiB hostile value cannot garble (or flood)
// the message.
inline QString quotedText(const QString &text)
{
    qsizetype cut = 60;
    if (text.size() > cut && text[cut - 1].isHighSurrogate())
        --cut; // keep emoji whole
    QString shown;
    for (const QChar c : text.left(cut)) {
        if (c == QLatin1Char('\n'))
            shown += QStringLiteral("\\n");
        else if (c.category() == QChar::Other_Control)
            shown += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    if (text.size() > cut)
        shown += QChar(0x2026); // …
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

} // namespace waymark
