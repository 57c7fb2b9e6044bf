#include "server/sharednotices.h"

#include "journey.h"
#include "server/serversession.h"

#include <QCoreApplication>

namespace waymark {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SharedNotices)
};

QString cardTitle(const Journey &journey, const QUuid &id)
{
    const Touchpoint *card = journey.touchpoint(id);
    return card ? card->title : Text::tr("a card");
}

} // namespace

QString SharedNotices::fieldName(const QString &field)
{
    if (field == QLatin1String("title"))
        return Text::tr("the title");
    if (field == QLatin1String("description"))
        return Text::tr("the description");
    if (field == QLatin1String("channel"))
        return Text::tr("the channel");
    if (field == QLatin1String("department"))
        return Text::tr("the department");
    if (field == QLatin1String("effort"))
        return Text::tr("the effort");
    if (field == QLatin1String("painPoint") || field == QLatin1String("momentOfTruth"))
        return Text::tr("the marks");
    if (field == QLatin1String("notes"))
        return Text::tr("the notes");
    if (field == ServerChangeField::position)
        return Text::tr("the place");
    return Text::tr("a field");
}

QString SharedNotices::overwritten(const LostChange &lost, const Journey &journey)
{
    const ServerChange &by = lost.by;
    if (by.field == ServerChangeField::deleted)
        return Text::tr("%1 deleted the card you were changing; your change went with it.").arg(by.author);
    return Text::tr("%1 changed %2 of “%3” at the same moment as you; their version stays, yours was replaced.")
        .arg(by.author, fieldName(by.field), cardTitle(journey, by.entity));
}

QString SharedNotices::remoteChange(const ServerChange &change, const Journey &journey)
{
    if (change.kind == ServerChangeKind::comment)
        return Text::tr("%1 commented.").arg(change.author);
    if (change.kind == ServerChangeKind::dot)
        return Text::tr("%1 placed a dot.").arg(change.author);
    if (change.field == ServerChangeField::added)
        return Text::tr("%1 added “%2”.").arg(change.author, cardTitle(journey, change.entity));
    if (change.field == ServerChangeField::deleted)
        return Text::tr("%1 deleted a card.").arg(change.author);
    if (change.field == ServerChangeField::position)
        return Text::tr("%1 moved “%2”.").arg(change.author, cardTitle(journey, change.entity));
    return Text::tr("%1 changed %2 of “%3”.").arg(change.author, fieldName(change.field), cardTitle(journey, change.entity));
}

} // namespace waymark
