#include "text/commentcorpuscache.h"

#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <deque>

namespace waymark::CommentCorpusCache {

namespace {

struct Entry {
    std::shared_ptr<const AnswerTable> table; // kept alive so its address is never reused by another table
    std::shared_ptr<const CommentCorpus> corpus;
};

struct Store {
    QMutex mutex;
    std::deque<Entry> entries; // most recent first
};

Store &store()
{
    static Store instance;
    return instance;
}

std::shared_ptr<const CommentCorpus> lookUp(Store &s, const std::shared_ptr<const AnswerTable> &table)
{
    const auto it = std::find_if(s.entries.begin(), s.entries.end(), [&](const Entry &e) { return e.table == table; });
    if (it == s.entries.end())
        return nullptr;
    Entry entry = *it;
    s.entries.erase(it);
    s.entries.push_front(entry);
    return entry.corpus;
}

} // namespace

std::shared_ptr<const CommentCorpus> corpus(const std::shared_ptr<const AnswerTable> &table)
{
    if (!table)
        return nullptr;
    Store &s = store();
    // Held while building: a second caller for the same table waits for this build rather
    // than doing the same second of work again.
    QMutexLocker lock(&s.mutex);
    if (auto kept = lookUp(s, table))
        return kept;
    auto built = std::make_shared<const CommentCorpus>(CommentCorpus::build(*table));
    s.entries.push_front({table, built});
    if (s.entries.size() > capacity)
        s.entries.pop_back();
    return built;
}

std::shared_ptr<const CommentCorpus> find(const std::shared_ptr<const AnswerTable> &table)
{
    Store &s = store();
    // A build in progress holds the lock: a window asking now must not wait for it.
    if (!s.mutex.tryLock())
        return nullptr;
    auto kept = table ? lookUp(s, table) : nullptr;
    s.mutex.unlock();
    return kept;
}

bool hasComments(const AnswerTable &table)
{
    return !table.isAggregated() && std::any_of(table.comment.begin(), table.comment.end(), [](quint32 c) { return c != 0; });
}

} // namespace waymark::CommentCorpusCache
