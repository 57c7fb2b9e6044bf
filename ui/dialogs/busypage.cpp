#include "dialogs/busypage.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace waymark {

BusyPage::BusyPage(QWidget *parent)
    : QWidget(parent)
    , mNote(new QLabel)
{
    mNote->setWordWrap(true);
    mNote->setAlignment(Qt::AlignCenter);
    auto *bar = new QProgressBar;
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumWidth(320);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(mNote);
    layout->addWidget(bar, 0, Qt::AlignHCenter);
    layout->addStretch(2); // a little above the middle, where the eye looks first
}

} // namespace waymark
