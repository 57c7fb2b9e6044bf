// `waymark server publish|list|export` through the real binary against a throwaway
// PostgreSQL server (issue 21): a journey file goes up, is listed, and comes back the same.
#include "commandrun.h"
#include "format/formaterror.h"
#include "format/journeyfiles.h"
#include "postgresserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using waymark::test::CommandRun;
using waymark::test::PostgresServer;

namespace {

CommandRun waymarkRun(const QStringList &args)
{
    return waymark::test::runCommand(QStringLiteral(WAYMARK_BINARY), args);
}

const QString sample = QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json");

} // namespace

class TestServerCli : public QObject
{
    Q_OBJECT

    PostgresServer mServer;
    QTemporaryDir mFolder;

private slots:
    void initTestCase()
    {
        WAYMARK_START_POSTGRES(mServer);
        QVERIFY2(mServer.createDatabase(QStringLiteral("workshops")), qPrintable(mServer.error()));
    }

    void publishListAndExportRoundTrip()
    {
        const QString url = mServer.url(QStringLiteral("workshops"));
        const CommandRun empty = waymarkRun({QStringLiteral("server"), QStringLiteral("list"), url});
        QVERIFY2(empty.exitCode == 0, qPrintable(empty.err));

        const CommandRun published = waymarkRun({QStringLiteral("server"), QStringLiteral("publish"), url, sample});
        QVERIFY2(published.exitCode == 0, qPrintable(published.err));
        waymark::FormatError error;
        const auto original = waymark::readJourneyFile(sample, &error);
        QVERIFY2(original, qPrintable(error.toString()));
        const QString id = original->id.toString(QUuid::WithoutBraces);
        QVERIFY2(QString::fromUtf8(published.out).contains(id), published.out.constData());

        // Listed, as a table and as JSON.
        const CommandRun table = waymarkRun({QStringLiteral("server"), QStringLiteral("list"), url});
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        QVERIFY(QString::fromUtf8(table.out).contains(original->title));
        const CommandRun json = waymarkRun({QStringLiteral("server"), QStringLiteral("list"), url, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonArray listed = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].toObject()[QStringLiteral("id")].toString(), id);
        QCOMPARE(listed[0].toObject()[QStringLiteral("title")].toString(), original->title);
        QCOMPARE(listed[0].toObject()[QStringLiteral("createdBy")].toString(), PostgresServer::superuser());

        // Saved back to both file formats, it is the journey that went up.
        for (const QString &name : {QStringLiteral("back.waymark"), QStringLiteral("back.waymark.json")}) {
            const QString out = mFolder.filePath(name);
            const CommandRun exported = waymarkRun({QStringLiteral("server"), QStringLiteral("export"), url, id, out});
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
            const auto back = waymark::readJourneyFile(out, &error);
            QVERIFY2(back, qPrintable(error.toString()));
            QVERIFY2(*back == *original, qPrintable(name));
        }

        // Publishing the same journey twice is refused, naming why; the first copy stays.
        const CommandRun again = waymarkRun({QStringLiteral("server"), QStringLiteral("publish"), url, sample});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(!again.err.isEmpty(), "no reason given");
        const CommandRun still = waymarkRun({QStringLiteral("server"), QStringLiteral("list"), url, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(still.out).array().size(), 1);
    }

    void clearMessagesForWrongInput()
    {
        const QString url = mServer.url(QStringLiteral("workshops"));
        struct Case {
            QStringList args;
            int status;
            QString says;
        };
        const QList<Case> cases{
            {{QStringLiteral("server")}, 2, QStringLiteral("publish, list or export")},
            {{QStringLiteral("server"), QStringLiteral("list")}, 2, QStringLiteral("takes a URL")},
            {{QStringLiteral("server"), QStringLiteral("list"), QStringLiteral("http://example/db")}, 2, QStringLiteral("postgresql://")},
            {{QStringLiteral("server"), QStringLiteral("export"), url, QStringLiteral("not-an-id"), mFolder.filePath(QStringLiteral("x.waymark"))},
             2, QStringLiteral("not a journey id")},
            {{QStringLiteral("server"), QStringLiteral("export"), url, QUuid::createUuid().toString(QUuid::WithoutBraces), mFolder.filePath(QStringLiteral("x.waymark"))},
             1, QString()},
            {{QStringLiteral("server"), QStringLiteral("publish"), url, mFolder.filePath(QStringLiteral("missing.waymark"))}, 1, QStringLiteral("missing.waymark")},
            {{QStringLiteral("server"), QStringLiteral("list"), mServer.url(QStringLiteral("nosuchdb"))}, 1, QStringLiteral("cannot connect")},
        };
        for (const Case &c : cases) {
            const CommandRun run = waymarkRun(c.args);
            QVERIFY2(run.exitCode == c.status, qPrintable(c.args.join(u' ') + QStringLiteral(" → ") + QString::number(run.exitCode) + run.err));
            QVERIFY2(run.err.startsWith(QStringLiteral("waymark: ")), qPrintable(run.err));
            QVERIFY2(run.err.contains(c.says), qPrintable(run.err));
            QVERIFY(!QFile::exists(mFolder.filePath(QStringLiteral("x.waymark"))));
        }
    }

    // `waymark --server URL ID` opens the window on the shared journey: its live session
    // shows on the server (application_name waymark-<hex>, ServerSession's). Wrong counts of
    // arguments are usage errors, never a window.
    void serverOptionOpensTheWindow()
    {
        const QString url = mServer.url(QStringLiteral("workshops"));
        const QString copy = mFolder.filePath(QStringLiteral("window.waymark.json"));
        waymark::FormatError error;
        auto journey = waymark::readJourneyFile(sample, &error);
        QVERIFY2(journey, qPrintable(error.toString()));
        journey->id = QUuid::createUuid(); // next to the sample the first test published
        QVERIFY2(waymark::writeJourneyFile(*journey, copy, &error), qPrintable(error.toString()));
        const CommandRun published = waymarkRun({QStringLiteral("server"), QStringLiteral("publish"), url, copy});
        QVERIFY2(published.exitCode == 0, qPrintable(published.err));

        for (const QStringList &wrong : {QStringList{QStringLiteral("--server")}, QStringList{QStringLiteral("--server"), url}}) {
            const CommandRun run = waymarkRun(wrong);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("--server takes a server URL and a journey id")), qPrintable(run.err));
        }

        const QString sessions = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'waymark-%' AND datname = 'workshops'");
        QCOMPARE(mServer.psql(QStringLiteral("workshops"), sessions).value_or(QString()).trimmed(), QStringLiteral("0"));
        QProcess window;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), mFolder.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("WAYMARK_RECOVERY_DIR"), mFolder.filePath(QStringLiteral("recovery")));
        window.setProcessEnvironment(env);
        window.start(QStringLiteral(WAYMARK_BINARY), {QStringLiteral("--server"), url, journey->id.toString(QUuid::WithoutBraces)});
        QVERIFY(window.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(mServer.psql(QStringLiteral("workshops"), sessions).value_or(QString()).trimmed(), QStringLiteral("1"), 30000);
        QCOMPARE(window.state(), QProcess::Running);
        window.terminate(); // SIGTERM: the window leaves without questions
        QVERIFY(window.waitForFinished(30000));

        // The server down: the window opens this laptop's copy (written while it was open
        // above) instead of the start page, and connects by itself once the server answers.
        // (The pause only makes sure the window tried while the server was down; a slower
        // start would make the test prove less, never fail wrongly.)
        mServer.stop();
        QProcess offline;
        offline.setProcessEnvironment(env);
        offline.start(QStringLiteral(WAYMARK_BINARY), {QStringLiteral("--server"), url, journey->id.toString(QUuid::WithoutBraces)});
        QVERIFY(offline.waitForStarted());
        QTest::qWait(3000);
        QVERIFY2(mServer.start(), qPrintable(mServer.error()));
        QTRY_COMPARE_WITH_TIMEOUT(mServer.psql(QStringLiteral("workshops"), sessions).value_or(QString()).trimmed(), QStringLiteral("1"), 60000);
        QCOMPARE(offline.state(), QProcess::Running);
        offline.terminate();
        QVERIFY(offline.waitForFinished(30000));
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
