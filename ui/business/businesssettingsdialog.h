#pragma once

#include "business/businesssettings.h"
#include "journey.h"

#include <QDialog>
#include <QHash>

#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QSpinBox;

namespace waymark {

class JourneyDocument;

// What the business case needs from the workshop besides the opportunities: how many
// customers go through the journey (and through stages that differ), what the customer's
// hour is worth, what a contact costs on each channel, and how far ahead and at what
// discount rate to count. Amounts in the journey's currency.
class BusinessSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    BusinessSettingsDialog(const Journey &journey, const BusinessSettings &current, QWidget *parent = nullptr);

    BusinessSettings settings() const;
    void setSettings(const BusinessSettings &settings);

    QDoubleSpinBox *customersBox() const { return mCustomers; }
    QDoubleSpinBox *hourValueBox() const { return mHourValue; }
    QSpinBox *horizonBox() const { return mHorizon; }
    QDoubleSpinBox *discountRateBox() const { return mDiscountRate; }
    QDoubleSpinBox *contactCostBox(Channel channel) const { return mContactCost.value(channel); }
    QCheckBox *stageOverrideBox(const QUuid &stageId) const { return mStageOverride.value(stageId); }
    QDoubleSpinBox *stageCustomersBox(const QUuid &stageId) const { return mStageCustomers.value(stageId); }
    QComboBox *scenarioBox() const { return mScenario; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeChannels(int columns);

    BusinessSettings mGiven; // keeps what the dialog does not show (figures of deleted stages)
    QDoubleSpinBox *mCustomers;
    UuidHash<QCheckBox *> mStageOverride;
    UuidHash<QDoubleSpinBox *> mStageCustomers;
    QDoubleSpinBox *mHourValue;
    QHash<Channel, QDoubleSpinBox *> mContactCost;
    QGridLayout *mChannels;
    std::vector<std::pair<QLabel *, QDoubleSpinBox *>> mChannelRows; // in allChannels order
    int mChannelColumns = 0;
    QSpinBox *mHorizon;
    QDoubleSpinBox *mDiscountRate;
    QComboBox *mScenario;
};

// The settings keys whose values differ between `before` and `after` (a key `after` no longer
// has maps to an empty value, which removes it).
QMap<QString, QString> changedBusinessSettings(const BusinessSettings &before, const BusinessSettings &after);

// Shows the dialog for the document's journey and, when something changed, pushes one
// EditJourneySettings with only the changed keys. True when something was pushed.
bool editBusinessSettings(QWidget *parent, JourneyDocument *document);

} // namespace waymark
