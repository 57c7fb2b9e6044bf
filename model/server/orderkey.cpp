#include "server/orderkey.h"

#include <QStringList>

namespace waymark::OrderKey {

namespace {

constexpr int base = 36;

int digitValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'z')
        return 10 + c.unicode() - u'a';
    return -1;
}

QChar digit(int value)
{
    return value < 10 ? QChar(u'0' + value) : QChar(u'a' + value - 10);
}

// The midpoint of two fractions; `after` empty stands for 1.0. Needs before < after.
QString midpoint(const QString &before, const QString &after)
{
    // Shared leading digits (a shorter `before` reads as padded with zeros) stay as they are.
    qsizetype common = 0;
    while (common < after.size() && (common < before.size() ? before[common] : u'0') == after[common])
        ++common;
    if (common > 0)
        return after.left(common) + midpoint(before.mid(common), after.mid(common));
    const int low = before.isEmpty() ? 0 : digitValue(before[0]);
    const int high = after.isEmpty() ? base : digitValue(after[0]);
    if (high - low > 1)
        return QString(digit((low + high) / 2));
    // Neighbouring first digits: `after`'s first digit alone is already between the two
    // when `after` goes on; otherwise keep `before`'s digit and go one place deeper.
    if (after.size() > 1)
        return after.left(1);
    return QString(digit(low)) + midpoint(before.mid(1), QString());
}

} // namespace

bool isValid(const QString &key)
{
    if (key.isEmpty() || key.endsWith(u'0'))
        return false;
    for (const QChar c : key) {
        if (digitValue(c) < 0)
            return false;
    }
    return true;
}

QString between(const QString &before, const QString &after)
{
    const bool beforeOk = before.isEmpty() || isValid(before);
    const bool afterOk = after.isEmpty() || isValid(after);
    if (!beforeOk || !afterOk || (!after.isEmpty() && before >= after))
        return before + u'i';
    return midpoint(before, after);
}

QStringList spread(int count)
{
    QStringList keys;
    if (count <= 0)
        return keys;
    // Width w with base^w > count + 1, then key i = (i + 1) * base^w / (count + 1).
    int width = 1;
    double room = base;
    while (room <= count + 1) {
        ++width;
        room *= base;
    }
    for (int i = 0; i < count; ++i) {
        // Long division in base 36 keeps this exact for any count (no overflow at width > 12).
        qint64 numerator = i + 1;
        QString key;
        qint64 remainder = numerator;
        for (int place = 0; place < width; ++place) {
            remainder *= base;
            key += digit(int(remainder / (count + 1)));
            remainder %= (count + 1);
        }
        while (key.endsWith(u'0'))
            key.chop(1);
        keys << key;
    }
    return keys;
}

} // namespace waymark::OrderKey
