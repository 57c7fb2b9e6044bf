#pragma once

#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace waymark {

class Journey;
class JourneyDocument;
struct Participant;

// Who is in the room: each participant with their colour, number (keys 1–9 give them the
// floor), name and department; the one who has the floor in bold with a ▶. One click gives
// a participant the floor, a second click takes it back. Below the list, what each
// department has contributed so far and which departments have not been heard yet.
class ParticipantsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { NumberColumn, NameColumn, DepartmentColumn };

    explicit ParticipantsPanel(QWidget *parent = nullptr);

    // Called again for every new document, and with nullptr when there is none.
    void setDocument(JourneyDocument *document);

    // Gives the floor to the n-th participant (1-based, the number shown in the list), as
    // the keys 1–9 do. Does not toggle: pressing a key twice keeps them on. False when there
    // is no n-th participant.
    bool activateByNumber(int n);

    // Adds someone with the next free colour; one undo step. False in review mode or
    // without a name.
    bool addParticipant(const QString &name, const QUuid &departmentId);
    bool renameParticipant(const QUuid &id, const QString &name);
    bool setParticipantColour(const QUuid &id, const QColor &colour);
    // Refused (false, the reason in *why) while cards or dots carry their name.
    bool removeParticipant(const QUuid &id, QString *why);
    // While shared, only facilitators change the participants: `why` (translated) greys the
    // panel's editing with it as the tooltip; empty lifts it.
    void setSharedLimit(const QString &why);

    // One line per department of the journey, "Retail network — 7 card(s), 2 comment(s)"
    // (cards written by its participants, comments made in its name), then
    // "Not heard yet: …" when some department has people in the room but no card yet.
    static QString contributionSummary(const Journey &journey);
    // The first colour of a palette of clearly different colours that nobody has yet.
    static QColor nextColour(const Journey &journey);

    QTreeWidget *list() const { return mList; }
    QLabel *summaryLabel() const { return mSummary; }
    QPushButton *addButton() const { return mAdd; }
    QPushButton *removeButton() const { return mRemove; }

    // Where refusals go (a message box unless replaced; tests collect them).
    using MessageSink = std::function<void(const QString &title, const QString &text)>;
    void setMessageSink(MessageSink sink) { mMessage = std::move(sink); }

    // The "Add Participant" dialog; adds when accepted.
    void showAddDialog();

private:
    bool changeParticipant(const QUuid &id, const QString &text, const std::function<bool(Participant &)> &change);
    static QStringList contributionLines(const Journey &journey, QStringList *notHeard);
    void scheduleRefresh() { mRefreshTimer.start(); }
    void refresh();
    void updateButtons();
    bool editable() const;
    QUuid idOf(const QTreeWidgetItem *item) const;
    void onClicked(QTreeWidgetItem *item);
    void onDoubleClicked(QTreeWidgetItem *item, int column);
    void onItemChanged(QTreeWidgetItem *item, int column);
    void removeCurrent();

    QPointer<JourneyDocument> mDocument;
    QTreeWidget *mList;
    QLabel *mSummary;
    QPushButton *mAdd;
    QPushButton *mRemove;
    QString mSharedLimit;
    QTimer mRefreshTimer;
    MessageSink mMessage;
    QUuid mFloorBeforeClick; // a double-click (rename, colour) must not change the floor
    bool mRefreshing = false;
};

} // namespace waymark
