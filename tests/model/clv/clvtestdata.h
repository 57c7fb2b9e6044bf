#pragma once

// The CDNOW files of ../shared/data/clv (see its README.md for where each published value
// comes from), read for the CLV model tests.

#include "clv/rfmdata.h"
#include "clv/transactions.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <cmath>
#include <map>
#include <optional>

namespace clvtest {

inline QString clvDataPath(const QString &name)
{
    return QStringLiteral(WAYMARK_SHARED_DATA_DIR "/clv/") + name;
}

inline bool clvDataPresent()
{
    return QFile::exists(clvDataPath(QStringLiteral("CDNOW_sample.txt")));
}

#define SKIP_WITHOUT_CLV_DATA()                                                                                             \
    do {                                                                                                                   \
        if (!clvtest::clvDataPresent())                                                                                    \
            QSKIP("the CDNOW data (../shared/data/clv next to the repository) is not here: the published values cannot be checked"); \
    } while (false)

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One row of a published summary: ID,x,t_x,T[,zbar] as text (so tests compare the digits).
struct PublishedRow {
    int x = 0;
    QString tx, T, zbar;
};

// cdnow_customers_summary*.csv by numeric ID.
inline std::map<int, PublishedRow> publishedSummary(const QString &name)
{
    std::map<int, PublishedRow> rows;
    const QList<QByteArray> lines = fileBytes(clvDataPath(name)).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].trimmed().split(',');
        if (f.size() < 4)
            continue;
        rows[f[0].toInt()] = {f[1].toInt(), QString::fromLatin1(f[2]), QString::fromLatin1(f[3]),
                              f.size() > 4 ? QString::fromLatin1(f[4]) : QString()};
    }
    return rows;
}

inline waymark::clv::RfmData publishedRfm()
{
    std::vector<waymark::clv::RfmGroup> triples;
    for (const auto &[id, row] : publishedSummary(QStringLiteral("cdnow_customers_summary.csv")))
        triples.push_back({row.x, row.tx.toDouble(), row.T.toDouble(), 1.0});
    return waymark::clv::RfmData::fromTriples(triples);
}

} // namespace clvtest
