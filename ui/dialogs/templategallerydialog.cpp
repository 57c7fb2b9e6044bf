#include "templategallerydialog.h"

#include "templatecarddelegate.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

namespace {
constexpr int indexRole = TemplateCardDelegate::BuiltInRole + 1; // place in mTemplates
}

TemplateGalleryDialog::TemplateGalleryDialog(const JourneyTemplates &catalogue, QWidget *parent)
    : QDialog(parent)
    , mTemplates(catalogue.templates())
{
    setObjectName(QStringLiteral("templateGallery"));
    setWindowTitle(tr("New from Template"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("A map to adapt to your journey: its stages, lanes and departments, and typical cards "
                                "with their effort. Rename, add or remove anything once it is open."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    mSearch = new QLineEdit(this);
    mSearch->setObjectName(QStringLiteral("templateSearch"));
    mSearch->setPlaceholderText(tr("Search templates, e.g. claim or delivery"));
    mSearch->setClearButtonEnabled(true);
    mSearch->installEventFilter(this); // Down moves into the grid
    layout->addWidget(mSearch);

    mList = new QListWidget(this);
    mList->setObjectName(QStringLiteral("templateList"));
    mList->setViewMode(QListView::IconMode);
    mList->setFlow(QListView::LeftToRight);
    mList->setWrapping(true);
    mList->setResizeMode(QListView::Adjust);
    mList->setMovement(QListView::Static);
    mList->setUniformItemSizes(true);
    mList->setSelectionMode(QAbstractItemView::SingleSelection);
    mList->setMouseTracking(true);
    mList->setItemDelegate(new TemplateCardDelegate(mList));
    for (std::size_t i = 0; i < mTemplates.size(); ++i) {
        const JourneyTemplate &entry = mTemplates[i];
        auto *item = new QListWidgetItem(entry.title, mList);
        item->setData(TemplateCardDelegate::DescriptionRole, entry.description);
        item->setData(TemplateCardDelegate::StagesRole, entry.stageNames);
        item->setData(TemplateCardDelegate::CardCountRole, entry.cardCount);
        item->setData(TemplateCardDelegate::ProblemRole, entry.problem);
        item->setData(TemplateCardDelegate::BuiltInRole, entry.builtIn);
        item->setData(indexRole, int(i));
        // The whole text on hover, for what the card had to cut.
        item->setToolTip(entry.problem.isEmpty()
                             ? QStringLiteral("<b>%1</b><br>%2<br><br>%3")
                                   .arg(entry.title.toHtmlEscaped(), entry.description.toHtmlEscaped(),
                                        entry.stageNames.join(QStringLiteral(" → ")).toHtmlEscaped())
                             : entry.problem);
    }
    layout->addWidget(mList, 1);

    mNothingFound = new QLabel(this);
    mNothingFound->setForegroundRole(QPalette::PlaceholderText);
    mNothingFound->hide();
    layout->addWidget(mNothingFound);

    auto *own = new QLabel(tr("Any journey can become a template (File → Save as Template…); yours are kept in %1.")
                               .arg(QDir::toNativeSeparators(JourneyTemplates::userTemplatesFolder())),
                           this);
    own->setWordWrap(true);
    own->setForegroundRole(QPalette::PlaceholderText);
    own->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(own);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    mCreate = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    mCreate->setObjectName(QStringLiteral("createFromTemplate"));
    mCreate->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplateGalleryDialog::createFromCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mList, &QListWidget::itemDoubleClicked, this, &TemplateGalleryDialog::createFromCurrent);
    connect(mList, &QListWidget::currentItemChanged, this, &TemplateGalleryDialog::updateCreate);
    connect(mSearch, &QLineEdit::textChanged, this, &TemplateGalleryDialog::filter);

    if (mList->count() > 0)
        mList->setCurrentRow(0);
    updateCreate();
    mSearch->setFocus();
    const QSize card = mList->sizeHintForIndex(mList->model()->index(0, 0));
    resize(qMax(card.width() * 2 + 60, 720), qMax(card.height() * 3 + 220, 600));
}

std::optional<JourneyTemplate> TemplateGalleryDialog::chosen() const
{
    const QListWidgetItem *item = mList->currentItem();
    if (result() != Accepted || !item || item->isHidden())
        return std::nullopt;
    return mTemplates[std::size_t(item->data(indexRole).toInt())];
}

bool TemplateGalleryDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mSearch && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_PageDown) {
            mList->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TemplateGalleryDialog::filter(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int shown = 0;
    QListWidgetItem *firstShown = nullptr;
    for (int row = 0; row < mList->count(); ++row) {
        QListWidgetItem *item = mList->item(row);
        const JourneyTemplate &entry = mTemplates[std::size_t(item->data(indexRole).toInt())];
        const QString haystack = entry.title + QLatin1Char(' ') + entry.description + QLatin1Char(' ')
                                 + entry.stageNames.join(QLatin1Char(' '));
        const bool match = std::all_of(words.begin(), words.end(),
                                       [&](const QString &word) { return haystack.contains(word, Qt::CaseInsensitive); });
        item->setHidden(!match);
        if (match && !firstShown)
            firstShown = item;
        shown += match ? 1 : 0;
    }
    if (!mList->currentItem() || mList->currentItem()->isHidden())
        mList->setCurrentItem(firstShown);
    mNothingFound->setText(tr("No template matches \"%1\".").arg(text.trimmed()));
    mNothingFound->setVisible(shown == 0);
    updateCreate();
}

void TemplateGalleryDialog::updateCreate()
{
    const QListWidgetItem *item = mList->currentItem();
    const bool usable = item && !item->isHidden() && item->data(TemplateCardDelegate::ProblemRole).toString().isEmpty();
    mCreate->setEnabled(usable);
}

void TemplateGalleryDialog::createFromCurrent()
{
    if (mCreate->isEnabled())
        accept();
}

} // namespace waymark
