#include "maplegendcontent.h"

#include "dataoverlay.h"
#include "heatscale.h"
#include "journeydocument.h"
#include "journeyscene.h"

#include <QCoreApplication>

namespace waymark {

namespace {
struct LegendText {
    Q_DECLARE_TR_FUNCTIONS(MapLegend)
};
} // namespace

QString heatLowText(const EffortHeatScale &scale, const QString &currency)
{
    const QString value = formatEffortScore(scale.low, scale.dimension, currency);
    return scale.cappedBelow ? LegendText::tr("≤ %1", "the capped low end of the heat scale").arg(value) : value;
}

QString heatHighText(const EffortHeatScale &scale, const QString &currency)
{
    const QString value = formatEffortScore(scale.high, scale.dimension, currency);
    return scale.cappedAbove ? LegendText::tr("≥ %1", "the capped high end of the heat scale").arg(value) : value;
}

MapLegendContent mapLegendContent(JourneyScene &scene)
{
    MapLegendContent content;
    JourneyDocument *document = scene.document();
    if (!document)
        return content;
    const Journey &journey = document->journey();
    UuidSet owners;
    for (const Touchpoint &card : journey.touchpoints) {
        content.momentOfTruth = content.momentOfTruth || card.momentOfTruth;
        content.painPoint = content.painPoint || card.painPoint;
        content.effortPills = content.effortPills || card.effort.minutes > 0 || card.effort.money.hundredths > 0;
        if (!card.departmentId.isNull())
            owners.insert(card.departmentId);
    }
    for (const Department &department : journey.departments)
        if (owners.contains(department.id))
            content.departments.append({department.name, department.colour});
    content.emotion = !journey.touchpoints.empty();

    const DataOverlay &overlay = scene.dataOverlay();
    if (!overlay.cards.isEmpty())
        content.badge = *overlay.cards.cbegin();
    else if (!overlay.stages.isEmpty())
        content.badge = *overlay.stages.cbegin();
    if (content.badge) {
        // The example is about the kind of badge, not one card's figure: a plain, trusted one.
        content.badge->lowConfidence = false;
    }
    if (!overlay.clvAtRisk.isEmpty())
        content.clvAtRisk = *overlay.clvAtRisk.cbegin();
    if (!overlay.clvReading.isEmpty())
        content.clvWaiting = clvWaitingExplanation(overlay);
    if (!overlay.evidence.isEmpty()) {
        content.evidence = true;
        content.measuredPainPointPercent = journeyEvidence(journey, document->statistics()).measuredPainPointPercent();
    }

    const WorkshopMarks &marks = scene.workshopMarks();
    content.voteRing = !marks.eligible.isEmpty();
    for (const QList<QColor> &dots : marks.dots) {
        for (const QColor &colour : dots)
            if (!content.voteDots.contains(colour) && content.voteDots.size() < 3)
                content.voteDots.append(colour);
    }
    content.authors = !marks.authors.isEmpty();
    content.openComments = !marks.openComments.isEmpty();

    const HeatmapChoice &heat = scene.heatmap();
    if (!heat.isOff()) {
        content.heatName = heat.name();
        if (heat.isMetric()) {
            content.heatLow = scene.heatScale().lowestText();
            content.heatHigh = scene.heatScale().highestText();
            content.heatHotFirst = true;
            content.heatHatched = scene.heatHasSmallSamples();
        } else if (!scene.heatEffortScale().isEmpty()) {
            content.heatLow = heatLowText(scene.heatEffortScale(), journey.currency);
            content.heatHigh = heatHighText(scene.heatEffortScale(), journey.currency);
        }
    }
    return content;
}

} // namespace waymark
