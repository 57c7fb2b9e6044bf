#pragma once

// What Waymark accepts from a file before it refuses it, in one place (docs/file-formats.md,
// "Limits", lists them for users). Files come by e-mail from strangers: each limit is far
// above any real journey yet keeps a hostile file from taking the memory or the time of the
// machine. A refusal always says which limit and where.
#include <QtGlobal>

#include <chrono>

namespace waymark::InputLimits {

// One text value in a .waymark.json (a title, a note, a comment, a setting): 4 MiB of UTF-8,
// a million characters in any script. The longest real text, a research summary pasted into
// a note, is a few kilobytes.
constexpr qint64 maxTextBytes = qint64(4) << 20;

// Cards in one journey. Real maps hold tens to a few thousand; 100,000 still open in about a
// second, while a million took 3 GB of memory.
constexpr qint64 maxCards = 100'000;
// Stages, lanes, departments, personas, connections, comments, opportunities, …: each list.
constexpr qint64 maxListItems = 100'000;

// A .waymark.json file: 256 MiB. Parsing holds the file and a tree of its values at once;
// a bigger journey (millions of survey answers) belongs in a .waymark file.
constexpr qint64 maxJsonFileBytes = qint64(256) << 20;
// Values (numbers, strings, lists, …) in one .waymark.json: 30 million, about 500 MB of tree.
constexpr qint64 maxJsonValues = 30'000'000;
// Nesting of lists and objects; a journey nests about 8 deep.
constexpr int maxJsonDepth = 64;

// One value stored in a .waymark file (SQLite's SQLITE_LIMIT_LENGTH): 256 MiB. Dataset
// columns are the largest values: 10 million answers make 80 MB columns.
constexpr int maxStoredValueBytes = 256 << 20;
// SQLite work while opening one .waymark file. A journey with a million answers opens in
// well under a second; a file built to make queries run forever is stopped here.
constexpr std::chrono::seconds maxReadTime{20};

// One cell of an imported CSV/TSV/xlsx/JSON table: 64 KiB, well above the longest survey
// comment platforms accept.
constexpr qint64 maxImportCellBytes = 64 << 10;
// Columns of an imported table: 10,000, above the widest survey exports (matrix questions).
constexpr qsizetype maxImportColumns = 10'000;

// Pictures on cards (model/media). A picture file or pasted picture: 64 MiB, refused from its
// size before it is read. A 50-megapixel photo at top JPEG quality is about 25 MB and a
// lossless 8K screenshot about 40 MB; anything larger is a camera RAW, a TIFF scan or a trap.
constexpr qint64 maxImageFileBytes = qint64(64) << 20;
// Pixels a picture may declare (width × height, read from its header before anything is
// decoded): 8,192 × 8,192, about 67 megapixels. Above the largest common cameras (50 MP) and
// an 8K screenshot (33 MP); a PNG declaring 100,000 × 100,000 is refused from its 33 bytes.
constexpr qint64 maxImagePixels = qint64(8192) * 8192;
// Memory Qt's decoder may allocate for one picture (QImageReader::setAllocationLimit, set
// process-wide on the first picture; Qt 6.4's default is 128), in MiB: a PNG, GIF or BMP at the
// pixel limit, 4 bytes a pixel. JPEGs never come near it: libjpeg decodes them at 1/2 to 1/8
// scale, straight to about the stored size.
constexpr int maxImageDecodeMiB = 256;
// The longest side of a picture as stored in a journey: 2,048 px. Handwriting on a photo of a
// sticky-note wall stays readable full-screen, and a photo stores in about half a megabyte.
constexpr int maxCardImageSide = 2048;
// One stored picture (as encoded in a journey): 24 MiB. Waymark writes a 2,048-pixel photo in
// about half a megabyte and a screenshot as PNG in a few; a bigger one was not made by Waymark.
constexpr qint64 maxStoredCardImageBytes = qint64(24) << 20;
// Pictures on one card: 50. A card holds a handful (the wall, the screen, the letter).
constexpr qsizetype maxCardImages = 50;

} // namespace waymark::InputLimits
