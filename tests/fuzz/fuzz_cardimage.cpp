// Fuzzes the picture import (issue 19): importCardImage on the bytes as a file or a paste would
// give them, and decodeCardImage on them as a stored picture read from a .waymark file. Checks
// what cardimageimport.h and cardimage.h promise: a refusal has a message and no picture; a
// picture taken is JPEG or PNG, at most maxCardImageSide a side, carries no EXIF, decodes back
// to its stated size, and its thumbnail fits cardImageThumbnailSide; a stored picture that
// decodes is within the side limit.
#include "fuzzcheck.h"
#include "inputlimits.h"
#include "media/cardimage.h"
#include "media/cardimageimport.h"

#include <cstddef>
#include <cstdint>

using namespace waymark;

namespace {

bool withinSide(QSize size, int side)
{
    return size.width() >= 1 && size.height() >= 1 && size.width() <= side && size.height() <= side;
}

void checkImport(const QByteArray &input)
{
    const CardImageImport result = importCardImage(input, QStringLiteral("fuzz.bin"));
    if (!result.ok()) {
        FUZZ_CHECK(result.image.isNull(), "no picture is given with an error");
        FUZZ_CHECK(result.error.contains(QStringLiteral("fuzz.bin")), "a refusal names the file");
        return;
    }
    const CardImage &image = result.image;
    FUZZ_CHECK(!image.isNull() && !image.id.isNull(), "a picture taken has bytes and an id");
    FUZZ_CHECK(image.format == "jpeg" || image.format == "png", "a picture is stored as JPEG or PNG");
    FUZZ_CHECK(withinSide(image.size, InputLimits::maxCardImageSide), "a stored picture is within the side limit");
    FUZZ_CHECK(!image.bytes.contains("Exif") && !image.thumbnail.contains("Exif"), "no EXIF survives");
    const DecodedCardImage back = decodeCardImage(image.bytes, image.format);
    FUZZ_CHECK(back.error.isEmpty() && back.image.size() == image.size, "a stored picture decodes to its size");
    const QImage thumbnail = cardImageThumbnail(image);
    FUZZ_CHECK(withinSide(thumbnail.size(), cardImageThumbnailSide), "the thumbnail fits its side");
}

void checkStored(const QByteArray &input, const QByteArray &format)
{
    const DecodedCardImage decoded = decodeCardImage(input, format);
    FUZZ_CHECK(decoded.error.isEmpty() != decoded.image.isNull(), "a stored picture decodes or says why not");
    if (decoded.error.isEmpty())
        FUZZ_CHECK(withinSide(decoded.image.size(), InputLimits::maxCardImageSide), "a decoded stored picture is within the side limit");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    checkImport(input);
    checkStored(input, input.startsWith("\x89PNG") ? QByteArrayLiteral("png") : QByteArrayLiteral("jpeg"));
    return 0;
}
