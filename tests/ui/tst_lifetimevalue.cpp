// The lifetime value window (issue 15) on the sample bank with its purchases: an empty journey
// offers the import; with purchases it shows the fit, the groups, why customers leave and every
// customer; a model setting changed there is one undo step kept in the journey; "Select These
// Cards" names the cards customers leave after. WAYMARK_SHOTS=DIR saves each tab as a PNG.

#include "clv/clvbreakdown.h"
#include "clv/journeyclv.h"
#include "clv/transactiondataset.h"
#include "clv/transactionsource.h"
#include "commands/datasetcommands.h"
#include "data/statisticscache.h"
#include "dialogs/waitforlifetimevalues.h"
#include "format/journeyfiles.h"
#include "journeydocument.h"
#include "lifetimevalue/lifetimevaluedialog.h"
#include "print/journeyprint.h"
#include "testjourneys.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace waymark;

namespace {

QByteArray sampleBytes(const char *name)
{
    QFile file(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return file.readAll();
}

Dataset survey()
{
    return test::importedDataset(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-nps.csv"), QStringLiteral("nps"));
}

Dataset purchases()
{
    const QByteArray bytes = sampleBytes("retail-bank-purchases.csv");
    return clv::transactionDataset(clv::readTransactionSource(bytes, QStringLiteral("retail-bank-purchases.csv")), bytes,
                                   QStringLiteral("retail-bank-purchases.csv"));
}

void shoot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("WAYMARK_SHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestLifetimeValue : public QObject
{
    Q_OBJECT

private slots:
    void showsTheModelAndFollowsTheJourney()
    {
        FormatError error;
        auto journey = readJourneyFile(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json"), &error);
        QVERIFY2(journey, qPrintable(error.toString()));
        journey->datasets.emplace_back(survey());
        JourneyDocument document(std::move(*journey));
        LifetimeValueDialog dialog(&document);
        dialog.resize(1000, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *pages = dialog.findChild<QStackedWidget *>();
        QCOMPARE(pages->currentIndex(), 0); // no purchases: the import offer
        QSignalSpy importAsked(&dialog, &LifetimeValueDialog::importPurchasesRequested);
        QPushButton *import = nullptr;
        for (QPushButton *button : pages->widget(0)->findChildren<QPushButton *>())
            import = button;
        QVERIFY(import);
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(importAsked.count(), 1);
        shoot(&dialog, QStringLiteral("lifetime-empty"));

        // Purchases arrive (an undoable import): the model is fitted behind the window, which
        // says so on a busy page, then fills in by itself.
        document.push(new AddDataset(&document, purchases()));
        QCOMPARE(dialog.currentPage(), dialog.busyPage());
        QVERIFY2(dialog.busyNote()->text().contains(QStringLiteral("Fitting the lifetime-value model to 1,800 customers")),
                 qPrintable(dialog.busyNote()->text()));
        QVERIFY(dialog.busyNote()->isVisible());
        shoot(&dialog, QStringLiteral("lifetime-fitting"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.currentPage() != dialog.busyPage(), 60'000);
        QCOMPARE(pages->currentIndex(), 2);
        QVERIFY2(dialog.headline()->text().contains(QStringLiteral("1,800 customers")), qPrintable(dialog.headline()->text()));
        QCOMPARE(dialog.parameters()->topLevelItem(0)->text(0), QStringLiteral("BG/NBD"));
        // All customers, the three NPS categories, no answer, and the sample's three segments.
        QStringList groups;
        for (int i = 0; i < dialog.groups()->topLevelItemCount(); ++i)
            groups << dialog.groups()->topLevelItem(i)->text(0);
        QVERIFY2(groups.contains(QStringLiteral("Detractors")) && groups.contains(QStringLiteral("Segment: Newcomers")), qPrintable(groups.join(QLatin1Char('|'))));
        QCOMPARE(dialog.customers()->model()->rowCount(), 1800);

        // Why customers leave: ranked by value, each row naming the card it belongs to.
        const auto model = clv::journeyClvModel(document.journey(), document.statistics());
        const clv::ClvBreakdown breakdown = clv::breakDownClv(*model, &*(*document.journey().newestDataset(QStringLiteral("nps")))->answers);
        QVERIFY(!breakdown.leaving.empty());
        QCOMPARE(dialog.leaving()->topLevelItemCount(), int(breakdown.leaving.size()));
        const Touchpoint *first = nullptr;
        for (const Touchpoint &card : document.journey().touchpoints)
            if (!first && card.dataKey == breakdown.leaving.front().touchpoint)
                first = &card;
        QVERIFY(first);
        QCOMPARE(dialog.leaving()->topLevelItem(0)->text(0), first->title);
        QSignalSpy select(&dialog, &LifetimeValueDialog::selectCardsRequested);
        auto *tabs = pages->findChild<QTabWidget *>();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(50);
            shoot(&dialog, QStringLiteral("lifetime-tab%1").arg(tab));
        }
        tabs->setCurrentIndex(2);
        QPushButton *selectCards = nullptr;
        for (QPushButton *button : tabs->widget(2)->findChildren<QPushButton *>())
            selectCards = button;
        QTest::mouseClick(selectCards, Qt::LeftButton);
        QCOMPARE(select.count(), 1);
        QVERIFY(select.at(0).at(0).value<QList<QUuid>>().contains(first->id));

        // A longer horizon: one undo step, kept in the journey's settings, figures follow.
        tabs->setCurrentIndex(0);
        const int steps = document.undoStack()->count();
        const QString before = dialog.headline()->text();
        dialog.horizon()->setFocus();
        dialog.horizon()->selectAll();
        QTest::keyClicks(dialog.horizon(), QStringLiteral("24"));
        QTest::keyClick(dialog.horizon(), Qt::Key_Enter);
        QCOMPARE(document.undoStack()->count(), steps + 1);
        QCOMPARE(document.journey().settings.value(QStringLiteral("clv/horizonMonths")), QStringLiteral("24"));
        QCOMPARE(dialog.currentPage(), dialog.busyPage()); // other settings: fitted anew, behind
        QTRY_VERIFY_WITH_TIMEOUT(dialog.headline()->text().contains(QStringLiteral("next 24 month")), 60'000);
        QVERIFY(dialog.headline()->text() != before);
        document.undoStack()->undo();
        QCOMPARE(dialog.horizon()->value(), 12);
        QCOMPARE(dialog.headline()->text(), before);

        // The other model, chosen from the list.
        dialog.modelChoice()->setCurrentIndex(1);
        emit dialog.modelChoice()->activated(1);
        QCOMPARE(document.journey().settings.value(QStringLiteral("clv/model")), QStringLiteral("paretonbd"));
        QCOMPARE(clv::journeyClvModel(document.journey(), document.statistics())->analysis.model, clv::PurchaseModel::ParetoNbd);
    }


    // Printing, export and saving wait for the fit the window computes behind it, with a
    // dialog; the pages' own caches then take that fit instead of fitting again.
    void printingWaitsForTheFit()
    {
        Journey journey;
        journey.id = QUuid::createUuid();
        journey.datasets.emplace_back(purchases());
        JourneyDocument document(std::move(journey));
        QWidget window;
        window.show();
        QString shown;
        QTimer::singleShot(0, this, [&] {
            if (auto *bar = window.findChild<QProgressDialog *>(); bar && bar->isVisible())
                shown = bar->labelText();
        });
        QVERIFY(waitForLifetimeValues(&window, document));
        QCOMPARE(shown, QStringLiteral("Fitting the lifetime-value model to 1,800 customers…"));
        const auto fitted = clv::journeyClvModelIfReady(document.journey(), document.statistics());
        QVERIFY(fitted);
        StatisticsCache page; // as a printed page's
        QCOMPARE(clv::journeyClvModel(document.journey(), page), fitted);
        QCOMPARE(page.computations(), std::size_t(0));
        QVERIFY(waitForLifetimeValues(&window, document)); // fitted: returns at once
    }

    // The leadership PDF gets a lifetime value page when the journey holds purchases.
    void pdfPage()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("needs poppler-utils (packaging/install-deps.sh installs it)");
        FormatError error;
        auto journey = readJourneyFile(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json"), &error);
        QVERIFY(journey);
        journey->datasets.emplace_back(survey());
        ExportOptions options;
        options.summary = true;
        const auto hasPage = [](const JourneyPrint &print) {
            const auto pages = print.pages();
            return std::any_of(pages.begin(), pages.end(), [](const JourneyPrint::Page &p) { return p.kind == JourneyPrint::Page::LifetimeValue; });
        };
        QVERIFY(!hasPage(JourneyPrint(*journey, options)));
        journey->datasets.emplace_back(purchases());
        const JourneyPrint print(*journey, options);
        QVERIFY(hasPage(print));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("summary.pdf"));
        QString problem;
        QVERIFY2(print.writePdf(pdf, &problem), qPrintable(problem));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString all = QString::fromUtf8(text.readAllStandardOutput()).simplified(); // lines wrap anywhere
        QVERIFY(all.contains(QStringLiteral("Why customers leave")));
        StatisticsCache cache;
        const auto model = clv::journeyClvModel(*journey, cache);
        const clv::ClvBreakdown b = clv::breakDownClv(*model, &*(*journey->newestDataset(QStringLiteral("nps")))->answers);
        for (const Touchpoint &card : journey->touchpoints)
            if (card.dataKey == b.leaving.front().touchpoint) {
                QVERIFY2(all.contains(card.title), qPrintable(card.title));
                break;
            }
        QVERIFY2(all.contains(QLocale().toString(b.all.atRisk) + QStringLiteral(" valuable customers")), qPrintable(all.left(3000)));
    }
};

QTEST_MAIN(TestLifetimeValue)
#include "tst_lifetimevalue.moc"
