#pragma once

#include "data/importjob.h"

#include <QTableWidget>

namespace waymark {

// The rows an import refuses, as a person reads them: line, column, value and why. Used before
// the import (the first few), in the "import the valid rows?" question and in the summary.
class ImportIssueTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit ImportIssueTable(QWidget *parent = nullptr);
    // Shows the first `limit` issues; a table of a million rows helps no one, the count says the rest.
    void setIssues(const std::vector<ImportIssue> &issues, int limit);
    // Enough height for `rows` rows and the header, so a short list needs no scrolling.
    void fitRows(int rows);
};

} // namespace waymark
