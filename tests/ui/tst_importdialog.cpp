// The import dialog: guessed columns, refusing to import without a score column, the import
// itself off the GUI thread, and the refused rows offered before anything is added.
#include "dialogs/importcheck.h"
#include "dialogs/importdialog.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void sampleFileImportsWithGuessedColumns()
    {
        ImportDialog dialog(DatasetKind::Answers, QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-nps.csv"));
        QTableWidget *preview = dialog.preview();
        QCOMPARE(preview->columnCount(), 9);
        const QHash<QString, int> mapping = dialog.mapping();
        QCOMPARE(mapping.value(QStringLiteral("score")), 0);
        QCOMPARE(mapping.value(QStringLiteral("touchpoint")), 5);
        QCOMPARE(preview->item(1, 0)->text(), QStringLiteral("R-00001"));
        dialog.setAcceptIssues([](const std::vector<ImportIssue> &, qint64) { return true; });
        QVERIFY(dialog.runImport());
        QVERIFY(dialog.result());
        QCOMPARE(dialog.result()->rows(), std::size_t(3000));
        QCOMPARE(dialog.result()->name, QStringLiteral("retail-bank-nps"));
    }

    void badRowsAreShownAndDecliningImportsNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("score;segment\n10;A\n12;B\nn/a;C\n");
        file.close();
        ImportDialog dialog(DatasetKind::Answers, path);
        std::vector<ImportIssue> seen;
        qint64 valid = -1;
        dialog.setAcceptIssues([&](const std::vector<ImportIssue> &issues, qint64 count) {
            seen = issues;
            valid = count;
            return false; // "Cancel": nothing is imported
        });
        // The dialog counted the rows already and would import without asking (tst_importcounts);
        // dropping that count is what a click on Import during a long count meets: the question.
        dialog.check()->cancel();
        QVERIFY(!dialog.runImport());
        QVERIFY(!dialog.result());
        QCOMPARE(seen.size(), std::size_t(2));
        QCOMPARE(seen[0].line, qint64(3));
        QCOMPARE(seen[1].line, qint64(4));
        QCOMPARE(valid, qint64(1));

        // Without a score column the Import button stays off and says why.
        auto *scoreField = qobject_cast<QComboBox *>(dialog.preview()->cellWidget(0, 0));
        scoreField->setCurrentIndex(0); // Ignore
        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(importButton);
        QVERIFY(!importButton->isEnabled());
        QVERIFY2(importButton->toolTip().contains(QStringLiteral("NPS answer")), qPrintable(importButton->toolTip()));
        scoreField->setCurrentIndex(1); // Score again
        QVERIFY(importButton->isEnabled());
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
