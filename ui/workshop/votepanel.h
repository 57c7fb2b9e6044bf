#pragma once

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace waymark {

class JourneyDocument;
class Timebox;
class TimeboxWidget;
struct VoteRound;

// Dot voting: starts a round (one open at a time), shows while it runs how many dots each
// participant has left, closes it, and shows the ranking of any round — the open one only
// when its dots are not hidden — with an export to CSV. The dots themselves are placed by
// clicking cards on the canvas, which calls castDot() and takeBackDot().
class VotePanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { RankColumn, DotsColumn, CardColumn, StageColumn };

    explicit VotePanel(QWidget *parent = nullptr);

    // Called again for every new document, and with nullptr when there is none.
    void setDocument(JourneyDocument *document);
    // The timebox that a round with a time limit starts; not owned.
    void setTimebox(Timebox *timebox);

    // The round being voted on (the newest one not closed), or nullptr.
    const VoteRound *openRound() const;
    // Adds and opens `round`, filling in its id and start time (now, UTC) when missing, and
    // starts the timebox when it has a time limit. One undo step. False, with the reason in
    // *why, in review mode or while another round is open.
    bool startVote(VoteRound round, QString *why = nullptr);
    // The same with "the room" voting as one: a participant of that name (added unless there
    // is one already) gets the round's budget as the room's shared dots and the floor. Adding
    // the room and starting the vote are one undo step.
    bool startRoomVote(VoteRound round, QString *why = nullptr);
    // The name of the room's participant (translated).
    static QString roomName();
    // Closes the open round (one undo step) and shows its ranking.
    bool closeVote();
    // One dot of the participant who has the floor on the card, or back off it: one undo
    // step each. False, with the reason in *why (translated), when the rules say no.
    bool castDot(const QUuid &card, QString *why) { return changeDot(card, true, why); }
    bool takeBackDot(const QUuid &card, QString *why) { return changeDot(card, false, why); }

    // The round whose results are shown (chosen in the combo; a new or just closed round
    // shows itself).
    QUuid shownRound() const { return mShownRound; }
    void showRound(const QUuid &id)
    {
        mShownRound = id;
        refresh();
    }
    // Writes the shown round's ranking (Voting::rankingCsv) atomically. False with a
    // message for people in *error.
    bool exportCsv(const QString &path, QString *error) const;
    // One opportunity per card among the top `count` of the shown round, which must be closed
    // (business/opportunityedits.h): one undo step. The new ids; empty with the reason in *why.
    QList<QUuid> createOpportunitiesFromTopCards(int count, QString *why = nullptr);

    // The dialogs behind the buttons.
    void showStartDialog();
    void showExportDialog();
    void showOpportunitiesDialog();

    QTreeWidget *rankingTable() const { return mRanking; }
    QComboBox *roundBox() const { return mRounds; }
    QLabel *statusLabel() const { return mStatus; }
    QLabel *votersLabel() const { return mVoters; }
    QLabel *noteLabel() const { return mNote; }
    QPushButton *startButton() const { return mStart; }
    QPushButton *closeButton() const { return mClose; }
    QPushButton *exportButton() const { return mExport; }
    QPushButton *opportunitiesButton() const { return mOpportunities; }

    // While the journey is shared, only facilitators start and close votes (the database
    // refuses the others): a non-empty reason greys both buttons with it as their tooltip.
    void setSharedLimits(const QString &why);
    // While the journey is shared, the server's clock as this laptop reckons it (empty: not
    // shared). The open vote's time limit then counts down on every laptop to the same moment
    // (its start on the server plus its minutes), whoever started it, and the countdown ends
    // when the vote closes, whoever closed it.
    void setSharedClock(std::function<QDateTime()> now);

    // Where refusals and errors go (a message box unless replaced; tests collect them).
    using MessageSink = std::function<void(const QString &title, const QString &text)>;
    void setMessageSink(MessageSink sink) { mMessage = std::move(sink); }

signals:
    // The open round, its dots or whether they show changed: the canvas redraws its dots.
    void votingChanged();
    // A row of the ranking was clicked.
    void touchpointActivated(const QUuid &id);
    // Opportunities were made from the top cards (the window shows them).
    void opportunitiesCreated(const QList<QUuid> &opportunityIds);
    // A vote was about to start with nobody on the participants list, and the facilitator
    // chose to add people first.
    void participantsRequested();

private:
    void scheduleRefresh() { mRefreshTimer.start(); }
    void refresh();
    void refreshRanking(const VoteRound *shown);
    bool changeDot(const QUuid &card, bool cast, QString *why);
    std::optional<QString> whyNoVote() const;
    void startTimebox(const VoteRound &round);
    void followSharedTimeLimit(const VoteRound *open);
    QString roundLabel(const VoteRound &round) const;

    QPointer<JourneyDocument> mDocument;
    QPointer<Timebox> mTimebox;
    TimeboxWidget *mTimeboxView = nullptr;
    QPushButton *mStart;
    QPushButton *mClose;
    QLabel *mStatus;
    QLabel *mVoters;
    QComboBox *mRounds;
    QLabel *mNote;
    QTreeWidget *mRanking;
    QPushButton *mExport;
    QPushButton *mOpportunities;
    QTimer mRefreshTimer;
    QString mSharedLimits;
    MessageSink mMessage;
    QUuid mShownRound;
    QUuid mTimedRound; // the round that started the timebox, which ends with it
    std::function<QDateTime()> mSharedClock;
};

} // namespace waymark
