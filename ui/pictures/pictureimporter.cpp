#include "pictureimporter.h"

#include "commands/cardpictures.h"
#include "inputlimits.h"
#include "journeydocument.h"
#include "media/imagemimedata.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QWidget>
#include <QtConcurrent>

namespace waymark {

namespace {

CardImageImport importOne(const PictureImporter::Source &source)
{
    const CardImageInput input = source.path.isEmpty() ? source.input : readCardImageFile(source.path);
    if (!input.error.isEmpty())
        return {CardImage(), input.error};
    return importCardImage(input.bytes, input.name);
}

} // namespace

PictureImporter::PictureImporter(JourneyDocument *document, const QUuid &cardId, QWidget *window)
    : mDocument(document)
    , mCardId(cardId)
    , mWindow(window)
{
}

PictureImporter *PictureImporter::start(JourneyDocument *document, const QUuid &cardId, QList<Source> sources, QWidget *window)
{
    auto *importer = new PictureImporter(document, cardId, window);
    importer->run(std::move(sources));
    return importer;
}

PictureImporter *PictureImporter::startFiles(JourneyDocument *document, const QUuid &cardId, const QStringList &paths,
                                             QWidget *window)
{
    QList<Source> sources;
    for (const QString &path : paths)
        sources.append({path, {}});
    return start(document, cardId, std::move(sources), window);
}

PictureImporter *PictureImporter::startMimeData(JourneyDocument *document, const QUuid &cardId, const QMimeData &data,
                                                QWidget *window)
{
    QList<Source> sources;
    for (CardImageInput &input : imagesFromMimeData(data))
        sources.append({QString(), std::move(input)});
    if (sources.isEmpty())
        return nullptr;
    return start(document, cardId, std::move(sources), window);
}

QString PictureImporter::fileFilter()
{
    QStringList patterns;
    for (const QByteArray &format : acceptedCardImageFormats()) {
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
        if (format == "jpeg")
            patterns << QStringLiteral("*.jpg") << QStringLiteral("*.jpe");
    }
    return tr("Pictures (%1)").arg(patterns.join(QLatin1Char(' '))) + QStringLiteral(";;") + tr("All files (*)");
}

QStringList PictureImporter::chooseFiles(QWidget *parent)
{
    return QFileDialog::getOpenFileNames(parent, tr("Add Pictures"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                         fileFilter());
}

void PictureImporter::run(QList<Source> sources)
{
    const int count = int(sources.size());
    auto *watcher = new QFutureWatcher<CardImageImport>(this);
    // Shown only when the pictures take longer than half a second (a phone's photos do not).
    auto *progress = new QProgressDialog(tr("Adding %n picture(s)…", nullptr, count), tr("Cancel"), 0, count, mWindow);
    progress->setWindowTitle(tr("Add Pictures"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(watcher, &QFutureWatcher<CardImageImport>::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcher<CardImageImport>::cancel);
    connect(watcher, &QFutureWatcher<CardImageImport>::finished, this, [this, watcher, progress] {
        progress->deleteLater();
        if (watcher->isCanceled()) {
            emit finished(0);
            deleteLater();
            return;
        }
        finish(watcher->future().results());
    });
    watcher->setFuture(QtConcurrent::mapped(std::move(sources), importOne));
}

void PictureImporter::finish(const QList<CardImageImport> &results)
{
    std::vector<CardImage> pictures;
    QStringList problems;
    for (const CardImageImport &result : results) {
        if (result.ok())
            pictures.push_back(result.image);
        else
            problems << QStringLiteral("• ") + result.error;
    }
    int added = 0;
    if (mDocument && !pictures.empty()) {
        qsizetype left = 0;
        const qsizetype offered = qsizetype(pictures.size());
        if (QUndoCommand *add = addCardPictures(mDocument, mCardId, std::move(pictures), &left)) {
            added = int(offered - left);
            mDocument->push(add);
        } else if (!mDocument->journey().touchpoint(mCardId)) {
            problems << QStringLiteral("• ") + tr("The card was deleted while its pictures were being read.");
        }
        if (left > 0)
            problems << QStringLiteral("• ")
                    + tr("A card holds at most %1 pictures: %n picture(s) were left out.", nullptr, int(left)).arg(InputLimits::maxCardImages);
    }
    if (!problems.isEmpty() && mWindow) {
        QMessageBox box(QMessageBox::Warning, tr("Pictures Not Added"),
                        added > 0 ? tr("%n picture(s) were added; some were not:", nullptr, added)
                                  : tr("No picture was added:"),
                        QMessageBox::Ok, mWindow);
        box.setInformativeText(problems.join(QLatin1Char('\n')));
        box.exec();
    }
    emit finished(added);
    deleteLater();
}

} // namespace waymark
