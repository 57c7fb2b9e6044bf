// The scene's part in pictures on cards (issue 19): taking a drop or a paste for a card and
// opening a card's pictures from its mark. Split from journeyscene.cpp to keep it one idea.
#include "journeyscene.h"

#include "carditem.h"
#include "journeydocument.h"
#include "pictures/pictureimporter.h"

#include <QGraphicsView>

namespace waymark {

bool JourneyScene::canAddPictures(const QUuid &cardId) const
{
    return mDocument && !mDocument->isReviewOnly() && mDocument->journey().touchpoint(cardId);
}

bool JourneyScene::addPictures(const QUuid &cardId, const QMimeData &data)
{
    if (!canAddPictures(cardId))
        return false;
    return PictureImporter::startMimeData(mDocument, cardId, data, views().value(0)) != nullptr;
}

bool JourneyScene::openPicturesAt(const QPointF &scenePos)
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() != CardItem::Type)
            continue;
        const auto *card = static_cast<CardItem *>(item);
        if (!card->isOnPictureMark(card->mapFromScene(scenePos)))
            return false;
        emit picturesRequested(card->id());
        return true;
    }
    return false;
}

} // namespace waymark
