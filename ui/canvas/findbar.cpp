#include "findbar.h"

#include "carditem.h"
#include "journeydocument.h"
#include "journeyscene.h"
#include "journeyview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QToolButton>

namespace waymark {

namespace {
constexpr int cornerMargin = 12; // pixels between the bar and the viewport's top-right corner
}

FindBar::FindBar(JourneyView *view, JourneyScene *scene)
    : QFrame(view->viewport())
    , mView(view)
    , mViewport(view->viewport())
    , mScene(scene)
{
    setObjectName(QStringLiteral("findBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    mEdit = new QLineEdit(this);
    mEdit->setObjectName(QStringLiteral("findEdit"));
    mEdit->setPlaceholderText(tr("Find a card"));
    mEdit->setToolTip(tr("Searches the titles, descriptions, notes and data keys of the cards"));
    mEdit->setClearButtonEnabled(true);
    mEdit->setMinimumWidth(mEdit->fontMetrics().averageCharWidth() * 24);
    mEdit->installEventFilter(this);
    mCount = new QLabel(this);
    mCount->setObjectName(QStringLiteral("findCount"));
    mCount->setMinimumWidth(mCount->fontMetrics().horizontalAdvance(tr("%1 of %2").arg(888).arg(888)));

    mFind = new QAction(tr("&Find Card…"), this);
    mFind->setObjectName(QStringLiteral("findCard"));
    mFind->setShortcut(QKeySequence::Find);
    mFind->setStatusTip(tr("Find a card by its title, description, notes or data key"));
    connect(mFind, &QAction::triggered, this, &FindBar::open);
    mNext = new QAction(tr("Find &Next"), this);
    mNext->setShortcuts(QKeySequence::FindNext);
    connect(mNext, &QAction::triggered, this, &FindBar::findNext);
    mPrevious = new QAction(tr("Find Pre&vious"), this);
    mPrevious->setShortcuts(QKeySequence::FindPrevious);
    connect(mPrevious, &QAction::triggered, this, &FindBar::findPrevious);

    const auto button = [this](const QString &text, const QString &tip, auto slot) {
        auto *tool = new QToolButton(this);
        tool->setText(text);
        tool->setToolTip(tip);
        tool->setAutoRaise(true);
        connect(tool, &QToolButton::clicked, this, slot);
        return tool;
    };
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(mEdit);
    layout->addWidget(mCount);
    layout->addWidget(button(QStringLiteral("▲"), tr("Previous match (Shift+F3)"), &FindBar::findPrevious));
    layout->addWidget(button(QStringLiteral("▼"), tr("Next match (Enter, F3)"), &FindBar::findNext));
    layout->addWidget(button(QStringLiteral("✕"), tr("Close (Esc)"), &FindBar::dismiss));

    connect(mEdit, &QLineEdit::textChanged, this, &FindBar::textChanged);
    view->viewport()->installEventFilter(this);
    // The view scrolls by moving the viewport's pixels, children included: back to the corner.
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, &FindBar::place);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &FindBar::place);
    hide();
}

bool FindBar::matches(const Touchpoint &card, const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    for (const QString *field : {&card.title, &card.description, &card.notes, &card.dataKey})
        if (field->contains(wanted, Qt::CaseInsensitive))
            return true;
    return false;
}

QList<QUuid> FindBar::matches() const
{
    QList<QUuid> found;
    const JourneyDocument *document = mScene->document();
    if (!document || mEdit->text().trimmed().isEmpty())
        return found;
    const Journey &journey = document->journey();
    for (const Stage &stage : journey.stages)
        for (const Lane &lane : journey.lanes)
            for (const Touchpoint *card : journey.cell(stage.id, lane.id))
                if (matches(*card, mEdit->text()))
                    found.append(card->id);
    return found;
}

void FindBar::open()
{
    if (!isVisible()) {
        QFrame::show();
        adjustSize();
        place();
        raise();
    }
    mEdit->setFocus(Qt::ShortcutFocusReason);
    mEdit->selectAll();
    if (!mEdit->text().isEmpty())
        textChanged(); // the map may have changed since the bar was last open
}

void FindBar::dismiss()
{
    if (!isVisible())
        return;
    hide();
    mView->setFocus(Qt::OtherFocusReason); // the arrow keys walk the map again
}

void FindBar::textChanged()
{
    // The first match as you type, as browsers do.
    mCurrent = QUuid();
    const QList<QUuid> found = matches();
    showMatch(found.isEmpty() ? -1 : 0, found);
}

void FindBar::step(int by)
{
    if (!isVisible() || mEdit->text().trimmed().isEmpty()) {
        open();
        return;
    }
    const QList<QUuid> found = matches();
    if (found.isEmpty()) {
        showMatch(-1, found);
        return;
    }
    const qsizetype at = found.indexOf(mCurrent);
    // Round and round: after the last match the first again.
    const int index = at < 0 ? (by > 0 ? 0 : int(found.size()) - 1) : int((at + by + found.size()) % found.size());
    showMatch(index, found);
}

void FindBar::showMatch(int index, const QList<QUuid> &found)
{
    refreshCount(index, int(found.size()));
    if (index < 0)
        return;
    mCurrent = found.at(index);
    mScene->selectTouchpoints({mCurrent});
    mScene->ensureLayout();
    if (QGraphicsItem *item = mScene->cardItem(mCurrent))
        mView->ensureVisible(item, 60, 60);
    // Keep typing: the card is selected, the keys stay in the bar.
    mEdit->setFocus(Qt::OtherFocusReason);
}

void FindBar::refreshCount(int index, int count)
{
    if (mEdit->text().trimmed().isEmpty())
        mCount->clear();
    else if (count == 0)
        mCount->setText(tr("No match"));
    else
        mCount->setText(tr("%1 of %2").arg(index + 1).arg(count));
    QPalette palette = mCount->palette();
    palette.setColor(QPalette::WindowText, count == 0 ? QColor(0xb0, 0x20, 0x20) : this->palette().color(QPalette::WindowText));
    mCount->setPalette(palette);
    adjustSize();
    place();
}

QString FindBar::countText() const
{
    return mCount->text();
}

void FindBar::place()
{
    QWidget *viewport = mView->viewport();
    move(viewport->width() - width() - cornerMargin, cornerMargin);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == mViewport && isVisible())
        place();
    // Esc is the bar's while it has the keys, whatever the window's shortcuts say.
    if (watched == mEdit && event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    if (watched == mEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            dismiss();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            step(key->modifiers() & Qt::ShiftModifier ? -1 : +1);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace waymark
