#pragma once

#include <QByteArray>
#include <QString>

namespace waymark {

// A file's bytes as UTF-8, whatever they were: found by BOM (UTF-8, UTF-16 LE/BE), chosen
// by the user (Windows-1251, Windows-1252 — Russian, Ukrainian and Serbian Excel exports),
// or checked UTF-8. Importers then parse bytes: CSV's structure is ASCII, so UTF-8 fields
// are slices of the bytes and only new distinct values ever become QStrings.
struct Utf8Text {
    QByteArray utf8;   // without a BOM; the input shares its bytes when it was UTF-8 already
    QString encoding;  // what the bytes were read as: "utf-8", "utf-16le", "windows-1251", …
    QString problem;   // not valid UTF-8 and nothing chosen: where it breaks (line)
    bool unchecked = false; // UTF-8 left for the caller to check (toUtf8's `leaveCheck`)
};
// With `givePagesBack`, `bytes` is a file's memory mapping: checking UTF-8 gives each
// stretch's pages back to the kernel once checked (data/mappedpages.h), so a file of hundreds
// of megabytes is never all in memory. Never for bytes in ordinary memory.
// With `leaveCheck`, text read as UTF-8 is not checked here (`unchecked` says so): the caller
// checks it as it reads (firstInvalidUtf8(), and utf8Problem() for the message).
Utf8Text toUtf8(const QByteArray &bytes, const QString &chosenEncoding = QString(), bool givePagesBack = false, bool leaveCheck = false);
// What Utf8Text::problem says of `text` that breaks at byte `bad`.
QString utf8Problem(QByteArrayView text, qsizetype bad);

// Offset of the first byte that is not part of valid UTF-8 (overlong forms, surrogates and
// values past U+10FFFF are invalid), or -1. Qt 6.4 has no public validator, so we keep one.
qsizetype firstInvalidUtf8(QByteArrayView bytes);

} // namespace waymark
