#pragma once

#include "business/opportunity.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;

namespace waymark {

// One part of a card's effort after an opportunity (time, money or emotion): "same", a new
// value, or "− %" of today's, with the number beside it. The spin box's range follows the
// choice, so nothing out of range can be typed.
class EffortTargetEdit : public QWidget
{
    Q_OBJECT
public:
    struct Unit {
        QString suffix;     // " min", " EUR", "/10"
        int decimals = 0;
        double maximum = 0; // of a new value
    };
    // `today`: the card's value now, the starting point when someone picks "new value".
    EffortTargetEdit(const Unit &unit, double today, QWidget *parent = nullptr);

    void setTarget(const EffortTarget &target);
    EffortTarget target() const;

    QComboBox *kindBox() const { return mKind; }
    QDoubleSpinBox *amountBox() const { return mAmount; }

signals:
    void changed();

private:
    void showKind(EffortTarget::Kind kind);

    Unit mUnit;
    double mToday;
    double mLastValue;
    double mLastPercent = 50;
    EffortTarget::Kind mShown = EffortTarget::Kind::Same;
    // What setTarget() was given and how the spin box showed it: read back unchanged, the
    // exact value returns, so opening and closing the dialog changes nothing.
    EffortTarget mGiven;
    double mGivenShown = 0;
    QComboBox *mKind;
    QDoubleSpinBox *mAmount;
};

} // namespace waymark
