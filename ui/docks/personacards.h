#pragma once

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace waymark {

class JourneyDocument;
class PersonaEditor;

// The journey's personas in the Journey dock: every persona as a small card (photo or
// initials, name, the first line of the description), Add Persona and Remove, and the chosen
// persona's fields below (PersonaEditor). Removing a persona the map's cards name asks first,
// saying on how many; undo brings it back with its cards' choices. Review mode shows
// everything and changes nothing.
class PersonaCards : public QWidget
{
    Q_OBJECT
public:
    explicit PersonaCards(QWidget *parent = nullptr);

    void setDocument(JourneyDocument *document);

    QListWidget *list() const { return mList; }
    PersonaEditor *editor() const { return mEditor; }
    QUuid currentPersona() const;
    void selectPersona(const QUuid &id);

    // Adds "New persona", chooses it and puts the cursor in its name.
    void addPersona();
    // Removes the chosen persona (asking first when cards name it).
    void removeCurrentPersona();
    // While shared, only facilitators change personas: `why` (translated) is shown above the
    // list and everything stays readable, nothing editable; empty lifts it.
    void setSharedLimit(const QString &why);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectDocument();
    void refreshList();
    void updateButtons();
    void currentChanged();
    int cardsNaming(const QUuid &persona) const;

    QPointer<JourneyDocument> mDocument;
    QListWidget *mList = nullptr;
    QLabel *mEmpty = nullptr;
    QLabel *mSharedNote = nullptr;
    QString mSharedLimit;
    QPushButton *mAdd = nullptr;
    QPushButton *mRemove = nullptr;
    PersonaEditor *mEditor = nullptr;
};

} // namespace waymark
