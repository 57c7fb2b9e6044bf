#pragma once

class QWidget;

namespace waymark {

class JourneyDocument;

// Printing, PDF and image export and saving need the lifetime values modelled from the
// journey's purchases. The window's statistics cache fits them behind it (seconds on a large
// file); this waits for that fit with a window-modal busy dialog (Cancel), the window painting
// meanwhile. The pages' own caches then find the fit (clv/livefits.h) instead of fitting again.
// True when the fit is there (at once when the journey has no purchases or it was fitted
// already), false when cancelled.
bool waitForLifetimeValues(QWidget *parent, JourneyDocument &document);

} // namespace waymark
