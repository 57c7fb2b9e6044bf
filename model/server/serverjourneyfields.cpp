#include "server/serverjourneyfields.h"

#include "server/serverchange.h"
#include "server/serversessiontext.h"

#include <QCoreApplication>
#include <QSet>

namespace waymark::ServerJourneyFields {

namespace {


const QString settingsKey = QStringLiteral("settings");

bool isInfoKey(const QString &field)
{
    return field == QLatin1String("title") || field == QLatin1String("description") || field == QLatin1String("currency");
}

} // namespace

bool isField(const QString &field)
{
    return isInfoKey(field) || (field.startsWith(settingsPrefix) && field.size() > settingsPrefix.size());
}

QJsonValue valueIn(const QJsonObject &base, const QString &field)
{
    if (isInfoKey(field))
        return base.value(field);
    return base[settingsKey].toObject().value(field.mid(settingsPrefix.size()));
}

QString journeyFieldName(const QString &field)
{
    if (field == QLatin1String("title"))
        return ServerSessionText::tr("the journey's title");
    if (field == QLatin1String("description"))
        return ServerSessionText::tr("the journey's description");
    if (field == QLatin1String("currency"))
        return ServerSessionText::tr("the journey's currency");
    return ServerSessionText::tr("the setting “%1”").arg(field.mid(settingsPrefix.size()));
}

bool apply(JourneyParts &parts, const ServerChange &change)
{
    if (!isField(change.field))
        return false;
    if (isInfoKey(change.field)) {
        parts.base[change.field] = change.value.toString();
        return true;
    }
    QJsonObject settings = parts.base[settingsKey].toObject();
    const QString key = change.field.mid(settingsPrefix.size());
    if (change.value.isNull() || change.value.toString().isEmpty())
        settings.remove(key); // the document keeps no empty settings either
    else
        settings[key] = change.value.toString();
    if (settings.isEmpty())
        parts.base.remove(settingsKey); // as the format writes a journey without settings
    else
        parts.base[settingsKey] = settings;
    return true;
}

std::vector<std::pair<QString, QJsonValue>> edits(const Journey &before, const Journey &after)
{
    std::vector<std::pair<QString, QJsonValue>> result;
    if (before.title != after.title)
        result.emplace_back(QStringLiteral("title"), after.title);
    if (before.description != after.description)
        result.emplace_back(QStringLiteral("description"), after.description);
    if (before.currency != after.currency)
        result.emplace_back(QStringLiteral("currency"), after.currency);
    QSet<QString> keys;
    for (auto it = before.settings.cbegin(); it != before.settings.cend(); ++it)
        keys.insert(it.key());
    for (auto it = after.settings.cbegin(); it != after.settings.cend(); ++it)
        keys.insert(it.key());
    QStringList sorted = keys.values();
    sorted.sort(); // the same order on every laptop
    for (const QString &key : std::as_const(sorted)) {
        if (before.settings.value(key) != after.settings.value(key))
            result.emplace_back(settingsPrefix + key, after.settings.contains(key) ? QJsonValue(after.settings.value(key)) : QJsonValue());
    }
    return result;
}

} // namespace waymark::ServerJourneyFields
