#include "portfoliodialog.h"

#include "portfoliocarddelegate.h"
#include "portfoliomodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace waymark {

PortfolioDialog::PortfolioDialog(const QString &folder, QWidget *parent)
    : QDialog(parent)
    , mFolder(folder)
{
    setWindowTitle(tr("Journeys in %1").arg(QDir::toNativeSeparators(folder)));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    mFilter = new QLineEdit;
    mFilter->setPlaceholderText(tr("Filter by journey, owner or file…"));
    mFilter->setClearButtonEnabled(true);
    mGridButton = new QToolButton;
    mGridButton->setText(tr("Grid"));
    mGridButton->setCheckable(true);
    mGridButton->setToolTip(tr("Show the journeys as cards instead of a table"));
    auto *refresh = new QToolButton;
    refresh->setText(tr("Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read the folder again (F5)"));
    bar->addWidget(mFilter, 1);
    bar->addWidget(mGridButton);
    bar->addWidget(refresh);
    layout->addLayout(bar);

    mModel = new PortfolioModel(this);
    mSorted = new QSortFilterProxyModel(this);
    mSorted->setSourceModel(mModel);
    mSorted->setSortRole(Qt::EditRole);
    mSorted->setFilterCaseSensitivity(Qt::CaseInsensitive);
    mSorted->setFilterKeyColumn(-1); // any column: title, owner, file
    mTable = new QTableView;
    mTable->setModel(mSorted);
    mTable->setSortingEnabled(true);
    mTable->sortByColumn(PortfolioModel::ClvAtRisk, Qt::DescendingOrder); // what hurts most first
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setAlternatingRowColors(true);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->horizontalHeader()->setSectionResizeMode(PortfolioModel::Title, QHeaderView::Stretch);
    mTable->setTextElideMode(Qt::ElideMiddle);
    mGrid = new QListView;
    mGrid->setModel(mSorted);
    mGrid->setModelColumn(PortfolioModel::Title);
    mGrid->setViewMode(QListView::IconMode);
    mGrid->setResizeMode(QListView::Adjust);
    mGrid->setMovement(QListView::Static);
    mGrid->setUniformItemSizes(true);
    mGrid->setGridSize(QSize(PortfolioCardDelegate::cardWidth, PortfolioCardDelegate::cardHeight));
    mGrid->setItemDelegate(new PortfolioCardDelegate(mGrid));
    mGrid->setSpacing(0);
    mViews = new QStackedWidget;
    mViews->addWidget(mTable);
    mViews->addWidget(mGrid);
    layout->addWidget(mViews, 1);
    mStatus = new QLabel;
    mStatus->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close);
    layout->addWidget(mStatus);
    layout->addWidget(buttons);
    resize(1100, 600);

    connect(mFilter, &QLineEdit::textChanged, mSorted, &QSortFilterProxyModel::setFilterFixedString);
    connect(mGridButton, &QToolButton::toggled, this, &PortfolioDialog::showGrid);
    connect(refresh, &QToolButton::clicked, this, &PortfolioDialog::read);
    connect(mTable, &QTableView::doubleClicked, this, &PortfolioDialog::openIndex);
    connect(mGrid, &QListView::doubleClicked, this, &PortfolioDialog::openIndex);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter opens the current row through the default button, Open; a double-click opens the
    // row clicked. (The views' `activated` would fire with Enter too, and open it twice.)
    connect(buttons->button(QDialogButtonBox::Open), &QPushButton::clicked, this, [this] {
        QAbstractItemView *view = mViews->currentIndex() == 0 ? static_cast<QAbstractItemView *>(mTable) : mGrid;
        openIndex(view->currentIndex());
    });
    connect(&mReading, &QFutureWatcher<std::vector<PortfolioEntry>>::finished, this, [this] {
        mModel->setEntries(mReading.result());
        const auto &entries = mModel->entries();
        const qint64 broken = std::count_if(entries.begin(), entries.end(), [](const PortfolioEntry &e) { return !e.headline; });
        QString text = tr("%n journey(s) in this folder.", nullptr, int(entries.size()));
        if (broken > 0)
            text += QLatin1Char(' ') + tr("%n file(s) cannot be read; they are listed in red with the reason.", nullptr, int(broken));
        if (entries.empty())
            text = tr("No journeys (.waymark or .waymark.json files) in this folder.");
        mStatus->setText(text);
        mTable->setFocus();
        emit finishedReading();
    });
    read();
}

void PortfolioDialog::read()
{
    if (mReading.isRunning())
        return;
    mStatus->setText(tr("Reading the journeys…"));
    const QString folder = mFolder;
    mReading.setFuture(QtConcurrent::run([folder] {
        QString error;
        return readPortfolio(folder, &error);
    }));
}

void PortfolioDialog::showGrid(bool grid)
{
    mViews->setCurrentIndex(grid ? 1 : 0);
}

void PortfolioDialog::openIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString path = index.data(PortfolioModel::PathRole).toString();
    const auto *entry = static_cast<const PortfolioEntry *>(index.data(PortfolioModel::EntryRole).value<const void *>());
    if (!entry || !entry->headline)
        return; // a file that cannot be read: its reason is on its row
    emit openRequested(path);
}

} // namespace waymark
