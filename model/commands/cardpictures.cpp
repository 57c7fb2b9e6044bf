#include "commands/cardpictures.h"

#include "commands/editentity.h"
#include "inputlimits.h"
#include "journeydocument.h"

#include <QCoreApplication>

#include <algorithm>

namespace waymark {

namespace {

QString text(const char *source, int n = -1)
{
    return QCoreApplication::translate("UndoCommands", source, nullptr, n);
}

std::optional<std::pair<Touchpoint, std::size_t>> cardAndPicture(JourneyDocument *document, const QUuid &cardId,
                                                                const QUuid &pictureId)
{
    const Touchpoint *card = document->journey().touchpoint(cardId);
    if (!card)
        return std::nullopt;
    const auto it = std::find_if(card->images.begin(), card->images.end(),
                                 [&](const CardImage &picture) { return picture.id == pictureId; });
    if (it == card->images.end())
        return std::nullopt;
    return std::make_pair(*card, std::size_t(it - card->images.begin()));
}

} // namespace

qsizetype roomForPictures(const Touchpoint &card)
{
    return std::max<qsizetype>(0, InputLimits::maxCardImages - qsizetype(card.images.size()));
}

QUndoCommand *addCardPictures(JourneyDocument *document, const QUuid &cardId, std::vector<CardImage> pictures,
                              qsizetype *left)
{
    const Touchpoint *card = document->journey().touchpoint(cardId);
    if (left)
        *left = card ? std::max<qsizetype>(0, qsizetype(pictures.size()) - roomForPictures(*card)) : qsizetype(pictures.size());
    if (!card)
        return nullptr;
    pictures.resize(std::min<std::size_t>(pictures.size(), std::size_t(roomForPictures(*card))));
    if (pictures.empty())
        return nullptr;
    Touchpoint changed = *card;
    const int added = int(pictures.size());
    changed.images.insert(changed.images.end(), std::make_move_iterator(pictures.begin()), std::make_move_iterator(pictures.end()));
    return new EditTouchpoint(document, changed, text(QT_TRANSLATE_N_NOOP("UndoCommands", "Add %n Picture(s)"), added));
}

QUndoCommand *removeCardPicture(JourneyDocument *document, const QUuid &cardId, const QUuid &pictureId)
{
    auto found = cardAndPicture(document, cardId, pictureId);
    if (!found)
        return nullptr;
    auto &[card, index] = *found;
    card.images.erase(card.images.begin() + std::ptrdiff_t(index));
    return new EditTouchpoint(document, card, text(QT_TRANSLATE_NOOP("UndoCommands", "Remove Picture")));
}

QUndoCommand *setCardPictureCaption(JourneyDocument *document, const QUuid &cardId, const QUuid &pictureId,
                                    const QString &caption)
{
    auto found = cardAndPicture(document, cardId, pictureId);
    if (!found || found->first.images[found->second].caption == caption)
        return nullptr;
    auto &[card, index] = *found;
    card.images[index].caption = caption;
    return new EditTouchpoint(document, card, text(QT_TRANSLATE_NOOP("UndoCommands", "Edit Picture Caption")), true);
}

QUndoCommand *moveCardPicture(JourneyDocument *document, const QUuid &cardId, const QUuid &pictureId, int index)
{
    auto found = cardAndPicture(document, cardId, pictureId);
    if (!found)
        return nullptr;
    auto &[card, from] = *found;
    const std::size_t to = std::size_t(std::clamp(index, 0, int(card.images.size()) - 1));
    if (to == from)
        return nullptr;
    CardImage moving = card.images[from];
    card.images.erase(card.images.begin() + std::ptrdiff_t(from));
    card.images.insert(card.images.begin() + std::ptrdiff_t(to), std::move(moving));
    return new EditTouchpoint(document, card, text(QT_TRANSLATE_NOOP("UndoCommands", "Move Picture")));
}

} // namespace waymark
