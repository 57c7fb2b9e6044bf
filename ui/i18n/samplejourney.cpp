#include "samplejourney.h"

#include "format/journeyfiles.h"
#include "journey.h"

namespace waymark::SampleJourney {

QString resourceFor(const QLocale &locale)
{
    QString language;
    switch (locale.language()) {
    case QLocale::Russian:
        language = QStringLiteral("ru");
        break;
    case QLocale::Ukrainian:
        language = QStringLiteral("uk");
        break;
    case QLocale::Korean:
        language = QStringLiteral("ko");
        break;
    case QLocale::Serbian:
        language = locale.script() == QLocale::LatinScript ? QStringLiteral("sr_Latn") : QStringLiteral("sr");
        break;
    default:
        return QStringLiteral(":/samples/retail-bank-account.waymark.json");
    }
    return QStringLiteral(":/samples/i18n/retail-bank-account.%1.waymark.json").arg(language);
}

std::optional<Journey> read(FormatError *error)
{
    return readJourneyFile(resourceFor(QLocale()), error);
}

} // namespace waymark::SampleJourney
