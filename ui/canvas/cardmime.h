#pragma once

#include "journey.h"

#include <optional>

class QMimeData;

namespace waymark {

// Cards on the system clipboard: our own mime type plus the same JSON as plain text, so the
// cards paste into another Waymark window and read in a text editor, and JSON pasted from a
// text editor comes back.
QMimeData *cardsToMimeData(const Journey &cards);
// The cards, or nullopt with a message saying why not (no cards, broken JSON with line and
// column, a bad value with its JSON pointer).
std::optional<Journey> cardsFromMimeData(const QMimeData *data, QString *error);
// A cheap check for enabling Paste.
bool mimeDataHasCards(const QMimeData *data);

} // namespace waymark
