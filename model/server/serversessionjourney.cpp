// The journey's own title, description, currency and settings edited live (server schema 7,
// docs/server.md "The journey, the agenda and the business case"): each change sets one of
// them in the journey's `base` as the server holds it while the writer holds the journey's
// row; the title also goes to `journeys.title`, which the list of journeys shows. Facilitators
// only (the trigger waymark_guard_journey names the rule for everyone else). Offline they are
// queued like the other kinds (serversessionofflinekinds.cpp). Their undo is here.
#include "server/serversession.h"

#include "server/serverjourneyfields.h"
#include "server/serverroles.h"
#include "server/serversql.h"
#include "server/serversessiontext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace waymark {

namespace {


using ServerSql::idText;
using ServerSql::jsonText;

using ServerJourneyFields::journeyFieldName;

} // namespace

std::optional<qint64> ServerSession::setJourneyField(const QString &field, const QJsonValue &value, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (!ServerJourneyFields::isField(field)) {
        message = ServerSessionText::tr("“%1” is not the journey's title, description, currency or a setting").arg(field);
        return std::nullopt;
    }
    // Offline it is queued (write()), but not for someone the server would refuse at replay:
    // they hear the rule now, as they would online.
    if (!mConnected && mRole != ServerRole::Facilitator) {
        message = ServerRoles::explainRefusal(QStringLiteral("waymark rule facilitators-journey:"));
        return std::nullopt;
    }
    const bool setting = field.startsWith(ServerJourneyFields::settingsPrefix);
    const bool remove = setting && (value.isNull() || value.toString().isEmpty());
    const EntityWrite entityWrite = [&](QSqlDatabase &, QSqlQuery &query, ServerChange &, QString *failure) {
        const auto sqlFailed = [&] {
            *failure = ServerSessionText::tr("%1 was not changed on %2: %3").arg(journeyFieldName(field), mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        };
        // Named when this login may not (a participant would otherwise hear it from the trigger).
        if (!query.exec(QStringLiteral("SELECT waymark_may_journey('journey')")))
            return sqlFailed();
        // What it replaces, for undo, as the server holds it now.
        query.prepare(QStringLiteral("SELECT jsonb_build_object('title', base->'title', 'description', base->'description', "
                                     "'currency', base->'currency', 'settings', coalesce(base->'settings', '{}'::jsonb))::text "
                                     "FROM journeys WHERE id = ?"));
        query.addBindValue(idText(mJourneyId));
        if (!query.exec() || !query.next())
            return sqlFailed();
        mStructureBefore = ServerJourneyFields::valueIn(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(), field);
        if (!setting) {
            query.prepare(QStringLiteral("UPDATE journeys SET base = jsonb_set(base, ARRAY[?::text], to_jsonb(?::text))%1 WHERE id = ?")
                              .arg(field == QLatin1String("title") ? QStringLiteral(", title = ?") : QString()));
            query.addBindValue(field);
            query.addBindValue(value.toString());
            if (field == QLatin1String("title"))
                query.addBindValue(value.toString());
        } else if (remove) {
            query.prepare(QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{settings}', coalesce(base->'settings', '{}'::jsonb) - ?::text) "
                                         "WHERE id = ?"));
            query.addBindValue(field.mid(ServerJourneyFields::settingsPrefix.size()));
            query.addBindValue(idText(mJourneyId));
            if (!query.exec())
                return sqlFailed();
            // An empty settings object goes, as the format writes a journey without settings.
            query.prepare(QStringLiteral("UPDATE journeys SET base = base #- '{settings}' WHERE id = ? AND base->'settings' = '{}'::jsonb"));
        } else {
            query.prepare(QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{settings}', coalesce(base->'settings', '{}'::jsonb) "
                                         "|| jsonb_build_object(?::text, ?::text)) WHERE id = ?"));
            query.addBindValue(field.mid(ServerJourneyFields::settingsPrefix.size()));
            query.addBindValue(value.toString());
        }
        query.addBindValue(idText(mJourneyId));
        if (!query.exec())
            return sqlFailed();
        return true;
    };
    ServerChange change = changeOf(ServerChangeKind::journey, mJourneyId, field, remove ? QJsonValue() : QJsonValue(value.toString()));
    return write(change, entityWrite, error);
}

std::optional<qint64> ServerSession::undoJourney(const UndoStep &step, QString *error)
{
    // Someone else's change of the same field since ours (our own later ones are undone already).
    const auto newest = mNewestOn.find({step.entity, step.field});
    if (newest != mNewestOn.end() && newest->second.id > step.id && !mMine.count(newest->second.id)) {
        *error = ServerSessionText::tr("cannot undo: %1 changed %2 since (change %3)").arg(newest->second.author, journeyFieldName(step.field)).arg(newest->second.id);
        return std::nullopt;
    }
    return setJourneyField(step.field, step.before.isUndefined() ? QJsonValue() : step.before, error);
}

} // namespace waymark
