#include "opportunitypage.h"

#include "business/businesscase.h"
#include "journey.h"
#include "printtext.h"
#include "wrappingtable.h"
#include "print/printpagestext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace waymark::OpportunityPage {

namespace {


using namespace PrintText;

} // namespace

void paint(QPainter &painter, const QRectF &area, const Journey &journey, const BusinessCase &b, const OpportunityCase &c, int rank)
{
    const Opportunity *opportunity = journey.opportunity(c.opportunityId);
    const QString currency = b.currency;
    double y = area.top();
    y += paragraph(painter, QRectF(area.left(), y, area.width(), 0), PrintPagesText::tr("%1. %2").arg(rank).arg(c.title), font(15, true), ink) + 4;
    if (opportunity) {
        QStringList facts{displayName(opportunity->type), displayName(opportunity->status),
                          PrintPagesText::tr("confidence: %1").arg(displayName(opportunity->confidence).toLower()),
                          PrintPagesText::tr("delivered in %n month(s)", nullptr, opportunity->monthsToDeliver)};
        if (const Department *owner = journey.department(opportunity->ownerDepartmentId))
            facts.prepend(PrintPagesText::tr("owner: %1").arg(owner->name));
        y += paragraph(painter, QRectF(area.left(), y, area.width(), 0), facts.join(QStringLiteral("  ·  ")), font(9), quiet) + 4;
        if (!opportunity->description.isEmpty())
            y += paragraph(painter, QRectF(area.left(), y, area.width(), 0), opportunity->description, font(9.5), ink) + 4;
        if (!opportunity->evidence.isEmpty())
            y += paragraph(painter, QRectF(area.left(), y, area.width(), 0), PrintPagesText::tr("Evidence: %1").arg(opportunity->evidence), font(8.5), quiet) + 4;
    }
    y += 6;

    // Left: the value per year by line and the flows; right: how the numbers are made.
    const double gap = 18;
    const QRectF left(area.left(), y, area.width() * 0.5 - gap / 2, area.bottom() - y);
    const QRectF right(left.right() + gap, y, area.right() - left.right() - gap, area.bottom() - y);

    double ly = left.top();
    ly += paragraph(painter, QRectF(left.left(), ly, left.width(), 0), PrintPagesText::tr("Value per year at full run rate"), font(11, true), ink) + 4;
    WrappingTable lines;
    lines.headers = {PrintPagesText::tr("Line"), PrintPagesText::tr("Expected"), PrintPagesText::tr("Low"), PrintPagesText::tr("High")};
    lines.numeric = {false, true, true, true};
    lines.textWeights = {1, 0, 0, 0};
    const auto line = [&](const QString &name, double expected, double low, double high) {
        lines.rows << QStringList{name, money(expected, currency), money(low, currency), money(high, currency)};
        lines.boldRows << false;
    };
    line(PrintPagesText::tr("Customer time and money saved"), c.benefitsPerYear.customerEffort, c.benefitsLow.customerEffort, c.benefitsHigh.customerEffort);
    line(PrintPagesText::tr("Cost to serve saved"), c.benefitsPerYear.costToServe, c.benefitsLow.costToServe, c.benefitsHigh.costToServe);
    line(PrintPagesText::tr("Retention value"), c.benefitsPerYear.retention, c.benefitsLow.retention, c.benefitsHigh.retention);
    line(PrintPagesText::tr("Total"), c.benefitsPerYear.total(), c.benefitsLow.total(), c.benefitsHigh.total());
    lines.boldRows.last() = true;
    ly += lines.paint(painter, QRectF(left.left(), ly, left.width(), left.bottom() - ly)) + 12;

    ly += paragraph(painter, QRectF(left.left(), ly, left.width(), 0), PrintPagesText::tr("Cash flows"), font(11, true), ink) + 4;
    WrappingTable flows;
    flows.headers = {PrintPagesText::tr("Year"), PrintPagesText::tr("Benefits"), PrintPagesText::tr("Running cost"), PrintPagesText::tr("Net"), PrintPagesText::tr("Discounted")};
    flows.numeric = {true, true, true, true, true};
    flows.rows << QStringList{QStringLiteral("0"), QString(), money(c.oneOffCost, currency), money(-c.oneOffCost, currency), money(-c.oneOffCost, currency)};
    flows.boldRows << false;
    for (const YearFlow &year : c.years) {
        flows.rows << QStringList{QString::number(year.year), money(year.benefits, currency), money(year.runningCost, currency),
                                  money(year.net, currency), money(year.net * year.discountFactor, currency)};
        flows.boldRows << false;
    }
    ly += flows.paint(painter, QRectF(left.left(), ly, left.width(), left.bottom() - ly)) + 10;

    const QLocale locale;
    const QStringList verdict{
        PrintPagesText::tr("NPV %1 (range %2 to %3)").arg(money(c.npv, currency), money(c.npvLow, currency), money(c.npvHigh, currency)),
        PrintPagesText::tr("ROI %1 %").arg(locale.toString(c.roi * 100, 'f', 0)),
        c.paybackMonths ? PrintPagesText::tr("pays back in month %1").arg(*c.paybackMonths) : PrintPagesText::tr("does not pay back within %n year(s)", nullptr, b.horizonYears)};
    ly += paragraph(painter, QRectF(left.left(), ly, left.width(), 0), verdict.join(QStringLiteral("  ·  ")), font(10, true), ink) + 6;
    ly += paragraph(painter, QRectF(left.left(), ly, left.width(), 0),
                    PrintPagesText::tr("Over %n year(s) at a %1 % discount rate; benefits start after delivery.", nullptr, b.horizonYears)
                        .arg(locale.toString(b.discountRate * 100, 'f', 1)),
                    font(8), quiet) + 4;
    if (!c.problems.isEmpty() && ly < left.bottom() - 20)
        paragraph(painter, QRectF(left.left(), ly, left.width(), left.bottom() - ly), PrintPagesText::tr("Left out: %1").arg(c.problems.join(QStringLiteral("; "))),
                  font(7.5), quiet);

    double ry = right.top();
    ry += paragraph(painter, QRectF(right.left(), ry, right.width(), 0), PrintPagesText::tr("How these numbers are made"), font(11, true), ink) + 4;
    for (std::size_t i = 0; i < c.explanations.size(); ++i) {
        const Explanation &e = c.explanations[i];
        QStringList inputs;
        for (const auto &[name, value] : e.inputs)
            inputs << QStringLiteral("%1 = %2").arg(name, value);
        const QString text = QStringLiteral("%1: %2 = %3\n%4").arg(e.figure, e.formula, money(e.value, currency), inputs.join(QStringLiteral(", ")));
        const QFontMetricsF metrics(font(8), painter.device());
        const double needed = metrics.boundingRect(QRectF(0, 0, right.width(), 1e6), Qt::TextWordWrap, text).height();
        if (ry + needed > right.bottom()) {
            paragraph(painter, QRectF(right.left(), ry, right.width(), 0),
                      PrintPagesText::tr("… %n more figure(s): see the business case workbook (waymark business-case --format xlsx)", nullptr,
                               int(c.explanations.size() - i)),
                      font(8), quiet);
            break;
        }
        ry += paragraph(painter, QRectF(right.left(), ry, right.width(), 0), text, font(8), ink) + 5;
    }
}

} // namespace waymark::OpportunityPage
