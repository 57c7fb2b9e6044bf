#include "lifetimevaluepage.h"

#include "charts/clvcharts.h"
#include "clv/clvbreakdown.h"
#include "clv/journeyclv.h"
#include "clv/repeattracking.h"
#include "data/statisticscache.h"
#include "journey.h"
#include "printtext.h"
#include "wrappingtable.h"
#include "print/printpagestext.h"

#include <QChart>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace waymark::LifetimeValuePage {

namespace {


using namespace PrintText;
using namespace clv;

constexpr std::size_t leavingShown = 5;

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 0) + QStringLiteral(" %");
}

QString withError(double value, double error)
{
    const QLocale locale;
    return std::isfinite(error) ? QStringLiteral("%1 (%2)").arg(locale.toString(value, 'f', 3), locale.toString(error, 'f', 3))
                                : locale.toString(value, 'f', 3);
}

QStringList groupRow(const QString &name, const ClvGroupFigures &f, const QString &currency)
{
    const QLocale locale;
    return {name, locale.toString(f.customers), percent(f.meanAlive), money(f.meanClv, currency), locale.toString(f.atRisk),
            money(f.atRiskValue, currency)};
}

} // namespace

bool applies(const Journey &journey)
{
    return journey.newestDataset(QStringLiteral("transactions")) != nullptr;
}

void paint(QPainter &painter, const QRectF &area, const Journey &journey, StatisticsCache &cache)
{
    const auto model = journeyClvModel(journey, cache);
    if (!model)
        return;
    const ClvAnalysis &a = model->analysis;
    const DatasetRef *nps = journey.newestDataset(QStringLiteral("nps"));
    const ClvBreakdown b = breakDownClv(*model, nps ? &(*nps)->answerRows() : nullptr);
    const ClvModelSettings settings = ClvModelSettings::fromSettings(journey.settings);
    const QString currency = b.currency;
    const QLocale locale;

    // Left: the story in three sentences and the table by group; right: the fit.
    const double gap = 18;
    const QRectF left(area.left(), area.top(), area.width() * 0.55 - gap / 2, area.height());
    const QRectF right(left.right() + gap, area.top(), area.right() - left.right() - gap, area.height());
    double y = left.top();
    y += paragraph(painter, QRectF(left.left(), y, left.width(), 0), PrintPagesText::tr("What our customers are worth, and who is leaving"),
                   font(13, true), ink) + 6;
    const QString story =
        PrintPagesText::tr("%1 customers are expected to spend %2 in the next %n month(s) (discounted at %3 % a year), %4 each on average.",
                 nullptr, settings.horizonMonths)
            .arg(locale.toString(qint64(a.summary.customers.size())), money(a.totalValue, currency),
                 locale.toString(settings.annualDiscountRate * 100, 'f', 1), money(b.all.meanClv, currency))
        + QLatin1Char(' ')
        + PrintPagesText::tr("%1 valuable customers are probably gone: won back, they would be worth %2.")
              .arg(locale.toString(b.all.atRisk), money(b.all.atRiskValue, currency));
    y += paragraph(painter, QRectF(left.left(), y, left.width(), 0), story, font(10), ink) + 10;

    WrappingTable groups;
    groups.headers = {PrintPagesText::tr("Customers"), PrintPagesText::tr("Count"), PrintPagesText::tr("Mean P(alive)"), PrintPagesText::tr("Mean CLV"), PrintPagesText::tr("At risk"),
                      PrintPagesText::tr("At risk: CLV if retained")};
    groups.numeric = {false, true, true, true, true, true};
    groups.textWeights = {1, 0, 0, 0, 0, 0};
    groups.rows << groupRow(PrintPagesText::tr("All customers"), b.all, currency);
    groups.boldRows << true;
    for (NpsCategory category : {NpsCategory::Promoter, NpsCategory::Passive, NpsCategory::Detractor}) {
        const ClvGroupFigures &f = b.byCategory[std::size_t(category)];
        if (f.customers > 0) {
            groups.rows << groupRow(f.name, f, currency);
            groups.boldRows << false;
        }
    }
    for (const ClvGroupFigures &segment : b.bySegment) {
        groups.rows << groupRow(PrintPagesText::tr("Segment: %1").arg(segment.name), segment, currency);
        groups.boldRows << false;
    }
    y += groups.paint(painter, QRectF(left.left(), y, left.width(), area.bottom() - y)) + 4;
    y += paragraph(painter, QRectF(left.left(), y, left.width(), 0),
                   PrintPagesText::tr("P(alive): the chance a customer is still buying. At risk: P(alive) below %1 and worth at least %2 if "
                            "retained (the top quarter). CLV if retained = CLV ÷ P(alive).")
                       .arg(percent(lowAliveProbability), money(b.atRiskThreshold, currency)),
                   font(7.5), quiet) + 10;

    const double chartHeight = std::clamp(right.width() * 0.7, 180.0, area.height() * 0.5);
    paintChart(painter, repeatPurchasesChart(trackRepeatPurchases(model->file, a), purchaseModelName(a.model)),
               QRectF(right.left(), right.top(), right.width(), chartHeight));
    double ry = right.top() + chartHeight + 4;
    const Holdout &h = a.holdout;
    if (h.length > 0 && h.predictedPurchases > 0)
        ry += paragraph(painter, QRectF(right.left(), ry, right.width(), 0),
                        PrintPagesText::tr("After the calibration end %1 repeat purchases happened; the model expected %2.")
                            .arg(locale.toString(h.actualPurchases), locale.toString(h.predictedPurchases, 'f', 0)),
                        font(8), quiet) + 4;
    const BgNbdFit &bg = a.bgnbd;
    const ParetoNbdFit &pn = a.paretoNbd;
    const GammaGammaFit &gg = a.spend;
    const QString parameters =
        PrintPagesText::tr("Fitted by maximum likelihood (standard errors in brackets). BG/NBD: r %1, α %2, a %3, b %4, log-likelihood %5. "
                 "Pareto/NBD: r %6, α %7, s %8, β %9, log-likelihood %10. Gamma-Gamma spend: p %11, q %12, γ %13. Time in %14.")
            .arg(withError(bg.parameters.r, bg.standardErrors.r), withError(bg.parameters.alpha, bg.standardErrors.alpha),
                 withError(bg.parameters.a, bg.standardErrors.a), withError(bg.parameters.b, bg.standardErrors.b),
                 locale.toString(bg.logLikelihood, 'f', 1), withError(pn.parameters.r, pn.standardErrors.r),
                 withError(pn.parameters.alpha, pn.standardErrors.alpha), withError(pn.parameters.s, pn.standardErrors.s),
                 withError(pn.parameters.beta, pn.standardErrors.beta))
            .arg(locale.toString(pn.logLikelihood, 'f', 1), withError(gg.parameters.p, gg.standardErrors.p),
                 withError(gg.parameters.q, gg.standardErrors.q), withError(gg.parameters.gamma, gg.standardErrors.gamma),
                 timeUnitKey(a.summary.unit));
    ry += paragraph(painter, QRectF(right.left(), ry, right.width(), 0), parameters, font(7.5), quiet) + 4;
    if (!a.warnings.isEmpty())
        ry += paragraph(painter, QRectF(right.left(), ry, right.width(), 0), a.warnings.join(QStringLiteral("; ")), font(7.5), quiet);

    // Across the page: where the customers who are gone were unhappy.
    y = std::max(y, ry) + 8;
    if (b.leaving.empty() || y > area.bottom() - 60)
        return;
    y += paragraph(painter, QRectF(area.left(), y, area.width(), 0), PrintPagesText::tr("Why customers leave"), font(13, true), ink) + 2;
    y += paragraph(painter, QRectF(area.left(), y, area.width(), 0),
                   PrintPagesText::tr("The touchpoints where customers who are probably gone answered as detractors, by the value they would "
                            "carry if won back."),
                   font(8), quiet) + 6;
    WrappingTable leaving;
    leaving.headers = {PrintPagesText::tr("Touchpoint"), PrintPagesText::tr("Customers"), PrintPagesText::tr("Mean P(alive)"), PrintPagesText::tr("CLV if retained")};
    leaving.numeric = {false, true, true, true};
    leaving.textWeights = {1, 0, 0, 0};
    for (std::size_t i = 0; i < b.leaving.size() && i < leavingShown; ++i) {
        const LeavingTouchpoint &l = b.leaving[i];
        QString title = l.touchpoint;
        for (const Touchpoint &card : journey.touchpoints)
            if (card.dataKey == l.touchpoint) {
                title = card.title;
                break;
            }
        leaving.rows << QStringList{title, locale.toString(l.customers), percent(l.meanAlive), money(l.valueIfRetained, currency)};
        leaving.boldRows << false;
    }
    leaving.paint(painter, QRectF(area.left(), y, area.width(), area.bottom() - y));
}

} // namespace waymark::LifetimeValuePage
