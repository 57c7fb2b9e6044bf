// File → Open Folder… (issue 19): the journeys of a folder as a table and a grid, sorted by
// CLV at risk, filtered as the user types, a broken file in red with its reason, Enter on a
// row asks to open that journey.

#include "docks/linkedjourneyfield.h"
#include "format/journeyfiles.h"
#include "portfolio/portfoliodialog.h"
#include "portfolio/portfoliomodel.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace waymark;

class TestPortfolioDialog : public QObject
{
    Q_OBJECT

private slots:
    void listsFiltersAndOpens()
    {
        QTemporaryDir dir;
        FormatError error;
        auto journey = readJourneyFile(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json"), &error);
        QVERIFY(journey);
        for (const QString &title : {QStringLiteral("Open an account"), QStringLiteral("Claim insurance"), QStringLiteral("Move house")}) {
            journey->title = title;
            QVERIFY(writeJourneyFile(*journey, dir.filePath(title + QStringLiteral(".waymark")), &error));
        }
        QFile broken(dir.filePath(QStringLiteral("zz-broken.waymark")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("garbage");
        broken.close();

        PortfolioDialog dialog(dir.path());
        QSignalSpy done(&dialog, &PortfolioDialog::finishedReading);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(done.wait(20000) || done.count() == 1);
        QTableView *table = dialog.table();
        QCOMPARE(table->model()->rowCount(), 4);
        QVERIFY2(dialog.status()->text().contains(QStringLiteral("4 journey")), qPrintable(dialog.status()->text()));
        QVERIFY(dialog.status()->text().contains(QStringLiteral("cannot be read")));
        // The broken file keeps a row with its reason, last when sorted by CLV at risk.
        const QModelIndex last = table->model()->index(3, PortfolioModel::Title);
        QVERIFY2(last.data().toString().startsWith(QStringLiteral("Cannot be read")), qPrintable(last.data().toString()));

        // Typing filters every column.
        QTest::keyClicks(dialog.filter(), QStringLiteral("claim"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, PortfolioModel::Title).data().toString(), QStringLiteral("Claim insurance"));

        // Enter on the row asks to open it.
        QSignalSpy open(&dialog, &PortfolioDialog::openRequested);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, PortfolioModel::Title));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), dir.filePath(QStringLiteral("Claim insurance.waymark")));

        // The grid shows the same journeys as cards.
        dialog.filter()->clear();
        QTest::mouseClick(dialog.findChild<QToolButton *>(), Qt::LeftButton);
        QVERIFY(dialog.grid()->isVisible());
        QCOMPARE(dialog.grid()->model()->rowCount(), 4);
        if (const QString folder = qEnvironmentVariable("WAYMARK_SHOTS"); !folder.isEmpty())
            dialog.grab().save(folder + QStringLiteral("/portfolio-grid.png"));
    }


    // A card's sub-journey in the properties dock: its figures, Open; a missing file named in red.
    void linkedJourneyField()
    {
        QTemporaryDir dir;
        FormatError error;
        auto journey = readJourneyFile(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json"), &error);
        QVERIFY(journey);
        journey->title = QStringLiteral("Verify identity");
        QVERIFY(writeJourneyFile(*journey, dir.filePath(QStringLiteral("verify.waymark")), &error));
        LinkedJourneyField field;
        QSignalSpy open(&field, &LinkedJourneyField::openRequested);
        field.showLink(dir.filePath(QStringLiteral("main.waymark")), QStringLiteral("verify.waymark"));
        field.show();
        QVERIFY2(field.summary()->text().startsWith(QStringLiteral("Verify identity (verify.waymark): 40 card")), qPrintable(field.summary()->text()));
        QVERIFY(field.openButton()->isEnabled());
        QTest::mouseClick(field.openButton(), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QDir::cleanPath(dir.filePath(QStringLiteral("verify.waymark"))));
        field.showLink(dir.filePath(QStringLiteral("main.waymark")), QStringLiteral("gone.waymark"));
        QVERIFY2(field.summary()->text().contains(QStringLiteral("missing")), qPrintable(field.summary()->text()));
        QVERIFY(!field.openButton()->isEnabled());
    }
};

QTEST_MAIN(TestPortfolioDialog)
#include "tst_portfoliodialog.moc"
