#include "workshopdock.h"

#include "agendapanel.h"
#include "journeydocument.h"
#include "participantspanel.h"
#include "timebox.h"
#include "votepanel.h"

#include <QPushButton>
#include <QTabWidget>

namespace waymark {

WorkshopDock::WorkshopDock(JourneyDocument *document, QWidget *parent)
    : QDockWidget(tr("Workshop"), parent)
    , mTimebox(new Timebox(this))
{
    setObjectName(QStringLiteral("workshopDock"));
    mTabs = new QTabWidget(this);
    mTabs->setObjectName(QStringLiteral("workshopTabs"));
    mTabs->setDocumentMode(true);
    mParticipants = new ParticipantsPanel(mTabs);
    mVotes = new VotePanel(mTabs);
    mVotes->setTimebox(mTimebox);
    mAgenda = new AgendaPanel(mTabs);
    mTimeboxWidget = new TimeboxWidget(mTimebox, mTabs);
    // No mnemonics on the tabs: Alt+letters belong to the main window's menus.
    mTabs->addTab(mParticipants, tr("People"));
    mTabs->addTab(mVotes, tr("Vote"));
    mTabs->addTab(mAgenda, tr("Agenda"));
    mTabs->addTab(mTimeboxWidget, tr("Timer"));
    setWidget(mTabs);
    connect(mVotes, &VotePanel::votingChanged, this, &WorkshopDock::votingChanged);
    // "Add participants first": the People tab, ready to add the first one.
    connect(mVotes, &VotePanel::participantsRequested, this, [this] {
        show();
        raise();
        mTabs->setCurrentWidget(mParticipants);
        mParticipants->addButton()->setFocus(Qt::OtherFocusReason);
    });
    setDocument(document);
}

void WorkshopDock::setDocument(JourneyDocument *document)
{
    mDocument = document;
    mParticipants->setDocument(document);
    mVotes->setDocument(document);
    mAgenda->setDocument(document);
}

void WorkshopDock::setMessageSink(const MessageSink &sink)
{
    mParticipants->setMessageSink(sink);
    mVotes->setMessageSink(sink);
}

} // namespace waymark
