#pragma once

#include <QDialog>

class QTreeWidget;

namespace waymark {

class Journey;

// The technology gap (business/techgap.h) as a list for the room: each system card with its
// age, what it cannot do, the pain points at the touchpoints it supports, the customer's time
// there, and the technology opportunities that replace or upgrade it.
class TechGapDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TechGapDialog(const Journey &journey, QWidget *parent = nullptr);
    QTreeWidget *systems() const { return mSystems; }

private:
    QTreeWidget *mSystems;
};

} // namespace waymark
