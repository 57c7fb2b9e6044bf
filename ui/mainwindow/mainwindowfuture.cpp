// The canvas's journey state: today's map, the future state of the chosen scenario, or both
// compared on one map. Future and Compare show a read-only copy of the journey with the
// scenario applied (business/journeystate.h), rebuilt shortly after every edit of today's
// journey, so the map, its totals and the hotspots follow the chosen view. Split from
// mainwindow.cpp to keep each file about one thing.
#include "mainwindow/mainwindow.h"

#include "business/journeystate.h"
#include "canvas/journeyscene.h"
#include "docks/hotspotsdock.h"
#include "efforttotals.h"
#include "journeydocument.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>

namespace waymark {

namespace {

// "1 h 45 min · 8/10": what a changed card costs today, only the parts the future changes.
QString effortToday(const Effort &effort, const Effort &after)
{
    QStringList parts;
    if (effort.minutes != after.minutes)
        parts << formatMinutes(effort.minutes);
    if (effort.money != after.money)
        parts << formatMoneyTotals({{effort.money.currency, effort.money.hundredths}});
    if (effort.emotion != after.emotion)
        parts << QStringLiteral("%1/10").arg(effort.emotion);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

void MainWindow::addJourneyStateActions(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("Journey &State"));
    mStateActions = new QActionGroup(this);
    const struct {
        JourneyState state;
        const char *name;
        QString text;
        QString tip;
        QKeySequence keys;
    } states[] = {
        {JourneyState::Today, "journeyStateToday", tr("&Today"), tr("The journey as customers live it today"), QKeySequence(tr("Ctrl+Alt+1"))},
        {JourneyState::Future, "journeyStateFuture", tr("&Future"), tr("The journey with the chosen scenario's opportunities applied"), QKeySequence(tr("Ctrl+Alt+2"))},
        {JourneyState::Compare, "journeyStateCompare", tr("&Compare Today and Future"), tr("The future map with what changes marked: effort today on changed cards, removed and new steps"),
         QKeySequence(tr("Ctrl+Alt+3"))},
    };
    for (const auto &entry : states) {
        QAction *action = menu->addAction(entry.text);
        action->setObjectName(QString::fromLatin1(entry.name));
        action->setCheckable(true);
        action->setChecked(entry.state == JourneyState::Today);
        action->setShortcut(entry.keys);
        action->setStatusTip(entry.tip);
        action->setData(int(entry.state));
        mStateActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, state = entry.state] { setJourneyState(state); });
    }
    mStateTimer = new QTimer(this);
    mStateTimer->setSingleShot(true);
    mStateTimer->setInterval(150); // typing into a field is many edits: rebuild once it pauses
    connect(mStateTimer, &QTimer::timeout, this, &MainWindow::refreshJourneyState);
    mStateLabel = new QLabel(this);
    mStateLabel->setObjectName(QStringLiteral("journeyStateLabel"));
    mStateLabel->setStyleSheet(QStringLiteral("QLabel { background: #e6f2e6; color: #1f4d24; padding: 1px 8px; border-radius: 3px; }"));
    mStateLabel->hide();
    statusBar()->addPermanentWidget(mStateLabel);
}

void MainWindow::watchJourneyState(JourneyDocument *document)
{
    dropJourneyState();
    if (!document)
        return;
    // Any undoable edit (cards, opportunities, scenarios, settings) can change the future.
    connect(document->undoStack(), &QUndoStack::indexChanged, mStateTimer, qOverload<>(&QTimer::start));
    connect(document, &JourneyDocument::journeyReset, mStateTimer, qOverload<>(&QTimer::start));
}

void MainWindow::dropJourneyState()
{
    if (mScene && mStateDocument && mScene->document() == mStateDocument.get()) {
        mScene->setComparison({}, {});
        mScene->setDocument(mDocument.get());
        mHotspots->setDocument(mDocument.get());
    }
    mStateDocument.reset();
    mJourneyState = JourneyState::Today;
    if (mStateActions)
        for (QAction *action : mStateActions->actions())
            action->setChecked(action->data().toInt() == int(JourneyState::Today));
    if (mStateLabel)
        mStateLabel->hide();
}

void MainWindow::setJourneyState(JourneyState state)
{
    if (state == JourneyState::Today || !mDocument) {
        dropJourneyState();
        return;
    }
    mJourneyState = state;
    for (QAction *action : mStateActions->actions())
        action->setChecked(action->data().toInt() == int(state));
    refreshJourneyState();
}

void MainWindow::refreshJourneyState()
{
    if (mJourneyState == JourneyState::Today || !mDocument)
        return;
    const JourneyStateView view = journeyInState(mDocument->journey(), mJourneyState);
    if (!mStateDocument) {
        mStateDocument = std::make_unique<JourneyDocument>();
        mStateDocument->setReviewOnly(true); // a preview: edits belong to today's journey
        connect(mStateDocument.get(), &JourneyDocument::editRefused, this, [this] {
            statusBar()->showMessage(tr("The future state is a preview of the chosen scenario: switch to Today (Ctrl+Alt+1) to edit the map."), 8000);
        });
    }
    mStateDocument->resetJourney(view.journey);
    UuidHash<QString> today;
    for (auto it = view.today.cbegin(); it != view.today.cend(); ++it)
        if (const Touchpoint *after = view.journey.touchpoint(it.key()))
            today.insert(it.key(), effortToday(it.value(), after->effort));
    if (mScene->document() != mStateDocument.get()) {
        mScene->setDocument(mStateDocument.get());
        mHotspots->setDocument(mStateDocument.get());
    }
    std::optional<UuidHash<EffortTotals>> todayTotals;
    if (mJourneyState == JourneyState::Compare)
        todayTotals = EffortCalculator::perStage(mDocument->journey());
    mScene->setComparison(view.comparison, today, todayTotals);
    const QString scenario = view.scenarioName.isEmpty() ? tr("every opportunity") : tr("“%1”").arg(view.scenarioName);
    mStateLabel->setText(mJourneyState == JourneyState::Future ? tr("Future state after %1").arg(scenario)
                                                                : tr("Comparing today with the future after %1").arg(scenario));
    mStateLabel->setToolTip(tr("A read-only preview. Switch back with View → Journey State → Today (Ctrl+Alt+1)."));
    mStateLabel->show();
}

} // namespace waymark
