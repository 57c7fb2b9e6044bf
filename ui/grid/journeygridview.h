#pragma once

#include <QTableView>

namespace waymark {

class JourneyDocument;
class JourneyGridModel;

// The read-only journey grid: lanes as rows, stages as columns, cards listed in cells,
// a dashed line of visibility, totals at the right and bottom.
class JourneyGridView : public QTableView
{
    Q_OBJECT
public:
    explicit JourneyGridView(QWidget *parent = nullptr);

    // Shows `document` (not owned); nullptr shows nothing.
    void setDocument(JourneyDocument *document);
    JourneyGridModel *gridModel() const { return mModel; }

private:
    void fitRows();

    JourneyGridModel *mModel = nullptr;
};

} // namespace waymark
