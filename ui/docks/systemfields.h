#pragma once

#include "journey.h"

#include <QGroupBox>

class QDoubleSpinBox;
class QListWidget;
class QPlainTextEdit;

namespace waymark {

// What the properties dock shows for a card in a Systems lane: the system's age, what it
// cannot do, and the touchpoints it supports (ticked in a list of the map's other cards).
// Every finished change is handed on as a whole SystemInfo through edited().
class SystemFields : public QGroupBox
{
    Q_OBJECT
public:
    explicit SystemFields(QWidget *parent = nullptr);

    // Shows `card`'s system info with the journey's cards to choose from; keeps what is being
    // typed when only the list or another field changed.
    void setCard(const Journey &journey, const Touchpoint &card);
    SystemInfo info() const;

    QDoubleSpinBox *ageBox() const { return mAge; }
    QPlainTextEdit *limitationsBox() const { return mLimitations; }
    QListWidget *supportsList() const { return mSupports; }

signals:
    void edited(const waymark::SystemInfo &info);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void emitIfChanged();

    QDoubleSpinBox *mAge;
    QPlainTextEdit *mLimitations;
    QListWidget *mSupports;
    SystemInfo mShown;
    bool mFilling = false;
};

} // namespace waymark
