// Pictures on cards in the main window: the card's "Show Pictures" and "Add Pictures…", and the
// viewer opened from a card's pictures mark. Split from mainwindow.cpp to keep each file about
// one thing; the work is in ui/pictures.
#include "mainwindow/mainwindow.h"

#include "canvas/canvasactions.h"
#include "canvas/journeyscene.h"
#include "journeydocument.h"
#include "pictures/pictureimporter.h"
#include "pictures/pictureviewer.h"

#include <QAction>

namespace waymark {

void MainWindow::createPictureActions()
{
    connect(mScene, &JourneyScene::picturesRequested, this, [this](const QUuid &card) {
        if (mDocument)
            PictureViewer::show(mDocument.get(), card, 0, this);
    });

    auto *show = new QAction(tr("Show P&ictures"), this);
    show->setObjectName(QStringLiteral("showPicturesAction"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    show->setStatusTip(tr("The card's pictures, large: photos of the wall, screenshots, letters"));
    connect(show, &QAction::triggered, this, [this] {
        const QList<QUuid> cards = mScene->selectedTouchpoints();
        if (mDocument && !cards.isEmpty())
            PictureViewer::show(mDocument.get(), cards.first(), 0, this);
    });
    addAction(show);
    mCanvasActions->addCardAction(show);

    auto *add = new QAction(tr("&Add Pictures…"), this);
    add->setObjectName(QStringLiteral("addPicturesAction"));
    add->setStatusTip(tr("Attach pictures from files to the selected card (or paste one with Ctrl+V, or drop files on it)"));
    connect(add, &QAction::triggered, this, [this] {
        const QList<QUuid> cards = mScene->selectedTouchpoints();
        if (!mDocument || mDocument->isReviewOnly() || cards.size() != 1)
            return;
        const QStringList paths = PictureImporter::chooseFiles(this);
        if (!paths.isEmpty())
            PictureImporter::startFiles(mDocument.get(), cards.first(), paths, this);
    });
    mCanvasActions->addCardAction(add);
}

} // namespace waymark
