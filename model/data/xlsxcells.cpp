#include "data/xlsxcells.h"

#include <QDate>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace waymark::xlsx {

namespace {

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

RefStatus parseCellRef(QStringView ref, int *column, int *row)
{
    qsizetype i = 0;
    qint64 c = 0;
    for (; i < ref.size(); ++i) {
        const char16_t u = ref[i].toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        c = std::min<qint64>(c * 26 + (u - u'A' + 1), maxColumn + 1); // clamped: no overflow
    }
    const qsizetype letters = i;
    qint64 r = 0;
    for (; i < ref.size() && ref[i].unicode() >= u'0' && ref[i].unicode() <= u'9'; ++i)
        r = std::min<qint64>(r * 10 + (ref[i].unicode() - u'0'), maxRow + 1);
    if (letters == 0 || i == letters || i != ref.size() || r == 0)
        return RefStatus::Invalid;
    if (c > maxColumn)
        return RefStatus::BeyondColumn;
    if (r > maxRow)
        return RefStatus::BeyondRow;
    *column = int(c);
    *row = int(r);
    return RefStatus::Ok;
}

QString columnName(int column)
{
    QString name;
    for (; column > 0; column /= 26) {
        --column;
        name.prepend(QChar(char16_t(u'A' + column % 26)));
    }
    return name;
}

DateKind dateKindOf(int numFmtId, QStringView formatCode, bool hasFormatCode)
{
    if (!hasFormatCode) {
        if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47))
            return DateKind::TimeOnly;
        const bool date = (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36)
                          || (numFmtId >= 50 && numFmtId <= 58);
        return date ? DateKind::Date : DateKind::None;
    }
    bool day = false, month = false, year = false, hour = false, second = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        switch (formatCode[i].toLower().unicode()) {
        case u'"':
        case u'[': {
            const qsizetype end = formatCode.indexOf(formatCode[i] == u'"' ? u'"' : u']', i + 1);
            i = end < 0 ? formatCode.size() : end;
            break;
        }
        case u'\\': // an escaped literal
        case u'_':  // space as wide as the next character
        case u'*':  // fill with the next character
            ++i;
            break;
        case u'd': day = true; break;
        case u'm': month = true; break;
        case u'y': year = true; break;
        case u'h': hour = true; break;
        case u's': second = true; break;
        default: break;
        }
    }
    if (!day && !month && !year && !hour)
        return DateKind::None;
    return !day && !year && (hour || second) ? DateKind::TimeOnly : DateKind::Date;
}

QString numberText(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    const double magnitude = std::abs(value);
    const char format = magnitude < 1e-6 || magnitude >= 1e21 ? 'g' : 'f';
    return QString::number(value, format, QLocale::FloatingPointShortest);
}

QString serialDateText(double serial, bool date1904, DateKind kind)
{
    // 3e6 days is past 9999-12-31 in both systems, and keeps the seconds well inside qint64.
    if (kind == DateKind::None || !std::isfinite(serial) || serial < 0 || serial > 3e6)
        return {};
    const qint64 seconds = std::llround(serial * 86400.0);
    const qint64 days = seconds / 86400;
    const int rest = int(seconds % 86400);
    const QString time = QString::asprintf("%02d:%02d:%02d", rest / 3600, rest / 60 % 60, rest % 60);
    if (kind == DateKind::TimeOnly && days == 0)
        return time;
    QString text;
    if (!date1904 && days == 60) {
        text = QStringLiteral("1900-02-29"); // Excel's, after Lotus 1-2-3: not a real day
    } else {
        // 1900: serial 1 is 1900-01-01; from 61 on, one day less to skip the false leap day.
        const QDate date = date1904 ? QDate(1904, 1, 1).addDays(days) : QDate(1899, 12, days < 60 ? 31 : 30).addDays(days);
        if (!date.isValid() || date.year() > 9999)
            return {};
        text = date.toString(Qt::ISODate);
    }
    return rest == 0 ? text : text + u'T' + time;
}

QString unescapeXstring(const QString &text)
{
    if (!text.contains(QStringLiteral("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            int code = 0;
            qsizetype k = i + 2;
            for (; k < i + 6 && hexDigit(text[k]) >= 0; ++k)
                code = code * 16 + hexDigit(text[k]);
            if (k == i + 6) {
                out.append(QChar(char16_t(code)));
                i += 6;
                continue;
            }
        }
        out.append(text[i]);
    }
    return out;
}

QString csvField(const QString &text)
{
    QString field = text;
    field.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    field.replace(u'\r', u' ');
    field.replace(u'\n', u' ');
    if (!field.contains(u',') && !field.contains(u'"'))
        return field;
    field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + field + u'"';
}

} // namespace waymark::xlsx
