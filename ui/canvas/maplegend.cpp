#include "maplegend.h"

#include "cardsymbols.h"
#include "dataoverlay.h"
#include "heatmapcolours.h"
#include "journeydocument.h"
#include "journeyscene.h"
#include "journeyview.h"
#include "workshopmarks.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QStyleOptionGraphicsItem>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace waymark {

namespace {
constexpr int legendMargin = 10;     // from the viewport's edges
constexpr int legendTextWidth = 230; // explanations wrap here: the legend stays narrow
constexpr int symbolWidth = 40;
const QColor legendInk(0x1d, 0x23, 0x2b);

QPixmap picture(QSize size, qreal ratio, const std::function<void(QPainter &)> &draw)
{
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    draw(painter);
    return pixmap;
}

// A badge as the canvas draws it (the same item, painted into a picture).
QPixmap badgePicture(NpsBadgeItem &badge, qreal ratio)
{
    const QRectF rect = badge.boundingRect().adjusted(-1, -1, 1, 1);
    return picture(rect.size().toSize() + QSize(1, 1), ratio, [&](QPainter &painter) {
        painter.translate(-rect.topLeft());
        QStyleOptionGraphicsItem option;
        badge.paint(&painter, &option, nullptr);
    });
}

// A wrapped label asks for the height its lines need at its fixed width; the grid would
// otherwise squeeze a long explanation into one line's height, and rows would overlap.
void fitHeight(QLabel *label)
{
    label->setMinimumHeight(label->heightForWidth(label->width()));
}

QFont smallFont()
{
    QFont font;
    font.setPointSizeF(7.5);
    return font;
}
} // namespace

QString MapLegend::shownKey()
{
    return QStringLiteral("canvas/legendShown");
}

QString MapLegend::collapsedKey()
{
    return QStringLiteral("canvas/legendCollapsed");
}

MapLegend::MapLegend(JourneyView *view, JourneyScene *scene)
    : QFrame(view)
    , mView(view)
    , mViewport(view->viewport())
    , mScene(scene)
{
    setObjectName(QStringLiteral("mapLegend"));
    setAccessibleName(tr("Map legend"));
    setAutoFillBackground(false);
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText, legendInk); // on its own light background, in a dark theme too
    colours.setColor(QPalette::ButtonText, legendInk);
    setPalette(colours);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 6);
    layout->setSizeConstraint(QLayout::SetFixedSize); // as big as its rows need, always
    layout->setSpacing(2);
    mTitle = new QToolButton(this);
    mTitle->setObjectName(QStringLiteral("mapLegendTitle"));
    mTitle->setAutoRaise(true);
    mTitle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QFont bold = mTitle->font();
    bold.setBold(true);
    mTitle->setFont(bold);
    mTitle->setToolTip(tr("Fold or unfold the legend (View → Show Legend hides it)"));
    connect(mTitle, &QToolButton::clicked, this, [this] { setCollapsed(!mCollapsed); });
    layout->addWidget(mTitle, 0, Qt::AlignLeft);
    createBody();

    const QSettings settings;
    mToggle = new QAction(tr("Show &Legend"), this);
    mToggle->setObjectName(QStringLiteral("showLegend"));
    mToggle->setCheckable(true);
    mToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    mToggle->setStatusTip(tr("Explain the marks on the map in a corner of the canvas"));
    mToggle->setChecked(settings.value(shownKey(), true).toBool());
    connect(mToggle, &QAction::toggled, this, [this](bool shown) {
        QSettings().setValue(shownKey(), shown);
        setVisible(shown);
        if (shown)
            refresh();
    });
    mCollapsed = settings.value(collapsedKey(), false).toBool();

    mRefresh.setSingleShot(true);
    mRefresh.setInterval(30); // one rebuild for a burst of scene changes
    connect(&mRefresh, &QTimer::timeout, this, &MapLegend::refresh);
    connect(scene, &JourneyScene::heatmapChanged, this, &MapLegend::scheduleRefresh);
    connect(scene, &JourneyScene::heatScaleChanged, this, &MapLegend::scheduleRefresh);
    connect(scene, &JourneyScene::dataOverlayChanged, this, &MapLegend::scheduleRefresh);
    connect(scene, &JourneyScene::documentChanged, this, &MapLegend::followDocument);
    followDocument();
    view->viewport()->installEventFilter(this);
    setVisible(mToggle->isChecked());
    refresh();
}

void MapLegend::createBody()
{
    mBody = new QWidget(this);
    mRows = new QGridLayout(mBody);
    mRows->setContentsMargins(0, 0, 0, 0);
    mRows->setHorizontalSpacing(6);
    mRows->setVerticalSpacing(3);
    layout()->addWidget(mBody);
}

void MapLegend::followDocument()
{
    // Cards (their marks, owners and effort) and departments (names, colours) change what it says.
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = mScene->document();
    if (mDocument) {
        for (auto signal : {&JourneyDocument::touchpointInserted, &JourneyDocument::touchpointRemoved,
                            &JourneyDocument::touchpointChanged, &JourneyDocument::departmentInserted,
                            &JourneyDocument::departmentRemoved, &JourneyDocument::departmentChanged})
            connect(mDocument, signal, this, &MapLegend::scheduleRefresh);
        // The workshop's marks follow votes, comments and people (after WorkshopCanvas applies them).
        for (auto signal : {&JourneyDocument::voteInserted, &JourneyDocument::voteRemoved, &JourneyDocument::voteChanged,
                            &JourneyDocument::commentInserted, &JourneyDocument::commentRemoved,
                            &JourneyDocument::commentChanged, &JourneyDocument::participantInserted,
                            &JourneyDocument::participantRemoved, &JourneyDocument::participantChanged})
            connect(mDocument, signal, this, &MapLegend::scheduleRefresh);
        connect(mDocument, &JourneyDocument::journeyReset, this, &MapLegend::scheduleRefresh);
    }
    scheduleRefresh();
}

void MapLegend::setCollapsed(bool collapsed)
{
    mCollapsed = collapsed;
    QSettings().setValue(collapsedKey(), collapsed);
    showCollapsed();
}

void MapLegend::showCollapsed()
{
    showFold();
    place();
}

void MapLegend::showFold()
{
    mBody->setVisible(!mCollapsed && !mContent.isEmpty());
    mTitle->setArrowType(mCollapsed ? Qt::RightArrow : Qt::DownArrow);
}

QStringList MapLegend::rowTexts() const
{
    QStringList texts;
    for (const QLabel *label : mBody->findChildren<QLabel *>(QStringLiteral("legendText")))
        texts << label->text();
    for (const MapLegendContent::Owner &owner : mContent.departments) // in one line, as plain names
        if (mBody->findChild<QLabel *>(QStringLiteral("legendDepartments")))
            texts << owner.name;
    return texts;
}

bool MapLegend::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == mViewport)
        place();
    return QFrame::eventFilter(watched, event);
}

void MapLegend::paintEvent(QPaintEvent *)
{
    // Translucent: the map shows through where the legend lies over it.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xa8, 0xb0, 0xbb), 1));
    painter.setBrush(QColor(255, 255, 255, 222));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

void MapLegend::refresh()
{
    if (isHidden() && mBuilt)
        return; // turned off: showing it again refreshes
    MapLegendContent content = mapLegendContent(*mScene);
    if (mBuilt && content == mContent)
        return;
    mContent = std::move(content);
    mBuilt = true;
    rebuild();
}

void MapLegend::addRow(const QPixmap &symbol, const QString &text)
{
    const int row = mRows->rowCount();
    auto *icon = new QLabel(mBody);
    icon->setPixmap(symbol);
    icon->setFixedWidth(symbolWidth);
    icon->setAlignment(Qt::AlignCenter);
    auto *label = new QLabel(text, mBody);
    label->setObjectName(QStringLiteral("legendText"));
    label->setWordWrap(true);
    label->setFixedWidth(legendTextWidth);
    label->setFont(smallFont());
    fitHeight(label);
    mRows->addWidget(icon, row, 0, Qt::AlignVCenter);
    mRows->addWidget(label, row, 1, Qt::AlignVCenter);
}

void MapLegend::addWideRow(const QPixmap &image, const QString &text)
{
    // A picture too wide for the symbol column (a pill, the heat scale) above its explanation.
    const int row = mRows->rowCount();
    auto *icon = new QLabel(mBody);
    icon->setPixmap(image);
    mRows->addWidget(icon, row, 0, 1, 2, Qt::AlignLeft);
    auto *label = new QLabel(text, mBody);
    label->setObjectName(QStringLiteral("legendText"));
    label->setWordWrap(true);
    label->setFixedWidth(symbolWidth + 6 + legendTextWidth);
    label->setFont(smallFont());
    fitHeight(label);
    mRows->addWidget(label, row + 1, 0, 1, 2);
}

void MapLegend::rebuild()
{
    // A fresh grid: a QGridLayout never forgets how many rows it once had.
    delete mBody;
    createBody();
    const qreal ratio = devicePixelRatioF();
    const QSize symbol(symbolWidth, 18);
    if (mContent.momentOfTruth)
        addRow(picture(symbol, ratio, [](QPainter &p) { paintMomentOfTruthMark(&p, QRectF(13, 2, 14, 14)); }),
               tr("Moment of truth: the customer decides here whether to stay."));
    if (mContent.painPoint)
        addRow(picture(symbol, ratio, [](QPainter &p) { paintPainPointMark(&p, QRectF(13, 2, 14, 14)); }),
               tr("Pain point: this step hurts the customer."));
    if (!mContent.departments.isEmpty()) {
        // A card's left edge in each owner's colour, then whose colour it is.
        addRow(picture(symbol, ratio, [this](QPainter &p) {
                   const QRectF card(8, 1, 26, 16);
                   p.setPen(QPen(QColor(0xc8, 0xcd, 0xd4), 1));
                   p.setBrush(Qt::white);
                   p.drawRoundedRect(card, 3, 3);
                   const qreal share = card.height() / mContent.departments.size();
                   for (int i = 0; i < mContent.departments.size(); ++i)
                       p.fillRect(QRectF(card.left(), card.top() + i * share, 4, share), mContent.departments[i].colour);
               }),
               tr("Coloured left bar: the department that owns the step."));
        // The owners in one flowing line, each after a bar in its colour.
        QStringList owners;
        for (const MapLegendContent::Owner &owner : mContent.departments)
            owners << QStringLiteral("<span style=\"color:%1\">▌</span>%2").arg(owner.colour.name(), owner.name.toHtmlEscaped());
        auto *names = new QLabel(owners.join(QStringLiteral(" &nbsp; ")), mBody);
        names->setObjectName(QStringLiteral("legendDepartments"));
        names->setTextFormat(Qt::RichText);
        names->setWordWrap(true);
        names->setFixedWidth(legendTextWidth);
        names->setFont(smallFont());
        fitHeight(names);
        mRows->addWidget(names, mRows->rowCount(), 1);
    }
    if (mContent.emotion)
        addRow(picture(symbol, ratio, [](QPainter &p) { paintEmotionDisc(&p, QRectF(11, 0, 18, 18), 7, smallFont()); }),
               tr("Numbered circle: the customer's negative emotion, 0 (calm, green) to 10 (upset, red)."));
    if (mContent.effortPills)
        addRow(picture(symbol, ratio, [](QPainter &p) {
                   QFont tiny = smallFont();
                   tiny.setPointSizeF(6);
                   paintEffortPill(&p, QRectF(0, 2, 22, 14), QStringLiteral("5′"), timePillFill(), timePillInk(), tiny);
                   paintEffortPill(&p, QRectF(23, 2, 17, 14), QStringLiteral("¤"), moneyPillFill(), moneyPillInk(), tiny);
               }),
               tr("Effort: the time (blue) and money (green) the step costs the customer."));
    if (mContent.badge) {
        NpsBadgeItem badge;
        badge.setNps(*mContent.badge);
        addWideRow(badgePicture(badge, ratio),
                   tr("Survey figure for the card or stage, ± its 95 % margin, n answers: red worst, green best; "
                      "grey and hatched: too few answers to trust."));
    }
    if (!mContent.clvAtRisk.isEmpty()) {
        NpsBadgeItem badge;
        badge.setText(clvAtRiskText(mContent.clvAtRisk), clvAtRiskColour());
        addWideRow(badgePicture(badge, ratio), tr("Lifetime value of the customers who were detractors at this card."));
    }
    if (!mContent.clvWaiting.isEmpty()) {
        NpsBadgeItem badge;
        badge.setText(clvReadingText(), clvReadingColour());
        addWideRow(badgePicture(badge, ratio), mContent.clvWaiting);
    }
    if (mContent.evidence) {
        QString text = tr("Bars: what the card rests on — one an assumption, two workshop knowledge, three research, "
                          "four measured data (%1 answers or more); dashed: not stated.")
                           .arg(measuredEvidenceAnswers);
        if (mContent.measuredPainPointPercent >= 0)
            text += QLatin1Char(' ') + tr("%1 % of pain points rest on measured data.").arg(mContent.measuredPainPointPercent);
        addRow(picture(symbol, ratio, [](QPainter &p) {
                   paintEvidenceMark(&p, QRectF(2, 3, 14, 13), Evidence::Assumption);
                   paintEvidenceMark(&p, QRectF(20, 3, 14, 13), Evidence::Measured);
               }),
               text);
    }
    if (mContent.voteRing)
        addRow(picture(symbol, ratio, [](QPainter &p) { paintEligibleRing(&p, QRectF(6, 2, 28, 14)); }),
               tr("Violet ring: a card the open vote is about; click it to place a dot."));
    if (!mContent.voteDots.isEmpty())
        addRow(picture(symbol, ratio, [this](QPainter &p) { paintVoteDots(&p, mContent.voteDots, QPointF(4, 3.5)); }),
               tr("Dots: the vote, in each voter's colour."));
    if (mContent.authors)
        addRow(picture(symbol, ratio, [](QPainter &p) {
                   p.setPen(QPen(Qt::white, 1.5));
                   p.setBrush(QColor(0x1f, 0x77, 0xb4));
                   p.drawEllipse(QRectF(15, 4, 10, 10));
               }),
               tr("Dot on a card's corner: who wrote it, in their colour."));
    if (mContent.openComments)
        addRow(picture(symbol, ratio, [](QPainter &p) {
                   p.translate(8, 0.5);
                   paintCommentBubble(&p, 2);
               }),
               tr("Speech bubble: open comment threads on the card."));
    if (!mContent.heatName.isEmpty()) {
        const QFont font = smallFont();
        constexpr double barWidth = 110;
        const double width = heatLegendWidth(barWidth, mContent.heatLow, mContent.heatHigh, font);
        addWideRow(picture(QSize(int(std::ceil(width)) + 2, 14), ratio,
                           [&](QPainter &p) {
                               paintHeatLegend(p, QRectF(1, 1, width, 12), barWidth, mContent.heatLow, mContent.heatHigh,
                                               mContent.heatHotFirst, font, legendInk);
                           }),
                   mContent.heatHotFirst
                       ? tr("Heatmap: %1, worst figure red; cards without answers stay white.").arg(mContent.heatName)
                       : tr("Heatmap: %1, pale to red; the ends are capped so one extreme card does not wash out the rest.")
                             .arg(mContent.heatName));
        if (mContent.heatHatched)
            addRow(picture(symbol, ratio, [](QPainter &p) {
                       p.setPen(Qt::NoPen);
                       for (const QBrush &brush : {QBrush(heatColour(0.6)), smallSampleHatch()}) {
                           p.setBrush(brush);
                           p.drawRoundedRect(QRectF(6, 2, 28, 14), 3, 3);
                       }
                   }),
                   tr("Hatched: too few answers to trust the colour."));
    }
    mTitle->setText(tr("Legend"));
    showCollapsed();
}

void MapLegend::place()
{
    // Until the user folds or unfolds it, the legend is folded where it would cover more than
    // a seventh of the canvas (a 1366×768 laptop with the docks open and data layers on).
    if (!QSettings().contains(collapsedKey()) && !mContent.isEmpty()) {
        // The rows wrap: their height at the body's width, not the one-line size hint.
        const int width = std::max(mBody->width(), mBody->sizeHint().width());
        const int height = mBody->hasHeightForWidth() ? mBody->heightForWidth(width) : mBody->sizeHint().height();
        const bool small = double(width) * height > 0.15 * mViewport->width() * mViewport->height();
        if (small != mCollapsed) {
            mCollapsed = small;
            showFold();
        }
    }
    layout()->activate();
    adjustSize();
    const QRect viewport = mView->viewport()->geometry();
    move(std::max(viewport.left() + legendMargin, viewport.right() - width() - legendMargin + 1),
         std::max(viewport.top() + legendMargin, viewport.bottom() - height() - legendMargin + 1));
    raise();
}

} // namespace waymark
