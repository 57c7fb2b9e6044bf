#include "format/waymarkbusiness.h"

#include "format/waymarkids.h"
#include "format/waymarkreading.h"
#include "journey.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace waymark {

namespace {

using WaymarkIds::nullableIdText;

// "opportunity_changes, row 3": the table and the 1-based row in it, so a person with an
// SQLite browser finds the value.
QString rowOf(const char *table, int n, const QString &title = {})
{
    const QString where = WaymarkText::tr("%1, row %2").arg(QLatin1String(table)).arg(n + 1);
    return title.isEmpty() ? where : WaymarkText::tr("%1 (\"%2\")").arg(where, title);
}

QString missingParent(const QString &what, const QString &parentKind, qint64 position)
{
    return WaymarkText::tr("%1 belongs to %2 %3, which does not exist").arg(what, parentKind).arg(position);
}

// Child rows name their parent by its `position`; a position with no parent is damage.
// (The message is made above: lupdate misreads this function's `std::size_t` and would file
// it under a context the running program never looks in.)
std::size_t parentOf(const QHash<qint64, std::size_t> &parents, const SqliteStatement &row, int column, const QString &what,
                     const QString &parentKind)
{
    const qint64 position = integerOf(row, column, what, parentKind);
    const auto it = parents.constFind(position);
    if (it == parents.constEnd())
        throw ReadFailure{missingParent(what, parentKind, position)};
    return *it;
}

EffortTarget targetOf(const SqliteStatement &row, int kindColumn, const QString &what, const QString &field)
{
    EffortTarget target;
    target.kind = enumOf(effortTargetKindFromKey(row.text(kindColumn)), what, WaymarkText::tr("kind of %1").arg(field),
                         row.text(kindColumn));
    target.amount = numberOf(row, kindColumn + 1, what, field);
    return target;
}

void bindTarget(SqliteStatement &statement, int index, const EffortTarget &target)
{
    statement.bind(index, toKey(target.kind));
    statement.bind(index + 1, target.amount);
}

} // namespace

void readBusinessCase(SqliteDatabase &db, Journey &journey)
{
    QHash<qint64, std::size_t> cards; // touchpoints.position -> index in journey.touchpoints
    forEachRow(db, "SELECT position FROM touchpoints ORDER BY position", [&](const SqliteStatement &row, int n) {
        cards.insert(row.integer(0), std::size_t(n));
    });
    if (cards.size() != qsizetype(journey.touchpoints.size()))
        throw ReadFailure{WaymarkText::tr("The file is damaged: its cards changed while it was read.")};
    forEachRow(db, "SELECT touchpoint, supported_id FROM system_supports ORDER BY touchpoint, position",
               [&](const SqliteStatement &row, int n) {
                   const QString what = rowOf("system_supports", n);
                   const std::size_t card = parentOf(cards, row, 0, what, WaymarkText::tr("card"));
                   journey.touchpoints[card].system.supports.push_back(uuidOf(row, 1, what, true));
               });

    QHash<qint64, std::size_t> opportunities;
    forEachRow(db,
               "SELECT position, id, title, description, type, owner_department_id, status, one_off_hundredths,"
               " one_off_currency, running_hundredths, running_currency, months_to_deliver, confidence, evidence"
               " FROM opportunities ORDER BY position",
               [&](const SqliteStatement &row, int n) {
                   const QString what = rowOf("opportunities", n, row.text(2));
                   Opportunity o;
                   o.id = uuidOf(row, 1, what);
                   o.title = row.text(2);
                   o.description = row.text(3);
                   o.type = enumOf(opportunityTypeFromKey(row.text(4)), what, WaymarkText::tr("type"), row.text(4));
                   o.ownerDepartmentId = uuidOf(row, 5, what, true);
                   o.status = enumOf(opportunityStatusFromKey(row.text(6)), what, WaymarkText::tr("status"), row.text(6));
                   o.oneOffCost = {integerOf(row, 7, what, WaymarkText::tr("one-off cost")), row.text(8)};
                   o.runningCostPerYear = {integerOf(row, 9, what, WaymarkText::tr("running cost")), row.text(10)};
                   const qint64 months = integerOf(row, 11, what, WaymarkText::tr("time to deliver"));
                   // Kept within int, so a wild value cannot wrap; problems() says what is allowed.
                   o.monthsToDeliver = int(std::clamp<qint64>(months, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
                   o.confidence = enumOf(confidenceFromKey(row.text(12)), what, WaymarkText::tr("confidence"), row.text(12));
                   o.evidence = row.text(13);
                   opportunities.insert(row.integer(0), journey.opportunities.size());
                   journey.opportunities.push_back(std::move(o));
               });
    forEachRow(db,
               "SELECT opportunity, touchpoint_id, removes_card, minutes_kind, minutes, money_kind, money, emotion_kind,"
               " emotion, reach, contacts_avoided, detractors_to_passives, detractors_to_promoters"
               " FROM opportunity_changes ORDER BY opportunity, position",
               [&](const SqliteStatement &row, int n) {
                   const QString what = rowOf("opportunity_changes", n);
                   const std::size_t parent = parentOf(opportunities, row, 0, what, WaymarkText::tr("opportunity"));
                   CardImprovement change;
                   change.touchpointId = uuidOf(row, 1, what, true);
                   change.removesCard = integerOf(row, 2, what, WaymarkText::tr("removes-card flag")) != 0;
                   change.minutes = targetOf(row, 3, what, WaymarkText::tr("time after"));
                   change.money = targetOf(row, 5, what, WaymarkText::tr("money after"));
                   change.emotion = targetOf(row, 7, what, WaymarkText::tr("emotion after"));
                   change.reach = numberOf(row, 9, what, WaymarkText::tr("reach"));
                   change.contactsAvoided = numberOf(row, 10, what, WaymarkText::tr("share of contacts avoided"));
                   change.detractorsToPassives = numberOf(row, 11, what, WaymarkText::tr("share of detractors to passives"));
                   change.detractorsToPromoters = numberOf(row, 12, what, WaymarkText::tr("share of detractors to promoters"));
                   journey.opportunities[parent].changes.push_back(change);
               });
    forEachRow(db,
               "SELECT opportunity, id, stage_id, lane_id, title, channel, minutes, money_hundredths, money_currency, emotion"
               " FROM opportunity_added_cards ORDER BY opportunity, position",
               [&](const SqliteStatement &row, int n) {
                   const QString what = rowOf("opportunity_added_cards", n, row.text(4));
                   const std::size_t parent = parentOf(opportunities, row, 0, what, WaymarkText::tr("opportunity"));
                   AddedCard card;
                   // References stay lenient (a card's stage may since have been deleted).
                   card.id = uuidOf(row, 1, what, true);
                   card.stageId = uuidOf(row, 2, what, true);
                   card.laneId = uuidOf(row, 3, what, true);
                   card.title = row.text(4);
                   card.channel = enumOf(channelFromKey(row.text(5)), what, WaymarkText::tr("channel"), row.text(5));
                   card.effort.minutes = numberOf(row, 6, what, WaymarkText::tr("time"));
                   card.effort.money = {integerOf(row, 7, what, WaymarkText::tr("money amount")), row.text(8)};
                   const qint64 emotion = integerOf(row, 9, what, WaymarkText::tr("negative emotion"));
                   if (emotion < minEmotion || emotion > maxEmotion)
                       throw ReadFailure{WaymarkText::tr("%1: negative emotion must be from 0 to 10, got %2").arg(what, QString::number(emotion))};
                   card.effort.emotion = int(emotion);
                   journey.opportunities[parent].addedCards.push_back(std::move(card));
               });
    forEachRow(db, "SELECT opportunity, touchpoint_id FROM opportunity_systems ORDER BY opportunity, position",
               [&](const SqliteStatement &row, int n) {
                   const QString what = rowOf("opportunity_systems", n);
                   const std::size_t parent = parentOf(opportunities, row, 0, what, WaymarkText::tr("opportunity"));
                   journey.opportunities[parent].systems.push_back(uuidOf(row, 1, what, true));
               });

    QHash<qint64, std::size_t> scenarios;
    forEachRow(db, "SELECT position, id, name FROM scenarios ORDER BY position", [&](const SqliteStatement &row, int n) {
        const QString what = rowOf("scenarios", n, row.text(2));
        scenarios.insert(row.integer(0), journey.scenarios.size());
        journey.scenarios.push_back({uuidOf(row, 1, what), row.text(2), {}});
    });
    forEachRow(db, "SELECT scenario, opportunity_id FROM scenario_opportunities ORDER BY scenario, position",
               [&](const SqliteStatement &row, int n) {
                   const QString what = rowOf("scenario_opportunities", n);
                   const std::size_t parent = parentOf(scenarios, row, 0, what, WaymarkText::tr("scenario"));
                   journey.scenarios[parent].opportunityIds.push_back(uuidOf(row, 1, what, true));
               });
}

bool writeBusinessCase(SqliteDatabase &db, const Journey &journey)
{
    bool ok = true;
    SqliteStatement support = db.prepare("INSERT INTO system_supports VALUES (?1, ?2, ?3)");
    ok = support.isValid();
    for (std::size_t i = 0; ok && i < journey.touchpoints.size(); ++i) {
        const std::vector<QUuid> &supports = journey.touchpoints[i].system.supports;
        for (std::size_t s = 0; ok && s < supports.size(); ++s) {
            support.bind(1, qint64(i));
            support.bind(2, qint64(s));
            support.bind(3, nullableIdText(supports[s]));
            ok = support.exec();
        }
    }
    SqliteStatement opportunity = db.prepare("INSERT INTO opportunities VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    SqliteStatement change = db.prepare("INSERT INTO opportunity_changes VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    SqliteStatement added = db.prepare("INSERT INTO opportunity_added_cards VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    SqliteStatement system = db.prepare("INSERT INTO opportunity_systems VALUES (?1, ?2, ?3)");
    // A statement that failed to prepare must not be stepped.
    ok = ok && opportunity.isValid() && change.isValid() && added.isValid() && system.isValid();
    for (std::size_t i = 0; ok && i < journey.opportunities.size(); ++i) {
        const Opportunity &o = journey.opportunities[i];
        opportunity.bind(1, qint64(i));
        opportunity.bind(2, nullableIdText(o.id));
        opportunity.bind(3, o.title);
        opportunity.bind(4, o.description);
        opportunity.bind(5, toKey(o.type));
        opportunity.bind(6, nullableIdText(o.ownerDepartmentId));
        opportunity.bind(7, toKey(o.status));
        opportunity.bind(8, o.oneOffCost.hundredths);
        opportunity.bind(9, o.oneOffCost.currency);
        opportunity.bind(10, o.runningCostPerYear.hundredths);
        opportunity.bind(11, o.runningCostPerYear.currency);
        opportunity.bind(12, o.monthsToDeliver);
        opportunity.bind(13, toKey(o.confidence));
        opportunity.bind(14, o.evidence);
        ok = opportunity.exec();
        for (std::size_t c = 0; ok && c < o.changes.size(); ++c) {
            const CardImprovement &x = o.changes[c];
            change.bind(1, qint64(i));
            change.bind(2, qint64(c));
            change.bind(3, nullableIdText(x.touchpointId));
            change.bind(4, x.removesCard);
            bindTarget(change, 5, x.minutes);
            bindTarget(change, 7, x.money);
            bindTarget(change, 9, x.emotion);
            change.bind(11, x.reach);
            change.bind(12, x.contactsAvoided);
            change.bind(13, x.detractorsToPassives);
            change.bind(14, x.detractorsToPromoters);
            ok = change.exec();
        }
        for (std::size_t a = 0; ok && a < o.addedCards.size(); ++a) {
            const AddedCard &card = o.addedCards[a];
            added.bind(1, qint64(i));
            added.bind(2, qint64(a));
            added.bind(3, nullableIdText(card.id));
            added.bind(4, nullableIdText(card.stageId));
            added.bind(5, nullableIdText(card.laneId));
            added.bind(6, card.title);
            added.bind(7, toKey(card.channel));
            added.bind(8, card.effort.minutes);
            added.bind(9, card.effort.money.hundredths);
            added.bind(10, card.effort.money.currency);
            added.bind(11, card.effort.emotion);
            ok = added.exec();
        }
        for (std::size_t s = 0; ok && s < o.systems.size(); ++s) {
            system.bind(1, qint64(i));
            system.bind(2, qint64(s));
            system.bind(3, nullableIdText(o.systems[s]));
            ok = system.exec();
        }
    }
    SqliteStatement scenario = db.prepare("INSERT INTO scenarios VALUES (?1, ?2, ?3)");
    SqliteStatement member = db.prepare("INSERT INTO scenario_opportunities VALUES (?1, ?2, ?3)");
    ok = ok && scenario.isValid() && member.isValid();
    for (std::size_t i = 0; ok && i < journey.scenarios.size(); ++i) {
        const Scenario &s = journey.scenarios[i];
        scenario.bind(1, qint64(i));
        scenario.bind(2, nullableIdText(s.id));
        scenario.bind(3, s.name);
        ok = scenario.exec();
        for (std::size_t m = 0; ok && m < s.opportunityIds.size(); ++m) {
            member.bind(1, qint64(i));
            member.bind(2, qint64(m));
            member.bind(3, nullableIdText(s.opportunityIds[m]));
            ok = member.exec();
        }
    }
    return ok;
}

} // namespace waymark
