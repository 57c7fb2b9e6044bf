#include "canvastoolbar.h"

#include "canvas/canvasactions.h"
#include "canvas/journeyscene.h"
#include "canvas/heatmapcolours.h"
#include "canvas/journeyview.h"
#include "dialogs/heatmapweightsdialog.h"
#include "journeydocument.h"

#include <QComboBox>
#include <QLabel>
#include <QPainter>

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
    mHeatmap->setToolTip(tr("Colour the cards by the customer's effort"));
    mHeatmap->addItem(tr("Off"));
    for (EffortDimension dimension : {EffortDimension::Time, EffortDimension::Money, EffortDimension::Emotion,
                                      EffortDimension::Composite})
        mHeatmap->addItem(effortDimensionName(dimension), QVariant::fromValue(int(dimension)));
    addWidget(mHeatmap);
    // The colour scale, shown while the heatmap is on.
    mLegend = new QLabel(this);
    QPixmap scale(90, 14);
    {
        QPainter painter(&scale);
        painter.fillRect(scale.rect(), heatLegendGradient(QRectF(scale.rect())));
        painter.setPen(QColor(0x80, 0x80, 0x80));
        painter.drawRect(scale.rect().adjusted(0, 0, -1, -1));
    }
    mLegend->setPixmap(scale);
    mLegend->setToolTip(tr("Low effort (left) to high effort (right). Emotion: 0 to 10. Time, money and "
                           "weighted cost: logarithmic, relative to the costliest card."));
    mLegendAction = addWidget(mLegend);
    mLegendAction->setVisible(false);
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
    }
    fillDepartments();
    applyHeatmap();
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
    mScene->setHeatmap(dimension.isValid() ? std::optional(EffortDimension(dimension.toInt())) : std::nullopt);
    mLegendAction->setVisible(dimension.isValid());
}

void CanvasToolBar::applyDepartment()
{
    mScene->setDepartmentFilter(mDepartment->currentData().toUuid());
}

} // namespace waymark
