#include "techgapdialog.h"

#include "business/techgap.h"
#include "efforttotals.h"
#include "journey.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

TechGapDialog::TechGapDialog(const Journey &journey, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Technology Gap"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The systems behind the journey (cards in Systems lanes), those behind the most pain points first."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    mSystems = new QTreeWidget(this);
    mSystems->setObjectName(QStringLiteral("techGap"));
    mSystems->setRootIsDecorated(false);
    mSystems->setWordWrap(true);
    mSystems->setHeaderLabels({tr("System"), tr("Age"), tr("What it cannot do"), tr("Pain points it causes"), tr("Customer time there"),
                               tr("Opportunities replacing it")});
    mSystems->header()->setSectionResizeMode(QHeaderView::Interactive);
    mSystems->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    mSystems->header()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    const QLocale locale;
    for (const TechGap &gap : techGaps(journey)) {
        QStringList pains, fixes;
        for (const QUuid &id : gap.painPoints)
            if (const Touchpoint *card = journey.touchpoint(id))
                pains << card->title;
        for (const QUuid &id : gap.opportunities)
            if (const Opportunity *opportunity = journey.opportunity(id))
                fixes << opportunity->title;
        auto *item = new QTreeWidgetItem(mSystems);
        item->setData(0, Qt::UserRole, gap.systemCardId);
        const QStringList texts{gap.system,
                                gap.ageYears > 0 ? tr("%1 years").arg(locale.toString(gap.ageYears, 'f', 0)) : tr("not known"),
                                gap.limitations,
                                pains.isEmpty() ? tr("none") : pains.join(QLatin1Char('\n')),
                                formatMinutes(gap.customerMinutes),
                                fixes.isEmpty() ? tr("none yet") : fixes.join(QLatin1Char('\n'))};
        for (int column = 0; column < texts.size(); ++column) {
            item->setText(column, texts[column]);
            item->setToolTip(column, texts[column]);
        }
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignTop);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignTop);
    }
    for (int column : {0, 2, 3, 5})
        mSystems->header()->resizeSection(column, column == 0 ? 180 : 230);
    layout->addWidget(mSystems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1100, 480);
}

} // namespace waymark
