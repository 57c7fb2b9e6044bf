#pragma once

#include "journey.h"

#include <QDockWidget>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUuid>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace waymark {

class JourneyDocument;

// Unresolved threads (first comments) on one card or stage; a null id counts the threads on
// the journey itself. For the comment badges on the cards.
int openCommentCount(const Journey &journey, const QUuid &targetId);

// The review comments of department heads: threads pinned to a card, a stage or the journey,
// filtered by status, author and department. Writing goes through the document's undo stack
// (comment commands are the only ones review mode lets through). Clicking a comment asks the
// window to select what it is on; the window tells the dock what is selected on the canvas
// through setTarget(), which is where a new comment goes.
class CommentsDock : public QDockWidget
{
    Q_OBJECT
public:
    // Data of the list's items (column 0). Top-level items are threads (their first comment),
    // children are the replies in time order.
    enum Role {
        CommentIdRole = Qt::UserRole, // QUuid of the comment
        ThreadIdRole,                 // QUuid of the thread's first comment
        TargetTextRole,               // "Card “…”", "The journey", "a deleted card"
        AuthorRole,
        DepartmentIdRole,
        DepartmentNameRole, // empty without a (known) department
        DepartmentColourRole,
        TimeTextRole,       // local time, short format
        FirstLineRole,      // first line of the text
        FullTextRole,
        ResolvedRole, // the thread is resolved (set on replies too, they are greyed with it)
    };
    enum class StatusFilter { All, Open, Mine };

    explicit CommentsDock(JourneyDocument *document = nullptr, QWidget *parent = nullptr);

    void setDocument(JourneyDocument *document);
    JourneyDocument *document() const { return mDocument; }

    CommentTarget target() const { return mTarget; }
    QUuid targetId() const { return mTargetId; }
    // Who writes: the active workshop participant, else the name and department the user
    // entered (kept in QSettings "review/author" and "review/department").
    QString currentAuthor() const;
    QUuid currentDepartment() const;

    // "Card “Waits for approval”", "Stage “Apply”", "The journey", "a deleted card".
    static QString describeTarget(const Journey &journey, CommentTarget target, const QUuid &id);

    QTreeWidget *list() const { return mList; }
    // The comment of the current list row, or null.
    QUuid selectedComment() const;
    void setStatusFilter(StatusFilter filter);
    // A null id shows every department.
    void setDepartmentFilter(const QUuid &departmentId);

public slots:
    // What is selected on the canvas: one card, a stage header, or nothing (the journey).
    void setTarget(waymark::CommentTarget target, const QUuid &id);

signals:
    void targetActivated(waymark::CommentTarget target, const QUuid &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRefresh();
    void refresh();
    void refreshDepartmentBoxes();
    void refreshIdentity();
    void applyFilters();
    void updateTargetLabel();
    void updateButtons();
    void activate(QTreeWidgetItem *item);

    const Comment *comment(const QUuid &id) const;
    // The first comment of the selected row's thread, or null.
    const Comment *selectedThread() const;

    void addComment();
    void addReply();
    void toggleResolved();
    void deleteSelected();
    // Pushes a new comment (thread or reply) with the text box's text and selects it.
    void pushComment(Comment comment);

    QPointer<JourneyDocument> mDocument;
    QList<QMetaObject::Connection> mConnections;
    CommentTarget mTarget = CommentTarget::Journey;
    QUuid mTargetId;

    QComboBox *mStatusFilter;
    QComboBox *mDepartmentFilter;
    QTreeWidget *mList;
    QLabel *mEmpty;
    QPushButton *mResolve;
    QPushButton *mDelete;
    QLabel *mTargetLabel;
    QPlainTextEdit *mText;
    QPushButton *mComment;
    QPushButton *mReply;
    QLineEdit *mAuthor;
    QComboBox *mAuthorDepartment;
    QLabel *mNameHint;

    // Threads the user folded; every other thread shows its replies.
    UuidSet mCollapsed;
    bool mRebuilding = false;
    QTimer mRefreshTimer;
};

} // namespace waymark
