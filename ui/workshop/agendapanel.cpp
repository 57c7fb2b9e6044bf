#include "agendapanel.h"

#include "commands/addentity.h"
#include "commands/editentity.h"
#include "commands/removeentity.h"
#include "commands/reorderentity.h"
#include "journeydocument.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark {

namespace {
constexpr int AgendaItemIdRole = Qt::UserRole;

const AgendaItem *findStep(const JourneyDocument *document, const QUuid &id)
{
    if (!document)
        return nullptr;
    const auto &agenda = document->journey().agenda;
    const auto it = std::find_if(agenda.begin(), agenda.end(), [&](const AgendaItem &step) { return step.id == id; });
    return it == agenda.end() ? nullptr : &*it;
}

int indexOfStep(const JourneyDocument *document, const QUuid &id)
{
    const AgendaItem *step = findStep(document, id);
    return step ? int(step - document->journey().agenda.data()) : -1;
}
} // namespace

AgendaPanel::AgendaPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("agendaPanel"));
    auto *layout = new QVBoxLayout(this);
    mEmpty = new QLabel(tr("No agenda yet. A short agenda keeps the room on track: tick each step off as you finish it."),
                        this);
    mEmpty->setWordWrap(true);
    layout->addWidget(mEmpty);
    mFourSteps = new QPushButton(tr("Use the Four Steps"), this);
    mFourSteps->setObjectName(QStringLiteral("useFourSteps"));
    mFourSteps->setToolTip(tr("Map the stages, add touchpoints, attach effort, vote on pain points"));
    layout->addWidget(mFourSteps, 0, Qt::AlignLeft);

    mList = new QListWidget(this);
    mList->setObjectName(QStringLiteral("agendaList"));
    mList->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    // A step dragged within the list moves (onRowsMoved); dropped between steps, never on one.
    mList->setDragDropMode(QAbstractItemView::InternalMove);
    mList->setDefaultDropAction(Qt::MoveAction);
    layout->addWidget(mList, 1);

    // Alt+Up / Alt+Down while the list has the focus, and in its context menu.
    mMoveUp = new QAction(tr("Move Step Up"), this);
    mMoveUp->setObjectName(QStringLiteral("moveAgendaStepUp"));
    mMoveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    mMoveDown = new QAction(tr("Move Step Down"), this);
    mMoveDown->setObjectName(QStringLiteral("moveAgendaStepDown"));
    mMoveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction *action : {mMoveUp, mMoveDown}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        mList->addAction(action);
    }
    mList->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *buttons = new QHBoxLayout;
    mAdd = new QPushButton(tr("Add Step"), this);
    mAdd->setObjectName(QStringLiteral("addAgendaStep"));
    // Arrows rather than words: the dock is narrow, and the tooltip says what and which keys.
    const auto arrowButton = [this](QAction *action, Qt::ArrowType arrow, const char *name) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(name));
        button->setArrowType(arrow);
        button->setAccessibleName(action->text());
        connect(button, &QToolButton::clicked, action, &QAction::trigger);
        return button;
    };
    mUpButton = arrowButton(mMoveUp, Qt::UpArrow, "moveAgendaStepUpButton");
    mDownButton = arrowButton(mMoveDown, Qt::DownArrow, "moveAgendaStepDownButton");
    mRemove = new QPushButton(tr("Remove"), this);
    mRemove->setObjectName(QStringLiteral("removeAgendaStep"));
    buttons->addWidget(mAdd);
    buttons->addStretch();
    buttons->addWidget(mUpButton);
    buttons->addWidget(mDownButton);
    buttons->addWidget(mRemove);
    layout->addLayout(buttons);

    connect(mFourSteps, &QPushButton::clicked, this, &AgendaPanel::useFourSteps);
    connect(mAdd, &QPushButton::clicked, this, &AgendaPanel::beginAddStep);
    connect(mRemove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = mList->currentItem(); item && item != mPending)
            removeStep(item->data(AgendaItemIdRole).toUuid());
    });
    connect(mMoveUp, &QAction::triggered, this, [this] { moveCurrentStep(-1); });
    connect(mMoveDown, &QAction::triggered, this, [this] { moveCurrentStep(+1); });
    connect(mList->model(), &QAbstractItemModel::rowsMoved, this, &AgendaPanel::onRowsMoved);
    connect(mList, &QListWidget::itemChanged, this, &AgendaPanel::onItemChanged);
    connect(mList, &QListWidget::currentItemChanged, this, &AgendaPanel::updateButtons);
    // Esc, or leaving the new row empty: the row goes (a commit was handled by onItemChanged).
    connect(mList->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        if (mPending) {
            mPending = nullptr;
            scheduleRefresh();
        }
    });
    mRefreshTimer.setSingleShot(true); // one refresh for a burst of signals (undo of the four steps)
    mRefreshTimer.setInterval(0);
    connect(&mRefreshTimer, &QTimer::timeout, this, &AgendaPanel::refresh);
    updateMoveTips();
    refresh();
}

void AgendaPanel::setDocument(JourneyDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    delete mPending; // a step half typed for the previous journey
    mPending = nullptr;
    if (document) {
        for (auto signal : {&JourneyDocument::agendaItemInserted, &JourneyDocument::agendaItemRemoved,
                            &JourneyDocument::agendaItemChanged})
            connect(document, signal, this, &AgendaPanel::scheduleRefresh);
        connect(document, &JourneyDocument::journeyReset, this, &AgendaPanel::scheduleRefresh);
        connect(document, &JourneyDocument::reviewOnlyChanged, this, &AgendaPanel::scheduleRefresh);
    }
    refresh();
}

bool AgendaPanel::addStep(const QString &title)
{
    if (!editable() || title.trimmed().isEmpty())
        return false;
    return mDocument->push(new AddEntity<AgendaItem>(mDocument, AgendaItem{QUuid::createUuid(), title.trimmed(), false}));
}

bool AgendaPanel::renameStep(const QUuid &id, const QString &title)
{
    const AgendaItem *step = findStep(mDocument, id);
    if (!step || !editable() || title.trimmed().isEmpty() || title.trimmed() == step->title)
        return false;
    AgendaItem renamed = *step;
    renamed.title = title.trimmed();
    return mDocument->push(new EditEntity<AgendaItem>(mDocument, renamed, tr("Rename agenda step")));
}

bool AgendaPanel::setDone(const QUuid &id, bool done)
{
    const AgendaItem *step = findStep(mDocument, id);
    if (!step || !editable() || step->done == done)
        return false;
    AgendaItem changed = *step;
    changed.done = done;
    const QString text = done ? tr("Tick off agenda step") : tr("Reopen agenda step");
    return mDocument->push(new EditEntity<AgendaItem>(mDocument, changed, text));
}

bool AgendaPanel::removeStep(const QUuid &id)
{
    if (!findStep(mDocument, id) || !editable())
        return false;
    return mDocument->push(new RemoveEntity<AgendaItem>(mDocument, id));
}

bool AgendaPanel::moveStep(const QUuid &id, int to)
{
    const int from = indexOfStep(mDocument, id);
    if (from < 0 || !editable() || to < 0 || to >= int(mDocument->journey().agenda.size()) || to == from)
        return false;
    return mDocument->push(new MoveAgendaStep(mDocument, from, to));
}

bool AgendaPanel::moveCurrentStep(int by)
{
    QListWidgetItem *item = mList->currentItem();
    if (!item || item == mPending || !mDocument)
        return false;
    const QUuid id = item->data(AgendaItemIdRole).toUuid();
    return moveStep(id, indexOfStep(mDocument, id) + by);
}

void AgendaPanel::onRowsMoved(const QModelIndex &, int start, int, const QModelIndex &, int row)
{
    if (mRefreshing)
        return;
    // The list moved its row already; the journey's order decides what it shows again.
    const int landed = row > start ? row - 1 : row;
    QListWidgetItem *item = mList->item(landed);
    const int steps = mDocument ? int(mDocument->journey().agenda.size()) : 0;
    if (item && item != mPending)
        moveStep(item->data(AgendaItemIdRole).toUuid(), std::min(landed, steps - 1));
    scheduleRefresh();
}

bool AgendaPanel::useFourSteps()
{
    if (!editable() || !mDocument->journey().agenda.empty())
        return false;
    // One undo step: the facilitator who clicked it by mistake takes it back with one Ctrl+Z.
    UndoMacro macro(mDocument, tr("Use the four steps"));
    for (const QString &title :
         {tr("Map the stages"), tr("Add touchpoints"), tr("Attach effort"), tr("Vote on pain points")})
        mDocument->push(new AddEntity<AgendaItem>(mDocument, AgendaItem{QUuid::createUuid(), title, false}));
    return true;
}

void AgendaPanel::beginAddStep()
{
    if (!editable())
        return;
    if (!mPending) {
        mPending = new QListWidgetItem;
        mPending->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        mList->addItem(mPending);
    }
    mEmpty->hide();
    mFourSteps->hide();
    mList->setCurrentItem(mPending);
    mList->editItem(mPending);
}

void AgendaPanel::refresh()
{
    mRefreshTimer.stop();
    mRefreshing = true;
    // The chosen step stays chosen wherever it went (a move, its undo).
    QListWidgetItem *current = mList->currentItem();
    const QUuid chosen = current && current != mPending ? current->data(AgendaItemIdRole).toUuid() : QUuid();
    const std::vector<AgendaItem> none;
    const std::vector<AgendaItem> &agenda = mDocument ? mDocument->journey().agenda : none;
    const int count = int(agenda.size());
    // Rows are reused in place, so an open editor (the new step's row, kept last) survives a
    // refresh. A committed new row becomes the step it added, which comes last too.
    const int existing = mList->count() - (mPending ? 1 : 0);
    for (int row = existing; row > count; --row)
        delete mList->takeItem(row - 1);
    for (int row = existing; row < count; ++row)
        mList->insertItem(row, new QListWidgetItem);
    for (int row = 0; row < count; ++row) {
        const AgendaItem &step = agenda[std::size_t(row)];
        QListWidgetItem *item = mList->item(row);
        item->setData(AgendaItemIdRole, step.id);
        item->setText(step.title);
        item->setCheckState(step.done ? Qt::Checked : Qt::Unchecked);
        QFont font = mList->font();
        font.setStrikeOut(step.done); // a ticked-off step reads as done from across the room
        item->setFont(font);
        item->setFlags(editable() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
                                  : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    if (!chosen.isNull()) {
        const int at = indexOfStep(mDocument, chosen);
        if (at >= 0 && mList->currentRow() != at)
            mList->setCurrentRow(at);
    }
    const bool empty = count == 0 && !mPending;
    mEmpty->setVisible(empty && mDocument);
    mFourSteps->setVisible(empty && mDocument);
    mRefreshing = false;
    updateButtons();
}

void AgendaPanel::updateButtons()
{
    mAdd->setEnabled(editable());
    mFourSteps->setEnabled(editable());
    mRemove->setEnabled(editable() && mList->currentItem() && mList->currentItem() != mPending);
    QListWidgetItem *item = mList->currentItem();
    const int at = item && item != mPending ? indexOfStep(mDocument, item->data(AgendaItemIdRole).toUuid()) : -1;
    const int steps = mDocument ? int(mDocument->journey().agenda.size()) : 0;
    mMoveUp->setEnabled(editable() && at > 0);
    mMoveDown->setEnabled(editable() && at >= 0 && at + 1 < steps);
    mUpButton->setEnabled(mMoveUp->isEnabled());
    mDownButton->setEnabled(mMoveDown->isEnabled());
}

void AgendaPanel::updateMoveTips()
{
    // While shared and not a facilitator's, the reason they are greyed; otherwise what and which keys.
    const auto tip = [this](QAction *action, const QString &what) {
        return mSharedLimit.isEmpty() ? what.arg(action->shortcut().toString(QKeySequence::NativeText)) : mSharedLimit;
    };
    mUpButton->setToolTip(tip(mMoveUp, tr("Move the chosen step up (%1)")));
    mDownButton->setToolTip(tip(mMoveDown, tr("Move the chosen step down (%1)")));
}

bool AgendaPanel::editable() const
{
    return mDocument && !mDocument->isReviewOnly() && mSharedLimit.isEmpty();
}

void AgendaPanel::setSharedLimit(const QString &why)
{
    mSharedLimit = why;
    for (QPushButton *button : {mAdd, mRemove, mFourSteps})
        button->setToolTip(why);
    updateMoveTips();
    refresh();
}

void AgendaPanel::onItemChanged(QListWidgetItem *item)
{
    if (mRefreshing)
        return;
    if (item == mPending) {
        // Its row stays until the refresh: deleting an item inside its own change signal is unsafe.
        mPending = nullptr;
        addStep(item->text());
        scheduleRefresh();
        return;
    }
    const QUuid id = item->data(AgendaItemIdRole).toUuid();
    const AgendaItem *step = findStep(mDocument, id);
    if (!step)
        return;
    const bool done = item->checkState() == Qt::Checked;
    const bool changed = done != step->done ? setDone(id, done) : renameStep(id, item->text());
    if (!changed)
        scheduleRefresh(); // refused or emptied: the journey's version comes back
}

} // namespace waymark
