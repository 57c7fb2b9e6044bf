#include "server/serverjobs.h"

#include "warehouse/postgresconnection.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlError>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace waymark {

namespace {

struct ServerJobsText {
    Q_DECLARE_TR_FUNCTIONS(ServerJobs)
};

// Opens a connection only this job uses, runs `work` on it and closes it again, all in the
// calling (worker) thread: a Qt SQL connection must stay in the thread that opened it.
ServerReply onConnection(const PostgresAddress &address, const std::function<void(QSqlDatabase &, ServerReply &)> &work)
{
    ServerReply reply;
    const QString name = QStringLiteral("waymark-job-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = openPostgres(address, name, ServerJobs::connectTimeoutSeconds);
        if (!db.isOpen()) {
            const QString why = db.lastError().text().trimmed();
            reply.needsPassword = ServerJobs::isPasswordRefusal(why);
            reply.error = ServerJobsText::tr("Could not connect to %1:\n%2").arg(address.display(), why);
        } else {
            work(db, reply);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return reply;
}

} // namespace

QFuture<ServerReply> ServerJobs::publish(const PostgresAddress &address, const Journey &journey)
{
    return QtConcurrent::run([address, journey] {
        return onConnection(address, [&](QSqlDatabase &db, ServerReply &reply) {
            QString error;
            if (const auto id = ServerJourneys::publish(db, journey, &error)) {
                reply.ok = true;
                reply.id = *id;
            } else {
                reply.error = error;
            }
        });
    });
}

QFuture<ServerReply> ServerJobs::list(const PostgresAddress &address)
{
    return QtConcurrent::run([address] {
        return onConnection(address, [&](QSqlDatabase &db, ServerReply &reply) {
            QString error;
            if (auto journeys = ServerJourneys::list(db, &error)) {
                reply.ok = true;
                reply.journeys = std::move(*journeys);
            } else {
                reply.error = error;
            }
        });
    });
}

bool ServerJobs::isPasswordRefusal(const QString &message)
{
    // libpq's words (not translated by the server: they come from the client library).
    return message.contains(QLatin1String("no password supplied")) || message.contains(QLatin1String("password authentication failed"));
}

bool ServerJobs::askPassword(QWidget *parent, const PostgresAddress &address)
{
    bool ok = false;
    const QString password = QInputDialog::getText(parent, ServerJobsText::tr("Password"),
                                                   ServerJobsText::tr("Password for %1 on %2 (kept only while Waymark runs; "
                                                            "~/.pgpass spares you this question):")
                                                       .arg(address.user.isEmpty() ? qEnvironmentVariable("USER") : address.user,
                                                            address.display()),
                                                   QLineEdit::Password, {}, &ok);
    if (!ok)
        return false;
    qputenv("PGPASSWORD", password.toUtf8());
    return true;
}

} // namespace waymark
