#include "propertiesdock.h"

#include "evidencefield.h"
#include "personasfield.h"
#include "linkedjourneyfield.h"
#include "pictures/picturesfield.h"

#include "systemfields.h"

#include "commands/editentity.h"
#include "dockfields.h"
#include "effortinput.h"
#include "evidence/cardevidence.h"
#include "journeydocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark {

using namespace dockfields;

namespace {

// One emotion-slider drag: its commands merge with each other and with nothing else, so a
// drag is one undo step and the next drag is another.
class EditEmotionGesture : public EditTouchpoint
{
public:
    EditEmotionGesture(JourneyDocument *document, Touchpoint changed, const QString &text, int gesture)
        : EditTouchpoint(document, std::move(changed), text, true)
        , mGesture(gesture)
    {
    }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = dynamic_cast<const EditEmotionGesture *>(other);
        return edit && edit->mGesture == mGesture && EditTouchpoint::mergeWith(other);
    }

private:
    int mGesture;
};

QIcon colourSwatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

void setCardTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    edit->setText(text);
    if (!edit->hasFocus())
        edit->setCursorPosition(0); // a long title shows its beginning in a narrow dock
}

void setCardTextIfDifferent(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace

PropertiesDock::PropertiesDock(JourneyDocument *document, QWidget *parent)
    : QDockWidget(tr("Properties"), parent)
{
    setObjectName(QStringLiteral("propertiesDock"));
    buildForm();
    setDocument(document);
}

PropertiesDock::~PropertiesDock()
{
    // Children lose the focus while they are deleted; with no document their focus-out
    // handlers do nothing instead of running on a half-destroyed dock.
    mDocument = nullptr;
    delete widget();
}

void PropertiesDock::setDocument(JourneyDocument *document)
{
    if (document == mDocument)
        return;
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    mPictures->setDocument(document);
    mSelection.clear();
    mShown.reset();
    connectDocument();
    rebuildDepartments();
    updateForm(true);
}

void PropertiesDock::connectDocument()
{
    if (!mDocument)
        return;
    connect(mDocument, &JourneyDocument::touchpointChanged, this, [this](const QUuid &id) {
        if (id == touchpointId())
            updateForm(false);
    });
    connect(mDocument, &JourneyDocument::touchpointRemoved, this, [this](const QUuid &id) {
        if (mSelection.removeAll(id) > 0)
            updateForm(true);
    });
    connect(mDocument, &JourneyDocument::journeyReset, this, [this] {
        mSelection.clear();
        rebuildDepartments();
        updateForm(true);
    });
    for (auto signal : {&JourneyDocument::departmentInserted, &JourneyDocument::departmentChanged,
                        &JourneyDocument::departmentRemoved})
        connect(mDocument, signal, this, &PropertiesDock::rebuildDepartments);
    // The journey's currency leads the suggestions.
    connect(mDocument, &JourneyDocument::infoChanged, this, [this] {
        if (const Touchpoint *current = card(); current && !isEditing(mCurrency) && !hasFieldError(mCurrency))
            rebuildCurrencies(current->effort.money.currency);
    });
    connect(mDocument, &QObject::destroyed, this, [this] {
        mSelection.clear();
        updateForm(true);
    });
}

QUuid PropertiesDock::touchpointId() const
{
    const Touchpoint *current = card();
    return current ? current->id : QUuid();
}

const Touchpoint *PropertiesDock::card() const
{
    if (!mDocument || mSelection.size() != 1)
        return nullptr;
    return mDocument->journey().touchpoint(mSelection.front());
}

void PropertiesDock::setTouchpoints(const QList<QUuid> &ids)
{
    if (ids == mSelection)
        return; // the same selection again must not disturb a field being typed in
    commitPending();
    mSelection = ids;
    updateForm(true);
}

void PropertiesDock::updateForm(bool force)
{
    const Touchpoint *current = card();
    const qsizetype count = mSelection.size();
    if (count > 1)
        mHint->setText(tr("%n cards selected", nullptr, int(count)));
    else
        mHint->setText(tr("Select a card to edit it"));
    mHint->setVisible(!current);
    mForm->setVisible(current != nullptr || count > 1);
    mForm->setEnabled(current != nullptr);
    if (current) {
        fillCard(*current, force);
    } else {
        clearFields();
        mShown.reset();
    }
}

void PropertiesDock::fillCard(const Touchpoint &current, bool force)
{
    const Touchpoint *old = mShown ? &*mShown : nullptr;
    // A field the user works in (focus, or an error still on screen) keeps their text
    // unless its own value changed in the model.
    const auto update = [&](QWidget *field, bool valueChanged) {
        return force || !old || valueChanged || (!isEditing(field) && !hasFieldError(field));
    };

    if (update(mTitle, old && old->title != current.title))
        setCardTextIfDifferent(mTitle, current.title);
    if (update(mDescription, old && old->description != current.description))
        setCardTextIfDifferent(mDescription, current.description);
    mChannel->setCurrentIndex(mChannel->findData(toKey(current.channel)));
    mDepartment->setCurrentIndex(std::max(0, mDepartment->findData(current.departmentId)));
    if (update(mTime, old && old->effort.minutes != current.effort.minutes)) {
        setFieldError(mTime, mTimeError, {});
        setCardTextIfDifferent(mTime, formatMinutesForEditing(current.effort.minutes));
    }
    if (update(mAmount, old && old->effort.money.hundredths != current.effort.money.hundredths)) {
        setFieldError(mAmount, mAmountError, {});
        setCardTextIfDifferent(mAmount, formatMoneyForEditing(current.effort.money.hundredths, QLocale()));
    }
    if (update(mCurrency, old && old->effort.money.currency != current.effort.money.currency)) {
        setFieldError(mCurrency, mCurrencyError, {});
        rebuildCurrencies(current.effort.money.currency);
    }
    {
        const QSignalBlocker sliderBlocker(mEmotion);
        const QSignalBlocker spinBlocker(mEmotionValue);
        mEmotion->setValue(current.emotionFor(mPersona));
        mEmotionValue->setValue(current.emotionFor(mPersona));
    }
    mPainPoint->setChecked(current.painPoint);
    mMomentOfTruth->setChecked(current.momentOfTruth);
    if (update(mDataKey, old && old->dataKey != current.dataKey))
        setCardTextIfDifferent(mDataKey, current.dataKey);
    if (update(mNotes, old && old->notes != current.notes))
        setCardTextIfDifferent(mNotes, current.notes);
    mLinked->showLink(mDocument ? mDocument->filePath() : QString(), current.linkedJourney);
    if (force || !old || old->images != current.images || old->id != current.id)
        mPictures->showCard(&current);
    if (mDocument) {
        mEvidence->showEvidence(cardEvidence(mDocument->journey(), mDocument->statistics(), current));
        mPersonas->showCard(mDocument->journey(), current);
        showPersonaEmotion(current);
    }
    const Lane *lane = mDocument ? mDocument->journey().lane(current.laneId) : nullptr;
    mSystem->setVisible(lane && lane->kind == LaneKind::Systems);
    if (mSystem->isVisibleTo(mForm))
        mSystem->setCard(mDocument->journey(), current);
    mShown = current;
}

void PropertiesDock::clearFields()
{
    const QSignalBlocker sliderBlocker(mEmotion);
    const QSignalBlocker spinBlocker(mEmotionValue);
    for (QLineEdit *edit : {mTitle, mTime, mAmount, mDataKey})
        edit->clear();
    mDescription->clear();
    mNotes->clear();
    mSystem->hide();
    mLinked->showLink(QString(), QString());
    mPictures->showCard(nullptr);
    mChannel->setCurrentIndex(-1);
    mDepartment->setCurrentIndex(-1);
    setCurrencyChoices(mCurrency, {}, {});
    mEmotion->setValue(minEmotion);
    mEmotionValue->setValue(minEmotion);
    mPainPoint->setChecked(false);
    mMomentOfTruth->setChecked(false);
    setFieldError(mTime, mTimeError, {});
    setFieldError(mAmount, mAmountError, {});
    setFieldError(mCurrency, mCurrencyError, {});
}

void PropertiesDock::rebuildDepartments()
{
    const QSignalBlocker blocker(mDepartment);
    mDepartment->clear();
    mDepartment->addItem(tr("None"), QUuid());
    if (mDocument) {
        for (const Department &department : mDocument->journey().departments)
            mDepartment->addItem(colourSwatch(department.colour), department.name, department.id);
    }
    const Touchpoint *current = card();
    mDepartment->setCurrentIndex(current ? std::max(0, mDepartment->findData(current->departmentId)) : -1);
}

void PropertiesDock::rebuildCurrencies(const QString &current)
{
    const QString journeyCurrency = mDocument ? mDocument->journey().currency : QString();
    setCurrencyChoices(mCurrency, currencySuggestions(journeyCurrency, current), current);
}

void PropertiesDock::pushEdit(const Touchpoint &changed, const QString &text)
{
    mDocument->push(new EditTouchpoint(mDocument, changed, text));
}

void PropertiesDock::commitPending()
{
    if (!card())
        return;
    commitTitle();
    commitDescription();
    commitTime();
    commitAmount();
    commitCurrency();
    commitDataKey();
    commitNotes();
}

void PropertiesDock::revertOrLeave(QWidget *field)
{
    const auto text = [field] {
        if (auto *line = qobject_cast<QLineEdit *>(field))
            return line->text();
        if (auto *box = qobject_cast<QPlainTextEdit *>(field))
            return box->toPlainText();
        return QString();
    };
    const QString typed = text();
    const bool invalid = hasFieldError(field) || (field == mCurrency->lineEdit() && hasFieldError(mCurrency));
    revert(field);
    if (typed == text() && !invalid)
        emit canvasRequested();
}

void PropertiesDock::focusForm()
{
    show();
    raise();
    if (mForm->isVisible() && mTitle->isEnabled()) {
        mTitle->setFocus(Qt::ShortcutFocusReason);
        mTitle->selectAll();
    }
}

void PropertiesDock::revert(QWidget *field)
{
    const Touchpoint *current = card();
    if (!current)
        return;
    if (field == mTitle) {
        mTitle->setText(current->title);
    } else if (field == mDescription) {
        mDescription->setPlainText(current->description);
    } else if (field == mTime) {
        setFieldError(mTime, mTimeError, {});
        mTime->setText(formatMinutesForEditing(current->effort.minutes));
    } else if (field == mAmount) {
        setFieldError(mAmount, mAmountError, {});
        mAmount->setText(formatMoneyForEditing(current->effort.money.hundredths, QLocale()));
    } else if (field == mCurrency->lineEdit()) {
        setFieldError(mCurrency, mCurrencyError, {});
        rebuildCurrencies(current->effort.money.currency);
    } else if (field == mDataKey) {
        mDataKey->setText(current->dataKey);
    } else if (field == mNotes) {
        mNotes->setPlainText(current->notes);
    }
}

void PropertiesDock::commitTitle()
{
    const Touchpoint *current = card();
    const QString title = mTitle->text().trimmed();
    if (!current || title == current->title)
        return;
    Touchpoint changed = *current;
    changed.title = title;
    pushEdit(changed, tr("Change card title"));
}

void PropertiesDock::commitDescription()
{
    const Touchpoint *current = card();
    const QString description = mDescription->toPlainText();
    if (!current || description == current->description)
        return;
    Touchpoint changed = *current;
    changed.description = description;
    pushEdit(changed, tr("Change card description"));
}

void PropertiesDock::commitChannel()
{
    const Touchpoint *current = card();
    const std::optional<Channel> channel = channelFromKey(mChannel->currentData().toString());
    if (!current || !channel || *channel == current->channel)
        return;
    Touchpoint changed = *current;
    changed.channel = *channel;
    pushEdit(changed, tr("Change card channel"));
}

void PropertiesDock::commitDepartment()
{
    const Touchpoint *current = card();
    const QUuid department = mDepartment->currentData().toUuid();
    if (!current || department == current->departmentId)
        return;
    Touchpoint changed = *current;
    changed.departmentId = department;
    pushEdit(changed, tr("Change card department"));
}

void PropertiesDock::commitTime()
{
    const Touchpoint *current = card();
    if (!current)
        return;
    // An empty field means the step takes no time.
    const QString text = mTime->text().trimmed();
    QString error;
    const std::optional<double> minutes = text.isEmpty() ? std::optional<double>(0.0) : parseMinutes(text, &error);
    setFieldError(mTime, mTimeError, minutes ? QString() : error);
    if (!minutes)
        return;
    if (*minutes == current->effort.minutes) {
        mTime->setText(formatMinutesForEditing(*minutes)); // "90" reads back as "1h 30m"
        return;
    }
    Touchpoint changed = *current;
    changed.effort.minutes = *minutes;
    pushEdit(changed, tr("Change card time"));
}

void PropertiesDock::commitAmount()
{
    const Touchpoint *current = card();
    if (!current)
        return;
    const QString text = mAmount->text().trimmed();
    QString error;
    const std::optional<qint64> hundredths = text.isEmpty() ? std::optional<qint64>(0) : parseMoneyAmount(text, QLocale(), &error);
    setFieldError(mAmount, mAmountError, hundredths ? QString() : error);
    if (!hundredths)
        return;
    if (*hundredths == current->effort.money.hundredths) {
        mAmount->setText(formatMoneyForEditing(*hundredths, QLocale()));
        return;
    }
    Touchpoint changed = *current;
    changed.effort.money.hundredths = *hundredths;
    pushEdit(changed, tr("Change card cost"));
}

void PropertiesDock::commitCurrency()
{
    const Touchpoint *current = card();
    if (!current)
        return;
    QString error;
    const std::optional<QString> code = parseCurrencyCode(mCurrency->currentText(), &error);
    setFieldError(mCurrency, mCurrencyError, code ? QString() : error);
    if (!code)
        return;
    if (*code == current->effort.money.currency) {
        if (mCurrency->currentText() != *code)
            mCurrency->setEditText(*code);
        return;
    }
    Touchpoint changed = *current;
    changed.effort.money.currency = *code;
    pushEdit(changed, tr("Change card currency"));
}

void PropertiesDock::showPersonaEmotion(const Touchpoint &current)
{
    const bool shown = !mPersona.isNull() && current.appliesTo(mPersona);
    mPersonaEmotionNote->setVisible(shown);
    if (!shown)
        return;
    const QString text = tr("What %1 feels here (the card's own: %2)").arg(mPersonaName).arg(current.effort.emotion);
    mPersonaEmotionNote->setText(mPersonaEmotionNote->fontMetrics().elidedText(text, Qt::ElideMiddle, std::max(80, mForm->width() - 12)));
    mPersonaEmotionNote->setToolTip(text);
}

void PropertiesDock::setPersona(const QUuid &personaId)
{
    mPersona = personaId;
    const Persona *persona = nullptr;
    if (mDocument)
        if (const auto index = mDocument->journey().personaIndex(personaId))
            persona = &mDocument->journey().personas[std::size_t(*index)];
    mPersonaName = persona ? persona->name : QString();
    updateForm(false);
}

void PropertiesDock::commitEmotion(int value)
{
    const Touchpoint *current = card();
    value = std::clamp(value, minEmotion, maxEmotion);
    if (!current || value == current->emotionFor(mPersona))
        return;
    Touchpoint changed = *current;
    QString text = tr("Change negative emotion");
    if (mPersona.isNull() || !current->appliesTo(mPersona)) {
        changed.effort.emotion = value;
    } else {
        // The chosen persona's own emotion; back at the card's own it is no longer kept apart.
        std::erase_if(changed.personaEmotions, [&](const PersonaEmotion &own) { return own.personaId == mPersona; });
        if (value != current->effort.emotion)
            changed.personaEmotions.push_back({mPersona, value});
        text = tr("Change a persona's negative emotion");
    }
    if (mEmotion->isSliderDown())
        mDocument->push(new EditEmotionGesture(mDocument, changed, text, mEmotionGesture));
    else
        pushEdit(changed, text);
}

void PropertiesDock::commitPainPoint(bool on)
{
    const Touchpoint *current = card();
    if (!current || on == current->painPoint)
        return;
    Touchpoint changed = *current;
    changed.painPoint = on;
    pushEdit(changed, on ? tr("Mark card as pain point") : tr("Unmark card as pain point"));
}

void PropertiesDock::commitMomentOfTruth(bool on)
{
    const Touchpoint *current = card();
    if (!current || on == current->momentOfTruth)
        return;
    Touchpoint changed = *current;
    changed.momentOfTruth = on;
    pushEdit(changed, on ? tr("Mark card as moment of truth") : tr("Unmark card as moment of truth"));
}

void PropertiesDock::commitDataKey()
{
    const Touchpoint *current = card();
    const QString key = mDataKey->text().trimmed();
    if (!current || key == current->dataKey)
        return;
    Touchpoint changed = *current;
    changed.dataKey = key;
    pushEdit(changed, tr("Change card data key"));
}

void PropertiesDock::commitNotes()
{
    const Touchpoint *current = card();
    const QString notes = mNotes->toPlainText();
    if (!current || notes == current->notes)
        return;
    Touchpoint changed = *current;
    changed.notes = notes;
    pushEdit(changed, tr("Change card notes"));
}

} // namespace waymark
