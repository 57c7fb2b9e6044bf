#pragma once

// Widget tests of a window on a shared journey (tst_serverwindow, tst_servercontrol and the
// other tst_*window tests of a shared journey): their set-up, finding actions and the status
// bar's server label, publishing and reading journeys on the throwaway server, and pictures of
// the window for docs/server.md (header only).
#include "postgresserver.h"

#include "journey.h"
#include "mainwindow/mainwindow.h"
#include "server/serverjourneys.h"
#include "warehouse/postgresconnection.h"

#include <QAction>
#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QSqlDatabase>
#include <QTranslator>
#include <QUuid>

namespace waymark::test {

inline QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

inline QString serverState(MainWindow &window)
{
    auto *label = window.findChild<QLabel *>(QStringLiteral("serverState"));
    return label && label->isVisible() ? label->text() : QString();
}

// WAYMARK_SHOTS=DIR saves pictures of the server window's states there (docs/server.md's
// screenshots); WAYMARK_SHOT_QM=FILE.qm shows them in that translation.
inline void shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("WAYMARK_SHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

inline bool installShotTranslation()
{
    if (!qEnvironmentVariableIsSet("WAYMARK_SHOT_QM"))
        return true;
    const QString path = qEnvironmentVariable("WAYMARK_SHOT_QM");
    auto *translator = new QTranslator(qApp);
    if (!translator->load(path))
        return false;
    QCoreApplication::installTranslator(translator);
    // Qt's own buttons (Cancel, Close) in the same language, as the application loads them:
    // waymark_ru.qm -> qtbase_ru.qm (none for Serbian, which the application carries itself).
    auto *qt = new QTranslator(qApp);
    if (qt->load(QStringLiteral("qtbase_") + QFileInfo(path).completeBaseName().section(u'_', 1), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return true;
}

inline bool publishJourney(const QString &url, const Journey &journey)
{
    QString error;
    const QString name = QStringLiteral("publish-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = openPostgres(*parsePostgresUrl(url, &error), name, 10);
        ok = ServerJourneys::publish(db, journey, &error).has_value();
        if (!ok)
            qWarning("%s", qPrintable(error));
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

inline Journey openedJourney(const QString &url, const QUuid &id)
{
    QString error;
    const QString name = QStringLiteral("open-") + QUuid::createUuid().toString(QUuid::Id128);
    std::optional<Journey> journey;
    {
        QSqlDatabase db = openPostgres(*parsePostgresUrl(url, &error), name, 10);
        journey = ServerJourneys::open(db, id, &error);
    }
    QSqlDatabase::removeDatabase(name);
    return journey.value_or(Journey{});
}

inline QString titleOnServer(const QString &url, const QUuid &journey, const QUuid &card)
{
    const Journey there = openedJourney(url, journey);
    const Touchpoint *found = there.touchpoint(card);
    return found ? found->title : QString();
}

// A participant's database role, for the windows of someone who is not the facilitator.
inline bool addParticipant(PostgresServer &server, const QString &database, const QString &role)
{
    return server.psql(database, QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') "
                                                "THEN CREATE ROLE %1 LOGIN IN ROLE waymark_participant; END IF; END $$").arg(role))
        .has_value();
}

} // namespace waymark::test

// What every window test on a shared journey starts with (in initTestCase): its own settings
// and recovery folders under `dir` (edits made offline wait in the recovery store), the
// shots' translation, a throwaway server with the database "workshops" whose URL goes to
// `urlOut`. A macro, so that a machine without PostgreSQL skips the test.
#define WAYMARK_START_WORKSHOP_SERVER(dir, server, urlOut)                                                               \
    do {                                                                                                               \
        qputenv("XDG_CONFIG_HOME", QFile::encodeName((dir).filePath(QStringLiteral("config"))));                       \
        qputenv("WAYMARK_RECOVERY_DIR", QFile::encodeName((dir).filePath(QStringLiteral("recovery"))));               \
        QVERIFY(waymark::test::installShotTranslation());                                                             \
        WAYMARK_START_POSTGRES(server);                                                                                \
        QVERIFY2((server).createDatabase(QStringLiteral("workshops")), qPrintable((server).error()));                   \
        (urlOut) = (server).url(QStringLiteral("workshops"));                                                             \
    } while (false)

namespace waymark::test {

// Three participants with their colours, as the workshop tests' journeys carry them.
inline void addWorkshopParticipants(Journey &journey)
{
    const std::pair<QString, QColor> people[]{{QStringLiteral("Ана"), QColor(0xd6, 0x27, 0x28)},
                                              {QStringLiteral("Pat"), QColor(0x1f, 0x77, 0xb4)},
                                              {QStringLiteral("민지"), QColor(0x2c, 0xa0, 0x2c)}};
    for (const auto &[name, colour] : people)
        journey.participants.push_back({QUuid::createUuid(), name, {}, colour});
}

} // namespace waymark::test

