// With every data layer on, the map must read cleanly (issue 18, item 1): each pill has a slot
// of its own on its card or stage header, no two pills overlap, none covers a title, a mark or
// the effort pills, and no arrow runs through a card.
#include "canvas/carditem.h"
#include "canvas/connectionitem.h"
#include "canvas/dataoverlay.h"
#include "canvas/headeritems.h"
#include "canvas/journeyscene.h"
#include "canvas/npsbadgeitem.h"
#include "data/statisticscache.h"
#include "format/journeyfiles.h"
#include "journeydocument.h"
#include "testjourneys.h"
#include "text/commentcorpuscache.h"
#include "text/touchpointcomplaints.h"

#include <QTest>

using namespace waymark;

namespace {

// The sample with survey answers that carry comments and the customers' lifetime values:
// NPS, CLV at risk and the top complaint on most cards.
Journey sampleWithEveryLayer()
{
    FormatError error;
    auto journey = readJourneyFile(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json"), &error);
    if (!journey)
        qFatal("cannot read the sample journey");
    journey->datasets.emplace_back(test::importedDataset(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-comments.csv"),
                                                         QStringLiteral("nps")));
    journey->datasets.emplace_back(test::importedDataset(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-clv.csv"),
                                                         QStringLiteral("clv")));
    return *journey;
}

DataOverlay everyLayer(const Journey &journey)
{
    StatisticsCache cache;
    DataOverlay overlay = dataOverlay(journey, cache, QStringLiteral("nps"), true, true);
    const DatasetRef *comments = commentDataset(journey);
    const auto corpus = CommentCorpusCache::corpus((*comments)->answers.shared());
    const auto terms = topComplaintTerms(**comments, corpus);
    for (const Touchpoint &card : journey.touchpoints)
        if (terms->contains(card.dataKey))
            overlay.complaints.insert(card.id, terms->value(card.dataKey));
    return overlay;
}

QList<NpsBadgeItem *> pillsOf(QGraphicsItem *item)
{
    QList<NpsBadgeItem *> pills;
    for (QGraphicsItem *child : item->childItems())
        if (auto *pill = dynamic_cast<NpsBadgeItem *>(child))
            pills << pill;
    return pills;
}

QString describe(const QRectF &r)
{
    return QStringLiteral("(%1,%2 %3×%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

} // namespace

class TestOverlayLayout : public QObject
{
    Q_OBJECT

private slots:
    void pillsHaveSlotsOfTheirOwn()
    {
        JourneyDocument document(sampleWithEveryLayer());
        JourneyScene scene;
        scene.setDocument(&document);
        const DataOverlay overlay = everyLayer(document.journey());
        QVERIFY(overlay.cards.size() >= 10);
        QVERIFY(overlay.clvAtRisk.size() >= 10);
        QVERIFY(overlay.complaints.size() >= 5);
        QVERIFY(!overlay.stages.isEmpty());
        scene.setDataOverlay(overlay);
        scene.ensureLayout();

        QList<QPair<QString, QRectF>> pills; // every pill in the scene, named for the message
        int cardsWithThreePills = 0;
        for (const Touchpoint &card : document.journey().touchpoints) {
            CardItem *item = scene.cardItem(card.id);
            QVERIFY(item);
            const QRectF body = item->mapRectToScene(QRectF(QPointF(0, 0), scene.canvasLayout().cardRect(card.id).size()));
            const QList<QRectF> taken{item->mapRectToScene(item->titleRect()), item->mapRectToScene(item->effortRowRect()),
                                      item->mapRectToScene(item->marksRect())};
            const QList<NpsBadgeItem *> own = pillsOf(item);
            cardsWithThreePills += own.size() == 3 ? 1 : 0;
            for (NpsBadgeItem *pill : own) {
                const QRectF rect = pill->sceneBoundingRect();
                const QString name = card.title + QStringLiteral(": ") + pill->text();
                QVERIFY2(body.contains(rect), qPrintable(name + describe(rect) + QStringLiteral(" outside its card ") + describe(body)));
                for (const QRectF &other : taken)
                    QVERIFY2(!other.isValid() || !rect.intersects(other), qPrintable(name + QStringLiteral(" covers the card's text or marks")));
                pills.append({name, rect});
            }
        }
        QVERIFY2(cardsWithThreePills >= 5, "the test needs cards with a figure, a CLV and a complaint at once");
        for (int s = 0; s < int(document.journey().stages.size()); ++s) {
            HeaderItem *header = scene.stageHeader(s);
            for (NpsBadgeItem *pill : pillsOf(header)) {
                const QRectF rect = pill->sceneBoundingRect();
                const QString name = header->text() + QStringLiteral(": ") + pill->text();
                QVERIFY2(header->rect().contains(rect), qPrintable(name + QStringLiteral(" outside its header")));
                QVERIFY2(!rect.intersects(header->titleRect()), qPrintable(name + QStringLiteral(" covers the stage name")));
                pills.append({name, rect});
            }
        }
        for (int i = 0; i < pills.size(); ++i)
            for (int j = i + 1; j < pills.size(); ++j)
                QVERIFY2(!pills[i].second.intersects(pills[j].second), qPrintable(pills[i].first + QStringLiteral(" overlaps ") + pills[j].first));

        // Off again: the cards and headers give the room back.
        const qreal tall = scene.canvasLayout().metrics().cardHeight;
        scene.setDataOverlay({});
        QCOMPARE(scene.canvasLayout().metrics().cardHeight, tall - 2 * scene.canvasLayout().metrics().dataRowHeight);
        QCOMPARE(scene.canvasLayout().metrics().headerRowHeight, CanvasMetrics().headerRowHeight);
    }

    void arrowsRunBetweenCardsNeverThroughThem()
    {
        JourneyDocument document(sampleWithEveryLayer());
        JourneyScene scene;
        scene.setDocument(&document);
        scene.setDataOverlay(everyLayer(document.journey()));
        scene.ensureLayout();
        const Journey &journey = document.journey();
        QVERIFY(journey.connections.size() >= 5);
        int checked = 0;
        for (QGraphicsItem *item : scene.items()) {
            auto *arrow = dynamic_cast<ConnectionItem *>(item);
            if (!arrow)
                continue;
            const Connection *connection = nullptr;
            for (const Connection &c : journey.connections)
                if (c.id == arrow->id())
                    connection = &c;
            QVERIFY(connection);
            const QPainterPath path = arrow->mapToScene(arrow->path());
            for (const Touchpoint &card : journey.touchpoints) {
                const bool end = card.id == connection->fromId || card.id == connection->toId;
                // Its own two cards: the arrow starts and ends on their edges, never inside.
                const QRectF body = scene.canvasLayout().cardRect(card.id).adjusted(end ? 1 : -1, end ? 1 : -1, end ? -1 : 1, end ? -1 : 1);
                for (int step = 0; step <= 1000; ++step) {
                    const QPointF p = path.pointAtPercent(step / 1000.0);
                    QVERIFY2(!body.contains(p), qPrintable(QStringLiteral("the arrow %1 → %2 runs through “%3” at %4,%5")
                                                               .arg(journey.touchpoint(connection->fromId)->title,
                                                                    journey.touchpoint(connection->toId)->title, card.title)
                                                               .arg(p.x())
                                                               .arg(p.y())));
                }
            }
            ++checked;
        }
        QCOMPARE(checked, int(journey.connections.size()));
    }
};

QTEST_MAIN(TestOverlayLayout)
#include "tst_overlaylayout.moc"
