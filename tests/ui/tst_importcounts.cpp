// Issue 18, item 11: the import dialog says what Import will do for the whole file before
// Import (rows imported, rows refused, the first refused rows), keeps the mapped columns in
// sight, says afterwards what was added, and the window has the Data menu the README names.
#include "dialogs/importcheck.h"
#include "dialogs/importdialog.h"
#include "dialogs/importissuetable.h"
#include "dialogs/importsummarydialog.h"
#include "docks/datadock.h"
#include "mainwindow/mainwindow.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// The field combo above a preview column.
QComboBox *fieldOf(ImportDialog &dialog, int column)
{
    return qobject_cast<QComboBox *>(dialog.preview()->cellWidget(0, column));
}

// The source text of a plural (%Ln) reads "row(s)" when no English translation is loaded.
bool announces(const QString &counts, int imported, int refused)
{
    return counts.contains(QStringLiteral("%1 row(s) will be imported").arg(imported))
        && counts.contains(QStringLiteral("%1 refused").arg(refused));
}

// Score and segment, with lines 3 and 5 refused (12 is not an NPS answer, "n/a" is no number).
const QByteArray mixedAnswers = "score;segment\n10;A\n12;B\n7;C\nn/a;D\n0;E\n";

} // namespace

class TestImportCounts : public QObject
{
    Q_OBJECT

private slots:
    void countsAndRefusedRowsBeforeImport()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("mixed.csv"), mixedAnswers);
        QVERIFY(!path.isEmpty());
        ImportDialog dialog(DatasetKind::Answers, path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QVERIFY2(announces(dialog.countsText(), 3, 2), qPrintable(dialog.countsText()));
        ImportIssueTable *refused = dialog.refusedPreview();
        QVERIFY(refused->isVisible());
        QCOMPARE(refused->rowCount(), 2);
        QCOMPARE(refused->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(refused->item(0, 2)->text(), QStringLiteral("12"));
        QCOMPARE(refused->item(1, 0)->text(), QStringLiteral("5"));
        QCOMPARE(refused->item(1, 2)->text(), QStringLiteral("n/a"));
        QVERIFY(!refused->item(1, 3)->text().isEmpty()); // the reason

        // Setting the score column to "Ignore" with the keyboard: the count says why nothing
        // can be imported, the refused rows go away; choosing it again brings the count back.
        QComboBox *score = fieldOf(dialog, 0);
        score->setFocus();
        QTest::keyClick(score, Qt::Key_Home);
        QCOMPARE(score->currentData().toInt(), -1);
        QVERIFY2(dialog.countsText().contains(QStringLiteral("Nothing can be imported yet")), qPrintable(dialog.countsText()));
        QVERIFY(!refused->isVisible());
        QTest::keyClick(score, Qt::Key_Down);
        QVERIFY2(announces(dialog.countsText(), 3, 2), qPrintable(dialog.countsText()));
        QVERIFY(refused->isVisible());
    }

    void importUsesTheCountWithoutAskingAgain()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("mixed.csv"), mixedAnswers);
        ImportDialog dialog(DatasetKind::Answers, path);
        int asked = 0;
        dialog.setAcceptIssues([&](const std::vector<ImportIssue> &, qint64) {
            ++asked;
            return true;
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(importButton && importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QCOMPARE(dialog.QDialog::result(), int(QDialog::Accepted));
        QVERIFY(dialog.result().has_value());
        QCOMPARE(dialog.result()->rows(), std::size_t(3)); // what the dialog announced
        QCOMPARE(dialog.refusedRows().size(), std::size_t(2));
        QCOMPARE(dialog.refusedRows()[0].line, qint64(3));
        QCOMPARE(asked, 0); // the person saw the refused rows already
    }

    void allRefusedDisablesImportAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("bad.csv"), "score\n11\nx\n");
        ImportDialog dialog(DatasetKind::Answers, path);
        QVERIFY2(dialog.countsText().contains(QStringLiteral("Nothing can be imported")), qPrintable(dialog.countsText()));
        QCOMPARE(dialog.refusedPreview()->rowCount(), 2);
        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(!importButton->isEnabled());
        QVERIFY(!importButton->toolTip().isEmpty());
    }

    void largeFilesAreCountedOnAWorkerThread()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("mixed.csv"), mixedAnswers);
        ImportDialog dialog(DatasetKind::Answers, path);
        dialog.check()->setSynchronousLimit(0); // every file counts as large from here on
        QSignalSpy done(dialog.check(), &ImportCheck::finished);
        // Two changes in a row: the first count is dropped, only the last settings are shown.
        QComboBox *segment = fieldOf(dialog, 1);
        const int segmentIndex = segment->currentIndex();
        QVERIFY(segmentIndex > 0);
        segment->setFocus();
        QTest::keyClick(segment, Qt::Key_Home); // Ignore
        for (int step = 0; step < segmentIndex; ++step)
            QTest::keyClick(segment, Qt::Key_Down); // back to Segment
        QCOMPARE(segment->currentIndex(), segmentIndex);
        QVERIFY(dialog.check()->isRunning());
        QVERIFY2(dialog.countsText().contains(QStringLiteral("Counting")), qPrintable(dialog.countsText()));
        QVERIFY(done.wait(60000));
        QCOMPARE(done.count(), 1);
        QVERIFY2(announces(dialog.countsText(), 3, 2), qPrintable(dialog.countsText()));
        QCOMPARE(dialog.refusedPreview()->rowCount(), 2);
    }

    void importingBeforeTheCountEndsStillAsksAboutRefusedRows()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("mixed.csv"), mixedAnswers);
        ImportDialog dialog(DatasetKind::Answers, path);
        dialog.check()->setSynchronousLimit(0);
        QComboBox *segment = fieldOf(dialog, 1);
        segment->setFocus();
        QTest::keyClick(segment, Qt::Key_Home); // starts a count on the worker
        std::vector<ImportIssue> seen;
        dialog.setAcceptIssues([&](const std::vector<ImportIssue> &issues, qint64) {
            seen = issues;
            return false; // nothing is imported
        });
        QVERIFY(!dialog.runImport());
        QVERIFY(!dialog.result());
        QCOMPARE(seen.size(), std::size_t(2));
    }

    void mappedColumnsStartInView()
    {
        // A warehouse export: the segment first, then many wide columns, then the answer.
        QByteArray csv = "segment,";
        for (int column = 1; column < 14; ++column)
            csv += "note" + QByteArray::number(column) + ',';
        csv += "score\n";
        for (int row = 0; row < 5; ++row) {
            csv += "Newcomers,";
            for (int column = 1; column < 14; ++column)
                csv += "a long free-text remark that fills the cell,";
            csv += QByteArray::number(row * 2) + '\n';
        }
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("wide.csv"), csv);
        ImportDialog dialog(DatasetKind::Answers, path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget *preview = dialog.preview();
        QCOMPARE(fieldOf(dialog, 0)->currentData().toInt(), int(AnswerSegment));
        QCOMPARE(fieldOf(dialog, 14)->currentData().toInt(), int(AnswerScore)); // guessed from the headers
        const int left = preview->columnViewportPosition(14);
        QVERIFY2(left >= 0 && left + preview->columnWidth(14) <= preview->viewport()->width(),
                 qPrintable(QStringLiteral("score column at %1..%2, viewport %3")
                                .arg(left)
                                .arg(left + preview->columnWidth(14))
                                .arg(preview->viewport()->width())));
    }

    void summaryAfterImportNamesTheDatasetAndShowsRefusedRows()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("mixed.csv"), mixedAnswers);
        ImportDialog dialog(DatasetKind::Answers, path);
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("datasetName"));
        QVERIFY(name);
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Spring survey"));
        QVERIFY(dialog.runImport());

        ImportSummaryDialog summary(*dialog.result(), dialog.refusedRows());
        summary.show();
        QVERIFY(QTest::qWaitForWindowExposed(&summary));
        const QString text = summary.summary()->text();
        QVERIFY2(text.contains(QStringLiteral("Spring survey")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("3 row(s) imported from mixed.csv")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2 row(s) refused")), qPrintable(text));
        QVERIFY(!summary.refusedTable()->isVisible());
        QTest::mouseClick(summary.showRefusedButton(), Qt::LeftButton);
        QVERIFY(summary.refusedTable()->isVisible());
        QCOMPARE(summary.refusedTable()->rowCount(), 2);
        QCOMPARE(summary.refusedTable()->item(1, 0)->text(), QStringLiteral("5"));
    }

    void summaryWithoutRefusedRowsOffersNoList()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("good.csv"), "score\n9\n10\n");
        ImportDialog dialog(DatasetKind::Answers, path);
        QVERIFY(dialog.runImport());
        ImportSummaryDialog summary(*dialog.result(), dialog.refusedRows());
        QVERIFY(!summary.showRefusedButton());
        QVERIFY2(summary.summary()->text().contains(QStringLiteral("No row was refused")), qPrintable(summary.summary()->text()));
    }

    void windowHasTheDataMenu()
    {
        MainWindow window;
        QMenu *data = window.menuBar()->findChild<QMenu *>(QStringLiteral("dataMenu"));
        QVERIFY(data);
        QVERIFY(data->menuAction()->isVisible());
        QStringList texts;
        for (QAction *action : data->actions())
            texts << action->text();
        QVERIFY2(texts.contains(QStringLiteral("Import &Survey…")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("Import C&LV…")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("&Goals…")), qPrintable(texts.join(u'|')));
        // The data dock's own toggle moved here from View, and is in no other menu.
        QAction *dockToggle = window.dataDock()->toggleViewAction();
        QVERIFY(data->actions().contains(dockToggle));
        int menusWithToggle = 0;
        for (QAction *top : window.menuBar()->actions())
            if (top->menu() && top->menu()->actions().contains(dockToggle))
                ++menusWithToggle;
        QCOMPARE(menusWithToggle, 1);
    }
};

QTEST_MAIN(TestImportCounts)
#include "tst_importcounts.moc"
