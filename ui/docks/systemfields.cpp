#include "systemfields.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalBlocker>

#include <algorithm>

namespace waymark {

SystemFields::SystemFields(QWidget *parent)
    : QGroupBox(tr("System"), parent)
{
    setObjectName(QStringLiteral("systemFields"));
    auto *form = new QFormLayout(this);
    mAge = new QDoubleSpinBox(this);
    mAge->setObjectName(QStringLiteral("systemAge"));
    mAge->setRange(0, 100);
    mAge->setDecimals(1);
    mAge->setSuffix(tr(" years"));
    mAge->setSpecialValueText(tr("not known"));
    mAge->setToolTip(tr("How old the system is: old systems are where the technology gap shows"));
    form->addRow(tr("A&ge:"), mAge);
    mLimitations = new QPlainTextEdit(this);
    mLimitations->setObjectName(QStringLiteral("systemLimitations"));
    mLimitations->setPlaceholderText(tr("What it cannot do, e.g. no status updates, no e-signature"));
    mLimitations->setTabChangesFocus(true);
    mLimitations->setFixedHeight(mLimitations->fontMetrics().lineSpacing() * 4 + 12);
    mLimitations->installEventFilter(this);
    form->addRow(tr("What it &cannot do:"), mLimitations);
    mSupports = new QListWidget(this);
    mSupports->setObjectName(QStringLiteral("systemSupports"));
    mSupports->setToolTip(tr("Tick the touchpoints this system is behind"));
    mSupports->setMaximumHeight(mSupports->fontMetrics().lineSpacing() * 9);
    form->addRow(tr("&Supports:"), mSupports);

    connect(mAge, &QDoubleSpinBox::editingFinished, this, &SystemFields::emitIfChanged);
    connect(mSupports, &QListWidget::itemChanged, this, [this] {
        if (!mFilling)
            emitIfChanged();
    });
}

bool SystemFields::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mLimitations && event->type() == QEvent::FocusOut)
        emitIfChanged(); // text is committed when the writer leaves the box, as the card's notes are
    return QGroupBox::eventFilter(watched, event);
}

void SystemFields::setCard(const Journey &journey, const Touchpoint &card)
{
    mFilling = true;
    {
        const QSignalBlocker quiet(mAge);
        if (!mAge->hasFocus() || card.system.ageYears != mShown.ageYears)
            mAge->setValue(card.system.ageYears);
    }
    if ((!mLimitations->hasFocus() || card.system.limitations != mShown.limitations) && mLimitations->toPlainText() != card.system.limitations)
        mLimitations->setPlainText(card.system.limitations);
    mSupports->clear();
    for (const Touchpoint &other : journey.touchpoints) {
        const Lane *lane = journey.lane(other.laneId);
        if (other.id == card.id || (lane && lane->kind == LaneKind::Systems))
            continue;
        const Stage *stage = journey.stage(other.stageId);
        auto *item = new QListWidgetItem(stage ? tr("%1 (%2)").arg(other.title, stage->name) : other.title, mSupports);
        item->setData(Qt::UserRole, other.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool supported = std::find(card.system.supports.begin(), card.system.supports.end(), other.id) != card.system.supports.end();
        item->setCheckState(supported ? Qt::Checked : Qt::Unchecked);
    }
    mShown = card.system;
    mFilling = false;
}

SystemInfo SystemFields::info() const
{
    SystemInfo info = mShown;
    info.ageYears = mAge->value();
    info.limitations = mLimitations->toPlainText().trimmed();
    // Links to cards not in the list (deleted ones) stay: the list edits only what it shows.
    std::vector<QUuid> listed;
    for (int i = 0; i < mSupports->count(); ++i)
        listed.push_back(mSupports->item(i)->data(Qt::UserRole).toUuid());
    std::erase_if(info.supports, [&](const QUuid &id) { return std::find(listed.begin(), listed.end(), id) != listed.end(); });
    for (int i = 0; i < mSupports->count(); ++i)
        if (mSupports->item(i)->checkState() == Qt::Checked)
            info.supports.push_back(mSupports->item(i)->data(Qt::UserRole).toUuid());
    return info;
}

void SystemFields::emitIfChanged()
{
    const SystemInfo now = info();
    if (now == mShown)
        return;
    mShown = now;
    emit edited(now);
}

} // namespace waymark
