#include "data/importjob.h"

#include "data/csvrecords.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cmath>

namespace waymark {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ImportJob)
};

// The upper halves of the two Windows code pages our users' spreadsheets are saved in
// (generated from Python's codecs; 0xFFFD where the code page has no character).
const char16_t cp1251[128] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
    0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F,
    0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
    0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
    0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,
    0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,
    0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
    0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F};
const char16_t cp1252[128] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
    0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7,
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
    0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF};

QString decodeSingleByte(const QByteArray &bytes, const char16_t *upper)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = uchar(bytes[i]);
        out[i] = b < 0x80 ? QChar(char16_t(b)) : QChar(upper[b - 0x80]);
    }
    return text;
}

// Decodes by BOM, else as UTF-8; `problem` says where UTF-8 breaks (so the user can pick a
// Windows code page). `used` names what was used.
QString decode(const QByteArray &bytes, const QString &forced, QString *used, QString *problem)
{
    QString encoding = forced;
    QByteArray body = bytes;
    if (encoding.isEmpty()) {
        if (bytes.startsWith("\xEF\xBB\xBF"))
            encoding = QStringLiteral("utf-8");
        else if (bytes.startsWith("\xFF\xFE"))
            encoding = QStringLiteral("utf-16le");
        else if (bytes.startsWith("\xFE\xFF"))
            encoding = QStringLiteral("utf-16be");
        else
            encoding = QStringLiteral("utf-8");
    }
    *used = encoding;
    if (encoding == QLatin1String("windows-1251") || encoding == QLatin1String("cp1251"))
        return decodeSingleByte(bytes, cp1251);
    if (encoding == QLatin1String("windows-1252") || encoding == QLatin1String("cp1252"))
        return decodeSingleByte(bytes, cp1252);
    const auto kind = encoding == QLatin1String("utf-16le") ? QStringConverter::Utf16LE
                    : encoding == QLatin1String("utf-16be") ? QStringConverter::Utf16BE
                                                            : QStringConverter::Utf8;
    QStringDecoder decoder(kind); // drops a BOM
    QString text = decoder.decode(body);
    if (decoder.hasError() && kind == QStringConverter::Utf8 && problem) {
        // Find the first invalid byte to say on which line.
        qsizetype good = 0;
        for (qsizetype step = 1; step <= bytes.size(); ++step) {
            QStringDecoder probe(QStringConverter::Utf8);
            (void)probe.decode(bytes.left(step));
            if (probe.hasError())
                break;
            good = step;
            if (step > 4096)
                break;
        }
        const qint64 line = bytes.left(good).count('\n') + 1;
        *problem = Text::tr("The file is not valid UTF-8 (line %1).").arg(line);
    }
    return text;
}

QString simplified(const QString &header)
{
    QString key = header.toLower();
    key.remove(QRegularExpression(QStringLiteral("[\\s_\\-.:/()#]")));
    return key;
}

// Header words per field, in English, Russian, Ukrainian, Serbian (Cyrillic, Latin) and Korean.
const QList<QStringList> &npsWords()
{
    static const QList<QStringList> words{
        {QStringLiteral("score"), QStringLiteral("nps"), QStringLiteral("recommend"), QStringLiteral("оценка"), QStringLiteral("оцінка"),
         QStringLiteral("ocena"), QStringLiteral("оцена"), QStringLiteral("점수"), QStringLiteral("likelytorecommend"), QStringLiteral("rating")},
        {QStringLiteral("respondent"), QStringLiteral("респондент"), QStringLiteral("ispitanik"), QStringLiteral("испитаник"), QStringLiteral("응답자")},
        {QStringLiteral("customer"), QStringLiteral("client"), QStringLiteral("клиент"), QStringLiteral("клієнт"), QStringLiteral("kupac"), QStringLiteral("купац"),
         QStringLiteral("klijent"), QStringLiteral("고객")},
        {QStringLiteral("date"), QStringLiteral("дата"), QStringLiteral("datum"), QStringLiteral("датум"), QStringLiteral("날짜"), QStringLiteral("일자")},
        {QStringLiteral("segment"), QStringLiteral("сегмент"), QStringLiteral("세그먼트")},
        {QStringLiteral("touchpoint"), QStringLiteral("точкаконтакта"), QStringLiteral("точкадотику"), QStringLiteral("dodirnatačka"),
         QStringLiteral("додирнатачка"), QStringLiteral("접점"), QStringLiteral("datakey")},
        {QStringLiteral("stage"), QStringLiteral("этап"), QStringLiteral("етап"), QStringLiteral("faza"), QStringLiteral("фаза"), QStringLiteral("단계")},
        {QStringLiteral("channel"), QStringLiteral("канал"), QStringLiteral("kanal"), QStringLiteral("채널")},
        {QStringLiteral("comment"), QStringLiteral("комментарий"), QStringLiteral("коментар"), QStringLiteral("komentar"), QStringLiteral("의견"),
         QStringLiteral("코멘트")}};
    return words;
}

const QList<QStringList> &clvWords()
{
    static const QList<QStringList> words{
        {QStringLiteral("customer"), QStringLiteral("client"), QStringLiteral("клиент"), QStringLiteral("клієнт"), QStringLiteral("kupac"),
         QStringLiteral("купац"), QStringLiteral("klijent"), QStringLiteral("고객")},
        {QStringLiteral("clv"), QStringLiteral("ltv"), QStringLiteral("lifetimevalue"), QStringLiteral("value"), QStringLiteral("ценность"),
         QStringLiteral("цінність"), QStringLiteral("vrednost"), QStringLiteral("вредност"), QStringLiteral("сумма"), QStringLiteral("iznos"),
         QStringLiteral("금액"), QStringLiteral("고객생애가치")},
        {QStringLiteral("currency"), QStringLiteral("валюта"), QStringLiteral("valuta"), QStringLiteral("валута"), QStringLiteral("통화")},
        {QStringLiteral("segment"), QStringLiteral("сегмент"), QStringLiteral("세그먼트")},
        {QStringLiteral("acquisition"), QStringLiteral("acquired"), QStringLiteral("привлечен"), QStringLiteral("залучен"),
         QStringLiteral("pridobijen"), QStringLiteral("가입")}};
    return words;
}

enum NpsField { Score, Respondent, Customer, Date, Segment, TouchpointKey, StageName, ChannelName, Comment };
enum ClvField { ClvCustomer, Value, Currency, ClvSegment, Acquired };

// Records as header + rows of text, from CSV/TSV or JSON/NDJSON.
struct Records {
    QStringList headers;
    QList<QStringList> rows;
    QList<qint64> lines;
    QString error;
};

Records readRecords(const QString &text, const QString &fileName, QChar delimiter, qsizetype limit)
{
    Records records;
    const QString trimmed = text.trimmed();
    const bool json = fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        || fileName.endsWith(QLatin1String(".ndjson"), Qt::CaseInsensitive) || trimmed.startsWith(u'[') || trimmed.startsWith(u'{');
    if (json) {
        QList<QJsonObject> objects;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError) {
            QJsonArray array = document.isArray() ? document.array() : QJsonArray();
            if (document.isObject()) // an object holding one array of objects
                for (const QJsonValue &value : document.object())
                    if (value.isArray())
                        array = value.toArray();
            for (const QJsonValue &value : std::as_const(array))
                objects.append(value.toObject());
            for (qsizetype i = 0; i < objects.size(); ++i)
                records.lines.append(i + 1); // a JSON array has no useful lines: the item number
        } else {
            // NDJSON: one object per line.
            const QStringList lines = text.split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (lines[i].trimmed().isEmpty())
                    continue;
                QJsonParseError lineError;
                const QJsonDocument line = QJsonDocument::fromJson(lines[i].toUtf8(), &lineError);
                if (lineError.error != QJsonParseError::NoError || !line.isObject()) {
                    records.error = Text::tr("Line %1, column %2: not a JSON object (%3).")
                                        .arg(i + 1).arg(lineError.offset + 1).arg(lineError.errorString());
                    return records;
                }
                objects.append(line.object());
                records.lines.append(i + 1);
            }
        }
        for (const QJsonObject &object : std::as_const(objects))
            for (const QString &key : object.keys())
                if (!records.headers.contains(key))
                    records.headers.append(key);
        for (const QJsonObject &object : std::as_const(objects)) {
            QStringList row;
            for (const QString &key : std::as_const(records.headers)) {
                const QJsonValue value = object.value(key);
                row.append(value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : value.toVariant().toString());
            }
            records.rows.append(row);
            if (limit > 0 && records.rows.size() >= limit)
                break;
        }
        return records;
    }
    const QChar split = delimiter.isNull() ? CsvRecords::detectDelimiter(text) : delimiter;
    CsvRecords::read(text, split, [&](const QStringList &fields, qint64 line) {
        if (records.headers.isEmpty()) {
            records.headers = fields;
            return true;
        }
        records.rows.append(fields);
        records.lines.append(line);
        return limit <= 0 || records.rows.size() < limit;
    });
    return records;
}

std::optional<int> parseScore(const QString &text)
{
    bool ok = false;
    const int score = text.trimmed().toInt(&ok);
    if (!ok || score < 0 || score > 10)
        return std::nullopt;
    return score;
}

std::optional<double> parseNumber(QString text)
{
    text = text.trimmed().remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(u' ');
    // "1.234,50" / "1,234.50": the last separator is the decimal one.
    const qsizetype comma = text.lastIndexOf(u',');
    const qsizetype dot = text.lastIndexOf(u'.');
    if (comma > dot) {
        text.remove(u'.');
        text.replace(u',', u'.');
    } else if (dot > comma) {
        text.remove(u',');
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// ISO 8601 (with or without time), dd.mm.yyyy, and d/m/yyyy or m/d/yyyy by `dayFirst`.
std::optional<QDate> parseDate(const QString &raw, bool dayFirst)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return QDate();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})"));
    static const QRegularExpression dotted(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})"));
    static const QRegularExpression slashed(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{2,4})"));
    QDate date;
    if (const auto m = iso.match(text); m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const auto d = dotted.match(text); d.hasMatch())
        date = QDate(d.captured(3).toInt(), d.captured(2).toInt(), d.captured(1).toInt());
    else if (const auto s = slashed.match(text); s.hasMatch()) {
        int year = s.captured(3).toInt();
        if (year < 100)
            year += 2000;
        const int a = s.captured(1).toInt();
        const int b = s.captured(2).toInt();
        date = dayFirst ? QDate(year, b, a) : QDate(year, a, b);
    }
    if (!date.isValid())
        return std::nullopt;
    return date;
}

// Slash dates where both numbers are ≤ 12 everywhere cannot tell day from month.
bool slashDatesAmbiguous(const QStringList &values, bool *dayFirst)
{
    static const QRegularExpression slashed(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/"));
    bool any = false;
    for (const QString &value : values) {
        const auto m = slashed.match(value.trimmed());
        if (!m.hasMatch())
            continue;
        any = true;
        if (m.captured(1).toInt() > 12) {
            *dayFirst = true;
            return false;
        }
        if (m.captured(2).toInt() > 12) {
            *dayFirst = false;
            return false;
        }
    }
    *dayFirst = true;
    return any;
}

} // namespace

QStringList importFieldNames(DatasetKind kind)
{
    if (kind == DatasetKind::Nps)
        return {Text::tr("Score (0–10)"), Text::tr("Respondent id"), Text::tr("Customer id"), Text::tr("Date"), Text::tr("Segment"),
                Text::tr("Touchpoint (data key)"), Text::tr("Stage"), Text::tr("Channel"), Text::tr("Comment")};
    return {Text::tr("Customer id"), Text::tr("Value"), Text::tr("Currency"), Text::tr("Segment"), Text::tr("Acquisition date")};
}

QList<int> requiredImportFields(DatasetKind kind)
{
    return kind == DatasetKind::Nps ? QList<int>{Score} : QList<int>{ClvCustomer, Value};
}

QHash<QString, int> guessImportMapping(DatasetKind kind, const QStringList &headers)
{
    const QList<QStringList> &words = kind == DatasetKind::Nps ? npsWords() : clvWords();
    QHash<QString, int> mapping;
    QSet<int> taken;
    // Exact matches first, then headers that contain a word ("customer_id", "Оценка NPS").
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &header : headers) {
            if (mapping.contains(header))
                continue;
            const QString key = simplified(header);
            for (int field = 0; field < words.size(); ++field) {
                if (taken.contains(field))
                    continue;
                const bool match = std::any_of(words[field].begin(), words[field].end(), [&](const QString &word) {
                    return pass == 0 ? key == word || key == word + QStringLiteral("id") : key.contains(word);
                });
                if (match) {
                    mapping.insert(header, field);
                    taken.insert(field);
                    break;
                }
            }
        }
    }
    return mapping;
}

ImportPreview previewImport(const QByteArray &bytes, const QString &fileName, const ImportChoices &choices, int rows)
{
    ImportPreview preview;
    const QString text = decode(bytes, choices.encoding, &preview.encoding, &preview.encodingProblem);
    const Records records = readRecords(text, fileName, choices.delimiter, rows);
    preview.headers = records.headers;
    preview.rows = records.rows;
    preview.error = records.error;
    if (records.headers.isEmpty() && records.error.isEmpty())
        preview.error = Text::tr("The file holds no rows.");
    const QHash<QString, int> guess = guessImportMapping(DatasetKind::Nps, records.headers);
    for (auto it = guess.cbegin(); it != guess.cend(); ++it) {
        if (it.value() != Date)
            continue;
        const qsizetype column = records.headers.indexOf(it.key());
        QStringList values;
        for (const QStringList &row : records.rows)
            values.append(row.value(column));
        bool dayFirst = true;
        preview.dateOrderAmbiguous = slashDatesAmbiguous(values, &dayFirst);
    }
    return preview;
}

ImportOutcome runImport(const QByteArray &bytes, const QString &fileName, DatasetKind kind, const ImportChoices &choices,
                        const QHash<QString, int> &mapping, const std::function<void(double)> &progress,
                        const std::atomic_bool *cancel)
{
    ImportOutcome outcome;
    QString encoding;
    QString problem;
    const QString text = decode(bytes, choices.encoding, &encoding, &problem);
    if (!problem.isEmpty()) {
        outcome.error = problem + QLatin1Char(' ') + Text::tr("Choose its encoding (for example Windows-1251).");
        return outcome;
    }
    const Records records = readRecords(text, fileName, choices.delimiter, 0);
    if (!records.error.isEmpty()) {
        outcome.error = records.error;
        return outcome;
    }
    const QStringList fields = importFieldNames(kind);
    QHash<int, qsizetype> columnOf;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        const qsizetype column = records.headers.indexOf(it.key());
        if (column >= 0)
            columnOf.insert(it.value(), column);
    }
    for (int required : requiredImportFields(kind)) {
        if (!columnOf.contains(required)) {
            outcome.error = Text::tr("No column is chosen for “%1”.").arg(fields[required]);
            return outcome;
        }
    }
    bool dayFirst = true;
    if (choices.dateOrder != 0) {
        dayFirst = choices.dateOrder == 1;
    } else if (const int dateField = kind == DatasetKind::Nps ? int(Date) : int(Acquired); columnOf.contains(dateField)) {
        QStringList values;
        for (const QStringList &row : records.rows)
            values.append(row.value(columnOf.value(dateField)));
        if (slashDatesAmbiguous(values, &dayFirst)) {
            outcome.error = Text::tr("The dates could be day-first or month-first: choose which.");
            return outcome;
        }
    }

    Dataset dataset;
    dataset.id = QUuid::createUuid();
    dataset.kind = kind;
    dataset.name = fileName;
    dataset.source.fileName = fileName;
    dataset.source.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    dataset.source.importedAt = QDateTime::currentDateTimeUtc();
    dataset.source.encoding = encoding;
    QStringList mappingLines;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        mappingLines << QStringLiteral("%1=%2").arg(it.key(), fields.value(it.value()));
    mappingLines.sort();
    dataset.source.mapping = mappingLines.join(u'\n');
    dataset.nps.reserve(std::size_t(records.rows.size()));
    QHash<QString, qint64> respondentLine;
    const auto cell = [&](const QStringList &row, int field) {
        return columnOf.contains(field) ? row.value(columnOf.value(field)).trimmed() : QString();
    };
    const auto refuse = [&](qint64 line, int field, const QString &value, const QString &reason) {
        outcome.issues.push_back({line, records.headers.value(columnOf.value(field)), value, reason});
    };
    for (qsizetype r = 0; r < records.rows.size(); ++r) {
        if (cancel && (r & 4095) == 0 && *cancel)
            return {};
        if (progress && (r % 10000) == 0)
            progress(double(r) / double(records.rows.size()));
        const QStringList &row = records.rows[r];
        const qint64 line = records.lines.value(r);
        if (row.size() != records.headers.size() && !records.lines.isEmpty() && row.size() < records.headers.size()
            && std::any_of(columnOf.cbegin(), columnOf.cend(), [&](qsizetype c) { return c >= row.size(); })) {
            outcome.issues.push_back({line, {}, {}, Text::tr("the row has %1 fields, the header %2").arg(row.size()).arg(records.headers.size())});
            continue;
        }
        if (kind == DatasetKind::Nps) {
            const QString scoreText = cell(row, Score);
            const auto score = parseScore(scoreText);
            if (!score) {
                bool number = false;
                scoreText.toDouble(&number);
                refuse(line, Score, scoreText,
                       scoreText.isEmpty() ? Text::tr("no score")
                       : number           ? Text::tr("score %1 is not a whole number from 0 to 10").arg(scoreText)
                                          : Text::tr("“%1” is not a number").arg(scoreText));
                continue;
            }
            const auto date = parseDate(cell(row, Date), dayFirst);
            if (!date) {
                refuse(line, Date, cell(row, Date), Text::tr("unreadable date"));
                continue;
            }
            const QString respondent = cell(row, Respondent);
            if (!respondent.isEmpty()) {
                if (const auto first = respondentLine.constFind(respondent); first != respondentLine.constEnd()) {
                    refuse(line, Respondent, respondent, Text::tr("duplicate respondent id (first on line %1)").arg(*first));
                    continue;
                }
                respondentLine.insert(respondent, line);
            }
            NpsTable &t = dataset.nps;
            t.score.push_back(quint8(*score));
            t.day.push_back(dayNumber(*date));
            t.respondent.push_back(t.strings.add(respondent));
            t.customer.push_back(t.strings.add(cell(row, Customer)));
            t.segment.push_back(t.strings.add(cell(row, Segment)));
            t.touchpoint.push_back(t.strings.add(cell(row, TouchpointKey)));
            t.stage.push_back(t.strings.add(cell(row, StageName)));
            t.channel.push_back(t.strings.add(cell(row, ChannelName)));
            t.comment.push_back(t.strings.add(cell(row, Comment)));
        } else {
            const QString customer = cell(row, ClvCustomer);
            if (customer.isEmpty()) {
                refuse(line, ClvCustomer, customer, Text::tr("no customer id"));
                continue;
            }
            const auto value = parseNumber(cell(row, Value));
            if (!value) {
                refuse(line, Value, cell(row, Value), Text::tr("“%1” is not a number").arg(cell(row, Value)));
                continue;
            }
            const auto acquired = parseDate(cell(row, Acquired), dayFirst);
            if (!acquired) {
                refuse(line, Acquired, cell(row, Acquired), Text::tr("unreadable date"));
                continue;
            }
            ClvTable &t = dataset.clv;
            t.customer.push_back(t.strings.add(customer));
            t.value.push_back(*value);
            t.currency.push_back(t.strings.add(cell(row, Currency).toUpper()));
            t.segment.push_back(t.strings.add(cell(row, ClvSegment)));
            t.acquired.push_back(dayNumber(*acquired));
        }
    }
    if (progress)
        progress(1.0);
    dataset.source.rowsRead = records.rows.size();
    dataset.source.rowsImported = qint64(dataset.rows());
    dataset.source.rowsRejected = qint64(outcome.issues.size());
    if (dataset.rows() == 0) {
        outcome.error = Text::tr("No valid rows: %Ln row(s) read, all refused.", nullptr, int(records.rows.size()));
        return outcome;
    }
    outcome.dataset = std::move(dataset);
    return outcome;
}

} // namespace waymark
