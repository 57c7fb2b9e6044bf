// Issue 20 in the window: Data → Refresh from Server counts a live dataset's answers anew in
// the background as one undo step; a source that cannot be read is named in a message and
// the journey keeps its last figures.
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "modalanswer.h"
#include "postgresserver.h"
#include "warehouse/livedataset.h"
#include "windowtest.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
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
        PostgresAnswerSource source;
        source.address = *parsePostgresUrl(mServer.url(QStringLiteral("survey")), &error);
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
};

QTEST_MAIN(TestLiveDataWindow)
#include "tst_livedatawindow.moc"
