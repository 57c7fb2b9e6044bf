// The main window's lifetime value side: importing purchases and the lifetime value window.
// Split from mainwindowdata.cpp to keep each file about one thing.
#include "mainwindow/mainwindow.h"

#include "canvas/journeyscene.h"
#include "clv/transactiondataset.h"
#include "clv/transactionsource.h"
#include "commands/datasetcommands.h"
#include "inputlimits.h"
#include "journeydocument.h"
#include "lifetimevalue/lifetimevaluedialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace waymark {

void MainWindow::importPurchases()
{
    if (!mDocument)
        return;
    if (!mDataLimit.isEmpty()) { // asked for from the lifetime value dialog
        statusBar()->showMessage(mDataLimit, 8000);
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Purchases"), QString(),
                                                      tr("Data files (*.csv *.tsv *.txt *.json *.ndjson *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString name = QFileInfo(path).fileName();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import Purchases"), tr("Cannot read %1: %2").arg(name, in.errorString()));
        return;
    }
    if (in.size() > InputLimits::maxJsonFileBytes) {
        QMessageBox::warning(this, tr("Import Purchases"),
                             tr("%1 is %2 MiB; Waymark imports purchase files of at most %3 MiB.")
                                 .arg(name)
                                 .arg(in.size() >> 20)
                                 .arg(InputLimits::maxJsonFileBytes >> 20));
        return;
    }
    const QByteArray bytes = in.readAll();
    const clv::TransactionFile file = clv::readTransactionSource(bytes, path);
    if (!file.problem.isEmpty()) {
        QMessageBox::warning(this, tr("Import Purchases"), tr("%1 cannot be imported: %2").arg(name, file.problem));
        return;
    }
    // Say what will be imported and what is left out before anything changes.
    const QLocale locale;
    QMessageBox confirm(QMessageBox::Question, tr("Import Purchases"),
                        tr("%1 purchases of %2 customers will be imported from %3.")
                            .arg(locale.toString(qint64(file.transactions.size())), locale.toString(file.customerIds.size()), name),
                        QMessageBox::Cancel, this);
    QPushButton *import = confirm.addButton(tr("Import"), QMessageBox::AcceptRole);
    confirm.setDefaultButton(import);
    if (file.refusedCount() > 0) {
        confirm.setInformativeText(tr("%n row(s) cannot be read and will be left out (see Details).", nullptr, int(file.refusedCount())));
        confirm.setDetailedText(clv::refusedRowMessages(file, name).join(QLatin1Char('\n')));
    }
    confirm.exec();
    if (confirm.clickedButton() != static_cast<QAbstractButton *>(import))
        return;
    mDocument->push(new AddDataset(mDocument.get(), clv::transactionDataset(file, bytes, path)));
    statusBar()->showMessage(tr("Imported %Ln purchase(s) from %1", nullptr, int(file.transactions.size())).arg(name), 8000);
    showLifetimeValue();
}

void MainWindow::showLifetimeValue()
{
    if (!mDocument)
        return;
    if (!mLifetimeValue) {
        mLifetimeValue = new LifetimeValueDialog(mDocument.get(), this);
        mLifetimeValue->setAttribute(Qt::WA_DeleteOnClose);
        connect(mLifetimeValue, &LifetimeValueDialog::importPurchasesRequested, this, &MainWindow::importPurchases);
        connect(mLifetimeValue, &LifetimeValueDialog::selectCardsRequested, this, [this](const QList<QUuid> &ids) {
            mScene->selectTouchpoints(ids);
        });
    }
    mLifetimeValue->show();
    mLifetimeValue->raise();
    mLifetimeValue->activateWindow();
}

} // namespace waymark
