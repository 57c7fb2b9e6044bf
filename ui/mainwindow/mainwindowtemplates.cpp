// File → New from Template… (also the start page's "Start from a template") and
// File → Save as Template….
#include "mainwindow.h"

#include "dialogs/templategallerydialog.h"
#include "journeydocument.h"
#include "templates/journeytemplates.h"

#include <QDir>
#include <QInputDialog>
#include <QStatusBar>

namespace waymark {

void MainWindow::newFromTemplate()
{
    // The UI language: the default QLocale is the one the translations were installed for.
    const JourneyTemplates catalogue(JourneyTemplates::languageOf(QLocale()));
    TemplateGalleryDialog gallery(catalogue, this);
    if (gallery.exec() != QDialog::Accepted)
        return;
    const std::optional<JourneyTemplate> chosen = gallery.chosen();
    if (!chosen || !maybeSave())
        return;
    FormatError error;
    std::optional<Journey> journey = JourneyTemplates::newJourney(*chosen, &error);
    if (!journey) {
        showError(tr("Could not create a journey from the template"), error.toString());
        return;
    }
    // As File → New: an untitled journey with an empty undo history; Save asks where.
    setDocument(std::make_unique<JourneyDocument>(std::move(*journey)));
    statusBar()->showMessage(tr("A new journey from the template \"%1\": rename, add and remove anything, then save it.")
                                 .arg(chosen->title),
                             10000);
}

void MainWindow::saveAsTemplate()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as Template"),
                                               tr("Template name:"),
                                               QLineEdit::Normal, mDocument->journey().title, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    JourneyTemplates catalogue(JourneyTemplates::languageOf(QLocale()));
    FormatError error;
    const std::optional<QString> path = catalogue.saveAsTemplate(mDocument->journey(), name, &error);
    if (!path) {
        showError(tr("Could not save the template"), error.toString());
        return;
    }
    // What a template leaves out: templatecopy.h.
    statusBar()->showMessage(tr("Saved the template \"%1\" without survey data, votes, comments or the business case (%2); "
                                "File → New from Template… offers it.")
                                 .arg(name, QDir::toNativeSeparators(*path)),
                             10000);
}

} // namespace waymark
