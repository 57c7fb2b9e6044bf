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
// emotion / weighted) with its weights dialog, and the department filter a department head
// uses to see what their department owns.
class CanvasToolBar : public QToolBar
{
    Q_OBJECT
public:
    CanvasToolBar(JourneyScene *scene, JourneyView *view, CanvasActions *actions, QWidget *parent = nullptr);

    void setDocument(JourneyDocument *document);
    QComboBox *heatmapCombo() const { return mHeatmap; }
    QComboBox *departmentCombo() const { return mDepartment; }

private:
    void fillDepartments();
    void applyHeatmap();
    void applyDepartment();

    JourneyScene *mScene;
    QPointer<JourneyDocument> mDocument;
    QComboBox *mHeatmap;
    QComboBox *mDepartment;
    QAction *mWeights;
    QLabel *mLegend;
    QAction *mLegendAction;
    QLabel *mZoom;
};

} // namespace waymark
