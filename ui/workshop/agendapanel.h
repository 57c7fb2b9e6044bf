#pragma once

#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QModelIndex;
class QPushButton;
class QToolButton;

namespace waymark {

class JourneyDocument;

// The workshop's agenda as a checklist: tick a step off when the room is done with it,
// add a step (its title typed in place), rename one by double-click, move one (drag it, the
// arrow buttons, or Alt+Up / Alt+Down), remove one. An empty agenda offers the four steps of
// a journey-mapping workshop in one click.
class AgendaPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AgendaPanel(QWidget *parent = nullptr);

    // Called again for every new document, and with nullptr when there is none.
    void setDocument(JourneyDocument *document);

    // Each one undo step; false in review mode, for an unknown step or an empty title.
    bool addStep(const QString &title);
    bool renameStep(const QUuid &id, const QString &title);
    bool setDone(const QUuid &id, bool done);
    bool removeStep(const QUuid &id);
    // Puts the step at index `to` of the agenda (the others keep their order): one undo step,
    // "Move agenda step". False for an unknown step, an index out of range or its own place.
    bool moveStep(const QUuid &id, int to);
    // The chosen step one place up (-1) or down (+1).
    bool moveCurrentStep(int by);
    // Map the stages, Add touchpoints, Attach effort, Vote on pain points: one undo step.
    bool useFourSteps();

    // Opens an empty row at the end to type the new step's title in; Enter adds it, Esc
    // or an empty title adds nothing.
    void beginAddStep();

    // While the journey is shared, only facilitators change the agenda (server schema 7; the
    // database refuses the others): a non-empty reason makes it read-only, with the reason as
    // the buttons' tooltip.
    void setSharedLimit(const QString &why);

    QListWidget *list() const { return mList; }
    QPushButton *addButton() const { return mAdd; }
    QPushButton *removeButton() const { return mRemove; }
    QPushButton *fourStepsButton() const { return mFourSteps; }
    QToolButton *moveUpButton() const { return mUpButton; }
    QToolButton *moveDownButton() const { return mDownButton; }
    QAction *moveUpAction() const { return mMoveUp; }
    QAction *moveDownAction() const { return mMoveDown; }

private:
    void scheduleRefresh() { mRefreshTimer.start(); }
    void refresh();
    void updateButtons();
    bool editable() const;
    void onItemChanged(QListWidgetItem *item);
    // A step dragged to another row of the list: the document follows as one undo step.
    void onRowsMoved(const QModelIndex &parent, int start, int end, const QModelIndex &destination, int row);
    void updateMoveTips();

    QPointer<JourneyDocument> mDocument;
    QListWidget *mList;
    QLabel *mEmpty;
    QPushButton *mAdd;
    QPushButton *mRemove;
    QPushButton *mFourSteps;
    QAction *mMoveUp;
    QAction *mMoveDown;
    QToolButton *mUpButton;
    QToolButton *mDownButton;
    QListWidgetItem *mPending = nullptr; // the row of a step being added, not in the journey yet
    QString mSharedLimit;
    QTimer mRefreshTimer;
    bool mRefreshing = false;
};

} // namespace waymark
