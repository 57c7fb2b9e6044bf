#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include "portfolio/portfolio.h"

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace waymark {

class PortfolioModel;

// File → Open Folder…: every journey of a folder at a glance, as a table or a grid of cards —
// owner, last save, stages, cards, customer time, NPS ± margin, CLV at risk, open comments,
// opportunities and what is being done — sorted by any column, filtered by a search box, opened
// with a double-click or Enter. Read in the background; files that cannot be read are named.
class PortfolioDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PortfolioDialog(const QString &folder, QWidget *parent = nullptr);

    QTableView *table() const { return mTable; }
    QListView *grid() const { return mGrid; }
    QLineEdit *filter() const { return mFilter; }
    QLabel *status() const { return mStatus; }
    bool isReading() const { return mReading.isRunning(); }

signals:
    void openRequested(const QString &path);
    void finishedReading();

private:
    void read();
    void showGrid(bool grid);
    void openIndex(const QModelIndex &index);

    QString mFolder;
    PortfolioModel *mModel;
    QSortFilterProxyModel *mSorted;
    QLineEdit *mFilter;
    QToolButton *mGridButton;
    QStackedWidget *mViews;
    QTableView *mTable;
    QListView *mGrid;
    QLabel *mStatus;
    QFutureWatcher<std::vector<PortfolioEntry>> mReading;
};

} // namespace waymark
