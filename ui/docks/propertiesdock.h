#pragma once

#include "journeydocument.h"

#include <QDockWidget>
#include <QList>
#include <QPointer>
#include <QUuid>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSlider;
class QSpinBox;
class QWidget;

namespace waymark {

class SystemFields;
class EvidenceField;
class PersonasField;
class PicturesField;
class LinkedJourneyField;

// Edits the one selected card: title, description, channel, department, effort (time,
// money, negative emotion), flags, data key and notes. Each change is one EditTouchpoint
// command with its own undo text; invalid input is shown at its field and never written.
class PropertiesDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit PropertiesDock(JourneyDocument *document, QWidget *parent = nullptr);
    ~PropertiesDock() override;

    // The main window swaps documents on open and new; null shows nothing.
    void setDocument(JourneyDocument *document);
    JourneyDocument *document() const { return mDocument; }

    // The card the form edits: null unless exactly one card is selected.
    QUuid touchpointId() const;
    // Edit → Card Properties (Alt+Return): the dock in front, the title field focused.
    void focusForm();
    // The persona the map shows (null: everyone): the emotion field edits what they feel.
    void setPersona(const QUuid &personaId);

public slots:
    // The canvas selection: none shows a hint, several show their count with the form
    // disabled, one is edited.
    void setTouchpoints(const QList<QUuid> &ids);

signals:
    // The card's linked journey, to open in the window (after asking to save this one).
    void openJourneyRequested(const QString &path);
    // Escape in a field with nothing to take back: the keyboard goes back to the map.
    void canvasRequested();

private:
    void buildForm();
    void connectDocument();
    // Shows the selection's state; `force` rewrites every field, even one being typed in.
    void updateForm(bool force);
    // Escape: takes back what was typed in `field`, or asks for the map when nothing was.
    void revertOrLeave(QWidget *field);
    void fillCard(const Touchpoint &card, bool force);
    void clearFields();
    void rebuildDepartments();
    void rebuildCurrencies(const QString &current);
    const Touchpoint *card() const;
    void pushEdit(const Touchpoint &changed, const QString &text);
    // Writes what the user typed but has not committed yet (selection about to change).
    void commitPending();
    // Escape: puts the card's value back into `field` and clears its error.
    void revert(QWidget *field);

    void commitTitle();
    void commitDescription();
    void commitChannel();
    void commitDepartment();
    void commitTime();
    void commitAmount();
    void commitCurrency();
    void commitEmotion(int value);
    void commitPainPoint(bool on);
    void commitMomentOfTruth(bool on);
    void commitDataKey();
    void commitNotes();

    QPointer<JourneyDocument> mDocument;
    QList<QUuid> mSelection;
    // The card values the fields last showed: a field being edited is only overwritten
    // when its own value changed in the model.
    std::optional<Touchpoint> mShown;
    int mEmotionGesture = 0;

    QLabel *mHint = nullptr;
    SystemFields *mSystem = nullptr;
    LinkedJourneyField *mLinked = nullptr;
    PicturesField *mPictures = nullptr;
    EvidenceField *mEvidence = nullptr;
    PersonasField *mPersonas = nullptr;
    QLabel *mPersonaEmotionNote = nullptr;
    QUuid mPersona;
    QString mPersonaName;
    void showPersonaEmotion(const Touchpoint &current);
    QWidget *mForm = nullptr;
    QLineEdit *mTitle = nullptr;
    QPlainTextEdit *mDescription = nullptr;
    QComboBox *mChannel = nullptr;
    QComboBox *mDepartment = nullptr;
    QLineEdit *mTime = nullptr;
    QLabel *mTimeError = nullptr;
    QLineEdit *mAmount = nullptr;
    QComboBox *mCurrency = nullptr;
    QLabel *mAmountError = nullptr;
    QLabel *mCurrencyError = nullptr;
    QSlider *mEmotion = nullptr;
    QSpinBox *mEmotionValue = nullptr;
    QCheckBox *mPainPoint = nullptr;
    QCheckBox *mMomentOfTruth = nullptr;
    QLineEdit *mDataKey = nullptr;
    QPlainTextEdit *mNotes = nullptr;
};

} // namespace waymark
