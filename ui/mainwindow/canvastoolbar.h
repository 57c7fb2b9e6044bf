#pragma once

#include "journeydocument.h"

#include <QPointer>
#include <QToolBar>

class QComboBox;
class QLabel;

namespace waymark {

class CanvasActions;
class JourneyDocument;
class JourneyScene;
class JourneyView;

// The canvas tool bar: new card, connect tool, zoom, the heatmap layer (off / time / money /
// emotion / weighted, then each survey metric the journey has data of) with its legend and
// weights dialog, and the department filter a department head uses to see what their
// department owns.
class CanvasToolBar : public QToolBar
{
    Q_OBJECT
public:
    CanvasToolBar(JourneyScene *scene, JourneyView *view, CanvasActions *actions, QWidget *parent = nullptr);

    void setDocument(JourneyDocument *document);
    // Effort entries carry their EffortDimension as int item data; metric entries carry no
    // item data and their metric key in MetricKeyRole.
    QComboBox *heatmapCombo() const { return mHeatmap; }
    static constexpr int MetricKeyRole = Qt::UserRole + 1;
    // The colour scale shown while the heatmap is on; its accessible name reads its ends
    // ("CSAT 0 % … 100 %") when it colours by a metric.
    QLabel *heatLegend() const { return mLegend; }
    QComboBox *departmentCombo() const { return mDepartment; }
    QComboBox *personaCombo() const { return mPersona; }

signals:
    // The persona the map shows (null: everyone), for the Properties dock's emotion.
    void personaChosen(const QUuid &personaId);

private:
    void fillDepartments();
    void fillHeatmapMetrics();
    void applyHeatmap();
    void showHeatmap(); // the combo and the legend as the scene's heatmap is
    void updateLegend();
    void applyDepartment();
    void fillPersonas();
    void applyPersona();

    JourneyScene *mScene;
    QPointer<JourneyDocument> mDocument;
    QComboBox *mHeatmap;
    QComboBox *mDepartment;
    QComboBox *mPersona;
    QAction *mPersonaLabel = nullptr;
    QAction *mPersonaAction = nullptr;
    QAction *mWeights;
    int mEffortEntries = 0; // "Off" and the effort dimensions, before the metrics
    QLabel *mLegend;
    QAction *mLegendAction;
    QLabel *mZoom;
};

} // namespace waymark
