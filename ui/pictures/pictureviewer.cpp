#include "pictureviewer.h"

#include "commands/cardpictures.h"
#include "inputlimits.h"
#include "journeydocument.h"
#include "media/imagemimedata.h"
#include "picturecache.h"
#include "pictureimporter.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDir>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace waymark {

// The picture scaled to fit (never up past its own size), or why it cannot be shown.
class PictureArea : public QWidget
{
public:
    explicit PictureArea(QWidget *parent)
        : QWidget(parent)
    {
        setMinimumSize(320, 240);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setFocusPolicy(Qt::StrongFocus); // takes the arrow keys; the caption takes typing
        setAccessibleName(PictureViewer::tr("Picture"));
    }

    void setPicture(const QImage &image, const QString &message)
    {
        mImage = image;
        mMessage = message;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), QColor(0x2b, 0x2f, 0x36));
        if (mImage.isNull()) {
            painter.setPen(QColor(0xe6, 0xe8, 0xeb));
            painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, mMessage);
            return;
        }
        const QSizeF fitted = QSizeF(mImage.size()).scaled(QSizeF(size()).boundedTo(QSizeF(mImage.size())), Qt::KeepAspectRatio);
        const QRectF target(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, mImage);
    }

private:
    QImage mImage;
    QString mMessage;
};

PictureViewer *PictureViewer::show(JourneyDocument *document, const QUuid &cardId, int index, QWidget *parent)
{
    PictureViewer *viewer = nullptr;
    if (parent) {
        for (PictureViewer *open : parent->window()->findChildren<PictureViewer *>()) {
            if (open->mCardId == cardId && open->mDocument == document)
                viewer = open;
        }
    }
    if (!viewer)
        viewer = new PictureViewer(document, cardId, parent ? parent->window() : nullptr);
    viewer->showPicture(index);
    viewer->QDialog::show();
    viewer->raise();
    viewer->activateWindow();
    viewer->mArea->setFocus();
    return viewer;
}

PictureViewer::PictureViewer(JourneyDocument *document, const QUuid &cardId, QWidget *parent)
    : QDialog(parent)
    , mDocument(document)
    , mCardId(cardId)
{
    setObjectName(QStringLiteral("pictureViewer"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    setSizeGripEnabled(true);

    mArea = new PictureArea(this);
    mFacts = new QLabel(this);
    mFacts->setObjectName(QStringLiteral("pictureFacts"));
    mFacts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mCaption = new QLineEdit(this);
    mCaption->setObjectName(QStringLiteral("pictureCaption"));
    mCaption->setPlaceholderText(tr("What the picture shows (a caption for the map and the PDF)"));
    auto *captionLabel = new QLabel(tr("&Caption:"), this);
    captionLabel->setBuddy(mCaption);
    connect(mCaption, &QLineEdit::editingFinished, this, &PictureViewer::commitCaption);

    mPrevious = new QPushButton(tr("← &Previous"), this);
    mNext = new QPushButton(tr("&Next →"), this);
    mAdd = new QPushButton(tr("&Add Pictures…"), this);
    mSave = new QPushButton(tr("&Save As…"), this);
    mRemove = new QPushButton(tr("&Remove"), this);
    mMakeFirst = new QPushButton(tr("Make &First"), this);
    mMakeFirst->setObjectName(QStringLiteral("makePictureFirst"));
    mPrevious->setToolTip(tr("The previous picture (Left arrow)"));
    mNext->setToolTip(tr("The next picture (Right arrow)"));
    mAdd->setToolTip(tr("Add pictures from files; you can also paste one (Ctrl+V) or drop files here"));
    mSave->setToolTip(tr("Save this picture as a file"));
    mRemove->setToolTip(tr("Take this picture off the card (Delete); Undo brings it back"));
    mMakeFirst->setToolTip(tr("Make this the first picture: the one shown on the card (Ctrl+Home). "
                              "Ctrl+Left and Ctrl+Right move it one place."));
    for (QPushButton *button : {mPrevious, mNext, mAdd, mSave, mRemove, mMakeFirst})
        button->setAutoDefault(false);
    connect(mPrevious, &QPushButton::clicked, this, [this] { showPicture(mIndex - 1); });
    connect(mNext, &QPushButton::clicked, this, [this] { showPicture(mIndex + 1); });
    connect(mAdd, &QPushButton::clicked, this, &PictureViewer::addPictures);
    connect(mSave, &QPushButton::clicked, this, &PictureViewer::savePicture);
    connect(mRemove, &QPushButton::clicked, this, &PictureViewer::removePicture);
    connect(mMakeFirst, &QPushButton::clicked, this, [this] { movePicture(0); });
    auto *paste = new QShortcut(QKeySequence::Paste, this);
    connect(paste, &QShortcut::activated, this, &PictureViewer::pastePictures);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *captionRow = new QHBoxLayout;
    captionRow->addWidget(captionLabel);
    captionRow->addWidget(mCaption, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(mPrevious);
    actions->addWidget(mNext);
    actions->addSpacing(12);
    actions->addWidget(mFacts, 1);
    actions->addWidget(mMakeFirst);
    actions->addWidget(mAdd);
    actions->addWidget(mSave);
    actions->addWidget(mRemove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mArea, 1);
    layout->addLayout(captionRow);
    layout->addLayout(actions);
    layout->addWidget(buttons);

    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        resize(screen->availableSize() * 0.6);

    connect(document, &JourneyDocument::touchpointFieldsChanged, this, [this](const QUuid &id, TouchpointFields fields) {
        if (id == mCardId && fields & (TouchpointField::Images | TouchpointField::Title))
            refresh();
    });
    connect(document, &JourneyDocument::touchpointRemoved, this, [this](const QUuid &id) {
        if (id == mCardId)
            close();
    });
    connect(document, &JourneyDocument::reviewOnlyChanged, this, &PictureViewer::refresh);
    connect(document, &QObject::destroyed, this, &QDialog::close);
}

const Touchpoint *PictureViewer::card() const
{
    return mDocument ? mDocument->journey().touchpoint(mCardId) : nullptr;
}

const CardImage *PictureViewer::picture() const
{
    const Touchpoint *shown = card();
    return shown && mIndex >= 0 && mIndex < int(shown->images.size()) ? &shown->images[std::size_t(mIndex)] : nullptr;
}

void PictureViewer::showPicture(int index)
{
    commitCaption(); // typed for the picture being left
    const Touchpoint *shown = card();
    const int count = shown ? int(shown->images.size()) : 0;
    mIndex = count == 0 ? 0 : std::clamp(index, 0, count - 1);
    refresh();
}

void PictureViewer::refresh()
{
    const Touchpoint *shown = card();
    if (!shown)
        return;
    const int count = int(shown->images.size());
    if (mIndex >= count)
        mIndex = std::max(0, count - 1);
    setWindowTitle(tr("Pictures — %1").arg(shown->title.isEmpty() ? tr("untitled card") : shown->title));
    const CardImage *current = picture();
    const bool editable = mDocument && !mDocument->isReviewOnly();
    if (!current) {
        mShownId = {};
        mImage = {};
        mArea->setPicture({}, editable ? tr("The card has no pictures yet. Add them from files, paste one (Ctrl+V) or "
                                            "drop files here.")
                                       : tr("The card has no pictures."));
        mFacts->clear();
    }
    const bool otherPicture = !current || current->id != mShownId;
    if (current && otherPicture) {
        QString error;
        mImage = PictureCache::full(*current, &error);
        mShownId = current->id;
        mArea->setPicture(mImage, tr("This picture cannot be shown: %1").arg(error));
    }
    if (current) {
        const QLocale locale;
        QString facts = tr("Picture %1 of %2 · %3 × %4 px").arg(mIndex + 1).arg(count).arg(locale.toString(current->size.width()),
                                                                                         locale.toString(current->size.height()));
        if (!current->originalName.isEmpty())
            facts += QStringLiteral(" · ") + current->originalName;
        mFacts->setText(facts);
        mFacts->setToolTip(facts);
    }
    if (otherPicture || !mCaption->hasFocus())
        mCaption->setText(current ? current->caption : QString());
    mCaption->setEnabled(current != nullptr);
    mCaption->setReadOnly(!editable);
    mPrevious->setEnabled(mIndex > 0);
    mNext->setEnabled(mIndex + 1 < count);
    mAdd->setEnabled(editable && count < InputLimits::maxCardImages);
    mSave->setEnabled(current != nullptr);
    mRemove->setEnabled(editable && current != nullptr);
    mMakeFirst->setEnabled(editable && current != nullptr && mIndex > 0);
}

void PictureViewer::commitCaption()
{
    const CardImage *current = picture();
    // Only what the user typed: the field is also filled from the model.
    if (!current || !mDocument || mDocument->isReviewOnly() || !mCaption->isModified())
        return;
    mCaption->setModified(false);
    if (QUndoCommand *edit = setCardPictureCaption(mDocument, mCardId, current->id, mCaption->text().trimmed()))
        mDocument->push(edit);
}

void PictureViewer::addPictures()
{
    const QStringList paths = PictureImporter::chooseFiles(this);
    if (paths.isEmpty() || !mDocument)
        return;
    showWhenAdded(PictureImporter::startFiles(mDocument, mCardId, paths, this));
}

void PictureViewer::showWhenAdded(PictureImporter *importer)
{
    if (!importer)
        return;
    const int firstNew = card() ? int(card()->images.size()) : 0;
    connect(importer, &PictureImporter::finished, this, [this, firstNew](int added) {
        if (added > 0)
            showPicture(firstNew);
    });
}

void PictureViewer::pastePictures()
{
    if (!mDocument || mDocument->isReviewOnly() || mCaption->hasFocus())
        return;
    const QMimeData *offered = QGuiApplication::clipboard()->mimeData();
    if (!offered || !mimeDataMayHoldImages(*offered))
        return;
    showWhenAdded(PictureImporter::startMimeData(mDocument, mCardId, *offered, this));
}

void PictureViewer::savePicture()
{
    const CardImage *current = picture();
    if (!current)
        return;
    const QString suffix = current->format == "png" ? QStringLiteral("png") : QStringLiteral("jpg");
    QString name = current->originalName.isEmpty() ? tr("picture") : QFileInfo(current->originalName).completeBaseName();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Picture As"), folder + QLatin1Char('/') + name + QLatin1Char('.') + suffix,
                                                      current->format == "png" ? tr("PNG picture (*.png)") : tr("JPEG picture (*.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(current->bytes) != current->bytes.size() || !file.commit())
        QMessageBox::warning(this, tr("Picture Not Saved"), tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

void PictureViewer::removePicture()
{
    const CardImage *current = picture();
    if (!current || !mDocument || mDocument->isReviewOnly())
        return;
    if (QUndoCommand *remove = removeCardPicture(mDocument, mCardId, current->id))
        mDocument->push(remove);
}

void PictureViewer::movePicture(int index)
{
    const CardImage *current = picture();
    const Touchpoint *shown = card();
    if (!current || !shown || !mDocument || mDocument->isReviewOnly())
        return;
    index = std::clamp(index, 0, int(shown->images.size()) - 1);
    if (index == mIndex)
        return;
    commitCaption();
    if (QUndoCommand *move = moveCardPicture(mDocument, mCardId, current->id, index)) {
        mIndex = index; // the picture stays in view at its new place
        mDocument->push(move);
    }
}

void PictureViewer::keyPressEvent(QKeyEvent *event)
{
    // Page Up/Down turn pictures even while typing a caption; the arrows only outside it.
    const bool typing = mCaption->hasFocus();
    if (!typing && event->modifiers() == Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Left:
            movePicture(mIndex - 1);
            return;
        case Qt::Key_Right:
            movePicture(mIndex + 1);
            return;
        case Qt::Key_Home:
            movePicture(0);
            return;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_PageUp || (!typing && event->key() == Qt::Key_Left)) {
        showPicture(mIndex - 1);
        return;
    }
    if (event->key() == Qt::Key_PageDown || (!typing && event->key() == Qt::Key_Right)) {
        showPicture(mIndex + 1);
        return;
    }
    if (!typing && event->key() == Qt::Key_Delete) {
        removePicture();
        return;
    }
    QDialog::keyPressEvent(event);
}

void PictureViewer::dragEnterEvent(QDragEnterEvent *event)
{
    if (mDocument && !mDocument->isReviewOnly() && mimeDataMayHoldImages(*event->mimeData()))
        event->acceptProposedAction();
}

void PictureViewer::dropEvent(QDropEvent *event)
{
    if (!mDocument || mDocument->isReviewOnly())
        return;
    if (auto *importer = PictureImporter::startMimeData(mDocument, mCardId, *event->mimeData(), this)) {
        event->acceptProposedAction();
        showWhenAdded(importer);
    }
}

} // namespace waymark
