// Distinctive terms per group and category, quotes that are whole sentences with personal
// data masked, and comment search, on a small table built by hand.
#include "data/metrics/metric.h"
#include "journey.h"
#include "testjourneys.h"
#include "text/commentanalysis.h"
#include "text/commentcorpus.h"
#include "text/tokenizer.h"

#include <QTest>

#include <cmath>

using namespace waymark;

namespace {

struct Answer {
    const char *touchpoint;
    double score;
    const char *comment;
};

// Branch detractors complain about the queue (six comments say "queue", one has a phone
// number); everyone else praises staff and app; one passive at the app mentions a queue.
const Answer answers[] = {
    {"branch", 2, "The queue was long again."},
    {"branch", 1, "Long queue, nobody helped."},
    {"branch", 3, "The app is fine. But the queue at the branch was endless! Staff were kind."},
    {"branch", 0, "Queue again, call me at +7 912 555 12 34."},
    {"branch", 4, "Such a queue. I left."},
    {"branch", 2, "Queue and queue management are terrible in this branch, really terrible today."},
    {"branch", 6, "Dugo čekanje na šalteru."},
    {"branch", 9, "Friendly staff, quick service."},
    {"branch", 10, "Friendly staff."},
    {"app", 10, "Quick app, friendly support."},
    {"app", 9, "The app is quick and friendly."},
    {"app", 10, "Friendly staff in the chat, quick answers."},
    {"app", 9, "Quick login, friendly design."},
    {"app", 10, "Friendly and quick."},
    {"app", 8, "A queue in the chat sometimes."},
    {"app", 10, "Чекање је кратко, friendly app."},
    {"app", 9, "Quick transfers."},
    {"app", 10, "Very quick, very friendly."},
    {"app", 3, "Login failed twice."},
    {"app", 10, ""},
};

AnswerTable table()
{
    AnswerTable t;
    const qint64 day = QDate(2025, 3, 14).toJulianDay();
    for (const Answer &a : answers) {
        t.score.push_back(a.score);
        t.day.push_back(day);
        t.touchpoint.push_back(t.strings.add(QString::fromUtf8(a.touchpoint)));
        t.comment.push_back(t.strings.add(QString::fromUtf8(a.comment)));
        for (auto *column : {&t.respondent, &t.customer, &t.segment, &t.stage, &t.channel, &t.department, &t.location})
            column->push_back(0);
    }
    return t;
}

const CommentGroup *groupNamed(const std::vector<CommentGroup> &groups, const QString &label)
{
    for (const CommentGroup &group : groups)
        if (group.label == label)
            return &group;
    return nullptr;
}

const DistinctiveTerm *termNamed(const CommentGroup &group, const QString &text)
{
    for (const DistinctiveTerm &term : group.terms)
        if (term.term == text)
            return &term;
    return nullptr;
}

} // namespace

class TestCommentAnalysis : public QObject
{
    Q_OBJECT
private slots:
    void detractorsOfATouchpointAgainstEveryoneElse();
    void termsAreRankedAndFiltered();
    void quotesAreWholeMaskedSentences();
    void promotersAndOneGroupOnly();
    void groupsByStageThroughTheCardsAndByQuarter();
    void searchFindsBothSerbianScripts();
    void corpusIsTheSameWithOneThreadOrSeveral();
};

void TestCommentAnalysis::detractorsOfATouchpointAgainstEveryoneElse()
{
    const AnswerTable t = table();
    const CommentCorpus corpus = CommentCorpus::build(t);
    SayRequest request; // by touchpoint, detractors, minimum count 5
    const auto groups = distinctiveTerms(t, corpus, *metricByKey(QStringLiteral("nps")), request);
    // Only touchpoints with detractor comments: branch (7 answers scored 0–6) and app (1).
    QCOMPARE(groups.size(), std::size_t(2));
    const CommentGroup *branch = groupNamed(groups, QStringLiteral("branch"));
    QVERIFY(branch);
    QCOMPARE(branch->comments, qint64(7));
    QCOMPARE(branch->otherComments, qint64(12)); // 19 answers with a comment, 7 in the group
    const DistinctiveTerm *queue = termNamed(*branch, QStringLiteral("queue"));
    QVERIFY(queue);
    // "queue": 7 times in the branch detractors' comments (twice in one), once elsewhere.
    QCOMPARE(queue->count, 7.0);
    QCOMPARE(queue->othersCount, 1.0);
    // The same statistic from counts made here with the tokenizer alone.
    const Tokenizer tokenizer;
    double groupTerms = 0, allTerms = 0;
    for (std::size_t row = 0; row < t.size(); ++row) {
        const double n = double(tokenizer.terms(t.strings.at(t.comment[row])).size());
        allTerms += n;
        if (t.strings.at(t.touchpoint[row]) == QStringLiteral("branch") && t.score[row] <= 6)
            groupTerms += n;
    }
    // α0 = a tenth of this small corpus (fewer than 10,000 terms), α = α0 · 8 / N.
    const FightinWordsPrior prior = FightinWordsPrior::forCorpus(allTerms);
    QCOMPARE(prior.total, allTerms / 10);
    const LogOdds expected = weightedLogOdds(7, groupTerms, 1, allTerms - groupTerms, prior.alpha(8), prior.total);
    QVERIFY(std::abs(queue->z - expected.z) < 1e-9);
    QVERIFY(std::abs(queue->logOdds - expected.delta) < 1e-9);
    QVERIFY(queue->z >= significantZ);
}

void TestCommentAnalysis::termsAreRankedAndFiltered()
{
    const AnswerTable t = table();
    const CommentCorpus corpus = CommentCorpus::build(t);
    SayRequest request;
    request.minimumCount = 2;
    const auto groups = distinctiveTerms(t, corpus, *metricByKey(QStringLiteral("nps")), request);
    const CommentGroup *branch = groupNamed(groups, QStringLiteral("branch"));
    QVERIFY(branch && !branch->terms.empty());
    for (std::size_t i = 0; i < branch->terms.size(); ++i) {
        const DistinctiveTerm &term = branch->terms[i];
        QVERIFY2(std::abs(term.z) >= significantZ, qPrintable(term.term));
        QVERIFY2((term.z > 0 ? term.count : term.othersCount) >= 2, qPrintable(term.term));
        if (i > 0)
            QVERIFY(branch->terms[i - 1].z >= term.z);
    }
    // The branch's detractors hardly say "friendly", which everyone else says: a negative z.
    const DistinctiveTerm *friendly = termNamed(*branch, QStringLiteral("friendly"));
    QVERIFY(friendly);
    QVERIFY(friendly->z < 0);
    QCOMPARE(friendly->count, 0.0);
    // The app's single detractor: no term reaches two occurrences in that group.
    const CommentGroup *app = groupNamed(groups, QStringLiteral("app"));
    QVERIFY(app);
    for (const DistinctiveTerm &term : app->terms)
        QVERIFY2(term.z < 0, qPrintable(term.term));
}

void TestCommentAnalysis::quotesAreWholeMaskedSentences()
{
    const AnswerTable t = table();
    const CommentCorpus corpus = CommentCorpus::build(t);
    SayRequest request;
    request.quotesPerTerm = 10;
    const auto groups = distinctiveTerms(t, corpus, *metricByKey(QStringLiteral("nps")), request);
    const DistinctiveTerm *queue = termNamed(*groupNamed(groups, QStringLiteral("branch")), QStringLiteral("queue"));
    QVERIFY(queue);
    const QStringList expected{
        QStringLiteral("Such a queue."),
        QStringLiteral("The queue was long again."),
        QStringLiteral("Long queue, nobody helped."),
        QStringLiteral("Queue again, call me at [phone]."), // 32 characters once masked
        QStringLiteral("But the queue at the branch was endless!"),
        QStringLiteral("Queue and queue management are terrible in this branch, really terrible today."),
    };
    QStringList quotes;
    for (const Quote &quote : queue->quotes) {
        quotes << quote.text;
        QCOMPARE(quote.date, QDate(2025, 3, 14));
        QCOMPARE(quote.score, t.score[quote.row]);
    }
    QCOMPARE(quotes, expected);
}

void TestCommentAnalysis::promotersAndOneGroupOnly()
{
    const AnswerTable t = table();
    const CommentCorpus corpus = CommentCorpus::build(t);
    SayRequest request;
    request.category = Band::High;
    request.onlyGroup = QStringLiteral("app");
    request.minimumCount = 3;
    const auto groups = distinctiveTerms(t, corpus, *metricByKey(QStringLiteral("nps")), request);
    QCOMPARE(groups.size(), std::size_t(1));
    QCOMPARE(groups[0].label, QStringLiteral("app"));
    QCOMPARE(groups[0].comments, qint64(8)); // promoters (9–10) at the app with a comment
    const DistinctiveTerm *quick = termNamed(groups[0], QStringLiteral("quick"));
    QVERIFY(quick);
    QVERIFY(quick->z > 0);
    QCOMPARE(quick->count, 7.0);

    // Every comment in one group: nothing to compare with, so no term is claimed.
    request.by = Dimension::Journey;
    request.category.reset();
    request.onlyGroup.clear();
    const auto everyone = distinctiveTerms(t, corpus, *metricByKey(QStringLiteral("nps")), request);
    QCOMPARE(everyone.size(), std::size_t(1));
    QCOMPARE(everyone[0].comments, qint64(19));
    QCOMPARE(everyone[0].otherComments, qint64(0));
    QVERIFY(everyone[0].terms.empty());
}

void TestCommentAnalysis::groupsByStageThroughTheCardsAndByQuarter()
{
    // Two cards of the sample journey in different stages; rows name only their data keys.
    const Journey journey = test::sampleJourney();
    const Touchpoint *first = nullptr, *other = nullptr;
    for (const Touchpoint &card : journey.touchpoints) {
        if (card.dataKey.isEmpty())
            continue;
        if (!first)
            first = &card;
        else if (card.stageId != first->stageId) {
            other = &card;
            break;
        }
    }
    QVERIFY(first && other);
    AnswerTable t;
    const auto add = [&](const Touchpoint &card, double score, const QDate &date, const QString &comment) {
        t.score.push_back(score);
        t.day.push_back(date.toJulianDay());
        t.touchpoint.push_back(t.strings.add(card.dataKey));
        t.comment.push_back(t.strings.add(comment));
        for (auto *column : {&t.respondent, &t.customer, &t.segment, &t.stage, &t.channel, &t.department, &t.location})
            column->push_back(0);
    };
    for (int i = 0; i < 6; ++i) {
        add(*first, 2, QDate(2025, 2, 1 + i), QStringLiteral("Slow form number %1, slow again.").arg(QChar(u'a' + i)));
        add(*other, 10, QDate(2025, 5, 1 + i), QStringLiteral("Great advisor, great help %1.").arg(QChar(u'a' + i)));
    }
    const CommentCorpus corpus = CommentCorpus::build(t);
    SayRequest request;
    request.by = Dimension::Stage;
    request.category.reset();
    request.minimumCount = 3;
    const auto stages = distinctiveTerms(t, corpus, *metricByKey(QStringLiteral("nps")), request, &journey);
    QCOMPARE(stages.size(), std::size_t(2));
    const CommentGroup *firstStage = groupNamed(stages, journey.stage(first->stageId)->name);
    QVERIFY(firstStage);
    QCOMPARE(firstStage->comments, qint64(6));
    QVERIFY(termNamed(*firstStage, QStringLiteral("slow")));

    request.by = Dimension::Quarter;
    const auto quarters = distinctiveTerms(t, corpus, *metricByKey(QStringLiteral("nps")), request);
    QCOMPARE(quarters.size(), std::size_t(2));
    QCOMPARE(quarters[0].label, QStringLiteral("2025-Q1"));
    QCOMPARE(quarters[1].label, QStringLiteral("2025-Q2"));
    QVERIFY(termNamed(quarters[1], QStringLiteral("great")));
}

void TestCommentAnalysis::searchFindsBothSerbianScripts()
{
    const AnswerTable t = table();
    const CommentCorpus corpus = CommentCorpus::build(t);
    std::vector<qint64> all;
    for (std::size_t row = 0; row < t.size(); ++row)
        all.push_back(qint64(row));
    const std::vector<qint64> found = searchComments(t, corpus, QStringLiteral("Čekanje"), all);
    QCOMPARE(found, (std::vector<qint64>{6, 15}));
    QCOMPARE(searchComments(t, corpus, QStringLiteral("queue long"), all), (std::vector<qint64>{0, 1}));
    QVERIFY(searchComments(t, corpus, QStringLiteral("nowhere"), all).empty());
}

void TestCommentAnalysis::corpusIsTheSameWithOneThreadOrSeveral()
{
    AnswerTable t;
    // Enough distinct comments for several threads (one per 2,000).
    for (int i = 0; i < 9000; ++i) {
        t.score.push_back(i % 11);
        t.comment.push_back(t.strings.add(QStringLiteral("word%1 queue branch%2 staff").arg(QChar(u'a' + i % 26)).arg(i)));
    }
    const CommentCorpus one = CommentCorpus::build(t, 1);
    const CommentCorpus four = CommentCorpus::build(t, 4);
    QCOMPARE(one.termCount(), four.termCount());
    for (quint32 comment : {t.comment[0], t.comment[4500], t.comment[8999]}) {
        QStringList a, b;
        for (quint32 id : one.termsOf(comment))
            a << one.termText(id);
        for (quint32 id : four.termsOf(comment))
            b << four.termText(id);
        QCOMPARE(a, b);
        QCOMPARE(a, Tokenizer().terms(t.strings.at(comment)));
    }
}

QTEST_GUILESS_MAIN(TestCommentAnalysis)
#include "tst_commentanalysis.moc"
