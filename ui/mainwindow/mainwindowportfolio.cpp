// The main window's journeys beyond the open one: File → Open Folder… shows the portfolio and
// opens the journey picked there; a card's linked journey opens from the properties dock.
// Split from mainwindow.cpp to keep each file about one thing.
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

void MainWindow::openLinkedJourney(const QString &path)
{
    if (maybeSave())
        openFile(path);
}

} // namespace waymark
