#include "commentsdock.h"

#include "commentdelegate.h"

#include "commands/addentity.h"
#include "commands/editentity.h"
#include "commands/journeycommand.h"
#include "commands/removeentity.h"
#include "journeydocument.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark {

namespace {

const QString reviewAuthorKey = QStringLiteral("review/author");
const QString departmentKey = QStringLiteral("review/department");

// Comments are free text: the list shows the first line that says something.
QString firstLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    }
    return {};
}

// A round department dot for the combo boxes, the same mark the list draws.
QIcon departmentDot(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour.darker(130), 1));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

// Rich text so long comments wrap in the tooltip instead of running off the screen, escaped
// so a comment that happens to contain "<b>" shows as typed.
QString toolTipFor(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

} // namespace

int openCommentCount(const Journey &journey, const QUuid &targetId)
{
    return int(std::count_if(journey.comments.begin(), journey.comments.end(), [&](const Comment &comment) {
        return comment.parentId.isNull() && !comment.resolved && comment.targetId == targetId;
    }));
}

CommentsDock::CommentsDock(JourneyDocument *document, QWidget *parent)
    : QDockWidget(tr("Comments"), parent)
{
    setObjectName(QStringLiteral("commentsDock"));
    auto *contents = new QWidget(this);
    auto *layout = new QVBoxLayout(contents);

    auto *filters = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("S&how:"), contents);
    mStatusFilter = new QComboBox(contents);
    mStatusFilter->setObjectName(QStringLiteral("commentsStatusFilter"));
    //: Filter of the comments list: every thread
    mStatusFilter->addItem(tr("All"), int(StatusFilter::All));
    //: Filter of the comments list: threads not resolved yet (an adjective, not "open a file")
    mStatusFilter->addItem(tr("Open"), int(StatusFilter::Open));
    //: Filter of the comments list: threads you wrote in
    mStatusFilter->addItem(tr("Mine"), int(StatusFilter::Mine));
    mStatusFilter->setToolTip(tr("Every thread, the unresolved ones, or the ones you wrote in"));
    showLabel->setBuddy(mStatusFilter);
    mDepartmentFilter = new QComboBox(contents);
    mDepartmentFilter->setObjectName(QStringLiteral("commentsDepartmentFilter"));
    mDepartmentFilter->setToolTip(tr("Only threads a department took part in"));
    // Long department names must not push the dock wider than the side panel.
    mDepartmentFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mDepartmentFilter->setMinimumContentsLength(10);
    filters->addWidget(showLabel);
    filters->addWidget(mStatusFilter);
    filters->addWidget(mDepartmentFilter, 1);
    layout->addLayout(filters);

    mList = new QTreeWidget(contents);
    mList->setObjectName(QStringLiteral("commentsList"));
    mList->setColumnCount(1);
    mList->setHeaderHidden(true);
    mList->setUniformRowHeights(false);
    mList->setSelectionMode(QAbstractItemView::SingleSelection);
    mList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel); // rows are two or three lines tall
    mList->setIndentation(14);
    mList->setItemDelegate(createCommentDelegate(mList));
    mList->installEventFilter(this);
    layout->addWidget(mList, 1);

    mEmpty = new QLabel(contents);
    mEmpty->setObjectName(QStringLiteral("commentsEmpty"));
    mEmpty->setWordWrap(true);
    mEmpty->setAlignment(Qt::AlignCenter);
    mEmpty->setForegroundRole(QPalette::PlaceholderText);
    mEmpty->hide();
    layout->addWidget(mEmpty, 1);

    // Actions on the selected thread sit under the list; writing has its own row below.
    auto *threadButtons = new QHBoxLayout;
    mResolve = new QPushButton(tr("Re&solve"), contents);
    mResolve->setObjectName(QStringLiteral("commentsResolveButton"));
    mDelete = new QPushButton(tr("&Delete"), contents);
    mDelete->setObjectName(QStringLiteral("commentsDeleteButton"));
    mDelete->setToolTip(tr("Delete the selected comment (only your own); a thread goes with its replies"));
    threadButtons->addStretch(1);
    threadButtons->addWidget(mResolve);
    threadButtons->addWidget(mDelete);
    layout->addLayout(threadButtons);

    auto *rule = new QFrame(contents);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    mAuthor = new QLineEdit(contents);
    mAuthor->setObjectName(QStringLiteral("commentsAuthor"));
    mAuthor->setPlaceholderText(tr("Shown on your comments"));
    mAuthorDepartment = new QComboBox(contents);
    mAuthorDepartment->setObjectName(QStringLiteral("commentsAuthorDepartment"));
    mAuthorDepartment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mAuthorDepartment->setMinimumContentsLength(10);
    form->addRow(tr("Your name:"), mAuthor);
    form->addRow(tr("Your department:"), mAuthorDepartment);
    layout->addLayout(form);

    mTargetLabel = new QLabel(contents);
    mTargetLabel->setObjectName(QStringLiteral("commentsTarget"));
    mTargetLabel->setTextFormat(Qt::PlainText);
    mTargetLabel->setWordWrap(true);
    layout->addWidget(mTargetLabel);

    mText = new QPlainTextEdit(contents);
    mText->setObjectName(QStringLiteral("commentsText"));
    mText->setPlaceholderText(tr("Write a comment…"));
    mText->setTabChangesFocus(true);
    mText->setToolTip(tr("Ctrl+Enter adds the comment"));
    {
        // Room for a few lines without taking the list's space.
        const int lineHeight = mText->fontMetrics().lineSpacing();
        const int frame = 2 * mText->frameWidth() + int(2 * mText->document()->documentMargin());
        mText->setMinimumHeight(3 * lineHeight + frame);
        mText->setMaximumHeight(4 * lineHeight + frame);
    }
    mText->installEventFilter(this);
    layout->addWidget(mText);

    auto *writeButtons = new QHBoxLayout;
    mNameHint = new QLabel(tr("Enter your name to comment."), contents);
    mNameHint->setObjectName(QStringLiteral("commentsNameHint"));
    mNameHint->setWordWrap(true);
    mNameHint->setForegroundRole(QPalette::PlaceholderText);
    mReply = new QPushButton(tr("&Reply"), contents);
    mReply->setObjectName(QStringLiteral("commentsReplyButton"));
    mReply->setToolTip(tr("Reply to the selected thread"));
    mComment = new QPushButton(tr("&Comment"), contents);
    mComment->setObjectName(QStringLiteral("commentsCommentButton"));
    mComment->setToolTip(tr("Start a new thread on what is selected on the map (Ctrl+Enter)"));
    writeButtons->addWidget(mNameHint, 1);
    writeButtons->addStretch(0); // keeps the buttons at their size while the hint is hidden
    writeButtons->addWidget(mReply);
    writeButtons->addWidget(mComment);
    layout->addLayout(writeButtons);
    setWidget(contents);

    connect(mStatusFilter, &QComboBox::currentIndexChanged, this, &CommentsDock::applyFilters);
    connect(mDepartmentFilter, &QComboBox::currentIndexChanged, this, &CommentsDock::applyFilters);
    connect(mList, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(mList, &QTreeWidget::itemSelectionChanged, this, &CommentsDock::updateButtons);
    connect(mList, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        if (!mRebuilding)
            mCollapsed.remove(item->data(0, ThreadIdRole).toUuid());
    });
    connect(mList, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem *item) {
        if (!mRebuilding)
            mCollapsed.insert(item->data(0, ThreadIdRole).toUuid());
    });
    connect(mText, &QPlainTextEdit::textChanged, this, &CommentsDock::updateButtons);
    connect(mComment, &QPushButton::clicked, this, &CommentsDock::addComment);
    connect(mReply, &QPushButton::clicked, this, &CommentsDock::addReply);
    connect(mResolve, &QPushButton::clicked, this, &CommentsDock::toggleResolved);
    connect(mDelete, &QPushButton::clicked, this, &CommentsDock::deleteSelected);
    // Only what the user does is remembered: filling the fields from a participant or from
    // another journey's departments must not overwrite the stored identity.
    connect(mAuthor, &QLineEdit::textEdited, this, [this](const QString &text) {
        QSettings().setValue(reviewAuthorKey, text);
        applyFilters(); // "Mine" follows the name
    });
    connect(mAuthorDepartment, &QComboBox::activated, this, [this] {
        const QUuid id = mAuthorDepartment->currentData().toUuid();
        QSettings().setValue(departmentKey, id.isNull() ? QString() : id.toString(QUuid::WithoutBraces));
    });

    // One rebuild per burst of changes: deleting a stage removes its cards one by one.
    mRefreshTimer.setSingleShot(true);
    mRefreshTimer.setInterval(0);
    connect(&mRefreshTimer, &QTimer::timeout, this, &CommentsDock::refresh);

    setDocument(document);
}

void CommentsDock::setDocument(JourneyDocument *document)
{
    for (const QMetaObject::Connection &connection : std::as_const(mConnections))
        disconnect(connection);
    mConnections.clear();
    if (document != mDocument) {
        // The old canvas selection and folds mean nothing in another journey.
        mTarget = CommentTarget::Journey;
        mTargetId = QUuid();
        mCollapsed.clear();
    }
    mDocument = document;
    if (document) {
        // The comments themselves, and everything a row names: card and stage titles (or
        // their deletion), departments, and who has the floor.
        using D = JourneyDocument;
        const auto later = [this] { scheduleRefresh(); };
        for (auto signal : {&D::commentInserted, &D::commentRemoved, &D::commentChanged, &D::touchpointInserted,
                            &D::touchpointRemoved, &D::stageInserted, &D::stageRemoved,
                            &D::stageChanged, &D::departmentInserted, &D::departmentRemoved, &D::departmentChanged,
                            &D::participantInserted, &D::participantRemoved, &D::participantChanged})
            mConnections << connect(document, signal, this, later);
        // A card's row shows its title only: other edits, or cards nobody commented on, are no reason to rebuild.
        mConnections << connect(document, &D::touchpointFieldsChanged, this, [this](const QUuid &id, TouchpointFields fields) {
            if (!(fields & TouchpointField::Title) || !mDocument)
                return;
            const auto &comments = mDocument->journey().comments;
            if (std::any_of(comments.begin(), comments.end(), [&](const Comment &c) { return c.target == CommentTarget::Card && c.targetId == id; }))
                scheduleRefresh();
        });
        mConnections << connect(document, &D::journeyReset, this, later);
        mConnections << connect(document, &D::activeParticipantChanged, this, later);
        mConnections << connect(document, &QObject::destroyed, this, later); // empty the list
    }
    refresh();
}

QString CommentsDock::currentAuthor() const
{
    return mAuthor->text().trimmed();
}

QUuid CommentsDock::currentDepartment() const
{
    return mAuthorDepartment->currentData().toUuid();
}

QString CommentsDock::describeTarget(const Journey &journey, CommentTarget target, const QUuid &id)
{
    switch (target) {
    case CommentTarget::Card:
        if (const Touchpoint *card = journey.touchpoint(id))
            return tr("Card “%1”").arg(firstLine(card->title));
        return tr("a deleted card");
    case CommentTarget::Stage:
        if (const Stage *stage = journey.stage(id))
            return tr("Stage “%1”").arg(firstLine(stage->name));
        return tr("a deleted stage");
    case CommentTarget::Journey:
        break;
    }
    return tr("The journey");
}

QUuid CommentsDock::selectedComment() const
{
    const QTreeWidgetItem *item = mList->currentItem();
    if (!item || !item->isSelected() || item->isHidden() || (item->parent() && item->parent()->isHidden()))
        return {};
    return item->data(0, CommentIdRole).toUuid();
}

const Comment *CommentsDock::comment(const QUuid &id) const
{
    if (!mDocument || id.isNull())
        return nullptr;
    const auto &comments = mDocument->journey().comments;
    const auto it = std::find_if(comments.begin(), comments.end(), [&](const Comment &c) { return c.id == id; });
    return it == comments.end() ? nullptr : &*it;
}

const Comment *CommentsDock::selectedThread() const
{
    const QTreeWidgetItem *item = mList->currentItem();
    if (selectedComment().isNull())
        return nullptr;
    return comment(item->data(0, ThreadIdRole).toUuid());
}

void CommentsDock::setStatusFilter(StatusFilter filter)
{
    mStatusFilter->setCurrentIndex(mStatusFilter->findData(int(filter)));
}

void CommentsDock::setDepartmentFilter(const QUuid &departmentId)
{
    mDepartmentFilter->setCurrentIndex(std::max(0, mDepartmentFilter->findData(departmentId)));
}

void CommentsDock::setTarget(waymark::CommentTarget target, const QUuid &id)
{
    mTarget = target;
    mTargetId = target == CommentTarget::Journey ? QUuid() : id;
    updateTargetLabel();
    updateButtons();
}

void CommentsDock::scheduleRefresh()
{
    mRefreshTimer.start();
}

void CommentsDock::refresh()
{
    mRefreshTimer.stop();
    const QUuid selected = selectedComment();
    const int scroll = mList->verticalScrollBar()->value();

    mRebuilding = true;
    mList->clear();
    refreshDepartmentBoxes();
    refreshIdentity();
    if (mDocument) {
        const Journey &journey = mDocument->journey();
        UuidHash<const Comment *> byId;
        for (const Comment &comment : journey.comments)
            byId.insert(comment.id, &comment);
        // Replies to replies (from other tools) join the thread of their first comment; a reply
        // whose thread is gone stands as a thread of its own rather than vanish.
        const auto rootOf = [&](const Comment &comment) {
            const Comment *at = &comment;
            for (size_t hops = 0; !at->parentId.isNull() && hops < journey.comments.size(); ++hops) {
                const Comment *parent = byId.value(at->parentId);
                if (!parent)
                    break;
                at = parent;
            }
            return at;
        };
        std::vector<const Comment *> threads;
        UuidHash<std::vector<const Comment *>> replies;
        for (const Comment &comment : journey.comments) {
            const Comment *root = rootOf(comment);
            if (root == &comment)
                threads.push_back(&comment);
            else
                replies[root->id].push_back(&comment);
        }
        const auto byTime = [](const Comment *a, const Comment *b) { return a->time < b->time; };
        std::stable_sort(threads.begin(), threads.end(), byTime);

        const QLocale locale;
        const auto makeItem = [&](const Comment &comment, const Comment &thread) {
            auto *item = new QTreeWidgetItem;
            const Department *department = journey.department(comment.departmentId);
            const QString target = describeTarget(journey, thread.target, thread.targetId);
            const QString time = comment.time.isValid() ? locale.toString(comment.time.toLocalTime(), QLocale::ShortFormat) : QString();
            const QString first = firstLine(comment.text);
            item->setData(0, CommentIdRole, comment.id);
            item->setData(0, ThreadIdRole, thread.id);
            item->setData(0, TargetTextRole, target);
            item->setData(0, AuthorRole, comment.author);
            item->setData(0, DepartmentIdRole, comment.departmentId);
            item->setData(0, DepartmentNameRole, department ? department->name : QString());
            item->setData(0, DepartmentColourRole, department ? department->colour : QColor());
            item->setData(0, TimeTextRole, time);
            item->setData(0, FirstLineRole, first);
            item->setData(0, FullTextRole, comment.text);
            item->setData(0, ResolvedRole, thread.resolved);
            // What screen readers and type-ahead get; the delegate draws the same pieces.
            QStringList parts;
            if (&comment == &thread)
                parts << target;
            parts << comment.author;
            if (department)
                parts << department->name;
            parts << time << first;
            if (thread.resolved && &comment == &thread)
                parts << tr("resolved");
            parts.removeAll(QString());
            item->setText(0, parts.join(QStringLiteral(" · ")));
            item->setToolTip(0, toolTipFor(comment.text));
            return item;
        };
        for (const Comment *thread : threads) {
            QTreeWidgetItem *item = makeItem(*thread, *thread);
            auto &threadReplies = replies[thread->id];
            std::stable_sort(threadReplies.begin(), threadReplies.end(), byTime);
            for (const Comment *reply : threadReplies)
                item->addChild(makeItem(*reply, *thread));
            mList->addTopLevelItem(item);
            item->setExpanded(!mCollapsed.contains(thread->id));
        }
    }
    if (!selected.isNull()) {
        for (QTreeWidgetItemIterator it(mList); *it; ++it) {
            if ((*it)->data(0, CommentIdRole).toUuid() == selected) {
                // Selecting a reply in a folded thread would unfold it: select the thread.
                QTreeWidgetItem *parent = (*it)->parent();
                mList->setCurrentItem(parent && !parent->isExpanded() ? parent : *it);
                break;
            }
        }
    }
    applyFilters();
    mRebuilding = false;
    mList->verticalScrollBar()->setValue(scroll);
    updateTargetLabel();
    updateButtons();
}

void CommentsDock::refreshDepartmentBoxes()
{
    const std::pair<QComboBox *, QString> boxes[] = {{mDepartmentFilter, tr("All departments")},
                                                     {mAuthorDepartment, tr("No department")}};
    for (const auto &[box, none] : boxes) {
        const QUuid current = box->currentData().toUuid();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(none, QUuid());
        if (mDocument) {
            for (const Department &department : mDocument->journey().departments)
                box->addItem(departmentDot(department.colour), department.name, department.id);
        }
        box->setCurrentIndex(std::max(0, box->findData(current)));
    }
}

void CommentsDock::refreshIdentity()
{
    const Participant *participant =
        mDocument ? mDocument->journey().participant(mDocument->activeParticipant()) : nullptr;
    QString name;
    QUuid department;
    if (participant) {
        // In the workshop the room speaks through whoever has the floor.
        name = participant->name;
        department = participant->departmentId;
    } else {
        const QSettings settings;
        name = settings.value(reviewAuthorKey).toString();
        department = QUuid::fromString(settings.value(departmentKey).toString());
    }
    if (mAuthor->text() != name)
        mAuthor->setText(name);
    mAuthor->setReadOnly(participant);
    mAuthorDepartment->setCurrentIndex(std::max(0, mAuthorDepartment->findData(department)));
    mAuthorDepartment->setEnabled(!participant);
    const QString why = participant ? tr("The participant who has the floor in the workshop") : QString();
    mAuthor->setToolTip(why);
    mAuthorDepartment->setToolTip(why);
}

void CommentsDock::applyFilters()
{
    const auto status = StatusFilter(mStatusFilter->currentData().toInt());
    const QUuid department = mDepartmentFilter->currentData().toUuid();
    const QString me = currentAuthor();
    int shown = 0;
    for (int i = 0; i < mList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *thread = mList->topLevelItem(i);
        // Threads stay whole: a filter picks threads, the replies give them their context.
        const auto anyComment = [thread](auto matches) {
            if (matches(thread))
                return true;
            for (int child = 0; child < thread->childCount(); ++child) {
                if (matches(thread->child(child)))
                    return true;
            }
            return false;
        };
        bool visible = true;
        if (status == StatusFilter::Open)
            visible = !thread->data(0, ResolvedRole).toBool();
        else if (status == StatusFilter::Mine)
            visible = !me.isEmpty() && anyComment([&](QTreeWidgetItem *item) { return item->data(0, AuthorRole).toString().trimmed() == me; });
        if (visible && !department.isNull())
            visible = anyComment([&](QTreeWidgetItem *item) { return item->data(0, DepartmentIdRole).toUuid() == department; });
        thread->setHidden(!visible);
        shown += visible;
    }
    // Buttons must not act on a thread the user can no longer see.
    if (QTreeWidgetItem *current = mList->currentItem();
        current && (current->isHidden() || (current->parent() && current->parent()->isHidden()))) {
        mList->setCurrentItem(nullptr);
        mList->clearSelection();
    }

    if (!mDocument)
        mEmpty->setText(tr("Open a journey to read and write comments."));
    else if (mList->topLevelItemCount() == 0)
        mEmpty->setText(tr("No comments yet. Select a card or a stage on the map, then write the first one below."));
    else
        mEmpty->setText(tr("No thread matches these filters."));
    mList->setVisible(shown > 0);
    mEmpty->setVisible(shown == 0);
    updateButtons();
}

void CommentsDock::updateTargetLabel()
{
    if (mDocument) {
        // A card or stage deleted while selected: the canvas selection is gone too.
        const Journey &journey = mDocument->journey();
        if ((mTarget == CommentTarget::Card && !journey.touchpoint(mTargetId))
            || (mTarget == CommentTarget::Stage && !journey.stage(mTargetId))) {
            mTarget = CommentTarget::Journey;
            mTargetId = QUuid();
        }
        mTargetLabel->setText(tr("On: %1").arg(describeTarget(journey, mTarget, mTargetId)));
    } else {
        mTargetLabel->clear();
    }
}

void CommentsDock::updateButtons()
{
    const bool writable = mDocument && !currentAuthor().isEmpty() && !mText->toPlainText().trimmed().isEmpty();
    const Comment *thread = selectedThread();
    const Comment *selected = comment(selectedComment());
    mComment->setEnabled(writable);
    mReply->setEnabled(writable && thread);
    mResolve->setEnabled(thread);
    mResolve->setText(thread && thread->resolved ? tr("Re&open") : tr("Re&solve"));
    mResolve->setToolTip(thread && thread->resolved ? tr("Open the selected thread again") : tr("Mark the selected thread as settled"));
    mDelete->setEnabled(selected && !currentAuthor().isEmpty() && selected->author.trimmed() == currentAuthor());
    mNameHint->setVisible(mDocument && currentAuthor().isEmpty());
    mText->setEnabled(mDocument);
}

void CommentsDock::activate(QTreeWidgetItem *item)
{
    if (!item || !mDocument)
        return;
    const Comment *thread = comment(item->data(0, ThreadIdRole).toUuid());
    if (!thread)
        return;
    // Nothing to select for a deleted card or stage.
    const Journey &journey = mDocument->journey();
    if ((thread->target == CommentTarget::Card && !journey.touchpoint(thread->targetId))
        || (thread->target == CommentTarget::Stage && !journey.stage(thread->targetId)))
        return;
    emit targetActivated(thread->target, thread->target == CommentTarget::Journey ? QUuid() : thread->targetId);
}

void CommentsDock::addComment()
{
    if (!mComment->isEnabled())
        return;
    updateTargetLabel(); // drops a target deleted since the canvas last said
    Comment comment;
    comment.target = mTarget;
    comment.targetId = mTargetId;
    pushComment(comment);
}

void CommentsDock::addReply()
{
    const Comment *thread = selectedThread();
    if (!mReply->isEnabled() || !thread)
        return;
    Comment comment;
    comment.parentId = thread->id;
    comment.target = thread->target;
    comment.targetId = thread->targetId;
    mCollapsed.remove(thread->id); // show the new reply
    pushComment(comment);
}

void CommentsDock::pushComment(Comment comment)
{
    comment.id = QUuid::createUuid();
    comment.author = currentAuthor();
    comment.departmentId = currentDepartment();
    comment.time = QDateTime::currentDateTimeUtc();
    comment.text = mText->toPlainText().trimmed();
    // Refused only if some future review rule says no: then the text stays for another try.
    if (!mDocument->push(new AddEntity<Comment>(mDocument, comment)))
        return;
    mText->clear();
    refresh();
    for (QTreeWidgetItemIterator it(mList); *it; ++it) {
        if ((*it)->data(0, CommentIdRole).toUuid() == comment.id && !(*it)->isHidden()) {
            mList->setCurrentItem(*it);
            mList->scrollToItem(*it);
            break;
        }
    }
}

void CommentsDock::toggleResolved()
{
    const Comment *thread = selectedThread();
    if (!thread)
        return;
    Comment changed = *thread;
    changed.resolved = !changed.resolved;
    mDocument->push(new EditEntity<Comment>(mDocument, changed, changed.resolved ? tr("Resolve comment") : tr("Reopen comment")));
    refresh();
}

void CommentsDock::deleteSelected()
{
    const Comment *selected = comment(selectedComment());
    if (!mDelete->isEnabled() || !selected)
        return;
    const QUuid id = selected->id;
    // Everything that answers it, however deep, so no reply is left hanging.
    QList<QUuid> doomed{id};
    for (qsizetype i = 0; i < doomed.size(); ++i) {
        for (const Comment &comment : mDocument->journey().comments) {
            if (comment.parentId == doomed[i] && !doomed.contains(comment.id))
                doomed << comment.id;
        }
    }
    if (doomed.size() == 1) {
        mDocument->push(new RemoveEntity<Comment>(mDocument, id));
    } else {
        const UndoMacro macro(mDocument, tr("Delete thread"));
        // Replies first, so undo puts the first comment back before its replies.
        for (auto it = doomed.crbegin(); it != doomed.crend(); ++it)
            mDocument->push(new RemoveEntity<Comment>(mDocument, *it));
    }
    refresh();
}

bool CommentsDock::eventFilter(QObject *watched, QEvent *event)
{
    const bool key = event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride;
    if (watched == mText && key) {
        const auto *press = static_cast<QKeyEvent *>(event);
        if ((press->key() == Qt::Key_Return || press->key() == Qt::Key_Enter) && (press->modifiers() & Qt::ControlModifier)) {
            // Claim the key before any window shortcut on Ctrl+Enter takes it.
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
                return true;
            }
            addComment();
            return true;
        }
    }
    // Enter handled here rather than through itemActivated, which some styles also emit on
    // a single click: one click must not select twice.
    if (watched == mList && event->type() == QEvent::KeyPress) {
        const int pressed = static_cast<QKeyEvent *>(event)->key();
        if ((pressed == Qt::Key_Return || pressed == Qt::Key_Enter) && mList->currentItem()) {
            activate(mList->currentItem());
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace waymark
