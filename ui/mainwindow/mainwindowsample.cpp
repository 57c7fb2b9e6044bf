// Help → Open the Sample Workshop: the bundled bank journey in the UI language.
#include "mainwindow.h"

#include "format/formaterror.h"
#include "i18n/samplejourney.h"
#include "journeydocument.h"

namespace waymark {

void MainWindow::openSampleWorkshop()
{
    if (!maybeSave())
        return;
    FormatError error;
    std::optional<Journey> journey = SampleJourney::read(&error);
    if (!journey) {
        showError(tr("Could not open the sample workshop"), error.toString());
        return;
    }
    // A copy to play with: Save asks where to keep it.
    installUnsaved(std::move(*journey), {});
}

} // namespace waymark
