#include "business/businesssettingsdialog.h"

#include "commands/editjourneysettings.h"
#include "journeydocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace waymark {

namespace {

constexpr double maxCustomers = 10'000'000'000.0; // more than there are people
constexpr double maxAmount = 1'000'000.0;

QDoubleSpinBox *numberBox(const char *name, double maximum, int decimals, const QString &suffix, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(0, maximum);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    box->setAccelerated(true);
    return box;
}

} // namespace

BusinessSettingsDialog::BusinessSettingsDialog(const Journey &journey, const BusinessSettings &current, QWidget *parent)
    : QDialog(parent)
    , mGiven(current)
{
    setObjectName(QStringLiteral("businessSettingsDialog"));
    setWindowTitle(tr("Business Settings"));
    const QString money = QLatin1Char(' ') + journey.currency;

    auto *contents = new QWidget;
    auto *layout = new QVBoxLayout(contents);
    auto *intro = new QLabel(tr("What the business case needs to put a value on the opportunities. Amounts are in %1, "
                                "the journey's currency.")
                                 .arg(journey.currency),
                             contents);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *customers = new QGroupBox(tr("Customers"), contents);
    auto *customersForm = new QFormLayout(customers);
    mCustomers = numberBox("customersPerYear", maxCustomers, 0, QString(), customers);
    mCustomers->setSingleStep(1000);
    mCustomers->setToolTip(tr("How many customers go through this journey in a year"));
    customersForm->addRow(tr("Customers per &year:"), mCustomers);
    if (!journey.stages.empty()) {
        auto *note = new QLabel(tr("Stages that fewer (or more) customers reach, e.g. because some drop out before:"), customers);
        note->setWordWrap(true);
        customersForm->addRow(note);
        auto *grid = new QGridLayout;
        int row = 0;
        for (const Stage &stage : journey.stages) {
            auto *own = new QCheckBox(QString(stage.name).replace(QLatin1Char('&'), QStringLiteral("&&")), customers); // "Research & compare"
            own->setObjectName(QStringLiteral("stageOverride"));
            own->setToolTip(tr("Give “%1” its own number of customers per year").arg(stage.name));
            auto *count = numberBox("stageCustomers", maxCustomers, 0, QString(), customers);
            count->setSingleStep(1000);
            grid->addWidget(own, row, 0);
            grid->addWidget(count, row, 1);
            ++row;
            mStageOverride.insert(stage.id, own);
            mStageCustomers.insert(stage.id, count);
            // Without its own figure the stage shows the journey's, greyed.
            const auto follow = [this, own, count] {
                count->setEnabled(own->isChecked());
                if (!own->isChecked())
                    count->setValue(mCustomers->value());
            };
            connect(own, &QCheckBox::toggled, this, follow);
            connect(mCustomers, &QDoubleSpinBox::valueChanged, this, follow);
        }
        grid->setColumnStretch(1, 1);
        customersForm->addRow(grid);
    }
    layout->addWidget(customers);

    auto *values = new QGroupBox(tr("What it is worth"), contents);
    auto *valuesForm = new QFormLayout(values);
    mHourValue = numberBox("hourValue", maxAmount, 2, money, values);
    mHourValue->setToolTip(tr("The same value the heatmap's weighted cost uses (Weights… on the canvas tool bar)"));
    valuesForm->addRow(tr("Value of the customer's &hour:"), mHourValue);
    auto *contactNote = new QLabel(tr("What one contact costs the organisation, by channel (0: not counted):"), values);
    contactNote->setWordWrap(true);
    valuesForm->addRow(contactNote);
    mChannels = new QGridLayout;
    for (const Channel channel : allChannels) {
        auto *box = numberBox("contactCost", maxAmount, 2, money, values);
        box->setProperty("channel", toKey(channel));
        auto *label = new QLabel(displayName(channel) + QLatin1Char(':'), values);
        label->setBuddy(box);
        mContactCost.insert(channel, box);
        mChannelRows.push_back({label, box});
    }
    placeChannels(2);
    valuesForm->addRow(mChannels);
    layout->addWidget(values);

    auto *horizon = new QGroupBox(tr("Over time"), contents);
    auto *horizonForm = new QFormLayout(horizon);
    mHorizon = new QSpinBox(horizon);
    mHorizon->setObjectName(QStringLiteral("horizonYears"));
    mHorizon->setRange(1, 10);
    mHorizon->setToolTip(tr("How many years of benefits and running costs the net present value counts"));
    horizonForm->addRow(tr("Horizon in y&ears:"), mHorizon);
    mDiscountRate = numberBox("discountRate", 100, 1, tr(" %"), horizon);
    mDiscountRate->setSingleStep(0.5);
    mDiscountRate->setToolTip(tr("What money a year later is worth less: often the organisation's cost of capital"));
    horizonForm->addRow(tr("&Discount rate per year:"), mDiscountRate);
    mScenario = new QComboBox(horizon);
    mScenario->setObjectName(QStringLiteral("reportScenario"));
    mScenario->addItem(tr("All opportunities"), QUuid());
    for (const Scenario &scenario : journey.scenarios)
        mScenario->addItem(scenario.name, scenario.id);
    mScenario->setToolTip(tr("The scenario the PDF report and the future state of the map show"));
    horizonForm->addRow(tr("&Scenario in the report:"), mScenario);
    layout->addWidget(horizon);
    layout->addStretch();

    // Scrolls rather than cutting fields off on a small screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(contents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addWidget(buttons);

    setSettings(current);
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    const QSize wanted = contents->sizeHint() + QSize(40, buttons->sizeHint().height() + 40);
    resize(std::min(std::max(wanted.width(), 560), available.width() * 9 / 10), std::min(wanted.height(), available.height() * 9 / 10));
}

void BusinessSettingsDialog::placeChannels(int columns)
{
    if (columns == mChannelColumns)
        return;
    mChannelColumns = columns;
    for (int i = 0; i < int(mChannelRows.size()); ++i) {
        const int row = i / columns;
        const int column = (i % columns) * 2;
        mChannels->addWidget(mChannelRows[std::size_t(i)].first, row, column);
        mChannels->addWidget(mChannelRows[std::size_t(i)].second, row, column + 1);
    }
    for (int column = 0; column < 4; ++column)
        mChannels->setColumnStretch(column, column % 2 && column / 2 < columns ? 1 : 0);
}

void BusinessSettingsDialog::resizeEvent(QResizeEvent *event)
{
    // Two columns of channels where there is room (ten rows are long), one where not.
    placeChannels(event->size().width() >= 540 ? 2 : 1);
    QDialog::resizeEvent(event);
}

void BusinessSettingsDialog::setSettings(const BusinessSettings &settings)
{
    mCustomers->setValue(settings.customersPerYear);
    for (auto it = mStageOverride.constBegin(); it != mStageOverride.constEnd(); ++it) {
        const bool own = settings.customersPerYearByStage.contains(it.key());
        it.value()->setChecked(own);
        QDoubleSpinBox *count = mStageCustomers.value(it.key());
        count->setEnabled(own);
        count->setValue(own ? settings.customersPerYearByStage.value(it.key()) : settings.customersPerYear);
    }
    mHourValue->setValue(settings.hourValue);
    for (auto it = mContactCost.constBegin(); it != mContactCost.constEnd(); ++it)
        it.value()->setValue(settings.contactCost(it.key()));
    mHorizon->setValue(settings.horizonYears);
    mDiscountRate->setValue(settings.discountRate * 100.0);
    mScenario->setCurrentIndex(std::max(0, mScenario->findData(settings.chosenScenario)));
}

BusinessSettings BusinessSettingsDialog::settings() const
{
    BusinessSettings result = mGiven;
    result.customersPerYear = mCustomers->value();
    for (auto it = mStageOverride.constBegin(); it != mStageOverride.constEnd(); ++it) {
        if (it.value()->isChecked())
            result.customersPerYearByStage.insert(it.key(), mStageCustomers.value(it.key())->value());
        else
            result.customersPerYearByStage.remove(it.key());
    }
    result.hourValue = mHourValue->value();
    // A channel without a cost has no key, as the settings document it.
    for (auto it = mContactCost.constBegin(); it != mContactCost.constEnd(); ++it) {
        if (it.value()->value() > 0)
            result.costPerContact.insert(it.key(), it.value()->value());
        else
            result.costPerContact.remove(it.key());
    }
    result.horizonYears = mHorizon->value();
    // The box shows one decimal of a percent; an unchanged box keeps the exact rate.
    const double shownRate = mDiscountRate->value();
    if (std::abs(shownRate - mGiven.discountRate * 100.0) >= 0.05)
        result.discountRate = shownRate / 100.0;
    result.chosenScenario = mScenario->currentData().toUuid();
    return result;
}

QMap<QString, QString> changedBusinessSettings(const BusinessSettings &before, const BusinessSettings &after)
{
    const QMap<QString, QString> old = before.toSettings();
    const QMap<QString, QString> now = after.toSettings();
    QMap<QString, QString> changes;
    for (auto it = now.constBegin(); it != now.constEnd(); ++it)
        if (old.value(it.key()) != it.value())
            changes.insert(it.key(), it.value());
    for (auto it = old.constBegin(); it != old.constEnd(); ++it)
        if (!now.contains(it.key()))
            changes.insert(it.key(), QString());
    return changes;
}

bool editBusinessSettings(QWidget *parent, JourneyDocument *document)
{
    if (!document)
        return false;
    const Journey &journey = document->journey();
    BusinessSettingsDialog dialog(journey, BusinessSettings::fromSettings(journey.settings), parent);
    // Compared with what the boxes showed, so OK without a change leaves no undo step.
    const BusinessSettings shown = dialog.settings();
    if (dialog.exec() != QDialog::Accepted || document->isReviewOnly())
        return false;
    const QMap<QString, QString> changes = changedBusinessSettings(shown, dialog.settings());
    if (changes.isEmpty())
        return false;
    return document->push(new EditJourneySettings(document, changes, BusinessSettingsDialog::tr("Change business settings")));
}

} // namespace waymark
