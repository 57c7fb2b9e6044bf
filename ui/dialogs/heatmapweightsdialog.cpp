#include "heatmapweightsdialog.h"

#include "commands/editjourneysettings.h"
#include "journeydocument.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace waymark {

namespace {

QDoubleSpinBox *spinBox(const QString &name, double maximum, double step, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0.0, maximum); // weights and values are never negative
    box->setDecimals(2);
    box->setSingleStep(step);
    box->setAccelerated(true);
    return box;
}

} // namespace

HeatmapWeightsDialog::HeatmapWeightsDialog(const EffortWeights &current, const QString &currency, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Heatmap Weights"));
    auto *form = new QFormLayout(this);

    auto *explanation = new QLabel(tr("Weighted cost in %1 = time weight × hours × hour value + money weight × amount "
                                      "+ emotion weight × emotion (0–10) × point value. Cards in other currencies "
                                      "count by time and emotion only.")
                                       .arg(currency),
                                   this);
    explanation->setObjectName(QStringLiteral("formula"));
    explanation->setWordWrap(true);
    form->addRow(explanation);

    mTime = spinBox(QStringLiteral("weightTime"), 100.0, 0.1, this);
    form->addRow(tr("&Time weight:"), mTime);
    mMoney = spinBox(QStringLiteral("weightMoney"), 100.0, 0.1, this);
    form->addRow(tr("&Money weight:"), mMoney);
    mEmotion = spinBox(QStringLiteral("weightEmotion"), 100.0, 0.1, this);
    form->addRow(tr("&Emotion weight:"), mEmotion);

    // The currency code as suffix: the values are amounts of the journey's own currency.
    const QString suffix = QLatin1Char(' ') + currency;
    mHourValue = spinBox(QStringLiteral("hourValue"), 1'000'000.0, 1.0, this);
    mHourValue->setSuffix(suffix);
    mHourValue->setToolTip(tr("What an hour of the customer's time is worth"));
    form->addRow(tr("Value of the customer's &hour:"), mHourValue);
    mEmotionPointValue = spinBox(QStringLiteral("emotionPointValue"), 1'000'000.0, 1.0, this);
    mEmotionPointValue->setSuffix(suffix);
    mEmotionPointValue->setToolTip(tr("What one point of negative emotion (on the 0–10 scale) is worth"));
    form->addRow(tr("Value of one emotion &point:"), mEmotionPointValue);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults,
                                         this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setWeights(EffortWeights()); });

    setWeights(current);
    resize(440, sizeHint().height());
}

EffortWeights HeatmapWeightsDialog::weights() const
{
    EffortWeights result;
    result.time = mTime->value();
    result.money = mMoney->value();
    result.emotion = mEmotion->value();
    result.hourValue = mHourValue->value();
    result.emotionPointValue = mEmotionPointValue->value();
    return result;
}

void HeatmapWeightsDialog::setWeights(const EffortWeights &weights)
{
    mTime->setValue(weights.time);
    mMoney->setValue(weights.money);
    mEmotion->setValue(weights.emotion);
    mHourValue->setValue(weights.hourValue);
    mEmotionPointValue->setValue(weights.emotionPointValue);
}

std::optional<EffortWeights> HeatmapWeightsDialog::edit(QWidget *parent, const EffortWeights &current, const QString &currency)
{
    HeatmapWeightsDialog dialog(current, currency, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.weights();
}

bool editHeatmapWeights(QWidget *parent, JourneyDocument *document)
{
    const Journey &journey = document->journey();
    HeatmapWeightsDialog dialog(EffortWeights::fromSettings(journey.settings), journey.currency, parent);
    // Compared with what the spin boxes showed (rounded to their decimals), so OK without a
    // change leaves no undo step that does nothing visible.
    const EffortWeights shown = dialog.weights();
    if (dialog.exec() != QDialog::Accepted || dialog.weights() == shown)
        return false;
    document->push(new EditJourneySettings(document, dialog.weights().toSettings(),
                                           HeatmapWeightsDialog::tr("Change heatmap weights")));
    return true;
}

} // namespace waymark
