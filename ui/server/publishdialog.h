#pragma once

#include "journey.h"
#include "server/serverjobs.h"

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QPushButton;

namespace waymark {

class ServerAddressForm;

// File → Publish to Server…: puts the open journey on a PostgreSQL server so that everyone
// in the workshop edits it from their own laptop. The work runs in the background with a
// busy bar; a wrong URL, a server that is not there and a refusal by the server (who may
// publish is the database's rule) are said in the dialog, which stays open to try again.
class PublishDialog : public QDialog
{
    Q_OBJECT
public:
    PublishDialog(const Journey &journey, QWidget *parent = nullptr);

    ServerAddressForm *form() const { return mForm; }
    QPushButton *publishButton() const { return mPublish; }
    // After acceptance: where, and the journey's id there.
    PostgresAddress address() const { return mAddress; }
    QUuid journeyId() const { return mId; }
    QString author() const;

private:
    void publish();
    void finished();

    Journey mJourney;
    ServerAddressForm *mForm;
    QDialogButtonBox *mButtons;
    QPushButton *mPublish;
    QFutureWatcher<ServerReply> mWatcher;
    PostgresAddress mAddress;
    QUuid mId;
    bool mAskedPassword = false;
};

} // namespace waymark
