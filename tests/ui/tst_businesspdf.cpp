// The PDF for leadership opens with what to fix first: on the sample with its survey and CLV
// data and three opportunities, page 1 ("Findings and priorities") carries the findings and
// every opportunity's whole figures (cost, NPV, payback) as text, one business-case page per
// top opportunity follows with its NPV, and --future adds the future-state map with the added
// step — in English, Russian and Korean, never a figure cut or elided.
#include "business/businesscase.h"
#include "business/businesssettings.h"
#include "business/findings.h"
#include "data/statisticscache.h"
#include "format/journeyfiles.h"
#include "i18n/translations.h"
#include "testjourneys.h"
#include "print/journeyprint.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {

// Removes every kind of space (pdftotext breaks lines and keeps no-break spaces of grouped
// numbers) and undoes ligatures.
QString flat(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC); // PDF ligatures: "ﬀ" reads "ff"
    text.removeIf([](QChar c) { return c.isSpace() || c == QChar(0x2009) || c == QChar(0x202f); });
    return text;
}

QString money(double value, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(currency, QLocale().toString(value, 'f', 0));
}

QString pageText(const QString &pdf, int page)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                                               QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestBusinessPdf : public QObject
{
    Q_OBJECT

private slots:
    void leadershipPdf_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Russian") << QStringLiteral("ru");
        QTest::newRow("Korean") << QStringLiteral("ko");
    }

    void leadershipPdf()
    {
        QFETCH(QString, language);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("needs poppler-utils (packaging/install-deps.sh installs it)");
        Translations::install(language);
        FormatError error;
        std::optional<Journey> read = readJourneyFile(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json"), &error);
        QVERIFY2(read, qPrintable(error.toString()));
        Journey journey = *read;
        journey.datasets.push_back(DatasetRef(test::importedDataset(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-nps.csv"), QStringLiteral("nps"))));
        journey.datasets.push_back(DatasetRef(test::importedDataset(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-clv.csv"), QStringLiteral("clv"))));

        // Our own opportunities, whatever the sample brings, so the figures are this test's.
        journey.opportunities.clear();
        journey.scenarios.clear();
        const QStringList titles = language == QLatin1String("ru")
            ? QStringList{QStringLiteral("Мгновенная проверка личности онлайн"), QStringLiteral("Трекер статуса заявки"), QStringLiteral("Страница условий до заявки")}
            : language == QLatin1String("ko")
            ? QStringList{QStringLiteral("즉시 온라인 신원 확인"), QStringLiteral("신청 상태 알림"), QStringLiteral("신청 전 자격 안내 페이지")}
            : QStringList{QStringLiteral("Instant online identity check with a long title that has to wrap in its column"),
                          QStringLiteral("Application status tracker"), QStringLiteral("Eligibility page before applying")};
        int made = 0;
        AddedCard added;
        for (const Touchpoint &card : journey.touchpoints) {
            if (card.dataKey.isEmpty() || card.effort.minutes <= 0 || made == 3)
                continue;
            Opportunity o;
            o.id = QUuid::createUuid();
            o.title = titles[made];
            o.oneOffCost = {Money::hundredthsFromAmount(40000.0 * (made + 1)), journey.currency};
            o.runningCostPerYear = {Money::hundredthsFromAmount(5000), journey.currency};
            o.monthsToDeliver = 3 + 2 * made;
            CardImprovement change;
            change.touchpointId = card.id;
            change.minutes = {EffortTarget::Kind::Percent, 60};
            change.reach = 0.8;
            change.contactsAvoided = 0.3;
            change.detractorsToPassives = 0.2;
            change.detractorsToPromoters = 0.1;
            o.changes = {change};
            if (made == 1) {
                added.id = QUuid::createUuid();
                added.stageId = card.stageId;
                added.laneId = card.laneId;
                added.title = language == QLatin1String("en") ? QStringLiteral("Status text message") : titles[made] + QStringLiteral(" SMS");
                added.effort.minutes = 1;
                added.effort.money.currency = journey.currency;
                o.addedCards = {added};
            }
            journey.opportunities.push_back(o);
            ++made;
        }
        QCOMPARE(made, 3);
        journey.settings.insert(QStringLiteral("business/customersPerYear"), QStringLiteral("120000"));
        journey.settings.insert(QStringLiteral("business/costPerContact/phone"), QStringLiteral("6.5"));
        journey.settings.insert(QStringLiteral("business/costPerContact/branch"), QStringLiteral("18"));

        ExportOptions options;
        options.page = QPageSize::A4; // the tightest page a board member prints
        options.orientation = QPageLayout::Landscape;
        options.summary = true;
        options.future = true;
        const JourneyPrint print(journey, options);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("leadership-%1.pdf").arg(language));
        QString problem;
        QVERIFY2(print.writePdf(pdf, &problem), qPrintable(problem));
        if (const QString keep = qEnvironmentVariable("WAYMARK_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(pdf, keep + QStringLiteral("/leadership-%1.pdf").arg(language));

        const BusinessSettings settings = BusinessSettings::fromSettings(journey.settings);
        const BusinessCase expected = computeBusinessCase(journey, settings, nullptr);
        const QString first = flat(pageText(pdf, 1));
        QVERIFY2(first.contains(flat(QCoreApplication::translate("PrintPages", "What we found"))), qPrintable(first.left(300)));
        StatisticsCache cache;
        for (const Finding &finding : journeyFindings(journey, cache))
            QVERIFY2(first.contains(flat(finding.headline)), qPrintable(finding.headline));
        for (const OpportunityCase &c : expected.opportunities) {
            QVERIFY2(first.contains(flat(c.title)), qPrintable(c.title));
            QVERIFY2(first.contains(flat(money(c.oneOffCost, expected.currency))), qPrintable(money(c.oneOffCost, expected.currency)));
            QVERIFY2(first.contains(flat(money(c.npv, expected.currency))), qPrintable(money(c.npv, expected.currency) + QLatin1Char('\n') + first));
        }
        QVERIFY2(first.contains(flat(money(expected.total.npv, expected.currency))), qPrintable(money(expected.total.npv, expected.currency)));
        QVERIFY2(!first.contains(QChar(0x2026)), qPrintable(first)); // nothing elided

        // Pages 2–4: one business case per opportunity, best NPV first.
        const std::vector<int> ranked = rankOpportunities(expected, RankBy::Npv);
        for (int page = 2; page <= 4; ++page) {
            const OpportunityCase &c = expected.opportunities[std::size_t(ranked[std::size_t(page - 2)])];
            const QString text = flat(pageText(pdf, page));
            QVERIFY2(text.contains(flat(c.title)), qPrintable(c.title + QLatin1Char('\n') + text.left(300)));
            QVERIFY2(text.contains(flat(money(c.npv, expected.currency))), qPrintable(money(c.npv, expected.currency)));
        }
        // The last page: the future-state map, with the added step on it.
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        info.waitForFinished(60000);
        const QString pages = QString::fromUtf8(info.readAllStandardOutput()).section(QStringLiteral("Pages:"), 1, 1).section(u'\n', 0, 0).trimmed();
        const QString last = flat(pageText(pdf, pages.toInt()));
        QVERIFY2(last.contains(flat(added.title)), qPrintable(last.left(400)));
    }
};

QTEST_MAIN(TestBusinessPdf)
#include "tst_businesspdf.moc"
