#pragma once

#include "data/datatables.h"
#include "text/commentcorpus.h"

#include <memory>

namespace waymark {

// Every comment of a dataset tokenised once (text/commentcorpus.h) and kept: the "what
// customers say" panel, the map's term badges and the PDF page ask for the same dataset again
// and again, and a million answers take about a second to split. Keyed on the dataset's shared
// table like StatisticsCache (a table is never changed in place, and a renamed dataset keeps
// its table); the last `capacity` corpora are kept, process-wide, for every open window.
// Thread-safe: a window builds in a worker thread while the PDF export may ask on the GUI
// thread (it then waits for the same build instead of starting a second one).
namespace CommentCorpusCache {

// The table's corpus, built now when it is not kept (can take a second on a large table).
std::shared_ptr<const CommentCorpus> corpus(const std::shared_ptr<const AnswerTable> &table);
// The kept corpus or null, never building (for a window that must not wait).
std::shared_ptr<const CommentCorpus> find(const std::shared_ptr<const AnswerTable> &table);
// Whether any answer of the table has a comment (aggregated tables have none).
bool hasComments(const AnswerTable &table);

inline constexpr std::size_t capacity = 3;

} // namespace CommentCorpusCache

} // namespace waymark
