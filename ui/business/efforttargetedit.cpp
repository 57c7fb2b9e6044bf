#include "business/efforttargetedit.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace waymark {

EffortTargetEdit::EffortTargetEdit(const Unit &unit, double today, QWidget *parent)
    : QWidget(parent)
    , mUnit(unit)
    , mToday(today)
    , mLastValue(today)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 1, 2, 1);
    layout->setSpacing(3);
    mKind = new QComboBox(this);
    mKind->setObjectName(QStringLiteral("targetKind"));
    mKind->addItem(tr("same"), int(EffortTarget::Kind::Same));
    mKind->addItem(tr("new value"), int(EffortTarget::Kind::Value));
    mKind->addItem(tr("− %", "reduce by a percentage"), int(EffortTarget::Kind::Percent));
    mKind->setToolTip(tr("Unchanged, a new value, or a reduction in percent of today's"));
    mAmount = new QDoubleSpinBox(this);
    mAmount->setObjectName(QStringLiteral("targetAmount"));
    mAmount->setAccelerated(true);
    mAmount->setKeyboardTracking(false);
    layout->addWidget(mKind);
    layout->addWidget(mAmount, 1);
    showKind(EffortTarget::Kind::Same);

    connect(mKind, &QComboBox::currentIndexChanged, this, [this] {
        showKind(EffortTarget::Kind(mKind->currentData().toInt()));
        emit changed();
    });
    connect(mAmount, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (mShown == EffortTarget::Kind::Value)
            mLastValue = value;
        else if (mShown == EffortTarget::Kind::Percent)
            mLastPercent = value;
        emit changed();
    });
}

void EffortTargetEdit::showKind(EffortTarget::Kind kind)
{
    mShown = kind;
    const QSignalBlocker blocker(mAmount);
    switch (kind) {
    case EffortTarget::Kind::Same:
        // Today's value, greyed: what "same" means for this card.
        mAmount->setRange(0, std::max(mUnit.maximum, mToday));
        mAmount->setDecimals(mUnit.decimals);
        mAmount->setSuffix(mUnit.suffix);
        mAmount->setValue(mToday);
        mAmount->setEnabled(false);
        break;
    case EffortTarget::Kind::Value:
        mAmount->setRange(0, mUnit.maximum);
        mAmount->setDecimals(mUnit.decimals);
        mAmount->setSuffix(mUnit.suffix);
        mAmount->setValue(mLastValue);
        mAmount->setEnabled(true);
        break;
    case EffortTarget::Kind::Percent:
        mAmount->setRange(0, 100);
        mAmount->setDecimals(0);
        mAmount->setSuffix(tr(" %"));
        mAmount->setValue(mLastPercent);
        mAmount->setEnabled(true);
        break;
    }
}

void EffortTargetEdit::setTarget(const EffortTarget &target)
{
    if (target.kind == EffortTarget::Kind::Value)
        mLastValue = target.amount;
    else if (target.kind == EffortTarget::Kind::Percent)
        mLastPercent = target.amount;
    {
        const QSignalBlocker blocker(mKind);
        mKind->setCurrentIndex(mKind->findData(int(target.kind)));
    }
    showKind(target.kind);
    mGiven = target;
    mGivenShown = mAmount->value();
}

EffortTarget EffortTargetEdit::target() const
{
    if (mShown == mGiven.kind && mAmount->value() == mGivenShown)
        return mGiven;
    EffortTarget target;
    target.kind = mShown;
    target.amount = mShown == EffortTarget::Kind::Same ? 0.0 : mAmount->value();
    return target;
}

} // namespace waymark
