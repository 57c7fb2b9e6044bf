#pragma once

#include <QDockWidget>
#include <QPointer>

#include <functional>

class QLabel;
class QTabWidget;

namespace waymark {

class AgendaPanel;
class JourneyDocument;
class ParticipantsPanel;
class Timebox;
class TimeboxWidget;
class VotePanel;

// "Workshop": what a facilitator needs at the projector besides the map — who is in the
// room and who has the floor, dot votes, the agenda and the timebox, one tab each. The dock
// owns the timebox, so a vote with a time limit and the presentation overlay share it.
class WorkshopDock : public QDockWidget
{
    Q_OBJECT
public:
    enum Tab { ParticipantsTab, VoteTab, AgendaTab, TimerTab };

    explicit WorkshopDock(JourneyDocument *document, QWidget *parent = nullptr);

    // Called again for every new document, and with nullptr when there is none.
    void setDocument(JourneyDocument *document);
    JourneyDocument *document() const { return mDocument; }

    Timebox *timebox() const { return mTimebox; }
    ParticipantsPanel *participants() const { return mParticipants; }
    VotePanel *votes() const { return mVotes; }
    AgendaPanel *agenda() const { return mAgenda; }
    TimeboxWidget *timeboxWidget() const { return mTimeboxWidget; }
    QTabWidget *tabs() const { return mTabs; }

    // Who has the journey open when it is shared on a server (a line above the tabs); empty:
    // not shared, no line.
    void setConnectedPeople(const QStringList &people);
    QLabel *connectedLine() const { return mConnected; }

    // Where the panels' refusals and errors go (message boxes unless replaced).
    using MessageSink = std::function<void(const QString &title, const QString &text)>;
    void setMessageSink(const MessageSink &sink);

signals:
    // Forwarded from the vote panel: the open round, its dots or their visibility changed.
    void votingChanged();

private:
    QPointer<JourneyDocument> mDocument;
    Timebox *mTimebox;
    QTabWidget *mTabs;
    QLabel *mConnected;
    ParticipantsPanel *mParticipants;
    VotePanel *mVotes;
    AgendaPanel *mAgenda;
    TimeboxWidget *mTimeboxWidget;
};

} // namespace waymark
