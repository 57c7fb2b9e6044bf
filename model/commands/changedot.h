#pragma once

#include <QString>
#include <QUuid>

namespace waymark {

class JourneyDocument;

// Places (or takes back) one dot of whoever has the floor on a card, in the open vote, as one
// undo step. False, and the reason in `why` (translated), when the voting rules say no. Shared
// by clicks on the canvas and the workshop dock.
enum class DotChange { Place, TakeBack };
bool changeDot(JourneyDocument *document, const QUuid &card, DotChange change, QString *why);

} // namespace waymark
