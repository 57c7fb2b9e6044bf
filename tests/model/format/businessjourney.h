#pragma once

// The small journey with a business case: a Systems lane with two system cards, three
// opportunities that use every field (Cyrillic and Hangul text, costs in the journey's and
// another currency, every kind of effort target, added cards, systems) and two scenarios.
// Shared by the format tests and the model tests of opportunities.
#include "journey.h"
#include "testjourneys.h"

namespace waymark::test {

// Ids "0bb5KKKK-0000-4000-8000-0000000000NN": KKKK 1 lane, 2 system card, 3 opportunity,
// 4 added card, 5 scenario.
inline QUuid businessId(int kind, int number)
{
    return QUuid::fromString(QStringLiteral("0bb5%1-0000-4000-8000-%2")
                                 .arg(kind, 4, 10, QLatin1Char('0'))
                                 .arg(number, 12, 10, QLatin1Char('0')));
}

inline Journey businessJourney()
{
    Journey j = smallJourney();
    const QUuid systemsLane = businessId(1, 1);
    j.lanes.push_back({systemsLane, QStringLiteral("Системы — 시스템"), LaneKind::Systems, OfficeZone::Back, {}});
    const QUuid form = j.touchpoints[2].id, upload = j.touchpoints[3].id, wait = j.touchpoints[4].id,
                check = j.touchpoints[5].id;

    Touchpoint core;
    core.id = businessId(2, 1);
    core.stageId = j.stages[1].id;
    core.laneId = systemsLane;
    core.title = QStringLiteral("Core banking (AS/400)");
    core.channel = Channel::Other;
    core.effort.money.currency = QStringLiteral("EUR");
    core.system.ageYears = 23.5;
    core.system.limitations = QStringLiteral("Пакетная обработка ночью; 실시간 처리 불가");
    core.system.supports = {wait, check};
    Touchpoint crm = core;
    crm.id = businessId(2, 2);
    crm.stageId = j.stages[0].id;
    crm.title = QStringLiteral("CRM");
    crm.system = {4, {}, {j.touchpoints[0].id}};
    j.touchpoints.push_back(core);
    j.touchpoints.push_back(crm);

    Opportunity kyc;
    kyc.id = businessId(3, 1);
    kyc.title = QStringLiteral("Мгновенная проверка личности — 즉시 본인 확인");
    kyc.description = QStringLiteral("Video-ident in the app instead of a branch visit.\nSecond line.");
    kyc.type = OpportunityType::Technology;
    kyc.ownerDepartmentId = j.departments[0].id;
    kyc.status = OpportunityStatus::Approved;
    kyc.oneOffCost = {25000050, QStringLiteral("EUR")}; // EUR 250,000.50
    kyc.runningCostPerYear = {3000000, {}};             // the journey's currency
    kyc.monthsToDeliver = 9;
    kyc.confidence = Confidence::High;
    kyc.evidence = QStringLiteral("Pilot in Novi Sad: 78 % finished in one go. Пилот.");
    CardImprovement fasterUpload;
    fasterUpload.touchpointId = upload;
    fasterUpload.minutes = {EffortTarget::Kind::Percent, 60};
    fasterUpload.money = {EffortTarget::Kind::Same, 0};
    fasterUpload.emotion = {EffortTarget::Kind::Value, 2};
    fasterUpload.reach = 0.85;
    fasterUpload.contactsAvoided = 0.25;
    fasterUpload.detractorsToPassives = 0.3;
    fasterUpload.detractorsToPromoters = 0.125;
    CardImprovement noBranch;
    noBranch.touchpointId = check;
    noBranch.removesCard = true;
    noBranch.minutes = {EffortTarget::Kind::Value, 0};
    noBranch.money = {EffortTarget::Kind::Value, 0};
    noBranch.emotion = {EffortTarget::Kind::Percent, 100};
    noBranch.contactsAvoided = 1;
    kyc.changes = {fasterUpload, noBranch};
    AddedCard selfie;
    selfie.id = businessId(4, 1);
    selfie.stageId = j.stages[1].id;
    selfie.laneId = j.lanes[1].id;
    selfie.title = QStringLiteral("셀카 촬영 — Селфи");
    selfie.channel = Channel::MobileApp;
    selfie.effort = {1.5, {0, QStringLiteral("EUR")}, 1};
    kyc.addedCards = {selfie};
    kyc.systems = {core.id, crm.id};

    Opportunity tracker;
    tracker.id = businessId(3, 2);
    tracker.title = QStringLiteral("Application status tracker");
    tracker.type = OpportunityType::Communication;
    tracker.status = OpportunityStatus::InProgress;
    tracker.oneOffCost = {4000000, QStringLiteral("RSD")};
    tracker.monthsToDeliver = 0;
    tracker.confidence = Confidence::Low;
    CardImprovement calmerWait;
    calmerWait.touchpointId = wait;
    calmerWait.emotion = {EffortTarget::Kind::Percent, 37.5};
    calmerWait.reach = 1;
    calmerWait.detractorsToPassives = 0.7;
    calmerWait.detractorsToPromoters = 0.3; // all detractors move
    tracker.changes = {calmerWait};
    AddedCard notification;
    notification.id = businessId(4, 2);
    notification.stageId = j.stages[1].id;
    notification.laneId = j.lanes[1].id;
    notification.title = QStringLiteral("Push: «Документы проверены»");
    notification.channel = Channel::MobileApp;
    notification.effort = {0.25, {0, QStringLiteral("EUR")}, 0};
    tracker.addedCards = {notification};

    // Only the defaults, and a link to a card that was deleted since (kept, not a problem).
    Opportunity training;
    training.id = businessId(3, 3);
    training.title = QStringLiteral("Обука шалтерског особља");
    training.type = OpportunityType::PeopleTraining;
    CardImprovement gone;
    gone.touchpointId = QUuid::fromString(QStringLiteral("0bb59999-0000-4000-8000-000000000001"));
    gone.minutes = {EffortTarget::Kind::Value, 12.25};
    training.changes = {gone, CardImprovement{form, false, {}, {}, {}, 1.0, 0, 0, 0}};

    j.opportunities = {kyc, tracker, training};
    j.scenarios = {{businessId(5, 1), QStringLiteral("Быстрые победы"), {tracker.id, training.id}},
                   {businessId(5, 2), QStringLiteral("전체 프로그램"), {kyc.id, tracker.id, training.id}}};
    return j.canonical();
}

} // namespace waymark::test
