#include "canvastoolbar.h"

#include "canvas/canvasactions.h"
#include "canvas/journeyscene.h"
#include "canvas/heatmapcolours.h"
#include "canvas/journeyview.h"
#include "canvas/maplegendcontent.h"
#include "data/metricheat.h"
#include "data/metrics/metric.h"
#include "dialogs/heatmapweightsdialog.h"
#include "journeydocument.h"

#include <QComboBox>
#include <QLabel>
#include <QPainter>

#include <cmath>

namespace waymark {

CanvasToolBar::CanvasToolBar(JourneyScene *scene, JourneyView *view, CanvasActions *actions, QWidget *parent)
    : QToolBar(tr("Canvas"), parent)
    , mScene(scene)
{
    setObjectName(QStringLiteral("canvasToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    addAction(actions->newCard());
    addAction(actions->connectTool());
    addSeparator();
    addAction(actions->zoomOut());
    mZoom = new QLabel(this);
    mZoom->setMinimumWidth(48);
    mZoom->setAlignment(Qt::AlignCenter);
    addWidget(mZoom);
    addAction(actions->zoomIn());
    addAction(actions->zoomFit());
    const auto showZoom = [this](qreal factor) { mZoom->setText(tr("%1%").arg(qRound(factor * 100))); };
    connect(view, &JourneyView::zoomChanged, this, showZoom);
    showZoom(view->zoom());
    addSeparator();

    addWidget(new QLabel(tr("Heatmap:"), this));
    mHeatmap = new QComboBox(this);
    mHeatmap->setObjectName(QStringLiteral("heatmapCombo"));
    mHeatmap->setToolTip(tr("Colour the cards by the customer's effort, or by a survey metric (the worst figure hottest)"));
    mHeatmap->addItem(tr("Off"));
    for (EffortDimension dimension : {EffortDimension::Time, EffortDimension::Money, EffortDimension::Emotion,
                                      EffortDimension::Composite})
        mHeatmap->addItem(effortDimensionName(dimension), QVariant::fromValue(int(dimension)));
    mEffortEntries = mHeatmap->count();
    addWidget(mHeatmap);
    // The colour scale, shown while the heatmap is on.
    mLegend = new QLabel(this);
    mLegend->setObjectName(QStringLiteral("heatmapLegend"));
    mLegendAction = addWidget(mLegend);
    mLegendAction->setVisible(false);
    connect(mScene, &JourneyScene::heatmapChanged, this, &CanvasToolBar::showHeatmap);
    connect(mScene, &JourneyScene::heatScaleChanged, this, &CanvasToolBar::updateLegend);
    connect(mHeatmap, &QComboBox::currentIndexChanged, this, &CanvasToolBar::applyHeatmap);
    mWeights = addAction(tr("Weights…"), this, [this] {
        if (mDocument)
            editHeatmapWeights(this, mDocument);
    });
    mWeights->setToolTip(tr("Weights of time, money and emotion in the weighted heatmap, and the value of the customer's hour"));
    addSeparator();

    addWidget(new QLabel(tr("Department:"), this));
    mDepartment = new QComboBox(this);
    mDepartment->setObjectName(QStringLiteral("departmentFilter"));
    mDepartment->setToolTip(tr("Dim everything this department does not own"));
    mDepartment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addWidget(mDepartment);
    connect(mDepartment, &QComboBox::currentIndexChanged, this, &CanvasToolBar::applyDepartment);

    // Only where the journey has personas: a combo with nothing to choose is clutter.
    mPersonaLabel = addWidget(new QLabel(tr("Persona:"), this));
    mPersona = new QComboBox(this);
    mPersona->setObjectName(QStringLiteral("personaFilter"));
    mPersona->setToolTip(tr("The journey as one persona lives it: their steps, the emotion they feel, their totals"));
    mPersona->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mPersonaAction = addWidget(mPersona);
    connect(mPersona, &QComboBox::currentIndexChanged, this, &CanvasToolBar::applyPersona);
}

void CanvasToolBar::setDocument(JourneyDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (document) {
        for (auto signal : {&JourneyDocument::departmentInserted, &JourneyDocument::departmentRemoved,
                            &JourneyDocument::departmentChanged})
            connect(document, signal, this, &CanvasToolBar::fillDepartments);
        connect(document, &JourneyDocument::journeyReset, this, &CanvasToolBar::fillDepartments);
        for (auto signal : {&JourneyDocument::personaInserted, &JourneyDocument::personaRemoved, &JourneyDocument::personaChanged})
            connect(document, signal, this, &CanvasToolBar::fillPersonas);
        connect(document, &JourneyDocument::journeyReset, this, &CanvasToolBar::fillPersonas);
        for (auto signal : {&JourneyDocument::datasetInserted, &JourneyDocument::datasetRemoved, &JourneyDocument::datasetChanged})
            connect(document, signal, this, &CanvasToolBar::fillHeatmapMetrics);
        connect(document, &JourneyDocument::journeyReset, this, &CanvasToolBar::fillHeatmapMetrics);
    }
    fillDepartments();
    fillPersonas();
    fillHeatmapMetrics();
    applyHeatmap();
}

void CanvasToolBar::fillPersonas()
{
    const QUuid current = mPersona->currentData().toUuid();
    const QSignalBlocker blocker(mPersona);
    mPersona->clear();
    mPersona->addItem(tr("All personas"));
    if (mDocument)
        for (const Persona &persona : mDocument->journey().personas)
            mPersona->addItem(persona.name.isEmpty() ? tr("(unnamed persona)") : persona.name, persona.id);
    const int index = mPersona->findData(current);
    mPersona->setCurrentIndex(index > 0 ? index : 0);
    const bool any = mPersona->count() > 1;
    mPersonaLabel->setVisible(any);
    mPersonaAction->setVisible(any);
    applyPersona();
}

void CanvasToolBar::applyPersona()
{
    const QUuid persona = mPersona->currentData().toUuid();
    mScene->setPersonaFilter(persona);
    emit personaChosen(persona);
}

void CanvasToolBar::fillHeatmapMetrics()
{
    // Only the metrics the journey has data of: a metric without answers would colour nothing.
    const QString current = mHeatmap->currentData(MetricKeyRole).toString();
    const QSignalBlocker blocker(mHeatmap);
    while (mHeatmap->count() > mEffortEntries)
        mHeatmap->removeItem(mHeatmap->count() - 1);
    const std::vector<const Metric *> metrics = mDocument ? mDocument->journey().metricsWithData() : std::vector<const Metric *>{};
    if (!metrics.empty())
        mHeatmap->insertSeparator(mHeatmap->count());
    for (const Metric *metric : metrics) {
        mHeatmap->addItem(metric->name());
        mHeatmap->setItemData(mHeatmap->count() - 1, metric->key(), MetricKeyRole);
        mHeatmap->setItemData(mHeatmap->count() - 1, metric->description(), Qt::ToolTipRole);
    }
    if (!current.isEmpty()) {
        // The chosen metric stays chosen while it has data; when its data goes, the heatmap goes off.
        const int index = mHeatmap->findData(current, MetricKeyRole);
        mHeatmap->setCurrentIndex(std::max(index, 0));
        if (index < 0)
            applyHeatmap();
    }
}

void CanvasToolBar::fillDepartments()
{
    const QUuid current = mDepartment->currentData().toUuid();
    const QSignalBlocker blocker(mDepartment);
    mDepartment->clear();
    mDepartment->addItem(tr("All departments"));
    if (mDocument) {
        for (const Department &department : mDocument->journey().departments) {
            QPixmap swatch(12, 12);
            swatch.fill(department.colour);
            mDepartment->addItem(QIcon(swatch), department.name, department.id);
        }
    }
    const int index = mDepartment->findData(current);
    mDepartment->setCurrentIndex(index > 0 ? index : 0);
    applyDepartment();
}

void CanvasToolBar::applyHeatmap()
{
    const QVariant dimension = mHeatmap->currentData();
    const QString metric = mHeatmap->currentData(MetricKeyRole).toString();
    mScene->setHeatmap(dimension.isValid() ? HeatmapChoice(EffortDimension(dimension.toInt()))
                       : !metric.isEmpty() ? HeatmapChoice::metric(metric)
                                           : HeatmapChoice());
}

void CanvasToolBar::showHeatmap()
{
    const HeatmapChoice &choice = mScene->heatmap();
    int index = 0;
    if (const auto dimension = choice.effort())
        index = mHeatmap->findData(int(*dimension));
    else if (choice.isMetric())
        index = mHeatmap->findData(choice.metricKey(), MetricKeyRole);
    if (index >= 0 && index != mHeatmap->currentIndex()) {
        const QSignalBlocker blocker(mHeatmap);
        mHeatmap->setCurrentIndex(index);
    }
    updateLegend();
}

void CanvasToolBar::updateLegend()
{
    const HeatmapChoice &choice = mScene->heatmap();
    mLegendAction->setVisible(!choice.isOff());
    if (choice.isOff())
        return;
    // Effort: pale (low) to red (high), its capped ends written ("≥ 50 min"). A metric: its
    // lowest, worst figure on the left in red, its highest in pale yellow on the right.
    const MetricScale &scale = mScene->heatScale();
    const EffortHeatScale &effort = mScene->heatEffortScale();
    const QString currency = mDocument ? mDocument->journey().currency : QString();
    const QString low = choice.isMetric() ? scale.lowestText() : effort.isEmpty() ? QString() : heatLowText(effort, currency);
    const QString high = choice.isMetric() ? scale.highestText() : effort.isEmpty() ? QString() : heatHighText(effort, currency);
    constexpr double barWidth = 90;
    const QFont font = mLegend->font();
    const QSize size(int(std::ceil(heatLegendWidth(barWidth, low, high, font))), 14);
    const qreal ratio = devicePixelRatioF();
    QPixmap legend(size * ratio);
    legend.setDevicePixelRatio(ratio);
    legend.fill(Qt::transparent);
    {
        QPainter painter(&legend);
        paintHeatLegend(painter, QRectF(QPointF(0, 0), size), barWidth, low, high, choice.isMetric(), font,
                        mLegend->palette().color(QPalette::WindowText));
    }
    mLegend->setPixmap(legend);
    if (!choice.isMetric()) {
        mLegend->setAccessibleName(tr("Heat scale"));
        mLegend->setToolTip(tr("Low effort (left) to high effort (right). Emotion: 0 to 10. Time, money and "
                               "weighted cost: logarithmic between the 10th and 90th percentile of the cards, so one "
                               "extreme card does not make the others look alike."));
    } else if (!scale.isValid()) {
        mLegend->setAccessibleName(tr("Heat scale"));
        mLegend->setToolTip(tr("No card's data key has answers of %1 yet: the cards stay white.").arg(choice.name()));
    } else {
        mLegend->setAccessibleName(tr("%1 %2 … %3", "heat legend: metric, lowest figure, highest figure").arg(choice.name(), low, high));
        QString tip = tr("%1 from %2 (worst, red) to %3 (best, pale). Cards without answers stay white.")
                          .arg(choice.name(), low, high);
        if (mScene->heatHasSmallSamples())
            tip += u'\n' + tr("Hatched cards: too few answers to trust, so their colour is a weak signal.");
        mLegend->setToolTip(tip);
    }
}

void CanvasToolBar::applyDepartment()
{
    mScene->setDepartmentFilter(mDepartment->currentData().toUuid());
}

} // namespace waymark
