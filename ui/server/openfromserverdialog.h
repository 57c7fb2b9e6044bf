#pragma once

#include "server/serverjobs.h"

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QPushButton;
class QTreeWidget;

namespace waymark {

class ServerAddressForm;

// File → Open from Server…: the server's URL, then the journeys there (title, when and by
// whom it was published, its last change; sortable by each); double-click or Open opens one
// live. Listing runs in the background like publishing.
class OpenFromServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenFromServerDialog(QWidget *parent = nullptr);

    ServerAddressForm *form() const { return mForm; }
    QPushButton *listButton() const { return mList; }
    QTreeWidget *journeys() const { return mJourneys; }
    // Lists the journeys at the URL in the form (what the button does).
    void listJourneys();

    PostgresAddress address() const { return mAddress; }
    QUuid journeyId() const;
    QString author() const;

private:
    void listed();
    void updateOpenButton();

    ServerAddressForm *mForm;
    QPushButton *mList;
    QTreeWidget *mJourneys;
    QDialogButtonBox *mButtons;
    QPushButton *mOpen;
    QFutureWatcher<ServerReply> mWatcher;
    PostgresAddress mAddress;
    bool mAskedPassword = false;
};

} // namespace waymark
