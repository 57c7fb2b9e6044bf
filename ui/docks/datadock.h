#pragma once

#include <QDockWidget>
#include <QPointer>
#include <QUuid>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace waymark {

class DataChartsPanel;
class JourneyDocument;
enum class DatasetKind;

// The journey's imported datasets (survey answers of any metric, CLV): name, kind, rows and
// where they came from; import, rename (in place), and delete (after a confirmation;
// undoable). Below them the charts (DataChartsPanel) of one metric, chosen among those the
// journey has answers for (a view choice, not an edit), answers whose touchpoint key no card
// has, and that metric's goals and benchmark (one undo step per change).
class DataDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit DataDock(JourneyDocument *document, QWidget *parent = nullptr);
    void setDocument(JourneyDocument *document);

    QTreeWidget *list() const { return mList; }
    DataChartsPanel *charts() const { return mCharts; }
    QLabel *unmatchedLabel() const { return mUnmatched; }
    QComboBox *metricCombo() const { return mMetric; }
    // The metric the charts show: the one chosen while it has data, else NPS, else the first
    // metric with data.
    QString metricKey() const;
    void setMetricKey(const QString &key);
    // Recomputes the charts now instead of after the short pause that gathers edits.
    void refreshCharts();
    void editTargets();
    void renameDataset(int row, const QString &name);
    void deleteDataset(int row);

    // While the journey is shared and this person may not change its data (server schema 8):
    // why, shown above the buttons and on them; importing, renaming and deleting are off.
    // Empty: everything is offered again.
    void setSharedLimit(const QString &why);
    QLabel *sharedNote() const { return mSharedNote; }

    using Confirm = std::function<bool(const QString &text)>;
    void setConfirm(Confirm confirm) { mConfirm = std::move(confirm); }

signals:
    void importRequested(DatasetKind kind);
    void touchpointActivated(const QUuid &cardId);
    void touchpointKeyActivated(const QString &dataKey);
    void stageActivated(const QUuid &stageId);

private:
    void reload();
    void updateButtons();
    void updateMetricChoices();

    QPointer<JourneyDocument> mDocument;
    QTreeWidget *mList;
    QLabel *mEmpty;
    QPushButton *mImportNps;
    QPushButton *mImportClv;
    QPushButton *mDelete;
    QPushButton *mTargets;
    QComboBox *mMetric;
    QWidget *mMetricRow;
    QString mChosenMetric; // the user's choice; kept while its data is away (an undo brings it back)
    DataChartsPanel *mCharts;
    QLabel *mUnmatched;
    QLabel *mSharedNote;
    QString mSharedLimit;
    QTimer *mChartTimer;
    Confirm mConfirm;
    bool mReloading = false;
};

} // namespace waymark
