#include "business/opportunitiesdock.h"

#include "business/businesssettings.h"
#include "business/journeystate.h"
#include "business/explanationdialog.h"
#include "business/prioritiesdialog.h"
#include "business/techgap.h"
#include "business/techgapdialog.h"
#include "business/opportunitiesmodel.h"
#include "business/opportunitydialog.h"
#include "business/opportunityedits.h"
#include "commands/editjourneysettings.h"
#include "data/statisticsbehind.h"
#include "journeydocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace waymark {

namespace {

QPushButton *button(const QString &text, const char *name, const QString &tip, QWidget *parent)
{
    auto *result = new QPushButton(text, parent);
    result->setObjectName(QString::fromLatin1(name));
    result->setToolTip(tip);
    return result;
}

} // namespace

OpportunitiesDock::OpportunitiesDock(JourneyDocument *document, QWidget *parent)
    : QDockWidget(tr("Opportunities"), parent)
{
    setObjectName(QStringLiteral("opportunitiesDock"));
    auto *contents = new QWidget(this);
    auto *layout = new QVBoxLayout(contents);

    auto *scenarioRow = new QHBoxLayout;
    auto *scenarioLabel = new QLabel(tr("Scenario:"), contents);
    mScenarios = new QComboBox(contents);
    mScenarios->setObjectName(QStringLiteral("scenarioBox"));
    mScenarios->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mScenarios->setMinimumContentsLength(14); // long names elide instead of widening the dock
    scenarioLabel->setBuddy(mScenarios);
    mUseScenario = button(tr("Use in Report"), "useScenario",
                          tr("Show this scenario in the PDF report and in the future state of the map"), contents);
    scenarioRow->addWidget(scenarioLabel);
    scenarioRow->addWidget(mScenarios, 1);
    scenarioRow->addWidget(mUseScenario);
    layout->addLayout(scenarioRow);

    auto *scenarioButtons = new QHBoxLayout;
    mNewScenario = button(tr("New Scenario…"), "newScenario", tr("A named set of opportunities, e.g. “Quick wins”"), contents);
    mRenameScenario = button(tr("Rename…"), "renameScenario", tr("Rename the chosen scenario"), contents);
    mDeleteScenario = button(tr("Delete Scenario"), "deleteScenario", tr("Delete the chosen scenario; its opportunities stay"), contents);
    scenarioButtons->addWidget(mNewScenario);
    scenarioButtons->addWidget(mRenameScenario);
    scenarioButtons->addWidget(mDeleteScenario);
    scenarioButtons->addStretch();
    layout->addLayout(scenarioButtons);

    mModel = new OpportunitiesModel(this);
    mSorted = new QSortFilterProxyModel(this);
    mSorted->setSourceModel(mModel);
    mSorted->setSortRole(OpportunitiesModel::SortRole);
    mView = new QTableView(contents);
    mView->setObjectName(QStringLiteral("opportunitiesView"));
    mView->setModel(mSorted);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->setAlternatingRowColors(true);
    mView->setWordWrap(false);
    mView->verticalHeader()->hide();
    QHeaderView *header = mView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OpportunitiesModel::TitleColumn, QHeaderView::Interactive);
    header->resizeSection(OpportunitiesModel::TitleColumn, 170);
    header->setStretchLastSection(false);
    // Journey order until a header is clicked.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    mView->setSortingEnabled(true);
    mView->installEventFilter(this);
    layout->addWidget(mView, 1);

    mEmpty = new QLabel(tr("No opportunities yet. Add one here, right-click a card on the map, or turn the top "
                           "cards of a closed vote into opportunities (Workshop dock → Vote)."),
                        contents);
    mEmpty->setObjectName(QStringLiteral("opportunitiesEmpty"));
    mEmpty->setWordWrap(true);
    mEmpty->setAlignment(Qt::AlignCenter);
    layout->addWidget(mEmpty);

    mSummary = new QLabel(contents);
    mSummary->setObjectName(QStringLiteral("opportunitiesSummary"));
    mSummary->setWordWrap(true);
    layout->addWidget(mSummary);

    auto *buttons = new QHBoxLayout;
    mAdd = button(tr("Add…"), "addOpportunity", tr("A new opportunity (it joins the chosen scenario)"), contents);
    mEdit = button(tr("Edit…"), "editOpportunity", tr("Edit the selected opportunity (or double-click it)"), contents);
    mDelete = button(tr("Delete"), "deleteOpportunity", tr("Delete the selected opportunity and take it out of every scenario"), contents);
    buttons->addWidget(mAdd);
    buttons->addWidget(mEdit);
    buttons->addWidget(mDelete);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *insight = new QHBoxLayout;
    mExplain = button(tr("How Is It Made?…"), "explainOpportunity",
                      tr("Every figure of the selected opportunity's business case with its formula and inputs"), contents);
    mPriorities = button(tr("Priorities…"), "showPriorities",
                         tr("Value against cost as bubbles (size: CLV at risk) and the ranking by NPV, ROI, payback or dots"), contents);
    mTechGap = button(tr("Technology Gap…"), "showTechGap",
                      tr("The systems behind the journey: their age, what they cannot do and the pain points they cause"), contents);
    insight->addWidget(mExplain);
    insight->addWidget(mPriorities);
    insight->addWidget(mTechGap);
    insight->addStretch();
    layout->addLayout(insight);
    setWidget(contents);

    connect(mScenarios, &QComboBox::currentIndexChanged, this, &OpportunitiesDock::refresh);
    connect(mUseScenario, &QPushButton::clicked, this, [this] { useScenarioForReport(currentScenario()); });
    connect(mNewScenario, &QPushButton::clicked, this, &OpportunitiesDock::showNewScenarioDialog);
    connect(mRenameScenario, &QPushButton::clicked, this, &OpportunitiesDock::showRenameScenarioDialog);
    connect(mDeleteScenario, &QPushButton::clicked, this, [this] { removeScenario(currentScenario()); });
    connect(mAdd, &QPushButton::clicked, this, &OpportunitiesDock::showAddDialog);
    connect(mEdit, &QPushButton::clicked, this, [this] { showEditDialog(currentOpportunity()); });
    connect(mDelete, &QPushButton::clicked, this, [this] { removeOpportunity(currentOpportunity()); });
    connect(mExplain, &QPushButton::clicked, this, [this] {
        if (const OpportunityCase *value = mModel->valueOf(currentOpportunity()))
            ExplanationDialog(*value, mModel->scenarioCase().currency, this).exec();
    });
    connect(mPriorities, &QPushButton::clicked, this, [this] { PrioritiesDialog(mModel->scenarioCase(), this).exec(); });
    connect(mTechGap, &QPushButton::clicked, this, [this] {
        if (mDocument)
            TechGapDialog(mDocument->journey(), this).exec();
    });
    connect(mView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != OpportunitiesModel::MemberColumn) // there a double click ticks the box
            showEditDialog(currentOpportunity());
    });
    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OpportunitiesDock::updateButtons);

    // The dock's buttons carry no mnemonics: Alt keys belong to the menus and the other docks.
    // Insert adds, Enter edits, Delete deletes in the table.
    // One refresh per burst of changes (a macro adding five opportunities signals five times).
    mRefreshTimer.setSingleShot(true);
    mRefreshTimer.setInterval(0);
    connect(&mRefreshTimer, &QTimer::timeout, this, &OpportunitiesDock::refresh);
    setDocument(document);
}

void OpportunitiesDock::setDocument(JourneyDocument *document)
{
    for (const QMetaObject::Connection &connection : std::as_const(mConnections))
        disconnect(connection);
    mConnections.clear();
    mDocument = document;
    mModel->setDocument(document);
    if (document) {
        // What the table shows and what the business case reads: opportunities, scenarios,
        // settings, the cards' effort and titles, departments and survey data.
        for (auto signal : {&JourneyDocument::opportunityInserted, &JourneyDocument::opportunityRemoved,
                            &JourneyDocument::opportunityChanged, &JourneyDocument::scenarioInserted,
                            &JourneyDocument::scenarioRemoved, &JourneyDocument::scenarioChanged,
                            &JourneyDocument::touchpointInserted, &JourneyDocument::touchpointRemoved,
                            &JourneyDocument::touchpointChanged, &JourneyDocument::departmentInserted,
                            &JourneyDocument::departmentRemoved, &JourneyDocument::departmentChanged,
                            &JourneyDocument::stageRemoved, &JourneyDocument::datasetInserted,
                            &JourneyDocument::datasetRemoved, &JourneyDocument::datasetChanged,
                            &JourneyDocument::voteChanged})
            mConnections << connect(document, signal, this, &OpportunitiesDock::scheduleRefresh);
        mConnections << connect(document, &JourneyDocument::settingsChanged, this, &OpportunitiesDock::scheduleRefresh);
        mConnections << connect(document, &JourneyDocument::journeyReset, this, &OpportunitiesDock::scheduleRefresh);
        // Retention waits for the lifetime-value fit and the CLV join computed behind the window.
        if (StatisticsBehind *behind = document->statistics().behind())
            mConnections << connect(behind, &StatisticsBehind::ready, this, &OpportunitiesDock::scheduleRefresh);
        mConnections << connect(document, &JourneyDocument::reviewOnlyChanged, this, &OpportunitiesDock::updateButtons);
    }
    refresh();
}

QUuid OpportunitiesDock::currentScenario() const
{
    return mScenarios->currentData().toUuid();
}

void OpportunitiesDock::setCurrentScenario(const QUuid &scenarioId)
{
    if (mRefreshTimer.isActive() && mScenarios->findData(scenarioId) < 0) // just added, not listed yet
        refresh();
    const int index = mScenarios->findData(scenarioId);
    mScenarios->setCurrentIndex(std::max(0, index));
}

int OpportunitiesDock::currentSourceRow() const
{
    const QModelIndex current = mView->currentIndex();
    return current.isValid() ? mSorted->mapToSource(current).row() : -1;
}

QUuid OpportunitiesDock::currentOpportunity() const
{
    return mModel->opportunityAt(currentSourceRow());
}

void OpportunitiesDock::setCurrentOpportunity(const QUuid &opportunityId)
{
    if (mRefreshTimer.isActive() && mModel->rowOf(opportunityId) < 0) // just added, not listed yet
        refresh();
    const int row = mModel->rowOf(opportunityId);
    if (row < 0)
        return;
    const QModelIndex index = mSorted->mapFromSource(mModel->index(row, OpportunitiesModel::TitleColumn));
    mView->setCurrentIndex(index);
    mView->scrollTo(index);
}

void OpportunitiesDock::fillScenarios()
{
    const QUuid current = currentScenario();
    const QSignalBlocker blocker(mScenarios);
    mScenarios->clear();
    if (!mDocument)
        return;
    const Journey &journey = mDocument->journey();
    const QUuid chosen = chosenScenarioId(journey);
    // The one the report shows says so in the list.
    const auto label = [](const QString &name, bool inReport) { return inReport ? tr("%1 (in the report)").arg(name) : name; };
    mScenarios->addItem(label(tr("All opportunities"), chosen.isNull()), QUuid());
    for (const Scenario &scenario : journey.scenarios)
        mScenarios->addItem(label(scenario.name, scenario.id == chosen), scenario.id);
    mScenarios->setCurrentIndex(std::max(0, mScenarios->findData(current)));
}

void OpportunitiesDock::refresh()
{
    mRefreshTimer.stop();
    const QUuid selected = currentOpportunity();
    fillScenarios();
    mModel->setScenario(currentScenario());
    mModel->refresh();
    setCurrentOpportunity(selected);
    mView->setColumnHidden(OpportunitiesModel::MemberColumn, currentScenario().isNull());
    const bool empty = mDocument && mModel->rowCount() == 0;
    mEmpty->setVisible(empty);
    updateSummary();
    updateButtons();
}

void OpportunitiesDock::setSharedLimit(const QString &why)
{
    mSharedLimit = why;
    for (QPushButton *button : {mAdd, mDelete, mNewScenario, mRenameScenario, mDeleteScenario, mUseScenario})
        button->setToolTip(why);
    updateButtons();
}

void OpportunitiesDock::updateButtons()
{
    const bool editable = mDocument && !mDocument->isReviewOnly() && mSharedLimit.isEmpty();
    const bool scenario = !currentScenario().isNull();
    const bool row = !currentOpportunity().isNull();
    mAdd->setEnabled(editable);
    mEdit->setEnabled(row); // review mode still shows the details, read-only
    mEdit->setText(editable ? tr("Edit…") : tr("View…"));
    mDelete->setEnabled(editable && row);
    mExplain->setEnabled(row && mModel->valueOf(currentOpportunity()));
    mPriorities->setEnabled(mDocument && !mDocument->journey().opportunities.empty());
    mTechGap->setEnabled(mDocument && !techGaps(mDocument->journey()).empty());
    mNewScenario->setEnabled(editable);
    mRenameScenario->setEnabled(editable && scenario);
    mDeleteScenario->setEnabled(editable && scenario);
    mUseScenario->setEnabled(editable && mDocument && chosenScenarioId(mDocument->journey()) != currentScenario());
}

void OpportunitiesDock::updateSummary()
{
    if (!mDocument || mModel->rowCount() == 0) {
        mSummary->clear();
        mSummary->hide();
        return;
    }
    const BusinessCase &value = mModel->scenarioCase();
    if (value.opportunities.empty()) { // a scenario nobody has put anything into yet
        mSummary->setText(tr("Tick the opportunities that belong to “%1” in the first column.").arg(value.scenarioName));
        mSummary->setToolTip(QString());
        mSummary->show();
        return;
    }
    const OpportunityCase &total = value.total;
    const int count = int(value.opportunities.size());
    QStringList parts;
    parts << (currentScenario().isNull() ? tr("All %n opportunity(s) together:", nullptr, count)
                                         : tr("“%1”, %n opportunity(s):", nullptr, count).arg(value.scenarioName));
    parts << tr("one-off cost %1").arg(OpportunitiesModel::money(total.oneOffCost, value.currency));
    parts << tr("NPV %1 over %n year(s)", nullptr, value.horizonYears).arg(OpportunitiesModel::money(total.npv, value.currency));
    parts << (total.paybackMonths ? tr("pays back in %n month(s)", nullptr, *total.paybackMonths) : tr("no payback within the horizon"));
    QString text = parts.first() + QLatin1Char(' ') + QStringList(parts.mid(1)).join(QStringLiteral(" · "));
    if (BusinessSettings::fromSettings(mDocument->journey().settings).customersPerYear <= 0)
        text += QLatin1Char('\n') + tr("Enter the customers per year under Journey → Business Settings to value the benefits.");
    if (value.answersBeingRead > 0) // the dock is refreshed when they are (datasetChanged)
        text += QLatin1Char('\n') + tr("Reading the %L1 survey answers… Retention and CLV at risk are added when they are read.")
                                       .arg(value.answersBeingRead);
    else if (value.clvCustomersBeingFitted > 0) // and when the fit is in (StatisticsBehind::ready)
        text += QLatin1Char('\n') + tr("Fitting the lifetime-value model to %L1 customers… Retention and CLV at risk are added when it is done.")
                                       .arg(value.clvCustomersBeingFitted);
    else if (value.clvAnswersBeingMatched > 0)
        text += QLatin1Char('\n') + tr("Matching %L1 survey answers to customers… Retention and CLV at risk are added when they are matched.")
                                       .arg(value.clvAnswersBeingMatched);
    mSummary->setText(text);
    mSummary->setToolTip(value.problems.join(QLatin1Char('\n')));
    mSummary->show();
}

QUuid OpportunitiesDock::addOpportunity(const Opportunity &opportunity)
{
    const QUuid id = opportunityedits::add(mDocument, opportunity, currentScenario());
    if (!id.isNull()) {
        refresh();
        setCurrentOpportunity(id);
    }
    return id;
}

bool OpportunitiesDock::removeOpportunity(const QUuid &opportunityId)
{
    return opportunityedits::remove(mDocument, opportunityId);
}

QUuid OpportunitiesDock::addScenario(const QString &name)
{
    const QUuid id = opportunityedits::addScenario(mDocument, name);
    if (!id.isNull()) {
        refresh();
        setCurrentScenario(id);
    }
    return id;
}

bool OpportunitiesDock::renameScenario(const QUuid &scenarioId, const QString &name)
{
    return opportunityedits::renameScenario(mDocument, scenarioId, name);
}

bool OpportunitiesDock::removeScenario(const QUuid &scenarioId)
{
    return opportunityedits::removeScenario(mDocument, scenarioId);
}

bool OpportunitiesDock::useScenarioForReport(const QUuid &scenarioId)
{
    if (!mDocument || mDocument->isReviewOnly() || !mSharedLimit.isEmpty() || chosenScenarioId(mDocument->journey()) == scenarioId)
        return false;
    if (!scenarioId.isNull() && !mDocument->journey().scenario(scenarioId))
        return false;
    // No key: every opportunity.
    const QString value = scenarioId.isNull() ? QString() : scenarioId.toString(QUuid::WithoutBraces);
    return mDocument->push(new EditJourneySettings(mDocument, {{chosenScenarioSetting, value}}, tr("Choose scenario for the report")));
}

void OpportunitiesDock::showAddDialog()
{
    const QUuid id = OpportunityDialog::create(this, mDocument, Opportunity(), currentScenario());
    if (!id.isNull()) {
        refresh();
        setCurrentOpportunity(id);
    }
}

void OpportunitiesDock::showEditDialog(const QUuid &opportunityId)
{
    OpportunityDialog::edit(this, mDocument, opportunityId);
}

void OpportunitiesDock::showNewScenarioDialog()
{
    if (!mDocument)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Scenario"), tr("Name of the scenario:"), QLineEdit::Normal,
                                               tr("Quick wins"), &ok);
    if (ok)
        addScenario(name);
}

void OpportunitiesDock::showRenameScenarioDialog()
{
    const Scenario *scenario = mDocument ? mDocument->journey().scenario(currentScenario()) : nullptr;
    if (!scenario)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Scenario"), tr("Name of the scenario:"), QLineEdit::Normal,
                                               scenario->name, &ok);
    if (ok)
        renameScenario(scenario->id, name);
}

bool OpportunitiesDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mView && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !currentOpportunity().isNull()) {
            showEditDialog(currentOpportunity());
            return true;
        }
        if (key == Qt::Key_Insert) {
            showAddDialog();
            return true;
        }
        if (key == Qt::Key_Delete && !currentOpportunity().isNull()) {
            removeOpportunity(currentOpportunity());
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace waymark
