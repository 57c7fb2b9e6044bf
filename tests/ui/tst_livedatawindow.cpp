// Issue 20 in the window: Data → Refresh from Server counts a live dataset's answers anew in
// the background as one undo step; a source that cannot be read is named in a message and
// the journey keeps its last figures. A server and query a journey from someone else names are
// shown and confirmed before the window connects.
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "modalanswer.h"
#include "postgresserver.h"
#include "commands/datasetcommands.h"
#include "commands/editjourneysettings.h"
#include "warehouse/livedataset.h"
#include "warehouse/livesourcetrust.h"
#include "windowtest.h"

#include <QAbstractButton>
#include <QAction>
#include <QFutureWatcherBase>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;

namespace {

const QString sample = QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json");

QByteArray answers(int from, int count)
{
    QByteArray csv = "score,touchpoint\n";
    for (int i = from; i < from + count; ++i)
        csv += QByteArray::number(i % 11) + (i % 2 ? ",kyc-upload\n" : ",social-ad\n");
    return csv;
}

double answersIn(const Journey &journey, const QUuid &id)
{
    for (const DatasetRef &dataset : journey.datasets)
        if (dataset->id == id) {
            double total = 0;
            for (double count : dataset->answers->aggregate.count)
                total += count;
            return total;
        }
    return -1;
}

} // namespace

class TestLiveDataWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    PostgresServer mServer;

    // The throwaway server's "survey" database; the caller names a table or a query.
    PostgresAnswerSource surveySource() const
    {
        QString error;
        PostgresAnswerSource source;
        source.address = *parsePostgresUrl(mServer.url(QStringLiteral("survey")), &error);
        return source;
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings(mDir, QStringLiteral("WaymarkLiveDataTest"));
        WAYMARK_START_POSTGRES(mServer);
        QVERIFY2(mServer.createDatabase(QStringLiteral("survey")), qPrintable(mServer.error()));
        QVERIFY(mServer.psql(QStringLiteral("survey"), QStringLiteral("CREATE TABLE answers (score smallint, touchpoint text)")));
        QVERIFY(mServer.psql(QStringLiteral("survey"), QStringLiteral("COPY answers FROM STDIN (FORMAT csv, HEADER true)"), answers(0, 500)));
    }

    void refreshedInTheBackgroundAsOneStep()
    {
        MainWindow window;
        QVERIFY(test::showJourney(window, sample));
        JourneyDocument *document = window.document();
        QString error;
        PostgresAnswerSource source = surveySource();
        source.table = QStringLiteral("answers");
        auto read = readLiveDataset(source, PostgresLimits(), &error);
        QVERIFY2(read, qPrintable(error));
        const QUuid id = read->dataset.id;
        addLiveDataset(document, std::move(read->dataset), source);
        QCOMPARE(answersIn(document->journey(), id), 500.0);
        QCOMPARE(document->undoStack()->count(), 1); // the dataset and its source, one step

        auto *refresh = window.findChild<QAction *>(QStringLiteral("refreshLiveData"));
        QVERIFY(refresh);
        QVERIFY(mServer.psql(QStringLiteral("survey"), QStringLiteral("COPY answers FROM STDIN (FORMAT csv, HEADER true)"), answers(500, 250)));
        refresh->setEnabled(true);
        refresh->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(answersIn(document->journey(), id), 750.0, 30000);
        QCOMPARE(document->undoStack()->count(), 2);
        document->undoStack()->undo();
        QCOMPARE(answersIn(document->journey(), id), 500.0);
        document->undoStack()->redo();

        // The table is gone: a message names the dataset; the figures stay.
        QVERIFY(mServer.psql(QStringLiteral("survey"), QStringLiteral("ALTER TABLE answers RENAME TO old_answers")));
        QString message;
        test::ModalAnswer answer([&message](QWidget *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
                message = box->text();
                box->accept();
            }
        });
        refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 30000);
        QVERIFY2(message.contains(QStringLiteral("kept its last figures")) && message.contains(QStringLiteral("answers")), qPrintable(message));
        QCOMPARE(answersIn(document->journey(), id), 750.0);
        QCOMPARE(document->undoStack()->count(), 2); // no empty step
    }

    void aStrangersSourceIsShownBeforeConnecting()
    {
        QVERIFY(mServer.psql(QStringLiteral("survey"), QStringLiteral("CREATE TABLE sent (score smallint, touchpoint text)")));
        QVERIFY(mServer.psql(QStringLiteral("survey"), QStringLiteral("COPY sent FROM STDIN (FORMAT csv, HEADER true)"), answers(0, 100)));
        MainWindow window;
        QVERIFY(test::showJourney(window, sample));
        JourneyDocument *document = window.document();
        QString error;
        PostgresAnswerSource source = surveySource();
        source.query = QStringLiteral("SELECT score, touchpoint FROM sent WHERE score IS NOT NULL");
        auto read = readLiveDataset(source, PostgresLimits(), &error);
        QVERIFY2(read, qPrintable(error));
        const QUuid id = read->dataset.id;
        read->dataset.name = QStringLiteral("Sent to us");
        // As a file someone sent arrives: the dataset and its source, not added by this user.
        document->push(new AddDataset(document, std::move(read->dataset)));
        document->push(new EditJourneySettings(document, {{liveSourceKey(id), encodeLiveSource(source)}}, QString()));
        QVERIFY(!isTrustedLiveSource(source));
        const int steps = document->undoStack()->count();
        QVERIFY(mServer.psql(QStringLiteral("survey"), QStringLiteral("COPY sent FROM STDIN (FORMAT csv, HEADER true)"), answers(100, 50)));
        auto *refresh = window.findChild<QAction *>(QStringLiteral("refreshLiveData"));
        QVERIFY(refresh);
        refresh->setEnabled(true);

        // Cancel (the default): nothing is started.
        QString shown, details;
        {
            test::ModalAnswer answer([&](QWidget *dialog) {
                auto *box = qobject_cast<QMessageBox *>(dialog);
                QVERIFY(box);
                shown = box->text() + u'\n' + box->informativeText();
                details = box->detailedText();
                QCOMPARE(static_cast<QAbstractButton *>(box->defaultButton()), box->button(QMessageBox::Cancel));
                QTest::keyClick(box, Qt::Key_Escape);
            });
            refresh->trigger(); // returns once the question is answered
            QCOMPARE(answer.seen, QStringLiteral("QMessageBox"));
        }
        QVERIFY2(shown.contains(QStringLiteral("“Sent to us”: a query")) && shown.contains(QStringLiteral("database survey"))
                     && shown.contains(source.address.host), // the throwaway server's socket folder
                 qPrintable(shown));
        QVERIFY2(details.contains(source.query), qPrintable(details));
        QVERIFY(window.findChildren<QFutureWatcherBase *>().isEmpty());
        QCOMPARE(answersIn(document->journey(), id), 100.0);
        QCOMPARE(document->undoStack()->count(), steps);
        QVERIFY(!isTrustedLiveSource(source));

        // Connect: read, and remembered.
        {
            test::ModalAnswer answer([](QWidget *dialog) {
                for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
                    if (button->text() == QStringLiteral("&Connect"))
                        button->click();
            });
            refresh->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(answersIn(document->journey(), id), 150.0, 30000);
        }
        QVERIFY(isTrustedLiveSource(source));

        // Asked once: the next refresh just reads.
        QVERIFY(mServer.psql(QStringLiteral("survey"), QStringLiteral("COPY sent FROM STDIN (FORMAT csv, HEADER true)"), answers(150, 25)));
        test::ModalAnswer none([](QWidget *dialog) { dialog->close(); });
        refresh->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(answersIn(document->journey(), id), 175.0, 30000);
        QVERIFY2(none.seen.isEmpty(), qPrintable(none.seen));

        // A file that changes the query is a new source and asked about again.
        PostgresAnswerSource changed = source;
        changed.query = QStringLiteral("SELECT score, touchpoint FROM sent");
        QVERIFY(!isTrustedLiveSource(changed));
    }
};

QTEST_MAIN(TestLiveDataWindow)
#include "tst_livedatawindow.moc"
