#pragma once

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QToolButton;

namespace waymark {

class JourneyDocument;
struct Touchpoint;

// A card's pictures in the properties dock: a strip of thumbnails (the first is the one on the
// card), Add… and Remove; double-click or Enter opens the picture large (PictureViewer), and
// pictures may be dropped on the strip. Every change is one undo step on the document.
class PicturesField : public QWidget
{
    Q_OBJECT
public:
    explicit PicturesField(QWidget *parent = nullptr);

    void setDocument(JourneyDocument *document);
    void showCard(const Touchpoint *card); // nullptr: none
    QListWidget *strip() const { return mStrip; }
    int count() const { return mCount; }
    // Asks for picture files and adds them to the card shown.
    void chooseAndAdd();
    // A small button with a picture glyph that does chooseAndAdd: for a row where a whole
    // field would not fit (the dock shows the strip only once a card has pictures).
    QToolButton *createAddButton(QWidget *parent);

signals:
    void countChanged(int count);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void removeSelected();
    void open(QListWidgetItem *item);
    void updateButtons();

    QPointer<JourneyDocument> mDocument;
    QUuid mCardId;
    int mCount = 0;
    QListWidget *mStrip;
    QLabel *mEmpty;
    QPushButton *mAdd;
    QPushButton *mRemove;
};

} // namespace waymark
