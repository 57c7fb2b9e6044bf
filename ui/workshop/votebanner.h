#pragma once

#include <QFrame>
#include <QPointer>

class QGraphicsView;
class QLabel;

namespace waymark {

class JourneyDocument;

// While a vote is open, who is voting, in large type at the bottom of the canvas, so the whole
// room sees whose dots the next clicks place: "● Ана is voting — 2 of 3 dots left", or a
// prompt to choose someone when nobody has the floor. Hidden otherwise. It lets clicks
// through to the map and stays put while the map scrolls.
class VoteBanner : public QFrame
{
    Q_OBJECT
public:
    explicit VoteBanner(QGraphicsView *view);

    void setDocument(JourneyDocument *document);
    QLabel *label() const { return mLabel; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();
    void place();

    QGraphicsView *mView;
    // Kept apart from mView: while the view is being destroyed its viewport still sends events
    // here, and calling into the half-destroyed view is undefined.
    QWidget *mViewport;
    QPointer<JourneyDocument> mDocument;
    QLabel *mLabel;
};

} // namespace waymark
