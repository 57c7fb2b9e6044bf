<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn" sourcelanguage="en">
<context>
    <name>Autosaver</name>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation>Nije moguće upisati kopiju za oporavak: %1</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value model to %L1 customers…</source>
        <translation>Model životne vrednosti se prilagođava podacima o kupcima (%L1)…</translation>
    </message>
</context>
<context>
    <name>BusinessCase</name>
    <message>
        <source>one-off cost</source>
        <translation>jednokratni trošak</translation>
    </message>
    <message>
        <source>discount rate</source>
        <translation>diskontna stopa</translation>
    </message>
    <message>
        <source>year %1: benefits − running cost</source>
        <translation>godina %1: koristi − tekući trošak</translation>
    </message>
    <message>
        <source>(%1 − %2) × %3</source>
        <translation>(%1 − %2) × %3</translation>
    </message>
    <message>
        <source>Net present value — %1</source>
        <translation>Neto sadašnja vrednost — %1</translation>
    </message>
    <message>
        <source>−one-off cost + Σ years (benefits − running cost) / (1 + discount rate)^year</source>
        <translation>−jednokratni trošak + Σ po godinama (koristi − tekući trošak) / (1 + diskontna stopa)^godina</translation>
    </message>
    <message>
        <source>Net present value, low — %1</source>
        <translation>Neto sadašnja vrednost, donja procena — %1</translation>
    </message>
    <message>
        <source>as the NPV, with the low end of every benefit</source>
        <translation>kao NPV, uz donju granicu svake koristi</translation>
    </message>
    <message>
        <source>benefits per year, low</source>
        <translation>koristi godišnje, donja procena</translation>
    </message>
    <message>
        <source>Net present value, high — %1</source>
        <translation>Neto sadašnja vrednost, gornja procena — %1</translation>
    </message>
    <message>
        <source>as the NPV, with the high end of every benefit</source>
        <translation>kao NPV, uz gornju granicu svake koristi</translation>
    </message>
    <message>
        <source>benefits per year, high</source>
        <translation>koristi godišnje, gornja procena</translation>
    </message>
    <message>
        <source>Return on investment — %1</source>
        <translation>Povrat ulaganja (ROI) — %1</translation>
    </message>
    <message>
        <source>NPV / (one-off cost + Σ years running cost / (1 + discount rate)^year)</source>
        <translation>NPV / (jednokratni trošak + Σ po godinama tekući trošak / (1 + diskontna stopa)^godina)</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>discounted running costs</source>
        <translation>diskontovani tekući troškovi</translation>
    </message>
    <message>
        <source>net per month after delivery</source>
        <translation>neto mesečno posle realizacije</translation>
    </message>
    <message>
        <source>Payback — %1</source>
        <translation>Povraćaj — %1</translation>
    </message>
    <message>
        <source>the first month in which the cumulative net (undiscounted) reaches the one-off cost</source>
        <translation>prvi mesec u kome kumulativni neto iznos (nediskontovan) dostiže jednokratni trošak</translation>
    </message>
    <message>
        <source>the cumulative net does not reach the one-off cost within the horizon</source>
        <translation>kumulativni neto iznos ne dostiže jednokratni trošak u okviru horizonta</translation>
    </message>
    <message>
        <source>The one-off cost is in %1, not %2: left out</source>
        <translation>Jednokratni trošak je u %1, a ne u %2: izostavljen</translation>
    </message>
    <message>
        <source>The running cost is in %1, not %2: left out</source>
        <translation>Tekući trošak je u %1, a ne u %2: izostavljen</translation>
    </message>
    <message>
        <source>A change names a card that is no longer on the map: left out</source>
        <translation>Izmena se odnosi na karticu koje više nema na mapi: izostavljena</translation>
    </message>
    <message>
        <source>customers per year at the stage</source>
        <translation>korisnika godišnje u fazi</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>obuhvat</translation>
    </message>
    <message>
        <source>The money saved at “%1” is in %2, not %3: left out</source>
        <translation>Ušteđeni novac kod „%1“ je u %2, a ne u %3: izostavljen</translation>
    </message>
    <message>
        <source>Customer effort saved — %1</source>
        <translation>Ušteđeni napor korisnika — %1</translation>
    </message>
    <message>
        <source>customers × reach × (minutes saved / 60 × hour value + money saved)</source>
        <translation>korisnici × obuhvat × (ušteđeni minuti / 60 × vrednost sata + ušteđeni novac)</translation>
    </message>
    <message>
        <source>minutes saved</source>
        <translation>ušteđeni minuti</translation>
    </message>
    <message>
        <source>hour value</source>
        <translation>vrednost sata</translation>
    </message>
    <message>
        <source>money saved</source>
        <translation>ušteđeni novac</translation>
    </message>
    <message>
        <source>No cost per contact is set for the %1 channel: “%2” saves nothing to serve</source>
        <translation>Za kanal %1 nije zadat trošak po kontaktu: „%2“ ne smanjuje trošak usluživanja</translation>
    </message>
    <message>
        <source>Cost to serve saved — %1</source>
        <translation>Ušteda na trošku usluživanja — %1</translation>
    </message>
    <message>
        <source>customers × reach × contacts avoided × cost per contact of the channel</source>
        <translation>korisnici × obuhvat × izbegnuti kontakti × trošak po kontaktu u kanalu</translation>
    </message>
    <message>
        <source>contacts avoided</source>
        <translation>izbegnuti kontakti</translation>
    </message>
    <message>
        <source>cost per contact (%1)</source>
        <translation>trošak po kontaktu (%1)</translation>
    </message>
    <message>
        <source>touchpoint “%1”</source>
        <translation>dodirna tačka „%1“</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: the journey has no NPS data</source>
        <translation>Zadržavanje kod „%1“ je izostavljeno: putovanje nema NPS podatke</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: the card has no data key for NPS answers</source>
        <translation>Zadržavanje kod „%1“ je izostavljeno: kartica nema ključ podataka za NPS odgovore</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: no NPS answers at touchpoint “%2”</source>
        <translation>Zadržavanje kod „%1“ je izostavljeno: nema NPS odgovora u dodirnoj tački „%2“</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: the journey has no CLV data</source>
        <translation>Zadržavanje kod „%1“ je izostavljeno: putovanje nema CLV podatke</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: no CLV of the NPS categories it moves</source>
        <translation>Zadržavanje kod „%1“ je izostavljeno: nema CLV za NPS kategorije između kojih prelaze korisnici</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: the CLV is in %2, not %3</source>
        <translation>Zadržavanje kod „%1“ je izostavljeno: CLV je u %2, a ne u %3</translation>
    </message>
    <message>
        <source>Retention — %1</source>
        <translation>Zadržavanje — %1</translation>
    </message>
    <message>
        <source>customers × reach × detractor share × (to passives × (CLV passives − CLV detractors) + to promoters × (CLV promoters − CLV detractors))</source>
        <translation>korisnici × obuhvat × udeo kritičara × (u pasivne × (CLV pasivnih − CLV kritičara) + u promotere × (CLV promotera − CLV kritičara))</translation>
    </message>
    <message>
        <source>detractor share (95 % interval)</source>
        <translation>udeo kritičara (interval od 95 %)</translation>
    </message>
    <message>
        <source>%1 (%2 – %3) of %4 answers</source>
        <translation>%1 (%2 – %3), odgovora: %4</translation>
    </message>
    <message>
        <source>to passives</source>
        <translation>u pasivne</translation>
    </message>
    <message>
        <source>to promoters</source>
        <translation>u promotere</translation>
    </message>
    <message>
        <source>mean CLV detractors</source>
        <translation>prosečan CLV kritičara</translation>
    </message>
    <message>
        <source>mean CLV passives</source>
        <translation>prosečan CLV pasivnih</translation>
    </message>
    <message>
        <source>mean CLV promoters</source>
        <translation>prosečan CLV promotera</translation>
    </message>
    <message>
        <source>The money the new step “%1” costs is in %2, not %3: left out</source>
        <translation>Novac koji novi korak „%1“ košta je u %2, a ne u %3: izostavljen</translation>
    </message>
    <message>
        <source>Customer effort added — %1</source>
        <translation>Dodati napor korisnika — %1</translation>
    </message>
    <message>
        <source>−customers × (minutes / 60 × hour value + money)</source>
        <translation>−korisnici × (minuti / 60 × vrednost sata + novac)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuti</translation>
    </message>
    <message>
        <source>money</source>
        <translation>novac</translation>
    </message>
    <message>
        <source>spread (%1 confidence)</source>
        <translation>raspon (pouzdanost: %1)</translation>
    </message>
    <message>
        <source>Customer effort per year — %1</source>
        <translation>Napor korisnika godišnje — %1</translation>
    </message>
    <message>
        <source>Σ cards' customer effort saved − added steps' effort</source>
        <translation>Σ ušteđenog napora korisnika po karticama − napor dodatih koraka</translation>
    </message>
    <message>
        <source>low</source>
        <translation>donja procena</translation>
    </message>
    <message>
        <source>high</source>
        <translation>gornja procena</translation>
    </message>
    <message>
        <source>Cost to serve per year — %1</source>
        <translation>Trošak usluživanja godišnje — %1</translation>
    </message>
    <message>
        <source>Σ cards' cost to serve saved</source>
        <translation>Σ ušteda na trošku usluživanja po karticama</translation>
    </message>
    <message>
        <source>Retention per year — %1</source>
        <translation>Zadržavanje godišnje — %1</translation>
    </message>
    <message>
        <source>CLV at risk — %1</source>
        <translation>Ugroženi CLV — %1</translation>
    </message>
    <message>
        <source>Σ linked touchpoints: lifetime value of the customers whose latest answer there was a detractor's</source>
        <translation>Σ povezanih dodirnih tačaka: životna vrednost korisnika čiji je poslednji odgovor tamo bio odgovor kritičara</translation>
    </message>
    <message>
        <source>Running cost per year — %1</source>
        <translation>Tekući trošak godišnje — %1</translation>
    </message>
    <message>
        <source>from month %1 on, after delivery</source>
        <translation>od %1. meseca, posle realizacije</translation>
    </message>
    <message>
        <source>months to deliver</source>
        <translation>meseci do realizacije</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
    <message>
        <source>No customers per year are set: every benefit is 0</source>
        <translation>Nije zadat broj korisnika godišnje: svaka korist je 0</translation>
    </message>
    <message>
        <source>The scenario names an opportunity that no longer exists: left out</source>
        <translation>Scenario se odnosi na priliku koja više ne postoji: izostavljena</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is changed by %2: the total counts each change in full, so it overstates their overlap</source>
        <translation>„%1“ menjaju %2: zbir računa svaku izmenu u celosti, pa precenjuje efekat tamo gde se preklapaju</translation>
    </message>
    <message>
        <source>Σ opportunities</source>
        <translation>Σ prilika</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>prilike</translation>
    </message>
    <message>
        <source>Σ touchpoints linked by any opportunity, each counted once</source>
        <translation>Σ dodirnih tačaka povezanih sa bilo kojom prilikom, svaka računata jednom</translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation>dodirne tačke</translation>
    </message>
    <message>
        <source>the largest card's retention (a customer changes category once); the range uses the ends of the detractor share's 95 % interval and the spread</source>
        <translation>zadržavanje kartice sa najvećim efektom (korisnik menja kategoriju samo jednom); raspon koristi granice intervala od 95 % za udeo kritičara i raspon procene</translation>
    </message>
    <message>
        <source>Retention at “%1” not counted yet: reading the %L2 survey answers…</source>
        <translation>Zadržavanje kod „%1“ još nije uračunato: čitaju se %L2 odgovora iz ankete…</translation>
    </message>
    <message>
        <source>Retention at “%1” not counted yet: fitting the lifetime-value model to %L2 customers…</source>
        <translation>Zadržavanje kod „%1“ još nije uračunato: model životne vrednosti se prilagođava podacima o kupcima (%L2)…</translation>
    </message>
    <message>
        <source>Retention at “%1” not counted yet: matching %L2 survey answers to customers…</source>
        <translation>Zadržavanje kod „%1“ još nije uračunato: odgovori iz ankete (%L2) se povezuju sa kupcima…</translation>
    </message>
</context>
<context>
    <name>BusinessCaseXlsx</name>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>nije moguće napraviti privremenu fasciklu: %1</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>nije moguće napraviti radnu svesku</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Ulazni podaci</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Proračun</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>Objašnjenja</translation>
    </message>
    <message>
        <source>cannot add the sheets</source>
        <translation>nije moguće dodati listove</translation>
    </message>
    <message>
        <source>Business case: every opportunity</source>
        <translation>Poslovni slučaj: sve prilike</translation>
    </message>
    <message>
        <source>Business case: %1</source>
        <translation>Poslovni slučaj: %1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Podešavanje</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Horizon (years, 1–10)</source>
        <translation>Horizont (godine, 1–10)</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Diskontna stopa</translation>
    </message>
    <message>
        <source>Customers per year</source>
        <translation>Korisnika godišnje</translation>
    </message>
    <message>
        <source>Customers per year — %1</source>
        <translation>Korisnika godišnje — %1</translation>
    </message>
    <message>
        <source>Value of the customer's hour</source>
        <translation>Vrednost sata korisnika</translation>
    </message>
    <message>
        <source>Cost per contact — %1</source>
        <translation>Trošak po kontaktu — %1</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Prilika</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Jednokratni trošak</translation>
    </message>
    <message>
        <source>Running cost / year</source>
        <translation>Tekući trošak / godina</translation>
    </message>
    <message>
        <source>Months to deliver</source>
        <translation>Meseci do realizacije</translation>
    </message>
    <message>
        <source>Customer effort / year</source>
        <translation>Napor korisnika / godina</translation>
    </message>
    <message>
        <source>Cost to serve / year</source>
        <translation>Trošak usluživanja / godina</translation>
    </message>
    <message>
        <source>Retention / year</source>
        <translation>Zadržavanje / godina</translation>
    </message>
    <message>
        <source>Benefits / year, low</source>
        <translation>Koristi / godina, donja procena</translation>
    </message>
    <message>
        <source>Benefits / year, high</source>
        <translation>Koristi / godina, gornja procena</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>NPV, low</source>
        <translation>NPV, donja procena</translation>
    </message>
    <message>
        <source>NPV, high</source>
        <translation>NPV, gornja procena</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>Povraćaj (meseci)</translation>
    </message>
    <message>
        <source>Year %1: net, discounted</source>
        <translation>Godina %1: neto, diskontovano</translation>
    </message>
    <message>
        <source>Year %1: running cost, discounted</source>
        <translation>Godina %1: tekući trošak, diskontovan</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>nije u okviru horizonta</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Pokazatelj</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>nije moguće zapisati radnu svesku: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nije moguće zapisati %1: %2</translation>
    </message>
</context>
<context>
    <name>CardImage</name>
    <message>
        <source>The stored picture is damaged.</source>
        <translation>Sačuvana slika je oštećena.</translation>
    </message>
    <message>
        <source>The stored picture is damaged (%1).</source>
        <translation>Sačuvana slika je oštećena (%1).</translation>
    </message>
    <message>
        <source>The picture is stored as “%1”, which is neither JPEG nor PNG.</source>
        <translation>Slika je sačuvana u formatu „%1“, koji nije ni JPEG ni PNG.</translation>
    </message>
    <message>
        <source>The stored picture is %1 × %2 pixels; pictures on cards are at most %3 pixels on each side.</source>
        <translation>Sačuvana slika ima %1 × %2 piksela, a slike na karticama imaju najviše %3 piksela po svakoj strani.</translation>
    </message>
    <message>
        <source>the picture has no id</source>
        <translation>slika nema identifikator</translation>
    </message>
    <message>
        <source>the picture is stored as “%1”, which is neither JPEG nor PNG</source>
        <translation>slika je sačuvana kao „%1”, što nije ni JPEG ni PNG</translation>
    </message>
    <message>
        <source>the picture is empty</source>
        <translation>slika je prazna</translation>
    </message>
    <message>
        <source>the picture takes %1; a stored picture takes at most %2</source>
        <translation>slika zauzima %1; sačuvana slika može da zauzme najviše %2</translation>
    </message>
    <message>
        <source>the picture's size %1 × %2 is not from 1 to %3 pixels on each side</source>
        <translation>veličina slike %1 × %2 — svaka stranica mora biti od 1 do %3 piksela</translation>
    </message>
</context>
<context>
    <name>CardImageImport</name>
    <message>
        <source>the file is %1; a picture may be at most %2.</source>
        <translation>datoteka ima %1, a slika može imati najviše %2.</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete.</source>
        <translation>slika je oštećena ili nepotpuna.</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete (%1).</source>
        <translation>slika je oštećena ili nepotpuna (%1).</translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation>Nalepljena slika</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>it could not be read: %1</source>
        <translation>čitanje nije uspelo: %1</translation>
    </message>
    <message>
        <source>it is larger than %1, the most a picture may be.</source>
        <translation>datoteka je veća od %1, koliko slika najviše sme da ima.</translation>
    </message>
    <message>
        <source>there is no such file (%1).</source>
        <translation>takva datoteka ne postoji (%1).</translation>
    </message>
    <message>
        <source>this is not a file but a folder or a device.</source>
        <translation>ovo nije datoteka, već fascikla ili uređaj.</translation>
    </message>
    <message>
        <source>it could not be opened: %1</source>
        <translation>otvaranje nije uspelo: %1</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>prazno je.</translation>
    </message>
    <message>
        <source>this is not a picture Waymark can read; it takes %1.</source>
        <translation>ovo nije slika koju Waymark može da pročita; Waymark prima %1.</translation>
    </message>
    <message>
        <source>its format is %1; Waymark takes %2.</source>
        <translation>format je %1, a Waymark prima %2.</translation>
    </message>
    <message>
        <source>the picture is %1 × %2 pixels (%3 megapixels); a picture may have at most %4 megapixels.</source>
        <translation>slika ima %1 × %2 piksela (%3 megapiksela), a sme da ima najviše %4 megapiksela.</translation>
    </message>
    <message>
        <source>the picture is %1 × %2 pixels at %3 bits a pixel: reading it would take %4 of memory, more than the %5 a picture may take.</source>
        <translation>slika ima %1 × %2 piksela sa %3 bita po pikselu: za čitanje bi trebalo %4 memorije, a jedna slika sme da zauzme najviše %5.</translation>
    </message>
    <message>
        <source>the picture could not be written anew as %1.</source>
        <translation>slika nije mogla ponovo da se zapiše kao %1.</translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <source>(untitled)</source>
        <translation>(bez naslova)</translation>
    </message>
    <message>
        <source>Time: %1 · Money: %2 · Negative emotion: %3/10</source>
        <translation>Vreme: %1 · Novac: %2 · Negativna emocija: %3/10</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Bolna tačka</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Trenutak istine</translation>
    </message>
    <message>
        <source>today: %1</source>
        <translation>danas: %1</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>uklonjena</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nova</translation>
    </message>
    <message>
        <source>Pain point (red triangle): the step hurts the customer; the team wants it fixed.</source>
        <translation>Bolna tačka (crveni trougao): ovaj korak smeta korisniku i tim želi da ga popravi.</translation>
    </message>
    <message>
        <source>Moment of truth (star): the customer decides here whether to stay.</source>
        <translation>Trenutak istine (zvezda): ovde korisnik odlučuje da li ostaje.</translation>
    </message>
    <message>
        <source>Coloured bar: the department that owns this step — %1.</source>
        <translation>Obojena traka: odeljenje koje je vlasnik ovog koraka — %1.</translation>
    </message>
    <message>
        <source>Negative emotion %1 of 10 (numbered circle): green calm, amber uneasy, red upset.</source>
        <translation>Negativna emocija %1 od 10 (krug sa brojem): zeleno mirno, žuto nelagodno, crveno uznemireno.</translation>
    </message>
    <message>
        <source>Effort: the time (blue) and money (green) this step costs the customer.</source>
        <translation>Napor: vreme (plavo) i novac (zeleno) koje ovaj korak košta korisnika.</translation>
    </message>
    <message>
        <source>What the card rests on (bars: one for an assumption, two for workshop knowledge, three for research, four for measured data): %1.</source>
        <translation>Na čemu kartica počiva (stubići: jedan — pretpostavka, dva — znanje sa radionice, tri — istraživanje, četiri — izmereni podaci): %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) on this card: double-click to see them large.</source>
        <translation>
            <numerusform>%n slika na kartici: dvaput kliknite da je vidite uvećanu.</numerusform>
            <numerusform>%n slike na kartici: dvaput kliknite da ih vidite uvećane.</numerusform>
            <numerusform>%n slika na kartici: dvaput kliknite da ih vidite uvećane.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardMime</name>
    <message>
        <source>The clipboard holds no Waymark cards.</source>
        <translation>U ostavi nema Waymark kartica.</translation>
    </message>
    <message>
        <source>The cards on the clipboard cannot be pasted: %1</source>
        <translation>Kartice iz ostave nije moguće nalepiti: %1</translation>
    </message>
</context>
<context>
    <name>CardTransfer</name>
    <message>
        <source>Copied cards</source>
        <translation>Kopirane kartice</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Web</source>
        <translation>Veb</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Mobilna aplikacija</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Branch / store</source>
        <translation>Filijala / prodavnica</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Ćaskanje</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Društvene mreže</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Pošta</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Lično</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Drugo</translation>
    </message>
</context>
<context>
    <name>ClvCharts</name>
    <message>
        <source>Cumulative repeat purchases, actual and expected</source>
        <translation>Kumulativne ponovljene kupovine, stvarne i očekivane</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Stvarno</translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation>Očekivano (%1)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Nedelja</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Ponovljene kupovine</translation>
    </message>
    <message>
        <source>Calibration end (week %1)</source>
        <translation>Kraj kalibracije (nedelja %1)</translation>
    </message>
</context>
<context>
    <name>ClvModel</name>
    <message>
        <source>no customer bought before the calibration end: nothing to model</source>
        <translation>nijedan korisnik nije kupovao pre kraja kalibracionog perioda: nema šta da se modeluje</translation>
    </message>
    <message>
        <source>only %1 customers, %2 of whom bought again: too few to estimate the models reliably</source>
        <translation>korisnika ima samo %1, od kojih je %2 ponovo kupovalo: to je premalo za pouzdanu procenu modela</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) could not be predicted (the model cannot be evaluated for their history)</source>
        <translation>
            <numerusform>za %n korisnika nije bilo moguće napraviti prognozu (za takvu istoriju kupovina model ne može da se izračuna)</numerusform>
            <numerusform>za %n korisnika nije bilo moguće napraviti prognozu (za takvu istoriju kupovina model ne može da se izračuna)</numerusform>
            <numerusform>za %n korisnika nije bilo moguće napraviti prognozu (za takvu istoriju kupovina model ne može da se izračuna)</numerusform>
        </translation>
    </message>
    <message>
        <source>no customer bought again with a positive amount: the spend model cannot be fitted</source>
        <translation>nijedan korisnik nije ponovo kupovao za pozitivan iznos: model potrošnje ne može da se proceni</translation>
    </message>
    <message>
        <source>the spend model's q is at most 1: the population has no finite mean spend, expected spends are unreliable</source>
        <translation>parametar q modela potrošnje nije veći od 1: populacija nema konačnu prosečnu potrošnju, pa očekivana potrošnja nije pouzdana</translation>
    </message>
    <message>
        <source>the fit found no parameters for which the model explains the data</source>
        <translation>tokom procene nisu pronađeni parametri za koje model objašnjava podatke</translation>
    </message>
    <message numerus="yes">
        <source>the fit did not converge after %n iteration(s); the parameters are the best found, not an optimum</source>
        <translation>
            <numerusform>procena nije konvergirala ni posle %n iteracije; parametri su najbolji pronađeni, a ne optimum</numerusform>
            <numerusform>procena nije konvergirala ni posle %n iteracije; parametri su najbolji pronađeni, a ne optimum</numerusform>
            <numerusform>procena nije konvergirala ni posle %n iteracija; parametri su najbolji pronađeni, a ne optimum</numerusform>
        </translation>
    </message>
    <message>
        <source>the fit ran to the edge of the parameter space (a parameter tends to 0 or infinity): the model does not suit these data</source>
        <translation>procena je stigla do granice prostora parametara (neki parametar teži 0 ili beskonačnosti): model ne odgovara ovim podacima</translation>
    </message>
    <message>
        <source>the likelihood is flat around the optimum: standard errors cannot be given</source>
        <translation>funkcija verodostojnosti je ravna oko optimuma: standardne greške ne mogu da se izračunaju</translation>
    </message>
</context>
<context>
    <name>ClvStatistics</name>
    <message>
        <source>Promoters</source>
        <translation>Promoteri</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Pasivni</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Kritičari</translation>
    </message>
</context>
<context>
    <name>ClvTransactions</name>
    <message>
        <source>fewer than 4 columns (customer, date, count, amount)</source>
        <translation>manje od 4 kolone (korisnik, datum, količina, iznos)</translation>
    </message>
    <message>
        <source>unreadable date</source>
        <translation>nečitljiv datum</translation>
    </message>
    <message>
        <source>unreadable count</source>
        <translation>nečitljiva količina</translation>
    </message>
    <message>
        <source>unreadable amount</source>
        <translation>nečitljiv iznos</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>korisnik</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>iznos</translation>
    </message>
    <message>
        <source>line %1: the header names no column for %2 (found: %3)</source>
        <translation>red %1: zaglavlje nema kolonu za: %2 (pronađeno: %3)</translation>
    </message>
    <message>
        <source>too few columns</source>
        <translation>premalo kolona</translation>
    </message>
    <message>
        <source>no customer id</source>
        <translation>nema ID korisnika</translation>
    </message>
    <message>
        <source>currency other than %1</source>
        <translation>valuta različita od %1</translation>
    </message>
    <message>
        <source>the file holds no transactions</source>
        <translation>datoteka ne sadrži nijednu transakciju</translation>
    </message>
    <message>
        <source>no row could be read as a transaction</source>
        <translation>nijedan red nije moguće pročitati kao transakciju</translation>
    </message>
    <message>
        <source>%1:%2: %3 (row skipped)</source>
        <translation>%1:%2: %3 (red je preskočen)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more row(s) skipped: %2</source>
        <translation>
            <numerusform>%1: preskočen je još %n red: %2</numerusform>
            <numerusform>%1: preskočena su još %n reda: %2</numerusform>
            <numerusform>%1: preskočeno je još %n redova: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1” (it has: %2).</source>
        <translation>Radna sveska nema list „%1“ (ima: %2).</translation>
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
                                prosečni i ukupni CLV po NPS kategoriji i ugroženi CLV po
                                dodirnoj tački; putovanju sa oba skupa podataka ne treba CLVFILE
</translation>
    </message>
    <message>
        <source>--format takes table or json</source>
        <translation>--format prihvata table ili json</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>neočekivan argument „%1“</translation>
    </message>
    <message>
        <source>clv needs the responses and the CLV values: waymark clv NPSFILE CLVFILE</source>
        <translation>clv zahteva odgovore i CLV vrednosti: waymark clv NPSFILE CLVFILE</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Korisnici</translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation>Ukupni CLV</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>Prosečni CLV</translation>
    </message>
    <message>
        <source>No CLV at risk: no customer with a CLV was a detractor at a touchpoint.</source>
        <translation>Nema ugroženog CLV: nijedan korisnik sa poznatim CLV nije bio kritičar ni na jednoj dodirnoj tački.</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Dodirna tačka</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Kritičari</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>Ugroženi CLV</translation>
    </message>
    <message>
        <source>%1 customers joined; %2 answered without a CLV; %3 responses name no customer; %4 customers with a CLV never answered.</source>
        <translation>Upareno korisnika: %1; odgovorilo bez CLV: %2; odgovora bez korisnika: %3; korisnika sa CLV koji nisu odgovorili: %4.</translation>
    </message>
    <message>
        <source>validate takes one file: waymark validate FILE</source>
        <translation>validate prihvata jednu datoteku: waymark validate FILE</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
    </message>
    <message>
        <source>convert takes two files: waymark convert IN OUT</source>
        <translation>convert prihvata dve datoteke: waymark convert IN OUT</translation>
    </message>
    <message>
        <source>IN and OUT are the same file</source>
        <translation>IN i OUT su ista datoteka</translation>
    </message>
    <message numerus="yes">
        <source>Converted %1 to %2 (%n touchpoint(s))</source>
        <translation>
            <numerusform>%1 pretvoreno u %2 (%n dodirna tačka)</numerusform>
            <numerusform>%1 pretvoreno u %2 (%n dodirne tačke)</numerusform>
            <numerusform>%1 pretvoreno u %2 (%n dodirnih tačaka)</numerusform>
        </translation>
    </message>
    <message>
        <source>  waymark --version             print the version
  waymark --help                print this help

Exit status: 0 success, 1 a file could not be read or written, 2 wrong arguments.
</source>
        <translation>  waymark --version             ispisuje verziju
  waymark --help                ispisuje ovu pomoć

Izlazni status: 0 uspeh, 1 datoteka nije mogla da se pročita ili upiše, 2 pogrešni argumenti.
</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD with FIELD one of %1</source>
        <translation>--map prihvata COLUMN=FIELD, gde je FIELD jedno od: %1</translation>
    </message>
    <message>
        <source>--encoding needs a name such as windows-1251</source>
        <translation>--encoding zahteva naziv kodiranja, npr. windows-1251</translation>
    </message>
    <message>
        <source>--delimiter needs a character</source>
        <translation>--delimiter zahteva jedan znak</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3 (row skipped)</source>
        <translation>%1:%2: %3 (red je preskočen)</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4 (row skipped)</source>
        <translation>%1:%2: %3: %4 (red je preskočen)</translation>
    </message>
    <message>
        <source>give one of --pdf OUT, --png OUT or --svg OUT</source>
        <translation>navedite jedno od: --pdf OUT, --png OUT ili --svg OUT</translation>
    </message>
    <message>
        <source>--page takes A4, A3, A2, A1, Letter or Tabloid</source>
        <translation>--page prihvata A4, A3, A2, A1, Letter ili Tabloid</translation>
    </message>
    <message>
        <source>--layers needs a list such as effort,emotion,nps</source>
        <translation>--layers zahteva listu, npr. effort,emotion,nps</translation>
    </message>
    <message>
        <source>--department needs a department's name</source>
        <translation>--department zahteva naziv odeljenja</translation>
    </message>
    <message>
        <source>--scale needs a positive number (2 = twice the screen size)</source>
        <translation>--scale zahteva pozitivan broj (2 = dvostruka veličina ekrana)</translation>
    </message>
    <message>
        <source>export needs a journey and an output: waymark export JOURNEY --pdf OUT</source>
        <translation>export zahteva putovanje i izlaznu datoteku: waymark export JOURNEY --pdf OUT</translation>
    </message>
    <message>
        <source>no department “%1” in this journey (it has: %2)</source>
        <translation>u ovom putovanju nema odeljenja „%1“ (postoje: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s), %2 %3</source>
        <translation>
            <numerusform>%1: %n strana, %2 %3</numerusform>
            <numerusform>%1: %n strane, %2 %3</numerusform>
            <numerusform>%1: %n strana, %2 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>položeno</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>uspravno</translation>
    </message>
    <message>
        <source>%1: the whole map</source>
        <translation>%1: cela mapa</translation>
    </message>
    <message>
        <source>%1 needs a file</source>
        <translation>%1 zahteva datoteku</translation>
    </message>
    <message>
        <source>--name needs a name</source>
        <translation>--name zahteva naziv</translation>
    </message>
    <message>
        <source>%1 is not a journey file (.waymark or .waymark.json)</source>
        <translation>%1 nije datoteka putovanja (.waymark ili .waymark.json)</translation>
    </message>
    <message>
        <source>%1: added “%2”: %3 of %4 rows imported, %5 refused</source>
        <translation>%1: dodat je „%2“: uvezeno redova: %3 od %4, odbijeno: %5</translation>
    </message>
    <message>
        <source>--by needs a list such as touchpoint,quarter</source>
        <translation>--by zahteva listu, npr. touchpoint,quarter</translation>
    </message>
    <message>
        <source>--format takes table, csv or json</source>
        <translation>--format prihvata table, csv ili json</translation>
    </message>
    <message>
        <source>* fewer than 30 answers: a weak signal</source>
        <translation>* manje od 30 odgovora: slab signal</translation>
    </message>
    <message>
        <source>--lang takes one of %1</source>
        <translation>--lang prihvata jedno od: %1</translation>
    </message>
    <message>
        <source>Usage:
  waymark [FILE]                open the journey map editor (FILE: .waymark or .waymark.json)
  waymark --review FILE         open FILE read-only for comments (a department head's review)
  waymark convert IN OUT        convert between .waymark and .waymark.json (by extension)
  waymark validate FILE         check a journey file and print a one-line summary
</source>
        <translation>Upotreba:
  waymark [FILE]                otvara uređivač mape putovanja (FILE: .waymark ili .waymark.json)
  waymark --review FILE         otvara FILE samo za čitanje, radi komentara (pregled rukovodioca odeljenja)
  waymark convert IN OUT        pretvara između .waymark i .waymark.json (prema ekstenziji)
  waymark validate FILE         proverava datoteku putovanja i ispisuje rezime u jednom redu
</translation>
    </message>
    <message>
        <source>--sheet needs a sheet's name or number</source>
        <translation>--sheet zahteva naziv ili broj lista</translation>
    </message>
    <message>
        <source>%1 holds no %2 dataset</source>
        <translation>%1 ne sadrži %2 skup podataka</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>give one of --nps FILE, --clv FILE or --metric M FILE</source>
        <translation>navedite jedno od: --nps FILE, --clv FILE ili --metric M FILE</translation>
    </message>
    <message>
        <source>--metric takes one of nps, csat, ces, audit, enps, mean and then a file</source>
        <translation>--metric prihvata jedno od: nps, csat, ces, audit, enps, mean, a zatim datoteku</translation>
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
                                NPS sa n, udelima i marginom ±95 % po grupi; FILE je
                                datoteka odgovora (CSV, TSV, JSON, NDJSON) ili putovanje
                                sa NPS skupom podataka. DIM: journey stage touchpoint segment
                                channel department location month quarter year
</translation>
    </message>
    <message>
        <source>* fewer than %1 answers: a weak signal</source>
        <translation>* manje od %1 odgovora: slab signal</translation>
    </message>
    <message>
        <source>--metric takes one of %1</source>
        <translation>--metric prihvata jedno od: %1</translation>
    </message>
    <message>
        <source>--value needs a column name</source>
        <translation>--value zahteva naziv kolone</translation>
    </message>
    <message>
        <source>unknown dimension “%1” (%2)</source>
        <translation>nepoznata dimenzija „%1“ (%2)</translation>
    </message>
    <message>
        <source>a file is needed: waymark stats FILE --metric M</source>
        <translation>potrebna je datoteka: waymark stats FILE --metric M</translation>
    </message>
    <message>
        <source>no column gives “%1” (columns found: %2); name the column with --map COLUMN=%3</source>
        <translation>nijedna kolona ne sadrži „%1“ (pronađene kolone: %2); navedite kolonu pomoću --map COLUMN=%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nema</translation>
    </message>
    <message>
        <source>--scenario takes a scenario's name</source>
        <translation>--scenario zahteva naziv scenarija</translation>
    </message>
    <message>
        <source>--horizon takes a whole number of years from 1 to 10</source>
        <translation>--horizon zahteva ceo broj godina od 1 do 10</translation>
    </message>
    <message>
        <source>--discount takes a rate from 0 to 1 (0.08) or a percentage (8%)</source>
        <translation>--discount zahteva stopu od 0 do 1 (0.08) ili procenat (8%)</translation>
    </message>
    <message>
        <source>--format takes table, json, csv or xlsx</source>
        <translation>--format prihvata table, json, csv ili xlsx</translation>
    </message>
    <message>
        <source>--out takes a file name</source>
        <translation>--out zahteva naziv datoteke</translation>
    </message>
    <message>
        <source>business-case needs a journey: waymark business-case JOURNEY</source>
        <translation>business-case zahteva putovanje: waymark business-case JOURNEY</translation>
    </message>
    <message>
        <source>--format xlsx needs --out FILE: a workbook is no text for the terminal</source>
        <translation>--format xlsx zahteva --out FILE: radna sveska nije tekst za terminal</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mesec</numerusform>
            <numerusform>%n meseca</numerusform>
            <numerusform>%n meseci</numerusform>
        </translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>nije u okviru horizonta</translation>
    </message>
    <message>
        <source>Every opportunity</source>
        <translation>Sve prilike</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message numerus="yes">
        <source>amounts in %1; %n year(s) at a discount rate of %2</source>
        <translation>
            <numerusform>iznosi u %1; %n godina uz diskontnu stopu od %2</numerusform>
            <numerusform>iznosi u %1; %n godine uz diskontnu stopu od %2</numerusform>
            <numerusform>iznosi u %1; %n godina uz diskontnu stopu od %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Prilika</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Jednokratni trošak</translation>
    </message>
    <message>
        <source>Running / year</source>
        <translation>Tekući / godina</translation>
    </message>
    <message>
        <source>Effort / year</source>
        <translation>Napor / godina</translation>
    </message>
    <message>
        <source>Cost to serve / year</source>
        <translation>Trošak usluživanja / godina</translation>
    </message>
    <message>
        <source>Retention / year</source>
        <translation>Zadržavanje / godina</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>NPV low – high</source>
        <translation>NPV nisko – visoko</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Povraćaj</translation>
    </message>
    <message>
        <source>The journey has no opportunities to value.</source>
        <translation>Putovanje nema prilika za vrednovanje.</translation>
    </message>
    <message>
        <source>Left out or to check:</source>
        <translation>Izostavljeno ili za proveru:</translation>
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
                                koliko vredi svaka prilika: koristi godišnje (napor korisnika,
                                trošak usluživanja, zadržavanje), NPV sa rasponom, ROI i
                                povraćaj; sve prilike, osim ako je naveden scenario. RATE:
                                0.08 ili 8%. xlsx (zahteva --out): ulazni podaci i žive formule
</translation>
    </message>
    <message>
        <source>no scenario “%1”: the journey has no scenarios</source>
        <translation>nema scenarija „%1“: putovanje nema scenarija</translation>
    </message>
    <message>
        <source>no scenario “%1”; the journey's scenarios: %2</source>
        <translation>nema scenarija „%1“; scenariji putovanja: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nije moguće zapisati %1: %2</translation>
    </message>
    <message>
        <source>--calibration-end takes a date such as 1997-09-30</source>
        <translation>--calibration-end prihvata datum, npr. 1997-09-30</translation>
    </message>
    <message>
        <source>--horizon-months takes a whole number of months from 1 to 1200</source>
        <translation>--horizon-months prihvata ceo broj meseci od 1 do 1200</translation>
    </message>
    <message>
        <source>--discount takes an annual rate as a fraction, such as 0.08 for 8 % a year</source>
        <translation>--discount prihvata godišnju stopu kao udeo, npr. 0.08 za 8 % godišnje</translation>
    </message>
    <message>
        <source>--time-unit takes days, weeks or months</source>
        <translation>--time-unit prihvata days, weeks ili months</translation>
    </message>
    <message>
        <source>--model takes bgnbd or paretonbd</source>
        <translation>--model prihvata bgnbd ili paretonbd</translation>
    </message>
    <message>
        <source>--customers takes the CSV file to write</source>
        <translation>--customers prihvata CSV datoteku u koju se upisuje rezultat</translation>
    </message>
    <message>
        <source>clv-model needs a transactions file: waymark clv-model TRANSACTIONS</source>
        <translation>clv-model zahteva datoteku transakcija: waymark clv-model TRANSACTIONS</translation>
    </message>
    <message>
        <source>%1 transactions, %2 customers (%3 bought again); calibration to %4, time in %5</source>
        <translation>Transakcija: %1, korisnika: %2 (od toga ponovo kupovalo: %3); kalibracija do %4, jedinica vremena: %5</translation>
    </message>
    <message>
        <source>log-likelihood</source>
        <translation>log-verodostojnost</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parametar</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Procena</translation>
    </message>
    <message>
        <source>Std. error</source>
        <translation>Stand. greška</translation>
    </message>
    <message>
        <source>%1 fits these transactions better (higher log-likelihood); predictions use %2.</source>
        <translation>%1 bolje opisuje ove transakcije (veća log-verodostojnost); prognoze koriste %2.</translation>
    </message>
    <message numerus="yes">
        <source>CLV over %n month(s) at %1 a year: total %2, mean %3 per customer</source>
        <translation>
            <numerusform>CLV za %n mesec uz diskontnu stopu od %1 godišnje: ukupno %2, prosečno %3 po korisniku</numerusform>
            <numerusform>CLV za %n meseca uz diskontnu stopu od %1 godišnje: ukupno %2, prosečno %3 po korisniku</numerusform>
            <numerusform>CLV za %n meseci uz diskontnu stopu od %1 godišnje: ukupno %2, prosečno %3 po korisniku</numerusform>
        </translation>
    </message>
    <message>
        <source>Holdout to %1 (%2 %3): %4 repeat purchases, %5 predicted</source>
        <translation>Kontrolni period do %1 (%2 %3): ponovljenih kupovina: %4, predviđeno: %5</translation>
    </message>
    <message>
        <source>Rows: %1 unreadable, %2 with a negative amount left out (returns), %3 worth 0 kept, %4 repeated rows kept; %5 customers first bought after the calibration end</source>
        <translation>Redovi: nečitljivih: %1, izostavljenih sa negativnim iznosom (povrati): %2, zadržanih sa iznosom 0: %3, zadržanih ponovljenih: %4; korisnika čija je prva kupovina posle kraja kalibracije: %5</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nije moguće pročitati %1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>upozorenje: %1</translation>
    </message>
    <message>
        <source>--review takes one file: waymark --review FILE</source>
        <translation>--review prihvata jednu datoteku: waymark --review FILE</translation>
    </message>
    <message>
        <source>unknown option "%1"</source>
        <translation>nepoznata opcija „%1“</translation>
    </message>
    <message>
        <source>unknown command "%1" (the editor opens one file: waymark FILE)</source>
        <translation>nepoznata komanda „%1“ (uređivač otvara jednu datoteku: waymark FILE)</translation>
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
                                životna vrednost i odlazak korisnika iz transakcija (korisnik,
                                datum, iznos[, broj, valuta]: CSV/TSV/xlsx/JSON sa zaglavljem,
                                kolone odvojene razmacima u stilu CDNOW ili putovanje sa
                                kupovinama): poređenje BG/NBD i Pareto/NBD, Gamma-Gamma
                                potrošnja, P(alive) i CLV po korisniku. Kupovine posle DATE čine
                                kontrolni uzorak. CLV sabira N kalendarskih meseci (365,25/12
                                dana, podrazumevano 12), svaki diskontovan GODIŠNJOM STOPOM RATE
                                (podrazumevano 0.08) kao 1/(1+RATE)^(mesec/12). Redovi vredni 0
                                računaju se kao kupovine, negativni (povraćaji) se izostavljaju,
                                ponovljeni redovi se zadržavaju; svi uračunati
</translation>
    </message>
    <message>
        <source>%1 holds no purchases: add them with waymark import %1 --transactions FILE</source>
        <translation>%1 ne sadrži kupovine: dodajte ih komandom waymark import %1 --transactions FILE</translation>
    </message>
    <message>
        <source>give one of --nps FILE, --clv FILE, --metric M FILE or --transactions FILE</source>
        <translation>navedite jedno od: --nps FILE, --clv FILE, --metric M FILE ili --transactions FILE</translation>
    </message>
    <message>
        <source>import needs a journey and a file: waymark import JOURNEY --nps FILE | --clv FILE | --metric M FILE | --transactions FILE</source>
        <translation>za import su potrebni putovanje i datoteka: waymark import JOURNEY --nps FILE | --clv FILE | --metric M FILE | --transactions FILE</translation>
    </message>
    <message>
        <source>%1 is not an option of --transactions (its columns are found by their names)</source>
        <translation>%1 nije opcija za --transactions (kolone se prepoznaju po nazivima)</translation>
    </message>
    <message>
        <source>  waymark portfolio FOLDER [--format table|csv|json]
                                every journey in FOLDER at a glance: owner, last save, stages,
                                cards, customer time, NPS ± margin, CLV at risk, open comments,
                                opportunities by status; files that cannot be read are named
</source>
        <translation>  waymark portfolio FOLDER [--format table|csv|json]
                                sva putovanja u fascikli FOLDER na jedan pogled: nosilac, poslednje
                                čuvanje, faze, kartice, vreme korisnika, NPS ± margina, ugroženi
                                CLV, otvoreni komentari, prilike po statusu; navode se datoteke
                                koje ne mogu da se pročitaju
</translation>
    </message>
    <message>
        <source>portfolio needs a folder: waymark portfolio FOLDER</source>
        <translation>za portfolio je potrebna fascikla: waymark portfolio FOLDER</translation>
    </message>
    <message>
        <source>%1: left out: %2</source>
        <translation>%1: izostavljeno: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Putovanje</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Nosilac</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sačuvano</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Faze</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kartice</translation>
    </message>
    <message>
        <source>Customer time</source>
        <translation>Vreme korisnika</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Otvoreni komentari</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Prilike</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Po statusu</translation>
    </message>
    <message>
        <source>a PostgreSQL source needs --table NAME or --query SQL (one of them)</source>
        <translation>za PostgreSQL izvor potrebno je --table NAME ili --query SQL (jedno od njih)</translation>
    </message>
    <message>
        <source>--metric takes a metric with answer categories: %1</source>
        <translation>--metric prihvata metriku sa kategorijama odgovora: %1</translation>
    </message>
    <message>
        <source>--by takes one of %1</source>
        <translation>--by prihvata jedno od: %1</translation>
    </message>
    <message>
        <source>--group needs a group's value, such as a touchpoint key</source>
        <translation>--group zahteva vrednost grupe, na primer ključ dodirne tačke</translation>
    </message>
    <message>
        <source>--category needs a category such as detractors, or all</source>
        <translation>--category zahteva kategoriju, na primer detractors, ili all</translation>
    </message>
    <message>
        <source>--top takes a number of terms from 1 to 1000</source>
        <translation>--top prihvata broj termina od 1 do 1000</translation>
    </message>
    <message>
        <source>a file is needed: waymark say FILE</source>
        <translation>potrebna je datoteka: waymark say FILE</translation>
    </message>
    <message>
        <source>--category takes %1 or all for %2</source>
        <translation>--category prihvata %1 ili all za %2</translation>
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
                                šta korisnici kažu: reči i izrazi od dve reči po kojima se
                                komentari svake grupe izdvajaju (ponderisani log-količnici
                                šansi, |z| ≥ 1.96), sa najkraćim citatima, uz maskirane lične
                                podatke. Podrazumevano: kritičari svake dodirne tačke naspram
                                svih ostalih komentara. FILE: datoteka odgovora ili putovanje sa
                                takvim skupom podataka
</translation>
    </message>
    <message>
        <source>%1 has no comments (name the comment column with --map COLUMN=comment)</source>
        <translation>%1 nema komentare (navedite kolonu komentara sa --map COLUMN=comment)</translation>
    </message>
    <message>
        <source>%1 has no “%2” values to group by (--by); name the column with --map COLUMN=%3</source>
        <translation>%1 nema vrednosti „%2“ za grupisanje (--by); navedite kolonu sa --map COLUMN=%3</translation>
    </message>
    <message>
        <source>no %1 “%2” with comments in %3</source>
        <translation>u %3 nema komentara za %1 „%2“</translation>
    </message>
    <message>
        <source>all answers</source>
        <translation>svi odgovori</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3, %n comment(s)</source>
        <translation>
            <numerusform>%1 %2: %3, %n komentar</numerusform>
            <numerusform>%1 %2: %3, %n komentara</numerusform>
            <numerusform>%1 %2: %3, %n komentara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (against %n other comment(s))</source>
        <translation>
            <numerusform> (naspram %n drugog komentara)</numerusform>
            <numerusform> (naspram %n druga komentara)</numerusform>
            <numerusform> (naspram %n drugih komentara)</numerusform>
        </translation>
    </message>
    <message>
        <source>  no other comments to compare with (try --category or another --by)</source>
        <translation>  nema drugih komentara za poređenje (probajte --category ili drugi --by)</translation>
    </message>
    <message>
        <source>  no term stands out (|z| ≥ 1.96, seen at least %1 times)</source>
        <translation>  nijedan termin se ne izdvaja (|z| ≥ 1.96, viđen bar %1 puta)</translation>
    </message>
    <message>
        <source>term</source>
        <translation>termin</translation>
    </message>
    <message>
        <source>count</source>
        <translation>broj</translation>
    </message>
    <message>
        <source>others</source>
        <translation>u ostalima</translation>
    </message>
    <message>
        <source>log-odds</source>
        <translation>log-količnik šansi</translation>
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
                                metrika po grupi sa n i intervalom od 95 %; M: nps csat ces
                                audit enps mean; FILE: odgovori (CSV, TSV, JSON, xlsx; po jedan u
                                redu ili zbirni brojevi) ili putovanje sa takvim skupom podataka.
                                DIM: journey stage touchpoint segment channel department
                                location month quarter year
  waymark stats postgresql://[USER@]HOST[:PORT]/DB --table T | --query SQL --metric M [--by DIM,...]
              [--map COLUMN=FIELD ...] [--timeout SECONDS] [--format table|csv|json]
                                isto za odgovore u PostgreSQL bazi: server broji po grupama,
                                nijedan odgovor se ne kopira; lozinka se uzima iz ~/.pgpass
</translation>
    </message>
    <message>
        <source>%1 needs a value: --table NAME or --query SQL</source>
        <translation>%1 zahteva vrednost: --table NAME ili --query SQL</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout prihvata broj sekundi</translation>
    </message>
    <message>
        <source>--table and --query read from a PostgreSQL server: waymark stats postgresql://HOST/DB --table T</source>
        <translation>--table i --query čitaju sa PostgreSQL servera: waymark stats postgresql://HOST/DB --table T</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>povezivanje sa %1 nije uspelo: %2</translation>
    </message>
    <message>
        <source>server publish takes a URL and a journey file: waymark server publish URL FILE</source>
        <translation>server publish prima URL i datoteku putanje: waymark server publish URL FILE</translation>
    </message>
    <message>
        <source>Published “%1” as %2</source>
        <translation>Putanja „%1“ je objavljena kao %2</translation>
    </message>
    <message>
        <source>server list takes a URL: waymark server list URL [--format table|json]</source>
        <translation>server list prima URL: waymark server list URL [--format table|json]</translation>
    </message>
    <message>
        <source>No journeys on this server yet: waymark server publish URL FILE puts one there.</source>
        <translation>Na ovom serveru još nema putanja: waymark server publish URL FILE objavljuje jednu.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>putanja</translation>
    </message>
    <message>
        <source>published by</source>
        <translation>objavio</translation>
    </message>
    <message>
        <source>last change</source>
        <translation>poslednja izmena</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>izmene</translation>
    </message>
    <message>
        <source>server export takes a URL, a journey id and a file: waymark server export URL ID OUT</source>
        <translation>server export prima URL, id putanje i datoteku: waymark server export URL ID OUT</translation>
    </message>
    <message>
        <source>“%1” is not a journey id (waymark server list URL shows them)</source>
        <translation>„%1“ nije id putanje (prikazuje ih waymark server list URL)</translation>
    </message>
    <message>
        <source>Saved “%1” to %2</source>
        <translation>Putanja „%1“ je sačuvana u %2</translation>
    </message>
    <message>
        <source>  waymark server publish URL FILE | server list URL [--format table|json] | server export URL ID OUT
                                journeys shared through a PostgreSQL database (URL:
                                postgresql://[USER@]HOST[:PORT]/DB; the password comes from
                                ~/.pgpass): publish a journey file, list the journeys there,
                                save one back to a .waymark or .waymark.json file
</source>
        <translation>  waymark server publish URL FILE | server list URL [--format table|json] | server export URL ID OUT
                                putanje deljene preko baze podataka PostgreSQL (URL:
                                postgresql://[USER@]HOST[:PORT]/DB; lozinka se čita iz
                                ~/.pgpass): objavi datoteku putanje, prikaži putanje na serveru,
                                sačuvaj putanju nazad u datoteku .waymark ili .waymark.json
</translation>
    </message>
    <message>
        <source>server takes publish, list or export: waymark server publish URL FILE</source>
        <translation>server prima publish, list ili export: waymark server publish URL FILE</translation>
    </message>
    <message>
        <source>  waymark --server URL ID       open journey ID shared on a PostgreSQL server and edit it live
                                (URL: postgresql://HOST[:PORT]/DB; `waymark server list URL` shows the ids)
</source>
        <translation>  waymark --server URL ID       otvori putovanje ID sa PostgreSQL servera i uređuj ga zajedno sa drugima
                                (URL: postgresql://HOST[:PORT]/BAZA; `waymark server list URL` prikazuje oznake)
</translation>
    </message>
    <message>
        <source>--server takes a server URL and a journey id: waymark --server postgresql://HOST/DB JOURNEY-ID</source>
        <translation>--server zahteva adresu servera i oznaku putovanja: waymark --server postgresql://HOST/BAZA ID-PUTOVANJA</translation>
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
                                dodaje u datoteku putovanja odgovore za metriku (nps csat ces
                                audit enps mean), CLV vrednosti ili kupovine (korisnik, datum,
                                iznos[, broj, valuta]; iz njih uči model životne vrednosti)
  waymark import JOURNEY --nps|--metric M postgresql://HOST/DB --table T | --query SQL [--map …]
                                odgovori koji ostaju u PostgreSQL-u: putovanje čuva njihov broj po
                                grupama i odakle potiču (nikada lozinku)
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>za %1 je potrebna vrednost</translation>
    </message>
    <message>
        <source>--table and --query read answers from a PostgreSQL server: waymark import JOURNEY --metric M postgresql://HOST/DB --table T</source>
        <translation>--table i --query čitaju odgovore sa PostgreSQL servera: waymark import JOURNEY --metric M postgresql://HOST/DB --table T</translation>
    </message>
    <message>
        <source>only survey answers are read from PostgreSQL (--nps or --metric M)</source>
        <translation>iz PostgreSQL-a se čitaju samo odgovori iz anketa (--nps ili --metric M)</translation>
    </message>
    <message>
        <source>%1: added “%2” from %3: %4 answers in %5 groups; refresh with: waymark refresh %1</source>
        <translation>%1: dodato „%2” iz %3: %4 odgovora u %5 grupa; osvežavanje: waymark refresh %1</translation>
    </message>
    <message>
        <source>  waymark refresh JOURNEY [--name NAME] [--timeout SECONDS]
                                read the journey's data from PostgreSQL anew (every dataset that
                                came from a server, or the one named); one that fails keeps its
                                last figures and is named
</source>
        <translation>  waymark refresh JOURNEY [--name NAME] [--timeout SECONDS]
                                ponovo čita podatke putovanja iz PostgreSQL-a (sve skupove sa
                                servera ili navedeni); skup koji ne može da se pročita zadržava
                                poslednje brojke i navodi se
</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>za --timeout je potreban broj sekundi</translation>
    </message>
    <message>
        <source>refresh needs a journey: waymark refresh JOURNEY</source>
        <translation>za refresh je potrebno putovanje: waymark refresh JOURNEY</translation>
    </message>
    <message>
        <source>%1 has no data from a server to refresh</source>
        <translation>%1 nema podatke sa servera koje bi moglo da se osveži</translation>
    </message>
    <message>
        <source>%1 has no data from a server named “%2”</source>
        <translation>%1 nema podatke sa servera pod imenom „%2”</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dataset(s) refreshed</source>
        <translation>
            <numerusform>%1: osvežen je %n skup podataka</numerusform>
            <numerusform>%1: osvežena su %n skupa podataka</numerusform>
            <numerusform>%1: osveženo je %n skupova podataka</numerusform>
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
                                mapa kao PDF (sa rezimeom za rukovodstvo; --future dodaje mapu
                                budućeg stanja za izabrani scenario putovanja, --personas kartice
                                persona pre mape, --pictures slike sa kartica sa natpisima posle
                                nje), PNG ili SVG
</translation>
    </message>
    <message>
        <source>--personas: no persona of this journey has a description, goals, frustrations or a photo, so there is no persona page</source>
        <translation>--personas: nijedna persona ovog putovanja nema opis, ciljeve, frustracije ni fotografiju, pa nema stranice persona</translation>
    </message>
</context>
<context>
    <name>DataOverlay</name>
    <message>
        <source>M</source>
        <comment>millions</comment>
        <translation>mil.</translation>
    </message>
    <message>
        <source>k</source>
        <comment>thousands</comment>
        <translation>hilj.</translation>
    </message>
    <message>
        <source>%1 at risk</source>
        <translation>ugroženo: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>What this card's detractors write about most distinctly</source>
        <translation>O čemu kritičari ove kartice najviše pišu, upadljivo više od drugih</translation>
    </message>
    <message>
        <source>%1: the lifetime value of the customers who were detractors here</source>
        <translation>%1 — životna vrednost korisnika koji su ovde bili kritičari</translation>
    </message>
    <message>
        <source>CLV …</source>
        <extracomment>The CLV-at-risk pill on a card while the survey answers are still being read.</extracomment>
        <translation>CLV …</translation>
    </message>
    <message>
        <source>CLV at risk: reading the %L1 survey answers… The amounts appear here by themselves when they are read.</source>
        <translation>Ugroženi CLV: čitaju se %L1 odgovora iz ankete… Iznosi će se sami pojaviti ovde čim odgovori budu učitani.</translation>
    </message>
    <message>
        <source>CLV at risk: fitting the lifetime-value model to %L1 customers… The amounts appear here by themselves when it is done.</source>
        <translation>Ugroženi CLV: model životne vrednosti se prilagođava podacima o kupcima (%L1)… Iznosi će se sami pojaviti ovde kada proračun bude gotov.</translation>
    </message>
    <message>
        <source>CLV at risk: matching %L1 survey answers to customers… The amounts appear here by themselves when they are matched.</source>
        <translation>Ugroženi CLV: odgovori iz ankete (%L1) se povezuju sa kupcima… Iznosi će se sami pojaviti ovde kada povezivanje bude gotovo.</translation>
    </message>
</context>
<context>
    <name>DatasetJson</name>
    <message>
        <source>expected an object</source>
        <translation>očekivan je objekat</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nedostaje</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>očekivan je tekst</translation>
    </message>
    <message>
        <source>expected a whole number of 0 or more</source>
        <translation>očekivan je ceo broj, 0 ili veći</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>očekivana je lista</translation>
    </message>
    <message>
        <source>expected %1 values like the other columns, got %2</source>
        <translation>očekivan broj vrednosti: %1, kao u ostalim kolonama; dobijeno: %2</translation>
    </message>
    <message>
        <source>expected the index of an entry in "strings"</source>
        <translation>očekivan je indeks stavke u "strings"</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD or null</source>
        <translation>očekivan je datum u obliku YYYY-MM-DD ili null</translation>
    </message>
    <message>
        <source>the first entry must be the empty text</source>
        <translation>prva stavka mora biti prazan tekst</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>očekivan je broj</translation>
    </message>
    <message>
        <source>expected an id</source>
        <translation>očekivan je ID</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>očekivano je true ili false</translation>
    </message>
    <message>
        <source>expected a date and time like 2026-11-23T10:00:00Z</source>
        <translation>očekivani su datum i vreme u obliku 2026-11-23T10:00:00Z</translation>
    </message>
    <message>
        <source>unknown value “%1”; expected one of: %2</source>
        <translation>nepoznata vrednost „%1“; očekuje se jedno od: %2</translation>
    </message>
    <message>
        <source>expected a colour like "#1f77b4"</source>
        <translation>očekivana je boja u obliku "#1f77b4"</translation>
    </message>
    <message>
        <source>expected a number or null</source>
        <translation>očekivan je broj ili null</translation>
    </message>
    <message>
        <source>expected a %1 answer from %2 to %3</source>
        <translation>očekivan je %1 odgovor od %2 do %3</translation>
    </message>
    <message>
        <source>expected "nps", "csat", "ces", "audit", "enps", "mean", "clv" or "transactions"</source>
        <translation>očekivano je "nps", "csat", "ces", "audit", "enps", "mean", "clv" ili "transactions"</translation>
    </message>
</context>
<context>
    <name>DockFields</name>
    <message>
        <source>Enter a three-letter ISO 4217 currency code, such as EUR.</source>
        <translation>Unesite troslovni ISO 4217 kod valute, na primer EUR.</translation>
    </message>
</context>
<context>
    <name>Effort</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 č</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 č %2 min</translation>
    </message>
</context>
<context>
    <name>EffortInput</name>
    <message>
        <source>A time cannot be negative.</source>
        <translation>Vreme ne može biti negativno.</translation>
    </message>
    <message>
        <source>Write hours and minutes as h:mm, for example 1:30.</source>
        <translation>Sate i minute pišite kao č:mm, na primer 1:30.</translation>
    </message>
    <message>
        <source>Minutes after the colon go from 00 to 59.</source>
        <translation>Minuti posle dvotačke idu od 00 do 59.</translation>
    </message>
    <message>
        <source>Minutes after the hours go from 0 to 59.</source>
        <translation>Minuti posle sati idu od 0 do 59.</translation>
    </message>
    <message>
        <source>That time is too long.</source>
        <translation>To vreme je predugo.</translation>
    </message>
    <message>
        <source>Enter an amount such as %1.</source>
        <translation>Unesite iznos, na primer %1.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Iznos ne može biti negativan.</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places.</source>
        <translation>Iznos može imati najviše dve decimale.</translation>
    </message>
    <message>
        <source>That amount is too large: at most %1.</source>
        <translation>Iznos je prevelik: najviše %1.</translation>
    </message>
    <message>
        <source>Enter a time such as 90, 1h 30m, 1:30 or 3 days.</source>
        <translation>Unesite vreme, na primer 90, 1 sat 30 min, 1:30 ili 3 dana.</translation>
    </message>
    <message>
        <source>Unknown unit “%1”: use d for days, h for hours and min for minutes.</source>
        <translation>Nepoznata jedinica „%1“: koristite d za dane, sat za sate i min za minute.</translation>
    </message>
    <message>
        <source>Write each unit once, largest first: weeks, days, hours, minutes.</source>
        <translation>Svaku jedinicu navedite samo jednom, od najveće ka najmanjoj: nedelje, dani, sati, minuti.</translation>
    </message>
</context>
<context>
    <name>EffortScore</name>
    <message>
        <source>Time</source>
        <translation>Vreme</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Novac</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emocija</translation>
    </message>
    <message>
        <source>Weighted cost</source>
        <translation>Ponderisani trošak</translation>
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
        <translation>mirno</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>najgore</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Not stated</source>
        <translation>Nije navedeno</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Pretpostavka</translation>
    </message>
    <message>
        <source>Workshop knowledge</source>
        <translation>Znanje sa radionice</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Istraživanje</translation>
    </message>
    <message>
        <source>Measured data</source>
        <translation>Izmereni podaci</translation>
    </message>
    <message>
        <source>%1 (%2 %3 answers)</source>
        <extracomment>%1: what the card rests on ("Measured data"), %2: a number of answers, %3: the survey ("NPS")</extracomment>
        <translation>%1 (%3 odgovora: %2)</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>effort badges</source>
        <translation>oznake napora</translation>
    </message>
    <message>
        <source>heatmap (%1)</source>
        <translation>toplotna mapa (%1)</translation>
    </message>
    <message>
        <source>emotion curve</source>
        <translation>kriva emocija</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>ugroženi CLV</translation>
    </message>
    <message>
        <source>cards only</source>
        <translation>samo kartice</translation>
    </message>
    <message>
        <source>unknown layer “%1” (effort, heatmap, emotion, nps, clv, evidence)</source>
        <translation>nepoznat sloj „%1” (effort, heatmap, emotion, nps, clv, evidence)</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>osnove</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Worst stage by NPS: %1</source>
        <translation>Najlošija faza po NPS: %1</translation>
    </message>
    <message>
        <source>NPS %1 ± %2 (95 %), %3 answers</source>
        <translation>NPS %1 ± %2 (95 %), odgovora: %3</translation>
    </message>
    <message>
        <source>— a small sample: a weak signal</source>
        <translation>— mali uzorak: slab signal</translation>
    </message>
    <message>
        <source>Biggest effort hotspot: %1</source>
        <translation>Najveće žarište napora: %1</translation>
    </message>
    <message>
        <source>emotion %1/10</source>
        <translation>emocija %1/10</translation>
    </message>
    <message>
        <source>%1 per customer; weighted cost %2</source>
        <translation>%1 po korisniku; ponderisani trošak %2</translation>
    </message>
    <message>
        <source>Largest CLV at risk: %1</source>
        <translation>Najveći ugroženi CLV: %1</translation>
    </message>
    <message>
        <source>%1 of lifetime value held by %2 detractors there</source>
        <translation>%1 životne vrednosti drže kritičari na tom mestu (%2)</translation>
    </message>
</context>
<context>
    <name>FormatError</name>
    <message>
        <source>line %1, column %2</source>
        <translation>red %1, kolona %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>red %1</translation>
    </message>
</context>
<context>
    <name>GridItem</name>
    <message>
        <source>Lanes ↓  Stages →</source>
        <translation>Trake ↓  Faze →</translation>
    </message>
    <message>
        <source>Effort per stage</source>
        <translation>Napor po fazama</translation>
    </message>
    <message>
        <source>Effort per lane</source>
        <translation>Napor po trakama</translation>
    </message>
    <message>
        <source>line of visibility</source>
        <translation>linija vidljivosti</translation>
    </message>
</context>
<context>
    <name>ImageMimeData</name>
    <message>
        <source>it is not on this computer but at %1; save it first, then attach the saved file.</source>
        <translation>datoteka nije na ovom računaru, već na %1; prvo je sačuvajte, pa priložite sačuvanu datoteku.</translation>
    </message>
    <message>
        <source>the picture is %1 × %2 pixels; a picture may have at most %3 megapixels.</source>
        <translation>slika ima %1 × %2 piksela, a sme da ima najviše %3 megapiksela.</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Line %1, column %2: not a JSON object (%3).</source>
        <translation>Red %1, kolona %2: nije JSON objekat (%3).</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>broj polja u redu: %1, u zaglavlju: %2</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ nije broj</translation>
    </message>
    <message>
        <source>unreadable date</source>
        <translation>nečitljiv datum</translation>
    </message>
    <message>
        <source>duplicate respondent id (first on line %1)</source>
        <translation>duplirani ID ispitanika (prvi put u redu %1)</translation>
    </message>
    <message>
        <source>no customer id</source>
        <translation>nema ID korisnika</translation>
    </message>
    <message>
        <source>duplicate customer id (first on line %1)</source>
        <translation>duplirani ID korisnika (prvi put u redu %1)</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Datoteka ne sadrži nijedan red.</translation>
    </message>
    <message>
        <source>Choose its encoding (for example Windows-1251).</source>
        <translation>Izaberite njeno kodiranje (na primer Windows-1251).</translation>
    </message>
    <message>
        <source>No column is chosen for “%1”.</source>
        <translation>Nije izabrana kolona za „%1“.</translation>
    </message>
    <message>
        <source>The dates could be day-first or month-first: choose which.</source>
        <translation>Datumi mogu počinjati danom ili mesecom: izaberite šta važi.</translation>
    </message>
    <message numerus="yes">
        <source>No valid rows: %Ln row(s) read, all refused.</source>
        <translation>
            <numerusform>Nema ispravnih redova: %Ln pročitani red je odbijen.</numerusform>
            <numerusform>Nema ispravnih redova: %Ln pročitana reda su odbijena.</numerusform>
            <numerusform>Nema ispravnih redova: svih %Ln pročitanih redova je odbijeno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Respondent id</source>
        <translation>ID ispitanika</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>ID korisnika</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Touchpoint (data key)</source>
        <translation>Dodirna tačka (ključ podataka)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Faza</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Acquisition date</source>
        <translation>Datum pridobijanja</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (line %1).</source>
        <translation>Datoteka nije ispravan UTF-8 (red %1).</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1” (it has: %2).</source>
        <translation>Radna sveska nema list „%1“ (sadrži: %2).</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>nema vrednosti</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 je van opsega %2–%3</translation>
    </message>
    <message>
        <source>“%1” is not a count of answers</source>
        <translation>„%1“ nije broj odgovora</translation>
    </message>
    <message>
        <source>%1 items met of %2 checked</source>
        <translation>ispunjeno stavki: %1, provereno: %2</translation>
    </message>
    <message>
        <source>the answers per band add up to %1, not %2</source>
        <translation>zbir odgovora po kategorijama je %1, a ne %2</translation>
    </message>
    <message>
        <source>more answers in the bands (%1) than in all (%2)</source>
        <translation>u kategorijama ima više odgovora (%1) nego ukupno (%2)</translation>
    </message>
    <message>
        <source>no number of answers</source>
        <translation>nema broja odgovora</translation>
    </message>
    <message>
        <source>“%1” is not a standard deviation</source>
        <translation>„%1“ nije standardna devijacija</translation>
    </message>
    <message>
        <source>“%1” is not a metric Waymark knows.</source>
        <translation>Waymark ne poznaje metriku „%1“.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Answers in the low band</source>
        <translation>Broj odgovora u nižoj kategoriji</translation>
    </message>
    <message>
        <source>Answers in the middle band</source>
        <translation>Broj odgovora u srednjoj kategoriji</translation>
    </message>
    <message>
        <source>Answers in the high band</source>
        <translation>Broj odgovora u višoj kategoriji</translation>
    </message>
    <message>
        <source>%1 answer (%2–%3)</source>
        <translation>%1 odgovor (%2–%3)</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>Vrednost (%1)</translation>
    </message>
    <message>
        <source>%1 (count)</source>
        <translation>%1 (broj)</translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation>Datum ili period</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Odeljenje</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokacija</translation>
    </message>
    <message>
        <source>Number of answers</source>
        <translation>Broj odgovora</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Prosek</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Standardna devijacija</translation>
    </message>
    <message>
        <source>Items met</source>
        <translation>Ispunjene stavke</translation>
    </message>
    <message>
        <source>Items checked</source>
        <translation>Proverene stavke</translation>
    </message>
    <message>
        <source>Choose a column for “%1”, or one for each band.</source>
        <translation>Izaberite kolonu za „%1“ ili po jednu kolonu za svaku kategoriju.</translation>
    </message>
    <message>
        <source>Aggregated rows take “%1”, not “%2”.</source>
        <translation>Zbirni redovi koriste „%1“, a ne „%2“.</translation>
    </message>
    <message>
        <source>score %1 is not a whole number from %2 to %3</source>
        <translation>ocena %1 nije ceo broj od %2 do %3</translation>
    </message>
    <message>
        <source>The header has %1 columns; Waymark reads tables of at most %2 columns.</source>
        <translation>Broj kolona u zaglavlju: %1; Waymark čita tabele sa najviše %2 kolona.</translation>
    </message>
    <message>
        <source>the value is %1 KiB long; a cell may hold at most %2 KiB</source>
        <translation>vrednost zauzima %1 KiB; ćelija može da sadrži najviše %2 KiB</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code (three letters, e.g. EUR)</source>
        <translation>%1 nije ISO 4217 kod valute (tri slova, npr. EUR)</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” are both chosen as %3; choose one.</source>
        <translation>Kolone „%1“ i „%2“ su obe izabrane kao %3; izaberite jednu.</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>the journey has no id</source>
        <translation>putovanje nema ID</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 4217 currency code</source>
        <translation>„%1“ nije ISO 4217 kod valute</translation>
    </message>
    <message>
        <source>missing id</source>
        <translation>nedostaje ID</translation>
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation>duplirani ID %1</translation>
    </message>
    <message>
        <source>the columns of the table have different lengths</source>
        <translation>kolone tabele su različite dužine</translation>
    </message>
    <message>
        <source>the value is not a number</source>
        <translation>vrednost nije broj</translation>
    </message>
    <message>
        <source>a department lane must name a department</source>
        <translation>traka odeljenja mora navesti odeljenje</translation>
    </message>
    <message>
        <source>unknown department %1</source>
        <translation>nepoznato odeljenje %1</translation>
    </message>
    <message>
        <source>only department lanes name a department</source>
        <translation>odeljenje navode samo trake odeljenja</translation>
    </message>
    <message>
        <source>card "%1" is in a stage that does not exist (%2)</source>
        <translation>kartica „%1“ je u fazi koja ne postoji (%2)</translation>
    </message>
    <message>
        <source>card "%1" is in a lane that does not exist (%2)</source>
        <translation>kartica „%1“ je u traci koja ne postoji (%2)</translation>
    </message>
    <message>
        <source>card "%1" names an unknown department</source>
        <translation>kartica „%1“ navodi nepoznato odeljenje</translation>
    </message>
    <message>
        <source>time of card "%1" must be 0 minutes or more, got %2</source>
        <translation>vreme kartice „%1“ mora biti 0 minuta ili više, a dobijeno je %2</translation>
    </message>
    <message>
        <source>money of card "%1" must be at most %2</source>
        <translation>iznos kartice „%1“ može biti najviše %2</translation>
    </message>
    <message>
        <source>money of card "%1" must be 0 or more, got %2</source>
        <translation>iznos kartice „%1“ mora biti 0 ili više, a dobijeno je %2</translation>
    </message>
    <message>
        <source>card "%1": "%2" is not an ISO 4217 currency code</source>
        <translation>kartica „%1“: „%2“ nije ISO 4217 kod valute</translation>
    </message>
    <message>
        <source>negative emotion of card "%1" must be from 0 to 10, got %2</source>
        <translation>negativna emocija kartice „%1“ mora biti od 0 do 10, a dobijeno je %2</translation>
    </message>
    <message>
        <source>connection starts at a card that does not exist</source>
        <translation>veza počinje na kartici koja ne postoji</translation>
    </message>
    <message>
        <source>connection ends at a card that does not exist</source>
        <translation>veza se završava na kartici koja ne postoji</translation>
    </message>
    <message>
        <source>a vote needs 1 to 99 dots per participant, got %1</source>
        <translation>glasanje zahteva od 1 do 99 tačkica po učesniku, a dobijeno je %1</translation>
    </message>
    <message>
        <source>a time limit cannot be negative</source>
        <translation>vremensko ograničenje ne može biti negativno</translation>
    </message>
    <message>
        <source>a dot by someone who is not a participant</source>
        <translation>tačkica osobe koja nije učesnik</translation>
    </message>
    <message>
        <source>%1 has more dots than the budget of %2</source>
        <translation>%1 ima više tačkica nego što je dozvoljeno (%2)</translation>
    </message>
    <message>
        <source>replies to a comment that does not exist</source>
        <translation>odgovor na komentar koji ne postoji</translation>
    </message>
    <message>
        <source>a comment on a stage or card must name it</source>
        <translation>komentar uz fazu ili karticu mora navesti o kojoj je reč</translation>
    </message>
    <message>
        <source>“%1” is not a metric Waymark knows</source>
        <translation>Waymark ne poznaje metriku „%1“</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 answer</source>
        <translation>%1 nije ispravan %2 odgovor</translation>
    </message>
    <message>
        <source>the number of answers is not a count</source>
        <translation>broj odgovora nije nenegativan ceo broj</translation>
    </message>
    <message>
        <source>the answers per band do not add up to the number of answers</source>
        <translation>zbir odgovora po kategorijama nije jednak broju odgovora</translation>
    </message>
    <message>
        <source>the mean %1 is outside the scale of %2</source>
        <translation>prosek %1 je van %2 skale</translation>
    </message>
    <message>
        <source>the standard deviation is not a non-negative number</source>
        <translation>standardna devijacija mora biti nenegativan broj</translation>
    </message>
    <message>
        <source>the system of card "%1" cannot be %2 years old</source>
        <translation>sistem kartice „%1“ ne može biti star %2 godina</translation>
    </message>
    <message>
        <source>one-off cost</source>
        <translation>jednokratni trošak</translation>
    </message>
    <message>
        <source>running cost per year</source>
        <translation>tekući trošak godišnje</translation>
    </message>
    <message>
        <source>opportunity "%1": the time to deliver cannot be negative, got %2 months</source>
        <translation>prilika „%1“: vreme do realizacije ne može biti negativno, dobijeno je meseci: %2</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 cannot be negative, got %3</source>
        <translation>prilika „%1“: %2 ne može biti negativno, dobijeno je %3</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 must be at most %3</source>
        <translation>prilika „%1“: %2 može biti najviše %3</translation>
    </message>
    <message>
        <source>opportunity "%1": "%2" is not an ISO 4217 currency code</source>
        <translation>prilika „%1“: „%2“ nije ISO 4217 kod valute</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 must be a share from 0 to 1, got %3</source>
        <translation>prilika „%1“: %2 mora biti udeo od 0 do 1, dobijeno je %3</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>obuhvat</translation>
    </message>
    <message>
        <source>share of contacts avoided</source>
        <translation>udeo izbegnutih kontakata</translation>
    </message>
    <message>
        <source>share of detractors who become passives</source>
        <translation>udeo kritičara koji postaju pasivni</translation>
    </message>
    <message>
        <source>share of detractors who become promoters</source>
        <translation>udeo kritičara koji postaju promoteri</translation>
    </message>
    <message>
        <source>opportunity "%1": more detractors move (%2 to passives, %3 to promoters) than there are</source>
        <translation>prilika „%1“: prelazi više kritičara (%2 u pasivne, %3 u promotere) nego što ih ima</translation>
    </message>
    <message>
        <source>time</source>
        <translation>vreme</translation>
    </message>
    <message>
        <source>money</source>
        <translation>novac</translation>
    </message>
    <message>
        <source>negative emotion</source>
        <translation>negativna emocija</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 after the change is not a number</source>
        <translation>prilika „%1“: %2 posle izmene nije broj</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 after the change cannot be negative, got %3</source>
        <translation>prilika „%1“: %2 posle izmene ne može biti negativno, dobijeno je %3</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 after the change must be at most %3, got %4</source>
        <translation>prilika „%1“: %2 posle izmene može biti najviše %3, dobijeno je %4</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 can only be reduced by 0 to 100 %, got %3 %</source>
        <translation>prilika „%1“: %2 može da se smanji samo za 0 do 100 %, dobijeno je %3 %</translation>
    </message>
    <message>
        <source>row %1, column “%2” refers to text %3, but the dataset's text table has %4 entries</source>
        <translation>red %1, kolona „%2“ upućuje na tekst %3, a tabela tekstova skupa podataka ima ukupno stavki: %4</translation>
    </message>
    <message>
        <source>row %1: %2 is not an ISO 4217 currency code</source>
        <translation>red %1: %2 nije ISO 4217 kod valute</translation>
    </message>
    <message>
        <source>time of card "%1" must be at most %2 minutes (about 19 years), got %3</source>
        <translation>vreme kartice „%1“ može biti najviše %2 minuta (oko 19 godina), a dobijeno je %3</translation>
    </message>
    <message>
        <source>row %1, column “%2” holds a date outside the years 1–9999</source>
        <translation>red %1, kolona „%2“: datum je van opsega godina 1–9999</translation>
    </message>
    <message>
        <source>row %1 names no customer</source>
        <translation>red %1 ne navodi korisnika</translation>
    </message>
    <message>
        <source>row %1 has no date</source>
        <translation>red %1 nema datum</translation>
    </message>
    <message>
        <source>row %1: the amount or count is not a number</source>
        <translation>red %1: iznos ili broj nije broj</translation>
    </message>
    <message>
        <source>card "%1" names an unknown persona</source>
        <translation>kartica „%1” navodi nepoznatu personu</translation>
    </message>
    <message>
        <source>card "%1" names a persona twice</source>
        <translation>kartica „%1” dvaput navodi istu personu</translation>
    </message>
    <message>
        <source>card "%1": a persona's negative emotion must be from 0 to 10, got %2</source>
        <translation>kartica „%1”: negativna emocija persone mora biti od 0 do 10, dobijeno %2</translation>
    </message>
    <message>
        <source>card "%1" has %2 pictures; a card holds at most %3</source>
        <translation>kartica „%1” ima %2 slika; kartica može da ima najviše %3</translation>
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
        <translation>naslov</translation>
    </message>
    <message>
        <source>title (was “%1”)</source>
        <translation>naslov (ranije „%1“)</translation>
    </message>
    <message>
        <source>description</source>
        <translation>opis</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>channel %1 → %2</source>
        <translation>kanal %1 → %2</translation>
    </message>
    <message>
        <source>department</source>
        <translation>odeljenje</translation>
    </message>
    <message>
        <source>time</source>
        <translation>vreme</translation>
    </message>
    <message>
        <source>time %1 → %2</source>
        <translation>vreme %1 → %2</translation>
    </message>
    <message>
        <source>money</source>
        <translation>novac</translation>
    </message>
    <message>
        <source>money %1 → %2</source>
        <translation>novac %1 → %2</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>emocija</translation>
    </message>
    <message>
        <source>emotion %1 → %2</source>
        <translation>emocija %1 → %2</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>bolna tačka</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>trenutak istine</translation>
    </message>
    <message>
        <source>data key</source>
        <translation>ključ podataka</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>beleške</translation>
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
        <translation>%1: dodata u %2 / %3</translation>
    </message>
    <message>
        <source>%1: moved from %2 / %3 to %4 / %5</source>
        <translation>%1: premeštena iz %2 / %3 u %4 / %5</translation>
    </message>
    <message>
        <source>%1: removed from %2 / %3</source>
        <translation>%1: uklonjena iz %2 / %3</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>osnove</translation>
    </message>
    <message>
        <source>rests on %1 → %2</source>
        <translation>osnova: %1 → %2</translation>
    </message>
</context>
<context>
    <name>JourneyDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Bez naslova</translation>
    </message>
</context>
<context>
    <name>JourneyFiles</name>
    <message>
        <source>%1 was changed by another program since it was read; saving now would overwrite those changes.</source>
        <translation>Drugi program je izmenio datoteku %1 nakon što je učitana; ako sada sačuvate, te izmene će biti prepisane.</translation>
    </message>
    <message>
        <source>%1 was made by another program since the journey was read; saving now would overwrite it.</source>
        <translation>Drugi program je napravio datoteku %1 nakon što je putovanje učitano; ako sada sačuvate, ona će biti prepisana.</translation>
    </message>
</context>
<context>
    <name>JourneyJson</name>
    <message>
        <source>the number %1 is too large</source>
        <translation>broj %1 je prevelik</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ili false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objekat</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>broj</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>nešto drugo</translation>
    </message>
    <message>
        <source>expected a JSON object holding a journey, got %1</source>
        <translation>očekivan je JSON objekat sa putovanjem, a dobijeno: %1</translation>
    </message>
    <message>
        <source>this is not a Waymark journey ("format" should be "%1")</source>
        <translation>ovo nije Waymark putovanje ("format" treba da bude „%1“)</translation>
    </message>
    <message>
        <source>the format version must be a whole number</source>
        <translation>verzija formata mora biti ceo broj</translation>
    </message>
    <message>
        <source>made by a newer Waymark (format version %1); this Waymark reads version %2 and older</source>
        <translation>datoteku je napravila novija verzija programa Waymark (verzija formata %1); ova verzija čita format %2 i starije</translation>
    </message>
    <message>
        <source>the format version must be 1 or more, got %1</source>
        <translation>verzija formata mora biti 1 ili više, a dobijeno je %1</translation>
    </message>
    <message>
        <source>%1 is not a colour like "#1f77b4" or "#801f77b4"</source>
        <translation>%1 nije boja u obliku "#1f77b4" ili "#801f77b4"</translation>
    </message>
    <message>
        <source>lane kind</source>
        <translation>vrsta trake</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <source>department</source>
        <translation>odeljenje</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kartica</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>očekivano: %1, dobijeno: %2</translation>
    </message>
    <message>
        <source>missing required key "%1"</source>
        <translation>nedostaje obavezni ključ „%1“</translation>
    </message>
    <message>
        <source>%1 is not a valid id (a UUID like "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b")</source>
        <translation>%1 nije ispravan ID (UUID u obliku "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b")</translation>
    </message>
    <message>
        <source>duplicate id %1 (also used at %2)</source>
        <translation>duplirani ID %1 (koristi se i na %2)</translation>
    </message>
    <message>
        <source>no %1 has the id %2</source>
        <translation>ne postoji %1 sa ID %2</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code (three capital letters, e.g. EUR)</source>
        <translation>%1 nije ISO 4217 kod valute (tri velika slova, npr. EUR)</translation>
    </message>
    <message>
        <source>the setting %1 must be text: expected %2, got %3</source>
        <translation>podešavanje %1 mora biti tekst: očekivano %2, dobijeno %3</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>traka</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>a department id or null</source>
        <translation>ID odeljenja ili null</translation>
    </message>
    <message>
        <source>time must be 0 minutes or more, got %1</source>
        <translation>vreme mora biti 0 minuta ili više, a dobijeno je %1</translation>
    </message>
    <message>
        <source>money must be 0 or more, got %1</source>
        <translation>iznos mora biti 0 ili više, a dobijeno je %1</translation>
    </message>
    <message>
        <source>money must be at most %1, got %2</source>
        <translation>iznos može biti najviše %1, a dobijeno je %2</translation>
    </message>
    <message>
        <source>money can have at most two decimals, got %1</source>
        <translation>iznos može imati najviše dve decimale, a dobijeno je %1</translation>
    </message>
    <message>
        <source>emotion must be an integer from %1 to %2, got %3</source>
        <translation>emocija mora biti ceo broj od %1 do %2, a dobijeno je %3</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>neispravan JSON: %1</translation>
    </message>
    <message>
        <source>File not found.</source>
        <translation>Datoteka nije pronađena.</translation>
    </message>
    <message>
        <source>This is a folder, not a journey file.</source>
        <translation>Ovo je fascikla, a ne datoteka putovanja.</translation>
    </message>
    <message>
        <source>Could not open the file: %1</source>
        <translation>Nije moguće otvoriti datoteku: %1</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Nije moguće pročitati datoteku: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Datoteka je prazna.</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Nije moguće upisati datoteku: %1</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>očekivan je ceo broj, dobijeno je %1</translation>
    </message>
    <message>
        <source>an id or null</source>
        <translation>ID ili null</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>unknown %1 %2; expected one of: %3</source>
        <translation>nepoznata vrednost (%1) %2; očekuje se jedno od: %3</translation>
    </message>
    <message>
        <source>kind of change</source>
        <translation>vrsta izmene</translation>
    </message>
    <message>
        <source>opportunity type</source>
        <translation>vrsta prilike</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>pouzdanost</translation>
    </message>
    <message>
        <source>the file holds more than %1 values; Waymark reads at most that many from a .waymark.json (save large journeys as .waymark)</source>
        <translation>datoteka sadrži više od %1 vrednosti, a Waymark iz .waymark.json ne čita više od toga (velika putovanja čuvajte kao .waymark)</translation>
    </message>
    <message>
        <source>a text of %1 MiB; one text may be at most %2 MiB</source>
        <translation>tekst veličine %1 MiB; jedan tekst može imati najviše %2 MiB</translation>
    </message>
    <message>
        <source>lists and objects nested more than %1 deep</source>
        <translation>liste i objekti ugneždeni su u više od %1 nivoa</translation>
    </message>
    <message>
        <source>more than %1 cards; Waymark reads at most that many</source>
        <translation>više od %1 kartica, a Waymark ne čita više od toga</translation>
    </message>
    <message>
        <source>a list of %1 items; Waymark reads at most %2</source>
        <translation>broj stavki na listi: %1; Waymark čita najviše %2</translation>
    </message>
    <message>
        <source>The file is %1 MiB; a .waymark.json may be at most %2 MiB. Larger journeys are kept as .waymark files.</source>
        <translation>Datoteka ima %1 MiB, a .waymark.json može imati najviše %2 MiB. Veća putovanja čuvajte kao .waymark datoteke.</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>osnove</translation>
    </message>
    <message>
        <source>a persona id</source>
        <translation>ID persone</translation>
    </message>
    <message>
        <source>no persona has the id %1</source>
        <translation>nijedna persona nema ID %1</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>a picture of %1 MiB; a stored picture may be at most %2 MiB</source>
        <translation>slika od %1 MiB; sačuvana slika može imati najviše %2 MiB</translation>
    </message>
    <message>
        <source>more than %1 pictures on one card</source>
        <translation>više od %1 slika na jednoj kartici</translation>
    </message>
    <message>
        <source>missing "%1"</source>
        <translation>nedostaje „%1”</translation>
    </message>
    <message>
        <source>expected a whole number of pixels from 1 to %1</source>
        <translation>očekivan je ceo broj piksela od 1 do %1</translation>
    </message>
    <message>
        <source>the picture is larger than a stored picture may be</source>
        <translation>slika je veća nego što sačuvana slika sme da bude</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>neispravan base64</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>%1 nije identifikator</translation>
    </message>
    <message>
        <source>a picture is "jpeg" or "png", got %1</source>
        <translation>slika mora biti "jpeg" ili "png", dobijeno je %1</translation>
    </message>
</context>
<context>
    <name>JourneyLink</name>
    <message>
        <source>save this journey first: the link is kept relative to its folder</source>
        <translation>prvo sačuvajte ovo putovanje: veza se čuva relativno u odnosu na njegovu fasciklu</translation>
    </message>
    <message>
        <source>“%1” is an absolute path; links are followed only relative to this journey's folder</source>
        <translation>„%1“ je apsolutna putanja; veze se prate samo relativno u odnosu na fasciklu ovog putovanja</translation>
    </message>
    <message>
        <source>“%1” is not a journey file (.waymark or .waymark.json)</source>
        <translation>„%1“ nije datoteka putovanja (.waymark ili .waymark.json)</translation>
    </message>
    <message>
        <source>“%1” is missing (looked for %2)</source>
        <translation>„%1“ nedostaje (traženo je %2)</translation>
    </message>
</context>
<context>
    <name>JourneyLock</name>
    <message numerus="yes">
        <source>%1 is being changed by another program: %2 (process %3 on %4) still held its lock after %n second(s). Try again when it has finished; if that program is no longer running, delete %5.</source>
        <translation>
            <numerusform>Datoteku %1 menja drugi program — %2 (proces %3, računar: %4): ni posle %n sekunde nije oslobodio zaključavanje. Pokušajte ponovo kada završi; ako taj program više nije pokrenut, obrišite %5.</numerusform>
            <numerusform>Datoteku %1 menja drugi program — %2 (proces %3, računar: %4): ni posle %n sekunde nije oslobodio zaključavanje. Pokušajte ponovo kada završi; ako taj program više nije pokrenut, obrišite %5.</numerusform>
            <numerusform>Datoteku %1 menja drugi program — %2 (proces %3, računar: %4): ni posle %n sekundi nije oslobodio zaključavanje. Pokušajte ponovo kada završi; ako taj program više nije pokrenut, obrišite %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed program</source>
        <translation>program bez naziva</translation>
    </message>
    <message>
        <source>an unknown host</source>
        <translation>nepoznat</translation>
    </message>
    <message numerus="yes">
        <source>%1 is being changed by another program, which still held its lock %2 after %n second(s). Try again when it has finished.</source>
        <translation>
            <numerusform>Datoteku %1 menja drugi program: ni posle %n sekunde nije oslobodio datoteku zaključavanja %2. Pokušajte ponovo kada završi.</numerusform>
            <numerusform>Datoteku %1 menja drugi program: ni posle %n sekunde nije oslobodio datoteku zaključavanja %2. Pokušajte ponovo kada završi.</numerusform>
            <numerusform>Datoteku %1 menja drugi program: ni posle %n sekundi nije oslobodio datoteku zaključavanja %2. Pokušajte ponovo kada završi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not lock %1 for writing: no permission to create %2.</source>
        <translation>Nije moguće zaključati %1 radi upisa: nema dozvole za pravljenje %2.</translation>
    </message>
    <message>
        <source>Could not lock %1 for writing: %2 could not be created.</source>
        <translation>Nije moguće zaključati %1 radi upisa: nije moguće napraviti %2.</translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message>
        <source>no cards</source>
        <translation>nema kartica</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Vreme: %1</translation>
    </message>
    <message>
        <source>Money: %1</source>
        <translation>Novac: %1</translation>
    </message>
    <message>
        <source>Emotion: mean %1, max %2</source>
        <translation>Emocija: prosek %1, maks. %2</translation>
    </message>
    <message>
        <source>Time: %1 → %2</source>
        <translation>Vreme: %1 → %2</translation>
    </message>
    <message>
        <source>Money: %1 → %2</source>
        <translation>Novac: %1 → %2</translation>
    </message>
    <message>
        <source>Emotion: mean %1 → %2</source>
        <translation>Emocija: prosečno %1 → %2</translation>
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
        <translation>faza: %1, traka: %2, dodirnih tačaka: %3, odeljenja: %4</translation>
    </message>
    <message>
        <source>effort %1, %2, emotion mean %3 max %4</source>
        <translation>napor %1, %2, emocija prosek %3 maks. %4</translation>
    </message>
</context>
<context>
    <name>JourneyTemplates</name>
    <message>
        <source>Template</source>
        <translation>Šablon</translation>
    </message>
    <message>
        <source>%1: %2 MiB; a template may be at most %3 MiB (it holds no survey data)</source>
        <translation>%1: %2 MiB; šablon može imati najviše %3 MiB (ne sadrži podatke iz anketa)</translation>
    </message>
    <message>
        <source>Could not create the templates folder.</source>
        <translation>Nije moguće napraviti fasciklu šablona.</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>unknown %1 %2; expected one of: %3</source>
        <translation>%1: nepoznata vrednost %2; očekuje se jedno od: %3</translation>
    </message>
</context>
<context>
    <name>LaneKind</name>
    <message>
        <source>Customer actions</source>
        <translation>Radnje korisnika</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Dodirne tačke</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emocije</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Bolne tačke</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Prilike</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Odeljenje</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Sistemi</translation>
    </message>
</context>
<context>
    <name>LiveDataset</name>
    <message>
        <source>the source is not a JSON object (%1)</source>
        <translation>izvor nije JSON objekat (%1)</translation>
    </message>
    <message>
        <source>the source names neither a table nor a query, or both</source>
        <translation>izvor ne navodi ni tabelu ni upit, ili navodi oba</translation>
    </message>
    <message>
        <source>column “%1” is mapped to “%2”, which is no field of %3</source>
        <translation>kolona „%1” je mapirana na „%2”, a to nije polje za %3</translation>
    </message>
    <message>
        <source>Add data from a server</source>
        <translation>Dodaj podatke sa servera</translation>
    </message>
    <message>
        <source>the journey has no such dataset</source>
        <translation>putovanje nema takav skup podataka</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1”: %2</translation>
    </message>
    <message>
        <source>“%1” kept its last figures: %2</source>
        <translation>„%1” zadržava poslednje brojke: %2</translation>
    </message>
</context>
<context>
    <name>LocalCopy</name>
    <message>
        <source>could not keep a copy of the journey in %1: %2</source>
        <translation>kopija putovanja nije mogla da se sačuva u %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 je oštećen: %2</translation>
    </message>
    <message>
        <source>%1 is not a copy of a shared journey</source>
        <translation>%1 nije kopija deljenog putovanja</translation>
    </message>
    <message>
        <source>%1 was written by a newer Waymark (copy version %2)</source>
        <translation>%1 je zapisala novija verzija programa Waymark (verzija kopije %2)</translation>
    </message>
    <message>
        <source>%1 is damaged: no valid “lastChange” or “savedAt”</source>
        <translation>%1 je oštećen: nema ispravnog „lastChange“ ili „savedAt“</translation>
    </message>
    <message>
        <source>%1 is damaged at /cards/%2</source>
        <translation>%1 je oštećen na /cards/%2</translation>
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
        <translation>Zadovoljstvo korisnika, 1–5: udeo zadovoljnih odgovora (4 ili 5)</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Nezadovoljni</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutralni</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Zadovoljni</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Prosek</translation>
    </message>
    <message>
        <source>Any numeric measure: the mean of the values</source>
        <translation>Bilo koji numerički pokazatelj: prosek vrednosti</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Customer Effort Score: how easy it was, 1–7; the mean (5–7 count as easy)</source>
        <translation>Ocena uloženog truda korisnika (CES): koliko je bilo lako, 1–7; prosek (5–7 se računa kao lako)</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Teško</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Lako</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Provera</translation>
    </message>
    <message>
        <source>Audits and mystery shopping: a visit's score 0–100 (or items met of items checked); the mean visit score</source>
        <translation>Provere i tajni kupac: ocena posete 0–100 (ili ispunjene stavke od proverenih); prosečna ocena poseta</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Net Promoter Score: likelihood to recommend, 0–10; % promoters (9–10) minus % detractors (0–6)</source>
        <translation>Neto skor preporuke (NPS): spremnost da se preporuči, 0–10; % promotera (9–10) minus % kritičara (0–6)</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Kritičari</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Pasivni</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoteri</translation>
    </message>
    <message>
        <source>eNPS</source>
        <translation>eNPS</translation>
    </message>
    <message>
        <source>Employee NPS: employees' likelihood to recommend their workplace, 0–10, by department</source>
        <translation>NPS zaposlenih (eNPS): spremnost zaposlenih da preporuče svoje radno mesto, 0–10, po odeljenjima</translation>
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
        <translation>Broj odgovora je samo %1, što je premalo za pouzdan zaključak, pa je ovaj pokazatelj slab signal.</translation>
    </message>
    <message>
        <source>%1: the survey figure here, ± its 95 % margin, from n answers. Red is the worst end of the scale, green the best.</source>
        <translation>%1: rezultat ankete na ovom mestu, ± margina od 95 %, iz n odgovora. Crveno je najgori kraj skale, zeleno najbolji.</translation>
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
        <translation>Svi odgovori</translation>
    </message>
    <message>
        <source>Goal: all responses</source>
        <translation>Cilj: svi odgovori</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Cilj: %1</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Quarter (%1 … %2)</source>
        <translation>Kvartal (%1 … %2)</translation>
    </message>
    <message>
        <source>dashed: goals</source>
        <translation>isprekidano: ciljevi</translation>
    </message>
    <message>
        <source>dotted: benchmark</source>
        <translation>tačkasto: reper</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %4)</source>
        <translation>%1: %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Reper</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors by stage</source>
        <translation>Promoteri, pasivni i kritičari po fazama</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoteri</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Pasivni</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Kritičari</translation>
    </message>
    <message>
        <source>Mean customer lifetime value by NPS category (%1)</source>
        <translation>Prosečna životna vrednost korisnika po NPS kategoriji (%1)</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>Prosečni CLV</translation>
    </message>
    <message>
        <source>%1 answers by department</source>
        <translation>Odgovori za %1 po odeljenjima</translation>
    </message>
    <message>
        <source>%1 answers by stage</source>
        <translation>Odgovori za %1 po fazama</translation>
    </message>
    <message>
        <source>%1 by department</source>
        <translation>%1 po odeljenjima</translation>
    </message>
    <message>
        <source>%1 by stage</source>
        <translation>%1 po fazama</translation>
    </message>
    <message>
        <source>%1 by quarter</source>
        <translation>%1 po kvartalima</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4 (95 %: %5 … %6; n %7)</source>
        <translation>%1, %2: %3 %4 (95 %: %5 … %6; n %7)</translation>
    </message>
    <message>
        <source>%1 with its 95 % interval</source>
        <translation>%1 sa intervalom poverenja od 95 %</translation>
    </message>
</context>
<context>
    <name>NpsStatistics</name>
    <message>
        <source>(none)</source>
        <translation>(nema)</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>Svi odgovori</translation>
    </message>
</context>
<context>
    <name>OfficeZone</name>
    <message>
        <source>Customer</source>
        <translation>Korisnik</translation>
    </message>
    <message>
        <source>Front office</source>
        <translation>Front-ofis</translation>
    </message>
    <message>
        <source>Middle office</source>
        <translation>Midl-ofis</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Bek-ofis</translation>
    </message>
</context>
<context>
    <name>OfflineQueue</name>
    <message>
        <source>could not keep the change for later in %1: %2</source>
        <translation>izmena nije mogla da se sačuva za kasnije u %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a queue of offline changes (%2)</source>
        <translation>%1 nije red izmena napravljenih bez veze (%2)</translation>
    </message>
    <message>
        <source>no format name</source>
        <translation>nema naziva formata</translation>
    </message>
    <message>
        <source>%1 was written by a newer Waymark (queue version %2)</source>
        <translation>%1 je zapisala novija verzija programa Waymark (verzija reda %2)</translation>
    </message>
    <message>
        <source>%1: change %2 of the queue is damaged (/edits/%3)</source>
        <translation>%1: izmena %2 u redu je oštećena (/edits/%3)</translation>
    </message>
</context>
<context>
    <name>Opportunity</name>
    <message>
        <source>Process</source>
        <translation>Proces</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tehnologija</translation>
    </message>
    <message>
        <source>People and training</source>
        <translation>Ljudi i obuka</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Pravila</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Komunikacija</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Ideja</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Odobreno</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>U toku</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Završeno</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Efekat izmeren</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niska</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Srednja</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Visoka</translation>
    </message>
</context>
<context>
    <name>OpportunityEdits</name>
    <message>
        <source>New opportunity</source>
        <translation>Nova prilika</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Ispraviti: %1</translation>
    </message>
    <message>
        <source>Add to scenario</source>
        <translation>Dodaj u scenario</translation>
    </message>
    <message>
        <source>Take out of scenario</source>
        <translation>Ukloni iz scenarija</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Preimenuj scenario</translation>
    </message>
    <message>
        <source>The journey is open for review only: no opportunity can be added.</source>
        <translation>Putovanje je otvoreno samo za pregled: prilike ne mogu da se dodaju.</translation>
    </message>
    <message>
        <source>Close the vote first: its ranking may still change.</source>
        <translation>Prvo zatvorite glasanje: njegov poredak još može da se promeni.</translation>
    </message>
    <message>
        <source>The vote has no dots on any card.</source>
        <translation>U glasanju nijedna kartica nema tačkica.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) in the vote “%1”.</source>
        <translation>
            <numerusform>%n tačkica u glasanju „%1“.</numerusform>
            <numerusform>%n tačkice u glasanju „%1“.</numerusform>
            <numerusform>%n tačkica u glasanju „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each of the top cards already has an opportunity.</source>
        <translation>Svaka od najbolje rangiranih kartica već ima priliku.</translation>
    </message>
    <message numerus="yes">
        <source>Create %n opportunity(s) from the vote</source>
        <translation>
            <numerusform>Napravi %n priliku iz glasanja</numerusform>
            <numerusform>Napravi %n prilike iz glasanja</numerusform>
            <numerusform>Napravi %n prilika iz glasanja</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>[e-mail]</source>
        <translation>[e-pošta]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[telefon]</translation>
    </message>
    <message>
        <source>[card number]</source>
        <translation>[broj kartice]</translation>
    </message>
</context>
<context>
    <name>PngChunks</name>
    <message>
        <source>it does not start as a PNG file does</source>
        <translation>datoteka ne počinje kao PNG datoteka</translation>
    </message>
    <message>
        <source>it ends inside a chunk's header at byte %1</source>
        <translation>datoteka se prekida unutar zaglavlja bloka na bajtu %1</translation>
    </message>
    <message>
        <source>its chunk “%1” at byte %2 says it holds %3 bytes, but only %4 follow</source>
        <translation>blok „%1” na bajtu %2 navodi %3 bajtova, a iza njega ih ima samo %4</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <source>cannot be read</source>
        <translation>ne može da se pročita</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 nije fascikla</translation>
    </message>
</context>
<context>
    <name>PrintPages</name>
    <message>
        <source>Executive summary</source>
        <translation>Rezime za rukovodstvo</translation>
    </message>
    <message>
        <source>Executive summary: where the effort is</source>
        <translation>Rezime za rukovodstvo: gde nastaje napor</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Mapa putovanja</translation>
    </message>
    <message>
        <source>Journey map — row %1, column %2 (of %3 × %4)</source>
        <translation>Mapa putovanja — red %1, kolona %2 (od %3 × %4)</translation>
    </message>
    <message>
        <source>%1's touchpoints highlighted</source>
        <translation>Istaknute dodirne tačke: %1</translation>
    </message>
    <message>
        <source>glue column %1 here</source>
        <translation>ovde zalepite kolonu %1</translation>
    </message>
    <message>
        <source>glue row %1 here</source>
        <translation>ovde zalepite red %1</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>red %1, kolona %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nije moguće upisati %1: %2</translation>
    </message>
    <message>
        <source>A PNG of this map can be at most %1× (12,000 pixels a side).</source>
        <translation>PNG ove mape može biti najviše %1× (12.000 piksela po strani).</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 image.</source>
        <translation>Nema dovoljno memorije za sliku %1 × %2.</translation>
    </message>
    <message>
        <source>Customer journey map made with Waymark</source>
        <translation>Mapa putovanja korisnika napravljena u programu Waymark</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strana %1 od %2</translation>
    </message>
    <message>
        <source>Customer journey map · Waymark</source>
        <translation>Mapa putovanja korisnika · Waymark</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>Odeljenja:</translation>
    </message>
    <message>
        <source>time</source>
        <translation>vreme</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>negative emotion 0–10</source>
        <translation>negativna emocija 0–10</translation>
    </message>
    <message>
        <source>NPS (grey: fewer than 30 answers)</source>
        <translation>NPS (sivo: manje od 30 odgovora)</translation>
    </message>
    <message>
        <source>CLV of the detractors</source>
        <translation>CLV kritičara</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>ugroženo</translation>
    </message>
    <message>
        <source>heat: %1</source>
        <translation>toplotna mapa: %1</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>Slojevi: %1</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nema šta da se prikaže.</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>No benchmark set (Data dock → Goals…)</source>
        <translation>Reper nije zadat (panel „Podaci“ → Ciljevi…)</translation>
    </message>
    <message>
        <source>Journey NPS</source>
        <translation>NPS putovanja</translation>
    </message>
    <message>
        <source>No survey answers imported yet.</source>
        <translation>Još nisu uvezeni odgovori iz ankete.</translation>
    </message>
    <message>
        <source>Mean CLV: promoter vs detractor</source>
        <translation>Prosečni CLV: promoter naspram kritičara</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 naspram %2</translation>
    </message>
    <message>
        <source>%1; %2 customers with an answer and a CLV</source>
        <translation>%1; korisnika sa odgovorom i CLV: %2</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Životna vrednost korisnika</translation>
    </message>
    <message>
        <source>No CLV data imported yet.</source>
        <translation>Još nisu uvezeni CLV podaci.</translation>
    </message>
    <message>
        <source>The customer's effort, end to end</source>
        <translation>Napor korisnika, od početka do kraja</translation>
    </message>
    <message>
        <source>%1; mean negative emotion %2/10 over %3 touchpoints</source>
        <translation>%1; prosečna negativna emocija %2/10 (dodirnih tačaka: %3)</translation>
    </message>
    <message>
        <source>no fees</source>
        <translation>bez naknada</translation>
    </message>
    <message>
        <source>Most customer lifetime value at risk</source>
        <translation>Najveća ugrožena životna vrednost korisnika</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Dodirna tačka</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Kritičari</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>Ugroženi CLV</translation>
    </message>
    <message>
        <source>Top 5 hotspots: %1</source>
        <translation>5 najvećih žarišta: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Faza</translation>
    </message>
    <message>
        <source>Whole journey</source>
        <translation>Celo putovanje</translation>
    </message>
    <message>
        <source>Effort per stage</source>
        <translation>Napor po fazama</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Dodirne tačke</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vreme</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Novac</translation>
    </message>
    <message>
        <source>Mean emotion</source>
        <translation>Prosečna emocija</translation>
    </message>
    <message>
        <source>Worst emotion</source>
        <translation>Najgora emocija</translation>
    </message>
    <message>
        <source>Negative emotion by stage (0 calm – 10 worst)</source>
        <translation>Negativna emocija po fazama (0 mirno – 10 najgore)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Prosek</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Najgore</translation>
    </message>
    <message>
        <source>The workshop's vote: %1</source>
        <translation>Glasanje na radionici: %1</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Tačkice</translation>
    </message>
    <message>
        <source>hatched: too few answers to trust</source>
        <translation>šrafirano: premalo odgovora za pouzdan zaključak</translation>
    </message>
    <message>
        <source>Journey %1 (95 % interval)</source>
        <translation>%1 putovanja (interval poverenja 95 %)</translation>
    </message>
    <message>
        <source>No %1 answers to count.</source>
        <translation>Nema %1 odgovora za obračun.</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>Odgovora: %1</translation>
    </message>
    <message>
        <source>95 % interval %1 to %2; %3 answers</source>
        <translation>Interval poverenja 95 %: od %1 do %2; odgovora: %3</translation>
    </message>
    <message>
        <source>Small sample: fewer than %1 answers</source>
        <translation>Mali uzorak: manje od %1 odgovora</translation>
    </message>
    <message>
        <source>%1: %2 % · %3: %4 %</source>
        <translation>%1: %2 % · %3: %4 %</translation>
    </message>
    <message>
        <source>%1 against %2 (%3)</source>
        <translation>%1 u odnosu na %2 (%3)</translation>
    </message>
    <message>
        <source>the benchmark</source>
        <translation>reper</translation>
    </message>
    <message>
        <source>The %1 trend by quarter appears here once answers with dates are imported.</source>
        <translation>Kretanje %1 po kvartalima pojaviće se ovde kada uvezete odgovore sa datumima.</translation>
    </message>
    <message>
        <source>%1 per stage appears here with survey data.</source>
        <translation>%1 po fazama pojaviće se ovde kada uvezete podatke iz ankete.</translation>
    </message>
    <message>
        <source>Findings and priorities</source>
        <translation>Nalazi i prioriteti</translation>
    </message>
    <message>
        <source>Business case of a top opportunity</source>
        <translation>Poslovni slučaj vodeće prilike</translation>
    </message>
    <message>
        <source>Future state: the journey with every opportunity applied</source>
        <translation>Buduće stanje: putovanje sa svim primenjenim prilikama</translation>
    </message>
    <message>
        <source>Future state: the journey after “%1”</source>
        <translation>Buduće stanje: putovanje posle „%1“</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>confidence: %1</source>
        <translation>pouzdanost: %1</translation>
    </message>
    <message numerus="yes">
        <source>delivered in %n month(s)</source>
        <translation>
            <numerusform>realizacija za %n mesec</numerusform>
            <numerusform>realizacija za %n meseca</numerusform>
            <numerusform>realizacija za %n meseci</numerusform>
        </translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>nosilac: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Dokazi: %1</translation>
    </message>
    <message>
        <source>Value per year at full run rate</source>
        <translation>Vrednost godišnje pri punom kapacitetu</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Stavka</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Očekivano</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Nisko</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Visoko</translation>
    </message>
    <message>
        <source>Customer time and money saved</source>
        <translation>Ušteđeno vreme i novac korisnika</translation>
    </message>
    <message>
        <source>Cost to serve saved</source>
        <translation>Ušteda na trošku usluživanja</translation>
    </message>
    <message>
        <source>Retention value</source>
        <translation>Vrednost zadržavanja</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
    <message>
        <source>Cash flows</source>
        <translation>Novčani tokovi</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Godina</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Koristi</translation>
    </message>
    <message>
        <source>Running cost</source>
        <translation>Tekući trošak</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Discounted</source>
        <translation>Diskontovano</translation>
    </message>
    <message>
        <source>NPV %1 (range %2 to %3)</source>
        <translation>NPV %1 (raspon od %2 do %3)</translation>
    </message>
    <message>
        <source>ROI %1 %</source>
        <translation>ROI %1 %</translation>
    </message>
    <message>
        <source>pays back in month %1</source>
        <translation>povraćaj u %1. mesecu</translation>
    </message>
    <message numerus="yes">
        <source>does not pay back within %n year(s)</source>
        <translation>
            <numerusform>nema povraćaja u roku od %n godine</numerusform>
            <numerusform>nema povraćaja u roku od %n godine</numerusform>
            <numerusform>nema povraćaja u roku od %n godina</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n year(s) at a %1 % discount rate; benefits start after delivery.</source>
        <translation>
            <numerusform>Za %n godinu uz diskontnu stopu od %1 %; koristi počinju posle realizacije.</numerusform>
            <numerusform>Za %n godine uz diskontnu stopu od %1 %; koristi počinju posle realizacije.</numerusform>
            <numerusform>Za %n godina uz diskontnu stopu od %1 %; koristi počinju posle realizacije.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Izostavljeno: %1</translation>
    </message>
    <message>
        <source>How these numbers are made</source>
        <translation>Kako su dobijeni ovi brojevi</translation>
    </message>
    <message numerus="yes">
        <source>… %n more figure(s): see the business case workbook (waymark business-case --format xlsx)</source>
        <translation>
            <numerusform>… još %n pokazatelj: pogledajte radnu svesku poslovnog slučaja (waymark business-case --format xlsx)</numerusform>
            <numerusform>… još %n pokazatelja: pogledajte radnu svesku poslovnog slučaja (waymark business-case --format xlsx)</numerusform>
            <numerusform>… još %n pokazatelja: pogledajte radnu svesku poslovnog slučaja (waymark business-case --format xlsx)</numerusform>
        </translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>%1. mesec</translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>nije u okviru %n godine</numerusform>
            <numerusform>nije u okviru %n godine</numerusform>
            <numerusform>nije u okviru %n godina</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Danas</translation>
    </message>
    <message>
        <source>After every opportunity</source>
        <translation>Posle svih prilika</translation>
    </message>
    <message>
        <source>After “%1”</source>
        <translation>Posle „%1“</translation>
    </message>
    <message>
        <source>Customer time per stage (hours per customer)</source>
        <translation>Vreme korisnika po fazama (sati po korisniku)</translation>
    </message>
    <message>
        <source>What we found</source>
        <translation>Šta smo otkrili</translation>
    </message>
    <message>
        <source>Add effort to the cards or import NPS and CLV data to see findings.</source>
        <translation>Dodajte napor na kartice ili uvezite NPS i CLV podatke da biste videli nalaze.</translation>
    </message>
    <message>
        <source>What to fix first: every opportunity</source>
        <translation>Šta prvo popraviti: sve prilike</translation>
    </message>
    <message>
        <source>What to fix first: “%1”</source>
        <translation>Šta prvo popraviti: „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Ranked by net present value over %n year(s) at a %1 % discount rate; ranges from the confidence of each estimate and the 95 % margins of the NPS shares it rests on.</source>
        <translation>
            <numerusform>Rangirano po neto sadašnjoj vrednosti za %n godinu uz diskontnu stopu od %1 %; rasponi proizlaze iz pouzdanosti svake procene i granica od 95 % za NPS udele na kojima počiva.</numerusform>
            <numerusform>Rangirano po neto sadašnjoj vrednosti za %n godine uz diskontnu stopu od %1 %; rasponi proizlaze iz pouzdanosti svake procene i granica od 95 % za NPS udele na kojima počiva.</numerusform>
            <numerusform>Rangirano po neto sadašnjoj vrednosti za %n godina uz diskontnu stopu od %1 %; rasponi proizlaze iz pouzdanosti svake procene i granica od 95 % za NPS udele na kojima počiva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Prilika</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Jednokratni trošak</translation>
    </message>
    <message>
        <source>Running cost per year</source>
        <translation>Tekući trošak godišnje</translation>
    </message>
    <message>
        <source>Value per year (low – high)</source>
        <translation>Vrednost godišnje (nisko – visoko)</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>NPV (low – high)</source>
        <translation>NPV (nisko – visoko)</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Povraćaj</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 g.</translation>
    </message>
    <message>
        <source>Technology gap</source>
        <translation>Tehnološki jaz</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Starost</translation>
    </message>
    <message>
        <source>What it cannot do</source>
        <translation>Šta ne može da radi</translation>
    </message>
    <message>
        <source>Pain points it causes</source>
        <translation>Bolne tačke koje izaziva</translation>
    </message>
    <message>
        <source>Opportunities replacing it</source>
        <translation>Prilike koje ga zamenjuju</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) not shown on this page</source>
        <translation>
            <numerusform>… i još %n red koji nije prikazan na ovoj stranici</numerusform>
            <numerusform>… i još %n reda koji nisu prikazani na ovoj stranici</numerusform>
            <numerusform>… i još %n redova koji nisu prikazani na ovoj stranici</numerusform>
        </translation>
    </message>
    <message>
        <source>Executive summary: lifetime value and churn</source>
        <translation>Rezime za rukovodstvo: životna vrednost i odlazak korisnika</translation>
    </message>
    <message>
        <source>Executive summary: what customers say</source>
        <translation>Rezime za rukovodstvo: šta korisnici kažu</translation>
    </message>
    <message>
        <source>What our customers are worth, and who is leaving</source>
        <translation>Koliko vrede naši korisnici i ko odlazi</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers are expected to spend %2 in the next %n month(s) (discounted at %3 % a year), %4 each on average.</source>
        <translation>
            <numerusform>Očekuje se da %1 korisnika potroši %2 u narednom periodu od %n meseca (uz diskont od %3 % godišnje), u proseku %4 po korisniku.</numerusform>
            <numerusform>Očekuje se da %1 korisnika potroši %2 u narednom periodu od %n meseca (uz diskont od %3 % godišnje), u proseku %4 po korisniku.</numerusform>
            <numerusform>Očekuje se da %1 korisnika potroši %2 u narednom periodu od %n meseci (uz diskont od %3 % godišnje), u proseku %4 po korisniku.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valuable customers are probably gone: won back, they would be worth %2.</source>
        <translation>Vredni korisnici koji su verovatno otišli: %1. Ako se vrate, vredeli bi %2.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Korisnici</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Broj</translation>
    </message>
    <message>
        <source>Mean P(alive)</source>
        <translation>Prosečna P(alive)</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>Prosečni CLV</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Ugroženi</translation>
    </message>
    <message>
        <source>At risk: CLV if retained</source>
        <translation>Ugroženi: CLV ako se zadrže</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Svi korisnici</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>P(alive): the chance a customer is still buying. At risk: P(alive) below %1 and worth at least %2 if retained (the top quarter). CLV if retained = CLV ÷ P(alive).</source>
        <translation>P(alive): verovatnoća da korisnik i dalje kupuje. Ugroženi: P(alive) ispod %1 i vrednost od najmanje %2 ako se zadrže (gornja četvrtina). CLV ako se zadrže = CLV ÷ P(alive).</translation>
    </message>
    <message>
        <source>After the calibration end %1 repeat purchases happened; the model expected %2.</source>
        <translation>Posle kraja kalibracije obavljeno je %1 ponovljenih kupovina; model je očekivao %2.</translation>
    </message>
    <message>
        <source>Fitted by maximum likelihood (standard errors in brackets). BG/NBD: r %1, α %2, a %3, b %4, log-likelihood %5. Pareto/NBD: r %6, α %7, s %8, β %9, log-likelihood %10. Gamma-Gamma spend: p %11, q %12, γ %13. Time in %14.</source>
        <translation>Procenjeno metodom najveće verodostojnosti (standardne greške u zagradama). BG/NBD: r %1, α %2, a %3, b %4, log-verodostojnost %5. Pareto/NBD: r %6, α %7, s %8, β %9, log-verodostojnost %10. Gamma-Gamma potrošnja: p %11, q %12, γ %13. Vreme u jedinici: %14.</translation>
    </message>
    <message>
        <source>Why customers leave</source>
        <translation>Zašto korisnici odlaze</translation>
    </message>
    <message>
        <source>The touchpoints where customers who are probably gone answered as detractors, by the value they would carry if won back.</source>
        <translation>Dodirne tačke na kojima su korisnici koji su verovatno otišli odgovarali kao kritičari, po vrednosti koju bi imali da se vrate.</translation>
    </message>
    <message>
        <source>CLV if retained</source>
        <translation>CLV ako se zadrže</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>trenutak istine</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>bolna tačka</translation>
    </message>
    <message>
        <source>What customers say where it hurts most</source>
        <translation>Šta korisnici kažu tamo gde najviše boli</translation>
    </message>
    <message>
        <source>The %1 touchpoints with the most %2 (%3, dataset “%4”), and the words their %2 use distinctly more often than every other customer (weighted log-odds with an informative prior, z ≥ 1.96), each with one customer's sentence as written. Personal data is masked.</source>
        <translation>Dodirne tačke (%1) sa najviše odgovora kategorije „%2“ (%3, skup podataka „%4“) i reči koje ti korisnici koriste upadljivo češće od svih ostalih (ponderisani log-količnici šansi sa informativnom apriornom raspodelom, z ≥ 1.96), svaka uz rečenicu jednog korisnika onako kako ju je napisao. Lični podaci su maskirani.</translation>
    </message>
    <message>
        <source>No touchpoint has %1.</source>
        <translation>Nijedna dodirna tačka nema odgovore kategorije „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 — %3 %4, %n with a comment</source>
        <translation>
            <numerusform>%1. %2 — %4: %3, sa komentarom: %n</numerusform>
            <numerusform>%1. %2 — %4: %3, sa komentarom: %n</numerusform>
            <numerusform>%1. %2 — %4: %3, sa komentarom: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>None of them left a comment.</source>
        <translation>Niko od njih nije ostavio komentar.</translation>
    </message>
    <message>
        <source>No word stands out: their comments read like everyone else's.</source>
        <translation>Nijedna reč se ne izdvaja: njihovi komentari zvuče kao i svi ostali.</translation>
    </message>
    <message>
        <source>They write</source>
        <translation>Pišu</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Pominjanja</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Njihovim rečima</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The %1 touchpoints whose %2 carry the most customer lifetime value (%3, dataset “%4”), and the words their %2 use distinctly more often than every other customer (weighted log-odds with an informative prior, z ≥ 1.96), each with one customer's sentence as written. Personal data is masked.</source>
        <translation>Dodirne tačke (%1) na kojima korisnici kategorije „%2“ nose najveću životnu vrednost (%3, skup podataka „%4“) i reči koje ti korisnici koriste upadljivo češće od svih ostalih (ponderisani log-količnici šansi sa informativnom apriornom raspodelom, z ≥ 1.96), svaka uz rečenicu jednog korisnika onako kako ju je napisao. Lični podaci su maskirani.</translation>
    </message>
    <message>
        <source>; lifetime value at risk %1</source>
        <translation>; ugrožena životna vrednost: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 pain points rest on measured data (%3 answers or more)</source>
        <translation>Bolnih tačaka na izmerenim podacima: %1 od %2 (najmanje %3 odgovora)</translation>
    </message>
    <message>
        <source>The rest: %1</source>
        <translation>Ostale: %1</translation>
    </message>
    <message>
        <source>Pain points on measured data</source>
        <translation>Bolne tačke na izmerenim podacima</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Pictures on the cards (%1 of %2)</source>
        <translation>Slike na karticama (%1 od %2)</translation>
    </message>
    <message>
        <source>Pictures on the cards</source>
        <translation>Slike na karticama</translation>
    </message>
    <message>
        <source>picture %1 of %2</source>
        <translation>slika %1 od %2</translation>
    </message>
    <message>
        <source>Personas (%1 of %2)</source>
        <translation>Persone (%1 od %2)</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ciljevi</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustracije</translation>
    </message>
    <message>
        <source>Where it hurts them most</source>
        <translation>Gde ih najviše boli</translation>
    </message>
    <message>
        <source>No step on the map weighs on %1: every card they go through has a negative emotion of 0.</source>
        <translation>Nijedan korak na mapi ne tišti personu %1: sve njene kartice imaju negativnu emociju 0.</translation>
    </message>
    <message>
        <source>Stage “%1”</source>
        <translation>Faza „%1“</translation>
    </message>
    <message>
        <source>negative emotion %1 of 10</source>
        <translation>negativna emocija %1 od 10</translation>
    </message>
    <message>
        <source>%1 for everyone else</source>
        <translation>za ostale %1</translation>
    </message>
    <message>
        <source>Who goes through this journey</source>
        <translation>Ko prolazi kroz ovo putovanje</translation>
    </message>
    <message numerus="yes">
        <source>Each persona with what they want, what gets in their way, and the %n step(s) of the map that weigh on them most: the highest negative emotion as that persona feels it (0 calm – 10 worst).</source>
        <translation>
            <numerusform>Svaka persona: šta želi, šta joj smeta i %n korak mape koji joj najviše teško pada — sa najjačom negativnom emocijom onako kako je ta persona oseća (0 mirno – 10 najgore).</numerusform>
            <numerusform>Svaka persona: šta želi, šta joj smeta i %n koraka mape koji joj najviše teško padaju — sa najjačom negativnom emocijom onako kako je ta persona oseća (0 mirno – 10 najgore).</numerusform>
            <numerusform>Svaka persona: šta želi, šta joj smeta i %n koraka mape koji joj najviše teško padaju — sa najjačom negativnom emocijom onako kako je ta persona oseća (0 mirno – 10 najgore).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriorityChart</name>
    <message>
        <source>Value per year against one-off cost (bubble: CLV at risk)</source>
        <translation>Vrednost godišnje prema jednokratnom trošku (mehur: ugroženi CLV)</translation>
    </message>
    <message>
        <source>One-off cost (%1)</source>
        <translation>Jednokratni trošak (%1)</translation>
    </message>
    <message>
        <source>Value per year (%1)</source>
        <translation>Vrednost godišnje (%1)</translation>
    </message>
</context>
<context>
    <name>ServerDatasets</name>
    <message>
        <source>not one dataset</source>
        <translation>ovo nije jedan skup podataka</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>ServerJobs</name>
    <message>
        <source>Could not connect to %1:
%2</source>
        <translation>Povezivanje sa %1 nije uspelo:
%2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lozinka</translation>
    </message>
    <message>
        <source>Password for %1 on %2 (kept only while Waymark runs; ~/.pgpass spares you this question):</source>
        <translation>Lozinka korisnika %1 na %2 (čuva se samo dok je Waymark pokrenut; uz ~/.pgpass ovo pitanje otpada):</translation>
    </message>
</context>
<context>
    <name>ServerJourney</name>
    <message>
        <source>card %1 is in a stage that does not exist (%2)</source>
        <translation>kartica %1 je u fazi koja ne postoji (%2)</translation>
    </message>
</context>
<context>
    <name>ServerJourneys</name>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation>%1 na %2 — greška: %3</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object</source>
        <translation>%1: vrednost nije JSON objekat</translation>
    </message>
    <message>
        <source>storing card %1</source>
        <translation>čuvanje kartice %1</translation>
    </message>
    <message>
        <source>storing comment %1</source>
        <translation>čuvanje komentara %1</translation>
    </message>
    <message>
        <source>storing a dot of vote %1</source>
        <translation>čuvanje tačkice glasanja %1</translation>
    </message>
    <message>
        <source>the journey cannot be published: %1: %2</source>
        <translation>putovanje ne može da se objavi: %1: %2</translation>
    </message>
    <message>
        <source>could not start a transaction on %1: %2</source>
        <translation>nije moguće započeti transakciju na %1: %2</translation>
    </message>
    <message>
        <source>looking for journey %1</source>
        <translation>traženje putovanja %1</translation>
    </message>
    <message>
        <source>%1 already holds a journey with this id (“%2”); open that one from the server instead</source>
        <translation>%1 već sadrži putovanje sa ovim ID-om („%2“); otvorite njega sa servera</translation>
    </message>
    <message>
        <source>storing journey %1</source>
        <translation>čuvanje putovanja %1</translation>
    </message>
    <message>
        <source>could not commit journey %1 on %2: %3</source>
        <translation>nije moguće upisati putovanje %1 na %2: %3</translation>
    </message>
    <message>
        <source>%1 holds no Waymark journeys</source>
        <translation>%1 ne sadrži Waymark putovanja</translation>
    </message>
    <message>
        <source>the database %1 holds Waymark's server schema version %2; this Waymark reads version %3</source>
        <translation>baza podataka %1 ima Waymark serversku šemu verzije %2, a ova verzija programa Waymark čita verziju %3</translation>
    </message>
    <message>
        <source>starting to read journey %1</source>
        <translation>početak čitanja putovanja %1</translation>
    </message>
    <message>
        <source>reading journey %1</source>
        <translation>čitanje putovanja %1</translation>
    </message>
    <message>
        <source>%1 holds no journey with id %2</source>
        <translation>%1 ne sadrži putovanje sa ID-om %2</translation>
    </message>
    <message>
        <source>table journeys, row %1, column base</source>
        <translation>tabela journeys, red %1, kolona base</translation>
    </message>
    <message>
        <source>reading the cards of journey %1</source>
        <translation>čitanje kartica putovanja %1</translation>
    </message>
    <message>
        <source>table cards, row %1, column fields</source>
        <translation>tabela cards, red %1, kolona fields</translation>
    </message>
    <message>
        <source>reading the comments of journey %1</source>
        <translation>čitanje komentara putovanja %1</translation>
    </message>
    <message>
        <source>table comments, row %1, column body</source>
        <translation>tabela comments, red %1, kolona body</translation>
    </message>
    <message>
        <source>reading the dots of journey %1</source>
        <translation>čitanje tačkica glasanja putovanja %1</translation>
    </message>
    <message>
        <source>journey %1 on %2 is damaged: %3</source>
        <translation>putovanje %1 na %2 je oštećeno: %3</translation>
    </message>
    <message>
        <source>the database %1 holds Waymark's server schema version %2, but this Waymark knows only up to version %3; update Waymark to open journeys there</source>
        <translation>baza podataka %1 ima Waymark serversku šemu verzije %2, a ova verzija programa Waymark podržava samo verzije do %3; ažurirajte Waymark da biste otvarali putovanja iz te baze</translation>
    </message>
    <message>
        <source>listing the journeys</source>
        <translation>čitanje spiska putovanja</translation>
    </message>
    <message>
        <source>storing the dataset “%1”</source>
        <translation>čuvanje skupa podataka „%1“</translation>
    </message>
    <message>
        <source>reading the datasets of journey %1</source>
        <translation>čitanje skupova podataka putanje %1</translation>
    </message>
    <message>
        <source>table datasets, row %1, column body</source>
        <translation>tabela datasets, red %1, kolona body</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>setting up the roles on %1 failed: %2 (in: %3)</source>
        <translation>podešavanje uloga na %1 nije uspelo: %2 (u naredbi: %3)</translation>
    </message>
    <message>
        <source>reading your role on %1 failed: %2</source>
        <translation>čitanje vaše uloge na %1 nije uspelo: %2</translation>
    </message>
    <message>
        <source>Facilitator: may change everything</source>
        <translation>Fasilitator: može da menja sve</translation>
    </message>
    <message>
        <source>Participant: may add and change cards, place dots and comment</source>
        <translation>Učesnik: može da dodaje i menja kartice, postavlja tačkice i komentariše</translation>
    </message>
    <message>
        <source>Reviewer: may comment</source>
        <translation>Recenzent: može da komentariše</translation>
    </message>
    <message>
        <source>Viewer: may look</source>
        <translation>Posmatrač: može samo da gleda</translation>
    </message>
    <message>
        <source>No Waymark role on this server: ask the facilitator for one</source>
        <translation>Nemate Waymark ulogu na ovom serveru: zatražite je od fasilitatora</translation>
    </message>
    <message>
        <source>reviewers may add comments, nothing else</source>
        <translation>recenzenti mogu samo da dodaju komentare</translation>
    </message>
    <message>
        <source>viewers may read the journey, not change it</source>
        <translation>posmatrači mogu da čitaju putovanje, ali ne i da ga menjaju</translation>
    </message>
    <message>
        <source>only facilitators may publish journeys</source>
        <translation>samo fasilitatori mogu da objavljuju putovanja</translation>
    </message>
    <message>
        <source>you have no Waymark role on this database</source>
        <translation>nemate Waymark ulogu u ovoj bazi podataka</translation>
    </message>
    <message>
        <source>the server refused this by its rule “%1”: %2</source>
        <translation>server je odbio radnju po pravilu „%1“: %2</translation>
    </message>
    <message>
        <source>the facilitator locked this lane; only its department may change its cards</source>
        <translation>fasilitator je zaključao ovu traku; njene kartice može menjati samo njeno odeljenje</translation>
    </message>
    <message>
        <source>the facilitator locked this stage; only each lane's department may change its cards</source>
        <translation>fasilitator je zaključao ovu fazu; kartice u njoj menja samo odeljenje svoje trake</translation>
    </message>
    <message>
        <source>the facilitator froze the board; only facilitators may change it now</source>
        <translation>fasilitator je zamrznuo tablu; sada je mogu menjati samo fasilitatori</translation>
    </message>
    <message>
        <source>only facilitators may lock lanes and stages or freeze the board</source>
        <translation>samo fasilitatori mogu zaključavati trake i faze i zamrzavati tablu</translation>
    </message>
    <message>
        <source>only facilitators may say who belongs to which department</source>
        <translation>samo fasilitatori određuju ko pripada kom odeljenju</translation>
    </message>
    <message>
        <source>only facilitators may add, change, move or remove stages, lanes and departments</source>
        <translation>faze, trake i odeljenja mogu da dodaju, menjaju, pomeraju i uklanjaju samo fasilitatori</translation>
    </message>
    <message>
        <source>a facilitator removed that stage or lane meanwhile</source>
        <translation>fasilitator je u međuvremenu uklonio tu fazu ili traku</translation>
    </message>
    <message>
        <source>only facilitators may start, close or change a vote</source>
        <translation>samo fasilitatori mogu da pokrenu, zatvore ili izmene glasanje</translation>
    </message>
    <message>
        <source>the vote is closed; its dots cannot change any more</source>
        <translation>glasanje je zatvoreno; njegove tačkice se više ne menjaju</translation>
    </message>
    <message>
        <source>someone else placed this dot from their login; only they or a facilitator may take it back</source>
        <translation>tačkica je postavljena sa drugog naloga: ukloniti je mogu samo vlasnik tog naloga i fasilitator</translation>
    </message>
    <message>
        <source>someone else wrote this comment; only they or a facilitator may change or delete it</source>
        <translation>komentar je tuđ: menjati i brisati ga mogu samo autor i fasilitator</translation>
    </message>
    <message>
        <source>only facilitators may add, change or remove personas</source>
        <translation>persone mogu da dodaju, menjaju i uklanjaju samo fasilitatori</translation>
    </message>
    <message>
        <source>only facilitators may add, rename or remove participants</source>
        <translation>učesnike mogu da dodaju, preimenuju i uklanjaju samo fasilitatori</translation>
    </message>
    <message>
        <source>an arrow must join two cards of the journey, and one of them was deleted meanwhile</source>
        <translation>strelica mora da spaja dve kartice putovanja, a jedna od njih je u međuvremenu uklonjena</translation>
    </message>
    <message>
        <source>only facilitators may change the journey's title, description, currency and settings</source>
        <translation>samo fasilitatori menjaju naslov, opis, valutu i podešavanja putanje</translation>
    </message>
    <message>
        <source>only facilitators may change the agenda</source>
        <translation>samo fasilitatori menjaju dnevni red</translation>
    </message>
    <message>
        <source>only facilitators may change the business case</source>
        <translation>samo fasilitatori menjaju poslovni slučaj</translation>
    </message>
    <message>
        <source>the vote's time is up; its dots cannot change any more</source>
        <translation>vreme glasanja je isteklo; njegove tačke se više ne menjaju</translation>
    </message>
    <message>
        <source>only facilitators may import, refresh or remove survey and purchase data</source>
        <translation>samo fasilitatori mogu da uvoze, osvežavaju ili uklanjaju podatke anketa i kupovina</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>setting up the server schema on %1 failed: %2 (in: %3)</source>
        <translation>podešavanje serverske šeme na %1 nije uspelo: %2 (u naredbi: %3)</translation>
    </message>
    <message>
        <source>reading the server schema version on %1 failed: %2</source>
        <translation>čitanje verzije serverske šeme na %1 nije uspelo: %2</translation>
    </message>
    <message>
        <source>the database %1 holds Waymark's server schema version %2, but this Waymark knows only up to version %3; update Waymark to open journeys there</source>
        <translation>baza podataka %1 ima Waymark serversku šemu verzije %2, a ova verzija programa Waymark podržava samo verzije do %3; ažurirajte Waymark da biste otvarali putovanja iz te baze</translation>
    </message>
    <message>
        <source>could not start a transaction on %1: %2</source>
        <translation>nije moguće započeti transakciju na %1: %2</translation>
    </message>
    <message>
        <source>setting up the server schema on %1 failed: %2</source>
        <translation>podešavanje serverske šeme na %1 nije uspelo: %2</translation>
    </message>
    <message>
        <source>could not commit the server schema on %1: %2</source>
        <translation>nije moguće upisati serversku šemu na %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerSession</name>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>povezivanje sa %1 nije uspelo: %2</translation>
    </message>
    <message>
        <source>could not listen for changes on %1: %2</source>
        <translation>nije moguće pratiti izmene na %1: %2</translation>
    </message>
    <message>
        <source>journey %1 on %2 is damaged: %3</source>
        <translation>putovanje %1 na %2 je oštećeno: %3</translation>
    </message>
    <message>
        <source>card “%1” is not in the journey any more</source>
        <translation>kartica „%1“ više nije u putovanju</translation>
    </message>
    <message>
        <source>the change was not saved: %1: %2</source>
        <translation>izmena nije sačuvana: %1: %2</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>nema veze sa %1</translation>
    </message>
    <message>
        <source>the change was not saved on %1: %2</source>
        <translation>izmena nije sačuvana na %1: %2</translation>
    </message>
    <message>
        <source>%1 no longer holds journey %2</source>
        <translation>na %1 više nema putovanja %2</translation>
    </message>
    <message>
        <source>reading the changes on %1 failed: %2</source>
        <translation>čitanje izmena na %1 nije uspelo: %2</translation>
    </message>
    <message>
        <source>card “%1” was deleted by %2 (change %3); your change was not saved</source>
        <translation>karticu „%1“ je obrisao učesnik %2 (izmena %3); vaša izmena nije sačuvana</translation>
    </message>
    <message>
        <source>card “%1” is not in the journey on the server; your change was not saved</source>
        <translation>kartica „%1“ nije u putovanju na serveru; vaša izmena nije sačuvana</translation>
    </message>
    <message>
        <source>card “%1” is not in that cell any more</source>
        <translation>kartica „%1“ više nije u toj ćeliji</translation>
    </message>
    <message>
        <source>reading the cell's order failed: %1</source>
        <translation>čitanje redosleda kartica u ćeliji nije uspelo: %1</translation>
    </message>
    <message>
        <source>“%1” is not a field of a card</source>
        <translation>„%1“ nije polje kartice</translation>
    </message>
    <message>
        <source>card “%1” was not added on %2: %3</source>
        <translation>kartica „%1“ nije dodata na %2: %3</translation>
    </message>
    <message>
        <source>card “%1” is already in the journey</source>
        <translation>kartica „%1“ je već u putovanju</translation>
    </message>
    <message>
        <source>a card cannot go after itself</source>
        <translation>kartica ne može da stoji posle same sebe</translation>
    </message>
    <message>
        <source>the move was not saved on %1: %2</source>
        <translation>premeštanje nije sačuvano na %1: %2</translation>
    </message>
    <message>
        <source>the deletion was not saved on %1: %2</source>
        <translation>brisanje nije sačuvano na %1: %2</translation>
    </message>
    <message>
        <source>there is no vote %1 in the journey</source>
        <translation>u putovanju nema glasanja %1</translation>
    </message>
    <message>
        <source>the vote “%1” is closed</source>
        <translation>glasanje „%1“ je zatvoreno</translation>
    </message>
    <message>
        <source>the dot was not saved on %1: %2</source>
        <translation>tačkica nije sačuvana na %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>all %n dot(s) of the vote “%1” are used</source>
        <translation>
            <numerusform>glasanje „%1“: sve tačkice (%n) su već postavljene</numerusform>
            <numerusform>glasanje „%1“: sve tačkice (%n) su već postavljene</numerusform>
            <numerusform>glasanje „%1“: sve tačkice (%n) su već postavljene</numerusform>
        </translation>
    </message>
    <message>
        <source>the comment was not saved on %1: %2</source>
        <translation>komentar nije sačuvan na %1: %2</translation>
    </message>
    <message>
        <source>there is no change of yours to undo</source>
        <translation>nema vaših izmena koje mogu da se opozovu</translation>
    </message>
    <message>
        <source>cannot undo: %1 deleted card “%2” since (change %3)</source>
        <translation>opoziv nije moguć: u međuvremenu je učesnik %1 obrisao karticu „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed card “%2” since (change %3)</source>
        <translation>opoziv nije moguć: u međuvremenu je učesnik %1 izmenio karticu „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 moved card “%2” since (change %3)</source>
        <translation>opoziv nije moguć: u međuvremenu je učesnik %1 premestio karticu „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed “%2” of card “%3” since (change %4)</source>
        <translation>opoziv nije moguć: u međuvremenu je učesnik %1 izmenio polje „%2“ kartice „%3“ (izmena %4)</translation>
    </message>
    <message>
        <source>the card was not brought back on %1: %2</source>
        <translation>kartica nije vraćena na %1: %2</translation>
    </message>
    <message>
        <source>the move was not undone on %1: %2</source>
        <translation>premeštanje nije opozvano na %1: %2</translation>
    </message>
    <message>
        <source>reading the locks on %1 failed: %2</source>
        <translation>čitanje zaključavanja na %1 nije uspelo: %2</translation>
    </message>
    <message>
        <source>%1 froze the board%2; only facilitators may change it now</source>
        <translation>%1 je zamrznuo/la tablu%2; sada je mogu menjati samo fasilitatori</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 locked this lane%2; only its department may change its cards</source>
        <translation>%1 je zaključao/la ovu traku%2; njene kartice može menjati samo njeno odeljenje</translation>
    </message>
    <message>
        <source>%1 locked this stage%2; only each lane's department may change its cards</source>
        <translation>%1 je zaključao/la ovu fazu%2; kartice u njoj menja samo odeljenje svoje trake</translation>
    </message>
    <message>
        <source>the lock was not saved on %1: %2</source>
        <translation>zaključavanje nije sačuvano na %1: %2</translation>
    </message>
    <message>
        <source>%1 deleted the card meanwhile (change %2)</source>
        <translation>%1 je u međuvremenu obrisao/la karticu (izmena %2)</translation>
    </message>
    <message>
        <source>the card is not in the journey any more</source>
        <translation>kartica više nije u putovanju</translation>
    </message>
    <message>
        <source>not connected to %1; undo works again when the connection is back</source>
        <translation>nema veze sa %1; poništavanje će opet raditi kada se veza vrati</translation>
    </message>
    <message>
        <source>reading the members on %1 failed: %2</source>
        <translation>čitanje članova odeljenja na %1 nije uspelo: %2</translation>
    </message>
    <message>
        <source>reading the database users on %1 failed: %2</source>
        <translation>čitanje korisnika baze podataka na %1 nije uspelo: %2</translation>
    </message>
    <message>
        <source>not connected to %1; the members were not changed</source>
        <translation>nema veze sa %1; članovi odeljenja nisu promenjeni</translation>
    </message>
    <message>
        <source>“%1” is not a database user's name (empty, or spaces around it); the members were not changed</source>
        <translation>„%1“ nije ime korisnika baze podataka (prazno ili razmaci oko njega); članovi odeljenja nisu promenjeni</translation>
    </message>
    <message>
        <source>%1 cannot join department %2: the journey has no such department; the members were not changed</source>
        <translation>%1 ne može u odeljenje %2: putovanje nema takvo odeljenje; članovi odeljenja nisu promenjeni</translation>
    </message>
    <message>
        <source>the members were not changed on %1: %2</source>
        <translation>članovi odeljenja na %1 nisu promenjeni: %2</translation>
    </message>
    <message>
        <source>%1 has no database user “%2” (names are case-sensitive); the administrator creates it with CREATE ROLE … LOGIN; the members were not changed</source>
        <translation>na %1 nema korisnika baze podataka „%2“ (velika i mala slova se razlikuju); pravi ga administrator naredbom CREATE ROLE … LOGIN; članovi odeljenja nisu promenjeni</translation>
    </message>
    <message>
        <source>cannot undo: %1 froze the board since (change %2)</source>
        <translation>opoziv nije moguć: u međuvremenu je %1 zamrznuo/la tablu (izmena %2)</translation>
    </message>
    <message>
        <source>cannot undo: %1 unfroze the board since (change %2)</source>
        <translation>opoziv nije moguć: u međuvremenu je %1 odmrznuo/la tablu (izmena %2)</translation>
    </message>
    <message>
        <source>cannot undo: %1 locked the lane “%2” since (change %3)</source>
        <translation>opoziv nije moguć: u međuvremenu je %1 zaključao/la traku „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 unlocked the lane “%2” since (change %3)</source>
        <translation>opoziv nije moguć: u međuvremenu je %1 otključao/la traku „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 locked the stage “%2” since (change %3)</source>
        <translation>opoziv nije moguć: u međuvremenu je %1 zaključao/la fazu „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 unlocked the stage “%2” since (change %3)</source>
        <translation>opoziv nije moguć: u međuvremenu je %1 otključao/la fazu „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>card “%1” was removed with its stage or lane by %2 (change %3); your change was not saved</source>
        <translation>karticu „%1“ je uklonio/la %2 zajedno sa njenom fazom ili trakom (izmena %3); vaša izmena nije sačuvana</translation>
    </message>
    <message>
        <source>the card's stage or lane is not in the journey</source>
        <translation>faza ili traka kartice ne postoji u putovanju</translation>
    </message>
    <message>
        <source>%1 removed the card's stage (change %2); the card was not saved there</source>
        <translation>%1 je uklonio/la fazu kartice (izmena %2); kartica tamo nije sačuvana</translation>
    </message>
    <message>
        <source>%1 removed the card's lane (change %2); the card was not saved there</source>
        <translation>%1 je uklonio/la traku kartice (izmena %2); kartica tamo nije sačuvana</translation>
    </message>
    <message>
        <source>“%1” cannot be changed on its own</source>
        <translation>„%1“ se ne može menjati zasebno</translation>
    </message>
    <message>
        <source>“%1” is not a stage, a lane or a department</source>
        <translation>„%1“ nije ni faza, ni traka, ni odeljenje</translation>
    </message>
    <message>
        <source>the change of “%1” was not saved on %2: %3</source>
        <translation>izmena „%1“ nije sačuvana na %2: %3</translation>
    </message>
    <message>
        <source>“%1” is already in the journey</source>
        <translation>„%1“ već postoji u putovanju</translation>
    </message>
    <message>
        <source>“%1” was removed by %2 (change %3); your change was not saved</source>
        <translation>„%1“ je uklonio/la %2 (izmena %3); vaša izmena nije sačuvana</translation>
    </message>
    <message>
        <source>“%1” is not in the journey on the server; your change was not saved</source>
        <translation>„%1“ ne postoji u putovanju na serveru; vaša izmena nije sačuvana</translation>
    </message>
    <message>
        <source>“%1” is not in the journey any more; your change was not saved</source>
        <translation>„%1“ više ne postoji u putovanju; vaša izmena nije sačuvana</translation>
    </message>
    <message>
        <source>cannot undo: %1 removed “%2” since (change %3)</source>
        <translation>opoziv nije moguć: u međuvremenu je %1 uklonio/la „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed “%2” since (change %3)</source>
        <translation>opoziv nije moguć: u međuvremenu je %1 izmenio/la „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 put cards in “%2” since (change %3)</source>
        <translation>opoziv nije moguć: u međuvremenu je %1 stavio/la kartice u „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot undo: “%1” holds cards now</source>
        <translation>opoziv nije moguć: u „%1“ sada ima kartica</translation>
    </message>
    <message>
        <source>cannot undo: %1 moved “%2” since (change %3)</source>
        <translation>opoziv nije moguć: u međuvremenu je %1 premestio/la „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>this laptop holds no copy of the journey to open without the server (a copy is kept once the journey has been open here while connected)</source>
        <translation>na ovom laptopu nema kopije putovanja koja bi se otvorila bez servera (kopija se čuva čim je putovanje bar jednom otvoreno ovde dok je veza postojala)</translation>
    </message>
    <message>
        <source>the copy of the journey on this laptop cannot be opened: %1</source>
        <translation>kopija putovanja na ovom laptopu ne može da se otvori: %1</translation>
    </message>
    <message>
        <source>the copy of the journey on this laptop is damaged (%1): %2</source>
        <translation>kopija putovanja na ovom laptopu je oštećena (%1): %2</translation>
    </message>
    <message>
        <source>there is no undone change of yours to redo</source>
        <translation>nema vaše opozvane izmene koju biste ponovili</translation>
    </message>
    <message>
        <source>not connected to %1; redo works again when the connection is back</source>
        <translation>nema veze sa %1; ponavljanje će opet raditi kada se veza vrati</translation>
    </message>
    <message>
        <source>cannot redo: %1 froze or unfroze the board since (change %2)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 zamrznuo/la ili odmrznuo/la tablu (izmena %2)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed the lock of “%2” since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 promenio/la zaključavanje za „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 removed “%2” since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 uklonio/la „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 deleted card “%2” since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je učesnik %1 obrisao karticu „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed “%2” since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 izmenio/la „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed card “%2” since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je učesnik %1 izmenio karticu „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 put cards in “%2” since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 stavio/la kartice u „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 moved “%2” since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 premestio/la „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 moved card “%2” since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je učesnik %1 premestio karticu „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed “%2” of card “%3” since (change %4)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je učesnik %1 izmenio polje „%2“ kartice „%3“ (izmena %4)</translation>
    </message>
    <message>
        <source>your last change may have reached %1 just as the connection broke; undo works again when the connection is back</source>
        <translation>vaša poslednja izmena je možda stigla do %1 baš kada je veza pukla; poništavanje će opet raditi kada se veza vrati</translation>
    </message>
    <message>
        <source>the vote “%1” is still open (%2 started it, change %3); close it before another vote opens</source>
        <translation>glasanje „%1“ je još otvoreno (pokrenuo/la ga je %2, izmena %3); zatvorite ga pre nego što otvorite drugo</translation>
    </message>
    <message>
        <source>the vote “%1” is still open; close it before another vote opens</source>
        <translation>glasanje „%1“ je još otvoreno; zatvorite ga pre nego što otvorite drugo</translation>
    </message>
    <message>
        <source>%1 deleted the comment (change %2); your change was not saved</source>
        <translation>%1 je obrisao/la ovaj komentar (izmena %2); vaša izmena nije sačuvana</translation>
    </message>
    <message>
        <source>the comment is not in the journey on the server; your change was not saved</source>
        <translation>na serveru u putovanju nema ovog komentara; vaša izmena nije sačuvana</translation>
    </message>
    <message>
        <source>%1 closed the vote “%2” (change %3); your dot was not saved</source>
        <translation>%1 je zatvorio/la glasanje „%2“ (izmena %3); vaša tačkica nije sačuvana</translation>
    </message>
    <message>
        <source>the vote “%1” is already in the journey</source>
        <translation>glasanje „%1“ već postoji u putovanju</translation>
    </message>
    <message>
        <source>the vote “%1” was not started on %2: %3</source>
        <translation>glasanje „%1“ nije pokrenuto na %2: %3</translation>
    </message>
    <message>
        <source>“%1” cannot be changed in a vote</source>
        <translation>u glasanju se ne može menjati „%1“</translation>
    </message>
    <message>
        <source>%1 removed the vote “%2” (change %3)</source>
        <translation>%1 je uklonio/la glasanje „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>the vote “%1” was not changed on %2: %3</source>
        <translation>glasanje „%1“ nije izmenjeno na %2: %3</translation>
    </message>
    <message>
        <source>%1 placed a dot in the vote “%2” (change %3); a vote with dots stays</source>
        <translation>%1 je postavio/la tačkicu u glasanju „%2“ (izmena %3); glasanje sa tačkicama ostaje</translation>
    </message>
    <message>
        <source>the vote “%1” was not removed on %2: %3</source>
        <translation>glasanje „%1“ nije uklonjeno na %2: %3</translation>
    </message>
    <message>
        <source>there is no such dot on card “%1” to take back</source>
        <translation>na kartici „%1“ nema takve tačkice da bi se uklonila</translation>
    </message>
    <message>
        <source>the dot was not taken back on %1: %2</source>
        <translation>tačkica nije uklonjena na %1: %2</translation>
    </message>
    <message>
        <source>someone took that dot back meanwhile</source>
        <translation>neko je u međuvremenu već uklonio tu tačkicu</translation>
    </message>
    <message>
        <source>“%1” cannot be changed in a comment</source>
        <translation>u komentaru se ne može menjati „%1“</translation>
    </message>
    <message>
        <source>the comment is not in the journey any more</source>
        <translation>ovog komentara više nema u putovanju</translation>
    </message>
    <message>
        <source>the comment was not changed on %1: %2</source>
        <translation>komentar nije izmenjen na %1: %2</translation>
    </message>
    <message>
        <source>%1 replied to the comment; it stays while it has replies</source>
        <translation>%1 je odgovorio/la na ovaj komentar; ostaje dok ima odgovore</translation>
    </message>
    <message>
        <source>the comment was not deleted on %1: %2</source>
        <translation>komentar nije obrisan na %1: %2</translation>
    </message>
    <message>
        <source>cannot undo: %1 closed the vote “%2” since (change %3)</source>
        <translation>opoziv nije moguć: u međuvremenu je %1 zatvorio/la glasanje „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot undo: the vote “%1” is closed</source>
        <translation>opoziv nije moguć: glasanje „%1“ je zatvoreno</translation>
    </message>
    <message numerus="yes">
        <source>cannot undo: all %n dot(s) of the vote “%1” are used again (%2 placed one since, change %3)</source>
        <translation>
            <numerusform>opoziv nije moguć: u glasanju „%1“ ponovo su postavljene sve tačkice (%n) — u međuvremenu je %2 postavio/la tačkicu (izmena %3)</numerusform>
            <numerusform>opoziv nije moguć: u glasanju „%1“ ponovo su postavljene sve tačkice (%n) — u međuvremenu je %2 postavio/la tačkicu (izmena %3)</numerusform>
            <numerusform>opoziv nije moguć: u glasanju „%1“ ponovo su postavljene sve tačkice (%n) — u međuvremenu je %2 postavio/la tačkicu (izmena %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo: all %n dot(s) of the vote “%1” are used again</source>
        <translation>
            <numerusform>opoziv nije moguć: u glasanju „%1“ ponovo su postavljene sve tačkice (%n)</numerusform>
            <numerusform>opoziv nije moguć: u glasanju „%1“ ponovo su postavljene sve tačkice (%n)</numerusform>
            <numerusform>opoziv nije moguć: u glasanju „%1“ ponovo su postavljene sve tačkice (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot undo: %1</source>
        <translation>opoziv nije moguć: %1</translation>
    </message>
    <message>
        <source>cannot undo: %1 deleted the comment since (change %2)</source>
        <translation>opoziv nije moguć: u međuvremenu je %1 obrisao/la komentar (izmena %2)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed the comment since (change %2)</source>
        <translation>opoziv nije moguć: u međuvremenu je %1 izmenio/la komentar (izmena %2)</translation>
    </message>
    <message>
        <source>cannot undo: %1 removed the vote “%2” since (change %3)</source>
        <translation>opoziv nije moguć: u međuvremenu je %1 uklonio/la glasanje „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 reopened the vote “%2” since (change %3)</source>
        <translation>opoziv nije moguć: u međuvremenu je %1 ponovo otvorio/la glasanje „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed the vote “%2” since (change %3)</source>
        <translation>opoziv nije moguć: u međuvremenu je %1 izmenio/la glasanje „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 placed a dot in the vote “%2” since (change %3)</source>
        <translation>opoziv nije moguć: u međuvremenu je %1 postavio/la tačkicu u glasanju „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot undo: the vote “%1” has dots</source>
        <translation>opoziv nije moguć: glasanje „%1“ već ima tačkice</translation>
    </message>
    <message>
        <source>the persona “%1”</source>
        <translation>persona „%1“</translation>
    </message>
    <message>
        <source>the participant “%1”</source>
        <translation>učesnik „%1“</translation>
    </message>
    <message>
        <source>the arrow “%1”</source>
        <translation>strelica „%1“</translation>
    </message>
    <message>
        <source>the arrow from “%1” to “%2”</source>
        <translation>strelica od „%1“ do „%2“</translation>
    </message>
    <message>
        <source>%1 removed %2 (change %3); your change was not saved</source>
        <translation>%1 je uklonio/la ovo: %2 (izmena %3); vaša izmena nije sačuvana</translation>
    </message>
    <message>
        <source>%1 is already in the journey</source>
        <translation>već postoji u putovanju: %1</translation>
    </message>
    <message>
        <source>%1 is not in the journey any more; your change was not saved</source>
        <translation>ovo više nije u putovanju: %1; vaša izmena nije sačuvana</translation>
    </message>
    <message>
        <source>card “%1” names %2 now; the persona stays while a card names it</source>
        <translation>kartica „%1“ sada upućuje na ovo: %2; persona ostaje dok god na nju upućuje neka kartica</translation>
    </message>
    <message>
        <source>%1 has placed dots; a participant with dots or cards stays on the list</source>
        <translation>ovaj učesnik ima tačke (%1); učesnik sa tačkama ili karticama ostaje na spisku</translation>
    </message>
    <message>
        <source>%1 wrote card “%2”; a participant with dots or cards stays on the list</source>
        <translation>karticu „%2“ je napisao/la ovaj učesnik (%1); učesnik sa tačkama ili karticama ostaje na spisku</translation>
    </message>
    <message>
        <source>the change of %1 was not saved on %2: %3</source>
        <translation>izmena nije sačuvana na %2 (%1): %3</translation>
    </message>
    <message>
        <source>%1 is not in the journey on the server; your change was not saved</source>
        <translation>ovoga nema u putovanju na serveru: %1; vaša izmena nije sačuvana</translation>
    </message>
    <message>
        <source>cannot undo: %1 removed %2 since (change %3)</source>
        <translation>opoziv nije moguć: u međuvremenu je %1 uklonio/la ovo: %2 (izmena %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed %2 since (change %3)</source>
        <translation>ne može da se poništi: %1 je od tada izmenio/la %2 (izmena %3)</translation>
    </message>
    <message>
        <source>the journey's title</source>
        <translation>naslov putanje</translation>
    </message>
    <message>
        <source>the journey's description</source>
        <translation>opis putanje</translation>
    </message>
    <message>
        <source>the journey's currency</source>
        <translation>valuta putanje</translation>
    </message>
    <message>
        <source>the setting “%1”</source>
        <translation>podešavanje „%1“</translation>
    </message>
    <message>
        <source>“%1” is not the journey's title, description, currency or a setting</source>
        <translation>„%1“ nije naslov, opis, valuta putanje ni podešavanje</translation>
    </message>
    <message>
        <source>%1 was not changed on %2: %3</source>
        <translation>%1: izmena nije sačuvana na %2: %3</translation>
    </message>
    <message>
        <source>the agenda step “%1”</source>
        <translation>tačka dnevnog reda „%1“</translation>
    </message>
    <message>
        <source>the opportunity “%1”</source>
        <translation>prilika „%1“</translation>
    </message>
    <message>
        <source>the scenario “%1”</source>
        <translation>scenario „%1“</translation>
    </message>
    <message>
        <source>“%1” is not an arrow, a persona, a participant, an agenda step, an opportunity or a scenario</source>
        <translation>„%1“ nije strelica, persona, učesnik, tačka dnevnog reda, prilika ni scenario</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 deleted card “%2” meanwhile, and it went with the card (change %3)</source>
        <translation>%1 je u međuvremenu obrisao/la karticu „%2”, i ovo je nestalo sa njom (izmena %3)</translation>
    </message>
    <message>
        <source>%1 removed it meanwhile (change %2)</source>
        <translation>%1 je ovo u međuvremenu uklonio/la (izmena %2)</translation>
    </message>
    <message>
        <source>it is not in the journey any more</source>
        <translation>ovo više nije u mapi putovanja</translation>
    </message>
    <message>
        <source>%1 changed it meanwhile (change %2); it was not removed</source>
        <translation>%1 je ovo u međuvremenu izmenio/la (izmena %2); nije uklonjeno</translation>
    </message>
    <message>
        <source>%1 changed card “%2” in it meanwhile (change %3); it was not removed, nor the cards in it</source>
        <translation>%1 je u međuvremenu izmenio/la karticu „%2” u njemu (izmena %3); ni ono ni njegove kartice nisu uklonjeni</translation>
    </message>
    <message>
        <source>“%1” changes are not kept offline</source>
        <translation>izmene vrste „%1” se ne čuvaju van mreže</translation>
    </message>
    <message>
        <source>%1 deleted card “%2” meanwhile (change %3); the arrow was not drawn</source>
        <translation>%1 je u međuvremenu obrisao/la karticu „%2” (izmena %3); strelica nije nacrtana</translation>
    </message>
    <message>
        <source>the vote “%1” is closed already</source>
        <translation>glasanje „%1“ je već zatvoreno</translation>
    </message>
    <message>
        <source>the time of the vote “%1” is not up yet on the server's clock</source>
        <translation>po serverskom satu vreme glasanja „%1“ još nije isteklo</translation>
    </message>
    <message>
        <source>the vote “%1” was not closed on %2: %3</source>
        <translation>glasanje „%1“ nije zatvoreno na %2: %3</translation>
    </message>
    <message>
        <source>the vote “%1” was not deleted on %2: %3</source>
        <translation>glasanje „%1“ nije obrisano na %2: %3</translation>
    </message>
    <message>
        <source>the dots were not brought back on %1: %2</source>
        <translation>tačke nisu vraćene na %1: %2</translation>
    </message>
    <message>
        <source>not connected to %1: survey and purchase data is not kept offline (an import can be tens of MB); import, refresh or remove the dataset “%2” again when the connection is back</source>
        <translation>nema veze sa %1: podaci anketa i kupovina se ne čuvaju van mreže (uvoz može imati desetine MB); uvezite, osvežite ili uklonite skup „%2“ ponovo kada se veza vrati</translation>
    </message>
    <message>
        <source>the dataset “%1” was not read whole (%2), so it was not shared</source>
        <translation>skup podataka „%1“ nije pročitan ceo (%2), pa nije podeljen</translation>
    </message>
    <message>
        <source>the dataset “%1” was not saved on %2: %3</source>
        <translation>skup podataka „%1“ nije sačuvan na %2: %3</translation>
    </message>
    <message>
        <source>the dataset “%1” is %2 as the server stores it, and a shared journey keeps datasets of up to %3 (the server's waymark_dataset_limit()); it was not shared. Import a smaller extract (fewer columns or a shorter period), or work on this journey in a file</source>
        <translation>skup podataka „%1“ na serveru zauzima %2, a deljena putanja čuva skupove do %3 (waymark_dataset_limit() na serveru); nije podeljen. Uvezite manji izvod (manje kolona ili kraći period) ili radite na ovoj putanji u datoteci</translation>
    </message>
    <message>
        <source>%1 meanwhile; your change was not saved</source>
        <translation>%1 u međuvremenu; vaša izmena nije sačuvana</translation>
    </message>
    <message>
        <source>the dataset “%1” is on the server already</source>
        <translation>skup podataka „%1“ je već na serveru</translation>
    </message>
    <message>
        <source>the dataset “%1” is not on the server any more</source>
        <translation>skupa podataka „%1“ više nema na serveru</translation>
    </message>
    <message>
        <source>cannot undo: %1 since</source>
        <translation>ne može da se poništi: posle toga %1</translation>
    </message>
    <message>
        <source>cannot undo: the earlier version of the dataset “%1” is not on this laptop any more</source>
        <translation>ne može da se poništi: ranija verzija skupa podataka „%1“ više nije na ovom laptopu</translation>
    </message>
    <message>
        <source>%1 removed the dataset “%2” (change %3)</source>
        <translation>%1 je uklonio/la skup podataka „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>%1 added the dataset “%2” (change %3)</source>
        <translation>%1 je dodao/la skup podataka „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>%1 replaced the dataset “%2” (change %3)</source>
        <translation>%1 je zamenio/la skup podataka „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 removed the dataset “%2” since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 uklonio/la skup podataka „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 added the dataset “%2” again since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 ponovo dodao/la skup podataka „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 replaced the dataset “%2” since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 zamenio/la skup podataka „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot redo: the dataset “%1” is not on this laptop any more</source>
        <translation>ponavljanje nije moguće: ova verzija skupa podataka „%1“ više nije na ovom laptopu</translation>
    </message>
    <message>
        <source>cannot redo: %1</source>
        <translation>ponavljanje nije moguće: %1</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed %2 since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 izmenio/la %2 (izmena %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 removed %2 since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 uklonio/la ovo: %2 (izmena %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 removed the vote “%2” since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 uklonio/la glasanje „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 closed the vote “%2” since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 zatvorio/la glasanje „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 reopened the vote “%2” since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 ponovo otvorio/la glasanje „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed the vote “%2” since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 izmenio/la glasanje „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot redo: the vote “%1” is closed</source>
        <translation>ponavljanje nije moguće: glasanje „%1“ je zatvoreno</translation>
    </message>
    <message>
        <source>cannot redo: %1 took back a dot from card “%2” since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 uklonio/la tačkicu sa kartice „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 deleted the comment since (change %2)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 obrisao/la komentar (izmena %2)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed the comment since (change %2)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 izmenio/la komentar (izmena %2)</translation>
    </message>
    <message>
        <source>cannot redo: %1 took back a dot in the vote “%2” since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 uklonio/la tačkicu u glasanju „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 placed a dot in the vote “%2” since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 postavio/la tačkicu u glasanju „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>the dataset “%1” could not be read from %2 (%3); it is read again when the connection allows</source>
        <translation>skup podataka „%1“ nije mogao da se pročita sa %2 (%3); biće ponovo pročitan čim veza to dozvoli</translation>
    </message>
    <message>
        <source>the connection to %1 broke while the dataset “%2” was being sent (%3); it was not shared, and nothing of it is on the server. Import it again when the connection is back</source>
        <translation>veza sa %1 je prekinuta dok je slan skup podataka „%2“ (%3); nije podeljen i na serveru od njega nije ostalo ništa. Uvezite ga ponovo kada se veza vrati</translation>
    </message>
    <message>
        <source>cannot redo: the time of the vote “%1” is up</source>
        <translation>ponavljanje nije moguće: vreme glasanja „%1“ je isteklo</translation>
    </message>
    <message>
        <source>cannot redo: %1 deleted the comment it replies to since (change %2)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 obrisao/la komentar na koji je ovo odgovor (izmena %2)</translation>
    </message>
    <message>
        <source>cannot redo: the comment it replies to is not in the journey any more</source>
        <translation>ponavljanje nije moguće: komentara na koji je ovo odgovor više nema u putovanju</translation>
    </message>
    <message>
        <source>cannot undo: the time of the vote “%1” is up</source>
        <translation>opoziv nije moguć: vreme glasanja „%1“ je isteklo</translation>
    </message>
    <message>
        <source>%1 took the dot on card “%2” back since (change %3)</source>
        <translation>u međuvremenu je %1 uklonio/la tu tačkicu sa kartice „%2“ (izmena %3)</translation>
    </message>
    <message>
        <source>the dot on card “%1” is not there any more</source>
        <translation>te tačkice na kartici „%1“ više nema</translation>
    </message>
    <message>
        <source>%1 placed a dot in it meanwhile (change %2); the vote was not deleted, nor its dots</source>
        <translation>%1 je u međuvremenu stavio/la tačku u njemu (izmena %2); glasanje nije obrisano, ni njegove tačke</translation>
    </message>
    <message>
        <source>cannot redo: %1 moved %2 since (change %3)</source>
        <translation>ponavljanje nije moguće: u međuvremenu je %1 premestio/la %2 (izmena %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 moved %2 since (change %3)</source>
        <translation>ne može da se poništi: %1 je od tada premestio/la %2 (izmena %3)</translation>
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
        <translation>dodavanje kartice</translation>
    </message>
    <message>
        <source>Delete Card</source>
        <translation>brisanje kartice</translation>
    </message>
    <message>
        <source>Move Card</source>
        <translation>premeštanje kartice</translation>
    </message>
    <message>
        <source>Rename Card</source>
        <translation>preimenovanje kartice</translation>
    </message>
    <message>
        <source>Edit Card</source>
        <translation>izmena kartice</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>dodavanje „%1“</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>brisanje „%1“</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>premeštanje „%1“</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>preimenovanje „%1“</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>izmena „%1“</translation>
    </message>
    <message>
        <source>Add Stage “%1”</source>
        <translation>dodavanje faze „%1“</translation>
    </message>
    <message>
        <source>Remove Stage “%1”</source>
        <translation>uklanjanje faze „%1“</translation>
    </message>
    <message>
        <source>Move Stage “%1”</source>
        <translation>premeštanje faze „%1“</translation>
    </message>
    <message>
        <source>Rename Stage “%1”</source>
        <translation>preimenovanje faze „%1“</translation>
    </message>
    <message>
        <source>Edit Stage “%1”</source>
        <translation>izmena faze „%1“</translation>
    </message>
    <message>
        <source>Add Lane “%1”</source>
        <translation>dodavanje trake „%1“</translation>
    </message>
    <message>
        <source>Remove Lane “%1”</source>
        <translation>uklanjanje trake „%1“</translation>
    </message>
    <message>
        <source>Move Lane “%1”</source>
        <translation>premeštanje trake „%1“</translation>
    </message>
    <message>
        <source>Rename Lane “%1”</source>
        <translation>preimenovanje trake „%1“</translation>
    </message>
    <message>
        <source>Edit Lane “%1”</source>
        <translation>izmena trake „%1“</translation>
    </message>
    <message>
        <source>Add Department “%1”</source>
        <translation>dodavanje odeljenja „%1“</translation>
    </message>
    <message>
        <source>Remove Department “%1”</source>
        <translation>uklanjanje odeljenja „%1“</translation>
    </message>
    <message>
        <source>Move Department “%1”</source>
        <translation>premeštanje odeljenja „%1“</translation>
    </message>
    <message>
        <source>Rename Department “%1”</source>
        <translation>preimenovanje odeljenja „%1“</translation>
    </message>
    <message>
        <source>Edit Department “%1”</source>
        <translation>izmena odeljenja „%1“</translation>
    </message>
    <message>
        <source>Freeze the Board</source>
        <translation>zamrzavanje table</translation>
    </message>
    <message>
        <source>Unfreeze the Board</source>
        <translation>odmrzavanje table</translation>
    </message>
    <message>
        <source>Lock Lane “%1”</source>
        <translation>zaključavanje trake „%1“</translation>
    </message>
    <message>
        <source>Unlock Lane “%1”</source>
        <translation>otključavanje trake „%1“</translation>
    </message>
    <message>
        <source>Lock Stage “%1”</source>
        <translation>zaključavanje faze „%1“</translation>
    </message>
    <message>
        <source>Unlock Stage “%1”</source>
        <translation>otključavanje faze „%1“</translation>
    </message>
    <message>
        <source>Start Vote “%1”</source>
        <translation>pokretanje glasanja „%1“</translation>
    </message>
    <message>
        <source>Delete Vote “%1”</source>
        <translation>brisanje glasanja „%1“</translation>
    </message>
    <message>
        <source>Close Vote “%1”</source>
        <translation>zatvaranje glasanja „%1“</translation>
    </message>
    <message>
        <source>Reopen Vote “%1”</source>
        <translation>ponovno otvaranje glasanja „%1“</translation>
    </message>
    <message>
        <source>Rename Vote “%1”</source>
        <translation>preimenovanje glasanja „%1“</translation>
    </message>
    <message>
        <source>Edit Vote “%1”</source>
        <translation>izmena glasanja „%1“</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>dodavanje komentara</translation>
    </message>
    <message>
        <source>Delete Comment</source>
        <translation>brisanje komentara</translation>
    </message>
    <message>
        <source>Resolve Comment</source>
        <translation>označavanje komentara kao rešenog</translation>
    </message>
    <message>
        <source>Reopen Comment</source>
        <translation>ponovno otvaranje komentara</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>izmena komentara</translation>
    </message>
    <message>
        <source>Draw Arrow “%1”</source>
        <translation>crtanje strelice „%1“</translation>
    </message>
    <message>
        <source>Delete Arrow “%1”</source>
        <translation>brisanje strelice „%1“</translation>
    </message>
    <message>
        <source>Edit Arrow “%1”</source>
        <translation>izmena strelice „%1“</translation>
    </message>
    <message>
        <source>Add Persona “%1”</source>
        <translation>dodavanje persone „%1“</translation>
    </message>
    <message>
        <source>Remove Persona “%1”</source>
        <translation>uklanjanje persone „%1“</translation>
    </message>
    <message>
        <source>Rename Persona “%1”</source>
        <translation>preimenovanje persone „%1“</translation>
    </message>
    <message>
        <source>Edit Persona “%1”</source>
        <translation>izmena persone „%1“</translation>
    </message>
    <message>
        <source>Add Participant “%1”</source>
        <translation>dodavanje učesnika „%1“</translation>
    </message>
    <message>
        <source>Remove Participant “%1”</source>
        <translation>uklanjanje učesnika „%1“</translation>
    </message>
    <message>
        <source>Rename Participant “%1”</source>
        <translation>preimenovanje učesnika „%1“</translation>
    </message>
    <message>
        <source>Edit Participant “%1”</source>
        <translation>izmena učesnika „%1“</translation>
    </message>
    <message>
        <source>Add Agenda Step “%1”</source>
        <translation>dodavanje tačke dnevnog reda „%1“</translation>
    </message>
    <message>
        <source>Remove Agenda Step “%1”</source>
        <translation>uklanjanje tačke dnevnog reda „%1“</translation>
    </message>
    <message>
        <source>Rename Agenda Step “%1”</source>
        <translation>preimenovanje tačke dnevnog reda „%1“</translation>
    </message>
    <message>
        <source>Edit Agenda Step “%1”</source>
        <translation>izmena tačke dnevnog reda „%1“</translation>
    </message>
    <message>
        <source>Add Opportunity “%1”</source>
        <translation>dodavanje prilike „%1“</translation>
    </message>
    <message>
        <source>Delete Opportunity “%1”</source>
        <translation>brisanje prilike „%1“</translation>
    </message>
    <message>
        <source>Rename Opportunity “%1”</source>
        <translation>preimenovanje prilike „%1“</translation>
    </message>
    <message>
        <source>Edit Opportunity “%1”</source>
        <translation>izmena prilike „%1“</translation>
    </message>
    <message>
        <source>Add Scenario “%1”</source>
        <translation>dodavanje scenarija „%1“</translation>
    </message>
    <message>
        <source>Delete Scenario “%1”</source>
        <translation>brisanje scenarija „%1“</translation>
    </message>
    <message>
        <source>Rename Scenario “%1”</source>
        <translation>preimenovanje scenarija „%1“</translation>
    </message>
    <message>
        <source>Edit Scenario “%1”</source>
        <translation>izmena scenarija „%1“</translation>
    </message>
    <message>
        <source>Edit Journey Title</source>
        <translation>izmena naslova putovanja</translation>
    </message>
    <message>
        <source>Edit Journey Description</source>
        <translation>izmena opisa putovanja</translation>
    </message>
    <message>
        <source>Change Journey Currency</source>
        <translation>promena valute putovanja</translation>
    </message>
    <message>
        <source>Edit Journey Settings</source>
        <translation>izmena podešavanja putovanja</translation>
    </message>
    <message>
        <source>Import Data “%1”</source>
        <translation>uvoz podataka „%1“</translation>
    </message>
    <message>
        <source>Remove Data “%1”</source>
        <translation>uklanjanje podataka „%1“</translation>
    </message>
    <message>
        <source>Replace Data “%1”</source>
        <translation>zamena podataka „%1“</translation>
    </message>
    <message>
        <source>Place Dot in “%1”</source>
        <translation>postavljanje tačkice u glasanju „%1“</translation>
    </message>
    <message>
        <source>Take Back Dot in “%1”</source>
        <translation>povlačenje tačkice u glasanju „%1“</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>izmena</translation>
    </message>
    <message>
        <source>&amp;Undo My Last Change</source>
        <translation>&amp;Opozovi moju poslednju izmenu</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Opozovi: %1</translation>
    </message>
    <message>
        <source>&amp;Redo My Undone Change</source>
        <translation>&amp;Ponovi moju opozvanu izmenu</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ponovi: %1</translation>
    </message>
    <message>
        <source>Move Agenda Step “%1”</source>
        <translation>premeštanje tačke dnevnog reda „%1“</translation>
    </message>
    <message>
        <source>Move Opportunity “%1”</source>
        <translation>premeštanje prilike „%1“</translation>
    </message>
    <message>
        <source>Move Scenario “%1”</source>
        <translation>premeštanje scenarija „%1“</translation>
    </message>
    <message>
        <source>Edit Description of “%1”</source>
        <translation>izmena opisa „%1“</translation>
    </message>
    <message>
        <source>Change Channel of “%1”</source>
        <translation>promena kanala „%1“</translation>
    </message>
    <message>
        <source>Change Department of “%1”</source>
        <translation>promena odeljenja „%1“</translation>
    </message>
    <message>
        <source>Change Effort of “%1”</source>
        <translation>promena napora „%1“</translation>
    </message>
    <message>
        <source>Change Data Key of “%1”</source>
        <translation>promena ključa podataka „%1“</translation>
    </message>
    <message>
        <source>Edit Notes of “%1”</source>
        <translation>izmena beleški „%1“</translation>
    </message>
    <message>
        <source>Change Author of “%1”</source>
        <translation>promena autora „%1“</translation>
    </message>
    <message>
        <source>Change System of “%1”</source>
        <translation>promena sistema „%1“</translation>
    </message>
    <message>
        <source>Change Linked Journey of “%1”</source>
        <translation>promena povezanog putovanja „%1“</translation>
    </message>
    <message>
        <source>Change Evidence of “%1”</source>
        <translation>promena obrazloženja „%1“</translation>
    </message>
    <message>
        <source>Change Personas of “%1”</source>
        <translation>promena persona „%1“</translation>
    </message>
    <message>
        <source>Change Persona Emotions of “%1”</source>
        <translation>promena emocija persona „%1“</translation>
    </message>
    <message>
        <source>Change Pictures of “%1”</source>
        <translation>promena slika „%1“</translation>
    </message>
    <message>
        <source>Mark “%1” as a Pain Point</source>
        <translation>označavanje „%1“ kao bolne tačke</translation>
    </message>
    <message>
        <source>Unmark “%1” as a Pain Point</source>
        <translation>uklanjanje oznake bolne tačke sa „%1“</translation>
    </message>
    <message>
        <source>Mark “%1” as a Moment of Truth</source>
        <translation>označavanje „%1“ kao trenutka istine</translation>
    </message>
    <message>
        <source>Unmark “%1” as a Moment of Truth</source>
        <translation>uklanjanje oznake trenutka istine sa „%1“</translation>
    </message>
    <message>
        <source>Add Comment on the Journey</source>
        <translation>dodavanje komentara na putovanje</translation>
    </message>
    <message>
        <source>Delete Comment on the Journey</source>
        <translation>brisanje komentara na putovanju</translation>
    </message>
    <message>
        <source>Resolve Comment on the Journey</source>
        <translation>označavanje komentara na putovanju kao rešenog</translation>
    </message>
    <message>
        <source>Reopen Comment on the Journey</source>
        <translation>ponovno otvaranje komentara na putovanju</translation>
    </message>
    <message>
        <source>Edit Comment on the Journey</source>
        <translation>izmena komentara na putovanju</translation>
    </message>
    <message>
        <source>Add Comment on “%1”</source>
        <translation>dodavanje komentara na „%1“</translation>
    </message>
    <message>
        <source>Delete Comment on “%1”</source>
        <translation>brisanje komentara na „%1“</translation>
    </message>
    <message>
        <source>Resolve Comment on “%1”</source>
        <translation>označavanje komentara na „%1“ kao rešenog</translation>
    </message>
    <message>
        <source>Reopen Comment on “%1”</source>
        <translation>ponovno otvaranje komentara na „%1“</translation>
    </message>
    <message>
        <source>Edit Comment on “%1”</source>
        <translation>izmena komentara na „%1“</translation>
    </message>
</context>
<context>
    <name>SharedJourney</name>
    <message>
        <source>Not connected to the server: the change was taken back. Waymark reconnects by itself; File → Save As… keeps a copy meanwhile.</source>
        <translation>Nema veze sa serverom: izmena je povučena. Waymark će se sam ponovo povezati; u međuvremenu možete sačuvati kopiju (Datoteka → Sačuvaj kao…).</translation>
    </message>
    <message>
        <source>Only facilitators change stages, lanes and departments while the journey is shared: the server refuses it to everyone else.</source>
        <translation>Dok je putovanje otvoreno na serveru, faze, trake i odeljenja menjaju samo fasilitatori: svima ostalima server to odbija.</translation>
    </message>
    <message>
        <source>Only facilitators start and close votes while the journey is shared: the server refuses it to everyone else. Everybody places and takes back their dots.</source>
        <translation>Dok je putovanje otvoreno na serveru, glasanja pokreću i zatvaraju samo fasilitatori: svima ostalima server to odbija. Svoje tačkice svi postavljaju i uklanjaju.</translation>
    </message>
    <message>
        <source>Only facilitators change personas and participants while the journey is shared: every card and dot points at them, so the server refuses it to everyone else.</source>
        <translation>Dok je putovanje podeljeno, persone i učesnike menjaju samo fasilitatori: na njih upućuju sve kartice i tačke, pa server to svima ostalima odbija.</translation>
    </message>
    <message>
        <source>Only facilitators change the journey's title, description, currency and settings, the agenda and the business case while the journey is shared: the server refuses it to everyone else.</source>
        <translation>Dok je putanja podeljena, naslov, opis, valutu i podešavanja putanje, dnevni red i poslovni slučaj menjaju samo fasilitatori: svima ostalima server to odbija.</translation>
    </message>
    <message>
        <source>Only facilitators import, refresh and remove survey and purchase data while the journey is shared: everybody's figures come from it, so the server refuses it to everyone else.</source>
        <translation>Dok je putanja podeljena, podatke anketa i kupovina uvoze, osvežavaju i uklanjaju samo fasilitatori: iz njih se računaju brojke svima, pa ih server svima ostalima odbija.</translation>
    </message>
</context>
<context>
    <name>SharedNotices</name>
    <message>
        <source>a card</source>
        <translation>karticu</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>naslov</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>opis</translation>
    </message>
    <message>
        <source>the channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>the department</source>
        <translation>odeljenje</translation>
    </message>
    <message>
        <source>the effort</source>
        <translation>napor</translation>
    </message>
    <message>
        <source>the marks</source>
        <translation>oznake</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>beleške</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>mesto</translation>
    </message>
    <message>
        <source>a field</source>
        <translation>polje</translation>
    </message>
    <message>
        <source>%1 deleted the card you were changing; your change went with it.</source>
        <translation>%1 je obrisao/la karticu koju ste menjali; vaša izmena je nestala sa njom.</translation>
    </message>
    <message>
        <source>%1 changed %2 of “%3” at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 je u isto vreme kad i vi promenio/la %2 na „%3“; ostaje njegova (njena) verzija, vaša je zamenjena.</translation>
    </message>
    <message>
        <source>%1 commented.</source>
        <translation>%1 je komentarisao/la.</translation>
    </message>
    <message>
        <source>%1 placed a dot.</source>
        <translation>%1 je postavio/la tačkicu.</translation>
    </message>
    <message>
        <source>%1 added “%2”.</source>
        <translation>%1 je dodao/la „%2“.</translation>
    </message>
    <message>
        <source>%1 deleted a card.</source>
        <translation>%1 je obrisao/la karticu.</translation>
    </message>
    <message>
        <source>%1 moved “%2”.</source>
        <translation>%1 je premestio/la „%2“.</translation>
    </message>
    <message>
        <source>%1 changed %2 of “%3”.</source>
        <translation>%1 je promenio/la %2 na „%3“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 removed a stage with %n card(s).</source>
        <translation>
            <numerusform>%1 je uklonio/la fazu sa %n karticom.</numerusform>
            <numerusform>%1 je uklonio/la fazu sa %n kartice.</numerusform>
            <numerusform>%1 je uklonio/la fazu sa %n kartica.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removed a lane with %n card(s).</source>
        <translation>
            <numerusform>%1 je uklonio/la traku sa %n karticom.</numerusform>
            <numerusform>%1 je uklonio/la traku sa %n kartice.</numerusform>
            <numerusform>%1 je uklonio/la traku sa %n kartica.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed a department.</source>
        <translation>%1 je uklonio/la odeljenje.</translation>
    </message>
    <message>
        <source>%1 added the stage “%2”.</source>
        <translation>%1 je dodao/la fazu „%2“.</translation>
    </message>
    <message>
        <source>%1 added the lane “%2”.</source>
        <translation>%1 je dodao/la traku „%2“.</translation>
    </message>
    <message>
        <source>%1 added the department “%2”.</source>
        <translation>%1 je dodao/la odeljenje „%2“.</translation>
    </message>
    <message>
        <source>%1 moved the stage “%2”.</source>
        <translation>%1 je premestio/la fazu „%2“.</translation>
    </message>
    <message>
        <source>%1 moved the lane “%2”.</source>
        <translation>%1 je premestio/la traku „%2“.</translation>
    </message>
    <message>
        <source>%1 renamed a stage to “%2”.</source>
        <translation>%1 je preimenovao/la fazu u „%2“.</translation>
    </message>
    <message>
        <source>%1 renamed a lane to “%2”.</source>
        <translation>%1 je preimenovao/la traku u „%2“.</translation>
    </message>
    <message>
        <source>%1 renamed a department to “%2”.</source>
        <translation>%1 je preimenovao/la odeljenje u „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the stage “%2”.</source>
        <translation>%1 je izmenio/la fazu „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the lane “%2”.</source>
        <translation>%1 je izmenio/la traku „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the department “%2”.</source>
        <translation>%1 je izmenio/la odeljenje „%2“.</translation>
    </message>
    <message>
        <source>%1 removed the stage or lane of the card you were changing; your change went with it.</source>
        <translation>%1 je uklonio/la fazu ili traku kartice koju ste menjali; vaša izmena je nestala sa njom.</translation>
    </message>
    <message>
        <source>%1 changed “%2” at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 je izmenio/la „%2“ u isto vreme kad i vi; ostaje njihova verzija, vaša je zamenjena.</translation>
    </message>
    <message>
        <source>a vote</source>
        <translation>glasanje</translation>
    </message>
    <message>
        <source>%1 started the vote “%2”.</source>
        <translation>%1 je pokrenuo/la glasanje „%2“.</translation>
    </message>
    <message>
        <source>%1 removed a vote.</source>
        <translation>%1 je uklonio/la glasanje.</translation>
    </message>
    <message>
        <source>%1 closed the vote “%2”: the results are in.</source>
        <translation>%1 je zatvorio/la glasanje „%2“: rezultati su tu.</translation>
    </message>
    <message>
        <source>%1 reopened the vote “%2”.</source>
        <translation>%1 je ponovo otvorio/la glasanje „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the vote “%2”.</source>
        <translation>%1 je izmenio/la glasanje „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the vote “%2” at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 je izmenio/la glasanje „%2“ u isto vreme kad i vi; ostaje njegova (njena) verzija, vaša je zamenjena.</translation>
    </message>
    <message>
        <source>%1 deleted the comment you were changing; your change went with it.</source>
        <translation>%1 je obrisao/la komentar koji ste menjali; vaša izmena je nestala s njim.</translation>
    </message>
    <message>
        <source>%1 changed the same comment at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 je izmenio/la isti komentar u isto vreme kad i vi; ostaje njegova (njena) verzija, vaša je zamenjena.</translation>
    </message>
    <message>
        <source>%1 deleted a comment.</source>
        <translation>%1 je obrisao/la komentar.</translation>
    </message>
    <message>
        <source>%1 resolved a comment thread.</source>
        <translation>%1 je označio/la diskusiju kao rešenu.</translation>
    </message>
    <message>
        <source>%1 reopened a comment thread.</source>
        <translation>%1 je ponovo otvorio/la diskusiju.</translation>
    </message>
    <message>
        <source>%1 changed a comment.</source>
        <translation>%1 je izmenio/la komentar.</translation>
    </message>
    <message>
        <source>%1 took a dot back.</source>
        <translation>%1 je uklonio/la tačkicu.</translation>
    </message>
    <message>
        <source>%1 removed an arrow.</source>
        <translation>%1 je uklonio/la strelicu.</translation>
    </message>
    <message>
        <source>%1 drew an arrow from “%2” to “%3”.</source>
        <translation>%1 je povukao/la strelicu od „%2“ do „%3“.</translation>
    </message>
    <message>
        <source>%1 labelled an arrow “%2”.</source>
        <translation>%1 je označio/la strelicu: „%2“.</translation>
    </message>
    <message>
        <source>%1 removed a persona.</source>
        <translation>%1 je uklonio/la personu.</translation>
    </message>
    <message>
        <source>%1 added the persona “%2”.</source>
        <translation>%1 je dodao/la personu „%2“.</translation>
    </message>
    <message>
        <source>%1 renamed a persona to “%2”.</source>
        <translation>%1 je preimenovao/la personu u „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the photo of the persona “%2”.</source>
        <translation>%1 je promenio/la fotografiju persone „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the persona “%2”.</source>
        <translation>%1 je izmenio/la personu „%2“.</translation>
    </message>
    <message>
        <source>%1 removed a participant.</source>
        <translation>%1 je uklonio/la učesnika.</translation>
    </message>
    <message>
        <source>%1 added the participant “%2”.</source>
        <translation>%1 je dodao/la učesnika „%2“.</translation>
    </message>
    <message>
        <source>%1 renamed a participant to “%2”.</source>
        <translation>%1 je preimenovao/la učesnika u „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the participant “%2”.</source>
        <translation>%1 je izmenio/la učesnika „%2“.</translation>
    </message>
    <message>
        <source>%1 removed the arrow, persona or participant you were changing; your change went with it.</source>
        <translation>%1 je uklonio/la strelicu, personu ili učesnika koje ste menjali; vaša izmena je nestala zajedno s tim.</translation>
    </message>
    <message>
        <source>%1 changed the same arrow, persona or participant at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 je u istom trenutku izmenio/la istu strelicu, personu ili učesnika; ostaje njihova verzija, vaša je zamenjena.</translation>
    </message>
    <message>
        <source>The time of the vote “%1” is up: the vote is closed and the results are in.</source>
        <translation>Vreme glasanja „%1“ je isteklo: glasanje je zatvoreno, rezultati su tu.</translation>
    </message>
    <message>
        <source>%1 renamed the journey to “%2”.</source>
        <translation>%1 je preimenovao/la putanju u „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the journey's description.</source>
        <translation>%1 je izmenio/la opis putanje.</translation>
    </message>
    <message>
        <source>%1 changed the journey's currency to %2.</source>
        <translation>%1 je promenio/la valutu putanje u %2.</translation>
    </message>
    <message>
        <source>%1 changed the journey's settings.</source>
        <translation>%1 je izmenio/la podešavanja putanje.</translation>
    </message>
    <message>
        <source>%1 removed an agenda step.</source>
        <translation>%1 je uklonio/la tačku dnevnog reda.</translation>
    </message>
    <message>
        <source>%1 added the agenda step “%2”.</source>
        <translation>%1 je dodao/la tačku dnevnog reda „%2“.</translation>
    </message>
    <message>
        <source>%1 ticked off the agenda step “%2”.</source>
        <translation>%1 je označio/la tačku dnevnog reda „%2“ kao završenu.</translation>
    </message>
    <message>
        <source>%1 reopened the agenda step “%2”.</source>
        <translation>%1 je ponovo otvorio/la tačku dnevnog reda „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the agenda step “%2”.</source>
        <translation>%1 je izmenio/la tačku dnevnog reda „%2“.</translation>
    </message>
    <message>
        <source>%1 removed a scenario of the business case.</source>
        <translation>%1 je uklonio/la scenario iz poslovnog slučaja.</translation>
    </message>
    <message>
        <source>%1 added the scenario “%2” to the business case.</source>
        <translation>%1 je dodao/la scenario „%2“ u poslovni slučaj.</translation>
    </message>
    <message>
        <source>%1 changed the scenario “%2”.</source>
        <translation>%1 je izmenio/la scenario „%2“.</translation>
    </message>
    <message>
        <source>%1 removed an opportunity from the business case.</source>
        <translation>%1 je uklonio/la priliku iz poslovnog slučaja.</translation>
    </message>
    <message>
        <source>%1 added the opportunity “%2” to the business case.</source>
        <translation>%1 je dodao/la priliku „%2“ u poslovni slučaj.</translation>
    </message>
    <message>
        <source>%1 changed the figures of the opportunity “%2”.</source>
        <translation>%1 je izmenio/la brojke prilike „%2“.</translation>
    </message>
    <message>
        <source>%1 changed the opportunity “%2”.</source>
        <translation>%1 je izmenio/la priliku „%2“.</translation>
    </message>
    <message>
        <source>the journey's title</source>
        <translation>naslov putanje</translation>
    </message>
    <message>
        <source>the journey's description</source>
        <translation>opis putanje</translation>
    </message>
    <message>
        <source>the journey's currency</source>
        <translation>valutu putanje</translation>
    </message>
    <message>
        <source>the same setting</source>
        <translation>isto podešavanje</translation>
    </message>
    <message>
        <source>%1 changed %2 at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 je izmenio/la %2 u isto vreme kad i vi; ostaje njihova verzija, vaša je zamenjena.</translation>
    </message>
    <message>
        <source>%1 removed the opportunity you were changing; your change went with it.</source>
        <translation>%1 je uklonio/la priliku koju ste menjali; vaša izmena je nestala s njom.</translation>
    </message>
    <message>
        <source>%1 changed the same figure of the opportunity “%2” at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 je izmenio/la istu brojku prilike „%2“ u isto vreme kad i vi; ostaje njihova verzija, vaša je zamenjena.</translation>
    </message>
    <message>
        <source>%1 removed the agenda step or scenario you were changing; your change went with it.</source>
        <translation>%1 je uklonio/la tačku dnevnog reda ili scenario koji ste menjali; vaša izmena je nestala s tim.</translation>
    </message>
    <message>
        <source>%1 changed the same agenda step or scenario at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 je izmenio/la istu tačku dnevnog reda ili scenario u isto vreme kad i vi; ostaje njihova verzija, vaša je zamenjena.</translation>
    </message>
    <message>
        <source>%1 removed the dataset “%2”; the figures on the map are counted anew.</source>
        <translation>%1 je uklonio/la skup podataka „%2“; brojke na mapi su ponovo izračunate.</translation>
    </message>
    <message>
        <source>%1 imported the dataset “%2”; the figures on the map are counted anew.</source>
        <translation>%1 je uvezao/la skup podataka „%2“; brojke na mapi su ponovo izračunate.</translation>
    </message>
    <message>
        <source>%1 replaced the dataset “%2” with a new version; the figures on the map are counted anew.</source>
        <translation>%1 je zamenio/la skup podataka „%2“ novom verzijom; brojke na mapi su ponovo izračunate.</translation>
    </message>
    <message>
        <source>%1 moved the agenda step “%2”.</source>
        <translation>%1 je premestio/la tačku dnevnog reda „%2“.</translation>
    </message>
    <message>
        <source>%1 moved the scenario “%2”.</source>
        <translation>%1 je premestio/la scenario „%2“.</translation>
    </message>
    <message>
        <source>%1 moved the opportunity “%2”.</source>
        <translation>%1 je premestio/la priliku „%2“.</translation>
    </message>
    <message>
        <source>%1 deleted a card your arrow joined as you drew or changed it; the arrow went with the card.</source>
        <translation>%1 je obrisao/la karticu vaše strelice dok ste je crtali ili menjali; strelica je nestala sa karticom.</translation>
    </message>
    <message>
        <source>%1 removed the stage or lane of a card your arrow joined as you drew or changed it; the arrow went with the card.</source>
        <translation>%1 je uklonio/la fazu ili traku kartice vaše strelice dok ste je crtali ili menjali; strelica je nestala sa karticom.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Add card</source>
        <translation>Dodaj karticu</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Uvezi „%1“</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>Obriši skup podataka</translation>
    </message>
    <message>
        <source>Delete dataset “%1”</source>
        <translation>Obriši skup podataka „%1“</translation>
    </message>
    <message>
        <source>Edit journey details</source>
        <translation>Uredi detalje putovanja</translation>
    </message>
    <message>
        <source>Change journey settings</source>
        <translation>Promeni podešavanja putovanja</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Dodaj fazu</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Obriši fazu</translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation>Uredi fazu</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Dodaj traku</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Obriši traku</translation>
    </message>
    <message>
        <source>Edit lane</source>
        <translation>Uredi traku</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Dodaj odeljenje</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>Obriši odeljenje</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>Uredi odeljenje</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Dodaj personu</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Obriši personu</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Uredi personu</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Obriši karticu</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Uredi karticu</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Dodaj vezu</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Obriši vezu</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Uredi vezu</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Premesti karticu</translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards</source>
        <translation>
            <numerusform>Premesti %n karticu</numerusform>
            <numerusform>Premesti %n kartice</numerusform>
            <numerusform>Premesti %n kartica</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>Nalepi %n karticu</numerusform>
            <numerusform>Nalepi %n kartice</numerusform>
            <numerusform>Nalepi %n kartica</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>Dupliraj %n karticu</numerusform>
            <numerusform>Dupliraj %n kartice</numerusform>
            <numerusform>Dupliraj %n kartica</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Obriši %n karticu</numerusform>
            <numerusform>Obriši %n kartice</numerusform>
            <numerusform>Obriši %n kartica</numerusform>
        </translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Premesti fazu</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Premesti traku</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Dodaj učesnika</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Ukloni učesnika</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Uredi učesnika</translation>
    </message>
    <message>
        <source>Start vote</source>
        <translation>Pokreni glasanje</translation>
    </message>
    <message>
        <source>Delete vote</source>
        <translation>Obriši glasanje</translation>
    </message>
    <message>
        <source>Change vote</source>
        <translation>Promeni glasanje</translation>
    </message>
    <message>
        <source>Add agenda step</source>
        <translation>Dodaj korak dnevnog reda</translation>
    </message>
    <message>
        <source>Remove agenda step</source>
        <translation>Ukloni korak dnevnog reda</translation>
    </message>
    <message>
        <source>Edit agenda step</source>
        <translation>Uredi korak dnevnog reda</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Dodaj komentar</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Obriši komentar</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Uredi komentar</translation>
    </message>
    <message>
        <source>Add opportunity</source>
        <translation>Dodaj priliku</translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation>Obriši priliku</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>Uredi priliku</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>Dodaj scenario</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Obriši scenario</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>Uredi scenario</translation>
    </message>
    <message>
        <source>Changes by others</source>
        <translation>Izmene drugih</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Picture(s)</source>
        <translation>
            <numerusform>Dodaj %n sliku</numerusform>
            <numerusform>Dodaj %n slike</numerusform>
            <numerusform>Dodaj %n slika</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Picture</source>
        <translation>Ukloni sliku</translation>
    </message>
    <message>
        <source>Edit Picture Caption</source>
        <translation>Izmeni natpis slike</translation>
    </message>
    <message>
        <source>Move Picture</source>
        <translation>Premesti sliku</translation>
    </message>
    <message>
        <source>Move agenda step</source>
        <translation>Premesti korak dnevnog reda</translation>
    </message>
    <message>
        <source>Move opportunity</source>
        <translation>Premesti priliku</translation>
    </message>
    <message>
        <source>Move scenario</source>
        <translation>Premesti scenario</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>This vote is closed.</source>
        <translation>Ovo glasanje je zatvoreno.</translation>
    </message>
    <message>
        <source>Choose who is voting first.</source>
        <translation>Prvo izaberite ko glasa.</translation>
    </message>
    <message>
        <source>This vote is about %1; this card is not one of them.</source>
        <translation>Glasa se samo za: %1. Ova kartica nije među njima.</translation>
    </message>
    <message>
        <source>%1 has placed all %2 dots.</source>
        <translation>%1: sve tačkice (%2) su već postavljene.</translation>
    </message>
    <message>
        <source>There is no dot of theirs on this card to take back.</source>
        <translation>Ova osoba nema tačkicu na ovoj kartici koju bi mogla da povuče.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Tačkice</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartica</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Faza</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Traka</translation>
    </message>
    <message>
        <source>No vote is open.</source>
        <translation>Nema otvorenog glasanja.</translation>
    </message>
    <message>
        <source>The journey is open for review only: votes cannot change.</source>
        <translation>Putovanje je otvoreno samo za pregled: glasovi se ne mogu menjati.</translation>
    </message>
    <message>
        <source>Place a dot</source>
        <translation>Postavi tačkicu</translation>
    </message>
    <message>
        <source>Take back a dot</source>
        <translation>Povuci tačkicu</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <source>%1 on %2 took longer than %3 s and was stopped (the server's statement_timeout); give a longer --timeout or a narrower query</source>
        <translation>%1 na %2: izvršavanje je trajalo duže od %3 s i zaustavljeno je (statement_timeout servera); zadajte duži --timeout ili uži upit</translation>
    </message>
    <message>
        <source>the connection to %1 was lost while reading %2: %3</source>
        <translation>veza sa %1 je prekinuta tokom čitanja %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 na %2: %3</translation>
    </message>
    <message>
        <source>unknown metric “%1”</source>
        <translation>nepoznata metrika „%1“</translation>
    </message>
    <message>
        <source>name either a table or a query to read answers from %1</source>
        <translation>navedite tabelu ili upit iz kojih se čitaju odgovori sa %1</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>Qt-ov PostgreSQL upravljački program nije instaliran (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2 — Waymark takes the password from ~/.pgpass (a line HOST:PORT:DATABASE:USER:PASSWORD, the file readable by you alone)</source>
        <translation>povezivanje sa %1 nije uspelo: %2 — Waymark uzima lozinku iz ~/.pgpass (red HOST:PORT:DATABASE:USER:PASSWORD, datoteka koju samo vi možete da čitate)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>povezivanje sa %1 nije uspelo: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>table “%1”</source>
        <translation>tabela „%1“</translation>
    </message>
    <message>
        <source>“%1” is not a table name: %2</source>
        <translation>„%1“ nije naziv tabele: %2</translation>
    </message>
    <message>
        <source>no table “%1” in %2 (or no right to see it)</source>
        <translation>nema tabele „%1“ u %2 (ili nemate pravo da je vidite)</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>upit</translation>
    </message>
    <message>
        <source>%1 has no column “%2” (columns: %3)</source>
        <translation>%1 nema kolonu „%2“ (kolone: %3)</translation>
    </message>
    <message>
        <source>column “%1” of %2 reads as “%3”: only answers one per row are read from PostgreSQL; select the columns to use with --query (SELECT score, touchpoint, … FROM …)</source>
        <translation>kolona „%1“ u %2 se čita kao „%3“: iz PostgreSQL baze čitaju se samo odgovori po jedan u redu; izaberite kolone sa --query (SELECT score, touchpoint, … FROM …)</translation>
    </message>
    <message>
        <source>no column of %1 gives the score (columns: %2); name it with --map COLUMN=score</source>
        <translation>nijedna kolona u %1 ne daje ocenu (kolone: %2); navedite je sa --map COLUMN=score</translation>
    </message>
    <message>
        <source>no column of %1 gives “%2” (columns: %3); name the column with --map COLUMN=%4</source>
        <translation>nijedna kolona u %1 ne daje „%2“ (kolone: %3); navedite kolonu sa --map COLUMN=%4</translation>
    </message>
    <message>
        <source>column “%1” of %2 is %3; the score must be a number (smallint, integer, numeric, real …): convert it in --query, e.g. CAST(%1 AS integer)</source>
        <translation>kolona „%1“ u %2 je tipa %3; ocena mora biti broj (smallint, integer, numeric, real …): pretvorite je u --query, npr. CAST(%1 AS integer)</translation>
    </message>
    <message>
        <source>column “%1” of %2 is %3; a date must be a date or timestamp: convert it in --query, e.g. to_date(%1, 'YYYY-MM-DD')</source>
        <translation>kolona „%1“ u %2 je tipa %3; datum mora biti tipa date ili timestamp: pretvorite ga u --query, npr. to_date(%1, 'YYYY-MM-DD')</translation>
    </message>
    <message>
        <source>%1 on %2 gives more than %3 groups of answers; Waymark reads counts, not rows: group by fewer dimensions, or check that the grouped columns hold keys rather than ids or free text</source>
        <translation>%1 na %2 daje više od %3 grupa odgovora; Waymark čita brojeve, a ne redove: grupišite po manje dimenzija ili proverite da grupisane kolone sadrže ključeve, a ne ID-jeve ili slobodan tekst</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) without a score (NULL in column “%2”), left out</source>
        <translation>
            <numerusform>%1: %n odgovor bez ocene (NULL u koloni „%2“) je izostavljen</numerusform>
            <numerusform>%1: %n odgovora bez ocene (NULL u koloni „%2“) su izostavljena</numerusform>
            <numerusform>%1: %n odgovora bez ocene (NULL u koloni „%2“) je izostavljeno</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2×)</source>
        <translation>%1 (%2×)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) with a score outside %2–%3 or not a whole number in column “%4”, left out: %5</source>
        <translation>
            <numerusform>%1: %n odgovor sa ocenom izvan %2–%3 ili koja nije ceo broj u koloni „%4“ je izostavljen: %5</numerusform>
            <numerusform>%1: %n odgovora sa ocenom izvan %2–%3 ili koja nije ceo broj u koloni „%4“ su izostavljena: %5</numerusform>
            <numerusform>%1: %n odgovora sa ocenom izvan %2–%3 ili koja nije ceo broj u koloni „%4“ je izostavljeno: %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) with a score outside %2–%3 in column “%4”, left out: %5</source>
        <translation>
            <numerusform>%1: %n odgovor sa ocenom izvan %2–%3 u koloni „%4“ je izostavljen: %5</numerusform>
            <numerusform>%1: %n odgovora sa ocenom izvan %2–%3 u koloni „%4“ su izostavljena: %5</numerusform>
            <numerusform>%1: %n odgovora sa ocenom izvan %2–%3 u koloni „%4“ je izostavljeno: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL query</source>
        <translation>PostgreSQL upit</translation>
    </message>
    <message>
        <source>the PostgreSQL URL holds a password; put it in ~/.pgpass (libpq reads it there) and leave it out of the URL</source>
        <translation>PostgreSQL URL sadrži lozinku; stavite je u ~/.pgpass (libpq je tamo čita) i uklonite je iz URL-a</translation>
    </message>
    <message>
        <source>not a PostgreSQL URL (postgresql://HOST/DATABASE)</source>
        <translation>nije PostgreSQL URL (postgresql://HOST/DATABASE)</translation>
    </message>
    <message>
        <source>“[” without “]” in the host</source>
        <translation>„[“ bez „]“ u nazivu hosta</translation>
    </message>
    <message>
        <source>unexpected text after the host</source>
        <translation>neočekivan tekst posle hosta</translation>
    </message>
    <message>
        <source>several hosts are not supported; name one</source>
        <translation>više hostova nije podržano; navedite jedan</translation>
    </message>
    <message>
        <source>“%1” is not a port number</source>
        <translation>„%1“ nije broj porta</translation>
    </message>
    <message>
        <source>the value of “%1” may not hold spaces, quotes or “;”</source>
        <translation>vrednost „%1“ ne sme da sadrži razmake, navodnike ni „;“</translation>
    </message>
    <message>
        <source>unknown option “%1” (known: host, port, user, dbname, %2)</source>
        <translation>nepoznata opcija „%1“ (poznate: host, port, user, dbname, %2)</translation>
    </message>
    <message>
        <source>no database named: postgresql://HOST/DATABASE</source>
        <translation>nije navedena baza: postgresql://HOST/DATABASE</translation>
    </message>
</context>
<context>
    <name>WaymarkFile</name>
    <message>
        <source>%1: its text table has a gap</source>
        <translation>%1: tabela tekstova ima prazninu</translation>
    </message>
    <message>
        <source>The file is damaged (%1).</source>
        <translation>Datoteka je oštećena (%1).</translation>
    </message>
    <message>
        <source>%1: its text table does not start with the empty text</source>
        <translation>%1: tabela tekstova ne počinje praznim tekstom</translation>
    </message>
    <message>
        <source>score</source>
        <translation>ocena</translation>
    </message>
    <message>
        <source>%1: score %2 is outside 0–10</source>
        <translation>%1: ocena %2 je van opsega 0–10</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>value</source>
        <translation>vrednost</translation>
    </message>
    <message>
        <source>acquisition date</source>
        <translation>datum pridobijanja</translation>
    </message>
    <message>
        <source>%1: its text table is damaged</source>
        <translation>%1: tabela tekstova je oštećena</translation>
    </message>
    <message>
        <source>%1: its column “%2” is not binary data</source>
        <translation>%1: kolona „%2“ ne sadrži binarne podatke</translation>
    </message>
    <message>
        <source>Dataset %1 ("%2")</source>
        <translation>Skup podataka %1 („%2“)</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>vrsta</translation>
    </message>
    <message>
        <source>rows read</source>
        <translation>pročitani redovi</translation>
    </message>
    <message>
        <source>rows imported</source>
        <translation>uvezeni redovi</translation>
    </message>
    <message>
        <source>rows rejected</source>
        <translation>odbijeni redovi</translation>
    </message>
    <message>
        <source>Dataset "%1"</source>
        <translation>Skup podataka „%1“</translation>
    </message>
    <message>
        <source>The journey</source>
        <translation>Putovanje</translation>
    </message>
    <message>
        <source>The file should hold one journey but holds %1.</source>
        <translation>Datoteka treba da sadrži jedno putovanje, a sadrži ih %1.</translation>
    </message>
    <message>
        <source>Persona %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <source>Department %1 ("%2")</source>
        <translation>Odeljenje %1 („%2“)</translation>
    </message>
    <message>
        <source>%1 has an invalid colour "%2"</source>
        <translation>%1 ima neispravnu boju „%2“</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Faza %1</translation>
    </message>
    <message>
        <source>Lane %1 ("%2")</source>
        <translation>Traka %1 („%2“)</translation>
    </message>
    <message>
        <source>office zone</source>
        <translation>zona ofisa</translation>
    </message>
    <message>
        <source>Card %1 ("%2")</source>
        <translation>Kartica %1 („%2“)</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>time</source>
        <translation>vreme</translation>
    </message>
    <message>
        <source>money amount</source>
        <translation>iznos novca</translation>
    </message>
    <message>
        <source>negative emotion</source>
        <translation>negativna emocija</translation>
    </message>
    <message>
        <source>%1: negative emotion must be from 0 to 10, got %2</source>
        <translation>%1: negativna emocija mora biti od 0 do 10, a vrednost je %2</translation>
    </message>
    <message>
        <source>pain point flag</source>
        <translation>oznaka bolne tačke</translation>
    </message>
    <message>
        <source>moment of truth flag</source>
        <translation>oznaka trenutka istine</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Veza %1</translation>
    </message>
    <message>
        <source>Setting "%1"</source>
        <translation>Podešavanje „%1“</translation>
    </message>
    <message>
        <source>%1 has a name that is not text</source>
        <translation>%1 ima naziv koji nije tekst</translation>
    </message>
    <message>
        <source>%1 has a value that is not text ("%2")</source>
        <translation>%1 ima vrednost koja nije tekst („%2“)</translation>
    </message>
    <message>
        <source>File not found.</source>
        <translation>Datoteka nije pronađena.</translation>
    </message>
    <message>
        <source>This is a folder, not a journey file.</source>
        <translation>Ovo je fascikla, a ne datoteka putovanja.</translation>
    </message>
    <message>
        <source>Could not open the file: %1</source>
        <translation>Nije moguće otvoriti datoteku: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Datoteka je prazna.</translation>
    </message>
    <message>
        <source>%1 is not a Waymark file: it is not a database.</source>
        <translation>%1 nije Waymark datoteka: nije baza podataka.</translation>
    </message>
    <message>
        <source>%1 was made by another program, not Waymark (SQLite application id 0x%2).</source>
        <translation>Datoteku %1 nije napravio Waymark, već neki drugi program (ID aplikacije SQLite: 0x%2).</translation>
    </message>
    <message>
        <source>This file was made by a newer Waymark: %1 (file format %2). This Waymark (%3) reads file format %4 and older; please update Waymark to open it.</source>
        <translation>Ovu datoteku je napravila novija verzija programa Waymark: %1 (format datoteke %2). Ova verzija programa Waymark (%3) čita format %4 i starije; ažurirajte Waymark da biste je otvorili.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>nepoznata verzija</translation>
    </message>
    <message>
        <source>The file is damaged: it has no file format version.</source>
        <translation>Datoteka je oštećena: nema verziju formata datoteke.</translation>
    </message>
    <message>
        <source>The file is damaged: it is shorter than it should be (it may have been cut off while copying). If you have a backup, open that instead.</source>
        <translation>Datoteka je oštećena: kraća je nego što bi trebalo da bude (možda je prekinuta tokom kopiranja). Ako imate rezervnu kopiju, otvorite nju.</translation>
    </message>
    <message>
        <source>The file is damaged (%1). If you have a backup, open that instead.</source>
        <translation>Datoteka je oštećena (%1). Ako imate rezervnu kopiju, otvorite nju.</translation>
    </message>
    <message>
        <source>failed the integrity check</source>
        <translation>nije prošla proveru integriteta</translation>
    </message>
    <message>
        <source>Could not upgrade the file from format %1: %2</source>
        <translation>Nije moguće nadograditi datoteku iz formata %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(i još %n problem)</numerusform>
            <numerusform>(i još %n problema)</numerusform>
            <numerusform>(i još %n problema)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file breaks the journey's rules: %1</source>
        <translation>Datoteka krši pravila putovanja: %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Fascikla %1 ne postoji.</translation>
    </message>
    <message>
        <source>Could not write in the folder %1: %2</source>
        <translation>Nije moguće pisati u fasciklu %1: %2</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Čuvanje nije uspelo: %1</translation>
    </message>
    <message>
        <source>Could not save: the disk did not confirm the write (%1).</source>
        <translation>Čuvanje nije uspelo: disk nije potvrdio upis (%1).</translation>
    </message>
    <message>
        <source>Could not replace %1: %2</source>
        <translation>Nije moguće zameniti %1: %2</translation>
    </message>
    <message>
        <source>%1 has an invalid id "%2"</source>
        <translation>%1 ima nevažeći ID „%2“</translation>
    </message>
    <message>
        <source>%1 has an unknown %2 "%3"</source>
        <translation>%1: nepoznata vrednost za „%2“: „%3“</translation>
    </message>
    <message>
        <source>%1 has a %2 that is not a whole number ("%3")</source>
        <translation>%1: vrednost za „%2“ nije ceo broj („%3“)</translation>
    </message>
    <message>
        <source>%1 has a %2 that is not a number ("%3")</source>
        <translation>%1: vrednost za „%2“ nije broj („%3“)</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete (%1).</source>
        <translation>Datoteka je oštećena ili nepotpuna (%1).</translation>
    </message>
    <message>
        <source>text reference</source>
        <translation>referenca na tekst</translation>
    </message>
    <message>
        <source>%1 refers to text %2 that does not exist</source>
        <translation>%1 upućuje na tekst %2 koji ne postoji</translation>
    </message>
    <message>
        <source>%1 has a time that is not a date and time ("%2")</source>
        <translation>%1 ima vreme koje nije datum i vreme („%2“)</translation>
    </message>
    <message>
        <source>Participant %1 ("%2")</source>
        <translation>Učesnik %1 („%2“)</translation>
    </message>
    <message>
        <source>Vote %1 ("%2")</source>
        <translation>Glasanje %1 („%2“)</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>obuhvat</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budžet tačkica</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>vremensko ograničenje</translation>
    </message>
    <message>
        <source>hidden flag</source>
        <translation>oznaka skrivenosti</translation>
    </message>
    <message>
        <source>closed flag</source>
        <translation>oznaka zatvorenosti</translation>
    </message>
    <message>
        <source>Dot %1</source>
        <translation>Tačkica %1</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>glasanje</translation>
    </message>
    <message>
        <source>%1 belongs to a vote that does not exist</source>
        <translation>%1 pripada glasanju koje ne postoji</translation>
    </message>
    <message>
        <source>Agenda step %1 ("%2")</source>
        <translation>Korak dnevnog reda %1 („%2“)</translation>
    </message>
    <message>
        <source>done flag</source>
        <translation>oznaka završenosti</translation>
    </message>
    <message>
        <source>Comment %1</source>
        <translation>Komentar %1</translation>
    </message>
    <message>
        <source>target</source>
        <translation>predmet komentara</translation>
    </message>
    <message>
        <source>resolved flag</source>
        <translation>oznaka rešenosti</translation>
    </message>
    <message>
        <source>%1: kind “%2” is not one Waymark knows</source>
        <translation>%1: vrsta „%2“ nije poznata programu Waymark</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, red %2</translation>
    </message>
    <message>
        <source>%1 ("%2")</source>
        <translation>%1 („%2“)</translation>
    </message>
    <message>
        <source>kind of %1</source>
        <translation>vrsta: %1</translation>
    </message>
    <message>
        <source>The file is damaged: its cards changed while it was read.</source>
        <translation>Datoteka je oštećena: njene kartice su se promenile tokom čitanja.</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kartica</translation>
    </message>
    <message>
        <source>type</source>
        <translation>vrsta</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>one-off cost</source>
        <translation>jednokratni trošak</translation>
    </message>
    <message>
        <source>running cost</source>
        <translation>tekući trošak</translation>
    </message>
    <message>
        <source>time to deliver</source>
        <translation>vreme do realizacije</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>pouzdanost</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>prilika</translation>
    </message>
    <message>
        <source>removes-card flag</source>
        <translation>oznaka uklanjanja kartice</translation>
    </message>
    <message>
        <source>time after</source>
        <translation>vreme posle</translation>
    </message>
    <message>
        <source>money after</source>
        <translation>novac posle</translation>
    </message>
    <message>
        <source>emotion after</source>
        <translation>emocija posle</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>obuhvat</translation>
    </message>
    <message>
        <source>share of contacts avoided</source>
        <translation>udeo izbegnutih kontakata</translation>
    </message>
    <message>
        <source>share of detractors to passives</source>
        <translation>udeo kritičara u pasivne</translation>
    </message>
    <message>
        <source>share of detractors to promoters</source>
        <translation>udeo kritičara u promotere</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <source>system age</source>
        <translation>starost sistema</translation>
    </message>
    <message numerus="yes">
        <source>reading took longer than %n second(s); the file asks for far more work than any journey needs</source>
        <translation>
            <numerusform>čitanje je trajalo duže od %n sekunde: datoteka zahteva daleko više rada nego što je potrebno bilo kom putovanju</numerusform>
            <numerusform>čitanje je trajalo duže od %n sekunde: datoteka zahteva daleko više rada nego što je potrebno bilo kom putovanju</numerusform>
            <numerusform>čitanje je trajalo duže od %n sekundi: datoteka zahteva daleko više rada nego što je potrebno bilo kom putovanju</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (mesto u datoteci: %2)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ceo broj</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>broj</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>binarni podaci</translation>
    </message>
    <message>
        <source>nothing (NULL)</source>
        <translation>prazna vrednost (NULL)</translation>
    </message>
    <message>
        <source>The file holds a view “%1”; Waymark files hold only tables.</source>
        <translation>Datoteka sadrži pogled „%1“, a Waymark datoteke sadrže samo tabele.</translation>
    </message>
    <message>
        <source>The file holds a trigger “%1”; Waymark files hold only tables.</source>
        <translation>Datoteka sadrži okidač „%1“, a Waymark datoteke sadrže samo tabele.</translation>
    </message>
    <message>
        <source>The file has no table “%1”: it is damaged or was not written by Waymark.</source>
        <translation>Datoteka nema tabelu „%1“: oštećena je ili je nije napravio Waymark.</translation>
    </message>
    <message>
        <source>The table “%1” is a virtual table; Waymark writes only ordinary tables.</source>
        <translation>Tabela „%1“ je virtuelna, a Waymark upisuje samo obične tabele.</translation>
    </message>
    <message>
        <source>Table “%1”, column “%2” is computed, not stored; Waymark stores every value.</source>
        <translation>Kolona „%2“ tabele „%1“ se izračunava, a ne čuva; Waymark čuva svaku vrednost.</translation>
    </message>
    <message>
        <source>Table “%1” has no column “%2”: the file is damaged or was not written by Waymark.</source>
        <translation>Tabela „%1“ nema kolonu „%2“: datoteka je oštećena ili je nije napravio Waymark.</translation>
    </message>
    <message>
        <source>Table “%1” has %2 rows; Waymark reads at most %3 (see “Limits” in the file format documentation).</source>
        <translation>Broj redova u tabeli „%1“: %2; Waymark čita najviše %3 (pogledajte odeljak „Limits“ u dokumentaciji o formatu datoteka).</translation>
    </message>
    <message>
        <source>Table “%1”, row %2, column “%3” holds %4 where %5 belongs.</source>
        <translation>Tabela „%1“, red %2, kolona „%3“: očekuje se „%5“, a upisano je „%4“.</translation>
    </message>
    <message>
        <source>%1: its columns are missing</source>
        <translation>%1: nedostaju njegove kolone</translation>
    </message>
    <message>
        <source>Card link</source>
        <translation>Veza kartice</translation>
    </message>
    <message>
        <source>A linked journey names card %1, but the journey has %2 cards</source>
        <translation>Povezano putovanje navodi karticu %1, ali putovanje ima samo %2 kartica</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>osnove</translation>
    </message>
    <message>
        <source>%1 names card %2, but the journey has %3 cards</source>
        <translation>%1 navodi karticu %2, a putovanje ima samo %3 kartica</translation>
    </message>
    <message>
        <source>Card persona %1</source>
        <translation>Persona kartice %1</translation>
    </message>
    <message>
        <source>Persona emotion %1</source>
        <translation>Emocija persone %1</translation>
    </message>
    <message>
        <source>%1 has %2 that is not stored as binary data</source>
        <translation>%1: %2 nije sačuvano kao binarni podaci</translation>
    </message>
    <message>
        <source>width</source>
        <translation>širina</translation>
    </message>
    <message>
        <source>height</source>
        <translation>visina</translation>
    </message>
    <message>
        <source>%1 has a size of %2 × %3 pixels</source>
        <translation>%1 ima veličinu %2 × %3 piksela</translation>
    </message>
    <message>
        <source>the picture</source>
        <translation>slika</translation>
    </message>
    <message>
        <source>the thumbnail</source>
        <translation>sličica</translation>
    </message>
    <message>
        <source>Card picture %1</source>
        <translation>Slika na kartici %1</translation>
    </message>
    <message>
        <source>Persona photo %1</source>
        <translation>Fotografija persone %1</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>%1 names persona %2, but the journey has %3 personas</source>
        <translation>%1 navodi personu %2, ali putovanje ima %3 persona</translation>
    </message>
    <message>
        <source>%1: its column “%2” is missing</source>
        <translation>%1: nedostaje kolona „%2“</translation>
    </message>
    <message>
        <source>%1: its column “%2” does not hold %3 values</source>
        <translation>%1: kolona „%2“ ne sadrži vrednosti tipa %3</translation>
    </message>
    <message>
        <source>%1 belongs to %2 %3, which does not exist</source>
        <translation>%1 pripada objektu %2 %3, koji ne postoji</translation>
    </message>
    <message>
        <source>%1: reading was cancelled</source>
        <translation>%1: čitanje je prekinuto</translation>
    </message>
    <message>
        <source>%1 breaks the journey's rules: %2</source>
        <translation>%1 krši pravila mape putovanja: %2</translation>
    </message>
    <message>
        <source>%1: the summary kept in the file does not match its answers (the file was changed outside Waymark?); its figures are now counted from the answers.</source>
        <translation>%1: sažetak sačuvan u datoteci ne odgovara njenim odgovorima (datoteka je menjana van Waymark-a?); brojke se sada računaju iz samih odgovora.</translation>
    </message>
    <message>
        <source>%1: there is not enough memory to read its answers</source>
        <translation>%1: nema dovoljno memorije za čitanje odgovora</translation>
    </message>
    <message>
        <source>Could not save: %1. Remove that dataset (Data dock) or import its file again, then save.</source>
        <translation>Čuvanje nije uspelo: %1. Uklonite taj skup podataka (panel „Podaci”) ili ponovo uvezite njegovu datoteku, pa sačuvajte.</translation>
    </message>
    <message>
        <source>Could not copy %1 to add the dataset: %2</source>
        <translation>Nije moguće kopirati %1 radi dodavanja skupa podataka: %2</translation>
    </message>
    <message>
        <source>Could not open the copy of %1: %2</source>
        <translation>Nije moguće otvoriti kopiju datoteke %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Waymark journey file.</source>
        <translation>%1 nije Waymark datoteka putovanja.</translation>
    </message>
    <message>
        <source>%1 is in another file format.</source>
        <translation>%1 je u drugom formatu datoteke.</translation>
    </message>
    <message>
        <source>Could not write the answers into %1: %2</source>
        <translation>Nije moguće upisati odgovore u %1: %2</translation>
    </message>
    <message>
        <source>No answers to add.</source>
        <translation>Nema odgovora za dodavanje.</translation>
    </message>
    <message>
        <source>The journey with the new dataset does not read back: %1</source>
        <translation>Putovanje sa novim skupom podataka ne može ponovo da se pročita: %1</translation>
    </message>
    <message>
        <source>%1 was changed by another program during the import; it is left as that program saved it. Import again.</source>
        <translation>%1 je tokom uvoza izmenio drugi program; ostavljena je onako kako ju je taj program sačuvao. Uvezite ponovo.</translation>
    </message>
    <message>
        <source>%1: its column “%2” has no chunk before it</source>
        <translation>%1: njegova kolona „%2” nema deo pre sebe</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Pain points</source>
        <translation>Bolne tačke</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Prilike</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Sve kartice</translation>
    </message>
</context>
<context>
    <name>WorkshopMarks</name>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n tačkica</numerusform>
            <numerusform>%n tačkice</numerusform>
            <numerusform>%n tačkica</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n otvoren komentar</numerusform>
            <numerusform>%n otvorena komentara</numerusform>
            <numerusform>%n otvorenih komentara</numerusform>
        </translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Autor: %1</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>Datoteka je prazna.</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook but an older .xls file or a password-protected workbook: save it in Excel as .xlsx without a password.</source>
        <translation>Ovo nije .xlsx radna sveska, već starija .xls datoteka ili radna sveska zaštićena lozinkom: sačuvajte je u Excel-u kao .xlsx bez lozinke.</translation>
    </message>
    <message>
        <source>The .xlsx file is damaged or incomplete (%1).</source>
        <translation>Datoteka .xlsx je oštećena ili nepotpuna (%1).</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook (not a zip archive).</source>
        <translation>Ovo nije .xlsx radna sveska (nije zip arhiva).</translation>
    </message>
    <message>
        <source>This zip archive is not an .xlsx workbook: it has no xl/workbook.xml.</source>
        <translation>Ova zip arhiva nije .xlsx radna sveska: ne sadrži xl/workbook.xml.</translation>
    </message>
    <message>
        <source>%1 is missing from the workbook.</source>
        <translation>U radnoj svesci nedostaje %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Nije moguće pročitati %1 (%2).</translation>
    </message>
    <message>
        <source>document type declarations (DTD) are not allowed</source>
        <translation>deklaracije tipa dokumenta (DTD) nisu dozvoljene</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, red %2, kolona %3: %4</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB uncompressed, the most Waymark reads.</source>
        <translation>%1 je u raspakovanom obliku veći od %2 MiB, što je više nego što Waymark može da pročita.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>Deo %1 je oštećen (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its size is not the %2 bytes the zip directory gives.</source>
        <translation>Deo %1 je oštećen: njegova veličina nije %2 bajtova, koliko navodi zip direktorijum.</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells, the most Waymark reads.</source>
        <translation>%1 ima više od %2 ćelija, što je više nego što Waymark može da pročita.</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries, the most Waymark reads.</source>
        <translation>%1 ima više od %2 stavki, što je više nego što Waymark može da pročita.</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string %2, which the workbook does not have</source>
        <translation>ćelija %1 upućuje na deljeni niz %2, koji ne postoji u radnoj svesci</translation>
    </message>
    <message>
        <source>“%1” is not a row number</source>
        <translation>„%1“ nije broj reda</translation>
    </message>
    <message>
        <source>row %1 lies beyond row %2, the last of a sheet</source>
        <translation>red %1 je iza reda %2, poslednjeg na listu</translation>
    </message>
    <message>
        <source>“%1” is not a cell reference</source>
        <translation>„%1“ nije referenca na ćeliju</translation>
    </message>
    <message>
        <source>cell %1 lies beyond column XFD, the last of a sheet</source>
        <translation>ćelija %1 je iza kolone XFD, poslednje na listu</translation>
    </message>
    <message>
        <source>cell %1 lies beyond row %2, the last of a sheet</source>
        <translation>ćelija %1 je iza reda %2, poslednjeg na listu</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>Radna sveska nema nijedan list.</translation>
    </message>
    <message>
        <source>There is no sheet %1: the workbook's sheets are numbered 1 to %2.</source>
        <translation>Nema lista %1: listovi radne sveske numerisani su od 1 do %2.</translation>
    </message>
    <message>
        <source>Sheet “%1” is not in xl/_rels/workbook.xml.rels.</source>
        <translation>List „%1“ nije naveden u xl/_rels/workbook.xml.rels.</translation>
    </message>
    <message>
        <source>Sheet “%1” is a chart or macro sheet, not a table of cells.</source>
        <translation>List „%1“ je list sa grafikonom ili makroima, a ne tabela ćelija.</translation>
    </message>
    <message>
        <source>sheet %1 has no name</source>
        <translation>list %1 nema naziv</translation>
    </message>
</context>
<context>
    <name>waymark::AddedCardsTable</name>
    <message>
        <source>(deleted)</source>
        <translation>(obrisano)</translation>
    </message>
    <message>
        <source>Steps the future journey adds, e.g. a status message. What they cost the customer is taken off the benefits.</source>
        <translation>Koraci koje buduće putovanje dodaje, npr. obaveštenje o statusu. Ono što koštaju korisnika oduzima se od koristi.</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Novi korak</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Faza</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Traka</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vreme</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Novac</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emocija</translation>
    </message>
    <message>
        <source>&amp;Add Step</source>
        <translation>&amp;Dodaj korak</translation>
    </message>
    <message>
        <source>Remo&amp;ve Step</source>
        <translation>&amp;Ukloni korak</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
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
        <translation>Još nema dnevnog reda. Kratak dnevni red drži radionicu u fokusu: označite svaki korak čim ga završite.</translation>
    </message>
    <message>
        <source>Use the Four Steps</source>
        <translation>Koristi četiri koraka</translation>
    </message>
    <message>
        <source>Map the stages, add touchpoints, attach effort, vote on pain points</source>
        <translation>Mapirajte faze, dodajte dodirne tačke, unesite napor i glasajte o bolnim tačkama</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Dodaj korak</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Rename agenda step</source>
        <translation>Preimenovanje koraka dnevnog reda</translation>
    </message>
    <message>
        <source>Tick off agenda step</source>
        <translation>Označavanje koraka dnevnog reda kao završenog</translation>
    </message>
    <message>
        <source>Reopen agenda step</source>
        <translation>Ponovno otvaranje koraka dnevnog reda</translation>
    </message>
    <message>
        <source>Use the four steps</source>
        <translation>Primena četiri koraka</translation>
    </message>
    <message>
        <source>Map the stages</source>
        <translation>Mapiranje faza</translation>
    </message>
    <message>
        <source>Add touchpoints</source>
        <translation>Dodavanje dodirnih tačaka</translation>
    </message>
    <message>
        <source>Attach effort</source>
        <translation>Unos napora</translation>
    </message>
    <message>
        <source>Vote on pain points</source>
        <translation>Glasanje o bolnim tačkama</translation>
    </message>
    <message>
        <source>Move Step Up</source>
        <translation>Pomeri korak nagore</translation>
    </message>
    <message>
        <source>Move Step Down</source>
        <translation>Pomeri korak nadole</translation>
    </message>
    <message>
        <source>Move the chosen step up (%1)</source>
        <translation>Pomeri izabrani korak nagore (%1)</translation>
    </message>
    <message>
        <source>Move the chosen step down (%1)</source>
        <translation>Pomeri izabrani korak nadole (%1)</translation>
    </message>
</context>
<context>
    <name>waymark::BusinessSettingsDialog</name>
    <message>
        <source>Business Settings</source>
        <translation>Poslovna podešavanja</translation>
    </message>
    <message>
        <source>What the business case needs to put a value on the opportunities. Amounts are in %1, the journey's currency.</source>
        <translation>Šta je poslovnom slučaju potrebno da vrednuje prilike. Iznosi su u %1, valuti putovanja.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Korisnici</translation>
    </message>
    <message>
        <source>How many customers go through this journey in a year</source>
        <translation>Koliko korisnika godišnje prođe kroz ovo putovanje</translation>
    </message>
    <message>
        <source>Customers per &amp;year:</source>
        <translation>&amp;Korisnika godišnje:</translation>
    </message>
    <message>
        <source>Stages that fewer (or more) customers reach, e.g. because some drop out before:</source>
        <translation>Faze do kojih stiže manje (ili više) korisnika, npr. zato što neki odustanu ranije:</translation>
    </message>
    <message>
        <source>Give “%1” its own number of customers per year</source>
        <translation>Zadaj „%1“ sopstveni broj korisnika godišnje</translation>
    </message>
    <message>
        <source>What it is worth</source>
        <translation>Koliko to vredi</translation>
    </message>
    <message>
        <source>Value of the customer's &amp;hour:</source>
        <translation>&amp;Vrednost sata korisnika:</translation>
    </message>
    <message>
        <source>What one contact costs the organisation, by channel (0: not counted):</source>
        <translation>Koliko organizaciju košta jedan kontakt, po kanalu (0: ne računa se):</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Tokom vremena</translation>
    </message>
    <message>
        <source>How many years of benefits and running costs the net present value counts</source>
        <translation>Koliko godina koristi i tekućih troškova uračunava neto sadašnja vrednost</translation>
    </message>
    <message>
        <source>Horizon in y&amp;ears:</source>
        <translation>&amp;Horizont u godinama:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>What money a year later is worth less: often the organisation's cost of capital</source>
        <translation>Koliko novac za godinu dana manje vredi: često trošak kapitala organizacije</translation>
    </message>
    <message>
        <source>&amp;Discount rate per year:</source>
        <translation>&amp;Diskontna stopa godišnje:</translation>
    </message>
    <message>
        <source>All opportunities</source>
        <translation>Sve prilike</translation>
    </message>
    <message>
        <source>The scenario the PDF report and the future state of the map show</source>
        <translation>Scenario koji prikazuju PDF izveštaj i buduće stanje mape</translation>
    </message>
    <message>
        <source>&amp;Scenario in the report:</source>
        <translation>&amp;Scenario u izveštaju:</translation>
    </message>
    <message>
        <source>Change business settings</source>
        <translation>Promeni poslovna podešavanja</translation>
    </message>
    <message>
        <source>The same value the heatmap's weighted cost uses (Weights… on the canvas tool bar)</source>
        <translation>Ista vrednost koju koristi ponderisani trošak toplotne mape (Ponderi… na traci alata platna)</translation>
    </message>
</context>
<context>
    <name>waymark::CanvasActions</name>
    <message>
        <source>&amp;New Card</source>
        <translation>&amp;Nova kartica</translation>
    </message>
    <message>
        <source>Add a card to the current cell and type its title</source>
        <translation>Dodajte karticu u trenutnu ćeliju i upišite njen naslov</translation>
    </message>
    <message>
        <source>&amp;Rename Card</source>
        <translation>Pre&amp;imenuj karticu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Obriši</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliraj</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ise&amp;ci</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Na&amp;lepi</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Izaberi &amp;sve</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Dodaj &amp;fazu</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>Dodaj &amp;traku</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Preimenuj fazu</translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation>Preimenuj traku</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Obriši fazu</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Obriši traku</translation>
    </message>
    <message>
        <source>Lane &amp;Properties…</source>
        <translation>Svo&amp;jstva trake…</translation>
    </message>
    <message>
        <source>Kind of lane, side of the line of visibility, department</source>
        <translation>Vrsta trake, strana linije vidljivosti, odeljenje</translation>
    </message>
    <message>
        <source>Stage P&amp;roperties…</source>
        <translation>Svojstva f&amp;aze…</translation>
    </message>
    <message>
        <source>&amp;Departments…</source>
        <translation>O&amp;deljenja…</translation>
    </message>
    <message>
        <source>C&amp;onnect Cards</source>
        <translation>Po&amp;veži kartice</translation>
    </message>
    <message>
        <source>Drag from one card to another to draw an arrow (Alt-drag works any time)</source>
        <translation>Prevucite od jedne kartice do druge da biste nacrtali strelicu (prevlačenje uz Alt radi uvek)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Uvećaj</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>U&amp;manji</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Uklopi u &amp;prozor</translation>
    </message>
    <message>
        <source>Actual &amp;Size (100%)</source>
        <translation>Stvarna &amp;veličina (100%)</translation>
    </message>
    <message>
        <source>Delete connections</source>
        <translation>Obriši veze</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Obriši %n karticu</numerusform>
            <numerusform>Obriši %n kartice</numerusform>
            <numerusform>Obriši %n kartica</numerusform>
        </translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nova faza</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Nova traka</translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage “%1” and its %n card(s)? You can undo this.</source>
        <translation>
            <numerusform>Obrisati fazu „%1“ i njenu %n karticu? Ovo možete da opozovete.</numerusform>
            <numerusform>Obrisati fazu „%1“ i njene %n kartice? Ovo možete da opozovete.</numerusform>
            <numerusform>Obrisati fazu „%1“ i njenih %n kartica? Ovo možete da opozovete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the lane “%1” and its %n card(s)? You can undo this.</source>
        <translation>
            <numerusform>Obrisati traku „%1“ i njenu %n karticu? Ovo možete da opozovete.</numerusform>
            <numerusform>Obrisati traku „%1“ i njene %n kartice? Ovo možete da opozovete.</numerusform>
            <numerusform>Obrisati traku „%1“ i njenih %n kartica? Ovo možete da opozovete.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create &amp;Opportunity from This Card…</source>
        <translation>Napravi &amp;priliku od ove kartice…</translation>
    </message>
    <message>
        <source>An improvement for the business case, linked to the selected cards</source>
        <translation>Poboljšanje za poslovni slučaj, povezano sa izabranim karticama</translation>
    </message>
    <message>
        <source>Create &amp;Opportunity from These Cards…</source>
        <translation>Napravi &amp;priliku od ovih kartica…</translation>
    </message>
    <message>
        <source>Zoom to Se&amp;lection</source>
        <translation>Prema &amp;izabranim karticama</translation>
    </message>
    <message>
        <source>Fill the view with the selected cards</source>
        <translation>Izabrane kartice preko celog prikaza</translation>
    </message>
</context>
<context>
    <name>waymark::CanvasToolBar</name>
    <message>
        <source>Canvas</source>
        <translation>Platno</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Heatmap:</source>
        <translation>Toplotna mapa:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Isključeno</translation>
    </message>
    <message>
        <source>Weights…</source>
        <translation>Ponderi…</translation>
    </message>
    <message>
        <source>Weights of time, money and emotion in the weighted heatmap, and the value of the customer's hour</source>
        <translation>Ponderi vremena, novca i emocije u ponderisanoj toplotnoj mapi i vrednost jednog sata korisnikovog vremena</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Odeljenje:</translation>
    </message>
    <message>
        <source>Dim everything this department does not own</source>
        <translation>Zatamni sve što nije u nadležnosti ovog odeljenja</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Sva odeljenja</translation>
    </message>
    <message>
        <source>Colour the cards by the customer's effort, or by a survey metric (the worst figure hottest)</source>
        <translation>Oboj kartice prema naporu korisnika ili prema metrici ankete (najgori pokazatelj je najtopliji)</translation>
    </message>
    <message>
        <source>Heat scale</source>
        <translation>Skala toplotne mape</translation>
    </message>
    <message>
        <source>No card's data key has answers of %1 yet: the cards stay white.</source>
        <translation>Ni za jedan ključ podataka na karticama još nema %1 odgovora, pa kartice ostaju bele.</translation>
    </message>
    <message>
        <source>%1 %2 … %3</source>
        <comment>heat legend: metric, lowest figure, highest figure</comment>
        <translation>%1 %2 … %3</translation>
    </message>
    <message>
        <source>%1 from %2 (worst, red) to %3 (best, pale). Cards without answers stay white.</source>
        <translation>%1 od %2 (najgore, crveno) do %3 (najbolje, bledo). Kartice bez odgovora ostaju bele.</translation>
    </message>
    <message>
        <source>Hatched cards: too few answers to trust, so their colour is a weak signal.</source>
        <translation>Šrafirane kartice: premalo odgovora za pouzdan zaključak, pa je njihova boja slab signal.</translation>
    </message>
    <message>
        <source>Low effort (left) to high effort (right). Emotion: 0 to 10. Time, money and weighted cost: logarithmic between the 10th and 90th percentile of the cards, so one extreme card does not make the others look alike.</source>
        <translation>Mali napor (levo) do velikog napora (desno). Emocija: od 0 do 10. Vreme, novac i ponderisani trošak: logaritamski između 10. i 90. percentila kartica, da jedna ekstremna kartica ne bi učinila da ostale izgledaju isto.</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <source>The journey as one persona lives it: their steps, the emotion they feel, their totals</source>
        <translation>Putovanje onako kako ga doživljava jedna persona: njeni koraci, njene emocije, njeni zbirovi</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Sve persone</translation>
    </message>
    <message>
        <source>(unnamed persona)</source>
        <translation>(persona bez imena)</translation>
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
        <translation>Još nijedna kartica nije povezana: povežite kartice mape koje ova prilika poboljšava.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartica</translation>
    </message>
    <message>
        <source>Effort today</source>
        <translation>Napor danas</translation>
    </message>
    <message>
        <source>Time, money and negative emotion of the card today</source>
        <translation>Vreme, novac i negativna emocija kartice danas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vreme</translation>
    </message>
    <message>
        <source>The customer's time at this step afterwards</source>
        <translation>Vreme korisnika na ovom koraku posle izmene</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Novac</translation>
    </message>
    <message>
        <source>What the step costs the customer afterwards, in the card's currency</source>
        <translation>Koliko korak košta korisnika posle izmene, u valuti kartice</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emocija</translation>
    </message>
    <message>
        <source>Negative emotion afterwards, 0 (none) to 10 (worst)</source>
        <translation>Negativna emocija posle izmene, od 0 (nema) do 10 (najgore)</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Obuhvat</translation>
    </message>
    <message>
        <source>Share of the stage's customers who pass this card</source>
        <translation>Udeo korisnika faze koji prolaze kroz ovu karticu</translation>
    </message>
    <message>
        <source>Contacts
avoided</source>
        <translation>Izbegnuti
kontakti</translation>
    </message>
    <message>
        <source>Share of this step's contacts (calls, visits, mails) no longer needed</source>
        <translation>Udeo kontakata ovog koraka (pozivi, posete, poruke) koji više nisu potrebni</translation>
    </message>
    <message>
        <source>Detractors →
passives</source>
        <translation>Kritičari →
pasivni</translation>
    </message>
    <message>
        <source>Share of this touchpoint's detractors expected to become passives</source>
        <translation>Udeo kritičara ove dodirne tačke za koje se očekuje da postanu pasivni</translation>
    </message>
    <message>
        <source>Detractors →
promoters</source>
        <translation>Kritičari →
promoteri</translation>
    </message>
    <message>
        <source>Share of this touchpoint's detractors expected to become promoters</source>
        <translation>Udeo kritičara ove dodirne tačke za koje se očekuje da postanu promoteri</translation>
    </message>
    <message>
        <source>Step
removed</source>
        <translation>Korak
uklonjen</translation>
    </message>
    <message>
        <source>The step disappears in the future state (e.g. no branch visit)</source>
        <translation>Korak nestaje u budućem stanju (npr. nema odlaska u filijalu)</translation>
    </message>
    <message>
        <source>Lin&amp;k card:</source>
        <translation>Poveži &amp;karticu:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>Po&amp;veži</translation>
    </message>
    <message>
        <source>&amp;Unlink Selected</source>
        <translation>&amp;Ukloni vezu sa izabranim</translation>
    </message>
    <message>
        <source>(deleted card)</source>
        <translation>(obrisana kartica)</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
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
        <translation>Otkucajte da biste pronašli karticu…</translation>
    </message>
    <message>
        <source>Every card is linked</source>
        <translation>Sve kartice su povezane</translation>
    </message>
</context>
<context>
    <name>waymark::ChangesDialog</name>
    <message>
        <source>What Changed</source>
        <translation>Šta se promenilo</translation>
    </message>
    <message>
        <source>Nothing changed on the map since %1.</source>
        <translation>U odnosu na %1 na mapi ništa nije promenjeno.</translation>
    </message>
    <message>
        <source>Changes since %1:</source>
        <translation>Izmene u odnosu na %1:</translation>
    </message>
    <message>
        <source>Added cards (%1)</source>
        <translation>Dodate kartice (%1)</translation>
    </message>
    <message>
        <source>Removed cards (%1)</source>
        <translation>Uklonjene kartice (%1)</translation>
    </message>
    <message>
        <source>Moved cards (%1)</source>
        <translation>Premeštene kartice (%1)</translation>
    </message>
    <message>
        <source>Edited cards (%1)</source>
        <translation>Izmenjene kartice (%1)</translation>
    </message>
    <message>
        <source>Stage added: %1</source>
        <translation>Dodata faza: %1</translation>
    </message>
    <message>
        <source>Stage removed: %1</source>
        <translation>Uklonjena faza: %1</translation>
    </message>
    <message>
        <source>Stage renamed: %1</source>
        <translation>Preimenovana faza: %1</translation>
    </message>
    <message>
        <source>Lane added: %1</source>
        <translation>Dodata traka: %1</translation>
    </message>
    <message>
        <source>Lane removed: %1</source>
        <translation>Uklonjena traka: %1</translation>
    </message>
    <message>
        <source>Lane renamed: %1</source>
        <translation>Preimenovana traka: %1</translation>
    </message>
    <message>
        <source>Stages and lanes (%1)</source>
        <translation>Faze i trake (%1)</translation>
    </message>
    <message>
        <source>&amp;Select Changed Cards</source>
        <translation>&amp;Izaberi izmenjene kartice</translation>
    </message>
</context>
<context>
    <name>waymark::ClvCustomerModel</name>
    <message>
        <source>Customer</source>
        <translation>Korisnik</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Ponovljene kupovine</translation>
    </message>
    <message>
        <source>P(alive) %</source>
        <translation>P(alive) %</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>Očekivane kupovine</translation>
    </message>
    <message>
        <source>Expected spend (%1)</source>
        <translation>Očekivana potrošnja (%1)</translation>
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
        <translation>rešeno</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentari</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Prikaži:</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Filter of the comments list: every thread</extracomment>
        <translation>Sve</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Filter of the comments list: threads not resolved yet (an adjective, not "open a file")</extracomment>
        <translation>Otvorene</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Filter of the comments list: threads you wrote in</extracomment>
        <translation>Moje</translation>
    </message>
    <message>
        <source>Every thread, the unresolved ones, or the ones you wrote in</source>
        <translation>Sve niti, samo nerešene ili one u kojima ste pisali</translation>
    </message>
    <message>
        <source>Only threads a department took part in</source>
        <translation>Samo niti u kojima je učestvovalo izabrano odeljenje</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Reši</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Obriši</translation>
    </message>
    <message>
        <source>Delete the selected comment (only your own); a thread goes with its replies</source>
        <translation>Obrišite izabrani komentar (samo sopstveni); nit se briše zajedno sa odgovorima</translation>
    </message>
    <message>
        <source>Shown on your comments</source>
        <translation>Prikazuje se uz vaše komentare</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Vaše ime:</translation>
    </message>
    <message>
        <source>Your department:</source>
        <translation>Vaše odeljenje:</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Napišite komentar…</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the comment</source>
        <translation>Ctrl+Enter dodaje komentar</translation>
    </message>
    <message>
        <source>Enter your name to comment.</source>
        <translation>Unesite svoje ime da biste komentarisali.</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Odgovori</translation>
    </message>
    <message>
        <source>Reply to the selected thread</source>
        <translation>Odgovorite u izabranoj niti</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Komentariši</translation>
    </message>
    <message>
        <source>Start a new thread on what is selected on the map (Ctrl+Enter)</source>
        <translation>Započnite novu nit o onome što je izabrano na mapi (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Card “%1”</source>
        <translation>Kartica „%1“</translation>
    </message>
    <message>
        <source>a deleted card</source>
        <translation>obrisana kartica</translation>
    </message>
    <message>
        <source>Stage “%1”</source>
        <translation>Faza „%1“</translation>
    </message>
    <message>
        <source>a deleted stage</source>
        <translation>obrisana faza</translation>
    </message>
    <message>
        <source>The journey</source>
        <translation>Putovanje</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Sva odeljenja</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Bez odeljenja</translation>
    </message>
    <message>
        <source>The participant who has the floor in the workshop</source>
        <translation>Učesnik radionice koji trenutno ima reč</translation>
    </message>
    <message>
        <source>Open a journey to read and write comments.</source>
        <translation>Otvorite putovanje da biste čitali i pisali komentare.</translation>
    </message>
    <message>
        <source>No comments yet. Select a card or a stage on the map, then write the first one below.</source>
        <translation>Još nema komentara. Izaberite karticu ili fazu na mapi, pa ispod napišite prvi.</translation>
    </message>
    <message>
        <source>No thread matches these filters.</source>
        <translation>Nijedna nit ne odgovara ovim filterima.</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>Odnosi se na: %1</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Ponovo &amp;otvori</translation>
    </message>
    <message>
        <source>Open the selected thread again</source>
        <translation>Ponovo otvorite izabranu nit</translation>
    </message>
    <message>
        <source>Mark the selected thread as settled</source>
        <translation>Označite izabranu nit kao rešenu</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Označavanje komentara kao rešenog</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Ponovno otvaranje komentara</translation>
    </message>
    <message>
        <source>Delete thread</source>
        <translation>Brisanje niti</translation>
    </message>
</context>
<context>
    <name>waymark::DataChartsPanel</name>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Dodirne tačke</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Faze</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Dodirna tačka</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Kritičari</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>Ugroženi CLV</translation>
    </message>
    <message>
        <source>Lifetime value of the customers whose latest answer at a touchpoint was 0–6</source>
        <translation>Životna vrednost korisnika čiji je poslednji odgovor na dodirnoj tački bio 0–6</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Data key: %1</source>
        <translation>Ključ podataka: %1</translation>
    </message>
    <message>
        <source>Import customer lifetime values to see what promoters and detractors are worth.</source>
        <translation>Uvezite životne vrednosti korisnika da biste videli koliko vrede promoteri, a koliko kritičari.</translation>
    </message>
    <message>
        <source>Import NPS responses: CLV is joined to them by customer id.</source>
        <translation>Uvezite NPS odgovore: CLV se s njima povezuje preko ID-a korisnika.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) have both an answer and a CLV.</source>
        <translation>
            <numerusform>%Ln korisnik ima i odgovor i CLV.</numerusform>
            <numerusform>%Ln korisnika imaju i odgovor i CLV.</numerusform>
            <numerusform>%Ln korisnika ima i odgovor i CLV.</numerusform>
        </translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Odeljenja</translation>
    </message>
    <message>
        <source>Department mix</source>
        <translation>Raspodela po odeljenjima</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers… CLV per NPS category and at risk appear here when they are read.</source>
        <translation>Čitaju se %L1 odgovora iz ankete… CLV po NPS kategorijama i ugroženi CLV pojaviće se ovde čim odgovori budu učitani.</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value model to %L1 customers… CLV per NPS category and at risk appear here when it is done.</source>
        <translation>Model životne vrednosti se prilagođava podacima o kupcima (%L1)… CLV po NPS kategorijama i ugroženi CLV pojaviće se ovde kada proračun bude gotov.</translation>
    </message>
    <message>
        <source>Matching %L1 survey answers to customers… CLV per NPS category and at risk appear here when they are matched.</source>
        <translation>Odgovori iz ankete (%L1) se povezuju sa kupcima… CLV po NPS kategorijama i ugroženi CLV pojaviće se ovde kada povezivanje bude gotovo.</translation>
    </message>
</context>
<context>
    <name>waymark::DataDock</name>
    <message>
        <source>Data</source>
        <translation>Podaci</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Skup podataka</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Redovi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Izvor</translation>
    </message>
    <message>
        <source>Import C&amp;LV…</source>
        <translation>Uvezi C&amp;LV…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Obriši</translation>
    </message>
    <message>
        <source>&amp;Goals…</source>
        <translation>&amp;Ciljevi…</translation>
    </message>
    <message>
        <source>Delete Dataset</source>
        <translation>Obriši skup podataka</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more</source>
        <translation>
            <numerusform>… još %Ln</numerusform>
            <numerusform>… još %Ln</numerusform>
            <numerusform>… još %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) name touchpoints no card has — give a card that data key to see them on the map: %1</source>
        <translation>
            <numerusform>%Ln odgovor navodi dodirnu tačku koje nema ni na jednoj kartici — dodelite kartici taj ključ podataka da biste ga videli na mapi: %1</numerusform>
            <numerusform>%Ln odgovora navode dodirne tačke kojih nema ni na jednoj kartici — dodelite kartici taj ključ podataka da biste ih videli na mapi: %1</numerusform>
            <numerusform>%Ln odgovora navodi dodirne tačke kojih nema ni na jednoj kartici — dodelite kartici taj ključ podataka da biste ih videli na mapi: %1</numerusform>
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
        <translation>Iz %1, uvezeno %2
SHA-256 %3
Učitano redova: %4, uvezeno: %5, odbijeno: %6
Kodiranje: %7
Kolone:
%8</translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation>Preimenovanje skupa podataka</translation>
    </message>
    <message numerus="yes">
        <source>Delete the dataset “%1” with its %Ln row(s)? You can undo this.</source>
        <translation>
            <numerusform>Obrisati skup podataka „%1“ sa %Ln redom? Ovo možete da opozovete.</numerusform>
            <numerusform>Obrisati skup podataka „%1“ sa %Ln reda? Ovo možete da opozovete.</numerusform>
            <numerusform>Obrisati skup podataka „%1“ sa %Ln redova? Ovo možete da opozovete.</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey or CLV data yet. Import survey answers (NPS, CSAT, CES, audits, eNPS) or customer lifetime values from CSV, TSV, JSON, NDJSON or Excel files.</source>
        <translation>Još nema podataka iz anketa ni CLV podataka. Uvezite odgovore iz anketa (NPS, CSAT, CES, provere, eNPS) ili životne vrednosti korisnika iz CSV, TSV, JSON, NDJSON ili Excel datoteka.</translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation>&amp;Pokazatelji:</translation>
    </message>
    <message>
        <source>Import &amp;Survey…</source>
        <translation>Uvezi &amp;anketu…</translation>
    </message>
    <message>
        <source>Survey answers of any metric (NPS, CSAT, CES, audits, eNPS, any number) from CSV, TSV, JSON or Excel, one per row or counted per group</source>
        <translation>Odgovori iz anketa za bilo koju metriku (NPS, CSAT, CES, provere, eNPS, bilo koji broj) iz CSV, TSV, JSON ili Excel datoteka, jedan po redu ili prebrojani po grupama</translation>
    </message>
    <message>
        <source>Goals per segment and a benchmark to compare %1 with</source>
        <translation>Ciljevi po segmentima i reper sa kojim se poredi %1</translation>
    </message>
    <message>
        <source>Edit %1 goals</source>
        <translation>Izmena ciljeva za %1</translation>
    </message>
</context>
<context>
    <name>waymark::DatasetTransferNotice</name>
    <message>
        <source>Sending “%1” to the server…</source>
        <translation>Slanje „%1“ na server…</translation>
    </message>
    <message>
        <source>Receiving “%1”…</source>
        <translation>Primanje „%1“…</translation>
    </message>
    <message>
        <source>Receiving “%1” (from %2)…</source>
        <translation>Primanje „%1“ (od: %2)…</translation>
    </message>
    <message>
        <source>The map and the other cards go on meanwhile; the others see the dataset once it is on the server.</source>
        <translation>Za to vreme mapa i ostale kartice rade kao i obično; ostali vide skup podataka čim stigne na server.</translation>
    </message>
    <message>
        <source>The map goes on meanwhile; the dataset's figures show when it is in.</source>
        <translation>Za to vreme mapa radi kao i obično; brojke skupa podataka pojavljuju se kada stigne.</translation>
    </message>
    <message>
        <source>A dataset is still being sent</source>
        <translation>Skup podataka se još šalje</translation>
    </message>
    <message>
        <source>“%1” is still being sent to the server. If you close the window now, it is not shared: nothing of it stays on the server and the others keep the data they have. Close anyway?</source>
        <translation>„%1“ se još šalje na server. Ako sada zatvorite prozor, neće biti podeljen: na serveru od njega neće ostati ništa, a ostali zadržavaju podatke koje imaju. Ipak zatvoriti?</translation>
    </message>
</context>
<context>
    <name>waymark::DepartmentsDialog</name>
    <message>
        <source>Departments</source>
        <translation>Odeljenja</translation>
    </message>
    <message>
        <source>The departments that own touchpoints. Double-click a name to rename it.</source>
        <translation>Odeljenja koja su zadužena za dodirne tačke. Dvaput kliknite na naziv da biste ga preimenovali.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Boja…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ukloni</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Novo odeljenje</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>Preimenovanje odeljenja</translation>
    </message>
    <message>
        <source>Remove Department</source>
        <translation>Uklanjanje odeljenja</translation>
    </message>
    <message>
        <source>Department Colour</source>
        <translation>Boja odeljenja</translation>
    </message>
    <message>
        <source>Change department colour</source>
        <translation>Promena boje odeljenja</translation>
    </message>
    <message numerus="yes">
        <source>“%1” owns %n card(s) and %2 lane(s). Its cards keep their place without an owner and its lanes become plain lanes. You can undo this.</source>
        <translation>
            <numerusform>„%1“ je zaduženo za %n karticu (i traka: %2). Kartice ostaju na svom mestu, bez vlasnika, a trake postaju obične trake. Ovo možete da opozovete.</numerusform>
            <numerusform>„%1“ je zaduženo za %n kartice (i traka: %2). Kartice ostaju na svom mestu, bez vlasnika, a trake postaju obične trake. Ovo možete da opozovete.</numerusform>
            <numerusform>„%1“ je zaduženo za %n kartica (i traka: %2). Kartice ostaju na svom mestu, bez vlasnika, a trake postaju obične trake. Ovo možete da opozovete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::EffortTargetEdit</name>
    <message>
        <source>same</source>
        <translation>isto</translation>
    </message>
    <message>
        <source>new value</source>
        <translation>nova vrednost</translation>
    </message>
    <message>
        <source>− %</source>
        <comment>reduce by a percentage</comment>
        <translation>− %</translation>
    </message>
    <message>
        <source>Unchanged, a new value, or a reduction in percent of today's</source>
        <translation>Bez promene, nova vrednost ili smanjenje u procentima od današnje</translation>
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
        <translation>Na čemu kartica počiva: nagađanje, ono što ljudi u prostoriji znaju, istraživanje (intervjui, posmatranje) ili izmereni podaci</translation>
    </message>
    <message numerus="yes">
        <source>measured: %Ln answers</source>
        <extracomment>Beside the stated level: the card counts as measured because of its answers. %1: a number</extracomment>
        <translation>
            <numerusform>izmereno: %Ln odgovor</numerusform>
            <numerusform>izmereno: %Ln odgovora</numerusform>
            <numerusform>izmereno: %Ln odgovora</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers to this card's data key: at least %2 in one survey count as measured data, whatever the card states</source>
        <translation>Odgovora za ključ podataka ove kartice: %1. Najmanje %2 u jednoj anketi računa se kao izmereni podaci, šta god kartica navodi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answers</source>
        <translation>
            <numerusform>%Ln odgovor</numerusform>
            <numerusform>%Ln odgovora</numerusform>
            <numerusform>%Ln odgovora</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers to this card's data key; %2 in one survey would count as measured data</source>
        <translation>Odgovora za ključ podataka ove kartice: %1. Sa %2 u jednoj anketi to bi se računalo kao izmereni podaci</translation>
    </message>
</context>
<context>
    <name>waymark::ExplanationDialog</name>
    <message>
        <source>How the numbers of “%1” are made</source>
        <translation>Kako su dobijeni brojevi za „%1“</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Pokazatelj</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Izostavljeno: %1</translation>
    </message>
</context>
<context>
    <name>waymark::ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Izvoz u PDF</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Stranica</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Veličina:</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Vodoravno</translation>
    </message>
    <message>
        <source>&amp;Portrait</source>
        <translation>&amp;Uspravno</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orijentacija:</translation>
    </message>
    <message>
        <source>&amp;Fit the map to one page</source>
        <translation>Uklopi &amp;mapu na jednu stranicu</translation>
    </message>
    <message>
        <source>&amp;Tile at full size (a poster)</source>
        <translation>Po&amp;pločaj u punoj veličini (poster)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Tiles &amp;overlap by:</source>
        <translation>P&amp;reklapanje delova:</translation>
    </message>
    <message>
        <source>Executive &amp;summary in front</source>
        <translation>&amp;Rezime za rukovodstvo na početku</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Na mapi</translation>
    </message>
    <message>
        <source>&amp;Effort badges</source>
        <translation>Oznake &amp;napora</translation>
    </message>
    <message>
        <source>&amp;Heatmap:</source>
        <translation>&amp;Toplotna mapa:</translation>
    </message>
    <message>
        <source>E&amp;motion curve</source>
        <translation>Kriva &amp;emocije</translation>
    </message>
    <message>
        <source>&amp;CLV at risk</source>
        <translation>&amp;Ugroženi CLV</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Sva odeljenja</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Za:</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Izvezi PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Š&amp;tampaj…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF datoteke (*.pdf)</translation>
    </message>
    <message>
        <source>One tile per ticked figure; drag to change the order — the first one's trend and stages are charted</source>
        <translation>Po jedan blok za svaki označeni pokazatelj; prevucite da biste promenili redosled — za prvi se crtaju grafikoni trenda i faza</translation>
    </message>
    <message>
        <source>Summary fi&amp;gures:</source>
        <translation>P&amp;okazatelji rezimea:</translation>
    </message>
    <message>
        <source>Survey &amp;figures (as on the canvas)</source>
        <translation>Pokazatelji &amp;anketa (kao na platnu)</translation>
    </message>
    <message>
        <source>Choose the summary's figures</source>
        <translation>Izbor pokazatelja rezimea</translation>
    </message>
    <message>
        <source>&amp;Future-state map after the map</source>
        <translation>Mapa &amp;budućeg stanja posle mape</translation>
    </message>
    <message>
        <source>The journey with the chosen scenario's opportunities applied: changed effort, removed and added steps</source>
        <translation>Putovanje sa primenjenim prilikama izabranog scenarija: promenjen napor, uklonjeni i dodati koraci</translation>
    </message>
    <message>
        <source>Evi&amp;dence (what each card rests on)</source>
        <translation>Osnove (na čemu počiva svaka &amp;kartica)</translation>
    </message>
    <message numerus="yes">
        <source>Pict&amp;ures on the cards after the map (%n)</source>
        <translation>
            <numerusform>&amp;Slike sa kartica posle mape (%n)</numerusform>
            <numerusform>&amp;Slike sa kartica posle mape (%n)</numerusform>
            <numerusform>&amp;Slike sa kartica posle mape (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Each picture with its card and caption, for readers who were not at the wall</source>
        <translation>Svaka slika sa svojom karticom i natpisom, za čitaoce koji nisu bili kod zida</translation>
    </message>
    <message>
        <source>Pe&amp;rsona cards before the map</source>
        <translation>Karti&amp;ce persona pre mape</translation>
    </message>
    <message>
        <source>Each persona's photo, goals and frustrations, and the steps that hurt them most</source>
        <translation>Fotografija, ciljevi i frustracije svake persone, i koraci koji joj najviše teško padaju</translation>
    </message>
    <message>
        <source>None of this journey's personas has a description, goals, frustrations or a photo yet</source>
        <translation>Nijedna persona ovog putovanja još nema opis, ciljeve, frustracije ni fotografiju</translation>
    </message>
</context>
<context>
    <name>waymark::FindBar</name>
    <message>
        <source>Find a card</source>
        <translation>Pronađi karticu</translation>
    </message>
    <message>
        <source>Searches the titles, descriptions, notes and data keys of the cards</source>
        <translation>Pretražuje naslove, opise, beleške i ključeve podataka kartica</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 od %2</translation>
    </message>
    <message>
        <source>&amp;Find Card…</source>
        <translation>P&amp;ronađi karticu…</translation>
    </message>
    <message>
        <source>Find a card by its title, description, notes or data key</source>
        <translation>Pronađite karticu po naslovu, opisu, beleškama ili ključu podataka</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Pronađi &amp;narednu</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Pronađi pret&amp;hodnu</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Prethodno podudaranje (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Sledeće podudaranje (Enter, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Zatvori (Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Nema podudaranja</translation>
    </message>
</context>
<context>
    <name>waymark::FollowMe</name>
    <message>
        <source>&amp;Present (Everyone Follows Me)</source>
        <translation>&amp;Prezentuj (svi prate mene)</translation>
    </message>
    <message>
        <source>Everyone's canvas follows yours — where you scroll, how far you zoom, the card you select — until you stop</source>
        <translation>Svačije platno prati vaše — kuda pomerate, koliko uvećavate, koju karticu birate — dok ne zaustavite</translation>
    </message>
    <message>
        <source>Only the facilitator presents</source>
        <translation>Prezentuje samo fasilitator</translation>
    </message>
    <message>
        <source>▶ Following %1</source>
        <translation>▶ Pratite: %1</translation>
    </message>
    <message>
        <source>Follow %1 again</source>
        <translation>Ponovo prati: %1</translation>
    </message>
    <message>
        <source>%1 is presenting; you scrolled away. Back to where they look.</source>
        <translation>%1 prezentuje, a vi ste se udaljili. Nazad tamo gde gleda.</translation>
    </message>
</context>
<context>
    <name>waymark::HeatmapWeightsDialog</name>
    <message>
        <source>Heatmap Weights</source>
        <translation>Ponderi toplotne mape</translation>
    </message>
    <message>
        <source>Weighted cost in %1 = time weight × hours × hour value + money weight × amount + emotion weight × emotion (0–10) × point value. Cards in other currencies count by time and emotion only.</source>
        <translation>Ponderisani trošak u %1 = ponder vremena × sati × vrednost sata + ponder novca × iznos + ponder emocije × emocija (0–10) × vrednost poena. Kartice u drugim valutama računaju se samo po vremenu i emociji.</translation>
    </message>
    <message>
        <source>&amp;Time weight:</source>
        <translation>Ponder &amp;vremena:</translation>
    </message>
    <message>
        <source>&amp;Money weight:</source>
        <translation>Ponder &amp;novca:</translation>
    </message>
    <message>
        <source>&amp;Emotion weight:</source>
        <translation>Ponder &amp;emocije:</translation>
    </message>
    <message>
        <source>What an hour of the customer's time is worth</source>
        <translation>Koliko vredi jedan sat korisnikovog vremena</translation>
    </message>
    <message>
        <source>Value of the customer's &amp;hour:</source>
        <translation>Vrednost korisnikovog &amp;sata:</translation>
    </message>
    <message>
        <source>What one point of negative emotion (on the 0–10 scale) is worth</source>
        <translation>Koliko vredi jedan poen negativne emocije (na skali 0–10)</translation>
    </message>
    <message>
        <source>Value of one emotion &amp;point:</source>
        <translation>Vrednost jednog &amp;poena emocije:</translation>
    </message>
    <message>
        <source>Change heatmap weights</source>
        <translation>Promena pondera toplotne mape</translation>
    </message>
</context>
<context>
    <name>waymark::HotspotsDock</name>
    <message>
        <source>Effort hotspots</source>
        <translation>Žarišta napora</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>&amp;Rangiraj po:</translation>
    </message>
    <message>
        <source>No card costs the customer anything on this measure yet.</source>
        <translation>Po ovom merilu nijedna kartica još ništa ne košta korisnika.</translation>
    </message>
    <message>
        <source>No card's data key has answers of %1 yet.</source>
        <translation>Ni za jedan ključ podataka na karticama još nema %1 odgovora.</translation>
    </message>
    <message>
        <source>Create Opportunity…</source>
        <translation>Napravi priliku…</translation>
    </message>
    <message>
        <source>An improvement for the business case, linked to the selected cards</source>
        <translation>Poboljšanje za poslovni slučaj, povezano sa izabranim karticama</translation>
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
        <translation>Kartica</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Faza</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Traka</translation>
    </message>
    <message>
        <source>Only %1 answers: too few to trust, so this figure is a weak signal.</source>
        <translation>Broj odgovora je samo %1, što je premalo za pouzdan zaključak, pa je ovaj pokazatelj slab signal.</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>Odgovora: %1</translation>
    </message>
</context>
<context>
    <name>waymark::ImportDialog</name>
    <message>
        <source>Rows That Cannot Be Imported</source>
        <translation>Redovi koji ne mogu da se uvezu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) cannot be imported. %1 valid row(s) can.</source>
        <translation>
            <numerusform>%Ln red ne može da se uveze. Ispravnih redova koji mogu da se uvezu: %1.</numerusform>
            <numerusform>%Ln reda ne mogu da se uvezu. Ispravnih redova koji mogu da se uvezu: %1.</numerusform>
            <numerusform>%Ln redova ne može da se uveze. Ispravnih redova koji mogu da se uvezu: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 Valid Rows</source>
        <translation>Uvezi ispravne redove (%1)</translation>
    </message>
    <message>
        <source>Import Customer Lifetime Values</source>
        <translation>Uvoz životnih vrednosti korisnika</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Nije moguće otvoriti %1: %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatski</translation>
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
        <translation>Windows-1251 (ćirilica)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (zapadnoevropsko)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodiranje:</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Zarez ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Tačka i zarez ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>Uspravna crta |</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Razdvajač:</translation>
    </message>
    <message>
        <source>Day first (31.12.2024, 31/12/2024)</source>
        <translation>Prvo dan (31.12.2024, 31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Prvo mesec (12/31/2024)</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>&amp;Datumi:</translation>
    </message>
    <message>
        <source>Choose what each column holds (first row). Columns left at “Ignore” are not imported.</source>
        <translation>Izaberite šta sadrži koja kolona (prvi red). Kolone ostavljene na „Zanemari“ neće biti uvezene.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Uvezi</translation>
    </message>
    <message>
        <source>Choose the encoding the file was saved in (Russian, Ukrainian and Serbian Excel files are often Windows-1251).</source>
        <translation>Izaberite kodiranje u kome je datoteka sačuvana (Excel datoteke na ruskom, ukrajinskom i srpskom često su u kodiranju Windows-1251).</translation>
    </message>
    <message>
        <source>The dates could be day-first or month-first: choose which under “Dates”.</source>
        <translation>Datumi mogu počinjati i danom i mesecom: izaberite redosled pod „Datumi“.</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Zanemari</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Uvoz: %1…</translation>
    </message>
    <message>
        <source>Import Survey Answers</source>
        <translation>Uvoz odgovora iz anketa</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrika:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <source>Nothing can be imported yet: %1</source>
        <translation>Još nema šta da se uveze: %1</translation>
    </message>
    <message>
        <source>Counting the rows of the whole file…</source>
        <translation>Brojanje redova u celoj datoteci…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be imported</source>
        <translation>
            <numerusform>Biće uvezen %Ln red</numerusform>
            <numerusform>Biće uvezena %Ln reda</numerusform>
            <numerusform>Biće uvezeno %Ln redova</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; none refused.</source>
        <comment>N rows will be imported; none refused</comment>
        <translation>%1; nijedan nije odbijen.</translation>
    </message>
    <message>
        <source>%1, %2 refused (first ones below; Import leaves them out).</source>
        <comment>N rows will be imported, M refused</comment>
        <translation>%1, odbijeno: %2 (prvi ispod; uvoz ih izostavlja).</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Ništa ne može da se uveze: %1</translation>
    </message>
</context>
<context>
    <name>waymark::ImportIssueTable</name>
    <message>
        <source>Line</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolona</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>waymark::ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>Uvoz je završen</translation>
    </message>
    <message>
        <source>The dataset “%1” was added to the journey.</source>
        <translation>Skup podataka „%1“ je dodat putu korisnika.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported from %1.</source>
        <translation>
            <numerusform>Uvezen je %Ln red iz %1.</numerusform>
            <numerusform>Uvezena su %Ln reda iz %1.</numerusform>
            <numerusform>Uvezeno je %Ln redova iz %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row was refused.</source>
        <translation>Nijedan red nije odbijen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused: they are not in the dataset.</source>
        <translation>
            <numerusform>Odbijen je %Ln red: nije u skupu podataka.</numerusform>
            <numerusform>Odbijena su %Ln reda: nisu u skupu podataka.</numerusform>
            <numerusform>Odbijeno je %Ln redova: nisu u skupu podataka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (%1) takes the whole import back.</source>
        <translation>Opozovi (%1) poništava ceo uvoz.</translation>
    </message>
    <message>
        <source>The first %1 refused rows are listed.</source>
        <translation>Prikazano je prvih %1 odbijenih redova.</translation>
    </message>
    <message>
        <source>&amp;Show Refused Rows…</source>
        <translation>&amp;Prikaži odbijene redove…</translation>
    </message>
</context>
<context>
    <name>waymark::JourneyInfoDock</name>
    <message>
        <source>Journey</source>
        <translation>Putovanje</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Naslov:</translation>
    </message>
    <message>
        <source>What the customer sets out to do in this journey</source>
        <translation>Šta korisnik želi da postigne na ovom putovanju</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>The currency new cards take (ISO 4217 code)</source>
        <translation>Valuta novih kartica (ISO 4217 kod)</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>Change journey title</source>
        <translation>Promena naslova putovanja</translation>
    </message>
    <message>
        <source>Change journey scenario</source>
        <translation>Promena scenarija putovanja</translation>
    </message>
    <message>
        <source>Change journey currency</source>
        <translation>Promena valute putovanja</translation>
    </message>
    <message>
        <source>The department that owns this journey: shown in the portfolio of a folder of journeys</source>
        <translation>Odeljenje koje je nosilac ovog putovanja: prikazuje se u portfoliju fascikle sa putovanjima</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Nosi&amp;lac:</translation>
    </message>
    <message>
        <source>No owner named</source>
        <translation>Nosilac nije naveden</translation>
    </message>
    <message>
        <source>Change Owner</source>
        <translation>Promena nosioca</translation>
    </message>
</context>
<context>
    <name>waymark::JourneyScene</name>
    <message>
        <source>New card</source>
        <translation>Nova kartica</translation>
    </message>
</context>
<context>
    <name>waymark::JourneyView</name>
    <message>
        <source>Journey canvas</source>
        <translation>Platno putovanja</translation>
    </message>
    <message>
        <source>Rename card</source>
        <translation>Preimenovanje kartice</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Preimenovanje faze</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Preimenovanje trake</translation>
    </message>
</context>
<context>
    <name>waymark::LaneDialog</name>
    <message>
        <source>Lane Properties</source>
        <translation>Svojstva trake</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <source>Customer and front-office lanes sit above the line of visibility; middle and back office below it</source>
        <translation>Trake korisnika i front-ofisa nalaze se iznad linije vidljivosti, a trake midl-ofisa i bek-ofisa ispod nje</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Strana:</translation>
    </message>
    <message>
        <source>(choose a department)</source>
        <translation>(izaberite odeljenje)</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Odeljenje:</translation>
    </message>
    <message>
        <source>Add departments with Journey → Departments… first</source>
        <translation>Prvo dodajte odeljenja preko menija Putovanje → Odeljenja…</translation>
    </message>
    <message>
        <source>A lane needs a name.</source>
        <translation>Traka mora da ima naziv.</translation>
    </message>
    <message>
        <source>Choose the department this lane shows.</source>
        <translation>Izaberite odeljenje koje ova traka prikazuje.</translation>
    </message>
    <message>
        <source>There are no departments yet: add them with Journey → Departments….</source>
        <translation>Još nema odeljenja: dodajte ih preko menija Putovanje → Odeljenja….</translation>
    </message>
    <message>
        <source>Change lane</source>
        <translation>Promena trake</translation>
    </message>
</context>
<context>
    <name>waymark::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jezik</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Jezik sistema</translation>
    </message>
</context>
<context>
    <name>waymark::LifetimeValueDialog</name>
    <message>
        <source>Lifetime Value and Churn</source>
        <translation>Životna vrednost i odlazak korisnika</translation>
    </message>
    <message>
        <source>This journey holds no purchases yet. Import them (customer, date, amount; CSV, Excel or JSON) and Waymark estimates each customer's lifetime value and the chance they are still a customer, with the BG/NBD or Pareto/NBD model and the Gamma-Gamma spend model.</source>
        <translation>Ovo putovanje još nema kupovine. Uvezite ih (korisnik, datum, iznos; CSV, Excel ili JSON) i Waymark će proceniti životnu vrednost svakog korisnika i verovatnoću da je i dalje vaš korisnik, pomoću modela BG/NBD ili Pareto/NBD i Gamma-Gamma modela potrošnje.</translation>
    </message>
    <message>
        <source>Import Purchases…</source>
        <translation>Uvezi kupovine…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Opšti pregled</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Korisnici</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Broj</translation>
    </message>
    <message>
        <source>Mean P(alive)</source>
        <translation>Prosečna P(alive)</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>Prosečni CLV</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Ugroženi</translation>
    </message>
    <message>
        <source>At risk: CLV if retained</source>
        <translation>Ugroženi: CLV ako se zadrže</translation>
    </message>
    <message>
        <source>By NPS category and segment</source>
        <translation>Po NPS kategoriji i segmentu</translation>
    </message>
    <message>
        <source>Why customers leave</source>
        <translation>Zašto korisnici odlaze</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Uklapanje modela</translation>
    </message>
    <message>
        <source>Calibration ends</source>
        <translation>Kraj kalibracije</translation>
    </message>
    <message>
        <source>Purchases after this day are kept aside to check the forecast (the holdout). Unticked: the model learns from every purchase.</source>
        <translation>Kupovine posle ovog dana ostavljaju se po strani za proveru prognoze (kontrolni uzorak). Ako nije označeno, model uči iz svih kupovina.</translation>
    </message>
    <message>
        <source>Lifetime value counts the purchases expected in this many months</source>
        <translation>Životna vrednost obuhvata kupovine očekivane u ovom broju meseci</translation>
    </message>
    <message>
        <source>Annual discount rate: money a year from now is worth this much less than today</source>
        <translation>Godišnja diskontna stopa: koliko novac za godinu dana vredi manje nego danas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dani</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>nedelje</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meseci</translation>
    </message>
    <message>
        <source>The unit the model measures time in; lifetime values do not depend on it</source>
        <translation>Jedinica u kojoj model meri vreme; životne vrednosti ne zavise od nje</translation>
    </message>
    <message>
        <source>Horizon (months)</source>
        <translation>Horizont (meseci)</translation>
    </message>
    <message>
        <source>Discount a year</source>
        <translation>Diskont godišnje</translation>
    </message>
    <message>
        <source>Time unit</source>
        <translation>Jedinica vremena</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parametar</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Procena</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Standardna greška</translation>
    </message>
    <message>
        <source>Touchpoints where customers who are probably gone (P(alive) below %1) answered as detractors, with what those customers would be worth if won back.</source>
        <translation>Dodirne tačke na kojima su korisnici koji su verovatno otišli (P(alive) ispod %1) odgovarali kao kritičari, uz vrednost koju bi ti korisnici imali da se vrate.</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Dodirna tačka</translation>
    </message>
    <message>
        <source>CLV if retained</source>
        <translation>CLV ako se zadrže</translation>
    </message>
    <message>
        <source>Select These Cards on the Map</source>
        <translation>Izaberi ove kartice na mapi</translation>
    </message>
    <message>
        <source>Change Lifetime Value Model</source>
        <translation>Promena modela životne vrednosti</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 customers, %3 of whom bought again, from %4 to %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 korisnika, od kojih je %3 ponovo kupovalo, od %4 do %5.</translation>
    </message>
    <message numerus="yes">
        <source>Lifetime value over the next %n month(s): &lt;b&gt;%1&lt;/b&gt; in all, %2 per customer on average.</source>
        <translation>
            <numerusform>Životna vrednost u narednom periodu od %n meseca: ukupno &lt;b&gt;%1&lt;/b&gt;, u proseku %2 po korisniku.</numerusform>
            <numerusform>Životna vrednost u narednom periodu od %n meseca: ukupno &lt;b&gt;%1&lt;/b&gt;, u proseku %2 po korisniku.</numerusform>
            <numerusform>Životna vrednost u narednom periodu od %n meseci: ukupno &lt;b&gt;%1&lt;/b&gt;, u proseku %2 po korisniku.</numerusform>
        </translation>
    </message>
    <message>
        <source>On average a customer is still buying with a probability of %1; &lt;b&gt;%2&lt;/b&gt; valuable customers are probably gone (at risk), worth %3 if won back.</source>
        <translation>Korisnik u proseku i dalje kupuje sa verovatnoćom od %1; &lt;b&gt;%2&lt;/b&gt; vrednih korisnika je verovatno otišlo (ugroženi), a vredeli bi %3 ako se vrate.</translation>
    </message>
    <message>
        <source>%1 fits these purchases better (log-likelihood %2 against %3).</source>
        <translation>%1 bolje opisuje ove kupovine (log-verodostojnost %2 naspram %3).</translation>
    </message>
    <message>
        <source>Rows: %1 used before the calibration end, %2 after it (the holdout); %3 returns or refunds (negative amounts) left out; %4 worth 0 and %5 repeated rows kept; %6 customers first bought after the calibration end and are not modelled.</source>
        <translation>Redovi: %1 korišćeno pre kraja kalibracije, %2 posle njega (kontrolni uzorak); %3 povraćaja ili refundacija (negativni iznosi) izostavljeno; %4 vrednih 0 i %5 ponovljenih redova zadržano; %6 korisnika je prvi put kupovalo posle kraja kalibracije i nisu modelovani.</translation>
    </message>
    <message>
        <source>log-likelihood</source>
        <translation>log-verodostojnost</translation>
    </message>
    <message numerus="yes">
        <source>Gamma-Gamma spend (%n repeat buyer(s))</source>
        <translation>
            <numerusform>Gamma-Gamma potrošnja (%n kupac koji se vratio)</numerusform>
            <numerusform>Gamma-Gamma potrošnja (%n kupca koji su se vratili)</numerusform>
            <numerusform>Gamma-Gamma potrošnja (%n kupaca koji su se vratili)</numerusform>
        </translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Svi korisnici</translation>
    </message>
    <message>
        <source>No NPS answer</source>
        <translation>Nema NPS odgovora</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>At risk: P(alive) below %1 and, if retained, worth at least %2 (the top quarter of customers).</source>
        <translation>Ugroženi: P(alive) ispod %1 i, ako se zadrže, vrednost od najmanje %2 (gornja četvrtina korisnika).</translation>
    </message>
    <message>
        <source>%1 (no card has this data key)</source>
        <translation>%1 (nijedna kartica nema ovaj ključ podataka)</translation>
    </message>
    <message>
        <source>Import NPS answers with customer ids to see where leaving customers were detractors.</source>
        <translation>Uvezite NPS odgovore sa ID-jevima korisnika da biste videli gde su korisnici koji odlaze bili kritičari.</translation>
    </message>
    <message>
        <source>Holdout after the calibration end: %1 repeat purchases happened, the model expected %2 (%3).</source>
        <translation>Kontrolni uzorak posle kraja kalibracije: obavljeno je %1 ponovljenih kupovina, model je očekivao %2 (%3).</translation>
    </message>
    <message>
        <source>No holdout: set a calibration end before the last purchase to check the forecast against what happened.</source>
        <translation>Nema kontrolnog uzorka: postavite kraj kalibracije pre poslednje kupovine da biste prognozu uporedili sa onim što se desilo.</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers… The NPS categories appear here when they are read.</source>
        <translation>Čitaju se %L1 odgovora iz ankete… NPS kategorije pojaviće se ovde čim odgovori budu učitani.</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value model to %L1 customers…</source>
        <translation>Model životne vrednosti se prilagođava podacima o kupcima (%L1)…</translation>
    </message>
</context>
<context>
    <name>waymark::LinkedJourneyField</name>
    <message>
        <source>Choose…</source>
        <translation>Izaberi…</translation>
    </message>
    <message>
        <source>Link a journey file that details this step (a sub-journey)</source>
        <translation>Povežite datoteku putovanja koja detaljno opisuje ovaj korak (podputovanje)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvori</translation>
    </message>
    <message>
        <source>Open the linked journey</source>
        <translation>Otvori povezano putovanje</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Remove the link (the linked file stays)</source>
        <translation>Ukloni vezu (povezana datoteka ostaje)</translation>
    </message>
    <message>
        <source>None: link a journey that details this step.</source>
        <translation>Nema: povežite putovanje koje detaljno opisuje ovaj korak.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n card(s), customer time %3</source>
        <translation>
            <numerusform>%1 (%2): %n kartica, vreme korisnika %3</numerusform>
            <numerusform>%1 (%2): %n kartice, vreme korisnika %3</numerusform>
            <numerusform>%1 (%2): %n kartica, vreme korisnika %3</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS %1 ± %2</source>
        <translation>NPS %1 ± %2</translation>
    </message>
    <message>
        <source>Cannot follow the link: %1</source>
        <translation>Veza ne može da se prati: %1</translation>
    </message>
    <message>
        <source>Link a Journey</source>
        <translation>Povezivanje putovanja</translation>
    </message>
    <message>
        <source>Save this journey first: the link is kept relative to its folder, so the folder can move.</source>
        <translation>Prvo sačuvajte ovo putovanje: veza se čuva relativno u odnosu na njegovu fasciklu, pa fascikla može da se premesti.</translation>
    </message>
    <message>
        <source>Journeys (*.waymark *.waymark.json)</source>
        <translation>Putovanja (*.waymark *.waymark.json)</translation>
    </message>
    <message>
        <source>A card cannot link to the journey it is on.</source>
        <translation>Kartica ne može da se poveže sa putovanjem na kojem se nalazi.</translation>
    </message>
</context>
<context>
    <name>waymark::LockControls</name>
    <message>
        <source>Lock &amp;Lane</source>
        <translation>Zaključaj &amp;traku</translation>
    </message>
    <message>
        <source>Lock &amp;Stage</source>
        <translation>Zaključaj &amp;fazu</translation>
    </message>
    <message>
        <source>&amp;Freeze the Board</source>
        <translation>&amp;Zamrzni tablu</translation>
    </message>
    <message>
        <source>Only the facilitator locks lanes and stages and freezes the board</source>
        <translation>Samo fasilitator zaključava trake i faze i zamrzava tablu</translation>
    </message>
    <message>
        <source>Click a cell first: the lock is for its lane or stage</source>
        <translation>Prvo kliknite ćeliju: zaključava se njena traka ili faza</translation>
    </message>
    <message>
        <source>Unlock “%1”</source>
        <translation>Otključaj „%1“</translation>
    </message>
    <message>
        <source>Only the facilitators and the lane's department may change the cards in “%1”</source>
        <translation>Kartice u „%1“ moći će da menjaju samo fasilitatori i odeljenje trake</translation>
    </message>
    <message>
        <source>You are a facilitator: you may change them.</source>
        <translation>Vi ste fasilitator: možete da ih menjate.</translation>
    </message>
    <message>
        <source>Freeze the Board</source>
        <translation>Zamrzni tablu</translation>
    </message>
    <message>
        <source>Lock Lane</source>
        <translation>Zaključaj traku</translation>
    </message>
    <message>
        <source>Lock Stage</source>
        <translation>Zaključaj fazu</translation>
    </message>
    <message>
        <source>Why? Everyone sees it (you may leave it empty):</source>
        <translation>Zašto? Svi će to videti (može ostati prazno):</translation>
    </message>
    <message>
        <source>Not locked: %1</source>
        <translation>Nije zaključano: %1</translation>
    </message>
    <message>
        <source>%1 froze the board.</source>
        <translation>%1 je zamrznuo/la tablu.</translation>
    </message>
    <message>
        <source>%1 unfroze the board.</source>
        <translation>%1 je odmrznuo/la tablu.</translation>
    </message>
    <message>
        <source>%1 locked the lane “%2”.</source>
        <translation>%1 je zaključao/la traku „%2“.</translation>
    </message>
    <message>
        <source>%1 unlocked the lane “%2”.</source>
        <translation>%1 je otključao/la traku „%2“.</translation>
    </message>
    <message>
        <source>%1 locked the stage “%2”.</source>
        <translation>%1 je zaključao/la fazu „%2“.</translation>
    </message>
    <message>
        <source>%1 unlocked the stage “%2”.</source>
        <translation>%1 je otključao/la fazu „%2“.</translation>
    </message>
</context>
<context>
    <name>waymark::LockVeil</name>
    <message>
        <source>Frozen by %1%2</source>
        <translation>Zamrznuo/la: %1%2</translation>
    </message>
    <message>
        <source>Locked by %1%2</source>
        <translation>Zaključao/la: %1%2</translation>
    </message>
    <message>
        <source>Only facilitators may change the board while it is frozen.</source>
        <translation>Dok je tabla zamrznuta, mogu je menjati samo fasilitatori.</translation>
    </message>
    <message>
        <source>Only facilitators and the lane's department may change the cards here.</source>
        <translation>Kartice ovde mogu menjati samo fasilitatori i odeljenje ove trake.</translation>
    </message>
</context>
<context>
    <name>waymark::MainWindow</name>
    <message>
        <source>Waymark journeys (*.waymark)</source>
        <translation>Waymark putovanja (*.waymark)</translation>
    </message>
    <message>
        <source>Waymark JSON (*.waymark.json *.json)</source>
        <translation>Waymark JSON (*.waymark.json *.json)</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Novo putovanje</translation>
    </message>
    <message>
        <source>Aware</source>
        <translation>Upoznavanje</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Pristupanje</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Korišćenje</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Odlazak</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Radnje korisnika</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Dodirne tačke</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Bek-ofis</translation>
    </message>
    <message>
        <source>Double-click to edit the title, scenario and persona</source>
        <translation>Dvaput kliknite da biste uredili naslov, scenario i personu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Novi &amp;prozor</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otvori…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Otvori &amp;nedavno</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Sačuvaj &amp;kao…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Uvezi JSON…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>Iz&amp;vezi JSON…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izađi</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Uređivanje</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Putovanje</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>P&amp;rikaz</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Po&amp;moć</translation>
    </message>
    <message>
        <source>&amp;About Waymark</source>
        <translation>&amp;O programu Waymark</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Opozovi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponovi</translation>
    </message>
    <message>
        <source>%1[*] — Waymark</source>
        <translation>%1[*] — Waymark</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>Persone: %1</translation>
    </message>
    <message>
        <source>Could not open the journey</source>
        <translation>Nije moguće otvoriti putovanje</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Otvoreno: %1</translation>
    </message>
    <message>
        <source>Could not save the journey</source>
        <translation>Nije moguće sačuvati putovanje</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sačuvano: %1</translation>
    </message>
    <message>
        <source>Open journey</source>
        <translation>Otvaranje putovanja</translation>
    </message>
    <message>
        <source>Save journey as</source>
        <translation>Čuvanje putovanja pod drugim imenom</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>Uvoz JSON-a</translation>
    </message>
    <message>
        <source>Could not import the journey</source>
        <translation>Nije moguće uvesti putovanje</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Izvoz JSON-a</translation>
    </message>
    <message>
        <source>Could not export the journey</source>
        <translation>Nije moguće izvesti putovanje</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Izvezeno: %1</translation>
    </message>
    <message>
        <source>About Waymark</source>
        <translation>O programu Waymark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;Customer journey maps for workshops: map the journey together, see where it hurts the customer, and put numbers on it.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;Mape putovanja korisnika za radionice: mapirajte putovanje zajedno, uočite gde korisnika boli i izrazite to brojevima.&lt;/p&gt;&lt;p&gt;Napravljeno pomoću Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Datoteka nije pronađena</translation>
    </message>
    <message>
        <source>%1 no longer exists. It was removed from the recent files.</source>
        <translation>%1 više ne postoji. Uklonjena je sa liste nedavnih datoteka.</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Obriši listu</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nesačuvane izmene</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>„%1“ ima nesačuvane izmene. Želite li da ih sačuvate?</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Putovanje bez naslova</translation>
    </message>
    <message>
        <source>Waymark closed without saving changes to the journey “%1”, which had never been saved to a file.
The changes were kept at %2.

Recover them?</source>
        <translation>Waymark je zatvoren bez čuvanja izmena na putovanju „%1“, koje nikada nije sačuvano u datoteku.
Izmene su sačuvane u %2.

Želite li da ih vratite?</translation>
    </message>
    <message>
        <source>Waymark closed without saving changes to the journey “%1” in %2.
The changes were kept at %3.

Recover them?</source>
        <translation>Waymark je zatvoren bez čuvanja izmena na putovanju „%1“ u %2.
Izmene su sačuvane u %3.

Želite li da ih vratite?</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Vratiti nesačuvane izmene?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Vrati</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odbaci</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Kasnije</translation>
    </message>
    <message>
        <source>Could not recover the journey</source>
        <translation>Nije moguće vratiti putovanje</translation>
    </message>
    <message>
        <source>Show &amp;CLV at Risk on the Map</source>
        <translation>Prikaži &amp;ugroženi CLV na mapi</translation>
    </message>
    <message>
        <source>On each card, the lifetime value of the customers who were detractors there (needs NPS and CLV data)</source>
        <translation>Na svakoj kartici: životna vrednost korisnika koji su na njoj bili kritičari (potrebni su NPS i CLV podaci)</translation>
    </message>
    <message>
        <source>No card has the data key “%1”.</source>
        <translation>Nijedna kartica nema ključ podataka „%1“.</translation>
    </message>
    <message>
        <source>Import Customer Lifetime Values</source>
        <translation>Uvoz životnih vrednosti korisnika</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) from %1</source>
        <translation>
            <numerusform>Uvezen je %Ln red iz %1</numerusform>
            <numerusform>Uvezena su %Ln reda iz %1</numerusform>
            <numerusform>Uvezeno je %Ln redova iz %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Izvezi &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;Image (PNG, SVG)…</source>
        <translation>Izvezi &amp;sliku (PNG, SVG)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Š&amp;tampaj…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Pre&amp;gled pre štampe…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s)</source>
        <translation>
            <numerusform>Izvezena je %Ln stranica</numerusform>
            <numerusform>Izvezene su %Ln stranice</numerusform>
            <numerusform>Izvezeno je %Ln stranica</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG slika (*.png)</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Izvoz slike</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG slika (*.png);;SVG crtež (*.svg)</translation>
    </message>
    <message>
        <source>Scale (1 = as on screen at 100 %, 2 = sharp on slides, 3.1 = 300 dpi print; at most %1):</source>
        <translation>Razmera (1 = kao na ekranu pri 100 %, 2 = oštro na slajdovima, 3,1 = štampa od 300 dpi; najviše %1):</translation>
    </message>
    <message>
        <source>The new language applies when you start Waymark again.</source>
        <translation>Novi jezik će se primeniti kada ponovo pokrenete Waymark.</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Workshop</source>
        <translation>Otvori &amp;primer radionice</translation>
    </message>
    <message>
        <source>Could not open the sample workshop</source>
        <translation>Nije moguće otvoriti primer radionice</translation>
    </message>
    <message>
        <source>%1[*] (review) — Waymark</source>
        <translation>%1[*] (pregled) — Waymark</translation>
    </message>
    <message>
        <source>Review mode: the map is read-only; add comments in the Comments dock. Open the file normally to change the map.</source>
        <translation>Režim pregleda: mapa je samo za čitanje; komentare dodajte u panelu „Komentari“. Da biste menjali mapu, otvorite datoteku na uobičajen način.</translation>
    </message>
    <message>
        <source>Open for Re&amp;view…</source>
        <translation>Otvori za &amp;pregled…</translation>
    </message>
    <message>
        <source>Open journey for review</source>
        <translation>Otvaranje putovanja za pregled</translation>
    </message>
    <message>
        <source>Waymark journeys (*.waymark *.waymark.json)</source>
        <translation>Waymark putovanja (*.waymark *.waymark.json)</translation>
    </message>
    <message>
        <source>Read a workshop's result and comment on it without changing the map</source>
        <translation>Pročitajte rezultat radionice i komentarišite ga bez menjanja mape</translation>
    </message>
    <message>
        <source>Compare with &amp;Earlier Version…</source>
        <translation>Uporedi sa &amp;ranijom verzijom…</translation>
    </message>
    <message>
        <source>Review mode: “%1” was not done; the map is read-only. Comments are welcome.</source>
        <translation>Režim pregleda: radnja „%1“ nije izvršena; mapa je samo za čitanje. Komentari su dobrodošli.</translation>
    </message>
    <message>
        <source>Compare with an earlier version</source>
        <translation>Poređenje sa ranijom verzijom</translation>
    </message>
    <message>
        <source>Could not read the earlier version</source>
        <translation>Nije moguće pročitati raniju verziju</translation>
    </message>
    <message>
        <source>%1 holds a different journey: every card shows as added or removed.</source>
        <translation>%1 sadrži drugo putovanje: svaka kartica će biti prikazana kao dodata ili uklonjena.</translation>
    </message>
    <message>
        <source>There is no participant %1: add people in the Workshop dock.</source>
        <translation>Nema učesnika %1: dodajte ljude na panelu „Radionica“.</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Prezentacija</translation>
    </message>
    <message>
        <source>Full screen, stage by stage (Page Down / Page Up), for the projector; Esc leaves</source>
        <translation>Ceo ekran, fazu po fazu (Page Down / Page Up), za projektor; Esc za izlaz</translation>
    </message>
    <message>
        <source>Show Survey &amp;Figures on the Map</source>
        <translation>Prikaži rezultate &amp;anketa na mapi</translation>
    </message>
    <message>
        <source>Badges on cards and stages from the newest dataset of the chosen metric (grey and hatched for small samples)</source>
        <translation>Oznake na karticama i fazama iz najnovijeg skupa podataka izabrane metrike (sive i šrafirane kada je uzorak mali)</translation>
    </message>
    <message>
        <source>Figures on the &amp;Map</source>
        <translation>Po&amp;kazatelji na mapi</translation>
    </message>
    <message>
        <source>Import Survey Answers</source>
        <translation>Uvoz odgovora iz anketa</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.json *.ndjson *.xlsx);;All files (*)</source>
        <translation>Datoteke podataka (*.csv *.tsv *.txt *.json *.ndjson *.xlsx);;Sve datoteke (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s) created from the vote: fill in their costs and effects in the Opportunities dock.</source>
        <translation>
            <numerusform>Iz glasanja je napravljena %n prilika: unesite troškove i efekte u panelu „Prilike“.</numerusform>
            <numerusform>Iz glasanja su napravljene %n prilike: unesite troškove i efekte u panelu „Prilike“.</numerusform>
            <numerusform>Iz glasanja je napravljeno %n prilika: unesite troškove i efekte u panelu „Prilike“.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Opport&amp;unity…</source>
        <translation>Nova pri&amp;lika…</translation>
    </message>
    <message>
        <source>An improvement for the business case: what it costs and what it changes on the map</source>
        <translation>Poboljšanje za poslovni slučaj: koliko košta i šta menja na mapi</translation>
    </message>
    <message>
        <source>&amp;Business Settings…</source>
        <translation>&amp;Poslovna podešavanja…</translation>
    </message>
    <message>
        <source>Customers per year, value of the customer's hour, cost per contact, horizon and discount rate</source>
        <translation>Korisnici godišnje, vrednost sata korisnika, trošak po kontaktu, horizont i diskontna stopa</translation>
    </message>
    <message>
        <source>Review mode: opportunities cannot be added; the journey is read-only.</source>
        <translation>Režim pregleda: prilike ne mogu da se dodaju; putovanje je samo za čitanje.</translation>
    </message>
    <message>
        <source>These cards are not on today's map: only today's cards can be linked to an opportunity.</source>
        <translation>Ove kartice nisu na današnjoj mapi: sa prilikom mogu da se povežu samo današnje kartice.</translation>
    </message>
    <message>
        <source>Journey &amp;State</source>
        <translation>&amp;Stanje putovanja</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Danas</translation>
    </message>
    <message>
        <source>The journey as customers live it today</source>
        <translation>Putovanje onako kako ga korisnici danas proživljavaju</translation>
    </message>
    <message>
        <source>Ctrl+Alt+1</source>
        <translation>Ctrl+Alt+1</translation>
    </message>
    <message>
        <source>&amp;Future</source>
        <translation>&amp;Buduće stanje</translation>
    </message>
    <message>
        <source>The journey with the chosen scenario's opportunities applied</source>
        <translation>Putovanje sa primenjenim prilikama izabranog scenarija</translation>
    </message>
    <message>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <source>&amp;Compare Today and Future</source>
        <translation>&amp;Uporedi danas i buduće stanje</translation>
    </message>
    <message>
        <source>The future map with what changes marked: effort today on changed cards, removed and new steps</source>
        <translation>Buduća mapa sa označenim izmenama: današnji napor na izmenjenim karticama, uklonjeni i novi koraci</translation>
    </message>
    <message>
        <source>Ctrl+Alt+3</source>
        <translation>Ctrl+Alt+3</translation>
    </message>
    <message>
        <source>The future state is a preview of the chosen scenario: switch to Today (Ctrl+Alt+1) to edit the map.</source>
        <translation>Buduće stanje je pregled izabranog scenarija: da biste uređivali mapu, pređite na „Danas“ (Ctrl+Alt+1).</translation>
    </message>
    <message>
        <source>every opportunity</source>
        <translation>svih prilika</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Future state after %1</source>
        <translation>Buduće stanje posle %1</translation>
    </message>
    <message>
        <source>Comparing today with the future after %1</source>
        <translation>Poređenje današnjeg stanja sa budućim posle %1</translation>
    </message>
    <message>
        <source>A read-only preview. Switch back with View → Journey State → Today (Ctrl+Alt+1).</source>
        <translation>Pregled samo za čitanje. Nazad: Prikaz → Stanje putovanja → Danas (Ctrl+Alt+1).</translation>
    </message>
    <message>
        <source>Reload the journey?</source>
        <translation>Ponovo učitati putovanje?</translation>
    </message>
    <message>
        <source>Reload “%1” from disk? Your changes since the last save are lost.</source>
        <translation>Ponovo učitati „%1“ sa diska? Izmene od poslednjeg čuvanja biće izgubljene.</translation>
    </message>
    <message>
        <source>“%1” was removed or renamed on disk by another program. Save writes it again. &lt;a href="hide"&gt;Hide&lt;/a&gt;</source>
        <translation>Drugi program je uklonio ili preimenovao datoteku „%1“ na disku. Kada sačuvate, biće ponovo upisana. &lt;a href="hide"&gt;Sakrij&lt;/a&gt;</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program. &lt;a href="reload"&gt;Reload it&lt;/a&gt; to see those changes (your changes since the last save are lost), or keep working: Save asks before overwriting them. &lt;a href="hide"&gt;Hide&lt;/a&gt;</source>
        <translation>Drugi program je izmenio datoteku „%1“ na disku. &lt;a href="reload"&gt;Ponovo je učitajte&lt;/a&gt; da biste videli te izmene (vaše izmene od poslednjeg čuvanja biće izgubljene) ili nastavite da radite: prilikom čuvanja Waymark će pitati da li da prepiše tuđe izmene. &lt;a href="hide"&gt;Sakrij&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The journey's file was removed on disk.</source>
        <translation>Datoteka putovanja je uklonjena sa diska.</translation>
    </message>
    <message>
        <source>The journey's file changed on disk.</source>
        <translation>Datoteka putovanja je izmenjena na disku.</translation>
    </message>
    <message>
        <source>The file changed on disk</source>
        <translation>Datoteka je izmenjena na disku</translation>
    </message>
    <message>
        <source>%1

It may hold an import or another person's edits. What should happen?</source>
        <translation>%1

Možda sadrži uvezene podatke ili izmene druge osobe. Šta želite da uradite?</translation>
    </message>
    <message>
        <source>Reload: open the file as it is now; your changes since the last save are lost.
Save As: keep both, yours in a new file.
Overwrite: replace the file with yours; the other changes are lost.</source>
        <translation>Ponovo učitaj: otvara datoteku u trenutnom stanju; vaše izmene od poslednjeg čuvanja biće izgubljene.
Sačuvaj kao: čuva obe verzije, vašu u novoj datoteci.
Prepiši: zamenjuje datoteku vašom verzijom; druge izmene biće izgubljene.</translation>
    </message>
    <message>
        <source>Reload (Lose My Changes)</source>
        <translation>Ponovo učitaj (odbaci moje izmene)</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Sačuvaj kao…</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Prepiši</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Podaci</translation>
    </message>
    <message>
        <source>Import &amp;Survey…</source>
        <translation>Uvoz &amp;ankete…</translation>
    </message>
    <message>
        <source>Survey answers of any metric (NPS, CSAT, CES, audits, eNPS, any number) from CSV, TSV, JSON or Excel</source>
        <translation>Odgovori iz anketa za bilo koju metriku (NPS, CSAT, CES, provere, eNPS, bilo koji broj) iz CSV, TSV, JSON ili Excel datoteke</translation>
    </message>
    <message>
        <source>Import C&amp;LV…</source>
        <translation>Uvoz C&amp;LV…</translation>
    </message>
    <message>
        <source>Customer lifetime values from CSV, TSV, JSON or Excel</source>
        <translation>Životna vrednost korisnika iz CSV, TSV, JSON ili Excel datoteke</translation>
    </message>
    <message>
        <source>&amp;Goals…</source>
        <translation>&amp;Ciljevi…</translation>
    </message>
    <message>
        <source>Goals per segment and a benchmark for the metric the data dock shows</source>
        <translation>Ciljevi po segmentima i reper za metriku koju prikazuje panel podataka</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Otvori &amp;fasciklu…</translation>
    </message>
    <message>
        <source>Every journey of a folder at a glance: owner, NPS, CLV at risk, opportunities</source>
        <translation>Sva putovanja u fascikli na jedan pogled: nosilac, NPS, ugroženi CLV, prilike</translation>
    </message>
    <message>
        <source>Import Purchases</source>
        <translation>Uvoz kupovina</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 ne može da se pročita: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; Waymark imports purchase files of at most %3 MiB.</source>
        <translation>%1 ima %2 MiB; Waymark uvozi datoteke kupovina od najviše %3 MiB.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 ne može da se uveze: %2</translation>
    </message>
    <message>
        <source>%1 purchases of %2 customers will be imported from %3.</source>
        <translation>Iz %3 biće uvezeno %1 kupovina od %2 korisnika.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Uvezi</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read and will be left out (see Details).</source>
        <translation>
            <numerusform>%n red ne može da se pročita i biće izostavljen (pogledajte detalje).</numerusform>
            <numerusform>%n reda ne mogu da se pročitaju i biće izostavljena (pogledajte detalje).</numerusform>
            <numerusform>%n redova ne može da se pročita i biće izostavljeno (pogledajte detalje).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln purchase(s) from %1</source>
        <translation>
            <numerusform>Uvezena je %Ln kupovina iz %1</numerusform>
            <numerusform>Uvezene su %Ln kupovine iz %1</numerusform>
            <numerusform>Uvezeno je %Ln kupovina iz %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;Purchases…</source>
        <translation>Uvoz &amp;kupovina…</translation>
    </message>
    <message>
        <source>Purchases (customer, date, amount) for the lifetime value and churn model</source>
        <translation>Kupovine (korisnik, datum, iznos) za model životne vrednosti i odlaska korisnika</translation>
    </message>
    <message>
        <source>Lifetime &amp;Value and Churn…</source>
        <translation>Životna &amp;vrednost i odlazak korisnika…</translation>
    </message>
    <message>
        <source>Each customer's lifetime value and the chance they are still buying, modelled from purchases</source>
        <translation>Životna vrednost svakog korisnika i verovatnoća da i dalje kupuje, modelovano iz kupovina</translation>
    </message>
    <message>
        <source>Open a Folder of Journeys</source>
        <translation>Otvaranje fascikle sa putovanjima</translation>
    </message>
    <message>
        <source>No card's comments use this term distinctly often.</source>
        <translation>Komentari nijedne kartice ne koriste ovaj termin upadljivo često.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) selected where customers use this term distinctly often.</source>
        <translation>
            <numerusform>Izabrana je %n kartica na kojoj korisnici upadljivo često koriste ovaj termin.</numerusform>
            <numerusform>Izabrane su %n kartice na kojima korisnici upadljivo često koriste ovaj termin.</numerusform>
            <numerusform>Izabrano je %n kartica na kojima korisnici upadljivo često koriste ovaj termin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Co&amp;mments</source>
        <translation>Prikaži ko&amp;mentare</translation>
    </message>
    <message>
        <source>What the customers who answered at this card wrote, and the words that set it apart</source>
        <translation>Šta su napisali korisnici koji su odgovarali na ovoj kartici i reči po kojima se ona izdvaja</translation>
    </message>
    <message>
        <source>Show Top &amp;Complaint on Cards</source>
        <translation>Prikaži glavnu pri&amp;tužbu na karticama</translation>
    </message>
    <message>
        <source>On each card, the word its detractors' comments use most distinctly</source>
        <translation>Na svakoj kartici reč koju komentari njenih kritičara koriste najupadljivije</translation>
    </message>
    <message>
        <source>The words that set a card's, stage's or segment's comments apart, and the sentences behind them</source>
        <translation>Reči po kojima se izdvajaju komentari kartice, faze ili segmenta, i rečenice iz kojih potiču</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Novo iz &amp;šablona…</translation>
    </message>
    <message>
        <source>Save as Te&amp;mplate…</source>
        <translation>Sačuvaj kao ša&amp;blon…</translation>
    </message>
    <message>
        <source>Could not create a journey from the template</source>
        <translation>Nije moguće napraviti putovanje iz šablona</translation>
    </message>
    <message>
        <source>A new journey from the template "%1": rename, add and remove anything, then save it.</source>
        <translation>Novo putovanje po šablonu „%1“: preimenujte, dodajte i uklonite šta god želite, pa ga sačuvajte.</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Čuvanje kao šablon</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Naziv šablona:</translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation>Nije moguće sačuvati šablon</translation>
    </message>
    <message>
        <source>Saved the template "%1" without survey data, votes, comments or the business case (%2); File → New from Template… offers it.</source>
        <translation>Šablon „%1“ je sačuvan bez podataka iz anketa, glasanja, komentara i poslovnog slučaja (%2); nudi se u meniju Datoteka → Novo iz šablona…</translation>
    </message>
    <message>
        <source>Edit the selected card's effort, department and notes; Escape goes back to the map</source>
        <translation>Izmeni napor, odeljenje i beleške izabrane kartice; Esc vraća na mapu</translation>
    </message>
    <message>
        <source>Card Pr&amp;operties</source>
        <translation>Svo&amp;jstva kartice</translation>
    </message>
    <message>
        <source>Show &amp;Evidence on the Map</source>
        <translation>Prikaži &amp;osnove na mapi</translation>
    </message>
    <message>
        <source>A mark on each card: what it rests on — an assumption, workshop knowledge, research or measured data (%1 answers or more to its data key)</source>
        <translation>Oznaka na svakoj kartici: na čemu počiva — pretpostavka, znanje sa radionice, istraživanje ili izmereni podaci (najmanje %1 odgovora za njen ključ podataka)</translation>
    </message>
    <message>
        <source>%1[*] — shared on %2 — Waymark</source>
        <translation>%1[*] — zajedničko na %2 — Waymark</translation>
    </message>
    <message>
        <source>P&amp;ublish to Server…</source>
        <translation>Ob&amp;javi na serveru…</translation>
    </message>
    <message>
        <source>Put this journey on your company's PostgreSQL server so that everyone edits it live</source>
        <translation>Stavite putovanje na PostgreSQL server vaše kompanije da bi ga svi uređivali istovremeno</translation>
    </message>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation>Otvori sa s&amp;ervera…</translation>
    </message>
    <message>
        <source>Open a journey shared on a PostgreSQL server and edit it live with the others</source>
        <translation>Otvorite putovanje sa PostgreSQL servera i uređujte ga zajedno sa drugima</translation>
    </message>
    <message>
        <source>Published to %1: this window now shows the shared journey, and every change goes to the server. Others open it with File → Open from Server….</source>
        <translation>Objavljeno na %1: ovaj prozor sada prikazuje zajedničko putovanje i svaka izmena ide na server. Ostali ga otvaraju preko Datoteka → Otvori sa servera….</translation>
    </message>
    <message>
        <source>Opened “%1” from %2.</source>
        <translation>Otvoreno „%1“ sa %2.</translation>
    </message>
    <message>
        <source>Could not open the shared journey</source>
        <translation>Zajedničko putovanje nije moglo da se otvori</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL URL: %2
Write it as postgresql://HOST[:PORT]/DATABASE.</source>
        <translation>„%1“ nije PostgreSQL adresa: %2
Napišite je kao postgresql://HOST[:PORT]/BAZA.</translation>
    </message>
    <message>
        <source>“%1” is not a journey id. `waymark server list %2` shows the journeys there and their ids.</source>
        <translation>„%1“ nije oznaka putovanja. `waymark server list %2` prikazuje putovanja na serveru i njihove oznake.</translation>
    </message>
    <message numerus="yes">
        <source>Connection to %1 lost — trying again in %n s</source>
        <translation>
            <numerusform>Veza sa %1 je prekinuta — novi pokušaj za %n s</numerusform>
            <numerusform>Veza sa %1 je prekinuta — novi pokušaj za %n s</numerusform>
            <numerusform>Veza sa %1 je prekinuta — novi pokušaj za %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 again; the changes made meanwhile are on the map.</source>
        <translation>Ponovo povezano sa %1; izmene napravljene u međuvremenu su na mapi.</translation>
    </message>
    <message>
        <source>● Shared on %1</source>
        <translation>● Zajedničko na %1</translation>
    </message>
    <message>
        <source>Every change goes to the server and reaches everyone who has the journey open.
You: %1 — %2</source>
        <translation>Svaka izmena ide na server i stiže do svih koji imaju otvoreno ovo putovanje.
Vi: %1 — %2</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Nije opozvano: %1</translation>
    </message>
    <message>
        <source>Save a copy of the shared journey</source>
        <translation>Sačuvaj kopiju zajedničkog putovanja</translation>
    </message>
    <message>
        <source>Waymark journeys (*.waymark);;Waymark JSON (*.waymark.json *.json)</source>
        <translation>Waymark putovanja (*.waymark);;Waymark JSON (*.waymark.json *.json)</translation>
    </message>
    <message>
        <source>Saved a copy to %1; the journey stays shared on %2.</source>
        <translation>Kopija je sačuvana u %1; putovanje ostaje zajedničko na %2.</translation>
    </message>
    <message>
        <source>The card's pictures, large: photos of the wall, screenshots, letters</source>
        <translation>Slike kartice, uvećane: fotografije zida, snimci ekrana, pisma</translation>
    </message>
    <message>
        <source>Attach pictures from files to the selected card (or paste one with Ctrl+V, or drop files on it)</source>
        <translation>Priloži slike iz datoteka uz izabranu karticu (ili nalepite sliku sa Ctrl+V ili prevucite datoteke na karticu)</translation>
    </message>
    <message>
        <source>Show P&amp;ictures</source>
        <translation>Prikaži s&amp;like</translation>
    </message>
    <message>
        <source>&amp;Add Pictures…</source>
        <translation>&amp;Dodaj slike…</translation>
    </message>
    <message>
        <source>&amp;Refresh from Server</source>
        <translation>&amp;Osveži sa servera</translation>
    </message>
    <message>
        <source>Count the answers of the datasets that stay in PostgreSQL anew (waymark import … postgresql://…)</source>
        <translation>Ponovo prebroj odgovore skupova podataka koji ostaju u PostgreSQL-u (waymark import … postgresql://…)</translation>
    </message>
    <message>
        <source>This journey has no data from a server to refresh.</source>
        <translation>Ovo putovanje nema podatke sa servera koje bi moglo da se osveži.</translation>
    </message>
    <message numerus="yes">
        <source>Counting %n dataset(s) on the server…</source>
        <translation>
            <numerusform>Brojanje %n skupa podataka na serveru…</numerusform>
            <numerusform>Brojanje %n skupa podataka na serveru…</numerusform>
            <numerusform>Brojanje %n skupova podataka na serveru…</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh data from the server</source>
        <translation>Osveži podatke sa servera</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) refreshed from the server.</source>
        <translation>
            <numerusform>Sa servera je osvežen %n skup podataka.</numerusform>
            <numerusform>Sa servera su osvežena %n skupa podataka.</numerusform>
            <numerusform>Sa servera je osveženo %n skupova podataka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh from Server</source>
        <translation>Osvežavanje sa servera</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Keep working: your changes are kept on this laptop and sent when the connection is back.</source>
        <translation>Veza sa serverom je izgubljena. Nastavite da radite: izmene se čuvaju na ovom laptopu i šalju se kada se veza vrati.</translation>
    </message>
    <message numerus="yes">
        <source>● %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>● %n izmena čeka slanje</numerusform>
            <numerusform>● %n izmene čekaju slanje</numerusform>
            <numerusform>● %n izmena čeka slanje</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept on this laptop until the server takes them.</source>
        <translation>Čuvaju se na ovom laptopu dok ih server ne primi.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n change(s) kept on this laptop</source>
        <translation>
            <numerusform>%1 — %n izmena se čuva na ovom laptopu</numerusform>
            <numerusform>%1 — %n izmene se čuvaju na ovom laptopu</numerusform>
            <numerusform>%1 — %n izmena se čuva na ovom laptopu</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Otvara se %1…</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Izvozi se %1…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Čuva se %1…</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>ovaj računar</translation>
    </message>
    <message>
        <source>this computer (%1)</source>
        <translation>ovaj računar (%1)</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>vaše korisničko ime za prijavu</translation>
    </message>
    <message>
        <source>a query (Show Details)</source>
        <translation>upit (vidite „Prikaži detalje”)</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>tabela %1</translation>
    </message>
    <message>
        <source>• “%1”: %2
   server %3, database %4, as %5</source>
        <translation>• „%1”: %2
   server %3, baza podataka %4, kao %5</translation>
    </message>
    <message>
        <source>“%1”:</source>
        <translation>„%1”:</translation>
    </message>
    <message>
        <source>Read data from a server this journey names?</source>
        <translation>Pročitati podatke sa servera koji ova mapa puta navodi?</translation>
    </message>
    <message>
        <source>Waymark connects as you, with your password from ~/.pgpass, reads only, and keeps the counts in this journey. Connect only if you know where this file comes from.</source>
        <translation>Waymark se povezuje kao vi, sa vašom lozinkom iz ~/.pgpass, samo čita i čuva brojeve u ovoj mapi puta. Povežite se samo ako znate odakle je ova datoteka.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Poveži se</translation>
    </message>
    <message>
        <source>Mem&amp;bers…</source>
        <translation>&amp;Članovi odeljenja…</translation>
    </message>
    <message>
        <source>Who belongs to which department of the shared journey: they may still change their lanes while locked</source>
        <translation>Ko pripada kom odeljenju zajedničkog putovanja: oni mogu da menjaju trake svog odeljenja i dok su zaključane</translation>
    </message>
    <message>
        <source>Only for a journey shared on a server</source>
        <translation>Samo za putovanje koje se deli preko servera</translation>
    </message>
    <message>
        <source>The members are saved on %1.</source>
        <translation>Članovi odeljenja su sačuvani na %1.</translation>
    </message>
    <message>
        <source>%1 changed who belongs to which department.</source>
        <translation>%1 je promenio/la ko pripada kom odeljenju.</translation>
    </message>
    <message>
        <source>Read-only: only facilitators change the members</source>
        <translation>Samo za čitanje: članove odeljenja menjaju fasilitatori</translation>
    </message>
    <message>
        <source>%1[*] — offline copy of the journey shared on %2 — Waymark</source>
        <translation>%1[*] — kopija bez veze putovanja deljenog na %2 — Waymark</translation>
    </message>
    <message>
        <source>All survey answers read</source>
        <translation>Svi odgovori iz ankete su učitani</translation>
    </message>
    <message>
        <source>Survey answers of “%1”</source>
        <translation>Odgovori iz ankete „%1”</translation>
    </message>
    <message>
        <source>%1

It cannot be opened offline either: %2</source>
        <translation>%1

Ni bez veze ne može da se otvori: %2</translation>
    </message>
    <message numerus="yes">
        <source>Offline: this laptop's copy of %1 — trying the server again in %n s</source>
        <translation>
            <numerusform>Bez veze: kopija sa ovog laptopa od %1 — novi pokušaj povezivanja sa serverom za %n s</numerusform>
            <numerusform>Bez veze: kopija sa ovog laptopa od %1 — novi pokušaj povezivanja sa serverom za %n s</numerusform>
            <numerusform>Bez veze: kopija sa ovog laptopa od %1 — novi pokušaj povezivanja sa serverom za %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not answer: this is the copy of the journey this laptop held. Keep working: your changes are kept here and sent when the server answers.</source>
        <translation>%1 ne odgovara: ovo je kopija putovanja sačuvana na ovom laptopu. Nastavite da radite: izmene se čuvaju ovde i šalju se kada server odgovori.</translation>
    </message>
    <message>
        <source>Not redone: %1</source>
        <translation>Nije ponovljeno: %1</translation>
    </message>
    <message>
        <source>Makes your newest undone change again on the server, unless someone changed that thing since</source>
        <translation>Ponovo unosi na server vašu poslednju opozvanu izmenu, osim ako je neko u međuvremenu izmenio istu stvar</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers before saving…</source>
        <translation>Pre čuvanja čitaju se %L1 odgovora iz ankete…</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers the PDF needs…</source>
        <translation>Čitaju se %L1 odgovora iz ankete potrebnih za PDF…</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers the image needs…</source>
        <translation>Čitaju se %L1 odgovora iz ankete potrebnih za sliku…</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers printing needs…</source>
        <translation>Čitaju se %L1 odgovora iz ankete potrebnih za štampu…</translation>
    </message>
    <message>
        <source>Takes back your own newest change on the server (a card, a lock, a vote, a comment, a dot placed or taken back), or while offline the newest one still waiting to be sent; others' changes stay</source>
        <translation>Poništava vašu poslednju izmenu na serveru (kartica, zaključavanje, glasanje, komentar, postavljena ili povučena tačka), a van mreže poslednju koja još čeka slanje; tuđe izmene ostaju</translation>
    </message>
    <message>
        <source>Reading %L1 survey answers in the background (%2 %); the survey figures on the map are already complete, CLV at risk and comments follow…</source>
        <translation>Čitanje %L1 odgovora iz ankete u pozadini (%2 %); brojke iz ankete na mapi su već potpune, ugroženi CLV i komentari stižu uskoro…</translation>
    </message>
</context>
<context>
    <name>waymark::MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation>Legenda mape</translation>
    </message>
    <message>
        <source>Fold or unfold the legend (View → Show Legend hides it)</source>
        <translation>Skupi ili raširi legendu (Prikaz → Prikaži legendu je sakriva)</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation>Prikaži &amp;legendu</translation>
    </message>
    <message>
        <source>Explain the marks on the map in a corner of the canvas</source>
        <translation>Objašnjenje oznaka na mapi u uglu platna</translation>
    </message>
    <message>
        <source>Moment of truth: the customer decides here whether to stay.</source>
        <translation>Trenutak istine: ovde korisnik odlučuje da li ostaje.</translation>
    </message>
    <message>
        <source>Pain point: this step hurts the customer.</source>
        <translation>Bolna tačka: ovaj korak smeta korisniku.</translation>
    </message>
    <message>
        <source>Coloured left bar: the department that owns the step.</source>
        <translation>Obojena traka levo: odeljenje koje je vlasnik koraka.</translation>
    </message>
    <message>
        <source>Numbered circle: the customer's negative emotion, 0 (calm, green) to 10 (upset, red).</source>
        <translation>Krug sa brojem: negativna emocija korisnika, od 0 (mirno, zeleno) do 10 (uznemireno, crveno).</translation>
    </message>
    <message>
        <source>Effort: the time (blue) and money (green) the step costs the customer.</source>
        <translation>Napor: vreme (plavo) i novac (zeleno) koje korak košta korisnika.</translation>
    </message>
    <message>
        <source>Survey figure for the card or stage, ± its 95 % margin, n answers: red worst, green best; grey and hatched: too few answers to trust.</source>
        <translation>Rezultat ankete za karticu ili fazu, ± margina od 95 %, n odgovora: crveno najgore, zeleno najbolje; sivo i šrafirano: premalo odgovora za pouzdan rezultat.</translation>
    </message>
    <message>
        <source>Lifetime value of the customers who were detractors at this card.</source>
        <translation>Životna vrednost korisnika koji su na ovoj kartici bili kritičari.</translation>
    </message>
    <message>
        <source>Violet ring: a card the open vote is about; click it to place a dot.</source>
        <translation>Ljubičasti prsten: kartica o kojoj se glasa; kliknite na nju da postavite tačkicu.</translation>
    </message>
    <message>
        <source>Dots: the vote, in each voter's colour.</source>
        <translation>Tačkice: glasovi, u boji svakog glasača.</translation>
    </message>
    <message>
        <source>Dot on a card's corner: who wrote it, in their colour.</source>
        <translation>Tačkica u uglu kartice: ko ju je napisao, u njegovoj boji.</translation>
    </message>
    <message>
        <source>Speech bubble: open comment threads on the card.</source>
        <translation>Oblačić: otvorene diskusije na kartici.</translation>
    </message>
    <message>
        <source>Heatmap: %1, worst figure red; cards without answers stay white.</source>
        <translation>Toplotna mapa: %1, najgora vrednost crvena; kartice bez odgovora ostaju bele.</translation>
    </message>
    <message>
        <source>Heatmap: %1, pale to red; the ends are capped so one extreme card does not wash out the rest.</source>
        <translation>Toplotna mapa: %1, od blede do crvene; krajevi su ograničeni da jedna ekstremna kartica ne bi izbledela ostale.</translation>
    </message>
    <message>
        <source>Hatched: too few answers to trust the colour.</source>
        <translation>Šrafirano: premalo odgovora da bi se boji moglo verovati.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Bars: what the card rests on — one an assumption, two workshop knowledge, three research, four measured data (%1 answers or more); dashed: not stated.</source>
        <translation>Stubići: na čemu kartica počiva — jedan pretpostavka, dva znanje sa radionice, tri istraživanje, četiri izmereni podaci (najmanje %1 odgovora); isprekidano: nije navedeno.</translation>
    </message>
    <message>
        <source>%1 % of pain points rest on measured data.</source>
        <translation>%1 % bolnih tačaka počiva na izmerenim podacima.</translation>
    </message>
</context>
<context>
    <name>waymark::MembersDialog</name>
    <message>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Učesnik</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Recenzent</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Posmatrač</translation>
    </message>
    <message>
        <source>No Waymark role</source>
        <translation>Nema uloge u Waymark-u</translation>
    </message>
    <message>
        <source>Roles are granted by the database's administrator, not here: GRANT %1 TO %2;</source>
        <translation>Uloge dodeljuje administrator baze podataka, ne ovde: GRANT %1 TO %2;</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>C&amp;hange Department</source>
        <translation>&amp;Premesti u odeljenje</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ukloni</translation>
    </message>
    <message>
        <source>Members of “%1”</source>
        <translation>Članovi odeljenja: „%1“</translation>
    </message>
    <message>
        <source>Who belongs to which department. While a lane is locked, only the facilitators and the members of the lane's department may change its cards.</source>
        <translation>Ko pripada kom odeljenju. Dok je traka zaključana, njene kartice mogu da menjaju samo fasilitatori i članovi odeljenja te trake.</translation>
    </message>
    <message>
        <source>Only facilitators change this list (the server's rule “facilitators-lock”); you see it as it is.</source>
        <translation>Ovaj spisak menjaju samo fasilitatori (pravilo servera „facilitators-lock“); ovde ga vidite kakav jeste.</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Korisnik baze</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Odeljenje</translation>
    </message>
    <message>
        <source>Waymark role</source>
        <translation>Uloga u Waymark-u</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>npr. alice</translation>
    </message>
    <message>
        <source>Adds the user typed above to the department chosen (Enter)</source>
        <translation>Dodaje unetog korisnika u izabrano odeljenje (Enter)</translation>
    </message>
    <message>
        <source>Moves the selected member to the department chosen above</source>
        <translation>Premešta izabranog člana u odeljenje izabrano iznad</translation>
    </message>
    <message>
        <source>Takes the selected members out of their departments (Delete)</source>
        <translation>Uklanja izabrane članove iz njihovih odeljenja (Delete)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>Writes every change to the server at once (Ctrl+S)</source>
        <translation>Upisuje sve izmene na server odjednom (Ctrl+S)</translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation>&amp;Korisnik baze:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Odeljenje:</translation>
    </message>
    <message>
        <source>%1 changed the members just now; the list shows their changes.</source>
        <translation>%1 je upravo promenio/la članove odeljenja; spisak to već prikazuje.</translation>
    </message>
    <message>
        <source>%1 changed the members meanwhile; saving keeps their changes and adds yours.</source>
        <translation>%1 je u međuvremenu promenio/la članove odeljenja; čuvanje zadržava njihove izmene i dodaje vaše.</translation>
    </message>
    <message>
        <source>This journey has no departments, so nobody can be a member of one. Departments are added to the journey before it is published (they are not edited live yet).</source>
        <translation>Ovo putovanje nema odeljenja, pa niko ne može biti njihov član. Odeljenja se dodaju putovanju pre objavljivanja (uživo se još ne uređuju).</translation>
    </message>
    <message>
        <source>The members could not be read: %1</source>
        <translation>Članovi odeljenja nisu mogli da se pročitaju: %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Još nije sačuvano</translation>
    </message>
    <message>
        <source>not a department of this journey (%1)</source>
        <translation>nije odeljenje ovog putovanja (%1)</translation>
    </message>
    <message>
        <source>Roles are granted by the database's administrator (GRANT waymark_participant TO alice;), not here.</source>
        <translation>Uloge dodeljuje administrator baze podataka (GRANT waymark_participant TO alice;), ne ovde.</translation>
    </message>
    <message>
        <source>Not a user of this database yet.</source>
        <translation>Takvog korisnika u ovoj bazi podataka još nema.</translation>
    </message>
    <message>
        <source>Type a database user's name first.</source>
        <translation>Prvo unesite ime korisnika baze podataka.</translation>
    </message>
    <message>
        <source>There is no database user “%1”; did you mean “%2”? (Names are case-sensitive.)</source>
        <translation>Nema korisnika baze podataka „%1“; da li ste mislili „%2“? (Velika i mala slova se razlikuju.)</translation>
    </message>
    <message>
        <source>There is no database user “%1” on this server. The database's administrator creates it (CREATE ROLE %1 LOGIN IN ROLE waymark_participant;).</source>
        <translation>Na ovom serveru nema korisnika baze podataka „%1“. Pravi ga administrator baze podataka (CREATE ROLE %1 LOGIN IN ROLE waymark_participant;).</translation>
    </message>
    <message>
        <source>Choose a department first.</source>
        <translation>Prvo izaberite odeljenje.</translation>
    </message>
    <message>
        <source>%1 is already in “%2”.</source>
        <translation>%1 je već u odeljenju „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet</source>
        <translation>
            <numerusform>%n izmena još nije sačuvana</numerusform>
            <numerusform>%n izmene još nisu sačuvane</numerusform>
            <numerusform>%n izmena još nije sačuvano</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is a member of a department yet.</source>
        <translation>Još niko nije član nekog odeljenja.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n član</numerusform>
            <numerusform>%n člana</numerusform>
            <numerusform>%n članova</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nije sačuvano: %1</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Odbaci izmene</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s) to the members without saving?</source>
        <translation>
            <numerusform>Odbaciti %n izmenu članova odeljenja bez čuvanja?</numerusform>
            <numerusform>Odbaciti %n izmene članova odeljenja bez čuvanja?</numerusform>
            <numerusform>Odbaciti %n izmena članova odeljenja bez čuvanja?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::NpsTargetsDialog</name>
    <message>
        <source>Benchmark</source>
        <translation>Reper</translation>
    </message>
    <message>
        <source>Compare with a benchmark</source>
        <translation>Uporedi s reperom</translation>
    </message>
    <message>
        <source>e.g. Retail banking average 2024, or a competitor's name</source>
        <translation>npr. prosek maloprodajnog bankarstva za 2024. ili naziv konkurenta</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naziv:</translation>
    </message>
    <message>
        <source>Goals per segment</source>
        <translation>Ciljevi po segmentima</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>From quarter</source>
        <translation>Od kvartala</translation>
    </message>
    <message>
        <source>Change per quarter</source>
        <translation>Promena po kvartalu</translation>
    </message>
    <message>
        <source>&amp;Add Goal</source>
        <translation>&amp;Dodaj cilj</translation>
    </message>
    <message>
        <source>&amp;Remove Goal</source>
        <translation>&amp;Ukloni cilj</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>Svi odgovori</translation>
    </message>
    <message>
        <source>Goal %1: “%2” is not a quarter. Write it as year and quarter, for example 2024-Q3.</source>
        <translation>Cilj %1: „%2“ nije kvartal. Upišite godinu i kvartal, na primer 2024-Q3.</translation>
    </message>
    <message>
        <source>%1 Goals and Benchmark</source>
        <translation>Ciljevi za %1 i reper</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Goals per department</source>
        <translation>Ciljevi po odeljenjima</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Odeljenje</translation>
    </message>
    <message>
        <source>Start value</source>
        <translation>Početna vrednost</translation>
    </message>
</context>
<context>
    <name>waymark::OpenFromServerDialog</name>
    <message>
        <source>&amp;Show Journeys</source>
        <translation>&amp;Prikaži putovanja</translation>
    </message>
    <message>
        <source>Open from Server</source>
        <translation>Otvori sa servera</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Putovanje</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Objavljeno</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Objavio</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Poslednja izmena</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <source>Asking %1 for its journeys…</source>
        <translation>Tražimo spisak putovanja od %1…</translation>
    </message>
    <message>
        <source>No journey has been published on %1 yet: File → Publish to Server… puts one there.</source>
        <translation>Na %1 još nema nijednog putovanja: Datoteka → Objavi na serveru… ga stavlja tamo.</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s) on %1. Double-click one to open it.</source>
        <translation>
            <numerusform>%n putovanje na %1. Dvaput kliknite da ga otvorite.</numerusform>
            <numerusform>%n putovanja na %1. Dvaput kliknite na jedno da ga otvorite.</numerusform>
            <numerusform>%n putovanja na %1. Dvaput kliknite na jedno da ga otvorite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::OpportunitiesDock</name>
    <message>
        <source>Opportunities</source>
        <translation>Prilike</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <source>Use in Report</source>
        <translation>Koristi u izveštaju</translation>
    </message>
    <message>
        <source>Show this scenario in the PDF report and in the future state of the map</source>
        <translation>Prikaži ovaj scenario u PDF izveštaju i u budućem stanju mape</translation>
    </message>
    <message>
        <source>New Scenario…</source>
        <translation>Novi scenario…</translation>
    </message>
    <message>
        <source>A named set of opportunities, e.g. “Quick wins”</source>
        <translation>Imenovani skup prilika, npr. „Brze pobede“</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Preimenuj…</translation>
    </message>
    <message>
        <source>Rename the chosen scenario</source>
        <translation>Preimenuj izabrani scenario</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Obriši scenario</translation>
    </message>
    <message>
        <source>Delete the chosen scenario; its opportunities stay</source>
        <translation>Obriši izabrani scenario; njegove prilike ostaju</translation>
    </message>
    <message>
        <source>No opportunities yet. Add one here, right-click a card on the map, or turn the top cards of a closed vote into opportunities (Workshop dock → Vote).</source>
        <translation>Još nema prilika. Dodajte je ovde, kliknite desnim tasterom na karticu na mapi ili pretvorite najbolje rangirane kartice zatvorenog glasanja u prilike (panel „Radionica“ → „Glasanje“).</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>A new opportunity (it joins the chosen scenario)</source>
        <translation>Nova prilika (ulazi u izabrani scenario)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Uredi…</translation>
    </message>
    <message>
        <source>Edit the selected opportunity (or double-click it)</source>
        <translation>Uredi izabranu priliku (ili je dvaput kliknite)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <source>Delete the selected opportunity and take it out of every scenario</source>
        <translation>Obriši izabranu priliku i ukloni je iz svih scenarija</translation>
    </message>
    <message>
        <source>%1 (in the report)</source>
        <translation>%1 (u izveštaju)</translation>
    </message>
    <message>
        <source>All opportunities</source>
        <translation>Sve prilike</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Prikaži…</translation>
    </message>
    <message>
        <source>Tick the opportunities that belong to “%1” in the first column.</source>
        <translation>Štiklirajte u prvoj koloni prilike koje pripadaju scenariju „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>All %n opportunity(s) together:</source>
        <translation>
            <numerusform>Sve prilike zajedno (%n):</numerusform>
            <numerusform>Sve prilike zajedno (%n):</numerusform>
            <numerusform>Sve prilike zajedno (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”, %n opportunity(s):</source>
        <translation>
            <numerusform>„%1“, %n prilika:</numerusform>
            <numerusform>„%1“, %n prilike:</numerusform>
            <numerusform>„%1“, %n prilika:</numerusform>
        </translation>
    </message>
    <message>
        <source>one-off cost %1</source>
        <translation>jednokratni trošak %1</translation>
    </message>
    <message numerus="yes">
        <source>NPV %1 over %n year(s)</source>
        <translation>
            <numerusform>NPV %1 za %n godinu</numerusform>
            <numerusform>NPV %1 za %n godine</numerusform>
            <numerusform>NPV %1 za %n godina</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pays back in %n month(s)</source>
        <translation>
            <numerusform>povraćaj za %n mesec</numerusform>
            <numerusform>povraćaj za %n meseca</numerusform>
            <numerusform>povraćaj za %n meseci</numerusform>
        </translation>
    </message>
    <message>
        <source>no payback within the horizon</source>
        <translation>nema povraćaja u okviru horizonta</translation>
    </message>
    <message>
        <source>Enter the customers per year under Journey → Business Settings to value the benefits.</source>
        <translation>Unesite broj korisnika godišnje u Putovanje → Poslovna podešavanja da biste vrednovali koristi.</translation>
    </message>
    <message>
        <source>Choose scenario for the report</source>
        <translation>Izaberi scenario za izveštaj</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Novi scenario</translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation>Naziv scenarija:</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Brze pobede</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Preimenuj scenario</translation>
    </message>
    <message>
        <source>How Is It Made?…</source>
        <translation>Kako je izračunato?…</translation>
    </message>
    <message>
        <source>Every figure of the selected opportunity's business case with its formula and inputs</source>
        <translation>Svaki pokazatelj poslovnog slučaja izabrane prilike sa formulom i ulaznim podacima</translation>
    </message>
    <message>
        <source>Priorities…</source>
        <translation>Prioriteti…</translation>
    </message>
    <message>
        <source>Value against cost as bubbles (size: CLV at risk) and the ranking by NPV, ROI, payback or dots</source>
        <translation>Vrednost prema trošku kao mehurovi (veličina: ugroženi CLV) i rangiranje po NPV, ROI, povraćaju ili tačkicama</translation>
    </message>
    <message>
        <source>Technology Gap…</source>
        <translation>Tehnološki jaz…</translation>
    </message>
    <message>
        <source>The systems behind the journey: their age, what they cannot do and the pain points they cause</source>
        <translation>Sistemi na kojima počiva putovanje: njihova starost, šta ne mogu da rade i koje bolne tačke izazivaju</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers… Retention and CLV at risk are added when they are read.</source>
        <translation>Čitaju se %L1 odgovora iz ankete… Zadržavanje i ugroženi CLV biće dodati čim odgovori budu učitani.</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value model to %L1 customers… Retention and CLV at risk are added when it is done.</source>
        <translation>Model životne vrednosti se prilagođava podacima o kupcima (%L1)… Zadržavanje i ugroženi CLV biće dodati kada proračun bude gotov.</translation>
    </message>
    <message>
        <source>Matching %L1 survey answers to customers… Retention and CLV at risk are added when they are matched.</source>
        <translation>Odgovori iz ankete (%L1) se povezuju sa kupcima… Zadržavanje i ugroženi CLV biće dodati kada povezivanje bude gotovo.</translation>
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
            <numerusform>%n mesec</numerusform>
            <numerusform>%n meseca</numerusform>
            <numerusform>%n meseci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>nije u okviru %n godine</numerusform>
            <numerusform>nije u okviru %n godine</numerusform>
            <numerusform>nije u okviru %n godina</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the scenario “%1”</source>
        <translation>Deo scenarija „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Net present value over %n year(s) at %1 %: %2</source>
        <translation>
            <numerusform>Neto sadašnja vrednost za %n godinu uz %1 %: %2</numerusform>
            <numerusform>Neto sadašnja vrednost za %n godine uz %1 %: %2</numerusform>
            <numerusform>Neto sadašnja vrednost za %n godina uz %1 %: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Range: %1 – %2</source>
        <translation>Raspon: %1 – %2</translation>
    </message>
    <message>
        <source>Value per year at full run rate: %1</source>
        <translation>Vrednost godišnje pri punom kapacitetu: %1</translation>
    </message>
    <message>
        <source>Tick to put an opportunity into the scenario chosen above</source>
        <translation>Štiklirajte da biste priliku stavili u scenario izabran iznad</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Jednokratni trošak</translation>
    </message>
    <message>
        <source>Months to deliver: the benefits start after them</source>
        <translation>Meseci do realizacije: koristi počinju posle njih</translation>
    </message>
    <message>
        <source>Cards of the map it improves</source>
        <translation>Kartice mape koje poboljšava</translation>
    </message>
    <message>
        <source>Net present value over the business case's horizon (Journey → Business Settings)</source>
        <translation>Neto sadašnja vrednost u horizontu poslovnog slučaja (Putovanje → Poslovna podešavanja)</translation>
    </message>
    <message>
        <source>When the cumulative net turns positive, counted from the start</source>
        <translation>Kada kumulativni neto iznos postane pozitivan, računajući od početka</translation>
    </message>
    <message>
        <source>In</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Prilika</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Nosilac</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Trošak</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Meseci</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Pouzdanost</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kartice</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Povraćaj</translation>
    </message>
</context>
<context>
    <name>waymark::OpportunityDialog</name>
    <message>
        <source>Edit Opportunity</source>
        <translation>Uredi priliku</translation>
    </message>
    <message>
        <source>New Opportunity</source>
        <translation>Nova prilika</translation>
    </message>
    <message>
        <source>What will be done, e.g. “Open the account online”</source>
        <translation>Šta će biti urađeno, npr. „Otvaranje računa onlajn“</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Naslov:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Još nema nosioca</translation>
    </message>
    <message>
        <source>(deleted department)</source>
        <translation>(obrisano odeljenje)</translation>
    </message>
    <message>
        <source>O&amp;wner department:</source>
        <translation>&amp;Odgovorno odeljenje:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>How sure the room is of the benefits: low widens the business case's range to ±50 %, medium ±25 %, high ±10 %</source>
        <translation>Koliko je grupa sigurna u koristi: niska pouzdanost širi raspon poslovnog slučaja na ±50 %, srednja na ±25 %, visoka na ±10 %</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Pouzdanost:</translation>
    </message>
    <message>
        <source>&amp;One-off cost:</source>
        <translation>&amp;Jednokratni trošak:</translation>
    </message>
    <message>
        <source>&amp;Running cost per year:</source>
        <translation>Tekući trošak &amp;godišnje:</translation>
    </message>
    <message>
        <source>The benefits start once it is delivered</source>
        <translation>Koristi počinju kada se realizuje</translation>
    </message>
    <message>
        <source>&amp;Months to deliver:</source>
        <translation>&amp;Meseci do realizacije:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Op&amp;is:</translation>
    </message>
    <message>
        <source>Survey verbatims, complaint counts, what was said in the room…</source>
        <translation>Doslovni odgovori iz anketa, broj pritužbi, šta je rečeno u grupi…</translation>
    </message>
    <message>
        <source>&amp;Evidence and notes:</source>
        <translation>&amp;Dokazi i beleške:</translation>
    </message>
    <message>
        <source>Systems it chan&amp;ges:</source>
        <translation>Sistemi koje m&amp;enja:</translation>
    </message>
    <message>
        <source>Cards it &amp;improves (%1)</source>
        <translation>Kartice koje pobolj&amp;šava (%1)</translation>
    </message>
    <message>
        <source>&amp;New steps (%1)</source>
        <translation>Novi &amp;koraci (%1)</translation>
    </message>
</context>
<context>
    <name>waymark::ParticipantsPanel</name>
    <message>
        <source>No.</source>
        <translation>Br.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Odeljenje</translation>
    </message>
    <message>
        <source>Click someone to give them the floor (or press their number); click again to take it back.
Double-click the name to rename, the colour to change it, the department to move them.</source>
        <translation>Kliknite na osobu da biste joj dali reč (ili pritisnite njen broj); ponovnim klikom joj oduzimate reč.
Dvaput kliknite na ime da biste ga promenili, na boju da biste je izmenili, a na odeljenje da biste osobu premestili.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>Preimenovanje učesnika</translation>
    </message>
    <message>
        <source>Change participant colour</source>
        <translation>Promena boje učesnika</translation>
    </message>
    <message>
        <source>%1 wrote cards and placed dots, so they stay on the list: their contributions keep their name.</source>
        <translation>%1 ostaje na listi jer ima napisane kartice i postavljene tačkice: uz te doprinose ostaje ime autora.</translation>
    </message>
    <message numerus="yes">
        <source>%1 wrote %Ln card(s), so they stay on the list: the cards keep their author.</source>
        <translation>
            <numerusform>%1 ostaje na listi jer ima %Ln napisanu karticu, pa se autorstvo čuva.</numerusform>
            <numerusform>%1 ostaje na listi jer ima %Ln napisane kartice, pa se autorstvo čuva.</numerusform>
            <numerusform>%1 ostaje na listi jer ima %Ln napisanih kartica, pa se autorstvo čuva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 placed %Ln dot(s), so they stay on the list: the votes keep their voter.</source>
        <translation>
            <numerusform>%1 ostaje na listi jer ima %Ln postavljenu tačkicu, pa se zna ko je glasao.</numerusform>
            <numerusform>%1 ostaje na listi jer ima %Ln postavljene tačkice, pa se zna ko je glasao.</numerusform>
            <numerusform>%1 ostaje na listi jer ima %Ln postavljenih tačkica, pa se zna ko je glasao.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln kartica</numerusform>
            <numerusform>%Ln kartice</numerusform>
            <numerusform>%Ln kartica</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln komentar</numerusform>
            <numerusform>%Ln komentara</numerusform>
            <numerusform>%Ln komentara</numerusform>
        </translation>
    </message>
    <message>
        <source>Not heard yet: %1</source>
        <translation>Još se nisu oglasili: %1</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Dodavanje učesnika</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(bez odeljenja)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Odeljenje:</translation>
    </message>
    <message>
        <source>Contributions by department</source>
        <translation>Doprinosi po odeljenjima</translation>
    </message>
    <message>
        <source>The journey has no departments yet.</source>
        <translation>Putovanje još nema odeljenja.</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Boja učesnika %1</translation>
    </message>
    <message>
        <source>Change participant's department</source>
        <translation>Promena odeljenja učesnika</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>Uklanjanje učesnika</translation>
    </message>
</context>
<context>
    <name>waymark::PersonaCards</name>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;Persone</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>No personas yet. Add one for each kind of customer who goes through this journey: the map can then show the journey as each of them lives it.</source>
        <translation>Još nema persona. Dodajte po jednu za svaku vrstu klijenata koji prolaze kroz ovo putovanje — mapa tada može da prikaže putovanje onako kako ga svako od njih doživljava.</translation>
    </message>
    <message>
        <source>&amp;Add Persona</source>
        <translation>&amp;Dodaj personu</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>U&amp;kloni</translation>
    </message>
    <message>
        <source>Remove the chosen persona (Delete in the list); the cards stay on the map</source>
        <translation>Ukloni izabranu personu (Delete u listi); kartice ostaju na mapi</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nova persona</translation>
    </message>
    <message>
        <source>Remove Persona</source>
        <translation>Ukloni personu</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is named on %n card(s).</source>
        <translation>
            <numerusform>„%1“ je navedena na %n kartici.</numerusform>
            <numerusform>„%1“ je navedena na %n kartice.</numerusform>
            <numerusform>„%1“ je navedena na %n kartica.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing the persona takes it off those cards along with its own emotions there; a card left naming nobody happens to every persona. Undo brings it all back.</source>
        <translation>Uklanjanjem persona nestaje sa tih kartica zajedno sa svojim emocijama na njima; kartica na kojoj ne ostane nijedna persona važi za sve persone. Poništavanje vraća sve.</translation>
    </message>
</context>
<context>
    <name>waymark::PersonaEditor</name>
    <message>
        <source>Pictures (%1)</source>
        <translation>Slike (%1)</translation>
    </message>
    <message>
        <source>C&amp;hoose Photo…</source>
        <translation>Iza&amp;beri fotografiju…</translation>
    </message>
    <message>
        <source>A photo or drawing that stands for this persona (PNG, JPEG, GIF, BMP); it is downscaled and its location data removed</source>
        <translation>Fotografija ili crtež koji predstavlja ovu personu (PNG, JPEG, GIF, BMP); slika se smanjuje, a podaci o mestu snimanja uklanjaju</translation>
    </message>
    <message>
        <source>Remo&amp;ve Photo</source>
        <translation>&amp;Ukloni fotografiju</translation>
    </message>
    <message>
        <source>Who goes through this journey</source>
        <translation>Ko prolazi kroz ovo putovanje</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <source>Age, situation, how they deal with the company</source>
        <translation>Godine, okolnosti, kako posluje sa kompanijom</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <source>What they want to get done, and by when</source>
        <translation>Šta želi da postigne i do kada</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Ciljevi:</translation>
    </message>
    <message>
        <source>What gets in their way</source>
        <translation>Šta mu smeta</translation>
    </message>
    <message>
        <source>&amp;Frustrations:</source>
        <translation>&amp;Frustracije:</translation>
    </message>
    <message>
        <source>Change persona description</source>
        <translation>Promena opisa persone</translation>
    </message>
    <message>
        <source>Change persona goals</source>
        <translation>Promena ciljeva persone</translation>
    </message>
    <message>
        <source>Change persona frustrations</source>
        <translation>Promena frustracija persone</translation>
    </message>
    <message>
        <source>No photo of %1</source>
        <translation>Nema fotografije: %1</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Fotografija: %1</translation>
    </message>
    <message>
        <source>Drop a picture here, or choose one</source>
        <translation>Prevucite sliku ovde ili je izaberite</translation>
    </message>
    <message>
        <source>%1 — drop another picture here to replace it</source>
        <translation>%1 — prevucite drugu sliku ovde da biste je zamenili</translation>
    </message>
    <message>
        <source>A persona needs a name: the map's persona filter and cards show it. Escape brings the old one back.</source>
        <translation>Persona mora imati ime: prikazuju ga filter persona i kartice. Esc vraća prethodno.</translation>
    </message>
    <message>
        <source>Rename persona</source>
        <translation>Preimenovanje persone</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Sve datoteke (*)</translation>
    </message>
    <message>
        <source>The photo was not taken. %1</source>
        <translation>Fotografija nije dodata. %1</translation>
    </message>
    <message>
        <source>Reading the photo…</source>
        <translation>Fotografija se učitava…</translation>
    </message>
    <message>
        <source>Change persona photo</source>
        <translation>Promena fotografije persone</translation>
    </message>
    <message>
        <source>Remove persona photo</source>
        <translation>Uklanjanje fotografije persone</translation>
    </message>
</context>
<context>
    <name>waymark::PersonasField</name>
    <message>
        <source>The personas this step happens to; with none ticked it happens to every persona</source>
        <translation>Persone kojima se ovaj korak dešava; ako nijedna nije označena, dešava se svima</translation>
    </message>
    <message>
        <source>(unnamed persona)</source>
        <translation>(persona bez imena)</translation>
    </message>
    <message>
        <source>Every Persona</source>
        <translation>Sve persone</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Sve persone</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Za koga:</translation>
    </message>
</context>
<context>
    <name>waymark::PictureImporter</name>
    <message>
        <source>Pictures (%1)</source>
        <translation>Slike (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Sve datoteke (*)</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n picture(s)…</source>
        <translation>
            <numerusform>Dodaje se %n slika…</numerusform>
            <numerusform>Dodaju se %n slike…</numerusform>
            <numerusform>Dodaje se %n slika…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Add Pictures</source>
        <translation>Dodavanje slika</translation>
    </message>
    <message>
        <source>The card was deleted while its pictures were being read.</source>
        <translation>Kartica je obrisana dok su se njene slike učitavale.</translation>
    </message>
    <message numerus="yes">
        <source>A card holds at most %1 pictures: %n picture(s) were left out.</source>
        <translation>
            <numerusform>Kartica može da ima najviše %1 slika: %n slika nije dodata.</numerusform>
            <numerusform>Kartica može da ima najviše %1 slika: %n slike nisu dodate.</numerusform>
            <numerusform>Kartica može da ima najviše %1 slika: %n slika nije dodato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pictures Not Added</source>
        <translation>Slike nisu dodate</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) were added; some were not:</source>
        <translation>
            <numerusform>Dodata je %n slika; neke nisu:</numerusform>
            <numerusform>Dodate su %n slike; neke nisu:</numerusform>
            <numerusform>Dodato je %n slika; neke nisu:</numerusform>
        </translation>
    </message>
    <message>
        <source>No picture was added:</source>
        <translation>Nijedna slika nije dodata:</translation>
    </message>
</context>
<context>
    <name>waymark::PictureViewer</name>
    <message>
        <source>Picture</source>
        <translation>Slika</translation>
    </message>
    <message>
        <source>What the picture shows (a caption for the map and the PDF)</source>
        <translation>Šta slika prikazuje (natpis za mapu i PDF)</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Natpis:</translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation>← P&amp;rethodna</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>S&amp;ledeća →</translation>
    </message>
    <message>
        <source>&amp;Add Pictures…</source>
        <translation>&amp;Dodaj slike…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Sačuvaj kao…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ukloni</translation>
    </message>
    <message>
        <source>The previous picture (Left arrow)</source>
        <translation>Prethodna slika (strelica levo)</translation>
    </message>
    <message>
        <source>The next picture (Right arrow)</source>
        <translation>Sledeća slika (strelica desno)</translation>
    </message>
    <message>
        <source>Add pictures from files; you can also paste one (Ctrl+V) or drop files here</source>
        <translation>Dodaj slike iz datoteka; možete i da nalepite sliku (Ctrl+V) ili prevučete datoteke ovde</translation>
    </message>
    <message>
        <source>Save this picture as a file</source>
        <translation>Sačuvaj ovu sliku kao datoteku</translation>
    </message>
    <message>
        <source>Take this picture off the card (Delete); Undo brings it back</source>
        <translation>Ukloni ovu sliku sa kartice (Delete); „Opozovi” je vraća</translation>
    </message>
    <message>
        <source>Pictures — %1</source>
        <translation>Slike — %1</translation>
    </message>
    <message>
        <source>untitled card</source>
        <translation>kartica bez naslova</translation>
    </message>
    <message>
        <source>The card has no pictures yet. Add them from files, paste one (Ctrl+V) or drop files here.</source>
        <translation>Kartica još nema slika. Dodajte ih iz datoteka, nalepite sliku (Ctrl+V) ili prevucite datoteke ovde.</translation>
    </message>
    <message>
        <source>The card has no pictures.</source>
        <translation>Kartica nema slika.</translation>
    </message>
    <message>
        <source>This picture cannot be shown: %1</source>
        <translation>Ova slika ne može da se prikaže: %1</translation>
    </message>
    <message>
        <source>Picture %1 of %2 · %3 × %4 px</source>
        <translation>Slika %1 od %2 · %3 × %4 px</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>slika</translation>
    </message>
    <message>
        <source>Save Picture As</source>
        <translation>Sačuvaj sliku kao</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG slika (*.png)</translation>
    </message>
    <message>
        <source>JPEG picture (*.jpg *.jpeg)</source>
        <translation>JPEG slika (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Picture Not Saved</source>
        <translation>Slika nije sačuvana</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Nije moguće sačuvati %1: %2</translation>
    </message>
    <message>
        <source>Make &amp;First</source>
        <translation>Prikaži na &amp;kartici</translation>
    </message>
    <message>
        <source>Make this the first picture: the one shown on the card (Ctrl+Home). Ctrl+Left and Ctrl+Right move it one place.</source>
        <translation>Učinite ovu sliku prvom — onom koja se prikazuje na kartici (Ctrl+Home). Ctrl+levo i Ctrl+desno je pomeraju za jedno mesto.</translation>
    </message>
</context>
<context>
    <name>waymark::PicturesField</name>
    <message>
        <source>Pictures</source>
        <translation>Slike</translation>
    </message>
    <message>
        <source>Double-click a picture to see it large; drop picture files here to add them</source>
        <translation>Dvaput kliknite na sliku da je vidite uvećanu; prevucite datoteke sa slikama ovde da ih dodate</translation>
    </message>
    <message>
        <source>None yet: add a photo of the wall, a screenshot or a letter.</source>
        <translation>Još nema: dodajte fotografiju zida, snimak ekrana ili pismo.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Add pictures from files (you can also drop them here, or paste one on the card)</source>
        <translation>Dodaj slike iz datoteka (možete ih i prevući ovde ili nalepiti sliku na karticu)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Take the selected picture off the card (Delete)</source>
        <translation>Ukloni izabranu sliku sa kartice (Delete)</translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation>Slika %1</translation>
    </message>
    <message>
        <source>Add pictures to the card: a photo of the wall, a screenshot, a letter (you can also paste one with Ctrl+V or drop files on the card)</source>
        <translation>Dodaj slike na karticu: fotografiju zida, snimak ekrana, pismo (možete i da nalepite sliku sa Ctrl+V ili prevučete datoteke na karticu)</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Dodaj slike</translation>
    </message>
</context>
<context>
    <name>waymark::PortfolioDialog</name>
    <message>
        <source>Journeys in %1</source>
        <translation>Putovanja u %1</translation>
    </message>
    <message>
        <source>Filter by journey, owner or file…</source>
        <translation>Filtriraj po putovanju, nosiocu ili datoteci…</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Mreža</translation>
    </message>
    <message>
        <source>Show the journeys as cards instead of a table</source>
        <translation>Prikaži putovanja kao kartice umesto tabele</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Osveži</translation>
    </message>
    <message>
        <source>Read the folder again (F5)</source>
        <translation>Ponovo pročitaj fasciklu (F5)</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s) in this folder.</source>
        <translation>
            <numerusform>U ovoj fascikli je %n putovanje.</numerusform>
            <numerusform>U ovoj fascikli su %n putovanja.</numerusform>
            <numerusform>U ovoj fascikli je %n putovanja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read; they are listed in red with the reason.</source>
        <translation>
            <numerusform>%n datoteka ne može da se pročita; navedena je crvenom bojom, uz razlog.</numerusform>
            <numerusform>%n datoteke ne mogu da se pročitaju; navedene su crvenom bojom, uz razlog.</numerusform>
            <numerusform>%n datoteka ne može da se pročita; navedene su crvenom bojom, uz razlog.</numerusform>
        </translation>
    </message>
    <message>
        <source>No journeys (.waymark or .waymark.json files) in this folder.</source>
        <translation>U ovoj fascikli nema putovanja (datoteka .waymark ili .waymark.json).</translation>
    </message>
    <message>
        <source>Reading the journeys…</source>
        <translation>Čitanje putovanja…</translation>
    </message>
</context>
<context>
    <name>waymark::PortfolioModel</name>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Ne može da se pročita: %1</translation>
    </message>
    <message>
        <source>No owner named</source>
        <translation>Nosilac nije naveden</translation>
    </message>
    <message>
        <source>No NPS data</source>
        <translation>Nema NPS podataka</translation>
    </message>
    <message>
        <source>%1 %2 at risk</source>
        <translation>Ugroženo: %1 %2</translation>
    </message>
    <message>
        <source>%1 stages, %2 cards</source>
        <translation>Faza: %1, kartica: %2</translation>
    </message>
    <message>
        <source>Customer time: %1</source>
        <translation>Vreme korisnika: %1</translation>
    </message>
    <message>
        <source>No opportunities yet</source>
        <translation>Još nema prilika</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n ideja</numerusform>
            <numerusform>%n ideje</numerusform>
            <numerusform>%n ideja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n odobrena</numerusform>
            <numerusform>%n odobrene</numerusform>
            <numerusform>%n odobrenih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n u toku</numerusform>
            <numerusform>%n u toku</numerusform>
            <numerusform>%n u toku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n završena</numerusform>
            <numerusform>%n završene</numerusform>
            <numerusform>%n završenih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measured</source>
        <translation>
            <numerusform>%n sa izmerenim efektom</numerusform>
            <numerusform>%n sa izmerenim efektom</numerusform>
            <numerusform>%n sa izmerenim efektom</numerusform>
        </translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Putovanje</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Nosilac</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Poslednje čuvanje</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Faze</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kartice</translation>
    </message>
    <message>
        <source>Customer time</source>
        <translation>Vreme korisnika</translation>
    </message>
    <message>
        <source>NPS ± margin</source>
        <translation>NPS ± margina</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>Ugroženi CLV</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Otvoreni komentari</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Prilike</translation>
    </message>
    <message>
        <source>Being done</source>
        <translation>Napredak</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
</context>
<context>
    <name>waymark::PresentationMode</name>
    <message>
        <source>Untitled stage</source>
        <translation>Faza bez naziva</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Faza %1 od %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Opšti pregled</translation>
    </message>
    <message>
        <source>The whole journey</source>
        <translation>Celo putovanje</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Vreme je isteklo</translation>
    </message>
    <message>
        <source>Time left %1</source>
        <translation>Preostalo vreme: %1</translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation>Pauzirano na %1</translation>
    </message>
</context>
<context>
    <name>waymark::PrioritiesDialog</name>
    <message>
        <source>Priorities: every opportunity</source>
        <translation>Prioriteti: sve prilike</translation>
    </message>
    <message>
        <source>Priorities: “%1”</source>
        <translation>Prioriteti: „%1“</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Neto sadašnja vrednost</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Povrat ulaganja</translation>
    </message>
    <message>
        <source>Payback (soonest first)</source>
        <translation>Povraćaj (najbrži prvo)</translation>
    </message>
    <message>
        <source>The workshop's dots</source>
        <translation>Tačkice sa radionice</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>&amp;Rangiraj po:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Br.</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Prilika</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Jednokratni trošak</translation>
    </message>
    <message>
        <source>Value per year</source>
        <translation>Vrednost godišnje</translation>
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
        <translation>Povraćaj</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Tačkice</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>Ugroženi CLV</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>%1. mesec</translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>nije u okviru %n godine</numerusform>
            <numerusform>nije u okviru %n godine</numerusform>
            <numerusform>nije u okviru %n godina</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::PropertiesDock</name>
    <message>
        <source>Properties</source>
        <translation>Svojstva</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Naslov:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>The department that owns this step</source>
        <translation>Odeljenje zaduženo za ovaj korak</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>O&amp;deljenje:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Vreme:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>npr. %1</translation>
    </message>
    <message>
        <source>What this step costs the customer</source>
        <translation>Koliko ovaj korak košta korisnika</translation>
    </message>
    <message>
        <source>Currency (ISO 4217 code)</source>
        <translation>Valuta (ISO 4217 kod)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>&amp;Money:</source>
        <translation>&amp;Novac:</translation>
    </message>
    <message>
        <source>Negative emotion: 0 none, 10 worst</source>
        <translation>Negativna emocija: 0 — nikakva, 10 — najgora</translation>
    </message>
    <message>
        <source>Negative emotion</source>
        <translation>Negativna emocija</translation>
    </message>
    <message>
        <source>Negative &amp;emotion:</source>
        <translation>Negativna &amp;emocija:</translation>
    </message>
    <message>
        <source>P&amp;ain point</source>
        <translation>&amp;Bolna tačka</translation>
    </message>
    <message>
        <source>This step hurts the customer</source>
        <translation>Ovaj korak korisniku zadaje muke</translation>
    </message>
    <message>
        <source>Moment of t&amp;ruth</source>
        <translation>Trenutak &amp;istine</translation>
    </message>
    <message>
        <source>A step that decides whether the customer stays</source>
        <translation>Korak koji odlučuje da li će korisnik ostati</translation>
    </message>
    <message>
        <source>Imported survey (NPS) rows attach to the card through this key</source>
        <translation>Uvezeni redovi ankete (NPS) povezuju se s karticom preko ovog ključa</translation>
    </message>
    <message>
        <source>Data &amp;key:</source>
        <translation>Ključ &amp;podataka:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Be&amp;leške:</translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected</source>
        <translation>
            <numerusform>Izabrana je %n kartica</numerusform>
            <numerusform>Izabrane su %n kartice</numerusform>
            <numerusform>Izabrano je %n kartica</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card to edit it</source>
        <translation>Izaberite karticu da biste je uredili</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nema</translation>
    </message>
    <message>
        <source>Change card title</source>
        <translation>Promena naslova kartice</translation>
    </message>
    <message>
        <source>Change card description</source>
        <translation>Promena opisa kartice</translation>
    </message>
    <message>
        <source>Change card channel</source>
        <translation>Promena kanala kartice</translation>
    </message>
    <message>
        <source>Change card department</source>
        <translation>Promena odeljenja kartice</translation>
    </message>
    <message>
        <source>Change card time</source>
        <translation>Promena vremena kartice</translation>
    </message>
    <message>
        <source>Change card cost</source>
        <translation>Promena troška kartice</translation>
    </message>
    <message>
        <source>Change card currency</source>
        <translation>Promena valute kartice</translation>
    </message>
    <message>
        <source>Change negative emotion</source>
        <translation>Promena negativne emocije</translation>
    </message>
    <message>
        <source>Mark card as pain point</source>
        <translation>Označavanje kartice kao bolne tačke</translation>
    </message>
    <message>
        <source>Unmark card as pain point</source>
        <translation>Uklanjanje oznake bolne tačke s kartice</translation>
    </message>
    <message>
        <source>Mark card as moment of truth</source>
        <translation>Označavanje kartice kao trenutka istine</translation>
    </message>
    <message>
        <source>Unmark card as moment of truth</source>
        <translation>Uklanjanje oznake trenutka istine s kartice</translation>
    </message>
    <message>
        <source>Change card data key</source>
        <translation>Promena ključa podataka kartice</translation>
    </message>
    <message>
        <source>Change card notes</source>
        <translation>Promena beleški kartice</translation>
    </message>
    <message>
        <source>Edit system card</source>
        <translation>Uredi sistemsku karticu</translation>
    </message>
    <message>
        <source>e.g. 90, 1h 30m or 3 days</source>
        <translation>npr. 90, 1 sat 30 min ili 3 dana</translation>
    </message>
    <message>
        <source>How long this step takes the customer: minutes (90), hours and minutes (1h 30m), h:mm (1:30), or days and weeks for waits (3 days, 1w 2d; a day is 24 hours)</source>
        <translation>Koliko vremena ovaj korak oduzima korisniku: minuti (90), sati i minuti (1 sat 30 min), č:mm (1:30) ili dani i nedelje za čekanje (3 dana, 1 ned 2 d; dan traje 24 sata)</translation>
    </message>
    <message>
        <source>Details in:</source>
        <translation>Detalji u:</translation>
    </message>
    <message>
        <source>Remove linked journey</source>
        <translation>Ukloni povezano putovanje</translation>
    </message>
    <message>
        <source>Link a journey</source>
        <translation>Poveži putovanje</translation>
    </message>
    <message>
        <source>Rests &amp;on:</source>
        <translation>Osnov&amp;a:</translation>
    </message>
    <message>
        <source>Change what the card rests on</source>
        <translation>Promeni osnovu kartice</translation>
    </message>
    <message>
        <source>Change a persona's negative emotion</source>
        <translation>Promeni negativnu emociju persone</translation>
    </message>
    <message>
        <source>Change who the step happens to</source>
        <translation>Promeni kome se korak dešava</translation>
    </message>
    <message>
        <source>What %1 feels here (the card's own: %2)</source>
        <translation>Šta %1 ovde oseća (na kartici: %2)</translation>
    </message>
    <message>
        <source>Pict&amp;ures:</source>
        <translation>Sli&amp;ke:</translation>
    </message>
</context>
<context>
    <name>waymark::PublishDialog</name>
    <message>
        <source>Publish to Server</source>
        <translation>Objavi na serveru</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; goes to a PostgreSQL database your company runs. Everyone who opens it from there edits it live from their own laptop; what each person may do is set by the database's roles. Your file stays as it is.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ide u PostgreSQL bazu vaše kompanije. Svi koji ga otvore odatle uređuju ga istovremeno sa svojih laptopova; ko šta sme određuju uloge u bazi. Vaša datoteka ostaje kakva jeste.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Objavi</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Objavljivanje na %1…</translation>
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
        <translation>uključeno</translation>
    </message>
    <message>
        <source>off</source>
        <translation>isključeno</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ništa</translation>
    </message>
    <message>
        <source>another value</source>
        <translation>druga vrednost</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>komentar</translation>
    </message>
    <message>
        <source>a dot</source>
        <translation>tačkica glasanja</translation>
    </message>
    <message>
        <source>the new card</source>
        <translation>nova kartica</translation>
    </message>
    <message>
        <source>the deletion</source>
        <translation>brisanje</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made while offline reached the server</source>
        <translation>
            <numerusform>%n izmena napravljena bez veze stigla je na server</numerusform>
            <numerusform>%n izmene napravljene bez veze stigle su na server</numerusform>
            <numerusform>%n izmena napravljenih bez veze stiglo je na server</numerusform>
        </translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Veza je ponovo tu</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n met changes by others (see the report)</source>
        <translation>
            <numerusform>%1; %n se sudarila sa tuđim izmenama (vidite izveštaj)</numerusform>
            <numerusform>%1; %n su se sudarile sa tuđim izmenama (vidite izveštaj)</numerusform>
            <numerusform>%1; %n se sudarilo sa tuđim izmenama (vidite izveštaj)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n still wait for the connection</source>
        <translation>
            <numerusform>%1; %n još čeka vezu</numerusform>
            <numerusform>%1; %n još čekaju vezu</numerusform>
            <numerusform>%1; %n još čeka vezu</numerusform>
        </translation>
    </message>
    <message>
        <source>Yours: %1 (theirs was %2)</source>
        <translation>Vaše: %1 (njihovo je bilo %2)</translation>
    </message>
    <message>
        <source>Theirs: %1 (yours was %2)</source>
        <translation>Njihovo: %1 (vaše je bilo %2)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nije sačuvano: %1</translation>
    </message>
    <message>
        <source>Changes made offline</source>
        <translation>Izmene napravljene bez veze</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Šta</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Ko je promenio</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Ostalo je</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>a dot taken back</source>
        <translation>povučena tačka</translation>
    </message>
    <message>
        <source>adding it</source>
        <translation>dodavanje</translation>
    </message>
    <message>
        <source>removing it</source>
        <translation>uklanjanje</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>naziv</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>natpis</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>closing or reopening it</source>
        <translation>zatvaranje ili ponovno otvaranje</translation>
    </message>
    <message>
        <source>resolving or reopening it</source>
        <translation>rešavanje ili ponovno otvaranje</translation>
    </message>
    <message>
        <source>the colour</source>
        <translation>boja</translation>
    </message>
    <message>
        <source>Stage “%1”</source>
        <translation>Faza „%1”</translation>
    </message>
    <message>
        <source>Lane “%1”</source>
        <translation>Traka „%1”</translation>
    </message>
    <message>
        <source>Department “%1”</source>
        <translation>Odeljenje „%1”</translation>
    </message>
    <message>
        <source>Vote “%1”</source>
        <translation>Glasanje „%1”</translation>
    </message>
    <message>
        <source>Dot on “%1”</source>
        <translation>Tačka na „%1”</translation>
    </message>
    <message>
        <source>Comment “%1”</source>
        <translation>Komentar „%1”</translation>
    </message>
    <message>
        <source>Arrow “%1”</source>
        <translation>Strelica „%1”</translation>
    </message>
    <message>
        <source>Persona “%1”</source>
        <translation>Persona „%1”</translation>
    </message>
    <message>
        <source>Participant “%1”</source>
        <translation>Učesnik „%1”</translation>
    </message>
    <message>
        <source>While you were offline, others changed some of the same things. Where both changed one field, the change made later stays. What was not saved says why.</source>
        <translation>Dok ste bili van mreže, drugi su izmenili neke od istih stvari. Gde su oboje izmenili isto polje, ostaje kasnija izmena. Uz nesačuvano piše zašto.</translation>
    </message>
    <message>
        <source>Card or item</source>
        <translation>Kartica ili stavka</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>the currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <source>the setting “%1”</source>
        <translation>podešavanje „%1“</translation>
    </message>
    <message>
        <source>ticking it off or reopening it</source>
        <translation>označavanje kao obavljeno ili vraćanje</translation>
    </message>
    <message>
        <source>its figures</source>
        <translation>njeni iznosi</translation>
    </message>
    <message>
        <source>its opportunities</source>
        <translation>njegove prilike</translation>
    </message>
    <message>
        <source>Agenda step “%1”</source>
        <translation>Tačka dnevnog reda „%1“</translation>
    </message>
    <message>
        <source>Opportunity “%1”</source>
        <translation>Prilika „%1“</translation>
    </message>
    <message>
        <source>Scenario “%1”</source>
        <translation>Scenario „%1“</translation>
    </message>
    <message>
        <source>Journey “%1”</source>
        <translation>Putovanje „%1“</translation>
    </message>
</context>
<context>
    <name>waymark::ServerAddressForm</name>
    <message>
        <source>postgresql://HOST[:PORT]/DATABASE, or postgresql://USER@HOST/DATABASE. The password comes from ~/.pgpass, or Waymark asks for it; it is never saved.</source>
        <translation>postgresql://HOST[:PORT]/BAZA ili postgresql://KORISNIK@HOST/BAZA. Lozinka se uzima iz ~/.pgpass ili je Waymark traži; nikada se ne čuva.</translation>
    </message>
    <message>
        <source>Shown to the others next to the changes you make</source>
        <translation>Ostali vide ovo ime pored vaših izmena</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;Adresa servera:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Vaše &amp;ime:</translation>
    </message>
    <message>
        <source>Type the server's address, for example postgresql://db.example.com/workshops.</source>
        <translation>Unesite adresu servera, na primer postgresql://db.example.com/workshops.</translation>
    </message>
    <message>
        <source>The address is not a PostgreSQL URL: %1
Write it as postgresql://HOST[:PORT]/DATABASE.</source>
        <translation>Ovo nije PostgreSQL adresa: %1
Napišite je kao postgresql://HOST[:PORT]/BAZA.</translation>
    </message>
</context>
<context>
    <name>waymark::StageDialog</name>
    <message>
        <source>Stage Properties</source>
        <translation>Svojstva faze</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>What the customer is trying to do in this stage</source>
        <translation>Šta korisnik pokušava da uradi u ovoj fazi</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>Promena faze</translation>
    </message>
</context>
<context>
    <name>waymark::StartPage</name>
    <message>
        <source>Welcome to Waymark</source>
        <translation>Dobro došli u Waymark</translation>
    </message>
    <message>
        <source>Map a customer's journey together with the people who serve it: stages as columns, lanes as rows, a card for every step. Start with one of these.</source>
        <translation>Mapirajte putovanje korisnika zajedno sa ljudima koji ga uslužuju: faze kao kolone, trake kao redovi, kartica za svaki korak. Počnite jednim od ovih.</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Početak</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Novo putovanje</translation>
    </message>
    <message>
        <source>An empty map with a few stages and lanes to rename</source>
        <translation>Prazna mapa sa nekoliko faza i traka koje možete da preimenujete</translation>
    </message>
    <message>
        <source>Open the sample workshop</source>
        <translation>Otvori primer radionice</translation>
    </message>
    <message>
        <source>A retail bank's "open an account" journey, filled in, to try everything on</source>
        <translation>Popunjeno putovanje „otvaranje računa“ jedne banke za stanovništvo, da sve isprobate</translation>
    </message>
    <message>
        <source>Open a journey…</source>
        <translation>Otvori putovanje…</translation>
    </message>
    <message>
        <source>A .waymark or .waymark.json file</source>
        <translation>Datoteka .waymark ili .waymark.json</translation>
    </message>
    <message>
        <source>Recent journeys</source>
        <translation>Nedavna putovanja</translation>
    </message>
    <message>
        <source>None yet: the journeys you open or save appear here.</source>
        <translation>Još ništa: ovde se pojavljuju putovanja koja otvorite ili sačuvate.</translation>
    </message>
    <message>
        <source>You can also drop a journey file, or a survey's CSV or Excel file, on this window.</source>
        <translation>Na ovaj prozor možete da prevučete i datoteku putovanja ili CSV ili Excel datoteku ankete.</translation>
    </message>
    <message>
        <source>How a workshop goes</source>
        <translation>Kako teče radionica</translation>
    </message>
    <message>
        <source>Map the steps</source>
        <translation>Mapirajte korake</translation>
    </message>
    <message>
        <source>Name the stages the customer goes through and the lanes of who serves them, then add a card for every touchpoint: double-click a cell or press N.</source>
        <translation>Navedite faze kroz koje korisnik prolazi i trake onih koji ga uslužuju, pa dodajte karticu za svaku dodirnu tačku: dvaput kliknite na ćeliju ili pritisnite N.</translation>
    </message>
    <message>
        <source>Add the effort</source>
        <translation>Dodajte napor</translation>
    </message>
    <message>
        <source>Give each card what it costs the customer: time, money, negative emotion. The heatmap shows where the journey hurts.</source>
        <translation>Svakoj kartici upišite šta košta korisnika: vreme, novac, negativnu emociju. Toplotna mapa pokazuje gde putovanje boli.</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Glasanje</translation>
    </message>
    <message>
        <source>Add the participants in the Workshop dock and let everyone spend their dots on the pain points that matter most.</source>
        <translation>Dodajte učesnike na panelu „Radionica“ i neka svako rasporedi svoje tačkice na bolne tačke koje su najvažnije.</translation>
    </message>
    <message>
        <source>Make the business case</source>
        <translation>Potkrepite poslovni slučaj</translation>
    </message>
    <message>
        <source>Turn the top-voted pain points into opportunities with their costs and benefits, then export the PDF for the department heads.</source>
        <translation>Bolne tačke sa najviše glasova pretvorite u prilike sa troškovima i koristima, pa izvezite PDF za rukovodioce odeljenja.</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>Počni od šablona…</translation>
    </message>
    <message>
        <source>Banking, telecom, insurance, online shop, public service, B2B software, or one of yours</source>
        <translation>Banka, telekom, osiguranje, onlajn prodavnica, javna usluga, poslovni softver ili vaš sopstveni šablon</translation>
    </message>
</context>
<context>
    <name>waymark::SystemFields</name>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source> years</source>
        <translation> g.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nepoznato</translation>
    </message>
    <message>
        <source>How old the system is: old systems are where the technology gap shows</source>
        <translation>Koliko je sistem star: tehnološki jaz se pokazuje kod starih sistema</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>&amp;Starost:</translation>
    </message>
    <message>
        <source>What it cannot do, e.g. no status updates, no e-signature</source>
        <translation>Šta ne može da radi, npr. nema obaveštenja o statusu, nema elektronskog potpisa</translation>
    </message>
    <message>
        <source>What it &amp;cannot do:</source>
        <translation>Šta ne može da &amp;radi:</translation>
    </message>
    <message>
        <source>Tick the touchpoints this system is behind</source>
        <translation>Štiklirajte dodirne tačke iza kojih stoji ovaj sistem</translation>
    </message>
    <message>
        <source>&amp;Supports:</source>
        <translation>Podr&amp;žava:</translation>
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
        <translation>Tehnološki jaz</translation>
    </message>
    <message>
        <source>The systems behind the journey (cards in Systems lanes), those behind the most pain points first.</source>
        <translation>Sistemi na kojima počiva putovanje (kartice u trakama „Sistemi“), prvo oni iza najviše bolnih tačaka.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Starost</translation>
    </message>
    <message>
        <source>What it cannot do</source>
        <translation>Šta ne može da radi</translation>
    </message>
    <message>
        <source>Pain points it causes</source>
        <translation>Bolne tačke koje izaziva</translation>
    </message>
    <message>
        <source>Customer time there</source>
        <translation>Vreme korisnika na tim mestima</translation>
    </message>
    <message>
        <source>Opportunities replacing it</source>
        <translation>Prilike koje ga zamenjuju</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 g.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nepoznato</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nema</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>još nema</translation>
    </message>
</context>
<context>
    <name>waymark::TemplateCardDelegate</name>
    <message>
        <source>Cannot be used: %1</source>
        <translation>Ne može da se koristi: %1</translation>
    </message>
    <message>
        <source>Stages: %1 · cards: %2</source>
        <translation>Faza: %1 · kartica: %2</translation>
    </message>
    <message>
        <source>your template</source>
        <translation>vaš šablon</translation>
    </message>
</context>
<context>
    <name>waymark::TemplateGalleryDialog</name>
    <message>
        <source>New from Template</source>
        <translation>Novo iz šablona</translation>
    </message>
    <message>
        <source>A map to adapt to your journey: its stages, lanes and departments, and typical cards with their effort. Rename, add or remove anything once it is open.</source>
        <translation>Mapa koju prilagođavate svom putovanju: faze, trake i odeljenja, kao i tipične kartice sa naporom. Kada je otvorite, možete da preimenujete, dodate ili uklonite bilo šta.</translation>
    </message>
    <message>
        <source>Search templates, e.g. claim or delivery</source>
        <translation>Pretraži šablone, npr. nezgoda ili dostava</translation>
    </message>
    <message>
        <source>Any journey can become a template (File → Save as Template…); yours are kept in %1.</source>
        <translation>Svako putovanje može da postane šablon (Datoteka → Sačuvaj kao šablon…); vaši šabloni se čuvaju u %1.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Napravi</translation>
    </message>
    <message>
        <source>No template matches "%1".</source>
        <translation>Nijedan šablon ne odgovara upitu „%1“.</translation>
    </message>
</context>
<context>
    <name>waymark::TimeboxWidget</name>
    <message>
        <source>Time left</source>
        <translation>Preostalo vreme</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Length of the timebox in minutes</source>
        <translation>Trajanje vremenskog okvira u minutima</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetuj</translation>
    </message>
    <message>
        <source>Stop and put the full time back</source>
        <translation>Zaustavite tajmer i vratite puno vreme</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Nastavi</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Pokreni</translation>
    </message>
</context>
<context>
    <name>waymark::TouchpointNpsList</name>
    <message>
        <source>Touchpoint</source>
        <translation>Dodirna tačka</translation>
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
        <translation>Odeljenje</translation>
    </message>
    <message>
        <source>95 %</source>
        <translation>95 %</translation>
    </message>
    <message>
        <source>95 % margin of error, in the figure's points</source>
        <translation>Margina greške od 95 % u poenima pokazatelja</translation>
    </message>
    <message>
        <source>95 % interval of the figure</source>
        <translation>Interval poverenja pokazatelja od 95 %</translation>
    </message>
    <message>
        <source>Fewer than %1 answers: a weak signal</source>
        <translation>Manje od %1 odgovora: slab signal</translation>
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
        <translation>Šta korisnici kažu</translation>
    </message>
    <message>
        <source>Selected card</source>
        <translation>Izabrana kartica</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Faza</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Comments of:</source>
        <translation>Komentari za:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>Select Cards Where This Term Stands Out</source>
        <translation>Izaberi kartice na kojima se ovaj termin izdvaja</translation>
    </message>
    <message>
        <source>Selects on the map every card whose comments (in this category) use the term distinctly often</source>
        <translation>Bira na mapi svaku karticu čiji komentari (u ovoj kategoriji) upadljivo često koriste ovaj termin</translation>
    </message>
    <message>
        <source>Click a term to read what customers wrote.</source>
        <translation>Kliknite na termin da pročitate šta su korisnici napisali.</translation>
    </message>
    <message>
        <source>Search every comment…</source>
        <translation>Pretraži sve komentare…</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Svi odgovori</translation>
    </message>
    <message>
        <source>Reading %L1 answers' comments…</source>
        <translation>Čitanje komentara iz %L1 odgovora…</translation>
    </message>
    <message>
        <source>No survey answers with comments in this journey: import a file with a comment column (Data → Import Survey…).</source>
        <translation>U ovom putovanju nema odgovora iz ankete sa komentarima: uvezite datoteku sa kolonom komentara (Podaci → Uvoz ankete…).</translation>
    </message>
    <message>
        <source>Comments are read when this panel is shown.</source>
        <translation>Komentari se čitaju kada se ovaj panel prikaže.</translation>
    </message>
    <message>
        <source>This card has no data key, so no survey answers belong to it (set one in Properties).</source>
        <translation>Ova kartica nema ključ podataka, pa joj ne pripada nijedan odgovor iz ankete (postavite ga u Svojstvima).</translation>
    </message>
    <message>
        <source>Select one card on the map, or choose a stage, segment or quarter above.</source>
        <translation>Izaberite jednu karticu na mapi ili iznad izaberite fazu, segment ili kvartal.</translation>
    </message>
    <message>
        <source>No comments from %1 for “%2”.</source>
        <translation>Za „%2“ nema komentara u kategoriji „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n comment(s) from %2</source>
        <translation>
            <numerusform>„%1“: %2 — %n komentar</numerusform>
            <numerusform>„%1“: %2 — %n komentara</numerusform>
            <numerusform>„%1“: %2 — %n komentara</numerusform>
        </translation>
    </message>
    <message>
        <source>against %1 others.</source>
        <translation>naspram %1 ostalih.</translation>
    </message>
    <message>
        <source>Nothing to compare them with: choose another category.</source>
        <translation>Nema sa čim da se uporedi: izaberite drugu kategoriju.</translation>
    </message>
    <message>
        <source>No word stands out (|z| ≥ 1.96, seen at least %1 times).</source>
        <translation>Nijedna reč se ne izdvaja (|z| ≥ 1.96, viđena bar %1 puta).</translation>
    </message>
    <message>
        <source>What customers wrote with “%1”:</source>
        <translation>Šta su korisnici napisali sa „%1“:</translation>
    </message>
    <message>
        <source>Type a word to find it in every comment, whatever the card or score.</source>
        <translation>Upišite reč da biste je pronašli u svim komentarima, bez obzira na karticu ili ocenu.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) contain “%1”</source>
        <translation>
            <numerusform>%n komentar sadrži „%1“</numerusform>
            <numerusform>%n komentara sadrže „%1“</numerusform>
            <numerusform>%n komentara sadrži „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first %1 shown)</source>
        <translation>(prikazano prvih %1)</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>ocena %1</translation>
    </message>
    <message>
        <source>Comparing the comments…</source>
        <translation>Poređenje komentara…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pretraga…</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers… Their comments are shown here when they are read.</source>
        <translation>Čitaju se %L1 odgovora iz ankete… Njihovi komentari biće prikazani ovde čim odgovori budu učitani.</translation>
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
            <numerusform>„%1“: %n put u ovim komentarima, %2 u svim ostalim; log-količnik šansi %3, z = %4</numerusform>
            <numerusform>„%1“: %n puta u ovim komentarima, %2 u svim ostalim; log-količnik šansi %3, z = %4</numerusform>
            <numerusform>„%1“: %n puta u ovim komentarima, %2 u svim ostalim; log-količnik šansi %3, z = %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::VoteBanner</name>
    <message>
        <source>%1 is voting — %2 of %3 dots left</source>
        <translation>%1 glasa — preostalo je %2 od %3 tačkica</translation>
    </message>
    <message>
        <source>Vote open, but nobody can vote: add people in the Workshop dock.</source>
        <translation>Glasanje je otvoreno, ali niko ne može da glasa: dodajte ljude na panelu „Radionica“.</translation>
    </message>
    <message>
        <source>Vote open — who is voting? Press 1–9 or click a name in the Workshop dock.</source>
        <translation>Glasanje je otvoreno — ko glasa? Pritisnite 1–9 ili kliknite na ime na panelu „Radionica“.</translation>
    </message>
</context>
<context>
    <name>waymark::VotePanel</name>
    <message>
        <source>Start Vote…</source>
        <translation>Pokreni glasanje…</translation>
    </message>
    <message>
        <source>Close Vote</source>
        <translation>Zatvori glasanje</translation>
    </message>
    <message>
        <source>&amp;Results of:</source>
        <translation>&amp;Rezultati glasanja:</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Tačkice</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartica</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Faza</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Izvezi CSV…</translation>
    </message>
    <message>
        <source>The journey is open for review only: no vote can be started.</source>
        <translation>Putovanje je otvoreno samo za pregled: glasanje nije moguće pokrenuti.</translation>
    </message>
    <message>
        <source>“%1” is still open: close it before starting another vote.</source>
        <translation>Glasanje „%1“ je još otvoreno: zatvorite ga pre nego što pokrenete novo.</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>Zatvori glasanje</translation>
    </message>
    <message>
        <source>No vote is open.</source>
        <translation>Nema otvorenog glasanja.</translation>
    </message>
    <message>
        <source>There are no results to export: the dots of an open hidden vote stay secret until it closes.</source>
        <translation>Nema rezultata za izvoz: tačkice u otvorenom tajnom glasanju ostaju skrivene dok se glasanje ne zatvori.</translation>
    </message>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>Rezultate nije moguće sačuvati u %1: %2</translation>
    </message>
    <message>
        <source>Start Vote</source>
        <translation>Pokretanje glasanja</translation>
    </message>
    <message>
        <source>Biggest pain points</source>
        <translation>Najveće bolne tačke</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Bez ograničenja</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Hide dots until the vote closes</source>
        <translation>Sakrij tačkice dok se glasanje ne zatvori</translation>
    </message>
    <message>
        <source>Nobody follows the crowd: the dots appear on the map when the vote closes.</source>
        <translation>Tako niko ne prati većinu: tačkice se pojavljuju na mapi tek kada se glasanje zatvori.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Naslov:</translation>
    </message>
    <message>
        <source>&amp;Vote on:</source>
        <translation>Glasa se &amp;za:</translation>
    </message>
    <message>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Tačkica po osobi:</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>Vremensko &amp;ograničenje:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) on the map can get dots.</source>
        <translation>
            <numerusform>%Ln kartica na mapi može dobiti tačkice.</numerusform>
            <numerusform>%Ln kartice na mapi mogu dobiti tačkice.</numerusform>
            <numerusform>%Ln kartica na mapi može dobiti tačkice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Pokreni</translation>
    </message>
    <message>
        <source>Export Vote Results</source>
        <translation>Izvoz rezultata glasanja</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV datoteke (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Izvoz CSV-a</translation>
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
        <translation>%1 — %2 (otvoreno)</translation>
    </message>
    <message numerus="yes">
        <source>Open: %1 — %2, %Ln dot(s) each.</source>
        <translation>
            <numerusform>Otvoreno: %1 — %2; svako ima %Ln tačkicu.</numerusform>
            <numerusform>Otvoreno: %1 — %2; svako ima %Ln tačkice.</numerusform>
            <numerusform>Otvoreno: %1 — %2; svako ima %Ln tačkica.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dots stay hidden until the vote closes.</source>
        <translation>Tačkice ostaju skrivene dok se glasanje ne zatvori.</translation>
    </message>
    <message>
        <source>Click cards on the map to place the dots of whoever has the floor; right-click takes one back.</source>
        <translation>Kliknite na kartice na mapi da biste postavili tačkice učesnika koji ima reč; desni klik vraća tačkicu.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 left</source>
        <translation>%1: preostalo %2 od %3</translation>
    </message>
    <message>
        <source>=%1</source>
        <comment>a rank shared by several cards</comment>
        <translation>=%1</translation>
    </message>
    <message>
        <source>No votes yet. Start one to find the pain points the room cares about most.</source>
        <translation>Još nema glasanja. Pokrenite jedno da biste otkrili koje bolne tačke učesnicima najviše smetaju.</translation>
    </message>
    <message>
        <source>No dots yet.</source>
        <translation>Još nema tačkica.</translation>
    </message>
    <message>
        <source>Opportunities from Top Cards…</source>
        <translation>Prilike od najbolje rangiranih kartica…</translation>
    </message>
    <message>
        <source>Turn the cards with the most dots into opportunities for the business case</source>
        <translation>Pretvori kartice sa najviše tačkica u prilike za poslovni slučaj</translation>
    </message>
    <message>
        <source>There is no vote to take the top cards from.</source>
        <translation>Nema glasanja iz koga bi se uzele najbolje rangirane kartice.</translation>
    </message>
    <message>
        <source>Opportunities from Top Cards</source>
        <translation>Prilike od najbolje rangiranih kartica</translation>
    </message>
    <message>
        <source>One opportunity for each of the top cards of “%1” (cards that have one already are skipped). How many cards?</source>
        <translation>Po jedna prilika za svaku od najbolje rangiranih kartica glasanja „%1“ (kartice koje je već imaju se preskaču). Koliko kartica?</translation>
    </message>
    <message>
        <source>The room</source>
        <comment>the participant standing for everyone when the room votes as one</comment>
        <translation>Cela grupa</translation>
    </message>
    <message>
        <source>Start vote as the room</source>
        <translation>Počni glasanje kao cela grupa</translation>
    </message>
    <message>
        <source>Nobody is on the participants list yet. Who votes?</source>
        <translation>Na spisku učesnika još nema nikoga. Ko glasa?</translation>
    </message>
    <message>
        <source>The &amp;room, as one: a shared budget of dots, placed by clicking cards</source>
        <translation>Cela &amp;grupa zajedno: zajednički fond tačkica, koje se postavljaju klikom na kartice</translation>
    </message>
    <message>
        <source>&amp;Add participants first, each with their own dots</source>
        <translation>Prvo &amp;dodajte učesnike, svakog sa svojim tačkicama</translation>
    </message>
    <message>
        <source>&amp;Dots for the room:</source>
        <translation>&amp;Tačkice za grupu:</translation>
    </message>
</context>
<context>
    <name>waymark::WorkshopCanvas</name>
    <message>
        <source>A vote is open: choose who is voting (Workshop dock, or keys 1–9), then click cards.</source>
        <translation>Glasanje je otvoreno: izaberite ko glasa (panel „Radionica“ ili tasteri 1–9), pa kliknite na kartice.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 dots left</source>
        <translation>%1: preostalo tačkica: %2 od %3</translation>
    </message>
</context>
<context>
    <name>waymark::WorkshopDock</name>
    <message>
        <source>Workshop</source>
        <translation>Radionica</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Učesnici</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Glasanje</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dnevni red</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Tajmer</translation>
    </message>
    <message numerus="yes">
        <source>Connected now (%n): %1</source>
        <translation>
            <numerusform>Trenutno povezan (%n): %1</numerusform>
            <numerusform>Trenutno povezana (%n): %1</numerusform>
            <numerusform>Trenutno povezano (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone who has this shared journey open at the moment</source>
        <translation>Svi koji trenutno imaju otvoreno ovo zajedničko putovanje</translation>
    </message>
</context>
</TS>
