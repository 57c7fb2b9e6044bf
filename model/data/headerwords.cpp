#include "data/headerwords.h"

#include <QList>
#include <QStringView>

#include <algorithm>
#include <compare>
#include <optional>

namespace waymark {

namespace {

// ---------------------------------------------------------------------------------------
// The words. One row per field (and, for "score", per metric) and tier, one column per
// language, words separated by '|'. Words are folded exactly like headers (foldHeader), so
// case, accents, separators and Serbian script do not matter: Serbian is written once, in
// Cyrillic, and matches Latin headers too. The Cyrillic letters of Russian and Ukrainian words
// match only Cyrillic letters of the header (so "дата" cannot hit the English "Data source",
// nor "балл" "Ball"); English, Serbian and Korean words match any script.
//
// How a word may sit in a header (the default follows from the word):
//   '=' prefix: the whole header only ("n", "broj");
//   '^' prefix: whole tokens only, an English plural 's' allowed ("count" not in "country");
//   '*' prefix: anywhere;
//   no prefix: Latin and Cyrillic words of up to 3 letters are whole tokens, longer ones must
//   start a token ("unit" in "business unit", not "ease" in "please"; word stems such as
//   "оценк" and plural/case endings then match); Hangul words of two or more syllables match
//   anywhere (Korean writes compounds without spaces), one syllable only as a whole token.
// Tiers: Weak words are fallbacks that lose to any Normal word (generic "score", "customer",
// CLV "value"); Strong words mark survey-tool metadata that must never be taken for a field.
// Fields starting with '~' are never returned; they only claim headers so that a weaker
// field cannot take them ("Location Latitude", "Store manager"). Fields not asked for claim
// headers the same way ("Dissatisfied" is not "satisfied" even when only "satisfied" is asked).
// ---------------------------------------------------------------------------------------

enum Tier { Weak = 0, Normal = 1, Strong = 2 };

struct Row {
    const char16_t *field;
    const char16_t *metrics; // "score" rows: the metrics they serve, '|'-separated; empty: all
    Tier tier;
    const char16_t *en;
    const char16_t *ru;
    const char16_t *uk;
    const char16_t *sr;
    const char16_t *ko;
};

// clang-format off
constexpr Row wordRows[] = {
    // --- the answer's score, by metric -------------------------------------------------
    {u"score", u"", Weak,
     u"score|rating|grade",
     u"оценк|балл|рейтинг",
     u"оцінк|^бал|^бали|рейтинг",
     u"оцен|оцјен|бодов",
     u"점수|평점|평가"},
    {u"score", u"nps|enps", Normal,
     u"nps|nps score|net promoter|net promoter score|likelihood to recommend|likely to recommend|would recommend|recommend|ltr",
     u"индекс лояльности|рекоменд|порекоменд|вероятность рекомендовать|готовность рекомендовать",
     u"індекс лояльності|рекоменд|порекоменд|ймовірність рекомендувати|готовність рекомендувати",
     u"препорук|препоруч|вероватноћа препоруке",
     u"추천|추천 의향|추천할 의향|추천 가능성|추천 지수|순추천지수|순추천 고객 지수"},
    {u"score", u"enps", Normal,
     u"enps|employee nps|employee net promoter|employee net promoter score|place to work|employee recommend",
     u"индекс лояльности сотрудников|лояльность сотрудников|лояльность персонала",
     u"лояльність працівників|лояльність співробітників|лояльність персоналу",
     u"лојалност запослених|препорука послодавца",
     u"직원 추천|직원 nps|직원 추천 의향|직원 순추천"},
    {u"score", u"csat", Normal,
     u"csat|satisfaction|customer satisfaction|overall satisfaction|satisfaction score|osat|how satisfied|how satisfied or dissatisfied",
     u"удовлетворенност|насколько вы довольны|насколько вы удовлетворены|индекс удовлетворенности",
     u"задоволеніст|задоволеност|наскільки ви задоволені|рівень задоволеності",
     u"задовољств|колико сте задовољни",
     u"만족도|고객 만족도|만족 점수|얼마나 만족|전반적 만족"},
    {u"score", u"ces", Normal,
     u"ces|customer effort|customer effort score|effort|effort score|^ease|ease of use|how easy|how difficult",
     u"легкост|насколько легко|насколько просто|насколько сложно|простот|усили|удобств|индекс усилий",
     u"легкіст|наскільки легко|наскільки просто|наскільки складно|простот|зусил|зручніст",
     u"лакоћ|колико је било лако|колико лако|напор|једноставност|уложени труд|^труд",
     u"노력|고객 노력|편의성|용이성|간편|쉬웠|얼마나 쉬|쉽게"},
    {u"score", u"audit", Normal,
     u"^audit|audit score|visit score|mystery shop|compliance score|inspection score|checklist score",
     u"^аудит|оценка визита|тайный покупатель|тайного покупателя|результат проверки|проверк",
     u"^аудит|оцінка візиту|таємний покупець|таємного покупця|результат перевірки|перевірк",
     u"^аудит|контрола|контроле|провера|тајни купац|тајног купца|оцена посете",
     u"점검|점검 점수|미스터리|방문 평가|감사 점수"},
    {u"score", u"mean", Weak,
     u"value|measure|kpi|indicator",
     u"значени|показател|величин",
     u"значенн|показник",
     u"вредност|вриједност|показатељ",
     u"값|측정값|측정치|지표"},

    // --- who answered, about whom, when -------------------------------------------------
    {u"respondent", u"", Normal,
     u"respondent|response id|survey id|survey response id|visit id|interview id|employee id",
     u"респондент|id ответа|ответ id|номер ответа|анкет|номер анкеты|id визита",
     u"респондент|id відповіді|номер відповіді|анкет",
     u"испитаник|ид одговора|ид посете|ид анкете",
     u"응답자|응답 id|응답번호|응답자 id|설문 id"},
    {u"respondent", u"", Weak,
     u"response|employee|participant",
     u"",
     u"відповідь",
     u"одговор|учесник",
     u"응답|참여자"},
    {u"customer", u"", Normal,
     u"customer id|client id|account id|customer number|customer code|customer name|client name|account number",
     u"id клиента|код клиента|номер клиента|клиент id|номер договора",
     u"id клієнта|код клієнта|номер клієнта",
     u"ид купца|шифра купца|број купца|ид клијента|шифра клијента|број клијента",
     u"고객번호|고객 id|고객 코드|고객명|회원번호"},
    {u"customer", u"", Weak,
     u"customer|client|account|member|contact|buyer|subscriber",
     u"клиент|покупател|абонент|заказчик|контрагент",
     u"клієнт|покупець|покупц|абонент|замовник|контрагент",
     u"купац|купца|клијент|корисник|потрошач",
     u"고객|회원|구매자|가입자"},
    {u"date", u"", Normal,
     u"date|period|month|quarter|week|^year|timestamp|response date|survey date|visit date|feedback date|comment date|interview date|"
     u"recorded date|end date|submitted at|submit date|submission date|created|completed at|completion date",
     u"дата|период|месяц|квартал|недел|^год|отметка времени|дата ответа|дата отзыва|дата опроса|дата заполнения|дата создания|"
     u"дата визита|дата проверки|дата обращения|дата и время|время ответа",
     u"дата|період|місяц|квартал|тиждень|^рік|позначка часу|дата відповіді|дата відгуку|дата опитування|дата створення|"
     u"дата візиту|дата перевірки",
     u"датум|период|месец|мјесец|квартал|недељ|=година|временска ознака|датум одговора|датум посете|датум анкете|"
     u"датум попуњавања|датум креирања|датум провере|датум и време",
     u"날짜|일자|기간|=월|분기|주차|연도|응답일|응답 일시|응답 날짜|작성일|제출일|타임스탬프|일시|방문일|점검일"},

    // --- where in the journey -----------------------------------------------------------
    {u"segment", u"", Normal,
     u"segment|customer segment|customer type|customer group|customer tier|client segment|client type|account type|^tier|cohort|persona",
     u"сегмент|тип клиента|группа клиентов|категория клиента|клиентский сегмент",
     u"сегмент|тип клієнта|група клієнтів|категорія клієнта",
     u"сегмент|тип купца|тип клијента|категорија купца|група купаца|категорија корисника",
     u"세그먼트|고객군|고객 유형|고객 등급|고객 구분|고객 세그먼트"},
    {u"touchpoint", u"", Normal,
     u"touchpoint|touch point|customer touchpoint|data key|interaction|step|journey step",
     u"точка контакта|точки контакта|точка касания|точки касания|точка взаимодействия|взаимодействи|^шаг",
     u"точка дотику|точки дотику|точка контакту|точки контакту|взаємоді|^крок",
     u"тачка контакта|тачке контакта|додирна тачка|контакт тачка|тачка додира|интеракциј|^корак",
     u"접점|고객 접점|터치포인트"},
    {u"stage", u"", Normal,
     u"stage|journey stage|lifecycle stage|phase",
     u"этап|стади|фаза|этап пути",
     u"етап|стаді|фаза",
     u"фаза|етап|стадијум",
     u"단계|여정 단계|스테이지"},
    {u"channel", u"", Normal,
     u"channel|contact channel|interaction channel|acquisition channel",
     u"канал|канал связи|канал обращения",
     u"канал|канал зв'язку",
     u"канал",
     u"채널|경로|유입 경로|접수 채널"},
    {u"channel", u"", Weak,
     u"source",
     u"источник",
     u"джерело",
     u"извор",
     u"유입"},
    {u"department", u"", Normal,
     u"department|dept|team|division|^unit|business unit",
     u"отдел|подразделени|служб|команд|департамент",
     u"відділ|підрозділ|служб|команд|департамент",
     u"одељење|одјељење|odjel|сектор|служб|одсек|^тим",
     u"부서|팀|소속|본부"},
    {u"location", u"", Normal,
     u"location|branch|store|^shop|outlet|^site|^office|^city|point of sale|venue",
     u"отделени|филиал|магазин|офис|город|точка продаж|торговая точка|салон|локаци",
     u"відділенн|філі|магазин|офіс|міст|точка продажу",
     u"филијал|poslovnic|продавниц|локациј|огранак|^град|објекат|радњ|канцеларија",
     u"지점|매장|위치|점포|영업점|지사|도시"},
    {u"comment", u"", Normal,
     u"comment|verbatim|feedback|open answer|open ended|answer text|response text|open text|why|reason|remark|suggestion",
     u"коммент|отзыв|причин|пояснени|примечани|почему|открытый ответ|текст ответа",
     u"коментар|відгук|причин|поясненн|приміт|чому|відкрита відповідь|текст відповіді",
     u"коментар|образложењ|разлог|напомен|утис|зашто|отворени одговор|текст одговора|повратна информација",
     u"의견|코멘트|이유|사유|후기|피드백|기타 의견|주관식|추천 이유"},

    // --- aggregated tables --------------------------------------------------------------
    {u"count", u"", Normal,
     u"=n|^count|responses|number of responses|number of answers|number of respondents|=respondents|sample size|=base|total responses",
     u"количеств|кол-во|число ответов|число респондентов",
     u"кількіст|к-сть|кількість відповідей",
     u"=број|број одговора|број испитаника|укупно одговора",
     u"응답수|응답 수|건수|응답자 수|표본 수|사례수"},
    {u"promoters", u"", Normal,
     u"promoter",
     u"промоутер|сторонник",
     u"промоутер|прихильник",
     u"промотер|промотор",
     u"추천고객|추천 고객|추천자"},
    {u"passives", u"", Normal,
     u"passive|neutral",
     u"пассив|нейтрал",
     u"пасивн|нейтрал",
     u"пасивн|неутрал",
     u"중립|중립 고객|중립자"},
    // The middle band of CSAT and CES (NPS calls it passives; the file's metric decides).
    {u"neutral", u"", Normal,
     u"neutral",
     u"нейтрал",
     u"нейтрал",
     u"неутрал",
     u"중립|보통"},
    {u"detractors", u"", Normal,
     u"detractor|^critic",
     u"критик|детрактор",
     u"критик|детрактор",
     u"критичар|детрактор",
     u"비추천|비추천 고객|비추천자|비방자"},
    {u"satisfied", u"", Normal,
     u"satisfied|top 2 box|top two box|top box|t2b",
     u"удовлетворенны|довольны",
     u"задоволені|задоволених",
     u"задовољни|задовољних",
     u"=만족|만족 고객|만족 응답|만족자|만족 비율"},
    {u"dissatisfied", u"", Normal,
     u"dissatisfied|unsatisfied|not satisfied|bottom 2 box|bottom two box|bottom box",
     u"неудовлетворенны|недовольны",
     u"незадоволені",
     u"незадовољни",
     u"불만족|불만족 고객|불만"},
    // CES bands. Alone or as counts only: "How easy was it …?" is the CES question itself.
    {u"easy", u"", Normal,
     u"=easy|easy answers|easy responses|easy count|low effort",
     u"=легко|=просто",
     u"=легко|=просто",
     u"=лако|=једноставно",
     u"=쉬움|=쉬웠음|쉬움 응답"},
    {u"hard", u"", Normal,
     u"=hard|=difficult|hard answers|hard responses|hard count|high effort",
     u"=трудно|=сложно",
     u"=важко|=складно",
     u"=тешко",
     u"=어려움|=어려웠음|어려움 응답"},
    {u"mean", u"", Normal,
     u"^mean|average|avg|mean score|average score|mean value|average value",
     u"средн|средний балл|среднее значение|средняя оценка",
     u"середн|середній бал|середнє значення",
     u"просек|просјек|просечн|просјечн|средња вредност|аритметичка средина",
     u"평균|평균값|평균 점수"},
    {u"sd", u"", Normal,
     u"sd|std|stdev|std dev|st dev|standard deviation|std deviation|σ",
     u"стандартное отклонение|ско|станд откл|среднеквадратичн|ср кв откл",
     u"стандартне відхилення|середньоквадратичн",
     u"стандардна девијација|стандардно одступање",
     u"표준편차|표준 편차"},
    {u"met", u"", Normal,
     u"met|items met|met items|criteria met|passed",
     u"выполнен|соблюден",
     u"виконан|дотриман",
     u"испуњен",
     u"충족|충족 항목|준수|적합 항목"},
    {u"checked", u"", Normal,
     u"checked|items checked|checked items|total items|items total|applicable items",
     u"проверено|проверенные пункты|всего пунктов|количество пунктов",
     u"перевірено|всього пунктів|усього пунктів|кількість пунктів",
     u"проверено|проверене ставке|укупно ставки|број ставки",
     u"점검 항목|전체 항목|확인 항목|총 항목"},

    // --- customer lifetime value --------------------------------------------------------
    {u"value", u"", Normal,
     u"clv|ltv|lifetime value|customer lifetime value|customer value|client value",
     u"ценность клиента|пожизненная ценность",
     u"цінність клієнта|довічна цінність",
     u"животна вредност|вредност купца|вредност клијента|вриједност купца",
     u"고객생애가치|생애가치|고객 가치"},
    {u"value", u"", Weak,
     u"value|amount|revenue|total spend|^sum",
     u"ценност|сумм|выручк",
     u"цінніст|сума|виручк",
     u"вредност|вриједност|износ|сума",
     u"금액|가치|매출"},
    {u"currency", u"", Normal,
     u"currency|ccy",
     u"валют",
     u"валют",
     u"валута",
     u"통화|화폐"},
    {u"acquired", u"", Normal,
     u"acquisition date|acquired|customer since|client since|first purchase|signup date|sign up date|registration date|"
     u"join date|joined|created",
     u"дата привлечения|клиент с|дата регистрации|первая покупка|дата первой покупки",
     u"дата залучення|клієнт з|дата реєстрації|перша покупка|дата першої покупки",
     u"датум приступања|датум регистрације|датум стицања|прва куповина|купац од|клијент од|корисник од",
     u"가입일|가입 날짜|첫 구매일|최초 구매일|등록일"},

    // --- claimed so that nothing weaker takes them -----------------------------------------
    // People who handled the case: "Store manager", "Team leader", "Менеджер филиала".
    {u"~person", u"", Normal,
     u"manager|leader|agent|operator|owner|created by",
     u"менеджер|руководител|оператор|ответственн",
     u"менеджер|керівник|оператор|відповідальн",
     u"менаџер|руководилац|оператер|одговорно лице",
     u"담당자|매니저|상담원|관리자"},
    // Survey-tool metadata: Qualtrics, SurveyMonkey and Text iQ columns that contain field words.
    {u"~ignore", u"", Strong,
     u"latitude|longitude|recaptcha|relevant id|external reference|external data reference|custom data|data policy|"
     u"distribution channel|response type|sentiment|topic|birth|date of birth|dob",
     u"широта|долгота|тональност|рождени",
     u"широта|довгота|тональніст|народженн",
     u"географска ширина|географска дужина|рођењ",
     u"위도|경도|감성|생년월일|생일|출생"},
};

// Headers with these words are never the score column: the NPS group next to the score
// ("Q1_NPS_GROUP", "… - Group", "Категория NPS", "NPS 구분"), text analytics ("… - Sentiment
// Score"), and the open question about the score ("What is the main reason for your score?",
// "Likelihood to recommend - comment", "Почему вы поставили такую оценку?", "추천 이유").
constexpr Row vetoRows[] = {
    {u"score", u"", Normal,
     u"group|category|sentiment|topic|comment|verbatim|why|reason",
     u"групп|категори|коммент|почему|причин|пояснени",
     u"груп|категорі|коментар|чому|причин|поясненн",
     u"груп|категориј|коментар|зашто|разлог|образложењ",
     u"그룹|구분|유형|의견|이유|사유|코멘트"},
};

// A leading or trailing qualifier turns "Customer ID", "ID клиента", "Šifra filijale",
// "지점명" into exact matches of id-like fields.
constexpr Row qualifierRow = {
    u"", u"", Normal,
    u"id|ids|no|nr|num|number|code|key|name",
    u"номер|код|ид|название|наименование",
    u"номер|код|назва|найменування",
    u"број|бр|шифра|назив|име",
    u"번호|코드|이름|아이디|명"};

// Fields whose values are names or ids, so a qualifier may follow the word.
constexpr const char16_t *idLikeFields[] = {u"respondent", u"customer", u"touchpoint", u"segment", u"stage",
                                            u"channel", u"department", u"location", u"currency"};
// clang-format on

// ---------------------------------------------------------------------------------------
// Folding
// ---------------------------------------------------------------------------------------

// Cyrillic (after case folding) to Latin: the Serbian letter map, plus the Russian and
// Ukrainian letters Serbian lacks. Marks left by the map (č, ć, ž, š) go with the others.
const char16_t *latinFor(char16_t c)
{
    switch (c) {
    case u'а': return u"a";
    case u'б': return u"b";
    case u'в': return u"v";
    case u'г': return u"g";
    case u'ґ': return u"g";
    case u'д': return u"d";
    case u'ђ': return u"đ";
    case u'е': return u"e";
    case u'ё': return u"e";
    case u'є': return u"je";
    case u'ж': return u"ž";
    case u'з': return u"z";
    case u'ѕ': return u"dz";
    case u'и': return u"i";
    case u'і': return u"i";
    case u'ї': return u"i";
    case u'й': return u"i";
    case u'ј': return u"j";
    case u'к': return u"k";
    case u'л': return u"l";
    case u'љ': return u"lj";
    case u'м': return u"m";
    case u'н': return u"n";
    case u'њ': return u"nj";
    case u'о': return u"o";
    case u'п': return u"p";
    case u'р': return u"r";
    case u'с': return u"s";
    case u'т': return u"t";
    case u'ћ': return u"ć";
    case u'у': return u"u";
    case u'ў': return u"u";
    case u'ф': return u"f";
    case u'х': return u"h";
    case u'ц': return u"c";
    case u'ч': return u"č";
    case u'џ': return u"dž";
    case u'ш': return u"š";
    case u'щ': return u"šč";
    case u'ъ': return u"";
    case u'ы': return u"y";
    case u'ь': return u"";
    case u'э': return u"e";
    case u'ю': return u"ju";
    case u'я': return u"ja";
    default: return nullptr;
    }
}

// Latin letters that compatibility decomposition leaves alone.
const char16_t *plainLatinFor(char16_t c)
{
    switch (c) {
    case u'đ': return u"dj";
    case u'ł': return u"l";
    case u'ø': return u"o";
    case u'ß': return u"ss";
    case u'æ': return u"ae";
    case u'œ': return u"oe";
    case u'ı': return u"i";
    default: return nullptr;
    }
}

enum class Kind { None, Latin, Cyrillic, Hangul, OtherLetter, Digit };

Kind kindOf(QChar c)
{
    if (c.isNumber())
        return Kind::Digit;
    if (!c.isLetter() || c.category() == QChar::Letter_Modifier)
        return Kind::None;
    switch (c.script()) {
    case QChar::Script_Latin: return Kind::Latin;
    case QChar::Script_Cyrillic: return Kind::Cyrillic;
    case QChar::Script_Hangul: return Kind::Hangul;
    default: return Kind::OtherLetter;
    }
}

struct RawToken {
    QString text;
    Kind kind = Kind::None;
};

// Splits at separators, at changes of script or between letters and digits, and at camel
// case ("ResponseId", "IPAddress", "eNPS"; "IDs" stays one token).
QList<RawToken> rawTokens(const QString &header)
{
    const QString s = header.normalized(QString::NormalizationForm_KD);
    const qsizetype n = s.size();
    QList<RawToken> tokens;
    QString current;
    Kind currentKind = Kind::None;
    QChar lastLetter;
    const auto flush = [&] {
        if (!current.isEmpty())
            tokens.append({current, currentKind});
        current.clear();
        currentKind = Kind::None;
        lastLetter = QChar();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s.at(i);
        if (c.isMark()) {
            if (!current.isEmpty())
                current.append(c);
            continue;
        }
        const Kind kind = kindOf(c);
        if (kind == Kind::None) {
            flush();
            continue;
        }
        bool split = !current.isEmpty() && kind != currentKind;
        if (!split && !current.isEmpty() && kind != Kind::Digit && c.isUpper()) {
            if (lastLetter.isLower()) {
                split = true;
            } else if (lastLetter.isUpper()) {
                qsizetype next = i + 1;
                while (next < n && s.at(next).isMark())
                    ++next;
                if (next < n && s.at(next).isLower()) {
                    qsizetype end = next;
                    while (end < n && (s.at(end).isLower() || s.at(end).isMark()))
                        ++end;
                    const bool pluralS = end - next == 1 && s.at(next) == u's' && (end == n || kindOf(s.at(end)) == Kind::None);
                    split = !pluralS;
                }
            }
        }
        if (split)
            flush();
        current.append(c);
        currentKind = kind;
        if (kind != Kind::Digit)
            lastLetter = c;
    }
    flush();
    return tokens;
}

QString foldToken(const QString &token)
{
    const QString folded = token.toCaseFolded();
    QString latin;
    latin.reserve(folded.size() + 4);
    for (const QChar c : folded) {
        if (const char16_t *l = latinFor(c.unicode()))
            latin.append(QStringView(l));
        else
            latin.append(c);
    }
    const QString decomposed = latin.normalized(QString::NormalizationForm_KD);
    QString kept;
    kept.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isMark() || !c.isLetterOrNumber() || c.category() == QChar::Letter_Modifier)
            continue;
        if (const char16_t *p = plainLatinFor(c.unicode()))
            kept.append(QStringView(p));
        else
            kept.append(c.toCaseFolded());
    }
    // Hangul was split into jamo by the decomposition: put the syllables back.
    return kept.normalized(QString::NormalizationForm_C);
}

// A header or a word, folded, with its token boundaries.
struct Folded {
    QString text;              // every token
    QString core;              // without number tokens ("Score (0–10)" -> "score")
    QList<qsizetype> starts;   // token offsets in `text`
    QList<qsizetype> ends;
    QList<bool> textCyrillic;  // per character of `text`: from a Cyrillic token
    QList<bool> coreCyrillic;  // per character of `core`
    QList<bool> digits;        // per token
    QStringList tokens;
    bool hangul = false;       // the first letter token is Hangul
};

Folded fold(const QString &text)
{
    Folded f;
    bool sawLetter = false;
    for (const RawToken &raw : rawTokens(text)) {
        const QString token = foldToken(raw.text);
        if (token.isEmpty())
            continue;
        f.starts.append(f.text.size());
        f.text.append(token);
        f.ends.append(f.text.size());
        const bool cyrillic = raw.kind == Kind::Cyrillic;
        f.textCyrillic.insert(f.textCyrillic.size(), token.size(), cyrillic);
        f.digits.append(raw.kind == Kind::Digit);
        f.tokens.append(token);
        if (raw.kind != Kind::Digit) {
            f.core.append(token);
            f.coreCyrillic.insert(f.coreCyrillic.size(), token.size(), cyrillic);
            if (!sawLetter)
                f.hangul = raw.kind == Kind::Hangul;
            sawLetter = true;
        }
    }
    return f;
}

// ---------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------

enum class Mode { Exact, Token, Prefix, Anywhere };

struct Word {
    QString text;
    QString core;
    Mode mode = Mode::Prefix;
    Tier tier = Normal;
    // Russian and Ukrainian words: their Cyrillic letters match Cyrillic letters only.
    bool cyrillicOnly = false;
    QList<bool> textCyrillic;
    QList<bool> coreCyrillic;
};

// Whether the header's letters from `at` on were Cyrillic wherever the word's were.
bool scriptFits(const QList<bool> &header, qsizetype at, const QList<bool> &word)
{
    for (qsizetype i = 0; i < word.size(); ++i)
        if (word[i] && !header[at + i])
            return false;
    return true;
}

QList<Word> wordsOf(QStringView list, Tier tier, bool cyrillicOnlyLanguage)
{
    QList<Word> words;
    for (QStringView entry : list.split(u'|', Qt::SkipEmptyParts)) {
        std::optional<Mode> mode;
        if (entry.startsWith(u'='))
            mode = Mode::Exact;
        else if (entry.startsWith(u'^'))
            mode = Mode::Token;
        else if (entry.startsWith(u'*'))
            mode = Mode::Anywhere;
        if (mode)
            entry = entry.mid(1);
        const QString source = entry.toString();
        const Folded f = fold(source);
        if (f.core.isEmpty())
            continue;
        Word w;
        w.text = f.text;
        w.core = f.core;
        w.tier = tier;
        w.cyrillicOnly = cyrillicOnlyLanguage && f.coreCyrillic.contains(true);
        w.textCyrillic = f.textCyrillic;
        w.coreCyrillic = f.coreCyrillic;
        if (mode)
            w.mode = *mode;
        else if (f.hangul)
            w.mode = f.text.size() >= 2 ? Mode::Anywhere : Mode::Token;
        else
            w.mode = f.text.size() <= 3 ? Mode::Token : Mode::Prefix;
        words.append(w);
    }
    return words;
}

QList<Word> wordsOf(const Row &row)
{
    QList<Word> words;
    words += wordsOf(QStringView(row.en), row.tier, false);
    words += wordsOf(QStringView(row.ru), row.tier, true);
    words += wordsOf(QStringView(row.uk), row.tier, true);
    words += wordsOf(QStringView(row.sr), row.tier, false);
    words += wordsOf(QStringView(row.ko), row.tier, false);
    return words;
}

struct Table {
    QHash<QString, QList<Word>> fields;        // field key -> words (not "score")
    QStringList fieldOrder;                    // table order, for deterministic claims
    QHash<QString, QList<Word>> metricScores;  // metric -> its own score words
    QStringList metrics;
    QList<Word> genericScore;
    QHash<QString, QList<Word>> veto;          // field key -> veto words
    QSet<QString> qualifiers;                  // folded
    QStringList hangulQualifiers;              // folded, may end a Hangul token
    QSet<QString> idLike;
};

const Table &table()
{
    static const Table t = [] {
        Table b;
        for (const Row &row : wordRows) {
            const QString field = QString::fromUtf16(row.field);
            const QList<Word> words = wordsOf(row);
            if (field != u"score") {
                if (!b.fields.contains(field))
                    b.fieldOrder.append(field);
                b.fields[field] += words;
                continue;
            }
            const QStringView metrics(row.metrics);
            if (metrics.isEmpty()) {
                b.genericScore += words;
                continue;
            }
            for (QStringView metric : metrics.split(u'|', Qt::SkipEmptyParts)) {
                const QString key = metric.toString();
                if (!b.metrics.contains(key))
                    b.metrics.append(key);
                b.metricScores[key] += words;
            }
        }
        for (const Row &row : vetoRows)
            b.veto[QString::fromUtf16(row.field)] += wordsOf(row);
        for (const Word &w : wordsOf(qualifierRow)) {
            if (w.text.front().script() == QChar::Script_Hangul)
                b.hangulQualifiers.append(w.text);
            else
                b.qualifiers.insert(w.text);
        }
        for (const char16_t *field : idLikeFields)
            b.idLike.insert(QString::fromUtf16(field));
        return b;
    }();
    return t;
}

// ---------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------

// How well a word matches a header; greater is better, compared member by member.
struct Rank {
    int tier = 0;
    int exact = 0;
    qsizetype length = 0;
    int aligned = 0; // 2: whole tokens, 1: starts a token, 0: inside a token
    auto operator<=>(const Rank &) const = default;
};

struct Header {
    Folded f;
    // Cores with a qualifier removed ("Customer ID" -> "customer"), with their characters'
    // scripts.
    QList<std::pair<QString, QList<bool>>> qualified;
};

Header headerOf(const QString &text, const Table &t)
{
    Header h;
    h.f = fold(text);
    QList<qsizetype> letterTokens;
    for (qsizetype i = 0; i < h.f.tokens.size(); ++i)
        if (!h.f.digits[i])
            letterTokens.append(i);
    const auto coreWithout = [&](qsizetype skip) {
        QString core;
        QList<bool> cyrillic;
        for (qsizetype i : letterTokens) {
            if (i == skip)
                continue;
            core += h.f.tokens[i];
            cyrillic.insert(cyrillic.size(), h.f.tokens[i].size(), h.f.textCyrillic[h.f.starts[i]]);
        }
        return std::pair<QString, QList<bool>>(core, cyrillic);
    };
    if (letterTokens.size() >= 2) {
        if (t.qualifiers.contains(h.f.tokens[letterTokens.front()]))
            h.qualified.append(coreWithout(letterTokens.front()));
        if (t.qualifiers.contains(h.f.tokens[letterTokens.back()]))
            h.qualified.append(coreWithout(letterTokens.back()));
    }
    if (!letterTokens.isEmpty()) {
        const QString &last = h.f.tokens[letterTokens.back()];
        if (last.front().script() == QChar::Script_Hangul) {
            for (const QString &q : t.hangulQualifiers) {
                if (last.size() > q.size() && last.endsWith(q)) {
                    auto [core, cyrillic] = coreWithout(letterTokens.back());
                    const qsizetype kept = last.size() - q.size();
                    core += last.first(kept);
                    cyrillic.insert(cyrillic.size(), kept, false);
                    h.qualified.append({core, cyrillic});
                }
            }
        }
    }
    return h;
}

std::optional<Rank> match(const Header &h, const Word &w, bool idLike)
{
    const qsizetype length = w.text.size();
    if (h.f.core == w.core && (!w.cyrillicOnly || scriptFits(h.f.coreCyrillic, 0, w.coreCyrillic)))
        return Rank{w.tier, 1, length, 2};
    if (idLike) {
        for (const auto &[core, cyrillic] : h.qualified)
            if (core == w.core && (!w.cyrillicOnly || scriptFits(cyrillic, 0, w.coreCyrillic)))
                return Rank{w.tier, 1, length, 2};
    }
    if (w.mode == Mode::Exact)
        return std::nullopt;
    std::optional<Rank> best;
    for (qsizetype at = h.f.text.indexOf(w.text); at >= 0; at = h.f.text.indexOf(w.text, at + 1)) {
        const qsizetype end = at + length;
        const bool startsToken = h.f.starts.contains(at);
        bool endsToken = h.f.ends.contains(end);
        if (w.mode == Mode::Token && !endsToken && end < h.f.text.size() && h.f.text.at(end) == u's'
            && h.f.ends.contains(end + 1))
            endsToken = true; // an English plural: "counts", "critics"
        if ((w.mode == Mode::Prefix || w.mode == Mode::Token) && !startsToken)
            continue;
        if (w.mode == Mode::Token && !endsToken)
            continue;
        if (w.cyrillicOnly && !scriptFits(h.f.textCyrillic, at, w.textCyrillic))
            continue;
        const Rank r{w.tier, 0, length, startsToken ? (endsToken ? 2 : 1) : 0};
        if (!best || *best < r)
            best = r;
    }
    return best;
}

struct Key {
    QString name;
    QList<Word> words;
    QList<Word> veto;
    bool idLike = false;
    int fieldIndex = -1; // in `fields` when the key may still be guessed
};

std::optional<Rank> bestRank(const Header &h, const Key &key)
{
    for (const Word &v : key.veto)
        if (match(h, v, false))
            return std::nullopt;
    std::optional<Rank> best;
    for (const Word &w : key.words) {
        const std::optional<Rank> r = match(h, w, key.idLike);
        if (r && (!best || *best < *r))
            best = r;
    }
    return best;
}

QList<Key> keysFor(const QString &metric, const QStringList &fields, const QSet<QString> &takenFields)
{
    const Table &t = table();
    const auto openIndex = [&](const QString &key) {
        const int index = int(fields.indexOf(key));
        return index >= 0 && !takenFields.contains(key) && !key.startsWith(u'~') ? index : -1;
    };
    QList<Key> keys;
    for (const QString &field : t.fieldOrder)
        keys.append({field, t.fields.value(field), t.veto.value(field), t.idLike.contains(field), openIndex(field)});

    Key score{QStringLiteral("score"), t.genericScore, t.veto.value(QStringLiteral("score")), false, openIndex(QStringLiteral("score"))};
    score.words += t.metricScores.value(metric);
    for (const QString &other : t.metrics) {
        if (other == metric)
            continue;
        if (metric == u"mean") {
            // A plain mean of any measure: other metrics' words are fallbacks for its value.
            for (Word w : t.metricScores.value(other)) {
                w.tier = Weak;
                score.words.append(w);
            }
        } else {
            // Another metric's score column ("NPS" in a CSAT file) is claimed, not taken.
            keys.append({QStringLiteral("~score:") + other, t.metricScores.value(other), score.veto, false, -1});
        }
    }
    keys.prepend(score);
    return keys;
}

} // namespace

QString foldHeader(const QString &header)
{
    return fold(header).text;
}

QHash<QString, QString> guessFields(const QString &metric, const QStringList &headers, const QStringList &fields,
                                    const QSet<QString> &takenHeaders, const QSet<QString> &takenFields)
{
    const Table &t = table();
    const QList<Key> keys = keysFor(metric, fields, takenFields);

    struct Candidate {
        Rank rank;
        int field;
        int header;
    };
    QList<Candidate> candidates;
    QSet<QString> seen;
    for (int hi = 0; hi < headers.size(); ++hi) {
        const QString &name = headers[hi];
        if (takenHeaders.contains(name) || seen.contains(name))
            continue;
        seen.insert(name);
        const Header h = headerOf(name, t);
        if (h.f.core.isEmpty())
            continue;
        QList<std::pair<const Key *, Rank>> ranks;
        std::optional<Rank> best;
        for (const Key &key : keys) {
            if (const std::optional<Rank> r = bestRank(h, key)) {
                ranks.append({&key, *r});
                if (!best || *best < *r)
                    best = r;
            }
        }
        // The column belongs to the field its header matches best; if that is a field not
        // asked for, a taken one, or metadata, no weaker field gets it either.
        for (const auto &[key, rank] : ranks)
            if (key->fieldIndex >= 0 && rank == *best)
                candidates.append({rank, key->fieldIndex, hi});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.rank != b.rank)
            return a.rank > b.rank;
        if (a.field != b.field)
            return a.field < b.field;
        return a.header < b.header;
    });
    QHash<QString, QString> mapping;
    QSet<int> usedFields;
    QSet<int> usedHeaders;
    for (const Candidate &c : candidates) {
        if (usedFields.contains(c.field) || usedHeaders.contains(c.header))
            continue;
        usedFields.insert(c.field);
        usedHeaders.insert(c.header);
        mapping.insert(headers[c.header], fields[c.field]);
    }
    return mapping;
}

} // namespace waymark
