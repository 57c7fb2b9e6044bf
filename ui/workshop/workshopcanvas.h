#pragma once

#include <QObject>
#include <QPointer>

namespace waymark {

class JourneyDocument;
class JourneyScene;

// The workshop on the canvas: keeps the card marks (authors, vote dots, open comments) in
// step with the document, and while a vote is open turns clicks on cards into dots for the
// participant who has the floor (right-click takes one back). Every dot is one undo step.
class WorkshopCanvas : public QObject
{
    Q_OBJECT
public:
    explicit WorkshopCanvas(JourneyScene *scene, QObject *parent = nullptr);

    void setDocument(JourneyDocument *document);

    // Places or takes back a dot of the active participant on the card, as a click does.
    // False and a reason (translated) when the rules say no.
    bool castDot(const QUuid &card, QString *why);
    bool takeBackDot(const QUuid &card, QString *why);

signals:
    // Something to tell the facilitator (a refused dot, who voted): for the status bar.
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRefresh();
    void refresh();

    JourneyScene *mScene;
    QPointer<JourneyDocument> mDocument;
    bool mRefreshPending = false;
};

} // namespace waymark
