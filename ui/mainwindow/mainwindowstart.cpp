// The welcome page when no file is open, and files dropped on the window.
#include "mainwindow.h"

#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "data/dataset.h"
#include "filedrop.h"
#include "journeydocument.h"
#include "startpage.h"

#include <QPushButton>
#include <QUndoStack>

namespace waymark {

void MainWindow::createStartAndDrops()
{
    auto *drop = new FileDrop(this);
    drop->watch(this);
    drop->watch(mView->viewport()); // the canvas takes drags for its cards: journey files first
    connect(drop, &FileDrop::journeyDropped, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });
    connect(drop, &FileDrop::surveyDropped, this, [this](const QString &path) { importDataFile(DatasetKind::Answers, path); });
    // Any other journey on the canvas (new, opened, recovered, the sample) ends the welcome.
    connect(mScene, &JourneyScene::documentChanged, this, [this] {
        if (mStartPage)
            mStartPage->hide();
    });
}

void MainWindow::showStartPage()
{
    if (!mStartPage) {
        mStartPage = new StartPage(mRecent, centralWidget());
        connect(mStartPage, &StartPage::newJourneyRequested, this, [this] {
            newJourney();
            // Even when the blank journey was already there: the welcome has done its job.
            if (!mDocument->isModified())
                mStartPage->hide();
        });
        connect(mStartPage, &StartPage::sampleRequested, this, &MainWindow::openSampleWorkshop);
        connect(mStartPage, &StartPage::templateRequested, this, &MainWindow::newFromTemplate);
        connect(mStartPage, &StartPage::openRequested, this, &MainWindow::openWithDialog);
        connect(mStartPage, &StartPage::recentRequested, this, [this](const QString &path) {
            if (maybeSave())
                openFile(path);
        });
    }
    // An edit from a menu (a stage added) means the user has begun on the blank journey.
    connect(mDocument->undoStack(), &QUndoStack::indexChanged, mStartPage, &QWidget::hide, Qt::UniqueConnection);
    mStartPage->show();
    mStartPage->raise();
    mStartPage->newButton()->setFocus();
}

} // namespace waymark
