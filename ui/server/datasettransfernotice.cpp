#include "server/datasettransfernotice.h"

#include "server/serversession.h"

#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

#include <algorithm>

namespace waymark {

DatasetTransferNotice::DatasetTransferNotice(ServerSession *session, QStatusBar *bar)
    : QObject(session)
    , mLabel(new QLabel(bar))
{
    mLabel->setObjectName(QStringLiteral("datasetTransfer"));
    mLabel->hide();
    bar->addPermanentWidget(mLabel);
    connect(session, &ServerSession::datasetTransferStarted, this, [this](const DatasetTransfer &transfer) {
        mUnderWay.push_back(transfer);
        show();
    });
    connect(session, &ServerSession::datasetTransferEnded, this, [this](const DatasetTransfer &transfer) {
        const auto at = std::find_if(mUnderWay.begin(), mUnderWay.end(), [&](const DatasetTransfer &item) {
            return item.way == transfer.way && item.dataset == transfer.dataset;
        });
        if (at != mUnderWay.end())
            mUnderWay.erase(at);
        show();
    });
}

DatasetTransferNotice::~DatasetTransferNotice()
{
    delete mLabel; // the status bar stays with the window; the share does not
}

QLabel *DatasetTransferNotice::label() const
{
    return mLabel;
}

void DatasetTransferNotice::show()
{
    if (!mLabel)
        return;
    if (mUnderWay.empty()) {
        mLabel->hide();
        return;
    }
    // The newest: a facilitator's re-import while the first one is still read says the newer name.
    const DatasetTransfer &transfer = mUnderWay.back();
    mLabel->setText(transfer.way == DatasetTransfer::Way::Sending ? tr("Sending “%1” to the server…").arg(transfer.name)
                    : transfer.from.isEmpty()                     ? tr("Receiving “%1”…").arg(transfer.name)
                                                                  : tr("Receiving “%1” (from %2)…").arg(transfer.name, transfer.from));
    mLabel->setToolTip(transfer.way == DatasetTransfer::Way::Sending
                           ? tr("The map and the other cards go on meanwhile; the others see the dataset once it is on the server.")
                           : tr("The map goes on meanwhile; the dataset's figures show when it is in."));
    mLabel->show();
}

bool DatasetTransferNotice::mayClose(QWidget *window) const
{
    const auto sending = std::find_if(mUnderWay.begin(), mUnderWay.end(), [](const DatasetTransfer &item) {
        return item.way == DatasetTransfer::Way::Sending;
    });
    if (sending == mUnderWay.end())
        return true;
    return QMessageBox::question(window, tr("A dataset is still being sent"),
                                 tr("“%1” is still being sent to the server. If you close the window now, it is not shared: nothing "
                                    "of it stays on the server and the others keep the data they have. Close anyway?")
                                     .arg(sending->name),
                                 QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Close;
}

} // namespace waymark
