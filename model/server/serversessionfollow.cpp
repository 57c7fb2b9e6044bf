// Follow-me (docs/server.md, "Follow-me"): a presenting session says where it looks on the
// follow channel; nothing is stored, a session that joins later sees the next move.
#include "server/serversession.h"

#include "server/serversql.h"
#include "server/serversessiontext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace waymark {

namespace {


using ServerSql::idText;

} // namespace

bool ServerSession::present(const std::optional<FollowView> &view, QString *error)
{
    if (!mConnected) {
        if (error)
            *error = ServerSessionText::tr("not connected to %1").arg(mAddress.display());
        return false;
    }
    // journey|session|what|author: the author last, since a name may hold any character;
    // the view as JSON inside `what` holds no '|'.
    QString what = QStringLiteral("stop");
    if (view) {
        const QJsonObject object{{QStringLiteral("x"), view->x},
                                 {QStringLiteral("y"), view->y},
                                 {QStringLiteral("zoom"), view->zoom},
                                 {QStringLiteral("card"), view->card.isNull() ? QString() : idText(view->card)}};
        what = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    QSqlQuery query(QSqlDatabase::database(mConnectionName, false));
    query.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    query.addBindValue(QString::fromLatin1(followChannel));
    query.addBindValue(idText(mJourneyId) + u'|' + mApplicationName + u'|' + what + u'|' + mAuthor);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text().trimmed();
        return false;
    }
    return true;
}

void ServerSession::onFollowNotification(const QString &payload)
{
    const QStringList parts = payload.split(u'|');
    if (parts.size() < 4 || QUuid::fromString(parts[0]) != mJourneyId || parts[1] == mApplicationName)
        return;
    const QString author = parts.mid(3).join(u'|');
    if (parts[2] == QLatin1String("stop")) {
        emit presented(parts[1], author, std::nullopt);
        return;
    }
    const QJsonObject object = QJsonDocument::fromJson(parts[2].toUtf8()).object();
    if (object.isEmpty())
        return; // not ours to read (a newer Waymark's note)
    FollowView view;
    view.x = object[QLatin1String("x")].toDouble();
    view.y = object[QLatin1String("y")].toDouble();
    view.zoom = object[QLatin1String("zoom")].toDouble(1);
    view.card = QUuid::fromString(object[QLatin1String("card")].toString());
    emit presented(parts[1], author, view);
}

} // namespace waymark
