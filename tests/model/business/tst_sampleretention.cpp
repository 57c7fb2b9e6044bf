// The retention value of the sample's business case, recomputed from the sample's NPS and CLV
// files without any of Waymark's statistics: the files are read line by line here, each
// customer's category is that of their latest answer (ties: the later line), the mean CLV per
// category is taken over customers with both, a touchpoint's detractor share is its answers
// 0–6 over all its answers, and an opportunity is worth its strongest card's move.
#include "business/businesscase.h"
#include "business/businesssettings.h"
#include "data/importjob.h"
#include "format/journeyfiles.h"
#include "journey.h"

#include <QFile>
#include <QHash>
#include <QTest>

#include <cmath>

using namespace waymark;

namespace {

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(path));
    QList<QStringList> rows;
    file.readLine(); // the header
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty())
            rows << line.split(u','); // the sample has no quoted fields
    }
    return rows;
}

Dataset imported(const QString &path, DatasetKind kind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const QByteArray bytes = file.readAll();
    const QHash<QString, int> mapping = guessImportMapping(kind, previewImport(bytes, path, {}, 1).headers);
    ImportOutcome outcome = runImport(bytes, path, kind, {}, mapping, {}, nullptr);
    if (!outcome.dataset)
        qFatal("import failed: %s", qPrintable(outcome.error));
    return std::move(*outcome.dataset);
}

} // namespace

class TestSampleRetention : public QObject
{
    Q_OBJECT

private slots:
    void retentionFromTheFiles()
    {
        const QString samples = QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/");
        FormatError error;
        std::optional<Journey> read = readJourneyFile(samples + QStringLiteral("retail-bank-account.waymark.json"), &error);
        QVERIFY2(read, qPrintable(error.toString()));
        Journey journey = *read;
        journey.datasets.emplace_back(imported(samples + QStringLiteral("retail-bank-nps.csv"), DatasetKind::Answers));
        journey.datasets.emplace_back(imported(samples + QStringLiteral("retail-bank-clv.csv"), DatasetKind::Clv));

        // respondent_id,customer_id,date,segment,touchpoint,stage,channel,score,comment
        QHash<QString, QPair<QString, int>> latest; // customer -> (date, score)
        QHash<QString, QPair<int, int>> atTouchpoint; // touchpoint -> (detractors, answers)
        for (const QStringList &row : readCsv(samples + QStringLiteral("retail-bank-nps.csv"))) {
            const QString customer = row[1], date = row[2], touchpoint = row[4];
            const int score = row[7].toInt();
            if (!latest.contains(customer) || date >= latest[customer].first)
                latest[customer] = {date, score};
            auto &counts = atTouchpoint[touchpoint];
            counts.first += score <= 6 ? 1 : 0;
            counts.second += 1;
        }
        // customer_id,clv,currency,segment,acquisition_date
        double total[3] = {0, 0, 0};
        int customers[3] = {0, 0, 0}; // detractors, passives, promoters
        for (const QStringList &row : readCsv(samples + QStringLiteral("retail-bank-clv.csv"))) {
            QCOMPARE(row[2], QStringLiteral("EUR"));
            if (!latest.contains(row[0]))
                continue;
            const int score = latest[row[0]].second;
            const int category = score <= 6 ? 0 : score <= 8 ? 1 : 2;
            total[category] += row[1].toDouble();
            ++customers[category];
        }
        QVERIFY(customers[0] > 0 && customers[1] > 0 && customers[2] > 0);
        const double detractorClv = total[0] / customers[0], passiveClv = total[1] / customers[1], promoterClv = total[2] / customers[2];

        const BusinessSettings settings = BusinessSettings::fromSettings(journey.settings);
        const BusinessCase bc = computeBusinessCase(journey, settings, nullptr);
        QCOMPARE(bc.opportunities.size(), journey.opportunities.size());
        int withRetention = 0;
        for (std::size_t i = 0; i < journey.opportunities.size(); ++i) {
            const Opportunity &opportunity = journey.opportunities[i];
            double expected = 0;
            for (const CardImprovement &change : opportunity.changes) {
                const Touchpoint *card = journey.touchpoint(change.touchpointId);
                if (!card || card->dataKey.isEmpty() || !atTouchpoint.contains(card->dataKey))
                    continue;
                const auto [detractors, answers] = atTouchpoint[card->dataKey];
                const double share = double(detractors) / answers;
                const double gain = change.detractorsToPassives * (passiveClv - detractorClv)
                                  + change.detractorsToPromoters * (promoterClv - detractorClv);
                expected = std::max(expected, settings.customersThrough(card->stageId) * change.reach * share * gain);
            }
            const double actual = bc.opportunities[i].benefitsPerYear.retention;
            QVERIFY2(std::abs(actual - expected) <= 1e-6 * std::max(1.0, expected),
                     qPrintable(QStringLiteral("%1: Waymark %2, by hand %3").arg(opportunity.title).arg(actual, 0, 'f', 4).arg(expected, 0, 'f', 4)));
            withRetention += expected > 0 ? 1 : 0;
        }
        QVERIFY(withRetention >= 3); // the sample's case rests on its survey, not on zeros
    }
};

QTEST_GUILESS_MAIN(TestSampleRetention)
#include "tst_sampleretention.moc"
