#include "testjourneys.h"

#include "data/importjob.h"
#include "format/journeyfiles.h"

#include <QFile>

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <array>
#include <utility>

namespace waymark::test {

namespace {

// Fixed ids of the small journey: "9a1e00KK-0000-4000-8000-0000000000NN", KK the entity kind
// (00 journey, 01 persona, 02 department, 03 stage, 04 lane, 05 card, 06 connection) and NN
// its number, so a test can name any entity without looking it up.
QUuid fixedId(int kind, int number)
{
    return QUuid::fromString(QStringLiteral("9a1e%1-0000-4000-8000-%2")
                                 .arg(kind, 4, 10, QLatin1Char('0'))
                                 .arg(number, 12, 10, QLatin1Char('0')));
}

enum IdKind { JourneyId, PersonaId, DepartmentId, StageId, LaneId, CardId, ConnectionId };

Touchpoint smallCard(int number, int stage, int lane, const QString &title)
{
    Touchpoint card;
    card.id = fixedId(CardId, number);
    card.stageId = fixedId(StageId, stage);
    card.laneId = fixedId(LaneId, lane);
    card.title = title;
    card.effort.money.currency = QStringLiteral("EUR");
    return card;
}

} // namespace

Journey sampleJourney()
{
    FormatError error;
    auto journey = readJourneyFile(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json"), &error);
    return journey ? *journey : Journey();
}

bool hasProblem(const Journey &journey, const QString &part)
{
    for (const JourneyProblem &problem : journey.problems())
        if (problem.message.contains(part) || problem.path.contains(part))
            return true;
    return false;
}

QString firstProblem(const Journey &journey)
{
    const auto problems = journey.problems();
    return problems.empty() ? QString() : problems.front().path + QStringLiteral(": ") + problems.front().message;
}

Journey smallJourney()
{
    Journey j;
    j.id = fixedId(JourneyId, 1);
    j.title = QStringLiteral("Отварање рачуна — 계좌 개설 🏦");
    j.description = QStringLiteral("Шлях клієнта від реклами до першої оплати. Radionica: Novi Sad, četvrtak.");
    j.currency = QStringLiteral("EUR");

    j.personas = {{fixedId(PersonaId, 1), QStringLiteral("Ана Петровић"),
                   QStringLiteral("Студентка з Києва, переїжджає до Белграда"),
                   QStringLiteral("Brzo otvoriti račun bez odlaska u filijalu 🚀"),
                   QStringLiteral("Чекање у реду, папири на три језика")}};

    // Department 1 is Serbian Cyrillic, department 2 Serbian Latin with diacritics.
    j.departments = {{fixedId(DepartmentId, 1), QStringLiteral("Служба подршке"), QColor(0x1f, 0x77, 0xb4)},
                     {fixedId(DepartmentId, 2), QStringLiteral("Računovodstvo i naplata"), QColor(0xd6, 0x27, 0x28)}};

    j.stages = {{fixedId(StageId, 1), QStringLiteral("Знакомство"), QStringLiteral("Клиент узнаёт о банке")},
                {fixedId(StageId, 2), QStringLiteral("신청"), QStringLiteral("온라인 신청과 신원 확인")},
                {fixedId(StageId, 3), QStringLiteral("Korišćenje 💳"), {}}};

    const QUuid support = fixedId(DepartmentId, 1);
    const QUuid billing = fixedId(DepartmentId, 2);
    // Customer lanes above the line of visibility, then front, middle and back office.
    j.lanes = {{fixedId(LaneId, 1), QStringLiteral("Действия клиента"), LaneKind::CustomerActions, OfficeZone::Customer, {}},
               {fixedId(LaneId, 2), QStringLiteral("Точки контакта"), LaneKind::Touchpoints, OfficeZone::Customer, {}},
               {fixedId(LaneId, 3), QStringLiteral("감정"), LaneKind::Emotion, OfficeZone::Customer, {}},
               {fixedId(LaneId, 4), QStringLiteral("Šalter"), LaneKind::Department, OfficeZone::Front, support},
               {fixedId(LaneId, 5), QStringLiteral("Obrada zahteva"), LaneKind::Department, OfficeZone::Middle, billing},
               {fixedId(LaneId, 6), QStringLiteral("Бек-офіс"), LaneKind::Department, OfficeZone::Back, billing}};

    // Cards are listed in canonical order (stage, then lane, then cell order), so a journey
    // read back from any file compares equal with ==, not only with sameContent().
    Touchpoint ad = smallCard(1, 1, 1, QStringLiteral("Видит рекламу в Instagram 📱"));
    ad.channel = Channel::Social;
    ad.effort.minutes = 2.5; // fractional minutes
    ad.effort.emotion = 1;
    ad.dataKey = QStringLiteral("ad-view");

    Touchpoint site = smallCard(2, 1, 2, QStringLiteral("Сайт банку"));
    site.description = QStringLiteral("Порівнює тарифи на сайті");
    site.channel = Channel::Web;
    site.effort.minutes = 10;
    site.effort.emotion = 2;
    site.notes = QStringLiteral("Quote: \"too many tabs\"\nSecond line \\ backslash, tab\there.");

    // The three-card cell (stage 2, customer actions). Its order is deliberate and matches
    // neither the card numbers (5, 3, 4) nor the titles' alphabetical order.
    Touchpoint form = smallCard(5, 2, 1, QStringLiteral("Заполняет анкету"));
    form.description = QStringLiteral("Имя, адрес, ИНН; 서류 작성");
    form.channel = Channel::MobileApp;
    form.effort.minutes = 20;
    form.effort.emotion = 4;
    form.dataKey = QStringLiteral("application-form");

    Touchpoint upload = smallCard(3, 2, 1, QStringLiteral("신분증 업로드"));
    upload.channel = Channel::MobileApp;
    upload.effort.minutes = 15;
    upload.effort.emotion = 6;
    upload.dataKey = QStringLiteral("kyc-upload");
    upload.personaIds = {fixedId(PersonaId, 1)};

    Touchpoint wait = smallCard(4, 2, 1, QStringLiteral("Čeka odobrenje ⏳"));
    wait.description = QStringLiteral("Dva dana bez ikakve poruke iz banke.");
    wait.channel = Channel::Email;
    wait.departmentId = billing;
    wait.effort.minutes = 2880;
    wait.effort.emotion = 8;
    wait.painPoint = true;
    wait.evidence = Evidence::Research;
    wait.personaEmotions = {{fixedId(PersonaId, 1), 10}}; // Ana needs the account before her first salary
    wait.dataKey = QStringLiteral("kyc-wait");
    wait.notes = QStringLiteral("Најчешћа жалба у анкетама 😤");

    Touchpoint check = smallCard(6, 2, 4, QStringLiteral("Proverava dokumenta"));
    check.channel = Channel::Branch;
    check.departmentId = support;
    check.effort.minutes = 45;
    check.effort.money.hundredths = 500; // EUR 5.00
    check.effort.emotion = 5;

    Touchpoint pay = smallCard(7, 3, 1, QStringLiteral("Prvo plaćanje karticom"));
    pay.description = QStringLiteral("Кафа у Београду");
    pay.channel = Channel::InPerson;
    pay.effort.minutes = 1;
    pay.effort.money = {150000, QStringLiteral("RSD")}; // RSD 1,500.00
    pay.effort.emotion = 0;
    pay.momentOfTruth = true;
    pay.dataKey = QStringLiteral("first-payment");

    Touchpoint card = smallCard(8, 3, 6, QStringLiteral("Izdavanje kartice"));
    card.channel = Channel::Mail;
    card.departmentId = billing;
    card.effort.money.hundredths = 1999; // EUR 19.99
    card.notes = QStringLiteral("Đorđe: ~3 радна дана");

    j.touchpoints = {ad, site, form, upload, wait, check, pay, card};

    j.connections = {{fixedId(ConnectionId, 1), ad.id, form.id, {}},
                     {fixedId(ConnectionId, 2), wait.id, pay.id, QStringLiteral("2 дня → 첫 결제")}};
    return j;
}

namespace {

// Text pools for generated cards: mostly English, some Cyrillic, Hangul, Serbian Latin, emoji.
const std::array cardTitles{
    "Opens the app",   "Calls the hotline",  "Reads the e-mail",     "Fills in the form",  "Waits for approval",
    "Uploads a photo", "Visits the branch",  "Chats with an agent",  "Pays the fee",       "Receives the card",
    "Signs contract",  "Resets password",    "Compares offers",      "Gets a reminder",    "Checks the balance",
};
const std::array foreignTitles{
    QStringLiteral("Звонит в банк"), QStringLiteral("Заповнює анкету"), QStringLiteral("Чека на одобрење"),
    QStringLiteral("카드 수령"),     QStringLiteral("Šalje žalbu"),      QStringLiteral("Plaća naknadu 💶"),
};
const std::array descriptions{
    QStringLiteral("The customer has to repeat information already given."),
    QStringLiteral("Usually quick, but slow at month end."),
    QStringLiteral("Клиент не понимает, что делать дальше."),
    QStringLiteral("고객이 두 번 기다립니다."),
    QStringLiteral("Često se dešava uveče 🌙"),
    QStringLiteral("Needs a printed copy of the ID; many customers do not have a printer."),
};
const std::array laneNames{
    QStringLiteral("Customer"),     QStringLiteral("Touchpoints"), QStringLiteral("Emotion"),
    QStringLiteral("Pain points"),  QStringLiteral("Opportunities"),
};
const std::array customerKinds{LaneKind::CustomerActions, LaneKind::Touchpoints, LaneKind::Emotion,
                               LaneKind::PainPoints, LaneKind::Opportunities};
const std::array departmentColours{QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                   QColor(0x94, 0x67, 0xbd)};
const std::array departmentNames{QStringLiteral("Retail branches"), QStringLiteral("Contact centre"),
                                 QStringLiteral("Операции"), QStringLiteral("IT 운영")};
const std::array zoneNames{QStringLiteral("front"), QStringLiteral("middle"), QStringLiteral("back")};

class Generator
{
public:
    explicit Generator(const GeneratorOptions &options)
        : mOptions(options)
        , mRandom(options.seed)
        , mNamespace(QUuid::fromString(QStringLiteral("6f0c1d2e-3a4b-4c5d-8e9f-a0b1c2d3e4f5")))
    {
    }

    Journey run()
    {
        mJourney.id = id(QStringLiteral("journey"));
        mJourney.title = QStringLiteral("Generated journey (seed %1)").arg(mOptions.seed);
        mJourney.description = QStringLiteral("%1 stages, %2 lanes, %3 cards — сгенерировано")
                                   .arg(mOptions.stages)
                                   .arg(mOptions.lanes)
                                   .arg(mOptions.touchpoints);
        mJourney.currency = QStringLiteral("EUR");
        mJourney.personas = {{id(QStringLiteral("persona-0")), QStringLiteral("Young professional"),
                              QStringLiteral("Moving cities for a new job"), QStringLiteral("Get paid on time"), {}},
                             {id(QStringLiteral("persona-1")), QStringLiteral("Мала фирма"),
                              QStringLiteral("Owner of a small bakery"), QStringLiteral("Spend less time on banking"),
                              QStringLiteral("Forms that assume a salaried customer")}};
        for (size_t i = 0; i < departmentNames.size(); ++i)
            mJourney.departments.push_back(
                {id(QStringLiteral("department-%1").arg(i)), departmentNames[i], departmentColours[i]});
        for (int i = 0; i < mOptions.stages; ++i)
            mJourney.stages.push_back({id(QStringLiteral("stage-%1").arg(i)), QStringLiteral("Stage %1").arg(i + 1),
                                       i % 3 == 0 ? QStringLiteral("Stage description %1").arg(i + 1) : QString()});
        makeLanes();
        makeTouchpoints();
        makeConnections();
        // Canonical order, so file round trips compare equal with ==.
        return mJourney.canonical();
    }

private:
    QUuid id(const QString &name) const
    {
        return QUuid::createUuidV5(mNamespace, QStringLiteral("seed-%1/%2").arg(mOptions.seed).arg(name));
    }

    int below(int bound) { return bound > 0 ? mRandom.bounded(bound) : 0; }
    bool chance(int percent) { return below(100) < percent; }

    // Customer lanes first, then about a third of department lanes split across front, middle
    // and back office, so the line of visibility sits where a workshop would draw it.
    void makeLanes()
    {
        const int total = std::max(0, mOptions.lanes);
        const int departmentLanes = total >= 3 ? total / 3 : 0;
        const int customerLanes = total - departmentLanes;
        for (int i = 0; i < customerLanes; ++i) {
            const size_t k = size_t(i) % customerKinds.size();
            mJourney.lanes.push_back({id(QStringLiteral("lane-%1").arg(i)),
                                      QStringLiteral("%1 %2").arg(laneNames[k]).arg(i + 1), customerKinds[k],
                                      OfficeZone::Customer, {}});
        }
        for (int i = 0; i < departmentLanes; ++i) {
            const int zone = i * 3 / departmentLanes; // 0 front, 1 middle, 2 back
            const Department &department = mJourney.departments[size_t(i) % mJourney.departments.size()];
            mJourney.lanes.push_back({id(QStringLiteral("lane-%1").arg(customerLanes + i)),
                                      QStringLiteral("%1 (%2)").arg(department.name, zoneNames[size_t(zone)]),
                                      LaneKind::Department, allOfficeZones[size_t(zone) + 1], department.id});
        }
    }

    void makeTouchpoints()
    {
        const int stages = int(mJourney.stages.size());
        const int lanes = int(mJourney.lanes.size());
        if (stages == 0 || lanes == 0)
            return;
        for (int i = 0; i < mOptions.touchpoints; ++i) {
            Touchpoint card;
            card.id = id(QStringLiteral("card-%1").arg(i));
            card.stageId = mJourney.stages[size_t(below(stages))].id;
            const Lane &lane = mJourney.lanes[size_t(below(lanes))];
            card.laneId = lane.id;
            if (chance(20)) {
                card.title = foreignTitles[size_t(below(int(foreignTitles.size())))];
            } else {
                card.title = QString::fromLatin1(cardTitles[size_t(below(int(cardTitles.size())))]);
            }
            card.title += QStringLiteral(" #%1").arg(i);
            if (chance(60))
                card.description = descriptions[size_t(below(int(descriptions.size())))];
            card.channel = allChannels[size_t(below(int(allChannels.size())))];
            if (lane.kind == LaneKind::Department)
                card.departmentId = lane.departmentId;
            else if (chance(30))
                card.departmentId = mJourney.departments[size_t(below(int(mJourney.departments.size())))].id;
            makeEffort(card.effort);
            card.painPoint = card.effort.emotion >= 7 && chance(25);
            card.momentOfTruth = chance(5);
            card.evidence = allEvidence[size_t(i) % allEvidence.size()]; // not drawn: keeps the random sequence
            if (i % 7 == 3)
                card.personaIds = {mJourney.personas[size_t(i) % 2].id};
            if (i % 11 == 5)
                card.personaEmotions = {{mJourney.personas[1].id, i % 11}};
            card.dataKey = QStringLiteral("tp-%1").arg(i, 4, 10, QLatin1Char('0'));
            if (chance(10))
                card.notes = QStringLiteral("Workshop note %1: ask the team — 메모").arg(i);
            mJourney.touchpoints.push_back(std::move(card));
        }
    }

    void makeEffort(Effort &effort)
    {
        const int shape = below(10);
        if (shape < 2)
            effort.minutes = 0;
        else if (shape < 5)
            effort.minutes = below(960) / 4.0; // quarters of a minute, 0 .. 239.75, exact in binary
        else
            effort.minutes = below(241);
        effort.money.hundredths = chance(40) ? 0 : below(50001);
        effort.money.currency = chance(15) ? QStringLiteral("USD") : mJourney.currency;
        effort.emotion = below(maxEmotion + 1);
    }

    void makeConnections()
    {
        const int cards = int(mJourney.touchpoints.size());
        if (cards < 2)
            return;
        // Distinct (from, to) pairs; stop when the wanted number is impossible.
        const qint64 possible = qint64(cards) * (cards - 1);
        const int wanted = int(std::min<qint64>(std::max(0, mOptions.connections), possible));
        QSet<std::pair<int, int>> used;
        static const std::array labels{QString(), QString(), QStringLiteral("then"), QStringLiteral("если отказ"),
                                       QStringLiteral("다음")};
        while (int(used.size()) < wanted) {
            const int from = below(cards);
            const int to = below(cards);
            if (from == to || used.contains({from, to}))
                continue;
            used.insert({from, to});
            const QString &label = labels[size_t(below(int(labels.size())))];
            mJourney.connections.push_back({id(QStringLiteral("connection-%1").arg(mJourney.connections.size())),
                                            mJourney.touchpoints[size_t(from)].id, mJourney.touchpoints[size_t(to)].id,
                                            label});
        }
    }

    const GeneratorOptions mOptions;
    QRandomGenerator mRandom;
    const QUuid mNamespace;
    Journey mJourney;
};

} // namespace

Journey generateJourney(const GeneratorOptions &options)
{
    return Generator(options).run();
}

Dataset importedDataset(const QString &path, const QString &kindKey)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const QByteArray bytes = file.readAll();
    const ImportTarget target = ImportTarget::fromKey(kindKey);
    const ImportPreview preview = previewImport(bytes, path, {}, 10);
    const ImportOutcome outcome = runImport(bytes, path, target, {}, guessImportMapping(target, preview.headers), {}, nullptr);
    if (!outcome.dataset)
        qFatal("import of %s failed: %s", qPrintable(path), qPrintable(outcome.error));
    return *outcome.dataset;
}

} // namespace waymark::test
