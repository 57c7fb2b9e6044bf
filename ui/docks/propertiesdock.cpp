#include "propertiesdock.h"

#include "linkedjourneyfield.h"

#include "systemfields.h"

#include "commands/editentity.h"
#include "dockfields.h"
#include "effortinput.h"
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

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    edit->setText(text);
    if (!edit->hasFocus())
        edit->setCursorPosition(0); // a long title shows its beginning in a narrow dock
}

void setTextIfDifferent(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

QPlainTextEdit *createTextBox(const QString &objectName, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true); // Tab walks the form instead of typing a tab
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 2 + 12);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * lines + 16);
    return edit;
}

// A field (or none) with its error labels underneath, as one form row.
QWidget *withErrors(QWidget *parent, QWidget *field, std::initializer_list<QLabel *> errors)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (field)
        layout->addWidget(field);
    for (QLabel *error : errors)
        layout->addWidget(error);
    return box;
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

void PropertiesDock::buildForm()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("propertiesScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *outer = new QVBoxLayout(content);
    outer->setContentsMargins(6, 6, 6, 6);

    mHint = new QLabel(content);
    mHint->setObjectName(QStringLiteral("propertiesHint"));
    mHint->setWordWrap(true);
    mHint->setAlignment(Qt::AlignCenter);
    mHint->setForegroundRole(QPalette::PlaceholderText);
    QSizePolicy hintPolicy = mHint->sizePolicy();
    hintPolicy.setHeightForWidth(false); // see the form's row wrap policy below
    mHint->setSizePolicy(hintPolicy);
    outer->addWidget(mHint);

    mForm = new QWidget(content);
    auto *form = new QFormLayout(mForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(4);
    // Labels beside their fields: wrapping rows would make the form height-for-width, and the
    // scroll area would then ask for every box's preferred height instead of shrinking the text
    // boxes on a short screen. A dock narrower than the form scrolls sideways.
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addWidget(mForm);
    outer->addStretch(1);
    scroll->setWidget(content);
    setWidget(scroll);

    const auto addRow = [&](const QString &label, QWidget *buddy, QWidget *field = nullptr) {
        auto *text = new QLabel(label, mForm);
        text->setBuddy(buddy);
        form->addRow(text, field ? field : buddy);
    };

    mTitle = new QLineEdit(mForm);
    mTitle->setObjectName(QStringLiteral("titleEdit"));
    addRow(tr("&Title:"), mTitle);
    connect(mTitle, &QLineEdit::editingFinished, this, &PropertiesDock::commitTitle);

    mDescription = createTextBox(QStringLiteral("descriptionEdit"), 3, mForm);
    addRow(tr("&Description:"), mDescription);

    mChannel = new QComboBox(mForm);
    mChannel->setObjectName(QStringLiteral("channelCombo"));
    for (Channel channel : allChannels)
        mChannel->addItem(displayName(channel), toKey(channel));
    addRow(tr("C&hannel:"), mChannel);
    connect(mChannel, &QComboBox::activated, this, &PropertiesDock::commitChannel);

    mDepartment = new QComboBox(mForm);
    mDepartment->setObjectName(QStringLiteral("departmentCombo"));
    mDepartment->setToolTip(tr("The department that owns this step"));
    addRow(tr("De&partment:"), mDepartment);
    connect(mDepartment, &QComboBox::activated, this, &PropertiesDock::commitDepartment);

    mTime = new QLineEdit(mForm);
    mTime->setObjectName(QStringLiteral("timeEdit"));
    mTime->setPlaceholderText(tr("e.g. 90, 1h 30m or 3 days"));
    mTime->setToolTip(tr("How long this step takes the customer: minutes (90), hours and minutes (1h 30m), h:mm (1:30), "
                         "or days and weeks for waits (3 days, 1w 2d; a day is 24 hours)"));
    mTimeError = createErrorLabel(QStringLiteral("timeError"), mForm);
    connect(mTime, &QLineEdit::editingFinished, this, &PropertiesDock::commitTime);

    // Time and money share a row (both are short), so the whole card fits a 1366×768 screen.
    auto *effort = new QWidget(mForm);
    auto *effortRow = new QHBoxLayout(effort);
    effortRow->setContentsMargins(0, 0, 0, 0);
    effortRow->addWidget(mTime, 1);
    auto *moneyLabel = new QLabel(tr("&Money:"), effort);
    effortRow->addSpacing(6);
    effortRow->addWidget(moneyLabel);
    mAmount = new QLineEdit(effort);
    mAmount->setObjectName(QStringLiteral("amountEdit"));
    mAmount->setPlaceholderText(tr("e.g. %1").arg(formatMoneyForEditing(1250, QLocale())));
    mAmount->setToolTip(tr("What this step costs the customer"));
    mCurrency = new QComboBox(effort);
    mCurrency->setObjectName(QStringLiteral("currencyCombo"));
    mCurrency->setEditable(true);
    mCurrency->setInsertPolicy(QComboBox::NoInsert);
    mCurrency->setToolTip(tr("Currency (ISO 4217 code)"));
    mCurrency->setAccessibleName(tr("Currency"));
    mCurrency->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    effortRow->addWidget(mAmount, 1);
    effortRow->addWidget(mCurrency);
    moneyLabel->setBuddy(mAmount);
    // Widths from the stretch alone: the red frame of a refused value changes a field's size
    // hint, and the money field must not shift sideways when the time is refused.
    for (QLineEdit *edit : {mTime, mAmount}) {
        edit->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("1h 30m")) + 16);
    }
    mAmountError = createErrorLabel(QStringLiteral("amountError"), mForm);
    mCurrencyError = createErrorLabel(QStringLiteral("currencyError"), mForm);
    addRow(tr("T&ime:"), mTime, effort);
    connect(mAmount, &QLineEdit::editingFinished, this, &PropertiesDock::commitAmount);
    connect(mCurrency->lineEdit(), &QLineEdit::editingFinished, this, &PropertiesDock::commitCurrency);
    connect(mCurrency, &QComboBox::activated, this, &PropertiesDock::commitCurrency);

    auto *emotion = new QWidget(mForm);
    auto *emotionRow = new QHBoxLayout(emotion);
    emotionRow->setContentsMargins(0, 0, 0, 0);
    mEmotion = new QSlider(Qt::Horizontal, emotion);
    mEmotion->setObjectName(QStringLiteral("emotionSlider"));
    mEmotion->setRange(minEmotion, maxEmotion);
    mEmotion->setPageStep(1);
    mEmotion->setTickPosition(QSlider::TicksBelow);
    mEmotion->setTickInterval(1);
    mEmotion->setToolTip(tr("Negative emotion: 0 none, 10 worst"));
    mEmotionValue = new QSpinBox(emotion);
    mEmotionValue->setObjectName(QStringLiteral("emotionSpin"));
    mEmotionValue->setRange(minEmotion, maxEmotion);
    mEmotionValue->setKeyboardTracking(false); // typing "10" is one change, not 1 then 10
    mEmotionValue->setAccessibleName(tr("Negative emotion"));
    emotionRow->addWidget(mEmotion, 1);
    emotionRow->addWidget(mEmotionValue);
    addRow(tr("Negative &emotion:"), mEmotion, emotion);
    // The effort errors under the effort rows, in a line kept free for them: an error that
    // pushed the next fields down moved them under the pointer as the user clicked there.
    auto *errors = withErrors(mForm, nullptr, {mTimeError, mAmountError, mCurrencyError});
    errors->setObjectName(QStringLiteral("effortErrors"));
    errors->setMinimumHeight(QFontMetrics(mTimeError->font()).lineSpacing());
    form->addRow(errors); // the whole width: a message has more to say than a field
    connect(mEmotion, &QSlider::sliderPressed, this, [this] { ++mEmotionGesture; });
    connect(mEmotion, &QSlider::valueChanged, this, [this](int value) {
        const QSignalBlocker blocker(mEmotionValue);
        mEmotionValue->setValue(value);
        commitEmotion(value);
    });
    connect(mEmotionValue, &QSpinBox::valueChanged, this, [this](int value) {
        const QSignalBlocker blocker(mEmotion);
        mEmotion->setValue(value);
        commitEmotion(value);
    });

    auto *flags = new QWidget(mForm);
    auto *flagsBox = new QHBoxLayout(flags);
    flagsBox->setContentsMargins(0, 0, 0, 0);
    mPainPoint = new QCheckBox(tr("P&ain point"), flags);
    mPainPoint->setObjectName(QStringLiteral("painPointCheck"));
    mPainPoint->setToolTip(tr("This step hurts the customer"));
    connect(mPainPoint, &QCheckBox::clicked, this, &PropertiesDock::commitPainPoint);
    mMomentOfTruth = new QCheckBox(tr("Moment of t&ruth"), flags);
    mMomentOfTruth->setObjectName(QStringLiteral("momentOfTruthCheck"));
    mMomentOfTruth->setToolTip(tr("A step that decides whether the customer stays"));
    connect(mMomentOfTruth, &QCheckBox::clicked, this, &PropertiesDock::commitMomentOfTruth);
    flagsBox->addWidget(mPainPoint);
    flagsBox->addWidget(mMomentOfTruth);
    flagsBox->addStretch(1);
    form->addRow(QString(), flags);

    mDataKey = new QLineEdit(mForm);
    mDataKey->setObjectName(QStringLiteral("dataKeyEdit"));
    mDataKey->setToolTip(tr("Imported survey (NPS) rows attach to the card through this key"));
    addRow(tr("Data &key:"), mDataKey);
    connect(mDataKey, &QLineEdit::editingFinished, this, &PropertiesDock::commitDataKey);

    mNotes = createTextBox(QStringLiteral("notesEdit"), 4, mForm);
    addRow(tr("&Notes:"), mNotes);

    // A sub-journey that details this step (issue 19: linked journeys).
    mLinked = new LinkedJourneyField(mForm);
    mLinked->setObjectName(QStringLiteral("linkedJourneyField"));
    form->addRow(tr("Details in:"), mLinked);
    connect(mLinked, &LinkedJourneyField::openRequested, this, &PropertiesDock::openJourneyRequested);
    connect(mLinked, &LinkedJourneyField::linkChosen, this, [this](const QString &link) {
        const Touchpoint *current = card();
        if (!current || link == current->linkedJourney)
            return;
        Touchpoint changed = *current;
        changed.linkedJourney = link;
        pushEdit(changed, link.isEmpty() ? tr("Remove linked journey") : tr("Link a journey"));
    });

    // Cards in a Systems lane stand for a system: its age, limits and the touchpoints it supports.
    mSystem = new SystemFields(mForm);
    form->addRow(mSystem);
    connect(mSystem, &SystemFields::edited, this, [this](const SystemInfo &info) {
        const Touchpoint *current = card();
        if (!current || info == current->system)
            return;
        Touchpoint changed = *current;
        changed.system = info;
        pushEdit(changed, tr("Edit system card"));
    });

    // Escape reverts a field; text boxes commit when the focus leaves them.
    for (QWidget *field : std::initializer_list<QWidget *>{mTitle, mTime, mAmount, mCurrency->lineEdit(), mDataKey})
        watchField(field, [this, field] { revertOrLeave(field); });
    watchField(mDescription, [this] { revertOrLeave(mDescription); }, [this] { commitDescription(); });
    watchField(mNotes, [this] { revertOrLeave(mNotes); }, [this] { commitNotes(); });
}

void PropertiesDock::setDocument(JourneyDocument *document)
{
    if (document == mDocument)
        return;
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
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
        setTextIfDifferent(mTitle, current.title);
    if (update(mDescription, old && old->description != current.description))
        setTextIfDifferent(mDescription, current.description);
    mChannel->setCurrentIndex(mChannel->findData(toKey(current.channel)));
    mDepartment->setCurrentIndex(std::max(0, mDepartment->findData(current.departmentId)));
    if (update(mTime, old && old->effort.minutes != current.effort.minutes)) {
        setFieldError(mTime, mTimeError, {});
        setTextIfDifferent(mTime, formatMinutesForEditing(current.effort.minutes));
    }
    if (update(mAmount, old && old->effort.money.hundredths != current.effort.money.hundredths)) {
        setFieldError(mAmount, mAmountError, {});
        setTextIfDifferent(mAmount, formatMoneyForEditing(current.effort.money.hundredths, QLocale()));
    }
    if (update(mCurrency, old && old->effort.money.currency != current.effort.money.currency)) {
        setFieldError(mCurrency, mCurrencyError, {});
        rebuildCurrencies(current.effort.money.currency);
    }
    {
        const QSignalBlocker sliderBlocker(mEmotion);
        const QSignalBlocker spinBlocker(mEmotionValue);
        mEmotion->setValue(current.effort.emotion);
        mEmotionValue->setValue(current.effort.emotion);
    }
    mPainPoint->setChecked(current.painPoint);
    mMomentOfTruth->setChecked(current.momentOfTruth);
    if (update(mDataKey, old && old->dataKey != current.dataKey))
        setTextIfDifferent(mDataKey, current.dataKey);
    if (update(mNotes, old && old->notes != current.notes))
        setTextIfDifferent(mNotes, current.notes);
    mLinked->showLink(mDocument ? mDocument->filePath() : QString(), current.linkedJourney);
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
            mDepartment->addItem(swatch(department.colour), department.name, department.id);
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

void PropertiesDock::commitEmotion(int value)
{
    const Touchpoint *current = card();
    value = std::clamp(value, minEmotion, maxEmotion);
    if (!current || value == current->effort.emotion)
        return;
    Touchpoint changed = *current;
    changed.effort.emotion = value;
    const QString text = tr("Change negative emotion");
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
