#include "server/openfromserverdialog.h"

#include "server/serveraddressform.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {

enum JourneyColumn { JourneyTitleColumn, CreatedColumn, CreatedByColumn, LastChangeColumn };

// Sorts dates as dates, not as the text the locale writes them in.
class JourneyItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, Qt::UserRole + 1);
        const QVariant theirs = other.data(column, Qt::UserRole + 1);
        if (mine.isValid() && theirs.isValid())
            return mine.toDateTime() < theirs.toDateTime();
        return QString::localeAwareCompare(text(column), other.text(column)) < 0;
    }
};

} // namespace

OpenFromServerDialog::OpenFromServerDialog(QWidget *parent)
    : QDialog(parent)
    , mForm(new ServerAddressForm(this))
    , mList(new QPushButton(tr("&Show Journeys"), this))
    , mJourneys(new QTreeWidget(this))
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open from Server"));
    mList->setObjectName(QStringLiteral("listButton"));
    mJourneys->setObjectName(QStringLiteral("serverJourneys"));
    mJourneys->setRootIsDecorated(false);
    mJourneys->setUniformRowHeights(true);
    mJourneys->setAlternatingRowColors(true);
    mJourneys->setHeaderLabels({tr("Journey"), tr("Published"), tr("Published by"), tr("Last change")});
    mJourneys->header()->setSectionResizeMode(JourneyTitleColumn, QHeaderView::Stretch);
    mJourneys->header()->setStretchLastSection(false);
    mJourneys->setSortingEnabled(true);
    mJourneys->sortByColumn(LastChangeColumn, Qt::DescendingOrder);
    mJourneys->setMinimumHeight(220);
    mOpen = mButtons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    mOpen->setObjectName(QStringLiteral("openButton"));
    mOpen->setEnabled(false);

    connect(mList, &QPushButton::clicked, this, [this] {
        mAskedPassword = false;
        listJourneys();
    });
    // Enter in the URL lists; Enter in the list opens.
    connect(mForm->urlEdit(), &QLineEdit::returnPressed, mList, &QPushButton::click);
    connect(mJourneys, &QTreeWidget::itemSelectionChanged, this, &OpenFromServerDialog::updateOpenButton);
    connect(mJourneys, &QTreeWidget::itemActivated, this, [this] {
        if (!journeyId().isNull())
            accept();
    });
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&mWatcher, &QFutureWatcher<ServerReply>::finished, this, &OpenFromServerDialog::listed);

    auto *top = new QHBoxLayout;
    top->addWidget(mForm, 1);
    top->addWidget(mList, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(mJourneys, 1);
    layout->addWidget(mButtons);
    resize(760, 460);
}

void OpenFromServerDialog::listJourneys()
{
    if (mWatcher.isRunning())
        return;
    const auto address = mForm->address();
    if (!address)
        return;
    mAddress = *address;
    mForm->setBusy(true, tr("Asking %1 for its journeys…").arg(mAddress.display()));
    mList->setEnabled(false);
    mWatcher.setFuture(ServerJobs::list(mAddress));
}

void OpenFromServerDialog::listed()
{
    const ServerReply reply = mWatcher.result();
    mForm->setBusy(false);
    mList->setEnabled(true);
    if (!reply.ok) {
        if (reply.needsPassword && !mAskedPassword) {
            mAskedPassword = true;
            if (ServerJobs::askPassword(this, mAddress)) {
                listJourneys();
                return;
            }
        }
        mJourneys->clear();
        mForm->showProblem(reply.error);
        updateOpenButton();
        return;
    }
    mForm->remember();
    mJourneys->setSortingEnabled(false);
    mJourneys->clear();
    const QLocale locale;
    for (const ServerJourneyInfo &info : reply.journeys) {
        auto *item = new JourneyItem(mJourneys);
        item->setText(JourneyTitleColumn, info.title);
        item->setToolTip(JourneyTitleColumn, info.title);
        item->setData(JourneyTitleColumn, Qt::UserRole, info.id);
        item->setText(CreatedColumn, locale.toString(info.created.toLocalTime(), QLocale::ShortFormat));
        item->setData(CreatedColumn, Qt::UserRole + 1, info.created);
        item->setText(CreatedByColumn, info.createdBy);
        item->setText(LastChangeColumn, locale.toString(info.lastChanged.toLocalTime(), QLocale::ShortFormat));
        item->setData(LastChangeColumn, Qt::UserRole + 1, info.lastChanged);
    }
    mJourneys->setSortingEnabled(true);
    for (int column : {CreatedColumn, CreatedByColumn, LastChangeColumn})
        mJourneys->resizeColumnToContents(column);
    if (reply.journeys.empty()) {
        mForm->showNote(tr("No journey has been published on %1 yet: File → Publish to Server… puts one there.").arg(mAddress.display()));
    } else {
        mForm->showNote(tr("%n journey(s) on %1. Double-click one to open it.", nullptr, int(reply.journeys.size())).arg(mAddress.display()));
        mJourneys->setCurrentItem(mJourneys->topLevelItem(0));
        mJourneys->setFocus();
    }
    updateOpenButton();
}

void OpenFromServerDialog::updateOpenButton()
{
    mOpen->setEnabled(!journeyId().isNull());
}

QUuid OpenFromServerDialog::journeyId() const
{
    const QTreeWidgetItem *item = mJourneys->currentItem();
    return item && item->isSelected() ? item->data(JourneyTitleColumn, Qt::UserRole).toUuid() : QUuid();
}

QString OpenFromServerDialog::author() const
{
    return mForm->author();
}

} // namespace waymark
