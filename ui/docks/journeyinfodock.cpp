#include "journeyinfodock.h"

#include "commands/editjourneyinfo.h"
#include "commands/editjourneysettings.h"
#include "dockfields.h"
#include "journeydocument.h"
#include "personacards.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace waymark {

using namespace dockfields;

namespace {

// The dock commits whole fields, so each commit is its own undo step: EditJourneyInfo
// otherwise merges every consecutive header edit (title, then currency) into one.
class EditJourneyField : public EditJourneyInfo
{
public:
    EditJourneyField(JourneyDocument *document, Info info, const QString &text)
        : EditJourneyInfo(document, std::move(info))
    {
        setText(text);
    }
    int id() const override { return -1; }
};

void setJourneyTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    edit->setText(text);
    if (!edit->hasFocus())
        edit->setCursorPosition(0); // a long title shows its beginning in a narrow dock
}

void setJourneyTextIfDifferent(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace

JourneyInfoDock::JourneyInfoDock(JourneyDocument *document, QWidget *parent)
    : QDockWidget(tr("Journey"), parent)
{
    setObjectName(QStringLiteral("journeyInfoDock"));
    buildForm();
    setDocument(document);
}

JourneyInfoDock::~JourneyInfoDock()
{
    // Fields lose the focus while they are deleted: make their handlers do nothing.
    mDocument = nullptr;
    delete widget();
}

void JourneyInfoDock::buildForm()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("journeyInfoScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *outer = new QVBoxLayout(content);
    mForm = new QWidget(content);
    auto *form = new QFormLayout(mForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addWidget(mForm);
    outer->addStretch(1);
    scroll->setWidget(content);
    setWidget(scroll);

    mTitle = new QLineEdit(mForm);
    mTitle->setObjectName(QStringLiteral("journeyTitleEdit"));
    form->addRow(tr("&Title:"), mTitle);
    connect(mTitle, &QLineEdit::editingFinished, this, &JourneyInfoDock::commitTitle);

    mScenario = createTextBox(QStringLiteral("scenarioEdit"), 6, mForm);
    mScenario->setToolTip(tr("What the customer sets out to do in this journey"));
    form->addRow(tr("&Scenario:"), mScenario);

    auto *currency = new QWidget(mForm);
    auto *currencyBox = new QVBoxLayout(currency);
    currencyBox->setContentsMargins(0, 0, 0, 0);
    currencyBox->setSpacing(2);
    mCurrency = new QComboBox(currency);
    mCurrency->setObjectName(QStringLiteral("journeyCurrencyCombo"));
    mCurrency->setEditable(true);
    mCurrency->setInsertPolicy(QComboBox::NoInsert);
    mCurrency->setToolTip(tr("The currency new cards take (ISO 4217 code)"));
    mCurrencyError = createErrorLabel(QStringLiteral("journeyCurrencyError"), currency);
    currencyBox->addWidget(mCurrency);
    currencyBox->addWidget(mCurrencyError);
    auto *currencyLabel = new QLabel(tr("C&urrency:"), mForm);
    currencyLabel->setBuddy(mCurrency);
    form->addRow(currencyLabel, currency);
    connect(mCurrency->lineEdit(), &QLineEdit::editingFinished, this, &JourneyInfoDock::commitCurrency);
    connect(mCurrency, &QComboBox::activated, this, &JourneyInfoDock::commitCurrency);

    mOwner = new QComboBox(mForm);
    mOwner->setObjectName(QStringLiteral("journeyOwnerCombo"));
    mOwner->setToolTip(tr("The department that owns this journey: shown in the portfolio of a folder of journeys"));
    form->addRow(tr("&Owner:"), mOwner);
    connect(mOwner, &QComboBox::activated, this, &JourneyInfoDock::commitOwner);

    mPersonas = new PersonaCards(content);
    outer->insertSpacing(1, 10);
    outer->insertWidget(2, mPersonas); // above the stretch: the personas follow the journey's fields

    for (QWidget *field : std::initializer_list<QWidget *>{mTitle, mCurrency->lineEdit()})
        watchField(field, [this, field] { revert(field); });
    watchField(mScenario, [this] { revert(mScenario); }, [this] { commitScenario(); });
}

void JourneyInfoDock::setDocument(JourneyDocument *document)
{
    if (document == mDocument)
        return;
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    mShown.reset();
    mPersonas->setDocument(document);
    connectDocument();
    refresh(true);
}

void JourneyInfoDock::connectDocument()
{
    if (!mDocument)
        return;
    const auto update = [this] { refresh(false); };
    connect(mDocument, &JourneyDocument::infoChanged, this, update);
    connect(mDocument, &JourneyDocument::reviewOnlyChanged, this, &JourneyInfoDock::updateEditable);
    connect(mDocument, &JourneyDocument::journeyReset, this, [this] { refresh(true); });
    for (auto signal : {&JourneyDocument::departmentInserted, &JourneyDocument::departmentRemoved, &JourneyDocument::departmentChanged})
        connect(mDocument, signal, this, &JourneyInfoDock::fillOwner);
    connect(mDocument, &JourneyDocument::settingsChanged, this, [this](const QString &key) {
        if (key == QLatin1String("journey/owner") || key.isEmpty())
            fillOwner();
    });
    connect(mDocument, &QObject::destroyed, this, [this] { refresh(true); });
}

JourneyInfoDock::Shown JourneyInfoDock::current() const
{
    Shown shown;
    if (mDocument) {
        const Journey &journey = mDocument->journey();
        shown.title = journey.title;
        shown.description = journey.description;
        shown.currency = journey.currency;
    }
    return shown;
}

void JourneyInfoDock::refresh(bool force)
{
    mForm->setEnabled(mDocument != nullptr);
    const Shown now = current();
    const Shown *old = mShown ? &*mShown : nullptr;
    const auto update = [&](QWidget *field, QString Shown::*member) {
        return force || !old || old->*member != now.*member || (!isEditing(field) && !hasFieldError(field));
    };
    if (update(mTitle, &Shown::title))
        setJourneyTextIfDifferent(mTitle, now.title);
    if (update(mScenario, &Shown::description))
        setJourneyTextIfDifferent(mScenario, now.description);
    if (update(mCurrency, &Shown::currency)) {
        setFieldError(mCurrency, mCurrencyError, {});
        setCurrencyChoices(mCurrency, now.currency.isEmpty() ? QStringList() : currencySuggestions(now.currency),
                           now.currency);
    }
    if (force || !old)
        fillOwner();
    mShown = now;
    updateEditable();
}

void JourneyInfoDock::revert(QWidget *field)
{
    const Shown now = current();
    if (field == mTitle) {
        mTitle->setText(now.title);
    } else if (field == mScenario) {
        mScenario->setPlainText(now.description);
    } else if (field == mCurrency->lineEdit()) {
        setFieldError(mCurrency, mCurrencyError, {});
        setCurrencyChoices(mCurrency, currencySuggestions(now.currency), now.currency);
    }
}

void JourneyInfoDock::pushInfo(const QString &title, const QString &description, const QString &currency,
                               const QString &undoText)
{
    mDocument->push(new EditJourneyField(mDocument, {title, description, currency}, undoText));
}

void JourneyInfoDock::fillOwner()
{
    const QSignalBlocker blocker(mOwner);
    mOwner->clear();
    mOwner->addItem(tr("No owner named"), QString());
    if (!mDocument)
        return;
    const Journey &journey = mDocument->journey();
    for (const Department &department : journey.departments)
        mOwner->addItem(department.name, department.id.toString(QUuid::WithoutBraces));
    const int index = mOwner->findData(journey.settings.value(QStringLiteral("journey/owner")));
    mOwner->setCurrentIndex(index > 0 ? index : 0); // a department deleted since: nobody
}

void JourneyInfoDock::commitOwner()
{
    if (!mDocument)
        return;
    const QString owner = mOwner->currentData().toString();
    if (owner == mDocument->journey().settings.value(QStringLiteral("journey/owner")))
        return;
    mDocument->push(new EditJourneySettings(mDocument, {{QStringLiteral("journey/owner"), owner}}, tr("Change Owner")));
}

void JourneyInfoDock::commitTitle()
{
    if (!mDocument)
        return;
    const Journey &journey = mDocument->journey();
    const QString title = mTitle->text().trimmed();
    if (title != journey.title)
        pushInfo(title, journey.description, journey.currency, tr("Change journey title"));
}

void JourneyInfoDock::commitScenario()
{
    if (!mDocument)
        return;
    const Journey &journey = mDocument->journey();
    const QString scenario = mScenario->toPlainText();
    if (scenario != journey.description)
        pushInfo(journey.title, scenario, journey.currency, tr("Change journey scenario"));
}

void JourneyInfoDock::commitCurrency()
{
    if (!mDocument)
        return;
    const Journey &journey = mDocument->journey();
    QString error;
    const std::optional<QString> code = parseCurrencyCode(mCurrency->currentText(), &error);
    setFieldError(mCurrency, mCurrencyError, code ? QString() : error);
    if (!code)
        return;
    if (*code == journey.currency) {
        if (mCurrency->currentText() != *code)
            mCurrency->setEditText(*code);
        return;
    }
    pushInfo(journey.title, journey.description, *code, tr("Change journey currency"));
}

void JourneyInfoDock::updateEditable()
{
    // Review mode: a department head reads the header and the personas but changes nothing
    // (text stays selectable, so it can be copied into a comment).
    const bool editable = mDocument && !mDocument->isReviewOnly() && mInfoLimit.isEmpty();
    mTitle->setReadOnly(!editable);
    mScenario->setReadOnly(!editable);
    mCurrency->setEnabled(editable);
    mOwner->setEnabled(editable);
}

void JourneyInfoDock::setSharedLimits(const QString &infoWhy, const QString &personasWhy)
{
    mInfoLimit = infoWhy;
    mForm->setToolTip(infoWhy);
    mPersonas->setSharedLimit(personasWhy);
    updateEditable();
}

} // namespace waymark
