// "What customers say" (issue 16) in the window and on paper, on the sample bank with the
// richer comment set of resources/samples/retail-bank-comments.csv: the dock's ranked terms
// for the selected card, the quotes behind a clicked term, the search over every comment
// (masked), other scopes and categories through the keyboard, "select cards where this term
// stands out", the card's Show Comments and the complaint badge in the main window, and the
// PDF page. WAYMARK_SHOTS=DIR saves the dock as a PNG.

#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/npsbadgeitem.h"
#include "format/journeyfiles.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "print/journeyprint.h"
#include "testjourneys.h"
#include "text/commentcorpuscache.h"
#include "text/touchpointcomplaints.h"
#include "voice/voicedock.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {

const QString commentsFile = QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-comments.csv");

Dataset commentedSurvey()
{
    return test::importedDataset(commentsFile, QStringLiteral("nps"));
}

Journey sampleWithComments()
{
    FormatError error;
    auto journey = readJourneyFile(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json"), &error);
    if (!journey)
        qFatal("cannot read the sample journey");
    journey->datasets.emplace_back(commentedSurvey());
    return *journey;
}

// The CSV read back independently of the importer: (touchpoint, score, comment) per answer.
struct CsvAnswer {
    QString touchpoint;
    int score = 0;
    QString comment;
    QString customer;
    QString date; // ISO: compares as text
};
QList<CsvAnswer> csvAnswers()
{
    QFile file(commentsFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read retail-bank-comments.csv");
    QList<CsvAnswer> answers;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        // respondent,customer,date,segment,touchpoint,stage,channel,score,comment (comments have no commas)
        const QStringList f = line.split(QLatin1Char(','));
        answers.append({f.value(4), f.value(7).toInt(), f.mid(8).join(QLatin1Char(',')), f.value(1), f.value(2)});
    }
    return answers;
}

QSet<QString> wordsOf(const QString &text)
{
    QSet<QString> words;
    for (const QString &w : text.toLower().split(QRegularExpression(QStringLiteral("[^\\w']+")), Qt::SkipEmptyParts))
        words.insert(w);
    return words;
}

const Touchpoint &cardWithKey(const Journey &journey, const QString &key)
{
    for (const Touchpoint &card : journey.touchpoints)
        if (card.dataKey == key)
            return card;
    qFatal("no card with key %s", qPrintable(key));
}

void shoot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("WAYMARK_SHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void clickRow(QAbstractItemView *view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestVoiceDock : public QObject
{
    Q_OBJECT

private slots:
    void termsQuotesAndSearchForACard()
    {
        JourneyDocument document(sampleWithComments());
        VoiceDock dock(&document);
        dock.resize(460, 900);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QTRY_VERIFY_WITH_TIMEOUT(!dock.isBuilding(), 60000); // the comments are read in a worker thread

        auto *terms = dock.findChild<QListView *>(QStringLiteral("voiceTerms"));
        auto *quotes = dock.findChild<QListWidget *>(QStringLiteral("voiceQuotes"));
        auto *status = dock.findChild<QLabel *>(QStringLiteral("voiceStatus"));
        QVERIFY(terms && quotes && status);
        QCOMPARE(terms->model()->rowCount(), 0); // nothing selected yet
        QVERIFY(status->text().contains(QStringLiteral("Select one card")));

        // The identity check's wait: its detractors' words.
        const Touchpoint &card = cardWithKey(document.journey(), QStringLiteral("kyc-wait"));
        dock.setSelectedCards({card.id});
        QTRY_VERIFY_WITH_TIMEOUT(!dock.isBuilding(), 60000); // terms are worked out in a worker thread too
        const int shown = terms->model()->rowCount();
        QVERIFY2(shown >= 2, qPrintable(status->text()));
        // Ranked by z, all significant, and each term is words these detractors wrote.
        QSet<QString> detractorWords;
        int detractorComments = 0;
        for (const CsvAnswer &a : csvAnswers())
            if (a.touchpoint == QLatin1String("kyc-wait") && a.score <= 6 && !a.comment.isEmpty()) {
                detractorWords.unite(wordsOf(a.comment));
                ++detractorComments;
            }
        double previous = 1e9;
        for (int row = 0; row < shown; ++row) {
            const QModelIndex index = terms->model()->index(row, 0);
            const double z = index.data(Qt::UserRole + 2).toDouble();
            QVERIFY(z <= previous);
            previous = z;
            QVERIFY(std::abs(z) >= 1.96);
            if (z > 0)
                for (const QString &word : index.data().toString().split(QLatin1Char(' ')))
                    QVERIFY2(detractorWords.contains(word), qPrintable(word));
        }
        QVERIFY2(status->text().contains(QLocale().toString(detractorComments) + QStringLiteral(" comment")), qPrintable(status->text()));

        // A click on the second term lists the sentences behind it, each containing it.
        clickRow(terms, 1);
        QCOMPARE(terms->currentIndex().row(), 1);
        const QString term = terms->currentIndex().data().toString();
        QVERIFY(quotes->count() > 0);
        for (int i = 0; i < quotes->count(); ++i)
            QVERIFY2(quotes->item(i)->text().toLower().contains(term), qPrintable(quotes->item(i)->text()));
        shoot(&dock, QStringLiteral("voice-dock"));

        // The search box finds every comment with both words, whatever the card or score.
        auto *filter = dock.findChild<QLineEdit *>(QStringLiteral("voiceFilter"));
        auto *results = dock.findChild<QListWidget *>(QStringLiteral("voiceResults"));
        QTest::keyClicks(filter, QStringLiteral("Monthly FEE"));
        QVERIFY(dock.isBuilding()); // the search waits for the keys to pause, then runs in a worker
        QTRY_VERIFY_WITH_TIMEOUT(!dock.isBuilding(), 60000);
        int expected = 0;
        for (const CsvAnswer &a : csvAnswers())
            if (wordsOf(a.comment).contains(QStringLiteral("monthly")) && wordsOf(a.comment).contains(QStringLiteral("fee")))
                ++expected;
        QVERIFY(expected > 0);
        QCOMPARE(results->count(), std::min(expected, 200));
        // Personal data never shows: the e-mail in a comment is masked.
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("write"));
        QTRY_VERIFY_WITH_TIMEOUT(!dock.isBuilding(), 60000);
        QVERIFY(results->count() > 0);
        bool masked = false;
        for (int i = 0; i < results->count(); ++i) {
            QVERIFY(!results->item(i)->text().contains(QStringLiteral("@example.com")));
            masked = masked || results->item(i)->text().contains(QStringLiteral("[e-mail]"));
        }
        QVERIFY(masked);
    }

    void scopesCategoriesAndSelectingCards()
    {
        JourneyDocument document(sampleWithComments());
        VoiceDock dock(&document);
        dock.resize(460, 900);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QTRY_VERIFY_WITH_TIMEOUT(!dock.isBuilding(), 60000);
        auto *terms = dock.findChild<QListView *>(QStringLiteral("voiceTerms"));
        auto *scope = dock.findChild<QComboBox *>(QStringLiteral("voiceScope"));
        auto *group = dock.findChild<QComboBox *>(QStringLiteral("voiceGroup"));
        auto *category = dock.findChild<QComboBox *>(QStringLiteral("voiceCategory"));
        auto *status = dock.findChild<QLabel *>(QStringLiteral("voiceStatus"));
        QVERIFY(group->isHidden());

        // Down on the closed combo: "Stage", the first stage of the data is shown.
        scope->setFocus();
        QTest::keyClick(scope, Qt::Key_Down);
        QTRY_VERIFY_WITH_TIMEOUT(!dock.isBuilding(), 60000);
        QCOMPARE(scope->currentText(), QStringLiteral("Stage"));
        QVERIFY(!group->isHidden());
        QVERIFY(group->count() >= 3);
        QVERIFY2(status->text().contains(group->currentText()), qPrintable(status->text()));
        QTest::keyClick(group, Qt::Key_Down);
        QTRY_VERIFY_WITH_TIMEOUT(!dock.isBuilding(), 60000);
        QVERIFY2(status->text().contains(group->currentText()), qPrintable(status->text()));

        // Promoters: the category list follows the metric's bands.
        QCOMPARE(category->currentText(), QStringLiteral("Detractors"));
        QTest::keyClick(category, Qt::Key_Down);
        QTest::keyClick(category, Qt::Key_Down);
        QTRY_VERIFY_WITH_TIMEOUT(!dock.isBuilding(), 60000);
        QCOMPARE(category->currentText(), QStringLiteral("Promoters"));
        QVERIFY2(status->text().contains(QStringLiteral("promoters")), qPrintable(status->text()));

        // Back to detractors of one card; select every card where its top term stands out.
        QTest::keyClick(category, Qt::Key_Up);
        QTest::keyClick(category, Qt::Key_Up);
        scope->setCurrentIndex(0);
        const Touchpoint &card = cardWithKey(document.journey(), QStringLiteral("monthly-fee"));
        dock.setSelectedCards({card.id});
        QTRY_VERIFY_WITH_TIMEOUT(!dock.isBuilding(), 60000);
        QVERIFY(terms->model()->rowCount() > 0);
        clickRow(terms, 0);
        const quint32 termId = terms->currentIndex().data(Qt::UserRole + 4).toUInt();
        QSignalSpy requested(&dock, &VoiceDock::cardsRequested);
        QTest::mouseClick(dock.findChild<QPushButton *>(QStringLiteral("voiceSelectCards")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 1, 60000);
        const auto ids = requested.first().first().value<QList<QUuid>>();
        QVERIFY(ids.contains(card.id));
        // Exactly the cards whose detractors use it distinctly often.
        const auto corpus = CommentCorpusCache::find((*commentDataset(document.journey()))->answers.shared());
        QVERIFY(corpus);
        QSet<QString> keys;
        SayRequest every;
        every.top = -1;
        every.quotesPerTerm = 0;
        const Dataset &data = **commentDataset(document.journey());
        for (const CommentGroup &g : distinctiveTerms(*data.answers, *corpus, *data.metric(), every, &document.journey()))
            for (const DistinctiveTerm &d : g.terms)
                if (d.id == termId && d.z > 0)
                    keys.insert(g.label);
        QVERIFY(!keys.isEmpty());
        QCOMPARE(qsizetype(ids.size()), qsizetype(keys.size())); // every key has one card in the sample
        for (const QUuid &id : ids)
            QVERIFY(keys.contains(document.journey().touchpoint(id)->dataKey));
    }

    void showCommentsAndComplaintBadgeInTheWindow()
    {
        MainWindow window;
        window.setMessageSink([](const QString &, const QString &) {});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bank.waymark"));
        FormatError error;
        QVERIFY(writeJourneyFile(sampleWithComments(), path, &error));
        QVERIFY(window.openFile(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        VoiceDock *dock = window.voiceDock();
        QVERIFY(!dock->isVisible()); // nothing is read until asked

        const Journey &journey = window.document()->journey();
        const Touchpoint &card = cardWithKey(journey, QStringLiteral("kyc-wait"));
        window.journeyScene()->selectTouchpoints({card.id});
        auto *show = window.findChild<QAction *>(QStringLiteral("showCommentsAction"));
        QVERIFY(show);
        show->trigger();
        QVERIFY(dock->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dock->isBuilding(), 60000);
        auto *status = dock->findChild<QLabel *>(QStringLiteral("voiceStatus"));
        QTRY_VERIFY(status->text().contains(card.title));
        QVERIFY(dock->findChild<QListView *>(QStringLiteral("voiceTerms"))->model()->rowCount() > 0);

        // View → Show Top Complaint on Cards: the card's top detractor term as a pill.
        const auto corpus = CommentCorpusCache::find((*commentDataset(journey))->answers.shared());
        QString top;
        for (const TouchpointComplaints &t : touchpointComplaints(**commentDataset(journey), *corpus, &journey, 1, 0))
            if (t.key == QLatin1String("kyc-wait") && !t.terms.empty())
                top = t.terms.front().term;
        QVERIFY(!top.isEmpty());
        // Worked out once per corpus: the overlay's next redraw gets the same list back.
        const auto kept = topComplaintTerms(**commentDataset(journey), corpus);
        QCOMPARE(kept->value(QStringLiteral("kyc-wait")), top);
        QCOMPARE(topComplaintTerms(**commentDataset(journey), corpus).get(), kept.get());
        const auto pills = [&] {
            QStringList texts;
            for (QGraphicsItem *child : window.journeyScene()->cardItem(card.id)->childItems())
                if (auto *pill = dynamic_cast<NpsBadgeItem *>(child))
                    texts << pill->text();
            return texts;
        };
        QVERIFY(!pills().join(QLatin1Char('|')).contains(top)); // off by default
        window.findChild<QAction *>(QStringLiteral("voiceBadgesAction"))->trigger();
        QVERIFY2(pills().contains(QStringLiteral("“%1”").arg(top)), qPrintable(pills().join(QLatin1Char('|'))));
    }

    // The leadership PDF: the five touchpoints with the most detractors, three terms and a quote each.
    void pdfPage()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("needs poppler-utils (packaging/install-deps.sh installs it)");
        FormatError error;
        auto plain = readJourneyFile(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json"), &error);
        ExportOptions options;
        options.summary = true;
        const auto hasPage = [](const JourneyPrint &print) {
            const auto pages = print.pages();
            return std::any_of(pages.begin(), pages.end(), [](const JourneyPrint::Page &p) { return p.kind == JourneyPrint::Page::Voice; });
        };
        QVERIFY(!hasPage(JourneyPrint(*plain, options))); // no comments, no page
        const Journey journey = sampleWithComments();
        const JourneyPrint print(journey, options);
        QVERIFY(hasPage(print));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("summary.pdf"));
        QString problem;
        QVERIFY2(print.writePdf(pdf, &problem), qPrintable(problem));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString all = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY(all.contains(QStringLiteral("What customers say where it hurts most")));

        // The touchpoint with the most detractors, counted from the CSV itself, is named first.
        QHash<QString, int> detractors;
        for (const CsvAnswer &a : csvAnswers())
            if (a.score <= 6)
                ++detractors[a.touchpoint];
        QString worst;
        for (auto it = detractors.cbegin(); it != detractors.cend(); ++it)
            if (worst.isEmpty() || it.value() > detractors[worst] || (it.value() == detractors[worst] && it.key() < worst))
                worst = it.key();
        const QString title = cardWithKey(journey, worst).title;
        QVERIFY2(all.contains(QStringLiteral("1. ") + title), qPrintable(all.left(4000)));
        QVERIFY2(all.contains(QLocale().toString(detractors[worst]) + QStringLiteral(" detractors")), qPrintable(all.left(4000)));
        // Its top term and the first words of its quote are on the page.
        const auto corpus = CommentCorpusCache::corpus((*commentDataset(journey))->answers.shared());
        const auto complaints = touchpointComplaints(**commentDataset(journey), *corpus, &journey, 3, 1);
        QCOMPARE(complaints.front().key, worst);
        QVERIFY(!complaints.front().terms.empty());
        const DistinctiveTerm &term = complaints.front().terms.front();
        QVERIFY2(all.contains(term.term), qPrintable(term.term));
        QVERIFY(!term.quotes.empty());
        QVERIFY2(all.contains(term.quotes.front().text.section(QLatin1Char(' '), 0, 2)), qPrintable(term.quotes.front().text));
        QVERIFY(!all.contains(QStringLiteral("@example.com")));
    }

    // With the customers' lifetime values in the journey, the page leads with the touchpoint
    // whose detractors are worth the most, and says how much.
    void pdfPageRanksByLifetimeValueAtRisk()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("needs poppler-utils (packaging/install-deps.sh installs it)");
        Journey journey = sampleWithComments();
        const QString clvFile = QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-clv.csv");
        journey.datasets.emplace_back(test::importedDataset(clvFile, QStringLiteral("clv")));

        // By hand: each customer's latest answer per touchpoint (by date, ties in file order);
        // a detractor's puts the customer's CLV at risk there.
        QHash<QString, double> clv;
        {
            QFile file(clvFile);
            QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
            file.readLine();
            while (!file.atEnd()) {
                const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
                clv.insert(f.value(0), f.value(1).toDouble());
            }
        }
        QHash<QString, CsvAnswer> latest; // customer + touchpoint
        for (const CsvAnswer &a : csvAnswers()) {
            const QString key = a.customer + QLatin1Char('|') + a.touchpoint;
            if (!a.customer.isEmpty() && (!latest.contains(key) || latest[key].date <= a.date))
                latest.insert(key, a);
        }
        QHash<QString, double> atRisk;
        for (const CsvAnswer &a : std::as_const(latest))
            if (a.score <= 6 && clv.contains(a.customer))
                atRisk[a.touchpoint] += clv[a.customer];
        QString richest;
        for (auto it = atRisk.cbegin(); it != atRisk.cend(); ++it)
            if (richest.isEmpty() || it.value() > atRisk[richest])
                richest = it.key();
        QVERIFY(!richest.isEmpty());

        ExportOptions options;
        options.summary = true;
        const JourneyPrint print(journey, options);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("summary.pdf"));
        QString problem;
        QVERIFY2(print.writePdf(pdf, &problem), qPrintable(problem));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString all = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        const qsizetype page = all.indexOf(QStringLiteral("What customers say where it hurts most"));
        QVERIFY(page >= 0);
        const QString voice = all.mid(page);
        QVERIFY2(voice.contains(QStringLiteral("carry the most customer lifetime value")), qPrintable(voice.left(600)));
        const QString title = cardWithKey(journey, richest).title;
        QVERIFY2(voice.contains(QStringLiteral("1. ") + title), qPrintable(voice.left(1500)));
        const QString amount = QStringLiteral("EUR ") + QLocale().toString(atRisk[richest], 'f', 0);
        QVERIFY2(voice.contains(QStringLiteral("lifetime value at risk ") + amount), qPrintable(amount + QLatin1Char(' ') + voice.left(1500)));
    }
};

QTEST_MAIN(TestVoiceDock)
#include "tst_voicedock.moc"
