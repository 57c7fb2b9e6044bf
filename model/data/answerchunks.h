#pragma once

#include "data/datatables.h"

#include <QString>

#include <cstddef>
#include <functional>

namespace waymark {

// Where a streaming import puts the answers it has checked, a chunk at a time, so that ten
// million answers never stand in memory at once (`waymark import` into a .waymark file:
// format/waymarkappend.h). Each chunk holds the next rows; its pool holds the texts those rows
// added (texts are numbered across chunks: StringPool::firstHeld()). The sink may take the
// rows away (AnswerTable::takeRows()); after take() the importer empties the chunk and lets go
// of whatever texts are left.
class AnswerChunkSink
{
public:
    virtual ~AnswerChunkSink() = default;
    // What the importer still does with a chunk's rows before the sink keeps them: decodes
    // the texts they added (numbered but left empty while reading) and checks them, taking
    // rows out (data/respondentrepeats.h). Run by the sink, before it reads a text, on
    // whatever thread it writes on, one chunk after another in order.
    using Check = std::function<void(AnswerTable &rows)>;
    // False stops the import; error() then says why.
    virtual bool take(AnswerTable &chunk, Check check) = 0;
    // Waits until every chunk taken has been checked and kept; false when one could not be.
    virtual bool flush() = 0;
    virtual QString error() const = 0;
    std::size_t rowsPerChunk = std::size_t(1) << 18; // 262,144 answers: about 14 MB of columns
};

} // namespace waymark
