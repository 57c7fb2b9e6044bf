#include "format/businessjson.h"

#include "format/jsonvalues.h"

#include <QCoreApplication>

#include <cfloat>
#include <cmath>

namespace waymark::BusinessJson {

namespace {

using JsonValues::fromUtf8;
using JsonValues::JsonValuesText;
using JsonValues::idJson;
using JsonValues::numberJson;
using JsonValues::numberText;
using JsonValues::quoted;
using JsonValues::typeName;
using JsonValues::utf8;

using json = nlohmann::json;
using ordered_json = nlohmann::ordered_json;

struct Failure {
    QString path;
    QString message;
};

ordered_json idsJson(const std::vector<QUuid> &ids)
{
    ordered_json list = ordered_json::array();
    for (const QUuid &id : ids)
        list.push_back(idJson(id));
    return list;
}

ordered_json targetJson(const EffortTarget &target)
{
    // The amount is written for "same" too, so a file gives back exactly what was saved.
    return {{"kind", utf8(toKey(target.kind))}, {"amount", numberJson(target.amount)}};
}

ordered_json opportunityJson(const Opportunity &o)
{
    ordered_json changes = ordered_json::array();
    for (const CardImprovement &c : o.changes)
        changes.push_back({{"card", idJson(c.touchpointId)},
                           {"removesCard", c.removesCard},
                           {"minutes", targetJson(c.minutes)},
                           {"money", targetJson(c.money)},
                           {"emotion", targetJson(c.emotion)},
                           {"reach", numberJson(c.reach)},
                           {"contactsAvoided", numberJson(c.contactsAvoided)},
                           {"detractorsToPassives", numberJson(c.detractorsToPassives)},
                           {"detractorsToPromoters", numberJson(c.detractorsToPromoters)}});
    ordered_json added = ordered_json::array();
    for (const AddedCard &card : o.addedCards)
        added.push_back({{"id", idJson(card.id)},
                         {"stage", idJson(card.stageId)},
                         {"lane", idJson(card.laneId)},
                         {"title", utf8(card.title)},
                         {"channel", utf8(toKey(card.channel))},
                         {"effort", JsonValues::effortJson(card.effort)}});
    return {{"id", idJson(o.id)},
            {"title", utf8(o.title)},
            {"description", utf8(o.description)},
            {"type", utf8(toKey(o.type))},
            {"owner", idJson(o.ownerDepartmentId)},
            {"status", utf8(toKey(o.status))},
            {"oneOffCost", JsonValues::moneyJson(o.oneOffCost)},
            {"runningCostPerYear", JsonValues::moneyJson(o.runningCostPerYear)},
            {"monthsToDeliver", o.monthsToDeliver},
            {"confidence", utf8(toKey(o.confidence))},
            {"evidence", utf8(o.evidence)},
            {"changes", std::move(changes)},
            {"addedCards", std::move(added)},
            {"systems", idsJson(o.systems)}};
}

// ---- Reading: each helper names the value it could not use by its JSON pointer. ----

QString at(const QString &path, const char *key)
{
    return path + QLatin1Char('/') + QLatin1String(key);
}

QString expected(const QString &what, const json &value)
{
    return JsonValuesText::tr("expected %1, got %2").arg(what, typeName(value));
}

const json &field(const json &object, const char *key, const QString &path)
{
    if (!object.is_object())
        throw Failure{path, expected(JsonValuesText::tr("an object"), object)};
    const auto it = object.find(key);
    if (it == object.end())
        throw Failure{path, JsonValuesText::tr("missing required key \"%1\"").arg(QLatin1String(key))};
    return *it;
}

QString text(const json &object, const char *key, const QString &path)
{
    const json &value = field(object, key, path);
    if (!value.is_string())
        throw Failure{at(path, key), expected(JsonValuesText::tr("a string"), value)};
    return fromUtf8(value.get_ref<const std::string &>());
}

double number(const json &object, const char *key, const QString &path)
{
    const json &value = field(object, key, path);
    if (!value.is_number())
        throw Failure{at(path, key), expected(JsonValuesText::tr("a number"), value)};
    return value.get<double>();
}

bool flag(const json &object, const char *key, const QString &path)
{
    const json &value = field(object, key, path);
    if (!value.is_boolean())
        throw Failure{at(path, key), expected(JsonValuesText::tr("true or false"), value)};
    return value.get<bool>();
}

// A whole number in int's range (5.0 counts as 5, as in JSON Schema).
int whole(const json &object, const char *key, const QString &path)
{
    const json &value = field(object, key, path);
    const double number = value.is_number() ? value.get<double>() : NAN;
    if (!std::isfinite(number) || std::floor(number) != number || std::abs(number) > 1e9)
        throw Failure{at(path, key), JsonValuesText::tr("expected a whole number, got %1")
                                         .arg(value.is_number() ? fromUtf8(value.dump()) : typeName(value))};
    return int(number);
}

QUuid parseId(const json &value, const QString &path, bool nullable)
{
    if (nullable && value.is_null())
        return {};
    if (!value.is_string())
        throw Failure{path, expected(nullable ? JsonValuesText::tr("an id or null") : JsonValuesText::tr("an id"), value)};
    const QString written = fromUtf8(value.get_ref<const std::string &>());
    const QUuid id = written.size() == 36 ? QUuid::fromString(written) : QUuid();
    if (id.isNull())
        throw Failure{path, JsonValuesText::tr("%1 is not a valid id (a UUID like \"3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b\")").arg(quoted(written))};
    return id;
}

QUuid id(const json &object, const char *key, const QString &path, bool nullable = false)
{
    return parseId(field(object, key, path), at(path, key), nullable);
}

template <typename Visit>
void forEach(const json &object, const char *key, const QString &path, Visit visit)
{
    const json &list = field(object, key, path);
    if (!list.is_array())
        throw Failure{at(path, key), expected(JsonValuesText::tr("a list"), list)};
    for (std::size_t i = 0; i < list.size(); ++i)
        visit(list[i], at(path, key) + QLatin1Char('/') + QString::number(i));
}

std::vector<QUuid> ids(const json &object, const char *key, const QString &path)
{
    std::vector<QUuid> result;
    forEach(object, key, path, [&](const json &item, const QString &itemPath) { result.push_back(parseId(item, itemPath, true)); });
    return result;
}

template <typename Enum, std::size_t N>
Enum choice(const json &object, const char *key, const QString &what, const QString &path,
            std::optional<Enum> (*parse)(const QString &), const std::array<Enum, N> &all)
{
    const QString name = text(object, key, path);
    if (const std::optional<Enum> value = parse(name))
        return *value;
    QStringList allowed;
    for (const Enum option : all)
        allowed << toKey(option);
    throw Failure{at(path, key), JsonValuesText::tr("unknown %1 %2; expected one of: %3").arg(what, quoted(name), allowed.join(QStringLiteral(", ")))};
}

// Money as written for cards: an amount with at most two decimals and a currency. Costs may
// leave the currency empty (the journey's); negative amounts are left to Journey::problems().
Money money(const json &object, const char *key, const QString &path, bool currencyMayBeEmpty)
{
    const QString moneyPath = at(path, key);
    const json &value = field(object, key, path);
    const double amount = number(value, "amount", moneyPath);
    constexpr double maxAmount = double(Money::maxHundredths) / 100.0;
    if (!std::isfinite(amount) || std::abs(amount) > maxAmount)
        throw Failure{at(moneyPath, "amount"), JsonValuesText::tr("money must be at most %1, got %2").arg(maxAmount, 0, 'f', 2).arg(numberText(amount))};
    const double scaled = amount * 100.0;
    const qint64 hundredths = Money::hundredthsFromAmount(amount);
    // Tolerates float noise (0.30000000000000004), not a real third decimal.
    if (std::abs(scaled - double(hundredths)) > std::max(1e-6, std::abs(scaled) * 4 * DBL_EPSILON))
        throw Failure{at(moneyPath, "amount"), JsonValuesText::tr("money can have at most two decimals, got %1").arg(numberText(amount))};
    const QString currency = text(value, "currency", moneyPath);
    if (!(currencyMayBeEmpty && currency.isEmpty()) && !isValidCurrencyCode(currency))
        throw Failure{at(moneyPath, "currency"),
                      JsonValuesText::tr("%1 is not an ISO 4217 currency code (three capital letters, e.g. EUR)").arg(quoted(currency))};
    return {hundredths, currency};
}

EffortTarget target(const json &object, const char *key, const QString &path)
{
    const QString targetPath = at(path, key);
    const json &value = field(object, key, path);
    EffortTarget result;
    result.kind = choice(value, "kind", JsonValuesText::tr("kind of change"), targetPath, effortTargetKindFromKey,
                         std::array{EffortTarget::Kind::Same, EffortTarget::Kind::Value, EffortTarget::Kind::Percent});
    result.amount = number(value, "amount", targetPath);
    return result;
}

Effort effort(const json &object, const QString &path)
{
    const QString effortPath = at(path, "effort");
    const json &value = field(object, "effort", path);
    Effort result;
    result.minutes = number(value, "minutes", effortPath);
    result.money = money(value, "money", effortPath, false);
    const int emotion = whole(value, "emotion", effortPath);
    if (emotion < minEmotion || emotion > maxEmotion)
        throw Failure{at(effortPath, "emotion"), JsonValuesText::tr("emotion must be an integer from %1 to %2, got %3").arg(minEmotion).arg(maxEmotion).arg(emotion)};
    result.emotion = emotion;
    return result;
}

Opportunity opportunity(const json &item, const QString &path)
{
    Opportunity o;
    o.id = id(item, "id", path);
    o.title = text(item, "title", path);
    o.description = text(item, "description", path);
    o.type = choice(item, "type", JsonValuesText::tr("opportunity type"), path, opportunityTypeFromKey, allOpportunityTypes);
    o.ownerDepartmentId = id(item, "owner", path, true);
    o.status = choice(item, "status", JsonValuesText::tr("status"), path, opportunityStatusFromKey, allOpportunityStatuses);
    o.oneOffCost = money(item, "oneOffCost", path, true);
    o.runningCostPerYear = money(item, "runningCostPerYear", path, true);
    o.monthsToDeliver = whole(item, "monthsToDeliver", path);
    o.confidence = choice(item, "confidence", JsonValuesText::tr("confidence"), path, confidenceFromKey, allConfidences);
    o.evidence = text(item, "evidence", path);
    forEach(item, "changes", path, [&](const json &changeJson, const QString &changePath) {
        CardImprovement c;
        c.touchpointId = id(changeJson, "card", changePath, true);
        c.removesCard = flag(changeJson, "removesCard", changePath);
        c.minutes = target(changeJson, "minutes", changePath);
        c.money = target(changeJson, "money", changePath);
        c.emotion = target(changeJson, "emotion", changePath);
        c.reach = number(changeJson, "reach", changePath);
        c.contactsAvoided = number(changeJson, "contactsAvoided", changePath);
        c.detractorsToPassives = number(changeJson, "detractorsToPassives", changePath);
        c.detractorsToPromoters = number(changeJson, "detractorsToPromoters", changePath);
        o.changes.push_back(c);
    });
    forEach(item, "addedCards", path, [&](const json &cardJson, const QString &cardPath) {
        AddedCard card;
        card.id = id(cardJson, "id", cardPath, true);
        card.stageId = id(cardJson, "stage", cardPath, true);
        card.laneId = id(cardJson, "lane", cardPath, true);
        card.title = text(cardJson, "title", cardPath);
        card.channel = choice(cardJson, "channel", JsonValuesText::tr("channel"), cardPath, channelFromKey, allChannels);
        card.effort = effort(cardJson, cardPath);
        o.addedCards.push_back(std::move(card));
    });
    o.systems = ids(item, "systems", path);
    return o;
}

} // namespace

ordered_json systemJson(const SystemInfo &system)
{
    return {{"ageYears", numberJson(system.ageYears)}, {"limitations", utf8(system.limitations)}, {"supports", idsJson(system.supports)}};
}

void addTo(ordered_json &root, const Journey &journey)
{
    ordered_json opportunities = ordered_json::array();
    for (const Opportunity &o : journey.opportunities)
        opportunities.push_back(opportunityJson(o));
    root["opportunities"] = std::move(opportunities);
    ordered_json scenarios = ordered_json::array();
    for (const Scenario &s : journey.scenarios)
        scenarios.push_back({{"id", idJson(s.id)}, {"name", utf8(s.name)}, {"opportunities", idsJson(s.opportunityIds)}});
    root["scenarios"] = std::move(scenarios);
}

bool readInto(const json &root, Journey &journey, Problem *problem)
{
    try {
        forEach(root, "opportunities", {}, [&](const json &item, const QString &path) {
            journey.opportunities.push_back(opportunity(item, path));
        });
        forEach(root, "scenarios", {}, [&](const json &item, const QString &path) {
            journey.scenarios.push_back({id(item, "id", path), text(item, "name", path), ids(item, "opportunities", path)});
        });
    } catch (const Failure &failure) {
        if (problem)
            *problem = {failure.path, failure.message};
        return false;
    }
    return true;
}

bool readSystem(const json &item, const QString &path, SystemInfo &system, Problem *problem)
{
    try {
        const QString systemPath = at(path, "system");
        const json &value = field(item, "system", path);
        system.ageYears = number(value, "ageYears", systemPath);
        system.limitations = text(value, "limitations", systemPath);
        system.supports = ids(value, "supports", systemPath);
    } catch (const Failure &failure) {
        if (problem)
            *problem = {failure.path, failure.message};
        return false;
    }
    return true;
}

} // namespace waymark::BusinessJson
