// Lifetime value models at scale: BG/NBD and Pareto/NBD fitted on CDNOW_master (23,570
// customers, goal ≤ 1 s for both), side by side with SciPy fitting the same BG/NBD
// likelihood (scipy_bgnbd.py, same summary, same start) as a ratio; then 1,000,000 simulated
// customers, drawn as summaries and as dated transactions, summarised and fitted (goal ≤ 10 s,
// < 500 MB).
// Needs ../shared/data/clv and python3-scipy (packaging/install-deps.sh --bench).
#include "benchtiming.h"
#include "clv/bgnbd.h"
#include "clv/customersummary.h"
#include "clv/paretonbd.h"
#include "clv/rfmdata.h"
#include "clv/simulation.h"
#include "clv/transactions.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <random>
#include <vector>
#include <sys/resource.h>

using namespace waymark;
using namespace waymark::clv;

namespace {

// Process CPU time (the fits are single-threaded): on a shared 2-core machine wall time
// measures the neighbours as much as the code.
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double medianCpuMs(const std::function<void()> &work)
{
    work();
    std::vector<double> times;
    for (int i = 0; i < bench::runs; ++i) {
        const double start = cpuMs();
        work();
        times.push_back(cpuMs() - start);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// A cohort of `customers` drawn from BG/NBD (weeks), acquired over 12 weeks from 2024-01-01
// and watched to 2025-06-30, as dated transactions (purchase times rounded down to days;
// two on one day merge, as in any real summary) with Gamma-distributed amounts.
TransactionFile simulatedTransactions(const BgNbdParameters &p, int customers, unsigned seed)
{
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::gamma_distribution<double> rates(p.r, 1.0 / p.alpha);
    std::gamma_distribution<double> amounts(6.0, 6.0);
    const qint64 firstDay = QDate(2024, 1, 1).toJulianDay();
    const qint64 lastDay = QDate(2025, 6, 30).toJulianDay();
    TransactionFile file;
    file.transactions.reserve(std::size_t(customers) * 4);
    for (int c = 0; c < customers; ++c) {
        std::gamma_distribution<double> shareA(p.a, 1.0), shareB(p.b, 1.0);
        const double x = shareA(random), y = shareB(random);
        const double dropOut = x / (x + y); // Beta(a, b)
        const double rate = rates(random);
        const qint64 start = firstDay + qint64(uniform(random) * 84);
        file.transactions.push_back({c, start, amounts(random), 1.0, 0});
        std::exponential_distribution<double> gap(rate);
        // Rates from Gamma(r < 1) can be tiny: compare in days before converting to an integer.
        for (double weeks = gap(random);; weeks += gap(random)) {
            if (!(weeks * 7.0 <= double(lastDay - start)))
                break;
            const qint64 day = start + qint64(weeks * 7.0);
            file.transactions.push_back({c, day, amounts(random), 1.0, 0});
            if (uniform(random) < dropOut)
                break;
        }
    }
    file.customerIds.reserve(customers);
    for (int c = 0; c < customers; ++c)
        file.customerIds << QString::number(c);
    return file;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // lines as they come, also into a file
    const QString path = QStringLiteral(WAYMARK_SHARED_DATA_DIR "/clv/CDNOW_master.txt");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::printf("bench_clvmodel: %s is not here; nothing to measure.\n", qPrintable(path));
        return 1;
    }
    const QByteArray bytes = file.readAll();
    const SummaryOptions options{QDate(1997, 9, 30).toJulianDay(), TimeUnit::Weeks, false};

    TransactionSummary summary;
    const double readMs = medianCpuMs([&] { summary = summariseTransactions(readTransactions(bytes), options); });
    const RfmData data = RfmData::fromSummaries(summary.customers);
    BgNbdFit bgnbd;
    ParetoNbdFit pareto;
    const double bgMs = medianCpuMs([&] { bgnbd = fitBgNbd(data); });
    const double paretoMs = medianCpuMs([&] { pareto = fitParetoNbd(data); });
    std::printf("CDNOW_master: %zu customers (%zu distinct x, t_x, T), calibration to 1997-09-30, weeks; CPU time, median of %d runs\n",
                summary.customers.size(), data.groups.size(), bench::runs);
    std::printf("  read + summarise 69,659 rows      %8.1f ms\n", readMs);
    std::printf("  BG/NBD fit                        %8.1f ms   r %.4f alpha %.4f a %.4f b %.4f  LL %.2f  (%d iterations)\n", bgMs,
                bgnbd.parameters.r, bgnbd.parameters.alpha, bgnbd.parameters.a, bgnbd.parameters.b, bgnbd.logLikelihood, bgnbd.iterations);
    std::printf("  Pareto/NBD fit                    %8.1f ms   r %.4f alpha %.4f s %.4f beta %.4f  LL %.2f  (%d iterations)\n", paretoMs,
                pareto.parameters.r, pareto.parameters.alpha, pareto.parameters.s, pareto.parameters.beta, pareto.logLikelihood,
                pareto.iterations);
    std::printf("  both fits                         %8.1f ms   goal <= 1000 ms: %s\n", bgMs + paretoMs, bgMs + paretoMs <= 1000 ? "met" : "NOT met");

    // SciPy on the same summary (x, t_x, T per customer), timed inside Python: the fit only.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("summary.csv"));
    QFile out(csv);
    if (out.open(QIODevice::WriteOnly)) {
        out.write("x,t_x,T\n");
        for (const CustomerSummary &c : summary.customers)
            out.write(QByteArray::number(c.x) + ',' + QByteArray::number(c.tx, 'g', 17) + ',' + QByteArray::number(c.T, 'g', 17) + '\n');
        out.close();
    }
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(WAYMARK_BENCH_DIR "/scipy_bgnbd.py"), csv, QString::number(bench::runs)});
    if (!python.waitForFinished(600000) || python.exitCode() != 0) {
        std::printf("  SciPy reference: could not run (%s); install python3-scipy (packaging/install-deps.sh --bench)\n",
                    qPrintable(QString::fromUtf8(python.readAllStandardError()).trimmed()));
    } else {
        const QList<QByteArray> fields = python.readAllStandardOutput().trimmed().split(' ');
        const double scipyMs = fields.value(0).toDouble();
        std::printf("  SciPy BG/NBD fit (Nelder-Mead)    %8.1f ms   %s\n", scipyMs, fields.mid(1).join(' ').constData());
        std::printf("  ratio Waymark / SciPy             %8.3f\n", bgMs / scipyMs);
    }

    // A million customers drawn from CDNOW's BG/NBD, observed 26..78 weeks, fitted from
    // scratch. Times are rounded to whole days, as a summary of dated transactions has them.
    {
        double start = cpuMs();
        std::vector<RfmGroup> customers = simulateBgNbd(bgnbd.parameters, 1'000'000, 42, 26.0, 78.0);
        for (RfmGroup &c : customers) {
            c.T = std::floor(c.T * 7.0) / 7.0;
            c.tx = std::min(std::floor(c.tx * 7.0) / 7.0, c.T);
        }
        const RfmData simulated = RfmData::fromTriples(customers);
        const double simulateMs = cpuMs() - start;
        start = cpuMs();
        const BgNbdFit fit = fitBgNbd(simulated);
        const double fitMs = cpuMs() - start;
        std::printf("1,000,000 simulated customers (%zu distinct x, t_x, T): draw and group %.0f ms, BG/NBD fit %.0f ms (%d iterations, r %.4f alpha %.4f a %.4f b %.4f); peak memory %.0f MiB\n",
                    simulated.groups.size(), simulateMs, fitMs, fit.iterations, fit.parameters.r, fit.parameters.alpha, fit.parameters.a, fit.parameters.b, peakMiB());
    }

    // The same million as dated transactions: summarised (calibration to 2024-12-31), then fitted.
    {
        double start = cpuMs();
        const TransactionFile transactions = simulatedTransactions(bgnbd.parameters, 1'000'000, 7);
        const double drawMs = cpuMs() - start;
        start = cpuMs();
        const TransactionSummary millions = summariseTransactions(transactions, {QDate(2024, 12, 31).toJulianDay(), TimeUnit::Weeks, false});
        const RfmData grouped = RfmData::fromSummaries(millions.customers);
        const double summaryMs = cpuMs() - start;
        start = cpuMs();
        const BgNbdFit fit = fitBgNbd(grouped);
        const double fitMs = cpuMs() - start;
        std::printf("1,000,000 simulated customers as %zu dated transactions: draw %.0f ms; summarise and group %.0f ms (%zu distinct x, t_x, T); "
                    "BG/NBD fit %.0f ms (r %.4f alpha %.4f a %.4f b %.4f); summarise + fit %.0f ms; peak memory %.0f MiB\n",
                    transactions.transactions.size(), drawMs, summaryMs, grouped.groups.size(), fitMs, fit.parameters.r, fit.parameters.alpha,
                    fit.parameters.a, fit.parameters.b, summaryMs + fitMs, peakMiB());
    }
    return 0;
}
