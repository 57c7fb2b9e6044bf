#include "prioritiesdialog.h"

#include "business/opportunitiesmodel.h"
#include "journeydocument.h" // the model's inline document() needs the whole class
#include "charts/prioritychart.h"

#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

PrioritiesDialog::PrioritiesDialog(BusinessCase businessCase, QWidget *parent)
    : QDialog(parent)
    , mCase(std::move(businessCase))
{
    setWindowTitle(mCase.scenarioName.isEmpty() ? tr("Priorities: every opportunity") : tr("Priorities: “%1”").arg(mCase.scenarioName));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    mChart = new QChartView(valueCostChart(mCase), splitter);
    mChart->setRenderHint(QPainter::Antialiasing);
    mChart->setMinimumHeight(320);
    auto *below = new QWidget(splitter);
    auto *belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    mRankBy = new QComboBox(below);
    mRankBy->setObjectName(QStringLiteral("rankBy"));
    mRankBy->addItem(tr("Net present value"), int(RankBy::Npv));
    mRankBy->addItem(tr("Return on investment"), int(RankBy::Roi));
    mRankBy->addItem(tr("Payback (soonest first)"), int(RankBy::Payback));
    mRankBy->addItem(tr("The workshop's dots"), int(RankBy::Votes));
    form->addRow(tr("&Rank by:"), mRankBy);
    belowLayout->addLayout(form);
    mRanking = new QTreeWidget(below);
    mRanking->setObjectName(QStringLiteral("priorityRanking"));
    mRanking->setRootIsDecorated(false);
    mRanking->setHeaderLabels({tr("#"), tr("Opportunity"), tr("One-off cost"), tr("Value per year"), tr("NPV"), tr("ROI"), tr("Payback"),
                               tr("Dots"), tr("CLV at risk")});
    mRanking->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mRanking->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    mRanking->header()->setStretchLastSection(false);
    belowLayout->addWidget(mRanking);
    splitter->addWidget(mChart);
    splitter->addWidget(below);
    splitter->setStretchFactor(0, 3); // the picture first: the room reads the bubbles, then the list
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({420, 260});
    layout->addWidget(splitter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(mRankBy, &QComboBox::currentIndexChanged, this, &PrioritiesDialog::fillRanking);
    fillRanking();
    resize(980, 720);
}

void PrioritiesDialog::fillRanking()
{
    mRanking->clear();
    const QLocale locale;
    int rank = 0;
    for (int index : rankOpportunities(mCase, RankBy(mRankBy->currentData().toInt()))) {
        const OpportunityCase &c = mCase.opportunities[std::size_t(index)];
        auto *item = new QTreeWidgetItem(mRanking);
        item->setText(0, QString::number(++rank));
        item->setText(1, c.title);
        item->setToolTip(1, c.title);
        item->setText(2, OpportunitiesModel::money(c.oneOffCost, mCase.currency));
        item->setText(3, OpportunitiesModel::money(c.benefitsPerYear.total(), mCase.currency));
        item->setToolTip(3, tr("%1 to %2").arg(OpportunitiesModel::money(c.benefitsLow.total(), mCase.currency), OpportunitiesModel::money(c.benefitsHigh.total(), mCase.currency)));
        item->setText(4, OpportunitiesModel::money(c.npv, mCase.currency));
        item->setToolTip(4, tr("%1 to %2").arg(OpportunitiesModel::money(c.npvLow, mCase.currency), OpportunitiesModel::money(c.npvHigh, mCase.currency)));
        item->setText(5, tr("%1 %").arg(locale.toString(c.roi * 100, 'f', 0)));
        item->setText(6, c.paybackMonths ? tr("month %1").arg(*c.paybackMonths) : tr("not within %n year(s)", nullptr, mCase.horizonYears));
        item->setText(7, locale.toString(c.votes));
        item->setText(8, OpportunitiesModel::money(c.clvAtRisk, mCase.currency));
        for (int column : {0, 2, 3, 4, 5, 6, 7, 8})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace waymark
