#include "business/opportunitydialog.h"

#include "business/addedcardstable.h"
#include "business/cardchangestable.h"
#include "business/opportunityedits.h"
#include "journeydocument.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QTabWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>

namespace waymark {

namespace {

constexpr double maxCost = 1'000'000'000'000.0; // a trillion: more is a typo, not a project
constexpr int maxMonths = 120;
constexpr int wideEnough = 820; // below it the two columns of fields stack

template <typename Enum, std::size_t N>
QComboBox *enumBox(const std::array<Enum, N> &values, Enum current, const char *name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    for (Enum value : values)
        box->addItem(displayName(value), int(value));
    box->setCurrentIndex(box->findData(int(current)));
    return box;
}

QPlainTextEdit *textBox(const QString &text, const char *name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(52);
    return edit;
}

} // namespace

OpportunityDialog::OpportunityDialog(const Journey &journey, const Opportunity &opportunity, QWidget *parent)
    : QDialog(parent)
    , mJourney(journey)
    , mGiven(opportunity)
    , mCurrency(opportunity.oneOffCost.currency.isEmpty() ? journey.currency : opportunity.oneOffCost.currency)
{
    setObjectName(QStringLiteral("opportunityDialog"));
    setWindowTitle(journey.opportunity(opportunity.id) ? tr("Edit Opportunity") : tr("New Opportunity"));

    // The fields scroll rather than being cut off in a small window.
    auto *details = new QWidget;
    mColumns = new QBoxLayout(QBoxLayout::LeftToRight, details);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    for (QFormLayout *form : {left, right})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    mColumns->addLayout(left, 1);
    mColumns->addSpacing(12);
    mColumns->addLayout(right, 1);

    mTitle = new QLineEdit(opportunity.title, details);
    mTitle->setObjectName(QStringLiteral("opportunityTitle"));
    mTitle->setPlaceholderText(tr("What will be done, e.g. “Open the account online”"));
    left->addRow(tr("&Title:"), mTitle);
    mType = enumBox(allOpportunityTypes, opportunity.type, "opportunityType", details);
    left->addRow(tr("T&ype:"), mType);
    mOwner = new QComboBox(details);
    mOwner->setObjectName(QStringLiteral("opportunityOwner"));
    mOwner->addItem(tr("No owner yet"), QUuid());
    for (const Department &department : journey.departments)
        mOwner->addItem(department.name, department.id);
    // An owner the journey no longer has stays until someone picks another.
    if (!opportunity.ownerDepartmentId.isNull() && mOwner->findData(opportunity.ownerDepartmentId) < 0)
        mOwner->addItem(tr("(deleted department)"), opportunity.ownerDepartmentId);
    mOwner->setCurrentIndex(std::max(0, mOwner->findData(opportunity.ownerDepartmentId)));
    left->addRow(tr("O&wner department:"), mOwner);
    mStatus = enumBox(allOpportunityStatuses, opportunity.status, "opportunityStatus", details);
    left->addRow(tr("&Status:"), mStatus);
    mConfidence = enumBox(allConfidences, opportunity.confidence, "opportunityConfidence", details);
    mConfidence->setToolTip(tr("How sure the room is of the benefits: low widens the business case's range to ±50 %, "
                               "medium ±25 %, high ±10 %"));
    left->addRow(tr("&Confidence:"), mConfidence);
    mOneOff = moneyBox(opportunity.oneOffCost, "oneOffCost");
    mOneOff->setParent(details);
    left->addRow(tr("&One-off cost:"), mOneOff);
    mRunning = moneyBox(opportunity.runningCostPerYear, "runningCost");
    mRunning->setParent(details);
    left->addRow(tr("&Running cost per year:"), mRunning);
    mMonths = new QSpinBox(details);
    mMonths->setObjectName(QStringLiteral("monthsToDeliver"));
    mMonths->setRange(0, maxMonths);
    mMonths->setValue(std::clamp(opportunity.monthsToDeliver, 0, maxMonths));
    mMonths->setToolTip(tr("The benefits start once it is delivered"));
    left->addRow(tr("&Months to deliver:"), mMonths);

    mDescription = textBox(opportunity.description, "opportunityDescription", details);
    right->addRow(tr("&Description:"), mDescription);
    mEvidence = textBox(opportunity.evidence, "opportunityEvidence", details);
    mEvidence->setPlaceholderText(tr("Survey verbatims, complaint counts, what was said in the room…"));
    right->addRow(tr("&Evidence and notes:"), mEvidence);
    // Systems it replaces or upgrades: the cards of Systems lanes, when the map has any.
    std::vector<const Touchpoint *> systems;
    for (const Touchpoint &card : journey.touchpoints)
        if (const Lane *lane = journey.lane(card.laneId); lane && lane->kind == LaneKind::Systems)
            systems.push_back(&card);
    if (!systems.empty()) {
        mSystems = new QListWidget(details);
        mSystems->setObjectName(QStringLiteral("opportunitySystems"));
        mSystems->setMinimumHeight(52);
        for (const Touchpoint *card : systems) {
            auto *item = new QListWidgetItem(card->title, mSystems);
            item->setData(Qt::UserRole, card->id);
            const bool chosen = std::find(opportunity.systems.begin(), opportunity.systems.end(), card->id) != opportunity.systems.end();
            item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        }
        right->addRow(tr("Systems it chan&ges:"), mSystems);
    }

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("opportunityFields"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(details);

    // What it changes on today's map, and the steps it adds: one tab each.
    auto *cardsBox = new QTabWidget;
    cardsBox->setObjectName(QStringLiteral("opportunityCardTabs"));
    mCards = new CardChangesTable(mJourney, cardsBox);
    mCards->setChanges(opportunity.changes);
    cardsBox->addTab(mCards, QString());
    mAddedCards = new AddedCardsTable(mJourney, cardsBox);
    mAddedCards->setCards(opportunity.addedCards);
    cardsBox->addTab(mAddedCards, QString());
    cardsBox->setMinimumHeight(200); // a few rows of cards even in a small window
    const auto countCards = [cardsBox](int count) { cardsBox->setTabText(0, tr("Cards it &improves (%1)").arg(count)); };
    const auto countSteps = [cardsBox](int count) { cardsBox->setTabText(1, tr("&New steps (%1)").arg(count)); };
    connect(mCards, &CardChangesTable::countChanged, this, countCards);
    connect(mAddedCards, &AddedCardsTable::countChanged, this, countSteps);
    countCards(int(opportunity.changes.size()));
    countSteps(int(opportunity.addedCards.size()));

    // The user decides how much room the fields and the cards get.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(scroll);
    splitter->addWidget(cardsBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Every opportunity needs a name people can refer to.
    const auto checkTitle = [this] { mButtons->button(QDialogButtonBox::Ok)->setEnabled(!mTitle->text().trimmed().isEmpty()); };
    connect(mTitle, &QLineEdit::textChanged, this, checkTitle);
    checkTitle();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(mButtons);

    // Wide enough for the card table's columns where the screen allows it.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    resize(std::min(1320, available.width() * 9 / 10), std::min(760, available.height() * 9 / 10));
    // The fields as tall as their left column; the cards get the rest.
    splitter->setSizes({left->sizeHint().height() + 2 * mColumns->contentsMargins().top(), height()});
    mTitle->setFocus();
    mTitle->selectAll();
}

QDoubleSpinBox *OpportunityDialog::moneyBox(const Money &money, const char *name)
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(0, maxCost);
    box->setDecimals(2);
    box->setSingleStep(1000);
    box->setAccelerated(true);
    box->setGroupSeparatorShown(true);
    box->setSuffix(QLatin1Char(' ') + mCurrency); // amounts of this currency, shown as its ISO code
    box->setValue(money.amount());
    return box;
}

void OpportunityDialog::resizeEvent(QResizeEvent *event)
{
    // Two columns of fields side by side where there is room, one above the other where not.
    mColumns->setDirection(event->size().width() >= wideEnough ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    QDialog::resizeEvent(event);
}

Opportunity OpportunityDialog::opportunity() const
{
    Opportunity result = mGiven;
    result.title = mTitle->text().trimmed();
    result.description = mDescription->toPlainText();
    result.type = OpportunityType(mType->currentData().toInt());
    result.ownerDepartmentId = mOwner->currentData().toUuid();
    result.status = OpportunityStatus(mStatus->currentData().toInt());
    result.confidence = Confidence(mConfidence->currentData().toInt());
    // The currency stays as given: empty means the journey's.
    const auto money = [](const Money &given, const QDoubleSpinBox *box) {
        Money value = given;
        value.hundredths = Money::hundredthsFromAmount(box->value());
        return value;
    };
    result.oneOffCost = money(mGiven.oneOffCost, mOneOff);
    result.runningCostPerYear = money(mGiven.runningCostPerYear, mRunning);
    if (mMonths->value() != std::clamp(mGiven.monthsToDeliver, 0, maxMonths))
        result.monthsToDeliver = mMonths->value();
    result.evidence = mEvidence->toPlainText();
    result.changes = mCards->changes();
    result.addedCards = mAddedCards->cards();
    if (mSystems) {
        result.systems.clear();
        for (int row = 0; row < mSystems->count(); ++row)
            if (mSystems->item(row)->checkState() == Qt::Checked)
                result.systems.push_back(mSystems->item(row)->data(Qt::UserRole).toUuid());
    }
    return result;
}

QUuid OpportunityDialog::create(QWidget *parent, JourneyDocument *document, const Opportunity &prefilled, const QUuid &scenarioId)
{
    if (!document || document->isReviewOnly())
        return {};
    OpportunityDialog dialog(document->journey(), prefilled, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return opportunityedits::add(document, dialog.opportunity(), scenarioId);
}

bool OpportunityDialog::edit(QWidget *parent, JourneyDocument *document, const QUuid &opportunityId)
{
    const Opportunity *current = document ? document->journey().opportunity(opportunityId) : nullptr;
    if (!current)
        return false;
    OpportunityDialog dialog(document->journey(), *current, parent);
    dialog.mButtons->button(QDialogButtonBox::Ok)->setEnabled(!document->isReviewOnly() && !current->title.trimmed().isEmpty());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // Deleted meanwhile (e.g. by undo in another window): nothing to change.
    return document->journey().opportunity(opportunityId) && opportunityedits::edit(document, dialog.opportunity());
}

} // namespace waymark
