#include "workshopdock.h"

#include "agendapanel.h"
#include "journeydocument.h"
#include "participantspanel.h"
#include "timebox.h"
#include "votepanel.h"

#include <QPushButton>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

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
    mConnected = new QLabel(this);
    mConnected->setObjectName(QStringLiteral("connectedPeople"));
    mConnected->setWordWrap(true);
    mConnected->setContentsMargins(6, 4, 6, 4);
    mConnected->hide();
    auto *contents = new QWidget(this);
    auto *layout = new QVBoxLayout(contents);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(mConnected);
    layout->addWidget(mTabs, 1);
    setWidget(contents);
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

void WorkshopDock::setConnectedPeople(const QStringList &people)
{
    mConnected->setVisible(!people.isEmpty());
    mConnected->setText(tr("Connected now (%n): %1", nullptr, int(people.size())).arg(people.join(QStringLiteral(", "))));
    mConnected->setToolTip(tr("Everyone who has this shared journey open at the moment"));
}

void WorkshopDock::setMessageSink(const MessageSink &sink)
{
    mParticipants->setMessageSink(sink);
    mVotes->setMessageSink(sink);
}

} // namespace waymark
