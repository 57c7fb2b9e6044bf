#include "personaeditor.h"

#include "commands/editentity.h"
#include "dockfields.h"
#include "media/imagemimedata.h"
#include "journeydocument.h"
#include "personaavatar.h"

#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace waymark {

using namespace dockfields;

namespace {

constexpr int photoSide = 56; // as tall as the two photo buttons beside it

void setPersonaTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    edit->setText(text);
    if (!edit->hasFocus())
        edit->setCursorPosition(0); // a long name shows its beginning in a narrow dock
}

void setPersonaTextIfDifferent(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

// The file dialog's filter: the formats the import takes, by their usual extensions.
QString pictureFilter()
{
    QStringList patterns;
    for (const QByteArray &format : acceptedCardImageFormats()) {
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
        if (format == "jpeg")
            patterns << QStringLiteral("*.jpg");
    }
    return PersonaEditor::tr("Pictures (%1)").arg(patterns.join(u' '));
}

} // namespace

PersonaEditor::PersonaEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("personaEditor"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    // Labels above their fields: the boxes keep the dock's whole width ("Разочарования:" is long).
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *photoRow = mPhotoRow = new QWidget(this);
    photoRow->setObjectName(QStringLiteral("personaPhotoRow"));
    photoRow->setAcceptDrops(true);
    photoRow->installEventFilter(this);
    auto *photoLayout = new QHBoxLayout(photoRow);
    photoLayout->setContentsMargins(0, 0, 0, 0);
    mPhoto = new QLabel(photoRow);
    mPhoto->setObjectName(QStringLiteral("personaPhoto"));
    mPhoto->setFixedSize(photoSide, photoSide);
    photoLayout->addWidget(mPhoto, 0, Qt::AlignTop);
    auto *photoButtons = new QVBoxLayout;
    mChoosePhoto = new QPushButton(tr("C&hoose Photo…"), photoRow);
    mChoosePhoto->setObjectName(QStringLiteral("choosePersonaPhotoButton"));
    mChoosePhoto->setToolTip(tr("A photo or drawing that stands for this persona (PNG, JPEG, GIF, BMP); it is downscaled and its location data removed"));
    mRemovePhoto = new QPushButton(tr("Remo&ve Photo"), photoRow);
    mRemovePhoto->setObjectName(QStringLiteral("removePersonaPhotoButton"));
    photoButtons->addWidget(mChoosePhoto);
    photoButtons->addWidget(mRemovePhoto);
    photoButtons->addStretch(1);
    photoLayout->addLayout(photoButtons, 1);
    form->addRow(photoRow);
    mPhotoMessage = new QLabel(this);
    mPhotoMessage->setObjectName(QStringLiteral("personaPhotoMessage"));
    mPhotoMessage->setWordWrap(true);
    mPhotoMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mPhotoMessage->setStyleSheet(QStringLiteral("color: #b3261e;"));
    mPhotoMessage->hide();
    form->addRow(mPhotoMessage);
    connect(mChoosePhoto, &QPushButton::clicked, this, &PersonaEditor::choosePhoto);
    connect(mRemovePhoto, &QPushButton::clicked, this, &PersonaEditor::removePhoto);
    connect(&mImport, &QFutureWatcher<CardImageImport>::finished, this, &PersonaEditor::photoReady);

    auto *name = new QWidget(this);
    auto *nameBox = new QVBoxLayout(name);
    nameBox->setContentsMargins(0, 0, 0, 0);
    nameBox->setSpacing(2);
    mName = new QLineEdit(name);
    mName->setObjectName(QStringLiteral("personaNameEdit"));
    mName->setPlaceholderText(tr("Who goes through this journey"));
    mNameError = createErrorLabel(QStringLiteral("personaNameError"), name);
    nameBox->addWidget(mName);
    nameBox->addWidget(mNameError);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(mName);
    form->addRow(nameLabel, name);
    connect(mName, &QLineEdit::editingFinished, this, &PersonaEditor::commitName);

    mDescription = createTextBox(QStringLiteral("personaDescriptionEdit"), 6, this);
    mDescription->setPlaceholderText(tr("Age, situation, how they deal with the company"));
    form->addRow(tr("&Description:"), mDescription);
    mGoals = createTextBox(QStringLiteral("personaGoalsEdit"), 6, this);
    mGoals->setPlaceholderText(tr("What they want to get done, and by when"));
    form->addRow(tr("&Goals:"), mGoals);
    mFrustrations = createTextBox(QStringLiteral("personaFrustrationsEdit"), 6, this);
    mFrustrations->setPlaceholderText(tr("What gets in their way"));
    form->addRow(tr("&Frustrations:"), mFrustrations);

    watchField(mName, [this] { revert(mName); });
    watchField(mDescription, [this] { revert(mDescription); },
               [this] { commitText(mDescription, &Persona::description, tr("Change persona description")); });
    watchField(mGoals, [this] { revert(mGoals); }, [this] { commitText(mGoals, &Persona::goals, tr("Change persona goals")); });
    watchField(mFrustrations, [this] { revert(mFrustrations); },
               [this] { commitText(mFrustrations, &Persona::frustrations, tr("Change persona frustrations")); });
    showPersona({}, true);
}

PersonaEditor::~PersonaEditor()
{
    // Fields lose the focus while they are deleted: make their handlers do nothing.
    mDocument = nullptr;
    mImport.waitForFinished();
}

void PersonaEditor::setDocument(JourneyDocument *document)
{
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    if (mDocument)
        connect(mDocument, &JourneyDocument::reviewOnlyChanged, this, &PersonaEditor::updateEditable);
    showPersona({}, true);
}

const Persona *PersonaEditor::persona() const
{
    if (!mDocument || mPersonaId.isNull())
        return nullptr;
    const std::optional<int> index = mDocument->journey().personaIndex(mPersonaId);
    return index ? &mDocument->journey().personas[std::size_t(*index)] : nullptr;
}

PersonaEditor::Shown PersonaEditor::current() const
{
    const Persona *shown = persona();
    return shown ? Shown{shown->name, shown->description, shown->goals, shown->frustrations} : Shown{};
}

void PersonaEditor::showPersona(const QUuid &id, bool force)
{
    if (id != mPersonaId) {
        mPersonaId = id;
        mAwaitingName = {};
        force = true;
        showPhotoMessage({});
    }
    refresh(force);
}

void PersonaEditor::refresh(bool force)
{
    const Shown now = current();
    const Shown *old = mShown ? &*mShown : nullptr;
    const auto update = [&](QWidget *field, QString Shown::*member) {
        return force || !old || old->*member != now.*member || (!isEditing(field) && !hasFieldError(field));
    };
    if (update(mName, &Shown::name)) {
        setFieldError(mName, mNameError, {});
        setPersonaTextIfDifferent(mName, now.name);
    }
    if (update(mDescription, &Shown::description))
        setPersonaTextIfDifferent(mDescription, now.description);
    if (update(mGoals, &Shown::goals))
        setPersonaTextIfDifferent(mGoals, now.goals);
    if (update(mFrustrations, &Shown::frustrations))
        setPersonaTextIfDifferent(mFrustrations, now.frustrations);
    mShown = now;
    showPhoto();
    updateEditable();
}

void PersonaEditor::updateEditable()
{
    const Persona *shown = persona();
    const bool editable = shown && !readOnly();
    mName->setReadOnly(!editable);
    for (QPlainTextEdit *edit : {mDescription, mGoals, mFrustrations})
        edit->setReadOnly(!editable);
    mChoosePhoto->setEnabled(editable && !mImport.isRunning());
    mRemovePhoto->setEnabled(editable && !shown->photo.isNull());
}

void PersonaEditor::showPhoto()
{
    const Persona *shown = persona();
    if (!shown) {
        mPhoto->clear();
        return;
    }
    mPhoto->setPixmap(PersonaAvatar::pixmap(*shown, photoSide, devicePixelRatioF()));
    mPhoto->setAccessibleName(shown->photo.isNull() ? tr("No photo of %1").arg(shown->name) : tr("Photo of %1").arg(shown->name));
    mPhoto->setToolTip(shown->photo.originalName.isEmpty() ? tr("Drop a picture here, or choose one")
                                                           : tr("%1 — drop another picture here to replace it").arg(shown->photo.originalName));
}

void PersonaEditor::showPhotoMessage(const QString &text)
{
    mPhotoMessage->setText(text);
    mPhotoMessage->setVisible(!text.isEmpty());
}

QString PersonaEditor::photoMessage() const
{
    return mPhotoMessage->text();
}

void PersonaEditor::focusName()
{
    mName->setFocus(Qt::OtherFocusReason);
    mName->selectAll();
}

void PersonaEditor::revert(QWidget *field)
{
    const Shown now = current();
    if (field == mName) {
        setFieldError(mName, mNameError, {});
        mName->setText(now.name);
    } else if (field == mDescription) {
        mDescription->setPlainText(now.description);
    } else if (field == mGoals) {
        mGoals->setPlainText(now.goals);
    } else if (field == mFrustrations) {
        mFrustrations->setPlainText(now.frustrations);
    }
}

void PersonaEditor::push(const Persona &changed, const QString &undoText)
{
    // Right after Add Persona the typed name joins the adding step: one Undo takes both back.
    const bool joinAdd = mAwaitingName == changed.id && changed.name != persona()->name;
    mAwaitingName = {};
    mDocument->push(new EditPersona(mDocument, changed, undoText, joinAdd));
}

void PersonaEditor::commitName()
{
    const Persona *shown = persona();
    if (!shown || readOnly())
        return;
    const QString name = mName->text().trimmed();
    if (name.isEmpty()) {
        setFieldError(mName, mNameError, tr("A persona needs a name: the map's persona filter and cards show it. Escape brings the old one back."));
        return;
    }
    setFieldError(mName, mNameError, {});
    if (name == shown->name)
        return;
    Persona changed = *shown;
    changed.name = name;
    push(changed, tr("Rename persona"));
}

void PersonaEditor::commitText(QPlainTextEdit *edit, QString Persona::*member, const QString &undoText)
{
    const Persona *shown = persona();
    if (!shown || readOnly())
        return;
    const QString text = edit->toPlainText().trimmed();
    if (text == (*shown).*member)
        return;
    Persona changed = *shown;
    changed.*member = text;
    push(changed, undoText);
}

void PersonaEditor::choosePhoto()
{
    const Persona *shown = persona();
    if (!shown || readOnly())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Photo of %1").arg(shown->name), QString(),
                                                      pictureFilter() + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        importPhoto(path);
}

bool PersonaEditor::canTakePhoto() const
{
    return persona() && !readOnly() && !mImport.isRunning();
}

bool PersonaEditor::readOnly() const
{
    return mDocument->isReviewOnly() || !mSharedLimit.isEmpty();
}

void PersonaEditor::setSharedLimit(const QString &why)
{
    if (mChoosePhotoTip.isNull())
        mChoosePhotoTip = mChoosePhoto->toolTip();
    mSharedLimit = why;
    for (QWidget *field : std::initializer_list<QWidget *>{mName, mDescription, mGoals, mFrustrations, mRemovePhoto})
        field->setToolTip(why);
    mChoosePhoto->setToolTip(why.isEmpty() ? mChoosePhotoTip : why);
    if (mDocument)
        updateEditable();
}

void PersonaEditor::importPhoto(const QString &path)
{
    if (canTakePhoto())
        startImport([path] { return importCardImageFile(path); });
}

void PersonaEditor::dropPhoto(const QMimeData &offered)
{
    if (!canTakePhoto())
        return;
    const QList<CardImageInput> pictures = imagesFromMimeData(offered);
    if (pictures.isEmpty())
        return;
    const CardImageInput first = pictures.front(); // a persona has one photo: the first one dropped
    if (!first.error.isEmpty()) {
        showPhotoMessage(tr("The photo was not taken. %1").arg(first.error));
        return;
    }
    startImport([first] { return importCardImage(first.bytes, first.name); });
}

bool PersonaEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mPhotoRow && (event->type() == QEvent::DragEnter || event->type() == QEvent::Drop)) {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!canTakePhoto() || !drop->mimeData() || !mimeDataMayHoldImages(*drop->mimeData()))
            return false;
        drop->acceptProposedAction();
        if (event->type() == QEvent::Drop)
            dropPhoto(*drop->mimeData());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PersonaEditor::startImport(const std::function<CardImageImport()> &job)
{
    mImportFor = mPersonaId;
    mImportDocument = mDocument;
    showPhotoMessage({});
    mChoosePhoto->setEnabled(false);
    mChoosePhoto->setText(tr("Reading the photo…"));
    // Decoding and downscaling a phone's photo takes a moment: the dock stays responsive.
    mImport.setFuture(QtConcurrent::run(job));
}

void PersonaEditor::photoReady()
{
    mChoosePhoto->setText(tr("C&hoose Photo…"));
    const CardImageImport result = mImport.result();
    const QUuid target = std::exchange(mImportFor, QUuid());
    bool taken = false;
    if (!mDocument || mDocument != std::exchange(mImportDocument, nullptr)) {
        // Another journey was opened while the photo was read: it is not for this one.
    } else if (!result.ok()) {
        showPhotoMessage(tr("The photo was not taken. %1").arg(result.error)); // it names the file
    } else if (const std::optional<int> index = mDocument->journey().personaIndex(target); index && !readOnly()) {
        // The persona may no longer be the one shown: the photo still goes to whom it was chosen for.
        Persona changed = mDocument->journey().personas[std::size_t(*index)];
        changed.photo = result.image;
        mDocument->push(new EditPersona(mDocument, changed, tr("Change persona photo")));
        taken = true;
    }
    updateEditable();
    emit photoImportFinished(taken);
}

void PersonaEditor::removePhoto()
{
    const Persona *shown = persona();
    if (!shown || shown->photo.isNull() || readOnly())
        return;
    Persona changed = *shown;
    changed.photo = {};
    push(changed, tr("Remove persona photo"));
    showPhotoMessage({});
}

} // namespace waymark
