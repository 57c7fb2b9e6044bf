#include "effortinput.h"

#include "effort.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <cstdlib>

namespace waymark {

namespace {

struct EffortInput {
    Q_DECLARE_TR_FUNCTIONS(EffortInput)
};

// Largest first: a time is written in this order, each unit at most once.
enum class TimeUnit { None, Weeks, Days, Hours, Minutes, Unknown };

double minutesPer(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Weeks: return 7 * 24 * 60.0;
    case TimeUnit::Days: return 24 * 60.0;
    case TimeUnit::Hours: return 60.0;
    default: return 1.0;
    }
}

// Unit words people write after a number, lower case, in our six languages. "м" and "h" are
// ambiguous in prose, not after a duration. Days and weeks are calendar time: a customer who
// waits 3 days for a card waits 72 hours.
TimeUnit timeUnit(const QString &word)
{
    static const QStringList weeks{
        QStringLiteral("w"),        QStringLiteral("wk"),      QStringLiteral("wks"),     QStringLiteral("week"),
        QStringLiteral("weeks"),    QStringLiteral("нед"),     QStringLiteral("неделя"),  QStringLiteral("недели"),
        QStringLiteral("недель"),   QStringLiteral("неделю"),  QStringLiteral("тиж"),     QStringLiteral("тиждень"),
        QStringLiteral("тижні"),    QStringLiteral("тижнів"),  QStringLiteral("недеља"),  QStringLiteral("недеље"),
        QStringLiteral("недељу"),   QStringLiteral("ned"),     QStringLiteral("nedelja"), QStringLiteral("nedelje"),
        QStringLiteral("nedelju"),  QStringLiteral("주"),      QStringLiteral("주일"),
    };
    static const QStringList days{
        QStringLiteral("d"),     QStringLiteral("day"),  QStringLiteral("days"), QStringLiteral("д"),
        QStringLiteral("дн"),    QStringLiteral("день"), QStringLiteral("дня"),  QStringLiteral("дней"),
        QStringLiteral("дні"),   QStringLiteral("днів"), QStringLiteral("дан"),  QStringLiteral("дана"),
        QStringLiteral("dan"),   QStringLiteral("dana"), QStringLiteral("일"),
    };
    static const QStringList hours{
        QStringLiteral("h"),     QStringLiteral("hr"),     QStringLiteral("hrs"),    QStringLiteral("hour"),
        QStringLiteral("hours"), QStringLiteral("ч"),      QStringLiteral("час"),    QStringLiteral("часа"),
        QStringLiteral("часов"), QStringLiteral("год"),    QStringLiteral("година"), QStringLiteral("години"),
        QStringLiteral("годин"), QStringLiteral("сат"),    QStringLiteral("сата"),   QStringLiteral("сати"),
        QStringLiteral("sat"),   QStringLiteral("sata"),   QStringLiteral("sati"),   QStringLiteral("시간"),
    };
    static const QStringList minutes{
        QStringLiteral("m"),       QStringLiteral("min"),     QStringLiteral("mins"),   QStringLiteral("minute"),
        QStringLiteral("minutes"), QStringLiteral("м"),       QStringLiteral("мин"),    QStringLiteral("минута"),
        QStringLiteral("минуты"),  QStringLiteral("минут"),   QStringLiteral("минуте"), QStringLiteral("хв"),
        QStringLiteral("хвилина"), QStringLiteral("хвилини"), QStringLiteral("хвилин"), QStringLiteral("minut"),
        QStringLiteral("minuta"),  QStringLiteral("분"),
    };
    if (word.isEmpty())
        return TimeUnit::None;
    if (weeks.contains(word))
        return TimeUnit::Weeks;
    if (days.contains(word))
        return TimeUnit::Days;
    if (hours.contains(word))
        return TimeUnit::Hours;
    if (minutes.contains(word))
        return TimeUnit::Minutes;
    return TimeUnit::Unknown;
}

// Accepts '.' and ',' as the decimal point: the text has no grouping to confuse it with.
double decimalNumber(QString digits)
{
    digits.replace(QLatin1Char(','), QLatin1Char('.'));
    return digits.toDouble();
}

bool isNegative(const QString &text)
{
    return text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212)); // hyphen or minus sign
}

bool isAsciiDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

template <typename T>
std::optional<T> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

QString timeExamples()
{
    return EffortInput::tr("Enter a time such as 90, 1h 30m, 1:30 or 3 days.");
}

} // namespace

std::optional<double> parseMinutes(const QString &text, QString *error)
{
    const QString s = text.trimmed().toLower();
    if (s.isEmpty())
        return fail<double>(error, timeExamples());
    if (isNegative(s))
        return fail<double>(error, EffortInput::tr("A time cannot be negative."));

    double total = 0;
    if (s.contains(QLatin1Char(':'))) {
        static const QRegularExpression clock(QStringLiteral("^(\\d+)\\s*:\\s*(\\d{1,2})$"));
        const QRegularExpressionMatch match = clock.match(s);
        if (!match.hasMatch())
            return fail<double>(error, EffortInput::tr("Write hours and minutes as h:mm, for example 1:30."));
        const int minutes = match.captured(2).toInt();
        if (minutes >= 60)
            return fail<double>(error, EffortInput::tr("Minutes after the colon go from 00 to 59."));
        total = match.captured(1).toDouble() * 60.0 + minutes;
    } else {
        // A sequence of "number unit" parts, largest unit first, each at most once ("2 days
        // 4h", "1w 2d"). A bare number is minutes, alone ("90") or right after the hours ("1h30").
        static const QRegularExpression part(
            QStringLiteral("\\s*(\\d+(?:[.,]\\d+)?|[.,]\\d+)\\s*(?:(\\p{L}+)\\.?)?\\s*"));
        TimeUnit previous = TimeUnit::None; // the last unit written
        qsizetype pos = 0;
        while (pos < s.size()) {
            const QRegularExpressionMatch match =
                part.match(s, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (!match.hasMatch() || match.capturedLength() == 0)
                return fail<double>(error, timeExamples());
            pos = match.capturedEnd();
            const double value = decimalNumber(match.captured(1));
            TimeUnit unit = timeUnit(match.captured(2));
            if (unit == TimeUnit::Unknown)
                return fail<double>(error, EffortInput::tr("Unknown unit “%1”: use d for days, h for hours and min for minutes.")
                                               .arg(match.captured(2)));
            if (unit == TimeUnit::None) {
                const bool last = pos == s.size();
                if (!last || (previous != TimeUnit::None && previous != TimeUnit::Hours))
                    return fail<double>(error, timeExamples());
                unit = TimeUnit::Minutes;
            }
            if (previous != TimeUnit::None && unit <= previous)
                return fail<double>(error, EffortInput::tr("Write each unit once, largest first: weeks, days, hours, minutes."));
            // "1h 75m" is more likely a typo than 2h 15m, as with "1:75".
            if (unit == TimeUnit::Minutes && previous == TimeUnit::Hours && value >= 60.0)
                return fail<double>(error, EffortInput::tr("Minutes after the hours go from 0 to 59."));
            previous = unit;
            total += value * minutesPer(unit);
        }
    }
    if (!std::isfinite(total) || total > maxEffortMinutes)
        return fail<double>(error, EffortInput::tr("That time is too long."));
    return total;
}

QString formatMinutesForEditing(double minutes)
{
    if (!std::isfinite(minutes) || minutes <= 0)
        return QStringLiteral("0m");
    const double hours = std::floor(minutes / 60.0);
    const double rest = minutes - hours * 60.0;
    // The shortest text that reads back as the same double, never with an exponent.
    const auto number = [](double value) { return QString::number(value, 'f', QLocale::FloatingPointShortest); };
    if (hours == 0)
        return number(rest) + QLatin1Char('m');
    if (rest == 0)
        return number(hours) + QLatin1Char('h');
    return QStringLiteral("%1h %2m").arg(number(hours), number(rest));
}

std::optional<qint64> parseMoneyAmount(const QString &text, const QLocale &locale, QString *error)
{
    const QString example = EffortInput::tr("Enter an amount such as %1.").arg(formatMoneyForEditing(123450, locale));
    const QString s = text.trimmed();
    if (s.isEmpty())
        return fail<qint64>(error, example);
    if (isNegative(s))
        return fail<qint64>(error, EffortInput::tr("An amount cannot be negative."));

    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    const QChar dot = QLatin1Char('.');

    // Find the decimal point: the locale's, else '.', which in locales that group with '.'
    // (German) is a decimal point only when one or two digits follow it.
    qsizetype decimalAt = -1;
    if (decimal.size() == 1 && s.contains(decimal)) {
        if (s.count(decimal) > 1)
            return fail<qint64>(error, example);
        decimalAt = s.indexOf(decimal);
    } else if (s.contains(dot)) {
        const bool dotGroups = group == QString(dot);
        const qsizetype last = s.lastIndexOf(dot);
        const qsizetype after = s.size() - last - 1;
        if (!dotGroups) {
            if (s.count(dot) > 1)
                return fail<qint64>(error, example);
            decimalAt = last;
        } else if (s.count(dot) == 1 && after >= 1 && after <= 2) {
            decimalAt = last;
        }
    }

    const QString whole = decimalAt < 0 ? s : s.left(decimalAt);
    const QString fraction = decimalAt < 0 ? QString() : s.mid(decimalAt + 1);
    if (!isAsciiDigits(fraction))
        return fail<qint64>(error, example);
    if (fraction.size() > 2)
        return fail<qint64>(error, EffortInput::tr("An amount has at most two decimal places."));

    // Thousands groups: the locale's separator or any kind of space (Russian uses a
    // no-break space, people type a plain one). Groups after the first have three digits.
    QStringList groups{QString()};
    for (QChar c : whole) {
        const bool separator = c.isSpace() || (group.size() == 1 && c == group.front() && c != decimal.front());
        if (separator)
            groups.append(QString());
        else
            groups.last().append(c);
    }
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString &digits = groups.at(i);
        if (!isAsciiDigits(digits))
            return fail<qint64>(error, example);
        const bool valid = groups.size() == 1 || (i == 0 ? !digits.isEmpty() && digits.size() <= 3 : digits.size() == 3);
        if (!valid)
            return fail<qint64>(error, example);
    }
    QString digits = groups.join(QString());
    if (digits.isEmpty() && fraction.isEmpty())
        return fail<qint64>(error, example);

    while (digits.size() > 1 && digits.front() == QLatin1Char('0'))
        digits.remove(0, 1);
    const QString tooLarge = EffortInput::tr("That amount is too large: at most %1.")
                                 .arg(formatMoneyForEditing(Money::maxHundredths, locale));
    if (digits.size() > 13) // would not even fit in qint64 hundredths
        return fail<qint64>(error, tooLarge);
    const qint64 hundredths = digits.toLongLong() * 100 + fraction.leftJustified(2, QLatin1Char('0')).toLongLong();
    if (hundredths > Money::maxHundredths)
        return fail<qint64>(error, tooLarge);
    return hundredths;
}

QString formatMoneyForEditing(qint64 hundredths, const QLocale &locale)
{
    // No grouping: the text is for editing, and plain digits read back in any locale.
    QString text = QString::number(hundredths / 100);
    if (const qint64 cents = std::abs(hundredths % 100))
        text += locale.decimalPoint() + QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
    return text;
}

} // namespace waymark
