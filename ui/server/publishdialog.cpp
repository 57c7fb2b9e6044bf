#include "server/publishdialog.h"

#include "server/serveraddressform.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

PublishDialog::PublishDialog(const Journey &journey, QWidget *parent)
    : QDialog(parent)
    , mJourney(journey)
    , mForm(new ServerAddressForm(this))
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Publish to Server"));
    auto *intro = new QLabel(tr("<b>%1</b> goes to a PostgreSQL database your company runs. Everyone who opens it from "
                                "there edits it live from their own laptop; what each person may do is set by the database's "
                                "roles. Your file stays as it is.")
                                 .arg(journey.title.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    mPublish = mButtons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    mPublish->setObjectName(QStringLiteral("publishButton"));
    mPublish->setDefault(true);
    connect(mPublish, &QPushButton::clicked, this, [this] {
        mAskedPassword = false;
        publish();
    });
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&mWatcher, &QFutureWatcher<ServerReply>::finished, this, &PublishDialog::finished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(mForm);
    layout->addStretch();
    layout->addWidget(mButtons);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

QString PublishDialog::author() const
{
    return mForm->author();
}

void PublishDialog::publish()
{
    if (mWatcher.isRunning())
        return;
    const auto address = mForm->address();
    if (!address)
        return;
    mAddress = *address;
    mForm->setBusy(true, tr("Publishing to %1…").arg(mAddress.display()));
    mPublish->setEnabled(false);
    mWatcher.setFuture(ServerJobs::publish(mAddress, mJourney));
}

void PublishDialog::finished()
{
    const ServerReply reply = mWatcher.result();
    mForm->setBusy(false);
    mPublish->setEnabled(true);
    if (reply.ok) {
        mId = reply.id;
        mForm->remember();
        accept();
        return;
    }
    if (reply.needsPassword && !mAskedPassword) {
        mAskedPassword = true; // once: a wrong password then shows the server's words
        if (ServerJobs::askPassword(this, mAddress)) {
            publish();
            return;
        }
    }
    mForm->showProblem(reply.error);
}

} // namespace waymark
