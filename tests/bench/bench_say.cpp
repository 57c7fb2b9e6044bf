// "What customers say" at scale (issue 16): the distinctive terms of every touchpoint's
// detractors against all other comments, over 1,000,000 answers of which 250,000 carry a
// comment, generated deterministically in six languages. Goal: ≤ 2 s, peak memory < 400 MB.
// Prints the median of five runs of each step and the process's peak resident set.
#include "data/metrics/metric.h"
#include "text/commentanalysis.h"
#include "text/commentcorpus.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>

#include <sys/resource.h>

#include <algorithm>
#include <ctime>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <vector>

using namespace waymark;

namespace {

constexpr std::size_t answers = 1'000'000;
constexpr std::size_t commentEvery = 4; // 250,000 comments
constexpr int touchpoints = 40;
constexpr int defaultRuns = 5;

// Words people use in each language, then a long tail of made-up words in the same script,
// drawn log-uniformly (roughly Zipf): real comments have tens of thousands of word types, and
// the hash tables must meet them.
struct Language {
    std::vector<QString> common;
    std::vector<QString> stop;
    QString syllables; // letters the tail's words are built from
    bool hangul = false;
};

std::vector<QString> words(const char *spaceSeparated)
{
    std::vector<QString> list;
    for (const QString &w : QString::fromUtf8(spaceSeparated).split(u' ', Qt::SkipEmptyParts))
        list.push_back(w);
    return list;
}

std::vector<Language> languages()
{
    return {
        {words("queue wait waited long slow app login card branch staff rude friendly helpful quick fee fees transfer "
               "account support chat call hold minutes hours closed broken error crashed password code confusing easy "
               "form document signature manager advisor online mobile payment limit refund delay"),
         words("the a and was it to of in is i my at for not but they"), QStringLiteral("bdfgklmnprstvz"), false},
        {words("очередь ждать ждал долго медленно приложение вход карта отделение сотрудник грубый вежливый быстро "
               "комиссия перевод счет поддержка чат звонок минут часов закрыто ошибка пароль код непонятно удобно "
               "анкета документ подпись менеджер онлайн платеж лимит возврат задержка"),
         words("и в не я на что было очень это меня мне так"), QStringLiteral("бвгдзклмнпрст"), false},
        {words("черга чекати довго повільно застосунок вхід картка відділення працівник грубий ввічливий швидко "
               "комісія переказ рахунок підтримка дзвінок хвилин годин зачинено помилка пароль код незрозуміло зручно "
               "анкета документ підпис менеджер платіж ліміт повернення затримка"),
         words("і в не я на що було дуже це мене мені так"), QStringLiteral("бвгдзклмнпрст"), false},
        {words("чекање ред дуго споро апликација пријава картица филијала службеник нељубазан љубазан брзо провизија "
               "пренос рачун подршка позив минута сати затворено грешка лозинка код нејасно једноставно образац документ "
               "потпис менаџер уплата лимит поврат кашњење"),
         words("и у је не сам да на било то ми ме јер"), QStringLiteral("бвгдзклмнпрстјћђ"), false},
        {words("čekanje red dugo sporo aplikacija prijava kartica filijala službenik neljubazan ljubazan brzo provizija "
               "prenos račun podrška poziv minuta sati zatvoreno greška lozinka kod nejasno jednostavno obrazac dokument "
               "potpis menadžer uplata limit povrat kašnjenje"),
         words("i u je ne sam da na bilo to mi me jer"), QStringLiteral("bvgdzklmnprstčćšž"), false},
        {words("대기 시간이 길어요 느려요 앱이 로그인 카드를 지점에서 직원이 불친절 친절해요 빨라요 수수료 이체 계좌 "
               "상담 전화 분 시간 오류 비밀번호 인증번호 복잡해요 편해요 서류 서명 한도 환불 지연"),
         words("그리고 너무 정말 좀 더 그래서 하지만 또"), QString(), true},
    };
}

class CommentMaker
{
public:
    explicit CommentMaker(std::mt19937 &random) : mRandom(random), mLanguages(languages())
    {
        for (Language &language : mLanguages)
            mTails.push_back(makeTail(language, 12'000));
    }

    // A comment of one to three sentences; detractors at touchpoints 0–9 complain about a
    // word of their own (index = touchpoint), so there are real differences to find.
    QString comment(int touchpoint, bool detractor)
    {
        const std::size_t l = pick(mLanguages.size());
        const Language &language = mLanguages[l];
        const int sentences = 1 + int(pick(3));
        QString text;
        for (int s = 0; s < sentences; ++s) {
            const int length = 4 + int(pick(9));
            QString sentence;
            for (int w = 0; w < length; ++w) {
                const std::size_t kind = pick(10);
                QString word;
                if (kind < 3)
                    word = language.stop[pick(language.stop.size())];
                else if (kind < 7)
                    word = language.common[pick(language.common.size())];
                else
                    word = zipf(mTails[l]);
                if (w == 0 && !language.hangul)
                    word[0] = word[0].toUpper();
                sentence += (w ? QStringLiteral(" ") : QString()) + word;
            }
            if (detractor && touchpoint < 10 && s == 0)
                sentence += u' ' + language.common[std::size_t(touchpoint) % language.common.size()];
            text += (s ? QStringLiteral(" ") : QString()) + sentence + (pick(5) == 0 ? QStringLiteral("!") : QStringLiteral("."));
        }
        if (pick(200) == 0)
            text += QStringLiteral(" Call me: +7 912 555-12-34.");
        return text;
    }

private:
    std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(mRandom); }

    QString zipf(const std::vector<QString> &tail)
    {
        const double u = std::uniform_real_distribution<double>(0, 1)(mRandom);
        return tail[std::min(tail.size() - 1, std::size_t(std::exp(u * std::log(double(tail.size())))))];
    }

    std::vector<QString> makeTail(const Language &language, std::size_t count)
    {
        std::vector<QString> tail;
        const bool latin = !language.hangul && language.syllables.front().script() == QChar::Script_Latin;
        const QString vowels = latin ? QStringLiteral("aeiou") : QStringLiteral("аеиоу");
        for (std::size_t i = 0; i < count; ++i) {
            QString word;
            const int syllables = 2 + int(pick(3));
            for (int s = 0; s < syllables; ++s) {
                if (language.hangul) {
                    word += QChar(char16_t(0xAC00 + pick(11172)));
                } else {
                    word += language.syllables[qsizetype(pick(std::size_t(language.syllables.size())))];
                    word += vowels[qsizetype(pick(5))];
                }
            }
            tail.push_back(word);
        }
        return tail;
    }

    std::mt19937 &mRandom;
    std::vector<Language> mLanguages;
    std::vector<std::vector<QString>> mTails;
};

AnswerTable makeAnswers()
{
    std::mt19937 random(16);
    CommentMaker maker(random);
    AnswerTable t;
    t.reserve(answers);
    std::vector<quint32> keys;
    for (int k = 0; k < touchpoints; ++k)
        keys.push_back(t.strings.add(QStringLiteral("tp-%1").arg(k, 2, 10, QLatin1Char('0'))));
    const qint64 firstDay = QDate(2025, 1, 1).toJulianDay();
    for (std::size_t i = 0; i < answers; ++i) {
        const int touchpoint = int(random() % touchpoints);
        const double score = double(random() % 11);
        t.score.push_back(score);
        t.day.push_back(firstDay + qint64(random() % 730));
        t.touchpoint.push_back(keys[std::size_t(touchpoint)]);
        for (auto *column : {&t.respondent, &t.customer, &t.segment, &t.stage, &t.channel, &t.department, &t.location})
            column->push_back(0);
        t.comment.push_back(i % commentEvery == 0 ? t.strings.append(maker.comment(touchpoint, score <= 6)) : 0);
    }
    return t;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double cpuMs(clockid_t clock = CLOCK_PROCESS_CPUTIME_ID)
{
    timespec now{};
    clock_gettime(clock, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

// The same answers as a CSV file, for `waymark say FILE` end to end and for reference tools.
bool writeCsv(const AnswerTable &t, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray out = "respondent,date,touchpoint,score,comment\n";
    for (std::size_t row = 0; row < t.size(); ++row) {
        out += 'r' + QByteArray::number(qulonglong(row)) + ',' + dateOf(t.day[row]).toString(Qt::ISODate).toUtf8() + ','
            + t.strings.at(t.touchpoint[row]).toUtf8() + ',' + QByteArray::number(t.score[row]) + ',';
        if (t.comment[row] != 0)
            out += '"' + t.strings.at(t.comment[row]).toUtf8().replace('"', "\"\"") + '"';
        out += '\n';
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    return file.write(out) == out.size() && file.flush();
}

int main(int argc, char **argv)
{
    // `waymark_bench_say N`: N runs instead of five (profiling); `waymark_bench_say --csv FILE`
    // writes the generated answers and stops.
    if (argc > 2 && std::strcmp(argv[1], "--csv") == 0) {
        const bool written = writeCsv(makeAnswers(), QString::fromLocal8Bit(argv[2]));
        std::printf(written ? "wrote %s\n" : "could not write %s\n", argv[2]);
        return written ? 0 : 1;
    }
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : defaultRuns;
    QElapsedTimer timer;
    timer.start();
    const AnswerTable table = makeAnswers();
    std::size_t characters = 0, commented = 0;
    for (quint32 c : table.comment) {
        if (c != 0) {
            characters += std::size_t(table.strings.at(c).size());
            ++commented;
        }
    }
    std::printf("generated %zu answers, %zu comments (%.0f characters on average) in %.1f s; peak so far %.0f MiB\n", table.size(),
                commented, double(characters) / double(commented), double(timer.elapsed()) / 1000.0, peakMiB());

    const Metric &nps = *metricByKey(QStringLiteral("nps"));
    std::vector<double> corpusMs, termsMs, totalMs, cpu, mainThread;
    std::size_t termTypes = 0, groups = 0, reported = 0;
    for (int run = 0; run < runs; ++run) {
        const double cpuBefore = cpuMs();
        const double threadBefore = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        timer.restart();
        const CommentCorpus corpus = CommentCorpus::build(table);
        const double afterCorpus = double(timer.nsecsElapsed()) / 1e6;
        const std::vector<CommentGroup> result = distinctiveTerms(table, corpus, nps, SayRequest());
        const double total = double(timer.nsecsElapsed()) / 1e6;
        corpusMs.push_back(afterCorpus);
        termsMs.push_back(total - afterCorpus);
        totalMs.push_back(total);
        cpu.push_back(cpuMs() - cpuBefore);
        mainThread.push_back(cpuMs(CLOCK_THREAD_CPUTIME_ID) - threadBefore);
        termTypes = corpus.termCount();
        groups = result.size();
        reported = 0;
        for (const CommentGroup &group : result)
            reported += group.terms.size();
    }
    std::printf("terms (words and two-word phrases): %zu; touchpoints: %zu; terms reported: %zu\n", termTypes, groups, reported);
    std::printf("tokenise and intern every comment:      %8.0f ms (median of %d)\n", median(corpusMs), runs);
    std::printf("log-odds for every touchpoint + quotes: %8.0f ms\n", median(termsMs));
    std::printf("total:                                  %8.0f ms   goal <= 2000 ms\n", median(totalMs));
    std::printf("CPU time of the total (both threads):   %8.0f ms\n", median(cpu));
    // The main thread tokenises its half, waits for the other, merges and does the rest: its
    // CPU time is the wall time on a machine where both threads get a core of their own.
    std::printf("CPU time of the main thread:            %8.0f ms   (the wall time on an idle machine)\n", median(mainThread));
    std::printf("peak resident set: %.0f MiB (%.0f MB)   goal < 400 MB\n", peakMiB(), peakMiB() * 1.048576);
    return 0;
}
