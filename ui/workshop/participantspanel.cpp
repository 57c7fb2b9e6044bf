#include "participantspanel.h"

#include "commands/addentity.h"
#include "commands/editentity.h"
#include "commands/removeentity.h"
#include "journeydocument.h"

#include <QColorDialog>
#include <QComboBox>
#include <QCursor>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark {

namespace {
constexpr int ParticipantIdRole = Qt::UserRole;
constexpr int ColourRole = Qt::UserRole + 1;

// Colours that stay apart on a projector and for the common colour-vision deficiencies
// (Okabe–Ito first, then Tableau), so the dots of two people are never confused.
constexpr QRgb participantColours[] = {0x0072b2, 0xe69f00, 0x009e73, 0xcc79a7, 0xd55e00,
                                       0x56b4e9, 0x8c564b, 0x9467bd, 0xbcbd22, 0x7f7f7f};

template <typename Widget>
Widget *namedParticipantWidget(Widget *widget, const char *name)
{
    widget->setObjectName(QString::fromLatin1(name));
    return widget;
}

QIcon dotIcon(const QColor &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour.darker(150), 1)); // a rim, so light colours show on white
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    return QIcon(pixmap);
}
} // namespace

ParticipantsPanel::ParticipantsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("participantsPanel"));
    auto *layout = new QVBoxLayout(this);

    mList = namedParticipantWidget(new QTreeWidget(this), "participantsList");
    mList->setHeaderLabels({tr("No."), tr("Name"), tr("Department")});
    mList->setRootIsDecorated(false);
    mList->setUniformRowHeights(true);
    mList->setSelectionMode(QAbstractItemView::SingleSelection);
    // Renaming is started by hand in onDoubleClicked: a double-click on the colour or the
    // department means something else.
    mList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mList->header()->setStretchLastSection(false);
    mList->header()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    mList->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    mList->header()->setSectionResizeMode(DepartmentColumn, QHeaderView::Interactive);
    mList->header()->resizeSection(DepartmentColumn, 130);
    mList->setToolTip(tr("Click someone to give them the floor (or press their number); click again to take it back.\n"
                         "Double-click the name to rename, the colour to change it, the department to move them."));
    layout->addWidget(mList, 1);

    auto *buttons = new QHBoxLayout;
    mAdd = namedParticipantWidget(new QPushButton(tr("&Add…"), this), "addParticipant");
    mRemove = namedParticipantWidget(new QPushButton(tr("Remove"), this), "removeParticipant");
    buttons->addWidget(mAdd);
    buttons->addStretch();
    buttons->addWidget(mRemove);
    layout->addLayout(buttons);

    mSummary = namedParticipantWidget(new QLabel(this), "contributionSummary");
    mSummary->setWordWrap(true);
    mSummary->setTextFormat(Qt::RichText);
    mSummary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(mSummary);

    mMessage = [this](const QString &title, const QString &text) { QMessageBox::information(this, title, text); };
    connect(mAdd, &QPushButton::clicked, this, &ParticipantsPanel::showAddDialog);
    connect(mRemove, &QPushButton::clicked, this, &ParticipantsPanel::removeCurrent);
    connect(mList, &QTreeWidget::itemClicked, this, &ParticipantsPanel::onClicked);
    connect(mList, &QTreeWidget::itemDoubleClicked, this, &ParticipantsPanel::onDoubleClicked);
    connect(mList, &QTreeWidget::itemChanged, this, &ParticipantsPanel::onItemChanged);
    connect(mList, &QTreeWidget::currentItemChanged, this, &ParticipantsPanel::updateButtons);

    // One refresh for a burst of signals (a paste of 40 cards, the undo of a macro).
    mRefreshTimer.setSingleShot(true);
    mRefreshTimer.setInterval(0);
    connect(&mRefreshTimer, &QTimer::timeout, this, &ParticipantsPanel::refresh);
    refresh();
}

void ParticipantsPanel::setDocument(JourneyDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (document) {
        // The list, the floor, and the counts (cards by author, comments by department).
        for (auto signal : {&JourneyDocument::participantInserted, &JourneyDocument::participantRemoved,
                            &JourneyDocument::participantChanged, &JourneyDocument::departmentInserted,
                            &JourneyDocument::departmentRemoved, &JourneyDocument::departmentChanged,
                            &JourneyDocument::touchpointInserted, &JourneyDocument::touchpointRemoved,
                            &JourneyDocument::touchpointChanged, &JourneyDocument::commentInserted,
                            &JourneyDocument::commentRemoved, &JourneyDocument::commentChanged,
                            &JourneyDocument::activeParticipantChanged})
            connect(document, signal, this, &ParticipantsPanel::scheduleRefresh);
        connect(document, &JourneyDocument::journeyReset, this, &ParticipantsPanel::scheduleRefresh);
        connect(document, &JourneyDocument::reviewOnlyChanged, this, &ParticipantsPanel::scheduleRefresh);
    }
    refresh();
}

bool ParticipantsPanel::activateByNumber(int n)
{
    if (!mDocument || n < 1 || n > int(mDocument->journey().participants.size()))
        return false;
    mDocument->setActiveParticipant(mDocument->journey().participants[std::size_t(n - 1)].id);
    return true;
}

bool ParticipantsPanel::addParticipant(const QString &name, const QUuid &departmentId)
{
    if (!editable() || name.trimmed().isEmpty())
        return false;
    Participant participant;
    participant.id = QUuid::createUuid();
    participant.name = name.trimmed();
    participant.departmentId = departmentId;
    participant.colour = nextColour(mDocument->journey());
    return mDocument->push(new AddEntity<Participant>(mDocument, participant));
}

bool ParticipantsPanel::renameParticipant(const QUuid &id, const QString &name)
{
    return changeParticipant(id, tr("Rename participant"), [&](Participant &participant) {
        participant.name = name.trimmed();
        return !participant.name.isEmpty();
    });
}

bool ParticipantsPanel::setParticipantColour(const QUuid &id, const QColor &colour)
{
    return changeParticipant(id, tr("Change participant colour"), [&](Participant &participant) {
        participant.colour = colour;
        return colour.isValid();
    });
}

bool ParticipantsPanel::changeParticipant(const QUuid &id, const QString &text,
                                          const std::function<bool(Participant &)> &change)
{
    const Participant *found = mDocument ? mDocument->journey().participant(id) : nullptr;
    Participant changed = found ? *found : Participant();
    if (!found || !editable() || !change(changed) || changed == *found)
        return false;
    return mDocument->push(new EditEntity<Participant>(mDocument, changed, text));
}

bool ParticipantsPanel::removeParticipant(const QUuid &id, QString *why)
{
    const Participant *participant = mDocument ? mDocument->journey().participant(id) : nullptr;
    if (!participant || !editable())
        return false;
    const Journey &journey = mDocument->journey();
    const auto cards = std::count_if(journey.touchpoints.begin(), journey.touchpoints.end(),
                                     [&](const Touchpoint &card) { return card.authorId == id; });
    qsizetype dots = 0;
    for (const VoteRound &round : journey.votes)
        dots += std::count_if(round.dots.begin(), round.dots.end(), [&](const Dot &dot) { return dot.participantId == id; });
    // Their contributions are the workshop's record: they must keep the name of who made them.
    if (cards > 0 && dots > 0)
        *why = tr("%1 wrote cards and placed dots, so they stay on the list: their contributions keep their name.");
    else if (cards > 0)
        *why = tr("%1 wrote %Ln card(s), so they stay on the list: the cards keep their author.", nullptr, int(cards));
    else if (dots > 0)
        *why = tr("%1 placed %Ln dot(s), so they stay on the list: the votes keep their voter.", nullptr, int(dots));
    if (cards > 0 || dots > 0) {
        *why = why->arg(participant->name);
        return false;
    }
    return mDocument->push(new RemoveEntity<Participant>(mDocument, id));
}

QStringList ParticipantsPanel::contributionLines(const Journey &journey, QStringList *notHeard)
{
    UuidHash<QUuid> departmentOf; // participant → department
    UuidHash<int> people, cards, comments;
    for (const Participant &participant : journey.participants) {
        departmentOf.insert(participant.id, participant.departmentId);
        ++people[participant.departmentId];
    }
    for (const Touchpoint &card : journey.touchpoints) {
        const auto author = departmentOf.constFind(card.authorId);
        if (!card.authorId.isNull() && author != departmentOf.cend())
            ++cards[*author];
    }
    for (const Comment &comment : journey.comments)
        ++comments[comment.departmentId];
    QStringList lines;
    for (const Department &department : journey.departments) {
        lines << tr("%1 — %2, %3")
                     .arg(department.name, tr("%Ln card(s)", nullptr, cards.value(department.id)),
                          tr("%Ln comment(s)", nullptr, comments.value(department.id)));
        if (people.value(department.id) > 0 && cards.value(department.id) == 0)
            notHeard->append(department.name);
    }
    return lines;
}

QString ParticipantsPanel::contributionSummary(const Journey &journey)
{
    QStringList notHeard;
    QStringList lines = contributionLines(journey, &notHeard);
    if (!notHeard.isEmpty())
        lines << tr("Not heard yet: %1").arg(QLocale().createSeparatedList(notHeard));
    return lines.join(QLatin1Char('\n'));
}

QColor ParticipantsPanel::nextColour(const Journey &journey)
{
    for (const QRgb rgb : participantColours) {
        if (std::none_of(journey.participants.begin(), journey.participants.end(),
                         [&](const Participant &participant) { return participant.colour == QColor(rgb); }))
            return QColor(rgb);
    }
    // A big room shares colours.
    return QColor(participantColours[journey.participants.size() % std::size(participantColours)]);
}

void ParticipantsPanel::showAddDialog()
{
    if (!editable())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addParticipantDialog"));
    dialog.setWindowTitle(tr("Add Participant"));
    auto *form = new QFormLayout(&dialog);
    auto *name = namedParticipantWidget(new QLineEdit(&dialog), "participantName");
    auto *department = namedParticipantWidget(new QComboBox(&dialog), "participantDepartment");
    department->addItem(tr("(no department)"), QUuid());
    const Journey &journey = mDocument->journey();
    for (const Department &each : journey.departments)
        department->addItem(dotIcon(each.colour), each.name, each.id);
    // Rooms are usually introduced department by department: start at the last one's.
    if (!journey.participants.empty())
        department->setCurrentIndex(std::max(0, department->findData(journey.participants.back().departmentId)));
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Department:"), department);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(name, &QLineEdit::textChanged, ok, [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        addParticipant(name->text(), department->currentData().toUuid());
}

void ParticipantsPanel::refresh()
{
    mRefreshTimer.stop();
    mRefreshing = true;
    const Journey *journey = mDocument ? &mDocument->journey() : nullptr;
    const int count = journey ? int(journey->participants.size()) : 0;
    // Rows are updated in place, not rebuilt: a rebuild between the two clicks of a
    // double-click (the first one changes the floor) would swallow the double-click.
    while (mList->topLevelItemCount() > count)
        delete mList->takeTopLevelItem(mList->topLevelItemCount() - 1);
    while (mList->topLevelItemCount() < count)
        new QTreeWidgetItem(mList);
    const QUuid floor = mDocument ? mDocument->activeParticipant() : QUuid();
    for (int row = 0; row < count; ++row) {
        const Participant &participant = journey->participants[std::size_t(row)];
        QTreeWidgetItem *item = mList->topLevelItem(row);
        const bool hasFloor = participant.id == floor;
        item->setData(NumberColumn, ParticipantIdRole, participant.id);
        item->setText(NumberColumn, hasFloor ? QStringLiteral("▶ %1").arg(row + 1) : QString::number(row + 1));
        if (item->data(NumberColumn, ColourRole).value<QColor>() != participant.colour) {
            item->setData(NumberColumn, ColourRole, participant.colour);
            item->setIcon(NumberColumn, dotIcon(participant.colour));
        }
        item->setText(NameColumn, participant.name);
        const Department *department = journey->department(participant.departmentId);
        item->setText(DepartmentColumn, department ? department->name : tr("(no department)"));
        item->setToolTip(DepartmentColumn, item->text(DepartmentColumn));
        QFont font = mList->font();
        font.setBold(hasFloor);
        for (int column = NumberColumn; column <= DepartmentColumn; ++column)
            item->setFont(column, font);
        item->setFlags(editable() ? item->flags() | Qt::ItemIsEditable : item->flags() & ~Qt::ItemIsEditable);
    }

    QStringList notHeard;
    const QStringList lines = journey ? contributionLines(*journey, &notHeard) : QStringList();
    QStringList html{QStringLiteral("<b>%1</b>").arg(tr("Contributions by department").toHtmlEscaped())};
    for (const QString &line : lines)
        html << line.toHtmlEscaped();
    if (!notHeard.isEmpty())
        html << QStringLiteral("<b>%1</b>").arg(
            tr("Not heard yet: %1").arg(QLocale().createSeparatedList(notHeard)).toHtmlEscaped());
    if (lines.isEmpty())
        html << tr("The journey has no departments yet.").toHtmlEscaped();
    mSummary->setText(html.join(QStringLiteral("<br>")));
    mRefreshing = false;
    updateButtons();
}

void ParticipantsPanel::updateButtons()
{
    mAdd->setEnabled(editable());
    mRemove->setEnabled(editable() && mList->currentItem());
}

bool ParticipantsPanel::editable() const
{
    return mDocument && !mDocument->isReviewOnly() && mSharedLimit.isEmpty();
}

void ParticipantsPanel::setSharedLimit(const QString &why)
{
    mSharedLimit = why;
    mAdd->setToolTip(why);
    mRemove->setToolTip(why);
    scheduleRefresh();
}

QUuid ParticipantsPanel::idOf(const QTreeWidgetItem *item) const
{
    return item ? item->data(NumberColumn, ParticipantIdRole).toUuid() : QUuid();
}

void ParticipantsPanel::onClicked(QTreeWidgetItem *item)
{
    if (!mDocument)
        return;
    mFloorBeforeClick = mDocument->activeParticipant();
    const QUuid id = idOf(item);
    mDocument->setActiveParticipant(id == mFloorBeforeClick ? QUuid() : id);
}

void ParticipantsPanel::onDoubleClicked(QTreeWidgetItem *item, int column)
{
    if (!mDocument)
        return;
    mDocument->setActiveParticipant(mFloorBeforeClick); // undo the first click's toggle
    const Participant *found = mDocument->journey().participant(idOf(item));
    if (!found || !editable())
        return;
    const Participant participant = *found; // the dialogs below run an event loop
    if (column == NameColumn) {
        mList->editItem(item, NameColumn);
    } else if (column == NumberColumn) {
        const QColor colour = QColorDialog::getColor(participant.colour, this, tr("Colour of %1").arg(participant.name));
        setParticipantColour(participant.id, colour);
    } else if (column == DepartmentColumn) {
        QMenu menu(this);
        menu.addAction(tr("(no department)"))->setData(QUuid());
        for (const Department &department : mDocument->journey().departments)
            menu.addAction(dotIcon(department.colour), department.name)->setData(department.id);
        if (QAction *chosen = menu.exec(QCursor::pos()))
            changeParticipant(participant.id, tr("Change participant's department"), [chosen](Participant &moved) {
                moved.departmentId = chosen->data().toUuid();
                return true;
            });
    }
}

void ParticipantsPanel::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (mRefreshing || column != NameColumn)
        return;
    if (!renameParticipant(idOf(item), item->text(NameColumn)))
        scheduleRefresh(); // empty or refused: the old name comes back
}

void ParticipantsPanel::removeCurrent()
{
    QString why;
    if (!removeParticipant(idOf(mList->currentItem()), &why) && !why.isEmpty())
        mMessage(tr("Remove Participant"), why);
}

} // namespace waymark
