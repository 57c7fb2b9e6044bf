#pragma once

#include "journey.h"

class QUndoCommand;

// Undoable changes of a card's pictures, each one EditTouchpoint (one field: the pictures)
// with its own undo text. Every function returns nullptr when there is nothing to do (the
// card or picture is gone, nothing would change), so callers push only real steps.
namespace waymark {

class JourneyDocument;

// Appends `pictures` to the card, as many as fit under InputLimits::maxCardImages;
// `*left` (optional) is how many did not fit.
QUndoCommand *addCardPictures(JourneyDocument *document, const QUuid &cardId, std::vector<CardImage> pictures,
                              qsizetype *left = nullptr);
QUndoCommand *removeCardPicture(JourneyDocument *document, const QUuid &cardId, const QUuid &pictureId);
// Typing a caption merges into one undo step per picture.
QUndoCommand *setCardPictureCaption(JourneyDocument *document, const QUuid &cardId, const QUuid &pictureId,
                                    const QString &caption);
// Moves a picture to `index` among the card's pictures (the first is the one on the card).
QUndoCommand *moveCardPicture(JourneyDocument *document, const QUuid &cardId, const QUuid &pictureId, int index);

// How many more pictures the card takes.
qsizetype roomForPictures(const Touchpoint &card);

} // namespace waymark
