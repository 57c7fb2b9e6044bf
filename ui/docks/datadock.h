#pragma once

#include <QDockWidget>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace waymark {

class JourneyDocument;
enum class DatasetKind;

// The journey's imported NPS and CLV datasets: name, kind, rows and where they came from;
// import, rename (in place), and delete (after a confirmation; undoable).
class DataDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit DataDock(JourneyDocument *document, QWidget *parent = nullptr);
    void setDocument(JourneyDocument *document);

    QTreeWidget *list() const { return mList; }
    void renameDataset(int row, const QString &name);
    void deleteDataset(int row);

    using Confirm = std::function<bool(const QString &text)>;
    void setConfirm(Confirm confirm) { mConfirm = std::move(confirm); }

signals:
    void importRequested(DatasetKind kind);

private:
    void reload();
    void updateButtons();

    QPointer<JourneyDocument> mDocument;
    QTreeWidget *mList;
    QLabel *mEmpty;
    QPushButton *mImportNps;
    QPushButton *mImportClv;
    QPushButton *mDelete;
    Confirm mConfirm;
    bool mReloading = false;
};

} // namespace waymark
