// Fuzzes what the importer does to every byte of a survey or CRM export before a row is
// kept: decoding (BOM, UTF-16, Windows-1251/1252, UTF-8 validation), the cell parsers
// (scores, numbers, dates, slash-date order) and header guessing, each against the promises
// of its header.
//   byte 0, bits 0-2: encoding chosen (none, windows-1251, windows-1252, utf-16le, utf-16be)
//   byte 0, bit 3:    slash dates day first
//   byte 0, bits 4-6: the metric whose headers are guessed
//   the rest:         the file's bytes; its lines are the cells, its first line the headers
#include "data/datatables.h"
#include "data/headerwords.h"
#include "data/importfields.h"
#include "data/textdecoding.h"
#include "fuzzcheck.h"

#include <QDate>
#include <QSet>

#include <cmath>
#include <cstddef>
#include <cstdint>

using namespace waymark;

namespace {

void checkCell(QByteArrayView cell, bool dayFirst, SlashDateOrder &order)
{
    const QByteArrayView trimmed = trimmedCell(cell);
    FUZZ_CHECK(trimmed.size() <= cell.size(), "trimming never grows a cell");
    if (const auto score = parseScore(cell)) {
        FUZZ_CHECK(*score >= 0 && *score <= 10, "a score is 0..10");
        const auto number = parseNumber(cell);
        FUZZ_CHECK(number && *number == *score, "a score reads as the same number");
    }
    if (const auto number = parseNumber(cell))
        FUZZ_CHECK(std::isfinite(*number), "numbers are finite");
    for (const bool first : {dayFirst, !dayFirst}) {
        if (const auto day = parseDay(cell, first)) {
            FUZZ_CHECK(*day == noDate || QDate::fromJulianDay(*day).isValid(), "a parsed day is a real date");
            FUZZ_CHECK((*day == noDate) == trimmed.isEmpty(), "only an empty cell has no date");
        }
    }
    order.see(cell);
    FUZZ_CHECK(!order.known() || order.sawSlashDates(), "the order is known only from slash dates");
}

void checkUtf8(const QByteArray &bytes)
{
    const qsizetype bad = firstInvalidUtf8(bytes);
    FUZZ_CHECK(bad >= -1 && bad < bytes.size(), "the first invalid byte lies inside the text");
    // Differential check against Qt's decoder: valid UTF-8 survives a round trip through
    // QString unchanged; invalid UTF-8 does not (Qt replaces the bad bytes). Qt drops a
    // leading byte order mark.
    const QByteArrayView withoutBom = bytes.startsWith("\xEF\xBB\xBF") ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes);
    const bool roundTrips = QString::fromUtf8(bytes).toUtf8() == withoutBom;
    FUZZ_CHECK(roundTrips == (bad < 0), "firstInvalidUtf8 agrees with Qt's UTF-8 decoder");
}

void checkHeaders(const QString &firstLine, int metricIndex)
{
    static const QStringList metrics = {QStringLiteral("nps"),  QStringLiteral("csat"), QStringLiteral("ces"),
                                        QStringLiteral("audit"), QStringLiteral("enps"), QStringLiteral("mean"),
                                        QStringLiteral("clv")};
    static const QStringList fields = {
        QStringLiteral("score"),      QStringLiteral("respondent"), QStringLiteral("customer"),   QStringLiteral("date"),
        QStringLiteral("segment"),    QStringLiteral("touchpoint"), QStringLiteral("stage"),      QStringLiteral("channel"),
        QStringLiteral("department"), QStringLiteral("location"),   QStringLiteral("comment"),    QStringLiteral("count"),
        QStringLiteral("promoters"),  QStringLiteral("passives"),   QStringLiteral("detractors"), QStringLiteral("value"),
        QStringLiteral("currency"),   QStringLiteral("acquired")};
    const QStringList headers = firstLine.split(QLatin1Char(',')).mid(0, 64);
    for (const QString &header : headers)
        foldHeader(header);
    const QHash<QString, QString> guessed = guessFields(metrics[metricIndex % metrics.size()], headers, fields);
    QSet<QString> used;
    for (auto it = guessed.cbegin(); it != guessed.cend(); ++it) {
        FUZZ_CHECK(headers.contains(it.key()), "a guess maps a header of the file");
        FUZZ_CHECK(fields.contains(it.value()), "a guess maps a field asked for");
        FUZZ_CHECK(!used.contains(it.value()), "each field goes to at most one column");
        used.insert(it.value());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QString encodings[] = {QString(), QStringLiteral("windows-1251"), QStringLiteral("windows-1252"),
                                        QStringLiteral("utf-16le"), QStringLiteral("utf-16be")};
    const uint8_t options = data[0];
    const QString &encoding = encodings[(options & 7) % 5];
    const bool dayFirst = options & 8;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    checkUtf8(bytes);
    const Utf8Text text = toUtf8(bytes, encoding);
    if (!encoding.isEmpty() || text.encoding != QLatin1String("utf-8"))
        FUZZ_CHECK(firstInvalidUtf8(text.utf8) < 0 && text.problem.isEmpty(), "decoded text is valid UTF-8");
    else
        FUZZ_CHECK(text.problem.isEmpty() == (firstInvalidUtf8(text.utf8) < 0), "a problem is named exactly when the UTF-8 is invalid");

    SlashDateOrder order;
    for (const QByteArray &line : text.utf8.split('\n'))
        checkCell(line, dayFirst, order);
    checkHeaders(QString::fromUtf8(text.utf8.left(text.utf8.indexOf('\n'))), options >> 4);
    return 0;
}
