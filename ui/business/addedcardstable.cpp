#include "business/addedcardstable.h"

#include "effortinput.h"
#include "journey.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {

constexpr int AddedCardIdRole = Qt::UserRole;
constexpr int CurrencyRole = Qt::UserRole + 1;
constexpr double maxStepMoney = 1'000'000'000.0;

template <typename Items, typename Name>
QComboBox *idBox(const Items &items, const QUuid &current, Name name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (const auto &item : items)
        box->addItem(name(item), item.id);
    // A stage or lane deleted since stays linked until someone picks another.
    if (!current.isNull() && box->findData(current) < 0)
        box->addItem(AddedCardsTable::tr("(deleted)"), current);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

} // namespace

AddedCardsTable::AddedCardsTable(const Journey &journey, QWidget *parent)
    : QWidget(parent)
    , mJourney(journey)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *note = new QLabel(tr("Steps the future journey adds, e.g. a status message. What they cost the customer is "
                               "taken off the benefits."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    mTable = new QTableWidget(0, ColumnCount, this);
    mTable->setObjectName(QStringLiteral("addedCardsTable"));
    mTable->setHorizontalHeaderLabels({tr("New step"), tr("Stage"), tr("Lane"), tr("Channel"), tr("Time"), tr("Money"), tr("Emotion")});
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setEditTriggers(QAbstractItemView::AllEditTriggers); // the title types in place
    mTable->verticalHeader()->hide();
    mTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Interactive);
    mTable->horizontalHeader()->resizeSection(TitleColumn, 220);
    mTable->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(mTable, 1);

    auto *buttons = new QHBoxLayout;
    mAdd = new QPushButton(tr("&Add Step"), this);
    mAdd->setObjectName(QStringLiteral("addStep"));
    mRemove = new QPushButton(tr("Remo&ve Step"), this);
    mRemove->setObjectName(QStringLiteral("removeStep"));
    mAdd->setEnabled(!journey.stages.empty() && !journey.lanes.empty());
    buttons->addWidget(mAdd);
    buttons->addWidget(mRemove);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(mAdd, &QPushButton::clicked, this, [this] {
        const int row = addRow();
        mTable->setCurrentCell(row, TitleColumn);
        mTable->editItem(mTable->item(row, TitleColumn));
    });
    connect(mRemove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : mTable->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.rbegin(), rows.rend());
        for (int row : rows)
            mTable->removeRow(row);
        emit countChanged(mTable->rowCount());
    });
    connect(mTable, &QTableWidget::itemSelectionChanged, this,
            [this] { mRemove->setEnabled(!mTable->selectionModel()->selectedRows().isEmpty()); });
    mRemove->setEnabled(false);
}

void AddedCardsTable::setCards(const std::vector<AddedCard> &cards)
{
    mTable->setRowCount(0);
    for (const AddedCard &card : cards)
        addRow(card);
    emit countChanged(mTable->rowCount());
}

int AddedCardsTable::addRow()
{
    AddedCard card;
    card.id = QUuid::createUuid();
    card.stageId = mJourney.stages.empty() ? QUuid() : mJourney.stages.front().id;
    // Customers see new steps: the first lane above the line of visibility that holds touchpoints.
    for (const Lane &lane : mJourney.lanes)
        if (card.laneId.isNull() || (lane.kind == LaneKind::Touchpoints && lane.zone == OfficeZone::Customer)) {
            card.laneId = lane.id;
            if (lane.kind == LaneKind::Touchpoints)
                break;
        }
    card.effort.money.currency = mJourney.currency;
    addRow(card);
    emit countChanged(mTable->rowCount());
    return mTable->rowCount() - 1;
}

void AddedCardsTable::addRow(const AddedCard &card)
{
    const int row = mTable->rowCount();
    mTable->insertRow(row);
    auto *title = new QTableWidgetItem(card.title);
    title->setData(AddedCardIdRole, card.id);
    title->setData(CurrencyRole, card.effort.money.currency); // empty: the journey's
    mTable->setItem(row, TitleColumn, title);
    mTable->setCellWidget(row, StageColumn, idBox(mJourney.stages, card.stageId, [](const Stage &s) { return s.name; }, mTable));
    mTable->setCellWidget(row, LaneColumn, idBox(mJourney.lanes, card.laneId, [](const Lane &l) { return l.name; }, mTable));
    auto *channel = new QComboBox(mTable);
    for (const Channel each : allChannels)
        channel->addItem(displayName(each), int(each));
    channel->setCurrentIndex(channel->findData(int(card.channel)));
    mTable->setCellWidget(row, ChannelColumn, channel);
    auto *time = new QDoubleSpinBox(mTable);
    time->setRange(0, maxEffortMinutes);
    time->setDecimals(1);
    time->setSuffix(tr(" min"));
    time->setValue(card.effort.minutes);
    mTable->setCellWidget(row, TimeColumn, time);
    auto *money = new QDoubleSpinBox(mTable);
    money->setRange(0, maxStepMoney);
    money->setDecimals(2);
    money->setSuffix(QLatin1Char(' ') + (card.effort.money.currency.isEmpty() ? mJourney.currency : card.effort.money.currency));
    money->setValue(card.effort.money.amount());
    mTable->setCellWidget(row, MoneyColumn, money);
    auto *emotion = new QSpinBox(mTable);
    emotion->setRange(minEmotion, maxEmotion);
    emotion->setSuffix(tr("/10", "negative emotion"));
    emotion->setValue(card.effort.emotion);
    mTable->setCellWidget(row, EmotionColumn, emotion);
}

std::vector<AddedCard> AddedCardsTable::cards() const
{
    std::vector<AddedCard> result;
    for (int row = 0; row < mTable->rowCount(); ++row) {
        const QTableWidgetItem *title = mTable->item(row, TitleColumn);
        if (title->text().trimmed().isEmpty())
            continue;
        AddedCard card;
        card.id = title->data(AddedCardIdRole).toUuid();
        card.title = title->text().trimmed();
        card.stageId = qobject_cast<QComboBox *>(mTable->cellWidget(row, StageColumn))->currentData().toUuid();
        card.laneId = qobject_cast<QComboBox *>(mTable->cellWidget(row, LaneColumn))->currentData().toUuid();
        card.channel = Channel(qobject_cast<QComboBox *>(mTable->cellWidget(row, ChannelColumn))->currentData().toInt());
        const auto *time = qobject_cast<QDoubleSpinBox *>(mTable->cellWidget(row, TimeColumn));
        card.effort.minutes = time->value();
        card.effort.money.currency = title->data(CurrencyRole).toString();
        card.effort.money.hundredths = Money::hundredthsFromAmount(qobject_cast<QDoubleSpinBox *>(mTable->cellWidget(row, MoneyColumn))->value());
        card.effort.emotion = qobject_cast<QSpinBox *>(mTable->cellWidget(row, EmotionColumn))->value();
        result.push_back(card);
    }
    return result;
}

} // namespace waymark
