#include "picturesfield.h"

#include "commands/cardpictures.h"
#include "inputlimits.h"
#include "journeydocument.h"
#include "media/imagemimedata.h"
#include "canvas/cardsymbols.h"
#include "picturecache.h"
#include "pictureimporter.h"
#include "pictureviewer.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace waymark {

namespace {

constexpr int iconSide = 56;

// The thumbnail centred on a square, so a tall screenshot and a wide photo line up.
QIcon squareIcon(const QImage &thumbnail)
{
    QPixmap square(iconSide, iconSide);
    square.fill(Qt::transparent);
    QPainter painter(&square);
    if (thumbnail.isNull()) {
        painter.fillRect(square.rect(), QColor(0xd0, 0xd4, 0xda));
        painter.drawText(square.rect(), Qt::AlignCenter, QStringLiteral("?"));
    } else {
        const QImage fitted = thumbnail.scaled(iconSide, iconSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        painter.drawImage((iconSide - fitted.width()) / 2, (iconSide - fitted.height()) / 2, fitted);
    }
    return QIcon(square);
}

} // namespace

PicturesField::PicturesField(QWidget *parent)
    : QWidget(parent)
{
    setAcceptDrops(true);
    mStrip = new QListWidget(this);
    mStrip->setObjectName(QStringLiteral("picturesStrip"));
    mStrip->setViewMode(QListView::IconMode);
    mStrip->setFlow(QListView::LeftToRight);
    mStrip->setWrapping(false);
    mStrip->setMovement(QListView::Static);
    mStrip->setIconSize(QSize(iconSide, iconSide));
    mStrip->setSpacing(2);
    mStrip->setSelectionMode(QAbstractItemView::SingleSelection);
    mStrip->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    mStrip->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mStrip->setFixedHeight(iconSide + 12 + mStrip->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    mStrip->setAccessibleName(tr("Pictures"));
    mStrip->setToolTip(tr("Double-click a picture to see it large; drop picture files here to add them"));
    mStrip->installEventFilter(this);
    mStrip->viewport()->setAcceptDrops(false); // drops go to the field, which imports them
    connect(mStrip, &QListWidget::itemActivated, this, &PicturesField::open);
    connect(mStrip, &QListWidget::itemSelectionChanged, this, &PicturesField::updateButtons);

    mEmpty = new QLabel(tr("None yet: add a photo of the wall, a screenshot or a letter."), this);
    mEmpty->setObjectName(QStringLiteral("picturesEmpty"));
    mEmpty->setWordWrap(true);
    mEmpty->setForegroundRole(QPalette::PlaceholderText);
    mAdd = new QPushButton(tr("Add…"), this);
    mAdd->setObjectName(QStringLiteral("addPictures"));
    mAdd->setToolTip(tr("Add pictures from files (you can also drop them here, or paste one on the card)"));
    mRemove = new QPushButton(tr("Remove"), this);
    mRemove->setObjectName(QStringLiteral("removePicture"));
    mRemove->setToolTip(tr("Take the selected picture off the card (Delete)"));
    connect(mAdd, &QPushButton::clicked, this, &PicturesField::chooseAndAdd);
    connect(mRemove, &QPushButton::clicked, this, &PicturesField::removeSelected);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(mEmpty, 1);
    buttons->addStretch();
    buttons->addWidget(mAdd);
    buttons->addWidget(mRemove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(mStrip);
    layout->addLayout(buttons);
    showCard(nullptr);
}

void PicturesField::setDocument(JourneyDocument *document)
{
    mDocument = document;
}

void PicturesField::showCard(const Touchpoint *card)
{
    mCardId = card ? card->id : QUuid();
    const QUuid selected = mStrip->currentItem() ? mStrip->currentItem()->data(Qt::UserRole).toUuid() : QUuid();
    mStrip->clear();
    mCount = card ? int(card->images.size()) : 0;
    for (int i = 0; i < mCount; ++i) {
        const CardImage &picture = card->images[std::size_t(i)];
        auto *item = new QListWidgetItem(squareIcon(PictureCache::thumbnail(picture)), QString(), mStrip);
        item->setData(Qt::UserRole, picture.id);
        const QString name = picture.caption.isEmpty() ? picture.originalName : picture.caption;
        item->setToolTip(name.isEmpty() ? tr("Picture %1").arg(i + 1) : name);
        item->setData(Qt::AccessibleTextRole, item->toolTip());
        if (picture.id == selected)
            mStrip->setCurrentItem(item);
    }
    mStrip->setVisible(mCount > 0);
    mEmpty->setVisible(mCount == 0);
    updateButtons();
    emit countChanged(mCount);
}

void PicturesField::updateButtons()
{
    const bool editable = mDocument && !mDocument->isReviewOnly() && !mCardId.isNull();
    mAdd->setEnabled(editable && mCount < InputLimits::maxCardImages);
    mRemove->setEnabled(editable && mStrip->currentItem() != nullptr);
    mRemove->setVisible(mCount > 0);
}

QToolButton *PicturesField::createAddButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("addPicturesButton"));
    QPixmap glyph(20, 16);
    glyph.fill(Qt::transparent);
    {
        QPainter painter(&glyph);
        paintPictureGlyph(&painter, QRectF(0.5, 0.5, 19, 15));
    }
    button->setIcon(QIcon(glyph));
    button->setIconSize(glyph.size());
    button->setAutoRaise(true);
    button->setToolTip(tr("Add pictures to the card: a photo of the wall, a screenshot, a letter (you can also paste "
                          "one with Ctrl+V or drop files on the card)"));
    button->setAccessibleName(tr("Add pictures"));
    connect(button, &QToolButton::clicked, this, &PicturesField::chooseAndAdd);
    connect(this, &PicturesField::countChanged, button, [this, button] { button->setEnabled(mAdd->isEnabled()); });
    return button;
}

void PicturesField::chooseAndAdd()
{
    if (!mDocument || mCardId.isNull())
        return;
    const QStringList paths = PictureImporter::chooseFiles(this);
    if (!paths.isEmpty())
        PictureImporter::startFiles(mDocument, mCardId, paths, window());
}

void PicturesField::removeSelected()
{
    QListWidgetItem *item = mStrip->currentItem();
    if (!item || !mDocument || mDocument->isReviewOnly())
        return;
    if (QUndoCommand *remove = removeCardPicture(mDocument, mCardId, item->data(Qt::UserRole).toUuid()))
        mDocument->push(remove);
}

void PicturesField::open(QListWidgetItem *item)
{
    if (item && mDocument)
        PictureViewer::show(mDocument, mCardId, mStrip->row(item), this);
}

bool PicturesField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mStrip && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PicturesField::dragEnterEvent(QDragEnterEvent *event)
{
    if (mDocument && !mDocument->isReviewOnly() && !mCardId.isNull() && mimeDataMayHoldImages(*event->mimeData()))
        event->acceptProposedAction();
}

void PicturesField::dropEvent(QDropEvent *event)
{
    if (!mDocument || mDocument->isReviewOnly() || mCardId.isNull())
        return;
    if (PictureImporter::startMimeData(mDocument, mCardId, *event->mimeData(), window()))
        event->acceptProposedAction();
}

} // namespace waymark
