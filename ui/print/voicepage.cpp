#include "voicepage.h"

#include "clv/journeyclv.h"
#include "data/metrics/metric.h"
#include "data/statisticscache.h"
#include "journey.h"
#include "printtext.h"
#include "text/commentcorpuscache.h"
#include "text/touchpointcomplaints.h"
#include "wrappingtable.h"
#include "print/printpagestext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace waymark::VoicePage {

namespace {


using namespace PrintText;

constexpr int quotesPerTerm = 3; // candidates, so each row can show a different sentence

QString cardTitle(const Journey &journey, const QString &key)
{
    for (const Touchpoint &card : journey.touchpoints)
        if (card.dataKey == key)
            return card.title;
    return key;
}

} // namespace

bool applies(const Journey &journey)
{
    return commentDataset(journey) != nullptr;
}

void paint(QPainter &painter, const QRectF &area, const Journey &journey)
{
    const DatasetRef *dataset = commentDataset(journey);
    if (!dataset)
        return;
    const Metric &metric = *(*dataset)->metric();
    const auto corpus = CommentCorpusCache::corpus((*dataset)->sharedAnswerRows());
    std::vector<TouchpointComplaints> worst = touchpointComplaints(**dataset, *corpus, &journey, termsShown, quotesPerTerm);
    // With the customers' lifetime values known (imported or modelled from purchases), the
    // board reads the touchpoints whose detractors are worth the most first.
    StatisticsCache cache;
    const std::optional<DatasetRef> clv =
        (*dataset)->metricKey == QLatin1String("nps") ? clv::lifetimeValues(journey, cache) : std::nullopt;
    if (clv) {
        const QString currency = (*clv)->currency.isEmpty() ? journey.currency : (*clv)->currency;
        orderByClvAtRisk(worst, *cache.clvJoin(*dataset, *clv, currency), journey.currency);
    }
    if (worst.size() > std::size_t(touchpointsShown))
        worst.resize(std::size_t(touchpointsShown));
    const QLocale locale;
    const QString low = metric.bandNames().value(0).toLower();

    double y = area.top();
    y += paragraph(painter, QRectF(area.left(), y, area.width(), 0), PrintPagesText::tr("What customers say where it hurts most"), font(13, true), ink)
        + 4;
    y += paragraph(painter, QRectF(area.left(), y, area.width(), 0),
                   (clv ? PrintPagesText::tr("The %1 touchpoints whose %2 carry the most customer lifetime value (%3, dataset “%4”), and the "
                                   "words their %2 use distinctly more often than every other customer (weighted log-odds with an "
                                   "informative prior, z ≥ 1.96), each with one customer's sentence as written. Personal data is masked.")
                        : PrintPagesText::tr("The %1 touchpoints with the most %2 (%3, dataset “%4”), and the words their %2 use distinctly more often "
                                   "than every other customer (weighted log-odds with an informative prior, z ≥ 1.96), each with one "
                                   "customer's sentence as written. Personal data is masked."))
                       .arg(locale.toString(touchpointsShown), low, metric.name(), (*dataset)->name),
                   font(9), quiet)
        + 10;
    if (worst.empty()) {
        paragraph(painter, QRectF(area.left(), y, area.width(), 0), PrintPagesText::tr("No touchpoint has %1.").arg(low), font(10), ink);
        return;
    }
    int rank = 0;
    for (const TouchpointComplaints &t : worst) {
        if (y > area.bottom() - 40)
            break;
        const QString title = cardTitle(journey, t.key);
        QString heading = PrintPagesText::tr("%1. %2 — %3 %4, %n with a comment", nullptr, int(t.comments))
                              .arg(locale.toString(++rank), title, locale.toString(t.lowAnswers), low);
        if (!t.clvAtRisk.empty())
            heading += PrintPagesText::tr("; lifetime value at risk %1").arg(formatAmounts(t.clvAtRisk));
        y += paragraph(painter, QRectF(area.left(), y, area.width(), 0), heading, font(10.5, true), ink) + 3;
        if (t.terms.empty()) {
            y += paragraph(painter, QRectF(area.left() + 12, y, area.width() - 12, 0),
                           t.comments == 0 ? PrintPagesText::tr("None of them left a comment.")
                                           : PrintPagesText::tr("No word stands out: their comments read like everyone else's."),
                           font(8.5), quiet)
                + 10;
            continue;
        }
        WrappingTable table;
        table.headers = {PrintPagesText::tr("They write"), PrintPagesText::tr("Times"), QStringLiteral("z"), PrintPagesText::tr("In their words")};
        table.numeric = {false, true, true, false};
        table.textWeights = {1, 0, 0, 3};
        QSet<QString> quoted; // one sentence per row: a second term's quote says something new
        for (const DistinctiveTerm &term : t.terms) {
            QString quote;
            for (const Quote &q : term.quotes)
                if (!quoted.contains(q.text)) {
                    quoted.insert(q.text);
                    quote = PrintPagesText::tr("“%1”").arg(q.text);
                    break;
                }
            if (quote.isEmpty() && !term.quotes.empty()) // every sentence with it is quoted above: say it again
                quote = PrintPagesText::tr("“%1”").arg(term.quotes.front().text);
            table.rows << QStringList{term.term, locale.toString(qint64(term.count)), locale.toString(term.z, 'f', 1), quote};
            table.boldRows << false;
        }
        y += table.paint(painter, QRectF(area.left() + 12, y, area.width() - 12, area.bottom() - y)) + 10;
    }
}

} // namespace waymark::VoicePage
