#pragma once

#include <QDialog>
#include <QImage>
#include <QPointer>
#include <QUuid>

class QLabel;
class QLineEdit;
class QPushButton;

namespace waymark {

class JourneyDocument;
struct CardImage;
struct Touchpoint;

// A card's pictures, one at a time and as large as the window allows: the caption to read or
// type, the previous and next picture (arrow keys), add more (also by paste or drop), save one
// as a file, remove one. Not modal: the facilitator keeps the map at hand. One window per
// card; it follows the card's changes (undo included) and closes when the card is deleted.
class PictureViewer : public QDialog
{
    Q_OBJECT
public:
    // Shows the card's viewer at picture `index`, opening it if needed.
    static PictureViewer *show(JourneyDocument *document, const QUuid &cardId, int index, QWidget *parent);

    int currentIndex() const { return mIndex; }
    QUuid cardId() const { return mCardId; }
    // The picture shown as decoded; null when it could not be read.
    QImage currentImage() const { return mImage; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    PictureViewer(JourneyDocument *document, const QUuid &cardId, QWidget *parent);
    const Touchpoint *card() const;
    const CardImage *picture() const;
    void showPicture(int index);
    void refresh();
    void commitCaption();
    void addPictures();
    void pastePictures();
    void savePicture();
    void removePicture();
    // Moves the shown picture to `index` among the card's pictures and keeps showing it.
    void movePicture(int index);
    // Shows the first picture the importer adds, once it has.
    void showWhenAdded(class PictureImporter *importer);

    QPointer<JourneyDocument> mDocument;
    QUuid mCardId;
    int mIndex = 0;
    QUuid mShownId;
    QImage mImage;
    class PictureArea *mArea;
    QLabel *mFacts;
    QLineEdit *mCaption;
    QPushButton *mPrevious;
    QPushButton *mNext;
    QPushButton *mAdd;
    QPushButton *mSave;
    QPushButton *mRemove;
    QPushButton *mMakeFirst;
};

} // namespace waymark
