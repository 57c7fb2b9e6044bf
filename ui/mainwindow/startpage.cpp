#include "startpage.h"

#include "recentfiles.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace waymark {

namespace {
constexpr int contentWidth = 980; // pixels: two readable columns, no wider on a large screen

QLabel *heading(const QString &text, qreal scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}
} // namespace

StartPage::StartPage(RecentFiles *recent, QWidget *parent)
    : QWidget(parent)
    , mRecent(recent)
{
    setObjectName(QStringLiteral("startPage"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    // Scrolls when the window is small (1366×768 with large fonts), centred when it is not.
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Base);
    auto *page = new QWidget(scroll);
    page->setBackgroundRole(QPalette::Base);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    scroll->setWidget(page);

    auto *content = new QWidget(page);
    content->setMaximumWidth(contentWidth);
    auto *centring = new QGridLayout(page);
    centring->setContentsMargins(32, 32, 32, 32);
    centring->setRowStretch(0, 1);
    centring->setRowStretch(2, 2);
    centring->setColumnStretch(0, 1);
    centring->setColumnStretch(2, 1);
    centring->addWidget(content, 1, 1);

    auto *layout = new QGridLayout(content);
    layout->setHorizontalSpacing(48);
    layout->setVerticalSpacing(16);
    layout->addWidget(heading(tr("Welcome to Waymark"), 2.0, content), 0, 0, 1, 2);
    auto *intro = new QLabel(tr("Map a customer's journey together with the people who serve it: stages as columns, "
                                "lanes as rows, a card for every step. Start with one of these."),
                             content);
    intro->setWordWrap(true);
    layout->addWidget(intro, 1, 0, 1, 2);
    layout->addWidget(createActions(), 2, 0, Qt::AlignTop);
    layout->addWidget(createSteps(), 2, 1, Qt::AlignTop);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);

    connect(mRecent, &RecentFiles::changed, this, &StartPage::refreshRecent);
    refreshRecent();
    if (parent) {
        parent->installEventFilter(this);
        setGeometry(parent->rect());
    }
}

QWidget *StartPage::createActions()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Begin"), 1.3, box));
    const auto button = [box, layout](const QString &text, const QString &name, const QString &hint) {
        auto *push = new QPushButton(text, box);
        push->setObjectName(name);
        push->setToolTip(hint);
        push->setMinimumHeight(push->sizeHint().height() * 3 / 2);
        layout->addWidget(push);
        return push;
    };
    mNew = button(tr("New journey"), QStringLiteral("startNewJourney"), tr("An empty map with a few stages and lanes to rename"));
    mTemplate = button(tr("Start from a template…"), QStringLiteral("startTemplate"),
                       tr("Banking, telecom, insurance, online shop, public service, B2B software, or one of yours"));
    mSample = button(tr("Open the sample workshop"), QStringLiteral("startSample"),
                     tr("A retail bank's \"open an account\" journey, filled in, to try everything on"));
    mOpen = button(tr("Open a journey…"), QStringLiteral("startOpen"), tr("A .waymark or .waymark.json file"));
    mNew->setDefault(true);
    connect(mNew, &QPushButton::clicked, this, &StartPage::newJourneyRequested);
    connect(mSample, &QPushButton::clicked, this, &StartPage::sampleRequested);
    connect(mTemplate, &QPushButton::clicked, this, &StartPage::templateRequested);
    connect(mOpen, &QPushButton::clicked, this, &StartPage::openRequested);

    layout->addSpacing(12);
    layout->addWidget(heading(tr("Recent journeys"), 1.3, box));
    mRecentList = new QListWidget(box);
    mRecentList->setObjectName(QStringLiteral("startRecent"));
    mRecentList->setMinimumHeight(mRecentList->fontMetrics().height() * 6);
    mRecentList->setTextElideMode(Qt::ElideMiddle);
    connect(mRecentList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
    layout->addWidget(mRecentList);
    mNoRecent = new QLabel(tr("None yet: the journeys you open or save appear here."), box);
    mNoRecent->setWordWrap(true);
    mNoRecent->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(mNoRecent);
    auto *drop = new QLabel(tr("You can also drop a journey file, or a survey's CSV or Excel file, on this window."), box);
    drop->setWordWrap(true);
    drop->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(drop);
    return box;
}

QWidget *StartPage::createSteps()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("startSteps"));
    auto *layout = new QGridLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(14);
    layout->addWidget(heading(tr("How a workshop goes"), 1.3, box), 0, 0, 1, 2);
    const QString steps[][2] = {
        {tr("Map the steps"),
         tr("Name the stages the customer goes through and the lanes of who serves them, then add a card for every "
            "touchpoint: double-click a cell or press N.")},
        {tr("Add the effort"),
         tr("Give each card what it costs the customer: time, money, negative emotion. The heatmap shows where the "
            "journey hurts.")},
        {tr("Vote"),
         tr("Add the participants in the Workshop dock and let everyone spend their dots on the pain points that "
            "matter most.")},
        {tr("Make the business case"),
         tr("Turn the top-voted pain points into opportunities with their costs and benefits, then export the PDF "
            "for the department heads.")},
    };
    int row = 1;
    for (const auto &step : steps) {
        auto *number = heading(QString::number(row), 1.5, box);
        number->setAlignment(Qt::AlignRight | Qt::AlignTop);
        number->setForegroundRole(QPalette::Highlight);
        auto *text = new QLabel(QStringLiteral("<b>%1</b><br>%2").arg(step[0].toHtmlEscaped(), step[1].toHtmlEscaped()), box);
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        layout->addWidget(number, row, 0, Qt::AlignTop);
        layout->addWidget(text, row, 1);
        ++row;
    }
    layout->setColumnStretch(1, 1);
    return box;
}

void StartPage::refreshRecent()
{
    mRecentList->clear();
    for (const QString &path : mRecent->files()) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(info.fileName(), mRecentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists())
            item->setForeground(palette().color(QPalette::PlaceholderText));
    }
    mRecentList->setVisible(mRecentList->count() > 0);
    mNoRecent->setVisible(mRecentList->count() == 0);
}

bool StartPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace waymark
