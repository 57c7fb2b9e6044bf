#pragma once

#include "journey.h"
#include "print/exportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QPrinter;
class QPrintPreviewWidget;
class QRadioButton;

namespace waymark {

// File → Export PDF…: page size, orientation, fit or tile, layers, department, summary, with
// a live preview of the very pages the PDF (or the printer) gets.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const Journey &journey, const ExportOptions &initial, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportOptions options() const;
    void setOptions(const ExportOptions &options);
    int previewPageCount() const;
    QPrintPreviewWidget *preview() const { return mPreview; }

    // Writes the PDF with the chosen options; false with `error` when it could not.
    bool exportTo(const QString &path, QString *error) const;

private:
    void updatePreview();
    void exportWithDialog();
    void printWithDialog();

    Journey mJourney;
    QString mFileName;
    QComboBox *mPage;
    QRadioButton *mLandscape;
    QRadioButton *mPortrait;
    QRadioButton *mFit;
    QRadioButton *mTile;
    QDoubleSpinBox *mOverlap;
    QCheckBox *mSummary;
    QCheckBox *mEffort;
    QCheckBox *mHeatmap;
    QComboBox *mHeat;
    QCheckBox *mEmotion;
    QCheckBox *mNps;
    QCheckBox *mClv;
    QComboBox *mDepartment;
    QPrinter *mPrinter;
    QPrintPreviewWidget *mPreview;
    bool mLoading = false;
};

// A printer set up as Waymark paints: 96 dpi, the options' page and orientation.
void preparePrinter(QPrinter &printer, const ExportOptions &options);

} // namespace waymark
