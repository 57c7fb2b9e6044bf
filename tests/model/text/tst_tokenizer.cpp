// Word splitting in English, Russian, Ukrainian, Serbian (both scripts), Korean and mixed
// text; Serbian Latin folded to Cyrillic; Korean particles; stop words and numbers dropped.
#include "text/koreanparticles.h"
#include "text/serbianscript.h"
#include "text/stopwords.h"
#include "text/tokenizer.h"

#include <QTest>

using namespace waymark;

class TestTokenizer : public QObject
{
    Q_OBJECT
private slots:
    void stopWordListsShipWithTheirSource();
    void splitsEachLanguage_data();
    void splitsEachLanguage();
    void foldsSerbianLatinToCyrillic_data();
    void foldsSerbianLatinToCyrillic();
    void serbianCommentsInBothScriptsMeet();
    void englishIsNotTransliterated();
    void stripsKoreanParticles_data();
    void stripsKoreanParticles();
    void phrasesDoNotCrossSentencesOrStopWords();
    void dropsNumbersAndAddresses();
};

void TestTokenizer::stopWordListsShipWithTheirSource()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk"), QStringLiteral("sr"), QStringLiteral("ko")}) {
        QFile file(QStringLiteral(":/waymark/stopwords/%1.txt").arg(language));
        StopWords::load(language); // registers the resources
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(language));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.startsWith(u'#') && text.contains(QStringLiteral("Source:")) && text.contains(QStringLiteral("licence")),
                 qPrintable(language));
        QVERIFY2(StopWords::load(language).size() > 30, qPrintable(language));
    }
    QVERIFY(StopWords::shared().serbian.contains(QStringLiteral("који"))); // Serbian, folded to Cyrillic
    QVERIFY(!StopWords::shared().all.contains(QStringLiteral("код")));    // Serbian "at" is Russian "code"
}

void TestTokenizer::splitsEachLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("en") << QStringLiteral("The Queue was LONG, and the staff didn't help.")
                        << QStringList{QStringLiteral("queue"), QStringLiteral("long"), QStringLiteral("staff"), QStringLiteral("help")};
    QTest::newRow("ru") << QStringLiteral("Очень долгое ожидание в отделении, я ждал ещё час!")
                        << QStringList{QStringLiteral("долгое"), QStringLiteral("ожидание"), QStringLiteral("отделении"), QStringLiteral("ждал"),
                                       QStringLiteral("час")};
    QTest::newRow("uk") << QStringLiteral("Застосунок постійно зависає, і підтримка не відповідає.")
                        << QStringList{QStringLiteral("застосунок"), QStringLiteral("постійно"), QStringLiteral("зависає"), QStringLiteral("підтримка"),
                                       QStringLiteral("відповідає")};
    QTest::newRow("sr Cyrillic") << QStringLiteral("Чекање је било предуго у филијали.")
                                 << QStringList{QStringLiteral("чекање"), QStringLiteral("предуго"), QStringLiteral("филијали")};
    QTest::newRow("ru word that is a Serbian stop word") << QStringLiteral("Код из СМС не подошёл")
                                                         << QStringList{QStringLiteral("код"), QStringLiteral("смс"), QStringLiteral("подошел")};
    QTest::newRow("sr Latin") << QStringLiteral("Čekanje je bilo predugo u filijali.")
                              << QStringList{QStringLiteral("чекање"), QStringLiteral("предуго"), QStringLiteral("филијали")};
    QTest::newRow("ko") << QStringLiteral("대기 시간이 너무 길어요. 직원은 친절했어요.")
                        << QStringList{QStringLiteral("대기"), QStringLiteral("시간"), QStringLiteral("길어요"), QStringLiteral("직원"), QStringLiteral("친절했어요")};
    QTest::newRow("mixed scripts") << QStringLiteral("SMS-код не пришёл, 앱에서 login failed")
                                   << QStringList{QStringLiteral("sms"), QStringLiteral("код"), QStringLiteral("пришел"), QStringLiteral("앱"),
                                                  QStringLiteral("login"), QStringLiteral("failed")};
}

void TestTokenizer::splitsEachLanguage()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(Tokenizer().words(text), words);
}

void TestTokenizer::foldsSerbianLatinToCyrillic_data()
{
    QTest::addColumn<QString>("latin");
    QTest::addColumn<QString>("cyrillic");
    QTest::newRow("č, nj") << QStringLiteral("čekanje") << QStringLiteral("чекање");
    QTest::newRow("lj") << QStringLiteral("ljubazno") << QStringLiteral("љубазно");
    QTest::newRow("dž") << QStringLiteral("džep") << QStringLiteral("џеп");
    QTest::newRow("đ, ć, š, ž") << QStringLiteral("đak ćuti šalter žuri") << QStringLiteral("ђак ћути шалтер жури");
    QTest::newRow("one-letter digraphs") << QStringLiteral("\u01C9ubav \u01CCiva \u01C6ak") << QStringLiteral("љубав њива џак");
    QTest::newRow("other text kept") << QStringLiteral("šalter 24/7") << QStringLiteral("шалтер 24/7");
}

void TestTokenizer::foldsSerbianLatinToCyrillic()
{
    QFETCH(QString, latin);
    QFETCH(QString, cyrillic);
    QCOMPARE(serbianLatinToCyrillic(latin), cyrillic);
}

void TestTokenizer::serbianCommentsInBothScriptsMeet()
{
    const Tokenizer tokenizer;
    QCOMPARE(tokenizer.terms(QStringLiteral("Dugo čekanje na šalteru.")), tokenizer.terms(QStringLiteral("Дуго чекање на шалтеру.")));
    // No diacritics, but Serbian stop words outnumber English ones: still Serbian.
    QCOMPARE(tokenizer.words(QStringLiteral("Nije bilo ljubazno i to je problem")),
             (QStringList{QStringLiteral("љубазно"), QStringLiteral("проблем")}));
    QCOMPARE(tokenizer.canonicalWord(QStringLiteral("Čekanje")), QStringLiteral("чекање"));
}

void TestTokenizer::englishIsNotTransliterated()
{
    QCOMPARE(Tokenizer().words(QStringLiteral("Nice branch, but the line was slow")),
             (QStringList{QStringLiteral("nice"), QStringLiteral("branch"), QStringLiteral("line"), QStringLiteral("slow")}));
}

void TestTokenizer::stripsKoreanParticles_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("stem");
    QTest::newRow("subject 이") << QStringLiteral("직원이") << QStringLiteral("직원");
    QTest::newRow("topic 은") << QStringLiteral("직원은") << QStringLiteral("직원");
    QTest::newRow("object 를") << QStringLiteral("카드를") << QStringLiteral("카드");
    QTest::newRow("location 에서") << QStringLiteral("고객센터에서") << QStringLiteral("고객센터");
    QTest::newRow("two-syllable particle on one syllable") << QStringLiteral("앱에서") << QStringLiteral("앱");
    QTest::newRow("a word ending like a particle") << QStringLiteral("평가") << QStringLiteral("평가");
    QTest::newRow("one syllable left: kept") << QStringLiteral("앱이") << QStringLiteral("앱이");
    QTest::newRow("verb ending untouched") << QStringLiteral("느려요") << QStringLiteral("느려요");
    QTest::newRow("not Hangul") << QStringLiteral("app") << QStringLiteral("app");
}

void TestTokenizer::stripsKoreanParticles()
{
    QFETCH(QString, token);
    QFETCH(QString, stem);
    QCOMPARE(stripKoreanParticle(token), stem);
}

void TestTokenizer::phrasesDoNotCrossSentencesOrStopWords()
{
    const QStringList terms = Tokenizer().terms(QStringLiteral("Long queue. Branch closed and staff rude"));
    QVERIFY(terms.contains(QStringLiteral("long queue")));
    QVERIFY(terms.contains(QStringLiteral("branch closed")));
    QVERIFY(terms.contains(QStringLiteral("staff rude")));
    QVERIFY(!terms.contains(QStringLiteral("queue branch"))); // a sentence ends between them
    QVERIFY(!terms.contains(QStringLiteral("closed staff"))); // "and" is a stop word between them
    QCOMPARE(terms.size(), 9); // six words and three phrases
}

void TestTokenizer::dropsNumbersAndAddresses()
{
    const QStringList words = Tokenizer().words(
        QStringLiteral("Waited 45 minutes, write to ivan.petrov@mail.ru or call +7 (912) 555-12-34 about card 4111 1111 1111 1111"));
    QCOMPARE(words, (QStringList{QStringLiteral("waited"), QStringLiteral("minutes"), QStringLiteral("write"), QStringLiteral("call"),
                                 QStringLiteral("card")}));
    // A number breaks a phrase: "waited minutes" was never written.
    QVERIFY(!Tokenizer().terms(QStringLiteral("waited 45 minutes")).contains(QStringLiteral("waited minutes")));
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
