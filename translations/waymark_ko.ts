<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Autosaver</name>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation>복구용 사본을 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value model to %L1 customers…</source>
        <translation>고객 %L1명의 데이터로 생애 가치 모델을 맞추는 중…</translation>
    </message>
</context>
<context>
    <name>BusinessCase</name>
    <message>
        <source>one-off cost</source>
        <translation>일회성 비용</translation>
    </message>
    <message>
        <source>discount rate</source>
        <translation>할인율</translation>
    </message>
    <message>
        <source>year %1: benefits − running cost</source>
        <translation>%1년 차: 편익 − 운영 비용</translation>
    </message>
    <message>
        <source>(%1 − %2) × %3</source>
        <translation>(%1 − %2) × %3</translation>
    </message>
    <message>
        <source>Net present value — %1</source>
        <translation>순현재가치(NPV) — %1</translation>
    </message>
    <message>
        <source>−one-off cost + Σ years (benefits − running cost) / (1 + discount rate)^year</source>
        <translation>−일회성 비용 + Σ 연도별 (편익 − 운영 비용) / (1 + 할인율)^연차</translation>
    </message>
    <message>
        <source>Net present value, low — %1</source>
        <translation>순현재가치(NPV), 하한 — %1</translation>
    </message>
    <message>
        <source>as the NPV, with the low end of every benefit</source>
        <translation>NPV와 같되 각 편익의 하한 적용</translation>
    </message>
    <message>
        <source>benefits per year, low</source>
        <translation>연간 편익, 하한</translation>
    </message>
    <message>
        <source>Net present value, high — %1</source>
        <translation>순현재가치(NPV), 상한 — %1</translation>
    </message>
    <message>
        <source>as the NPV, with the high end of every benefit</source>
        <translation>NPV와 같되 각 편익의 상한 적용</translation>
    </message>
    <message>
        <source>benefits per year, high</source>
        <translation>연간 편익, 상한</translation>
    </message>
    <message>
        <source>Return on investment — %1</source>
        <translation>투자 수익률(ROI) — %1</translation>
    </message>
    <message>
        <source>NPV / (one-off cost + Σ years running cost / (1 + discount rate)^year)</source>
        <translation>NPV / (일회성 비용 + Σ 연도별 운영 비용 / (1 + 할인율)^연차)</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>discounted running costs</source>
        <translation>할인된 운영 비용</translation>
    </message>
    <message>
        <source>net per month after delivery</source>
        <translation>구현 후 월간 순현금흐름</translation>
    </message>
    <message>
        <source>Payback — %1</source>
        <translation>회수 기간 — %1</translation>
    </message>
    <message>
        <source>the first month in which the cumulative net (undiscounted) reaches the one-off cost</source>
        <translation>누적 순현금흐름(할인 전)이 일회성 비용에 도달하는 첫 달</translation>
    </message>
    <message>
        <source>the cumulative net does not reach the one-off cost within the horizon</source>
        <translation>분석 기간 안에 누적 순현금흐름이 일회성 비용에 도달하지 않습니다</translation>
    </message>
    <message>
        <source>The one-off cost is in %1, not %2: left out</source>
        <translation>일회성 비용의 통화가 %2이(가) 아닌 %1이므로 제외했습니다</translation>
    </message>
    <message>
        <source>The running cost is in %1, not %2: left out</source>
        <translation>운영 비용의 통화가 %2이(가) 아닌 %1이므로 제외했습니다</translation>
    </message>
    <message>
        <source>A change names a card that is no longer on the map: left out</source>
        <translation>변경 사항이 지도에 더 이상 없는 카드를 가리키므로 제외했습니다</translation>
    </message>
    <message>
        <source>customers per year at the stage</source>
        <translation>해당 단계의 연간 고객 수</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>도달률</translation>
    </message>
    <message>
        <source>The money saved at “%1” is in %2, not %3: left out</source>
        <translation>“%1”에서 절감되는 금액의 통화가 %3이(가) 아닌 %2이므로 제외했습니다</translation>
    </message>
    <message>
        <source>Customer effort saved — %1</source>
        <translation>절감된 고객 노력 — %1</translation>
    </message>
    <message>
        <source>customers × reach × (minutes saved / 60 × hour value + money saved)</source>
        <translation>고객 수 × 도달률 × (절감 시간(분) / 60 × 시간 가치 + 절감 금액)</translation>
    </message>
    <message>
        <source>minutes saved</source>
        <translation>절감 시간(분)</translation>
    </message>
    <message>
        <source>hour value</source>
        <translation>시간 가치</translation>
    </message>
    <message>
        <source>money saved</source>
        <translation>절감 금액</translation>
    </message>
    <message>
        <source>No cost per contact is set for the %1 channel: “%2” saves nothing to serve</source>
        <translation>%1 채널의 접촉당 비용이 설정되지 않아 “%2”의 서비스 비용 절감은 0입니다</translation>
    </message>
    <message>
        <source>Cost to serve saved — %1</source>
        <translation>서비스 비용 절감 — %1</translation>
    </message>
    <message>
        <source>customers × reach × contacts avoided × cost per contact of the channel</source>
        <translation>고객 수 × 도달률 × 회피한 접촉 × 채널의 접촉당 비용</translation>
    </message>
    <message>
        <source>contacts avoided</source>
        <translation>회피한 접촉</translation>
    </message>
    <message>
        <source>cost per contact (%1)</source>
        <translation>접촉당 비용(%1)</translation>
    </message>
    <message>
        <source>touchpoint “%1”</source>
        <translation>터치포인트 “%1”</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: the journey has no NPS data</source>
        <translation>“%1”의 고객 유지 제외: 여정에 NPS 데이터가 없습니다</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: the card has no data key for NPS answers</source>
        <translation>“%1”의 고객 유지 제외: 카드에 NPS 응답용 데이터 키가 없습니다</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: no NPS answers at touchpoint “%2”</source>
        <translation>“%1”의 고객 유지 제외: 터치포인트 “%2”에 NPS 응답이 없습니다</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: the journey has no CLV data</source>
        <translation>“%1”의 고객 유지 제외: 여정에 CLV 데이터가 없습니다</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: no CLV of the NPS categories it moves</source>
        <translation>“%1”의 고객 유지 제외: 이동하는 NPS 범주의 CLV가 없습니다</translation>
    </message>
    <message>
        <source>Retention at “%1” left out: the CLV is in %2, not %3</source>
        <translation>“%1”의 고객 유지 제외: CLV 통화가 %3이(가) 아닌 %2입니다</translation>
    </message>
    <message>
        <source>Retention — %1</source>
        <translation>고객 유지 — %1</translation>
    </message>
    <message>
        <source>customers × reach × detractor share × (to passives × (CLV passives − CLV detractors) + to promoters × (CLV promoters − CLV detractors))</source>
        <translation>고객 수 × 도달률 × 비추천 고객 비율 × (중립 전환율 × (중립 고객 CLV − 비추천 고객 CLV) + 추천 전환율 × (추천 고객 CLV − 비추천 고객 CLV))</translation>
    </message>
    <message>
        <source>detractor share (95 % interval)</source>
        <translation>비추천 고객 비율(95 % 구간)</translation>
    </message>
    <message>
        <source>%1 (%2 – %3) of %4 answers</source>
        <translation>%1(%2 – %3), 응답 %4개</translation>
    </message>
    <message>
        <source>to passives</source>
        <translation>중립 전환율</translation>
    </message>
    <message>
        <source>to promoters</source>
        <translation>추천 전환율</translation>
    </message>
    <message>
        <source>mean CLV detractors</source>
        <translation>비추천 고객 평균 CLV</translation>
    </message>
    <message>
        <source>mean CLV passives</source>
        <translation>중립 고객 평균 CLV</translation>
    </message>
    <message>
        <source>mean CLV promoters</source>
        <translation>추천 고객 평균 CLV</translation>
    </message>
    <message>
        <source>The money the new step “%1” costs is in %2, not %3: left out</source>
        <translation>새 단계 “%1”의 비용 통화가 %3이(가) 아닌 %2이므로 제외했습니다</translation>
    </message>
    <message>
        <source>Customer effort added — %1</source>
        <translation>추가된 고객 노력 — %1</translation>
    </message>
    <message>
        <source>−customers × (minutes / 60 × hour value + money)</source>
        <translation>−고객 수 × (시간(분) / 60 × 시간 가치 + 금액)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>시간(분)</translation>
    </message>
    <message>
        <source>money</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>spread (%1 confidence)</source>
        <translation>편차(신뢰도 %1)</translation>
    </message>
    <message>
        <source>Customer effort per year — %1</source>
        <translation>연간 고객 노력 — %1</translation>
    </message>
    <message>
        <source>Σ cards' customer effort saved − added steps' effort</source>
        <translation>Σ 카드별 절감된 고객 노력 − 추가된 단계의 노력</translation>
    </message>
    <message>
        <source>low</source>
        <translation>하한</translation>
    </message>
    <message>
        <source>high</source>
        <translation>상한</translation>
    </message>
    <message>
        <source>Cost to serve per year — %1</source>
        <translation>연간 서비스 비용 — %1</translation>
    </message>
    <message>
        <source>Σ cards' cost to serve saved</source>
        <translation>Σ 카드별 서비스 비용 절감</translation>
    </message>
    <message>
        <source>Retention per year — %1</source>
        <translation>연간 고객 유지 — %1</translation>
    </message>
    <message>
        <source>CLV at risk — %1</source>
        <translation>위험에 처한 CLV — %1</translation>
    </message>
    <message>
        <source>Σ linked touchpoints: lifetime value of the customers whose latest answer there was a detractor's</source>
        <translation>Σ 연결된 터치포인트: 해당 터치포인트의 최근 응답이 비추천이었던 고객의 생애 가치</translation>
    </message>
    <message>
        <source>Running cost per year — %1</source>
        <translation>연간 운영 비용 — %1</translation>
    </message>
    <message>
        <source>from month %1 on, after delivery</source>
        <translation>구현 후 %1개월 차부터</translation>
    </message>
    <message>
        <source>months to deliver</source>
        <translation>구현 기간(개월)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>No customers per year are set: every benefit is 0</source>
        <translation>연간 고객 수가 설정되지 않아 모든 편익이 0입니다</translation>
    </message>
    <message>
        <source>The scenario names an opportunity that no longer exists: left out</source>
        <translation>시나리오가 더 이상 없는 개선 기회를 가리키므로 제외했습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is changed by %2: the total counts each change in full, so it overstates their overlap</source>
        <translation>“%1”을(를) %2이(가) 변경합니다. 합계는 각 변경을 모두 반영하므로 겹치는 효과가 과대평가됩니다</translation>
    </message>
    <message>
        <source>Σ opportunities</source>
        <translation>Σ 개선 기회</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>개선 기회</translation>
    </message>
    <message>
        <source>Σ touchpoints linked by any opportunity, each counted once</source>
        <translation>Σ 개선 기회에 연결된 터치포인트, 각각 한 번씩 계산</translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation>터치포인트</translation>
    </message>
    <message>
        <source>the largest card's retention (a customer changes category once); the range uses the ends of the detractor share's 95 % interval and the spread</source>
        <translation>고객 유지 효과가 가장 큰 카드의 값(고객은 범주를 한 번만 바꿈); 범위는 비추천 고객 비율 95 % 구간의 양 끝과 편차를 사용합니다</translation>
    </message>
    <message>
        <source>Retention at “%1” not counted yet: reading the %L2 survey answers…</source>
        <translation>“%1”의 고객 유지는 아직 반영되지 않았습니다: 설문 응답 %L2개를 읽는 중…</translation>
    </message>
    <message>
        <source>Retention at “%1” not counted yet: fitting the lifetime-value model to %L2 customers…</source>
        <translation>“%1”의 고객 유지는 아직 반영되지 않았습니다: 고객 %L2명의 데이터로 생애 가치 모델을 맞추는 중…</translation>
    </message>
    <message>
        <source>Retention at “%1” not counted yet: matching %L2 survey answers to customers…</source>
        <translation>“%1”의 고객 유지는 아직 반영되지 않았습니다: 설문 응답 %L2개를 고객과 연결하는 중…</translation>
    </message>
</context>
<context>
    <name>BusinessCaseXlsx</name>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>임시 폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>통합 문서를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>입력값</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>계산</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>cannot add the sheets</source>
        <translation>시트를 추가할 수 없습니다</translation>
    </message>
    <message>
        <source>Business case: every opportunity</source>
        <translation>비즈니스 케이스: 모든 개선 기회</translation>
    </message>
    <message>
        <source>Business case: %1</source>
        <translation>비즈니스 케이스: %1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Horizon (years, 1–10)</source>
        <translation>분석 기간(년, 1–10)</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>할인율</translation>
    </message>
    <message>
        <source>Customers per year</source>
        <translation>연간 고객 수</translation>
    </message>
    <message>
        <source>Customers per year — %1</source>
        <translation>연간 고객 수 — %1</translation>
    </message>
    <message>
        <source>Value of the customer's hour</source>
        <translation>고객 시간 1시간의 가치</translation>
    </message>
    <message>
        <source>Cost per contact — %1</source>
        <translation>접촉당 비용 — %1</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>개선 기회</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>일회성 비용</translation>
    </message>
    <message>
        <source>Running cost / year</source>
        <translation>운영 비용 / 년</translation>
    </message>
    <message>
        <source>Months to deliver</source>
        <translation>구현 기간(개월)</translation>
    </message>
    <message>
        <source>Customer effort / year</source>
        <translation>고객 노력 / 년</translation>
    </message>
    <message>
        <source>Cost to serve / year</source>
        <translation>서비스 비용 / 년</translation>
    </message>
    <message>
        <source>Retention / year</source>
        <translation>고객 유지 / 년</translation>
    </message>
    <message>
        <source>Benefits / year, low</source>
        <translation>편익 / 년, 하한</translation>
    </message>
    <message>
        <source>Benefits / year, high</source>
        <translation>편익 / 년, 상한</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>NPV, low</source>
        <translation>NPV, 하한</translation>
    </message>
    <message>
        <source>NPV, high</source>
        <translation>NPV, 상한</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>회수 기간(개월)</translation>
    </message>
    <message>
        <source>Year %1: net, discounted</source>
        <translation>%1년 차: 순현금흐름, 할인 후</translation>
    </message>
    <message>
        <source>Year %1: running cost, discounted</source>
        <translation>%1년 차: 운영 비용, 할인 후</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>분석 기간 내 회수 불가</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>수식</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>통합 문서를 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>CardImage</name>
    <message>
        <source>The stored picture is damaged.</source>
        <translation>저장된 이미지가 손상되었습니다.</translation>
    </message>
    <message>
        <source>The stored picture is damaged (%1).</source>
        <translation>저장된 이미지가 손상되었습니다(%1).</translation>
    </message>
    <message>
        <source>The picture is stored as “%1”, which is neither JPEG nor PNG.</source>
        <translation>이미지가 “%1” 형식으로 저장되어 있습니다. JPEG도 PNG도 아닙니다.</translation>
    </message>
    <message>
        <source>The stored picture is %1 × %2 pixels; pictures on cards are at most %3 pixels on each side.</source>
        <translation>저장된 이미지의 크기가 %1 × %2 픽셀입니다. 카드의 이미지는 각 변이 최대 %3 픽셀입니다.</translation>
    </message>
    <message>
        <source>the picture has no id</source>
        <translation>사진에 ID가 없습니다</translation>
    </message>
    <message>
        <source>the picture is stored as “%1”, which is neither JPEG nor PNG</source>
        <translation>사진이 “%1” 형식으로 저장되어 있으며, 이는 JPEG도 PNG도 아닙니다</translation>
    </message>
    <message>
        <source>the picture is empty</source>
        <translation>사진이 비어 있습니다</translation>
    </message>
    <message>
        <source>the picture takes %1; a stored picture takes at most %2</source>
        <translation>사진 크기가 %1입니다. 저장된 사진은 최대 %2까지 가능합니다</translation>
    </message>
    <message>
        <source>the picture's size %1 × %2 is not from 1 to %3 pixels on each side</source>
        <translation>사진 크기 %1 × %2: 각 변은 1~%3픽셀이어야 합니다</translation>
    </message>
</context>
<context>
    <name>CardImageImport</name>
    <message>
        <source>the file is %1; a picture may be at most %2.</source>
        <translation>파일 크기가 %1입니다. 이미지는 최대 %2까지 가능합니다.</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete.</source>
        <translation>이미지가 손상되었거나 일부가 없습니다.</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete (%1).</source>
        <translation>이미지가 손상되었거나 일부가 없습니다(%1).</translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation>붙여 넣은 이미지</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>it could not be read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>it is larger than %1, the most a picture may be.</source>
        <translation>%1보다 큽니다. 이미지는 최대 %1까지 가능합니다.</translation>
    </message>
    <message>
        <source>there is no such file (%1).</source>
        <translation>파일이 없습니다(%1).</translation>
    </message>
    <message>
        <source>this is not a file but a folder or a device.</source>
        <translation>파일이 아니라 폴더나 장치입니다.</translation>
    </message>
    <message>
        <source>it could not be opened: %1</source>
        <translation>열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>비어 있습니다.</translation>
    </message>
    <message>
        <source>this is not a picture Waymark can read; it takes %1.</source>
        <translation>Waymark가 읽을 수 있는 이미지가 아닙니다. 사용할 수 있는 형식: %1.</translation>
    </message>
    <message>
        <source>its format is %1; Waymark takes %2.</source>
        <translation>형식이 %1입니다. Waymark에서 사용할 수 있는 형식: %2.</translation>
    </message>
    <message>
        <source>the picture is %1 × %2 pixels (%3 megapixels); a picture may have at most %4 megapixels.</source>
        <translation>이미지 크기가 %1 × %2 픽셀(%3메가픽셀)입니다. 이미지는 최대 %4메가픽셀까지 가능합니다.</translation>
    </message>
    <message>
        <source>the picture is %1 × %2 pixels at %3 bits a pixel: reading it would take %4 of memory, more than the %5 a picture may take.</source>
        <translation>이미지가 %1 × %2 픽셀, 픽셀당 %3비트입니다. 읽으려면 메모리가 %4 필요하지만 이미지 하나에는 최대 %5까지 허용됩니다.</translation>
    </message>
    <message>
        <source>the picture could not be written anew as %1.</source>
        <translation>이미지를 %1 형식으로 다시 저장할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>Time: %1 · Money: %2 · Negative emotion: %3/10</source>
        <translation>시간: %1 · 비용: %2 · 부정적 감정: %3/10</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>페인 포인트</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>진실의 순간</translation>
    </message>
    <message>
        <source>today: %1</source>
        <translation>현재: %1</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>new</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Pain point (red triangle): the step hurts the customer; the team wants it fixed.</source>
        <translation>페인 포인트(빨간 삼각형): 고객이 불편을 겪는 단계로, 팀이 개선하려는 곳입니다.</translation>
    </message>
    <message>
        <source>Moment of truth (star): the customer decides here whether to stay.</source>
        <translation>진실의 순간(별): 고객이 여기서 계속 이용할지 결정합니다.</translation>
    </message>
    <message>
        <source>Coloured bar: the department that owns this step — %1.</source>
        <translation>색 막대: 이 단계를 담당하는 부서 — %1.</translation>
    </message>
    <message>
        <source>Negative emotion %1 of 10 (numbered circle): green calm, amber uneasy, red upset.</source>
        <translation>부정적 감정 %1/10(숫자 원): 초록은 평온, 주황은 불안, 빨강은 불만.</translation>
    </message>
    <message>
        <source>Effort: the time (blue) and money (green) this step costs the customer.</source>
        <translation>노력: 이 단계에서 고객이 들이는 시간(파랑)과 금액(초록).</translation>
    </message>
    <message>
        <source>What the card rests on (bars: one for an assumption, two for workshop knowledge, three for research, four for measured data): %1.</source>
        <translation>카드의 근거(막대: 1개는 가정, 2개는 워크숍 참가자의 지식, 3개는 리서치, 4개는 측정 데이터): %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) on this card: double-click to see them large.</source>
        <translation>
            <numerusform>이 카드의 사진 %n장: 두 번 클릭하면 크게 볼 수 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardMime</name>
    <message>
        <source>The clipboard holds no Waymark cards.</source>
        <translation>클립보드에 Waymark 카드가 없습니다.</translation>
    </message>
    <message>
        <source>The cards on the clipboard cannot be pasted: %1</source>
        <translation>클립보드의 카드를 붙여 넣을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>CardTransfer</name>
    <message>
        <source>Copied cards</source>
        <translation>복사한 카드</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Web</source>
        <translation>웹</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>모바일 앱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Branch / store</source>
        <translation>지점/매장</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>소셜 미디어</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>우편</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>대면</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>ClvCharts</name>
    <message>
        <source>Cumulative repeat purchases, actual and expected</source>
        <translation>누적 재구매: 실제 및 예상</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실제</translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation>예상(%1)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>재구매</translation>
    </message>
    <message>
        <source>Calibration end (week %1)</source>
        <translation>보정 기간 종료(%1주)</translation>
    </message>
</context>
<context>
    <name>ClvModel</name>
    <message>
        <source>no customer bought before the calibration end: nothing to model</source>
        <translation>보정 기간이 끝나기 전에 구매한 고객이 없어 모델링할 데이터가 없습니다</translation>
    </message>
    <message>
        <source>only %1 customers, %2 of whom bought again: too few to estimate the models reliably</source>
        <translation>고객이 %1명뿐이고 그중 재구매 고객은 %2명입니다. 모델을 신뢰성 있게 추정하기에는 너무 적습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) could not be predicted (the model cannot be evaluated for their history)</source>
        <translation>
            <numerusform>고객 %n명은 예측할 수 없습니다(해당 구매 이력으로는 모델을 계산할 수 없음)</numerusform>
        </translation>
    </message>
    <message>
        <source>no customer bought again with a positive amount: the spend model cannot be fitted</source>
        <translation>양수 금액으로 재구매한 고객이 없어 지출 모델을 추정할 수 없습니다</translation>
    </message>
    <message>
        <source>the spend model's q is at most 1: the population has no finite mean spend, expected spends are unreliable</source>
        <translation>지출 모델의 q가 1 이하입니다. 모집단의 평균 지출이 유한하지 않으므로 기대 지출을 신뢰할 수 없습니다</translation>
    </message>
    <message>
        <source>the fit found no parameters for which the model explains the data</source>
        <translation>모델이 데이터를 설명할 수 있는 모수를 찾지 못했습니다</translation>
    </message>
    <message numerus="yes">
        <source>the fit did not converge after %n iteration(s); the parameters are the best found, not an optimum</source>
        <translation>
            <numerusform>%n회 반복한 뒤에도 추정이 수렴하지 않았습니다. 모수는 최적값이 아니라 찾은 값 중 가장 좋은 값입니다</numerusform>
        </translation>
    </message>
    <message>
        <source>the fit ran to the edge of the parameter space (a parameter tends to 0 or infinity): the model does not suit these data</source>
        <translation>추정이 모수 공간의 경계에 도달했습니다(모수가 0 또는 무한대로 향함). 이 모델은 이 데이터에 맞지 않습니다</translation>
    </message>
    <message>
        <source>the likelihood is flat around the optimum: standard errors cannot be given</source>
        <translation>최적점 주변에서 가능도가 평탄하여 표준 오차를 구할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ClvStatistics</name>
    <message>
        <source>Promoters</source>
        <translation>추천 고객</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>중립 고객</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>비추천 고객</translation>
    </message>
</context>
<context>
    <name>ClvTransactions</name>
    <message>
        <source>fewer than 4 columns (customer, date, count, amount)</source>
        <translation>열이 4개 미만임(고객, 날짜, 수량, 금액)</translation>
    </message>
    <message>
        <source>unreadable date</source>
        <translation>날짜를 읽을 수 없음</translation>
    </message>
    <message>
        <source>unreadable count</source>
        <translation>수량을 읽을 수 없음</translation>
    </message>
    <message>
        <source>unreadable amount</source>
        <translation>금액을 읽을 수 없음</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>line %1: the header names no column for %2 (found: %3)</source>
        <translation>%1행: 헤더에 %2에 해당하는 열이 없습니다(찾은 열: %3)</translation>
    </message>
    <message>
        <source>too few columns</source>
        <translation>열이 너무 적음</translation>
    </message>
    <message>
        <source>no customer id</source>
        <translation>고객 ID 없음</translation>
    </message>
    <message>
        <source>currency other than %1</source>
        <translation>%1 이외의 통화</translation>
    </message>
    <message>
        <source>the file holds no transactions</source>
        <translation>파일에 거래 내역이 없습니다</translation>
    </message>
    <message>
        <source>no row could be read as a transaction</source>
        <translation>거래로 읽을 수 있는 행이 없습니다</translation>
    </message>
    <message>
        <source>%1:%2: %3 (row skipped)</source>
        <translation>%1:%2: %3 (행 건너뜀)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more row(s) skipped: %2</source>
        <translation>
            <numerusform>%1: 행 %n개를 더 건너뜀: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1” (it has: %2).</source>
        <translation>통합 문서에 “%1” 시트가 없습니다(있는 시트: %2).</translation>
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
                                NPS 범주별 평균·총 CLV와 터치포인트별 위험에 처한 CLV;
                                두 데이터 세트가 모두 있는 여정이면 CLVFILE 불필요
</translation>
    </message>
    <message>
        <source>--format takes table or json</source>
        <translation>--format에는 table 또는 json을 지정하세요</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>예기치 않은 인수 “%1”</translation>
    </message>
    <message>
        <source>clv needs the responses and the CLV values: waymark clv NPSFILE CLVFILE</source>
        <translation>clv에는 응답과 CLV 값이 필요합니다: waymark clv NPSFILE CLVFILE</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>범주</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>고객 수</translation>
    </message>
    <message>
        <source>Total CLV</source>
        <translation>총 CLV</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>평균 CLV</translation>
    </message>
    <message>
        <source>No CLV at risk: no customer with a CLV was a detractor at a touchpoint.</source>
        <translation>위험에 처한 CLV가 없습니다: CLV가 있는 고객 중 터치포인트에서 비추천 고객이었던 고객이 없습니다.</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>터치포인트</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>비추천 고객</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>위험에 처한 CLV</translation>
    </message>
    <message>
        <source>%1 customers joined; %2 answered without a CLV; %3 responses name no customer; %4 customers with a CLV never answered.</source>
        <translation>고객 %1명을 연결했습니다. CLV 없이 응답한 고객 %2명, 고객이 지정되지 않은 응답 %3건, CLV는 있지만 응답하지 않은 고객 %4명이 있습니다.</translation>
    </message>
    <message>
        <source>validate takes one file: waymark validate FILE</source>
        <translation>validate에는 파일 하나를 지정하세요: waymark validate FILE</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>convert takes two files: waymark convert IN OUT</source>
        <translation>convert에는 파일 두 개를 지정하세요: waymark convert IN OUT</translation>
    </message>
    <message>
        <source>IN and OUT are the same file</source>
        <translation>IN과 OUT이 같은 파일입니다</translation>
    </message>
    <message numerus="yes">
        <source>Converted %1 to %2 (%n touchpoint(s))</source>
        <translation>
            <numerusform>%1을(를) %2(으)로 변환했습니다(터치포인트 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>  waymark --version             print the version
  waymark --help                print this help

Exit status: 0 success, 1 a file could not be read or written, 2 wrong arguments.
</source>
        <translation>  waymark --version             버전 출력
  waymark --help                이 도움말 출력

종료 상태: 0 성공, 1 파일을 읽거나 쓸 수 없음, 2 잘못된 인수.
</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD with FIELD one of %1</source>
        <translation>--map에는 COLUMN=FIELD 형식을 지정하세요(FIELD는 %1 중 하나)</translation>
    </message>
    <message>
        <source>--encoding needs a name such as windows-1251</source>
        <translation>--encoding에는 windows-1251 같은 인코딩 이름을 지정하세요</translation>
    </message>
    <message>
        <source>--delimiter needs a character</source>
        <translation>--delimiter에는 구분 문자를 지정하세요</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3 (row skipped)</source>
        <translation>%1:%2: %3 (행 건너뜀)</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4 (row skipped)</source>
        <translation>%1:%2: %3: %4 (행 건너뜀)</translation>
    </message>
    <message>
        <source>give one of --pdf OUT, --png OUT or --svg OUT</source>
        <translation>--pdf OUT, --png OUT, --svg OUT 중 하나를 지정하세요</translation>
    </message>
    <message>
        <source>--page takes A4, A3, A2, A1, Letter or Tabloid</source>
        <translation>--page에는 A4, A3, A2, A1, Letter, Tabloid 중 하나를 지정하세요</translation>
    </message>
    <message>
        <source>--layers needs a list such as effort,emotion,nps</source>
        <translation>--layers에는 effort,emotion,nps 같은 목록을 지정하세요</translation>
    </message>
    <message>
        <source>--department needs a department's name</source>
        <translation>--department에는 부서 이름을 지정하세요</translation>
    </message>
    <message>
        <source>--scale needs a positive number (2 = twice the screen size)</source>
        <translation>--scale에는 양수를 지정하세요(2 = 화면 크기의 두 배)</translation>
    </message>
    <message>
        <source>export needs a journey and an output: waymark export JOURNEY --pdf OUT</source>
        <translation>export에는 여정과 출력 파일이 필요합니다: waymark export JOURNEY --pdf OUT</translation>
    </message>
    <message>
        <source>no department “%1” in this journey (it has: %2)</source>
        <translation>이 여정에 “%1” 부서가 없습니다(있는 부서: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s), %2 %3</source>
        <translation>
            <numerusform>%1: %n페이지, %2 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>가로</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>세로</translation>
    </message>
    <message>
        <source>%1: the whole map</source>
        <translation>%1: 지도 전체</translation>
    </message>
    <message>
        <source>%1 needs a file</source>
        <translation>%1에는 파일을 지정하세요</translation>
    </message>
    <message>
        <source>--name needs a name</source>
        <translation>--name에는 이름을 지정하세요</translation>
    </message>
    <message>
        <source>%1 is not a journey file (.waymark or .waymark.json)</source>
        <translation>%1은(는) 여정 파일(.waymark 또는 .waymark.json)이 아닙니다</translation>
    </message>
    <message>
        <source>%1: added “%2”: %3 of %4 rows imported, %5 refused</source>
        <translation>%1: “%2” 추가됨: %4개 행 중 %3개 가져옴, %5개 거부됨</translation>
    </message>
    <message>
        <source>--by needs a list such as touchpoint,quarter</source>
        <translation>--by에는 touchpoint,quarter 같은 목록을 지정하세요</translation>
    </message>
    <message>
        <source>--format takes table, csv or json</source>
        <translation>--format에는 table, csv, json 중 하나를 지정하세요</translation>
    </message>
    <message>
        <source>* fewer than 30 answers: a weak signal</source>
        <translation>* 응답 30건 미만: 신뢰도가 낮은 신호</translation>
    </message>
    <message>
        <source>--lang takes one of %1</source>
        <translation>--lang에는 %1 중 하나를 지정하세요</translation>
    </message>
    <message>
        <source>Usage:
  waymark [FILE]                open the journey map editor (FILE: .waymark or .waymark.json)
  waymark --review FILE         open FILE read-only for comments (a department head's review)
  waymark convert IN OUT        convert between .waymark and .waymark.json (by extension)
  waymark validate FILE         check a journey file and print a one-line summary
</source>
        <translation>사용법:
  waymark [FILE]                고객 여정 지도 편집기 열기(FILE: .waymark 또는 .waymark.json)
  waymark --review FILE         FILE을 읽기 전용으로 열어 댓글 달기(부서장 검토용)
  waymark convert IN OUT        .waymark와 .waymark.json 간 변환(확장자 기준)
  waymark validate FILE         여정 파일을 검사하고 한 줄 요약 출력
</translation>
    </message>
    <message>
        <source>--sheet needs a sheet's name or number</source>
        <translation>--sheet에는 시트 이름이나 번호를 지정하세요</translation>
    </message>
    <message>
        <source>%1 holds no %2 dataset</source>
        <translation>%1에 %2 데이터 세트가 없습니다</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>give one of --nps FILE, --clv FILE or --metric M FILE</source>
        <translation>--nps FILE, --clv FILE, --metric M FILE 중 하나를 지정하세요</translation>
    </message>
    <message>
        <source>--metric takes one of nps, csat, ces, audit, enps, mean and then a file</source>
        <translation>--metric에는 nps, csat, ces, audit, enps, mean 중 하나와 파일을 차례로 지정하세요</translation>
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
                                그룹별 NPS(n, 비율, ±95 % 오차 범위 포함); FILE은 응답
                                파일(CSV, TSV, JSON, NDJSON) 또는 NPS 데이터 세트가 있는
                                여정. DIM: journey stage touchpoint segment channel
                                department location month quarter year
</translation>
    </message>
    <message>
        <source>* fewer than %1 answers: a weak signal</source>
        <translation>* 응답 %1건 미만: 신뢰도가 낮은 신호</translation>
    </message>
    <message>
        <source>--metric takes one of %1</source>
        <translation>--metric에는 %1 중 하나를 지정하세요</translation>
    </message>
    <message>
        <source>--value needs a column name</source>
        <translation>--value에는 열 이름을 지정하세요</translation>
    </message>
    <message>
        <source>unknown dimension “%1” (%2)</source>
        <translation>알 수 없는 차원 “%1”(%2)</translation>
    </message>
    <message>
        <source>a file is needed: waymark stats FILE --metric M</source>
        <translation>파일이 필요합니다: waymark stats FILE --metric M</translation>
    </message>
    <message>
        <source>no column gives “%1” (columns found: %2); name the column with --map COLUMN=%3</source>
        <translation>“%1”에 해당하는 열이 없습니다(찾은 열: %2). --map COLUMN=%3 형식으로 열을 지정하세요</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>--scenario takes a scenario's name</source>
        <translation>--scenario에는 시나리오 이름이 필요합니다</translation>
    </message>
    <message>
        <source>--horizon takes a whole number of years from 1 to 10</source>
        <translation>--horizon에는 1에서 10 사이의 정수 연수가 필요합니다</translation>
    </message>
    <message>
        <source>--discount takes a rate from 0 to 1 (0.08) or a percentage (8%)</source>
        <translation>--discount에는 0에서 1 사이의 비율(0.08) 또는 백분율(8%)이 필요합니다</translation>
    </message>
    <message>
        <source>--format takes table, json, csv or xlsx</source>
        <translation>--format에는 table, json, csv 또는 xlsx를 지정합니다</translation>
    </message>
    <message>
        <source>--out takes a file name</source>
        <translation>--out에는 파일 이름이 필요합니다</translation>
    </message>
    <message>
        <source>business-case needs a journey: waymark business-case JOURNEY</source>
        <translation>business-case에는 여정이 필요합니다: waymark business-case JOURNEY</translation>
    </message>
    <message>
        <source>--format xlsx needs --out FILE: a workbook is no text for the terminal</source>
        <translation>--format xlsx에는 --out FILE이 필요합니다: 통합 문서는 터미널에 출력할 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n개월</numerusform>
        </translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>분석 기간 내 회수 불가</translation>
    </message>
    <message>
        <source>Every opportunity</source>
        <translation>모든 개선 기회</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>시나리오: %1</translation>
    </message>
    <message numerus="yes">
        <source>amounts in %1; %n year(s) at a discount rate of %2</source>
        <translation>
            <numerusform>금액 단위 %1; %n년, 할인율 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>개선 기회</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>일회성 비용</translation>
    </message>
    <message>
        <source>Running / year</source>
        <translation>운영 / 년</translation>
    </message>
    <message>
        <source>Effort / year</source>
        <translation>노력 / 년</translation>
    </message>
    <message>
        <source>Cost to serve / year</source>
        <translation>서비스 비용 / 년</translation>
    </message>
    <message>
        <source>Retention / year</source>
        <translation>고객 유지 / 년</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>NPV low – high</source>
        <translation>NPV 하한 – 상한</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>회수 기간</translation>
    </message>
    <message>
        <source>The journey has no opportunities to value.</source>
        <translation>여정에 평가할 개선 기회가 없습니다.</translation>
    </message>
    <message>
        <source>Left out or to check:</source>
        <translation>제외되었거나 확인이 필요한 항목:</translation>
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
                                각 개선 기회의 가치: 연간 편익(고객 노력, 서비스 비용,
                                고객 유지), 범위를 포함한 NPV, ROI, 회수 기간. 시나리오를
                                지정하지 않으면 모든 개선 기회. RATE: 0.08 또는 8%.
                                xlsx(--out 필요): 입력값과 실시간 수식
</translation>
    </message>
    <message>
        <source>no scenario “%1”: the journey has no scenarios</source>
        <translation>시나리오 “%1”이(가) 없습니다: 여정에 시나리오가 없습니다</translation>
    </message>
    <message>
        <source>no scenario “%1”; the journey's scenarios: %2</source>
        <translation>시나리오 “%1”이(가) 없습니다. 여정의 시나리오: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>--calibration-end takes a date such as 1997-09-30</source>
        <translation>--calibration-end에는 1997-09-30 같은 날짜를 지정하세요</translation>
    </message>
    <message>
        <source>--horizon-months takes a whole number of months from 1 to 1200</source>
        <translation>--horizon-months에는 1부터 1200까지의 개월 수를 정수로 지정하세요</translation>
    </message>
    <message>
        <source>--discount takes an annual rate as a fraction, such as 0.08 for 8 % a year</source>
        <translation>--discount에는 연간 할인율을 소수로 지정하세요(예: 연 8 %이면 0.08)</translation>
    </message>
    <message>
        <source>--time-unit takes days, weeks or months</source>
        <translation>--time-unit에는 days, weeks, months 중 하나를 지정하세요</translation>
    </message>
    <message>
        <source>--model takes bgnbd or paretonbd</source>
        <translation>--model에는 bgnbd 또는 paretonbd를 지정하세요</translation>
    </message>
    <message>
        <source>--customers takes the CSV file to write</source>
        <translation>--customers에는 결과를 저장할 CSV 파일을 지정하세요</translation>
    </message>
    <message>
        <source>clv-model needs a transactions file: waymark clv-model TRANSACTIONS</source>
        <translation>clv-model에는 거래 파일이 필요합니다: waymark clv-model TRANSACTIONS</translation>
    </message>
    <message>
        <source>%1 transactions, %2 customers (%3 bought again); calibration to %4, time in %5</source>
        <translation>거래 %1건, 고객 %2명(재구매 고객 %3명), 보정 기간 종료일 %4, 시간 단위 %5</translation>
    </message>
    <message>
        <source>log-likelihood</source>
        <translation>로그 가능도</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>모수</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>추정값</translation>
    </message>
    <message>
        <source>Std. error</source>
        <translation>표준 오차</translation>
    </message>
    <message>
        <source>%1 fits these transactions better (higher log-likelihood); predictions use %2.</source>
        <translation>%1이(가) 이 거래 데이터에 더 잘 맞습니다(로그 가능도가 더 높음). 예측에는 %2을(를) 사용합니다.</translation>
    </message>
    <message numerus="yes">
        <source>CLV over %n month(s) at %1 a year: total %2, mean %3 per customer</source>
        <translation>
            <numerusform>%n개월 CLV(연 할인율 %1): 합계 %2, 고객당 평균 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Holdout to %1 (%2 %3): %4 repeat purchases, %5 predicted</source>
        <translation>홀드아웃 기간(%1까지, %2 %3): 재구매 %4건, 예측 %5건</translation>
    </message>
    <message>
        <source>Rows: %1 unreadable, %2 with a negative amount left out (returns), %3 worth 0 kept, %4 repeated rows kept; %5 customers first bought after the calibration end</source>
        <translation>행: 읽을 수 없는 행 %1개, 음수 금액으로 제외한 행(반품) %2개, 금액 0으로 유지한 행 %3개, 유지한 중복 행 %4개; 보정 기간 종료 후 처음 구매한 고객 %5명</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>--review takes one file: waymark --review FILE</source>
        <translation>--review에는 파일 하나를 지정하세요: waymark --review FILE</translation>
    </message>
    <message>
        <source>unknown option "%1"</source>
        <translation>알 수 없는 옵션 “%1”</translation>
    </message>
    <message>
        <source>unknown command "%1" (the editor opens one file: waymark FILE)</source>
        <translation>알 수 없는 명령 “%1”(편집기는 파일 하나를 엽니다: waymark FILE)</translation>
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
                                거래 데이터(고객, 날짜, 금액[, 수량, 통화]: 헤더가 있는
                                CSV/TSV/xlsx/JSON, CDNOW 형식의 공백 구분 열, 또는 구매 데이터가
                                있는 고객 여정)로 생애 가치와 이탈을 분석: BG/NBD와 Pareto/NBD
                                비교, Gamma-Gamma 지출, 고객별 P(alive)와 CLV. DATE 이후의
                                구매는 홀드아웃이 됩니다. CLV는 N개 역월(365.25/12일, 기본값
                                12)을 합산하며, 각 월은 연 할인율 RATE(기본값 0.08)로
                                1/(1+RATE)^(월/12)만큼 할인됩니다. 금액이 0인 행은 구매로
                                집계하고, 음수 행(반품)은 제외하며, 중복 행은 유지합니다. 집계된
</translation>
    </message>
    <message>
        <source>%1 holds no purchases: add them with waymark import %1 --transactions FILE</source>
        <translation>%1에 구매 데이터가 없습니다: waymark import %1 --transactions FILE로 추가하세요</translation>
    </message>
    <message>
        <source>give one of --nps FILE, --clv FILE, --metric M FILE or --transactions FILE</source>
        <translation>--nps FILE, --clv FILE, --metric M FILE, --transactions FILE 중 하나를 지정하세요</translation>
    </message>
    <message>
        <source>import needs a journey and a file: waymark import JOURNEY --nps FILE | --clv FILE | --metric M FILE | --transactions FILE</source>
        <translation>import에는 고객 여정과 파일이 필요합니다: waymark import JOURNEY --nps FILE | --clv FILE | --metric M FILE | --transactions FILE</translation>
    </message>
    <message>
        <source>%1 is not an option of --transactions (its columns are found by their names)</source>
        <translation>%1은(는) --transactions의 옵션이 아닙니다(열은 이름으로 찾습니다)</translation>
    </message>
    <message>
        <source>  waymark portfolio FOLDER [--format table|csv|json]
                                every journey in FOLDER at a glance: owner, last save, stages,
                                cards, customer time, NPS ± margin, CLV at risk, open comments,
                                opportunities by status; files that cannot be read are named
</source>
        <translation>  waymark portfolio FOLDER [--format table|csv|json]
                                FOLDER의 모든 고객 여정을 한눈에: 담당, 마지막 저장, 단계,
                                카드, 고객 시간, NPS ± 오차 범위, 위험에 처한 CLV, 미해결 댓글,
                                상태별 개선 기회. 읽을 수 없는 파일은 이름을 표시
</translation>
    </message>
    <message>
        <source>portfolio needs a folder: waymark portfolio FOLDER</source>
        <translation>portfolio에는 폴더가 필요합니다: waymark portfolio FOLDER</translation>
    </message>
    <message>
        <source>%1: left out: %2</source>
        <translation>%1: 제외됨: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>고객 여정</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Customer time</source>
        <translation>고객 시간</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>미해결 댓글</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>개선 기회</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>상태별</translation>
    </message>
    <message>
        <source>a PostgreSQL source needs --table NAME or --query SQL (one of them)</source>
        <translation>PostgreSQL 원본에는 --table NAME 또는 --query SQL 중 하나가 필요합니다</translation>
    </message>
    <message>
        <source>--metric takes a metric with answer categories: %1</source>
        <translation>--metric에는 응답 범주가 있는 지표를 지정하세요: %1</translation>
    </message>
    <message>
        <source>--by takes one of %1</source>
        <translation>--by에는 다음 중 하나를 지정하세요: %1</translation>
    </message>
    <message>
        <source>--group needs a group's value, such as a touchpoint key</source>
        <translation>--group에는 그룹 값(예: 터치포인트 키)이 필요합니다</translation>
    </message>
    <message>
        <source>--category needs a category such as detractors, or all</source>
        <translation>--category에는 범주(예: detractors) 또는 all이 필요합니다</translation>
    </message>
    <message>
        <source>--top takes a number of terms from 1 to 1000</source>
        <translation>--top에는 1부터 1000까지의 용어 수를 지정하세요</translation>
    </message>
    <message>
        <source>a file is needed: waymark say FILE</source>
        <translation>파일이 필요합니다: waymark say FILE</translation>
    </message>
    <message>
        <source>--category takes %1 or all for %2</source>
        <translation>--category에는 %1 또는 all을 지정하세요(%2)</translation>
    </message>
    <message>
        <source>    “%1” (%2, %3)</source>
        <translation>    “%1”(%2, %3)</translation>
    </message>
    <message>
        <source>    “%1” (%2)</source>
        <translation>    “%1”(%2)</translation>
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
                                고객의 목소리: 각 그룹의 의견을 다른 의견과 구별해 주는 단어와
                                두 단어 구(가중 로그 오즈, |z| ≥ 1.96)를 가장 짧은 인용문과
                                함께 표시하며 개인 정보는 가립니다. 기본값: 각 터치포인트의
                                비추천 고객 대 다른 모든 의견. FILE: 응답 파일 또는 그런
                                데이터 세트가 있는 고객 여정
</translation>
    </message>
    <message>
        <source>%1 has no comments (name the comment column with --map COLUMN=comment)</source>
        <translation>%1에 의견이 없습니다(--map COLUMN=comment로 의견 열을 지정하세요)</translation>
    </message>
    <message>
        <source>%1 has no “%2” values to group by (--by); name the column with --map COLUMN=%3</source>
        <translation>%1에 그룹화할 “%2” 값이 없습니다(--by). --map COLUMN=%3으로 열을 지정하세요</translation>
    </message>
    <message>
        <source>no %1 “%2” with comments in %3</source>
        <translation>%3에 의견이 있는 %1 “%2”이(가) 없습니다</translation>
    </message>
    <message>
        <source>all answers</source>
        <translation>모든 응답</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3, %n comment(s)</source>
        <translation>
            <numerusform>%1 %2: %3, 의견 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (against %n other comment(s))</source>
        <translation>
            <numerusform> (다른 의견 %n개와 비교)</numerusform>
        </translation>
    </message>
    <message>
        <source>  no other comments to compare with (try --category or another --by)</source>
        <translation>  비교할 다른 의견이 없습니다(--category 또는 다른 --by를 시도하세요)</translation>
    </message>
    <message>
        <source>  no term stands out (|z| ≥ 1.96, seen at least %1 times)</source>
        <translation>  두드러지는 용어가 없습니다(|z| ≥ 1.96, %1회 이상 등장)</translation>
    </message>
    <message>
        <source>term</source>
        <translation>용어</translation>
    </message>
    <message>
        <source>count</source>
        <translation>횟수</translation>
    </message>
    <message>
        <source>others</source>
        <translation>다른 의견</translation>
    </message>
    <message>
        <source>log-odds</source>
        <translation>로그 오즈</translation>
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
                                그룹별 지표와 n, 95 % 구간; M: nps csat ces audit enps mean;
                                FILE: 응답(CSV, TSV, JSON, xlsx; 행마다 응답 하나 또는 집계된
                                개수) 또는 그런 데이터 세트가 있는 고객 여정. DIM: journey
                                stage touchpoint segment channel department location month
                                quarter year
  waymark stats postgresql://[USER@]HOST[:PORT]/DB --table T | --query SQL --metric M [--by DIM,...]
              [--map COLUMN=FIELD ...] [--timeout SECONDS] [--format table|csv|json]
                                PostgreSQL에 보관된 응답으로 같은 작업: 서버가 그룹별로 집계하며
                                응답은 복사되지 않습니다. 암호는 ~/.pgpass에서 읽습니다
</translation>
    </message>
    <message>
        <source>%1 needs a value: --table NAME or --query SQL</source>
        <translation>%1에는 값이 필요합니다: --table NAME 또는 --query SQL</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout에는 초 단위 숫자를 지정하세요</translation>
    </message>
    <message>
        <source>--table and --query read from a PostgreSQL server: waymark stats postgresql://HOST/DB --table T</source>
        <translation>--table과 --query는 PostgreSQL 서버에서 읽습니다: waymark stats postgresql://HOST/DB --table T</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>server publish takes a URL and a journey file: waymark server publish URL FILE</source>
        <translation>server publish에는 URL과 고객 여정 파일이 필요합니다: waymark server publish URL FILE</translation>
    </message>
    <message>
        <source>Published “%1” as %2</source>
        <translation>“%1”을(를) %2(으)로 게시했습니다</translation>
    </message>
    <message>
        <source>server list takes a URL: waymark server list URL [--format table|json]</source>
        <translation>server list에는 URL이 필요합니다: waymark server list URL [--format table|json]</translation>
    </message>
    <message>
        <source>No journeys on this server yet: waymark server publish URL FILE puts one there.</source>
        <translation>이 서버에는 아직 고객 여정이 없습니다: waymark server publish URL FILE로 게시하세요.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>고객 여정</translation>
    </message>
    <message>
        <source>published by</source>
        <translation>게시자</translation>
    </message>
    <message>
        <source>last change</source>
        <translation>마지막 변경</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>변경 수</translation>
    </message>
    <message>
        <source>server export takes a URL, a journey id and a file: waymark server export URL ID OUT</source>
        <translation>server export에는 URL, 고객 여정 id, 파일이 필요합니다: waymark server export URL ID OUT</translation>
    </message>
    <message>
        <source>“%1” is not a journey id (waymark server list URL shows them)</source>
        <translation>“%1”은(는) 고객 여정 id가 아닙니다(waymark server list URL로 확인하세요)</translation>
    </message>
    <message>
        <source>Saved “%1” to %2</source>
        <translation>“%1”을(를) %2에 저장했습니다</translation>
    </message>
    <message>
        <source>  waymark server publish URL FILE | server list URL [--format table|json] | server export URL ID OUT
                                journeys shared through a PostgreSQL database (URL:
                                postgresql://[USER@]HOST[:PORT]/DB; the password comes from
                                ~/.pgpass): publish a journey file, list the journeys there,
                                save one back to a .waymark or .waymark.json file
</source>
        <translation>  waymark server publish URL FILE | server list URL [--format table|json] | server export URL ID OUT
                                PostgreSQL 데이터베이스로 공유하는 고객 여정(URL:
                                postgresql://[USER@]HOST[:PORT]/DB; 비밀번호는
                                ~/.pgpass에서 읽음): 고객 여정 파일 게시, 서버의 여정 목록,
                                여정을 .waymark 또는 .waymark.json 파일로 다시 저장
</translation>
    </message>
    <message>
        <source>server takes publish, list or export: waymark server publish URL FILE</source>
        <translation>server에는 publish, list 또는 export가 필요합니다: waymark server publish URL FILE</translation>
    </message>
    <message>
        <source>  waymark --server URL ID       open journey ID shared on a PostgreSQL server and edit it live
                                (URL: postgresql://HOST[:PORT]/DB; `waymark server list URL` shows the ids)
</source>
        <translation>  waymark --server URL ID       PostgreSQL 서버에 공유된 고객 여정 ID를 열어 실시간으로 편집
                                (URL: postgresql://호스트[:포트]/DB; `waymark server list URL`로 ID 확인)
</translation>
    </message>
    <message>
        <source>--server takes a server URL and a journey id: waymark --server postgresql://HOST/DB JOURNEY-ID</source>
        <translation>--server에는 서버 URL과 고객 여정 ID가 필요합니다: waymark --server postgresql://호스트/DB 여정-ID</translation>
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
                                지표 응답(nps csat ces audit enps mean), CLV 값 또는 구매
                                데이터(고객, 날짜, 금액[, 수량, 통화]; 생애 가치 모델의 학습
                                데이터)를 고객 여정 파일에 추가
  waymark import JOURNEY --nps|--metric M postgresql://HOST/DB --table T | --query SQL [--map …]
                                PostgreSQL에 남는 응답: 고객 여정에는 그룹별 개수와 출처만
                                저장합니다(비밀번호는 저장하지 않음)
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1에는 값이 필요합니다</translation>
    </message>
    <message>
        <source>--table and --query read answers from a PostgreSQL server: waymark import JOURNEY --metric M postgresql://HOST/DB --table T</source>
        <translation>--table과 --query는 PostgreSQL 서버에서 응답을 읽습니다: waymark import JOURNEY --metric M postgresql://HOST/DB --table T</translation>
    </message>
    <message>
        <source>only survey answers are read from PostgreSQL (--nps or --metric M)</source>
        <translation>PostgreSQL에서는 설문 응답만 읽습니다(--nps 또는 --metric M)</translation>
    </message>
    <message>
        <source>%1: added “%2” from %3: %4 answers in %5 groups; refresh with: waymark refresh %1</source>
        <translation>%1: %3에서 “%2” 추가: 응답 %4개, 그룹 %5개. 새로 고침: waymark refresh %1</translation>
    </message>
    <message>
        <source>  waymark refresh JOURNEY [--name NAME] [--timeout SECONDS]
                                read the journey's data from PostgreSQL anew (every dataset that
                                came from a server, or the one named); one that fails keeps its
                                last figures and is named
</source>
        <translation>  waymark refresh JOURNEY [--name NAME] [--timeout SECONDS]
                                고객 여정의 데이터를 PostgreSQL에서 다시 읽습니다(서버에서 온
                                모든 데이터 세트 또는 지정한 것). 실패한 데이터 세트는 마지막
                                수치를 유지하고 이름이 표시됩니다
</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout에는 초 단위 숫자가 필요합니다</translation>
    </message>
    <message>
        <source>refresh needs a journey: waymark refresh JOURNEY</source>
        <translation>refresh에는 고객 여정이 필요합니다: waymark refresh JOURNEY</translation>
    </message>
    <message>
        <source>%1 has no data from a server to refresh</source>
        <translation>%1에는 새로 고칠 서버 데이터가 없습니다</translation>
    </message>
    <message>
        <source>%1 has no data from a server named “%2”</source>
        <translation>%1에는 “%2”(이)라는 서버 데이터가 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dataset(s) refreshed</source>
        <translation>
            <numerusform>%1: 데이터 세트 %n개를 새로 고침</numerusform>
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
                                지도를 PDF(경영진 요약 포함, --future는 여정에서 선택한 시나리오의
                                미래 상태 지도를, --personas는 지도 앞에 페르소나 카드를, --pictures는
                                지도 뒤에 카드 사진과 설명을 추가), PNG 또는 SVG로 내보내기
</translation>
    </message>
    <message>
        <source>--personas: no persona of this journey has a description, goals, frustrations or a photo, so there is no persona page</source>
        <translation>--personas: 이 여정의 페르소나 중 설명, 목표, 불만, 사진이 있는 페르소나가 없어 페르소나 쪽을 만들지 않습니다</translation>
    </message>
</context>
<context>
    <name>DataOverlay</name>
    <message>
        <source>M</source>
        <comment>millions</comment>
        <translation>백만</translation>
    </message>
    <message>
        <source>k</source>
        <comment>thousands</comment>
        <translation>천</translation>
    </message>
    <message>
        <source>%1 at risk</source>
        <translation>%1 위험</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>What this card's detractors write about most distinctly</source>
        <translation>이 카드의 비추천 고객이 유독 많이 쓰는 내용</translation>
    </message>
    <message>
        <source>%1: the lifetime value of the customers who were detractors here</source>
        <translation>%1: 이곳에서 비추천 고객이었던 고객의 생애 가치</translation>
    </message>
    <message>
        <source>CLV …</source>
        <extracomment>The CLV-at-risk pill on a card while the survey answers are still being read.</extracomment>
        <translation>CLV …</translation>
    </message>
    <message>
        <source>CLV at risk: reading the %L1 survey answers… The amounts appear here by themselves when they are read.</source>
        <translation>위험에 처한 CLV: 설문 응답 %L1개를 읽는 중… 다 읽으면 금액이 여기에 자동으로 표시됩니다.</translation>
    </message>
    <message>
        <source>CLV at risk: fitting the lifetime-value model to %L1 customers… The amounts appear here by themselves when it is done.</source>
        <translation>위험에 처한 CLV: 고객 %L1명의 데이터로 생애 가치 모델을 맞추는 중… 끝나면 금액이 여기에 자동으로 표시됩니다.</translation>
    </message>
    <message>
        <source>CLV at risk: matching %L1 survey answers to customers… The amounts appear here by themselves when they are matched.</source>
        <translation>위험에 처한 CLV: 설문 응답 %L1개를 고객과 연결하는 중… 끝나면 금액이 여기에 자동으로 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>DatasetJson</name>
    <message>
        <source>expected an object</source>
        <translation>객체가 필요합니다</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>누락됨</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>텍스트가 필요합니다</translation>
    </message>
    <message>
        <source>expected a whole number of 0 or more</source>
        <translation>0 이상의 정수가 필요합니다</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>목록이 필요합니다</translation>
    </message>
    <message>
        <source>expected %1 values like the other columns, got %2</source>
        <translation>다른 열처럼 값이 %1개 있어야 하지만 %2개입니다</translation>
    </message>
    <message>
        <source>expected the index of an entry in "strings"</source>
        <translation>"strings"에 있는 항목의 인덱스가 필요합니다</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD or null</source>
        <translation>YYYY-MM-DD 형식의 날짜 또는 null이 필요합니다</translation>
    </message>
    <message>
        <source>the first entry must be the empty text</source>
        <translation>첫 번째 항목은 빈 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>숫자가 필요합니다</translation>
    </message>
    <message>
        <source>expected an id</source>
        <translation>ID가 필요합니다</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true 또는 false가 필요합니다</translation>
    </message>
    <message>
        <source>expected a date and time like 2026-11-23T10:00:00Z</source>
        <translation>2026-11-23T10:00:00Z 같은 날짜와 시간이 필요합니다</translation>
    </message>
    <message>
        <source>unknown value “%1”; expected one of: %2</source>
        <translation>알 수 없는 값 “%1”. 다음 중 하나여야 합니다: %2</translation>
    </message>
    <message>
        <source>expected a colour like "#1f77b4"</source>
        <translation>"#1f77b4" 같은 색상이 필요합니다</translation>
    </message>
    <message>
        <source>expected a number or null</source>
        <translation>숫자 또는 null이 필요합니다</translation>
    </message>
    <message>
        <source>expected a %1 answer from %2 to %3</source>
        <translation>%2~%3 사이의 %1 응답이 필요합니다</translation>
    </message>
    <message>
        <source>expected "nps", "csat", "ces", "audit", "enps", "mean", "clv" or "transactions"</source>
        <translation>"nps", "csat", "ces", "audit", "enps", "mean", "clv" 또는 "transactions"가 필요합니다</translation>
    </message>
</context>
<context>
    <name>DockFields</name>
    <message>
        <source>Enter a three-letter ISO 4217 currency code, such as EUR.</source>
        <translation>세 글자로 된 ISO 4217 통화 코드를 입력하세요(예: EUR).</translation>
    </message>
</context>
<context>
    <name>Effort</name>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
</context>
<context>
    <name>EffortInput</name>
    <message>
        <source>A time cannot be negative.</source>
        <translation>시간은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>Write hours and minutes as h:mm, for example 1:30.</source>
        <translation>시간과 분은 h:mm 형식으로 입력하세요(예: 1:30).</translation>
    </message>
    <message>
        <source>Minutes after the colon go from 00 to 59.</source>
        <translation>콜론 뒤의 분은 00부터 59까지입니다.</translation>
    </message>
    <message>
        <source>Minutes after the hours go from 0 to 59.</source>
        <translation>시간 뒤의 분은 0부터 59까지입니다.</translation>
    </message>
    <message>
        <source>That time is too long.</source>
        <translation>시간이 너무 깁니다.</translation>
    </message>
    <message>
        <source>Enter an amount such as %1.</source>
        <translation>금액을 입력하세요(예: %1).</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>금액은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places.</source>
        <translation>금액은 소수점 이하 두 자리까지만 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>That amount is too large: at most %1.</source>
        <translation>금액이 너무 큽니다. 최대 %1까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter a time such as 90, 1h 30m, 1:30 or 3 days.</source>
        <translation>90, 1시간 30분, 1:30, 3일 같은 형식으로 시간을 입력하세요.</translation>
    </message>
    <message>
        <source>Unknown unit “%1”: use d for days, h for hours and min for minutes.</source>
        <translation>알 수 없는 단위 “%1”: 일, 시간, 분(또는 d, h, min)을 사용하세요.</translation>
    </message>
    <message>
        <source>Write each unit once, largest first: weeks, days, hours, minutes.</source>
        <translation>각 단위는 한 번씩, 큰 단위부터 입력하세요: 주, 일, 시간, 분.</translation>
    </message>
</context>
<context>
    <name>EffortScore</name>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>감정</translation>
    </message>
    <message>
        <source>Weighted cost</source>
        <translation>가중 비용</translation>
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
        <translation>평온</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>최악</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Not stated</source>
        <translation>밝히지 않음</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>가정</translation>
    </message>
    <message>
        <source>Workshop knowledge</source>
        <translation>워크숍 참가자의 지식</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>리서치</translation>
    </message>
    <message>
        <source>Measured data</source>
        <translation>측정 데이터</translation>
    </message>
    <message>
        <source>%1 (%2 %3 answers)</source>
        <extracomment>%1: what the card rests on ("Measured data"), %2: a number of answers, %3: the survey ("NPS")</extracomment>
        <translation>%1 (%3 응답 %2개)</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>effort badges</source>
        <translation>노력 배지</translation>
    </message>
    <message>
        <source>heatmap (%1)</source>
        <translation>히트맵(%1)</translation>
    </message>
    <message>
        <source>emotion curve</source>
        <translation>감정 곡선</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>위험에 처한 CLV</translation>
    </message>
    <message>
        <source>cards only</source>
        <translation>카드만</translation>
    </message>
    <message>
        <source>unknown layer “%1” (effort, heatmap, emotion, nps, clv, evidence)</source>
        <translation>알 수 없는 레이어 “%1”(effort, heatmap, emotion, nps, clv, evidence)</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>근거</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Worst stage by NPS: %1</source>
        <translation>NPS 최저 단계: %1</translation>
    </message>
    <message>
        <source>NPS %1 ± %2 (95 %), %3 answers</source>
        <translation>NPS %1 ± %2(95 %), 응답 %3개</translation>
    </message>
    <message>
        <source>— a small sample: a weak signal</source>
        <translation>— 표본이 작아 신호가 약합니다</translation>
    </message>
    <message>
        <source>Biggest effort hotspot: %1</source>
        <translation>가장 큰 노력 핫스팟: %1</translation>
    </message>
    <message>
        <source>emotion %1/10</source>
        <translation>감정 %1/10</translation>
    </message>
    <message>
        <source>%1 per customer; weighted cost %2</source>
        <translation>고객당 %1, 가중 비용 %2</translation>
    </message>
    <message>
        <source>Largest CLV at risk: %1</source>
        <translation>위험에 처한 CLV가 가장 큰 곳: %1</translation>
    </message>
    <message>
        <source>%1 of lifetime value held by %2 detractors there</source>
        <translation>그곳의 비추천 고객 %2명이 보유한 생애 가치 %1</translation>
    </message>
</context>
<context>
    <name>FormatError</name>
    <message>
        <source>line %1, column %2</source>
        <translation>%1행, %2열</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1행</translation>
    </message>
</context>
<context>
    <name>GridItem</name>
    <message>
        <source>Lanes ↓  Stages →</source>
        <translation>레인 ↓  단계 →</translation>
    </message>
    <message>
        <source>Effort per stage</source>
        <translation>단계별 노력</translation>
    </message>
    <message>
        <source>Effort per lane</source>
        <translation>레인별 노력</translation>
    </message>
    <message>
        <source>line of visibility</source>
        <translation>가시선</translation>
    </message>
</context>
<context>
    <name>ImageMimeData</name>
    <message>
        <source>it is not on this computer but at %1; save it first, then attach the saved file.</source>
        <translation>이 컴퓨터가 아니라 %1에 있습니다. 먼저 저장한 다음 저장한 파일을 첨부하세요.</translation>
    </message>
    <message>
        <source>the picture is %1 × %2 pixels; a picture may have at most %3 megapixels.</source>
        <translation>이미지 크기가 %1 × %2 픽셀입니다. 이미지는 최대 %3메가픽셀까지 가능합니다.</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Line %1, column %2: not a JSON object (%3).</source>
        <translation>%1행, %2열: JSON 객체가 아닙니다(%3).</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>행의 필드는 %1개인데 헤더는 %2개입니다</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>unreadable date</source>
        <translation>날짜를 읽을 수 없음</translation>
    </message>
    <message>
        <source>duplicate respondent id (first on line %1)</source>
        <translation>중복된 응답자 ID(처음 나온 곳: %1행)</translation>
    </message>
    <message>
        <source>no customer id</source>
        <translation>고객 ID 없음</translation>
    </message>
    <message>
        <source>duplicate customer id (first on line %1)</source>
        <translation>중복된 고객 ID(처음 나온 곳: %1행)</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>파일에 행이 없습니다.</translation>
    </message>
    <message>
        <source>Choose its encoding (for example Windows-1251).</source>
        <translation>파일의 인코딩을 선택하세요(예: Windows-1251).</translation>
    </message>
    <message>
        <source>No column is chosen for “%1”.</source>
        <translation>“%1”에 선택된 열이 없습니다.</translation>
    </message>
    <message>
        <source>The dates could be day-first or month-first: choose which.</source>
        <translation>날짜가 일-월 순인지 월-일 순인지 알 수 없습니다. 어느 쪽인지 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <source>No valid rows: %Ln row(s) read, all refused.</source>
        <translation>
            <numerusform>유효한 행이 없습니다. %Ln개 행을 읽었지만 모두 거부되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Respondent id</source>
        <translation>응답자 ID</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>고객 ID</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>Touchpoint (data key)</source>
        <translation>터치포인트(데이터 키)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Acquisition date</source>
        <translation>획득일</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (line %1).</source>
        <translation>파일이 유효한 UTF-8이 아닙니다(%1행).</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1” (it has: %2).</source>
        <translation>통합 문서에 “%1” 시트가 없습니다(있는 시트: %2).</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1이(가) %2–%3 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>“%1” is not a count of answers</source>
        <translation>“%1”은(는) 응답 수가 아닙니다</translation>
    </message>
    <message>
        <source>%1 items met of %2 checked</source>
        <translation>확인 항목 %2개 중 충족 항목 %1개</translation>
    </message>
    <message>
        <source>the answers per band add up to %1, not %2</source>
        <translation>범주별 응답 수의 합계가 %2이(가) 아니라 %1입니다</translation>
    </message>
    <message>
        <source>more answers in the bands (%1) than in all (%2)</source>
        <translation>범주별 응답 수(%1)가 전체 응답 수(%2)보다 많습니다</translation>
    </message>
    <message>
        <source>no number of answers</source>
        <translation>응답 수 없음</translation>
    </message>
    <message>
        <source>“%1” is not a standard deviation</source>
        <translation>“%1”은(는) 표준편차가 아닙니다</translation>
    </message>
    <message>
        <source>“%1” is not a metric Waymark knows.</source>
        <translation>“%1”은(는) Waymark에서 지원하지 않는 지표입니다.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Answers in the low band</source>
        <translation>하위 범주 응답 수</translation>
    </message>
    <message>
        <source>Answers in the middle band</source>
        <translation>중간 범주 응답 수</translation>
    </message>
    <message>
        <source>Answers in the high band</source>
        <translation>상위 범주 응답 수</translation>
    </message>
    <message>
        <source>%1 answer (%2–%3)</source>
        <translation>%1 응답(%2–%3)</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 값</translation>
    </message>
    <message>
        <source>%1 (count)</source>
        <translation>%1 수</translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation>날짜 또는 기간</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>지점</translation>
    </message>
    <message>
        <source>Number of answers</source>
        <translation>응답 수</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>표준편차</translation>
    </message>
    <message>
        <source>Items met</source>
        <translation>충족 항목 수</translation>
    </message>
    <message>
        <source>Items checked</source>
        <translation>확인 항목 수</translation>
    </message>
    <message>
        <source>Choose a column for “%1”, or one for each band.</source>
        <translation>“%1”에 해당하는 열을 선택하거나 범주마다 열을 하나씩 선택하세요.</translation>
    </message>
    <message>
        <source>Aggregated rows take “%1”, not “%2”.</source>
        <translation>집계된 행에는 “%2” 대신 “%1”을(를) 선택하세요.</translation>
    </message>
    <message>
        <source>score %1 is not a whole number from %2 to %3</source>
        <translation>점수 %1은(는) %2~%3 사이의 정수가 아닙니다</translation>
    </message>
    <message>
        <source>The header has %1 columns; Waymark reads tables of at most %2 columns.</source>
        <translation>헤더의 열이 %1개입니다. Waymark는 열이 최대 %2개인 표까지 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>the value is %1 KiB long; a cell may hold at most %2 KiB</source>
        <translation>값의 크기가 %1KiB입니다. 셀 하나에는 최대 %2KiB까지 넣을 수 있습니다</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code (three letters, e.g. EUR)</source>
        <translation>%1은(는) ISO 4217 통화 코드가 아닙니다(세 글자, 예: EUR)</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” are both chosen as %3; choose one.</source>
        <translation>“%1” 열과 “%2” 열이 모두 %3(으)로 선택되었습니다. 하나만 선택하세요.</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>the journey has no id</source>
        <translation>여정에 ID가 없습니다</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 4217 currency code</source>
        <translation>“%1”은(는) ISO 4217 통화 코드가 아닙니다</translation>
    </message>
    <message>
        <source>missing id</source>
        <translation>ID 누락</translation>
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation>중복된 ID %1</translation>
    </message>
    <message>
        <source>the columns of the table have different lengths</source>
        <translation>표의 열 길이가 서로 다릅니다</translation>
    </message>
    <message>
        <source>the value is not a number</source>
        <translation>값이 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>a department lane must name a department</source>
        <translation>부서 레인에는 부서를 지정해야 합니다</translation>
    </message>
    <message>
        <source>unknown department %1</source>
        <translation>알 수 없는 부서 %1</translation>
    </message>
    <message>
        <source>only department lanes name a department</source>
        <translation>부서는 부서 레인에만 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>card "%1" is in a stage that does not exist (%2)</source>
        <translation>카드 “%1”이(가) 존재하지 않는 단계(%2)에 있습니다</translation>
    </message>
    <message>
        <source>card "%1" is in a lane that does not exist (%2)</source>
        <translation>카드 “%1”이(가) 존재하지 않는 레인(%2)에 있습니다</translation>
    </message>
    <message>
        <source>card "%1" names an unknown department</source>
        <translation>카드 “%1”에 알 수 없는 부서가 지정되어 있습니다</translation>
    </message>
    <message>
        <source>time of card "%1" must be 0 minutes or more, got %2</source>
        <translation>카드 “%1”의 시간은 0분 이상이어야 하지만 %2입니다</translation>
    </message>
    <message>
        <source>money of card "%1" must be at most %2</source>
        <translation>카드 “%1”의 비용은 %2 이하여야 합니다</translation>
    </message>
    <message>
        <source>money of card "%1" must be 0 or more, got %2</source>
        <translation>카드 “%1”의 비용은 0 이상이어야 하지만 %2입니다</translation>
    </message>
    <message>
        <source>card "%1": "%2" is not an ISO 4217 currency code</source>
        <translation>카드 “%1”: “%2”은(는) ISO 4217 통화 코드가 아닙니다</translation>
    </message>
    <message>
        <source>negative emotion of card "%1" must be from 0 to 10, got %2</source>
        <translation>카드 “%1”의 부정적 감정은 0~10이어야 하지만 %2입니다</translation>
    </message>
    <message>
        <source>connection starts at a card that does not exist</source>
        <translation>연결이 존재하지 않는 카드에서 시작합니다</translation>
    </message>
    <message>
        <source>connection ends at a card that does not exist</source>
        <translation>연결이 존재하지 않는 카드에서 끝납니다</translation>
    </message>
    <message>
        <source>a vote needs 1 to 99 dots per participant, got %1</source>
        <translation>투표의 참가자당 도트 수는 1~99개여야 하지만 %1입니다</translation>
    </message>
    <message>
        <source>a time limit cannot be negative</source>
        <translation>제한 시간은 음수일 수 없습니다</translation>
    </message>
    <message>
        <source>a dot by someone who is not a participant</source>
        <translation>참가자가 아닌 사람이 붙인 도트입니다</translation>
    </message>
    <message>
        <source>%1 has more dots than the budget of %2</source>
        <translation>%1이(가) 붙인 도트가 1인당 한도 %2개를 넘습니다</translation>
    </message>
    <message>
        <source>replies to a comment that does not exist</source>
        <translation>존재하지 않는 댓글에 대한 답글입니다</translation>
    </message>
    <message>
        <source>a comment on a stage or card must name it</source>
        <translation>단계나 카드에 대한 댓글에는 대상을 지정해야 합니다</translation>
    </message>
    <message>
        <source>“%1” is not a metric Waymark knows</source>
        <translation>“%1”은(는) Waymark에서 지원하지 않는 지표입니다</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 answer</source>
        <translation>%1은(는) 올바른 %2 응답이 아닙니다</translation>
    </message>
    <message>
        <source>the number of answers is not a count</source>
        <translation>응답 수가 0 이상의 정수가 아닙니다</translation>
    </message>
    <message>
        <source>the answers per band do not add up to the number of answers</source>
        <translation>범주별 응답 수의 합계가 전체 응답 수와 다릅니다</translation>
    </message>
    <message>
        <source>the mean %1 is outside the scale of %2</source>
        <translation>평균 %1이(가) %2 척도를 벗어났습니다</translation>
    </message>
    <message>
        <source>the standard deviation is not a non-negative number</source>
        <translation>표준편차가 0 이상의 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>the system of card "%1" cannot be %2 years old</source>
        <translation>카드 “%1”의 시스템 사용 연수는 %2년일 수 없습니다</translation>
    </message>
    <message>
        <source>one-off cost</source>
        <translation>일회성 비용</translation>
    </message>
    <message>
        <source>running cost per year</source>
        <translation>연간 운영 비용</translation>
    </message>
    <message>
        <source>opportunity "%1": the time to deliver cannot be negative, got %2 months</source>
        <translation>개선 기회 “%1”: 구현 기간은 음수일 수 없습니다(입력값: %2개월)</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 cannot be negative, got %3</source>
        <translation>개선 기회 “%1”: %2은(는) 음수일 수 없습니다(입력값: %3)</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 must be at most %3</source>
        <translation>개선 기회 “%1”: %2은(는) 최대 %3이어야 합니다</translation>
    </message>
    <message>
        <source>opportunity "%1": "%2" is not an ISO 4217 currency code</source>
        <translation>개선 기회 “%1”: “%2”은(는) ISO 4217 통화 코드가 아닙니다</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 must be a share from 0 to 1, got %3</source>
        <translation>개선 기회 “%1”: %2은(는) 0에서 1 사이의 비율이어야 합니다(입력값: %3)</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>도달률</translation>
    </message>
    <message>
        <source>share of contacts avoided</source>
        <translation>회피한 접촉 비율</translation>
    </message>
    <message>
        <source>share of detractors who become passives</source>
        <translation>중립 고객이 되는 비추천 고객 비율</translation>
    </message>
    <message>
        <source>share of detractors who become promoters</source>
        <translation>추천 고객이 되는 비추천 고객 비율</translation>
    </message>
    <message>
        <source>opportunity "%1": more detractors move (%2 to passives, %3 to promoters) than there are</source>
        <translation>개선 기회 “%1”: 이동하는 비추천 고객(중립 %2, 추천 %3)이 실제보다 많습니다</translation>
    </message>
    <message>
        <source>time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>money</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>negative emotion</source>
        <translation>부정적 감정</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 after the change is not a number</source>
        <translation>개선 기회 “%1”: 변경 후 %2이(가) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 after the change cannot be negative, got %3</source>
        <translation>개선 기회 “%1”: 변경 후 %2은(는) 음수일 수 없습니다(입력값: %3)</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 after the change must be at most %3, got %4</source>
        <translation>개선 기회 “%1”: 변경 후 %2은(는) 최대 %3이어야 합니다(입력값: %4)</translation>
    </message>
    <message>
        <source>opportunity "%1": the %2 can only be reduced by 0 to 100 %, got %3 %</source>
        <translation>개선 기회 “%1”: %2은(는) 0–100 %만큼만 줄일 수 있습니다(입력값: %3 %)</translation>
    </message>
    <message>
        <source>row %1, column “%2” refers to text %3, but the dataset's text table has %4 entries</source>
        <translation>%1행, “%2” 열이 텍스트 %3을(를) 참조하지만 데이터 세트의 텍스트 표에는 항목이 %4개뿐입니다</translation>
    </message>
    <message>
        <source>row %1: %2 is not an ISO 4217 currency code</source>
        <translation>%1행: %2은(는) ISO 4217 통화 코드가 아닙니다</translation>
    </message>
    <message>
        <source>time of card "%1" must be at most %2 minutes (about 19 years), got %3</source>
        <translation>카드 “%1”의 시간은 %2분(약 19년) 이하여야 하지만 %3입니다</translation>
    </message>
    <message>
        <source>row %1, column “%2” holds a date outside the years 1–9999</source>
        <translation>%1행, “%2” 열의 날짜가 1–9999년 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>row %1 names no customer</source>
        <translation>%1행에 고객이 없습니다</translation>
    </message>
    <message>
        <source>row %1 has no date</source>
        <translation>%1행에 날짜가 없습니다</translation>
    </message>
    <message>
        <source>row %1: the amount or count is not a number</source>
        <translation>%1행: 금액 또는 수량이 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>card "%1" names an unknown persona</source>
        <translation>카드 "%1"이(가) 알 수 없는 페르소나를 가리킵니다</translation>
    </message>
    <message>
        <source>card "%1" names a persona twice</source>
        <translation>카드 "%1"이(가) 같은 페르소나를 두 번 가리킵니다</translation>
    </message>
    <message>
        <source>card "%1": a persona's negative emotion must be from 0 to 10, got %2</source>
        <translation>카드 "%1": 페르소나의 부정적 감정은 0~10이어야 하는데 %2입니다</translation>
    </message>
    <message>
        <source>card "%1" has %2 pictures; a card holds at most %3</source>
        <translation>카드 “%1”에 사진이 %2장 있습니다. 카드에는 최대 %3장까지 넣을 수 있습니다</translation>
    </message>
</context>
<context>
    <name>JourneyDiff</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>title (was “%1”)</source>
        <translation>제목(이전: “%1”)</translation>
    </message>
    <message>
        <source>description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>channel %1 → %2</source>
        <translation>채널 %1 → %2</translation>
    </message>
    <message>
        <source>department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>time %1 → %2</source>
        <translation>시간 %1 → %2</translation>
    </message>
    <message>
        <source>money</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>money %1 → %2</source>
        <translation>비용 %1 → %2</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>감정</translation>
    </message>
    <message>
        <source>emotion %1 → %2</source>
        <translation>감정 %1 → %2</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>페인 포인트</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>진실의 순간</translation>
    </message>
    <message>
        <source>data key</source>
        <translation>데이터 키</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <translation>“%1” → “%2”</translation>
    </message>
    <message>
        <source>%1: added in %2 / %3</source>
        <translation>%1: %2 / %3에 추가됨</translation>
    </message>
    <message>
        <source>%1: moved from %2 / %3 to %4 / %5</source>
        <translation>%1: %2 / %3에서 %4 / %5(으)로 이동됨</translation>
    </message>
    <message>
        <source>%1: removed from %2 / %3</source>
        <translation>%1: %2 / %3에서 제거됨</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>rests on %1 → %2</source>
        <translation>근거: %1 → %2</translation>
    </message>
</context>
<context>
    <name>JourneyDocument</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
</context>
<context>
    <name>JourneyFiles</name>
    <message>
        <source>%1 was changed by another program since it was read; saving now would overwrite those changes.</source>
        <translation>%1을(를) 읽은 뒤 다른 프로그램이 이 파일을 변경했습니다. 지금 저장하면 그 변경 사항을 덮어씁니다.</translation>
    </message>
    <message>
        <source>%1 was made by another program since the journey was read; saving now would overwrite it.</source>
        <translation>고객 여정을 읽은 뒤 다른 프로그램이 %1을(를) 만들었습니다. 지금 저장하면 그 파일을 덮어씁니다.</translation>
    </message>
</context>
<context>
    <name>JourneyJson</name>
    <message>
        <source>the number %1 is too large</source>
        <translation>숫자 %1이(가) 너무 큽니다</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>기타 값</translation>
    </message>
    <message>
        <source>expected a JSON object holding a journey, got %1</source>
        <translation>여정을 담은 JSON 객체가 필요하지만 %1입니다</translation>
    </message>
    <message>
        <source>this is not a Waymark journey ("format" should be "%1")</source>
        <translation>Waymark 여정이 아닙니다("format"은 “%1”이어야 합니다)</translation>
    </message>
    <message>
        <source>the format version must be a whole number</source>
        <translation>형식 버전은 정수여야 합니다</translation>
    </message>
    <message>
        <source>made by a newer Waymark (format version %1); this Waymark reads version %2 and older</source>
        <translation>더 새로운 Waymark에서 만든 파일입니다(형식 버전 %1). 이 Waymark는 버전 %2 이하만 읽을 수 있습니다</translation>
    </message>
    <message>
        <source>the format version must be 1 or more, got %1</source>
        <translation>형식 버전은 1 이상이어야 하지만 %1입니다</translation>
    </message>
    <message>
        <source>%1 is not a colour like "#1f77b4" or "#801f77b4"</source>
        <translation>%1은(는) 올바른 색상이 아닙니다(예: "#1f77b4", "#801f77b4")</translation>
    </message>
    <message>
        <source>lane kind</source>
        <translation>레인 종류</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1이(가) 필요하지만 %2입니다</translation>
    </message>
    <message>
        <source>missing required key "%1"</source>
        <translation>필수 키 “%1”이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a valid id (a UUID like "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b")</source>
        <translation>%1은(는) 유효한 ID가 아닙니다("3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b" 같은 UUID여야 합니다)</translation>
    </message>
    <message>
        <source>duplicate id %1 (also used at %2)</source>
        <translation>중복된 ID %1(%2에서도 사용됨)</translation>
    </message>
    <message>
        <source>no %1 has the id %2</source>
        <translation>ID가 %2인 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code (three capital letters, e.g. EUR)</source>
        <translation>%1은(는) ISO 4217 통화 코드가 아닙니다(대문자 세 글자, 예: EUR)</translation>
    </message>
    <message>
        <source>the setting %1 must be text: expected %2, got %3</source>
        <translation>설정 %1은(는) 텍스트여야 합니다: %2이(가) 필요하지만 %3입니다</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>레인</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>a department id or null</source>
        <translation>부서 ID 또는 null</translation>
    </message>
    <message>
        <source>time must be 0 minutes or more, got %1</source>
        <translation>시간은 0분 이상이어야 하지만 %1입니다</translation>
    </message>
    <message>
        <source>money must be 0 or more, got %1</source>
        <translation>비용은 0 이상이어야 하지만 %1입니다</translation>
    </message>
    <message>
        <source>money must be at most %1, got %2</source>
        <translation>비용은 %1 이하여야 하지만 %2입니다</translation>
    </message>
    <message>
        <source>money can have at most two decimals, got %1</source>
        <translation>비용은 소수점 이하 두 자리까지만 가능하지만 %1입니다</translation>
    </message>
    <message>
        <source>emotion must be an integer from %1 to %2, got %3</source>
        <translation>감정은 %1부터 %2까지의 정수여야 하지만 %3입니다</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>유효한 JSON이 아닙니다: %1</translation>
    </message>
    <message>
        <source>File not found.</source>
        <translation>파일을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>This is a folder, not a journey file.</source>
        <translation>여정 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>Could not open the file: %1</source>
        <translation>파일을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>파일을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>정수가 필요하지만 %1을(를) 받았습니다</translation>
    </message>
    <message>
        <source>an id or null</source>
        <translation>ID 또는 null</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>unknown %1 %2; expected one of: %3</source>
        <translation>알 수 없는 %1 %2, 가능한 값: %3</translation>
    </message>
    <message>
        <source>kind of change</source>
        <translation>변경 종류</translation>
    </message>
    <message>
        <source>opportunity type</source>
        <translation>개선 기회 유형</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>the file holds more than %1 values; Waymark reads at most that many from a .waymark.json (save large journeys as .waymark)</source>
        <translation>파일에 값이 %1개보다 많습니다. Waymark는 .waymark.json에서 그보다 많이 읽지 않습니다(큰 여정은 .waymark로 저장하세요)</translation>
    </message>
    <message>
        <source>a text of %1 MiB; one text may be at most %2 MiB</source>
        <translation>텍스트 크기가 %1MiB입니다. 텍스트 하나는 최대 %2MiB까지 가능합니다</translation>
    </message>
    <message>
        <source>lists and objects nested more than %1 deep</source>
        <translation>목록과 객체가 %1단계보다 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>more than %1 cards; Waymark reads at most that many</source>
        <translation>카드가 %1개보다 많습니다. Waymark는 그보다 많이 읽지 않습니다</translation>
    </message>
    <message>
        <source>a list of %1 items; Waymark reads at most %2</source>
        <translation>목록의 항목이 %1개입니다. Waymark는 최대 %2개까지 읽습니다</translation>
    </message>
    <message>
        <source>The file is %1 MiB; a .waymark.json may be at most %2 MiB. Larger journeys are kept as .waymark files.</source>
        <translation>파일 크기가 %1MiB입니다. .waymark.json은 최대 %2MiB까지 가능합니다. 더 큰 여정은 .waymark 파일로 저장하세요.</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>a persona id</source>
        <translation>페르소나 ID</translation>
    </message>
    <message>
        <source>no persona has the id %1</source>
        <translation>ID가 %1인 페르소나가 없습니다</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>페르소나</translation>
    </message>
    <message>
        <source>a picture of %1 MiB; a stored picture may be at most %2 MiB</source>
        <translation>사진 크기 %1MiB: 저장된 사진은 최대 %2MiB까지 가능합니다</translation>
    </message>
    <message>
        <source>more than %1 pictures on one card</source>
        <translation>한 카드에 사진이 %1장을 넘습니다</translation>
    </message>
    <message>
        <source>missing "%1"</source>
        <translation>“%1” 항목이 없습니다</translation>
    </message>
    <message>
        <source>expected a whole number of pixels from 1 to %1</source>
        <translation>1~%1 사이의 정수 픽셀 수가 필요합니다</translation>
    </message>
    <message>
        <source>the picture is larger than a stored picture may be</source>
        <translation>사진이 저장할 수 있는 크기보다 큽니다</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>올바른 base64가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>%1은(는) ID가 아닙니다</translation>
    </message>
    <message>
        <source>a picture is "jpeg" or "png", got %1</source>
        <translation>사진은 "jpeg" 또는 "png"여야 하는데 %1입니다</translation>
    </message>
</context>
<context>
    <name>JourneyLink</name>
    <message>
        <source>save this journey first: the link is kept relative to its folder</source>
        <translation>먼저 이 고객 여정을 저장하세요. 링크는 해당 폴더를 기준으로 한 상대 경로로 저장됩니다</translation>
    </message>
    <message>
        <source>“%1” is an absolute path; links are followed only relative to this journey's folder</source>
        <translation>“%1”은(는) 절대 경로입니다. 링크는 이 고객 여정 폴더를 기준으로 한 상대 경로만 따라갑니다</translation>
    </message>
    <message>
        <source>“%1” is not a journey file (.waymark or .waymark.json)</source>
        <translation>“%1”은(는) 고객 여정 파일(.waymark 또는 .waymark.json)이 아닙니다</translation>
    </message>
    <message>
        <source>“%1” is missing (looked for %2)</source>
        <translation>“%1”이(가) 없습니다(찾은 위치: %2)</translation>
    </message>
</context>
<context>
    <name>JourneyLock</name>
    <message numerus="yes">
        <source>%1 is being changed by another program: %2 (process %3 on %4) still held its lock after %n second(s). Try again when it has finished; if that program is no longer running, delete %5.</source>
        <translation>
            <numerusform>다른 프로그램이 %1을(를) 변경하고 있습니다. %2(%4의 프로세스 %3)이(가) %n초가 지나도 잠금을 해제하지 않았습니다. 작업이 끝나면 다시 시도하세요. 그 프로그램이 더 이상 실행 중이 아니면 %5을(를) 삭제하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed program</source>
        <translation>이름 없는 프로그램</translation>
    </message>
    <message>
        <source>an unknown host</source>
        <translation>알 수 없는 호스트</translation>
    </message>
    <message numerus="yes">
        <source>%1 is being changed by another program, which still held its lock %2 after %n second(s). Try again when it has finished.</source>
        <translation>
            <numerusform>다른 프로그램이 %1을(를) 변경하고 있습니다. %n초가 지나도 잠금 파일 %2을(를) 해제하지 않았습니다. 작업이 끝나면 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not lock %1 for writing: no permission to create %2.</source>
        <translation>쓰기 위해 %1을(를) 잠글 수 없습니다: %2을(를) 만들 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Could not lock %1 for writing: %2 could not be created.</source>
        <translation>쓰기 위해 %1을(를) 잠글 수 없습니다: %2을(를) 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message>
        <source>no cards</source>
        <translation>카드 없음</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>시간: %1</translation>
    </message>
    <message>
        <source>Money: %1</source>
        <translation>비용: %1</translation>
    </message>
    <message>
        <source>Emotion: mean %1, max %2</source>
        <translation>감정: 평균 %1, 최대 %2</translation>
    </message>
    <message>
        <source>Time: %1 → %2</source>
        <translation>시간: %1 → %2</translation>
    </message>
    <message>
        <source>Money: %1 → %2</source>
        <translation>금액: %1 → %2</translation>
    </message>
    <message>
        <source>Emotion: mean %1 → %2</source>
        <translation>감정: 평균 %1 → %2</translation>
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
        <translation>단계 %1개, 레인 %2개, 터치포인트 %3개, 부서 %4개</translation>
    </message>
    <message>
        <source>effort %1, %2, emotion mean %3 max %4</source>
        <translation>노력 %1, %2, 감정 평균 %3 최대 %4</translation>
    </message>
</context>
<context>
    <name>JourneyTemplates</name>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>%1: %2 MiB; a template may be at most %3 MiB (it holds no survey data)</source>
        <translation>%1: %2MiB. 템플릿은 최대 %3MiB까지 가능합니다(설문 데이터는 담지 않습니다)</translation>
    </message>
    <message>
        <source>Could not create the templates folder.</source>
        <translation>템플릿 폴더를 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>unknown %1 %2; expected one of: %3</source>
        <translation>알 수 없는 %1 %2. 다음 중 하나여야 합니다: %3</translation>
    </message>
</context>
<context>
    <name>LaneKind</name>
    <message>
        <source>Customer actions</source>
        <translation>고객 행동</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>터치포인트</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>감정</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>페인 포인트</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>기회</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>시스템</translation>
    </message>
</context>
<context>
    <name>LiveDataset</name>
    <message>
        <source>the source is not a JSON object (%1)</source>
        <translation>원본이 JSON 객체가 아닙니다(%1)</translation>
    </message>
    <message>
        <source>the source names neither a table nor a query, or both</source>
        <translation>원본에 테이블도 쿼리도 없거나 둘 다 있습니다</translation>
    </message>
    <message>
        <source>column “%1” is mapped to “%2”, which is no field of %3</source>
        <translation>열 “%1”이(가) “%2”에 대응되어 있지만 %3에는 그런 필드가 없습니다</translation>
    </message>
    <message>
        <source>Add data from a server</source>
        <translation>서버 데이터 추가</translation>
    </message>
    <message>
        <source>the journey has no such dataset</source>
        <translation>고객 여정에 그런 데이터 세트가 없습니다</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>“%1” kept its last figures: %2</source>
        <translation>“%1”은(는) 마지막 수치를 유지합니다: %2</translation>
    </message>
</context>
<context>
    <name>LocalCopy</name>
    <message>
        <source>could not keep a copy of the journey in %1: %2</source>
        <translation>%1에 여정 사본을 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1이(가) 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a copy of a shared journey</source>
        <translation>%1은(는) 공유 여정의 사본이 아닙니다</translation>
    </message>
    <message>
        <source>%1 was written by a newer Waymark (copy version %2)</source>
        <translation>%1은(는) 더 새로운 Waymark가 썼습니다(사본 버전 %2)</translation>
    </message>
    <message>
        <source>%1 is damaged: no valid “lastChange” or “savedAt”</source>
        <translation>%1이(가) 손상되었습니다: 올바른 “lastChange” 또는 “savedAt”이 없습니다</translation>
    </message>
    <message>
        <source>%1 is damaged at /cards/%2</source>
        <translation>%1이(가) /cards/%2에서 손상되었습니다</translation>
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
        <translation>고객 만족도, 1–5: 만족 응답(4 또는 5)의 비율</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>불만족</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>만족</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Any numeric measure: the mean of the values</source>
        <translation>모든 수치형 지표: 값의 평균</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Customer Effort Score: how easy it was, 1–7; the mean (5–7 count as easy)</source>
        <translation>고객 노력 점수(CES): 얼마나 쉬웠는지, 1–7; 평균(5–7은 쉬움으로 집계)</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>어려움</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>쉬움</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>점검</translation>
    </message>
    <message>
        <source>Audits and mystery shopping: a visit's score 0–100 (or items met of items checked); the mean visit score</source>
        <translation>점검 및 미스터리 쇼핑: 방문 점수 0–100(또는 확인 항목 중 충족 항목의 비율); 방문 점수의 평균</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Net Promoter Score: likelihood to recommend, 0–10; % promoters (9–10) minus % detractors (0–6)</source>
        <translation>순추천고객지수(NPS): 추천 의향, 0–10; 추천 고객(9–10) 비율(%)에서 비추천 고객(0–6) 비율(%)을 뺀 값</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>비추천 고객</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>중립 고객</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>추천 고객</translation>
    </message>
    <message>
        <source>eNPS</source>
        <translation>eNPS</translation>
    </message>
    <message>
        <source>Employee NPS: employees' likelihood to recommend their workplace, 0–10, by department</source>
        <translation>직원 NPS(eNPS): 직원이 자신의 직장을 추천할 의향, 0–10, 부서별</translation>
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
        <translation>응답이 %1건뿐이라 믿을 만하지 않으므로 이 수치는 신뢰도가 낮은 신호입니다.</translation>
    </message>
    <message>
        <source>%1: the survey figure here, ± its 95 % margin, from n answers. Red is the worst end of the scale, green the best.</source>
        <translation>%1: 이곳의 설문 수치와 95 % 오차 범위(응답 n개 기준). 빨강은 척도의 가장 나쁜 쪽, 초록은 가장 좋은 쪽입니다.</translation>
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
        <translation>전체 응답</translation>
    </message>
    <message>
        <source>Goal: all responses</source>
        <translation>목표: 전체 응답</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>목표: %1</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>Quarter (%1 … %2)</source>
        <translation>분기(%1 … %2)</translation>
    </message>
    <message>
        <source>dashed: goals</source>
        <translation>파선: 목표</translation>
    </message>
    <message>
        <source>dotted: benchmark</source>
        <translation>점선: 벤치마크</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %4)</source>
        <translation>%1: %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>벤치마크</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors by stage</source>
        <translation>단계별 추천·중립·비추천 고객</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>추천 고객</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>중립 고객</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>비추천 고객</translation>
    </message>
    <message>
        <source>Mean customer lifetime value by NPS category (%1)</source>
        <translation>NPS 범주별 평균 고객 생애 가치(%1)</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>평균 CLV</translation>
    </message>
    <message>
        <source>%1 answers by department</source>
        <translation>부서별 %1 응답</translation>
    </message>
    <message>
        <source>%1 answers by stage</source>
        <translation>단계별 %1 응답</translation>
    </message>
    <message>
        <source>%1 by department</source>
        <translation>부서별 %1</translation>
    </message>
    <message>
        <source>%1 by stage</source>
        <translation>단계별 %1</translation>
    </message>
    <message>
        <source>%1 by quarter</source>
        <translation>분기별 %1</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4 (95 %: %5 … %6; n %7)</source>
        <translation>%1, %2: %3 %4(95 %: %5 … %6, n %7)</translation>
    </message>
    <message>
        <source>%1 with its 95 % interval</source>
        <translation>%1(95 % 신뢰 구간 포함)</translation>
    </message>
</context>
<context>
    <name>NpsStatistics</name>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>전체 응답</translation>
    </message>
</context>
<context>
    <name>OfficeZone</name>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Front office</source>
        <translation>프런트 오피스</translation>
    </message>
    <message>
        <source>Middle office</source>
        <translation>미들 오피스</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>백 오피스</translation>
    </message>
</context>
<context>
    <name>OfflineQueue</name>
    <message>
        <source>could not keep the change for later in %1: %2</source>
        <translation>나중에 보낼 변경을 %1에 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a queue of offline changes (%2)</source>
        <translation>%1은(는) 오프라인 변경 대기열이 아닙니다(%2)</translation>
    </message>
    <message>
        <source>no format name</source>
        <translation>형식 이름이 없음</translation>
    </message>
    <message>
        <source>%1 was written by a newer Waymark (queue version %2)</source>
        <translation>%1은(는) 더 새로운 Waymark가 기록했습니다(대기열 버전 %2)</translation>
    </message>
    <message>
        <source>%1: change %2 of the queue is damaged (/edits/%3)</source>
        <translation>%1: 대기열의 변경 %2이(가) 손상되었습니다(/edits/%3)</translation>
    </message>
</context>
<context>
    <name>Opportunity</name>
    <message>
        <source>Process</source>
        <translation>프로세스</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>기술</translation>
    </message>
    <message>
        <source>People and training</source>
        <translation>인력 및 교육</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>정책</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>커뮤니케이션</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>아이디어</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>효과 측정됨</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>High</source>
        <translation>높음</translation>
    </message>
</context>
<context>
    <name>OpportunityEdits</name>
    <message>
        <source>New opportunity</source>
        <translation>새 개선 기회</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>개선: %1</translation>
    </message>
    <message>
        <source>Add to scenario</source>
        <translation>시나리오에 추가</translation>
    </message>
    <message>
        <source>Take out of scenario</source>
        <translation>시나리오에서 제외</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>시나리오 이름 바꾸기</translation>
    </message>
    <message>
        <source>The journey is open for review only: no opportunity can be added.</source>
        <translation>여정이 검토 전용으로 열려 있어 개선 기회를 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>Close the vote first: its ranking may still change.</source>
        <translation>먼저 투표를 종료하세요. 순위가 아직 바뀔 수 있습니다.</translation>
    </message>
    <message>
        <source>The vote has no dots on any card.</source>
        <translation>투표에서 도트를 받은 카드가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) in the vote “%1”.</source>
        <translation>
            <numerusform>투표 “%1”의 도트 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each of the top cards already has an opportunity.</source>
        <translation>상위 카드마다 이미 개선 기회가 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Create %n opportunity(s) from the vote</source>
        <translation>
            <numerusform>투표 결과로 개선 기회 %n개 만들기</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>[e-mail]</source>
        <translation>[이메일]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[전화번호]</translation>
    </message>
    <message>
        <source>[card number]</source>
        <translation>[카드 번호]</translation>
    </message>
</context>
<context>
    <name>PngChunks</name>
    <message>
        <source>it does not start as a PNG file does</source>
        <translation>PNG 파일의 시작 형식이 아닙니다</translation>
    </message>
    <message>
        <source>it ends inside a chunk's header at byte %1</source>
        <translation>%1바이트에서 청크 헤더 중간에 파일이 끝납니다</translation>
    </message>
    <message>
        <source>its chunk “%1” at byte %2 says it holds %3 bytes, but only %4 follow</source>
        <translation>%2바이트의 청크 “%1”은(는) %3바이트라고 하지만 뒤에 %4바이트만 있습니다</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <source>cannot be read</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1은(는) 폴더가 아닙니다</translation>
    </message>
</context>
<context>
    <name>PrintPages</name>
    <message>
        <source>Executive summary</source>
        <translation>경영진 요약</translation>
    </message>
    <message>
        <source>Executive summary: where the effort is</source>
        <translation>경영진 요약: 노력이 집중되는 곳</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>고객 여정 지도</translation>
    </message>
    <message>
        <source>Journey map — row %1, column %2 (of %3 × %4)</source>
        <translation>고객 여정 지도 — %1행, %2열(전체 %3 × %4)</translation>
    </message>
    <message>
        <source>%1's touchpoints highlighted</source>
        <translation>%1의 터치포인트 강조 표시</translation>
    </message>
    <message>
        <source>glue column %1 here</source>
        <translation>여기에 %1열을 붙이세요</translation>
    </message>
    <message>
        <source>glue row %1 here</source>
        <translation>여기에 %1행을 붙이세요</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>%1행, %2열</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>A PNG of this map can be at most %1× (12,000 pixels a side).</source>
        <translation>이 지도의 PNG는 최대 %1배(한 변 12,000픽셀)까지 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 image.</source>
        <translation>%1 × %2 이미지를 만들기에 메모리가 부족합니다.</translation>
    </message>
    <message>
        <source>Customer journey map made with Waymark</source>
        <translation>Waymark로 만든 고객 여정 지도</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>페르소나: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1/%2페이지</translation>
    </message>
    <message>
        <source>Customer journey map · Waymark</source>
        <translation>고객 여정 지도 · Waymark</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>부서:</translation>
    </message>
    <message>
        <source>time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>negative emotion 0–10</source>
        <translation>부정적 감정 0–10</translation>
    </message>
    <message>
        <source>NPS (grey: fewer than 30 answers)</source>
        <translation>NPS(회색: 응답 30건 미만)</translation>
    </message>
    <message>
        <source>CLV of the detractors</source>
        <translation>비추천 고객의 CLV</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>위험</translation>
    </message>
    <message>
        <source>heat: %1</source>
        <translation>히트맵: %1</translation>
    </message>
    <message>
        <source>Layers: %1</source>
        <translation>레이어: %1</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>표시할 내용이 없습니다.</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>No benchmark set (Data dock → Goals…)</source>
        <translation>벤치마크가 설정되지 않았습니다(데이터 도크 → 목표…)</translation>
    </message>
    <message>
        <source>Journey NPS</source>
        <translation>여정 NPS</translation>
    </message>
    <message>
        <source>No survey answers imported yet.</source>
        <translation>아직 가져온 설문 응답이 없습니다.</translation>
    </message>
    <message>
        <source>Mean CLV: promoter vs detractor</source>
        <translation>평균 CLV: 추천 고객 vs 비추천 고객</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs %2</translation>
    </message>
    <message>
        <source>%1; %2 customers with an answer and a CLV</source>
        <translation>%1; 응답과 CLV가 모두 있는 고객 %2명</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>고객 생애 가치</translation>
    </message>
    <message>
        <source>No CLV data imported yet.</source>
        <translation>아직 가져온 CLV 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>The customer's effort, end to end</source>
        <translation>처음부터 끝까지, 고객의 노력</translation>
    </message>
    <message>
        <source>%1; mean negative emotion %2/10 over %3 touchpoints</source>
        <translation>%1; 터치포인트 %3개의 평균 부정적 감정 %2/10</translation>
    </message>
    <message>
        <source>no fees</source>
        <translation>비용 없음</translation>
    </message>
    <message>
        <source>Most customer lifetime value at risk</source>
        <translation>위험에 처한 고객 생애 가치가 가장 큰 곳</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>터치포인트</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>비추천 고객</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>위험에 처한 CLV</translation>
    </message>
    <message>
        <source>Top 5 hotspots: %1</source>
        <translation>상위 5개 핫스팟: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Whole journey</source>
        <translation>전체 여정</translation>
    </message>
    <message>
        <source>Effort per stage</source>
        <translation>단계별 노력</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>터치포인트</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Mean emotion</source>
        <translation>평균 감정</translation>
    </message>
    <message>
        <source>Worst emotion</source>
        <translation>최악 감정</translation>
    </message>
    <message>
        <source>Negative emotion by stage (0 calm – 10 worst)</source>
        <translation>단계별 부정적 감정(0 평온 – 10 최악)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>최악</translation>
    </message>
    <message>
        <source>The workshop's vote: %1</source>
        <translation>워크숍 투표: %1</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>도트</translation>
    </message>
    <message>
        <source>hatched: too few answers to trust</source>
        <translation>빗금: 응답이 너무 적어 신뢰하기 어려움</translation>
    </message>
    <message>
        <source>Journey %1 (95 % interval)</source>
        <translation>여정 %1(95 % 신뢰 구간)</translation>
    </message>
    <message>
        <source>No %1 answers to count.</source>
        <translation>집계할 %1 응답이 없습니다.</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>응답 %1건</translation>
    </message>
    <message>
        <source>95 % interval %1 to %2; %3 answers</source>
        <translation>95 % 신뢰 구간 %1~%2, 응답 %3건</translation>
    </message>
    <message>
        <source>Small sample: fewer than %1 answers</source>
        <translation>작은 표본: 응답 %1건 미만</translation>
    </message>
    <message>
        <source>%1: %2 % · %3: %4 %</source>
        <translation>%1: %2 % · %3: %4 %</translation>
    </message>
    <message>
        <source>%1 against %2 (%3)</source>
        <translation>%2 대비 %1(%3)</translation>
    </message>
    <message>
        <source>the benchmark</source>
        <translation>벤치마크</translation>
    </message>
    <message>
        <source>The %1 trend by quarter appears here once answers with dates are imported.</source>
        <translation>날짜가 있는 응답을 가져오면 분기별 %1 추이가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 per stage appears here with survey data.</source>
        <translation>설문 데이터가 있으면 단계별 %1이(가) 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Findings and priorities</source>
        <translation>발견 사항과 우선순위</translation>
    </message>
    <message>
        <source>Business case of a top opportunity</source>
        <translation>상위 개선 기회의 비즈니스 케이스</translation>
    </message>
    <message>
        <source>Future state: the journey with every opportunity applied</source>
        <translation>미래 상태: 모든 개선 기회를 적용한 여정</translation>
    </message>
    <message>
        <source>Future state: the journey after “%1”</source>
        <translation>미래 상태: “%1” 적용 후의 여정</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>confidence: %1</source>
        <translation>신뢰도: %1</translation>
    </message>
    <message numerus="yes">
        <source>delivered in %n month(s)</source>
        <translation>
            <numerusform>%n개월 내 구현</numerusform>
        </translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>담당: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>근거: %1</translation>
    </message>
    <message>
        <source>Value per year at full run rate</source>
        <translation>완전 가동 시 연간 가치</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>예상</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>하한</translation>
    </message>
    <message>
        <source>High</source>
        <translation>상한</translation>
    </message>
    <message>
        <source>Customer time and money saved</source>
        <translation>고객 시간 및 금액 절감</translation>
    </message>
    <message>
        <source>Cost to serve saved</source>
        <translation>서비스 비용 절감</translation>
    </message>
    <message>
        <source>Retention value</source>
        <translation>고객 유지 가치</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Cash flows</source>
        <translation>현금흐름</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>편익</translation>
    </message>
    <message>
        <source>Running cost</source>
        <translation>운영 비용</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>순현금흐름</translation>
    </message>
    <message>
        <source>Discounted</source>
        <translation>할인 후</translation>
    </message>
    <message>
        <source>NPV %1 (range %2 to %3)</source>
        <translation>NPV %1(범위 %2 ~ %3)</translation>
    </message>
    <message>
        <source>ROI %1 %</source>
        <translation>ROI %1 %</translation>
    </message>
    <message>
        <source>pays back in month %1</source>
        <translation>%1개월 차에 회수</translation>
    </message>
    <message numerus="yes">
        <source>does not pay back within %n year(s)</source>
        <translation>
            <numerusform>%n년 안에 회수되지 않음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n year(s) at a %1 % discount rate; benefits start after delivery.</source>
        <translation>
            <numerusform>%n년 기준, 할인율 %1 %. 편익은 구현 후부터 발생합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>제외됨: %1</translation>
    </message>
    <message>
        <source>How these numbers are made</source>
        <translation>이 수치의 산출 방법</translation>
    </message>
    <message numerus="yes">
        <source>… %n more figure(s): see the business case workbook (waymark business-case --format xlsx)</source>
        <translation>
            <numerusform>… 지표 %n개 더: 비즈니스 케이스 통합 문서를 참조하세요(waymark business-case --format xlsx)</numerusform>
        </translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>%1개월 차</translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>%n년 내 회수 불가</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>After every opportunity</source>
        <translation>모든 개선 기회 적용 후</translation>
    </message>
    <message>
        <source>After “%1”</source>
        <translation>“%1” 적용 후</translation>
    </message>
    <message>
        <source>Customer time per stage (hours per customer)</source>
        <translation>단계별 고객 시간(고객당 시간)</translation>
    </message>
    <message>
        <source>What we found</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <source>Add effort to the cards or import NPS and CLV data to see findings.</source>
        <translation>발견 사항을 보려면 카드에 노력을 입력하거나 NPS 및 CLV 데이터를 가져오세요.</translation>
    </message>
    <message>
        <source>What to fix first: every opportunity</source>
        <translation>우선 개선할 항목: 모든 개선 기회</translation>
    </message>
    <message>
        <source>What to fix first: “%1”</source>
        <translation>우선 개선할 항목: “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Ranked by net present value over %n year(s) at a %1 % discount rate; ranges from the confidence of each estimate and the 95 % margins of the NPS shares it rests on.</source>
        <translation>
            <numerusform>%n년간 할인율 %1 %를 적용한 순현재가치 순으로 정렬했습니다. 범위는 각 추정치의 신뢰도와 그 근거가 되는 NPS 비율의 95 % 오차 범위에서 산출했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>개선 기회</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>일회성 비용</translation>
    </message>
    <message>
        <source>Running cost per year</source>
        <translation>연간 운영 비용</translation>
    </message>
    <message>
        <source>Value per year (low – high)</source>
        <translation>연간 가치(하한 – 상한)</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>NPV (low – high)</source>
        <translation>NPV(하한 – 상한)</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>회수 기간</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1년</translation>
    </message>
    <message>
        <source>Technology gap</source>
        <translation>기술 격차</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>사용 연수</translation>
    </message>
    <message>
        <source>What it cannot do</source>
        <translation>할 수 없는 일</translation>
    </message>
    <message>
        <source>Pain points it causes</source>
        <translation>유발하는 페인 포인트</translation>
    </message>
    <message>
        <source>Opportunities replacing it</source>
        <translation>대체하는 개선 기회</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) not shown on this page</source>
        <translation>
            <numerusform>… 이 페이지에 표시되지 않은 행 %n개 더</numerusform>
        </translation>
    </message>
    <message>
        <source>Executive summary: lifetime value and churn</source>
        <translation>경영진 요약: 생애 가치와 이탈</translation>
    </message>
    <message>
        <source>Executive summary: what customers say</source>
        <translation>경영진 요약: 고객의 목소리</translation>
    </message>
    <message>
        <source>What our customers are worth, and who is leaving</source>
        <translation>고객의 가치와 떠나는 고객</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers are expected to spend %2 in the next %n month(s) (discounted at %3 % a year), %4 each on average.</source>
        <translation>
            <numerusform>고객 %1명이 향후 %n개월 동안 %2을(를) 지출할 것으로 예상됩니다(연 %3 % 할인 적용). 1인당 평균 %4입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valuable customers are probably gone: won back, they would be worth %2.</source>
        <translation>가치 높은 고객 %1명이 이탈한 것으로 보입니다. 되찾으면 %2의 가치가 있습니다.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>수</translation>
    </message>
    <message>
        <source>Mean P(alive)</source>
        <translation>평균 P(alive)</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>평균 CLV</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>위험 고객</translation>
    </message>
    <message>
        <source>At risk: CLV if retained</source>
        <translation>위험 고객: 유지 시 CLV</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>전체 고객</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>세그먼트: %1</translation>
    </message>
    <message>
        <source>P(alive): the chance a customer is still buying. At risk: P(alive) below %1 and worth at least %2 if retained (the top quarter). CLV if retained = CLV ÷ P(alive).</source>
        <translation>P(alive): 고객이 아직 구매하고 있을 확률. 위험 고객: P(alive)가 %1 미만이고 유지 시 가치가 %2 이상인 고객(상위 25%). 유지 시 CLV = CLV ÷ P(alive).</translation>
    </message>
    <message>
        <source>After the calibration end %1 repeat purchases happened; the model expected %2.</source>
        <translation>보정 기간 종료 후 재구매는 %1건이었으며, 모델 예상치는 %2건이었습니다.</translation>
    </message>
    <message>
        <source>Fitted by maximum likelihood (standard errors in brackets). BG/NBD: r %1, α %2, a %3, b %4, log-likelihood %5. Pareto/NBD: r %6, α %7, s %8, β %9, log-likelihood %10. Gamma-Gamma spend: p %11, q %12, γ %13. Time in %14.</source>
        <translation>최대 가능도로 적합(괄호 안은 표준 오차). BG/NBD: r %1, α %2, a %3, b %4, 로그 가능도 %5. Pareto/NBD: r %6, α %7, s %8, β %9, 로그 가능도 %10. Gamma-Gamma 지출: p %11, q %12, γ %13. 시간 단위: %14.</translation>
    </message>
    <message>
        <source>Why customers leave</source>
        <translation>고객이 떠나는 이유</translation>
    </message>
    <message>
        <source>The touchpoints where customers who are probably gone answered as detractors, by the value they would carry if won back.</source>
        <translation>이탈한 것으로 보이는 고객이 비추천 응답을 한 터치포인트를, 그 고객을 되찾았을 때의 가치순으로 보여 줍니다.</translation>
    </message>
    <message>
        <source>CLV if retained</source>
        <translation>유지 시 CLV</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>진실의 순간</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>페인 포인트</translation>
    </message>
    <message>
        <source>What customers say where it hurts most</source>
        <translation>가장 아픈 곳에서 고객이 하는 말</translation>
    </message>
    <message>
        <source>The %1 touchpoints with the most %2 (%3, dataset “%4”), and the words their %2 use distinctly more often than every other customer (weighted log-odds with an informative prior, z ≥ 1.96), each with one customer's sentence as written. Personal data is masked.</source>
        <translation>%2이(가) 가장 많은 터치포인트 %1곳(%3, 데이터 세트 “%4”)과, 그 %2이(가) 다른 모든 고객보다 유독 자주 쓰는 단어(정보적 사전 분포를 적용한 가중 로그 오즈, z ≥ 1.96)를 고객 한 명이 직접 쓴 문장과 함께 보여 줍니다. 개인 정보는 가려집니다.</translation>
    </message>
    <message>
        <source>No touchpoint has %1.</source>
        <translation>%1이(가) 있는 터치포인트가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 — %3 %4, %n with a comment</source>
        <translation>
            <numerusform>%1. %2 — %4 %3명, 의견 작성 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>None of them left a comment.</source>
        <translation>아무도 의견을 남기지 않았습니다.</translation>
    </message>
    <message>
        <source>No word stands out: their comments read like everyone else's.</source>
        <translation>두드러지는 단어가 없습니다. 이들의 의견은 다른 고객과 비슷합니다.</translation>
    </message>
    <message>
        <source>They write</source>
        <translation>자주 쓰는 말</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>횟수</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>고객의 말</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The %1 touchpoints whose %2 carry the most customer lifetime value (%3, dataset “%4”), and the words their %2 use distinctly more often than every other customer (weighted log-odds with an informative prior, z ≥ 1.96), each with one customer's sentence as written. Personal data is masked.</source>
        <translation>%2의 고객 생애 가치가 가장 큰 터치포인트 %1곳(%3, 데이터 세트 “%4”)과, 그 %2이(가) 다른 모든 고객보다 유독 자주 쓰는 단어(정보적 사전 분포를 적용한 가중 로그 오즈, z ≥ 1.96)를 고객 한 명이 직접 쓴 문장과 함께 보여 줍니다. 개인 정보는 가려집니다.</translation>
    </message>
    <message>
        <source>; lifetime value at risk %1</source>
        <translation>; 위험에 처한 생애 가치 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1개</translation>
    </message>
    <message>
        <source>%1 of %2 pain points rest on measured data (%3 answers or more)</source>
        <translation>페인 포인트 %2개 중 %1개가 측정 데이터에 근거(응답 %3개 이상)</translation>
    </message>
    <message>
        <source>The rest: %1</source>
        <translation>나머지: %1</translation>
    </message>
    <message>
        <source>Pain points on measured data</source>
        <translation>측정 데이터에 근거한 페인 포인트</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Pictures on the cards (%1 of %2)</source>
        <translation>카드의 사진 (%1/%2)</translation>
    </message>
    <message>
        <source>Pictures on the cards</source>
        <translation>카드의 사진</translation>
    </message>
    <message>
        <source>picture %1 of %2</source>
        <translation>사진 %1/%2</translation>
    </message>
    <message>
        <source>Personas (%1 of %2)</source>
        <translation>페르소나 (%2쪽 중 %1쪽)</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>페르소나</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>불만</translation>
    </message>
    <message>
        <source>Where it hurts them most</source>
        <translation>가장 힘든 곳</translation>
    </message>
    <message>
        <source>No step on the map weighs on %1: every card they go through has a negative emotion of 0.</source>
        <translation>지도의 어떤 단계도 %1에게 부담이 되지 않습니다. 거치는 모든 카드의 부정적 감정이 0입니다.</translation>
    </message>
    <message>
        <source>Stage “%1”</source>
        <translation>단계 “%1”</translation>
    </message>
    <message>
        <source>negative emotion %1 of 10</source>
        <translation>부정적 감정 10점 중 %1점</translation>
    </message>
    <message>
        <source>%1 for everyone else</source>
        <translation>다른 고객은 %1</translation>
    </message>
    <message>
        <source>Who goes through this journey</source>
        <translation>이 여정을 거치는 고객</translation>
    </message>
    <message numerus="yes">
        <source>Each persona with what they want, what gets in their way, and the %n step(s) of the map that weigh on them most: the highest negative emotion as that persona feels it (0 calm – 10 worst).</source>
        <translation>
            <numerusform>페르소나마다 원하는 것, 걸림돌, 그리고 그 페르소나가 가장 힘들게 느끼는 지도의 단계 %n개(그 페르소나가 느끼는 부정적 감정이 가장 높은 곳, 0 평온 – 10 최악)를 보여 줍니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriorityChart</name>
    <message>
        <source>Value per year against one-off cost (bubble: CLV at risk)</source>
        <translation>일회성 비용 대비 연간 가치(버블: 위험에 처한 CLV)</translation>
    </message>
    <message>
        <source>One-off cost (%1)</source>
        <translation>일회성 비용(%1)</translation>
    </message>
    <message>
        <source>Value per year (%1)</source>
        <translation>연간 가치(%1)</translation>
    </message>
</context>
<context>
    <name>ServerDatasets</name>
    <message>
        <source>not one dataset</source>
        <translation>데이터 세트 하나가 아닙니다</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1MB</translation>
    </message>
</context>
<context>
    <name>ServerJobs</name>
    <message>
        <source>Could not connect to %1:
%2</source>
        <translation>%1에 연결하지 못했습니다.
%2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Password for %1 on %2 (kept only while Waymark runs; ~/.pgpass spares you this question):</source>
        <translation>%2의 %1 비밀번호(Waymark가 실행되는 동안만 보관하며, ~/.pgpass가 있으면 묻지 않습니다):</translation>
    </message>
</context>
<context>
    <name>ServerJourney</name>
    <message>
        <source>card %1 is in a stage that does not exist (%2)</source>
        <translation>카드 %1이(가) 존재하지 않는 단계(%2)에 있습니다</translation>
    </message>
</context>
<context>
    <name>ServerJourneys</name>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation>%2에서 %1 실패: %3</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object</source>
        <translation>%1: 값이 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>storing card %1</source>
        <translation>카드 %1 저장</translation>
    </message>
    <message>
        <source>storing comment %1</source>
        <translation>댓글 %1 저장</translation>
    </message>
    <message>
        <source>storing a dot of vote %1</source>
        <translation>투표 %1의 도트 저장</translation>
    </message>
    <message>
        <source>the journey cannot be published: %1: %2</source>
        <translation>고객 여정을 게시할 수 없습니다: %1: %2</translation>
    </message>
    <message>
        <source>could not start a transaction on %1: %2</source>
        <translation>%1에서 트랜잭션을 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>looking for journey %1</source>
        <translation>고객 여정 %1 찾기</translation>
    </message>
    <message>
        <source>%1 already holds a journey with this id (“%2”); open that one from the server instead</source>
        <translation>%1에 이 ID를 가진 고객 여정(“%2”)이 이미 있습니다. 대신 서버에서 그 여정을 여세요</translation>
    </message>
    <message>
        <source>storing journey %1</source>
        <translation>고객 여정 %1 저장</translation>
    </message>
    <message>
        <source>could not commit journey %1 on %2: %3</source>
        <translation>%2에 고객 여정 %1을(를) 커밋할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>%1 holds no Waymark journeys</source>
        <translation>%1에 Waymark 고객 여정이 없습니다</translation>
    </message>
    <message>
        <source>the database %1 holds Waymark's server schema version %2; this Waymark reads version %3</source>
        <translation>데이터베이스 %1의 Waymark 서버 스키마 버전은 %2입니다. 이 Waymark는 버전 %3을(를) 읽습니다</translation>
    </message>
    <message>
        <source>starting to read journey %1</source>
        <translation>고객 여정 %1 읽기 시작</translation>
    </message>
    <message>
        <source>reading journey %1</source>
        <translation>고객 여정 %1 읽기</translation>
    </message>
    <message>
        <source>%1 holds no journey with id %2</source>
        <translation>%1에 ID가 %2인 고객 여정이 없습니다</translation>
    </message>
    <message>
        <source>table journeys, row %1, column base</source>
        <translation>journeys 테이블, 행 %1, base 열</translation>
    </message>
    <message>
        <source>reading the cards of journey %1</source>
        <translation>고객 여정 %1의 카드 읽기</translation>
    </message>
    <message>
        <source>table cards, row %1, column fields</source>
        <translation>cards 테이블, 행 %1, fields 열</translation>
    </message>
    <message>
        <source>reading the comments of journey %1</source>
        <translation>고객 여정 %1의 댓글 읽기</translation>
    </message>
    <message>
        <source>table comments, row %1, column body</source>
        <translation>comments 테이블, 행 %1, body 열</translation>
    </message>
    <message>
        <source>reading the dots of journey %1</source>
        <translation>고객 여정 %1의 도트 읽기</translation>
    </message>
    <message>
        <source>journey %1 on %2 is damaged: %3</source>
        <translation>%2의 고객 여정 %1이(가) 손상되었습니다: %3</translation>
    </message>
    <message>
        <source>the database %1 holds Waymark's server schema version %2, but this Waymark knows only up to version %3; update Waymark to open journeys there</source>
        <translation>데이터베이스 %1의 Waymark 서버 스키마 버전은 %2이지만, 이 Waymark는 버전 %3까지만 지원합니다. 그곳의 고객 여정을 열려면 Waymark를 업데이트하세요</translation>
    </message>
    <message>
        <source>listing the journeys</source>
        <translation>고객 여정 목록 조회</translation>
    </message>
    <message>
        <source>storing the dataset “%1”</source>
        <translation>데이터 세트 “%1” 저장</translation>
    </message>
    <message>
        <source>reading the datasets of journey %1</source>
        <translation>여정 %1의 데이터 세트 읽기</translation>
    </message>
    <message>
        <source>table datasets, row %1, column body</source>
        <translation>테이블 datasets, 행 %1, 열 body</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>setting up the roles on %1 failed: %2 (in: %3)</source>
        <translation>%1에서 역할을 설정하지 못했습니다: %2(실행 문: %3)</translation>
    </message>
    <message>
        <source>reading your role on %1 failed: %2</source>
        <translation>%1에서 내 역할을 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Facilitator: may change everything</source>
        <translation>퍼실리테이터: 모든 항목 변경 가능</translation>
    </message>
    <message>
        <source>Participant: may add and change cards, place dots and comment</source>
        <translation>참가자: 카드 추가·변경, 도트 붙이기, 댓글 달기 가능</translation>
    </message>
    <message>
        <source>Reviewer: may comment</source>
        <translation>검토자: 댓글 달기 가능</translation>
    </message>
    <message>
        <source>Viewer: may look</source>
        <translation>열람자: 보기만 가능</translation>
    </message>
    <message>
        <source>No Waymark role on this server: ask the facilitator for one</source>
        <translation>이 서버에 내 Waymark 역할이 없습니다. 퍼실리테이터에게 요청하세요</translation>
    </message>
    <message>
        <source>reviewers may add comments, nothing else</source>
        <translation>검토자는 댓글만 추가할 수 있습니다</translation>
    </message>
    <message>
        <source>viewers may read the journey, not change it</source>
        <translation>열람자는 고객 여정을 볼 수만 있고 변경할 수는 없습니다</translation>
    </message>
    <message>
        <source>only facilitators may publish journeys</source>
        <translation>퍼실리테이터만 고객 여정을 게시할 수 있습니다</translation>
    </message>
    <message>
        <source>you have no Waymark role on this database</source>
        <translation>이 데이터베이스에 내 Waymark 역할이 없습니다</translation>
    </message>
    <message>
        <source>the server refused this by its rule “%1”: %2</source>
        <translation>서버가 규칙 “%1”에 따라 거부했습니다: %2</translation>
    </message>
    <message>
        <source>the facilitator locked this lane; only its department may change its cards</source>
        <translation>퍼실리테이터가 이 레인을 잠갔습니다. 이 레인의 카드는 해당 부서만 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>the facilitator locked this stage; only each lane's department may change its cards</source>
        <translation>퍼실리테이터가 이 단계를 잠갔습니다. 각 레인의 카드는 그 레인의 부서만 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>the facilitator froze the board; only facilitators may change it now</source>
        <translation>퍼실리테이터가 보드를 고정했습니다. 지금은 퍼실리테이터만 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>only facilitators may lock lanes and stages or freeze the board</source>
        <translation>레인과 단계를 잠그거나 보드를 고정하는 것은 퍼실리테이터만 할 수 있습니다</translation>
    </message>
    <message>
        <source>only facilitators may say who belongs to which department</source>
        <translation>누가 어느 부서에 속하는지는 퍼실리테이터만 정할 수 있습니다</translation>
    </message>
    <message>
        <source>only facilitators may add, change, move or remove stages, lanes and departments</source>
        <translation>단계, 레인, 부서는 퍼실리테이터만 추가, 변경, 이동, 삭제할 수 있습니다</translation>
    </message>
    <message>
        <source>a facilitator removed that stage or lane meanwhile</source>
        <translation>그 사이 퍼실리테이터가 그 단계나 레인을 삭제했습니다</translation>
    </message>
    <message>
        <source>only facilitators may start, close or change a vote</source>
        <translation>투표를 시작하고 종료하고 바꾸는 일은 퍼실리테이터만 할 수 있습니다</translation>
    </message>
    <message>
        <source>the vote is closed; its dots cannot change any more</source>
        <translation>투표가 종료되어 도트를 더 이상 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>someone else placed this dot from their login; only they or a facilitator may take it back</source>
        <translation>다른 사람이 자기 계정으로 붙인 도트입니다. 그 사람이나 퍼실리테이터만 회수할 수 있습니다</translation>
    </message>
    <message>
        <source>someone else wrote this comment; only they or a facilitator may change or delete it</source>
        <translation>다른 사람의 댓글입니다. 작성자나 퍼실리테이터만 바꾸거나 삭제할 수 있습니다</translation>
    </message>
    <message>
        <source>only facilitators may add, change or remove personas</source>
        <translation>페르소나는 진행자만 추가, 변경, 삭제할 수 있습니다</translation>
    </message>
    <message>
        <source>only facilitators may add, rename or remove participants</source>
        <translation>참가자는 진행자만 추가, 이름 변경, 삭제할 수 있습니다</translation>
    </message>
    <message>
        <source>an arrow must join two cards of the journey, and one of them was deleted meanwhile</source>
        <translation>화살표는 고객 여정의 카드 두 장을 이어야 하는데, 그중 한 장이 그사이 삭제되었습니다</translation>
    </message>
    <message>
        <source>only facilitators may change the journey's title, description, currency and settings</source>
        <translation>여정의 제목, 설명, 통화, 설정은 진행자만 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>only facilitators may change the agenda</source>
        <translation>의제는 진행자만 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>only facilitators may change the business case</source>
        <translation>비즈니스 케이스는 진행자만 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>the vote's time is up; its dots cannot change any more</source>
        <translation>투표 시간이 끝났습니다. 더 이상 점을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>only facilitators may import, refresh or remove survey and purchase data</source>
        <translation>설문 및 구매 데이터는 진행자만 가져오고 새로 고치고 삭제할 수 있습니다</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>setting up the server schema on %1 failed: %2 (in: %3)</source>
        <translation>%1에서 서버 스키마를 설정하지 못했습니다: %2(실행 문: %3)</translation>
    </message>
    <message>
        <source>reading the server schema version on %1 failed: %2</source>
        <translation>%1에서 서버 스키마 버전을 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <source>the database %1 holds Waymark's server schema version %2, but this Waymark knows only up to version %3; update Waymark to open journeys there</source>
        <translation>데이터베이스 %1의 Waymark 서버 스키마 버전은 %2이지만, 이 Waymark는 버전 %3까지만 지원합니다. 그곳의 고객 여정을 열려면 Waymark를 업데이트하세요</translation>
    </message>
    <message>
        <source>could not start a transaction on %1: %2</source>
        <translation>%1에서 트랜잭션을 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>setting up the server schema on %1 failed: %2</source>
        <translation>%1에서 서버 스키마를 설정하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>could not commit the server schema on %1: %2</source>
        <translation>%1에 서버 스키마를 커밋할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ServerSession</name>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>could not listen for changes on %1: %2</source>
        <translation>%1의 변경 사항을 수신할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>journey %1 on %2 is damaged: %3</source>
        <translation>%2의 고객 여정 %1이(가) 손상되었습니다: %3</translation>
    </message>
    <message>
        <source>card “%1” is not in the journey any more</source>
        <translation>카드 “%1”이(가) 더 이상 고객 여정에 없습니다</translation>
    </message>
    <message>
        <source>the change was not saved: %1: %2</source>
        <translation>변경 사항이 저장되지 않았습니다: %1: %2</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>%1에 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>the change was not saved on %1: %2</source>
        <translation>변경 사항이 %1에 저장되지 않았습니다: %2</translation>
    </message>
    <message>
        <source>%1 no longer holds journey %2</source>
        <translation>%1에 더 이상 고객 여정 %2이(가) 없습니다</translation>
    </message>
    <message>
        <source>reading the changes on %1 failed: %2</source>
        <translation>%1에서 변경 사항을 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <source>card “%1” was deleted by %2 (change %3); your change was not saved</source>
        <translation>%2이(가) 카드 “%1”을(를) 삭제했습니다(변경 %3). 내 변경 사항은 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>card “%1” is not in the journey on the server; your change was not saved</source>
        <translation>서버의 고객 여정에 카드 “%1”이(가) 없습니다. 내 변경 사항은 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>card “%1” is not in that cell any more</source>
        <translation>카드 “%1”이(가) 더 이상 그 셀에 없습니다</translation>
    </message>
    <message>
        <source>reading the cell's order failed: %1</source>
        <translation>셀의 카드 순서를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>“%1” is not a field of a card</source>
        <translation>“%1”은(는) 카드 필드가 아닙니다</translation>
    </message>
    <message>
        <source>card “%1” was not added on %2: %3</source>
        <translation>카드 “%1”을(를) %2에 추가하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>card “%1” is already in the journey</source>
        <translation>카드 “%1”이(가) 이미 고객 여정에 있습니다</translation>
    </message>
    <message>
        <source>a card cannot go after itself</source>
        <translation>카드를 자기 자신 뒤에 놓을 수 없습니다</translation>
    </message>
    <message>
        <source>the move was not saved on %1: %2</source>
        <translation>이동이 %1에 저장되지 않았습니다: %2</translation>
    </message>
    <message>
        <source>the deletion was not saved on %1: %2</source>
        <translation>삭제가 %1에 저장되지 않았습니다: %2</translation>
    </message>
    <message>
        <source>there is no vote %1 in the journey</source>
        <translation>고객 여정에 투표 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>the vote “%1” is closed</source>
        <translation>“%1” 투표는 종료되었습니다</translation>
    </message>
    <message>
        <source>the dot was not saved on %1: %2</source>
        <translation>도트가 %1에 저장되지 않았습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>all %n dot(s) of the vote “%1” are used</source>
        <translation>
            <numerusform>“%1” 투표의 도트 %n개를 모두 사용했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>the comment was not saved on %1: %2</source>
        <translation>댓글이 %1에 저장되지 않았습니다: %2</translation>
    </message>
    <message>
        <source>there is no change of yours to undo</source>
        <translation>실행 취소할 내 변경 사항이 없습니다</translation>
    </message>
    <message>
        <source>cannot undo: %1 deleted card “%2” since (change %3)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1이(가) 카드 “%2”을(를) 삭제했습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed card “%2” since (change %3)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1이(가) 카드 “%2”을(를) 변경했습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 moved card “%2” since (change %3)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1이(가) 카드 “%2”을(를) 옮겼습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed “%2” of card “%3” since (change %4)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1이(가) 카드 “%3”의 “%2”을(를) 변경했습니다(변경 %4)</translation>
    </message>
    <message>
        <source>the card was not brought back on %1: %2</source>
        <translation>카드가 %1에 복원되지 않았습니다: %2</translation>
    </message>
    <message>
        <source>the move was not undone on %1: %2</source>
        <translation>%1에서 이동이 취소되지 않았습니다: %2</translation>
    </message>
    <message>
        <source>reading the locks on %1 failed: %2</source>
        <translation>%1에서 잠금을 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1 froze the board%2; only facilitators may change it now</source>
        <translation>%1 님이 보드를 고정했습니다%2. 지금은 퍼실리테이터만 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1 locked this lane%2; only its department may change its cards</source>
        <translation>%1 님이 이 레인을 잠갔습니다%2. 이 레인의 카드는 해당 부서만 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>%1 locked this stage%2; only each lane's department may change its cards</source>
        <translation>%1 님이 이 단계를 잠갔습니다%2. 각 레인의 카드는 그 레인의 부서만 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>the lock was not saved on %1: %2</source>
        <translation>%1에 잠금을 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1 deleted the card meanwhile (change %2)</source>
        <translation>그사이 %1 님이 카드를 삭제했습니다(변경 %2)</translation>
    </message>
    <message>
        <source>the card is not in the journey any more</source>
        <translation>카드가 더 이상 여정에 없습니다</translation>
    </message>
    <message>
        <source>not connected to %1; undo works again when the connection is back</source>
        <translation>%1에 연결되어 있지 않습니다. 연결이 돌아오면 실행 취소를 다시 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>reading the members on %1 failed: %2</source>
        <translation>%1에서 부서 구성원을 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <source>reading the database users on %1 failed: %2</source>
        <translation>%1에서 데이터베이스 사용자를 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <source>not connected to %1; the members were not changed</source>
        <translation>%1에 연결되어 있지 않아 부서 구성원을 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>“%1” is not a database user's name (empty, or spaces around it); the members were not changed</source>
        <translation>“%1”은(는) 데이터베이스 사용자 이름이 아닙니다(비어 있거나 앞뒤에 공백이 있음). 부서 구성원을 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>%1 cannot join department %2: the journey has no such department; the members were not changed</source>
        <translation>%1을(를) 부서 %2에 넣을 수 없습니다: 이 여정에 그런 부서가 없습니다. 부서 구성원을 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>the members were not changed on %1: %2</source>
        <translation>%1의 부서 구성원을 바꾸지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1 has no database user “%2” (names are case-sensitive); the administrator creates it with CREATE ROLE … LOGIN; the members were not changed</source>
        <translation>%1에 데이터베이스 사용자 “%2”이(가) 없습니다(대소문자를 구분합니다). 관리자가 CREATE ROLE … LOGIN으로 만듭니다. 부서 구성원을 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>cannot undo: %1 froze the board since (change %2)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1 님이 보드를 고정했습니다(변경 %2)</translation>
    </message>
    <message>
        <source>cannot undo: %1 unfroze the board since (change %2)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1 님이 보드 고정을 풀었습니다(변경 %2)</translation>
    </message>
    <message>
        <source>cannot undo: %1 locked the lane “%2” since (change %3)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1 님이 “%2” 레인을 잠갔습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 unlocked the lane “%2” since (change %3)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1 님이 “%2” 레인의 잠금을 풀었습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 locked the stage “%2” since (change %3)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1 님이 “%2” 단계를 잠갔습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 unlocked the stage “%2” since (change %3)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1 님이 “%2” 단계의 잠금을 풀었습니다(변경 %3)</translation>
    </message>
    <message>
        <source>card “%1” was removed with its stage or lane by %2 (change %3); your change was not saved</source>
        <translation>%2 님이 카드 “%1”을(를) 단계 또는 레인과 함께 삭제했습니다(변경 %3). 변경 내용이 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>the card's stage or lane is not in the journey</source>
        <translation>카드의 단계나 레인이 고객 여정에 없습니다</translation>
    </message>
    <message>
        <source>%1 removed the card's stage (change %2); the card was not saved there</source>
        <translation>%1 님이 카드의 단계를 삭제했습니다(변경 %2). 카드가 그곳에 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>%1 removed the card's lane (change %2); the card was not saved there</source>
        <translation>%1 님이 카드의 레인을 삭제했습니다(변경 %2). 카드가 그곳에 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>“%1” cannot be changed on its own</source>
        <translation>“%1”은(는) 따로 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>“%1” is not a stage, a lane or a department</source>
        <translation>“%1”은(는) 단계, 레인, 부서가 아닙니다</translation>
    </message>
    <message>
        <source>the change of “%1” was not saved on %2: %3</source>
        <translation>“%1”의 변경이 %2에 저장되지 않았습니다: %3</translation>
    </message>
    <message>
        <source>“%1” is already in the journey</source>
        <translation>“%1”은(는) 이미 고객 여정에 있습니다</translation>
    </message>
    <message>
        <source>“%1” was removed by %2 (change %3); your change was not saved</source>
        <translation>%2 님이 “%1”을(를) 삭제했습니다(변경 %3). 변경 내용이 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>“%1” is not in the journey on the server; your change was not saved</source>
        <translation>서버의 고객 여정에 “%1”이(가) 없습니다. 변경 내용이 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>“%1” is not in the journey any more; your change was not saved</source>
        <translation>“%1”이(가) 더 이상 고객 여정에 없습니다. 변경 내용이 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>cannot undo: %1 removed “%2” since (change %3)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1 님이 “%2”을(를) 삭제했습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed “%2” since (change %3)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1 님이 “%2”을(를) 바꿨습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 put cards in “%2” since (change %3)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1 님이 “%2”에 카드를 넣었습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot undo: “%1” holds cards now</source>
        <translation>실행 취소할 수 없습니다: 이제 “%1”에 카드가 있습니다</translation>
    </message>
    <message>
        <source>cannot undo: %1 moved “%2” since (change %3)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1 님이 “%2”을(를) 옮겼습니다(변경 %3)</translation>
    </message>
    <message>
        <source>this laptop holds no copy of the journey to open without the server (a copy is kept once the journey has been open here while connected)</source>
        <translation>이 노트북에는 서버 없이 열 수 있는 여정 사본이 없습니다(연결된 상태에서 이 여정을 한 번이라도 열면 사본이 남습니다)</translation>
    </message>
    <message>
        <source>the copy of the journey on this laptop cannot be opened: %1</source>
        <translation>이 노트북의 여정 사본을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the copy of the journey on this laptop is damaged (%1): %2</source>
        <translation>이 노트북의 여정 사본이 손상되었습니다(%1): %2</translation>
    </message>
    <message>
        <source>there is no undone change of yours to redo</source>
        <translation>다시 실행할, 내가 실행 취소한 변경이 없습니다</translation>
    </message>
    <message>
        <source>not connected to %1; redo works again when the connection is back</source>
        <translation>%1에 연결되어 있지 않습니다. 연결이 돌아오면 다시 실행을 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>cannot redo: %1 froze or unfroze the board since (change %2)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 보드를 고정하거나 고정을 풀었습니다(변경 %2)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed the lock of “%2” since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 “%2”의 잠금을 바꿨습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 removed “%2” since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 “%2”을(를) 없앴습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 deleted card “%2” since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1이(가) 카드 “%2”을(를) 삭제했습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed “%2” since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 “%2”을(를) 바꿨습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed card “%2” since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1이(가) 카드 “%2”을(를) 변경했습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 put cards in “%2” since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 “%2”에 카드를 넣었습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 moved “%2” since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 “%2”을(를) 옮겼습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 moved card “%2” since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1이(가) 카드 “%2”을(를) 옮겼습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed “%2” of card “%3” since (change %4)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1이(가) 카드 “%3”의 “%2”을(를) 변경했습니다(변경 %4)</translation>
    </message>
    <message>
        <source>your last change may have reached %1 just as the connection broke; undo works again when the connection is back</source>
        <translation>마지막 변경이 연결이 끊기는 순간 %1에 닿았을 수 있습니다. 연결이 돌아오면 실행 취소를 다시 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>the vote “%1” is still open (%2 started it, change %3); close it before another vote opens</source>
        <translation>“%1” 투표가 아직 진행 중입니다(%2 님이 시작, 변경 %3). 다른 투표를 열기 전에 먼저 종료하세요</translation>
    </message>
    <message>
        <source>the vote “%1” is still open; close it before another vote opens</source>
        <translation>“%1” 투표가 아직 진행 중입니다. 다른 투표를 열기 전에 먼저 종료하세요</translation>
    </message>
    <message>
        <source>%1 deleted the comment (change %2); your change was not saved</source>
        <translation>%1 님이 이 댓글을 삭제했습니다(변경 %2). 변경 내용이 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>the comment is not in the journey on the server; your change was not saved</source>
        <translation>서버의 고객 여정에 이 댓글이 없습니다. 변경 내용이 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>%1 closed the vote “%2” (change %3); your dot was not saved</source>
        <translation>%1 님이 “%2” 투표를 종료했습니다(변경 %3). 도트가 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>the vote “%1” is already in the journey</source>
        <translation>“%1” 투표가 이미 고객 여정에 있습니다</translation>
    </message>
    <message>
        <source>the vote “%1” was not started on %2: %3</source>
        <translation>%2에서 “%1” 투표를 시작하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>“%1” cannot be changed in a vote</source>
        <translation>투표에서는 “%1”을(를) 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>%1 removed the vote “%2” (change %3)</source>
        <translation>%1 님이 “%2” 투표를 삭제했습니다(변경 %3)</translation>
    </message>
    <message>
        <source>the vote “%1” was not changed on %2: %3</source>
        <translation>%2에서 “%1” 투표를 바꾸지 못했습니다: %3</translation>
    </message>
    <message>
        <source>%1 placed a dot in the vote “%2” (change %3); a vote with dots stays</source>
        <translation>%1 님이 “%2” 투표에 도트를 붙였습니다(변경 %3). 도트가 있는 투표는 삭제되지 않습니다</translation>
    </message>
    <message>
        <source>the vote “%1” was not removed on %2: %3</source>
        <translation>%2에서 “%1” 투표를 삭제하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>there is no such dot on card “%1” to take back</source>
        <translation>“%1” 카드에 회수할 도트가 없습니다</translation>
    </message>
    <message>
        <source>the dot was not taken back on %1: %2</source>
        <translation>%1에서 도트를 회수하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>someone took that dot back meanwhile</source>
        <translation>그사이 누군가 그 도트를 이미 회수했습니다</translation>
    </message>
    <message>
        <source>“%1” cannot be changed in a comment</source>
        <translation>댓글에서는 “%1”을(를) 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>the comment is not in the journey any more</source>
        <translation>이 댓글은 더 이상 고객 여정에 없습니다</translation>
    </message>
    <message>
        <source>the comment was not changed on %1: %2</source>
        <translation>%1에서 댓글을 바꾸지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1 replied to the comment; it stays while it has replies</source>
        <translation>%1 님이 이 댓글에 답글을 달았습니다. 답글이 있는 동안에는 삭제되지 않습니다</translation>
    </message>
    <message>
        <source>the comment was not deleted on %1: %2</source>
        <translation>%1에서 댓글을 삭제하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>cannot undo: %1 closed the vote “%2” since (change %3)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1 님이 “%2” 투표를 종료했습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot undo: the vote “%1” is closed</source>
        <translation>실행 취소할 수 없습니다: “%1” 투표는 종료되었습니다</translation>
    </message>
    <message numerus="yes">
        <source>cannot undo: all %n dot(s) of the vote “%1” are used again (%2 placed one since, change %3)</source>
        <translation>
            <numerusform>실행 취소할 수 없습니다: “%1” 투표의 도트 %n개를 다시 모두 사용했습니다(그 뒤 %2 님이 도트를 붙임, 변경 %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot undo: all %n dot(s) of the vote “%1” are used again</source>
        <translation>
            <numerusform>실행 취소할 수 없습니다: “%1” 투표의 도트 %n개를 다시 모두 사용했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot undo: %1</source>
        <translation>실행 취소할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot undo: %1 deleted the comment since (change %2)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1 님이 댓글을 삭제했습니다(변경 %2)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed the comment since (change %2)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1 님이 댓글을 바꿨습니다(변경 %2)</translation>
    </message>
    <message>
        <source>cannot undo: %1 removed the vote “%2” since (change %3)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1 님이 “%2” 투표를 삭제했습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 reopened the vote “%2” since (change %3)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1 님이 “%2” 투표를 다시 열었습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed the vote “%2” since (change %3)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1 님이 “%2” 투표를 바꿨습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 placed a dot in the vote “%2” since (change %3)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1 님이 “%2” 투표에 도트를 붙였습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot undo: the vote “%1” has dots</source>
        <translation>실행 취소할 수 없습니다: “%1” 투표에 이미 도트가 있습니다</translation>
    </message>
    <message>
        <source>the persona “%1”</source>
        <translation>“%1” 페르소나</translation>
    </message>
    <message>
        <source>the participant “%1”</source>
        <translation>참가자 “%1”</translation>
    </message>
    <message>
        <source>the arrow “%1”</source>
        <translation>화살표 “%1”</translation>
    </message>
    <message>
        <source>the arrow from “%1” to “%2”</source>
        <translation>“%1”에서 “%2”(으)로 가는 화살표</translation>
    </message>
    <message>
        <source>%1 removed %2 (change %3); your change was not saved</source>
        <translation>%1 님이 삭제했습니다: %2(변경 %3). 변경 내용이 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>%1 is already in the journey</source>
        <translation>이미 고객 여정에 있습니다: %1</translation>
    </message>
    <message>
        <source>%1 is not in the journey any more; your change was not saved</source>
        <translation>고객 여정에 더 이상 없습니다: %1. 변경 내용이 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>card “%1” names %2 now; the persona stays while a card names it</source>
        <translation>카드 “%1”이(가) 지금 %2을(를) 가리킵니다. 카드가 가리키는 동안 페르소나는 남아 있습니다</translation>
    </message>
    <message>
        <source>%1 has placed dots; a participant with dots or cards stays on the list</source>
        <translation>%1이(가) 찍은 점이 있습니다. 점이나 카드가 있는 참가자는 목록에 남습니다</translation>
    </message>
    <message>
        <source>%1 wrote card “%2”; a participant with dots or cards stays on the list</source>
        <translation>%1이(가) 카드 “%2”을(를) 썼습니다. 점이나 카드가 있는 참가자는 목록에 남습니다</translation>
    </message>
    <message>
        <source>the change of %1 was not saved on %2: %3</source>
        <translation>%1의 변경이 %2에 저장되지 않았습니다: %3</translation>
    </message>
    <message>
        <source>%1 is not in the journey on the server; your change was not saved</source>
        <translation>서버의 고객 여정에 없습니다: %1. 변경 내용이 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>cannot undo: %1 removed %2 since (change %3)</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1 님이 삭제했습니다: %2(변경 %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 changed %2 since (change %3)</source>
        <translation>실행 취소할 수 없습니다: 그 사이 %1 님이 %2을(를) 바꿨습니다(변경 %3)</translation>
    </message>
    <message>
        <source>the journey's title</source>
        <translation>여정 제목</translation>
    </message>
    <message>
        <source>the journey's description</source>
        <translation>여정 설명</translation>
    </message>
    <message>
        <source>the journey's currency</source>
        <translation>여정 통화</translation>
    </message>
    <message>
        <source>the setting “%1”</source>
        <translation>설정 “%1”</translation>
    </message>
    <message>
        <source>“%1” is not the journey's title, description, currency or a setting</source>
        <translation>“%1”은(는) 여정의 제목, 설명, 통화, 설정 중 어느 것도 아닙니다</translation>
    </message>
    <message>
        <source>%1 was not changed on %2: %3</source>
        <translation>%1: %2에서 변경하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>the agenda step “%1”</source>
        <translation>의제 항목 “%1”</translation>
    </message>
    <message>
        <source>the opportunity “%1”</source>
        <translation>개선 기회 “%1”</translation>
    </message>
    <message>
        <source>the scenario “%1”</source>
        <translation>시나리오 “%1”</translation>
    </message>
    <message>
        <source>“%1” is not an arrow, a persona, a participant, an agenda step, an opportunity or a scenario</source>
        <translation>“%1”은(는) 화살표, 페르소나, 참가자, 의제 항목, 개선 기회, 시나리오 중 어느 것도 아닙니다</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 deleted card “%2” meanwhile, and it went with the card (change %3)</source>
        <translation>그사이 %1 님이 카드 “%2”을(를) 삭제해 함께 사라졌습니다 (변경 %3)</translation>
    </message>
    <message>
        <source>%1 removed it meanwhile (change %2)</source>
        <translation>그사이 %1 님이 이것을 삭제했습니다 (변경 %2)</translation>
    </message>
    <message>
        <source>it is not in the journey any more</source>
        <translation>이 항목은 더 이상 여정에 없습니다</translation>
    </message>
    <message>
        <source>%1 changed it meanwhile (change %2); it was not removed</source>
        <translation>그사이 %1 님이 이것을 변경했습니다 (변경 %2). 삭제하지 않았습니다</translation>
    </message>
    <message>
        <source>%1 changed card “%2” in it meanwhile (change %3); it was not removed, nor the cards in it</source>
        <translation>그사이 %1 님이 그 안의 카드 “%2”을(를) 변경했습니다 (변경 %3). 그것과 그 안의 카드는 삭제하지 않았습니다</translation>
    </message>
    <message>
        <source>“%1” changes are not kept offline</source>
        <translation>“%1” 변경은 오프라인에서 보관되지 않습니다</translation>
    </message>
    <message>
        <source>%1 deleted card “%2” meanwhile (change %3); the arrow was not drawn</source>
        <translation>그사이 %1 님이 카드 “%2”을(를) 삭제했습니다 (변경 %3). 화살표를 그리지 않았습니다</translation>
    </message>
    <message>
        <source>the vote “%1” is closed already</source>
        <translation>투표 “%1”은(는) 이미 마감되었습니다</translation>
    </message>
    <message>
        <source>the time of the vote “%1” is not up yet on the server's clock</source>
        <translation>서버 시계로는 투표 “%1”의 시간이 아직 끝나지 않았습니다</translation>
    </message>
    <message>
        <source>the vote “%1” was not closed on %2: %3</source>
        <translation>투표 “%1”을(를) %2에서 마감하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>the vote “%1” was not deleted on %2: %3</source>
        <translation>투표 “%1”을(를) %2에서 삭제하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>the dots were not brought back on %1: %2</source>
        <translation>%1에 점을 되돌리지 못했습니다: %2</translation>
    </message>
    <message>
        <source>not connected to %1: survey and purchase data is not kept offline (an import can be tens of MB); import, refresh or remove the dataset “%2” again when the connection is back</source>
        <translation>%1에 연결되어 있지 않습니다. 설문 및 구매 데이터는 오프라인으로 보관하지 않습니다(가져오기는 수십 MB가 될 수 있음). 연결이 복구되면 데이터 세트 “%2”을(를) 다시 가져오거나 새로 고치거나 삭제하세요</translation>
    </message>
    <message>
        <source>the dataset “%1” was not read whole (%2), so it was not shared</source>
        <translation>데이터 세트 “%1”을(를) 모두 읽지 못해(%2) 공유하지 않았습니다</translation>
    </message>
    <message>
        <source>the dataset “%1” was not saved on %2: %3</source>
        <translation>데이터 세트 “%1”을(를) %2에 저장하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>the dataset “%1” is %2 as the server stores it, and a shared journey keeps datasets of up to %3 (the server's waymark_dataset_limit()); it was not shared. Import a smaller extract (fewer columns or a shorter period), or work on this journey in a file</source>
        <translation>데이터 세트 “%1”은(는) 서버에서 %2이지만 공유 여정은 최대 %3까지만 보관합니다(서버의 waymark_dataset_limit()). 공유하지 않았습니다. 더 작은 추출본(열 수를 줄이거나 기간을 짧게)을 가져오거나 이 여정을 파일에서 작업하세요</translation>
    </message>
    <message>
        <source>%1 meanwhile; your change was not saved</source>
        <translation>그사이 %1. 변경 내용이 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>the dataset “%1” is on the server already</source>
        <translation>데이터 세트 “%1”이(가) 이미 서버에 있습니다</translation>
    </message>
    <message>
        <source>the dataset “%1” is not on the server any more</source>
        <translation>데이터 세트 “%1”이(가) 더 이상 서버에 없습니다</translation>
    </message>
    <message>
        <source>cannot undo: %1 since</source>
        <translation>실행 취소할 수 없습니다: 그 뒤 %1</translation>
    </message>
    <message>
        <source>cannot undo: the earlier version of the dataset “%1” is not on this laptop any more</source>
        <translation>실행 취소할 수 없습니다: 데이터 세트 “%1”의 이전 버전이 이 노트북에 더 이상 없습니다</translation>
    </message>
    <message>
        <source>%1 removed the dataset “%2” (change %3)</source>
        <translation>%1 님이 데이터 세트 “%2”을(를) 삭제했습니다(변경 %3)</translation>
    </message>
    <message>
        <source>%1 added the dataset “%2” (change %3)</source>
        <translation>%1 님이 데이터 세트 “%2”을(를) 추가했습니다(변경 %3)</translation>
    </message>
    <message>
        <source>%1 replaced the dataset “%2” (change %3)</source>
        <translation>%1 님이 데이터 세트 “%2”을(를) 교체했습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 removed the dataset “%2” since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 데이터 세트 “%2”을(를) 삭제했습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 added the dataset “%2” again since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 데이터 세트 “%2”을(를) 다시 추가했습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 replaced the dataset “%2” since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 데이터 세트 “%2”을(를) 교체했습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot redo: the dataset “%1” is not on this laptop any more</source>
        <translation>다시 실행할 수 없습니다: 데이터 세트 “%1”의 해당 버전이 이 노트북에 더 이상 없습니다</translation>
    </message>
    <message>
        <source>cannot redo: %1</source>
        <translation>다시 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed %2 since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 %2을(를) 바꿨습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 removed %2 since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 삭제했습니다: %2(변경 %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 removed the vote “%2” since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 “%2” 투표를 삭제했습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 closed the vote “%2” since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 “%2” 투표를 종료했습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 reopened the vote “%2” since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 “%2” 투표를 다시 열었습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed the vote “%2” since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 “%2” 투표를 바꿨습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot redo: the vote “%1” is closed</source>
        <translation>다시 실행할 수 없습니다: “%1” 투표는 종료되었습니다</translation>
    </message>
    <message>
        <source>cannot redo: %1 took back a dot from card “%2” since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 카드 “%2”에서 도트를 회수했습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 deleted the comment since (change %2)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 댓글을 삭제했습니다(변경 %2)</translation>
    </message>
    <message>
        <source>cannot redo: %1 changed the comment since (change %2)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 댓글을 바꿨습니다(변경 %2)</translation>
    </message>
    <message>
        <source>cannot redo: %1 took back a dot in the vote “%2” since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 “%2” 투표에서 도트를 회수했습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot redo: %1 placed a dot in the vote “%2” since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 “%2” 투표에 도트를 붙였습니다(변경 %3)</translation>
    </message>
    <message>
        <source>the dataset “%1” could not be read from %2 (%3); it is read again when the connection allows</source>
        <translation>%2에서 데이터 세트 “%1”을(를) 읽지 못했습니다(%3). 연결이 가능해지면 다시 읽습니다</translation>
    </message>
    <message>
        <source>the connection to %1 broke while the dataset “%2” was being sent (%3); it was not shared, and nothing of it is on the server. Import it again when the connection is back</source>
        <translation>데이터 세트 “%2”을(를) 보내는 중에 %1 연결이 끊어졌습니다(%3). 공유되지 않았으며 서버에는 아무것도 남지 않았습니다. 연결이 돌아오면 다시 가져오십시오</translation>
    </message>
    <message>
        <source>cannot redo: the time of the vote “%1” is up</source>
        <translation>다시 실행할 수 없습니다: 투표 “%1”의 시간이 끝났습니다</translation>
    </message>
    <message>
        <source>cannot redo: %1 deleted the comment it replies to since (change %2)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 이 답글이 달린 댓글을 삭제했습니다(변경 %2)</translation>
    </message>
    <message>
        <source>cannot redo: the comment it replies to is not in the journey any more</source>
        <translation>다시 실행할 수 없습니다: 이 답글이 달린 댓글이 더 이상 고객 여정에 없습니다</translation>
    </message>
    <message>
        <source>cannot undo: the time of the vote “%1” is up</source>
        <translation>실행 취소할 수 없습니다: 투표 “%1”의 시간이 끝났습니다</translation>
    </message>
    <message>
        <source>%1 took the dot on card “%2” back since (change %3)</source>
        <translation>그 뒤 %1 님이 카드 “%2”에서 그 도트를 회수했습니다(변경 %3)</translation>
    </message>
    <message>
        <source>the dot on card “%1” is not there any more</source>
        <translation>카드 “%1”에 그 도트가 더 이상 없습니다</translation>
    </message>
    <message>
        <source>%1 placed a dot in it meanwhile (change %2); the vote was not deleted, nor its dots</source>
        <translation>그사이 %1 님이 이 투표에 점을 찍었습니다 (변경 %2). 투표와 그 점들을 삭제하지 않았습니다</translation>
    </message>
    <message>
        <source>cannot redo: %1 moved %2 since (change %3)</source>
        <translation>다시 실행할 수 없습니다: 그 뒤 %1 님이 %2을(를) 옮겼습니다(변경 %3)</translation>
    </message>
    <message>
        <source>cannot undo: %1 moved %2 since (change %3)</source>
        <translation>실행 취소할 수 없습니다: 그 사이 %1 님이 %2을(를) 옮겼습니다(변경 %3)</translation>
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
        <translation>카드 추가</translation>
    </message>
    <message>
        <source>Delete Card</source>
        <translation>카드 삭제</translation>
    </message>
    <message>
        <source>Move Card</source>
        <translation>카드 이동</translation>
    </message>
    <message>
        <source>Rename Card</source>
        <translation>카드 이름 바꾸기</translation>
    </message>
    <message>
        <source>Edit Card</source>
        <translation>카드 편집</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>“%1” 추가</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>“%1” 삭제</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>“%1” 이동</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>“%1” 이름 바꾸기</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” 편집</translation>
    </message>
    <message>
        <source>Add Stage “%1”</source>
        <translation>단계 “%1” 추가</translation>
    </message>
    <message>
        <source>Remove Stage “%1”</source>
        <translation>단계 “%1” 제거</translation>
    </message>
    <message>
        <source>Move Stage “%1”</source>
        <translation>단계 “%1” 이동</translation>
    </message>
    <message>
        <source>Rename Stage “%1”</source>
        <translation>단계 “%1” 이름 바꾸기</translation>
    </message>
    <message>
        <source>Edit Stage “%1”</source>
        <translation>단계 “%1” 편집</translation>
    </message>
    <message>
        <source>Add Lane “%1”</source>
        <translation>레인 “%1” 추가</translation>
    </message>
    <message>
        <source>Remove Lane “%1”</source>
        <translation>레인 “%1” 제거</translation>
    </message>
    <message>
        <source>Move Lane “%1”</source>
        <translation>레인 “%1” 이동</translation>
    </message>
    <message>
        <source>Rename Lane “%1”</source>
        <translation>레인 “%1” 이름 바꾸기</translation>
    </message>
    <message>
        <source>Edit Lane “%1”</source>
        <translation>레인 “%1” 편집</translation>
    </message>
    <message>
        <source>Add Department “%1”</source>
        <translation>부서 “%1” 추가</translation>
    </message>
    <message>
        <source>Remove Department “%1”</source>
        <translation>부서 “%1” 제거</translation>
    </message>
    <message>
        <source>Move Department “%1”</source>
        <translation>부서 “%1” 이동</translation>
    </message>
    <message>
        <source>Rename Department “%1”</source>
        <translation>부서 “%1” 이름 바꾸기</translation>
    </message>
    <message>
        <source>Edit Department “%1”</source>
        <translation>부서 “%1” 편집</translation>
    </message>
    <message>
        <source>Freeze the Board</source>
        <translation>보드 고정</translation>
    </message>
    <message>
        <source>Unfreeze the Board</source>
        <translation>보드 고정 해제</translation>
    </message>
    <message>
        <source>Lock Lane “%1”</source>
        <translation>레인 “%1” 잠금</translation>
    </message>
    <message>
        <source>Unlock Lane “%1”</source>
        <translation>레인 “%1” 잠금 해제</translation>
    </message>
    <message>
        <source>Lock Stage “%1”</source>
        <translation>단계 “%1” 잠금</translation>
    </message>
    <message>
        <source>Unlock Stage “%1”</source>
        <translation>단계 “%1” 잠금 해제</translation>
    </message>
    <message>
        <source>Start Vote “%1”</source>
        <translation>투표 “%1” 시작</translation>
    </message>
    <message>
        <source>Delete Vote “%1”</source>
        <translation>투표 “%1” 삭제</translation>
    </message>
    <message>
        <source>Close Vote “%1”</source>
        <translation>투표 “%1” 종료</translation>
    </message>
    <message>
        <source>Reopen Vote “%1”</source>
        <translation>투표 “%1” 다시 열기</translation>
    </message>
    <message>
        <source>Rename Vote “%1”</source>
        <translation>투표 “%1” 이름 바꾸기</translation>
    </message>
    <message>
        <source>Edit Vote “%1”</source>
        <translation>투표 “%1” 편집</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>댓글 추가</translation>
    </message>
    <message>
        <source>Delete Comment</source>
        <translation>댓글 삭제</translation>
    </message>
    <message>
        <source>Resolve Comment</source>
        <translation>댓글 해결로 표시</translation>
    </message>
    <message>
        <source>Reopen Comment</source>
        <translation>댓글 다시 열기</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>댓글 편집</translation>
    </message>
    <message>
        <source>Draw Arrow “%1”</source>
        <translation>화살표 “%1” 그리기</translation>
    </message>
    <message>
        <source>Delete Arrow “%1”</source>
        <translation>화살표 “%1” 삭제</translation>
    </message>
    <message>
        <source>Edit Arrow “%1”</source>
        <translation>화살표 “%1” 편집</translation>
    </message>
    <message>
        <source>Add Persona “%1”</source>
        <translation>페르소나 “%1” 추가</translation>
    </message>
    <message>
        <source>Remove Persona “%1”</source>
        <translation>페르소나 “%1” 제거</translation>
    </message>
    <message>
        <source>Rename Persona “%1”</source>
        <translation>페르소나 “%1” 이름 바꾸기</translation>
    </message>
    <message>
        <source>Edit Persona “%1”</source>
        <translation>페르소나 “%1” 편집</translation>
    </message>
    <message>
        <source>Add Participant “%1”</source>
        <translation>참가자 “%1” 추가</translation>
    </message>
    <message>
        <source>Remove Participant “%1”</source>
        <translation>참가자 “%1” 제거</translation>
    </message>
    <message>
        <source>Rename Participant “%1”</source>
        <translation>참가자 “%1” 이름 바꾸기</translation>
    </message>
    <message>
        <source>Edit Participant “%1”</source>
        <translation>참가자 “%1” 편집</translation>
    </message>
    <message>
        <source>Add Agenda Step “%1”</source>
        <translation>의제 항목 “%1” 추가</translation>
    </message>
    <message>
        <source>Remove Agenda Step “%1”</source>
        <translation>의제 항목 “%1” 제거</translation>
    </message>
    <message>
        <source>Rename Agenda Step “%1”</source>
        <translation>의제 항목 “%1” 이름 바꾸기</translation>
    </message>
    <message>
        <source>Edit Agenda Step “%1”</source>
        <translation>의제 항목 “%1” 편집</translation>
    </message>
    <message>
        <source>Add Opportunity “%1”</source>
        <translation>개선 기회 “%1” 추가</translation>
    </message>
    <message>
        <source>Delete Opportunity “%1”</source>
        <translation>개선 기회 “%1” 삭제</translation>
    </message>
    <message>
        <source>Rename Opportunity “%1”</source>
        <translation>개선 기회 “%1” 이름 바꾸기</translation>
    </message>
    <message>
        <source>Edit Opportunity “%1”</source>
        <translation>개선 기회 “%1” 편집</translation>
    </message>
    <message>
        <source>Add Scenario “%1”</source>
        <translation>시나리오 “%1” 추가</translation>
    </message>
    <message>
        <source>Delete Scenario “%1”</source>
        <translation>시나리오 “%1” 삭제</translation>
    </message>
    <message>
        <source>Rename Scenario “%1”</source>
        <translation>시나리오 “%1” 이름 바꾸기</translation>
    </message>
    <message>
        <source>Edit Scenario “%1”</source>
        <translation>시나리오 “%1” 편집</translation>
    </message>
    <message>
        <source>Edit Journey Title</source>
        <translation>고객 여정 제목 편집</translation>
    </message>
    <message>
        <source>Edit Journey Description</source>
        <translation>고객 여정 설명 편집</translation>
    </message>
    <message>
        <source>Change Journey Currency</source>
        <translation>고객 여정 통화 변경</translation>
    </message>
    <message>
        <source>Edit Journey Settings</source>
        <translation>고객 여정 설정 편집</translation>
    </message>
    <message>
        <source>Import Data “%1”</source>
        <translation>데이터 “%1” 가져오기</translation>
    </message>
    <message>
        <source>Remove Data “%1”</source>
        <translation>데이터 “%1” 제거</translation>
    </message>
    <message>
        <source>Replace Data “%1”</source>
        <translation>데이터 “%1” 교체</translation>
    </message>
    <message>
        <source>Place Dot in “%1”</source>
        <translation>“%1”에 도트 붙이기</translation>
    </message>
    <message>
        <source>Take Back Dot in “%1”</source>
        <translation>“%1”에서 도트 떼기</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>&amp;Undo My Last Change</source>
        <translation>내 마지막 변경 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo My Undone Change</source>
        <translation>내가 취소한 변경 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Move Agenda Step “%1”</source>
        <translation>의제 항목 “%1” 이동</translation>
    </message>
    <message>
        <source>Move Opportunity “%1”</source>
        <translation>개선 기회 “%1” 이동</translation>
    </message>
    <message>
        <source>Move Scenario “%1”</source>
        <translation>시나리오 “%1” 이동</translation>
    </message>
    <message>
        <source>Edit Description of “%1”</source>
        <translation>“%1” 설명 편집</translation>
    </message>
    <message>
        <source>Change Channel of “%1”</source>
        <translation>“%1” 채널 변경</translation>
    </message>
    <message>
        <source>Change Department of “%1”</source>
        <translation>“%1” 부서 변경</translation>
    </message>
    <message>
        <source>Change Effort of “%1”</source>
        <translation>“%1” 노력 변경</translation>
    </message>
    <message>
        <source>Change Data Key of “%1”</source>
        <translation>“%1” 데이터 키 변경</translation>
    </message>
    <message>
        <source>Edit Notes of “%1”</source>
        <translation>“%1” 메모 편집</translation>
    </message>
    <message>
        <source>Change Author of “%1”</source>
        <translation>“%1” 작성자 변경</translation>
    </message>
    <message>
        <source>Change System of “%1”</source>
        <translation>“%1” 시스템 변경</translation>
    </message>
    <message>
        <source>Change Linked Journey of “%1”</source>
        <translation>“%1” 연결된 여정 변경</translation>
    </message>
    <message>
        <source>Change Evidence of “%1”</source>
        <translation>“%1” 근거 변경</translation>
    </message>
    <message>
        <source>Change Personas of “%1”</source>
        <translation>“%1” 페르소나 변경</translation>
    </message>
    <message>
        <source>Change Persona Emotions of “%1”</source>
        <translation>“%1” 페르소나 감정 변경</translation>
    </message>
    <message>
        <source>Change Pictures of “%1”</source>
        <translation>“%1” 사진 변경</translation>
    </message>
    <message>
        <source>Mark “%1” as a Pain Point</source>
        <translation>“%1”을(를) 페인 포인트로 표시</translation>
    </message>
    <message>
        <source>Unmark “%1” as a Pain Point</source>
        <translation>“%1” 페인 포인트 표시 해제</translation>
    </message>
    <message>
        <source>Mark “%1” as a Moment of Truth</source>
        <translation>“%1”을(를) 진실의 순간으로 표시</translation>
    </message>
    <message>
        <source>Unmark “%1” as a Moment of Truth</source>
        <translation>“%1” 진실의 순간 표시 해제</translation>
    </message>
    <message>
        <source>Add Comment on the Journey</source>
        <translation>고객 여정 댓글 추가</translation>
    </message>
    <message>
        <source>Delete Comment on the Journey</source>
        <translation>고객 여정 댓글 삭제</translation>
    </message>
    <message>
        <source>Resolve Comment on the Journey</source>
        <translation>고객 여정 댓글 해결로 표시</translation>
    </message>
    <message>
        <source>Reopen Comment on the Journey</source>
        <translation>고객 여정 댓글 다시 열기</translation>
    </message>
    <message>
        <source>Edit Comment on the Journey</source>
        <translation>고객 여정 댓글 편집</translation>
    </message>
    <message>
        <source>Add Comment on “%1”</source>
        <translation>“%1” 댓글 추가</translation>
    </message>
    <message>
        <source>Delete Comment on “%1”</source>
        <translation>“%1” 댓글 삭제</translation>
    </message>
    <message>
        <source>Resolve Comment on “%1”</source>
        <translation>“%1” 댓글 해결로 표시</translation>
    </message>
    <message>
        <source>Reopen Comment on “%1”</source>
        <translation>“%1” 댓글 다시 열기</translation>
    </message>
    <message>
        <source>Edit Comment on “%1”</source>
        <translation>“%1” 댓글 편집</translation>
    </message>
</context>
<context>
    <name>SharedJourney</name>
    <message>
        <source>Not connected to the server: the change was taken back. Waymark reconnects by itself; File → Save As… keeps a copy meanwhile.</source>
        <translation>서버에 연결되어 있지 않아 변경을 되돌렸습니다. Waymark가 알아서 다시 연결합니다. 그동안 파일 → 다른 이름으로 저장…으로 사본을 보관할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only facilitators change stages, lanes and departments while the journey is shared: the server refuses it to everyone else.</source>
        <translation>고객 여정이 공유되는 동안 단계, 레인, 부서는 퍼실리테이터만 바꿀 수 있습니다. 다른 사람의 변경은 서버가 거부합니다.</translation>
    </message>
    <message>
        <source>Only facilitators start and close votes while the journey is shared: the server refuses it to everyone else. Everybody places and takes back their dots.</source>
        <translation>고객 여정이 서버에서 공유되는 동안에는 퍼실리테이터만 투표를 시작하고 종료할 수 있으며, 다른 사람은 서버가 거부합니다. 자기 도트는 누구나 붙이고 회수할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only facilitators change personas and participants while the journey is shared: every card and dot points at them, so the server refuses it to everyone else.</source>
        <translation>고객 여정이 공유되는 동안에는 진행자만 페르소나와 참가자를 바꿉니다. 모든 카드와 점이 이들을 가리키므로 서버가 다른 사람의 변경은 거부합니다.</translation>
    </message>
    <message>
        <source>Only facilitators change the journey's title, description, currency and settings, the agenda and the business case while the journey is shared: the server refuses it to everyone else.</source>
        <translation>여정이 공유되는 동안 여정의 제목, 설명, 통화, 설정, 의제, 비즈니스 케이스는 진행자만 바꿀 수 있습니다. 다른 사람의 변경은 서버가 거부합니다.</translation>
    </message>
    <message>
        <source>Only facilitators import, refresh and remove survey and purchase data while the journey is shared: everybody's figures come from it, so the server refuses it to everyone else.</source>
        <translation>여정을 공유하는 동안에는 진행자만 설문 및 구매 데이터를 가져오고 새로 고치고 삭제할 수 있습니다. 모두의 수치가 이 데이터에서 나오므로 서버가 다른 사람의 변경은 거부합니다.</translation>
    </message>
</context>
<context>
    <name>SharedNotices</name>
    <message>
        <source>a card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>the channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>the department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>the effort</source>
        <translation>노력</translation>
    </message>
    <message>
        <source>the marks</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>a field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>%1 deleted the card you were changing; your change went with it.</source>
        <translation>%1 님이 내가 바꾸던 카드를 삭제했습니다. 내 변경도 함께 사라졌습니다.</translation>
    </message>
    <message>
        <source>%1 changed %2 of “%3” at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 님이 나와 같은 순간에 “%3”의 %2을(를) 바꿨습니다. 그쪽 내용이 남고 내 변경은 대체되었습니다.</translation>
    </message>
    <message>
        <source>%1 commented.</source>
        <translation>%1 님이 댓글을 달았습니다.</translation>
    </message>
    <message>
        <source>%1 placed a dot.</source>
        <translation>%1 님이 도트를 붙였습니다.</translation>
    </message>
    <message>
        <source>%1 added “%2”.</source>
        <translation>%1 님이 “%2”을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>%1 deleted a card.</source>
        <translation>%1 님이 카드를 삭제했습니다.</translation>
    </message>
    <message>
        <source>%1 moved “%2”.</source>
        <translation>%1 님이 “%2”을(를) 옮겼습니다.</translation>
    </message>
    <message>
        <source>%1 changed %2 of “%3”.</source>
        <translation>%1 님이 “%3”의 %2을(를) 바꿨습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 removed a stage with %n card(s).</source>
        <translation>
            <numerusform>%1 님이 카드 %n개가 있는 단계를 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removed a lane with %n card(s).</source>
        <translation>
            <numerusform>%1 님이 카드 %n개가 있는 레인을 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed a department.</source>
        <translation>%1 님이 부서를 삭제했습니다.</translation>
    </message>
    <message>
        <source>%1 added the stage “%2”.</source>
        <translation>%1 님이 단계 “%2”을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>%1 added the lane “%2”.</source>
        <translation>%1 님이 레인 “%2”을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>%1 added the department “%2”.</source>
        <translation>%1 님이 부서 “%2”을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>%1 moved the stage “%2”.</source>
        <translation>%1 님이 단계 “%2”을(를) 옮겼습니다.</translation>
    </message>
    <message>
        <source>%1 moved the lane “%2”.</source>
        <translation>%1 님이 레인 “%2”을(를) 옮겼습니다.</translation>
    </message>
    <message>
        <source>%1 renamed a stage to “%2”.</source>
        <translation>%1 님이 단계 이름을 “%2”(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 renamed a lane to “%2”.</source>
        <translation>%1 님이 레인 이름을 “%2”(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 renamed a department to “%2”.</source>
        <translation>%1 님이 부서 이름을 “%2”(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 changed the stage “%2”.</source>
        <translation>%1 님이 단계 “%2”을(를) 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 changed the lane “%2”.</source>
        <translation>%1 님이 레인 “%2”을(를) 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 changed the department “%2”.</source>
        <translation>%1 님이 부서 “%2”을(를) 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 removed the stage or lane of the card you were changing; your change went with it.</source>
        <translation>%1 님이 바꾸던 카드의 단계나 레인을 삭제했습니다. 변경 내용도 함께 사라졌습니다.</translation>
    </message>
    <message>
        <source>%1 changed “%2” at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 님이 같은 순간에 “%2”을(를) 바꿨습니다. 그분의 버전이 남고 내 버전은 바뀌었습니다.</translation>
    </message>
    <message>
        <source>a vote</source>
        <translation>투표</translation>
    </message>
    <message>
        <source>%1 started the vote “%2”.</source>
        <translation>%1 님이 “%2” 투표를 시작했습니다.</translation>
    </message>
    <message>
        <source>%1 removed a vote.</source>
        <translation>%1 님이 투표를 삭제했습니다.</translation>
    </message>
    <message>
        <source>%1 closed the vote “%2”: the results are in.</source>
        <translation>%1 님이 “%2” 투표를 종료했습니다. 결과가 나왔습니다.</translation>
    </message>
    <message>
        <source>%1 reopened the vote “%2”.</source>
        <translation>%1 님이 “%2” 투표를 다시 열었습니다.</translation>
    </message>
    <message>
        <source>%1 changed the vote “%2”.</source>
        <translation>%1 님이 “%2” 투표를 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 changed the vote “%2” at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 님이 같은 순간에 “%2” 투표를 바꿨습니다. 그쪽 내용이 남고 내 변경은 대체되었습니다.</translation>
    </message>
    <message>
        <source>%1 deleted the comment you were changing; your change went with it.</source>
        <translation>%1 님이 내가 바꾸던 댓글을 삭제했습니다. 내 변경도 함께 사라졌습니다.</translation>
    </message>
    <message>
        <source>%1 changed the same comment at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 님이 같은 순간에 같은 댓글을 바꿨습니다. 그쪽 내용이 남고 내 변경은 대체되었습니다.</translation>
    </message>
    <message>
        <source>%1 deleted a comment.</source>
        <translation>%1 님이 댓글을 삭제했습니다.</translation>
    </message>
    <message>
        <source>%1 resolved a comment thread.</source>
        <translation>%1 님이 댓글 스레드를 해결됨으로 표시했습니다.</translation>
    </message>
    <message>
        <source>%1 reopened a comment thread.</source>
        <translation>%1 님이 댓글 스레드를 다시 열었습니다.</translation>
    </message>
    <message>
        <source>%1 changed a comment.</source>
        <translation>%1 님이 댓글을 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 took a dot back.</source>
        <translation>%1 님이 도트를 회수했습니다.</translation>
    </message>
    <message>
        <source>%1 removed an arrow.</source>
        <translation>%1 님이 화살표를 삭제했습니다.</translation>
    </message>
    <message>
        <source>%1 drew an arrow from “%2” to “%3”.</source>
        <translation>%1 님이 “%2”에서 “%3”(으)로 화살표를 그렸습니다.</translation>
    </message>
    <message>
        <source>%1 labelled an arrow “%2”.</source>
        <translation>%1 님이 화살표에 “%2” 레이블을 붙였습니다.</translation>
    </message>
    <message>
        <source>%1 removed a persona.</source>
        <translation>%1 님이 페르소나를 삭제했습니다.</translation>
    </message>
    <message>
        <source>%1 added the persona “%2”.</source>
        <translation>%1 님이 페르소나 “%2”을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>%1 renamed a persona to “%2”.</source>
        <translation>%1 님이 페르소나 이름을 “%2”(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 changed the photo of the persona “%2”.</source>
        <translation>%1 님이 페르소나 “%2”의 사진을 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 changed the persona “%2”.</source>
        <translation>%1 님이 페르소나 “%2”을(를) 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 removed a participant.</source>
        <translation>%1 님이 참가자를 삭제했습니다.</translation>
    </message>
    <message>
        <source>%1 added the participant “%2”.</source>
        <translation>%1 님이 참가자 “%2”을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>%1 renamed a participant to “%2”.</source>
        <translation>%1 님이 참가자 이름을 “%2”(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 changed the participant “%2”.</source>
        <translation>%1 님이 참가자 “%2”을(를) 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 removed the arrow, persona or participant you were changing; your change went with it.</source>
        <translation>%1 님이 내가 바꾸던 화살표, 페르소나 또는 참가자를 삭제했습니다. 내 변경도 함께 사라졌습니다.</translation>
    </message>
    <message>
        <source>%1 changed the same arrow, persona or participant at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 님이 같은 순간에 같은 화살표, 페르소나 또는 참가자를 바꿨습니다. 그쪽 버전이 남고 내 버전은 대체되었습니다.</translation>
    </message>
    <message>
        <source>The time of the vote “%1” is up: the vote is closed and the results are in.</source>
        <translation>투표 “%1”의 시간이 끝났습니다. 투표가 마감되었고 결과가 나왔습니다.</translation>
    </message>
    <message>
        <source>%1 renamed the journey to “%2”.</source>
        <translation>%1 님이 여정 이름을 “%2”(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 changed the journey's description.</source>
        <translation>%1 님이 여정 설명을 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 changed the journey's currency to %2.</source>
        <translation>%1 님이 여정 통화를 %2(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 changed the journey's settings.</source>
        <translation>%1 님이 여정 설정을 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 removed an agenda step.</source>
        <translation>%1 님이 의제 항목을 삭제했습니다.</translation>
    </message>
    <message>
        <source>%1 added the agenda step “%2”.</source>
        <translation>%1 님이 의제 항목 “%2”을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>%1 ticked off the agenda step “%2”.</source>
        <translation>%1 님이 의제 항목 “%2”을(를) 완료로 표시했습니다.</translation>
    </message>
    <message>
        <source>%1 reopened the agenda step “%2”.</source>
        <translation>%1 님이 의제 항목 “%2”을(를) 다시 열었습니다.</translation>
    </message>
    <message>
        <source>%1 changed the agenda step “%2”.</source>
        <translation>%1 님이 의제 항목 “%2”을(를) 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 removed a scenario of the business case.</source>
        <translation>%1 님이 비즈니스 케이스의 시나리오를 삭제했습니다.</translation>
    </message>
    <message>
        <source>%1 added the scenario “%2” to the business case.</source>
        <translation>%1 님이 비즈니스 케이스에 시나리오 “%2”을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>%1 changed the scenario “%2”.</source>
        <translation>%1 님이 시나리오 “%2”을(를) 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 removed an opportunity from the business case.</source>
        <translation>%1 님이 비즈니스 케이스에서 개선 기회를 삭제했습니다.</translation>
    </message>
    <message>
        <source>%1 added the opportunity “%2” to the business case.</source>
        <translation>%1 님이 비즈니스 케이스에 개선 기회 “%2”을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>%1 changed the figures of the opportunity “%2”.</source>
        <translation>%1 님이 개선 기회 “%2”의 수치를 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 changed the opportunity “%2”.</source>
        <translation>%1 님이 개선 기회 “%2”을(를) 바꿨습니다.</translation>
    </message>
    <message>
        <source>the journey's title</source>
        <translation>여정 제목</translation>
    </message>
    <message>
        <source>the journey's description</source>
        <translation>여정 설명</translation>
    </message>
    <message>
        <source>the journey's currency</source>
        <translation>여정 통화</translation>
    </message>
    <message>
        <source>the same setting</source>
        <translation>같은 설정</translation>
    </message>
    <message>
        <source>%1 changed %2 at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 님이 같은 순간에 %2을(를) 바꿨습니다. 그쪽 버전이 남고 내 변경은 대체되었습니다.</translation>
    </message>
    <message>
        <source>%1 removed the opportunity you were changing; your change went with it.</source>
        <translation>%1 님이 내가 바꾸던 개선 기회를 삭제했습니다. 내 변경도 함께 사라졌습니다.</translation>
    </message>
    <message>
        <source>%1 changed the same figure of the opportunity “%2” at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 님이 같은 순간에 개선 기회 “%2”의 같은 수치를 바꿨습니다. 그쪽 버전이 남고 내 변경은 대체되었습니다.</translation>
    </message>
    <message>
        <source>%1 removed the agenda step or scenario you were changing; your change went with it.</source>
        <translation>%1 님이 내가 바꾸던 의제 항목이나 시나리오를 삭제했습니다. 내 변경도 함께 사라졌습니다.</translation>
    </message>
    <message>
        <source>%1 changed the same agenda step or scenario at the same moment as you; their version stays, yours was replaced.</source>
        <translation>%1 님이 같은 순간에 같은 의제 항목이나 시나리오를 바꿨습니다. 그쪽 버전이 남고 내 변경은 대체되었습니다.</translation>
    </message>
    <message>
        <source>%1 removed the dataset “%2”; the figures on the map are counted anew.</source>
        <translation>%1 님이 데이터 세트 “%2”을(를) 삭제했습니다. 지도의 수치를 다시 계산했습니다.</translation>
    </message>
    <message>
        <source>%1 imported the dataset “%2”; the figures on the map are counted anew.</source>
        <translation>%1 님이 데이터 세트 “%2”을(를) 가져왔습니다. 지도의 수치를 다시 계산했습니다.</translation>
    </message>
    <message>
        <source>%1 replaced the dataset “%2” with a new version; the figures on the map are counted anew.</source>
        <translation>%1 님이 데이터 세트 “%2”을(를) 새 버전으로 교체했습니다. 지도의 수치를 다시 계산했습니다.</translation>
    </message>
    <message>
        <source>%1 moved the agenda step “%2”.</source>
        <translation>%1 님이 의제 항목 “%2”을(를) 옮겼습니다.</translation>
    </message>
    <message>
        <source>%1 moved the scenario “%2”.</source>
        <translation>%1 님이 시나리오 “%2”을(를) 옮겼습니다.</translation>
    </message>
    <message>
        <source>%1 moved the opportunity “%2”.</source>
        <translation>%1 님이 개선 기회 “%2”을(를) 옮겼습니다.</translation>
    </message>
    <message>
        <source>%1 deleted a card your arrow joined as you drew or changed it; the arrow went with the card.</source>
        <translation>%1 님이 내가 화살표를 그리거나 바꾸는 동안 그 카드를 삭제했습니다. 화살표도 함께 사라졌습니다.</translation>
    </message>
    <message>
        <source>%1 removed the stage or lane of a card your arrow joined as you drew or changed it; the arrow went with the card.</source>
        <translation>%1 님이 내가 화살표를 그리거나 바꾸는 동안 그 카드의 단계나 레인을 삭제했습니다. 화살표도 함께 사라졌습니다.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Add card</source>
        <translation>카드 추가</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>“%1” 가져오기</translation>
    </message>
    <message>
        <source>Delete dataset</source>
        <translation>데이터 세트 삭제</translation>
    </message>
    <message>
        <source>Delete dataset “%1”</source>
        <translation>데이터 세트 “%1” 삭제</translation>
    </message>
    <message>
        <source>Edit journey details</source>
        <translation>여정 정보 편집</translation>
    </message>
    <message>
        <source>Change journey settings</source>
        <translation>여정 설정 변경</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>단계 추가</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>단계 삭제</translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation>단계 편집</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>레인 추가</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>레인 삭제</translation>
    </message>
    <message>
        <source>Edit lane</source>
        <translation>레인 편집</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>부서 추가</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>부서 삭제</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>부서 편집</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>페르소나 추가</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>페르소나 삭제</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>페르소나 편집</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>카드 삭제</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>카드 편집</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>연결 추가</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>연결 삭제</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>연결 편집</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>카드 이동</translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards</source>
        <translation>
            <numerusform>카드 %n개 이동</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>카드 %n개 붙여넣기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>카드 %n개 복제</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>카드 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>단계 이동</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>레인 이동</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>참가자 추가</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>참가자 제거</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>참가자 편집</translation>
    </message>
    <message>
        <source>Start vote</source>
        <translation>투표 시작</translation>
    </message>
    <message>
        <source>Delete vote</source>
        <translation>투표 삭제</translation>
    </message>
    <message>
        <source>Change vote</source>
        <translation>투표 변경</translation>
    </message>
    <message>
        <source>Add agenda step</source>
        <translation>아젠다 항목 추가</translation>
    </message>
    <message>
        <source>Remove agenda step</source>
        <translation>아젠다 항목 제거</translation>
    </message>
    <message>
        <source>Edit agenda step</source>
        <translation>아젠다 항목 편집</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>댓글 추가</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>댓글 삭제</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>댓글 편집</translation>
    </message>
    <message>
        <source>Add opportunity</source>
        <translation>개선 기회 추가</translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation>개선 기회 삭제</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>개선 기회 편집</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>시나리오 추가</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>시나리오 삭제</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>시나리오 편집</translation>
    </message>
    <message>
        <source>Changes by others</source>
        <translation>다른 사람의 변경</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Picture(s)</source>
        <translation>
            <numerusform>사진 %n장 추가</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Picture</source>
        <translation>사진 제거</translation>
    </message>
    <message>
        <source>Edit Picture Caption</source>
        <translation>사진 설명 편집</translation>
    </message>
    <message>
        <source>Move Picture</source>
        <translation>사진 이동</translation>
    </message>
    <message>
        <source>Move agenda step</source>
        <translation>아젠다 항목 이동</translation>
    </message>
    <message>
        <source>Move opportunity</source>
        <translation>개선 기회 이동</translation>
    </message>
    <message>
        <source>Move scenario</source>
        <translation>시나리오 이동</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>This vote is closed.</source>
        <translation>이 투표는 종료되었습니다.</translation>
    </message>
    <message>
        <source>Choose who is voting first.</source>
        <translation>먼저 투표할 사람을 선택하세요.</translation>
    </message>
    <message>
        <source>This vote is about %1; this card is not one of them.</source>
        <translation>이 투표의 대상은 %1입니다. 이 카드는 대상이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 has placed all %2 dots.</source>
        <translation>%1이(가) 도트 %2개를 모두 붙였습니다.</translation>
    </message>
    <message>
        <source>There is no dot of theirs on this card to take back.</source>
        <translation>이 카드에는 뗄 수 있는 이 참가자의 도트가 없습니다.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>도트</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>레인</translation>
    </message>
    <message>
        <source>No vote is open.</source>
        <translation>진행 중인 투표가 없습니다.</translation>
    </message>
    <message>
        <source>The journey is open for review only: votes cannot change.</source>
        <translation>고객 여정이 검토용으로만 열려 있어 투표를 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Place a dot</source>
        <translation>도트 붙이기</translation>
    </message>
    <message>
        <source>Take back a dot</source>
        <translation>도트 떼기</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <source>%1 on %2 took longer than %3 s and was stopped (the server's statement_timeout); give a longer --timeout or a narrower query</source>
        <translation>%2의 %1이(가) %3초를 넘겨 중단되었습니다(서버의 statement_timeout). --timeout을 늘리거나 쿼리 범위를 좁히세요</translation>
    </message>
    <message>
        <source>the connection to %1 was lost while reading %2: %3</source>
        <translation>%2을(를) 읽는 중 %1 연결이 끊어졌습니다: %3</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%2의 %1: %3</translation>
    </message>
    <message>
        <source>unknown metric “%1”</source>
        <translation>알 수 없는 지표 “%1”</translation>
    </message>
    <message>
        <source>name either a table or a query to read answers from %1</source>
        <translation>%1에서 응답을 읽을 테이블이나 쿼리를 지정하세요</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>Qt의 PostgreSQL 드라이버가 설치되어 있지 않습니다(Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2 — Waymark takes the password from ~/.pgpass (a line HOST:PORT:DATABASE:USER:PASSWORD, the file readable by you alone)</source>
        <translation>%1에 연결할 수 없습니다: %2 — Waymark는 ~/.pgpass에서 암호를 읽습니다(HOST:PORT:DATABASE:USER:PASSWORD 형식의 줄, 본인만 읽을 수 있는 파일)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>table “%1”</source>
        <translation>테이블 “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a table name: %2</source>
        <translation>“%1”은(는) 테이블 이름이 아닙니다: %2</translation>
    </message>
    <message>
        <source>no table “%1” in %2 (or no right to see it)</source>
        <translation>%2에 “%1” 테이블이 없습니다(또는 볼 권한이 없습니다)</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>쿼리</translation>
    </message>
    <message>
        <source>%1 has no column “%2” (columns: %3)</source>
        <translation>%1에 “%2” 열이 없습니다(열: %3)</translation>
    </message>
    <message>
        <source>column “%1” of %2 reads as “%3”: only answers one per row are read from PostgreSQL; select the columns to use with --query (SELECT score, touchpoint, … FROM …)</source>
        <translation>%2의 “%1” 열은 “%3”(으)로 읽힙니다. PostgreSQL에서는 행마다 응답이 하나인 데이터만 읽습니다. --query로 사용할 열을 선택하세요(SELECT score, touchpoint, … FROM …)</translation>
    </message>
    <message>
        <source>no column of %1 gives the score (columns: %2); name it with --map COLUMN=score</source>
        <translation>%1에 점수를 담은 열이 없습니다(열: %2). --map COLUMN=score로 지정하세요</translation>
    </message>
    <message>
        <source>no column of %1 gives “%2” (columns: %3); name the column with --map COLUMN=%4</source>
        <translation>%1에 “%2”을(를) 담은 열이 없습니다(열: %3). --map COLUMN=%4로 열을 지정하세요</translation>
    </message>
    <message>
        <source>column “%1” of %2 is %3; the score must be a number (smallint, integer, numeric, real …): convert it in --query, e.g. CAST(%1 AS integer)</source>
        <translation>%2의 “%1” 열은 %3 형식입니다. 점수는 숫자(smallint, integer, numeric, real …)여야 합니다. --query에서 변환하세요(예: CAST(%1 AS integer))</translation>
    </message>
    <message>
        <source>column “%1” of %2 is %3; a date must be a date or timestamp: convert it in --query, e.g. to_date(%1, 'YYYY-MM-DD')</source>
        <translation>%2의 “%1” 열은 %3 형식입니다. 날짜는 date 또는 timestamp여야 합니다. --query에서 변환하세요(예: to_date(%1, 'YYYY-MM-DD'))</translation>
    </message>
    <message>
        <source>%1 on %2 gives more than %3 groups of answers; Waymark reads counts, not rows: group by fewer dimensions, or check that the grouped columns hold keys rather than ids or free text</source>
        <translation>%2의 %1에서 응답 그룹이 %3개를 넘습니다. Waymark는 행이 아니라 개수를 읽습니다. 더 적은 차원으로 그룹화하거나, 그룹화한 열에 ID나 자유 텍스트가 아닌 키가 들어 있는지 확인하세요</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) without a score (NULL in column “%2”), left out</source>
        <translation>
            <numerusform>%1: 점수가 없는 응답 %n개(“%2” 열이 NULL)를 제외했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2×)</source>
        <translation>%1(%2×)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) with a score outside %2–%3 or not a whole number in column “%4”, left out: %5</source>
        <translation>
            <numerusform>%1: “%4” 열의 점수가 %2–%3 범위를 벗어나거나 정수가 아닌 응답 %n개를 제외했습니다: %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) with a score outside %2–%3 in column “%4”, left out: %5</source>
        <translation>
            <numerusform>%1: “%4” 열의 점수가 %2–%3 범위를 벗어난 응답 %n개를 제외했습니다: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL query</source>
        <translation>PostgreSQL 쿼리</translation>
    </message>
    <message>
        <source>the PostgreSQL URL holds a password; put it in ~/.pgpass (libpq reads it there) and leave it out of the URL</source>
        <translation>PostgreSQL URL에 암호가 들어 있습니다. 암호는 ~/.pgpass에 넣고(libpq가 여기서 읽습니다) URL에서 빼세요</translation>
    </message>
    <message>
        <source>not a PostgreSQL URL (postgresql://HOST/DATABASE)</source>
        <translation>PostgreSQL URL이 아닙니다(postgresql://HOST/DATABASE)</translation>
    </message>
    <message>
        <source>“[” without “]” in the host</source>
        <translation>호스트에 “]” 없이 “[”가 있습니다</translation>
    </message>
    <message>
        <source>unexpected text after the host</source>
        <translation>호스트 뒤에 예상치 못한 텍스트가 있습니다</translation>
    </message>
    <message>
        <source>several hosts are not supported; name one</source>
        <translation>여러 호스트는 지원되지 않습니다. 하나만 지정하세요</translation>
    </message>
    <message>
        <source>“%1” is not a port number</source>
        <translation>“%1”은(는) 포트 번호가 아닙니다</translation>
    </message>
    <message>
        <source>the value of “%1” may not hold spaces, quotes or “;”</source>
        <translation>“%1” 값에는 공백, 따옴표, “;”를 넣을 수 없습니다</translation>
    </message>
    <message>
        <source>unknown option “%1” (known: host, port, user, dbname, %2)</source>
        <translation>알 수 없는 옵션 “%1”(사용 가능: host, port, user, dbname, %2)</translation>
    </message>
    <message>
        <source>no database named: postgresql://HOST/DATABASE</source>
        <translation>데이터베이스 이름이 없습니다: postgresql://HOST/DATABASE</translation>
    </message>
</context>
<context>
    <name>WaymarkFile</name>
    <message>
        <source>%1: its text table has a gap</source>
        <translation>%1: 텍스트 표에 빠진 항목이 있습니다</translation>
    </message>
    <message>
        <source>The file is damaged (%1).</source>
        <translation>파일이 손상되었습니다(%1).</translation>
    </message>
    <message>
        <source>%1: its text table does not start with the empty text</source>
        <translation>%1: 텍스트 표가 빈 텍스트로 시작하지 않습니다</translation>
    </message>
    <message>
        <source>score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>%1: score %2 is outside 0–10</source>
        <translation>%1: 점수 %2이(가) 0–10 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>acquisition date</source>
        <translation>획득일</translation>
    </message>
    <message>
        <source>%1: its text table is damaged</source>
        <translation>%1: 텍스트 표가 손상되었습니다</translation>
    </message>
    <message>
        <source>%1: its column “%2” is not binary data</source>
        <translation>%1: “%2” 열이 바이너리 데이터가 아닙니다</translation>
    </message>
    <message>
        <source>Dataset %1 ("%2")</source>
        <translation>데이터 세트 %1(“%2”)</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>rows read</source>
        <translation>읽은 행</translation>
    </message>
    <message>
        <source>rows imported</source>
        <translation>가져온 행</translation>
    </message>
    <message>
        <source>rows rejected</source>
        <translation>거부된 행</translation>
    </message>
    <message>
        <source>Dataset "%1"</source>
        <translation>데이터 세트 “%1”</translation>
    </message>
    <message>
        <source>The journey</source>
        <translation>고객 여정</translation>
    </message>
    <message>
        <source>The file should hold one journey but holds %1.</source>
        <translation>파일에는 여정이 하나만 있어야 하지만 %1개가 있습니다.</translation>
    </message>
    <message>
        <source>Persona %1</source>
        <translation>페르소나 %1</translation>
    </message>
    <message>
        <source>Department %1 ("%2")</source>
        <translation>부서 %1(“%2”)</translation>
    </message>
    <message>
        <source>%1 has an invalid colour "%2"</source>
        <translation>%1의 색상 “%2”이(가) 올바르지 않습니다</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>단계 %1</translation>
    </message>
    <message>
        <source>Lane %1 ("%2")</source>
        <translation>레인 %1(“%2”)</translation>
    </message>
    <message>
        <source>office zone</source>
        <translation>오피스 영역</translation>
    </message>
    <message>
        <source>Card %1 ("%2")</source>
        <translation>카드 %1(“%2”)</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>money amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>negative emotion</source>
        <translation>부정적 감정</translation>
    </message>
    <message>
        <source>%1: negative emotion must be from 0 to 10, got %2</source>
        <translation>%1: 부정적 감정은 0에서 10 사이여야 하는데 %2입니다</translation>
    </message>
    <message>
        <source>pain point flag</source>
        <translation>페인 포인트 표시</translation>
    </message>
    <message>
        <source>moment of truth flag</source>
        <translation>진실의 순간 표시</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>연결 %1</translation>
    </message>
    <message>
        <source>Setting "%1"</source>
        <translation>설정 “%1”</translation>
    </message>
    <message>
        <source>%1 has a name that is not text</source>
        <translation>%1의 이름이 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>%1 has a value that is not text ("%2")</source>
        <translation>%1의 값이 텍스트가 아닙니다(“%2”)</translation>
    </message>
    <message>
        <source>File not found.</source>
        <translation>파일을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>This is a folder, not a journey file.</source>
        <translation>고객 여정 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>Could not open the file: %1</source>
        <translation>파일을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1 is not a Waymark file: it is not a database.</source>
        <translation>%1은(는) Waymark 파일이 아닙니다: 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 was made by another program, not Waymark (SQLite application id 0x%2).</source>
        <translation>%1은(는) Waymark가 아닌 다른 프로그램에서 만든 파일입니다(SQLite 애플리케이션 ID 0x%2).</translation>
    </message>
    <message>
        <source>This file was made by a newer Waymark: %1 (file format %2). This Waymark (%3) reads file format %4 and older; please update Waymark to open it.</source>
        <translation>이 파일은 더 새로운 버전의 Waymark(%1, 파일 형식 %2)로 만들어졌습니다. 현재 Waymark(%3)는 파일 형식 %4 이하만 읽을 수 있습니다. 파일을 열려면 Waymark를 업데이트하세요.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>알 수 없는 버전</translation>
    </message>
    <message>
        <source>The file is damaged: it has no file format version.</source>
        <translation>파일이 손상되었습니다: 파일 형식 버전이 없습니다.</translation>
    </message>
    <message>
        <source>The file is damaged: it is shorter than it should be (it may have been cut off while copying). If you have a backup, open that instead.</source>
        <translation>파일이 손상되었습니다: 파일이 원래보다 짧습니다(복사 중에 잘렸을 수 있습니다). 백업이 있다면 백업 파일을 여세요.</translation>
    </message>
    <message>
        <source>The file is damaged (%1). If you have a backup, open that instead.</source>
        <translation>파일이 손상되었습니다(%1). 백업이 있다면 백업 파일을 여세요.</translation>
    </message>
    <message>
        <source>failed the integrity check</source>
        <translation>무결성 검사에 실패함</translation>
    </message>
    <message>
        <source>Could not upgrade the file from format %1: %2</source>
        <translation>파일을 형식 %1에서 업그레이드할 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(그 밖에 문제 %n개 더 있음)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file breaks the journey's rules: %1</source>
        <translation>파일이 고객 여정 규칙에 맞지 않습니다: %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>폴더 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Could not write in the folder %1: %2</source>
        <translation>폴더 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Could not save: the disk did not confirm the write (%1).</source>
        <translation>저장할 수 없습니다: 디스크가 쓰기를 확인하지 않았습니다(%1).</translation>
    </message>
    <message>
        <source>Could not replace %1: %2</source>
        <translation>%1을(를) 바꿀 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 has an invalid id "%2"</source>
        <translation>%1의 ID “%2”이(가) 올바르지 않습니다</translation>
    </message>
    <message>
        <source>%1 has an unknown %2 "%3"</source>
        <translation>%1의 %2 “%3”을(를) 알 수 없습니다</translation>
    </message>
    <message>
        <source>%1 has a %2 that is not a whole number ("%3")</source>
        <translation>%1의 %2 값이 정수가 아닙니다(“%3”)</translation>
    </message>
    <message>
        <source>%1 has a %2 that is not a number ("%3")</source>
        <translation>%1의 %2 값이 숫자가 아닙니다(“%3”)</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete (%1).</source>
        <translation>파일이 손상되었거나 불완전합니다(%1).</translation>
    </message>
    <message>
        <source>text reference</source>
        <translation>텍스트 참조</translation>
    </message>
    <message>
        <source>%1 refers to text %2 that does not exist</source>
        <translation>%1이(가) 존재하지 않는 텍스트 %2을(를) 참조합니다</translation>
    </message>
    <message>
        <source>%1 has a time that is not a date and time ("%2")</source>
        <translation>%1의 시각이 날짜와 시간 형식이 아닙니다(“%2”)</translation>
    </message>
    <message>
        <source>Participant %1 ("%2")</source>
        <translation>참가자 %1(“%2”)</translation>
    </message>
    <message>
        <source>Vote %1 ("%2")</source>
        <translation>투표 %1(“%2”)</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>도트 한도</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>제한 시간</translation>
    </message>
    <message>
        <source>hidden flag</source>
        <translation>숨김 표시</translation>
    </message>
    <message>
        <source>closed flag</source>
        <translation>종료 표시</translation>
    </message>
    <message>
        <source>Dot %1</source>
        <translation>도트 %1</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>투표</translation>
    </message>
    <message>
        <source>%1 belongs to a vote that does not exist</source>
        <translation>%1이(가) 존재하지 않는 투표에 속해 있습니다</translation>
    </message>
    <message>
        <source>Agenda step %1 ("%2")</source>
        <translation>아젠다 항목 %1(“%2”)</translation>
    </message>
    <message>
        <source>done flag</source>
        <translation>완료 표시</translation>
    </message>
    <message>
        <source>Comment %1</source>
        <translation>댓글 %1</translation>
    </message>
    <message>
        <source>target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>resolved flag</source>
        <translation>해결 표시</translation>
    </message>
    <message>
        <source>%1: kind “%2” is not one Waymark knows</source>
        <translation>%1: “%2”은(는) Waymark가 알 수 없는 종류입니다</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, %2행</translation>
    </message>
    <message>
        <source>%1 ("%2")</source>
        <translation>%1(“%2”)</translation>
    </message>
    <message>
        <source>kind of %1</source>
        <translation>%1 종류</translation>
    </message>
    <message>
        <source>The file is damaged: its cards changed while it was read.</source>
        <translation>파일이 손상되었습니다: 읽는 도중 카드가 변경되었습니다.</translation>
    </message>
    <message>
        <source>card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>one-off cost</source>
        <translation>일회성 비용</translation>
    </message>
    <message>
        <source>running cost</source>
        <translation>운영 비용</translation>
    </message>
    <message>
        <source>time to deliver</source>
        <translation>구현 기간</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>개선 기회</translation>
    </message>
    <message>
        <source>removes-card flag</source>
        <translation>카드 삭제 플래그</translation>
    </message>
    <message>
        <source>time after</source>
        <translation>변경 후 시간</translation>
    </message>
    <message>
        <source>money after</source>
        <translation>변경 후 금액</translation>
    </message>
    <message>
        <source>emotion after</source>
        <translation>변경 후 감정</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>도달률</translation>
    </message>
    <message>
        <source>share of contacts avoided</source>
        <translation>회피한 접촉 비율</translation>
    </message>
    <message>
        <source>share of detractors to passives</source>
        <translation>중립 고객으로 바뀌는 비추천 고객 비율</translation>
    </message>
    <message>
        <source>share of detractors to promoters</source>
        <translation>추천 고객으로 바뀌는 비추천 고객 비율</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>system age</source>
        <translation>시스템 사용 연수</translation>
    </message>
    <message numerus="yes">
        <source>reading took longer than %n second(s); the file asks for far more work than any journey needs</source>
        <translation>
            <numerusform>읽기가 %n초를 넘었습니다. 이 파일은 어떤 고객 여정에도 필요하지 않을 만큼 많은 작업을 요구합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1(위치: %2)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>바이너리 데이터</translation>
    </message>
    <message>
        <source>nothing (NULL)</source>
        <translation>값 없음(NULL)</translation>
    </message>
    <message>
        <source>The file holds a view “%1”; Waymark files hold only tables.</source>
        <translation>파일에 뷰 “%1”이(가) 있습니다. Waymark 파일에는 표만 들어 있어야 합니다.</translation>
    </message>
    <message>
        <source>The file holds a trigger “%1”; Waymark files hold only tables.</source>
        <translation>파일에 트리거 “%1”이(가) 있습니다. Waymark 파일에는 표만 들어 있어야 합니다.</translation>
    </message>
    <message>
        <source>The file has no table “%1”: it is damaged or was not written by Waymark.</source>
        <translation>파일에 “%1” 표가 없습니다. 파일이 손상되었거나 Waymark로 만든 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The table “%1” is a virtual table; Waymark writes only ordinary tables.</source>
        <translation>“%1” 표는 가상 표입니다. Waymark는 일반 표만 씁니다.</translation>
    </message>
    <message>
        <source>Table “%1”, column “%2” is computed, not stored; Waymark stores every value.</source>
        <translation>“%1” 표의 “%2” 열은 저장되지 않고 계산되는 열입니다. Waymark는 모든 값을 저장합니다.</translation>
    </message>
    <message>
        <source>Table “%1” has no column “%2”: the file is damaged or was not written by Waymark.</source>
        <translation>“%1” 표에 “%2” 열이 없습니다. 파일이 손상되었거나 Waymark로 만든 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Table “%1” has %2 rows; Waymark reads at most %3 (see “Limits” in the file format documentation).</source>
        <translation>“%1” 표의 행이 %2개입니다. Waymark는 최대 %3개까지 읽습니다(파일 형식 문서의 “Limits” 참조).</translation>
    </message>
    <message>
        <source>Table “%1”, row %2, column “%3” holds %4 where %5 belongs.</source>
        <translation>“%1” 표 %2행의 “%3” 열에 %5 대신 %4이(가) 저장되어 있습니다.</translation>
    </message>
    <message>
        <source>%1: its columns are missing</source>
        <translation>%1: 열 정보가 없습니다</translation>
    </message>
    <message>
        <source>Card link</source>
        <translation>카드 링크</translation>
    </message>
    <message>
        <source>A linked journey names card %1, but the journey has %2 cards</source>
        <translation>연결된 여정이 카드 %1을(를) 가리키지만 이 여정에는 카드가 %2개뿐입니다</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>%1 names card %2, but the journey has %3 cards</source>
        <translation>%1이(가) 카드 %2을(를) 가리키지만 여정에는 카드가 %3개뿐입니다</translation>
    </message>
    <message>
        <source>Card persona %1</source>
        <translation>카드 페르소나 %1</translation>
    </message>
    <message>
        <source>Persona emotion %1</source>
        <translation>페르소나 감정 %1</translation>
    </message>
    <message>
        <source>%1 has %2 that is not stored as binary data</source>
        <translation>%1: %2이(가) 이진 데이터로 저장되어 있지 않습니다</translation>
    </message>
    <message>
        <source>width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>height</source>
        <translation>높이</translation>
    </message>
    <message>
        <source>%1 has a size of %2 × %3 pixels</source>
        <translation>%1의 크기가 %2 × %3픽셀입니다</translation>
    </message>
    <message>
        <source>the picture</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>the thumbnail</source>
        <translation>미리보기</translation>
    </message>
    <message>
        <source>Card picture %1</source>
        <translation>카드 사진 %1</translation>
    </message>
    <message>
        <source>Persona photo %1</source>
        <translation>페르소나 사진 %1</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>페르소나</translation>
    </message>
    <message>
        <source>%1 names persona %2, but the journey has %3 personas</source>
        <translation>%1이(가) 페르소나 %2을(를) 가리키지만 여정에는 페르소나가 %3개뿐입니다</translation>
    </message>
    <message>
        <source>%1: its column “%2” is missing</source>
        <translation>%1: 열 “%2”이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1: its column “%2” does not hold %3 values</source>
        <translation>%1: 열 “%2”에 %3 값이 들어 있지 않습니다</translation>
    </message>
    <message>
        <source>%1 belongs to %2 %3, which does not exist</source>
        <translation>%1이(가) 존재하지 않는 %2 %3에 속해 있습니다</translation>
    </message>
    <message>
        <source>%1: reading was cancelled</source>
        <translation>%1: 읽기가 취소되었습니다</translation>
    </message>
    <message>
        <source>%1 breaks the journey's rules: %2</source>
        <translation>%1이(가) 여정의 규칙에 어긋납니다: %2</translation>
    </message>
    <message>
        <source>%1: the summary kept in the file does not match its answers (the file was changed outside Waymark?); its figures are now counted from the answers.</source>
        <translation>%1: 파일에 저장된 요약이 응답과 일치하지 않습니다(Waymark 밖에서 파일이 바뀌었나요?). 이제 수치를 응답에서 직접 계산합니다.</translation>
    </message>
    <message>
        <source>%1: there is not enough memory to read its answers</source>
        <translation>%1: 응답을 읽을 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>Could not save: %1. Remove that dataset (Data dock) or import its file again, then save.</source>
        <translation>저장할 수 없습니다: %1. 그 데이터 세트를 지우거나(데이터 패널) 파일을 다시 가져온 뒤 저장하세요.</translation>
    </message>
    <message>
        <source>Could not copy %1 to add the dataset: %2</source>
        <translation>데이터 세트를 추가하려고 %1을(를) 복사하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Could not open the copy of %1: %2</source>
        <translation>%1의 사본을 열지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a Waymark journey file.</source>
        <translation>%1은(는) Waymark 여정 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is in another file format.</source>
        <translation>%1은(는) 다른 파일 형식입니다.</translation>
    </message>
    <message>
        <source>Could not write the answers into %1: %2</source>
        <translation>%1에 응답을 쓰지 못했습니다: %2</translation>
    </message>
    <message>
        <source>No answers to add.</source>
        <translation>추가할 응답이 없습니다.</translation>
    </message>
    <message>
        <source>The journey with the new dataset does not read back: %1</source>
        <translation>새 데이터 세트를 넣은 여정을 다시 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 was changed by another program during the import; it is left as that program saved it. Import again.</source>
        <translation>가져오는 동안 다른 프로그램이 %1을(를) 변경했습니다. 그 프로그램이 저장한 그대로 두었습니다. 다시 가져오세요.</translation>
    </message>
    <message>
        <source>%1: its column “%2” has no chunk before it</source>
        <translation>%1: 열 “%2” 앞에 와야 할 조각이 없습니다</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Pain points</source>
        <translation>페인 포인트</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>기회</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>모든 카드</translation>
    </message>
</context>
<context>
    <name>WorkshopMarks</name>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>도트 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>미해결 댓글 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>작성자: %1</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook but an older .xls file or a password-protected workbook: save it in Excel as .xlsx without a password.</source>
        <translation>이 파일은 .xlsx 통합 문서가 아니라 이전 형식의 .xls 파일이거나 암호로 보호된 통합 문서입니다. Excel에서 암호 없이 .xlsx 형식으로 저장하세요.</translation>
    </message>
    <message>
        <source>The .xlsx file is damaged or incomplete (%1).</source>
        <translation>.xlsx 파일이 손상되었거나 불완전합니다(%1).</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook (not a zip archive).</source>
        <translation>이 파일은 .xlsx 통합 문서가 아닙니다(zip 압축 파일이 아님).</translation>
    </message>
    <message>
        <source>This zip archive is not an .xlsx workbook: it has no xl/workbook.xml.</source>
        <translation>이 zip 압축 파일은 .xlsx 통합 문서가 아닙니다. xl/workbook.xml이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is missing from the workbook.</source>
        <translation>통합 문서에 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1을(를) 읽을 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>document type declarations (DTD) are not allowed</source>
        <translation>문서 형식 선언(DTD)은 허용되지 않습니다</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, %2행, %3열: %4</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB uncompressed, the most Waymark reads.</source>
        <translation>%1의 압축을 푼 크기가 Waymark가 읽을 수 있는 최대 크기인 %2MiB를 넘습니다.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1이(가) 손상되었습니다(%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its size is not the %2 bytes the zip directory gives.</source>
        <translation>%1이(가) 손상되었습니다. 크기가 zip 디렉터리에 기록된 %2바이트와 다릅니다.</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells, the most Waymark reads.</source>
        <translation>%1에 셀이 %2개보다 많습니다. Waymark는 최대 %2개까지 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries, the most Waymark reads.</source>
        <translation>%1에 항목이 %2개보다 많습니다. Waymark는 최대 %2개까지 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string %2, which the workbook does not have</source>
        <translation>셀 %1이(가) 통합 문서에 없는 공유 문자열 %2을(를) 참조합니다</translation>
    </message>
    <message>
        <source>“%1” is not a row number</source>
        <translation>“%1”은(는) 행 번호가 아닙니다</translation>
    </message>
    <message>
        <source>row %1 lies beyond row %2, the last of a sheet</source>
        <translation>%1행이 시트의 마지막 행인 %2행을 넘습니다</translation>
    </message>
    <message>
        <source>“%1” is not a cell reference</source>
        <translation>“%1”은(는) 셀 참조가 아닙니다</translation>
    </message>
    <message>
        <source>cell %1 lies beyond column XFD, the last of a sheet</source>
        <translation>셀 %1이(가) 시트의 마지막 열인 XFD 열을 넘습니다</translation>
    </message>
    <message>
        <source>cell %1 lies beyond row %2, the last of a sheet</source>
        <translation>셀 %1이(가) 시트의 마지막 행인 %2행을 넘습니다</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>통합 문서에 시트가 없습니다.</translation>
    </message>
    <message>
        <source>There is no sheet %1: the workbook's sheets are numbered 1 to %2.</source>
        <translation>%1번 시트가 없습니다. 통합 문서의 시트 번호는 1부터 %2까지입니다.</translation>
    </message>
    <message>
        <source>Sheet “%1” is not in xl/_rels/workbook.xml.rels.</source>
        <translation>“%1” 시트가 xl/_rels/workbook.xml.rels에 없습니다.</translation>
    </message>
    <message>
        <source>Sheet “%1” is a chart or macro sheet, not a table of cells.</source>
        <translation>“%1” 시트는 셀 표가 아니라 차트 시트 또는 매크로 시트입니다.</translation>
    </message>
    <message>
        <source>sheet %1 has no name</source>
        <translation>%1번째 시트에 이름이 없습니다</translation>
    </message>
</context>
<context>
    <name>waymark::AddedCardsTable</name>
    <message>
        <source>(deleted)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <source>Steps the future journey adds, e.g. a status message. What they cost the customer is taken off the benefits.</source>
        <translation>미래 여정에 추가되는 단계(예: 상태 알림 메시지). 고객이 부담하는 비용은 편익에서 차감됩니다.</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>새 단계</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>레인</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>감정</translation>
    </message>
    <message>
        <source>&amp;Add Step</source>
        <translation>단계 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Step</source>
        <translation>단계 제거(&amp;V)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 분</translation>
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
        <translation>아직 아젠다가 없습니다. 짧은 아젠다가 있으면 워크숍이 흐름을 잃지 않습니다. 항목을 마칠 때마다 체크하세요.</translation>
    </message>
    <message>
        <source>Use the Four Steps</source>
        <translation>4단계 아젠다 사용</translation>
    </message>
    <message>
        <source>Map the stages, add touchpoints, attach effort, vote on pain points</source>
        <translation>단계 정리, 터치포인트 추가, 노력 입력, 페인 포인트 투표</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>항목 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Rename agenda step</source>
        <translation>아젠다 항목 이름 바꾸기</translation>
    </message>
    <message>
        <source>Tick off agenda step</source>
        <translation>아젠다 항목 완료 표시</translation>
    </message>
    <message>
        <source>Reopen agenda step</source>
        <translation>아젠다 항목 다시 열기</translation>
    </message>
    <message>
        <source>Use the four steps</source>
        <translation>4단계 아젠다 사용</translation>
    </message>
    <message>
        <source>Map the stages</source>
        <translation>단계 정리</translation>
    </message>
    <message>
        <source>Add touchpoints</source>
        <translation>터치포인트 추가</translation>
    </message>
    <message>
        <source>Attach effort</source>
        <translation>노력 입력</translation>
    </message>
    <message>
        <source>Vote on pain points</source>
        <translation>페인 포인트 투표</translation>
    </message>
    <message>
        <source>Move Step Up</source>
        <translation>항목 위로 이동</translation>
    </message>
    <message>
        <source>Move Step Down</source>
        <translation>항목 아래로 이동</translation>
    </message>
    <message>
        <source>Move the chosen step up (%1)</source>
        <translation>선택한 항목을 위로 이동 (%1)</translation>
    </message>
    <message>
        <source>Move the chosen step down (%1)</source>
        <translation>선택한 항목을 아래로 이동 (%1)</translation>
    </message>
</context>
<context>
    <name>waymark::BusinessSettingsDialog</name>
    <message>
        <source>Business Settings</source>
        <translation>비즈니스 설정</translation>
    </message>
    <message>
        <source>What the business case needs to put a value on the opportunities. Amounts are in %1, the journey's currency.</source>
        <translation>비즈니스 케이스가 개선 기회의 가치를 산정하는 데 필요한 값입니다. 금액은 여정의 통화인 %1 기준입니다.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>How many customers go through this journey in a year</source>
        <translation>한 해 동안 이 여정을 거치는 고객 수</translation>
    </message>
    <message>
        <source>Customers per &amp;year:</source>
        <translation>연간 고객 수(&amp;Y):</translation>
    </message>
    <message>
        <source>Stages that fewer (or more) customers reach, e.g. because some drop out before:</source>
        <translation>이탈 등으로 도달하는 고객이 더 적은(또는 더 많은) 단계:</translation>
    </message>
    <message>
        <source>Give “%1” its own number of customers per year</source>
        <translation>“%1”에 별도의 연간 고객 수 지정</translation>
    </message>
    <message>
        <source>What it is worth</source>
        <translation>가치 기준</translation>
    </message>
    <message>
        <source>Value of the customer's &amp;hour:</source>
        <translation>고객 시간 1시간의 가치(&amp;H):</translation>
    </message>
    <message>
        <source>What one contact costs the organisation, by channel (0: not counted):</source>
        <translation>채널별로 접촉 1회에 드는 조직의 비용(0: 계산 안 함):</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>How many years of benefits and running costs the net present value counts</source>
        <translation>순현재가치에 반영할 편익과 운영 비용의 연수</translation>
    </message>
    <message>
        <source>Horizon in y&amp;ears:</source>
        <translation>분석 기간(년)(&amp;E):</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>What money a year later is worth less: often the organisation's cost of capital</source>
        <translation>1년 뒤의 돈이 지닌 가치가 얼마나 줄어드는지. 보통 조직의 자본 비용을 사용합니다</translation>
    </message>
    <message>
        <source>&amp;Discount rate per year:</source>
        <translation>연간 할인율(&amp;D):</translation>
    </message>
    <message>
        <source>All opportunities</source>
        <translation>모든 개선 기회</translation>
    </message>
    <message>
        <source>The scenario the PDF report and the future state of the map show</source>
        <translation>PDF 보고서와 지도의 미래 상태에 표시할 시나리오</translation>
    </message>
    <message>
        <source>&amp;Scenario in the report:</source>
        <translation>보고서 시나리오(&amp;S):</translation>
    </message>
    <message>
        <source>Change business settings</source>
        <translation>비즈니스 설정 변경</translation>
    </message>
    <message>
        <source>The same value the heatmap's weighted cost uses (Weights… on the canvas tool bar)</source>
        <translation>히트맵의 가중 비용에 쓰이는 값과 같습니다(캔버스 도구 모음의 가중치…)</translation>
    </message>
</context>
<context>
    <name>waymark::CanvasActions</name>
    <message>
        <source>&amp;New Card</source>
        <translation>새 카드(&amp;N)</translation>
    </message>
    <message>
        <source>Add a card to the current cell and type its title</source>
        <translation>현재 셀에 카드를 추가하고 제목을 입력합니다</translation>
    </message>
    <message>
        <source>&amp;Rename Card</source>
        <translation>카드 이름 바꾸기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>단계 추가(&amp;S)</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>레인 추가(&amp;L)</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>단계 이름 바꾸기</translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation>레인 이름 바꾸기</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>단계 삭제</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>레인 삭제</translation>
    </message>
    <message>
        <source>Lane &amp;Properties…</source>
        <translation>레인 속성(&amp;P)…</translation>
    </message>
    <message>
        <source>Kind of lane, side of the line of visibility, department</source>
        <translation>레인 종류, 가시선 기준 위치, 부서</translation>
    </message>
    <message>
        <source>Stage P&amp;roperties…</source>
        <translation>단계 속성(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Departments…</source>
        <translation>부서(&amp;D)…</translation>
    </message>
    <message>
        <source>C&amp;onnect Cards</source>
        <translation>카드 연결(&amp;O)</translation>
    </message>
    <message>
        <source>Drag from one card to another to draw an arrow (Alt-drag works any time)</source>
        <translation>한 카드에서 다른 카드로 드래그해 화살표를 그립니다(Alt+드래그는 언제든 가능)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>Actual &amp;Size (100%)</source>
        <translation>실제 크기(100%)(&amp;S)</translation>
    </message>
    <message>
        <source>Delete connections</source>
        <translation>연결 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>카드 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>새 단계</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>새 레인</translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage “%1” and its %n card(s)? You can undo this.</source>
        <translation>
            <numerusform>단계 “%1”과(와) 그 안의 카드 %n개를 삭제할까요? 실행 취소할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the lane “%1” and its %n card(s)? You can undo this.</source>
        <translation>
            <numerusform>레인 “%1”과(와) 그 안의 카드 %n개를 삭제할까요? 실행 취소할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create &amp;Opportunity from This Card…</source>
        <translation>이 카드로 개선 기회 만들기(&amp;O)…</translation>
    </message>
    <message>
        <source>An improvement for the business case, linked to the selected cards</source>
        <translation>선택한 카드에 연결된 비즈니스 케이스용 개선안</translation>
    </message>
    <message>
        <source>Create &amp;Opportunity from These Cards…</source>
        <translation>이 카드들로 개선 기회 만들기(&amp;O)…</translation>
    </message>
    <message>
        <source>Zoom to Se&amp;lection</source>
        <translation>선택한 카드에 맞추기(&amp;L)</translation>
    </message>
    <message>
        <source>Fill the view with the selected cards</source>
        <translation>선택한 카드가 화면을 채우도록 확대합니다</translation>
    </message>
</context>
<context>
    <name>waymark::CanvasToolBar</name>
    <message>
        <source>Canvas</source>
        <translation>캔버스</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Heatmap:</source>
        <translation>히트맵:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <source>Weights…</source>
        <translation>가중치…</translation>
    </message>
    <message>
        <source>Weights of time, money and emotion in the weighted heatmap, and the value of the customer's hour</source>
        <translation>가중 히트맵에서 시간, 금액, 감정의 가중치와 고객 시간 1시간의 가치</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>부서:</translation>
    </message>
    <message>
        <source>Dim everything this department does not own</source>
        <translation>이 부서가 담당하지 않는 항목을 모두 흐리게 표시합니다</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>모든 부서</translation>
    </message>
    <message>
        <source>Colour the cards by the customer's effort, or by a survey metric (the worst figure hottest)</source>
        <translation>고객 노력 또는 설문 지표에 따라 카드에 색을 입힙니다(가장 나쁜 수치일수록 뜨거운 색)</translation>
    </message>
    <message>
        <source>Heat scale</source>
        <translation>히트맵 척도</translation>
    </message>
    <message>
        <source>No card's data key has answers of %1 yet: the cards stay white.</source>
        <translation>아직 카드의 데이터 키에 해당하는 %1 응답이 없어 카드가 흰색으로 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 %2 … %3</source>
        <comment>heat legend: metric, lowest figure, highest figure</comment>
        <translation>%1 %2 … %3</translation>
    </message>
    <message>
        <source>%1 from %2 (worst, red) to %3 (best, pale). Cards without answers stay white.</source>
        <translation>%1: %2(최악, 빨간색)부터 %3(최상, 연한 색)까지. 응답이 없는 카드는 흰색으로 표시됩니다.</translation>
    </message>
    <message>
        <source>Hatched cards: too few answers to trust, so their colour is a weak signal.</source>
        <translation>빗금 친 카드: 응답이 너무 적어 믿을 만하지 않으므로 색상은 신뢰도가 낮은 신호입니다.</translation>
    </message>
    <message>
        <source>Low effort (left) to high effort (right). Emotion: 0 to 10. Time, money and weighted cost: logarithmic between the 10th and 90th percentile of the cards, so one extreme card does not make the others look alike.</source>
        <translation>노력 낮음(왼쪽)부터 높음(오른쪽)까지. 감정: 0~10. 시간, 금액, 가중 비용: 카드의 10번째와 90번째 백분위수 사이를 로그 척도로 표시하므로, 극단적인 카드 하나 때문에 나머지 카드가 모두 비슷해 보이지 않습니다.</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>페르소나:</translation>
    </message>
    <message>
        <source>The journey as one persona lives it: their steps, the emotion they feel, their totals</source>
        <translation>한 페르소나가 겪는 여정: 그 페르소나의 단계, 감정, 합계</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>모든 페르소나</translation>
    </message>
    <message>
        <source>(unnamed persona)</source>
        <translation>(이름 없는 페르소나)</translation>
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
        <translation>아직 연결된 카드가 없습니다. 이 개선 기회가 개선하는 지도의 카드를 연결하세요.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Effort today</source>
        <translation>현재 노력</translation>
    </message>
    <message>
        <source>Time, money and negative emotion of the card today</source>
        <translation>현재 카드의 시간, 금액, 부정적 감정</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>The customer's time at this step afterwards</source>
        <translation>변경 후 이 단계에서 고객이 쓰는 시간</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>What the step costs the customer afterwards, in the card's currency</source>
        <translation>변경 후 이 단계에서 고객이 부담하는 비용(카드의 통화 기준)</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>감정</translation>
    </message>
    <message>
        <source>Negative emotion afterwards, 0 (none) to 10 (worst)</source>
        <translation>변경 후 부정적 감정, 0(없음)~10(최악)</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>도달률</translation>
    </message>
    <message>
        <source>Share of the stage's customers who pass this card</source>
        <translation>단계 고객 중 이 카드를 거치는 비율</translation>
    </message>
    <message>
        <source>Contacts
avoided</source>
        <translation>회피한
접촉</translation>
    </message>
    <message>
        <source>Share of this step's contacts (calls, visits, mails) no longer needed</source>
        <translation>더 이상 필요 없는 이 단계의 접촉(전화, 방문, 메일) 비율</translation>
    </message>
    <message>
        <source>Detractors →
passives</source>
        <translation>비추천 →
중립</translation>
    </message>
    <message>
        <source>Share of this touchpoint's detractors expected to become passives</source>
        <translation>이 터치포인트의 비추천 고객 중 중립 고객이 될 것으로 예상되는 비율</translation>
    </message>
    <message>
        <source>Detractors →
promoters</source>
        <translation>비추천 →
추천</translation>
    </message>
    <message>
        <source>Share of this touchpoint's detractors expected to become promoters</source>
        <translation>이 터치포인트의 비추천 고객 중 추천 고객이 될 것으로 예상되는 비율</translation>
    </message>
    <message>
        <source>Step
removed</source>
        <translation>단계
제거</translation>
    </message>
    <message>
        <source>The step disappears in the future state (e.g. no branch visit)</source>
        <translation>미래 상태에서 사라지는 단계(예: 지점 방문 불필요)</translation>
    </message>
    <message>
        <source>Lin&amp;k card:</source>
        <translation>카드 연결(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>연결(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Unlink Selected</source>
        <translation>선택 항목 연결 해제(&amp;U)</translation>
    </message>
    <message>
        <source>(deleted card)</source>
        <translation>(삭제된 카드)</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 분</translation>
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
        <translation>카드를 찾으려면 입력하세요…</translation>
    </message>
    <message>
        <source>Every card is linked</source>
        <translation>모든 카드가 연결되었습니다</translation>
    </message>
</context>
<context>
    <name>waymark::ChangesDialog</name>
    <message>
        <source>What Changed</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <source>Nothing changed on the map since %1.</source>
        <translation>%1 이후 지도에서 바뀐 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Changes since %1:</source>
        <translation>%1 이후 변경 내용:</translation>
    </message>
    <message>
        <source>Added cards (%1)</source>
        <translation>추가된 카드(%1)</translation>
    </message>
    <message>
        <source>Removed cards (%1)</source>
        <translation>제거된 카드(%1)</translation>
    </message>
    <message>
        <source>Moved cards (%1)</source>
        <translation>이동된 카드(%1)</translation>
    </message>
    <message>
        <source>Edited cards (%1)</source>
        <translation>편집된 카드(%1)</translation>
    </message>
    <message>
        <source>Stage added: %1</source>
        <translation>단계 추가됨: %1</translation>
    </message>
    <message>
        <source>Stage removed: %1</source>
        <translation>단계 제거됨: %1</translation>
    </message>
    <message>
        <source>Stage renamed: %1</source>
        <translation>단계 이름 변경됨: %1</translation>
    </message>
    <message>
        <source>Lane added: %1</source>
        <translation>레인 추가됨: %1</translation>
    </message>
    <message>
        <source>Lane removed: %1</source>
        <translation>레인 제거됨: %1</translation>
    </message>
    <message>
        <source>Lane renamed: %1</source>
        <translation>레인 이름 변경됨: %1</translation>
    </message>
    <message>
        <source>Stages and lanes (%1)</source>
        <translation>단계 및 레인(%1)</translation>
    </message>
    <message>
        <source>&amp;Select Changed Cards</source>
        <translation>변경된 카드 선택(&amp;S)</translation>
    </message>
</context>
<context>
    <name>waymark::ClvCustomerModel</name>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>재구매</translation>
    </message>
    <message>
        <source>P(alive) %</source>
        <translation>P(alive) %</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>예상 구매</translation>
    </message>
    <message>
        <source>Expected spend (%1)</source>
        <translation>예상 지출(%1)</translation>
    </message>
    <message>
        <source>CLV (%1)</source>
        <translation>CLV(%1)</translation>
    </message>
</context>
<context>
    <name>waymark::CommentsDock</name>
    <message>
        <source>resolved</source>
        <extracomment>Status of a comment thread, after a check mark</extracomment>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>표시(&amp;H):</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Filter of the comments list: every thread</extracomment>
        <translation>전체</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Filter of the comments list: threads not resolved yet (an adjective, not "open a file")</extracomment>
        <translation>미해결</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Filter of the comments list: threads you wrote in</extracomment>
        <translation>내 댓글</translation>
    </message>
    <message>
        <source>Every thread, the unresolved ones, or the ones you wrote in</source>
        <translation>모든 스레드, 미해결 스레드 또는 내가 참여한 스레드</translation>
    </message>
    <message>
        <source>Only threads a department took part in</source>
        <translation>특정 부서가 참여한 스레드만 표시</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>해결(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected comment (only your own); a thread goes with its replies</source>
        <translation>선택한 댓글을 삭제합니다(내 댓글만 가능). 스레드를 삭제하면 답글도 함께 삭제됩니다</translation>
    </message>
    <message>
        <source>Shown on your comments</source>
        <translation>내 댓글에 표시됩니다</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>내 이름:</translation>
    </message>
    <message>
        <source>Your department:</source>
        <translation>내 부서:</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>댓글 작성…</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the comment</source>
        <translation>Ctrl+Enter를 누르면 댓글이 추가됩니다</translation>
    </message>
    <message>
        <source>Enter your name to comment.</source>
        <translation>댓글을 쓰려면 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>답글 달기(&amp;R)</translation>
    </message>
    <message>
        <source>Reply to the selected thread</source>
        <translation>선택한 스레드에 답글 달기</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>댓글 달기(&amp;C)</translation>
    </message>
    <message>
        <source>Start a new thread on what is selected on the map (Ctrl+Enter)</source>
        <translation>지도에서 선택한 항목에 새 스레드를 시작합니다(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Card “%1”</source>
        <translation>카드 “%1”</translation>
    </message>
    <message>
        <source>a deleted card</source>
        <translation>삭제된 카드</translation>
    </message>
    <message>
        <source>Stage “%1”</source>
        <translation>단계 “%1”</translation>
    </message>
    <message>
        <source>a deleted stage</source>
        <translation>삭제된 단계</translation>
    </message>
    <message>
        <source>The journey</source>
        <translation>고객 여정</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>모든 부서</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>부서 없음</translation>
    </message>
    <message>
        <source>The participant who has the floor in the workshop</source>
        <translation>워크숍에서 현재 발언 중인 참가자</translation>
    </message>
    <message>
        <source>Open a journey to read and write comments.</source>
        <translation>댓글을 읽고 쓰려면 고객 여정을 여세요.</translation>
    </message>
    <message>
        <source>No comments yet. Select a card or a stage on the map, then write the first one below.</source>
        <translation>아직 댓글이 없습니다. 지도에서 카드나 단계를 선택한 다음 아래에 첫 댓글을 작성하세요.</translation>
    </message>
    <message>
        <source>No thread matches these filters.</source>
        <translation>이 필터에 맞는 스레드가 없습니다.</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>대상: %1</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>다시 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected thread again</source>
        <translation>선택한 스레드를 다시 엽니다</translation>
    </message>
    <message>
        <source>Mark the selected thread as settled</source>
        <translation>선택한 스레드를 해결됨으로 표시합니다</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>댓글 해결</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>댓글 다시 열기</translation>
    </message>
    <message>
        <source>Delete thread</source>
        <translation>스레드 삭제</translation>
    </message>
</context>
<context>
    <name>waymark::DataChartsPanel</name>
    <message>
        <source>Trend</source>
        <translation>추이</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>터치포인트</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>터치포인트</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>비추천 고객</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>위험에 처한 CLV</translation>
    </message>
    <message>
        <source>Lifetime value of the customers whose latest answer at a touchpoint was 0–6</source>
        <translation>터치포인트에서 가장 최근 응답이 0~6점이었던 고객의 생애 가치</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Data key: %1</source>
        <translation>데이터 키: %1</translation>
    </message>
    <message>
        <source>Import customer lifetime values to see what promoters and detractors are worth.</source>
        <translation>고객 생애 가치(CLV)를 가져오면 추천 고객과 비추천 고객의 가치를 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Import NPS responses: CLV is joined to them by customer id.</source>
        <translation>NPS 응답을 가져오세요. CLV는 고객 ID로 응답과 연결됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) have both an answer and a CLV.</source>
        <translation>
            <numerusform>응답과 CLV가 모두 있는 고객은 %Ln명입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Department mix</source>
        <translation>부서별 분포</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers… CLV per NPS category and at risk appear here when they are read.</source>
        <translation>설문 응답 %L1개를 읽는 중… 다 읽으면 NPS 범주별 CLV와 위험에 처한 CLV가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value model to %L1 customers… CLV per NPS category and at risk appear here when it is done.</source>
        <translation>고객 %L1명의 데이터로 생애 가치 모델을 맞추는 중… 끝나면 NPS 범주별 CLV와 위험에 처한 CLV가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Matching %L1 survey answers to customers… CLV per NPS category and at risk appear here when they are matched.</source>
        <translation>설문 응답 %L1개를 고객과 연결하는 중… 끝나면 NPS 범주별 CLV와 위험에 처한 CLV가 여기에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>waymark::DataDock</name>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터 세트</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Import C&amp;LV…</source>
        <translation>CLV 가져오기(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Goals…</source>
        <translation>목표(&amp;G)…</translation>
    </message>
    <message>
        <source>Delete Dataset</source>
        <translation>데이터 세트 삭제</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more</source>
        <translation>
            <numerusform>… %Ln개 더</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) name touchpoints no card has — give a card that data key to see them on the map: %1</source>
        <translation>
            <numerusform>응답 %Ln개가 어떤 카드에도 없는 터치포인트를 가리킵니다. 지도에서 보려면 카드에 해당 데이터 키를 지정하세요: %1</numerusform>
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
        <translation>출처: %1, 가져온 날짜: %2
SHA-256 %3
읽은 행 %4, 가져온 행 %5, 거부된 행 %6
인코딩: %7
열:
%8</translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation>데이터 세트 이름 바꾸기</translation>
    </message>
    <message numerus="yes">
        <source>Delete the dataset “%1” with its %Ln row(s)? You can undo this.</source>
        <translation>
            <numerusform>데이터 세트 “%1”과(와) 그 안의 행 %Ln개를 삭제할까요? 실행 취소할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey or CLV data yet. Import survey answers (NPS, CSAT, CES, audits, eNPS) or customer lifetime values from CSV, TSV, JSON, NDJSON or Excel files.</source>
        <translation>아직 설문 조사나 CLV 데이터가 없습니다. CSV, TSV, JSON, NDJSON 또는 Excel 파일에서 설문 응답(NPS, CSAT, CES, 점검, eNPS)이나 고객 생애 가치를 가져오세요.</translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation>지표(&amp;F):</translation>
    </message>
    <message>
        <source>Import &amp;Survey…</source>
        <translation>설문 가져오기(&amp;S)…</translation>
    </message>
    <message>
        <source>Survey answers of any metric (NPS, CSAT, CES, audits, eNPS, any number) from CSV, TSV, JSON or Excel, one per row or counted per group</source>
        <translation>CSV, TSV, JSON 또는 Excel에서 가져오는 모든 지표(NPS, CSAT, CES, 점검, eNPS, 임의의 숫자)의 설문 응답(행마다 응답 하나 또는 그룹별 집계)</translation>
    </message>
    <message>
        <source>Goals per segment and a benchmark to compare %1 with</source>
        <translation>세그먼트별 목표와 %1을(를) 비교할 벤치마크</translation>
    </message>
    <message>
        <source>Edit %1 goals</source>
        <translation>%1 목표 편집</translation>
    </message>
</context>
<context>
    <name>waymark::DatasetTransferNotice</name>
    <message>
        <source>Sending “%1” to the server…</source>
        <translation>“%1”을(를) 서버로 보내는 중…</translation>
    </message>
    <message>
        <source>Receiving “%1”…</source>
        <translation>“%1” 받는 중…</translation>
    </message>
    <message>
        <source>Receiving “%1” (from %2)…</source>
        <translation>“%1” 받는 중(보낸 사람: %2)…</translation>
    </message>
    <message>
        <source>The map and the other cards go on meanwhile; the others see the dataset once it is on the server.</source>
        <translation>그동안에도 맵과 다른 카드는 계속 사용할 수 있습니다. 데이터 세트가 서버에 올라가면 다른 사람들에게도 보입니다.</translation>
    </message>
    <message>
        <source>The map goes on meanwhile; the dataset's figures show when it is in.</source>
        <translation>그동안에도 맵은 계속 사용할 수 있습니다. 데이터 세트의 수치는 다 받으면 표시됩니다.</translation>
    </message>
    <message>
        <source>A dataset is still being sent</source>
        <translation>데이터 세트를 아직 보내는 중입니다</translation>
    </message>
    <message>
        <source>“%1” is still being sent to the server. If you close the window now, it is not shared: nothing of it stays on the server and the others keep the data they have. Close anyway?</source>
        <translation>“%1”을(를) 아직 서버로 보내는 중입니다. 지금 창을 닫으면 공유되지 않습니다. 서버에는 아무것도 남지 않고 다른 사람들은 가지고 있던 데이터를 그대로 유지합니다. 그래도 닫으시겠습니까?</translation>
    </message>
</context>
<context>
    <name>waymark::DepartmentsDialog</name>
    <message>
        <source>Departments</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>The departments that own touchpoints. Double-click a name to rename it.</source>
        <translation>터치포인트를 담당하는 부서입니다. 이름을 두 번 클릭하면 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>색상(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>새 부서</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>부서 이름 바꾸기</translation>
    </message>
    <message>
        <source>Remove Department</source>
        <translation>부서 제거</translation>
    </message>
    <message>
        <source>Department Colour</source>
        <translation>부서 색상</translation>
    </message>
    <message>
        <source>Change department colour</source>
        <translation>부서 색상 변경</translation>
    </message>
    <message numerus="yes">
        <source>“%1” owns %n card(s) and %2 lane(s). Its cards keep their place without an owner and its lanes become plain lanes. You can undo this.</source>
        <translation>
            <numerusform>“%1”이(가) 담당하는 카드는 %n개, 레인은 %2개입니다. 카드는 담당 부서 없이 제자리에 남고, 레인은 일반 레인이 됩니다. 실행 취소할 수 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::EffortTargetEdit</name>
    <message>
        <source>same</source>
        <translation>동일</translation>
    </message>
    <message>
        <source>new value</source>
        <translation>새 값</translation>
    </message>
    <message>
        <source>− %</source>
        <comment>reduce by a percentage</comment>
        <translation>− %</translation>
    </message>
    <message>
        <source>Unchanged, a new value, or a reduction in percent of today's</source>
        <translation>변경 없음, 새 값 또는 현재 값 대비 감소율(%)</translation>
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
        <translation>카드의 근거: 추측, 참석자들의 지식, 리서치(인터뷰, 관찰) 또는 측정 데이터</translation>
    </message>
    <message numerus="yes">
        <source>measured: %Ln answers</source>
        <extracomment>Beside the stated level: the card counts as measured because of its answers. %1: a number</extracomment>
        <translation>
            <numerusform>측정됨: 응답 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers to this card's data key: at least %2 in one survey count as measured data, whatever the card states</source>
        <translation>이 카드의 데이터 키에 대한 응답 %1개: 한 설문에서 %2개 이상이면 카드에 적힌 내용과 관계없이 측정 데이터로 봅니다</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answers</source>
        <translation>
            <numerusform>응답 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers to this card's data key; %2 in one survey would count as measured data</source>
        <translation>이 카드의 데이터 키에 대한 응답 %1개: 한 설문에서 %2개가 되면 측정 데이터로 봅니다</translation>
    </message>
</context>
<context>
    <name>waymark::ExplanationDialog</name>
    <message>
        <source>How the numbers of “%1” are made</source>
        <translation>“%1” 수치의 산출 방법</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>수식</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>제외됨: %1</translation>
    </message>
</context>
<context>
    <name>waymark::ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF 내보내기</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>크기(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>가로(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Portrait</source>
        <translation>세로(&amp;P)</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>방향:</translation>
    </message>
    <message>
        <source>&amp;Fit the map to one page</source>
        <translation>지도를 한 페이지에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tile at full size (a poster)</source>
        <translation>실제 크기로 나누어 인쇄(포스터)(&amp;T)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Tiles &amp;overlap by:</source>
        <translation>타일 겹침(&amp;O):</translation>
    </message>
    <message>
        <source>Executive &amp;summary in front</source>
        <translation>경영진 요약을 맨 앞에(&amp;S)</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>지도에 표시</translation>
    </message>
    <message>
        <source>&amp;Effort badges</source>
        <translation>노력 배지(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Heatmap:</source>
        <translation>히트맵(&amp;H):</translation>
    </message>
    <message>
        <source>E&amp;motion curve</source>
        <translation>감정 곡선(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;CLV at risk</source>
        <translation>위험에 처한 CLV(&amp;C)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>모든 부서</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>대상(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>One tile per ticked figure; drag to change the order — the first one's trend and stages are charted</source>
        <translation>체크한 지표마다 타일이 하나씩 표시됩니다. 끌어서 순서를 바꾸세요. 첫 번째 지표의 추이와 단계 차트가 그려집니다</translation>
    </message>
    <message>
        <source>Summary fi&amp;gures:</source>
        <translation>요약 지표(&amp;G):</translation>
    </message>
    <message>
        <source>Survey &amp;figures (as on the canvas)</source>
        <translation>설문 지표(캔버스와 동일)(&amp;F)</translation>
    </message>
    <message>
        <source>Choose the summary's figures</source>
        <translation>요약 지표 선택</translation>
    </message>
    <message>
        <source>&amp;Future-state map after the map</source>
        <translation>지도 다음에 미래 상태 지도(&amp;F)</translation>
    </message>
    <message>
        <source>The journey with the chosen scenario's opportunities applied: changed effort, removed and added steps</source>
        <translation>선택한 시나리오의 개선 기회를 적용한 여정: 변경된 노력, 제거 및 추가된 단계</translation>
    </message>
    <message>
        <source>Evi&amp;dence (what each card rests on)</source>
        <translation>근거(&amp;D)(각 카드의 근거)</translation>
    </message>
    <message numerus="yes">
        <source>Pict&amp;ures on the cards after the map (%n)</source>
        <translation>
            <numerusform>지도 뒤에 카드 사진 넣기(%n)(&amp;U)</numerusform>
        </translation>
    </message>
    <message>
        <source>Each picture with its card and caption, for readers who were not at the wall</source>
        <translation>벽 앞에 없었던 독자를 위해 각 사진을 해당 카드와 설명과 함께 넣습니다</translation>
    </message>
    <message>
        <source>Pe&amp;rsona cards before the map</source>
        <translation>지도 앞에 페르소나 카드(&amp;R)</translation>
    </message>
    <message>
        <source>Each persona's photo, goals and frustrations, and the steps that hurt them most</source>
        <translation>페르소나마다 사진, 목표, 불만, 그리고 가장 힘든 단계</translation>
    </message>
    <message>
        <source>None of this journey's personas has a description, goals, frustrations or a photo yet</source>
        <translation>이 여정의 페르소나 중 설명, 목표, 불만, 사진이 있는 페르소나가 아직 없습니다</translation>
    </message>
</context>
<context>
    <name>waymark::FindBar</name>
    <message>
        <source>Find a card</source>
        <translation>카드 찾기</translation>
    </message>
    <message>
        <source>Searches the titles, descriptions, notes and data keys of the cards</source>
        <translation>카드의 제목, 설명, 메모, 데이터 키를 검색합니다</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>&amp;Find Card…</source>
        <translation>카드 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find a card by its title, description, notes or data key</source>
        <translation>제목, 설명, 메모 또는 데이터 키로 카드 찾기</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>이전 항목(Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>다음 항목(Enter, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>닫기(Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>일치 항목 없음</translation>
    </message>
</context>
<context>
    <name>waymark::FollowMe</name>
    <message>
        <source>&amp;Present (Everyone Follows Me)</source>
        <translation>발표 — 모두 나를 따라옴(&amp;P)</translation>
    </message>
    <message>
        <source>Everyone's canvas follows yours — where you scroll, how far you zoom, the card you select — until you stop</source>
        <translation>멈출 때까지 모두의 캔버스가 내 캔버스를 따라옵니다. 스크롤 위치, 확대 정도, 선택한 카드까지</translation>
    </message>
    <message>
        <source>Only the facilitator presents</source>
        <translation>발표는 퍼실리테이터만 할 수 있습니다</translation>
    </message>
    <message>
        <source>▶ Following %1</source>
        <translation>▶ %1 님을 따라가는 중</translation>
    </message>
    <message>
        <source>Follow %1 again</source>
        <translation>%1 님 다시 따라가기</translation>
    </message>
    <message>
        <source>%1 is presenting; you scrolled away. Back to where they look.</source>
        <translation>%1 님이 발표 중인데 다른 곳으로 이동했습니다. 발표자가 보는 곳으로 돌아갑니다.</translation>
    </message>
</context>
<context>
    <name>waymark::HeatmapWeightsDialog</name>
    <message>
        <source>Heatmap Weights</source>
        <translation>히트맵 가중치</translation>
    </message>
    <message>
        <source>Weighted cost in %1 = time weight × hours × hour value + money weight × amount + emotion weight × emotion (0–10) × point value. Cards in other currencies count by time and emotion only.</source>
        <translation>%1 기준 가중 비용 = 시간 가중치 × 시간 수 × 시간당 가치 + 금액 가중치 × 금액 + 감정 가중치 × 감정(0~10) × 점수당 가치. 다른 통화를 쓰는 카드는 시간과 감정만 반영합니다.</translation>
    </message>
    <message>
        <source>&amp;Time weight:</source>
        <translation>시간 가중치(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Money weight:</source>
        <translation>금액 가중치(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Emotion weight:</source>
        <translation>감정 가중치(&amp;E):</translation>
    </message>
    <message>
        <source>What an hour of the customer's time is worth</source>
        <translation>고객 시간 1시간의 가치</translation>
    </message>
    <message>
        <source>Value of the customer's &amp;hour:</source>
        <translation>고객 시간 1시간의 가치(&amp;H):</translation>
    </message>
    <message>
        <source>What one point of negative emotion (on the 0–10 scale) is worth</source>
        <translation>부정적 감정 1점(0~10 척도)의 가치</translation>
    </message>
    <message>
        <source>Value of one emotion &amp;point:</source>
        <translation>감정 1점의 가치(&amp;P):</translation>
    </message>
    <message>
        <source>Change heatmap weights</source>
        <translation>히트맵 가중치 변경</translation>
    </message>
</context>
<context>
    <name>waymark::HotspotsDock</name>
    <message>
        <source>Effort hotspots</source>
        <translation>노력 핫스팟</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>순위 기준(&amp;R):</translation>
    </message>
    <message>
        <source>No card costs the customer anything on this measure yet.</source>
        <translation>아직 이 기준으로 고객에게 비용이 드는 카드가 없습니다.</translation>
    </message>
    <message>
        <source>No card's data key has answers of %1 yet.</source>
        <translation>아직 카드의 데이터 키에 해당하는 %1 응답이 없습니다.</translation>
    </message>
    <message>
        <source>Create Opportunity…</source>
        <translation>개선 기회 만들기…</translation>
    </message>
    <message>
        <source>An improvement for the business case, linked to the selected cards</source>
        <translation>선택한 카드에 연결된 비즈니스 케이스용 개선안</translation>
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
        <translation>카드</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>레인</translation>
    </message>
    <message>
        <source>Only %1 answers: too few to trust, so this figure is a weak signal.</source>
        <translation>응답이 %1건뿐이라 믿을 만하지 않으므로 이 수치는 신뢰도가 낮은 신호입니다.</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>응답 %1건</translation>
    </message>
</context>
<context>
    <name>waymark::ImportDialog</name>
    <message>
        <source>Rows That Cannot Be Imported</source>
        <translation>가져올 수 없는 행</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) cannot be imported. %1 valid row(s) can.</source>
        <translation>
            <numerusform>%Ln개 행을 가져올 수 없습니다. 유효한 행 %1개는 가져올 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 Valid Rows</source>
        <translation>유효한 행 %1개 가져오기</translation>
    </message>
    <message>
        <source>Import Customer Lifetime Values</source>
        <translation>고객 생애 가치 가져오기</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>자동 감지</translation>
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
        <translation>Windows-1251(키릴 문자)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252(서유럽어)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>인코딩(&amp;E):</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>쉼표 ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>세미콜론 ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>세로 막대 |</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>구분 기호(&amp;D):</translation>
    </message>
    <message>
        <source>Day first (31.12.2024, 31/12/2024)</source>
        <translation>일 먼저(31.12.2024, 31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>월 먼저(12/31/2024)</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>날짜(&amp;A):</translation>
    </message>
    <message>
        <source>Choose what each column holds (first row). Columns left at “Ignore” are not imported.</source>
        <translation>각 열에 들어 있는 항목을 선택하세요(첫 번째 행). “무시”로 둔 열은 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the encoding the file was saved in (Russian, Ukrainian and Serbian Excel files are often Windows-1251).</source>
        <translation>파일이 저장된 인코딩을 선택하세요(러시아어, 우크라이나어, 세르비아어 Excel 파일은 대개 Windows-1251입니다).</translation>
    </message>
    <message>
        <source>The dates could be day-first or month-first: choose which under “Dates”.</source>
        <translation>날짜가 일 먼저인지 월 먼저인지 알 수 없습니다. “날짜”에서 선택하세요.</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>무시</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <source>Import Survey Answers</source>
        <translation>설문 응답 가져오기</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>지표(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>시트(&amp;S):</translation>
    </message>
    <message>
        <source>Nothing can be imported yet: %1</source>
        <translation>아직 가져올 수 있는 것이 없습니다: %1</translation>
    </message>
    <message>
        <source>Counting the rows of the whole file…</source>
        <translation>파일 전체의 행을 세는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be imported</source>
        <translation>
            <numerusform>%Ln개 행을 가져옵니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; none refused.</source>
        <comment>N rows will be imported; none refused</comment>
        <translation>%1, 거부된 행 없음.</translation>
    </message>
    <message>
        <source>%1, %2 refused (first ones below; Import leaves them out).</source>
        <comment>N rows will be imported, M refused</comment>
        <translation>%1, 거부 %2개(처음 몇 개는 아래에 있으며 가져오기에서 제외됩니다).</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>가져올 수 있는 것이 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>waymark::ImportIssueTable</name>
    <message>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>waymark::ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>가져오기 완료</translation>
    </message>
    <message>
        <source>The dataset “%1” was added to the journey.</source>
        <translation>데이터 세트 “%1”이(가) 여정에 추가되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported from %1.</source>
        <translation>
            <numerusform>%1에서 %Ln개 행을 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row was refused.</source>
        <translation>거부된 행이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused: they are not in the dataset.</source>
        <translation>
            <numerusform>%Ln개 행이 거부되어 데이터 세트에 들어가지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (%1) takes the whole import back.</source>
        <translation>실행 취소(%1)로 가져오기 전체를 되돌립니다.</translation>
    </message>
    <message>
        <source>The first %1 refused rows are listed.</source>
        <translation>거부된 행 중 처음 %1개가 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Show Refused Rows…</source>
        <translation>거부된 행 보기(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>waymark::JourneyInfoDock</name>
    <message>
        <source>Journey</source>
        <translation>고객 여정</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>What the customer sets out to do in this journey</source>
        <translation>이 여정에서 고객이 이루려는 일</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>시나리오(&amp;S):</translation>
    </message>
    <message>
        <source>The currency new cards take (ISO 4217 code)</source>
        <translation>새 카드에 적용할 통화(ISO 4217 코드)</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>통화(&amp;U):</translation>
    </message>
    <message>
        <source>Change journey title</source>
        <translation>여정 제목 변경</translation>
    </message>
    <message>
        <source>Change journey scenario</source>
        <translation>여정 시나리오 변경</translation>
    </message>
    <message>
        <source>Change journey currency</source>
        <translation>여정 통화 변경</translation>
    </message>
    <message>
        <source>The department that owns this journey: shown in the portfolio of a folder of journeys</source>
        <translation>이 고객 여정을 담당하는 부서: 고객 여정 폴더의 포트폴리오에 표시됩니다</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>담당(&amp;O):</translation>
    </message>
    <message>
        <source>No owner named</source>
        <translation>담당 미지정</translation>
    </message>
    <message>
        <source>Change Owner</source>
        <translation>담당 변경</translation>
    </message>
</context>
<context>
    <name>waymark::JourneyScene</name>
    <message>
        <source>New card</source>
        <translation>새 카드</translation>
    </message>
</context>
<context>
    <name>waymark::JourneyView</name>
    <message>
        <source>Journey canvas</source>
        <translation>고객 여정 캔버스</translation>
    </message>
    <message>
        <source>Rename card</source>
        <translation>카드 이름 바꾸기</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>단계 이름 바꾸기</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>레인 이름 바꾸기</translation>
    </message>
</context>
<context>
    <name>waymark::LaneDialog</name>
    <message>
        <source>Lane Properties</source>
        <translation>레인 속성</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>Customer and front-office lanes sit above the line of visibility; middle and back office below it</source>
        <translation>고객 레인과 프런트 오피스 레인은 가시선 위에, 미들 오피스와 백 오피스 레인은 가시선 아래에 놓입니다</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>위치(&amp;S):</translation>
    </message>
    <message>
        <source>(choose a department)</source>
        <translation>(부서 선택)</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>부서(&amp;D):</translation>
    </message>
    <message>
        <source>Add departments with Journey → Departments… first</source>
        <translation>먼저 고객 여정 → 부서…에서 부서를 추가하세요</translation>
    </message>
    <message>
        <source>A lane needs a name.</source>
        <translation>레인에는 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>Choose the department this lane shows.</source>
        <translation>이 레인이 나타낼 부서를 선택하세요.</translation>
    </message>
    <message>
        <source>There are no departments yet: add them with Journey → Departments….</source>
        <translation>아직 부서가 없습니다. 고객 여정 → 부서…에서 추가하세요.</translation>
    </message>
    <message>
        <source>Change lane</source>
        <translation>레인 변경</translation>
    </message>
</context>
<context>
    <name>waymark::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>시스템 언어</translation>
    </message>
</context>
<context>
    <name>waymark::LifetimeValueDialog</name>
    <message>
        <source>Lifetime Value and Churn</source>
        <translation>생애 가치와 이탈</translation>
    </message>
    <message>
        <source>This journey holds no purchases yet. Import them (customer, date, amount; CSV, Excel or JSON) and Waymark estimates each customer's lifetime value and the chance they are still a customer, with the BG/NBD or Pareto/NBD model and the Gamma-Gamma spend model.</source>
        <translation>이 고객 여정에는 아직 구매 데이터가 없습니다. 구매 데이터(고객, 날짜, 금액; CSV, Excel 또는 JSON)를 가져오면 Waymark가 BG/NBD 또는 Pareto/NBD 모델과 Gamma-Gamma 지출 모델로 고객별 생애 가치와 아직 고객으로 남아 있을 확률을 추정합니다.</translation>
    </message>
    <message>
        <source>Import Purchases…</source>
        <translation>구매 데이터 가져오기…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>수</translation>
    </message>
    <message>
        <source>Mean P(alive)</source>
        <translation>평균 P(alive)</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>평균 CLV</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>위험 고객</translation>
    </message>
    <message>
        <source>At risk: CLV if retained</source>
        <translation>위험 고객: 유지 시 CLV</translation>
    </message>
    <message>
        <source>By NPS category and segment</source>
        <translation>NPS 범주 및 세그먼트별</translation>
    </message>
    <message>
        <source>Why customers leave</source>
        <translation>고객이 떠나는 이유</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>모델 적합</translation>
    </message>
    <message>
        <source>Calibration ends</source>
        <translation>보정 기간 종료일</translation>
    </message>
    <message>
        <source>Purchases after this day are kept aside to check the forecast (the holdout). Unticked: the model learns from every purchase.</source>
        <translation>이 날짜 이후의 구매는 예측 검증용(홀드아웃)으로 따로 둡니다. 선택 해제하면 모델이 모든 구매에서 학습합니다.</translation>
    </message>
    <message>
        <source>Lifetime value counts the purchases expected in this many months</source>
        <translation>생애 가치에 포함할 예상 구매 기간(개월)</translation>
    </message>
    <message>
        <source>Annual discount rate: money a year from now is worth this much less than today</source>
        <translation>연 할인율: 1년 뒤의 돈이 오늘보다 이만큼 가치가 낮습니다</translation>
    </message>
    <message>
        <source>days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>주</translation>
    </message>
    <message>
        <source>months</source>
        <translation>월</translation>
    </message>
    <message>
        <source>The unit the model measures time in; lifetime values do not depend on it</source>
        <translation>모델이 시간을 재는 단위입니다. 생애 가치는 이 단위에 영향을 받지 않습니다</translation>
    </message>
    <message>
        <source>Horizon (months)</source>
        <translation>기간(개월)</translation>
    </message>
    <message>
        <source>Discount a year</source>
        <translation>연 할인율</translation>
    </message>
    <message>
        <source>Time unit</source>
        <translation>시간 단위</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>모수</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>추정값</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>표준 오차</translation>
    </message>
    <message>
        <source>Touchpoints where customers who are probably gone (P(alive) below %1) answered as detractors, with what those customers would be worth if won back.</source>
        <translation>이탈한 것으로 보이는 고객(P(alive) %1 미만)이 비추천 응답을 한 터치포인트와, 그 고객을 되찾았을 때의 가치입니다.</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>터치포인트</translation>
    </message>
    <message>
        <source>CLV if retained</source>
        <translation>유지 시 CLV</translation>
    </message>
    <message>
        <source>Select These Cards on the Map</source>
        <translation>맵에서 이 카드 선택</translation>
    </message>
    <message>
        <source>Change Lifetime Value Model</source>
        <translation>생애 가치 모델 변경</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 customers, %3 of whom bought again, from %4 to %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 고객 %2명, 이 중 재구매 고객 %3명, 기간 %4 ~ %5.</translation>
    </message>
    <message numerus="yes">
        <source>Lifetime value over the next %n month(s): &lt;b&gt;%1&lt;/b&gt; in all, %2 per customer on average.</source>
        <translation>
            <numerusform>향후 %n개월 생애 가치: 총 &lt;b&gt;%1&lt;/b&gt;, 고객 1인당 평균 %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>On average a customer is still buying with a probability of %1; &lt;b&gt;%2&lt;/b&gt; valuable customers are probably gone (at risk), worth %3 if won back.</source>
        <translation>고객이 아직 구매하고 있을 확률은 평균 %1입니다. 가치 높은 고객 &lt;b&gt;%2&lt;/b&gt;명이 이탈한 것으로 보이며(위험 고객), 되찾으면 %3의 가치가 있습니다.</translation>
    </message>
    <message>
        <source>%1 fits these purchases better (log-likelihood %2 against %3).</source>
        <translation>%1이(가) 이 구매 데이터에 더 잘 맞습니다(로그 가능도 %2 대 %3).</translation>
    </message>
    <message>
        <source>Rows: %1 used before the calibration end, %2 after it (the holdout); %3 returns or refunds (negative amounts) left out; %4 worth 0 and %5 repeated rows kept; %6 customers first bought after the calibration end and are not modelled.</source>
        <translation>행: 보정 기간 종료 전 %1개 사용, 종료 후 %2개(홀드아웃). 반품 또는 환불(음수 금액) %3개 제외. 금액 0인 행 %4개와 중복 행 %5개 유지. 보정 기간 종료 후 처음 구매한 고객 %6명은 모델링하지 않습니다.</translation>
    </message>
    <message>
        <source>log-likelihood</source>
        <translation>로그 가능도</translation>
    </message>
    <message numerus="yes">
        <source>Gamma-Gamma spend (%n repeat buyer(s))</source>
        <translation>
            <numerusform>Gamma-Gamma 지출(재구매 고객 %n명)</numerusform>
        </translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>전체 고객</translation>
    </message>
    <message>
        <source>No NPS answer</source>
        <translation>NPS 응답 없음</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>세그먼트: %1</translation>
    </message>
    <message>
        <source>At risk: P(alive) below %1 and, if retained, worth at least %2 (the top quarter of customers).</source>
        <translation>위험 고객: P(alive)가 %1 미만이고 유지 시 가치가 %2 이상인 고객(상위 25%).</translation>
    </message>
    <message>
        <source>%1 (no card has this data key)</source>
        <translation>%1(이 데이터 키를 가진 카드 없음)</translation>
    </message>
    <message>
        <source>Import NPS answers with customer ids to see where leaving customers were detractors.</source>
        <translation>고객 ID가 포함된 NPS 응답을 가져오면 이탈 고객이 어디에서 비추천 고객이었는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Holdout after the calibration end: %1 repeat purchases happened, the model expected %2 (%3).</source>
        <translation>보정 기간 종료 후 홀드아웃: 재구매 %1건 발생, 모델 예상 %2건(%3).</translation>
    </message>
    <message>
        <source>No holdout: set a calibration end before the last purchase to check the forecast against what happened.</source>
        <translation>홀드아웃 없음: 예측을 실제 결과와 비교하려면 마지막 구매 이전으로 보정 기간 종료일을 설정하세요.</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers… The NPS categories appear here when they are read.</source>
        <translation>설문 응답 %L1개를 읽는 중… 다 읽으면 NPS 범주가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value model to %L1 customers…</source>
        <translation>고객 %L1명의 데이터로 생애 가치 모델을 맞추는 중…</translation>
    </message>
</context>
<context>
    <name>waymark::LinkedJourneyField</name>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Link a journey file that details this step (a sub-journey)</source>
        <translation>이 단계를 자세히 다루는 고객 여정 파일 연결(하위 여정)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Open the linked journey</source>
        <translation>연결된 고객 여정 열기</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove the link (the linked file stays)</source>
        <translation>링크 제거(연결된 파일은 남아 있음)</translation>
    </message>
    <message>
        <source>None: link a journey that details this step.</source>
        <translation>없음: 이 단계를 자세히 다루는 고객 여정을 연결하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n card(s), customer time %3</source>
        <translation>
            <numerusform>%1(%2): 카드 %n개, 고객 시간 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS %1 ± %2</source>
        <translation>NPS %1 ± %2</translation>
    </message>
    <message>
        <source>Cannot follow the link: %1</source>
        <translation>링크를 따라갈 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Link a Journey</source>
        <translation>고객 여정 연결</translation>
    </message>
    <message>
        <source>Save this journey first: the link is kept relative to its folder, so the folder can move.</source>
        <translation>먼저 이 고객 여정을 저장하세요. 링크는 해당 폴더를 기준으로 한 상대 경로로 저장되므로 폴더를 옮겨도 됩니다.</translation>
    </message>
    <message>
        <source>Journeys (*.waymark *.waymark.json)</source>
        <translation>고객 여정(*.waymark *.waymark.json)</translation>
    </message>
    <message>
        <source>A card cannot link to the journey it is on.</source>
        <translation>카드는 자신이 속한 고객 여정에 연결할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>waymark::LockControls</name>
    <message>
        <source>Lock &amp;Lane</source>
        <translation>레인 잠금(&amp;L)</translation>
    </message>
    <message>
        <source>Lock &amp;Stage</source>
        <translation>단계 잠금(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Freeze the Board</source>
        <translation>보드 고정(&amp;F)</translation>
    </message>
    <message>
        <source>Only the facilitator locks lanes and stages and freezes the board</source>
        <translation>레인과 단계 잠금, 보드 고정은 퍼실리테이터만 할 수 있습니다</translation>
    </message>
    <message>
        <source>Click a cell first: the lock is for its lane or stage</source>
        <translation>먼저 셀을 클릭하세요. 그 셀의 레인이나 단계가 잠깁니다</translation>
    </message>
    <message>
        <source>Unlock “%1”</source>
        <translation>“%1” 잠금 해제</translation>
    </message>
    <message>
        <source>Only the facilitators and the lane's department may change the cards in “%1”</source>
        <translation>“%1”의 카드는 퍼실리테이터와 레인의 부서만 바꿀 수 있게 됩니다</translation>
    </message>
    <message>
        <source>You are a facilitator: you may change them.</source>
        <translation>퍼실리테이터이므로 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Freeze the Board</source>
        <translation>보드 고정</translation>
    </message>
    <message>
        <source>Lock Lane</source>
        <translation>레인 잠금</translation>
    </message>
    <message>
        <source>Lock Stage</source>
        <translation>단계 잠금</translation>
    </message>
    <message>
        <source>Why? Everyone sees it (you may leave it empty):</source>
        <translation>이유는 무엇인가요? 모두에게 보입니다(비워 두어도 됩니다):</translation>
    </message>
    <message>
        <source>Not locked: %1</source>
        <translation>잠그지 못함: %1</translation>
    </message>
    <message>
        <source>%1 froze the board.</source>
        <translation>%1 님이 보드를 고정했습니다.</translation>
    </message>
    <message>
        <source>%1 unfroze the board.</source>
        <translation>%1 님이 보드 고정을 풀었습니다.</translation>
    </message>
    <message>
        <source>%1 locked the lane “%2”.</source>
        <translation>%1 님이 “%2” 레인을 잠갔습니다.</translation>
    </message>
    <message>
        <source>%1 unlocked the lane “%2”.</source>
        <translation>%1 님이 “%2” 레인 잠금을 풀었습니다.</translation>
    </message>
    <message>
        <source>%1 locked the stage “%2”.</source>
        <translation>%1 님이 “%2” 단계를 잠갔습니다.</translation>
    </message>
    <message>
        <source>%1 unlocked the stage “%2”.</source>
        <translation>%1 님이 “%2” 단계 잠금을 풀었습니다.</translation>
    </message>
</context>
<context>
    <name>waymark::LockVeil</name>
    <message>
        <source>Frozen by %1%2</source>
        <translation>고정한 사람: %1%2</translation>
    </message>
    <message>
        <source>Locked by %1%2</source>
        <translation>잠근 사람: %1%2</translation>
    </message>
    <message>
        <source>Only facilitators may change the board while it is frozen.</source>
        <translation>보드가 고정된 동안에는 퍼실리테이터만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Only facilitators and the lane's department may change the cards here.</source>
        <translation>여기 카드는 퍼실리테이터와 이 레인의 부서만 바꿀 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>waymark::MainWindow</name>
    <message>
        <source>Waymark journeys (*.waymark)</source>
        <translation>Waymark 고객 여정 (*.waymark)</translation>
    </message>
    <message>
        <source>Waymark JSON (*.waymark.json *.json)</source>
        <translation>Waymark JSON (*.waymark.json *.json)</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>새 고객 여정</translation>
    </message>
    <message>
        <source>Aware</source>
        <translation>인지</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>가입</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>이용</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>이탈</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>고객 행동</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>터치포인트</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>백 오피스</translation>
    </message>
    <message>
        <source>Double-click to edit the title, scenario and persona</source>
        <translation>두 번 클릭하여 제목, 시나리오, 페르소나를 편집하세요</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>새 창(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>JSON 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>고객 여정(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Waymark</source>
        <translation>Waymark 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>%1[*] — Waymark</source>
        <translation>%1[*] — Waymark</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>페르소나: %1</translation>
    </message>
    <message>
        <source>Could not open the journey</source>
        <translation>고객 여정을 열 수 없습니다</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Could not save the journey</source>
        <translation>고객 여정을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Open journey</source>
        <translation>고객 여정 열기</translation>
    </message>
    <message>
        <source>Save journey as</source>
        <translation>고객 여정을 다른 이름으로 저장</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>JSON 가져오기</translation>
    </message>
    <message>
        <source>Could not import the journey</source>
        <translation>고객 여정을 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>JSON 내보내기</translation>
    </message>
    <message>
        <source>Could not export the journey</source>
        <translation>고객 여정을 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1을(를) 내보냈습니다</translation>
    </message>
    <message>
        <source>About Waymark</source>
        <translation>Waymark 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;Customer journey maps for workshops: map the journey together, see where it hurts the customer, and put numbers on it.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;워크숍을 위한 고객 여정 지도: 함께 여정을 그리고, 고객이 어디에서 불편을 겪는지 확인하고, 이를 수치로 나타내세요.&lt;/p&gt;&lt;p&gt;Qt %2 기반으로 제작되었습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>파일을 찾을 수 없음</translation>
    </message>
    <message>
        <source>%1 no longer exists. It was removed from the recent files.</source>
        <translation>%1이(가) 더 이상 존재하지 않습니다. 최근 파일 목록에서 제거했습니다.</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>“%1”에 저장하지 않은 변경 사항이 있습니다. 저장할까요?</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>제목 없는 고객 여정</translation>
    </message>
    <message>
        <source>Waymark closed without saving changes to the journey “%1”, which had never been saved to a file.
The changes were kept at %2.

Recover them?</source>
        <translation>Waymark가 고객 여정 “%1”의 변경 사항을 저장하지 않은 채 종료되었습니다. 이 여정은 한 번도 파일로 저장된 적이 없습니다.
변경 사항은 %2에 보관되어 있습니다.

복구할까요?</translation>
    </message>
    <message>
        <source>Waymark closed without saving changes to the journey “%1” in %2.
The changes were kept at %3.

Recover them?</source>
        <translation>Waymark가 %2에 있는 고객 여정 “%1”의 변경 사항을 저장하지 않은 채 종료되었습니다.
변경 사항은 %3에 보관되어 있습니다.

복구할까요?</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>저장하지 않은 변경 사항을 복구할까요?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Could not recover the journey</source>
        <translation>고객 여정을 복구할 수 없습니다</translation>
    </message>
    <message>
        <source>Show &amp;CLV at Risk on the Map</source>
        <translation>지도에 위험에 처한 CLV 표시(&amp;C)</translation>
    </message>
    <message>
        <source>On each card, the lifetime value of the customers who were detractors there (needs NPS and CLV data)</source>
        <translation>각 카드에 그 지점에서 비추천 고객이었던 고객의 생애 가치를 표시합니다(NPS 및 CLV 데이터 필요)</translation>
    </message>
    <message>
        <source>No card has the data key “%1”.</source>
        <translation>데이터 키가 “%1”인 카드가 없습니다.</translation>
    </message>
    <message>
        <source>Import Customer Lifetime Values</source>
        <translation>고객 생애 가치 가져오기</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) from %1</source>
        <translation>
            <numerusform>%1에서 %Ln개 행을 가져왔습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDF 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;Image (PNG, SVG)…</source>
        <translation>이미지 내보내기(PNG, SVG)(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>인쇄 미리 보기(&amp;V)…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s)</source>
        <translation>
            <numerusform>%Ln페이지를 내보냈습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>이미지 내보내기</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 드로잉 (*.svg)</translation>
    </message>
    <message>
        <source>Scale (1 = as on screen at 100 %, 2 = sharp on slides, 3.1 = 300 dpi print; at most %1):</source>
        <translation>배율(1 = 100 % 화면 크기, 2 = 슬라이드용 선명한 크기, 3.1 = 300 dpi 인쇄, 최대 %1):</translation>
    </message>
    <message>
        <source>The new language applies when you start Waymark again.</source>
        <translation>새 언어는 Waymark를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Workshop</source>
        <translation>예제 워크숍 열기(&amp;S)</translation>
    </message>
    <message>
        <source>Could not open the sample workshop</source>
        <translation>예제 워크숍을 열 수 없습니다</translation>
    </message>
    <message>
        <source>%1[*] (review) — Waymark</source>
        <translation>%1[*] (검토) — Waymark</translation>
    </message>
    <message>
        <source>Review mode: the map is read-only; add comments in the Comments dock. Open the file normally to change the map.</source>
        <translation>검토 모드: 지도는 읽기 전용입니다. 댓글은 댓글 도크에서 추가하세요. 지도를 변경하려면 파일을 일반 모드로 여세요.</translation>
    </message>
    <message>
        <source>Open for Re&amp;view…</source>
        <translation>검토용으로 열기(&amp;V)…</translation>
    </message>
    <message>
        <source>Open journey for review</source>
        <translation>검토용으로 고객 여정 열기</translation>
    </message>
    <message>
        <source>Waymark journeys (*.waymark *.waymark.json)</source>
        <translation>Waymark 고객 여정 (*.waymark *.waymark.json)</translation>
    </message>
    <message>
        <source>Read a workshop's result and comment on it without changing the map</source>
        <translation>지도를 변경하지 않고 워크숍 결과를 읽고 댓글을 답니다</translation>
    </message>
    <message>
        <source>Compare with &amp;Earlier Version…</source>
        <translation>이전 버전과 비교(&amp;E)…</translation>
    </message>
    <message>
        <source>Review mode: “%1” was not done; the map is read-only. Comments are welcome.</source>
        <translation>검토 모드: “%1” 작업은 실행되지 않았습니다. 지도는 읽기 전용이지만 댓글은 언제든 남길 수 있습니다.</translation>
    </message>
    <message>
        <source>Compare with an earlier version</source>
        <translation>이전 버전과 비교</translation>
    </message>
    <message>
        <source>Could not read the earlier version</source>
        <translation>이전 버전을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1 holds a different journey: every card shows as added or removed.</source>
        <translation>%1에는 다른 고객 여정이 들어 있습니다. 모든 카드가 추가 또는 제거된 것으로 표시됩니다.</translation>
    </message>
    <message>
        <source>There is no participant %1: add people in the Workshop dock.</source>
        <translation>참가자 %1이(가) 없습니다. 워크숍 패널에서 참가자를 추가하세요.</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>프레젠테이션(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, stage by stage (Page Down / Page Up), for the projector; Esc leaves</source>
        <translation>프로젝터용 전체 화면, 단계별 보기(Page Down / Page Up), Esc로 종료</translation>
    </message>
    <message>
        <source>Show Survey &amp;Figures on the Map</source>
        <translation>지도에 설문 지표 표시(&amp;F)</translation>
    </message>
    <message>
        <source>Badges on cards and stages from the newest dataset of the chosen metric (grey and hatched for small samples)</source>
        <translation>선택한 지표의 가장 최근 데이터 세트를 기준으로 카드와 단계에 배지를 표시합니다(표본이 작으면 회색 빗금으로 표시)</translation>
    </message>
    <message>
        <source>Figures on the &amp;Map</source>
        <translation>지도에 표시할 지표(&amp;M)</translation>
    </message>
    <message>
        <source>Import Survey Answers</source>
        <translation>설문 응답 가져오기</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.json *.ndjson *.xlsx);;All files (*)</source>
        <translation>데이터 파일 (*.csv *.tsv *.txt *.json *.ndjson *.xlsx);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s) created from the vote: fill in their costs and effects in the Opportunities dock.</source>
        <translation>
            <numerusform>투표 결과로 개선 기회 %n개를 만들었습니다. 개선 기회 도크에서 비용과 효과를 입력하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Opport&amp;unity…</source>
        <translation>새 개선 기회(&amp;U)…</translation>
    </message>
    <message>
        <source>An improvement for the business case: what it costs and what it changes on the map</source>
        <translation>비즈니스 케이스용 개선안: 드는 비용과 지도에서 바뀌는 내용</translation>
    </message>
    <message>
        <source>&amp;Business Settings…</source>
        <translation>비즈니스 설정(&amp;B)…</translation>
    </message>
    <message>
        <source>Customers per year, value of the customer's hour, cost per contact, horizon and discount rate</source>
        <translation>연간 고객 수, 고객 시간 1시간의 가치, 접촉당 비용, 분석 기간, 할인율</translation>
    </message>
    <message>
        <source>Review mode: opportunities cannot be added; the journey is read-only.</source>
        <translation>검토 모드: 개선 기회를 추가할 수 없습니다. 여정은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>These cards are not on today's map: only today's cards can be linked to an opportunity.</source>
        <translation>이 카드들은 현재 지도에 없습니다. 현재 지도의 카드만 개선 기회에 연결할 수 있습니다.</translation>
    </message>
    <message>
        <source>Journey &amp;State</source>
        <translation>여정 상태(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>현재(&amp;T)</translation>
    </message>
    <message>
        <source>The journey as customers live it today</source>
        <translation>고객이 현재 경험하는 여정</translation>
    </message>
    <message>
        <source>Ctrl+Alt+1</source>
        <translation>Ctrl+Alt+1</translation>
    </message>
    <message>
        <source>&amp;Future</source>
        <translation>미래(&amp;F)</translation>
    </message>
    <message>
        <source>The journey with the chosen scenario's opportunities applied</source>
        <translation>선택한 시나리오의 개선 기회를 적용한 여정</translation>
    </message>
    <message>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <source>&amp;Compare Today and Future</source>
        <translation>현재와 미래 비교(&amp;C)</translation>
    </message>
    <message>
        <source>The future map with what changes marked: effort today on changed cards, removed and new steps</source>
        <translation>변경 사항을 표시한 미래 지도: 변경된 카드의 현재 노력, 제거된 단계와 새 단계</translation>
    </message>
    <message>
        <source>Ctrl+Alt+3</source>
        <translation>Ctrl+Alt+3</translation>
    </message>
    <message>
        <source>The future state is a preview of the chosen scenario: switch to Today (Ctrl+Alt+1) to edit the map.</source>
        <translation>미래 상태는 선택한 시나리오의 미리 보기입니다. 지도를 편집하려면 현재(Ctrl+Alt+1)로 전환하세요.</translation>
    </message>
    <message>
        <source>every opportunity</source>
        <translation>모든 개선 기회</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Future state after %1</source>
        <translation>%1 적용 후 미래 상태</translation>
    </message>
    <message>
        <source>Comparing today with the future after %1</source>
        <translation>현재와 %1 적용 후 미래 비교</translation>
    </message>
    <message>
        <source>A read-only preview. Switch back with View → Journey State → Today (Ctrl+Alt+1).</source>
        <translation>읽기 전용 미리 보기입니다. 보기 → 여정 상태 → 현재(Ctrl+Alt+1)로 돌아갈 수 있습니다.</translation>
    </message>
    <message>
        <source>Reload the journey?</source>
        <translation>고객 여정을 다시 불러올까요?</translation>
    </message>
    <message>
        <source>Reload “%1” from disk? Your changes since the last save are lost.</source>
        <translation>디스크에서 “%1”을(를) 다시 불러올까요? 마지막으로 저장한 뒤의 변경 사항은 사라집니다.</translation>
    </message>
    <message>
        <source>“%1” was removed or renamed on disk by another program. Save writes it again. &lt;a href="hide"&gt;Hide&lt;/a&gt;</source>
        <translation>다른 프로그램이 디스크에서 “%1”을(를) 삭제하거나 이름을 바꾸었습니다. 저장하면 파일을 다시 씁니다. &lt;a href="hide"&gt;숨기기&lt;/a&gt;</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program. &lt;a href="reload"&gt;Reload it&lt;/a&gt; to see those changes (your changes since the last save are lost), or keep working: Save asks before overwriting them. &lt;a href="hide"&gt;Hide&lt;/a&gt;</source>
        <translation>다른 프로그램이 디스크에서 “%1”을(를) 변경했습니다. 변경 내용을 보려면 &lt;a href="reload"&gt;다시 불러오세요&lt;/a&gt;(마지막으로 저장한 뒤의 변경 사항은 사라집니다). 계속 작업해도 됩니다. 저장할 때 다른 변경 사항을 덮어쓸지 먼저 묻습니다. &lt;a href="hide"&gt;숨기기&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The journey's file was removed on disk.</source>
        <translation>고객 여정 파일이 디스크에서 삭제되었습니다.</translation>
    </message>
    <message>
        <source>The journey's file changed on disk.</source>
        <translation>고객 여정 파일이 디스크에서 변경되었습니다.</translation>
    </message>
    <message>
        <source>The file changed on disk</source>
        <translation>디스크의 파일이 변경되었습니다</translation>
    </message>
    <message>
        <source>%1

It may hold an import or another person's edits. What should happen?</source>
        <translation>%1

가져온 데이터나 다른 사람의 편집 내용이 들어 있을 수 있습니다. 어떻게 할까요?</translation>
    </message>
    <message>
        <source>Reload: open the file as it is now; your changes since the last save are lost.
Save As: keep both, yours in a new file.
Overwrite: replace the file with yours; the other changes are lost.</source>
        <translation>다시 불러오기: 파일을 현재 상태로 엽니다. 마지막으로 저장한 뒤의 변경 사항은 사라집니다.
다른 이름으로 저장: 두 버전을 모두 유지하고 내 버전은 새 파일에 저장합니다.
덮어쓰기: 파일을 내 버전으로 바꿉니다. 다른 변경 사항은 사라집니다.</translation>
    </message>
    <message>
        <source>Reload (Lose My Changes)</source>
        <translation>다시 불러오기(내 변경 사항 버림)</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>덮어쓰기</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>데이터(&amp;D)</translation>
    </message>
    <message>
        <source>Import &amp;Survey…</source>
        <translation>설문 가져오기(&amp;S)…</translation>
    </message>
    <message>
        <source>Survey answers of any metric (NPS, CSAT, CES, audits, eNPS, any number) from CSV, TSV, JSON or Excel</source>
        <translation>모든 지표(NPS, CSAT, CES, 감사, eNPS, 임의의 숫자)의 설문 응답을 CSV, TSV, JSON 또는 Excel에서 가져옵니다</translation>
    </message>
    <message>
        <source>Import C&amp;LV…</source>
        <translation>CLV 가져오기(&amp;L)…</translation>
    </message>
    <message>
        <source>Customer lifetime values from CSV, TSV, JSON or Excel</source>
        <translation>CSV, TSV, JSON 또는 Excel에서 고객 생애 가치를 가져옵니다</translation>
    </message>
    <message>
        <source>&amp;Goals…</source>
        <translation>목표(&amp;G)…</translation>
    </message>
    <message>
        <source>Goals per segment and a benchmark for the metric the data dock shows</source>
        <translation>데이터 패널에 표시된 지표의 세그먼트별 목표와 벤치마크</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>폴더 열기(&amp;F)…</translation>
    </message>
    <message>
        <source>Every journey of a folder at a glance: owner, NPS, CLV at risk, opportunities</source>
        <translation>폴더의 모든 고객 여정을 한눈에: 담당, NPS, 위험에 처한 CLV, 개선 기회</translation>
    </message>
    <message>
        <source>Import Purchases</source>
        <translation>구매 데이터 가져오기</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; Waymark imports purchase files of at most %3 MiB.</source>
        <translation>%1의 크기는 %2 MiB입니다. Waymark는 %3 MiB 이하의 구매 파일만 가져옵니다.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 purchases of %2 customers will be imported from %3.</source>
        <translation>%3에서 고객 %2명의 구매 %1건을 가져옵니다.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read and will be left out (see Details).</source>
        <translation>
            <numerusform>%n개 행을 읽을 수 없어 제외됩니다(자세히 보기 참조).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln purchase(s) from %1</source>
        <translation>
            <numerusform>%1에서 구매 %Ln건을 가져왔습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;Purchases…</source>
        <translation>구매 데이터 가져오기(&amp;P)…</translation>
    </message>
    <message>
        <source>Purchases (customer, date, amount) for the lifetime value and churn model</source>
        <translation>생애 가치 및 이탈 모델에 쓰는 구매 데이터(고객, 날짜, 금액)</translation>
    </message>
    <message>
        <source>Lifetime &amp;Value and Churn…</source>
        <translation>생애 가치와 이탈(&amp;V)…</translation>
    </message>
    <message>
        <source>Each customer's lifetime value and the chance they are still buying, modelled from purchases</source>
        <translation>구매 데이터로 모델링한 고객별 생애 가치와 아직 구매하고 있을 확률</translation>
    </message>
    <message>
        <source>Open a Folder of Journeys</source>
        <translation>고객 여정 폴더 열기</translation>
    </message>
    <message>
        <source>No card's comments use this term distinctly often.</source>
        <translation>이 용어를 유독 자주 쓰는 카드 의견이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) selected where customers use this term distinctly often.</source>
        <translation>
            <numerusform>고객이 이 용어를 유독 자주 쓰는 카드 %n개를 선택했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Co&amp;mments</source>
        <translation>의견 표시(&amp;M)</translation>
    </message>
    <message>
        <source>What the customers who answered at this card wrote, and the words that set it apart</source>
        <translation>이 카드에서 응답한 고객이 쓴 의견과, 이 카드를 구별해 주는 단어</translation>
    </message>
    <message>
        <source>Show Top &amp;Complaint on Cards</source>
        <translation>카드에 주요 불만 표시(&amp;C)</translation>
    </message>
    <message>
        <source>On each card, the word its detractors' comments use most distinctly</source>
        <translation>각 카드에 비추천 고객의 의견에서 가장 두드러지는 단어를 표시합니다</translation>
    </message>
    <message>
        <source>The words that set a card's, stage's or segment's comments apart, and the sentences behind them</source>
        <translation>카드, 단계 또는 세그먼트의 의견을 구별해 주는 단어와 그 단어가 나온 문장</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>템플릿에서 새로 만들기(&amp;T)…</translation>
    </message>
    <message>
        <source>Save as Te&amp;mplate…</source>
        <translation>템플릿으로 저장(&amp;M)…</translation>
    </message>
    <message>
        <source>Could not create a journey from the template</source>
        <translation>템플릿으로 고객 여정을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>A new journey from the template "%1": rename, add and remove anything, then save it.</source>
        <translation>템플릿 “%1”(으)로 만든 새 고객 여정입니다. 무엇이든 이름을 바꾸고 추가하고 삭제한 다음 저장하세요.</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>템플릿으로 저장</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>템플릿 이름:</translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation>템플릿을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Saved the template "%1" without survey data, votes, comments or the business case (%2); File → New from Template… offers it.</source>
        <translation>설문 데이터, 투표, 댓글, 비즈니스 케이스를 뺀 템플릿 “%1”을(를) 저장했습니다(%2). 파일 → 템플릿에서 새로 만들기…에서 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Edit the selected card's effort, department and notes; Escape goes back to the map</source>
        <translation>선택한 카드의 노력, 부서, 메모를 편집합니다. Esc를 누르면 지도로 돌아갑니다</translation>
    </message>
    <message>
        <source>Card Pr&amp;operties</source>
        <translation>카드 속성(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;Evidence on the Map</source>
        <translation>지도에 근거 표시(&amp;E)</translation>
    </message>
    <message>
        <source>A mark on each card: what it rests on — an assumption, workshop knowledge, research or measured data (%1 answers or more to its data key)</source>
        <translation>각 카드의 표시: 카드의 근거 — 가정, 워크숍 참가자의 지식, 리서치 또는 측정 데이터(데이터 키에 대한 응답 %1개 이상)</translation>
    </message>
    <message>
        <source>%1[*] — shared on %2 — Waymark</source>
        <translation>%1[*] — %2에서 공유 중 — Waymark</translation>
    </message>
    <message>
        <source>P&amp;ublish to Server…</source>
        <translation>서버에 게시(&amp;U)…</translation>
    </message>
    <message>
        <source>Put this journey on your company's PostgreSQL server so that everyone edits it live</source>
        <translation>모두가 실시간으로 편집할 수 있도록 이 고객 여정을 회사의 PostgreSQL 서버에 올립니다</translation>
    </message>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation>서버에서 열기(&amp;D)…</translation>
    </message>
    <message>
        <source>Open a journey shared on a PostgreSQL server and edit it live with the others</source>
        <translation>PostgreSQL 서버에 공유된 고객 여정을 열어 다른 사람과 실시간으로 편집합니다</translation>
    </message>
    <message>
        <source>Published to %1: this window now shows the shared journey, and every change goes to the server. Others open it with File → Open from Server….</source>
        <translation>%1에 게시했습니다. 이제 이 창은 공유된 고객 여정을 보여 주며 모든 변경이 서버로 갑니다. 다른 사람은 파일 → 서버에서 열기…로 엽니다.</translation>
    </message>
    <message>
        <source>Opened “%1” from %2.</source>
        <translation>%2에서 “%1”을(를) 열었습니다.</translation>
    </message>
    <message>
        <source>Could not open the shared journey</source>
        <translation>공유된 고객 여정을 열지 못했습니다</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL URL: %2
Write it as postgresql://HOST[:PORT]/DATABASE.</source>
        <translation>“%1”은(는) PostgreSQL URL이 아닙니다: %2
postgresql://호스트[:포트]/데이터베이스 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>“%1” is not a journey id. `waymark server list %2` shows the journeys there and their ids.</source>
        <translation>“%1”은(는) 고객 여정 ID가 아닙니다. `waymark server list %2`로 그곳의 고객 여정과 ID를 볼 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Connection to %1 lost — trying again in %n s</source>
        <translation>
            <numerusform>%1 연결이 끊겼습니다 — %n초 후 다시 시도</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 again; the changes made meanwhile are on the map.</source>
        <translation>%1에 다시 연결했습니다. 그사이의 변경이 지도에 반영되었습니다.</translation>
    </message>
    <message>
        <source>● Shared on %1</source>
        <translation>● %1에서 공유 중</translation>
    </message>
    <message>
        <source>Every change goes to the server and reaches everyone who has the journey open.
You: %1 — %2</source>
        <translation>모든 변경은 서버로 가서 이 고객 여정을 연 모든 사람에게 전달됩니다.
나: %1 — %2</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>실행 취소하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Save a copy of the shared journey</source>
        <translation>공유된 고객 여정의 사본 저장</translation>
    </message>
    <message>
        <source>Waymark journeys (*.waymark);;Waymark JSON (*.waymark.json *.json)</source>
        <translation>Waymark 고객 여정 (*.waymark);;Waymark JSON (*.waymark.json *.json)</translation>
    </message>
    <message>
        <source>Saved a copy to %1; the journey stays shared on %2.</source>
        <translation>%1에 사본을 저장했습니다. 고객 여정은 계속 %2에서 공유됩니다.</translation>
    </message>
    <message>
        <source>The card's pictures, large: photos of the wall, screenshots, letters</source>
        <translation>카드의 사진을 크게: 벽 사진, 화면 캡처, 편지</translation>
    </message>
    <message>
        <source>Attach pictures from files to the selected card (or paste one with Ctrl+V, or drop files on it)</source>
        <translation>선택한 카드에 파일의 사진을 붙입니다(Ctrl+V로 붙여 넣거나 파일을 카드에 끌어다 놓아도 됩니다)</translation>
    </message>
    <message>
        <source>Show P&amp;ictures</source>
        <translation>사진 보기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Add Pictures…</source>
        <translation>사진 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Refresh from Server</source>
        <translation>서버에서 새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Count the answers of the datasets that stay in PostgreSQL anew (waymark import … postgresql://…)</source>
        <translation>PostgreSQL에 남아 있는 데이터 세트의 응답을 다시 집계합니다(waymark import … postgresql://…)</translation>
    </message>
    <message>
        <source>This journey has no data from a server to refresh.</source>
        <translation>이 고객 여정에는 새로 고칠 서버 데이터가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Counting %n dataset(s) on the server…</source>
        <translation>
            <numerusform>서버에서 데이터 세트 %n개 집계 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh data from the server</source>
        <translation>서버 데이터 새로 고침</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) refreshed from the server.</source>
        <translation>
            <numerusform>서버에서 데이터 세트 %n개를 새로 고쳤습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh from Server</source>
        <translation>서버에서 새로 고침</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Keep working: your changes are kept on this laptop and sent when the connection is back.</source>
        <translation>서버 연결이 끊어졌습니다. 계속 작업하세요. 변경 내용은 이 노트북에 보관되었다가 연결이 돌아오면 전송됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>● %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>● 전송 대기 중인 변경 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept on this laptop until the server takes them.</source>
        <translation>서버가 받을 때까지 이 노트북에 보관됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n change(s) kept on this laptop</source>
        <translation>
            <numerusform>%1 — 이 노트북에 보관된 변경 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 여는 중…</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 내보내는 중…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 저장 중…</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>this computer (%1)</source>
        <translation>이 컴퓨터(%1)</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>로그인 이름</translation>
    </message>
    <message>
        <source>a query (Show Details)</source>
        <translation>쿼리(‘자세한 정보 표시’ 참조)</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>테이블 %1</translation>
    </message>
    <message>
        <source>• “%1”: %2
   server %3, database %4, as %5</source>
        <translation>• “%1”: %2
   서버 %3, 데이터베이스 %4, 사용자 %5</translation>
    </message>
    <message>
        <source>“%1”:</source>
        <translation>“%1”:</translation>
    </message>
    <message>
        <source>Read data from a server this journey names?</source>
        <translation>이 여정 맵에 적힌 서버에서 데이터를 읽을까요?</translation>
    </message>
    <message>
        <source>Waymark connects as you, with your password from ~/.pgpass, reads only, and keeps the counts in this journey. Connect only if you know where this file comes from.</source>
        <translation>Waymark는 ~/.pgpass의 암호로 사용자 본인으로 접속하고, 읽기만 하며, 집계 결과를 이 여정 맵에 저장합니다. 이 파일의 출처를 아는 경우에만 접속하세요.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>접속(&amp;C)</translation>
    </message>
    <message>
        <source>Mem&amp;bers…</source>
        <translation>부서 구성원(&amp;B)…</translation>
    </message>
    <message>
        <source>Who belongs to which department of the shared journey: they may still change their lanes while locked</source>
        <translation>공유 여정에서 누가 어느 부서에 속하는지: 그 사람들은 잠긴 동안에도 자기 부서의 레인을 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>Only for a journey shared on a server</source>
        <translation>서버에 공유된 여정에서만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>The members are saved on %1.</source>
        <translation>부서 구성원을 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>%1 changed who belongs to which department.</source>
        <translation>%1 님이 부서 구성원을 바꿨습니다.</translation>
    </message>
    <message>
        <source>Read-only: only facilitators change the members</source>
        <translation>보기 전용: 부서 구성원은 퍼실리테이터만 바꿉니다</translation>
    </message>
    <message>
        <source>%1[*] — offline copy of the journey shared on %2 — Waymark</source>
        <translation>%1[*] — %2에 공유된 여정의 오프라인 사본 — Waymark</translation>
    </message>
    <message>
        <source>All survey answers read</source>
        <translation>설문 응답을 모두 읽었습니다</translation>
    </message>
    <message>
        <source>Survey answers of “%1”</source>
        <translation>“%1”의 설문 응답</translation>
    </message>
    <message>
        <source>%1

It cannot be opened offline either: %2</source>
        <translation>%1

오프라인으로도 열 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Offline: this laptop's copy of %1 — trying the server again in %n s</source>
        <translation>
            <numerusform>오프라인: 이 노트북의 %1 사본 — %n초 후 서버에 다시 연결 시도</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not answer: this is the copy of the journey this laptop held. Keep working: your changes are kept here and sent when the server answers.</source>
        <translation>%1이(가) 응답하지 않습니다: 이 노트북에 있던 여정 사본입니다. 계속 작업하세요. 변경은 여기에 보관되었다가 서버가 응답하면 전송됩니다.</translation>
    </message>
    <message>
        <source>Not redone: %1</source>
        <translation>다시 실행하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Makes your newest undone change again on the server, unless someone changed that thing since</source>
        <translation>가장 최근에 실행 취소한 내 변경을 서버에 다시 적용합니다. 그 뒤 다른 사람이 같은 것을 바꿨다면 적용하지 않습니다</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers before saving…</source>
        <translation>저장하기 전에 설문 응답 %L1개를 읽는 중…</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers the PDF needs…</source>
        <translation>PDF에 필요한 설문 응답 %L1개를 읽는 중…</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers the image needs…</source>
        <translation>이미지에 필요한 설문 응답 %L1개를 읽는 중…</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers printing needs…</source>
        <translation>인쇄에 필요한 설문 응답 %L1개를 읽는 중…</translation>
    </message>
    <message>
        <source>Takes back your own newest change on the server (a card, a lock, a vote, a comment, a dot placed or taken back), or while offline the newest one still waiting to be sent; others' changes stay</source>
        <translation>서버에 있는 내 최근 변경(카드, 잠금, 투표, 댓글, 찍거나 회수한 점)을, 오프라인이면 아직 보내지 않은 최근 변경을 되돌립니다. 다른 사람의 변경은 그대로입니다</translation>
    </message>
    <message>
        <source>Reading %L1 survey answers in the background (%2 %); the survey figures on the map are already complete, CLV at risk and comments follow…</source>
        <translation>설문 응답 %L1개를 백그라운드에서 읽는 중입니다(%2%). 지도의 설문 수치는 이미 완전하며, 위험에 처한 CLV와 의견이 곧 이어집니다…</translation>
    </message>
</context>
<context>
    <name>waymark::MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation>맵 범례</translation>
    </message>
    <message>
        <source>Fold or unfold the legend (View → Show Legend hides it)</source>
        <translation>범례 접기/펼치기(보기 → 범례 표시로 숨길 수 있음)</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation>범례 표시(&amp;L)</translation>
    </message>
    <message>
        <source>Explain the marks on the map in a corner of the canvas</source>
        <translation>캔버스 모서리에 맵 표시 설명을 보여 줍니다</translation>
    </message>
    <message>
        <source>Moment of truth: the customer decides here whether to stay.</source>
        <translation>진실의 순간: 고객이 여기서 계속 이용할지 결정합니다.</translation>
    </message>
    <message>
        <source>Pain point: this step hurts the customer.</source>
        <translation>페인 포인트: 이 단계에서 고객이 불편을 겪습니다.</translation>
    </message>
    <message>
        <source>Coloured left bar: the department that owns the step.</source>
        <translation>왼쪽 색 막대: 이 단계를 담당하는 부서.</translation>
    </message>
    <message>
        <source>Numbered circle: the customer's negative emotion, 0 (calm, green) to 10 (upset, red).</source>
        <translation>숫자 원: 고객의 부정적 감정, 0(평온, 초록)부터 10(불만, 빨강)까지.</translation>
    </message>
    <message>
        <source>Effort: the time (blue) and money (green) the step costs the customer.</source>
        <translation>노력: 이 단계에서 고객이 들이는 시간(파랑)과 금액(초록).</translation>
    </message>
    <message>
        <source>Survey figure for the card or stage, ± its 95 % margin, n answers: red worst, green best; grey and hatched: too few answers to trust.</source>
        <translation>카드 또는 단계의 설문 수치와 95 % 오차 범위, 응답 n개: 빨강은 가장 나쁨, 초록은 가장 좋음. 회색 빗금: 응답이 너무 적어 신뢰하기 어려움.</translation>
    </message>
    <message>
        <source>Lifetime value of the customers who were detractors at this card.</source>
        <translation>이 카드에서 비추천 고객이었던 고객의 생애 가치.</translation>
    </message>
    <message>
        <source>Violet ring: a card the open vote is about; click it to place a dot.</source>
        <translation>보라색 고리: 진행 중인 투표의 대상 카드. 클릭하면 도트를 붙입니다.</translation>
    </message>
    <message>
        <source>Dots: the vote, in each voter's colour.</source>
        <translation>도트: 투표 결과, 투표자별 색으로 표시.</translation>
    </message>
    <message>
        <source>Dot on a card's corner: who wrote it, in their colour.</source>
        <translation>카드 모서리의 점: 카드 작성자, 작성자의 색으로 표시.</translation>
    </message>
    <message>
        <source>Speech bubble: open comment threads on the card.</source>
        <translation>말풍선: 카드의 미해결 댓글 스레드.</translation>
    </message>
    <message>
        <source>Heatmap: %1, worst figure red; cards without answers stay white.</source>
        <translation>히트맵: %1, 가장 나쁜 값은 빨강. 응답이 없는 카드는 흰색으로 남습니다.</translation>
    </message>
    <message>
        <source>Heatmap: %1, pale to red; the ends are capped so one extreme card does not wash out the rest.</source>
        <translation>히트맵: %1, 옅은 색에서 빨강까지. 극단적인 카드 하나 때문에 나머지 색이 흐려지지 않도록 양 끝을 제한합니다.</translation>
    </message>
    <message>
        <source>Hatched: too few answers to trust the colour.</source>
        <translation>빗금: 응답이 너무 적어 색을 신뢰하기 어려움.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
    <message>
        <source>Bars: what the card rests on — one an assumption, two workshop knowledge, three research, four measured data (%1 answers or more); dashed: not stated.</source>
        <translation>막대: 카드의 근거 — 1개 가정, 2개 워크숍 참가자의 지식, 3개 리서치, 4개 측정 데이터(응답 %1개 이상). 점선: 밝히지 않음.</translation>
    </message>
    <message>
        <source>%1 % of pain points rest on measured data.</source>
        <translation>페인 포인트의 %1 %가 측정 데이터에 근거합니다.</translation>
    </message>
</context>
<context>
    <name>waymark::MembersDialog</name>
    <message>
        <source>Facilitator</source>
        <translation>퍼실리테이터</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>참가자</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>검토자</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>열람자</translation>
    </message>
    <message>
        <source>No Waymark role</source>
        <translation>Waymark 역할 없음</translation>
    </message>
    <message>
        <source>Roles are granted by the database's administrator, not here: GRANT %1 TO %2;</source>
        <translation>역할은 여기서가 아니라 데이터베이스 관리자가 부여합니다: GRANT %1 TO %2;</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;hange Department</source>
        <translation>부서 변경(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Members of “%1”</source>
        <translation>“%1”의 부서 구성원</translation>
    </message>
    <message>
        <source>Who belongs to which department. While a lane is locked, only the facilitators and the members of the lane's department may change its cards.</source>
        <translation>누가 어느 부서에 속하는지 보여 줍니다. 레인이 잠겨 있는 동안에는 퍼실리테이터와 그 레인 부서의 구성원만 카드를 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Only facilitators change this list (the server's rule “facilitators-lock”); you see it as it is.</source>
        <translation>이 목록은 퍼실리테이터만 바꿀 수 있습니다(서버 규칙 “facilitators-lock”). 여기서는 현재 상태를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>데이터베이스 사용자</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Waymark role</source>
        <translation>Waymark 역할</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>예: alice</translation>
    </message>
    <message>
        <source>Adds the user typed above to the department chosen (Enter)</source>
        <translation>입력한 사용자를 고른 부서에 추가합니다(Enter)</translation>
    </message>
    <message>
        <source>Moves the selected member to the department chosen above</source>
        <translation>선택한 구성원을 위에서 고른 부서로 옮깁니다</translation>
    </message>
    <message>
        <source>Takes the selected members out of their departments (Delete)</source>
        <translation>선택한 구성원을 해당 부서에서 뺍니다(Delete)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Writes every change to the server at once (Ctrl+S)</source>
        <translation>모든 변경을 한 번에 서버에 기록합니다(Ctrl+S)</translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation>데이터베이스 사용자(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>부서(&amp;D):</translation>
    </message>
    <message>
        <source>%1 changed the members just now; the list shows their changes.</source>
        <translation>%1 님이 방금 부서 구성원을 바꿨습니다. 목록에 반영되어 있습니다.</translation>
    </message>
    <message>
        <source>%1 changed the members meanwhile; saving keeps their changes and adds yours.</source>
        <translation>그동안 %1 님이 부서 구성원을 바꿨습니다. 저장하면 그 변경은 유지되고 내 변경이 더해집니다.</translation>
    </message>
    <message>
        <source>This journey has no departments, so nobody can be a member of one. Departments are added to the journey before it is published (they are not edited live yet).</source>
        <translation>이 여정에는 부서가 없어 누구도 부서 구성원이 될 수 없습니다. 부서는 게시하기 전에 여정에 추가합니다(아직 실시간으로 편집할 수 없습니다).</translation>
    </message>
    <message>
        <source>The members could not be read: %1</source>
        <translation>부서 구성원을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>아직 저장되지 않음</translation>
    </message>
    <message>
        <source>not a department of this journey (%1)</source>
        <translation>이 여정의 부서가 아님(%1)</translation>
    </message>
    <message>
        <source>Roles are granted by the database's administrator (GRANT waymark_participant TO alice;), not here.</source>
        <translation>역할은 여기서가 아니라 데이터베이스 관리자가 부여합니다(GRANT waymark_participant TO alice;).</translation>
    </message>
    <message>
        <source>Not a user of this database yet.</source>
        <translation>아직 이 데이터베이스의 사용자가 아닙니다.</translation>
    </message>
    <message>
        <source>Type a database user's name first.</source>
        <translation>먼저 데이터베이스 사용자 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>There is no database user “%1”; did you mean “%2”? (Names are case-sensitive.)</source>
        <translation>데이터베이스 사용자 “%1”이(가) 없습니다. “%2”을(를) 말씀하신 건가요? (대소문자를 구분합니다.)</translation>
    </message>
    <message>
        <source>There is no database user “%1” on this server. The database's administrator creates it (CREATE ROLE %1 LOGIN IN ROLE waymark_participant;).</source>
        <translation>이 서버에 데이터베이스 사용자 “%1”이(가) 없습니다. 데이터베이스 관리자가 만듭니다(CREATE ROLE %1 LOGIN IN ROLE waymark_participant;).</translation>
    </message>
    <message>
        <source>Choose a department first.</source>
        <translation>먼저 부서를 고르세요.</translation>
    </message>
    <message>
        <source>%1 is already in “%2”.</source>
        <translation>%1은(는) 이미 “%2” 부서에 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet</source>
        <translation>
            <numerusform>저장하지 않은 변경 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is a member of a department yet.</source>
        <translation>아직 부서에 속한 사람이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>구성원 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>변경 버리기</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s) to the members without saving?</source>
        <translation>
            <numerusform>부서 구성원 변경 %n개를 저장하지 않고 버릴까요?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::NpsTargetsDialog</name>
    <message>
        <source>Benchmark</source>
        <translation>벤치마크</translation>
    </message>
    <message>
        <source>Compare with a benchmark</source>
        <translation>벤치마크와 비교</translation>
    </message>
    <message>
        <source>e.g. Retail banking average 2024, or a competitor's name</source>
        <translation>예: 2024년 리테일 뱅킹 평균 또는 경쟁사 이름</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Goals per segment</source>
        <translation>세그먼트별 목표</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>From quarter</source>
        <translation>시작 분기</translation>
    </message>
    <message>
        <source>Change per quarter</source>
        <translation>분기별 변화</translation>
    </message>
    <message>
        <source>&amp;Add Goal</source>
        <translation>목표 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Goal</source>
        <translation>목표 제거(&amp;R)</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>모든 응답</translation>
    </message>
    <message>
        <source>Goal %1: “%2” is not a quarter. Write it as year and quarter, for example 2024-Q3.</source>
        <translation>목표 %1: “%2”은(는) 분기가 아닙니다. 2024-Q3처럼 연도와 분기로 입력하세요.</translation>
    </message>
    <message>
        <source>%1 Goals and Benchmark</source>
        <translation>%1 목표 및 벤치마크</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Goals per department</source>
        <translation>부서별 목표</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Start value</source>
        <translation>시작 값</translation>
    </message>
</context>
<context>
    <name>waymark::OpenFromServerDialog</name>
    <message>
        <source>&amp;Show Journeys</source>
        <translation>고객 여정 보기(&amp;S)</translation>
    </message>
    <message>
        <source>Open from Server</source>
        <translation>서버에서 열기</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>고객 여정</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게시일</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>게시자</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>마지막 변경</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>Asking %1 for its journeys…</source>
        <translation>%1에서 고객 여정 목록을 가져오는 중…</translation>
    </message>
    <message>
        <source>No journey has been published on %1 yet: File → Publish to Server… puts one there.</source>
        <translation>%1에 게시된 고객 여정이 아직 없습니다. 파일 → 서버에 게시…로 올릴 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s) on %1. Double-click one to open it.</source>
        <translation>
            <numerusform>%1에 고객 여정 %n개가 있습니다. 두 번 클릭하면 열립니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::OpportunitiesDock</name>
    <message>
        <source>Opportunities</source>
        <translation>개선 기회</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>시나리오:</translation>
    </message>
    <message>
        <source>Use in Report</source>
        <translation>보고서에 사용</translation>
    </message>
    <message>
        <source>Show this scenario in the PDF report and in the future state of the map</source>
        <translation>PDF 보고서와 지도의 미래 상태에 이 시나리오 표시</translation>
    </message>
    <message>
        <source>New Scenario…</source>
        <translation>새 시나리오…</translation>
    </message>
    <message>
        <source>A named set of opportunities, e.g. “Quick wins”</source>
        <translation>이름을 붙인 개선 기회 묶음(예: “빠른 성과”)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Rename the chosen scenario</source>
        <translation>선택한 시나리오 이름 바꾸기</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>시나리오 삭제</translation>
    </message>
    <message>
        <source>Delete the chosen scenario; its opportunities stay</source>
        <translation>선택한 시나리오를 삭제합니다. 시나리오의 개선 기회는 유지됩니다</translation>
    </message>
    <message>
        <source>No opportunities yet. Add one here, right-click a card on the map, or turn the top cards of a closed vote into opportunities (Workshop dock → Vote).</source>
        <translation>아직 개선 기회가 없습니다. 여기에서 추가하거나, 지도의 카드를 마우스 오른쪽 버튼으로 클릭하거나, 종료된 투표의 상위 카드를 개선 기회로 바꾸세요(워크숍 도크 → 투표).</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>A new opportunity (it joins the chosen scenario)</source>
        <translation>새 개선 기회(선택한 시나리오에 포함됨)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Edit the selected opportunity (or double-click it)</source>
        <translation>선택한 개선 기회 편집(또는 두 번 클릭)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete the selected opportunity and take it out of every scenario</source>
        <translation>선택한 개선 기회를 삭제하고 모든 시나리오에서 제외</translation>
    </message>
    <message>
        <source>%1 (in the report)</source>
        <translation>%1(보고서에 사용)</translation>
    </message>
    <message>
        <source>All opportunities</source>
        <translation>모든 개선 기회</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>보기…</translation>
    </message>
    <message>
        <source>Tick the opportunities that belong to “%1” in the first column.</source>
        <translation>첫 번째 열에서 “%1”에 속하는 개선 기회를 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <source>All %n opportunity(s) together:</source>
        <translation>
            <numerusform>개선 기회 %n개 전체 합계:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”, %n opportunity(s):</source>
        <translation>
            <numerusform>“%1”, 개선 기회 %n개:</numerusform>
        </translation>
    </message>
    <message>
        <source>one-off cost %1</source>
        <translation>일회성 비용 %1</translation>
    </message>
    <message numerus="yes">
        <source>NPV %1 over %n year(s)</source>
        <translation>
            <numerusform>%n년간 NPV %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pays back in %n month(s)</source>
        <translation>
            <numerusform>%n개월 만에 회수</numerusform>
        </translation>
    </message>
    <message>
        <source>no payback within the horizon</source>
        <translation>분석 기간 내 회수 불가</translation>
    </message>
    <message>
        <source>Enter the customers per year under Journey → Business Settings to value the benefits.</source>
        <translation>편익을 산정하려면 고객 여정 → 비즈니스 설정에서 연간 고객 수를 입력하세요.</translation>
    </message>
    <message>
        <source>Choose scenario for the report</source>
        <translation>보고서용 시나리오 선택</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>새 시나리오</translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation>시나리오 이름:</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>빠른 성과</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>시나리오 이름 바꾸기</translation>
    </message>
    <message>
        <source>How Is It Made?…</source>
        <translation>산출 방법…</translation>
    </message>
    <message>
        <source>Every figure of the selected opportunity's business case with its formula and inputs</source>
        <translation>선택한 개선 기회의 비즈니스 케이스 지표 전체와 각 수식 및 입력값</translation>
    </message>
    <message>
        <source>Priorities…</source>
        <translation>우선순위…</translation>
    </message>
    <message>
        <source>Value against cost as bubbles (size: CLV at risk) and the ranking by NPV, ROI, payback or dots</source>
        <translation>가치 대비 비용 버블 차트(크기: 위험에 처한 CLV)와 NPV, ROI, 회수 기간 또는 도트 기준 순위</translation>
    </message>
    <message>
        <source>Technology Gap…</source>
        <translation>기술 격차…</translation>
    </message>
    <message>
        <source>The systems behind the journey: their age, what they cannot do and the pain points they cause</source>
        <translation>여정을 뒷받침하는 시스템: 사용 연수, 할 수 없는 일, 유발하는 페인 포인트</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers… Retention and CLV at risk are added when they are read.</source>
        <translation>설문 응답 %L1개를 읽는 중… 다 읽으면 고객 유지와 위험에 처한 CLV가 추가됩니다.</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value model to %L1 customers… Retention and CLV at risk are added when it is done.</source>
        <translation>고객 %L1명의 데이터로 생애 가치 모델을 맞추는 중… 끝나면 고객 유지와 위험에 처한 CLV가 추가됩니다.</translation>
    </message>
    <message>
        <source>Matching %L1 survey answers to customers… Retention and CLV at risk are added when they are matched.</source>
        <translation>설문 응답 %L1개를 고객과 연결하는 중… 끝나면 고객 유지와 위험에 처한 CLV가 추가됩니다.</translation>
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
            <numerusform>%n개월</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>%n년 내 회수 불가</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the scenario “%1”</source>
        <translation>시나리오 “%1”에 포함</translation>
    </message>
    <message numerus="yes">
        <source>Net present value over %n year(s) at %1 %: %2</source>
        <translation>
            <numerusform>%n년간 할인율 %1 % 적용 순현재가치: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Range: %1 – %2</source>
        <translation>범위: %1 – %2</translation>
    </message>
    <message>
        <source>Value per year at full run rate: %1</source>
        <translation>완전 가동 시 연간 가치: %1</translation>
    </message>
    <message>
        <source>Tick to put an opportunity into the scenario chosen above</source>
        <translation>위에서 선택한 시나리오에 개선 기회를 넣으려면 선택하세요</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>일회성 비용</translation>
    </message>
    <message>
        <source>Months to deliver: the benefits start after them</source>
        <translation>구현 기간(개월): 편익은 그 이후부터 발생합니다</translation>
    </message>
    <message>
        <source>Cards of the map it improves</source>
        <translation>개선하는 지도의 카드</translation>
    </message>
    <message>
        <source>Net present value over the business case's horizon (Journey → Business Settings)</source>
        <translation>비즈니스 케이스 분석 기간 동안의 순현재가치(고객 여정 → 비즈니스 설정)</translation>
    </message>
    <message>
        <source>When the cumulative net turns positive, counted from the start</source>
        <translation>처음부터 계산해 누적 순현금흐름이 양수가 되는 시점</translation>
    </message>
    <message>
        <source>In</source>
        <translation>포함</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>개선 기회</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>회수 기간</translation>
    </message>
</context>
<context>
    <name>waymark::OpportunityDialog</name>
    <message>
        <source>Edit Opportunity</source>
        <translation>개선 기회 편집</translation>
    </message>
    <message>
        <source>New Opportunity</source>
        <translation>새 개선 기회</translation>
    </message>
    <message>
        <source>What will be done, e.g. “Open the account online”</source>
        <translation>수행할 일(예: “온라인으로 계좌 개설”)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>유형(&amp;Y):</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>아직 담당 부서 없음</translation>
    </message>
    <message>
        <source>(deleted department)</source>
        <translation>(삭제된 부서)</translation>
    </message>
    <message>
        <source>O&amp;wner department:</source>
        <translation>담당 부서(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>상태(&amp;S):</translation>
    </message>
    <message>
        <source>How sure the room is of the benefits: low widens the business case's range to ±50 %, medium ±25 %, high ±10 %</source>
        <translation>참석자들이 편익을 얼마나 확신하는지: 낮음은 비즈니스 케이스의 범위를 ±50 %, 보통은 ±25 %, 높음은 ±10 %로 넓힙니다</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>신뢰도(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;One-off cost:</source>
        <translation>일회성 비용(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Running cost per year:</source>
        <translation>연간 운영 비용(&amp;R):</translation>
    </message>
    <message>
        <source>The benefits start once it is delivered</source>
        <translation>편익은 구현이 완료된 후부터 발생합니다</translation>
    </message>
    <message>
        <source>&amp;Months to deliver:</source>
        <translation>구현 기간(개월)(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>Survey verbatims, complaint counts, what was said in the room…</source>
        <translation>설문 응답 원문, 불만 건수, 회의에서 나온 이야기…</translation>
    </message>
    <message>
        <source>&amp;Evidence and notes:</source>
        <translation>근거 및 메모(&amp;E):</translation>
    </message>
    <message>
        <source>Systems it chan&amp;ges:</source>
        <translation>변경하는 시스템(&amp;G):</translation>
    </message>
    <message>
        <source>Cards it &amp;improves (%1)</source>
        <translation>개선하는 카드(%1)(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;New steps (%1)</source>
        <translation>새 단계(%1)(&amp;N)</translation>
    </message>
</context>
<context>
    <name>waymark::ParticipantsPanel</name>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Click someone to give them the floor (or press their number); click again to take it back.
Double-click the name to rename, the colour to change it, the department to move them.</source>
        <translation>참가자를 클릭하면 발언권을 줍니다(번호 키를 눌러도 됩니다). 다시 클릭하면 발언권을 거둡니다.
이름을 두 번 클릭하면 이름을, 색상을 두 번 클릭하면 색상을, 부서를 두 번 클릭하면 소속 부서를 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>참가자 이름 바꾸기</translation>
    </message>
    <message>
        <source>Change participant colour</source>
        <translation>참가자 색상 변경</translation>
    </message>
    <message>
        <source>%1 wrote cards and placed dots, so they stay on the list: their contributions keep their name.</source>
        <translation>%1은(는) 카드를 작성하고 도트를 붙였으므로 목록에 남습니다. 기여한 내용에 이름이 계속 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 wrote %Ln card(s), so they stay on the list: the cards keep their author.</source>
        <translation>
            <numerusform>%1은(는) 카드 %Ln개를 작성했으므로 목록에 남습니다. 카드의 작성자 정보는 유지됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 placed %Ln dot(s), so they stay on the list: the votes keep their voter.</source>
        <translation>
            <numerusform>%1은(는) 도트 %Ln개를 붙였으므로 목록에 남습니다. 투표자 정보는 유지됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>카드 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>댓글 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Not heard yet: %1</source>
        <translation>아직 발언하지 않은 사람: %1</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>참가자 추가</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(부서 없음)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>부서(&amp;D):</translation>
    </message>
    <message>
        <source>Contributions by department</source>
        <translation>부서별 기여</translation>
    </message>
    <message>
        <source>The journey has no departments yet.</source>
        <translation>이 고객 여정에는 아직 부서가 없습니다.</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1의 색상</translation>
    </message>
    <message>
        <source>Change participant's department</source>
        <translation>참가자 부서 변경</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>참가자 제거</translation>
    </message>
</context>
<context>
    <name>waymark::PersonaCards</name>
    <message>
        <source>&amp;Personas</source>
        <translation>페르소나(&amp;P)</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>페르소나</translation>
    </message>
    <message>
        <source>No personas yet. Add one for each kind of customer who goes through this journey: the map can then show the journey as each of them lives it.</source>
        <translation>아직 페르소나가 없습니다. 이 여정을 거치는 고객 유형마다 하나씩 추가하면, 지도가 각 고객이 겪는 여정을 보여 줄 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Add Persona</source>
        <translation>페르소나 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the chosen persona (Delete in the list); the cards stay on the map</source>
        <translation>선택한 페르소나를 제거합니다(목록에서 Delete). 카드는 지도에 남습니다</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>새 페르소나</translation>
    </message>
    <message>
        <source>Remove Persona</source>
        <translation>페르소나 제거</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is named on %n card(s).</source>
        <translation>
            <numerusform>“%1”이(가) 카드 %n개에 지정되어 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing the persona takes it off those cards along with its own emotions there; a card left naming nobody happens to every persona. Undo brings it all back.</source>
        <translation>페르소나를 제거하면 그 카드들에서 빠지고, 카드에 적힌 이 페르소나의 감정도 함께 사라집니다. 지정된 페르소나가 없어진 카드는 모든 페르소나에게 해당됩니다. 실행 취소하면 모두 되돌아옵니다.</translation>
    </message>
</context>
<context>
    <name>waymark::PersonaEditor</name>
    <message>
        <source>Pictures (%1)</source>
        <translation>그림 (%1)</translation>
    </message>
    <message>
        <source>C&amp;hoose Photo…</source>
        <translation>사진 선택(&amp;H)…</translation>
    </message>
    <message>
        <source>A photo or drawing that stands for this persona (PNG, JPEG, GIF, BMP); it is downscaled and its location data removed</source>
        <translation>이 페르소나를 나타내는 사진이나 그림(PNG, JPEG, GIF, BMP). 크기가 줄고 촬영 위치 정보는 지워집니다</translation>
    </message>
    <message>
        <source>Remo&amp;ve Photo</source>
        <translation>사진 제거(&amp;V)</translation>
    </message>
    <message>
        <source>Who goes through this journey</source>
        <translation>이 여정을 거치는 고객</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Age, situation, how they deal with the company</source>
        <translation>나이, 처지, 회사와 거래하는 방식</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>What they want to get done, and by when</source>
        <translation>언제까지 무엇을 해내고 싶은지</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>목표(&amp;G):</translation>
    </message>
    <message>
        <source>What gets in their way</source>
        <translation>무엇이 걸림돌인지</translation>
    </message>
    <message>
        <source>&amp;Frustrations:</source>
        <translation>불만(&amp;F):</translation>
    </message>
    <message>
        <source>Change persona description</source>
        <translation>페르소나 설명 변경</translation>
    </message>
    <message>
        <source>Change persona goals</source>
        <translation>페르소나 목표 변경</translation>
    </message>
    <message>
        <source>Change persona frustrations</source>
        <translation>페르소나 불만 변경</translation>
    </message>
    <message>
        <source>No photo of %1</source>
        <translation>%1의 사진 없음</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>%1의 사진</translation>
    </message>
    <message>
        <source>Drop a picture here, or choose one</source>
        <translation>여기에 그림을 끌어다 놓거나 선택하세요</translation>
    </message>
    <message>
        <source>%1 — drop another picture here to replace it</source>
        <translation>%1 — 바꾸려면 다른 그림을 여기에 끌어다 놓으세요</translation>
    </message>
    <message>
        <source>A persona needs a name: the map's persona filter and cards show it. Escape brings the old one back.</source>
        <translation>페르소나에는 이름이 있어야 합니다. 지도의 페르소나 필터와 카드에 표시됩니다. Esc를 누르면 이전 이름으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Rename persona</source>
        <translation>페르소나 이름 바꾸기</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>The photo was not taken. %1</source>
        <translation>사진을 넣지 못했습니다. %1</translation>
    </message>
    <message>
        <source>Reading the photo…</source>
        <translation>사진을 읽는 중…</translation>
    </message>
    <message>
        <source>Change persona photo</source>
        <translation>페르소나 사진 변경</translation>
    </message>
    <message>
        <source>Remove persona photo</source>
        <translation>페르소나 사진 제거</translation>
    </message>
</context>
<context>
    <name>waymark::PersonasField</name>
    <message>
        <source>The personas this step happens to; with none ticked it happens to every persona</source>
        <translation>이 단계를 겪는 페르소나. 아무것도 선택하지 않으면 모든 페르소나가 겪습니다</translation>
    </message>
    <message>
        <source>(unnamed persona)</source>
        <translation>(이름 없는 페르소나)</translation>
    </message>
    <message>
        <source>Every Persona</source>
        <translation>모든 페르소나</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>모든 페르소나</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>대상(&amp;F):</translation>
    </message>
</context>
<context>
    <name>waymark::PictureImporter</name>
    <message>
        <source>Pictures (%1)</source>
        <translation>사진 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n picture(s)…</source>
        <translation>
            <numerusform>사진 %n장 추가 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Add Pictures</source>
        <translation>사진 추가</translation>
    </message>
    <message>
        <source>The card was deleted while its pictures were being read.</source>
        <translation>사진을 읽는 동안 카드가 삭제되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>A card holds at most %1 pictures: %n picture(s) were left out.</source>
        <translation>
            <numerusform>카드에는 사진을 최대 %1장까지 넣을 수 있어 %n장은 빠졌습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pictures Not Added</source>
        <translation>사진을 추가하지 못함</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) were added; some were not:</source>
        <translation>
            <numerusform>사진 %n장을 추가했지만 일부는 추가하지 못했습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>No picture was added:</source>
        <translation>추가된 사진이 없습니다:</translation>
    </message>
</context>
<context>
    <name>waymark::PictureViewer</name>
    <message>
        <source>Picture</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>What the picture shows (a caption for the map and the PDF)</source>
        <translation>사진 내용(지도와 PDF에 쓰일 설명)</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>설명(&amp;C):</translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation>← 이전(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>다음(&amp;N) →</translation>
    </message>
    <message>
        <source>&amp;Add Pictures…</source>
        <translation>사진 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>다른 이름으로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>The previous picture (Left arrow)</source>
        <translation>이전 사진(왼쪽 화살표)</translation>
    </message>
    <message>
        <source>The next picture (Right arrow)</source>
        <translation>다음 사진(오른쪽 화살표)</translation>
    </message>
    <message>
        <source>Add pictures from files; you can also paste one (Ctrl+V) or drop files here</source>
        <translation>파일에서 사진을 추가합니다. 붙여 넣거나(Ctrl+V) 파일을 여기에 끌어다 놓아도 됩니다</translation>
    </message>
    <message>
        <source>Save this picture as a file</source>
        <translation>이 사진을 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Take this picture off the card (Delete); Undo brings it back</source>
        <translation>이 사진을 카드에서 뺍니다(Delete). 실행 취소로 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <source>Pictures — %1</source>
        <translation>사진 — %1</translation>
    </message>
    <message>
        <source>untitled card</source>
        <translation>제목 없는 카드</translation>
    </message>
    <message>
        <source>The card has no pictures yet. Add them from files, paste one (Ctrl+V) or drop files here.</source>
        <translation>이 카드에는 아직 사진이 없습니다. 파일에서 추가하거나 붙여 넣거나(Ctrl+V) 파일을 여기에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <source>The card has no pictures.</source>
        <translation>이 카드에는 사진이 없습니다.</translation>
    </message>
    <message>
        <source>This picture cannot be shown: %1</source>
        <translation>이 사진을 표시할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Picture %1 of %2 · %3 × %4 px</source>
        <translation>사진 %1/%2 · %3 × %4px</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Save Picture As</source>
        <translation>사진을 다른 이름으로 저장</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 사진 (*.png)</translation>
    </message>
    <message>
        <source>JPEG picture (*.jpg *.jpeg)</source>
        <translation>JPEG 사진 (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Picture Not Saved</source>
        <translation>사진을 저장하지 못함</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1을(를) 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Make &amp;First</source>
        <translation>맨 앞으로(&amp;F)</translation>
    </message>
    <message>
        <source>Make this the first picture: the one shown on the card (Ctrl+Home). Ctrl+Left and Ctrl+Right move it one place.</source>
        <translation>이 사진을 첫 번째, 즉 카드에 보이는 사진으로 만듭니다(Ctrl+Home). Ctrl+왼쪽/오른쪽 화살표로 한 칸씩 옮깁니다.</translation>
    </message>
</context>
<context>
    <name>waymark::PicturesField</name>
    <message>
        <source>Pictures</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Double-click a picture to see it large; drop picture files here to add them</source>
        <translation>사진을 두 번 클릭하면 크게 볼 수 있고, 사진 파일을 여기에 끌어다 놓으면 추가됩니다</translation>
    </message>
    <message>
        <source>None yet: add a photo of the wall, a screenshot or a letter.</source>
        <translation>아직 없음: 벽 사진, 화면 캡처, 편지를 추가하세요.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Add pictures from files (you can also drop them here, or paste one on the card)</source>
        <translation>파일에서 사진을 추가합니다(여기에 끌어다 놓거나 카드에 붙여 넣어도 됩니다)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Take the selected picture off the card (Delete)</source>
        <translation>선택한 사진을 카드에서 뺍니다(Delete)</translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation>사진 %1</translation>
    </message>
    <message>
        <source>Add pictures to the card: a photo of the wall, a screenshot, a letter (you can also paste one with Ctrl+V or drop files on the card)</source>
        <translation>카드에 사진 추가: 벽 사진, 화면 캡처, 편지(Ctrl+V로 붙여 넣거나 파일을 카드에 끌어다 놓아도 됩니다)</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>사진 추가</translation>
    </message>
</context>
<context>
    <name>waymark::PortfolioDialog</name>
    <message>
        <source>Journeys in %1</source>
        <translation>%1의 고객 여정</translation>
    </message>
    <message>
        <source>Filter by journey, owner or file…</source>
        <translation>고객 여정, 담당 또는 파일로 필터링…</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>그리드</translation>
    </message>
    <message>
        <source>Show the journeys as cards instead of a table</source>
        <translation>고객 여정을 표 대신 카드로 표시</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Read the folder again (F5)</source>
        <translation>폴더 다시 읽기(F5)</translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s) in this folder.</source>
        <translation>
            <numerusform>이 폴더에 고객 여정이 %n개 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read; they are listed in red with the reason.</source>
        <translation>
            <numerusform>파일 %n개를 읽을 수 없습니다. 빨간색으로 이유와 함께 표시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No journeys (.waymark or .waymark.json files) in this folder.</source>
        <translation>이 폴더에 고객 여정(.waymark 또는 .waymark.json 파일)이 없습니다.</translation>
    </message>
    <message>
        <source>Reading the journeys…</source>
        <translation>고객 여정 읽는 중…</translation>
    </message>
</context>
<context>
    <name>waymark::PortfolioModel</name>
    <message>
        <source>Cannot be read: %1</source>
        <translation>읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>No owner named</source>
        <translation>담당 미지정</translation>
    </message>
    <message>
        <source>No NPS data</source>
        <translation>NPS 데이터 없음</translation>
    </message>
    <message>
        <source>%1 %2 at risk</source>
        <translation>위험에 처한 가치 %1 %2</translation>
    </message>
    <message>
        <source>%1 stages, %2 cards</source>
        <translation>%1단계, 카드 %2개</translation>
    </message>
    <message>
        <source>Customer time: %1</source>
        <translation>고객 시간: %1</translation>
    </message>
    <message>
        <source>No opportunities yet</source>
        <translation>아직 개선 기회 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>아이디어 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>승인 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>진행 중 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>완료 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measured</source>
        <translation>
            <numerusform>효과 측정 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>고객 여정</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>마지막 저장</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Customer time</source>
        <translation>고객 시간</translation>
    </message>
    <message>
        <source>NPS ± margin</source>
        <translation>NPS ± 오차 범위</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>위험에 처한 CLV</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>미해결 댓글</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>개선 기회</translation>
    </message>
    <message>
        <source>Being done</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
</context>
<context>
    <name>waymark::PresentationMode</name>
    <message>
        <source>Untitled stage</source>
        <translation>제목 없는 단계</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>단계 %1/%2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <source>The whole journey</source>
        <translation>전체 고객 여정</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>시간 종료</translation>
    </message>
    <message>
        <source>Time left %1</source>
        <translation>남은 시간 %1</translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation>%1에서 일시 정지됨</translation>
    </message>
</context>
<context>
    <name>waymark::PrioritiesDialog</name>
    <message>
        <source>Priorities: every opportunity</source>
        <translation>우선순위: 모든 개선 기회</translation>
    </message>
    <message>
        <source>Priorities: “%1”</source>
        <translation>우선순위: “%1”</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>순현재가치</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>투자 수익률</translation>
    </message>
    <message>
        <source>Payback (soonest first)</source>
        <translation>회수 기간(짧은 순)</translation>
    </message>
    <message>
        <source>The workshop's dots</source>
        <translation>워크숍 도트</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>순위 기준(&amp;R):</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>개선 기회</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>일회성 비용</translation>
    </message>
    <message>
        <source>Value per year</source>
        <translation>연간 가치</translation>
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
        <translation>회수 기간</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>도트</translation>
    </message>
    <message>
        <source>CLV at risk</source>
        <translation>위험에 처한 CLV</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>%1개월 차</translation>
    </message>
    <message numerus="yes">
        <source>not within %n year(s)</source>
        <translation>
            <numerusform>%n년 내 회수 불가</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::PropertiesDock</name>
    <message>
        <source>Properties</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>채널(&amp;H):</translation>
    </message>
    <message>
        <source>The department that owns this step</source>
        <translation>이 단계를 담당하는 부서</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>부서(&amp;P):</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>시간(&amp;I):</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>예: %1</translation>
    </message>
    <message>
        <source>What this step costs the customer</source>
        <translation>이 단계에서 고객이 부담하는 비용</translation>
    </message>
    <message>
        <source>Currency (ISO 4217 code)</source>
        <translation>통화(ISO 4217 코드)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>&amp;Money:</source>
        <translation>금액(&amp;M):</translation>
    </message>
    <message>
        <source>Negative emotion: 0 none, 10 worst</source>
        <translation>부정적 감정: 0 없음, 10 최악</translation>
    </message>
    <message>
        <source>Negative emotion</source>
        <translation>부정적 감정</translation>
    </message>
    <message>
        <source>Negative &amp;emotion:</source>
        <translation>부정적 감정(&amp;E):</translation>
    </message>
    <message>
        <source>P&amp;ain point</source>
        <translation>페인 포인트(&amp;A)</translation>
    </message>
    <message>
        <source>This step hurts the customer</source>
        <translation>이 단계에서 고객이 불편을 겪습니다</translation>
    </message>
    <message>
        <source>Moment of t&amp;ruth</source>
        <translation>진실의 순간(&amp;R)</translation>
    </message>
    <message>
        <source>A step that decides whether the customer stays</source>
        <translation>고객이 계속 머물지를 결정하는 단계</translation>
    </message>
    <message>
        <source>Imported survey (NPS) rows attach to the card through this key</source>
        <translation>가져온 설문 조사(NPS) 행이 이 키를 통해 카드에 연결됩니다</translation>
    </message>
    <message>
        <source>Data &amp;key:</source>
        <translation>데이터 키(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected</source>
        <translation>
            <numerusform>카드 %n개 선택됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card to edit it</source>
        <translation>편집할 카드를 선택하세요</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Change card title</source>
        <translation>카드 제목 변경</translation>
    </message>
    <message>
        <source>Change card description</source>
        <translation>카드 설명 변경</translation>
    </message>
    <message>
        <source>Change card channel</source>
        <translation>카드 채널 변경</translation>
    </message>
    <message>
        <source>Change card department</source>
        <translation>카드 부서 변경</translation>
    </message>
    <message>
        <source>Change card time</source>
        <translation>카드 시간 변경</translation>
    </message>
    <message>
        <source>Change card cost</source>
        <translation>카드 비용 변경</translation>
    </message>
    <message>
        <source>Change card currency</source>
        <translation>카드 통화 변경</translation>
    </message>
    <message>
        <source>Change negative emotion</source>
        <translation>부정적 감정 변경</translation>
    </message>
    <message>
        <source>Mark card as pain point</source>
        <translation>카드를 페인 포인트로 표시</translation>
    </message>
    <message>
        <source>Unmark card as pain point</source>
        <translation>카드의 페인 포인트 표시 해제</translation>
    </message>
    <message>
        <source>Mark card as moment of truth</source>
        <translation>카드를 진실의 순간으로 표시</translation>
    </message>
    <message>
        <source>Unmark card as moment of truth</source>
        <translation>카드의 진실의 순간 표시 해제</translation>
    </message>
    <message>
        <source>Change card data key</source>
        <translation>카드 데이터 키 변경</translation>
    </message>
    <message>
        <source>Change card notes</source>
        <translation>카드 메모 변경</translation>
    </message>
    <message>
        <source>Edit system card</source>
        <translation>시스템 카드 편집</translation>
    </message>
    <message>
        <source>e.g. 90, 1h 30m or 3 days</source>
        <translation>예: 90, 1시간 30분 또는 3일</translation>
    </message>
    <message>
        <source>How long this step takes the customer: minutes (90), hours and minutes (1h 30m), h:mm (1:30), or days and weeks for waits (3 days, 1w 2d; a day is 24 hours)</source>
        <translation>이 단계에 고객이 쓰는 시간: 분(90), 시간과 분(1시간 30분), h:mm(1:30), 대기 시간은 일과 주(3일, 1주 2일, 하루는 24시간)</translation>
    </message>
    <message>
        <source>Details in:</source>
        <translation>세부 여정:</translation>
    </message>
    <message>
        <source>Remove linked journey</source>
        <translation>연결된 고객 여정 제거</translation>
    </message>
    <message>
        <source>Link a journey</source>
        <translation>고객 여정 연결</translation>
    </message>
    <message>
        <source>Rests &amp;on:</source>
        <translation>근거(&amp;O):</translation>
    </message>
    <message>
        <source>Change what the card rests on</source>
        <translation>카드 근거 변경</translation>
    </message>
    <message>
        <source>Change a persona's negative emotion</source>
        <translation>페르소나의 부정적 감정 변경</translation>
    </message>
    <message>
        <source>Change who the step happens to</source>
        <translation>단계를 겪는 대상 변경</translation>
    </message>
    <message>
        <source>What %1 feels here (the card's own: %2)</source>
        <translation>%1이(가) 여기서 느끼는 감정(카드 자체: %2)</translation>
    </message>
    <message>
        <source>Pict&amp;ures:</source>
        <translation>사진(&amp;U):</translation>
    </message>
</context>
<context>
    <name>waymark::PublishDialog</name>
    <message>
        <source>Publish to Server</source>
        <translation>서버에 게시</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; goes to a PostgreSQL database your company runs. Everyone who opens it from there edits it live from their own laptop; what each person may do is set by the database's roles. Your file stays as it is.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;을(를) 회사의 PostgreSQL 데이터베이스에 올립니다. 그곳에서 여는 모든 사람이 각자의 노트북에서 실시간으로 함께 편집하며, 각자 할 수 있는 일은 데이터베이스 역할이 정합니다. 내 파일은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>게시(&amp;P)</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>%1에 게시하는 중…</translation>
    </message>
</context>
<context>
    <name>waymark::ReplayReportDialog</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>on</source>
        <translation>켬</translation>
    </message>
    <message>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>another value</source>
        <translation>다른 값</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>a dot</source>
        <translation>투표 점</translation>
    </message>
    <message>
        <source>the new card</source>
        <translation>새 카드</translation>
    </message>
    <message>
        <source>the deletion</source>
        <translation>삭제</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made while offline reached the server</source>
        <translation>
            <numerusform>오프라인에서 만든 변경 %n개가 서버에 전달되었습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>다시 연결됨</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n met changes by others (see the report)</source>
        <translation>
            <numerusform>%1. 그중 %n개는 다른 사람의 변경과 겹쳤습니다(보고서 참조)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n still wait for the connection</source>
        <translation>
            <numerusform>%1. %n개는 아직 연결을 기다립니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Yours: %1 (theirs was %2)</source>
        <translation>내 변경: %1(상대 변경은 %2)</translation>
    </message>
    <message>
        <source>Theirs: %1 (yours was %2)</source>
        <translation>상대 변경: %1(내 변경은 %2)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message>
        <source>Changes made offline</source>
        <translation>오프라인에서 만든 변경</translation>
    </message>
    <message>
        <source>What</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>변경한 사람</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>남은 값</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>a dot taken back</source>
        <translation>회수한 점</translation>
    </message>
    <message>
        <source>adding it</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>removing it</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>closing or reopening it</source>
        <translation>마감 또는 다시 열기</translation>
    </message>
    <message>
        <source>resolving or reopening it</source>
        <translation>해결 또는 다시 열기</translation>
    </message>
    <message>
        <source>the colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>Stage “%1”</source>
        <translation>단계 “%1”</translation>
    </message>
    <message>
        <source>Lane “%1”</source>
        <translation>레인 “%1”</translation>
    </message>
    <message>
        <source>Department “%1”</source>
        <translation>부서 “%1”</translation>
    </message>
    <message>
        <source>Vote “%1”</source>
        <translation>투표 “%1”</translation>
    </message>
    <message>
        <source>Dot on “%1”</source>
        <translation>“%1”의 점</translation>
    </message>
    <message>
        <source>Comment “%1”</source>
        <translation>댓글 “%1”</translation>
    </message>
    <message>
        <source>Arrow “%1”</source>
        <translation>화살표 “%1”</translation>
    </message>
    <message>
        <source>Persona “%1”</source>
        <translation>페르소나 “%1”</translation>
    </message>
    <message>
        <source>Participant “%1”</source>
        <translation>참가자 “%1”</translation>
    </message>
    <message>
        <source>While you were offline, others changed some of the same things. Where both changed one field, the change made later stays. What was not saved says why.</source>
        <translation>오프라인인 동안 다른 사람들이 같은 항목 일부를 변경했습니다. 같은 필드를 둘 다 변경한 경우 나중의 변경이 남습니다. 저장되지 않은 항목에는 이유가 표시됩니다.</translation>
    </message>
    <message>
        <source>Card or item</source>
        <translation>카드 또는 대상</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>the currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>the setting “%1”</source>
        <translation>설정 “%1”</translation>
    </message>
    <message>
        <source>ticking it off or reopening it</source>
        <translation>완료 표시 또는 취소</translation>
    </message>
    <message>
        <source>its figures</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>its opportunities</source>
        <translation>포함된 개선 기회</translation>
    </message>
    <message>
        <source>Agenda step “%1”</source>
        <translation>의제 항목 “%1”</translation>
    </message>
    <message>
        <source>Opportunity “%1”</source>
        <translation>개선 기회 “%1”</translation>
    </message>
    <message>
        <source>Scenario “%1”</source>
        <translation>시나리오 “%1”</translation>
    </message>
    <message>
        <source>Journey “%1”</source>
        <translation>고객 여정 “%1”</translation>
    </message>
</context>
<context>
    <name>waymark::ServerAddressForm</name>
    <message>
        <source>postgresql://HOST[:PORT]/DATABASE, or postgresql://USER@HOST/DATABASE. The password comes from ~/.pgpass, or Waymark asks for it; it is never saved.</source>
        <translation>postgresql://호스트[:포트]/데이터베이스 또는 postgresql://사용자@호스트/데이터베이스. 비밀번호는 ~/.pgpass에서 읽거나 Waymark가 묻습니다. 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>Shown to the others next to the changes you make</source>
        <translation>내가 바꾼 내용 옆에 다른 사람에게 표시됩니다</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>서버 URL(&amp;U):</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>내 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Type the server's address, for example postgresql://db.example.com/workshops.</source>
        <translation>서버 주소를 입력하세요. 예: postgresql://db.example.com/workshops</translation>
    </message>
    <message>
        <source>The address is not a PostgreSQL URL: %1
Write it as postgresql://HOST[:PORT]/DATABASE.</source>
        <translation>PostgreSQL URL이 아닙니다: %1
postgresql://호스트[:포트]/데이터베이스 형식으로 쓰세요.</translation>
    </message>
</context>
<context>
    <name>waymark::StageDialog</name>
    <message>
        <source>Stage Properties</source>
        <translation>단계 속성</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>What the customer is trying to do in this stage</source>
        <translation>이 단계에서 고객이 하려는 일</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>단계 변경</translation>
    </message>
</context>
<context>
    <name>waymark::StartPage</name>
    <message>
        <source>Welcome to Waymark</source>
        <translation>Waymark에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Map a customer's journey together with the people who serve it: stages as columns, lanes as rows, a card for every step. Start with one of these.</source>
        <translation>고객 여정을 그 고객을 응대하는 사람들과 함께 그려 보세요. 단계는 열, 레인은 행, 각 단계마다 카드를 하나씩 놓습니다. 다음 중 하나로 시작하세요.</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>새 고객 여정</translation>
    </message>
    <message>
        <source>An empty map with a few stages and lanes to rename</source>
        <translation>이름을 바꿀 단계와 레인 몇 개가 있는 빈 맵</translation>
    </message>
    <message>
        <source>Open the sample workshop</source>
        <translation>예제 워크숍 열기</translation>
    </message>
    <message>
        <source>A retail bank's "open an account" journey, filled in, to try everything on</source>
        <translation>모든 기능을 시험해 볼 수 있도록 채워 둔 소매 은행의 “계좌 개설” 고객 여정</translation>
    </message>
    <message>
        <source>Open a journey…</source>
        <translation>고객 여정 열기…</translation>
    </message>
    <message>
        <source>A .waymark or .waymark.json file</source>
        <translation>.waymark 또는 .waymark.json 파일</translation>
    </message>
    <message>
        <source>Recent journeys</source>
        <translation>최근 고객 여정</translation>
    </message>
    <message>
        <source>None yet: the journeys you open or save appear here.</source>
        <translation>아직 없음: 열거나 저장한 고객 여정이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>You can also drop a journey file, or a survey's CSV or Excel file, on this window.</source>
        <translation>고객 여정 파일이나 설문의 CSV 또는 Excel 파일을 이 창에 끌어다 놓아도 됩니다.</translation>
    </message>
    <message>
        <source>How a workshop goes</source>
        <translation>워크숍 진행 방법</translation>
    </message>
    <message>
        <source>Map the steps</source>
        <translation>단계 그리기</translation>
    </message>
    <message>
        <source>Name the stages the customer goes through and the lanes of who serves them, then add a card for every touchpoint: double-click a cell or press N.</source>
        <translation>고객이 거치는 단계와 고객을 응대하는 사람들의 레인에 이름을 붙인 다음, 터치포인트마다 카드를 추가하세요. 셀을 두 번 클릭하거나 N을 누르면 됩니다.</translation>
    </message>
    <message>
        <source>Add the effort</source>
        <translation>노력 입력</translation>
    </message>
    <message>
        <source>Give each card what it costs the customer: time, money, negative emotion. The heatmap shows where the journey hurts.</source>
        <translation>각 카드에 고객이 들이는 시간, 금액, 부정적 감정을 입력하세요. 히트맵에서 고객 여정의 어느 곳이 아픈지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>투표</translation>
    </message>
    <message>
        <source>Add the participants in the Workshop dock and let everyone spend their dots on the pain points that matter most.</source>
        <translation>워크숍 패널에서 참가자를 추가하고, 각자 가장 중요한 페인 포인트에 도트를 붙이게 하세요.</translation>
    </message>
    <message>
        <source>Make the business case</source>
        <translation>비즈니스 사례 만들기</translation>
    </message>
    <message>
        <source>Turn the top-voted pain points into opportunities with their costs and benefits, then export the PDF for the department heads.</source>
        <translation>가장 많은 표를 받은 페인 포인트를 비용과 효과가 담긴 개선 기회로 바꾼 다음, 부서장용 PDF를 내보내세요.</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>템플릿으로 시작…</translation>
    </message>
    <message>
        <source>Banking, telecom, insurance, online shop, public service, B2B software, or one of yours</source>
        <translation>은행, 통신, 보험, 온라인 쇼핑몰, 공공 서비스, B2B 소프트웨어 또는 직접 만든 템플릿</translation>
    </message>
</context>
<context>
    <name>waymark::SystemFields</name>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 년</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>How old the system is: old systems are where the technology gap shows</source>
        <translation>시스템 사용 연수: 오래된 시스템일수록 기술 격차가 드러납니다</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>사용 연수(&amp;G):</translation>
    </message>
    <message>
        <source>What it cannot do, e.g. no status updates, no e-signature</source>
        <translation>할 수 없는 일(예: 상태 알림 없음, 전자 서명 불가)</translation>
    </message>
    <message>
        <source>What it &amp;cannot do:</source>
        <translation>할 수 없는 일(&amp;C):</translation>
    </message>
    <message>
        <source>Tick the touchpoints this system is behind</source>
        <translation>이 시스템이 뒷받침하는 터치포인트를 선택하세요</translation>
    </message>
    <message>
        <source>&amp;Supports:</source>
        <translation>지원 대상(&amp;S):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
</context>
<context>
    <name>waymark::TechGapDialog</name>
    <message>
        <source>Technology Gap</source>
        <translation>기술 격차</translation>
    </message>
    <message>
        <source>The systems behind the journey (cards in Systems lanes), those behind the most pain points first.</source>
        <translation>여정을 뒷받침하는 시스템(시스템 레인의 카드). 페인 포인트를 가장 많이 유발하는 시스템이 먼저 표시됩니다.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>사용 연수</translation>
    </message>
    <message>
        <source>What it cannot do</source>
        <translation>할 수 없는 일</translation>
    </message>
    <message>
        <source>Pain points it causes</source>
        <translation>유발하는 페인 포인트</translation>
    </message>
    <message>
        <source>Customer time there</source>
        <translation>해당 지점의 고객 시간</translation>
    </message>
    <message>
        <source>Opportunities replacing it</source>
        <translation>대체하는 개선 기회</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1년</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
</context>
<context>
    <name>waymark::TemplateCardDelegate</name>
    <message>
        <source>Cannot be used: %1</source>
        <translation>사용할 수 없음: %1</translation>
    </message>
    <message>
        <source>Stages: %1 · cards: %2</source>
        <translation>단계 %1개 · 카드 %2개</translation>
    </message>
    <message>
        <source>your template</source>
        <translation>내 템플릿</translation>
    </message>
</context>
<context>
    <name>waymark::TemplateGalleryDialog</name>
    <message>
        <source>New from Template</source>
        <translation>템플릿에서 새로 만들기</translation>
    </message>
    <message>
        <source>A map to adapt to your journey: its stages, lanes and departments, and typical cards with their effort. Rename, add or remove anything once it is open.</source>
        <translation>고객 여정에 맞게 고쳐 쓸 맵입니다. 단계, 레인, 부서와 노력이 입력된 대표 카드가 들어 있습니다. 연 다음에는 무엇이든 이름을 바꾸거나 추가하거나 삭제할 수 있습니다.</translation>
    </message>
    <message>
        <source>Search templates, e.g. claim or delivery</source>
        <translation>템플릿 검색(예: 사고, 배송)</translation>
    </message>
    <message>
        <source>Any journey can become a template (File → Save as Template…); yours are kept in %1.</source>
        <translation>어떤 고객 여정이든 템플릿으로 만들 수 있습니다(파일 → 템플릿으로 저장…). 내 템플릿은 %1에 보관됩니다.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>No template matches "%1".</source>
        <translation>“%1”에 맞는 템플릿이 없습니다.</translation>
    </message>
</context>
<context>
    <name>waymark::TimeboxWidget</name>
    <message>
        <source>Time left</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Length of the timebox in minutes</source>
        <translation>타임박스 길이(분)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Stop and put the full time back</source>
        <translation>정지하고 시간을 처음으로 되돌립니다</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
</context>
<context>
    <name>waymark::TouchpointNpsList</name>
    <message>
        <source>Touchpoint</source>
        <translation>터치포인트</translation>
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
        <translation>부서</translation>
    </message>
    <message>
        <source>95 %</source>
        <translation>95 %</translation>
    </message>
    <message>
        <source>95 % margin of error, in the figure's points</source>
        <translation>지표 점수 기준 95 % 오차 범위</translation>
    </message>
    <message>
        <source>95 % interval of the figure</source>
        <translation>지표의 95 % 신뢰 구간</translation>
    </message>
    <message>
        <source>Fewer than %1 answers: a weak signal</source>
        <translation>응답 %1건 미만: 신뢰도가 낮은 신호</translation>
    </message>
</context>
<context>
    <name>waymark::VoiceDock</name>
    <message>
        <source>“%1” — %2</source>
        <translation>“%1” — %2</translation>
    </message>
    <message>
        <source>What Customers Say</source>
        <translation>고객의 목소리</translation>
    </message>
    <message>
        <source>Selected card</source>
        <translation>선택한 카드</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>Comments of:</source>
        <translation>의견 범위:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>응답 범주:</translation>
    </message>
    <message>
        <source>Select Cards Where This Term Stands Out</source>
        <translation>이 용어가 두드러지는 카드 선택</translation>
    </message>
    <message>
        <source>Selects on the map every card whose comments (in this category) use the term distinctly often</source>
        <translation>이 범주에서 의견에 이 용어가 유독 자주 나오는 카드를 맵에서 모두 선택합니다</translation>
    </message>
    <message>
        <source>Click a term to read what customers wrote.</source>
        <translation>용어를 클릭하면 고객이 쓴 의견을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Search every comment…</source>
        <translation>모든 의견 검색…</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>모든 응답</translation>
    </message>
    <message>
        <source>Reading %L1 answers' comments…</source>
        <translation>응답 %L1개의 의견 읽는 중…</translation>
    </message>
    <message>
        <source>No survey answers with comments in this journey: import a file with a comment column (Data → Import Survey…).</source>
        <translation>이 고객 여정에는 의견이 달린 설문 응답이 없습니다. 의견 열이 있는 파일을 가져오세요(데이터 → 설문 가져오기…).</translation>
    </message>
    <message>
        <source>Comments are read when this panel is shown.</source>
        <translation>이 패널이 표시될 때 의견을 읽습니다.</translation>
    </message>
    <message>
        <source>This card has no data key, so no survey answers belong to it (set one in Properties).</source>
        <translation>이 카드에는 데이터 키가 없어 연결된 설문 응답이 없습니다(속성에서 설정하세요).</translation>
    </message>
    <message>
        <source>Select one card on the map, or choose a stage, segment or quarter above.</source>
        <translation>맵에서 카드 하나를 선택하거나, 위에서 단계, 세그먼트 또는 분기를 선택하세요.</translation>
    </message>
    <message>
        <source>No comments from %1 for “%2”.</source>
        <translation>“%2”에 대한 %1 의견이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n comment(s) from %2</source>
        <translation>
            <numerusform>“%1”: %2 의견 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>against %1 others.</source>
        <translation>다른 의견 %1개와 비교.</translation>
    </message>
    <message>
        <source>Nothing to compare them with: choose another category.</source>
        <translation>비교할 대상이 없습니다. 다른 범주를 선택하세요.</translation>
    </message>
    <message>
        <source>No word stands out (|z| ≥ 1.96, seen at least %1 times).</source>
        <translation>두드러지는 단어가 없습니다(|z| ≥ 1.96, %1회 이상 등장).</translation>
    </message>
    <message>
        <source>What customers wrote with “%1”:</source>
        <translation>고객이 “%1”을(를) 쓴 의견:</translation>
    </message>
    <message>
        <source>Type a word to find it in every comment, whatever the card or score.</source>
        <translation>카드나 점수와 관계없이 모든 의견에서 찾을 단어를 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) contain “%1”</source>
        <translation>
            <numerusform>“%1”이(가) 포함된 의견 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first %1 shown)</source>
        <translation>(처음 %1개 표시)</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>점수 %1</translation>
    </message>
    <message>
        <source>Comparing the comments…</source>
        <translation>의견 비교 중…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <source>Reading the %L1 survey answers… Their comments are shown here when they are read.</source>
        <translation>설문 응답 %L1개를 읽는 중… 다 읽으면 응답의 의견이 여기에 표시됩니다.</translation>
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
            <numerusform>“%1”: 이 의견에서 %n회, 다른 모든 의견에서 %2회. 로그 오즈 %3, z = %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::VoteBanner</name>
    <message>
        <source>%1 is voting — %2 of %3 dots left</source>
        <translation>%1 투표 중 — 도트 %3개 중 %2개 남음</translation>
    </message>
    <message>
        <source>Vote open, but nobody can vote: add people in the Workshop dock.</source>
        <translation>투표가 열렸지만 투표할 사람이 없습니다. 워크숍 패널에서 참가자를 추가하세요.</translation>
    </message>
    <message>
        <source>Vote open — who is voting? Press 1–9 or click a name in the Workshop dock.</source>
        <translation>투표 진행 중 — 누가 투표하나요? 1~9를 누르거나 워크숍 패널에서 이름을 클릭하세요.</translation>
    </message>
</context>
<context>
    <name>waymark::VotePanel</name>
    <message>
        <source>Start Vote…</source>
        <translation>투표 시작…</translation>
    </message>
    <message>
        <source>Close Vote</source>
        <translation>투표 종료</translation>
    </message>
    <message>
        <source>&amp;Results of:</source>
        <translation>결과 보기(&amp;R):</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>도트</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>The journey is open for review only: no vote can be started.</source>
        <translation>고객 여정이 검토용으로만 열려 있어 투표를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is still open: close it before starting another vote.</source>
        <translation>“%1” 투표가 아직 진행 중입니다. 다른 투표를 시작하기 전에 먼저 종료하세요.</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>투표 종료</translation>
    </message>
    <message>
        <source>No vote is open.</source>
        <translation>진행 중인 투표가 없습니다.</translation>
    </message>
    <message>
        <source>There are no results to export: the dots of an open hidden vote stay secret until it closes.</source>
        <translation>내보낼 결과가 없습니다. 비공개 투표의 도트는 투표가 종료될 때까지 공개되지 않습니다.</translation>
    </message>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>결과를 %1에 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Start Vote</source>
        <translation>투표 시작</translation>
    </message>
    <message>
        <source>Biggest pain points</source>
        <translation>가장 큰 페인 포인트</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Hide dots until the vote closes</source>
        <translation>투표가 끝날 때까지 도트 숨기기</translation>
    </message>
    <message>
        <source>Nobody follows the crowd: the dots appear on the map when the vote closes.</source>
        <translation>다른 사람을 따라 투표하지 않도록, 도트는 투표가 종료될 때 지도에 나타납니다.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Vote on:</source>
        <translation>투표 대상(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Dots per person:</source>
        <translation>1인당 도트 수(&amp;D):</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>제한 시간(&amp;L):</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) on the map can get dots.</source>
        <translation>
            <numerusform>지도에서 도트를 붙일 수 있는 카드는 %Ln개입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Export Vote Results</source>
        <translation>투표 결과 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV 내보내기</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>QDateTime format of a vote's start</comment>
        <translation>M월 d일 HH:mm</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (open)</source>
        <translation>%1 — %2 (진행 중)</translation>
    </message>
    <message numerus="yes">
        <source>Open: %1 — %2, %Ln dot(s) each.</source>
        <translation>
            <numerusform>진행 중: %1 — %2, 1인당 도트 %Ln개.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dots stay hidden until the vote closes.</source>
        <translation>투표가 종료될 때까지 도트는 보이지 않습니다.</translation>
    </message>
    <message>
        <source>Click cards on the map to place the dots of whoever has the floor; right-click takes one back.</source>
        <translation>지도에서 카드를 클릭하면 발언권이 있는 참가자의 도트가 붙습니다. 오른쪽 클릭하면 도트를 하나 뗍니다.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 left</source>
        <translation>%1: %3개 중 %2개 남음</translation>
    </message>
    <message>
        <source>=%1</source>
        <comment>a rank shared by several cards</comment>
        <translation>공동 %1</translation>
    </message>
    <message>
        <source>No votes yet. Start one to find the pain points the room cares about most.</source>
        <translation>아직 투표가 없습니다. 투표를 시작해 참가자들이 가장 중요하게 여기는 페인 포인트를 찾아보세요.</translation>
    </message>
    <message>
        <source>No dots yet.</source>
        <translation>아직 도트가 없습니다.</translation>
    </message>
    <message>
        <source>Opportunities from Top Cards…</source>
        <translation>상위 카드로 개선 기회 만들기…</translation>
    </message>
    <message>
        <source>Turn the cards with the most dots into opportunities for the business case</source>
        <translation>도트를 가장 많이 받은 카드를 비즈니스 케이스용 개선 기회로 바꿉니다</translation>
    </message>
    <message>
        <source>There is no vote to take the top cards from.</source>
        <translation>상위 카드를 가져올 투표가 없습니다.</translation>
    </message>
    <message>
        <source>Opportunities from Top Cards</source>
        <translation>상위 카드로 개선 기회 만들기</translation>
    </message>
    <message>
        <source>One opportunity for each of the top cards of “%1” (cards that have one already are skipped). How many cards?</source>
        <translation>“%1”의 상위 카드마다 개선 기회를 하나씩 만듭니다(이미 있는 카드는 건너뜀). 카드를 몇 장 사용할까요?</translation>
    </message>
    <message>
        <source>The room</source>
        <comment>the participant standing for everyone when the room votes as one</comment>
        <translation>전체 참석자</translation>
    </message>
    <message>
        <source>Start vote as the room</source>
        <translation>전체 참석자로 투표 시작</translation>
    </message>
    <message>
        <source>Nobody is on the participants list yet. Who votes?</source>
        <translation>아직 참가자 목록에 아무도 없습니다. 누가 투표하나요?</translation>
    </message>
    <message>
        <source>The &amp;room, as one: a shared budget of dots, placed by clicking cards</source>
        <translation>전체 참석자가 함께(&amp;R): 공동 도트 예산을 카드를 클릭해 붙입니다</translation>
    </message>
    <message>
        <source>&amp;Add participants first, each with their own dots</source>
        <translation>먼저 참가자 추가(&amp;A): 각자 자기 도트를 가짐</translation>
    </message>
    <message>
        <source>&amp;Dots for the room:</source>
        <translation>전체 참석자 도트 수(&amp;D):</translation>
    </message>
</context>
<context>
    <name>waymark::WorkshopCanvas</name>
    <message>
        <source>A vote is open: choose who is voting (Workshop dock, or keys 1–9), then click cards.</source>
        <translation>투표가 진행 중입니다. 투표할 사람을 선택한 다음(워크숍 도크 또는 1–9 키) 카드를 클릭하세요.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 dots left</source>
        <translation>%1: 도트 %3개 중 %2개 남음</translation>
    </message>
</context>
<context>
    <name>waymark::WorkshopDock</name>
    <message>
        <source>Workshop</source>
        <translation>워크숍</translation>
    </message>
    <message>
        <source>People</source>
        <translation>참가자</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>투표</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>아젠다</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>타이머</translation>
    </message>
    <message numerus="yes">
        <source>Connected now (%n): %1</source>
        <translation>
            <numerusform>지금 연결된 사람 (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone who has this shared journey open at the moment</source>
        <translation>지금 이 공유 고객 여정을 열어 둔 모든 사람</translation>
    </message>
</context>
</TS>
