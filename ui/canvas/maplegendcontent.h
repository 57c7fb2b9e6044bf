#pragma once

#include "npsbadgeitem.h"

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

namespace waymark {

class JourneyScene;

// What the on-canvas legend explains: only the marks the canvas shows now, with the layers
// that are on (a star only when some card is a moment of truth, NPS pills only with the NPS
// layer, the heat scale with its end values only while the heatmap is on).
struct MapLegendContent {
    struct Owner {
        QString name;
        QColor colour;
        bool operator==(const Owner &) const = default;
    };
    bool momentOfTruth = false;
    bool painPoint = false;
    QList<Owner> departments; // departments that own a card on the map (its left bar's colour)
    bool emotion = false;     // effort shown on the cards: the numbered emotion disc
    bool effortPills = false; // some card has a time or money pill
    std::optional<NpsBadge> badge; // an example of the metric badges on the map
    QString clvAtRisk;             // an example amount ("EUR 110k"); empty: no CLV layer
    QString clvWaiting;            // what CLV at risk waits for (reading, fitting, matching); empty: nothing
    bool evidence = false;         // the evidence layer's bars
    int measuredPainPointPercent = -1; // of pain points resting on measured data; −1: no pain points
    // The heatmap: its name, its end values as people read them, the hot end on the left
    // (metrics: their worst, lowest figure), and whether small samples are hatched.
    QString heatName;
    QString heatLow;
    QString heatHigh;
    bool heatHotFirst = false;
    bool heatHatched = false;
    // The workshop's marks: the ring around the cards an open vote is about, vote dots (a few
    // voters' colours), who wrote a card, open comment threads.
    bool voteRing = false;
    QList<QColor> voteDots;
    bool authors = false;
    bool openComments = false;

    bool isEmpty() const { return *this == MapLegendContent(); }
    bool operator==(const MapLegendContent &) const = default;
};

MapLegendContent mapLegendContent(JourneyScene &scene);

// The ends of the effort heat scale as the legend writes them, e.g. "≤ 5 min" and "≥ 50 min"
// (a capped end says so), "0/10" and "10/10" for emotion.
struct EffortHeatScale;
QString heatLowText(const EffortHeatScale &scale, const QString &currency);
QString heatHighText(const EffortHeatScale &scale, const QString &currency);

} // namespace waymark
