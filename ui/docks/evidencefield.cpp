#include "docks/evidencefield.h"

#include "evidence/cardevidence.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>

#include <cmath>

namespace waymark {

EvidenceField::EvidenceField(QWidget *parent)
    : QWidget(parent)
    , mLevel(new QComboBox(this))
    , mDerived(new QLabel(this))
{
    mLevel->setObjectName(QStringLiteral("evidenceCombo"));
    for (const Evidence level : allEvidence)
        mLevel->addItem(displayName(level), int(level));
    mLevel->setToolTip(tr("What the card rests on: a guess, what the people in the room know, research "
                          "(interviews, observation) or measured data"));
    mDerived->setObjectName(QStringLiteral("evidenceDerived"));
    mDerived->setTextFormat(Qt::PlainText);
    mDerived->setForegroundRole(QPalette::PlaceholderText);
    // Both give way to the dock's width: "Workshop knowledge" in Russian is long, and a form
    // wider than its dock hides the ends of every field.
    mLevel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mLevel->setMinimumContentsLength(10);
    mDerived->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(mLevel);
    row->addWidget(mDerived, 1);
    setFocusProxy(mLevel);
    connect(mLevel, &QComboBox::activated, this, [this](int index) {
        emit levelChosen(Evidence(mLevel->itemData(index).toInt()));
    });
}

void EvidenceField::showEvidence(const CardEvidence &evidence)
{
    const QSignalBlocker blocker(mLevel);
    mLevel->setCurrentIndex(mLevel->findData(int(evidence.stated)));
    const QString answers = QLocale().toString(std::llround(evidence.answers));
    if (evidence.derived()) {
        //: Beside the stated level: the card counts as measured because of its answers. %1: a number
        mDerived->setText(tr("measured: %Ln answers", nullptr, int(std::llround(evidence.answers))));
        mDerived->setToolTip(tr("%1 answers to this card's data key: at least %2 in one survey count as measured data, "
                                "whatever the card states")
                                 .arg(answers)
                                 .arg(measuredEvidenceAnswers));
    } else if (evidence.answers > 0) {
        mDerived->setText(tr("%Ln answers", nullptr, int(std::llround(evidence.answers))));
        mDerived->setToolTip(tr("%1 answers to this card's data key; %2 in one survey would count as measured data")
                                 .arg(answers)
                                 .arg(measuredEvidenceAnswers));
    } else {
        mDerived->clear();
        mDerived->setToolTip({});
    }
}

} // namespace waymark
