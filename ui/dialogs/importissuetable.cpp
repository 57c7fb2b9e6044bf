#include "importissuetable.h"

#include <QHeaderView>
#include <QScrollBar>

namespace waymark {

ImportIssueTable::ImportIssueTable(QWidget *parent)
    : QTableWidget(0, 4, parent)
{
    setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
}

void ImportIssueTable::setIssues(const std::vector<ImportIssue> &issues, int limit)
{
    const int shown = int(std::min<std::size_t>(issues.size(), std::size_t(std::max(0, limit))));
    setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const ImportIssue &issue = issues[std::size_t(row)];
        auto *line = new QTableWidgetItem(QString::number(issue.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, 0, line);
        setItem(row, 1, new QTableWidgetItem(issue.column));
        setItem(row, 2, new QTableWidgetItem(issue.value));
        auto *reason = new QTableWidgetItem(issue.reason);
        reason->setToolTip(issue.reason); // a long reason is cut at the table's edge
        setItem(row, 3, reason);
    }
    resizeColumnToContents(0);
    resizeColumnToContents(1);
    resizeColumnToContents(2);
    setColumnWidth(2, std::min(columnWidth(2), 220)); // a long comment as the value must not hide the reason
}

void ImportIssueTable::fitRows(int rows)
{
    const int rowHeight = verticalHeader()->defaultSectionSize();
    setFixedHeight(horizontalHeader()->sizeHint().height() + rows * rowHeight + 2 * frameWidth()
                   + horizontalScrollBar()->sizeHint().height());
}

} // namespace waymark
