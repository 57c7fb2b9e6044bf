// The business case in the main window: the Opportunities dock, the Journey menu's business
// settings, and opportunities made from cards on the map, in the hotspots and from a vote.
// Split from mainwindow.cpp to keep each file about one thing.
#include "mainwindow/mainwindow.h"

#include "business/businesssettingsdialog.h"
#include "business/opportunitiesdock.h"
#include "business/opportunitydialog.h"
#include "business/opportunityedits.h"
#include "canvas/canvasactions.h"
#include "docks/hotspotsdock.h"
#include "journeydocument.h"
#include "workshop/votepanel.h"
#include "workshop/workshopdock.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace waymark {

void MainWindow::createBusiness()
{
    mOpportunities = new OpportunitiesDock(nullptr, this);
    addDockWidget(Qt::RightDockWidgetArea, mOpportunities);
    // Beside the hotspots, where the cards worth fixing are.
    tabifyDockWidget(mHotspots, mOpportunities);
    mHotspots->raise();

    connect(mCanvasActions, &CanvasActions::createOpportunityRequested, this, &MainWindow::createOpportunityFromCards);
    connect(mHotspots, &HotspotsDock::createOpportunityRequested, this, &MainWindow::createOpportunityFromCards);
    connect(mWorkshop->votes(), &VotePanel::opportunitiesCreated, this, [this](const QList<QUuid> &ids) {
        mOpportunities->show();
        mOpportunities->raise();
        if (!ids.isEmpty())
            mOpportunities->setCurrentOpportunity(ids.first());
        statusBar()->showMessage(tr("%n opportunity(s) created from the vote: fill in their costs and effects in the Opportunities dock.",
                                    nullptr, int(ids.size())),
                                 10000);
    });
}

void MainWindow::addBusinessActions(QMenu *journey)
{
    journey->addSeparator();
    QAction *add = journey->addAction(tr("New Opport&unity…"), this, [this] {
        mOpportunities->show();
        mOpportunities->raise();
        mOpportunities->showAddDialog();
    });
    add->setStatusTip(tr("An improvement for the business case: what it costs and what it changes on the map"));
    QAction *settings = journey->addAction(tr("&Business Settings…"), this, [this] { editBusinessSettings(this, mDocument.get()); });
    settings->setStatusTip(tr("Customers per year, value of the customer's hour, cost per contact, horizon and discount rate"));
    // Review mode reads the business case but does not change it.
    connect(journey, &QMenu::aboutToShow, this, [this, add, settings] {
        const bool editable = mDocument && !mDocument->isReviewOnly();
        add->setEnabled(editable);
        settings->setEnabled(editable);
    });
}

void MainWindow::createOpportunityFromCards(const QList<QUuid> &cardIds)
{
    // Always today's journey: in the future state the canvas and the hotspots show a preview copy.
    if (mDocument->isReviewOnly()) {
        statusBar()->showMessage(tr("Review mode: opportunities cannot be added; the journey is read-only."), 8000);
        return;
    }
    const Opportunity prefilled = opportunityedits::fromCards(mDocument->journey(), cardIds);
    if (prefilled.changes.empty()) {
        statusBar()->showMessage(tr("These cards are not on today's map: only today's cards can be linked to an opportunity."), 8000);
        return;
    }
    const QUuid id = OpportunityDialog::create(this, mDocument.get(), prefilled);
    if (id.isNull())
        return;
    mOpportunities->show();
    mOpportunities->raise();
    mOpportunities->setCurrentOpportunity(id);
}

} // namespace waymark
