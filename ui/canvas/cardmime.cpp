#include "cardmime.h"

#include "format/cardtransfer.h"
#include "format/journeyjson.h"

#include <QCoreApplication>
#include <QMimeData>

namespace waymark {

namespace {
const QString mimeType = QString::fromLatin1(cardsMimeType);

// Plain text that looks like a Waymark journey (what we put there, or a .waymark.json file).
bool looksLikeJourneyJson(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u'{') && trimmed.contains(QLatin1String(JourneyJson::formatName));
}
} // namespace

QMimeData *cardsToMimeData(const Journey &cards)
{
    const QByteArray json = JourneyJson::toJson(cards);
    auto *data = new QMimeData;
    data->setData(mimeType, json);
    data->setText(QString::fromUtf8(json));
    return data;
}

bool mimeDataHasCards(const QMimeData *data)
{
    return data && (data->hasFormat(mimeType) || (data->hasText() && looksLikeJourneyJson(data->text())));
}

std::optional<Journey> cardsFromMimeData(const QMimeData *data, QString *error)
{
    QByteArray json;
    if (data && data->hasFormat(mimeType))
        json = data->data(mimeType);
    else if (data && data->hasText() && looksLikeJourneyJson(data->text()))
        json = data->text().toUtf8();
    if (json.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("CardMime", "The clipboard holds no Waymark cards.");
        return std::nullopt;
    }
    FormatError problem;
    auto cards = JourneyJson::fromJson(json, &problem);
    if (!cards) {
        if (error)
            *error = QCoreApplication::translate("CardMime", "The cards on the clipboard cannot be pasted: %1")
                         .arg(problem.toString());
        return std::nullopt;
    }
    if (cards->touchpoints.empty()) {
        if (error)
            *error = QCoreApplication::translate("CardMime", "The clipboard holds no Waymark cards.");
        return std::nullopt;
    }
    return cards;
}

} // namespace waymark
