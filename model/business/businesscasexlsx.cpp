#include "business/businesscasexlsx.h"

#include "business/businesscase.h"
#include "business/businesssettings.h"
#include "journey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <memory>

namespace waymark {

namespace {

struct BusinessCaseXlsxText {
    Q_DECLARE_TR_FUNCTIONS(BusinessCaseXlsx)
};

constexpr int maxYears = 10; // the settings' limit: one column per possible year

// "G", "AA": a 0-based column as Excel names it.
QString columnName(int column)
{
    QString name;
    for (++column; column > 0; column = (column - 1) / 26)
        name.prepend(QChar(u'A' + (column - 1) % 26));
    return name;
}

// A sheet reference as formulas need it; quoted, so a translated name with spaces works.
QString sheetRef(const QString &sheet)
{
    return u'\'' + QString(sheet).replace(QStringLiteral("'"), QStringLiteral("''")) + QStringLiteral("'!");
}

// Sheet names may not hold []:*?/\ and have at most 31 characters.
QString sheetName(QString name)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name)
        if (forbidden.contains(c))
            c = u'_';
    return name.left(31);
}

class Writer
{
public:
    explicit Writer(const QString &path) : mBook(workbook_new(QFile::encodeName(path).constData())) {}
    ~Writer()
    {
        if (mBook)
            workbook_close(mBook); // only after a failure: close() below clears it
    }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    bool ok() const { return mBook && mError == LXW_NO_ERROR; }
    lxw_workbook *book() const { return mBook; }
    lxw_worksheet *sheet(const QString &name) { return workbook_add_worksheet(mBook, name.toUtf8().constData()); }
    lxw_format *format(const char *numberFormat, bool bold = false)
    {
        lxw_format *f = workbook_add_format(mBook);
        if (numberFormat)
            format_set_num_format(f, numberFormat);
        if (bold)
            format_set_bold(f);
        return f;
    }
    void text(lxw_worksheet *ws, int row, int column, const QString &value, lxw_format *f = nullptr)
    {
        keep(worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(column), value.toUtf8().constData(), f));
    }
    void number(lxw_worksheet *ws, int row, int column, double value, lxw_format *f = nullptr)
    {
        keep(worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(column), value, f));
    }
    // A live formula that also carries Waymark's result.
    void formula(lxw_worksheet *ws, int row, int column, const QString &expression, double value, lxw_format *f = nullptr)
    {
        keep(worksheet_write_formula_num(ws, lxw_row_t(row), lxw_col_t(column), expression.toUtf8().constData(), f, value));
    }
    lxw_error close()
    {
        const lxw_error result = workbook_close(mBook);
        mBook = nullptr;
        return result;
    }
    lxw_error error() const { return mError; }

private:
    void keep(lxw_error e)
    {
        if (mError == LXW_NO_ERROR)
            mError = e;
    }
    lxw_workbook *mBook;
    lxw_error mError = LXW_NO_ERROR;
};

} // namespace

bool writeBusinessCaseXlsx(const BusinessCase &bc, const Journey &journey, const BusinessSettings &settings, const QString &path,
                           QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // libxlsxwriter writes to a file name: a temporary one, then copied whole into place.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(BusinessCaseXlsxText::tr("cannot create a temporary folder: %1").arg(scratch.errorString()));
    const QString temporary = scratch.filePath(QStringLiteral("case.xlsx"));
    {
        Writer w(temporary);
        if (!w.book())
            return fail(BusinessCaseXlsxText::tr("cannot create the workbook"));
        lxw_format *bold = w.format(nullptr, true);
        lxw_format *money = w.format("#,##0.00");
        lxw_format *moneyBold = w.format("#,##0.00", true);
        lxw_format *rate = w.format("0.0%");
        lxw_format *roi = w.format("0%");
        lxw_format *roiBold = w.format("0%", true);

        const QString inputsName = sheetName(BusinessCaseXlsxText::tr("Inputs"));
        const QString caseName = sheetName(BusinessCaseXlsxText::tr("Case"));
        lxw_worksheet *inputs = w.sheet(inputsName);
        lxw_worksheet *sheet = w.sheet(caseName);
        lxw_worksheet *explained = w.sheet(sheetName(BusinessCaseXlsxText::tr("Explanations")));
        if (!inputs || !sheet || !explained)
            return fail(BusinessCaseXlsxText::tr("cannot add the sheets"));
        const QString in = sheetRef(inputsName);

        // --- Inputs: settings ---
        worksheet_set_column(inputs, 0, 0, 34, nullptr);
        worksheet_set_column(inputs, 1, 9, 16, nullptr);
        w.text(inputs, 0, 0,
               bc.scenarioId.isNull() ? BusinessCaseXlsxText::tr("Business case: every opportunity") : BusinessCaseXlsxText::tr("Business case: %1").arg(bc.scenarioName), bold);
        w.text(inputs, 2, 0, BusinessCaseXlsxText::tr("Setting"), bold);
        w.text(inputs, 2, 1, BusinessCaseXlsxText::tr("Value"), bold);
        w.text(inputs, 3, 0, BusinessCaseXlsxText::tr("Currency"));
        w.text(inputs, 3, 1, bc.currency);
        w.text(inputs, 4, 0, BusinessCaseXlsxText::tr("Horizon (years, 1–10)"));
        w.number(inputs, 4, 1, bc.horizonYears);
        w.text(inputs, 5, 0, BusinessCaseXlsxText::tr("Discount rate"));
        w.number(inputs, 5, 1, bc.discountRate, rate);
        const QString horizonCell = in + QStringLiteral("$B$5");
        const QString rateCell = in + QStringLiteral("$B$6");
        w.text(inputs, 6, 0, BusinessCaseXlsxText::tr("Customers per year"));
        w.number(inputs, 6, 1, settings.customersPerYear);
        int row = 7;
        for (const Stage &stage : journey.stages)
            if (settings.customersPerYearByStage.contains(stage.id)) {
                w.text(inputs, row, 0, BusinessCaseXlsxText::tr("Customers per year — %1").arg(stage.name));
                w.number(inputs, row++, 1, settings.customersPerYearByStage.value(stage.id));
            }
        w.text(inputs, row, 0, BusinessCaseXlsxText::tr("Value of the customer's hour"));
        w.number(inputs, row++, 1, settings.hourValue, money);
        for (Channel channel : allChannels)
            if (settings.costPerContact.contains(channel)) {
                w.text(inputs, row, 0, BusinessCaseXlsxText::tr("Cost per contact — %1").arg(displayName(channel)));
                w.number(inputs, row++, 1, settings.contactCost(channel), money);
            }

        // --- Inputs: one row per opportunity ---
        const int header = row + 1;
        const QStringList headings{BusinessCaseXlsxText::tr("Opportunity"),           BusinessCaseXlsxText::tr("One-off cost"),           BusinessCaseXlsxText::tr("Running cost / year"),
                                   BusinessCaseXlsxText::tr("Months to deliver"),     BusinessCaseXlsxText::tr("Customer effort / year"), BusinessCaseXlsxText::tr("Cost to serve / year"),
                                   BusinessCaseXlsxText::tr("Retention / year"),      BusinessCaseXlsxText::tr("Benefits / year, low"),   BusinessCaseXlsxText::tr("Benefits / year, high")};
        for (int c = 0; c < int(headings.size()); ++c)
            w.text(inputs, header, c, headings[c], bold);
        const int first = header + 1; // 0-based row of the first opportunity
        for (std::size_t i = 0; i < bc.opportunities.size(); ++i) {
            const OpportunityCase &c = bc.opportunities[i];
            const Opportunity *source = journey.opportunity(c.opportunityId);
            const int r = first + int(i);
            w.text(inputs, r, 0, c.title);
            w.number(inputs, r, 1, c.oneOffCost, money);
            w.number(inputs, r, 2, c.runningCostPerYear, money);
            w.number(inputs, r, 3, source ? std::max(0, source->monthsToDeliver) : 0);
            w.number(inputs, r, 4, c.benefitsPerYear.customerEffort, money);
            w.number(inputs, r, 5, c.benefitsPerYear.costToServe, money);
            w.number(inputs, r, 6, c.benefitsPerYear.retention, money);
            w.number(inputs, r, 7, c.benefitsLow.total(), money);
            w.number(inputs, r, 8, c.benefitsHigh.total(), money);
        }

        // --- Case: formulas over the inputs ---
        worksheet_set_column(sheet, 0, 0, 34, nullptr);
        worksheet_set_column(sheet, 1, 5 + 2 * maxYears, 14, nullptr);
        const int firstYear = 6, firstRunning = firstYear + maxYears;
        QStringList caseHeadings{BusinessCaseXlsxText::tr("Opportunity"), BusinessCaseXlsxText::tr("NPV"), BusinessCaseXlsxText::tr("NPV, low"), BusinessCaseXlsxText::tr("NPV, high"), BusinessCaseXlsxText::tr("ROI"), BusinessCaseXlsxText::tr("Payback (months)")};
        for (int y = 1; y <= maxYears; ++y)
            caseHeadings << BusinessCaseXlsxText::tr("Year %1: net, discounted").arg(y);
        for (int y = 1; y <= maxYears; ++y)
            caseHeadings << BusinessCaseXlsxText::tr("Year %1: running cost, discounted").arg(y);
        for (int c = 0; c < int(caseHeadings.size()); ++c)
            w.text(sheet, 0, c, caseHeadings[c], bold);
        worksheet_freeze_panes(sheet, 1, 1);

        const auto rowOf = [](int zeroBased) { return QString::number(zeroBased + 1); };
        const auto range = [&](int r, int from, int to) {
            return columnName(from) + rowOf(r) + u':' + columnName(to) + rowOf(r);
        };
        for (std::size_t i = 0; i < bc.opportunities.size(); ++i) {
            const OpportunityCase &c = bc.opportunities[i];
            const int r = 1 + int(i);
            const QString ir = rowOf(first + int(i)); // the opportunity's row in Inputs
            const auto input = [&](const char *column) { return in + u'$' + QLatin1String(column) + u'$' + ir; };
            // The share of year y after delivery, and the year's discounting.
            const auto share = [&](int y) { return QStringLiteral("MAX(0,MIN(12,12*%1-%2))/12").arg(y).arg(input("D")); };
            const auto discount = [&](int y) { return QStringLiteral("(1+%1)^%2").arg(rateCell).arg(y); };
            const auto term = [&](int y, const QString &perYear) {
                return QStringLiteral("IF(%1>%2,0,%3*(%4)/%5)").arg(y).arg(horizonCell, share(y), perYear, discount(y));
            };
            w.text(sheet, r, 0, c.title);
            QString low, high;
            for (int y = 1; y <= maxYears; ++y) {
                const YearFlow *flow = y <= int(c.years.size()) ? &c.years[std::size_t(y - 1)] : nullptr;
                w.formula(sheet, r, firstYear + y - 1,
                          u'=' + term(y, QStringLiteral("%1+%2+%3-%4").arg(input("E"), input("F"), input("G"), input("C"))),
                          flow ? flow->net * flow->discountFactor : 0.0, money);
                w.formula(sheet, r, firstRunning + y - 1, u'=' + term(y, input("C")),
                          flow ? flow->runningCost * flow->discountFactor : 0.0, money);
                low += u'+' + term(y, input("H") + u'-' + input("C"));
                high += u'+' + term(y, input("I") + u'-' + input("C"));
            }
            w.formula(sheet, r, 1, QStringLiteral("=-%1+SUM(%2)").arg(input("B"), range(r, firstYear, firstYear + maxYears - 1)), c.npv, money);
            w.formula(sheet, r, 2, QStringLiteral("=-%1%2").arg(input("B"), low), c.npvLow, money);
            w.formula(sheet, r, 3, QStringLiteral("=-%1%2").arg(input("B"), high), c.npvHigh, money);
            const QString invested = QStringLiteral("(%1+SUM(%2))").arg(input("B"), range(r, firstRunning, firstRunning + maxYears - 1));
            w.formula(sheet, r, 4, QStringLiteral("=IF(%1>0,B%2/%1,0)").arg(invested, rowOf(r)), c.roi, roi);
            if (c.paybackMonths)
                w.number(sheet, r, 5, *c.paybackMonths);
            else
                w.text(sheet, r, 5, BusinessCaseXlsxText::tr("not within the horizon"));
        }
        // The total: sums of the rows above; its ROI from the summed parts, not a sum of ROIs.
        const int t = 1 + int(bc.opportunities.size());
        const OpportunityCase &total = bc.total;
        w.text(sheet, t, 0, total.title, bold);
        const auto sumAbove = [&](int column) {
            return bc.opportunities.empty() ? QStringLiteral("=0")
                                            : QStringLiteral("=SUM(%1%2:%1%3)").arg(columnName(column), rowOf(1), rowOf(t - 1));
        };
        w.formula(sheet, t, 1, sumAbove(1), total.npv, moneyBold);
        w.formula(sheet, t, 2, sumAbove(2), total.npvLow, moneyBold);
        w.formula(sheet, t, 3, sumAbove(3), total.npvHigh, moneyBold);
        for (int y = 1; y <= maxYears; ++y) {
            const YearFlow *flow = y <= int(total.years.size()) ? &total.years[std::size_t(y - 1)] : nullptr;
            w.formula(sheet, t, firstYear + y - 1, sumAbove(firstYear + y - 1), flow ? flow->net * flow->discountFactor : 0.0, moneyBold);
            w.formula(sheet, t, firstRunning + y - 1, sumAbove(firstRunning + y - 1),
                      flow ? flow->runningCost * flow->discountFactor : 0.0, moneyBold);
        }
        const QString costs = bc.opportunities.empty()
                                  ? QStringLiteral("0")
                                  : QStringLiteral("SUM(%1B%2:B%3)").arg(in, rowOf(first), rowOf(first + int(bc.opportunities.size()) - 1));
        const QString invested = QStringLiteral("(%1+SUM(%2))").arg(costs, range(t, firstRunning, firstRunning + maxYears - 1));
        w.formula(sheet, t, 4, QStringLiteral("=IF(%1>0,B%2/%1,0)").arg(invested, rowOf(t)), total.roi, roiBold);
        if (total.paybackMonths)
            w.number(sheet, t, 5, *total.paybackMonths);
        else
            w.text(sheet, t, 5, BusinessCaseXlsxText::tr("not within the horizon"));
        int note = t + 2;
        for (const QString &problem : bc.problems)
            w.text(sheet, note++, 0, problem);

        // --- Explanations ---
        worksheet_set_column(explained, 0, 0, 44, nullptr);
        worksheet_set_column(explained, 1, 2, 60, nullptr);
        worksheet_set_column(explained, 3, 3, 16, nullptr);
        const QStringList explainHeadings{BusinessCaseXlsxText::tr("Figure"), BusinessCaseXlsxText::tr("Formula"), BusinessCaseXlsxText::tr("Inputs"), BusinessCaseXlsxText::tr("Value")};
        for (int c = 0; c < int(explainHeadings.size()); ++c)
            w.text(explained, 0, c, explainHeadings[c], bold);
        int line = 1;
        const auto explain = [&](const OpportunityCase &c) {
            for (const Explanation &x : c.explanations) {
                QStringList parts;
                for (const auto &[name, value] : x.inputs)
                    parts << name + QStringLiteral(": ") + value;
                w.text(explained, line, 0, x.figure);
                w.text(explained, line, 1, x.formula);
                w.text(explained, line, 2, parts.join(QStringLiteral("; ")));
                w.number(explained, line++, 3, x.value);
            }
        };
        for (const OpportunityCase &c : bc.opportunities)
            explain(c);
        explain(total);

        if (!w.ok())
            return fail(BusinessCaseXlsxText::tr("cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(w.error()))));
        const lxw_error closed = w.close();
        if (closed != LXW_NO_ERROR)
            return fail(BusinessCaseXlsxText::tr("cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(closed))));
    }
    QFile written(temporary);
    if (!written.open(QIODevice::ReadOnly))
        return fail(written.errorString());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(written.readAll()) < 0 || !out.commit())
        return fail(BusinessCaseXlsxText::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
    return true;
}

} // namespace waymark
