#include "effort.h"

#include <cmath>

namespace waymark {

qint64 Money::hundredthsFromAmount(double amount)
{
    return qint64(std::llround(amount * 100.0));
}

bool isValidCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

} // namespace waymark
