#pragma once

#include <QByteArray>
#include <QString>

namespace waymark {

// The structure of a PNG file checked before Qt's reader sees it: the signature, then chunks
// (length, type, data, CRC) up to IEND, each within the bytes there are (whether the pixels are
// complete is libpng's to say). libpng allocates a
// chunk's declared length before reading it, so a 100-byte file whose text chunk says 1.7 GB
// made it ask for 1.7 GB (found by fuzz_cardimage). Written here because Qt gives no way to set
// libpng's own limit (png_set_chunk_malloc_max). Returns why the file is not a whole PNG, naming
// the chunk and its byte offset (a clause, for a message to wrap), or nothing when it is one. The CRCs are left to libpng.
QString pngStructureProblem(const QByteArray &bytes);

} // namespace waymark
