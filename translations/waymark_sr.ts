<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr" sourcelanguage="en">
<context>
    <name>Autosaver</name>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation>Није могуће уписати копију за опоравак: %1</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value model to %L1 customers…</source>
        <translation>Модел животне вредности се прилагођава подацима о купцима (%L1)…</translation>
    </message>
</context>
<context>
    <name>BusinessCase</name>
    <message>
        <source>one-off cost</source>
        <translation>једнократни трошак</translation>
    </message>
    <message>
        <source>discount rate</source>
        <translation>дисконтна стопа</translation>
    </message>
    <message>
        <source>year %1: benefits − running cost</source>
        <translation>година %1: користи − текући трошак</translation>
    </message>
    <message>
        <source>(%1 − %2) × %3</source>
        <translation>(%1 − %2) × %3</translation>
    </message>
    <message>
        <source>Net present value — %1</source>
        <translation>Нето садашња вредност — %1</translation>
    </message>
    <message>
        <source>−one-off cost + Σ years (benefits − running cost) / (1 + discount rate)^year</source>
        <translation>−једнократни трошак + Σ по годинама (користи − текући трошак) / (1 + дисконтна стопа)^година</translation>
    </message>
    <message>
        <source>Net present value, low — %1</source>
        <translation>Нето садашња вредност, доња процена — %1</translation>
    </message>
    <message>
        <source>as the NPV, with the low end of every benefit</source>
        <translation>као NPV, уз доњу границу сваке користи</translation>
    </message>
    <message>
        <source>benefits per year, low</source>
        <translation>користи годишње, доња процена</translation>
    </message>
    <message>
        <source>Net present value, high — %1</source>
        <translation>Нето садашња вредност, горња процена — %1</translation>
    </message>
    <message>
        <source>as the NPV, with the high end of every benefit</source>
        <translation>као NPV, уз горњу границу сваке користи</translation>
    </message>
    <message>
        <source>benefits per year, high</source>
        <translation>користи годишње, горња процена</translation>
    </message>
    <message>
        <source>Return on investment — %1</source>
        <translation>Поврат улагања (ROI) — %1</translation>
    </message>
    <message>
        <source>NPV / (one-off cost + Σ years running cost / (1 + discount rate)^year)</source>
        <translation>NPV / (једнократни трошак + Σ по годинама текући трошак / (1 + дисконтна стопа)^година)</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>discounted running costs</source>
        <translation>дисконтовани текући трошкови</translation>
    </message>
    <message>
        <source>net per month after delivery</source>
        <translation>нето месечно после реализације</translation>
    </message>
    <message>
        <source>Payback — %1</source>
        <translation>Повраћај — %1</translation>
    </message>
    <message>
        <source>the first month in which the cumulative net (undiscounted) reaches the one-off cost</source>
        <translation>први месец у коме кумулативни нето износ (недисконтован) достиже једнократни трошак</translation>
    </message>
    <message>
        <source>the cumulative net does not reach the one-off cost within the horizon</source>
        <translation>кумулативни нето износ не достиже једнократни трошак у оквиру хоризонта</translation>
    </message>
    <message>
        <source>The one-off cost is in %1, not %2: left out</source>
        <translation>Једнократни трошак је у %1, а не у %2: изостављен</translation>
    </message>
    <message>
        <source>The running cost is in %1, not %2: left out</source>
        <translation>Текући трошак је у %1, а не у %2: изостављен</translation>
    </message>
    <message>
        <source>A change names a card that is no longer on the map: left out</source>
        <translation>Измена се односи на картицу које више нема на мапи: изостављена</translation>
    </message>
    <message>
        <source>customers per year at the stage</source>
        <translation>корисника годишње у фази</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>обухват</translation>
    </message>
    <message>
        <source>The money saved at “%1” is in %2, not %3: left out</source>
        <translation>Уштеђени новац код „%1“ је у %2, а не у %3: изостављен</translation>
    </message>
    <message>
        <source>Customer effort saved — %1</source>
        <translation>Уштеђени напор корисника — %1</translation>
    </message>
    <message>
        <source>customers × reach × (minutes saved / 60 × hour value + money saved)</source>
        <translation>корисници × обухват × (уштеђени минути / 60 × вредност сата + уштеђени новац)</translation>
    </message>
    <message>
        <source>minutes saved</source>
        <translation>уштеђени минути</translation>
    </message>
    <message>
        <source>hour value</source>
        <translation>вредност сата</translation>
    </message>
    <message>
        <source>money saved</source>
        <translation>уштеђени новац</translation>
    </message>
    <message>
        <source>No cost per contact is set for the %1 channel: “%2” saves nothing to serve</source>
        <translation>За канал %1 није задат трошак по контакту: „%2“ не смањује трошак услуживања</translation>
    </message>
    <message>
        <source>Cost to serve saved — %1</source>
        <translation>Уштеда на трошку услуживања — %1</translation>
    </message>
    <message>
        <source>customers × reach × contacts avoided × cost per contact of the channel</source>
        <translation>корисници × обухват × избегнути контакти × трошак по контакту у каналу</translation>
    </message>
    <message>
        <source>contacts avoided</source>
        <translation>избегнути контакти</translation>
    </message>
    <message>
        <source>cost per contact (%1)</source>
        <translation>трошак по контакту (%1)</translation>
    </message>
    <message>
        <source>touchpoint “%1”</source>
        <translation>додирна тачка „%1“</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: the journey has no NPS data</source>
        <translation>Задржавање код „%1“ је изостављено: путовање нема NPS податке</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: the card has no data key for NPS answers</source>
        <translation>Задржавање код „%1“ је изостављено: картица нема кључ података за NPS одговоре</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: no NPS answers at touchpoint “%2”</source>
        <translation>Задржавање код „%1“ је изостављено: нема NPS одговора у додирној тачки „%2“</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: the journey has no CLV data</source>
        <translation>Задржавање код „%1“ је изостављено: путовање нема CLV податке</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: no CLV of the NPS categories it moves</source>
        <translation>Задржавање код „%1“ је изостављено: нема CLV за NPS категорије између којих прелазе корисници</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: the CLV is in %2, not %3</source>
        <translation>Задржавање код „%1“ је изостављено: CLV је у %2, а не у %3</translation>
    </message>
    <message>
        <source>Retention — %1</source>
        <translation>Задржавање — %1</translation>
    </message>
    <message>
        <source>customers × reach × detractor share × (to passives × (CLV passives − CLV detractors) + to promoters × (CLV promoters − CLV detractors))</source>
        <translation>корисници × обухват × удео критичара × (у пасивне × (CLV пасивних − CLV критичара) + у промотере × (CLV промотера − CLV критичара))</translation>
    </message>
    <message>
        <source>detractor share (95 % interval)</source>
        <translation>удео критичара (интервал од 95 %)</translation>
    </message>
    <message>
        <source>%1 (%2 – %3) of %4 answers</source>
        <translation>%1 (%2 – %3), одговора: %4</translation>
    </message>
    <message>
        <source>to passives</source>
        <translation>у пасивне</translation>
    </message>
    <message>
        <source>to promoters</source>
        <translation>у промотере</translation>
    </message>
    <message>
        <source>mean CLV detractors</source>
        <translation>просечан CLV критичара</translation>
    </message>
    <message>
        <source>mean CLV passives</source>
        <translation>просечан CLV пасивних</translation>
    </message>
    <message>
        <source>mean CLV promoters</source>
        <translation>просечан CLV промотера</translation>
    </message>
    <message>
        <source>The money the new step “%1” costs is in %2, not %3: left out</source>
        <translation>Новац који нови корак „%1“ кошта је у %2, а не у %3: изостављен</translation>
    </message>
    <message>
        <source>Customer effort added — %1</source>
        <translation>Додати напор корисника — %1</translation>
    </message>
    <message>
        <source>−customers × (minutes / 60 × hour value + money)</source>
        <translation>−корисници × (минути / 60 × вредност сата + новац)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минути</translation>
    </message>
    <message>
        <source>money</source>
        <translation>новац</translation>
    </message>
    <message>
        <source>spread (%1 confidence)</source>
        <translation>распон (поузданост: %1)</translation>
    </message>
    <message>
        <source>Customer effort per year — %1</source>
        <translation>Напор корисника годишње — %1</translation>
    </message>
    <message>
        <source>Σ cards' customer effort saved − added steps' effort</source>
        <translation>Σ уштеђеног напора корисника по картицама − напор додатих корака</translation>
    </message>
    <message>
        <source>low</source>
        <translation>доња процена</translation>
    </message>
    <message>
        <source>high</source>
        <translation>горња процена</translation>
    </message>
    <message>
        <source>Cost to serve per year — %1</source>
        <translation>Трошак услуживања годишње — %1</translation>
    </message>
    <message>
        <source>Σ cards' cost to serve saved</source>
        <translation>Σ уштеда на трошку услуживања по картицама</translation>
    </message>
    <message>
        <source>Retention per year — %1</source>
        <translation>Задржавање годишње — %1</translation>
    </message>
    <message>
        <source>CLV at risk — %1</source>
        <translation>Угрожени CLV — %1</translation>
    </message>
    <message>
        <source>Σ linked touchpoints: lifetime value of the customers whose latest answer there was a detractor's</source>
        <translation>Σ повезаних додирних тачака: животна вредност корисника чији је последњи одговор тамо био одговор критичара</translation>
    </message>
    <message>
        <source>Running cost per year — %1</source>
        <translation>Текући трошак годишње — %1</translation>
    </message>
    <message>
        <source>from month %1 on, after delivery</source>
        <translation>од %1. месеца, после реализације</translation>
    </message>
    <message>
        <source>months to deliver</source>
        <translation>месеци до реализације</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Укупно</translation>
    </message>
    <message>
        <source>No customers per year are set: every benefit is 0</source>
        <translation>Није задат број корисника годишње: свака корист је 0</translation>
    </message>
    <message>
        <source>The scenario names an opportunity that no longer exists: left out</source>
        <translation>Сценарио се односи на прилику која више не постоји: изостављена</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is changed by %2: the total counts each change in full, so it overstates their overlap</source>
        <translation>„%1“ мењају %2: збир рачуна сваку измену у целости, па прецењује ефекат тамо где се преклапају</translation>
    </message>
    <message>
        <source>Σ opportunities</source>
        <translation>Σ прилика</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>прилике</translation>
    </message>
    <message>
        <source>Σ touchpoints linked by any opportunity, each counted once</source>
        <translation>Σ додирних тачака повезаних са било којом приликом, свака рачуната једном</translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation>додирне тачке</translation>
    </message>
    <message>
        <source>the largest card's retention (a customer changes category once); the range uses the ends of the detractor share's 95 % interval and the spread</source>
        <translation>задржавање картице са највећим ефектом (корисник мења категорију само једном); распон користи границе интервала од 95 % за удео критичара и распон процене</translation>
    </message>
    <message>
        <source>Retention at “%1” not counted yet: reading the %L2 survey answers…</source>
        <translation>Задржавање код „%1“ још није урачунато: читају се %L2 одговора из анкете…</translation>
    </message>
    <message>
        <source>Retention at “%1” not counted yet: fitting the lifetime-value model to %L2 customers…</source>
        <translation>Задржавање код „%1“ још није урачунато: модел животне вредности се прилагођава подацима о купцима (%L2)…</translation>
    </message>
    <message>
        <source>Retention at “%1” not counted yet: matching %L2 survey answers to customers…</source>
        <translation>Задржавање код „%1“ још није урачунато: одговори из анкете (%L2) се повезују са купцима…</translation>
    </message>
</context>
<context>
    <name>BusinessCaseXlsx</name>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>није могуће направити привремену фасциклу: %1</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>није могуће направити радну свеску</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Улазни подаци</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Прорачун</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>Објашњења</translation>
    </message>
    <message>
        <source>cannot add the sheets</source>
        <translation>није могуће додати листове</translation>
    </message>
    <message>
        <source>Business case: every opportunity</source>
        <translation>Пословни случај: све прилике</translation>
    </message>
    <message>
        <source>Business case: %1</source>
        <translation>Пословни случај: %1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Подешавање</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Вредност</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <source>Horizon (years, 1–10)</source>
        <translation>Хоризонт (године, 1–10)</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Дисконтна стопа</translation>
    </message>
    <message>
        <source>Customers per year</source>
        <translation>Корисника годишње</translation>
    </message>
    <message>
        <source>Customers per year — %1</source>
        <translation>Корисника годишње — %1</translation>
    </message>
    <message>
        <source>Value of the customer's hour</source>
        <translation>Вредност сата корисника</translation>
    </message>
    <message>
        <source>Cost per contact — %1</source>
        <translation>Трошак по контакту — %1</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Прилика</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Једнократни трошак</translation>
    </message>
    <message>
        <source>Running cost / year</source>
        <translation>Текући трошак / година</translation>
    </message>
    <message>
        <source>Months to deliver</source>
        <translation>Месеци до реализације</translation>
    </message>
    <message>
        <source>Customer effort / year</source>
        <translation>Напор корисника / година</translation>
    </message>
    <message>
        <source>Cost to serve / year</source>
        <translation>Трошак услуживања / година</translation>
    </message>
    <message>
        <source>Retention / year</source>
        <translation>Задржавање / година</translation>
    </message>
    <message>
        <source>Benefits / year, low</source>
        <translation>Користи / година, доња процена</translation>
    </message>
    <message>
        <source>Benefits / year, high</source>
        <translation>Користи / година, горња процена</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>NPV, low</source>
        <translation>NPV, доња процена</translation>
    </message>
    <message>
        <source>NPV, high</source>
        <translation>NPV, горња процена</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>Повраћај (месеци)</translation>
    </message>
    <message>
        <source>Year %1: net, discounted</source>
        <translation>Година %1: нето, дисконтовано</translation>
    </message>
    <message>
        <source>Year %1: running cost, discounted</source>
        <translation>Година %1: текући трошак, дисконтован</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>није у оквиру хоризонта</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатељ</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>није могуће записати радну свеску: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>није могуће записати %1: %2</translation>
    </message>
</context>
<context>
    <name>CardImage</name>
    <message>
        <source>The stored picture is damaged.</source>
        <translation>Сачувана слика је оштећена.</translation>
    </message>
    <message>
        <source>The stored picture is damaged (%1).</source>
        <translation>Сачувана слика је оштећена (%1).</translation>
    </message>
    <message>
        <source>The picture is stored as “%1”, which is neither JPEG nor PNG.</source>
        <translation>Слика је сачувана у формату „%1“, који није ни JPEG ни PNG.</translation>
    </message>
    <message>
        <source>The stored picture is %1 × %2 pixels; pictures on cards are at most %3 pixels on each side.</source>
        <translation>Сачувана слика има %1 × %2 пиксела, а слике на картицама имају највише %3 пиксела по свакој страни.</translation>
    </message>
    <message>
        <source>the picture has no id</source>
        <translation>слика нема идентификатор</translation>
    </message>
    <message>
        <source>the picture is stored as “%1”, which is neither JPEG nor PNG</source>
        <translation>слика је сачувана као „%1”, што није ни JPEG ни PNG</translation>
    </message>
    <message>
        <source>the picture is empty</source>
        <translation>слика је празна</translation>
    </message>
    <message>
        <source>the picture takes %1; a stored picture takes at most %2</source>
        <translation>слика заузима %1; сачувана слика може да заузме највише %2</translation>
    </message>
    <message>
        <source>the picture's size %1 × %2 is not from 1 to %3 pixels on each side</source>
        <translation>величина слике %1 × %2 — свака страница мора бити од 1 до %3 пиксела</translation>
    </message>
</context>
<context>
    <name>CardImageImport</name>
    <message>
        <source>the file is %1; a picture may be at most %2.</source>
        <translation>датотека има %1, а слика може имати највише %2.</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete.</source>
        <translation>слика је оштећена или непотпуна.</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete (%1).</source>
        <translation>слика је оштећена или непотпуна (%1).</translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation>Налепљена слика</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>it could not be read: %1</source>
        <translation>читање није успело: %1</translation>
    </message>
    <message>
        <source>it is larger than %1, the most a picture may be.</source>
        <translation>датотека је већа од %1, колико слика највише сме да има.</translation>
    </message>
    <message>
        <source>there is no such file (%1).</source>
        <translation>таква датотека не постоји (%1).</translation>
    </message>
    <message>
        <source>this is not a file but a folder or a device.</source>
        <translation>ово није датотека, већ фасцикла или уређај.</translation>
    </message>
    <message>
        <source>it could not be opened: %1</source>
        <translation>отварање није успело: %1</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>празно је.</translation>
    </message>
    <message>
        <source>this is not a picture Waymark can read; it takes %1.</source>
        <translation>ово није слика коју Waymark може да прочита; Waymark прима %1.</translation>
    </message>
    <message>
        <source>its format is %1; Waymark takes %2.</source>
        <translation>формат је %1, а Waymark прима %2.</translation>
    </message>
    <message>
        <source>the picture is %1 × %2 pixels (%3 megapixels); a picture may have at most %4 megapixels.</source>
        <translation>слика има %1 × %2 пиксела (%3 мегапиксела), а сме да има највише %4 мегапиксела.</translation>
    </message>
    <message>
        <source>the picture is %1 × %2 pixels at %3 bits a pixel: reading it would take %4 of memory, more than the %5 a picture may take.</source>
        <translation>слика има %1 × %2 пиксела са %3 бита по пикселу: за читање би требало %4 меморије, а једна слика сме да заузме највише %5.</translation>
    </message>
    <message>
        <source>the picture could not be written anew as %1.</source>
        <translation>слика није могла поново да се запише као %1.</translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <source>(untitled)</source>
        <translation>(без наслова)</translation>
    </message>
    <message>
        <source>Time: %1 · Money: %2 · Negative emotion: %3/10</source>
        <translation>Време: %1 · Новац: %2 · Негативна емоција: %3/10</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Болна тачка</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Тренутак истине</translation>
    </message>
    <message>
        <source>today: %1</source>
        <translation>данас: %1</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>уклоњена</translation>
    </message>
    <message>
        <source>new</source>
        <translation>нова</translation>
    </message>
    <message>
        <source>Pain point (red triangle): the step hurts the customer; the team wants it fixed.</source>
        <translation>Болна тачка (црвени троугао): овај корак смета кориснику и тим жели да га поправи.</translation>
    </message>
    <message>
        <source>Moment of truth (star): the customer decides here whether to stay.</source>
        <translation>Тренутак истине (звезда): овде корисник одлучује да ли остаје.</translation>
    </message>
    <message>
        <source>Coloured bar: the department that owns this step — %1.</source>
        <translation>Обојена трака: одељење које је власник овог корака — %1.</translation>
    </message>
    <message>
        <source>Negative emotion %1 of 10 (numbered circle): green calm, amber uneasy, red upset.</source>
        <translation>Негативна емоција %1 од 10 (круг са бројем): зелено мирно, жуто нелагодно, црвено узнемирено.</translation>
    </message>
    <message>
        <source>Effort: the time (blue) and money (green) this step costs the customer.</source>
        <translation>Напор: време (плаво) и новац (зелено) које овај корак кошта корисника.</translation>
    </message>
    <message>
        <source>What the card rests on (bars: one for an assumption, two for workshop knowledge, three for research, four for measured data): %1.</source>
        <translation>На чему картица почива (стубићи: један — претпоставка, два — знање са радионице, три — истраживање, четири — измерени подаци): %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) on this card: double-click to see them large.</source>
        <translation>
            <numerusform>%n слика на картици: двапут кликните да је видите увећану.</numerusform>
            <numerusform>%n слике на картици: двапут кликните да их видите увећане.</numerusform>
            <numerusform>%n слика на картици: двапут кликните да их видите увећане.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardMime</name>
    <message>
        <source>The clipboard holds no Waymark cards.</source>
        <translation>У остави нема Waymark картица.</translation>
    </message>
    <message>
        <source>The cards on the clipboard cannot be pasted: %1</source>
        <translation>Картице из оставе није могуће налепити: %1</translation>
    </message>
</context>
<context>
    <name>CardTransfer</name>
    <message>
        <source>Copied cards</source>
        <translation>Копиране картице</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Web</source>
        <translation>Веб</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Мобилна апликација</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Branch / store</source>
        <translation>Филијала / продавница</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Е-пошта</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Ћаскање</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Друштвене мреже</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Друго</translation>
    </message>
</context>
<context>
    <name>ClvCharts</name>
    <message>
        <source>Cumulative repeat purchases, actual and expected</source>
        <translation>Кумулативне поновљене куповине, стварне и очекиване</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Стварно</translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation>Очекивано (%1)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Недеља</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Поновљене куповине</translation>
    </message>
    <message>
        <source>Calibration end (week %1)</source>
        <translation>Крај калибрације (недеља %1)</translation>
    </message>
</context>
<context>
    <name>ClvModel</name>
    <message>
        <source>no customer bought before the calibration end: nothing to model</source>
        <translation>ниједан корисник није куповао пре краја калибрационог периода: нема шта да се моделује</translation>
    </message>
    <message>
        <source>only %1 customers, %2 of whom bought again: too few to estimate the models reliably</source>
        <translation>корисника има само %1, од којих је %2 поново куповало: то је премало за поуздану процену модела</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) could not be predicted (the model cannot be evaluated for their history)</source>
        <translation>
            <numerusform>за %n корисника није било могуће направити прогнозу (за такву историју куповина модел не може да се израчуна)</numerusform>
            <numerusform>за %n корисника није било могуће направити прогнозу (за такву историју куповина модел не може да се израчуна)</numerusform>
            <numerusform>за %n корисника није било могуће направити прогнозу (за такву историју куповина модел не може да се израчуна)</numerusform>
        </translation>
    </message>
    <message>
        <source>no customer bought again with a positive amount: the spend model cannot be fitted</source>
        <translation>ниједан корисник није поново куповао за позитиван износ: модел потрошње не може да се процени</translation>
    </message>
    <message>
        <source>the spend model's q is at most 1: the population has no finite mean spend, expected spends are unreliable</source>
        <translation>параметар q модела потрошње није већи од 1: популација нема коначну просечну потрошњу, па очекивана потрошња није поуздана</translation>
    </message>
    <message>
        <source>the fit found no parameters for which the model explains the data</source>
        <translation>током процене нису пронађени параметри за које модел објашњава податке</translation>
    </message>
    <message numerus="yes">
        <source>the fit did not converge after %n iteration(s); the parameters are the best found, not an optimum</source>
        <translation>
            <numerusform>процена није конвергирала ни после %n итерације; параметри су најбољи пронађени, а не оптимум</numerusform>
            <numerusform>процена није конвергирала ни после %n итерације; параметри су најбољи пронађени, а не оптимум</numerusform>
            <numerusform>процена није конвергирала ни после %n итерација; параметри су најбољи пронађени, а не оптимум</numerusform>
        </translation>
    </message>
    <message>
        <source>the fit ran to the edge of the parameter space (a parameter tends to 0 or infinity): the model does not suit these data</source>
        <translation>процена је стигла до границе простора параметара (неки параметар тежи 0 или бесконачности): модел не одговара овим подацима</translation>
    </message>
    <message>
        <source>the likelihood is flat around the optimum: standard errors cannot be given</source>
        <translation>функција веродостојности је равна око оптимума: стандардне грешке не могу да се израчунају</translation>
    </message>
</context>
<context>
    <name>ClvStatistics</name>
    <message>
        <source>Promoters</source>
        <translation>Промотери</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Пасивни</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критичари</translation>
    </message>
</context>
<context>
    <name>ClvTransactions</name>
    <message>
        <source>fewer than 4 columns (customer, date, count, amount)</source>
        <translation>мање од 4 колоне (корисник, датум, количина, износ)</translation>
    </message>
    <message>
        <source>unreadable date</source>
        <translation>нечитљив датум</translation>
    </message>
    <message>
        <source>unreadable count</source>
        <translation>нечитљива количина</translation>
    </message>
    <message>
        <source>unreadable amount</source>
        <translation>нечитљив износ</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>корисник</translation>
    </message>
    <message>
        <source>date</source>
        <translation>датум</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>износ</translation>
    </message>
    <message>
        <source>line %1: the header names no column for %2 (found: %3)</source>
        <translation>ред %1: заглавље нема колону за: %2 (пронађено: %3)</translation>
    </message>
    <message>
        <source>too few columns</source>
        <translation>премало колона</translation>
    </message>
    <message>
        <source>no customer id</source>
        <translation>нема ИД корисника</translation>
    </message>
    <message>
        <source>currency other than %1</source>
        <translation>валута различита од %1</translation>
    </message>
    <message>
        <source>the file holds no transactions</source>
        <translation>датотека не садржи ниједну трансакцију</translation>
    </message>
    <message>
        <source>no row could be read as a transaction</source>
        <translation>ниједан ред није могуће прочитати као трансакцију</translation>
    </message>
    <message>
        <source>%1:%2: %3 (row skipped)</source>
        <translation>%1:%2: %3 (ред је прескочен)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more row(s) skipped: %2</source>
        <translation>
            <numerusform>%1: прескочен је још %n ред: %2</numerusform>
            <numerusform>%1: прескочена су још %n реда: %2</numerusform>
            <numerusform>%1: прескочено је још %n редова: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1” (it has: %2).</source>
        <translation>Радна свеска нема лист „%1“ (има: %2).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>  waymark clv NPSFILE [CLVFILE] [--format table|json]
                                mean and total CLV per NPS category and CLV at risk per
                                touchpoint; a journey holding both datasets needs no CLVFILE
</source>
        <translation>  waymark clv NPSFILE [CLVFILE] [--format table|json]
                                просечни и укупни CLV по NPS категорији и угрожени CLV по
                                додирној тачки; путовању са оба скупа података не треба CLVFILE
</translation>
    </message>
    <message>
        <source>--format takes table or json</source>
        <translation>--format прихвата table или json</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>неочекиван аргумент „%1“</translation>
    </message>
    <message>
        <source>clv needs the responses and the CLV values: waymark clv NPSFILE CLVFILE</source>
        <translation>clv захтева одговоре и CLV вредности: waymark clv NPSFILE CLVFILE</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорија</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Корисници</translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation>Укупни CLV</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>Просечни CLV</translation>
    </message>
    <message>
        <source>No CLV at risk: no customer with a CLV was a detractor at a touchpoint.</source>
        <translation>Нема угроженог CLV: ниједан корисник са познатим CLV није био критичар ни на једној додирној тачки.</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Додирна тачка</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критичари</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>Угрожени CLV</translation>
    </message>
    <message>
        <source>%1 customers joined; %2 answered without a CLV; %3 responses name no customer; %4 customers with a CLV never answered.</source>
        <translation>Упарено корисника: %1; одговорило без CLV: %2; одговора без корисника: %3; корисника са CLV који нису одговорили: %4.</translation>
    </message>
    <message>
        <source>validate takes one file: waymark validate FILE</source>
        <translation>validate прихвата једну датотеку: waymark validate FILE</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>У реду</translation>
    </message>
    <message>
        <source>convert takes two files: waymark convert IN OUT</source>
        <translation>convert прихвата две датотеке: waymark convert IN OUT</translation>
    </message>
    <message>
        <source>IN and OUT are the same file</source>
        <translation>IN и OUT су иста датотека</translation>
    </message>
    <message numerus="yes">
        <source>Converted %1 to %2 (%n touchpoint(s))</source>
        <translation>
            <numerusform>%1 претворено у %2 (%n додирна тачка)</numerusform>
            <numerusform>%1 претворено у %2 (%n додирне тачке)</numerusform>
            <numerusform>%1 претворено у %2 (%n додирних тачака)</numerusform>
        </translation>
    </message>
    <message>
        <source>  waymark --version             print the version
  waymark --help                print this help

Exit status: 0 success, 1 a file could not be read or written, 2 wrong arguments.
</source>
        <translation>  waymark --version             исписује верзију
  waymark --help                исписује ову помоћ

Излазни статус: 0 успех, 1 датотека није могла да се прочита или упише, 2 погрешни аргументи.
</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD with FIELD one of %1</source>
        <translation>--map прихвата COLUMN=FIELD, где је FIELD једно од: %1</translation>
    </message>
    <message>
        <source>--encoding needs a name such as windows-1251</source>
        <translation>--encoding захтева назив кодирања, нпр. windows-1251</translation>
    </message>
    <message>
        <source>--delimiter needs a character</source>
        <translation>--delimiter захтева један знак</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3 (row skipped)</source>
        <translation>%1:%2: %3 (ред је прескочен)</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4 (row skipped)</source>
        <translation>%1:%2: %3: %4 (ред је прескочен)</translation>
    </message>
    <message>
        <source>give one of --pdf OUT, --png OUT or --svg OUT</source>
        <translation>наведите једно од: --pdf OUT, --png OUT или --svg OUT</translation>
    </message>
    <message>
        <source>--page takes A4, A3, A2, A1, Letter or Tabloid</source>
        <translation>--page прихвата A4, A3, A2, A1, Letter или Tabloid</translation>
    </message>
    <message>
        <source>--layers needs a list such as effort,emotion,nps</source>
        <translation>--layers захтева листу, нпр. effort,emotion,nps</translation>
    </message>
    <message>
        <source>--department needs a department's name</source>
        <translation>--department захтева назив одељења</translation>
    </message>
    <message>
        <source>--scale needs a positive number (2 = twice the screen size)</source>
        <translation>--scale захтева позитиван број (2 = двострука величина екрана)</translation>
    </message>
    <message>
        <source>export needs a journey and an output: waymark export JOURNEY --pdf OUT</source>
        <translation>export захтева путовање и излазну датотеку: waymark export JOURNEY --pdf OUT</translation>
    </message>
    <message>
        <source>no department “%1” in this journey (it has: %2)</source>
        <translation>у овом путовању нема одељења „%1“ (постоје: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s), %2 %3</source>
        <translation>
            <numerusform>%1: %n страна, %2 %3</numerusform>
            <numerusform>%1: %n стране, %2 %3</numerusform>
            <numerusform>%1: %n страна, %2 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>положено</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>усправно</translation>
    </message>
    <message>
        <source>%1: the whole map</source>
        <translation>%1: цела мапа</translation>
    </message>
    <message>
        <source>%1 needs a file</source>
        <translation>%1 захтева датотеку</translation>
    </message>
    <message>
        <source>--name needs a name</source>
        <translation>--name захтева назив</translation>
    </message>
    <message>
        <source>%1 is not a journey file (.waymark or .waymark.json)</source>
        <translation>%1 није датотека путовања (.waymark или .waymark.json)</translation>
    </message>
    <message>
        <source>%1: added “%2”: %3 of %4 rows imported, %5 refused</source>
        <translation>%1: додат је „%2“: увезено редова: %3 од %4, одбијено: %5</translation>
    </message>
    <message>
        <source>--by needs a list such as touchpoint,quarter</source>
        <translation>--by захтева листу, нпр. touchpoint,quarter</translation>
    </message>
    <message>
        <source>--format takes table, csv or json</source>
        <translation>--format прихвата table, csv или json</translation>
    </message>
    <message>
        <source>* fewer than 30 answers: a weak signal</source>
        <translation>* мање од 30 одговора: слаб сигнал</translation>
    </message>
    <message>
        <source>--lang takes one of %1</source>
        <translation>--lang прихвата једно од: %1</translation>
    </message>
    <message>
        <source>Usage:
  waymark [FILE]                open the journey map editor (FILE: .waymark or .waymark.json)
  waymark --review FILE         open FILE read-only for comments (a department head's review)
  waymark convert IN OUT        convert between .waymark and .waymark.json (by extension)
  waymark validate FILE         check a journey file and print a one-line summary
</source>
        <translation>Употреба:
  waymark [FILE]                отвара уређивач мапе путовања (FILE: .waymark или .waymark.json)
  waymark --review FILE         отвара FILE само за читање, ради коментара (преглед руководиоца одељења)
  waymark convert IN OUT        претвара између .waymark и .waymark.json (према екстензији)
  waymark validate FILE         проверава датотеку путовања и исписује резиме у једном реду
</translation>
    </message>
    <message>
        <source>--sheet needs a sheet's name or number</source>
        <translation>--sheet захтева назив или број листа</translation>
    </message>
    <message>
        <source>%1 holds no %2 dataset</source>
        <translation>%1 не садржи %2 скуп података</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>give one of --nps FILE, --clv FILE or --metric M FILE</source>
        <translation>наведите једно од: --nps FILE, --clv FILE или --metric M FILE</translation>
    </message>
    <message>
        <source>--metric takes one of nps, csat, ces, audit, enps, mean and then a file</source>
        <translation>--metric прихвата једно од: nps, csat, ces, audit, enps, mean, а затим датотеку</translation>
    </message>
    <message>
        <source>  waymark nps FILE [--by DIM,...] [--format table|csv|json] [--map COLUMN=FIELD ...]
              [--encoding NAME] [--delimiter C]
                                NPS with n, shares and ±95 % margin per group; FILE is a
                                responses file (CSV, TSV, JSON, NDJSON) or a journey with an
                                NPS dataset. DIM: journey stage touchpoint segment channel
                                department location month quarter year
</source>
        <translation>  waymark nps FILE [--by DIM,...] [--format table|csv|json] [--map COLUMN=FIELD ...]
              [--encoding NAME] [--delimiter C]
                                NPS са n, уделима и маргином ±95 % по групи; FILE је
                                датотека одговора (CSV, TSV, JSON, NDJSON) или путовање
                                са NPS скупом података. DIM: journey stage touchpoint segment
                                channel department location month quarter year
</translation>
    </message>
    <message>
        <source>* fewer than %1 answers: a weak signal</source>
        <translation>* мање од %1 одговора: слаб сигнал</translation>
    </message>
    <message>
        <source>--metric takes one of %1</source>
        <translation>--metric прихвата једно од: %1</translation>
    </message>
    <message>
        <source>--value needs a column name</source>
        <translation>--value захтева назив колоне</translation>
    </message>
    <message>
        <source>unknown dimension “%1” (%2)</source>
        <translation>непозната димензија „%1“ (%2)</translation>
    </message>
    <message>
        <source>a file is needed: waymark stats FILE --metric M</source>
        <translation>потребна је датотека: waymark stats FILE --metric M</translation>
    </message>
    <message>
        <source>no column gives “%1” (columns found: %2); name the column with --map COLUMN=%3</source>
        <translation>ниједна колона не садржи „%1“ (пронађене колоне: %2); наведите колону помоћу --map COLUMN=%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нема</translation>
    </message>
    <message>
        <source>--scenario takes a scenario's name</source>
        <translation>--scenario захтева назив сценарија</translation>
    </message>
    <message>
        <source>--horizon takes a whole number of years from 1 to 10</source>
        <translation>--horizon захтева цео број година од 1 до 10</translation>
    </message>
    <message>
        <source>--discount takes a rate from 0 to 1 (0.08) or a percentage (8%)</source>
        <translation>--discount захтева стопу од 0 до 1 (0.08) или проценат (8%)</translation>
    </message>
    <message>
        <source>--format takes table, json, csv or xlsx</source>
        <translation>--format прихвата table, json, csv или xlsx</translation>
    </message>
    <message>
        <source>--out takes a file name</source>
        <translation>--out захтева назив датотеке</translation>
    </message>
    <message>
        <source>business-case needs a journey: waymark business-case JOURNEY</source>
        <translation>business-case захтева путовање: waymark business-case JOURNEY</translation>
    </message>
    <message>
        <source>--format xlsx needs --out FILE: a workbook is no text for the terminal</source>
        <translation>--format xlsx захтева --out FILE: радна свеска није текст за терминал</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месец</numerusform>
            <numerusform>%n месеца</numerusform>
            <numerusform>%n месеци</numerusform>
        </translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>није у оквиру хоризонта</translation>
    </message>
    <message>
        <source>Every opportunity</source>
        <translation>Све прилике</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Сценарио: %1</translation>
    </message>
    <message numerus="yes">
        <source>amounts in %1; %n year(s) at a discount rate of %2</source>
        <translation>
            <numerusform>износи у %1; %n година уз дисконтну стопу од %2</numerusform>
            <numerusform>износи у %1; %n године уз дисконтну стопу од %2</numerusform>
            <numerusform>износи у %1; %n година уз дисконтну стопу од %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Прилика</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Једнократни трошак</translation>
    </message>
    <message>
        <source>Running / year</source>
        <translation>Текући / година</translation>
    </message>
    <message>
        <source>Effort / year</source>
        <translation>Напор / година</translation>
    </message>
    <message>
        <source>Cost to serve / year</source>
        <translation>Трошак услуживања / година</translation>
    </message>
    <message>
        <source>Retention / year</source>
        <translation>Задржавање / година</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>NPV low – high</source>
        <translation>NPV ниско – високо</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Повраћај</translation>
    </message>
    <message>
        <source>The journey has no opportunities to value.</source>
        <translation>Путовање нема прилика за вредновање.</translation>
    </message>
    <message>
        <source>Left out or to check:</source>
        <translation>Изостављено или за проверу:</translation>
    </message>
    <message>
        <source>  waymark business-case JOURNEY [--scenario NAME] [--horizon YEARS] [--discount RATE]
              [--format table|json|csv|xlsx] [--out FILE]
                                what each opportunity is worth: benefits per year (customer
                                effort, cost to serve, retention), NPV with its range, ROI and
                                payback; every opportunity unless a scenario is named. RATE:
                                0.08 or 8%. xlsx (needs --out): inputs and live formulas
</source>
        <translation>  waymark business-case JOURNEY [--scenario NAME] [--horizon YEARS] [--discount RATE]
              [--format table|json|csv|xlsx] [--out FILE]
                                колико вреди свака прилика: користи годишње (напор корисника,
                                трошак услуживања, задржавање), NPV са распоном, ROI и
                                повраћај; све прилике, осим ако је наведен сценарио. RATE:
                                0.08 или 8%. xlsx (захтева --out): улазни подаци и живе формуле
</translation>
    </message>
    <message>
        <source>no scenario “%1”: the journey has no scenarios</source>
        <translation>нема сценарија „%1“: путовање нема сценарија</translation>
    </message>
    <message>
        <source>no scenario “%1”; the journey's scenarios: %2</source>
        <translation>нема сценарија „%1“; сценарији путовања: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>није могуће записати %1: %2</translation>
    </message>
    <message>
        <source>--calibration-end takes a date such as 1997-09-30</source>
        <translation>--calibration-end прихвата датум, нпр. 1997-09-30</translation>
    </message>
    <message>
        <source>--horizon-months takes a whole number of months from 1 to 1200</source>
        <translation>--horizon-months прихвата цео број месеци од 1 до 1200</translation>
    </message>
    <message>
        <source>--discount takes an annual rate as a fraction, such as 0.08 for 8 % a year</source>
        <translation>--discount прихвата годишњу стопу као удео, нпр. 0.08 за 8 % годишње</translation>
    </message>
    <message>
        <source>--time-unit takes days, weeks or months</source>
        <translation>--time-unit прихвата days, weeks или months</translation>
    </message>
    <message>
        <source>--model takes bgnbd or paretonbd</source>
        <translation>--model прихвата bgnbd или paretonbd</translation>
    </message>
    <message>
        <source>--customers takes the CSV file to write</source>
        <translation>--customers прихвата CSV датотеку у коју се уписује резултат</translation>
    </message>
    <message>
        <source>clv-model needs a transactions file: waymark clv-model TRANSACTIONS</source>
        <translation>clv-model захтева датотеку трансакција: waymark clv-model TRANSACTIONS</translation>
    </message>
    <message>
        <source>%1 transactions, %2 customers (%3 bought again); calibration to %4, time in %5</source>
        <translation>Трансакција: %1, корисника: %2 (од тога поново куповало: %3); калибрација до %4, јединица времена: %5</translation>
    </message>
    <message>
        <source>log-likelihood</source>
        <translation>лог-веродостојност</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модел</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Параметар</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Процена</translation>
    </message>
    <message>
        <source>Std. error</source>
        <translation>Станд. грешка</translation>
    </message>
    <message>
        <source>%1 fits these transactions better (higher log-likelihood); predictions use %2.</source>
        <translation>%1 боље описује ове трансакције (већа лог-веродостојност); прогнозе користе %2.</translation>
    </message>
    <message numerus="yes">
        <source>CLV over %n month(s) at %1 a year: total %2, mean %3 per customer</source>
        <translation>
            <numerusform>CLV за %n месец уз дисконтну стопу од %1 годишње: укупно %2, просечно %3 по кориснику</numerusform>
            <numerusform>CLV за %n месеца уз дисконтну стопу од %1 годишње: укупно %2, просечно %3 по кориснику</numerusform>
            <numerusform>CLV за %n месеци уз дисконтну стопу од %1 годишње: укупно %2, просечно %3 по кориснику</numerusform>
        </translation>
    </message>
    <message>
        <source>Holdout to %1 (%2 %3): %4 repeat purchases, %5 predicted</source>
        <translation>Контролни период до %1 (%2 %3): поновљених куповина: %4, предвиђено: %5</translation>
    </message>
    <message>
        <source>Rows: %1 unreadable, %2 with a negative amount left out (returns), %3 worth 0 kept, %4 repeated rows kept; %5 customers first bought after the calibration end</source>
        <translation>Редови: нечитљивих: %1, изостављених са негативним износом (поврати): %2, задржаних са износом 0: %3, задржаних поновљених: %4; корисника чија је прва куповина после краја калибрације: %5</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>није могуће прочитати %1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>упозорење: %1</translation>
    </message>
    <message>
        <source>--review takes one file: waymark --review FILE</source>
        <translation>--review прихвата једну датотеку: waymark --review FILE</translation>
    </message>
    <message>
        <source>unknown option "%1"</source>
        <translation>непозната опција „%1“</translation>
    </message>
    <message>
        <source>unknown command "%1" (the editor opens one file: waymark FILE)</source>
        <translation>непозната команда „%1“ (уређивач отвара једну датотеку: waymark FILE)</translation>
    </message>
    <message>
        <source>  waymark clv-model TRANSACTIONS [--calibration-end DATE] [--horizon-months N] [--discount RATE]
              [--time-unit days|weeks|months] [--model bgnbd|paretonbd] [--customers FILE.csv]
              [--format table|json]
                                lifetime value and churn from transactions (customer, date,
                                amount[, count, currency]: CSV/TSV/xlsx/JSON with a header, CDNOW-
                                style whitespace columns, or a journey holding purchases):
                                BG/NBD and Pareto/NBD compared, Gamma-Gamma
                                spend, P(alive) and CLV per customer. Purchases after DATE form
                                the holdout. CLV sums N calendar months (365.25/12 days, default
                                12), each discounted at the ANNUAL RATE (default 0.08) as
                                1/(1+RATE)^(month/12). Rows worth 0 count as purchases, negative
                                ones (returns) are left out, repeated rows are kept; all counted
</source>
        <translation>  waymark clv-model TRANSACTIONS [--calibration-end DATE] [--horizon-months N] [--discount RATE]
              [--time-unit days|weeks|months] [--model bgnbd|paretonbd] [--customers FILE.csv]
              [--format table|json]
                                животна вредност и одлазак корисника из трансакција (корисник,
                                датум, износ[, број, валута]: CSV/TSV/xlsx/JSON са заглављем,
                                колоне одвојене размацима у стилу CDNOW или путовање са
                                куповинама): поређење BG/NBD и Pareto/NBD, Gamma-Gamma
                                потрошња, P(alive) и CLV по кориснику. Куповине после DATE чине
                                контролни узорак. CLV сабира N календарских месеци (365,25/12
                                дана, подразумевано 12), сваки дисконтован ГОДИШЊОМ СТОПОМ RATE
                                (подразумевано 0.08) као 1/(1+RATE)^(месец/12). Редови вредни 0
                                рачунају се као куповине, негативни (повраћаји) се изостављају,
                                поновљени редови се задржавају; сви урачунати
</translation>
    </message>
    <message>
        <source>%1 holds no purchases: add them with waymark import %1 --transactions FILE</source>
        <translation>%1 не садржи куповине: додајте их командом waymark import %1 --transactions FILE</translation>
    </message>
    <message>
        <source>give one of --nps FILE, --clv FILE, --metric M FILE or --transactions FILE</source>
        <translation>наведите једно од: --nps FILE, --clv FILE, --metric M FILE или --transactions FILE</translation>
    </message>
    <message>
        <source>import needs a journey and a file: waymark import JOURNEY --nps FILE | --clv FILE | --metric M FILE | --transactions FILE</source>
        <translation>за import су потребни путовање и датотека: waymark import JOURNEY --nps FILE | --clv FILE | --metric M FILE | --transactions FILE</translation>
    </message>
    <message>
        <source>%1 is not an option of --transactions (its columns are found by their names)</source>
        <translation>%1 није опција за --transactions (колоне се препознају по називима)</translation>
    </message>
    <message>
        <source>  waymark portfolio FOLDER [--format table|csv|json]
                                every journey in FOLDER at a glance: owner, last save, stages,
                                cards, customer time, NPS ± margin, CLV at risk, open comments,
                                opportunities by status; files that cannot be read are named
</source>
        <translation>  waymark portfolio FOLDER [--format table|csv|json]
                                сва путовања у фасцикли FOLDER на један поглед: носилац, последње
                                чување, фазе, картице, време корисника, NPS ± маргина, угрожени
                                CLV, отворени коментари, прилике по статусу; наводе се датотеке
                                које не могу да се прочитају
</translation>
    </message>
    <message>
        <source>portfolio needs a folder: waymark portfolio FOLDER</source>
        <translation>за portfolio је потребна фасцикла: waymark portfolio FOLDER</translation>
    </message>
    <message>
        <source>%1: left out: %2</source>
        <translation>%1: изостављено: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Датотека</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Путовање</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Носилац</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сачувано</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Фазе</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Картице</translation>
    </message>
    <message>
        <source>Customer time</source>
        <translation>Време корисника</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Отворени коментари</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Прилике</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>По статусу</translation>
    </message>
    <message>
        <source>a PostgreSQL source needs --table NAME or --query SQL (one of them)</source>
        <translation>за PostgreSQL извор потребно је --table NAME или --query SQL (једно од њих)</translation>
    </message>
    <message>
        <source>--metric takes a metric with answer categories: %1</source>
        <translation>--metric прихвата метрику са категоријама одговора: %1</translation>
    </message>
    <message>
        <source>--by takes one of %1</source>
        <translation>--by прихвата једно од: %1</translation>
    </message>
    <message>
        <source>--group needs a group's value, such as a touchpoint key</source>
        <translation>--group захтева вредност групе, на пример кључ додирне тачке</translation>
    </message>
    <message>
        <source>--category needs a category such as detractors, or all</source>
        <translation>--category захтева категорију, на пример detractors, или all</translation>
    </message>
    <message>
        <source>--top takes a number of terms from 1 to 1000</source>
        <translation>--top прихвата број термина од 1 до 1000</translation>
    </message>
    <message>
        <source>a file is needed: waymark say FILE</source>
        <translation>потребна је датотека: waymark say FILE</translation>
    </message>
    <message>
        <source>--category takes %1 or all for %2</source>
        <translation>--category прихвата %1 или all за %2</translation>
    </message>
    <message>
        <source>    “%1” (%2, %3)</source>
        <translation>    „%1“ (%2, %3)</translation>
    </message>
    <message>
        <source>    “%1” (%2)</source>
        <translation>    „%1“ (%2)</translation>
    </message>
    <message>
        <source>  waymark say FILE [--by DIM] [--group VALUE] [--category CATEGORY|all] [--top N]
              [--format table|json] [--metric nps|csat|ces|enps] [--map COLUMN=FIELD ...]
                                what customers say: the words and two-word phrases that set
                                each group's comments apart (weighted log-odds, |z| ≥ 1.96),
                                with their shortest quotes, personal data masked. Default: each
                                touchpoint's detractors against all other comments. FILE: a
                                responses file or a journey with such a dataset
</source>
        <translation>  waymark say FILE [--by DIM] [--group VALUE] [--category CATEGORY|all] [--top N]
              [--format table|json] [--metric nps|csat|ces|enps] [--map COLUMN=FIELD ...]
                                шта корисници кажу: речи и изрази од две речи по којима се
                                коментари сваке групе издвајају (пондерисани лог-количници
                                шанси, |z| ≥ 1.96), са најкраћим цитатима, уз маскиране личне
                                податке. Подразумевано: критичари сваке додирне тачке наспрам
                                свих осталих коментара. FILE: датотека одговора или путовање са
                                таквим скупом података
</translation>
    </message>
    <message>
        <source>%1 has no comments (name the comment column with --map COLUMN=comment)</source>
        <translation>%1 нема коментаре (наведите колону коментара са --map COLUMN=comment)</translation>
    </message>
    <message>
        <source>%1 has no “%2” values to group by (--by); name the column with --map COLUMN=%3</source>
        <translation>%1 нема вредности „%2“ за груписање (--by); наведите колону са --map COLUMN=%3</translation>
    </message>
    <message>
        <source>no %1 “%2” with comments in %3</source>
        <translation>у %3 нема коментара за %1 „%2“</translation>
    </message>
    <message>
        <source>all answers</source>
        <translation>сви одговори</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3, %n comment(s)</source>
        <translation>
            <numerusform>%1 %2: %3, %n коментар</numerusform>
            <numerusform>%1 %2: %3, %n коментара</numerusform>
            <numerusform>%1 %2: %3, %n коментара</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (against %n other comment(s))</source>
        <translation>
            <numerusform> (наспрам %n другог коментара)</numerusform>
            <numerusform> (наспрам %n друга коментара)</numerusform>
            <numerusform> (наспрам %n других коментара)</numerusform>
        </translation>
    </message>
    <message>
        <source>  no other comments to compare with (try --category or another --by)</source>
        <translation>  нема других коментара за поређење (пробајте --category или други --by)</translation>
    </message>
    <message>
        <source>  no term stands out (|z| ≥ 1.96, seen at least %1 times)</source>
        <translation>  ниједан термин се не издваја (|z| ≥ 1.96, виђен бар %1 пута)</translation>
    </message>
    <message>
        <source>term</source>
        <translation>термин</translation>
    </message>
    <message>
        <source>count</source>
        <translation>број</translation>
    </message>
    <message>
        <source>others</source>
        <translation>у осталима</translation>
    </message>
    <message>
        <source>log-odds</source>
        <translation>лог-количник шанси</translation>
    </message>
    <message>
        <source>  waymark stats FILE --metric M [--value COLUMN] [--by DIM,...] [--sheet NAME|N]
              [--map COLUMN=FIELD ...] [--format table|csv|json]
                                a metric per group with n and its 95 % interval; M: nps csat
                                ces audit enps mean; FILE: answers (CSV, TSV, JSON, xlsx; one per
                                row or aggregated counts) or a journey with such a dataset. DIM:
                                journey stage touchpoint segment channel department location
                                month quarter year
  waymark stats postgresql://[USER@]HOST[:PORT]/DB --table T | --query SQL --metric M [--by DIM,...]
              [--map COLUMN=FIELD ...] [--timeout SECONDS] [--format table|csv|json]
                                the same from answers kept in PostgreSQL: the server counts per
                                group, no answer is copied; the password comes from ~/.pgpass
</source>
        <translation>  waymark stats FILE --metric M [--value COLUMN] [--by DIM,...] [--sheet NAME|N]
              [--map COLUMN=FIELD ...] [--format table|csv|json]
                                метрика по групи са n и интервалом од 95 %; M: nps csat ces
                                audit enps mean; FILE: одговори (CSV, TSV, JSON, xlsx; по један у
                                реду или збирни бројеви) или путовање са таквим скупом података.
                                DIM: journey stage touchpoint segment channel department
                                location month quarter year
  waymark stats postgresql://[USER@]HOST[:PORT]/DB --table T | --query SQL --metric M [--by DIM,...]
              [--map COLUMN=FIELD ...] [--timeout SECONDS] [--format table|csv|json]
                                исто за одговоре у PostgreSQL бази: сервер броји по групама,
                                ниједан одговор се не копира; лозинка се узима из ~/.pgpass
</translation>
    </message>
    <message>
        <source>%1 needs a value: --table NAME or --query SQL</source>
        <translation>%1 захтева вредност: --table NAME или --query SQL</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout прихвата број секунди</translation>
    </message>
    <message>
        <source>--table and --query read from a PostgreSQL server: waymark stats postgresql://HOST/DB --table T</source>
        <translation>--table и --query читају са PostgreSQL сервера: waymark stats postgresql://HOST/DB --table T</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>повезивање са %1 није успело: %2</translation>
    </message>
    <message>
        <source>server publish takes a URL and a journey file: waymark server publish URL FILE</source>
        <translation>server publish прима URL и датотеку путање: waymark server publish URL FILE</translation>
    </message>
    <message>
        <source>Published “%1” as %2</source>
        <translation>Путања „%1“ је објављена као %2</translation>
    </message>
    <message>
        <source>server list takes a URL: waymark server list URL [--format table|json]</source>
        <translation>server list прима URL: waymark server list URL [--format table|json]</translation>
    </message>
    <message>
        <source>No journeys on this server yet: waymark server publish URL FILE puts one there.</source>
        <translation>На овом серверу још нема путања: waymark server publish URL FILE објављује једну.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>путања</translation>
    </message>
    <message>
        <source>published by</source>
        <translation>објавио</translation>
    </message>
    <message>
        <source>last change</source>
        <translation>последња измена</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>измене</translation>
    </message>
    <message>
        <source>server export takes a URL, a journey id and a file: waymark server export URL ID OUT</source>
        <translation>server export прима URL, id путање и датотеку: waymark server export URL ID OUT</translation>
    </message>
    <message>
        <source>“%1” is not a journey id (waymark server list URL shows them)</source>
        <translation>„%1“ није id путање (приказује их waymark server list URL)</translation>
    </message>
    <message>
        <source>Saved “%1” to %2</source>
        <translation>Путања „%1“ је сачувана у %2</translation>
    </message>
    <message>
        <source>  waymark server publish URL FILE | server list URL [--format table|json] | server export URL ID OUT
                                journeys shared through a PostgreSQL database (URL:
                                postgresql://[USER@]HOST[:PORT]/DB; the password comes from
                                ~/.pgpass): publish a journey file, list the journeys there,
                                save one back to a .waymark or .waymark.json file
</source>
        <translation>  waymark server publish URL FILE | server list URL [--format table|json] | server export URL ID OUT
                                путање дељене преко базе података PostgreSQL (URL:
                                postgresql://[USER@]HOST[:PORT]/DB; лозинка се чита из
                                ~/.pgpass): објави датотеку путање, прикажи путање на серверу,
                                сачувај путању назад у датотеку .waymark или .waymark.json
</translation>
    </message>
    <message>
        <source>server takes publish, list or export: waymark server publish URL FILE</source>
        <translation>server прима publish, list или export: waymark server publish URL FILE</translation>
    </message>
    <message>
        <source>  waymark --server URL ID       open journey ID shared on a PostgreSQL server and edit it live
                                (URL: postgresql://HOST[:PORT]/DB; `waymark server list URL` shows the ids)
</source>
        <translation>  waymark --server URL ID       отвори путовање ID са PostgreSQL сервера и уређуј га заједно са другима
                                (URL: postgresql://ХОСТ[:ПОРТ]/БАЗА; `waymark server list URL` приказује ознаке)
</translation>
    </message>
    <message>
        <source>--server takes a server URL and a journey id: waymark --server postgresql://HOST/DB JOURNEY-ID</source>
        <translation>--server захтева адресу сервера и ознаку путовања: waymark --server postgresql://ХОСТ/БАЗА ID-ПУТОВАЊА</translation>
    </message>
    <message>
        <source>  waymark import JOURNEY --nps FILE | --clv FILE | --metric M FILE | --transactions FILE
              [--name NAME] [--map COLUMN=FIELD ...] [--sheet NAME|N] [--encoding NAME] [--delimiter C]
                                add answers of a metric (nps csat ces audit enps mean), CLV
                                values or purchases (customer, date, amount[, count, currency];
                                the lifetime value model learns from them) to a journey file
  waymark import JOURNEY --nps|--metric M postgresql://HOST/DB --table T | --query SQL [--map …]
                                answers that stay in PostgreSQL: the journey keeps their counts
                                per group and where they come from (never a password)
</source>
        <translation>  waymark import JOURNEY --nps FILE | --clv FILE | --metric M FILE | --transactions FILE
              [--name NAME] [--map COLUMN=FIELD ...] [--sheet NAME|N] [--encoding NAME] [--delimiter C]
                                додаје у датотеку путовања одговоре за метрику (nps csat ces
                                audit enps mean), CLV вредности или куповине (корисник, датум,
                                износ[, број, валута]; из њих учи модел животне вредности)
  waymark import JOURNEY --nps|--metric M postgresql://HOST/DB --table T | --query SQL [--map …]
                                одговори који остају у PostgreSQL-у: путовање чува њихов број по
                                групама и одакле потичу (никада лозинку)
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>за %1 је потребна вредност</translation>
    </message>
    <message>
        <source>--table and --query read answers from a PostgreSQL server: waymark import JOURNEY --metric M postgresql://HOST/DB --table T</source>
        <translation>--table и --query читају одговоре са PostgreSQL сервера: waymark import JOURNEY --metric M postgresql://HOST/DB --table T</translation>
    </message>
    <message>
        <source>only survey answers are read from PostgreSQL (--nps or --metric M)</source>
        <translation>из PostgreSQL-а се читају само одговори из анкета (--nps или --metric M)</translation>
    </message>
    <message>
        <source>%1: added “%2” from %3: %4 answers in %5 groups; refresh with: waymark refresh %1</source>
        <translation>%1: додато „%2” из %3: %4 одговора у %5 група; освежавање: waymark refresh %1</translation>
    </message>
    <message>
        <source>  waymark refresh JOURNEY [--name NAME] [--timeout SECONDS]
                                read the journey's data from PostgreSQL anew (every dataset that
                                came from a server, or the one named); one that fails keeps its
                                last figures and is named
</source>
        <translation>  waymark refresh JOURNEY [--name NAME] [--timeout SECONDS]
                                поново чита податке путовања из PostgreSQL-а (све скупове са
                                сервера или наведени); скуп који не може да се прочита задржава
                                последње бројке и наводи се
</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>за --timeout је потребан број секунди</translation>
    </message>
    <message>
        <source>refresh needs a journey: waymark refresh JOURNEY</source>
        <translation>за refresh је потребно путовање: waymark refresh JOURNEY</translation>
    </message>
    <message>
        <source>%1 has no data from a server to refresh</source>
        <translation>%1 нема податке са сервера које би могло да се освежи</translation>
    </message>
    <message>
        <source>%1 has no data from a server named “%2”</source>
        <translation>%1 нема податке са сервера под именом „%2”</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dataset(s) refreshed</source>
        <translation>
            <numerusform>%1: освежен је %n скуп података</numerusform>
            <numerusform>%1: освежена су %n скупа података</numerusform>
            <numerusform>%1: освежено је %n скупова података</numerusform>
        </translation>
    </message>
    <message>
        <source>  waymark export JOURNEY --pdf OUT | --png OUT | --svg OUT [--page A4|A3|A2|A1|Letter|Tabloid]
              [--landscape|--portrait] [--fit|--tile] [--summary] [--future] [--personas] [--pictures]
              [--department NAME] [--layers effort,heatmap,emotion,nps,clv,evidence] [--scale N]
              [--lang en|ru|uk|sr|sr_Latn|ko]
                                the map as a PDF (with an executive summary; --future adds the
                                future-state map of the journey's chosen scenario, --personas the
                                persona cards before the map, --pictures the cards' pictures with
                                their captions after it), PNG or SVG
</source>
        <translation>  waymark export JOURNEY --pdf OUT | --png OUT | --svg OUT [--page A4|A3|A2|A1|Letter|Tabloid]
              [--landscape|--portrait] [--fit|--tile] [--summary] [--future] [--personas] [--pictures]
              [--department NAME] [--layers effort,heatmap,emotion,nps,clv,evidence] [--scale N]
              [--lang en|ru|uk|sr|sr_Latn|ko]
                                мапа као PDF (са резимеом за руководство; --future додаје мапу
                                будућег стања за изабрани сценарио путовања, --personas картице
                                персона пре мапе, --pictures слике са картица са натписима после
                                ње), PNG или SVG
</translation>
    </message>
    <message>
        <source>--personas: no persona of this journey has a description, goals, frustrations or a photo, so there is no persona page</source>
        <translation>--personas: ниједна персона овог путовања нема опис, циљеве, фрустрације ни фотографију, па нема странице персона</translation>
    </message>
</context>
<context>
    <name>DataOverlay</name>
    <message>
        <source>M</source>
        <comment>millions</comment>
        <translation>мил.</translation>
    </message>
    <message>
        <source>k</source>
        <comment>thousands</comment>
        <translation>хиљ.</translation>
    </message>
    <message>
        <source>%1 at risk</source>
        <translation>угрожено: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>What this card's detractors write about most distinctly</source>
        <translation>О чему критичари ове картице највише пишу, упадљиво више од других</translation>
    </message>
    <message>
        <source>%1: the lifetime value of the customers who were detractors here</source>
        <translation>%1 — животна вредност корисника који су овде били критичари</translation>
    </message>
    <message>
        <source>CLV …</source>
        <extracomment>The CLV-at-risk pill on a card while the survey answers are still being read.</extracomment>
        <translation>CLV …</translation>
    </message>
    <message>
        <source>CLV at risk: reading the %L1 survey answers… The amounts appear here by themselves when they are read.</source>
        <translation>Угрожени CLV: читају се %L1 одговора из анкете… Износи ће се сами појавити овде чим одговори буду учитани.</translation>
    </message>
    <message>
        <source>CLV at risk: fitting the lifetime-value model to %L1 customers… The amounts appear here by themselves when it is done.</source>
        <translation>Угрожени CLV: модел животне вредности се прилагођава подацима о купцима (%L1)… Износи ће се сами појавити овде када прорачун буде готов.</translation>
    </message>
    <message>
        <source>CLV at risk: matching %L1 survey answers to customers… The amounts appear here by themselves when they are matched.</source>
        <translation>Угрожени CLV: одговори из анкете (%L1) се повезују са купцима… Износи ће се сами појавити овде када повезивање буде готово.</translation>
    </message>
</context>
<context>
    <name>DatasetJson</name>
    <message>
        <source>expected an object</source>
        <translation>очекиван је објекат</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>недостаје</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>очекиван је текст</translation>
    </message>
    <message>
        <source>expected a whole number of 0 or more</source>
        <translation>очекиван је цео број, 0 или већи</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>очекивана је листа</translation>
    </message>
    <message>
        <source>expected %1 values like the other columns, got %2</source>
        <translation>очекиван број вредности: %1, као у осталим колонама; добијено: %2</translation>
    </message>
    <message>
        <source>expected the index of an entry in "strings"</source>
        <translation>очекиван је индекс ставке у "strings"</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD or null</source>
        <translation>очекиван је датум у облику YYYY-MM-DD или null</translation>
    </message>
    <message>
        <source>the first entry must be the empty text</source>
        <translation>прва ставка мора бити празан текст</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>очекиван је број</translation>
    </message>
    <message>
        <source>expected an id</source>
        <translation>очекиван је ИД</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>очекивано је true или false</translation>
    </message>
    <message>
        <source>expected a date and time like 2026-11-23T10:00:00Z</source>
        <translation>очекивани су датум и време у облику 2026-11-23T10:00:00Z</translation>
    </message>
    <message>
        <source>unknown value “%1”; expected one of: %2</source>
        <translation>непозната вредност „%1“; очекује се једно од: %2</translation>
    </message>
    <message>
        <source>expected a colour like "#1f77b4"</source>
        <translation>очекивана је боја у облику "#1f77b4"</translation>
    </message>
    <message>
        <source>expected a number or null</source>
        <translation>очекиван је број или null</translation>
    </message>
    <message>
        <source>expected a %1 answer from %2 to %3</source>
        <translation>очекиван је %1 одговор од %2 до %3</translation>
    </message>
    <message>
        <source>expected "nps", "csat", "ces", "audit", "enps", "mean", "clv" or "transactions"</source>
        <translation>очекивано је "nps", "csat", "ces", "audit", "enps", "mean", "clv" или "transactions"</translation>
    </message>
</context>
<context>
    <name>DockFields</name>
    <message>
        <source>Enter a three-letter ISO 4217 currency code, such as EUR.</source>
        <translation>Унесите трословни ISO 4217 код валуте, на пример EUR.</translation>
    </message>
</context>
<context>
    <name>Effort</name>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>EffortInput</name>
    <message>
        <source>A time cannot be negative.</source>
        <translation>Време не може бити негативно.</translation>
    </message>
    <message>
        <source>Write hours and minutes as h:mm, for example 1:30.</source>
        <translation>Сате и минуте пишите као ч:мм, на пример 1:30.</translation>
    </message>
    <message>
        <source>Minutes after the colon go from 00 to 59.</source>
        <translation>Минути после двотачке иду од 00 до 59.</translation>
    </message>
    <message>
        <source>Minutes after the hours go from 0 to 59.</source>
        <translation>Минути после сати иду од 0 до 59.</translation>
    </message>
    <message>
        <source>That time is too long.</source>
        <translation>То време је предуго.</translation>
    </message>
    <message>
        <source>Enter an amount such as %1.</source>
        <translation>Унесите износ, на пример %1.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Износ не може бити негативан.</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places.</source>
        <translation>Износ може имати највише две децимале.</translation>
    </message>
    <message>
        <source>That amount is too large: at most %1.</source>
        <translation>Износ је превелик: највише %1.</translation>
    </message>
    <message>
        <source>Enter a time such as 90, 1h 30m, 1:30 or 3 days.</source>
        <translation>Унесите време, на пример 90, 1 сат 30 мин, 1:30 или 3 дана.</translation>
    </message>
    <message>
        <source>Unknown unit “%1”: use d for days, h for hours and min for minutes.</source>
        <translation>Непозната јединица „%1“: користите д за дане, сат за сате и мин за минуте.</translation>
    </message>
    <message>
        <source>Write each unit once, largest first: weeks, days, hours, minutes.</source>
        <translation>Сваку јединицу наведите само једном, од највеће ка најмањој: недеље, дани, сати, минути.</translation>
    </message>
</context>
<context>
    <name>EffortScore</name>
    <message>
        <source>Time</source>
        <translation>Време</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Новац</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Емоција</translation>
    </message>
    <message>
        <source>Weighted cost</source>
        <translation>Пондерисани трошак</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
</context>
<context>
    <name>EmotionCurveItem</name>
    <message>
        <source>calm</source>
        <translation>мирно</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>најгоре</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Not stated</source>
        <translation>Није наведено</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Претпоставка</translation>
    </message>
    <message>
        <source>Workshop knowledge</source>
        <translation>Знање са радионице</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Истраживање</translation>
    </message>
    <message>
        <source>Measured data</source>
        <translation>Измерени подаци</translation>
    </message>
    <message>
        <source>%1 (%2 %3 answers)</source>
        <extracomment>%1: what the card rests on ("Measured data"), %2: a number of answers, %3: the survey ("NPS")</extracomment>
        <translation>%1 (%3 одговора: %2)</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>effort badges</source>
        <translation>ознаке напора</translation>
    </message>
    <message>
        <source>heatmap (%1)</source>
        <translation>топлотна мапа (%1)</translation>
    </message>
    <message>
        <source>emotion curve</source>
        <translation>крива емоција</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>угрожени CLV</translation>
    </message>
    <message>
        <source>cards only</source>
        <translation>само картице</translation>
    </message>
    <message>
        <source>unknown layer “%1” (effort, heatmap, emotion, nps, clv, evidence)</source>
        <translation>непознат слој „%1” (effort, heatmap, emotion, nps, clv, evidence)</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>основе</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Worst stage by NPS: %1</source>
        <translation>Најлошија фаза по NPS: %1</translation>
    </message>
    <message>
        <source>NPS %1 ± %2 (95 %), %3 answers</source>
        <translation>NPS %1 ± %2 (95 %), одговора: %3</translation>
    </message>
    <message>
        <source>— a small sample: a weak signal</source>
        <translation>— мали узорак: слаб сигнал</translation>
    </message>
    <message>
        <source>Biggest effort hotspot: %1</source>
        <translation>Највеће жариште напора: %1</translation>
    </message>
    <message>
        <source>emotion %1/10</source>
        <translation>емоција %1/10</translation>
    </message>
    <message>
        <source>%1 per customer; weighted cost %2</source>
        <translation>%1 по кориснику; пондерисани трошак %2</translation>
    </message>
    <message>
        <source>Largest CLV at risk: %1</source>
        <translation>Највећи угрожени CLV: %1</translation>
    </message>
    <message>
        <source>%1 of lifetime value held by %2 detractors there</source>
        <translation>%1 животне вредности држе критичари на том месту (%2)</translation>
    </message>
</context>
<context>
    <name>FormatError</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ред %1, колона %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ред %1</translation>
    </message>
</context>
<context>
    <name>GridItem</name>
    <message>
        <source>Lanes ↓  Stages →</source>
        <translation>Траке ↓  Фазе →</translation>
    </message>
    <message>
        <source>Effort per stage</source>
        <translation>Напор по фазама</translation>
    </message>
    <message>
        <source>Effort per lane</source>
        <translation>Напор по тракама</translation>
    </message>
    <message>
        <source>line of visibility</source>
        <translation>линија видљивости</translation>
    </message>
</context>
<context>
    <name>ImageMimeData</name>
    <message>
        <source>it is not on this computer but at %1; save it first, then attach the saved file.</source>
        <translation>датотека није на овом рачунару, већ на %1; прво је сачувајте, па приложите сачувану датотеку.</translation>
    </message>
    <message>
        <source>the picture is %1 × %2 pixels; a picture may have at most %3 megapixels.</source>
        <translation>слика има %1 × %2 пиксела, а сме да има највише %3 мегапиксела.</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Line %1, column %2: not a JSON object (%3).</source>
        <translation>Ред %1, колона %2: није JSON објекат (%3).</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>број поља у реду: %1, у заглављу: %2</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ није број</translation>
    </message>
    <message>
        <source>unreadable date</source>
        <translation>нечитљив датум</translation>
    </message>
    <message>
        <source>duplicate respondent id (first on line %1)</source>
        <translation>дуплирани ИД испитаника (први пут у реду %1)</translation>
    </message>
    <message>
        <source>no customer id</source>
        <translation>нема ИД корисника</translation>
    </message>
    <message>
        <source>duplicate customer id (first on line %1)</source>
        <translation>дуплирани ИД корисника (први пут у реду %1)</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Датотека не садржи ниједан ред.</translation>
    </message>
    <message>
        <source>Choose its encoding (for example Windows-1251).</source>
        <translation>Изаберите њено кодирање (на пример Windows-1251).</translation>
    </message>
    <message>
        <source>No column is chosen for “%1”.</source>
        <translation>Није изабрана колона за „%1“.</translation>
    </message>
    <message>
        <source>The dates could be day-first or month-first: choose which.</source>
        <translation>Датуми могу почињати даном или месецом: изаберите шта важи.</translation>
    </message>
    <message numerus="yes">
        <source>No valid rows: %Ln row(s) read, all refused.</source>
        <translation>
            <numerusform>Нема исправних редова: %Ln прочитани ред је одбијен.</numerusform>
            <numerusform>Нема исправних редова: %Ln прочитана реда су одбијена.</numerusform>
            <numerusform>Нема исправних редова: свих %Ln прочитаних редова је одбијено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Respondent id</source>
        <translation>ИД испитаника</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>ИД корисника</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Touchpoint (data key)</source>
        <translation>Додирна тачка (кључ података)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Вредност</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <source>Acquisition date</source>
        <translation>Датум придобијања</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (line %1).</source>
        <translation>Датотека није исправан UTF-8 (ред %1).</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1” (it has: %2).</source>
        <translation>Радна свеска нема лист „%1“ (садржи: %2).</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>нема вредности</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 је ван опсега %2–%3</translation>
    </message>
    <message>
        <source>“%1” is not a count of answers</source>
        <translation>„%1“ није број одговора</translation>
    </message>
    <message>
        <source>%1 items met of %2 checked</source>
        <translation>испуњено ставки: %1, проверено: %2</translation>
    </message>
    <message>
        <source>the answers per band add up to %1, not %2</source>
        <translation>збир одговора по категоријама је %1, а не %2</translation>
    </message>
    <message>
        <source>more answers in the bands (%1) than in all (%2)</source>
        <translation>у категоријама има више одговора (%1) него укупно (%2)</translation>
    </message>
    <message>
        <source>no number of answers</source>
        <translation>нема броја одговора</translation>
    </message>
    <message>
        <source>“%1” is not a standard deviation</source>
        <translation>„%1“ није стандардна девијација</translation>
    </message>
    <message>
        <source>“%1” is not a metric Waymark knows.</source>
        <translation>Waymark не познаје метрику „%1“.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оцена</translation>
    </message>
    <message>
        <source>Answers in the low band</source>
        <translation>Број одговора у нижој категорији</translation>
    </message>
    <message>
        <source>Answers in the middle band</source>
        <translation>Број одговора у средњој категорији</translation>
    </message>
    <message>
        <source>Answers in the high band</source>
        <translation>Број одговора у вишој категорији</translation>
    </message>
    <message>
        <source>%1 answer (%2–%3)</source>
        <translation>%1 одговор (%2–%3)</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>Вредност (%1)</translation>
    </message>
    <message>
        <source>%1 (count)</source>
        <translation>%1 (број)</translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation>Датум или период</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Одељење</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Локација</translation>
    </message>
    <message>
        <source>Number of answers</source>
        <translation>Број одговора</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Просек</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Стандардна девијација</translation>
    </message>
    <message>
        <source>Items met</source>
        <translation>Испуњене ставке</translation>
    </message>
    <message>
        <source>Items checked</source>
        <translation>Проверене ставке</translation>
    </message>
    <message>
        <source>Choose a column for “%1”, or one for each band.</source>
        <translation>Изаберите колону за „%1“ или по једну колону за сваку категорију.</translation>
    </message>
    <message>
        <source>Aggregated rows take “%1”, not “%2”.</source>
        <translation>Збирни редови користе „%1“, а не „%2“.</translation>
    </message>
    <message>
        <source>score %1 is not a whole number from %2 to %3</source>
        <translation>оцена %1 није цео број од %2 до %3</translation>
    </message>
    <message>
        <source>The header has %1 columns; Waymark reads tables of at most %2 columns.</source>
        <translation>Број колона у заглављу: %1; Waymark чита табеле са највише %2 колона.</translation>
    </message>
    <message>
        <source>the value is %1 KiB long; a cell may hold at most %2 KiB</source>
        <translation>вредност заузима %1 KiB; ћелија може да садржи највише %2 KiB</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code (three letters, e.g. EUR)</source>
        <translation>%1 није ISO 4217 код валуте (три слова, нпр. EUR)</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” are both chosen as %3; choose one.</source>
        <translation>Колоне „%1“ и „%2“ су обе изабране као %3; изаберите једну.</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>the journey has no id</source>
        <translation>путовање нема ИД</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 4217 currency code</source>
        <translation>„%1“ није ISO 4217 код валуте</translation>
    </message>
    <message>
        <source>missing id</source>
        <translation>недостаје ИД</translation>
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation>дуплирани ИД %1</translation>
    </message>
    <message>
        <source>the columns of the table have different lengths</source>
        <translation>колоне табеле су различите дужине</translation>
    </message>
    <message>
        <source>the value is not a number</source>
        <translation>вредност није број</translation>
    </message>
    <message>
        <source>a department lane must name a department</source>
        <translation>трака одељења мора навести одељење</translation>
    </message>
    <message>
        <source>unknown department %1</source>
        <translation>непознато одељење %1</translation>
    </message>
    <message>
        <source>only department lanes name a department</source>
        <translation>одељење наводе само траке одељења</translation>
    </message>
    <message>
        <source>card "%1" is in a stage that does not exist (%2)</source>
        <translation>картица „%1“ је у фази која не постоји (%2)</translation>
    </message>
    <message>
        <source>card "%1" is in a lane that does not exist (%2)</source>
        <translation>картица „%1“ је у траци која не постоји (%2)</translation>
    </message>
    <message>
        <source>card "%1" names an unknown department</source>
        <translation>картица „%1“ наводи непознато одељење</translation>
    </message>
    <message>
        <source>time of card "%1" must be 0 minutes or more, got %2</source>
        <translation>време картице „%1“ мора бити 0 минута или више, а добијено је %2</translation>
    </message>
    <message>
        <source>money of card "%1" must be at most %2</source>
        <translation>износ картице „%1“ може бити највише %2</translation>
    </message>
    <message>
        <source>money of card "%1" must be 0 or more, got %2</source>
        <translation>износ картице „%1“ мора бити 0 или више, а добијено је %2</translation>
    </message>
    <message>
        <source>card "%1": "%2" is not an ISO 4217 currency code</source>
        <translation>картица „%1“: „%2“ није ISO 4217 код валуте</translation>
    </message>
    <message>
        <source>negative emotion of card "%1" must be from 0 to 10, got %2</source>
        <translation>негативна емоција картице „%1“ мора бити од 0 до 10, а добијено је %2</translation>
    </message>
    <message>
        <source>connection starts at a card that does not exist</source>
        <translation>веза почиње на картици која не постоји</translation>
    </message>
    <message>
        <source>connection ends at a card that does not exist</source>
        <translation>веза се завршава на картици која не постоји</translation>
    </message>
    <message>
        <source>a vote needs 1 to 99 dots per participant, got %1</source>
        <translation>гласање захтева од 1 до 99 тачкица по учеснику, а добијено је %1</translation>
    </message>
    <message>
        <source>a time limit cannot be negative</source>
        <translation>временско ограничење не може бити негативно</translation>
    </message>
    <message>
        <source>a dot by someone who is not a participant</source>
        <translation>тачкица особе која није учесник</translation>
    </message>
    <message>
        <source>%1 has more dots than the budget of %2</source>
        <translation>%1 има више тачкица него што је дозвољено (%2)</translation>
    </message>
    <message>
        <source>replies to a comment that does not exist</source>
        <translation>одговор на коментар који не постоји</translation>
    </message>
    <message>
        <source>a comment on a stage or card must name it</source>
        <translation>коментар уз фазу или картицу мора навести о којој је реч</translation>
    </message>
    <message>
        <source>“%1” is not a metric Waymark knows</source>
        <translation>Waymark не познаје метрику „%1“</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 answer</source>
        <translation>%1 није исправан %2 одговор</translation>
    </message>
    <message>
        <source>the number of answers is not a count</source>
        <translation>број одговора није ненегативан цео број</translation>
    </message>
    <message>
        <source>the answers per band do not add up to the number of answers</source>
        <translation>збир одговора по категоријама није једнак броју одговора</translation>
    </message>
    <message>
        <source>the mean %1 is outside the scale of %2</source>
        <translation>просек %1 је ван %2 скале</translation>
    </message>
    <message>
        <source>the standard deviation is not a non-negative number</source>
        <translation>стандардна девијација мора бити ненегативан број</translation>
    </message>
    <message>
        <source>the system of card "%1" cannot be %2 years old</source>
        <translation>систем картице „%1“ не може бити стар %2 година</translation>
    </message>
    <message>
        <source>one-off cost</source>
        <translation>једнократни трошак</translation>
    </message>
    <message>
        <source>running cost per year</source>
        <translation>текући трошак годишње</translation>
    </message>
    <message>
        <source>opportunity "%1": the time to deliver cannot be negative, got %2 months</source>
        <translation>прилика „%1“: време до реализације не може бити негативно, добијено је месеци: %2</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 cannot be negative, got %3</source>
        <translation>прилика „%1“: %2 не може бити негативно, добијено је %3</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 must be at most %3</source>
        <translation>прилика „%1“: %2 може бити највише %3</translation>
    </message>
    <message>
        <source>opportunity "%1": "%2" is not an ISO 4217 currency code</source>
        <translation>прилика „%1“: „%2“ није ISO 4217 код валуте</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 must be a share from 0 to 1, got %3</source>
        <translation>прилика „%1“: %2 мора бити удео од 0 до 1, добијено је %3</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>обухват</translation>
    </message>
    <message>
        <source>share of contacts avoided</source>
        <translation>удео избегнутих контаката</translation>
    </message>
    <message>
        <source>share of detractors who become passives</source>
        <translation>удео критичара који постају пасивни</translation>
    </message>
    <message>
        <source>share of detractors who become promoters</source>
        <translation>удео критичара који постају промотери</translation>
    </message>
    <message>
        <source>opportunity "%1": more detractors move (%2 to passives, %3 to promoters) than there are</source>
        <translation>прилика „%1“: прелази више критичара (%2 у пасивне, %3 у промотере) него што их има</translation>
    </message>
    <message>
        <source>time</source>
        <translation>време</translation>
    </message>
    <message>
        <source>money</source>
        <translation>новац</translation>
    </message>
    <message>
        <source>negative emotion</source>
        <translation>негативна емоција</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 after the change is not a number</source>
        <translation>прилика „%1“: %2 после измене није број</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 after the change cannot be negative, got %3</source>
        <translation>прилика „%1“: %2 после измене не може бити негативно, добијено је %3</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 after the change must be at most %3, got %4</source>
        <translation>прилика „%1“: %2 после измене може бити највише %3, добијено је %4</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 can only be reduced by 0 to 100 %, got %3 %</source>
        <translation>прилика „%1“: %2 може да се смањи само за 0 до 100 %, добијено је %3 %</translation>
    </message>
    <message>
        <source>row %1, column “%2” refers to text %3, but the dataset's text table has %4 entries</source>
        <translation>ред %1, колона „%2“ упућује на текст %3, а табела текстова скупа података има укупно ставки: %4</translation>
    </message>
    <message>
        <source>row %1: %2 is not an ISO 4217 currency code</source>
        <translation>ред %1: %2 није ISO 4217 код валуте</translation>
    </message>
    <message>
        <source>time of card "%1" must be at most %2 minutes (about 19 years), got %3</source>
        <translation>време картице „%1“ може бити највише %2 минута (око 19 година), а добијено је %3</translation>
    </message>
    <message>
        <source>row %1, column “%2” holds a date outside the years 1–9999</source>
        <translation>ред %1, колона „%2“: датум је ван опсега година 1–9999</translation>
    </message>
    <message>
        <source>row %1 names no customer</source>
        <translation>ред %1 не наводи корисника</translation>
    </message>
    <message>
        <source>row %1 has no date</source>
        <translation>ред %1 нема датум</translation>
    </message>
    <message>
        <source>row %1: the amount or count is not a number</source>
        <translation>ред %1: износ или број није број</translation>
    </message>
    <message>
        <source>card "%1" names an unknown persona</source>
        <translation>картица „%1” наводи непознату персону</translation>
    </message>
    <message>
        <source>card "%1" names a persona twice</source>
        <translation>картица „%1” двапут наводи исту персону</translation>
    </message>
    <message>
        <source>card "%1": a persona's negative emotion must be from 0 to 10, got %2</source>
        <translation>картица „%1”: негативна емоција персоне мора бити од 0 до 10, добијено %2</translation>
    </message>
    <message>
        <source>card "%1" has %2 pictures; a card holds at most %3</source>
        <translation>картица „%1” има %2 слика; картица може да има највише %3</translation>
    </message>
</context>
<context>
    <name>JourneyDiff</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>title</source>
        <translation>наслов</translation>
    </message>
    <message>
        <source>title (was “%1”)</source>
        <translation>наслов (раније „%1“)</translation>
    </message>
    <message>
        <source>description</source>
        <translation>опис</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>channel %1 → %2</source>
        <translation>канал %1 → %2</translation>
    </message>
    <message>
        <source>department</source>
        <translation>одељење</translation>
    </message>
    <message>
        <source>time</source>
        <translation>време</translation>
    </message>
    <message>
        <source>time %1 → %2</source>
        <translation>време %1 → %2</translation>
    </message>
    <message>
        <source>money</source>
        <translation>новац</translation>
    </message>
    <message>
        <source>money %1 → %2</source>
        <translation>новац %1 → %2</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>емоција</translation>
    </message>
    <message>
        <source>emotion %1 → %2</source>
        <translation>емоција %1 → %2</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>болна тачка</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>тренутак истине</translation>
    </message>
    <message>
        <source>data key</source>
        <translation>кључ података</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>белешке</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <translation>„%1“ → „%2“</translation>
    </message>
    <message>
        <source>%1: added in %2 / %3</source>
        <translation>%1: додата у %2 / %3</translation>
    </message>
    <message>
        <source>%1: moved from %2 / %3 to %4 / %5</source>
        <translation>%1: премештена из %2 / %3 у %4 / %5</translation>
    </message>
    <message>
        <source>%1: removed from %2 / %3</source>
        <translation>%1: уклоњена из %2 / %3</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>основе</translation>
    </message>
    <message>
        <source>rests on %1 → %2</source>
        <translation>основа: %1 → %2</translation>
    </message>
</context>
<context>
    <name>JourneyDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Без наслова</translation>
    </message>
</context>
<context>
    <name>JourneyFiles</name>
    <message>
        <source>%1 was changed by another program since it was read; saving now would overwrite those changes.</source>
        <translation>Други програм је изменио датотеку %1 након што је учитана; ако сада сачувате, те измене ће бити преписане.</translation>
    </message>
    <message>
        <source>%1 was made by another program since the journey was read; saving now would overwrite it.</source>
        <translation>Други програм је направио датотеку %1 након што је путовање учитано; ако сада сачувате, она ће бити преписана.</translation>
    </message>
</context>
<context>
    <name>JourneyJson</name>
    <message>
        <source>the number %1 is too large</source>
        <translation>број %1 је превелик</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>листа</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>објекат</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>број</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>нешто друго</translation>
    </message>
    <message>
        <source>expected a JSON object holding a journey, got %1</source>
        <translation>очекиван је JSON објекат са путовањем, а добијено: %1</translation>
    </message>
    <message>
        <source>this is not a Waymark journey ("format" should be "%1")</source>
        <translation>ово није Waymark путовање ("format" треба да буде „%1“)</translation>
    </message>
    <message>
        <source>the format version must be a whole number</source>
        <translation>верзија формата мора бити цео број</translation>
    </message>
    <message>
        <source>made by a newer Waymark (format version %1); this Waymark reads version %2 and older</source>
        <translation>датотеку је направила новија верзија програма Waymark (верзија формата %1); ова верзија чита формат %2 и старије</translation>
    </message>
    <message>
        <source>the format version must be 1 or more, got %1</source>
        <translation>верзија формата мора бити 1 или више, а добијено је %1</translation>
    </message>
    <message>
        <source>%1 is not a colour like "#1f77b4" or "#801f77b4"</source>
        <translation>%1 није боја у облику "#1f77b4" или "#801f77b4"</translation>
    </message>
    <message>
        <source>lane kind</source>
        <translation>врста траке</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>зона</translation>
    </message>
    <message>
        <source>department</source>
        <translation>одељење</translation>
    </message>
    <message>
        <source>card</source>
        <translation>картица</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>очекивано: %1, добијено: %2</translation>
    </message>
    <message>
        <source>missing required key "%1"</source>
        <translation>недостаје обавезни кључ „%1“</translation>
    </message>
    <message>
        <source>%1 is not a valid id (a UUID like "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b")</source>
        <translation>%1 није исправан ИД (UUID у облику "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b")</translation>
    </message>
    <message>
        <source>duplicate id %1 (also used at %2)</source>
        <translation>дуплирани ИД %1 (користи се и на %2)</translation>
    </message>
    <message>
        <source>no %1 has the id %2</source>
        <translation>не постоји %1 са ИД %2</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code (three capital letters, e.g. EUR)</source>
        <translation>%1 није ISO 4217 код валуте (три велика слова, нпр. EUR)</translation>
    </message>
    <message>
        <source>the setting %1 must be text: expected %2, got %3</source>
        <translation>подешавање %1 мора бити текст: очекивано %2, добијено %3</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>трака</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>a department id or null</source>
        <translation>ИД одељења или null</translation>
    </message>
    <message>
        <source>time must be 0 minutes or more, got %1</source>
        <translation>време мора бити 0 минута или више, а добијено је %1</translation>
    </message>
    <message>
        <source>money must be 0 or more, got %1</source>
        <translation>износ мора бити 0 или више, а добијено је %1</translation>
    </message>
    <message>
        <source>money must be at most %1, got %2</source>
        <translation>износ може бити највише %1, а добијено је %2</translation>
    </message>
    <message>
        <source>money can have at most two decimals, got %1</source>
        <translation>износ може имати највише две децимале, а добијено је %1</translation>
    </message>
    <message>
        <source>emotion must be an integer from %1 to %2, got %3</source>
        <translation>емоција мора бити цео број од %1 до %2, а добијено је %3</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>неисправан JSON: %1</translation>
    </message>
    <message>
        <source>File not found.</source>
        <translation>Датотека није пронађена.</translation>
    </message>
    <message>
        <source>This is a folder, not a journey file.</source>
        <translation>Ово је фасцикла, а не датотека путовања.</translation>
    </message>
    <message>
        <source>Could not open the file: %1</source>
        <translation>Није могуће отворити датотеку: %1</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Није могуће прочитати датотеку: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Датотека је празна.</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Није могуће уписати датотеку: %1</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>очекиван је цео број, добијено је %1</translation>
    </message>
    <message>
        <source>an id or null</source>
        <translation>ИД или null</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>ИД</translation>
    </message>
    <message>
        <source>unknown %1 %2; expected one of: %3</source>
        <translation>непозната вредност (%1) %2; очекује се једно од: %3</translation>
    </message>
    <message>
        <source>kind of change</source>
        <translation>врста измене</translation>
    </message>
    <message>
        <source>opportunity type</source>
        <translation>врста прилике</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>поузданост</translation>
    </message>
    <message>
        <source>the file holds more than %1 values; Waymark reads at most that many from a .waymark.json (save large journeys as .waymark)</source>
        <translation>датотека садржи више од %1 вредности, а Waymark из .waymark.json не чита више од тога (велика путовања чувајте као .waymark)</translation>
    </message>
    <message>
        <source>a text of %1 MiB; one text may be at most %2 MiB</source>
        <translation>текст величине %1 MiB; један текст може имати највише %2 MiB</translation>
    </message>
    <message>
        <source>lists and objects nested more than %1 deep</source>
        <translation>листе и објекти угнеждени су у више од %1 нивоа</translation>
    </message>
    <message>
        <source>more than %1 cards; Waymark reads at most that many</source>
        <translation>више од %1 картица, а Waymark не чита више од тога</translation>
    </message>
    <message>
        <source>a list of %1 items; Waymark reads at most %2</source>
        <translation>број ставки на листи: %1; Waymark чита највише %2</translation>
    </message>
    <message>
        <source>The file is %1 MiB; a .waymark.json may be at most %2 MiB. Larger journeys are kept as .waymark files.</source>
        <translation>Датотека има %1 MiB, а .waymark.json може имати највише %2 MiB. Већа путовања чувајте као .waymark датотеке.</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>основе</translation>
    </message>
    <message>
        <source>a persona id</source>
        <translation>ИД персоне</translation>
    </message>
    <message>
        <source>no persona has the id %1</source>
        <translation>ниједна персона нема ИД %1</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>персона</translation>
    </message>
    <message>
        <source>a picture of %1 MiB; a stored picture may be at most %2 MiB</source>
        <translation>слика од %1 MiB; сачувана слика може имати највише %2 MiB</translation>
    </message>
    <message>
        <source>more than %1 pictures on one card</source>
        <translation>више од %1 слика на једној картици</translation>
    </message>
    <message>
        <source>missing "%1"</source>
        <translation>недостаје „%1”</translation>
    </message>
    <message>
        <source>expected a whole number of pixels from 1 to %1</source>
        <translation>очекиван је цео број пиксела од 1 до %1</translation>
    </message>
    <message>
        <source>the picture is larger than a stored picture may be</source>
        <translation>слика је већа него што сачувана слика сме да буде</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>неисправан base64</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>%1 није идентификатор</translation>
    </message>
    <message>
        <source>a picture is "jpeg" or "png", got %1</source>
        <translation>слика мора бити "jpeg" или "png", добијено је %1</translation>
    </message>
</context>
<context>
    <name>JourneyLink</name>
    <message>
        <source>save this journey first: the link is kept relative to its folder</source>
        <translation>прво сачувајте ово путовање: веза се чува релативно у односу на његову фасциклу</translation>
    </message>
    <message>
        <source>“%1” is an absolute path; links are followed only relative to this journey's folder</source>
        <translation>„%1“ је апсолутна путања; везе се прате само релативно у односу на фасциклу овог путовања</translation>
    </message>
    <message>
        <source>“%1” is not a journey file (.waymark or .waymark.json)</source>
        <translation>„%1“ није датотека путовања (.waymark или .waymark.json)</translation>
    </message>
    <message>
        <source>“%1” is missing (looked for %2)</source>
        <translation>„%1“ недостаје (тражено је %2)</translation>
    </message>
</context>
<context>
    <name>JourneyLock</name>
    <message numerus="yes">
        <source>%1 is being changed by another program: %2 (process %3 on %4) still held its lock after %n second(s). Try again when it has finished; if that program is no longer running, delete %5.</source>
        <translation>
            <numerusform>Датотеку %1 мења други програм — %2 (процес %3, рачунар: %4): ни после %n секунде није ослободио закључавање. Покушајте поново када заврши; ако тај програм више није покренут, обришите %5.</numerusform>
            <numerusform>Датотеку %1 мења други програм — %2 (процес %3, рачунар: %4): ни после %n секунде није ослободио закључавање. Покушајте поново када заврши; ако тај програм више није покренут, обришите %5.</numerusform>
            <numerusform>Датотеку %1 мења други програм — %2 (процес %3, рачунар: %4): ни после %n секунди није ослободио закључавање. Покушајте поново када заврши; ако тај програм више није покренут, обришите %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed program</source>
        <translation>програм без назива</translation>
    </message>
    <message>
        <source>an unknown host</source>
        <translation>непознат</translation>
    </message>
    <message numerus="yes">
        <source>%1 is being changed by another program, which still held its lock %2 after %n second(s). Try again when it has finished.</source>
        <translation>
            <numerusform>Датотеку %1 мења други програм: ни после %n секунде није ослободио датотеку закључавања %2. Покушајте поново када заврши.</numerusform>
            <numerusform>Датотеку %1 мења други програм: ни после %n секунде није ослободио датотеку закључавања %2. Покушајте поново када заврши.</numerusform>
            <numerusform>Датотеку %1 мења други програм: ни после %n секунди није ослободио датотеку закључавања %2. Покушајте поново када заврши.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not lock %1 for writing: no permission to create %2.</source>
        <translation>Није могуће закључати %1 ради уписа: нема дозволе за прављење %2.</translation>
    </message>
    <message>
        <source>Could not lock %1 for writing: %2 could not be created.</source>
        <translation>Није могуће закључати %1 ради уписа: није могуће направити %2.</translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message>
        <source>no cards</source>
        <translation>нема картица</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Време: %1</translation>
    </message>
    <message>
        <source>Money: %1</source>
        <translation>Новац: %1</translation>
    </message>
    <message>
        <source>Emotion: mean %1, max %2</source>
        <translation>Емоција: просек %1, макс. %2</translation>
    </message>
    <message>
        <source>Time: %1 → %2</source>
        <translation>Време: %1 → %2</translation>
    </message>
    <message>
        <source>Money: %1 → %2</source>
        <translation>Новац: %1 → %2</translation>
    </message>
    <message>
        <source>Emotion: mean %1 → %2</source>
        <translation>Емоција: просечно %1 → %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>JourneySummary</name>
    <message>
        <source>%1 stages, %2 lanes, %3 touchpoints, %4 departments</source>
        <translation>фаза: %1, трака: %2, додирних тачака: %3, одељења: %4</translation>
    </message>
    <message>
        <source>effort %1, %2, emotion mean %3 max %4</source>
        <translation>напор %1, %2, емоција просек %3 макс. %4</translation>
    </message>
</context>
<context>
    <name>JourneyTemplates</name>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>%1: %2 MiB; a template may be at most %3 MiB (it holds no survey data)</source>
        <translation>%1: %2 MiB; шаблон може имати највише %3 MiB (не садржи податке из анкета)</translation>
    </message>
    <message>
        <source>Could not create the templates folder.</source>
        <translation>Није могуће направити фасциклу шаблона.</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>unknown %1 %2; expected one of: %3</source>
        <translation>%1: непозната вредност %2; очекује се једно од: %3</translation>
    </message>
</context>
<context>
    <name>LaneKind</name>
    <message>
        <source>Customer actions</source>
        <translation>Радње корисника</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Додирне тачке</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Емоције</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Болне тачке</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Прилике</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Одељење</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Системи</translation>
    </message>
</context>
<context>
    <name>LiveDataset</name>
    <message>
        <source>the source is not a JSON object (%1)</source>
        <translation>извор није JSON објекат (%1)</translation>
    </message>
    <message>
        <source>the source names neither a table nor a query, or both</source>
        <translation>извор не наводи ни табелу ни упит, или наводи оба</translation>
    </message>
    <message>
        <source>column “%1” is mapped to “%2”, which is no field of %3</source>
        <translation>колона „%1” је мапирана на „%2”, а то није поље за %3</translation>
    </message>
    <message>
        <source>Add data from a server</source>
        <translation>Додај податке са сервера</translation>
    </message>
    <message>
        <source>the journey has no such dataset</source>
        <translation>путовање нема такав скуп података</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1”: %2</translation>
    </message>
    <message>
        <source>“%1” kept its last figures: %2</source>
        <translation>„%1” задржава последње бројке: %2</translation>
    </message>
</context>
<context>
    <name>LocalCopy</name>
    <message>
        <source>could not keep a copy of the journey in %1: %2</source>
        <translation>копија путовања није могла да се сачува у %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 је оштећен: %2</translation>
    </message>
    <message>
        <source>%1 is not a copy of a shared journey</source>
        <translation>%1 није копија дељеног путовања</translation>
    </message>
    <message>
        <source>%1 was written by a newer Waymark (copy version %2)</source>
        <translation>%1 је записала новија верзија програма Waymark (верзија копије %2)</translation>
    </message>
    <message>
        <source>%1 is damaged: no valid “lastChange” or “savedAt”</source>
        <translation>%1 је оштећен: нема исправног „lastChange“ или „savedAt“</translation>
    </message>
    <message>
        <source>%1 is damaged at /cards/%2</source>
        <translation>%1 је оштећен на /cards/%2</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>≤ %1</source>
        <comment>the capped low end of the heat scale</comment>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <comment>the capped high end of the heat scale</comment>
        <translation>≥ %1</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Customer satisfaction, 1–5: the share of satisfied answers (4 or 5)</source>
        <translation>Задовољство корисника, 1–5: удео задовољних одговора (4 или 5)</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Незадовољни</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Неутрални</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Задовољни</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Просек</translation>
    </message>
    <message>
        <source>Any numeric measure: the mean of the values</source>
        <translation>Било који нумерички показатељ: просек вредности</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Customer Effort Score: how easy it was, 1–7; the mean (5–7 count as easy)</source>
        <translation>Оцена уложеног труда корисника (CES): колико је било лако, 1–7; просек (5–7 се рачуна као лако)</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Тешко</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Лако</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Провера</translation>
    </message>
    <message>
        <source>Audits and mystery shopping: a visit's score 0–100 (or items met of items checked); the mean visit score</source>
        <translation>Провере и тајни купац: оцена посете 0–100 (или испуњене ставке од проверених); просечна оцена посета</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Net Promoter Score: likelihood to recommend, 0–10; % promoters (9–10) minus % detractors (0–6)</source>
        <translation>Нето скор препоруке (NPS): спремност да се препоручи, 0–10; % промотера (9–10) минус % критичара (0–6)</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критичари</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Пасивни</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Промотери</translation>
    </message>
    <message>
        <source>eNPS</source>
        <translation>eNPS</translation>
    </message>
    <message>
        <source>Employee NPS: employees' likelihood to recommend their workplace, 0–10, by department</source>
        <translation>NPS запослених (eNPS): спремност запослених да препоруче своје радно место, 0–10, по одељењима</translation>
    </message>
</context>
<context>
    <name>NpsBadgeItem</name>
    <message>
        <source>NPS %1%2 ±%3 · n %4</source>
        <translation>NPS %1%2 ±%3 · n %4</translation>
    </message>
    <message>
        <source>%1 %2 ±%3 · n %4</source>
        <translation>%1 %2 ±%3 · n %4</translation>
    </message>
    <message>
        <source>Only %1 answers: too few to trust, so this figure is a weak signal.</source>
        <translation>Број одговора је само %1, што је премало за поуздан закључак, па је овај показатељ слаб сигнал.</translation>
    </message>
    <message>
        <source>%1: the survey figure here, ± its 95 % margin, from n answers. Red is the worst end of the scale, green the best.</source>
        <translation>%1: резултат анкете на овом месту, ± маргина од 95 %, из n одговора. Црвено је најгори крај скале, зелено најбољи.</translation>
    </message>
    <message>
        <source>NPS %1 ±%2</source>
        <translation>NPS %1 ±%2</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>%1 %2 ±%3</source>
        <translation>%1 %2 ±%3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>NpsCharts</name>
    <message>
        <source>All responses</source>
        <translation>Сви одговори</translation>
    </message>
    <message>
        <source>Goal: all responses</source>
        <translation>Циљ: сви одговори</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Циљ: %1</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Quarter (%1 … %2)</source>
        <translation>Квартал (%1 … %2)</translation>
    </message>
    <message>
        <source>dashed: goals</source>
        <translation>испрекидано: циљеви</translation>
    </message>
    <message>
        <source>dotted: benchmark</source>
        <translation>тачкасто: репер</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %4)</source>
        <translation>%1: %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Репер</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors by stage</source>
        <translation>Промотери, пасивни и критичари по фазама</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Промотери</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Пасивни</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критичари</translation>
    </message>
    <message>
        <source>Mean customer lifetime value by NPS category (%1)</source>
        <translation>Просечна животна вредност корисника по NPS категорији (%1)</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>Просечни CLV</translation>
    </message>
    <message>
        <source>%1 answers by department</source>
        <translation>Одговори за %1 по одељењима</translation>
    </message>
    <message>
        <source>%1 answers by stage</source>
        <translation>Одговори за %1 по фазама</translation>
    </message>
    <message>
        <source>%1 by department</source>
        <translation>%1 по одељењима</translation>
    </message>
    <message>
        <source>%1 by stage</source>
        <translation>%1 по фазама</translation>
    </message>
    <message>
        <source>%1 by quarter</source>
        <translation>%1 по кварталима</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4 (95 %: %5 … %6; n %7)</source>
        <translation>%1, %2: %3 %4 (95 %: %5 … %6; n %7)</translation>
    </message>
    <message>
        <source>%1 with its 95 % interval</source>
        <translation>%1 са интервалом поверења од 95 %</translation>
    </message>
</context>
<context>
    <name>NpsStatistics</name>
    <message>
        <source>(none)</source>
        <translation>(нема)</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>Сви одговори</translation>
    </message>
</context>
<context>
    <name>OfficeZone</name>
    <message>
        <source>Customer</source>
        <translation>Корисник</translation>
    </message>
    <message>
        <source>Front office</source>
        <translation>Фронт-офис</translation>
    </message>
    <message>
        <source>Middle office</source>
        <translation>Мидл-офис</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Бек-офис</translation>
    </message>
</context>
<context>
    <name>OfflineQueue</name>
    <message>
        <source>could not keep the change for later in %1: %2</source>
        <translation>измена није могла да се сачува за касније у %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a queue of offline changes (%2)</source>
        <translation>%1 није ред измена направљених без везе (%2)</translation>
    </message>
    <message>
        <source>no format name</source>
        <translation>нема назива формата</translation>
    </message>
    <message>
        <source>%1 was written by a newer Waymark (queue version %2)</source>
        <translation>%1 је записала новија верзија програма Waymark (верзија реда %2)</translation>
    </message>
    <message>
        <source>%1: change %2 of the queue is damaged (/edits/%3)</source>
        <translation>%1: измена %2 у реду је оштећена (/edits/%3)</translation>
    </message>
</context>
<context>
    <name>Opportunity</name>
    <message>
        <source>Process</source>
        <translation>Процес</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Технологија</translation>
    </message>
    <message>
        <source>People and training</source>
        <translation>Људи и обука</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Комуникација</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Идеја</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>У току</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Завршено</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Ефекат измерен</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Ниска</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средња</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Висока</translation>
    </message>
</context>
<context>
    <name>OpportunityEdits</name>
    <message>
        <source>New opportunity</source>
        <translation>Нова прилика</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Исправити: %1</translation>
    </message>
    <message>
        <source>Add to scenario</source>
        <translation>Додај у сценарио</translation>
    </message>
    <message>
        <source>Take out of scenario</source>
        <translation>Уклони из сценарија</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Преименуј сценарио</translation>
    </message>
    <message>
        <source>The journey is open for review only: no opportunity can be added.</source>
        <translation>Путовање је отворено само за преглед: прилике не могу да се додају.</translation>
    </message>
    <message>
        <source>Close the vote first: its ranking may still change.</source>
        <translation>Прво затворите гласање: његов поредак још може да се промени.</translation>
    </message>
    <message>
        <source>The vote has no dots on any card.</source>
        <translation>У гласању ниједна картица нема тачкица.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) in the vote “%1”.</source>
        <translation>
            <numerusform>%n тачкица у гласању „%1“.</numerusform>
            <numerusform>%n тачкице у гласању „%1“.</numerusform>
            <numerusform>%n тачкица у гласању „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each of the top cards already has an opportunity.</source>
        <translation>Свака од најбоље рангираних картица већ има прилику.</translation>
    </message>
    <message numerus="yes">
        <source>Create %n opportunity(s) from the vote</source>
        <translation>
            <numerusform>Направи %n прилику из гласања</numerusform>
            <numerusform>Направи %n прилике из гласања</numerusform>
            <numerusform>Направи %n прилика из гласања</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>[e-mail]</source>
        <translation>[е-пошта]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[телефон]</translation>
    </message>
    <message>
        <source>[card number]</source>
        <translation>[број картице]</translation>
    </message>
</context>
<context>
    <name>PngChunks</name>
    <message>
        <source>it does not start as a PNG file does</source>
        <translation>датотека не почиње као PNG датотека</translation>
    </message>
    <message>
        <source>it ends inside a chunk's header at byte %1</source>
        <translation>датотека се прекида унутар заглавља блока на бајту %1</translation>
    </message>
    <message>
        <source>its chunk “%1” at byte %2 says it holds %3 bytes, but only %4 follow</source>
        <translation>блок „%1” на бајту %2 наводи %3 бајтова, а иза њега их има само %4</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <source>cannot be read</source>
        <translation>не може да се прочита</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 није фасцикла</translation>
    </message>
</context>
<context>
    <name>PrintPages</name>
    <message>
        <source>Executive summary</source>
        <translation>Резиме за руководство</translation>
    </message>
    <message>
        <source>Executive summary: where the effort is</source>
        <translation>Резиме за руководство: где настаје напор</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Мапа путовања</translation>
    </message>
    <message>
        <source>Journey map — row %1, column %2 (of %3 × %4)</source>
        <translation>Мапа путовања — ред %1, колона %2 (од %3 × %4)</translation>
    </message>
    <message>
        <source>%1's touchpoints highlighted</source>
        <translation>Истакнуте додирне тачке: %1</translation>
    </message>
    <message>
        <source>glue column %1 here</source>
        <translation>овде залепите колону %1</translation>
    </message>
    <message>
        <source>glue row %1 here</source>
        <translation>овде залепите ред %1</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>ред %1, колона %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Није могуће уписати %1: %2</translation>
    </message>
    <message>
        <source>A PNG of this map can be at most %1× (12,000 pixels a side).</source>
        <translation>PNG ове мапе може бити највише %1× (12.000 пиксела по страни).</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 image.</source>
        <translation>Нема довољно меморије за слику %1 × %2.</translation>
    </message>
    <message>
        <source>Customer journey map made with Waymark</source>
        <translation>Мапа путовања корисника направљена у програму Waymark</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Персона: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страна %1 од %2</translation>
    </message>
    <message>
        <source>Customer journey map · Waymark</source>
        <translation>Мапа путовања корисника · Waymark</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>Одељења:</translation>
    </message>
    <message>
        <source>time</source>
        <translation>време</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>negative emotion 0–10</source>
        <translation>негативна емоција 0–10</translation>
    </message>
    <message>
        <source>NPS (grey: fewer than 30 answers)</source>
        <translation>NPS (сиво: мање од 30 одговора)</translation>
    </message>
    <message>
        <source>CLV of the detractors</source>
        <translation>CLV критичара</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>угрожено</translation>
    </message>
    <message>
        <source>heat: %1</source>
        <translation>топлотна мапа: %1</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>Слојеви: %1</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Нема шта да се прикаже.</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>No benchmark set (Data dock → Goals…)</source>
        <translation>Репер није задат (панел „Подаци“ → Циљеви…)</translation>
    </message>
    <message>
        <source>Journey NPS</source>
        <translation>NPS путовања</translation>
    </message>
    <message>
        <source>No survey answers imported yet.</source>
        <translation>Још нису увезени одговори из анкете.</translation>
    </message>
    <message>
        <source>Mean CLV: promoter vs detractor</source>
        <translation>Просечни CLV: промотер наспрам критичара</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 наспрам %2</translation>
    </message>
    <message>
        <source>%1; %2 customers with an answer and a CLV</source>
        <translation>%1; корисника са одговором и CLV: %2</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Животна вредност корисника</translation>
    </message>
    <message>
        <source>No CLV data imported yet.</source>
        <translation>Још нису увезени CLV подаци.</translation>
    </message>
    <message>
        <source>The customer's effort, end to end</source>
        <translation>Напор корисника, од почетка до краја</translation>
    </message>
    <message>
        <source>%1; mean negative emotion %2/10 over %3 touchpoints</source>
        <translation>%1; просечна негативна емоција %2/10 (додирних тачака: %3)</translation>
    </message>
    <message>
        <source>no fees</source>
        <translation>без накнада</translation>
    </message>
    <message>
        <source>Most customer lifetime value at risk</source>
        <translation>Највећа угрожена животна вредност корисника</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Додирна тачка</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критичари</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>Угрожени CLV</translation>
    </message>
    <message>
        <source>Top 5 hotspots: %1</source>
        <translation>5 највећих жаришта: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <source>Whole journey</source>
        <translation>Цело путовање</translation>
    </message>
    <message>
        <source>Effort per stage</source>
        <translation>Напор по фазама</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Додирне тачке</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Време</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Новац</translation>
    </message>
    <message>
        <source>Mean emotion</source>
        <translation>Просечна емоција</translation>
    </message>
    <message>
        <source>Worst emotion</source>
        <translation>Најгора емоција</translation>
    </message>
    <message>
        <source>Negative emotion by stage (0 calm – 10 worst)</source>
        <translation>Негативна емоција по фазама (0 мирно – 10 најгоре)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Просек</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Најгоре</translation>
    </message>
    <message>
        <source>The workshop's vote: %1</source>
        <translation>Гласање на радионици: %1</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Тачкице</translation>
    </message>
    <message>
        <source>hatched: too few answers to trust</source>
        <translation>шрафирано: премало одговора за поуздан закључак</translation>
    </message>
    <message>
        <source>Journey %1 (95 % interval)</source>
        <translation>%1 путовања (интервал поверења 95 %)</translation>
    </message>
    <message>
        <source>No %1 answers to count.</source>
        <translation>Нема %1 одговора за обрачун.</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>Одговора: %1</translation>
    </message>
    <message>
        <source>95 % interval %1 to %2; %3 answers</source>
        <translation>Интервал поверења 95 %: од %1 до %2; одговора: %3</translation>
    </message>
    <message>
        <source>Small sample: fewer than %1 answers</source>
        <translation>Мали узорак: мање од %1 одговора</translation>
    </message>
    <message>
        <source>%1: %2 % · %3: %4 %</source>
        <translation>%1: %2 % · %3: %4 %</translation>
    </message>
    <message>
        <source>%1 against %2 (%3)</source>
        <translation>%1 у односу на %2 (%3)</translation>
    </message>
    <message>
        <source>the benchmark</source>
        <translation>репер</translation>
    </message>
    <message>
        <source>The %1 trend by quarter appears here once answers with dates are imported.</source>
        <translation>Кретање %1 по кварталима појавиће се овде када увезете одговоре са датумима.</translation>
    </message>
    <message>
        <source>%1 per stage appears here with survey data.</source>
        <translation>%1 по фазама појавиће се овде када увезете податке из анкете.</translation>
    </message>
    <message>
        <source>Findings and priorities</source>
        <translation>Налази и приоритети</translation>
    </message>
    <message>
        <source>Business case of a top opportunity</source>
        <translation>Пословни случај водеће прилике</translation>
    </message>
    <message>
        <source>Future state: the journey with every opportunity applied</source>
        <translation>Будуће стање: путовање са свим примењеним приликама</translation>
    </message>
    <message>
        <source>Future state: the journey after “%1”</source>
        <translation>Будуће стање: путовање после „%1“</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>confidence: %1</source>
        <translation>поузданост: %1</translation>
    </message>
    <message numerus="yes">
        <source>delivered in %n month(s)</source>
        <translation>
            <numerusform>реализација за %n месец</numerusform>
            <numerusform>реализација за %n месеца</numerusform>
            <numerusform>реализација за %n месеци</numerusform>
        </translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>носилац: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Докази: %1</translation>
    </message>
    <message>
        <source>Value per year at full run rate</source>
        <translation>Вредност годишње при пуном капацитету</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Очекивано</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Ниско</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Високо</translation>
    </message>
    <message>
        <source>Customer time and money saved</source>
        <translation>Уштеђено време и новац корисника</translation>
    </message>
    <message>
        <source>Cost to serve saved</source>
        <translation>Уштеда на трошку услуживања</translation>
    </message>
    <message>
        <source>Retention value</source>
        <translation>Вредност задржавања</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Укупно</translation>
    </message>
    <message>
        <source>Cash flows</source>
        <translation>Новчани токови</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Година</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Користи</translation>
    </message>
    <message>
        <source>Running cost</source>
        <translation>Текући трошак</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Нето</translation>
    </message>
    <message>
        <source>Discounted</source>
        <translation>Дисконтовано</translation>
    </message>
    <message>
        <source>NPV %1 (range %2 to %3)</source>
        <translation>NPV %1 (распон од %2 до %3)</translation>
    </message>
    <message>
        <source>ROI %1 %</source>
        <translation>ROI %1 %</translation>
    </message>
    <message>
        <source>pays back in month %1</source>
        <translation>повраћај у %1. месецу</translation>
    </message>
    <message numerus="yes">
        <source>does not pay back within %n year(s)</source>
        <translation>
            <numerusform>нема повраћаја у року од %n године</numerusform>
            <numerusform>нема повраћаја у року од %n године</numerusform>
            <numerusform>нема повраћаја у року од %n година</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n year(s) at a %1 % discount rate; benefits start after delivery.</source>
        <translation>
            <numerusform>За %n годину уз дисконтну стопу од %1 %; користи почињу после реализације.</numerusform>
            <numerusform>За %n године уз дисконтну стопу од %1 %; користи почињу после реализације.</numerusform>
            <numerusform>За %n година уз дисконтну стопу од %1 %; користи почињу после реализације.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Изостављено: %1</translation>
    </message>
    <message>
        <source>How these numbers are made</source>
        <translation>Како су добијени ови бројеви</translation>
    </message>
    <message numerus="yes">
        <source>… %n more figure(s): see the business case workbook (waymark business-case --format xlsx)</source>
        <translation>
            <numerusform>… још %n показатељ: погледајте радну свеску пословног случаја (waymark business-case --format xlsx)</numerusform>
            <numerusform>… још %n показатеља: погледајте радну свеску пословног случаја (waymark business-case --format xlsx)</numerusform>
            <numerusform>… још %n показатеља: погледајте радну свеску пословног случаја (waymark business-case --format xlsx)</numerusform>
        </translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>%1. месец</translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>није у оквиру %n године</numerusform>
            <numerusform>није у оквиру %n године</numerusform>
            <numerusform>није у оквиру %n година</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Данас</translation>
    </message>
    <message>
        <source>After every opportunity</source>
        <translation>После свих прилика</translation>
    </message>
    <message>
        <source>After “%1”</source>
        <translation>После „%1“</translation>
    </message>
    <message>
        <source>Customer time per stage (hours per customer)</source>
        <translation>Време корисника по фазама (сати по кориснику)</translation>
    </message>
    <message>
        <source>What we found</source>
        <translation>Шта смо открили</translation>
    </message>
    <message>
        <source>Add effort to the cards or import NPS and CLV data to see findings.</source>
        <translation>Додајте напор на картице или увезите NPS и CLV податке да бисте видели налазе.</translation>
    </message>
    <message>
        <source>What to fix first: every opportunity</source>
        <translation>Шта прво поправити: све прилике</translation>
    </message>
    <message>
        <source>What to fix first: “%1”</source>
        <translation>Шта прво поправити: „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Ranked by net present value over %n year(s) at a %1 % discount rate; ranges from the confidence of each estimate and the 95 % margins of the NPS shares it rests on.</source>
        <translation>
            <numerusform>Рангирано по нето садашњој вредности за %n годину уз дисконтну стопу од %1 %; распони произлазе из поузданости сваке процене и граница од 95 % за NPS уделе на којима почива.</numerusform>
            <numerusform>Рангирано по нето садашњој вредности за %n године уз дисконтну стопу од %1 %; распони произлазе из поузданости сваке процене и граница од 95 % за NPS уделе на којима почива.</numerusform>
            <numerusform>Рангирано по нето садашњој вредности за %n година уз дисконтну стопу од %1 %; распони произлазе из поузданости сваке процене и граница од 95 % за NPS уделе на којима почива.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Прилика</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Једнократни трошак</translation>
    </message>
    <message>
        <source>Running cost per year</source>
        <translation>Текући трошак годишње</translation>
    </message>
    <message>
        <source>Value per year (low – high)</source>
        <translation>Вредност годишње (ниско – високо)</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>NPV (low – high)</source>
        <translation>NPV (ниско – високо)</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Повраћај</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 г.</translation>
    </message>
    <message>
        <source>Technology gap</source>
        <translation>Технолошки јаз</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Систем</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Старост</translation>
    </message>
    <message>
        <source>What it cannot do</source>
        <translation>Шта не може да ради</translation>
    </message>
    <message>
        <source>Pain points it causes</source>
        <translation>Болне тачке које изазива</translation>
    </message>
    <message>
        <source>Opportunities replacing it</source>
        <translation>Прилике које га замењују</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) not shown on this page</source>
        <translation>
            <numerusform>… и још %n ред који није приказан на овој страници</numerusform>
            <numerusform>… и још %n реда који нису приказани на овој страници</numerusform>
            <numerusform>… и још %n редова који нису приказани на овој страници</numerusform>
        </translation>
    </message>
    <message>
        <source>Executive summary: lifetime value and churn</source>
        <translation>Резиме за руководство: животна вредност и одлазак корисника</translation>
    </message>
    <message>
        <source>Executive summary: what customers say</source>
        <translation>Резиме за руководство: шта корисници кажу</translation>
    </message>
    <message>
        <source>What our customers are worth, and who is leaving</source>
        <translation>Колико вреде наши корисници и ко одлази</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers are expected to spend %2 in the next %n month(s) (discounted at %3 % a year), %4 each on average.</source>
        <translation>
            <numerusform>Очекује се да %1 корисника потроши %2 у наредном периоду од %n месеца (уз дисконт од %3 % годишње), у просеку %4 по кориснику.</numerusform>
            <numerusform>Очекује се да %1 корисника потроши %2 у наредном периоду од %n месеца (уз дисконт од %3 % годишње), у просеку %4 по кориснику.</numerusform>
            <numerusform>Очекује се да %1 корисника потроши %2 у наредном периоду од %n месеци (уз дисконт од %3 % годишње), у просеку %4 по кориснику.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valuable customers are probably gone: won back, they would be worth %2.</source>
        <translation>Вредни корисници који су вероватно отишли: %1. Ако се врате, вредели би %2.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Корисници</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Број</translation>
    </message>
    <message>
        <source>Mean P(alive)</source>
        <translation>Просечна P(alive)</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>Просечни CLV</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Угрожени</translation>
    </message>
    <message>
        <source>At risk: CLV if retained</source>
        <translation>Угрожени: CLV ако се задрже</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Сви корисници</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Сегмент: %1</translation>
    </message>
    <message>
        <source>P(alive): the chance a customer is still buying. At risk: P(alive) below %1 and worth at least %2 if retained (the top quarter). CLV if retained = CLV ÷ P(alive).</source>
        <translation>P(alive): вероватноћа да корисник и даље купује. Угрожени: P(alive) испод %1 и вредност од најмање %2 ако се задрже (горња четвртина). CLV ако се задрже = CLV ÷ P(alive).</translation>
    </message>
    <message>
        <source>After the calibration end %1 repeat purchases happened; the model expected %2.</source>
        <translation>После краја калибрације обављено је %1 поновљених куповина; модел је очекивао %2.</translation>
    </message>
    <message>
        <source>Fitted by maximum likelihood (standard errors in brackets). BG/NBD: r %1, α %2, a %3, b %4, log-likelihood %5. Pareto/NBD: r %6, α %7, s %8, β %9, log-likelihood %10. Gamma-Gamma spend: p %11, q %12, γ %13. Time in %14.</source>
        <translation>Процењено методом највеће веродостојности (стандардне грешке у заградама). BG/NBD: r %1, α %2, a %3, b %4, лог-веродостојност %5. Pareto/NBD: r %6, α %7, s %8, β %9, лог-веродостојност %10. Gamma-Gamma потрошња: p %11, q %12, γ %13. Време у јединици: %14.</translation>
    </message>
    <message>
        <source>Why customers leave</source>
        <translation>Зашто корисници одлазе</translation>
    </message>
    <message>
        <source>The touchpoints where customers who are probably gone answered as detractors, by the value they would carry if won back.</source>
        <translation>Додирне тачке на којима су корисници који су вероватно отишли одговарали као критичари, по вредности коју би имали да се врате.</translation>
    </message>
    <message>
        <source>CLV if retained</source>
        <translation>CLV ако се задрже</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>тренутак истине</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>болна тачка</translation>
    </message>
    <message>
        <source>What customers say where it hurts most</source>
        <translation>Шта корисници кажу тамо где највише боли</translation>
    </message>
    <message>
        <source>The %1 touchpoints with the most %2 (%3, dataset “%4”), and the words their %2 use distinctly more often than every other customer (weighted log-odds with an informative prior, z ≥ 1.96), each with one customer's sentence as written. Personal data is masked.</source>
        <translation>Додирне тачке (%1) са највише одговора категорије „%2“ (%3, скуп података „%4“) и речи које ти корисници користе упадљиво чешће од свих осталих (пондерисани лог-количници шанси са информативном априорном расподелом, z ≥ 1.96), свака уз реченицу једног корисника онако како ју је написао. Лични подаци су маскирани.</translation>
    </message>
    <message>
        <source>No touchpoint has %1.</source>
        <translation>Ниједна додирна тачка нема одговоре категорије „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 — %3 %4, %n with a comment</source>
        <translation>
            <numerusform>%1. %2 — %4: %3, са коментаром: %n</numerusform>
            <numerusform>%1. %2 — %4: %3, са коментаром: %n</numerusform>
            <numerusform>%1. %2 — %4: %3, са коментаром: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>None of them left a comment.</source>
        <translation>Нико од њих није оставио коментар.</translation>
    </message>
    <message>
        <source>No word stands out: their comments read like everyone else's.</source>
        <translation>Ниједна реч се не издваја: њихови коментари звуче као и сви остали.</translation>
    </message>
    <message>
        <source>They write</source>
        <translation>Пишу</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Помињања</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Њиховим речима</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The %1 touchpoints whose %2 carry the most customer lifetime value (%3, dataset “%4”), and the words their %2 use distinctly more often than every other customer (weighted log-odds with an informative prior, z ≥ 1.96), each with one customer's sentence as written. Personal data is masked.</source>
        <translation>Додирне тачке (%1) на којима корисници категорије „%2“ носе највећу животну вредност (%3, скуп података „%4“) и речи које ти корисници користе упадљиво чешће од свих осталих (пондерисани лог-количници шанси са информативном априорном расподелом, z ≥ 1.96), свака уз реченицу једног корисника онако како ју је написао. Лични подаци су маскирани.</translation>
    </message>
    <message>
        <source>; lifetime value at risk %1</source>
        <translation>; угрожена животна вредност: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 pain points rest on measured data (%3 answers or more)</source>
        <translation>Болних тачака на измереним подацима: %1 од %2 (најмање %3 одговора)</translation>
    </message>
    <message>
        <source>The rest: %1</source>
        <translation>Остале: %1</translation>
    </message>
    <message>
        <source>Pain points on measured data</source>
        <translation>Болне тачке на измереним подацима</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Pictures on the cards (%1 of %2)</source>
        <translation>Слике на картицама (%1 од %2)</translation>
    </message>
    <message>
        <source>Pictures on the cards</source>
        <translation>Слике на картицама</translation>
    </message>
    <message>
        <source>picture %1 of %2</source>
        <translation>слика %1 од %2</translation>
    </message>
    <message>
        <source>Personas (%1 of %2)</source>
        <translation>Персоне (%1 од %2)</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Персоне</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Циљеви</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Фрустрације</translation>
    </message>
    <message>
        <source>Where it hurts them most</source>
        <translation>Где их највише боли</translation>
    </message>
    <message>
        <source>No step on the map weighs on %1: every card they go through has a negative emotion of 0.</source>
        <translation>Ниједан корак на мапи не тишти персону %1: све њене картице имају негативну емоцију 0.</translation>
    </message>
    <message>
        <source>Stage “%1”</source>
        <translation>Фаза „%1“</translation>
    </message>
    <message>
        <source>negative emotion %1 of 10</source>
        <translation>негативна емоција %1 од 10</translation>
    </message>
    <message>
        <source>%1 for everyone else</source>
        <translation>за остале %1</translation>
    </message>
    <message>
        <source>Who goes through this journey</source>
        <translation>Ко пролази кроз ово путовање</translation>
    </message>
    <message numerus="yes">
        <source>Each persona with what they want, what gets in their way, and the %n step(s) of the map that weigh on them most: the highest negative emotion as that persona feels it (0 calm – 10 worst).</source>
        <translation>
            <numerusform>Свака персона: шта жели, шта јој смета и %n корак мапе који јој највише тешко пада — са најјачом негативном емоцијом онако како је та персона осећа (0 мирно – 10 најгоре).</numerusform>
            <numerusform>Свака персона: шта жели, шта јој смета и %n корака мапе који јој највише тешко падају — са најјачом негативном емоцијом онако како је та персона осећа (0 мирно – 10 најгоре).</numerusform>
            <numerusform>Свака персона: шта жели, шта јој смета и %n корака мапе који јој највише тешко падају — са најјачом негативном емоцијом онако како је та персона осећа (0 мирно – 10 најгоре).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriorityChart</name>
    <message>
        <source>Value per year against one-off cost (bubble: CLV at risk)</source>
        <translation>Вредност годишње према једнократном трошку (мехур: угрожени CLV)</translation>
    </message>
    <message>
        <source>One-off cost (%1)</source>
        <translation>Једнократни трошак (%1)</translation>
    </message>
    <message>
        <source>Value per year (%1)</source>
        <translation>Вредност годишње (%1)</translation>
    </message>
</context>
<context>
    <name>ServerDatasets</name>
    <message>
        <source>not one dataset</source>
        <translation>ово није један скуп података</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
</context>
<context>
    <name>ServerJobs</name>
    <message>
        <source>Could not connect to %1:
%2</source>
        <translation>Повезивање са %1 није успело:
%2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Лозинка</translation>
    </message>
    <message>
        <source>Password for %1 on %2 (kept only while Waymark runs; ~/.pgpass spares you this question):</source>
        <translation>Лозинка корисника %1 на %2 (чува се само док је Waymark покренут; уз ~/.pgpass ово питање отпада):</translation>
    </message>
</context>
<context>
    <name>ServerJourney</name>
    <message>
        <source>card %1 is in a stage that does not exist (%2)</source>
        <translation>картица %1 је у фази која не постоји (%2)</translation>
    </message>
</context>
<context>
    <name>ServerJourneys</name>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation>%1 на %2 — грешка: %3</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object</source>
        <translation>%1: вредност није JSON објекат</translation>
    </message>
    <message>
        <source>storing card %1</source>
        <translation>чување картице %1</translation>
    </message>
    <message>
        <source>storing comment %1</source>
        <translation>чување коментара %1</translation>
    </message>
    <message>
        <source>storing a dot of vote %1</source>
        <translation>чување тачкице гласања %1</translation>
    </message>
    <message>
        <source>the journey cannot be published: %1: %2</source>
        <translation>путовање не може да се објави: %1: %2</translation>
    </message>
    <message>
        <source>could not start a transaction on %1: %2</source>
        <translation>није могуће започети трансакцију на %1: %2</translation>
    </message>
    <message>
        <source>looking for journey %1</source>
        <translation>тражење путовања %1</translation>
    </message>
    <message>
        <source>%1 already holds a journey with this id (“%2”); open that one from the server instead</source>
        <translation>%1 већ садржи путовање са овим ИД-ом („%2“); отворите њега са сервера</translation>
    </message>
    <message>
        <source>storing journey %1</source>
        <translation>чување путовања %1</translation>
    </message>
    <message>
        <source>could not commit journey %1 on %2: %3</source>
        <translation>није могуће уписати путовање %1 на %2: %3</translation>
    </message>
    <message>
        <source>%1 holds no Waymark journeys</source>
        <translation>%1 не садржи Waymark путовања</translation>
    </message>
    <message>
        <source>the database %1 holds Waymark's server schema version %2; this Waymark reads version %3</source>
        <translation>база података %1 има Waymark серверску шему верзије %2, а ова верзија програма Waymark чита верзију %3</translation>
    </message>
    <message>
        <source>starting to read journey %1</source>
        <translation>почетак читања путовања %1</translation>
    </message>
    <message>
        <source>reading journey %1</source>
        <translation>читање путовања %1</translation>
    </message>
    <message>
        <source>%1 holds no journey with id %2</source>
        <translation>%1 не садржи путовање са ИД-ом %2</translation>
    </message>
    <message>
        <source>table journeys, row %1, column base</source>
        <translation>табела journeys, ред %1, колона base</translation>
    </message>
    <message>
        <source>reading the cards of journey %1</source>
        <translation>читање картица путовања %1</translation>
    </message>
    <message>
        <source>table cards, row %1, column fields</source>
        <translation>табела cards, ред %1, колона fields</translation>
    </message>
    <message>
        <source>reading the comments of journey %1</source>
        <translation>читање коментара путовања %1</translation>
    </message>
    <message>
        <source>table comments, row %1, column body</source>
        <translation>табела comments, ред %1, колона body</translation>
    </message>
    <message>
        <source>reading the dots of journey %1</source>
        <translation>читање тачкица гласања путовања %1</translation>
    </message>
    <message>
        <source>journey %1 on %2 is damaged: %3</source>
        <translation>путовање %1 на %2 је оштећено: %3</translation>
    </message>
    <message>
        <source>the database %1 holds Waymark's server schema version %2, but this Waymark knows only up to version %3; update Waymark to open journeys there</source>
        <translation>база података %1 има Waymark серверску шему верзије %2, а ова верзија програма Waymark подржава само верзије до %3; ажурирајте Waymark да бисте отварали путовања из те базе</translation>
    </message>
    <message>
        <source>listing the journeys</source>
        <translation>читање списка путовања</translation>
    </message>
    <message>
        <source>storing the dataset “%1”</source>
        <translation>чување скупа података „%1“</translation>
    </message>
    <message>
        <source>reading the datasets of journey %1</source>
        <translation>читање скупова података путање %1</translation>
    </message>
    <message>
        <source>table datasets, row %1, column body</source>
        <translation>табела datasets, ред %1, колона body</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>setting up the roles on %1 failed: %2 (in: %3)</source>
        <translation>подешавање улога на %1 није успело: %2 (у наредби: %3)</translation>
    </message>
    <message>
        <source>reading your role on %1 failed: %2</source>
        <translation>читање ваше улоге на %1 није успело: %2</translation>
    </message>
    <message>
        <source>Facilitator: may change everything</source>
        <translation>Фасилитатор: може да мења све</translation>
    </message>
    <message>
        <source>Participant: may add and change cards, place dots and comment</source>
        <translation>Учесник: може да додаје и мења картице, поставља тачкице и коментарише</translation>
    </message>
    <message>
        <source>Reviewer: may comment</source>
        <translation>Рецензент: може да коментарише</translation>
    </message>
    <message>
        <source>Viewer: may look</source>
        <translation>Посматрач: може само да гледа</translation>
    </message>
    <message>
        <source>No Waymark role on this server: ask the facilitator for one</source>
        <translation>Немате Waymark улогу на овом серверу: затражите је од фасилитатора</translation>
    </message>
    <message>
        <source>reviewers may add comments, nothing else</source>
        <translation>рецензенти могу само да додају коментаре</translation>
    </message>
    <message>
        <source>viewers may read the journey, not change it</source>
        <translation>посматрачи могу да читају путовање, али не и да га мењају</translation>
    </message>
    <message>
        <source>only facilitators may publish journeys</source>
        <translation>само фасилитатори могу да објављују путовања</translation>
    </message>
    <message>
        <source>you have no Waymark role on this database</source>
        <translation>немате Waymark улогу у овој бази података</translation>
    </message>
    <message>
        <source>the server refused this by its rule “%1”: %2</source>
        <translation>сервер је одбио радњу по правилу „%1“: %2</translation>
    </message>
    <message>
        <source>the facilitator locked this lane; only its department may change its cards</source>
        <translation>фасилитатор је закључао ову траку; њене картице може мењати само њено одељење</translation>
    </message>
    <message>
        <source>the facilitator locked this stage; only each lane's department may change its cards</source>
        <translation>фасилитатор је закључао ову фазу; картице у њој мења само одељење своје траке</translation>
    </message>
    <message>
        <source>the facilitator froze the board; only facilitators may change it now</source>
        <translation>фасилитатор је замрзнуо таблу; сада је могу мењати само фасилитатори</translation>
    </message>
    <message>
        <source>only facilitators may lock lanes and stages or freeze the board</source>
        <translation>само фасилитатори могу закључавати траке и фазе и замрзавати таблу</translation>
    </message>
    <message>
        <source>only facilitators may say who belongs to which department</source>
        <translation>само фасилитатори одређују ко припада ком одељењу</translation>
    </message>
    <message>
        <source>only facilitators may add, change, move or remove stages, lanes and departments</source>
        <translation>фазе, траке и одељења могу да додају, мењају, померају и уклањају само фасилитатори</translation>
    </message>
    <message>
        <source>a facilitator removed that stage or lane meanwhile</source>
        <translation>фасилитатор је у међувремену уклонио ту фазу или траку</translation>
    </message>
    <message>
        <source>only facilitators may start, close or change a vote</source>
        <translation>само фасилитатори могу да покрену, затворе или измене гласање</translation>
    </message>
    <message>
        <source>the vote is closed; its dots cannot change any more</source>
        <translation>гласање је затворено; његове тачкице се више не мењају</translation>
    </message>
    <message>
        <source>someone else placed this dot from their login; only they or a facilitator may take it back</source>
        <translation>тачкица је постављена са другог налога: уклонити је могу само власник тог налога и фасилитатор</translation>
    </message>
    <message>
        <source>someone else wrote this comment; only they or a facilitator may change or delete it</source>
        <translation>коментар је туђ: мењати и брисати га могу само аутор и фасилитатор</translation>
    </message>
    <message>
        <source>only facilitators may add, change or remove personas</source>
        <translation>персоне могу да додају, мењају и уклањају само фасилитатори</translation>
    </message>
    <message>
        <source>only facilitators may add, rename or remove participants</source>
        <translation>учеснике могу да додају, преименују и уклањају само фасилитатори</translation>
    </message>
    <message>
        <source>an arrow must join two cards of the journey, and one of them was deleted meanwhile</source>
        <translation>стрелица мора да спаја две картице путовања, а једна од њих је у међувремену уклоњена</translation>
    </message>
    <message>
        <source>only facilitators may change the journey's title, description, currency and settings</source>
        <translation>само фасилитатори мењају наслов, опис, валуту и подешавања путање</translation>
    </message>
    <message>
        <source>only facilitators may change the agenda</source>
        <translation>само фасилитатори мењају дневни ред</translation>
    </message>
    <message>
        <source>only facilitators may change the business case</source>
        <translation>само фасилитатори мењају пословни случај</translation>
    </message>
    <message>
        <source>the vote's time is up; its dots cannot change any more</source>
        <translation>време гласања је истекло; његове тачке се више не мењају</translation>
    </message>
    <message>
        <source>only facilitators may import, refresh or remove survey and purchase data</source>
        <translation>само фасилитатори могу да увозе, освежавају или уклањају податке анкета и куповина</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>setting up the server schema on %1 failed: %2 (in: %3)</source>
        <translation>подешавање серверске шеме на %1 није успело: %2 (у наредби: %3)</translation>
    </message>
    <message>
        <source>reading the server schema version on %1 failed: %2</source>
        <translation>читање верзије серверске шеме на %1 није успело: %2</translation>
    </message>
    <message>
        <source>the database %1 holds Waymark's server schema version %2, but this Waymark knows only up to version %3; update Waymark to open journeys there</source>
        <translation>база података %1 има Waymark серверску шему верзије %2, а ова верзија програма Waymark подржава само верзије до %3; ажурирајте Waymark да бисте отварали путовања из те базе</translation>
    </message>
    <message>
        <source>could not start a transaction on %1: %2</source>
        <translation>није могуће започети трансакцију на %1: %2</translation>
    </message>
    <message>
        <source>setting up the server schema on %1 failed: %2</source>
        <translation>подешавање серверске шеме на %1 није успело: %2</translation>
    </message>
    <message>
        <source>could not commit the server schema on %1: %2</source>
        <translation>није могуће уписати серверску шему на %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerSession</name>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>повезивање са %1 није успело: %2</translation>
    </message>
    <message>
        <source>could not listen for changes on %1: %2</source>
        <translation>није могуће пратити измене на %1: %2</translation>
    </message>
    <message>
        <source>journey %1 on %2 is damaged: %3</source>
        <translation>путовање %1 на %2 је оштећено: %3</translation>
    </message>
    <message>
        <source>card “%1” is not in the journey any more</source>
        <translation>картица „%1“ више није у путовању</translation>
    </message>
    <message>
        <source>the change was not saved: %1: %2</source>
        <translation>измена није сачувана: %1: %2</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>нема везе са %1</translation>
    </message>
    <message>
        <source>the change was not saved on %1: %2</source>
        <translation>измена није сачувана на %1: %2</translation>
    </message>
    <message>
        <source>%1 no longer holds journey %2</source>
        <translation>на %1 више нема путовања %2</translation>
    </message>
    <message>
        <source>reading the changes on %1 failed: %2</source>
        <translation>читање измена на %1 није успело: %2</translation>
    </message>
    <message>
        <source>card “%1” was deleted by %2 (change %3); your change was not saved</source>
        <translation>картицу „%1“ је обрисао учесник %2 (измена %3); ваша измена није сачувана</translation>
    </message>
    <message>
        <source>card “%1” is not in the journey on the server; your change was not saved</source>
        <translation>картица „%1“ није у путовању на серверу; ваша измена није сачувана</translation>
    </message>
    <message>
        <source>card “%1” is not in that cell any more</source>
        <translation>картица „%1“ више није у тој ћелији</translation>
    </message>
    <message>
        <source>reading the cell's order failed: %1</source>
        <translation>читање редоследа картица у ћелији није успело: %1</translation>
    </message>
    <message>
        <source>“%1” is not a field of a card</source>
        <translation>„%1“ није поље картице</translation>
    </message>
    <message>
        <source>card “%1” was not added on %2: %3</source>
        <translation>картица „%1“ није додата на %2: %3</translation>
    </message>
    <message>
        <source>card “%1” is already in the journey</source>
        <translation>картица „%1“ је већ у путовању</translation>
    </message>
    <message>
        <source>a card cannot go after itself</source>
        <translation>картица не може да стоји после саме себе</translation>
    </message>
    <message>
        <source>the move was not saved on %1: %2</source>
        <translation>премештање није сачувано на %1: %2</translation>
    </message>
    <message>
        <source>the deletion was not saved on %1: %2</source>
        <translation>брисање није сачувано на %1: %2</translation>
    </message>
    <message>
        <source>there is no vote %1 in the journey</source>
        <translation>у путовању нема гласања %1</translation>
    </message>
    <message>
        <source>the vote “%1” is closed</source>
        <translation>гласање „%1“ је затворено</translation>
    </message>
    <message>
        <source>the dot was not saved on %1: %2</source>
        <translation>тачкица није сачувана на %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>all %n dot(s) of the vote “%1” are used</source>
        <translation>
            <numerusform>гласање „%1“: све тачкице (%n) су већ постављене</numerusform>
            <numerusform>гласање „%1“: све тачкице (%n) су већ постављене</numerusform>
            <numerusform>гласање „%1“: све тачкице (%n) су већ постављене</numerusform>
        </translation>
    </message>
    <message>
        <source>the comment was not saved on %1: %2</source>
        <translation>коментар није сачуван на %1: %2</translation>
    </message>
    <message>
        <source>there is no change of yours to undo</source>
        <translation>нема ваших измена које могу да се опозову</translation>
    </message>
    <message>
        <source>cannot undo: %1 deleted card “%2” since (change %3)</source>
        <translation>опозив није могућ: у међувремену је учесник %1 обрисао картицу „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed card “%2” since (change %3)</source>
        <translation>опозив није могућ: у међувремену је учесник %1 изменио картицу „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 moved card “%2” since (change %3)</source>
        <translation>опозив није могућ: у међувремену је учесник %1 преместио картицу „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed “%2” of card “%3” since (change %4)</source>
        <translation>опозив није могућ: у међувремену је учесник %1 изменио поље „%2“ картице „%3“ (измена %4)</translation>
    </message>
    <message>
        <source>the card was not brought back on %1: %2</source>
        <translation>картица није враћена на %1: %2</translation>
    </message>
    <message>
        <source>the move was not undone on %1: %2</source>
        <translation>премештање није опозвано на %1: %2</translation>
    </message>
    <message>
        <source>reading the locks on %1 failed: %2</source>
        <translation>читање закључавања на %1 није успело: %2</translation>
    </message>
    <message>
        <source>%1 froze the board%2; only facilitators may change it now</source>
        <translation>%1 је замрзнуо/ла таблу%2; сада је могу мењати само фасилитатори</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 locked this lane%2; only its department may change its cards</source>
        <translation>%1 је закључао/ла ову траку%2; њене картице може мењати само њено одељење</translation>
    </message>
    <message>
        <source>%1 locked this stage%2; only each lane's department may change its cards</source>
        <translation>%1 је закључао/ла ову фазу%2; картице у њој мења само одељење своје траке</translation>
    </message>
    <message>
        <source>the lock was not saved on %1: %2</source>
        <translation>закључавање није сачувано на %1: %2</translation>
    </message>
    <message>
        <source>%1 deleted the card meanwhile (change %2)</source>
        <translation>%1 је у међувремену обрисао/ла картицу (измена %2)</translation>
    </message>
    <message>
        <source>the card is not in the journey any more</source>
        <translation>картица више није у путовању</translation>
    </message>
    <message>
        <source>not connected to %1; undo works again when the connection is back</source>
        <translation>нема везе са %1; поништавање ће опет радити када се веза врати</translation>
    </message>
    <message>
        <source>reading the members on %1 failed: %2</source>
        <translation>читање чланова одељења на %1 није успело: %2</translation>
    </message>
    <message>
        <source>reading the database users on %1 failed: %2</source>
        <translation>читање корисника базе података на %1 није успело: %2</translation>
    </message>
    <message>
        <source>not connected to %1; the members were not changed</source>
        <translation>нема везе са %1; чланови одељења нису промењени</translation>
    </message>
    <message>
        <source>“%1” is not a database user's name (empty, or spaces around it); the members were not changed</source>
        <translation>„%1“ није име корисника базе података (празно или размаци око њега); чланови одељења нису промењени</translation>
    </message>
    <message>
        <source>%1 cannot join department %2: the journey has no such department; the members were not changed</source>
        <translation>%1 не може у одељење %2: путовање нема такво одељење; чланови одељења нису промењени</translation>
    </message>
    <message>
        <source>the members were not changed on %1: %2</source>
        <translation>чланови одељења на %1 нису промењени: %2</translation>
    </message>
    <message>
        <source>%1 has no database user “%2” (names are case-sensitive); the administrator creates it with CREATE ROLE … LOGIN; the members were not changed</source>
        <translation>на %1 нема корисника базе података „%2“ (велика и мала слова се разликују); прави га администратор наредбом CREATE ROLE … LOGIN; чланови одељења нису промењени</translation>
    </message>
    <message>
        <source>cannot undo: %1 froze the board since (change %2)</source>
        <translation>опозив није могућ: у међувремену је %1 замрзнуо/ла таблу (измена %2)</translation>
    </message>
    <message>
        <source>cannot undo: %1 unfroze the board since (change %2)</source>
        <translation>опозив није могућ: у међувремену је %1 одмрзнуо/ла таблу (измена %2)</translation>
    </message>
    <message>
        <source>cannot undo: %1 locked the lane “%2” since (change %3)</source>
        <translation>опозив није могућ: у међувремену је %1 закључао/ла траку „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 unlocked the lane “%2” since (change %3)</source>
        <translation>опозив није могућ: у међувремену је %1 откључао/ла траку „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 locked the stage “%2” since (change %3)</source>
        <translation>опозив није могућ: у међувремену је %1 закључао/ла фазу „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 unlocked the stage “%2” since (change %3)</source>
        <translation>опозив није могућ: у међувремену је %1 откључао/ла фазу „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>card “%1” was removed with its stage or lane by %2 (change %3); your change was not saved</source>
        <translation>картицу „%1“ је уклонио/ла %2 заједно са њеном фазом или траком (измена %3); ваша измена није сачувана</translation>
    </message>
    <message>
        <source>the card's stage or lane is not in the journey</source>
        <translation>фаза или трака картице не постоји у путовању</translation>
    </message>
    <message>
        <source>%1 removed the card's stage (change %2); the card was not saved there</source>
        <translation>%1 је уклонио/ла фазу картице (измена %2); картица тамо није сачувана</translation>
    </message>
    <message>
        <source>%1 removed the card's lane (change %2); the card was not saved there</source>
        <translation>%1 је уклонио/ла траку картице (измена %2); картица тамо није сачувана</translation>
    </message>
    <message>
        <source>“%1” cannot be changed on its own</source>
        <translation>„%1“ се не може мењати засебно</translation>
    </message>
    <message>
        <source>“%1” is not a stage, a lane or a department</source>
        <translation>„%1“ није ни фаза, ни трака, ни одељење</translation>
    </message>
    <message>
        <source>the change of “%1” was not saved on %2: %3</source>
        <translation>измена „%1“ није сачувана на %2: %3</translation>
    </message>
    <message>
        <source>“%1” is already in the journey</source>
        <translation>„%1“ већ постоји у путовању</translation>
    </message>
    <message>
        <source>“%1” was removed by %2 (change %3); your change was not saved</source>
        <translation>„%1“ је уклонио/ла %2 (измена %3); ваша измена није сачувана</translation>
    </message>
    <message>
        <source>“%1” is not in the journey on the server; your change was not saved</source>
        <translation>„%1“ не постоји у путовању на серверу; ваша измена није сачувана</translation>
    </message>
    <message>
        <source>“%1” is not in the journey any more; your change was not saved</source>
        <translation>„%1“ више не постоји у путовању; ваша измена није сачувана</translation>
    </message>
    <message>
        <source>cannot undo: %1 removed “%2” since (change %3)</source>
        <translation>опозив није могућ: у међувремену је %1 уклонио/ла „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed “%2” since (change %3)</source>
        <translation>опозив није могућ: у међувремену је %1 изменио/ла „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 put cards in “%2” since (change %3)</source>
        <translation>опозив није могућ: у међувремену је %1 ставио/ла картице у „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot undo: “%1” holds cards now</source>
        <translation>опозив није могућ: у „%1“ сада има картица</translation>
    </message>
    <message>
        <source>cannot undo: %1 moved “%2” since (change %3)</source>
        <translation>опозив није могућ: у међувремену је %1 преместио/ла „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>this laptop holds no copy of the journey to open without the server (a copy is kept once the journey has been open here while connected)</source>
        <translation>на овом лаптопу нема копије путовања која би се отворила без сервера (копија се чува чим је путовање бар једном отворено овде док је веза постојала)</translation>
    </message>
    <message>
        <source>the copy of the journey on this laptop cannot be opened: %1</source>
        <translation>копија путовања на овом лаптопу не може да се отвори: %1</translation>
    </message>
    <message>
        <source>the copy of the journey on this laptop is damaged (%1): %2</source>
        <translation>копија путовања на овом лаптопу је оштећена (%1): %2</translation>
    </message>
    <message>
        <source>there is no undone change of yours to redo</source>
        <translation>нема ваше опозване измене коју бисте поновили</translation>
    </message>
    <message>
        <source>not connected to %1; redo works again when the connection is back</source>
        <translation>нема везе са %1; понављање ће опет радити када се веза врати</translation>
    </message>
    <message>
        <source>cannot redo: %1 froze or unfroze the board since (change %2)</source>
        <translation>понављање није могуће: у међувремену је %1 замрзнуо/ла или одмрзнуо/ла таблу (измена %2)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed the lock of “%2” since (change %3)</source>
        <translation>понављање није могуће: у међувремену је %1 променио/ла закључавање за „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 removed “%2” since (change %3)</source>
        <translation>понављање није могуће: у међувремену је %1 уклонио/ла „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 deleted card “%2” since (change %3)</source>
        <translation>понављање није могуће: у међувремену је учесник %1 обрисао картицу „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed “%2” since (change %3)</source>
        <translation>понављање није могуће: у међувремену је %1 изменио/ла „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed card “%2” since (change %3)</source>
        <translation>понављање није могуће: у међувремену је учесник %1 изменио картицу „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 put cards in “%2” since (change %3)</source>
        <translation>понављање није могуће: у међувремену је %1 ставио/ла картице у „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 moved “%2” since (change %3)</source>
        <translation>понављање није могуће: у међувремену је %1 преместио/ла „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 moved card “%2” since (change %3)</source>
        <translation>понављање није могуће: у међувремену је учесник %1 преместио картицу „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed “%2” of card “%3” since (change %4)</source>
        <translation>понављање није могуће: у међувремену је учесник %1 изменио поље „%2“ картице „%3“ (измена %4)</translation>
    </message>
    <message>
        <source>your last change may have reached %1 just as the connection broke; undo works again when the connection is back</source>
        <translation>ваша последња измена је можда стигла до %1 баш када је веза пукла; поништавање ће опет радити када се веза врати</translation>
    </message>
    <message>
        <source>the vote “%1” is still open (%2 started it, change %3); close it before another vote opens</source>
        <translation>гласање „%1“ је још отворено (покренуо/ла га је %2, измена %3); затворите га пре него што отворите друго</translation>
    </message>
    <message>
        <source>the vote “%1” is still open; close it before another vote opens</source>
        <translation>гласање „%1“ је још отворено; затворите га пре него што отворите друго</translation>
    </message>
    <message>
        <source>%1 deleted the comment (change %2); your change was not saved</source>
        <translation>%1 је обрисао/ла овај коментар (измена %2); ваша измена није сачувана</translation>
    </message>
    <message>
        <source>the comment is not in the journey on the server; your change was not saved</source>
        <translation>на серверу у путовању нема овог коментара; ваша измена није сачувана</translation>
    </message>
    <message>
        <source>%1 closed the vote “%2” (change %3); your dot was not saved</source>
        <translation>%1 је затворио/ла гласање „%2“ (измена %3); ваша тачкица није сачувана</translation>
    </message>
    <message>
        <source>the vote “%1” is already in the journey</source>
        <translation>гласање „%1“ већ постоји у путовању</translation>
    </message>
    <message>
        <source>the vote “%1” was not started on %2: %3</source>
        <translation>гласање „%1“ није покренуто на %2: %3</translation>
    </message>
    <message>
        <source>“%1” cannot be changed in a vote</source>
        <translation>у гласању се не може мењати „%1“</translation>
    </message>
    <message>
        <source>%1 removed the vote “%2” (change %3)</source>
        <translation>%1 је уклонио/ла гласање „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>the vote “%1” was not changed on %2: %3</source>
        <translation>гласање „%1“ није измењено на %2: %3</translation>
    </message>
    <message>
        <source>%1 placed a dot in the vote “%2” (change %3); a vote with dots stays</source>
        <translation>%1 је поставио/ла тачкицу у гласању „%2“ (измена %3); гласање са тачкицама остаје</translation>
    </message>
    <message>
        <source>the vote “%1” was not removed on %2: %3</source>
        <translation>гласање „%1“ није уклоњено на %2: %3</translation>
    </message>
    <message>
        <source>there is no such dot on card “%1” to take back</source>
        <translation>на картици „%1“ нема такве тачкице да би се уклонила</translation>
    </message>
    <message>
        <source>the dot was not taken back on %1: %2</source>
        <translation>тачкица није уклоњена на %1: %2</translation>
    </message>
    <message>
        <source>someone took that dot back meanwhile</source>
        <translation>неко је у међувремену већ уклонио ту тачкицу</translation>
    </message>
    <message>
        <source>“%1” cannot be changed in a comment</source>
        <translation>у коментару се не може мењати „%1“</translation>
    </message>
    <message>
        <source>the comment is not in the journey any more</source>
        <translation>овог коментара више нема у путовању</translation>
    </message>
    <message>
        <source>the comment was not changed on %1: %2</source>
        <translation>коментар није измењен на %1: %2</translation>
    </message>
    <message>
        <source>%1 replied to the comment; it stays while it has replies</source>
        <translation>%1 је одговорио/ла на овај коментар; остаје док има одговоре</translation>
    </message>
    <message>
        <source>the comment was not deleted on %1: %2</source>
        <translation>коментар није обрисан на %1: %2</translation>
    </message>
    <message>
        <source>cannot undo: %1 closed the vote “%2” since (change %3)</source>
        <translation>опозив није могућ: у међувремену је %1 затворио/ла гласање „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot undo: the vote “%1” is closed</source>
        <translation>опозив није могућ: гласање „%1“ је затворено</translation>
    </message>
    <message numerus="yes">
        <source>cannot undo: all %n dot(s) of the vote “%1” are used again (%2 placed one since, change %3)</source>
        <translation>
            <numerusform>опозив није могућ: у гласању „%1“ поново су постављене све тачкице (%n) — у међувремену је %2 поставио/ла тачкицу (измена %3)</numerusform>
            <numerusform>опозив није могућ: у гласању „%1“ поново су постављене све тачкице (%n) — у међувремену је %2 поставио/ла тачкицу (измена %3)</numerusform>
            <numerusform>опозив није могућ: у гласању „%1“ поново су постављене све тачкице (%n) — у међувремену је %2 поставио/ла тачкицу (измена %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo: all %n dot(s) of the vote “%1” are used again</source>
        <translation>
            <numerusform>опозив није могућ: у гласању „%1“ поново су постављене све тачкице (%n)</numerusform>
            <numerusform>опозив није могућ: у гласању „%1“ поново су постављене све тачкице (%n)</numerusform>
            <numerusform>опозив није могућ: у гласању „%1“ поново су постављене све тачкице (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot undo: %1</source>
        <translation>опозив није могућ: %1</translation>
    </message>
    <message>
        <source>cannot undo: %1 deleted the comment since (change %2)</source>
        <translation>опозив није могућ: у међувремену је %1 обрисао/ла коментар (измена %2)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed the comment since (change %2)</source>
        <translation>опозив није могућ: у међувремену је %1 изменио/ла коментар (измена %2)</translation>
    </message>
    <message>
        <source>cannot undo: %1 removed the vote “%2” since (change %3)</source>
        <translation>опозив није могућ: у међувремену је %1 уклонио/ла гласање „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 reopened the vote “%2” since (change %3)</source>
        <translation>опозив није могућ: у међувремену је %1 поново отворио/ла гласање „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed the vote “%2” since (change %3)</source>
        <translation>опозив није могућ: у међувремену је %1 изменио/ла гласање „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 placed a dot in the vote “%2” since (change %3)</source>
        <translation>опозив није могућ: у међувремену је %1 поставио/ла тачкицу у гласању „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot undo: the vote “%1” has dots</source>
        <translation>опозив није могућ: гласање „%1“ већ има тачкице</translation>
    </message>
    <message>
        <source>the persona “%1”</source>
        <translation>персона „%1“</translation>
    </message>
    <message>
        <source>the participant “%1”</source>
        <translation>учесник „%1“</translation>
    </message>
    <message>
        <source>the arrow “%1”</source>
        <translation>стрелица „%1“</translation>
    </message>
    <message>
        <source>the arrow from “%1” to “%2”</source>
        <translation>стрелица од „%1“ до „%2“</translation>
    </message>
    <message>
        <source>%1 removed %2 (change %3); your change was not saved</source>
        <translation>%1 је уклонио/ла ово: %2 (измена %3); ваша измена није сачувана</translation>
    </message>
    <message>
        <source>%1 is already in the journey</source>
        <translation>већ постоји у путовању: %1</translation>
    </message>
    <message>
        <source>%1 is not in the journey any more; your change was not saved</source>
        <translation>ово више није у путовању: %1; ваша измена није сачувана</translation>
    </message>
    <message>
        <source>card “%1” names %2 now; the persona stays while a card names it</source>
        <translation>картица „%1“ сада упућује на ово: %2; персона остаје док год на њу упућује нека картица</translation>
    </message>
    <message>
        <source>%1 has placed dots; a participant with dots or cards stays on the list</source>
        <translation>овај учесник има тачке (%1); учесник са тачкама или картицама остаје на списку</translation>
    </message>
    <message>
        <source>%1 wrote card “%2”; a participant with dots or cards stays on the list</source>
        <translation>картицу „%2“ је написао/ла овај учесник (%1); учесник са тачкама или картицама остаје на списку</translation>
    </message>
    <message>
        <source>the change of %1 was not saved on %2: %3</source>
        <translation>измена није сачувана на %2 (%1): %3</translation>
    </message>
    <message>
        <source>%1 is not in the journey on the server; your change was not saved</source>
        <translation>овога нема у путовању на серверу: %1; ваша измена није сачувана</translation>
    </message>
    <message>
        <source>cannot undo: %1 removed %2 since (change %3)</source>
        <translation>опозив није могућ: у међувремену је %1 уклонио/ла ово: %2 (измена %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed %2 since (change %3)</source>
        <translation>не може да се поништи: %1 је од тада изменио/ла %2 (измена %3)</translation>
    </message>
    <message>
        <source>the journey's title</source>
        <translation>наслов путање</translation>
    </message>
    <message>
        <source>the journey's description</source>
        <translation>опис путање</translation>
    </message>
    <message>
        <source>the journey's currency</source>
        <translation>валута путање</translation>
    </message>
    <message>
        <source>the setting “%1”</source>
        <translation>подешавање „%1“</translation>
    </message>
    <message>
        <source>“%1” is not the journey's title, description, currency or a setting</source>
        <translation>„%1“ није наслов, опис, валута путање ни подешавање</translation>
    </message>
    <message>
        <source>%1 was not changed on %2: %3</source>
        <translation>%1: измена није сачувана на %2: %3</translation>
    </message>
    <message>
        <source>the agenda step “%1”</source>
        <translation>тачка дневног реда „%1“</translation>
    </message>
    <message>
        <source>the opportunity “%1”</source>
        <translation>прилика „%1“</translation>
    </message>
    <message>
        <source>the scenario “%1”</source>
        <translation>сценарио „%1“</translation>
    </message>
    <message>
        <source>“%1” is not an arrow, a persona, a participant, an agenda step, an opportunity or a scenario</source>
        <translation>„%1“ није стрелица, персона, учесник, тачка дневног реда, прилика ни сценарио</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 deleted card “%2” meanwhile, and it went with the card (change %3)</source>
        <translation>%1 је у међувремену обрисао/ла картицу „%2”, и ово је нестало са њом (измена %3)</translation>
    </message>
    <message>
        <source>%1 removed it meanwhile (change %2)</source>
        <translation>%1 је ово у међувремену уклонио/ла (измена %2)</translation>
    </message>
    <message>
        <source>it is not in the journey any more</source>
        <translation>ово више није у мапи путовања</translation>
    </message>
    <message>
        <source>%1 changed it meanwhile (change %2); it was not removed</source>
        <translation>%1 је ово у међувремену изменио/ла (измена %2); није уклоњено</translation>
    </message>
    <message>
        <source>%1 changed card “%2” in it meanwhile (change %3); it was not removed, nor the cards in it</source>
        <translation>%1 је у међувремену изменио/ла картицу „%2” у њему (измена %3); ни оно ни његове картице нису уклоњени</translation>
    </message>
    <message>
        <source>“%1” changes are not kept offline</source>
        <translation>измене врсте „%1” се не чувају ван мреже</translation>
    </message>
    <message>
        <source>%1 deleted card “%2” meanwhile (change %3); the arrow was not drawn</source>
        <translation>%1 је у међувремену обрисао/ла картицу „%2” (измена %3); стрелица није нацртана</translation>
    </message>
    <message>
        <source>the vote “%1” is closed already</source>
        <translation>гласање „%1“ је већ затворено</translation>
    </message>
    <message>
        <source>the time of the vote “%1” is not up yet on the server's clock</source>
        <translation>по серверском сату време гласања „%1“ још није истекло</translation>
    </message>
    <message>
        <source>the vote “%1” was not closed on %2: %3</source>
        <translation>гласање „%1“ није затворено на %2: %3</translation>
    </message>
    <message>
        <source>the vote “%1” was not deleted on %2: %3</source>
        <translation>гласање „%1“ није обрисано на %2: %3</translation>
    </message>
    <message>
        <source>the dots were not brought back on %1: %2</source>
        <translation>тачке нису враћене на %1: %2</translation>
    </message>
    <message>
        <source>not connected to %1: survey and purchase data is not kept offline (an import can be tens of MB); import, refresh or remove the dataset “%2” again when the connection is back</source>
        <translation>нема везе са %1: подаци анкета и куповина се не чувају ван мреже (увоз може имати десетине MB); увезите, освежите или уклоните скуп „%2“ поново када се веза врати</translation>
    </message>
    <message>
        <source>the dataset “%1” was not read whole (%2), so it was not shared</source>
        <translation>скуп података „%1“ није прочитан цео (%2), па није подељен</translation>
    </message>
    <message>
        <source>the dataset “%1” was not saved on %2: %3</source>
        <translation>скуп података „%1“ није сачуван на %2: %3</translation>
    </message>
    <message>
        <source>the dataset “%1” is %2 as the server stores it, and a shared journey keeps datasets of up to %3 (the server's waymark_dataset_limit()); it was not shared. Import a smaller extract (fewer columns or a shorter period), or work on this journey in a file</source>
        <translation>скуп података „%1“ на серверу заузима %2, а дељена путања чува скупове до %3 (waymark_dataset_limit() на серверу); није подељен. Увезите мањи извод (мање колона или краћи период) или радите на овој путањи у датотеци</translation>
    </message>
    <message>
        <source>%1 meanwhile; your change was not saved</source>
        <translation>%1 у међувремену; ваша измена није сачувана</translation>
    </message>
    <message>
        <source>the dataset “%1” is on the server already</source>
        <translation>скуп података „%1“ је већ на серверу</translation>
    </message>
    <message>
        <source>the dataset “%1” is not on the server any more</source>
        <translation>скупа података „%1“ више нема на серверу</translation>
    </message>
    <message>
        <source>cannot undo: %1 since</source>
        <translation>не може да се поништи: после тога %1</translation>
    </message>
    <message>
        <source>cannot undo: the earlier version of the dataset “%1” is not on this laptop any more</source>
        <translation>не може да се поништи: ранија верзија скупа података „%1“ више није на овом лаптопу</translation>
    </message>
    <message>
        <source>%1 removed the dataset “%2” (change %3)</source>
        <translation>%1 је уклонио/ла скуп података „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>%1 added the dataset “%2” (change %3)</source>
        <translation>%1 је додао/ла скуп података „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>%1 replaced the dataset “%2” (change %3)</source>
        <translation>%1 је заменио/ла скуп података „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 removed the dataset “%2” since (change %3)</source>
        <translation>понављање није могуће: у међувремену је %1 уклонио/ла скуп података „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 added the dataset “%2” again since (change %3)</source>
        <translation>понављање није могуће: у међувремену је %1 поново додао/ла скуп података „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 replaced the dataset “%2” since (change %3)</source>
        <translation>понављање није могуће: у међувремену је %1 заменио/ла скуп података „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot redo: the dataset “%1” is not on this laptop any more</source>
        <translation>понављање није могуће: ова верзија скупа података „%1“ више није на овом лаптопу</translation>
    </message>
    <message>
        <source>cannot redo: %1</source>
        <translation>понављање није могуће: %1</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed %2 since (change %3)</source>
        <translation>понављање није могуће: у међувремену је %1 изменио/ла %2 (измена %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 removed %2 since (change %3)</source>
        <translation>понављање није могуће: у међувремену је %1 уклонио/ла ово: %2 (измена %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 removed the vote “%2” since (change %3)</source>
        <translation>понављање није могуће: у међувремену је %1 уклонио/ла гласање „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 closed the vote “%2” since (change %3)</source>
        <translation>понављање није могуће: у међувремену је %1 затворио/ла гласање „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 reopened the vote “%2” since (change %3)</source>
        <translation>понављање није могуће: у међувремену је %1 поново отворио/ла гласање „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed the vote “%2” since (change %3)</source>
        <translation>понављање није могуће: у међувремену је %1 изменио/ла гласање „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot redo: the vote “%1” is closed</source>
        <translation>понављање није могуће: гласање „%1“ је затворено</translation>
    </message>
    <message>
        <source>cannot redo: %1 took back a dot from card “%2” since (change %3)</source>
        <translation>понављање није могуће: у међувремену је %1 уклонио/ла тачкицу са картице „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 deleted the comment since (change %2)</source>
        <translation>понављање није могуће: у међувремену је %1 обрисао/ла коментар (измена %2)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed the comment since (change %2)</source>
        <translation>понављање није могуће: у међувремену је %1 изменио/ла коментар (измена %2)</translation>
    </message>
    <message>
        <source>cannot redo: %1 took back a dot in the vote “%2” since (change %3)</source>
        <translation>понављање није могуће: у међувремену је %1 уклонио/ла тачкицу у гласању „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 placed a dot in the vote “%2” since (change %3)</source>
        <translation>понављање није могуће: у међувремену је %1 поставио/ла тачкицу у гласању „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>the dataset “%1” could not be read from %2 (%3); it is read again when the connection allows</source>
        <translation>скуп података „%1“ није могао да се прочита са %2 (%3); биће поново прочитан чим веза то дозволи</translation>
    </message>
    <message>
        <source>the connection to %1 broke while the dataset “%2” was being sent (%3); it was not shared, and nothing of it is on the server. Import it again when the connection is back</source>
        <translation>веза са %1 је прекинута док је слан скуп података „%2“ (%3); није подељен и на серверу од њега није остало ништа. Увезите га поново када се веза врати</translation>
    </message>
    <message>
        <source>cannot redo: the time of the vote “%1” is up</source>
        <translation>понављање није могуће: време гласања „%1“ је истекло</translation>
    </message>
    <message>
        <source>cannot redo: %1 deleted the comment it replies to since (change %2)</source>
        <translation>понављање није могуће: у међувремену је %1 обрисао/ла коментар на који је ово одговор (измена %2)</translation>
    </message>
    <message>
        <source>cannot redo: the comment it replies to is not in the journey any more</source>
        <translation>понављање није могуће: коментара на који је ово одговор више нема у путовању</translation>
    </message>
    <message>
        <source>cannot undo: the time of the vote “%1” is up</source>
        <translation>опозив није могућ: време гласања „%1“ је истекло</translation>
    </message>
    <message>
        <source>%1 took the dot on card “%2” back since (change %3)</source>
        <translation>у међувремену је %1 уклонио/ла ту тачкицу са картице „%2“ (измена %3)</translation>
    </message>
    <message>
        <source>the dot on card “%1” is not there any more</source>
        <translation>те тачкице на картици „%1“ више нема</translation>
    </message>
    <message>
        <source>%1 placed a dot in it meanwhile (change %2); the vote was not deleted, nor its dots</source>
        <translation>%1 је у међувремену ставио/ла тачку у њему (измена %2); гласање није обрисано, ни његове тачке</translation>
    </message>
    <message>
        <source>cannot redo: %1 moved %2 since (change %3)</source>
        <translation>понављање није могуће: у међувремену је %1 преместио/ла %2 (измена %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 moved %2 since (change %3)</source>
        <translation>не може да се поништи: %1 је од тада преместио/ла %2 (измена %3)</translation>
    </message>
</context>
<context>
    <name>ServerUndoText</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Add Card</source>
        <translation>додавање картице</translation>
    </message>
    <message>
        <source>Delete Card</source>
        <translation>брисање картице</translation>
    </message>
    <message>
        <source>Move Card</source>
        <translation>премештање картице</translation>
    </message>
    <message>
        <source>Rename Card</source>
        <translation>преименовање картице</translation>
    </message>
    <message>
        <source>Edit Card</source>
        <translation>измена картице</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>додавање „%1“</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>брисање „%1“</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>премештање „%1“</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>преименовање „%1“</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>измена „%1“</translation>
    </message>
    <message>
        <source>Add Stage “%1”</source>
        <translation>додавање фазе „%1“</translation>
    </message>
    <message>
        <source>Remove Stage “%1”</source>
        <translation>уклањање фазе „%1“</translation>
    </message>
    <message>
        <source>Move Stage “%1”</source>
        <translation>премештање фазе „%1“</translation>
    </message>
    <message>
        <source>Rename Stage “%1”</source>
        <translation>преименовање фазе „%1“</translation>
    </message>
    <message>
        <source>Edit Stage “%1”</source>
        <translation>измена фазе „%1“</translation>
    </message>
    <message>
        <source>Add Lane “%1”</source>
        <translation>додавање траке „%1“</translation>
    </message>
    <message>
        <source>Remove Lane “%1”</source>
        <translation>уклањање траке „%1“</translation>
    </message>
    <message>
        <source>Move Lane “%1”</source>
        <translation>премештање траке „%1“</translation>
    </message>
    <message>
        <source>Rename Lane “%1”</source>
        <translation>преименовање траке „%1“</translation>
    </message>
    <message>
        <source>Edit Lane “%1”</source>
        <translation>измена траке „%1“</translation>
    </message>
    <message>
        <source>Add Department “%1”</source>
        <translation>додавање одељења „%1“</translation>
    </message>
    <message>
        <source>Remove Department “%1”</source>
        <translation>уклањање одељења „%1“</translation>
    </message>
    <message>
        <source>Move Department “%1”</source>
        <translation>премештање одељења „%1“</translation>
    </message>
    <message>
        <source>Rename Department “%1”</source>
        <translation>преименовање одељења „%1“</translation>
    </message>
    <message>
        <source>Edit Department “%1”</source>
        <translation>измена одељења „%1“</translation>
    </message>
    <message>
        <source>Freeze the Board</source>
        <translation>замрзавање табле</translation>
    </message>
    <message>
        <source>Unfreeze the Board</source>
        <translation>одмрзавање табле</translation>
    </message>
    <message>
        <source>Lock Lane “%1”</source>
        <translation>закључавање траке „%1“</translation>
    </message>
    <message>
        <source>Unlock Lane “%1”</source>
        <translation>откључавање траке „%1“</translation>
    </message>
    <message>
        <source>Lock Stage “%1”</source>
        <translation>закључавање фазе „%1“</translation>
    </message>
    <message>
        <source>Unlock Stage “%1”</source>
        <translation>откључавање фазе „%1“</translation>
    </message>
    <message>
        <source>Start Vote “%1”</source>
        <translation>покретање гласања „%1“</translation>
    </message>
    <message>
        <source>Delete Vote “%1”</source>
        <translation>брисање гласања „%1“</translation>
    </message>
    <message>
        <source>Close Vote “%1”</source>
        <translation>затварање гласања „%1“</translation>
    </message>
    <message>
        <source>Reopen Vote “%1”</source>
        <translation>поновно отварање гласања „%1“</translation>
    </message>
    <message>
        <source>Rename Vote “%1”</source>
        <translation>преименовање гласања „%1“</translation>
    </message>
    <message>
        <source>Edit Vote “%1”</source>
        <translation>измена гласања „%1“</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>додавање коментара</translation>
    </message>
    <message>
        <source>Delete Comment</source>
        <translation>брисање коментара</translation>
    </message>
    <message>
        <source>Resolve Comment</source>
        <translation>означавање коментара као решеног</translation>
    </message>
    <message>
        <source>Reopen Comment</source>
        <translation>поновно отварање коментара</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>измена коментара</translation>
    </message>
    <message>
        <source>Draw Arrow “%1”</source>
        <translation>цртање стрелице „%1“</translation>
    </message>
    <message>
        <source>Delete Arrow “%1”</source>
        <translation>брисање стрелице „%1“</translation>
    </message>
    <message>
        <source>Edit Arrow “%1”</source>
        <translation>измена стрелице „%1“</translation>
    </message>
    <message>
        <source>Add Persona “%1”</source>
        <translation>додавање персоне „%1“</translation>
    </message>
    <message>
        <source>Remove Persona “%1”</source>
        <translation>уклањање персоне „%1“</translation>
    </message>
    <message>
        <source>Rename Persona “%1”</source>
        <translation>преименовање персоне „%1“</translation>
    </message>
    <message>
        <source>Edit Persona “%1”</source>
        <translation>измена персоне „%1“</translation>
    </message>
    <message>
        <source>Add Participant “%1”</source>
        <translation>додавање учесника „%1“</translation>
    </message>
    <message>
        <source>Remove Participant “%1”</source>
        <translation>уклањање учесника „%1“</translation>
    </message>
    <message>
        <source>Rename Participant “%1”</source>
        <translation>преименовање учесника „%1“</translation>
    </message>
    <message>
        <source>Edit Participant “%1”</source>
        <translation>измена учесника „%1“</translation>
    </message>
    <message>
        <source>Add Agenda Step “%1”</source>
        <translation>додавање тачке дневног реда „%1“</translation>
    </message>
    <message>
        <source>Remove Agenda Step “%1”</source>
        <translation>уклањање тачке дневног реда „%1“</translation>
    </message>
    <message>
        <source>Rename Agenda Step “%1”</source>
        <translation>преименовање тачке дневног реда „%1“</translation>
    </message>
    <message>
        <source>Edit Agenda Step “%1”</source>
        <translation>измена тачке дневног реда „%1“</translation>
    </message>
    <message>
        <source>Add Opportunity “%1”</source>
        <translation>додавање прилике „%1“</translation>
    </message>
    <message>
        <source>Delete Opportunity “%1”</source>
        <translation>брисање прилике „%1“</translation>
    </message>
    <message>
        <source>Rename Opportunity “%1”</source>
        <translation>преименовање прилике „%1“</translation>
    </message>
    <message>
        <source>Edit Opportunity “%1”</source>
        <translation>измена прилике „%1“</translation>
    </message>
    <message>
        <source>Add Scenario “%1”</source>
        <translation>додавање сценарија „%1“</translation>
    </message>
    <message>
        <source>Delete Scenario “%1”</source>
        <translation>брисање сценарија „%1“</translation>
    </message>
    <message>
        <source>Rename Scenario “%1”</source>
        <translation>преименовање сценарија „%1“</translation>
    </message>
    <message>
        <source>Edit Scenario “%1”</source>
        <translation>измена сценарија „%1“</translation>
    </message>
    <message>
        <source>Edit Journey Title</source>
        <translation>измена наслова путовања</translation>
    </message>
    <message>
        <source>Edit Journey Description</source>
        <translation>измена описа путовања</translation>
    </message>
    <message>
        <source>Change Journey Currency</source>
        <translation>промена валуте путовања</translation>
    </message>
    <message>
        <source>Edit Journey Settings</source>
        <translation>измена подешавања путовања</translation>
    </message>
    <message>
        <source>Import Data “%1”</source>
        <translation>увоз података „%1“</translation>
    </message>
    <message>
        <source>Remove Data “%1”</source>
        <translation>уклањање података „%1“</translation>
    </message>
    <message>
        <source>Replace Data “%1”</source>
        <translation>замена података „%1“</translation>
    </message>
    <message>
        <source>Place Dot in “%1”</source>
        <translation>постављање тачкице у гласању „%1“</translation>
    </message>
    <message>
        <source>Take Back Dot in “%1”</source>
        <translation>повлачење тачкице у гласању „%1“</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>измена</translation>
    </message>
    <message>
        <source>&amp;Undo My Last Change</source>
        <translation>&amp;Опозови моју последњу измену</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Опозови: %1</translation>
    </message>
    <message>
        <source>&amp;Redo My Undone Change</source>
        <translation>&amp;Понови моју опозвану измену</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Понови: %1</translation>
    </message>
    <message>
        <source>Move Agenda Step “%1”</source>
        <translation>премештање тачке дневног реда „%1“</translation>
    </message>
    <message>
        <source>Move Opportunity “%1”</source>
        <translation>премештање прилике „%1“</translation>
    </message>
    <message>
        <source>Move Scenario “%1”</source>
        <translation>премештање сценарија „%1“</translation>
    </message>
    <message>
        <source>Edit Description of “%1”</source>
        <translation>измена описа „%1“</translation>
    </message>
    <message>
        <source>Change Channel of “%1”</source>
        <translation>промена канала „%1“</translation>
    </message>
    <message>
        <source>Change Department of “%1”</source>
        <translation>промена одељења „%1“</translation>
    </message>
    <message>
        <source>Change Effort of “%1”</source>
        <translation>промена напора „%1“</translation>
    </message>
    <message>
        <source>Change Data Key of “%1”</source>
        <translation>промена кључа података „%1“</translation>
    </message>
    <message>
        <source>Edit Notes of “%1”</source>
        <translation>измена белешки „%1“</translation>
    </message>
    <message>
        <source>Change Author of “%1”</source>
        <translation>промена аутора „%1“</translation>
    </message>
    <message>
        <source>Change System of “%1”</source>
        <translation>промена система „%1“</translation>
    </message>
    <message>
        <source>Change Linked Journey of “%1”</source>
        <translation>промена повезаног путовања „%1“</translation>
    </message>
    <message>
        <source>Change Evidence of “%1”</source>
        <translation>промена образложења „%1“</translation>
    </message>
    <message>
        <source>Change Personas of “%1”</source>
        <translation>промена персона „%1“</translation>
    </message>
    <message>
        <source>Change Persona Emotions of “%1”</source>
        <translation>промена емоција персона „%1“</translation>
    </message>
    <message>
        <source>Change Pictures of “%1”</source>
        <translation>промена слика „%1“</translation>
    </message>
    <message>
        <source>Mark “%1” as a Pain Point</source>
        <translation>означавање „%1“ као болне тачке</translation>
    </message>
    <message>
        <source>Unmark “%1” as a Pain Point</source>
        <translation>уклањање ознаке болне тачке са „%1“</translation>
    </message>
    <message>
        <source>Mark “%1” as a Moment of Truth</source>
        <translation>означавање „%1“ као тренутка истине</translation>
    </message>
    <message>
        <source>Unmark “%1” as a Moment of Truth</source>
        <translation>уклањање ознаке тренутка истине са „%1“</translation>
    </message>
    <message>
        <source>Add Comment on the Journey</source>
        <translation>додавање коментара на путовање</translation>
    </message>
    <message>
        <source>Delete Comment on the Journey</source>
        <translation>брисање коментара на путовању</translation>
    </message>
    <message>
        <source>Resolve Comment on the Journey</source>
        <translation>означавање коментара на путовању као решеног</translation>
    </message>
    <message>
        <source>Reopen Comment on the Journey</source>
        <translation>поновно отварање коментара на путовању</translation>
    </message>
    <message>
        <source>Edit Comment on the Journey</source>
        <translation>измена коментара на путовању</translation>
    </message>
    <message>
        <source>Add Comment on “%1”</source>
        <translation>додавање коментара на „%1“</translation>
    </message>
    <message>
        <source>Delete Comment on “%1”</source>
        <translation>брисање коментара на „%1“</translation>
    </message>
    <message>
        <source>Resolve Comment on “%1”</source>
        <translation>означавање коментара на „%1“ као решеног</translation>
    </message>
    <message>
        <source>Reopen Comment on “%1”</source>
        <translation>поновно отварање коментара на „%1“</translation>
    </message>
    <message>
        <source>Edit Comment on “%1”</source>
        <translation>измена коментара на „%1“</translation>
    </message>
</context>
<context>
    <name>SharedJourney</name>
    <message>
        <source>Not connected to the server: the change was taken back. Waymark reconnects by itself; File → Save As… keeps a copy meanwhile.</source>
        <translation>Нема везе са сервером: измена је повучена. Waymark ће се сам поново повезати; у међувремену можете сачувати копију (Датотека → Сачувај као…).</translation>
    </message>
    <message>
        <source>Only facilitators change stages, lanes and departments while the journey is shared: the server refuses it to everyone else.</source>
        <translation>Док је путовање отворено на серверу, фазе, траке и одељења мењају само фасилитатори: свима осталима сервер то одбија.</translation>
    </message>
    <message>
        <source>Only facilitators start and close votes while the journey is shared: the server refuses it to everyone else. Everybody places and takes back their dots.</source>
        <translation>Док је путовање отворено на серверу, гласања покрећу и затварају само фасилитатори: свима осталима сервер то одбија. Своје тачкице сви постављају и уклањају.</translation>
    </message>
    <message>
        <source>Only facilitators change personas and participants while the journey is shared: every card and dot points at them, so the server refuses it to everyone else.</source>
        <translation>Док је путовање подељено, персоне и учеснике мењају само фасилитатори: на њих упућују све картице и тачке, па сервер то свима осталима одбија.</translation>
    </message>
    <message>
        <source>Only facilitators change the journey's title, description, currency and settings, the agenda and the business case while the journey is shared: the server refuses it to everyone else.</source>
        <translation>Док је путања подељена, наслов, опис, валуту и подешавања путање, дневни ред и пословни случај мењају само фасилитатори: свима осталима сервер то одбија.</translation>
    </message>
    <message>
        <source>Only facilitators import, refresh and remove survey and purchase data while the journey is shared: everybody's figures come from it, so the server refuses it to everyone else.</source>
        <translation>Док је путања подељена, податке анкета и куповина увозе, освежавају и уклањају само фасилитатори: из њих се рачунају бројке свима, па их сервер свима осталима одбија.</translation>
    </message>
</context>
<context>
    <name>SharedNotices</name>
    <message>
        <source>a card</source>
        <translation>картицу</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>наслов</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>опис</translation>
    </message>
    <message>
        <source>the channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>the department</source>
        <translation>одељење</translation>
    </message>
    <message>
        <source>the effort</source>
        <translation>напор</translation>
    </message>
    <message>
        <source>the marks</source>
        <translation>ознаке</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>белешке</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>a field</source>
        <translation>поље</translation>
    </message>
    <message>
        <source>%1 deleted the card you were changing; your change went with it.</source>
        <translation>%1 је обрисао/ла картицу коју сте мењали; ваша измена је нестала са њом.</translation>
    </message>
    <message>
        <source>%1 changed %2 of “%3” at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 је у исто време кад и ви променио/ла %2 на „%3“; остаје његова (њена) верзија, ваша је замењена.</translation>
    </message>
    <message>
        <source>%1 commented.</source>
        <translation>%1 је коментарисао/ла.</translation>
    </message>
    <message>
        <source>%1 placed a dot.</source>
        <translation>%1 је поставио/ла тачкицу.</translation>
    </message>
    <message>
        <source>%1 added “%2”.</source>
        <translation>%1 је додао/ла „%2“.</translation>
    </message>
    <message>
        <source>%1 deleted a card.</source>
        <translation>%1 је обрисао/ла картицу.</translation>
    </message>
    <message>
        <source>%1 moved “%2”.</source>
        <translation>%1 је преместио/ла „%2“.</translation>
    </message>
    <message>
        <source>%1 changed %2 of “%3”.</source>
        <translation>%1 је променио/ла %2 на „%3“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 removed a stage with %n card(s).</source>
        <translation>
            <numerusform>%1 је уклонио/ла фазу са %n картицом.</numerusform>
            <numerusform>%1 је уклонио/ла фазу са %n картице.</numerusform>
            <numerusform>%1 је уклонио/ла фазу са %n картица.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removed a lane with %n card(s).</source>
        <translation>
            <numerusform>%1 је уклонио/ла траку са %n картицом.</numerusform>
            <numerusform>%1 је уклонио/ла траку са %n картице.</numerusform>
            <numerusform>%1 је уклонио/ла траку са %n картица.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed a department.</source>
        <translation>%1 је уклонио/ла одељење.</translation>
    </message>
    <message>
        <source>%1 added the stage “%2”.</source>
        <translation>%1 је додао/ла фазу „%2“.</translation>
    </message>
    <message>
        <source>%1 added the lane “%2”.</source>
        <translation>%1 је додао/ла траку „%2“.</translation>
    </message>
    <message>
        <source>%1 added the department “%2”.</source>
        <translation>%1 је додао/ла одељење „%2“.</translation>
    </message>
    <message>
        <source>%1 moved the stage “%2”.</source>
        <translation>%1 је преместио/ла фазу „%2“.</translation>
    </message>
    <message>
        <source>%1 moved the lane “%2”.</source>
        <translation>%1 је преместио/ла траку „%2“.</translation>
    </message>
    <message>
        <source>%1 renamed a stage to “%2”.</source>
        <translation>%1 је преименовао/ла фазу у „%2“.</translation>
    </message>
    <message>
        <source>%1 renamed a lane to “%2”.</source>
        <translation>%1 је преименовао/ла траку у „%2“.</translation>
    </message>
    <message>
        <source>%1 renamed a department to “%2”.</source>
        <translation>%1 је преименовао/ла одељење у „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the stage “%2”.</source>
        <translation>%1 је изменио/ла фазу „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the lane “%2”.</source>
        <translation>%1 је изменио/ла траку „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the department “%2”.</source>
        <translation>%1 је изменио/ла одељење „%2“.</translation>
    </message>
    <message>
        <source>%1 removed the stage or lane of the card you were changing; your change went with it.</source>
        <translation>%1 је уклонио/ла фазу или траку картице коју сте мењали; ваша измена је нестала са њом.</translation>
    </message>
    <message>
        <source>%1 changed “%2” at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 је изменио/ла „%2“ у исто време кад и ви; остаје њихова верзија, ваша је замењена.</translation>
    </message>
    <message>
        <source>a vote</source>
        <translation>гласање</translation>
    </message>
    <message>
        <source>%1 started the vote “%2”.</source>
        <translation>%1 је покренуо/ла гласање „%2“.</translation>
    </message>
    <message>
        <source>%1 removed a vote.</source>
        <translation>%1 је уклонио/ла гласање.</translation>
    </message>
    <message>
        <source>%1 closed the vote “%2”: the results are in.</source>
        <translation>%1 је затворио/ла гласање „%2“: резултати су ту.</translation>
    </message>
    <message>
        <source>%1 reopened the vote “%2”.</source>
        <translation>%1 је поново отворио/ла гласање „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the vote “%2”.</source>
        <translation>%1 је изменио/ла гласање „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the vote “%2” at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 је изменио/ла гласање „%2“ у исто време кад и ви; остаје његова (њена) верзија, ваша је замењена.</translation>
    </message>
    <message>
        <source>%1 deleted the comment you were changing; your change went with it.</source>
        <translation>%1 је обрисао/ла коментар који сте мењали; ваша измена је нестала с њим.</translation>
    </message>
    <message>
        <source>%1 changed the same comment at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 је изменио/ла исти коментар у исто време кад и ви; остаје његова (њена) верзија, ваша је замењена.</translation>
    </message>
    <message>
        <source>%1 deleted a comment.</source>
        <translation>%1 је обрисао/ла коментар.</translation>
    </message>
    <message>
        <source>%1 resolved a comment thread.</source>
        <translation>%1 је означио/ла дискусију као решену.</translation>
    </message>
    <message>
        <source>%1 reopened a comment thread.</source>
        <translation>%1 је поново отворио/ла дискусију.</translation>
    </message>
    <message>
        <source>%1 changed a comment.</source>
        <translation>%1 је изменио/ла коментар.</translation>
    </message>
    <message>
        <source>%1 took a dot back.</source>
        <translation>%1 је уклонио/ла тачкицу.</translation>
    </message>
    <message>
        <source>%1 removed an arrow.</source>
        <translation>%1 је уклонио/ла стрелицу.</translation>
    </message>
    <message>
        <source>%1 drew an arrow from “%2” to “%3”.</source>
        <translation>%1 је повукао/ла стрелицу од „%2“ до „%3“.</translation>
    </message>
    <message>
        <source>%1 labelled an arrow “%2”.</source>
        <translation>%1 је означио/ла стрелицу: „%2“.</translation>
    </message>
    <message>
        <source>%1 removed a persona.</source>
        <translation>%1 је уклонио/ла персону.</translation>
    </message>
    <message>
        <source>%1 added the persona “%2”.</source>
        <translation>%1 је додао/ла персону „%2“.</translation>
    </message>
    <message>
        <source>%1 renamed a persona to “%2”.</source>
        <translation>%1 је преименовао/ла персону у „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the photo of the persona “%2”.</source>
        <translation>%1 је променио/ла фотографију персоне „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the persona “%2”.</source>
        <translation>%1 је изменио/ла персону „%2“.</translation>
    </message>
    <message>
        <source>%1 removed a participant.</source>
        <translation>%1 је уклонио/ла учесника.</translation>
    </message>
    <message>
        <source>%1 added the participant “%2”.</source>
        <translation>%1 је додао/ла учесника „%2“.</translation>
    </message>
    <message>
        <source>%1 renamed a participant to “%2”.</source>
        <translation>%1 је преименовао/ла учесника у „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the participant “%2”.</source>
        <translation>%1 је изменио/ла учесника „%2“.</translation>
    </message>
    <message>
        <source>%1 removed the arrow, persona or participant you were changing; your change went with it.</source>
        <translation>%1 је уклонио/ла стрелицу, персону или учесника које сте мењали; ваша измена је нестала заједно с тим.</translation>
    </message>
    <message>
        <source>%1 changed the same arrow, persona or participant at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 је у истом тренутку изменио/ла исту стрелицу, персону или учесника; остаје њихова верзија, ваша је замењена.</translation>
    </message>
    <message>
        <source>The time of the vote “%1” is up: the vote is closed and the results are in.</source>
        <translation>Време гласања „%1“ је истекло: гласање је затворено, резултати су ту.</translation>
    </message>
    <message>
        <source>%1 renamed the journey to “%2”.</source>
        <translation>%1 је преименовао/ла путању у „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the journey's description.</source>
        <translation>%1 је изменио/ла опис путање.</translation>
    </message>
    <message>
        <source>%1 changed the journey's currency to %2.</source>
        <translation>%1 је променио/ла валуту путање у %2.</translation>
    </message>
    <message>
        <source>%1 changed the journey's settings.</source>
        <translation>%1 је изменио/ла подешавања путање.</translation>
    </message>
    <message>
        <source>%1 removed an agenda step.</source>
        <translation>%1 је уклонио/ла тачку дневног реда.</translation>
    </message>
    <message>
        <source>%1 added the agenda step “%2”.</source>
        <translation>%1 је додао/ла тачку дневног реда „%2“.</translation>
    </message>
    <message>
        <source>%1 ticked off the agenda step “%2”.</source>
        <translation>%1 је означио/ла тачку дневног реда „%2“ као завршену.</translation>
    </message>
    <message>
        <source>%1 reopened the agenda step “%2”.</source>
        <translation>%1 је поново отворио/ла тачку дневног реда „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the agenda step “%2”.</source>
        <translation>%1 је изменио/ла тачку дневног реда „%2“.</translation>
    </message>
    <message>
        <source>%1 removed a scenario of the business case.</source>
        <translation>%1 је уклонио/ла сценарио из пословног случаја.</translation>
    </message>
    <message>
        <source>%1 added the scenario “%2” to the business case.</source>
        <translation>%1 је додао/ла сценарио „%2“ у пословни случај.</translation>
    </message>
    <message>
        <source>%1 changed the scenario “%2”.</source>
        <translation>%1 је изменио/ла сценарио „%2“.</translation>
    </message>
    <message>
        <source>%1 removed an opportunity from the business case.</source>
        <translation>%1 је уклонио/ла прилику из пословног случаја.</translation>
    </message>
    <message>
        <source>%1 added the opportunity “%2” to the business case.</source>
        <translation>%1 је додао/ла прилику „%2“ у пословни случај.</translation>
    </message>
    <message>
        <source>%1 changed the figures of the opportunity “%2”.</source>
        <translation>%1 је изменио/ла бројке прилике „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the opportunity “%2”.</source>
        <translation>%1 је изменио/ла прилику „%2“.</translation>
    </message>
    <message>
        <source>the journey's title</source>
        <translation>наслов путање</translation>
    </message>
    <message>
        <source>the journey's description</source>
        <translation>опис путање</translation>
    </message>
    <message>
        <source>the journey's currency</source>
        <translation>валуту путање</translation>
    </message>
    <message>
        <source>the same setting</source>
        <translation>исто подешавање</translation>
    </message>
    <message>
        <source>%1 changed %2 at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 је изменио/ла %2 у исто време кад и ви; остаје њихова верзија, ваша је замењена.</translation>
    </message>
    <message>
        <source>%1 removed the opportunity you were changing; your change went with it.</source>
        <translation>%1 је уклонио/ла прилику коју сте мењали; ваша измена је нестала с њом.</translation>
    </message>
    <message>
        <source>%1 changed the same figure of the opportunity “%2” at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 је изменио/ла исту бројку прилике „%2“ у исто време кад и ви; остаје њихова верзија, ваша је замењена.</translation>
    </message>
    <message>
        <source>%1 removed the agenda step or scenario you were changing; your change went with it.</source>
        <translation>%1 је уклонио/ла тачку дневног реда или сценарио који сте мењали; ваша измена је нестала с тим.</translation>
    </message>
    <message>
        <source>%1 changed the same agenda step or scenario at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 је изменио/ла исту тачку дневног реда или сценарио у исто време кад и ви; остаје њихова верзија, ваша је замењена.</translation>
    </message>
    <message>
        <source>%1 removed the dataset “%2”; the figures on the map are counted anew.</source>
        <translation>%1 је уклонио/ла скуп података „%2“; бројке на мапи су поново израчунате.</translation>
    </message>
    <message>
        <source>%1 imported the dataset “%2”; the figures on the map are counted anew.</source>
        <translation>%1 је увезао/ла скуп података „%2“; бројке на мапи су поново израчунате.</translation>
    </message>
    <message>
        <source>%1 replaced the dataset “%2” with a new version; the figures on the map are counted anew.</source>
        <translation>%1 је заменио/ла скуп података „%2“ новом верзијом; бројке на мапи су поново израчунате.</translation>
    </message>
    <message>
        <source>%1 moved the agenda step “%2”.</source>
        <translation>%1 је преместио/ла тачку дневног реда „%2“.</translation>
    </message>
    <message>
        <source>%1 moved the scenario “%2”.</source>
        <translation>%1 је преместио/ла сценарио „%2“.</translation>
    </message>
    <message>
        <source>%1 moved the opportunity “%2”.</source>
        <translation>%1 је преместио/ла прилику „%2“.</translation>
    </message>
    <message>
        <source>%1 deleted a card your arrow joined as you drew or changed it; the arrow went with the card.</source>
        <translation>%1 је обрисао/ла картицу ваше стрелице док сте је цртали или мењали; стрелица је нестала са картицом.</translation>
    </message>
    <message>
        <source>%1 removed the stage or lane of a card your arrow joined as you drew or changed it; the arrow went with the card.</source>
        <translation>%1 је уклонио/ла фазу или траку картице ваше стрелице док сте је цртали или мењали; стрелица је нестала са картицом.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Add card</source>
        <translation>Додај картицу</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Увези „%1“</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>Обриши скуп података</translation>
    </message>
    <message>
        <source>Delete dataset “%1”</source>
        <translation>Обриши скуп података „%1“</translation>
    </message>
    <message>
        <source>Edit journey details</source>
        <translation>Уреди детаље путовања</translation>
    </message>
    <message>
        <source>Change journey settings</source>
        <translation>Промени подешавања путовања</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Додај фазу</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Обриши фазу</translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation>Уреди фазу</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Додај траку</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Обриши траку</translation>
    </message>
    <message>
        <source>Edit lane</source>
        <translation>Уреди траку</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Додај одељење</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>Обриши одељење</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>Уреди одељење</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Додај персону</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Обриши персону</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Уреди персону</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Обриши картицу</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Уреди картицу</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Додај везу</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Обриши везу</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Уреди везу</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Премести картицу</translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards</source>
        <translation>
            <numerusform>Премести %n картицу</numerusform>
            <numerusform>Премести %n картице</numerusform>
            <numerusform>Премести %n картица</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>Налепи %n картицу</numerusform>
            <numerusform>Налепи %n картице</numerusform>
            <numerusform>Налепи %n картица</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>Дуплирај %n картицу</numerusform>
            <numerusform>Дуплирај %n картице</numerusform>
            <numerusform>Дуплирај %n картица</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Обриши %n картицу</numerusform>
            <numerusform>Обриши %n картице</numerusform>
            <numerusform>Обриши %n картица</numerusform>
        </translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Премести фазу</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Премести траку</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Додај учесника</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Уклони учесника</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Уреди учесника</translation>
    </message>
    <message>
        <source>Start vote</source>
        <translation>Покрени гласање</translation>
    </message>
    <message>
        <source>Delete vote</source>
        <translation>Обриши гласање</translation>
    </message>
    <message>
        <source>Change vote</source>
        <translation>Промени гласање</translation>
    </message>
    <message>
        <source>Add agenda step</source>
        <translation>Додај корак дневног реда</translation>
    </message>
    <message>
        <source>Remove agenda step</source>
        <translation>Уклони корак дневног реда</translation>
    </message>
    <message>
        <source>Edit agenda step</source>
        <translation>Уреди корак дневног реда</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Додај коментар</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Обриши коментар</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Уреди коментар</translation>
    </message>
    <message>
        <source>Add opportunity</source>
        <translation>Додај прилику</translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation>Обриши прилику</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>Уреди прилику</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>Додај сценарио</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Обриши сценарио</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>Уреди сценарио</translation>
    </message>
    <message>
        <source>Changes by others</source>
        <translation>Измене других</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Picture(s)</source>
        <translation>
            <numerusform>Додај %n слику</numerusform>
            <numerusform>Додај %n слике</numerusform>
            <numerusform>Додај %n слика</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Picture</source>
        <translation>Уклони слику</translation>
    </message>
    <message>
        <source>Edit Picture Caption</source>
        <translation>Измени натпис слике</translation>
    </message>
    <message>
        <source>Move Picture</source>
        <translation>Премести слику</translation>
    </message>
    <message>
        <source>Move agenda step</source>
        <translation>Премести корак дневног реда</translation>
    </message>
    <message>
        <source>Move opportunity</source>
        <translation>Премести прилику</translation>
    </message>
    <message>
        <source>Move scenario</source>
        <translation>Премести сценарио</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>This vote is closed.</source>
        <translation>Ово гласање је затворено.</translation>
    </message>
    <message>
        <source>Choose who is voting first.</source>
        <translation>Прво изаберите ко гласа.</translation>
    </message>
    <message>
        <source>This vote is about %1; this card is not one of them.</source>
        <translation>Гласа се само за: %1. Ова картица није међу њима.</translation>
    </message>
    <message>
        <source>%1 has placed all %2 dots.</source>
        <translation>%1: све тачкице (%2) су већ постављене.</translation>
    </message>
    <message>
        <source>There is no dot of theirs on this card to take back.</source>
        <translation>Ова особа нема тачкицу на овој картици коју би могла да повуче.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Тачкице</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Картица</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Трака</translation>
    </message>
    <message>
        <source>No vote is open.</source>
        <translation>Нема отвореног гласања.</translation>
    </message>
    <message>
        <source>The journey is open for review only: votes cannot change.</source>
        <translation>Путовање је отворено само за преглед: гласови се не могу мењати.</translation>
    </message>
    <message>
        <source>Place a dot</source>
        <translation>Постави тачкицу</translation>
    </message>
    <message>
        <source>Take back a dot</source>
        <translation>Повуци тачкицу</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <source>%1 on %2 took longer than %3 s and was stopped (the server's statement_timeout); give a longer --timeout or a narrower query</source>
        <translation>%1 на %2: извршавање је трајало дуже од %3 s и заустављено је (statement_timeout сервера); задајте дужи --timeout или ужи упит</translation>
    </message>
    <message>
        <source>the connection to %1 was lost while reading %2: %3</source>
        <translation>веза са %1 је прекинута током читања %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 на %2: %3</translation>
    </message>
    <message>
        <source>unknown metric “%1”</source>
        <translation>непозната метрика „%1“</translation>
    </message>
    <message>
        <source>name either a table or a query to read answers from %1</source>
        <translation>наведите табелу или упит из којих се читају одговори са %1</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>Qt-ов PostgreSQL управљачки програм није инсталиран (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2 — Waymark takes the password from ~/.pgpass (a line HOST:PORT:DATABASE:USER:PASSWORD, the file readable by you alone)</source>
        <translation>повезивање са %1 није успело: %2 — Waymark узима лозинку из ~/.pgpass (ред HOST:PORT:DATABASE:USER:PASSWORD, датотека коју само ви можете да читате)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>повезивање са %1 није успело: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>table “%1”</source>
        <translation>табела „%1“</translation>
    </message>
    <message>
        <source>“%1” is not a table name: %2</source>
        <translation>„%1“ није назив табеле: %2</translation>
    </message>
    <message>
        <source>no table “%1” in %2 (or no right to see it)</source>
        <translation>нема табеле „%1“ у %2 (или немате право да је видите)</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>упит</translation>
    </message>
    <message>
        <source>%1 has no column “%2” (columns: %3)</source>
        <translation>%1 нема колону „%2“ (колоне: %3)</translation>
    </message>
    <message>
        <source>column “%1” of %2 reads as “%3”: only answers one per row are read from PostgreSQL; select the columns to use with --query (SELECT score, touchpoint, … FROM …)</source>
        <translation>колона „%1“ у %2 се чита као „%3“: из PostgreSQL базе читају се само одговори по један у реду; изаберите колоне са --query (SELECT score, touchpoint, … FROM …)</translation>
    </message>
    <message>
        <source>no column of %1 gives the score (columns: %2); name it with --map COLUMN=score</source>
        <translation>ниједна колона у %1 не даје оцену (колоне: %2); наведите је са --map COLUMN=score</translation>
    </message>
    <message>
        <source>no column of %1 gives “%2” (columns: %3); name the column with --map COLUMN=%4</source>
        <translation>ниједна колона у %1 не даје „%2“ (колоне: %3); наведите колону са --map COLUMN=%4</translation>
    </message>
    <message>
        <source>column “%1” of %2 is %3; the score must be a number (smallint, integer, numeric, real …): convert it in --query, e.g. CAST(%1 AS integer)</source>
        <translation>колона „%1“ у %2 је типа %3; оцена мора бити број (smallint, integer, numeric, real …): претворите је у --query, нпр. CAST(%1 AS integer)</translation>
    </message>
    <message>
        <source>column “%1” of %2 is %3; a date must be a date or timestamp: convert it in --query, e.g. to_date(%1, 'YYYY-MM-DD')</source>
        <translation>колона „%1“ у %2 је типа %3; датум мора бити типа date или timestamp: претворите га у --query, нпр. to_date(%1, 'YYYY-MM-DD')</translation>
    </message>
    <message>
        <source>%1 on %2 gives more than %3 groups of answers; Waymark reads counts, not rows: group by fewer dimensions, or check that the grouped columns hold keys rather than ids or free text</source>
        <translation>%1 на %2 даје више од %3 група одговора; Waymark чита бројеве, а не редове: групишите по мање димензија или проверите да груписане колоне садрже кључеве, а не ID-јеве или слободан текст</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) without a score (NULL in column “%2”), left out</source>
        <translation>
            <numerusform>%1: %n одговор без оцене (NULL у колони „%2“) је изостављен</numerusform>
            <numerusform>%1: %n одговора без оцене (NULL у колони „%2“) су изостављена</numerusform>
            <numerusform>%1: %n одговора без оцене (NULL у колони „%2“) је изостављено</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2×)</source>
        <translation>%1 (%2×)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) with a score outside %2–%3 or not a whole number in column “%4”, left out: %5</source>
        <translation>
            <numerusform>%1: %n одговор са оценом изван %2–%3 или која није цео број у колони „%4“ је изостављен: %5</numerusform>
            <numerusform>%1: %n одговора са оценом изван %2–%3 или која није цео број у колони „%4“ су изостављена: %5</numerusform>
            <numerusform>%1: %n одговора са оценом изван %2–%3 или која није цео број у колони „%4“ је изостављено: %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) with a score outside %2–%3 in column “%4”, left out: %5</source>
        <translation>
            <numerusform>%1: %n одговор са оценом изван %2–%3 у колони „%4“ је изостављен: %5</numerusform>
            <numerusform>%1: %n одговора са оценом изван %2–%3 у колони „%4“ су изостављена: %5</numerusform>
            <numerusform>%1: %n одговора са оценом изван %2–%3 у колони „%4“ је изостављено: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL query</source>
        <translation>PostgreSQL упит</translation>
    </message>
    <message>
        <source>the PostgreSQL URL holds a password; put it in ~/.pgpass (libpq reads it there) and leave it out of the URL</source>
        <translation>PostgreSQL URL садржи лозинку; ставите је у ~/.pgpass (libpq је тамо чита) и уклоните је из URL-а</translation>
    </message>
    <message>
        <source>not a PostgreSQL URL (postgresql://HOST/DATABASE)</source>
        <translation>није PostgreSQL URL (postgresql://HOST/DATABASE)</translation>
    </message>
    <message>
        <source>“[” without “]” in the host</source>
        <translation>„[“ без „]“ у називу хоста</translation>
    </message>
    <message>
        <source>unexpected text after the host</source>
        <translation>неочекиван текст после хоста</translation>
    </message>
    <message>
        <source>several hosts are not supported; name one</source>
        <translation>више хостова није подржано; наведите један</translation>
    </message>
    <message>
        <source>“%1” is not a port number</source>
        <translation>„%1“ није број порта</translation>
    </message>
    <message>
        <source>the value of “%1” may not hold spaces, quotes or “;”</source>
        <translation>вредност „%1“ не сме да садржи размаке, наводнике ни „;“</translation>
    </message>
    <message>
        <source>unknown option “%1” (known: host, port, user, dbname, %2)</source>
        <translation>непозната опција „%1“ (познате: host, port, user, dbname, %2)</translation>
    </message>
    <message>
        <source>no database named: postgresql://HOST/DATABASE</source>
        <translation>није наведена база: postgresql://HOST/DATABASE</translation>
    </message>
</context>
<context>
    <name>WaymarkFile</name>
    <message>
        <source>%1: its text table has a gap</source>
        <translation>%1: табела текстова има празнину</translation>
    </message>
    <message>
        <source>The file is damaged (%1).</source>
        <translation>Датотека је оштећена (%1).</translation>
    </message>
    <message>
        <source>%1: its text table does not start with the empty text</source>
        <translation>%1: табела текстова не почиње празним текстом</translation>
    </message>
    <message>
        <source>score</source>
        <translation>оцена</translation>
    </message>
    <message>
        <source>%1: score %2 is outside 0–10</source>
        <translation>%1: оцена %2 је ван опсега 0–10</translation>
    </message>
    <message>
        <source>date</source>
        <translation>датум</translation>
    </message>
    <message>
        <source>value</source>
        <translation>вредност</translation>
    </message>
    <message>
        <source>acquisition date</source>
        <translation>датум придобијања</translation>
    </message>
    <message>
        <source>%1: its text table is damaged</source>
        <translation>%1: табела текстова је оштећена</translation>
    </message>
    <message>
        <source>%1: its column “%2” is not binary data</source>
        <translation>%1: колона „%2“ не садржи бинарне податке</translation>
    </message>
    <message>
        <source>Dataset %1 ("%2")</source>
        <translation>Скуп података %1 („%2“)</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>врста</translation>
    </message>
    <message>
        <source>rows read</source>
        <translation>прочитани редови</translation>
    </message>
    <message>
        <source>rows imported</source>
        <translation>увезени редови</translation>
    </message>
    <message>
        <source>rows rejected</source>
        <translation>одбијени редови</translation>
    </message>
    <message>
        <source>Dataset "%1"</source>
        <translation>Скуп података „%1“</translation>
    </message>
    <message>
        <source>The journey</source>
        <translation>Путовање</translation>
    </message>
    <message>
        <source>The file should hold one journey but holds %1.</source>
        <translation>Датотека треба да садржи једно путовање, а садржи их %1.</translation>
    </message>
    <message>
        <source>Persona %1</source>
        <translation>Персона %1</translation>
    </message>
    <message>
        <source>Department %1 ("%2")</source>
        <translation>Одељење %1 („%2“)</translation>
    </message>
    <message>
        <source>%1 has an invalid colour "%2"</source>
        <translation>%1 има неисправну боју „%2“</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Фаза %1</translation>
    </message>
    <message>
        <source>Lane %1 ("%2")</source>
        <translation>Трака %1 („%2“)</translation>
    </message>
    <message>
        <source>office zone</source>
        <translation>зона офиса</translation>
    </message>
    <message>
        <source>Card %1 ("%2")</source>
        <translation>Картица %1 („%2“)</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>time</source>
        <translation>време</translation>
    </message>
    <message>
        <source>money amount</source>
        <translation>износ новца</translation>
    </message>
    <message>
        <source>negative emotion</source>
        <translation>негативна емоција</translation>
    </message>
    <message>
        <source>%1: negative emotion must be from 0 to 10, got %2</source>
        <translation>%1: негативна емоција мора бити од 0 до 10, а вредност је %2</translation>
    </message>
    <message>
        <source>pain point flag</source>
        <translation>ознака болне тачке</translation>
    </message>
    <message>
        <source>moment of truth flag</source>
        <translation>ознака тренутка истине</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Веза %1</translation>
    </message>
    <message>
        <source>Setting "%1"</source>
        <translation>Подешавање „%1“</translation>
    </message>
    <message>
        <source>%1 has a name that is not text</source>
        <translation>%1 има назив који није текст</translation>
    </message>
    <message>
        <source>%1 has a value that is not text ("%2")</source>
        <translation>%1 има вредност која није текст („%2“)</translation>
    </message>
    <message>
        <source>File not found.</source>
        <translation>Датотека није пронађена.</translation>
    </message>
    <message>
        <source>This is a folder, not a journey file.</source>
        <translation>Ово је фасцикла, а не датотека путовања.</translation>
    </message>
    <message>
        <source>Could not open the file: %1</source>
        <translation>Није могуће отворити датотеку: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Датотека је празна.</translation>
    </message>
    <message>
        <source>%1 is not a Waymark file: it is not a database.</source>
        <translation>%1 није Waymark датотека: није база података.</translation>
    </message>
    <message>
        <source>%1 was made by another program, not Waymark (SQLite application id 0x%2).</source>
        <translation>Датотеку %1 није направио Waymark, већ неки други програм (ИД апликације SQLite: 0x%2).</translation>
    </message>
    <message>
        <source>This file was made by a newer Waymark: %1 (file format %2). This Waymark (%3) reads file format %4 and older; please update Waymark to open it.</source>
        <translation>Ову датотеку је направила новија верзија програма Waymark: %1 (формат датотеке %2). Ова верзија програма Waymark (%3) чита формат %4 и старије; ажурирајте Waymark да бисте је отворили.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>непозната верзија</translation>
    </message>
    <message>
        <source>The file is damaged: it has no file format version.</source>
        <translation>Датотека је оштећена: нема верзију формата датотеке.</translation>
    </message>
    <message>
        <source>The file is damaged: it is shorter than it should be (it may have been cut off while copying). If you have a backup, open that instead.</source>
        <translation>Датотека је оштећена: краћа је него што би требало да буде (можда је прекинута током копирања). Ако имате резервну копију, отворите њу.</translation>
    </message>
    <message>
        <source>The file is damaged (%1). If you have a backup, open that instead.</source>
        <translation>Датотека је оштећена (%1). Ако имате резервну копију, отворите њу.</translation>
    </message>
    <message>
        <source>failed the integrity check</source>
        <translation>није прошла проверу интегритета</translation>
    </message>
    <message>
        <source>Could not upgrade the file from format %1: %2</source>
        <translation>Није могуће надоградити датотеку из формата %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(и још %n проблем)</numerusform>
            <numerusform>(и још %n проблема)</numerusform>
            <numerusform>(и још %n проблема)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file breaks the journey's rules: %1</source>
        <translation>Датотека крши правила путовања: %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Фасцикла %1 не постоји.</translation>
    </message>
    <message>
        <source>Could not write in the folder %1: %2</source>
        <translation>Није могуће писати у фасциклу %1: %2</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Чување није успело: %1</translation>
    </message>
    <message>
        <source>Could not save: the disk did not confirm the write (%1).</source>
        <translation>Чување није успело: диск није потврдио упис (%1).</translation>
    </message>
    <message>
        <source>Could not replace %1: %2</source>
        <translation>Није могуће заменити %1: %2</translation>
    </message>
    <message>
        <source>%1 has an invalid id "%2"</source>
        <translation>%1 има неважећи ИД „%2“</translation>
    </message>
    <message>
        <source>%1 has an unknown %2 "%3"</source>
        <translation>%1: непозната вредност за „%2“: „%3“</translation>
    </message>
    <message>
        <source>%1 has a %2 that is not a whole number ("%3")</source>
        <translation>%1: вредност за „%2“ није цео број („%3“)</translation>
    </message>
    <message>
        <source>%1 has a %2 that is not a number ("%3")</source>
        <translation>%1: вредност за „%2“ није број („%3“)</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete (%1).</source>
        <translation>Датотека је оштећена или непотпуна (%1).</translation>
    </message>
    <message>
        <source>text reference</source>
        <translation>референца на текст</translation>
    </message>
    <message>
        <source>%1 refers to text %2 that does not exist</source>
        <translation>%1 упућује на текст %2 који не постоји</translation>
    </message>
    <message>
        <source>%1 has a time that is not a date and time ("%2")</source>
        <translation>%1 има време које није датум и време („%2“)</translation>
    </message>
    <message>
        <source>Participant %1 ("%2")</source>
        <translation>Учесник %1 („%2“)</translation>
    </message>
    <message>
        <source>Vote %1 ("%2")</source>
        <translation>Гласање %1 („%2“)</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>обухват</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>буџет тачкица</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>временско ограничење</translation>
    </message>
    <message>
        <source>hidden flag</source>
        <translation>ознака скривености</translation>
    </message>
    <message>
        <source>closed flag</source>
        <translation>ознака затворености</translation>
    </message>
    <message>
        <source>Dot %1</source>
        <translation>Тачкица %1</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>гласање</translation>
    </message>
    <message>
        <source>%1 belongs to a vote that does not exist</source>
        <translation>%1 припада гласању које не постоји</translation>
    </message>
    <message>
        <source>Agenda step %1 ("%2")</source>
        <translation>Корак дневног реда %1 („%2“)</translation>
    </message>
    <message>
        <source>done flag</source>
        <translation>ознака завршености</translation>
    </message>
    <message>
        <source>Comment %1</source>
        <translation>Коментар %1</translation>
    </message>
    <message>
        <source>target</source>
        <translation>предмет коментара</translation>
    </message>
    <message>
        <source>resolved flag</source>
        <translation>ознака решености</translation>
    </message>
    <message>
        <source>%1: kind “%2” is not one Waymark knows</source>
        <translation>%1: врста „%2“ није позната програму Waymark</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, ред %2</translation>
    </message>
    <message>
        <source>%1 ("%2")</source>
        <translation>%1 („%2“)</translation>
    </message>
    <message>
        <source>kind of %1</source>
        <translation>врста: %1</translation>
    </message>
    <message>
        <source>The file is damaged: its cards changed while it was read.</source>
        <translation>Датотека је оштећена: њене картице су се промениле током читања.</translation>
    </message>
    <message>
        <source>card</source>
        <translation>картица</translation>
    </message>
    <message>
        <source>type</source>
        <translation>врста</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>one-off cost</source>
        <translation>једнократни трошак</translation>
    </message>
    <message>
        <source>running cost</source>
        <translation>текући трошак</translation>
    </message>
    <message>
        <source>time to deliver</source>
        <translation>време до реализације</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>поузданост</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>прилика</translation>
    </message>
    <message>
        <source>removes-card flag</source>
        <translation>ознака уклањања картице</translation>
    </message>
    <message>
        <source>time after</source>
        <translation>време после</translation>
    </message>
    <message>
        <source>money after</source>
        <translation>новац после</translation>
    </message>
    <message>
        <source>emotion after</source>
        <translation>емоција после</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>обухват</translation>
    </message>
    <message>
        <source>share of contacts avoided</source>
        <translation>удео избегнутих контаката</translation>
    </message>
    <message>
        <source>share of detractors to passives</source>
        <translation>удео критичара у пасивне</translation>
    </message>
    <message>
        <source>share of detractors to promoters</source>
        <translation>удео критичара у промотере</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>сценарио</translation>
    </message>
    <message>
        <source>system age</source>
        <translation>старост система</translation>
    </message>
    <message numerus="yes">
        <source>reading took longer than %n second(s); the file asks for far more work than any journey needs</source>
        <translation>
            <numerusform>читање је трајало дуже од %n секунде: датотека захтева далеко више рада него што је потребно било ком путовању</numerusform>
            <numerusform>читање је трајало дуже од %n секунде: датотека захтева далеко више рада него што је потребно било ком путовању</numerusform>
            <numerusform>читање је трајало дуже од %n секунди: датотека захтева далеко више рада него што је потребно било ком путовању</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (место у датотеци: %2)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>цео број</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>број</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>бинарни подаци</translation>
    </message>
    <message>
        <source>nothing (NULL)</source>
        <translation>празна вредност (NULL)</translation>
    </message>
    <message>
        <source>The file holds a view “%1”; Waymark files hold only tables.</source>
        <translation>Датотека садржи поглед „%1“, а Waymark датотеке садрже само табеле.</translation>
    </message>
    <message>
        <source>The file holds a trigger “%1”; Waymark files hold only tables.</source>
        <translation>Датотека садржи окидач „%1“, а Waymark датотеке садрже само табеле.</translation>
    </message>
    <message>
        <source>The file has no table “%1”: it is damaged or was not written by Waymark.</source>
        <translation>Датотека нема табелу „%1“: оштећена је или је није направио Waymark.</translation>
    </message>
    <message>
        <source>The table “%1” is a virtual table; Waymark writes only ordinary tables.</source>
        <translation>Табела „%1“ је виртуелна, а Waymark уписује само обичне табеле.</translation>
    </message>
    <message>
        <source>Table “%1”, column “%2” is computed, not stored; Waymark stores every value.</source>
        <translation>Колона „%2“ табеле „%1“ се израчунава, а не чува; Waymark чува сваку вредност.</translation>
    </message>
    <message>
        <source>Table “%1” has no column “%2”: the file is damaged or was not written by Waymark.</source>
        <translation>Табела „%1“ нема колону „%2“: датотека је оштећена или је није направио Waymark.</translation>
    </message>
    <message>
        <source>Table “%1” has %2 rows; Waymark reads at most %3 (see “Limits” in the file format documentation).</source>
        <translation>Број редова у табели „%1“: %2; Waymark чита највише %3 (погледајте одељак „Limits“ у документацији о формату датотека).</translation>
    </message>
    <message>
        <source>Table “%1”, row %2, column “%3” holds %4 where %5 belongs.</source>
        <translation>Табела „%1“, ред %2, колона „%3“: очекује се „%5“, а уписано је „%4“.</translation>
    </message>
    <message>
        <source>%1: its columns are missing</source>
        <translation>%1: недостају његове колоне</translation>
    </message>
    <message>
        <source>Card link</source>
        <translation>Веза картице</translation>
    </message>
    <message>
        <source>A linked journey names card %1, but the journey has %2 cards</source>
        <translation>Повезано путовање наводи картицу %1, али путовање има само %2 картица</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>основе</translation>
    </message>
    <message>
        <source>%1 names card %2, but the journey has %3 cards</source>
        <translation>%1 наводи картицу %2, а путовање има само %3 картица</translation>
    </message>
    <message>
        <source>Card persona %1</source>
        <translation>Персона картице %1</translation>
    </message>
    <message>
        <source>Persona emotion %1</source>
        <translation>Емоција персоне %1</translation>
    </message>
    <message>
        <source>%1 has %2 that is not stored as binary data</source>
        <translation>%1: %2 није сачувано као бинарни подаци</translation>
    </message>
    <message>
        <source>width</source>
        <translation>ширина</translation>
    </message>
    <message>
        <source>height</source>
        <translation>висина</translation>
    </message>
    <message>
        <source>%1 has a size of %2 × %3 pixels</source>
        <translation>%1 има величину %2 × %3 пиксела</translation>
    </message>
    <message>
        <source>the picture</source>
        <translation>слика</translation>
    </message>
    <message>
        <source>the thumbnail</source>
        <translation>сличица</translation>
    </message>
    <message>
        <source>Card picture %1</source>
        <translation>Слика на картици %1</translation>
    </message>
    <message>
        <source>Persona photo %1</source>
        <translation>Фотографија персоне %1</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>персона</translation>
    </message>
    <message>
        <source>%1 names persona %2, but the journey has %3 personas</source>
        <translation>%1 наводи персону %2, али путовање има %3 персона</translation>
    </message>
    <message>
        <source>%1: its column “%2” is missing</source>
        <translation>%1: недостаје колона „%2“</translation>
    </message>
    <message>
        <source>%1: its column “%2” does not hold %3 values</source>
        <translation>%1: колона „%2“ не садржи вредности типа %3</translation>
    </message>
    <message>
        <source>%1 belongs to %2 %3, which does not exist</source>
        <translation>%1 припада објекту %2 %3, који не постоји</translation>
    </message>
    <message>
        <source>%1: reading was cancelled</source>
        <translation>%1: читање је прекинуто</translation>
    </message>
    <message>
        <source>%1 breaks the journey's rules: %2</source>
        <translation>%1 крши правила мапе путовања: %2</translation>
    </message>
    <message>
        <source>%1: the summary kept in the file does not match its answers (the file was changed outside Waymark?); its figures are now counted from the answers.</source>
        <translation>%1: сажетак сачуван у датотеци не одговара њеним одговорима (датотека је мењана ван Waymark-а?); бројке се сада рачунају из самих одговора.</translation>
    </message>
    <message>
        <source>%1: there is not enough memory to read its answers</source>
        <translation>%1: нема довољно меморије за читање одговора</translation>
    </message>
    <message>
        <source>Could not save: %1. Remove that dataset (Data dock) or import its file again, then save.</source>
        <translation>Чување није успело: %1. Уклоните тај скуп података (панел „Подаци”) или поново увезите његову датотеку, па сачувајте.</translation>
    </message>
    <message>
        <source>Could not copy %1 to add the dataset: %2</source>
        <translation>Није могуће копирати %1 ради додавања скупа података: %2</translation>
    </message>
    <message>
        <source>Could not open the copy of %1: %2</source>
        <translation>Није могуће отворити копију датотеке %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Waymark journey file.</source>
        <translation>%1 није Waymark датотека путовања.</translation>
    </message>
    <message>
        <source>%1 is in another file format.</source>
        <translation>%1 је у другом формату датотеке.</translation>
    </message>
    <message>
        <source>Could not write the answers into %1: %2</source>
        <translation>Није могуће уписати одговоре у %1: %2</translation>
    </message>
    <message>
        <source>No answers to add.</source>
        <translation>Нема одговора за додавање.</translation>
    </message>
    <message>
        <source>The journey with the new dataset does not read back: %1</source>
        <translation>Путовање са новим скупом података не може поново да се прочита: %1</translation>
    </message>
    <message>
        <source>%1 was changed by another program during the import; it is left as that program saved it. Import again.</source>
        <translation>%1 је током увоза изменио други програм; остављена је онако како ју је тај програм сачувао. Увезите поново.</translation>
    </message>
    <message>
        <source>%1: its column “%2” has no chunk before it</source>
        <translation>%1: његова колона „%2” нема део пре себе</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Pain points</source>
        <translation>Болне тачке</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Прилике</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Све картице</translation>
    </message>
</context>
<context>
    <name>WorkshopMarks</name>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n тачкица</numerusform>
            <numerusform>%n тачкице</numerusform>
            <numerusform>%n тачкица</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n отворен коментар</numerusform>
            <numerusform>%n отворена коментара</numerusform>
            <numerusform>%n отворених коментара</numerusform>
        </translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Аутор: %1</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>Датотека је празна.</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook but an older .xls file or a password-protected workbook: save it in Excel as .xlsx without a password.</source>
        <translation>Ово није .xlsx радна свеска, већ старија .xls датотека или радна свеска заштићена лозинком: сачувајте је у Excel-у као .xlsx без лозинке.</translation>
    </message>
    <message>
        <source>The .xlsx file is damaged or incomplete (%1).</source>
        <translation>Датотека .xlsx је оштећена или непотпуна (%1).</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook (not a zip archive).</source>
        <translation>Ово није .xlsx радна свеска (није zip архива).</translation>
    </message>
    <message>
        <source>This zip archive is not an .xlsx workbook: it has no xl/workbook.xml.</source>
        <translation>Ова zip архива није .xlsx радна свеска: не садржи xl/workbook.xml.</translation>
    </message>
    <message>
        <source>%1 is missing from the workbook.</source>
        <translation>У радној свесци недостаје %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Није могуће прочитати %1 (%2).</translation>
    </message>
    <message>
        <source>document type declarations (DTD) are not allowed</source>
        <translation>декларације типа документа (DTD) нису дозвољене</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ред %2, колона %3: %4</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB uncompressed, the most Waymark reads.</source>
        <translation>%1 је у распакованом облику већи од %2 MiB, што је више него што Waymark може да прочита.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>Део %1 је оштећен (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its size is not the %2 bytes the zip directory gives.</source>
        <translation>Део %1 је оштећен: његова величина није %2 бајтова, колико наводи zip директоријум.</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells, the most Waymark reads.</source>
        <translation>%1 има више од %2 ћелија, што је више него што Waymark може да прочита.</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries, the most Waymark reads.</source>
        <translation>%1 има више од %2 ставки, што је више него што Waymark може да прочита.</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string %2, which the workbook does not have</source>
        <translation>ћелија %1 упућује на дељени низ %2, који не постоји у радној свесци</translation>
    </message>
    <message>
        <source>“%1” is not a row number</source>
        <translation>„%1“ није број реда</translation>
    </message>
    <message>
        <source>row %1 lies beyond row %2, the last of a sheet</source>
        <translation>ред %1 је иза реда %2, последњег на листу</translation>
    </message>
    <message>
        <source>“%1” is not a cell reference</source>
        <translation>„%1“ није референца на ћелију</translation>
    </message>
    <message>
        <source>cell %1 lies beyond column XFD, the last of a sheet</source>
        <translation>ћелија %1 је иза колоне XFD, последње на листу</translation>
    </message>
    <message>
        <source>cell %1 lies beyond row %2, the last of a sheet</source>
        <translation>ћелија %1 је иза реда %2, последњег на листу</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>Радна свеска нема ниједан лист.</translation>
    </message>
    <message>
        <source>There is no sheet %1: the workbook's sheets are numbered 1 to %2.</source>
        <translation>Нема листа %1: листови радне свеске нумерисани су од 1 до %2.</translation>
    </message>
    <message>
        <source>Sheet “%1” is not in xl/_rels/workbook.xml.rels.</source>
        <translation>Лист „%1“ није наведен у xl/_rels/workbook.xml.rels.</translation>
    </message>
    <message>
        <source>Sheet “%1” is a chart or macro sheet, not a table of cells.</source>
        <translation>Лист „%1“ је лист са графиконом или макроима, а не табела ћелија.</translation>
    </message>
    <message>
        <source>sheet %1 has no name</source>
        <translation>лист %1 нема назив</translation>
    </message>
</context>
<context>
    <name>waymark::AddedCardsTable</name>
    <message>
        <source>(deleted)</source>
        <translation>(обрисано)</translation>
    </message>
    <message>
        <source>Steps the future journey adds, e.g. a status message. What they cost the customer is taken off the benefits.</source>
        <translation>Кораци које будуће путовање додаје, нпр. обавештење о статусу. Оно што коштају корисника одузима се од користи.</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Нови корак</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Трака</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Време</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Новац</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Емоција</translation>
    </message>
    <message>
        <source>&amp;Add Step</source>
        <translation>&amp;Додај корак</translation>
    </message>
    <message>
        <source>Remo&amp;ve Step</source>
        <translation>&amp;Уклони корак</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>/10</source>
        <comment>negative emotion</comment>
        <translation>/10</translation>
    </message>
</context>
<context>
    <name>waymark::AgendaPanel</name>
    <message>
        <source>No agenda yet. A short agenda keeps the room on track: tick each step off as you finish it.</source>
        <translation>Још нема дневног реда. Кратак дневни ред држи радионицу у фокусу: означите сваки корак чим га завршите.</translation>
    </message>
    <message>
        <source>Use the Four Steps</source>
        <translation>Користи четири корака</translation>
    </message>
    <message>
        <source>Map the stages, add touchpoints, attach effort, vote on pain points</source>
        <translation>Мапирајте фазе, додајте додирне тачке, унесите напор и гласајте о болним тачкама</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Додај корак</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Уклони</translation>
    </message>
    <message>
        <source>Rename agenda step</source>
        <translation>Преименовање корака дневног реда</translation>
    </message>
    <message>
        <source>Tick off agenda step</source>
        <translation>Означавање корака дневног реда као завршеног</translation>
    </message>
    <message>
        <source>Reopen agenda step</source>
        <translation>Поновно отварање корака дневног реда</translation>
    </message>
    <message>
        <source>Use the four steps</source>
        <translation>Примена четири корака</translation>
    </message>
    <message>
        <source>Map the stages</source>
        <translation>Мапирање фаза</translation>
    </message>
    <message>
        <source>Add touchpoints</source>
        <translation>Додавање додирних тачака</translation>
    </message>
    <message>
        <source>Attach effort</source>
        <translation>Унос напора</translation>
    </message>
    <message>
        <source>Vote on pain points</source>
        <translation>Гласање о болним тачкама</translation>
    </message>
    <message>
        <source>Move Step Up</source>
        <translation>Помери корак нагоре</translation>
    </message>
    <message>
        <source>Move Step Down</source>
        <translation>Помери корак надоле</translation>
    </message>
    <message>
        <source>Move the chosen step up (%1)</source>
        <translation>Помери изабрани корак нагоре (%1)</translation>
    </message>
    <message>
        <source>Move the chosen step down (%1)</source>
        <translation>Помери изабрани корак надоле (%1)</translation>
    </message>
</context>
<context>
    <name>waymark::BusinessSettingsDialog</name>
    <message>
        <source>Business Settings</source>
        <translation>Пословна подешавања</translation>
    </message>
    <message>
        <source>What the business case needs to put a value on the opportunities. Amounts are in %1, the journey's currency.</source>
        <translation>Шта је пословном случају потребно да вреднује прилике. Износи су у %1, валути путовања.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Корисници</translation>
    </message>
    <message>
        <source>How many customers go through this journey in a year</source>
        <translation>Колико корисника годишње прође кроз ово путовање</translation>
    </message>
    <message>
        <source>Customers per &amp;year:</source>
        <translation>&amp;Корисника годишње:</translation>
    </message>
    <message>
        <source>Stages that fewer (or more) customers reach, e.g. because some drop out before:</source>
        <translation>Фазе до којих стиже мање (или више) корисника, нпр. зато што неки одустану раније:</translation>
    </message>
    <message>
        <source>Give “%1” its own number of customers per year</source>
        <translation>Задај „%1“ сопствени број корисника годишње</translation>
    </message>
    <message>
        <source>What it is worth</source>
        <translation>Колико то вреди</translation>
    </message>
    <message>
        <source>Value of the customer's &amp;hour:</source>
        <translation>&amp;Вредност сата корисника:</translation>
    </message>
    <message>
        <source>What one contact costs the organisation, by channel (0: not counted):</source>
        <translation>Колико организацију кошта један контакт, по каналу (0: не рачуна се):</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Током времена</translation>
    </message>
    <message>
        <source>How many years of benefits and running costs the net present value counts</source>
        <translation>Колико година користи и текућих трошкова урачунава нето садашња вредност</translation>
    </message>
    <message>
        <source>Horizon in y&amp;ears:</source>
        <translation>&amp;Хоризонт у годинама:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>What money a year later is worth less: often the organisation's cost of capital</source>
        <translation>Колико новац за годину дана мање вреди: често трошак капитала организације</translation>
    </message>
    <message>
        <source>&amp;Discount rate per year:</source>
        <translation>&amp;Дисконтна стопа годишње:</translation>
    </message>
    <message>
        <source>All opportunities</source>
        <translation>Све прилике</translation>
    </message>
    <message>
        <source>The scenario the PDF report and the future state of the map show</source>
        <translation>Сценарио који приказују PDF извештај и будуће стање мапе</translation>
    </message>
    <message>
        <source>&amp;Scenario in the report:</source>
        <translation>&amp;Сценарио у извештају:</translation>
    </message>
    <message>
        <source>Change business settings</source>
        <translation>Промени пословна подешавања</translation>
    </message>
    <message>
        <source>The same value the heatmap's weighted cost uses (Weights… on the canvas tool bar)</source>
        <translation>Иста вредност коју користи пондерисани трошак топлотне мапе (Пондери… на траци алата платна)</translation>
    </message>
</context>
<context>
    <name>waymark::CanvasActions</name>
    <message>
        <source>&amp;New Card</source>
        <translation>&amp;Нова картица</translation>
    </message>
    <message>
        <source>Add a card to the current cell and type its title</source>
        <translation>Додајте картицу у тренутну ћелију и упишите њен наслов</translation>
    </message>
    <message>
        <source>&amp;Rename Card</source>
        <translation>Пре&amp;именуј картицу</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Обриши</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Д&amp;уплирај</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Исе&amp;ци</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копирај</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>На&amp;лепи</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Изабери &amp;све</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Додај &amp;фазу</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>Додај &amp;траку</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Преименуј фазу</translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation>Преименуј траку</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Обриши фазу</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Обриши траку</translation>
    </message>
    <message>
        <source>Lane &amp;Properties…</source>
        <translation>Сво&amp;јства траке…</translation>
    </message>
    <message>
        <source>Kind of lane, side of the line of visibility, department</source>
        <translation>Врста траке, страна линије видљивости, одељење</translation>
    </message>
    <message>
        <source>Stage P&amp;roperties…</source>
        <translation>Својства ф&amp;азе…</translation>
    </message>
    <message>
        <source>&amp;Departments…</source>
        <translation>О&amp;дељења…</translation>
    </message>
    <message>
        <source>C&amp;onnect Cards</source>
        <translation>По&amp;вежи картице</translation>
    </message>
    <message>
        <source>Drag from one card to another to draw an arrow (Alt-drag works any time)</source>
        <translation>Превуците од једне картице до друге да бисте нацртали стрелицу (превлачење уз Alt ради увек)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увећај</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;мањи</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Уклопи у &amp;прозор</translation>
    </message>
    <message>
        <source>Actual &amp;Size (100%)</source>
        <translation>Стварна &amp;величина (100%)</translation>
    </message>
    <message>
        <source>Delete connections</source>
        <translation>Обриши везе</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Обриши %n картицу</numerusform>
            <numerusform>Обриши %n картице</numerusform>
            <numerusform>Обриши %n картица</numerusform>
        </translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Нова фаза</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Нова трака</translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage “%1” and its %n card(s)? You can undo this.</source>
        <translation>
            <numerusform>Обрисати фазу „%1“ и њену %n картицу? Ово можете да опозовете.</numerusform>
            <numerusform>Обрисати фазу „%1“ и њене %n картице? Ово можете да опозовете.</numerusform>
            <numerusform>Обрисати фазу „%1“ и њених %n картица? Ово можете да опозовете.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the lane “%1” and its %n card(s)? You can undo this.</source>
        <translation>
            <numerusform>Обрисати траку „%1“ и њену %n картицу? Ово можете да опозовете.</numerusform>
            <numerusform>Обрисати траку „%1“ и њене %n картице? Ово можете да опозовете.</numerusform>
            <numerusform>Обрисати траку „%1“ и њених %n картица? Ово можете да опозовете.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create &amp;Opportunity from This Card…</source>
        <translation>Направи &amp;прилику од ове картице…</translation>
    </message>
    <message>
        <source>An improvement for the business case, linked to the selected cards</source>
        <translation>Побољшање за пословни случај, повезано са изабраним картицама</translation>
    </message>
    <message>
        <source>Create &amp;Opportunity from These Cards…</source>
        <translation>Направи &amp;прилику од ових картица…</translation>
    </message>
    <message>
        <source>Zoom to Se&amp;lection</source>
        <translation>Према &amp;изабраним картицама</translation>
    </message>
    <message>
        <source>Fill the view with the selected cards</source>
        <translation>Изабране картице преко целог приказа</translation>
    </message>
</context>
<context>
    <name>waymark::CanvasToolBar</name>
    <message>
        <source>Canvas</source>
        <translation>Платно</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Heatmap:</source>
        <translation>Топлотна мапа:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Искључено</translation>
    </message>
    <message>
        <source>Weights…</source>
        <translation>Пондери…</translation>
    </message>
    <message>
        <source>Weights of time, money and emotion in the weighted heatmap, and the value of the customer's hour</source>
        <translation>Пондери времена, новца и емоције у пондерисаној топлотној мапи и вредност једног сата корисниковог времена</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Одељење:</translation>
    </message>
    <message>
        <source>Dim everything this department does not own</source>
        <translation>Затамни све што није у надлежности овог одељења</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Сва одељења</translation>
    </message>
    <message>
        <source>Colour the cards by the customer's effort, or by a survey metric (the worst figure hottest)</source>
        <translation>Обој картице према напору корисника или према метрици анкете (најгори показатељ је најтоплији)</translation>
    </message>
    <message>
        <source>Heat scale</source>
        <translation>Скала топлотне мапе</translation>
    </message>
    <message>
        <source>No card's data key has answers of %1 yet: the cards stay white.</source>
        <translation>Ни за један кључ података на картицама још нема %1 одговора, па картице остају беле.</translation>
    </message>
    <message>
        <source>%1 %2 … %3</source>
        <comment>heat legend: metric, lowest figure, highest figure</comment>
        <translation>%1 %2 … %3</translation>
    </message>
    <message>
        <source>%1 from %2 (worst, red) to %3 (best, pale). Cards without answers stay white.</source>
        <translation>%1 од %2 (најгоре, црвено) до %3 (најбоље, бледо). Картице без одговора остају беле.</translation>
    </message>
    <message>
        <source>Hatched cards: too few answers to trust, so their colour is a weak signal.</source>
        <translation>Шрафиране картице: премало одговора за поуздан закључак, па је њихова боја слаб сигнал.</translation>
    </message>
    <message>
        <source>Low effort (left) to high effort (right). Emotion: 0 to 10. Time, money and weighted cost: logarithmic between the 10th and 90th percentile of the cards, so one extreme card does not make the others look alike.</source>
        <translation>Мали напор (лево) до великог напора (десно). Емоција: од 0 до 10. Време, новац и пондерисани трошак: логаритамски између 10. и 90. перцентила картица, да једна екстремна картица не би учинила да остале изгледају исто.</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>Персона:</translation>
    </message>
    <message>
        <source>The journey as one persona lives it: their steps, the emotion they feel, their totals</source>
        <translation>Путовање онако како га доживљава једна персона: њени кораци, њене емоције, њени збирови</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Све персоне</translation>
    </message>
    <message>
        <source>(unnamed persona)</source>
        <translation>(персона без имена)</translation>
    </message>
</context>
<context>
    <name>waymark::CardChangesTable</name>
    <message>
        <source>%1/10</source>
        <comment>negative emotion</comment>
        <translation>%1/10</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>No card is linked yet: link the cards of the map this opportunity improves.</source>
        <translation>Још ниједна картица није повезана: повежите картице мапе које ова прилика побољшава.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Картица</translation>
    </message>
    <message>
        <source>Effort today</source>
        <translation>Напор данас</translation>
    </message>
    <message>
        <source>Time, money and negative emotion of the card today</source>
        <translation>Време, новац и негативна емоција картице данас</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Време</translation>
    </message>
    <message>
        <source>The customer's time at this step afterwards</source>
        <translation>Време корисника на овом кораку после измене</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Новац</translation>
    </message>
    <message>
        <source>What the step costs the customer afterwards, in the card's currency</source>
        <translation>Колико корак кошта корисника после измене, у валути картице</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Емоција</translation>
    </message>
    <message>
        <source>Negative emotion afterwards, 0 (none) to 10 (worst)</source>
        <translation>Негативна емоција после измене, од 0 (нема) до 10 (најгоре)</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Обухват</translation>
    </message>
    <message>
        <source>Share of the stage's customers who pass this card</source>
        <translation>Удео корисника фазе који пролазе кроз ову картицу</translation>
    </message>
    <message>
        <source>Contacts
avoided</source>
        <translation>Избегнути
контакти</translation>
    </message>
    <message>
        <source>Share of this step's contacts (calls, visits, mails) no longer needed</source>
        <translation>Удео контаката овог корака (позиви, посете, поруке) који више нису потребни</translation>
    </message>
    <message>
        <source>Detractors →
passives</source>
        <translation>Критичари →
пасивни</translation>
    </message>
    <message>
        <source>Share of this touchpoint's detractors expected to become passives</source>
        <translation>Удео критичара ове додирне тачке за које се очекује да постану пасивни</translation>
    </message>
    <message>
        <source>Detractors →
promoters</source>
        <translation>Критичари →
промотери</translation>
    </message>
    <message>
        <source>Share of this touchpoint's detractors expected to become promoters</source>
        <translation>Удео критичара ове додирне тачке за које се очекује да постану промотери</translation>
    </message>
    <message>
        <source>Step
removed</source>
        <translation>Корак
уклоњен</translation>
    </message>
    <message>
        <source>The step disappears in the future state (e.g. no branch visit)</source>
        <translation>Корак нестаје у будућем стању (нпр. нема одласка у филијалу)</translation>
    </message>
    <message>
        <source>Lin&amp;k card:</source>
        <translation>Повежи &amp;картицу:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>По&amp;вежи</translation>
    </message>
    <message>
        <source>&amp;Unlink Selected</source>
        <translation>&amp;Уклони везу са изабраним</translation>
    </message>
    <message>
        <source>(deleted card)</source>
        <translation>(обрисана картица)</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>/10</source>
        <comment>negative emotion</comment>
        <translation>/10</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Type to find a card…</source>
        <translation>Откуцајте да бисте пронашли картицу…</translation>
    </message>
    <message>
        <source>Every card is linked</source>
        <translation>Све картице су повезане</translation>
    </message>
</context>
<context>
    <name>waymark::ChangesDialog</name>
    <message>
        <source>What Changed</source>
        <translation>Шта се променило</translation>
    </message>
    <message>
        <source>Nothing changed on the map since %1.</source>
        <translation>У односу на %1 на мапи ништа није промењено.</translation>
    </message>
    <message>
        <source>Changes since %1:</source>
        <translation>Измене у односу на %1:</translation>
    </message>
    <message>
        <source>Added cards (%1)</source>
        <translation>Додате картице (%1)</translation>
    </message>
    <message>
        <source>Removed cards (%1)</source>
        <translation>Уклоњене картице (%1)</translation>
    </message>
    <message>
        <source>Moved cards (%1)</source>
        <translation>Премештене картице (%1)</translation>
    </message>
    <message>
        <source>Edited cards (%1)</source>
        <translation>Измењене картице (%1)</translation>
    </message>
    <message>
        <source>Stage added: %1</source>
        <translation>Додата фаза: %1</translation>
    </message>
    <message>
        <source>Stage removed: %1</source>
        <translation>Уклоњена фаза: %1</translation>
    </message>
    <message>
        <source>Stage renamed: %1</source>
        <translation>Преименована фаза: %1</translation>
    </message>
    <message>
        <source>Lane added: %1</source>
        <translation>Додата трака: %1</translation>
    </message>
    <message>
        <source>Lane removed: %1</source>
        <translation>Уклоњена трака: %1</translation>
    </message>
    <message>
        <source>Lane renamed: %1</source>
        <translation>Преименована трака: %1</translation>
    </message>
    <message>
        <source>Stages and lanes (%1)</source>
        <translation>Фазе и траке (%1)</translation>
    </message>
    <message>
        <source>&amp;Select Changed Cards</source>
        <translation>&amp;Изабери измењене картице</translation>
    </message>
</context>
<context>
    <name>waymark::ClvCustomerModel</name>
    <message>
        <source>Customer</source>
        <translation>Корисник</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Поновљене куповине</translation>
    </message>
    <message>
        <source>P(alive) %</source>
        <translation>P(alive) %</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>Очекиване куповине</translation>
    </message>
    <message>
        <source>Expected spend (%1)</source>
        <translation>Очекивана потрошња (%1)</translation>
    </message>
    <message>
        <source>CLV (%1)</source>
        <translation>CLV (%1)</translation>
    </message>
</context>
<context>
    <name>waymark::CommentsDock</name>
    <message>
        <source>resolved</source>
        <extracomment>Status of a comment thread, after a check mark</extracomment>
        <translation>решено</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Коментари</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Прикажи:</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Filter of the comments list: every thread</extracomment>
        <translation>Све</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Filter of the comments list: threads not resolved yet (an adjective, not "open a file")</extracomment>
        <translation>Отворене</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Filter of the comments list: threads you wrote in</extracomment>
        <translation>Моје</translation>
    </message>
    <message>
        <source>Every thread, the unresolved ones, or the ones you wrote in</source>
        <translation>Све нити, само нерешене или оне у којима сте писали</translation>
    </message>
    <message>
        <source>Only threads a department took part in</source>
        <translation>Само нити у којима је учествовало изабрано одељење</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Реши</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Обриши</translation>
    </message>
    <message>
        <source>Delete the selected comment (only your own); a thread goes with its replies</source>
        <translation>Обришите изабрани коментар (само сопствени); нит се брише заједно са одговорима</translation>
    </message>
    <message>
        <source>Shown on your comments</source>
        <translation>Приказује се уз ваше коментаре</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ваше име:</translation>
    </message>
    <message>
        <source>Your department:</source>
        <translation>Ваше одељење:</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Напишите коментар…</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the comment</source>
        <translation>Ctrl+Enter додаје коментар</translation>
    </message>
    <message>
        <source>Enter your name to comment.</source>
        <translation>Унесите своје име да бисте коментарисали.</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Одговори</translation>
    </message>
    <message>
        <source>Reply to the selected thread</source>
        <translation>Одговорите у изабраној нити</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Коментариши</translation>
    </message>
    <message>
        <source>Start a new thread on what is selected on the map (Ctrl+Enter)</source>
        <translation>Започните нову нит о ономе што је изабрано на мапи (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Card “%1”</source>
        <translation>Картица „%1“</translation>
    </message>
    <message>
        <source>a deleted card</source>
        <translation>обрисана картица</translation>
    </message>
    <message>
        <source>Stage “%1”</source>
        <translation>Фаза „%1“</translation>
    </message>
    <message>
        <source>a deleted stage</source>
        <translation>обрисана фаза</translation>
    </message>
    <message>
        <source>The journey</source>
        <translation>Путовање</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Сва одељења</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Без одељења</translation>
    </message>
    <message>
        <source>The participant who has the floor in the workshop</source>
        <translation>Учесник радионице који тренутно има реч</translation>
    </message>
    <message>
        <source>Open a journey to read and write comments.</source>
        <translation>Отворите путовање да бисте читали и писали коментаре.</translation>
    </message>
    <message>
        <source>No comments yet. Select a card or a stage on the map, then write the first one below.</source>
        <translation>Још нема коментара. Изаберите картицу или фазу на мапи, па испод напишите први.</translation>
    </message>
    <message>
        <source>No thread matches these filters.</source>
        <translation>Ниједна нит не одговара овим филтерима.</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>Односи се на: %1</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Поново &amp;отвори</translation>
    </message>
    <message>
        <source>Open the selected thread again</source>
        <translation>Поново отворите изабрану нит</translation>
    </message>
    <message>
        <source>Mark the selected thread as settled</source>
        <translation>Означите изабрану нит као решену</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Означавање коментара као решеног</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Поновно отварање коментара</translation>
    </message>
    <message>
        <source>Delete thread</source>
        <translation>Брисање нити</translation>
    </message>
</context>
<context>
    <name>waymark::DataChartsPanel</name>
    <message>
        <source>Trend</source>
        <translation>Тренд</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Додирне тачке</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Фазе</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Додирна тачка</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критичари</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>Угрожени CLV</translation>
    </message>
    <message>
        <source>Lifetime value of the customers whose latest answer at a touchpoint was 0–6</source>
        <translation>Животна вредност корисника чији је последњи одговор на додирној тачки био 0–6</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Data key: %1</source>
        <translation>Кључ података: %1</translation>
    </message>
    <message>
        <source>Import customer lifetime values to see what promoters and detractors are worth.</source>
        <translation>Увезите животне вредности корисника да бисте видели колико вреде промотери, а колико критичари.</translation>
    </message>
    <message>
        <source>Import NPS responses: CLV is joined to them by customer id.</source>
        <translation>Увезите NPS одговоре: CLV се с њима повезује преко ИД-а корисника.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) have both an answer and a CLV.</source>
        <translation>
            <numerusform>%Ln корисник има и одговор и CLV.</numerusform>
            <numerusform>%Ln корисника имају и одговор и CLV.</numerusform>
            <numerusform>%Ln корисника има и одговор и CLV.</numerusform>
        </translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Одељења</translation>
    </message>
    <message>
        <source>Department mix</source>
        <translation>Расподела по одељењима</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers… CLV per NPS category and at risk appear here when they are read.</source>
        <translation>Читају се %L1 одговора из анкете… CLV по NPS категоријама и угрожени CLV појавиће се овде чим одговори буду учитани.</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value model to %L1 customers… CLV per NPS category and at risk appear here when it is done.</source>
        <translation>Модел животне вредности се прилагођава подацима о купцима (%L1)… CLV по NPS категоријама и угрожени CLV појавиће се овде када прорачун буде готов.</translation>
    </message>
    <message>
        <source>Matching %L1 survey answers to customers… CLV per NPS category and at risk appear here when they are matched.</source>
        <translation>Одговори из анкете (%L1) се повезују са купцима… CLV по NPS категоријама и угрожени CLV појавиће се овде када повезивање буде готово.</translation>
    </message>
</context>
<context>
    <name>waymark::DataDock</name>
    <message>
        <source>Data</source>
        <translation>Подаци</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Скуп података</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Врста</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Редови</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Извор</translation>
    </message>
    <message>
        <source>Import C&amp;LV…</source>
        <translation>Увези C&amp;LV…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Обриши</translation>
    </message>
    <message>
        <source>&amp;Goals…</source>
        <translation>&amp;Циљеви…</translation>
    </message>
    <message>
        <source>Delete Dataset</source>
        <translation>Обриши скуп података</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more</source>
        <translation>
            <numerusform>… још %Ln</numerusform>
            <numerusform>… још %Ln</numerusform>
            <numerusform>… још %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) name touchpoints no card has — give a card that data key to see them on the map: %1</source>
        <translation>
            <numerusform>%Ln одговор наводи додирну тачку које нема ни на једној картици — доделите картици тај кључ података да бисте га видели на мапи: %1</numerusform>
            <numerusform>%Ln одговора наводе додирне тачке којих нема ни на једној картици — доделите картици тај кључ података да бисте их видели на мапи: %1</numerusform>
            <numerusform>%Ln одговора наводи додирне тачке којих нема ни на једној картици — доделите картици тај кључ података да бисте их видели на мапи: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>From %1, imported %2
SHA-256 %3
Rows read %4, imported %5, rejected %6
Encoding: %7
Columns:
%8</source>
        <translation>Из %1, увезено %2
SHA-256 %3
Учитано редова: %4, увезено: %5, одбијено: %6
Кодирање: %7
Колоне:
%8</translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation>Преименовање скупа података</translation>
    </message>
    <message numerus="yes">
        <source>Delete the dataset “%1” with its %Ln row(s)? You can undo this.</source>
        <translation>
            <numerusform>Обрисати скуп података „%1“ са %Ln редом? Ово можете да опозовете.</numerusform>
            <numerusform>Обрисати скуп података „%1“ са %Ln реда? Ово можете да опозовете.</numerusform>
            <numerusform>Обрисати скуп података „%1“ са %Ln редова? Ово можете да опозовете.</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey or CLV data yet. Import survey answers (NPS, CSAT, CES, audits, eNPS) or customer lifetime values from CSV, TSV, JSON, NDJSON or Excel files.</source>
        <translation>Још нема података из анкета ни CLV података. Увезите одговоре из анкета (NPS, CSAT, CES, провере, eNPS) или животне вредности корисника из CSV, TSV, JSON, NDJSON или Excel датотека.</translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation>&amp;Показатељи:</translation>
    </message>
    <message>
        <source>Import &amp;Survey…</source>
        <translation>Увези &amp;анкету…</translation>
    </message>
    <message>
        <source>Survey answers of any metric (NPS, CSAT, CES, audits, eNPS, any number) from CSV, TSV, JSON or Excel, one per row or counted per group</source>
        <translation>Одговори из анкета за било коју метрику (NPS, CSAT, CES, провере, eNPS, било који број) из CSV, TSV, JSON или Excel датотека, један по реду или пребројани по групама</translation>
    </message>
    <message>
        <source>Goals per segment and a benchmark to compare %1 with</source>
        <translation>Циљеви по сегментима и репер са којим се пореди %1</translation>
    </message>
    <message>
        <source>Edit %1 goals</source>
        <translation>Измена циљева за %1</translation>
    </message>
</context>
<context>
    <name>waymark::DatasetTransferNotice</name>
    <message>
        <source>Sending “%1” to the server…</source>
        <translation>Слање „%1“ на сервер…</translation>
    </message>
    <message>
        <source>Receiving “%1”…</source>
        <translation>Примање „%1“…</translation>
    </message>
    <message>
        <source>Receiving “%1” (from %2)…</source>
        <translation>Примање „%1“ (од: %2)…</translation>
    </message>
    <message>
        <source>The map and the other cards go on meanwhile; the others see the dataset once it is on the server.</source>
        <translation>За то време мапа и остале картице раде као и обично; остали виде скуп података чим стигне на сервер.</translation>
    </message>
    <message>
        <source>The map goes on meanwhile; the dataset's figures show when it is in.</source>
        <translation>За то време мапа ради као и обично; бројке скупа података појављују се када стигне.</translation>
    </message>
    <message>
        <source>A dataset is still being sent</source>
        <translation>Скуп података се још шаље</translation>
    </message>
    <message>
        <source>“%1” is still being sent to the server. If you close the window now, it is not shared: nothing of it stays on the server and the others keep the data they have. Close anyway?</source>
        <translation>„%1“ се још шаље на сервер. Ако сада затворите прозор, неће бити подељен: на серверу од њега неће остати ништа, а остали задржавају податке које имају. Ипак затворити?</translation>
    </message>
</context>
<context>
    <name>waymark::DepartmentsDialog</name>
    <message>
        <source>Departments</source>
        <translation>Одељења</translation>
    </message>
    <message>
        <source>The departments that own touchpoints. Double-click a name to rename it.</source>
        <translation>Одељења која су задужена за додирне тачке. Двапут кликните на назив да бисте га преименовали.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додај</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Боја…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Уклони</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Ново одељење</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>Преименовање одељења</translation>
    </message>
    <message>
        <source>Remove Department</source>
        <translation>Уклањање одељења</translation>
    </message>
    <message>
        <source>Department Colour</source>
        <translation>Боја одељења</translation>
    </message>
    <message>
        <source>Change department colour</source>
        <translation>Промена боје одељења</translation>
    </message>
    <message numerus="yes">
        <source>“%1” owns %n card(s) and %2 lane(s). Its cards keep their place without an owner and its lanes become plain lanes. You can undo this.</source>
        <translation>
            <numerusform>„%1“ је задужено за %n картицу (и трака: %2). Картице остају на свом месту, без власника, а траке постају обичне траке. Ово можете да опозовете.</numerusform>
            <numerusform>„%1“ је задужено за %n картице (и трака: %2). Картице остају на свом месту, без власника, а траке постају обичне траке. Ово можете да опозовете.</numerusform>
            <numerusform>„%1“ је задужено за %n картица (и трака: %2). Картице остају на свом месту, без власника, а траке постају обичне траке. Ово можете да опозовете.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::EffortTargetEdit</name>
    <message>
        <source>same</source>
        <translation>исто</translation>
    </message>
    <message>
        <source>new value</source>
        <translation>нова вредност</translation>
    </message>
    <message>
        <source>− %</source>
        <comment>reduce by a percentage</comment>
        <translation>− %</translation>
    </message>
    <message>
        <source>Unchanged, a new value, or a reduction in percent of today's</source>
        <translation>Без промене, нова вредност или смањење у процентима од данашње</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
</context>
<context>
    <name>waymark::EvidenceField</name>
    <message>
        <source>What the card rests on: a guess, what the people in the room know, research (interviews, observation) or measured data</source>
        <translation>На чему картица почива: нагађање, оно што људи у просторији знају, истраживање (интервјуи, посматрање) или измерени подаци</translation>
    </message>
    <message numerus="yes">
        <source>measured: %Ln answers</source>
        <extracomment>Beside the stated level: the card counts as measured because of its answers. %1: a number</extracomment>
        <translation>
            <numerusform>измерено: %Ln одговор</numerusform>
            <numerusform>измерено: %Ln одговора</numerusform>
            <numerusform>измерено: %Ln одговора</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers to this card's data key: at least %2 in one survey count as measured data, whatever the card states</source>
        <translation>Одговора за кључ података ове картице: %1. Најмање %2 у једној анкети рачуна се као измерени подаци, шта год картица наводи</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answers</source>
        <translation>
            <numerusform>%Ln одговор</numerusform>
            <numerusform>%Ln одговора</numerusform>
            <numerusform>%Ln одговора</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers to this card's data key; %2 in one survey would count as measured data</source>
        <translation>Одговора за кључ података ове картице: %1. Са %2 у једној анкети то би се рачунало као измерени подаци</translation>
    </message>
</context>
<context>
    <name>waymark::ExplanationDialog</name>
    <message>
        <source>How the numbers of “%1” are made</source>
        <translation>Како су добијени бројеви за „%1“</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатељ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Вредност</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Изостављено: %1</translation>
    </message>
</context>
<context>
    <name>waymark::ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Извоз у PDF</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Величина:</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Водоравно</translation>
    </message>
    <message>
        <source>&amp;Portrait</source>
        <translation>&amp;Усправно</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Оријентација:</translation>
    </message>
    <message>
        <source>&amp;Fit the map to one page</source>
        <translation>Уклопи &amp;мапу на једну страницу</translation>
    </message>
    <message>
        <source>&amp;Tile at full size (a poster)</source>
        <translation>По&amp;плочај у пуној величини (постер)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <source>Tiles &amp;overlap by:</source>
        <translation>П&amp;реклапање делова:</translation>
    </message>
    <message>
        <source>Executive &amp;summary in front</source>
        <translation>&amp;Резиме за руководство на почетку</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>На мапи</translation>
    </message>
    <message>
        <source>&amp;Effort badges</source>
        <translation>Ознаке &amp;напора</translation>
    </message>
    <message>
        <source>&amp;Heatmap:</source>
        <translation>&amp;Топлотна мапа:</translation>
    </message>
    <message>
        <source>E&amp;motion curve</source>
        <translation>Крива &amp;емоције</translation>
    </message>
    <message>
        <source>&amp;CLV at risk</source>
        <translation>&amp;Угрожени CLV</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Сва одељења</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;За:</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Извези PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Ш&amp;тампај…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF датотеке (*.pdf)</translation>
    </message>
    <message>
        <source>One tile per ticked figure; drag to change the order — the first one's trend and stages are charted</source>
        <translation>По један блок за сваки означени показатељ; превуците да бисте променили редослед — за први се цртају графикони тренда и фаза</translation>
    </message>
    <message>
        <source>Summary fi&amp;gures:</source>
        <translation>П&amp;оказатељи резимеа:</translation>
    </message>
    <message>
        <source>Survey &amp;figures (as on the canvas)</source>
        <translation>Показатељи &amp;анкета (као на платну)</translation>
    </message>
    <message>
        <source>Choose the summary's figures</source>
        <translation>Избор показатеља резимеа</translation>
    </message>
    <message>
        <source>&amp;Future-state map after the map</source>
        <translation>Мапа &amp;будућег стања после мапе</translation>
    </message>
    <message>
        <source>The journey with the chosen scenario's opportunities applied: changed effort, removed and added steps</source>
        <translation>Путовање са примењеним приликама изабраног сценарија: промењен напор, уклоњени и додати кораци</translation>
    </message>
    <message>
        <source>Evi&amp;dence (what each card rests on)</source>
        <translation>Основе (на чему почива свака &amp;картица)</translation>
    </message>
    <message numerus="yes">
        <source>Pict&amp;ures on the cards after the map (%n)</source>
        <translation>
            <numerusform>&amp;Слике са картица после мапе (%n)</numerusform>
            <numerusform>&amp;Слике са картица после мапе (%n)</numerusform>
            <numerusform>&amp;Слике са картица после мапе (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Each picture with its card and caption, for readers who were not at the wall</source>
        <translation>Свака слика са својом картицом и натписом, за читаоце који нису били код зида</translation>
    </message>
    <message>
        <source>Pe&amp;rsona cards before the map</source>
        <translation>Карти&amp;це персона пре мапе</translation>
    </message>
    <message>
        <source>Each persona's photo, goals and frustrations, and the steps that hurt them most</source>
        <translation>Фотографија, циљеви и фрустрације сваке персоне, и кораци који јој највише тешко падају</translation>
    </message>
    <message>
        <source>None of this journey's personas has a description, goals, frustrations or a photo yet</source>
        <translation>Ниједна персона овог путовања још нема опис, циљеве, фрустрације ни фотографију</translation>
    </message>
</context>
<context>
    <name>waymark::FindBar</name>
    <message>
        <source>Find a card</source>
        <translation>Пронађи картицу</translation>
    </message>
    <message>
        <source>Searches the titles, descriptions, notes and data keys of the cards</source>
        <translation>Претражује наслове, описе, белешке и кључеве података картица</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 од %2</translation>
    </message>
    <message>
        <source>&amp;Find Card…</source>
        <translation>П&amp;ронађи картицу…</translation>
    </message>
    <message>
        <source>Find a card by its title, description, notes or data key</source>
        <translation>Пронађите картицу по наслову, опису, белешкама или кључу података</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Пронађи &amp;наредну</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Пронађи прет&amp;ходну</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Претходно подударање (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Следеће подударање (Enter, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Затвори (Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Нема подударања</translation>
    </message>
</context>
<context>
    <name>waymark::FollowMe</name>
    <message>
        <source>&amp;Present (Everyone Follows Me)</source>
        <translation>&amp;Презентуј (сви прате мене)</translation>
    </message>
    <message>
        <source>Everyone's canvas follows yours — where you scroll, how far you zoom, the card you select — until you stop</source>
        <translation>Свачије платно прати ваше — куда померате, колико увећавате, коју картицу бирате — док не зауставите</translation>
    </message>
    <message>
        <source>Only the facilitator presents</source>
        <translation>Презентује само фасилитатор</translation>
    </message>
    <message>
        <source>▶ Following %1</source>
        <translation>▶ Пратите: %1</translation>
    </message>
    <message>
        <source>Follow %1 again</source>
        <translation>Поново прати: %1</translation>
    </message>
    <message>
        <source>%1 is presenting; you scrolled away. Back to where they look.</source>
        <translation>%1 презентује, а ви сте се удаљили. Назад тамо где гледа.</translation>
    </message>
</context>
<context>
    <name>waymark::HeatmapWeightsDialog</name>
    <message>
        <source>Heatmap Weights</source>
        <translation>Пондери топлотне мапе</translation>
    </message>
    <message>
        <source>Weighted cost in %1 = time weight × hours × hour value + money weight × amount + emotion weight × emotion (0–10) × point value. Cards in other currencies count by time and emotion only.</source>
        <translation>Пондерисани трошак у %1 = пондер времена × сати × вредност сата + пондер новца × износ + пондер емоције × емоција (0–10) × вредност поена. Картице у другим валутама рачунају се само по времену и емоцији.</translation>
    </message>
    <message>
        <source>&amp;Time weight:</source>
        <translation>Пондер &amp;времена:</translation>
    </message>
    <message>
        <source>&amp;Money weight:</source>
        <translation>Пондер &amp;новца:</translation>
    </message>
    <message>
        <source>&amp;Emotion weight:</source>
        <translation>Пондер &amp;емоције:</translation>
    </message>
    <message>
        <source>What an hour of the customer's time is worth</source>
        <translation>Колико вреди један сат корисниковог времена</translation>
    </message>
    <message>
        <source>Value of the customer's &amp;hour:</source>
        <translation>Вредност корисниковог &amp;сата:</translation>
    </message>
    <message>
        <source>What one point of negative emotion (on the 0–10 scale) is worth</source>
        <translation>Колико вреди један поен негативне емоције (на скали 0–10)</translation>
    </message>
    <message>
        <source>Value of one emotion &amp;point:</source>
        <translation>Вредност једног &amp;поена емоције:</translation>
    </message>
    <message>
        <source>Change heatmap weights</source>
        <translation>Промена пондера топлотне мапе</translation>
    </message>
</context>
<context>
    <name>waymark::HotspotsDock</name>
    <message>
        <source>Effort hotspots</source>
        <translation>Жаришта напора</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>&amp;Рангирај по:</translation>
    </message>
    <message>
        <source>No card costs the customer anything on this measure yet.</source>
        <translation>По овом мерилу ниједна картица још ништа не кошта корисника.</translation>
    </message>
    <message>
        <source>No card's data key has answers of %1 yet.</source>
        <translation>Ни за један кључ података на картицама још нема %1 одговора.</translation>
    </message>
    <message>
        <source>Create Opportunity…</source>
        <translation>Направи прилику…</translation>
    </message>
    <message>
        <source>An improvement for the business case, linked to the selected cards</source>
        <translation>Побољшање за пословни случај, повезано са изабраним картицама</translation>
    </message>
</context>
<context>
    <name>waymark::HotspotsModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Картица</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Трака</translation>
    </message>
    <message>
        <source>Only %1 answers: too few to trust, so this figure is a weak signal.</source>
        <translation>Број одговора је само %1, што је премало за поуздан закључак, па је овај показатељ слаб сигнал.</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>Одговора: %1</translation>
    </message>
</context>
<context>
    <name>waymark::ImportDialog</name>
    <message>
        <source>Rows That Cannot Be Imported</source>
        <translation>Редови који не могу да се увезу</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) cannot be imported. %1 valid row(s) can.</source>
        <translation>
            <numerusform>%Ln ред не може да се увезе. Исправних редова који могу да се увезу: %1.</numerusform>
            <numerusform>%Ln реда не могу да се увезу. Исправних редова који могу да се увезу: %1.</numerusform>
            <numerusform>%Ln редова не може да се увезе. Исправних редова који могу да се увезу: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 Valid Rows</source>
        <translation>Увези исправне редове (%1)</translation>
    </message>
    <message>
        <source>Import Customer Lifetime Values</source>
        <translation>Увоз животних вредности корисника</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Није могуће отворити %1: %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Аутоматски</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (ћирилица)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (западноевропско)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодирање:</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Зарез ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Тачка и зарез ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табулатор</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>Усправна црта |</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Раздвајач:</translation>
    </message>
    <message>
        <source>Day first (31.12.2024, 31/12/2024)</source>
        <translation>Прво дан (31.12.2024, 31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Прво месец (12/31/2024)</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>&amp;Датуми:</translation>
    </message>
    <message>
        <source>Choose what each column holds (first row). Columns left at “Ignore” are not imported.</source>
        <translation>Изаберите шта садржи која колона (први ред). Колоне остављене на „Занемари“ неће бити увезене.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Увези</translation>
    </message>
    <message>
        <source>Choose the encoding the file was saved in (Russian, Ukrainian and Serbian Excel files are often Windows-1251).</source>
        <translation>Изаберите кодирање у коме је датотека сачувана (Excel датотеке на руском, украјинском и српском често су у кодирању Windows-1251).</translation>
    </message>
    <message>
        <source>The dates could be day-first or month-first: choose which under “Dates”.</source>
        <translation>Датуми могу почињати и даном и месецом: изаберите редослед под „Датуми“.</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Занемари</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Увоз: %1…</translation>
    </message>
    <message>
        <source>Import Survey Answers</source>
        <translation>Увоз одговора из анкета</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Метрика:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>Nothing can be imported yet: %1</source>
        <translation>Још нема шта да се увезе: %1</translation>
    </message>
    <message>
        <source>Counting the rows of the whole file…</source>
        <translation>Бројање редова у целој датотеци…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be imported</source>
        <translation>
            <numerusform>Биће увезен %Ln ред</numerusform>
            <numerusform>Биће увезена %Ln реда</numerusform>
            <numerusform>Биће увезено %Ln редова</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; none refused.</source>
        <comment>N rows will be imported; none refused</comment>
        <translation>%1; ниједан није одбијен.</translation>
    </message>
    <message>
        <source>%1, %2 refused (first ones below; Import leaves them out).</source>
        <comment>N rows will be imported, M refused</comment>
        <translation>%1, одбијено: %2 (први испод; увоз их изоставља).</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Ништа не може да се увезе: %1</translation>
    </message>
</context>
<context>
    <name>waymark::ImportIssueTable</name>
    <message>
        <source>Line</source>
        <translation>Ред</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Колона</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Вредност</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблем</translation>
    </message>
</context>
<context>
    <name>waymark::ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>Увоз је завршен</translation>
    </message>
    <message>
        <source>The dataset “%1” was added to the journey.</source>
        <translation>Скуп података „%1“ је додат путу корисника.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported from %1.</source>
        <translation>
            <numerusform>Увезен је %Ln ред из %1.</numerusform>
            <numerusform>Увезена су %Ln реда из %1.</numerusform>
            <numerusform>Увезено је %Ln редова из %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row was refused.</source>
        <translation>Ниједан ред није одбијен.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused: they are not in the dataset.</source>
        <translation>
            <numerusform>Одбијен је %Ln ред: није у скупу података.</numerusform>
            <numerusform>Одбијена су %Ln реда: нису у скупу података.</numerusform>
            <numerusform>Одбијено је %Ln редова: нису у скупу података.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (%1) takes the whole import back.</source>
        <translation>Опозови (%1) поништава цео увоз.</translation>
    </message>
    <message>
        <source>The first %1 refused rows are listed.</source>
        <translation>Приказано је првих %1 одбијених редова.</translation>
    </message>
    <message>
        <source>&amp;Show Refused Rows…</source>
        <translation>&amp;Прикажи одбијене редове…</translation>
    </message>
</context>
<context>
    <name>waymark::JourneyInfoDock</name>
    <message>
        <source>Journey</source>
        <translation>Путовање</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Наслов:</translation>
    </message>
    <message>
        <source>What the customer sets out to do in this journey</source>
        <translation>Шта корисник жели да постигне на овом путовању</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Сценарио:</translation>
    </message>
    <message>
        <source>The currency new cards take (ISO 4217 code)</source>
        <translation>Валута нових картица (ISO 4217 код)</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валута:</translation>
    </message>
    <message>
        <source>Change journey title</source>
        <translation>Промена наслова путовања</translation>
    </message>
    <message>
        <source>Change journey scenario</source>
        <translation>Промена сценарија путовања</translation>
    </message>
    <message>
        <source>Change journey currency</source>
        <translation>Промена валуте путовања</translation>
    </message>
    <message>
        <source>The department that owns this journey: shown in the portfolio of a folder of journeys</source>
        <translation>Одељење које је носилац овог путовања: приказује се у портфолију фасцикле са путовањима</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Носи&amp;лац:</translation>
    </message>
    <message>
        <source>No owner named</source>
        <translation>Носилац није наведен</translation>
    </message>
    <message>
        <source>Change Owner</source>
        <translation>Промена носиоца</translation>
    </message>
</context>
<context>
    <name>waymark::JourneyScene</name>
    <message>
        <source>New card</source>
        <translation>Нова картица</translation>
    </message>
</context>
<context>
    <name>waymark::JourneyView</name>
    <message>
        <source>Journey canvas</source>
        <translation>Платно путовања</translation>
    </message>
    <message>
        <source>Rename card</source>
        <translation>Преименовање картице</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Преименовање фазе</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Преименовање траке</translation>
    </message>
</context>
<context>
    <name>waymark::LaneDialog</name>
    <message>
        <source>Lane Properties</source>
        <translation>Својства траке</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Врста:</translation>
    </message>
    <message>
        <source>Customer and front-office lanes sit above the line of visibility; middle and back office below it</source>
        <translation>Траке корисника и фронт-офиса налазе се изнад линије видљивости, а траке мидл-офиса и бек-офиса испод ње</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>(choose a department)</source>
        <translation>(изаберите одељење)</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Одељење:</translation>
    </message>
    <message>
        <source>Add departments with Journey → Departments… first</source>
        <translation>Прво додајте одељења преко менија Путовање → Одељења…</translation>
    </message>
    <message>
        <source>A lane needs a name.</source>
        <translation>Трака мора да има назив.</translation>
    </message>
    <message>
        <source>Choose the department this lane shows.</source>
        <translation>Изаберите одељење које ова трака приказује.</translation>
    </message>
    <message>
        <source>There are no departments yet: add them with Journey → Departments….</source>
        <translation>Још нема одељења: додајте их преко менија Путовање → Одељења….</translation>
    </message>
    <message>
        <source>Change lane</source>
        <translation>Промена траке</translation>
    </message>
</context>
<context>
    <name>waymark::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Језик</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Језик система</translation>
    </message>
</context>
<context>
    <name>waymark::LifetimeValueDialog</name>
    <message>
        <source>Lifetime Value and Churn</source>
        <translation>Животна вредност и одлазак корисника</translation>
    </message>
    <message>
        <source>This journey holds no purchases yet. Import them (customer, date, amount; CSV, Excel or JSON) and Waymark estimates each customer's lifetime value and the chance they are still a customer, with the BG/NBD or Pareto/NBD model and the Gamma-Gamma spend model.</source>
        <translation>Ово путовање још нема куповине. Увезите их (корисник, датум, износ; CSV, Excel или JSON) и Waymark ће проценити животну вредност сваког корисника и вероватноћу да је и даље ваш корисник, помоћу модела BG/NBD или Pareto/NBD и Gamma-Gamma модела потрошње.</translation>
    </message>
    <message>
        <source>Import Purchases…</source>
        <translation>Увези куповине…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Општи преглед</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Корисници</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Број</translation>
    </message>
    <message>
        <source>Mean P(alive)</source>
        <translation>Просечна P(alive)</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>Просечни CLV</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Угрожени</translation>
    </message>
    <message>
        <source>At risk: CLV if retained</source>
        <translation>Угрожени: CLV ако се задрже</translation>
    </message>
    <message>
        <source>By NPS category and segment</source>
        <translation>По NPS категорији и сегменту</translation>
    </message>
    <message>
        <source>Why customers leave</source>
        <translation>Зашто корисници одлазе</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Уклапање модела</translation>
    </message>
    <message>
        <source>Calibration ends</source>
        <translation>Крај калибрације</translation>
    </message>
    <message>
        <source>Purchases after this day are kept aside to check the forecast (the holdout). Unticked: the model learns from every purchase.</source>
        <translation>Куповине после овог дана остављају се по страни за проверу прогнозе (контролни узорак). Ако није означено, модел учи из свих куповина.</translation>
    </message>
    <message>
        <source>Lifetime value counts the purchases expected in this many months</source>
        <translation>Животна вредност обухвата куповине очекиване у овом броју месеци</translation>
    </message>
    <message>
        <source>Annual discount rate: money a year from now is worth this much less than today</source>
        <translation>Годишња дисконтна стопа: колико новац за годину дана вреди мање него данас</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дани</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>недеље</translation>
    </message>
    <message>
        <source>months</source>
        <translation>месеци</translation>
    </message>
    <message>
        <source>The unit the model measures time in; lifetime values do not depend on it</source>
        <translation>Јединица у којој модел мери време; животне вредности не зависе од ње</translation>
    </message>
    <message>
        <source>Horizon (months)</source>
        <translation>Хоризонт (месеци)</translation>
    </message>
    <message>
        <source>Discount a year</source>
        <translation>Дисконт годишње</translation>
    </message>
    <message>
        <source>Time unit</source>
        <translation>Јединица времена</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модел</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Параметар</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Процена</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Стандардна грешка</translation>
    </message>
    <message>
        <source>Touchpoints where customers who are probably gone (P(alive) below %1) answered as detractors, with what those customers would be worth if won back.</source>
        <translation>Додирне тачке на којима су корисници који су вероватно отишли (P(alive) испод %1) одговарали као критичари, уз вредност коју би ти корисници имали да се врате.</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Додирна тачка</translation>
    </message>
    <message>
        <source>CLV if retained</source>
        <translation>CLV ако се задрже</translation>
    </message>
    <message>
        <source>Select These Cards on the Map</source>
        <translation>Изабери ове картице на мапи</translation>
    </message>
    <message>
        <source>Change Lifetime Value Model</source>
        <translation>Промена модела животне вредности</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 customers, %3 of whom bought again, from %4 to %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 корисника, од којих је %3 поново куповало, од %4 до %5.</translation>
    </message>
    <message numerus="yes">
        <source>Lifetime value over the next %n month(s): &lt;b&gt;%1&lt;/b&gt; in all, %2 per customer on average.</source>
        <translation>
            <numerusform>Животна вредност у наредном периоду од %n месеца: укупно &lt;b&gt;%1&lt;/b&gt;, у просеку %2 по кориснику.</numerusform>
            <numerusform>Животна вредност у наредном периоду од %n месеца: укупно &lt;b&gt;%1&lt;/b&gt;, у просеку %2 по кориснику.</numerusform>
            <numerusform>Животна вредност у наредном периоду од %n месеци: укупно &lt;b&gt;%1&lt;/b&gt;, у просеку %2 по кориснику.</numerusform>
        </translation>
    </message>
    <message>
        <source>On average a customer is still buying with a probability of %1; &lt;b&gt;%2&lt;/b&gt; valuable customers are probably gone (at risk), worth %3 if won back.</source>
        <translation>Корисник у просеку и даље купује са вероватноћом од %1; &lt;b&gt;%2&lt;/b&gt; вредних корисника је вероватно отишло (угрожени), а вредели би %3 ако се врате.</translation>
    </message>
    <message>
        <source>%1 fits these purchases better (log-likelihood %2 against %3).</source>
        <translation>%1 боље описује ове куповине (лог-веродостојност %2 наспрам %3).</translation>
    </message>
    <message>
        <source>Rows: %1 used before the calibration end, %2 after it (the holdout); %3 returns or refunds (negative amounts) left out; %4 worth 0 and %5 repeated rows kept; %6 customers first bought after the calibration end and are not modelled.</source>
        <translation>Редови: %1 коришћено пре краја калибрације, %2 после њега (контролни узорак); %3 повраћаја или рефундација (негативни износи) изостављено; %4 вредних 0 и %5 поновљених редова задржано; %6 корисника је први пут куповало после краја калибрације и нису моделовани.</translation>
    </message>
    <message>
        <source>log-likelihood</source>
        <translation>лог-веродостојност</translation>
    </message>
    <message numerus="yes">
        <source>Gamma-Gamma spend (%n repeat buyer(s))</source>
        <translation>
            <numerusform>Gamma-Gamma потрошња (%n купац који се вратио)</numerusform>
            <numerusform>Gamma-Gamma потрошња (%n купца који су се вратили)</numerusform>
            <numerusform>Gamma-Gamma потрошња (%n купаца који су се вратили)</numerusform>
        </translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Сви корисници</translation>
    </message>
    <message>
        <source>No NPS answer</source>
        <translation>Нема NPS одговора</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Сегмент: %1</translation>
    </message>
    <message>
        <source>At risk: P(alive) below %1 and, if retained, worth at least %2 (the top quarter of customers).</source>
        <translation>Угрожени: P(alive) испод %1 и, ако се задрже, вредност од најмање %2 (горња четвртина корисника).</translation>
    </message>
    <message>
        <source>%1 (no card has this data key)</source>
        <translation>%1 (ниједна картица нема овај кључ података)</translation>
    </message>
    <message>
        <source>Import NPS answers with customer ids to see where leaving customers were detractors.</source>
        <translation>Увезите NPS одговоре са ID-јевима корисника да бисте видели где су корисници који одлазе били критичари.</translation>
    </message>
    <message>
        <source>Holdout after the calibration end: %1 repeat purchases happened, the model expected %2 (%3).</source>
        <translation>Контролни узорак после краја калибрације: обављено је %1 поновљених куповина, модел је очекивао %2 (%3).</translation>
    </message>
    <message>
        <source>No holdout: set a calibration end before the last purchase to check the forecast against what happened.</source>
        <translation>Нема контролног узорка: поставите крај калибрације пре последње куповине да бисте прогнозу упоредили са оним што се десило.</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers… The NPS categories appear here when they are read.</source>
        <translation>Читају се %L1 одговора из анкете… NPS категорије појавиће се овде чим одговори буду учитани.</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value model to %L1 customers…</source>
        <translation>Модел животне вредности се прилагођава подацима о купцима (%L1)…</translation>
    </message>
</context>
<context>
    <name>waymark::LinkedJourneyField</name>
    <message>
        <source>Choose…</source>
        <translation>Изабери…</translation>
    </message>
    <message>
        <source>Link a journey file that details this step (a sub-journey)</source>
        <translation>Повежите датотеку путовања која детаљно описује овај корак (подпутовање)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <source>Open the linked journey</source>
        <translation>Отвори повезано путовање</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Уклони</translation>
    </message>
    <message>
        <source>Remove the link (the linked file stays)</source>
        <translation>Уклони везу (повезана датотека остаје)</translation>
    </message>
    <message>
        <source>None: link a journey that details this step.</source>
        <translation>Нема: повежите путовање које детаљно описује овај корак.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n card(s), customer time %3</source>
        <translation>
            <numerusform>%1 (%2): %n картица, време корисника %3</numerusform>
            <numerusform>%1 (%2): %n картице, време корисника %3</numerusform>
            <numerusform>%1 (%2): %n картица, време корисника %3</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS %1 ± %2</source>
        <translation>NPS %1 ± %2</translation>
    </message>
    <message>
        <source>Cannot follow the link: %1</source>
        <translation>Веза не може да се прати: %1</translation>
    </message>
    <message>
        <source>Link a Journey</source>
        <translation>Повезивање путовања</translation>
    </message>
    <message>
        <source>Save this journey first: the link is kept relative to its folder, so the folder can move.</source>
        <translation>Прво сачувајте ово путовање: веза се чува релативно у односу на његову фасциклу, па фасцикла може да се премести.</translation>
    </message>
    <message>
        <source>Journeys (*.waymark *.waymark.json)</source>
        <translation>Путовања (*.waymark *.waymark.json)</translation>
    </message>
    <message>
        <source>A card cannot link to the journey it is on.</source>
        <translation>Картица не може да се повеже са путовањем на којем се налази.</translation>
    </message>
</context>
<context>
    <name>waymark::LockControls</name>
    <message>
        <source>Lock &amp;Lane</source>
        <translation>Закључај &amp;траку</translation>
    </message>
    <message>
        <source>Lock &amp;Stage</source>
        <translation>Закључај &amp;фазу</translation>
    </message>
    <message>
        <source>&amp;Freeze the Board</source>
        <translation>&amp;Замрзни таблу</translation>
    </message>
    <message>
        <source>Only the facilitator locks lanes and stages and freezes the board</source>
        <translation>Само фасилитатор закључава траке и фазе и замрзава таблу</translation>
    </message>
    <message>
        <source>Click a cell first: the lock is for its lane or stage</source>
        <translation>Прво кликните ћелију: закључава се њена трака или фаза</translation>
    </message>
    <message>
        <source>Unlock “%1”</source>
        <translation>Откључај „%1“</translation>
    </message>
    <message>
        <source>Only the facilitators and the lane's department may change the cards in “%1”</source>
        <translation>Картице у „%1“ моћи ће да мењају само фасилитатори и одељење траке</translation>
    </message>
    <message>
        <source>You are a facilitator: you may change them.</source>
        <translation>Ви сте фасилитатор: можете да их мењате.</translation>
    </message>
    <message>
        <source>Freeze the Board</source>
        <translation>Замрзни таблу</translation>
    </message>
    <message>
        <source>Lock Lane</source>
        <translation>Закључај траку</translation>
    </message>
    <message>
        <source>Lock Stage</source>
        <translation>Закључај фазу</translation>
    </message>
    <message>
        <source>Why? Everyone sees it (you may leave it empty):</source>
        <translation>Зашто? Сви ће то видети (може остати празно):</translation>
    </message>
    <message>
        <source>Not locked: %1</source>
        <translation>Није закључано: %1</translation>
    </message>
    <message>
        <source>%1 froze the board.</source>
        <translation>%1 је замрзнуо/ла таблу.</translation>
    </message>
    <message>
        <source>%1 unfroze the board.</source>
        <translation>%1 је одмрзнуо/ла таблу.</translation>
    </message>
    <message>
        <source>%1 locked the lane “%2”.</source>
        <translation>%1 је закључао/ла траку „%2“.</translation>
    </message>
    <message>
        <source>%1 unlocked the lane “%2”.</source>
        <translation>%1 је откључао/ла траку „%2“.</translation>
    </message>
    <message>
        <source>%1 locked the stage “%2”.</source>
        <translation>%1 је закључао/ла фазу „%2“.</translation>
    </message>
    <message>
        <source>%1 unlocked the stage “%2”.</source>
        <translation>%1 је откључао/ла фазу „%2“.</translation>
    </message>
</context>
<context>
    <name>waymark::LockVeil</name>
    <message>
        <source>Frozen by %1%2</source>
        <translation>Замрзнуо/ла: %1%2</translation>
    </message>
    <message>
        <source>Locked by %1%2</source>
        <translation>Закључао/ла: %1%2</translation>
    </message>
    <message>
        <source>Only facilitators may change the board while it is frozen.</source>
        <translation>Док је табла замрзнута, могу је мењати само фасилитатори.</translation>
    </message>
    <message>
        <source>Only facilitators and the lane's department may change the cards here.</source>
        <translation>Картице овде могу мењати само фасилитатори и одељење ове траке.</translation>
    </message>
</context>
<context>
    <name>waymark::MainWindow</name>
    <message>
        <source>Waymark journeys (*.waymark)</source>
        <translation>Waymark путовања (*.waymark)</translation>
    </message>
    <message>
        <source>Waymark JSON (*.waymark.json *.json)</source>
        <translation>Waymark JSON (*.waymark.json *.json)</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Ново путовање</translation>
    </message>
    <message>
        <source>Aware</source>
        <translation>Упознавање</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Приступање</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Коришћење</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Одлазак</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Радње корисника</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Додирне тачке</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Бек-офис</translation>
    </message>
    <message>
        <source>Double-click to edit the title, scenario and persona</source>
        <translation>Двапут кликните да бисте уредили наслов, сценарио и персону</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Датотека</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ново</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Нови &amp;прозор</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Отвори…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Отвори &amp;недавно</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сачувај &amp;као…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Увези JSON…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>Из&amp;вези JSON…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Изађи</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Уређивање</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Путовање</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>П&amp;риказ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>По&amp;моћ</translation>
    </message>
    <message>
        <source>&amp;About Waymark</source>
        <translation>&amp;О програму Waymark</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Опозови</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Понови</translation>
    </message>
    <message>
        <source>%1[*] — Waymark</source>
        <translation>%1[*] — Waymark</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>Персоне: %1</translation>
    </message>
    <message>
        <source>Could not open the journey</source>
        <translation>Није могуће отворити путовање</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Отворено: %1</translation>
    </message>
    <message>
        <source>Could not save the journey</source>
        <translation>Није могуће сачувати путовање</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сачувано: %1</translation>
    </message>
    <message>
        <source>Open journey</source>
        <translation>Отварање путовања</translation>
    </message>
    <message>
        <source>Save journey as</source>
        <translation>Чување путовања под другим именом</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>Увоз JSON-а</translation>
    </message>
    <message>
        <source>Could not import the journey</source>
        <translation>Није могуће увести путовање</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Извоз JSON-а</translation>
    </message>
    <message>
        <source>Could not export the journey</source>
        <translation>Није могуће извести путовање</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Извезено: %1</translation>
    </message>
    <message>
        <source>About Waymark</source>
        <translation>О програму Waymark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;Customer journey maps for workshops: map the journey together, see where it hurts the customer, and put numbers on it.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;Мапе путовања корисника за радионице: мапирајте путовање заједно, уочите где корисника боли и изразите то бројевима.&lt;/p&gt;&lt;p&gt;Направљено помоћу Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Датотека није пронађена</translation>
    </message>
    <message>
        <source>%1 no longer exists. It was removed from the recent files.</source>
        <translation>%1 више не постоји. Уклоњена је са листе недавних датотека.</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Обриши листу</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несачуване измене</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>„%1“ има несачуване измене. Желите ли да их сачувате?</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Путовање без наслова</translation>
    </message>
    <message>
        <source>Waymark closed without saving changes to the journey “%1”, which had never been saved to a file.
The changes were kept at %2.

Recover them?</source>
        <translation>Waymark је затворен без чувања измена на путовању „%1“, које никада није сачувано у датотеку.
Измене су сачуване у %2.

Желите ли да их вратите?</translation>
    </message>
    <message>
        <source>Waymark closed without saving changes to the journey “%1” in %2.
The changes were kept at %3.

Recover them?</source>
        <translation>Waymark је затворен без чувања измена на путовању „%1“ у %2.
Измене су сачуване у %3.

Желите ли да их вратите?</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Вратити несачуване измене?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Врати</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Одбаци</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Касније</translation>
    </message>
    <message>
        <source>Could not recover the journey</source>
        <translation>Није могуће вратити путовање</translation>
    </message>
    <message>
        <source>Show &amp;CLV at Risk on the Map</source>
        <translation>Прикажи &amp;угрожени CLV на мапи</translation>
    </message>
    <message>
        <source>On each card, the lifetime value of the customers who were detractors there (needs NPS and CLV data)</source>
        <translation>На свакој картици: животна вредност корисника који су на њој били критичари (потребни су NPS и CLV подаци)</translation>
    </message>
    <message>
        <source>No card has the data key “%1”.</source>
        <translation>Ниједна картица нема кључ података „%1“.</translation>
    </message>
    <message>
        <source>Import Customer Lifetime Values</source>
        <translation>Увоз животних вредности корисника</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) from %1</source>
        <translation>
            <numerusform>Увезен је %Ln ред из %1</numerusform>
            <numerusform>Увезена су %Ln реда из %1</numerusform>
            <numerusform>Увезено је %Ln редова из %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Извези &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;Image (PNG, SVG)…</source>
        <translation>Извези &amp;слику (PNG, SVG)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Ш&amp;тампај…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Пре&amp;глед пре штампе…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s)</source>
        <translation>
            <numerusform>Извезена је %Ln страница</numerusform>
            <numerusform>Извезене су %Ln странице</numerusform>
            <numerusform>Извезено је %Ln страница</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG слика (*.png)</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Извоз слике</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG слика (*.png);;SVG цртеж (*.svg)</translation>
    </message>
    <message>
        <source>Scale (1 = as on screen at 100 %, 2 = sharp on slides, 3.1 = 300 dpi print; at most %1):</source>
        <translation>Размера (1 = као на екрану при 100 %, 2 = оштро на слајдовима, 3,1 = штампа од 300 dpi; највише %1):</translation>
    </message>
    <message>
        <source>The new language applies when you start Waymark again.</source>
        <translation>Нови језик ће се применити када поново покренете Waymark.</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Workshop</source>
        <translation>Отвори &amp;пример радионице</translation>
    </message>
    <message>
        <source>Could not open the sample workshop</source>
        <translation>Није могуће отворити пример радионице</translation>
    </message>
    <message>
        <source>%1[*] (review) — Waymark</source>
        <translation>%1[*] (преглед) — Waymark</translation>
    </message>
    <message>
        <source>Review mode: the map is read-only; add comments in the Comments dock. Open the file normally to change the map.</source>
        <translation>Режим прегледа: мапа је само за читање; коментаре додајте у панелу „Коментари“. Да бисте мењали мапу, отворите датотеку на уобичајен начин.</translation>
    </message>
    <message>
        <source>Open for Re&amp;view…</source>
        <translation>Отвори за &amp;преглед…</translation>
    </message>
    <message>
        <source>Open journey for review</source>
        <translation>Отварање путовања за преглед</translation>
    </message>
    <message>
        <source>Waymark journeys (*.waymark *.waymark.json)</source>
        <translation>Waymark путовања (*.waymark *.waymark.json)</translation>
    </message>
    <message>
        <source>Read a workshop's result and comment on it without changing the map</source>
        <translation>Прочитајте резултат радионице и коментаришите га без мењања мапе</translation>
    </message>
    <message>
        <source>Compare with &amp;Earlier Version…</source>
        <translation>Упореди са &amp;ранијом верзијом…</translation>
    </message>
    <message>
        <source>Review mode: “%1” was not done; the map is read-only. Comments are welcome.</source>
        <translation>Режим прегледа: радња „%1“ није извршена; мапа је само за читање. Коментари су добродошли.</translation>
    </message>
    <message>
        <source>Compare with an earlier version</source>
        <translation>Поређење са ранијом верзијом</translation>
    </message>
    <message>
        <source>Could not read the earlier version</source>
        <translation>Није могуће прочитати ранију верзију</translation>
    </message>
    <message>
        <source>%1 holds a different journey: every card shows as added or removed.</source>
        <translation>%1 садржи друго путовање: свака картица ће бити приказана као додата или уклоњена.</translation>
    </message>
    <message>
        <source>There is no participant %1: add people in the Workshop dock.</source>
        <translation>Нема учесника %1: додајте људе на панелу „Радионица“.</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Презентација</translation>
    </message>
    <message>
        <source>Full screen, stage by stage (Page Down / Page Up), for the projector; Esc leaves</source>
        <translation>Цео екран, фазу по фазу (Page Down / Page Up), за пројектор; Esc за излаз</translation>
    </message>
    <message>
        <source>Show Survey &amp;Figures on the Map</source>
        <translation>Прикажи резултате &amp;анкета на мапи</translation>
    </message>
    <message>
        <source>Badges on cards and stages from the newest dataset of the chosen metric (grey and hatched for small samples)</source>
        <translation>Ознаке на картицама и фазама из најновијег скупа података изабране метрике (сиве и шрафиране када је узорак мали)</translation>
    </message>
    <message>
        <source>Figures on the &amp;Map</source>
        <translation>По&amp;казатељи на мапи</translation>
    </message>
    <message>
        <source>Import Survey Answers</source>
        <translation>Увоз одговора из анкета</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.json *.ndjson *.xlsx);;All files (*)</source>
        <translation>Датотеке података (*.csv *.tsv *.txt *.json *.ndjson *.xlsx);;Све датотеке (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s) created from the vote: fill in their costs and effects in the Opportunities dock.</source>
        <translation>
            <numerusform>Из гласања је направљена %n прилика: унесите трошкове и ефекте у панелу „Прилике“.</numerusform>
            <numerusform>Из гласања су направљене %n прилике: унесите трошкове и ефекте у панелу „Прилике“.</numerusform>
            <numerusform>Из гласања је направљено %n прилика: унесите трошкове и ефекте у панелу „Прилике“.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Opport&amp;unity…</source>
        <translation>Нова при&amp;лика…</translation>
    </message>
    <message>
        <source>An improvement for the business case: what it costs and what it changes on the map</source>
        <translation>Побољшање за пословни случај: колико кошта и шта мења на мапи</translation>
    </message>
    <message>
        <source>&amp;Business Settings…</source>
        <translation>&amp;Пословна подешавања…</translation>
    </message>
    <message>
        <source>Customers per year, value of the customer's hour, cost per contact, horizon and discount rate</source>
        <translation>Корисници годишње, вредност сата корисника, трошак по контакту, хоризонт и дисконтна стопа</translation>
    </message>
    <message>
        <source>Review mode: opportunities cannot be added; the journey is read-only.</source>
        <translation>Режим прегледа: прилике не могу да се додају; путовање је само за читање.</translation>
    </message>
    <message>
        <source>These cards are not on today's map: only today's cards can be linked to an opportunity.</source>
        <translation>Ове картице нису на данашњој мапи: са приликом могу да се повежу само данашње картице.</translation>
    </message>
    <message>
        <source>Journey &amp;State</source>
        <translation>&amp;Стање путовања</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Данас</translation>
    </message>
    <message>
        <source>The journey as customers live it today</source>
        <translation>Путовање онако како га корисници данас проживљавају</translation>
    </message>
    <message>
        <source>Ctrl+Alt+1</source>
        <translation>Ctrl+Alt+1</translation>
    </message>
    <message>
        <source>&amp;Future</source>
        <translation>&amp;Будуће стање</translation>
    </message>
    <message>
        <source>The journey with the chosen scenario's opportunities applied</source>
        <translation>Путовање са примењеним приликама изабраног сценарија</translation>
    </message>
    <message>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <source>&amp;Compare Today and Future</source>
        <translation>&amp;Упореди данас и будуће стање</translation>
    </message>
    <message>
        <source>The future map with what changes marked: effort today on changed cards, removed and new steps</source>
        <translation>Будућа мапа са означеним изменама: данашњи напор на измењеним картицама, уклоњени и нови кораци</translation>
    </message>
    <message>
        <source>Ctrl+Alt+3</source>
        <translation>Ctrl+Alt+3</translation>
    </message>
    <message>
        <source>The future state is a preview of the chosen scenario: switch to Today (Ctrl+Alt+1) to edit the map.</source>
        <translation>Будуће стање је преглед изабраног сценарија: да бисте уређивали мапу, пређите на „Данас“ (Ctrl+Alt+1).</translation>
    </message>
    <message>
        <source>every opportunity</source>
        <translation>свих прилика</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Future state after %1</source>
        <translation>Будуће стање после %1</translation>
    </message>
    <message>
        <source>Comparing today with the future after %1</source>
        <translation>Поређење данашњег стања са будућим после %1</translation>
    </message>
    <message>
        <source>A read-only preview. Switch back with View → Journey State → Today (Ctrl+Alt+1).</source>
        <translation>Преглед само за читање. Назад: Приказ → Стање путовања → Данас (Ctrl+Alt+1).</translation>
    </message>
    <message>
        <source>Reload the journey?</source>
        <translation>Поново учитати путовање?</translation>
    </message>
    <message>
        <source>Reload “%1” from disk? Your changes since the last save are lost.</source>
        <translation>Поново учитати „%1“ са диска? Измене од последњег чувања биће изгубљене.</translation>
    </message>
    <message>
        <source>“%1” was removed or renamed on disk by another program. Save writes it again. &lt;a href="hide"&gt;Hide&lt;/a&gt;</source>
        <translation>Други програм је уклонио или преименовао датотеку „%1“ на диску. Када сачувате, биће поново уписана. &lt;a href="hide"&gt;Сакриј&lt;/a&gt;</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program. &lt;a href="reload"&gt;Reload it&lt;/a&gt; to see those changes (your changes since the last save are lost), or keep working: Save asks before overwriting them. &lt;a href="hide"&gt;Hide&lt;/a&gt;</source>
        <translation>Други програм је изменио датотеку „%1“ на диску. &lt;a href="reload"&gt;Поново је учитајте&lt;/a&gt; да бисте видели те измене (ваше измене од последњег чувања биће изгубљене) или наставите да радите: приликом чувања Waymark ће питати да ли да препише туђе измене. &lt;a href="hide"&gt;Сакриј&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The journey's file was removed on disk.</source>
        <translation>Датотека путовања је уклоњена са диска.</translation>
    </message>
    <message>
        <source>The journey's file changed on disk.</source>
        <translation>Датотека путовања је измењена на диску.</translation>
    </message>
    <message>
        <source>The file changed on disk</source>
        <translation>Датотека је измењена на диску</translation>
    </message>
    <message>
        <source>%1

It may hold an import or another person's edits. What should happen?</source>
        <translation>%1

Можда садржи увезене податке или измене друге особе. Шта желите да урадите?</translation>
    </message>
    <message>
        <source>Reload: open the file as it is now; your changes since the last save are lost.
Save As: keep both, yours in a new file.
Overwrite: replace the file with yours; the other changes are lost.</source>
        <translation>Поново учитај: отвара датотеку у тренутном стању; ваше измене од последњег чувања биће изгубљене.
Сачувај као: чува обе верзије, вашу у новој датотеци.
Препиши: замењује датотеку вашом верзијом; друге измене биће изгубљене.</translation>
    </message>
    <message>
        <source>Reload (Lose My Changes)</source>
        <translation>Поново учитај (одбаци моје измене)</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Сачувај као…</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Препиши</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Подаци</translation>
    </message>
    <message>
        <source>Import &amp;Survey…</source>
        <translation>Увоз &amp;анкете…</translation>
    </message>
    <message>
        <source>Survey answers of any metric (NPS, CSAT, CES, audits, eNPS, any number) from CSV, TSV, JSON or Excel</source>
        <translation>Одговори из анкета за било коју метрику (NPS, CSAT, CES, провере, eNPS, било који број) из CSV, TSV, JSON или Excel датотеке</translation>
    </message>
    <message>
        <source>Import C&amp;LV…</source>
        <translation>Увоз C&amp;LV…</translation>
    </message>
    <message>
        <source>Customer lifetime values from CSV, TSV, JSON or Excel</source>
        <translation>Животна вредност корисника из CSV, TSV, JSON или Excel датотеке</translation>
    </message>
    <message>
        <source>&amp;Goals…</source>
        <translation>&amp;Циљеви…</translation>
    </message>
    <message>
        <source>Goals per segment and a benchmark for the metric the data dock shows</source>
        <translation>Циљеви по сегментима и репер за метрику коју приказује панел података</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Отвори &amp;фасциклу…</translation>
    </message>
    <message>
        <source>Every journey of a folder at a glance: owner, NPS, CLV at risk, opportunities</source>
        <translation>Сва путовања у фасцикли на један поглед: носилац, NPS, угрожени CLV, прилике</translation>
    </message>
    <message>
        <source>Import Purchases</source>
        <translation>Увоз куповина</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 не може да се прочита: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; Waymark imports purchase files of at most %3 MiB.</source>
        <translation>%1 има %2 MiB; Waymark увози датотеке куповина од највише %3 MiB.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 не може да се увезе: %2</translation>
    </message>
    <message>
        <source>%1 purchases of %2 customers will be imported from %3.</source>
        <translation>Из %3 биће увезено %1 куповина од %2 корисника.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Увези</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read and will be left out (see Details).</source>
        <translation>
            <numerusform>%n ред не може да се прочита и биће изостављен (погледајте детаље).</numerusform>
            <numerusform>%n реда не могу да се прочитају и биће изостављена (погледајте детаље).</numerusform>
            <numerusform>%n редова не може да се прочита и биће изостављено (погледајте детаље).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln purchase(s) from %1</source>
        <translation>
            <numerusform>Увезена је %Ln куповина из %1</numerusform>
            <numerusform>Увезене су %Ln куповине из %1</numerusform>
            <numerusform>Увезено је %Ln куповина из %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;Purchases…</source>
        <translation>Увоз &amp;куповина…</translation>
    </message>
    <message>
        <source>Purchases (customer, date, amount) for the lifetime value and churn model</source>
        <translation>Куповине (корисник, датум, износ) за модел животне вредности и одласка корисника</translation>
    </message>
    <message>
        <source>Lifetime &amp;Value and Churn…</source>
        <translation>Животна &amp;вредност и одлазак корисника…</translation>
    </message>
    <message>
        <source>Each customer's lifetime value and the chance they are still buying, modelled from purchases</source>
        <translation>Животна вредност сваког корисника и вероватноћа да и даље купује, моделовано из куповина</translation>
    </message>
    <message>
        <source>Open a Folder of Journeys</source>
        <translation>Отварање фасцикле са путовањима</translation>
    </message>
    <message>
        <source>No card's comments use this term distinctly often.</source>
        <translation>Коментари ниједне картице не користе овај термин упадљиво често.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) selected where customers use this term distinctly often.</source>
        <translation>
            <numerusform>Изабрана је %n картица на којој корисници упадљиво често користе овај термин.</numerusform>
            <numerusform>Изабране су %n картице на којима корисници упадљиво често користе овај термин.</numerusform>
            <numerusform>Изабрано је %n картица на којима корисници упадљиво често користе овај термин.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Co&amp;mments</source>
        <translation>Прикажи ко&amp;ментаре</translation>
    </message>
    <message>
        <source>What the customers who answered at this card wrote, and the words that set it apart</source>
        <translation>Шта су написали корисници који су одговарали на овој картици и речи по којима се она издваја</translation>
    </message>
    <message>
        <source>Show Top &amp;Complaint on Cards</source>
        <translation>Прикажи главну при&amp;тужбу на картицама</translation>
    </message>
    <message>
        <source>On each card, the word its detractors' comments use most distinctly</source>
        <translation>На свакој картици реч коју коментари њених критичара користе најупадљивије</translation>
    </message>
    <message>
        <source>The words that set a card's, stage's or segment's comments apart, and the sentences behind them</source>
        <translation>Речи по којима се издвајају коментари картице, фазе или сегмента, и реченице из којих потичу</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Ново из &amp;шаблона…</translation>
    </message>
    <message>
        <source>Save as Te&amp;mplate…</source>
        <translation>Сачувај као ша&amp;блон…</translation>
    </message>
    <message>
        <source>Could not create a journey from the template</source>
        <translation>Није могуће направити путовање из шаблона</translation>
    </message>
    <message>
        <source>A new journey from the template "%1": rename, add and remove anything, then save it.</source>
        <translation>Ново путовање по шаблону „%1“: преименујте, додајте и уклоните шта год желите, па га сачувајте.</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Чување као шаблон</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Назив шаблона:</translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation>Није могуће сачувати шаблон</translation>
    </message>
    <message>
        <source>Saved the template "%1" without survey data, votes, comments or the business case (%2); File → New from Template… offers it.</source>
        <translation>Шаблон „%1“ је сачуван без података из анкета, гласања, коментара и пословног случаја (%2); нуди се у менију Датотека → Ново из шаблона…</translation>
    </message>
    <message>
        <source>Edit the selected card's effort, department and notes; Escape goes back to the map</source>
        <translation>Измени напор, одељење и белешке изабране картице; Esc враћа на мапу</translation>
    </message>
    <message>
        <source>Card Pr&amp;operties</source>
        <translation>Сво&amp;јства картице</translation>
    </message>
    <message>
        <source>Show &amp;Evidence on the Map</source>
        <translation>Прикажи &amp;основе на мапи</translation>
    </message>
    <message>
        <source>A mark on each card: what it rests on — an assumption, workshop knowledge, research or measured data (%1 answers or more to its data key)</source>
        <translation>Ознака на свакој картици: на чему почива — претпоставка, знање са радионице, истраживање или измерени подаци (најмање %1 одговора за њен кључ података)</translation>
    </message>
    <message>
        <source>%1[*] — shared on %2 — Waymark</source>
        <translation>%1[*] — заједничко на %2 — Waymark</translation>
    </message>
    <message>
        <source>P&amp;ublish to Server…</source>
        <translation>Об&amp;јави на серверу…</translation>
    </message>
    <message>
        <source>Put this journey on your company's PostgreSQL server so that everyone edits it live</source>
        <translation>Ставите путовање на PostgreSQL сервер ваше компаније да би га сви уређивали истовремено</translation>
    </message>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation>Отвори са с&amp;ервера…</translation>
    </message>
    <message>
        <source>Open a journey shared on a PostgreSQL server and edit it live with the others</source>
        <translation>Отворите путовање са PostgreSQL сервера и уређујте га заједно са другима</translation>
    </message>
    <message>
        <source>Published to %1: this window now shows the shared journey, and every change goes to the server. Others open it with File → Open from Server….</source>
        <translation>Објављено на %1: овај прозор сада приказује заједничко путовање и свака измена иде на сервер. Остали га отварају преко Датотека → Отвори са сервера….</translation>
    </message>
    <message>
        <source>Opened “%1” from %2.</source>
        <translation>Отворено „%1“ са %2.</translation>
    </message>
    <message>
        <source>Could not open the shared journey</source>
        <translation>Заједничко путовање није могло да се отвори</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL URL: %2
Write it as postgresql://HOST[:PORT]/DATABASE.</source>
        <translation>„%1“ није PostgreSQL адреса: %2
Напишите је као postgresql://ХОСТ[:ПОРТ]/БАЗА.</translation>
    </message>
    <message>
        <source>“%1” is not a journey id. `waymark server list %2` shows the journeys there and their ids.</source>
        <translation>„%1“ није ознака путовања. `waymark server list %2` приказује путовања на серверу и њихове ознаке.</translation>
    </message>
    <message numerus="yes">
        <source>Connection to %1 lost — trying again in %n s</source>
        <translation>
            <numerusform>Веза са %1 је прекинута — нови покушај за %n с</numerusform>
            <numerusform>Веза са %1 је прекинута — нови покушај за %n с</numerusform>
            <numerusform>Веза са %1 је прекинута — нови покушај за %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 again; the changes made meanwhile are on the map.</source>
        <translation>Поново повезано са %1; измене направљене у међувремену су на мапи.</translation>
    </message>
    <message>
        <source>● Shared on %1</source>
        <translation>● Заједничко на %1</translation>
    </message>
    <message>
        <source>Every change goes to the server and reaches everyone who has the journey open.
You: %1 — %2</source>
        <translation>Свака измена иде на сервер и стиже до свих који имају отворено ово путовање.
Ви: %1 — %2</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Није опозвано: %1</translation>
    </message>
    <message>
        <source>Save a copy of the shared journey</source>
        <translation>Сачувај копију заједничког путовања</translation>
    </message>
    <message>
        <source>Waymark journeys (*.waymark);;Waymark JSON (*.waymark.json *.json)</source>
        <translation>Waymark путовања (*.waymark);;Waymark JSON (*.waymark.json *.json)</translation>
    </message>
    <message>
        <source>Saved a copy to %1; the journey stays shared on %2.</source>
        <translation>Копија је сачувана у %1; путовање остаје заједничко на %2.</translation>
    </message>
    <message>
        <source>The card's pictures, large: photos of the wall, screenshots, letters</source>
        <translation>Слике картице, увећане: фотографије зида, снимци екрана, писма</translation>
    </message>
    <message>
        <source>Attach pictures from files to the selected card (or paste one with Ctrl+V, or drop files on it)</source>
        <translation>Приложи слике из датотека уз изабрану картицу (или налепите слику са Ctrl+V или превуците датотеке на картицу)</translation>
    </message>
    <message>
        <source>Show P&amp;ictures</source>
        <translation>Прикажи с&amp;лике</translation>
    </message>
    <message>
        <source>&amp;Add Pictures…</source>
        <translation>&amp;Додај слике…</translation>
    </message>
    <message>
        <source>&amp;Refresh from Server</source>
        <translation>&amp;Освежи са сервера</translation>
    </message>
    <message>
        <source>Count the answers of the datasets that stay in PostgreSQL anew (waymark import … postgresql://…)</source>
        <translation>Поново преброј одговоре скупова података који остају у PostgreSQL-у (waymark import … postgresql://…)</translation>
    </message>
    <message>
        <source>This journey has no data from a server to refresh.</source>
        <translation>Ово путовање нема податке са сервера које би могло да се освежи.</translation>
    </message>
    <message numerus="yes">
        <source>Counting %n dataset(s) on the server…</source>
        <translation>
            <numerusform>Бројање %n скупа података на серверу…</numerusform>
            <numerusform>Бројање %n скупа података на серверу…</numerusform>
            <numerusform>Бројање %n скупова података на серверу…</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh data from the server</source>
        <translation>Освежи податке са сервера</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) refreshed from the server.</source>
        <translation>
            <numerusform>Са сервера је освежен %n скуп података.</numerusform>
            <numerusform>Са сервера су освежена %n скупа података.</numerusform>
            <numerusform>Са сервера је освежено %n скупова података.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh from Server</source>
        <translation>Освежавање са сервера</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Keep working: your changes are kept on this laptop and sent when the connection is back.</source>
        <translation>Веза са сервером је изгубљена. Наставите да радите: измене се чувају на овом лаптопу и шаљу се када се веза врати.</translation>
    </message>
    <message numerus="yes">
        <source>● %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>● %n измена чека слање</numerusform>
            <numerusform>● %n измене чекају слање</numerusform>
            <numerusform>● %n измена чека слање</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept on this laptop until the server takes them.</source>
        <translation>Чувају се на овом лаптопу док их сервер не прими.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n change(s) kept on this laptop</source>
        <translation>
            <numerusform>%1 — %n измена се чува на овом лаптопу</numerusform>
            <numerusform>%1 — %n измене се чувају на овом лаптопу</numerusform>
            <numerusform>%1 — %n измена се чува на овом лаптопу</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Отвара се %1…</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Извози се %1…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Чува се %1…</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>овај рачунар</translation>
    </message>
    <message>
        <source>this computer (%1)</source>
        <translation>овај рачунар (%1)</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>ваше корисничко име за пријаву</translation>
    </message>
    <message>
        <source>a query (Show Details)</source>
        <translation>упит (видите „Прикажи детаље”)</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>табела %1</translation>
    </message>
    <message>
        <source>• “%1”: %2
   server %3, database %4, as %5</source>
        <translation>• „%1”: %2
   сервер %3, база података %4, као %5</translation>
    </message>
    <message>
        <source>“%1”:</source>
        <translation>„%1”:</translation>
    </message>
    <message>
        <source>Read data from a server this journey names?</source>
        <translation>Прочитати податке са сервера који ова мапа пута наводи?</translation>
    </message>
    <message>
        <source>Waymark connects as you, with your password from ~/.pgpass, reads only, and keeps the counts in this journey. Connect only if you know where this file comes from.</source>
        <translation>Waymark се повезује као ви, са вашом лозинком из ~/.pgpass, само чита и чува бројеве у овој мапи пута. Повежите се само ако знате одакле је ова датотека.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Повежи се</translation>
    </message>
    <message>
        <source>Mem&amp;bers…</source>
        <translation>&amp;Чланови одељења…</translation>
    </message>
    <message>
        <source>Who belongs to which department of the shared journey: they may still change their lanes while locked</source>
        <translation>Ко припада ком одељењу заједничког путовања: они могу да мењају траке свог одељења и док су закључане</translation>
    </message>
    <message>
        <source>Only for a journey shared on a server</source>
        <translation>Само за путовање које се дели преко сервера</translation>
    </message>
    <message>
        <source>The members are saved on %1.</source>
        <translation>Чланови одељења су сачувани на %1.</translation>
    </message>
    <message>
        <source>%1 changed who belongs to which department.</source>
        <translation>%1 је променио/ла ко припада ком одељењу.</translation>
    </message>
    <message>
        <source>Read-only: only facilitators change the members</source>
        <translation>Само за читање: чланове одељења мењају фасилитатори</translation>
    </message>
    <message>
        <source>%1[*] — offline copy of the journey shared on %2 — Waymark</source>
        <translation>%1[*] — копија без везе путовања дељеног на %2 — Waymark</translation>
    </message>
    <message>
        <source>All survey answers read</source>
        <translation>Сви одговори из анкете су учитани</translation>
    </message>
    <message>
        <source>Survey answers of “%1”</source>
        <translation>Одговори из анкете „%1”</translation>
    </message>
    <message>
        <source>%1

It cannot be opened offline either: %2</source>
        <translation>%1

Ни без везе не може да се отвори: %2</translation>
    </message>
    <message numerus="yes">
        <source>Offline: this laptop's copy of %1 — trying the server again in %n s</source>
        <translation>
            <numerusform>Без везе: копија са овог лаптопа од %1 — нови покушај повезивања са сервером за %n с</numerusform>
            <numerusform>Без везе: копија са овог лаптопа од %1 — нови покушај повезивања са сервером за %n с</numerusform>
            <numerusform>Без везе: копија са овог лаптопа од %1 — нови покушај повезивања са сервером за %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not answer: this is the copy of the journey this laptop held. Keep working: your changes are kept here and sent when the server answers.</source>
        <translation>%1 не одговара: ово је копија путовања сачувана на овом лаптопу. Наставите да радите: измене се чувају овде и шаљу се када сервер одговори.</translation>
    </message>
    <message>
        <source>Not redone: %1</source>
        <translation>Није поновљено: %1</translation>
    </message>
    <message>
        <source>Makes your newest undone change again on the server, unless someone changed that thing since</source>
        <translation>Поново уноси на сервер вашу последњу опозвану измену, осим ако је неко у међувремену изменио исту ствар</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers before saving…</source>
        <translation>Пре чувања читају се %L1 одговора из анкете…</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers the PDF needs…</source>
        <translation>Читају се %L1 одговора из анкете потребних за PDF…</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers the image needs…</source>
        <translation>Читају се %L1 одговора из анкете потребних за слику…</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers printing needs…</source>
        <translation>Читају се %L1 одговора из анкете потребних за штампу…</translation>
    </message>
    <message>
        <source>Takes back your own newest change on the server (a card, a lock, a vote, a comment, a dot placed or taken back), or while offline the newest one still waiting to be sent; others' changes stay</source>
        <translation>Поништава вашу последњу измену на серверу (картица, закључавање, гласање, коментар, постављена или повучена тачка), а ван мреже последњу која још чека слање; туђе измене остају</translation>
    </message>
    <message>
        <source>Reading %L1 survey answers in the background (%2 %); the survey figures on the map are already complete, CLV at risk and comments follow…</source>
        <translation>Читање %L1 одговора из анкете у позадини (%2 %); бројке из анкете на мапи су већ потпуне, угрожени CLV и коментари стижу ускоро…</translation>
    </message>
</context>
<context>
    <name>waymark::MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation>Легенда мапе</translation>
    </message>
    <message>
        <source>Fold or unfold the legend (View → Show Legend hides it)</source>
        <translation>Скупи или рашири легенду (Приказ → Прикажи легенду је сакрива)</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation>Прикажи &amp;легенду</translation>
    </message>
    <message>
        <source>Explain the marks on the map in a corner of the canvas</source>
        <translation>Објашњење ознака на мапи у углу платна</translation>
    </message>
    <message>
        <source>Moment of truth: the customer decides here whether to stay.</source>
        <translation>Тренутак истине: овде корисник одлучује да ли остаје.</translation>
    </message>
    <message>
        <source>Pain point: this step hurts the customer.</source>
        <translation>Болна тачка: овај корак смета кориснику.</translation>
    </message>
    <message>
        <source>Coloured left bar: the department that owns the step.</source>
        <translation>Обојена трака лево: одељење које је власник корака.</translation>
    </message>
    <message>
        <source>Numbered circle: the customer's negative emotion, 0 (calm, green) to 10 (upset, red).</source>
        <translation>Круг са бројем: негативна емоција корисника, од 0 (мирно, зелено) до 10 (узнемирено, црвено).</translation>
    </message>
    <message>
        <source>Effort: the time (blue) and money (green) the step costs the customer.</source>
        <translation>Напор: време (плаво) и новац (зелено) које корак кошта корисника.</translation>
    </message>
    <message>
        <source>Survey figure for the card or stage, ± its 95 % margin, n answers: red worst, green best; grey and hatched: too few answers to trust.</source>
        <translation>Резултат анкете за картицу или фазу, ± маргина од 95 %, n одговора: црвено најгоре, зелено најбоље; сиво и шрафирано: премало одговора за поуздан резултат.</translation>
    </message>
    <message>
        <source>Lifetime value of the customers who were detractors at this card.</source>
        <translation>Животна вредност корисника који су на овој картици били критичари.</translation>
    </message>
    <message>
        <source>Violet ring: a card the open vote is about; click it to place a dot.</source>
        <translation>Љубичасти прстен: картица о којој се гласа; кликните на њу да поставите тачкицу.</translation>
    </message>
    <message>
        <source>Dots: the vote, in each voter's colour.</source>
        <translation>Тачкице: гласови, у боји сваког гласача.</translation>
    </message>
    <message>
        <source>Dot on a card's corner: who wrote it, in their colour.</source>
        <translation>Тачкица у углу картице: ко ју је написао, у његовој боји.</translation>
    </message>
    <message>
        <source>Speech bubble: open comment threads on the card.</source>
        <translation>Облачић: отворене дискусије на картици.</translation>
    </message>
    <message>
        <source>Heatmap: %1, worst figure red; cards without answers stay white.</source>
        <translation>Топлотна мапа: %1, најгора вредност црвена; картице без одговора остају беле.</translation>
    </message>
    <message>
        <source>Heatmap: %1, pale to red; the ends are capped so one extreme card does not wash out the rest.</source>
        <translation>Топлотна мапа: %1, од бледе до црвене; крајеви су ограничени да једна екстремна картица не би избледела остале.</translation>
    </message>
    <message>
        <source>Hatched: too few answers to trust the colour.</source>
        <translation>Шрафирано: премало одговора да би се боји могло веровати.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Bars: what the card rests on — one an assumption, two workshop knowledge, three research, four measured data (%1 answers or more); dashed: not stated.</source>
        <translation>Стубићи: на чему картица почива — један претпоставка, два знање са радионице, три истраживање, четири измерени подаци (најмање %1 одговора); испрекидано: није наведено.</translation>
    </message>
    <message>
        <source>%1 % of pain points rest on measured data.</source>
        <translation>%1 % болних тачака почива на измереним подацима.</translation>
    </message>
</context>
<context>
    <name>waymark::MembersDialog</name>
    <message>
        <source>Facilitator</source>
        <translation>Фасилитатор</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Учесник</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Рецензент</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Посматрач</translation>
    </message>
    <message>
        <source>No Waymark role</source>
        <translation>Нема улоге у Waymark-у</translation>
    </message>
    <message>
        <source>Roles are granted by the database's administrator, not here: GRANT %1 TO %2;</source>
        <translation>Улоге додељује администратор базе података, не овде: GRANT %1 TO %2;</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додај</translation>
    </message>
    <message>
        <source>C&amp;hange Department</source>
        <translation>&amp;Премести у одељење</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Уклони</translation>
    </message>
    <message>
        <source>Members of “%1”</source>
        <translation>Чланови одељења: „%1“</translation>
    </message>
    <message>
        <source>Who belongs to which department. While a lane is locked, only the facilitators and the members of the lane's department may change its cards.</source>
        <translation>Ко припада ком одељењу. Док је трака закључана, њене картице могу да мењају само фасилитатори и чланови одељења те траке.</translation>
    </message>
    <message>
        <source>Only facilitators change this list (the server's rule “facilitators-lock”); you see it as it is.</source>
        <translation>Овај списак мењају само фасилитатори (правило сервера „facilitators-lock“); овде га видите какав јесте.</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Корисник базе</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Одељење</translation>
    </message>
    <message>
        <source>Waymark role</source>
        <translation>Улога у Waymark-у</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>нпр. alice</translation>
    </message>
    <message>
        <source>Adds the user typed above to the department chosen (Enter)</source>
        <translation>Додаје унетог корисника у изабрано одељење (Enter)</translation>
    </message>
    <message>
        <source>Moves the selected member to the department chosen above</source>
        <translation>Премешта изабраног члана у одељење изабрано изнад</translation>
    </message>
    <message>
        <source>Takes the selected members out of their departments (Delete)</source>
        <translation>Уклања изабране чланове из њихових одељења (Delete)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <source>Writes every change to the server at once (Ctrl+S)</source>
        <translation>Уписује све измене на сервер одједном (Ctrl+S)</translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation>&amp;Корисник базе:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Одељење:</translation>
    </message>
    <message>
        <source>%1 changed the members just now; the list shows their changes.</source>
        <translation>%1 је управо променио/ла чланове одељења; списак то већ приказује.</translation>
    </message>
    <message>
        <source>%1 changed the members meanwhile; saving keeps their changes and adds yours.</source>
        <translation>%1 је у међувремену променио/ла чланове одељења; чување задржава њихове измене и додаје ваше.</translation>
    </message>
    <message>
        <source>This journey has no departments, so nobody can be a member of one. Departments are added to the journey before it is published (they are not edited live yet).</source>
        <translation>Ово путовање нема одељења, па нико не може бити њихов члан. Одељења се додају путовању пре објављивања (уживо се још не уређују).</translation>
    </message>
    <message>
        <source>The members could not be read: %1</source>
        <translation>Чланови одељења нису могли да се прочитају: %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Још није сачувано</translation>
    </message>
    <message>
        <source>not a department of this journey (%1)</source>
        <translation>није одељење овог путовања (%1)</translation>
    </message>
    <message>
        <source>Roles are granted by the database's administrator (GRANT waymark_participant TO alice;), not here.</source>
        <translation>Улоге додељује администратор базе података (GRANT waymark_participant TO alice;), не овде.</translation>
    </message>
    <message>
        <source>Not a user of this database yet.</source>
        <translation>Таквог корисника у овој бази података још нема.</translation>
    </message>
    <message>
        <source>Type a database user's name first.</source>
        <translation>Прво унесите име корисника базе података.</translation>
    </message>
    <message>
        <source>There is no database user “%1”; did you mean “%2”? (Names are case-sensitive.)</source>
        <translation>Нема корисника базе података „%1“; да ли сте мислили „%2“? (Велика и мала слова се разликују.)</translation>
    </message>
    <message>
        <source>There is no database user “%1” on this server. The database's administrator creates it (CREATE ROLE %1 LOGIN IN ROLE waymark_participant;).</source>
        <translation>На овом серверу нема корисника базе података „%1“. Прави га администратор базе података (CREATE ROLE %1 LOGIN IN ROLE waymark_participant;).</translation>
    </message>
    <message>
        <source>Choose a department first.</source>
        <translation>Прво изаберите одељење.</translation>
    </message>
    <message>
        <source>%1 is already in “%2”.</source>
        <translation>%1 је већ у одељењу „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet</source>
        <translation>
            <numerusform>%n измена још није сачувана</numerusform>
            <numerusform>%n измене још нису сачуване</numerusform>
            <numerusform>%n измена још није сачувано</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is a member of a department yet.</source>
        <translation>Још нико није члан неког одељења.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n члан</numerusform>
            <numerusform>%n члана</numerusform>
            <numerusform>%n чланова</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Није сачувано: %1</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Одбаци измене</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s) to the members without saving?</source>
        <translation>
            <numerusform>Одбацити %n измену чланова одељења без чувања?</numerusform>
            <numerusform>Одбацити %n измене чланова одељења без чувања?</numerusform>
            <numerusform>Одбацити %n измена чланова одељења без чувања?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::NpsTargetsDialog</name>
    <message>
        <source>Benchmark</source>
        <translation>Репер</translation>
    </message>
    <message>
        <source>Compare with a benchmark</source>
        <translation>Упореди с репером</translation>
    </message>
    <message>
        <source>e.g. Retail banking average 2024, or a competitor's name</source>
        <translation>нпр. просек малопродајног банкарства за 2024. или назив конкурента</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назив:</translation>
    </message>
    <message>
        <source>Goals per segment</source>
        <translation>Циљеви по сегментима</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>From quarter</source>
        <translation>Од квартала</translation>
    </message>
    <message>
        <source>Change per quarter</source>
        <translation>Промена по кварталу</translation>
    </message>
    <message>
        <source>&amp;Add Goal</source>
        <translation>&amp;Додај циљ</translation>
    </message>
    <message>
        <source>&amp;Remove Goal</source>
        <translation>&amp;Уклони циљ</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>Сви одговори</translation>
    </message>
    <message>
        <source>Goal %1: “%2” is not a quarter. Write it as year and quarter, for example 2024-Q3.</source>
        <translation>Циљ %1: „%2“ није квартал. Упишите годину и квартал, на пример 2024-Q3.</translation>
    </message>
    <message>
        <source>%1 Goals and Benchmark</source>
        <translation>Циљеви за %1 и репер</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Goals per department</source>
        <translation>Циљеви по одељењима</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Одељење</translation>
    </message>
    <message>
        <source>Start value</source>
        <translation>Почетна вредност</translation>
    </message>
</context>
<context>
    <name>waymark::OpenFromServerDialog</name>
    <message>
        <source>&amp;Show Journeys</source>
        <translation>&amp;Прикажи путовања</translation>
    </message>
    <message>
        <source>Open from Server</source>
        <translation>Отвори са сервера</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Путовање</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Објављено</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Објавио</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Последња измена</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <source>Asking %1 for its journeys…</source>
        <translation>Тражимо списак путовања од %1…</translation>
    </message>
    <message>
        <source>No journey has been published on %1 yet: File → Publish to Server… puts one there.</source>
        <translation>На %1 још нема ниједног путовања: Датотека → Објави на серверу… га ставља тамо.</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s) on %1. Double-click one to open it.</source>
        <translation>
            <numerusform>%n путовање на %1. Двапут кликните да га отворите.</numerusform>
            <numerusform>%n путовања на %1. Двапут кликните на једно да га отворите.</numerusform>
            <numerusform>%n путовања на %1. Двапут кликните на једно да га отворите.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::OpportunitiesDock</name>
    <message>
        <source>Opportunities</source>
        <translation>Прилике</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Сценарио:</translation>
    </message>
    <message>
        <source>Use in Report</source>
        <translation>Користи у извештају</translation>
    </message>
    <message>
        <source>Show this scenario in the PDF report and in the future state of the map</source>
        <translation>Прикажи овај сценарио у PDF извештају и у будућем стању мапе</translation>
    </message>
    <message>
        <source>New Scenario…</source>
        <translation>Нови сценарио…</translation>
    </message>
    <message>
        <source>A named set of opportunities, e.g. “Quick wins”</source>
        <translation>Именовани скуп прилика, нпр. „Брзе победе“</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Преименуј…</translation>
    </message>
    <message>
        <source>Rename the chosen scenario</source>
        <translation>Преименуј изабрани сценарио</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Обриши сценарио</translation>
    </message>
    <message>
        <source>Delete the chosen scenario; its opportunities stay</source>
        <translation>Обриши изабрани сценарио; његове прилике остају</translation>
    </message>
    <message>
        <source>No opportunities yet. Add one here, right-click a card on the map, or turn the top cards of a closed vote into opportunities (Workshop dock → Vote).</source>
        <translation>Још нема прилика. Додајте је овде, кликните десним тастером на картицу на мапи или претворите најбоље рангиране картице затвореног гласања у прилике (панел „Радионица“ → „Гласање“).</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Додај…</translation>
    </message>
    <message>
        <source>A new opportunity (it joins the chosen scenario)</source>
        <translation>Нова прилика (улази у изабрани сценарио)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Уреди…</translation>
    </message>
    <message>
        <source>Edit the selected opportunity (or double-click it)</source>
        <translation>Уреди изабрану прилику (или је двапут кликните)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <source>Delete the selected opportunity and take it out of every scenario</source>
        <translation>Обриши изабрану прилику и уклони је из свих сценарија</translation>
    </message>
    <message>
        <source>%1 (in the report)</source>
        <translation>%1 (у извештају)</translation>
    </message>
    <message>
        <source>All opportunities</source>
        <translation>Све прилике</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Прикажи…</translation>
    </message>
    <message>
        <source>Tick the opportunities that belong to “%1” in the first column.</source>
        <translation>Штиклирајте у првој колони прилике које припадају сценарију „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>All %n opportunity(s) together:</source>
        <translation>
            <numerusform>Све прилике заједно (%n):</numerusform>
            <numerusform>Све прилике заједно (%n):</numerusform>
            <numerusform>Све прилике заједно (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”, %n opportunity(s):</source>
        <translation>
            <numerusform>„%1“, %n прилика:</numerusform>
            <numerusform>„%1“, %n прилике:</numerusform>
            <numerusform>„%1“, %n прилика:</numerusform>
        </translation>
    </message>
    <message>
        <source>one-off cost %1</source>
        <translation>једнократни трошак %1</translation>
    </message>
    <message numerus="yes">
        <source>NPV %1 over %n year(s)</source>
        <translation>
            <numerusform>NPV %1 за %n годину</numerusform>
            <numerusform>NPV %1 за %n године</numerusform>
            <numerusform>NPV %1 за %n година</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pays back in %n month(s)</source>
        <translation>
            <numerusform>повраћај за %n месец</numerusform>
            <numerusform>повраћај за %n месеца</numerusform>
            <numerusform>повраћај за %n месеци</numerusform>
        </translation>
    </message>
    <message>
        <source>no payback within the horizon</source>
        <translation>нема повраћаја у оквиру хоризонта</translation>
    </message>
    <message>
        <source>Enter the customers per year under Journey → Business Settings to value the benefits.</source>
        <translation>Унесите број корисника годишње у Путовање → Пословна подешавања да бисте вредновали користи.</translation>
    </message>
    <message>
        <source>Choose scenario for the report</source>
        <translation>Изабери сценарио за извештај</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Нови сценарио</translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation>Назив сценарија:</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Брзе победе</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Преименуј сценарио</translation>
    </message>
    <message>
        <source>How Is It Made?…</source>
        <translation>Како је израчунато?…</translation>
    </message>
    <message>
        <source>Every figure of the selected opportunity's business case with its formula and inputs</source>
        <translation>Сваки показатељ пословног случаја изабране прилике са формулом и улазним подацима</translation>
    </message>
    <message>
        <source>Priorities…</source>
        <translation>Приоритети…</translation>
    </message>
    <message>
        <source>Value against cost as bubbles (size: CLV at risk) and the ranking by NPV, ROI, payback or dots</source>
        <translation>Вредност према трошку као мехурови (величина: угрожени CLV) и рангирање по NPV, ROI, повраћају или тачкицама</translation>
    </message>
    <message>
        <source>Technology Gap…</source>
        <translation>Технолошки јаз…</translation>
    </message>
    <message>
        <source>The systems behind the journey: their age, what they cannot do and the pain points they cause</source>
        <translation>Системи на којима почива путовање: њихова старост, шта не могу да раде и које болне тачке изазивају</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers… Retention and CLV at risk are added when they are read.</source>
        <translation>Читају се %L1 одговора из анкете… Задржавање и угрожени CLV биће додати чим одговори буду учитани.</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value model to %L1 customers… Retention and CLV at risk are added when it is done.</source>
        <translation>Модел животне вредности се прилагођава подацима о купцима (%L1)… Задржавање и угрожени CLV биће додати када прорачун буде готов.</translation>
    </message>
    <message>
        <source>Matching %L1 survey answers to customers… Retention and CLV at risk are added when they are matched.</source>
        <translation>Одговори из анкете (%L1) се повезују са купцима… Задржавање и угрожени CLV биће додати када повезивање буде готово.</translation>
    </message>
</context>
<context>
    <name>waymark::OpportunitiesModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месец</numerusform>
            <numerusform>%n месеца</numerusform>
            <numerusform>%n месеци</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>није у оквиру %n године</numerusform>
            <numerusform>није у оквиру %n године</numerusform>
            <numerusform>није у оквиру %n година</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the scenario “%1”</source>
        <translation>Део сценарија „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Net present value over %n year(s) at %1 %: %2</source>
        <translation>
            <numerusform>Нето садашња вредност за %n годину уз %1 %: %2</numerusform>
            <numerusform>Нето садашња вредност за %n године уз %1 %: %2</numerusform>
            <numerusform>Нето садашња вредност за %n година уз %1 %: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Range: %1 – %2</source>
        <translation>Распон: %1 – %2</translation>
    </message>
    <message>
        <source>Value per year at full run rate: %1</source>
        <translation>Вредност годишње при пуном капацитету: %1</translation>
    </message>
    <message>
        <source>Tick to put an opportunity into the scenario chosen above</source>
        <translation>Штиклирајте да бисте прилику ставили у сценарио изабран изнад</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Једнократни трошак</translation>
    </message>
    <message>
        <source>Months to deliver: the benefits start after them</source>
        <translation>Месеци до реализације: користи почињу после њих</translation>
    </message>
    <message>
        <source>Cards of the map it improves</source>
        <translation>Картице мапе које побољшава</translation>
    </message>
    <message>
        <source>Net present value over the business case's horizon (Journey → Business Settings)</source>
        <translation>Нето садашња вредност у хоризонту пословног случаја (Путовање → Пословна подешавања)</translation>
    </message>
    <message>
        <source>When the cumulative net turns positive, counted from the start</source>
        <translation>Када кумулативни нето износ постане позитиван, рачунајући од почетка</translation>
    </message>
    <message>
        <source>In</source>
        <translation>У</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Прилика</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Врста</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Носилац</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Трошак</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месеци</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Поузданост</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Картице</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Повраћај</translation>
    </message>
</context>
<context>
    <name>waymark::OpportunityDialog</name>
    <message>
        <source>Edit Opportunity</source>
        <translation>Уреди прилику</translation>
    </message>
    <message>
        <source>New Opportunity</source>
        <translation>Нова прилика</translation>
    </message>
    <message>
        <source>What will be done, e.g. “Open the account online”</source>
        <translation>Шта ће бити урађено, нпр. „Отварање рачуна онлајн“</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Наслов:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Врста:</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Још нема носиоца</translation>
    </message>
    <message>
        <source>(deleted department)</source>
        <translation>(обрисано одељење)</translation>
    </message>
    <message>
        <source>O&amp;wner department:</source>
        <translation>&amp;Одговорно одељење:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>How sure the room is of the benefits: low widens the business case's range to ±50 %, medium ±25 %, high ±10 %</source>
        <translation>Колико је група сигурна у користи: ниска поузданост шири распон пословног случаја на ±50 %, средња на ±25 %, висока на ±10 %</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Поузданост:</translation>
    </message>
    <message>
        <source>&amp;One-off cost:</source>
        <translation>&amp;Једнократни трошак:</translation>
    </message>
    <message>
        <source>&amp;Running cost per year:</source>
        <translation>Текући трошак &amp;годишње:</translation>
    </message>
    <message>
        <source>The benefits start once it is delivered</source>
        <translation>Користи почињу када се реализује</translation>
    </message>
    <message>
        <source>&amp;Months to deliver:</source>
        <translation>&amp;Месеци до реализације:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Оп&amp;ис:</translation>
    </message>
    <message>
        <source>Survey verbatims, complaint counts, what was said in the room…</source>
        <translation>Дословни одговори из анкета, број притужби, шта је речено у групи…</translation>
    </message>
    <message>
        <source>&amp;Evidence and notes:</source>
        <translation>&amp;Докази и белешке:</translation>
    </message>
    <message>
        <source>Systems it chan&amp;ges:</source>
        <translation>Системи које м&amp;ења:</translation>
    </message>
    <message>
        <source>Cards it &amp;improves (%1)</source>
        <translation>Картице које побољ&amp;шава (%1)</translation>
    </message>
    <message>
        <source>&amp;New steps (%1)</source>
        <translation>Нови &amp;кораци (%1)</translation>
    </message>
</context>
<context>
    <name>waymark::ParticipantsPanel</name>
    <message>
        <source>No.</source>
        <translation>Бр.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Одељење</translation>
    </message>
    <message>
        <source>Click someone to give them the floor (or press their number); click again to take it back.
Double-click the name to rename, the colour to change it, the department to move them.</source>
        <translation>Кликните на особу да бисте јој дали реч (или притисните њен број); поновним кликом јој одузимате реч.
Двапут кликните на име да бисте га променили, на боју да бисте је изменили, а на одељење да бисте особу преместили.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додај…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Уклони</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>Преименовање учесника</translation>
    </message>
    <message>
        <source>Change participant colour</source>
        <translation>Промена боје учесника</translation>
    </message>
    <message>
        <source>%1 wrote cards and placed dots, so they stay on the list: their contributions keep their name.</source>
        <translation>%1 остаје на листи јер има написане картице и постављене тачкице: уз те доприносе остаје име аутора.</translation>
    </message>
    <message numerus="yes">
        <source>%1 wrote %Ln card(s), so they stay on the list: the cards keep their author.</source>
        <translation>
            <numerusform>%1 остаје на листи јер има %Ln написану картицу, па се ауторство чува.</numerusform>
            <numerusform>%1 остаје на листи јер има %Ln написане картице, па се ауторство чува.</numerusform>
            <numerusform>%1 остаје на листи јер има %Ln написаних картица, па се ауторство чува.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 placed %Ln dot(s), so they stay on the list: the votes keep their voter.</source>
        <translation>
            <numerusform>%1 остаје на листи јер има %Ln постављену тачкицу, па се зна ко је гласао.</numerusform>
            <numerusform>%1 остаје на листи јер има %Ln постављене тачкице, па се зна ко је гласао.</numerusform>
            <numerusform>%1 остаје на листи јер има %Ln постављених тачкица, па се зна ко је гласао.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln картица</numerusform>
            <numerusform>%Ln картице</numerusform>
            <numerusform>%Ln картица</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln коментар</numerusform>
            <numerusform>%Ln коментара</numerusform>
            <numerusform>%Ln коментара</numerusform>
        </translation>
    </message>
    <message>
        <source>Not heard yet: %1</source>
        <translation>Још се нису огласили: %1</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Додавање учесника</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(без одељења)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Одељење:</translation>
    </message>
    <message>
        <source>Contributions by department</source>
        <translation>Доприноси по одељењима</translation>
    </message>
    <message>
        <source>The journey has no departments yet.</source>
        <translation>Путовање још нема одељења.</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Боја учесника %1</translation>
    </message>
    <message>
        <source>Change participant's department</source>
        <translation>Промена одељења учесника</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>Уклањање учесника</translation>
    </message>
</context>
<context>
    <name>waymark::PersonaCards</name>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;Персоне</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Персоне</translation>
    </message>
    <message>
        <source>No personas yet. Add one for each kind of customer who goes through this journey: the map can then show the journey as each of them lives it.</source>
        <translation>Још нема персона. Додајте по једну за сваку врсту клијената који пролазе кроз ово путовање — мапа тада може да прикаже путовање онако како га свако од њих доживљава.</translation>
    </message>
    <message>
        <source>&amp;Add Persona</source>
        <translation>&amp;Додај персону</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>У&amp;клони</translation>
    </message>
    <message>
        <source>Remove the chosen persona (Delete in the list); the cards stay on the map</source>
        <translation>Уклони изабрану персону (Delete у листи); картице остају на мапи</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Нова персона</translation>
    </message>
    <message>
        <source>Remove Persona</source>
        <translation>Уклони персону</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is named on %n card(s).</source>
        <translation>
            <numerusform>„%1“ је наведена на %n картици.</numerusform>
            <numerusform>„%1“ је наведена на %n картице.</numerusform>
            <numerusform>„%1“ је наведена на %n картица.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing the persona takes it off those cards along with its own emotions there; a card left naming nobody happens to every persona. Undo brings it all back.</source>
        <translation>Уклањањем персона нестаје са тих картица заједно са својим емоцијама на њима; картица на којој не остане ниједна персона важи за све персоне. Поништавање враћа све.</translation>
    </message>
</context>
<context>
    <name>waymark::PersonaEditor</name>
    <message>
        <source>Pictures (%1)</source>
        <translation>Слике (%1)</translation>
    </message>
    <message>
        <source>C&amp;hoose Photo…</source>
        <translation>Иза&amp;бери фотографију…</translation>
    </message>
    <message>
        <source>A photo or drawing that stands for this persona (PNG, JPEG, GIF, BMP); it is downscaled and its location data removed</source>
        <translation>Фотографија или цртеж који представља ову персону (PNG, JPEG, GIF, BMP); слика се смањује, а подаци о месту снимања уклањају</translation>
    </message>
    <message>
        <source>Remo&amp;ve Photo</source>
        <translation>&amp;Уклони фотографију</translation>
    </message>
    <message>
        <source>Who goes through this journey</source>
        <translation>Ко пролази кроз ово путовање</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>Age, situation, how they deal with the company</source>
        <translation>Године, околности, како послује са компанијом</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <source>What they want to get done, and by when</source>
        <translation>Шта жели да постигне и до када</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Циљеви:</translation>
    </message>
    <message>
        <source>What gets in their way</source>
        <translation>Шта му смета</translation>
    </message>
    <message>
        <source>&amp;Frustrations:</source>
        <translation>&amp;Фрустрације:</translation>
    </message>
    <message>
        <source>Change persona description</source>
        <translation>Промена описа персоне</translation>
    </message>
    <message>
        <source>Change persona goals</source>
        <translation>Промена циљева персоне</translation>
    </message>
    <message>
        <source>Change persona frustrations</source>
        <translation>Промена фрустрација персоне</translation>
    </message>
    <message>
        <source>No photo of %1</source>
        <translation>Нема фотографије: %1</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Фотографија: %1</translation>
    </message>
    <message>
        <source>Drop a picture here, or choose one</source>
        <translation>Превуците слику овде или је изаберите</translation>
    </message>
    <message>
        <source>%1 — drop another picture here to replace it</source>
        <translation>%1 — превуците другу слику овде да бисте је заменили</translation>
    </message>
    <message>
        <source>A persona needs a name: the map's persona filter and cards show it. Escape brings the old one back.</source>
        <translation>Персона мора имати име: приказују га филтер персона и картице. Esc враћа претходно.</translation>
    </message>
    <message>
        <source>Rename persona</source>
        <translation>Преименовање персоне</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Све датотеке (*)</translation>
    </message>
    <message>
        <source>The photo was not taken. %1</source>
        <translation>Фотографија није додата. %1</translation>
    </message>
    <message>
        <source>Reading the photo…</source>
        <translation>Фотографија се учитава…</translation>
    </message>
    <message>
        <source>Change persona photo</source>
        <translation>Промена фотографије персоне</translation>
    </message>
    <message>
        <source>Remove persona photo</source>
        <translation>Уклањање фотографије персоне</translation>
    </message>
</context>
<context>
    <name>waymark::PersonasField</name>
    <message>
        <source>The personas this step happens to; with none ticked it happens to every persona</source>
        <translation>Персоне којима се овај корак дешава; ако ниједна није означена, дешава се свима</translation>
    </message>
    <message>
        <source>(unnamed persona)</source>
        <translation>(персона без имена)</translation>
    </message>
    <message>
        <source>Every Persona</source>
        <translation>Све персоне</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Све персоне</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;За кога:</translation>
    </message>
</context>
<context>
    <name>waymark::PictureImporter</name>
    <message>
        <source>Pictures (%1)</source>
        <translation>Слике (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Све датотеке (*)</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n picture(s)…</source>
        <translation>
            <numerusform>Додаје се %n слика…</numerusform>
            <numerusform>Додају се %n слике…</numerusform>
            <numerusform>Додаје се %n слика…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Add Pictures</source>
        <translation>Додавање слика</translation>
    </message>
    <message>
        <source>The card was deleted while its pictures were being read.</source>
        <translation>Картица је обрисана док су се њене слике учитавале.</translation>
    </message>
    <message numerus="yes">
        <source>A card holds at most %1 pictures: %n picture(s) were left out.</source>
        <translation>
            <numerusform>Картица може да има највише %1 слика: %n слика није додата.</numerusform>
            <numerusform>Картица може да има највише %1 слика: %n слике нису додате.</numerusform>
            <numerusform>Картица може да има највише %1 слика: %n слика није додато.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pictures Not Added</source>
        <translation>Слике нису додате</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) were added; some were not:</source>
        <translation>
            <numerusform>Додата је %n слика; неке нису:</numerusform>
            <numerusform>Додате су %n слике; неке нису:</numerusform>
            <numerusform>Додато је %n слика; неке нису:</numerusform>
        </translation>
    </message>
    <message>
        <source>No picture was added:</source>
        <translation>Ниједна слика није додата:</translation>
    </message>
</context>
<context>
    <name>waymark::PictureViewer</name>
    <message>
        <source>Picture</source>
        <translation>Слика</translation>
    </message>
    <message>
        <source>What the picture shows (a caption for the map and the PDF)</source>
        <translation>Шта слика приказује (натпис за мапу и PDF)</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Натпис:</translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation>← П&amp;ретходна</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>С&amp;ледећа →</translation>
    </message>
    <message>
        <source>&amp;Add Pictures…</source>
        <translation>&amp;Додај слике…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Сачувај као…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Уклони</translation>
    </message>
    <message>
        <source>The previous picture (Left arrow)</source>
        <translation>Претходна слика (стрелица лево)</translation>
    </message>
    <message>
        <source>The next picture (Right arrow)</source>
        <translation>Следећа слика (стрелица десно)</translation>
    </message>
    <message>
        <source>Add pictures from files; you can also paste one (Ctrl+V) or drop files here</source>
        <translation>Додај слике из датотека; можете и да налепите слику (Ctrl+V) или превучете датотеке овде</translation>
    </message>
    <message>
        <source>Save this picture as a file</source>
        <translation>Сачувај ову слику као датотеку</translation>
    </message>
    <message>
        <source>Take this picture off the card (Delete); Undo brings it back</source>
        <translation>Уклони ову слику са картице (Delete); „Опозови” је враћа</translation>
    </message>
    <message>
        <source>Pictures — %1</source>
        <translation>Слике — %1</translation>
    </message>
    <message>
        <source>untitled card</source>
        <translation>картица без наслова</translation>
    </message>
    <message>
        <source>The card has no pictures yet. Add them from files, paste one (Ctrl+V) or drop files here.</source>
        <translation>Картица још нема слика. Додајте их из датотека, налепите слику (Ctrl+V) или превуците датотеке овде.</translation>
    </message>
    <message>
        <source>The card has no pictures.</source>
        <translation>Картица нема слика.</translation>
    </message>
    <message>
        <source>This picture cannot be shown: %1</source>
        <translation>Ова слика не може да се прикаже: %1</translation>
    </message>
    <message>
        <source>Picture %1 of %2 · %3 × %4 px</source>
        <translation>Слика %1 од %2 · %3 × %4 px</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>слика</translation>
    </message>
    <message>
        <source>Save Picture As</source>
        <translation>Сачувај слику као</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG слика (*.png)</translation>
    </message>
    <message>
        <source>JPEG picture (*.jpg *.jpeg)</source>
        <translation>JPEG слика (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Picture Not Saved</source>
        <translation>Слика није сачувана</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Није могуће сачувати %1: %2</translation>
    </message>
    <message>
        <source>Make &amp;First</source>
        <translation>Прикажи на &amp;картици</translation>
    </message>
    <message>
        <source>Make this the first picture: the one shown on the card (Ctrl+Home). Ctrl+Left and Ctrl+Right move it one place.</source>
        <translation>Учините ову слику првом — оном која се приказује на картици (Ctrl+Home). Ctrl+лево и Ctrl+десно је померају за једно место.</translation>
    </message>
</context>
<context>
    <name>waymark::PicturesField</name>
    <message>
        <source>Pictures</source>
        <translation>Слике</translation>
    </message>
    <message>
        <source>Double-click a picture to see it large; drop picture files here to add them</source>
        <translation>Двапут кликните на слику да је видите увећану; превуците датотеке са сликама овде да их додате</translation>
    </message>
    <message>
        <source>None yet: add a photo of the wall, a screenshot or a letter.</source>
        <translation>Још нема: додајте фотографију зида, снимак екрана или писмо.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Додај…</translation>
    </message>
    <message>
        <source>Add pictures from files (you can also drop them here, or paste one on the card)</source>
        <translation>Додај слике из датотека (можете их и превући овде или налепити слику на картицу)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Уклони</translation>
    </message>
    <message>
        <source>Take the selected picture off the card (Delete)</source>
        <translation>Уклони изабрану слику са картице (Delete)</translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation>Слика %1</translation>
    </message>
    <message>
        <source>Add pictures to the card: a photo of the wall, a screenshot, a letter (you can also paste one with Ctrl+V or drop files on the card)</source>
        <translation>Додај слике на картицу: фотографију зида, снимак екрана, писмо (можете и да налепите слику са Ctrl+V или превучете датотеке на картицу)</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Додај слике</translation>
    </message>
</context>
<context>
    <name>waymark::PortfolioDialog</name>
    <message>
        <source>Journeys in %1</source>
        <translation>Путовања у %1</translation>
    </message>
    <message>
        <source>Filter by journey, owner or file…</source>
        <translation>Филтрирај по путовању, носиоцу или датотеци…</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Мрежа</translation>
    </message>
    <message>
        <source>Show the journeys as cards instead of a table</source>
        <translation>Прикажи путовања као картице уместо табеле</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Освежи</translation>
    </message>
    <message>
        <source>Read the folder again (F5)</source>
        <translation>Поново прочитај фасциклу (F5)</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s) in this folder.</source>
        <translation>
            <numerusform>У овој фасцикли је %n путовање.</numerusform>
            <numerusform>У овој фасцикли су %n путовања.</numerusform>
            <numerusform>У овој фасцикли је %n путовања.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read; they are listed in red with the reason.</source>
        <translation>
            <numerusform>%n датотека не може да се прочита; наведена је црвеном бојом, уз разлог.</numerusform>
            <numerusform>%n датотеке не могу да се прочитају; наведене су црвеном бојом, уз разлог.</numerusform>
            <numerusform>%n датотека не може да се прочита; наведене су црвеном бојом, уз разлог.</numerusform>
        </translation>
    </message>
    <message>
        <source>No journeys (.waymark or .waymark.json files) in this folder.</source>
        <translation>У овој фасцикли нема путовања (датотека .waymark или .waymark.json).</translation>
    </message>
    <message>
        <source>Reading the journeys…</source>
        <translation>Читање путовања…</translation>
    </message>
</context>
<context>
    <name>waymark::PortfolioModel</name>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Не може да се прочита: %1</translation>
    </message>
    <message>
        <source>No owner named</source>
        <translation>Носилац није наведен</translation>
    </message>
    <message>
        <source>No NPS data</source>
        <translation>Нема NPS података</translation>
    </message>
    <message>
        <source>%1 %2 at risk</source>
        <translation>Угрожено: %1 %2</translation>
    </message>
    <message>
        <source>%1 stages, %2 cards</source>
        <translation>Фаза: %1, картица: %2</translation>
    </message>
    <message>
        <source>Customer time: %1</source>
        <translation>Време корисника: %1</translation>
    </message>
    <message>
        <source>No opportunities yet</source>
        <translation>Још нема прилика</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n идеја</numerusform>
            <numerusform>%n идеје</numerusform>
            <numerusform>%n идеја</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n одобрена</numerusform>
            <numerusform>%n одобрене</numerusform>
            <numerusform>%n одобрених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n у току</numerusform>
            <numerusform>%n у току</numerusform>
            <numerusform>%n у току</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n завршена</numerusform>
            <numerusform>%n завршене</numerusform>
            <numerusform>%n завршених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measured</source>
        <translation>
            <numerusform>%n са измереним ефектом</numerusform>
            <numerusform>%n са измереним ефектом</numerusform>
            <numerusform>%n са измереним ефектом</numerusform>
        </translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Путовање</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Носилац</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Последње чување</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Фазе</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Картице</translation>
    </message>
    <message>
        <source>Customer time</source>
        <translation>Време корисника</translation>
    </message>
    <message>
        <source>NPS ± margin</source>
        <translation>NPS ± маргина</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>Угрожени CLV</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Отворени коментари</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Прилике</translation>
    </message>
    <message>
        <source>Being done</source>
        <translation>Напредак</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Датотека</translation>
    </message>
</context>
<context>
    <name>waymark::PresentationMode</name>
    <message>
        <source>Untitled stage</source>
        <translation>Фаза без назива</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Фаза %1 од %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Општи преглед</translation>
    </message>
    <message>
        <source>The whole journey</source>
        <translation>Цело путовање</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Време је истекло</translation>
    </message>
    <message>
        <source>Time left %1</source>
        <translation>Преостало време: %1</translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation>Паузирано на %1</translation>
    </message>
</context>
<context>
    <name>waymark::PrioritiesDialog</name>
    <message>
        <source>Priorities: every opportunity</source>
        <translation>Приоритети: све прилике</translation>
    </message>
    <message>
        <source>Priorities: “%1”</source>
        <translation>Приоритети: „%1“</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Нето садашња вредност</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Поврат улагања</translation>
    </message>
    <message>
        <source>Payback (soonest first)</source>
        <translation>Повраћај (најбржи прво)</translation>
    </message>
    <message>
        <source>The workshop's dots</source>
        <translation>Тачкице са радионице</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>&amp;Рангирај по:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Бр.</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Прилика</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Једнократни трошак</translation>
    </message>
    <message>
        <source>Value per year</source>
        <translation>Вредност годишње</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Повраћај</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Тачкице</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>Угрожени CLV</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>од %1 до %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>%1. месец</translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>није у оквиру %n године</numerusform>
            <numerusform>није у оквиру %n године</numerusform>
            <numerusform>није у оквиру %n година</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::PropertiesDock</name>
    <message>
        <source>Properties</source>
        <translation>Својства</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Наслов:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>The department that owns this step</source>
        <translation>Одељење задужено за овај корак</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>О&amp;дељење:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Време:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>нпр. %1</translation>
    </message>
    <message>
        <source>What this step costs the customer</source>
        <translation>Колико овај корак кошта корисника</translation>
    </message>
    <message>
        <source>Currency (ISO 4217 code)</source>
        <translation>Валута (ISO 4217 код)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <source>&amp;Money:</source>
        <translation>&amp;Новац:</translation>
    </message>
    <message>
        <source>Negative emotion: 0 none, 10 worst</source>
        <translation>Негативна емоција: 0 — никаква, 10 — најгора</translation>
    </message>
    <message>
        <source>Negative emotion</source>
        <translation>Негативна емоција</translation>
    </message>
    <message>
        <source>Negative &amp;emotion:</source>
        <translation>Негативна &amp;емоција:</translation>
    </message>
    <message>
        <source>P&amp;ain point</source>
        <translation>&amp;Болна тачка</translation>
    </message>
    <message>
        <source>This step hurts the customer</source>
        <translation>Овај корак кориснику задаје муке</translation>
    </message>
    <message>
        <source>Moment of t&amp;ruth</source>
        <translation>Тренутак &amp;истине</translation>
    </message>
    <message>
        <source>A step that decides whether the customer stays</source>
        <translation>Корак који одлучује да ли ће корисник остати</translation>
    </message>
    <message>
        <source>Imported survey (NPS) rows attach to the card through this key</source>
        <translation>Увезени редови анкете (NPS) повезују се с картицом преко овог кључа</translation>
    </message>
    <message>
        <source>Data &amp;key:</source>
        <translation>Кључ &amp;података:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Бе&amp;лешке:</translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected</source>
        <translation>
            <numerusform>Изабрана је %n картица</numerusform>
            <numerusform>Изабране су %n картице</numerusform>
            <numerusform>Изабрано је %n картица</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card to edit it</source>
        <translation>Изаберите картицу да бисте је уредили</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нема</translation>
    </message>
    <message>
        <source>Change card title</source>
        <translation>Промена наслова картице</translation>
    </message>
    <message>
        <source>Change card description</source>
        <translation>Промена описа картице</translation>
    </message>
    <message>
        <source>Change card channel</source>
        <translation>Промена канала картице</translation>
    </message>
    <message>
        <source>Change card department</source>
        <translation>Промена одељења картице</translation>
    </message>
    <message>
        <source>Change card time</source>
        <translation>Промена времена картице</translation>
    </message>
    <message>
        <source>Change card cost</source>
        <translation>Промена трошка картице</translation>
    </message>
    <message>
        <source>Change card currency</source>
        <translation>Промена валуте картице</translation>
    </message>
    <message>
        <source>Change negative emotion</source>
        <translation>Промена негативне емоције</translation>
    </message>
    <message>
        <source>Mark card as pain point</source>
        <translation>Означавање картице као болне тачке</translation>
    </message>
    <message>
        <source>Unmark card as pain point</source>
        <translation>Уклањање ознаке болне тачке с картице</translation>
    </message>
    <message>
        <source>Mark card as moment of truth</source>
        <translation>Означавање картице као тренутка истине</translation>
    </message>
    <message>
        <source>Unmark card as moment of truth</source>
        <translation>Уклањање ознаке тренутка истине с картице</translation>
    </message>
    <message>
        <source>Change card data key</source>
        <translation>Промена кључа података картице</translation>
    </message>
    <message>
        <source>Change card notes</source>
        <translation>Промена белешки картице</translation>
    </message>
    <message>
        <source>Edit system card</source>
        <translation>Уреди системску картицу</translation>
    </message>
    <message>
        <source>e.g. 90, 1h 30m or 3 days</source>
        <translation>нпр. 90, 1 сат 30 мин или 3 дана</translation>
    </message>
    <message>
        <source>How long this step takes the customer: minutes (90), hours and minutes (1h 30m), h:mm (1:30), or days and weeks for waits (3 days, 1w 2d; a day is 24 hours)</source>
        <translation>Колико времена овај корак одузима кориснику: минути (90), сати и минути (1 сат 30 мин), ч:мм (1:30) или дани и недеље за чекање (3 дана, 1 нед 2 д; дан траје 24 сата)</translation>
    </message>
    <message>
        <source>Details in:</source>
        <translation>Детаљи у:</translation>
    </message>
    <message>
        <source>Remove linked journey</source>
        <translation>Уклони повезано путовање</translation>
    </message>
    <message>
        <source>Link a journey</source>
        <translation>Повежи путовање</translation>
    </message>
    <message>
        <source>Rests &amp;on:</source>
        <translation>Основ&amp;а:</translation>
    </message>
    <message>
        <source>Change what the card rests on</source>
        <translation>Промени основу картице</translation>
    </message>
    <message>
        <source>Change a persona's negative emotion</source>
        <translation>Промени негативну емоцију персоне</translation>
    </message>
    <message>
        <source>Change who the step happens to</source>
        <translation>Промени коме се корак дешава</translation>
    </message>
    <message>
        <source>What %1 feels here (the card's own: %2)</source>
        <translation>Шта %1 овде осећа (на картици: %2)</translation>
    </message>
    <message>
        <source>Pict&amp;ures:</source>
        <translation>Сли&amp;ке:</translation>
    </message>
</context>
<context>
    <name>waymark::PublishDialog</name>
    <message>
        <source>Publish to Server</source>
        <translation>Објави на серверу</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; goes to a PostgreSQL database your company runs. Everyone who opens it from there edits it live from their own laptop; what each person may do is set by the database's roles. Your file stays as it is.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; иде у PostgreSQL базу ваше компаније. Сви који га отворе одатле уређују га истовремено са својих лаптопова; ко шта сме одређују улоге у бази. Ваша датотека остаје каква јесте.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Објави</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Објављивање на %1…</translation>
    </message>
</context>
<context>
    <name>waymark::ReplayReportDialog</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>on</source>
        <translation>укључено</translation>
    </message>
    <message>
        <source>off</source>
        <translation>искључено</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ништа</translation>
    </message>
    <message>
        <source>another value</source>
        <translation>друга вредност</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>коментар</translation>
    </message>
    <message>
        <source>a dot</source>
        <translation>тачкица гласања</translation>
    </message>
    <message>
        <source>the new card</source>
        <translation>нова картица</translation>
    </message>
    <message>
        <source>the deletion</source>
        <translation>брисање</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made while offline reached the server</source>
        <translation>
            <numerusform>%n измена направљена без везе стигла је на сервер</numerusform>
            <numerusform>%n измене направљене без везе стигле су на сервер</numerusform>
            <numerusform>%n измена направљених без везе стигло је на сервер</numerusform>
        </translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Веза је поново ту</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n met changes by others (see the report)</source>
        <translation>
            <numerusform>%1; %n се сударила са туђим изменама (видите извештај)</numerusform>
            <numerusform>%1; %n су се судариле са туђим изменама (видите извештај)</numerusform>
            <numerusform>%1; %n се сударило са туђим изменама (видите извештај)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n still wait for the connection</source>
        <translation>
            <numerusform>%1; %n још чека везу</numerusform>
            <numerusform>%1; %n још чекају везу</numerusform>
            <numerusform>%1; %n још чека везу</numerusform>
        </translation>
    </message>
    <message>
        <source>Yours: %1 (theirs was %2)</source>
        <translation>Ваше: %1 (њихово је било %2)</translation>
    </message>
    <message>
        <source>Theirs: %1 (yours was %2)</source>
        <translation>Њихово: %1 (ваше је било %2)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Није сачувано: %1</translation>
    </message>
    <message>
        <source>Changes made offline</source>
        <translation>Измене направљене без везе</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Шта</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Ко је променио</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Остало је</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <source>a dot taken back</source>
        <translation>повучена тачка</translation>
    </message>
    <message>
        <source>adding it</source>
        <translation>додавање</translation>
    </message>
    <message>
        <source>removing it</source>
        <translation>уклањање</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>назив</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>натпис</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>closing or reopening it</source>
        <translation>затварање или поновно отварање</translation>
    </message>
    <message>
        <source>resolving or reopening it</source>
        <translation>решавање или поновно отварање</translation>
    </message>
    <message>
        <source>the colour</source>
        <translation>боја</translation>
    </message>
    <message>
        <source>Stage “%1”</source>
        <translation>Фаза „%1”</translation>
    </message>
    <message>
        <source>Lane “%1”</source>
        <translation>Трака „%1”</translation>
    </message>
    <message>
        <source>Department “%1”</source>
        <translation>Одељење „%1”</translation>
    </message>
    <message>
        <source>Vote “%1”</source>
        <translation>Гласање „%1”</translation>
    </message>
    <message>
        <source>Dot on “%1”</source>
        <translation>Тачка на „%1”</translation>
    </message>
    <message>
        <source>Comment “%1”</source>
        <translation>Коментар „%1”</translation>
    </message>
    <message>
        <source>Arrow “%1”</source>
        <translation>Стрелица „%1”</translation>
    </message>
    <message>
        <source>Persona “%1”</source>
        <translation>Персона „%1”</translation>
    </message>
    <message>
        <source>Participant “%1”</source>
        <translation>Учесник „%1”</translation>
    </message>
    <message>
        <source>While you were offline, others changed some of the same things. Where both changed one field, the change made later stays. What was not saved says why.</source>
        <translation>Док сте били ван мреже, други су изменили неке од истих ствари. Где су обоје изменили исто поље, остаје каснија измена. Уз несачувано пише зашто.</translation>
    </message>
    <message>
        <source>Card or item</source>
        <translation>Картица или ставка</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>the currency</source>
        <translation>валута</translation>
    </message>
    <message>
        <source>the setting “%1”</source>
        <translation>подешавање „%1“</translation>
    </message>
    <message>
        <source>ticking it off or reopening it</source>
        <translation>означавање као обављено или враћање</translation>
    </message>
    <message>
        <source>its figures</source>
        <translation>њени износи</translation>
    </message>
    <message>
        <source>its opportunities</source>
        <translation>његове прилике</translation>
    </message>
    <message>
        <source>Agenda step “%1”</source>
        <translation>Тачка дневног реда „%1“</translation>
    </message>
    <message>
        <source>Opportunity “%1”</source>
        <translation>Прилика „%1“</translation>
    </message>
    <message>
        <source>Scenario “%1”</source>
        <translation>Сценарио „%1“</translation>
    </message>
    <message>
        <source>Journey “%1”</source>
        <translation>Путовање „%1“</translation>
    </message>
</context>
<context>
    <name>waymark::ServerAddressForm</name>
    <message>
        <source>postgresql://HOST[:PORT]/DATABASE, or postgresql://USER@HOST/DATABASE. The password comes from ~/.pgpass, or Waymark asks for it; it is never saved.</source>
        <translation>postgresql://ХОСТ[:ПОРТ]/БАЗА или postgresql://КОРИСНИК@ХОСТ/БАЗА. Лозинка се узима из ~/.pgpass или је Waymark тражи; никада се не чува.</translation>
    </message>
    <message>
        <source>Shown to the others next to the changes you make</source>
        <translation>Остали виде ово име поред ваших измена</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;Адреса сервера:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;име:</translation>
    </message>
    <message>
        <source>Type the server's address, for example postgresql://db.example.com/workshops.</source>
        <translation>Унесите адресу сервера, на пример postgresql://db.example.com/workshops.</translation>
    </message>
    <message>
        <source>The address is not a PostgreSQL URL: %1
Write it as postgresql://HOST[:PORT]/DATABASE.</source>
        <translation>Ово није PostgreSQL адреса: %1
Напишите је као postgresql://ХОСТ[:ПОРТ]/БАЗА.</translation>
    </message>
</context>
<context>
    <name>waymark::StageDialog</name>
    <message>
        <source>Stage Properties</source>
        <translation>Својства фазе</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <source>What the customer is trying to do in this stage</source>
        <translation>Шта корисник покушава да уради у овој фази</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>Промена фазе</translation>
    </message>
</context>
<context>
    <name>waymark::StartPage</name>
    <message>
        <source>Welcome to Waymark</source>
        <translation>Добро дошли у Waymark</translation>
    </message>
    <message>
        <source>Map a customer's journey together with the people who serve it: stages as columns, lanes as rows, a card for every step. Start with one of these.</source>
        <translation>Мапирајте путовање корисника заједно са људима који га услужују: фазе као колоне, траке као редови, картица за сваки корак. Почните једним од ових.</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Почетак</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Ново путовање</translation>
    </message>
    <message>
        <source>An empty map with a few stages and lanes to rename</source>
        <translation>Празна мапа са неколико фаза и трака које можете да преименујете</translation>
    </message>
    <message>
        <source>Open the sample workshop</source>
        <translation>Отвори пример радионице</translation>
    </message>
    <message>
        <source>A retail bank's "open an account" journey, filled in, to try everything on</source>
        <translation>Попуњено путовање „отварање рачуна“ једне банке за становништво, да све испробате</translation>
    </message>
    <message>
        <source>Open a journey…</source>
        <translation>Отвори путовање…</translation>
    </message>
    <message>
        <source>A .waymark or .waymark.json file</source>
        <translation>Датотека .waymark или .waymark.json</translation>
    </message>
    <message>
        <source>Recent journeys</source>
        <translation>Недавна путовања</translation>
    </message>
    <message>
        <source>None yet: the journeys you open or save appear here.</source>
        <translation>Још ништа: овде се појављују путовања која отворите или сачувате.</translation>
    </message>
    <message>
        <source>You can also drop a journey file, or a survey's CSV or Excel file, on this window.</source>
        <translation>На овај прозор можете да превучете и датотеку путовања или CSV или Excel датотеку анкете.</translation>
    </message>
    <message>
        <source>How a workshop goes</source>
        <translation>Како тече радионица</translation>
    </message>
    <message>
        <source>Map the steps</source>
        <translation>Мапирајте кораке</translation>
    </message>
    <message>
        <source>Name the stages the customer goes through and the lanes of who serves them, then add a card for every touchpoint: double-click a cell or press N.</source>
        <translation>Наведите фазе кроз које корисник пролази и траке оних који га услужују, па додајте картицу за сваку додирну тачку: двапут кликните на ћелију или притисните N.</translation>
    </message>
    <message>
        <source>Add the effort</source>
        <translation>Додајте напор</translation>
    </message>
    <message>
        <source>Give each card what it costs the customer: time, money, negative emotion. The heatmap shows where the journey hurts.</source>
        <translation>Свакој картици упишите шта кошта корисника: време, новац, негативну емоцију. Топлотна мапа показује где путовање боли.</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Гласање</translation>
    </message>
    <message>
        <source>Add the participants in the Workshop dock and let everyone spend their dots on the pain points that matter most.</source>
        <translation>Додајте учеснике на панелу „Радионица“ и нека свако распореди своје тачкице на болне тачке које су најважније.</translation>
    </message>
    <message>
        <source>Make the business case</source>
        <translation>Поткрепите пословни случај</translation>
    </message>
    <message>
        <source>Turn the top-voted pain points into opportunities with their costs and benefits, then export the PDF for the department heads.</source>
        <translation>Болне тачке са највише гласова претворите у прилике са трошковима и користима, па извезите PDF за руководиоце одељења.</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>Почни од шаблона…</translation>
    </message>
    <message>
        <source>Banking, telecom, insurance, online shop, public service, B2B software, or one of yours</source>
        <translation>Банка, телеком, осигурање, онлајн продавница, јавна услуга, пословни софтвер или ваш сопствени шаблон</translation>
    </message>
</context>
<context>
    <name>waymark::SystemFields</name>
    <message>
        <source>System</source>
        <translation>Систем</translation>
    </message>
    <message>
        <source> years</source>
        <translation> г.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>непознато</translation>
    </message>
    <message>
        <source>How old the system is: old systems are where the technology gap shows</source>
        <translation>Колико је систем стар: технолошки јаз се показује код старих система</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>&amp;Старост:</translation>
    </message>
    <message>
        <source>What it cannot do, e.g. no status updates, no e-signature</source>
        <translation>Шта не може да ради, нпр. нема обавештења о статусу, нема електронског потписа</translation>
    </message>
    <message>
        <source>What it &amp;cannot do:</source>
        <translation>Шта не може да &amp;ради:</translation>
    </message>
    <message>
        <source>Tick the touchpoints this system is behind</source>
        <translation>Штиклирајте додирне тачке иза којих стоји овај систем</translation>
    </message>
    <message>
        <source>&amp;Supports:</source>
        <translation>Подр&amp;жава:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>waymark::TechGapDialog</name>
    <message>
        <source>Technology Gap</source>
        <translation>Технолошки јаз</translation>
    </message>
    <message>
        <source>The systems behind the journey (cards in Systems lanes), those behind the most pain points first.</source>
        <translation>Системи на којима почива путовање (картице у тракама „Системи“), прво они иза највише болних тачака.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Систем</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Старост</translation>
    </message>
    <message>
        <source>What it cannot do</source>
        <translation>Шта не може да ради</translation>
    </message>
    <message>
        <source>Pain points it causes</source>
        <translation>Болне тачке које изазива</translation>
    </message>
    <message>
        <source>Customer time there</source>
        <translation>Време корисника на тим местима</translation>
    </message>
    <message>
        <source>Opportunities replacing it</source>
        <translation>Прилике које га замењују</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 г.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>непознато</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нема</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>још нема</translation>
    </message>
</context>
<context>
    <name>waymark::TemplateCardDelegate</name>
    <message>
        <source>Cannot be used: %1</source>
        <translation>Не може да се користи: %1</translation>
    </message>
    <message>
        <source>Stages: %1 · cards: %2</source>
        <translation>Фаза: %1 · картица: %2</translation>
    </message>
    <message>
        <source>your template</source>
        <translation>ваш шаблон</translation>
    </message>
</context>
<context>
    <name>waymark::TemplateGalleryDialog</name>
    <message>
        <source>New from Template</source>
        <translation>Ново из шаблона</translation>
    </message>
    <message>
        <source>A map to adapt to your journey: its stages, lanes and departments, and typical cards with their effort. Rename, add or remove anything once it is open.</source>
        <translation>Мапа коју прилагођавате свом путовању: фазе, траке и одељења, као и типичне картице са напором. Када је отворите, можете да преименујете, додате или уклоните било шта.</translation>
    </message>
    <message>
        <source>Search templates, e.g. claim or delivery</source>
        <translation>Претражи шаблоне, нпр. незгода или достава</translation>
    </message>
    <message>
        <source>Any journey can become a template (File → Save as Template…); yours are kept in %1.</source>
        <translation>Свако путовање може да постане шаблон (Датотека → Сачувај као шаблон…); ваши шаблони се чувају у %1.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Направи</translation>
    </message>
    <message>
        <source>No template matches "%1".</source>
        <translation>Ниједан шаблон не одговара упиту „%1“.</translation>
    </message>
</context>
<context>
    <name>waymark::TimeboxWidget</name>
    <message>
        <source>Time left</source>
        <translation>Преостало време</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минути</translation>
    </message>
    <message>
        <source>Length of the timebox in minutes</source>
        <translation>Трајање временског оквира у минутима</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ресетуј</translation>
    </message>
    <message>
        <source>Stop and put the full time back</source>
        <translation>Зауставите тајмер и вратите пуно време</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Настави</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Покрени</translation>
    </message>
</context>
<context>
    <name>waymark::TouchpointNpsList</name>
    <message>
        <source>Touchpoint</source>
        <translation>Додирна тачка</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Одељење</translation>
    </message>
    <message>
        <source>95 %</source>
        <translation>95 %</translation>
    </message>
    <message>
        <source>95 % margin of error, in the figure's points</source>
        <translation>Маргина грешке од 95 % у поенима показатеља</translation>
    </message>
    <message>
        <source>95 % interval of the figure</source>
        <translation>Интервал поверења показатеља од 95 %</translation>
    </message>
    <message>
        <source>Fewer than %1 answers: a weak signal</source>
        <translation>Мање од %1 одговора: слаб сигнал</translation>
    </message>
</context>
<context>
    <name>waymark::VoiceDock</name>
    <message>
        <source>“%1” — %2</source>
        <translation>„%1“ — %2</translation>
    </message>
    <message>
        <source>What Customers Say</source>
        <translation>Шта корисници кажу</translation>
    </message>
    <message>
        <source>Selected card</source>
        <translation>Изабрана картица</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Comments of:</source>
        <translation>Коментари за:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Од:</translation>
    </message>
    <message>
        <source>Select Cards Where This Term Stands Out</source>
        <translation>Изабери картице на којима се овај термин издваја</translation>
    </message>
    <message>
        <source>Selects on the map every card whose comments (in this category) use the term distinctly often</source>
        <translation>Бира на мапи сваку картицу чији коментари (у овој категорији) упадљиво често користе овај термин</translation>
    </message>
    <message>
        <source>Click a term to read what customers wrote.</source>
        <translation>Кликните на термин да прочитате шта су корисници написали.</translation>
    </message>
    <message>
        <source>Search every comment…</source>
        <translation>Претражи све коментаре…</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Сви одговори</translation>
    </message>
    <message>
        <source>Reading %L1 answers' comments…</source>
        <translation>Читање коментара из %L1 одговора…</translation>
    </message>
    <message>
        <source>No survey answers with comments in this journey: import a file with a comment column (Data → Import Survey…).</source>
        <translation>У овом путовању нема одговора из анкете са коментарима: увезите датотеку са колоном коментара (Подаци → Увоз анкете…).</translation>
    </message>
    <message>
        <source>Comments are read when this panel is shown.</source>
        <translation>Коментари се читају када се овај панел прикаже.</translation>
    </message>
    <message>
        <source>This card has no data key, so no survey answers belong to it (set one in Properties).</source>
        <translation>Ова картица нема кључ података, па јој не припада ниједан одговор из анкете (поставите га у Својствима).</translation>
    </message>
    <message>
        <source>Select one card on the map, or choose a stage, segment or quarter above.</source>
        <translation>Изаберите једну картицу на мапи или изнад изаберите фазу, сегмент или квартал.</translation>
    </message>
    <message>
        <source>No comments from %1 for “%2”.</source>
        <translation>За „%2“ нема коментара у категорији „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n comment(s) from %2</source>
        <translation>
            <numerusform>„%1“: %2 — %n коментар</numerusform>
            <numerusform>„%1“: %2 — %n коментара</numerusform>
            <numerusform>„%1“: %2 — %n коментара</numerusform>
        </translation>
    </message>
    <message>
        <source>against %1 others.</source>
        <translation>наспрам %1 осталих.</translation>
    </message>
    <message>
        <source>Nothing to compare them with: choose another category.</source>
        <translation>Нема са чим да се упореди: изаберите другу категорију.</translation>
    </message>
    <message>
        <source>No word stands out (|z| ≥ 1.96, seen at least %1 times).</source>
        <translation>Ниједна реч се не издваја (|z| ≥ 1.96, виђена бар %1 пута).</translation>
    </message>
    <message>
        <source>What customers wrote with “%1”:</source>
        <translation>Шта су корисници написали са „%1“:</translation>
    </message>
    <message>
        <source>Type a word to find it in every comment, whatever the card or score.</source>
        <translation>Упишите реч да бисте је пронашли у свим коментарима, без обзира на картицу или оцену.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) contain “%1”</source>
        <translation>
            <numerusform>%n коментар садржи „%1“</numerusform>
            <numerusform>%n коментара садрже „%1“</numerusform>
            <numerusform>%n коментара садржи „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first %1 shown)</source>
        <translation>(приказано првих %1)</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>оцена %1</translation>
    </message>
    <message>
        <source>Comparing the comments…</source>
        <translation>Поређење коментара…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Претрага…</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers… Their comments are shown here when they are read.</source>
        <translation>Читају се %L1 одговора из анкете… Њихови коментари биће приказани овде чим одговори буду учитани.</translation>
    </message>
</context>
<context>
    <name>waymark::VoiceTermDelegate</name>
    <message>
        <source>%1 · z %2</source>
        <translation>%1 · z %2</translation>
    </message>
</context>
<context>
    <name>waymark::VoiceTermsModel</name>
    <message numerus="yes">
        <source>“%1”: %n time(s) in these comments, %2 in all others; log-odds %3, z = %4</source>
        <translation>
            <numerusform>„%1“: %n пут у овим коментарима, %2 у свим осталим; лог-количник шанси %3, z = %4</numerusform>
            <numerusform>„%1“: %n пута у овим коментарима, %2 у свим осталим; лог-количник шанси %3, z = %4</numerusform>
            <numerusform>„%1“: %n пута у овим коментарима, %2 у свим осталим; лог-количник шанси %3, z = %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::VoteBanner</name>
    <message>
        <source>%1 is voting — %2 of %3 dots left</source>
        <translation>%1 гласа — преостало је %2 од %3 тачкица</translation>
    </message>
    <message>
        <source>Vote open, but nobody can vote: add people in the Workshop dock.</source>
        <translation>Гласање је отворено, али нико не може да гласа: додајте људе на панелу „Радионица“.</translation>
    </message>
    <message>
        <source>Vote open — who is voting? Press 1–9 or click a name in the Workshop dock.</source>
        <translation>Гласање је отворено — ко гласа? Притисните 1–9 или кликните на име на панелу „Радионица“.</translation>
    </message>
</context>
<context>
    <name>waymark::VotePanel</name>
    <message>
        <source>Start Vote…</source>
        <translation>Покрени гласање…</translation>
    </message>
    <message>
        <source>Close Vote</source>
        <translation>Затвори гласање</translation>
    </message>
    <message>
        <source>&amp;Results of:</source>
        <translation>&amp;Резултати гласања:</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Тачкице</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Картица</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Извези CSV…</translation>
    </message>
    <message>
        <source>The journey is open for review only: no vote can be started.</source>
        <translation>Путовање је отворено само за преглед: гласање није могуће покренути.</translation>
    </message>
    <message>
        <source>“%1” is still open: close it before starting another vote.</source>
        <translation>Гласање „%1“ је још отворено: затворите га пре него што покренете ново.</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>Затвори гласање</translation>
    </message>
    <message>
        <source>No vote is open.</source>
        <translation>Нема отвореног гласања.</translation>
    </message>
    <message>
        <source>There are no results to export: the dots of an open hidden vote stay secret until it closes.</source>
        <translation>Нема резултата за извоз: тачкице у отвореном тајном гласању остају скривене док се гласање не затвори.</translation>
    </message>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>Резултате није могуће сачувати у %1: %2</translation>
    </message>
    <message>
        <source>Start Vote</source>
        <translation>Покретање гласања</translation>
    </message>
    <message>
        <source>Biggest pain points</source>
        <translation>Највеће болне тачке</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничења</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Hide dots until the vote closes</source>
        <translation>Сакриј тачкице док се гласање не затвори</translation>
    </message>
    <message>
        <source>Nobody follows the crowd: the dots appear on the map when the vote closes.</source>
        <translation>Тако нико не прати већину: тачкице се појављују на мапи тек када се гласање затвори.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Наслов:</translation>
    </message>
    <message>
        <source>&amp;Vote on:</source>
        <translation>Гласа се &amp;за:</translation>
    </message>
    <message>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Тачкица по особи:</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>Временско &amp;ограничење:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) on the map can get dots.</source>
        <translation>
            <numerusform>%Ln картица на мапи може добити тачкице.</numerusform>
            <numerusform>%Ln картице на мапи могу добити тачкице.</numerusform>
            <numerusform>%Ln картица на мапи може добити тачкице.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Покрени</translation>
    </message>
    <message>
        <source>Export Vote Results</source>
        <translation>Извоз резултата гласања</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV датотеке (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Извоз CSV-а</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>QDateTime format of a vote's start</comment>
        <translation>d. MMM HH:mm</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (open)</source>
        <translation>%1 — %2 (отворено)</translation>
    </message>
    <message numerus="yes">
        <source>Open: %1 — %2, %Ln dot(s) each.</source>
        <translation>
            <numerusform>Отворено: %1 — %2; свако има %Ln тачкицу.</numerusform>
            <numerusform>Отворено: %1 — %2; свако има %Ln тачкице.</numerusform>
            <numerusform>Отворено: %1 — %2; свако има %Ln тачкица.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dots stay hidden until the vote closes.</source>
        <translation>Тачкице остају скривене док се гласање не затвори.</translation>
    </message>
    <message>
        <source>Click cards on the map to place the dots of whoever has the floor; right-click takes one back.</source>
        <translation>Кликните на картице на мапи да бисте поставили тачкице учесника који има реч; десни клик враћа тачкицу.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 left</source>
        <translation>%1: преостало %2 од %3</translation>
    </message>
    <message>
        <source>=%1</source>
        <comment>a rank shared by several cards</comment>
        <translation>=%1</translation>
    </message>
    <message>
        <source>No votes yet. Start one to find the pain points the room cares about most.</source>
        <translation>Још нема гласања. Покрените једно да бисте открили које болне тачке учесницима највише сметају.</translation>
    </message>
    <message>
        <source>No dots yet.</source>
        <translation>Још нема тачкица.</translation>
    </message>
    <message>
        <source>Opportunities from Top Cards…</source>
        <translation>Прилике од најбоље рангираних картица…</translation>
    </message>
    <message>
        <source>Turn the cards with the most dots into opportunities for the business case</source>
        <translation>Претвори картице са највише тачкица у прилике за пословни случај</translation>
    </message>
    <message>
        <source>There is no vote to take the top cards from.</source>
        <translation>Нема гласања из кога би се узеле најбоље рангиране картице.</translation>
    </message>
    <message>
        <source>Opportunities from Top Cards</source>
        <translation>Прилике од најбоље рангираних картица</translation>
    </message>
    <message>
        <source>One opportunity for each of the top cards of “%1” (cards that have one already are skipped). How many cards?</source>
        <translation>По једна прилика за сваку од најбоље рангираних картица гласања „%1“ (картице које је већ имају се прескачу). Колико картица?</translation>
    </message>
    <message>
        <source>The room</source>
        <comment>the participant standing for everyone when the room votes as one</comment>
        <translation>Цела група</translation>
    </message>
    <message>
        <source>Start vote as the room</source>
        <translation>Почни гласање као цела група</translation>
    </message>
    <message>
        <source>Nobody is on the participants list yet. Who votes?</source>
        <translation>На списку учесника још нема никога. Ко гласа?</translation>
    </message>
    <message>
        <source>The &amp;room, as one: a shared budget of dots, placed by clicking cards</source>
        <translation>Цела &amp;група заједно: заједнички фонд тачкица, које се постављају кликом на картице</translation>
    </message>
    <message>
        <source>&amp;Add participants first, each with their own dots</source>
        <translation>Прво &amp;додајте учеснике, сваког са својим тачкицама</translation>
    </message>
    <message>
        <source>&amp;Dots for the room:</source>
        <translation>&amp;Тачкице за групу:</translation>
    </message>
</context>
<context>
    <name>waymark::WorkshopCanvas</name>
    <message>
        <source>A vote is open: choose who is voting (Workshop dock, or keys 1–9), then click cards.</source>
        <translation>Гласање је отворено: изаберите ко гласа (панел „Радионица“ или тастери 1–9), па кликните на картице.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 dots left</source>
        <translation>%1: преостало тачкица: %2 од %3</translation>
    </message>
</context>
<context>
    <name>waymark::WorkshopDock</name>
    <message>
        <source>Workshop</source>
        <translation>Радионица</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Учесници</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Гласање</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Дневни ред</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Тајмер</translation>
    </message>
    <message numerus="yes">
        <source>Connected now (%n): %1</source>
        <translation>
            <numerusform>Тренутно повезан (%n): %1</numerusform>
            <numerusform>Тренутно повезана (%n): %1</numerusform>
            <numerusform>Тренутно повезано (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone who has this shared journey open at the moment</source>
        <translation>Сви који тренутно имају отворено ово заједничко путовање</translation>
    </message>
</context>
</TS>
