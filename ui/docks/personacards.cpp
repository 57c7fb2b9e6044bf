#include "personacards.h"

#include "commands/addentity.h"
#include "commands/removedepartment.h"
#include "journeydocument.h"
#include "personaavatar.h"
#include "personaeditor.h"

#include <QApplication>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark {

namespace {

constexpr int avatarSide = 36;
constexpr int cardPadding = 5;
constexpr int rowsShown = 4; // more personas scroll: the editor below keeps its room
enum PersonaRole { PersonaIdRole = Qt::UserRole, SummaryRole };

// One persona as a small card: the avatar, the name in bold, the description's first line
// quieter; both lines cut with "…" in a narrow dock (the tooltip has the whole description).
class PersonaCardDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const int text = option.fontMetrics.lineSpacing() * 2 + 2;
        return {avatarSide * 4, std::max(avatarSide, text) + 2 * cardPadding};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem panel = option;
        initStyleOption(&panel, index);
        panel.text.clear();
        panel.icon = QIcon();
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, option.widget);

        const QRect box = option.rect.adjusted(cardPadding, cardPadding, -cardPadding, -cardPadding);
        const QPixmap avatar = index.data(Qt::DecorationRole).value<QPixmap>();
        const bool rightToLeft = option.direction == Qt::RightToLeft;
        const QRect avatarRect(rightToLeft ? box.right() - avatarSide + 1 : box.left(), box.center().y() - avatarSide / 2, avatarSide, avatarSide);
        painter->drawPixmap(avatarRect, avatar);
        const QRect text = rightToLeft ? box.adjusted(0, 0, -(avatarSide + 8), 0) : box.adjusted(avatarSide + 8, 0, 0, 0);
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        const int lines = boldMetrics.lineSpacing() + option.fontMetrics.lineSpacing();
        const int top = text.top() + std::max(0, (text.height() - lines) / 2);
        painter->save();
        painter->setFont(bold);
        painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(text.left(), top, text.width(), boldMetrics.lineSpacing()), Qt::AlignVCenter | Qt::AlignLeading,
                          boldMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, text.width()));
        painter->setFont(option.font);
        painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(QRect(text.left(), top + boldMetrics.lineSpacing(), text.width(), option.fontMetrics.lineSpacing()),
                          Qt::AlignVCenter | Qt::AlignLeading,
                          option.fontMetrics.elidedText(index.data(SummaryRole).toString(), Qt::ElideRight, text.width()));
        painter->restore();
    }
};

} // namespace

PersonaCards::PersonaCards(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("personaCards"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *heading = new QLabel(tr("&Personas"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);

    mList = new QListWidget(this);
    mList->setObjectName(QStringLiteral("personaList"));
    mList->setAccessibleName(tr("Personas"));
    mList->setItemDelegate(new PersonaCardDelegate(mList));
    mList->setSelectionMode(QAbstractItemView::SingleSelection);
    mList->setUniformItemSizes(true);
    mList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    heading->setBuddy(mList);
    mSharedNote = new QLabel(this);
    mSharedNote->setObjectName(QStringLiteral("personasSharedNote"));
    mSharedNote->setWordWrap(true);
    mSharedNote->hide();
    layout->addWidget(mSharedNote);
    layout->addWidget(mList);
    mEmpty = new QLabel(tr("No personas yet. Add one for each kind of customer who goes through this journey: the map can then "
                           "show the journey as each of them lives it."),
                        this);
    mEmpty->setObjectName(QStringLiteral("noPersonasHint"));
    mEmpty->setWordWrap(true);
    layout->addWidget(mEmpty);

    auto *buttons = new QHBoxLayout;
    mAdd = new QPushButton(tr("&Add Persona"), this);
    mAdd->setObjectName(QStringLiteral("addPersonaButton"));
    mRemove = new QPushButton(tr("&Remove"), this);
    mRemove->setObjectName(QStringLiteral("removePersonaButton"));
    mRemove->setToolTip(tr("Remove the chosen persona (Delete in the list); the cards stay on the map"));
    buttons->addWidget(mAdd);
    buttons->addWidget(mRemove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(mAdd, &QPushButton::clicked, this, &PersonaCards::addPersona);
    connect(mRemove, &QPushButton::clicked, this, &PersonaCards::removeCurrentPersona);
    mList->installEventFilter(this); // Delete in the list removes, as in the other docks' lists

    mEditor = new PersonaEditor(this);
    layout->addWidget(mEditor);
    connect(mList, &QListWidget::currentItemChanged, this, &PersonaCards::currentChanged);
    refreshList();
}

void PersonaCards::setDocument(JourneyDocument *document)
{
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    mEditor->setDocument(document);
    connectDocument();
    refreshList();
}

void PersonaCards::connectDocument()
{
    if (!mDocument)
        return;
    connect(mDocument, &JourneyDocument::personaChanged, this, [this] {
        refreshList();
        mEditor->showPersona(currentPersona(), false);
    });
    // A persona added or brought back by undo is the one to look at.
    connect(mDocument, &JourneyDocument::personaInserted, this, [this](const QUuid &id) {
        refreshList();
        selectPersona(id);
    });
    connect(mDocument, &JourneyDocument::personaRemoved, this, &PersonaCards::refreshList);
    connect(mDocument, &JourneyDocument::journeyReset, this, [this] {
        refreshList();
        mEditor->showPersona(currentPersona(), true);
    });
    connect(mDocument, &JourneyDocument::reviewOnlyChanged, this, &PersonaCards::updateButtons);
    connect(mDocument, &QObject::destroyed, this, &PersonaCards::refreshList);
}

bool PersonaCards::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mList && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        removeCurrentPersona();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QUuid PersonaCards::currentPersona() const
{
    const QListWidgetItem *item = mList->currentItem();
    return item ? item->data(PersonaIdRole).toUuid() : QUuid();
}

void PersonaCards::selectPersona(const QUuid &id)
{
    for (int row = 0; row < mList->count(); ++row)
        if (mList->item(row)->data(PersonaIdRole).toUuid() == id)
            mList->setCurrentRow(row);
}

void PersonaCards::refreshList()
{
    const QUuid chosen = currentPersona();
    const int chosenRow = mList->currentRow();
    const QSignalBlocker blocker(mList);
    mList->clear();
    if (mDocument) {
        for (const Persona &persona : mDocument->journey().personas) {
            auto *item = new QListWidgetItem(persona.name, mList);
            const QString summary = persona.description.section(u'\n', 0, 0).trimmed();
            item->setData(PersonaIdRole, persona.id);
            item->setData(SummaryRole, summary);
            item->setData(Qt::DecorationRole, PersonaAvatar::pixmap(persona, avatarSide, devicePixelRatioF()));
            item->setToolTip(persona.description);
            item->setData(Qt::AccessibleTextRole, persona.name);
            item->setData(Qt::AccessibleDescriptionRole, summary);
        }
    }
    // The same persona stays chosen; when it is gone, its neighbour (or the first).
    int row = -1;
    for (int i = 0; i < mList->count(); ++i)
        if (mList->item(i)->data(PersonaIdRole).toUuid() == chosen)
            row = i;
    if (row < 0 && mList->count() > 0)
        row = std::clamp(chosenRow, 0, mList->count() - 1);
    mList->setCurrentRow(row);
    const int rowHeight = std::max(1, mList->sizeHintForRow(0));
    mList->setFixedHeight(rowHeight * std::clamp(mList->count(), 1, rowsShown) + 2 * mList->frameWidth());
    mList->setVisible(mList->count() > 0);
    mEmpty->setVisible(mDocument && mList->count() == 0);
    currentChanged();
}

void PersonaCards::currentChanged()
{
    const QUuid id = currentPersona();
    mEditor->showPersona(id, false);
    mEditor->setVisible(!id.isNull());
    updateButtons();
}

void PersonaCards::setSharedLimit(const QString &why)
{
    mSharedLimit = why;
    mSharedNote->setText(why);
    mSharedNote->setVisible(!why.isEmpty());
    mAdd->setToolTip(why);
    mRemove->setToolTip(why.isEmpty() ? tr("Remove the chosen persona (Delete in the list); the cards stay on the map") : why);
    mEditor->setSharedLimit(why);
    updateButtons();
}

void PersonaCards::updateButtons()
{
    const bool editable = mDocument && !mDocument->isReviewOnly() && mSharedLimit.isEmpty();
    mAdd->setEnabled(editable);
    mRemove->setEnabled(editable && !currentPersona().isNull());
}

int PersonaCards::cardsNaming(const QUuid &persona) const
{
    const auto &cards = mDocument->journey().touchpoints;
    return int(std::count_if(cards.begin(), cards.end(), [&](const Touchpoint &card) {
        return std::find(card.personaIds.begin(), card.personaIds.end(), persona) != card.personaIds.end()
            || std::any_of(card.personaEmotions.begin(), card.personaEmotions.end(),
                           [&](const PersonaEmotion &own) { return own.personaId == persona; });
    }));
}

void PersonaCards::addPersona()
{
    if (!mDocument || mDocument->isReviewOnly())
        return;
    auto *add = new AddPersona(mDocument, Persona{{}, tr("New persona"), {}, {}, {}});
    const QUuid id = add->itemId();
    if (!mDocument->push(add))
        return;
    add->awaitName(); // the name typed next belongs to this step: one Undo takes the persona away
    selectPersona(id);
    mEditor->awaitName();
    mEditor->focusName();
}

void PersonaCards::removeCurrentPersona()
{
    const QUuid id = currentPersona();
    if (!mDocument || mDocument->isReviewOnly() || id.isNull())
        return;
    const std::optional<int> index = mDocument->journey().personaIndex(id);
    if (!index)
        return;
    const QString name = mDocument->journey().personas[std::size_t(*index)].name;
    if (const int cards = cardsNaming(id); cards > 0) {
        QMessageBox box(QMessageBox::Question, tr("Remove Persona"),
                        tr("“%1” is named on %n card(s).", nullptr, cards).arg(name), QMessageBox::NoButton, window());
        box.setInformativeText(tr("Removing the persona takes it off those cards along with its own emotions there; a card "
                                  "left naming nobody happens to every persona. Undo brings it all back."));
        QPushButton *remove = box.addButton(tr("Remove Persona"), QMessageBox::DestructiveRole);
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
        box.exec();
        if (box.clickedButton() != remove)
            return;
    }
    mDocument->push(new RemovePersona(mDocument, id));
    mList->setFocus();
}

} // namespace waymark
