// Pictures on cards (issue 19): the import's limits and what it writes. A 50-megapixel photo is
// taken, downscaled without ever being decoded at full size; broken PNGs, a PNG bomb, files too
// big and files that are no pictures are refused with a message naming them; EXIF GPS never
// survives, EXIF orientation does its work; transparency and screenshots stay PNG.
#include "inputlimits.h"
#include "media/cardimage.h"
#include "media/cardimageencoding.h"
#include "media/cardimageimport.h"
#include "pngbytes.h"

#include <QColorSpace>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

using namespace waymark;
using namespace waymark::test;

namespace {

// Something like a photo: smooth light with noise, so it has tens of thousands of colours.
QImage photoLike(int width, int height, quint32 seed = 1)
{
    QImage image(width, height, QImage::Format_RGB888);
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            const int noise = int(random.bounded(24u));
            line[3 * x] = uchar((x * 200 / width + noise) & 0xFF);
            line[3 * x + 1] = uchar((y * 200 / height + noise) & 0xFF);
            line[3 * x + 2] = uchar((120 + noise) & 0xFF);
        }
    }
    return image;
}

// Something like a screenshot: a few flat colours.
QImage screenshotLike(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < height; y += 40)
        for (int x = 0; x < width; ++x)
            for (int row = y; row < std::min(y + 12, height); ++row)
                image.setPixel(x, row, (x / 50) % 2 ? qRgb(30, 80, 160) : qRgb(230, 230, 230));
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

QImage decodedBack(const CardImage &image)
{
    const DecodedCardImage decoded = decodeCardImage(image.bytes, image.format);
    if (!decoded.error.isEmpty())
        qWarning("%s", qPrintable(decoded.error));
    return decoded.image;
}

bool near(QRgb actual, QRgb expected, int tolerance = 40)
{
    return std::abs(qRed(actual) - qRed(expected)) <= tolerance && std::abs(qGreen(actual) - qGreen(expected)) <= tolerance
        && std::abs(qBlue(actual) - qBlue(expected)) <= tolerance;
}

// Keeps Qt's process-wide allocation limit for the length of a test.
class AllocationLimit
{
public:
    explicit AllocationLimit(int mib) : m_before(QImageReader::allocationLimit()) { QImageReader::setAllocationLimit(mib); }
    ~AllocationLimit() { QImageReader::setAllocationLimit(m_before); }
    AllocationLimit(const AllocationLimit &) = delete;
    AllocationLimit &operator=(const AllocationLimit &) = delete;

private:
    int m_before;
};

// An endless stream (a pipe, /dev/zero): counts what is read from it.
class EndlessDevice : public QIODevice
{
public:
    qint64 served = 0;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        std::fill_n(data, maxSize, 'x');
        served += maxSize;
        return maxSize;
    }
    qint64 writeData(const char *, qint64) override { return -1; }
};

} // namespace

class TestCardImageImport : public QObject
{
    Q_OBJECT

private slots:
    void aFiftyMegapixelPhotoIsDecodedScaledDown()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QSize full(8660, 5774); // 50.0 megapixels, 3:2 like a full-frame camera
        QString path;
        {
            const QImage photo = photoLike(full.width(), full.height());
            path = writeFile(folder, QStringLiteral("wall.jpg"), encoded(photo, "jpeg", 90));
        } // 150 MB of pixels freed before the import

        // Decoding it whole takes 8660 × 5774 × 4 bytes = 200 MB: a 100 MiB allocation limit
        // refuses that, so an import that succeeds under it never held the full picture. (The
        // import sets the process's limit once, on its first picture: that is done first.)
        applyImageAllocationLimit();
        QCOMPARE(QImageReader::allocationLimit(), InputLimits::maxImageDecodeMiB);
        const AllocationLimit limit(100);
        QImageReader whole(path);
        QVERIFY(whole.read().isNull());

        const CardImageImport result = importCardImageFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const int side = InputLimits::maxCardImageSide;
        QCOMPARE(result.image.size, QSize(side, qRound(full.height() * double(side) / full.width())));
        QCOMPARE(result.image.format, QByteArray("jpeg"));
        QCOMPARE(result.image.originalName, QStringLiteral("wall.jpg"));
        QVERIFY(!result.image.id.isNull());
        QCOMPARE(decodedBack(result.image).size(), result.image.size);
        const QImage thumbnail = cardImageThumbnail(result.image);
        QCOMPARE(std::max(thumbnail.width(), thumbnail.height()), cardImageThumbnailSide);
    }

    void aPictureWithinTheSideLimitKeepsItsSize()
    {
        const CardImageImport result = importCardImage(encoded(photoLike(640, 480), "jpeg"), QStringLiteral("small.jpg"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.image.size, QSize(640, 480));
    }

    void aPictureNoLargerThanAThumbnailIsItsOwnThumbnail()
    {
        const CardImageImport result = importCardImage(encoded(photoLike(200, 120), "jpeg"), QStringLiteral("icon.jpg"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.image.thumbnail.isEmpty());
        QCOMPARE(cardImageThumbnail(result.image), decodedBack(result.image));
        const CardImageImport larger = importCardImage(encoded(photoLike(300, 120), "jpeg"), QStringLiteral("strip.jpg"));
        QVERIFY2(larger.ok(), qPrintable(larger.error));
        QVERIFY(!larger.image.thumbnail.isEmpty());
        QCOMPARE(cardImageThumbnail(larger.image).size(), QSize(cardImageThumbnailSide, 102));
    }

    void aPngTruncatedAfterItsHeaderIsRefused()
    {
        const QByteArray png = encoded(photoLike(64, 64), "png");
        const QList<PngChunkAt> chunks = pngChunks(png);
        QCOMPARE(chunks.first().type, QByteArray("IHDR"));
        const QByteArray truncated = png.left(chunks.at(1).offset); // signature and IHDR only
        QTemporaryDir folder;
        const CardImageImport result = importCardImageFile(writeFile(folder, QStringLiteral("truncated.png"), truncated));
        QVERIFY(!result.ok());
        QVERIFY(result.image.isNull());
        QVERIFY2(result.error.contains(QStringLiteral("truncated.png")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("damaged")), qPrintable(result.error));
    }

    void aChunkLongerThanTheFileIsRefusedBeforeLibpngAllocatesIt()
    {
        // fuzz_cardimage's finding: a text chunk saying 1,761,607,693 bytes in a file of a few
        // hundred made libpng ask for that much memory before it found the file short.
        const QByteArray png = encoded(photoLike(48, 32), "png");
        const qsizetype afterHeader = pngChunks(png).at(1).offset;
        const QByteArray liar = png.left(afterHeader) + bigEndian32(0x6900000d) + QByteArray("tEXtComment") + png.mid(afterHeader);
        const QLocale locale;
        const CardImageImport result = importCardImage(liar, QStringLiteral("liar.png"));
        QVERIFY(!result.ok());
        QVERIFY(result.image.isNull());
        for (const QString &named : {QStringLiteral("liar.png"), QStringLiteral("damaged"), QStringLiteral("tEXt"), locale.toString(afterHeader),
                                     locale.toString(1'761'607'693)})
            QVERIFY2(result.error.contains(named), qPrintable(result.error + QStringLiteral(" lacks ") + named));
        const DecodedCardImage stored = decodeCardImage(liar, "png");
        QVERIFY(stored.image.isNull());
        QVERIFY2(stored.error.contains(QStringLiteral("tEXt")), qPrintable(stored.error));
        // A file cut inside a chunk's header is named as such; bytes after IEND are no chunk.
        QVERIFY2(importCardImage(png.left(afterHeader + 5), QStringLiteral("cut.png")).error.contains(locale.toString(afterHeader)),
                 qPrintable(importCardImage(png.left(afterHeader + 5), QStringLiteral("cut.png")).error));
        const CardImageImport trailing = importCardImage(png + QByteArray(40, '\xff'), QStringLiteral("trailing.png"));
        QVERIFY2(trailing.ok(), qPrintable(trailing.error));
        QCOMPARE(trailing.image.size, QSize(48, 32));
    }

    void aPngWithACorruptIdatIsRefused_data()
    {
        QTest::addColumn<bool>("fixCrc");
        QTest::newRow("bytes changed, CRC left") << false;
        QTest::newRow("bytes changed, CRC matching: zlib finds it") << true;
    }

    void aPngWithACorruptIdatIsRefused()
    {
        QFETCH(bool, fixCrc);
        const QByteArray png = encoded(photoLike(64, 64), "png");
        QByteArray broken;
        for (const PngChunkAt &chunk : pngChunks(png)) {
            QByteArray data = png.mid(chunk.offset + 8, chunk.dataSize);
            if (chunk.type == "IDAT") {
                for (qsizetype i = 2; i < data.size(); i += 7) // past the zlib header: the deflate stream
                    data[i] = char(~data[i]);
            }
            broken += fixCrc || chunk.type != "IDAT" ? pngChunk(chunk.type, data)
                                                     : png.mid(chunk.offset, 8) + data + png.mid(chunk.offset + 8 + chunk.dataSize, 4);
        }
        broken.prepend(pngSignature());
        const CardImageImport result = importCardImage(broken, QStringLiteral("corrupt.png"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("corrupt.png")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("damaged")), qPrintable(result.error));
    }

    void aPngBombIsRefusedByItsDeclaredSize()
    {
        const QByteArray bomb = pngBomb(100'000, 100'000);
        QVERIFY(bomb.size() < 200);
        const CardImageImport result = importCardImage(bomb, QStringLiteral("bomb.png"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("bomb.png")), qPrintable(result.error));
        // Refused by the size in its header (the limit and the figure are named), not by a failed decode.
        QVERIFY2(result.error.contains(QLocale().toString(100'000)), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("megapixels")), qPrintable(result.error));
    }

    void aPictureJustOverThePixelLimitIsRefused()
    {
        // One row more than 8192 × 8192: refused; the same bytes for 8192 × 8192 are only broken.
        const CardImageImport over = importCardImage(pngBomb(8192, 8193), QStringLiteral("over.png"));
        QVERIFY(over.error.contains(QStringLiteral("megapixels")));
        const CardImageImport at = importCardImage(pngBomb(8192, 8192), QStringLiteral("at.png"));
        QVERIFY(!at.ok());
        QVERIFY2(!at.error.contains(QStringLiteral("megapixels")), qPrintable(at.error));
    }

    void aSixteenBitPngTooBigToDecodeIsRefusedWithTheReason()
    {
        // 6,000 × 6,000 is within the pixel limit, but at 16 bits a channel (RGBA64, 8 bytes a
        // pixel) it would take 275 MiB to read: refused with that, before Qt refuses it mutely.
        const CardImageImport result = importCardImage(pngBomb(6000, 6000, 16, 6), QStringLiteral("scan16.png"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("scan16.png")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("memory")), qPrintable(result.error));
    }

    void exifGpsNeverSurvives()
    {
        const QByteArray jpeg = withExif(encoded(photoLike(800, 600), "jpeg", 90), 1);
        // The segment is really there and Qt reads the photo with it.
        QVERIFY(jpeg.contains(gpsRationals()));
        QVERIFY(!QImage::fromData(jpeg).isNull());

        const CardImageImport result = importCardImage(jpeg, QStringLiteral("phone.jpg"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.image.format, QByteArray("jpeg"));
        for (const QByteArray &bytes : {result.image.bytes, result.image.thumbnail}) {
            QVERIFY(!bytes.contains(gpsRationals()));
            QVERIFY(!bytes.contains(QByteArrayLiteral("Exif")));
            const QList<JpegSegment> segments = jpegSegments(bytes);
            QVERIFY(!segments.isEmpty());
            for (const JpegSegment &segment : segments) {
                QVERIFY2(segment.marker != 0xE1, "no APP1 (EXIF, XMP) segment");
                QVERIFY2(segment.marker != 0xFE, "no comment segment");
                QVERIFY2(segment.marker != 0xE2, "no APP2 (ICC profile) segment");
            }
        }
    }

    void exifOrientationSixComesOutUpright()
    {
        // Stored as a phone writes a portrait photo: landscape pixels, "rotate 90° clockwise".
        // Red on the left of the stored pixels is the top of the upright picture. Wider than
        // the side limit, so the scaled decode and the rotation meet.
        QImage stored(3000, 1000, QImage::Format_RGB32);
        stored.fill(qRgb(20, 40, 220));
        for (int y = 0; y < stored.height(); ++y)
            for (int x = 0; x < 600; ++x)
                stored.setPixel(x, y, qRgb(220, 30, 30));
        const CardImageImport result = importCardImage(withExif(encoded(stored, "jpeg", 95), 6), QStringLiteral("portrait.jpg"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.image.size, QSize(683, InputLimits::maxCardImageSide));
        const QImage upright = decodedBack(result.image);
        QVERIFY(near(upright.pixel(upright.width() / 2, 20), qRgb(220, 30, 30)));
        QVERIFY(near(upright.pixel(upright.width() / 2, upright.height() - 20), qRgb(20, 40, 220)));
        QVERIFY(!result.image.bytes.contains(QByteArrayLiteral("Exif")));
    }

    void transparencyStaysPng()
    {
        QImage logo = photoLike(300, 200).convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < 50; ++y)
            for (int x = 0; x < 300; ++x)
                logo.setPixel(x, y, qRgba(0, 0, 0, 0));
        const CardImageImport result = importCardImage(encoded(logo, "png"), QStringLiteral("logo.png"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.image.format, QByteArray("png"));
        const QImage back = decodedBack(result.image);
        QVERIFY(back.hasAlphaChannel());
        QCOMPARE(qAlpha(back.pixel(10, 10)), 0);
        QCOMPARE(qAlpha(back.pixel(10, 150)), 255);
        QVERIFY(result.image.thumbnail.startsWith(pngSignature()));
    }

    void aScreenshotStaysPngAndAPhotoInPngBecomesJpeg()
    {
        const CardImageImport screenshot = importCardImage(encoded(screenshotLike(1280, 800), "png"), QStringLiteral("app.png"));
        QVERIFY2(screenshot.ok(), qPrintable(screenshot.error));
        QCOMPARE(screenshot.image.format, QByteArray("png"));
        QCOMPARE(decodedBack(screenshot.image), screenshotLike(1280, 800)); // lossless

        const CardImageImport photo = importCardImage(encoded(photoLike(1280, 800), "png"), QStringLiteral("photo.png"));
        QVERIFY2(photo.ok(), qPrintable(photo.error));
        QCOMPARE(photo.image.format, QByteArray("jpeg"));
    }

    void noMetadataSurvives()
    {
        // PNG text chunks and a colour profile: the pixels are converted to sRGB, the rest dropped.
        QImage image = photoLike(400, 300).convertToFormat(QImage::Format_RGB32);
        image.setText(QStringLiteral("Author"), QStringLiteral("secret-author-name"));
        image.setColorSpace(QColorSpace::DisplayP3);
        const QByteArray png = encoded(image, "png");
        QVERIFY(png.contains("secret-author-name"));
        QVERIFY(png.contains("iCCP"));
        const CardImageImport result = importCardImage(png, QStringLiteral("annotated.png"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!result.image.bytes.contains("secret-author-name"));
        QVERIFY(!result.image.bytes.contains("ICC_PROFILE"));
        QVERIFY(!result.image.bytes.contains("iCCP"));
        QVERIFY(!decodedBack(result.image).colorSpace().isValid());
    }

    void aFileOverTheByteLimitIsRefusedFromItsSize()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("huge.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(pngSignature()) > 0);
        QVERIFY(file.resize(InputLimits::maxImageFileBytes + 1)); // sparse: no 64 MB written
        file.close();
        const CardImageImport result = importCardImageFile(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("huge.png")), qPrintable(result.error));
        const QString limit = QLocale().formattedDataSize(InputLimits::maxImageFileBytes, 1, QLocale::DataSizeTraditionalFormat);
        QVERIFY2(result.error.contains(limit), qPrintable(result.error));
    }

    void anEndlessStreamIsCutAtTheByteLimit()
    {
        EndlessDevice endless;
        QVERIFY(endless.open(QIODevice::ReadOnly | QIODevice::Unbuffered)); // counts what the import asks for
        const CardImageInput input = readCardImageDevice(endless, QStringLiteral("stream.png"));
        QVERIFY(input.bytes.isEmpty());
        QVERIFY2(input.error.contains(QStringLiteral("stream.png")), qPrintable(input.error));
        QCOMPARE(endless.served, InputLimits::maxImageFileBytes + 1);
    }

    void bytesOverTheLimitAreRefused()
    {
        QByteArray bytes = encoded(photoLike(32, 32), "png");
        bytes.resize(InputLimits::maxImageFileBytes + 1, '\0');
        const CardImageImport result = importCardImage(bytes, QStringLiteral("padded.png"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("padded.png")), qPrintable(result.error));
    }

    void notAPicture_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text") << QStringLiteral("notes.txt") << QByteArray("Stage 1: apply online\nStage 2: wait\n");
        QTest::newRow("PDF") << QStringLiteral("letter.pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
        QTest::newRow("PNG name, text inside") << QStringLiteral("fake.png") << QByteArray("hello");
        QTest::newRow("empty") << QStringLiteral("empty.jpg") << QByteArray();
    }

    void notAPicture()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QTemporaryDir folder;
        const CardImageImport result = importCardImageFile(writeFile(folder, name, bytes));
        QVERIFY(!result.ok());
        QVERIFY(result.image.isNull());
        QVERIFY2(result.error.contains(name), qPrintable(result.error));
    }

    void formatsThatAreNoPhotosAreRefusedByName()
    {
        const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>";
        const CardImageImport result = importCardImage(svg, QStringLiteral("logo.svg"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("logo.svg")), qPrintable(result.error));
        // Where Qt's SVG plugin (libqt6svg6, installed with qt6-svg-dev) reads it, the message
        // names the format; without the plugin it is simply not a picture Qt can read.
        if (QImageReader::supportedImageFormats().contains("svg"))
            QVERIFY2(result.error.contains(QStringLiteral("SVG")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("PNG")), qPrintable(result.error));
    }

    void theAcceptedFormatsAreThoseQtReads()
    {
        const QByteArrayList accepted = acceptedCardImageFormats();
        QVERIFY(accepted.contains("png"));
        QVERIFY(accepted.contains("jpeg"));
        for (const QByteArray &format : accepted)
            QVERIFY(QImageReader::supportedImageFormats().contains(format));
        // BMP is built into Qt GUI: taken, and stored as PNG or JPEG.
        const CardImageImport bmp = importCardImage(encoded(screenshotLike(200, 100), "bmp"), QStringLiteral("scan.bmp"));
        QVERIFY2(bmp.ok(), qPrintable(bmp.error));
        QCOMPARE(bmp.image.format, QByteArray("png"));
    }

    void missingFilesAndFoldersAreNamed()
    {
        QTemporaryDir folder;
        const CardImageImport missing = importCardImageFile(folder.filePath(QStringLiteral("gone.jpg")));
        QVERIFY2(missing.error.contains(QStringLiteral("gone.jpg")), qPrintable(missing.error));
        QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("photos.jpg")));
        const CardImageImport directory = importCardImageFile(folder.filePath(QStringLiteral("photos.jpg")));
        QVERIFY(!directory.ok());
        QVERIFY2(directory.error.contains(QStringLiteral("photos.jpg")), qPrintable(directory.error));
    }

    void aPastedPictureIsCalledSoInMessages()
    {
        const CardImageImport result = importCardImage(QByteArray("not a picture"), QString());
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(QStringLiteral("Pasted picture")), qPrintable(result.error));
        const CardImageImport pasted = importCardImage(encoded(photoLike(100, 80), "png"), QString());
        QVERIFY2(pasted.ok(), qPrintable(pasted.error));
        QVERIFY(pasted.image.originalName.isEmpty());
    }

    void storedPicturesAreCheckedWhenDecoded()
    {
        const CardImageImport result = importCardImage(encoded(photoLike(300, 200), "png"), QStringLiteral("a.png"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!decodeCardImage(result.image.bytes, "gif").error.isEmpty());
        QVERIFY(!decodeCardImage(result.image.bytes, result.image.format == "png" ? "jpeg" : "png").error.isEmpty());
        // Larger than Waymark ever stores: refused before decoding, as a file from a stranger may hold it.
        const DecodedCardImage tooBig = decodeCardImage(encoded(screenshotLike(4000, 10), "png"), "png");
        QVERIFY(tooBig.image.isNull());
        QVERIFY2(tooBig.error.contains(QLocale().toString(4000)), qPrintable(tooBig.error));
        QVERIFY(!decodeCardImage(pngBomb(100'000, 100'000), "png").error.isEmpty());
        // A thumbnail is made from the picture when the stored one is missing or broken.
        CardImage withoutThumbnail = result.image;
        withoutThumbnail.thumbnail = QByteArray("broken");
        const QImage made = cardImageThumbnail(withoutThumbnail);
        QCOMPARE(made.size(), cardImageScaledSize(result.image.size, cardImageThumbnailSide));
    }

    void cardImagesCompareByValue()
    {
        const CardImageImport result = importCardImage(encoded(photoLike(120, 90), "jpeg"), QStringLiteral("a.jpg"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        CardImage copy = result.image;
        QVERIFY(copy == result.image);
        QVERIFY(copy.bytes.isSharedWith(result.image.bytes));
        copy.caption = QStringLiteral("The wall after the workshop");
        QVERIFY(copy != result.image);
        QVERIFY(CardImage().isNull());
    }

    void scaledSizesKeepTheAspectRatio()
    {
        QCOMPARE(cardImageScaledSize(QSize(4000, 3000), 2048), QSize(2048, 1536));
        QCOMPARE(cardImageScaledSize(QSize(3000, 4000), 2048), QSize(1536, 2048));
        QCOMPARE(cardImageScaledSize(QSize(100, 50), 2048), QSize(100, 50));
        QCOMPARE(cardImageScaledSize(QSize(60000, 2), 2048), QSize(2048, 1));
    }
};

QTEST_GUILESS_MAIN(TestCardImageImport)
#include "tst_cardimageimport.moc"
