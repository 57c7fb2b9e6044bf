<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Autosaver</name>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation>Не удалось записать резервную копию: %1</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value model to %L1 customers…</source>
        <translation>Модель пожизненной ценности подбирается по данным клиентов (%L1)…</translation>
    </message>
</context>
<context>
    <name>BusinessCase</name>
    <message>
        <source>one-off cost</source>
        <translation>единовременные затраты</translation>
    </message>
    <message>
        <source>discount rate</source>
        <translation>ставка дисконтирования</translation>
    </message>
    <message>
        <source>year %1: benefits − running cost</source>
        <translation>год %1: выгоды − текущие затраты</translation>
    </message>
    <message>
        <source>(%1 − %2) × %3</source>
        <translation>(%1 − %2) × %3</translation>
    </message>
    <message>
        <source>Net present value — %1</source>
        <translation>Чистый дисконтированный доход — %1</translation>
    </message>
    <message>
        <source>−one-off cost + Σ years (benefits − running cost) / (1 + discount rate)^year</source>
        <translation>−единовременные затраты + Σ по годам (выгоды − текущие затраты) / (1 + ставка дисконтирования)^год</translation>
    </message>
    <message>
        <source>Net present value, low — %1</source>
        <translation>Чистый дисконтированный доход, нижняя оценка — %1</translation>
    </message>
    <message>
        <source>as the NPV, with the low end of every benefit</source>
        <translation>как ЧДД, но с нижней границей каждой выгоды</translation>
    </message>
    <message>
        <source>benefits per year, low</source>
        <translation>выгоды в год, нижняя оценка</translation>
    </message>
    <message>
        <source>Net present value, high — %1</source>
        <translation>Чистый дисконтированный доход, верхняя оценка — %1</translation>
    </message>
    <message>
        <source>as the NPV, with the high end of every benefit</source>
        <translation>как ЧДД, но с верхней границей каждой выгоды</translation>
    </message>
    <message>
        <source>benefits per year, high</source>
        <translation>выгоды в год, верхняя оценка</translation>
    </message>
    <message>
        <source>Return on investment — %1</source>
        <translation>Рентабельность инвестиций (ROI) — %1</translation>
    </message>
    <message>
        <source>NPV / (one-off cost + Σ years running cost / (1 + discount rate)^year)</source>
        <translation>ЧДД / (единовременные затраты + Σ по годам текущие затраты / (1 + ставка дисконтирования)^год)</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>ЧДД</translation>
    </message>
    <message>
        <source>discounted running costs</source>
        <translation>дисконтированные текущие затраты</translation>
    </message>
    <message>
        <source>net per month after delivery</source>
        <translation>чистый поток в месяц после внедрения</translation>
    </message>
    <message>
        <source>Payback — %1</source>
        <translation>Окупаемость — %1</translation>
    </message>
    <message>
        <source>the first month in which the cumulative net (undiscounted) reaches the one-off cost</source>
        <translation>первый месяц, в котором накопленный чистый поток (без дисконтирования) достигает единовременных затрат</translation>
    </message>
    <message>
        <source>the cumulative net does not reach the one-off cost within the horizon</source>
        <translation>накопленный чистый поток не достигает единовременных затрат в пределах горизонта</translation>
    </message>
    <message>
        <source>The one-off cost is in %1, not %2: left out</source>
        <translation>Единовременные затраты указаны в %1, а не в %2: не учтены</translation>
    </message>
    <message>
        <source>The running cost is in %1, not %2: left out</source>
        <translation>Текущие затраты указаны в %1, а не в %2: не учтены</translation>
    </message>
    <message>
        <source>A change names a card that is no longer on the map: left out</source>
        <translation>Изменение ссылается на карточку, которой больше нет на карте: не учтено</translation>
    </message>
    <message>
        <source>customers per year at the stage</source>
        <translation>клиентов в год на этапе</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>охват</translation>
    </message>
    <message>
        <source>The money saved at “%1” is in %2, not %3: left out</source>
        <translation>Экономия денег на «%1» указана в %2, а не в %3: не учтена</translation>
    </message>
    <message>
        <source>Customer effort saved — %1</source>
        <translation>Сэкономленные усилия клиента — %1</translation>
    </message>
    <message>
        <source>customers × reach × (minutes saved / 60 × hour value + money saved)</source>
        <translation>клиенты × охват × (сэкономленные минуты / 60 × стоимость часа + сэкономленные деньги)</translation>
    </message>
    <message>
        <source>minutes saved</source>
        <translation>сэкономленные минуты</translation>
    </message>
    <message>
        <source>hour value</source>
        <translation>стоимость часа</translation>
    </message>
    <message>
        <source>money saved</source>
        <translation>сэкономленные деньги</translation>
    </message>
    <message>
        <source>No cost per contact is set for the %1 channel: “%2” saves nothing to serve</source>
        <translation>Для канала %1 не задана стоимость контакта: «%2» не снижает стоимость обслуживания</translation>
    </message>
    <message>
        <source>Cost to serve saved — %1</source>
        <translation>Снижение стоимости обслуживания — %1</translation>
    </message>
    <message>
        <source>customers × reach × contacts avoided × cost per contact of the channel</source>
        <translation>клиенты × охват × устранённые контакты × стоимость контакта в канале</translation>
    </message>
    <message>
        <source>contacts avoided</source>
        <translation>устранённые контакты</translation>
    </message>
    <message>
        <source>cost per contact (%1)</source>
        <translation>стоимость контакта (%1)</translation>
    </message>
    <message>
        <source>touchpoint “%1”</source>
        <translation>точка контакта «%1»</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: the journey has no NPS data</source>
        <translation>Удержание на «%1» не учтено: в пути нет данных NPS</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: the card has no data key for NPS answers</source>
        <translation>Удержание на «%1» не учтено: у карточки нет ключа данных для ответов NPS</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: no NPS answers at touchpoint “%2”</source>
        <translation>Удержание на «%1» не учтено: нет ответов NPS в точке контакта «%2»</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: the journey has no CLV data</source>
        <translation>Удержание на «%1» не учтено: в пути нет данных CLV</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: no CLV of the NPS categories it moves</source>
        <translation>Удержание на «%1» не учтено: нет CLV для категорий NPS, между которыми переходят клиенты</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: the CLV is in %2, not %3</source>
        <translation>Удержание на «%1» не учтено: CLV указан в %2, а не в %3</translation>
    </message>
    <message>
        <source>Retention — %1</source>
        <translation>Удержание — %1</translation>
    </message>
    <message>
        <source>customers × reach × detractor share × (to passives × (CLV passives − CLV detractors) + to promoters × (CLV promoters − CLV detractors))</source>
        <translation>клиенты × охват × доля критиков × (в нейтралы × (CLV нейтралов − CLV критиков) + в промоутеры × (CLV промоутеров − CLV критиков))</translation>
    </message>
    <message>
        <source>detractor share (95 % interval)</source>
        <translation>доля критиков (интервал 95 %)</translation>
    </message>
    <message>
        <source>%1 (%2 – %3) of %4 answers</source>
        <translation>%1 (%2 – %3), ответов: %4</translation>
    </message>
    <message>
        <source>to passives</source>
        <translation>в нейтралы</translation>
    </message>
    <message>
        <source>to promoters</source>
        <translation>в промоутеры</translation>
    </message>
    <message>
        <source>mean CLV detractors</source>
        <translation>средний CLV критиков</translation>
    </message>
    <message>
        <source>mean CLV passives</source>
        <translation>средний CLV нейтралов</translation>
    </message>
    <message>
        <source>mean CLV promoters</source>
        <translation>средний CLV промоутеров</translation>
    </message>
    <message>
        <source>The money the new step “%1” costs is in %2, not %3: left out</source>
        <translation>Затраты клиента на новый шаг «%1» указаны в %2, а не в %3: не учтены</translation>
    </message>
    <message>
        <source>Customer effort added — %1</source>
        <translation>Добавленные усилия клиента — %1</translation>
    </message>
    <message>
        <source>−customers × (minutes / 60 × hour value + money)</source>
        <translation>−клиенты × (минуты / 60 × стоимость часа + деньги)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минуты</translation>
    </message>
    <message>
        <source>money</source>
        <translation>деньги</translation>
    </message>
    <message>
        <source>spread (%1 confidence)</source>
        <translation>разброс (уверенность: %1)</translation>
    </message>
    <message>
        <source>Customer effort per year — %1</source>
        <translation>Усилия клиента в год — %1</translation>
    </message>
    <message>
        <source>Σ cards' customer effort saved − added steps' effort</source>
        <translation>Σ сэкономленных усилий клиента по карточкам − усилия на добавленных шагах</translation>
    </message>
    <message>
        <source>low</source>
        <translation>нижняя оценка</translation>
    </message>
    <message>
        <source>high</source>
        <translation>верхняя оценка</translation>
    </message>
    <message>
        <source>Cost to serve per year — %1</source>
        <translation>Снижение стоимости обслуживания в год — %1</translation>
    </message>
    <message>
        <source>Σ cards' cost to serve saved</source>
        <translation>Σ снижения стоимости обслуживания по карточкам</translation>
    </message>
    <message>
        <source>Retention per year — %1</source>
        <translation>Удержание в год — %1</translation>
    </message>
    <message>
        <source>CLV at risk — %1</source>
        <translation>CLV под угрозой — %1</translation>
    </message>
    <message>
        <source>Σ linked touchpoints: lifetime value of the customers whose latest answer there was a detractor's</source>
        <translation>Σ по связанным точкам контакта: пожизненная ценность клиентов, чей последний ответ там был ответом критика</translation>
    </message>
    <message>
        <source>Running cost per year — %1</source>
        <translation>Текущие затраты в год — %1</translation>
    </message>
    <message>
        <source>from month %1 on, after delivery</source>
        <translation>с %1-го месяца, после внедрения</translation>
    </message>
    <message>
        <source>months to deliver</source>
        <translation>месяцев на внедрение</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>No customers per year are set: every benefit is 0</source>
        <translation>Не задано число клиентов в год: все выгоды равны 0</translation>
    </message>
    <message>
        <source>The scenario names an opportunity that no longer exists: left out</source>
        <translation>Сценарий ссылается на возможность, которой больше нет: не учтена</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is changed by %2: the total counts each change in full, so it overstates their overlap</source>
        <translation>«%1» изменяют %2: итог учитывает каждое изменение полностью и поэтому завышает эффект там, где они пересекаются</translation>
    </message>
    <message>
        <source>Σ opportunities</source>
        <translation>Σ возможностей</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>возможности</translation>
    </message>
    <message>
        <source>Σ touchpoints linked by any opportunity, each counted once</source>
        <translation>Σ точек контакта, связанных хотя бы с одной возможностью, каждая учтена один раз</translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation>точки контакта</translation>
    </message>
    <message>
        <source>the largest card's retention (a customer changes category once); the range uses the ends of the detractor share's 95 % interval and the spread</source>
        <translation>удержание по карточке с наибольшим эффектом (клиент меняет категорию только один раз); диапазон строится по границам интервала 95 % для доли критиков и по разбросу</translation>
    </message>
    <message>
        <source>Retention at “%1” not counted yet: reading the %L2 survey answers…</source>
        <translation>Удержание на «%1» пока не учтено: читаем %L2 ответов опроса…</translation>
    </message>
    <message>
        <source>Retention at “%1” not counted yet: fitting the lifetime-value model to %L2 customers…</source>
        <translation>Удержание на «%1» пока не учтено: модель пожизненной ценности подбирается по данным клиентов (%L2)…</translation>
    </message>
    <message>
        <source>Retention at “%1” not counted yet: matching %L2 survey answers to customers…</source>
        <translation>Удержание на «%1» пока не учтено: ответы опроса (%L2) сопоставляются с клиентами…</translation>
    </message>
</context>
<context>
    <name>BusinessCaseXlsx</name>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>не удалось создать временную папку: %1</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>не удалось создать книгу</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Исходные данные</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Расчёт</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>Пояснения</translation>
    </message>
    <message>
        <source>cannot add the sheets</source>
        <translation>не удалось добавить листы</translation>
    </message>
    <message>
        <source>Business case: every opportunity</source>
        <translation>Бизнес-кейс: все возможности</translation>
    </message>
    <message>
        <source>Business case: %1</source>
        <translation>Бизнес-кейс: %1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Horizon (years, 1–10)</source>
        <translation>Горизонт (лет, 1–10)</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Ставка дисконтирования</translation>
    </message>
    <message>
        <source>Customers per year</source>
        <translation>Клиентов в год</translation>
    </message>
    <message>
        <source>Customers per year — %1</source>
        <translation>Клиентов в год — %1</translation>
    </message>
    <message>
        <source>Value of the customer's hour</source>
        <translation>Стоимость часа клиента</translation>
    </message>
    <message>
        <source>Cost per contact — %1</source>
        <translation>Стоимость контакта — %1</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Возможность</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Единовременные затраты</translation>
    </message>
    <message>
        <source>Running cost / year</source>
        <translation>Текущие затраты / год</translation>
    </message>
    <message>
        <source>Months to deliver</source>
        <translation>Месяцев на внедрение</translation>
    </message>
    <message>
        <source>Customer effort / year</source>
        <translation>Усилия клиента / год</translation>
    </message>
    <message>
        <source>Cost to serve / year</source>
        <translation>Стоимость обслуживания / год</translation>
    </message>
    <message>
        <source>Retention / year</source>
        <translation>Удержание / год</translation>
    </message>
    <message>
        <source>Benefits / year, low</source>
        <translation>Выгоды / год, нижняя оценка</translation>
    </message>
    <message>
        <source>Benefits / year, high</source>
        <translation>Выгоды / год, верхняя оценка</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>ЧДД</translation>
    </message>
    <message>
        <source>NPV, low</source>
        <translation>ЧДД, нижняя оценка</translation>
    </message>
    <message>
        <source>NPV, high</source>
        <translation>ЧДД, верхняя оценка</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>Окупаемость (месяцев)</translation>
    </message>
    <message>
        <source>Year %1: net, discounted</source>
        <translation>Год %1: чистый поток, дисконтированный</translation>
    </message>
    <message>
        <source>Year %1: running cost, discounted</source>
        <translation>Год %1: текущие затраты, дисконтированные</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>не в пределах горизонта</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>не удалось записать книгу: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>CardImage</name>
    <message>
        <source>The stored picture is damaged.</source>
        <translation>Сохранённое изображение повреждено.</translation>
    </message>
    <message>
        <source>The stored picture is damaged (%1).</source>
        <translation>Сохранённое изображение повреждено (%1).</translation>
    </message>
    <message>
        <source>The picture is stored as “%1”, which is neither JPEG nor PNG.</source>
        <translation>Изображение сохранено в формате «%1» — это не JPEG и не PNG.</translation>
    </message>
    <message>
        <source>The stored picture is %1 × %2 pixels; pictures on cards are at most %3 pixels on each side.</source>
        <translation>Сохранённое изображение имеет размер %1 × %2 пикселей, а изображения на карточках — не больше %3 пикселей по каждой стороне.</translation>
    </message>
    <message>
        <source>the picture has no id</source>
        <translation>у изображения нет идентификатора</translation>
    </message>
    <message>
        <source>the picture is stored as “%1”, which is neither JPEG nor PNG</source>
        <translation>изображение сохранено в формате «%1», а это не JPEG и не PNG</translation>
    </message>
    <message>
        <source>the picture is empty</source>
        <translation>изображение пустое</translation>
    </message>
    <message>
        <source>the picture takes %1; a stored picture takes at most %2</source>
        <translation>изображение занимает %1; сохранённое изображение может занимать не более %2</translation>
    </message>
    <message>
        <source>the picture's size %1 × %2 is not from 1 to %3 pixels on each side</source>
        <translation>размер изображения %1 × %2 — каждая сторона должна быть от 1 до %3 пикселей</translation>
    </message>
</context>
<context>
    <name>CardImageImport</name>
    <message>
        <source>the file is %1; a picture may be at most %2.</source>
        <translation>размер файла — %1, а изображение может занимать не больше %2.</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete.</source>
        <translation>изображение повреждено или неполное.</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete (%1).</source>
        <translation>изображение повреждено или неполное (%1).</translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation>Вставленное изображение</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>it could not be read: %1</source>
        <translation>не удалось прочитать: %1</translation>
    </message>
    <message>
        <source>it is larger than %1, the most a picture may be.</source>
        <translation>файл больше %1 — предельного размера изображения.</translation>
    </message>
    <message>
        <source>there is no such file (%1).</source>
        <translation>такого файла нет (%1).</translation>
    </message>
    <message>
        <source>this is not a file but a folder or a device.</source>
        <translation>это не файл, а папка или устройство.</translation>
    </message>
    <message>
        <source>it could not be opened: %1</source>
        <translation>не удалось открыть: %1</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>в нём ничего нет.</translation>
    </message>
    <message>
        <source>this is not a picture Waymark can read; it takes %1.</source>
        <translation>это не изображение, которое Waymark может прочитать; Waymark принимает %1.</translation>
    </message>
    <message>
        <source>its format is %1; Waymark takes %2.</source>
        <translation>формат — %1, а Waymark принимает %2.</translation>
    </message>
    <message>
        <source>the picture is %1 × %2 pixels (%3 megapixels); a picture may have at most %4 megapixels.</source>
        <translation>изображение размером %1 × %2 пикселей (%3 Мп), а допускается не больше %4 Мп.</translation>
    </message>
    <message>
        <source>the picture is %1 × %2 pixels at %3 bits a pixel: reading it would take %4 of memory, more than the %5 a picture may take.</source>
        <translation>изображение %1 × %2 пикселей по %3 бит на пиксель: для чтения нужно %4 памяти, а одному изображению разрешено не больше %5.</translation>
    </message>
    <message>
        <source>the picture could not be written anew as %1.</source>
        <translation>не удалось заново записать изображение в формате %1.</translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Time: %1 · Money: %2 · Negative emotion: %3/10</source>
        <translation>Время: %1 · Деньги: %2 · Негативные эмоции: %3/10</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Болевая точка</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Момент истины</translation>
    </message>
    <message>
        <source>today: %1</source>
        <translation>сегодня: %1</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалена</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <source>Pain point (red triangle): the step hurts the customer; the team wants it fixed.</source>
        <translation>Болевая точка (красный треугольник): этот шаг доставляет клиенту неудобства, и команда хочет это исправить.</translation>
    </message>
    <message>
        <source>Moment of truth (star): the customer decides here whether to stay.</source>
        <translation>Момент истины (звезда): здесь клиент решает, остаться ли.</translation>
    </message>
    <message>
        <source>Coloured bar: the department that owns this step — %1.</source>
        <translation>Цветная полоса: отдел, отвечающий за этот шаг, — %1.</translation>
    </message>
    <message>
        <source>Negative emotion %1 of 10 (numbered circle): green calm, amber uneasy, red upset.</source>
        <translation>Негативные эмоции %1 из 10 (круг с числом): зелёный — спокойствие, жёлтый — беспокойство, красный — раздражение.</translation>
    </message>
    <message>
        <source>Effort: the time (blue) and money (green) this step costs the customer.</source>
        <translation>Усилия: время (синим) и деньги (зелёным), которых этот шаг стоит клиенту.</translation>
    </message>
    <message>
        <source>What the card rests on (bars: one for an assumption, two for workshop knowledge, three for research, four for measured data): %1.</source>
        <translation>На чём основана карточка (столбики: один — предположение, два — знания участников воркшопа, три — исследование, четыре — измеренные данные): %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) on this card: double-click to see them large.</source>
        <translation>
            <numerusform>%n изображение на карточке: дважды щёлкните, чтобы посмотреть крупно.</numerusform>
            <numerusform>%n изображения на карточке: дважды щёлкните, чтобы посмотреть крупно.</numerusform>
            <numerusform>%n изображений на карточке: дважды щёлкните, чтобы посмотреть крупно.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardMime</name>
    <message>
        <source>The clipboard holds no Waymark cards.</source>
        <translation>В буфере обмена нет карточек Waymark.</translation>
    </message>
    <message>
        <source>The cards on the clipboard cannot be pasted: %1</source>
        <translation>Карточки из буфера обмена нельзя вставить: %1</translation>
    </message>
</context>
<context>
    <name>CardTransfer</name>
    <message>
        <source>Copied cards</source>
        <translation>Скопированные карточки</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Web</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Мобильное приложение</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Branch / store</source>
        <translation>Отделение / магазин</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>ClvCharts</name>
    <message>
        <source>Cumulative repeat purchases, actual and expected</source>
        <translation>Накопленные повторные покупки: фактические и ожидаемые</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation>Ожидание (%1)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Повторные покупки</translation>
    </message>
    <message>
        <source>Calibration end (week %1)</source>
        <translation>Конец калибровки (неделя %1)</translation>
    </message>
</context>
<context>
    <name>ClvModel</name>
    <message>
        <source>no customer bought before the calibration end: nothing to model</source>
        <translation>ни один клиент не совершил покупку до конца калибровочного периода: моделировать нечего</translation>
    </message>
    <message>
        <source>only %1 customers, %2 of whom bought again: too few to estimate the models reliably</source>
        <translation>клиентов всего %1, из них повторно покупали %2: этого слишком мало для надёжной оценки моделей</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) could not be predicted (the model cannot be evaluated for their history)</source>
        <translation>
            <numerusform>не удалось построить прогноз для %n клиента (при такой истории покупок модель не вычисляется)</numerusform>
            <numerusform>не удалось построить прогноз для %n клиентов (при такой истории покупок модель не вычисляется)</numerusform>
            <numerusform>не удалось построить прогноз для %n клиентов (при такой истории покупок модель не вычисляется)</numerusform>
        </translation>
    </message>
    <message>
        <source>no customer bought again with a positive amount: the spend model cannot be fitted</source>
        <translation>ни один клиент не совершил повторную покупку на положительную сумму: модель расходов оценить нельзя</translation>
    </message>
    <message>
        <source>the spend model's q is at most 1: the population has no finite mean spend, expected spends are unreliable</source>
        <translation>параметр q модели расходов не больше 1: у генеральной совокупности нет конечного среднего чека, поэтому ожидаемые расходы ненадёжны</translation>
    </message>
    <message>
        <source>the fit found no parameters for which the model explains the data</source>
        <translation>при оценивании не найдено параметров, при которых модель объясняла бы данные</translation>
    </message>
    <message numerus="yes">
        <source>the fit did not converge after %n iteration(s); the parameters are the best found, not an optimum</source>
        <translation>
            <numerusform>оценивание не сошлось за %n итерацию; параметры — лучшие из найденных, а не оптимум</numerusform>
            <numerusform>оценивание не сошлось за %n итерации; параметры — лучшие из найденных, а не оптимум</numerusform>
            <numerusform>оценивание не сошлось за %n итераций; параметры — лучшие из найденных, а не оптимум</numerusform>
        </translation>
    </message>
    <message>
        <source>the fit ran to the edge of the parameter space (a parameter tends to 0 or infinity): the model does not suit these data</source>
        <translation>оценивание вышло на границу пространства параметров (один из параметров стремится к 0 или к бесконечности): модель не подходит для этих данных</translation>
    </message>
    <message>
        <source>the likelihood is flat around the optimum: standard errors cannot be given</source>
        <translation>функция правдоподобия плоская в окрестности оптимума: стандартные ошибки вычислить нельзя</translation>
    </message>
</context>
<context>
    <name>ClvStatistics</name>
    <message>
        <source>Promoters</source>
        <translation>Промоутеры</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Нейтралы</translation>
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
        <translation>меньше 4 столбцов (клиент, дата, количество, сумма)</translation>
    </message>
    <message>
        <source>unreadable date</source>
        <translation>не удаётся прочитать дату</translation>
    </message>
    <message>
        <source>unreadable count</source>
        <translation>не удаётся прочитать количество</translation>
    </message>
    <message>
        <source>unreadable amount</source>
        <translation>не удаётся прочитать сумму</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>line %1: the header names no column for %2 (found: %3)</source>
        <translation>строка %1: в заголовке нет столбца для: %2 (найдены: %3)</translation>
    </message>
    <message>
        <source>too few columns</source>
        <translation>слишком мало столбцов</translation>
    </message>
    <message>
        <source>no customer id</source>
        <translation>нет идентификатора клиента</translation>
    </message>
    <message>
        <source>currency other than %1</source>
        <translation>валюта отличается от %1</translation>
    </message>
    <message>
        <source>the file holds no transactions</source>
        <translation>в файле нет транзакций</translation>
    </message>
    <message>
        <source>no row could be read as a transaction</source>
        <translation>ни одну строку не удалось прочитать как транзакцию</translation>
    </message>
    <message>
        <source>%1:%2: %3 (row skipped)</source>
        <translation>%1:%2: %3 (строка пропущена)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more row(s) skipped: %2</source>
        <translation>
            <numerusform>%1: пропущена ещё %n строка: %2</numerusform>
            <numerusform>%1: пропущены ещё %n строки: %2</numerusform>
            <numerusform>%1: пропущено ещё %n строк: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1” (it has: %2).</source>
        <translation>В книге нет листа «%1» (есть: %2).</translation>
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
                                средний и суммарный CLV по категориям NPS и CLV под угрозой
                                по точкам контакта; если в пути есть оба набора данных, CLVFILE не нужен
</translation>
    </message>
    <message>
        <source>--format takes table or json</source>
        <translation>--format принимает table или json</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>лишний аргумент «%1»</translation>
    </message>
    <message>
        <source>clv needs the responses and the CLV values: waymark clv NPSFILE CLVFILE</source>
        <translation>clv нужны ответы и значения CLV: waymark clv NPSFILE CLVFILE</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation>Суммарный CLV</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>Средний CLV</translation>
    </message>
    <message>
        <source>No CLV at risk: no customer with a CLV was a detractor at a touchpoint.</source>
        <translation>CLV не под угрозой: ни один клиент с CLV не был критиком ни в одной точке контакта.</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>CLV под угрозой</translation>
    </message>
    <message>
        <source>%1 customers joined; %2 answered without a CLV; %3 responses name no customer; %4 customers with a CLV never answered.</source>
        <translation>Сопоставлено клиентов: %1; ответили без CLV: %2; ответов без клиента: %3; клиентов с CLV без ответа: %4.</translation>
    </message>
    <message>
        <source>validate takes one file: waymark validate FILE</source>
        <translation>validate принимает один файл: waymark validate FILE</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>convert takes two files: waymark convert IN OUT</source>
        <translation>convert принимает два файла: waymark convert IN OUT</translation>
    </message>
    <message>
        <source>IN and OUT are the same file</source>
        <translation>IN и OUT — один и тот же файл</translation>
    </message>
    <message numerus="yes">
        <source>Converted %1 to %2 (%n touchpoint(s))</source>
        <translation>
            <numerusform>%1 преобразован в %2 (%n точка контакта)</numerusform>
            <numerusform>%1 преобразован в %2 (%n точки контакта)</numerusform>
            <numerusform>%1 преобразован в %2 (%n точек контакта)</numerusform>
        </translation>
    </message>
    <message>
        <source>  waymark --version             print the version
  waymark --help                print this help

Exit status: 0 success, 1 a file could not be read or written, 2 wrong arguments.
</source>
        <translation>  waymark --version             показать версию
  waymark --help                показать эту справку

Код выхода: 0 — успех, 1 — файл не удалось прочитать или записать, 2 — неверные аргументы.
</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD with FIELD one of %1</source>
        <translation>--map принимает COLUMN=FIELD, где FIELD — одно из: %1</translation>
    </message>
    <message>
        <source>--encoding needs a name such as windows-1251</source>
        <translation>--encoding нужно имя кодировки, например windows-1251</translation>
    </message>
    <message>
        <source>--delimiter needs a character</source>
        <translation>--delimiter нужен символ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3 (row skipped)</source>
        <translation>%1:%2: %3 (строка пропущена)</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4 (row skipped)</source>
        <translation>%1:%2: %3: %4 (строка пропущена)</translation>
    </message>
    <message>
        <source>give one of --pdf OUT, --png OUT or --svg OUT</source>
        <translation>укажите одно из: --pdf OUT, --png OUT или --svg OUT</translation>
    </message>
    <message>
        <source>--page takes A4, A3, A2, A1, Letter or Tabloid</source>
        <translation>--page принимает A4, A3, A2, A1, Letter или Tabloid</translation>
    </message>
    <message>
        <source>--layers needs a list such as effort,emotion,nps</source>
        <translation>--layers нужен список, например effort,emotion,nps</translation>
    </message>
    <message>
        <source>--department needs a department's name</source>
        <translation>--department нужно название отдела</translation>
    </message>
    <message>
        <source>--scale needs a positive number (2 = twice the screen size)</source>
        <translation>--scale нужно положительное число (2 — вдвое больше, чем на экране)</translation>
    </message>
    <message>
        <source>export needs a journey and an output: waymark export JOURNEY --pdf OUT</source>
        <translation>export нужны путь и выходной файл: waymark export JOURNEY --pdf OUT</translation>
    </message>
    <message>
        <source>no department “%1” in this journey (it has: %2)</source>
        <translation>в этом пути нет отдела «%1» (есть: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s), %2 %3</source>
        <translation>
            <numerusform>%1: %n страница, %2 %3</numerusform>
            <numerusform>%1: %n страницы, %2 %3</numerusform>
            <numerusform>%1: %n страниц, %2 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>альбомная</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>книжная</translation>
    </message>
    <message>
        <source>%1: the whole map</source>
        <translation>%1: вся карта</translation>
    </message>
    <message>
        <source>%1 needs a file</source>
        <translation>%1 нужен файл</translation>
    </message>
    <message>
        <source>--name needs a name</source>
        <translation>--name нужно название</translation>
    </message>
    <message>
        <source>%1 is not a journey file (.waymark or .waymark.json)</source>
        <translation>%1 — не файл пути (.waymark или .waymark.json)</translation>
    </message>
    <message>
        <source>%1: added “%2”: %3 of %4 rows imported, %5 refused</source>
        <translation>%1: добавлен «%2»: импортировано строк — %3 из %4, отклонено — %5</translation>
    </message>
    <message>
        <source>--by needs a list such as touchpoint,quarter</source>
        <translation>--by нужен список, например touchpoint,quarter</translation>
    </message>
    <message>
        <source>--format takes table, csv or json</source>
        <translation>--format принимает table, csv или json</translation>
    </message>
    <message>
        <source>* fewer than 30 answers: a weak signal</source>
        <translation>* меньше 30 ответов: слабый сигнал</translation>
    </message>
    <message>
        <source>--lang takes one of %1</source>
        <translation>--lang принимает одно из: %1</translation>
    </message>
    <message>
        <source>Usage:
  waymark [FILE]                open the journey map editor (FILE: .waymark or .waymark.json)
  waymark --review FILE         open FILE read-only for comments (a department head's review)
  waymark convert IN OUT        convert between .waymark and .waymark.json (by extension)
  waymark validate FILE         check a journey file and print a one-line summary
</source>
        <translation>Использование:
  waymark [FILE]                открыть редактор карты пути (FILE: .waymark или .waymark.json)
  waymark --review FILE         открыть FILE только для чтения и комментариев (рецензия руководителя отдела)
  waymark convert IN OUT        преобразовать .waymark в .waymark.json и обратно (по расширению)
  waymark validate FILE         проверить файл пути и вывести сводку в одну строку
</translation>
    </message>
    <message>
        <source>--sheet needs a sheet's name or number</source>
        <translation>--sheet нужно название или номер листа</translation>
    </message>
    <message>
        <source>%1 holds no %2 dataset</source>
        <translation>В %1 нет набора данных %2</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>give one of --nps FILE, --clv FILE or --metric M FILE</source>
        <translation>укажите одно из: --nps FILE, --clv FILE или --metric M FILE</translation>
    </message>
    <message>
        <source>--metric takes one of nps, csat, ces, audit, enps, mean and then a file</source>
        <translation>--metric принимает одно из: nps, csat, ces, audit, enps, mean, а затем файл</translation>
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
                                NPS с n, долями и погрешностью ±95 % по группам; FILE —
                                файл ответов (CSV, TSV, JSON, NDJSON) или путь с набором
                                данных NPS. DIM: journey stage touchpoint segment channel
                                department location month quarter year
</translation>
    </message>
    <message>
        <source>* fewer than %1 answers: a weak signal</source>
        <translation>* меньше %1 ответов: слабый сигнал</translation>
    </message>
    <message>
        <source>--metric takes one of %1</source>
        <translation>--metric принимает одно из: %1</translation>
    </message>
    <message>
        <source>--value needs a column name</source>
        <translation>--value нужно имя столбца</translation>
    </message>
    <message>
        <source>unknown dimension “%1” (%2)</source>
        <translation>неизвестное измерение «%1» (%2)</translation>
    </message>
    <message>
        <source>a file is needed: waymark stats FILE --metric M</source>
        <translation>нужен файл: waymark stats FILE --metric M</translation>
    </message>
    <message>
        <source>no column gives “%1” (columns found: %2); name the column with --map COLUMN=%3</source>
        <translation>ни один столбец не содержит «%1» (найдены столбцы: %2); укажите столбец с помощью --map COLUMN=%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>--scenario takes a scenario's name</source>
        <translation>для --scenario нужно имя сценария</translation>
    </message>
    <message>
        <source>--horizon takes a whole number of years from 1 to 10</source>
        <translation>для --horizon нужно целое число лет от 1 до 10</translation>
    </message>
    <message>
        <source>--discount takes a rate from 0 to 1 (0.08) or a percentage (8%)</source>
        <translation>для --discount нужна ставка от 0 до 1 (0.08) или процент (8%)</translation>
    </message>
    <message>
        <source>--format takes table, json, csv or xlsx</source>
        <translation>для --format допустимы значения table, json, csv или xlsx</translation>
    </message>
    <message>
        <source>--out takes a file name</source>
        <translation>для --out нужно имя файла</translation>
    </message>
    <message>
        <source>business-case needs a journey: waymark business-case JOURNEY</source>
        <translation>для business-case нужен путь: waymark business-case JOURNEY</translation>
    </message>
    <message>
        <source>--format xlsx needs --out FILE: a workbook is no text for the terminal</source>
        <translation>для --format xlsx нужен --out FILE: книгу нельзя вывести в терминал</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>не в пределах горизонта</translation>
    </message>
    <message>
        <source>Every opportunity</source>
        <translation>Все возможности</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Сценарий: %1</translation>
    </message>
    <message numerus="yes">
        <source>amounts in %1; %n year(s) at a discount rate of %2</source>
        <translation>
            <numerusform>суммы в %1; %n год при ставке дисконтирования %2</numerusform>
            <numerusform>суммы в %1; %n года при ставке дисконтирования %2</numerusform>
            <numerusform>суммы в %1; %n лет при ставке дисконтирования %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Возможность</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Единовременные затраты</translation>
    </message>
    <message>
        <source>Running / year</source>
        <translation>Текущие / год</translation>
    </message>
    <message>
        <source>Effort / year</source>
        <translation>Усилия / год</translation>
    </message>
    <message>
        <source>Cost to serve / year</source>
        <translation>Стоимость обслуживания / год</translation>
    </message>
    <message>
        <source>Retention / year</source>
        <translation>Удержание / год</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>ЧДД</translation>
    </message>
    <message>
        <source>NPV low – high</source>
        <translation>ЧДД мин. – макс.</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Окупаемость</translation>
    </message>
    <message>
        <source>The journey has no opportunities to value.</source>
        <translation>В пути нет возможностей для оценки.</translation>
    </message>
    <message>
        <source>Left out or to check:</source>
        <translation>Не учтено или требует проверки:</translation>
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
                                сколько стоит каждая возможность: выгоды в год (усилия клиента,
                                стоимость обслуживания, удержание), ЧДД с диапазоном, ROI и
                                окупаемость; все возможности, если не указан сценарий. RATE:
                                0.08 или 8%. xlsx (нужен --out): исходные данные и живые формулы
</translation>
    </message>
    <message>
        <source>no scenario “%1”: the journey has no scenarios</source>
        <translation>нет сценария «%1»: в пути нет сценариев</translation>
    </message>
    <message>
        <source>no scenario “%1”; the journey's scenarios: %2</source>
        <translation>нет сценария «%1»; сценарии пути: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>--calibration-end takes a date such as 1997-09-30</source>
        <translation>--calibration-end принимает дату, например 1997-09-30</translation>
    </message>
    <message>
        <source>--horizon-months takes a whole number of months from 1 to 1200</source>
        <translation>--horizon-months принимает целое число месяцев от 1 до 1200</translation>
    </message>
    <message>
        <source>--discount takes an annual rate as a fraction, such as 0.08 for 8 % a year</source>
        <translation>--discount принимает годовую ставку в виде доли, например 0.08 для 8 % годовых</translation>
    </message>
    <message>
        <source>--time-unit takes days, weeks or months</source>
        <translation>--time-unit принимает days, weeks или months</translation>
    </message>
    <message>
        <source>--model takes bgnbd or paretonbd</source>
        <translation>--model принимает bgnbd или paretonbd</translation>
    </message>
    <message>
        <source>--customers takes the CSV file to write</source>
        <translation>--customers принимает CSV-файл, в который нужно записать результат</translation>
    </message>
    <message>
        <source>clv-model needs a transactions file: waymark clv-model TRANSACTIONS</source>
        <translation>clv-model нужен файл транзакций: waymark clv-model TRANSACTIONS</translation>
    </message>
    <message>
        <source>%1 transactions, %2 customers (%3 bought again); calibration to %4, time in %5</source>
        <translation>Транзакций: %1, клиентов: %2 (из них повторно покупали: %3); калибровка до %4, единица времени: %5</translation>
    </message>
    <message>
        <source>log-likelihood</source>
        <translation>логарифм правдоподобия</translation>
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
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Std. error</source>
        <translation>Станд. ошибка</translation>
    </message>
    <message>
        <source>%1 fits these transactions better (higher log-likelihood); predictions use %2.</source>
        <translation>%1 лучше описывает эти транзакции (выше логарифм правдоподобия); для прогнозов используется %2.</translation>
    </message>
    <message numerus="yes">
        <source>CLV over %n month(s) at %1 a year: total %2, mean %3 per customer</source>
        <translation>
            <numerusform>CLV за %n месяц при ставке дисконтирования %1 годовых: всего %2, в среднем %3 на клиента</numerusform>
            <numerusform>CLV за %n месяца при ставке дисконтирования %1 годовых: всего %2, в среднем %3 на клиента</numerusform>
            <numerusform>CLV за %n месяцев при ставке дисконтирования %1 годовых: всего %2, в среднем %3 на клиента</numerusform>
        </translation>
    </message>
    <message>
        <source>Holdout to %1 (%2 %3): %4 repeat purchases, %5 predicted</source>
        <translation>Контрольный период до %1 (%2 %3): повторных покупок — %4, по прогнозу — %5</translation>
    </message>
    <message>
        <source>Rows: %1 unreadable, %2 with a negative amount left out (returns), %3 worth 0 kept, %4 repeated rows kept; %5 customers first bought after the calibration end</source>
        <translation>Строки: нечитаемых — %1, исключено с отрицательной суммой (возвраты) — %2, оставлено с нулевой суммой — %3, оставлено повторяющихся — %4; клиентов с первой покупкой после конца калибровки — %5</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>--review takes one file: waymark --review FILE</source>
        <translation>--review принимает один файл: waymark --review FILE</translation>
    </message>
    <message>
        <source>unknown option "%1"</source>
        <translation>неизвестный параметр «%1»</translation>
    </message>
    <message>
        <source>unknown command "%1" (the editor opens one file: waymark FILE)</source>
        <translation>неизвестная команда «%1» (редактор открывает один файл: waymark FILE)</translation>
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
                                пожизненная ценность и отток по транзакциям (клиент, дата,
                                сумма[, количество, валюта]: CSV/TSV/xlsx/JSON с заголовком,
                                столбцы через пробелы в стиле CDNOW или путь с покупками):
                                сравнение BG/NBD и Pareto/NBD, расходы по Gamma-Gamma,
                                P(alive) и CLV каждого клиента. Покупки после DATE образуют
                                контрольную выборку. CLV суммируется за N календарных месяцев
                                (365,25/12 дня, по умолчанию 12) с дисконтированием по ГОДОВОЙ
                                СТАВКЕ RATE (по умолчанию 0.08) как 1/(1+RATE)^(месяц/12). Строки
                                с суммой 0 считаются покупками, отрицательные (возвраты) не
                                учитываются, повторяющиеся строки сохраняются; все учтённые
</translation>
    </message>
    <message>
        <source>%1 holds no purchases: add them with waymark import %1 --transactions FILE</source>
        <translation>В %1 нет покупок: добавьте их командой waymark import %1 --transactions FILE</translation>
    </message>
    <message>
        <source>give one of --nps FILE, --clv FILE, --metric M FILE or --transactions FILE</source>
        <translation>укажите одно из: --nps FILE, --clv FILE, --metric M FILE или --transactions FILE</translation>
    </message>
    <message>
        <source>import needs a journey and a file: waymark import JOURNEY --nps FILE | --clv FILE | --metric M FILE | --transactions FILE</source>
        <translation>для import нужны путь и файл: waymark import JOURNEY --nps FILE | --clv FILE | --metric M FILE | --transactions FILE</translation>
    </message>
    <message>
        <source>%1 is not an option of --transactions (its columns are found by their names)</source>
        <translation>%1 не является параметром --transactions (столбцы определяются по названиям)</translation>
    </message>
    <message>
        <source>  waymark portfolio FOLDER [--format table|csv|json]
                                every journey in FOLDER at a glance: owner, last save, stages,
                                cards, customer time, NPS ± margin, CLV at risk, open comments,
                                opportunities by status; files that cannot be read are named
</source>
        <translation>  waymark portfolio FOLDER [--format table|csv|json]
                                все пути в папке FOLDER с первого взгляда: ответственный, дата
                                сохранения, этапы, карточки, время клиента, NPS ± погрешность,
                                CLV под угрозой, открытые комментарии, возможности по статусам;
                                нечитаемые файлы перечисляются
</translation>
    </message>
    <message>
        <source>portfolio needs a folder: waymark portfolio FOLDER</source>
        <translation>для portfolio нужна папка: waymark portfolio FOLDER</translation>
    </message>
    <message>
        <source>%1: left out: %2</source>
        <translation>%1: не учтено: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранён</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Карточки</translation>
    </message>
    <message>
        <source>Customer time</source>
        <translation>Время клиента</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Открытые комментарии</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>По статусам</translation>
    </message>
    <message>
        <source>a PostgreSQL source needs --table NAME or --query SQL (one of them)</source>
        <translation>для источника PostgreSQL нужен --table NAME или --query SQL (одно из двух)</translation>
    </message>
    <message>
        <source>--metric takes a metric with answer categories: %1</source>
        <translation>--metric принимает метрику с категориями ответов: %1</translation>
    </message>
    <message>
        <source>--by takes one of %1</source>
        <translation>--by принимает одно из значений: %1</translation>
    </message>
    <message>
        <source>--group needs a group's value, such as a touchpoint key</source>
        <translation>--group требует значение группы, например ключ точки контакта</translation>
    </message>
    <message>
        <source>--category needs a category such as detractors, or all</source>
        <translation>--category требует категорию, например detractors, или all</translation>
    </message>
    <message>
        <source>--top takes a number of terms from 1 to 1000</source>
        <translation>--top принимает число терминов от 1 до 1000</translation>
    </message>
    <message>
        <source>a file is needed: waymark say FILE</source>
        <translation>нужен файл: waymark say FILE</translation>
    </message>
    <message>
        <source>--category takes %1 or all for %2</source>
        <translation>--category принимает %1 или all для %2</translation>
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
                                что говорят клиенты: слова и словосочетания из двух слов,
                                которые отличают комментарии каждой группы (взвешенные
                                логарифмы шансов, |z| ≥ 1.96), с самыми короткими цитатами;
                                персональные данные скрыты. По умолчанию: критики каждой точки
                                контакта против всех остальных комментариев. FILE: файл ответов
                                или путь с таким набором данных
</translation>
    </message>
    <message>
        <source>%1 has no comments (name the comment column with --map COLUMN=comment)</source>
        <translation>В %1 нет комментариев (укажите столбец комментариев через --map COLUMN=comment)</translation>
    </message>
    <message>
        <source>%1 has no “%2” values to group by (--by); name the column with --map COLUMN=%3</source>
        <translation>В %1 нет значений «%2» для группировки (--by); укажите столбец через --map COLUMN=%3</translation>
    </message>
    <message>
        <source>no %1 “%2” with comments in %3</source>
        <translation>в %3 нет комментариев для %1 «%2»</translation>
    </message>
    <message>
        <source>all answers</source>
        <translation>все ответы</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3, %n comment(s)</source>
        <translation>
            <numerusform>%1 %2: %3, %n комментарий</numerusform>
            <numerusform>%1 %2: %3, %n комментария</numerusform>
            <numerusform>%1 %2: %3, %n комментариев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (against %n other comment(s))</source>
        <translation>
            <numerusform> (против %n другого комментария)</numerusform>
            <numerusform> (против %n других комментариев)</numerusform>
            <numerusform> (против %n других комментариев)</numerusform>
        </translation>
    </message>
    <message>
        <source>  no other comments to compare with (try --category or another --by)</source>
        <translation>  не с чем сравнить (попробуйте --category или другое --by)</translation>
    </message>
    <message>
        <source>  no term stands out (|z| ≥ 1.96, seen at least %1 times)</source>
        <translation>  ни один термин не выделяется (|z| ≥ 1.96, встречается не менее %1 раз)</translation>
    </message>
    <message>
        <source>term</source>
        <translation>термин</translation>
    </message>
    <message>
        <source>count</source>
        <translation>число</translation>
    </message>
    <message>
        <source>others</source>
        <translation>в других</translation>
    </message>
    <message>
        <source>log-odds</source>
        <translation>лог. шансы</translation>
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
                                метрика по группам с n и 95-процентным интервалом; M: nps csat
                                ces audit enps mean; FILE: ответы (CSV, TSV, JSON, xlsx; по одному
                                в строке или агрегированные количества) или путь с таким набором
                                данных. DIM: journey stage touchpoint segment channel department
                                location month quarter year
  waymark stats postgresql://[USER@]HOST[:PORT]/DB --table T | --query SQL --metric M [--by DIM,...]
              [--map COLUMN=FIELD ...] [--timeout SECONDS] [--format table|csv|json]
                                то же для ответов, хранящихся в PostgreSQL: подсчёт по группам
                                выполняет сервер, ответы не копируются; пароль берётся из ~/.pgpass
</translation>
    </message>
    <message>
        <source>%1 needs a value: --table NAME or --query SQL</source>
        <translation>%1 требует значение: --table NAME или --query SQL</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout принимает число секунд</translation>
    </message>
    <message>
        <source>--table and --query read from a PostgreSQL server: waymark stats postgresql://HOST/DB --table T</source>
        <translation>--table и --query читают данные с сервера PostgreSQL: waymark stats postgresql://HOST/DB --table T</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>не удаётся подключиться к %1: %2</translation>
    </message>
    <message>
        <source>server publish takes a URL and a journey file: waymark server publish URL FILE</source>
        <translation>server publish принимает URL и файл пути: waymark server publish URL FILE</translation>
    </message>
    <message>
        <source>Published “%1” as %2</source>
        <translation>Путь «%1» опубликован как %2</translation>
    </message>
    <message>
        <source>server list takes a URL: waymark server list URL [--format table|json]</source>
        <translation>server list принимает URL: waymark server list URL [--format table|json]</translation>
    </message>
    <message>
        <source>No journeys on this server yet: waymark server publish URL FILE puts one there.</source>
        <translation>На этом сервере пока нет путей: waymark server publish URL FILE опубликует путь.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>published by</source>
        <translation>опубликовал</translation>
    </message>
    <message>
        <source>last change</source>
        <translation>последнее изменение</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>изменения</translation>
    </message>
    <message>
        <source>server export takes a URL, a journey id and a file: waymark server export URL ID OUT</source>
        <translation>server export принимает URL, id пути и файл: waymark server export URL ID OUT</translation>
    </message>
    <message>
        <source>“%1” is not a journey id (waymark server list URL shows them)</source>
        <translation>«%1» — не id пути (их показывает waymark server list URL)</translation>
    </message>
    <message>
        <source>Saved “%1” to %2</source>
        <translation>Путь «%1» сохранён в %2</translation>
    </message>
    <message>
        <source>  waymark server publish URL FILE | server list URL [--format table|json] | server export URL ID OUT
                                journeys shared through a PostgreSQL database (URL:
                                postgresql://[USER@]HOST[:PORT]/DB; the password comes from
                                ~/.pgpass): publish a journey file, list the journeys there,
                                save one back to a .waymark or .waymark.json file
</source>
        <translation>  waymark server publish URL FILE | server list URL [--format table|json] | server export URL ID OUT
                                пути, общие через базу данных PostgreSQL (URL:
                                postgresql://[USER@]HOST[:PORT]/DB; пароль берётся из
                                ~/.pgpass): опубликовать файл пути, показать пути на сервере,
                                сохранить путь обратно в файл .waymark или .waymark.json
</translation>
    </message>
    <message>
        <source>server takes publish, list or export: waymark server publish URL FILE</source>
        <translation>server принимает publish, list или export: waymark server publish URL FILE</translation>
    </message>
    <message>
        <source>  waymark --server URL ID       open journey ID shared on a PostgreSQL server and edit it live
                                (URL: postgresql://HOST[:PORT]/DB; `waymark server list URL` shows the ids)
</source>
        <translation>  waymark --server URL ID       открыть путь ID с сервера PostgreSQL и редактировать его вместе с другими
                                (URL: postgresql://ХОСТ[:ПОРТ]/БАЗА; `waymark server list URL` покажет идентификаторы)
</translation>
    </message>
    <message>
        <source>--server takes a server URL and a journey id: waymark --server postgresql://HOST/DB JOURNEY-ID</source>
        <translation>--server требует адрес сервера и идентификатор пути: waymark --server postgresql://ХОСТ/БАЗА ID-ПУТИ</translation>
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
                                добавляет в файл пути ответы по метрике (nps csat ces audit
                                enps mean), значения CLV или покупки (клиент, дата, сумма[,
                                количество, валюта]; на них обучается модель пожизненной ценности)
  waymark import JOURNEY --nps|--metric M postgresql://HOST/DB --table T | --query SQL [--map …]
                                ответы, которые остаются в PostgreSQL: путь хранит их количество
                                по группам и откуда они взяты (никогда не пароль)
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>для %1 нужно значение</translation>
    </message>
    <message>
        <source>--table and --query read answers from a PostgreSQL server: waymark import JOURNEY --metric M postgresql://HOST/DB --table T</source>
        <translation>--table и --query читают ответы с сервера PostgreSQL: waymark import JOURNEY --metric M postgresql://HOST/DB --table T</translation>
    </message>
    <message>
        <source>only survey answers are read from PostgreSQL (--nps or --metric M)</source>
        <translation>из PostgreSQL читаются только ответы опросов (--nps или --metric M)</translation>
    </message>
    <message>
        <source>%1: added “%2” from %3: %4 answers in %5 groups; refresh with: waymark refresh %1</source>
        <translation>%1: добавлено «%2» из %3: %4 ответов в %5 группах; обновить: waymark refresh %1</translation>
    </message>
    <message>
        <source>  waymark refresh JOURNEY [--name NAME] [--timeout SECONDS]
                                read the journey's data from PostgreSQL anew (every dataset that
                                came from a server, or the one named); one that fails keeps its
                                last figures and is named
</source>
        <translation>  waymark refresh JOURNEY [--name NAME] [--timeout SECONDS]
                                заново читает данные пути из PostgreSQL (все наборы данных с
                                сервера или указанный); набор, который не удалось прочитать,
                                сохраняет последние данные и называется
</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>для --timeout нужно число секунд</translation>
    </message>
    <message>
        <source>refresh needs a journey: waymark refresh JOURNEY</source>
        <translation>для refresh нужен путь: waymark refresh JOURNEY</translation>
    </message>
    <message>
        <source>%1 has no data from a server to refresh</source>
        <translation>в %1 нет данных с сервера, которые можно обновить</translation>
    </message>
    <message>
        <source>%1 has no data from a server named “%2”</source>
        <translation>в %1 нет данных с сервера с именем «%2»</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dataset(s) refreshed</source>
        <translation>
            <numerusform>%1: обновлён %n набор данных</numerusform>
            <numerusform>%1: обновлено %n набора данных</numerusform>
            <numerusform>%1: обновлено %n наборов данных</numerusform>
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
                                карта в PDF (с резюме для руководства; --future добавляет карту
                                целевого состояния для выбранного сценария пути, --personas — карточки
                                персон перед картой, --pictures — изображения с карточек с подписями
                                после неё), PNG или SVG
</translation>
    </message>
    <message>
        <source>--personas: no persona of this journey has a description, goals, frustrations or a photo, so there is no persona page</source>
        <translation>--personas: ни у одной персоны этого пути нет описания, целей, фрустраций или фото, поэтому страницы персон нет</translation>
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
        <translation>тыс.</translation>
    </message>
    <message>
        <source>%1 at risk</source>
        <translation>%1 под угрозой</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>What this card's detractors write about most distinctly</source>
        <translation>О чём критики этой карточки пишут заметно чаще других</translation>
    </message>
    <message>
        <source>%1: the lifetime value of the customers who were detractors here</source>
        <translation>%1: пожизненная ценность клиентов, которые здесь были критиками</translation>
    </message>
    <message>
        <source>CLV …</source>
        <extracomment>The CLV-at-risk pill on a card while the survey answers are still being read.</extracomment>
        <translation>CLV …</translation>
    </message>
    <message>
        <source>CLV at risk: reading the %L1 survey answers… The amounts appear here by themselves when they are read.</source>
        <translation>CLV под угрозой: читаем %L1 ответов опроса… Суммы появятся здесь сами, как только ответы будут прочитаны.</translation>
    </message>
    <message>
        <source>CLV at risk: fitting the lifetime-value model to %L1 customers… The amounts appear here by themselves when it is done.</source>
        <translation>CLV под угрозой: модель пожизненной ценности подбирается по данным клиентов (%L1)… Суммы появятся здесь сами, когда расчёт закончится.</translation>
    </message>
    <message>
        <source>CLV at risk: matching %L1 survey answers to customers… The amounts appear here by themselves when they are matched.</source>
        <translation>CLV под угрозой: ответы опроса (%L1) сопоставляются с клиентами… Суммы появятся здесь сами, когда сопоставление закончится.</translation>
    </message>
</context>
<context>
    <name>DatasetJson</name>
    <message>
        <source>expected an object</source>
        <translation>ожидался объект</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>ожидался текст</translation>
    </message>
    <message>
        <source>expected a whole number of 0 or more</source>
        <translation>ожидалось целое число от 0</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>ожидался список</translation>
    </message>
    <message>
        <source>expected %1 values like the other columns, got %2</source>
        <translation>ожидалось %1 значений, как в других столбцах, получено %2</translation>
    </message>
    <message>
        <source>expected the index of an entry in "strings"</source>
        <translation>ожидался индекс записи в "strings"</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD or null</source>
        <translation>ожидалась дата ГГГГ-ММ-ДД или null</translation>
    </message>
    <message>
        <source>the first entry must be the empty text</source>
        <translation>первой записью должен быть пустой текст</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>ожидалось число</translation>
    </message>
    <message>
        <source>expected an id</source>
        <translation>ожидался идентификатор</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>ожидалось true или false</translation>
    </message>
    <message>
        <source>expected a date and time like 2026-11-23T10:00:00Z</source>
        <translation>ожидались дата и время вида 2026-11-23T10:00:00Z</translation>
    </message>
    <message>
        <source>unknown value “%1”; expected one of: %2</source>
        <translation>неизвестное значение «%1»; допустимо одно из: %2</translation>
    </message>
    <message>
        <source>expected a colour like "#1f77b4"</source>
        <translation>ожидался цвет вида "#1f77b4"</translation>
    </message>
    <message>
        <source>expected a number or null</source>
        <translation>ожидалось число или null</translation>
    </message>
    <message>
        <source>expected a %1 answer from %2 to %3</source>
        <translation>ожидался ответ %1 от %2 до %3</translation>
    </message>
    <message>
        <source>expected "nps", "csat", "ces", "audit", "enps", "mean", "clv" or "transactions"</source>
        <translation>ожидалось "nps", "csat", "ces", "audit", "enps", "mean", "clv" или "transactions"</translation>
    </message>
</context>
<context>
    <name>DockFields</name>
    <message>
        <source>Enter a three-letter ISO 4217 currency code, such as EUR.</source>
        <translation>Введите трёхбуквенный код валюты ISO 4217, например EUR.</translation>
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
        <translation>Время не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Write hours and minutes as h:mm, for example 1:30.</source>
        <translation>Запишите часы и минуты как ч:мм, например 1:30.</translation>
    </message>
    <message>
        <source>Minutes after the colon go from 00 to 59.</source>
        <translation>Минуты после двоеточия — от 00 до 59.</translation>
    </message>
    <message>
        <source>Minutes after the hours go from 0 to 59.</source>
        <translation>Минуты после часов — от 0 до 59.</translation>
    </message>
    <message>
        <source>That time is too long.</source>
        <translation>Слишком большое время.</translation>
    </message>
    <message>
        <source>Enter an amount such as %1.</source>
        <translation>Введите сумму, например %1.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places.</source>
        <translation>В сумме не больше двух знаков после запятой.</translation>
    </message>
    <message>
        <source>That amount is too large: at most %1.</source>
        <translation>Слишком большая сумма: не более %1.</translation>
    </message>
    <message>
        <source>Enter a time such as 90, 1h 30m, 1:30 or 3 days.</source>
        <translation>Введите время, например 90, 1ч 30м, 1:30 или 3 дня.</translation>
    </message>
    <message>
        <source>Unknown unit “%1”: use d for days, h for hours and min for minutes.</source>
        <translation>Неизвестная единица «%1»: д — дни, ч — часы, мин — минуты.</translation>
    </message>
    <message>
        <source>Write each unit once, largest first: weeks, days, hours, minutes.</source>
        <translation>Указывайте каждую единицу один раз, от большей к меньшей: недели, дни, часы, минуты.</translation>
    </message>
</context>
<context>
    <name>EffortScore</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Деньги</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Эмоции</translation>
    </message>
    <message>
        <source>Weighted cost</source>
        <translation>Взвешенные затраты</translation>
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
        <translation>спокойно</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>хуже всего</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Предположение</translation>
    </message>
    <message>
        <source>Workshop knowledge</source>
        <translation>Знания участников воркшопа</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Исследование</translation>
    </message>
    <message>
        <source>Measured data</source>
        <translation>Измеренные данные</translation>
    </message>
    <message>
        <source>%1 (%2 %3 answers)</source>
        <extracomment>%1: what the card rests on ("Measured data"), %2: a number of answers, %3: the survey ("NPS")</extracomment>
        <translation>%1 (ответов %3: %2)</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>effort badges</source>
        <translation>значки усилий</translation>
    </message>
    <message>
        <source>heatmap (%1)</source>
        <translation>тепловая карта (%1)</translation>
    </message>
    <message>
        <source>emotion curve</source>
        <translation>кривая эмоций</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>CLV под угрозой</translation>
    </message>
    <message>
        <source>cards only</source>
        <translation>только карточки</translation>
    </message>
    <message>
        <source>unknown layer “%1” (effort, heatmap, emotion, nps, clv, evidence)</source>
        <translation>неизвестный слой «%1» (effort, heatmap, emotion, nps, clv, evidence)</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>основания</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Worst stage by NPS: %1</source>
        <translation>Худший этап по NPS: %1</translation>
    </message>
    <message>
        <source>NPS %1 ± %2 (95 %), %3 answers</source>
        <translation>NPS %1 ± %2 (95 %), ответов: %3</translation>
    </message>
    <message>
        <source>— a small sample: a weak signal</source>
        <translation>— малая выборка: слабый сигнал</translation>
    </message>
    <message>
        <source>Biggest effort hotspot: %1</source>
        <translation>Главная горячая точка усилий: %1</translation>
    </message>
    <message>
        <source>emotion %1/10</source>
        <translation>эмоции %1/10</translation>
    </message>
    <message>
        <source>%1 per customer; weighted cost %2</source>
        <translation>%1 на клиента; взвешенные затраты %2</translation>
    </message>
    <message>
        <source>Largest CLV at risk: %1</source>
        <translation>Наибольший CLV под угрозой: %1</translation>
    </message>
    <message>
        <source>%1 of lifetime value held by %2 detractors there</source>
        <translation>%1 пожизненной ценности приходится на критиков в этой точке (%2)</translation>
    </message>
</context>
<context>
    <name>FormatError</name>
    <message>
        <source>line %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
</context>
<context>
    <name>GridItem</name>
    <message>
        <source>Lanes ↓  Stages →</source>
        <translation>Дорожки ↓  Этапы →</translation>
    </message>
    <message>
        <source>Effort per stage</source>
        <translation>Усилия по этапу</translation>
    </message>
    <message>
        <source>Effort per lane</source>
        <translation>Усилия по дорожке</translation>
    </message>
    <message>
        <source>line of visibility</source>
        <translation>линия видимости</translation>
    </message>
</context>
<context>
    <name>ImageMimeData</name>
    <message>
        <source>it is not on this computer but at %1; save it first, then attach the saved file.</source>
        <translation>файл находится не на этом компьютере, а по адресу %1; сначала сохраните его, затем прикрепите сохранённый файл.</translation>
    </message>
    <message>
        <source>the picture is %1 × %2 pixels; a picture may have at most %3 megapixels.</source>
        <translation>изображение размером %1 × %2 пикселей, а допускается не больше %3 Мп.</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Line %1, column %2: not a JSON object (%3).</source>
        <translation>Строка %1, столбец %2: не объект JSON (%3).</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>в строке полей: %1, в заголовке: %2</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» — не число</translation>
    </message>
    <message>
        <source>unreadable date</source>
        <translation>не удаётся прочитать дату</translation>
    </message>
    <message>
        <source>duplicate respondent id (first on line %1)</source>
        <translation>повторный идентификатор респондента (впервые в строке %1)</translation>
    </message>
    <message>
        <source>no customer id</source>
        <translation>нет идентификатора клиента</translation>
    </message>
    <message>
        <source>duplicate customer id (first on line %1)</source>
        <translation>повторный идентификатор клиента (впервые в строке %1)</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>В файле нет строк.</translation>
    </message>
    <message>
        <source>Choose its encoding (for example Windows-1251).</source>
        <translation>Выберите его кодировку (например, Windows-1251).</translation>
    </message>
    <message>
        <source>No column is chosen for “%1”.</source>
        <translation>Не выбран столбец для «%1».</translation>
    </message>
    <message>
        <source>The dates could be day-first or month-first: choose which.</source>
        <translation>Даты могут начинаться с дня или с месяца: выберите, с чего.</translation>
    </message>
    <message numerus="yes">
        <source>No valid rows: %Ln row(s) read, all refused.</source>
        <translation>
            <numerusform>Нет допустимых строк: прочитана %Ln строка, все отклонены.</numerusform>
            <numerusform>Нет допустимых строк: прочитаны %Ln строки, все отклонены.</numerusform>
            <numerusform>Нет допустимых строк: прочитано %Ln строк, все отклонены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Respondent id</source>
        <translation>ID респондента</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>ID клиента</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Touchpoint (data key)</source>
        <translation>Точка контакта (ключ данных)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Acquisition date</source>
        <translation>Дата привлечения</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (line %1).</source>
        <translation>Файл не в кодировке UTF-8 (строка %1).</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1” (it has: %2).</source>
        <translation>В книге нет листа «%1» (есть: %2).</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>нет значения</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 вне диапазона %2–%3</translation>
    </message>
    <message>
        <source>“%1” is not a count of answers</source>
        <translation>«%1» — не количество ответов</translation>
    </message>
    <message>
        <source>%1 items met of %2 checked</source>
        <translation>выполнено пунктов: %1, проверено: %2</translation>
    </message>
    <message>
        <source>the answers per band add up to %1, not %2</source>
        <translation>ответы по категориям в сумме дают %1, а не %2</translation>
    </message>
    <message>
        <source>more answers in the bands (%1) than in all (%2)</source>
        <translation>в категориях больше ответов (%1), чем всего (%2)</translation>
    </message>
    <message>
        <source>no number of answers</source>
        <translation>нет числа ответов</translation>
    </message>
    <message>
        <source>“%1” is not a standard deviation</source>
        <translation>«%1» — не стандартное отклонение</translation>
    </message>
    <message>
        <source>“%1” is not a metric Waymark knows.</source>
        <translation>Waymark не знает метрику «%1».</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Answers in the low band</source>
        <translation>Ответов в нижней категории</translation>
    </message>
    <message>
        <source>Answers in the middle band</source>
        <translation>Ответов в средней категории</translation>
    </message>
    <message>
        <source>Answers in the high band</source>
        <translation>Ответов в верхней категории</translation>
    </message>
    <message>
        <source>%1 answer (%2–%3)</source>
        <translation>Ответ %1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>Значение (%1)</translation>
    </message>
    <message>
        <source>%1 (count)</source>
        <translation>%1 (количество)</translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation>Дата или период</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Локация</translation>
    </message>
    <message>
        <source>Number of answers</source>
        <translation>Число ответов</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Стандартное отклонение</translation>
    </message>
    <message>
        <source>Items met</source>
        <translation>Выполнено пунктов</translation>
    </message>
    <message>
        <source>Items checked</source>
        <translation>Проверено пунктов</translation>
    </message>
    <message>
        <source>Choose a column for “%1”, or one for each band.</source>
        <translation>Выберите столбец для «%1» или по столбцу для каждой категории.</translation>
    </message>
    <message>
        <source>Aggregated rows take “%1”, not “%2”.</source>
        <translation>Для агрегированных строк нужен столбец «%1», а не «%2».</translation>
    </message>
    <message>
        <source>score %1 is not a whole number from %2 to %3</source>
        <translation>оценка %1 — не целое число от %2 до %3</translation>
    </message>
    <message>
        <source>The header has %1 columns; Waymark reads tables of at most %2 columns.</source>
        <translation>Столбцов в заголовке: %1; Waymark читает таблицы не более чем из %2 столбцов.</translation>
    </message>
    <message>
        <source>the value is %1 KiB long; a cell may hold at most %2 KiB</source>
        <translation>значение занимает %1 KiB; в ячейке может быть не больше %2 KiB</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code (three letters, e.g. EUR)</source>
        <translation>%1 — не код валюты ISO 4217 (три буквы, например EUR)</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” are both chosen as %3; choose one.</source>
        <translation>Столбцы «%1» и «%2» оба выбраны как %3; выберите один.</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>the journey has no id</source>
        <translation>у пути нет идентификатора</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 4217 currency code</source>
        <translation>"%1" — не код валюты ISO 4217</translation>
    </message>
    <message>
        <source>missing id</source>
        <translation>нет идентификатора</translation>
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation>повторный идентификатор %1</translation>
    </message>
    <message>
        <source>the columns of the table have different lengths</source>
        <translation>столбцы таблицы разной длины</translation>
    </message>
    <message>
        <source>the value is not a number</source>
        <translation>значение — не число</translation>
    </message>
    <message>
        <source>a department lane must name a department</source>
        <translation>у дорожки отдела должен быть указан отдел</translation>
    </message>
    <message>
        <source>unknown department %1</source>
        <translation>неизвестный отдел %1</translation>
    </message>
    <message>
        <source>only department lanes name a department</source>
        <translation>отдел указывают только дорожки отделов</translation>
    </message>
    <message>
        <source>card "%1" is in a stage that does not exist (%2)</source>
        <translation>карточка "%1" стоит на несуществующем этапе (%2)</translation>
    </message>
    <message>
        <source>card "%1" is in a lane that does not exist (%2)</source>
        <translation>карточка "%1" стоит на несуществующей дорожке (%2)</translation>
    </message>
    <message>
        <source>card "%1" names an unknown department</source>
        <translation>у карточки "%1" указан неизвестный отдел</translation>
    </message>
    <message>
        <source>time of card "%1" must be 0 minutes or more, got %2</source>
        <translation>время карточки "%1" должно быть не меньше 0 минут, указано %2</translation>
    </message>
    <message>
        <source>money of card "%1" must be at most %2</source>
        <translation>деньги карточки "%1" — не больше %2</translation>
    </message>
    <message>
        <source>money of card "%1" must be 0 or more, got %2</source>
        <translation>деньги карточки "%1" должны быть не меньше 0, указано %2</translation>
    </message>
    <message>
        <source>card "%1": "%2" is not an ISO 4217 currency code</source>
        <translation>карточка "%1": "%2" — не код валюты ISO 4217</translation>
    </message>
    <message>
        <source>negative emotion of card "%1" must be from 0 to 10, got %2</source>
        <translation>негативные эмоции карточки "%1" — от 0 до 10, указано %2</translation>
    </message>
    <message>
        <source>connection starts at a card that does not exist</source>
        <translation>связь начинается у несуществующей карточки</translation>
    </message>
    <message>
        <source>connection ends at a card that does not exist</source>
        <translation>связь ведёт к несуществующей карточке</translation>
    </message>
    <message>
        <source>a vote needs 1 to 99 dots per participant, got %1</source>
        <translation>для голосования нужно от 1 до 99 точек на участника, указано %1</translation>
    </message>
    <message>
        <source>a time limit cannot be negative</source>
        <translation>лимит времени не может быть отрицательным</translation>
    </message>
    <message>
        <source>a dot by someone who is not a participant</source>
        <translation>точку поставил человек, который не является участником</translation>
    </message>
    <message>
        <source>%1 has more dots than the budget of %2</source>
        <translation>у %1 точек больше, чем позволяет бюджет (%2)</translation>
    </message>
    <message>
        <source>replies to a comment that does not exist</source>
        <translation>ответ на несуществующий комментарий</translation>
    </message>
    <message>
        <source>a comment on a stage or card must name it</source>
        <translation>в комментарии к этапу или карточке должно быть указано, к какому именно</translation>
    </message>
    <message>
        <source>“%1” is not a metric Waymark knows</source>
        <translation>Waymark не знает метрику «%1»</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 answer</source>
        <translation>%1 — недопустимый ответ %2</translation>
    </message>
    <message>
        <source>the number of answers is not a count</source>
        <translation>число ответов — не целое неотрицательное число</translation>
    </message>
    <message>
        <source>the answers per band do not add up to the number of answers</source>
        <translation>сумма ответов по категориям не равна числу ответов</translation>
    </message>
    <message>
        <source>the mean %1 is outside the scale of %2</source>
        <translation>среднее %1 выходит за пределы шкалы %2</translation>
    </message>
    <message>
        <source>the standard deviation is not a non-negative number</source>
        <translation>стандартное отклонение должно быть неотрицательным числом</translation>
    </message>
    <message>
        <source>the system of card "%1" cannot be %2 years old</source>
        <translation>недопустимый возраст системы карточки "%1" (лет: %2)</translation>
    </message>
    <message>
        <source>one-off cost</source>
        <translation>единовременные затраты</translation>
    </message>
    <message>
        <source>running cost per year</source>
        <translation>текущие затраты в год</translation>
    </message>
    <message>
        <source>opportunity "%1": the time to deliver cannot be negative, got %2 months</source>
        <translation>возможность "%1": срок внедрения не может быть отрицательным, получено месяцев: %2</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 cannot be negative, got %3</source>
        <translation>возможность "%1": %2 — отрицательное значение недопустимо, получено %3</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 must be at most %3</source>
        <translation>возможность "%1": %2 — значение должно быть не больше %3</translation>
    </message>
    <message>
        <source>opportunity "%1": "%2" is not an ISO 4217 currency code</source>
        <translation>возможность "%1": "%2" — не код валюты ISO 4217</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 must be a share from 0 to 1, got %3</source>
        <translation>возможность "%1": %2 — нужна доля от 0 до 1, получено %3</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>охват</translation>
    </message>
    <message>
        <source>share of contacts avoided</source>
        <translation>доля устранённых контактов</translation>
    </message>
    <message>
        <source>share of detractors who become passives</source>
        <translation>доля критиков, переходящих в нейтралы</translation>
    </message>
    <message>
        <source>share of detractors who become promoters</source>
        <translation>доля критиков, переходящих в промоутеры</translation>
    </message>
    <message>
        <source>opportunity "%1": more detractors move (%2 to passives, %3 to promoters) than there are</source>
        <translation>возможность "%1": переходящих критиков (%2 в нейтралы, %3 в промоутеры) в сумме больше, чем их есть</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>money</source>
        <translation>деньги</translation>
    </message>
    <message>
        <source>negative emotion</source>
        <translation>негативные эмоции</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 after the change is not a number</source>
        <translation>возможность "%1": %2 после изменения — не число</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 after the change cannot be negative, got %3</source>
        <translation>возможность "%1": %2 после изменения — отрицательное значение недопустимо, получено %3</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 after the change must be at most %3, got %4</source>
        <translation>возможность "%1": %2 после изменения — значение должно быть не больше %3, получено %4</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 can only be reduced by 0 to 100 %, got %3 %</source>
        <translation>возможность "%1": %2 можно снизить только на 0–100 %, получено %3 %</translation>
    </message>
    <message>
        <source>row %1, column “%2” refers to text %3, but the dataset's text table has %4 entries</source>
        <translation>строка %1, столбец «%2» ссылается на текст %3, а в таблице текстов набора данных всего записей: %4</translation>
    </message>
    <message>
        <source>row %1: %2 is not an ISO 4217 currency code</source>
        <translation>строка %1: %2 — не код валюты ISO 4217</translation>
    </message>
    <message>
        <source>time of card "%1" must be at most %2 minutes (about 19 years), got %3</source>
        <translation>время карточки «%1» должно быть не больше %2 минут (около 19 лет), указано %3</translation>
    </message>
    <message>
        <source>row %1, column “%2” holds a date outside the years 1–9999</source>
        <translation>строка %1, столбец «%2»: дата выходит за пределы 1–9999 годов</translation>
    </message>
    <message>
        <source>row %1 names no customer</source>
        <translation>в строке %1 не указан клиент</translation>
    </message>
    <message>
        <source>row %1 has no date</source>
        <translation>в строке %1 нет даты</translation>
    </message>
    <message>
        <source>row %1: the amount or count is not a number</source>
        <translation>строка %1: сумма или количество не является числом</translation>
    </message>
    <message>
        <source>card "%1" names an unknown persona</source>
        <translation>карточка «%1» ссылается на неизвестную персону</translation>
    </message>
    <message>
        <source>card "%1" names a persona twice</source>
        <translation>карточка «%1» называет одну персону дважды</translation>
    </message>
    <message>
        <source>card "%1": a persona's negative emotion must be from 0 to 10, got %2</source>
        <translation>карточка «%1»: негативная эмоция персоны должна быть от 0 до 10, получено %2</translation>
    </message>
    <message>
        <source>card "%1" has %2 pictures; a card holds at most %3</source>
        <translation>на карточке «%1» %2 изображений; на карточке может быть не больше %3</translation>
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
        <translation>название</translation>
    </message>
    <message>
        <source>title (was “%1”)</source>
        <translation>название (было «%1»)</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
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
        <translation>отдел</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>time %1 → %2</source>
        <translation>время %1 → %2</translation>
    </message>
    <message>
        <source>money</source>
        <translation>деньги</translation>
    </message>
    <message>
        <source>money %1 → %2</source>
        <translation>деньги %1 → %2</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>эмоции</translation>
    </message>
    <message>
        <source>emotion %1 → %2</source>
        <translation>эмоции %1 → %2</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>болевая точка</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>момент истины</translation>
    </message>
    <message>
        <source>data key</source>
        <translation>ключ данных</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
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
        <translation>%1: добавлена в %2 / %3</translation>
    </message>
    <message>
        <source>%1: moved from %2 / %3 to %4 / %5</source>
        <translation>%1: перемещена из %2 / %3 в %4 / %5</translation>
    </message>
    <message>
        <source>%1: removed from %2 / %3</source>
        <translation>%1: удалена из %2 / %3</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>основания</translation>
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
        <translation>Без названия</translation>
    </message>
</context>
<context>
    <name>JourneyFiles</name>
    <message>
        <source>%1 was changed by another program since it was read; saving now would overwrite those changes.</source>
        <translation>Файл %1 изменён другой программой после того, как был прочитан; если сохранить сейчас, эти изменения будут перезаписаны.</translation>
    </message>
    <message>
        <source>%1 was made by another program since the journey was read; saving now would overwrite it.</source>
        <translation>Файл %1 создан другой программой после того, как путь был прочитан; если сохранить сейчас, он будет перезаписан.</translation>
    </message>
</context>
<context>
    <name>JourneyJson</name>
    <message>
        <source>the number %1 is too large</source>
        <translation>число %1 слишком велико</translation>
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
        <translation>строка</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>что-то другое</translation>
    </message>
    <message>
        <source>expected a JSON object holding a journey, got %1</source>
        <translation>ожидался объект JSON с путём клиента, получено: %1</translation>
    </message>
    <message>
        <source>this is not a Waymark journey ("format" should be "%1")</source>
        <translation>это не путь Waymark ("format" должен быть "%1")</translation>
    </message>
    <message>
        <source>the format version must be a whole number</source>
        <translation>версия формата должна быть целым числом</translation>
    </message>
    <message>
        <source>made by a newer Waymark (format version %1); this Waymark reads version %2 and older</source>
        <translation>создан более новой версией Waymark (версия формата %1); эта версия читает формат %2 и старше</translation>
    </message>
    <message>
        <source>the format version must be 1 or more, got %1</source>
        <translation>версия формата должна быть от 1, указано %1</translation>
    </message>
    <message>
        <source>%1 is not a colour like "#1f77b4" or "#801f77b4"</source>
        <translation>%1 — не цвет вида "#1f77b4" или "#801f77b4"</translation>
    </message>
    <message>
        <source>lane kind</source>
        <translation>тип дорожки</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>зона</translation>
    </message>
    <message>
        <source>department</source>
        <translation>отдел</translation>
    </message>
    <message>
        <source>card</source>
        <translation>карточка</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>ожидалось %1, получено %2</translation>
    </message>
    <message>
        <source>missing required key "%1"</source>
        <translation>нет обязательного ключа "%1"</translation>
    </message>
    <message>
        <source>%1 is not a valid id (a UUID like "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b")</source>
        <translation>%1 — недопустимый идентификатор (нужен UUID вида "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b")</translation>
    </message>
    <message>
        <source>duplicate id %1 (also used at %2)</source>
        <translation>повторный идентификатор %1 (уже используется в %2)</translation>
    </message>
    <message>
        <source>no %1 has the id %2</source>
        <translation>нет объекта «%1» с идентификатором %2</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code (three capital letters, e.g. EUR)</source>
        <translation>%1 — не код валюты ISO 4217 (три заглавные буквы, например EUR)</translation>
    </message>
    <message>
        <source>the setting %1 must be text: expected %2, got %3</source>
        <translation>настройка %1 должна быть текстом: ожидалось %2, получено %3</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>дорожка</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>a department id or null</source>
        <translation>идентификатор отдела или null</translation>
    </message>
    <message>
        <source>time must be 0 minutes or more, got %1</source>
        <translation>время должно быть не меньше 0 минут, указано %1</translation>
    </message>
    <message>
        <source>money must be 0 or more, got %1</source>
        <translation>деньги должны быть не меньше 0, указано %1</translation>
    </message>
    <message>
        <source>money must be at most %1, got %2</source>
        <translation>деньги — не больше %1, указано %2</translation>
    </message>
    <message>
        <source>money can have at most two decimals, got %1</source>
        <translation>в деньгах не больше двух знаков после запятой, указано %1</translation>
    </message>
    <message>
        <source>emotion must be an integer from %1 to %2, got %3</source>
        <translation>эмоции — целое число от %1 до %2, указано %3</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>недопустимый JSON: %1</translation>
    </message>
    <message>
        <source>File not found.</source>
        <translation>Файл не найден.</translation>
    </message>
    <message>
        <source>This is a folder, not a journey file.</source>
        <translation>Это папка, а не файл пути.</translation>
    </message>
    <message>
        <source>Could not open the file: %1</source>
        <translation>Не удалось открыть файл: %1</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Не удалось прочитать файл: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>ожидалось целое число, получено %1</translation>
    </message>
    <message>
        <source>an id or null</source>
        <translation>идентификатор или null</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>unknown %1 %2; expected one of: %3</source>
        <translation>неизвестное значение (%1) %2; допустимо одно из: %3</translation>
    </message>
    <message>
        <source>kind of change</source>
        <translation>вид изменения</translation>
    </message>
    <message>
        <source>opportunity type</source>
        <translation>тип возможности</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>уверенность</translation>
    </message>
    <message>
        <source>the file holds more than %1 values; Waymark reads at most that many from a .waymark.json (save large journeys as .waymark)</source>
        <translation>в файле больше %1 значений, а больше этого Waymark из .waymark.json не читает (большие пути сохраняйте в формате .waymark)</translation>
    </message>
    <message>
        <source>a text of %1 MiB; one text may be at most %2 MiB</source>
        <translation>текст размером %1 MiB; один текст может занимать не больше %2 MiB</translation>
    </message>
    <message>
        <source>lists and objects nested more than %1 deep</source>
        <translation>списки и объекты вложены глубже %1 уровней</translation>
    </message>
    <message>
        <source>more than %1 cards; Waymark reads at most that many</source>
        <translation>больше %1 карточек, а больше этого Waymark не читает</translation>
    </message>
    <message>
        <source>a list of %1 items; Waymark reads at most %2</source>
        <translation>в списке элементов: %1; Waymark читает не больше %2</translation>
    </message>
    <message>
        <source>The file is %1 MiB; a .waymark.json may be at most %2 MiB. Larger journeys are kept as .waymark files.</source>
        <translation>Размер файла — %1 MiB, а файл .waymark.json может занимать не больше %2 MiB. Большие пути сохраняйте в файлах .waymark.</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>основания</translation>
    </message>
    <message>
        <source>a persona id</source>
        <translation>идентификатор персоны</translation>
    </message>
    <message>
        <source>no persona has the id %1</source>
        <translation>нет персоны с идентификатором %1</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>персона</translation>
    </message>
    <message>
        <source>a picture of %1 MiB; a stored picture may be at most %2 MiB</source>
        <translation>изображение размером %1 МиБ; сохранённое изображение может быть не больше %2 МиБ</translation>
    </message>
    <message>
        <source>more than %1 pictures on one card</source>
        <translation>больше %1 изображений на одной карточке</translation>
    </message>
    <message>
        <source>missing "%1"</source>
        <translation>нет «%1»</translation>
    </message>
    <message>
        <source>expected a whole number of pixels from 1 to %1</source>
        <translation>ожидалось целое число пикселей от 1 до %1</translation>
    </message>
    <message>
        <source>the picture is larger than a stored picture may be</source>
        <translation>изображение больше, чем допустимо для сохранённого изображения</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>недопустимый base64</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>%1 — не идентификатор</translation>
    </message>
    <message>
        <source>a picture is "jpeg" or "png", got %1</source>
        <translation>изображение должно быть "jpeg" или "png", получено %1</translation>
    </message>
</context>
<context>
    <name>JourneyLink</name>
    <message>
        <source>save this journey first: the link is kept relative to its folder</source>
        <translation>сначала сохраните этот путь: ссылка хранится относительно его папки</translation>
    </message>
    <message>
        <source>“%1” is an absolute path; links are followed only relative to this journey's folder</source>
        <translation>«%1» — абсолютный путь; ссылки открываются только относительно папки этого пути</translation>
    </message>
    <message>
        <source>“%1” is not a journey file (.waymark or .waymark.json)</source>
        <translation>«%1» не является файлом пути (.waymark или .waymark.json)</translation>
    </message>
    <message>
        <source>“%1” is missing (looked for %2)</source>
        <translation>«%1» не найден (искали %2)</translation>
    </message>
</context>
<context>
    <name>JourneyLock</name>
    <message numerus="yes">
        <source>%1 is being changed by another program: %2 (process %3 on %4) still held its lock after %n second(s). Try again when it has finished; if that program is no longer running, delete %5.</source>
        <translation>
            <numerusform>Файл %1 изменяет другая программа — %2 (процесс %3, компьютер: %4): она не сняла блокировку и через %n секунду. Повторите попытку, когда она закончит работу; если эта программа уже не запущена, удалите %5.</numerusform>
            <numerusform>Файл %1 изменяет другая программа — %2 (процесс %3, компьютер: %4): она не сняла блокировку и через %n секунды. Повторите попытку, когда она закончит работу; если эта программа уже не запущена, удалите %5.</numerusform>
            <numerusform>Файл %1 изменяет другая программа — %2 (процесс %3, компьютер: %4): она не сняла блокировку и через %n секунд. Повторите попытку, когда она закончит работу; если эта программа уже не запущена, удалите %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed program</source>
        <translation>программа без имени</translation>
    </message>
    <message>
        <source>an unknown host</source>
        <translation>неизвестен</translation>
    </message>
    <message numerus="yes">
        <source>%1 is being changed by another program, which still held its lock %2 after %n second(s). Try again when it has finished.</source>
        <translation>
            <numerusform>Файл %1 изменяет другая программа: она не освободила файл блокировки %2 и через %n секунду. Повторите попытку, когда она закончит работу.</numerusform>
            <numerusform>Файл %1 изменяет другая программа: она не освободила файл блокировки %2 и через %n секунды. Повторите попытку, когда она закончит работу.</numerusform>
            <numerusform>Файл %1 изменяет другая программа: она не освободила файл блокировки %2 и через %n секунд. Повторите попытку, когда она закончит работу.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not lock %1 for writing: no permission to create %2.</source>
        <translation>Не удалось заблокировать %1 для записи: нет прав на создание %2.</translation>
    </message>
    <message>
        <source>Could not lock %1 for writing: %2 could not be created.</source>
        <translation>Не удалось заблокировать %1 для записи: не удалось создать %2.</translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message>
        <source>no cards</source>
        <translation>нет карточек</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Время: %1</translation>
    </message>
    <message>
        <source>Money: %1</source>
        <translation>Деньги: %1</translation>
    </message>
    <message>
        <source>Emotion: mean %1, max %2</source>
        <translation>Эмоции: в среднем %1, максимум %2</translation>
    </message>
    <message>
        <source>Time: %1 → %2</source>
        <translation>Время: %1 → %2</translation>
    </message>
    <message>
        <source>Money: %1 → %2</source>
        <translation>Деньги: %1 → %2</translation>
    </message>
    <message>
        <source>Emotion: mean %1 → %2</source>
        <translation>Эмоции: в среднем %1 → %2</translation>
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
        <translation>Этапов: %1, дорожек: %2, точек контакта: %3, отделов: %4</translation>
    </message>
    <message>
        <source>effort %1, %2, emotion mean %3 max %4</source>
        <translation>усилия %1, %2, эмоции в среднем %3, максимум %4</translation>
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
        <translation>%1: %2 MiB; шаблон может занимать не больше %3 MiB (данных опросов в нём нет)</translation>
    </message>
    <message>
        <source>Could not create the templates folder.</source>
        <translation>Не удалось создать папку шаблонов.</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>unknown %1 %2; expected one of: %3</source>
        <translation>неизвестное значение (%1) %2; допустимо одно из: %3</translation>
    </message>
</context>
<context>
    <name>LaneKind</name>
    <message>
        <source>Customer actions</source>
        <translation>Действия клиента</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Точки контакта</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Эмоции</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Болевые точки</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Системы</translation>
    </message>
</context>
<context>
    <name>LiveDataset</name>
    <message>
        <source>the source is not a JSON object (%1)</source>
        <translation>источник — не объект JSON (%1)</translation>
    </message>
    <message>
        <source>the source names neither a table nor a query, or both</source>
        <translation>в источнике не указана ни таблица, ни запрос, или указаны оба</translation>
    </message>
    <message>
        <source>column “%1” is mapped to “%2”, which is no field of %3</source>
        <translation>столбец «%1» сопоставлен с «%2», но у %3 такого поля нет</translation>
    </message>
    <message>
        <source>Add data from a server</source>
        <translation>Добавить данные с сервера</translation>
    </message>
    <message>
        <source>the journey has no such dataset</source>
        <translation>в пути нет такого набора данных</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>“%1” kept its last figures: %2</source>
        <translation>«%1» сохраняет последние данные: %2</translation>
    </message>
</context>
<context>
    <name>LocalCopy</name>
    <message>
        <source>could not keep a copy of the journey in %1: %2</source>
        <translation>не удалось сохранить копию пути в %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 повреждён: %2</translation>
    </message>
    <message>
        <source>%1 is not a copy of a shared journey</source>
        <translation>%1 — не копия общего пути</translation>
    </message>
    <message>
        <source>%1 was written by a newer Waymark (copy version %2)</source>
        <translation>%1 записан более новой версией Waymark (версия копии %2)</translation>
    </message>
    <message>
        <source>%1 is damaged: no valid “lastChange” or “savedAt”</source>
        <translation>%1 повреждён: нет правильного «lastChange» или «savedAt»</translation>
    </message>
    <message>
        <source>%1 is damaged at /cards/%2</source>
        <translation>%1 повреждён в /cards/%2</translation>
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
        <translation>Удовлетворённость клиентов, 1–5: доля довольных (оценки 4 и 5)</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Недовольные</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Нейтральные</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Довольные</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Any numeric measure: the mean of the values</source>
        <translation>Любой числовой показатель: среднее значение</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Customer Effort Score: how easy it was, 1–7; the mean (5–7 count as easy)</source>
        <translation>Индекс клиентских усилий (CES): насколько легко было клиенту, 1–7; среднее (5–7 считаются «легко»)</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Трудно</translation>
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
        <translation>Аудиты и тайный покупатель: оценка визита 0–100 (или выполненные пункты из проверенных); средняя оценка визитов</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Net Promoter Score: likelihood to recommend, 0–10; % promoters (9–10) minus % detractors (0–6)</source>
        <translation>Индекс потребительской лояльности (NPS): готовность рекомендовать, 0–10; % промоутеров (9–10) минус % критиков (0–6)</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Нейтралы</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Промоутеры</translation>
    </message>
    <message>
        <source>eNPS</source>
        <translation>eNPS</translation>
    </message>
    <message>
        <source>Employee NPS: employees' likelihood to recommend their workplace, 0–10, by department</source>
        <translation>NPS сотрудников (eNPS): готовность сотрудников рекомендовать своё место работы, 0–10, по отделам</translation>
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
        <translation>Ответов всего %1 — слишком мало для надёжного вывода, поэтому этот показатель — слабый сигнал.</translation>
    </message>
    <message>
        <source>%1: the survey figure here, ± its 95 % margin, from n answers. Red is the worst end of the scale, green the best.</source>
        <translation>%1: результат опроса в этой точке ± 95-процентная погрешность, по n ответам. Красный — худший край шкалы, зелёный — лучший.</translation>
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
        <translation>Все ответы</translation>
    </message>
    <message>
        <source>Goal: all responses</source>
        <translation>Цель: все ответы</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Цель: %1</translation>
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
        <translation>пунктир: цели</translation>
    </message>
    <message>
        <source>dotted: benchmark</source>
        <translation>точки: бенчмарк</translation>
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
        <translation>Промоутеры, нейтралы и критики по этапам</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Промоутеры</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Нейтралы</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
    <message>
        <source>Mean customer lifetime value by NPS category (%1)</source>
        <translation>Средняя пожизненная ценность клиента по категориям NPS (%1)</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>Средний CLV</translation>
    </message>
    <message>
        <source>%1 answers by department</source>
        <translation>Ответы %1 по отделам</translation>
    </message>
    <message>
        <source>%1 answers by stage</source>
        <translation>Ответы %1 по этапам</translation>
    </message>
    <message>
        <source>%1 by department</source>
        <translation>%1 по отделам</translation>
    </message>
    <message>
        <source>%1 by stage</source>
        <translation>%1 по этапам</translation>
    </message>
    <message>
        <source>%1 by quarter</source>
        <translation>%1 по кварталам</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4 (95 %: %5 … %6; n %7)</source>
        <translation>%1, %2: %3 %4 (95 %: %5 … %6; n %7)</translation>
    </message>
    <message>
        <source>%1 with its 95 % interval</source>
        <translation>%1 с доверительным интервалом 95 %</translation>
    </message>
</context>
<context>
    <name>NpsStatistics</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>Все ответы</translation>
    </message>
</context>
<context>
    <name>OfficeZone</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
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
        <translation>Бэк-офис</translation>
    </message>
</context>
<context>
    <name>OfflineQueue</name>
    <message>
        <source>could not keep the change for later in %1: %2</source>
        <translation>не удалось сохранить изменение на потом в %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a queue of offline changes (%2)</source>
        <translation>%1 — не очередь изменений, сделанных без связи (%2)</translation>
    </message>
    <message>
        <source>no format name</source>
        <translation>нет названия формата</translation>
    </message>
    <message>
        <source>%1 was written by a newer Waymark (queue version %2)</source>
        <translation>%1 записан более новой версией Waymark (версия очереди %2)</translation>
    </message>
    <message>
        <source>%1: change %2 of the queue is damaged (/edits/%3)</source>
        <translation>%1: изменение %2 в очереди повреждено (/edits/%3)</translation>
    </message>
</context>
<context>
    <name>Opportunity</name>
    <message>
        <source>Process</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Технологии</translation>
    </message>
    <message>
        <source>People and training</source>
        <translation>Люди и обучение</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Коммуникации</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Эффект измерен</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
</context>
<context>
    <name>OpportunityEdits</name>
    <message>
        <source>New opportunity</source>
        <translation>Новая возможность</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Исправить: %1</translation>
    </message>
    <message>
        <source>Add to scenario</source>
        <translation>Добавить в сценарий</translation>
    </message>
    <message>
        <source>Take out of scenario</source>
        <translation>Исключить из сценария</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Переименовать сценарий</translation>
    </message>
    <message>
        <source>The journey is open for review only: no opportunity can be added.</source>
        <translation>Путь открыт только для рецензирования: добавлять возможности нельзя.</translation>
    </message>
    <message>
        <source>Close the vote first: its ranking may still change.</source>
        <translation>Сначала закройте голосование: его итоги ещё могут измениться.</translation>
    </message>
    <message>
        <source>The vote has no dots on any card.</source>
        <translation>В голосовании ни на одной карточке нет точек.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) in the vote “%1”.</source>
        <translation>
            <numerusform>%n точка в голосовании «%1».</numerusform>
            <numerusform>%n точки в голосовании «%1».</numerusform>
            <numerusform>%n точек в голосовании «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Each of the top cards already has an opportunity.</source>
        <translation>У каждой из лидирующих карточек уже есть возможность.</translation>
    </message>
    <message numerus="yes">
        <source>Create %n opportunity(s) from the vote</source>
        <translation>
            <numerusform>Создать %n возможность по итогам голосования</numerusform>
            <numerusform>Создать %n возможности по итогам голосования</numerusform>
            <numerusform>Создать %n возможностей по итогам голосования</numerusform>
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
        <translation>[номер карты]</translation>
    </message>
</context>
<context>
    <name>PngChunks</name>
    <message>
        <source>it does not start as a PNG file does</source>
        <translation>файл начинается не так, как начинается PNG</translation>
    </message>
    <message>
        <source>it ends inside a chunk's header at byte %1</source>
        <translation>файл обрывается внутри заголовка блока на байте %1</translation>
    </message>
    <message>
        <source>its chunk “%1” at byte %2 says it holds %3 bytes, but only %4 follow</source>
        <translation>блок «%1» на байте %2 заявляет %3 байт, но дальше их всего %4</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <source>cannot be read</source>
        <translation>не удаётся прочитать</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 не является папкой</translation>
    </message>
</context>
<context>
    <name>PrintPages</name>
    <message>
        <source>Executive summary</source>
        <translation>Резюме для руководства</translation>
    </message>
    <message>
        <source>Executive summary: where the effort is</source>
        <translation>Резюме: где клиенту тяжелее всего</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Карта пути клиента</translation>
    </message>
    <message>
        <source>Journey map — row %1, column %2 (of %3 × %4)</source>
        <translation>Карта пути клиента — ряд %1, столбец %2 (из %3 × %4)</translation>
    </message>
    <message>
        <source>%1's touchpoints highlighted</source>
        <translation>Выделены точки контакта: %1</translation>
    </message>
    <message>
        <source>glue column %1 here</source>
        <translation>приклеить столбец %1 здесь</translation>
    </message>
    <message>
        <source>glue row %1 here</source>
        <translation>приклеить ряд %1 здесь</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>ряд %1, столбец %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>A PNG of this map can be at most %1× (12,000 pixels a side).</source>
        <translation>PNG этой карты можно увеличить не более чем в %1 раза (до 12 000 пикселей по стороне).</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 image.</source>
        <translation>Недостаточно памяти для изображения %1 × %2.</translation>
    </message>
    <message>
        <source>Customer journey map made with Waymark</source>
        <translation>Карта пути клиента создана в Waymark</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Персона: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Customer journey map · Waymark</source>
        <translation>Карта пути клиента · Waymark</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>Отделы:</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>negative emotion 0–10</source>
        <translation>негативные эмоции 0–10</translation>
    </message>
    <message>
        <source>NPS (grey: fewer than 30 answers)</source>
        <translation>NPS (серый: меньше 30 ответов)</translation>
    </message>
    <message>
        <source>CLV of the detractors</source>
        <translation>CLV критиков</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>под угрозой</translation>
    </message>
    <message>
        <source>heat: %1</source>
        <translation>тепло: %1</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>Слои: %1</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Нечего показать.</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>No benchmark set (Data dock → Goals…)</source>
        <translation>Бенчмарк не задан (панель «Данные» → Цели…)</translation>
    </message>
    <message>
        <source>Journey NPS</source>
        <translation>NPS пути</translation>
    </message>
    <message>
        <source>No survey answers imported yet.</source>
        <translation>Ответы опроса ещё не импортированы.</translation>
    </message>
    <message>
        <source>Mean CLV: promoter vs detractor</source>
        <translation>Средний CLV: промоутер и критик</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 против %2</translation>
    </message>
    <message>
        <source>%1; %2 customers with an answer and a CLV</source>
        <translation>%1; клиентов с ответом и CLV: %2</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Пожизненная ценность клиента</translation>
    </message>
    <message>
        <source>No CLV data imported yet.</source>
        <translation>Данные CLV ещё не импортированы.</translation>
    </message>
    <message>
        <source>The customer's effort, end to end</source>
        <translation>Усилия клиента от начала до конца</translation>
    </message>
    <message>
        <source>%1; mean negative emotion %2/10 over %3 touchpoints</source>
        <translation>%1; средние негативные эмоции %2/10 по %3 точкам контакта</translation>
    </message>
    <message>
        <source>no fees</source>
        <translation>без платежей</translation>
    </message>
    <message>
        <source>Most customer lifetime value at risk</source>
        <translation>Больше всего CLV под угрозой</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>CLV под угрозой</translation>
    </message>
    <message>
        <source>Top 5 hotspots: %1</source>
        <translation>5 главных горячих точек: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Whole journey</source>
        <translation>Весь путь</translation>
    </message>
    <message>
        <source>Effort per stage</source>
        <translation>Усилия по этапам</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Точки контакта</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Деньги</translation>
    </message>
    <message>
        <source>Mean emotion</source>
        <translation>Эмоции в среднем</translation>
    </message>
    <message>
        <source>Worst emotion</source>
        <translation>Худшие эмоции</translation>
    </message>
    <message>
        <source>Negative emotion by stage (0 calm – 10 worst)</source>
        <translation>Негативные эмоции по этапам (0 спокойно – 10 хуже всего)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>В среднем</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Худшие</translation>
    </message>
    <message>
        <source>The workshop's vote: %1</source>
        <translation>Голосование на воркшопе: %1</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Точки</translation>
    </message>
    <message>
        <source>hatched: too few answers to trust</source>
        <translation>штриховка: слишком мало ответов для надёжного вывода</translation>
    </message>
    <message>
        <source>Journey %1 (95 % interval)</source>
        <translation>%1 пути (доверительный интервал 95 %)</translation>
    </message>
    <message>
        <source>No %1 answers to count.</source>
        <translation>Нет ответов %1 для подсчёта.</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>Ответов: %1</translation>
    </message>
    <message>
        <source>95 % interval %1 to %2; %3 answers</source>
        <translation>Доверительный интервал 95 %: от %1 до %2; ответов: %3</translation>
    </message>
    <message>
        <source>Small sample: fewer than %1 answers</source>
        <translation>Малая выборка: меньше %1 ответов</translation>
    </message>
    <message>
        <source>%1: %2 % · %3: %4 %</source>
        <translation>%1: %2 % · %3: %4 %</translation>
    </message>
    <message>
        <source>%1 against %2 (%3)</source>
        <translation>%1 относительно %2 (%3)</translation>
    </message>
    <message>
        <source>the benchmark</source>
        <translation>бенчмарка</translation>
    </message>
    <message>
        <source>The %1 trend by quarter appears here once answers with dates are imported.</source>
        <translation>Динамика %1 по кварталам появится здесь после импорта ответов с датами.</translation>
    </message>
    <message>
        <source>%1 per stage appears here with survey data.</source>
        <translation>%1 по этапам появится здесь вместе с данными опросов.</translation>
    </message>
    <message>
        <source>Findings and priorities</source>
        <translation>Выводы и приоритеты</translation>
    </message>
    <message>
        <source>Business case of a top opportunity</source>
        <translation>Бизнес-кейс приоритетной возможности</translation>
    </message>
    <message>
        <source>Future state: the journey with every opportunity applied</source>
        <translation>Целевое состояние: путь со всеми возможностями</translation>
    </message>
    <message>
        <source>Future state: the journey after “%1”</source>
        <translation>Целевое состояние: путь после «%1»</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>confidence: %1</source>
        <translation>уверенность: %1</translation>
    </message>
    <message numerus="yes">
        <source>delivered in %n month(s)</source>
        <translation>
            <numerusform>внедрение за %n месяц</numerusform>
            <numerusform>внедрение за %n месяца</numerusform>
            <numerusform>внедрение за %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>ответственный: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Обоснование: %1</translation>
    </message>
    <message>
        <source>Value per year at full run rate</source>
        <translation>Выгоды в год при выходе на полную мощность</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидаемое</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <source>Customer time and money saved</source>
        <translation>Экономия времени и денег клиентов</translation>
    </message>
    <message>
        <source>Cost to serve saved</source>
        <translation>Снижение стоимости обслуживания</translation>
    </message>
    <message>
        <source>Retention value</source>
        <translation>Ценность удержания</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Cash flows</source>
        <translation>Денежные потоки</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Выгоды</translation>
    </message>
    <message>
        <source>Running cost</source>
        <translation>Текущие затраты</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Чистый поток</translation>
    </message>
    <message>
        <source>Discounted</source>
        <translation>Дисконтированный</translation>
    </message>
    <message>
        <source>NPV %1 (range %2 to %3)</source>
        <translation>ЧДД %1 (диапазон от %2 до %3)</translation>
    </message>
    <message>
        <source>ROI %1 %</source>
        <translation>ROI %1 %</translation>
    </message>
    <message>
        <source>pays back in month %1</source>
        <translation>окупается на %1-й месяц</translation>
    </message>
    <message numerus="yes">
        <source>does not pay back within %n year(s)</source>
        <translation>
            <numerusform>не окупается за %n год</numerusform>
            <numerusform>не окупается за %n года</numerusform>
            <numerusform>не окупается за %n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n year(s) at a %1 % discount rate; benefits start after delivery.</source>
        <translation>
            <numerusform>За %n год при ставке дисконтирования %1 %; выгоды начинаются после внедрения.</numerusform>
            <numerusform>За %n года при ставке дисконтирования %1 %; выгоды начинаются после внедрения.</numerusform>
            <numerusform>За %n лет при ставке дисконтирования %1 %; выгоды начинаются после внедрения.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Не учтено: %1</translation>
    </message>
    <message>
        <source>How these numbers are made</source>
        <translation>Как получены эти цифры</translation>
    </message>
    <message numerus="yes">
        <source>… %n more figure(s): see the business case workbook (waymark business-case --format xlsx)</source>
        <translation>
            <numerusform>… ещё %n показатель: см. книгу бизнес-кейса (waymark business-case --format xlsx)</numerusform>
            <numerusform>… ещё %n показателя: см. книгу бизнес-кейса (waymark business-case --format xlsx)</numerusform>
            <numerusform>… ещё %n показателей: см. книгу бизнес-кейса (waymark business-case --format xlsx)</numerusform>
        </translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>месяц %1</translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>не в пределах %n года</numerusform>
            <numerusform>не в пределах %n лет</numerusform>
            <numerusform>не в пределах %n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>After every opportunity</source>
        <translation>После всех возможностей</translation>
    </message>
    <message>
        <source>After “%1”</source>
        <translation>После «%1»</translation>
    </message>
    <message>
        <source>Customer time per stage (hours per customer)</source>
        <translation>Время клиента по этапам (часов на клиента)</translation>
    </message>
    <message>
        <source>What we found</source>
        <translation>Что мы обнаружили</translation>
    </message>
    <message>
        <source>Add effort to the cards or import NPS and CLV data to see findings.</source>
        <translation>Чтобы увидеть выводы, укажите усилия на карточках или импортируйте данные NPS и CLV.</translation>
    </message>
    <message>
        <source>What to fix first: every opportunity</source>
        <translation>Что исправлять в первую очередь: все возможности</translation>
    </message>
    <message>
        <source>What to fix first: “%1”</source>
        <translation>Что исправлять в первую очередь: «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Ranked by net present value over %n year(s) at a %1 % discount rate; ranges from the confidence of each estimate and the 95 % margins of the NPS shares it rests on.</source>
        <translation>
            <numerusform>Ранжировано по ЧДД за %n год при ставке дисконтирования %1 %; диапазоны отражают уверенность в каждой оценке и границы интервала 95 % для долей NPS, на которых она основана.</numerusform>
            <numerusform>Ранжировано по ЧДД за %n года при ставке дисконтирования %1 %; диапазоны отражают уверенность в каждой оценке и границы интервала 95 % для долей NPS, на которых она основана.</numerusform>
            <numerusform>Ранжировано по ЧДД за %n лет при ставке дисконтирования %1 %; диапазоны отражают уверенность в каждой оценке и границы интервала 95 % для долей NPS, на которых она основана.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Возможность</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Единовременные затраты</translation>
    </message>
    <message>
        <source>Running cost per year</source>
        <translation>Текущие затраты в год</translation>
    </message>
    <message>
        <source>Value per year (low – high)</source>
        <translation>Выгоды в год (мин. – макс.)</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>ЧДД</translation>
    </message>
    <message>
        <source>NPV (low – high)</source>
        <translation>ЧДД (мин. – макс.)</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Окупаемость</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 г.</translation>
    </message>
    <message>
        <source>Technology gap</source>
        <translation>Технологический разрыв</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>What it cannot do</source>
        <translation>Чего она не умеет</translation>
    </message>
    <message>
        <source>Pain points it causes</source>
        <translation>Вызываемые болевые точки</translation>
    </message>
    <message>
        <source>Opportunities replacing it</source>
        <translation>Возможности, которые её заменят</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) not shown on this page</source>
        <translation>
            <numerusform>… и ещё %n строка, не показанная на этой странице</numerusform>
            <numerusform>… и ещё %n строки, не показанные на этой странице</numerusform>
            <numerusform>… и ещё %n строк, не показанных на этой странице</numerusform>
        </translation>
    </message>
    <message>
        <source>Executive summary: lifetime value and churn</source>
        <translation>Резюме для руководства: пожизненная ценность и отток</translation>
    </message>
    <message>
        <source>Executive summary: what customers say</source>
        <translation>Резюме для руководства: что говорят клиенты</translation>
    </message>
    <message>
        <source>What our customers are worth, and who is leaving</source>
        <translation>Сколько стоят наши клиенты и кто от нас уходит</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers are expected to spend %2 in the next %n month(s) (discounted at %3 % a year), %4 each on average.</source>
        <translation>
            <numerusform>Ожидается, что %1 клиентов потратят %2 за следующий %n месяц (с дисконтированием %3 % в год), в среднем %4 на клиента.</numerusform>
            <numerusform>Ожидается, что %1 клиентов потратят %2 за следующие %n месяца (с дисконтированием %3 % в год), в среднем %4 на клиента.</numerusform>
            <numerusform>Ожидается, что %1 клиентов потратят %2 за следующие %n месяцев (с дисконтированием %3 % в год), в среднем %4 на клиента.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valuable customers are probably gone: won back, they would be worth %2.</source>
        <translation>Ценных клиентов, которые, вероятно, ушли: %1. Если их вернуть, они принесут %2.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Mean P(alive)</source>
        <translation>Средняя P(alive)</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>Средний CLV</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>At risk: CLV if retained</source>
        <translation>Под угрозой: CLV при удержании</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Сегмент: %1</translation>
    </message>
    <message>
        <source>P(alive): the chance a customer is still buying. At risk: P(alive) below %1 and worth at least %2 if retained (the top quarter). CLV if retained = CLV ÷ P(alive).</source>
        <translation>P(alive): вероятность того, что клиент всё ещё совершает покупки. Под угрозой: P(alive) ниже %1 и CLV при удержании не менее %2 (верхняя четверть). CLV при удержании = CLV ÷ P(alive).</translation>
    </message>
    <message>
        <source>After the calibration end %1 repeat purchases happened; the model expected %2.</source>
        <translation>После конца калибровки совершено повторных покупок: %1; модель ожидала %2.</translation>
    </message>
    <message>
        <source>Fitted by maximum likelihood (standard errors in brackets). BG/NBD: r %1, α %2, a %3, b %4, log-likelihood %5. Pareto/NBD: r %6, α %7, s %8, β %9, log-likelihood %10. Gamma-Gamma spend: p %11, q %12, γ %13. Time in %14.</source>
        <translation>Оценка методом максимального правдоподобия (в скобках стандартные ошибки). BG/NBD: r %1, α %2, a %3, b %4, логарифм правдоподобия %5. Pareto/NBD: r %6, α %7, s %8, β %9, логарифм правдоподобия %10. Расходы Gamma-Gamma: p %11, q %12, γ %13. Единица времени: %14.</translation>
    </message>
    <message>
        <source>Why customers leave</source>
        <translation>Почему клиенты уходят</translation>
    </message>
    <message>
        <source>The touchpoints where customers who are probably gone answered as detractors, by the value they would carry if won back.</source>
        <translation>Точки контакта, где клиенты, которые, вероятно, ушли, отвечали как критики, — по ценности, которую они принесли бы, если их вернуть.</translation>
    </message>
    <message>
        <source>CLV if retained</source>
        <translation>CLV при удержании</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>момент истины</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>болевая точка</translation>
    </message>
    <message>
        <source>What customers say where it hurts most</source>
        <translation>Что говорят клиенты там, где больнее всего</translation>
    </message>
    <message>
        <source>The %1 touchpoints with the most %2 (%3, dataset “%4”), and the words their %2 use distinctly more often than every other customer (weighted log-odds with an informative prior, z ≥ 1.96), each with one customer's sentence as written. Personal data is masked.</source>
        <translation>Точки контакта (%1), где больше всего ответов категории «%2» (%3, набор данных «%4»), и слова, которые эти клиенты используют заметно чаще всех остальных (взвешенные логарифмы шансов с информативным априорным распределением, z ≥ 1.96), каждое — с фразой одного клиента в его собственной формулировке. Персональные данные скрыты.</translation>
    </message>
    <message>
        <source>No touchpoint has %1.</source>
        <translation>Ни в одной точке контакта нет ответов категории «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 — %3 %4, %n with a comment</source>
        <translation>
            <numerusform>%1. %2 — %4: %3, с комментарием: %n</numerusform>
            <numerusform>%1. %2 — %4: %3, с комментарием: %n</numerusform>
            <numerusform>%1. %2 — %4: %3, с комментарием: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>None of them left a comment.</source>
        <translation>Никто из них не оставил комментария.</translation>
    </message>
    <message>
        <source>No word stands out: their comments read like everyone else's.</source>
        <translation>Ни одно слово не выделяется: их комментарии похожи на все остальные.</translation>
    </message>
    <message>
        <source>They write</source>
        <translation>Пишут</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Упоминаний</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Их словами</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>The %1 touchpoints whose %2 carry the most customer lifetime value (%3, dataset “%4”), and the words their %2 use distinctly more often than every other customer (weighted log-odds with an informative prior, z ≥ 1.96), each with one customer's sentence as written. Personal data is masked.</source>
        <translation>Точки контакта (%1), где у клиентов категории «%2» больше всего пожизненной ценности (%3, набор данных «%4»), и слова, которые эти клиенты используют заметно чаще всех остальных (взвешенные логарифмы шансов с информативным априорным распределением, z ≥ 1.96), каждое — с фразой одного клиента в его собственной формулировке. Персональные данные скрыты.</translation>
    </message>
    <message>
        <source>; lifetime value at risk %1</source>
        <translation>; пожизненная ценность под угрозой: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 pain points rest on measured data (%3 answers or more)</source>
        <translation>Болевых точек на измеренных данных: %1 из %2 (не менее %3 ответов)</translation>
    </message>
    <message>
        <source>The rest: %1</source>
        <translation>Остальные: %1</translation>
    </message>
    <message>
        <source>Pain points on measured data</source>
        <translation>Болевые точки на измеренных данных</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Pictures on the cards (%1 of %2)</source>
        <translation>Изображения на карточках (%1 из %2)</translation>
    </message>
    <message>
        <source>Pictures on the cards</source>
        <translation>Изображения на карточках</translation>
    </message>
    <message>
        <source>picture %1 of %2</source>
        <translation>изображение %1 из %2</translation>
    </message>
    <message>
        <source>Personas (%1 of %2)</source>
        <translation>Персоны (%1 из %2)</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Фрустрации</translation>
    </message>
    <message>
        <source>Where it hurts them most</source>
        <translation>Где больнее всего</translation>
    </message>
    <message>
        <source>No step on the map weighs on %1: every card they go through has a negative emotion of 0.</source>
        <translation>Ни один шаг на карте не в тягость персоне %1: у всех её карточек негативная эмоция 0.</translation>
    </message>
    <message>
        <source>Stage “%1”</source>
        <translation>Этап «%1»</translation>
    </message>
    <message>
        <source>negative emotion %1 of 10</source>
        <translation>негативная эмоция %1 из 10</translation>
    </message>
    <message>
        <source>%1 for everyone else</source>
        <translation>у остальных %1</translation>
    </message>
    <message>
        <source>Who goes through this journey</source>
        <translation>Кто проходит этот путь</translation>
    </message>
    <message numerus="yes">
        <source>Each persona with what they want, what gets in their way, and the %n step(s) of the map that weigh on them most: the highest negative emotion as that persona feels it (0 calm – 10 worst).</source>
        <translation>
            <numerusform>Каждая персона: чего она хочет, что ей мешает и %n шаг карты, который даётся ей тяжелее всего — с самой сильной негативной эмоцией, как её ощущает эта персона (0 спокойно – 10 хуже всего).</numerusform>
            <numerusform>Каждая персона: чего она хочет, что ей мешает и %n шага карты, которые даются ей тяжелее всего — с самой сильной негативной эмоцией, как её ощущает эта персона (0 спокойно – 10 хуже всего).</numerusform>
            <numerusform>Каждая персона: чего она хочет, что ей мешает и %n шагов карты, которые даются ей тяжелее всего — с самой сильной негативной эмоцией, как её ощущает эта персона (0 спокойно – 10 хуже всего).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriorityChart</name>
    <message>
        <source>Value per year against one-off cost (bubble: CLV at risk)</source>
        <translation>Выгоды в год и единовременные затраты (размер пузырька: CLV под угрозой)</translation>
    </message>
    <message>
        <source>One-off cost (%1)</source>
        <translation>Единовременные затраты (%1)</translation>
    </message>
    <message>
        <source>Value per year (%1)</source>
        <translation>Выгоды в год (%1)</translation>
    </message>
</context>
<context>
    <name>ServerDatasets</name>
    <message>
        <source>not one dataset</source>
        <translation>это не один набор данных</translation>
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
        <translation>Не удалось подключиться к %1:
%2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password for %1 on %2 (kept only while Waymark runs; ~/.pgpass spares you this question):</source>
        <translation>Пароль пользователя %1 на %2 (хранится, только пока Waymark открыт; с ~/.pgpass этот вопрос не нужен):</translation>
    </message>
</context>
<context>
    <name>ServerJourney</name>
    <message>
        <source>card %1 is in a stage that does not exist (%2)</source>
        <translation>карточка %1 стоит на несуществующем этапе (%2)</translation>
    </message>
</context>
<context>
    <name>ServerJourneys</name>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation>%1 на %2 — ошибка: %3</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object</source>
        <translation>%1: значение — не объект JSON</translation>
    </message>
    <message>
        <source>storing card %1</source>
        <translation>сохранение карточки %1</translation>
    </message>
    <message>
        <source>storing comment %1</source>
        <translation>сохранение комментария %1</translation>
    </message>
    <message>
        <source>storing a dot of vote %1</source>
        <translation>сохранение точки голосования %1</translation>
    </message>
    <message>
        <source>the journey cannot be published: %1: %2</source>
        <translation>путь нельзя опубликовать: %1: %2</translation>
    </message>
    <message>
        <source>could not start a transaction on %1: %2</source>
        <translation>не удалось начать транзакцию на %1: %2</translation>
    </message>
    <message>
        <source>looking for journey %1</source>
        <translation>поиск пути %1</translation>
    </message>
    <message>
        <source>%1 already holds a journey with this id (“%2”); open that one from the server instead</source>
        <translation>в %1 уже есть путь с этим идентификатором («%2»); откройте его с сервера</translation>
    </message>
    <message>
        <source>storing journey %1</source>
        <translation>сохранение пути %1</translation>
    </message>
    <message>
        <source>could not commit journey %1 on %2: %3</source>
        <translation>не удалось зафиксировать путь %1 на %2: %3</translation>
    </message>
    <message>
        <source>%1 holds no Waymark journeys</source>
        <translation>в %1 нет путей Waymark</translation>
    </message>
    <message>
        <source>the database %1 holds Waymark's server schema version %2; this Waymark reads version %3</source>
        <translation>в базе данных %1 серверная схема Waymark версии %2, а эта версия Waymark читает версию %3</translation>
    </message>
    <message>
        <source>starting to read journey %1</source>
        <translation>начало чтения пути %1</translation>
    </message>
    <message>
        <source>reading journey %1</source>
        <translation>чтение пути %1</translation>
    </message>
    <message>
        <source>%1 holds no journey with id %2</source>
        <translation>в %1 нет пути с идентификатором %2</translation>
    </message>
    <message>
        <source>table journeys, row %1, column base</source>
        <translation>таблица journeys, строка %1, столбец base</translation>
    </message>
    <message>
        <source>reading the cards of journey %1</source>
        <translation>чтение карточек пути %1</translation>
    </message>
    <message>
        <source>table cards, row %1, column fields</source>
        <translation>таблица cards, строка %1, столбец fields</translation>
    </message>
    <message>
        <source>reading the comments of journey %1</source>
        <translation>чтение комментариев к пути %1</translation>
    </message>
    <message>
        <source>table comments, row %1, column body</source>
        <translation>таблица comments, строка %1, столбец body</translation>
    </message>
    <message>
        <source>reading the dots of journey %1</source>
        <translation>чтение точек голосования пути %1</translation>
    </message>
    <message>
        <source>journey %1 on %2 is damaged: %3</source>
        <translation>путь %1 на %2 повреждён: %3</translation>
    </message>
    <message>
        <source>the database %1 holds Waymark's server schema version %2, but this Waymark knows only up to version %3; update Waymark to open journeys there</source>
        <translation>в базе данных %1 серверная схема Waymark версии %2, а эта версия Waymark поддерживает версии не выше %3; обновите Waymark, чтобы открывать пути из этой базы</translation>
    </message>
    <message>
        <source>listing the journeys</source>
        <translation>получение списка путей</translation>
    </message>
    <message>
        <source>storing the dataset “%1”</source>
        <translation>сохранение набора данных «%1»</translation>
    </message>
    <message>
        <source>reading the datasets of journey %1</source>
        <translation>чтение наборов данных пути %1</translation>
    </message>
    <message>
        <source>table datasets, row %1, column body</source>
        <translation>таблица datasets, строка %1, столбец body</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>setting up the roles on %1 failed: %2 (in: %3)</source>
        <translation>не удалось настроить роли на %1: %2 (в запросе: %3)</translation>
    </message>
    <message>
        <source>reading your role on %1 failed: %2</source>
        <translation>не удалось определить вашу роль на %1: %2</translation>
    </message>
    <message>
        <source>Facilitator: may change everything</source>
        <translation>Фасилитатор: может изменять всё</translation>
    </message>
    <message>
        <source>Participant: may add and change cards, place dots and comment</source>
        <translation>Участник: может добавлять и изменять карточки, ставить точки и комментировать</translation>
    </message>
    <message>
        <source>Reviewer: may comment</source>
        <translation>Рецензент: может комментировать</translation>
    </message>
    <message>
        <source>Viewer: may look</source>
        <translation>Наблюдатель: может только смотреть</translation>
    </message>
    <message>
        <source>No Waymark role on this server: ask the facilitator for one</source>
        <translation>У вас нет роли Waymark на этом сервере: попросите её у фасилитатора</translation>
    </message>
    <message>
        <source>reviewers may add comments, nothing else</source>
        <translation>рецензенты могут только добавлять комментарии</translation>
    </message>
    <message>
        <source>viewers may read the journey, not change it</source>
        <translation>наблюдатели могут просматривать путь, но не изменять его</translation>
    </message>
    <message>
        <source>only facilitators may publish journeys</source>
        <translation>публиковать пути могут только фасилитаторы</translation>
    </message>
    <message>
        <source>you have no Waymark role on this database</source>
        <translation>у вас нет роли Waymark в этой базе данных</translation>
    </message>
    <message>
        <source>the server refused this by its rule “%1”: %2</source>
        <translation>сервер отклонил действие по правилу «%1»: %2</translation>
    </message>
    <message>
        <source>the facilitator locked this lane; only its department may change its cards</source>
        <translation>фасилитатор заблокировал эту дорожку; её карточки может менять только её отдел</translation>
    </message>
    <message>
        <source>the facilitator locked this stage; only each lane's department may change its cards</source>
        <translation>фасилитатор заблокировал этот этап; карточки в нём меняет только отдел своей дорожки</translation>
    </message>
    <message>
        <source>the facilitator froze the board; only facilitators may change it now</source>
        <translation>фасилитатор заморозил доску; менять её сейчас могут только фасилитаторы</translation>
    </message>
    <message>
        <source>only facilitators may lock lanes and stages or freeze the board</source>
        <translation>блокировать дорожки и этапы и замораживать доску могут только фасилитаторы</translation>
    </message>
    <message>
        <source>only facilitators may say who belongs to which department</source>
        <translation>решать, кто в каком отделе, могут только фасилитаторы</translation>
    </message>
    <message>
        <source>only facilitators may add, change, move or remove stages, lanes and departments</source>
        <translation>добавлять, менять, перемещать и удалять этапы, дорожки и отделы могут только фасилитаторы</translation>
    </message>
    <message>
        <source>a facilitator removed that stage or lane meanwhile</source>
        <translation>тем временем фасилитатор удалил этот этап или дорожку</translation>
    </message>
    <message>
        <source>only facilitators may start, close or change a vote</source>
        <translation>начинать, закрывать и менять голосование могут только фасилитаторы</translation>
    </message>
    <message>
        <source>the vote is closed; its dots cannot change any more</source>
        <translation>голосование закрыто; его точки больше не меняются</translation>
    </message>
    <message>
        <source>someone else placed this dot from their login; only they or a facilitator may take it back</source>
        <translation>точку поставили с другой учётной записи: снять её могут только её владелец и фасилитатор</translation>
    </message>
    <message>
        <source>someone else wrote this comment; only they or a facilitator may change or delete it</source>
        <translation>комментарий чужой: менять и удалять его могут только автор и фасилитатор</translation>
    </message>
    <message>
        <source>only facilitators may add, change or remove personas</source>
        <translation>добавлять, изменять и удалять персоны могут только фасилитаторы</translation>
    </message>
    <message>
        <source>only facilitators may add, rename or remove participants</source>
        <translation>добавлять, переименовывать и удалять участников могут только фасилитаторы</translation>
    </message>
    <message>
        <source>an arrow must join two cards of the journey, and one of them was deleted meanwhile</source>
        <translation>стрелка должна соединять две карточки пути, а одну из них тем временем удалили</translation>
    </message>
    <message>
        <source>only facilitators may change the journey's title, description, currency and settings</source>
        <translation>только фасилитаторы меняют название, описание, валюту и настройки пути</translation>
    </message>
    <message>
        <source>only facilitators may change the agenda</source>
        <translation>только фасилитаторы меняют повестку</translation>
    </message>
    <message>
        <source>only facilitators may change the business case</source>
        <translation>только фасилитаторы меняют бизнес-кейс</translation>
    </message>
    <message>
        <source>the vote's time is up; its dots cannot change any more</source>
        <translation>время голосования истекло; его точки больше не меняются</translation>
    </message>
    <message>
        <source>only facilitators may import, refresh or remove survey and purchase data</source>
        <translation>только фасилитаторы могут импортировать, обновлять и удалять данные опросов и покупок</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>setting up the server schema on %1 failed: %2 (in: %3)</source>
        <translation>не удалось настроить серверную схему на %1: %2 (в запросе: %3)</translation>
    </message>
    <message>
        <source>reading the server schema version on %1 failed: %2</source>
        <translation>не удалось прочитать версию серверной схемы на %1: %2</translation>
    </message>
    <message>
        <source>the database %1 holds Waymark's server schema version %2, but this Waymark knows only up to version %3; update Waymark to open journeys there</source>
        <translation>в базе данных %1 серверная схема Waymark версии %2, а эта версия Waymark поддерживает версии не выше %3; обновите Waymark, чтобы открывать пути из этой базы</translation>
    </message>
    <message>
        <source>could not start a transaction on %1: %2</source>
        <translation>не удалось начать транзакцию на %1: %2</translation>
    </message>
    <message>
        <source>setting up the server schema on %1 failed: %2</source>
        <translation>не удалось настроить серверную схему на %1: %2</translation>
    </message>
    <message>
        <source>could not commit the server schema on %1: %2</source>
        <translation>не удалось зафиксировать серверную схему на %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerSession</name>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>не удалось подключиться к %1: %2</translation>
    </message>
    <message>
        <source>could not listen for changes on %1: %2</source>
        <translation>не удалось подписаться на изменения на %1: %2</translation>
    </message>
    <message>
        <source>journey %1 on %2 is damaged: %3</source>
        <translation>путь %1 на %2 повреждён: %3</translation>
    </message>
    <message>
        <source>card “%1” is not in the journey any more</source>
        <translation>карточки «%1» больше нет в пути</translation>
    </message>
    <message>
        <source>the change was not saved: %1: %2</source>
        <translation>изменение не сохранено: %1: %2</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>нет подключения к %1</translation>
    </message>
    <message>
        <source>the change was not saved on %1: %2</source>
        <translation>изменение не сохранено на %1: %2</translation>
    </message>
    <message>
        <source>%1 no longer holds journey %2</source>
        <translation>на %1 больше нет пути %2</translation>
    </message>
    <message>
        <source>reading the changes on %1 failed: %2</source>
        <translation>не удалось прочитать изменения на %1: %2</translation>
    </message>
    <message>
        <source>card “%1” was deleted by %2 (change %3); your change was not saved</source>
        <translation>карточку «%1» удалил участник %2 (изменение %3); ваше изменение не сохранено</translation>
    </message>
    <message>
        <source>card “%1” is not in the journey on the server; your change was not saved</source>
        <translation>карточки «%1» нет в пути на сервере; ваше изменение не сохранено</translation>
    </message>
    <message>
        <source>card “%1” is not in that cell any more</source>
        <translation>карточки «%1» больше нет в этой ячейке</translation>
    </message>
    <message>
        <source>reading the cell's order failed: %1</source>
        <translation>не удалось прочитать порядок карточек в ячейке: %1</translation>
    </message>
    <message>
        <source>“%1” is not a field of a card</source>
        <translation>«%1» — не поле карточки</translation>
    </message>
    <message>
        <source>card “%1” was not added on %2: %3</source>
        <translation>карточка «%1» не добавлена на %2: %3</translation>
    </message>
    <message>
        <source>card “%1” is already in the journey</source>
        <translation>карточка «%1» уже есть в пути</translation>
    </message>
    <message>
        <source>a card cannot go after itself</source>
        <translation>карточку нельзя поставить после неё самой</translation>
    </message>
    <message>
        <source>the move was not saved on %1: %2</source>
        <translation>перемещение не сохранено на %1: %2</translation>
    </message>
    <message>
        <source>the deletion was not saved on %1: %2</source>
        <translation>удаление не сохранено на %1: %2</translation>
    </message>
    <message>
        <source>there is no vote %1 in the journey</source>
        <translation>в пути нет голосования %1</translation>
    </message>
    <message>
        <source>the vote “%1” is closed</source>
        <translation>голосование «%1» закрыто</translation>
    </message>
    <message>
        <source>the dot was not saved on %1: %2</source>
        <translation>точка не сохранена на %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>all %n dot(s) of the vote “%1” are used</source>
        <translation>
            <numerusform>голосование «%1»: все точки (%n) уже расставлены</numerusform>
            <numerusform>голосование «%1»: все точки (%n) уже расставлены</numerusform>
            <numerusform>голосование «%1»: все точки (%n) уже расставлены</numerusform>
        </translation>
    </message>
    <message>
        <source>the comment was not saved on %1: %2</source>
        <translation>комментарий не сохранён на %1: %2</translation>
    </message>
    <message>
        <source>there is no change of yours to undo</source>
        <translation>нет ваших изменений, которые можно отменить</translation>
    </message>
    <message>
        <source>cannot undo: %1 deleted card “%2” since (change %3)</source>
        <translation>отменить нельзя: после этого участник %1 удалил карточку «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed card “%2” since (change %3)</source>
        <translation>отменить нельзя: после этого участник %1 изменил карточку «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 moved card “%2” since (change %3)</source>
        <translation>отменить нельзя: после этого участник %1 переместил карточку «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed “%2” of card “%3” since (change %4)</source>
        <translation>отменить нельзя: после этого участник %1 изменил поле «%2» карточки «%3» (изменение %4)</translation>
    </message>
    <message>
        <source>the card was not brought back on %1: %2</source>
        <translation>карточка не восстановлена на %1: %2</translation>
    </message>
    <message>
        <source>the move was not undone on %1: %2</source>
        <translation>перемещение не отменено на %1: %2</translation>
    </message>
    <message>
        <source>reading the locks on %1 failed: %2</source>
        <translation>не удалось прочитать блокировки на %1: %2</translation>
    </message>
    <message>
        <source>%1 froze the board%2; only facilitators may change it now</source>
        <translation>%1 заморозил(а) доску%2; менять её сейчас могут только фасилитаторы</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 locked this lane%2; only its department may change its cards</source>
        <translation>%1 заблокировал(а) эту дорожку%2; её карточки может менять только её отдел</translation>
    </message>
    <message>
        <source>%1 locked this stage%2; only each lane's department may change its cards</source>
        <translation>%1 заблокировал(а) этот этап%2; карточки в нём меняет только отдел своей дорожки</translation>
    </message>
    <message>
        <source>the lock was not saved on %1: %2</source>
        <translation>блокировка не сохранена на %1: %2</translation>
    </message>
    <message>
        <source>%1 deleted the card meanwhile (change %2)</source>
        <translation>%1 тем временем удалил(а) карточку (изменение %2)</translation>
    </message>
    <message>
        <source>the card is not in the journey any more</source>
        <translation>карточки больше нет в пути</translation>
    </message>
    <message>
        <source>not connected to %1; undo works again when the connection is back</source>
        <translation>нет связи с %1; отмена снова заработает, когда связь вернётся</translation>
    </message>
    <message>
        <source>reading the members on %1 failed: %2</source>
        <translation>не удалось прочитать состав отделов на %1: %2</translation>
    </message>
    <message>
        <source>reading the database users on %1 failed: %2</source>
        <translation>не удалось прочитать пользователей базы данных на %1: %2</translation>
    </message>
    <message>
        <source>not connected to %1; the members were not changed</source>
        <translation>нет подключения к %1; состав отделов не изменён</translation>
    </message>
    <message>
        <source>“%1” is not a database user's name (empty, or spaces around it); the members were not changed</source>
        <translation>«%1» — не имя пользователя базы данных (пусто или пробелы по краям); состав отделов не изменён</translation>
    </message>
    <message>
        <source>%1 cannot join department %2: the journey has no such department; the members were not changed</source>
        <translation>%1 нельзя добавить в отдел %2: в пути нет такого отдела; состав отделов не изменён</translation>
    </message>
    <message>
        <source>the members were not changed on %1: %2</source>
        <translation>состав отделов на %1 не изменён: %2</translation>
    </message>
    <message>
        <source>%1 has no database user “%2” (names are case-sensitive); the administrator creates it with CREATE ROLE … LOGIN; the members were not changed</source>
        <translation>на %1 нет пользователя базы данных «%2» (регистр букв важен); его создаёт администратор командой CREATE ROLE … LOGIN; состав отделов не изменён</translation>
    </message>
    <message>
        <source>cannot undo: %1 froze the board since (change %2)</source>
        <translation>отменить нельзя: после этого %1 заморозил(а) доску (изменение %2)</translation>
    </message>
    <message>
        <source>cannot undo: %1 unfroze the board since (change %2)</source>
        <translation>отменить нельзя: после этого %1 разморозил(а) доску (изменение %2)</translation>
    </message>
    <message>
        <source>cannot undo: %1 locked the lane “%2” since (change %3)</source>
        <translation>отменить нельзя: после этого %1 заблокировал(а) дорожку «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 unlocked the lane “%2” since (change %3)</source>
        <translation>отменить нельзя: после этого %1 разблокировал(а) дорожку «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 locked the stage “%2” since (change %3)</source>
        <translation>отменить нельзя: после этого %1 заблокировал(а) этап «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 unlocked the stage “%2” since (change %3)</source>
        <translation>отменить нельзя: после этого %1 разблокировал(а) этап «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>card “%1” was removed with its stage or lane by %2 (change %3); your change was not saved</source>
        <translation>карточку «%1» удалил(а) %2 вместе с её этапом или дорожкой (изменение %3); ваше изменение не сохранено</translation>
    </message>
    <message>
        <source>the card's stage or lane is not in the journey</source>
        <translation>этапа или дорожки карточки нет в пути</translation>
    </message>
    <message>
        <source>%1 removed the card's stage (change %2); the card was not saved there</source>
        <translation>%1 удалил(а) этап карточки (изменение %2); карточка там не сохранена</translation>
    </message>
    <message>
        <source>%1 removed the card's lane (change %2); the card was not saved there</source>
        <translation>%1 удалил(а) дорожку карточки (изменение %2); карточка там не сохранена</translation>
    </message>
    <message>
        <source>“%1” cannot be changed on its own</source>
        <translation>«%1» нельзя изменить отдельно</translation>
    </message>
    <message>
        <source>“%1” is not a stage, a lane or a department</source>
        <translation>«%1» — не этап, не дорожка и не отдел</translation>
    </message>
    <message>
        <source>the change of “%1” was not saved on %2: %3</source>
        <translation>изменение «%1» не сохранено на %2: %3</translation>
    </message>
    <message>
        <source>“%1” is already in the journey</source>
        <translation>«%1» уже есть в пути</translation>
    </message>
    <message>
        <source>“%1” was removed by %2 (change %3); your change was not saved</source>
        <translation>«%1» удалил(а) %2 (изменение %3); ваше изменение не сохранено</translation>
    </message>
    <message>
        <source>“%1” is not in the journey on the server; your change was not saved</source>
        <translation>«%1» нет в пути на сервере; ваше изменение не сохранено</translation>
    </message>
    <message>
        <source>“%1” is not in the journey any more; your change was not saved</source>
        <translation>«%1» больше нет в пути; ваше изменение не сохранено</translation>
    </message>
    <message>
        <source>cannot undo: %1 removed “%2” since (change %3)</source>
        <translation>отменить нельзя: после этого %1 удалил(а) «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed “%2” since (change %3)</source>
        <translation>отменить нельзя: после этого %1 изменил(а) «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 put cards in “%2” since (change %3)</source>
        <translation>отменить нельзя: после этого %1 положил(а) карточки в «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot undo: “%1” holds cards now</source>
        <translation>отменить нельзя: в «%1» теперь есть карточки</translation>
    </message>
    <message>
        <source>cannot undo: %1 moved “%2” since (change %3)</source>
        <translation>отменить нельзя: после этого %1 переместил(а) «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>this laptop holds no copy of the journey to open without the server (a copy is kept once the journey has been open here while connected)</source>
        <translation>на этом ноутбуке нет копии пути, которую можно открыть без сервера (копия появляется, когда путь хотя бы раз был открыт здесь при наличии связи)</translation>
    </message>
    <message>
        <source>the copy of the journey on this laptop cannot be opened: %1</source>
        <translation>копию пути на этом ноутбуке открыть не удалось: %1</translation>
    </message>
    <message>
        <source>the copy of the journey on this laptop is damaged (%1): %2</source>
        <translation>копия пути на этом ноутбуке повреждена (%1): %2</translation>
    </message>
    <message>
        <source>there is no undone change of yours to redo</source>
        <translation>нет отменённого вами изменения, которое можно повторить</translation>
    </message>
    <message>
        <source>not connected to %1; redo works again when the connection is back</source>
        <translation>нет связи с %1; повтор снова заработает, когда связь вернётся</translation>
    </message>
    <message>
        <source>cannot redo: %1 froze or unfroze the board since (change %2)</source>
        <translation>повторить нельзя: после этого %1 заморозил(а) или разморозил(а) доску (изменение %2)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed the lock of “%2” since (change %3)</source>
        <translation>повторить нельзя: после этого %1 изменил(а) блокировку «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 removed “%2” since (change %3)</source>
        <translation>повторить нельзя: после этого %1 удалил(а) «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 deleted card “%2” since (change %3)</source>
        <translation>повторить нельзя: после этого участник %1 удалил карточку «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed “%2” since (change %3)</source>
        <translation>повторить нельзя: после этого %1 изменил(а) «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed card “%2” since (change %3)</source>
        <translation>повторить нельзя: после этого участник %1 изменил карточку «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 put cards in “%2” since (change %3)</source>
        <translation>повторить нельзя: после этого %1 положил(а) карточки в «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 moved “%2” since (change %3)</source>
        <translation>повторить нельзя: после этого %1 переместил(а) «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 moved card “%2” since (change %3)</source>
        <translation>повторить нельзя: после этого участник %1 переместил карточку «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed “%2” of card “%3” since (change %4)</source>
        <translation>повторить нельзя: после этого участник %1 изменил поле «%2» карточки «%3» (изменение %4)</translation>
    </message>
    <message>
        <source>your last change may have reached %1 just as the connection broke; undo works again when the connection is back</source>
        <translation>ваше последнее изменение могло дойти до %1 как раз в момент обрыва связи; отмена снова заработает, когда связь вернётся</translation>
    </message>
    <message>
        <source>the vote “%1” is still open (%2 started it, change %3); close it before another vote opens</source>
        <translation>голосование «%1» ещё открыто (его начал(а) %2, изменение %3); закройте его, прежде чем открывать другое</translation>
    </message>
    <message>
        <source>the vote “%1” is still open; close it before another vote opens</source>
        <translation>голосование «%1» ещё открыто; закройте его, прежде чем открывать другое</translation>
    </message>
    <message>
        <source>%1 deleted the comment (change %2); your change was not saved</source>
        <translation>%1 удалил(а) этот комментарий (изменение %2); ваше изменение не сохранено</translation>
    </message>
    <message>
        <source>the comment is not in the journey on the server; your change was not saved</source>
        <translation>на сервере в пути нет этого комментария; ваше изменение не сохранено</translation>
    </message>
    <message>
        <source>%1 closed the vote “%2” (change %3); your dot was not saved</source>
        <translation>%1 закрыл(а) голосование «%2» (изменение %3); ваша точка не сохранена</translation>
    </message>
    <message>
        <source>the vote “%1” is already in the journey</source>
        <translation>голосование «%1» уже есть в пути</translation>
    </message>
    <message>
        <source>the vote “%1” was not started on %2: %3</source>
        <translation>голосование «%1» не начато на %2: %3</translation>
    </message>
    <message>
        <source>“%1” cannot be changed in a vote</source>
        <translation>в голосовании нельзя менять «%1»</translation>
    </message>
    <message>
        <source>%1 removed the vote “%2” (change %3)</source>
        <translation>%1 удалил(а) голосование «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>the vote “%1” was not changed on %2: %3</source>
        <translation>голосование «%1» не изменено на %2: %3</translation>
    </message>
    <message>
        <source>%1 placed a dot in the vote “%2” (change %3); a vote with dots stays</source>
        <translation>%1 поставил(а) точку в голосовании «%2» (изменение %3); голосование с точками остаётся</translation>
    </message>
    <message>
        <source>the vote “%1” was not removed on %2: %3</source>
        <translation>голосование «%1» не удалено на %2: %3</translation>
    </message>
    <message>
        <source>there is no such dot on card “%1” to take back</source>
        <translation>на карточке «%1» нет такой точки, чтобы её снять</translation>
    </message>
    <message>
        <source>the dot was not taken back on %1: %2</source>
        <translation>точка не снята на %1: %2</translation>
    </message>
    <message>
        <source>someone took that dot back meanwhile</source>
        <translation>кто-то уже снял эту точку</translation>
    </message>
    <message>
        <source>“%1” cannot be changed in a comment</source>
        <translation>в комментарии нельзя менять «%1»</translation>
    </message>
    <message>
        <source>the comment is not in the journey any more</source>
        <translation>этого комментария в пути больше нет</translation>
    </message>
    <message>
        <source>the comment was not changed on %1: %2</source>
        <translation>комментарий не изменён на %1: %2</translation>
    </message>
    <message>
        <source>%1 replied to the comment; it stays while it has replies</source>
        <translation>%1 ответил(а) на этот комментарий; пока на него есть ответы, он остаётся</translation>
    </message>
    <message>
        <source>the comment was not deleted on %1: %2</source>
        <translation>комментарий не удалён на %1: %2</translation>
    </message>
    <message>
        <source>cannot undo: %1 closed the vote “%2” since (change %3)</source>
        <translation>отменить нельзя: после этого %1 закрыл(а) голосование «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot undo: the vote “%1” is closed</source>
        <translation>отменить нельзя: голосование «%1» закрыто</translation>
    </message>
    <message numerus="yes">
        <source>cannot undo: all %n dot(s) of the vote “%1” are used again (%2 placed one since, change %3)</source>
        <translation>
            <numerusform>отменить нельзя: в голосовании «%1» снова расставлены все точки (%n) — после этого %2 поставил(а) точку (изменение %3)</numerusform>
            <numerusform>отменить нельзя: в голосовании «%1» снова расставлены все точки (%n) — после этого %2 поставил(а) точку (изменение %3)</numerusform>
            <numerusform>отменить нельзя: в голосовании «%1» снова расставлены все точки (%n) — после этого %2 поставил(а) точку (изменение %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo: all %n dot(s) of the vote “%1” are used again</source>
        <translation>
            <numerusform>отменить нельзя: в голосовании «%1» снова расставлены все точки (%n)</numerusform>
            <numerusform>отменить нельзя: в голосовании «%1» снова расставлены все точки (%n)</numerusform>
            <numerusform>отменить нельзя: в голосовании «%1» снова расставлены все точки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot undo: %1</source>
        <translation>отменить нельзя: %1</translation>
    </message>
    <message>
        <source>cannot undo: %1 deleted the comment since (change %2)</source>
        <translation>отменить нельзя: после этого %1 удалил(а) комментарий (изменение %2)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed the comment since (change %2)</source>
        <translation>отменить нельзя: после этого %1 изменил(а) комментарий (изменение %2)</translation>
    </message>
    <message>
        <source>cannot undo: %1 removed the vote “%2” since (change %3)</source>
        <translation>отменить нельзя: после этого %1 удалил(а) голосование «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 reopened the vote “%2” since (change %3)</source>
        <translation>отменить нельзя: после этого %1 снова открыл(а) голосование «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed the vote “%2” since (change %3)</source>
        <translation>отменить нельзя: после этого %1 изменил(а) голосование «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 placed a dot in the vote “%2” since (change %3)</source>
        <translation>отменить нельзя: после этого %1 поставил(а) точку в голосовании «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot undo: the vote “%1” has dots</source>
        <translation>отменить нельзя: в голосовании «%1» уже есть точки</translation>
    </message>
    <message>
        <source>the persona “%1”</source>
        <translation>персона «%1»</translation>
    </message>
    <message>
        <source>the participant “%1”</source>
        <translation>участник «%1»</translation>
    </message>
    <message>
        <source>the arrow “%1”</source>
        <translation>стрелка «%1»</translation>
    </message>
    <message>
        <source>the arrow from “%1” to “%2”</source>
        <translation>стрелка от «%1» к «%2»</translation>
    </message>
    <message>
        <source>%1 removed %2 (change %3); your change was not saved</source>
        <translation>%1 удалил(а) это: %2 (изменение %3); ваше изменение не сохранено</translation>
    </message>
    <message>
        <source>%1 is already in the journey</source>
        <translation>уже есть в пути: %1</translation>
    </message>
    <message>
        <source>%1 is not in the journey any more; your change was not saved</source>
        <translation>этого больше нет в пути: %1; ваше изменение не сохранено</translation>
    </message>
    <message>
        <source>card “%1” names %2 now; the persona stays while a card names it</source>
        <translation>карточка «%1» сейчас ссылается на это: %2; персона остаётся, пока на неё ссылается хоть одна карточка</translation>
    </message>
    <message>
        <source>%1 has placed dots; a participant with dots or cards stays on the list</source>
        <translation>у этого участника есть точки (%1); участник с точками или карточками остаётся в списке</translation>
    </message>
    <message>
        <source>%1 wrote card “%2”; a participant with dots or cards stays on the list</source>
        <translation>карточку «%2» написал(а) этот участник (%1); участник с точками или карточками остаётся в списке</translation>
    </message>
    <message>
        <source>the change of %1 was not saved on %2: %3</source>
        <translation>изменение не сохранено на %2 (%1): %3</translation>
    </message>
    <message>
        <source>%1 is not in the journey on the server; your change was not saved</source>
        <translation>этого нет в пути на сервере: %1; ваше изменение не сохранено</translation>
    </message>
    <message>
        <source>cannot undo: %1 removed %2 since (change %3)</source>
        <translation>отменить нельзя: после этого %1 удалил(а) это: %2 (изменение %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed %2 since (change %3)</source>
        <translation>отменить нельзя: с тех пор %1 изменил(а) %2 (изменение %3)</translation>
    </message>
    <message>
        <source>the journey's title</source>
        <translation>название пути</translation>
    </message>
    <message>
        <source>the journey's description</source>
        <translation>описание пути</translation>
    </message>
    <message>
        <source>the journey's currency</source>
        <translation>валюта пути</translation>
    </message>
    <message>
        <source>the setting “%1”</source>
        <translation>настройка «%1»</translation>
    </message>
    <message>
        <source>“%1” is not the journey's title, description, currency or a setting</source>
        <translation>«%1» — не название, не описание, не валюта пути и не настройка</translation>
    </message>
    <message>
        <source>%1 was not changed on %2: %3</source>
        <translation>%1: изменение не сохранено на %2: %3</translation>
    </message>
    <message>
        <source>the agenda step “%1”</source>
        <translation>пункт повестки «%1»</translation>
    </message>
    <message>
        <source>the opportunity “%1”</source>
        <translation>возможность «%1»</translation>
    </message>
    <message>
        <source>the scenario “%1”</source>
        <translation>сценарий «%1»</translation>
    </message>
    <message>
        <source>“%1” is not an arrow, a persona, a participant, an agenda step, an opportunity or a scenario</source>
        <translation>«%1» — не стрелка, не персона, не участник, не пункт повестки, не возможность и не сценарий</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 deleted card “%2” meanwhile, and it went with the card (change %3)</source>
        <translation>%1 тем временем удалил(а) карточку «%2», и это ушло вместе с ней (изменение %3)</translation>
    </message>
    <message>
        <source>%1 removed it meanwhile (change %2)</source>
        <translation>%1 тем временем это удалил(а) (изменение %2)</translation>
    </message>
    <message>
        <source>it is not in the journey any more</source>
        <translation>этого больше нет в карте пути</translation>
    </message>
    <message>
        <source>%1 changed it meanwhile (change %2); it was not removed</source>
        <translation>%1 тем временем это изменил(а) (изменение %2); удаление не выполнено</translation>
    </message>
    <message>
        <source>%1 changed card “%2” in it meanwhile (change %3); it was not removed, nor the cards in it</source>
        <translation>%1 тем временем изменил(а) в нём карточку «%2» (изменение %3); ни оно, ни его карточки не удалены</translation>
    </message>
    <message>
        <source>“%1” changes are not kept offline</source>
        <translation>изменения вида «%1» не сохраняются без связи</translation>
    </message>
    <message>
        <source>%1 deleted card “%2” meanwhile (change %3); the arrow was not drawn</source>
        <translation>%1 тем временем удалил(а) карточку «%2» (изменение %3); стрелка не нарисована</translation>
    </message>
    <message>
        <source>the vote “%1” is closed already</source>
        <translation>голосование «%1» уже закрыто</translation>
    </message>
    <message>
        <source>the time of the vote “%1” is not up yet on the server's clock</source>
        <translation>по часам сервера время голосования «%1» ещё не истекло</translation>
    </message>
    <message>
        <source>the vote “%1” was not closed on %2: %3</source>
        <translation>голосование «%1» не закрыто на %2: %3</translation>
    </message>
    <message>
        <source>the vote “%1” was not deleted on %2: %3</source>
        <translation>голосование «%1» не удалено на %2: %3</translation>
    </message>
    <message>
        <source>the dots were not brought back on %1: %2</source>
        <translation>точки не возвращены на %1: %2</translation>
    </message>
    <message>
        <source>not connected to %1: survey and purchase data is not kept offline (an import can be tens of MB); import, refresh or remove the dataset “%2” again when the connection is back</source>
        <translation>нет соединения с %1: данные опросов и покупок не сохраняются офлайн (импорт может занимать десятки МБ); импортируйте, обновите или удалите набор «%2» снова, когда соединение восстановится</translation>
    </message>
    <message>
        <source>the dataset “%1” was not read whole (%2), so it was not shared</source>
        <translation>набор данных «%1» прочитан не полностью (%2), поэтому он не передан другим</translation>
    </message>
    <message>
        <source>the dataset “%1” was not saved on %2: %3</source>
        <translation>набор данных «%1» не сохранён на %2: %3</translation>
    </message>
    <message>
        <source>the dataset “%1” is %2 as the server stores it, and a shared journey keeps datasets of up to %3 (the server's waymark_dataset_limit()); it was not shared. Import a smaller extract (fewer columns or a shorter period), or work on this journey in a file</source>
        <translation>набор данных «%1» занимает на сервере %2, а общий путь хранит наборы не больше %3 (waymark_dataset_limit() на сервере); он не передан. Импортируйте выборку поменьше (меньше столбцов или более короткий период) или работайте с этим путём в файле</translation>
    </message>
    <message>
        <source>%1 meanwhile; your change was not saved</source>
        <translation>%1 за это время; ваше изменение не сохранено</translation>
    </message>
    <message>
        <source>the dataset “%1” is on the server already</source>
        <translation>набор данных «%1» уже есть на сервере</translation>
    </message>
    <message>
        <source>the dataset “%1” is not on the server any more</source>
        <translation>набора данных «%1» на сервере больше нет</translation>
    </message>
    <message>
        <source>cannot undo: %1 since</source>
        <translation>нельзя отменить: после этого %1</translation>
    </message>
    <message>
        <source>cannot undo: the earlier version of the dataset “%1” is not on this laptop any more</source>
        <translation>нельзя отменить: прежней версии набора данных «%1» на этом ноутбуке больше нет</translation>
    </message>
    <message>
        <source>%1 removed the dataset “%2” (change %3)</source>
        <translation>%1 удалил(а) набор данных «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>%1 added the dataset “%2” (change %3)</source>
        <translation>%1 добавил(а) набор данных «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>%1 replaced the dataset “%2” (change %3)</source>
        <translation>%1 заменил(а) набор данных «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 removed the dataset “%2” since (change %3)</source>
        <translation>повторить нельзя: после этого %1 удалил(а) набор данных «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 added the dataset “%2” again since (change %3)</source>
        <translation>повторить нельзя: после этого %1 снова добавил(а) набор данных «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 replaced the dataset “%2” since (change %3)</source>
        <translation>повторить нельзя: после этого %1 заменил(а) набор данных «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot redo: the dataset “%1” is not on this laptop any more</source>
        <translation>повторить нельзя: этой версии набора данных «%1» на этом ноутбуке больше нет</translation>
    </message>
    <message>
        <source>cannot redo: %1</source>
        <translation>повторить нельзя: %1</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed %2 since (change %3)</source>
        <translation>повторить нельзя: после этого %1 изменил(а) %2 (изменение %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 removed %2 since (change %3)</source>
        <translation>повторить нельзя: после этого %1 удалил(а) это: %2 (изменение %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 removed the vote “%2” since (change %3)</source>
        <translation>повторить нельзя: после этого %1 удалил(а) голосование «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 closed the vote “%2” since (change %3)</source>
        <translation>повторить нельзя: после этого %1 закрыл(а) голосование «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 reopened the vote “%2” since (change %3)</source>
        <translation>повторить нельзя: после этого %1 снова открыл(а) голосование «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed the vote “%2” since (change %3)</source>
        <translation>повторить нельзя: после этого %1 изменил(а) голосование «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot redo: the vote “%1” is closed</source>
        <translation>повторить нельзя: голосование «%1» закрыто</translation>
    </message>
    <message>
        <source>cannot redo: %1 took back a dot from card “%2” since (change %3)</source>
        <translation>повторить нельзя: после этого %1 снял(а) точку с карточки «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 deleted the comment since (change %2)</source>
        <translation>повторить нельзя: после этого %1 удалил(а) комментарий (изменение %2)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed the comment since (change %2)</source>
        <translation>повторить нельзя: после этого %1 изменил(а) комментарий (изменение %2)</translation>
    </message>
    <message>
        <source>cannot redo: %1 took back a dot in the vote “%2” since (change %3)</source>
        <translation>повторить нельзя: после этого %1 снял(а) точку в голосовании «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 placed a dot in the vote “%2” since (change %3)</source>
        <translation>повторить нельзя: после этого %1 поставил(а) точку в голосовании «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>the dataset “%1” could not be read from %2 (%3); it is read again when the connection allows</source>
        <translation>набор данных «%1» не удалось прочитать с %2 (%3); он будет прочитан снова, когда позволит соединение</translation>
    </message>
    <message>
        <source>the connection to %1 broke while the dataset “%2” was being sent (%3); it was not shared, and nothing of it is on the server. Import it again when the connection is back</source>
        <translation>соединение с %1 оборвалось, пока отправлялся набор данных «%2» (%3); он не передан, и на сервере от него ничего не осталось. Импортируйте его снова, когда соединение восстановится</translation>
    </message>
    <message>
        <source>cannot redo: the time of the vote “%1” is up</source>
        <translation>повторить нельзя: время голосования «%1» истекло</translation>
    </message>
    <message>
        <source>cannot redo: %1 deleted the comment it replies to since (change %2)</source>
        <translation>повторить нельзя: после этого %1 удалил(а) комментарий, на который это ответ (изменение %2)</translation>
    </message>
    <message>
        <source>cannot redo: the comment it replies to is not in the journey any more</source>
        <translation>повторить нельзя: комментария, на который это ответ, в пути больше нет</translation>
    </message>
    <message>
        <source>cannot undo: the time of the vote “%1” is up</source>
        <translation>отменить нельзя: время голосования «%1» истекло</translation>
    </message>
    <message>
        <source>%1 took the dot on card “%2” back since (change %3)</source>
        <translation>после этого %1 снял(а) эту точку с карточки «%2» (изменение %3)</translation>
    </message>
    <message>
        <source>the dot on card “%1” is not there any more</source>
        <translation>этой точки на карточке «%1» больше нет</translation>
    </message>
    <message>
        <source>%1 placed a dot in it meanwhile (change %2); the vote was not deleted, nor its dots</source>
        <translation>%1 тем временем поставил(а) в нём точку (изменение %2); голосование не удалено, как и его точки</translation>
    </message>
    <message>
        <source>cannot redo: %1 moved %2 since (change %3)</source>
        <translation>повторить нельзя: после этого %1 переместил(а) %2 (изменение %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 moved %2 since (change %3)</source>
        <translation>отменить нельзя: с тех пор %1 переместил(а) %2 (изменение %3)</translation>
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
        <translation>добавление карточки</translation>
    </message>
    <message>
        <source>Delete Card</source>
        <translation>удаление карточки</translation>
    </message>
    <message>
        <source>Move Card</source>
        <translation>перемещение карточки</translation>
    </message>
    <message>
        <source>Rename Card</source>
        <translation>переименование карточки</translation>
    </message>
    <message>
        <source>Edit Card</source>
        <translation>изменение карточки</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>добавление «%1»</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>удаление «%1»</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>перемещение «%1»</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>переименование «%1»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>изменение «%1»</translation>
    </message>
    <message>
        <source>Add Stage “%1”</source>
        <translation>добавление этапа «%1»</translation>
    </message>
    <message>
        <source>Remove Stage “%1”</source>
        <translation>удаление этапа «%1»</translation>
    </message>
    <message>
        <source>Move Stage “%1”</source>
        <translation>перемещение этапа «%1»</translation>
    </message>
    <message>
        <source>Rename Stage “%1”</source>
        <translation>переименование этапа «%1»</translation>
    </message>
    <message>
        <source>Edit Stage “%1”</source>
        <translation>изменение этапа «%1»</translation>
    </message>
    <message>
        <source>Add Lane “%1”</source>
        <translation>добавление дорожки «%1»</translation>
    </message>
    <message>
        <source>Remove Lane “%1”</source>
        <translation>удаление дорожки «%1»</translation>
    </message>
    <message>
        <source>Move Lane “%1”</source>
        <translation>перемещение дорожки «%1»</translation>
    </message>
    <message>
        <source>Rename Lane “%1”</source>
        <translation>переименование дорожки «%1»</translation>
    </message>
    <message>
        <source>Edit Lane “%1”</source>
        <translation>изменение дорожки «%1»</translation>
    </message>
    <message>
        <source>Add Department “%1”</source>
        <translation>добавление отдела «%1»</translation>
    </message>
    <message>
        <source>Remove Department “%1”</source>
        <translation>удаление отдела «%1»</translation>
    </message>
    <message>
        <source>Move Department “%1”</source>
        <translation>перемещение отдела «%1»</translation>
    </message>
    <message>
        <source>Rename Department “%1”</source>
        <translation>переименование отдела «%1»</translation>
    </message>
    <message>
        <source>Edit Department “%1”</source>
        <translation>изменение отдела «%1»</translation>
    </message>
    <message>
        <source>Freeze the Board</source>
        <translation>заморозка доски</translation>
    </message>
    <message>
        <source>Unfreeze the Board</source>
        <translation>разморозка доски</translation>
    </message>
    <message>
        <source>Lock Lane “%1”</source>
        <translation>блокировка дорожки «%1»</translation>
    </message>
    <message>
        <source>Unlock Lane “%1”</source>
        <translation>снятие блокировки дорожки «%1»</translation>
    </message>
    <message>
        <source>Lock Stage “%1”</source>
        <translation>блокировка этапа «%1»</translation>
    </message>
    <message>
        <source>Unlock Stage “%1”</source>
        <translation>снятие блокировки этапа «%1»</translation>
    </message>
    <message>
        <source>Start Vote “%1”</source>
        <translation>запуск голосования «%1»</translation>
    </message>
    <message>
        <source>Delete Vote “%1”</source>
        <translation>удаление голосования «%1»</translation>
    </message>
    <message>
        <source>Close Vote “%1”</source>
        <translation>закрытие голосования «%1»</translation>
    </message>
    <message>
        <source>Reopen Vote “%1”</source>
        <translation>повторное открытие голосования «%1»</translation>
    </message>
    <message>
        <source>Rename Vote “%1”</source>
        <translation>переименование голосования «%1»</translation>
    </message>
    <message>
        <source>Edit Vote “%1”</source>
        <translation>изменение голосования «%1»</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>добавление комментария</translation>
    </message>
    <message>
        <source>Delete Comment</source>
        <translation>удаление комментария</translation>
    </message>
    <message>
        <source>Resolve Comment</source>
        <translation>отметка комментария решённым</translation>
    </message>
    <message>
        <source>Reopen Comment</source>
        <translation>повторное открытие комментария</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>изменение комментария</translation>
    </message>
    <message>
        <source>Draw Arrow “%1”</source>
        <translation>рисование стрелки «%1»</translation>
    </message>
    <message>
        <source>Delete Arrow “%1”</source>
        <translation>удаление стрелки «%1»</translation>
    </message>
    <message>
        <source>Edit Arrow “%1”</source>
        <translation>изменение стрелки «%1»</translation>
    </message>
    <message>
        <source>Add Persona “%1”</source>
        <translation>добавление персоны «%1»</translation>
    </message>
    <message>
        <source>Remove Persona “%1”</source>
        <translation>удаление персоны «%1»</translation>
    </message>
    <message>
        <source>Rename Persona “%1”</source>
        <translation>переименование персоны «%1»</translation>
    </message>
    <message>
        <source>Edit Persona “%1”</source>
        <translation>изменение персоны «%1»</translation>
    </message>
    <message>
        <source>Add Participant “%1”</source>
        <translation>добавление участника «%1»</translation>
    </message>
    <message>
        <source>Remove Participant “%1”</source>
        <translation>удаление участника «%1»</translation>
    </message>
    <message>
        <source>Rename Participant “%1”</source>
        <translation>переименование участника «%1»</translation>
    </message>
    <message>
        <source>Edit Participant “%1”</source>
        <translation>изменение участника «%1»</translation>
    </message>
    <message>
        <source>Add Agenda Step “%1”</source>
        <translation>добавление пункта повестки «%1»</translation>
    </message>
    <message>
        <source>Remove Agenda Step “%1”</source>
        <translation>удаление пункта повестки «%1»</translation>
    </message>
    <message>
        <source>Rename Agenda Step “%1”</source>
        <translation>переименование пункта повестки «%1»</translation>
    </message>
    <message>
        <source>Edit Agenda Step “%1”</source>
        <translation>изменение пункта повестки «%1»</translation>
    </message>
    <message>
        <source>Add Opportunity “%1”</source>
        <translation>добавление возможности «%1»</translation>
    </message>
    <message>
        <source>Delete Opportunity “%1”</source>
        <translation>удаление возможности «%1»</translation>
    </message>
    <message>
        <source>Rename Opportunity “%1”</source>
        <translation>переименование возможности «%1»</translation>
    </message>
    <message>
        <source>Edit Opportunity “%1”</source>
        <translation>изменение возможности «%1»</translation>
    </message>
    <message>
        <source>Add Scenario “%1”</source>
        <translation>добавление сценария «%1»</translation>
    </message>
    <message>
        <source>Delete Scenario “%1”</source>
        <translation>удаление сценария «%1»</translation>
    </message>
    <message>
        <source>Rename Scenario “%1”</source>
        <translation>переименование сценария «%1»</translation>
    </message>
    <message>
        <source>Edit Scenario “%1”</source>
        <translation>изменение сценария «%1»</translation>
    </message>
    <message>
        <source>Edit Journey Title</source>
        <translation>изменение названия пути</translation>
    </message>
    <message>
        <source>Edit Journey Description</source>
        <translation>изменение описания пути</translation>
    </message>
    <message>
        <source>Change Journey Currency</source>
        <translation>смена валюты пути</translation>
    </message>
    <message>
        <source>Edit Journey Settings</source>
        <translation>изменение настроек пути</translation>
    </message>
    <message>
        <source>Import Data “%1”</source>
        <translation>импорт данных «%1»</translation>
    </message>
    <message>
        <source>Remove Data “%1”</source>
        <translation>удаление данных «%1»</translation>
    </message>
    <message>
        <source>Replace Data “%1”</source>
        <translation>замена данных «%1»</translation>
    </message>
    <message>
        <source>Place Dot in “%1”</source>
        <translation>точка в голосовании «%1»</translation>
    </message>
    <message>
        <source>Take Back Dot in “%1”</source>
        <translation>снятие точки в голосовании «%1»</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>&amp;Undo My Last Change</source>
        <translation>&amp;Отменить моё последнее изменение</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo My Undone Change</source>
        <translation>&amp;Повторить моё отменённое изменение</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>Move Agenda Step “%1”</source>
        <translation>перемещение пункта повестки «%1»</translation>
    </message>
    <message>
        <source>Move Opportunity “%1”</source>
        <translation>перемещение возможности «%1»</translation>
    </message>
    <message>
        <source>Move Scenario “%1”</source>
        <translation>перемещение сценария «%1»</translation>
    </message>
    <message>
        <source>Edit Description of “%1”</source>
        <translation>изменение описания «%1»</translation>
    </message>
    <message>
        <source>Change Channel of “%1”</source>
        <translation>смена канала «%1»</translation>
    </message>
    <message>
        <source>Change Department of “%1”</source>
        <translation>смена отдела «%1»</translation>
    </message>
    <message>
        <source>Change Effort of “%1”</source>
        <translation>изменение усилий «%1»</translation>
    </message>
    <message>
        <source>Change Data Key of “%1”</source>
        <translation>смена ключа данных «%1»</translation>
    </message>
    <message>
        <source>Edit Notes of “%1”</source>
        <translation>изменение заметок «%1»</translation>
    </message>
    <message>
        <source>Change Author of “%1”</source>
        <translation>смена автора «%1»</translation>
    </message>
    <message>
        <source>Change System of “%1”</source>
        <translation>смена системы «%1»</translation>
    </message>
    <message>
        <source>Change Linked Journey of “%1”</source>
        <translation>смена связанного пути «%1»</translation>
    </message>
    <message>
        <source>Change Evidence of “%1”</source>
        <translation>изменение обоснования «%1»</translation>
    </message>
    <message>
        <source>Change Personas of “%1”</source>
        <translation>изменение персон «%1»</translation>
    </message>
    <message>
        <source>Change Persona Emotions of “%1”</source>
        <translation>изменение эмоций персон «%1»</translation>
    </message>
    <message>
        <source>Change Pictures of “%1”</source>
        <translation>изменение изображений «%1»</translation>
    </message>
    <message>
        <source>Mark “%1” as a Pain Point</source>
        <translation>отметка «%1» как болевой точки</translation>
    </message>
    <message>
        <source>Unmark “%1” as a Pain Point</source>
        <translation>снятие отметки болевой точки с «%1»</translation>
    </message>
    <message>
        <source>Mark “%1” as a Moment of Truth</source>
        <translation>отметка «%1» как момента истины</translation>
    </message>
    <message>
        <source>Unmark “%1” as a Moment of Truth</source>
        <translation>снятие отметки момента истины с «%1»</translation>
    </message>
    <message>
        <source>Add Comment on the Journey</source>
        <translation>добавление комментария к пути</translation>
    </message>
    <message>
        <source>Delete Comment on the Journey</source>
        <translation>удаление комментария к пути</translation>
    </message>
    <message>
        <source>Resolve Comment on the Journey</source>
        <translation>отметка комментария к пути решённым</translation>
    </message>
    <message>
        <source>Reopen Comment on the Journey</source>
        <translation>повторное открытие комментария к пути</translation>
    </message>
    <message>
        <source>Edit Comment on the Journey</source>
        <translation>изменение комментария к пути</translation>
    </message>
    <message>
        <source>Add Comment on “%1”</source>
        <translation>добавление комментария к «%1»</translation>
    </message>
    <message>
        <source>Delete Comment on “%1”</source>
        <translation>удаление комментария к «%1»</translation>
    </message>
    <message>
        <source>Resolve Comment on “%1”</source>
        <translation>отметка комментария к «%1» решённым</translation>
    </message>
    <message>
        <source>Reopen Comment on “%1”</source>
        <translation>повторное открытие комментария к «%1»</translation>
    </message>
    <message>
        <source>Edit Comment on “%1”</source>
        <translation>изменение комментария к «%1»</translation>
    </message>
</context>
<context>
    <name>SharedJourney</name>
    <message>
        <source>Not connected to the server: the change was taken back. Waymark reconnects by itself; File → Save As… keeps a copy meanwhile.</source>
        <translation>Нет связи с сервером: изменение отменено. Waymark переподключится сам; а пока можно сохранить копию (Файл → Сохранить как…).</translation>
    </message>
    <message>
        <source>Only facilitators change stages, lanes and departments while the journey is shared: the server refuses it to everyone else.</source>
        <translation>Пока путь открыт на сервере, этапы, дорожки и отделы меняют только фасилитаторы: остальным сервер откажет.</translation>
    </message>
    <message>
        <source>Only facilitators start and close votes while the journey is shared: the server refuses it to everyone else. Everybody places and takes back their dots.</source>
        <translation>Пока путь открыт на сервере, начинать и закрывать голосования могут только фасилитаторы: остальным сервер откажет. Ставить и снимать свои точки могут все.</translation>
    </message>
    <message>
        <source>Only facilitators change personas and participants while the journey is shared: every card and dot points at them, so the server refuses it to everyone else.</source>
        <translation>Пока путь открыт на сервере, персоны и участников меняют только фасилитаторы: на них ссылаются все карточки и точки, поэтому остальным сервер это не разрешает.</translation>
    </message>
    <message>
        <source>Only facilitators change the journey's title, description, currency and settings, the agenda and the business case while the journey is shared: the server refuses it to everyone else.</source>
        <translation>Пока путь открыт на сервере, название, описание, валюту и настройки пути, повестку и бизнес-кейс меняют только фасилитаторы: остальным сервер откажет.</translation>
    </message>
    <message>
        <source>Only facilitators import, refresh and remove survey and purchase data while the journey is shared: everybody's figures come from it, so the server refuses it to everyone else.</source>
        <translation>Пока путь общий, данные опросов и покупок импортируют, обновляют и удаляют только фасилитаторы: из них считаются цифры у всех, поэтому остальным сервер отказывает.</translation>
    </message>
</context>
<context>
    <name>SharedNotices</name>
    <message>
        <source>a card</source>
        <translation>карточку</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>the channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>the department</source>
        <translation>отдел</translation>
    </message>
    <message>
        <source>the effort</source>
        <translation>усилия</translation>
    </message>
    <message>
        <source>the marks</source>
        <translation>отметки</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>a field</source>
        <translation>поле</translation>
    </message>
    <message>
        <source>%1 deleted the card you were changing; your change went with it.</source>
        <translation>%1 удалил(а) карточку, которую вы меняли; ваше изменение удалено вместе с ней.</translation>
    </message>
    <message>
        <source>%1 changed %2 of “%3” at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 одновременно с вами изменил(а) %2 у «%3»; остаётся его (её) вариант, ваш заменён.</translation>
    </message>
    <message>
        <source>%1 commented.</source>
        <translation>%1 оставил(а) комментарий.</translation>
    </message>
    <message>
        <source>%1 placed a dot.</source>
        <translation>%1 поставил(а) точку.</translation>
    </message>
    <message>
        <source>%1 added “%2”.</source>
        <translation>%1 добавил(а) «%2».</translation>
    </message>
    <message>
        <source>%1 deleted a card.</source>
        <translation>%1 удалил(а) карточку.</translation>
    </message>
    <message>
        <source>%1 moved “%2”.</source>
        <translation>%1 переместил(а) «%2».</translation>
    </message>
    <message>
        <source>%1 changed %2 of “%3”.</source>
        <translation>%1 изменил(а) %2 у «%3».</translation>
    </message>
    <message numerus="yes">
        <source>%1 removed a stage with %n card(s).</source>
        <translation>
            <numerusform>%1 удалил(а) этап с %n карточкой.</numerusform>
            <numerusform>%1 удалил(а) этап с %n карточками.</numerusform>
            <numerusform>%1 удалил(а) этап с %n карточками.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removed a lane with %n card(s).</source>
        <translation>
            <numerusform>%1 удалил(а) дорожку с %n карточкой.</numerusform>
            <numerusform>%1 удалил(а) дорожку с %n карточками.</numerusform>
            <numerusform>%1 удалил(а) дорожку с %n карточками.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed a department.</source>
        <translation>%1 удалил(а) отдел.</translation>
    </message>
    <message>
        <source>%1 added the stage “%2”.</source>
        <translation>%1 добавил(а) этап «%2».</translation>
    </message>
    <message>
        <source>%1 added the lane “%2”.</source>
        <translation>%1 добавил(а) дорожку «%2».</translation>
    </message>
    <message>
        <source>%1 added the department “%2”.</source>
        <translation>%1 добавил(а) отдел «%2».</translation>
    </message>
    <message>
        <source>%1 moved the stage “%2”.</source>
        <translation>%1 переместил(а) этап «%2».</translation>
    </message>
    <message>
        <source>%1 moved the lane “%2”.</source>
        <translation>%1 переместил(а) дорожку «%2».</translation>
    </message>
    <message>
        <source>%1 renamed a stage to “%2”.</source>
        <translation>%1 переименовал(а) этап в «%2».</translation>
    </message>
    <message>
        <source>%1 renamed a lane to “%2”.</source>
        <translation>%1 переименовал(а) дорожку в «%2».</translation>
    </message>
    <message>
        <source>%1 renamed a department to “%2”.</source>
        <translation>%1 переименовал(а) отдел в «%2».</translation>
    </message>
    <message>
        <source>%1 changed the stage “%2”.</source>
        <translation>%1 изменил(а) этап «%2».</translation>
    </message>
    <message>
        <source>%1 changed the lane “%2”.</source>
        <translation>%1 изменил(а) дорожку «%2».</translation>
    </message>
    <message>
        <source>%1 changed the department “%2”.</source>
        <translation>%1 изменил(а) отдел «%2».</translation>
    </message>
    <message>
        <source>%1 removed the stage or lane of the card you were changing; your change went with it.</source>
        <translation>%1 удалил(а) этап или дорожку карточки, которую вы меняли; ваше изменение пропало вместе с ней.</translation>
    </message>
    <message>
        <source>%1 changed “%2” at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 изменил(а) «%2» одновременно с вами; остаётся их вариант, ваш заменён.</translation>
    </message>
    <message>
        <source>a vote</source>
        <translation>голосование</translation>
    </message>
    <message>
        <source>%1 started the vote “%2”.</source>
        <translation>%1 начал(а) голосование «%2».</translation>
    </message>
    <message>
        <source>%1 removed a vote.</source>
        <translation>%1 удалил(а) голосование.</translation>
    </message>
    <message>
        <source>%1 closed the vote “%2”: the results are in.</source>
        <translation>%1 закрыл(а) голосование «%2»: итоги готовы.</translation>
    </message>
    <message>
        <source>%1 reopened the vote “%2”.</source>
        <translation>%1 снова открыл(а) голосование «%2».</translation>
    </message>
    <message>
        <source>%1 changed the vote “%2”.</source>
        <translation>%1 изменил(а) голосование «%2».</translation>
    </message>
    <message>
        <source>%1 changed the vote “%2” at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 изменил(а) голосование «%2» одновременно с вами; осталась его (её) версия, ваша заменена.</translation>
    </message>
    <message>
        <source>%1 deleted the comment you were changing; your change went with it.</source>
        <translation>%1 удалил(а) комментарий, который вы меняли; ваше изменение пропало вместе с ним.</translation>
    </message>
    <message>
        <source>%1 changed the same comment at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 изменил(а) тот же комментарий одновременно с вами; осталась его (её) версия, ваша заменена.</translation>
    </message>
    <message>
        <source>%1 deleted a comment.</source>
        <translation>%1 удалил(а) комментарий.</translation>
    </message>
    <message>
        <source>%1 resolved a comment thread.</source>
        <translation>%1 отметил(а) обсуждение как решённое.</translation>
    </message>
    <message>
        <source>%1 reopened a comment thread.</source>
        <translation>%1 снова открыл(а) обсуждение.</translation>
    </message>
    <message>
        <source>%1 changed a comment.</source>
        <translation>%1 изменил(а) комментарий.</translation>
    </message>
    <message>
        <source>%1 took a dot back.</source>
        <translation>%1 снял(а) точку.</translation>
    </message>
    <message>
        <source>%1 removed an arrow.</source>
        <translation>%1 удалил(а) стрелку.</translation>
    </message>
    <message>
        <source>%1 drew an arrow from “%2” to “%3”.</source>
        <translation>%1 провёл(а) стрелку от «%2» к «%3».</translation>
    </message>
    <message>
        <source>%1 labelled an arrow “%2”.</source>
        <translation>%1 подписал(а) стрелку: «%2».</translation>
    </message>
    <message>
        <source>%1 removed a persona.</source>
        <translation>%1 удалил(а) персону.</translation>
    </message>
    <message>
        <source>%1 added the persona “%2”.</source>
        <translation>%1 добавил(а) персону «%2».</translation>
    </message>
    <message>
        <source>%1 renamed a persona to “%2”.</source>
        <translation>%1 переименовал(а) персону в «%2».</translation>
    </message>
    <message>
        <source>%1 changed the photo of the persona “%2”.</source>
        <translation>%1 сменил(а) фото персоны «%2».</translation>
    </message>
    <message>
        <source>%1 changed the persona “%2”.</source>
        <translation>%1 изменил(а) персону «%2».</translation>
    </message>
    <message>
        <source>%1 removed a participant.</source>
        <translation>%1 удалил(а) участника.</translation>
    </message>
    <message>
        <source>%1 added the participant “%2”.</source>
        <translation>%1 добавил(а) участника «%2».</translation>
    </message>
    <message>
        <source>%1 renamed a participant to “%2”.</source>
        <translation>%1 переименовал(а) участника в «%2».</translation>
    </message>
    <message>
        <source>%1 changed the participant “%2”.</source>
        <translation>%1 изменил(а) участника «%2».</translation>
    </message>
    <message>
        <source>%1 removed the arrow, persona or participant you were changing; your change went with it.</source>
        <translation>%1 удалил(а) стрелку, персону или участника, которых вы меняли; ваше изменение пропало вместе с ними.</translation>
    </message>
    <message>
        <source>%1 changed the same arrow, persona or participant at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 в тот же момент изменил(а) ту же стрелку, персону или участника; остаётся их вариант, ваш заменён.</translation>
    </message>
    <message>
        <source>The time of the vote “%1” is up: the vote is closed and the results are in.</source>
        <translation>Время голосования «%1» истекло: голосование закрыто, результаты готовы.</translation>
    </message>
    <message>
        <source>%1 renamed the journey to “%2”.</source>
        <translation>%1 переименовал(а) путь в «%2».</translation>
    </message>
    <message>
        <source>%1 changed the journey's description.</source>
        <translation>%1 изменил(а) описание пути.</translation>
    </message>
    <message>
        <source>%1 changed the journey's currency to %2.</source>
        <translation>%1 сменил(а) валюту пути на %2.</translation>
    </message>
    <message>
        <source>%1 changed the journey's settings.</source>
        <translation>%1 изменил(а) настройки пути.</translation>
    </message>
    <message>
        <source>%1 removed an agenda step.</source>
        <translation>%1 убрал(а) пункт повестки.</translation>
    </message>
    <message>
        <source>%1 added the agenda step “%2”.</source>
        <translation>%1 добавил(а) в повестку пункт «%2».</translation>
    </message>
    <message>
        <source>%1 ticked off the agenda step “%2”.</source>
        <translation>%1 отметил(а) пункт повестки «%2» как пройденный.</translation>
    </message>
    <message>
        <source>%1 reopened the agenda step “%2”.</source>
        <translation>%1 снова открыл(а) пункт повестки «%2».</translation>
    </message>
    <message>
        <source>%1 changed the agenda step “%2”.</source>
        <translation>%1 изменил(а) пункт повестки «%2».</translation>
    </message>
    <message>
        <source>%1 removed a scenario of the business case.</source>
        <translation>%1 убрал(а) сценарий из бизнес-кейса.</translation>
    </message>
    <message>
        <source>%1 added the scenario “%2” to the business case.</source>
        <translation>%1 добавил(а) в бизнес-кейс сценарий «%2».</translation>
    </message>
    <message>
        <source>%1 changed the scenario “%2”.</source>
        <translation>%1 изменил(а) сценарий «%2».</translation>
    </message>
    <message>
        <source>%1 removed an opportunity from the business case.</source>
        <translation>%1 убрал(а) возможность из бизнес-кейса.</translation>
    </message>
    <message>
        <source>%1 added the opportunity “%2” to the business case.</source>
        <translation>%1 добавил(а) в бизнес-кейс возможность «%2».</translation>
    </message>
    <message>
        <source>%1 changed the figures of the opportunity “%2”.</source>
        <translation>%1 изменил(а) цифры возможности «%2».</translation>
    </message>
    <message>
        <source>%1 changed the opportunity “%2”.</source>
        <translation>%1 изменил(а) возможность «%2».</translation>
    </message>
    <message>
        <source>the journey's title</source>
        <translation>название пути</translation>
    </message>
    <message>
        <source>the journey's description</source>
        <translation>описание пути</translation>
    </message>
    <message>
        <source>the journey's currency</source>
        <translation>валюту пути</translation>
    </message>
    <message>
        <source>the same setting</source>
        <translation>ту же настройку</translation>
    </message>
    <message>
        <source>%1 changed %2 at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 изменил(а) %2 одновременно с вами; остаётся их вариант, ваш заменён.</translation>
    </message>
    <message>
        <source>%1 removed the opportunity you were changing; your change went with it.</source>
        <translation>%1 удалил(а) возможность, которую вы меняли; ваше изменение пропало вместе с ней.</translation>
    </message>
    <message>
        <source>%1 changed the same figure of the opportunity “%2” at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 изменил(а) ту же цифру возможности «%2» одновременно с вами; остаётся их вариант, ваш заменён.</translation>
    </message>
    <message>
        <source>%1 removed the agenda step or scenario you were changing; your change went with it.</source>
        <translation>%1 удалил(а) пункт повестки или сценарий, который вы меняли; ваше изменение пропало вместе с ним.</translation>
    </message>
    <message>
        <source>%1 changed the same agenda step or scenario at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 изменил(а) тот же пункт повестки или сценарий одновременно с вами; остаётся их вариант, ваш заменён.</translation>
    </message>
    <message>
        <source>%1 removed the dataset “%2”; the figures on the map are counted anew.</source>
        <translation>%1 удалил(а) набор данных «%2»; цифры на карте пересчитаны.</translation>
    </message>
    <message>
        <source>%1 imported the dataset “%2”; the figures on the map are counted anew.</source>
        <translation>%1 импортировал(а) набор данных «%2»; цифры на карте пересчитаны.</translation>
    </message>
    <message>
        <source>%1 replaced the dataset “%2” with a new version; the figures on the map are counted anew.</source>
        <translation>%1 заменил(а) набор данных «%2» новой версией; цифры на карте пересчитаны.</translation>
    </message>
    <message>
        <source>%1 moved the agenda step “%2”.</source>
        <translation>%1 переместил(а) пункт повестки «%2».</translation>
    </message>
    <message>
        <source>%1 moved the scenario “%2”.</source>
        <translation>%1 переместил(а) сценарий «%2».</translation>
    </message>
    <message>
        <source>%1 moved the opportunity “%2”.</source>
        <translation>%1 переместил(а) возможность «%2».</translation>
    </message>
    <message>
        <source>%1 deleted a card your arrow joined as you drew or changed it; the arrow went with the card.</source>
        <translation>%1 удалил(а) карточку вашей стрелки, пока вы её рисовали или меняли; стрелка удалена вместе с карточкой.</translation>
    </message>
    <message>
        <source>%1 removed the stage or lane of a card your arrow joined as you drew or changed it; the arrow went with the card.</source>
        <translation>%1 удалил(а) этап или дорожку карточки вашей стрелки, пока вы её рисовали или меняли; стрелка удалена вместе с карточкой.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Add card</source>
        <translation>Добавить карточку</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Импорт «%1»</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>Удалить набор данных</translation>
    </message>
    <message>
        <source>Delete dataset “%1”</source>
        <translation>Удалить набор данных «%1»</translation>
    </message>
    <message>
        <source>Edit journey details</source>
        <translation>Изменить сведения о пути</translation>
    </message>
    <message>
        <source>Change journey settings</source>
        <translation>Изменить настройки пути</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Добавить этап</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Удалить этап</translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation>Изменить этап</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Добавить дорожку</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Удалить дорожку</translation>
    </message>
    <message>
        <source>Edit lane</source>
        <translation>Изменить дорожку</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Добавить отдел</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>Удалить отдел</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>Изменить отдел</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Добавить персону</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Удалить персону</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Изменить персону</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Удалить карточку</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Изменить карточку</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Добавить связь</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Удалить связь</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Изменить связь</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Переместить карточку</translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards</source>
        <translation>
            <numerusform>Переместить %n карточку</numerusform>
            <numerusform>Переместить %n карточки</numerusform>
            <numerusform>Переместить %n карточек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>Вставить %n карточку</numerusform>
            <numerusform>Вставить %n карточки</numerusform>
            <numerusform>Вставить %n карточек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>Дублировать %n карточку</numerusform>
            <numerusform>Дублировать %n карточки</numerusform>
            <numerusform>Дублировать %n карточек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Удалить %n карточку</numerusform>
            <numerusform>Удалить %n карточки</numerusform>
            <numerusform>Удалить %n карточек</numerusform>
        </translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Переместить этап</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Переместить дорожку</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Удалить участника</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Изменить участника</translation>
    </message>
    <message>
        <source>Start vote</source>
        <translation>Начать голосование</translation>
    </message>
    <message>
        <source>Delete vote</source>
        <translation>Удалить голосование</translation>
    </message>
    <message>
        <source>Change vote</source>
        <translation>Изменить голосование</translation>
    </message>
    <message>
        <source>Add agenda step</source>
        <translation>Добавить шаг повестки</translation>
    </message>
    <message>
        <source>Remove agenda step</source>
        <translation>Удалить шаг повестки</translation>
    </message>
    <message>
        <source>Edit agenda step</source>
        <translation>Изменить шаг повестки</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Добавить комментарий</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Удалить комментарий</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Изменить комментарий</translation>
    </message>
    <message>
        <source>Add opportunity</source>
        <translation>Добавить возможность</translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation>Удалить возможность</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>Изменить возможность</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>Добавить сценарий</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Удалить сценарий</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>Изменить сценарий</translation>
    </message>
    <message>
        <source>Changes by others</source>
        <translation>Изменения других участников</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Picture(s)</source>
        <translation>
            <numerusform>Добавить %n изображение</numerusform>
            <numerusform>Добавить %n изображения</numerusform>
            <numerusform>Добавить %n изображений</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Picture</source>
        <translation>Убрать изображение</translation>
    </message>
    <message>
        <source>Edit Picture Caption</source>
        <translation>Изменить подпись к изображению</translation>
    </message>
    <message>
        <source>Move Picture</source>
        <translation>Переместить изображение</translation>
    </message>
    <message>
        <source>Move agenda step</source>
        <translation>Переместить шаг повестки</translation>
    </message>
    <message>
        <source>Move opportunity</source>
        <translation>Переместить возможность</translation>
    </message>
    <message>
        <source>Move scenario</source>
        <translation>Переместить сценарий</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>This vote is closed.</source>
        <translation>Это голосование закрыто.</translation>
    </message>
    <message>
        <source>Choose who is voting first.</source>
        <translation>Сначала выберите, кто голосует.</translation>
    </message>
    <message>
        <source>This vote is about %1; this card is not one of them.</source>
        <translation>Голосование идёт по группе «%1», а эта карточка в неё не входит.</translation>
    </message>
    <message>
        <source>%1 has placed all %2 dots.</source>
        <translation>%1: все точки (%2) уже расставлены.</translation>
    </message>
    <message>
        <source>There is no dot of theirs on this card to take back.</source>
        <translation>На этой карточке нет точек этого участника — снимать нечего.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Точки</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Дорожка</translation>
    </message>
    <message>
        <source>No vote is open.</source>
        <translation>Нет открытого голосования.</translation>
    </message>
    <message>
        <source>The journey is open for review only: votes cannot change.</source>
        <translation>Путь открыт только для рецензирования: голосование изменить нельзя.</translation>
    </message>
    <message>
        <source>Place a dot</source>
        <translation>Поставить точку</translation>
    </message>
    <message>
        <source>Take back a dot</source>
        <translation>Снять точку</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <source>%1 on %2 took longer than %3 s and was stopped (the server's statement_timeout); give a longer --timeout or a narrower query</source>
        <translation>%1 на %2: выполнение заняло больше %3 с и было остановлено (statement_timeout сервера); задайте больший --timeout или сузьте запрос</translation>
    </message>
    <message>
        <source>the connection to %1 was lost while reading %2: %3</source>
        <translation>соединение с %1 прервалось при чтении %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 на %2: %3</translation>
    </message>
    <message>
        <source>unknown metric “%1”</source>
        <translation>неизвестная метрика «%1»</translation>
    </message>
    <message>
        <source>name either a table or a query to read answers from %1</source>
        <translation>укажите таблицу или запрос, чтобы читать ответы из %1</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>Драйвер PostgreSQL для Qt не установлен (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2 — Waymark takes the password from ~/.pgpass (a line HOST:PORT:DATABASE:USER:PASSWORD, the file readable by you alone)</source>
        <translation>не удаётся подключиться к %1: %2 — Waymark берёт пароль из ~/.pgpass (строка HOST:PORT:DATABASE:USER:PASSWORD, файл должен быть доступен для чтения только вам)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>не удаётся подключиться к %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>table “%1”</source>
        <translation>таблица «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a table name: %2</source>
        <translation>«%1» не является именем таблицы: %2</translation>
    </message>
    <message>
        <source>no table “%1” in %2 (or no right to see it)</source>
        <translation>в %2 нет таблицы «%1» (или нет прав на её просмотр)</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>запрос</translation>
    </message>
    <message>
        <source>%1 has no column “%2” (columns: %3)</source>
        <translation>в %1 нет столбца «%2» (столбцы: %3)</translation>
    </message>
    <message>
        <source>column “%1” of %2 reads as “%3”: only answers one per row are read from PostgreSQL; select the columns to use with --query (SELECT score, touchpoint, … FROM …)</source>
        <translation>столбец «%1» в %2 читается как «%3»: из PostgreSQL читаются только ответы по одному в строке; выберите нужные столбцы в --query (SELECT score, touchpoint, … FROM …)</translation>
    </message>
    <message>
        <source>no column of %1 gives the score (columns: %2); name it with --map COLUMN=score</source>
        <translation>ни один столбец %1 не содержит оценку (столбцы: %2); укажите его через --map COLUMN=score</translation>
    </message>
    <message>
        <source>no column of %1 gives “%2” (columns: %3); name the column with --map COLUMN=%4</source>
        <translation>ни один столбец %1 не содержит «%2» (столбцы: %3); укажите столбец через --map COLUMN=%4</translation>
    </message>
    <message>
        <source>column “%1” of %2 is %3; the score must be a number (smallint, integer, numeric, real …): convert it in --query, e.g. CAST(%1 AS integer)</source>
        <translation>столбец «%1» в %2 имеет тип %3; оценка должна быть числом (smallint, integer, numeric, real …): преобразуйте её в --query, например CAST(%1 AS integer)</translation>
    </message>
    <message>
        <source>column “%1” of %2 is %3; a date must be a date or timestamp: convert it in --query, e.g. to_date(%1, 'YYYY-MM-DD')</source>
        <translation>столбец «%1» в %2 имеет тип %3; дата должна иметь тип date или timestamp: преобразуйте её в --query, например to_date(%1, 'YYYY-MM-DD')</translation>
    </message>
    <message>
        <source>%1 on %2 gives more than %3 groups of answers; Waymark reads counts, not rows: group by fewer dimensions, or check that the grouped columns hold keys rather than ids or free text</source>
        <translation>%1 на %2 даёт больше %3 групп ответов; Waymark читает количества, а не строки: группируйте по меньшему числу измерений или проверьте, что в сгруппированных столбцах ключи, а не идентификаторы или произвольный текст</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) without a score (NULL in column “%2”), left out</source>
        <translation>
            <numerusform>%1: %n ответ без оценки (NULL в столбце «%2») не учтён</numerusform>
            <numerusform>%1: %n ответа без оценки (NULL в столбце «%2») не учтены</numerusform>
            <numerusform>%1: %n ответов без оценки (NULL в столбце «%2») не учтены</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2×)</source>
        <translation>%1 (%2×)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) with a score outside %2–%3 or not a whole number in column “%4”, left out: %5</source>
        <translation>
            <numerusform>%1: %n ответ с оценкой вне диапазона %2–%3 или не целым числом в столбце «%4» не учтён: %5</numerusform>
            <numerusform>%1: %n ответа с оценкой вне диапазона %2–%3 или не целым числом в столбце «%4» не учтены: %5</numerusform>
            <numerusform>%1: %n ответов с оценкой вне диапазона %2–%3 или не целым числом в столбце «%4» не учтены: %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) with a score outside %2–%3 in column “%4”, left out: %5</source>
        <translation>
            <numerusform>%1: %n ответ с оценкой вне диапазона %2–%3 в столбце «%4» не учтён: %5</numerusform>
            <numerusform>%1: %n ответа с оценкой вне диапазона %2–%3 в столбце «%4» не учтены: %5</numerusform>
            <numerusform>%1: %n ответов с оценкой вне диапазона %2–%3 в столбце «%4» не учтены: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL query</source>
        <translation>запрос PostgreSQL</translation>
    </message>
    <message>
        <source>the PostgreSQL URL holds a password; put it in ~/.pgpass (libpq reads it there) and leave it out of the URL</source>
        <translation>URL PostgreSQL содержит пароль; поместите его в ~/.pgpass (libpq читает его оттуда) и уберите из URL</translation>
    </message>
    <message>
        <source>not a PostgreSQL URL (postgresql://HOST/DATABASE)</source>
        <translation>не URL PostgreSQL (postgresql://HOST/DATABASE)</translation>
    </message>
    <message>
        <source>“[” without “]” in the host</source>
        <translation>«[» без «]» в имени хоста</translation>
    </message>
    <message>
        <source>unexpected text after the host</source>
        <translation>лишний текст после имени хоста</translation>
    </message>
    <message>
        <source>several hosts are not supported; name one</source>
        <translation>несколько хостов не поддерживаются; укажите один</translation>
    </message>
    <message>
        <source>“%1” is not a port number</source>
        <translation>«%1» не является номером порта</translation>
    </message>
    <message>
        <source>the value of “%1” may not hold spaces, quotes or “;”</source>
        <translation>значение «%1» не может содержать пробелы, кавычки или «;»</translation>
    </message>
    <message>
        <source>unknown option “%1” (known: host, port, user, dbname, %2)</source>
        <translation>неизвестный параметр «%1» (известные: host, port, user, dbname, %2)</translation>
    </message>
    <message>
        <source>no database named: postgresql://HOST/DATABASE</source>
        <translation>не указана база данных: postgresql://HOST/DATABASE</translation>
    </message>
</context>
<context>
    <name>WaymarkFile</name>
    <message>
        <source>%1: its text table has a gap</source>
        <translation>%1: в его таблице текстов есть пропуск</translation>
    </message>
    <message>
        <source>The file is damaged (%1).</source>
        <translation>Файл повреждён (%1).</translation>
    </message>
    <message>
        <source>%1: its text table does not start with the empty text</source>
        <translation>%1: его таблица текстов не начинается с пустого текста</translation>
    </message>
    <message>
        <source>score</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>%1: score %2 is outside 0–10</source>
        <translation>%1: оценка %2 вне диапазона 0–10</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>acquisition date</source>
        <translation>дата привлечения</translation>
    </message>
    <message>
        <source>%1: its text table is damaged</source>
        <translation>%1: его таблица текстов повреждена</translation>
    </message>
    <message>
        <source>%1: its column “%2” is not binary data</source>
        <translation>%1: его столбец «%2» — не двоичные данные</translation>
    </message>
    <message>
        <source>Dataset %1 ("%2")</source>
        <translation>Набор данных %1 ("%2")</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>rows read</source>
        <translation>строк прочитано</translation>
    </message>
    <message>
        <source>rows imported</source>
        <translation>строк импортировано</translation>
    </message>
    <message>
        <source>rows rejected</source>
        <translation>строк отклонено</translation>
    </message>
    <message>
        <source>Dataset "%1"</source>
        <translation>Набор данных "%1"</translation>
    </message>
    <message>
        <source>The journey</source>
        <translation>Путь клиента</translation>
    </message>
    <message>
        <source>The file should hold one journey but holds %1.</source>
        <translation>В файле должен быть один путь, а их %1.</translation>
    </message>
    <message>
        <source>Persona %1</source>
        <translation>Персона %1</translation>
    </message>
    <message>
        <source>Department %1 ("%2")</source>
        <translation>Отдел %1 ("%2")</translation>
    </message>
    <message>
        <source>%1 has an invalid colour "%2"</source>
        <translation>у %1 недопустимый цвет "%2"</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Этап %1</translation>
    </message>
    <message>
        <source>Lane %1 ("%2")</source>
        <translation>Дорожка %1 ("%2")</translation>
    </message>
    <message>
        <source>office zone</source>
        <translation>зона офиса</translation>
    </message>
    <message>
        <source>Card %1 ("%2")</source>
        <translation>Карточка %1 ("%2")</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>money amount</source>
        <translation>сумма денег</translation>
    </message>
    <message>
        <source>negative emotion</source>
        <translation>негативные эмоции</translation>
    </message>
    <message>
        <source>%1: negative emotion must be from 0 to 10, got %2</source>
        <translation>%1: негативные эмоции — от 0 до 10, указано %2</translation>
    </message>
    <message>
        <source>pain point flag</source>
        <translation>признак болевой точки</translation>
    </message>
    <message>
        <source>moment of truth flag</source>
        <translation>признак момента истины</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Связь %1</translation>
    </message>
    <message>
        <source>Setting "%1"</source>
        <translation>Настройка "%1"</translation>
    </message>
    <message>
        <source>%1 has a name that is not text</source>
        <translation>у %1 имя — не текст</translation>
    </message>
    <message>
        <source>%1 has a value that is not text ("%2")</source>
        <translation>у %1 значение — не текст ("%2")</translation>
    </message>
    <message>
        <source>File not found.</source>
        <translation>Файл не найден.</translation>
    </message>
    <message>
        <source>This is a folder, not a journey file.</source>
        <translation>Это папка, а не файл пути.</translation>
    </message>
    <message>
        <source>Could not open the file: %1</source>
        <translation>Не удалось открыть файл: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>%1 is not a Waymark file: it is not a database.</source>
        <translation>%1 — не файл Waymark: это не база данных.</translation>
    </message>
    <message>
        <source>%1 was made by another program, not Waymark (SQLite application id 0x%2).</source>
        <translation>%1 создан другой программой, не Waymark (application id SQLite 0x%2).</translation>
    </message>
    <message>
        <source>This file was made by a newer Waymark: %1 (file format %2). This Waymark (%3) reads file format %4 and older; please update Waymark to open it.</source>
        <translation>Этот файл создан более новой версией Waymark: %1 (формат файла %2). Эта версия Waymark (%3) читает формат %4 и старше; обновите Waymark, чтобы открыть его.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>неизвестная версия</translation>
    </message>
    <message>
        <source>The file is damaged: it has no file format version.</source>
        <translation>Файл повреждён: в нём нет версии формата.</translation>
    </message>
    <message>
        <source>The file is damaged: it is shorter than it should be (it may have been cut off while copying). If you have a backup, open that instead.</source>
        <translation>Файл повреждён: он короче, чем должен быть (возможно, его обрезало при копировании). Если есть резервная копия, откройте её.</translation>
    </message>
    <message>
        <source>The file is damaged (%1). If you have a backup, open that instead.</source>
        <translation>Файл повреждён (%1). Если есть резервная копия, откройте её.</translation>
    </message>
    <message>
        <source>failed the integrity check</source>
        <translation>не прошёл проверку целостности</translation>
    </message>
    <message>
        <source>Could not upgrade the file from format %1: %2</source>
        <translation>Не удалось обновить файл с формата %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(и ещё %n проблема)</numerusform>
            <numerusform>(и ещё %n проблемы)</numerusform>
            <numerusform>(и ещё %n проблем)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file breaks the journey's rules: %1</source>
        <translation>Файл нарушает правила пути: %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>Could not write in the folder %1: %2</source>
        <translation>Не удалось записать в папку %1: %2</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>Could not save: the disk did not confirm the write (%1).</source>
        <translation>Не удалось сохранить: диск не подтвердил запись (%1).</translation>
    </message>
    <message>
        <source>Could not replace %1: %2</source>
        <translation>Не удалось заменить %1: %2</translation>
    </message>
    <message>
        <source>%1 has an invalid id "%2"</source>
        <translation>у %1 недопустимый идентификатор "%2"</translation>
    </message>
    <message>
        <source>%1 has an unknown %2 "%3"</source>
        <translation>у %1 неизвестное значение (%2) "%3"</translation>
    </message>
    <message>
        <source>%1 has a %2 that is not a whole number ("%3")</source>
        <translation>у %1 поле «%2» — не целое число ("%3")</translation>
    </message>
    <message>
        <source>%1 has a %2 that is not a number ("%3")</source>
        <translation>у %1 поле «%2» — не число ("%3")</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete (%1).</source>
        <translation>Файл повреждён или неполон (%1).</translation>
    </message>
    <message>
        <source>text reference</source>
        <translation>ссылка на текст</translation>
    </message>
    <message>
        <source>%1 refers to text %2 that does not exist</source>
        <translation>%1 ссылается на несуществующий текст %2</translation>
    </message>
    <message>
        <source>%1 has a time that is not a date and time ("%2")</source>
        <translation>у %1 время не в формате даты и времени ("%2")</translation>
    </message>
    <message>
        <source>Participant %1 ("%2")</source>
        <translation>Участник %1 ("%2")</translation>
    </message>
    <message>
        <source>Vote %1 ("%2")</source>
        <translation>Голосование %1 ("%2")</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>охват</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>бюджет</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>лимит времени</translation>
    </message>
    <message>
        <source>hidden flag</source>
        <translation>признак скрытого голосования</translation>
    </message>
    <message>
        <source>closed flag</source>
        <translation>признак закрытого голосования</translation>
    </message>
    <message>
        <source>Dot %1</source>
        <translation>Точка %1</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>голосование</translation>
    </message>
    <message>
        <source>%1 belongs to a vote that does not exist</source>
        <translation>%1 относится к несуществующему голосованию</translation>
    </message>
    <message>
        <source>Agenda step %1 ("%2")</source>
        <translation>Шаг повестки %1 ("%2")</translation>
    </message>
    <message>
        <source>done flag</source>
        <translation>признак выполнения</translation>
    </message>
    <message>
        <source>Comment %1</source>
        <translation>Комментарий %1</translation>
    </message>
    <message>
        <source>target</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>resolved flag</source>
        <translation>признак «решено»</translation>
    </message>
    <message>
        <source>%1: kind “%2” is not one Waymark knows</source>
        <translation>%1: вид «%2» неизвестен Waymark</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <source>%1 ("%2")</source>
        <translation>%1 ("%2")</translation>
    </message>
    <message>
        <source>kind of %1</source>
        <translation>вид (%1)</translation>
    </message>
    <message>
        <source>The file is damaged: its cards changed while it was read.</source>
        <translation>Файл повреждён: его карточки изменились во время чтения.</translation>
    </message>
    <message>
        <source>card</source>
        <translation>карточка</translation>
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
        <translation>единовременные затраты</translation>
    </message>
    <message>
        <source>running cost</source>
        <translation>текущие затраты</translation>
    </message>
    <message>
        <source>time to deliver</source>
        <translation>срок внедрения</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>уверенность</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>возможность</translation>
    </message>
    <message>
        <source>removes-card flag</source>
        <translation>признак удаления карточки</translation>
    </message>
    <message>
        <source>time after</source>
        <translation>время после</translation>
    </message>
    <message>
        <source>money after</source>
        <translation>деньги после</translation>
    </message>
    <message>
        <source>emotion after</source>
        <translation>эмоции после</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>охват</translation>
    </message>
    <message>
        <source>share of contacts avoided</source>
        <translation>доля устранённых контактов</translation>
    </message>
    <message>
        <source>share of detractors to passives</source>
        <translation>доля критиков, переходящих в нейтралы</translation>
    </message>
    <message>
        <source>share of detractors to promoters</source>
        <translation>доля критиков, переходящих в промоутеры</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>сценарий</translation>
    </message>
    <message>
        <source>system age</source>
        <translation>возраст системы</translation>
    </message>
    <message numerus="yes">
        <source>reading took longer than %n second(s); the file asks for far more work than any journey needs</source>
        <translation>
            <numerusform>чтение заняло больше %n секунды: файл требует гораздо больше работы, чем нужно любому пути</numerusform>
            <numerusform>чтение заняло больше %n секунд: файл требует гораздо больше работы, чем нужно любому пути</numerusform>
            <numerusform>чтение заняло больше %n секунд: файл требует гораздо больше работы, чем нужно любому пути</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (место в файле: %2)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>двоичные данные</translation>
    </message>
    <message>
        <source>nothing (NULL)</source>
        <translation>пустое значение (NULL)</translation>
    </message>
    <message>
        <source>The file holds a view “%1”; Waymark files hold only tables.</source>
        <translation>В файле есть представление «%1», а файлы Waymark содержат только таблицы.</translation>
    </message>
    <message>
        <source>The file holds a trigger “%1”; Waymark files hold only tables.</source>
        <translation>В файле есть триггер «%1», а файлы Waymark содержат только таблицы.</translation>
    </message>
    <message>
        <source>The file has no table “%1”: it is damaged or was not written by Waymark.</source>
        <translation>В файле нет таблицы «%1»: он повреждён или создан не в Waymark.</translation>
    </message>
    <message>
        <source>The table “%1” is a virtual table; Waymark writes only ordinary tables.</source>
        <translation>Таблица «%1» — виртуальная, а Waymark записывает только обычные таблицы.</translation>
    </message>
    <message>
        <source>Table “%1”, column “%2” is computed, not stored; Waymark stores every value.</source>
        <translation>Столбец «%2» таблицы «%1» вычисляется, а не хранится; Waymark хранит все значения.</translation>
    </message>
    <message>
        <source>Table “%1” has no column “%2”: the file is damaged or was not written by Waymark.</source>
        <translation>В таблице «%1» нет столбца «%2»: файл повреждён или создан не в Waymark.</translation>
    </message>
    <message>
        <source>Table “%1” has %2 rows; Waymark reads at most %3 (see “Limits” in the file format documentation).</source>
        <translation>Строк в таблице «%1»: %2; Waymark читает не больше %3 (см. раздел «Limits» в описании формата файлов).</translation>
    </message>
    <message>
        <source>Table “%1”, row %2, column “%3” holds %4 where %5 belongs.</source>
        <translation>Таблица «%1», строка %2, столбец «%3»: ожидается «%5», а записано «%4».</translation>
    </message>
    <message>
        <source>%1: its columns are missing</source>
        <translation>%1: нет столбцов</translation>
    </message>
    <message>
        <source>Card link</source>
        <translation>Ссылка карточки</translation>
    </message>
    <message>
        <source>A linked journey names card %1, but the journey has %2 cards</source>
        <translation>Связанный путь указывает на карточку %1, но в пути всего %2 карточек</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>основания</translation>
    </message>
    <message>
        <source>%1 names card %2, but the journey has %3 cards</source>
        <translation>%1 ссылается на карточку %2, но в пути всего %3 карточек</translation>
    </message>
    <message>
        <source>Card persona %1</source>
        <translation>Персона карточки %1</translation>
    </message>
    <message>
        <source>Persona emotion %1</source>
        <translation>Эмоция персоны %1</translation>
    </message>
    <message>
        <source>%1 has %2 that is not stored as binary data</source>
        <translation>%1: %2 хранится не как двоичные данные</translation>
    </message>
    <message>
        <source>width</source>
        <translation>ширина</translation>
    </message>
    <message>
        <source>height</source>
        <translation>высота</translation>
    </message>
    <message>
        <source>%1 has a size of %2 × %3 pixels</source>
        <translation>у %1 размер %2 × %3 пикселей</translation>
    </message>
    <message>
        <source>the picture</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>the thumbnail</source>
        <translation>миниатюра</translation>
    </message>
    <message>
        <source>Card picture %1</source>
        <translation>Изображение на карточке %1</translation>
    </message>
    <message>
        <source>Persona photo %1</source>
        <translation>Фото персоны %1</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>персона</translation>
    </message>
    <message>
        <source>%1 names persona %2, but the journey has %3 personas</source>
        <translation>%1 ссылается на персону %2, но в пути всего %3 персон</translation>
    </message>
    <message>
        <source>%1: its column “%2” is missing</source>
        <translation>%1: нет его столбца «%2»</translation>
    </message>
    <message>
        <source>%1: its column “%2” does not hold %3 values</source>
        <translation>%1: его столбец «%2» содержит не %3 значений</translation>
    </message>
    <message>
        <source>%1 belongs to %2 %3, which does not exist</source>
        <translation>%1 относится к несуществующему объекту: %2 %3</translation>
    </message>
    <message>
        <source>%1: reading was cancelled</source>
        <translation>%1: чтение прервано</translation>
    </message>
    <message>
        <source>%1 breaks the journey's rules: %2</source>
        <translation>%1 нарушает правила карты пути: %2</translation>
    </message>
    <message>
        <source>%1: the summary kept in the file does not match its answers (the file was changed outside Waymark?); its figures are now counted from the answers.</source>
        <translation>%1: сводка, хранящаяся в файле, не совпадает с ответами (файл изменили вне Waymark?); показатели теперь посчитаны по самим ответам.</translation>
    </message>
    <message>
        <source>%1: there is not enough memory to read its answers</source>
        <translation>%1: не хватает памяти, чтобы прочитать ответы</translation>
    </message>
    <message>
        <source>Could not save: %1. Remove that dataset (Data dock) or import its file again, then save.</source>
        <translation>Не удалось сохранить: %1. Удалите этот набор данных (панель «Данные») или импортируйте его файл заново, затем сохраните.</translation>
    </message>
    <message>
        <source>Could not copy %1 to add the dataset: %2</source>
        <translation>Не удалось скопировать %1, чтобы добавить набор данных: %2</translation>
    </message>
    <message>
        <source>Could not open the copy of %1: %2</source>
        <translation>Не удалось открыть копию %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Waymark journey file.</source>
        <translation>%1 — не файл пути клиента Waymark.</translation>
    </message>
    <message>
        <source>%1 is in another file format.</source>
        <translation>%1 в другом формате файла.</translation>
    </message>
    <message>
        <source>Could not write the answers into %1: %2</source>
        <translation>Не удалось записать ответы в %1: %2</translation>
    </message>
    <message>
        <source>No answers to add.</source>
        <translation>Нет ответов для добавления.</translation>
    </message>
    <message>
        <source>The journey with the new dataset does not read back: %1</source>
        <translation>Путь с новым набором данных не читается обратно: %1</translation>
    </message>
    <message>
        <source>%1 was changed by another program during the import; it is left as that program saved it. Import again.</source>
        <translation>%1 был изменён другой программой во время импорта; файл оставлен таким, каким его сохранила та программа. Импортируйте снова.</translation>
    </message>
    <message>
        <source>%1: its column “%2” has no chunk before it</source>
        <translation>%1: у его столбца «%2» нет предыдущей части</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Pain points</source>
        <translation>Болевые точки</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Все карточки</translation>
    </message>
</context>
<context>
    <name>WorkshopMarks</name>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n точка</numerusform>
            <numerusform>%n точки</numerusform>
            <numerusform>%n точек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n открытый комментарий</numerusform>
            <numerusform>%n открытых комментария</numerusform>
            <numerusform>%n открытых комментариев</numerusform>
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
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook but an older .xls file or a password-protected workbook: save it in Excel as .xlsx without a password.</source>
        <translation>Это не книга .xlsx, а файл старого формата .xls или книга, защищённая паролем: сохраните её в Excel как .xlsx без пароля.</translation>
    </message>
    <message>
        <source>The .xlsx file is damaged or incomplete (%1).</source>
        <translation>Файл .xlsx повреждён или неполон (%1).</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook (not a zip archive).</source>
        <translation>Это не книга .xlsx (не zip-архив).</translation>
    </message>
    <message>
        <source>This zip archive is not an .xlsx workbook: it has no xl/workbook.xml.</source>
        <translation>Этот zip-архив — не книга .xlsx: в нём нет xl/workbook.xml.</translation>
    </message>
    <message>
        <source>%1 is missing from the workbook.</source>
        <translation>В книге нет %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Не удаётся прочитать %1 (%2).</translation>
    </message>
    <message>
        <source>document type declarations (DTD) are not allowed</source>
        <translation>объявления типа документа (DTD) не допускаются</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, строка %2, столбец %3: %4</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB uncompressed, the most Waymark reads.</source>
        <translation>%1 в распакованном виде больше %2 МиБ — больше, чем может прочитать Waymark.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>Часть %1 повреждена (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its size is not the %2 bytes the zip directory gives.</source>
        <translation>Часть %1 повреждена: её размер не совпадает с указанным в каталоге zip (%2 байт).</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells, the most Waymark reads.</source>
        <translation>В %1 больше %2 ячеек — больше, чем может прочитать Waymark.</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries, the most Waymark reads.</source>
        <translation>В %1 больше %2 записей — больше, чем может прочитать Waymark.</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string %2, which the workbook does not have</source>
        <translation>ячейка %1 ссылается на общую строку %2, которой нет в книге</translation>
    </message>
    <message>
        <source>“%1” is not a row number</source>
        <translation>«%1» — не номер строки</translation>
    </message>
    <message>
        <source>row %1 lies beyond row %2, the last of a sheet</source>
        <translation>строка %1 находится за строкой %2, последней на листе</translation>
    </message>
    <message>
        <source>“%1” is not a cell reference</source>
        <translation>«%1» — не ссылка на ячейку</translation>
    </message>
    <message>
        <source>cell %1 lies beyond column XFD, the last of a sheet</source>
        <translation>ячейка %1 находится за столбцом XFD, последним на листе</translation>
    </message>
    <message>
        <source>cell %1 lies beyond row %2, the last of a sheet</source>
        <translation>ячейка %1 находится за строкой %2, последней на листе</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>В книге нет листов.</translation>
    </message>
    <message>
        <source>There is no sheet %1: the workbook's sheets are numbered 1 to %2.</source>
        <translation>Листа %1 нет: листы книги пронумерованы от 1 до %2.</translation>
    </message>
    <message>
        <source>Sheet “%1” is not in xl/_rels/workbook.xml.rels.</source>
        <translation>Лист «%1» не указан в xl/_rels/workbook.xml.rels.</translation>
    </message>
    <message>
        <source>Sheet “%1” is a chart or macro sheet, not a table of cells.</source>
        <translation>Лист «%1» — лист диаграммы или макросов, а не таблица с ячейками.</translation>
    </message>
    <message>
        <source>sheet %1 has no name</source>
        <translation>у листа %1 нет названия</translation>
    </message>
</context>
<context>
    <name>waymark::AddedCardsTable</name>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>Steps the future journey adds, e.g. a status message. What they cost the customer is taken off the benefits.</source>
        <translation>Шаги, которые добавляются в будущем пути, например сообщение о статусе. Их стоимость для клиента вычитается из выгод.</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Новый шаг</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Дорожка</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Деньги</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Эмоции</translation>
    </message>
    <message>
        <source>&amp;Add Step</source>
        <translation>&amp;Добавить шаг</translation>
    </message>
    <message>
        <source>Remo&amp;ve Step</source>
        <translation>&amp;Удалить шаг</translation>
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
        <translation>Повестки пока нет. Короткая повестка помогает группе не сбиваться с курса: отмечайте каждый шаг, как только его закончите.</translation>
    </message>
    <message>
        <source>Use the Four Steps</source>
        <translation>Использовать четыре шага</translation>
    </message>
    <message>
        <source>Map the stages, add touchpoints, attach effort, vote on pain points</source>
        <translation>Определить этапы, добавить точки контакта, указать усилия, проголосовать за болевые точки</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Rename agenda step</source>
        <translation>Переименовать шаг повестки</translation>
    </message>
    <message>
        <source>Tick off agenda step</source>
        <translation>Отметить шаг повестки как выполненный</translation>
    </message>
    <message>
        <source>Reopen agenda step</source>
        <translation>Снова открыть шаг повестки</translation>
    </message>
    <message>
        <source>Use the four steps</source>
        <translation>Использовать четыре шага</translation>
    </message>
    <message>
        <source>Map the stages</source>
        <translation>Определить этапы</translation>
    </message>
    <message>
        <source>Add touchpoints</source>
        <translation>Добавить точки контакта</translation>
    </message>
    <message>
        <source>Attach effort</source>
        <translation>Указать усилия</translation>
    </message>
    <message>
        <source>Vote on pain points</source>
        <translation>Проголосовать за болевые точки</translation>
    </message>
    <message>
        <source>Move Step Up</source>
        <translation>Переместить шаг вверх</translation>
    </message>
    <message>
        <source>Move Step Down</source>
        <translation>Переместить шаг вниз</translation>
    </message>
    <message>
        <source>Move the chosen step up (%1)</source>
        <translation>Переместить выбранный шаг вверх (%1)</translation>
    </message>
    <message>
        <source>Move the chosen step down (%1)</source>
        <translation>Переместить выбранный шаг вниз (%1)</translation>
    </message>
</context>
<context>
    <name>waymark::BusinessSettingsDialog</name>
    <message>
        <source>Business Settings</source>
        <translation>Бизнес-параметры</translation>
    </message>
    <message>
        <source>What the business case needs to put a value on the opportunities. Amounts are in %1, the journey's currency.</source>
        <translation>Данные, которые нужны бизнес-кейсу для оценки возможностей. Суммы указаны в %1 — валюте пути.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>How many customers go through this journey in a year</source>
        <translation>Сколько клиентов проходит этот путь за год</translation>
    </message>
    <message>
        <source>Customers per &amp;year:</source>
        <translation>&amp;Клиентов в год:</translation>
    </message>
    <message>
        <source>Stages that fewer (or more) customers reach, e.g. because some drop out before:</source>
        <translation>Этапы, до которых доходит меньше (или больше) клиентов, например из-за оттока на предыдущих этапах:</translation>
    </message>
    <message>
        <source>Give “%1” its own number of customers per year</source>
        <translation>Задать для «%1» собственное число клиентов в год</translation>
    </message>
    <message>
        <source>What it is worth</source>
        <translation>Сколько это стоит</translation>
    </message>
    <message>
        <source>Value of the customer's &amp;hour:</source>
        <translation>Стоимость &amp;часа клиента:</translation>
    </message>
    <message>
        <source>What one contact costs the organisation, by channel (0: not counted):</source>
        <translation>Сколько один контакт стоит организации, по каналам (0 — не учитывается):</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Во времени</translation>
    </message>
    <message>
        <source>How many years of benefits and running costs the net present value counts</source>
        <translation>За сколько лет чистый дисконтированный доход учитывает выгоды и текущие затраты</translation>
    </message>
    <message>
        <source>Horizon in y&amp;ears:</source>
        <translation>&amp;Горизонт, лет:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>What money a year later is worth less: often the organisation's cost of capital</source>
        <translation>Насколько деньги через год стоят меньше, чем сегодня: часто это стоимость капитала организации</translation>
    </message>
    <message>
        <source>&amp;Discount rate per year:</source>
        <translation>Ставка &amp;дисконтирования в год:</translation>
    </message>
    <message>
        <source>All opportunities</source>
        <translation>Все возможности</translation>
    </message>
    <message>
        <source>The scenario the PDF report and the future state of the map show</source>
        <translation>Сценарий, который показывают PDF-отчёт и целевое состояние карты</translation>
    </message>
    <message>
        <source>&amp;Scenario in the report:</source>
        <translation>&amp;Сценарий в отчёте:</translation>
    </message>
    <message>
        <source>Change business settings</source>
        <translation>Изменить бизнес-параметры</translation>
    </message>
    <message>
        <source>The same value the heatmap's weighted cost uses (Weights… on the canvas tool bar)</source>
        <translation>То же значение, что используется во взвешенных затратах тепловой карты (Веса… на панели инструментов холста)</translation>
    </message>
</context>
<context>
    <name>waymark::CanvasActions</name>
    <message>
        <source>&amp;New Card</source>
        <translation>&amp;Новая карточка</translation>
    </message>
    <message>
        <source>Add a card to the current cell and type its title</source>
        <translation>Добавить карточку в текущую ячейку и ввести её название</translation>
    </message>
    <message>
        <source>&amp;Rename Card</source>
        <translation>Пере&amp;именовать карточку</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Д&amp;ублировать</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Вы&amp;резать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Добавить &amp;этап</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>Добавить &amp;дорожку</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Переименовать этап</translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation>Переименовать дорожку</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Удалить этап</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Удалить дорожку</translation>
    </message>
    <message>
        <source>Lane &amp;Properties…</source>
        <translation>&amp;Свойства дорожки…</translation>
    </message>
    <message>
        <source>Kind of lane, side of the line of visibility, department</source>
        <translation>Тип дорожки, сторона линии видимости, отдел</translation>
    </message>
    <message>
        <source>Stage P&amp;roperties…</source>
        <translation>Сво&amp;йства этапа…</translation>
    </message>
    <message>
        <source>&amp;Departments…</source>
        <translation>&amp;Отделы…</translation>
    </message>
    <message>
        <source>C&amp;onnect Cards</source>
        <translation>С&amp;вязать карточки</translation>
    </message>
    <message>
        <source>Drag from one card to another to draw an arrow (Alt-drag works any time)</source>
        <translation>Протяните от одной карточки к другой, чтобы нарисовать стрелку (с Alt — в любой момент)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;По размеру окна</translation>
    </message>
    <message>
        <source>Actual &amp;Size (100%)</source>
        <translation>&amp;Реальный размер (100%)</translation>
    </message>
    <message>
        <source>Delete connections</source>
        <translation>Удалить связи</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Удалить %n карточку</numerusform>
            <numerusform>Удалить %n карточки</numerusform>
            <numerusform>Удалить %n карточек</numerusform>
        </translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Новая дорожка</translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage “%1” and its %n card(s)? You can undo this.</source>
        <translation>
            <numerusform>Удалить этап «%1» и его %n карточку? Это можно отменить.</numerusform>
            <numerusform>Удалить этап «%1» и его %n карточки? Это можно отменить.</numerusform>
            <numerusform>Удалить этап «%1» и его %n карточек? Это можно отменить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the lane “%1” and its %n card(s)? You can undo this.</source>
        <translation>
            <numerusform>Удалить дорожку «%1» и её %n карточку? Это можно отменить.</numerusform>
            <numerusform>Удалить дорожку «%1» и её %n карточки? Это можно отменить.</numerusform>
            <numerusform>Удалить дорожку «%1» и её %n карточек? Это можно отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create &amp;Opportunity from This Card…</source>
        <translation>Создать воз&amp;можность из этой карточки…</translation>
    </message>
    <message>
        <source>An improvement for the business case, linked to the selected cards</source>
        <translation>Улучшение для бизнес-кейса, связанное с выбранными карточками</translation>
    </message>
    <message>
        <source>Create &amp;Opportunity from These Cards…</source>
        <translation>Создать воз&amp;можность из этих карточек…</translation>
    </message>
    <message>
        <source>Zoom to Se&amp;lection</source>
        <translation>По &amp;выделенным карточкам</translation>
    </message>
    <message>
        <source>Fill the view with the selected cards</source>
        <translation>Показать выделенные карточки на весь экран</translation>
    </message>
</context>
<context>
    <name>waymark::CanvasToolBar</name>
    <message>
        <source>Canvas</source>
        <translation>Холст</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Heatmap:</source>
        <translation>Тепловая карта:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>Weights…</source>
        <translation>Веса…</translation>
    </message>
    <message>
        <source>Weights of time, money and emotion in the weighted heatmap, and the value of the customer's hour</source>
        <translation>Веса времени, денег и эмоций во взвешенной тепловой карте и стоимость часа клиента</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Отдел:</translation>
    </message>
    <message>
        <source>Dim everything this department does not own</source>
        <translation>Приглушить всё, что не относится к этому отделу</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <source>Colour the cards by the customer's effort, or by a survey metric (the worst figure hottest)</source>
        <translation>Раскрасить карточки по усилиям клиента или по метрике опроса (худший показатель — самый горячий)</translation>
    </message>
    <message>
        <source>Heat scale</source>
        <translation>Шкала тепловой карты</translation>
    </message>
    <message>
        <source>No card's data key has answers of %1 yet: the cards stay white.</source>
        <translation>Ни для одного ключа данных карточек пока нет ответов %1, поэтому карточки остаются белыми.</translation>
    </message>
    <message>
        <source>%1 %2 … %3</source>
        <comment>heat legend: metric, lowest figure, highest figure</comment>
        <translation>%1 %2 … %3</translation>
    </message>
    <message>
        <source>%1 from %2 (worst, red) to %3 (best, pale). Cards without answers stay white.</source>
        <translation>%1 от %2 (хуже всего, красный) до %3 (лучше всего, бледный). Карточки без ответов остаются белыми.</translation>
    </message>
    <message>
        <source>Hatched cards: too few answers to trust, so their colour is a weak signal.</source>
        <translation>Заштрихованные карточки: ответов слишком мало для надёжного вывода, поэтому их цвет — слабый сигнал.</translation>
    </message>
    <message>
        <source>Low effort (left) to high effort (right). Emotion: 0 to 10. Time, money and weighted cost: logarithmic between the 10th and 90th percentile of the cards, so one extreme card does not make the others look alike.</source>
        <translation>Слева — низкие усилия, справа — высокие. Эмоции: от 0 до 10. Время, деньги и взвешенные затраты: логарифмическая шкала между 10-м и 90-м процентилями карточек, чтобы одна экстремальная карточка не делала остальные одинаковыми.</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>Персона:</translation>
    </message>
    <message>
        <source>The journey as one persona lives it: their steps, the emotion they feel, their totals</source>
        <translation>Путь глазами одной персоны: её шаги, её эмоции, её итоги</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Все персоны</translation>
    </message>
    <message>
        <source>(unnamed persona)</source>
        <translation>(персона без имени)</translation>
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
        <translation>Карточки ещё не связаны: свяжите карточки карты, которые улучшает эта возможность.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Effort today</source>
        <translation>Усилия сегодня</translation>
    </message>
    <message>
        <source>Time, money and negative emotion of the card today</source>
        <translation>Время, деньги и негативные эмоции по карточке сегодня</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>The customer's time at this step afterwards</source>
        <translation>Время клиента на этом шаге после изменения</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Деньги</translation>
    </message>
    <message>
        <source>What the step costs the customer afterwards, in the card's currency</source>
        <translation>Во что шаг обходится клиенту после изменения, в валюте карточки</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Эмоции</translation>
    </message>
    <message>
        <source>Negative emotion afterwards, 0 (none) to 10 (worst)</source>
        <translation>Негативные эмоции после изменения, от 0 (нет) до 10 (хуже всего)</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Share of the stage's customers who pass this card</source>
        <translation>Доля клиентов этапа, проходящих через эту карточку</translation>
    </message>
    <message>
        <source>Contacts
avoided</source>
        <translation>Устранённые
контакты</translation>
    </message>
    <message>
        <source>Share of this step's contacts (calls, visits, mails) no longer needed</source>
        <translation>Доля контактов на этом шаге (звонки, визиты, письма), которые больше не нужны</translation>
    </message>
    <message>
        <source>Detractors →
passives</source>
        <translation>Критики →
нейтралы</translation>
    </message>
    <message>
        <source>Share of this touchpoint's detractors expected to become passives</source>
        <translation>Доля критиков в этой точке контакта, которые, как ожидается, станут нейтралами</translation>
    </message>
    <message>
        <source>Detractors →
promoters</source>
        <translation>Критики →
промоутеры</translation>
    </message>
    <message>
        <source>Share of this touchpoint's detractors expected to become promoters</source>
        <translation>Доля критиков в этой точке контакта, которые, как ожидается, станут промоутерами</translation>
    </message>
    <message>
        <source>Step
removed</source>
        <translation>Шаг
удалён</translation>
    </message>
    <message>
        <source>The step disappears in the future state (e.g. no branch visit)</source>
        <translation>В целевом состоянии шага нет (например, не нужен визит в отделение)</translation>
    </message>
    <message>
        <source>Lin&amp;k card:</source>
        <translation>Карточка для с&amp;вязи:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Связать</translation>
    </message>
    <message>
        <source>&amp;Unlink Selected</source>
        <translation>&amp;Отвязать выбранные</translation>
    </message>
    <message>
        <source>(deleted card)</source>
        <translation>(карточка удалена)</translation>
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
        <translation>Начните вводить, чтобы найти карточку…</translation>
    </message>
    <message>
        <source>Every card is linked</source>
        <translation>Все карточки связаны</translation>
    </message>
</context>
<context>
    <name>waymark::ChangesDialog</name>
    <message>
        <source>What Changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Nothing changed on the map since %1.</source>
        <translation>По сравнению с %1 на карте ничего не изменилось.</translation>
    </message>
    <message>
        <source>Changes since %1:</source>
        <translation>Изменения по сравнению с %1:</translation>
    </message>
    <message>
        <source>Added cards (%1)</source>
        <translation>Добавленные карточки (%1)</translation>
    </message>
    <message>
        <source>Removed cards (%1)</source>
        <translation>Удалённые карточки (%1)</translation>
    </message>
    <message>
        <source>Moved cards (%1)</source>
        <translation>Перемещённые карточки (%1)</translation>
    </message>
    <message>
        <source>Edited cards (%1)</source>
        <translation>Изменённые карточки (%1)</translation>
    </message>
    <message>
        <source>Stage added: %1</source>
        <translation>Добавлен этап: %1</translation>
    </message>
    <message>
        <source>Stage removed: %1</source>
        <translation>Удалён этап: %1</translation>
    </message>
    <message>
        <source>Stage renamed: %1</source>
        <translation>Переименован этап: %1</translation>
    </message>
    <message>
        <source>Lane added: %1</source>
        <translation>Добавлена дорожка: %1</translation>
    </message>
    <message>
        <source>Lane removed: %1</source>
        <translation>Удалена дорожка: %1</translation>
    </message>
    <message>
        <source>Lane renamed: %1</source>
        <translation>Переименована дорожка: %1</translation>
    </message>
    <message>
        <source>Stages and lanes (%1)</source>
        <translation>Этапы и дорожки (%1)</translation>
    </message>
    <message>
        <source>&amp;Select Changed Cards</source>
        <translation>&amp;Выделить изменённые карточки</translation>
    </message>
</context>
<context>
    <name>waymark::ClvCustomerModel</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Повторные покупки</translation>
    </message>
    <message>
        <source>P(alive) %</source>
        <translation>P(alive), %</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>Ожидаемые покупки</translation>
    </message>
    <message>
        <source>Expected spend (%1)</source>
        <translation>Ожидаемые расходы (%1)</translation>
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
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Filter of the comments list: every thread</extracomment>
        <translation>Все</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Filter of the comments list: threads not resolved yet (an adjective, not "open a file")</extracomment>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Filter of the comments list: threads you wrote in</extracomment>
        <translation>Мои</translation>
    </message>
    <message>
        <source>Every thread, the unresolved ones, or the ones you wrote in</source>
        <translation>Все обсуждения, только нерешённые или те, в которых писали вы</translation>
    </message>
    <message>
        <source>Only threads a department took part in</source>
        <translation>Только обсуждения с участием выбранного отдела</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Решено</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the selected comment (only your own); a thread goes with its replies</source>
        <translation>Удалить выбранный комментарий (только свой); обсуждение удаляется вместе с ответами</translation>
    </message>
    <message>
        <source>Shown on your comments</source>
        <translation>Отображается в ваших комментариях</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
    <message>
        <source>Your department:</source>
        <translation>Ваш отдел:</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Напишите комментарий…</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the comment</source>
        <translation>Ctrl+Enter — добавить комментарий</translation>
    </message>
    <message>
        <source>Enter your name to comment.</source>
        <translation>Чтобы оставлять комментарии, введите своё имя.</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <source>Reply to the selected thread</source>
        <translation>Ответить в выбранном обсуждении</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Комментировать</translation>
    </message>
    <message>
        <source>Start a new thread on what is selected on the map (Ctrl+Enter)</source>
        <translation>Начать новое обсуждение по выделенному на карте (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Card “%1”</source>
        <translation>Карточка «%1»</translation>
    </message>
    <message>
        <source>a deleted card</source>
        <translation>удалённая карточка</translation>
    </message>
    <message>
        <source>Stage “%1”</source>
        <translation>Этап «%1»</translation>
    </message>
    <message>
        <source>a deleted stage</source>
        <translation>удалённый этап</translation>
    </message>
    <message>
        <source>The journey</source>
        <translation>Путь клиента</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Без отдела</translation>
    </message>
    <message>
        <source>The participant who has the floor in the workshop</source>
        <translation>Участник воркшопа, у которого сейчас слово</translation>
    </message>
    <message>
        <source>Open a journey to read and write comments.</source>
        <translation>Откройте путь, чтобы читать и писать комментарии.</translation>
    </message>
    <message>
        <source>No comments yet. Select a card or a stage on the map, then write the first one below.</source>
        <translation>Комментариев пока нет. Выберите карточку или этап на карте и напишите первый комментарий ниже.</translation>
    </message>
    <message>
        <source>No thread matches these filters.</source>
        <translation>Нет обсуждений, подходящих под эти фильтры.</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>Объект: %1</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Открыть &amp;снова</translation>
    </message>
    <message>
        <source>Open the selected thread again</source>
        <translation>Снова открыть выбранное обсуждение</translation>
    </message>
    <message>
        <source>Mark the selected thread as settled</source>
        <translation>Отметить выбранное обсуждение как решённое</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Отметить комментарий как решённый</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Снова открыть комментарий</translation>
    </message>
    <message>
        <source>Delete thread</source>
        <translation>Удалить обсуждение</translation>
    </message>
</context>
<context>
    <name>waymark::DataChartsPanel</name>
    <message>
        <source>Trend</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Точки контакта</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>CLV под угрозой</translation>
    </message>
    <message>
        <source>Lifetime value of the customers whose latest answer at a touchpoint was 0–6</source>
        <translation>Пожизненная ценность клиентов, чей последний ответ в точке контакта был 0–6</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Data key: %1</source>
        <translation>Ключ данных: %1</translation>
    </message>
    <message>
        <source>Import customer lifetime values to see what promoters and detractors are worth.</source>
        <translation>Импортируйте пожизненную ценность клиентов, чтобы увидеть, чего стоят промоутеры и критики.</translation>
    </message>
    <message>
        <source>Import NPS responses: CLV is joined to them by customer id.</source>
        <translation>Импортируйте ответы NPS: CLV сопоставляется с ними по ID клиента.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) have both an answer and a CLV.</source>
        <translation>
            <numerusform>У %Ln клиента есть и ответ, и CLV.</numerusform>
            <numerusform>У %Ln клиентов есть и ответ, и CLV.</numerusform>
            <numerusform>У %Ln клиентов есть и ответ, и CLV.</numerusform>
        </translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <source>Department mix</source>
        <translation>Распределение по отделам</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers… CLV per NPS category and at risk appear here when they are read.</source>
        <translation>Читаем %L1 ответов опроса… CLV по категориям NPS и под угрозой появятся здесь, как только ответы будут прочитаны.</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value model to %L1 customers… CLV per NPS category and at risk appear here when it is done.</source>
        <translation>Модель пожизненной ценности подбирается по данным клиентов (%L1)… CLV по категориям NPS и под угрозой появятся здесь, когда расчёт закончится.</translation>
    </message>
    <message>
        <source>Matching %L1 survey answers to customers… CLV per NPS category and at risk appear here when they are matched.</source>
        <translation>Ответы опроса (%L1) сопоставляются с клиентами… CLV по категориям NPS и под угрозой появятся здесь, когда сопоставление закончится.</translation>
    </message>
</context>
<context>
    <name>waymark::DataDock</name>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Import C&amp;LV…</source>
        <translation>Импорт C&amp;LV…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Goals…</source>
        <translation>&amp;Цели…</translation>
    </message>
    <message>
        <source>Delete Dataset</source>
        <translation>Удаление набора данных</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more</source>
        <translation>
            <numerusform>… ещё %Ln</numerusform>
            <numerusform>… ещё %Ln</numerusform>
            <numerusform>… ещё %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) name touchpoints no card has — give a card that data key to see them on the map: %1</source>
        <translation>
            <numerusform>%Ln ответ ссылается на точки контакта, которых нет ни у одной карточки, — задайте карточке этот ключ данных, чтобы увидеть их на карте: %1</numerusform>
            <numerusform>%Ln ответа ссылаются на точки контакта, которых нет ни у одной карточки, — задайте карточке этот ключ данных, чтобы увидеть их на карте: %1</numerusform>
            <numerusform>%Ln ответов ссылаются на точки контакта, которых нет ни у одной карточки, — задайте карточке этот ключ данных, чтобы увидеть их на карте: %1</numerusform>
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
        <translation>Из %1, импортирован %2
SHA-256 %3
Строк прочитано %4, импортировано %5, отклонено %6
Кодировка: %7
Столбцы:
%8</translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation>Переименовать набор данных</translation>
    </message>
    <message numerus="yes">
        <source>Delete the dataset “%1” with its %Ln row(s)? You can undo this.</source>
        <translation>
            <numerusform>Удалить набор данных «%1» с его %Ln строкой? Это можно отменить.</numerusform>
            <numerusform>Удалить набор данных «%1» с его %Ln строками? Это можно отменить.</numerusform>
            <numerusform>Удалить набор данных «%1» с его %Ln строками? Это можно отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey or CLV data yet. Import survey answers (NPS, CSAT, CES, audits, eNPS) or customer lifetime values from CSV, TSV, JSON, NDJSON or Excel files.</source>
        <translation>Данных опросов и CLV пока нет. Импортируйте ответы на опросы (NPS, CSAT, CES, аудиты, eNPS) или пожизненную ценность клиентов из файлов CSV, TSV, JSON, NDJSON или Excel.</translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation>&amp;Показатели:</translation>
    </message>
    <message>
        <source>Import &amp;Survey…</source>
        <translation>Импорт &amp;опроса…</translation>
    </message>
    <message>
        <source>Survey answers of any metric (NPS, CSAT, CES, audits, eNPS, any number) from CSV, TSV, JSON or Excel, one per row or counted per group</source>
        <translation>Ответы на опросы по любой метрике (NPS, CSAT, CES, аудиты, eNPS, любое число) из CSV, TSV, JSON или Excel — по одному в строке или с подсчётом по группам</translation>
    </message>
    <message>
        <source>Goals per segment and a benchmark to compare %1 with</source>
        <translation>Цели по сегментам и бенчмарк для сравнения %1</translation>
    </message>
    <message>
        <source>Edit %1 goals</source>
        <translation>Изменить цели %1</translation>
    </message>
</context>
<context>
    <name>waymark::DatasetTransferNotice</name>
    <message>
        <source>Sending “%1” to the server…</source>
        <translation>Отправка «%1» на сервер…</translation>
    </message>
    <message>
        <source>Receiving “%1”…</source>
        <translation>Получение «%1»…</translation>
    </message>
    <message>
        <source>Receiving “%1” (from %2)…</source>
        <translation>Получение «%1» (от %2)…</translation>
    </message>
    <message>
        <source>The map and the other cards go on meanwhile; the others see the dataset once it is on the server.</source>
        <translation>Тем временем с картой и остальными карточками можно работать; остальные увидят набор данных, как только он окажется на сервере.</translation>
    </message>
    <message>
        <source>The map goes on meanwhile; the dataset's figures show when it is in.</source>
        <translation>Тем временем с картой можно работать; цифры набора данных появятся, когда он будет получен.</translation>
    </message>
    <message>
        <source>A dataset is still being sent</source>
        <translation>Набор данных ещё отправляется</translation>
    </message>
    <message>
        <source>“%1” is still being sent to the server. If you close the window now, it is not shared: nothing of it stays on the server and the others keep the data they have. Close anyway?</source>
        <translation>«%1» ещё отправляется на сервер. Если закрыть окно сейчас, набор данных не будет передан: на сервере от него ничего не останется, а у остальных сохранятся данные, которые у них есть. Всё равно закрыть?</translation>
    </message>
</context>
<context>
    <name>waymark::DepartmentsDialog</name>
    <message>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <source>The departments that own touchpoints. Double-click a name to rename it.</source>
        <translation>Отделы, которым принадлежат точки контакта. Чтобы переименовать, дважды щёлкните по названию.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Цвет…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Новый отдел</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>Переименовать отдел</translation>
    </message>
    <message>
        <source>Remove Department</source>
        <translation>Удаление отдела</translation>
    </message>
    <message>
        <source>Department Colour</source>
        <translation>Цвет отдела</translation>
    </message>
    <message>
        <source>Change department colour</source>
        <translation>Изменить цвет отдела</translation>
    </message>
    <message numerus="yes">
        <source>“%1” owns %n card(s) and %2 lane(s). Its cards keep their place without an owner and its lanes become plain lanes. You can undo this.</source>
        <translation>
            <numerusform>За «%1» закреплены %n карточка и дорожек: %2. Карточки останутся на месте без владельца, а дорожки станут обычными. Это можно отменить.</numerusform>
            <numerusform>За «%1» закреплены %n карточки и дорожек: %2. Карточки останутся на месте без владельца, а дорожки станут обычными. Это можно отменить.</numerusform>
            <numerusform>За «%1» закреплено %n карточек и дорожек: %2. Карточки останутся на месте без владельца, а дорожки станут обычными. Это можно отменить.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::EffortTargetEdit</name>
    <message>
        <source>same</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>new value</source>
        <translation>новое значение</translation>
    </message>
    <message>
        <source>− %</source>
        <comment>reduce by a percentage</comment>
        <translation>− %</translation>
    </message>
    <message>
        <source>Unchanged, a new value, or a reduction in percent of today's</source>
        <translation>Без изменений, новое значение или снижение в процентах от текущего</translation>
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
        <translation>На чём основана карточка: догадка, знания людей в комнате, исследование (интервью, наблюдение) или измеренные данные</translation>
    </message>
    <message numerus="yes">
        <source>measured: %Ln answers</source>
        <extracomment>Beside the stated level: the card counts as measured because of its answers. %1: a number</extracomment>
        <translation>
            <numerusform>измерено: %Ln ответ</numerusform>
            <numerusform>измерено: %Ln ответа</numerusform>
            <numerusform>измерено: %Ln ответов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers to this card's data key: at least %2 in one survey count as measured data, whatever the card states</source>
        <translation>Ответов по ключу данных этой карточки: %1. Не менее %2 в одном опросе считаются измеренными данными, что бы ни было указано в карточке</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answers</source>
        <translation>
            <numerusform>%Ln ответ</numerusform>
            <numerusform>%Ln ответа</numerusform>
            <numerusform>%Ln ответов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers to this card's data key; %2 in one survey would count as measured data</source>
        <translation>Ответов по ключу данных этой карточки: %1. При %2 в одном опросе это считалось бы измеренными данными</translation>
    </message>
</context>
<context>
    <name>waymark::ExplanationDialog</name>
    <message>
        <source>How the numbers of “%1” are made</source>
        <translation>Как рассчитаны показатели «%1»</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Не учтено: %1</translation>
    </message>
</context>
<context>
    <name>waymark::ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Размер:</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Альбомная</translation>
    </message>
    <message>
        <source>&amp;Portrait</source>
        <translation>&amp;Книжная</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Ориентация:</translation>
    </message>
    <message>
        <source>&amp;Fit the map to one page</source>
        <translation>&amp;Вписать карту в одну страницу</translation>
    </message>
    <message>
        <source>&amp;Tile at full size (a poster)</source>
        <translation>&amp;Плитками в натуральную величину (плакат)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <source>Tiles &amp;overlap by:</source>
        <translation>&amp;Нахлёст плиток:</translation>
    </message>
    <message>
        <source>Executive &amp;summary in front</source>
        <translation>&amp;Резюме для руководства в начале</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>На карте</translation>
    </message>
    <message>
        <source>&amp;Effort badges</source>
        <translation>&amp;Значки усилий</translation>
    </message>
    <message>
        <source>&amp;Heatmap:</source>
        <translation>&amp;Тепловая карта:</translation>
    </message>
    <message>
        <source>E&amp;motion curve</source>
        <translation>&amp;Кривая эмоций</translation>
    </message>
    <message>
        <source>&amp;CLV at risk</source>
        <translation>CLV под &amp;угрозой</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Для:</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>One tile per ticked figure; drag to change the order — the first one's trend and stages are charted</source>
        <translation>Отдельный блок для каждого отмеченного показателя; перетаскивайте, чтобы изменить порядок, — для первого строятся графики динамики и этапов</translation>
    </message>
    <message>
        <source>Summary fi&amp;gures:</source>
        <translation>Показатели р&amp;езюме:</translation>
    </message>
    <message>
        <source>Survey &amp;figures (as on the canvas)</source>
        <translation>Показатели &amp;опросов (как на холсте)</translation>
    </message>
    <message>
        <source>Choose the summary's figures</source>
        <translation>Выбор показателей резюме</translation>
    </message>
    <message>
        <source>&amp;Future-state map after the map</source>
        <translation>Карта &amp;целевого состояния после карты</translation>
    </message>
    <message>
        <source>The journey with the chosen scenario's opportunities applied: changed effort, removed and added steps</source>
        <translation>Путь с применёнными возможностями выбранного сценария: изменённые усилия, удалённые и добавленные шаги</translation>
    </message>
    <message>
        <source>Evi&amp;dence (what each card rests on)</source>
        <translation>Основани&amp;я (на чём основана каждая карточка)</translation>
    </message>
    <message numerus="yes">
        <source>Pict&amp;ures on the cards after the map (%n)</source>
        <translation>
            <numerusform>&amp;Изображения с карточек после карты (%n)</numerusform>
            <numerusform>&amp;Изображения с карточек после карты (%n)</numerusform>
            <numerusform>&amp;Изображения с карточек после карты (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Each picture with its card and caption, for readers who were not at the wall</source>
        <translation>Каждое изображение со своей карточкой и подписью — для тех, кто не стоял у стены</translation>
    </message>
    <message>
        <source>Pe&amp;rsona cards before the map</source>
        <translation>Карто&amp;чки персон перед картой</translation>
    </message>
    <message>
        <source>Each persona's photo, goals and frustrations, and the steps that hurt them most</source>
        <translation>Фото, цели и фрустрации каждой персоны и шаги, которые даются ей тяжелее всего</translation>
    </message>
    <message>
        <source>None of this journey's personas has a description, goals, frustrations or a photo yet</source>
        <translation>Ни у одной персоны этого пути пока нет описания, целей, фрустраций или фото</translation>
    </message>
</context>
<context>
    <name>waymark::FindBar</name>
    <message>
        <source>Find a card</source>
        <translation>Найти карточку</translation>
    </message>
    <message>
        <source>Searches the titles, descriptions, notes and data keys of the cards</source>
        <translation>Поиск по названиям, описаниям, заметкам и ключам данных карточек</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>&amp;Find Card…</source>
        <translation>&amp;Найти карточку…</translation>
    </message>
    <message>
        <source>Find a card by its title, description, notes or data key</source>
        <translation>Найти карточку по названию, описанию, заметкам или ключу данных</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;следующую</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Найти пре&amp;дыдущую</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Следующее совпадение (Enter, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Нет совпадений</translation>
    </message>
</context>
<context>
    <name>waymark::FollowMe</name>
    <message>
        <source>&amp;Present (Everyone Follows Me)</source>
        <translation>&amp;Показ (все следуют за мной)</translation>
    </message>
    <message>
        <source>Everyone's canvas follows yours — where you scroll, how far you zoom, the card you select — until you stop</source>
        <translation>Холсты всех следуют за вашим — куда вы прокручиваете, насколько приближаете, какую карточку выбираете, — пока вы не остановите показ</translation>
    </message>
    <message>
        <source>Only the facilitator presents</source>
        <translation>Показывает только фасилитатор</translation>
    </message>
    <message>
        <source>▶ Following %1</source>
        <translation>▶ Вы следуете за: %1</translation>
    </message>
    <message>
        <source>Follow %1 again</source>
        <translation>Снова следовать за: %1</translation>
    </message>
    <message>
        <source>%1 is presenting; you scrolled away. Back to where they look.</source>
        <translation>%1 ведёт показ, а вы отошли. Вернуться туда, куда смотрит ведущий.</translation>
    </message>
</context>
<context>
    <name>waymark::HeatmapWeightsDialog</name>
    <message>
        <source>Heatmap Weights</source>
        <translation>Веса тепловой карты</translation>
    </message>
    <message>
        <source>Weighted cost in %1 = time weight × hours × hour value + money weight × amount + emotion weight × emotion (0–10) × point value. Cards in other currencies count by time and emotion only.</source>
        <translation>Взвешенные затраты в %1 = вес времени × часы × стоимость часа + вес денег × сумма + вес эмоций × эмоции (0–10) × стоимость балла. Карточки в других валютах учитываются только по времени и эмоциям.</translation>
    </message>
    <message>
        <source>&amp;Time weight:</source>
        <translation>Вес &amp;времени:</translation>
    </message>
    <message>
        <source>&amp;Money weight:</source>
        <translation>Вес &amp;денег:</translation>
    </message>
    <message>
        <source>&amp;Emotion weight:</source>
        <translation>Вес &amp;эмоций:</translation>
    </message>
    <message>
        <source>What an hour of the customer's time is worth</source>
        <translation>Сколько стоит час времени клиента</translation>
    </message>
    <message>
        <source>Value of the customer's &amp;hour:</source>
        <translation>Стоимость &amp;часа клиента:</translation>
    </message>
    <message>
        <source>What one point of negative emotion (on the 0–10 scale) is worth</source>
        <translation>Сколько стоит один балл негативных эмоций (по шкале 0–10)</translation>
    </message>
    <message>
        <source>Value of one emotion &amp;point:</source>
        <translation>Стоимость &amp;балла эмоций:</translation>
    </message>
    <message>
        <source>Change heatmap weights</source>
        <translation>Изменить веса тепловой карты</translation>
    </message>
</context>
<context>
    <name>waymark::HotspotsDock</name>
    <message>
        <source>Effort hotspots</source>
        <translation>Горячие точки усилий</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>&amp;Ранжировать по:</translation>
    </message>
    <message>
        <source>No card costs the customer anything on this measure yet.</source>
        <translation>По этой мере ни одна карточка пока ничего не стоит клиенту.</translation>
    </message>
    <message>
        <source>No card's data key has answers of %1 yet.</source>
        <translation>Ни для одного ключа данных карточек пока нет ответов %1.</translation>
    </message>
    <message>
        <source>Create Opportunity…</source>
        <translation>Создать возможность…</translation>
    </message>
    <message>
        <source>An improvement for the business case, linked to the selected cards</source>
        <translation>Улучшение для бизнес-кейса, связанное с выбранными карточками</translation>
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
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Дорожка</translation>
    </message>
    <message>
        <source>Only %1 answers: too few to trust, so this figure is a weak signal.</source>
        <translation>Ответов всего %1 — слишком мало для надёжного вывода, поэтому этот показатель — слабый сигнал.</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>Ответов: %1</translation>
    </message>
</context>
<context>
    <name>waymark::ImportDialog</name>
    <message>
        <source>Rows That Cannot Be Imported</source>
        <translation>Строки, которые нельзя импортировать</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) cannot be imported. %1 valid row(s) can.</source>
        <translation>
            <numerusform>%Ln строку нельзя импортировать. Допустимых строк: %1.</numerusform>
            <numerusform>%Ln строки нельзя импортировать. Допустимых строк: %1.</numerusform>
            <numerusform>%Ln строк нельзя импортировать. Допустимых строк: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 Valid Rows</source>
        <translation>Импортировать допустимые строки (%1)</translation>
    </message>
    <message>
        <source>Import Customer Lifetime Values</source>
        <translation>Импорт пожизненной ценности клиентов</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Определить</translation>
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
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (западная)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Запятая ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Точка с запятой ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>Черта |</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>Day first (31.12.2024, 31/12/2024)</source>
        <translation>Сначала день (31.12.2024, 31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Сначала месяц (12/31/2024)</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>&amp;Даты:</translation>
    </message>
    <message>
        <source>Choose what each column holds (first row). Columns left at “Ignore” are not imported.</source>
        <translation>Выберите, что содержит каждый столбец (первая строка). Столбцы с вариантом «Пропустить» не импортируются.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Choose the encoding the file was saved in (Russian, Ukrainian and Serbian Excel files are often Windows-1251).</source>
        <translation>Выберите кодировку, в которой сохранён файл (файлы Excel на русском, украинском и сербском часто в Windows-1251).</translation>
    </message>
    <message>
        <source>The dates could be day-first or month-first: choose which under “Dates”.</source>
        <translation>Даты могут начинаться с дня или с месяца: выберите порядок в поле «Даты».</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Import Survey Answers</source>
        <translation>Импорт ответов на опросы</translation>
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
        <translation>Пока нечего импортировать: %1</translation>
    </message>
    <message>
        <source>Counting the rows of the whole file…</source>
        <translation>Подсчёт строк во всём файле…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be imported</source>
        <translation>
            <numerusform>Будет импортирована %Ln строка</numerusform>
            <numerusform>Будут импортированы %Ln строки</numerusform>
            <numerusform>Будет импортировано %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; none refused.</source>
        <comment>N rows will be imported; none refused</comment>
        <translation>%1; отклонённых нет.</translation>
    </message>
    <message>
        <source>%1, %2 refused (first ones below; Import leaves them out).</source>
        <comment>N rows will be imported, M refused</comment>
        <translation>%1, отклонено: %2 (первые ниже; импорт их пропустит).</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Импортировать нечего: %1</translation>
    </message>
</context>
<context>
    <name>waymark::ImportIssueTable</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
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
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>The dataset “%1” was added to the journey.</source>
        <translation>Набор данных «%1» добавлен в путь клиента.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported from %1.</source>
        <translation>
            <numerusform>Импортирована %Ln строка из %1.</numerusform>
            <numerusform>Импортированы %Ln строки из %1.</numerusform>
            <numerusform>Импортировано %Ln строк из %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row was refused.</source>
        <translation>Ни одна строка не отклонена.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused: they are not in the dataset.</source>
        <translation>
            <numerusform>Отклонена %Ln строка: её нет в наборе данных.</numerusform>
            <numerusform>Отклонены %Ln строки: их нет в наборе данных.</numerusform>
            <numerusform>Отклонено %Ln строк: их нет в наборе данных.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (%1) takes the whole import back.</source>
        <translation>Отмена (%1) отменяет весь импорт.</translation>
    </message>
    <message>
        <source>The first %1 refused rows are listed.</source>
        <translation>Показаны первые %1 отклонённых строк.</translation>
    </message>
    <message>
        <source>&amp;Show Refused Rows…</source>
        <translation>&amp;Показать отклонённые строки…</translation>
    </message>
</context>
<context>
    <name>waymark::JourneyInfoDock</name>
    <message>
        <source>Journey</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>What the customer sets out to do in this journey</source>
        <translation>Чего клиент хочет добиться на этом пути</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Сценарий:</translation>
    </message>
    <message>
        <source>The currency new cards take (ISO 4217 code)</source>
        <translation>Валюта новых карточек (код ISO 4217)</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Change journey title</source>
        <translation>Изменить название пути</translation>
    </message>
    <message>
        <source>Change journey scenario</source>
        <translation>Изменить сценарий пути</translation>
    </message>
    <message>
        <source>Change journey currency</source>
        <translation>Изменить валюту пути</translation>
    </message>
    <message>
        <source>The department that owns this journey: shown in the portfolio of a folder of journeys</source>
        <translation>Отдел, ответственный за этот путь: отображается в портфеле папки с путями</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Отв&amp;етственный:</translation>
    </message>
    <message>
        <source>No owner named</source>
        <translation>Ответственный не указан</translation>
    </message>
    <message>
        <source>Change Owner</source>
        <translation>Изменить ответственного</translation>
    </message>
</context>
<context>
    <name>waymark::JourneyScene</name>
    <message>
        <source>New card</source>
        <translation>Новая карточка</translation>
    </message>
</context>
<context>
    <name>waymark::JourneyView</name>
    <message>
        <source>Journey canvas</source>
        <translation>Холст пути</translation>
    </message>
    <message>
        <source>Rename card</source>
        <translation>Переименовать карточку</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Переименовать этап</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Переименовать дорожку</translation>
    </message>
</context>
<context>
    <name>waymark::LaneDialog</name>
    <message>
        <source>Lane Properties</source>
        <translation>Свойства дорожки</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Customer and front-office lanes sit above the line of visibility; middle and back office below it</source>
        <translation>Дорожки клиента и фронт-офиса находятся над линией видимости, мидл- и бэк-офиса — под ней</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Сторона:</translation>
    </message>
    <message>
        <source>(choose a department)</source>
        <translation>(выберите отдел)</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <source>Add departments with Journey → Departments… first</source>
        <translation>Сначала добавьте отделы: Путь → Отделы…</translation>
    </message>
    <message>
        <source>A lane needs a name.</source>
        <translation>У дорожки должно быть название.</translation>
    </message>
    <message>
        <source>Choose the department this lane shows.</source>
        <translation>Выберите отдел, который показывает эта дорожка.</translation>
    </message>
    <message>
        <source>There are no departments yet: add them with Journey → Departments….</source>
        <translation>Отделов пока нет: добавьте их через Путь → Отделы….</translation>
    </message>
    <message>
        <source>Change lane</source>
        <translation>Изменить дорожку</translation>
    </message>
</context>
<context>
    <name>waymark::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>waymark::LifetimeValueDialog</name>
    <message>
        <source>Lifetime Value and Churn</source>
        <translation>Пожизненная ценность и отток</translation>
    </message>
    <message>
        <source>This journey holds no purchases yet. Import them (customer, date, amount; CSV, Excel or JSON) and Waymark estimates each customer's lifetime value and the chance they are still a customer, with the BG/NBD or Pareto/NBD model and the Gamma-Gamma spend model.</source>
        <translation>В этом пути пока нет покупок. Импортируйте их (клиент, дата, сумма; CSV, Excel или JSON), и Waymark оценит пожизненную ценность каждого клиента и вероятность того, что он всё ещё остаётся клиентом, с помощью модели BG/NBD или Pareto/NBD и модели расходов Gamma-Gamma.</translation>
    </message>
    <message>
        <source>Import Purchases…</source>
        <translation>Импортировать покупки…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Mean P(alive)</source>
        <translation>Средняя P(alive)</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>Средний CLV</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>At risk: CLV if retained</source>
        <translation>Под угрозой: CLV при удержании</translation>
    </message>
    <message>
        <source>By NPS category and segment</source>
        <translation>По категориям NPS и сегментам</translation>
    </message>
    <message>
        <source>Why customers leave</source>
        <translation>Почему клиенты уходят</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Подгонка модели</translation>
    </message>
    <message>
        <source>Calibration ends</source>
        <translation>Конец калибровки</translation>
    </message>
    <message>
        <source>Purchases after this day are kept aside to check the forecast (the holdout). Unticked: the model learns from every purchase.</source>
        <translation>Покупки после этой даты откладываются для проверки прогноза (контрольная выборка). Если флажок снят, модель обучается на всех покупках.</translation>
    </message>
    <message>
        <source>Lifetime value counts the purchases expected in this many months</source>
        <translation>Пожизненная ценность учитывает покупки, ожидаемые за это число месяцев</translation>
    </message>
    <message>
        <source>Annual discount rate: money a year from now is worth this much less than today</source>
        <translation>Годовая ставка дисконтирования: насколько деньги через год стоят меньше, чем сегодня</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дни</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>недели</translation>
    </message>
    <message>
        <source>months</source>
        <translation>месяцы</translation>
    </message>
    <message>
        <source>The unit the model measures time in; lifetime values do not depend on it</source>
        <translation>Единица времени, в которой модель измеряет время; на пожизненную ценность она не влияет</translation>
    </message>
    <message>
        <source>Horizon (months)</source>
        <translation>Горизонт (месяцев)</translation>
    </message>
    <message>
        <source>Discount a year</source>
        <translation>Дисконт в год</translation>
    </message>
    <message>
        <source>Time unit</source>
        <translation>Единица времени</translation>
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
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Стандартная ошибка</translation>
    </message>
    <message>
        <source>Touchpoints where customers who are probably gone (P(alive) below %1) answered as detractors, with what those customers would be worth if won back.</source>
        <translation>Точки контакта, где клиенты, которые, вероятно, ушли (P(alive) ниже %1), отвечали как критики, и сколько эти клиенты принесли бы, если их вернуть.</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>CLV if retained</source>
        <translation>CLV при удержании</translation>
    </message>
    <message>
        <source>Select These Cards on the Map</source>
        <translation>Выделить эти карточки на карте</translation>
    </message>
    <message>
        <source>Change Lifetime Value Model</source>
        <translation>Изменение модели пожизненной ценности</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 customers, %3 of whom bought again, from %4 to %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: клиентов — %2, из них повторно купили %3, с %4 по %5.</translation>
    </message>
    <message numerus="yes">
        <source>Lifetime value over the next %n month(s): &lt;b&gt;%1&lt;/b&gt; in all, %2 per customer on average.</source>
        <translation>
            <numerusform>Пожизненная ценность за следующий %n месяц: всего &lt;b&gt;%1&lt;/b&gt;, в среднем %2 на клиента.</numerusform>
            <numerusform>Пожизненная ценность за следующие %n месяца: всего &lt;b&gt;%1&lt;/b&gt;, в среднем %2 на клиента.</numerusform>
            <numerusform>Пожизненная ценность за следующие %n месяцев: всего &lt;b&gt;%1&lt;/b&gt;, в среднем %2 на клиента.</numerusform>
        </translation>
    </message>
    <message>
        <source>On average a customer is still buying with a probability of %1; &lt;b&gt;%2&lt;/b&gt; valuable customers are probably gone (at risk), worth %3 if won back.</source>
        <translation>В среднем клиент продолжает покупать с вероятностью %1; ценных клиентов, которые, вероятно, ушли (под угрозой): &lt;b&gt;%2&lt;/b&gt;, если их вернуть, они принесут %3.</translation>
    </message>
    <message>
        <source>%1 fits these purchases better (log-likelihood %2 against %3).</source>
        <translation>%1 лучше описывает эти покупки (логарифм правдоподобия %2 против %3).</translation>
    </message>
    <message>
        <source>Rows: %1 used before the calibration end, %2 after it (the holdout); %3 returns or refunds (negative amounts) left out; %4 worth 0 and %5 repeated rows kept; %6 customers first bought after the calibration end and are not modelled.</source>
        <translation>Строки: %1 использовано до конца калибровки, %2 — после него (контрольная выборка); %3 возвратов (отрицательные суммы) не учтено; %4 с суммой 0 и %5 повторяющихся строк сохранено; %6 клиентов впервые купили после конца калибровки и не моделируются.</translation>
    </message>
    <message>
        <source>log-likelihood</source>
        <translation>логарифм правдоподобия</translation>
    </message>
    <message numerus="yes">
        <source>Gamma-Gamma spend (%n repeat buyer(s))</source>
        <translation>
            <numerusform>Расходы Gamma-Gamma (%n повторный покупатель)</numerusform>
            <numerusform>Расходы Gamma-Gamma (%n повторных покупателя)</numerusform>
            <numerusform>Расходы Gamma-Gamma (%n повторных покупателей)</numerusform>
        </translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>No NPS answer</source>
        <translation>Нет ответа NPS</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Сегмент: %1</translation>
    </message>
    <message>
        <source>At risk: P(alive) below %1 and, if retained, worth at least %2 (the top quarter of customers).</source>
        <translation>Под угрозой: P(alive) ниже %1 и CLV при удержании не менее %2 (верхняя четверть клиентов).</translation>
    </message>
    <message>
        <source>%1 (no card has this data key)</source>
        <translation>%1 (ни у одной карточки нет такого ключа данных)</translation>
    </message>
    <message>
        <source>Import NPS answers with customer ids to see where leaving customers were detractors.</source>
        <translation>Импортируйте ответы NPS с идентификаторами клиентов, чтобы увидеть, где уходящие клиенты были критиками.</translation>
    </message>
    <message>
        <source>Holdout after the calibration end: %1 repeat purchases happened, the model expected %2 (%3).</source>
        <translation>Контрольная выборка после конца калибровки: совершено повторных покупок — %1, модель ожидала %2 (%3).</translation>
    </message>
    <message>
        <source>No holdout: set a calibration end before the last purchase to check the forecast against what happened.</source>
        <translation>Контрольной выборки нет: задайте конец калибровки раньше последней покупки, чтобы сравнить прогноз с тем, что произошло.</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers… The NPS categories appear here when they are read.</source>
        <translation>Читаем %L1 ответов опроса… Категории NPS появятся здесь, как только ответы будут прочитаны.</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value model to %L1 customers…</source>
        <translation>Модель пожизненной ценности подбирается по данным клиентов (%L1)…</translation>
    </message>
</context>
<context>
    <name>waymark::LinkedJourneyField</name>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Link a journey file that details this step (a sub-journey)</source>
        <translation>Связать с файлом пути, который детализирует этот шаг (вложенный путь)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the linked journey</source>
        <translation>Открыть связанный путь</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the link (the linked file stays)</source>
        <translation>Удалить ссылку (связанный файл останется)</translation>
    </message>
    <message>
        <source>None: link a journey that details this step.</source>
        <translation>Нет: свяжите путь, который детализирует этот шаг.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n card(s), customer time %3</source>
        <translation>
            <numerusform>%1 (%2): %n карточка, время клиента %3</numerusform>
            <numerusform>%1 (%2): %n карточки, время клиента %3</numerusform>
            <numerusform>%1 (%2): %n карточек, время клиента %3</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS %1 ± %2</source>
        <translation>NPS %1 ± %2</translation>
    </message>
    <message>
        <source>Cannot follow the link: %1</source>
        <translation>Не удаётся перейти по ссылке: %1</translation>
    </message>
    <message>
        <source>Link a Journey</source>
        <translation>Связать путь</translation>
    </message>
    <message>
        <source>Save this journey first: the link is kept relative to its folder, so the folder can move.</source>
        <translation>Сначала сохраните этот путь: ссылка хранится относительно его папки, чтобы папку можно было перемещать.</translation>
    </message>
    <message>
        <source>Journeys (*.waymark *.waymark.json)</source>
        <translation>Пути (*.waymark *.waymark.json)</translation>
    </message>
    <message>
        <source>A card cannot link to the journey it is on.</source>
        <translation>Карточка не может ссылаться на путь, в котором находится.</translation>
    </message>
</context>
<context>
    <name>waymark::LockControls</name>
    <message>
        <source>Lock &amp;Lane</source>
        <translation>Заблокировать &amp;дорожку</translation>
    </message>
    <message>
        <source>Lock &amp;Stage</source>
        <translation>Заблокировать &amp;этап</translation>
    </message>
    <message>
        <source>&amp;Freeze the Board</source>
        <translation>&amp;Заморозить доску</translation>
    </message>
    <message>
        <source>Only the facilitator locks lanes and stages and freezes the board</source>
        <translation>Блокировать дорожки и этапы и замораживать доску может только фасилитатор</translation>
    </message>
    <message>
        <source>Click a cell first: the lock is for its lane or stage</source>
        <translation>Сначала щёлкните ячейку: блокируется её дорожка или этап</translation>
    </message>
    <message>
        <source>Unlock “%1”</source>
        <translation>Снять блокировку с «%1»</translation>
    </message>
    <message>
        <source>Only the facilitators and the lane's department may change the cards in “%1”</source>
        <translation>Карточки в «%1» смогут менять только фасилитаторы и отдел дорожки</translation>
    </message>
    <message>
        <source>You are a facilitator: you may change them.</source>
        <translation>Вы фасилитатор: вам можно их менять.</translation>
    </message>
    <message>
        <source>Freeze the Board</source>
        <translation>Заморозить доску</translation>
    </message>
    <message>
        <source>Lock Lane</source>
        <translation>Заблокировать дорожку</translation>
    </message>
    <message>
        <source>Lock Stage</source>
        <translation>Заблокировать этап</translation>
    </message>
    <message>
        <source>Why? Everyone sees it (you may leave it empty):</source>
        <translation>Почему? Это увидят все (можно оставить пустым):</translation>
    </message>
    <message>
        <source>Not locked: %1</source>
        <translation>Не заблокировано: %1</translation>
    </message>
    <message>
        <source>%1 froze the board.</source>
        <translation>%1 заморозил(а) доску.</translation>
    </message>
    <message>
        <source>%1 unfroze the board.</source>
        <translation>%1 разморозил(а) доску.</translation>
    </message>
    <message>
        <source>%1 locked the lane “%2”.</source>
        <translation>%1 заблокировал(а) дорожку «%2».</translation>
    </message>
    <message>
        <source>%1 unlocked the lane “%2”.</source>
        <translation>%1 снял(а) блокировку с дорожки «%2».</translation>
    </message>
    <message>
        <source>%1 locked the stage “%2”.</source>
        <translation>%1 заблокировал(а) этап «%2».</translation>
    </message>
    <message>
        <source>%1 unlocked the stage “%2”.</source>
        <translation>%1 снял(а) блокировку с этапа «%2».</translation>
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
        <translation>Заблокировано: %1%2</translation>
    </message>
    <message>
        <source>Only facilitators may change the board while it is frozen.</source>
        <translation>Пока доска заморожена, менять её могут только фасилитаторы.</translation>
    </message>
    <message>
        <source>Only facilitators and the lane's department may change the cards here.</source>
        <translation>Карточки здесь могут менять только фасилитаторы и отдел этой дорожки.</translation>
    </message>
</context>
<context>
    <name>waymark::MainWindow</name>
    <message>
        <source>Waymark journeys (*.waymark)</source>
        <translation>Пути Waymark (*.waymark)</translation>
    </message>
    <message>
        <source>Waymark JSON (*.waymark.json *.json)</source>
        <translation>Waymark JSON (*.waymark.json *.json)</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Новый путь</translation>
    </message>
    <message>
        <source>Aware</source>
        <translation>Узнаёт</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Подключается</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Пользуется</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Уходит</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Действия клиента</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Точки контакта</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Бэк-офис</translation>
    </message>
    <message>
        <source>Double-click to edit the title, scenario and persona</source>
        <translation>Дважды щёлкните, чтобы изменить название, сценарий и персону</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Новое &amp;окно</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Последние &amp;файлы</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Импорт JSON…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Экспорт JSON…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>П&amp;уть</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Waymark</source>
        <translation>&amp;О Waymark</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>%1[*] — Waymark</source>
        <translation>%1[*] — Waymark</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>Персоны: %1</translation>
    </message>
    <message>
        <source>Could not open the journey</source>
        <translation>Не удалось открыть путь</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Открыт %1</translation>
    </message>
    <message>
        <source>Could not save the journey</source>
        <translation>Не удалось сохранить путь</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Open journey</source>
        <translation>Открыть путь</translation>
    </message>
    <message>
        <source>Save journey as</source>
        <translation>Сохранить путь как</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>Импорт JSON</translation>
    </message>
    <message>
        <source>Could not import the journey</source>
        <translation>Не удалось импортировать путь</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Экспорт JSON</translation>
    </message>
    <message>
        <source>Could not export the journey</source>
        <translation>Не удалось экспортировать путь</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <source>About Waymark</source>
        <translation>О Waymark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;Customer journey maps for workshops: map the journey together, see where it hurts the customer, and put numbers on it.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;Карты пути клиента для воркшопов: составьте путь вместе, увидьте, где клиенту больно, и подкрепите это цифрами.&lt;/p&gt;&lt;p&gt;Создано на Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Файл не найден</translation>
    </message>
    <message>
        <source>%1 no longer exists. It was removed from the recent files.</source>
        <translation>%1 больше не существует. Файл убран из списка последних.</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>В «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Путь без названия</translation>
    </message>
    <message>
        <source>Waymark closed without saving changes to the journey “%1”, which had never been saved to a file.
The changes were kept at %2.

Recover them?</source>
        <translation>Waymark закрылся, не сохранив изменения пути «%1», который ещё ни разу не сохранялся в файл.
Изменения сохранены в %2.

Восстановить их?</translation>
    </message>
    <message>
        <source>Waymark closed without saving changes to the journey “%1” in %2.
The changes were kept at %3.

Recover them?</source>
        <translation>Waymark закрылся, не сохранив изменения пути «%1» в %2.
Изменения сохранены в %3.

Восстановить их?</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Восстановить несохранённые изменения?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Could not recover the journey</source>
        <translation>Не удалось восстановить путь</translation>
    </message>
    <message>
        <source>Show &amp;CLV at Risk on the Map</source>
        <translation>Показывать &amp;CLV под угрозой на карте</translation>
    </message>
    <message>
        <source>On each card, the lifetime value of the customers who were detractors there (needs NPS and CLV data)</source>
        <translation>На каждой карточке — пожизненная ценность клиентов, которые были здесь критиками (нужны данные NPS и CLV)</translation>
    </message>
    <message>
        <source>No card has the data key “%1”.</source>
        <translation>Ни у одной карточки нет ключа данных «%1».</translation>
    </message>
    <message>
        <source>Import Customer Lifetime Values</source>
        <translation>Импорт пожизненной ценности клиентов</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) from %1</source>
        <translation>
            <numerusform>Импортирована %Ln строка из %1</numerusform>
            <numerusform>Импортированы %Ln строки из %1</numerusform>
            <numerusform>Импортировано %Ln строк из %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;Image (PNG, SVG)…</source>
        <translation>Экспорт &amp;изображения (PNG, SVG)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>П&amp;редпросмотр печати…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s)</source>
        <translation>
            <numerusform>Экспортирована %Ln страница</numerusform>
            <numerusform>Экспортированы %Ln страницы</numerusform>
            <numerusform>Экспортировано %Ln страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Экспорт изображения</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Scale (1 = as on screen at 100 %, 2 = sharp on slides, 3.1 = 300 dpi print; at most %1):</source>
        <translation>Масштаб (1 — как на экране при 100 %, 2 — чётко на слайдах, 3,1 — печать 300 dpi; не более %1):</translation>
    </message>
    <message>
        <source>The new language applies when you start Waymark again.</source>
        <translation>Новый язык вступит в силу при следующем запуске Waymark.</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Workshop</source>
        <translation>Открыть &amp;пример воркшопа</translation>
    </message>
    <message>
        <source>Could not open the sample workshop</source>
        <translation>Не удалось открыть пример воркшопа</translation>
    </message>
    <message>
        <source>%1[*] (review) — Waymark</source>
        <translation>%1[*] (рецензирование) — Waymark</translation>
    </message>
    <message>
        <source>Review mode: the map is read-only; add comments in the Comments dock. Open the file normally to change the map.</source>
        <translation>Режим рецензирования: карта доступна только для чтения; комментарии добавляйте на панели «Комментарии». Чтобы изменить карту, откройте файл обычным способом.</translation>
    </message>
    <message>
        <source>Open for Re&amp;view…</source>
        <translation>Открыть для ре&amp;цензирования…</translation>
    </message>
    <message>
        <source>Open journey for review</source>
        <translation>Открыть путь для рецензирования</translation>
    </message>
    <message>
        <source>Waymark journeys (*.waymark *.waymark.json)</source>
        <translation>Пути Waymark (*.waymark *.waymark.json)</translation>
    </message>
    <message>
        <source>Read a workshop's result and comment on it without changing the map</source>
        <translation>Прочитать результат воркшопа и прокомментировать его, не изменяя карту</translation>
    </message>
    <message>
        <source>Compare with &amp;Earlier Version…</source>
        <translation>Сравнить с пре&amp;жней версией…</translation>
    </message>
    <message>
        <source>Review mode: “%1” was not done; the map is read-only. Comments are welcome.</source>
        <translation>Режим рецензирования: действие «%1» не выполнено — карта доступна только для чтения. Комментарии приветствуются.</translation>
    </message>
    <message>
        <source>Compare with an earlier version</source>
        <translation>Сравнить с прежней версией</translation>
    </message>
    <message>
        <source>Could not read the earlier version</source>
        <translation>Не удалось прочитать прежнюю версию</translation>
    </message>
    <message>
        <source>%1 holds a different journey: every card shows as added or removed.</source>
        <translation>В %1 другой путь: все карточки показаны как добавленные или удалённые.</translation>
    </message>
    <message>
        <source>There is no participant %1: add people in the Workshop dock.</source>
        <translation>Участника %1 нет: добавьте людей на панели «Воркшоп».</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Презентация</translation>
    </message>
    <message>
        <source>Full screen, stage by stage (Page Down / Page Up), for the projector; Esc leaves</source>
        <translation>Во весь экран, этап за этапом (Page Down / Page Up), для проектора; Esc — выход</translation>
    </message>
    <message>
        <source>Show Survey &amp;Figures on the Map</source>
        <translation>Показывать результаты &amp;опросов на карте</translation>
    </message>
    <message>
        <source>Badges on cards and stages from the newest dataset of the chosen metric (grey and hatched for small samples)</source>
        <translation>Значки на карточках и этапах по последнему набору данных выбранной метрики (серые и заштрихованные при малой выборке)</translation>
    </message>
    <message>
        <source>Figures on the &amp;Map</source>
        <translation>Показатели на &amp;карте</translation>
    </message>
    <message>
        <source>Import Survey Answers</source>
        <translation>Импорт ответов на опросы</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.json *.ndjson *.xlsx);;All files (*)</source>
        <translation>Файлы данных (*.csv *.tsv *.txt *.json *.ndjson *.xlsx);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s) created from the vote: fill in their costs and effects in the Opportunities dock.</source>
        <translation>
            <numerusform>По итогам голосования создана %n возможность: заполните затраты и эффекты на панели «Возможности».</numerusform>
            <numerusform>По итогам голосования созданы %n возможности: заполните затраты и эффекты на панели «Возможности».</numerusform>
            <numerusform>По итогам голосования создано %n возможностей: заполните затраты и эффекты на панели «Возможности».</numerusform>
        </translation>
    </message>
    <message>
        <source>New Opport&amp;unity…</source>
        <translation>Новая воз&amp;можность…</translation>
    </message>
    <message>
        <source>An improvement for the business case: what it costs and what it changes on the map</source>
        <translation>Улучшение для бизнес-кейса: сколько оно стоит и что меняет на карте</translation>
    </message>
    <message>
        <source>&amp;Business Settings…</source>
        <translation>&amp;Бизнес-параметры…</translation>
    </message>
    <message>
        <source>Customers per year, value of the customer's hour, cost per contact, horizon and discount rate</source>
        <translation>Клиенты в год, стоимость часа клиента, стоимость контакта, горизонт и ставка дисконтирования</translation>
    </message>
    <message>
        <source>Review mode: opportunities cannot be added; the journey is read-only.</source>
        <translation>Режим рецензирования: добавлять возможности нельзя, путь доступен только для чтения.</translation>
    </message>
    <message>
        <source>These cards are not on today's map: only today's cards can be linked to an opportunity.</source>
        <translation>Этих карточек нет на текущей карте: с возможностью можно связать только карточки текущего состояния.</translation>
    </message>
    <message>
        <source>Journey &amp;State</source>
        <translation>&amp;Состояние пути</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>The journey as customers live it today</source>
        <translation>Путь, каким клиенты проходят его сегодня</translation>
    </message>
    <message>
        <source>Ctrl+Alt+1</source>
        <translation>Ctrl+Alt+1</translation>
    </message>
    <message>
        <source>&amp;Future</source>
        <translation>&amp;Целевое состояние</translation>
    </message>
    <message>
        <source>The journey with the chosen scenario's opportunities applied</source>
        <translation>Путь с применёнными возможностями выбранного сценария</translation>
    </message>
    <message>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <source>&amp;Compare Today and Future</source>
        <translation>С&amp;равнить сегодня и целевое состояние</translation>
    </message>
    <message>
        <source>The future map with what changes marked: effort today on changed cards, removed and new steps</source>
        <translation>Целевая карта с отмеченными изменениями: текущие усилия на изменённых карточках, удалённые и новые шаги</translation>
    </message>
    <message>
        <source>Ctrl+Alt+3</source>
        <translation>Ctrl+Alt+3</translation>
    </message>
    <message>
        <source>The future state is a preview of the chosen scenario: switch to Today (Ctrl+Alt+1) to edit the map.</source>
        <translation>Целевое состояние — это предпросмотр выбранного сценария: чтобы редактировать карту, переключитесь на «Сегодня» (Ctrl+Alt+1).</translation>
    </message>
    <message>
        <source>every opportunity</source>
        <translation>всех возможностей</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Future state after %1</source>
        <translation>Целевое состояние после %1</translation>
    </message>
    <message>
        <source>Comparing today with the future after %1</source>
        <translation>Сравнение текущего состояния с целевым после %1</translation>
    </message>
    <message>
        <source>A read-only preview. Switch back with View → Journey State → Today (Ctrl+Alt+1).</source>
        <translation>Предпросмотр только для чтения. Вернуться: Вид → Состояние пути → Сегодня (Ctrl+Alt+1).</translation>
    </message>
    <message>
        <source>Reload the journey?</source>
        <translation>Перезагрузить путь?</translation>
    </message>
    <message>
        <source>Reload “%1” from disk? Your changes since the last save are lost.</source>
        <translation>Перезагрузить «%1» с диска? Изменения, внесённые после последнего сохранения, будут потеряны.</translation>
    </message>
    <message>
        <source>“%1” was removed or renamed on disk by another program. Save writes it again. &lt;a href="hide"&gt;Hide&lt;/a&gt;</source>
        <translation>Файл «%1» удалён или переименован другой программой. При сохранении он будет записан заново. &lt;a href="hide"&gt;Скрыть&lt;/a&gt;</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program. &lt;a href="reload"&gt;Reload it&lt;/a&gt; to see those changes (your changes since the last save are lost), or keep working: Save asks before overwriting them. &lt;a href="hide"&gt;Hide&lt;/a&gt;</source>
        <translation>Файл «%1» изменён на диске другой программой. &lt;a href="reload"&gt;Перезагрузите его&lt;/a&gt;, чтобы увидеть эти изменения (ваши изменения после последнего сохранения будут потеряны), или продолжайте работу: при сохранении Waymark спросит, перезаписывать ли чужие изменения. &lt;a href="hide"&gt;Скрыть&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The journey's file was removed on disk.</source>
        <translation>Файл пути удалён с диска.</translation>
    </message>
    <message>
        <source>The journey's file changed on disk.</source>
        <translation>Файл пути изменён на диске.</translation>
    </message>
    <message>
        <source>The file changed on disk</source>
        <translation>Файл изменён на диске</translation>
    </message>
    <message>
        <source>%1

It may hold an import or another person's edits. What should happen?</source>
        <translation>%1

Возможно, в нём импортированные данные или правки другого человека. Что сделать?</translation>
    </message>
    <message>
        <source>Reload: open the file as it is now; your changes since the last save are lost.
Save As: keep both, yours in a new file.
Overwrite: replace the file with yours; the other changes are lost.</source>
        <translation>Перезагрузить: открыть файл в нынешнем виде; ваши изменения после последнего сохранения будут потеряны.
Сохранить как: сохранить обе версии, вашу — в новом файле.
Перезаписать: заменить файл вашей версией; другие изменения будут потеряны.</translation>
    </message>
    <message>
        <source>Reload (Lose My Changes)</source>
        <translation>Перезагрузить (потерять мои изменения)</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Перезаписать</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Данные</translation>
    </message>
    <message>
        <source>Import &amp;Survey…</source>
        <translation>Импорт &amp;опроса…</translation>
    </message>
    <message>
        <source>Survey answers of any metric (NPS, CSAT, CES, audits, eNPS, any number) from CSV, TSV, JSON or Excel</source>
        <translation>Ответы опросов по любой метрике (NPS, CSAT, CES, аудиты, eNPS, любое число) из CSV, TSV, JSON или Excel</translation>
    </message>
    <message>
        <source>Import C&amp;LV…</source>
        <translation>Импорт C&amp;LV…</translation>
    </message>
    <message>
        <source>Customer lifetime values from CSV, TSV, JSON or Excel</source>
        <translation>Пожизненная ценность клиентов из CSV, TSV, JSON или Excel</translation>
    </message>
    <message>
        <source>&amp;Goals…</source>
        <translation>&amp;Цели…</translation>
    </message>
    <message>
        <source>Goals per segment and a benchmark for the metric the data dock shows</source>
        <translation>Цели по сегментам и бенчмарк для метрики, которую показывает панель данных</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Открыть &amp;папку…</translation>
    </message>
    <message>
        <source>Every journey of a folder at a glance: owner, NPS, CLV at risk, opportunities</source>
        <translation>Все пути папки с первого взгляда: ответственный, NPS, CLV под угрозой, возможности</translation>
    </message>
    <message>
        <source>Import Purchases</source>
        <translation>Импорт покупок</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; Waymark imports purchase files of at most %3 MiB.</source>
        <translation>Размер %1 — %2 MiB; Waymark импортирует файлы покупок размером не более %3 MiB.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>Не удаётся импортировать %1: %2</translation>
    </message>
    <message>
        <source>%1 purchases of %2 customers will be imported from %3.</source>
        <translation>Из %3 будет импортировано покупок: %1, клиентов: %2.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read and will be left out (see Details).</source>
        <translation>
            <numerusform>%n строку не удаётся прочитать, она будет пропущена (см. подробности).</numerusform>
            <numerusform>%n строки не удаётся прочитать, они будут пропущены (см. подробности).</numerusform>
            <numerusform>%n строк не удаётся прочитать, они будут пропущены (см. подробности).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln purchase(s) from %1</source>
        <translation>
            <numerusform>Импортирована %Ln покупка из %1</numerusform>
            <numerusform>Импортировано %Ln покупки из %1</numerusform>
            <numerusform>Импортировано %Ln покупок из %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;Purchases…</source>
        <translation>Импорт &amp;покупок…</translation>
    </message>
    <message>
        <source>Purchases (customer, date, amount) for the lifetime value and churn model</source>
        <translation>Покупки (клиент, дата, сумма) для модели пожизненной ценности и оттока</translation>
    </message>
    <message>
        <source>Lifetime &amp;Value and Churn…</source>
        <translation>Пожизненная ценность и о&amp;тток…</translation>
    </message>
    <message>
        <source>Each customer's lifetime value and the chance they are still buying, modelled from purchases</source>
        <translation>Пожизненная ценность каждого клиента и вероятность того, что он всё ещё покупает, по модели на основе покупок</translation>
    </message>
    <message>
        <source>Open a Folder of Journeys</source>
        <translation>Открыть папку с путями</translation>
    </message>
    <message>
        <source>No card's comments use this term distinctly often.</source>
        <translation>Ни в одной карточке комментарии не используют этот термин заметно чаще.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) selected where customers use this term distinctly often.</source>
        <translation>
            <numerusform>Выделена %n карточка, где клиенты заметно чаще используют этот термин.</numerusform>
            <numerusform>Выделено %n карточки, где клиенты заметно чаще используют этот термин.</numerusform>
            <numerusform>Выделено %n карточек, где клиенты заметно чаще используют этот термин.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Co&amp;mments</source>
        <translation>Показать ко&amp;мментарии</translation>
    </message>
    <message>
        <source>What the customers who answered at this card wrote, and the words that set it apart</source>
        <translation>Что написали клиенты, ответившие в этой карточке, и слова, которые её выделяют</translation>
    </message>
    <message>
        <source>Show Top &amp;Complaint on Cards</source>
        <translation>Показывать главную &amp;жалобу на карточках</translation>
    </message>
    <message>
        <source>On each card, the word its detractors' comments use most distinctly</source>
        <translation>На каждой карточке — слово, которое критики используют в комментариях заметно чаще всего</translation>
    </message>
    <message>
        <source>The words that set a card's, stage's or segment's comments apart, and the sentences behind them</source>
        <translation>Слова, отличающие комментарии карточки, этапа или сегмента, и фразы, в которых они встречаются</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Создать из &amp;шаблона…</translation>
    </message>
    <message>
        <source>Save as Te&amp;mplate…</source>
        <translation>Сохранить как ша&amp;блон…</translation>
    </message>
    <message>
        <source>Could not create a journey from the template</source>
        <translation>Не удалось создать путь из шаблона</translation>
    </message>
    <message>
        <source>A new journey from the template "%1": rename, add and remove anything, then save it.</source>
        <translation>Новый путь по шаблону «%1»: переименовывайте, добавляйте и удаляйте что угодно, затем сохраните его.</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Сохранить как шаблон</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Название шаблона:</translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation>Не удалось сохранить шаблон</translation>
    </message>
    <message>
        <source>Saved the template "%1" without survey data, votes, comments or the business case (%2); File → New from Template… offers it.</source>
        <translation>Шаблон «%1» сохранён без данных опросов, голосований, комментариев и бизнес-кейса (%2); он доступен в меню Файл → Создать из шаблона…</translation>
    </message>
    <message>
        <source>Edit the selected card's effort, department and notes; Escape goes back to the map</source>
        <translation>Изменить усилия, отдел и заметки выделенной карточки; Esc возвращает на карту</translation>
    </message>
    <message>
        <source>Card Pr&amp;operties</source>
        <translation>Сво&amp;йства карточки</translation>
    </message>
    <message>
        <source>Show &amp;Evidence on the Map</source>
        <translation>Показать основани&amp;я на карте</translation>
    </message>
    <message>
        <source>A mark on each card: what it rests on — an assumption, workshop knowledge, research or measured data (%1 answers or more to its data key)</source>
        <translation>Значок на каждой карточке: на чём она основана — предположение, знания участников воркшопа, исследование или измеренные данные (не менее %1 ответов по её ключу данных)</translation>
    </message>
    <message>
        <source>%1[*] — shared on %2 — Waymark</source>
        <translation>%1[*] — общий путь на %2 — Waymark</translation>
    </message>
    <message>
        <source>P&amp;ublish to Server…</source>
        <translation>Оп&amp;убликовать на сервере…</translation>
    </message>
    <message>
        <source>Put this journey on your company's PostgreSQL server so that everyone edits it live</source>
        <translation>Разместить путь на сервере PostgreSQL вашей компании, чтобы все редактировали его одновременно</translation>
    </message>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation>Открыть с с&amp;ервера…</translation>
    </message>
    <message>
        <source>Open a journey shared on a PostgreSQL server and edit it live with the others</source>
        <translation>Открыть путь с сервера PostgreSQL и редактировать его вместе с другими</translation>
    </message>
    <message>
        <source>Published to %1: this window now shows the shared journey, and every change goes to the server. Others open it with File → Open from Server….</source>
        <translation>Опубликовано на %1: теперь в этом окне открыт общий путь, и каждое изменение уходит на сервер. Другие откроют его через Файл → Открыть с сервера….</translation>
    </message>
    <message>
        <source>Opened “%1” from %2.</source>
        <translation>Открыт «%1» с %2.</translation>
    </message>
    <message>
        <source>Could not open the shared journey</source>
        <translation>Не удалось открыть общий путь</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL URL: %2
Write it as postgresql://HOST[:PORT]/DATABASE.</source>
        <translation>«%1» — не адрес PostgreSQL: %2
Запишите его как postgresql://ХОСТ[:ПОРТ]/БАЗА.</translation>
    </message>
    <message>
        <source>“%1” is not a journey id. `waymark server list %2` shows the journeys there and their ids.</source>
        <translation>«%1» — не идентификатор пути. `waymark server list %2` покажет пути на сервере и их идентификаторы.</translation>
    </message>
    <message numerus="yes">
        <source>Connection to %1 lost — trying again in %n s</source>
        <translation>
            <numerusform>Связь с %1 потеряна — повтор через %n с</numerusform>
            <numerusform>Связь с %1 потеряна — повтор через %n с</numerusform>
            <numerusform>Связь с %1 потеряна — повтор через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 again; the changes made meanwhile are on the map.</source>
        <translation>Снова подключено к %1; изменения, сделанные за это время, уже на карте.</translation>
    </message>
    <message>
        <source>● Shared on %1</source>
        <translation>● Общий путь на %1</translation>
    </message>
    <message>
        <source>Every change goes to the server and reaches everyone who has the journey open.
You: %1 — %2</source>
        <translation>Каждое изменение уходит на сервер и доходит до всех, у кого открыт этот путь.
Вы: %1 — %2</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Не отменено: %1</translation>
    </message>
    <message>
        <source>Save a copy of the shared journey</source>
        <translation>Сохранить копию общего пути</translation>
    </message>
    <message>
        <source>Waymark journeys (*.waymark);;Waymark JSON (*.waymark.json *.json)</source>
        <translation>Пути Waymark (*.waymark);;Waymark JSON (*.waymark.json *.json)</translation>
    </message>
    <message>
        <source>Saved a copy to %1; the journey stays shared on %2.</source>
        <translation>Копия сохранена в %1; путь остаётся общим на %2.</translation>
    </message>
    <message>
        <source>The card's pictures, large: photos of the wall, screenshots, letters</source>
        <translation>Изображения карточки крупно: фото стены, снимки экрана, письма</translation>
    </message>
    <message>
        <source>Attach pictures from files to the selected card (or paste one with Ctrl+V, or drop files on it)</source>
        <translation>Прикрепить изображения из файлов к выбранной карточке (или вставьте изображение через Ctrl+V, или перетащите файлы на карточку)</translation>
    </message>
    <message>
        <source>Show P&amp;ictures</source>
        <translation>Показать &amp;изображения</translation>
    </message>
    <message>
        <source>&amp;Add Pictures…</source>
        <translation>&amp;Добавить изображения…</translation>
    </message>
    <message>
        <source>&amp;Refresh from Server</source>
        <translation>Об&amp;новить с сервера</translation>
    </message>
    <message>
        <source>Count the answers of the datasets that stay in PostgreSQL anew (waymark import … postgresql://…)</source>
        <translation>Заново подсчитать ответы наборов данных, которые хранятся в PostgreSQL (waymark import … postgresql://…)</translation>
    </message>
    <message>
        <source>This journey has no data from a server to refresh.</source>
        <translation>В этом пути нет данных с сервера, которые можно обновить.</translation>
    </message>
    <message numerus="yes">
        <source>Counting %n dataset(s) on the server…</source>
        <translation>
            <numerusform>Подсчёт %n набора данных на сервере…</numerusform>
            <numerusform>Подсчёт %n наборов данных на сервере…</numerusform>
            <numerusform>Подсчёт %n наборов данных на сервере…</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh data from the server</source>
        <translation>Обновить данные с сервера</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) refreshed from the server.</source>
        <translation>
            <numerusform>С сервера обновлён %n набор данных.</numerusform>
            <numerusform>С сервера обновлено %n набора данных.</numerusform>
            <numerusform>С сервера обновлено %n наборов данных.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh from Server</source>
        <translation>Обновление с сервера</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Keep working: your changes are kept on this laptop and sent when the connection is back.</source>
        <translation>Связь с сервером потеряна. Продолжайте работать: изменения хранятся на этом ноутбуке и уйдут на сервер, когда связь вернётся.</translation>
    </message>
    <message numerus="yes">
        <source>● %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>● %n изменение ждёт отправки</numerusform>
            <numerusform>● %n изменения ждут отправки</numerusform>
            <numerusform>● %n изменений ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept on this laptop until the server takes them.</source>
        <translation>Хранятся на этом ноутбуке, пока сервер их не примет.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n change(s) kept on this laptop</source>
        <translation>
            <numerusform>%1 — %n изменение хранится на этом ноутбуке</numerusform>
            <numerusform>%1 — %n изменения хранятся на этом ноутбуке</numerusform>
            <numerusform>%1 — %n изменений хранятся на этом ноутбуке</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открывается %1…</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Экспорт %1…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Сохраняется %1…</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>this computer (%1)</source>
        <translation>этот компьютер (%1)</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>ваше имя для входа в систему</translation>
    </message>
    <message>
        <source>a query (Show Details)</source>
        <translation>запрос (см. «Показать подробности»)</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>таблица %1</translation>
    </message>
    <message>
        <source>• “%1”: %2
   server %3, database %4, as %5</source>
        <translation>• «%1»: %2
   сервер %3, база данных %4, пользователь %5</translation>
    </message>
    <message>
        <source>“%1”:</source>
        <translation>«%1»:</translation>
    </message>
    <message>
        <source>Read data from a server this journey names?</source>
        <translation>Прочитать данные с сервера, указанного в этой карте пути?</translation>
    </message>
    <message>
        <source>Waymark connects as you, with your password from ~/.pgpass, reads only, and keeps the counts in this journey. Connect only if you know where this file comes from.</source>
        <translation>Waymark подключится от вашего имени, с вашим паролем из ~/.pgpass, будет только читать и сохранит подсчёты в этой карте пути. Подключайтесь, только если знаете, откуда этот файл.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <source>Mem&amp;bers…</source>
        <translation>Состав о&amp;тделов…</translation>
    </message>
    <message>
        <source>Who belongs to which department of the shared journey: they may still change their lanes while locked</source>
        <translation>Кто в каком отделе общего пути: они могут менять дорожки своего отдела и во время блокировки</translation>
    </message>
    <message>
        <source>Only for a journey shared on a server</source>
        <translation>Только для пути, общего через сервер</translation>
    </message>
    <message>
        <source>The members are saved on %1.</source>
        <translation>Состав отделов сохранён на %1.</translation>
    </message>
    <message>
        <source>%1 changed who belongs to which department.</source>
        <translation>%1 изменил(а) состав отделов.</translation>
    </message>
    <message>
        <source>Read-only: only facilitators change the members</source>
        <translation>Только просмотр: состав отделов меняют фасилитаторы</translation>
    </message>
    <message>
        <source>%1[*] — offline copy of the journey shared on %2 — Waymark</source>
        <translation>%1[*] — копия без связи пути, общего на %2 — Waymark</translation>
    </message>
    <message>
        <source>All survey answers read</source>
        <translation>Все ответы опроса прочитаны</translation>
    </message>
    <message>
        <source>Survey answers of “%1”</source>
        <translation>Ответы опроса «%1»</translation>
    </message>
    <message>
        <source>%1

It cannot be opened offline either: %2</source>
        <translation>%1

Открыть его без связи тоже нельзя: %2</translation>
    </message>
    <message numerus="yes">
        <source>Offline: this laptop's copy of %1 — trying the server again in %n s</source>
        <translation>
            <numerusform>Без связи: копия с этого ноутбука от %1 — новая попытка связаться с сервером через %n с</numerusform>
            <numerusform>Без связи: копия с этого ноутбука от %1 — новая попытка связаться с сервером через %n с</numerusform>
            <numerusform>Без связи: копия с этого ноутбука от %1 — новая попытка связаться с сервером через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not answer: this is the copy of the journey this laptop held. Keep working: your changes are kept here and sent when the server answers.</source>
        <translation>%1 не отвечает: это копия пути, сохранённая на этом ноутбуке. Продолжайте работать: изменения хранятся здесь и уйдут на сервер, когда он ответит.</translation>
    </message>
    <message>
        <source>Not redone: %1</source>
        <translation>Не повторено: %1</translation>
    </message>
    <message>
        <source>Makes your newest undone change again on the server, unless someone changed that thing since</source>
        <translation>Снова вносит на сервер ваше последнее отменённое изменение, если только никто не изменил то же самое после отмены</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers before saving…</source>
        <translation>Перед сохранением читаем %L1 ответов опроса…</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers the PDF needs…</source>
        <translation>Читаем %L1 ответов опроса, нужных для PDF…</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers the image needs…</source>
        <translation>Читаем %L1 ответов опроса, нужных для изображения…</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers printing needs…</source>
        <translation>Читаем %L1 ответов опроса, нужных для печати…</translation>
    </message>
    <message>
        <source>Takes back your own newest change on the server (a card, a lock, a vote, a comment, a dot placed or taken back), or while offline the newest one still waiting to be sent; others' changes stay</source>
        <translation>Отменяет ваше последнее изменение на сервере (карточка, блокировка, голосование, комментарий, поставленная или снятая точка), а без связи — последнее ещё не отправленное; изменения других остаются</translation>
    </message>
    <message>
        <source>Reading %L1 survey answers in the background (%2 %); the survey figures on the map are already complete, CLV at risk and comments follow…</source>
        <translation>Читаем %L1 ответов опроса в фоне (%2 %); показатели опроса на карте уже полные, CLV под угрозой и комментарии появятся следом…</translation>
    </message>
</context>
<context>
    <name>waymark::MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation>Легенда карты</translation>
    </message>
    <message>
        <source>Fold or unfold the legend (View → Show Legend hides it)</source>
        <translation>Свернуть или развернуть легенду (скрыть её: Вид → Показать легенду)</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation>Показать &amp;легенду</translation>
    </message>
    <message>
        <source>Explain the marks on the map in a corner of the canvas</source>
        <translation>Пояснение обозначений карты в углу холста</translation>
    </message>
    <message>
        <source>Moment of truth: the customer decides here whether to stay.</source>
        <translation>Момент истины: здесь клиент решает, остаться ли.</translation>
    </message>
    <message>
        <source>Pain point: this step hurts the customer.</source>
        <translation>Болевая точка: этот шаг доставляет клиенту неудобства.</translation>
    </message>
    <message>
        <source>Coloured left bar: the department that owns the step.</source>
        <translation>Цветная полоса слева: отдел, отвечающий за шаг.</translation>
    </message>
    <message>
        <source>Numbered circle: the customer's negative emotion, 0 (calm, green) to 10 (upset, red).</source>
        <translation>Круг с числом: негативные эмоции клиента, от 0 (спокойствие, зелёный) до 10 (раздражение, красный).</translation>
    </message>
    <message>
        <source>Effort: the time (blue) and money (green) the step costs the customer.</source>
        <translation>Усилия: время (синим) и деньги (зелёным), которых шаг стоит клиенту.</translation>
    </message>
    <message>
        <source>Survey figure for the card or stage, ± its 95 % margin, n answers: red worst, green best; grey and hatched: too few answers to trust.</source>
        <translation>Результат опроса для карточки или этапа ± 95-процентная погрешность, n ответов: красный — худший, зелёный — лучший; серый со штриховкой — слишком мало ответов для надёжной оценки.</translation>
    </message>
    <message>
        <source>Lifetime value of the customers who were detractors at this card.</source>
        <translation>Пожизненная ценность клиентов, которые были критиками в этой карточке.</translation>
    </message>
    <message>
        <source>Violet ring: a card the open vote is about; click it to place a dot.</source>
        <translation>Фиолетовое кольцо: карточка, по которой идёт голосование; щёлкните её, чтобы поставить точку.</translation>
    </message>
    <message>
        <source>Dots: the vote, in each voter's colour.</source>
        <translation>Точки: голоса, цветом каждого участника.</translation>
    </message>
    <message>
        <source>Dot on a card's corner: who wrote it, in their colour.</source>
        <translation>Точка в углу карточки: автор карточки, его цветом.</translation>
    </message>
    <message>
        <source>Speech bubble: open comment threads on the card.</source>
        <translation>Облачко: открытые обсуждения в карточке.</translation>
    </message>
    <message>
        <source>Heatmap: %1, worst figure red; cards without answers stay white.</source>
        <translation>Тепловая карта: %1, худшее значение — красное; карточки без ответов остаются белыми.</translation>
    </message>
    <message>
        <source>Heatmap: %1, pale to red; the ends are capped so one extreme card does not wash out the rest.</source>
        <translation>Тепловая карта: %1, от бледного к красному; крайние значения ограничены, чтобы одна экстремальная карточка не обесцвечивала остальные.</translation>
    </message>
    <message>
        <source>Hatched: too few answers to trust the colour.</source>
        <translation>Штриховка: слишком мало ответов, чтобы доверять цвету.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Bars: what the card rests on — one an assumption, two workshop knowledge, three research, four measured data (%1 answers or more); dashed: not stated.</source>
        <translation>Столбики: на чём основана карточка — один — предположение, два — знания участников воркшопа, три — исследование, четыре — измеренные данные (не менее %1 ответов); пунктир — не указано.</translation>
    </message>
    <message>
        <source>%1 % of pain points rest on measured data.</source>
        <translation>%1 % болевых точек основаны на измеренных данных.</translation>
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
        <translation>Участник</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Рецензент</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>No Waymark role</source>
        <translation>Нет роли Waymark</translation>
    </message>
    <message>
        <source>Roles are granted by the database's administrator, not here: GRANT %1 TO %2;</source>
        <translation>Роли выдаёт администратор базы данных, не здесь: GRANT %1 TO %2;</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>C&amp;hange Department</source>
        <translation>Сменить о&amp;тдел</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Members of “%1”</source>
        <translation>Состав отделов: «%1»</translation>
    </message>
    <message>
        <source>Who belongs to which department. While a lane is locked, only the facilitators and the members of the lane's department may change its cards.</source>
        <translation>Кто в каком отделе. Пока дорожка заблокирована, её карточки могут менять только фасилитаторы и сотрудники отдела этой дорожки.</translation>
    </message>
    <message>
        <source>Only facilitators change this list (the server's rule “facilitators-lock”); you see it as it is.</source>
        <translation>Этот список меняют только фасилитаторы (правило сервера «facilitators-lock»); здесь он показан как есть.</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Пользователь БД</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Waymark role</source>
        <translation>Роль в Waymark</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>например, alice</translation>
    </message>
    <message>
        <source>Adds the user typed above to the department chosen (Enter)</source>
        <translation>Добавляет введённого пользователя в выбранный отдел (Enter)</translation>
    </message>
    <message>
        <source>Moves the selected member to the department chosen above</source>
        <translation>Переводит выбранного сотрудника в отдел, выбранный выше</translation>
    </message>
    <message>
        <source>Takes the selected members out of their departments (Delete)</source>
        <translation>Убирает выбранных сотрудников из их отделов (Delete)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Writes every change to the server at once (Ctrl+S)</source>
        <translation>Записывает все изменения на сервер разом (Ctrl+S)</translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation>&amp;Пользователь БД:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <source>%1 changed the members just now; the list shows their changes.</source>
        <translation>%1 только что изменил(а) состав отделов; список это уже показывает.</translation>
    </message>
    <message>
        <source>%1 changed the members meanwhile; saving keeps their changes and adds yours.</source>
        <translation>%1 тем временем изменил(а) состав отделов; при сохранении их изменения останутся, а ваши добавятся.</translation>
    </message>
    <message>
        <source>This journey has no departments, so nobody can be a member of one. Departments are added to the journey before it is published (they are not edited live yet).</source>
        <translation>В этом пути нет отделов, так что состоять в них некому. Отделы добавляют в путь до публикации (вживую их пока не редактируют).</translation>
    </message>
    <message>
        <source>The members could not be read: %1</source>
        <translation>Не удалось прочитать состав отделов: %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
    <message>
        <source>not a department of this journey (%1)</source>
        <translation>не отдел этого пути (%1)</translation>
    </message>
    <message>
        <source>Roles are granted by the database's administrator (GRANT waymark_participant TO alice;), not here.</source>
        <translation>Роли выдаёт администратор базы данных (GRANT waymark_participant TO alice;), не здесь.</translation>
    </message>
    <message>
        <source>Not a user of this database yet.</source>
        <translation>Такого пользователя в этой базе данных пока нет.</translation>
    </message>
    <message>
        <source>Type a database user's name first.</source>
        <translation>Сначала введите имя пользователя базы данных.</translation>
    </message>
    <message>
        <source>There is no database user “%1”; did you mean “%2”? (Names are case-sensitive.)</source>
        <translation>Пользователя базы данных «%1» нет; может быть, «%2»? (Регистр букв важен.)</translation>
    </message>
    <message>
        <source>There is no database user “%1” on this server. The database's administrator creates it (CREATE ROLE %1 LOGIN IN ROLE waymark_participant;).</source>
        <translation>На этом сервере нет пользователя базы данных «%1». Его создаёт администратор базы данных (CREATE ROLE %1 LOGIN IN ROLE waymark_participant;).</translation>
    </message>
    <message>
        <source>Choose a department first.</source>
        <translation>Сначала выберите отдел.</translation>
    </message>
    <message>
        <source>%1 is already in “%2”.</source>
        <translation>%1 уже в отделе «%2».</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet</source>
        <translation>
            <numerusform>%n изменение ещё не сохранено</numerusform>
            <numerusform>%n изменения ещё не сохранены</numerusform>
            <numerusform>%n изменений ещё не сохранено</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is a member of a department yet.</source>
        <translation>Пока никто не состоит в отделах.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Отбросить изменения</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s) to the members without saving?</source>
        <translation>
            <numerusform>Отбросить %n изменение состава отделов, не сохраняя?</numerusform>
            <numerusform>Отбросить %n изменения состава отделов, не сохраняя?</numerusform>
            <numerusform>Отбросить %n изменений состава отделов, не сохраняя?</numerusform>
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
        <translation>Сравнивать с бенчмарком</translation>
    </message>
    <message>
        <source>e.g. Retail banking average 2024, or a competitor's name</source>
        <translation>например, средний по розничным банкам за 2024 год или название конкурента</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Goals per segment</source>
        <translation>Цели по сегментам</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>From quarter</source>
        <translation>С квартала</translation>
    </message>
    <message>
        <source>Change per quarter</source>
        <translation>Изменение за квартал</translation>
    </message>
    <message>
        <source>&amp;Add Goal</source>
        <translation>&amp;Добавить цель</translation>
    </message>
    <message>
        <source>&amp;Remove Goal</source>
        <translation>&amp;Удалить цель</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>Все ответы</translation>
    </message>
    <message>
        <source>Goal %1: “%2” is not a quarter. Write it as year and quarter, for example 2024-Q3.</source>
        <translation>Цель %1: «%2» — не квартал. Запишите год и квартал, например 2024-Q3.</translation>
    </message>
    <message>
        <source>%1 Goals and Benchmark</source>
        <translation>Цели %1 и бенчмарк</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Goals per department</source>
        <translation>Цели по отделам</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Start value</source>
        <translation>Начальное значение</translation>
    </message>
</context>
<context>
    <name>waymark::OpenFromServerDialog</name>
    <message>
        <source>&amp;Show Journeys</source>
        <translation>&amp;Показать пути</translation>
    </message>
    <message>
        <source>Open from Server</source>
        <translation>Открыть с сервера</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Кем опубликован</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Asking %1 for its journeys…</source>
        <translation>Запрашиваем список путей у %1…</translation>
    </message>
    <message>
        <source>No journey has been published on %1 yet: File → Publish to Server… puts one there.</source>
        <translation>На %1 ещё нет ни одного пути: Файл → Опубликовать на сервере… добавит его туда.</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s) on %1. Double-click one to open it.</source>
        <translation>
            <numerusform>%n путь на %1. Дважды щёлкните, чтобы открыть.</numerusform>
            <numerusform>%n пути на %1. Дважды щёлкните по одному, чтобы открыть.</numerusform>
            <numerusform>%n путей на %1. Дважды щёлкните по одному, чтобы открыть.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::OpportunitiesDock</name>
    <message>
        <source>Opportunities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Сценарий:</translation>
    </message>
    <message>
        <source>Use in Report</source>
        <translation>Использовать в отчёте</translation>
    </message>
    <message>
        <source>Show this scenario in the PDF report and in the future state of the map</source>
        <translation>Показывать этот сценарий в PDF-отчёте и в целевом состоянии карты</translation>
    </message>
    <message>
        <source>New Scenario…</source>
        <translation>Новый сценарий…</translation>
    </message>
    <message>
        <source>A named set of opportunities, e.g. “Quick wins”</source>
        <translation>Именованный набор возможностей, например «Быстрые победы»</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Rename the chosen scenario</source>
        <translation>Переименовать выбранный сценарий</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Удалить сценарий</translation>
    </message>
    <message>
        <source>Delete the chosen scenario; its opportunities stay</source>
        <translation>Удалить выбранный сценарий; его возможности сохранятся</translation>
    </message>
    <message>
        <source>No opportunities yet. Add one here, right-click a card on the map, or turn the top cards of a closed vote into opportunities (Workshop dock → Vote).</source>
        <translation>Возможностей пока нет. Добавьте её здесь, щёлкните карточку на карте правой кнопкой мыши или превратите лидирующие карточки закрытого голосования в возможности (панель «Воркшоп» → «Голосование»).</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>A new opportunity (it joins the chosen scenario)</source>
        <translation>Новая возможность (входит в выбранный сценарий)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected opportunity (or double-click it)</source>
        <translation>Изменить выбранную возможность (или дважды щёлкните по ней)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected opportunity and take it out of every scenario</source>
        <translation>Удалить выбранную возможность и исключить её из всех сценариев</translation>
    </message>
    <message>
        <source>%1 (in the report)</source>
        <translation>%1 (в отчёте)</translation>
    </message>
    <message>
        <source>All opportunities</source>
        <translation>Все возможности</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Просмотр…</translation>
    </message>
    <message>
        <source>Tick the opportunities that belong to “%1” in the first column.</source>
        <translation>Отметьте в первом столбце возможности, входящие в «%1».</translation>
    </message>
    <message numerus="yes">
        <source>All %n opportunity(s) together:</source>
        <translation>
            <numerusform>Все возможности вместе (%n):</numerusform>
            <numerusform>Все возможности вместе (%n):</numerusform>
            <numerusform>Все возможности вместе (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”, %n opportunity(s):</source>
        <translation>
            <numerusform>«%1», %n возможность:</numerusform>
            <numerusform>«%1», %n возможности:</numerusform>
            <numerusform>«%1», %n возможностей:</numerusform>
        </translation>
    </message>
    <message>
        <source>one-off cost %1</source>
        <translation>единовременные затраты %1</translation>
    </message>
    <message numerus="yes">
        <source>NPV %1 over %n year(s)</source>
        <translation>
            <numerusform>ЧДД %1 за %n год</numerusform>
            <numerusform>ЧДД %1 за %n года</numerusform>
            <numerusform>ЧДД %1 за %n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pays back in %n month(s)</source>
        <translation>
            <numerusform>окупается за %n месяц</numerusform>
            <numerusform>окупается за %n месяца</numerusform>
            <numerusform>окупается за %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>no payback within the horizon</source>
        <translation>не окупается в пределах горизонта</translation>
    </message>
    <message>
        <source>Enter the customers per year under Journey → Business Settings to value the benefits.</source>
        <translation>Чтобы оценить выгоды, укажите число клиентов в год: Путь → Бизнес-параметры.</translation>
    </message>
    <message>
        <source>Choose scenario for the report</source>
        <translation>Выбрать сценарий для отчёта</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Новый сценарий</translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation>Название сценария:</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Быстрые победы</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Переименовать сценарий</translation>
    </message>
    <message>
        <source>How Is It Made?…</source>
        <translation>Как это рассчитано?…</translation>
    </message>
    <message>
        <source>Every figure of the selected opportunity's business case with its formula and inputs</source>
        <translation>Все показатели бизнес-кейса выбранной возможности с формулами и исходными данными</translation>
    </message>
    <message>
        <source>Priorities…</source>
        <translation>Приоритеты…</translation>
    </message>
    <message>
        <source>Value against cost as bubbles (size: CLV at risk) and the ranking by NPV, ROI, payback or dots</source>
        <translation>Выгоды и затраты в виде пузырьков (размер: CLV под угрозой) и рейтинг по ЧДД, ROI, окупаемости или точкам</translation>
    </message>
    <message>
        <source>Technology Gap…</source>
        <translation>Технологический разрыв…</translation>
    </message>
    <message>
        <source>The systems behind the journey: their age, what they cannot do and the pain points they cause</source>
        <translation>Системы, на которых держится путь: их возраст, чего они не умеют и какие болевые точки вызывают</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers… Retention and CLV at risk are added when they are read.</source>
        <translation>Читаем %L1 ответов опроса… Удержание и CLV под угрозой добавятся, как только ответы будут прочитаны.</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value model to %L1 customers… Retention and CLV at risk are added when it is done.</source>
        <translation>Модель пожизненной ценности подбирается по данным клиентов (%L1)… Удержание и CLV под угрозой добавятся, когда расчёт закончится.</translation>
    </message>
    <message>
        <source>Matching %L1 survey answers to customers… Retention and CLV at risk are added when they are matched.</source>
        <translation>Ответы опроса (%L1) сопоставляются с клиентами… Удержание и CLV под угрозой добавятся, когда сопоставление закончится.</translation>
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
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>не в пределах %n года</numerusform>
            <numerusform>не в пределах %n лет</numerusform>
            <numerusform>не в пределах %n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the scenario “%1”</source>
        <translation>Входит в сценарий «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Net present value over %n year(s) at %1 %: %2</source>
        <translation>
            <numerusform>ЧДД за %n год при ставке %1 %: %2</numerusform>
            <numerusform>ЧДД за %n года при ставке %1 %: %2</numerusform>
            <numerusform>ЧДД за %n лет при ставке %1 %: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Range: %1 – %2</source>
        <translation>Диапазон: %1 – %2</translation>
    </message>
    <message>
        <source>Value per year at full run rate: %1</source>
        <translation>Выгоды в год при выходе на полную мощность: %1</translation>
    </message>
    <message>
        <source>Tick to put an opportunity into the scenario chosen above</source>
        <translation>Отметьте, чтобы включить возможность в выбранный выше сценарий</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Единовременные затраты</translation>
    </message>
    <message>
        <source>Months to deliver: the benefits start after them</source>
        <translation>Месяцев на внедрение: выгоды начинаются после них</translation>
    </message>
    <message>
        <source>Cards of the map it improves</source>
        <translation>Карточки карты, которые она улучшает</translation>
    </message>
    <message>
        <source>Net present value over the business case's horizon (Journey → Business Settings)</source>
        <translation>ЧДД за горизонт бизнес-кейса (Путь → Бизнес-параметры)</translation>
    </message>
    <message>
        <source>When the cumulative net turns positive, counted from the start</source>
        <translation>Когда накопленный чистый поток становится положительным, считая от начала</translation>
    </message>
    <message>
        <source>In</source>
        <translation>В</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Возможность</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месяцев</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Карточки</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>ЧДД</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Окупаемость</translation>
    </message>
</context>
<context>
    <name>waymark::OpportunityDialog</name>
    <message>
        <source>Edit Opportunity</source>
        <translation>Изменение возможности</translation>
    </message>
    <message>
        <source>New Opportunity</source>
        <translation>Новая возможность</translation>
    </message>
    <message>
        <source>What will be done, e.g. “Open the account online”</source>
        <translation>Что будет сделано, например «Открытие счёта онлайн»</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Ответственный не назначен</translation>
    </message>
    <message>
        <source>(deleted department)</source>
        <translation>(отдел удалён)</translation>
    </message>
    <message>
        <source>O&amp;wner department:</source>
        <translation>&amp;Ответственный отдел:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>How sure the room is of the benefits: low widens the business case's range to ±50 %, medium ±25 %, high ±10 %</source>
        <translation>Насколько участники уверены в выгодах: при низкой уверенности диапазон бизнес-кейса расширяется до ±50 %, при средней — до ±25 %, при высокой — до ±10 %</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>Уве&amp;ренность:</translation>
    </message>
    <message>
        <source>&amp;One-off cost:</source>
        <translation>&amp;Единовременные затраты:</translation>
    </message>
    <message>
        <source>&amp;Running cost per year:</source>
        <translation>Текущие затраты в &amp;год:</translation>
    </message>
    <message>
        <source>The benefits start once it is delivered</source>
        <translation>Выгоды начинаются после внедрения</translation>
    </message>
    <message>
        <source>&amp;Months to deliver:</source>
        <translation>&amp;Месяцев на внедрение:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>О&amp;писание:</translation>
    </message>
    <message>
        <source>Survey verbatims, complaint counts, what was said in the room…</source>
        <translation>Дословные ответы из опросов, число жалоб, что говорили участники…</translation>
    </message>
    <message>
        <source>&amp;Evidence and notes:</source>
        <translation>Обоснование и &amp;заметки:</translation>
    </message>
    <message>
        <source>Systems it chan&amp;ges:</source>
        <translation>&amp;Изменяемые системы:</translation>
    </message>
    <message>
        <source>Cards it &amp;improves (%1)</source>
        <translation>&amp;Улучшаемые карточки (%1)</translation>
    </message>
    <message>
        <source>&amp;New steps (%1)</source>
        <translation>Новые &amp;шаги (%1)</translation>
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
        <translation>Имя</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Click someone to give them the floor (or press their number); click again to take it back.
Double-click the name to rename, the colour to change it, the department to move them.</source>
        <translation>Щёлкните по участнику, чтобы дать ему слово (или нажмите его номер); щёлкните ещё раз, чтобы забрать слово.
Дважды щёлкните по имени, чтобы переименовать участника, по цвету — чтобы сменить цвет, по отделу — чтобы перевести в другой отдел.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>Переименовать участника</translation>
    </message>
    <message>
        <source>Change participant colour</source>
        <translation>Изменить цвет участника</translation>
    </message>
    <message>
        <source>%1 wrote cards and placed dots, so they stay on the list: their contributions keep their name.</source>
        <translation>%1: есть карточки и точки, поэтому участник остаётся в списке — его вклад сохранит имя автора.</translation>
    </message>
    <message numerus="yes">
        <source>%1 wrote %Ln card(s), so they stay on the list: the cards keep their author.</source>
        <translation>
            <numerusform>%1: написана %Ln карточка, поэтому участник остаётся в списке — авторство карточек сохранится.</numerusform>
            <numerusform>%1: написаны %Ln карточки, поэтому участник остаётся в списке — авторство карточек сохранится.</numerusform>
            <numerusform>%1: написано %Ln карточек, поэтому участник остаётся в списке — авторство карточек сохранится.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 placed %Ln dot(s), so they stay on the list: the votes keep their voter.</source>
        <translation>
            <numerusform>%1: поставлена %Ln точка, поэтому участник остаётся в списке — его голоса сохранятся за ним.</numerusform>
            <numerusform>%1: поставлены %Ln точки, поэтому участник остаётся в списке — его голоса сохранятся за ним.</numerusform>
            <numerusform>%1: поставлено %Ln точек, поэтому участник остаётся в списке — его голоса сохранятся за ним.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln карточка</numerusform>
            <numerusform>%Ln карточки</numerusform>
            <numerusform>%Ln карточек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln комментарий</numerusform>
            <numerusform>%Ln комментария</numerusform>
            <numerusform>%Ln комментариев</numerusform>
        </translation>
    </message>
    <message>
        <source>Not heard yet: %1</source>
        <translation>Ещё не высказались: %1</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Добавление участника</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(без отдела)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <source>Contributions by department</source>
        <translation>Вклад по отделам</translation>
    </message>
    <message>
        <source>The journey has no departments yet.</source>
        <translation>В пути пока нет отделов.</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Цвет участника: %1</translation>
    </message>
    <message>
        <source>Change participant's department</source>
        <translation>Изменить отдел участника</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>Удаление участника</translation>
    </message>
</context>
<context>
    <name>waymark::PersonaCards</name>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;Персоны</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <source>No personas yet. Add one for each kind of customer who goes through this journey: the map can then show the journey as each of them lives it.</source>
        <translation>Персон пока нет. Добавьте по одной на каждый тип клиентов, проходящих этот путь, — тогда карта сможет показать путь глазами каждого из них.</translation>
    </message>
    <message>
        <source>&amp;Add Persona</source>
        <translation>&amp;Добавить персону</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the chosen persona (Delete in the list); the cards stay on the map</source>
        <translation>Удалить выбранную персону (Delete в списке); карточки остаются на карте</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Новая персона</translation>
    </message>
    <message>
        <source>Remove Persona</source>
        <translation>Удалить персону</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is named on %n card(s).</source>
        <translation>
            <numerusform>«%1» указана на %n карточке.</numerusform>
            <numerusform>«%1» указана на %n карточках.</numerusform>
            <numerusform>«%1» указана на %n карточках.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing the persona takes it off those cards along with its own emotions there; a card left naming nobody happens to every persona. Undo brings it all back.</source>
        <translation>При удалении персона исчезнет с этих карточек вместе со своими эмоциями на них; карточка, где не осталось ни одной персоны, относится ко всем персонам. Отмена вернёт всё как было.</translation>
    </message>
</context>
<context>
    <name>waymark::PersonaEditor</name>
    <message>
        <source>Pictures (%1)</source>
        <translation>Изображения (%1)</translation>
    </message>
    <message>
        <source>C&amp;hoose Photo…</source>
        <translation>Вы&amp;брать фото…</translation>
    </message>
    <message>
        <source>A photo or drawing that stands for this persona (PNG, JPEG, GIF, BMP); it is downscaled and its location data removed</source>
        <translation>Фото или рисунок, который представляет эту персону (PNG, JPEG, GIF, BMP); изображение уменьшается, данные о месте съёмки удаляются</translation>
    </message>
    <message>
        <source>Remo&amp;ve Photo</source>
        <translation>Уб&amp;рать фото</translation>
    </message>
    <message>
        <source>Who goes through this journey</source>
        <translation>Кто проходит этот путь</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Age, situation, how they deal with the company</source>
        <translation>Возраст, обстоятельства, как общается с компанией</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>What they want to get done, and by when</source>
        <translation>Чего хочет добиться и к какому сроку</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Цели:</translation>
    </message>
    <message>
        <source>What gets in their way</source>
        <translation>Что ему мешает</translation>
    </message>
    <message>
        <source>&amp;Frustrations:</source>
        <translation>&amp;Фрустрации:</translation>
    </message>
    <message>
        <source>Change persona description</source>
        <translation>Изменить описание персоны</translation>
    </message>
    <message>
        <source>Change persona goals</source>
        <translation>Изменить цели персоны</translation>
    </message>
    <message>
        <source>Change persona frustrations</source>
        <translation>Изменить фрустрации персоны</translation>
    </message>
    <message>
        <source>No photo of %1</source>
        <translation>Нет фото: %1</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Фото: %1</translation>
    </message>
    <message>
        <source>Drop a picture here, or choose one</source>
        <translation>Перетащите сюда изображение или выберите его</translation>
    </message>
    <message>
        <source>%1 — drop another picture here to replace it</source>
        <translation>%1 — перетащите сюда другое изображение, чтобы заменить</translation>
    </message>
    <message>
        <source>A persona needs a name: the map's persona filter and cards show it. Escape brings the old one back.</source>
        <translation>У персоны должно быть имя: его показывают фильтр персон и карточки. Esc вернёт прежнее.</translation>
    </message>
    <message>
        <source>Rename persona</source>
        <translation>Переименовать персону</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>The photo was not taken. %1</source>
        <translation>Фото не добавлено. %1</translation>
    </message>
    <message>
        <source>Reading the photo…</source>
        <translation>Фото читается…</translation>
    </message>
    <message>
        <source>Change persona photo</source>
        <translation>Изменить фото персоны</translation>
    </message>
    <message>
        <source>Remove persona photo</source>
        <translation>Убрать фото персоны</translation>
    </message>
</context>
<context>
    <name>waymark::PersonasField</name>
    <message>
        <source>The personas this step happens to; with none ticked it happens to every persona</source>
        <translation>Персоны, с которыми происходит этот шаг; если не отмечена ни одна — со всеми</translation>
    </message>
    <message>
        <source>(unnamed persona)</source>
        <translation>(персона без имени)</translation>
    </message>
    <message>
        <source>Every Persona</source>
        <translation>Все персоны</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Все персоны</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Персоны:</translation>
    </message>
</context>
<context>
    <name>waymark::PictureImporter</name>
    <message>
        <source>Pictures (%1)</source>
        <translation>Изображения (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n picture(s)…</source>
        <translation>
            <numerusform>Добавляется %n изображение…</numerusform>
            <numerusform>Добавляются %n изображения…</numerusform>
            <numerusform>Добавляются %n изображений…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Add Pictures</source>
        <translation>Добавление изображений</translation>
    </message>
    <message>
        <source>The card was deleted while its pictures were being read.</source>
        <translation>Карточку удалили, пока читались её изображения.</translation>
    </message>
    <message numerus="yes">
        <source>A card holds at most %1 pictures: %n picture(s) were left out.</source>
        <translation>
            <numerusform>На карточке может быть не больше %1 изображений: %n изображение не добавлено.</numerusform>
            <numerusform>На карточке может быть не больше %1 изображений: %n изображения не добавлены.</numerusform>
            <numerusform>На карточке может быть не больше %1 изображений: %n изображений не добавлено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pictures Not Added</source>
        <translation>Изображения не добавлены</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) were added; some were not:</source>
        <translation>
            <numerusform>Добавлено %n изображение; остальные — нет:</numerusform>
            <numerusform>Добавлено %n изображения; остальные — нет:</numerusform>
            <numerusform>Добавлено %n изображений; остальные — нет:</numerusform>
        </translation>
    </message>
    <message>
        <source>No picture was added:</source>
        <translation>Ни одно изображение не добавлено:</translation>
    </message>
</context>
<context>
    <name>waymark::PictureViewer</name>
    <message>
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>What the picture shows (a caption for the map and the PDF)</source>
        <translation>Что на изображении (подпись для карты и PDF)</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Подпись:</translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation>← П&amp;редыдущее</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>С&amp;ледующее →</translation>
    </message>
    <message>
        <source>&amp;Add Pictures…</source>
        <translation>&amp;Добавить изображения…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>The previous picture (Left arrow)</source>
        <translation>Предыдущее изображение (стрелка влево)</translation>
    </message>
    <message>
        <source>The next picture (Right arrow)</source>
        <translation>Следующее изображение (стрелка вправо)</translation>
    </message>
    <message>
        <source>Add pictures from files; you can also paste one (Ctrl+V) or drop files here</source>
        <translation>Добавить изображения из файлов; можно также вставить изображение (Ctrl+V) или перетащить файлы сюда</translation>
    </message>
    <message>
        <source>Save this picture as a file</source>
        <translation>Сохранить это изображение в файл</translation>
    </message>
    <message>
        <source>Take this picture off the card (Delete); Undo brings it back</source>
        <translation>Убрать изображение с карточки (Delete); «Отменить» вернёт его</translation>
    </message>
    <message>
        <source>Pictures — %1</source>
        <translation>Изображения — %1</translation>
    </message>
    <message>
        <source>untitled card</source>
        <translation>карточка без названия</translation>
    </message>
    <message>
        <source>The card has no pictures yet. Add them from files, paste one (Ctrl+V) or drop files here.</source>
        <translation>На карточке пока нет изображений. Добавьте их из файлов, вставьте (Ctrl+V) или перетащите файлы сюда.</translation>
    </message>
    <message>
        <source>The card has no pictures.</source>
        <translation>На карточке нет изображений.</translation>
    </message>
    <message>
        <source>This picture cannot be shown: %1</source>
        <translation>Это изображение нельзя показать: %1</translation>
    </message>
    <message>
        <source>Picture %1 of %2 · %3 × %4 px</source>
        <translation>Изображение %1 из %2 · %3 × %4 пкс</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>Save Picture As</source>
        <translation>Сохранить изображение как</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>JPEG picture (*.jpg *.jpeg)</source>
        <translation>Изображение JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Picture Not Saved</source>
        <translation>Изображение не сохранено</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>Make &amp;First</source>
        <translation>Показывать на &amp;карточке</translation>
    </message>
    <message>
        <source>Make this the first picture: the one shown on the card (Ctrl+Home). Ctrl+Left and Ctrl+Right move it one place.</source>
        <translation>Сделать это изображение первым — тем, что показано на карточке (Ctrl+Home). Ctrl+Влево и Ctrl+Вправо сдвигают его на одно место.</translation>
    </message>
</context>
<context>
    <name>waymark::PicturesField</name>
    <message>
        <source>Pictures</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>Double-click a picture to see it large; drop picture files here to add them</source>
        <translation>Дважды щёлкните изображение, чтобы посмотреть крупно; перетащите сюда файлы, чтобы добавить</translation>
    </message>
    <message>
        <source>None yet: add a photo of the wall, a screenshot or a letter.</source>
        <translation>Пока нет: добавьте фото стены, снимок экрана или письмо.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Add pictures from files (you can also drop them here, or paste one on the card)</source>
        <translation>Добавить изображения из файлов (можно также перетащить их сюда или вставить изображение на карточку)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Take the selected picture off the card (Delete)</source>
        <translation>Убрать выбранное изображение с карточки (Delete)</translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation>Изображение %1</translation>
    </message>
    <message>
        <source>Add pictures to the card: a photo of the wall, a screenshot, a letter (you can also paste one with Ctrl+V or drop files on the card)</source>
        <translation>Добавить изображения на карточку: фото стены, снимок экрана, письмо (можно также вставить изображение через Ctrl+V или перетащить файлы на карточку)</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Добавить изображения</translation>
    </message>
</context>
<context>
    <name>waymark::PortfolioDialog</name>
    <message>
        <source>Journeys in %1</source>
        <translation>Пути в %1</translation>
    </message>
    <message>
        <source>Filter by journey, owner or file…</source>
        <translation>Фильтр по пути, ответственному или файлу…</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Плитки</translation>
    </message>
    <message>
        <source>Show the journeys as cards instead of a table</source>
        <translation>Показать пути в виде карточек, а не таблицы</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Read the folder again (F5)</source>
        <translation>Прочитать папку заново (F5)</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s) in this folder.</source>
        <translation>
            <numerusform>В этой папке %n путь.</numerusform>
            <numerusform>В этой папке %n пути.</numerusform>
            <numerusform>В этой папке %n путей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read; they are listed in red with the reason.</source>
        <translation>
            <numerusform>%n файл не удаётся прочитать; он выделен красным с указанием причины.</numerusform>
            <numerusform>%n файла не удаётся прочитать; они выделены красным с указанием причины.</numerusform>
            <numerusform>%n файлов не удаётся прочитать; они выделены красным с указанием причины.</numerusform>
        </translation>
    </message>
    <message>
        <source>No journeys (.waymark or .waymark.json files) in this folder.</source>
        <translation>В этой папке нет путей (файлов .waymark или .waymark.json).</translation>
    </message>
    <message>
        <source>Reading the journeys…</source>
        <translation>Чтение путей…</translation>
    </message>
</context>
<context>
    <name>waymark::PortfolioModel</name>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>No owner named</source>
        <translation>Ответственный не указан</translation>
    </message>
    <message>
        <source>No NPS data</source>
        <translation>Нет данных NPS</translation>
    </message>
    <message>
        <source>%1 %2 at risk</source>
        <translation>%1 %2 под угрозой</translation>
    </message>
    <message>
        <source>%1 stages, %2 cards</source>
        <translation>Этапов: %1, карточек: %2</translation>
    </message>
    <message>
        <source>Customer time: %1</source>
        <translation>Время клиента: %1</translation>
    </message>
    <message>
        <source>No opportunities yet</source>
        <translation>Возможностей пока нет</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n идея</numerusform>
            <numerusform>%n идеи</numerusform>
            <numerusform>%n идей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>одобрено: %n</numerusform>
            <numerusform>одобрено: %n</numerusform>
            <numerusform>одобрено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>в работе: %n</numerusform>
            <numerusform>в работе: %n</numerusform>
            <numerusform>в работе: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>выполнено: %n</numerusform>
            <numerusform>выполнено: %n</numerusform>
            <numerusform>выполнено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measured</source>
        <translation>
            <numerusform>эффект измерен: %n</numerusform>
            <numerusform>эффект измерен: %n</numerusform>
            <numerusform>эффект измерен: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Последнее сохранение</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Карточки</translation>
    </message>
    <message>
        <source>Customer time</source>
        <translation>Время клиента</translation>
    </message>
    <message>
        <source>NPS ± margin</source>
        <translation>NPS ± погрешность</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>CLV под угрозой</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Открытые комментарии</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>Being done</source>
        <translation>Ход работ</translation>
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
        <translation>Этап без названия</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Этап %1 из %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>The whole journey</source>
        <translation>Весь путь</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Время вышло</translation>
    </message>
    <message>
        <source>Time left %1</source>
        <translation>Осталось %1</translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation>Пауза: осталось %1</translation>
    </message>
</context>
<context>
    <name>waymark::PrioritiesDialog</name>
    <message>
        <source>Priorities: every opportunity</source>
        <translation>Приоритеты: все возможности</translation>
    </message>
    <message>
        <source>Priorities: “%1”</source>
        <translation>Приоритеты: «%1»</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Чистый дисконтированный доход</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Рентабельность инвестиций</translation>
    </message>
    <message>
        <source>Payback (soonest first)</source>
        <translation>Окупаемость (сначала самые быстрые)</translation>
    </message>
    <message>
        <source>The workshop's dots</source>
        <translation>Точки воркшопа</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>&amp;Ранжировать по:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Возможность</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Единовременные затраты</translation>
    </message>
    <message>
        <source>Value per year</source>
        <translation>Выгоды в год</translation>
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
        <translation>Окупаемость</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Точки</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>CLV под угрозой</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>месяц %1</translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>не в пределах %n года</numerusform>
            <numerusform>не в пределах %n лет</numerusform>
            <numerusform>не в пределах %n лет</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::PropertiesDock</name>
    <message>
        <source>Properties</source>
        <translation>Свойства</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>The department that owns this step</source>
        <translation>Отдел, который отвечает за этот шаг</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>например, %1</translation>
    </message>
    <message>
        <source>What this step costs the customer</source>
        <translation>Во что этот шаг обходится клиенту</translation>
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
        <translation>&amp;Деньги:</translation>
    </message>
    <message>
        <source>Negative emotion: 0 none, 10 worst</source>
        <translation>Негативные эмоции: 0 — нет, 10 — хуже некуда</translation>
    </message>
    <message>
        <source>Negative emotion</source>
        <translation>Негативные эмоции</translation>
    </message>
    <message>
        <source>Negative &amp;emotion:</source>
        <translation>&amp;Негативные эмоции:</translation>
    </message>
    <message>
        <source>P&amp;ain point</source>
        <translation>Бо&amp;левая точка</translation>
    </message>
    <message>
        <source>This step hurts the customer</source>
        <translation>На этом шаге клиенту больно</translation>
    </message>
    <message>
        <source>Moment of t&amp;ruth</source>
        <translation>Момент &amp;истины</translation>
    </message>
    <message>
        <source>A step that decides whether the customer stays</source>
        <translation>Шаг, от которого зависит, останется ли клиент</translation>
    </message>
    <message>
        <source>Imported survey (NPS) rows attach to the card through this key</source>
        <translation>Импортированные строки опроса (NPS) привязываются к карточке по этому ключу</translation>
    </message>
    <message>
        <source>Data &amp;key:</source>
        <translation>&amp;Ключ данных:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected</source>
        <translation>
            <numerusform>Выбрана %n карточка</numerusform>
            <numerusform>Выбраны %n карточки</numerusform>
            <numerusform>Выбрано %n карточек</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card to edit it</source>
        <translation>Выберите карточку, чтобы изменить её</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Change card title</source>
        <translation>Изменить название карточки</translation>
    </message>
    <message>
        <source>Change card description</source>
        <translation>Изменить описание карточки</translation>
    </message>
    <message>
        <source>Change card channel</source>
        <translation>Изменить канал карточки</translation>
    </message>
    <message>
        <source>Change card department</source>
        <translation>Изменить отдел карточки</translation>
    </message>
    <message>
        <source>Change card time</source>
        <translation>Изменить время карточки</translation>
    </message>
    <message>
        <source>Change card cost</source>
        <translation>Изменить стоимость карточки</translation>
    </message>
    <message>
        <source>Change card currency</source>
        <translation>Изменить валюту карточки</translation>
    </message>
    <message>
        <source>Change negative emotion</source>
        <translation>Изменить негативные эмоции</translation>
    </message>
    <message>
        <source>Mark card as pain point</source>
        <translation>Отметить карточку как болевую точку</translation>
    </message>
    <message>
        <source>Unmark card as pain point</source>
        <translation>Снять отметку болевой точки</translation>
    </message>
    <message>
        <source>Mark card as moment of truth</source>
        <translation>Отметить карточку как момент истины</translation>
    </message>
    <message>
        <source>Unmark card as moment of truth</source>
        <translation>Снять отметку момента истины</translation>
    </message>
    <message>
        <source>Change card data key</source>
        <translation>Изменить ключ данных карточки</translation>
    </message>
    <message>
        <source>Change card notes</source>
        <translation>Изменить заметки карточки</translation>
    </message>
    <message>
        <source>Edit system card</source>
        <translation>Изменить системную карточку</translation>
    </message>
    <message>
        <source>e.g. 90, 1h 30m or 3 days</source>
        <translation>например, 90, 1ч 30м или 3 дня</translation>
    </message>
    <message>
        <source>How long this step takes the customer: minutes (90), hours and minutes (1h 30m), h:mm (1:30), or days and weeks for waits (3 days, 1w 2d; a day is 24 hours)</source>
        <translation>Сколько времени этот шаг занимает у клиента: минуты (90), часы и минуты (1ч 30м), ч:мм (1:30) или дни и недели для ожидания (3 дня, 1 нед 2 д; день — это 24 часа)</translation>
    </message>
    <message>
        <source>Details in:</source>
        <translation>Детализация в:</translation>
    </message>
    <message>
        <source>Remove linked journey</source>
        <translation>Удалить связанный путь</translation>
    </message>
    <message>
        <source>Link a journey</source>
        <translation>Связать путь</translation>
    </message>
    <message>
        <source>Rests &amp;on:</source>
        <translation>Основ&amp;а:</translation>
    </message>
    <message>
        <source>Change what the card rests on</source>
        <translation>Изменить основу карточки</translation>
    </message>
    <message>
        <source>Change a persona's negative emotion</source>
        <translation>Изменить негативные эмоции персоны</translation>
    </message>
    <message>
        <source>Change who the step happens to</source>
        <translation>Изменить, с кем происходит шаг</translation>
    </message>
    <message>
        <source>What %1 feels here (the card's own: %2)</source>
        <translation>Что здесь чувствует %1 (у карточки: %2)</translation>
    </message>
    <message>
        <source>Pict&amp;ures:</source>
        <translation>Изо&amp;бражения:</translation>
    </message>
</context>
<context>
    <name>waymark::PublishDialog</name>
    <message>
        <source>Publish to Server</source>
        <translation>Опубликовать на сервере</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; goes to a PostgreSQL database your company runs. Everyone who opens it from there edits it live from their own laptop; what each person may do is set by the database's roles. Your file stays as it is.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; попадёт в базу PostgreSQL вашей компании. Все, кто откроет путь оттуда, редактируют его одновременно со своих ноутбуков; кому что можно, задают роли базы данных. Ваш файл останется как есть.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Опубликовать</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Публикация на %1…</translation>
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
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>another value</source>
        <translation>другое значение</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <source>a dot</source>
        <translation>точка голосования</translation>
    </message>
    <message>
        <source>the new card</source>
        <translation>новая карточка</translation>
    </message>
    <message>
        <source>the deletion</source>
        <translation>удаление</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made while offline reached the server</source>
        <translation>
            <numerusform>%n изменение, сделанное без связи, дошло до сервера</numerusform>
            <numerusform>%n изменения, сделанные без связи, дошли до сервера</numerusform>
            <numerusform>%n изменений, сделанных без связи, дошли до сервера</numerusform>
        </translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Связь восстановлена</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n met changes by others (see the report)</source>
        <translation>
            <numerusform>%1; %n столкнулось с чужими изменениями (см. отчёт)</numerusform>
            <numerusform>%1; %n столкнулись с чужими изменениями (см. отчёт)</numerusform>
            <numerusform>%1; %n столкнулись с чужими изменениями (см. отчёт)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n still wait for the connection</source>
        <translation>
            <numerusform>%1; %n ещё ждёт связи</numerusform>
            <numerusform>%1; %n ещё ждут связи</numerusform>
            <numerusform>%1; %n ещё ждут связи</numerusform>
        </translation>
    </message>
    <message>
        <source>Yours: %1 (theirs was %2)</source>
        <translation>Ваше: %1 (у них было %2)</translation>
    </message>
    <message>
        <source>Theirs: %1 (yours was %2)</source>
        <translation>Их: %1 (у вас было %2)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Changes made offline</source>
        <translation>Изменения, сделанные без связи</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кто изменил</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <source>a dot taken back</source>
        <translation>снятая точка</translation>
    </message>
    <message>
        <source>adding it</source>
        <translation>добавление</translation>
    </message>
    <message>
        <source>removing it</source>
        <translation>удаление</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>closing or reopening it</source>
        <translation>закрытие или повторное открытие</translation>
    </message>
    <message>
        <source>resolving or reopening it</source>
        <translation>решение или повторное открытие</translation>
    </message>
    <message>
        <source>the colour</source>
        <translation>цвет</translation>
    </message>
    <message>
        <source>Stage “%1”</source>
        <translation>Этап «%1»</translation>
    </message>
    <message>
        <source>Lane “%1”</source>
        <translation>Дорожка «%1»</translation>
    </message>
    <message>
        <source>Department “%1”</source>
        <translation>Отдел «%1»</translation>
    </message>
    <message>
        <source>Vote “%1”</source>
        <translation>Голосование «%1»</translation>
    </message>
    <message>
        <source>Dot on “%1”</source>
        <translation>Точка на «%1»</translation>
    </message>
    <message>
        <source>Comment “%1”</source>
        <translation>Комментарий «%1»</translation>
    </message>
    <message>
        <source>Arrow “%1”</source>
        <translation>Стрелка «%1»</translation>
    </message>
    <message>
        <source>Persona “%1”</source>
        <translation>Персона «%1»</translation>
    </message>
    <message>
        <source>Participant “%1”</source>
        <translation>Участник «%1»</translation>
    </message>
    <message>
        <source>While you were offline, others changed some of the same things. Where both changed one field, the change made later stays. What was not saved says why.</source>
        <translation>Пока вы были без связи, другие изменили кое-что из того же. Где оба изменили одно поле, остаётся более позднее изменение. Для несохранённого указана причина.</translation>
    </message>
    <message>
        <source>Card or item</source>
        <translation>Карточка или элемент</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>the currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <source>the setting “%1”</source>
        <translation>настройка «%1»</translation>
    </message>
    <message>
        <source>ticking it off or reopening it</source>
        <translation>отметка о выполнении или её снятие</translation>
    </message>
    <message>
        <source>its figures</source>
        <translation>её цифры</translation>
    </message>
    <message>
        <source>its opportunities</source>
        <translation>его возможности</translation>
    </message>
    <message>
        <source>Agenda step “%1”</source>
        <translation>Пункт повестки «%1»</translation>
    </message>
    <message>
        <source>Opportunity “%1”</source>
        <translation>Возможность «%1»</translation>
    </message>
    <message>
        <source>Scenario “%1”</source>
        <translation>Сценарий «%1»</translation>
    </message>
    <message>
        <source>Journey “%1”</source>
        <translation>Путь «%1»</translation>
    </message>
</context>
<context>
    <name>waymark::ServerAddressForm</name>
    <message>
        <source>postgresql://HOST[:PORT]/DATABASE, or postgresql://USER@HOST/DATABASE. The password comes from ~/.pgpass, or Waymark asks for it; it is never saved.</source>
        <translation>postgresql://ХОСТ[:ПОРТ]/БАЗА или postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ/БАЗА. Пароль берётся из ~/.pgpass или Waymark его спросит; он никогда не сохраняется.</translation>
    </message>
    <message>
        <source>Shown to the others next to the changes you make</source>
        <translation>Другие увидят это имя рядом с вашими изменениями</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>Type the server's address, for example postgresql://db.example.com/workshops.</source>
        <translation>Введите адрес сервера, например postgresql://db.example.com/workshops.</translation>
    </message>
    <message>
        <source>The address is not a PostgreSQL URL: %1
Write it as postgresql://HOST[:PORT]/DATABASE.</source>
        <translation>Это не адрес PostgreSQL: %1
Запишите его как postgresql://ХОСТ[:ПОРТ]/БАЗА.</translation>
    </message>
</context>
<context>
    <name>waymark::StageDialog</name>
    <message>
        <source>Stage Properties</source>
        <translation>Свойства этапа</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>What the customer is trying to do in this stage</source>
        <translation>Чего клиент пытается добиться на этом этапе</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>Изменить этап</translation>
    </message>
</context>
<context>
    <name>waymark::StartPage</name>
    <message>
        <source>Welcome to Waymark</source>
        <translation>Добро пожаловать в Waymark</translation>
    </message>
    <message>
        <source>Map a customer's journey together with the people who serve it: stages as columns, lanes as rows, a card for every step. Start with one of these.</source>
        <translation>Составьте карту пути клиента вместе с теми, кто его обслуживает: этапы — столбцы, дорожки — строки, карточка — на каждый шаг. Начните с одного из вариантов.</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Новый путь</translation>
    </message>
    <message>
        <source>An empty map with a few stages and lanes to rename</source>
        <translation>Пустая карта с несколькими этапами и дорожками, которые можно переименовать</translation>
    </message>
    <message>
        <source>Open the sample workshop</source>
        <translation>Открыть пример воркшопа</translation>
    </message>
    <message>
        <source>A retail bank's "open an account" journey, filled in, to try everything on</source>
        <translation>Заполненный путь «открытие счёта» розничного банка, чтобы всё попробовать</translation>
    </message>
    <message>
        <source>Open a journey…</source>
        <translation>Открыть путь…</translation>
    </message>
    <message>
        <source>A .waymark or .waymark.json file</source>
        <translation>Файл .waymark или .waymark.json</translation>
    </message>
    <message>
        <source>Recent journeys</source>
        <translation>Недавние пути</translation>
    </message>
    <message>
        <source>None yet: the journeys you open or save appear here.</source>
        <translation>Пока пусто: здесь появятся пути, которые вы открываете или сохраняете.</translation>
    </message>
    <message>
        <source>You can also drop a journey file, or a survey's CSV or Excel file, on this window.</source>
        <translation>Можно также перетащить в это окно файл пути или файл опроса в формате CSV или Excel.</translation>
    </message>
    <message>
        <source>How a workshop goes</source>
        <translation>Как проходит воркшоп</translation>
    </message>
    <message>
        <source>Map the steps</source>
        <translation>Опишите шаги</translation>
    </message>
    <message>
        <source>Name the stages the customer goes through and the lanes of who serves them, then add a card for every touchpoint: double-click a cell or press N.</source>
        <translation>Назовите этапы, которые проходит клиент, и дорожки тех, кто его обслуживает, затем добавьте карточку на каждую точку контакта: дважды щёлкните ячейку или нажмите N.</translation>
    </message>
    <message>
        <source>Add the effort</source>
        <translation>Добавьте усилия</translation>
    </message>
    <message>
        <source>Give each card what it costs the customer: time, money, negative emotion. The heatmap shows where the journey hurts.</source>
        <translation>Укажите для каждой карточки, чего она стоит клиенту: время, деньги, негативные эмоции. Тепловая карта покажет, где путь доставляет неудобства.</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <source>Add the participants in the Workshop dock and let everyone spend their dots on the pain points that matter most.</source>
        <translation>Добавьте участников на панели «Воркшоп» и дайте каждому распределить свои точки по самым важным болевым точкам.</translation>
    </message>
    <message>
        <source>Make the business case</source>
        <translation>Обоснуйте для бизнеса</translation>
    </message>
    <message>
        <source>Turn the top-voted pain points into opportunities with their costs and benefits, then export the PDF for the department heads.</source>
        <translation>Превратите болевые точки, набравшие больше всего голосов, в возможности с затратами и выгодами, затем экспортируйте PDF для руководителей отделов.</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>Начать с шаблона…</translation>
    </message>
    <message>
        <source>Banking, telecom, insurance, online shop, public service, B2B software, or one of yours</source>
        <translation>Банк, телеком, страхование, интернет-магазин, госуслуги, B2B-сервис или ваш собственный шаблон</translation>
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
        <translation> г.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>How old the system is: old systems are where the technology gap shows</source>
        <translation>Возраст системы: технологический разрыв проявляется в старых системах</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>Воз&amp;раст:</translation>
    </message>
    <message>
        <source>What it cannot do, e.g. no status updates, no e-signature</source>
        <translation>Чего она не умеет, например нет уведомлений о статусе, нет электронной подписи</translation>
    </message>
    <message>
        <source>What it &amp;cannot do:</source>
        <translation>Чего она не &amp;умеет:</translation>
    </message>
    <message>
        <source>Tick the touchpoints this system is behind</source>
        <translation>Отметьте точки контакта, за которыми стоит эта система</translation>
    </message>
    <message>
        <source>&amp;Supports:</source>
        <translation>&amp;Поддерживает:</translation>
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
        <translation>Технологический разрыв</translation>
    </message>
    <message>
        <source>The systems behind the journey (cards in Systems lanes), those behind the most pain points first.</source>
        <translation>Системы, на которых держится путь (карточки на дорожках «Системы»), в начале — те, что вызывают больше всего болевых точек.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>What it cannot do</source>
        <translation>Чего она не умеет</translation>
    </message>
    <message>
        <source>Pain points it causes</source>
        <translation>Вызываемые болевые точки</translation>
    </message>
    <message>
        <source>Customer time there</source>
        <translation>Время клиентов в этих точках</translation>
    </message>
    <message>
        <source>Opportunities replacing it</source>
        <translation>Возможности, которые её заменят</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 г.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
</context>
<context>
    <name>waymark::TemplateCardDelegate</name>
    <message>
        <source>Cannot be used: %1</source>
        <translation>Нельзя использовать: %1</translation>
    </message>
    <message>
        <source>Stages: %1 · cards: %2</source>
        <translation>Этапов: %1 · карточек: %2</translation>
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
        <translation>Создать из шаблона</translation>
    </message>
    <message>
        <source>A map to adapt to your journey: its stages, lanes and departments, and typical cards with their effort. Rename, add or remove anything once it is open.</source>
        <translation>Карта, которую можно подогнать под ваш путь: этапы, дорожки и отделы, а также типичные карточки с усилиями. После открытия можно переименовать, добавить или удалить что угодно.</translation>
    </message>
    <message>
        <source>Search templates, e.g. claim or delivery</source>
        <translation>Поиск шаблонов, например: ДТП или доставка</translation>
    </message>
    <message>
        <source>Any journey can become a template (File → Save as Template…); yours are kept in %1.</source>
        <translation>Любой путь можно сделать шаблоном (Файл → Сохранить как шаблон…); ваши шаблоны хранятся в %1.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>No template matches "%1".</source>
        <translation>Нет шаблонов, подходящих под «%1».</translation>
    </message>
</context>
<context>
    <name>waymark::TimeboxWidget</name>
    <message>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Length of the timebox in minutes</source>
        <translation>Длительность таймбокса в минутах</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Stop and put the full time back</source>
        <translation>Остановить и вернуть полное время</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Старт</translation>
    </message>
</context>
<context>
    <name>waymark::TouchpointNpsList</name>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
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
        <translation>Отдел</translation>
    </message>
    <message>
        <source>95 %</source>
        <translation>95 %</translation>
    </message>
    <message>
        <source>95 % margin of error, in the figure's points</source>
        <translation>Погрешность 95 % в пунктах показателя</translation>
    </message>
    <message>
        <source>95 % interval of the figure</source>
        <translation>Доверительный интервал показателя 95 %</translation>
    </message>
    <message>
        <source>Fewer than %1 answers: a weak signal</source>
        <translation>Меньше %1 ответов: слабый сигнал</translation>
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
        <translation>Что говорят клиенты</translation>
    </message>
    <message>
        <source>Selected card</source>
        <translation>Выбранная карточка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
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
        <translation>Комментарии по:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>От кого:</translation>
    </message>
    <message>
        <source>Select Cards Where This Term Stands Out</source>
        <translation>Выделить карточки, где этот термин выделяется</translation>
    </message>
    <message>
        <source>Selects on the map every card whose comments (in this category) use the term distinctly often</source>
        <translation>Выделяет на карте все карточки, в комментариях к которым (в этой категории) термин встречается заметно чаще</translation>
    </message>
    <message>
        <source>Click a term to read what customers wrote.</source>
        <translation>Щёлкните термин, чтобы прочитать, что написали клиенты.</translation>
    </message>
    <message>
        <source>Search every comment…</source>
        <translation>Поиск по всем комментариям…</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Все ответы</translation>
    </message>
    <message>
        <source>Reading %L1 answers' comments…</source>
        <translation>Чтение комментариев к ответам (%L1)…</translation>
    </message>
    <message>
        <source>No survey answers with comments in this journey: import a file with a comment column (Data → Import Survey…).</source>
        <translation>В этом пути нет ответов на опрос с комментариями: импортируйте файл со столбцом комментариев (Данные → Импорт опроса…).</translation>
    </message>
    <message>
        <source>Comments are read when this panel is shown.</source>
        <translation>Комментарии читаются, когда эта панель открыта.</translation>
    </message>
    <message>
        <source>This card has no data key, so no survey answers belong to it (set one in Properties).</source>
        <translation>У этой карточки нет ключа данных, поэтому к ней не относится ни один ответ опроса (задайте ключ в свойствах).</translation>
    </message>
    <message>
        <source>Select one card on the map, or choose a stage, segment or quarter above.</source>
        <translation>Выберите одну карточку на карте или выберите этап, сегмент или квартал выше.</translation>
    </message>
    <message>
        <source>No comments from %1 for “%2”.</source>
        <translation>Для «%2» нет комментариев в категории «%1».</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n comment(s) from %2</source>
        <translation>
            <numerusform>«%1»: %2 — %n комментарий</numerusform>
            <numerusform>«%1»: %2 — %n комментария</numerusform>
            <numerusform>«%1»: %2 — %n комментариев</numerusform>
        </translation>
    </message>
    <message>
        <source>against %1 others.</source>
        <translation>против %1 остальных.</translation>
    </message>
    <message>
        <source>Nothing to compare them with: choose another category.</source>
        <translation>Не с чем сравнить: выберите другую категорию.</translation>
    </message>
    <message>
        <source>No word stands out (|z| ≥ 1.96, seen at least %1 times).</source>
        <translation>Ни одно слово не выделяется (|z| ≥ 1.96, встречается не менее %1 раз).</translation>
    </message>
    <message>
        <source>What customers wrote with “%1”:</source>
        <translation>Что клиенты написали со словом «%1»:</translation>
    </message>
    <message>
        <source>Type a word to find it in every comment, whatever the card or score.</source>
        <translation>Введите слово, чтобы найти его во всех комментариях, независимо от карточки и оценки.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) contain “%1”</source>
        <translation>
            <numerusform>«%1» содержится в %n комментарии</numerusform>
            <numerusform>«%1» содержится в %n комментариях</numerusform>
            <numerusform>«%1» содержится в %n комментариях</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first %1 shown)</source>
        <translation>(показаны первые %1)</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>оценка %1</translation>
    </message>
    <message>
        <source>Comparing the comments…</source>
        <translation>Сравнение комментариев…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers… Their comments are shown here when they are read.</source>
        <translation>Читаем %L1 ответов опроса… Их комментарии появятся здесь, как только ответы будут прочитаны.</translation>
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
            <numerusform>«%1»: %n раз в этих комментариях, %2 во всех остальных; лог. шансы %3, z = %4</numerusform>
            <numerusform>«%1»: %n раза в этих комментариях, %2 во всех остальных; лог. шансы %3, z = %4</numerusform>
            <numerusform>«%1»: %n раз в этих комментариях, %2 во всех остальных; лог. шансы %3, z = %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::VoteBanner</name>
    <message>
        <source>%1 is voting — %2 of %3 dots left</source>
        <translation>Голосует %1 — осталось точек: %2 из %3</translation>
    </message>
    <message>
        <source>Vote open, but nobody can vote: add people in the Workshop dock.</source>
        <translation>Голосование открыто, но голосовать некому: добавьте людей на панели «Воркшоп».</translation>
    </message>
    <message>
        <source>Vote open — who is voting? Press 1–9 or click a name in the Workshop dock.</source>
        <translation>Голосование открыто — кто голосует? Нажмите 1–9 или щёлкните имя на панели «Воркшоп».</translation>
    </message>
</context>
<context>
    <name>waymark::VotePanel</name>
    <message>
        <source>Start Vote…</source>
        <translation>Начать голосование…</translation>
    </message>
    <message>
        <source>Close Vote</source>
        <translation>Закрыть голосование</translation>
    </message>
    <message>
        <source>&amp;Results of:</source>
        <translation>&amp;Результаты:</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Точки</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>The journey is open for review only: no vote can be started.</source>
        <translation>Путь открыт только для рецензирования: начать голосование нельзя.</translation>
    </message>
    <message>
        <source>“%1” is still open: close it before starting another vote.</source>
        <translation>Голосование «%1» ещё открыто: закройте его, прежде чем начинать новое.</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>Закрыть голосование</translation>
    </message>
    <message>
        <source>No vote is open.</source>
        <translation>Нет открытого голосования.</translation>
    </message>
    <message>
        <source>There are no results to export: the dots of an open hidden vote stay secret until it closes.</source>
        <translation>Экспортировать нечего: в скрытом голосовании точки держатся в секрете, пока оно не закроется.</translation>
    </message>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>Не удалось сохранить результаты в %1: %2</translation>
    </message>
    <message>
        <source>Start Vote</source>
        <translation>Новое голосование</translation>
    </message>
    <message>
        <source>Biggest pain points</source>
        <translation>Главные болевые точки</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Hide dots until the vote closes</source>
        <translation>Скрывать точки до закрытия голосования</translation>
    </message>
    <message>
        <source>Nobody follows the crowd: the dots appear on the map when the vote closes.</source>
        <translation>Никто не подстраивается под большинство: точки появятся на карте, когда голосование закроется.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Vote on:</source>
        <translation>&amp;Голосуем за:</translation>
    </message>
    <message>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Точек на человека:</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>&amp;Лимит времени:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) on the map can get dots.</source>
        <translation>
            <numerusform>Точки может получить %Ln карточка на карте.</numerusform>
            <numerusform>Точки могут получить %Ln карточки на карте.</numerusform>
            <numerusform>Точки могут получить %Ln карточек на карте.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Export Vote Results</source>
        <translation>Экспорт результатов голосования</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
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
        <translation>%1 — %2 (открыто)</translation>
    </message>
    <message numerus="yes">
        <source>Open: %1 — %2, %Ln dot(s) each.</source>
        <translation>
            <numerusform>Открыто: %1 — %2, по %Ln точке на человека.</numerusform>
            <numerusform>Открыто: %1 — %2, по %Ln точки на человека.</numerusform>
            <numerusform>Открыто: %1 — %2, по %Ln точек на человека.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dots stay hidden until the vote closes.</source>
        <translation>Точки скрыты до закрытия голосования.</translation>
    </message>
    <message>
        <source>Click cards on the map to place the dots of whoever has the floor; right-click takes one back.</source>
        <translation>Щёлкайте по карточкам на карте, чтобы ставить точки того, у кого сейчас слово; щелчок правой кнопкой снимает точку.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 left</source>
        <translation>%1: осталось %2 из %3</translation>
    </message>
    <message>
        <source>=%1</source>
        <comment>a rank shared by several cards</comment>
        <translation>=%1</translation>
    </message>
    <message>
        <source>No votes yet. Start one to find the pain points the room cares about most.</source>
        <translation>Голосований пока нет. Начните голосование, чтобы найти болевые точки, которые больше всего волнуют участников.</translation>
    </message>
    <message>
        <source>No dots yet.</source>
        <translation>Точек пока нет.</translation>
    </message>
    <message>
        <source>Opportunities from Top Cards…</source>
        <translation>Возможности из лидирующих карточек…</translation>
    </message>
    <message>
        <source>Turn the cards with the most dots into opportunities for the business case</source>
        <translation>Превратить карточки с наибольшим числом точек в возможности для бизнес-кейса</translation>
    </message>
    <message>
        <source>There is no vote to take the top cards from.</source>
        <translation>Нет голосования, из которого можно взять лидирующие карточки.</translation>
    </message>
    <message>
        <source>Opportunities from Top Cards</source>
        <translation>Возможности из лидирующих карточек</translation>
    </message>
    <message>
        <source>One opportunity for each of the top cards of “%1” (cards that have one already are skipped). How many cards?</source>
        <translation>По одной возможности для каждой из лидирующих карточек «%1» (карточки, у которых она уже есть, пропускаются). Сколько карточек?</translation>
    </message>
    <message>
        <source>The room</source>
        <comment>the participant standing for everyone when the room votes as one</comment>
        <translation>Вся группа</translation>
    </message>
    <message>
        <source>Start vote as the room</source>
        <translation>Начать голосование от всей группы</translation>
    </message>
    <message>
        <source>Nobody is on the participants list yet. Who votes?</source>
        <translation>В списке участников пока никого нет. Кто голосует?</translation>
    </message>
    <message>
        <source>The &amp;room, as one: a shared budget of dots, placed by clicking cards</source>
        <translation>Вся &amp;группа вместе: общий запас точек, которые ставятся щелчком по карточкам</translation>
    </message>
    <message>
        <source>&amp;Add participants first, each with their own dots</source>
        <translation>Сначала &amp;добавить участников, у каждого свои точки</translation>
    </message>
    <message>
        <source>&amp;Dots for the room:</source>
        <translation>&amp;Точек у группы:</translation>
    </message>
</context>
<context>
    <name>waymark::WorkshopCanvas</name>
    <message>
        <source>A vote is open: choose who is voting (Workshop dock, or keys 1–9), then click cards.</source>
        <translation>Идёт голосование: выберите, кто голосует (панель «Воркшоп» или клавиши 1–9), затем щёлкайте по карточкам.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 dots left</source>
        <translation>%1: осталось точек — %2 из %3</translation>
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
        <translation>Участники</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Таймер</translation>
    </message>
    <message numerus="yes">
        <source>Connected now (%n): %1</source>
        <translation>
            <numerusform>Сейчас подключён (%n): %1</numerusform>
            <numerusform>Сейчас подключены (%n): %1</numerusform>
            <numerusform>Сейчас подключено (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone who has this shared journey open at the moment</source>
        <translation>Все, у кого этот общий путь открыт прямо сейчас</translation>
    </message>
</context>
</TS>
