#pragma once

class QObject;
class QStyledItemDelegate;

namespace waymark {

// How the comments list draws a comment: two or three short lines (what it is on, who and
// when, the first line of the text) instead of cramped columns, resolved threads faded.
// Reads the CommentsDock roles.
QStyledItemDelegate *createCommentDelegate(QObject *parent);

} // namespace waymark
