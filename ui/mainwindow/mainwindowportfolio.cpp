// The main window's folder of journeys: File → Open Folder… shows the portfolio and opens the
// journey picked there. Split from mainwindow.cpp to keep each file about one thing.
#include "mainwindow/mainwindow.h"

#include "portfolio/portfoliodialog.h"

#include <QFileDialog>

namespace waymark {

void MainWindow::openFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a Folder of Journeys"));
    if (folder.isEmpty())
        return;
    auto *portfolio = new PortfolioDialog(folder, this);
    portfolio->setAttribute(Qt::WA_DeleteOnClose);
    connect(portfolio, &PortfolioDialog::openRequested, this, [this, portfolio](const QString &path) {
        if (!maybeSave())
            return;
        if (openFile(path))
            portfolio->close();
    });
    portfolio->show();
}

} // namespace waymark
