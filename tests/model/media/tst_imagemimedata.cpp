// Pictures pasted from the clipboard or dropped from the file manager (imagemimedata.h): what a
// QMimeData offers becomes the bytes the import checks, or a message naming what was refused.
#include "inputlimits.h"
#include "media/cardimageimport.h"
#include "media/imagemimedata.h"
#include "pngbytes.h"

#include <QFile>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace waymark;
using namespace waymark::test;

namespace {

QImage smallPicture()
{
    QImage image(120, 80, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(x * 2, y * 3, (x * y) % 256));
    return image;
}

QString writeFile(const QTemporaryDir &folder, const QString &name, const QByteArray &bytes)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestImageMimeData : public QObject
{
    Q_OBJECT

private slots:
    void pastedPictureBytesAreTakenAsTheyAre()
    {
        const QByteArray png = encoded(smallPicture(), "png");
        QMimeData data;
        data.setData(QStringLiteral("image/png"), png);
        data.setText(QStringLiteral("ignored"));
        QVERIFY(mimeDataMayHoldImages(data));
        const QList<CardImageInput> images = imagesFromMimeData(data);
        QCOMPARE(images.size(), 1);
        QCOMPARE(images.first().bytes, png);
        QVERIFY(images.first().name.isEmpty());
        QVERIFY(images.first().error.isEmpty());
        const CardImageImport imported = importCardImage(images.first().bytes, images.first().name);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.image.size, QSize(120, 80));
    }

    void aPastedBombIsRefusedByTheImport()
    {
        // The bytes reach the import's header check; Qt never decodes them (no imageData()).
        QMimeData data;
        data.setData(QStringLiteral("image/png"), pngBomb(100'000, 100'000));
        const QList<CardImageInput> images = imagesFromMimeData(data);
        QCOMPARE(images.size(), 1);
        const CardImageImport imported = importCardImage(images.first().bytes, images.first().name);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error.startsWith(QStringLiteral("Pasted picture")), qPrintable(imported.error));
        QVERIFY2(imported.error.contains(QStringLiteral("megapixels")), qPrintable(imported.error));
    }

    void droppedFilesAreReadInOrder()
    {
        QTemporaryDir folder;
        const QByteArray jpeg = encoded(smallPicture(), "jpeg");
        const QString first = writeFile(folder, QStringLiteral("wall.jpg"), jpeg);
        const QString second = folder.filePath(QStringLiteral("deleted meanwhile.png"));
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(first), QUrl::fromLocalFile(second)});
        QVERIFY(mimeDataMayHoldImages(data));
        const QList<CardImageInput> images = imagesFromMimeData(data);
        QCOMPARE(images.size(), 2);
        QCOMPARE(images.at(0).bytes, jpeg);
        QCOMPARE(images.at(0).name, QStringLiteral("wall.jpg"));
        QVERIFY(images.at(1).bytes.isEmpty());
        QVERIFY2(images.at(1).error.contains(QStringLiteral("deleted meanwhile.png")), qPrintable(images.at(1).error));
    }

    void aDroppedFileOverTheLimitIsNotRead()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("scan.bmp"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(InputLimits::maxImageFileBytes + 1));
        file.close();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        const QList<CardImageInput> images = imagesFromMimeData(data);
        QCOMPARE(images.size(), 1);
        QVERIFY(images.first().bytes.isEmpty());
        QVERIFY2(images.first().error.contains(QStringLiteral("scan.bmp")), qPrintable(images.first().error));
    }

    void aWebAddressAloneIsRefusedWithIt()
    {
        QMimeData data;
        data.setUrls({QUrl(QStringLiteral("https://example.org/photos/wall.jpg"))});
        const QList<CardImageInput> images = imagesFromMimeData(data);
        QCOMPARE(images.size(), 1);
        QVERIFY(images.first().bytes.isEmpty());
        QVERIFY2(images.first().error.contains(QStringLiteral("https://example.org/photos/wall.jpg")), qPrintable(images.first().error));
        QVERIFY2(images.first().error.contains(QStringLiteral("wall.jpg")), qPrintable(images.first().error));
    }

    void aWebAddressWithThePictureGivesThePicture()
    {
        // A browser's Copy Image: the address and the picture's bytes.
        const QByteArray png = encoded(smallPicture(), "png");
        QMimeData data;
        data.setUrls({QUrl(QStringLiteral("https://example.org/wall.png"))});
        data.setData(QStringLiteral("image/png"), png);
        const QList<CardImageInput> images = imagesFromMimeData(data);
        QCOMPARE(images.size(), 1);
        QCOMPARE(images.first().bytes, png);
        QVERIFY(images.first().error.isEmpty());
    }

    void anImageInMemoryIsHandedOverAsPng()
    {
        QMimeData data;
        data.setImageData(smallPicture());
        QVERIFY(mimeDataMayHoldImages(data));
        const QList<CardImageInput> images = imagesFromMimeData(data);
        QCOMPARE(images.size(), 1);
        QVERIFY(images.first().bytes.startsWith(pngSignature()));
        const CardImageImport imported = importCardImage(images.first().bytes, images.first().name);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.image.size, QSize(120, 80));
    }

    void textAloneHoldsNoPicture()
    {
        QMimeData data;
        data.setText(QStringLiteral("Verify identity"));
        data.setHtml(QStringLiteral("<b>Verify identity</b>"));
        QVERIFY(!mimeDataMayHoldImages(data));
        QVERIFY(imagesFromMimeData(data).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImageMimeData)
#include "tst_imagemimedata.moc"
