#pragma once

#include "media/cardimageimport.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QMimeData;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace waymark {

class JourneyDocument;
struct Persona;

// The chosen persona's fields in the Journey dock: name, description, goals, frustrations and
// photo. Text boxes commit when they lose the focus (the name on Enter too) and Escape takes
// the typing back, as the dock's other fields do; every commit is one undo step. A photo is
// imported (checked, downscaled, metadata stripped) off the GUI thread. In review mode the
// fields are read-only and the buttons off.
class PersonaEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PersonaEditor(QWidget *parent = nullptr);
    ~PersonaEditor() override;

    void setDocument(JourneyDocument *document);
    // Shows persona `id` (null: none). `force` rewrites fields being typed in, too.
    void showPersona(const QUuid &id, bool force);
    QUuid personaId() const { return mPersonaId; }
    // The next rename of the shown persona joins the undo step that added it (AddEntity::awaitName).
    void awaitName() { mAwaitingName = mPersonaId; }
    void focusName();

    // Takes the picture file as the shown persona's photo, off the GUI thread; Choose Photo…
    // calls it with the file its dialog gave. photoImportFinished() tells the outcome.
    void importPhoto(const QString &path);
    // The same for a picture dropped on the photo (a file from the file manager, a browser's image).
    void dropPhoto(const QMimeData &offered);
    bool isImportingPhoto() const { return mImport.isRunning(); }
    // While shared, only facilitators change personas: `why` (translated) makes the fields
    // read-only as review mode does; empty lifts it.
    void setSharedLimit(const QString &why);
    // The refusal shown under the photo buttons; empty when there is none.
    QString photoMessage() const;

signals:
    void photoImportFinished(bool taken);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Shown {
        QString name;
        QString description;
        QString goals;
        QString frustrations;
    };

    const Persona *persona() const;
    Shown current() const;
    void refresh(bool force);
    void updateEditable();
    void revert(QWidget *field);
    void showPhoto();
    void showPhotoMessage(const QString &text);

    void commitName();
    void commitText(QPlainTextEdit *edit, QString Persona::*member, const QString &undoText);
    void push(const Persona &changed, const QString &undoText);
    void choosePhoto();
    bool canTakePhoto() const;
    bool readOnly() const; // review mode, or the shared journey's limit
    void startImport(const std::function<CardImageImport()> &job);
    void photoReady();
    void removePhoto();

    QPointer<JourneyDocument> mDocument;
    QUuid mPersonaId;
    QUuid mAwaitingName;
    std::optional<Shown> mShown;

    QLineEdit *mName = nullptr;
    QLabel *mNameError = nullptr;
    QPlainTextEdit *mDescription = nullptr;
    QPlainTextEdit *mGoals = nullptr;
    QPlainTextEdit *mFrustrations = nullptr;
    QWidget *mPhotoRow = nullptr; // takes dropped pictures
    QLabel *mPhoto = nullptr;
    QPushButton *mChoosePhoto = nullptr;
    QPushButton *mRemovePhoto = nullptr;
    QLabel *mPhotoMessage = nullptr;

    QString mSharedLimit;
    QString mChoosePhotoTip; // its own tooltip, back when the limit is lifted
    QFutureWatcher<CardImageImport> mImport;
    QUuid mImportFor; // the persona the running import is for, in this document:
    QPointer<JourneyDocument> mImportDocument;
};

} // namespace waymark
