#pragma once

namespace waymark {

class Journey;
class SqliteDatabase;

// Pictures in a .waymark file (format 10): the pictures on cards and the personas' photos,
// each in a table of its own, the encoded bytes and the thumbnail as blobs. Reading throws
// ReadFailure (format/waymarkreading.h) and decodes nothing: the stored pictures are checked
// with the journey's rules (Journey::problems) and decoded only when shown.
void readPictures(SqliteDatabase &db, Journey &journey);
bool writePictures(SqliteDatabase &db, const Journey &journey);

} // namespace waymark
