#pragma once

#include "server/serverdatasettransfers.h"

#include <QObject>
#include <QPointer>

#include <vector>

class QLabel;
class QStatusBar;
class QWidget;

namespace waymark {

class ServerSession;

// What the status bar says while a dataset goes to or comes from the server on the session's
// worker (issue 21): "Sending “Survey 2026” to the server…", "Receiving “Survey 2026” (from
// Fay)…". A label of its own at the status bar's right, so the others' notices do not hide it;
// gone when nothing is under way. A child of the session: it leaves with the share.
class DatasetTransferNotice : public QObject
{
    Q_OBJECT
public:
    DatasetTransferNotice(ServerSession *session, QStatusBar *bar);
    ~DatasetTransferNotice() override;

    // The label (tests, pictures).
    QLabel *label() const;
    // Whether the window may close: while a dataset of ours is still being sent, asks (closing
    // drops it: nothing of it stays on the server). True when nothing is being sent.
    bool mayClose(QWidget *window) const;

private:
    void show();

    QPointer<QLabel> mLabel;
    std::vector<DatasetTransfer> mUnderWay;
};

} // namespace waymark
