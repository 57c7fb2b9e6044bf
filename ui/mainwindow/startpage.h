#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace waymark {

class RecentFiles;

// The welcome page shown over the canvas when Waymark starts with no file: how to begin (a new
// journey, a template, the sample workshop, a file, a recent journey) and how a workshop goes in four
// steps, so a first-time facilitator starts without the README. It covers its parent (the
// window's central widget) and follows its size; the window hides it once a journey is open.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    StartPage(RecentFiles *recent, QWidget *parent);

    QPushButton *newButton() const { return mNew; }
    QPushButton *sampleButton() const { return mSample; }
    QPushButton *templateButton() const { return mTemplate; }
    QPushButton *openButton() const { return mOpen; }
    QListWidget *recentList() const { return mRecentList; }

signals:
    void newJourneyRequested();
    void sampleRequested();
    void templateRequested();
    void openRequested();
    void recentRequested(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createActions();
    QWidget *createSteps();
    void refreshRecent();

    RecentFiles *mRecent;
    QPushButton *mNew = nullptr;
    QPushButton *mSample = nullptr;
    QPushButton *mTemplate = nullptr;
    QPushButton *mOpen = nullptr;
    QListWidget *mRecentList = nullptr;
    QLabel *mNoRecent = nullptr;
};

} // namespace waymark
