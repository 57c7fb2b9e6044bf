#pragma once

#include "enums.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace waymark {

struct CardEvidence;

// What a card rests on, in the properties dock: the level people state, and beside it what the
// journey's own answers add ("measured: 116 NPS answers"), since a card with enough answers
// counts as measured whatever it states.
class EvidenceField : public QWidget
{
    Q_OBJECT
public:
    explicit EvidenceField(QWidget *parent = nullptr);

    void showEvidence(const CardEvidence &evidence);
    QComboBox *combo() const { return mLevel; }
    QLabel *derivedNote() const { return mDerived; }

signals:
    void levelChosen(waymark::Evidence level);

private:
    QComboBox *mLevel;
    QLabel *mDerived;
};

} // namespace waymark
