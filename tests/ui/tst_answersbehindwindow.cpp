// A journey with a large dataset opens in the window from its summary; the status bar says
// the answers are still being read and when they are; rows that cannot be read are said,
// and the journey is then not saved over its file (that would lose the answers).
#include "data/pendinganswers.h"
#include "format/waymarkfile.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "manyanswers.h"
#include "../model/format/rawsqlite.h"
#include "testjourneys.h"

#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAnswersBehindWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

    QString largeJourney(const QString &name)
    {
        Journey journey = test::smallJourney();
        journey.datasets.emplace_back(test::manyAnswers(150'000, 9));
        const QString path = mDir.filePath(name);
        FormatError error;
        if (!WaymarkFile::write(journey, path, &error))
            qWarning() << error.toString();
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void theStatusBarSaysWhatIsStillRead()
    {
        const QString path = largeJourney(QStringLiteral("large.waymark"));
        MainWindow window;
        QStringList errors;
        window.setMessageSink([&](const QString &title, const QString &text) { errors << title + u'\n' + text; });
        window.show();
        QVERIFY(window.openFile(path));
        const DatasetRef &dataset = window.document()->journey().datasets.back();
        QVERIFY(dataset->pendingRows);
        QSignalSpy read(window.document(), &JourneyDocument::datasetRowsRead);
        if (!dataset->pendingRows->ready()) // else the message has already moved on
            QVERIFY2(window.statusBar()->currentMessage().contains(QLocale().toString(150'000) + QStringLiteral(" survey answers")),
                     qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(read.wait(20'000) || read.size() == 1);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("All survey answers read"));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY(!window.document()->isModified());
    }

    void unreadableAnswersAreSaidAndNotSavedOver()
    {
        const QString path = largeJourney(QStringLiteral("damaged.waymark"));
        {
            test::RawSqlite db(path);
            QVERIFY(db.exec("UPDATE dataset_columns SET data = substr(data, 1, 80) WHERE name = 'respondent'"));
        }
        const QByteArray before = bytesOf(path);
        MainWindow window;
        QStringList errors;
        window.setMessageSink([&](const QString &title, const QString &text) { errors << title + u'\n' + text; });
        window.show();
        QVERIFY(window.openFile(path)); // the map opens from the summary
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 20'000);
        QVERIFY2(errors.front().contains(QStringLiteral("Опрос 설문 150000")) && errors.front().contains(QStringLiteral("respondent"))
                     && errors.front().contains(QStringLiteral("damaged.waymark")),
                 qPrintable(errors.front()));

        // An edit, then Save: refused with the reason; the file keeps its answers.
        window.document()->push(new QUndoCommand(QStringLiteral("nothing"))); // marks the document modified
        QVERIFY(!window.save());
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.back().contains(QStringLiteral("Remove that dataset")), qPrintable(errors.back()));
        QCOMPARE(bytesOf(path), before);
    }
};

QTEST_MAIN(TestAnswersBehindWindow)
#include "tst_answersbehindwindow.moc"
