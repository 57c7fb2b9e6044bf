#include "server/serverundotext.h"

#include "server/serverchange.h"
#include "server/serverlists.h"
#include "server/serverlock.h"
#include "server/serverstructure.h"
#include "server/serverworkshop.h"
#include "workshop/workshop.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace waymark::ServerUndoText {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ServerUndoText)
};

// The key that names an item of `kind` in its .waymark.json object.
QLatin1String nameKey(const QString &kind)
{
    const bool titled = kind == ServerChangeKind::card || kind == ServerChangeKind::vote || kind == ServerChangeKind::agenda
        || kind == ServerChangeKind::opportunity;
    return titled ? QLatin1String("title") : QLatin1String("name");
}

std::optional<QString> cardTitleIn(const JourneyParts &parts, const QUuid &card)
{
    const auto it = parts.cards.find(card);
    if (it == parts.cards.end())
        return std::nullopt;
    return it->second.fields[QLatin1String("title")].toString();
}

std::optional<QString> nameOfObject(const QString &kind, const QJsonObject &item, const JourneyParts &parts)
{
    if (item.isEmpty())
        return std::nullopt;
    if (kind != ServerChangeKind::arrow)
        return item[nameKey(kind)].toString();
    const QString label = item[QLatin1String("label")].toString();
    if (!label.isEmpty())
        return label;
    // An arrow without a label is named by the cards it joins.
    const auto end = [&](const char *key) { return cardTitleIn(parts, uuidOf(item[QLatin1String(key)])).value_or(QString()); };
    return Text::tr("%1 → %2").arg(end("from"), end("to"));
}

// The vote a dot change is in: a placed dot's value names it, a dot taken back too.
QUuid voteOfDot(const Subject &subject)
{
    const QUuid vote = uuidOf(subject.after[QLatin1String("vote")]);
    return vote.isNull() ? uuidOf(subject.before[QLatin1String("vote")]) : vote;
}

// The thing's name as `parts` hold it, or nothing when it is not there (any more).
std::optional<QString> nameIn(const Subject &subject, const JourneyParts &parts)
{
    const QString &kind = subject.kind;
    if (kind == ServerChangeKind::card)
        return cardTitleIn(parts, subject.entity);
    if (ServerChangeKind::isStructure(kind) || kind == ServerChangeKind::lock) {
        const QString listKind = kind != ServerChangeKind::lock ? kind
            : subject.field == ServerLockKind::lane                ? ServerChangeKind::lane
                                                                    : ServerChangeKind::stage;
        const QJsonArray list = parts.base[ServerStructure::listKey(listKind)].toArray();
        const int at = ServerStructure::indexOf(list, subject.entity);
        return at < 0 ? std::nullopt : std::optional<QString>(list[at].toObject()[QLatin1String("name")].toString());
    }
    if (kind == ServerChangeKind::vote)
        return nameOfObject(kind, ServerWorkshop::voteIn(parts.base, subject.entity), parts);
    if (kind == ServerChangeKind::dot)
        return nameOfObject(ServerChangeKind::vote, ServerWorkshop::voteIn(parts.base, voteOfDot(subject)), parts);
    if (ServerChangeKind::isListItem(kind))
        return nameOfObject(kind, ServerLists::itemIn(parts.base, kind, subject.entity), parts);
    return std::nullopt;
}

// The name the change's own values hold: a deleted thing's object, a new one's.
QString nameInValues(const Subject &subject, const JourneyParts &parts)
{
    const QString &kind = subject.kind;
    for (const QJsonValue &value : {subject.before, subject.after}) {
        const QJsonObject object = value.toObject();
        std::optional<QString> name;
        if (kind == ServerChangeKind::card)
            name = nameOfObject(kind, object[QLatin1String("fields")].toObject(), parts);
        else if (kind == ServerChangeKind::dot && object.contains(QLatin1String("voteTitle")))
            name = object[QLatin1String("voteTitle")].toString();
        else if (kind == ServerChangeKind::dataset && object.contains(QLatin1String("name")))
            name = object[QLatin1String("name")].toString();
        else if (ServerChangeKind::isStructure(kind) || ServerChangeKind::isListItem(kind))
            // {"item": …, "after": …}, or (a list item's addition, as undo keeps it) the item.
            name = nameOfObject(kind, object.contains(QLatin1String("item")) ? object[QLatin1String("item")].toObject() : object, parts);
        else if (kind == ServerChangeKind::vote)
            name = nameOfObject(kind, object, parts);
        if (name)
            return *name;
    }
    return {};
}

// What a change of one of a card's fields (journeyparts.h, isCardField) is called.
struct CardFieldText {
    const char *field;
    const char *text; // "%1" is the card's title
};
constexpr CardFieldText cardFieldTexts[] = {
    {"title", QT_TRANSLATE_NOOP("ServerUndoText", "Rename “%1”")},
    {"description", QT_TRANSLATE_NOOP("ServerUndoText", "Edit Description of “%1”")},
    {"channel", QT_TRANSLATE_NOOP("ServerUndoText", "Change Channel of “%1”")},
    {"department", QT_TRANSLATE_NOOP("ServerUndoText", "Change Department of “%1”")},
    {"effort", QT_TRANSLATE_NOOP("ServerUndoText", "Change Effort of “%1”")},
    {"dataKey", QT_TRANSLATE_NOOP("ServerUndoText", "Change Data Key of “%1”")},
    {"notes", QT_TRANSLATE_NOOP("ServerUndoText", "Edit Notes of “%1”")},
    {"author", QT_TRANSLATE_NOOP("ServerUndoText", "Change Author of “%1”")},
    {"system", QT_TRANSLATE_NOOP("ServerUndoText", "Change System of “%1”")},
    {"linkedJourney", QT_TRANSLATE_NOOP("ServerUndoText", "Change Linked Journey of “%1”")},
    {"evidence", QT_TRANSLATE_NOOP("ServerUndoText", "Change Evidence of “%1”")},
    {"personas", QT_TRANSLATE_NOOP("ServerUndoText", "Change Personas of “%1”")},
    {"personaEmotions", QT_TRANSLATE_NOOP("ServerUndoText", "Change Persona Emotions of “%1”")},
    {"images", QT_TRANSLATE_NOOP("ServerUndoText", "Change Pictures of “%1”")},
};

QString cardText(const Subject &subject, const QString &name)
{
    const QString &field = subject.field;
    if (name.isEmpty()) {
        if (field == ServerChangeField::added)
            return Text::tr("Add Card");
        if (field == ServerChangeField::deleted)
            return Text::tr("Delete Card");
        if (field == ServerChangeField::position)
            return Text::tr("Move Card");
        if (field == QLatin1String("title"))
            return Text::tr("Rename Card");
        return Text::tr("Edit Card");
    }
    const QString n = elided(name);
    if (field == ServerChangeField::added)
        return Text::tr("Add “%1”").arg(n);
    if (field == ServerChangeField::deleted)
        return Text::tr("Delete “%1”").arg(n);
    if (field == ServerChangeField::position)
        return Text::tr("Move “%1”").arg(n);
    // The two flags say which way they went: a queued edit knows only the value it writes.
    if (field == QLatin1String("painPoint"))
        return (subject.after.toBool() ? Text::tr("Mark “%1” as a Pain Point") : Text::tr("Unmark “%1” as a Pain Point")).arg(n);
    if (field == QLatin1String("momentOfTruth"))
        return (subject.after.toBool() ? Text::tr("Mark “%1” as a Moment of Truth") : Text::tr("Unmark “%1” as a Moment of Truth"))
            .arg(n);
    for (const CardFieldText &text : cardFieldTexts) {
        if (field == QLatin1String(text.field))
            return QCoreApplication::translate("ServerUndoText", text.text).arg(n);
    }
    return Text::tr("Edit “%1”").arg(n);
}

QString structureText(const Subject &subject, const QString &name)
{
    const QString &field = subject.field;
    const QString n = elided(name);
    if (subject.kind == ServerChangeKind::stage) {
        if (field == ServerChangeField::added)
            return Text::tr("Add Stage “%1”").arg(n);
        if (field == ServerChangeField::deleted)
            return Text::tr("Remove Stage “%1”").arg(n);
        if (field == ServerChangeField::position)
            return Text::tr("Move Stage “%1”").arg(n);
        if (field == QLatin1String("name"))
            return Text::tr("Rename Stage “%1”").arg(n);
        return Text::tr("Edit Stage “%1”").arg(n);
    }
    if (subject.kind == ServerChangeKind::lane) {
        if (field == ServerChangeField::added)
            return Text::tr("Add Lane “%1”").arg(n);
        if (field == ServerChangeField::deleted)
            return Text::tr("Remove Lane “%1”").arg(n);
        if (field == ServerChangeField::position)
            return Text::tr("Move Lane “%1”").arg(n);
        if (field == QLatin1String("name"))
            return Text::tr("Rename Lane “%1”").arg(n);
        return Text::tr("Edit Lane “%1”").arg(n);
    }
    if (field == ServerChangeField::added)
        return Text::tr("Add Department “%1”").arg(n);
    if (field == ServerChangeField::deleted)
        return Text::tr("Remove Department “%1”").arg(n);
    if (field == ServerChangeField::position)
        return Text::tr("Move Department “%1”").arg(n);
    if (field == QLatin1String("name"))
        return Text::tr("Rename Department “%1”").arg(n);
    return Text::tr("Edit Department “%1”").arg(n);
}

QString lockText(const Subject &subject, const QString &name)
{
    const bool locked = subject.after[QLatin1String("locked")].toBool();
    if (subject.field == ServerLockKind::board)
        return locked ? Text::tr("Freeze the Board") : Text::tr("Unfreeze the Board");
    if (subject.field == ServerLockKind::lane)
        return (locked ? Text::tr("Lock Lane “%1”") : Text::tr("Unlock Lane “%1”")).arg(elided(name));
    return (locked ? Text::tr("Lock Stage “%1”") : Text::tr("Unlock Stage “%1”")).arg(elided(name));
}

QString voteText(const Subject &subject, const QString &name)
{
    const QString &field = subject.field;
    const QString n = elided(name);
    if (field == ServerChangeField::added)
        return Text::tr("Start Vote “%1”").arg(n);
    if (field == ServerChangeField::deleted)
        return Text::tr("Delete Vote “%1”").arg(n);
    if (field == QLatin1String("closed"))
        return subject.after.toBool() ? Text::tr("Close Vote “%1”").arg(n) : Text::tr("Reopen Vote “%1”").arg(n);
    if (field == QLatin1String("title"))
        return Text::tr("Rename Vote “%1”").arg(n);
    return Text::tr("Edit Vote “%1”").arg(n);
}

// The comment's .waymark.json object: as `parts` hold it, or the change's own (a deleted
// comment's, an added one's).
QJsonObject commentIn(const Subject &subject, const JourneyParts &parts)
{
    for (const QJsonObject &comment : parts.comments) {
        if (uuidOf(comment[QLatin1String("id")]) == subject.entity)
            return comment;
    }
    for (const QJsonValue &value : {subject.before, subject.after}) {
        const QJsonObject object = value.toObject();
        if (object.contains(QLatin1String("on")))
            return object;
    }
    return {};
}

// What a comment is on: a card's title or a stage's name; empty for the journey itself or
// when the thing is gone.
std::optional<QString> nameOfCommentTarget(const QJsonObject &comment, const JourneyParts &parts)
{
    const QString on = comment[QLatin1String("on")].toString();
    const QUuid target = uuidOf(comment[QLatin1String("target")]);
    if (on == commentTargetName(CommentTarget::Card))
        return cardTitleIn(parts, target);
    if (on == commentTargetName(CommentTarget::Stage)) {
        const QJsonArray stages = parts.base[ServerStructure::listKey(ServerChangeKind::stage)].toArray();
        const int at = ServerStructure::indexOf(stages, target);
        if (at >= 0)
            return stages[at].toObject()[QLatin1String("name")].toString();
    }
    return std::nullopt;
}

QString commentText(const Subject &subject, const JourneyParts &parts, const JourneyParts *earlier)
{
    QJsonObject comment = commentIn(subject, parts);
    if (comment.isEmpty() && earlier)
        comment = commentIn(subject, *earlier);
    const bool onJourney = comment[QLatin1String("on")].toString() == commentTargetName(CommentTarget::Journey);
    std::optional<QString> target = nameOfCommentTarget(comment, parts);
    if (!target && earlier)
        target = nameOfCommentTarget(comment, *earlier);
    const QString &field = subject.field;
    enum Op { Add, Delete, Resolve, Reopen, Edit };
    const Op op = field == ServerChangeField::added   ? Add
        : field == ServerChangeField::deleted         ? Delete
        : field == QLatin1String("resolved")          ? (subject.after.toBool() ? Resolve : Reopen)
                                                      : Edit;
    if (onJourney) {
        const QString texts[] = {Text::tr("Add Comment on the Journey"), Text::tr("Delete Comment on the Journey"),
                                 Text::tr("Resolve Comment on the Journey"), Text::tr("Reopen Comment on the Journey"),
                                 Text::tr("Edit Comment on the Journey")};
        return texts[op];
    }
    if (target && !target->isEmpty()) {
        const QString texts[] = {Text::tr("Add Comment on “%1”"), Text::tr("Delete Comment on “%1”"), Text::tr("Resolve Comment on “%1”"),
                                 Text::tr("Reopen Comment on “%1”"), Text::tr("Edit Comment on “%1”")};
        return texts[op].arg(elided(*target));
    }
    const QString texts[] = {Text::tr("Add Comment"), Text::tr("Delete Comment"), Text::tr("Resolve Comment"), Text::tr("Reopen Comment"),
                             Text::tr("Edit Comment")};
    return texts[op];
}

// Add, remove, rename or change an arrow, persona, participant, agenda step, opportunity or scenario.
QString listItemText(const Subject &subject, const QString &name)
{
    enum Op { Add, Remove, Rename, Edit };
    const QString &field = subject.field;
    const Op op = field == ServerChangeField::added ? Add
        : field == ServerChangeField::deleted       ? Remove
        : field == nameKey(subject.kind)             ? Rename
                                                     : Edit;
    const QString n = elided(name);
    const QString &kind = subject.kind;
    // A list item dragged to another place (serverlists.h: one "position" change); only these
    // three lists have a move.
    if (field == ServerChangeField::position) {
        if (kind == ServerChangeKind::agenda)
            return Text::tr("Move Agenda Step “%1”").arg(n);
        if (kind == ServerChangeKind::opportunity)
            return Text::tr("Move Opportunity “%1”").arg(n);
        if (kind == ServerChangeKind::scenario)
            return Text::tr("Move Scenario “%1”").arg(n);
    }
    if (kind == ServerChangeKind::arrow) {
        const QString texts[] = {Text::tr("Draw Arrow “%1”"), Text::tr("Delete Arrow “%1”"), Text::tr("Edit Arrow “%1”"), Text::tr("Edit Arrow “%1”")};
        return texts[op].arg(n);
    }
    if (kind == ServerChangeKind::persona) {
        const QString texts[] = {Text::tr("Add Persona “%1”"), Text::tr("Remove Persona “%1”"), Text::tr("Rename Persona “%1”"),
                                 Text::tr("Edit Persona “%1”")};
        return texts[op].arg(n);
    }
    if (kind == ServerChangeKind::participant) {
        const QString texts[] = {Text::tr("Add Participant “%1”"), Text::tr("Remove Participant “%1”"), Text::tr("Rename Participant “%1”"),
                                 Text::tr("Edit Participant “%1”")};
        return texts[op].arg(n);
    }
    if (kind == ServerChangeKind::agenda) {
        const QString texts[] = {Text::tr("Add Agenda Step “%1”"), Text::tr("Remove Agenda Step “%1”"), Text::tr("Rename Agenda Step “%1”"),
                                 Text::tr("Edit Agenda Step “%1”")};
        return texts[op].arg(n);
    }
    if (kind == ServerChangeKind::opportunity) {
        const QString texts[] = {Text::tr("Add Opportunity “%1”"), Text::tr("Delete Opportunity “%1”"), Text::tr("Rename Opportunity “%1”"),
                                 Text::tr("Edit Opportunity “%1”")};
        return texts[op].arg(n);
    }
    const QString texts[] = {Text::tr("Add Scenario “%1”"), Text::tr("Delete Scenario “%1”"), Text::tr("Rename Scenario “%1”"),
                             Text::tr("Edit Scenario “%1”")};
    return texts[op].arg(n);
}

QString journeyText(const Subject &subject)
{
    if (subject.field == QLatin1String("title"))
        return Text::tr("Edit Journey Title");
    if (subject.field == QLatin1String("description"))
        return Text::tr("Edit Journey Description");
    if (subject.field == QLatin1String("currency"))
        return Text::tr("Change Journey Currency");
    return Text::tr("Edit Journey Settings");
}

QString datasetText(const Subject &subject, const QString &name)
{
    if (subject.field == ServerChangeField::added)
        return Text::tr("Import Data “%1”").arg(elided(name));
    if (subject.field == ServerChangeField::deleted)
        return Text::tr("Remove Data “%1”").arg(elided(name));
    return Text::tr("Replace Data “%1”").arg(elided(name));
}

} // namespace

QString elided(const QString &name)
{
    const QString line = name.simplified();
    if (line.size() <= maxNameLength)
        return line;
    qsizetype cut = maxNameLength - 1;
    if (line.at(cut - 1).isHighSurrogate())
        --cut; // never half a character (an emoji, a rare CJK one)
    return line.left(cut) + QChar(0x2026);
}

QString describe(const Subject &subject, const JourneyParts &parts, const JourneyParts *earlier)
{
    QString name = subject.name;
    if (name.isEmpty()) {
        std::optional<QString> found = nameIn(subject, parts);
        if (!found && earlier)
            found = nameIn(subject, *earlier);
        name = found ? *found : nameInValues(subject, parts);
    }
    const QString &kind = subject.kind;
    if (kind == ServerChangeKind::card)
        return cardText(subject, name);
    if (ServerChangeKind::isStructure(kind))
        return structureText(subject, name);
    if (kind == ServerChangeKind::lock)
        return lockText(subject, name);
    if (kind == ServerChangeKind::vote)
        return voteText(subject, name);
    if (kind == ServerChangeKind::dot)
        return subject.field == ServerChangeField::added ? Text::tr("Place Dot in “%1”").arg(elided(name))
                                                         : Text::tr("Take Back Dot in “%1”").arg(elided(name));
    if (kind == ServerChangeKind::comment)
        return commentText(subject, parts, earlier);
    if (ServerChangeKind::isListItem(kind))
        return listItemText(subject, name);
    if (kind == ServerChangeKind::journey)
        return journeyText(subject);
    if (kind == ServerChangeKind::dataset)
        return datasetText(subject, name);
    return Text::tr("Change");
}

namespace {

// A name's "&" shown as itself, not taken for the action's shortcut letter.
QString escaped(QString what)
{
    return what.replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace

QString undoAction(const QString &what)
{
    return what.isEmpty() ? Text::tr("&Undo My Last Change") : Text::tr("&Undo %1").arg(escaped(what));
}

QString redoAction(const QString &what)
{
    return what.isEmpty() ? Text::tr("&Redo My Undone Change") : Text::tr("&Redo %1").arg(escaped(what));
}

} // namespace waymark::ServerUndoText
