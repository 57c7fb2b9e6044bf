#include "business/cardchangestable.h"

#include "business/efforttargetedit.h"
#include "effortinput.h"
#include "efforttotals.h"
#include "journey.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace waymark {

namespace {

constexpr int ChangedCardIdRole = Qt::UserRole;
constexpr double maxCardMoney = 1'000'000'000.0; // beyond it a card's cost is a typo

// "1 h 45 min · EUR 25 · 8/10"
QString effortText(const Effort &effort, const QString &currency)
{
    // Only the parts the card has: "EUR 0.00" on every row is noise.
    QStringList parts;
    if (effort.minutes > 0)
        parts << formatMinutes(effort.minutes);
    if (effort.money.hundredths > 0)
        parts << formatMoneyTotals({{effort.money.currency.isEmpty() ? currency : effort.money.currency, effort.money.hundredths}});
    parts << CardChangesTable::tr("%1/10", "negative emotion").arg(effort.emotion);
    return parts.join(QStringLiteral(" · "));
}

// A share 0..1 shown in percent. Read back unchanged, the exact stored share returns (the
// box shows whole percent).
QDoubleSpinBox *shareSpin(double share, const QString &tip, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 100);
    box->setDecimals(0);
    box->setSuffix(CardChangesTable::tr(" %"));
    box->setAccelerated(true);
    box->setToolTip(tip);
    box->setValue(std::clamp(share, 0.0, 1.0) * 100.0);
    box->setProperty("given", share);
    box->setProperty("givenShown", box->value());
    return box;
}

double shareOf(const QDoubleSpinBox *box)
{
    if (box->value() == box->property("givenShown").toDouble())
        return box->property("given").toDouble();
    return box->value() / 100.0;
}

} // namespace

CardChangesTable::CardChangesTable(const Journey &journey, QWidget *parent)
    : QWidget(parent)
    , mJourney(journey)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    mEmpty = new QLabel(tr("No card is linked yet: link the cards of the map this opportunity improves."), this);
    mEmpty->setObjectName(QStringLiteral("noLinkedCards"));
    mEmpty->setWordWrap(true);
    layout->addWidget(mEmpty);

    mTable = new QTableWidget(0, ColumnCount, this);
    mTable->setObjectName(QStringLiteral("cardChangesTable"));
    const struct {
        Column column;
        QString title;
        QString tip;
    } headers[] = {
        {CardColumn, tr("Card"), {}},
        {TodayColumn, tr("Effort today"), tr("Time, money and negative emotion of the card today")},
        {TimeColumn, tr("Time"), tr("The customer's time at this step afterwards")},
        {MoneyColumn, tr("Money"), tr("What the step costs the customer afterwards, in the card's currency")},
        {EmotionColumn, tr("Emotion"), tr("Negative emotion afterwards, 0 (none) to 10 (worst)")},
        {ReachColumn, tr("Reach"), tr("Share of the stage's customers who pass this card")},
        {ContactsColumn, tr("Contacts\navoided"), tr("Share of this step's contacts (calls, visits, mails) no longer needed")},
        {PassivesColumn, tr("Detractors →\npassives"), tr("Share of this touchpoint's detractors expected to become passives")},
        {PromotersColumn, tr("Detractors →\npromoters"), tr("Share of this touchpoint's detractors expected to become promoters")},
        {RemovedColumn, tr("Step\nremoved"), tr("The step disappears in the future state (e.g. no branch visit)")},
    };
    for (const auto &header : headers) {
        auto *item = new QTableWidgetItem(header.title);
        item->setToolTip(header.tip);
        mTable->setHorizontalHeaderItem(header.column, item);
    }
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->verticalHeader()->hide();
    mTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->horizontalHeader()->setSectionResizeMode(CardColumn, QHeaderView::Interactive);
    mTable->horizontalHeader()->resizeSection(CardColumn, 190);
    mTable->horizontalHeader()->setStretchLastSection(false);
    mTable->setWordWrap(false);
    mTable->setTextElideMode(Qt::ElideRight);
    layout->addWidget(mTable, 1);

    auto *links = new QHBoxLayout;
    auto *label = new QLabel(tr("Lin&k card:"), this);
    mChoice = new QComboBox(this);
    mChoice->setObjectName(QStringLiteral("cardToLink"));
    mChoice->setEditable(true); // type to find a card among many
    mChoice->setInsertPolicy(QComboBox::NoInsert);
    mChoice->completer()->setFilterMode(Qt::MatchContains);
    mChoice->completer()->setCompletionMode(QCompleter::PopupCompletion);
    mChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mChoice->setMinimumContentsLength(12); // grows with the dialog; small windows keep the buttons
    label->setBuddy(mChoice);
    mLink = new QPushButton(tr("&Link"), this);
    mLink->setObjectName(QStringLiteral("linkCard"));
    mUnlink = new QPushButton(tr("&Unlink Selected"), this);
    mUnlink->setObjectName(QStringLiteral("unlinkCards"));
    links->addWidget(label);
    links->addWidget(mChoice, 1);
    links->addWidget(mLink);
    links->addSpacing(12);
    links->addWidget(mUnlink);
    layout->addLayout(links);

    connect(mLink, &QPushButton::clicked, this, [this] {
        // The typed text may name a card without the popup having been used.
        const int index = mChoice->findText(mChoice->currentText());
        if (index >= 0)
            linkCard(mChoice->itemData(index).toUuid());
    });
    connect(mUnlink, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : mTable->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.rbegin(), rows.rend());
        for (int row : rows)
            unlinkRow(row);
    });
    connect(mTable, &QTableWidget::itemSelectionChanged, this, &CardChangesTable::updateButtons);
    fillChoice();
    updateButtons();
}

void CardChangesTable::setChanges(const std::vector<CardImprovement> &changes)
{
    mTable->setRowCount(0);
    for (const CardImprovement &change : changes)
        addRow(change);
    fillChoice();
    updateButtons();
}

bool CardChangesTable::linkCard(const QUuid &touchpointId)
{
    if (!mJourney.touchpoint(touchpointId))
        return false;
    for (int row = 0; row < mTable->rowCount(); ++row)
        if (mTable->item(row, CardColumn)->data(ChangedCardIdRole).toUuid() == touchpointId)
            return false;
    CardImprovement change;
    change.touchpointId = touchpointId;
    addRow(change);
    fillChoice();
    updateButtons();
    mTable->scrollToBottom();
    return true;
}

void CardChangesTable::unlinkRow(int row)
{
    if (row < 0 || row >= mTable->rowCount())
        return;
    mTable->removeRow(row);
    fillChoice();
    updateButtons();
}

void CardChangesTable::addRow(const CardImprovement &change)
{
    const Touchpoint *card = mJourney.touchpoint(change.touchpointId);
    const Effort effort = card ? card->effort : Effort();
    const QString currency = effort.money.currency.isEmpty() ? mJourney.currency : effort.money.currency;
    const int row = mTable->rowCount();
    mTable->insertRow(row);

    auto *title = new QTableWidgetItem(card ? card->title : tr("(deleted card)"));
    title->setData(ChangedCardIdRole, change.touchpointId);
    const Stage *stage = card ? mJourney.stage(card->stageId) : nullptr;
    const Lane *lane = card ? mJourney.lane(card->laneId) : nullptr;
    title->setToolTip(card ? tr("%1\n%2 · %3").arg(card->title, stage ? stage->name : QString(), lane ? lane->name : QString()) : QString());
    mTable->setItem(row, CardColumn, title);
    auto *today = new QTableWidgetItem(effortText(effort, mJourney.currency));
    mTable->setItem(row, TodayColumn, today);

    auto *time = new EffortTargetEdit({tr(" min"), 0, maxEffortMinutes}, effort.minutes, mTable);
    time->setTarget(change.minutes);
    auto *money = new EffortTargetEdit({QLatin1Char(' ') + currency, 2, maxCardMoney}, effort.money.amount(), mTable);
    money->setTarget(change.money);
    auto *emotion = new EffortTargetEdit({tr("/10", "negative emotion"), 0, double(maxEmotion)}, effort.emotion, mTable);
    emotion->setTarget(change.emotion);
    mTable->setCellWidget(row, TimeColumn, time);
    mTable->setCellWidget(row, MoneyColumn, money);
    mTable->setCellWidget(row, EmotionColumn, emotion);

    auto *reach = shareSpin(change.reach, mTable->horizontalHeaderItem(ReachColumn)->toolTip(), mTable);
    auto *contacts = shareSpin(change.contactsAvoided, mTable->horizontalHeaderItem(ContactsColumn)->toolTip(), mTable);
    auto *passives = shareSpin(change.detractorsToPassives, mTable->horizontalHeaderItem(PassivesColumn)->toolTip(), mTable);
    auto *promoters = shareSpin(change.detractorsToPromoters, mTable->horizontalHeaderItem(PromotersColumn)->toolTip(), mTable);
    mTable->setCellWidget(row, ReachColumn, reach);
    mTable->setCellWidget(row, ContactsColumn, contacts);
    mTable->setCellWidget(row, PassivesColumn, passives);
    mTable->setCellWidget(row, PromotersColumn, promoters);
    // A detractor becomes a passive or a promoter, not both: the two shares add up to 100 % at most.
    const auto balance = [passives, promoters] {
        passives->setMaximum(100.0 - promoters->value());
        promoters->setMaximum(100.0 - passives->value());
    };
    balance();
    connect(passives, &QDoubleSpinBox::valueChanged, this, balance);
    connect(promoters, &QDoubleSpinBox::valueChanged, this, balance);

    auto *removedCell = new QWidget(mTable);
    auto *removedLayout = new QHBoxLayout(removedCell);
    removedLayout->setContentsMargins(0, 0, 0, 0);
    auto *removed = new QCheckBox(removedCell);
    removed->setObjectName(QStringLiteral("stepRemoved"));
    removed->setToolTip(mTable->horizontalHeaderItem(RemovedColumn)->toolTip());
    removedLayout->addWidget(removed, 0, Qt::AlignCenter);
    mTable->setCellWidget(row, RemovedColumn, removedCell);
    // A removed step costs nothing and needs no contact: the parts that no longer apply grey out.
    const auto applyRemoved = [time, money, emotion, contacts](bool isRemoved) {
        for (QWidget *part : std::initializer_list<QWidget *>{time, money, emotion, contacts})
            part->setEnabled(!isRemoved);
    };
    connect(removed, &QCheckBox::toggled, this, applyRemoved);
    removed->setChecked(change.removesCard);
    applyRemoved(change.removesCard);
}

std::vector<CardImprovement> CardChangesTable::changes() const
{
    std::vector<CardImprovement> result;
    for (int row = 0; row < mTable->rowCount(); ++row) {
        CardImprovement change;
        change.touchpointId = mTable->item(row, CardColumn)->data(ChangedCardIdRole).toUuid();
        change.removesCard = removedBox(row)->isChecked();
        change.minutes = targetEdit(row, TimeColumn)->target();
        change.money = targetEdit(row, MoneyColumn)->target();
        change.emotion = targetEdit(row, EmotionColumn)->target();
        change.reach = shareOf(shareBox(row, ReachColumn));
        change.contactsAvoided = shareOf(shareBox(row, ContactsColumn));
        change.detractorsToPassives = shareOf(shareBox(row, PassivesColumn));
        change.detractorsToPromoters = shareOf(shareBox(row, PromotersColumn));
        result.push_back(change);
    }
    return result;
}

EffortTargetEdit *CardChangesTable::targetEdit(int row, Column column) const
{
    return qobject_cast<EffortTargetEdit *>(mTable->cellWidget(row, column));
}

QDoubleSpinBox *CardChangesTable::shareBox(int row, Column column) const
{
    return qobject_cast<QDoubleSpinBox *>(mTable->cellWidget(row, column));
}

QCheckBox *CardChangesTable::removedBox(int row) const
{
    QWidget *cell = mTable->cellWidget(row, RemovedColumn);
    return cell ? cell->findChild<QCheckBox *>() : nullptr;
}

void CardChangesTable::fillChoice()
{
    QList<QUuid> linked;
    for (int row = 0; row < mTable->rowCount(); ++row)
        linked << mTable->item(row, CardColumn)->data(ChangedCardIdRole).toUuid();
    mChoice->clear();
    // In map order: stage by stage, lane by lane.
    for (const Stage &stage : mJourney.stages) {
        for (const Touchpoint *card : mJourney.touchpointsInStage(stage.id)) {
            if (!linked.contains(card->id))
                mChoice->addItem(tr("%1 — %2").arg(card->title.simplified(), stage.name), card->id);
        }
    }
    mChoice->setCurrentIndex(-1);
    mChoice->lineEdit()->setPlaceholderText(mChoice->count() ? tr("Type to find a card…") : tr("Every card is linked"));
}

void CardChangesTable::updateButtons()
{
    mLink->setEnabled(mChoice->count() > 0);
    mUnlink->setEnabled(!mTable->selectionModel()->selectedRows().isEmpty());
    mEmpty->setVisible(mTable->rowCount() == 0);
    emit countChanged(mTable->rowCount());
}

} // namespace waymark
