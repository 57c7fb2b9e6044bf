<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>Autosaver</name>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation>Не вдалося записати копію для відновлення: %1</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value model to %L1 customers…</source>
        <translation>Модель пожиттєвої цінності підбирається за даними клієнтів (%L1)…</translation>
    </message>
</context>
<context>
    <name>BusinessCase</name>
    <message>
        <source>one-off cost</source>
        <translation>одноразові витрати</translation>
    </message>
    <message>
        <source>discount rate</source>
        <translation>ставка дисконтування</translation>
    </message>
    <message>
        <source>year %1: benefits − running cost</source>
        <translation>рік %1: вигоди − поточні витрати</translation>
    </message>
    <message>
        <source>(%1 − %2) × %3</source>
        <translation>(%1 − %2) × %3</translation>
    </message>
    <message>
        <source>Net present value — %1</source>
        <translation>Чистий дисконтований дохід — %1</translation>
    </message>
    <message>
        <source>−one-off cost + Σ years (benefits − running cost) / (1 + discount rate)^year</source>
        <translation>−одноразові витрати + Σ за роками (вигоди − поточні витрати) / (1 + ставка дисконтування)^рік</translation>
    </message>
    <message>
        <source>Net present value, low — %1</source>
        <translation>Чистий дисконтований дохід, нижня оцінка — %1</translation>
    </message>
    <message>
        <source>as the NPV, with the low end of every benefit</source>
        <translation>як ЧДД, але з нижньою межею кожної вигоди</translation>
    </message>
    <message>
        <source>benefits per year, low</source>
        <translation>вигоди на рік, нижня оцінка</translation>
    </message>
    <message>
        <source>Net present value, high — %1</source>
        <translation>Чистий дисконтований дохід, верхня оцінка — %1</translation>
    </message>
    <message>
        <source>as the NPV, with the high end of every benefit</source>
        <translation>як ЧДД, але з верхньою межею кожної вигоди</translation>
    </message>
    <message>
        <source>benefits per year, high</source>
        <translation>вигоди на рік, верхня оцінка</translation>
    </message>
    <message>
        <source>Return on investment — %1</source>
        <translation>Рентабельність інвестицій (ROI) — %1</translation>
    </message>
    <message>
        <source>NPV / (one-off cost + Σ years running cost / (1 + discount rate)^year)</source>
        <translation>ЧДД / (одноразові витрати + Σ за роками поточні витрати / (1 + ставка дисконтування)^рік)</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>ЧДД</translation>
    </message>
    <message>
        <source>discounted running costs</source>
        <translation>дисконтовані поточні витрати</translation>
    </message>
    <message>
        <source>net per month after delivery</source>
        <translation>чистий потік на місяць після впровадження</translation>
    </message>
    <message>
        <source>Payback — %1</source>
        <translation>Окупність — %1</translation>
    </message>
    <message>
        <source>the first month in which the cumulative net (undiscounted) reaches the one-off cost</source>
        <translation>перший місяць, у якому накопичений чистий потік (без дисконтування) досягає одноразових витрат</translation>
    </message>
    <message>
        <source>the cumulative net does not reach the one-off cost within the horizon</source>
        <translation>накопичений чистий потік не досягає одноразових витрат у межах горизонту</translation>
    </message>
    <message>
        <source>The one-off cost is in %1, not %2: left out</source>
        <translation>Одноразові витрати вказано в %1, а не в %2: не враховано</translation>
    </message>
    <message>
        <source>The running cost is in %1, not %2: left out</source>
        <translation>Поточні витрати вказано в %1, а не в %2: не враховано</translation>
    </message>
    <message>
        <source>A change names a card that is no longer on the map: left out</source>
        <translation>Зміна посилається на картку, якої вже немає на карті: не враховано</translation>
    </message>
    <message>
        <source>customers per year at the stage</source>
        <translation>клієнтів на рік на етапі</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>охоплення</translation>
    </message>
    <message>
        <source>The money saved at “%1” is in %2, not %3: left out</source>
        <translation>Заощаджені гроші на «%1» вказано в %2, а не в %3: не враховано</translation>
    </message>
    <message>
        <source>Customer effort saved — %1</source>
        <translation>Заощаджені зусилля клієнта — %1</translation>
    </message>
    <message>
        <source>customers × reach × (minutes saved / 60 × hour value + money saved)</source>
        <translation>клієнти × охоплення × (заощаджені хвилини / 60 × вартість години + заощаджені гроші)</translation>
    </message>
    <message>
        <source>minutes saved</source>
        <translation>заощаджені хвилини</translation>
    </message>
    <message>
        <source>hour value</source>
        <translation>вартість години</translation>
    </message>
    <message>
        <source>money saved</source>
        <translation>заощаджені гроші</translation>
    </message>
    <message>
        <source>No cost per contact is set for the %1 channel: “%2” saves nothing to serve</source>
        <translation>Для каналу %1 не задано вартість контакту: «%2» не знижує вартість обслуговування</translation>
    </message>
    <message>
        <source>Cost to serve saved — %1</source>
        <translation>Зниження вартості обслуговування — %1</translation>
    </message>
    <message>
        <source>customers × reach × contacts avoided × cost per contact of the channel</source>
        <translation>клієнти × охоплення × усунені контакти × вартість контакту в каналі</translation>
    </message>
    <message>
        <source>contacts avoided</source>
        <translation>усунені контакти</translation>
    </message>
    <message>
        <source>cost per contact (%1)</source>
        <translation>вартість контакту (%1)</translation>
    </message>
    <message>
        <source>touchpoint “%1”</source>
        <translation>точка контакту «%1»</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: the journey has no NPS data</source>
        <translation>Утримання на «%1» не враховано: у шляху немає даних NPS</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: the card has no data key for NPS answers</source>
        <translation>Утримання на «%1» не враховано: картка не має ключа даних для відповідей NPS</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: no NPS answers at touchpoint “%2”</source>
        <translation>Утримання на «%1» не враховано: немає відповідей NPS у точці контакту «%2»</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: the journey has no CLV data</source>
        <translation>Утримання на «%1» не враховано: у шляху немає даних CLV</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: no CLV of the NPS categories it moves</source>
        <translation>Утримання на «%1» не враховано: немає CLV для категорій NPS, між якими переходять клієнти</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: the CLV is in %2, not %3</source>
        <translation>Утримання на «%1» не враховано: CLV вказано в %2, а не в %3</translation>
    </message>
    <message>
        <source>Retention — %1</source>
        <translation>Утримання — %1</translation>
    </message>
    <message>
        <source>customers × reach × detractor share × (to passives × (CLV passives − CLV detractors) + to promoters × (CLV promoters − CLV detractors))</source>
        <translation>клієнти × охоплення × частка критиків × (у нейтрали × (CLV нейтралів − CLV критиків) + у промоутери × (CLV промоутерів − CLV критиків))</translation>
    </message>
    <message>
        <source>detractor share (95 % interval)</source>
        <translation>частка критиків (інтервал 95 %)</translation>
    </message>
    <message>
        <source>%1 (%2 – %3) of %4 answers</source>
        <translation>%1 (%2 – %3), відповідей: %4</translation>
    </message>
    <message>
        <source>to passives</source>
        <translation>у нейтрали</translation>
    </message>
    <message>
        <source>to promoters</source>
        <translation>у промоутери</translation>
    </message>
    <message>
        <source>mean CLV detractors</source>
        <translation>середній CLV критиків</translation>
    </message>
    <message>
        <source>mean CLV passives</source>
        <translation>середній CLV нейтралів</translation>
    </message>
    <message>
        <source>mean CLV promoters</source>
        <translation>середній CLV промоутерів</translation>
    </message>
    <message>
        <source>The money the new step “%1” costs is in %2, not %3: left out</source>
        <translation>Витрати клієнта на новий крок «%1» вказано в %2, а не в %3: не враховано</translation>
    </message>
    <message>
        <source>Customer effort added — %1</source>
        <translation>Додані зусилля клієнта — %1</translation>
    </message>
    <message>
        <source>−customers × (minutes / 60 × hour value + money)</source>
        <translation>−клієнти × (хвилини / 60 × вартість години + гроші)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>хвилини</translation>
    </message>
    <message>
        <source>money</source>
        <translation>гроші</translation>
    </message>
    <message>
        <source>spread (%1 confidence)</source>
        <translation>розкид (упевненість: %1)</translation>
    </message>
    <message>
        <source>Customer effort per year — %1</source>
        <translation>Зусилля клієнта на рік — %1</translation>
    </message>
    <message>
        <source>Σ cards' customer effort saved − added steps' effort</source>
        <translation>Σ заощаджених зусиль клієнта за картками − зусилля на доданих кроках</translation>
    </message>
    <message>
        <source>low</source>
        <translation>нижня оцінка</translation>
    </message>
    <message>
        <source>high</source>
        <translation>верхня оцінка</translation>
    </message>
    <message>
        <source>Cost to serve per year — %1</source>
        <translation>Зниження вартості обслуговування на рік — %1</translation>
    </message>
    <message>
        <source>Σ cards' cost to serve saved</source>
        <translation>Σ зниження вартості обслуговування за картками</translation>
    </message>
    <message>
        <source>Retention per year — %1</source>
        <translation>Утримання на рік — %1</translation>
    </message>
    <message>
        <source>CLV at risk — %1</source>
        <translation>CLV під загрозою — %1</translation>
    </message>
    <message>
        <source>Σ linked touchpoints: lifetime value of the customers whose latest answer there was a detractor's</source>
        <translation>Σ за пов'язаними точками контакту: пожиттєва цінність клієнтів, чия остання відповідь там була відповіддю критика</translation>
    </message>
    <message>
        <source>Running cost per year — %1</source>
        <translation>Поточні витрати на рік — %1</translation>
    </message>
    <message>
        <source>from month %1 on, after delivery</source>
        <translation>з %1-го місяця, після впровадження</translation>
    </message>
    <message>
        <source>months to deliver</source>
        <translation>місяців на впровадження</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>No customers per year are set: every benefit is 0</source>
        <translation>Не задано кількість клієнтів на рік: усі вигоди дорівнюють 0</translation>
    </message>
    <message>
        <source>The scenario names an opportunity that no longer exists: left out</source>
        <translation>Сценарій посилається на можливість, якої вже немає: не враховано</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is changed by %2: the total counts each change in full, so it overstates their overlap</source>
        <translation>«%1» змінюють %2: підсумок враховує кожну зміну повністю, тому завищує ефект там, де вони перетинаються</translation>
    </message>
    <message>
        <source>Σ opportunities</source>
        <translation>Σ можливостей</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>можливості</translation>
    </message>
    <message>
        <source>Σ touchpoints linked by any opportunity, each counted once</source>
        <translation>Σ точок контакту, пов'язаних хоча б з однією можливістю, кожна врахована один раз</translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation>точки контакту</translation>
    </message>
    <message>
        <source>the largest card's retention (a customer changes category once); the range uses the ends of the detractor share's 95 % interval and the spread</source>
        <translation>утримання за карткою з найбільшим ефектом (клієнт змінює категорію лише один раз); діапазон будується за межами інтервалу 95 % для частки критиків і за розкидом</translation>
    </message>
    <message>
        <source>Retention at “%1” not counted yet: reading the %L2 survey answers…</source>
        <translation>Утримання на «%1» ще не враховано: читаємо %L2 відповідей опитування…</translation>
    </message>
    <message>
        <source>Retention at “%1” not counted yet: fitting the lifetime-value model to %L2 customers…</source>
        <translation>Утримання на «%1» ще не враховано: модель пожиттєвої цінності підбирається за даними клієнтів (%L2)…</translation>
    </message>
    <message>
        <source>Retention at “%1” not counted yet: matching %L2 survey answers to customers…</source>
        <translation>Утримання на «%1» ще не враховано: відповіді опитування (%L2) зіставляються з клієнтами…</translation>
    </message>
</context>
<context>
    <name>BusinessCaseXlsx</name>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>не вдалося створити тимчасову теку: %1</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>не вдалося створити книгу</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Вхідні дані</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Розрахунок</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>Пояснення</translation>
    </message>
    <message>
        <source>cannot add the sheets</source>
        <translation>не вдалося додати аркуші</translation>
    </message>
    <message>
        <source>Business case: every opportunity</source>
        <translation>Бізнес-кейс: усі можливості</translation>
    </message>
    <message>
        <source>Business case: %1</source>
        <translation>Бізнес-кейс: %1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Horizon (years, 1–10)</source>
        <translation>Горизонт (років, 1–10)</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Ставка дисконтування</translation>
    </message>
    <message>
        <source>Customers per year</source>
        <translation>Клієнтів на рік</translation>
    </message>
    <message>
        <source>Customers per year — %1</source>
        <translation>Клієнтів на рік — %1</translation>
    </message>
    <message>
        <source>Value of the customer's hour</source>
        <translation>Вартість години клієнта</translation>
    </message>
    <message>
        <source>Cost per contact — %1</source>
        <translation>Вартість контакту — %1</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Можливість</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Одноразові витрати</translation>
    </message>
    <message>
        <source>Running cost / year</source>
        <translation>Поточні витрати / рік</translation>
    </message>
    <message>
        <source>Months to deliver</source>
        <translation>Місяців на впровадження</translation>
    </message>
    <message>
        <source>Customer effort / year</source>
        <translation>Зусилля клієнта / рік</translation>
    </message>
    <message>
        <source>Cost to serve / year</source>
        <translation>Вартість обслуговування / рік</translation>
    </message>
    <message>
        <source>Retention / year</source>
        <translation>Утримання / рік</translation>
    </message>
    <message>
        <source>Benefits / year, low</source>
        <translation>Вигоди / рік, нижня оцінка</translation>
    </message>
    <message>
        <source>Benefits / year, high</source>
        <translation>Вигоди / рік, верхня оцінка</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>ЧДД</translation>
    </message>
    <message>
        <source>NPV, low</source>
        <translation>ЧДД, нижня оцінка</translation>
    </message>
    <message>
        <source>NPV, high</source>
        <translation>ЧДД, верхня оцінка</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>Окупність (місяців)</translation>
    </message>
    <message>
        <source>Year %1: net, discounted</source>
        <translation>Рік %1: чистий потік, дисконтований</translation>
    </message>
    <message>
        <source>Year %1: running cost, discounted</source>
        <translation>Рік %1: поточні витрати, дисконтовані</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>не в межах горизонту</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>не вдалося записати книгу: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не вдалося записати %1: %2</translation>
    </message>
</context>
<context>
    <name>CardImage</name>
    <message>
        <source>The stored picture is damaged.</source>
        <translation>Збережене зображення пошкоджене.</translation>
    </message>
    <message>
        <source>The stored picture is damaged (%1).</source>
        <translation>Збережене зображення пошкоджене (%1).</translation>
    </message>
    <message>
        <source>The picture is stored as “%1”, which is neither JPEG nor PNG.</source>
        <translation>Зображення збережено у форматі «%1» — це не JPEG і не PNG.</translation>
    </message>
    <message>
        <source>The stored picture is %1 × %2 pixels; pictures on cards are at most %3 pixels on each side.</source>
        <translation>Збережене зображення має розмір %1 × %2 пікселів, а зображення на картках — не більше %3 пікселів за кожною стороною.</translation>
    </message>
    <message>
        <source>the picture has no id</source>
        <translation>у зображення немає ідентифікатора</translation>
    </message>
    <message>
        <source>the picture is stored as “%1”, which is neither JPEG nor PNG</source>
        <translation>зображення збережено у форматі «%1», а це не JPEG і не PNG</translation>
    </message>
    <message>
        <source>the picture is empty</source>
        <translation>зображення порожнє</translation>
    </message>
    <message>
        <source>the picture takes %1; a stored picture takes at most %2</source>
        <translation>зображення займає %1; збережене зображення може займати не більше %2</translation>
    </message>
    <message>
        <source>the picture's size %1 × %2 is not from 1 to %3 pixels on each side</source>
        <translation>розмір зображення %1 × %2 — кожна сторона має бути від 1 до %3 пікселів</translation>
    </message>
</context>
<context>
    <name>CardImageImport</name>
    <message>
        <source>the file is %1; a picture may be at most %2.</source>
        <translation>розмір файлу — %1, а зображення може займати не більше %2.</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete.</source>
        <translation>зображення пошкоджене або неповне.</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete (%1).</source>
        <translation>зображення пошкоджене або неповне (%1).</translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation>Вставлене зображення</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>it could not be read: %1</source>
        <translation>не вдалося прочитати: %1</translation>
    </message>
    <message>
        <source>it is larger than %1, the most a picture may be.</source>
        <translation>файл більший за %1 — граничний розмір зображення.</translation>
    </message>
    <message>
        <source>there is no such file (%1).</source>
        <translation>такого файлу немає (%1).</translation>
    </message>
    <message>
        <source>this is not a file but a folder or a device.</source>
        <translation>це не файл, а тека або пристрій.</translation>
    </message>
    <message>
        <source>it could not be opened: %1</source>
        <translation>не вдалося відкрити: %1</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>у ньому нічого немає.</translation>
    </message>
    <message>
        <source>this is not a picture Waymark can read; it takes %1.</source>
        <translation>це не зображення, яке Waymark може прочитати; Waymark приймає %1.</translation>
    </message>
    <message>
        <source>its format is %1; Waymark takes %2.</source>
        <translation>формат — %1, а Waymark приймає %2.</translation>
    </message>
    <message>
        <source>the picture is %1 × %2 pixels (%3 megapixels); a picture may have at most %4 megapixels.</source>
        <translation>зображення розміром %1 × %2 пікселів (%3 Мп), а допускається не більше %4 Мп.</translation>
    </message>
    <message>
        <source>the picture is %1 × %2 pixels at %3 bits a pixel: reading it would take %4 of memory, more than the %5 a picture may take.</source>
        <translation>зображення %1 × %2 пікселів по %3 біт на піксель: для читання потрібно %4 пам’яті, а одному зображенню дозволено не більше %5.</translation>
    </message>
    <message>
        <source>the picture could not be written anew as %1.</source>
        <translation>не вдалося заново записати зображення у форматі %1.</translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <source>(untitled)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>Time: %1 · Money: %2 · Negative emotion: %3/10</source>
        <translation>Час: %1 · Гроші: %2 · Негативна емоція: %3/10</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Больова точка</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Момент істини</translation>
    </message>
    <message>
        <source>today: %1</source>
        <translation>сьогодні: %1</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>видалена</translation>
    </message>
    <message>
        <source>new</source>
        <translation>нова</translation>
    </message>
    <message>
        <source>Pain point (red triangle): the step hurts the customer; the team wants it fixed.</source>
        <translation>Больова точка (червоний трикутник): цей крок завдає клієнтові незручностей, і команда хоче це виправити.</translation>
    </message>
    <message>
        <source>Moment of truth (star): the customer decides here whether to stay.</source>
        <translation>Момент істини (зірка): тут клієнт вирішує, чи залишитися.</translation>
    </message>
    <message>
        <source>Coloured bar: the department that owns this step — %1.</source>
        <translation>Кольорова смуга: підрозділ, відповідальний за цей крок, — %1.</translation>
    </message>
    <message>
        <source>Negative emotion %1 of 10 (numbered circle): green calm, amber uneasy, red upset.</source>
        <translation>Негативна емоція %1 з 10 (коло з числом): зелений — спокій, жовтий — занепокоєння, червоний — роздратування.</translation>
    </message>
    <message>
        <source>Effort: the time (blue) and money (green) this step costs the customer.</source>
        <translation>Зусилля: час (синім) і гроші (зеленим), яких цей крок вартує клієнтові.</translation>
    </message>
    <message>
        <source>What the card rests on (bars: one for an assumption, two for workshop knowledge, three for research, four for measured data): %1.</source>
        <translation>На чому ґрунтується картка (стовпчики: один — припущення, два — знання учасників воркшопу, три — дослідження, чотири — виміряні дані): %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) on this card: double-click to see them large.</source>
        <translation>
            <numerusform>%n зображення на картці: двічі клацніть, щоб переглянути великим.</numerusform>
            <numerusform>%n зображення на картці: двічі клацніть, щоб переглянути великими.</numerusform>
            <numerusform>%n зображень на картці: двічі клацніть, щоб переглянути великими.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardMime</name>
    <message>
        <source>The clipboard holds no Waymark cards.</source>
        <translation>У буфері обміну немає карток Waymark.</translation>
    </message>
    <message>
        <source>The cards on the clipboard cannot be pasted: %1</source>
        <translation>Не вдалося вставити картки з буфера обміну: %1</translation>
    </message>
</context>
<context>
    <name>CardTransfer</name>
    <message>
        <source>Copied cards</source>
        <translation>Скопійовані картки</translation>
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
        <translation>Мобільний застосунок</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Branch / store</source>
        <translation>Відділення / магазин</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Соцмережі</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Особисто</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
</context>
<context>
    <name>ClvCharts</name>
    <message>
        <source>Cumulative repeat purchases, actual and expected</source>
        <translation>Накопичені повторні покупки: фактичні й очікувані</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation>Очікування (%1)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Повторні покупки</translation>
    </message>
    <message>
        <source>Calibration end (week %1)</source>
        <translation>Кінець калібрування (тиждень %1)</translation>
    </message>
</context>
<context>
    <name>ClvModel</name>
    <message>
        <source>no customer bought before the calibration end: nothing to model</source>
        <translation>жоден клієнт не зробив покупки до кінця калібрувального періоду: моделювати нічого</translation>
    </message>
    <message>
        <source>only %1 customers, %2 of whom bought again: too few to estimate the models reliably</source>
        <translation>клієнтів лише %1, з них повторно купували %2: цього замало для надійної оцінки моделей</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) could not be predicted (the model cannot be evaluated for their history)</source>
        <translation>
            <numerusform>не вдалося побудувати прогноз для %n клієнта (за такої історії покупок модель не обчислюється)</numerusform>
            <numerusform>не вдалося побудувати прогноз для %n клієнтів (за такої історії покупок модель не обчислюється)</numerusform>
            <numerusform>не вдалося побудувати прогноз для %n клієнтів (за такої історії покупок модель не обчислюється)</numerusform>
        </translation>
    </message>
    <message>
        <source>no customer bought again with a positive amount: the spend model cannot be fitted</source>
        <translation>жоден клієнт не зробив повторної покупки на додатну суму: модель витрат оцінити неможливо</translation>
    </message>
    <message>
        <source>the spend model's q is at most 1: the population has no finite mean spend, expected spends are unreliable</source>
        <translation>параметр q моделі витрат не перевищує 1: генеральна сукупність не має скінченного середнього чека, тому очікувані витрати ненадійні</translation>
    </message>
    <message>
        <source>the fit found no parameters for which the model explains the data</source>
        <translation>під час оцінювання не знайдено параметрів, за яких модель пояснювала б дані</translation>
    </message>
    <message numerus="yes">
        <source>the fit did not converge after %n iteration(s); the parameters are the best found, not an optimum</source>
        <translation>
            <numerusform>оцінювання не збіглося за %n ітерацію; параметри — найкращі зі знайдених, а не оптимум</numerusform>
            <numerusform>оцінювання не збіглося за %n ітерації; параметри — найкращі зі знайдених, а не оптимум</numerusform>
            <numerusform>оцінювання не збіглося за %n ітерацій; параметри — найкращі зі знайдених, а не оптимум</numerusform>
        </translation>
    </message>
    <message>
        <source>the fit ran to the edge of the parameter space (a parameter tends to 0 or infinity): the model does not suit these data</source>
        <translation>оцінювання вийшло на межу простору параметрів (один із параметрів прямує до 0 або до нескінченності): модель не підходить для цих даних</translation>
    </message>
    <message>
        <source>the likelihood is flat around the optimum: standard errors cannot be given</source>
        <translation>функція правдоподібності пласка в околі оптимуму: стандартні похибки обчислити неможливо</translation>
    </message>
</context>
<context>
    <name>ClvStatistics</name>
    <message>
        <source>Promoters</source>
        <translation>Промоутери</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Нейтрали</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
</context>
<context>
    <name>ClvTransactions</name>
    <message>
        <source>fewer than 4 columns (customer, date, count, amount)</source>
        <translation>менше ніж 4 стовпці (клієнт, дата, кількість, сума)</translation>
    </message>
    <message>
        <source>unreadable date</source>
        <translation>не вдалося розпізнати дату</translation>
    </message>
    <message>
        <source>unreadable count</source>
        <translation>не вдалося розпізнати кількість</translation>
    </message>
    <message>
        <source>unreadable amount</source>
        <translation>не вдалося розпізнати суму</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>клієнт</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сума</translation>
    </message>
    <message>
        <source>line %1: the header names no column for %2 (found: %3)</source>
        <translation>рядок %1: у заголовку немає стовпця для: %2 (знайдено: %3)</translation>
    </message>
    <message>
        <source>too few columns</source>
        <translation>замало стовпців</translation>
    </message>
    <message>
        <source>no customer id</source>
        <translation>немає ідентифікатора клієнта</translation>
    </message>
    <message>
        <source>currency other than %1</source>
        <translation>валюта відрізняється від %1</translation>
    </message>
    <message>
        <source>the file holds no transactions</source>
        <translation>файл не містить транзакцій</translation>
    </message>
    <message>
        <source>no row could be read as a transaction</source>
        <translation>жоден рядок не вдалося прочитати як транзакцію</translation>
    </message>
    <message>
        <source>%1:%2: %3 (row skipped)</source>
        <translation>%1:%2: %3 (рядок пропущено)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more row(s) skipped: %2</source>
        <translation>
            <numerusform>%1: пропущено ще %n рядок: %2</numerusform>
            <numerusform>%1: пропущено ще %n рядки: %2</numerusform>
            <numerusform>%1: пропущено ще %n рядків: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1” (it has: %2).</source>
        <translation>У книзі немає аркуша «%1» (є: %2).</translation>
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
                                середня й загальна CLV за категоріями NPS і CLV під загрозою
                                за точками контакту; для шляху з обома наборами даних CLVFILE
                                не потрібен
</translation>
    </message>
    <message>
        <source>--format takes table or json</source>
        <translation>--format приймає table або json</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>неочікуваний аргумент «%1»</translation>
    </message>
    <message>
        <source>clv needs the responses and the CLV values: waymark clv NPSFILE CLVFILE</source>
        <translation>clv потребує відповідей і значень CLV: waymark clv NPSFILE CLVFILE</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation>Загальна CLV</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>Середня CLV</translation>
    </message>
    <message>
        <source>No CLV at risk: no customer with a CLV was a detractor at a touchpoint.</source>
        <translation>CLV під загрозою немає: жоден клієнт із CLV не був критиком у жодній точці контакту.</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакту</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>CLV під загрозою</translation>
    </message>
    <message>
        <source>%1 customers joined; %2 answered without a CLV; %3 responses name no customer; %4 customers with a CLV never answered.</source>
        <translation>Зіставлено клієнтів: %1; відповідей без CLV: %2; відповідей без клієнта: %3; клієнтів із CLV, які не відповіли: %4.</translation>
    </message>
    <message>
        <source>validate takes one file: waymark validate FILE</source>
        <translation>validate приймає один файл: waymark validate FILE</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>convert takes two files: waymark convert IN OUT</source>
        <translation>convert приймає два файли: waymark convert IN OUT</translation>
    </message>
    <message>
        <source>IN and OUT are the same file</source>
        <translation>IN і OUT — той самий файл</translation>
    </message>
    <message numerus="yes">
        <source>Converted %1 to %2 (%n touchpoint(s))</source>
        <translation>
            <numerusform>Конвертовано %1 у %2 (%n точка контакту)</numerusform>
            <numerusform>Конвертовано %1 у %2 (%n точки контакту)</numerusform>
            <numerusform>Конвертовано %1 у %2 (%n точок контакту)</numerusform>
        </translation>
    </message>
    <message>
        <source>  waymark --version             print the version
  waymark --help                print this help

Exit status: 0 success, 1 a file could not be read or written, 2 wrong arguments.
</source>
        <translation>  waymark --version             вивести версію
  waymark --help                вивести цю довідку

Код завершення: 0 — успіх, 1 — не вдалося прочитати або записати файл, 2 — неправильні аргументи.
</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD with FIELD one of %1</source>
        <translation>--map приймає COLUMN=FIELD, де FIELD — одне з: %1</translation>
    </message>
    <message>
        <source>--encoding needs a name such as windows-1251</source>
        <translation>--encoding потребує назви кодування, наприклад windows-1251</translation>
    </message>
    <message>
        <source>--delimiter needs a character</source>
        <translation>--delimiter потребує символу</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3 (row skipped)</source>
        <translation>%1:%2: %3 (рядок пропущено)</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4 (row skipped)</source>
        <translation>%1:%2: %3: %4 (рядок пропущено)</translation>
    </message>
    <message>
        <source>give one of --pdf OUT, --png OUT or --svg OUT</source>
        <translation>вкажіть одне з: --pdf OUT, --png OUT або --svg OUT</translation>
    </message>
    <message>
        <source>--page takes A4, A3, A2, A1, Letter or Tabloid</source>
        <translation>--page приймає A4, A3, A2, A1, Letter або Tabloid</translation>
    </message>
    <message>
        <source>--layers needs a list such as effort,emotion,nps</source>
        <translation>--layers потребує списку, наприклад effort,emotion,nps</translation>
    </message>
    <message>
        <source>--department needs a department's name</source>
        <translation>--department потребує назви підрозділу</translation>
    </message>
    <message>
        <source>--scale needs a positive number (2 = twice the screen size)</source>
        <translation>--scale потребує додатного числа (2 = удвічі більше за розмір екрана)</translation>
    </message>
    <message>
        <source>export needs a journey and an output: waymark export JOURNEY --pdf OUT</source>
        <translation>export потребує шляху й вихідного файлу: waymark export JOURNEY --pdf OUT</translation>
    </message>
    <message>
        <source>no department “%1” in this journey (it has: %2)</source>
        <translation>у цьому шляху немає підрозділу «%1» (є: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s), %2 %3</source>
        <translation>
            <numerusform>%1: %n сторінка, %2 %3</numerusform>
            <numerusform>%1: %n сторінки, %2 %3</numerusform>
            <numerusform>%1: %n сторінок, %2 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>альбомна</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>книжкова</translation>
    </message>
    <message>
        <source>%1: the whole map</source>
        <translation>%1: уся карта</translation>
    </message>
    <message>
        <source>%1 needs a file</source>
        <translation>%1 потребує файлу</translation>
    </message>
    <message>
        <source>--name needs a name</source>
        <translation>--name потребує назви</translation>
    </message>
    <message>
        <source>%1 is not a journey file (.waymark or .waymark.json)</source>
        <translation>%1 не є файлом шляху (.waymark або .waymark.json)</translation>
    </message>
    <message>
        <source>%1: added “%2”: %3 of %4 rows imported, %5 refused</source>
        <translation>%1: додано «%2»: імпортовано %3 з %4 рядків, відхилено %5</translation>
    </message>
    <message>
        <source>--by needs a list such as touchpoint,quarter</source>
        <translation>--by потребує списку, наприклад touchpoint,quarter</translation>
    </message>
    <message>
        <source>--format takes table, csv or json</source>
        <translation>--format приймає table, csv або json</translation>
    </message>
    <message>
        <source>* fewer than 30 answers: a weak signal</source>
        <translation>* менше ніж 30 відповідей: слабкий сигнал</translation>
    </message>
    <message>
        <source>--lang takes one of %1</source>
        <translation>--lang приймає одне з: %1</translation>
    </message>
    <message>
        <source>Usage:
  waymark [FILE]                open the journey map editor (FILE: .waymark or .waymark.json)
  waymark --review FILE         open FILE read-only for comments (a department head's review)
  waymark convert IN OUT        convert between .waymark and .waymark.json (by extension)
  waymark validate FILE         check a journey file and print a one-line summary
</source>
        <translation>Використання:
  waymark [FILE]                відкрити редактор карти шляху (FILE: .waymark або .waymark.json)
  waymark --review FILE         відкрити FILE лише для читання й коментарів (рецензія керівника підрозділу)
  waymark convert IN OUT        конвертувати між .waymark і .waymark.json (за розширенням)
  waymark validate FILE         перевірити файл шляху й вивести підсумок одним рядком
</translation>
    </message>
    <message>
        <source>--sheet needs a sheet's name or number</source>
        <translation>--sheet потребує назви або номера аркуша</translation>
    </message>
    <message>
        <source>%1 holds no %2 dataset</source>
        <translation>%1 не містить набору даних %2</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>give one of --nps FILE, --clv FILE or --metric M FILE</source>
        <translation>вкажіть одне з: --nps FILE, --clv FILE або --metric M FILE</translation>
    </message>
    <message>
        <source>--metric takes one of nps, csat, ces, audit, enps, mean and then a file</source>
        <translation>--metric приймає одне з: nps, csat, ces, audit, enps, mean, а потім файл</translation>
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
                                NPS з n, частками й похибкою ±95 % для кожної групи; FILE —
                                файл відповідей (CSV, TSV, JSON, NDJSON) або шлях із набором
                                даних NPS. DIM: journey stage touchpoint segment channel
                                department location month quarter year
</translation>
    </message>
    <message>
        <source>* fewer than %1 answers: a weak signal</source>
        <translation>* менше ніж %1 відповідей: слабкий сигнал</translation>
    </message>
    <message>
        <source>--metric takes one of %1</source>
        <translation>--metric приймає одне з: %1</translation>
    </message>
    <message>
        <source>--value needs a column name</source>
        <translation>--value потребує назви стовпця</translation>
    </message>
    <message>
        <source>unknown dimension “%1” (%2)</source>
        <translation>невідомий вимір «%1» (%2)</translation>
    </message>
    <message>
        <source>a file is needed: waymark stats FILE --metric M</source>
        <translation>потрібен файл: waymark stats FILE --metric M</translation>
    </message>
    <message>
        <source>no column gives “%1” (columns found: %2); name the column with --map COLUMN=%3</source>
        <translation>жоден стовпець не містить «%1» (знайдено стовпці: %2); вкажіть стовпець за допомогою --map COLUMN=%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>--scenario takes a scenario's name</source>
        <translation>для --scenario потрібна назва сценарію</translation>
    </message>
    <message>
        <source>--horizon takes a whole number of years from 1 to 10</source>
        <translation>для --horizon потрібне ціле число років від 1 до 10</translation>
    </message>
    <message>
        <source>--discount takes a rate from 0 to 1 (0.08) or a percentage (8%)</source>
        <translation>для --discount потрібна ставка від 0 до 1 (0.08) або відсоток (8%)</translation>
    </message>
    <message>
        <source>--format takes table, json, csv or xlsx</source>
        <translation>для --format допустимі значення table, json, csv або xlsx</translation>
    </message>
    <message>
        <source>--out takes a file name</source>
        <translation>для --out потрібне ім'я файлу</translation>
    </message>
    <message>
        <source>business-case needs a journey: waymark business-case JOURNEY</source>
        <translation>для business-case потрібен шлях: waymark business-case JOURNEY</translation>
    </message>
    <message>
        <source>--format xlsx needs --out FILE: a workbook is no text for the terminal</source>
        <translation>для --format xlsx потрібен --out FILE: книгу не можна вивести в термінал</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n місяць</numerusform>
            <numerusform>%n місяці</numerusform>
            <numerusform>%n місяців</numerusform>
        </translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>не в межах горизонту</translation>
    </message>
    <message>
        <source>Every opportunity</source>
        <translation>Усі можливості</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Сценарій: %1</translation>
    </message>
    <message numerus="yes">
        <source>amounts in %1; %n year(s) at a discount rate of %2</source>
        <translation>
            <numerusform>суми в %1; %n рік за ставки дисконтування %2</numerusform>
            <numerusform>суми в %1; %n роки за ставки дисконтування %2</numerusform>
            <numerusform>суми в %1; %n років за ставки дисконтування %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Можливість</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Одноразові витрати</translation>
    </message>
    <message>
        <source>Running / year</source>
        <translation>Поточні / рік</translation>
    </message>
    <message>
        <source>Effort / year</source>
        <translation>Зусилля / рік</translation>
    </message>
    <message>
        <source>Cost to serve / year</source>
        <translation>Вартість обслуговування / рік</translation>
    </message>
    <message>
        <source>Retention / year</source>
        <translation>Утримання / рік</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>ЧДД</translation>
    </message>
    <message>
        <source>NPV low – high</source>
        <translation>ЧДД мін. – макс.</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Окупність</translation>
    </message>
    <message>
        <source>The journey has no opportunities to value.</source>
        <translation>У шляху немає можливостей для оцінки.</translation>
    </message>
    <message>
        <source>Left out or to check:</source>
        <translation>Не враховано або потребує перевірки:</translation>
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
                                скільки варта кожна можливість: вигоди на рік (зусилля клієнта,
                                вартість обслуговування, утримання), ЧДД із діапазоном, ROI та
                                окупність; усі можливості, якщо сценарій не вказано. RATE:
                                0.08 або 8%. xlsx (потрібен --out): вхідні дані й живі формули
</translation>
    </message>
    <message>
        <source>no scenario “%1”: the journey has no scenarios</source>
        <translation>немає сценарію «%1»: у шляху немає сценаріїв</translation>
    </message>
    <message>
        <source>no scenario “%1”; the journey's scenarios: %2</source>
        <translation>немає сценарію «%1»; сценарії шляху: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>--calibration-end takes a date such as 1997-09-30</source>
        <translation>--calibration-end приймає дату, наприклад 1997-09-30</translation>
    </message>
    <message>
        <source>--horizon-months takes a whole number of months from 1 to 1200</source>
        <translation>--horizon-months приймає ціле число місяців від 1 до 1200</translation>
    </message>
    <message>
        <source>--discount takes an annual rate as a fraction, such as 0.08 for 8 % a year</source>
        <translation>--discount приймає річну ставку у вигляді частки, наприклад 0.08 для 8 % річних</translation>
    </message>
    <message>
        <source>--time-unit takes days, weeks or months</source>
        <translation>--time-unit приймає days, weeks або months</translation>
    </message>
    <message>
        <source>--model takes bgnbd or paretonbd</source>
        <translation>--model приймає bgnbd або paretonbd</translation>
    </message>
    <message>
        <source>--customers takes the CSV file to write</source>
        <translation>--customers приймає CSV-файл, у який потрібно записати результат</translation>
    </message>
    <message>
        <source>clv-model needs a transactions file: waymark clv-model TRANSACTIONS</source>
        <translation>clv-model потребує файлу транзакцій: waymark clv-model TRANSACTIONS</translation>
    </message>
    <message>
        <source>%1 transactions, %2 customers (%3 bought again); calibration to %4, time in %5</source>
        <translation>Транзакцій: %1, клієнтів: %2 (з них повторно купували: %3); калібрування до %4, одиниця часу: %5</translation>
    </message>
    <message>
        <source>log-likelihood</source>
        <translation>логарифм правдоподібності</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Std. error</source>
        <translation>Станд. похибка</translation>
    </message>
    <message>
        <source>%1 fits these transactions better (higher log-likelihood); predictions use %2.</source>
        <translation>%1 краще описує ці транзакції (вищий логарифм правдоподібності); для прогнозів використано %2.</translation>
    </message>
    <message numerus="yes">
        <source>CLV over %n month(s) at %1 a year: total %2, mean %3 per customer</source>
        <translation>
            <numerusform>CLV за %n місяць за ставки дисконтування %1 річних: усього %2, у середньому %3 на клієнта</numerusform>
            <numerusform>CLV за %n місяці за ставки дисконтування %1 річних: усього %2, у середньому %3 на клієнта</numerusform>
            <numerusform>CLV за %n місяців за ставки дисконтування %1 річних: усього %2, у середньому %3 на клієнта</numerusform>
        </translation>
    </message>
    <message>
        <source>Holdout to %1 (%2 %3): %4 repeat purchases, %5 predicted</source>
        <translation>Контрольний період до %1 (%2 %3): повторних покупок — %4, за прогнозом — %5</translation>
    </message>
    <message>
        <source>Rows: %1 unreadable, %2 with a negative amount left out (returns), %3 worth 0 kept, %4 repeated rows kept; %5 customers first bought after the calibration end</source>
        <translation>Рядки: нечитабельних — %1, виключено з від'ємною сумою (повернення) — %2, залишено з нульовою сумою — %3, залишено повторюваних — %4; клієнтів із першою покупкою після кінця калібрування — %5</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не вдалося прочитати %1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>попередження: %1</translation>
    </message>
    <message>
        <source>--review takes one file: waymark --review FILE</source>
        <translation>--review приймає один файл: waymark --review FILE</translation>
    </message>
    <message>
        <source>unknown option "%1"</source>
        <translation>невідомий параметр «%1»</translation>
    </message>
    <message>
        <source>unknown command "%1" (the editor opens one file: waymark FILE)</source>
        <translation>невідома команда «%1» (редактор відкриває один файл: waymark FILE)</translation>
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
                                пожиттєва цінність і відтік за транзакціями (клієнт, дата,
                                сума[, кількість, валюта]: CSV/TSV/xlsx/JSON із заголовком,
                                стовпці через пробіли у стилі CDNOW або шлях із покупками):
                                порівняння BG/NBD і Pareto/NBD, витрати за Gamma-Gamma,
                                P(alive) і CLV кожного клієнта. Покупки після DATE утворюють
                                контрольну вибірку. CLV підсумовується за N календарних місяців
                                (365,25/12 дня, типово 12) з дисконтуванням за РІЧНОЮ СТАВКОЮ
                                RATE (типово 0.08) як 1/(1+RATE)^(місяць/12). Рядки із сумою 0
                                вважаються покупками, від'ємні (повернення) не враховуються,
                                повторювані рядки зберігаються; усі враховані
</translation>
    </message>
    <message>
        <source>%1 holds no purchases: add them with waymark import %1 --transactions FILE</source>
        <translation>У %1 немає покупок: додайте їх командою waymark import %1 --transactions FILE</translation>
    </message>
    <message>
        <source>give one of --nps FILE, --clv FILE, --metric M FILE or --transactions FILE</source>
        <translation>вкажіть одне з: --nps FILE, --clv FILE, --metric M FILE або --transactions FILE</translation>
    </message>
    <message>
        <source>import needs a journey and a file: waymark import JOURNEY --nps FILE | --clv FILE | --metric M FILE | --transactions FILE</source>
        <translation>для import потрібні шлях і файл: waymark import JOURNEY --nps FILE | --clv FILE | --metric M FILE | --transactions FILE</translation>
    </message>
    <message>
        <source>%1 is not an option of --transactions (its columns are found by their names)</source>
        <translation>%1 не є параметром --transactions (стовпці визначаються за назвами)</translation>
    </message>
    <message>
        <source>  waymark portfolio FOLDER [--format table|csv|json]
                                every journey in FOLDER at a glance: owner, last save, stages,
                                cards, customer time, NPS ± margin, CLV at risk, open comments,
                                opportunities by status; files that cannot be read are named
</source>
        <translation>  waymark portfolio FOLDER [--format table|csv|json]
                                усі шляхи в теці FOLDER з першого погляду: відповідальний, дата
                                збереження, етапи, картки, час клієнта, NPS ± похибка, CLV під
                                загрозою, відкриті коментарі, можливості за статусами; файли, які
                                не вдається прочитати, перелічуються
</translation>
    </message>
    <message>
        <source>portfolio needs a folder: waymark portfolio FOLDER</source>
        <translation>для portfolio потрібна тека: waymark portfolio FOLDER</translation>
    </message>
    <message>
        <source>%1: left out: %2</source>
        <translation>%1: не враховано: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Шлях</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Збережено</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Картки</translation>
    </message>
    <message>
        <source>Customer time</source>
        <translation>Час клієнта</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Відкриті коментарі</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Можливості</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>За статусами</translation>
    </message>
    <message>
        <source>a PostgreSQL source needs --table NAME or --query SQL (one of them)</source>
        <translation>для джерела PostgreSQL потрібен --table NAME або --query SQL (одне з двох)</translation>
    </message>
    <message>
        <source>--metric takes a metric with answer categories: %1</source>
        <translation>--metric приймає метрику з категоріями відповідей: %1</translation>
    </message>
    <message>
        <source>--by takes one of %1</source>
        <translation>--by приймає одне зі значень: %1</translation>
    </message>
    <message>
        <source>--group needs a group's value, such as a touchpoint key</source>
        <translation>--group потребує значення групи, наприклад ключа точки контакту</translation>
    </message>
    <message>
        <source>--category needs a category such as detractors, or all</source>
        <translation>--category потребує категорії, наприклад detractors, або all</translation>
    </message>
    <message>
        <source>--top takes a number of terms from 1 to 1000</source>
        <translation>--top приймає кількість термінів від 1 до 1000</translation>
    </message>
    <message>
        <source>a file is needed: waymark say FILE</source>
        <translation>потрібен файл: waymark say FILE</translation>
    </message>
    <message>
        <source>--category takes %1 or all for %2</source>
        <translation>--category приймає %1 або all для %2</translation>
    </message>
    <message>
        <source>    “%1” (%2, %3)</source>
        <translation>    «%1» (%2, %3)</translation>
    </message>
    <message>
        <source>    “%1” (%2)</source>
        <translation>    «%1» (%2)</translation>
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
                                що кажуть клієнти: слова та сполучення з двох слів, які
                                вирізняють коментарі кожної групи (зважені логарифми шансів,
                                |z| ≥ 1.96), з найкоротшими цитатами; персональні дані
                                приховано. Типово: критики кожної точки контакту проти всіх
                                інших коментарів. FILE: файл відповідей або шлях із таким
                                набором даних
</translation>
    </message>
    <message>
        <source>%1 has no comments (name the comment column with --map COLUMN=comment)</source>
        <translation>У %1 немає коментарів (вкажіть стовпець коментарів через --map COLUMN=comment)</translation>
    </message>
    <message>
        <source>%1 has no “%2” values to group by (--by); name the column with --map COLUMN=%3</source>
        <translation>У %1 немає значень «%2» для групування (--by); вкажіть стовпець через --map COLUMN=%3</translation>
    </message>
    <message>
        <source>no %1 “%2” with comments in %3</source>
        <translation>у %3 немає коментарів для %1 «%2»</translation>
    </message>
    <message>
        <source>all answers</source>
        <translation>усі відповіді</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3, %n comment(s)</source>
        <translation>
            <numerusform>%1 %2: %3, %n коментар</numerusform>
            <numerusform>%1 %2: %3, %n коментарі</numerusform>
            <numerusform>%1 %2: %3, %n коментарів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (against %n other comment(s))</source>
        <translation>
            <numerusform> (проти %n іншого коментаря)</numerusform>
            <numerusform> (проти %n інших коментарів)</numerusform>
            <numerusform> (проти %n інших коментарів)</numerusform>
        </translation>
    </message>
    <message>
        <source>  no other comments to compare with (try --category or another --by)</source>
        <translation>  немає з чим порівняти (спробуйте --category або інше --by)</translation>
    </message>
    <message>
        <source>  no term stands out (|z| ≥ 1.96, seen at least %1 times)</source>
        <translation>  жоден термін не вирізняється (|z| ≥ 1.96, трапляється щонайменше %1 разів)</translation>
    </message>
    <message>
        <source>term</source>
        <translation>термін</translation>
    </message>
    <message>
        <source>count</source>
        <translation>кількість</translation>
    </message>
    <message>
        <source>others</source>
        <translation>в інших</translation>
    </message>
    <message>
        <source>log-odds</source>
        <translation>лог. шанси</translation>
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
                                метрика за групами з n і 95-відсотковим інтервалом; M: nps csat
                                ces audit enps mean; FILE: відповіді (CSV, TSV, JSON, xlsx; по
                                одній у рядку або агреговані кількості) чи шлях із таким набором
                                даних. DIM: journey stage touchpoint segment channel department
                                location month quarter year
  waymark stats postgresql://[USER@]HOST[:PORT]/DB --table T | --query SQL --metric M [--by DIM,...]
              [--map COLUMN=FIELD ...] [--timeout SECONDS] [--format table|csv|json]
                                те саме для відповідей, що зберігаються в PostgreSQL: підрахунок
                                за групами виконує сервер, відповіді не копіюються; пароль
                                береться з ~/.pgpass
</translation>
    </message>
    <message>
        <source>%1 needs a value: --table NAME or --query SQL</source>
        <translation>%1 потребує значення: --table NAME або --query SQL</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout приймає кількість секунд</translation>
    </message>
    <message>
        <source>--table and --query read from a PostgreSQL server: waymark stats postgresql://HOST/DB --table T</source>
        <translation>--table і --query читають дані із сервера PostgreSQL: waymark stats postgresql://HOST/DB --table T</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>не вдається підключитися до %1: %2</translation>
    </message>
    <message>
        <source>server publish takes a URL and a journey file: waymark server publish URL FILE</source>
        <translation>server publish приймає URL і файл шляху: waymark server publish URL FILE</translation>
    </message>
    <message>
        <source>Published “%1” as %2</source>
        <translation>Шлях «%1» опубліковано як %2</translation>
    </message>
    <message>
        <source>server list takes a URL: waymark server list URL [--format table|json]</source>
        <translation>server list приймає URL: waymark server list URL [--format table|json]</translation>
    </message>
    <message>
        <source>No journeys on this server yet: waymark server publish URL FILE puts one there.</source>
        <translation>На цьому сервері ще немає шляхів: waymark server publish URL FILE опублікує шлях.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>шлях</translation>
    </message>
    <message>
        <source>published by</source>
        <translation>опублікував</translation>
    </message>
    <message>
        <source>last change</source>
        <translation>остання зміна</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>зміни</translation>
    </message>
    <message>
        <source>server export takes a URL, a journey id and a file: waymark server export URL ID OUT</source>
        <translation>server export приймає URL, id шляху і файл: waymark server export URL ID OUT</translation>
    </message>
    <message>
        <source>“%1” is not a journey id (waymark server list URL shows them)</source>
        <translation>«%1» — не id шляху (їх показує waymark server list URL)</translation>
    </message>
    <message>
        <source>Saved “%1” to %2</source>
        <translation>Шлях «%1» збережено в %2</translation>
    </message>
    <message>
        <source>  waymark server publish URL FILE | server list URL [--format table|json] | server export URL ID OUT
                                journeys shared through a PostgreSQL database (URL:
                                postgresql://[USER@]HOST[:PORT]/DB; the password comes from
                                ~/.pgpass): publish a journey file, list the journeys there,
                                save one back to a .waymark or .waymark.json file
</source>
        <translation>  waymark server publish URL FILE | server list URL [--format table|json] | server export URL ID OUT
                                шляхи, спільні через базу даних PostgreSQL (URL:
                                postgresql://[USER@]HOST[:PORT]/DB; пароль береться з
                                ~/.pgpass): опублікувати файл шляху, показати шляхи на сервері,
                                зберегти шлях назад у файл .waymark або .waymark.json
</translation>
    </message>
    <message>
        <source>server takes publish, list or export: waymark server publish URL FILE</source>
        <translation>server приймає publish, list або export: waymark server publish URL FILE</translation>
    </message>
    <message>
        <source>  waymark --server URL ID       open journey ID shared on a PostgreSQL server and edit it live
                                (URL: postgresql://HOST[:PORT]/DB; `waymark server list URL` shows the ids)
</source>
        <translation>  waymark --server URL ID       відкрити шлях ID із сервера PostgreSQL і редагувати його разом з іншими
                                (URL: postgresql://ХОСТ[:ПОРТ]/БАЗА; `waymark server list URL` покаже ідентифікатори)
</translation>
    </message>
    <message>
        <source>--server takes a server URL and a journey id: waymark --server postgresql://HOST/DB JOURNEY-ID</source>
        <translation>--server потребує адресу сервера й ідентифікатор шляху: waymark --server postgresql://ХОСТ/БАЗА ID-ШЛЯХУ</translation>
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
                                додає до файлу шляху відповіді за метрикою (nps csat ces audit
                                enps mean), значення CLV або покупки (клієнт, дата, сума[,
                                кількість, валюта]; на них навчається модель пожиттєвої цінності)
  waymark import JOURNEY --nps|--metric M postgresql://HOST/DB --table T | --query SQL [--map …]
                                відповіді, що лишаються в PostgreSQL: шлях зберігає їхню кількість
                                за групами і звідки вони взяті (ніколи не пароль)
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>для %1 потрібне значення</translation>
    </message>
    <message>
        <source>--table and --query read answers from a PostgreSQL server: waymark import JOURNEY --metric M postgresql://HOST/DB --table T</source>
        <translation>--table і --query читають відповіді із сервера PostgreSQL: waymark import JOURNEY --metric M postgresql://HOST/DB --table T</translation>
    </message>
    <message>
        <source>only survey answers are read from PostgreSQL (--nps or --metric M)</source>
        <translation>з PostgreSQL читаються лише відповіді опитувань (--nps або --metric M)</translation>
    </message>
    <message>
        <source>%1: added “%2” from %3: %4 answers in %5 groups; refresh with: waymark refresh %1</source>
        <translation>%1: додано «%2» з %3: %4 відповідей у %5 групах; оновити: waymark refresh %1</translation>
    </message>
    <message>
        <source>  waymark refresh JOURNEY [--name NAME] [--timeout SECONDS]
                                read the journey's data from PostgreSQL anew (every dataset that
                                came from a server, or the one named); one that fails keeps its
                                last figures and is named
</source>
        <translation>  waymark refresh JOURNEY [--name NAME] [--timeout SECONDS]
                                заново читає дані шляху з PostgreSQL (усі набори даних із
                                сервера або вказаний); набір, який не вдалося прочитати,
                                зберігає останні дані й називається
</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>для --timeout потрібне число секунд</translation>
    </message>
    <message>
        <source>refresh needs a journey: waymark refresh JOURNEY</source>
        <translation>для refresh потрібен шлях: waymark refresh JOURNEY</translation>
    </message>
    <message>
        <source>%1 has no data from a server to refresh</source>
        <translation>у %1 немає даних із сервера, які можна оновити</translation>
    </message>
    <message>
        <source>%1 has no data from a server named “%2”</source>
        <translation>у %1 немає даних із сервера з назвою «%2»</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dataset(s) refreshed</source>
        <translation>
            <numerusform>%1: оновлено %n набір даних</numerusform>
            <numerusform>%1: оновлено %n набори даних</numerusform>
            <numerusform>%1: оновлено %n наборів даних</numerusform>
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
                                карта у форматі PDF (з резюме для керівництва; --future додає карту
                                цільового стану для вибраного сценарію шляху, --personas — картки
                                персон перед картою, --pictures — зображення з карток із підписами
                                після неї), PNG або SVG
</translation>
    </message>
    <message>
        <source>--personas: no persona of this journey has a description, goals, frustrations or a photo, so there is no persona page</source>
        <translation>--personas: у жодної персони цього шляху немає опису, цілей, фрустрацій чи фото, тож сторінки персон немає</translation>
    </message>
</context>
<context>
    <name>DataOverlay</name>
    <message>
        <source>M</source>
        <comment>millions</comment>
        <translation>млн</translation>
    </message>
    <message>
        <source>k</source>
        <comment>thousands</comment>
        <translation>тис.</translation>
    </message>
    <message>
        <source>%1 at risk</source>
        <translation>%1 під загрозою</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>What this card's detractors write about most distinctly</source>
        <translation>Про що критики цієї картки пишуть помітно частіше за інших</translation>
    </message>
    <message>
        <source>%1: the lifetime value of the customers who were detractors here</source>
        <translation>%1: пожиттєва цінність клієнтів, які тут були критиками</translation>
    </message>
    <message>
        <source>CLV …</source>
        <extracomment>The CLV-at-risk pill on a card while the survey answers are still being read.</extracomment>
        <translation>CLV …</translation>
    </message>
    <message>
        <source>CLV at risk: reading the %L1 survey answers… The amounts appear here by themselves when they are read.</source>
        <translation>CLV під загрозою: читаємо %L1 відповідей опитування… Суми з’являться тут самі, щойно відповіді буде прочитано.</translation>
    </message>
    <message>
        <source>CLV at risk: fitting the lifetime-value model to %L1 customers… The amounts appear here by themselves when it is done.</source>
        <translation>CLV під загрозою: модель пожиттєвої цінності підбирається за даними клієнтів (%L1)… Суми з’являться тут самі, щойно розрахунок завершиться.</translation>
    </message>
    <message>
        <source>CLV at risk: matching %L1 survey answers to customers… The amounts appear here by themselves when they are matched.</source>
        <translation>CLV під загрозою: відповіді опитування (%L1) зіставляються з клієнтами… Суми з’являться тут самі, щойно зіставлення завершиться.</translation>
    </message>
</context>
<context>
    <name>DatasetJson</name>
    <message>
        <source>expected an object</source>
        <translation>очікувався об'єкт</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>відсутнє</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>очікувався текст</translation>
    </message>
    <message>
        <source>expected a whole number of 0 or more</source>
        <translation>очікувалося ціле число, не менше 0</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>очікувався список</translation>
    </message>
    <message>
        <source>expected %1 values like the other columns, got %2</source>
        <translation>очікувана кількість значень — %1, як в інших стовпцях, отримано %2</translation>
    </message>
    <message>
        <source>expected the index of an entry in "strings"</source>
        <translation>очікувався індекс запису в «strings»</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD or null</source>
        <translation>очікувалася дата РРРР-ММ-ДД або null</translation>
    </message>
    <message>
        <source>the first entry must be the empty text</source>
        <translation>перший запис має бути порожнім текстом</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>очікувалося число</translation>
    </message>
    <message>
        <source>expected an id</source>
        <translation>очікувався ідентифікатор</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>очікувалося true або false</translation>
    </message>
    <message>
        <source>expected a date and time like 2026-11-23T10:00:00Z</source>
        <translation>очікувалися дата й час на зразок 2026-11-23T10:00:00Z</translation>
    </message>
    <message>
        <source>unknown value “%1”; expected one of: %2</source>
        <translation>невідоме значення «%1»; очікується одне з: %2</translation>
    </message>
    <message>
        <source>expected a colour like "#1f77b4"</source>
        <translation>очікувався колір на зразок «#1f77b4»</translation>
    </message>
    <message>
        <source>expected a number or null</source>
        <translation>очікувалося число або null</translation>
    </message>
    <message>
        <source>expected a %1 answer from %2 to %3</source>
        <translation>очікувалася відповідь %1 від %2 до %3</translation>
    </message>
    <message>
        <source>expected "nps", "csat", "ces", "audit", "enps", "mean", "clv" or "transactions"</source>
        <translation>очікувалося "nps", "csat", "ces", "audit", "enps", "mean", "clv" або "transactions"</translation>
    </message>
</context>
<context>
    <name>DockFields</name>
    <message>
        <source>Enter a three-letter ISO 4217 currency code, such as EUR.</source>
        <translation>Введіть трилітерний код валюти ISO 4217, наприклад EUR.</translation>
    </message>
</context>
<context>
    <name>Effort</name>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 год %2 хв</translation>
    </message>
</context>
<context>
    <name>EffortInput</name>
    <message>
        <source>A time cannot be negative.</source>
        <translation>Час не може бути від'ємним.</translation>
    </message>
    <message>
        <source>Write hours and minutes as h:mm, for example 1:30.</source>
        <translation>Записуйте години й хвилини у форматі г:хх, наприклад 1:30.</translation>
    </message>
    <message>
        <source>Minutes after the colon go from 00 to 59.</source>
        <translation>Хвилини після двокрапки — від 00 до 59.</translation>
    </message>
    <message>
        <source>Minutes after the hours go from 0 to 59.</source>
        <translation>Хвилини після годин — від 0 до 59.</translation>
    </message>
    <message>
        <source>That time is too long.</source>
        <translation>Це надто довгий час.</translation>
    </message>
    <message>
        <source>Enter an amount such as %1.</source>
        <translation>Введіть суму, наприклад %1.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Сума не може бути від'ємною.</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places.</source>
        <translation>Сума може мати не більше двох знаків після коми.</translation>
    </message>
    <message>
        <source>That amount is too large: at most %1.</source>
        <translation>Сума завелика: не більше %1.</translation>
    </message>
    <message>
        <source>Enter a time such as 90, 1h 30m, 1:30 or 3 days.</source>
        <translation>Введіть час, наприклад 90, 1 год 30 хв, 1:30 або 3 дні.</translation>
    </message>
    <message>
        <source>Unknown unit “%1”: use d for days, h for hours and min for minutes.</source>
        <translation>Невідома одиниця «%1»: д — дні, год — години, хв — хвилини.</translation>
    </message>
    <message>
        <source>Write each unit once, largest first: weeks, days, hours, minutes.</source>
        <translation>Вказуйте кожну одиницю один раз, від більшої до меншої: тижні, дні, години, хвилини.</translation>
    </message>
</context>
<context>
    <name>EffortScore</name>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Гроші</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Емоція</translation>
    </message>
    <message>
        <source>Weighted cost</source>
        <translation>Зважена вартість</translation>
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
        <translation>спокій</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>найгірше</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Not stated</source>
        <translation>Не вказано</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Припущення</translation>
    </message>
    <message>
        <source>Workshop knowledge</source>
        <translation>Знання учасників воркшопу</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Дослідження</translation>
    </message>
    <message>
        <source>Measured data</source>
        <translation>Виміряні дані</translation>
    </message>
    <message>
        <source>%1 (%2 %3 answers)</source>
        <extracomment>%1: what the card rests on ("Measured data"), %2: a number of answers, %3: the survey ("NPS")</extracomment>
        <translation>%1 (відповідей %3: %2)</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>effort badges</source>
        <translation>значки зусиль</translation>
    </message>
    <message>
        <source>heatmap (%1)</source>
        <translation>теплова карта (%1)</translation>
    </message>
    <message>
        <source>emotion curve</source>
        <translation>крива емоцій</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>CLV під загрозою</translation>
    </message>
    <message>
        <source>cards only</source>
        <translation>лише картки</translation>
    </message>
    <message>
        <source>unknown layer “%1” (effort, heatmap, emotion, nps, clv, evidence)</source>
        <translation>невідомий шар «%1» (effort, heatmap, emotion, nps, clv, evidence)</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>підстави</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Worst stage by NPS: %1</source>
        <translation>Найгірший етап за NPS: %1</translation>
    </message>
    <message>
        <source>NPS %1 ± %2 (95 %), %3 answers</source>
        <translation>NPS %1 ± %2 (95 %), відповідей: %3</translation>
    </message>
    <message>
        <source>— a small sample: a weak signal</source>
        <translation>— мала вибірка: слабкий сигнал</translation>
    </message>
    <message>
        <source>Biggest effort hotspot: %1</source>
        <translation>Найбільша гаряча точка зусиль: %1</translation>
    </message>
    <message>
        <source>emotion %1/10</source>
        <translation>емоції %1/10</translation>
    </message>
    <message>
        <source>%1 per customer; weighted cost %2</source>
        <translation>%1 на клієнта; зважена вартість %2</translation>
    </message>
    <message>
        <source>Largest CLV at risk: %1</source>
        <translation>Найбільший CLV під загрозою: %1</translation>
    </message>
    <message>
        <source>%1 of lifetime value held by %2 detractors there</source>
        <translation>%1 пожиттєвої цінності припадає на критиків у цій точці (%2)</translation>
    </message>
</context>
<context>
    <name>FormatError</name>
    <message>
        <source>line %1, column %2</source>
        <translation>рядок %1, стовпець %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>рядок %1</translation>
    </message>
</context>
<context>
    <name>GridItem</name>
    <message>
        <source>Lanes ↓  Stages →</source>
        <translation>Доріжки ↓  Етапи →</translation>
    </message>
    <message>
        <source>Effort per stage</source>
        <translation>Зусилля за етапами</translation>
    </message>
    <message>
        <source>Effort per lane</source>
        <translation>Зусилля за доріжками</translation>
    </message>
    <message>
        <source>line of visibility</source>
        <translation>лінія видимості</translation>
    </message>
</context>
<context>
    <name>ImageMimeData</name>
    <message>
        <source>it is not on this computer but at %1; save it first, then attach the saved file.</source>
        <translation>файл не на цьому комп’ютері, а за адресою %1; спершу збережіть його, потім прикріпіть збережений файл.</translation>
    </message>
    <message>
        <source>the picture is %1 × %2 pixels; a picture may have at most %3 megapixels.</source>
        <translation>зображення розміром %1 × %2 пікселів, а допускається не більше %3 Мп.</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Line %1, column %2: not a JSON object (%3).</source>
        <translation>Рядок %1, стовпець %2: це не об'єкт JSON (%3).</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>полів у рядку: %1, у заголовку: %2</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» не є числом</translation>
    </message>
    <message>
        <source>unreadable date</source>
        <translation>не вдалося розпізнати дату</translation>
    </message>
    <message>
        <source>duplicate respondent id (first on line %1)</source>
        <translation>повторюваний ідентифікатор респондента (уперше в рядку %1)</translation>
    </message>
    <message>
        <source>no customer id</source>
        <translation>немає ідентифікатора клієнта</translation>
    </message>
    <message>
        <source>duplicate customer id (first on line %1)</source>
        <translation>повторюваний ідентифікатор клієнта (уперше в рядку %1)</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Файл не містить рядків.</translation>
    </message>
    <message>
        <source>Choose its encoding (for example Windows-1251).</source>
        <translation>Виберіть його кодування (наприклад, Windows-1251).</translation>
    </message>
    <message>
        <source>No column is chosen for “%1”.</source>
        <translation>Для «%1» не вибрано стовпця.</translation>
    </message>
    <message>
        <source>The dates could be day-first or month-first: choose which.</source>
        <translation>Дати можуть бути у форматі «день-місяць» або «місяць-день»: виберіть потрібний.</translation>
    </message>
    <message numerus="yes">
        <source>No valid rows: %Ln row(s) read, all refused.</source>
        <translation>
            <numerusform>Немає коректних рядків: прочитано %Ln рядок, його відхилено.</numerusform>
            <numerusform>Немає коректних рядків: прочитано %Ln рядки, усі відхилено.</numerusform>
            <numerusform>Немає коректних рядків: прочитано %Ln рядків, усі відхилено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Respondent id</source>
        <translation>ID респондента</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>ID клієнта</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Touchpoint (data key)</source>
        <translation>Точка контакту (ключ даних)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
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
        <translation>Значення</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Acquisition date</source>
        <translation>Дата залучення</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (line %1).</source>
        <translation>Файл не є коректним UTF-8 (рядок %1).</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1” (it has: %2).</source>
        <translation>У книзі немає аркуша «%1» (є: %2).</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>немає значення</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 поза межами %2–%3</translation>
    </message>
    <message>
        <source>“%1” is not a count of answers</source>
        <translation>«%1» не є кількістю відповідей</translation>
    </message>
    <message>
        <source>%1 items met of %2 checked</source>
        <translation>виконано пунктів: %1, перевірено: %2</translation>
    </message>
    <message>
        <source>the answers per band add up to %1, not %2</source>
        <translation>сума відповідей за категоріями — %1, а не %2</translation>
    </message>
    <message>
        <source>more answers in the bands (%1) than in all (%2)</source>
        <translation>у категоріях більше відповідей (%1), ніж загалом (%2)</translation>
    </message>
    <message>
        <source>no number of answers</source>
        <translation>немає кількості відповідей</translation>
    </message>
    <message>
        <source>“%1” is not a standard deviation</source>
        <translation>«%1» не є стандартним відхиленням</translation>
    </message>
    <message>
        <source>“%1” is not a metric Waymark knows.</source>
        <translation>Waymark не знає метрики «%1».</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Answers in the low band</source>
        <translation>Відповідей у нижній категорії</translation>
    </message>
    <message>
        <source>Answers in the middle band</source>
        <translation>Відповідей у середній категорії</translation>
    </message>
    <message>
        <source>Answers in the high band</source>
        <translation>Відповідей у верхній категорії</translation>
    </message>
    <message>
        <source>%1 answer (%2–%3)</source>
        <translation>Відповідь %1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>Значення (%1)</translation>
    </message>
    <message>
        <source>%1 (count)</source>
        <translation>%1 (кількість)</translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation>Дата або період</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Локація</translation>
    </message>
    <message>
        <source>Number of answers</source>
        <translation>Кількість відповідей</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Середнє</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Стандартне відхилення</translation>
    </message>
    <message>
        <source>Items met</source>
        <translation>Виконано пунктів</translation>
    </message>
    <message>
        <source>Items checked</source>
        <translation>Перевірено пунктів</translation>
    </message>
    <message>
        <source>Choose a column for “%1”, or one for each band.</source>
        <translation>Виберіть стовпець для «%1» або по стовпцю для кожної категорії.</translation>
    </message>
    <message>
        <source>Aggregated rows take “%1”, not “%2”.</source>
        <translation>Для агрегованих рядків потрібен стовпець «%1», а не «%2».</translation>
    </message>
    <message>
        <source>score %1 is not a whole number from %2 to %3</source>
        <translation>оцінка %1 не є цілим числом від %2 до %3</translation>
    </message>
    <message>
        <source>The header has %1 columns; Waymark reads tables of at most %2 columns.</source>
        <translation>Стовпців у заголовку: %1; Waymark читає таблиці щонайбільше з %2 стовпців.</translation>
    </message>
    <message>
        <source>the value is %1 KiB long; a cell may hold at most %2 KiB</source>
        <translation>значення займає %1 KiB; клітинка може містити не більше %2 KiB</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code (three letters, e.g. EUR)</source>
        <translation>%1 не є кодом валюти ISO 4217 (три літери, наприклад EUR)</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” are both chosen as %3; choose one.</source>
        <translation>Стовпці «%1» і «%2» обидва вибрано як %3; виберіть один.</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>the journey has no id</source>
        <translation>шлях не має ідентифікатора</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 4217 currency code</source>
        <translation>«%1» не є кодом валюти ISO 4217</translation>
    </message>
    <message>
        <source>missing id</source>
        <translation>відсутній ідентифікатор</translation>
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation>повторюваний ідентифікатор %1</translation>
    </message>
    <message>
        <source>the columns of the table have different lengths</source>
        <translation>стовпці таблиці мають різну довжину</translation>
    </message>
    <message>
        <source>the value is not a number</source>
        <translation>значення не є числом</translation>
    </message>
    <message>
        <source>a department lane must name a department</source>
        <translation>доріжка підрозділу має вказувати підрозділ</translation>
    </message>
    <message>
        <source>unknown department %1</source>
        <translation>невідомий підрозділ %1</translation>
    </message>
    <message>
        <source>only department lanes name a department</source>
        <translation>підрозділ вказують лише доріжки підрозділів</translation>
    </message>
    <message>
        <source>card "%1" is in a stage that does not exist (%2)</source>
        <translation>картка «%1» розташована в етапі, якого не існує (%2)</translation>
    </message>
    <message>
        <source>card "%1" is in a lane that does not exist (%2)</source>
        <translation>картка «%1» розташована в доріжці, якої не існує (%2)</translation>
    </message>
    <message>
        <source>card "%1" names an unknown department</source>
        <translation>картка «%1» вказує невідомий підрозділ</translation>
    </message>
    <message>
        <source>time of card "%1" must be 0 minutes or more, got %2</source>
        <translation>час картки «%1» має бути не менше 0 хвилин, отримано %2</translation>
    </message>
    <message>
        <source>money of card "%1" must be at most %2</source>
        <translation>сума картки «%1» має бути не більше %2</translation>
    </message>
    <message>
        <source>money of card "%1" must be 0 or more, got %2</source>
        <translation>сума картки «%1» має бути не менше 0, отримано %2</translation>
    </message>
    <message>
        <source>card "%1": "%2" is not an ISO 4217 currency code</source>
        <translation>картка «%1»: «%2» не є кодом валюти ISO 4217</translation>
    </message>
    <message>
        <source>negative emotion of card "%1" must be from 0 to 10, got %2</source>
        <translation>негативна емоція картки «%1» має бути від 0 до 10, отримано %2</translation>
    </message>
    <message>
        <source>connection starts at a card that does not exist</source>
        <translation>зв'язок починається з картки, якої не існує</translation>
    </message>
    <message>
        <source>connection ends at a card that does not exist</source>
        <translation>зв'язок закінчується на картці, якої не існує</translation>
    </message>
    <message>
        <source>a vote needs 1 to 99 dots per participant, got %1</source>
        <translation>голосування потребує від 1 до 99 крапок на учасника, отримано %1</translation>
    </message>
    <message>
        <source>a time limit cannot be negative</source>
        <translation>ліміт часу не може бути від'ємним</translation>
    </message>
    <message>
        <source>a dot by someone who is not a participant</source>
        <translation>крапка від особи, яка не є учасником</translation>
    </message>
    <message>
        <source>%1 has more dots than the budget of %2</source>
        <translation>%1 має більше крапок, ніж дозволяє бюджет (%2)</translation>
    </message>
    <message>
        <source>replies to a comment that does not exist</source>
        <translation>відповідь на коментар, якого не існує</translation>
    </message>
    <message>
        <source>a comment on a stage or card must name it</source>
        <translation>коментар до етапу чи картки має вказувати, до якого саме</translation>
    </message>
    <message>
        <source>“%1” is not a metric Waymark knows</source>
        <translation>Waymark не знає метрики «%1»</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 answer</source>
        <translation>%1 не є допустимою відповіддю %2</translation>
    </message>
    <message>
        <source>the number of answers is not a count</source>
        <translation>кількість відповідей не є цілим невід'ємним числом</translation>
    </message>
    <message>
        <source>the answers per band do not add up to the number of answers</source>
        <translation>сума відповідей за категоріями не дорівнює кількості відповідей</translation>
    </message>
    <message>
        <source>the mean %1 is outside the scale of %2</source>
        <translation>середнє %1 виходить за межі шкали %2</translation>
    </message>
    <message>
        <source>the standard deviation is not a non-negative number</source>
        <translation>стандартне відхилення має бути невід'ємним числом</translation>
    </message>
    <message>
        <source>the system of card "%1" cannot be %2 years old</source>
        <translation>неприпустимий вік системи картки «%1» (років: %2)</translation>
    </message>
    <message>
        <source>one-off cost</source>
        <translation>одноразові витрати</translation>
    </message>
    <message>
        <source>running cost per year</source>
        <translation>поточні витрати на рік</translation>
    </message>
    <message>
        <source>opportunity "%1": the time to deliver cannot be negative, got %2 months</source>
        <translation>можливість «%1»: строк впровадження не може бути від'ємним, отримано місяців: %2</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 cannot be negative, got %3</source>
        <translation>можливість «%1»: %2 — від'ємне значення неприпустиме, отримано %3</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 must be at most %3</source>
        <translation>можливість «%1»: %2 — значення має бути не більше за %3</translation>
    </message>
    <message>
        <source>opportunity "%1": "%2" is not an ISO 4217 currency code</source>
        <translation>можливість «%1»: «%2» не є кодом валюти ISO 4217</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 must be a share from 0 to 1, got %3</source>
        <translation>можливість «%1»: %2 — потрібна частка від 0 до 1, отримано %3</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>охоплення</translation>
    </message>
    <message>
        <source>share of contacts avoided</source>
        <translation>частка усунених контактів</translation>
    </message>
    <message>
        <source>share of detractors who become passives</source>
        <translation>частка критиків, які стають нейтралами</translation>
    </message>
    <message>
        <source>share of detractors who become promoters</source>
        <translation>частка критиків, які стають промоутерами</translation>
    </message>
    <message>
        <source>opportunity "%1": more detractors move (%2 to passives, %3 to promoters) than there are</source>
        <translation>можливість «%1»: критиків, що переходять (%2 у нейтрали, %3 у промоутери), у сумі більше, ніж їх є</translation>
    </message>
    <message>
        <source>time</source>
        <translation>час</translation>
    </message>
    <message>
        <source>money</source>
        <translation>гроші</translation>
    </message>
    <message>
        <source>negative emotion</source>
        <translation>негативні емоції</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 after the change is not a number</source>
        <translation>можливість «%1»: %2 після зміни — не число</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 after the change cannot be negative, got %3</source>
        <translation>можливість «%1»: %2 після зміни — від'ємне значення неприпустиме, отримано %3</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 after the change must be at most %3, got %4</source>
        <translation>можливість «%1»: %2 після зміни — значення має бути не більше за %3, отримано %4</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 can only be reduced by 0 to 100 %, got %3 %</source>
        <translation>можливість «%1»: %2 можна зменшити лише на 0–100 %, отримано %3 %</translation>
    </message>
    <message>
        <source>row %1, column “%2” refers to text %3, but the dataset's text table has %4 entries</source>
        <translation>рядок %1, стовпець «%2» посилається на текст %3, а в таблиці текстів набору даних усього записів: %4</translation>
    </message>
    <message>
        <source>row %1: %2 is not an ISO 4217 currency code</source>
        <translation>рядок %1: %2 не є кодом валюти ISO 4217</translation>
    </message>
    <message>
        <source>time of card "%1" must be at most %2 minutes (about 19 years), got %3</source>
        <translation>час картки «%1» має бути не більше %2 хвилин (близько 19 років), отримано %3</translation>
    </message>
    <message>
        <source>row %1, column “%2” holds a date outside the years 1–9999</source>
        <translation>рядок %1, стовпець «%2»: дата виходить за межі 1–9999 років</translation>
    </message>
    <message>
        <source>row %1 names no customer</source>
        <translation>у рядку %1 не вказано клієнта</translation>
    </message>
    <message>
        <source>row %1 has no date</source>
        <translation>у рядку %1 немає дати</translation>
    </message>
    <message>
        <source>row %1: the amount or count is not a number</source>
        <translation>рядок %1: сума або кількість не є числом</translation>
    </message>
    <message>
        <source>card "%1" names an unknown persona</source>
        <translation>картка «%1» посилається на невідому персону</translation>
    </message>
    <message>
        <source>card "%1" names a persona twice</source>
        <translation>картка «%1» називає одну персону двічі</translation>
    </message>
    <message>
        <source>card "%1": a persona's negative emotion must be from 0 to 10, got %2</source>
        <translation>картка «%1»: негативна емоція персони має бути від 0 до 10, отримано %2</translation>
    </message>
    <message>
        <source>card "%1" has %2 pictures; a card holds at most %3</source>
        <translation>на картці «%1» %2 зображень; на картці може бути не більше %3</translation>
    </message>
</context>
<context>
    <name>JourneyDiff</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>title</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>title (was “%1”)</source>
        <translation>назва (була «%1»)</translation>
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
        <translation>підрозділ</translation>
    </message>
    <message>
        <source>time</source>
        <translation>час</translation>
    </message>
    <message>
        <source>time %1 → %2</source>
        <translation>час %1 → %2</translation>
    </message>
    <message>
        <source>money</source>
        <translation>гроші</translation>
    </message>
    <message>
        <source>money %1 → %2</source>
        <translation>гроші %1 → %2</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>емоція</translation>
    </message>
    <message>
        <source>emotion %1 → %2</source>
        <translation>емоція %1 → %2</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>больова точка</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>момент істини</translation>
    </message>
    <message>
        <source>data key</source>
        <translation>ключ даних</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>нотатки</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <translation>«%1» → «%2»</translation>
    </message>
    <message>
        <source>%1: added in %2 / %3</source>
        <translation>%1: додано в %2 / %3</translation>
    </message>
    <message>
        <source>%1: moved from %2 / %3 to %4 / %5</source>
        <translation>%1: переміщено з %2 / %3 до %4 / %5</translation>
    </message>
    <message>
        <source>%1: removed from %2 / %3</source>
        <translation>%1: видалено з %2 / %3</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>підстави</translation>
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
        <translation>Без назви</translation>
    </message>
</context>
<context>
    <name>JourneyFiles</name>
    <message>
        <source>%1 was changed by another program since it was read; saving now would overwrite those changes.</source>
        <translation>Файл %1 змінено іншою програмою після того, як його було прочитано; якщо зберегти зараз, ці зміни буде перезаписано.</translation>
    </message>
    <message>
        <source>%1 was made by another program since the journey was read; saving now would overwrite it.</source>
        <translation>Файл %1 створено іншою програмою після того, як шлях було прочитано; якщо зберегти зараз, його буде перезаписано.</translation>
    </message>
</context>
<context>
    <name>JourneyJson</name>
    <message>
        <source>the number %1 is too large</source>
        <translation>число %1 завелике</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true або false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>рядок</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>об'єкт</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>щось інше</translation>
    </message>
    <message>
        <source>expected a JSON object holding a journey, got %1</source>
        <translation>очікувався об'єкт JSON зі шляхом, отримано: %1</translation>
    </message>
    <message>
        <source>this is not a Waymark journey ("format" should be "%1")</source>
        <translation>це не шлях Waymark («format» має бути «%1»)</translation>
    </message>
    <message>
        <source>the format version must be a whole number</source>
        <translation>версія формату має бути цілим числом</translation>
    </message>
    <message>
        <source>made by a newer Waymark (format version %1); this Waymark reads version %2 and older</source>
        <translation>файл створено новішою версією Waymark (версія формату %1); ця версія Waymark читає версію %2 і старіші</translation>
    </message>
    <message>
        <source>the format version must be 1 or more, got %1</source>
        <translation>версія формату має бути 1 або більше, отримано %1</translation>
    </message>
    <message>
        <source>%1 is not a colour like "#1f77b4" or "#801f77b4"</source>
        <translation>%1 не є кольором на зразок «#1f77b4» або «#801f77b4»</translation>
    </message>
    <message>
        <source>lane kind</source>
        <translation>тип доріжки</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>зона</translation>
    </message>
    <message>
        <source>department</source>
        <translation>підрозділ</translation>
    </message>
    <message>
        <source>card</source>
        <translation>картка</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>очікувалося: %1, отримано: %2</translation>
    </message>
    <message>
        <source>missing required key "%1"</source>
        <translation>відсутній обов'язковий ключ «%1»</translation>
    </message>
    <message>
        <source>%1 is not a valid id (a UUID like "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b")</source>
        <translation>%1 не є коректним ідентифікатором (потрібен UUID на зразок «3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b»)</translation>
    </message>
    <message>
        <source>duplicate id %1 (also used at %2)</source>
        <translation>повторюваний ідентифікатор %1 (також використано в %2)</translation>
    </message>
    <message>
        <source>no %1 has the id %2</source>
        <translation>немає елемента типу «%1» з ідентифікатором %2</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code (three capital letters, e.g. EUR)</source>
        <translation>%1 не є кодом валюти ISO 4217 (три великі літери, наприклад EUR)</translation>
    </message>
    <message>
        <source>the setting %1 must be text: expected %2, got %3</source>
        <translation>параметр %1 має бути текстом: очікувалося: %2, отримано: %3</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>доріжка</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>a department id or null</source>
        <translation>ідентифікатор підрозділу або null</translation>
    </message>
    <message>
        <source>time must be 0 minutes or more, got %1</source>
        <translation>час має бути не менше 0 хвилин, отримано %1</translation>
    </message>
    <message>
        <source>money must be 0 or more, got %1</source>
        <translation>сума має бути не менше 0, отримано %1</translation>
    </message>
    <message>
        <source>money must be at most %1, got %2</source>
        <translation>сума має бути не більше %1, отримано %2</translation>
    </message>
    <message>
        <source>money can have at most two decimals, got %1</source>
        <translation>сума може мати не більше двох знаків після коми, отримано %1</translation>
    </message>
    <message>
        <source>emotion must be an integer from %1 to %2, got %3</source>
        <translation>емоція має бути цілим числом від %1 до %2, отримано %3</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>некоректний JSON: %1</translation>
    </message>
    <message>
        <source>File not found.</source>
        <translation>Файл не знайдено.</translation>
    </message>
    <message>
        <source>This is a folder, not a journey file.</source>
        <translation>Це тека, а не файл шляху.</translation>
    </message>
    <message>
        <source>Could not open the file: %1</source>
        <translation>Не вдалося відкрити файл: %1</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Не вдалося прочитати файл: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл порожній.</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Не вдалося записати файл: %1</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>очікувалося ціле число, отримано %1</translation>
    </message>
    <message>
        <source>an id or null</source>
        <translation>ідентифікатор або null</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>ідентифікатор</translation>
    </message>
    <message>
        <source>unknown %1 %2; expected one of: %3</source>
        <translation>невідоме значення (%1) %2; допустиме одне з: %3</translation>
    </message>
    <message>
        <source>kind of change</source>
        <translation>вид зміни</translation>
    </message>
    <message>
        <source>opportunity type</source>
        <translation>тип можливості</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>упевненість</translation>
    </message>
    <message>
        <source>the file holds more than %1 values; Waymark reads at most that many from a .waymark.json (save large journeys as .waymark)</source>
        <translation>файл містить понад %1 значень, а більше Waymark із .waymark.json не читає (великі шляхи зберігайте у форматі .waymark)</translation>
    </message>
    <message>
        <source>a text of %1 MiB; one text may be at most %2 MiB</source>
        <translation>текст розміром %1 MiB; один текст може займати не більше %2 MiB</translation>
    </message>
    <message>
        <source>lists and objects nested more than %1 deep</source>
        <translation>списки й об'єкти вкладено глибше ніж на %1 рівнів</translation>
    </message>
    <message>
        <source>more than %1 cards; Waymark reads at most that many</source>
        <translation>понад %1 карток, а більше Waymark не читає</translation>
    </message>
    <message>
        <source>a list of %1 items; Waymark reads at most %2</source>
        <translation>у списку елементів: %1; Waymark читає не більше %2</translation>
    </message>
    <message>
        <source>The file is %1 MiB; a .waymark.json may be at most %2 MiB. Larger journeys are kept as .waymark files.</source>
        <translation>Розмір файлу — %1 MiB, а файл .waymark.json може займати не більше %2 MiB. Великі шляхи зберігайте у файлах .waymark.</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>підстави</translation>
    </message>
    <message>
        <source>a persona id</source>
        <translation>ідентифікатор персони</translation>
    </message>
    <message>
        <source>no persona has the id %1</source>
        <translation>немає персони з ідентифікатором %1</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>персона</translation>
    </message>
    <message>
        <source>a picture of %1 MiB; a stored picture may be at most %2 MiB</source>
        <translation>зображення розміром %1 МіБ; збережене зображення може бути не більше %2 МіБ</translation>
    </message>
    <message>
        <source>more than %1 pictures on one card</source>
        <translation>більше %1 зображень на одній картці</translation>
    </message>
    <message>
        <source>missing "%1"</source>
        <translation>немає «%1»</translation>
    </message>
    <message>
        <source>expected a whole number of pixels from 1 to %1</source>
        <translation>очікувалося ціле число пікселів від 1 до %1</translation>
    </message>
    <message>
        <source>the picture is larger than a stored picture may be</source>
        <translation>зображення більше, ніж допустимо для збереженого зображення</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>недійсний base64</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>%1 — не ідентифікатор</translation>
    </message>
    <message>
        <source>a picture is "jpeg" or "png", got %1</source>
        <translation>зображення має бути "jpeg" або "png", отримано %1</translation>
    </message>
</context>
<context>
    <name>JourneyLink</name>
    <message>
        <source>save this journey first: the link is kept relative to its folder</source>
        <translation>спершу збережіть цей шлях: посилання зберігається відносно його теки</translation>
    </message>
    <message>
        <source>“%1” is an absolute path; links are followed only relative to this journey's folder</source>
        <translation>«%1» — абсолютний шлях; посилання відкриваються лише відносно теки цього шляху</translation>
    </message>
    <message>
        <source>“%1” is not a journey file (.waymark or .waymark.json)</source>
        <translation>«%1» не є файлом шляху (.waymark або .waymark.json)</translation>
    </message>
    <message>
        <source>“%1” is missing (looked for %2)</source>
        <translation>«%1» не знайдено (шукали %2)</translation>
    </message>
</context>
<context>
    <name>JourneyLock</name>
    <message numerus="yes">
        <source>%1 is being changed by another program: %2 (process %3 on %4) still held its lock after %n second(s). Try again when it has finished; if that program is no longer running, delete %5.</source>
        <translation>
            <numerusform>Файл %1 змінює інша програма — %2 (процес %3, комп'ютер: %4): вона не зняла блокування й через %n секунду. Спробуйте ще раз, коли вона завершить роботу; якщо ця програма вже не працює, видаліть %5.</numerusform>
            <numerusform>Файл %1 змінює інша програма — %2 (процес %3, комп'ютер: %4): вона не зняла блокування й через %n секунди. Спробуйте ще раз, коли вона завершить роботу; якщо ця програма вже не працює, видаліть %5.</numerusform>
            <numerusform>Файл %1 змінює інша програма — %2 (процес %3, комп'ютер: %4): вона не зняла блокування й через %n секунд. Спробуйте ще раз, коли вона завершить роботу; якщо ця програма вже не працює, видаліть %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed program</source>
        <translation>програма без назви</translation>
    </message>
    <message>
        <source>an unknown host</source>
        <translation>невідомий</translation>
    </message>
    <message numerus="yes">
        <source>%1 is being changed by another program, which still held its lock %2 after %n second(s). Try again when it has finished.</source>
        <translation>
            <numerusform>Файл %1 змінює інша програма: вона не звільнила файл блокування %2 і через %n секунду. Спробуйте ще раз, коли вона завершить роботу.</numerusform>
            <numerusform>Файл %1 змінює інша програма: вона не звільнила файл блокування %2 і через %n секунди. Спробуйте ще раз, коли вона завершить роботу.</numerusform>
            <numerusform>Файл %1 змінює інша програма: вона не звільнила файл блокування %2 і через %n секунд. Спробуйте ще раз, коли вона завершить роботу.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not lock %1 for writing: no permission to create %2.</source>
        <translation>Не вдалося заблокувати %1 для запису: немає дозволу на створення %2.</translation>
    </message>
    <message>
        <source>Could not lock %1 for writing: %2 could not be created.</source>
        <translation>Не вдалося заблокувати %1 для запису: не вдалося створити %2.</translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message>
        <source>no cards</source>
        <translation>немає карток</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Час: %1</translation>
    </message>
    <message>
        <source>Money: %1</source>
        <translation>Гроші: %1</translation>
    </message>
    <message>
        <source>Emotion: mean %1, max %2</source>
        <translation>Емоція: середня %1, макс. %2</translation>
    </message>
    <message>
        <source>Time: %1 → %2</source>
        <translation>Час: %1 → %2</translation>
    </message>
    <message>
        <source>Money: %1 → %2</source>
        <translation>Гроші: %1 → %2</translation>
    </message>
    <message>
        <source>Emotion: mean %1 → %2</source>
        <translation>Емоції: у середньому %1 → %2</translation>
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
        <translation>Етапів: %1, доріжок: %2, точок контакту: %3, підрозділів: %4</translation>
    </message>
    <message>
        <source>effort %1, %2, emotion mean %3 max %4</source>
        <translation>зусилля %1, %2, емоція: середня %3, макс. %4</translation>
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
        <translation>%1: %2 MiB; шаблон може займати не більше %3 MiB (даних опитувань у ньому немає)</translation>
    </message>
    <message>
        <source>Could not create the templates folder.</source>
        <translation>Не вдалося створити теку шаблонів.</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>unknown %1 %2; expected one of: %3</source>
        <translation>%1: невідоме значення %2; очікується одне з: %3</translation>
    </message>
</context>
<context>
    <name>LaneKind</name>
    <message>
        <source>Customer actions</source>
        <translation>Дії клієнта</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Точки контакту</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Емоції</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Больові точки</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Можливості</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Підрозділ</translation>
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
        <translation>джерело — не об’єкт JSON (%1)</translation>
    </message>
    <message>
        <source>the source names neither a table nor a query, or both</source>
        <translation>у джерелі не вказано ні таблиці, ні запиту, або вказано обидва</translation>
    </message>
    <message>
        <source>column “%1” is mapped to “%2”, which is no field of %3</source>
        <translation>стовпець «%1» зіставлено з «%2», але в %3 такого поля немає</translation>
    </message>
    <message>
        <source>Add data from a server</source>
        <translation>Додати дані із сервера</translation>
    </message>
    <message>
        <source>the journey has no such dataset</source>
        <translation>у шляху немає такого набору даних</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>“%1” kept its last figures: %2</source>
        <translation>«%1» зберігає останні дані: %2</translation>
    </message>
</context>
<context>
    <name>LocalCopy</name>
    <message>
        <source>could not keep a copy of the journey in %1: %2</source>
        <translation>не вдалося зберегти копію шляху в %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 пошкоджено: %2</translation>
    </message>
    <message>
        <source>%1 is not a copy of a shared journey</source>
        <translation>%1 — не копія спільного шляху</translation>
    </message>
    <message>
        <source>%1 was written by a newer Waymark (copy version %2)</source>
        <translation>%1 записано новішою версією Waymark (версія копії %2)</translation>
    </message>
    <message>
        <source>%1 is damaged: no valid “lastChange” or “savedAt”</source>
        <translation>%1 пошкоджено: немає правильного «lastChange» або «savedAt»</translation>
    </message>
    <message>
        <source>%1 is damaged at /cards/%2</source>
        <translation>%1 пошкоджено в /cards/%2</translation>
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
        <translation>Задоволеність клієнтів, 1–5: частка задоволених (оцінки 4 і 5)</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Незадоволені</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Нейтральні</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Задоволені</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Середнє</translation>
    </message>
    <message>
        <source>Any numeric measure: the mean of the values</source>
        <translation>Будь-який числовий показник: середнє значення</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Customer Effort Score: how easy it was, 1–7; the mean (5–7 count as easy)</source>
        <translation>Індекс клієнтських зусиль (CES): наскільки легко було клієнтові, 1–7; середнє (5–7 вважаються «легко»)</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Складно</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Легко</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <source>Audits and mystery shopping: a visit's score 0–100 (or items met of items checked); the mean visit score</source>
        <translation>Аудити й таємний покупець: оцінка візиту 0–100 (або виконані пункти з перевірених); середня оцінка візитів</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Net Promoter Score: likelihood to recommend, 0–10; % promoters (9–10) minus % detractors (0–6)</source>
        <translation>Індекс споживчої лояльності (NPS): готовність рекомендувати, 0–10; % промоутерів (9–10) мінус % критиків (0–6)</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Нейтрали</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Промоутери</translation>
    </message>
    <message>
        <source>eNPS</source>
        <translation>eNPS</translation>
    </message>
    <message>
        <source>Employee NPS: employees' likelihood to recommend their workplace, 0–10, by department</source>
        <translation>NPS працівників (eNPS): готовність працівників рекомендувати своє місце роботи, 0–10, за підрозділами</translation>
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
        <translation>Відповідей лише %1 — замало, щоб на них покладатися, тож цей показник є слабким сигналом.</translation>
    </message>
    <message>
        <source>%1: the survey figure here, ± its 95 % margin, from n answers. Red is the worst end of the scale, green the best.</source>
        <translation>%1: результат опитування в цій точці ± 95-відсоткова похибка, за n відповідями. Червоний — найгірший край шкали, зелений — найкращий.</translation>
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
        <translation>Усі відповіді</translation>
    </message>
    <message>
        <source>Goal: all responses</source>
        <translation>Ціль: усі відповіді</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Ціль: %1</translation>
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
        <translation>штрихові лінії: цілі</translation>
    </message>
    <message>
        <source>dotted: benchmark</source>
        <translation>крапкова лінія: бенчмарк</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %4)</source>
        <translation>%1: %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Бенчмарк</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors by stage</source>
        <translation>Промоутери, нейтрали й критики за етапами</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Промоутери</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Нейтрали</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
    <message>
        <source>Mean customer lifetime value by NPS category (%1)</source>
        <translation>Середня пожиттєва цінність клієнта за категоріями NPS (%1)</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>Середня CLV</translation>
    </message>
    <message>
        <source>%1 answers by department</source>
        <translation>Відповіді %1 за підрозділами</translation>
    </message>
    <message>
        <source>%1 answers by stage</source>
        <translation>Відповіді %1 за етапами</translation>
    </message>
    <message>
        <source>%1 by department</source>
        <translation>%1 за підрозділами</translation>
    </message>
    <message>
        <source>%1 by stage</source>
        <translation>%1 за етапами</translation>
    </message>
    <message>
        <source>%1 by quarter</source>
        <translation>%1 за кварталами</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4 (95 %: %5 … %6; n %7)</source>
        <translation>%1, %2: %3 %4 (95 %: %5 … %6; n %7)</translation>
    </message>
    <message>
        <source>%1 with its 95 % interval</source>
        <translation>%1 з довірчим інтервалом 95 %</translation>
    </message>
</context>
<context>
    <name>NpsStatistics</name>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>Усі відповіді</translation>
    </message>
</context>
<context>
    <name>OfficeZone</name>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Front office</source>
        <translation>Фронт-офіс</translation>
    </message>
    <message>
        <source>Middle office</source>
        <translation>Мідл-офіс</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Бек-офіс</translation>
    </message>
</context>
<context>
    <name>OfflineQueue</name>
    <message>
        <source>could not keep the change for later in %1: %2</source>
        <translation>не вдалося зберегти зміну на потім у %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a queue of offline changes (%2)</source>
        <translation>%1 — не черга змін, зроблених без зв’язку (%2)</translation>
    </message>
    <message>
        <source>no format name</source>
        <translation>немає назви формату</translation>
    </message>
    <message>
        <source>%1 was written by a newer Waymark (queue version %2)</source>
        <translation>%1 записано новішою версією Waymark (версія черги %2)</translation>
    </message>
    <message>
        <source>%1: change %2 of the queue is damaged (/edits/%3)</source>
        <translation>%1: зміну %2 у черзі пошкоджено (/edits/%3)</translation>
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
        <translation>Технології</translation>
    </message>
    <message>
        <source>People and training</source>
        <translation>Люди й навчання</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Комунікації</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Ідея</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Схвалено</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Ефект виміряно</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низька</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Середня</translation>
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
        <translation>Нова можливість</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Виправити: %1</translation>
    </message>
    <message>
        <source>Add to scenario</source>
        <translation>Додати до сценарію</translation>
    </message>
    <message>
        <source>Take out of scenario</source>
        <translation>Вилучити зі сценарію</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Перейменувати сценарій</translation>
    </message>
    <message>
        <source>The journey is open for review only: no opportunity can be added.</source>
        <translation>Шлях відкрито лише для рецензування: додавати можливості не можна.</translation>
    </message>
    <message>
        <source>Close the vote first: its ranking may still change.</source>
        <translation>Спершу закрийте голосування: його результати ще можуть змінитися.</translation>
    </message>
    <message>
        <source>The vote has no dots on any card.</source>
        <translation>У голосуванні жодна картка не має крапок.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) in the vote “%1”.</source>
        <translation>
            <numerusform>%n крапка в голосуванні «%1».</numerusform>
            <numerusform>%n крапки в голосуванні «%1».</numerusform>
            <numerusform>%n крапок у голосуванні «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Each of the top cards already has an opportunity.</source>
        <translation>Кожна з лідерських карток уже має можливість.</translation>
    </message>
    <message numerus="yes">
        <source>Create %n opportunity(s) from the vote</source>
        <translation>
            <numerusform>Створити %n можливість за результатами голосування</numerusform>
            <numerusform>Створити %n можливості за результатами голосування</numerusform>
            <numerusform>Створити %n можливостей за результатами голосування</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>[e-mail]</source>
        <translation>[e-mail]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[телефон]</translation>
    </message>
    <message>
        <source>[card number]</source>
        <translation>[номер картки]</translation>
    </message>
</context>
<context>
    <name>PngChunks</name>
    <message>
        <source>it does not start as a PNG file does</source>
        <translation>файл починається не так, як починається PNG</translation>
    </message>
    <message>
        <source>it ends inside a chunk's header at byte %1</source>
        <translation>файл обривається всередині заголовка блоку на байті %1</translation>
    </message>
    <message>
        <source>its chunk “%1” at byte %2 says it holds %3 bytes, but only %4 follow</source>
        <translation>блок «%1» на байті %2 заявляє %3 байт, але далі їх лише %4</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <source>cannot be read</source>
        <translation>не вдається прочитати</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 не є текою</translation>
    </message>
</context>
<context>
    <name>PrintPages</name>
    <message>
        <source>Executive summary</source>
        <translation>Резюме для керівництва</translation>
    </message>
    <message>
        <source>Executive summary: where the effort is</source>
        <translation>Резюме для керівництва: де зосереджені зусилля</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Карта шляху</translation>
    </message>
    <message>
        <source>Journey map — row %1, column %2 (of %3 × %4)</source>
        <translation>Карта шляху — рядок %1, стовпець %2 (з %3 × %4)</translation>
    </message>
    <message>
        <source>%1's touchpoints highlighted</source>
        <translation>Виділено точки контакту: %1</translation>
    </message>
    <message>
        <source>glue column %1 here</source>
        <translation>підклейте тут стовпець %1</translation>
    </message>
    <message>
        <source>glue row %1 here</source>
        <translation>підклейте тут рядок %1</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>рядок %1, стовпець %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>A PNG of this map can be at most %1× (12,000 pixels a side).</source>
        <translation>PNG цієї карти може бути не більше ніж %1× (12 000 пікселів на сторону).</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 image.</source>
        <translation>Недостатньо пам'яті для зображення %1 × %2.</translation>
    </message>
    <message>
        <source>Customer journey map made with Waymark</source>
        <translation>Карту шляху клієнта створено у Waymark</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Персона: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>Customer journey map · Waymark</source>
        <translation>Карта шляху клієнта · Waymark</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>Підрозділи:</translation>
    </message>
    <message>
        <source>time</source>
        <translation>час</translation>
    </message>
    <message>
        <source>min</source>
        <translation>хв</translation>
    </message>
    <message>
        <source>negative emotion 0–10</source>
        <translation>негативна емоція 0–10</translation>
    </message>
    <message>
        <source>NPS (grey: fewer than 30 answers)</source>
        <translation>NPS (сірим: менше ніж 30 відповідей)</translation>
    </message>
    <message>
        <source>CLV of the detractors</source>
        <translation>CLV критиків</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>під загрозою</translation>
    </message>
    <message>
        <source>heat: %1</source>
        <translation>теплова карта: %1</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>Шари: %1</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Немає даних для показу.</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>No benchmark set (Data dock → Goals…)</source>
        <translation>Бенчмарк не задано (панель «Дані» → «Цілі…»)</translation>
    </message>
    <message>
        <source>Journey NPS</source>
        <translation>NPS шляху</translation>
    </message>
    <message>
        <source>No survey answers imported yet.</source>
        <translation>Відповідей з опитувань ще не імпортовано.</translation>
    </message>
    <message>
        <source>Mean CLV: promoter vs detractor</source>
        <translation>Середня CLV: промоутер проти критика</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 проти %2</translation>
    </message>
    <message>
        <source>%1; %2 customers with an answer and a CLV</source>
        <translation>%1; клієнтів із відповіддю та CLV: %2</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Пожиттєва цінність клієнта</translation>
    </message>
    <message>
        <source>No CLV data imported yet.</source>
        <translation>Даних CLV ще не імпортовано.</translation>
    </message>
    <message>
        <source>The customer's effort, end to end</source>
        <translation>Зусилля клієнта від початку до кінця</translation>
    </message>
    <message>
        <source>%1; mean negative emotion %2/10 over %3 touchpoints</source>
        <translation>%1; середня негативна емоція %2/10 (точок контакту: %3)</translation>
    </message>
    <message>
        <source>no fees</source>
        <translation>без витрат</translation>
    </message>
    <message>
        <source>Most customer lifetime value at risk</source>
        <translation>Найбільша пожиттєва цінність клієнтів під загрозою</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакту</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>CLV під загрозою</translation>
    </message>
    <message>
        <source>Top 5 hotspots: %1</source>
        <translation>Топ-5 гарячих точок: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Whole journey</source>
        <translation>Увесь шлях</translation>
    </message>
    <message>
        <source>Effort per stage</source>
        <translation>Зусилля за етапами</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Точки контакту</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Гроші</translation>
    </message>
    <message>
        <source>Mean emotion</source>
        <translation>Середня емоція</translation>
    </message>
    <message>
        <source>Worst emotion</source>
        <translation>Найгірша емоція</translation>
    </message>
    <message>
        <source>Negative emotion by stage (0 calm – 10 worst)</source>
        <translation>Негативна емоція за етапами (0 — спокій, 10 — найгірше)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Середня</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Найгірша</translation>
    </message>
    <message>
        <source>The workshop's vote: %1</source>
        <translation>Голосування на воркшопі: %1</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Крапки</translation>
    </message>
    <message>
        <source>hatched: too few answers to trust</source>
        <translation>штрихування: замало відповідей, щоб на них покладатися</translation>
    </message>
    <message>
        <source>Journey %1 (95 % interval)</source>
        <translation>%1 шляху (довірчий інтервал 95 %)</translation>
    </message>
    <message>
        <source>No %1 answers to count.</source>
        <translation>Немає відповідей %1 для підрахунку.</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>Відповідей: %1</translation>
    </message>
    <message>
        <source>95 % interval %1 to %2; %3 answers</source>
        <translation>Довірчий інтервал 95 %: від %1 до %2; відповідей: %3</translation>
    </message>
    <message>
        <source>Small sample: fewer than %1 answers</source>
        <translation>Мала вибірка: менше ніж %1 відповідей</translation>
    </message>
    <message>
        <source>%1: %2 % · %3: %4 %</source>
        <translation>%1: %2 % · %3: %4 %</translation>
    </message>
    <message>
        <source>%1 against %2 (%3)</source>
        <translation>%1 порівняно з %2 (%3)</translation>
    </message>
    <message>
        <source>the benchmark</source>
        <translation>бенчмарком</translation>
    </message>
    <message>
        <source>The %1 trend by quarter appears here once answers with dates are imported.</source>
        <translation>Динаміка %1 за кварталами з'явиться тут, щойно ви імпортуєте відповіді з датами.</translation>
    </message>
    <message>
        <source>%1 per stage appears here with survey data.</source>
        <translation>%1 за етапами з'явиться тут, коли будуть дані опитувань.</translation>
    </message>
    <message>
        <source>Findings and priorities</source>
        <translation>Висновки та пріоритети</translation>
    </message>
    <message>
        <source>Business case of a top opportunity</source>
        <translation>Бізнес-кейс пріоритетної можливості</translation>
    </message>
    <message>
        <source>Future state: the journey with every opportunity applied</source>
        <translation>Цільовий стан: шлях з усіма можливостями</translation>
    </message>
    <message>
        <source>Future state: the journey after “%1”</source>
        <translation>Цільовий стан: шлях після «%1»</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>confidence: %1</source>
        <translation>упевненість: %1</translation>
    </message>
    <message numerus="yes">
        <source>delivered in %n month(s)</source>
        <translation>
            <numerusform>впровадження за %n місяць</numerusform>
            <numerusform>впровадження за %n місяці</numerusform>
            <numerusform>впровадження за %n місяців</numerusform>
        </translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>відповідальний: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Обґрунтування: %1</translation>
    </message>
    <message>
        <source>Value per year at full run rate</source>
        <translation>Вигоди на рік після виходу на повну потужність</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Очікуване</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Мінімум</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <source>Customer time and money saved</source>
        <translation>Заощаджені час і гроші клієнтів</translation>
    </message>
    <message>
        <source>Cost to serve saved</source>
        <translation>Зниження вартості обслуговування</translation>
    </message>
    <message>
        <source>Retention value</source>
        <translation>Цінність утримання</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>Cash flows</source>
        <translation>Грошові потоки</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Вигоди</translation>
    </message>
    <message>
        <source>Running cost</source>
        <translation>Поточні витрати</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Чистий потік</translation>
    </message>
    <message>
        <source>Discounted</source>
        <translation>Дисконтований</translation>
    </message>
    <message>
        <source>NPV %1 (range %2 to %3)</source>
        <translation>ЧДД %1 (діапазон від %2 до %3)</translation>
    </message>
    <message>
        <source>ROI %1 %</source>
        <translation>ROI %1 %</translation>
    </message>
    <message>
        <source>pays back in month %1</source>
        <translation>окупається на %1-й місяць</translation>
    </message>
    <message numerus="yes">
        <source>does not pay back within %n year(s)</source>
        <translation>
            <numerusform>не окупається за %n рік</numerusform>
            <numerusform>не окупається за %n роки</numerusform>
            <numerusform>не окупається за %n років</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n year(s) at a %1 % discount rate; benefits start after delivery.</source>
        <translation>
            <numerusform>За %n рік за ставки дисконтування %1 %; вигоди починаються після впровадження.</numerusform>
            <numerusform>За %n роки за ставки дисконтування %1 %; вигоди починаються після впровадження.</numerusform>
            <numerusform>За %n років за ставки дисконтування %1 %; вигоди починаються після впровадження.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Не враховано: %1</translation>
    </message>
    <message>
        <source>How these numbers are made</source>
        <translation>Як отримано ці цифри</translation>
    </message>
    <message numerus="yes">
        <source>… %n more figure(s): see the business case workbook (waymark business-case --format xlsx)</source>
        <translation>
            <numerusform>… ще %n показник: див. книгу бізнес-кейсу (waymark business-case --format xlsx)</numerusform>
            <numerusform>… ще %n показники: див. книгу бізнес-кейсу (waymark business-case --format xlsx)</numerusform>
            <numerusform>… ще %n показників: див. книгу бізнес-кейсу (waymark business-case --format xlsx)</numerusform>
        </translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>місяць %1</translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>не в межах %n року</numerusform>
            <numerusform>не в межах %n років</numerusform>
            <numerusform>не в межах %n років</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>After every opportunity</source>
        <translation>Після всіх можливостей</translation>
    </message>
    <message>
        <source>After “%1”</source>
        <translation>Після «%1»</translation>
    </message>
    <message>
        <source>Customer time per stage (hours per customer)</source>
        <translation>Час клієнта за етапами (годин на клієнта)</translation>
    </message>
    <message>
        <source>What we found</source>
        <translation>Що ми виявили</translation>
    </message>
    <message>
        <source>Add effort to the cards or import NPS and CLV data to see findings.</source>
        <translation>Щоб побачити висновки, вкажіть зусилля на картках або імпортуйте дані NPS і CLV.</translation>
    </message>
    <message>
        <source>What to fix first: every opportunity</source>
        <translation>Що виправляти насамперед: усі можливості</translation>
    </message>
    <message>
        <source>What to fix first: “%1”</source>
        <translation>Що виправляти насамперед: «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Ranked by net present value over %n year(s) at a %1 % discount rate; ranges from the confidence of each estimate and the 95 % margins of the NPS shares it rests on.</source>
        <translation>
            <numerusform>Упорядковано за ЧДД за %n рік за ставки дисконтування %1 %; діапазони відображають упевненість у кожній оцінці та межі інтервалу 95 % для часток NPS, на яких вона ґрунтується.</numerusform>
            <numerusform>Упорядковано за ЧДД за %n роки за ставки дисконтування %1 %; діапазони відображають упевненість у кожній оцінці та межі інтервалу 95 % для часток NPS, на яких вона ґрунтується.</numerusform>
            <numerusform>Упорядковано за ЧДД за %n років за ставки дисконтування %1 %; діапазони відображають упевненість у кожній оцінці та межі інтервалу 95 % для часток NPS, на яких вона ґрунтується.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Можливість</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Одноразові витрати</translation>
    </message>
    <message>
        <source>Running cost per year</source>
        <translation>Поточні витрати на рік</translation>
    </message>
    <message>
        <source>Value per year (low – high)</source>
        <translation>Вигоди на рік (мін. – макс.)</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>ЧДД</translation>
    </message>
    <message>
        <source>NPV (low – high)</source>
        <translation>ЧДД (мін. – макс.)</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Окупність</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 р.</translation>
    </message>
    <message>
        <source>Technology gap</source>
        <translation>Технологічний розрив</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>What it cannot do</source>
        <translation>Чого вона не вміє</translation>
    </message>
    <message>
        <source>Pain points it causes</source>
        <translation>Больові точки, які вона спричиняє</translation>
    </message>
    <message>
        <source>Opportunities replacing it</source>
        <translation>Можливості, що її замінять</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) not shown on this page</source>
        <translation>
            <numerusform>… і ще %n рядок, не показаний на цій сторінці</numerusform>
            <numerusform>… і ще %n рядки, не показані на цій сторінці</numerusform>
            <numerusform>… і ще %n рядків, не показаних на цій сторінці</numerusform>
        </translation>
    </message>
    <message>
        <source>Executive summary: lifetime value and churn</source>
        <translation>Резюме для керівництва: пожиттєва цінність і відтік</translation>
    </message>
    <message>
        <source>Executive summary: what customers say</source>
        <translation>Резюме для керівництва: що кажуть клієнти</translation>
    </message>
    <message>
        <source>What our customers are worth, and who is leaving</source>
        <translation>Скільки варті наші клієнти і хто від нас іде</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers are expected to spend %2 in the next %n month(s) (discounted at %3 % a year), %4 each on average.</source>
        <translation>
            <numerusform>Очікується, що %1 клієнтів витратять %2 за наступний %n місяць (з дисконтуванням %3 % на рік), у середньому %4 на клієнта.</numerusform>
            <numerusform>Очікується, що %1 клієнтів витратять %2 за наступні %n місяці (з дисконтуванням %3 % на рік), у середньому %4 на клієнта.</numerusform>
            <numerusform>Очікується, що %1 клієнтів витратять %2 за наступні %n місяців (з дисконтуванням %3 % на рік), у середньому %4 на клієнта.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valuable customers are probably gone: won back, they would be worth %2.</source>
        <translation>Цінних клієнтів, які, імовірно, пішли: %1. Якщо їх повернути, вони принесуть %2.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Mean P(alive)</source>
        <translation>Середня P(alive)</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>Середня CLV</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Під загрозою</translation>
    </message>
    <message>
        <source>At risk: CLV if retained</source>
        <translation>Під загрозою: CLV за умови утримання</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Усі клієнти</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Сегмент: %1</translation>
    </message>
    <message>
        <source>P(alive): the chance a customer is still buying. At risk: P(alive) below %1 and worth at least %2 if retained (the top quarter). CLV if retained = CLV ÷ P(alive).</source>
        <translation>P(alive): імовірність того, що клієнт досі купує. Під загрозою: P(alive) нижче %1 і CLV за умови утримання щонайменше %2 (верхня чверть). CLV за умови утримання = CLV ÷ P(alive).</translation>
    </message>
    <message>
        <source>After the calibration end %1 repeat purchases happened; the model expected %2.</source>
        <translation>Після кінця калібрування здійснено повторних покупок: %1; модель очікувала %2.</translation>
    </message>
    <message>
        <source>Fitted by maximum likelihood (standard errors in brackets). BG/NBD: r %1, α %2, a %3, b %4, log-likelihood %5. Pareto/NBD: r %6, α %7, s %8, β %9, log-likelihood %10. Gamma-Gamma spend: p %11, q %12, γ %13. Time in %14.</source>
        <translation>Оцінка методом максимальної правдоподібності (у дужках стандартні похибки). BG/NBD: r %1, α %2, a %3, b %4, логарифм правдоподібності %5. Pareto/NBD: r %6, α %7, s %8, β %9, логарифм правдоподібності %10. Витрати Gamma-Gamma: p %11, q %12, γ %13. Одиниця часу: %14.</translation>
    </message>
    <message>
        <source>Why customers leave</source>
        <translation>Чому клієнти йдуть</translation>
    </message>
    <message>
        <source>The touchpoints where customers who are probably gone answered as detractors, by the value they would carry if won back.</source>
        <translation>Точки контакту, де клієнти, які, імовірно, пішли, відповідали як критики, — за цінністю, яку вони принесли б, якщо їх повернути.</translation>
    </message>
    <message>
        <source>CLV if retained</source>
        <translation>CLV за умови утримання</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>момент істини</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>больова точка</translation>
    </message>
    <message>
        <source>What customers say where it hurts most</source>
        <translation>Що кажуть клієнти там, де найболючіше</translation>
    </message>
    <message>
        <source>The %1 touchpoints with the most %2 (%3, dataset “%4”), and the words their %2 use distinctly more often than every other customer (weighted log-odds with an informative prior, z ≥ 1.96), each with one customer's sentence as written. Personal data is masked.</source>
        <translation>Точки контакту (%1), де найбільше відповідей категорії «%2» (%3, набір даних «%4»), і слова, які ці клієнти вживають помітно частіше за всіх інших (зважені логарифми шансів з інформативним апріорним розподілом, z ≥ 1.96), кожне — з фразою одного клієнта в його власному формулюванні. Персональні дані приховано.</translation>
    </message>
    <message>
        <source>No touchpoint has %1.</source>
        <translation>У жодній точці контакту немає відповідей категорії «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 — %3 %4, %n with a comment</source>
        <translation>
            <numerusform>%1. %2 — %4: %3, з коментарем: %n</numerusform>
            <numerusform>%1. %2 — %4: %3, з коментарем: %n</numerusform>
            <numerusform>%1. %2 — %4: %3, з коментарем: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>None of them left a comment.</source>
        <translation>Ніхто з них не залишив коментаря.</translation>
    </message>
    <message>
        <source>No word stands out: their comments read like everyone else's.</source>
        <translation>Жодне слово не вирізняється: їхні коментарі схожі на всі інші.</translation>
    </message>
    <message>
        <source>They write</source>
        <translation>Пишуть</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Згадувань</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Їхніми словами</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>The %1 touchpoints whose %2 carry the most customer lifetime value (%3, dataset “%4”), and the words their %2 use distinctly more often than every other customer (weighted log-odds with an informative prior, z ≥ 1.96), each with one customer's sentence as written. Personal data is masked.</source>
        <translation>Точки контакту (%1), де в клієнтів категорії «%2» найбільша пожиттєва цінність (%3, набір даних «%4»), і слова, які ці клієнти вживають помітно частіше за всіх інших (зважені логарифми шансів з інформативним апріорним розподілом, z ≥ 1.96), кожне — з фразою одного клієнта в його власному формулюванні. Персональні дані приховано.</translation>
    </message>
    <message>
        <source>; lifetime value at risk %1</source>
        <translation>; пожиттєва цінність під загрозою: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 pain points rest on measured data (%3 answers or more)</source>
        <translation>Больових точок на виміряних даних: %1 з %2 (щонайменше %3 відповідей)</translation>
    </message>
    <message>
        <source>The rest: %1</source>
        <translation>Решта: %1</translation>
    </message>
    <message>
        <source>Pain points on measured data</source>
        <translation>Больові точки на виміряних даних</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Pictures on the cards (%1 of %2)</source>
        <translation>Зображення на картках (%1 з %2)</translation>
    </message>
    <message>
        <source>Pictures on the cards</source>
        <translation>Зображення на картках</translation>
    </message>
    <message>
        <source>picture %1 of %2</source>
        <translation>зображення %1 з %2</translation>
    </message>
    <message>
        <source>Personas (%1 of %2)</source>
        <translation>Персони (%1 з %2)</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Персони</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цілі</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Фрустрації</translation>
    </message>
    <message>
        <source>Where it hurts them most</source>
        <translation>Де найболючіше</translation>
    </message>
    <message>
        <source>No step on the map weighs on %1: every card they go through has a negative emotion of 0.</source>
        <translation>Жоден крок на карті не обтяжує персону %1: в усіх її картках негативна емоція 0.</translation>
    </message>
    <message>
        <source>Stage “%1”</source>
        <translation>Етап «%1»</translation>
    </message>
    <message>
        <source>negative emotion %1 of 10</source>
        <translation>негативна емоція %1 з 10</translation>
    </message>
    <message>
        <source>%1 for everyone else</source>
        <translation>в інших %1</translation>
    </message>
    <message>
        <source>Who goes through this journey</source>
        <translation>Хто проходить цей шлях</translation>
    </message>
    <message numerus="yes">
        <source>Each persona with what they want, what gets in their way, and the %n step(s) of the map that weigh on them most: the highest negative emotion as that persona feels it (0 calm – 10 worst).</source>
        <translation>
            <numerusform>Кожна персона: чого вона хоче, що їй заважає і %n крок карти, який дається їй найважче — з найсильнішою негативною емоцією, як її відчуває ця персона (0 спокійно – 10 найгірше).</numerusform>
            <numerusform>Кожна персона: чого вона хоче, що їй заважає і %n кроки карти, які даються їй найважче — з найсильнішою негативною емоцією, як її відчуває ця персона (0 спокійно – 10 найгірше).</numerusform>
            <numerusform>Кожна персона: чого вона хоче, що їй заважає і %n кроків карти, які даються їй найважче — з найсильнішою негативною емоцією, як її відчуває ця персона (0 спокійно – 10 найгірше).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriorityChart</name>
    <message>
        <source>Value per year against one-off cost (bubble: CLV at risk)</source>
        <translation>Вигоди на рік та одноразові витрати (розмір бульбашки: CLV під загрозою)</translation>
    </message>
    <message>
        <source>One-off cost (%1)</source>
        <translation>Одноразові витрати (%1)</translation>
    </message>
    <message>
        <source>Value per year (%1)</source>
        <translation>Вигоди на рік (%1)</translation>
    </message>
</context>
<context>
    <name>ServerDatasets</name>
    <message>
        <source>not one dataset</source>
        <translation>це не один набір даних</translation>
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
        <translation>Не вдалося під’єднатися до %1:
%2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password for %1 on %2 (kept only while Waymark runs; ~/.pgpass spares you this question):</source>
        <translation>Пароль користувача %1 на %2 (зберігається, лише доки Waymark відкрито; з ~/.pgpass це питання зайве):</translation>
    </message>
</context>
<context>
    <name>ServerJourney</name>
    <message>
        <source>card %1 is in a stage that does not exist (%2)</source>
        <translation>картка %1 розташована в етапі, якого не існує (%2)</translation>
    </message>
</context>
<context>
    <name>ServerJourneys</name>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation>%1 на %2 — помилка: %3</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object</source>
        <translation>%1: значення не є об'єктом JSON</translation>
    </message>
    <message>
        <source>storing card %1</source>
        <translation>збереження картки %1</translation>
    </message>
    <message>
        <source>storing comment %1</source>
        <translation>збереження коментаря %1</translation>
    </message>
    <message>
        <source>storing a dot of vote %1</source>
        <translation>збереження крапки голосування %1</translation>
    </message>
    <message>
        <source>the journey cannot be published: %1: %2</source>
        <translation>шлях не можна опублікувати: %1: %2</translation>
    </message>
    <message>
        <source>could not start a transaction on %1: %2</source>
        <translation>не вдалося почати транзакцію на %1: %2</translation>
    </message>
    <message>
        <source>looking for journey %1</source>
        <translation>пошук шляху %1</translation>
    </message>
    <message>
        <source>%1 already holds a journey with this id (“%2”); open that one from the server instead</source>
        <translation>у %1 вже є шлях із цим ідентифікатором («%2»); відкрийте його із сервера</translation>
    </message>
    <message>
        <source>storing journey %1</source>
        <translation>збереження шляху %1</translation>
    </message>
    <message>
        <source>could not commit journey %1 on %2: %3</source>
        <translation>не вдалося зафіксувати шлях %1 на %2: %3</translation>
    </message>
    <message>
        <source>%1 holds no Waymark journeys</source>
        <translation>у %1 немає шляхів Waymark</translation>
    </message>
    <message>
        <source>the database %1 holds Waymark's server schema version %2; this Waymark reads version %3</source>
        <translation>у базі даних %1 серверна схема Waymark версії %2, а ця версія Waymark читає версію %3</translation>
    </message>
    <message>
        <source>starting to read journey %1</source>
        <translation>початок читання шляху %1</translation>
    </message>
    <message>
        <source>reading journey %1</source>
        <translation>читання шляху %1</translation>
    </message>
    <message>
        <source>%1 holds no journey with id %2</source>
        <translation>у %1 немає шляху з ідентифікатором %2</translation>
    </message>
    <message>
        <source>table journeys, row %1, column base</source>
        <translation>таблиця journeys, рядок %1, стовпець base</translation>
    </message>
    <message>
        <source>reading the cards of journey %1</source>
        <translation>читання карток шляху %1</translation>
    </message>
    <message>
        <source>table cards, row %1, column fields</source>
        <translation>таблиця cards, рядок %1, стовпець fields</translation>
    </message>
    <message>
        <source>reading the comments of journey %1</source>
        <translation>читання коментарів до шляху %1</translation>
    </message>
    <message>
        <source>table comments, row %1, column body</source>
        <translation>таблиця comments, рядок %1, стовпець body</translation>
    </message>
    <message>
        <source>reading the dots of journey %1</source>
        <translation>читання крапок голосування шляху %1</translation>
    </message>
    <message>
        <source>journey %1 on %2 is damaged: %3</source>
        <translation>шлях %1 на %2 пошкоджено: %3</translation>
    </message>
    <message>
        <source>the database %1 holds Waymark's server schema version %2, but this Waymark knows only up to version %3; update Waymark to open journeys there</source>
        <translation>у базі даних %1 серверна схема Waymark версії %2, а ця версія Waymark підтримує версії не вище %3; оновіть Waymark, щоб відкривати шляхи з цієї бази</translation>
    </message>
    <message>
        <source>listing the journeys</source>
        <translation>отримання списку шляхів</translation>
    </message>
    <message>
        <source>storing the dataset “%1”</source>
        <translation>збереження набору даних «%1»</translation>
    </message>
    <message>
        <source>reading the datasets of journey %1</source>
        <translation>читання наборів даних шляху %1</translation>
    </message>
    <message>
        <source>table datasets, row %1, column body</source>
        <translation>таблиця datasets, рядок %1, стовпець body</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>setting up the roles on %1 failed: %2 (in: %3)</source>
        <translation>не вдалося налаштувати ролі на %1: %2 (у запиті: %3)</translation>
    </message>
    <message>
        <source>reading your role on %1 failed: %2</source>
        <translation>не вдалося визначити вашу роль на %1: %2</translation>
    </message>
    <message>
        <source>Facilitator: may change everything</source>
        <translation>Фасилітатор: може змінювати все</translation>
    </message>
    <message>
        <source>Participant: may add and change cards, place dots and comment</source>
        <translation>Учасник: може додавати й змінювати картки, ставити крапки й коментувати</translation>
    </message>
    <message>
        <source>Reviewer: may comment</source>
        <translation>Рецензент: може коментувати</translation>
    </message>
    <message>
        <source>Viewer: may look</source>
        <translation>Спостерігач: може лише переглядати</translation>
    </message>
    <message>
        <source>No Waymark role on this server: ask the facilitator for one</source>
        <translation>У вас немає ролі Waymark на цьому сервері: попросіть її у фасилітатора</translation>
    </message>
    <message>
        <source>reviewers may add comments, nothing else</source>
        <translation>рецензенти можуть лише додавати коментарі</translation>
    </message>
    <message>
        <source>viewers may read the journey, not change it</source>
        <translation>спостерігачі можуть переглядати шлях, але не змінювати його</translation>
    </message>
    <message>
        <source>only facilitators may publish journeys</source>
        <translation>публікувати шляхи можуть лише фасилітатори</translation>
    </message>
    <message>
        <source>you have no Waymark role on this database</source>
        <translation>у вас немає ролі Waymark у цій базі даних</translation>
    </message>
    <message>
        <source>the server refused this by its rule “%1”: %2</source>
        <translation>сервер відхилив дію за правилом «%1»: %2</translation>
    </message>
    <message>
        <source>the facilitator locked this lane; only its department may change its cards</source>
        <translation>фасилітатор заблокував цю доріжку; її картки може змінювати лише її відділ</translation>
    </message>
    <message>
        <source>the facilitator locked this stage; only each lane's department may change its cards</source>
        <translation>фасилітатор заблокував цей етап; картки в ньому змінює лише відділ своєї доріжки</translation>
    </message>
    <message>
        <source>the facilitator froze the board; only facilitators may change it now</source>
        <translation>фасилітатор заморозив дошку; змінювати її зараз можуть лише фасилітатори</translation>
    </message>
    <message>
        <source>only facilitators may lock lanes and stages or freeze the board</source>
        <translation>блокувати доріжки й етапи та заморожувати дошку можуть лише фасилітатори</translation>
    </message>
    <message>
        <source>only facilitators may say who belongs to which department</source>
        <translation>вирішувати, хто в якому підрозділі, можуть лише фасилітатори</translation>
    </message>
    <message>
        <source>only facilitators may add, change, move or remove stages, lanes and departments</source>
        <translation>додавати, змінювати, переміщувати й видаляти етапи, доріжки та підрозділи можуть лише фасилітатори</translation>
    </message>
    <message>
        <source>a facilitator removed that stage or lane meanwhile</source>
        <translation>тим часом фасилітатор видалив цей етап або доріжку</translation>
    </message>
    <message>
        <source>only facilitators may start, close or change a vote</source>
        <translation>розпочинати, закривати й змінювати голосування можуть лише фасилітатори</translation>
    </message>
    <message>
        <source>the vote is closed; its dots cannot change any more</source>
        <translation>голосування закрито; його крапки вже не змінюються</translation>
    </message>
    <message>
        <source>someone else placed this dot from their login; only they or a facilitator may take it back</source>
        <translation>крапку поставлено з іншого облікового запису: зняти її можуть лише її власник і фасилітатор</translation>
    </message>
    <message>
        <source>someone else wrote this comment; only they or a facilitator may change or delete it</source>
        <translation>коментар чужий: змінювати й видаляти його можуть лише автор і фасилітатор</translation>
    </message>
    <message>
        <source>only facilitators may add, change or remove personas</source>
        <translation>додавати, змінювати й видаляти персони можуть лише фасилітатори</translation>
    </message>
    <message>
        <source>only facilitators may add, rename or remove participants</source>
        <translation>додавати, перейменовувати й видаляти учасників можуть лише фасилітатори</translation>
    </message>
    <message>
        <source>an arrow must join two cards of the journey, and one of them was deleted meanwhile</source>
        <translation>стрілка має з’єднувати дві картки шляху, а одну з них тим часом видалили</translation>
    </message>
    <message>
        <source>only facilitators may change the journey's title, description, currency and settings</source>
        <translation>лише фасилітатори змінюють назву, опис, валюту й налаштування шляху</translation>
    </message>
    <message>
        <source>only facilitators may change the agenda</source>
        <translation>лише фасилітатори змінюють порядок денний</translation>
    </message>
    <message>
        <source>only facilitators may change the business case</source>
        <translation>лише фасилітатори змінюють бізнес-кейс</translation>
    </message>
    <message>
        <source>the vote's time is up; its dots cannot change any more</source>
        <translation>час голосування вийшов; його крапки більше не змінюються</translation>
    </message>
    <message>
        <source>only facilitators may import, refresh or remove survey and purchase data</source>
        <translation>лише фасилітатори можуть імпортувати, оновлювати й видаляти дані опитувань і покупок</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>setting up the server schema on %1 failed: %2 (in: %3)</source>
        <translation>не вдалося налаштувати серверну схему на %1: %2 (у запиті: %3)</translation>
    </message>
    <message>
        <source>reading the server schema version on %1 failed: %2</source>
        <translation>не вдалося прочитати версію серверної схеми на %1: %2</translation>
    </message>
    <message>
        <source>the database %1 holds Waymark's server schema version %2, but this Waymark knows only up to version %3; update Waymark to open journeys there</source>
        <translation>у базі даних %1 серверна схема Waymark версії %2, а ця версія Waymark підтримує версії не вище %3; оновіть Waymark, щоб відкривати шляхи з цієї бази</translation>
    </message>
    <message>
        <source>could not start a transaction on %1: %2</source>
        <translation>не вдалося почати транзакцію на %1: %2</translation>
    </message>
    <message>
        <source>setting up the server schema on %1 failed: %2</source>
        <translation>не вдалося налаштувати серверну схему на %1: %2</translation>
    </message>
    <message>
        <source>could not commit the server schema on %1: %2</source>
        <translation>не вдалося зафіксувати серверну схему на %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerSession</name>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>не вдалося під'єднатися до %1: %2</translation>
    </message>
    <message>
        <source>could not listen for changes on %1: %2</source>
        <translation>не вдалося підписатися на зміни на %1: %2</translation>
    </message>
    <message>
        <source>journey %1 on %2 is damaged: %3</source>
        <translation>шлях %1 на %2 пошкоджено: %3</translation>
    </message>
    <message>
        <source>card “%1” is not in the journey any more</source>
        <translation>картки «%1» більше немає в шляху</translation>
    </message>
    <message>
        <source>the change was not saved: %1: %2</source>
        <translation>зміну не збережено: %1: %2</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>немає з'єднання з %1</translation>
    </message>
    <message>
        <source>the change was not saved on %1: %2</source>
        <translation>зміну не збережено на %1: %2</translation>
    </message>
    <message>
        <source>%1 no longer holds journey %2</source>
        <translation>на %1 більше немає шляху %2</translation>
    </message>
    <message>
        <source>reading the changes on %1 failed: %2</source>
        <translation>не вдалося прочитати зміни на %1: %2</translation>
    </message>
    <message>
        <source>card “%1” was deleted by %2 (change %3); your change was not saved</source>
        <translation>картку «%1» видалив учасник %2 (зміна %3); вашу зміну не збережено</translation>
    </message>
    <message>
        <source>card “%1” is not in the journey on the server; your change was not saved</source>
        <translation>картки «%1» немає в шляху на сервері; вашу зміну не збережено</translation>
    </message>
    <message>
        <source>card “%1” is not in that cell any more</source>
        <translation>картки «%1» більше немає в цій клітинці</translation>
    </message>
    <message>
        <source>reading the cell's order failed: %1</source>
        <translation>не вдалося прочитати порядок карток у клітинці: %1</translation>
    </message>
    <message>
        <source>“%1” is not a field of a card</source>
        <translation>«%1» не є полем картки</translation>
    </message>
    <message>
        <source>card “%1” was not added on %2: %3</source>
        <translation>картку «%1» не додано на %2: %3</translation>
    </message>
    <message>
        <source>card “%1” is already in the journey</source>
        <translation>картка «%1» уже є в шляху</translation>
    </message>
    <message>
        <source>a card cannot go after itself</source>
        <translation>картку не можна поставити після неї самої</translation>
    </message>
    <message>
        <source>the move was not saved on %1: %2</source>
        <translation>переміщення не збережено на %1: %2</translation>
    </message>
    <message>
        <source>the deletion was not saved on %1: %2</source>
        <translation>видалення не збережено на %1: %2</translation>
    </message>
    <message>
        <source>there is no vote %1 in the journey</source>
        <translation>у шляху немає голосування %1</translation>
    </message>
    <message>
        <source>the vote “%1” is closed</source>
        <translation>голосування «%1» закрито</translation>
    </message>
    <message>
        <source>the dot was not saved on %1: %2</source>
        <translation>крапку не збережено на %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>all %n dot(s) of the vote “%1” are used</source>
        <translation>
            <numerusform>голосування «%1»: усі крапки (%n) уже розставлено</numerusform>
            <numerusform>голосування «%1»: усі крапки (%n) уже розставлено</numerusform>
            <numerusform>голосування «%1»: усі крапки (%n) уже розставлено</numerusform>
        </translation>
    </message>
    <message>
        <source>the comment was not saved on %1: %2</source>
        <translation>коментар не збережено на %1: %2</translation>
    </message>
    <message>
        <source>there is no change of yours to undo</source>
        <translation>немає ваших змін, які можна скасувати</translation>
    </message>
    <message>
        <source>cannot undo: %1 deleted card “%2” since (change %3)</source>
        <translation>скасувати не можна: після цього учасник %1 видалив картку «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed card “%2” since (change %3)</source>
        <translation>скасувати не можна: після цього учасник %1 змінив картку «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 moved card “%2” since (change %3)</source>
        <translation>скасувати не можна: після цього учасник %1 перемістив картку «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed “%2” of card “%3” since (change %4)</source>
        <translation>скасувати не можна: після цього учасник %1 змінив поле «%2» картки «%3» (зміна %4)</translation>
    </message>
    <message>
        <source>the card was not brought back on %1: %2</source>
        <translation>картку не відновлено на %1: %2</translation>
    </message>
    <message>
        <source>the move was not undone on %1: %2</source>
        <translation>переміщення не скасовано на %1: %2</translation>
    </message>
    <message>
        <source>reading the locks on %1 failed: %2</source>
        <translation>не вдалося прочитати блокування на %1: %2</translation>
    </message>
    <message>
        <source>%1 froze the board%2; only facilitators may change it now</source>
        <translation>%1 заморозив(ла) дошку%2; змінювати її зараз можуть лише фасилітатори</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 locked this lane%2; only its department may change its cards</source>
        <translation>%1 заблокував(ла) цю доріжку%2; її картки може змінювати лише її відділ</translation>
    </message>
    <message>
        <source>%1 locked this stage%2; only each lane's department may change its cards</source>
        <translation>%1 заблокував(ла) цей етап%2; картки в ньому змінює лише відділ своєї доріжки</translation>
    </message>
    <message>
        <source>the lock was not saved on %1: %2</source>
        <translation>блокування не збережено на %1: %2</translation>
    </message>
    <message>
        <source>%1 deleted the card meanwhile (change %2)</source>
        <translation>%1 тим часом видалив(ла) картку (зміна %2)</translation>
    </message>
    <message>
        <source>the card is not in the journey any more</source>
        <translation>картки більше немає в шляху</translation>
    </message>
    <message>
        <source>not connected to %1; undo works again when the connection is back</source>
        <translation>немає зв’язку з %1; скасування знову запрацює, коли зв’язок повернеться</translation>
    </message>
    <message>
        <source>reading the members on %1 failed: %2</source>
        <translation>не вдалося прочитати склад підрозділів на %1: %2</translation>
    </message>
    <message>
        <source>reading the database users on %1 failed: %2</source>
        <translation>не вдалося прочитати користувачів бази даних на %1: %2</translation>
    </message>
    <message>
        <source>not connected to %1; the members were not changed</source>
        <translation>немає з'єднання з %1; склад підрозділів не змінено</translation>
    </message>
    <message>
        <source>“%1” is not a database user's name (empty, or spaces around it); the members were not changed</source>
        <translation>«%1» — не ім’я користувача бази даних (порожньо або пробіли по краях); склад підрозділів не змінено</translation>
    </message>
    <message>
        <source>%1 cannot join department %2: the journey has no such department; the members were not changed</source>
        <translation>%1 не можна додати до підрозділу %2: у шляху немає такого підрозділу; склад підрозділів не змінено</translation>
    </message>
    <message>
        <source>the members were not changed on %1: %2</source>
        <translation>склад підрозділів на %1 не змінено: %2</translation>
    </message>
    <message>
        <source>%1 has no database user “%2” (names are case-sensitive); the administrator creates it with CREATE ROLE … LOGIN; the members were not changed</source>
        <translation>на %1 немає користувача бази даних «%2» (регістр літер важливий); його створює адміністратор командою CREATE ROLE … LOGIN; склад підрозділів не змінено</translation>
    </message>
    <message>
        <source>cannot undo: %1 froze the board since (change %2)</source>
        <translation>скасувати не можна: після цього %1 заморозив(ла) дошку (зміна %2)</translation>
    </message>
    <message>
        <source>cannot undo: %1 unfroze the board since (change %2)</source>
        <translation>скасувати не можна: після цього %1 розморозив(ла) дошку (зміна %2)</translation>
    </message>
    <message>
        <source>cannot undo: %1 locked the lane “%2” since (change %3)</source>
        <translation>скасувати не можна: після цього %1 заблокував(ла) доріжку «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 unlocked the lane “%2” since (change %3)</source>
        <translation>скасувати не можна: після цього %1 розблокував(ла) доріжку «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 locked the stage “%2” since (change %3)</source>
        <translation>скасувати не можна: після цього %1 заблокував(ла) етап «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 unlocked the stage “%2” since (change %3)</source>
        <translation>скасувати не можна: після цього %1 розблокував(ла) етап «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>card “%1” was removed with its stage or lane by %2 (change %3); your change was not saved</source>
        <translation>картку «%1» видалив(ла) %2 разом з її етапом або доріжкою (зміна %3); вашу зміну не збережено</translation>
    </message>
    <message>
        <source>the card's stage or lane is not in the journey</source>
        <translation>етапу або доріжки картки немає в шляху</translation>
    </message>
    <message>
        <source>%1 removed the card's stage (change %2); the card was not saved there</source>
        <translation>%1 видалив(ла) етап картки (зміна %2); картку там не збережено</translation>
    </message>
    <message>
        <source>%1 removed the card's lane (change %2); the card was not saved there</source>
        <translation>%1 видалив(ла) доріжку картки (зміна %2); картку там не збережено</translation>
    </message>
    <message>
        <source>“%1” cannot be changed on its own</source>
        <translation>«%1» не можна змінити окремо</translation>
    </message>
    <message>
        <source>“%1” is not a stage, a lane or a department</source>
        <translation>«%1» — не етап, не доріжка і не підрозділ</translation>
    </message>
    <message>
        <source>the change of “%1” was not saved on %2: %3</source>
        <translation>зміну «%1» не збережено на %2: %3</translation>
    </message>
    <message>
        <source>“%1” is already in the journey</source>
        <translation>«%1» вже є в шляху</translation>
    </message>
    <message>
        <source>“%1” was removed by %2 (change %3); your change was not saved</source>
        <translation>«%1» видалив(ла) %2 (зміна %3); вашу зміну не збережено</translation>
    </message>
    <message>
        <source>“%1” is not in the journey on the server; your change was not saved</source>
        <translation>«%1» немає в шляху на сервері; вашу зміну не збережено</translation>
    </message>
    <message>
        <source>“%1” is not in the journey any more; your change was not saved</source>
        <translation>«%1» більше немає в шляху; вашу зміну не збережено</translation>
    </message>
    <message>
        <source>cannot undo: %1 removed “%2” since (change %3)</source>
        <translation>скасувати не можна: після цього %1 видалив(ла) «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed “%2” since (change %3)</source>
        <translation>скасувати не можна: після цього %1 змінив(ла) «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 put cards in “%2” since (change %3)</source>
        <translation>скасувати не можна: після цього %1 додав(ла) картки в «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot undo: “%1” holds cards now</source>
        <translation>скасувати не можна: у «%1» тепер є картки</translation>
    </message>
    <message>
        <source>cannot undo: %1 moved “%2” since (change %3)</source>
        <translation>скасувати не можна: після цього %1 перемістив(ла) «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>this laptop holds no copy of the journey to open without the server (a copy is kept once the journey has been open here while connected)</source>
        <translation>на цьому ноутбуці немає копії шляху, яку можна відкрити без сервера (копія з’являється, щойно шлях хоч раз було відкрито тут за наявності зв’язку)</translation>
    </message>
    <message>
        <source>the copy of the journey on this laptop cannot be opened: %1</source>
        <translation>копію шляху на цьому ноутбуці не вдалося відкрити: %1</translation>
    </message>
    <message>
        <source>the copy of the journey on this laptop is damaged (%1): %2</source>
        <translation>копію шляху на цьому ноутбуці пошкоджено (%1): %2</translation>
    </message>
    <message>
        <source>there is no undone change of yours to redo</source>
        <translation>немає скасованої вами зміни, яку можна повторити</translation>
    </message>
    <message>
        <source>not connected to %1; redo works again when the connection is back</source>
        <translation>немає зв’язку з %1; повторення знову запрацює, коли зв’язок повернеться</translation>
    </message>
    <message>
        <source>cannot redo: %1 froze or unfroze the board since (change %2)</source>
        <translation>повторити не можна: після цього %1 заморозив(ла) або розморозив(ла) дошку (зміна %2)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed the lock of “%2” since (change %3)</source>
        <translation>повторити не можна: після цього %1 змінив(ла) блокування «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 removed “%2” since (change %3)</source>
        <translation>повторити не можна: після цього %1 видалив(ла) «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 deleted card “%2” since (change %3)</source>
        <translation>повторити не можна: після цього учасник %1 видалив картку «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed “%2” since (change %3)</source>
        <translation>повторити не можна: після цього %1 змінив(ла) «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed card “%2” since (change %3)</source>
        <translation>повторити не можна: після цього учасник %1 змінив картку «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 put cards in “%2” since (change %3)</source>
        <translation>повторити не можна: після цього %1 додав(ла) картки в «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 moved “%2” since (change %3)</source>
        <translation>повторити не можна: після цього %1 перемістив(ла) «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 moved card “%2” since (change %3)</source>
        <translation>повторити не можна: після цього учасник %1 перемістив картку «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed “%2” of card “%3” since (change %4)</source>
        <translation>повторити не можна: після цього учасник %1 змінив поле «%2» картки «%3» (зміна %4)</translation>
    </message>
    <message>
        <source>your last change may have reached %1 just as the connection broke; undo works again when the connection is back</source>
        <translation>ваша остання зміна могла дійти до %1 саме тоді, коли зв’язок обірвався; скасування знову запрацює, коли зв’язок повернеться</translation>
    </message>
    <message>
        <source>the vote “%1” is still open (%2 started it, change %3); close it before another vote opens</source>
        <translation>голосування «%1» ще відкрите (його розпочав(ла) %2, зміна %3); закрийте його, перш ніж відкривати інше</translation>
    </message>
    <message>
        <source>the vote “%1” is still open; close it before another vote opens</source>
        <translation>голосування «%1» ще відкрите; закрийте його, перш ніж відкривати інше</translation>
    </message>
    <message>
        <source>%1 deleted the comment (change %2); your change was not saved</source>
        <translation>%1 видалив(ла) цей коментар (зміна %2); вашу зміну не збережено</translation>
    </message>
    <message>
        <source>the comment is not in the journey on the server; your change was not saved</source>
        <translation>на сервері в шляху немає цього коментаря; вашу зміну не збережено</translation>
    </message>
    <message>
        <source>%1 closed the vote “%2” (change %3); your dot was not saved</source>
        <translation>%1 закрив(ла) голосування «%2» (зміна %3); вашу крапку не збережено</translation>
    </message>
    <message>
        <source>the vote “%1” is already in the journey</source>
        <translation>голосування «%1» уже є в шляху</translation>
    </message>
    <message>
        <source>the vote “%1” was not started on %2: %3</source>
        <translation>голосування «%1» не розпочато на %2: %3</translation>
    </message>
    <message>
        <source>“%1” cannot be changed in a vote</source>
        <translation>у голосуванні не можна змінювати «%1»</translation>
    </message>
    <message>
        <source>%1 removed the vote “%2” (change %3)</source>
        <translation>%1 видалив(ла) голосування «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>the vote “%1” was not changed on %2: %3</source>
        <translation>голосування «%1» не змінено на %2: %3</translation>
    </message>
    <message>
        <source>%1 placed a dot in the vote “%2” (change %3); a vote with dots stays</source>
        <translation>%1 поставив(ла) крапку в голосуванні «%2» (зміна %3); голосування з крапками лишається</translation>
    </message>
    <message>
        <source>the vote “%1” was not removed on %2: %3</source>
        <translation>голосування «%1» не видалено на %2: %3</translation>
    </message>
    <message>
        <source>there is no such dot on card “%1” to take back</source>
        <translation>на картці «%1» немає такої крапки, щоб її зняти</translation>
    </message>
    <message>
        <source>the dot was not taken back on %1: %2</source>
        <translation>крапку не знято на %1: %2</translation>
    </message>
    <message>
        <source>someone took that dot back meanwhile</source>
        <translation>хтось уже зняв цю крапку</translation>
    </message>
    <message>
        <source>“%1” cannot be changed in a comment</source>
        <translation>у коментарі не можна змінювати «%1»</translation>
    </message>
    <message>
        <source>the comment is not in the journey any more</source>
        <translation>цього коментаря в шляху вже немає</translation>
    </message>
    <message>
        <source>the comment was not changed on %1: %2</source>
        <translation>коментар не змінено на %1: %2</translation>
    </message>
    <message>
        <source>%1 replied to the comment; it stays while it has replies</source>
        <translation>%1 відповів(ла) на цей коментар; доки на нього є відповіді, він лишається</translation>
    </message>
    <message>
        <source>the comment was not deleted on %1: %2</source>
        <translation>коментар не видалено на %1: %2</translation>
    </message>
    <message>
        <source>cannot undo: %1 closed the vote “%2” since (change %3)</source>
        <translation>скасувати не можна: після цього %1 закрив(ла) голосування «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot undo: the vote “%1” is closed</source>
        <translation>скасувати не можна: голосування «%1» закрито</translation>
    </message>
    <message numerus="yes">
        <source>cannot undo: all %n dot(s) of the vote “%1” are used again (%2 placed one since, change %3)</source>
        <translation>
            <numerusform>скасувати не можна: у голосуванні «%1» знову розставлено всі крапки (%n) — після цього %2 поставив(ла) крапку (зміна %3)</numerusform>
            <numerusform>скасувати не можна: у голосуванні «%1» знову розставлено всі крапки (%n) — після цього %2 поставив(ла) крапку (зміна %3)</numerusform>
            <numerusform>скасувати не можна: у голосуванні «%1» знову розставлено всі крапки (%n) — після цього %2 поставив(ла) крапку (зміна %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo: all %n dot(s) of the vote “%1” are used again</source>
        <translation>
            <numerusform>скасувати не можна: у голосуванні «%1» знову розставлено всі крапки (%n)</numerusform>
            <numerusform>скасувати не можна: у голосуванні «%1» знову розставлено всі крапки (%n)</numerusform>
            <numerusform>скасувати не можна: у голосуванні «%1» знову розставлено всі крапки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot undo: %1</source>
        <translation>скасувати не можна: %1</translation>
    </message>
    <message>
        <source>cannot undo: %1 deleted the comment since (change %2)</source>
        <translation>скасувати не можна: після цього %1 видалив(ла) коментар (зміна %2)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed the comment since (change %2)</source>
        <translation>скасувати не можна: після цього %1 змінив(ла) коментар (зміна %2)</translation>
    </message>
    <message>
        <source>cannot undo: %1 removed the vote “%2” since (change %3)</source>
        <translation>скасувати не можна: після цього %1 видалив(ла) голосування «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 reopened the vote “%2” since (change %3)</source>
        <translation>скасувати не можна: після цього %1 знову відкрив(ла) голосування «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed the vote “%2” since (change %3)</source>
        <translation>скасувати не можна: після цього %1 змінив(ла) голосування «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 placed a dot in the vote “%2” since (change %3)</source>
        <translation>скасувати не можна: після цього %1 поставив(ла) крапку в голосуванні «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot undo: the vote “%1” has dots</source>
        <translation>скасувати не можна: у голосуванні «%1» уже є крапки</translation>
    </message>
    <message>
        <source>the persona “%1”</source>
        <translation>персона «%1»</translation>
    </message>
    <message>
        <source>the participant “%1”</source>
        <translation>учасник «%1»</translation>
    </message>
    <message>
        <source>the arrow “%1”</source>
        <translation>стрілка «%1»</translation>
    </message>
    <message>
        <source>the arrow from “%1” to “%2”</source>
        <translation>стрілка від «%1» до «%2»</translation>
    </message>
    <message>
        <source>%1 removed %2 (change %3); your change was not saved</source>
        <translation>%1 видалив(ла) це: %2 (зміна %3); вашу зміну не збережено</translation>
    </message>
    <message>
        <source>%1 is already in the journey</source>
        <translation>вже є в шляху: %1</translation>
    </message>
    <message>
        <source>%1 is not in the journey any more; your change was not saved</source>
        <translation>цього вже немає в шляху: %1; вашу зміну не збережено</translation>
    </message>
    <message>
        <source>card “%1” names %2 now; the persona stays while a card names it</source>
        <translation>картка «%1» зараз посилається на це: %2; персона лишається, доки на неї посилається хоч одна картка</translation>
    </message>
    <message>
        <source>%1 has placed dots; a participant with dots or cards stays on the list</source>
        <translation>у цього учасника є крапки (%1); учасник із крапками чи картками лишається в списку</translation>
    </message>
    <message>
        <source>%1 wrote card “%2”; a participant with dots or cards stays on the list</source>
        <translation>картку «%2» написав(ла) цей учасник (%1); учасник із крапками чи картками лишається в списку</translation>
    </message>
    <message>
        <source>the change of %1 was not saved on %2: %3</source>
        <translation>зміну не збережено на %2 (%1): %3</translation>
    </message>
    <message>
        <source>%1 is not in the journey on the server; your change was not saved</source>
        <translation>цього немає в шляху на сервері: %1; вашу зміну не збережено</translation>
    </message>
    <message>
        <source>cannot undo: %1 removed %2 since (change %3)</source>
        <translation>скасувати не можна: після цього %1 видалив(ла) це: %2 (зміна %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed %2 since (change %3)</source>
        <translation>скасувати не можна: відтоді %1 змінив(ла) %2 (зміна %3)</translation>
    </message>
    <message>
        <source>the journey's title</source>
        <translation>назва шляху</translation>
    </message>
    <message>
        <source>the journey's description</source>
        <translation>опис шляху</translation>
    </message>
    <message>
        <source>the journey's currency</source>
        <translation>валюта шляху</translation>
    </message>
    <message>
        <source>the setting “%1”</source>
        <translation>налаштування «%1»</translation>
    </message>
    <message>
        <source>“%1” is not the journey's title, description, currency or a setting</source>
        <translation>«%1» — не назва, не опис, не валюта шляху і не налаштування</translation>
    </message>
    <message>
        <source>%1 was not changed on %2: %3</source>
        <translation>%1: зміну не збережено на %2: %3</translation>
    </message>
    <message>
        <source>the agenda step “%1”</source>
        <translation>пункт порядку денного «%1»</translation>
    </message>
    <message>
        <source>the opportunity “%1”</source>
        <translation>можливість «%1»</translation>
    </message>
    <message>
        <source>the scenario “%1”</source>
        <translation>сценарій «%1»</translation>
    </message>
    <message>
        <source>“%1” is not an arrow, a persona, a participant, an agenda step, an opportunity or a scenario</source>
        <translation>«%1» — не стрілка, не персона, не учасник, не пункт порядку денного, не можливість і не сценарій</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 deleted card “%2” meanwhile, and it went with the card (change %3)</source>
        <translation>%1 тим часом видалив(ла) картку «%2», і це зникло разом із нею (зміна %3)</translation>
    </message>
    <message>
        <source>%1 removed it meanwhile (change %2)</source>
        <translation>%1 тим часом це видалив(ла) (зміна %2)</translation>
    </message>
    <message>
        <source>it is not in the journey any more</source>
        <translation>цього більше немає в карті шляху</translation>
    </message>
    <message>
        <source>%1 changed it meanwhile (change %2); it was not removed</source>
        <translation>%1 тим часом це змінив(ла) (зміна %2); видалення не виконано</translation>
    </message>
    <message>
        <source>%1 changed card “%2” in it meanwhile (change %3); it was not removed, nor the cards in it</source>
        <translation>%1 тим часом змінив(ла) в ньому картку «%2» (зміна %3); ні його, ні його картки не видалено</translation>
    </message>
    <message>
        <source>“%1” changes are not kept offline</source>
        <translation>зміни виду «%1» не зберігаються без зв’язку</translation>
    </message>
    <message>
        <source>%1 deleted card “%2” meanwhile (change %3); the arrow was not drawn</source>
        <translation>%1 тим часом видалив(ла) картку «%2» (зміна %3); стрілку не намальовано</translation>
    </message>
    <message>
        <source>the vote “%1” is closed already</source>
        <translation>голосування «%1» уже закрите</translation>
    </message>
    <message>
        <source>the time of the vote “%1” is not up yet on the server's clock</source>
        <translation>за годинником сервера час голосування «%1» ще не вийшов</translation>
    </message>
    <message>
        <source>the vote “%1” was not closed on %2: %3</source>
        <translation>голосування «%1» не закрито на %2: %3</translation>
    </message>
    <message>
        <source>the vote “%1” was not deleted on %2: %3</source>
        <translation>голосування «%1» не видалено на %2: %3</translation>
    </message>
    <message>
        <source>the dots were not brought back on %1: %2</source>
        <translation>крапки не повернуто на %1: %2</translation>
    </message>
    <message>
        <source>not connected to %1: survey and purchase data is not kept offline (an import can be tens of MB); import, refresh or remove the dataset “%2” again when the connection is back</source>
        <translation>немає з’єднання з %1: дані опитувань і покупок не зберігаються офлайн (імпорт може займати десятки МБ); імпортуйте, оновіть або видаліть набір «%2» знову, коли з’єднання відновиться</translation>
    </message>
    <message>
        <source>the dataset “%1” was not read whole (%2), so it was not shared</source>
        <translation>набір даних «%1» прочитано не повністю (%2), тому його не передано іншим</translation>
    </message>
    <message>
        <source>the dataset “%1” was not saved on %2: %3</source>
        <translation>набір даних «%1» не збережено на %2: %3</translation>
    </message>
    <message>
        <source>the dataset “%1” is %2 as the server stores it, and a shared journey keeps datasets of up to %3 (the server's waymark_dataset_limit()); it was not shared. Import a smaller extract (fewer columns or a shorter period), or work on this journey in a file</source>
        <translation>набір даних «%1» займає на сервері %2, а спільний шлях зберігає набори не більше %3 (waymark_dataset_limit() на сервері); його не передано. Імпортуйте меншу вибірку (менше стовпців або коротший період) або працюйте з цим шляхом у файлі</translation>
    </message>
    <message>
        <source>%1 meanwhile; your change was not saved</source>
        <translation>%1 тим часом; вашу зміну не збережено</translation>
    </message>
    <message>
        <source>the dataset “%1” is on the server already</source>
        <translation>набір даних «%1» уже є на сервері</translation>
    </message>
    <message>
        <source>the dataset “%1” is not on the server any more</source>
        <translation>набору даних «%1» на сервері вже немає</translation>
    </message>
    <message>
        <source>cannot undo: %1 since</source>
        <translation>неможливо скасувати: після цього %1</translation>
    </message>
    <message>
        <source>cannot undo: the earlier version of the dataset “%1” is not on this laptop any more</source>
        <translation>неможливо скасувати: попередньої версії набору даних «%1» на цьому ноутбуці вже немає</translation>
    </message>
    <message>
        <source>%1 removed the dataset “%2” (change %3)</source>
        <translation>%1 видалив(ла) набір даних «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>%1 added the dataset “%2” (change %3)</source>
        <translation>%1 додав(ла) набір даних «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>%1 replaced the dataset “%2” (change %3)</source>
        <translation>%1 замінив(ла) набір даних «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 removed the dataset “%2” since (change %3)</source>
        <translation>повторити не можна: після цього %1 видалив(ла) набір даних «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 added the dataset “%2” again since (change %3)</source>
        <translation>повторити не можна: після цього %1 знову додав(ла) набір даних «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 replaced the dataset “%2” since (change %3)</source>
        <translation>повторити не можна: після цього %1 замінив(ла) набір даних «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot redo: the dataset “%1” is not on this laptop any more</source>
        <translation>повторити не можна: цієї версії набору даних «%1» на цьому ноутбуці вже немає</translation>
    </message>
    <message>
        <source>cannot redo: %1</source>
        <translation>повторити не можна: %1</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed %2 since (change %3)</source>
        <translation>повторити не можна: після цього %1 змінив(ла) %2 (зміна %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 removed %2 since (change %3)</source>
        <translation>повторити не можна: після цього %1 видалив(ла) це: %2 (зміна %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 removed the vote “%2” since (change %3)</source>
        <translation>повторити не можна: після цього %1 видалив(ла) голосування «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 closed the vote “%2” since (change %3)</source>
        <translation>повторити не можна: після цього %1 закрив(ла) голосування «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 reopened the vote “%2” since (change %3)</source>
        <translation>повторити не можна: після цього %1 знову відкрив(ла) голосування «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed the vote “%2” since (change %3)</source>
        <translation>повторити не можна: після цього %1 змінив(ла) голосування «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot redo: the vote “%1” is closed</source>
        <translation>повторити не можна: голосування «%1» закрито</translation>
    </message>
    <message>
        <source>cannot redo: %1 took back a dot from card “%2” since (change %3)</source>
        <translation>повторити не можна: після цього %1 зняв(ла) крапку з картки «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 deleted the comment since (change %2)</source>
        <translation>повторити не можна: після цього %1 видалив(ла) коментар (зміна %2)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed the comment since (change %2)</source>
        <translation>повторити не можна: після цього %1 змінив(ла) коментар (зміна %2)</translation>
    </message>
    <message>
        <source>cannot redo: %1 took back a dot in the vote “%2” since (change %3)</source>
        <translation>повторити не можна: після цього %1 зняв(ла) крапку в голосуванні «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 placed a dot in the vote “%2” since (change %3)</source>
        <translation>повторити не можна: після цього %1 поставив(ла) крапку в голосуванні «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>the dataset “%1” could not be read from %2 (%3); it is read again when the connection allows</source>
        <translation>набір даних «%1» не вдалося прочитати з %2 (%3); його буде прочитано знову, щойно дозволить з’єднання</translation>
    </message>
    <message>
        <source>the connection to %1 broke while the dataset “%2” was being sent (%3); it was not shared, and nothing of it is on the server. Import it again when the connection is back</source>
        <translation>з’єднання з %1 обірвалося, поки надсилався набір даних «%2» (%3); його не передано, і на сервері від нього нічого не лишилося. Імпортуйте його знову, коли з’єднання відновиться</translation>
    </message>
    <message>
        <source>cannot redo: the time of the vote “%1” is up</source>
        <translation>повторити не можна: час голосування «%1» вийшов</translation>
    </message>
    <message>
        <source>cannot redo: %1 deleted the comment it replies to since (change %2)</source>
        <translation>повторити не можна: після цього %1 видалив(ла) коментар, на який це відповідь (зміна %2)</translation>
    </message>
    <message>
        <source>cannot redo: the comment it replies to is not in the journey any more</source>
        <translation>повторити не можна: коментаря, на який це відповідь, у шляху вже немає</translation>
    </message>
    <message>
        <source>cannot undo: the time of the vote “%1” is up</source>
        <translation>скасувати не можна: час голосування «%1» вийшов</translation>
    </message>
    <message>
        <source>%1 took the dot on card “%2” back since (change %3)</source>
        <translation>після цього %1 зняв(ла) цю крапку з картки «%2» (зміна %3)</translation>
    </message>
    <message>
        <source>the dot on card “%1” is not there any more</source>
        <translation>цієї крапки на картці «%1» вже немає</translation>
    </message>
    <message>
        <source>%1 placed a dot in it meanwhile (change %2); the vote was not deleted, nor its dots</source>
        <translation>%1 тим часом поставив(ла) у ньому крапку (зміна %2); голосування не видалено, як і його крапки</translation>
    </message>
    <message>
        <source>cannot redo: %1 moved %2 since (change %3)</source>
        <translation>повторити не можна: після цього %1 перемістив(ла) %2 (зміна %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 moved %2 since (change %3)</source>
        <translation>скасувати не можна: відтоді %1 перемістив(ла) %2 (зміна %3)</translation>
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
        <translation>додавання картки</translation>
    </message>
    <message>
        <source>Delete Card</source>
        <translation>видалення картки</translation>
    </message>
    <message>
        <source>Move Card</source>
        <translation>переміщення картки</translation>
    </message>
    <message>
        <source>Rename Card</source>
        <translation>перейменування картки</translation>
    </message>
    <message>
        <source>Edit Card</source>
        <translation>зміна картки</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>додавання «%1»</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>видалення «%1»</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>переміщення «%1»</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>перейменування «%1»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>зміна «%1»</translation>
    </message>
    <message>
        <source>Add Stage “%1”</source>
        <translation>додавання етапу «%1»</translation>
    </message>
    <message>
        <source>Remove Stage “%1”</source>
        <translation>вилучення етапу «%1»</translation>
    </message>
    <message>
        <source>Move Stage “%1”</source>
        <translation>переміщення етапу «%1»</translation>
    </message>
    <message>
        <source>Rename Stage “%1”</source>
        <translation>перейменування етапу «%1»</translation>
    </message>
    <message>
        <source>Edit Stage “%1”</source>
        <translation>зміна етапу «%1»</translation>
    </message>
    <message>
        <source>Add Lane “%1”</source>
        <translation>додавання доріжки «%1»</translation>
    </message>
    <message>
        <source>Remove Lane “%1”</source>
        <translation>вилучення доріжки «%1»</translation>
    </message>
    <message>
        <source>Move Lane “%1”</source>
        <translation>переміщення доріжки «%1»</translation>
    </message>
    <message>
        <source>Rename Lane “%1”</source>
        <translation>перейменування доріжки «%1»</translation>
    </message>
    <message>
        <source>Edit Lane “%1”</source>
        <translation>зміна доріжки «%1»</translation>
    </message>
    <message>
        <source>Add Department “%1”</source>
        <translation>додавання підрозділу «%1»</translation>
    </message>
    <message>
        <source>Remove Department “%1”</source>
        <translation>вилучення підрозділу «%1»</translation>
    </message>
    <message>
        <source>Move Department “%1”</source>
        <translation>переміщення підрозділу «%1»</translation>
    </message>
    <message>
        <source>Rename Department “%1”</source>
        <translation>перейменування підрозділу «%1»</translation>
    </message>
    <message>
        <source>Edit Department “%1”</source>
        <translation>зміна підрозділу «%1»</translation>
    </message>
    <message>
        <source>Freeze the Board</source>
        <translation>заморожування дошки</translation>
    </message>
    <message>
        <source>Unfreeze the Board</source>
        <translation>розморожування дошки</translation>
    </message>
    <message>
        <source>Lock Lane “%1”</source>
        <translation>блокування доріжки «%1»</translation>
    </message>
    <message>
        <source>Unlock Lane “%1”</source>
        <translation>зняття блокування доріжки «%1»</translation>
    </message>
    <message>
        <source>Lock Stage “%1”</source>
        <translation>блокування етапу «%1»</translation>
    </message>
    <message>
        <source>Unlock Stage “%1”</source>
        <translation>зняття блокування етапу «%1»</translation>
    </message>
    <message>
        <source>Start Vote “%1”</source>
        <translation>запуск голосування «%1»</translation>
    </message>
    <message>
        <source>Delete Vote “%1”</source>
        <translation>видалення голосування «%1»</translation>
    </message>
    <message>
        <source>Close Vote “%1”</source>
        <translation>закриття голосування «%1»</translation>
    </message>
    <message>
        <source>Reopen Vote “%1”</source>
        <translation>повторне відкриття голосування «%1»</translation>
    </message>
    <message>
        <source>Rename Vote “%1”</source>
        <translation>перейменування голосування «%1»</translation>
    </message>
    <message>
        <source>Edit Vote “%1”</source>
        <translation>зміна голосування «%1»</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>додавання коментаря</translation>
    </message>
    <message>
        <source>Delete Comment</source>
        <translation>видалення коментаря</translation>
    </message>
    <message>
        <source>Resolve Comment</source>
        <translation>позначення коментаря вирішеним</translation>
    </message>
    <message>
        <source>Reopen Comment</source>
        <translation>повторне відкриття коментаря</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>зміна коментаря</translation>
    </message>
    <message>
        <source>Draw Arrow “%1”</source>
        <translation>малювання стрілки «%1»</translation>
    </message>
    <message>
        <source>Delete Arrow “%1”</source>
        <translation>видалення стрілки «%1»</translation>
    </message>
    <message>
        <source>Edit Arrow “%1”</source>
        <translation>зміна стрілки «%1»</translation>
    </message>
    <message>
        <source>Add Persona “%1”</source>
        <translation>додавання персони «%1»</translation>
    </message>
    <message>
        <source>Remove Persona “%1”</source>
        <translation>вилучення персони «%1»</translation>
    </message>
    <message>
        <source>Rename Persona “%1”</source>
        <translation>перейменування персони «%1»</translation>
    </message>
    <message>
        <source>Edit Persona “%1”</source>
        <translation>зміна персони «%1»</translation>
    </message>
    <message>
        <source>Add Participant “%1”</source>
        <translation>додавання учасника «%1»</translation>
    </message>
    <message>
        <source>Remove Participant “%1”</source>
        <translation>вилучення учасника «%1»</translation>
    </message>
    <message>
        <source>Rename Participant “%1”</source>
        <translation>перейменування учасника «%1»</translation>
    </message>
    <message>
        <source>Edit Participant “%1”</source>
        <translation>зміна учасника «%1»</translation>
    </message>
    <message>
        <source>Add Agenda Step “%1”</source>
        <translation>додавання пункту порядку денного «%1»</translation>
    </message>
    <message>
        <source>Remove Agenda Step “%1”</source>
        <translation>вилучення пункту порядку денного «%1»</translation>
    </message>
    <message>
        <source>Rename Agenda Step “%1”</source>
        <translation>перейменування пункту порядку денного «%1»</translation>
    </message>
    <message>
        <source>Edit Agenda Step “%1”</source>
        <translation>зміна пункту порядку денного «%1»</translation>
    </message>
    <message>
        <source>Add Opportunity “%1”</source>
        <translation>додавання можливості «%1»</translation>
    </message>
    <message>
        <source>Delete Opportunity “%1”</source>
        <translation>видалення можливості «%1»</translation>
    </message>
    <message>
        <source>Rename Opportunity “%1”</source>
        <translation>перейменування можливості «%1»</translation>
    </message>
    <message>
        <source>Edit Opportunity “%1”</source>
        <translation>зміна можливості «%1»</translation>
    </message>
    <message>
        <source>Add Scenario “%1”</source>
        <translation>додавання сценарію «%1»</translation>
    </message>
    <message>
        <source>Delete Scenario “%1”</source>
        <translation>видалення сценарію «%1»</translation>
    </message>
    <message>
        <source>Rename Scenario “%1”</source>
        <translation>перейменування сценарію «%1»</translation>
    </message>
    <message>
        <source>Edit Scenario “%1”</source>
        <translation>зміна сценарію «%1»</translation>
    </message>
    <message>
        <source>Edit Journey Title</source>
        <translation>зміна назви шляху</translation>
    </message>
    <message>
        <source>Edit Journey Description</source>
        <translation>зміна опису шляху</translation>
    </message>
    <message>
        <source>Change Journey Currency</source>
        <translation>зміна валюти шляху</translation>
    </message>
    <message>
        <source>Edit Journey Settings</source>
        <translation>зміна налаштувань шляху</translation>
    </message>
    <message>
        <source>Import Data “%1”</source>
        <translation>імпорт даних «%1»</translation>
    </message>
    <message>
        <source>Remove Data “%1”</source>
        <translation>вилучення даних «%1»</translation>
    </message>
    <message>
        <source>Replace Data “%1”</source>
        <translation>заміна даних «%1»</translation>
    </message>
    <message>
        <source>Place Dot in “%1”</source>
        <translation>крапка в голосуванні «%1»</translation>
    </message>
    <message>
        <source>Take Back Dot in “%1”</source>
        <translation>забирання крапки в голосуванні «%1»</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>зміна</translation>
    </message>
    <message>
        <source>&amp;Undo My Last Change</source>
        <translation>&amp;Скасувати мою останню зміну</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Скасувати: %1</translation>
    </message>
    <message>
        <source>&amp;Redo My Undone Change</source>
        <translation>&amp;Повторити мою скасовану зміну</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторити: %1</translation>
    </message>
    <message>
        <source>Move Agenda Step “%1”</source>
        <translation>переміщення пункту порядку денного «%1»</translation>
    </message>
    <message>
        <source>Move Opportunity “%1”</source>
        <translation>переміщення можливості «%1»</translation>
    </message>
    <message>
        <source>Move Scenario “%1”</source>
        <translation>переміщення сценарію «%1»</translation>
    </message>
    <message>
        <source>Edit Description of “%1”</source>
        <translation>зміна опису «%1»</translation>
    </message>
    <message>
        <source>Change Channel of “%1”</source>
        <translation>зміна каналу «%1»</translation>
    </message>
    <message>
        <source>Change Department of “%1”</source>
        <translation>зміна підрозділу «%1»</translation>
    </message>
    <message>
        <source>Change Effort of “%1”</source>
        <translation>зміна зусиль «%1»</translation>
    </message>
    <message>
        <source>Change Data Key of “%1”</source>
        <translation>зміна ключа даних «%1»</translation>
    </message>
    <message>
        <source>Edit Notes of “%1”</source>
        <translation>зміна нотаток «%1»</translation>
    </message>
    <message>
        <source>Change Author of “%1”</source>
        <translation>зміна автора «%1»</translation>
    </message>
    <message>
        <source>Change System of “%1”</source>
        <translation>зміна системи «%1»</translation>
    </message>
    <message>
        <source>Change Linked Journey of “%1”</source>
        <translation>зміна пов’язаного шляху «%1»</translation>
    </message>
    <message>
        <source>Change Evidence of “%1”</source>
        <translation>зміна обґрунтування «%1»</translation>
    </message>
    <message>
        <source>Change Personas of “%1”</source>
        <translation>зміна персон «%1»</translation>
    </message>
    <message>
        <source>Change Persona Emotions of “%1”</source>
        <translation>зміна емоцій персон «%1»</translation>
    </message>
    <message>
        <source>Change Pictures of “%1”</source>
        <translation>зміна зображень «%1»</translation>
    </message>
    <message>
        <source>Mark “%1” as a Pain Point</source>
        <translation>позначення «%1» як больової точки</translation>
    </message>
    <message>
        <source>Unmark “%1” as a Pain Point</source>
        <translation>зняття позначки больової точки з «%1»</translation>
    </message>
    <message>
        <source>Mark “%1” as a Moment of Truth</source>
        <translation>позначення «%1» як моменту істини</translation>
    </message>
    <message>
        <source>Unmark “%1” as a Moment of Truth</source>
        <translation>зняття позначки моменту істини з «%1»</translation>
    </message>
    <message>
        <source>Add Comment on the Journey</source>
        <translation>додавання коментаря до шляху</translation>
    </message>
    <message>
        <source>Delete Comment on the Journey</source>
        <translation>видалення коментаря до шляху</translation>
    </message>
    <message>
        <source>Resolve Comment on the Journey</source>
        <translation>позначення коментаря до шляху вирішеним</translation>
    </message>
    <message>
        <source>Reopen Comment on the Journey</source>
        <translation>повторне відкриття коментаря до шляху</translation>
    </message>
    <message>
        <source>Edit Comment on the Journey</source>
        <translation>зміна коментаря до шляху</translation>
    </message>
    <message>
        <source>Add Comment on “%1”</source>
        <translation>додавання коментаря до «%1»</translation>
    </message>
    <message>
        <source>Delete Comment on “%1”</source>
        <translation>видалення коментаря до «%1»</translation>
    </message>
    <message>
        <source>Resolve Comment on “%1”</source>
        <translation>позначення коментаря до «%1» вирішеним</translation>
    </message>
    <message>
        <source>Reopen Comment on “%1”</source>
        <translation>повторне відкриття коментаря до «%1»</translation>
    </message>
    <message>
        <source>Edit Comment on “%1”</source>
        <translation>зміна коментаря до «%1»</translation>
    </message>
</context>
<context>
    <name>SharedJourney</name>
    <message>
        <source>Not connected to the server: the change was taken back. Waymark reconnects by itself; File → Save As… keeps a copy meanwhile.</source>
        <translation>Немає з’єднання із сервером: зміну скасовано. Waymark під’єднається сам; тим часом можна зберегти копію (Файл → Зберегти як…).</translation>
    </message>
    <message>
        <source>Only facilitators change stages, lanes and departments while the journey is shared: the server refuses it to everyone else.</source>
        <translation>Доки шлях відкрито на сервері, етапи, доріжки та підрозділи змінюють лише фасилітатори: іншим сервер відмовить.</translation>
    </message>
    <message>
        <source>Only facilitators start and close votes while the journey is shared: the server refuses it to everyone else. Everybody places and takes back their dots.</source>
        <translation>Доки шлях відкрито на сервері, розпочинати й закривати голосування можуть лише фасилітатори: іншим сервер відмовить. Ставити й знімати свої крапки можуть усі.</translation>
    </message>
    <message>
        <source>Only facilitators change personas and participants while the journey is shared: every card and dot points at them, so the server refuses it to everyone else.</source>
        <translation>Поки шлях спільний на сервері, персони й учасників змінюють лише фасилітатори: на них посилаються всі картки та крапки, тож іншим сервер цього не дозволяє.</translation>
    </message>
    <message>
        <source>Only facilitators change the journey's title, description, currency and settings, the agenda and the business case while the journey is shared: the server refuses it to everyone else.</source>
        <translation>Поки шлях відкрито на сервері, назву, опис, валюту й налаштування шляху, порядок денний і бізнес-кейс змінюють лише фасилітатори: іншим сервер відмовить.</translation>
    </message>
    <message>
        <source>Only facilitators import, refresh and remove survey and purchase data while the journey is shared: everybody's figures come from it, so the server refuses it to everyone else.</source>
        <translation>Поки шлях спільний, дані опитувань і покупок імпортують, оновлюють і видаляють лише фасилітатори: з них рахуються цифри в усіх, тож іншим сервер відмовляє.</translation>
    </message>
</context>
<context>
    <name>SharedNotices</name>
    <message>
        <source>a card</source>
        <translation>картку</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>назву</translation>
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
        <translation>підрозділ</translation>
    </message>
    <message>
        <source>the effort</source>
        <translation>зусилля</translation>
    </message>
    <message>
        <source>the marks</source>
        <translation>позначки</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>нотатки</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>місце</translation>
    </message>
    <message>
        <source>a field</source>
        <translation>поле</translation>
    </message>
    <message>
        <source>%1 deleted the card you were changing; your change went with it.</source>
        <translation>%1 видалив(ла) картку, яку ви змінювали; вашу зміну видалено разом із нею.</translation>
    </message>
    <message>
        <source>%1 changed %2 of “%3” at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 одночасно з вами змінив(ла) %2 у «%3»; залишається його (її) варіант, ваш замінено.</translation>
    </message>
    <message>
        <source>%1 commented.</source>
        <translation>%1 залишив(ла) коментар.</translation>
    </message>
    <message>
        <source>%1 placed a dot.</source>
        <translation>%1 поставив(ла) крапку.</translation>
    </message>
    <message>
        <source>%1 added “%2”.</source>
        <translation>%1 додав(ла) «%2».</translation>
    </message>
    <message>
        <source>%1 deleted a card.</source>
        <translation>%1 видалив(ла) картку.</translation>
    </message>
    <message>
        <source>%1 moved “%2”.</source>
        <translation>%1 перемістив(ла) «%2».</translation>
    </message>
    <message>
        <source>%1 changed %2 of “%3”.</source>
        <translation>%1 змінив(ла) %2 у «%3».</translation>
    </message>
    <message numerus="yes">
        <source>%1 removed a stage with %n card(s).</source>
        <translation>
            <numerusform>%1 видалив(ла) етап з %n карткою.</numerusform>
            <numerusform>%1 видалив(ла) етап з %n картками.</numerusform>
            <numerusform>%1 видалив(ла) етап з %n картками.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removed a lane with %n card(s).</source>
        <translation>
            <numerusform>%1 видалив(ла) доріжку з %n карткою.</numerusform>
            <numerusform>%1 видалив(ла) доріжку з %n картками.</numerusform>
            <numerusform>%1 видалив(ла) доріжку з %n картками.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed a department.</source>
        <translation>%1 видалив(ла) підрозділ.</translation>
    </message>
    <message>
        <source>%1 added the stage “%2”.</source>
        <translation>%1 додав(ла) етап «%2».</translation>
    </message>
    <message>
        <source>%1 added the lane “%2”.</source>
        <translation>%1 додав(ла) доріжку «%2».</translation>
    </message>
    <message>
        <source>%1 added the department “%2”.</source>
        <translation>%1 додав(ла) підрозділ «%2».</translation>
    </message>
    <message>
        <source>%1 moved the stage “%2”.</source>
        <translation>%1 перемістив(ла) етап «%2».</translation>
    </message>
    <message>
        <source>%1 moved the lane “%2”.</source>
        <translation>%1 перемістив(ла) доріжку «%2».</translation>
    </message>
    <message>
        <source>%1 renamed a stage to “%2”.</source>
        <translation>%1 перейменував(ла) етап на «%2».</translation>
    </message>
    <message>
        <source>%1 renamed a lane to “%2”.</source>
        <translation>%1 перейменував(ла) доріжку на «%2».</translation>
    </message>
    <message>
        <source>%1 renamed a department to “%2”.</source>
        <translation>%1 перейменував(ла) підрозділ на «%2».</translation>
    </message>
    <message>
        <source>%1 changed the stage “%2”.</source>
        <translation>%1 змінив(ла) етап «%2».</translation>
    </message>
    <message>
        <source>%1 changed the lane “%2”.</source>
        <translation>%1 змінив(ла) доріжку «%2».</translation>
    </message>
    <message>
        <source>%1 changed the department “%2”.</source>
        <translation>%1 змінив(ла) підрозділ «%2».</translation>
    </message>
    <message>
        <source>%1 removed the stage or lane of the card you were changing; your change went with it.</source>
        <translation>%1 видалив(ла) етап або доріжку картки, яку ви змінювали; ваша зміна зникла разом із нею.</translation>
    </message>
    <message>
        <source>%1 changed “%2” at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 змінив(ла) «%2» одночасно з вами; лишається їхній варіант, ваш замінено.</translation>
    </message>
    <message>
        <source>a vote</source>
        <translation>голосування</translation>
    </message>
    <message>
        <source>%1 started the vote “%2”.</source>
        <translation>%1 розпочав(ла) голосування «%2».</translation>
    </message>
    <message>
        <source>%1 removed a vote.</source>
        <translation>%1 видалив(ла) голосування.</translation>
    </message>
    <message>
        <source>%1 closed the vote “%2”: the results are in.</source>
        <translation>%1 закрив(ла) голосування «%2»: підсумки готові.</translation>
    </message>
    <message>
        <source>%1 reopened the vote “%2”.</source>
        <translation>%1 знову відкрив(ла) голосування «%2».</translation>
    </message>
    <message>
        <source>%1 changed the vote “%2”.</source>
        <translation>%1 змінив(ла) голосування «%2».</translation>
    </message>
    <message>
        <source>%1 changed the vote “%2” at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 змінив(ла) голосування «%2» одночасно з вами; лишилася його (її) версія, вашу замінено.</translation>
    </message>
    <message>
        <source>%1 deleted the comment you were changing; your change went with it.</source>
        <translation>%1 видалив(ла) коментар, який ви змінювали; ваша зміна зникла разом із ним.</translation>
    </message>
    <message>
        <source>%1 changed the same comment at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 змінив(ла) той самий коментар одночасно з вами; лишилася його (її) версія, вашу замінено.</translation>
    </message>
    <message>
        <source>%1 deleted a comment.</source>
        <translation>%1 видалив(ла) коментар.</translation>
    </message>
    <message>
        <source>%1 resolved a comment thread.</source>
        <translation>%1 позначив(ла) обговорення як розв’язане.</translation>
    </message>
    <message>
        <source>%1 reopened a comment thread.</source>
        <translation>%1 знову відкрив(ла) обговорення.</translation>
    </message>
    <message>
        <source>%1 changed a comment.</source>
        <translation>%1 змінив(ла) коментар.</translation>
    </message>
    <message>
        <source>%1 took a dot back.</source>
        <translation>%1 зняв(ла) крапку.</translation>
    </message>
    <message>
        <source>%1 removed an arrow.</source>
        <translation>%1 видалив(ла) стрілку.</translation>
    </message>
    <message>
        <source>%1 drew an arrow from “%2” to “%3”.</source>
        <translation>%1 провів(ла) стрілку від «%2» до «%3».</translation>
    </message>
    <message>
        <source>%1 labelled an arrow “%2”.</source>
        <translation>%1 підписав(ла) стрілку: «%2».</translation>
    </message>
    <message>
        <source>%1 removed a persona.</source>
        <translation>%1 видалив(ла) персону.</translation>
    </message>
    <message>
        <source>%1 added the persona “%2”.</source>
        <translation>%1 додав(ла) персону «%2».</translation>
    </message>
    <message>
        <source>%1 renamed a persona to “%2”.</source>
        <translation>%1 перейменував(ла) персону на «%2».</translation>
    </message>
    <message>
        <source>%1 changed the photo of the persona “%2”.</source>
        <translation>%1 змінив(ла) фото персони «%2».</translation>
    </message>
    <message>
        <source>%1 changed the persona “%2”.</source>
        <translation>%1 змінив(ла) персону «%2».</translation>
    </message>
    <message>
        <source>%1 removed a participant.</source>
        <translation>%1 видалив(ла) учасника.</translation>
    </message>
    <message>
        <source>%1 added the participant “%2”.</source>
        <translation>%1 додав(ла) учасника «%2».</translation>
    </message>
    <message>
        <source>%1 renamed a participant to “%2”.</source>
        <translation>%1 перейменував(ла) учасника на «%2».</translation>
    </message>
    <message>
        <source>%1 changed the participant “%2”.</source>
        <translation>%1 змінив(ла) учасника «%2».</translation>
    </message>
    <message>
        <source>%1 removed the arrow, persona or participant you were changing; your change went with it.</source>
        <translation>%1 видалив(ла) стрілку, персону чи учасника, яких ви змінювали; ваша зміна зникла разом із ними.</translation>
    </message>
    <message>
        <source>%1 changed the same arrow, persona or participant at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 тієї ж миті змінив(ла) ту саму стрілку, персону чи учасника; лишається їхній варіант, ваш замінено.</translation>
    </message>
    <message>
        <source>The time of the vote “%1” is up: the vote is closed and the results are in.</source>
        <translation>Час голосування «%1» вийшов: голосування закрито, результати готові.</translation>
    </message>
    <message>
        <source>%1 renamed the journey to “%2”.</source>
        <translation>%1 перейменував(ла) шлях на «%2».</translation>
    </message>
    <message>
        <source>%1 changed the journey's description.</source>
        <translation>%1 змінив(ла) опис шляху.</translation>
    </message>
    <message>
        <source>%1 changed the journey's currency to %2.</source>
        <translation>%1 змінив(ла) валюту шляху на %2.</translation>
    </message>
    <message>
        <source>%1 changed the journey's settings.</source>
        <translation>%1 змінив(ла) налаштування шляху.</translation>
    </message>
    <message>
        <source>%1 removed an agenda step.</source>
        <translation>%1 прибрав(ла) пункт порядку денного.</translation>
    </message>
    <message>
        <source>%1 added the agenda step “%2”.</source>
        <translation>%1 додав(ла) до порядку денного пункт «%2».</translation>
    </message>
    <message>
        <source>%1 ticked off the agenda step “%2”.</source>
        <translation>%1 позначив(ла) пункт порядку денного «%2» як пройдений.</translation>
    </message>
    <message>
        <source>%1 reopened the agenda step “%2”.</source>
        <translation>%1 знову відкрив(ла) пункт порядку денного «%2».</translation>
    </message>
    <message>
        <source>%1 changed the agenda step “%2”.</source>
        <translation>%1 змінив(ла) пункт порядку денного «%2».</translation>
    </message>
    <message>
        <source>%1 removed a scenario of the business case.</source>
        <translation>%1 прибрав(ла) сценарій з бізнес-кейсу.</translation>
    </message>
    <message>
        <source>%1 added the scenario “%2” to the business case.</source>
        <translation>%1 додав(ла) до бізнес-кейсу сценарій «%2».</translation>
    </message>
    <message>
        <source>%1 changed the scenario “%2”.</source>
        <translation>%1 змінив(ла) сценарій «%2».</translation>
    </message>
    <message>
        <source>%1 removed an opportunity from the business case.</source>
        <translation>%1 прибрав(ла) можливість з бізнес-кейсу.</translation>
    </message>
    <message>
        <source>%1 added the opportunity “%2” to the business case.</source>
        <translation>%1 додав(ла) до бізнес-кейсу можливість «%2».</translation>
    </message>
    <message>
        <source>%1 changed the figures of the opportunity “%2”.</source>
        <translation>%1 змінив(ла) цифри можливості «%2».</translation>
    </message>
    <message>
        <source>%1 changed the opportunity “%2”.</source>
        <translation>%1 змінив(ла) можливість «%2».</translation>
    </message>
    <message>
        <source>the journey's title</source>
        <translation>назву шляху</translation>
    </message>
    <message>
        <source>the journey's description</source>
        <translation>опис шляху</translation>
    </message>
    <message>
        <source>the journey's currency</source>
        <translation>валюту шляху</translation>
    </message>
    <message>
        <source>the same setting</source>
        <translation>те саме налаштування</translation>
    </message>
    <message>
        <source>%1 changed %2 at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 змінив(ла) %2 одночасно з вами; лишається їхній варіант, ваш замінено.</translation>
    </message>
    <message>
        <source>%1 removed the opportunity you were changing; your change went with it.</source>
        <translation>%1 видалив(ла) можливість, яку ви змінювали; ваша зміна зникла разом із нею.</translation>
    </message>
    <message>
        <source>%1 changed the same figure of the opportunity “%2” at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 змінив(ла) ту саму цифру можливості «%2» одночасно з вами; лишається їхній варіант, ваш замінено.</translation>
    </message>
    <message>
        <source>%1 removed the agenda step or scenario you were changing; your change went with it.</source>
        <translation>%1 видалив(ла) пункт порядку денного або сценарій, який ви змінювали; ваша зміна зникла разом із ним.</translation>
    </message>
    <message>
        <source>%1 changed the same agenda step or scenario at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 змінив(ла) той самий пункт порядку денного або сценарій одночасно з вами; лишається їхній варіант, ваш замінено.</translation>
    </message>
    <message>
        <source>%1 removed the dataset “%2”; the figures on the map are counted anew.</source>
        <translation>%1 видалив(ла) набір даних «%2»; цифри на карті перераховано.</translation>
    </message>
    <message>
        <source>%1 imported the dataset “%2”; the figures on the map are counted anew.</source>
        <translation>%1 імпортував(ла) набір даних «%2»; цифри на карті перераховано.</translation>
    </message>
    <message>
        <source>%1 replaced the dataset “%2” with a new version; the figures on the map are counted anew.</source>
        <translation>%1 замінив(ла) набір даних «%2» новою версією; цифри на карті перераховано.</translation>
    </message>
    <message>
        <source>%1 moved the agenda step “%2”.</source>
        <translation>%1 перемістив(ла) пункт порядку денного «%2».</translation>
    </message>
    <message>
        <source>%1 moved the scenario “%2”.</source>
        <translation>%1 перемістив(ла) сценарій «%2».</translation>
    </message>
    <message>
        <source>%1 moved the opportunity “%2”.</source>
        <translation>%1 перемістив(ла) можливість «%2».</translation>
    </message>
    <message>
        <source>%1 deleted a card your arrow joined as you drew or changed it; the arrow went with the card.</source>
        <translation>%1 видалив(ла) картку вашої стрілки, поки ви її малювали або змінювали; стрілку видалено разом із карткою.</translation>
    </message>
    <message>
        <source>%1 removed the stage or lane of a card your arrow joined as you drew or changed it; the arrow went with the card.</source>
        <translation>%1 видалив(ла) етап або доріжку картки вашої стрілки, поки ви її малювали або змінювали; стрілку видалено разом із карткою.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Add card</source>
        <translation>Додати картку</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Імпортувати «%1»</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>Видалити набір даних</translation>
    </message>
    <message>
        <source>Delete dataset “%1”</source>
        <translation>Видалити набір даних «%1»</translation>
    </message>
    <message>
        <source>Edit journey details</source>
        <translation>Змінити відомості про шлях</translation>
    </message>
    <message>
        <source>Change journey settings</source>
        <translation>Змінити налаштування шляху</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Додати етап</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Видалити етап</translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation>Змінити етап</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Додати доріжку</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Видалити доріжку</translation>
    </message>
    <message>
        <source>Edit lane</source>
        <translation>Змінити доріжку</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Додати підрозділ</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>Видалити підрозділ</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>Змінити підрозділ</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Додати персону</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Видалити персону</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Змінити персону</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Видалити картку</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Змінити картку</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Додати зв'язок</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Видалити зв'язок</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Змінити зв'язок</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Перемістити картку</translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards</source>
        <translation>
            <numerusform>Перемістити %n картку</numerusform>
            <numerusform>Перемістити %n картки</numerusform>
            <numerusform>Перемістити %n карток</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>Вставити %n картку</numerusform>
            <numerusform>Вставити %n картки</numerusform>
            <numerusform>Вставити %n карток</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>Дублювати %n картку</numerusform>
            <numerusform>Дублювати %n картки</numerusform>
            <numerusform>Дублювати %n карток</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Видалити %n картку</numerusform>
            <numerusform>Видалити %n картки</numerusform>
            <numerusform>Видалити %n карток</numerusform>
        </translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Перемістити етап</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Перемістити доріжку</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Додати учасника</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Вилучити учасника</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Змінити учасника</translation>
    </message>
    <message>
        <source>Start vote</source>
        <translation>Почати голосування</translation>
    </message>
    <message>
        <source>Delete vote</source>
        <translation>Видалити голосування</translation>
    </message>
    <message>
        <source>Change vote</source>
        <translation>Змінити голосування</translation>
    </message>
    <message>
        <source>Add agenda step</source>
        <translation>Додати пункт порядку денного</translation>
    </message>
    <message>
        <source>Remove agenda step</source>
        <translation>Вилучити пункт порядку денного</translation>
    </message>
    <message>
        <source>Edit agenda step</source>
        <translation>Змінити пункт порядку денного</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Додати коментар</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Видалити коментар</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Змінити коментар</translation>
    </message>
    <message>
        <source>Add opportunity</source>
        <translation>Додати можливість</translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation>Видалити можливість</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>Змінити можливість</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>Додати сценарій</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Видалити сценарій</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>Змінити сценарій</translation>
    </message>
    <message>
        <source>Changes by others</source>
        <translation>Зміни інших учасників</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Picture(s)</source>
        <translation>
            <numerusform>Додати %n зображення</numerusform>
            <numerusform>Додати %n зображення</numerusform>
            <numerusform>Додати %n зображень</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Picture</source>
        <translation>Прибрати зображення</translation>
    </message>
    <message>
        <source>Edit Picture Caption</source>
        <translation>Змінити підпис до зображення</translation>
    </message>
    <message>
        <source>Move Picture</source>
        <translation>Перемістити зображення</translation>
    </message>
    <message>
        <source>Move agenda step</source>
        <translation>Перемістити пункт порядку денного</translation>
    </message>
    <message>
        <source>Move opportunity</source>
        <translation>Перемістити можливість</translation>
    </message>
    <message>
        <source>Move scenario</source>
        <translation>Перемістити сценарій</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>This vote is closed.</source>
        <translation>Це голосування закрито.</translation>
    </message>
    <message>
        <source>Choose who is voting first.</source>
        <translation>Спершу виберіть, хто голосує.</translation>
    </message>
    <message>
        <source>This vote is about %1; this card is not one of them.</source>
        <translation>Це голосування охоплює: %1. Ця картка сюди не входить.</translation>
    </message>
    <message>
        <source>%1 has placed all %2 dots.</source>
        <translation>%1: усі крапки (%2) уже розставлено.</translation>
    </message>
    <message>
        <source>There is no dot of theirs on this card to take back.</source>
        <translation>На цій картці немає крапок цього учасника — нічого забирати.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Крапки</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Картка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Доріжка</translation>
    </message>
    <message>
        <source>No vote is open.</source>
        <translation>Немає відкритого голосування.</translation>
    </message>
    <message>
        <source>The journey is open for review only: votes cannot change.</source>
        <translation>Шлях відкрито лише для рецензування: голоси змінювати не можна.</translation>
    </message>
    <message>
        <source>Place a dot</source>
        <translation>Поставити крапку</translation>
    </message>
    <message>
        <source>Take back a dot</source>
        <translation>Забрати крапку</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <source>%1 on %2 took longer than %3 s and was stopped (the server's statement_timeout); give a longer --timeout or a narrower query</source>
        <translation>%1 на %2: виконання тривало понад %3 с і було зупинено (statement_timeout сервера); задайте більший --timeout або звузьте запит</translation>
    </message>
    <message>
        <source>the connection to %1 was lost while reading %2: %3</source>
        <translation>з'єднання з %1 перервалося під час читання %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 на %2: %3</translation>
    </message>
    <message>
        <source>unknown metric “%1”</source>
        <translation>невідома метрика «%1»</translation>
    </message>
    <message>
        <source>name either a table or a query to read answers from %1</source>
        <translation>вкажіть таблицю або запит, щоб читати відповіді з %1</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>Драйвер PostgreSQL для Qt не встановлено (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2 — Waymark takes the password from ~/.pgpass (a line HOST:PORT:DATABASE:USER:PASSWORD, the file readable by you alone)</source>
        <translation>не вдається під'єднатися до %1: %2 — Waymark бере пароль із ~/.pgpass (рядок HOST:PORT:DATABASE:USER:PASSWORD, файл має бути доступний для читання лише вам)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>не вдається під'єднатися до %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>table “%1”</source>
        <translation>таблиця «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a table name: %2</source>
        <translation>«%1» не є назвою таблиці: %2</translation>
    </message>
    <message>
        <source>no table “%1” in %2 (or no right to see it)</source>
        <translation>у %2 немає таблиці «%1» (або немає прав на її перегляд)</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>запит</translation>
    </message>
    <message>
        <source>%1 has no column “%2” (columns: %3)</source>
        <translation>у %1 немає стовпця «%2» (стовпці: %3)</translation>
    </message>
    <message>
        <source>column “%1” of %2 reads as “%3”: only answers one per row are read from PostgreSQL; select the columns to use with --query (SELECT score, touchpoint, … FROM …)</source>
        <translation>стовпець «%1» у %2 читається як «%3»: з PostgreSQL читаються лише відповіді по одній у рядку; виберіть потрібні стовпці в --query (SELECT score, touchpoint, … FROM …)</translation>
    </message>
    <message>
        <source>no column of %1 gives the score (columns: %2); name it with --map COLUMN=score</source>
        <translation>жоден стовпець %1 не містить оцінки (стовпці: %2); вкажіть його через --map COLUMN=score</translation>
    </message>
    <message>
        <source>no column of %1 gives “%2” (columns: %3); name the column with --map COLUMN=%4</source>
        <translation>жоден стовпець %1 не містить «%2» (стовпці: %3); вкажіть стовпець через --map COLUMN=%4</translation>
    </message>
    <message>
        <source>column “%1” of %2 is %3; the score must be a number (smallint, integer, numeric, real …): convert it in --query, e.g. CAST(%1 AS integer)</source>
        <translation>стовпець «%1» у %2 має тип %3; оцінка має бути числом (smallint, integer, numeric, real …): перетворіть її в --query, наприклад CAST(%1 AS integer)</translation>
    </message>
    <message>
        <source>column “%1” of %2 is %3; a date must be a date or timestamp: convert it in --query, e.g. to_date(%1, 'YYYY-MM-DD')</source>
        <translation>стовпець «%1» у %2 має тип %3; дата має бути типу date або timestamp: перетворіть її в --query, наприклад to_date(%1, 'YYYY-MM-DD')</translation>
    </message>
    <message>
        <source>%1 on %2 gives more than %3 groups of answers; Waymark reads counts, not rows: group by fewer dimensions, or check that the grouped columns hold keys rather than ids or free text</source>
        <translation>%1 на %2 дає понад %3 груп відповідей; Waymark читає кількості, а не рядки: групуйте за меншою кількістю вимірів або перевірте, що в згрупованих стовпцях ключі, а не ідентифікатори чи довільний текст</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) without a score (NULL in column “%2”), left out</source>
        <translation>
            <numerusform>%1: %n відповідь без оцінки (NULL у стовпці «%2») не враховано</numerusform>
            <numerusform>%1: %n відповіді без оцінки (NULL у стовпці «%2») не враховано</numerusform>
            <numerusform>%1: %n відповідей без оцінки (NULL у стовпці «%2») не враховано</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2×)</source>
        <translation>%1 (%2×)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) with a score outside %2–%3 or not a whole number in column “%4”, left out: %5</source>
        <translation>
            <numerusform>%1: %n відповідь з оцінкою поза межами %2–%3 або не цілим числом у стовпці «%4» не враховано: %5</numerusform>
            <numerusform>%1: %n відповіді з оцінкою поза межами %2–%3 або не цілим числом у стовпці «%4» не враховано: %5</numerusform>
            <numerusform>%1: %n відповідей з оцінкою поза межами %2–%3 або не цілим числом у стовпці «%4» не враховано: %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) with a score outside %2–%3 in column “%4”, left out: %5</source>
        <translation>
            <numerusform>%1: %n відповідь з оцінкою поза межами %2–%3 у стовпці «%4» не враховано: %5</numerusform>
            <numerusform>%1: %n відповіді з оцінкою поза межами %2–%3 у стовпці «%4» не враховано: %5</numerusform>
            <numerusform>%1: %n відповідей з оцінкою поза межами %2–%3 у стовпці «%4» не враховано: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL query</source>
        <translation>запит PostgreSQL</translation>
    </message>
    <message>
        <source>the PostgreSQL URL holds a password; put it in ~/.pgpass (libpq reads it there) and leave it out of the URL</source>
        <translation>URL PostgreSQL містить пароль; перенесіть його в ~/.pgpass (libpq читає його звідти) і приберіть з URL</translation>
    </message>
    <message>
        <source>not a PostgreSQL URL (postgresql://HOST/DATABASE)</source>
        <translation>не URL PostgreSQL (postgresql://HOST/DATABASE)</translation>
    </message>
    <message>
        <source>“[” without “]” in the host</source>
        <translation>«[» без «]» в імені хоста</translation>
    </message>
    <message>
        <source>unexpected text after the host</source>
        <translation>зайвий текст після імені хоста</translation>
    </message>
    <message>
        <source>several hosts are not supported; name one</source>
        <translation>кілька хостів не підтримуються; вкажіть один</translation>
    </message>
    <message>
        <source>“%1” is not a port number</source>
        <translation>«%1» не є номером порту</translation>
    </message>
    <message>
        <source>the value of “%1” may not hold spaces, quotes or “;”</source>
        <translation>значення «%1» не може містити пробілів, лапок або «;»</translation>
    </message>
    <message>
        <source>unknown option “%1” (known: host, port, user, dbname, %2)</source>
        <translation>невідомий параметр «%1» (відомі: host, port, user, dbname, %2)</translation>
    </message>
    <message>
        <source>no database named: postgresql://HOST/DATABASE</source>
        <translation>не вказано базу даних: postgresql://HOST/DATABASE</translation>
    </message>
</context>
<context>
    <name>WaymarkFile</name>
    <message>
        <source>%1: its text table has a gap</source>
        <translation>%1: у таблиці текстів є пропуск</translation>
    </message>
    <message>
        <source>The file is damaged (%1).</source>
        <translation>Файл пошкоджено (%1).</translation>
    </message>
    <message>
        <source>%1: its text table does not start with the empty text</source>
        <translation>%1: таблиця текстів не починається з порожнього тексту</translation>
    </message>
    <message>
        <source>score</source>
        <translation>оцінка</translation>
    </message>
    <message>
        <source>%1: score %2 is outside 0–10</source>
        <translation>%1: оцінка %2 поза межами 0–10</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значення</translation>
    </message>
    <message>
        <source>acquisition date</source>
        <translation>дата залучення</translation>
    </message>
    <message>
        <source>%1: its text table is damaged</source>
        <translation>%1: таблицю текстів пошкоджено</translation>
    </message>
    <message>
        <source>%1: its column “%2” is not binary data</source>
        <translation>%1: стовпець «%2» не містить двійкових даних</translation>
    </message>
    <message>
        <source>Dataset %1 ("%2")</source>
        <translation>Набір даних %1 («%2»)</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>rows read</source>
        <translation>прочитано рядків</translation>
    </message>
    <message>
        <source>rows imported</source>
        <translation>імпортовано рядків</translation>
    </message>
    <message>
        <source>rows rejected</source>
        <translation>відхилено рядків</translation>
    </message>
    <message>
        <source>Dataset "%1"</source>
        <translation>Набір даних «%1»</translation>
    </message>
    <message>
        <source>The journey</source>
        <translation>Шлях</translation>
    </message>
    <message>
        <source>The file should hold one journey but holds %1.</source>
        <translation>Файл має містити один шлях, а шляхів у ньому: %1.</translation>
    </message>
    <message>
        <source>Persona %1</source>
        <translation>Персона %1</translation>
    </message>
    <message>
        <source>Department %1 ("%2")</source>
        <translation>Підрозділ %1 («%2»)</translation>
    </message>
    <message>
        <source>%1 has an invalid colour "%2"</source>
        <translation>%1 має некоректний колір «%2»</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Етап %1</translation>
    </message>
    <message>
        <source>Lane %1 ("%2")</source>
        <translation>Доріжка %1 («%2»)</translation>
    </message>
    <message>
        <source>office zone</source>
        <translation>офісна зона</translation>
    </message>
    <message>
        <source>Card %1 ("%2")</source>
        <translation>Картка %1 («%2»)</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>time</source>
        <translation>час</translation>
    </message>
    <message>
        <source>money amount</source>
        <translation>сума грошей</translation>
    </message>
    <message>
        <source>negative emotion</source>
        <translation>негативна емоція</translation>
    </message>
    <message>
        <source>%1: negative emotion must be from 0 to 10, got %2</source>
        <translation>%1: негативна емоція має бути від 0 до 10, а не %2</translation>
    </message>
    <message>
        <source>pain point flag</source>
        <translation>позначка больової точки</translation>
    </message>
    <message>
        <source>moment of truth flag</source>
        <translation>позначка моменту істини</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Зв'язок %1</translation>
    </message>
    <message>
        <source>Setting "%1"</source>
        <translation>Параметр «%1»</translation>
    </message>
    <message>
        <source>%1 has a name that is not text</source>
        <translation>%1: назва не є текстом</translation>
    </message>
    <message>
        <source>%1 has a value that is not text ("%2")</source>
        <translation>%1: значення не є текстом («%2»)</translation>
    </message>
    <message>
        <source>File not found.</source>
        <translation>Файл не знайдено.</translation>
    </message>
    <message>
        <source>This is a folder, not a journey file.</source>
        <translation>Це папка, а не файл шляху клієнта.</translation>
    </message>
    <message>
        <source>Could not open the file: %1</source>
        <translation>Не вдалося відкрити файл: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл порожній.</translation>
    </message>
    <message>
        <source>%1 is not a Waymark file: it is not a database.</source>
        <translation>%1 не є файлом Waymark: це не база даних.</translation>
    </message>
    <message>
        <source>%1 was made by another program, not Waymark (SQLite application id 0x%2).</source>
        <translation>%1 створено іншою програмою, а не Waymark (ідентифікатор застосунку SQLite 0x%2).</translation>
    </message>
    <message>
        <source>This file was made by a newer Waymark: %1 (file format %2). This Waymark (%3) reads file format %4 and older; please update Waymark to open it.</source>
        <translation>Цей файл створено новішою версією Waymark: %1 (формат файлу %2). Ця версія Waymark (%3) читає формат файлу %4 і старіші — оновіть Waymark, щоб відкрити його.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>невідома версія</translation>
    </message>
    <message>
        <source>The file is damaged: it has no file format version.</source>
        <translation>Файл пошкоджено: у ньому немає версії формату.</translation>
    </message>
    <message>
        <source>The file is damaged: it is shorter than it should be (it may have been cut off while copying). If you have a backup, open that instead.</source>
        <translation>Файл пошкоджено: він коротший, ніж має бути (можливо, його обрізано під час копіювання). Якщо у вас є резервна копія, відкрийте її.</translation>
    </message>
    <message>
        <source>The file is damaged (%1). If you have a backup, open that instead.</source>
        <translation>Файл пошкоджено (%1). Якщо у вас є резервна копія, відкрийте її.</translation>
    </message>
    <message>
        <source>failed the integrity check</source>
        <translation>не пройшов перевірку цілісності</translation>
    </message>
    <message>
        <source>Could not upgrade the file from format %1: %2</source>
        <translation>Не вдалося оновити файл із формату %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(і ще %n проблема)</numerusform>
            <numerusform>(і ще %n проблеми)</numerusform>
            <numerusform>(і ще %n проблем)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file breaks the journey's rules: %1</source>
        <translation>Файл порушує правила шляху клієнта: %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папки %1 не існує.</translation>
    </message>
    <message>
        <source>Could not write in the folder %1: %2</source>
        <translation>Не вдалося записати в папку %1: %2</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Не вдалося зберегти: %1</translation>
    </message>
    <message>
        <source>Could not save: the disk did not confirm the write (%1).</source>
        <translation>Не вдалося зберегти: диск не підтвердив запис (%1).</translation>
    </message>
    <message>
        <source>Could not replace %1: %2</source>
        <translation>Не вдалося замінити %1: %2</translation>
    </message>
    <message>
        <source>%1 has an invalid id "%2"</source>
        <translation>%1: недійсний ідентифікатор «%2»</translation>
    </message>
    <message>
        <source>%1 has an unknown %2 "%3"</source>
        <translation>%1: %2 має невідоме значення «%3»</translation>
    </message>
    <message>
        <source>%1 has a %2 that is not a whole number ("%3")</source>
        <translation>%1: %2 не є цілим числом («%3»)</translation>
    </message>
    <message>
        <source>%1 has a %2 that is not a number ("%3")</source>
        <translation>%1: %2 не є числом («%3»)</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete (%1).</source>
        <translation>Файл пошкоджено або він неповний (%1).</translation>
    </message>
    <message>
        <source>text reference</source>
        <translation>посилання на текст</translation>
    </message>
    <message>
        <source>%1 refers to text %2 that does not exist</source>
        <translation>%1 посилається на текст %2, якого не існує</translation>
    </message>
    <message>
        <source>%1 has a time that is not a date and time ("%2")</source>
        <translation>%1: позначка часу не є датою й часом («%2»)</translation>
    </message>
    <message>
        <source>Participant %1 ("%2")</source>
        <translation>Учасник %1 («%2»)</translation>
    </message>
    <message>
        <source>Vote %1 ("%2")</source>
        <translation>Голосування %1 («%2»)</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>охоплення</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>бюджет крапок</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>ліміт часу</translation>
    </message>
    <message>
        <source>hidden flag</source>
        <translation>позначка прихованості</translation>
    </message>
    <message>
        <source>closed flag</source>
        <translation>позначка закриття</translation>
    </message>
    <message>
        <source>Dot %1</source>
        <translation>Крапка %1</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>голосування</translation>
    </message>
    <message>
        <source>%1 belongs to a vote that does not exist</source>
        <translation>%1 належить до голосування, якого не існує</translation>
    </message>
    <message>
        <source>Agenda step %1 ("%2")</source>
        <translation>Пункт порядку денного %1 («%2»)</translation>
    </message>
    <message>
        <source>done flag</source>
        <translation>позначка виконання</translation>
    </message>
    <message>
        <source>Comment %1</source>
        <translation>Коментар %1</translation>
    </message>
    <message>
        <source>target</source>
        <translation>об'єкт коментаря</translation>
    </message>
    <message>
        <source>resolved flag</source>
        <translation>позначка вирішення</translation>
    </message>
    <message>
        <source>%1: kind “%2” is not one Waymark knows</source>
        <translation>%1: тип «%2» невідомий Waymark</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, рядок %2</translation>
    </message>
    <message>
        <source>%1 ("%2")</source>
        <translation>%1 («%2»)</translation>
    </message>
    <message>
        <source>kind of %1</source>
        <translation>вид (%1)</translation>
    </message>
    <message>
        <source>The file is damaged: its cards changed while it was read.</source>
        <translation>Файл пошкоджено: його картки змінилися під час читання.</translation>
    </message>
    <message>
        <source>card</source>
        <translation>картка</translation>
    </message>
    <message>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>one-off cost</source>
        <translation>одноразові витрати</translation>
    </message>
    <message>
        <source>running cost</source>
        <translation>поточні витрати</translation>
    </message>
    <message>
        <source>time to deliver</source>
        <translation>строк впровадження</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>упевненість</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>можливість</translation>
    </message>
    <message>
        <source>removes-card flag</source>
        <translation>ознака видалення картки</translation>
    </message>
    <message>
        <source>time after</source>
        <translation>час після</translation>
    </message>
    <message>
        <source>money after</source>
        <translation>гроші після</translation>
    </message>
    <message>
        <source>emotion after</source>
        <translation>емоції після</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>охоплення</translation>
    </message>
    <message>
        <source>share of contacts avoided</source>
        <translation>частка усунених контактів</translation>
    </message>
    <message>
        <source>share of detractors to passives</source>
        <translation>частка критиків, що переходять у нейтрали</translation>
    </message>
    <message>
        <source>share of detractors to promoters</source>
        <translation>частка критиків, що переходять у промоутери</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>сценарій</translation>
    </message>
    <message>
        <source>system age</source>
        <translation>вік системи</translation>
    </message>
    <message numerus="yes">
        <source>reading took longer than %n second(s); the file asks for far more work than any journey needs</source>
        <translation>
            <numerusform>читання тривало понад %n секунду: файл вимагає значно більше роботи, ніж потрібно будь-якому шляху</numerusform>
            <numerusform>читання тривало понад %n секунди: файл вимагає значно більше роботи, ніж потрібно будь-якому шляху</numerusform>
            <numerusform>читання тривало понад %n секунд: файл вимагає значно більше роботи, ніж потрібно будь-якому шляху</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (місце у файлі: %2)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ціле число</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>двійкові дані</translation>
    </message>
    <message>
        <source>nothing (NULL)</source>
        <translation>порожнє значення (NULL)</translation>
    </message>
    <message>
        <source>The file holds a view “%1”; Waymark files hold only tables.</source>
        <translation>Файл містить подання «%1», а файли Waymark містять лише таблиці.</translation>
    </message>
    <message>
        <source>The file holds a trigger “%1”; Waymark files hold only tables.</source>
        <translation>Файл містить тригер «%1», а файли Waymark містять лише таблиці.</translation>
    </message>
    <message>
        <source>The file has no table “%1”: it is damaged or was not written by Waymark.</source>
        <translation>У файлі немає таблиці «%1»: його пошкоджено або створено не у Waymark.</translation>
    </message>
    <message>
        <source>The table “%1” is a virtual table; Waymark writes only ordinary tables.</source>
        <translation>Таблиця «%1» віртуальна, а Waymark записує лише звичайні таблиці.</translation>
    </message>
    <message>
        <source>Table “%1”, column “%2” is computed, not stored; Waymark stores every value.</source>
        <translation>Стовпець «%2» таблиці «%1» обчислюється, а не зберігається; Waymark зберігає всі значення.</translation>
    </message>
    <message>
        <source>Table “%1” has no column “%2”: the file is damaged or was not written by Waymark.</source>
        <translation>У таблиці «%1» немає стовпця «%2»: файл пошкоджено або створено не у Waymark.</translation>
    </message>
    <message>
        <source>Table “%1” has %2 rows; Waymark reads at most %3 (see “Limits” in the file format documentation).</source>
        <translation>Рядків у таблиці «%1»: %2; Waymark читає не більше %3 (див. розділ «Limits» в описі формату файлів).</translation>
    </message>
    <message>
        <source>Table “%1”, row %2, column “%3” holds %4 where %5 belongs.</source>
        <translation>Таблиця «%1», рядок %2, стовпець «%3»: очікується «%5», а записано «%4».</translation>
    </message>
    <message>
        <source>%1: its columns are missing</source>
        <translation>%1: немає стовпців</translation>
    </message>
    <message>
        <source>Card link</source>
        <translation>Посилання картки</translation>
    </message>
    <message>
        <source>A linked journey names card %1, but the journey has %2 cards</source>
        <translation>Пов'язаний шлях указує на картку %1, але в шляху лише %2 карток</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>підстави</translation>
    </message>
    <message>
        <source>%1 names card %2, but the journey has %3 cards</source>
        <translation>%1 посилається на картку %2, але в шляху лише %3 карток</translation>
    </message>
    <message>
        <source>Card persona %1</source>
        <translation>Персона картки %1</translation>
    </message>
    <message>
        <source>Persona emotion %1</source>
        <translation>Емоція персони %1</translation>
    </message>
    <message>
        <source>%1 has %2 that is not stored as binary data</source>
        <translation>%1: %2 зберігається не як двійкові дані</translation>
    </message>
    <message>
        <source>width</source>
        <translation>ширина</translation>
    </message>
    <message>
        <source>height</source>
        <translation>висота</translation>
    </message>
    <message>
        <source>%1 has a size of %2 × %3 pixels</source>
        <translation>у %1 розмір %2 × %3 пікселів</translation>
    </message>
    <message>
        <source>the picture</source>
        <translation>зображення</translation>
    </message>
    <message>
        <source>the thumbnail</source>
        <translation>мініатюра</translation>
    </message>
    <message>
        <source>Card picture %1</source>
        <translation>Зображення на картці %1</translation>
    </message>
    <message>
        <source>Persona photo %1</source>
        <translation>Фото персони %1</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>персона</translation>
    </message>
    <message>
        <source>%1 names persona %2, but the journey has %3 personas</source>
        <translation>%1 посилається на персону %2, але в шляху лише %3 персон</translation>
    </message>
    <message>
        <source>%1: its column “%2” is missing</source>
        <translation>%1: немає стовпця «%2»</translation>
    </message>
    <message>
        <source>%1: its column “%2” does not hold %3 values</source>
        <translation>%1: стовпець «%2» не містить значень типу %3</translation>
    </message>
    <message>
        <source>%1 belongs to %2 %3, which does not exist</source>
        <translation>%1 належить до неіснуючого об'єкта: %2 %3</translation>
    </message>
    <message>
        <source>%1: reading was cancelled</source>
        <translation>%1: читання перервано</translation>
    </message>
    <message>
        <source>%1 breaks the journey's rules: %2</source>
        <translation>%1 порушує правила карти шляху: %2</translation>
    </message>
    <message>
        <source>%1: the summary kept in the file does not match its answers (the file was changed outside Waymark?); its figures are now counted from the answers.</source>
        <translation>%1: зведення, що зберігається у файлі, не збігається з відповідями (файл змінили поза Waymark?); показники тепер пораховано за самими відповідями.</translation>
    </message>
    <message>
        <source>%1: there is not enough memory to read its answers</source>
        <translation>%1: бракує пам'яті, щоб прочитати відповіді</translation>
    </message>
    <message>
        <source>Could not save: %1. Remove that dataset (Data dock) or import its file again, then save.</source>
        <translation>Не вдалося зберегти: %1. Видаліть цей набір даних (панель «Дані») або імпортуйте його файл знову, потім збережіть.</translation>
    </message>
    <message>
        <source>Could not copy %1 to add the dataset: %2</source>
        <translation>Не вдалося скопіювати %1, щоб додати набір даних: %2</translation>
    </message>
    <message>
        <source>Could not open the copy of %1: %2</source>
        <translation>Не вдалося відкрити копію %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Waymark journey file.</source>
        <translation>%1 — не файл шляху клієнта Waymark.</translation>
    </message>
    <message>
        <source>%1 is in another file format.</source>
        <translation>%1 має інший формат файлу.</translation>
    </message>
    <message>
        <source>Could not write the answers into %1: %2</source>
        <translation>Не вдалося записати відповіді в %1: %2</translation>
    </message>
    <message>
        <source>No answers to add.</source>
        <translation>Немає відповідей для додавання.</translation>
    </message>
    <message>
        <source>The journey with the new dataset does not read back: %1</source>
        <translation>Шлях із новим набором даних не читається назад: %1</translation>
    </message>
    <message>
        <source>%1 was changed by another program during the import; it is left as that program saved it. Import again.</source>
        <translation>%1 змінила інша програма під час імпорту; файл залишено таким, яким його зберегла та програма. Імпортуйте знову.</translation>
    </message>
    <message>
        <source>%1: its column “%2” has no chunk before it</source>
        <translation>%1: у його стовпця «%2» немає попередньої частини</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Pain points</source>
        <translation>Больові точки</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Можливості</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Усі картки</translation>
    </message>
</context>
<context>
    <name>WorkshopMarks</name>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n крапка</numerusform>
            <numerusform>%n крапки</numerusform>
            <numerusform>%n крапок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n відкритий коментар</numerusform>
            <numerusform>%n відкриті коментарі</numerusform>
            <numerusform>%n відкритих коментарів</numerusform>
        </translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Автор: %1</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>Файл порожній.</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook but an older .xls file or a password-protected workbook: save it in Excel as .xlsx without a password.</source>
        <translation>Це не книга .xlsx, а файл старого формату .xls або книга, захищена паролем: збережіть її в Excel як .xlsx без пароля.</translation>
    </message>
    <message>
        <source>The .xlsx file is damaged or incomplete (%1).</source>
        <translation>Файл .xlsx пошкоджено або він неповний (%1).</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook (not a zip archive).</source>
        <translation>Це не книга .xlsx (не zip-архів).</translation>
    </message>
    <message>
        <source>This zip archive is not an .xlsx workbook: it has no xl/workbook.xml.</source>
        <translation>Цей zip-архів не є книгою .xlsx: у ньому немає xl/workbook.xml.</translation>
    </message>
    <message>
        <source>%1 is missing from the workbook.</source>
        <translation>У книзі немає %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Не вдається прочитати %1 (%2).</translation>
    </message>
    <message>
        <source>document type declarations (DTD) are not allowed</source>
        <translation>оголошення типу документа (DTD) не допускаються</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, рядок %2, стовпець %3: %4</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB uncompressed, the most Waymark reads.</source>
        <translation>%1 у розпакованому вигляді більший за %2 МіБ — більше, ніж може прочитати Waymark.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>Частину %1 пошкоджено (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its size is not the %2 bytes the zip directory gives.</source>
        <translation>Частину %1 пошкоджено: її розмір не збігається з указаним у каталозі zip (%2 байт).</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells, the most Waymark reads.</source>
        <translation>У %1 понад %2 клітинок — більше, ніж може прочитати Waymark.</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries, the most Waymark reads.</source>
        <translation>У %1 понад %2 записів — більше, ніж може прочитати Waymark.</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string %2, which the workbook does not have</source>
        <translation>клітинка %1 посилається на спільний рядок %2, якого немає в книзі</translation>
    </message>
    <message>
        <source>“%1” is not a row number</source>
        <translation>«%1» не є номером рядка</translation>
    </message>
    <message>
        <source>row %1 lies beyond row %2, the last of a sheet</source>
        <translation>рядок %1 розташований після рядка %2, останнього на аркуші</translation>
    </message>
    <message>
        <source>“%1” is not a cell reference</source>
        <translation>«%1» не є посиланням на клітинку</translation>
    </message>
    <message>
        <source>cell %1 lies beyond column XFD, the last of a sheet</source>
        <translation>клітинка %1 розташована після стовпця XFD, останнього на аркуші</translation>
    </message>
    <message>
        <source>cell %1 lies beyond row %2, the last of a sheet</source>
        <translation>клітинка %1 розташована після рядка %2, останнього на аркуші</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>У книзі немає аркушів.</translation>
    </message>
    <message>
        <source>There is no sheet %1: the workbook's sheets are numbered 1 to %2.</source>
        <translation>Аркуша %1 немає: аркуші книги пронумеровано від 1 до %2.</translation>
    </message>
    <message>
        <source>Sheet “%1” is not in xl/_rels/workbook.xml.rels.</source>
        <translation>Аркуш «%1» не вказано в xl/_rels/workbook.xml.rels.</translation>
    </message>
    <message>
        <source>Sheet “%1” is a chart or macro sheet, not a table of cells.</source>
        <translation>Аркуш «%1» — це аркуш діаграми або макросів, а не таблиця клітинок.</translation>
    </message>
    <message>
        <source>sheet %1 has no name</source>
        <translation>аркуш %1 не має назви</translation>
    </message>
</context>
<context>
    <name>waymark::AddedCardsTable</name>
    <message>
        <source>(deleted)</source>
        <translation>(видалено)</translation>
    </message>
    <message>
        <source>Steps the future journey adds, e.g. a status message. What they cost the customer is taken off the benefits.</source>
        <translation>Кроки, які додає майбутній шлях, наприклад повідомлення про статус. Їхня вартість для клієнта віднімається від вигод.</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Новий крок</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Доріжка</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Гроші</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Емоції</translation>
    </message>
    <message>
        <source>&amp;Add Step</source>
        <translation>&amp;Додати крок</translation>
    </message>
    <message>
        <source>Remo&amp;ve Step</source>
        <translation>&amp;Видалити крок</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
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
        <translation>Порядку денного ще немає. Короткий план допомагає не відходити від теми: позначайте кожен пункт, щойно його завершено.</translation>
    </message>
    <message>
        <source>Use the Four Steps</source>
        <translation>Використати чотири кроки</translation>
    </message>
    <message>
        <source>Map the stages, add touchpoints, attach effort, vote on pain points</source>
        <translation>Визначити етапи, додати точки контакту, вказати зусилля, проголосувати за больові точки</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Додати пункт</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Rename agenda step</source>
        <translation>Перейменувати пункт порядку денного</translation>
    </message>
    <message>
        <source>Tick off agenda step</source>
        <translation>Позначити пункт порядку денного виконаним</translation>
    </message>
    <message>
        <source>Reopen agenda step</source>
        <translation>Знову відкрити пункт порядку денного</translation>
    </message>
    <message>
        <source>Use the four steps</source>
        <translation>Використати чотири кроки</translation>
    </message>
    <message>
        <source>Map the stages</source>
        <translation>Визначити етапи</translation>
    </message>
    <message>
        <source>Add touchpoints</source>
        <translation>Додати точки контакту</translation>
    </message>
    <message>
        <source>Attach effort</source>
        <translation>Вказати зусилля</translation>
    </message>
    <message>
        <source>Vote on pain points</source>
        <translation>Проголосувати за больові точки</translation>
    </message>
    <message>
        <source>Move Step Up</source>
        <translation>Перемістити пункт вище</translation>
    </message>
    <message>
        <source>Move Step Down</source>
        <translation>Перемістити пункт нижче</translation>
    </message>
    <message>
        <source>Move the chosen step up (%1)</source>
        <translation>Перемістити вибраний пункт вище (%1)</translation>
    </message>
    <message>
        <source>Move the chosen step down (%1)</source>
        <translation>Перемістити вибраний пункт нижче (%1)</translation>
    </message>
</context>
<context>
    <name>waymark::BusinessSettingsDialog</name>
    <message>
        <source>Business Settings</source>
        <translation>Бізнес-параметри</translation>
    </message>
    <message>
        <source>What the business case needs to put a value on the opportunities. Amounts are in %1, the journey's currency.</source>
        <translation>Дані, потрібні бізнес-кейсу для оцінки можливостей. Суми вказано в %1 — валюті шляху.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>How many customers go through this journey in a year</source>
        <translation>Скільки клієнтів проходить цей шлях за рік</translation>
    </message>
    <message>
        <source>Customers per &amp;year:</source>
        <translation>&amp;Клієнтів на рік:</translation>
    </message>
    <message>
        <source>Stages that fewer (or more) customers reach, e.g. because some drop out before:</source>
        <translation>Етапи, до яких доходить менше (або більше) клієнтів, наприклад через відтік на попередніх етапах:</translation>
    </message>
    <message>
        <source>Give “%1” its own number of customers per year</source>
        <translation>Задати для «%1» власну кількість клієнтів на рік</translation>
    </message>
    <message>
        <source>What it is worth</source>
        <translation>Скільки це варте</translation>
    </message>
    <message>
        <source>Value of the customer's &amp;hour:</source>
        <translation>&amp;Вартість години клієнта:</translation>
    </message>
    <message>
        <source>What one contact costs the organisation, by channel (0: not counted):</source>
        <translation>Скільки один контакт коштує організації, за каналами (0 — не враховується):</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>У часі</translation>
    </message>
    <message>
        <source>How many years of benefits and running costs the net present value counts</source>
        <translation>За скільки років чистий дисконтований дохід ураховує вигоди й поточні витрати</translation>
    </message>
    <message>
        <source>Horizon in y&amp;ears:</source>
        <translation>&amp;Горизонт, років:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>What money a year later is worth less: often the organisation's cost of capital</source>
        <translation>Наскільки гроші через рік варті менше, ніж сьогодні: часто це вартість капіталу організації</translation>
    </message>
    <message>
        <source>&amp;Discount rate per year:</source>
        <translation>Ставка &amp;дисконтування на рік:</translation>
    </message>
    <message>
        <source>All opportunities</source>
        <translation>Усі можливості</translation>
    </message>
    <message>
        <source>The scenario the PDF report and the future state of the map show</source>
        <translation>Сценарій, який показують PDF-звіт і цільовий стан карти</translation>
    </message>
    <message>
        <source>&amp;Scenario in the report:</source>
        <translation>&amp;Сценарій у звіті:</translation>
    </message>
    <message>
        <source>Change business settings</source>
        <translation>Змінити бізнес-параметри</translation>
    </message>
    <message>
        <source>The same value the heatmap's weighted cost uses (Weights… on the canvas tool bar)</source>
        <translation>Те саме значення, що й у зваженій вартості теплової карти (Ваги… на панелі інструментів полотна)</translation>
    </message>
</context>
<context>
    <name>waymark::CanvasActions</name>
    <message>
        <source>&amp;New Card</source>
        <translation>&amp;Нова картка</translation>
    </message>
    <message>
        <source>Add a card to the current cell and type its title</source>
        <translation>Додати картку в поточну клітинку й ввести її назву</translation>
    </message>
    <message>
        <source>&amp;Rename Card</source>
        <translation>&amp;Перейменувати картку</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Д&amp;ублювати</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ви&amp;різати</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авити</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Виділити &amp;все</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Додати &amp;етап</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>Додати &amp;доріжку</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Перейменувати етап</translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation>Перейменувати доріжку</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Видалити етап</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Видалити доріжку</translation>
    </message>
    <message>
        <source>Lane &amp;Properties…</source>
        <translation>Власти&amp;вості доріжки…</translation>
    </message>
    <message>
        <source>Kind of lane, side of the line of visibility, department</source>
        <translation>Тип доріжки, бік лінії видимості, підрозділ</translation>
    </message>
    <message>
        <source>Stage P&amp;roperties…</source>
        <translation>Властивості е&amp;тапу…</translation>
    </message>
    <message>
        <source>&amp;Departments…</source>
        <translation>&amp;Підрозділи…</translation>
    </message>
    <message>
        <source>C&amp;onnect Cards</source>
        <translation>З&amp;в'язати картки</translation>
    </message>
    <message>
        <source>Drag from one card to another to draw an arrow (Alt-drag works any time)</source>
        <translation>Протягніть від однієї картки до іншої, щоб намалювати стрілку (з Alt так можна будь-коли)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>З&amp;більшити</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>З&amp;меншити</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Умістити у вікно</translation>
    </message>
    <message>
        <source>Actual &amp;Size (100%)</source>
        <translation>Справжній &amp;розмір (100%)</translation>
    </message>
    <message>
        <source>Delete connections</source>
        <translation>Видалити зв'язки</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Видалити %n картку</numerusform>
            <numerusform>Видалити %n картки</numerusform>
            <numerusform>Видалити %n карток</numerusform>
        </translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Новий етап</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Нова доріжка</translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage “%1” and its %n card(s)? You can undo this.</source>
        <translation>
            <numerusform>Видалити етап «%1» і його %n картку? Це можна скасувати.</numerusform>
            <numerusform>Видалити етап «%1» і його %n картки? Це можна скасувати.</numerusform>
            <numerusform>Видалити етап «%1» і його %n карток? Це можна скасувати.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the lane “%1” and its %n card(s)? You can undo this.</source>
        <translation>
            <numerusform>Видалити доріжку «%1» і її %n картку? Це можна скасувати.</numerusform>
            <numerusform>Видалити доріжку «%1» і її %n картки? Це можна скасувати.</numerusform>
            <numerusform>Видалити доріжку «%1» і її %n карток? Це можна скасувати.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create &amp;Opportunity from This Card…</source>
        <translation>Створити &amp;можливість із цієї картки…</translation>
    </message>
    <message>
        <source>An improvement for the business case, linked to the selected cards</source>
        <translation>Покращення для бізнес-кейсу, пов'язане з вибраними картками</translation>
    </message>
    <message>
        <source>Create &amp;Opportunity from These Cards…</source>
        <translation>Створити &amp;можливість із цих карток…</translation>
    </message>
    <message>
        <source>Zoom to Se&amp;lection</source>
        <translation>За &amp;виділеними картками</translation>
    </message>
    <message>
        <source>Fill the view with the selected cards</source>
        <translation>Показати виділені картки на весь екран</translation>
    </message>
</context>
<context>
    <name>waymark::CanvasToolBar</name>
    <message>
        <source>Canvas</source>
        <translation>Полотно</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Heatmap:</source>
        <translation>Теплова карта:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Вимкнено</translation>
    </message>
    <message>
        <source>Weights…</source>
        <translation>Ваги…</translation>
    </message>
    <message>
        <source>Weights of time, money and emotion in the weighted heatmap, and the value of the customer's hour</source>
        <translation>Ваги часу, грошей і емоцій у зваженій тепловій карті та вартість години клієнта</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Підрозділ:</translation>
    </message>
    <message>
        <source>Dim everything this department does not own</source>
        <translation>Притлумити все, що не належить цьому підрозділу</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Усі підрозділи</translation>
    </message>
    <message>
        <source>Colour the cards by the customer's effort, or by a survey metric (the worst figure hottest)</source>
        <translation>Розфарбувати картки за зусиллями клієнта або за метрикою опитування (найгірший показник — найгарячіший)</translation>
    </message>
    <message>
        <source>Heat scale</source>
        <translation>Шкала теплової карти</translation>
    </message>
    <message>
        <source>No card's data key has answers of %1 yet: the cards stay white.</source>
        <translation>Для ключів даних карток ще немає відповідей %1, тож картки залишаються білими.</translation>
    </message>
    <message>
        <source>%1 %2 … %3</source>
        <comment>heat legend: metric, lowest figure, highest figure</comment>
        <translation>%1 %2 … %3</translation>
    </message>
    <message>
        <source>%1 from %2 (worst, red) to %3 (best, pale). Cards without answers stay white.</source>
        <translation>%1 від %2 (найгірше, червоний) до %3 (найкраще, блідий). Картки без відповідей залишаються білими.</translation>
    </message>
    <message>
        <source>Hatched cards: too few answers to trust, so their colour is a weak signal.</source>
        <translation>Заштриховані картки: відповідей замало, щоб на них покладатися, тож їхній колір — слабкий сигнал.</translation>
    </message>
    <message>
        <source>Low effort (left) to high effort (right). Emotion: 0 to 10. Time, money and weighted cost: logarithmic between the 10th and 90th percentile of the cards, so one extreme card does not make the others look alike.</source>
        <translation>Ліворуч — низькі зусилля, праворуч — високі. Емоція: від 0 до 10. Час, гроші та зважена вартість: логарифмічна шкала між 10-м і 90-м процентилями карток, щоб одна екстремальна картка не робила решту однаковими.</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>Персона:</translation>
    </message>
    <message>
        <source>The journey as one persona lives it: their steps, the emotion they feel, their totals</source>
        <translation>Шлях очима однієї персони: її кроки, її емоції, її підсумки</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Усі персони</translation>
    </message>
    <message>
        <source>(unnamed persona)</source>
        <translation>(персона без імені)</translation>
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
        <translation>Ще жодну картку не пов'язано: пов'яжіть картки карти, які покращує ця можливість.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Картка</translation>
    </message>
    <message>
        <source>Effort today</source>
        <translation>Зусилля сьогодні</translation>
    </message>
    <message>
        <source>Time, money and negative emotion of the card today</source>
        <translation>Час, гроші та негативні емоції картки сьогодні</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>The customer's time at this step afterwards</source>
        <translation>Час клієнта на цьому кроці після зміни</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Гроші</translation>
    </message>
    <message>
        <source>What the step costs the customer afterwards, in the card's currency</source>
        <translation>Скільки крок коштуватиме клієнтові після зміни, у валюті картки</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Емоції</translation>
    </message>
    <message>
        <source>Negative emotion afterwards, 0 (none) to 10 (worst)</source>
        <translation>Негативні емоції після зміни, від 0 (немає) до 10 (найгірше)</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охоплення</translation>
    </message>
    <message>
        <source>Share of the stage's customers who pass this card</source>
        <translation>Частка клієнтів етапу, які проходять через цю картку</translation>
    </message>
    <message>
        <source>Contacts
avoided</source>
        <translation>Усунені
контакти</translation>
    </message>
    <message>
        <source>Share of this step's contacts (calls, visits, mails) no longer needed</source>
        <translation>Частка контактів на цьому кроці (дзвінки, візити, листи), які більше не потрібні</translation>
    </message>
    <message>
        <source>Detractors →
passives</source>
        <translation>Критики →
нейтрали</translation>
    </message>
    <message>
        <source>Share of this touchpoint's detractors expected to become passives</source>
        <translation>Частка критиків у цій точці контакту, які, як очікується, стануть нейтралами</translation>
    </message>
    <message>
        <source>Detractors →
promoters</source>
        <translation>Критики →
промоутери</translation>
    </message>
    <message>
        <source>Share of this touchpoint's detractors expected to become promoters</source>
        <translation>Частка критиків у цій точці контакту, які, як очікується, стануть промоутерами</translation>
    </message>
    <message>
        <source>Step
removed</source>
        <translation>Крок
видалено</translation>
    </message>
    <message>
        <source>The step disappears in the future state (e.g. no branch visit)</source>
        <translation>У цільовому стані кроку немає (наприклад, не потрібен візит до відділення)</translation>
    </message>
    <message>
        <source>Lin&amp;k card:</source>
        <translation>Пов'язати &amp;картку:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Зв'язати</translation>
    </message>
    <message>
        <source>&amp;Unlink Selected</source>
        <translation>&amp;Відв'язати вибрані</translation>
    </message>
    <message>
        <source>(deleted card)</source>
        <translation>(картку видалено)</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
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
        <translation>Почніть вводити, щоб знайти картку…</translation>
    </message>
    <message>
        <source>Every card is linked</source>
        <translation>Усі картки пов'язано</translation>
    </message>
</context>
<context>
    <name>waymark::ChangesDialog</name>
    <message>
        <source>What Changed</source>
        <translation>Що змінилося</translation>
    </message>
    <message>
        <source>Nothing changed on the map since %1.</source>
        <translation>Порівняно з %1 на карті нічого не змінилося.</translation>
    </message>
    <message>
        <source>Changes since %1:</source>
        <translation>Зміни порівняно з %1:</translation>
    </message>
    <message>
        <source>Added cards (%1)</source>
        <translation>Додані картки (%1)</translation>
    </message>
    <message>
        <source>Removed cards (%1)</source>
        <translation>Видалені картки (%1)</translation>
    </message>
    <message>
        <source>Moved cards (%1)</source>
        <translation>Переміщені картки (%1)</translation>
    </message>
    <message>
        <source>Edited cards (%1)</source>
        <translation>Змінені картки (%1)</translation>
    </message>
    <message>
        <source>Stage added: %1</source>
        <translation>Додано етап: %1</translation>
    </message>
    <message>
        <source>Stage removed: %1</source>
        <translation>Видалено етап: %1</translation>
    </message>
    <message>
        <source>Stage renamed: %1</source>
        <translation>Перейменовано етап: %1</translation>
    </message>
    <message>
        <source>Lane added: %1</source>
        <translation>Додано доріжку: %1</translation>
    </message>
    <message>
        <source>Lane removed: %1</source>
        <translation>Видалено доріжку: %1</translation>
    </message>
    <message>
        <source>Lane renamed: %1</source>
        <translation>Перейменовано доріжку: %1</translation>
    </message>
    <message>
        <source>Stages and lanes (%1)</source>
        <translation>Етапи й доріжки (%1)</translation>
    </message>
    <message>
        <source>&amp;Select Changed Cards</source>
        <translation>&amp;Виділити змінені картки</translation>
    </message>
</context>
<context>
    <name>waymark::ClvCustomerModel</name>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Повторні покупки</translation>
    </message>
    <message>
        <source>P(alive) %</source>
        <translation>P(alive), %</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>Очікувані покупки</translation>
    </message>
    <message>
        <source>Expected spend (%1)</source>
        <translation>Очікувані витрати (%1)</translation>
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
        <translation>вирішено</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Коментарі</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Пок&amp;азати:</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Filter of the comments list: every thread</extracomment>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Filter of the comments list: threads not resolved yet (an adjective, not "open a file")</extracomment>
        <translation>Відкриті</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Filter of the comments list: threads you wrote in</extracomment>
        <translation>Мої</translation>
    </message>
    <message>
        <source>Every thread, the unresolved ones, or the ones you wrote in</source>
        <translation>Усі гілки, лише невирішені або ті, де писали ви</translation>
    </message>
    <message>
        <source>Only threads a department took part in</source>
        <translation>Лише гілки, в яких брав участь підрозділ</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Ви&amp;рішити</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Delete the selected comment (only your own); a thread goes with its replies</source>
        <translation>Видалити вибраний коментар (лише власний); гілка видаляється разом із відповідями</translation>
    </message>
    <message>
        <source>Shown on your comments</source>
        <translation>Відображається у ваших коментарях</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ваше ім'я:</translation>
    </message>
    <message>
        <source>Your department:</source>
        <translation>Ваш підрозділ:</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Напишіть коментар…</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the comment</source>
        <translation>Ctrl+Enter — додати коментар</translation>
    </message>
    <message>
        <source>Enter your name to comment.</source>
        <translation>Щоб коментувати, введіть своє ім'я.</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>Від&amp;повісти</translation>
    </message>
    <message>
        <source>Reply to the selected thread</source>
        <translation>Відповісти у вибраній гілці</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Коментувати</translation>
    </message>
    <message>
        <source>Start a new thread on what is selected on the map (Ctrl+Enter)</source>
        <translation>Почати нову гілку щодо вибраного на карті (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Card “%1”</source>
        <translation>Картка «%1»</translation>
    </message>
    <message>
        <source>a deleted card</source>
        <translation>видалена картка</translation>
    </message>
    <message>
        <source>Stage “%1”</source>
        <translation>Етап «%1»</translation>
    </message>
    <message>
        <source>a deleted stage</source>
        <translation>видалений етап</translation>
    </message>
    <message>
        <source>The journey</source>
        <translation>Шлях</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Усі підрозділи</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Без підрозділу</translation>
    </message>
    <message>
        <source>The participant who has the floor in the workshop</source>
        <translation>Учасник, який зараз має слово на воркшопі</translation>
    </message>
    <message>
        <source>Open a journey to read and write comments.</source>
        <translation>Відкрийте шлях, щоб читати й писати коментарі.</translation>
    </message>
    <message>
        <source>No comments yet. Select a card or a stage on the map, then write the first one below.</source>
        <translation>Коментарів ще немає. Виберіть картку чи етап на карті й напишіть перший коментар нижче.</translation>
    </message>
    <message>
        <source>No thread matches these filters.</source>
        <translation>Жодна гілка не відповідає цим фільтрам.</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>Щодо: %1</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Відкрити з&amp;нову</translation>
    </message>
    <message>
        <source>Open the selected thread again</source>
        <translation>Знову відкрити вибрану гілку</translation>
    </message>
    <message>
        <source>Mark the selected thread as settled</source>
        <translation>Позначити вибрану гілку як вирішену</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Позначити коментар вирішеним</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Знову відкрити коментар</translation>
    </message>
    <message>
        <source>Delete thread</source>
        <translation>Видалити гілку</translation>
    </message>
</context>
<context>
    <name>waymark::DataChartsPanel</name>
    <message>
        <source>Trend</source>
        <translation>Динаміка</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Точки контакту</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакту</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>CLV під загрозою</translation>
    </message>
    <message>
        <source>Lifetime value of the customers whose latest answer at a touchpoint was 0–6</source>
        <translation>Пожиттєва цінність клієнтів, чия остання відповідь у цій точці контакту була 0–6</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Data key: %1</source>
        <translation>Ключ даних: %1</translation>
    </message>
    <message>
        <source>Import customer lifetime values to see what promoters and detractors are worth.</source>
        <translation>Імпортуйте пожиттєву цінність клієнтів, щоб побачити, скільки варті промоутери й критики.</translation>
    </message>
    <message>
        <source>Import NPS responses: CLV is joined to them by customer id.</source>
        <translation>Імпортуйте відповіді NPS: CLV пов'язується з ними за ідентифікатором клієнта.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) have both an answer and a CLV.</source>
        <translation>
            <numerusform>%Ln клієнт має і відповідь, і CLV.</numerusform>
            <numerusform>%Ln клієнти мають і відповідь, і CLV.</numerusform>
            <numerusform>%Ln клієнтів мають і відповідь, і CLV.</numerusform>
        </translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Підрозділи</translation>
    </message>
    <message>
        <source>Department mix</source>
        <translation>Розподіл за підрозділами</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers… CLV per NPS category and at risk appear here when they are read.</source>
        <translation>Читаємо %L1 відповідей опитування… CLV за категоріями NPS і під загрозою з’являться тут, щойно відповіді буде прочитано.</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value model to %L1 customers… CLV per NPS category and at risk appear here when it is done.</source>
        <translation>Модель пожиттєвої цінності підбирається за даними клієнтів (%L1)… CLV за категоріями NPS і під загрозою з’являться тут, щойно розрахунок завершиться.</translation>
    </message>
    <message>
        <source>Matching %L1 survey answers to customers… CLV per NPS category and at risk appear here when they are matched.</source>
        <translation>Відповіді опитування (%L1) зіставляються з клієнтами… CLV за категоріями NPS і під загрозою з’являться тут, щойно зіставлення завершиться.</translation>
    </message>
</context>
<context>
    <name>waymark::DataDock</name>
    <message>
        <source>Data</source>
        <translation>Дані</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Набір даних</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Рядки</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Import C&amp;LV…</source>
        <translation>Імпорт C&amp;LV…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>&amp;Goals…</source>
        <translation>&amp;Цілі…</translation>
    </message>
    <message>
        <source>Delete Dataset</source>
        <translation>Видалити набір даних</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more</source>
        <translation>
            <numerusform>… ще %Ln</numerusform>
            <numerusform>… ще %Ln</numerusform>
            <numerusform>… ще %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) name touchpoints no card has — give a card that data key to see them on the map: %1</source>
        <translation>
            <numerusform>%Ln відповідь стосується точок контакту, яких немає в жодній картці, — задайте картці цей ключ даних, щоб побачити їх на карті: %1</numerusform>
            <numerusform>%Ln відповіді стосуються точок контакту, яких немає в жодній картці, — задайте картці цей ключ даних, щоб побачити їх на карті: %1</numerusform>
            <numerusform>%Ln відповідей стосуються точок контакту, яких немає в жодній картці, — задайте картці цей ключ даних, щоб побачити їх на карті: %1</numerusform>
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
        <translation>Джерело: %1, імпортовано %2
SHA-256 %3
Прочитано рядків: %4, імпортовано: %5, відхилено: %6
Кодування: %7
Стовпці:
%8</translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation>Перейменувати набір даних</translation>
    </message>
    <message numerus="yes">
        <source>Delete the dataset “%1” with its %Ln row(s)? You can undo this.</source>
        <translation>
            <numerusform>Видалити набір даних «%1» з його %Ln рядком? Це можна скасувати.</numerusform>
            <numerusform>Видалити набір даних «%1» з його %Ln рядками? Це можна скасувати.</numerusform>
            <numerusform>Видалити набір даних «%1» з його %Ln рядками? Це можна скасувати.</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey or CLV data yet. Import survey answers (NPS, CSAT, CES, audits, eNPS) or customer lifetime values from CSV, TSV, JSON, NDJSON or Excel files.</source>
        <translation>Даних опитувань чи CLV ще немає. Імпортуйте відповіді на опитування (NPS, CSAT, CES, аудити, eNPS) або пожиттєву цінність клієнтів із файлів CSV, TSV, JSON, NDJSON чи Excel.</translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation>&amp;Показники:</translation>
    </message>
    <message>
        <source>Import &amp;Survey…</source>
        <translation>Імпорт &amp;опитування…</translation>
    </message>
    <message>
        <source>Survey answers of any metric (NPS, CSAT, CES, audits, eNPS, any number) from CSV, TSV, JSON or Excel, one per row or counted per group</source>
        <translation>Відповіді на опитування за будь-якою метрикою (NPS, CSAT, CES, аудити, eNPS, будь-яке число) із CSV, TSV, JSON чи Excel — по одній у рядку або з підрахунком за групами</translation>
    </message>
    <message>
        <source>Goals per segment and a benchmark to compare %1 with</source>
        <translation>Цілі за сегментами та бенчмарк для порівняння %1</translation>
    </message>
    <message>
        <source>Edit %1 goals</source>
        <translation>Змінити цілі %1</translation>
    </message>
</context>
<context>
    <name>waymark::DatasetTransferNotice</name>
    <message>
        <source>Sending “%1” to the server…</source>
        <translation>Надсилання «%1» на сервер…</translation>
    </message>
    <message>
        <source>Receiving “%1”…</source>
        <translation>Отримання «%1»…</translation>
    </message>
    <message>
        <source>Receiving “%1” (from %2)…</source>
        <translation>Отримання «%1» (від %2)…</translation>
    </message>
    <message>
        <source>The map and the other cards go on meanwhile; the others see the dataset once it is on the server.</source>
        <translation>Тим часом з мапою та іншими картками можна працювати; інші побачать набір даних, щойно він опиниться на сервері.</translation>
    </message>
    <message>
        <source>The map goes on meanwhile; the dataset's figures show when it is in.</source>
        <translation>Тим часом з мапою можна працювати; цифри набору даних з’являться, щойно його буде отримано.</translation>
    </message>
    <message>
        <source>A dataset is still being sent</source>
        <translation>Набір даних ще надсилається</translation>
    </message>
    <message>
        <source>“%1” is still being sent to the server. If you close the window now, it is not shared: nothing of it stays on the server and the others keep the data they have. Close anyway?</source>
        <translation>«%1» ще надсилається на сервер. Якщо закрити вікно зараз, набір даних не буде передано: на сервері від нього нічого не залишиться, а в інших збережуться дані, які в них є. Однаково закрити?</translation>
    </message>
</context>
<context>
    <name>waymark::DepartmentsDialog</name>
    <message>
        <source>Departments</source>
        <translation>Підрозділи</translation>
    </message>
    <message>
        <source>The departments that own touchpoints. Double-click a name to rename it.</source>
        <translation>Підрозділи, яким належать точки контакту. Двічі клацніть назву, щоб перейменувати її.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Колір…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Новий підрозділ</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>Перейменувати підрозділ</translation>
    </message>
    <message>
        <source>Remove Department</source>
        <translation>Вилучити підрозділ</translation>
    </message>
    <message>
        <source>Department Colour</source>
        <translation>Колір підрозділу</translation>
    </message>
    <message>
        <source>Change department colour</source>
        <translation>Змінити колір підрозділу</translation>
    </message>
    <message numerus="yes">
        <source>“%1” owns %n card(s) and %2 lane(s). Its cards keep their place without an owner and its lanes become plain lanes. You can undo this.</source>
        <translation>
            <numerusform>Підрозділу «%1» належить %n картка; доріжок: %2. Його картки залишаться на своїх місцях без власника, а доріжки стануть звичайними. Це можна скасувати.</numerusform>
            <numerusform>Підрозділу «%1» належать %n картки; доріжок: %2. Його картки залишаться на своїх місцях без власника, а доріжки стануть звичайними. Це можна скасувати.</numerusform>
            <numerusform>Підрозділу «%1» належать %n карток; доріжок: %2. Його картки залишаться на своїх місцях без власника, а доріжки стануть звичайними. Це можна скасувати.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::EffortTargetEdit</name>
    <message>
        <source>same</source>
        <translation>без змін</translation>
    </message>
    <message>
        <source>new value</source>
        <translation>нове значення</translation>
    </message>
    <message>
        <source>− %</source>
        <comment>reduce by a percentage</comment>
        <translation>− %</translation>
    </message>
    <message>
        <source>Unchanged, a new value, or a reduction in percent of today's</source>
        <translation>Без змін, нове значення або зменшення у відсотках від поточного</translation>
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
        <translation>На чому ґрунтується картка: здогад, знання людей у кімнаті, дослідження (інтерв’ю, спостереження) або виміряні дані</translation>
    </message>
    <message numerus="yes">
        <source>measured: %Ln answers</source>
        <extracomment>Beside the stated level: the card counts as measured because of its answers. %1: a number</extracomment>
        <translation>
            <numerusform>виміряно: %Ln відповідь</numerusform>
            <numerusform>виміряно: %Ln відповіді</numerusform>
            <numerusform>виміряно: %Ln відповідей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers to this card's data key: at least %2 in one survey count as measured data, whatever the card states</source>
        <translation>Відповідей за ключем даних цієї картки: %1. Щонайменше %2 в одному опитуванні вважаються виміряними даними, що б не було вказано в картці</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answers</source>
        <translation>
            <numerusform>%Ln відповідь</numerusform>
            <numerusform>%Ln відповіді</numerusform>
            <numerusform>%Ln відповідей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers to this card's data key; %2 in one survey would count as measured data</source>
        <translation>Відповідей за ключем даних цієї картки: %1. За %2 в одному опитуванні це вважалося б виміряними даними</translation>
    </message>
</context>
<context>
    <name>waymark::ExplanationDialog</name>
    <message>
        <source>How the numbers of “%1” are made</source>
        <translation>Як розраховано показники «%1»</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Не враховано: %1</translation>
    </message>
</context>
<context>
    <name>waymark::ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Експорт у PDF</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Сторінка</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Розмір:</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Альбомна</translation>
    </message>
    <message>
        <source>&amp;Portrait</source>
        <translation>&amp;Книжкова</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Орієнтація:</translation>
    </message>
    <message>
        <source>&amp;Fit the map to one page</source>
        <translation>&amp;Умістити карту на одну сторінку</translation>
    </message>
    <message>
        <source>&amp;Tile at full size (a poster)</source>
        <translation>Розбити на &amp;аркуші в повний розмір (постер)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <source>Tiles &amp;overlap by:</source>
        <translation>&amp;Перекриття аркушів:</translation>
    </message>
    <message>
        <source>Executive &amp;summary in front</source>
        <translation>Резюме для &amp;керівництва на початку</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>На карті</translation>
    </message>
    <message>
        <source>&amp;Effort badges</source>
        <translation>Позначки &amp;зусиль</translation>
    </message>
    <message>
        <source>&amp;Heatmap:</source>
        <translation>&amp;Теплова карта:</translation>
    </message>
    <message>
        <source>E&amp;motion curve</source>
        <translation>Крива &amp;емоцій</translation>
    </message>
    <message>
        <source>&amp;CLV at risk</source>
        <translation>&amp;CLV під загрозою</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Усі підрозділи</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Для:</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Експортувати PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>One tile per ticked figure; drag to change the order — the first one's trend and stages are charted</source>
        <translation>Окремий блок для кожного позначеного показника; перетягуйте, щоб змінити порядок, — для першого будуються графіки динаміки та етапів</translation>
    </message>
    <message>
        <source>Summary fi&amp;gures:</source>
        <translation>П&amp;оказники резюме:</translation>
    </message>
    <message>
        <source>Survey &amp;figures (as on the canvas)</source>
        <translation>Показ&amp;ники опитувань (як на полотні)</translation>
    </message>
    <message>
        <source>Choose the summary's figures</source>
        <translation>Вибір показників резюме</translation>
    </message>
    <message>
        <source>&amp;Future-state map after the map</source>
        <translation>Карта &amp;цільового стану після карти</translation>
    </message>
    <message>
        <source>The journey with the chosen scenario's opportunities applied: changed effort, removed and added steps</source>
        <translation>Шлях із застосованими можливостями вибраного сценарію: змінені зусилля, видалені й додані кроки</translation>
    </message>
    <message>
        <source>Evi&amp;dence (what each card rests on)</source>
        <translation>Під&amp;стави (на чому ґрунтується кожна картка)</translation>
    </message>
    <message numerus="yes">
        <source>Pict&amp;ures on the cards after the map (%n)</source>
        <translation>
            <numerusform>Зо&amp;браження з карток після карти (%n)</numerusform>
            <numerusform>Зо&amp;браження з карток після карти (%n)</numerusform>
            <numerusform>Зо&amp;браження з карток після карти (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Each picture with its card and caption, for readers who were not at the wall</source>
        <translation>Кожне зображення зі своєю карткою і підписом — для тих, хто не стояв біля стіни</translation>
    </message>
    <message>
        <source>Pe&amp;rsona cards before the map</source>
        <translation>Картк&amp;и персон перед картою</translation>
    </message>
    <message>
        <source>Each persona's photo, goals and frustrations, and the steps that hurt them most</source>
        <translation>Фото, цілі й фрустрації кожної персони та кроки, які даються їй найважче</translation>
    </message>
    <message>
        <source>None of this journey's personas has a description, goals, frustrations or a photo yet</source>
        <translation>У жодної персони цього шляху поки немає опису, цілей, фрустрацій чи фото</translation>
    </message>
</context>
<context>
    <name>waymark::FindBar</name>
    <message>
        <source>Find a card</source>
        <translation>Знайти картку</translation>
    </message>
    <message>
        <source>Searches the titles, descriptions, notes and data keys of the cards</source>
        <translation>Пошук у назвах, описах, нотатках і ключах даних карток</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>&amp;Find Card…</source>
        <translation>&amp;Знайти картку…</translation>
    </message>
    <message>
        <source>Find a card by its title, description, notes or data key</source>
        <translation>Знайти картку за назвою, описом, нотатками або ключем даних</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Знайти &amp;наступну</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Знайти п&amp;опередню</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Попередній збіг (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Наступний збіг (Enter, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрити (Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Немає збігів</translation>
    </message>
</context>
<context>
    <name>waymark::FollowMe</name>
    <message>
        <source>&amp;Present (Everyone Follows Me)</source>
        <translation>&amp;Показ (усі стежать за мною)</translation>
    </message>
    <message>
        <source>Everyone's canvas follows yours — where you scroll, how far you zoom, the card you select — until you stop</source>
        <translation>Полотна всіх стежать за вашим — куди ви прокручуєте, наскільки наближаєте, яку картку вибираєте, — доки ви не зупините показ</translation>
    </message>
    <message>
        <source>Only the facilitator presents</source>
        <translation>Показує лише фасилітатор</translation>
    </message>
    <message>
        <source>▶ Following %1</source>
        <translation>▶ Ви стежите за: %1</translation>
    </message>
    <message>
        <source>Follow %1 again</source>
        <translation>Знову стежити за: %1</translation>
    </message>
    <message>
        <source>%1 is presenting; you scrolled away. Back to where they look.</source>
        <translation>%1 веде показ, а ви відійшли. Повернутися туди, куди дивиться ведучий.</translation>
    </message>
</context>
<context>
    <name>waymark::HeatmapWeightsDialog</name>
    <message>
        <source>Heatmap Weights</source>
        <translation>Ваги теплової карти</translation>
    </message>
    <message>
        <source>Weighted cost in %1 = time weight × hours × hour value + money weight × amount + emotion weight × emotion (0–10) × point value. Cards in other currencies count by time and emotion only.</source>
        <translation>Зважена вартість у %1 = вага часу × години × вартість години + вага грошей × сума + вага емоцій × емоція (0–10) × вартість бала. Картки в інших валютах ураховуються лише за часом і емоціями.</translation>
    </message>
    <message>
        <source>&amp;Time weight:</source>
        <translation>Вага &amp;часу:</translation>
    </message>
    <message>
        <source>&amp;Money weight:</source>
        <translation>Вага &amp;грошей:</translation>
    </message>
    <message>
        <source>&amp;Emotion weight:</source>
        <translation>Вага &amp;емоцій:</translation>
    </message>
    <message>
        <source>What an hour of the customer's time is worth</source>
        <translation>Скільки коштує година часу клієнта</translation>
    </message>
    <message>
        <source>Value of the customer's &amp;hour:</source>
        <translation>Вартість &amp;години клієнта:</translation>
    </message>
    <message>
        <source>What one point of negative emotion (on the 0–10 scale) is worth</source>
        <translation>Скільки коштує один бал негативної емоції (за шкалою 0–10)</translation>
    </message>
    <message>
        <source>Value of one emotion &amp;point:</source>
        <translation>Вартість одного &amp;бала емоції:</translation>
    </message>
    <message>
        <source>Change heatmap weights</source>
        <translation>Змінити ваги теплової карти</translation>
    </message>
</context>
<context>
    <name>waymark::HotspotsDock</name>
    <message>
        <source>Effort hotspots</source>
        <translation>Гарячі точки зусиль</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>&amp;Сортувати за:</translation>
    </message>
    <message>
        <source>No card costs the customer anything on this measure yet.</source>
        <translation>За цим показником жодна картка поки нічого не коштує клієнтові.</translation>
    </message>
    <message>
        <source>No card's data key has answers of %1 yet.</source>
        <translation>Для ключів даних карток ще немає відповідей %1.</translation>
    </message>
    <message>
        <source>Create Opportunity…</source>
        <translation>Створити можливість…</translation>
    </message>
    <message>
        <source>An improvement for the business case, linked to the selected cards</source>
        <translation>Покращення для бізнес-кейсу, пов'язане з вибраними картками</translation>
    </message>
</context>
<context>
    <name>waymark::HotspotsModel</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Картка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Доріжка</translation>
    </message>
    <message>
        <source>Only %1 answers: too few to trust, so this figure is a weak signal.</source>
        <translation>Відповідей лише %1 — замало, щоб на них покладатися, тож цей показник є слабким сигналом.</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>Відповідей: %1</translation>
    </message>
</context>
<context>
    <name>waymark::ImportDialog</name>
    <message>
        <source>Rows That Cannot Be Imported</source>
        <translation>Рядки, які не можна імпортувати</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) cannot be imported. %1 valid row(s) can.</source>
        <translation>
            <numerusform>%Ln рядок не можна імпортувати. Коректних рядків для імпорту: %1.</numerusform>
            <numerusform>%Ln рядки не можна імпортувати. Коректних рядків для імпорту: %1.</numerusform>
            <numerusform>%Ln рядків не можна імпортувати. Коректних рядків для імпорту: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 Valid Rows</source>
        <translation>Імпортувати коректні рядки (%1)</translation>
    </message>
    <message>
        <source>Import Customer Lifetime Values</source>
        <translation>Імпорт пожиттєвої цінності клієнтів</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Не вдалося відкрити %1: %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Автовизначення</translation>
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
        <translation>Windows-1251 (кирилиця)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (західноєвропейська)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодування:</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Кома ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Крапка з комою ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляція</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>Вертикальна риска |</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Роздільник:</translation>
    </message>
    <message>
        <source>Day first (31.12.2024, 31/12/2024)</source>
        <translation>Спершу день (31.12.2024, 31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Спершу місяць (12/31/2024)</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>&amp;Дати:</translation>
    </message>
    <message>
        <source>Choose what each column holds (first row). Columns left at “Ignore” are not imported.</source>
        <translation>Виберіть, що містить кожен стовпець (перший рядок). Стовпці, для яких залишено «Ігнорувати», не імпортуються.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>Choose the encoding the file was saved in (Russian, Ukrainian and Serbian Excel files are often Windows-1251).</source>
        <translation>Виберіть кодування, у якому збережено файл (файли Excel російською, українською та сербською часто мають кодування Windows-1251).</translation>
    </message>
    <message>
        <source>The dates could be day-first or month-first: choose which under “Dates”.</source>
        <translation>Дати можуть починатися як із дня, так і з місяця: виберіть потрібний порядок у полі «Дати».</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ігнорувати</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Імпорт %1…</translation>
    </message>
    <message>
        <source>Import Survey Answers</source>
        <translation>Імпорт відповідей на опитування</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Метрика:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Аркуш:</translation>
    </message>
    <message>
        <source>Nothing can be imported yet: %1</source>
        <translation>Поки нічого імпортувати: %1</translation>
    </message>
    <message>
        <source>Counting the rows of the whole file…</source>
        <translation>Підрахунок рядків у всьому файлі…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be imported</source>
        <translation>
            <numerusform>Буде імпортовано %Ln рядок</numerusform>
            <numerusform>Буде імпортовано %Ln рядки</numerusform>
            <numerusform>Буде імпортовано %Ln рядків</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; none refused.</source>
        <comment>N rows will be imported; none refused</comment>
        <translation>%1; відхилених немає.</translation>
    </message>
    <message>
        <source>%1, %2 refused (first ones below; Import leaves them out).</source>
        <comment>N rows will be imported, M refused</comment>
        <translation>%1, відхилено: %2 (перші нижче; імпорт їх пропустить).</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Імпортувати нічого: %1</translation>
    </message>
</context>
<context>
    <name>waymark::ImportIssueTable</name>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>waymark::ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>Імпорт завершено</translation>
    </message>
    <message>
        <source>The dataset “%1” was added to the journey.</source>
        <translation>Набір даних «%1» додано до шляху клієнта.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported from %1.</source>
        <translation>
            <numerusform>Імпортовано %Ln рядок з %1.</numerusform>
            <numerusform>Імпортовано %Ln рядки з %1.</numerusform>
            <numerusform>Імпортовано %Ln рядків з %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row was refused.</source>
        <translation>Жоден рядок не відхилено.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused: they are not in the dataset.</source>
        <translation>
            <numerusform>Відхилено %Ln рядок: його немає в наборі даних.</numerusform>
            <numerusform>Відхилено %Ln рядки: їх немає в наборі даних.</numerusform>
            <numerusform>Відхилено %Ln рядків: їх немає в наборі даних.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (%1) takes the whole import back.</source>
        <translation>Скасування (%1) відкочує весь імпорт.</translation>
    </message>
    <message>
        <source>The first %1 refused rows are listed.</source>
        <translation>Показано перші %1 відхилених рядків.</translation>
    </message>
    <message>
        <source>&amp;Show Refused Rows…</source>
        <translation>&amp;Показати відхилені рядки…</translation>
    </message>
</context>
<context>
    <name>waymark::JourneyInfoDock</name>
    <message>
        <source>Journey</source>
        <translation>Шлях</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>What the customer sets out to do in this journey</source>
        <translation>Чого клієнт прагне досягти на цьому шляху</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Сценарій:</translation>
    </message>
    <message>
        <source>The currency new cards take (ISO 4217 code)</source>
        <translation>Валюта нових карток (код ISO 4217)</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Change journey title</source>
        <translation>Змінити назву шляху</translation>
    </message>
    <message>
        <source>Change journey scenario</source>
        <translation>Змінити сценарій шляху</translation>
    </message>
    <message>
        <source>Change journey currency</source>
        <translation>Змінити валюту шляху</translation>
    </message>
    <message>
        <source>The department that owns this journey: shown in the portfolio of a folder of journeys</source>
        <translation>Підрозділ, відповідальний за цей шлях: показується в портфелі теки зі шляхами</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Ві&amp;дповідальний:</translation>
    </message>
    <message>
        <source>No owner named</source>
        <translation>Відповідального не вказано</translation>
    </message>
    <message>
        <source>Change Owner</source>
        <translation>Змінити відповідального</translation>
    </message>
</context>
<context>
    <name>waymark::JourneyScene</name>
    <message>
        <source>New card</source>
        <translation>Нова картка</translation>
    </message>
</context>
<context>
    <name>waymark::JourneyView</name>
    <message>
        <source>Journey canvas</source>
        <translation>Полотно шляху</translation>
    </message>
    <message>
        <source>Rename card</source>
        <translation>Перейменувати картку</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Перейменувати етап</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Перейменувати доріжку</translation>
    </message>
</context>
<context>
    <name>waymark::LaneDialog</name>
    <message>
        <source>Lane Properties</source>
        <translation>Властивості доріжки</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Customer and front-office lanes sit above the line of visibility; middle and back office below it</source>
        <translation>Доріжки клієнта й фронт-офісу розташовані над лінією видимості, мідл- і бек-офісу — під нею</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Бік:</translation>
    </message>
    <message>
        <source>(choose a department)</source>
        <translation>(виберіть підрозділ)</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Підрозділ:</translation>
    </message>
    <message>
        <source>Add departments with Journey → Departments… first</source>
        <translation>Спершу додайте підрозділи через Шлях → Підрозділи…</translation>
    </message>
    <message>
        <source>A lane needs a name.</source>
        <translation>Доріжці потрібна назва.</translation>
    </message>
    <message>
        <source>Choose the department this lane shows.</source>
        <translation>Виберіть підрозділ, який показує ця доріжка.</translation>
    </message>
    <message>
        <source>There are no departments yet: add them with Journey → Departments….</source>
        <translation>Підрозділів ще немає: додайте їх через Шлях → Підрозділи….</translation>
    </message>
    <message>
        <source>Change lane</source>
        <translation>Змінити доріжку</translation>
    </message>
</context>
<context>
    <name>waymark::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Мова системи</translation>
    </message>
</context>
<context>
    <name>waymark::LifetimeValueDialog</name>
    <message>
        <source>Lifetime Value and Churn</source>
        <translation>Пожиттєва цінність і відтік</translation>
    </message>
    <message>
        <source>This journey holds no purchases yet. Import them (customer, date, amount; CSV, Excel or JSON) and Waymark estimates each customer's lifetime value and the chance they are still a customer, with the BG/NBD or Pareto/NBD model and the Gamma-Gamma spend model.</source>
        <translation>У цьому шляху ще немає покупок. Імпортуйте їх (клієнт, дата, сума; CSV, Excel або JSON), і Waymark оцінить пожиттєву цінність кожного клієнта та ймовірність того, що він досі залишається клієнтом, за моделлю BG/NBD або Pareto/NBD і моделлю витрат Gamma-Gamma.</translation>
    </message>
    <message>
        <source>Import Purchases…</source>
        <translation>Імпортувати покупки…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Mean P(alive)</source>
        <translation>Середня P(alive)</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>Середня CLV</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Під загрозою</translation>
    </message>
    <message>
        <source>At risk: CLV if retained</source>
        <translation>Під загрозою: CLV за умови утримання</translation>
    </message>
    <message>
        <source>By NPS category and segment</source>
        <translation>За категоріями NPS і сегментами</translation>
    </message>
    <message>
        <source>Why customers leave</source>
        <translation>Чому клієнти йдуть</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Підгонка моделі</translation>
    </message>
    <message>
        <source>Calibration ends</source>
        <translation>Кінець калібрування</translation>
    </message>
    <message>
        <source>Purchases after this day are kept aside to check the forecast (the holdout). Unticked: the model learns from every purchase.</source>
        <translation>Покупки після цієї дати відкладаються для перевірки прогнозу (контрольна вибірка). Якщо прапорець знято, модель навчається на всіх покупках.</translation>
    </message>
    <message>
        <source>Lifetime value counts the purchases expected in this many months</source>
        <translation>Пожиттєва цінність враховує покупки, очікувані за цю кількість місяців</translation>
    </message>
    <message>
        <source>Annual discount rate: money a year from now is worth this much less than today</source>
        <translation>Річна ставка дисконтування: наскільки гроші через рік варті менше, ніж сьогодні</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дні</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>тижні</translation>
    </message>
    <message>
        <source>months</source>
        <translation>місяці</translation>
    </message>
    <message>
        <source>The unit the model measures time in; lifetime values do not depend on it</source>
        <translation>Одиниця, в якій модель вимірює час; на пожиттєву цінність вона не впливає</translation>
    </message>
    <message>
        <source>Horizon (months)</source>
        <translation>Горизонт (місяців)</translation>
    </message>
    <message>
        <source>Discount a year</source>
        <translation>Дисконт на рік</translation>
    </message>
    <message>
        <source>Time unit</source>
        <translation>Одиниця часу</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Стандартна похибка</translation>
    </message>
    <message>
        <source>Touchpoints where customers who are probably gone (P(alive) below %1) answered as detractors, with what those customers would be worth if won back.</source>
        <translation>Точки контакту, де клієнти, які, імовірно, пішли (P(alive) нижче %1), відповідали як критики, і скільки ці клієнти принесли б, якщо їх повернути.</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакту</translation>
    </message>
    <message>
        <source>CLV if retained</source>
        <translation>CLV за умови утримання</translation>
    </message>
    <message>
        <source>Select These Cards on the Map</source>
        <translation>Виділити ці картки на карті</translation>
    </message>
    <message>
        <source>Change Lifetime Value Model</source>
        <translation>Зміна моделі пожиттєвої цінності</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 customers, %3 of whom bought again, from %4 to %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: клієнтів — %2, з них повторно купили %3, з %4 по %5.</translation>
    </message>
    <message numerus="yes">
        <source>Lifetime value over the next %n month(s): &lt;b&gt;%1&lt;/b&gt; in all, %2 per customer on average.</source>
        <translation>
            <numerusform>Пожиттєва цінність за наступний %n місяць: усього &lt;b&gt;%1&lt;/b&gt;, у середньому %2 на клієнта.</numerusform>
            <numerusform>Пожиттєва цінність за наступні %n місяці: усього &lt;b&gt;%1&lt;/b&gt;, у середньому %2 на клієнта.</numerusform>
            <numerusform>Пожиттєва цінність за наступні %n місяців: усього &lt;b&gt;%1&lt;/b&gt;, у середньому %2 на клієнта.</numerusform>
        </translation>
    </message>
    <message>
        <source>On average a customer is still buying with a probability of %1; &lt;b&gt;%2&lt;/b&gt; valuable customers are probably gone (at risk), worth %3 if won back.</source>
        <translation>У середньому клієнт і далі купує з імовірністю %1; цінних клієнтів, які, імовірно, пішли (під загрозою): &lt;b&gt;%2&lt;/b&gt;, якщо їх повернути, вони принесуть %3.</translation>
    </message>
    <message>
        <source>%1 fits these purchases better (log-likelihood %2 against %3).</source>
        <translation>%1 краще описує ці покупки (логарифм правдоподібності %2 проти %3).</translation>
    </message>
    <message>
        <source>Rows: %1 used before the calibration end, %2 after it (the holdout); %3 returns or refunds (negative amounts) left out; %4 worth 0 and %5 repeated rows kept; %6 customers first bought after the calibration end and are not modelled.</source>
        <translation>Рядки: %1 використано до кінця калібрування, %2 — після нього (контрольна вибірка); %3 повернень (від'ємні суми) не враховано; %4 із сумою 0 і %5 повторюваних рядків збережено; %6 клієнтів уперше купили після кінця калібрування і не моделюються.</translation>
    </message>
    <message>
        <source>log-likelihood</source>
        <translation>логарифм правдоподібності</translation>
    </message>
    <message numerus="yes">
        <source>Gamma-Gamma spend (%n repeat buyer(s))</source>
        <translation>
            <numerusform>Витрати Gamma-Gamma (%n повторний покупець)</numerusform>
            <numerusform>Витрати Gamma-Gamma (%n повторні покупці)</numerusform>
            <numerusform>Витрати Gamma-Gamma (%n повторних покупців)</numerusform>
        </translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Усі клієнти</translation>
    </message>
    <message>
        <source>No NPS answer</source>
        <translation>Немає відповіді NPS</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Сегмент: %1</translation>
    </message>
    <message>
        <source>At risk: P(alive) below %1 and, if retained, worth at least %2 (the top quarter of customers).</source>
        <translation>Під загрозою: P(alive) нижче %1 і CLV за умови утримання щонайменше %2 (верхня чверть клієнтів).</translation>
    </message>
    <message>
        <source>%1 (no card has this data key)</source>
        <translation>%1 (жодна картка не має такого ключа даних)</translation>
    </message>
    <message>
        <source>Import NPS answers with customer ids to see where leaving customers were detractors.</source>
        <translation>Імпортуйте відповіді NPS з ідентифікаторами клієнтів, щоб побачити, де клієнти, що йдуть, були критиками.</translation>
    </message>
    <message>
        <source>Holdout after the calibration end: %1 repeat purchases happened, the model expected %2 (%3).</source>
        <translation>Контрольна вибірка після кінця калібрування: здійснено повторних покупок — %1, модель очікувала %2 (%3).</translation>
    </message>
    <message>
        <source>No holdout: set a calibration end before the last purchase to check the forecast against what happened.</source>
        <translation>Контрольної вибірки немає: задайте кінець калібрування раніше за останню покупку, щоб порівняти прогноз із тим, що сталося.</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers… The NPS categories appear here when they are read.</source>
        <translation>Читаємо %L1 відповідей опитування… Категорії NPS з’являться тут, щойно відповіді буде прочитано.</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value model to %L1 customers…</source>
        <translation>Модель пожиттєвої цінності підбирається за даними клієнтів (%L1)…</translation>
    </message>
</context>
<context>
    <name>waymark::LinkedJourneyField</name>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Link a journey file that details this step (a sub-journey)</source>
        <translation>Пов'язати файл шляху, який деталізує цей крок (вкладений шлях)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Open the linked journey</source>
        <translation>Відкрити пов'язаний шлях</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Remove the link (the linked file stays)</source>
        <translation>Вилучити посилання (пов'язаний файл залишиться)</translation>
    </message>
    <message>
        <source>None: link a journey that details this step.</source>
        <translation>Немає: пов'яжіть шлях, який деталізує цей крок.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n card(s), customer time %3</source>
        <translation>
            <numerusform>%1 (%2): %n картка, час клієнта %3</numerusform>
            <numerusform>%1 (%2): %n картки, час клієнта %3</numerusform>
            <numerusform>%1 (%2): %n карток, час клієнта %3</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS %1 ± %2</source>
        <translation>NPS %1 ± %2</translation>
    </message>
    <message>
        <source>Cannot follow the link: %1</source>
        <translation>Не вдається перейти за посиланням: %1</translation>
    </message>
    <message>
        <source>Link a Journey</source>
        <translation>Пов'язати шлях</translation>
    </message>
    <message>
        <source>Save this journey first: the link is kept relative to its folder, so the folder can move.</source>
        <translation>Спершу збережіть цей шлях: посилання зберігається відносно його теки, щоб теку можна було переміщувати.</translation>
    </message>
    <message>
        <source>Journeys (*.waymark *.waymark.json)</source>
        <translation>Шляхи (*.waymark *.waymark.json)</translation>
    </message>
    <message>
        <source>A card cannot link to the journey it is on.</source>
        <translation>Картка не може посилатися на шлях, у якому вона розташована.</translation>
    </message>
</context>
<context>
    <name>waymark::LockControls</name>
    <message>
        <source>Lock &amp;Lane</source>
        <translation>Заблокувати &amp;доріжку</translation>
    </message>
    <message>
        <source>Lock &amp;Stage</source>
        <translation>Заблокувати &amp;етап</translation>
    </message>
    <message>
        <source>&amp;Freeze the Board</source>
        <translation>&amp;Заморозити дошку</translation>
    </message>
    <message>
        <source>Only the facilitator locks lanes and stages and freezes the board</source>
        <translation>Блокувати доріжки й етапи та заморожувати дошку може лише фасилітатор</translation>
    </message>
    <message>
        <source>Click a cell first: the lock is for its lane or stage</source>
        <translation>Спершу клацніть клітинку: блокується її доріжка або етап</translation>
    </message>
    <message>
        <source>Unlock “%1”</source>
        <translation>Зняти блокування з «%1»</translation>
    </message>
    <message>
        <source>Only the facilitators and the lane's department may change the cards in “%1”</source>
        <translation>Картки в «%1» зможуть змінювати лише фасилітатори й відділ доріжки</translation>
    </message>
    <message>
        <source>You are a facilitator: you may change them.</source>
        <translation>Ви фасилітатор: вам можна їх змінювати.</translation>
    </message>
    <message>
        <source>Freeze the Board</source>
        <translation>Заморозити дошку</translation>
    </message>
    <message>
        <source>Lock Lane</source>
        <translation>Заблокувати доріжку</translation>
    </message>
    <message>
        <source>Lock Stage</source>
        <translation>Заблокувати етап</translation>
    </message>
    <message>
        <source>Why? Everyone sees it (you may leave it empty):</source>
        <translation>Чому? Це побачать усі (можна лишити порожнім):</translation>
    </message>
    <message>
        <source>Not locked: %1</source>
        <translation>Не заблоковано: %1</translation>
    </message>
    <message>
        <source>%1 froze the board.</source>
        <translation>%1 заморозив(ла) дошку.</translation>
    </message>
    <message>
        <source>%1 unfroze the board.</source>
        <translation>%1 розморозив(ла) дошку.</translation>
    </message>
    <message>
        <source>%1 locked the lane “%2”.</source>
        <translation>%1 заблокував(ла) доріжку «%2».</translation>
    </message>
    <message>
        <source>%1 unlocked the lane “%2”.</source>
        <translation>%1 зняв(ла) блокування з доріжки «%2».</translation>
    </message>
    <message>
        <source>%1 locked the stage “%2”.</source>
        <translation>%1 заблокував(ла) етап «%2».</translation>
    </message>
    <message>
        <source>%1 unlocked the stage “%2”.</source>
        <translation>%1 зняв(ла) блокування з етапу «%2».</translation>
    </message>
</context>
<context>
    <name>waymark::LockVeil</name>
    <message>
        <source>Frozen by %1%2</source>
        <translation>Заморожено: %1%2</translation>
    </message>
    <message>
        <source>Locked by %1%2</source>
        <translation>Заблоковано: %1%2</translation>
    </message>
    <message>
        <source>Only facilitators may change the board while it is frozen.</source>
        <translation>Поки дошку заморожено, змінювати її можуть лише фасилітатори.</translation>
    </message>
    <message>
        <source>Only facilitators and the lane's department may change the cards here.</source>
        <translation>Картки тут можуть змінювати лише фасилітатори й відділ цієї доріжки.</translation>
    </message>
</context>
<context>
    <name>waymark::MainWindow</name>
    <message>
        <source>Waymark journeys (*.waymark)</source>
        <translation>Шляхи Waymark (*.waymark)</translation>
    </message>
    <message>
        <source>Waymark JSON (*.waymark.json *.json)</source>
        <translation>Waymark JSON (*.waymark.json *.json)</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Новий шлях</translation>
    </message>
    <message>
        <source>Aware</source>
        <translation>Знайомство</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Підключення</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Використання</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Відхід</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Дії клієнта</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Точки контакту</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Бек-офіс</translation>
    </message>
    <message>
        <source>Double-click to edit the title, scenario and persona</source>
        <translation>Двічі клацніть, щоб змінити назву, сценарій і персону</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Створити</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Нове &amp;вікно</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Н&amp;едавні</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Зберегти &amp;як…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Імпорт JSON…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Експорт JSON…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Шлях</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About Waymark</source>
        <translation>&amp;Про Waymark</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>%1[*] — Waymark</source>
        <translation>%1[*] — Waymark</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>Персони: %1</translation>
    </message>
    <message>
        <source>Could not open the journey</source>
        <translation>Не вдалося відкрити шлях</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Відкрито %1</translation>
    </message>
    <message>
        <source>Could not save the journey</source>
        <translation>Не вдалося зберегти шлях</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Збережено %1</translation>
    </message>
    <message>
        <source>Open journey</source>
        <translation>Відкрити шлях</translation>
    </message>
    <message>
        <source>Save journey as</source>
        <translation>Зберегти шлях як</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>Імпорт JSON</translation>
    </message>
    <message>
        <source>Could not import the journey</source>
        <translation>Не вдалося імпортувати шлях</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Експорт JSON</translation>
    </message>
    <message>
        <source>Could not export the journey</source>
        <translation>Не вдалося експортувати шлях</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Експортовано %1</translation>
    </message>
    <message>
        <source>About Waymark</source>
        <translation>Про Waymark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;Customer journey maps for workshops: map the journey together, see where it hurts the customer, and put numbers on it.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;Карти шляху клієнта для воркшопів: складайте карту разом, бачте, де клієнтові болить, і підкріплюйте це цифрами.&lt;/p&gt;&lt;p&gt;Зібрано з Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Файл не знайдено</translation>
    </message>
    <message>
        <source>%1 no longer exists. It was removed from the recent files.</source>
        <translation>%1 більше не існує. Його вилучено зі списку недавніх файлів.</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Очистити список</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>У «%1» є незбережені зміни. Зберегти їх?</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Шлях без назви</translation>
    </message>
    <message>
        <source>Waymark closed without saving changes to the journey “%1”, which had never been saved to a file.
The changes were kept at %2.

Recover them?</source>
        <translation>Waymark закрився, не зберігши зміни в шляху «%1», який ще жодного разу не зберігався у файл.
Зміни збережено в %2.

Відновити їх?</translation>
    </message>
    <message>
        <source>Waymark closed without saving changes to the journey “%1” in %2.
The changes were kept at %3.

Recover them?</source>
        <translation>Waymark закрився, не зберігши зміни в шляху «%1» у %2.
Зміни збережено в %3.

Відновити їх?</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Відновити незбережені зміни?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Відкинути</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Пізніше</translation>
    </message>
    <message>
        <source>Could not recover the journey</source>
        <translation>Не вдалося відновити шлях</translation>
    </message>
    <message>
        <source>Show &amp;CLV at Risk on the Map</source>
        <translation>Показувати &amp;CLV під загрозою на карті</translation>
    </message>
    <message>
        <source>On each card, the lifetime value of the customers who were detractors there (needs NPS and CLV data)</source>
        <translation>На кожній картці — пожиттєва цінність клієнтів, які були там критиками (потрібні дані NPS і CLV)</translation>
    </message>
    <message>
        <source>No card has the data key “%1”.</source>
        <translation>Жодна картка не має ключа даних «%1».</translation>
    </message>
    <message>
        <source>Import Customer Lifetime Values</source>
        <translation>Імпорт пожиттєвої цінності клієнтів</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) from %1</source>
        <translation>
            <numerusform>Імпортовано %Ln рядок з %1</numerusform>
            <numerusform>Імпортовано %Ln рядки з %1</numerusform>
            <numerusform>Імпортовано %Ln рядків з %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Експорт у &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;Image (PNG, SVG)…</source>
        <translation>Експорт &amp;зображення (PNG, SVG)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Попередній перегляд…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s)</source>
        <translation>
            <numerusform>Експортовано %Ln сторінку</numerusform>
            <numerusform>Експортовано %Ln сторінки</numerusform>
            <numerusform>Експортовано %Ln сторінок</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Експорт зображення</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Зображення PNG (*.png);;Малюнок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Scale (1 = as on screen at 100 %, 2 = sharp on slides, 3.1 = 300 dpi print; at most %1):</source>
        <translation>Масштаб (1 — як на екрані при 100 %, 2 — чітко на слайдах, 3,1 — друк 300 dpi; не більше %1):</translation>
    </message>
    <message>
        <source>The new language applies when you start Waymark again.</source>
        <translation>Нова мова застосується після перезапуску Waymark.</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Workshop</source>
        <translation>Відкрити &amp;приклад воркшопу</translation>
    </message>
    <message>
        <source>Could not open the sample workshop</source>
        <translation>Не вдалося відкрити приклад воркшопу</translation>
    </message>
    <message>
        <source>%1[*] (review) — Waymark</source>
        <translation>%1[*] (рецензування) — Waymark</translation>
    </message>
    <message>
        <source>Review mode: the map is read-only; add comments in the Comments dock. Open the file normally to change the map.</source>
        <translation>Режим рецензування: карта доступна лише для читання; додавайте коментарі на панелі «Коментарі». Щоб змінити карту, відкрийте файл у звичайному режимі.</translation>
    </message>
    <message>
        <source>Open for Re&amp;view…</source>
        <translation>Відкрити для &amp;рецензування…</translation>
    </message>
    <message>
        <source>Open journey for review</source>
        <translation>Відкрити шлях для рецензування</translation>
    </message>
    <message>
        <source>Waymark journeys (*.waymark *.waymark.json)</source>
        <translation>Шляхи Waymark (*.waymark *.waymark.json)</translation>
    </message>
    <message>
        <source>Read a workshop's result and comment on it without changing the map</source>
        <translation>Переглянути результат воркшопу й прокоментувати його, не змінюючи карти</translation>
    </message>
    <message>
        <source>Compare with &amp;Earlier Version…</source>
        <translation>Порівняти з &amp;попередньою версією…</translation>
    </message>
    <message>
        <source>Review mode: “%1” was not done; the map is read-only. Comments are welcome.</source>
        <translation>Режим рецензування: дію «%1» не виконано — карта доступна лише для читання. Коментарі вітаються.</translation>
    </message>
    <message>
        <source>Compare with an earlier version</source>
        <translation>Порівняти з попередньою версією</translation>
    </message>
    <message>
        <source>Could not read the earlier version</source>
        <translation>Не вдалося прочитати попередню версію</translation>
    </message>
    <message>
        <source>%1 holds a different journey: every card shows as added or removed.</source>
        <translation>%1 містить інший шлях: усі картки показано як додані або видалені.</translation>
    </message>
    <message>
        <source>There is no participant %1: add people in the Workshop dock.</source>
        <translation>Учасника %1 немає: додайте людей на панелі «Воркшоп».</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Презентація</translation>
    </message>
    <message>
        <source>Full screen, stage by stage (Page Down / Page Up), for the projector; Esc leaves</source>
        <translation>На весь екран, етап за етапом (Page Down / Page Up), для проєктора; Esc — вихід</translation>
    </message>
    <message>
        <source>Show Survey &amp;Figures on the Map</source>
        <translation>Показувати результати &amp;опитувань на карті</translation>
    </message>
    <message>
        <source>Badges on cards and stages from the newest dataset of the chosen metric (grey and hatched for small samples)</source>
        <translation>Позначки на картках і етапах з найновішого набору даних вибраної метрики (сірі й заштриховані, якщо вибірка мала)</translation>
    </message>
    <message>
        <source>Figures on the &amp;Map</source>
        <translation>Показники на &amp;карті</translation>
    </message>
    <message>
        <source>Import Survey Answers</source>
        <translation>Імпорт відповідей на опитування</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.json *.ndjson *.xlsx);;All files (*)</source>
        <translation>Файли даних (*.csv *.tsv *.txt *.json *.ndjson *.xlsx);;Усі файли (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s) created from the vote: fill in their costs and effects in the Opportunities dock.</source>
        <translation>
            <numerusform>За результатами голосування створено %n можливість: заповніть витрати й ефекти на панелі «Можливості».</numerusform>
            <numerusform>За результатами голосування створено %n можливості: заповніть витрати й ефекти на панелі «Можливості».</numerusform>
            <numerusform>За результатами голосування створено %n можливостей: заповніть витрати й ефекти на панелі «Можливості».</numerusform>
        </translation>
    </message>
    <message>
        <source>New Opport&amp;unity…</source>
        <translation>Нова &amp;можливість…</translation>
    </message>
    <message>
        <source>An improvement for the business case: what it costs and what it changes on the map</source>
        <translation>Покращення для бізнес-кейсу: скільки воно коштує і що змінює на карті</translation>
    </message>
    <message>
        <source>&amp;Business Settings…</source>
        <translation>&amp;Бізнес-параметри…</translation>
    </message>
    <message>
        <source>Customers per year, value of the customer's hour, cost per contact, horizon and discount rate</source>
        <translation>Клієнти на рік, вартість години клієнта, вартість контакту, горизонт і ставка дисконтування</translation>
    </message>
    <message>
        <source>Review mode: opportunities cannot be added; the journey is read-only.</source>
        <translation>Режим рецензування: додавати можливості не можна; шлях доступний лише для читання.</translation>
    </message>
    <message>
        <source>These cards are not on today's map: only today's cards can be linked to an opportunity.</source>
        <translation>Цих карток немає на поточній карті: з можливістю можна пов'язати лише картки поточного стану.</translation>
    </message>
    <message>
        <source>Journey &amp;State</source>
        <translation>&amp;Стан шляху</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сьогодні</translation>
    </message>
    <message>
        <source>The journey as customers live it today</source>
        <translation>Шлях, яким клієнти проходять його сьогодні</translation>
    </message>
    <message>
        <source>Ctrl+Alt+1</source>
        <translation>Ctrl+Alt+1</translation>
    </message>
    <message>
        <source>&amp;Future</source>
        <translation>&amp;Цільовий стан</translation>
    </message>
    <message>
        <source>The journey with the chosen scenario's opportunities applied</source>
        <translation>Шлях із застосованими можливостями вибраного сценарію</translation>
    </message>
    <message>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <source>&amp;Compare Today and Future</source>
        <translation>По&amp;рівняти сьогодні й цільовий стан</translation>
    </message>
    <message>
        <source>The future map with what changes marked: effort today on changed cards, removed and new steps</source>
        <translation>Цільова карта з позначеними змінами: поточні зусилля на змінених картках, видалені й нові кроки</translation>
    </message>
    <message>
        <source>Ctrl+Alt+3</source>
        <translation>Ctrl+Alt+3</translation>
    </message>
    <message>
        <source>The future state is a preview of the chosen scenario: switch to Today (Ctrl+Alt+1) to edit the map.</source>
        <translation>Цільовий стан — це попередній перегляд вибраного сценарію: щоб редагувати карту, перейдіть до «Сьогодні» (Ctrl+Alt+1).</translation>
    </message>
    <message>
        <source>every opportunity</source>
        <translation>всіх можливостей</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Future state after %1</source>
        <translation>Цільовий стан після %1</translation>
    </message>
    <message>
        <source>Comparing today with the future after %1</source>
        <translation>Порівняння поточного стану з цільовим після %1</translation>
    </message>
    <message>
        <source>A read-only preview. Switch back with View → Journey State → Today (Ctrl+Alt+1).</source>
        <translation>Попередній перегляд лише для читання. Повернутися: Вигляд → Стан шляху → Сьогодні (Ctrl+Alt+1).</translation>
    </message>
    <message>
        <source>Reload the journey?</source>
        <translation>Перезавантажити шлях?</translation>
    </message>
    <message>
        <source>Reload “%1” from disk? Your changes since the last save are lost.</source>
        <translation>Перезавантажити «%1» з диска? Зміни, внесені після останнього збереження, буде втрачено.</translation>
    </message>
    <message>
        <source>“%1” was removed or renamed on disk by another program. Save writes it again. &lt;a href="hide"&gt;Hide&lt;/a&gt;</source>
        <translation>Файл «%1» видалено або перейменовано іншою програмою. Під час збереження його буде записано знову. &lt;a href="hide"&gt;Сховати&lt;/a&gt;</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program. &lt;a href="reload"&gt;Reload it&lt;/a&gt; to see those changes (your changes since the last save are lost), or keep working: Save asks before overwriting them. &lt;a href="hide"&gt;Hide&lt;/a&gt;</source>
        <translation>Файл «%1» змінено на диску іншою програмою. &lt;a href="reload"&gt;Перезавантажте його&lt;/a&gt;, щоб побачити ці зміни (ваші зміни після останнього збереження буде втрачено), або продовжуйте роботу: під час збереження Waymark запитає, чи перезаписувати чужі зміни. &lt;a href="hide"&gt;Сховати&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The journey's file was removed on disk.</source>
        <translation>Файл шляху видалено з диска.</translation>
    </message>
    <message>
        <source>The journey's file changed on disk.</source>
        <translation>Файл шляху змінено на диску.</translation>
    </message>
    <message>
        <source>The file changed on disk</source>
        <translation>Файл змінено на диску</translation>
    </message>
    <message>
        <source>%1

It may hold an import or another person's edits. What should happen?</source>
        <translation>%1

Можливо, у ньому імпортовані дані або правки іншої людини. Що зробити?</translation>
    </message>
    <message>
        <source>Reload: open the file as it is now; your changes since the last save are lost.
Save As: keep both, yours in a new file.
Overwrite: replace the file with yours; the other changes are lost.</source>
        <translation>Перезавантажити: відкрити файл у теперішньому вигляді; ваші зміни після останнього збереження буде втрачено.
Зберегти як: зберегти обидві версії, вашу — в новому файлі.
Перезаписати: замінити файл вашою версією; інші зміни буде втрачено.</translation>
    </message>
    <message>
        <source>Reload (Lose My Changes)</source>
        <translation>Перезавантажити (втратити мої зміни)</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Зберегти як…</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Перезаписати</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Дані</translation>
    </message>
    <message>
        <source>Import &amp;Survey…</source>
        <translation>Імпорт &amp;опитування…</translation>
    </message>
    <message>
        <source>Survey answers of any metric (NPS, CSAT, CES, audits, eNPS, any number) from CSV, TSV, JSON or Excel</source>
        <translation>Відповіді опитувань за будь-якою метрикою (NPS, CSAT, CES, аудити, eNPS, будь-яке число) з CSV, TSV, JSON або Excel</translation>
    </message>
    <message>
        <source>Import C&amp;LV…</source>
        <translation>Імпорт C&amp;LV…</translation>
    </message>
    <message>
        <source>Customer lifetime values from CSV, TSV, JSON or Excel</source>
        <translation>Пожиттєва цінність клієнтів з CSV, TSV, JSON або Excel</translation>
    </message>
    <message>
        <source>&amp;Goals…</source>
        <translation>&amp;Цілі…</translation>
    </message>
    <message>
        <source>Goals per segment and a benchmark for the metric the data dock shows</source>
        <translation>Цілі за сегментами та бенчмарк для метрики, яку показує панель даних</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Відкрити &amp;теку…</translation>
    </message>
    <message>
        <source>Every journey of a folder at a glance: owner, NPS, CLV at risk, opportunities</source>
        <translation>Усі шляхи теки з першого погляду: відповідальний, NPS, CLV під загрозою, можливості</translation>
    </message>
    <message>
        <source>Import Purchases</source>
        <translation>Імпорт покупок</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; Waymark imports purchase files of at most %3 MiB.</source>
        <translation>Розмір %1 — %2 MiB; Waymark імпортує файли покупок розміром не більше %3 MiB.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>Не вдається імпортувати %1: %2</translation>
    </message>
    <message>
        <source>%1 purchases of %2 customers will be imported from %3.</source>
        <translation>З %3 буде імпортовано покупок: %1, клієнтів: %2.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read and will be left out (see Details).</source>
        <translation>
            <numerusform>%n рядок не вдається прочитати, його буде пропущено (див. подробиці).</numerusform>
            <numerusform>%n рядки не вдається прочитати, їх буде пропущено (див. подробиці).</numerusform>
            <numerusform>%n рядків не вдається прочитати, їх буде пропущено (див. подробиці).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln purchase(s) from %1</source>
        <translation>
            <numerusform>Імпортовано %Ln покупку з %1</numerusform>
            <numerusform>Імпортовано %Ln покупки з %1</numerusform>
            <numerusform>Імпортовано %Ln покупок з %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;Purchases…</source>
        <translation>Імпорт &amp;покупок…</translation>
    </message>
    <message>
        <source>Purchases (customer, date, amount) for the lifetime value and churn model</source>
        <translation>Покупки (клієнт, дата, сума) для моделі пожиттєвої цінності та відтоку</translation>
    </message>
    <message>
        <source>Lifetime &amp;Value and Churn…</source>
        <translation>Пожиттєва цінність і &amp;відтік…</translation>
    </message>
    <message>
        <source>Each customer's lifetime value and the chance they are still buying, modelled from purchases</source>
        <translation>Пожиттєва цінність кожного клієнта та ймовірність того, що він досі купує, за моделлю на основі покупок</translation>
    </message>
    <message>
        <source>Open a Folder of Journeys</source>
        <translation>Відкрити теку зі шляхами</translation>
    </message>
    <message>
        <source>No card's comments use this term distinctly often.</source>
        <translation>У жодній картці коментарі не вживають цей термін помітно частіше.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) selected where customers use this term distinctly often.</source>
        <translation>
            <numerusform>Виділено %n картку, де клієнти помітно частіше вживають цей термін.</numerusform>
            <numerusform>Виділено %n картки, де клієнти помітно частіше вживають цей термін.</numerusform>
            <numerusform>Виділено %n карток, де клієнти помітно частіше вживають цей термін.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Co&amp;mments</source>
        <translation>Показати ко&amp;ментарі</translation>
    </message>
    <message>
        <source>What the customers who answered at this card wrote, and the words that set it apart</source>
        <translation>Що написали клієнти, які відповіли в цій картці, і слова, що її вирізняють</translation>
    </message>
    <message>
        <source>Show Top &amp;Complaint on Cards</source>
        <translation>Показувати головну &amp;скаргу на картках</translation>
    </message>
    <message>
        <source>On each card, the word its detractors' comments use most distinctly</source>
        <translation>На кожній картці — слово, яке критики вживають у коментарях помітно частіше за все</translation>
    </message>
    <message>
        <source>The words that set a card's, stage's or segment's comments apart, and the sentences behind them</source>
        <translation>Слова, що вирізняють коментарі картки, етапу або сегмента, і фрази, в яких вони трапляються</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Створити з &amp;шаблону…</translation>
    </message>
    <message>
        <source>Save as Te&amp;mplate…</source>
        <translation>Зберегти як ша&amp;блон…</translation>
    </message>
    <message>
        <source>Could not create a journey from the template</source>
        <translation>Не вдалося створити шлях із шаблону</translation>
    </message>
    <message>
        <source>A new journey from the template "%1": rename, add and remove anything, then save it.</source>
        <translation>Новий шлях за шаблоном «%1»: перейменовуйте, додавайте й вилучайте що завгодно, потім збережіть його.</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Зберегти як шаблон</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Назва шаблону:</translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation>Не вдалося зберегти шаблон</translation>
    </message>
    <message>
        <source>Saved the template "%1" without survey data, votes, comments or the business case (%2); File → New from Template… offers it.</source>
        <translation>Шаблон «%1» збережено без даних опитувань, голосувань, коментарів і бізнес-кейсу (%2); він доступний у меню Файл → Створити з шаблону…</translation>
    </message>
    <message>
        <source>Edit the selected card's effort, department and notes; Escape goes back to the map</source>
        <translation>Змінити зусилля, відділ і нотатки виділеної картки; Esc повертає до карти</translation>
    </message>
    <message>
        <source>Card Pr&amp;operties</source>
        <translation>Властивост&amp;і картки</translation>
    </message>
    <message>
        <source>Show &amp;Evidence on the Map</source>
        <translation>Показати підстав&amp;и на карті</translation>
    </message>
    <message>
        <source>A mark on each card: what it rests on — an assumption, workshop knowledge, research or measured data (%1 answers or more to its data key)</source>
        <translation>Позначка на кожній картці: на чому вона ґрунтується — припущення, знання учасників воркшопу, дослідження чи виміряні дані (щонайменше %1 відповідей за її ключем даних)</translation>
    </message>
    <message>
        <source>%1[*] — shared on %2 — Waymark</source>
        <translation>%1[*] — спільний шлях на %2 — Waymark</translation>
    </message>
    <message>
        <source>P&amp;ublish to Server…</source>
        <translation>Оп&amp;ублікувати на сервері…</translation>
    </message>
    <message>
        <source>Put this journey on your company's PostgreSQL server so that everyone edits it live</source>
        <translation>Розмістити шлях на сервері PostgreSQL вашої компанії, щоб усі редагували його одночасно</translation>
    </message>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation>Від&amp;крити із сервера…</translation>
    </message>
    <message>
        <source>Open a journey shared on a PostgreSQL server and edit it live with the others</source>
        <translation>Відкрити шлях із сервера PostgreSQL і редагувати його разом з іншими</translation>
    </message>
    <message>
        <source>Published to %1: this window now shows the shared journey, and every change goes to the server. Others open it with File → Open from Server….</source>
        <translation>Опубліковано на %1: тепер у цьому вікні відкрито спільний шлях, і кожна зміна йде на сервер. Інші відкриють його через Файл → Відкрити із сервера….</translation>
    </message>
    <message>
        <source>Opened “%1” from %2.</source>
        <translation>Відкрито «%1» із %2.</translation>
    </message>
    <message>
        <source>Could not open the shared journey</source>
        <translation>Не вдалося відкрити спільний шлях</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL URL: %2
Write it as postgresql://HOST[:PORT]/DATABASE.</source>
        <translation>«%1» — не адреса PostgreSQL: %2
Запишіть її як postgresql://ХОСТ[:ПОРТ]/БАЗА.</translation>
    </message>
    <message>
        <source>“%1” is not a journey id. `waymark server list %2` shows the journeys there and their ids.</source>
        <translation>«%1» — не ідентифікатор шляху. `waymark server list %2` покаже шляхи на сервері та їхні ідентифікатори.</translation>
    </message>
    <message numerus="yes">
        <source>Connection to %1 lost — trying again in %n s</source>
        <translation>
            <numerusform>Зв’язок із %1 втрачено — повтор через %n с</numerusform>
            <numerusform>Зв’язок із %1 втрачено — повтор через %n с</numerusform>
            <numerusform>Зв’язок із %1 втрачено — повтор через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 again; the changes made meanwhile are on the map.</source>
        <translation>Знову під’єднано до %1; зміни, зроблені за цей час, уже на карті.</translation>
    </message>
    <message>
        <source>● Shared on %1</source>
        <translation>● Спільний шлях на %1</translation>
    </message>
    <message>
        <source>Every change goes to the server and reaches everyone who has the journey open.
You: %1 — %2</source>
        <translation>Кожна зміна йде на сервер і доходить до всіх, у кого відкрито цей шлях.
Ви: %1 — %2</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Не скасовано: %1</translation>
    </message>
    <message>
        <source>Save a copy of the shared journey</source>
        <translation>Зберегти копію спільного шляху</translation>
    </message>
    <message>
        <source>Waymark journeys (*.waymark);;Waymark JSON (*.waymark.json *.json)</source>
        <translation>Шляхи Waymark (*.waymark);;Waymark JSON (*.waymark.json *.json)</translation>
    </message>
    <message>
        <source>Saved a copy to %1; the journey stays shared on %2.</source>
        <translation>Копію збережено в %1; шлях залишається спільним на %2.</translation>
    </message>
    <message>
        <source>The card's pictures, large: photos of the wall, screenshots, letters</source>
        <translation>Зображення картки великим планом: фото стіни, знімки екрана, листи</translation>
    </message>
    <message>
        <source>Attach pictures from files to the selected card (or paste one with Ctrl+V, or drop files on it)</source>
        <translation>Прикріпити зображення з файлів до вибраної картки (або вставте зображення через Ctrl+V, або перетягніть файли на картку)</translation>
    </message>
    <message>
        <source>Show P&amp;ictures</source>
        <translation>Показати &amp;зображення</translation>
    </message>
    <message>
        <source>&amp;Add Pictures…</source>
        <translation>&amp;Додати зображення…</translation>
    </message>
    <message>
        <source>&amp;Refresh from Server</source>
        <translation>Онов&amp;ити з сервера</translation>
    </message>
    <message>
        <source>Count the answers of the datasets that stay in PostgreSQL anew (waymark import … postgresql://…)</source>
        <translation>Заново підрахувати відповіді наборів даних, що зберігаються в PostgreSQL (waymark import … postgresql://…)</translation>
    </message>
    <message>
        <source>This journey has no data from a server to refresh.</source>
        <translation>У цьому шляху немає даних із сервера, які можна оновити.</translation>
    </message>
    <message numerus="yes">
        <source>Counting %n dataset(s) on the server…</source>
        <translation>
            <numerusform>Підрахунок %n набору даних на сервері…</numerusform>
            <numerusform>Підрахунок %n наборів даних на сервері…</numerusform>
            <numerusform>Підрахунок %n наборів даних на сервері…</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh data from the server</source>
        <translation>Оновити дані із сервера</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) refreshed from the server.</source>
        <translation>
            <numerusform>Із сервера оновлено %n набір даних.</numerusform>
            <numerusform>Із сервера оновлено %n набори даних.</numerusform>
            <numerusform>Із сервера оновлено %n наборів даних.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh from Server</source>
        <translation>Оновлення із сервера</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Keep working: your changes are kept on this laptop and sent when the connection is back.</source>
        <translation>Зв’язок із сервером втрачено. Працюйте далі: зміни зберігаються на цьому ноутбуці й підуть на сервер, коли зв’язок повернеться.</translation>
    </message>
    <message numerus="yes">
        <source>● %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>● %n зміна чекає на надсилання</numerusform>
            <numerusform>● %n зміни чекають на надсилання</numerusform>
            <numerusform>● %n змін чекають на надсилання</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept on this laptop until the server takes them.</source>
        <translation>Зберігаються на цьому ноутбуці, доки сервер їх не прийме.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n change(s) kept on this laptop</source>
        <translation>
            <numerusform>%1 — %n зміна зберігається на цьому ноутбуці</numerusform>
            <numerusform>%1 — %n зміни зберігаються на цьому ноутбуці</numerusform>
            <numerusform>%1 — %n змін зберігаються на цьому ноутбуці</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Відкривається %1…</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Експорт %1…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Зберігається %1…</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>цей комп’ютер</translation>
    </message>
    <message>
        <source>this computer (%1)</source>
        <translation>цей комп’ютер (%1)</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>ваше ім’я для входу в систему</translation>
    </message>
    <message>
        <source>a query (Show Details)</source>
        <translation>запит (див. «Показати деталі»)</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>таблиця %1</translation>
    </message>
    <message>
        <source>• “%1”: %2
   server %3, database %4, as %5</source>
        <translation>• «%1»: %2
   сервер %3, база даних %4, користувач %5</translation>
    </message>
    <message>
        <source>“%1”:</source>
        <translation>«%1»:</translation>
    </message>
    <message>
        <source>Read data from a server this journey names?</source>
        <translation>Прочитати дані із сервера, зазначеного в цій карті шляху?</translation>
    </message>
    <message>
        <source>Waymark connects as you, with your password from ~/.pgpass, reads only, and keeps the counts in this journey. Connect only if you know where this file comes from.</source>
        <translation>Waymark під’єднається від вашого імені, з вашим паролем із ~/.pgpass, лише читатиме й збереже підрахунки в цій карті шляху. Під’єднуйтеся, лише якщо знаєте, звідки цей файл.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Під’єднатися</translation>
    </message>
    <message>
        <source>Mem&amp;bers…</source>
        <translation>Ск&amp;лад підрозділів…</translation>
    </message>
    <message>
        <source>Who belongs to which department of the shared journey: they may still change their lanes while locked</source>
        <translation>Хто в якому підрозділі спільного шляху: вони можуть змінювати доріжки свого підрозділу й під час блокування</translation>
    </message>
    <message>
        <source>Only for a journey shared on a server</source>
        <translation>Лише для шляху, спільного через сервер</translation>
    </message>
    <message>
        <source>The members are saved on %1.</source>
        <translation>Склад підрозділів збережено на %1.</translation>
    </message>
    <message>
        <source>%1 changed who belongs to which department.</source>
        <translation>%1 змінив(ла) склад підрозділів.</translation>
    </message>
    <message>
        <source>Read-only: only facilitators change the members</source>
        <translation>Лише перегляд: склад підрозділів змінюють фасилітатори</translation>
    </message>
    <message>
        <source>%1[*] — offline copy of the journey shared on %2 — Waymark</source>
        <translation>%1[*] — копія без зв’язку шляху, спільного на %2 — Waymark</translation>
    </message>
    <message>
        <source>All survey answers read</source>
        <translation>Усі відповіді опитування прочитано</translation>
    </message>
    <message>
        <source>Survey answers of “%1”</source>
        <translation>Відповіді опитування «%1»</translation>
    </message>
    <message>
        <source>%1

It cannot be opened offline either: %2</source>
        <translation>%1

Відкрити його без зв’язку теж не можна: %2</translation>
    </message>
    <message numerus="yes">
        <source>Offline: this laptop's copy of %1 — trying the server again in %n s</source>
        <translation>
            <numerusform>Без зв’язку: копія з цього ноутбука від %1 — нова спроба зв’язатися із сервером через %n с</numerusform>
            <numerusform>Без зв’язку: копія з цього ноутбука від %1 — нова спроба зв’язатися із сервером через %n с</numerusform>
            <numerusform>Без зв’язку: копія з цього ноутбука від %1 — нова спроба зв’язатися із сервером через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not answer: this is the copy of the journey this laptop held. Keep working: your changes are kept here and sent when the server answers.</source>
        <translation>%1 не відповідає: це копія шляху, збережена на цьому ноутбуці. Працюйте далі: зміни зберігаються тут і підуть на сервер, щойно він відповість.</translation>
    </message>
    <message>
        <source>Not redone: %1</source>
        <translation>Не повторено: %1</translation>
    </message>
    <message>
        <source>Makes your newest undone change again on the server, unless someone changed that thing since</source>
        <translation>Знову вносить на сервер вашу останню скасовану зміну, якщо тільки ніхто не змінив те саме після скасування</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers before saving…</source>
        <translation>Перед збереженням читаємо %L1 відповідей опитування…</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers the PDF needs…</source>
        <translation>Читаємо %L1 відповідей опитування, потрібних для PDF…</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers the image needs…</source>
        <translation>Читаємо %L1 відповідей опитування, потрібних для зображення…</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers printing needs…</source>
        <translation>Читаємо %L1 відповідей опитування, потрібних для друку…</translation>
    </message>
    <message>
        <source>Takes back your own newest change on the server (a card, a lock, a vote, a comment, a dot placed or taken back), or while offline the newest one still waiting to be sent; others' changes stay</source>
        <translation>Скасовує вашу останню зміну на сервері (картка, блокування, голосування, коментар, поставлена чи знята крапка), а без зв'язку — останню ще не надіслану; зміни інших лишаються</translation>
    </message>
    <message>
        <source>Reading %L1 survey answers in the background (%2 %); the survey figures on the map are already complete, CLV at risk and comments follow…</source>
        <translation>Читаємо %L1 відповідей опитування у фоні (%2 %); показники опитування на карті вже повні, CLV під загрозою та коментарі з’являться слідом…</translation>
    </message>
</context>
<context>
    <name>waymark::MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation>Легенда карти</translation>
    </message>
    <message>
        <source>Fold or unfold the legend (View → Show Legend hides it)</source>
        <translation>Згорнути або розгорнути легенду (приховати її: Вигляд → Показати легенду)</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation>Показати &amp;легенду</translation>
    </message>
    <message>
        <source>Explain the marks on the map in a corner of the canvas</source>
        <translation>Пояснення позначок карти в куті полотна</translation>
    </message>
    <message>
        <source>Moment of truth: the customer decides here whether to stay.</source>
        <translation>Момент істини: тут клієнт вирішує, чи залишитися.</translation>
    </message>
    <message>
        <source>Pain point: this step hurts the customer.</source>
        <translation>Больова точка: цей крок завдає клієнтові незручностей.</translation>
    </message>
    <message>
        <source>Coloured left bar: the department that owns the step.</source>
        <translation>Кольорова смуга ліворуч: підрозділ, відповідальний за крок.</translation>
    </message>
    <message>
        <source>Numbered circle: the customer's negative emotion, 0 (calm, green) to 10 (upset, red).</source>
        <translation>Коло з числом: негативна емоція клієнта, від 0 (спокій, зелений) до 10 (роздратування, червоний).</translation>
    </message>
    <message>
        <source>Effort: the time (blue) and money (green) the step costs the customer.</source>
        <translation>Зусилля: час (синім) і гроші (зеленим), яких крок вартує клієнтові.</translation>
    </message>
    <message>
        <source>Survey figure for the card or stage, ± its 95 % margin, n answers: red worst, green best; grey and hatched: too few answers to trust.</source>
        <translation>Результат опитування для картки або етапу ± 95-відсоткова похибка, n відповідей: червоний — найгірший, зелений — найкращий; сірий зі штрихуванням — замало відповідей для надійної оцінки.</translation>
    </message>
    <message>
        <source>Lifetime value of the customers who were detractors at this card.</source>
        <translation>Пожиттєва цінність клієнтів, які були критиками в цій картці.</translation>
    </message>
    <message>
        <source>Violet ring: a card the open vote is about; click it to place a dot.</source>
        <translation>Фіолетове кільце: картка, щодо якої триває голосування; клацніть її, щоб поставити крапку.</translation>
    </message>
    <message>
        <source>Dots: the vote, in each voter's colour.</source>
        <translation>Крапки: голоси, кольором кожного учасника.</translation>
    </message>
    <message>
        <source>Dot on a card's corner: who wrote it, in their colour.</source>
        <translation>Крапка в куті картки: автор картки, його кольором.</translation>
    </message>
    <message>
        <source>Speech bubble: open comment threads on the card.</source>
        <translation>Хмарка: відкриті обговорення в картці.</translation>
    </message>
    <message>
        <source>Heatmap: %1, worst figure red; cards without answers stay white.</source>
        <translation>Теплова карта: %1, найгірше значення — червоне; картки без відповідей залишаються білими.</translation>
    </message>
    <message>
        <source>Heatmap: %1, pale to red; the ends are capped so one extreme card does not wash out the rest.</source>
        <translation>Теплова карта: %1, від блідого до червоного; крайні значення обмежено, щоб одна екстремальна картка не знебарвлювала решту.</translation>
    </message>
    <message>
        <source>Hatched: too few answers to trust the colour.</source>
        <translation>Штрихування: замало відповідей, щоб довіряти кольору.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Bars: what the card rests on — one an assumption, two workshop knowledge, three research, four measured data (%1 answers or more); dashed: not stated.</source>
        <translation>Стовпчики: на чому ґрунтується картка — один — припущення, два — знання учасників воркшопу, три — дослідження, чотири — виміряні дані (щонайменше %1 відповідей); пунктир — не вказано.</translation>
    </message>
    <message>
        <source>%1 % of pain points rest on measured data.</source>
        <translation>%1 % больових точок ґрунтуються на виміряних даних.</translation>
    </message>
</context>
<context>
    <name>waymark::MembersDialog</name>
    <message>
        <source>Facilitator</source>
        <translation>Фасилітатор</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Рецензент</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Спостерігач</translation>
    </message>
    <message>
        <source>No Waymark role</source>
        <translation>Немає ролі Waymark</translation>
    </message>
    <message>
        <source>Roles are granted by the database's administrator, not here: GRANT %1 TO %2;</source>
        <translation>Ролі надає адміністратор бази даних, не тут: GRANT %1 TO %2;</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Д&amp;одати</translation>
    </message>
    <message>
        <source>C&amp;hange Department</source>
        <translation>З&amp;мінити підрозділ</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>Members of “%1”</source>
        <translation>Склад підрозділів: «%1»</translation>
    </message>
    <message>
        <source>Who belongs to which department. While a lane is locked, only the facilitators and the members of the lane's department may change its cards.</source>
        <translation>Хто в якому підрозділі. Поки доріжку заблоковано, її картки можуть змінювати лише фасилітатори та працівники підрозділу цієї доріжки.</translation>
    </message>
    <message>
        <source>Only facilitators change this list (the server's rule “facilitators-lock”); you see it as it is.</source>
        <translation>Цей список змінюють лише фасилітатори (правило сервера «facilitators-lock»); тут його показано як є.</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Користувач БД</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <source>Waymark role</source>
        <translation>Роль у Waymark</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>наприклад, alice</translation>
    </message>
    <message>
        <source>Adds the user typed above to the department chosen (Enter)</source>
        <translation>Додає введеного користувача до вибраного підрозділу (Enter)</translation>
    </message>
    <message>
        <source>Moves the selected member to the department chosen above</source>
        <translation>Переводить вибраного працівника до підрозділу, вибраного вище</translation>
    </message>
    <message>
        <source>Takes the selected members out of their departments (Delete)</source>
        <translation>Вилучає вибраних працівників з їхніх підрозділів (Delete)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Writes every change to the server at once (Ctrl+S)</source>
        <translation>Записує всі зміни на сервер разом (Ctrl+S)</translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation>&amp;Користувач БД:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Підрозділ:</translation>
    </message>
    <message>
        <source>%1 changed the members just now; the list shows their changes.</source>
        <translation>%1 щойно змінив(ла) склад підрозділів; список це вже показує.</translation>
    </message>
    <message>
        <source>%1 changed the members meanwhile; saving keeps their changes and adds yours.</source>
        <translation>%1 тим часом змінив(ла) склад підрозділів; під час збереження їхні зміни лишаться, а ваші додадуться.</translation>
    </message>
    <message>
        <source>This journey has no departments, so nobody can be a member of one. Departments are added to the journey before it is published (they are not edited live yet).</source>
        <translation>У цьому шляху немає підрозділів, тож входити до них нікому. Підрозділи додають до шляху перед публікацією (наживо їх поки не редагують).</translation>
    </message>
    <message>
        <source>The members could not be read: %1</source>
        <translation>Не вдалося прочитати склад підрозділів: %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ще не збережено</translation>
    </message>
    <message>
        <source>not a department of this journey (%1)</source>
        <translation>не підрозділ цього шляху (%1)</translation>
    </message>
    <message>
        <source>Roles are granted by the database's administrator (GRANT waymark_participant TO alice;), not here.</source>
        <translation>Ролі надає адміністратор бази даних (GRANT waymark_participant TO alice;), не тут.</translation>
    </message>
    <message>
        <source>Not a user of this database yet.</source>
        <translation>Такого користувача в цій базі даних поки немає.</translation>
    </message>
    <message>
        <source>Type a database user's name first.</source>
        <translation>Спершу введіть ім’я користувача бази даних.</translation>
    </message>
    <message>
        <source>There is no database user “%1”; did you mean “%2”? (Names are case-sensitive.)</source>
        <translation>Користувача бази даних «%1» немає; можливо, «%2»? (Регістр літер важливий.)</translation>
    </message>
    <message>
        <source>There is no database user “%1” on this server. The database's administrator creates it (CREATE ROLE %1 LOGIN IN ROLE waymark_participant;).</source>
        <translation>На цьому сервері немає користувача бази даних «%1». Його створює адміністратор бази даних (CREATE ROLE %1 LOGIN IN ROLE waymark_participant;).</translation>
    </message>
    <message>
        <source>Choose a department first.</source>
        <translation>Спершу виберіть підрозділ.</translation>
    </message>
    <message>
        <source>%1 is already in “%2”.</source>
        <translation>%1 вже в підрозділі «%2».</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet</source>
        <translation>
            <numerusform>%n зміну ще не збережено</numerusform>
            <numerusform>%n зміни ще не збережено</numerusform>
            <numerusform>%n змін ще не збережено</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is a member of a department yet.</source>
        <translation>Поки ніхто не входить до підрозділів.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записів</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не збережено: %1</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Відкинути зміни</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s) to the members without saving?</source>
        <translation>
            <numerusform>Відкинути %n зміну складу підрозділів без збереження?</numerusform>
            <numerusform>Відкинути %n зміни складу підрозділів без збереження?</numerusform>
            <numerusform>Відкинути %n змін складу підрозділів без збереження?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::NpsTargetsDialog</name>
    <message>
        <source>Benchmark</source>
        <translation>Бенчмарк</translation>
    </message>
    <message>
        <source>Compare with a benchmark</source>
        <translation>Порівнювати з бенчмарком</translation>
    </message>
    <message>
        <source>e.g. Retail banking average 2024, or a competitor's name</source>
        <translation>напр., «Середнє в роздрібному банкінгу 2024» або назва конкурента</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Goals per segment</source>
        <translation>Цілі за сегментами</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>From quarter</source>
        <translation>З кварталу</translation>
    </message>
    <message>
        <source>Change per quarter</source>
        <translation>Зміна за квартал</translation>
    </message>
    <message>
        <source>&amp;Add Goal</source>
        <translation>&amp;Додати ціль</translation>
    </message>
    <message>
        <source>&amp;Remove Goal</source>
        <translation>&amp;Вилучити ціль</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>Усі відповіді</translation>
    </message>
    <message>
        <source>Goal %1: “%2” is not a quarter. Write it as year and quarter, for example 2024-Q3.</source>
        <translation>Ціль %1: «%2» — не квартал. Запишіть рік і квартал, наприклад 2024-Q3.</translation>
    </message>
    <message>
        <source>%1 Goals and Benchmark</source>
        <translation>Цілі %1 і бенчмарк</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Goals per department</source>
        <translation>Цілі за підрозділами</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <source>Start value</source>
        <translation>Початкове значення</translation>
    </message>
</context>
<context>
    <name>waymark::OpenFromServerDialog</name>
    <message>
        <source>&amp;Show Journeys</source>
        <translation>&amp;Показати шляхи</translation>
    </message>
    <message>
        <source>Open from Server</source>
        <translation>Відкрити із сервера</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Шлях</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Хто опублікував</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Остання зміна</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Asking %1 for its journeys…</source>
        <translation>Запитуємо список шляхів у %1…</translation>
    </message>
    <message>
        <source>No journey has been published on %1 yet: File → Publish to Server… puts one there.</source>
        <translation>На %1 ще немає жодного шляху: Файл → Опублікувати на сервері… додасть його туди.</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s) on %1. Double-click one to open it.</source>
        <translation>
            <numerusform>%n шлях на %1. Двічі клацніть, щоб відкрити.</numerusform>
            <numerusform>%n шляхи на %1. Двічі клацніть на одному, щоб відкрити.</numerusform>
            <numerusform>%n шляхів на %1. Двічі клацніть на одному, щоб відкрити.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::OpportunitiesDock</name>
    <message>
        <source>Opportunities</source>
        <translation>Можливості</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Сценарій:</translation>
    </message>
    <message>
        <source>Use in Report</source>
        <translation>Використати у звіті</translation>
    </message>
    <message>
        <source>Show this scenario in the PDF report and in the future state of the map</source>
        <translation>Показувати цей сценарій у PDF-звіті та в цільовому стані карти</translation>
    </message>
    <message>
        <source>New Scenario…</source>
        <translation>Новий сценарій…</translation>
    </message>
    <message>
        <source>A named set of opportunities, e.g. “Quick wins”</source>
        <translation>Іменований набір можливостей, наприклад «Швидкі перемоги»</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Перейменувати…</translation>
    </message>
    <message>
        <source>Rename the chosen scenario</source>
        <translation>Перейменувати вибраний сценарій</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Видалити сценарій</translation>
    </message>
    <message>
        <source>Delete the chosen scenario; its opportunities stay</source>
        <translation>Видалити вибраний сценарій; його можливості залишаться</translation>
    </message>
    <message>
        <source>No opportunities yet. Add one here, right-click a card on the map, or turn the top cards of a closed vote into opportunities (Workshop dock → Vote).</source>
        <translation>Можливостей ще немає. Додайте її тут, клацніть картку на карті правою кнопкою миші або перетворіть лідерські картки закритого голосування на можливості (панель «Воркшоп» → «Голосування»).</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <source>A new opportunity (it joins the chosen scenario)</source>
        <translation>Нова можливість (входить до вибраного сценарію)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Змінити…</translation>
    </message>
    <message>
        <source>Edit the selected opportunity (or double-click it)</source>
        <translation>Змінити вибрану можливість (або двічі клацніть її)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Delete the selected opportunity and take it out of every scenario</source>
        <translation>Видалити вибрану можливість і вилучити її з усіх сценаріїв</translation>
    </message>
    <message>
        <source>%1 (in the report)</source>
        <translation>%1 (у звіті)</translation>
    </message>
    <message>
        <source>All opportunities</source>
        <translation>Усі можливості</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Переглянути…</translation>
    </message>
    <message>
        <source>Tick the opportunities that belong to “%1” in the first column.</source>
        <translation>Позначте в першому стовпці можливості, що входять до «%1».</translation>
    </message>
    <message numerus="yes">
        <source>All %n opportunity(s) together:</source>
        <translation>
            <numerusform>Усі можливості разом (%n):</numerusform>
            <numerusform>Усі можливості разом (%n):</numerusform>
            <numerusform>Усі можливості разом (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”, %n opportunity(s):</source>
        <translation>
            <numerusform>«%1», %n можливість:</numerusform>
            <numerusform>«%1», %n можливості:</numerusform>
            <numerusform>«%1», %n можливостей:</numerusform>
        </translation>
    </message>
    <message>
        <source>one-off cost %1</source>
        <translation>одноразові витрати %1</translation>
    </message>
    <message numerus="yes">
        <source>NPV %1 over %n year(s)</source>
        <translation>
            <numerusform>ЧДД %1 за %n рік</numerusform>
            <numerusform>ЧДД %1 за %n роки</numerusform>
            <numerusform>ЧДД %1 за %n років</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pays back in %n month(s)</source>
        <translation>
            <numerusform>окупається за %n місяць</numerusform>
            <numerusform>окупається за %n місяці</numerusform>
            <numerusform>окупається за %n місяців</numerusform>
        </translation>
    </message>
    <message>
        <source>no payback within the horizon</source>
        <translation>не окупається в межах горизонту</translation>
    </message>
    <message>
        <source>Enter the customers per year under Journey → Business Settings to value the benefits.</source>
        <translation>Щоб оцінити вигоди, вкажіть кількість клієнтів на рік: Шлях → Бізнес-параметри.</translation>
    </message>
    <message>
        <source>Choose scenario for the report</source>
        <translation>Вибрати сценарій для звіту</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Новий сценарій</translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation>Назва сценарію:</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Швидкі перемоги</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Перейменувати сценарій</translation>
    </message>
    <message>
        <source>How Is It Made?…</source>
        <translation>Як це розраховано?…</translation>
    </message>
    <message>
        <source>Every figure of the selected opportunity's business case with its formula and inputs</source>
        <translation>Усі показники бізнес-кейсу вибраної можливості з формулами та вхідними даними</translation>
    </message>
    <message>
        <source>Priorities…</source>
        <translation>Пріоритети…</translation>
    </message>
    <message>
        <source>Value against cost as bubbles (size: CLV at risk) and the ranking by NPV, ROI, payback or dots</source>
        <translation>Вигоди й витрати у вигляді бульбашок (розмір: CLV під загрозою) і рейтинг за ЧДД, ROI, окупністю або крапками</translation>
    </message>
    <message>
        <source>Technology Gap…</source>
        <translation>Технологічний розрив…</translation>
    </message>
    <message>
        <source>The systems behind the journey: their age, what they cannot do and the pain points they cause</source>
        <translation>Системи, на яких тримається шлях: їхній вік, чого вони не вміють і які больові точки спричиняють</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers… Retention and CLV at risk are added when they are read.</source>
        <translation>Читаємо %L1 відповідей опитування… Утримання та CLV під загрозою буде додано, щойно відповіді буде прочитано.</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value model to %L1 customers… Retention and CLV at risk are added when it is done.</source>
        <translation>Модель пожиттєвої цінності підбирається за даними клієнтів (%L1)… Утримання і CLV під загрозою додадуться, щойно розрахунок завершиться.</translation>
    </message>
    <message>
        <source>Matching %L1 survey answers to customers… Retention and CLV at risk are added when they are matched.</source>
        <translation>Відповіді опитування (%L1) зіставляються з клієнтами… Утримання і CLV під загрозою додадуться, щойно зіставлення завершиться.</translation>
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
            <numerusform>%n місяць</numerusform>
            <numerusform>%n місяці</numerusform>
            <numerusform>%n місяців</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>не в межах %n року</numerusform>
            <numerusform>не в межах %n років</numerusform>
            <numerusform>не в межах %n років</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the scenario “%1”</source>
        <translation>Входить до сценарію «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Net present value over %n year(s) at %1 %: %2</source>
        <translation>
            <numerusform>ЧДД за %n рік за ставки %1 %: %2</numerusform>
            <numerusform>ЧДД за %n роки за ставки %1 %: %2</numerusform>
            <numerusform>ЧДД за %n років за ставки %1 %: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Range: %1 – %2</source>
        <translation>Діапазон: %1 – %2</translation>
    </message>
    <message>
        <source>Value per year at full run rate: %1</source>
        <translation>Вигоди на рік після виходу на повну потужність: %1</translation>
    </message>
    <message>
        <source>Tick to put an opportunity into the scenario chosen above</source>
        <translation>Позначте, щоб додати можливість до сценарію, вибраного вище</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Одноразові витрати</translation>
    </message>
    <message>
        <source>Months to deliver: the benefits start after them</source>
        <translation>Місяців на впровадження: вигоди починаються після них</translation>
    </message>
    <message>
        <source>Cards of the map it improves</source>
        <translation>Картки карти, які вона покращує</translation>
    </message>
    <message>
        <source>Net present value over the business case's horizon (Journey → Business Settings)</source>
        <translation>ЧДД за горизонт бізнес-кейсу (Шлях → Бізнес-параметри)</translation>
    </message>
    <message>
        <source>When the cumulative net turns positive, counted from the start</source>
        <translation>Коли накопичений чистий потік стає додатним, від початку</translation>
    </message>
    <message>
        <source>In</source>
        <translation>У</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Можливість</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Витрати</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Місяців</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Упевненість</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Картки</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>ЧДД</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Окупність</translation>
    </message>
</context>
<context>
    <name>waymark::OpportunityDialog</name>
    <message>
        <source>Edit Opportunity</source>
        <translation>Редагування можливості</translation>
    </message>
    <message>
        <source>New Opportunity</source>
        <translation>Нова можливість</translation>
    </message>
    <message>
        <source>What will be done, e.g. “Open the account online”</source>
        <translation>Що буде зроблено, наприклад «Відкриття рахунку онлайн»</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Відповідального ще немає</translation>
    </message>
    <message>
        <source>(deleted department)</source>
        <translation>(підрозділ видалено)</translation>
    </message>
    <message>
        <source>O&amp;wner department:</source>
        <translation>Відповідальний &amp;підрозділ:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>How sure the room is of the benefits: low widens the business case's range to ±50 %, medium ±25 %, high ±10 %</source>
        <translation>Наскільки учасники впевнені у вигодах: за низької впевненості діапазон бізнес-кейсу розширюється до ±50 %, за середньої — до ±25 %, за високої — до ±10 %</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Упевненість:</translation>
    </message>
    <message>
        <source>&amp;One-off cost:</source>
        <translation>Одноразові &amp;витрати:</translation>
    </message>
    <message>
        <source>&amp;Running cost per year:</source>
        <translation>Поточні витрати на &amp;рік:</translation>
    </message>
    <message>
        <source>The benefits start once it is delivered</source>
        <translation>Вигоди починаються після впровадження</translation>
    </message>
    <message>
        <source>&amp;Months to deliver:</source>
        <translation>&amp;Місяців на впровадження:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <source>Survey verbatims, complaint counts, what was said in the room…</source>
        <translation>Дослівні відповіді з опитувань, кількість скарг, що казали учасники…</translation>
    </message>
    <message>
        <source>&amp;Evidence and notes:</source>
        <translation>&amp;Докази та нотатки:</translation>
    </message>
    <message>
        <source>Systems it chan&amp;ges:</source>
        <translation>&amp;Змінювані системи:</translation>
    </message>
    <message>
        <source>Cards it &amp;improves (%1)</source>
        <translation>Поліпшувані &amp;картки (%1)</translation>
    </message>
    <message>
        <source>&amp;New steps (%1)</source>
        <translation>Нов&amp;і кроки (%1)</translation>
    </message>
</context>
<context>
    <name>waymark::ParticipantsPanel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <source>Click someone to give them the floor (or press their number); click again to take it back.
Double-click the name to rename, the colour to change it, the department to move them.</source>
        <translation>Клацніть учасника, щоб надати йому слово (або натисніть його номер); клацніть ще раз, щоб забрати слово.
Двічі клацніть ім'я, щоб перейменувати, колір — щоб змінити його, підрозділ — щоб перевести учасника.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>Перейменувати учасника</translation>
    </message>
    <message>
        <source>Change participant colour</source>
        <translation>Змінити колір учасника</translation>
    </message>
    <message>
        <source>%1 wrote cards and placed dots, so they stay on the list: their contributions keep their name.</source>
        <translation>%1 — автор карток і крапок, тому залишається в списку: внесок і далі підписано цим ім'ям.</translation>
    </message>
    <message numerus="yes">
        <source>%1 wrote %Ln card(s), so they stay on the list: the cards keep their author.</source>
        <translation>
            <numerusform>%1 має %Ln картку, тому залишається в списку: авторство карток зберігається.</numerusform>
            <numerusform>%1 має %Ln картки, тому залишається в списку: авторство карток зберігається.</numerusform>
            <numerusform>%1 має %Ln карток, тому залишається в списку: авторство карток зберігається.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 placed %Ln dot(s), so they stay on the list: the votes keep their voter.</source>
        <translation>
            <numerusform>%1 поставив(-ла) %Ln крапку, тому залишається в списку: голоси зберігаються за цим учасником.</numerusform>
            <numerusform>%1 поставив(-ла) %Ln крапки, тому залишається в списку: голоси зберігаються за цим учасником.</numerusform>
            <numerusform>%1 поставив(-ла) %Ln крапок, тому залишається в списку: голоси зберігаються за цим учасником.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln картка</numerusform>
            <numerusform>%Ln картки</numerusform>
            <numerusform>%Ln карток</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln коментар</numerusform>
            <numerusform>%Ln коментарі</numerusform>
            <numerusform>%Ln коментарів</numerusform>
        </translation>
    </message>
    <message>
        <source>Not heard yet: %1</source>
        <translation>Ще не висловилися: %1</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Додати учасника</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(без підрозділу)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ім'я:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Підрозділ:</translation>
    </message>
    <message>
        <source>Contributions by department</source>
        <translation>Внесок за підрозділами</translation>
    </message>
    <message>
        <source>The journey has no departments yet.</source>
        <translation>У шляху ще немає підрозділів.</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Колір: %1</translation>
    </message>
    <message>
        <source>Change participant's department</source>
        <translation>Змінити підрозділ учасника</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>Вилучити учасника</translation>
    </message>
</context>
<context>
    <name>waymark::PersonaCards</name>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;Персони</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Персони</translation>
    </message>
    <message>
        <source>No personas yet. Add one for each kind of customer who goes through this journey: the map can then show the journey as each of them lives it.</source>
        <translation>Персон поки немає. Додайте по одній на кожен тип клієнтів, які проходять цей шлях, — тоді карта зможе показати шлях очима кожного з них.</translation>
    </message>
    <message>
        <source>&amp;Add Persona</source>
        <translation>Додати пе&amp;рсону</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>В&amp;илучити</translation>
    </message>
    <message>
        <source>Remove the chosen persona (Delete in the list); the cards stay on the map</source>
        <translation>Вилучити вибрану персону (Delete у списку); картки залишаються на карті</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Нова персона</translation>
    </message>
    <message>
        <source>Remove Persona</source>
        <translation>Вилучити персону</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is named on %n card(s).</source>
        <translation>
            <numerusform>«%1» вказано на %n картці.</numerusform>
            <numerusform>«%1» вказано на %n картках.</numerusform>
            <numerusform>«%1» вказано на %n картках.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing the persona takes it off those cards along with its own emotions there; a card left naming nobody happens to every persona. Undo brings it all back.</source>
        <translation>Після вилучення персона зникне з цих карток разом зі своїми емоціями на них; картка, де не лишилося жодної персони, стосується всіх персон. Скасування поверне все як було.</translation>
    </message>
</context>
<context>
    <name>waymark::PersonaEditor</name>
    <message>
        <source>Pictures (%1)</source>
        <translation>Зображення (%1)</translation>
    </message>
    <message>
        <source>C&amp;hoose Photo…</source>
        <translation>Ви&amp;брати фото…</translation>
    </message>
    <message>
        <source>A photo or drawing that stands for this persona (PNG, JPEG, GIF, BMP); it is downscaled and its location data removed</source>
        <translation>Фото чи малюнок, що представляє цю персону (PNG, JPEG, GIF, BMP); зображення зменшується, дані про місце зйомки видаляються</translation>
    </message>
    <message>
        <source>Remo&amp;ve Photo</source>
        <translation>Прибрати фо&amp;то</translation>
    </message>
    <message>
        <source>Who goes through this journey</source>
        <translation>Хто проходить цей шлях</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>Age, situation, how they deal with the company</source>
        <translation>Вік, обставини, як спілкується з компанією</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <source>What they want to get done, and by when</source>
        <translation>Чого хоче досягти і до якого часу</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Цілі:</translation>
    </message>
    <message>
        <source>What gets in their way</source>
        <translation>Що йому заважає</translation>
    </message>
    <message>
        <source>&amp;Frustrations:</source>
        <translation>&amp;Фрустрації:</translation>
    </message>
    <message>
        <source>Change persona description</source>
        <translation>Змінити опис персони</translation>
    </message>
    <message>
        <source>Change persona goals</source>
        <translation>Змінити цілі персони</translation>
    </message>
    <message>
        <source>Change persona frustrations</source>
        <translation>Змінити фрустрації персони</translation>
    </message>
    <message>
        <source>No photo of %1</source>
        <translation>Немає фото: %1</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Фото: %1</translation>
    </message>
    <message>
        <source>Drop a picture here, or choose one</source>
        <translation>Перетягніть сюди зображення або виберіть його</translation>
    </message>
    <message>
        <source>%1 — drop another picture here to replace it</source>
        <translation>%1 — перетягніть сюди інше зображення, щоб замінити</translation>
    </message>
    <message>
        <source>A persona needs a name: the map's persona filter and cards show it. Escape brings the old one back.</source>
        <translation>Персона мусить мати ім’я: його показують фільтр персон і картки. Esc поверне попереднє.</translation>
    </message>
    <message>
        <source>Rename persona</source>
        <translation>Перейменувати персону</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>The photo was not taken. %1</source>
        <translation>Фото не додано. %1</translation>
    </message>
    <message>
        <source>Reading the photo…</source>
        <translation>Фото читається…</translation>
    </message>
    <message>
        <source>Change persona photo</source>
        <translation>Змінити фото персони</translation>
    </message>
    <message>
        <source>Remove persona photo</source>
        <translation>Прибрати фото персони</translation>
    </message>
</context>
<context>
    <name>waymark::PersonasField</name>
    <message>
        <source>The personas this step happens to; with none ticked it happens to every persona</source>
        <translation>Персони, з якими відбувається цей крок; якщо не позначено жодної — з усіма</translation>
    </message>
    <message>
        <source>(unnamed persona)</source>
        <translation>(персона без імені)</translation>
    </message>
    <message>
        <source>Every Persona</source>
        <translation>Усі персони</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Усі персони</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>Д&amp;ля кого:</translation>
    </message>
</context>
<context>
    <name>waymark::PictureImporter</name>
    <message>
        <source>Pictures (%1)</source>
        <translation>Зображення (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n picture(s)…</source>
        <translation>
            <numerusform>Додається %n зображення…</numerusform>
            <numerusform>Додаються %n зображення…</numerusform>
            <numerusform>Додаються %n зображень…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Add Pictures</source>
        <translation>Додавання зображень</translation>
    </message>
    <message>
        <source>The card was deleted while its pictures were being read.</source>
        <translation>Картку видалили, поки читалися її зображення.</translation>
    </message>
    <message numerus="yes">
        <source>A card holds at most %1 pictures: %n picture(s) were left out.</source>
        <translation>
            <numerusform>На картці може бути не більше %1 зображень: %n зображення не додано.</numerusform>
            <numerusform>На картці може бути не більше %1 зображень: %n зображення не додано.</numerusform>
            <numerusform>На картці може бути не більше %1 зображень: %n зображень не додано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pictures Not Added</source>
        <translation>Зображення не додано</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) were added; some were not:</source>
        <translation>
            <numerusform>Додано %n зображення; решту — ні:</numerusform>
            <numerusform>Додано %n зображення; решту — ні:</numerusform>
            <numerusform>Додано %n зображень; решту — ні:</numerusform>
        </translation>
    </message>
    <message>
        <source>No picture was added:</source>
        <translation>Жодне зображення не додано:</translation>
    </message>
</context>
<context>
    <name>waymark::PictureViewer</name>
    <message>
        <source>Picture</source>
        <translation>Зображення</translation>
    </message>
    <message>
        <source>What the picture shows (a caption for the map and the PDF)</source>
        <translation>Що на зображенні (підпис для карти й PDF)</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Підпис:</translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation>← П&amp;опереднє</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Наступне →</translation>
    </message>
    <message>
        <source>&amp;Add Pictures…</source>
        <translation>&amp;Додати зображення…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>З&amp;берегти як…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>П&amp;рибрати</translation>
    </message>
    <message>
        <source>The previous picture (Left arrow)</source>
        <translation>Попереднє зображення (стрілка ліворуч)</translation>
    </message>
    <message>
        <source>The next picture (Right arrow)</source>
        <translation>Наступне зображення (стрілка праворуч)</translation>
    </message>
    <message>
        <source>Add pictures from files; you can also paste one (Ctrl+V) or drop files here</source>
        <translation>Додати зображення з файлів; можна також вставити зображення (Ctrl+V) або перетягнути файли сюди</translation>
    </message>
    <message>
        <source>Save this picture as a file</source>
        <translation>Зберегти це зображення у файл</translation>
    </message>
    <message>
        <source>Take this picture off the card (Delete); Undo brings it back</source>
        <translation>Прибрати зображення з картки (Delete); «Скасувати» поверне його</translation>
    </message>
    <message>
        <source>Pictures — %1</source>
        <translation>Зображення — %1</translation>
    </message>
    <message>
        <source>untitled card</source>
        <translation>картка без назви</translation>
    </message>
    <message>
        <source>The card has no pictures yet. Add them from files, paste one (Ctrl+V) or drop files here.</source>
        <translation>На картці ще немає зображень. Додайте їх із файлів, вставте (Ctrl+V) або перетягніть файли сюди.</translation>
    </message>
    <message>
        <source>The card has no pictures.</source>
        <translation>На картці немає зображень.</translation>
    </message>
    <message>
        <source>This picture cannot be shown: %1</source>
        <translation>Це зображення не можна показати: %1</translation>
    </message>
    <message>
        <source>Picture %1 of %2 · %3 × %4 px</source>
        <translation>Зображення %1 з %2 · %3 × %4 пікс</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>зображення</translation>
    </message>
    <message>
        <source>Save Picture As</source>
        <translation>Зберегти зображення як</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>JPEG picture (*.jpg *.jpeg)</source>
        <translation>Зображення JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Picture Not Saved</source>
        <translation>Зображення не збережено</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не вдалося зберегти %1: %2</translation>
    </message>
    <message>
        <source>Make &amp;First</source>
        <translation>Показувати на &amp;картці</translation>
    </message>
    <message>
        <source>Make this the first picture: the one shown on the card (Ctrl+Home). Ctrl+Left and Ctrl+Right move it one place.</source>
        <translation>Зробити це зображення першим — тим, що показано на картці (Ctrl+Home). Ctrl+Ліворуч і Ctrl+Праворуч зсувають його на одне місце.</translation>
    </message>
</context>
<context>
    <name>waymark::PicturesField</name>
    <message>
        <source>Pictures</source>
        <translation>Зображення</translation>
    </message>
    <message>
        <source>Double-click a picture to see it large; drop picture files here to add them</source>
        <translation>Двічі клацніть зображення, щоб переглянути великим; перетягніть сюди файли, щоб додати</translation>
    </message>
    <message>
        <source>None yet: add a photo of the wall, a screenshot or a letter.</source>
        <translation>Поки немає: додайте фото стіни, знімок екрана або лист.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <source>Add pictures from files (you can also drop them here, or paste one on the card)</source>
        <translation>Додати зображення з файлів (можна також перетягнути їх сюди або вставити зображення на картку)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Take the selected picture off the card (Delete)</source>
        <translation>Прибрати вибране зображення з картки (Delete)</translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation>Зображення %1</translation>
    </message>
    <message>
        <source>Add pictures to the card: a photo of the wall, a screenshot, a letter (you can also paste one with Ctrl+V or drop files on the card)</source>
        <translation>Додати зображення до картки: фото стіни, знімок екрана, лист (можна також вставити зображення через Ctrl+V або перетягнути файли на картку)</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Додати зображення</translation>
    </message>
</context>
<context>
    <name>waymark::PortfolioDialog</name>
    <message>
        <source>Journeys in %1</source>
        <translation>Шляхи в %1</translation>
    </message>
    <message>
        <source>Filter by journey, owner or file…</source>
        <translation>Фільтр за шляхом, відповідальним або файлом…</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Плитки</translation>
    </message>
    <message>
        <source>Show the journeys as cards instead of a table</source>
        <translation>Показати шляхи у вигляді карток, а не таблиці</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Read the folder again (F5)</source>
        <translation>Прочитати теку знову (F5)</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s) in this folder.</source>
        <translation>
            <numerusform>У цій теці %n шлях.</numerusform>
            <numerusform>У цій теці %n шляхи.</numerusform>
            <numerusform>У цій теці %n шляхів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read; they are listed in red with the reason.</source>
        <translation>
            <numerusform>%n файл не вдається прочитати; його виділено червоним із зазначенням причини.</numerusform>
            <numerusform>%n файли не вдається прочитати; їх виділено червоним із зазначенням причини.</numerusform>
            <numerusform>%n файлів не вдається прочитати; їх виділено червоним із зазначенням причини.</numerusform>
        </translation>
    </message>
    <message>
        <source>No journeys (.waymark or .waymark.json files) in this folder.</source>
        <translation>У цій теці немає шляхів (файлів .waymark або .waymark.json).</translation>
    </message>
    <message>
        <source>Reading the journeys…</source>
        <translation>Читання шляхів…</translation>
    </message>
</context>
<context>
    <name>waymark::PortfolioModel</name>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Не вдається прочитати: %1</translation>
    </message>
    <message>
        <source>No owner named</source>
        <translation>Відповідального не вказано</translation>
    </message>
    <message>
        <source>No NPS data</source>
        <translation>Немає даних NPS</translation>
    </message>
    <message>
        <source>%1 %2 at risk</source>
        <translation>%1 %2 під загрозою</translation>
    </message>
    <message>
        <source>%1 stages, %2 cards</source>
        <translation>Етапів: %1, карток: %2</translation>
    </message>
    <message>
        <source>Customer time: %1</source>
        <translation>Час клієнта: %1</translation>
    </message>
    <message>
        <source>No opportunities yet</source>
        <translation>Можливостей поки немає</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n ідея</numerusform>
            <numerusform>%n ідеї</numerusform>
            <numerusform>%n ідей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>схвалено: %n</numerusform>
            <numerusform>схвалено: %n</numerusform>
            <numerusform>схвалено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>у роботі: %n</numerusform>
            <numerusform>у роботі: %n</numerusform>
            <numerusform>у роботі: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>виконано: %n</numerusform>
            <numerusform>виконано: %n</numerusform>
            <numerusform>виконано: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measured</source>
        <translation>
            <numerusform>ефект виміряно: %n</numerusform>
            <numerusform>ефект виміряно: %n</numerusform>
            <numerusform>ефект виміряно: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Шлях</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Останнє збереження</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Картки</translation>
    </message>
    <message>
        <source>Customer time</source>
        <translation>Час клієнта</translation>
    </message>
    <message>
        <source>NPS ± margin</source>
        <translation>NPS ± похибка</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>CLV під загрозою</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Відкриті коментарі</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Можливості</translation>
    </message>
    <message>
        <source>Being done</source>
        <translation>Хід робіт</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>waymark::PresentationMode</name>
    <message>
        <source>Untitled stage</source>
        <translation>Етап без назви</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Етап %1 з %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>The whole journey</source>
        <translation>Увесь шлях</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Час вийшов</translation>
    </message>
    <message>
        <source>Time left %1</source>
        <translation>Залишилося %1</translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation>Пауза: %1</translation>
    </message>
</context>
<context>
    <name>waymark::PrioritiesDialog</name>
    <message>
        <source>Priorities: every opportunity</source>
        <translation>Пріоритети: усі можливості</translation>
    </message>
    <message>
        <source>Priorities: “%1”</source>
        <translation>Пріоритети: «%1»</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Чистий дисконтований дохід</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Рентабельність інвестицій</translation>
    </message>
    <message>
        <source>Payback (soonest first)</source>
        <translation>Окупність (спершу найшвидші)</translation>
    </message>
    <message>
        <source>The workshop's dots</source>
        <translation>Крапки воркшопу</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>&amp;Упорядкувати за:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Можливість</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Одноразові витрати</translation>
    </message>
    <message>
        <source>Value per year</source>
        <translation>Вигоди на рік</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>ЧДД</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Окупність</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Крапки</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>CLV під загрозою</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>від %1 до %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>місяць %1</translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>не в межах %n року</numerusform>
            <numerusform>не в межах %n років</numerusform>
            <numerusform>не в межах %n років</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::PropertiesDock</name>
    <message>
        <source>Properties</source>
        <translation>Властивості</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
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
        <translation>Підрозділ, якому належить цей крок</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>&amp;Підрозділ:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Час:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>напр., %1</translation>
    </message>
    <message>
        <source>What this step costs the customer</source>
        <translation>Скільки цей крок коштує клієнтові</translation>
    </message>
    <message>
        <source>Currency (ISO 4217 code)</source>
        <translation>Валюта (код ISO 4217)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>&amp;Money:</source>
        <translation>&amp;Гроші:</translation>
    </message>
    <message>
        <source>Negative emotion: 0 none, 10 worst</source>
        <translation>Негативна емоція: 0 — немає, 10 — найгірше</translation>
    </message>
    <message>
        <source>Negative emotion</source>
        <translation>Негативна емоція</translation>
    </message>
    <message>
        <source>Negative &amp;emotion:</source>
        <translation>Негативна &amp;емоція:</translation>
    </message>
    <message>
        <source>P&amp;ain point</source>
        <translation>&amp;Больова точка</translation>
    </message>
    <message>
        <source>This step hurts the customer</source>
        <translation>Цей крок завдає клієнтові болю</translation>
    </message>
    <message>
        <source>Moment of t&amp;ruth</source>
        <translation>Момент &amp;істини</translation>
    </message>
    <message>
        <source>A step that decides whether the customer stays</source>
        <translation>Крок, який вирішує, чи залишиться клієнт</translation>
    </message>
    <message>
        <source>Imported survey (NPS) rows attach to the card through this key</source>
        <translation>Імпортовані рядки опитувань (NPS) прив'язуються до картки за цим ключем</translation>
    </message>
    <message>
        <source>Data &amp;key:</source>
        <translation>Ключ &amp;даних:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected</source>
        <translation>
            <numerusform>Вибрано %n картку</numerusform>
            <numerusform>Вибрано %n картки</numerusform>
            <numerusform>Вибрано %n карток</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card to edit it</source>
        <translation>Виберіть картку, щоб змінити її</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>Change card title</source>
        <translation>Змінити назву картки</translation>
    </message>
    <message>
        <source>Change card description</source>
        <translation>Змінити опис картки</translation>
    </message>
    <message>
        <source>Change card channel</source>
        <translation>Змінити канал картки</translation>
    </message>
    <message>
        <source>Change card department</source>
        <translation>Змінити підрозділ картки</translation>
    </message>
    <message>
        <source>Change card time</source>
        <translation>Змінити час картки</translation>
    </message>
    <message>
        <source>Change card cost</source>
        <translation>Змінити вартість картки</translation>
    </message>
    <message>
        <source>Change card currency</source>
        <translation>Змінити валюту картки</translation>
    </message>
    <message>
        <source>Change negative emotion</source>
        <translation>Змінити негативну емоцію</translation>
    </message>
    <message>
        <source>Mark card as pain point</source>
        <translation>Позначити картку як больову точку</translation>
    </message>
    <message>
        <source>Unmark card as pain point</source>
        <translation>Зняти позначку больової точки</translation>
    </message>
    <message>
        <source>Mark card as moment of truth</source>
        <translation>Позначити картку як момент істини</translation>
    </message>
    <message>
        <source>Unmark card as moment of truth</source>
        <translation>Зняти позначку моменту істини</translation>
    </message>
    <message>
        <source>Change card data key</source>
        <translation>Змінити ключ даних картки</translation>
    </message>
    <message>
        <source>Change card notes</source>
        <translation>Змінити нотатки картки</translation>
    </message>
    <message>
        <source>Edit system card</source>
        <translation>Змінити системну картку</translation>
    </message>
    <message>
        <source>e.g. 90, 1h 30m or 3 days</source>
        <translation>напр., 90, 1 год 30 хв або 3 дні</translation>
    </message>
    <message>
        <source>How long this step takes the customer: minutes (90), hours and minutes (1h 30m), h:mm (1:30), or days and weeks for waits (3 days, 1w 2d; a day is 24 hours)</source>
        <translation>Скільки часу цей крок забирає в клієнта: хвилини (90), години й хвилини (1 год 30 хв), год:хв (1:30) або дні й тижні для очікування (3 дні, 1 тиж 2 д; день — це 24 години)</translation>
    </message>
    <message>
        <source>Details in:</source>
        <translation>Деталізація в:</translation>
    </message>
    <message>
        <source>Remove linked journey</source>
        <translation>Вилучити пов'язаний шлях</translation>
    </message>
    <message>
        <source>Link a journey</source>
        <translation>Пов'язати шлях</translation>
    </message>
    <message>
        <source>Rests &amp;on:</source>
        <translation>Осно&amp;ва:</translation>
    </message>
    <message>
        <source>Change what the card rests on</source>
        <translation>Змінити основу картки</translation>
    </message>
    <message>
        <source>Change a persona's negative emotion</source>
        <translation>Змінити негативну емоцію персони</translation>
    </message>
    <message>
        <source>Change who the step happens to</source>
        <translation>Змінити, з ким відбувається крок</translation>
    </message>
    <message>
        <source>What %1 feels here (the card's own: %2)</source>
        <translation>Що тут відчуває %1 (у картки: %2)</translation>
    </message>
    <message>
        <source>Pict&amp;ures:</source>
        <translation>Зобра&amp;ження:</translation>
    </message>
</context>
<context>
    <name>waymark::PublishDialog</name>
    <message>
        <source>Publish to Server</source>
        <translation>Опублікувати на сервері</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; goes to a PostgreSQL database your company runs. Everyone who opens it from there edits it live from their own laptop; what each person may do is set by the database's roles. Your file stays as it is.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; потрапить до бази PostgreSQL вашої компанії. Усі, хто відкриє шлях звідти, редагують його одночасно зі своїх ноутбуків; кому що можна, визначають ролі бази даних. Ваш файл залишиться без змін.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Опублікувати</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Публікація на %1…</translation>
    </message>
</context>
<context>
    <name>waymark::ReplayReportDialog</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>on</source>
        <translation>увімк.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>вимк.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>порожньо</translation>
    </message>
    <message>
        <source>another value</source>
        <translation>інше значення</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>коментар</translation>
    </message>
    <message>
        <source>a dot</source>
        <translation>крапка голосування</translation>
    </message>
    <message>
        <source>the new card</source>
        <translation>нова картка</translation>
    </message>
    <message>
        <source>the deletion</source>
        <translation>видалення</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made while offline reached the server</source>
        <translation>
            <numerusform>%n зміна, зроблена без зв’язку, дійшла до сервера</numerusform>
            <numerusform>%n зміни, зроблені без зв’язку, дійшли до сервера</numerusform>
            <numerusform>%n змін, зроблених без зв’язку, дійшли до сервера</numerusform>
        </translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Зв’язок відновлено</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n met changes by others (see the report)</source>
        <translation>
            <numerusform>%1; %n зіткнулася з чужими змінами (див. звіт)</numerusform>
            <numerusform>%1; %n зіткнулися з чужими змінами (див. звіт)</numerusform>
            <numerusform>%1; %n зіткнулися з чужими змінами (див. звіт)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n still wait for the connection</source>
        <translation>
            <numerusform>%1; %n ще чекає на зв’язок</numerusform>
            <numerusform>%1; %n ще чекають на зв’язок</numerusform>
            <numerusform>%1; %n ще чекають на зв’язок</numerusform>
        </translation>
    </message>
    <message>
        <source>Yours: %1 (theirs was %2)</source>
        <translation>Ваше: %1 (у них було %2)</translation>
    </message>
    <message>
        <source>Theirs: %1 (yours was %2)</source>
        <translation>Їхнє: %1 (у вас було %2)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не збережено: %1</translation>
    </message>
    <message>
        <source>Changes made offline</source>
        <translation>Зміни, зроблені без зв’язку</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Хто змінив</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Лишилося</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <source>a dot taken back</source>
        <translation>знята крапка</translation>
    </message>
    <message>
        <source>adding it</source>
        <translation>додавання</translation>
    </message>
    <message>
        <source>removing it</source>
        <translation>видалення</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>підпис</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>closing or reopening it</source>
        <translation>закриття або повторне відкриття</translation>
    </message>
    <message>
        <source>resolving or reopening it</source>
        <translation>розв’язання або повторне відкриття</translation>
    </message>
    <message>
        <source>the colour</source>
        <translation>колір</translation>
    </message>
    <message>
        <source>Stage “%1”</source>
        <translation>Етап «%1»</translation>
    </message>
    <message>
        <source>Lane “%1”</source>
        <translation>Доріжка «%1»</translation>
    </message>
    <message>
        <source>Department “%1”</source>
        <translation>Підрозділ «%1»</translation>
    </message>
    <message>
        <source>Vote “%1”</source>
        <translation>Голосування «%1»</translation>
    </message>
    <message>
        <source>Dot on “%1”</source>
        <translation>Крапка на «%1»</translation>
    </message>
    <message>
        <source>Comment “%1”</source>
        <translation>Коментар «%1»</translation>
    </message>
    <message>
        <source>Arrow “%1”</source>
        <translation>Стрілка «%1»</translation>
    </message>
    <message>
        <source>Persona “%1”</source>
        <translation>Персона «%1»</translation>
    </message>
    <message>
        <source>Participant “%1”</source>
        <translation>Учасник «%1»</translation>
    </message>
    <message>
        <source>While you were offline, others changed some of the same things. Where both changed one field, the change made later stays. What was not saved says why.</source>
        <translation>Поки ви були без зв’язку, інші змінили дещо з того самого. Де обоє змінили одне поле, лишається пізніша зміна. Для незбереженого вказано причину.</translation>
    </message>
    <message>
        <source>Card or item</source>
        <translation>Картка або елемент</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>the currency</source>
        <translation>валюту</translation>
    </message>
    <message>
        <source>the setting “%1”</source>
        <translation>налаштування «%1»</translation>
    </message>
    <message>
        <source>ticking it off or reopening it</source>
        <translation>позначка про виконання або її зняття</translation>
    </message>
    <message>
        <source>its figures</source>
        <translation>її цифри</translation>
    </message>
    <message>
        <source>its opportunities</source>
        <translation>його можливості</translation>
    </message>
    <message>
        <source>Agenda step “%1”</source>
        <translation>Пункт порядку денного «%1»</translation>
    </message>
    <message>
        <source>Opportunity “%1”</source>
        <translation>Можливість «%1»</translation>
    </message>
    <message>
        <source>Scenario “%1”</source>
        <translation>Сценарій «%1»</translation>
    </message>
    <message>
        <source>Journey “%1”</source>
        <translation>Шлях «%1»</translation>
    </message>
</context>
<context>
    <name>waymark::ServerAddressForm</name>
    <message>
        <source>postgresql://HOST[:PORT]/DATABASE, or postgresql://USER@HOST/DATABASE. The password comes from ~/.pgpass, or Waymark asks for it; it is never saved.</source>
        <translation>postgresql://ХОСТ[:ПОРТ]/БАЗА або postgresql://КОРИСТУВАЧ@ХОСТ/БАЗА. Пароль береться з ~/.pgpass, або Waymark його запитає; він ніколи не зберігається.</translation>
    </message>
    <message>
        <source>Shown to the others next to the changes you make</source>
        <translation>Інші бачитимуть це ім’я поруч із вашими змінами</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;Адреса сервера:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;ім’я:</translation>
    </message>
    <message>
        <source>Type the server's address, for example postgresql://db.example.com/workshops.</source>
        <translation>Введіть адресу сервера, наприклад postgresql://db.example.com/workshops.</translation>
    </message>
    <message>
        <source>The address is not a PostgreSQL URL: %1
Write it as postgresql://HOST[:PORT]/DATABASE.</source>
        <translation>Це не адреса PostgreSQL: %1
Запишіть її як postgresql://ХОСТ[:ПОРТ]/БАЗА.</translation>
    </message>
</context>
<context>
    <name>waymark::StageDialog</name>
    <message>
        <source>Stage Properties</source>
        <translation>Властивості етапу</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>What the customer is trying to do in this stage</source>
        <translation>Чого клієнт намагається досягти на цьому етапі</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>Змінити етап</translation>
    </message>
</context>
<context>
    <name>waymark::StartPage</name>
    <message>
        <source>Welcome to Waymark</source>
        <translation>Ласкаво просимо до Waymark</translation>
    </message>
    <message>
        <source>Map a customer's journey together with the people who serve it: stages as columns, lanes as rows, a card for every step. Start with one of these.</source>
        <translation>Складіть карту шляху клієнта разом із тими, хто його обслуговує: етапи — стовпці, доріжки — рядки, картка — на кожен крок. Почніть з одного з варіантів.</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Новий шлях</translation>
    </message>
    <message>
        <source>An empty map with a few stages and lanes to rename</source>
        <translation>Порожня карта з кількома етапами й доріжками, які можна перейменувати</translation>
    </message>
    <message>
        <source>Open the sample workshop</source>
        <translation>Відкрити приклад воркшопу</translation>
    </message>
    <message>
        <source>A retail bank's "open an account" journey, filled in, to try everything on</source>
        <translation>Заповнений шлях «відкриття рахунку» роздрібного банку, щоб усе випробувати</translation>
    </message>
    <message>
        <source>Open a journey…</source>
        <translation>Відкрити шлях…</translation>
    </message>
    <message>
        <source>A .waymark or .waymark.json file</source>
        <translation>Файл .waymark або .waymark.json</translation>
    </message>
    <message>
        <source>Recent journeys</source>
        <translation>Нещодавні шляхи</translation>
    </message>
    <message>
        <source>None yet: the journeys you open or save appear here.</source>
        <translation>Поки порожньо: тут з'являться шляхи, які ви відкриваєте або зберігаєте.</translation>
    </message>
    <message>
        <source>You can also drop a journey file, or a survey's CSV or Excel file, on this window.</source>
        <translation>Можна також перетягнути в це вікно файл шляху або файл опитування у форматі CSV чи Excel.</translation>
    </message>
    <message>
        <source>How a workshop goes</source>
        <translation>Як проходить воркшоп</translation>
    </message>
    <message>
        <source>Map the steps</source>
        <translation>Опишіть кроки</translation>
    </message>
    <message>
        <source>Name the stages the customer goes through and the lanes of who serves them, then add a card for every touchpoint: double-click a cell or press N.</source>
        <translation>Назвіть етапи, які проходить клієнт, і доріжки тих, хто його обслуговує, потім додайте картку на кожну точку контакту: двічі клацніть клітинку або натисніть N.</translation>
    </message>
    <message>
        <source>Add the effort</source>
        <translation>Додайте зусилля</translation>
    </message>
    <message>
        <source>Give each card what it costs the customer: time, money, negative emotion. The heatmap shows where the journey hurts.</source>
        <translation>Вкажіть для кожної картки, чого вона вартує клієнтові: час, гроші, негативну емоцію. Теплова карта покаже, де шлях завдає незручностей.</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Голосування</translation>
    </message>
    <message>
        <source>Add the participants in the Workshop dock and let everyone spend their dots on the pain points that matter most.</source>
        <translation>Додайте учасників на панелі «Воркшоп» і дайте кожному розподілити свої крапки між найважливішими больовими точками.</translation>
    </message>
    <message>
        <source>Make the business case</source>
        <translation>Обґрунтуйте для бізнесу</translation>
    </message>
    <message>
        <source>Turn the top-voted pain points into opportunities with their costs and benefits, then export the PDF for the department heads.</source>
        <translation>Перетворіть больові точки, що набрали найбільше голосів, на можливості з витратами й вигодами, потім експортуйте PDF для керівників підрозділів.</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>Почати з шаблону…</translation>
    </message>
    <message>
        <source>Banking, telecom, insurance, online shop, public service, B2B software, or one of yours</source>
        <translation>Банк, телеком, страхування, інтернет-магазин, держпослуги, B2B-сервіс або ваш власний шаблон</translation>
    </message>
</context>
<context>
    <name>waymark::SystemFields</name>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source> years</source>
        <translation> р.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>How old the system is: old systems are where the technology gap shows</source>
        <translation>Вік системи: технологічний розрив виявляється у старих системах</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>&amp;Вік:</translation>
    </message>
    <message>
        <source>What it cannot do, e.g. no status updates, no e-signature</source>
        <translation>Чого вона не вміє, наприклад немає сповіщень про статус, немає електронного підпису</translation>
    </message>
    <message>
        <source>What it &amp;cannot do:</source>
        <translation>Чого вона не в&amp;міє:</translation>
    </message>
    <message>
        <source>Tick the touchpoints this system is behind</source>
        <translation>Позначте точки контакту, за якими стоїть ця система</translation>
    </message>
    <message>
        <source>&amp;Supports:</source>
        <translation>Під&amp;тримує:</translation>
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
        <translation>Технологічний розрив</translation>
    </message>
    <message>
        <source>The systems behind the journey (cards in Systems lanes), those behind the most pain points first.</source>
        <translation>Системи, на яких тримається шлях (картки на доріжках «Системи»), спершу ті, що спричиняють найбільше больових точок.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>What it cannot do</source>
        <translation>Чого вона не вміє</translation>
    </message>
    <message>
        <source>Pain points it causes</source>
        <translation>Больові точки, які вона спричиняє</translation>
    </message>
    <message>
        <source>Customer time there</source>
        <translation>Час клієнтів у цих точках</translation>
    </message>
    <message>
        <source>Opportunities replacing it</source>
        <translation>Можливості, що її замінять</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 р.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>поки немає</translation>
    </message>
</context>
<context>
    <name>waymark::TemplateCardDelegate</name>
    <message>
        <source>Cannot be used: %1</source>
        <translation>Не можна використати: %1</translation>
    </message>
    <message>
        <source>Stages: %1 · cards: %2</source>
        <translation>Етапів: %1 · карток: %2</translation>
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
        <translation>Створити з шаблону</translation>
    </message>
    <message>
        <source>A map to adapt to your journey: its stages, lanes and departments, and typical cards with their effort. Rename, add or remove anything once it is open.</source>
        <translation>Карта, яку можна пристосувати до вашого шляху: етапи, доріжки й підрозділи, а також типові картки із зусиллями. Після відкриття можна перейменувати, додати чи вилучити що завгодно.</translation>
    </message>
    <message>
        <source>Search templates, e.g. claim or delivery</source>
        <translation>Пошук шаблонів, наприклад: ДТП або доставка</translation>
    </message>
    <message>
        <source>Any journey can become a template (File → Save as Template…); yours are kept in %1.</source>
        <translation>Будь-який шлях можна зробити шаблоном (Файл → Зберегти як шаблон…); ваші шаблони зберігаються в %1.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Створити</translation>
    </message>
    <message>
        <source>No template matches "%1".</source>
        <translation>Жоден шаблон не відповідає «%1».</translation>
    </message>
</context>
<context>
    <name>waymark::TimeboxWidget</name>
    <message>
        <source>Time left</source>
        <translation>Залишилося часу</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хвилини</translation>
    </message>
    <message>
        <source>Length of the timebox in minutes</source>
        <translation>Тривалість таймбоксу в хвилинах</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Скинути</translation>
    </message>
    <message>
        <source>Stop and put the full time back</source>
        <translation>Зупинити й повернути повний час</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Почати</translation>
    </message>
</context>
<context>
    <name>waymark::TouchpointNpsList</name>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакту</translation>
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
        <translation>Підрозділ</translation>
    </message>
    <message>
        <source>95 %</source>
        <translation>95 %</translation>
    </message>
    <message>
        <source>95 % margin of error, in the figure's points</source>
        <translation>Похибка у пунктах показника (довірчий рівень 95 %)</translation>
    </message>
    <message>
        <source>95 % interval of the figure</source>
        <translation>Довірчий інтервал показника (95 %)</translation>
    </message>
    <message>
        <source>Fewer than %1 answers: a weak signal</source>
        <translation>Менше ніж %1 відповідей: слабкий сигнал</translation>
    </message>
</context>
<context>
    <name>waymark::VoiceDock</name>
    <message>
        <source>“%1” — %2</source>
        <translation>«%1» — %2</translation>
    </message>
    <message>
        <source>What Customers Say</source>
        <translation>Що кажуть клієнти</translation>
    </message>
    <message>
        <source>Selected card</source>
        <translation>Вибрана картка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
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
        <translation>Коментарі за:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Від кого:</translation>
    </message>
    <message>
        <source>Select Cards Where This Term Stands Out</source>
        <translation>Виділити картки, де цей термін вирізняється</translation>
    </message>
    <message>
        <source>Selects on the map every card whose comments (in this category) use the term distinctly often</source>
        <translation>Виділяє на карті всі картки, в коментарях до яких (у цій категорії) термін трапляється помітно частіше</translation>
    </message>
    <message>
        <source>Click a term to read what customers wrote.</source>
        <translation>Клацніть термін, щоб прочитати, що написали клієнти.</translation>
    </message>
    <message>
        <source>Search every comment…</source>
        <translation>Пошук у всіх коментарях…</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Усі відповіді</translation>
    </message>
    <message>
        <source>Reading %L1 answers' comments…</source>
        <translation>Читання коментарів до відповідей (%L1)…</translation>
    </message>
    <message>
        <source>No survey answers with comments in this journey: import a file with a comment column (Data → Import Survey…).</source>
        <translation>У цьому шляху немає відповідей на опитування з коментарями: імпортуйте файл зі стовпцем коментарів (Дані → Імпорт опитування…).</translation>
    </message>
    <message>
        <source>Comments are read when this panel is shown.</source>
        <translation>Коментарі читаються, коли цю панель відкрито.</translation>
    </message>
    <message>
        <source>This card has no data key, so no survey answers belong to it (set one in Properties).</source>
        <translation>Ця картка не має ключа даних, тому до неї не належить жодна відповідь опитування (задайте ключ у властивостях).</translation>
    </message>
    <message>
        <source>Select one card on the map, or choose a stage, segment or quarter above.</source>
        <translation>Виберіть одну картку на карті або виберіть етап, сегмент чи квартал вище.</translation>
    </message>
    <message>
        <source>No comments from %1 for “%2”.</source>
        <translation>Для «%2» немає коментарів у категорії «%1».</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n comment(s) from %2</source>
        <translation>
            <numerusform>«%1»: %2 — %n коментар</numerusform>
            <numerusform>«%1»: %2 — %n коментарі</numerusform>
            <numerusform>«%1»: %2 — %n коментарів</numerusform>
        </translation>
    </message>
    <message>
        <source>against %1 others.</source>
        <translation>проти %1 інших.</translation>
    </message>
    <message>
        <source>Nothing to compare them with: choose another category.</source>
        <translation>Немає з чим порівняти: виберіть іншу категорію.</translation>
    </message>
    <message>
        <source>No word stands out (|z| ≥ 1.96, seen at least %1 times).</source>
        <translation>Жодне слово не вирізняється (|z| ≥ 1.96, трапляється щонайменше %1 разів).</translation>
    </message>
    <message>
        <source>What customers wrote with “%1”:</source>
        <translation>Що клієнти написали зі словом «%1»:</translation>
    </message>
    <message>
        <source>Type a word to find it in every comment, whatever the card or score.</source>
        <translation>Введіть слово, щоб знайти його в усіх коментарях, незалежно від картки й оцінки.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) contain “%1”</source>
        <translation>
            <numerusform>«%1» міститься в %n коментарі</numerusform>
            <numerusform>«%1» міститься в %n коментарях</numerusform>
            <numerusform>«%1» міститься в %n коментарях</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first %1 shown)</source>
        <translation>(показано перші %1)</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>оцінка %1</translation>
    </message>
    <message>
        <source>Comparing the comments…</source>
        <translation>Порівняння коментарів…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers… Their comments are shown here when they are read.</source>
        <translation>Читаємо %L1 відповідей опитування… Їхні коментарі з’являться тут, щойно відповіді буде прочитано.</translation>
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
            <numerusform>«%1»: %n раз у цих коментарях, %2 в усіх інших; лог. шанси %3, z = %4</numerusform>
            <numerusform>«%1»: %n рази в цих коментарях, %2 в усіх інших; лог. шанси %3, z = %4</numerusform>
            <numerusform>«%1»: %n разів у цих коментарях, %2 в усіх інших; лог. шанси %3, z = %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::VoteBanner</name>
    <message>
        <source>%1 is voting — %2 of %3 dots left</source>
        <translation>Голосує %1 — залишилося крапок: %2 з %3</translation>
    </message>
    <message>
        <source>Vote open, but nobody can vote: add people in the Workshop dock.</source>
        <translation>Голосування відкрито, але голосувати нікому: додайте людей на панелі «Воркшоп».</translation>
    </message>
    <message>
        <source>Vote open — who is voting? Press 1–9 or click a name in the Workshop dock.</source>
        <translation>Голосування відкрито — хто голосує? Натисніть 1–9 або клацніть ім'я на панелі «Воркшоп».</translation>
    </message>
</context>
<context>
    <name>waymark::VotePanel</name>
    <message>
        <source>Start Vote…</source>
        <translation>Почати голосування…</translation>
    </message>
    <message>
        <source>Close Vote</source>
        <translation>Закрити голосування</translation>
    </message>
    <message>
        <source>&amp;Results of:</source>
        <translation>&amp;Результати:</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Крапки</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Картка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Експорт у CSV…</translation>
    </message>
    <message>
        <source>The journey is open for review only: no vote can be started.</source>
        <translation>Шлях відкрито лише для рецензування: почати голосування не можна.</translation>
    </message>
    <message>
        <source>“%1” is still open: close it before starting another vote.</source>
        <translation>Голосування «%1» ще триває: закрийте його, перш ніж починати нове.</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>Закрити голосування</translation>
    </message>
    <message>
        <source>No vote is open.</source>
        <translation>Немає відкритого голосування.</translation>
    </message>
    <message>
        <source>There are no results to export: the dots of an open hidden vote stay secret until it closes.</source>
        <translation>Немає результатів для експорту: у прихованому голосуванні крапки залишаються таємними, доки його не закрито.</translation>
    </message>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>Не вдалося зберегти результати в %1: %2</translation>
    </message>
    <message>
        <source>Start Vote</source>
        <translation>Почати голосування</translation>
    </message>
    <message>
        <source>Biggest pain points</source>
        <translation>Найбільші больові точки</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без обмеження</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Hide dots until the vote closes</source>
        <translation>Приховати крапки до закриття голосування</translation>
    </message>
    <message>
        <source>Nobody follows the crowd: the dots appear on the map when the vote closes.</source>
        <translation>Ніхто не підлаштовується під більшість: крапки з'являться на карті, коли голосування закриється.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Vote on:</source>
        <translation>&amp;Голосувати за:</translation>
    </message>
    <message>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Крапок на особу:</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>&amp;Ліміт часу:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) on the map can get dots.</source>
        <translation>
            <numerusform>%Ln картка на карті може отримати крапки.</numerusform>
            <numerusform>%Ln картки на карті можуть отримати крапки.</numerusform>
            <numerusform>%Ln карток на карті можуть отримати крапки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Почати</translation>
    </message>
    <message>
        <source>Export Vote Results</source>
        <translation>Експорт результатів голосування</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Експорт у CSV</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>QDateTime format of a vote's start</comment>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (open)</source>
        <translation>%1 — %2 (триває)</translation>
    </message>
    <message numerus="yes">
        <source>Open: %1 — %2, %Ln dot(s) each.</source>
        <translation>
            <numerusform>Триває: %1 — %2; %Ln крапка на учасника.</numerusform>
            <numerusform>Триває: %1 — %2; %Ln крапки на учасника.</numerusform>
            <numerusform>Триває: %1 — %2; %Ln крапок на учасника.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dots stay hidden until the vote closes.</source>
        <translation>Крапки приховано до закриття голосування.</translation>
    </message>
    <message>
        <source>Click cards on the map to place the dots of whoever has the floor; right-click takes one back.</source>
        <translation>Клацайте картки на карті, щоб ставити крапки учасника, який має слово; клацання правою кнопкою забирає одну.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 left</source>
        <translation>%1: залишилося %2 з %3</translation>
    </message>
    <message>
        <source>=%1</source>
        <comment>a rank shared by several cards</comment>
        <translation>=%1</translation>
    </message>
    <message>
        <source>No votes yet. Start one to find the pain points the room cares about most.</source>
        <translation>Голосувань ще немає. Почніть перше, щоб знайти больові точки, які найбільше хвилюють учасників.</translation>
    </message>
    <message>
        <source>No dots yet.</source>
        <translation>Крапок ще немає.</translation>
    </message>
    <message>
        <source>Opportunities from Top Cards…</source>
        <translation>Можливості з лідерських карток…</translation>
    </message>
    <message>
        <source>Turn the cards with the most dots into opportunities for the business case</source>
        <translation>Перетворити картки з найбільшою кількістю крапок на можливості для бізнес-кейсу</translation>
    </message>
    <message>
        <source>There is no vote to take the top cards from.</source>
        <translation>Немає голосування, з якого можна взяти лідерські картки.</translation>
    </message>
    <message>
        <source>Opportunities from Top Cards</source>
        <translation>Можливості з лідерських карток</translation>
    </message>
    <message>
        <source>One opportunity for each of the top cards of “%1” (cards that have one already are skipped). How many cards?</source>
        <translation>По одній можливості для кожної з лідерських карток «%1» (картки, які вже мають можливість, пропускаються). Скільки карток?</translation>
    </message>
    <message>
        <source>The room</source>
        <comment>the participant standing for everyone when the room votes as one</comment>
        <translation>Уся група</translation>
    </message>
    <message>
        <source>Start vote as the room</source>
        <translation>Почати голосування від усієї групи</translation>
    </message>
    <message>
        <source>Nobody is on the participants list yet. Who votes?</source>
        <translation>У списку учасників поки нікого немає. Хто голосує?</translation>
    </message>
    <message>
        <source>The &amp;room, as one: a shared budget of dots, placed by clicking cards</source>
        <translation>Уся &amp;група разом: спільний запас крапок, які ставлять клацанням по картках</translation>
    </message>
    <message>
        <source>&amp;Add participants first, each with their own dots</source>
        <translation>Спершу &amp;додати учасників, кожен зі своїми крапками</translation>
    </message>
    <message>
        <source>&amp;Dots for the room:</source>
        <translation>&amp;Крапок у групи:</translation>
    </message>
</context>
<context>
    <name>waymark::WorkshopCanvas</name>
    <message>
        <source>A vote is open: choose who is voting (Workshop dock, or keys 1–9), then click cards.</source>
        <translation>Триває голосування: виберіть, хто голосує (панель «Воркшоп» або клавіші 1–9), і клацайте картки.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 dots left</source>
        <translation>%1: залишилося %2 з %3 крапок</translation>
    </message>
</context>
<context>
    <name>waymark::WorkshopDock</name>
    <message>
        <source>Workshop</source>
        <translation>Воркшоп</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Голосування</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Порядок денний</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Таймер</translation>
    </message>
    <message numerus="yes">
        <source>Connected now (%n): %1</source>
        <translation>
            <numerusform>Зараз під’єднано (%n): %1</numerusform>
            <numerusform>Зараз під’єднано (%n): %1</numerusform>
            <numerusform>Зараз під’єднано (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone who has this shared journey open at the moment</source>
        <translation>Усі, у кого цей спільний шлях відкрито просто зараз</translation>
    </message>
</context>
</TS>
