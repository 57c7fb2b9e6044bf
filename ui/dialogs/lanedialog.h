#pragma once

#include "journey.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace waymark {

class JourneyDocument;

// Edits a lane: name, kind, side of the line of visibility (customer, front, middle, back
// office) and, for a department lane, which department it shows. A department lane needs a
// department, so OK stays disabled until one is chosen.
class LaneDialog : public QDialog
{
    Q_OBJECT
public:
    LaneDialog(const Journey &journey, const Lane &lane, QWidget *parent = nullptr);

    Lane lane() const;

    // Shows the dialog and pushes one EditLane when the user changed something.
    static bool edit(QWidget *parent, JourneyDocument *document, const QUuid &laneId);

private:
    void updateState();

    Lane mLane;
    QLineEdit *mName;
    QComboBox *mKind;
    QComboBox *mZone;
    QComboBox *mDepartment;
    QLabel *mHint;
    QDialogButtonBox *mButtons;
};

} // namespace waymark
