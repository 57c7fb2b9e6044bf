// Editing a journey that carries a million survey answers: what one card edit costs on the
// GUI thread (thread CPU time, so idle waits do not count), and opening that journey with
// every badge shown. The reference, in the same run, is the same window with the statistics
// cache emptied before each edit: every edit then recounts the answers, as before the cache.
#include "commands/editentity.h"
#include "format/journeyfiles.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "testjourneys.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace waymark;

namespace {

constexpr int runs = 9;

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The sample journey with `rows` NPS answers spread over its cards' data keys.
Journey journeyWithAnswers(std::size_t rows)
{
    Journey journey = test::sampleJourney();
    journey.datasets.clear();
    QStringList keys;
    for (const Touchpoint &card : journey.touchpoints)
        if (!card.dataKey.isEmpty())
            keys << card.dataKey;
    Dataset data;
    data.id = QUuid::createUuid();
    data.name = QStringLiteral("A million answers");
    AnswerTable &t = data.answers.edit();
    std::vector<quint32> keyIndex;
    for (const QString &key : keys)
        keyIndex.push_back(t.strings.add(key));
    const quint32 segments[] = {t.strings.add(QStringLiteral("Students")), t.strings.add(QStringLiteral("Families")),
                                t.strings.add(QStringLiteral("Business"))};
    QRandomGenerator random(42);
    const qint64 firstDay = QDate(2023, 1, 1).toJulianDay();
    t.reserve(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        t.score.push_back(double(random.bounded(11)));
        t.day.push_back(firstDay + random.bounded(730));
        t.touchpoint.push_back(keyIndex[random.bounded(int(keyIndex.size()))]);
        t.segment.push_back(segments[random.bounded(3)]);
        for (auto *column : {&t.respondent, &t.customer, &t.stage, &t.channel, &t.department, &t.location, &t.comment})
            column->push_back(0);
    }
    journey.datasets.emplace_back(std::move(data));
    return journey;
}

// GUI-thread CPU for one edit: the command, the signals it sends, and the deferred chart
// refresh (the data dock redraws 150 ms after the last edit), run to idle.
double editCost(MainWindow &window, const std::function<Touchpoint(Touchpoint)> &change, bool emptyCache)
{
    JourneyDocument *document = window.document();
    const Touchpoint before = document->journey().touchpoints[5];
    if (emptyCache)
        document->statistics().clear();
    const double start = threadCpuMs();
    document->push(new EditTouchpoint(document, change(before)));
    QCoreApplication::processEvents();
    QTest::qWait(250);
    return threadCpuMs() - start;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("million.waymark"));
    FormatError error;
    if (!writeJourneyFile(journeyWithAnswers(1'000'000), path, &error)) {
        std::fprintf(stderr, "could not write the journey: %s\n", qPrintable(error.toString()));
        return 1;
    }

    std::vector<double> reads;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto journey = readJourneyFile(path, &error);
        reads.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::vector<double> opens;
    for (int i = 0; i < 5; ++i) {
        MainWindow fresh;
        fresh.resize(1600, 1000);
        fresh.show();
        QElapsedTimer timer;
        timer.start();
        fresh.openFile(path);
        QCoreApplication::processEvents();
        opens.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    window.openFile(path);
    QTest::qWait(300);
    int edit = 0;
    const auto title = [&](Touchpoint card) { card.title = QStringLiteral("Edited %1").arg(++edit); return card; };
    const auto effort = [&](Touchpoint card) { card.effort.minutes = double(++edit % 90 + 1); return card; };
    const QString key = window.document()->journey().touchpoints[5].dataKey;
    const auto dataKey = [&](Touchpoint card) { card.dataKey = card.dataKey == key ? QStringLiteral("no-such-key") : key; return card; };

    // WAYMARK_PROFILE_TITLE_EDITS=N (or WAYMARK_PROFILE_KEY_EDITS=N): only N cached title (or
    // data key) edits, for a profiler (perf record -D).
    for (const auto &[variable, change] : {std::pair{"WAYMARK_PROFILE_TITLE_EDITS", std::function<Touchpoint(Touchpoint)>(title)},
                                           std::pair{"WAYMARK_PROFILE_KEY_EDITS", std::function<Touchpoint(Touchpoint)>(dataKey)}}) {
        if (const int profiled = qEnvironmentVariableIntValue(variable); profiled > 0) {
            std::fprintf(stderr, "profiling %d edits (%s)\n", profiled, variable);
            for (int i = 0; i < profiled; ++i)
                editCost(window, change, false);
            return 0;
        }
    }
    std::printf("1,000,000 NPS answers on the sample journey (%d runs, medians; GUI-thread CPU per edit)\n", runs);
    std::printf("read the journey file alone: %.0f ms wall (median of 5)\n", median(reads));
    std::printf("open the journey and show every badge: %.0f ms wall (median of 5)\n", median(opens));
    for (const auto &[name, change] : std::vector<std::pair<const char *, std::function<Touchpoint(Touchpoint)>>>{
             {"title", title}, {"effort", effort}, {"data key", dataKey}}) {
        std::vector<double> cached, recount;
        std::size_t counted = 0;
        for (int i = 0; i < runs; ++i) {
            const std::size_t before = window.document()->statistics().computations();
            cached.push_back(editCost(window, change, false));
            counted += window.document()->statistics().computations() - before;
            recount.push_back(editCost(window, change, true));
        }
        std::printf("  (%s edits, cached: %.1f groupings computed per edit)\n", name, double(counted) / runs);
        std::printf("edit a card's %-8s  cached %7.1f ms   recounting every time %7.1f ms   ratio %.3f\n", name, median(cached),
                    median(recount), median(cached) / median(recount));
    }
    return 0;
}
