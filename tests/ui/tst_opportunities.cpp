// Opportunities in the workshop: the Opportunities dock (add, delete, scenarios and their
// membership, each one undo step), the opportunity dialog's accept path, opportunities made
// from a card, from the hotspots and from a closed vote's top cards, and the business
// settings dialog pushing only what changed.
#include "business/addedcardstable.h"
#include "business/businesssettingsdialog.h"
#include "business/cardchangestable.h"
#include "business/efforttargetedit.h"
#include "business/explanationdialog.h"
#include "business/opportunitiesdock.h"
#include "business/prioritiesdialog.h"
#include "business/techgapdialog.h"
#include "business/opportunitiesmodel.h"
#include "business/opportunitydialog.h"
#include "business/opportunityedits.h"
#include "canvas/canvasactions.h"
#include "canvas/journeyscene.h"
#include "docks/hotspotsdock.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "testjourneys.h"
#include "workshop/votepanel.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QDir>
#include <QChartView>
#include <QComboBox>
#include <QTreeWidget>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

#include <functional>

using namespace waymark;

namespace {

// The small journey's card ids: "9a1e0005-0000-4000-8000-0000000000NN".
QUuid card(int number)
{
    return QUuid::fromString(QStringLiteral("9a1e0005-0000-4000-8000-%1").arg(number, 12, 10, QLatin1Char('0')));
}

QUuid billing()
{
    return QUuid::fromString(QStringLiteral("9a1e0002-0000-4000-8000-000000000002"));
}

// Runs `act` on the dialog of type T once it is shown modally; *ran says it did.
template <typename T>
void whenDialogShows(const std::function<void(T *)> &act, bool *ran)
{
    QTimer::singleShot(0, [act, ran] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog) {
            // Not shown yet (the window is still building it): look again shortly.
            whenDialogShows<T>(act, ran);
            return;
        }
        *ran = true;
        act(dialog);
    });
}

void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    buttons->button(QDialogButtonBox::Ok)->click();
}

Opportunity namedOpportunity(const QString &title, const QList<QUuid> &cards = {})
{
    Opportunity opportunity = opportunityedits::fromCards(test::smallJourney(), cards);
    opportunity.id = QUuid::createUuid();
    opportunity.title = title;
    return opportunity;
}

// The small journey with a participant and a closed vote on every card: card 4 has three
// dots, card 6 two, cards 2 and 3 one each.
Journey votedJourney(bool closed = true)
{
    Journey journey = test::smallJourney();
    Participant ana{QUuid::createUuid(), QStringLiteral("Ana"), {}, QColor(Qt::red)};
    journey.participants.push_back(ana);
    VoteRound round;
    round.id = QUuid::createUuid();
    round.title = QStringLiteral("Biggest pain points");
    round.scope = VoteScope::AllCards;
    round.budget = 10;
    round.closed = closed;
    round.startedAt = QDateTime::currentDateTimeUtc();
    for (const auto &[number, dots] : {std::pair{4, 3}, {6, 2}, {2, 1}, {3, 1}})
        for (int i = 0; i < dots; ++i)
            round.dots.push_back({ana.id, card(number)});
    journey.votes.push_back(round);
    return journey;
}

} // namespace

class TestOpportunities : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

private slots:
    void initTestCase()
    {
        // Settings and recovery copies go to throw-away folders, never the user's.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(mDir.filePath(QStringLiteral("config"))));
        qputenv("WAYMARK_RECOVERY_DIR", QFile::encodeName(mDir.filePath(QStringLiteral("recovery"))));
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("WaymarkTest"));
    }

    void prefillFromACard()
    {
        const Journey journey = test::smallJourney();
        const Opportunity opportunity = opportunityedits::fromCards(journey, {card(4)});
        QCOMPARE(opportunity.title, QStringLiteral("Fix: Čeka odobrenje ⏳"));
        QCOMPARE(opportunity.changes.size(), std::size_t(1));
        QCOMPARE(opportunity.changes.front().touchpointId, card(4));
        QCOMPARE(opportunity.changes.front().reach, 1.0);
        QCOMPARE(opportunity.changes.front().minutes.kind, EffortTarget::Kind::Same);
        QCOMPARE(opportunity.ownerDepartmentId, billing());
        // Several cards: all linked, the title names them; unknown ids are left out.
        const Opportunity several = opportunityedits::fromCards(journey, {card(2), card(6), QUuid::createUuid()});
        QCOMPARE(several.changes.size(), std::size_t(2));
        QCOMPARE(several.title, QStringLiteral("Fix: Сайт банку, Proverava dokumenta"));
    }

    void addThroughTheDockIsOneUndoStep()
    {
        JourneyDocument document(test::smallJourney());
        OpportunitiesDock dock(&document);
        QVERIFY(dock.model()->rowCount() == 0);
        const QUuid id = dock.addOpportunity(namedOpportunity(QStringLiteral("Status tracker"), {card(4)}));
        QVERIFY(!id.isNull());
        QCOMPARE(document.journey().opportunities.size(), std::size_t(1));
        QCOMPARE(document.undoStack()->count(), 1);
        QApplication::processEvents();
        QCOMPARE(dock.model()->rowCount(), 1);
        QCOMPARE(dock.currentOpportunity(), id);
        const QModelIndex title = dock.view()->model()->index(0, OpportunitiesModel::TitleColumn);
        QCOMPARE(title.data().toString(), QStringLiteral("Status tracker"));
        QCOMPARE(dock.view()->model()->index(0, OpportunitiesModel::CardsColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(dock.view()->model()->index(0, OpportunitiesModel::OwnerColumn).data().toString(),
                 QStringLiteral("Računovodstvo i naplata"));

        document.undoStack()->undo();
        QVERIFY(document.journey().opportunities.empty());
        QApplication::processEvents();
        QCOMPARE(dock.model()->rowCount(), 0);
        document.undoStack()->redo();
        QCOMPARE(document.journey().opportunities.front().title, QStringLiteral("Status tracker"));
    }

    void addIntoTheChosenScenarioIsOneUndoStep()
    {
        JourneyDocument document(test::smallJourney());
        OpportunitiesDock dock(&document);
        const QUuid scenario = dock.addScenario(QStringLiteral("Quick wins"));
        QVERIFY(!scenario.isNull());
        QCOMPARE(dock.currentScenario(), scenario);
        const int steps = document.undoStack()->count();
        const QUuid id = dock.addOpportunity(namedOpportunity(QStringLiteral("Chat instead of branch")));
        QCOMPARE(document.undoStack()->count(), steps + 1);
        QCOMPARE(document.journey().scenario(scenario)->opportunityIds, std::vector<QUuid>{id});
        document.undoStack()->undo();
        QVERIFY(document.journey().opportunities.empty());
        QVERIFY(document.journey().scenario(scenario)->opportunityIds.empty());
    }

    void toggleMembershipIsOneUndoStep()
    {
        Journey journey = test::smallJourney();
        journey.opportunities = {namedOpportunity(QStringLiteral("A")), namedOpportunity(QStringLiteral("B"))};
        journey.scenarios = {{QUuid::createUuid(), QStringLiteral("Quick wins"), {}}};
        const QUuid scenario = journey.scenarios.front().id;
        const QUuid b = journey.opportunities[1].id;
        JourneyDocument document(journey);
        OpportunitiesDock dock(&document);
        QVERIFY(dock.view()->isColumnHidden(OpportunitiesModel::MemberColumn)); // "All opportunities": no check boxes
        dock.setCurrentScenario(scenario);
        QApplication::processEvents();
        QVERIFY(!dock.view()->isColumnHidden(OpportunitiesModel::MemberColumn));

        QAbstractItemModel *model = dock.view()->model();
        const QModelIndex box = model->index(1, OpportunitiesModel::MemberColumn);
        QVERIFY(model->flags(box) & Qt::ItemIsUserCheckable);
        QCOMPARE(box.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model->setData(box, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.journey().scenario(scenario)->opportunityIds, std::vector<QUuid>{b});
        QApplication::processEvents();
        QCOMPARE(model->index(1, OpportunitiesModel::MemberColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        QVERIFY(model->setData(model->index(1, OpportunitiesModel::MemberColumn), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(document.undoStack()->count(), 2);
        QVERIFY(document.journey().scenario(scenario)->opportunityIds.empty());
        document.undoStack()->undo();
        QCOMPARE(document.journey().scenario(scenario)->opportunityIds, std::vector<QUuid>{b});
        document.undoStack()->undo();
        QVERIFY(document.journey().scenario(scenario)->opportunityIds.empty());
    }

    void deleteTakesItOutOfScenarios()
    {
        Journey journey = test::smallJourney();
        journey.opportunities = {namedOpportunity(QStringLiteral("A")), namedOpportunity(QStringLiteral("B"))};
        const QUuid a = journey.opportunities[0].id;
        const QUuid b = journey.opportunities[1].id;
        journey.scenarios = {{QUuid::createUuid(), QStringLiteral("Everything"), {a, b}}};
        const Journey before = journey;
        JourneyDocument document(journey);
        OpportunitiesDock dock(&document);
        dock.setCurrentOpportunity(a);
        dock.deleteButton()->click();
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.journey().opportunities.size(), std::size_t(1));
        QCOMPARE(document.journey().scenarios.front().opportunityIds, std::vector<QUuid>{b});
        document.undoStack()->undo();
        QVERIFY(document.journey() == before);
    }

    void scenariosAddRenameDelete()
    {
        JourneyDocument document(test::smallJourney());
        OpportunitiesDock dock(&document);
        const QUuid id = dock.addScenario(QStringLiteral("Quick wins"));
        QCOMPARE(dock.scenarioBox()->count(), 2); // "All opportunities" and it
        QVERIFY(dock.renameScenario(id, QStringLiteral("First steps")));
        QApplication::processEvents();
        QVERIFY(dock.scenarioBox()->currentText().startsWith(QStringLiteral("First steps")));
        // Chosen for the report, then deleted: the choice goes with it, in one step.
        QVERIFY(dock.useScenarioForReport(id));
        QCOMPARE(document.journey().settings.value(QStringLiteral("business/scenario")), id.toString(QUuid::WithoutBraces));
        const int steps = document.undoStack()->count();
        QVERIFY(dock.removeScenario(id));
        QCOMPARE(document.undoStack()->count(), steps + 1);
        QVERIFY(document.journey().scenarios.empty());
        QVERIFY(!document.journey().settings.contains(QStringLiteral("business/scenario")));
        QApplication::processEvents();
        QCOMPARE(dock.scenarioBox()->count(), 1);
        QVERIFY(dock.currentScenario().isNull());
        document.undoStack()->undo();
        QCOMPARE(document.journey().scenarios.size(), std::size_t(1));
        QCOMPARE(document.journey().settings.value(QStringLiteral("business/scenario")), id.toString(QUuid::WithoutBraces));
    }

    void editThroughTheDialog()
    {
        Journey journey = test::smallJourney();
        journey.opportunities = {namedOpportunity(QStringLiteral("Faster approval"), {card(4)})};
        const QUuid id = journey.opportunities.front().id;
        JourneyDocument document(journey);
        OpportunitiesDock dock(&document);

        // OK without a change leaves no undo step.
        bool ran = false;
        whenDialogShows<OpportunityDialog>([](OpportunityDialog *dialog) { clickOk(dialog); }, &ran);
        dock.showEditDialog(id);
        QVERIFY(ran);
        QCOMPARE(document.undoStack()->count(), 0);

        ran = false;
        whenDialogShows<OpportunityDialog>(
            [](OpportunityDialog *dialog) {
                dialog->titleEdit()->setText(QStringLiteral("Approve within an hour"));
                dialog->findChild<QDoubleSpinBox *>(QStringLiteral("oneOffCost"))->setValue(25000);
                CardChangesTable *cards = dialog->cards();
                QCOMPARE(cards->table()->rowCount(), 1);
                EffortTargetEdit *time = cards->targetEdit(0, CardChangesTable::TimeColumn);
                time->kindBox()->setCurrentIndex(time->kindBox()->findData(int(EffortTarget::Kind::Value)));
                time->amountBox()->setValue(60);
                cards->shareBox(0, CardChangesTable::PassivesColumn)->setValue(40);
                // The two detractor shares cannot add up to more than 100 %.
                QCOMPARE(cards->shareBox(0, CardChangesTable::PromotersColumn)->maximum(), 60.0);
                QVERIFY(cards->linkCard(card(6)));
                // A new step: named in place; an unnamed one is left out.
                const int step = dialog->addedCards()->addRow();
                dialog->addedCards()->table()->item(step, AddedCardsTable::TitleColumn)->setText(QStringLiteral("SMS: approved"));
                dialog->addedCards()->addRow();
                clickOk(dialog);
            },
            &ran);
        dock.showEditDialog(id);
        QVERIFY(ran);
        QCOMPARE(document.undoStack()->count(), 1);
        const Opportunity &edited = *document.journey().opportunity(id);
        QCOMPARE(edited.title, QStringLiteral("Approve within an hour"));
        QCOMPARE(edited.oneOffCost.hundredths, qint64(2'500'000));
        QCOMPARE(edited.changes.size(), std::size_t(2));
        QCOMPARE(edited.changes[0].minutes.kind, EffortTarget::Kind::Value);
        QCOMPARE(edited.changes[0].minutes.amount, 60.0);
        QCOMPARE(edited.changes[0].detractorsToPassives, 0.4);
        QCOMPARE(edited.changes[1].touchpointId, card(6));
        QCOMPARE(edited.addedCards.size(), std::size_t(1));
        QCOMPARE(edited.addedCards.front().title, QStringLiteral("SMS: approved"));
        QVERIFY(!edited.addedCards.front().stageId.isNull());
        QVERIFY(document.journey().problems().empty());
        document.undoStack()->undo();
        QCOMPARE(document.journey().opportunity(id)->title, QStringLiteral("Faster approval"));
    }

    void addThroughTheDialogNeedsATitle()
    {
        JourneyDocument document(test::smallJourney());
        OpportunitiesDock dock(&document);
        bool ran = false;
        whenDialogShows<OpportunityDialog>(
            [](OpportunityDialog *dialog) {
                QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
                dialog->titleEdit()->setText(QStringLiteral("Video identification"));
                clickOk(dialog);
            },
            &ran);
        dock.addButton()->click();
        QVERIFY(ran);
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.journey().opportunities.front().title, QStringLiteral("Video identification"));
    }

    void createFromACardOnTheCanvas()
    {
        MainWindow window;
        window.setMessageSink([](const QString &, const QString &) {});
        QVERIFY(window.document());
        // Load the small journey as a document of the window.
        window.document()->resetJourney(test::smallJourney());
        window.journeyScene()->selectTouchpoints({card(4)});
        QAction *create = window.canvasActions()->createOpportunity();
        QVERIFY(create->isEnabled());
        bool ran = false;
        whenDialogShows<OpportunityDialog>(
            [](OpportunityDialog *dialog) {
                QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Fix: Čeka odobrenje ⏳"));
                QCOMPARE(dialog->cards()->table()->rowCount(), 1);
                QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("opportunityOwner"))->currentText(),
                         QStringLiteral("Računovodstvo i naplata"));
                clickOk(dialog);
            },
            &ran);
        create->trigger();
        QVERIFY(ran);
        QCOMPARE(window.document()->journey().opportunities.size(), std::size_t(1));
        QCOMPARE(window.document()->undoStack()->count(), 1);
        QCOMPARE(window.opportunitiesDock()->currentOpportunity(), window.document()->journey().opportunities.front().id);
    }

    void createFromTheHotspots()
    {
        JourneyDocument document(test::smallJourney());
        HotspotsDock hotspots(&document);
        QVERIFY(!hotspots.createOpportunityAction()->isEnabled());
        QSignalSpy requested(&hotspots, &HotspotsDock::createOpportunityRequested);
        hotspots.view()->selectionModel()->select(hotspots.view()->model()->index(0, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        hotspots.view()->selectionModel()->select(hotspots.view()->model()->index(1, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(hotspots.createOpportunityAction()->isEnabled());
        hotspots.createOpportunityAction()->trigger();
        QCOMPARE(requested.count(), 1);
        const auto cards = requested.first().first().value<QList<QUuid>>();
        QCOMPARE(cards.size(), 2);
        QCOMPARE(cards, hotspots.selectedTouchpoints());
    }

    void opportunitiesFromAClosedVoteAreOneUndoStep()
    {
        JourneyDocument document(votedJourney());
        VotePanel panel;
        panel.setDocument(&document);
        QVERIFY(panel.opportunitiesButton()->isEnabled());
        QSignalSpy created(&panel, &VotePanel::opportunitiesCreated);
        QString why;
        const QList<QUuid> ids = panel.createOpportunitiesFromTopCards(3, &why);
        QVERIFY2(ids.size() == 3, qPrintable(why));
        QCOMPARE(created.count(), 1);
        QCOMPARE(document.undoStack()->count(), 1);
        const Journey &journey = document.journey();
        QCOMPARE(journey.opportunities.size(), std::size_t(3));
        // Most dots first; the tie at the cut keeps the map's order (card 2 before card 3).
        QCOMPARE(journey.opportunities[0].changes.front().touchpointId, card(4));
        QCOMPARE(journey.opportunities[1].changes.front().touchpointId, card(6));
        QCOMPARE(journey.opportunities[2].changes.front().touchpointId, card(2));
        QCOMPARE(journey.opportunities[0].title, QStringLiteral("Fix: Čeka odobrenje ⏳"));

        // Again: the cards that have one already are skipped.
        const QList<QUuid> more = panel.createOpportunitiesFromTopCards(4, &why);
        QCOMPARE(more.size(), 1);
        QCOMPARE(document.journey().opportunities.back().changes.front().touchpointId, card(3));
        QVERIFY(panel.createOpportunitiesFromTopCards(4, &why).isEmpty());
        QVERIFY(!why.isEmpty());

        document.undoStack()->undo();
        document.undoStack()->undo();
        QVERIFY(document.journey().opportunities.empty());
        QCOMPARE(document.undoStack()->index(), 0);
    }

    void anOpenVoteMakesNoOpportunities()
    {
        JourneyDocument document(votedJourney(false));
        VotePanel panel;
        panel.setDocument(&document);
        QVERIFY(!panel.opportunitiesButton()->isEnabled());
        QString why;
        QVERIFY(panel.createOpportunitiesFromTopCards(3, &why).isEmpty());
        QVERIFY(!why.isEmpty());
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void reviewModeRefuses()
    {
        Journey journey = test::smallJourney();
        journey.opportunities = {namedOpportunity(QStringLiteral("A"))};
        JourneyDocument document(journey);
        document.setReviewOnly(true);
        OpportunitiesDock dock(&document);
        QVERIFY(!dock.addButton()->isEnabled());
        QVERIFY(dock.addOpportunity(namedOpportunity(QStringLiteral("B"))).isNull());
        QVERIFY(!dock.removeOpportunity(journey.opportunities.front().id));
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void businessSettingsPushOnlyWhatChanged()
    {
        Journey journey = test::smallJourney();
        journey.settings.insert(QStringLiteral("business/customersPerYear"), QStringLiteral("50000"));
        journey.settings.insert(QStringLiteral("business/costPerContact/phone"), QStringLiteral("4.5"));
        JourneyDocument document(journey);
        const QUuid stage = journey.stages[1].id;

        // OK without a change: nothing.
        bool ran = false;
        whenDialogShows<BusinessSettingsDialog>([](BusinessSettingsDialog *dialog) { clickOk(dialog); }, &ran);
        QVERIFY(!editBusinessSettings(nullptr, &document));
        QVERIFY(ran);
        QCOMPARE(document.undoStack()->count(), 0);

        ran = false;
        whenDialogShows<BusinessSettingsDialog>(
            [stage](BusinessSettingsDialog *dialog) {
                QCOMPARE(dialog->customersBox()->value(), 50000.0);
                dialog->customersBox()->setValue(120000);
                dialog->stageOverrideBox(stage)->setChecked(true);
                dialog->stageCustomersBox(stage)->setValue(80000);
                dialog->contactCostBox(Channel::Phone)->setValue(0); // no longer counted
                dialog->contactCostBox(Channel::Branch)->setValue(25);
                dialog->discountRateBox()->setValue(10);
                clickOk(dialog);
            },
            &ran);
        QVERIFY(editBusinessSettings(nullptr, &document));
        QVERIFY(ran);
        QCOMPARE(document.undoStack()->count(), 1);
        const QMap<QString, QString> &settings = document.journey().settings;
        QCOMPARE(settings.value(QStringLiteral("business/customersPerYear")), QStringLiteral("120000"));
        QCOMPARE(settings.value(QStringLiteral("business/customersPerYear/") + stage.toString(QUuid::WithoutBraces)),
                 QStringLiteral("80000"));
        QVERIFY(!settings.contains(QStringLiteral("business/costPerContact/phone")));
        QCOMPARE(settings.value(QStringLiteral("business/costPerContact/branch")), QStringLiteral("25"));
        QCOMPARE(settings.value(QStringLiteral("business/discountRate")), QStringLiteral("0.1"));
        // Untouched values were not written: the hour value and the horizon keep their defaults unstored.
        QVERIFY(!settings.contains(QStringLiteral("heatmap/hourValue")));
        QVERIFY(!settings.contains(QStringLiteral("business/horizonYears")));
        document.undoStack()->undo();
        QVERIFY(document.journey().settings == journey.settings);
    }

    void technologyGapListsTheSystems()
    {
        Journey journey = test::smallJourney();
        Lane systems;
        systems.id = QUuid::createUuid();
        systems.name = QStringLiteral("Core systems");
        systems.kind = LaneKind::Systems;
        systems.zone = OfficeZone::Back;
        journey.lanes.push_back(systems);
        Touchpoint core;
        core.id = QUuid::createUuid();
        core.title = QStringLiteral("Core banking");
        core.stageId = journey.stages.front().id;
        core.laneId = systems.id;
        core.effort.money.currency = journey.currency;
        core.system = {17, QStringLiteral("no status API"), {card(4)}};
        journey.touchpoints.push_back(core);
        Opportunity replace = namedOpportunity(QStringLiteral("Replace the core"), {card(4)});
        replace.type = OpportunityType::Technology;
        replace.systems = {core.id};
        journey.opportunities = {replace};
        JourneyDocument document(journey);
        OpportunitiesDock dock(&document);
        QVERIFY(dock.techGapButton()->isEnabled());
        bool shown = false;
        whenDialogShows<TechGapDialog>([&](TechGapDialog *dialog) {
            QCOMPARE(dialog->systems()->topLevelItemCount(), 1);
            const QTreeWidgetItem *row = dialog->systems()->topLevelItem(0);
            QCOMPARE(row->text(0), QStringLiteral("Core banking"));
            QCOMPARE(row->text(2), QStringLiteral("no status API"));
            QCOMPARE(row->text(3), document.journey().touchpoint(card(4))->title); // card 4 is a pain point
            QCOMPARE(row->text(5), QStringLiteral("Replace the core"));
            dialog->grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("techgap.png")));
            dialog->reject();
        }, &shown);
        dock.techGapButton()->click();
        QVERIFY(shown);
    }

    void valueColumnsFollowTheBusinessCase()
    {
        Journey journey = test::smallJourney();
        Opportunity opportunity = namedOpportunity(QStringLiteral("Remove the branch visit"), {card(6)});
        opportunity.changes.front().removesCard = true;
        opportunity.oneOffCost = {1'000'000, QString()}; // EUR 10,000
        opportunity.monthsToDeliver = 0;
        journey.opportunities = {opportunity};
        journey.settings.insert(QStringLiteral("business/customersPerYear"), QStringLiteral("10000"));
        JourneyDocument document(journey);
        OpportunitiesDock dock(&document);
        const OpportunityCase *value = dock.model()->valueOf(opportunity.id);
        QVERIFY(value);
        QVERIFY(value->benefitsPerYear.total() > 0);
        const QString npv = dock.view()->model()->index(0, OpportunitiesModel::NpvColumn).data().toString();
        QVERIFY2(npv.startsWith(QStringLiteral("EUR")), qPrintable(npv));
        QVERIFY(!dock.summaryLabel()->text().isEmpty());

        // "How is it made?" lists every figure of the case with its inputs as children.
        dock.setCurrentOpportunity(opportunity.id);
        QVERIFY(dock.explainButton()->isEnabled());
        bool explained = false;
        whenDialogShows<ExplanationDialog>([&](ExplanationDialog *dialog) {
            QCOMPARE(dialog->figures()->topLevelItemCount(), int(value->explanations.size()));
            QCOMPARE(dialog->figures()->topLevelItem(0)->text(0), value->explanations.front().figure);
            QCOMPARE(dialog->figures()->topLevelItem(0)->childCount(), int(value->explanations.front().inputs.size()));
            dialog->figures()->expandAll();
            dialog->grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("explanations.png")));
            dialog->reject();
        }, &explained);
        dock.explainButton()->click();
        QVERIFY(explained);

        // Priorities: one bubble series and one ranked row per opportunity.
        bool ranked = false;
        whenDialogShows<PrioritiesDialog>([&](PrioritiesDialog *dialog) {
            QCOMPARE(dialog->ranking()->topLevelItemCount(), 1);
            QCOMPARE(dialog->ranking()->topLevelItem(0)->text(1), opportunity.title);
            QCOMPARE(dialog->chartView()->chart()->series().size(), 1);
            dialog->rankBy()->setCurrentIndex(dialog->rankBy()->count() - 1); // by dots: still the one row
            QCOMPARE(dialog->ranking()->topLevelItemCount(), 1);
            dialog->grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("priorities.png"))); // to look at
            dialog->reject();
        }, &ranked);
        dock.prioritiesButton()->click();
        QVERIFY(ranked);
    }
};

QTEST_MAIN(TestOpportunities)
#include "tst_opportunities.moc"
