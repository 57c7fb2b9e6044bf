#include "journeyinfodock.h"

#include "commands/addentity.h"
#include "commands/editentity.h"
#include "commands/editjourneyinfo.h"
#include "commands/editjourneysettings.h"
#include "dockfields.h"
#include "journeydocument.h"

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

QPlainTextEdit *createTextBox(const QString &objectName, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 2 + 12);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
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

    auto *personaHeading = new QLabel(tr("Persona"), mForm);
    QFont bold = personaHeading->font();
    bold.setBold(true);
    personaHeading->setFont(bold);
    form->addRow(personaHeading);

    mPersonaName = new QLineEdit(mForm);
    mPersonaName->setObjectName(QStringLiteral("personaNameEdit"));
    mPersonaName->setPlaceholderText(tr("Who goes through this journey"));
    form->addRow(tr("&Name:"), mPersonaName);
    connect(mPersonaName, &QLineEdit::editingFinished, this, &JourneyInfoDock::commitPersonaName);

    mPersonaDescription = createTextBox(QStringLiteral("personaDescriptionEdit"), 6, mForm);
    form->addRow(tr("&Description:"), mPersonaDescription);

    for (QWidget *field : std::initializer_list<QWidget *>{mTitle, mCurrency->lineEdit(), mPersonaName})
        watchField(field, [this, field] { revert(field); });
    watchField(mScenario, [this] { revert(mScenario); }, [this] { commitScenario(); });
    watchField(mPersonaDescription, [this] { revert(mPersonaDescription); }, [this] { commitPersonaDescription(); });
}

void JourneyInfoDock::setDocument(JourneyDocument *document)
{
    if (document == mDocument)
        return;
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    mShown.reset();
    connectDocument();
    refresh(true);
}

void JourneyInfoDock::connectDocument()
{
    if (!mDocument)
        return;
    const auto update = [this] { refresh(false); };
    connect(mDocument, &JourneyDocument::infoChanged, this, update);
    connect(mDocument, &JourneyDocument::personaChanged, this, update);
    connect(mDocument, &JourneyDocument::personaInserted, this, update);
    connect(mDocument, &JourneyDocument::personaRemoved, this, update);
    connect(mDocument, &JourneyDocument::journeyReset, this, [this] { refresh(true); });
    for (auto signal : {&JourneyDocument::departmentInserted, &JourneyDocument::departmentRemoved, &JourneyDocument::departmentChanged})
        connect(mDocument, signal, this, &JourneyInfoDock::fillOwner);
    connect(mDocument, &JourneyDocument::settingsChanged, this, [this](const QString &key) {
        if (key == QLatin1String("journey/owner") || key.isEmpty())
            fillOwner();
    });
    connect(mDocument, &QObject::destroyed, this, [this] { refresh(true); });
}

const Persona *JourneyInfoDock::persona() const
{
    if (!mDocument || mDocument->journey().personas.empty())
        return nullptr;
    return &mDocument->journey().personas.front();
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
    if (const Persona *first = persona()) {
        shown.personaName = first->name;
        shown.personaDescription = first->description;
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
        setTextIfDifferent(mTitle, now.title);
    if (update(mScenario, &Shown::description))
        setTextIfDifferent(mScenario, now.description);
    if (update(mCurrency, &Shown::currency)) {
        setFieldError(mCurrency, mCurrencyError, {});
        setCurrencyChoices(mCurrency, now.currency.isEmpty() ? QStringList() : currencySuggestions(now.currency),
                           now.currency);
    }
    if (force || !old)
        fillOwner();
    if (update(mPersonaName, &Shown::personaName))
        setTextIfDifferent(mPersonaName, now.personaName);
    if (update(mPersonaDescription, &Shown::personaDescription))
        setTextIfDifferent(mPersonaDescription, now.personaDescription);
    mShown = now;
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
    } else if (field == mPersonaName) {
        mPersonaName->setText(now.personaName);
    } else if (field == mPersonaDescription) {
        mPersonaDescription->setPlainText(now.personaDescription);
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

void JourneyInfoDock::pushPersona(const QString &name, const QString &description, const QString &undoText)
{
    if (const Persona *first = persona()) {
        Persona changed = *first;
        changed.name = name;
        changed.description = description;
        mDocument->push(new EditPersona(mDocument, changed, undoText));
    } else {
        // No persona yet: the first thing typed about one creates it.
        mDocument->push(new AddPersona(mDocument, Persona{{}, name, description, {}, {}}));
    }
}

void JourneyInfoDock::commitPersonaName()
{
    if (!mDocument)
        return;
    const Shown now = current();
    const QString name = mPersonaName->text().trimmed();
    if (name != now.personaName)
        pushPersona(name, now.personaDescription, tr("Rename persona"));
}

void JourneyInfoDock::commitPersonaDescription()
{
    if (!mDocument)
        return;
    const Shown now = current();
    const QString description = mPersonaDescription->toPlainText();
    if (description != now.personaDescription)
        pushPersona(now.personaName, description, tr("Change persona description"));
}

} // namespace waymark
