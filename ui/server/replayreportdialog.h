#pragma once

#include "server/serversession.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace waymark {

class Journey;

// What happened to the edits made while the connection was down, once they were sent
// (ServerSession::replayed): how many reached the server, and for each that met someone
// else's change (or was refused) which card, stage, vote, arrow, …, what, who changed it and
// what was kept. Shown by the window
// when something met another change; nothing of it is lost unnoticed.
class ReplayReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReplayReportDialog(const ReplayReport &report, const Journey &journey, QWidget *parent = nullptr);

    QTreeWidget *table() const { return mTable; }

    // One line for the status bar ("5 changes made offline were sent; 2 met others' changes").
    static QString summary(const ReplayReport &report);
    // The first column: a card's title, or "Stage “Visit”", "Vote “…”", "Arrow “…”", ….
    static QString itemText(const ReplayConflict &conflict, const Journey &journey);
    // "yours: “…” (theirs was “…”)", or why nothing of yours stayed.
    static QString keptText(const ReplayConflict &conflict);

private:
    QLabel *mSummary;
    QTreeWidget *mTable;
};

} // namespace waymark
