#pragma once

#include "data/csvrecords.h"
#include "data/rowimporter.h"

#include <array>
#include <vector>

namespace waymark {

// The last few records read, waiting to be taken (runImport's look-ahead).
class RowsAhead
{
public:
    explicit RowsAhead(RowImporter &importer) : mImporter(importer) {}
    // Where the next record starts (the header's end, before the first).
    void readUpTo(qsizetype end) { mReadEnd = end; }
    // Where the oldest waiting record starts: the text before it is no longer needed.
    qsizetype oldestStart() const { return mCount > 0 ? mRows[mHead].start : mReadEnd; }

    void add(const CsvRecords::Record &record)
    {
        if (mCount == depth)
            takeOldest();
        Row &row = mRows[(mHead + mCount) % depth];
        row.fields.assign(record.fields.begin(), record.fields.end());
        row.line = record.line;
        row.start = mReadEnd;
        ++mCount;
        mReadEnd = record.end;
        mImporter.prefetch(row.fields, false);
        if (mCount > depth / 2) // the slots of the row halfway along have arrived by now
            mImporter.prefetch(mRows[(mHead + mCount - 1 - depth / 2) % depth].fields, true);
    }
    void takeNow(const CsvRecords::Record &record)
    {
        takeAll();
        mImporter.take(record.fields, record.line);
        mReadEnd = record.end;
    }
    void takeAll()
    {
        while (mCount > 0)
            takeOldest();
    }

private:
    // Enough rows for a lookup's trip to memory to finish before it is needed, few enough to stay in cache.
    static constexpr int depth = 16;
    struct Row {
        std::vector<QByteArrayView> fields;
        qint64 line = 0;
        qsizetype start = 0;
    };
    void takeOldest()
    {
        const Row &row = mRows[mHead];
        mImporter.take(row.fields, row.line);
        mHead = (mHead + 1) % depth;
        --mCount;
    }
    RowImporter &mImporter;
    std::array<Row, depth> mRows;
    int mHead = 0;
    int mCount = 0;
    qsizetype mReadEnd = 0;
};

} // namespace waymark
