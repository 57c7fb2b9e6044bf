#pragma once

#include <QFrame>
#include <QList>
#include <QUuid>

class QAction;
class QLabel;
class QLineEdit;
class QToolButton;

namespace waymark {

class JourneyScene;
class JourneyView;
struct Touchpoint;

// Ctrl+F on the canvas: a small bar in the top-right corner of the map that finds cards by
// their title, description, notes or data key. Typing selects the first match; Enter or F3
// the next, Shift+Enter or Shift+F3 the previous (wrapping round), each selected and scrolled
// into view; "3 of 12" says where you are. Esc closes it and gives the keys back to the map.
class FindBar : public QFrame
{
    Q_OBJECT
public:
    FindBar(JourneyView *view, JourneyScene *scene);

    // Edit → Find Card… (Ctrl+F), Find Next (F3), Find Previous (Shift+F3).
    QAction *findAction() const { return mFind; }
    QAction *findNextAction() const { return mNext; }
    QAction *findPreviousAction() const { return mPrevious; }

    void open();
    void dismiss(); // Esc
    void findNext() { step(+1); }
    void findPrevious() { step(-1); }

    QLineEdit *edit() const { return mEdit; }
    QString countText() const;
    // The matching cards in reading order: stage by stage, lane by lane, top to bottom.
    QList<QUuid> matches() const;
    static bool matches(const Touchpoint &card, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void textChanged();
    void step(int by);
    void showMatch(int index, const QList<QUuid> &found); // index -1: none
    void refreshCount(int index, int count);
    void place();

    JourneyView *mView;
    // Kept apart from mView: while the view is being destroyed its viewport still sends events
    // here, and calling into the half-destroyed view is undefined.
    QWidget *mViewport;
    JourneyScene *mScene;
    QLineEdit *mEdit;
    QLabel *mCount;
    QAction *mFind;
    QAction *mNext;
    QAction *mPrevious;
    QUuid mCurrent; // the match shown last
};

} // namespace waymark
