#pragma once

#include "media/cardimageimport.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUuid>

class QMimeData;
class QWidget;

namespace waymark {

class JourneyDocument;

// Adds pictures to a card without freezing the window: files are read and pictures decoded,
// downscaled and re-encoded on the thread pool (a 50-megapixel photo takes about half a
// second), with a progress dialog when it takes longer than that; the pictures that made it
// are added in one undo step, and every one that did not is named in one message.
class PictureImporter : public QObject
{
    Q_OBJECT
public:
    // What to import: a file to read in the background, or bytes already had (a paste).
    struct Source {
        QString path;
        CardImageInput input;
    };

    // Starts the import and returns at once; the importer deletes itself when done.
    static PictureImporter *start(JourneyDocument *document, const QUuid &cardId, QList<Source> sources, QWidget *window);
    static PictureImporter *startFiles(JourneyDocument *document, const QUuid &cardId, const QStringList &paths,
                                       QWidget *window);
    // Pictures in a paste or a drop (imagesFromMimeData); nullptr when it offers none.
    static PictureImporter *startMimeData(JourneyDocument *document, const QUuid &cardId, const QMimeData &data,
                                          QWidget *window);

    // The file dialog's filter for the formats this Qt reads ("Pictures (*.png *.jpg …)").
    static QString fileFilter();
    // Asks for picture files (starting in the user's Pictures folder); empty when cancelled.
    static QStringList chooseFiles(QWidget *parent);

signals:
    // The pictures were added (0 when none could be), after any message was shown.
    void finished(int added);

private:
    PictureImporter(JourneyDocument *document, const QUuid &cardId, QWidget *window);
    void run(QList<Source> sources);
    void finish(const QList<CardImageImport> &results);

    QPointer<JourneyDocument> mDocument;
    QUuid mCardId;
    QPointer<QWidget> mWindow;
};

} // namespace waymark
