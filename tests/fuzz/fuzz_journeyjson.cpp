// Fuzzes the .waymark.json reader (JourneyJson::fromJson, what JourneyJson::read calls on a
// file's bytes). A refusal must say why; a journey it accepts must survive being written and
// read again, as Export and Open do with a file from someone else.
#include "format/journeyjson.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

using waymark::FormatError;
using waymark::JourneyJson;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    FormatError error;
    const auto journey = JourneyJson::fromJson(bytes, &error);
    if (!journey) {
        FUZZ_CHECK(!error.message.isEmpty(), "a refused document gets a message");
        return 0;
    }
    FormatError again;
    const auto reread = JourneyJson::fromJson(JourneyJson::toJson(*journey), &again);
    if (!reread)
        std::fprintf(stderr, "re-reading the written journey failed: %s\n", qPrintable(again.toString()));
    FUZZ_CHECK(reread.has_value(), "an accepted journey reads back after writing");
    return 0;
}
