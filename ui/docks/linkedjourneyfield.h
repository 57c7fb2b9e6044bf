#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace waymark {

// A card's sub-journey in the properties dock: the linked file with its headline figures (or
// why it cannot be followed), Choose…, Open and Remove. The link is kept relative to the
// journey's folder (portfolio/journeylink.h).
class LinkedJourneyField : public QWidget
{
    Q_OBJECT
public:
    explicit LinkedJourneyField(QWidget *parent = nullptr);

    // `journeyPath`: where the journey is saved (empty: not yet).
    void showLink(const QString &journeyPath, const QString &link);
    QLabel *summary() const { return mSummary; }
    QPushButton *openButton() const { return mOpen; }

signals:
    void linkChosen(const QString &link); // empty: remove the link
    void openRequested(const QString &path);

private:
    void choose();

    QString mJourneyPath;
    QString mLink;
    QString mPath; // absolute, when the link can be followed
    QLabel *mSummary;
    QPushButton *mChoose;
    QPushButton *mOpen;
    QPushButton *mRemove;
};

} // namespace waymark
