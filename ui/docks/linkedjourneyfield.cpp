#include "linkedjourneyfield.h"

#include "efforttotals.h"
#include "portfolio/journeylink.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

LinkedJourneyField::LinkedJourneyField(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    mSummary = new QLabel(this);
    mSummary->setObjectName(QStringLiteral("linkedJourneySummary"));
    mSummary->setWordWrap(true);
    mSummary->setTextFormat(Qt::PlainText);
    auto *buttons = new QHBoxLayout;
    mChoose = new QPushButton(tr("Choose…"), this);
    mChoose->setToolTip(tr("Link a journey file that details this step (a sub-journey)"));
    mOpen = new QPushButton(tr("Open"), this);
    mOpen->setToolTip(tr("Open the linked journey"));
    mRemove = new QPushButton(tr("Remove"), this);
    mRemove->setToolTip(tr("Remove the link (the linked file stays)"));
    buttons->addWidget(mChoose);
    buttons->addWidget(mOpen);
    buttons->addWidget(mRemove);
    buttons->addStretch();
    layout->addWidget(mSummary);
    layout->addLayout(buttons);
    connect(mChoose, &QPushButton::clicked, this, &LinkedJourneyField::choose);
    connect(mOpen, &QPushButton::clicked, this, [this] {
        if (!mPath.isEmpty())
            emit openRequested(mPath);
    });
    connect(mRemove, &QPushButton::clicked, this, [this] { emit linkChosen(QString()); });
    showLink(QString(), QString());
}

void LinkedJourneyField::showLink(const QString &journeyPath, const QString &link)
{
    mJourneyPath = journeyPath;
    mLink = link;
    mPath.clear();
    QPalette palette = mSummary->palette();
    palette.setColor(QPalette::WindowText, QWidget::palette().color(QPalette::WindowText));
    if (link.isEmpty()) {
        mSummary->setText(tr("None: link a journey that details this step."));
    } else {
        const LinkedJourney linked = resolveJourneyLink(journeyPath, link);
        if (linked.headline) {
            mPath = linked.path;
            const JourneyHeadline &h = *linked.headline;
            const QLocale locale;
            QString text = tr("%1 (%2): %n card(s), customer time %3", nullptr, h.cards).arg(h.title, link, formatMinutes(h.effortMinutes));
            if (h.hasNps)
                text += QStringLiteral(", ") + tr("NPS %1 ± %2").arg(locale.toString(h.nps, 'f', 0), locale.toString(h.npsMargin, 'f', 0));
            mSummary->setText(text);
        } else {
            mSummary->setText(tr("Cannot follow the link: %1").arg(linked.problem));
            palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
        }
    }
    mSummary->setPalette(palette);
    // Without a link only "Choose…" shows (its tooltip says what a link is): one line, so
    // the card's properties fit a small screen.
    mSummary->setVisible(!link.isEmpty());
    mOpen->setVisible(!link.isEmpty());
    mRemove->setVisible(!link.isEmpty());
    mOpen->setEnabled(!mPath.isEmpty());
    mRemove->setEnabled(!link.isEmpty());
}

void LinkedJourneyField::choose()
{
    if (mJourneyPath.isEmpty()) {
        QMessageBox::information(this, tr("Link a Journey"),
                                 tr("Save this journey first: the link is kept relative to its folder, so the folder can move."));
        return;
    }
    const QString target = QFileDialog::getOpenFileName(this, tr("Link a Journey"), QFileInfo(mJourneyPath).absolutePath(),
                                                        tr("Journeys (*.waymark *.waymark.json)"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(mJourneyPath).absoluteFilePath()) {
        QMessageBox::information(this, tr("Link a Journey"), tr("A card cannot link to the journey it is on."));
        return;
    }
    emit linkChosen(journeyLinkFor(mJourneyPath, target));
}

} // namespace waymark
