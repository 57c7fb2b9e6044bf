#pragma once

#include "effortscore.h"

#include <QDialog>

#include <optional>

class QDoubleSpinBox;

namespace waymark {

class JourneyDocument;

// Edits the weights of the heatmap's weighted cost: how much time, money and negative
// emotion count, and what an hour and an emotion point are worth in the journey currency.
class HeatmapWeightsDialog : public QDialog
{
    Q_OBJECT
public:
    HeatmapWeightsDialog(const EffortWeights &current, const QString &currency, QWidget *parent = nullptr);

    EffortWeights weights() const;
    void setWeights(const EffortWeights &weights);

    // Shows the dialog; the entered weights on OK, nullopt on Cancel.
    static std::optional<EffortWeights> edit(QWidget *parent, const EffortWeights &current, const QString &currency);

private:
    QDoubleSpinBox *mTime;
    QDoubleSpinBox *mMoney;
    QDoubleSpinBox *mEmotion;
    QDoubleSpinBox *mHourValue;
    QDoubleSpinBox *mEmotionPointValue;
};

// Edits the document's heatmap weights and, when the user changed them, pushes one
// EditJourneySettings ("Change heatmap weights"). True when something was pushed.
bool editHeatmapWeights(QWidget *parent, JourneyDocument *document);

} // namespace waymark
