// Fuzzes the .waymark reader (WaymarkFile::read), which only reads files, so the input is
// written to a temporary file first. Two kinds of input:
//   - a database file ("SQLite format 3\0..."), read as it is: damaged pages, lying headers;
//   - anything else is run as SQL into a fresh database that is then read: hostile content
//     in a well-formed file (views for tables, wrong types, odd values), which byte-level
//     mutation of a database file seldom reaches. The seeds are dumps of real journeys.
// A refused file must say why; an accepted journey must also be one .waymark.json accepts.
#include "format/journeyjson.h"
#include "format/waymarkfile.h"
#include "fuzzcheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>

using namespace waymark;

namespace {

// Bounds for running the fuzzer's SQL (not for the reader under test): one value at most
// 1 MiB, and about ten million virtual-machine steps, so a recursive CTE in the script
// cannot stall the run before the reader is even reached.
constexpr int maxValueBytes = 1 << 20;
constexpr int stepsPerCheck = 1000;
constexpr int maxChecks = 10000;

int stopLongScripts(void *checks)
{
    return ++*static_cast<int *>(checks) > maxChecks ? 1 : 0;
}

// The script may create what it likes in its own database, but not reach other files.
int denyAttach(void *, int action, const char *, const char *, const char *, const char *)
{
    return action == SQLITE_ATTACH || action == SQLITE_DETACH ? SQLITE_DENY : SQLITE_OK;
}

void writeDatabaseFromSql(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK) {
        sqlite3_limit(db, SQLITE_LIMIT_LENGTH, maxValueBytes);
        int checks = 0;
        sqlite3_progress_handler(db, stepsPerCheck, stopLongScripts, &checks);
        // No journal, no fsync: the database is thrown away after one input.
        sqlite3_exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF", nullptr, nullptr, nullptr);
        sqlite3_set_authorizer(db, denyAttach, nullptr);
        sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr); // stops at the first error: fine
    }
    sqlite3_close_v2(db);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // In memory when the system offers it (/dev/shm): every input is written to a file.
    static QTemporaryDir dir(QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                                 ? QStringLiteral("/dev/shm/waymark-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/waymark-fuzz-XXXXXX"));
    FUZZ_CHECK(dir.isValid(), "a temporary folder for the input file");
    const QString path = dir.filePath(QStringLiteral("input.waymark"));
    QFile::remove(path);
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size(), "writing the input file");
    } else {
        writeDatabaseFromSql(path, bytes);
    }

    FormatError error;
    const auto journey = WaymarkFile::read(path, &error);
    WaymarkFile::readMeta(path);
    QFile::remove(path); // /dev/shm is memory: a crash below leaves only an empty folder behind
    if (!journey) {
        FUZZ_CHECK(!error.message.isEmpty(), "a refused file gets a message");
        return 0;
    }
    FormatError asJson;
    const auto exported = JourneyJson::fromJson(JourneyJson::toJson(*journey), &asJson);
    if (!exported)
        std::fprintf(stderr, "the journey read from .waymark is refused as .waymark.json: %s\n", qPrintable(asJson.toString()));
    FUZZ_CHECK(exported.has_value(), "a journey read from .waymark exports to .waymark.json and reads back");
    return 0;
}
