// What of the session's journey a change makes stale, and making it current again: a live
// change of one card's field or place reads that card alone into the journey the window shows
// (at 2,000 cards a whole reassembly took most of a change's 200 ms on the way from one window
// to another: docs/benchmarks.md, "A journey shared live"); every other change reads the
// whole journey again, as opening it does.
#include "server/serversession.h"

#include <algorithm>
#include <climits>
#include <tuple>

namespace waymark {

namespace {

// Where assembleJourney puts a card: in its stage's place, then its lane's, its key in the
// cell, its id.
class CardOrder
{
public:
    CardOrder(const Journey &journey, const std::map<QUuid, CardRow> &rows)
        : mRows(rows)
    {
        for (std::size_t i = 0; i < journey.stages.size(); ++i)
            mStage[journey.stages[i].id] = int(i);
        for (std::size_t i = 0; i < journey.lanes.size(); ++i)
            mLane[journey.lanes[i].id] = int(i);
    }

    std::tuple<int, int, QString, QUuid> of(const Touchpoint &card) const
    {
        const auto row = mRows.find(card.id);
        return {rank(mStage, card.stageId), rank(mLane, card.laneId), row == mRows.end() ? QString() : row->second.key, card.id};
    }

private:
    static int rank(const std::map<QUuid, int> &ranks, const QUuid &id)
    {
        const auto it = ranks.find(id);
        return it == ranks.end() ? INT_MAX : it->second;
    }

    const std::map<QUuid, CardRow> &mRows;
    std::map<QUuid, int> mStage;
    std::map<QUuid, int> mLane;
};

} // namespace

void ServerSession::markStale(const ServerChange &change)
{
    const bool oneCard = change.kind == ServerChangeKind::card && change.field != ServerChangeField::added
        && change.field != ServerChangeField::deleted;
    if (oneCard && !mJourneyStale)
        mStaleCards[change.entity] |= change.field == ServerChangeField::position;
    else
        mJourneyStale = true;
}

bool ServerSession::refreshStaleCards() const
{
    // Every card read before the journey is touched: if one cannot be (a database edited by
    // hand), the whole reading says what is wrong and the last good journey stays whole.
    std::vector<std::pair<Touchpoint, bool>> read;
    for (const auto &[id, move] : mStaleCards) {
        const auto row = mParts.cards.find(id);
        if (row == mParts.cards.end())
            return false;
        auto card = assembleCard(mParts.base, id, row->second, nullptr);
        if (!card)
            return false;
        read.emplace_back(std::move(*card), move);
    }
    std::vector<Touchpoint> moved;
    for (auto &[card, move] : read) {
        const auto shown = std::find_if(mJourney.touchpoints.begin(), mJourney.touchpoints.end(), [&](const Touchpoint &c) { return c.id == card.id; });
        if (shown == mJourney.touchpoints.end())
            return false; // (not reached: an added card makes the whole journey stale)
        if (move) {
            moved.push_back(std::move(card));
            mJourney.touchpoints.erase(shown);
        } else {
            *shown = std::move(card);
        }
    }
    // The others are in order; each moved card goes before the first that sorts after it.
    const CardOrder order(mJourney, mParts.cards);
    for (Touchpoint &card : moved) {
        const auto place = order.of(card);
        const auto after = std::find_if(mJourney.touchpoints.begin(), mJourney.touchpoints.end(),
                                        [&](const Touchpoint &other) { return place < order.of(other); });
        mJourney.touchpoints.insert(after, std::move(card));
    }
    return true;
}

const Journey &ServerSession::journey() const
{
    if (!mJourneyStale && !mStaleCards.empty() && !refreshStaleCards())
        mJourneyStale = true;
    mStaleCards.clear();
    if (mJourneyStale) {
        // Every change was checked before it was written, so this only fails on a database
        // edited by hand; the last good journey then stays.
        FormatError problem;
        if (auto assembled = assembleJourney(mParts, &problem)) {
            mJourney = std::move(*assembled);
            mJourney.datasets = shownDatasets(); // with our writes under way on top
        }
        mJourneyStale = false;
    }
    return mJourney;
}

} // namespace waymark
