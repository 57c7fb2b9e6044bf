#pragma once

#include "data/answerstatistics.h"
#include "data/datatables.h"

#include <QString>

#include <vector>

namespace waymark {

class Journey;

// Answers split by one dimension (touchpoint, stage, segment, quarter, …) for the comment
// analysis: each row gets a small group number, so counting is array work.
struct RowGroups {
    Dimension by = Dimension::Touchpoint;
    std::vector<qint32> groupOfRow; // index into labels
    std::vector<QString> labels;    // "(none)" for rows without a value
};

// A row's stage is its card's stage (through the data key, needs `journey`), else its own
// stage column, as in groupAnswers().
RowGroups groupRows(const AnswerTable &table, Dimension by, const Journey *journey = nullptr);

} // namespace waymark
