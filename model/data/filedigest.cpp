#include "data/filedigest.h"

#include "data/sha256.h"
#include "data/textdecoding.h"

#include <algorithm>
#include <limits>

namespace waymark {

FileDigest::FileDigest(const QByteArray &bytes, bool checkUtf8, bool followParse)
    : mBytes(bytes)
{
    mDone = std::async(std::launch::async, [this, checkUtf8, followParse] { return run(checkUtf8, followParse); });
}

FileDigest::~FileDigest()
{
    parsedUpTo(std::numeric_limits<qsizetype>::max());
    if (mDone.valid())
        mDone.wait();
}

void FileDigest::parsedUpTo(qsizetype position)
{
    mParsedTo.store(position);
    mParsedTo.notify_all();
}

QByteArray FileDigest::finish()
{
    parsedUpTo(std::numeric_limits<qsizetype>::max());
    return mDone.valid() ? mDone.get() : QByteArray();
}

QByteArray FileDigest::run(bool checkUtf8, bool followParse)
{
    Sha256 hash;
    const qsizetype size = mBytes.size();
    const char *data = mBytes.constData();
    qsizetype checkedTo = 0;
    for (qsizetype at = 0; at < size; at += stretch) {
        if (followParse) {
            for (qsizetype parsed = mParsedTo.load(); parsed < at - stretch; parsed = mParsedTo.load())
                mParsedTo.wait(parsed);
        }
        const qsizetype length = std::min(stretch, size - at);
        hash.add(QByteArrayView(data + at, length));
        if (!checkUtf8 || mInvalidAt.load(std::memory_order_relaxed) >= 0)
            continue;
        // Checked up to the start of a character, so none is cut in two (the last stretch
        // goes to the end).
        qsizetype to = at + length;
        while (to < size && to > checkedTo && (uchar(data[to]) & 0xC0) == 0x80)
            --to;
        if (to == checkedTo)
            continue; // nothing but continuation bytes: taken with the next stretch
        if (const qsizetype bad = firstInvalidUtf8(QByteArrayView(data + checkedTo, to - checkedTo)); bad >= 0)
            mInvalidAt.store(checkedTo + bad);
        checkedTo = to;
    }
    return hash.hex();
}

} // namespace waymark
