#pragma once

class QDockWidget;

namespace waymark {

// Puts the dock's contents in a frameless scroll area that scrolls only when the dock is
// shorter than the contents need. Without it, QMainWindow adds up the tallest minimum of
// each dock group and the window no longer fits a 1366×768 screen; with it, a squeezed
// dock scrolls and the rest of the window stays on the screen. Docks whose contents are a
// scroll area already are left alone.
void scrollWhenTooShort(QDockWidget *dock);

} // namespace waymark
