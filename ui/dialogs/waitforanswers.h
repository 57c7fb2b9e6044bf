#pragma once

#include <QString>

class QWidget;

namespace waymark {

class Journey;

// Survey answers still being read behind the window (a large file just opened,
// Dataset::pendingRows) are waited for only by what needs every row: printing, PDF and image
// export, the headline a saved file keeps. The window keeps painting meanwhile; a
// window-modal progress dialog says what it waits for, with Cancel. `label` gets the number
// of answers as %L1 ("Reading the %L1 survey answers the PDF needs…").
// True when every row is read (at once when nothing is pending), false when cancelled.
bool waitForAnswerRows(QWidget *parent, const Journey &journey, const QString &label);

} // namespace waymark
