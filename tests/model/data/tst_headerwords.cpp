// Guessing which column of a survey or CRM export feeds which field: whole header rows as
// Qualtrics, SurveyMonkey, Medallia, Google Forms, 1C/Bitrix and Korean survey tools write
// them, in English, Russian, Ukrainian, Serbian (both scripts) and Korean, and the traps a
// word list falls into.
#include "data/headerwords.h"

#include <QTest>

using namespace waymark;

namespace {

using Mapping = QHash<QString, QString>;

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Splits a header row at ';' (or at the given separator).
QStringList row(const char *utf8, char separator = ';')
{
    return QString::fromUtf8(utf8).split(QLatin1Char(separator));
}

// {"header", "field", "header", "field", …}
Mapping pairs(std::initializer_list<const char *> list)
{
    Mapping m;
    for (auto it = list.begin(); it != list.end(); it += 2)
        m.insert(QString::fromUtf8(*it), QString::fromUtf8(*(it + 1)));
    return m;
}

const QStringList surveyFields{s("score"),      s("respondent"), s("customer"), s("date"),     s("segment"), s("touchpoint"),
                               s("stage"),      s("channel"),    s("department"), s("location"), s("comment")};
const QStringList clvFields{s("customer"), s("value"), s("currency"), s("segment"), s("acquired")};

// The fields an answers import asks for (importFieldKeys and importFieldApplies): the survey
// fields, the aggregate fields, the metric's bands, and items met/checked for audits.
QStringList answerFields(const char *metric)
{
    const QString m = s(metric);
    QStringList fields = surveyFields;
    fields << s("count");
    if (m == u"nps" || m == u"enps")
        fields << s("detractors") << s("passives") << s("promoters");
    else if (m == u"csat")
        fields << s("dissatisfied") << s("neutral") << s("satisfied");
    else if (m == u"ces")
        fields << s("hard") << s("neutral") << s("easy");
    fields << s("mean") << s("sd");
    if (m == u"audit")
        fields << s("met") << s("checked");
    return fields;
}

// Every guess obeys the contract, whatever it guessed.
QString brokenInvariant(const Mapping &got, const QStringList &headers, const QStringList &fields, const QSet<QString> &takenHeaders,
                        const QSet<QString> &takenFields)
{
    QSet<QString> used;
    for (auto it = got.begin(); it != got.end(); ++it) {
        if (!headers.contains(it.key()))
            return s("unknown column ") + it.key();
        if (!fields.contains(it.value()))
            return s("unknown field ") + it.value();
        if (takenHeaders.contains(it.key()))
            return s("column mapped by the user was guessed: ") + it.key();
        if (takenFields.contains(it.value()))
            return s("field mapped by the user was guessed: ") + it.value();
        if (used.contains(it.value()))
            return s("field given to two columns: ") + it.value();
        used.insert(it.value());
    }
    return {};
}

QString difference(const Mapping &got, const Mapping &expected, const QStringList &headers)
{
    QStringList lines;
    for (const QString &h : headers) {
        const QString g = got.value(h, s("-"));
        const QString e = expected.value(h, s("-"));
        if (g != e)
            lines.append(s("  [%1] (folds to %2): got %3, expected %4").arg(h, foldHeader(h), g, e));
    }
    for (auto it = expected.begin(); it != expected.end(); ++it)
        if (!headers.contains(it.key()))
            lines.append(s("  expected column not in the row: ") + it.key());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// Compares the whole guess with the expectation: a column not listed must stay unmapped.
#define CHECK_GUESS_TAKEN(metric, headers, fields, expected, takenHeaders, takenFields)                                    \
    do {                                                                                                                   \
        const Mapping got_ = guessFields(s(metric), headers, fields, takenHeaders, takenFields);                          \
        const QString broken_ = brokenInvariant(got_, headers, fields, takenHeaders, takenFields);                        \
        QVERIFY2(broken_.isEmpty(), qPrintable(broken_));                                                                  \
        const QString diff_ = difference(got_, expected, headers);                                                         \
        QVERIFY2(diff_.isEmpty(), qPrintable(s("\n") + diff_));                                                            \
    } while (false)
#define CHECK_GUESS(metric, headers, fields, expected) CHECK_GUESS_TAKEN(metric, headers, fields, expected, {}, {})
// With the fields an answers import of that metric asks for.
#define CHECK_ANSWERS(metric, headers, expected) CHECK_GUESS(metric, headers, answerFields(metric), expected)

class TestHeaderWords : public QObject
{
    Q_OBJECT

private slots:
    void foldingIgnoresCaseMarksScriptAndSeparators()
    {
        QCOMPARE(foldHeader(s("ČEKANJE")), s("cekanje"));
        QCOMPARE(foldHeader(s("ČEKANJE")), foldHeader(s("čekanje")));
        QCOMPARE(foldHeader(s("Tačka kontakta")), s("tackakontakta"));
        QCOMPARE(foldHeader(s("Тачка контакта")), s("tackakontakta"));
        QCOMPARE(foldHeader(s("TACKA_KONTAKTA")), s("tackakontakta"));
        QCOMPARE(foldHeader(s("Оценка NPS")), s("ocenkanps"));
        QCOMPARE(foldHeader(s("Ocena NPS")), s("ocenanps"));
        QCOMPARE(foldHeader(s("Оцена NPS")), foldHeader(s("Ocena NPS")));
        // Serbian digraphs and đ, in both scripts and in the one-letter Latin digraphs.
        QCOMPARE(foldHeader(s("Љубав, Њива, Џеп")), s("ljubavnjivadzep"));
        QCOMPARE(foldHeader(s("Ljubav, Njiva, Džep")), s("ljubavnjivadzep"));
        QCOMPARE(foldHeader(s("\u01C9ubav \u01CCiva \u01C6ep")), s("ljubavnjivadzep")); // ǉ ǌ ǆ
        QCOMPARE(foldHeader(s("Ђорђе")), foldHeader(s("Đorđe")));
        QCOMPARE(foldHeader(s("Đorđe")), s("djordje"));
        QCOMPARE(foldHeader(s("Лакоћа")), foldHeader(s("Lakoća")));
        QCOMPARE(foldHeader(s("Жалба, Шифра")), foldHeader(s("Žalba, Šifra")));
        // Russian and Ukrainian letters fold the same way on both sides.
        QCOMPARE(foldHeader(s("Удовлетворённость")), foldHeader(s("удовлетворенность")));
        QCOMPARE(foldHeader(s("Отзыв")), s("otzyv"));
        QCOMPARE(foldHeader(s("Кількість")), s("kilkist"));
        QCOMPARE(foldHeader(s("ЙОД")), foldHeader(s("иод")));
        // Separators of every kind.
        QCOMPARE(foldHeader(s("Customer_ID")), s("customerid"));
        QCOMPARE(foldHeader(s(" [Score] (0–10)? #1, 'a' \"b\" / c: d.e-f ")), s("score0101abcdef"));
        QCOMPARE(foldHeader(s("Café Crème %")), s("cafecreme"));
        // Hangul stays Hangul; full-width Latin is compatibility-folded.
        QCOMPARE(foldHeader(s("고객 번호")), s("고객번호"));
        QCOMPARE(foldHeader(s("추천 의향 (0~10점)")), s("추천의향010점"));
        QCOMPARE(foldHeader(s("ＮＰＳ")), s("nps"));
        QCOMPARE(foldHeader(QString()), QString());
        QCOMPARE(foldHeader(s(" -- ")), QString());
    }

    void qualtricsNpsExport()
    {
        // The label row of a Qualtrics CSV export, with its metadata and Text iQ columns.
        const QStringList headers =
            row("Start Date;End Date;Response Type;IP Address;Progress;Duration (in seconds);Finished;Recorded Date;Response ID;"
                "Recipient Last Name;Recipient First Name;Recipient Email;External Data Reference;Location Latitude;Location Longitude;"
                "Distribution Channel;User Language;Q_RecaptchaScore;"
                "How likely are you to recommend Acme Bank to a friend or colleague?;"
                "How likely are you to recommend Acme Bank to a friend or colleague? - Group;"
                "What is the main reason for your score?;What is the main reason for your score? - Sentiment;"
                "What is the main reason for your score? - Topics;Touchpoint;Branch;Customer ID;Segment");
        CHECK_ANSWERS("nps", headers,
                      pairs({"Recorded Date", "date", "Response ID", "respondent",
                             "How likely are you to recommend Acme Bank to a friend or colleague?", "score",
                             "What is the main reason for your score?", "comment", "Touchpoint", "touchpoint", "Branch", "location",
                             "Customer ID", "customer", "Segment", "segment"}));
    }

    void qualtricsColumnIdsWithTheScoreMappedByHand()
    {
        const QStringList headers =
            row("StartDate,EndDate,Status,IPAddress,Progress,Duration (in seconds),Finished,RecordedDate,ResponseId,"
                "RecipientLastName,RecipientFirstName,RecipientEmail,ExternalReference,LocationLatitude,LocationLongitude,"
                "DistributionChannel,UserLanguage,Q1,Q1_NPS_GROUP,Q2,TouchPoint,BranchCity,JourneyStage",
                ',');
        // Nothing says Q1 is the score, and the NPS group column must not be taken for it.
        CHECK_ANSWERS("nps", headers,
                      pairs({"RecordedDate", "date", "ResponseId", "respondent", "TouchPoint", "touchpoint", "BranchCity", "location",
                             "JourneyStage", "stage"}));
        // --map score=Q1 --map comment=Q2: the rest is still guessed.
        CHECK_GUESS_TAKEN("nps", headers, answerFields("nps"),
                          pairs({"RecordedDate", "date", "ResponseId", "respondent", "TouchPoint", "touchpoint", "BranchCity",
                                 "location", "JourneyStage", "stage"}),
                          (QSet<QString>{s("Q1"), s("Q2")}), (QSet<QString>{s("score"), s("comment")}));
    }

    void surveyMonkeyCsatExport()
    {
        const QStringList headers =
            row("Respondent ID;Collector ID;Start Date;End Date;IP Address;Email Address;First Name;Last Name;Custom Data 1;"
                "Overall, how satisfied or dissatisfied are you with our support?;Which store did you visit?;"
                "Which channel did you use to contact us?;Why did you give this rating?");
        CHECK_ANSWERS("csat", headers,
                      pairs({"Respondent ID", "respondent", "End Date", "date",
                             "Overall, how satisfied or dissatisfied are you with our support?", "score", "Which store did you visit?",
                             "location", "Which channel did you use to contact us?", "channel", "Why did you give this rating?",
                             "comment"}));
    }

    void medalliaAndGoogleFormsExports()
    {
        const QStringList medallia =
            row("Survey ID;Response Date;Unit;Likelihood to Recommend;LTR Comment;Customer Type;Channel;Journey Step;Survey Type");
        CHECK_ANSWERS("nps", medallia,
                      pairs({"Survey ID", "respondent", "Response Date", "date", "Unit", "department", "Likelihood to Recommend", "score",
                             "LTR Comment", "comment", "Customer Type", "segment", "Channel", "channel", "Journey Step", "touchpoint"}));
        const QStringList forms =
            row("Timestamp;Email Address;How easy was it to open your account?;What made it easy or hard?;Which branch did you visit?;"
                "Your customer number");
        CHECK_ANSWERS("ces", forms,
                      pairs({"Timestamp", "date", "How easy was it to open your account?", "score", "Which branch did you visit?",
                             "location", "Your customer number", "customer"}));
        // Google Forms in Russian: the timestamp column and the NPS question.
        const QStringList russianForms =
            row("Отметка времени;Адрес электронной почты;Насколько вероятно, что вы порекомендуете нас друзьям?;"
                "Почему вы поставили такую оценку?;Отделение");
        CHECK_ANSWERS("nps", russianForms,
                      pairs({"Отметка времени", "date", "Насколько вероятно, что вы порекомендуете нас друзьям?", "score",
                             "Почему вы поставили такую оценку?", "comment", "Отделение", "location"}));
    }

    void russianNpsExport()
    {
        // A CRM export (1C / Bitrix24 style): Russian wording, semicolons, an id without a field.
        const QStringList headers =
            row("ID;Дата ответа;Код клиента;Оценка NPS (0-10);Точка контакта;Этап;Канал;Подразделение;Филиал;Комментарий;Ответственный;"
                "Сегмент клиента");
        CHECK_ANSWERS("nps", headers,
                      pairs({"Дата ответа", "date", "Код клиента", "customer", "Оценка NPS (0-10)", "score", "Точка контакта", "touchpoint",
                             "Этап", "stage", "Канал", "channel", "Подразделение", "department", "Филиал", "location",
                             "Комментарий", "comment", "Сегмент клиента", "segment"}));
        // "Отдел" is a department, "Отделение" a branch: both in one file.
        const QStringList bank =
            row("Номер анкеты;Дата опроса;Клиент;Вероятность рекомендовать;Точки касания;Отдел;Отделение;Отзыв");
        CHECK_ANSWERS("nps", bank,
                      pairs({"Номер анкеты", "respondent", "Дата опроса", "date", "Клиент", "customer", "Вероятность рекомендовать", "score",
                             "Точки касания", "touchpoint", "Отдел", "department", "Отделение", "location", "Отзыв", "comment"}));
    }

    void ukrainianCesExport()
    {
        const QStringList headers =
            row("ID відповіді;Дата відповіді;Клієнт;Оцінка зусиль клієнта (1–7);Точка дотику;Етап;Канал;Відділ;Відділення;Коментар");
        CHECK_ANSWERS("ces", headers,
                      pairs({"ID відповіді", "respondent", "Дата відповіді", "date", "Клієнт", "customer", "Оцінка зусиль клієнта (1–7)",
                             "score", "Точка дотику", "touchpoint", "Етап", "stage", "Канал", "channel", "Відділ", "department",
                             "Відділення", "location", "Коментар", "comment"}));
        const QStringList question = row("Наскільки легко було вирішити ваше питання?;Чому?;Філія;Період");
        CHECK_ANSWERS("ces", question,
                      pairs({"Наскільки легко було вирішити ваше питання?", "score", "Чому?", "comment", "Філія", "location", "Період",
                             "date"}));
    }

    void serbianCyrillicExports()
    {
        const QStringList audit =
            row("ИД посете;Датум посете;Филијала;Тачка контакта;Канал;Одељење;Оцена посете (%);Тајни купац;Коментар контролора");
        CHECK_ANSWERS("audit", audit,
                      pairs({"ИД посете", "respondent", "Датум посете", "date", "Филијала", "location", "Тачка контакта", "touchpoint",
                             "Канал", "channel", "Одељење", "department", "Оцена посете (%)", "score", "Коментар контролора", "comment"}));
        const QStringList nps =
            row("Испитаник;Датум одговора;Вероватноћа препоруке (0–10);Тачка контакта;Пословница;Сектор;Купац;Образложење");
        CHECK_ANSWERS("nps", nps,
                      pairs({"Испитаник", "respondent", "Датум одговора", "date", "Вероватноћа препоруке (0–10)", "score", "Тачка контакта",
                             "touchpoint", "Пословница", "location", "Сектор", "department", "Купац", "customer", "Образложење",
                             "comment"}));
    }

    void serbianLatinExports()
    {
        // The export the old guesser missed: "Tačka kontakta" must be the touchpoint.
        const QStringList nps =
            row("Ispitanik;Datum odgovora;Ocena preporuke (0-10);Tačka kontakta;Filijala;Kanal;Faza;Kupac;Komentar");
        CHECK_ANSWERS("nps", nps,
                      pairs({"Ispitanik", "respondent", "Datum odgovora", "date", "Ocena preporuke (0-10)", "score", "Tačka kontakta",
                             "touchpoint", "Filijala", "location", "Kanal", "channel", "Faza", "stage", "Kupac", "customer", "Komentar",
                             "comment"}));
        const QStringList audit =
            row("ID posete;Datum posete;Poslovnica;Dodirna tačka;Odeljenje;Ocena posete (%);Tajni kupac;Komentar kontrolora");
        CHECK_ANSWERS("audit", audit,
                      pairs({"ID posete", "respondent", "Datum posete", "date", "Poslovnica", "location", "Dodirna tačka", "touchpoint",
                             "Odeljenje", "department", "Ocena posete (%)", "score", "Komentar kontrolora", "comment"}));
        // Typed without diacritics, in capitals, or with the ijekavian forms.
        const QStringList ascii = row("TACKA KONTAKTA;OCJENA;PRODAVNICA;Odjeljenje;Zasto?;Sifra kupca");
        CHECK_ANSWERS("nps", ascii,
                      pairs({"TACKA KONTAKTA", "touchpoint", "OCJENA", "score", "PRODAVNICA", "location", "Odjeljenje", "department",
                             "Zasto?", "comment", "Sifra kupca", "customer"}));
    }

    void koreanNpsExport()
    {
        const QStringList headers =
            row("응답 ID;응답일시;고객번호;추천 의향 (0~10점);추천 이유;접점;채널;지점명;부서;고객 세그먼트;여정 단계");
        CHECK_ANSWERS("nps", headers,
                      pairs({"응답 ID", "respondent", "응답일시", "date", "고객번호", "customer", "추천 의향 (0~10점)", "score", "추천 이유",
                             "comment", "접점", "touchpoint", "채널", "channel", "지점명", "location", "부서", "department", "고객 세그먼트",
                             "segment", "여정 단계", "stage"}));
        const QStringList csat = row("응답자;날짜;고객 만족도;만족하지 않은 이유;매장;터치포인트");
        CHECK_ANSWERS("csat", csat,
                      pairs({"응답자", "respondent", "날짜", "date", "고객 만족도", "score", "만족하지 않은 이유", "comment", "매장", "location",
                             "터치포인트", "touchpoint"}));
    }

    void otherMetrics()
    {
        const QStringList enps = row("Employee ID;Survey date;Department;Team;Office;eNPS;Why?");
        CHECK_ANSWERS("enps", enps,
                      pairs({"Employee ID", "respondent", "Survey date", "date", "Department", "department", "Office", "location", "eNPS",
                             "score", "Why?", "comment"}));
        const QStringList enpsQuestion =
            row("How likely are you to recommend Acme as a place to work?;Отдел;Команда;Лояльность сотрудников (комментарий)", ';');
        CHECK_ANSWERS("enps", enpsQuestion,
                      pairs({"How likely are you to recommend Acme as a place to work?", "score", "Отдел", "department",
                             "Лояльность сотрудников (комментарий)", "comment"}));
        const QStringList mean = row("Date;Touchpoint;Value;Comment");
        CHECK_ANSWERS("mean", mean, pairs({"Date", "date", "Touchpoint", "touchpoint", "Value", "score", "Comment", "comment"}));
        const QStringList serbianMean = row("Датум;Тачка контакта;Вредност");
        CHECK_ANSWERS("mean", serbianMean, pairs({"Датум", "date", "Тачка контакта", "touchpoint", "Вредност", "score"}));
        const QStringList ces = row("Customer Effort Score;Interaction;Contact channel;Reason");
        CHECK_ANSWERS("ces", ces,
                      pairs({"Customer Effort Score", "score", "Interaction", "touchpoint", "Contact channel", "channel", "Reason",
                             "comment"}));
    }

    void aggregatedTables()
    {
        CHECK_ANSWERS("nps", row("Period, Touchpoint, Promoters, Passives, Detractors", ','),
                      pairs({"Period", "date", " Touchpoint", "touchpoint", " Promoters", "promoters", " Passives", "passives",
                             " Detractors", "detractors"}));
        CHECK_ANSWERS("csat", row("Quarter;Touchpoint;Mean;N;SD"),
                      pairs({"Quarter", "date", "Touchpoint", "touchpoint", "Mean", "mean", "N", "count", "SD", "sd"}));
        CHECK_ANSWERS("csat", row("Month;Touchpoint;Satisfied (4-5);Dissatisfied (1-2);Responses;Avg score;Std. dev."),
                      pairs({"Month", "date", "Touchpoint", "touchpoint", "Satisfied (4-5)", "satisfied", "Dissatisfied (1-2)",
                             "dissatisfied", "Responses", "count", "Avg score", "mean", "Std. dev.", "sd"}));
        CHECK_ANSWERS("audit", row("Period;Location;Items met;Items checked;Score %"),
                      pairs({"Period", "date", "Location", "location", "Items met", "met", "Items checked", "checked", "Score %",
                             "score"}));
        CHECK_ANSWERS("nps", row("Период;Точка контакта;Промоутеры;Нейтралы;Критики;Кол-во"),
                      pairs({"Период", "date", "Точка контакта", "touchpoint", "Промоутеры", "promoters", "Нейтралы", "passives", "Критики",
                             "detractors", "Кол-во", "count"}));
        CHECK_ANSWERS("ces", row("Квартал;Точка дотику;Середнє;Кількість відповідей;Стандартне відхилення"),
                      pairs({"Квартал", "date", "Точка дотику", "touchpoint", "Середнє", "mean", "Кількість відповідей", "count",
                             "Стандартне відхилення", "sd"}));
        CHECK_ANSWERS("nps", row("Kvartal;Tačka kontakta;Promoteri;Pasivni;Kritičari;Broj odgovora"),
                      pairs({"Kvartal", "date", "Tačka kontakta", "touchpoint", "Promoteri", "promoters", "Pasivni", "passives",
                             "Kritičari", "detractors", "Broj odgovora", "count"}));
        CHECK_ANSWERS("audit", row("Период;Филијала;Испуњено;Проверено;Просек"),
                      pairs({"Период", "date", "Филијала", "location", "Испуњено", "met", "Проверено", "checked", "Просек", "mean"}));
        CHECK_ANSWERS("nps", row("기간;접점;추천고객;중립고객;비추천고객;응답수"),
                      pairs({"기간", "date", "접점", "touchpoint", "추천고객", "promoters", "중립고객", "passives", "비추천고객", "detractors",
                             "응답수", "count"}));
        CHECK_ANSWERS("csat", row("분기;접점;평균;표준편차;응답자 수"),
                      pairs({"분기", "date", "접점", "touchpoint", "평균", "mean", "표준편차", "sd", "응답자 수", "count"}));
    }

    void bandsOfEachMetric()
    {
        CHECK_ANSWERS("nps", row("Detractors;Passives;Promoters;Total"),
                      pairs({"Detractors", "detractors", "Passives", "passives", "Promoters", "promoters"}));
        CHECK_ANSWERS("nps", row("Critics;Neutrals;Promoters;Base"),
                      pairs({"Critics", "detractors", "Neutrals", "passives", "Promoters", "promoters", "Base", "count"}));
        CHECK_ANSWERS("csat", row("Touchpoint;Dissatisfied;Neutral;Satisfied;N"),
                      pairs({"Touchpoint", "touchpoint", "Dissatisfied", "dissatisfied", "Neutral", "neutral", "Satisfied", "satisfied",
                             "N", "count"}));
        CHECK_ANSWERS("csat", row("불만족;보통;만족;응답수"),
                      pairs({"불만족", "dissatisfied", "보통", "neutral", "만족", "satisfied", "응답수", "count"}));
        CHECK_ANSWERS("ces", row("Period;Touchpoint;Hard;Neutral;Easy;N"),
                      pairs({"Period", "date", "Touchpoint", "touchpoint", "Hard", "hard", "Neutral", "neutral", "Easy", "easy", "N",
                             "count"}));
        CHECK_ANSWERS("ces", row("Период;Трудно;Нейтрально;Легко;Количество"),
                      pairs({"Период", "date", "Трудно", "hard", "Нейтрально", "neutral", "Легко", "easy", "Количество", "count"}));
        CHECK_ANSWERS("ces", row("Low effort;High effort;Responses"),
                      pairs({"Low effort", "easy", "High effort", "hard", "Responses", "count"}));
        // The CES question asks how easy it was: that is the answer, not the "easy" band.
        CHECK_ANSWERS("ces", row("How easy was it to solve your issue?;Easy"),
                      pairs({"How easy was it to solve your issue?", "score", "Easy", "easy"}));
        CHECK_ANSWERS("ces", row("Насколько легко было решить вопрос?"), pairs({"Насколько легко было решить вопрос?", "score"}));
        CHECK_ANSWERS("ces", row("Koliko je bilo lako rešiti problem?"), pairs({"Koliko je bilo lako rešiti problem?", "score"}));
    }

    void clvExports()
    {
        CHECK_GUESS("clv", row("Customer ID;Customer Lifetime Value;Currency;Segment;Customer Since;Email"), clvFields,
                    pairs({"Customer ID", "customer", "Customer Lifetime Value", "value", "Currency", "currency", "Segment", "segment",
                           "Customer Since", "acquired"}));
        CHECK_GUESS("clv", row("Код клиента;Пожизненная ценность (LTV);Валюта;Сегмент;Дата привлечения;Дата выгрузки"), clvFields,
                    pairs({"Код клиента", "customer", "Пожизненная ценность (LTV)", "value", "Валюта", "currency", "Сегмент", "segment",
                           "Дата привлечения", "acquired"}));
        CHECK_GUESS("clv", row("Контрагент;Сумма;Валюта;Клиент с"), clvFields,
                    pairs({"Контрагент", "customer", "Сумма", "value", "Валюта", "currency", "Клиент с", "acquired"}));
        CHECK_GUESS("clv", row("Клієнт;Цінність клієнта;Валюта;Сегмент;Дата залучення"), clvFields,
                    pairs({"Клієнт", "customer", "Цінність клієнта", "value", "Валюта", "currency", "Сегмент", "segment",
                           "Дата залучення", "acquired"}));
        CHECK_GUESS("clv", row("Купац;Животна вредност купца;Валута;Сегмент;Купац од"), clvFields,
                    pairs({"Купац", "customer", "Животна вредност купца", "value", "Валута", "currency", "Сегмент", "segment", "Купац од",
                           "acquired"}));
        CHECK_GUESS("clv", row("Šifra kupca;Vrednost kupca;Valuta;Segment;Datum pristupanja"), clvFields,
                    pairs({"Šifra kupca", "customer", "Vrednost kupca", "value", "Valuta", "currency", "Segment", "segment",
                           "Datum pristupanja", "acquired"}));
        CHECK_GUESS("clv", row("고객번호;고객생애가치;통화;세그먼트;가입일"), clvFields,
                    pairs({"고객번호", "customer", "고객생애가치", "value", "통화", "currency", "세그먼트", "segment", "가입일", "acquired"}));
        // The short forms.
        CHECK_GUESS("clv", row("client_id,LTV,ccy,tier,signup_date", ','), clvFields,
                    pairs({"client_id", "customer", "LTV", "value", "ccy", "currency", "tier", "segment", "signup_date", "acquired"}));
    }

    void takenColumnsAndFieldsAreSkipped()
    {
        const QStringList headers = row("Touchpoint;Step;Score;NPS;Customer;Account;Comment");
        // Nothing mapped: the obvious guess.
        CHECK_ANSWERS("nps", headers, pairs({"Touchpoint", "touchpoint", "NPS", "score", "Customer", "customer", "Comment", "comment"}));
        // --map stage=Touchpoint: "Step" becomes the touchpoint.
        CHECK_GUESS_TAKEN("nps", headers, answerFields("nps"),
                          pairs({"Step", "touchpoint", "NPS", "score", "Customer", "customer", "Comment", "comment"}),
                          QSet<QString>{s("Touchpoint")}, QSet<QString>{s("stage")});
        // --map score=Score: "NPS" is not given to another field.
        CHECK_GUESS_TAKEN("nps", headers, answerFields("nps"),
                          pairs({"Touchpoint", "touchpoint", "Customer", "customer", "Comment", "comment"}), QSet<QString>{s("Score")},
                          QSet<QString>{s("score")});
        // --map customer=Account: "Customer" stays unmapped rather than becoming something else.
        CHECK_GUESS_TAKEN("nps", headers, answerFields("nps"),
                          pairs({"Touchpoint", "touchpoint", "NPS", "score", "Comment", "comment"}), QSet<QString>{s("Account")},
                          QSet<QString>{s("customer")});
        // A taken column that would have been the best guess frees its field for the next one.
        CHECK_GUESS_TAKEN("nps", headers, answerFields("nps"),
                          pairs({"Step", "touchpoint", "Score", "score", "Customer", "customer", "Comment", "comment"}),
                          (QSet<QString>{s("Touchpoint"), s("NPS")}), QSet<QString>{});
        // Fields not asked for are never returned; unknown field keys are ignored.
        const QStringList few{s("comment"), s("nonsense")};
        CHECK_GUESS("nps", headers, few, pairs({"Comment", "comment"}));
    }

    void eachFieldAndColumnAtMostOnce()
    {
        // Many candidates for the same fields: the better (longer, specific, exact) word wins.
        CHECK_ANSWERS("nps", row("Start Date;Date of visit;Date"), pairs({"Date", "date"})); // exact beats containment
        CHECK_ANSWERS("nps", row("Start Date;Date;End Date"), pairs({"End Date", "date"})); // the longer exact word
        CHECK_ANSWERS("nps", row("Customer;Customer ID;Client"), pairs({"Customer ID", "customer"}));
        CHECK_ANSWERS("nps", row("Rating;Score;NPS score"), pairs({"NPS score", "score"}));
        CHECK_ANSWERS("nps", row("Department;Team"), pairs({"Department", "department"}));
        // Equal matches: the first column.
        CHECK_ANSWERS("nps", row("Shop;Store"), pairs({"Store", "location"})); // the longer word
        CHECK_ANSWERS("nps", row("Branch;BRANCH"), pairs({"Branch", "location"}));
        // Duplicate headers are one column.
        CHECK_ANSWERS("nps", row("Comment;Comment;Score"), pairs({"Comment", "comment", "Score", "score"}));
        // Ties between fields for one column: the field listed first.
        const QStringList order1{s("channel"), s("touchpoint")};
        const QStringList order2{s("touchpoint"), s("channel")};
        CHECK_GUESS("nps", row("Channel step"), order1, pairs({"Channel step", "channel"}));
        CHECK_GUESS("nps", row("Channel step"), order2, pairs({"Channel step", "channel"})); // "channel" is the longer word
        // A header matching two fields equally goes to the first listed.
        const QStringList stageFirst{s("stage"), s("location")};
        const QStringList locationFirst{s("location"), s("stage")};
        CHECK_GUESS("nps", row("Stage site"), stageFirst, pairs({"Stage site", "stage"}));
        CHECK_GUESS("nps", row("Phase city"), locationFirst, pairs({"Phase city", "stage"})); // "phase" is longer than "city"
        CHECK_GUESS("nps", row("Site stage"), locationFirst, pairs({"Site stage", "stage"})); // "stage" longer than "site"
        CHECK_GUESS("nps", row("Team site"), locationFirst, pairs({"Team site", "location"}));
        CHECK_GUESS("nps", row("Team site"), (QStringList{s("department"), s("location")}), pairs({"Team site", "department"}));
        CHECK_ANSWERS("nps", QStringList{}, Mapping{});
        CHECK_ANSWERS("nps", row(";;"), Mapping{});
    }

    void containmentTraps()
    {
        // Short words match whole tokens only; "n" and "broj" only a whole header.
        CHECK_ANSWERS("nps", row("Nation;Name;Country;Account;N"), pairs({"Account", "customer", "N", "count"}));
        CHECK_ANSWERS("nps", row("ID;Collector ID;Broj telefona;Broj"), pairs({"Broj", "count"}));
        CHECK_ANSWERS("ces", row("Services;Process;Access;Please explain;Decrease"), Mapping{});
        CHECK_ANSWERS("ces", row("CES (1-7)"), pairs({"CES (1-7)", "score"}));
        CHECK_ANSWERS("nps", row("Website;Capacity;Restored;Community;Metric;Method;Steam"), Mapping{});
        CHECK_ANSWERS("nps", row("Overall grade"), pairs({"Overall grade", "score"})); // not Serbian "grad" (city)
        // "Dissatisfied" is not "satisfied", in any language.
        CHECK_ANSWERS("csat", row("Dissatisfied;Незадоволені;Неудовлетворенные;불만족 고객;Satisfied"),
                      pairs({"Dissatisfied", "dissatisfied", "Satisfied", "satisfied"}));
        const QStringList satisfiedOnly{s("satisfied")};
        CHECK_GUESS("csat", row("Dissatisfied;Незадоволені;Неудовлетворенные;불만족 고객;Not satisfied"), satisfiedOnly, Mapping{});
        CHECK_ANSWERS("csat", row("Задоволеність;Задоволені"), pairs({"Задоволеність", "score", "Задоволені", "satisfied"}));
        CHECK_ANSWERS("csat", row("만족도;만족"), pairs({"만족도", "score", "만족", "satisfied"}));
        // Modifier words do not steal the column: customer, response, feedback.
        CHECK_ANSWERS("nps", row("Customer segment;Response date;Feedback date;Контактный канал"),
                      pairs({"Customer segment", "segment", "Response date", "date", "Контактный канал", "channel"}));
        CHECK_ANSWERS("nps", row("Сегмент клиента;Дата отзыва;Канал контакта;Причина оценки"),
                      pairs({"Сегмент клиента", "segment", "Дата отзыва", "date", "Канал контакта", "channel", "Причина оценки",
                             "comment"}));
        CHECK_ANSWERS("audit", row("Дата проверки;Результат проверки"), pairs({"Дата проверки", "date", "Результат проверки", "score"}));
        // A comment about the score is a comment.
        CHECK_ANSWERS("nps", row("Likelihood to recommend - comment;Likelihood to recommend"),
                      pairs({"Likelihood to recommend - comment", "comment", "Likelihood to recommend", "score"}));
        CHECK_ANSWERS("nps", row("Комментарий к оценке NPS;Оценка NPS"),
                      pairs({"Комментарий к оценке NPS", "comment", "Оценка NPS", "score"}));
        // A column that is another field's ("Customer since", "Customer satisfaction" in an NPS file) is left alone.
        CHECK_ANSWERS("nps", row("Customer since;Customer satisfaction;Customer email"), pairs({"Customer email", "customer"}));
        // "score" must not take another metric's score, and the metric's own word beats the generic one.
        CHECK_ANSWERS("csat", row("NPS score;Score;CSAT"), pairs({"CSAT", "score"}));
        CHECK_ANSWERS("csat", row("NPS score;Score"), pairs({"Score", "score"}));
        CHECK_ANSWERS("nps", row("Satisfaction score;Оценка NPS"), pairs({"Оценка NPS", "score"}));
        CHECK_ANSWERS("nps", row("Ocena zadovoljstva;Ocena NPS"), pairs({"Ocena NPS", "score"}));
        CHECK_ANSWERS("nps", row("eNPS;Employee NPS"), Mapping{});
        CHECK_ANSWERS("audit", row("NPS score;Visit score"), pairs({"Visit score", "score"}));
        // "value" must not steal "CSAT value", nor a mean's or a CLV's column.
        CHECK_ANSWERS("csat", row("Value;CSAT value"), pairs({"CSAT value", "score"}));
        CHECK_ANSWERS("csat", row("CSAT value;Mean value"), pairs({"CSAT value", "score", "Mean value", "mean"}));
        CHECK_ANSWERS("mean", row("Mean value;Value"), pairs({"Mean value", "mean", "Value", "score"}));
        CHECK_GUESS("clv", row("Customer ID;CSAT value;Lifetime value"), clvFields,
                    pairs({"Customer ID", "customer", "Lifetime value", "value"}));
        CHECK_GUESS("clv", row("Customer;Customer value"), clvFields, pairs({"Customer", "customer", "Customer value", "value"}));
        // Group and sentiment columns next to the score are not the score.
        CHECK_ANSWERS("nps", row("NPS group;NPS category;Категория NPS;NPS 구분;Score - Sentiment"), Mapping{});
        // The people around the answer are not the fields they are named after.
        CHECK_ANSWERS("audit", row("Auditor;Kontrolor;Аудитор;Score %"), pairs({"Score %", "score"}));
        CHECK_ANSWERS("nps", row("Store manager;Team leader;Менеджер филиала;지점 담당자"), Mapping{});
        // Other dates and other texts.
        CHECK_ANSWERS("nps", row("Date of birth;Дата рождения;Datum rođenja;Дата народження;생년월일;Visit date"),
                      pairs({"Visit date", "date"}));
        CHECK_ANSWERS("nps", row("Response text;Response"), pairs({"Response text", "comment", "Response", "respondent"}));
        CHECK_ANSWERS("nps", row("Текст відповіді;Відповідь"), pairs({"Текст відповіді", "comment", "Відповідь", "respondent"}));
        // Survey-tool metadata that contains field words.
        CHECK_ANSWERS("nps", row("Location Latitude;Distribution Channel;Custom Data 1;External Data Reference;Q_RelevantIDFraudScore"),
                      Mapping{});
        // Russian words do not read English: "Data" is not "дата", "Ball" not "балл".
        CHECK_ANSWERS("nps", row("Data source;Ball;Balance;God mode"), pairs({"Data source", "channel"}));
        // Korean: a compound is one word, "비추천" is not "추천", "추천 이유" is a reason.
        CHECK_ANSWERS("nps", row("비추천고객;추천 이유"), pairs({"비추천고객", "detractors", "추천 이유", "comment"}));
        CHECK_GUESS("nps", row("비추천고객;추천 이유"), surveyFields, pairs({"추천 이유", "comment"}));
        CHECK_ANSWERS("nps", row("비추천자;추천자;중립자"), pairs({"비추천자", "detractors", "추천자", "promoters", "중립자", "passives"}));
        // Inflected and plural forms.
        CHECK_ANSWERS("nps", row("Comments;Customers;Touchpoints;Channels"),
                      pairs({"Comments", "comment", "Customers", "customer", "Touchpoints", "touchpoint", "Channels", "channel"}));
        CHECK_ANSWERS("nps", row("Counts;Critics"), pairs({"Counts", "count", "Critics", "detractors"}));
        CHECK_ANSWERS("nps", row("Critical incident"), Mapping{});
        // An aggregate's standard deviation is not its mean, in Russian either.
        CHECK_ANSWERS("nps", row("Среднее;Среднеквадратичное отклонение"),
                      pairs({"Среднее", "mean", "Среднеквадратичное отклонение", "sd"}));
    }
};

QTEST_APPLESS_MAIN(TestHeaderWords)
#include "tst_headerwords.moc"
