#pragma once

#include "business/businesscase.h"

#include <QDialog>

class QTreeWidget;

namespace waymark {

// "How this number is made" for one opportunity: every figure of its business case with the
// formula in words and its inputs filled in, and the parts left out with the reason.
class ExplanationDialog : public QDialog
{
    Q_OBJECT
public:
    ExplanationDialog(const OpportunityCase &opportunity, const QString &currency, QWidget *parent = nullptr);
    QTreeWidget *figures() const { return mFigures; }

private:
    QTreeWidget *mFigures;
};

} // namespace waymark
