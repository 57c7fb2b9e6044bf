#include "changesdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {
constexpr int ChangeCardRole = Qt::UserRole;

// Colours match what a reviewer expects of a diff: green added, red removed.
QColor kindColour(CardChange::Kind kind)
{
    switch (kind) {
    case CardChange::Kind::Added: return QColor(0x2e, 0x7d, 0x32);
    case CardChange::Kind::Removed: return QColor(0xc6, 0x28, 0x28);
    case CardChange::Kind::Moved: return QColor(0x15, 0x65, 0xc0);
    case CardChange::Kind::Edited: return QColor(0xb2, 0x6a, 0x00);
    }
    return {};
}
} // namespace

ChangesDialog::ChangesDialog(const JourneyDiff &diff, const QString &earlierName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("What Changed"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(diff.empty() ? tr("Nothing changed on the map since %1.").arg(earlierName)
                                          : tr("Changes since %1:").arg(earlierName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    mList = new QTreeWidget(this);
    mList->setObjectName(QStringLiteral("changesList"));
    mList->setHeaderHidden(true);
    mList->setRootIsDecorated(true);
    mList->setUniformRowHeights(true);
    layout->addWidget(mList, 1);

    const std::pair<CardChange::Kind, QString> groups[] = {{CardChange::Kind::Added, tr("Added cards (%1)")},
                                                           {CardChange::Kind::Removed, tr("Removed cards (%1)")},
                                                           {CardChange::Kind::Moved, tr("Moved cards (%1)")},
                                                           {CardChange::Kind::Edited, tr("Edited cards (%1)")}};
    for (const auto &[kind, title] : groups) {
        QList<QTreeWidgetItem *> entries;
        for (const CardChange &change : diff.cards) {
            if (change.kind != kind)
                continue;
            auto *entry = new QTreeWidgetItem({change.summary});
            entry->setToolTip(0, change.summary);
            entry->setForeground(0, kindColour(kind));
            if (kind != CardChange::Kind::Removed) {
                entry->setData(0, ChangeCardRole, change.id);
                if (!mChangedCards.contains(change.id))
                    mChangedCards.append(change.id);
            }
            entries.append(entry);
        }
        if (entries.isEmpty())
            continue;
        auto *group = new QTreeWidgetItem(mList, {title.arg(entries.size())});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->addChildren(entries);
        group->setExpanded(true);
    }
    QStringList structure;
    for (const QString &name : diff.stagesAdded)
        structure << tr("Stage added: %1").arg(name);
    for (const QString &name : diff.stagesRemoved)
        structure << tr("Stage removed: %1").arg(name);
    for (const QString &name : diff.stagesRenamed)
        structure << tr("Stage renamed: %1").arg(name);
    for (const QString &name : diff.lanesAdded)
        structure << tr("Lane added: %1").arg(name);
    for (const QString &name : diff.lanesRemoved)
        structure << tr("Lane removed: %1").arg(name);
    for (const QString &name : diff.lanesRenamed)
        structure << tr("Lane renamed: %1").arg(name);
    if (!structure.isEmpty()) {
        auto *group = new QTreeWidgetItem(mList, {tr("Stages and lanes (%1)").arg(structure.size())});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const QString &line : std::as_const(structure))
            new QTreeWidgetItem(group, {line});
        group->setExpanded(true);
    }
    connect(mList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QUuid id = item->data(0, ChangeCardRole).toUuid();
        if (!id.isNull())
            emit cardActivated(id);
    });
    connect(mList, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QUuid id = item->data(0, ChangeCardRole).toUuid();
        if (!id.isNull())
            emit cardActivated(id);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *select = buttons->addButton(tr("&Select Changed Cards"), QDialogButtonBox::ActionRole);
    select->setEnabled(!mChangedCards.isEmpty());
    connect(select, &QPushButton::clicked, this, [this] { emit selectCardsRequested(mChangedCards); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 480);
}

} // namespace waymark
