// A journey's checks (Journey::problems): what a file, the server or a hand-edited JSON may get
// wrong, each with its path in the .waymark.json layout. Split from journey.cpp.
#include "journey.h"

#include "inputlimits.h"
#include "quotedtext.h"

#include "data/metrics/metric.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {

// Gives lupdate a context ("Journey") for the messages below.
struct JourneyText {
    Q_DECLARE_TR_FUNCTIONS(Journey)
};

// Collects problems with paths in the JSON layout, where cards live under their stage.
class ProblemFinder
{
public:
    explicit ProblemFinder(const Journey &journey)
        : mJourney(journey)
    {
    }

    std::vector<JourneyProblem> run()
    {
        if (mJourney.id.isNull())
            add(QStringLiteral("/id"), JourneyText::tr("the journey has no id"));
        if (!isValidCurrencyCode(mJourney.currency))
            add(QStringLiteral("/currency"), JourneyText::tr("\"%1\" is not an ISO 4217 currency code").arg(mJourney.currency));
        checkIds(mJourney.personas, QStringLiteral("/personas"));
        for (std::size_t i = 0; i < mJourney.personas.size(); ++i) {
            if (!mJourney.personas[i].photo.isNull())
                checkPicture(mJourney.personas[i].photo, QStringLiteral("/personas/%1/photo").arg(i));
        }
        checkIds(mJourney.departments, QStringLiteral("/departments"));
        checkIds(mJourney.stages, QStringLiteral("/stages"));
        checkIds(mJourney.lanes, QStringLiteral("/lanes"));
        checkIds(mJourney.connections, QStringLiteral("/connections"));
        checkLanes();
        checkTouchpoints();
        checkConnections();
        checkDatasets();
        checkWorkshop();
        checkBusinessCase();
        return std::move(mProblems);
    }

private:
    void add(const QString &path, const QString &message) { mProblems.push_back({path, message}); }

    bool claimId(const QUuid &id, const QString &path)
    {
        if (id.isNull()) {
            add(path + QStringLiteral("/id"), JourneyText::tr("missing id"));
            return false;
        }
        if (mSeenIds.contains(id)) {
            add(path + QStringLiteral("/id"), JourneyText::tr("duplicate id %1").arg(id.toString(QUuid::WithoutBraces)));
            return false;
        }
        mSeenIds.insert(id);
        return true;
    }

    template <typename T>
    void checkIds(const std::vector<T> &items, const QString &base)
    {
        for (size_t i = 0; i < items.size(); ++i)
            claimId(items[i].id, base + QLatin1Char('/') + QString::number(i));
    }

    // Only what would break the workshop tools: ids, a dot by someone not in the room, a
    // budget overrun, a reply to nothing. Dots and comments on deleted cards are history.
    void checkWorkshop()
    {
        checkIds(mJourney.participants, QStringLiteral("/participants"));
        checkIds(mJourney.votes, QStringLiteral("/votes"));
        checkIds(mJourney.agenda, QStringLiteral("/agenda"));
        checkIds(mJourney.comments, QStringLiteral("/comments"));
        for (std::size_t v = 0; v < mJourney.votes.size(); ++v) {
            const VoteRound &round = mJourney.votes[v];
            const QString path = QStringLiteral("/votes/%1").arg(v);
            if (round.budget < 1 || round.budget > 99)
                add(path + QStringLiteral("/budget"), JourneyText::tr("a vote needs 1 to 99 dots per participant, got %1").arg(round.budget));
            if (round.minutes < 0)
                add(path + QStringLiteral("/minutes"), JourneyText::tr("a time limit cannot be negative"));
            UuidHash<int> used;
            for (std::size_t d = 0; d < round.dots.size(); ++d) {
                const Dot &dot = round.dots[d];
                if (!mJourney.participant(dot.participantId))
                    add(path + QStringLiteral("/dots/%1").arg(d), JourneyText::tr("a dot by someone who is not a participant"));
                else if (++used[dot.participantId] == round.budget + 1)
                    add(path + QStringLiteral("/dots/%1").arg(d),
                        JourneyText::tr("%1 has more dots than the budget of %2").arg(mJourney.participant(dot.participantId)->name).arg(round.budget));
            }
        }
        UuidSet commentIds;
        for (const Comment &comment : mJourney.comments)
            commentIds.insert(comment.id);
        for (std::size_t c = 0; c < mJourney.comments.size(); ++c) {
            const Comment &comment = mJourney.comments[c];
            if (!comment.parentId.isNull() && (!commentIds.contains(comment.parentId) || comment.parentId == comment.id))
                add(QStringLiteral("/comments/%1/replyTo").arg(c), JourneyText::tr("replies to a comment that does not exist"));
            if (comment.target != CommentTarget::Journey && comment.targetId.isNull())
                add(QStringLiteral("/comments/%1/on").arg(c), JourneyText::tr("a comment on a stage or card must name it"));
        }
    }

    // Imported tables are checked in bulk: a file could hold anything, and a million rows
    // with one bad index must still be reported, once, with the first bad row.
    void checkDatasets()
    {
        for (size_t i = 0; i < mJourney.datasets.size(); ++i) {
            const Dataset &data = *mJourney.datasets[i];
            const QString path = QStringLiteral("/datasets/%1").arg(i);
            claimId(data.id, path);
            if (data.kind != DatasetKind::Answers && !data.currency.isEmpty() && !isValidCurrencyCode(data.currency))
                add(path + QStringLiteral("/currency"), JourneyText::tr("\"%1\" is not an ISO 4217 currency code").arg(data.currency));
            if (data.kind == DatasetKind::Answers)
                checkAnswers(data, path);
            else if (data.kind == DatasetKind::Clv)
                checkClv(data.clv, path);
            else
                checkTransactions(data.transactions, path);
        }
    }

    template <typename Column>
    bool sameLength(const Column &column, std::size_t rows, const QString &path)
    {
        if (column.size() == rows)
            return true;
        add(path, JourneyText::tr("the columns of the table have different lengths"));
        return false;
    }

    // Dates are written as YYYY-MM-DD in .waymark.json: a day outside years 1–9999 (found by
    // fuzzing: a .waymark with a Julian day in the year 4 million) would make a file that
    // reads but cannot be exported and read back.
    bool checkDays(const std::vector<qint64> &column, const char *name, const QString &path)
    {
        static const qint64 first = QDate(1, 1, 1).toJulianDay();
        static const qint64 last = QDate(9999, 12, 31).toJulianDay();
        for (std::size_t row = 0; row < column.size(); ++row) {
            if (column[row] != noDate && (column[row] < first || column[row] > last)) {
                add(path + QStringLiteral("/%1/%2").arg(row).arg(QLatin1String(name)),
                    JourneyText::tr("row %1, column “%2” holds a date outside the years 1–9999").arg(row + 1).arg(QLatin1String(name)));
                return false;
            }
        }
        return true;
    }

    // A row's path, made only when the row has a problem: formatting one for each of ten
    // million good rows took longer than the checks themselves.
    static QString rowPath(const QString &rowsPath, std::size_t row, const char *field)
    {
        return QStringLiteral("%1/%2/%3").arg(rowsPath).arg(row).arg(QLatin1String(field));
    }

    void checkIndices(const std::vector<quint32> &column, const char *name, std::size_t poolSize, const QString &path)
    {
        for (std::size_t row = 0; row < column.size(); ++row) {
            if (column[row] >= poolSize) {
                add(path + QStringLiteral("/%1/%2").arg(row).arg(QLatin1String(name)),
                    JourneyText::tr("row %1, column “%2” refers to text %3, but the dataset's text table has %4 entries")
                        .arg(row + 1)
                        .arg(QLatin1String(name))
                        .arg(column[row])
                        .arg(poolSize));
                return;
            }
        }
    }

    void checkAnswers(const Dataset &data, const QString &path)
    {
        const Metric *metric = data.metric();
        if (!metric) {
            add(path + QStringLiteral("/kind"), JourneyText::tr("“%1” is not a metric Waymark knows").arg(data.metricKey));
            return;
        }
        const AnswerTable &table = data.answers;
        const std::size_t rows = table.size();
        const QString rowsPath = path + QStringLiteral("/rows");
        const std::pair<const std::vector<quint32> *, const char *> columns[] = {
            {&table.respondent, "respondent"}, {&table.customer, "customer"}, {&table.segment, "segment"},
            {&table.touchpoint, "touchpoint"}, {&table.stage, "stage"},       {&table.channel, "channel"},
            {&table.department, "department"}, {&table.location, "location"}, {&table.comment, "comment"}};
        for (const auto &[column, name] : columns) {
            if (!sameLength(*column, rows, rowsPath))
                return;
            checkIndices(*column, name, table.strings.size(), rowsPath);
        }
        if (!sameLength(table.day, rows, rowsPath) || !checkDays(table.day, "day", rowsPath))
            return;
        const AggregateColumns &a = table.aggregate;
        if (table.isAggregated()) {
            for (const auto *column : {&a.count, &a.low, &a.middle, &a.high, &a.sd})
                if (!sameLength(*column, rows, rowsPath))
                    return;
        }
        const auto outside = [&](double value) {
            return value < metric->lowestAnswer() || value > metric->highestAnswer() || !std::isfinite(value);
        };
        for (std::size_t row = 0; row < rows; ++row) {
            if (!table.isAggregated()) {
                if (outside(table.score[row]) || (metric->wholeAnswers() && table.score[row] != std::floor(table.score[row]))) {
                    add(rowPath(rowsPath, row, "score"), JourneyText::tr("%1 is not a valid %2 answer").arg(table.score[row]).arg(metric->name()));
                    return;
                }
                continue;
            }
            const double count = a.count[row];
            const double bands = a.low[row] + a.middle[row] + a.high[row];
            if (!(count >= 0) || !std::isfinite(count)) {
                add(rowPath(rowsPath, row, "count"), JourneyText::tr("the number of answers is not a count"));
                return;
            }
            if (!std::isnan(bands) && (std::abs(bands - count) > 1e-6 * std::max(1.0, count) || a.low[row] < 0 || a.middle[row] < 0 || a.high[row] < 0)) {
                add(rowPath(rowsPath, row, "count"), JourneyText::tr("the answers per band do not add up to the number of answers"));
                return;
            }
            if (!std::isnan(table.score[row]) && outside(table.score[row])) {
                add(rowPath(rowsPath, row, "mean"), JourneyText::tr("the mean %1 is outside the scale of %2").arg(table.score[row]).arg(metric->name()));
                return;
            }
            if (!std::isnan(a.sd[row]) && !(a.sd[row] >= 0 && std::isfinite(a.sd[row]))) {
                add(rowPath(rowsPath, row, "sd"), JourneyText::tr("the standard deviation is not a non-negative number"));
                return;
            }
        }
    }

    void checkClv(const ClvTable &table, const QString &path)
    {
        const std::size_t rows = table.size();
        const std::size_t before = mProblems.size();
        const std::pair<const std::vector<quint32> *, const char *> columns[] = {
            {&table.customer, "customer"}, {&table.currency, "currency"}, {&table.segment, "segment"}};
        for (const auto &[column, name] : columns) {
            if (!sameLength(*column, rows, path + QStringLiteral("/rows")))
                return;
            checkIndices(*column, name, table.strings.size(), path + QStringLiteral("/rows"));
        }
        if (mProblems.size() > before)
            return;
        if (!sameLength(table.value, rows, path + QStringLiteral("/rows"))
            || !sameLength(table.acquired, rows, path + QStringLiteral("/rows"))
            || !checkDays(table.acquired, "acquired", path + QStringLiteral("/rows")))
            return;
        for (std::size_t row = 0; row < rows; ++row) {
            if (!std::isfinite(table.value[row])) {
                add(path + QStringLiteral("/rows/%1/value").arg(row), JourneyText::tr("the value is not a number"));
                return;
            }
            // Empty: the dataset's own currency. Otherwise a code as the journey's.
            const QString &currency = table.strings.at(table.currency[row]);
            if (!currency.isEmpty() && !isValidCurrencyCode(currency)) {
                add(path + QStringLiteral("/rows/%1/currency").arg(row),
                    JourneyText::tr("row %1: %2 is not an ISO 4217 currency code").arg(row + 1).arg(quotedText(currency)));
                return;
            }
        }
    }

    // Every purchase names a customer and a day; amounts and counts are finite numbers (the
    // models decide what a zero or negative amount means, and count it).
    void checkTransactions(const TransactionTable &table, const QString &path)
    {
        const std::size_t rows = table.size();
        const QString rowsPath = path + QStringLiteral("/rows");
        if (!sameLength(table.day, rows, rowsPath) || !sameLength(table.amount, rows, rowsPath) || !sameLength(table.count, rows, rowsPath))
            return;
        const std::size_t before = mProblems.size();
        checkIndices(table.customer, "customer", table.strings.size(), rowsPath);
        if (mProblems.size() > before || !checkDays(table.day, "date", rowsPath))
            return;
        for (std::size_t row = 0; row < rows; ++row) {
            if (table.customer[row] == 0) {
                add(rowPath(rowsPath, row, "customer"), JourneyText::tr("row %1 names no customer").arg(row + 1));
                return;
            }
            if (table.day[row] == noDate) {
                add(rowPath(rowsPath, row, "date"), JourneyText::tr("row %1 has no date").arg(row + 1));
                return;
            }
            if (!std::isfinite(table.amount[row]) || !std::isfinite(table.count[row])) {
                add(rowPath(rowsPath, row, "amount"), JourneyText::tr("row %1: the amount or count is not a number").arg(row + 1));
                return;
            }
        }
    }

    void checkLanes()
    {
        for (size_t i = 0; i < mJourney.lanes.size(); ++i) {
            const Lane &lane = mJourney.lanes[i];
            const QString path = QStringLiteral("/lanes/%1").arg(i);
            if (lane.kind == LaneKind::Department) {
                if (lane.departmentId.isNull())
                    add(path + QStringLiteral("/department"), JourneyText::tr("a department lane must name a department"));
                else if (!mJourney.department(lane.departmentId))
                    add(path + QStringLiteral("/department"), JourneyText::tr("unknown department %1")
                                                                  .arg(lane.departmentId.toString(QUuid::WithoutBraces)));
            } else if (!lane.departmentId.isNull()) {
                add(path + QStringLiteral("/department"), JourneyText::tr("only department lanes name a department"));
            }
        }
    }

    void checkTouchpoints()
    {
        // Cards are numbered per stage, as in the JSON layout.
        UuidHash<int> nextInStage;
        int orphan = 0;
        for (const Touchpoint &card : mJourney.touchpoints) {
            QString path;
            if (const auto stage = mJourney.stageIndex(card.stageId)) {
                path = QStringLiteral("/stages/%1/touchpoints/%2").arg(*stage).arg(nextInStage[card.stageId]++);
            } else {
                path = QStringLiteral("/touchpoints/%1").arg(orphan++);
                add(path + QStringLiteral("/stage"), JourneyText::tr("card \"%1\" is in a stage that does not exist (%2)")
                                                         .arg(card.title, card.stageId.toString(QUuid::WithoutBraces)));
            }
            claimId(card.id, path);
            if (!mJourney.lane(card.laneId))
                add(path + QStringLiteral("/lane"), JourneyText::tr("card \"%1\" is in a lane that does not exist (%2)")
                                                        .arg(card.title, card.laneId.toString(QUuid::WithoutBraces)));
            if (!card.departmentId.isNull() && !mJourney.department(card.departmentId))
                add(path + QStringLiteral("/department"), JourneyText::tr("card \"%1\" names an unknown department").arg(card.title));
            checkEffort(card, path + QStringLiteral("/effort"));
            checkPersonas(card, path);
            checkPictures(card, path);
            if (!std::isfinite(card.system.ageYears) || card.system.ageYears < 0)
                add(path + QStringLiteral("/system/ageYears"), JourneyText::tr("the system of card \"%1\" cannot be %2 years old")
                                                                   .arg(card.title).arg(card.system.ageYears));
        }
    }

    // A card's personas must exist, once each, and their emotions lie on the 0–10 scale.
    void checkPersonas(const Touchpoint &card, const QString &path)
    {
        UuidSet seen;
        for (std::size_t i = 0; i < card.personaIds.size(); ++i) {
            const QString at = path + QStringLiteral("/personas/%1").arg(i);
            if (!mJourney.personaIndex(card.personaIds[i]))
                add(at, JourneyText::tr("card \"%1\" names an unknown persona").arg(card.title));
            else if (seen.contains(card.personaIds[i]))
                add(at, JourneyText::tr("card \"%1\" names a persona twice").arg(card.title));
            seen.insert(card.personaIds[i]);
        }
        seen.clear();
        for (std::size_t i = 0; i < card.personaEmotions.size(); ++i) {
            const PersonaEmotion &own = card.personaEmotions[i];
            const QString at = path + QStringLiteral("/personaEmotions/%1").arg(i);
            if (!mJourney.personaIndex(own.personaId))
                add(at + QStringLiteral("/persona"), JourneyText::tr("card \"%1\" names an unknown persona").arg(card.title));
            else if (seen.contains(own.personaId))
                add(at + QStringLiteral("/persona"), JourneyText::tr("card \"%1\" names a persona twice").arg(card.title));
            seen.insert(own.personaId);
            if (own.emotion < minEmotion || own.emotion > maxEmotion)
                add(at + QStringLiteral("/emotion"), JourneyText::tr("card \"%1\": a persona's negative emotion must be from 0 to 10, got %2")
                                                         .arg(card.title).arg(own.emotion));
        }
    }

    void checkPictures(const Touchpoint &card, const QString &path)
    {
        if (qsizetype(card.images.size()) > InputLimits::maxCardImages)
            add(path + QStringLiteral("/images"), JourneyText::tr("card \"%1\" has %2 pictures; a card holds at most %3")
                                                      .arg(card.title).arg(card.images.size()).arg(InputLimits::maxCardImages));
        for (std::size_t i = 0; i < card.images.size(); ++i)
            checkPicture(card.images[i], path + QStringLiteral("/images/%1").arg(i));
    }

    void checkPicture(const CardImage &picture, const QString &path)
    {
        const QString problem = storedCardImageProblem(picture);
        if (!problem.isEmpty())
            add(path, problem);
        else
            claimId(picture.id, path);
    }

    // The business case (business/opportunity.h). Like dots and comments, links to cards,
    // stages, lanes, departments and opportunities that were since deleted are kept and not
    // reported: the analysis skips them, and deleting a card must not make a file unreadable.
    void checkBusinessCase()
    {
        checkIds(mJourney.opportunities, QStringLiteral("/opportunities"));
        checkIds(mJourney.scenarios, QStringLiteral("/scenarios"));
        for (std::size_t o = 0; o < mJourney.opportunities.size(); ++o) {
            const Opportunity &opportunity = mJourney.opportunities[o];
            const QString path = QStringLiteral("/opportunities/%1").arg(o);
            checkCost(opportunity, opportunity.oneOffCost, path + QStringLiteral("/oneOffCost"), JourneyText::tr("one-off cost"));
            checkCost(opportunity, opportunity.runningCostPerYear, path + QStringLiteral("/runningCostPerYear"),
                      JourneyText::tr("running cost per year"));
            if (opportunity.monthsToDeliver < 0)
                add(path + QStringLiteral("/monthsToDeliver"), JourneyText::tr("opportunity \"%1\": the time to deliver cannot be "
                                                                               "negative, got %2 months")
                                                                   .arg(opportunity.title).arg(opportunity.monthsToDeliver));
            for (std::size_t c = 0; c < opportunity.changes.size(); ++c)
                checkChange(opportunity, opportunity.changes[c], QStringLiteral("%1/changes/%2").arg(path).arg(c));
            for (std::size_t a = 0; a < opportunity.addedCards.size(); ++a) {
                const AddedCard &card = opportunity.addedCards[a];
                const QString cardPath = QStringLiteral("%1/addedCards/%2").arg(path).arg(a);
                // Ids of added cards are optional, but when given they must not clash.
                if (!card.id.isNull())
                    claimId(card.id, cardPath);
                Touchpoint asCard;
                asCard.title = card.title;
                asCard.effort = card.effort;
                checkEffort(asCard, cardPath + QStringLiteral("/effort"));
            }
        }
    }

    void checkCost(const Opportunity &opportunity, const Money &cost, const QString &path, const QString &what)
    {
        if (cost.hundredths < 0)
            add(path + QStringLiteral("/amount"), JourneyText::tr("opportunity \"%1\": the %2 cannot be negative, got %3")
                                                      .arg(opportunity.title, what).arg(cost.amount()));
        else if (cost.hundredths > Money::maxHundredths)
            add(path + QStringLiteral("/amount"), JourneyText::tr("opportunity \"%1\": the %2 must be at most %3")
                                                      .arg(opportunity.title, what)
                                                      .arg(double(Money::maxHundredths) / 100.0, 0, 'f', 2));
        // An empty currency means the journey's.
        if (!cost.currency.isEmpty() && !isValidCurrencyCode(cost.currency))
            add(path + QStringLiteral("/currency"), JourneyText::tr("opportunity \"%1\": \"%2\" is not an ISO 4217 currency code")
                                                        .arg(opportunity.title, cost.currency));
    }

    void checkChange(const Opportunity &opportunity, const CardImprovement &change, const QString &path)
    {
        const auto share = [&](double value, const char *key, const QString &what) {
            if (std::isfinite(value) && value >= 0 && value <= 1)
                return true;
            add(path + QLatin1Char('/') + QLatin1String(key),
                JourneyText::tr("opportunity \"%1\": the %2 must be a share from 0 to 1, got %3").arg(opportunity.title, what).arg(value));
            return false;
        };
        share(change.reach, "reach", JourneyText::tr("reach"));
        share(change.contactsAvoided, "contactsAvoided", JourneyText::tr("share of contacts avoided"));
        const bool passives = share(change.detractorsToPassives, "detractorsToPassives", JourneyText::tr("share of detractors who become passives"));
        const bool promoters = share(change.detractorsToPromoters, "detractorsToPromoters", JourneyText::tr("share of detractors who become promoters"));
        // The sum only when both shares make sense; 1e-9 so 0.7 + 0.3 does not fail on float noise.
        if (passives && promoters && change.detractorsToPassives + change.detractorsToPromoters > 1 + 1e-9)
            add(path + QStringLiteral("/detractorsToPromoters"),
                JourneyText::tr("opportunity \"%1\": more detractors move (%2 to passives, %3 to promoters) than there are")
                    .arg(opportunity.title)
                    .arg(change.detractorsToPassives)
                    .arg(change.detractorsToPromoters));
        checkTarget(opportunity, change.minutes, path + QStringLiteral("/minutes"), JourneyText::tr("time"), -1);
        checkTarget(opportunity, change.money, path + QStringLiteral("/money"), JourneyText::tr("money"), -1);
        checkTarget(opportunity, change.emotion, path + QStringLiteral("/emotion"), JourneyText::tr("negative emotion"), maxEmotion);
    }

    // A new value must be finite and not negative (at most `maxValue` when that is not -1);
    // a reduction is a percentage from 0 to 100.
    void checkTarget(const Opportunity &opportunity, const EffortTarget &target, const QString &path, const QString &what, double maxValue)
    {
        const double amount = target.amount;
        const QString at = path + QStringLiteral("/amount");
        if (!std::isfinite(amount)) {
            add(at, JourneyText::tr("opportunity \"%1\": the %2 after the change is not a number").arg(opportunity.title, what));
            return;
        }
        switch (target.kind) {
        case EffortTarget::Kind::Same: break;
        case EffortTarget::Kind::Value:
            if (amount < 0)
                add(at, JourneyText::tr("opportunity \"%1\": the %2 after the change cannot be negative, got %3")
                            .arg(opportunity.title, what).arg(amount));
            else if (maxValue >= 0 && amount > maxValue)
                add(at, JourneyText::tr("opportunity \"%1\": the %2 after the change must be at most %3, got %4")
                            .arg(opportunity.title, what).arg(maxValue).arg(amount));
            break;
        case EffortTarget::Kind::Percent:
            if (amount < 0 || amount > 100)
                add(at, JourneyText::tr("opportunity \"%1\": the %2 can only be reduced by 0 to 100 %, got %3 %")
                            .arg(opportunity.title, what).arg(amount));
            break;
        }
    }

    void checkEffort(const Touchpoint &card, const QString &path)
    {
        const Effort &effort = card.effort;
        if (!std::isfinite(effort.minutes) || effort.minutes < 0)
            add(path + QStringLiteral("/minutes"), JourneyText::tr("time of card \"%1\" must be 0 minutes or more, got %2")
                                                       .arg(card.title).arg(effort.minutes));
        else if (effort.minutes > maxEffortMinutes)
            add(path + QStringLiteral("/minutes"), JourneyText::tr("time of card \"%1\" must be at most %2 minutes (about 19 years), got %3")
                                                       .arg(card.title)
                                                       .arg(maxEffortMinutes, 0, 'f', 0)
                                                       .arg(effort.minutes));
        if (effort.money.hundredths > Money::maxHundredths)
            add(path + QStringLiteral("/money/amount"), JourneyText::tr("money of card \"%1\" must be at most %2")
                                                            .arg(card.title)
                                                            .arg(double(Money::maxHundredths) / 100.0, 0, 'f', 2));
        if (effort.money.hundredths < 0)
            add(path + QStringLiteral("/money/amount"), JourneyText::tr("money of card \"%1\" must be 0 or more, got %2")
                                                            .arg(card.title).arg(effort.money.amount()));
        if (!isValidCurrencyCode(effort.money.currency))
            add(path + QStringLiteral("/money/currency"), JourneyText::tr("card \"%1\": \"%2\" is not an ISO 4217 currency code")
                                                              .arg(card.title, effort.money.currency));
        if (effort.emotion < minEmotion || effort.emotion > maxEmotion)
            add(path + QStringLiteral("/emotion"), JourneyText::tr("negative emotion of card \"%1\" must be from 0 to 10, got %2")
                                                       .arg(card.title).arg(effort.emotion));
    }

    void checkConnections()
    {
        for (size_t i = 0; i < mJourney.connections.size(); ++i) {
            const Connection &connection = mJourney.connections[i];
            const QString path = QStringLiteral("/connections/%1").arg(i);
            if (!mJourney.touchpoint(connection.fromId))
                add(path + QStringLiteral("/from"), JourneyText::tr("connection starts at a card that does not exist"));
            if (!mJourney.touchpoint(connection.toId))
                add(path + QStringLiteral("/to"), JourneyText::tr("connection ends at a card that does not exist"));
        }
    }

    const Journey &mJourney;
    UuidSet mSeenIds;
    std::vector<JourneyProblem> mProblems;
};

} // namespace

std::vector<JourneyProblem> Journey::problems() const
{
    return ProblemFinder(*this).run();
}

} // namespace waymark
