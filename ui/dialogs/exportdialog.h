#pragma once

#include "journey.h"
#include "print/exportoptions.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QListWidget;
class QPrinter;
class QPrintPreviewWidget;
class QRadioButton;

namespace waymark {

class JourneyDocument;

// File → Export PDF…: page size, orientation, fit or tile, layers, department, summary and
// its key figures, with a live preview of the very pages the PDF (or the printer) gets.
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

    // The summary's key figures (metric keys, the charted one first), as ticked and ordered
    // in the list; the journey's choice ("summary/kpis") until changed.
    QStringList summaryKpis() const;
    void setSummaryKpis(const QStringList &keys);
    QListWidget *summaryKpiList() const { return mKpis; }
    // The journey settings the dialog's choices change ("summary/kpis"), empty when none.
    QMap<QString, QString> journeySettingChanges() const;
    // Where a changed choice of key figures is kept when the PDF is exported or printed: one
    // undo step (EditJourneySettings). Without a document it holds for this export only.
    void setDocument(JourneyDocument *document);
    // Pushes journeySettingChanges() on the document (export and print do, after writing).
    void keepSettingChanges();

    // Writes the PDF with the chosen options; false with `error` when it could not.
    bool exportTo(const QString &path, QString *error) const;

private:
    void updatePreview();
    void exportWithDialog();
    void printWithDialog();
    void kpisChanged();

    Journey mJourney;
    QString mFileName;
    QComboBox *mPage;
    QRadioButton *mLandscape;
    QRadioButton *mPortrait;
    QRadioButton *mFit;
    QRadioButton *mTile;
    QDoubleSpinBox *mOverlap;
    QCheckBox *mSummary;
    QCheckBox *mFuture;
    QCheckBox *mPictures;
    QCheckBox *mPersonas;
    QListWidget *mKpis;
    QStringList mJourneyKpis; // the journey's choice when the dialog opened
    bool mReorderingKpis = false;
    QPointer<JourneyDocument> mDocument;
    QCheckBox *mEffort;
    QCheckBox *mHeatmap;
    QComboBox *mHeat;
    QString mBadgeMetric = QStringLiteral("nps"); // which survey figures the map's badges show (from the canvas)
    QCheckBox *mEmotion;
    QCheckBox *mNps;
    QCheckBox *mClv;
    QCheckBox *mEvidence;
    QComboBox *mDepartment;
    QPrinter *mPrinter;
    QPrintPreviewWidget *mPreview;
    bool mLoading = false;
};

// A printer set up as Waymark paints: 96 dpi, the options' page and orientation.
void preparePrinter(QPrinter &printer, const ExportOptions &options);

} // namespace waymark
