// The Properties dock's form: which fields, in which order, and how they commit (the rest of
// the dock, in propertiesdock.cpp, fills them from the card and pushes the edits).
#include "propertiesdock.h"

#include "evidencefield.h"
#include "personasfield.h"
#include "linkedjourneyfield.h"
#include "pictures/picturesfield.h"
#include "systemfields.h"

#include "dockfields.h"
#include "effortinput.h"
#include "journeydocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace waymark {

using namespace dockfields;

namespace {

// The error labels of several fields, one under the other, as one form row.
QWidget *errorStrip(QWidget *parent, std::initializer_list<QLabel *> errors)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QLabel *error : errors)
        layout->addWidget(error);
    return box;
}

} // namespace

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
    // Who the step happens to (issue 19: personas on the map) shares the channel's row; both
    // give way to the dock's width (long channel names in Russian pushed the form sideways).
    mChannel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mChannel->setMinimumContentsLength(6);
    mPersonas = new PersonasField(mForm);
    auto *channelRow = new QWidget(mForm);
    auto *channelBox = new QHBoxLayout(channelRow);
    channelBox->setContentsMargins(0, 0, 0, 0);
    channelBox->addWidget(mChannel, 2);
    channelBox->addSpacing(6);
    channelBox->addWidget(mPersonas, 3);
    addRow(tr("C&hannel:"), mChannel, channelRow);
    connect(mChannel, &QComboBox::activated, this, &PropertiesDock::commitChannel);

    mDepartment = new QComboBox(mForm);
    mDepartment->setObjectName(QStringLiteral("departmentCombo"));
    mDepartment->setToolTip(tr("The department that owns this step"));
    addRow(tr("De&partment:"), mDepartment);

    connect(mPersonas, &PersonasField::personasChosen, this, [this](const std::vector<QUuid> &personas) {
        const Touchpoint *current = card();
        if (!current || personas == current->personaIds)
            return;
        Touchpoint changed = *current;
        changed.personaIds = personas;
        pushEdit(changed, tr("Change who the step happens to"));
    });
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
    // With a persona chosen on the map the field edits what they feel; a line under it says
    // whose emotion it is (a persona's name in the label would push every field aside).
    mPersonaEmotionNote = new QLabel(mForm);
    mPersonaEmotionNote->setObjectName(QStringLiteral("personaEmotionNote"));
    mPersonaEmotionNote->setTextFormat(Qt::PlainText);
    mPersonaEmotionNote->setForegroundRole(QPalette::PlaceholderText);
    mPersonaEmotionNote->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    mPersonaEmotionNote->hide();
    form->addRow(mPersonaEmotionNote);
    // The effort errors under the effort rows, in a line kept free for them: an error that
    // pushed the next fields down moved them under the pointer as the user clicked there.
    auto *errors = errorStrip(mForm, {mTimeError, mAmountError, mCurrencyError});
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

    // What the card rests on (issue 19: evidence), beside what its answers add.
    mEvidence = new EvidenceField(mForm);
    addRow(tr("Rests &on:"), mEvidence->combo(), mEvidence);
    connect(mEvidence, &EvidenceField::levelChosen, this, [this](Evidence level) {
        const Touchpoint *current = card();
        if (!current || level == current->evidence)
            return;
        Touchpoint changed = *current;
        changed.evidence = level;
        pushEdit(changed, tr("Change what the card rests on"));
    });

    mNotes = createTextBox(QStringLiteral("notesEdit"), 4, mForm);
    // Photos of the wall, screenshots, letters (issue 19: pictures on cards): a button beside
    // the notes adds them, and their row shows once the card has some (a row kept for none
    // pushed the card off a 1366×768 laptop's dock).
    mPictures = new PicturesField(mForm);
    mPictures->setObjectName(QStringLiteral("picturesField"));
    auto *notes = new QWidget(mForm);
    auto *notesRow = new QHBoxLayout(notes);
    notesRow->setContentsMargins(0, 0, 0, 0);
    notesRow->setSpacing(2);
    notesRow->addWidget(mNotes, 1);
    notesRow->addWidget(mPictures->createAddButton(notes), 0, Qt::AlignTop);
    addRow(tr("&Notes:"), mNotes, notes);
    addRow(tr("Pict&ures:"), mPictures->strip(), mPictures);
    form->setRowVisible(mPictures, false);
    connect(mPictures, &PicturesField::countChanged, this, [form, this](int count) { form->setRowVisible(mPictures, count > 0); });

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

} // namespace waymark
